"""Organisation names the small NER model misses, found by the genre's own signals.

* A run of capitalised words holding an organisation word ("Centre", "Coalition", "Watch",
  "Institute", "Action"...), with "of / for / the / on / with / and" inside it: "Kenyans for
  Peace with Truth and Justice", "Coalition for the ICC", "Parliamentarians for Global Action".
  "and" joins two names only when the second half is not a name of its own ("Committee on Budget
  and Finance" is one body; "Amnesty International and Human Rights Watch" are two).
* Items of a signatory list: bullet or semicolon lines in a block of three or more short,
  title-case lines ("On behalf of: - Al-Haq; - REDRESS"). "FIDH (International Federation of
  Human Rights)" gives the name and its bracketed alias.

Names inside quotation marks (titles of events and reports) are not proposed.
"""

from __future__ import annotations

import re
from typing import Any

from ..context import DocContext
from .common import Candidate, add, is_upper_text
from .ner import DATE_WORDS, GENERIC, IGO_CUES, ORG_CUES, ROLE_HEADS, TITLES, kind_by_cues

CONNECTORS = {
    "of",
    "for",
    "the",
    "on",
    "in",
    "with",
    "and",
    "de",
    "du",
    "des",
    "la",
    "-",
    "&",
    "'s",
    "\u2019s",
    "against",
    "to",
    "at",
}
_BULLET = re.compile(
    r"^[ \t]*(?:[\u2022\u00b7\u25aa\u25cf\u2023\u2043\u2013\u2014*\-\uf0b7\uf0a7]|\d{1,3}[.)])[ \t]*(?P<item>.+?)[ \t]*$",
    re.MULTILINE,
)
_ITEM_END = re.compile(r"[;,.]?\s*(?:and|et)?\s*$")
_ROLE_WORDS = TITLES | ROLE_HEADS | {
    "coordinator", "officer", "researcher", "advocate", "founder", "co-founder", "adviser", "advisor", "manager",
    "head", "executive", "programme", "program", "legal", "senior", "policy", "associate", "fellow", "member",
    "board", "treasurer", "representative", "campaigner", "analyst", "expert", "partner", "staff", "team",
}  # fmt: skip
_SIGN_OFF = re.compile(r"\b(?:sincerely|regards|signed|signatories|undersigned|endorsed|on behalf of)\b", re.IGNORECASE)
PLACE_CUES = re.compile(
    r"\b(?:(?:Convention|Conference|Congress|Exhibition)\s+(?:Center|Centre)|World\s+Forum|Hotel|Palais|Palace|Hall|"
    r"Headquarters|Auditorium|Stadium|Airport|Building|Campus|Square)\b"
)


def in_quotes(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside a quoted title or quotation of its own paragraph."""
    para = max(text.rfind("\n", 0, start), start - 300)
    window = text[para + 1 : start]
    straight = window.count('"')
    if straight % 2 == 1 and '"' in text[end : end + 300]:
        return True
    opened = max(window.rfind(q) for q in "\u201c\u00ab")
    closed = max(window.rfind(q) for q in "\u201d\u00bb")
    return opened > closed and any(q in text[end : end + 300] for q in "\u201d\u00bb")


def _capital(tok: Any) -> bool:
    if tok.text[:1].isdigit():  # "M23", "Group 7"; not "March 2016"
        return (
            tok.i > 0
            and tok.nbor(-1).text[:1].isupper()
            and tok.nbor(-1).lower_ not in DATE_WORDS
            and len(tok.text) < 4
        )
    return tok.text[:1].isupper()


def _has_cue(tokens: list[Any]) -> bool:
    return any(ORG_CUES.fullmatch(t.text) for t in tokens if t.text[:1].isupper())


def _split_and(tokens: list[Any]) -> list[list[Any]]:
    """Cut a run at "and" when both halves are names of their own, and at "in" / "at" after a
    complete name ("World Forum Convention Center in the Netherlands")."""
    for k, t in enumerate(tokens):
        if t.lower_ in ("in", "at") and k > 0 and ORG_CUES.fullmatch(tokens[k - 1].text):
            return [tokens[:k], *_split_and(tokens[k + 1 :])]
        if t.lower_ != "and":
            continue
        left, right = tokens[:k], tokens[k + 1 :]
        if right and right[0].lower_ == "the":
            return [*_split_and(left), *_split_and(right[1:])]
        if _has_cue(left) and _has_cue(right):
            return [*_split_and(left), *_split_and(right)]
    return [tokens]


_TAIL_WORDS = {"press", "release", "statement", "report", "news", "update", "media", "advisory", "communique"}


def _trim(tokens: list[Any]) -> list[Any]:
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].is_punct or tokens[0].lower_.endswith("ing")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in CONNECTORS or tokens[-1].is_punct or tokens[-1].lower_ in _TAIL_WORDS):
        tokens = tokens[:-1]
    return tokens


def _after_person(tokens: list[Any], person_end: dict[int, int]) -> list[Any]:
    """ "Erika Guevara-Rosas of Amnesty International": the organisation starts after the person."""
    for k, t in enumerate(tokens[:-1]):
        if t.lower_ in ("of", "at", "from", "with") and t.i in person_end and person_end[t.i] <= tokens[0].i:
            return tokens[k + 1 :]
    return tokens


def capitalised_runs(doc: Any) -> list[list[Any]]:
    """Maximal runs of capitalised tokens and inner connectors, within one line and sentence."""
    runs: list[list[Any]] = []
    cur: list[Any] = []
    for tok in doc:
        word = tok.text
        joins = cur and (tok.lower_ in CONNECTORS) and "\n" not in tok.whitespace_
        namelike = _capital(tok) and (not tok.is_sent_start or tok.pos_ == "PROPN") and tok.lower_ not in DATE_WORDS
        if (
            cur
            and namelike
            and is_upper_text(word) != is_upper_text(cur[-1].text)
            and len(word) > 3
            and len(cur[-1].text) > 3
        ):
            runs.append(cur)  # "Human Rights PRESS RELEASE": a heading word in capitals ends the name
            cur = []
        if namelike or joins:
            if cur and "\n" in cur[-1].whitespace_:
                runs.append(cur)
                cur = []
            cur.append(tok)
            if word in (",", ";", ":") or tok.is_space:
                runs.append(cur)
                cur = []
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _ner_kind(persons: list[tuple[int, int]], start: int, end: int) -> str:
    """Person when spaCy's PERSON names cover most of the item, else organisation."""
    covered = sum(min(e, end) - max(s, start) for s, e in persons if s < end and start < e)
    return "person" if covered * 2 >= end - start else "organization"


class OrgCues:
    """Proposes capitalised runs that hold an organisation word."""

    name = "entities.cues.orgs"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        person_end = {e.end: e.start for e in ctx.doc.ents if e.label_ == "PERSON"}
        for run in capitalised_runs(ctx.doc):
            for part in _split_and(run):
                toks = _trim(_after_person(part, person_end))
                if (
                    len(toks) > 3
                    and toks[1].text in ("-", "\u2013", "\u2014")
                    and is_upper_text(toks[0].text)
                    and len(toks[0]) > 1
                ):
                    # "FIDH - International Federation for Human Rights": acronym and name, one entity
                    name = text[toks[2].idx : toks[-1].idx + len(toks[-1].text)]
                    add(
                        ctx,
                        Candidate(
                            toks[0].idx,
                            toks[0].idx + len(toks[0].text),
                            toks[0].text,
                            None,
                            "organization",
                            "cue",
                            name=name,
                            component=self.name,
                        ),
                    )
                    toks = toks[2:]
                if len(toks) < 2 or not _has_cue(toks):
                    continue
                words = [t.lower_ for t in toks if t.lower_ not in CONNECTORS and not t.is_punct]
                if all(w in GENERIC for w in words) and not IGO_CUES.search(" ".join(t.text for t in toks)):
                    continue
                s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                if in_quotes(text, s, e) or (is_upper_text(text[s:e]) and len(toks) > 4):
                    continue
                kind = "place" if PLACE_CUES.search(text[s:e]) else kind_by_cues(text[s:e], "ORG")
                add(ctx, Candidate(s, e, text[s:e], None, kind, "cue", name=text[s:e], component=self.name))


class ListItems:
    """Proposes the items of signatory lists (bullets or semicolons, three or more short lines)."""

    name = "entities.cues.lists"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        items = [(m.start("item"), m.group("item")) for m in _BULLET.finditer(text)]
        items += self._semicolon_lines(text)
        items += self._line_blocks(text)
        items = sorted({self._unbullet(s, it) for s, it in items})
        good = [(s, it) for s, it in items if self._namelike(it)]
        if len(good) < 3:
            return
        persons = [(e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ == "PERSON"]
        for s, item, hint in self._parts(good):
            body = _ITEM_END.sub("", item).strip()
            m = re.match(r"(?:the\s+)?(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$", body)
            a = m.group("a") if m else re.sub(r"^(?:the|The)\s+", "", body)
            a_start = s + item.find(a)
            aliases = [m.group("b")] if m else []
            kind = hint or ("organization" if ORG_CUES.search(a) else _ner_kind(persons, a_start, a_start + len(a)))
            add(
                ctx,
                Candidate(
                    a_start, a_start + len(a), a, None, kind, "list", name=a, aliases=aliases, component=self.name
                ),
            )
            if m:
                b_start = s + item.find(m.group("b"))
                add(
                    ctx,
                    Candidate(
                        b_start,
                        b_start + len(m.group("b")),
                        m.group("b"),
                        None,
                        kind,
                        "list",
                        name=a,
                        component=self.name,
                    ),
                )

    @staticmethod
    def _parts(items: list[tuple[int, str]]) -> list[tuple[int, str, str | None]]:
        """ "Jane Doe, Executive Director, Lawyers for Justice": the person and the organisation, not the
        title between them."""
        out: list[tuple[int, str, str | None]] = []
        for s, item in items:
            if ", " not in item or "(" in item:
                out.append((s, item, None))
                continue
            pos = 0
            parts = []
            for part in item.split(", "):
                words = [w.lower().strip(".,;") for w in part.split()]
                titled = bool(words) and all(w in _ROLE_WORDS or w in CONNECTORS or w in GENERIC for w in words)
                parts.append((s + pos, part, titled))
                pos += len(part) + 2
            titles = [k for k, p in enumerate(parts) if p[2]]
            for k, (start, part, titled) in enumerate(parts):
                if titled:
                    continue
                hint = "person" if titles and k < titles[0] else ("organization" if titles else None)
                out.append((start, part, hint))
        return out

    @staticmethod
    def _unbullet(start: int, item: str) -> tuple[int, str]:
        m = re.match(r"[\s\u2022\u00b7\u25aa\u25cf\u2023\u2043\u2013\u2014*\-\uf0b7\uf0a7]*", item)
        cut = m.end() if m else 0
        return start + cut, item[cut:].rstrip()

    @staticmethod
    def _semicolon_lines(text: str) -> list[tuple[int, str]]:
        out = []
        for m in re.finditer(
            r"^[ \t]*(?:[\u2022\u00b7\u25aa\u25cf\u2023\u2043\u2013\u2014*\-\uf0b7\uf0a7][ \t]*)?(?P<item>[^\n;]{2,90});[ \t]*(?:and)?[ \t]*$",
            text,
            re.MULTILINE,
        ):
            out.append((m.start("item"), m.group("item")))
        return out

    @classmethod
    def _line_blocks(cls, text: str) -> list[tuple[int, str]]:
        """Runs of three or more short name-like lines (a signature block), after a line ending in ":"."""
        out: list[tuple[int, str]] = []
        block: list[tuple[int, str]] = []
        prev = ""
        pos = 0
        for line in text.split("\n") + [""]:
            stripped = line.strip()
            if stripped and cls._namelike(stripped) and len(stripped.split()) <= 10 and not stripped.endswith(":"):
                block.append((pos + line.find(stripped), stripped))
            else:
                if len(block) >= 3 and (prev.endswith((":", ",")) or _SIGN_OFF.search(prev) or len(block) >= 5):
                    out += block
                block = []
                if stripped:
                    prev = stripped
            pos += len(line) + 1
        return out

    @staticmethod
    def _namelike(item: str) -> bool:
        body = _ITEM_END.sub("", item).strip()
        words = re.findall(r"[\w'\u2019.-]+", body)
        if not 1 <= len(words) <= 12 or re.search(r"[:!?]|\.\s", body):
            return False
        content = [w for w in words if w.lower() not in CONNECTORS and w.lower() != "the"]
        return bool(content) and sum(w[:1].isupper() or w[:1].isdigit() for w in content) >= 0.8 * len(content)


_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:[Mm]inister|[Ss]pokes(?:person|man|woman)|[Dd]irector|[Aa]mbassador|[Aa]dviser|[Aa]dvisor|[Cc]hair(?:person|man|woman)?|"
    r"[Ss]ecretary|[Cc]ommissioner|[Rr]apporteur|[Ll]eader|[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]ounsel|[Ll]awyer|"
    r"[Rr]esearcher|[Cc]oordinator|[Oo]fficer|[Oo]fficial|[Hh]ead|[Ff]ounder|[Ee]nvoy|[Rr]epresentative|[Dd]eputy)"
    r"(?:,\s*|\s+)(?P<name>(?:[A-Z][a-z\u00e0-\u017f'\u2019-]+\s+){1,3}[A-Z][a-z\u00e0-\u017f'\u2019-]+)(?=\s*[,.;:)]|\s+(?:said|told|says|added|warned|noted|of|who|has|had|was|is|in|at|on|and))"
)


_HONORIFIC = re.compile(
    r"\b(?P<title>(?:Mr|Ms|Mrs|Dr|Prof)\.?|Judge|Justice|H\.\s?E\.(?:\s+(?:Mr|Ms|Mrs|Dr)\.?)?|Madam|Sir|Dame)\s+"
    r"(?P<name>[A-Z][\w\u00c0-\u017f\u2019'-]+(?:[ \t]+(?:(?:von|van|der|den|de|da|del|di|du|la|le|bin|al|el)[ \t]+)*(?:[A-Z]\.|[A-Z][\w\u00c0-\u017f\u2019'-]*)){0,4})"
)


class PersonCues:
    """Names set after a role word ("Kenya's foreign minister, Moses Wetangula,") or an honorific
    ("Ms Kaja Kallas", "H.E. Mr Juan Perez") that NER missed."""

    name = "entities.cues.persons"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        for m in _HONORIFIC.finditer(text):
            name = re.sub(r"(?:['\u2019]s?|\s+(?:KC|QC|SC))$", "", m.group("name"))
            words = name.split()
            if (
                len(words) < 2
                or ORG_CUES.search(name)
                or any(w.lower() in GENERIC or w.lower() in DATE_WORDS for w in words)
            ):
                continue
            s = m.start("name")
            add(
                ctx,
                Candidate(
                    s,
                    s + len(name),
                    name,
                    None,
                    "person",
                    "cue",
                    name=name,
                    aliases=[text[m.start() : s + len(name)]],
                    component=self.name,
                ),
            )
        for m in _ROLE_BEFORE_NAME.finditer(text):
            s, e = m.span("name")
            name = m.group("name")
            if ORG_CUES.search(name) or any(w.lower() in GENERIC or w.lower() in DATE_WORDS for w in name.split()):
                continue
            add(ctx, Candidate(s, e, name, None, "person", "cue", name=name, component=self.name))


COMPONENTS = [OrgCues(), ListItems(), PersonCues()]

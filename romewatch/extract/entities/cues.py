"""Organisation names the small NER model misses, found by the genre's own signals.

* A run of capitalised words holding an organisation word ("Centre", "Coalition", "Watch",
  "Institute", "Action"...), with "of / for / the / on / with / and" inside it: "Kenyans for
  Peace with Truth and Justice", "Coalition for the ICC", "Parliamentarians for Global Action".
  "and" joins two names only when the second half is not a name of its own ("Committee on Budget
  and Finance" is one body; "Amnesty International and Human Rights Watch" are two).
Names inside quotation marks (titles of events and reports) are not proposed.
"""

from __future__ import annotations

import re
from typing import Any

from ..context import DocContext
from .common import Candidate, add, is_upper_text, token_key
from .ner import DATE_WORDS, GENERIC, IGO_CUES, ORG_CUES, TITLES, kind_by_cues, named_elsewhere, title_case_line

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


_PAGE_LABELS = {
    "FILE",
    "PHOTO",
    "VIDEO",
    "WATCH",
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "EXCLUSIVE",
    "LIVE",
    "OPINION",
    "ANALYSIS",
}
_TAIL_WORDS = {"press", "release", "statement", "report", "news", "update", "media", "advisory", "communique"}


def _trim(tokens: list[Any]) -> list[Any]:
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].is_punct or tokens[0].lower_.endswith("ing")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in CONNECTORS or tokens[-1].is_punct or tokens[-1].lower_ in _TAIL_WORDS):
        tokens = tokens[:-1]
    return tokens


def _after_person(tokens: list[Any], person_end: dict[int, int]) -> list[Any]:
    """ "Erika Guevara-Rosas of Amnesty International", "Professor Jane Doe of the University of X":
    the organisation starts after the person."""
    if tokens and token_key(tokens[0].text) in TITLES:
        for k, t in enumerate(tokens[:-1]):
            if t.lower_ in ("of", "at", "from", "with"):
                return tokens[k + 1 :]
    for k, t in enumerate(tokens[:-1]):
        if t.lower_ in ("of", "at", "from", "with") and t.i in person_end and person_end[t.i] <= tokens[0].i:
            return tokens[k + 1 :]
    return tokens


_FORUM_WORDS = {"session", "assembly", "conference", "debate", "meeting", "council"}


def _cut_forum(tokens: list[Any]) -> list[Any]:
    """ "Statement of the Open Justice Network to the Twenty-Fourth Session of the Assembly": a name
    ends where "to" opens the forum it is addressed to."""
    for k, t in enumerate(tokens[1:], 1):
        if t.lower_ == "to" and any(x.lower_ in _FORUM_WORDS for x in tokens[k + 1 :]) and _has_cue(tokens[:k]):
            return tokens[:k]
    return tokens


def _opens_title_line(tok: Any) -> bool:
    """ "Justice Without Borders Network" as a document's first line: a capitalised noun or adjective
    opening a line, followed by capitalised words, starts a name even though the tagger calls it common."""
    doc = tok.doc
    return (
        tok.pos_ in ("NOUN", "ADJ")
        and (tok.i == 0 or "\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space)
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text[:1].isupper()
    )


def capitalised_runs(doc: Any) -> list[list[Any]]:
    """Maximal runs of capitalised tokens and inner connectors, within one line and sentence."""
    runs: list[list[Any]] = []
    cur: list[Any] = []
    for tok in doc:
        word = tok.text
        joins = cur and (tok.lower_ in CONNECTORS) and "\n" not in tok.whitespace_
        namelike = (
            _capital(tok)
            and (not tok.is_sent_start or tok.pos_ == "PROPN" or _opens_title_line(tok))
            and tok.lower_ not in DATE_WORDS
        )
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


class OrgCues:
    """Proposes capitalised runs that hold an organisation word."""

    name = "entities.cues.orgs"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        person_end = {e.end: e.start for e in ctx.doc.ents if e.label_ == "PERSON"}
        for run in capitalised_runs(ctx.doc):
            for part in _split_and(run):
                toks = _trim(_cut_forum(_after_person(part, person_end)))
                if (
                    len(toks) > 3
                    and toks[1].text in ("-", "\u2013", "\u2014")
                    and toks[0].whitespace_  # "FIDH - International ...", not "ABS-CBN News"
                    and is_upper_text(toks[0].text)
                    and toks[0].text not in _PAGE_LABELS  # "FILE - Jane Roe, Prosecutor of the Court, ..."
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
                if len(toks) > 5 and title_case_line(text, s, e) and not named_elsewhere(text, text[s:e], s, e):
                    continue  # "Sudan And Chad Announce Review Of Court Cooperation": a headline, not a name
                kind = "place" if PLACE_CUES.search(text[s:e]) else kind_by_cues(text[s:e], "ORG")
                add(ctx, Candidate(s, e, text[s:e], None, kind, "cue", name=text[s:e], component=self.name))


_FUNCTION_WORDS = {
    "of", "for", "the", "and", "on", "in", "to", "at", "with", "against", "de", "des", "du", "la", "le", "les", "l",
    "d", "et", "y", "del", "di", "della", "per", "pour", "sur", "en", "por", "para", "e", "da", "do", "dos", "das",
}  # fmt: skip
_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z&-]{1,9})\)")
_NAME_WORD = re.compile(r"[^\W\d_][\w\u2019'-]*")


def initials_match(words: list[str], acr: str) -> bool:
    """True when the words spell the acronym: each content word gives its initial (or one per
    hyphenated part), function words may give theirs or nothing ("Lawyers for Justice in Libya")."""
    letters = acr.replace("-", "").replace("&", "").upper()

    def go(w: int, a: int) -> bool:
        if w == len(words):
            return a == len(letters)
        word = re.split(r"['\u2019]", words[w])[-1] or words[w]
        parts = [p for p in word.split("-") if p]
        if words[w].lower() in _FUNCTION_WORDS and go(w + 1, a):
            return True
        if a < len(letters) and word[:1].upper() == letters[a] and go(w + 1, a + 1):
            return True
        n = len(parts)
        return (
            n > 1
            and a + n <= len(letters)
            and all(p[:1].upper() == letters[a + k] for k, p in enumerate(parts))
            and go(w + 1, a + n)
        )

    return go(0, 0)


class AcronymNames:
    """ "Association malienne des droits de l'Homme (AMDH)": the words before a bracketed acronym
    whose initials spell it are one name, whatever their case or language."""

    name = "entities.cues.acronyms"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        for m in _ACRONYM.finditer(text):
            acr = m.group("acr")
            if sum(c.isupper() for c in acr) < 2 or acr.lower() in ("ii", "iii", "iv"):
                continue
            line_start = max(text.rfind("\n", 0, m.start()), m.start() - 200) + 1
            stretch = text[line_start : m.start()].rstrip()
            cut = max(stretch.rfind(ch) for ch in ',;:"\u201c\u201d()')
            words = list(_NAME_WORD.finditer(stretch, cut + 1))[-14:]
            for k in range(len(words)):
                first = words[k].group()
                if not first[:1].isupper() or first.lower() in _FUNCTION_WORDS:
                    continue
                if initials_match([w.group() for w in words[k:]], acr):
                    s, e = line_start + words[k].start(), line_start + words[-1].end()
                    name = text[s:e]
                    if len(name.split()) < 2 or name.isupper():
                        break
                    kind = kind_by_cues(name, "ORG")
                    add(ctx, Candidate(s, e, name, None, kind, "cue", name=name, component=self.name))
                    break


_AGENCY = re.compile(
    r"^[ \t]*[A-Z][A-Za-z .'\u2019-]+,[^\n()]{3,40}?\((?P<a>[A-Z][A-Za-z&.'\u2019 -]{1,30}?)\)[ \t]*[-\u2013\u2014:]"
    r"|\bBy[ \t]+(?P<b>[A-Z][\w&.-]+(?:[ \t][A-Z][\w&.-]+)?)[ \t]+(?:staff|correspondents?|reporters?)\b",
    re.MULTILINE,
)


class NewsAgencies:
    """The agency in a dateline or byline: "BUDAPEST, June 3, 2025 (Wire) -", "By Wire staff"."""

    name = "entities.cues.agencies"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        for m in _AGENCY.finditer(ctx.document.text[:2000]):
            group = "a" if m.group("a") else "b"
            s, e = m.span(group)
            add(
                ctx,
                Candidate(s, e, m.group(group), None, "organization", "cue", name=m.group(group), component=self.name),
            )


COMPONENTS = [OrgCues(), AcronymNames(), NewsAgencies()]

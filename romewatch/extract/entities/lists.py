"""Items of signatory lists, the genre's most reliable list of actors.

Bullet or semicolon lines, or a block of three or more short title-case lines after "Signed by:"
or "Yours sincerely," ("On behalf of: - Al-Haq; - REDRESS"). "FIDH (International Federation of
Human Rights)" gives the name and its bracketed alias; "Jane Doe, Executive Director, Lawyers for
Justice" gives the person and the organisation, not the title between them.
"""

from __future__ import annotations

import re

from ..context import DocContext
from .common import Candidate, add
from .cues import CONNECTORS, initials_match
from .ner import GENERIC, ORG_CUES, ROLE_HEADS, TITLES

_BULLET = re.compile(
    r"^[ \t]*(?:[\u2022\u00b7\u25aa\u25cf\u2023\u2043\u2013\u2014*\-\uf0b7\uf0a7]|\(?\d{1,3}[.)])[ \t]*(?P<item>.+?)[ \t]*$",
    re.MULTILINE,
)
_ITEM_END = re.compile(r"[;,.]?\s*(?:and|et)?\s*$")
_ROLE_WORDS = TITLES | ROLE_HEADS | {
    "coordinator", "officer", "researcher", "advocate", "founder", "co-founder", "adviser", "advisor", "manager",
    "head", "executive", "programme", "program", "legal", "senior", "policy", "associate", "fellow", "member",
    "board", "treasurer", "representative", "campaigner", "analyst", "expert", "partner", "staff", "team",
}  # fmt: skip
_SIGN_OFF = re.compile(r"\b(?:sincerely|regards|signed|signatories|undersigned|endorsed|on behalf of)\b", re.IGNORECASE)


# "Al-Haq (Palestine)", "Human Rights Watch (International)", "REDRESS, United Kingdom": where an organisation
# works, not another name of it
_SCOPE = re.compile(r"\s*(?:\(([^()]{2,40})\)|[,\u2013\u2014-]\s+([A-Z][^,()]{2,40}))\s*$")
_REGIONS = re.compile(
    r"^(?:global|international|regional|worldwide|africa|asia|europe|americas|latin america|middle east|"
    r"mena|asia[- ]pacific|eastern europe|west africa|east africa|southern africa|north africa|pacific|caribbean)$",
    re.IGNORECASE,
)
# a page's footer or number: "2|Page", "Page 3 of 4", "- 5 -"
_PAGE = re.compile(r"^(?:\d+\s*\|?\s*page|page\s+\d+(?:\s+of\s+\d+)?|[-\u2013]?\s*\d+\s*[-\u2013]?)$", re.IGNORECASE)
# "Centro de Estudios Legales y Sociales - CELS": the name and its acronym after a dash
_DASH_ACR = re.compile(r"(?:the\s+)?(?P<a>[^()]+?)\s+[\u2013\u2014-]\s+(?P<b>[A-Z][A-Za-z&]{1,9})$")


def _place(ctx: DocContext, words: str | None) -> bool:
    """Is the bracketed (or trailing) part a country or region, not an acronym?"""
    if not words:
        return False
    words = words.strip()
    if _REGIONS.match(words):
        return True
    kb = getattr(ctx, "kb", None)
    return kb is not None and any(e.kind in ("state", "place") for e in kb.lookup(words))


def _heading(text: str, m: re.Match[str]) -> bool:
    """ "1. Context" over a blank line: a numbered section heading, not a list item."""
    return (
        bool(re.match(r"[ \t]*\(?\d", m.group()))
        and len(m.group("item").split()) <= 3
        and not ORG_CUES.search(m.group("item"))
        and text[m.end() : m.end() + 3].startswith(("\n\n", "\r\n\r"))
    )


def _ner_kind(persons: list[tuple[int, int]], start: int, end: int) -> str:
    """Person when spaCy's PERSON names cover most of the item, else organisation."""
    covered = sum(min(e, end) - max(s, start) for s, e in persons if s < end and start < e)
    return "person" if covered * 2 >= end - start else "organization"


class ListItems:
    """Proposes the items of signatory lists (bullets or semicolons, three or more short lines)."""

    name = "entities.cues.lists"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        items = [(m.start("item"), m.group("item")) for m in _BULLET.finditer(text) if not _heading(text, m)]
        items += self._semicolon_lines(text)
        blocks, unled = self._line_blocks(text)
        items += blocks
        items = sorted({self._unbullet(s, it) for s, it in items})
        persons = [(e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ == "PERSON"]
        # a block no lead-in announces is kept whole when most of its lines name someone (a signature
        # list of small NGOs whose names carry no organisation word); else only the lines that do
        named = {s: self._named(ctx, persons, s, it) for s, it in items if s in unled}
        blocks: dict[int, list[bool]] = {}
        for s, ok in named.items():
            blocks.setdefault(unled[s], []).append(ok)
        whole = {b for b, oks in blocks.items() if 2 * sum(oks) >= len(oks)}
        good = [
            (s, it) for s, it in items if self._namelike(it) and (s not in unled or unled[s] in whole or named[s])
        ]
        if len(good) < 3:
            return
        for s, item, hint in self._parts(good):
            body = _ITEM_END.sub("", item).strip()
            scope = _SCOPE.search(body)
            if scope and _place(ctx, scope.group(1) or scope.group(2)):
                body = body[: scope.start()]
            m = re.match(r"(?:the\s+)?(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$", body) or _DASH_ACR.match(body)
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
        m = re.match(r"(?:[\s\u2022\u00b7\u25aa\u25cf\u2023\u2043\u2013\u2014*\-\uf0b7\uf0a7]|\(?\d{1,3}[.)]\s)*", item)
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

    @staticmethod
    def _named(ctx: DocContext, persons: list[tuple[int, int]], start: int, item: str) -> bool:
        """An item of a block no lead-in announces names someone: a person, an organisation word, a
        name the KB knows ("Press Release / Publishing Date / Image": a page's labels, not signatories)."""
        if ORG_CUES.search(item) or _ner_kind(persons, start, start + len(item)) == "person":
            return True
        kb = getattr(ctx, "kb", None)
        return kb is not None and bool(kb.lookup(_ITEM_END.sub("", item).strip()))

    @classmethod
    def _line_blocks(cls, text: str) -> tuple[list[tuple[int, str]], dict[int, int]]:
        """Runs of three or more short name-like lines (a signature block), after a line ending in ":".
        Also, for the lines of blocks that only their length admits (five lines, no lead-in), the block each
        belongs to (the start of its first line)."""
        out: list[tuple[int, str]] = []
        unled: dict[int, int] = {}  # line start -> the block's first line start
        block: list[tuple[int, str]] = []
        prev = ""
        pos = 0
        for line in text.split("\n") + [""]:
            stripped = line.strip()
            if stripped and cls._namelike(stripped) and len(stripped.split()) <= 10 and not stripped.endswith(":"):
                block.append((pos + line.find(stripped), stripped))
            else:
                led = prev.endswith((":", ",")) or bool(_SIGN_OFF.search(prev))
                if len(block) >= 3 and (led or len(block) >= 5):
                    out += block
                    if not led:
                        unled.update((s, block[0][0]) for s, _ in block)
                block = []
                if stripped:
                    prev = stripped
            pos += len(line) + 1
        return out, unled

    @staticmethod
    def _namelike(item: str) -> bool:
        body = _ITEM_END.sub("", item).strip()
        acr = re.match(r"(?P<name>[A-Z][^()]*?)\s*\((?P<acr>[A-Z][A-Za-z&-]{1,9})\)$", body)
        if acr and initials_match(re.findall(r"[^\W\d_][\w\u2019'-]*", acr.group("name")), acr.group("acr")):
            return True  # "Association malienne des droits de l'Homme (AMDH)"
        words = re.findall(r"[\w'\u2019.-]+", body)
        if not 1 <= len(words) <= 12 or re.search(r"[:!?|]|\.\s", body) or _PAGE.match(body):
            return False
        content = [w for w in words if w.lower() not in CONNECTORS and w.lower() != "the"]
        return bool(content) and sum(w[:1].isupper() or w[:1].isdigit() for w in content) >= 0.8 * len(content)


COMPONENTS = [ListItems()]

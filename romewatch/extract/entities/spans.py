"""Settles overlapping candidates: one reading per stretch of text.

Longer spans win, then the more trusted source (patterns and the KB before the statistical NER).
An NER span that swallows KB names ("the State of Palestine, South Africa") loses to them, unless
it reads as one organisation's name ("Moroccan Coalition for the ICC", "Al Mezan Centre for Human
Rights"): an organisation word near its end, no list punctuation inside.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..context import DocContext
from .common import WEAK_SOURCES, Candidate, candidates, token_key
from .ner import ORG_CUES, ROLE_HEADS, TITLES

_LISTY = re.compile(r",|;|\band\b(?!\s+(?:Justice|Accountability|Evidence|Finance|Human|Development|Peace))")


def _org_name(c: Candidate, inside: list[Candidate]) -> bool:
    if c.source == "list":  # a whole item of a signatory list is one name
        return "," not in c.text
    if c.component == "entities.cues.acronyms":  # spelt out by its own bracketed acronym
        return True
    if c.kind not in ("organization", "igo", "group", "place") or _LISTY.search(c.text):
        return False
    own = list(c.text)  # the candidate's own words: known names inside it blanked out
    for s in inside:
        own[max(0, s.start - c.start) : s.end - c.start] = " " * (min(s.end, c.end) - max(s.start, c.start))
    if not ORG_CUES.search("".join(own)):
        return False  # "Judges at the International Criminal Court": the organisation word is the ICC's
    head = re.split(r"\s(?:of|for|on|to|at|in)\s", c.text, maxsplit=1)[0]
    leading = [  # a treaty may open an organisation's name: "Rome Statute Monitoring Network"
        s for s in inside if s.start < c.start + len(head) and s.kind not in ("place", "state", "instrument")
    ]
    if leading and c.source != "list":
        return False  # "Pre-Trial Chamber II of the ICC", "ICC's Pre-Trial Chamber": the known name leads
    words = c.text.split()
    head = " ".join(words[:4])  # "Coalition for the ICC", "Institute of Social Studies of ..."
    lead = re.split(r"\s(?:of|for|on|to|at|in)\s", c.text, maxsplit=1)[
        0
    ]  # "Afghanistan Independent Human Rights Commission"
    return bool(ORG_CUES.search(head) or ORG_CUES.search(lead)) and c.text[:1].isupper()


def _other_person(w: Candidate, inside: list[Candidate]) -> bool:
    """ "Sara Duterte" holds the known surname of Rodrigo Duterte, but her first name is not his:
    a different person, not a mention of the known one."""
    if (
        w.kind != "person"
        or len(inside) != 1
        or inside[0].kind != "person"
        or inside[0].end != w.end
        or inside[0].start <= w.start
    ):
        return False
    known = inside[0]
    extra = w.text[: known.start - w.start].split()
    names = {token_key(t) for t in re.findall(r"[\w'\u2019-]+", known.name or "")}
    return bool(extra) and all(
        t[:1].isupper()
        and token_key(t) not in names
        and token_key(t) not in TITLES | ROLE_HEADS
        and token_key(t)[:-1] not in TITLES | ROLE_HEADS
        and len(t) > 1
        for t in extra
    )


def _named_after_place(w: Candidate, inside: list[Candidate], text: str) -> bool:
    """ "Israel Katz", "Tirana Hassan", "Jordan Bardella": a person whose first name is a state's or a
    city's; the tagger's person wins over the place when the rest is a capitalised surname (not "In
    Israel Katz said", where the place closes a preposition)."""
    if w.kind != "person" or len(inside) != 1 or inside[0].kind not in ("state", "place"):
        return False
    place = inside[0]
    rest = w.text[place.end - w.start :].split()
    before = text[max(0, w.start - 12) : w.start]
    return (
        place.start == w.start
        and " " not in place.text.strip()
        and 1 <= len(rest) <= 2
        and all(t[:1].isupper() and t.isalpha() and token_key(t) not in TITLES | ROLE_HEADS for t in rest)
        and not ORG_CUES.search(w.text)
        and not re.search(r"\b(?:in|of|to|from|for|at|by|with)\s+$", before, re.IGNORECASE)
    )


def text_before(outer: Candidate, inner: Candidate) -> str:
    return outer.text[: max(0, inner.start - outer.start)]


def _overlapping(
    sorted_cands: list[Candidate], starts: list[int], longest: int, start: int, end: int
) -> list[Candidate]:
    i = bisect_left(starts, start - longest)
    out = []
    while i < len(sorted_cands) and sorted_cands[i].start < end:
        c = sorted_cands[i]
        if c.end > start:
            out.append(c)
        i += 1
    return out


def select(cands: list[Candidate], text: str = "") -> list[Candidate]:
    nested = [c for c in cands if c.parent is not None]
    cands = [c for c in cands if c.parent is None]
    strong = sorted((c for c in cands if c.source not in WEAK_SOURCES), key=lambda c: c.start)
    weak = [c for c in cands if c.source in WEAK_SOURCES]
    starts = [c.start for c in strong]
    longest = max((c.length for c in strong), default=0)
    beaten: set[int] = set()
    survivors: list[Candidate] = []
    for w in weak:
        inside = _overlapping(strong, starts, longest, w.start, w.end)
        if not inside or _other_person(w, inside) or _named_after_place(w, inside, text):
            survivors.append(w)
            beaten.update(id(s) for s in inside)
        elif (
            all(w.start <= s.start and s.end <= w.end for s in inside)
            and _org_name(w, inside)
            and any(s.length < w.length for s in inside)
        ):
            survivors.append(w)
            beaten.update(id(s) for s in inside)
            for s in inside:  # "Investigative Committee of the Russian Federation": Russia stays, nested
                before = text_before(w, s)
                if (
                    s.kind in ("state", "court", "instrument")
                    and s.parent is None
                    and re.search(r"\b(?:of|to|for)\s+the\s+$", before)
                ):
                    s.parent = (w.start, w.end)
                    nested.append(s)
    pool = [c for c in strong if id(c) not in beaten] + survivors
    pool.sort(key=lambda c: (-c.length, -c.rank[1], c.start))
    used = bytearray(max((c.end for c in pool), default=0) + 1)
    kept: list[Candidate] = []
    for c in pool:
        if any(used[c.start : c.end]):
            continue
        kept.append(c)
        used[c.start : c.end] = b"\x01" * c.length
    spans = {(c.start, c.end) for c in kept}
    kept += [c for c in nested if c.parent in spans]
    kept.sort(key=lambda c: (c.start, -c.end))
    return kept


class SelectSpans:
    """Keeps one candidate per stretch of text (``ctx.notes["entity_spans"]``)."""

    name = "entities.spans"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        ctx.notes["entity_spans"] = select(candidates(ctx), ctx.document.text)


COMPONENTS = [SelectSpans()]

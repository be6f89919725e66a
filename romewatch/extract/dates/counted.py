"""Dates counted from an act the text told before (r8 gaps): "two days after the warrant was issued",
"two weeks after the vote", "a day before the session opened", "hours after the ruling".

The act counted from is found by its words: the nearest sentence before that shares a word stem with
the phrase after "after" / "before" and tells a date. That date, shifted by the count, dates the
phrase. When no such sentence exists the phrase is left without a value and its span is noted
(``UNANCHORED``), so that what it dates is not given the document's day: undated, never wrong.
A phrase whose own words hold a date ("a week after the warrant was issued on 17 March") is the
sentence reader's (``events.dating_shift``), not this module's.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import Any

from ..context import DateMention
from .forms import _NUMBERS
from .values import _iso, _shift_month, parse_iso

UNANCHORED = "dates.unanchored"
_COUNT = r"a|an|one|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|a\s+few|several|some"
_COUNTED_RE = re.compile(
    rf"\b(?:(?:(?P<n>{_COUNT})\s+)?(?P<unit>hours?|days?|weeks?|months?|years?)\s+(?P<dir>after|before)"
    r"|on\s+the\s+(?P<eve>eve)\s+of)\s+"
    r"(?P<what>(?P<det>the|a|an|his|her|its|their|this|that|(?-i:[A-Z]))?(?:[^,.;:()\n]|\n(?![ \t]*\n)){2,90})",
    re.IGNORECASE,
)
# a count left out ("days after the vote") only where the phrase opens its clause
_OPENS = re.compile(r"(?:^|[,;:(]\s*|[.!?]\s+|\n\s*)(?:just\s+|only\s+|barely\s+|mere\s+|within\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][a-z]{2,}")
#: words too common in the genre to tell which act is meant
_GENERIC = frozenset(
    [
        "the", "that", "this", "with", "from", "were", "was", "been", "have", "had", "their", "which", "when", "after",
        "before", "court", "courts", "international", "criminal", "state", "states", "party", "parties", "government",
        "united", "nations", "president", "minister", "prime", "first", "last", "year", "years", "month", "months",
        "week", "weeks", "day", "days", "said", "would", "could", "also", "against", "under", "over", "into", "icc",
        "his", "her", "its", "they", "them", "there", "then", "than", "while", "since", "until", "about", "during",
    ]
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n\s*\n")
_CLAUSE_END = re.compile(rf"{_SENTENCE_END.pattern}|;\s*")  # "...; in February 2025 the Treasury designated"
_REACH = 3000  # characters back to look for the act counted from


#: stems that name the same act: "hours after his arrival" counts from the day he landed or visited
_SAME = {"land": "arriv", "visit": "arriv", "trip": "arriv", "foot": "arriv", "decis": "decid", "rul": "rulin"}


def _stem(word: str) -> str:
    w = re.sub(r"(?:ments?|ings?|ions?|ed|es|e|s)$", "", word.lower())[:5]
    return _SAME.get(w, w)


def _words(text: str, lo: int, hi: int, lemmas: dict[int, str]) -> Iterator[tuple[int, str]]:
    """The words of ``text[lo:hi]`` with their offsets, as lemmas where the parse gives them ("found": find)."""
    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        if word.lower() not in _GENERIC:
            yield m.start(), lemmas.get(m.start(), word)


def _base(text: str, s: int, what: tuple[int, int], dated: list[DateMention], lemmas: dict[int, str]) -> DateMention | None:
    """The dated mention of the nearest earlier sentence (or clause) that names the act ``what`` names."""
    want = {_stem(w) for _, w in _words(text, *what, lemmas) if len(_stem(w)) >= 3}
    if not want:
        return None
    lo = max(0, s - _REACH)
    cuts = [lo, *(m.end() for m in _SENTENCE_END.finditer(text, lo, s)), s]
    for a, b in reversed(list(itertools.pairwise(cuts))):
        inside = [d for d in dated if a <= d.start and d.end <= b]
        if not inside:
            continue
        hits = [at for at, w in _words(text, a, b, lemmas) if _stem(w) in want]
        if hits:
            return min(inside, key=lambda d: min(abs(d.start - h) for h in hits))
    return None


def _shift(base: str, n: int | None, unit: str, later: bool) -> str | None:
    """``base`` moved by ``n`` units; a vague count keeps only what the move cannot change."""
    day = parse_iso(base)
    if day is None:
        return None
    sign = 1 if later else -1
    unit = unit.lower().rstrip("s")
    if unit == "hour":
        return base
    if n is None:  # "days after the vote": its month, when a few days cannot leave it
        return base[:7] if unit == "day" and len(base) == 10 and (day.day <= 21 if later else day.day >= 8) else None
    if unit in ("day", "week"):
        if len(base) < 10:
            return None
        return (day + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))).isoformat()
    if unit == "month":
        if len(base) < 7:
            return None
        y, m = _shift_month(day, sign * n)
        return _iso(y, m, day.day if len(base) == 10 else None) or _iso(y, m)
    return f"{day.year + sign * n:04d}{base[4:]}" if parse_iso(f"{day.year + sign * n:04d}{base[4:]}") else None


def counted_dates(text: str, out: list[DateMention], taken: bytearray, doc: Any = None) -> Iterator[DateMention]:
    """Yields a mention for each "N units after/before <act>" whose act is dated before it; a mention
    without a value for each one whose act is not (the caller notes those as unanchored). The parse,
    when given, lends its lemmas ("the finding" names the act of "found")."""
    dated = sorted((d for d in out if d.value and not d.end_value), key=lambda d: d.start)
    matches = list(_COUNTED_RE.finditer(text))
    lemmas = {t.idx: t.lemma_ for t in doc if t.is_alpha} if doc is not None and matches else {}
    for m in matches:
        s, e = m.start(), m.start("what")
        if any(taken[s:e]):
            continue
        what_end = m.end("what")
        starts = [m.end() for m in _CLAUSE_END.finditer(text, max(0, s - _REACH), s)]
        stop = _CLAUSE_END.search(text, what_end)
        lo, hi = (starts[-1] if starts else max(0, s - _REACH)), (stop.start() if stop else len(text))
        if any(lo <= d.start < hi and d.value for d in out):
            continue  # "a week after the warrant was issued on 17 March", "X on Friday ..., a day after Y":
            # the sentence tells a day of its own to count from: the sentence reader's (``dating_shift``)
        n, unit, later = _count(m)
        opens = _OPENS.search(text[max(0, s - 24) : s]) is not None
        if m.group("det") is None and not (opens and m.group("what")[:1].isalpha()):
            continue  # "Two days after warrant, Russia opens case" (a headline), not "weeks after 2019"
        if n is None and (not unit.endswith("s") or not opens):
            continue
        if (m.group("n") or "").lower() == "the" and (unit != "day" or not opens):
            continue  # "The day after the ruling, ...", not "during the year before the withdrawals take effect"
        base = _base(text, s, m.span("what"), [d for d in dated if d.end <= s], lemmas)
        value = _shift(base.value, n, unit, later) if base is not None else None
        yield DateMention(s, e, text[s:e].rstrip(), value)


def _count(m: re.Match) -> tuple[int | None, str, bool]:
    """How many units, which, and whether forward: "two weeks after" (2, weeks, True), "on the eve of"
    (1, day, False), "days after" (None, days, True)."""
    if m.group("eve"):
        return 1, "day", False
    word = m.group("n")
    low = word.lower() if word is not None else ""
    n = None if word is None else 1 if low == "the" else _NUMBERS.get(low) or (int(word) if word.isdigit() else None)
    return n, m.group("unit").lower(), m.group("dir").lower() == "after"


def is_counted(d: DateMention) -> bool:
    """Whether a mention is one of this module's ("two weeks after", "on the eve of")."""
    return _COUNTED_TEXT.fullmatch(d.text) is not None


_COUNTED_TEXT = re.compile(
    rf"(?:(?:(?P<n>{_COUNT})\s+)?(?P<unit>hours?|days?|weeks?|months?|years?)\s+(?P<dir>after|before)"
    r"|on\s+the\s+(?P<eve>eve)\s+of)",
    re.IGNORECASE,
)


def counted_from(d: DateMention) -> str | None:
    """The date of the act a counted mention counts from ("two days after" 19 March: 17 March), for
    what is told inside that act's own clause."""
    m = _COUNTED_TEXT.fullmatch(d.text)
    if m is None or not d.value:
        return None
    n, unit, later = _count(m)
    if n is None or unit.startswith("hour"):
        return d.value
    return _shift(d.value, n, unit, not later)

"""Date expressions: the document's own date, then every date the text mentions.

Two components run first in the pipeline, because officials' terms and relative dates ("last
year", "on Tuesday") are read against the document's date:

* ``DocumentDate`` fills ``document.date`` from a dateline or header near the top when the
  document came without one ("THE HAGUE, 4 May 2023 -", "Date: 5 December 2022").
* ``DateMentions`` finds absolute dates, ranges, months, years in date context and relative
  expressions, and records each as a ``DateMention`` with ISO values at the precision the text
  gives (``2025``, ``2025-12``, ``2025-12-01``).

Candidates come from our own patterns and from spaCy's DATE entities (parsed by the same rules).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import Any

from ..context import DateMention, DocContext

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DASH = r"(?:\s*[-\u2010-\u2015]\s*|\s+(?:to|until|till|through)\s+)"
_AND = r"\s+and\s+"
_SEP = r"[\s,\u060c.]*"  # "22، Dec 2022" (Arabic comma), "5 December, 2022"
_YEAR_TAIL = rf"(?:,?\s*(?P<y>{_YEAR}))"
_LEAD = r"(?:(?:between|from)\s+)?"

# Ordered: longer constructions first; each named group feeds _build.
_ABSOLUTE = [
    # between 28 November and 3 December 2005 / between 1 and 5 December 2025
    (
        "bdmdm",
        rf"between\s+(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s*(?P<y1>{_YEAR}))?{_AND}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON}){_YEAR_TAIL}?",
    ),
    ("bddm", rf"between\s+(?P<d1>{_DAY}){_AND}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON}){_YEAR_TAIL}?"),
    # 28 November to 3 December 2005 / 28 November 2005 - 3 January 2006
    (
        "dmdm",
        rf"{_LEAD}(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s*(?P<y1>{_YEAR}))?{_DASH}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON}){_YEAR_TAIL}?",
    ),
    # 5 to 9 December 2022 / 2-7 December 2024 / between 1 and 5 December 2025 / on 3 and 4 December
    ("ddm", rf"{_LEAD}(?P<d1>{_DAY})(?:{_DASH}|{_AND})(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON}){_YEAR_TAIL}?"),
    # November 28 to December 3, 2005
    ("mdmd", rf"{_LEAD}(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?P<m2>{_MON})\s+(?P<d2>{_DAY}){_YEAR_TAIL}?"),
    # December 5-9, 2022
    ("mdd", rf"{_LEAD}(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}){_YEAR_TAIL}?"),
    # 6 February 2025 / 22، Dec 2022 / 6 February
    ("dm", rf"(?P<d1>{_DAY}){_SEP}(?:day\s+of\s+|of\s+)?(?P<m1>{_MON})(?:{_SEP}(?P<y>{_YEAR}))?"),
    # February 6, 2025 / February 6
    ("md", rf"(?P<m1>{_MON})\s+(?P<d1>{_DAY})(?![\d:])(?:,?\s*(?P<y>{_YEAR}))?"),
    # December 2022 / December of 2022
    ("my", rf"(?P<m1>{_MON}),?\s+(?:of\s+)?(?P<y>{_YEAR})"),
    # 2025-12-01
    ("iso", r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m1>[01]\d)(?P=sep)(?P<d1>[0-3]\d)(?!\d)"),  # 2024/12/03
    # 5/12/2022, 05.12.2022, 05-12-2022
    ("num", r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"),
]
# the look-ahead lets the engine skip, cheaply, every position that cannot start a date
_ABS_RE = re.compile(
    r"(?<![\w/])(?=\d|between\s|from\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?:"
    + "|".join(f"(?P<{k}>{p.replace('(?P<', f'(?P<{k}_').replace('(?P=', f'(?P={k}_')})" for k, p in _ABSOLUTE)
    + ")",
    re.IGNORECASE,
)

_YEAR_CONTEXT = (
    r"in|since|by|until|till|from|of|during|before|after|early|mid|late|end|beginning|year|"
    r"summer|spring|autumn|fall|winter|throughout|between|and|to|as\s+of|circa"
)
_YEAR_RE = re.compile(rf"(?<![\d/.\-])\b(?P<y>{_YEAR})(?:s\b)?(?![\d/]|\.\d|-\d)")
_YEAR_LEAD = re.compile(
    rf"(?:\b(?P<word>{_YEAR_CONTEXT})\b[\s-]*(?:of\s+)?|(?P<paren>\()|\b(?P<the>the|its|their|his|her|a)\s+)$",
    re.IGNORECASE,
)
_YEAR_TRAIL = re.compile(r"\s+(?:budget|session|elections?|report|statement|letter)\b", re.IGNORECASE)
_YEAR_NOUN = re.compile(r"\s+(?!(?:and|or|to|per|of|by|in|on|at|for)\b)[a-z][a-z-]{3,}")
_DOC_WHICH = frozenset({"this", "last", "next"})  # counted from the document's year, not the one told
_TOLD_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")


def _told_year(text: str, pos: int) -> int | None:
    """The last year the text told before ``pos`` (within a few paragraphs)."""
    found = _TOLD_YEAR.findall(text, max(0, pos - 1500), pos)
    return int(found[-1]) if found else None


_DETERMINERS = frozenset({"the", "its", "their", "'s", "\u2019s"})
_REL_RE = re.compile(
    r"\b(?:(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<yesterday>yesterday)|(?P<tomorrow>tomorrow)"
    r"|(?:(?:the\s+(?:end|beginning|start|middle|turn|close|course)\s+of|early|late|mid-?)\s*)?"
    r"(?P<rel>(?:earlier|later)\s+this|this|last|next|past|previous|coming)\s+(?P<unit>year|month|week)"
    r"|(?P<ago>(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<agounit>day|week|fortnight|month|year)s?\s+ago)"
    r"|(?P<wdlead>(?:on|last|next|this|since|until|by)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\s*,?\s*\(?\d)"
    r"(?:\s+(?:of\s+)?(?P<wdweek>last|next|this)\s+week)?)\b",
    re.IGNORECASE,
)

_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "June of this year", "March last year", "in October", "last November", "since April", "early May"
_MONTH_REL_RE = re.compile(
    rf"\b(?:(?P<lead>(?i:in|last|since|early|late|mid|during|until|by|of|from|before|after|this|next|throughout|between|and|or"
    rf"|at|around|over|through|towards?|the|its|their|(?<=\w)['\u2019]s))\s+)?"
    rf"(?P<edge>(?i:early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of)\s*)?(?P<m>{_MONTH_NAMES})"
    rf"(?:,?\s+(?:of\s+)?(?P<which>this|last|next|that|that\s+same|the\s+same|the\s+previous|the\s+following)\s+year)?\b(?!\s*\d|,\s*(?:19|20)\d\d)"
)
_SHARED_YEAR = re.compile(
    rf",?\s*(?:and|or|to|through|until|-|\u2013)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?{_MONTH_NAMES}\s+(?:\d{{1,2}},?\s+)?({_YEAR})"
)
# "the previous day", "the next day", "the same day", "two days later": read against the last day told
_SAME_DAY_REACH = 800  # "the same day" takes up a day told at most a paragraph or two before
_PART = r"(?:day|morning|afternoon|evening|night)"
_DAY_ANAPHOR_RE = re.compile(
    rf"\b(?:(?P<same>(?:on\s+|(?:later|earlier)\s+)?(?:the\s+same|that)\s+{_PART})"
    rf"|(?P<prev>(?:on\s+)?the\s+(?:previous|preceding)\s+{_PART}|the\s+{_PART}\s+before(?=\s*[,.;)]|\s+(?:that|at|in|on|when)\b))"
    rf"|(?P<next>(?:on\s+)?the\s+(?:next|following)\s+{_PART}|the\s+day\s+after(?=\s*[,.;)]))"
    r"|(?P<n>a|one|two|three|four|five|six|seven|\d+)\s+days?\s+(?P<dir>later|earlier)(?=\s*[,.;)]))",
    re.IGNORECASE,
)
# "later that month", "the same month", "the following month": the month of the last date told
_MONTH_ANAPHOR_RE = re.compile(
    r"\b(?:(?P<same>(?:(?:later|earlier)\s+)?(?:in\s+)?(?:that|the\s+same|that\s+same)\s+month)"
    r"|(?:in\s+)?the\s+(?P<fol>following|next|previous|preceding)\s+month"
    r"|(?P<n>a|one|two|three)\s+months?\s+(?P<dir>later|earlier))\b",
    re.IGNORECASE,
)
# a date told as a deadline ("before the end of January", "by 31 October") is not a day the story
# reached: it is not the base of "two days later", and without its year it lies ahead of the text
DEADLINE_LEAD = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|ahead\s+of|in\s+time\s+for)"
    r"\s*,?\s*(?:the\s+(?:end|close|beginning|start)\s+of\s+)?$",
    re.IGNORECASE,
)

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_FUTURE = re.compile(
    r"\b(?:will|shall|would|is\s+(?:due|scheduled|expected|set)\s+to|are\s+(?:due|scheduled|expected|set)\s+to|going\s+to|upcoming)\b|['\u2019]ll\b",
    re.IGNORECASE,
)


# --- small date arithmetic ---------------------------------------------------------------------
def _ok(y: int, m: int, d: int | None = None) -> bool:
    try:
        dt.date(y, m, d or 1)
        return True
    except ValueError:
        return False


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}" if _ok(y, m, d) else None


def parse_iso(value: str | None) -> dt.date | None:
    """The first day an ISO value (any precision) covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _day(s: str | None) -> int | None:
    return int(re.match(r"\d+", s).group()) if s else None  # type: ignore[union-attr]


def _month(s: str | None) -> int | None:
    return MONTHS.get(s.lower().rstrip(".")) if s else None


def _infer_year(m: int, d: int | None, anchor: dt.date | None) -> int | None:
    """Year of a day-month with no year: the anchor's year, or the one before when that lands
    more than two months after the anchor (a January text recalling "7 December")."""
    if anchor is None:
        return None
    y = anchor.year
    if _ok(y, m, d) and dt.date(y, m, d or 1) - anchor > dt.timedelta(days=62):
        return y - 1
    return y


def _nearest(m: int, d: int | None, anchor: dt.date) -> str | None:
    """A deadline's day or month without its year: the occurrence nearest the anchor (ties: ahead)."""
    best = None
    for y in (anchor.year + 1, anchor.year, anchor.year - 1):
        if not _ok(y, m, d):
            continue
        gap = abs((dt.date(y, m, d or 1) - anchor).days)
        if best is None or gap < best[0]:
            best = (gap, y)
    return _iso(best[1], m, d) if best else None


# --- parsing -----------------------------------------------------------------------------------
def _build(kind: str, g: dict[str, str | None], anchor: dt.date | None) -> tuple[str | None, str | None]:
    y = int(g["y"]) if g.get("y") else None
    kind = kind[1:] if kind in ("bdmdm", "bddm") else kind
    if kind == "iso":
        return _iso(y, int(g["m1"] or 0), int(g["d1"] or 0)), None
    if kind == "num":
        a, b = int(g["a"] or 0), int(g["b"] or 0)
        if a > 12 or a == b:
            return _iso(y, b, a), None
        if b > 12:
            return _iso(y, a, b), None
        return _iso(y, b, a), None  # ambiguous: day first, the common usage of the genre
    m1, d1 = _month(g.get("m1")), _day(g.get("d1"))
    if kind == "my":
        return _iso(y, m1), None
    if kind in ("dm", "md"):
        y = y or _infer_year(m1 or 1, d1, anchor)
        return _iso(y, m1, d1), None
    d2 = _day(g.get("d2"))
    m2 = _month(g.get("m2")) or m1
    y1 = int(g["y1"]) if g.get("y1") else None
    y2 = y or (_infer_year(m2 or 1, d2, anchor))
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1 or 0) > (m2 or 0) else y2
    return _iso(y1, m1, d1), _iso(y2, m2, d2)


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _shift_month(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _relative(m: re.Match[str], anchor: dt.date | None, future: bool) -> tuple[str | None, str | None]:
    if anchor is None:
        return None, None
    if m.group("today"):
        return anchor.isoformat(), None
    if m.group("yesterday"):
        return (anchor - dt.timedelta(days=1)).isoformat(), None
    if m.group("tomorrow"):
        return (anchor + dt.timedelta(days=1)).isoformat(), None
    if m.group("rel"):
        rel = m.group("rel").lower().split()[0]
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        unit = m.group("unit").lower()
        if unit == "year":
            return _iso(anchor.year + step), None
        if unit == "month":
            return _iso(*_shift_month(anchor, step)), None
        start = _week_start(anchor) + dt.timedelta(weeks=step)
        return start.isoformat(), (start + dt.timedelta(days=6)).isoformat()
    if m.group("ago"):
        n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        unit = m.group("agounit").lower()
        if unit == "day":
            return (anchor - dt.timedelta(days=n)).isoformat(), None
        if unit in ("week", "fortnight"):
            weeks = n * (2 if unit == "fortnight" else 1)
            return _week_start(anchor - dt.timedelta(weeks=weeks)).isoformat(), None
        if unit == "month":
            return _iso(*_shift_month(anchor, -n)), None
        return _iso(anchor.year - n), None
    wd = WEEKDAYS[m.group("wd").lower()]
    week = (m.group("wdweek") or "").lower()
    if week:  # "on Tuesday last week": that week's Tuesday
        start = _week_start(anchor) + dt.timedelta(weeks={"last": -1, "next": 1}.get(week, 0))
        return (start + dt.timedelta(days=wd)).isoformat(), None
    lead = (m.group("wdlead") or "").strip().lower()
    back = (anchor.weekday() - wd) % 7
    if lead == "next" or (future and lead not in ("last", "since")):
        ahead = (wd - anchor.weekday()) % 7
        return (anchor + dt.timedelta(days=ahead or (7 if lead == "next" else 0))).isoformat(), None
    if lead == "last" and back == 0:
        back = 7
    return (anchor - dt.timedelta(days=back)).isoformat(), None


def _month_relative(m: re.Match[str], anchor: dt.date | None, future: bool) -> str | None:
    """A month named without its year: the year of the document, or the one the wording points to."""
    if anchor is None:
        return None
    month = MONTHS[m.group("m").lower()]
    if m.group("which"):
        which = m.group("which").lower().split()[-1]
        return _iso(anchor.year + {"last": -1, "previous": -1, "next": 1, "following": 1}.get(which, 0), month)
    lead = (m.group("lead") or "").lower()
    year = anchor.year
    if lead == "next" or (future and lead not in ("last", "since") and month < anchor.month):
        year += 1
    elif lead == "last":
        year -= 1 if month >= anchor.month else 0
    elif month > anchor.month and not future:
        year -= 1
    return _iso(year, month)


def _day_anaphors(
    text: str, out: list[DateMention], taken: bytearray, deadlines: frozenset[int] = frozenset()
) -> Iterator[DateMention]:
    """ "the previous day" after "On 19 January 2025": 18 January; only after a day told in the text.
    Anaphors chain ("the following day ... The same day"); deadlines are no base."""
    days = sorted((d for d in out if d.value and len(d.value) >= 7 and d.start not in deadlines), key=lambda d: d.start)
    for m in _DAY_ANAPHOR_RE.finditer(text):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        before = [d for d in days if d.end <= s]
        if not before:
            continue
        if m.group("same") and len(before[-1].value) < 10:
            # "on Wednesday imposed ..., a campaign that began in February. X condemned it the same day": a
            # day, so the last day told (close by), not a month told in passing since
            near = [d for d in before if len(d.value) == 10 and not d.end_value and s - d.end <= _SAME_DAY_REACH]
            if near:
                before = near
        if len(before[-1].value) < 10:  # "In November, X ... A day later, Y": November, no finer
            if before[-1].end_value is None and not m.group("prev"):
                yield DateMention(s, e, text[s:e], before[-1].value)
            continue
        base = parse_iso(before[-1].end_value if m.group("next") and before[-1].end_value else before[-1].value)
        if base is None:
            continue
        if m.group("prev"):
            shift = -1
        elif m.group("next"):
            shift = 1
        elif m.group("n"):
            n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
            shift = n if m.group("dir").lower() in ("later", "after") else -n
        else:
            shift = 0
        told = DateMention(s, e, text[s:e], (base + dt.timedelta(days=shift)).isoformat())
        days.append(told)
        days.sort(key=lambda d: d.start)
        yield told
    yield from _week_anaphors(text, days, taken)
    yield from _ordinal_days(text, days, taken)
    yield from _month_anaphors(text, days, taken)
    yield from _year_anaphors(text, out, taken)


# "the following week", "the week before", "a week later", "two weeks earlier": from the last day told
_WEEK_ANAPHOR_RE = re.compile(
    r"\b(?:(?:in\s+|during\s+)?the\s+(?P<fol>following|next|previous|preceding)\s+week"
    r"|the\s+week\s+(?P<rel>before|after)(?=\s*[,.;)])"
    r"|(?P<n>a|one|two|three)\s+weeks?\s+(?P<dir>later|earlier))\b",
    re.IGNORECASE,
)


def _week_anaphors(text: str, days: list[DateMention], taken: bytearray) -> Iterator[DateMention]:
    """ "The Chamber ruled on 17 October. The following week, Italy ...": the week after, Monday to
    Sunday; "two weeks later": that day."""
    for m in _WEEK_ANAPHOR_RE.finditer(text):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        before = [d for d in days if d.end <= s and d.value and len(d.value) == 10]
        base = parse_iso(before[-1].value) if before else None
        if base is None:
            continue
        if m.group("n"):
            n = _NUMBERS.get(m.group("n").lower()) or 1
            day = base + dt.timedelta(weeks=n if m.group("dir").lower() == "later" else -n)
            yield DateMention(s, e, text[s:e], day.isoformat())
            continue
        word = (m.group("fol") or m.group("rel")).lower()
        start = _week_start(base) + dt.timedelta(weeks=1 if word in ("following", "next", "after") else -1)
        yield DateMention(s, e, text[s:e], start.isoformat(), (start + dt.timedelta(days=6)).isoformat())


# "In August the list grew again: ... were designated on the 20th": a day of the month told before
_ORDINAL_DAY_RE = re.compile(
    r"\b(?:on|by|until|since|from)\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s*(?:of|day|session|"
    r"anniversary|century|time|round|edition|meeting|floor|amendment|year|State|member|ratification)\b|-)"
)


def _ordinal_days(text: str, days: list[DateMention], taken: bytearray) -> Iterator[DateMention]:
    for m in _ORDINAL_DAY_RE.finditer(text):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        before = [d for d in days if d.end <= s and d.value and len(d.value) >= 7 and not d.end_value]
        if not before or s - before[-1].end > 600:
            continue
        year, month = (int(p) for p in before[-1].value.split("-")[:2])
        value = _iso(year, month, int(m.group("d")))
        if value:
            yield DateMention(s, e, text[s:e], value)


def _month_anaphors(text: str, days: list[DateMention], taken: bytearray) -> Iterator[DateMention]:
    """ "On 3 April ... Later that month, X": April, to the month."""
    for m in _MONTH_ANAPHOR_RE.finditer(text):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        before = [d for d in days if d.end <= s and d.value and len(d.value) >= 7]
        base = parse_iso(before[-1].value) if before else None
        if base is None:
            continue
        if m.group("same"):
            shift = 0
        elif m.group("fol"):
            shift = 1 if m.group("fol").lower() in ("following", "next") else -1
        else:
            shift = _NUMBERS.get(m.group("n").lower()) or 1
            shift = shift if m.group("dir").lower() == "later" else -shift
        yield DateMention(s, e, text[s:e], _iso(*_shift_month(base, shift)))


# "a year later", "two years earlier", "the following year": counted from the last date told
_YEAR_ANAPHOR_RE = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+years?\s+(?P<dir>later|earlier)"
    r"|(?:in\s+)?the\s+(?P<fol>following|preceding)\s+year)(?=\s*[,.;)]|\s*$)",
    re.IGNORECASE,
)


def _year_anaphors(text: str, out: list[DateMention], taken: bytearray) -> Iterator[DateMention]:
    """ "In 2016, Burundi gave notice; its withdrawal took effect a year later": 2017, to the year."""
    told = sorted((d for d in out if d.value), key=lambda d: d.start)
    for m in _YEAR_ANAPHOR_RE.finditer(text):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        before = [d for d in told if d.end <= s]
        if not before:
            continue
        if m.group("fol"):
            shift = 1 if m.group("fol").lower() == "following" else -1
        else:
            shift = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
            shift = shift if m.group("dir").lower() == "later" else -shift
        yield DateMention(s, e, text[s:e], str(int(before[-1].value[:4]) + shift))


def _years(text: str, taken: bytearray) -> Iterator[tuple[int, int, str]]:
    for m in _YEAR_RE.finditer(text):
        s, e = m.start("y"), m.end("y")
        if any(taken[s:e]):
            continue
        lead = _YEAR_LEAD.search(text[max(0, s - 24) : s])
        trail = _YEAR_TRAIL.match(text, e)
        if lead is None and trail is None:
            continue
        if lead is not None and lead.group("the") and trail is None and not _YEAR_NOUN.match(text, e):
            continue  # "the 2023 cyberattack", "the 2016 withdrawal": a year told as the act's own
        if lead is not None and lead.group("paren") and text[e : e + 1] != ")":
            continue
        if re.search(
            r"(?:No\.?|Order|resolution|rule|article|art\.|para\.?|paragraph|page|p\.)\s*$",
            text[max(0, s - 16) : s],
            re.IGNORECASE,
        ):
            continue
        yield s, e, m.group("y")


def find_dates(
    text: str, anchor: dt.date | None, future_at=None, extra: list[tuple[int, int]] = ()
) -> list[DateMention]:  # type: ignore[assignment]
    """Every date expression of ``text``, resolved against ``anchor`` (the document's date).

    ``future_at(offset)`` says whether the clause around an offset speaks of the future (used for
    bare weekdays); ``extra`` adds candidate spans (spaCy DATE entities) parsed by the same rules.
    """
    out: list[DateMention] = []
    taken = bytearray(len(text) + 1)
    deadlines: set[int] = set()
    for m in _ABS_RE.finditer(text):
        kind = next(k for k, _ in _ABSOLUTE if m.group(k) is not None)
        g = {name.split("_", 1)[1]: v for name, v in m.groupdict().items() if name.startswith(kind + "_")}
        if kind in ("dm", "md") and not g.get("y") and _is_not_date(text, m):
            continue
        value, end_value = _build(kind, g, anchor)
        if kind == "num" and value is None:
            continue
        s, e = m.span()
        if kind in ("dm", "md") and not g.get("y") and anchor and DEADLINE_LEAD.search(text, max(0, s - 40), s):
            deadlines.add(s)  # "reply by 31 January" told in December: next January
            value = _nearest(_month(g.get("m1")) or 1, _day(g.get("d1")), anchor) or value
        out.append(DateMention(s, e, text[s:e], value, end_value))
        taken[s:e] = b"\x01" * (e - s)
    for m in _MONTH_REL_RE.finditer(text):
        if not m.group("lead") and not m.group("which"):
            continue
        lead = (m.group("lead") or "").lower()
        s, e = m.span()
        if lead in _DETERMINERS and not m.group("edge") and (m.group("which") or not _YEAR_NOUN.match(text, e)):
            continue  # "Washington's February sanctions", "the June designations": a month told as the act's own
        if lead not in ("last", "next", "this"):
            s = m.start("edge") if m.group("edge") else m.start("m")
        if any(taken[s:e]):
            continue
        future = bool(future_at(s)) if future_at else False
        value = _month_relative(m, anchor, future)
        told = _told_year(text, s) if m.group("which") and m.group("which").lower() not in _DOC_WHICH else None
        if told:  # "In 2019 ... revoked in April of that year", "in June of the following year": the year told
            shift = {"previous": -1, "following": 1}.get(m.group("which").lower().split()[-1], 0)
            value = _iso(told + shift, MONTHS[m.group("m").lower()])
        if (
            anchor
            and not m.group("which")
            and lead not in ("last", "next", "this")
            and DEADLINE_LEAD.search(text, max(0, s - 40), s)
        ):
            deadlines.add(s)  # "before the end of January" told in December: next January
            value = _nearest(MONTHS[m.group("m").lower()], None, anchor) or value
        shared = None if m.group("which") else _SHARED_YEAR.match(text, e)
        if shared:  # "In October and November 2016": the year said once serves both
            value = _iso(int(shared.group(1)), MONTHS[m.group("m").lower()])
        out.append(DateMention(s, e, text[s:e], value))
        taken[s:e] = b"\x01" * (e - s)
    for m in _REL_RE.finditer(text):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        if m.group("wd") and not m.group("wdlead") and not m.group("wd")[0].isupper():
            continue
        future = bool(future_at(s)) if future_at else False
        value, end_value = _relative(m, anchor, future)
        out.append(DateMention(s, e, text[s:e], value, end_value))
        taken[s:e] = b"\x01" * (e - s)
    for s, e, y in _years(text, taken):
        out.append(DateMention(s, e, y, y))
        taken[s:e] = b"\x01" * (e - s)
    if anchor is not None:
        out = _narrative_years(text, out, anchor, deadlines)
    for d in out:
        if d.start not in deadlines and DEADLINE_LEAD.search(text, max(0, d.start - 40), d.start):
            deadlines.add(d.start)
    for dm in list(_day_anaphors(text, out, taken, frozenset(deadlines))):
        out.append(dm)
        taken[dm.start : dm.end] = b"\x01" * (dm.end - dm.start)
    for s, e in extra:  # spaCy DATE entities our patterns did not cover, when they parse
        if any(taken[s:e]):
            continue
        for dm in find_dates(text[s:e], anchor, None):
            if dm.value and dm.end - dm.start == len(text[s:e].strip()):
                out.append(dataclasses.replace(dm, start=s + dm.start, end=s + dm.end))
    out.sort(key=lambda d: d.start)
    return out


_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NOT_NARRATIVE = re.compile(
    r"\b(?:this|last|next|previous|following|same|that|earlier|later|ago|today|yesterday|tomorrow|coming|past)\b",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(_MON, re.IGNORECASE)
_NOW_WORDS = re.compile(
    r"\b(?:this|last|next|ago|today|yesterday|tomorrow|coming|past|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b",
    re.IGNORECASE,
)
_IN_YEAR = re.compile(r"\b(?:in|during|of)\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _narrative_years(text: str, out: list[DateMention], anchor: dt.date, deadlines: set[int]) -> list[DateMention]:
    """ "On 17 March 2023, the Chamber issued a warrant. On 20 March, Russia opened a case": a day or
    month told without its year, in a paragraph that told a year before it, is of that year (the
    year after across a year's turn: "in December 2024 ... in January"), not of the document's. A new paragraph starts again from the document's year."""
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    told: tuple[int, int | None, int] | None = None  # (year, month, paragraph)
    fixed = []
    for d in sorted(out, key=lambda d: d.start):
        para = bisect.bisect_right(breaks, d.start)
        if told is not None and told[2] != para:
            told = None
        year = _HAS_YEAR.search(d.text)
        if year is not None and d.value:
            parts = d.value.split("-")
            if len(parts) > 1 or _IN_YEAR.search(text, max(0, d.start - 20), d.start):  # not "the 2023 cyberattack"
                told = (int(year.group()), int(parts[1]) if len(parts) > 1 else None, para)
            fixed.append(d)
            continue
        if _NOW_WORDS.search(d.text):  # "earlier this month", "on Thursday": the story is back in the present
            told = None
        if (
            told is None
            or not d.value
            or told[0] == anchor.year
            or d.start in deadlines
            or _NOT_NARRATIVE.search(d.text)
            or not _MONTH_WORD.search(d.text)
            or DEADLINE_LEAD.search(text, max(0, d.start - 40), d.start)
        ):
            fixed.append(d)
            continue
        month = int(d.value.split("-")[1]) if len(d.value) >= 7 else None
        turn = bool(month and told[1] and told[1] >= 10 and month <= 3)  # "in December 2024 ... in January"
        new_year = told[0] + turn  # not "(9 April 2014) ... when he attended a summit in February"
        shift = new_year - int(d.value[:4])
        fixed.append(
            dataclasses.replace(d, value=_shift_year(d.value, shift), end_value=_shift_year(d.end_value, shift))
        )
    return fixed


def _shift_year(value: str | None, shift: int) -> str | None:
    if not value or not shift:
        return value
    moved = f"{int(value[:4]) + shift:04d}{value[4:]}"
    return moved if parse_iso(moved) is not None and (len(moved) < 10 or _ok(*map(int, moved.split("-")))) else value


_PAST_TAGS = frozenset({"VBD", "VBN"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "\u2019ll", "wo", "going"})


def clause_future(tok: Any) -> bool:
    """Whether the clause a date hangs on speaks of the future: "will meet on Monday", "is due to
    open in March", not "said on Thursday that it would ..." (the weekday is the saying's)."""
    verb = tok
    for _ in range(12):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "aux":
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i != verb.i:
                verb = verb.head  # "Speaking on Wednesday, X said ...": the tense of the saying
            break
        if verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return bool(_FUTURE.search(tok.sent.text))
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    top = verb
    while top.dep_ in ("xcomp", "acomp") and top.head.i != top.i:  # "is due to open": the governing words
        top = top.head
    tops = [c for c in top.children if c.dep_ in ("aux", "auxpass")]
    lo = min([verb.i, top.i, *(c.i for c in kids), *(c.i for c in tops)])
    if any(c.lower_ in _FUTURE_AUX for c in kids + tops) or _FUTURE.search(tok.doc[lo : verb.i + 1].text):
        return True
    if any(t.tag_ in _PAST_TAGS and t.lower_ != "been" for t in [verb, top, *kids, *tops]):
        return False
    # "would" in another clause is the future of a past saying, not of this clause
    return bool(_FUTURE.search(tok.sent.text.replace("would", "")))


def _is_not_date(text: str, m: re.Match[str]) -> bool:
    """'May' and 'March' are also words: a yearless day-month needs a real month token."""
    span = m.group()
    if re.search(r"\bmay\b|\bmarch\b", span, re.IGNORECASE) and not re.search(r"\bMay\b|\bMarch\b", span):
        return True
    # "article 5 March" is not a thing, but "Section 3 May" could be; reject numbers glued to words
    before = text[max(0, m.start() - 12) : m.start()]
    return bool(re.search(r"(?:article|rule|para(?:graph)?|No\.?|page|chapter)\s*$", before, re.IGNORECASE))


# --- the document's own date -------------------------------------------------------------------
_HEADER_CHARS = 600
# "Last modified on Fri 7 Feb 2025": a weekday between the label and the date
_WEEKDAY_TAG = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
_LABELLED = re.compile(
    r"^\s*(?:first\s+)?(?:date|dated|published|posted(?:\s+on)?|issued|released)\s*[:\-]?\s*",
    re.IGNORECASE | re.MULTILINE,
)


def document_date(text: str) -> str | None:
    """The date a dateline or header gives the document, at day (or month) precision."""
    head = text[:_HEADER_CHARS]
    listed = _listing_lines(head)
    found = [
        d
        for d in find_dates(head, None)
        if d.value and len(d.value) == 10 and not d.end_value and head.rfind("\n", 0, d.start) + 1 not in listed
    ]
    # "Last updated: 20 January 2025", "Accessed 3 May 2025": the page's later life, not its date
    later = [d for d in found if _LATER_LABEL.search(head[max(0, d.start - 40) : d.start])]
    found = [d for d in found if d not in later] or later
    labelled = [d for d in found if _LABELLED.search(head[max(0, d.start - 40) : d.start])]
    if labelled:
        return labelled[0].value
    standing = [d for d in found if _dateline(head, d) and not d.end_value and not _ambiguous_numeric(d.text)]
    if standing:
        return standing[0].value
    unambiguous = [d for d in found if not _ambiguous_numeric(d.text)]
    if unambiguous:
        return unambiguous[0].value
    if found:
        return found[0].value
    months = [d for d in find_dates(head, None) if d.value and len(d.value) == 7 and _dateline(head, d)]
    if not found and months:  # "Newsletter No. 9 | January 2015"
        return _dateline_day(text, months[0].value) or months[0].value
    code = _CODE_DATE.search(head)
    if code and _ok(int(code.group(1)), int(code.group(2)), int(code.group(3))):  # "ICC-CPI-20250312-PR1234"
        return f"{code.group(1)}-{code.group(2)}-{code.group(3)}"
    tail_start = max(0, len(text) - 300)
    for d in find_dates(text[tail_start:], None):
        line = _line_at(text, tail_start + d.start)
        if d.value and len(d.value) == 10 and len(line) <= len(d.text) + 40:
            return d.value
    return None


# "3 March 2024 – Court holds hearing" / "10 May 2024 | New judges elected": a line of a list of stories
_LISTED = re.compile(
    r"^[ \t]*(?:\d{1,2}\s+\w+\.?,?\s+\d{4}|\w+\.?\s+\d{1,2},\s+\d{4})\s*[-|\u2013\u2014]\s*\S", re.MULTILINE
)


def _listing_lines(head: str) -> set[int]:
    """The starts of the lines of a menu or sidebar listing dated stories, two or more in a row: their
    dates are other pages', not the document's."""
    starts = [m.start() for m in _LISTED.finditer(head)]
    out = set()
    for a, b in itertools.pairwise(starts):
        if head.count("\n", a, b) == 1:  # consecutive lines
            out.update((a, b))
    return out


_LATER_LABEL = re.compile(
    r"\b(?:updated|modified|revised|amended|reviewed|accessed|retrieved|printed|downloaded|viewed|edited)"
    r"(?:\s+(?:on|at))?\s*[:\-]?\s*" + _WEEKDAY_TAG + "$",
    re.IGNORECASE,
)
_CODE_DATE = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]+)*-((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)(?:-|\b)")
_YEARLESS_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][\w .'/-]{{2,60}},\s*(?:(?P<m1>{_MON})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{_MON}))\b(?![,\s]*\d{{4}})",
    re.MULTILINE,
)
_WEEKDAY_RE = re.compile(r"\b(?:on|last|this)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _dateline_day(text: str, month: str) -> str | None:
    """ "Summary Report | December 2025 ... THE HAGUE, 9 December (CICC) -": the header's month and year,
    the year-less dateline's day (only when the dateline names the same month)."""
    m = _YEARLESS_DATELINE.search(text[:_WIRE_HEAD_CHARS])
    if not m or _month(m.group("m1") or m.group("m2")) != int(month[5:7]):
        return None
    return _iso(int(month[:4]), int(month[5:7]), _day(m.group("d1") or m.group("d2")))


def yearless_dateline(text: str, today: dt.date | None = None) -> str | None:
    """ "BUDAPEST, April 3 (Wire) - X said on Thursday ...": a wire dateline without its year.

    The year is the latest one, not after today's nor before any year the text mentions, in which
    the dateline's day falls on the weekday the lead gives ("on Thursday" = the dateline's day).
    A lead without a weekday: the page's stamped year, else the latest year the text mentions.
    """
    m = _YEARLESS_DATELINE.search(text[:_WIRE_HEAD_CHARS])
    if not m:
        return None
    wd = _WEEKDAY_RE.search(text, m.end(), m.end() + 400)
    month, day = _month(m.group("m1") or m.group("m2")), _day(m.group("d1") or m.group("d2"))
    today = today or dt.date.today()
    if not wd:
        return _stamped_or_latest(text, month or 0, day or 0, today)
    # a text speaks of the year before its own at the latest ("a budget for 2025" told in December 2024)
    floor = max((int(y) for y in re.findall(rf"\b({_YEAR})\b", text)), default=1999) - 1
    weekday = WEEKDAYS[wd.group(1).lower()]
    # a page's footer or byline names its year ("(c) 2025 Wire News", "Copyright 2024"): tried first
    stamped = [int(y) for y in _STAMP_YEAR.findall(text)]
    tries = [(y, lag) for y in stamped[:1] if floor <= y <= today.year for lag in (0, 1)]
    # the dateline's own day, else the day after the lead's ("Dec 19 - ... on Thursday"): the latest year;
    # a story that also tells what happened "on Friday" after Thursday's news is dated Friday
    lags = (1, 0) if _tells_next_day(text, m.end(), weekday) else (0, 1)
    tries = [(y, lag) for y, lag in tries if lag == lags[0]] + [(y, lag) for y, lag in tries if lag == lags[1]]
    tries += [(y, lag) for lag in lags for y in range(today.year, floor - 1, -1)]
    for year, lag in tries:
        if not _ok(year, month or 0, day):
            continue
        day_told = dt.date(year, month or 0, day or 0)
        if day_told <= today and (day_told.weekday() - lag) % 7 == weekday:
            return day_told.isoformat()
    return None


_WIRE_HEAD_CHARS = 1500  # a scraped page's menus come before the dateline
_DAYS = list(WEEKDAYS)


def _tells_next_day(text: str, start: int, weekday: int) -> bool:
    """Whether the story, after a lead telling "on Thursday", tells of "on Friday" too: a wire
    does not call a day six days back by its weekday alone, so Friday is the dateline's own day."""
    after = _DAYS[(weekday + 1) % 7]
    return bool(re.search(rf"\b(?:on|late|early)\s+(?:on\s+)?{after}\b", text[start : start + 4000], re.IGNORECASE))


def _stamped_or_latest(text: str, month: int, day: int, today: dt.date) -> str | None:
    """ "WASHINGTON, Aug 21 (Wire) - ... (c) 2025": the stamped year, else the latest year mentioned
    (the year before it when the day would lie after today)."""
    years = [int(y) for y in _STAMP_YEAR.findall(text)][:1] or _writing_year(text)
    for year in (years[0], years[0] - 1) if years else ():
        if _ok(year, month, day) and dt.date(year, month, day) <= today:
            return dt.date(year, month, day).isoformat()
    return None


# "will take effect in June 2026", "the budget for 2026", "until 2028": a year to come, not the year of writing
_FUTURE_YEAR = re.compile(
    r"\b(?:for|until|till|through|by|will|would|shall|due|effect|next|expected|scheduled|planned|ahead)\b[^.;\n]{0,30}$",
    re.IGNORECASE,
)


def _writing_year(text: str) -> list[int]:
    """The year a text without a stamped one was written in: the latest year it tells as past or present
    ("sanctioned in February 2025"), unless that is older than the year before the first year it looks
    ahead to ("notified its withdrawal, which will take effect in June 2026": 2025)."""
    told, ahead = set(), set()
    for m in re.finditer(rf"\b({_YEAR})\b", text):
        (ahead if _FUTURE_YEAR.search(text, max(0, m.start() - 40), m.start()) else told).add(int(m.group(1)))
    if told and (not ahead or max(told) >= min(ahead) - 1):
        return [max(told)]
    return [min(ahead) - 1] if ahead else []


_STAMP_YEAR = re.compile(r"(?:\u00a9|\(c\)|\bcopyright)\s*(?:\u00a9\s*)?((?:19|20)\d\d)\b", re.IGNORECASE)


def _not_a_range_end(text: str, given: str) -> str | None:
    """A date read from the end of a range in the header ("New York, 4-14 December 2023") is the
    session's last day, not the document's: the header's own single date replaces it."""
    head = text[:_HEADER_CHARS]
    found = find_dates(head, None)
    if any(d.end_value == given and d.value != given for d in found) and not any(
        d.value == given and not d.end_value for d in found
    ):
        return document_date(text)
    return None


_DATELINE_TAIL = re.compile(r"\s*(?:\([\w .]+\))?\s*(?:[-|\u2013\u2014:]|\n|$)")


def _dateline(head: str, d: DateMention) -> bool:
    """A date standing on its own line or closing a dateline ("THE HAGUE, 4 May 2023 -",
    "Press release | 12 March 2025"), not one inside a sentence or a subtitle ("... of 11 June 2020)")."""
    line_start = head.rfind("\n", 0, d.start) + 1
    prefix = head[line_start : d.start]
    if re.search(r"\b(?:of|on|since|from|in|between|by|to|until|after|before)\s*$|[(]\s*$", prefix, re.IGNORECASE):
        return False
    if re.search(r"\b[a-z]{3,}\b", prefix.replace("ssued", "").replace("elease", "")):
        return False
    return bool(_DATELINE_TAIL.match(head, d.end))


def _from_ingest(text: str, given: str) -> bool:
    """Whether ``given`` is the ingest's own reading of the text (not a date the source declared)."""
    from ...ingest.dates import find_document_date

    return find_document_date(text) == given


def _ambiguous_numeric(s: str) -> bool:
    m = re.fullmatch(r"([0-3]?\d)[/.-]([01]?\d)[/.-]\d{4}", s.strip())
    return bool(m) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2)


def _line_at(text: str, offset: int) -> str:
    s = text.rfind("\n", 0, offset) + 1
    e = text.find("\n", offset)
    return text[s : e if e >= 0 else len(text)].strip()


class DocumentDate:
    """Sets the document's date from its dateline or header when it came without one."""

    name = "dates.document"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        if ctx.document.date:
            text, given = ctx.document.text, ctx.document.date
            better = _not_a_range_end(text, given)
            if not better and _from_ingest(text, given):
                better = document_date(text)
            if better and better != given:
                ctx.document = dataclasses.replace(ctx.document, date=better)
            return
        value = document_date(ctx.document.text) or yearless_dateline(ctx.document.text)
        if value:
            ctx.document = dataclasses.replace(ctx.document, date=value)
            ctx.notes["document_date_found"] = True


class DateMentions:
    """Finds every date expression and resolves it against the document's date."""

    name = "dates.mentions"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        anchor = parse_iso(ctx.document.date)
        doc = ctx.doc

        def future_at(offset: int) -> bool:
            span = doc.char_span(offset, offset + 1, alignment_mode="expand") if doc is not None else None
            if span is None:
                return bool(_FUTURE.search(text[max(0, offset - 80) : offset + 40]))
            return clause_future(span[0])

        extra = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"] if doc is not None else []
        ctx.dates = find_dates(text, anchor, future_at, extra)


COMPONENTS = [DocumentDate(), DateMentions()]

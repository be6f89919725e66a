"""Dates told by reference to an earlier one: "the previous day", "the following week", "on the 20th",
"later that month", "a year later", each read against the last date the text told before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..context import DateMention
from .forms import _NUMBERS
from .values import _iso, _shift_month, _shift_year, _week_start, parse_iso

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


# a day told by the session's count, no date of the text: "On the opening day", "on its second day"
_SESSION_DAY = re.compile(
    r"\b(?:on|during)\s+(?:the|its)\s+(?:opening|closing|first|second|third|fourth|fifth|sixth|final|last)\s+day\b",
    re.IGNORECASE,
)


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
        if m.group("same") and _SESSION_DAY.search(text, before[-1].end, s):
            continue  # (r9) "On the opening day the Assembly elected X. Y welcomed it the same afternoon": the session's day
        if m.group("same") and len(before[-1].value) < 10:
            # "on Wednesday imposed ..., a campaign that began in February. X condemned it the same day": a
            # day, so the last day told (close by), not a month told in passing since
            near = [d for d in before if len(d.value) == 10 and not d.end_value and s - d.end <= _SAME_DAY_REACH]
            if near:
                before = near
        if m.group("same") and (framed := _framing_day(text, s, before)) is not None:
            before = [*before, framed]  # (r12) "On 21 November, X ..., filed on 20 May. On the same day, Y"
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


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?\s+(?=[\"\u201c(]?[A-Z])|\n\s*\n")
_SENTENCE_OPENER = re.compile(r"\s*(?:(?:On|In|By|As of)\s+)?$")


def _framing_day(text: str, s: int, before: list[DateMention]) -> DateMention | None:
    """The day the previous sentence opens with, when "the same day" opens its own sentence: "On 3
    March 2025, the judges granted what counsel had sought back on 9 January 2025. On the same day, they ..."
    is 3 March, not the day told last, inside the first sentence's story."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, s - 1200), s + 2) if m.end() <= s]
    if not starts or text[starts[-1] : s].strip(' \t\n"\u201c('):
        return None  # the anaphor does not open its sentence
    para = text.rfind("\n\n", 0, starts[-1] - 1)
    prev_start = starts[-2] if len(starts) > 1 else (para + 2 if para >= 0 else 0)
    first = next((d for d in before if d.start >= prev_start), None)
    if first is None or len(first.value) != 10 or first.end_value or first is before[-1]:
        return None
    return first if _SENTENCE_OPENER.fullmatch(text, prev_start, first.start) else None


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
            yield DateMention(s, e, text[s:e], str(int(before[-1].value[:4]) + shift))
            continue
        shift = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        shift = shift if m.group("dir").lower() == "later" else -shift
        # (r8 gaps) "notified on 2 June 2025 ... effective one year later": 2 June 2026, as fine as the base
        yield DateMention(
            s, e, text[s:e], _shift_year(before[-1].value, shift) or str(int(before[-1].value[:4]) + shift)
        )

"""Wire datelines without their year ("BUDAPEST, April 3 (Wire) - ..."): the year from the lead's
weekday, the page's stamped year or the years the text tells.
"""

from __future__ import annotations

import datetime as dt
import re

from .forms import _DAY, _MON, _YEAR, WEEKDAYS
from .values import _day, _iso, _month, _ok

_YEARLESS_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][\w .'/-]{{2,60}},\s*(?:(?P<m1>{_MON})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{_MON}))\b(?![,\s]*\d{{4}})",
    re.MULTILINE,
)
_WEEKDAY_RE = re.compile(
    r"\b(?:on|last|this)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?<=, )(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?=[a-z]+ed\b)"  # (r11) "X, Tuesday rejected"
)


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
    weekday = WEEKDAYS[(wd.group(1) or wd.group(2)).lower()]
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
    # (r9) "Nov 14 (Reuters) - ... on Tuesday voted", a Friday's story of Tuesday's act: no year puts the
    # dateline on or just after that weekday, so the weekday tells of days back; the year as without one
    return _stamped_or_latest(text, month or 0, day or 0, today)


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

"""Resolution of a matched date form into ISO values: absolute dates and ranges (``_build``), relative
expressions ("last year", "two weeks ago", "on Tuesday") and months told without their year,
read against the document's date.
"""

from __future__ import annotations

import datetime as dt
import re

from .forms import _NUMBERS, MONTHS, WEEKDAYS
from .values import _day, _infer_year, _iso, _month, _shift_month, _week_start


def _build(
    kind: str, g: dict[str, str | None], anchor: dt.date | None, month_first: bool = False
) -> tuple[str | None, str | None]:
    y = int(g["y"]) if g.get("y") else None
    kind = kind[1:] if kind in ("bdmdm", "bddm") else kind
    if kind == "iso":
        return _iso(y, int(g["m1"] or 0), int(g["d1"] or 0)), None
    if kind == "num":
        a, b = int(g["a"] or 0), int(g["b"] or 0)
        if a > 12 or a == b:
            return (_iso(y, b, a), None) if b <= 12 else (None, None)
        if b > 12 or month_first:  # (r11) a text whose numeric dates show the month first ("6/20/2013")
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
        if step == -1 and anchor.weekday() == 6:  # (r11) "last week" told on a Sunday: the working week just ended
            step = 0
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
    if lead == "last" and back <= 1:  # (r9) "last Thursday" told on a Friday: not yesterday, the week before's
        back += 7
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

"""Partial ISO dates ("2022", "2022-12", "2022-12-22") as inclusive day ranges."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_range(value: str | dt.date | None) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a (partial) ISO date; None for empty or unparseable input."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value, value
    m = _PARTIAL.match(str(value).strip()[:10])
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        day = dt.date(year, int(m.group(2)), int(m.group(3)))
        return day, day
    if m.group(2):
        month = int(m.group(2))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def first_day(value: str | dt.date | None) -> dt.date | None:
    """Earliest day of a (partial) date."""
    rng = parse_range(value)
    return rng[0] if rng else None


def last_day(value: str | dt.date | None) -> dt.date | None:
    """Latest day of a (partial) date."""
    rng = parse_range(value)
    return rng[1] if rng else None


def midpoint(value: str | dt.date) -> dt.date | None:
    """Middle day of a (partial) date, used to pick one representative day for a month or year."""
    rng = parse_range(value)
    if rng is None:
        return None
    return rng[0] + (rng[1] - rng[0]) // 2


def today() -> dt.date:
    """The current day (kept in one place so callers can reason about 'current')."""
    return dt.date.today()

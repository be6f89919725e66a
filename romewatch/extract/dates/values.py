"""ISO date values at the precision the text gives (``2025``, ``2025-12``, ``2025-12-01``) and the
small date arithmetic done on them: a year for a day-month, week starts, month and year shifts.
"""

from __future__ import annotations

import datetime as dt
import re

from .forms import MONTHS


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


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _shift_month(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _shift_year(value: str | None, shift: int) -> str | None:
    if not value or not shift:
        return value
    moved = f"{int(value[:4]) + shift:04d}{value[4:]}"
    return moved if parse_iso(moved) is not None and (len(moved) < 10 or _ok(*map(int, moved.split("-")))) else value

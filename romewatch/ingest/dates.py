"""The document's own date, read from the top of its text (datelines, "Date:" lines, headers)."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 4 May 2023
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # May 4, 2023
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2023-05-04
]
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)  # May 2023
_TOP_CHARS = 800


def parse_date(text: str) -> str | None:
    """The first full date in ``text`` as ISO (YYYY-MM-DD), else a month (YYYY-MM), else None."""
    best: tuple[int, str] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso and (best is None or match.start() < best[0]):
                best = (match.start(), iso)
                break
    if best:
        return best[1]
    match = _MONTH_YEAR.search(text)
    if match:
        return f"{int(match['year']):04d}-{_month(match['month']):02d}"
    return None


def find_document_date(text: str) -> str | None:
    """The date a document gives itself near its top, or None: the extractor's reading
    (``extract.dates.document_date``: labelled lines, datelines, "22\u060c Dec 2022", "Published:
    03/12/2024", "Last updated" left aside), so that ingest and extraction agree; a year-less wire
    dateline only when the page stamps its year.

    >>> find_document_date("THE HAGUE, 4 May 2023 \u2013 The Court said ...")
    '2023-05-04'
    >>> find_document_date("Statement\\nDate: 22 Dec 2022\\n...")
    '2022-12-22'
    >>> find_document_date("Nothing dated here.") is None
    True
    """
    from ..extract.dates import document_date, yearless_dateline
    from ..extract.dates.document import _timeline_lines, caption_line

    found = document_date(text or "")
    if found:
        return found
    opening = "\n".join((text or "")[:_TOP_CHARS].splitlines()[:8])
    timeline = _timeline_lines(text or "")
    for pattern in _PATTERNS:  # else a full date of the opening lines ("The Hague, 14-22 November 2012")
        for match in pattern.finditer(opening):  # not a photo caption's ("... on 22 April 2025 (Name / AFP)")
            line = opening.rfind("\n", 0, match.start()) + 1  # nor a timeline's first entry
            if not caption_line(opening, match.start()) and line not in timeline and (iso := _iso(match)):
                return iso
    if _STAMP.search(text or ""):  # "MANILA, March 12 (Wire) - ... on Tuesday ... (c) 2025 Wire News"
        return yearless_dateline(text)
    return None


_STAMP = re.compile(r"(?:\u00a9|\(c\)|\bcopyright)\s*(?:19|20)\d\d\b", re.IGNORECASE)


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")] if not token.isdigit() else int(token)


def _iso(match: re.Match[str]) -> str | None:
    try:
        return date(int(match["year"]), _month(match["month"]), int(match["day"])).isoformat()
    except (ValueError, KeyError):
        return None

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

import dataclasses
import datetime as dt
import itertools
import re

from ..context import DateMention, DocContext
from .forms import _DAY, _MON, _YEAR, WEEKDAYS
from .mentions import DateMentions, find_dates
from .values import _day, _iso, _month, _ok, parse_iso

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


COMPONENTS = [DocumentDate(), DateMentions()]

__all__ = [
    "COMPONENTS",
    "DateMentions",
    "DocumentDate",
    "document_date",
    "find_dates",
    "parse_iso",
    "yearless_dateline",
]

"""The document's own date, read from its dateline or header (``document_date``), and the
``DocumentDate`` component that sets it when the document came without one (or with a poor one).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from functools import lru_cache

from ..context import DateMention, DocContext
from .mentions import find_dates
from .values import _ok
from .wire import _dateline_day, yearless_dateline

_HEADER_CHARS = 600
# "Last modified on Fri 7 Feb 2025": a weekday between the label and the date
_WEEKDAY_TAG = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
_LABELLED = re.compile(
    r"^\s*(?:first\s+)?(?:date|dated|published|posted(?:\s+on)?|issued|released)\s*[:\-]?\s*",
    re.IGNORECASE | re.MULTILINE,
)


@lru_cache(maxsize=8)
def _head_dates(head: str) -> tuple[DateMention, ...]:
    """The dates of a document's header, read once (``document_date`` and its callers read them several times)."""
    return tuple(find_dates(head, None))


@lru_cache(maxsize=8)  # (the ingest's reading and the extractor's both ask, for the same text)
def document_date(text: str) -> str | None:
    """The date a dateline or header gives the document, at day (or month) precision."""
    head = text[:_HEADER_CHARS]
    listed = _listing_lines(head) | _timeline_lines(text)
    found = [
        d
        for d in _head_dates(head)
        if d.value
        and len(d.value) == 10
        and not d.end_value
        and head.rfind("\n", 0, d.start) + 1 not in listed
        and not caption_line(head, d.start)
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
    lower = _lower_dateline(text)
    if lower:  # (r12) "GENEVA, Switzerland, March 4, 2019/APO/ --" below a long headline and standfirst
        return lower
    months = [d for d in _head_dates(head) if d.value and len(d.value) == 7 and _dateline(head, d)]
    if months and found and not any(d.value.startswith(months[0].value) for d in found):
        # (r9) "BULLETIN No. 14 | July 2025 ... for whom the Chamber issued a warrant on 21 November 2024":
        # the header's month, not a day the first paragraph tells
        return _dateline_day(text, months[0].value) or months[0].value
    unambiguous = [d for d in found if not _ambiguous_numeric(d.text)]
    if unambiguous:
        return unambiguous[0].value
    if found:
        return found[0].value
    months = [d for d in _head_dates(head) if d.value and len(d.value) == 7 and _dateline(head, d)]
    if not found and months:  # "Newsletter No. 9 | January 2015"
        return _dateline_day(text, months[0].value) or months[0].value
    code = _CODE_DATE.search(head)
    if code and _ok(int(code.group(1)), int(code.group(2)), int(code.group(3))):  # "ICC-CPI-20250312-PR1234"
        return f"{code.group(1)}-{code.group(2)}-{code.group(3)}"
    tail_start = max(0, len(text) - 300)
    for d in find_dates(text[tail_start:], None):
        line = _line_at(text, tail_start + d.start)
        if (
            d.value
            and len(d.value) == 10
            and len(line) <= len(d.text) + 40
            and not listed & {text.rfind("\n", 0, tail_start + d.start) + 1}
        ):
            return d.value
    return None


_LOWER_CHARS = 1500


def _lower_dateline(text: str) -> str | None:
    """A dateline standing below the header's reach (after a long headline and standfirst), when the
    header itself shows none: "GENEVA, Switzerland, March 4, 2019/APO/ --" opening the body."""
    if len(text) <= _HEADER_CHARS:
        return None
    lower = text[:_LOWER_CHARS]
    for d in _head_dates(lower):
        if d.start < _HEADER_CHARS or not d.value or len(d.value) != 10 or d.end_value:
            continue
        line_start = lower.rfind("\n", 0, d.start) + 1
        if _CITY_LEAD.match(lower, line_start, d.start) and _dateline(lower, d) and not caption_line(lower, d.start):
            return d.value
    return None


# the place a dateline opens with: "GENEVA, Switzerland, ", "NEW YORK, United States of America, "
_CITY_LEAD = re.compile(
    r"[ \t]*[A-Z][A-Z .'-]{2,}(?:\([A-Za-z .]+\))?,(?:\s+[A-Z][\w.'-]*(?:\s+(?:of|the|and)\b|\s+[A-Z][\w.'-]*)*,)?\s*$"
)

# a photo caption with its credit: "... in Moscow on April 22, 2025 (Name / POOL / AFP)",
# "FILE - ..., Jan. 9, 2025. (AP Photo/Name, File)", "(August 28, 2018) / Reuters", "Photo: ..."
_CREDIT_END = re.compile(
    r"(?:\([^()\n]*(?:(?<!\d)/(?!\d)|\bPhoto\b|\bphoto\b|\bFile\b|\bGetty\b)[^()\n]*\)|\)\s*/\s*[A-Z][\w ]{1,30})[ \t.]*$"
)
_CAPTION_LEAD = re.compile(
    r"[ \t]*(?:FILE\s*[-\u2013\u2014:]|(?:Photo|Photograph|Picture|Image)(?:\s+credit)?\s*:)", re.IGNORECASE
)


def caption_line(text: str, pos: int) -> bool:
    """Whether ``pos`` lies on a photo caption's line: its date is the picture's, not the page's."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return bool(_CREDIT_END.search(line) or _CAPTION_LEAD.match(line))


# "3 March 2024 – Court holds hearing" / "10 May 2024 | New judges elected": a line of a list of stories
_LISTED = re.compile(
    r"^[ \t]*(?:\d{1,2}\s+\w+\.?,?\s+\d{4}|\w+\.?\s+\d{1,2},\s+\d{4})\s*[-|\u2013\u2014]\s*\S", re.MULTILINE
)


_TIMELINE_CHARS = 3000
_TIMELINE_DASH = re.compile(r"\s*[-\u2013\u2014:]\s+\S")


def _timeline_lines(text: str) -> frozenset[int]:
    """(r12) The starts of the lines of a timeline ("1 July 2002 - the treaty comes into effect", blank
    lines between entries): three or more lines opened by different dates and a dash are its events,
    and its first entry is not the page's date."""
    part = text[:_TIMELINE_CHARS]
    opening = [
        (part.rfind("\n", 0, d.start) + 1, d.value)
        for d in _head_dates(part)
        if d.value
        and not part[part.rfind("\n", 0, d.start) + 1 : d.start].strip()
        and _TIMELINE_DASH.match(part, d.end)
    ]
    return frozenset(s for s, _ in opening) if len({v for _, v in opening}) >= 3 else frozenset()


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


def _not_a_range_end(text: str, given: str) -> str | None:
    """A date read from the end of a range in the header ("New York, 4-14 December 2023") is the
    session's last day, not the document's: the header's own single date replaces it."""
    head = text[:_HEADER_CHARS]
    found = _head_dates(head)
    ranges = [d for d in found if d.end_value == given and d.value != given]
    if ranges and not any(d.value == given and not d.end_value for d in found):
        own = document_date(text)
        if own is None and _OPENED_TODAY.search(head):
            # (r12) "The session opened today ... It runs from 2 to 7 December 2024": today is the first day
            return ranges[0].value
        return own
    return None


_OPENED_TODAY = re.compile(
    r"\b(?:open(?:s|ed)?|beg(?:an|ins?)|start(?:s|ed)?|convene(?:s|d)?|kick(?:s|ed)\s+off)\b[^.\n]{0,80}\btoday\b"
    r"|\btoday\b[^.\n]{0,20}\b(?:open(?:s|ed)|beg(?:an|ins)|start(?:s|ed)|convene(?:s|d))\b",
    re.IGNORECASE,
)


_DATELINE_TAIL = re.compile(r"\s*(?:\([\w .]+\)|/\s*[A-Za-z][\w ]{1,20}/)?\s*(?:[-|\u2013\u2014:]|\n|$)")


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

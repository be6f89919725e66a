"""Which date an event gets: the nearest date of its clause, not the dateline's.

Dateline and header dates are the document's own; a bare month ("In October") is read against the
document's date; "At that time" takes the last date told; statements and other voice events fall
back to the document's date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from ..context import DocContext


MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
BARE_MONTH = re.compile(
    r"\b((?i:in|last|since|early|late|mid|during|until|by|of))\s+(?:early\s+|late\s+|mid-?)?("
    + "|".join(m.title() for m in MONTHS)
    + r")\b(?!\s+\d)"
)
HEADER_AFTER = re.compile(r"\s*(?:\([\w ]+\))?\s*(?:[-\u2013\u2014]|\n|$)")
ANAPHORIC = re.compile(
    r"\W*(?:at that time|at the time|on the same day|the same day|that day|on that day|on the day|the next day|the following day|then|later that day)\b",
    re.IGNORECASE,
)
VOICE_TYPES = frozenset({"statement", "demand", "support", "condemnation", "commitment"})


def header_date(ctx: DocContext, d: Any) -> bool:
    """A dateline or header date ("THE HAGUE, 4 May 2023 -"): the document's date, not an event's."""
    text = ctx.document.text
    if d.start > 800:
        return False
    line_start = text.rfind("\n", 0, d.start) + 1
    prefix = text[line_start : d.start]
    if re.search(r"\b(?:today|on|since|from|in|between|of)\b", prefix, re.IGNORECASE) or re.search(
        r"\b[a-z]{4,}\b", prefix.replace("ssued", "")
    ):
        return False
    return bool(HEADER_AFTER.match(text, d.end))


def nearest_date(
    ctx: DocContext, sent: Span, anchor: Token | None = None, region: tuple[int, int] | None = None
) -> tuple[str | None, str | None]:
    lo, hi = region or (sent.start_char, sent.end_char)
    ds = [d for d in ctx.dates_in(lo, hi) if d.value and not header_date(ctx, d)]
    pos = anchor.idx if anchor is not None else sent.start_char
    if ds:
        d = min(ds, key=lambda d: abs(d.start - pos) if d.start >= pos else 1.3 * abs(pos - d.end))
        return d.value, d.end_value
    doc_date = ctx.document.date or ""
    if ANAPHORIC.match(sent.text):  # "At that time, ...", "The same day, ...": the last date told
        prev = [d for d in ctx.dates if d.value and d.end <= sent.start_char and not header_date(ctx, d)]
        if prev:
            return prev[-1].value, prev[-1].end_value
    m = BARE_MONTH.search(ctx.document.text[lo:hi])
    if m and re.match(r"\d{4}", doc_date):
        year, month = int(doc_date[:4]), MONTHS.index(m.group(2).lower()) + 1
        doc_month = int(doc_date[5:7]) if len(doc_date) >= 7 else 12
        if month > doc_month or (m.group(1).lower() == "last" and month >= doc_month):
            year -= 1
        return f"{year:04d}-{month:02d}", None
    return None, None

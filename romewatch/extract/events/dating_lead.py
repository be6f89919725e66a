"""The date a paragraph or a story's lead opens with, which what they tell without a date of its own
takes ("On 3 September, Putin travelled to Mongolia. Groups condemned the visit.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates.values import parse_iso
from .dating_text import _dates, paragraph_start

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

LEAD_PHRASE = re.compile(
    r"\s*(?:(?:on|in|since|during|by|at the end of|early|late|mid-?)\s+)?(?:(?:the|its)\s+)?$", re.IGNORECASE
)


def _paragraph_lead(ctx: DocContext, pos: int, not_after: str) -> tuple[str, str | None] | None:
    """The date a paragraph opens with ("On 3 September, ...", "In June, ..."), which its past acts
    told without a date of their own inherit (never a date after ``not_after``)."""
    text = ctx.document.text
    lo = paragraph_start(text, pos)
    if lo >= pos:
        return None
    from .dating_session import _session_phrases  # "On the opening day, the Assembly elected ..."

    told = sorted(_dates(ctx, lo, pos) + _session_phrases(ctx, lo, pos), key=lambda d: d.start)
    if not told or not LEAD_PHRASE.fullmatch(text[lo : told[0].start]):
        return None
    # "Earlier this month, on 3 May, ...": the most precise of the dates the lead strings together
    lead = [told[0]]
    for d in told[1:]:
        if not re.fullmatch(r"[\s,]*(?:on|in)?\s*", text[lead[-1].end : d.start]):
            break
        lead.append(d)
    best = max(lead, key=lambda d: len(d.value or ""))
    if not best.value or best.value > not_after[: len(best.value)]:
        return None
    return best.value, best.end_value


def _lead_date(ctx: DocContext, not_after: str | None, start: int | None = None) -> tuple[str, str | None] | None:
    """The date the lead (the first sentence after the header) gives what the headline announces:
    "Statement on the designation of further officials" / "... the decision announced yesterday"."""
    start = ctx.notes.get("events.header_end", 0) if start is None else start
    text = ctx.document.text
    while start < len(text) - 1 and text[start].isspace():
        start += 1
    span = ctx.doc.char_span(start, min(len(ctx.document.text), start + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    limit = not_after or ctx.document.date or ""
    for d in _dates(ctx, sent.start_char, sent.end_char):
        if d.value and d.value <= limit[: len(d.value)]:
            return (d.value, d.end_value) if _news(d.value, ctx.document.date) else None
    return None


NEWS_DAYS = 45  # (r9) how far back a lead's date may lie and still be the headline's news


def _news(value: str, today: str | None) -> bool:
    """Whether a lead's date is the news a headline tells, not the background its first paragraph recounts
    ("DECISION on the non-compliance by South Africa ... 1. On 4 March 2009, the Chamber issued a warrant"):
    a date weeks or years before the document's is the story's past, and the headline's act is of the day."""
    start, day = parse_iso(value), parse_iso(today)
    if start is None or day is None or not today or len(today) < 10:
        return True
    return (day - start).days <= NEWS_DAYS + (31 if len(value) == 7 else 366 if len(value) == 4 else 0)

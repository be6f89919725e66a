"""News wires: the day a wire's lead tells, which the reactions it reports without a day take.

"WASHINGTON, Feb 7 (Wire) - X on Thursday signed ... The court condemned the order, saying ...": the
court's condemnation is Thursday's news, not the dateline's.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..dates import parse_iso
from .dating import _dates, _now_tense, paragraph_start

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

# "WASHINGTON/THE HAGUE, Feb 7 (Wire) - ", "BRUSSELS, 22 November 2024 (AFP) -", "THE HAGUE (ENW) -":
# a news wire's dateline
WIRE_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z .'/-]{1,50}?(?:,\s*[^\n()]{3,30}?)?\s*(?:\([^)\n]{1,30}\)\s*)?[-\u2013\u2014]{1,2}\s",
    re.MULTILINE,
)
_LEAD_CHARS = 2500


def wire_day(ctx: DocContext) -> str | None:
    """The day of a news wire's main event, as its lead tells it by weekday ("BRUSSELS, Feb 7 (Wire)
    - X on Thursday signed ..."): the reactions and statements the story then reports without a day
    of their own ("The court condemned the order, saying ...") are told as that day's news, not the
    dateline's (at most a week before the document's date)."""
    if "events.wire_day" in ctx.notes:
        return ctx.notes["events.wire_day"]
    ctx.notes["events.wire_day"] = found = _wire_day(ctx)
    return found


def _wire_day(ctx: DocContext) -> str | None:
    today = parse_iso(ctx.document.date)
    if today is None or len(ctx.document.date or "") != 10 or ctx.doc is None:
        return None
    text = ctx.document.text
    m = WIRE_DATELINE.search(text, 0, _LEAD_CHARS)
    place = re.match(r"[ \t]*([^,(\u2013\u2014]+?)\s*(?:[,(\u2013\u2014]|-\s)", m.group(0)) if m else None
    if m is None or not (re.search(r"\d|\(", m.group(0)) or place and place.group(1).isupper()):
        return None  # it tells a day, names its agency ("THE HAGUE (ENW) -") or its place in capitals
    span = ctx.doc.char_span(m.end(), min(len(text), m.end() + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    lead = span[0].sent
    for d in _dates(ctx, m.end(), lead.end_char):
        day = parse_iso(d.value) if d.value and len(d.value) == 10 and not d.end_value else None
        if day is not None and _news_of_the_day(day, today):  # "on Thursday", "yesterday", "today"
            return d.value
    return None


def _news_of_the_day(day: dt.date, today: dt.date) -> bool:
    """Whether a lead's day is the wire's own news: its day or the working day before (Friday's news on
    Monday). A story telling Monday's news on Thursday is a round-up: what it reports without a day of its
    own was said since, on the day of writing at the latest."""
    if not 0 <= (today - day).days <= 6:
        return False
    between = [day + dt.timedelta(days=k) for k in range(1, (today - day).days)]
    return all(d.weekday() >= 5 for d in between)


def wire_reaction_day(ctx: DocContext, pos: int, anchor: Token | None) -> str | None:
    """The wire's day for a past reaction told after its lead without a day of its own."""
    day = wire_day(ctx)
    if day is None or _now_tense(anchor):  # "Amnesty urges ...": said on the dateline's day
        return None
    m = WIRE_DATELINE.search(ctx.document.text, 0, _LEAD_CHARS)
    return day if m is not None and pos >= m.end() else None


def not_before_lead(ctx: DocContext, date: tuple[str | None, str | None], pos: int, anchor: Token | None) -> tuple:
    """A reaction a wire tells after its lead, dated only by the passage before it ("The judges had issued
    the warrant on March 7. Marcos told reporters ..."), is not older than the lead's news; dated only
    by the paragraph before its own ("On Friday, 79 states said ... \n\nAmnesty urged ..."), it is the
    lead's news too: a wire's paragraphs each tell another actor's reaction."""
    day = wire_reaction_day(ctx, pos, anchor)
    if day is None or not date[0] or len(date[0]) != 10 or date[0] == day:
        return date
    own = _dates(ctx, paragraph_start(ctx.document.text, pos), pos)
    if own and day == ctx.document.date:  # a lead telling today's news: "Biden ... late on Thursday. '...,' Biden said."
        return date
    return (day, None) if date[0] < day or not own else date

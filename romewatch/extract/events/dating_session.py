"""Days counted from a session's: "on the opening day", "in her closing remarks", "on its second day",
"on the eve of the session"; the days a session was held (told in the text, else the knowledge base)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dating_text import _dates

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DateMention, DocContext

# "on the first day" (of the session, or bare), not "on the first day of a four-day visit"
_OF_SESSION = (
    r"(?=\s*(?:of\s+(?:the|its|this\s+year['\u2019]s)\s+(?:(?:[\w-]+|\d+(?:st|nd|rd|th))\s+){0,2}?"
    r"(?:session|Assembly|ASP|meeting|plenary|general debate)\b|[,.;)]|\s+(?!of\b)))"
)
OPENING = re.compile(
    r"\b(?:opening (?:day|address|statement|remarks|speech|plenary|session|meeting|ceremony)|"
    rf"(?:at|during) the opening\b|(?:the|its) first day{_OF_SESSION})",
    re.IGNORECASE,
)
CLOSING = re.compile(
    r"\b(?:closing (?:day|address|statement|remarks|speech|plenary|session|meeting|ceremony)|"
    r"final (?:plenary|meeting)|"
    rf"(?:the|its) (?:final|last) day{_OF_SESSION}|(?:at|during) the closing\b)",
    re.IGNORECASE,
)
# "on the eve of the session": the day before it opened; "on its second day": counted from the first
EVE = re.compile(r"\b(?:on\s+)?the\s+eve\s+of\s+(?:the|its)\s+(?:session|Assembly|ASP)\b", re.IGNORECASE)
NTH_DAY = re.compile(
    rf"\b(?:the|its)\s+(?P<n>second|third|fourth|fifth|sixth)\s+day{_OF_SESSION}",
    re.IGNORECASE,
)
_NTH = {"second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}


def _session_phrases(ctx: DocContext, lo: int, hi: int) -> list[DateMention]:
    """ "on the opening day", "in her closing remarks": the first or last day of the session, as
    date mentions of their own (so that they compete with the sentence's other dates)."""
    import datetime as dt

    from ..context import DateMention

    chunk = ctx.document.text[lo:hi]
    found = [(m, 0) for m in OPENING.finditer(chunk)] + [(m, 1) for m in CLOSING.finditer(chunk)]
    found += [(m, -1) for m in EVE.finditer(chunk)] + [(m, 2) for m in NTH_DAY.finditer(chunk)]
    if not found:
        return []
    start, end = session_range(ctx, lo, hi) or (None, None)
    if not start:  # "The session ran from 1 to 6 December 2025. On the last day, ...": the days told just before
        start, end = _range_before(ctx, lo)
    if not start:
        return []
    out = []
    for m, which in found:
        value: str | None = start if which == 0 else (end or start)
        if which in (-1, 2):  # a day counted from the first, within the session
            if len(start) != 10:
                continue
            shift = -1 if which == -1 else _NTH[m.group("n").lower()]
            day = dt.date.fromisoformat(start) + dt.timedelta(days=shift)
            value = day.isoformat() if which == -1 or not end or day.isoformat() <= end else None
        if value:
            out.append(DateMention(lo + m.start(), lo + m.end(), m.group(), value))
    return out


# "at the twenty-third session", "during its 23rd session", "in the margins of the session": the occasion
AT_SESSION = re.compile(
    r"\b(?:at|during|in\s+the\s+course\s+of|(?:in|on)\s+the\s+(?:margins?|sidelines?)\s+of)\s+"
    r"(?:the\s+|its\s+|this\s+year['\u2019]s\s+)?"
    # (r9) "at the Assembly's twenty-first session", "during the ASP's 22nd session" (not a resumed one: its own days)
    r"(?:(?:Assembly|ASP)['\u2019]s\s+)?$",
    re.IGNORECASE,
)


def session_occasions(ctx: DocContext, lo: int, hi: int) -> list[DateMention]:
    """ "Liechtenstein announced a contribution at the twenty-third session": the session's days, as a
    date mention of the session's name, when the document was written outside them (a report or a
    letter written after the session, or before it); a text written during the session keeps its day."""
    from ..context import DateMention

    text = ctx.document.text
    today = ctx.document.date or ""
    out = []
    for m in ctx.mentions_in(lo, hi):
        if not m.entity_id.startswith("session:") or not AT_SESSION.search(text, max(lo, m.start - 40), m.start):
            continue
        start, end = session_dates(ctx, m.entity_id)
        if not start or len(start) < 7:
            continue
        if today and start[: len(today)] <= today <= (end or start)[: len(today)]:
            continue
        out.append(DateMention(m.start, m.end, m.text, start, end if end and end != start else None))
    return out


_RANGE_REACH = 1500


def _range_before(ctx: DocContext, lo: int) -> tuple[str | None, str | None]:
    """The last range of days told shortly before ``lo`` ("held from 1 to 6 December 2025")."""
    told = [d for d in _dates(ctx, max(0, lo - _RANGE_REACH), lo) if d.end_value and d.value and len(d.value) == 10]
    return (told[-1].value, told[-1].end_value) if told else (None, None)


def session_range(ctx: DocContext, lo: int, hi: int) -> tuple[str | None, str | None]:
    """The dates of the session a passage speaks of: one it names, else the document's main one."""
    sid = next(
        (m.entity_id for m in ctx.mentions_in(lo, hi) if m.entity_id.startswith("session:")),
        ctx.notes.get("events.main_session"),
    )
    return session_dates(ctx, sid)


def session_dates(ctx: DocContext, sid: str | None) -> tuple[str | None, str | None]:
    if not sid:
        return None, None
    told = ctx.notes.get("events.session_dates", {}).get(sid) or _told_range(ctx, sid)
    entity = ctx.kb.get(sid) if ctx.kb is not None else None
    kb_start = str(entity.attrs.get("start") or "") if entity is not None else ""
    kb_end = str(entity.attrs.get("end") or "") if entity is not None else ""
    if told and told[0] and len(told[0]) == 10:
        return told[0], told[1] or (kb_end if kb_start == told[0] else None)
    if not kb_start:
        return (told[0], told[1]) if told else (None, None)
    return kb_start, kb_end or None


def _told_range(ctx: DocContext, sid: str) -> tuple[str, str | None] | None:
    """The days a sentence naming the session gives it ("the resumed session took place ... on 6 and
    7 June 2024"), read before the session's own event is built; the first range told wins."""
    cache = ctx.notes.setdefault("dates.session_told", {})
    if sid not in cache:
        cache[sid] = None
        doc = ctx.doc
        for m in (m for m in ctx.mentions if m.entity_id == sid):
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
            if span is None or not len(span):
                continue
            sent = span[0].sent
            ranges = [d for d in _dates(ctx, sent.start_char, sent.end_char) if d.end_value and len(d.value) == 10]
            if ranges:
                cache[sid] = (ranges[0].value, ranges[0].end_value)
                break
    return cache[sid]

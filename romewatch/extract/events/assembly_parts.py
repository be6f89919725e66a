"""The parts of a session a sentence tells: its regular days and its resumed part ("the resumed
twelfth session", "a resumption of the twelfth session", "a second resumed session",
"the session later resumed at UN Headquarters"), each an event of its own with its own days and places; the
session's verb told after the brackets that name it; the dates and places of other acts in the same
sentence. (r12 asp, from real Assembly, UN and NGO pages)

A mixin of the ``Assembly`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DateMention, DocContext
    from .base import Finder

RESUMED = re.compile(r"\bresum(?:ed|ption)\b", re.IGNORECASE)
RESUMED_LEAD = re.compile(r"\bresum(?:ed|ption)\s+(?:of\s+)?(?:(?:its|the|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "the tenth session of the States Parties ("the session"), which is being held in ...": the session's own verb
# told in a relative clause after the brackets that name it (r12 asp)
HELD_AFTER = re.compile(
    r"[^.;]{0,140}?,\s+(?:which\s+(?:is|was|will be|has been|had been|were)?\s*(?:being\s+)?"
    r"(?:held|convened|meeting|met|taking place|took place|opened|running|ran)"
    r"|(?:which\s+(?:is|was|are|were)\s+)?(?:scheduled|due|set|expected)\s+to\s+"
    r"(?:begin|open|start|take place|run|convene|close|conclude))\b",  # ", which was due to open this week at UN Headquarters"
    re.IGNORECASE,
)
# "ASP19 Resumed session - Day 1", "the session then resumed in New York"
RESUMED_TAIL = re.compile(r"\s+(?:(?:then|later|subsequently|was|is)\s+)?resum(?:ed|ption|es)\b", re.IGNORECASE)
RESUMED_ORDINAL = re.compile(r"\b(second|third|fourth)\s+resum", re.IGNORECASE)


class SessionParts:
    """Helpers of ``Assembly`` for the parts of a session and what belongs to each."""

    sessions: dict

    def _session_parts(self, ctx: DocContext, f: Finder, sess: list[str]) -> list[tuple[str, str, str]]:
        """The sessions a sentence names, each with the part of it named: "the resumed twelfth session",
        "a resumption of the twelfth session" are the session's resumed part, a session of its
        own beside the regular part ("met for its twelfth session on 6 and 7 December ... and went on with
        the twelfth session when it resumed at UN Headquarters in early June"); "a second resumed session"
        is one more part of the session the text is about, whatever number the ordinal suggests. Each with
        the session id the sentence's words are linked to. (r12 asp)"""
        text = ctx.document.text
        main = ctx.notes.get("events.main_session")
        out: list[tuple[str, str, str]] = []
        read: set[str] = set()
        for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char):
            if m.entity_id not in sess:
                continue
            read.add(m.entity_id)
            told = text[m.start : m.end]
            lead = text[max(f.sent.start_char, m.start - 30) : m.start]
            sid, part = m.entity_id, ""
            if RESUMED.search(told) or RESUMED_LEAD.search(lead) or RESUMED_TAIL.match(text, m.end):
                part = "resumed"
            nth = RESUMED_ORDINAL.search(told)
            if nth and main and main != sid:  # "a second resumed session": a part of the main session
                sid, part = main, "resumed-" + nth.group(1).lower()
            if not part and re.fullmatch(r"(?:(?:the|this|that)\s+)?session", told, re.IGNORECASE) and any(
                x[0] == sid and x[1] for x in out
            ):
                continue  # "the resumed 12th session ... in the building where that session is meant to meet": that part again
            if not any(x[:2] == (sid, part) for x in out):
                out.append((sid, part, m.entity_id))
        for s in sess:  # a session read from the text's number or name alone ("the 21st ICC Assembly")
            if s not in read:
                out.append((s, "", s))
        return out

    @staticmethod
    def _attributive(ctx: DocContext, f: Finder, eid: str) -> bool:
        """ "The Hague segment closed ...", "the Kampala review conference": a place that only qualifies a
        noun after it, not where the session met. (r12 asp)"""
        for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char):
            if m.entity_id != eid:
                continue
            span = f.doc.char_span(m.start, m.end, alignment_mode="expand")
            last = span[-1] if span is not None and len(span) else None
            if last is None or not (last.dep_ == "compound" and last.head.pos_ == "NOUN" and last.head.i > last.i):
                return False
        return True

    def _part_region(self, sid: str, f: Finder, at: int | None) -> tuple[int, int]:
        """The stretch of a sentence that tells one part of a session when it tells two ("The session met
        on 6 December in The Hague ...; it later resumed at UN Headquarters ... from 3 to 5 June"):
        from the part's name (the sentence's start for the first) to the next part's. (r12 asp)"""
        here = sorted(a for (s2, _), (_, f2, a) in self.sessions.items() if s2 == sid and f2 is f and a is not None)
        if at is None or len(here) < 2:
            return f.sent.start_char, f.sent.end_char
        lo = f.sent.start_char if at == here[0] else at
        hi = next((a for a in here if a > at), f.sent.end_char)
        return lo, hi

    @staticmethod
    def _year_near(ctx: DocContext, at: int, year: str) -> bool:
        """Whether ``year`` is told right by the session's name ("the Review Conference, in 2027")."""
        return year in ctx.document.text[max(0, at - 30) : at + 70]

    @staticmethod
    def _others_date(ctx: DocContext, f: Finder, sid: str, d: DateMention) -> bool:
        """ "the Bureau serving from ASP15 (2016) until ASP17 (2018)": a year in brackets after another session's name is
        that session's, not the one this sentence holds. (r12 asp)"""
        text = ctx.document.text
        return any(
            m.entity_id != sid and m.entity_id.startswith("session:") and re.fullmatch(r"\s*\(\s*", text[m.end : d.start])
            for m in ctx.mentions_in(f.sent.start_char, d.start)
        )


def _span_after(ranges: list[DateMention], at: int | None) -> list[DateMention]:
    """ "Between 2 and 4 May, groups plan a series of webinars ahead of the 12th session, which will
    meet in The Hague from 6 to 10 May": of two spans, the one told after the session's name is
    the session's own; the one before it dates another event. (r12 asp)"""
    spans = [d for d in ranges if d.end_value]
    if at is None or len(spans) < 2 or not any(d.start < at for d in spans):
        return ranges
    after = [d for d in spans if d.start > at]
    return [after[0], *[d for d in ranges if d is not after[0]]] if after else ranges

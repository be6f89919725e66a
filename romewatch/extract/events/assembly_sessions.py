"""What a text tells of the session it is about besides the sentence that names it: the session named
by its number alone ("the 23rd ICC Assembly of States Parties opens next month ..."), its days told
apart ("The session is scheduled from 4 to 9 December"), its venue in a sentence of its own
("The Assembly will take place at the World Forum"), a city's country that is no venue of its own,
and a session only asked for. (r11 asp, from real Assembly and NGO pages)

A mixin of the ``Assembly`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...kb.ordinals import ordinal_digits, ordinal_words

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext
    from .base import Finder

VENUES = frozenset({"place"})
CITY_OF = re.compile(r"(?:['\u2019]s)?\s+(?:city|capital|port|town)(?:\s+of|\s*,)\s", re.IGNORECASE)
# "the annual session of the Assembly", "its current session": the session the text is about (r12 asp)
GENERIC_SESSION = frozenset({"annual", "current", "ongoing", "present", "yearly"})
OTHER_SESSION = frozenset({"next", "last", "previous", "past", "first", "special", "resumed", "future", "upcoming"})
# the parts of a session's time: "the opening of the session" tells the session held
SPAN_NOUNS = frozenset({"beginning", "opening", "start", "close", "closing", "conclusion", "margins", "sidelines"})
UNTIL = re.compile(r"\b(?:until|till|through|to)\s+(?:\w+day,?\s+)?$", re.IGNORECASE)
# a session only asked for (not one decided or held): "urged the Bureau to convene a special session",
# "should hold a resumed session", "calls for a special session" (r11 asp)
ASKED_ONLY = re.compile(
    r"(?:\b(?:urg|call|request|ask|appeal|press|propos|recommend|demand)\w*\b[^.;]{0,50}?\bto\s+(?:convene|hold|call|organi[sz]e)"
    r"|\b(?:should|must|would|could)\s+(?:convene|hold|call|organi[sz]e)|\bcall(?:ed|s|ing)?\s+for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)




class SessionClues:
    """Helpers of ``Assembly`` for the main session's number, days and venue."""

    venue_told: list[str]
    ordinal_heads: set[int]
    range_told: tuple[str | None, str | None] | None
    _dateline: Any

    def _main_by_ordinal(self, ctx: DocContext, f: Finder) -> list[str]:
        """ "The 23rd ICC Assembly of States Parties opens next month in ...", "for the 18th annual session
        of the Assembly": the main session named by its number where no session was read. (r11 asp)"""
        self.ordinal_heads = set()
        main = ctx.notes.get("events.main_session")
        num = re.search(r"asp-(\d+)$", main or "")
        if not num or int(num.group(1)) > 39:
            return []
        n = int(num.group(1))
        names = {ordinal_digits(n), ordinal_words(n)}
        for t in f.tokens:
            if t.lower_ not in names:
                continue
            head = next(
                (x for x in f.doc[t.i + 1 : min(f.sent.end, t.i + 5)]
                 if x.lower_ in ("session", "assembly") or (m := f.idx.mention(x)) is not None and m.entity_id == "court:asp"),
                None,
            )
            if head is not None:
                self.ordinal_heads = {t.i, head.i, head.head.i if head.dep_ == "compound" else head.i}
                return [main]
        return []

    def _main_by_name(self, ctx: DocContext, f: Finder) -> list[str]:
        """ "this week the Court's members hold the annual session of the Assembly in The Hague", "From 7
        to 9 July, the Assembly convened in New York": the session the text is about, named by what it is
        (its annual or current session) or by the Assembly meeting, not by its number. (r12 asp)"""
        main = ctx.notes.get("events.main_session")
        told = [d for d in ctx.dates_in(f.sent.start_char, f.sent.end_char) if d.value]
        if not told:
            return []
        if not main and ctx.kb is not None:  # no session named well enough: the one the Assembly held on those days
            known = ctx.kb.session_on(told[0].value)
            main = known.id if known is not None and known.id in ctx.entities else None
        if not main:
            return []
        for t in f.tokens:
            if t.lower_ == "session" and any(c.lower_ in GENERIC_SESSION for c in t.children) and not any(
                c.lower_ in OTHER_SESSION for c in t.children
            ):
                after = f.doc[t.i + 1 : min(f.sent.end, t.i + 4)]
                if any((m := f.idx.mention(x)) is not None and m.entity_id == "court:asp" for x in after) or any(
                    c.lower_ in ("its", "their") for c in t.children
                ):
                    self.ordinal_heads = {t.i}
                    return [main]
            if t.lemma_.lower() in ("convene", "meet", "gather", "reconvene") and t.pos_ == "VERB" and not _wished(t):
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                m = f.idx.mention(subj) if subj is not None else None
                if m is not None and m.entity_id == "court:asp" and not any(c.dep_ == "dobj" for c in t.children):
                    self.ordinal_heads = {subj.i}
                    return [main]
        return []

    def _scheduled(self, ctx: DocContext, f: Finder) -> None:
        """ "The session is scheduled from 4 to 9 December": the days of the session the text is
        about, told apart from the sentence that opens it. (r11 asp)"""
        for t in f.tokens:
            if t.lemma_.lower() != "schedule" or _wished(t):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            told = [d for d in ctx.dates_in(f.sent.start_char, f.sent.end_char) if d.value and d.end_value]
            if subj is not None and subj.lower_ == "session" and any(c.lower_ in ("the", "this") for c in subj.children) and told:
                self.range_told = (told[0].value, told[0].end_value)

    def _venue_alone(self, ctx: DocContext, f: Finder) -> None:
        """ "This year the Assembly meets at the World Forum": a sentence that names no
        session tells where the main one meets, when the Assembly (or "the session") is what meets. (r11 asp)"""
        for t in f.tokens:
            if t.lemma_.lower() not in ("take", "hold", "meet", "convene", "run") or _wished(t) or t.pos_ not in ("VERB", "AUX"):
                continue
            if t.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            m = f.idx.mention(subj) if subj is not None else None
            if subj is None or not ((m is not None and m.entity_id == "court:asp") or subj.lower_ == "session"):
                continue
            if (t.lemma_.lower() in ("hold", "convene") and subj.dep_ != "nsubjpass") or subj.lower_ == "session" and any(
                c.lower_ in ("a", "an") for c in subj.children
            ):
                continue  # "the Assembly held a debate", "a session will be held": not the session it is about
            self.venue_told += [
                i for i in f.mentions(VENUES) if not any(self._dateline(ctx, x.start, x.end) for x in ctx.mentions_in(f.sent.start_char, f.sent.end_char) if x.entity_id == i)
            ]
            return

    @staticmethod
    def _city_country(ctx: DocContext, f: Finder, eid: str) -> bool:
        """ "in The Hague, the Netherlands": the country named after its city, not a venue of its own
        ("held in the Netherlands" is one). (r11 asp)"""
        if f.idx.kind(eid) != "state":
            return False
        ms = ctx.mentions_in(f.sent.start_char, f.sent.end_char)
        text = ctx.document.text
        if any(m.entity_id == eid and CITY_OF.match(text, m.end) for m in ms):
            return True  # "in the Netherlands city of The Hague", "the Dutch capital, The Hague" (r12 asp)
        for k, m in enumerate(ms):
            if m.entity_id == eid and k and f.idx.kind(ms[k - 1].entity_id) == "place" and re.fullmatch(
                r"\s*,\s*(?:the\s+)?", ctx.document.text[ms[k - 1].end : m.start], re.IGNORECASE
            ):
                return True
        return False


def _wished(t: Any) -> bool:
    from .assembly import wished  # the Assembly's own test: asked for or supposed, not held

    return wished(t)

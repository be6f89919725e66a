"""The Assembly and what happens around it: sessions, side events, meetings, participation, decisions.

"The Assembly held its 23rd session in The Hague from 2 to 7 December 2024"; "Lex Aequa attended
the twenty-second session"; "A side event titled '...', co-hosted by Chile and Lex Aequa, took
place on 6 December"; "Delegates met the Registrar"; "The Assembly adopted resolution
ICC-ASP/22/Res.3". Runs before the voice component: it fixes the document's main session, which
is the default forum of statements, side events, meetings and participation.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .assembly_parts import HELD_AFTER, SessionParts, _span_after
from .assembly_sessions import ASKED_ONLY, SPAN_NOUNS, UNTIL, SessionClues
from .base import EventComponent, Finder, header_date, index, lexicon, uniq
from .decision_acts import acts
from .decisions import Decisions
from .meetings import Meetings
from .participation import Participation
from .side_events import SideEvents

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ...model import Event
    from ..context import DateMention, DocContext

SESSION = frozenset({"session"})
BEGIN = frozenset({"begin", "open", "start", "convene", "commence", "resume", "close", "conclude", "run", "meet"})
TEMPORAL = frozenset({"before", "after", "ahead", "until", "till", "since", "prior", "following", "towards", "toward", "pending", "preceding", "by"})
VENUES = frozenset({"place"})
BODIES = frozenset({"court", "igo", "state"})
HOLD = re.compile(
    r"\b(held|hold|holds|convened?|took place|takes place|met|meets|opened|opens|closed|closes|concluded|concludes|attended|took part|participated|gathered|chaired"
    r"|continued|continues|resumed|resumes|began|begins|ended|ends|wrapped up|wraps up|kicked off|got under way|gets under way"
    r"|started|starts|taking place|take place|runs|running|commenced|commences|opening)\b",  # r11 asp: "started today at", "runs until"
    re.IGNORECASE,
)
OPENED = re.compile(
    r"\b(?:session|assembly)\b[^.]{0,60}?\b(?:opened|began|started|convened)\b(?:\s+on)?", re.IGNORECASE
)


# a session asked for, not one the text is about: "asked the President to convene a special session",
# "calls for a special session", "should hold a resumed session"
ASKED_SESSION = re.compile(
    r"(?:\b(?:to|should|must|would|could|shall)\s+(?:convene|hold|call|organi[sz]e)|"
    r"\bcall(?:ed|s|ing)?\s+for|\brequest(?:ed|s|ing)?|\bproposals?\s+for|\burg(?:ed|es|ing)?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


class Assembly(SessionParts, SessionClues, Decisions, Meetings, Participation, SideEvents, EventComponent):
    """`assembly_session`, `participation`, `side_event`, `meeting` and `decision` events."""

    name = "events.assembly"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        self.lex = lexicon()["assembly"]
        self.sanction_verbs = frozenset(lexicon()["sanction"]["verbs"])  # "the decision to bar X": a sanction
        self.decision_acts = acts(self.lex)
        self.planned = frozenset(self.lex["decision_planned_heads"])
        self.another_meeting = {*self.lex["meeting_nouns"], *self.lex["meeting_with_nouns"], "briefing", "briefings"}
        idx = index(ctx)
        counts = Counter(
            m.entity_id
            for m in idx.mentions
            if idx.kind(m.entity_id) == "session" and not ASKED_SESSION.search(ctx.document.text[max(0, m.start - 60) : m.start])
        )
        ctx.notes["events.main_session"] = counts.most_common(1)[0][0] if counts else None
        # a text about one session (its report or press release): what is said in it is said there
        ctx.notes["events.session_report"] = bool(counts) and (
            counts.most_common(1)[0][1] >= 3
            or any(m.start < 400 for m in idx.mentions if idx.kind(m.entity_id) == "session")
        )
        self.sessions: dict[tuple[str, str], tuple[int, Finder, int | None]] = {}  # (session, "resumed" or "") -> best sentence
        self.pending_org: list[str] = []
        self.last_side_event = None
        self.pending_left = 0
        self.meeting_lines: set[int] = set()  # the bulleted meetings read (``meeting_items``)
        self.venue_told: list[str] = []
        self.ordinal_heads: set[int] = set()  # "the 21st ICC Assembly ...": the words that name the main session
        self.range_told: tuple[str | None, str | None] | None = None  # "The session is scheduled from ... to ..."  # "The Assembly will take place at X": the main session's venue
        super().__call__(ctx)
        self.emit_sessions(ctx)
        self.one_adoption_per_text(ctx)
        self.forum_in_time(ctx)

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        sess = f.mentions(SESSION)
        low = f.lower
        if "schedul" in low:
            self._scheduled(ctx, f)
        if not sess:
            self._venue_alone(ctx, f)
            sess = self._main_by_ordinal(ctx, f) or self._main_by_name(ctx, f)
        for s, part, named in self._session_parts(ctx, f, sess):
            told = [m for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char) if m.entity_id == named]
            if told and all(ASKED_ONLY.search(ctx.document.text[max(0, m.start - 80) : m.start]) for m in told):
                continue  # "urged the Bureau to convene a special session in New York": asked for, not held
            score = 3 if any(d.end_value for d in ctx.dates_in(f.sent.start_char, f.sent.end_char)) else 0
            verbs = {t.i for h in HOLD.finditer(low) if (t := f.token_at(f.sent.start_char + h.start())) is not None}
            held = any(  # the session's own verb ("the session opened", "held its session"), not another clause's
                self._held_by(t, verbs)
                for t in f.tokens
                if (m := f.idx.mention(t)) is not None and m.entity_id == named or t.i in self.ordinal_heads
            ) or any(HELD_AFTER.match(ctx.document.text, m.end, f.sent.end_char) for m in told)
            if not (score or held) and self._heading(ctx, f):
                continue  # "Twenty-fourth session of the Assembly / The Hague, 2 December 2025": where it was said
            venues = f.mentions(VENUES)
            if not (score or held):  # a venue alone tells the session only where it follows its name
                venues = self._venues_after(ctx, f, named)  # "at its 24th session in The Hague", not "said in The Hague"
            score += min(2, len(venues)) + held
            key = (s, part)
            if score and score > self.sessions.get(key, (0, None, None))[0]:
                self.sessions[key] = (score, f, told[0].start if told else None)
        self.participation(ctx, f)
        self.side_event(ctx, f)
        self.meeting(ctx, f)
        self.meeting_items(ctx, f)
        self.gathering(ctx, f)
        self.decision(ctx, f)

    @staticmethod
    def _venues_after(ctx: DocContext, f: Finder, sid: str) -> list[str]:
        told = [m for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char) if m.entity_id == sid]
        text = ctx.document.text
        return uniq(
            m.entity_id
            for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char)
            if f.idx.kind(m.entity_id) in VENUES and any(
                0 <= m.start - t.end <= 70  # "at its 24th session in The Hague"
                or 0 <= t.start - m.end <= 12 and re.fullmatch(r"\s+for\s+(?:the\s+)?", text[m.end : t.start])
                for t in told
            )  # "in New York for the 13th session" (r11 asp)
        )

    def forum(self, ctx: DocContext, f: Finder) -> list[str]:
        got = f.mentions(SESSION)
        main = ctx.notes.get("events.main_session")
        return got[:1] or ([main] if main else [])

    @staticmethod
    def _heading(ctx: DocContext, f: Finder) -> bool:
        """A heading of lines without a verb: the session named above a statement's place and date."""
        lines = [x for x in f.text.split("\n") if x.strip()]
        return len(lines) >= 2 and not any(t.pos_ in ("VERB", "AUX") for t in f.tokens)

    @staticmethod
    def _held_by(t: Token, verbs: set[int]) -> bool:
        span = t.head.head
        if t.head.lower_ == "of" and span.lemma_.lower() in SPAN_NOUNS and span.head.lower_ in ("on", "at", "during", "upon", "in"):
            return True  # "on the beginning of the 24th session", "at the close of the session" (r11 asp)
        head = t
        while head.dep_ in ("compound", "amod", "nummod", "nmod") and head.head.i != head.i:
            head = head.head  # "the resumed 19th ASP session": from the words linked to the session's noun
        if head.dep_ == "pobj" and head.head.lower_ in ("during", "throughout"):
            return True  # "during the resumed fourth session, the Assembly is expected to elect": held (r12 asp)
        return Assembly._held_by_verb(t, verbs)

    @staticmethod
    def _held_by_verb(t: Token, verbs: set[int]) -> bool:
        """ "the session opened", "held its 23rd session", "the session, which met in ...": the session's
        own verb. "a meeting before the twenty-fourth session", "ahead of the 24th session": a date told
        by the session, the verb another event's."""
        if t.i in verbs:
            return True
        for a in list(t.ancestors)[:4]:
            if a.lower_ in TEMPORAL:
                return False
            if a.i in verbs:
                return not wished(a)
        return any(
            c.dep_ in ("relcl", "acl") and (c.i in verbs or any(g.dep_ == "xcomp" and g.lemma_.lower() in BEGIN for g in c.children))
            for c in t.children
        )  # "the second part, which was scheduled to open this morning at UN Headquarters" (r12 asp)

    @staticmethod
    def forum_in_time(ctx: DocContext) -> None:
        """A meeting dated months away from the session a report is about ("on 12 February 2025 the
        President met ..." in a report to the December session) did not take place at that session."""
        dates = ctx.notes.get("events.session_dates", {})
        for ev in ctx.events:
            if ev.type != "meeting" or not ev.date or len(ev.date) < 7:
                continue
            keep = []
            for sid in ev.roles.get("forum", []):
                start, end = dates.get(sid, (None, None))
                if start and len(start) >= 7 and not _near(ev.date, start, end or start):
                    continue
                keep.append(sid)
            ev.roles["forum"] = keep

    @staticmethod
    def one_adoption_per_text(ctx: DocContext) -> None:
        """ "Delegations approved a budget for 2024 ..." and later "the resolution on the programme budget
        for 2024" in a list of what was adopted: one text adopted once by one body, one decision."""
        seen: dict[tuple, Event] = {}
        for ev in list(ctx.events):
            if ev.type != "decision" or not ev.roles.get("instrument"):
                continue
            key = (tuple(sorted(ev.roles.get("body", []))), tuple(sorted(ev.roles["instrument"])))
            first = seen.setdefault(key, ev)
            if first is not ev:
                first.evidence = uniq([*first.evidence, *ev.evidence])
                ctx.events.remove(ev)

    # --- sessions ------------------------------------------------------------------------------
    def emit_sessions(self, ctx: DocContext) -> None:
        for (sid, part), (_, f, at) in self.sessions.items():
            ranges = [
                d for d in ctx.dates_in(f.sent.start_char, f.sent.end_char) if d.value and not header_date(ctx, d)
            ]
            ranges = [d for d in ranges if not self._others_date(ctx, f, sid, d)]
            ranges.sort(key=lambda d: d.end_value is None)
            ranges = _span_after(ranges, at)
            lo, hi = self._part_region(sid, f, at)  # "met on 6 December in The Hague ...; the session later resumed
            if hi - lo < f.sent.end_char - f.sent.start_char:  # at UN Headquarters ... from 3 to 5 June": each part's own
                ranges = [d for d in ranges if lo <= d.start < hi] or ranges
            date = (ranges[0].value, ranges[0].end_value) if ranges and ranges[0].end_value else None
            if date is None and self.range_told and sid == ctx.notes.get("events.main_session"):
                date = self.range_told
            opening = self._began(ctx, f) or (self._opening(ctx) if sid == ctx.notes.get("events.main_session") else None)
            until = bool(ranges) and ranges[0].end_value is None and bool(
                UNTIL.search(ctx.document.text[max(0, ranges[0].start - 20) : ranges[0].start])
            )  # "which runs until 6 December": the last day, not the first (r11 asp)
            date = date or opening or ((None, ranges[0].value) if until else (ranges[0].value, None) if ranges else (None, None))
            venue = [
                m.entity_id
                for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char)
                if f.idx.kind(m.entity_id) in VENUES and not self._dateline(ctx, m.start, m.end)
            ]
            for m in re.finditer(r"\bin (?:the )?", f.text):
                tok = f.token_at(f.sent.start_char + m.end())
                if tok is not None:  # "in The Hague, Slovenia read out ...": Slovenia is the next clause's subject
                    venue += [
                        i for i in f.list_from(tok.i, frozenset({"state", "place"}), skip=0)
                        if not self._subject_here(f, i)
                    ]
            venue = [v for v in venue if not self._city_country(ctx, f, v) and not self._attributive(ctx, f, v)]
            if hi - lo < f.sent.end_char - f.sent.start_char:
                venue = [v for v in venue if any(lo <= m.start < hi for m in ctx.mentions_in(lo, hi) if m.entity_id == v)]
            if at is not None:  # "concluded its special session held in New York, which was mandated ... at the
                far = {  # Kampala Review Conference in 2010": a place told far past the session's name is another act's (r12 asp)
                    m.entity_id for m in ctx.mentions_in(at + 220, f.sent.end_char) if m.entity_id in venue
                } - {m.entity_id for m in ctx.mentions_in(f.sent.start_char, at + 220)}
                venue = [v for v in venue if v not in far]
            if not venue and sid == ctx.notes.get("events.main_session"):
                venue = list(self.venue_told)  # "... will be held from 1 to 5 December. The Assembly will take place at X"
            year = re.search(r"-(\d{4})$", sid)
            if year and date[0] and abs(int(date[0][:4]) - int(year.group(1))) > 1:
                if at is None or self._year_near(ctx, at, date[0][:4]):
                    continue  # "the next Review Conference, in 2027", linked to the one of 2010
                date = (None, None)  # "concluded its special session ..., which was mandated ... in 2010": another act's year (r12 asp)
            num = re.search(r"asp-(\d+)$", sid)
            kind = "special" if "special" in sid else ("resumed" if part or "resumed" in f.lower and (sid, "resumed") not in self.sessions else "regular")
            if num and kind == "regular" and date[0] and ranges:
                date = self._session_year(ctx, int(num.group(1)), date, ranges[0])
            attrs = {"number": int(num.group(1)) if num else None, "kind": kind}
            ev = self.emit(ctx, f, "assembly_session", {"session": [sid], "venue": uniq(venue)}, attrs, 0.8, date=date)
            if ev is not None and not (part and sid in ctx.notes.get("events.session_dates", {})):
                ctx.notes.setdefault("events.session_dates", {})[sid] = date

    @staticmethod
    def _session_year(
        ctx: DocContext, number: int, date: tuple[str | None, str | None], told: DateMention
    ) -> tuple[str | None, str | None]:
        """ "its twenty-fourth, is due to open in The Hague on Dec. 1" in a June text: a day told without
        its year takes the year the session is known to open in, not the one before the text's date."""
        if ctx.kb is None or re.search(r"\b(?:19|20)\d\d\b", told.text) or date[0] is None:
            return date
        known = ctx.kb.session(number)
        start = str((known.attrs.get("start") if known is not None else None) or "")
        if not re.match(r"\d{4}", start) or start[:4] == date[0][:4] or abs(int(start[:4]) - int(date[0][:4])) != 1:
            return date
        return start[:4] + date[0][4:], (start[:4] + date[1][4:] if date[1] else None)

    @staticmethod
    def _began(ctx: DocContext, f: Finder) -> tuple[str | None, str | None] | None:
        """ "concluded today ..., after five days of meetings that began on Monday, 1 December": the first day."""
        for m in re.finditer(r"\b(?:began|opened|started|convened|commenced)\b", f.text):
            a = f.sent.start_char + m.end()
            near = [d for d in ctx.dates_in(a, a + 40) if d.value and len(d.value) == 10]
            if near:
                return near[0].value, None
        return None

    @staticmethod
    def _subject_here(f: Finder, eid: str) -> bool:
        """Whether the entity is named in the sentence as the subject of a verb."""
        return any(
            t.dep_ in ("nsubj", "nsubjpass") and (m := f.idx.mention(t)) is not None and m.entity_id == eid
            for t in f.tokens
        )

    @staticmethod
    def _dateline(ctx: DocContext, start: int, end: int) -> bool:
        """ "London, 10 December 2024", "The Hague / Geneva – From 1 to 6 December": where the text was
        written, not where the session met."""
        text = ctx.document.text
        line_start = text.rfind("\n", 0, start) + 1
        lead = text[line_start:start]
        if not lead.strip() and any(d.start - end < 6 for d in ctx.dates_in(end, end + 40)):
            return True
        return bool(re.fullmatch(r"[\w .'/]*", lead)) and bool(
            re.match(r"[\w .'/]{0,30}?(?:\([^)\n]{1,30}\))?\s*[\u2013\u2014-]\s", text[end : end + 60])
        ) and len(lead) < 30

    @staticmethod
    def _opening(ctx: DocContext) -> tuple[str | None, str | None] | None:
        """ "The session, which opened on 1 December 2025, ...": the session's first day."""
        text = ctx.document.text
        for m in OPENED.finditer(text):
            near = [d for d in ctx.dates_in(m.end(), m.end() + 40) if d.value and len(d.value) == 10]
            if near:
                return near[0].value, None
        return None



WISHED = frozenset({"should", "could", "might", "must", "may", "would"})
# "it is crucial that ...", "we request that ...": what follows is asked for
DEMANDING = frozenset({
    "crucial", "important", "essential", "necessary", "vital", "imperative", "urgent", "request", "recommend",
    "propose", "ask", "demand", "insist", "suggest", "urge", "call",
})  # fmt: skip


def wished(v: Token) -> bool:
    """ "it is crucial that the Assembly convene a special session", "States should convene": asked for
    or supposed, not held ("will be held" is announced, and counts)."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in WISHED for c in aux):
        return True
    if v.dep_ == "xcomp" and v.tag_ == "VB" and v.head.lemma_.lower() in DEMANDING:
        return True  # "asked the President to convene a special session", "urged the Assembly to hold ..."
    if v.tag_ not in ("VB", "VBP") or aux or v.dep_ != "ccomp" or not any(c.lower_ == "that" for c in v.children):
        return False
    head = v.head
    return head.lemma_.lower() in DEMANDING or any(c.dep_ == "acomp" and c.lemma_.lower() in DEMANDING for c in head.children)


def _near(day: str, start: str, end: str, slack: int = 10) -> bool:
    """Whether ``day`` (a day or a month) falls within ``slack`` days of the span from ``start`` to ``end``."""
    from datetime import date, timedelta

    def bounds(value: str) -> tuple[date, date]:
        y, m = int(value[:4]), int(value[5:7])
        if len(value) >= 10:
            d = date(y, m, int(value[8:10]))
            return d, d
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), nxt - timedelta(days=1)

    lo, hi = bounds(day)
    s, e = bounds(start)[0], bounds(end)[1]
    return lo <= e + timedelta(days=slack) and hi >= s - timedelta(days=slack)


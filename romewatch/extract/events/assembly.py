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

from .base import ACTORS, EventComponent, Finder, clean_phrase, header_date, index, lexicon, uniq
from .decision_acts import acts
from .decisions import Decisions
from .meetings import Meetings
from .participation import Participation

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ...model import Event
    from ..context import DateMention, DocContext

SESSION = frozenset({"session"})
TEMPORAL = frozenset({"before", "after", "ahead", "until", "till", "since", "prior", "following", "towards", "toward", "pending", "preceding", "by"})
VENUES = frozenset({"place"})
BODIES = frozenset({"court", "igo", "state"})
HOLD = re.compile(
    r"\b(held|hold|holds|convened?|took place|takes place|met|meets|opened|opens|closed|closes|concluded|concludes|attended|took part|participated|gathered|chaired)\b",
    re.IGNORECASE,
)
SIDE = re.compile(r"\bside[\s-]events?\b", re.IGNORECASE)
VAGUE = re.compile(
    r"\b(several|many|various|numerous|some|other|multiple|a number of|dozens of)\s+(?:\w+\s+)?side[\s-]events\b",
    re.IGNORECASE,
)
COUNTED = re.compile(r"\b(two|three|four|five|2|3|4|5)\s+side[\s-]events\b", re.IGNORECASE)
ANAPHORA = re.compile(
    r"\b(?:this|the|that)\s+(?:side[\s-])?event\b|^\W*(?:it|the panel)\s+was\s+(?:also\s+)?(?:co-)?"
    r"(?:hosted|organi[sz]ed|convened|sponsored|supported)\b",
    re.IGNORECASE,
)
# a side event by another name: "a panel discussion", "a high-level event", "a roundtable", "a reception"
SIDE_LIKE = re.compile(
    r"\b(?:panel(?:\s+discussions?)?|round[\s-]?tables?|(?:special|high-level|parallel|virtual|hybrid|commemorative)"
    r"\s+events?|webinars?|receptions?|(?:book\s+)?launch(?:\s+event)?|exhibitions?|screenings?)\b",
    re.IGNORECASE,
)
ANOTHER = re.compile(
    r"\b(?:a\s+(?:second|third|fourth|further|separate)|another)\s+(?:side[\s-])?event\b", re.IGNORECASE
)
AS_SPONSORS = re.compile(r"\bwith\s+(.{3,120}?)\s+as\s+(?:its\s+)?co-?(?:sponsors|hosts|organi[sz]ers|partners)\b", re.IGNORECASE)
ACTIVE_ORG = re.compile(  # "co-organised", "is hosting", "will co-host, with A and B, a side event"
    r"\b(co-)?(?:organi[sz](?:ed|es|ing)|host(?:ed|s|ing)|conven(?:ed|es|ing))\b(?!\s+by)"
    r"|(?:(?<=\bwill )|(?<=\bto ))(co-)?(?:organi[sz]e|host|convene)\b",
    re.IGNORECASE,
)
OPENED = re.compile(
    r"\b(?:session|assembly)\b[^.]{0,60}?\b(?:opened|began|started|convened)\b(?:\s+on)?", re.IGNORECASE
)
ORDINAL = re.compile(r"^\W*(?:the\s+)?(first|second|third|fourth|last|other)\b", re.IGNORECASE)
TITLE = re.compile(
    r"(?:titled|entitled|called|on the theme|theme|side[\s-]events?(?:\s+(?:on|about|devoted to))?)\s*,?:?\s*[\"\u201c\u2018']([^\"\u201d\u2019]{4,200})[\"\u201d\u2019]",
    re.IGNORECASE,
)
ORG_CUES = (
    "organised by",
    "organized by",
    "co-organised by",
    "co-organized by",
    "hosted by",
    "co-hosted by",
    "convened by",
    "co-convened by",
)
BULLET_TITLE = re.compile(
    r"^[ \t]*[-\u2022*\u2013\u25cf][ \t]+[\"\u201c\u2018]([^\"\u201d\u2019\n]{4,200})[\"\u201d\u2019]([^\n]*)$", re.MULTILINE
)
SPONSOR_CUES = ("co-sponsored by", "cosponsored by", "sponsored by", "supported by", "in partnership with")


class Assembly(Decisions, Meetings, Participation, EventComponent):
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
        counts = Counter(m.entity_id for m in idx.mentions if idx.kind(m.entity_id) == "session")
        ctx.notes["events.main_session"] = counts.most_common(1)[0][0] if counts else None
        # a text about one session (its report or press release): what is said in it is said there
        ctx.notes["events.session_report"] = bool(counts) and (
            counts.most_common(1)[0][1] >= 3
            or any(m.start < 400 for m in idx.mentions if idx.kind(m.entity_id) == "session")
        )
        self.sessions: dict[str, tuple[int, Finder, Token | None]] = {}
        self.pending_org: list[str] = []
        self.last_side_event = None
        self.pending_left = 0
        super().__call__(ctx)
        self.emit_sessions(ctx)
        self.one_adoption_per_text(ctx)
        self.forum_in_time(ctx)

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        sess = f.mentions(SESSION)
        low = f.lower
        for s in sess:
            score = 3 if any(d.end_value for d in ctx.dates_in(f.sent.start_char, f.sent.end_char)) else 0
            verbs = {t.i for h in HOLD.finditer(low) if (t := f.token_at(f.sent.start_char + h.start())) is not None}
            held = any(  # the session's own verb ("the session opened", "held its session"), not another clause's
                self._held_by(t, verbs)
                for t in f.tokens
                if (m := f.idx.mention(t)) is not None and m.entity_id == s
            )
            if not (score or held) and self._heading(ctx, f):
                continue  # "Twenty-fourth session of the Assembly / The Hague, 2 December 2025": where it was said
            score += min(2, len(f.mentions(VENUES))) + held
            if score and score > self.sessions.get(s, (0, None, None))[0]:
                self.sessions[s] = (score, f, None)
        self.participation(ctx, f)
        self.side_event(ctx, f)
        self.meeting(ctx, f)
        self.gathering(ctx, f)
        self.decision(ctx, f)

    def forum(self, ctx: DocContext, f: Finder) -> list[str]:
        got = f.mentions(SESSION)
        main = ctx.notes.get("events.main_session")
        return got[:1] or ([main] if main else [])

    @staticmethod
    def _heading(ctx: DocContext, f: Finder) -> bool:
        """A heading of lines without a verb: the session named above a statement's place and date."""
        lines = [x for x in f.sent.text.split("\n") if x.strip()]
        return len(lines) >= 2 and not any(t.pos_ in ("VERB", "AUX") for t in f.tokens)

    @staticmethod
    def _held_by(t: Token, verbs: set[int]) -> bool:
        """ "the session opened", "held its 23rd session", "the session, which met in ...": the session's
        own verb. "a meeting before the twenty-fourth session", "ahead of the 24th session": a date told
        by the session, the verb another event's."""
        if t.i in verbs:
            return True
        for a in list(t.ancestors)[:4]:
            if a.lower_ in TEMPORAL:
                return False
            if a.i in verbs:
                return True
        return any(c.dep_ in ("relcl", "acl") and c.i in verbs for c in t.children)

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
        for sid, (_, f, _) in self.sessions.items():
            ranges = [
                d for d in ctx.dates_in(f.sent.start_char, f.sent.end_char) if d.value and not header_date(ctx, d)
            ]
            ranges.sort(key=lambda d: d.end_value is None)
            date = (ranges[0].value, ranges[0].end_value) if ranges and ranges[0].end_value else None
            opening = self._began(ctx, f) or (self._opening(ctx) if sid == ctx.notes.get("events.main_session") else None)
            date = date or opening or ((ranges[0].value, None) if ranges else (None, None))
            venue = [
                m.entity_id
                for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char)
                if f.idx.kind(m.entity_id) in VENUES and not self._dateline(ctx, m.start, m.end)
            ]
            for m in re.finditer(r"\bin (?:the )?", f.sent.text):
                tok = f.token_at(f.sent.start_char + m.end())
                if tok is not None:
                    venue += f.list_from(tok.i, frozenset({"state", "place"}), skip=0)
            year = re.search(r"-(\d{4})$", sid)
            if year and date[0] and abs(int(date[0][:4]) - int(year.group(1))) > 1:
                continue  # "the next Review Conference, in 2027", linked to the one of 2010
            num = re.search(r"asp-(\d+)$", sid)
            kind = "special" if "special" in sid else ("resumed" if "resumed" in f.lower else "regular")
            if num and kind == "regular" and date[0] and ranges:
                date = self._session_year(ctx, int(num.group(1)), date, ranges[0])
            attrs = {"number": int(num.group(1)) if num else None, "kind": kind}
            ev = self.emit(ctx, f, "assembly_session", {"session": [sid], "venue": uniq(venue)}, attrs, 0.8, date=date)
            if ev is not None:
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
        for m in re.finditer(r"\b(?:began|opened|started|convened|commenced)\b", f.sent.text):
            a = f.sent.start_char + m.end()
            near = [d for d in ctx.dates_in(a, a + 40) if d.value and len(d.value) == 10]
            if near:
                return near[0].value, None
        return None

    @staticmethod
    def _dateline(ctx: DocContext, start: int, end: int) -> bool:
        """ "London, 10 December 2024": where the text was written, not where the session met."""
        text = ctx.document.text
        line_start = text.rfind("\n", 0, start) + 1
        return not text[line_start:start].strip() and any(d.start - end < 6 for d in ctx.dates_in(end, end + 40))

    @staticmethod
    def _opening(ctx: DocContext) -> tuple[str | None, str | None] | None:
        """ "The session, which opened on 1 December 2025, ...": the session's first day."""
        text = ctx.document.text
        for m in OPENED.finditer(text):
            near = [d for d in ctx.dates_in(m.end(), m.end() + 40) if d.value and len(d.value) == 10]
            if near:
                return near[0].value, None
        return None

    @staticmethod
    def _list_before(f: Finder, i: int) -> list[str]:
        """The list of actors right before token ``i`` ("A, B and C co-sponsored"), when the parse lost it."""
        j, ids = i - 1, []
        while j >= f.sent.start:
            t = f.doc[j]
            m = f.idx.mention(t)
            if m is not None:
                if f.idx.kind(m.entity_id) in ACTORS:
                    ids.insert(0, m.entity_id)
            elif not (t.text in (",", "&") or t.lower_ in ("and", "the", "as", "well")):
                break
            j -= 1
        return uniq(ids)

    # --- side events ---------------------------------------------------------------------------
    def side_event_items(self, ctx: DocContext, f: Finder) -> bool:
        """ "Side events" followed by bullets, one per event:
        - "Title" (7 Dec), organised by A together with B;
        - "Title" (8 Dec), hosted by C and co-sponsored by D and E."""
        text = f.sent.text
        items = [m for m in BULLET_TITLE.finditer(text)]
        if not items:
            return False
        before = ctx.document.text[max(0, f.sent.start_char - 400) : f.sent.start_char + items[0].start()]
        if not SIDE.search(before):
            return False
        for m in items:
            a, b = f.sent.start_char + m.start(), f.sent.start_char + m.end()
            low = ctx.document.text[a:b].lower()
            end_tok = f.token_at(b)
            end = end_tok.i if end_tok is not None else f.sent.end
            roles: dict[str, list[str]] = {"organizer": [], "co_sponsor": []}
            for cues, role in ((ORG_CUES, "organizer"), (SPONSOR_CUES, "co_sponsor")):
                for cue in cues:
                    pos = low.find(cue)
                    if pos < 0 or (pos >= 3 and low[pos - 3 : pos] == "co-"):
                        continue
                    tok = f.token_at(a + pos + len(cue))
                    got = f.list_from(tok.i, end=end) if tok is not None else []
                    roles[role] += got
                    if cue.startswith("co-") and role == "organizer":
                        roles["co_sponsor"] += got
            if not roles["organizer"] and not roles["co_sponsor"]:
                continue
            roles = {k: uniq(v) for k, v in roles.items()}
            roles["forum"] = self.forum(ctx, f)
            self.last_side_event = self.emit(
                ctx, f, "side_event", roles, {"title": clean_phrase(m.group(1), 30)}, 0.75, region=(a, b)
            )
        return True

    def side_event(self, ctx: DocContext, f: Finder) -> None:
        if self.side_event_items(ctx, f):
            return
        text = f.sent.text
        has = SIDE.search(text)
        assembly = ctx.notes.get("events.main_session") or "court:asp" in ctx.entities
        like = not has and assembly and SIDE_LIKE.search(text)
        if like and not (
            TITLE.search(text) or ACTIVE_ORG.search(text) or any(c in f.lower for c in (*ORG_CUES, *SPONSOR_CUES[:3]))
        ):
            like = None  # "the pre-trial panel": a side event is organised or has a title
        ordinal = (ORDINAL.match(text) and self.pending_left > 0) or ANOTHER.search(text)
        if self.pending_left:
            self.pending_left -= 1
        anaphora = self.last_side_event is not None and ANAPHORA.search(text)
        if not has and not ordinal and not anaphora and not like:
            return
        if has and VAGUE.search(text):
            return
        low = f.lower
        organizer: list[str] = []
        sponsors: list[str] = []
        for cue in ORG_CUES:
            pos = low.find(cue)
            if pos >= 0 and not (pos >= 3 and low[pos - 3 : pos] == "co-"):
                got = f.after_cue(cue)
                organizer += got
                if cue.startswith("co-"):  # co-hosts both organise and sponsor
                    sponsors += got
        for cue in SPONSOR_CUES:
            pos = low.find(cue)
            if pos >= 0 and not (pos >= 3 and low[pos - 3 : pos] == "co-"):
                sponsors += f.after_cue(cue)
        for m in AS_SPONSORS.finditer(text):  # "hosted by A, with B and C as co-sponsors"
            tok = f.token_at(f.sent.start_char + m.start(1))
            got = f.list_from(tok.i) if tok is not None else []
            sponsors += got
            organizer = [o for o in organizer if o not in got]
        for tok in f.tokens:
            lem = tok.lemma_.lower()
            if tok.pos_ != "VERB" or tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
                continue
            co = tok.i >= 2 and f.doc[tok.i - 1].text == "-" and f.doc[tok.i - 2].lower_ == "co"
            if lem in ("sponsor", "co-sponsor", "cosponsor", "support") and (
                any(c.dep_ == "nsubj" for c in tok.children) or co
            ) and not any(c.dep_ == "agent" for c in tok.children):
                # "A co-sponsored, together with B and C, a panel": sponsors, not organisers
                got = f.subject(tok) or (f.subject(f.doc[tok.i - 2]) if co else []) or self._list_before(f, tok.i - (2 if co else 0))
                w = next((t for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 6)] if t.lower_ in ("with", "alongside")), None)
                sponsors += uniq([*got, *(f.list_from(w.i + 1) if got and w is not None else [])])
            elif lem in self.lex["side_event_organise_verbs"] and (any(c.dep_ == "nsubj" for c in tok.children) or co):
                got = f.subject(tok) or f.subject(f.doc[tok.i - 2])
                near = [
                    t
                    for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 8)]
                    if t.lower_ in ("with", "alongside") and not any(x.text in ".;" for x in f.doc[tok.i : t.i])
                ]  # "co-organised, with A, a side event" / "co-organised a side event with A"
                if got and near:  # "ANICJ co-organised, with Botswana and Nigeria, a side event"
                    got = uniq([*got, *f.list_from(near[0].i + 1)])
                ahead = [  # "Together with A and B, we co-hosted a side event"
                    w for v in ((tok, f.doc[tok.i - 2]) if co else (tok,)) for c in v.children
                    if c.i < v.i and c.dep_ in ("prep", "advmod")
                    for w in (c, *c.children) if w.lower_ in ("with", "alongside") and w.dep_ == "prep"
                ]
                if got and ahead:
                    w = ahead[0]
                    got = uniq([*got, *f.mentions(ACTORS, start=w.idx, end=w.right_edge.idx + len(w.right_edge.text))])
                organizer += got
                if co:
                    sponsors += got
            if (
                tok.dep_ == "poss"
                and tok.head.lower_ in ("event", "events")
                or (tok.dep_ == "poss" and SIDE.search(tok.head.head.text + " " + tok.head.text))
            ):
                organizer += f.resolve(tok)
        if not organizer:  # the parse lost the verb: "Al-Haq co-organised two side events"
            m = ACTIVE_ORG.search(text)
            if m:
                clause = max(text.rfind(",", 0, m.start()), text.rfind(".", 0, m.start())) + 1
                organizer = f.mentions(ACTORS, start=f.sent.start_char + clause, end=f.sent.start_char + m.start())
                if not organizer and re.search(r"\b[Ww]e\b", text[clause : m.start()]):
                    organizer = f.voice(f.sent.root)  # "We co-hosted ... a side event"
                if not organizer and re.fullmatch(r"\s*(?:will|is|are|has|have|had|to)?\s*", text[clause : m.start()]):
                    near = f.idx.before(f.sent.start_char, ACTORS, window=30)  # "PGA | will co-host": cut off
                    organizer = [near] if near else []
                w = re.match(r"[^.;:]{0,40}?\b(?:with|alongside)\b", text[m.end() :])
                wtok = f.token_at(f.sent.start_char + m.end() + w.end()) if w and organizer else None
                if wtok is not None:  # "co-organised, with Botswana and Nigeria, a side event"
                    organizer = uniq([*organizer, *f.list_from(wtok.i)])
                lead = re.match(r"\s*(?:together with|alongside|jointly with|with)\s+", text, re.IGNORECASE)
                if lead and organizer and clause > lead.end():  # "Together with A and B, C co-hosted a side event"
                    start = f.sent.start_char
                    organizer = uniq([*organizer, *f.mentions(ACTORS, start=start + lead.end(), end=start + clause)])
                if m.group(1) or m.group(2):
                    sponsors += organizer
        if COUNTED.search(text) and not TITLE.search(text):
            self.pending_org = uniq(organizer) or f.subject(f.sent.root)
            self.pending_left = 4
            return
        prev = self.last_side_event
        if anaphora and not TITLE.search(text) and not ordinal:
            for role, ids in (
                ("organizer", organizer),
                ("co_sponsor", sponsors),
            ):  # "This side event was co-sponsored by ..."
                prev.roles[role] = uniq([*prev.roles.get(role, []), *[i for i in ids if i in ctx.entities]])
            return
        organizer = uniq(organizer) or list(self.pending_org)
        m = TITLE.search(text)
        title = clean_phrase(m.group(1), 30) if m else ""
        roles = {"organizer": organizer, "co_sponsor": uniq(sponsors), "forum": self.forum(ctx, f)}
        if not organizer and not sponsors and not (title or ordinal) or (like and not organizer and not sponsors):
            return
        found = [*SIDE.finditer(text), *SIDE_LIKE.finditer(text), *ANOTHER.finditer(text)]
        trig = max(found, key=lambda m: m.start()) if found else None  # not the heading's "Side events"
        anchor = f.token_at(f.sent.start_char + trig.start()) if trig else None
        region = None
        if (text.count("\u201c") > text.count("\u201d") or text.count('"') % 2) and f.sent.end < len(f.doc):
            region = (f.sent.start_char, f.doc[f.sent.end].sent.end_char)  # the sentence broke inside the title
        self.last_side_event = self.emit(
            ctx, f, "side_event", roles, {"title": title}, 0.8 if sponsors or organizer else 0.55, anchor=anchor,
            region=region,
        )


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

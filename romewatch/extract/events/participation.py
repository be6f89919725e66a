"""Participation: who took part in a session.

"X attended / took part in / participated in / joined the session", "a delegation of X travelled to
... for the session", "the session was attended by delegations from X", "X was represented at the
session", "representatives of NGOs took part, coordinated by X", "X spoke at a side event", "X was
present at the session", "the delegation of X to the session".

A mixin of the ``Assembly`` component; reads actors with the helpers of ``Meetings``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import ACTORS, uniq
from .meeting_actors import joined_before, unrealised

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext
    from .base import Finder

SESSION = frozenset({"session"})
# the heads of "took part", "sent a delegation", "was represented", "spoke at", "was present at", "delegation to"
CONSTRUCTIONS = frozenset({"take", "send", "represent", "speak", "present", "delegation", "include"})
AT = frozenset({"at", "throughout", "during"})
# those who take part, named as a group before their list
ATTENDEES = frozenset({"participant", "attendee", "speaker", "delegation", "observer", "participants", "speakers"})
AMONG = re.compile(r"\b(?:among them|amongst them|among whom|including|such as)\b")
# what one attends when one takes part in a session
SESSION_WORDS = frozenset({
    "session", "assembly", "plenary", "debate", "asp", "side", "panel", "panels", "proceedings", "deliberations",
    "sessions", "plenaries", "negotiations", "elections", "election", "vote", "voting", "work",
})  # fmt: skip
# gatherings other than the session: "took part in a workshop", "participated in the summit"
ELSEWHERE = frozenset({
    "summit", "conference", "meeting", "workshop", "seminar", "webinar", "forum", "event", "panel", "training",
    "investigation", "trial", "proceeding", "hearing", "consultation", "mission", "visit", "election", "campaign",
})  # fmt: skip
ATTENDEE_GROUPS = frozenset({"delegation", "delegations", "representatives", "delegates", "members", "ministers", "observers"})
OWN = frozenset({"its", "their", "his", "her"})
# what those at a session do there: "will discuss", "exchanged views", "debated", "negotiated" (r12 asp)
DELIBERATE = frozenset({"discuss", "debate", "exchange", "negotiate", "deliberate", "consider", "review", "examine"})  # "represented by its Attorney-General": the subject's own


class Participation:
    """`participation` events (mixin of ``Assembly``)."""

    @staticmethod
    def _crowd(f: Finder, tok: Token) -> list[str]:
        """Those a plain noun subject gathers ("diplomats from A and B gathered ...") and those one joins
        ("X will join States Parties in New York for the session"): they take part too. (r11 asp)"""
        got: list[str] = []
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and f.idx.mention(subj) is None:
            last = subj.right_edge
            got += f.mentions(ACTORS, start=subj.left_edge.idx, end=last.idx + len(last.text))
        if tok.lemma_.lower() == "join":
            got += [i for c in tok.children if c.dep_ == "dobj" for i in f.resolve(c) if f.idx.kind(i) != "session"]
        return got

    def lost_subject(self, f: Finder, tok: Token) -> list[str]:
        """A coordinated clause whose subject the parse hung on the clause before ("..., and delegations
        from A, as well as B, took part"): the group noun or name right after the ", and"."""
        for j in range(tok.i - 1, tok.head.i, -1):
            t = f.doc[j]
            if t.lower_ == "and" and f.doc[j - 1].text == ",":
                for n in f.doc[j + 1 : min(tok.i, j + 4)]:
                    if n.lemma_.lower() in ATTENDEE_GROUPS or f.idx.mention(n) is not None:
                        return self.who(f, n)
                return []
        return []

    def among_were(self, ctx: DocContext, f: Finder, main: str | None) -> None:
        """ "Among the participants in the session were A and B", "Among those attending were A": the
        inverted copula names who took part."""
        for tok in f.tokens:
            if tok.lemma_ != "be" or not any(c.dep_ == "prep" and c.lower_ in ("among", "amongst") for c in tok.children):
                continue
            among = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("among", "amongst"))
            group = next((g for g in among.children if g.dep_ == "pobj"), None)
            if group is None or group.lemma_.lower() not in ATTENDEES | {"those", "attendee"}:
                continue
            forum = [i for t in group.subtree if (m := f.idx.mention(t)) and f.idx.kind(i := m.entity_id) == "session"]
            forum = forum or ([main] if main and ctx.notes.get("events.session_report") else [])
            who = [i for i in f.list_from(tok.i + 1) if f.idx.kind(i) != "session"]
            if forum and who:
                self.emit(ctx, f, "participation", {"participant": who, "forum": forum[:1]}, {}, 0.75, anchor=tok)

    def deliberated_at(self, ctx: DocContext, f: Finder, main: str | None) -> None:
        """ "At this session, States Parties, observer States and civil society will discuss ...", "During
        the special session, delegations exchanged views on ...": those who deliberate at the session take
        part in it. (r12 asp)"""
        for tok in f.tokens:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in DELIBERATE or unrealised(tok) and not _announced(tok):
                continue
            at = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "during", "throughout")), None)
            place = next((g for g in at.children if g.dep_ == "pobj"), None) if at is not None else None
            if place is None or place.lemma_.lower() not in ("session", "assembly"):
                continue
            m = f.idx.mention(place)
            forum = [m.entity_id] if m is not None and f.idx.kind(m.entity_id) == "session" else ([main] if main else [])
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or not forum:
                continue
            who = [i for i in self.who(f, subj) if i != "court:asp" and f.idx.kind(i) != "session"]
            if subj.lemma_.lower() in ("delegation", "delegate", "state") and subj.tag_ == "NNS" and not who:
                who = ["court:states-parties"] if "court:states-parties" in ctx.entities else []
            if who:
                last = subj.right_edge
                listed = f.mentions(ACTORS, start=subj.left_edge.idx, end=last.idx + len(last.text))
                who = uniq([*who, *(i for i in listed if i != "court:asp" and f.idx.kind(i) != "session")])
                self.emit(ctx, f, "participation", {"participant": who, "forum": forum}, {}, 0.7, anchor=tok)

    def participation(self, ctx: DocContext, f: Finder) -> None:
        verbs, nouns = set(self.lex["participation_verbs"]), set(self.lex["participation_nouns"])
        main = ctx.notes.get("events.main_session")
        if "among" in f.lower:
            self.among_were(ctx, f, main)
        if " session" in f.lower:
            self.deliberated_at(ctx, f, main)
        done: set[tuple[str, ...]] = set()
        triggers = verbs | nouns | CONSTRUCTIONS
        for tok in f.having(triggers):
            lem = tok.lemma_.lower()
            if lem not in triggers:
                continue
            kids = {c.lower_ for c in tok.children}
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            took_part = (
                lem == "take" and "part" in kids
                or lem == "send" and any(c.dep_ == "dobj" and c.lemma_ in ("delegation", "delegates") for c in tok.children)
                or lem == "represent" and passive
                or lem == "speak" and "at" in kids
            )  # "took part in", "sent a delegation to", "was represented at", "spoke at a panel"
            present = (  # "X was present at the session", "present throughout the session"
                lem == "present" and tok.pos_ == "ADJ" and bool(AT & (kids | {c.lower_ for c in tok.head.children}))
            )
            sent_to = lem == "delegation" and tok.pos_ == "NOUN" and "to" in kids  # "our delegation to the session"
            included = (  # "Participants in the session included A, B and C", "Speakers in the debate included ..."
                lem == "include" and tok.pos_ == "VERB"
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in ATTENDEES for c in tok.children)
            )
            floor = (  # "more than 70 speakers took the floor, among them A, B and C"
                lem == "take" and any(c.dep_ == "dobj" and c.lower_ == "floor" for c in tok.children)
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in ATTENDEES for c in tok.children)
                and AMONG.search(f.lower) is not None
            )
            if included or floor:
                subj = next(c for c in tok.children if c.dep_ == "nsubj")
                forum = uniq(i for t in subj.subtree if (m := f.idx.mention(t)) and f.idx.kind(i := m.entity_id) == "session")
                forum = forum or f.mentions(SESSION)[:1] or ([main] if main else [])
                if included:
                    who = f.objects(tok) or f.list_from(tok.i + 1)
                else:
                    cue = AMONG.search(f.lower)
                    who = f.after_cue(cue.group(0)) if cue else []
                who = [i for i in who if f.idx.kind(i) != "session"]
                if forum and who and tuple(sorted(who)) not in done:
                    done.add(tuple(sorted(who)))
                    self.emit(ctx, f, "participation", {"participant": who, "forum": forum[:1]}, {}, 0.75, anchor=tok)
                continue
            if not (
                (tok.pos_ == "VERB" and (lem in verbs or took_part))
                or (tok.pos_ == "NOUN" and lem in nouns)
                or present
                or sent_to
            ):
                continue
            future = tok.pos_ == "VERB" and unrealised(tok) and _announced(tok)
            if tok.pos_ == "VERB" and unrealised(tok) and not future:
                continue
            scope = [t for t in (tok.head if present else tok).subtree if t.i > tok.i]
            if lem == "speak":  # only a side event: speaking in the plenary is a statement
                scope = [t for t in scope if t.lower_ not in ("session", "assembly", "plenary", "debate")]
            forum = uniq(i for t in scope if (m := f.idx.mention(t)) and f.idx.kind(i := m.entity_id) == "session")
            if lem == "attend" and passive:  # "The session was attended by delegations from A and B"
                subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
                forum = forum or [i for s in subj for i in f.resolve(s, SESSION)]
                if not forum and main and subj and subj[0].lower_ in SESSION_WORDS:
                    forum = [main]
                who = [i for c in tok.children if c.dep_ == "agent" for g in c.children for i in self.who(f, g)]
            else:
                if not forum and main and lem != "travel" and any(t.lower_ in SESSION_WORDS for t in scope[:12]):
                    forum = [main]
                if (
                    not forum and main and ctx.notes.get("events.session_report") and lem in ("participate", "take")
                    and tok.pos_ == "VERB" and tok.dep_ not in ("relcl", "acl", "xcomp", "advcl") and not any(t.lemma_.lower() in ELSEWHERE or f.idx.mention(t) is not None
                                                       and f.idx.kind(f.idx.mention(t).entity_id) in ("place", "igo") for t in scope)
                ):  # a session's report: "Palestine participated as a State Party for the fourth time"
                    forum = [main]
                who = self.actor_of(f, tok) if tok.pos_ == "VERB" else self.actor_of(f, tok.head)
                if tok.pos_ == "NOUN" and (of := f.prep_objects(tok, ("of", "by"))):
                    who = of  # "the participation of X in the session was funded by Y": X
                if present and tok.dep_ == "acomp":
                    who = self.actor_of(f, tok.head)
                if sent_to:
                    who = self.group(f, tok) or [i for c in tok.children if c.dep_ == "poss" for i in f.resolve(c)]
                if tok.pos_ == "NOUN" and not who:
                    who = [i for c in tok.children if c.dep_ == "poss" for i in f.resolve(c)]
                agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                own = any(c.dep_ == "poss" and c.lower_ in OWN for g in agents for c in g.children)
                if lem == "represent" and passive and agents and not own:  # "Civil society was represented by members of X"
                    who = [i for g in agents for i in self.who(f, g)] or who
                elif lem == "represent" and passive and agents:  # "Chile was represented by its Minister": Chile
                    who = [i for c in tok.children if c.dep_ == "nsubjpass" for i in self.who(f, c)] or who
                if lem == "represent" and passive and agents and not forum and main and ctx.notes.get("events.session_report"):
                    forum = [main]
            unnamed = (  # "attended the session as observers" where the session has no name the text gives
                not forum and not main and "court:asp" in ctx.entities and tok.pos_ == "VERB"
                and any(t.lower_ in ("session", "assembly", "plenary") for t in scope[:6])
            )
            if not forum and not unnamed:
                continue
            if future and forum[:1] != [main]:
                continue  # "will take part in the resumed session next year": a plan, not the session told
            who = [w for w in who if f.idx.kind(w) != "session"]
            if not who and "coordinated by" in f.lower:  # "representatives of NGOs took part, coordinated by X"
                who = f.after_cue("coordinated by")
            if not who and tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.head.lower_ in ("among", "amongst"):
                be = tok.head.head.head  # "X was among the organisations attending the session"
                who = [i for c in be.children if c.dep_ in ("nsubj", "nsubjpass") for i in self.who(f, c)]
            if tok.pos_ == "VERB" and tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                who = self.lost_subject(f, tok) or who  # "X was represented by A, and delegations from B took part"
            if not who and tok.pos_ == "VERB":
                who = self.left_actors(f, tok)
            if who and tok.pos_ == "VERB" and not passive:  # "A and B took part": a list the parse cut in two
                who = joined_before(f, tok.i, who)
            if tok.pos_ == "VERB" and not passive:
                who = uniq([*who, *self._crowd(f, tok)])
            if future and "court:states-parties" not in who and not any(
                c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in tok.children
            ):
                continue  # "Mexico will attend the session": one State's plan; "all States Parties will take part": the programme
            key = tuple(sorted(who)) + tuple(forum[:1])
            if not who or key in done:
                continue
            done.add(key)
            self.emit(ctx, f, "participation", {"participant": who, "forum": forum[:1]}, {}, 0.8, anchor=tok)


def _announced(tok: Token) -> bool:
    """ "All States Parties will take part", "X will join the session": the programme of the session a
    text announces (plain "will", nothing negated or hedged). (r11 asp)"""
    aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return "will" in aux and not any(c.dep_ == "neg" for c in tok.children) and not set(aux) - {"will", "be"}

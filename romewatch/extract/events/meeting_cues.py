"""What tells a meeting: the trigger verbs and nouns, and the tests around them.

"met (with)", "received / hosted / welcomed a delegation", "was received by", "briefed X", "sat down
with", "discussed Z with Y", "a meeting / talks / an exchange of views with", "paid a courtesy call on";
not "requested a meeting", "met the criteria", a heading line, or a sought person's welcome (a visit).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import doc_text
from .base import ACTORS, Finder, uniq
from .meeting_actors import PERSON
from .visits import SOUGHT

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

from .meeting_actors import (
    ASKED,
    BRIEFED,
    CALL_NOUNS,
    GATHERINGS,
    GROUP_NOUNS,
    MEETING_VERBS,
    NOT_MET,
    OFFICES,
    WITH_VERBS,
    MeetingActors,
    unrealised,
)

# what a host offers its guests: "hosted a working lunch for X", "gave a dinner in honour of Y"
MEALS = frozenset({"dinner", "lunch", "breakfast", "reception", "luncheon"})


# "the President of the Court, Judge X": the body an office belongs to, not one more participant (r11 asp)
OFFICE_OF = re.compile(
    r"\b(?:President|Vice-President|Prosecutor|Registrar|Minister|Chair(?:person)?|Director|Head|Secretary|Judges?)\s+of\s+(?:the\s+)?$"
)

class MeetingCues(MeetingActors):
    """The triggers of `meeting` events and their tests (mixin of ``Assembly``)."""

    @staticmethod
    def new_subject(t: Token, trigger: Token) -> bool:
        """Whether ``t`` (in a mention) is the subject of a verb other than the trigger's."""
        while t.dep_ == "compound" and t.head.i != t.i:
            t = t.head
        return t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in (trigger.i, trigger.head.i)

    @staticmethod
    def office_of(f: Finder, t: Token) -> bool:
        """ "the President of the Court", "Registrar of the ICC": ``t`` names whose office it is."""
        head = f.idx.mention(t)
        last = t
        while last.i + 1 < f.sent.end and f.idx.mention(f.doc[last.i + 1]) is head:
            last = f.doc[last.i + 1]
        top = last if last.dep_ == "pobj" else t
        return top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in OFFICES and (
            f.idx.mention(top.head.head) is None
        )

    @staticmethod
    def named_after(f: Finder, t: Token, office: bool = False) -> bool:
        """ "Ukraine's minister, X": the owner's office holder is named right after (X is the one met);
        "Ghana's President" alone: the state is; "Fatou Bensouda, the court's former prosecutor": she is."""
        title = t.head if not office else t.head.head
        while office and title.dep_ == "pobj" and title.head.head.i != title.i:  # "the Registrar of the Court"
            title = title.head.head
        if title.dep_ == "appos" and (m := f.idx.mention(title.head)) is not None and f.idx.kind(m.entity_id) == "person":
            return True
        j = (title if office else t).left_edge.i - 1
        if j > f.sent.start and f.doc[j].text == "," and (m := f.idx.mention(f.doc[j - 1])) is not None:
            return f.idx.kind(m.entity_id) == "person"
        for a in f.doc[t.i + 2 : min(f.sent.end, t.i + 9)]:
            if a.text in ";." or (a.pos_ in ("VERB", "AUX") and f.idx.mention(a) is None):
                return False
            if (m := f.idx.mention(a)) is not None and f.idx.kind(m.entity_id) == "person":
                return True
        return False

    @staticmethod
    def _with(v: Token) -> Token | None:
        """The "with" of "discussed X with Y" (on the verb or on its object)."""
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                return c
            if c.dep_ == "dobj":
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ == "with":
                        return g
        for c in v.children:  # "met on a regular basis with X": the parse hangs "with" on "basis"
            if c.dep_ == "prep" and c.lower_ != "with":
                for g in c.children:
                    w = next((x for x in g.children if x.dep_ == "prep" and x.lower_ == "with"), None)
                    if g.dep_ == "pobj" and w is not None:
                        return w
        return None

    def _meeting_trigger(self, f: Finder, tok: Token, nouns: set[str]) -> str | None:
        lem = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            if lem not in MEETING_VERBS:
                return None
            kids = list(tok.children)
            if lem == "call":
                return "call" if self.called_on(f, tok) is not None else None
            if lem in ("telephone", "phone", "ring"):
                obj = next((c for c in kids if c.dep_ == "dobj"), None)
                if obj is not None and ((m := f.idx.mention(obj)) is not None and f.idx.kind(m.entity_id) in ACTORS or self.group(f, obj)):
                    return "receive"  # "the President telephoned the Minister of Justice of Chile"
            if lem in ("meet", "confer"):
                obj = next((c for c in kids if c.dep_ == "dobj"), None)
                if obj is not None and obj.lemma_.lower() in NOT_MET and f.idx.mention(obj) is None:
                    return None  # "met the criteria set by the Assembly"
                return "meet"
            if lem == "brief" and not any(c.dep_ == "auxpass" for c in kids):
                obj = next((c for c in kids if c.dep_ == "dobj"), None)
                if obj is not None and (m := f.idx.mention(obj)) is not None and f.idx.kind(m.entity_id) in BRIEFED:
                    return "receive"  # "X briefed the President of the Assembly on ...": they met
            if lem in ("receive", "host", "welcome") and not any(c.dep_ == "auxpass" for c in kids):
                obj = next((c for c in kids if c.dep_ == "dobj"), None)
                if obj is not None and (
                    obj.lemma_.lower() in GROUP_NOUNS
                    or (obj.lemma_.lower() in OFFICES and f.idx.mention(obj) is None and self.group(f, obj))
                    or (
                        lem == "receive" and (m := f.idx.mention(obj)) is not None and f.idx.kind(m.entity_id) in ACTORS
                        and (f.idx.kind(m.entity_id) != "person" or self.hosted_person(f, obj))
                    )  # "Mongolia received Putin, the subject of a warrant": a visit (``visits``)
                    or (lem in ("host", "welcome") and self.hosted_person(f, obj))
                ):
                    return "receive"  # "received a delegation of X", "received the Registrar"
            subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
            if subj is None and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in kids):
                subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "X landed ... and was received by Y"
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            by_person = agent is not None and any(
                (m := f.idx.mention(g)) is not None and f.idx.kind(m.entity_id) == "person" for g in agent.subtree
            )  # "Putin was greeted by President X": the leaders met, whatever the visit
            if (
                (lem in ("receive", "brief") or (lem in ("welcome", "host", "greet") and subj is not None and (
                    by_person or not self.sought_guest(f, subj)
                )))
                and agent is not None
                and subj is not None
                and (
                    subj.lemma_.lower() in GROUP_NOUNS
                    or (f.idx.mention(subj) is not None and f.idx.kind(f.idx.mention(subj).entity_id) in ACTORS)
                    or (subj.lemma_.lower() in OFFICES and any(c.dep_ == "poss" for c in subj.children))
                    or (subj.lower_ in ("he", "she") and by_person and f.resolve(subj, PERSON))
                    or self.own_team(f, subj)
                )
            ):
                return "received"  # "X was received by the President", not "its notification was received by"
            if lem in ("host", "give", "offer", "organise", "organize") and self.meal_for(tok) is not None:
                return "meal"  # "Finland hosted a dinner for the President and the Prosecutor"
            if lem == "sit" and any(c.lower_ == "down" for c in kids) and self._with(tok) is not None:
                return "with"  # "sat down with the minister"
            if lem in WITH_VERBS and self._with(tok) is not None:
                return "with"  # "discussed witness protection with the minister"
            if lem == "discuss" and tok.tag_ == "VBD" and len(self.joint_subject(f, tok)) >= 2:
                return "meet"  # "the President and the Secretary-General discussed cooperation"
            return None
        if tok.pos_ in ("NOUN", "PROPN") and lem in nouns and tok.dep_ != "compound":
            return "noun"
        if tok.pos_ == "NOUN" and lem in CALL_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_ in ("pay", "make"):
            on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "to")), None)
            if on is not None and any(
                (m := f.idx.mention(g)) is not None and f.idx.kind(m.entity_id) == "person" for g in on.children
            ):
                return "call"  # "paid a courtesy call on the President", "paid a visit to the Registrar"
        if (
            tok.pos_ == "NOUN" and lem in self.lex["meeting_with_nouns"] and tok.dep_ == "dobj"
            and tok.head.lemma_ in ("have", "hold") and len(self.actor_of(f, tok.head)) >= 2
        ):
            return "noun"  # "A and B had an exchange of views", "held a dialogue"
        if tok.pos_ == "NOUN" and lem in self.lex["meeting_with_nouns"] and any(
            c.dep_ == "prep" and c.lower_ in ("with", "between")
            for c in [*tok.subtree, *(tok.head.children if tok.dep_ in ("nsubjpass", "dobj") else ())]
        ):  # "an exchange of views with X", "a videoconference was held between X and Y"
            return "noun"  # "held discussions with X", "a dialogue between X and Y"
        return None

    def joint_subject(self, f: Finder, v: Token) -> list[str]:
        """ "A and the Minister of B discussed ...": the subject and its conjuncts, each read as an actor."""
        got = self.actor_of(f, v)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            got = uniq([*got, *(i for c in subj.conjuncts for i in self.who(f, c))])
        return got

    @staticmethod
    def meal_for(v: Token) -> Token | None:
        """The "for" / "in honour of" of "hosted a dinner for X", "gave a reception in honour of X"."""
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in MEALS), None)
        if obj is None:
            return None
        for head in (obj, v):
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "in"):
                    return c
        return None

    def gathered(self, f: Finder, tok: Token) -> list[str]:
        """ "The meeting, which brought together A, B and C, was chaired by D": A, B, C and D."""
        got: list[str] = []
        for c in tok.children:
            if c.dep_ == "relcl" and c.lemma_ in ("bring", "gather", "unite", "assemble", "convene", "involve"):
                got += [i for o in c.children if o.dep_ == "dobj" for i in f.resolve(o)]
                if c.lemma_ == "bring":
                    got += f.list_from(c.i + 1, skip=2) if not got else []
        if tok.dep_ == "nsubjpass" and tok.head.lemma_ in ("chair", "host", "convene", "organise", "organize", "lead"):
            got += [i for c in tok.head.children if c.dep_ == "agent" for g in c.children for i in f.resolve(g)]
        return uniq(got)

    @staticmethod
    def called_on(f: Finder, v: Token) -> Token | None:
        """ "Delegates of Chile called on the Registrar on 4 December": a visit; "called on X to act",
        "we call on X": a demand."""
        if v.tag_ != "VBD" or any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in v.children):
            return None
        on = next((c for c in v.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"), None)
        if on is None:
            return None
        obj = next((c for c in on.children if c.dep_ == "pobj"), None)
        if obj is None or (m := f.idx.mention(obj)) is None or f.idx.kind(m.entity_id) not in ("person", "court", "state"):
            return None
        if any(t.lower_ in ("to", "for") for t in f.doc[obj.i + 1 : f.sent.end]):
            return None  # "called on the Registrar to ...", "called on X for ..."
        return on

    @staticmethod
    def asked(verb: Token, tok: Token) -> bool:
        """ "requested a meeting with X", "invite the authorities to a meeting", "requested that the
        Bureau convene a meeting with X": a meeting asked for, not held."""
        if verb.lemma_.lower() in ASKED and (tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.head.i == verb.i)):
            return True
        return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ASKED and verb.tag_ in ("VB", "VBP")

    @staticmethod
    def own_clause(verb: Token) -> bool:
        """A clause with a subject of its own ("..., and we held consultations with Z")."""
        return verb.dep_ in ("conj", "ROOT", "ccomp") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    @staticmethod
    def heading_line(f: Finder, tok: Token) -> bool:
        """A section heading ("Meetings with Court officials"), alone or joined by the sentence splitter
        to the paragraph below it: a first line without a verb or a closing stop."""
        text = doc_text(f.doc)
        start = text.rfind("\n", 0, tok.idx) + 1
        end = text.find("\n", tok.idx)
        if end < 0 or start > f.sent.start_char or end - start > 90:
            return False
        line = text[start:end].rstrip()
        if not line or line[-1] in ".;:,!?":
            return False
        return not any(t.pos_ in ("VERB", "AUX") for t in f.tokens if start <= t.idx < end)

    @classmethod
    def sought_guest(cls, f: Finder, tok: Token) -> bool:
        """ "Putin was welcomed by Orban": a person the Court seeks (a visit, not a meeting)."""
        m = f.idx.mention(tok)
        return m is not None and f.idx.kind(m.entity_id) == "person" and not cls.hosted_person(f, tok)

    @staticmethod
    def hosted_person(f: Finder, obj: Token) -> bool:
        """ "Mexico hosted the President of the Court for a working lunch": a meeting; a host of a
        person the Court seeks is a visit (``visits``), not a meeting."""
        m = f.idx.mention(obj)
        if m is None or f.idx.kind(m.entity_id) != "person" or SOUGHT.search(f.lower):
            return False
        return not any(e.type == "arrest_warrant" and m.entity_id in e.roles.get("subject", []) for e in f.ctx.events)

    def meeting_forum(self, ctx: DocContext, f: Finder) -> list[str]:
        """The session a meeting took place at: the one the sentence names, else the session a report
        about one session is about; a news story that mentions a coming session is no report of it."""
        named = f.mentions(frozenset({"session"}))
        if named:
            return named[:1]
        main = ctx.notes.get("events.main_session")
        aside = re.search(r"\b(?:on|in) the (?:sidelines|margins?|fringes?)\b", f.lower)  # "On the sidelines, X met Y"
        return [main] if main and (aside or ctx.notes.get("events.session_report")) else []

    def attended_by(self, ctx: DocContext, f: Finder, tok: Token) -> bool:
        """ "The retreat of 3 May was attended by A, B and C", "the consultation was attended by X and
        Y": a meeting of those who attended (a session attended is participation). (r11 asp)"""
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
            subj = tok.head  # "the retreat on 19 March, attended by A, B and C, allowed ..."
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if subj is None or agent is None or subj.lemma_.lower() not in GATHERINGS or f.idx.mention(subj) is not None:
            return False
        last = tok.right_edge if tok.dep_ != "ROOT" else f.doc[f.sent.end - 1]  # the list the parse hangs on the verb
        who = f.mentions(ACTORS, start=agent.idx, end=last.idx + len(last.text))  # "the Registrar, Mr X, and Judge Y"
        text = ctx.document.text
        who = [
            m.entity_id for m in ctx.mentions_in(agent.idx, last.idx + len(last.text))
            if m.entity_id in who and f.idx.kind(m.entity_id) != "session"
            and not OFFICE_OF.search(text[max(0, m.start - 40) : m.start])  # "the President of the Court, Judge X"
        ]
        who = uniq(who)
        if len(who) < 2 or unrealised(tok):
            return False
        told = next((e for e in ctx.events if e.type == "meeting" and e.evidence[0][0] == f.sent.start_char), None)
        if told is not None:  # "the retreat with the Presidency on 19 March, attended by A, B and C": one meeting
            told.roles["participant"] = uniq([*told.roles.get("participant", []), *who])
            return True
        self.emit(ctx, f, "meeting", {"participant": who, "forum": self.meeting_forum(ctx, f)}, {}, 0.7, anchor=tok)
        return True

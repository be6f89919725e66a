"""Meetings: who met whom.

"X met (with) Y", "held talks / consultations / a meeting with Y", "a bilateral meeting between X
and Y", "X received Y", "Y was received by X", "hosted a delegation of Y", "discussed Z with Y",
"sat down with Y", "X held a briefing ..., which Y attended", "attended a summit of Z". Also the
helpers that read who acts through group nouns ("a delegation of X"), shared with ``participation``.

A mixin of the ``Assembly`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import ACTORS, Finder, uniq
from .visits import SOUGHT

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

STOP_MEETING = frozenset({"discuss", "focus", "raise", "address", "concern", "regard", "say", "tell"})
BREAK_WORDS = frozenset({
    "about", "on", "regarding", "concerning", "to", "who", "which", "in", "during", "at", "for",
    "while", "as", "when", "because", "amid", "despite", "although", "though", "whereas", "until", "unless",
})  # fmt: skip
# offices whose holder is named beside them: "the President of the Court, Judge X": X, not the Court
OFFICES = frozenset({
    "president", "registrar", "prosecutor", "judge", "minister", "chair", "chairperson", "director", "head",
    "secretary", "secretary-general", "coordinator", "ambassador", "representative", "deputy", "member",
    "commissioner", "rapporteur", "envoy", "spokesperson", "counsel", "focal", "facilitator", "chief", "officer",
    "general", "attorney", "governor", "mayor", "premier", "chancellor",
})  # fmt: skip
# nouns that stand for whoever sent them: "a delegation of X", "representatives from X and Y"
TITLES = frozenset({"minister", "ambassador", "envoy", "foreign minister", "delegate", "representative"})
PERSON = frozenset({"person"})
BRIEFED = frozenset({"person", "organization", "court", "state"})  # not the Security Council: a briefing there is a statement
GROUP_NOUNS = frozenset({
    "delegation", "delegations", "representative", "representatives", "delegate", "delegates", "member",
    "members", "staff", "legislator", "legislators", "parliamentarian", "parliamentarians", "team",
    "official", "officials", "envoy", "envoys", "mission", "minister", "ministers",
})  # fmt: skip
COLLECTIVE = frozenset({
    "delegation", "delegations", "representatives", "delegates", "members", "staff", "team", "mission",
    "legislators", "parliamentarians", "officials", "envoys", "ministers",
})  # fmt: skip
# gatherings whose attendees meet the holder
GATHERINGS = frozenset({"briefing", "summit", "meeting", "consultation", "consultations", "dinner", "reception"})
FORUM_GATHERINGS = frozenset({"summit", "conference", "ministerial"})


MEETING_VERBS = frozenset({
    "meet", "confer", "receive", "host", "welcome", "discuss", "consult", "speak", "talk", "sit", "brief",
    "exchange", "converse", "call", "telephone", "phone", "ring",
})  # fmt: skip
# verbs "with Y" makes a meeting: "engaged with the Registry", "exchanged views with Chile"
WITH_VERBS = frozenset({"discuss", "consult", "confer", "speak", "talk", "exchange", "converse"})
# what one meets that is no one: "met the criteria", "met the deadline"
NOT_MET = frozenset({
    "criterion", "criteria", "requirement", "standard", "threshold", "deadline", "target", "obligation", "need",
    "expectation", "condition", "goal", "commitment", "demand", "cost", "challenge", "test", "fate", "end",
    "quorum", "benchmark", "objective", "request", "concern", "burden", "mark", "resistance", "opposition",
    "approval", "response", "reaction", "silence", "scepticism", "skepticism", "criticism", "limit",
})  # fmt: skip
# "requested / sought / proposed a meeting with X": asked for, not held
ASKED = frozenset({
    "request", "seek", "propose", "ask", "want", "plan", "schedule", "offer", "suggest", "demand", "refuse",
    "decline", "cancel", "postpone", "call", "invite", "hope", "await", "expect", "deny", "reject", "urge",
})  # fmt: skip
# visits that are calls on someone: "paid a courtesy call on the President", "a visit to the Registrar"
CALL_NOUNS = frozenset({"call", "visit"})
MODALS = frozenset({"would", "will", "could", "should", "may", "might", "shall", "must", "can"})
# "travelled to The Hague to meet X", "registered to take part": the purpose was carried out
CARRIED_OUT = frozenset({"travel", "come", "go", "arrive", "register", "return", "fly", "gather", "meet", "visit"})


def outer_mentions(f: Finder, start: int, end: int) -> list[str]:
    """The actors named between two offsets, a name inside a longer one left out ("the Coalition for
    the International Criminal Court" is not also the Court)."""
    got = [m for m in f.ctx.mentions_in(start, end) if f.idx.kind(m.entity_id) in ACTORS]
    return uniq(
        m.entity_id for m in got
        if not any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o in got)
    )


def joined_before(f: Finder, i: int, got: list[str]) -> list[str]:
    """``got`` (the subject the parse found, ending before token ``i``) widened to the list it ends
    ("A and B took part" parsed with B alone); not across a bare comma ("According to A, B met ...")."""
    before, glue = list_span_before(f, i, subjects=True)
    if not set(got) <= set(before) or len(before) <= len(got) or not ({"and", "&"} & glue):
        return got
    return before


def list_before(f: Finder, i: int) -> list[str]:
    """The list of actors right before token ``i`` ("A, B and C co-sponsored"), when the parse lost it."""
    return list_span_before(f, i)[0]


OBJECT_DEPS = frozenset({"pobj", "dobj", "dative", "attr", "oprd"})


def list_span_before(f: Finder, i: int, subjects: bool = False) -> tuple[list[str], set[str]]:
    """``list_before`` and the words that join its items; with ``subjects``, not past an object of
    another word ("received by A, and B held ...": B alone)."""
    j, ids, glue = i - 1, [], set()
    while j >= f.sent.start:
        t = f.doc[j]
        m = f.idx.mention(t)
        if m is not None and subjects and t.dep_ in OBJECT_DEPS:
            break
        if m is not None:
            if f.idx.kind(m.entity_id) in ACTORS:
                ids.insert(0, m.entity_id)
        elif not (t.text in (",", "&") or t.lower_ in ("and", "the", "as", "well")):
            break
        else:
            glue.add(t.lower_)
        j -= 1
    return uniq(ids), glue


def unrealised(tok: Token) -> bool:
    """ "would welcome the opportunity to meet", "intends to consult", "will attend": not (yet) held."""
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in MODALS:
            return True
        if c.dep_ == "neg":
            return True
        if c.dep_ == "aux" and c.lower_ == "to" and tok.head.lemma_.lower() not in CARRIED_OUT:
            return True
    return False


class Meetings:
    """`meeting` and `participation` events (mixin of ``Assembly``)."""

    # --- who: group nouns, subjects -------------------------------------------------------------
    @staticmethod
    def group(f: Finder, tok: Token) -> list[str]:
        """ "A delegation of X", "representatives from X and Y", "X's delegation": X (and Y); "our
        Executive Director", "Kenya's Attorney-General" (whom no name tells): whose office it is."""
        if tok.lemma_.lower() in OFFICES and f.idx.mention(tok) is None:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None:
                return f.resolve(owner)
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is None:
                return []
            # "the Minister of Justice of Chile", "the Attorney-General of Kenya": the state (or body) served
            return [i for t in of.subtree if (m := f.idx.mention(t)) is not None and (i := m.entity_id) and f.idx.kind(i) in ACTORS][:1]
        if tok.lemma_.lower() not in GROUP_NOUNS and tok.lower_ not in GROUP_NOUNS:
            return []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                got = f.list_from(c.i + 1, skip=4)
                if got:
                    return got
                for g in c.children:  # "a delegation of our organisations": whoever "we" are
                    got = [i for p in g.children if p.dep_ == "poss" and p.lower_ in ("our", "their") for i in f.resolve(p)]
                    if got:
                        return got
            if c.dep_ == "prep" and c.lower_ in ("including", "like"):  # "900 participants, including representatives of X"
                got = [i for g in c.children if g.dep_ == "pobj" for i in (Meetings.group(f, g) or f.list_from(g.left_edge.i, skip=4))]
                if got:
                    return uniq(got)
        for c in tok.children:  # "PGA members", "the CICC delegation"
            if c.dep_ in ("compound", "amod", "nmod") and (m := f.idx.mention(c)) is not None and f.idx.kind(m.entity_id) in ACTORS:
                return f.resolve(c)
        owner = f.possessor(tok)
        return f.resolve(owner) if owner is not None else []

    def who(self, f: Finder, noun: Token) -> list[str]:
        return self.group(f, noun) or f.resolve(noun) or self.titled(f, noun)

    @staticmethod
    def titled(f: Finder, noun: Token) -> list[str]:
        """ "the Minister was received by ...": the one person a visit report is about, told by title
        alone (a definite singular title no mention covers), is the person named last before."""
        if noun.lemma_.lower() not in TITLES or noun.tag_ in ("NNS", "NNPS") or f.idx.mention(noun) is not None:
            return []
        if not any(c.lower_ == "the" for c in noun.children):
            return []
        near = f.idx.before(f.sent.start_char, PERSON, window=800)
        return [near] if near else []

    def actor_of(self, f: Finder, v: Token) -> list[str]:
        """The subject of ``v``, read through group nouns ("a delegation of X met ..."); "we thank you
        for receiving us": the thanked."""
        if v.dep_ == "pcomp" and v.head.lower_ == "for" and v.head.head.lemma_ in ("thank", "grateful", "thankful"):
            thanked = f.objects(v.head.head)
            if thanked:
                return thanked
        subjs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj = ([c for c in subjs if c.i < v.i] or subjs or [None])[-1]  # "The following day, CAR held": CAR
        if subj is not None:
            got = self.group(f, subj)
            if got:
                return got
        got = f.subject(v)
        if got and subj is not None and subj.i < v.i:  # "CAR and the Kenyan Section of X held": a list the parse cut
            got = joined_before(f, subj.right_edge.i + 1, got)
        if not got and v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in v.children):
            got = f.resolve(v.head)  # "Ana Ruiz, who met Chile on Monday"
            among = v.head.head
            if not got and v.head.dep_ == "pobj" and among.lower_ in ("among", "amongst"):
                got = [i for c in among.head.children if c.dep_ == "nsubj" for i in f.resolve(c)]  # "X was among those who met Y"
        if not got and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
            got = self.group(f, v.head)
        return got

    def left_actors(self, f: Finder, tok: Token) -> list[str]:
        """The parse lost the subject: the actors of the sentence before the trigger, when no other
        finite verb stands between them ("Representatives of A, B and C registered to take part")."""
        chain = {tok.i, tok.head.i}
        for t in f.doc[f.sent.start : tok.i]:
            if t.pos_ in ("VERB", "AUX") and t.i != tok.head.i and not (t.dep_ in ("aux", "auxpass") and t.head.i in chain):
                return []
            if t.text in ";:":
                return []
        return f.mentions(ACTORS, end=tok.idx)

    # --- meetings ------------------------------------------------------------------------------
    def counterparts(self, f: Finder, tok: Token) -> list[tuple[list[str], int, int]]:
        """Who was met, in groups with their character regions: "met the Registrar, X, to discuss ...,
        and the President, Y, who ..." is two meetings (each has its own aside), as is "met A on
        8 December and B on 9 December"; "met the Registrar and the President" is one."""
        groups: list[list[str]] = [[]]
        starts = [tok.idx]
        another = self.another_meeting
        skipping = False
        doc = f.doc
        for t in doc[tok.i + 1 : f.sent.end]:
            m = f.idx.mention(t)
            if t.text == ";" or (t.text == "." and t.dep_ == "punct"):
                break
            if m is None and t.pos_ == "NOUN" and t.lemma_.lower() in another and groups[-1]:
                skipping = False  # "meetings with A and B, as well as a briefing with C": two meetings
                groups.append([])
                starts.append(t.idx)
                continue
            if skipping:  # inside an aside: resume at ", and" followed closely by someone
                if t.lower_ == "and" and doc[t.i - 1].text == ",":
                    ahead = doc[t.i + 1 : min(f.sent.end, t.i + 6)]
                    if any(f.idx.mention(a) is not None and self.new_subject(a, tok) for a in ahead):
                        break
                    if any((x := f.idx.mention(a)) is not None and f.idx.kind(x.entity_id) in ACTORS for a in ahead):
                        skipping = False
                        groups.append([])
                        starts.append(t.idx)
                continue
            if m is None and (
                (t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"))
                or t.lemma_ in STOP_MEETING
                or t.lower_ in BREAK_WORDS
            ):
                if not groups[-1]:
                    break
                skipping = True
                continue
            if m is not None and self.new_subject(t, tok):
                break  # "received by A, and B held consultations with C": B opens a clause of its own
            nxt = f.doc[t.i + 1] if t.i + 1 < f.sent.end else t
            owner = nxt.lower_ in ("'s", "\u2019s") and self.named_after(f, t)
            if m is not None and not owner and self.office_of(f, t) and self.named_after(f, t, office=True):
                owner = True  # "the President of the Court, Judge X": X
            if m is not None and f.idx.kind(m.entity_id) in ACTORS and not owner:  # "Ukraine's minister, X": X
                if m.entity_id not in groups[-1]:
                    groups[-1].append(m.entity_id)
            elif m is None and t.lower_ in COLLECTIVE and not groups[-1]:
                groups[-1] += self.group(f, t)
        starts.append(f.sent.end_char)
        return [(g, starts[k], starts[k + 1]) for k, g in enumerate(groups) if g]

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
            if (
                (lem == "receive" or (lem in ("welcome", "host") and subj is not None and not self.sought_guest(f, subj)))
                and any(c.dep_ == "agent" for c in kids)
                and subj is not None
                and (
                    subj.lemma_.lower() in GROUP_NOUNS
                    or (f.idx.mention(subj) is not None and f.idx.kind(f.idx.mention(subj).entity_id) in ACTORS)
                    or (subj.lemma_.lower() in OFFICES and any(c.dep_ == "poss" for c in subj.children))
                )
            ):
                return "received"  # "X was received by the President", not "its notification was received by"
            if lem == "sit" and any(c.lower_ == "down" for c in kids) and self._with(tok) is not None:
                return "with"  # "sat down with the minister"
            if lem in WITH_VERBS and self._with(tok) is not None:
                return "with"  # "discussed witness protection with the minister"
            if lem == "discuss" and tok.tag_ == "VBD" and len(self.actor_of(f, tok)) >= 2:
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
        if tok.pos_ == "NOUN" and lem in self.lex["meeting_with_nouns"] and any(
            c.dep_ == "prep" and c.lower_ in ("with", "between")
            for c in [*tok.subtree, *(tok.head.children if tok.dep_ in ("nsubjpass", "dobj") else ())]
        ):  # "an exchange of views with X", "a videoconference was held between X and Y"
            return "noun"  # "held discussions with X", "a dialogue between X and Y"
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
        text = f.doc.text
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

    def meeting(self, ctx: DocContext, f: Finder) -> None:
        nouns = set(self.lex["meeting_nouns"])
        forum = self.meeting_forum(ctx, f)
        used: set[int] = set()  # the verbs of the meetings told: a later one needs a clause of its own
        for tok in f.tokens:
            kind = self._meeting_trigger(f, tok, nouns)
            if kind is None:
                continue
            if tok.idx < ctx.notes.get("events.header_end", 0):
                continue  # the headline tells the lead's meeting again
            if kind == "noun" and self.heading_line(f, tok):
                continue  # "Meetings with Court officials and States" above the paragraph that tells them
            plural_subject = kind == "noun" and tok.dep_ == "dobj" and len(self.actor_of(f, tok.head)) >= 2
            gathered = self.gathered(f, tok) if kind == "noun" else []  # "the meeting, which brought together A and B"
            plural_subject = plural_subject or len(gathered) >= 2
            if kind == "noun" and (
                (tok.head.lower_ in ("at", "during", "after", "before", "since", "of") and not any(
                    c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children
                ))  # "At its first meeting, ...": a time; "present at the dialogue with X": a meeting
                or any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
                or not (plural_subject or any(
                    c.lower_ in ("with", "between")
                    for c in [*tok.head.children, *f.doc[tok.i + 1 : min(f.sent.end, tok.i + 12)]]
                ))
            ):
                continue  # "At its first meeting, the Assembly elected ...": a time, not a meeting
            verb = tok if kind not in ("noun", "call") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok.head)
            if unrealised(verb) or (kind == "noun" and self.asked(verb, tok)):
                continue  # "requested a meeting with X", "invite them to a meeting": asked for, not held
            if used and (verb.i in used or not self.own_clause(verb)):
                continue  # "X was received by Y, and we held consultations with Z": two meetings, one each
            if kind == "received":
                who = [i for c in tok.children if c.dep_ == "nsubjpass" for i in self.who(f, c)] or self.actor_of(f, tok)
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                groups = self.counterparts(f, agent) if agent is not None else []
                others = [i for c in tok.children if c.dep_ == "agent" for g in c.children for i in f.resolve(g)]
                if not self._emit_meeting(ctx, f, tok, who, groups or [(others, tok.idx, f.sent.end_char)], forum):
                    return
                used.add(verb.i)
                continue
            if kind == "call":
                on = self.called_on(f, tok) if tok.pos_ == "VERB" else None
                on = on or next(c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "to"))
                host = tok if tok.pos_ == "VERB" else tok.head
                if not self._emit_meeting(ctx, f, tok, self.actor_of(f, host), self.counterparts(f, on), forum):
                    return
                used.add(verb.i)
                continue
            if kind == "with":
                who = self.actor_of(f, tok)
                prep = self._with(tok)
                if "accompanied by" in f.lower:
                    who = uniq([*who, *f.after_cue("accompanied by")])
                if not self._emit_meeting(ctx, f, tok, who, self.counterparts(f, prep), forum):
                    return
                used.add(verb.i)
                continue
            gov = tok if kind != "noun" else tok.head
            while kind == "noun" and gov.pos_ in ("ADP", "ADJ", "CCONJ") and gov.head.i != gov.i:
                gov = gov.head  # "X was present at the dialogue with Y": X's
            who = self.actor_of(f, gov) if gov.pos_ in ("VERB", "AUX") and tok.dep_ not in ("nsubj", "nsubjpass") else []
            owner = next((c for c in tok.children if c.dep_ == "poss"), None) if kind == "noun" else None
            if owner is not None and f.idx.mention(owner) is not None:
                who = f.resolve(owner)  # "Karim Khan's meeting with X", "the Registrar's talks with Y"
            if gov.dep_ == "relcl":  # "X joined a delegation of Y that met Z"
                n = gov.head
                while n.dep_ in ("pobj", "prep") and n.head.i != n.i:
                    n = n.head
                if n.dep_ == "dobj" and n.head.lemma_ in ("join", "accompany", "lead", "head"):
                    who = uniq([*f.subject(n.head), *who])
            if "accompanied by" in f.lower:  # "Khan, accompanied by his deputy, met ..."
                who = uniq([*who, *f.after_cue("accompanied by")])
            groups = self.counterparts(f, tok)
            if not groups and kind == "meet" and (w := self._with(tok)) is not None:
                groups = self.counterparts(f, w)  # "met on a regular basis with the Registry"
            if not groups and kind == "noun" and gov.pos_ in ("VERB", "AUX"):
                w = next((c for c in gov.children if c.dep_ == "prep" and c.lower_ in ("with", "between")), None)
                if w is not None:  # "A videoconference was held between A and B"
                    groups = self.counterparts(f, w)
                    if w.lower_ == "between":
                        who = []
            if gathered:
                groups = [(uniq([*(x for g, _, _ in groups for x in g), *gathered]), tok.idx, f.sent.end_char)]
            if kind == "noun":  # "a consultation with civil society, in which A, B and C participated"
                joined = [  # the actors between "in which" and the verb
                    i for c in tok.subtree if c.dep_ == "relcl" and c.lemma_.lower() in self.lex["participation_verbs"]
                    for i in outer_mentions(f, c.left_edge.idx, c.idx)
                ]
                if joined:
                    groups = [(uniq([*(x for g, _, _ in groups for x in g), *joined]), tok.idx, f.sent.end_char)]
            if kind == "noun" and any(c.lower_ == "between" for c in tok.children):
                who = []  # "a meeting between X and Y": both are in the list
            elif kind == "noun" and not who and groups and any(c.lower_ == "with" for c in tok.children):
                # "A meeting with Ms X took place on 15 December": the visitor of the meetings told before,
                # else the report's own voice
                prev = next((e for e in reversed(ctx.events) if e.type == "meeting"), None)
                who = prev.roles["participant"][:1] if prev is not None else f.voice(tok)
            if kind == "noun" and not who and not groups:
                continue
            if (
                not groups
                and len(who) >= 2
                and (kind == "meet" and tok.tag_ == "VBD" or gov.lemma_ in ("hold", "have"))
                and not any(c.dep_ == "nsubj" and c.lower_ in ("we", "they") for c in gov.children)
            ):
                groups = [(who[1:], tok.idx, f.sent.end_char)]  # "Khan and Zelensky met in Kyiv", "A and B held talks"
                who = who[:1]
            if self._emit_meeting(ctx, f, tok, who, groups, forum, need_other=kind != "noun"):
                used.add(verb.i)

    def _emit_meeting(
        self,
        ctx: DocContext,
        f: Finder,
        tok: Token,
        who: list[str],
        groups: list[tuple[list[str], int, int]],
        forum: list[str],
        need_other: bool = True,
    ) -> bool:
        emitted = False
        parts = groups if len(groups) > 1 else [(uniq(x for g, _, _ in groups for x in g), tok.idx, f.sent.end_char)]
        for others, lo, hi in parts:
            participants = uniq([*who, *others])
            if len(participants) < 2 or (need_other and not others):
                continue
            date = None
            if len(parts) > 1:  # each counterpart its own day: "A on 8 December, and B on 9 December"
                own = [d for d in ctx.dates_in(lo, hi) if d.value]
                date = (own[0].value, own[0].end_value) if own else None
            self.emit(
                ctx, f, "meeting", {"participant": participants, "forum": forum}, {}, 0.75, anchor=tok, date=date
            )
            emitted = True
        return emitted

    def gathering(self, ctx: DocContext, f: Finder) -> None:
        """ "X held a briefing ..., which Y attended": a meeting of its holders and attendees;
        "Y attended a summit of Z": a meeting at Z."""
        for tok in f.tokens:
            if tok.pos_ != "VERB" or tok.lemma_ != "attend":
                continue
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if tok.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in tok.children):
                # "held a briefing for civil society on 3 December, which X attended"
                obj = next((t for t in reversed(f.doc[max(f.sent.start, tok.i - 20) : tok.i]) if t.lemma_ in GATHERINGS), obj)
            if obj is None or obj.lemma_ not in GATHERINGS | FORUM_GATHERINGS:
                continue
            attendees = self.actor_of(f, tok) if tok.dep_ != "relcl" else [
                i for c in tok.children if c.dep_ == "nsubj" for i in f.resolve(c)
            ]
            holders = self.actor_of(f, obj.head) if obj.head.pos_ == "VERB" and obj.dep_ == "dobj" and obj.head.i != tok.i else []
            holders = holders or f.prep_objects(obj, ("of", "by"))
            at = []
            if obj.lemma_ in FORUM_GATHERINGS:
                at, holders = holders, []
            participants = uniq([*holders, *attendees])
            if attendees and (len(participants) >= 2 or at):
                forum = at or self.meeting_forum(ctx, f)
                self.emit(ctx, f, "meeting", {"participant": participants, "forum": forum}, {}, 0.7, anchor=tok)

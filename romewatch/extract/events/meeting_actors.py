"""Who meets and who takes part: the actors behind group nouns and titles.

"A delegation of X", "representatives from X and Y", "X's delegation", "our Executive Director", "the
Minister was received by ...", a subject the parse cut from its list ("A and B took part"), and whether a
verb tells a gathering that was held ("would welcome the opportunity to meet": not yet). Shared by
``meetings``, ``participation`` and ``side_events``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import doc_text
from .base import ACTORS, Finder, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

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
# the writers' own group, told without an owner in a text written as "we"
OWN_TEAMS = frozenset({"team", "delegation", "mission"})
FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# gatherings whose attendees meet the holder
GATHERINGS = frozenset({"briefing", "summit", "meeting", "consultation", "consultations", "dinner", "reception", "retreat"})
FORUM_GATHERINGS = frozenset({"summit", "conference", "ministerial"})


MEETING_VERBS = frozenset({
    "meet", "confer", "receive", "host", "welcome", "discuss", "consult", "speak", "talk", "sit", "brief",
    "exchange", "converse", "call", "telephone", "phone", "ring", "greet",
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


# an aside closing right before the verb: ", during her visit to the Netherlands, " (r12 asp)
ASIDE_END = re.compile(r",\s+(?:during|while|on|in|at|after|following|before|ahead of)\b[^,;]{2,80},\s*(?:\w+\s+)?$", re.IGNORECASE)


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



class MeetingActors:
    """Who acts through group nouns, titles and subjects (mixin of ``Assembly``)."""

    # --- who: group nouns, subjects -------------------------------------------------------------
    @staticmethod
    def group(f: Finder, tok: Token) -> list[str]:
        """ "A delegation of X", "representatives from X and Y", "X's delegation": X (and Y); "our
        Executive Director", "Kenya's Attorney-General" (whom no name tells): whose office it is."""
        if tok.lemma_.lower() in OFFICES and f.idx.mention(tok) is None:
            named = MeetingActors.named_holder(f, tok)
            if named:
                return named  # "our Executive Director, Ms X, met ...": X
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None:
                return f.resolve(owner)
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                # "the Minister of Justice of Chile", "the Attorney-General of Kenya": the state (or body) served
                return [i for t in of.subtree if (m := f.idx.mention(t)) is not None and (i := m.entity_id) and f.idx.kind(i) in ACTORS][:1]
            if tok.lemma_.lower() not in GROUP_NOUNS and tok.lower_ not in GROUP_NOUNS:
                return []  # else "ministers from Ukraine and Bangladesh": read as a group below
        if tok.lemma_.lower() not in GROUP_NOUNS and tok.lower_ not in GROUP_NOUNS:
            return []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                got = MeetingActors.before_next_subject(f, c.i + 1, f.list_from(c.i + 1, skip=4))
                if got:
                    return got
                for g in c.children:  # "a delegation of our organisations": whoever "we" are
                    got = [i for p in g.children if p.dep_ == "poss" and p.lower_ in ("our", "their") for i in f.resolve(p)]
                    if got:
                        return got
            if c.dep_ == "prep" and c.lower_ in ("including", "like"):  # "900 participants, including representatives of X"
                got = [i for g in c.children if g.dep_ == "pobj" for i in (MeetingActors.group(f, g) or f.list_from(g.left_edge.i, skip=4))]
                if got:
                    return uniq(got)
        for c in tok.children:  # "PGA members", "the CICC delegation"
            if c.dep_ in ("compound", "amod", "nmod") and (m := f.idx.mention(c)) is not None and f.idx.kind(m.entity_id) in ACTORS:
                return f.resolve(c)
        owner = f.possessor(tok)
        return f.resolve(owner) if owner is not None else []

    @staticmethod
    def before_next_subject(f: Finder, start: int, ids: list[str]) -> list[str]:
        """``ids`` (a list read from token ``start``) up to a name that opens a clause of its own ("a
        delegation of X, and the Registrar met Y": X alone)."""
        out: list[str] = []
        for t in f.doc[start : f.sent.end]:
            m = f.idx.mention(t)
            if m is None or m.entity_id not in ids:
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and out:
                break
            if m.entity_id not in out:
                out.append(m.entity_id)
            if len(out) == len(ids):
                break
        return [i for i in ids if i in out] or ids

    def who(self, f: Finder, noun: Token) -> list[str]:
        return self.group(f, noun) or f.resolve(noun) or self.titled(f, noun) or self.own_team(f, noun)

    @staticmethod
    def named_holder(f: Finder, tok: Token) -> list[str]:
        """ "our Executive Director, Ms Leila Haddad,": the person the office's apposition names."""
        for c in tok.children:
            if c.dep_ == "appos" and (m := f.idx.mention(c)) is not None and f.idx.kind(m.entity_id) == "person":
                return [m.entity_id]
        j = tok.i + 1
        if j + 1 < f.sent.end and f.doc[j].text == ",":
            m = f.idx.mention(f.doc[j + 1]) or (f.idx.mention(f.doc[j + 2]) if j + 2 < f.sent.end else None)
            if m is not None and f.idx.kind(m.entity_id) == "person":
                return [m.entity_id]
        return []

    @staticmethod
    def own_team(f: Finder, noun: Token) -> list[str]:
        """ "the team was received by ...", "the delegation met ...": in a text written as "we", the
        writers' own team."""
        if noun.lemma_.lower() not in OWN_TEAMS or not any(c.lower_ in ("the", "our") for c in noun.children):
            return []
        if any(c.dep_ in ("prep", "poss", "compound") for c in noun.children):
            return []  # "the delegation of Chile", "the Kenyan team"
        if not FIRST_PERSON.search(doc_text(f.doc)):
            return []
        return f.voice(noun)

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
        before = [c for c in subjs if c.i < v.i]
        if len(before) >= 2 or (len(before) == 1 and f.idx.mention(before[0]) is None):
            got = MeetingActors._split_subjects(f, before, v)  # titled names the parse split or hung on a title (r11 asp)
            if got:
                return got
        subj = ([c for c in subjs if c.i < v.i] or subjs or [None])[-1]  # "The following day, CAR held": CAR
        if subj is not None:
            got = self.group(f, subj)
            if got:
                return got
        if not subjs:
            aside = MeetingActors.before_aside(f, v)
            if aside:
                return aside
        named = f.idx.mention(subj) if subj is not None else None
        if named is not None and f.idx.kind(named.entity_id) == "person" and not any(c.dep_ == "conj" for c in subj.children):
            return [named.entity_id]  # "Ms X, Minister of Y, during her visit to Z, held a meeting": X, not Z (r12 asp)
        got = f.subject(v)
        if got and subj is not None and subj.i < v.i:  # "CAR and the Kenyan Section of X held": a list the parse cut
            got = joined_before(f, subj.right_edge.i + 1, got)
        if not got and v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in v.children):
            got = f.resolve(v.head)  # "Ana Ruiz, who met Chile on Monday"
            if got and f.idx.mention(v.head) is not None:  # "A and B, which attended": both
                got = joined_before(f, v.head.i + 1, got)
            among = v.head.head
            if not got and v.head.dep_ == "pobj" and among.lower_ in ("among", "amongst"):
                got = [i for c in among.head.children if c.dep_ == "nsubj" for i in f.resolve(c)]  # "X was among those who met Y"
        if not got and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
            got = self.group(f, v.head)
        return got

    @staticmethod
    def before_aside(f: Finder, v: Token) -> list[str]:
        """No subject parsed, and the name right before the verb sits in an aside ("Ms X, Minister of Y,
        during her visit to Z, held a meeting"): the person the clause opens on, before the asides. (r12 asp)"""
        text = f.ctx.document.text
        lead = text[f.sent.start_char : v.idx]
        cut = ASIDE_END.search(lead)
        if cut is None:
            return []
        people = [
            m for m in f.ctx.mentions_in(f.sent.start_char, f.sent.start_char + cut.start())
            if f.idx.kind(m.entity_id) == "person"
        ]
        if not people or ";" in lead[people[0].end - f.sent.start_char :]:
            return []
        return [people[-1].entity_id] if re.match(r"\s*,", text[people[-1].end :]) else []

    @staticmethod
    def _split_subjects(f: Finder, subjs: list[Token], v: Token) -> list[str]:
        """ "The President of the Assembly, Ms A (Argentina), and the two Vice-Presidents, Mr B (Canada)
        and Ms C (Czechia), held ...": the people named, not the bodies of their titles or the countries in
        brackets."""
        text = f.ctx.document.text
        start = subjs[0].left_edge.idx
        last = subjs[-1].right_edge
        end = last.idx + len(last.text)
        got = [
            m.entity_id for m in f.ctx.mentions_in(start, end)
            if f.idx.kind(m.entity_id) in ("person", "organization", "state", "igo", "court")
            and not re.search(r"\(\s*$", text[max(0, m.start - 3) : m.start])
            and not re.search(r"\bof\s+(?:the\s+)?$", text[max(0, m.start - 8) : m.start])
        ]
        people = [i for i in got if f.idx.kind(i) == "person"]
        return uniq(people if len(people) >= 2 else [])

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

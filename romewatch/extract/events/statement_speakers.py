"""Who speaks in reported speech: the vocabulary of statements, the session a statement is heard at,
a person speaking for a body ("the Court's spokesperson, Mr X"), an unnamed government ("the government
said"), "who" and "They" read back to the speaker. Used by ``Statements``, ``Supports`` and condemnations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, lexicon, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

SESSIONISH = re.compile(
    r"\b(session|plenary|general debate|assembly|asp|opening|closing|address|addressed|delegates|delegations)\b",
    re.IGNORECASE,
)
STRONG_SPEECH = frozenset(
    {
        "say",
        "state",
        "declare",
        "tell",
        "express",
        "write",
        "warn",
        "insist",
        "argue",
        "claim",
        "reiterate",
        "add",
        "post",
        "tweet",
    }
)
BEHALF_VERBS = frozenset({"speak", "deliver", "make", "present", "read", "address", "intervene", "take"})
GOVERNMENTS = frozenset({"government", "authorities", "ministry", "administration", "cabinet", "presidency", "executive"})
SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "spokesmen"})
MOUTHS = SPOKES | {  # who a body speaks through ("through its spokesman", "via its legal adviser")
    "spokesperson", "representative", "ambassador", "envoy", "delegate", "delegation", "minister", "lawyer",
    "counsel", "adviser", "advisor", "director", "president", "secretary", "chair", "office", "mission",
}  # fmt: skip
BODIES = frozenset({"state", "court", "igo", "organization", "group"})
FORUMS = frozenset({"plenary", "session", "debate", "meeting", "conference", "assembly", "council", "delegates"})
ACTS = frozenset({"designation", "sanction", "withdrawal", "move", "decision", "measure", "intention", "appointment"})
RULING_ORGANS = (
    "court:pre-trial",
    "court:trial",
    "court:appeals",
    "court:chambers",
    "court:judges",
    "court:states-parties",
)


SOCIAL = frozenset({"post", "tweet", "interview"})  # statement nouns only in "in a post on X", "in an interview"
JOINING = frozenset({"join", "sign", "co-sign", "endorse"})
UNSAID = frozenset({"to", "may", "might", "could", "should", "must", "would", "will", "shall", "can"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
SAYING_PLAIN = frozenset({"say", "tell", "add", "declare", "argue", "insist", "claim", "write", "post", "tweet"})
ASKING = frozenset({"urge", "call", "ask", "request", "demand", "invite", "encourage", "recommend", "want", "expect"})
COPULAS = frozenset({"be", "become", "remain", "constitute", "amount", "represent"})


def bad_words() -> frozenset[str]:
    """What makes a description a condemnation (the condemnation lexicon's bad words and adjectives)."""
    lex = lexicon()["condemnation"]
    return frozenset({*lex.get("bad_words", []), *EXTRA_BAD})  # not feelings ("said it was concerned")


EXTRA_BAD = frozenset({
    "outrageous", "unacceptable", "unlawful", "illegal", "political", "politicised", "politicized", "shameful",
    "disgraceful", "absurd", "scandalous", "travesty", "slap", "irresponsible", "puppet", "kangaroo", "farce",
})  # fmt: skip


def forum_of(f: Finder) -> list[str]:
    """The session the sentence is set in: a session mention, else the document's session."""
    got = f.mentions(frozenset({"session"}))
    if got:
        return got[:1]
    main = f.ctx.notes.get("events.main_session")
    if main and (
        SESSIONISH.search(f.text) or (f.ctx.notes.get("events.session_report") and not _outside(f, main))
    ):
        return [main]
    return []


def asked_sessions(f: Finder, tok: Token) -> set[str]:
    """Sessions named inside what a statement asks or says ("requested that the Bureau meet before the
    twenty-third session", "urged the Assembly to take it up at its next session"): not its forum."""
    inside = {t.i for c in f.tokens if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for t in c.subtree}
    return {
        m.entity_id
        for i in inside
        if (m := f.idx.mention(f.doc[i])) is not None and f.idx.kind(m.entity_id) == "session"
    }


def _outside(f: Finder, session: str) -> bool:
    """Does the sentence date itself outside the session ("In June, 67 States issued a statement")?"""
    held = next(
        (e for e in f.ctx.events if e.type == "assembly_session" and session in e.roles.get("session", []) and e.date),
        None,
    )
    if held is None:
        return False
    start, end = held.date, held.end_date or held.date
    told = [d.value for d in f.ctx.dates_in(f.sent.start_char, f.sent.start_char + 40) if d.value]  # "In June, X said"
    return bool(told) and not any(
        start[: len(v)] <= v <= end[: len(v)] or v[: len(start)] >= start and v[: len(end)] <= end for v in told
    )


def speaker_roles(f: Finder, authors: list[str], subj: Token | None = None) -> dict[str, list[str]]:
    """A person speaking with the body they speak for ("the Court's spokesperson, Mr X, said", "ICC
    spokesman X told reporters"): the person is the author, the body the one spoken for."""
    persons = [a for a in authors if f.idx.kind(a) == "person"]
    others = [a for a in authors if a not in persons]
    if persons and not others and subj is not None and any(t.lower_ in SPOKES for t in subj.subtree):
        others = uniq(
            m.entity_id
            for t in subj.subtree
            if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) in BODIES
        )
    if persons and not others:  # "Liz Evenson of HRW", "HRW's Evenson", "X, director at Amnesty International"
        phrase = subj if subj is not None else _person_phrase(f, persons[0])
        others = uniq([*(subj_bodies(f, phrase) if phrase is not None else []), *(o for p in persons for o in f.idx.affiliation(p))])
        others = [o for o in others if o not in persons and not MANDATES.match(f.ctx.entities[o].name)]
    if persons and others:
        return {"author": persons, "on_behalf_of": others}
    return {"author": authors}


MANDATES = re.compile(  # a UN expert's mandate or the council that appointed them: not a body they speak for
    r"(?:UN |United Nations )?(?:special rapporteur|independent expert|working group|human rights council|"
    r"special procedures|committee (?:on|against))",
    re.IGNORECASE,
)
CLAUSES = frozenset({"acl", "relcl", "ccomp", "advcl", "xcomp", "conj"})
FORMER = frozenset({"former", "ex", "erstwhile", "onetime", "one-time"})
PRESIDING = frozenset({"president", "chair", "chairperson", "chairman", "chairwoman", "head", "presidency"})


def _person_phrase(f: Finder, person: str) -> Token | None:
    """The noun phrase a named speaker stands in when the parse gives the verb no subject ("Canada's foreign
    minister, Anita Anand, posted ...": the name is in apposition to "minister")."""
    for t in f.tokens:
        m = f.idx.mention(t)
        if m is not None and m.entity_id == person and (t.head is t or not m.start <= t.head.idx < m.end):
            while t.dep_ in ("appos", "compound") and t.head is not t:
                t = t.head
            return t
    return None


def subj_bodies(f: Finder, subj: Token) -> list[str]:
    """The bodies a named speaker is tied to in the subject phrase by a possessive or a preposition
    ("Slovenia's foreign minister, Tanja Fajon", "Liz Evenson of Human Rights Watch", "X, senior director at
    Amnesty International"); not a title's adjective or compound ("Dutch minister X", "ICC President X"), and
    not the Court or the Assembly an official presides over ("the President of the Assembly, Ms X")."""
    out: list[str] = []
    todo = [subj]
    while todo:
        t = todo.pop()
        todo += [c for c in t.children if c.dep_ not in CLAUSES]
        # the phrase's own head is tied to what lies outside it ("In an interview with the BBC, the President
        # of the Court, Judge X, warned": the parse may hang the speaker on "BBC")
        tied = t is not subj and (t.dep_ == "poss" or t.dep_ == "pobj" and t.head.lower_ in ("of", "at", "for", "from", "with"))
        m = f.idx.mention(t) if tied else None
        if m is None or f.idx.kind(m.entity_id) not in BODIES - {"court"}:
            continue
        holder = t.head.head if t.dep_ == "pobj" else t.head
        if any(c.lower_ in FORMER for c in holder.children):
            continue  # "X, a former spokesman for Y": no longer speaks for Y
        if holder.lemma_.lower() in PRESIDING and f.idx.kind(m.entity_id) != "state":
            continue  # "the President of the Human Rights Council, Mr X", "the deputy chairman of X": presides
        out.append(m.entity_id)
    return uniq(out)


def unnamed_government(f: Finder, v: Token) -> list[str]:
    """ "Hungary has notified the UN of its withdrawal, the government said": an unnamed government (or
    ministry, or authorities) is the state the sentence, or the one before, has just named."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in GOVERNMENTS or any(c.dep_ == "poss" for c in subj.children):
        return []
    if f.idx.mention(subj) is not None or any(f.idx.mention(c) is not None for c in subj.children):
        return []
    start = f.doc[f.sent.start - 1].sent.start_char if f.sent.start > 0 else f.sent.start_char
    state = f.idx.before(subj.idx, frozenset({"state"}), window=subj.idx - start)
    return [state] if state else []


# a named organisation told again by its kind ("The organisation said ...", "the rights group added")
BODY_NOUNS = frozenset({
    "organisation", "organization", "group", "ngo", "network", "coalition", "watchdog", "charity", "federation",
    "association", "foundation", "centre", "center", "institute", "movement",
})  # fmt: skip


def unnamed_body(f: Finder, v: Token) -> list[str]:
    """ "Human Rights Watch published its report on Tuesday. The organisation said ...", "..., the rights group
    said": the organisation the sentence, or the one before, has just named."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in BODY_NOUNS or f.idx.mention(subj) is not None:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return []
    if any(c.dep_ in ("poss", "prep", "relcl", "acl", "nummod") or f.idx.mention(c) is not None for c in subj.children):
        return []  # "the group of States", "the organisation's director", "the African Group"
    start = f.doc[f.sent.start - 1].sent.start_char if f.sent.start > 0 else f.sent.start_char
    body = f.idx.before(subj.idx, frozenset({"organization"}), window=subj.idx - start)
    return [body] if body else []


def relative_speaker(f: Finder, v: Token, agent: list[str]) -> list[str]:
    """ "the President, Mr X, who expressed his regret at ...": the one the relative clause hangs on."""
    if v.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in v.children):
        return agent
    return f.resolve(v.head) or agent


def they_the_authors(f: Finder, v: Token, agent: list[str]) -> list[str]:
    """In a release by several people (UN experts), "They also welcomed ..." is its authors, not the
    last body named ("... the sanctions imposed by the United States. They also welcomed ...")."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and v.dep_ == "conj":
        subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ != "they" or any(f.idx.kind(a) == "person" for a in agent):
        return agent
    authors = list(f.ctx.notes.get("author") or [])
    if len(authors) > 1 and all(f.idx.kind(a) == "person" for a in authors) and not f.speakers_for(v):
        return authors
    return agent


def mouth_of(f: Finder, v: Token) -> list[str]:
    """An unnamed speaker for a body: "Mexico's delegate said", "a spokesman for the State Department said",
    "the Court's spokesperson told reporters": the body speaks."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in MOUTHS or f.idx.mention(subj) is not None:
        return []
    out = []
    for c in subj.children:
        if c.dep_ == "poss":
            out += f.resolve(c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "for", "from"):
            out += [i for g in c.children if g.dep_ == "pobj" for i in f.resolve(g)]
    return [o for o in uniq(out) if f.idx.kind(o) != "person"]


# r11 voice: "79 parties to the tribunal said", "member states of the Court said": the States Parties speak
PARTY_NOUNS = frozenset({"party", "member", "signatory"})
COURT_WORDS = frozenset({"court", "tribunal", "statute", "icc", "treaty"})


def parties_speak(f: Finder, v: Token) -> list[str]:
    """The States Parties as the subject of ``v`` when named as "N parties to the Court / the Statute"."""
    from .demand_lists import states_parties

    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in PARTY_NOUNS or not any(c.dep_ == "nummod" for c in subj.children):
        return []
    for p in subj.children:
        if p.dep_ == "prep" and p.lower_ in ("to", "of"):
            g = next((g for g in p.children if g.dep_ == "pobj"), None)
            if g is not None and (g.lemma_.lower() in COURT_WORDS or any(i in ("court:icc", "instrument:rome-statute") for i in f.resolve(g))):
                end = subj.right_edge
                return states_parties(f.ctx, (subj.left_edge.idx, end.idx + len(end.text)))
    return []

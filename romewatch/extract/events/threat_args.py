"""Where the targets of threats are read in the harder constructions: every conjunct of a target
phrase ("Khan and three of the judges"), an unnamed group of the Court's judges, attacks on someone's
systems, pronoun objects through a chain of threatened acts, conditions, the state behind an
official's title, a generic noun tied to its body ("witnesses cooperating with the Court"), "court
officials", the actors named inside a phrase ("the hotel rooms of visiting ICC investigators").
Who does the threat: ``threat_agents``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Finder, uniq
from .pressure_args import TARGETS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


SYSTEMS = frozenset({
    "system", "systems", "network", "networks", "server", "servers", "infrastructure", "database", "email",
    "emails", "account", "accounts", "it", "computer", "computers", "website", "platform", "device", "devices",
})  # fmt: skip


def named_in(f: Finder, np: Token, kinds: frozenset[str] = TARGETS) -> list[str]:
    """The actors a noun phrase and its conjuncts name: "Khan and three judges", "the Prosecutor and
    three of the judges who ..." (a number's "of" names the group)."""
    out: list[str] = []
    for g in (np, *np.conjuncts):
        got = f.resolve(g, kinds)
        if got == ["court:icc"] and "court" in kinds and g.lemma_.lower() == "judge" and f.idx.mention(g) is None:
            got = judges_group(f, g) or got  # "the Court's judges", "judges of the Court": the judges, not the Court
        if not got and (g.pos_ == "NUM" or g.lemma_ in ("some", "several", "many", "all", "both", "one")):
            got = [i for c in g.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" for i in f.resolve(p, kinds)]
        out += got or judges_group(f, g)
    return uniq(out)


def judges_group(f: Finder, np: Token) -> list[str]:
    """ "three judges", "several of its judges", "the court's judges": an unnamed group of the Court's judges
    (the entity reader names only "ICC judges", "the judges"); added as the judges' entity."""
    if np.lemma_.lower() != "judge" or np.tag_ != "NNS" or f.idx.mention(np) is not None:
        return []
    if not any(i.startswith("court:") for i in f.ctx.entities):
        return []
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(f.resolve(g, frozenset({"court"})) == ["court:icc"] for g in c.children)
        for c in np.children
    ) or any(
        c.dep_ in ("amod", "compound") and c.lower_ not in ("other", "more", "further", "several", "icc", "court", "sitting")
        for c in np.children
    ):
        return []  # "judges of the Supreme Court", "national judges": not the Court's
    from ...model import Entity

    ent = f.ctx.entities.setdefault(
        "court:judges", Entity(id="court:judges", kind="court", name="Judges of the International Criminal Court")
    )
    if np.text not in ent.aliases:
        ent.aliases.append(np.text)
    span = (np.idx, np.idx + len(np.text))
    if span not in ent.mentions:
        ent.mentions.append(span)
    return ["court:judges"]


def prep_targets(f: Finder, head: Token, preps: tuple[str, ...]) -> list[str]:
    """ "against Khan and three judges": every conjunct of the preposition's object (also a number the
    parse hung on the head noun: "proceedings against the Prosecutor and two of the judges")."""
    got = [
        i
        for c in head.children
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
        for i in named_in(f, g)
    ]
    if got:
        got += [i for c in head.conjuncts if c.pos_ == "NUM" and c.i > head.i for i in named_in(f, c)]
    return uniq(got)


INCIDENTS = frozenset({"attack", "incident", "breach", "intrusion", "operation", "activity"})  # ``on_systems``
DETECTED = frozenset({"detect", "contain", "discover", "identify", "mitigate", "neutralise", "neutralize"})


def on_systems(tok: Token) -> bool:
    """ "an attack on its information systems", "an incident affecting the Court's network": a cyberattack."""
    if tok.lemma_.lower() not in INCIDENTS:
        return False
    for c in tok.children:
        if (
            c.dep_ in ("prep", "acl")
            and c.lower_ in ("on", "against", "of", "affecting", "targeting", "in")
            and any((g.lower_ in SYSTEMS or g.lemma_.lower() in SYSTEMS) and g.tag_ != "PRP" for g in c.subtree)
        ):
            return True
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:  # "was detected and contained"
        head = head.head
    # "in June a second incident was detected and contained": an incident a security team finds is an intrusion
    return tok.dep_ == "nsubjpass" and tok.lemma_.lower() in ("incident", "intrusion") and head.lemma_ in DETECTED


def chained_object(v: Token) -> Token | None:
    """ "threatened to ban the Court's judges ..., to sanction their funds and to prosecute them": the
    object the chain of verbs first named, for its later "them"."""
    w = v
    for _ in range(4):
        if w.dep_ not in ("conj", "xcomp", "advcl") or w.head.i == w.i:
            return None
        w = w.head
        obj = next((c for c in w.children if c.dep_ == "dobj" and not pronominal(c)), None)
        if obj is not None:
            return obj
    return None


def pronominal(np: Token) -> bool:
    """ "them", "their funds": a phrase that names no one by itself."""
    return np.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in np.children)


def in_condition(tok: Token) -> bool:
    """Is the word inside an "if" / "unless" clause ("... if it sought arrest warrants against ...")?"""
    for a in (tok, *list(tok.ancestors)[:5]):
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "should") for c in a.children):
            return True
    return False


def title_state(f: Finder, v: Token, perp: list[str]) -> list[str]:
    """ "the former head of the Mossad, Yossi Cohen, threatened ...": a person acting in an office of a
    state's agency acts for that state (read from the words that name them)."""
    if not perp or not all(f.idx.kind(p) == "person" for p in perp):
        return []
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    words = list(subj.subtree) if subj is not None else list(f.doc[max(f.sent.start, v.i - 10) : v.i])
    found: list[str] = []
    if not words:
        return []
    for m in f.ctx.mentions_in(words[0].idx, words[-1].idx + len(words[-1].text)):  # nested names too
        if m.entity_id in perp:
            continue
        if f.idx.kind(m.entity_id) == "state":
            found.append(m.entity_id)
        ent = f.ctx.kb.get(m.entity_id) if f.ctx.kb is not None else None
        state = str(ent.attrs.get("state") or "") if ent is not None else ""
        if state.startswith("state:") and state in f.ctx.entities:
            found.append(state)
    return uniq(found)


def named_with_title(f: Finder, people: list[str]) -> list[str]:
    """ "Mossad chief Yossi Cohen", "the former head of the Mossad, Yossi Cohen": the state of the agency
    named in a person's title, right before the name."""
    found: list[str] = []
    for m in f.ctx.mentions_in(f.sent.start_char, f.sent.end_char):
        if m.entity_id not in people:
            continue
        for n in f.ctx.mentions_in(max(f.sent.start_char, m.start - 40), m.start):
            if n.entity_id in people or n.end > m.start:
                continue
            if f.idx.kind(n.entity_id) == "state":
                found.append(n.entity_id)
                continue
            ent = f.ctx.kb.get(n.entity_id) if f.ctx.kb is not None else None
            state = str(ent.attrs.get("state") or "") if ent is not None else ""
            if state.startswith("state:") and state in f.ctx.entities:
                found.append(state)
    return uniq(found)


def threatened_act(v: Token) -> bool:
    """Is the verb an act only threatened ("threatened to ban ..., to sanction ... and to prosecute them",
    "vowed to arrest")? The threatening verb tells the threat."""
    w = v
    for _ in range(3):
        if w.dep_ not in ("xcomp", "advcl", "conj") or w.head.i == w.i:
            return False
        if w.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children):
            return False  # "staff were threatened ..., and its offices were raided": a clause of its own
        w = w.head
        if w.lemma_ in ("threaten", "vow", "warn", "promise", "pledge"):
            return not any(c.dep_ == "auxpass" for c in w.children)  # "were threatened" tells no act to come
    return False


# "hackers linked to the Russian state", "senators led by Tom Cotton", "witnesses cooperating with the
# Court", "lawyers who work for Al-Haq": a generic noun whose clause names the actor it stands for
AFFILIATING = frozenset({
    "link", "back", "tie", "connect", "associate", "affiliate", "sponsor", "lead", "direct", "employ", "hire",
    "work", "act", "operate", "cooperate", "collaborate", "engage", "assist", "help", "serve", "attach",
})  # fmt: skip
AFFILIATION_PREPS = frozenset({"to", "by", "for", "with", "on", "at", "of"})
# the people whose harm is told as harm to the body they work with ("groups working with the Court" are not it)
PEOPLE = frozenset({
    "witness", "lawyer", "counsel", "defender", "activist", "journalist", "staff", "employee", "official", "investigator",
    "intermediary", "interpreter", "member", "personnel", "family", "relative", "expert", "researcher", "victim", "judge",
})  # fmt: skip


def affiliated(f: Finder, np: Token | None, kinds: frozenset[str]) -> list[str]:
    """The actor a generic noun phrase is tied to by its clause: "hackers linked to the Russian state"
    (by a state's adjective too), "senators led by Tom Cotton", "witnesses cooperating with the Court"."""
    if np is None or np.pos_ not in ("NOUN", "PROPN") or ("court" in kinds and np.lemma_.lower() not in PEOPLE):
        return []
    for c in np.children:
        if c.dep_ not in ("acl", "relcl") or c.lemma_ not in AFFILIATING:
            continue
        for p in c.children:
            if p.dep_ in ("prep", "agent") and p.lower_ in AFFILIATION_PREPS:
                for g in p.children:
                    if g.dep_ == "pobj":
                        got = named_in(f, g, kinds) or court_word(f, g, kinds)
                        got = got or ([i for a in g.children if a.dep_ in ("amod", "compound") for i in f.demonym(a)] if "state" in kinds else [])
                        if got:
                            return got
    return []


def court_word(f: Finder, np: Token | None, kinds: frozenset[str] = TARGETS) -> list[str]:
    """ "court officials", "the tribunal's staff", "staff of the court": the Court the text is about,
    named by a lower-case common noun the entity reader leaves alone."""
    if np is None or "court" not in kinds or "court:icc" not in f.ctx.entities:
        return []
    heads = [np, *[g for c in np.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]]
    words = [w for h in heads for w in (h, *[c for c in h.children if c.dep_ in ("compound", "poss")])]
    for w in words:
        if w.lower_ in ("court", "tribunal", "court's", "tribunal's", "institution", "institution's") and f.idx.mention(w) is None and not any(
            c.dep_ in ("amod", "compound") and f.idx.mention(c) is not None for c in w.children
        ):
            return ["court:icc"]
    return []


def member_only(f: Finder, eid: str) -> bool:
    """(r10) Is the body named only as what someone is a member of ("an official of a permanent member of the Security
    Council", "a member state of the EU")? Then the member acts, not the body."""
    held = [t for t in f.tokens if (m := f.idx.mention(t)) is not None and m.entity_id == eid]

    def in_member(t: Token) -> bool:
        while t.dep_ in ("compound", "amod", "det", "flat") and t.head.i != t.i:
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in ("member", "members")

    return bool(held) and f.idx.kind(eid) != "state" and all(in_member(t) for t in held)  # not "members of the US Congress"


def court_state(ctx: DocContext, f: Finder, subj: Token) -> list[str]:
    """(r10) The state whose court the subject is: "a Moscow court", "a Russian court", "the Basmanny court" (a court
    with a name of its own: the state whose proceedings were told before); none for the ICC or a bare "the court"."""
    from .threat_forms import earlier_prosecuting_state

    if subj.lemma_.lower() != "court" or (f.idx.mention(subj) is not None and f.idx.kind(f.idx.mention(subj).entity_id) == "court"):
        return []
    mods = [c for c in subj.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.lower_ in ("international", "criminal", "icc", "appeals", "pre-trial", "trial") for c in mods):
        return []
    held = [g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children]  # "of Moscow"
    states = uniq(i for c in (*mods, *held) for i in f.demonym(c) or f.resolve(c, frozenset({"state"})))
    if states:
        return states
    if any(c.pos_ == "PROPN" for c in mods):
        told = earlier_prosecuting_state(ctx, f)  # "the Basmanny court": the state behind the proceedings told before
        states = [p for p in told if f.idx.kind(p) == "state"]
        return states or told  # the organ alone: its state is added with it when the events are finalised
    return []


def relative_object(v: Token, obj: Token | None) -> Token | None:
    """ "Karim Khan, whom Russia has charged": the relative pronoun's object is the clause's head."""
    if obj is not None and obj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
        return v.head
    return obj


def first_clause_owner(v: Token, np: Token | None) -> Token | None:
    """The owner of a pronoun-owned phrase in a second clause ("lawyers were put under surveillance, and their
    devices were infected"): the first clause's subject, not a body named in an earlier sentence."""
    if np is None or v.dep_ != "conj" or not any(c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her") for c in np.children):
        return np
    return next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), np)


# r7: the actors a phrase names inside it
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "conj", "appos", "parataxis"})


def np_holders(f: Finder, np: Token | None, kinds: frozenset[str] = TARGETS) -> list[str]:
    """The actors named inside a noun phrase whose head names none: "the hotel rooms of visiting ICC
    investigators", "telephone calls between Palestinian NGOs and the Office of the Prosecutor",
    "Judges of the Court" (not inside a clause of its own: "staff who met X")."""
    if np is None or np.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    out: list[str] = []
    stack = [np]
    while stack:
        t = stack.pop(0)
        m = f.idx.mention(t)
        if m is not None and f.idx.kind(m.entity_id) in kinds:
            out.append(m.entity_id)
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS and (c.pos_ in ("VERB", "AUX") or c.dep_ != "conj"):
                continue  # a clause of its own ("staff who met X"); a conjunct noun is the phrase's
            if c.dep_ == "acl" and any(g.dep_ in ("nsubj", "agent") for g in c.children):
                continue
            stack.append(c)
    return uniq(out)


def held_in(f: Finder, np: Token | None, kind: str) -> list[str]:
    """The targets named inside the phrase a threat acts on (``np_holders``): not for a bare "attack",
    and a state only when its systems or communications are spied on or hacked."""
    if kind == "other":
        return []
    return [t for t in np_holders(f, np) if kind in ("cyberattack", "surveillance") or f.idx.kind(t) != "state"]


def told_passive(v: Token) -> bool:
    """A passive told as done, with its agent phrase ("were threatened by unknown callers", "has been hacked
    by"), not one to come or only feared ("could be targeted by", "will be prosecuted by")."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ in ("be", "being", "to") for c in aux):
        return False
    return any(c.lower_ in ("was", "were", "been") for c in aux)

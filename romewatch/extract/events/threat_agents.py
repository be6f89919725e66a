"""Who does a threat, read from a verb or a noun phrase: the verb's subject or the state an unnamed
subject's modifier names ("twelve United States senators"), a participle cut from its auxiliary,
"accused of spying on", an act a demonstrative names ("such statements are designed to ..."), a
passive agent named by its seat ("by officials in Washington"), the owner of an attempt, "attributed to"."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .base import Finder, lexicon
from .pressure_args import PERPETRATORS, capital_state, demonym_agent
from .threat_args import affiliated, named_in

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _judging_words() -> frozenset[str]:
    lex = lexicon()
    said = [*lex["condemnation"]["verbs"], *lex["condemnation"]["nouns"], *lex["condemnation"]["adjectives"]]
    return frozenset([*said, *lex["support"]["verbs"]])


def judged(w: Token) -> bool:
    """Whether ``w`` judges what it governs rather than doing it: "condemned (attempts to)", "regret at",
    "concerned about", "welcomed (efforts to)"."""
    return w.lemma_.lower() in _judging_words() or w.lower_ in _judging_words()


def judged_attempt(v: Token) -> bool:
    """"Chile condemned attempts to undermine the Court", "regret at efforts to intimidate": the one who
    judges the attempt does not make it."""
    if v.dep_ not in ("acl", "relcl") or v.head.pos_ != "NOUN":
        return False
    if any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in v.children):
        return False  # (r9) "alarm at revelations that Israel's agencies had spied on ...": the clause's own subject acts
    governor = v.head.head
    if governor.pos_ == "ADP":
        governor = governor.head
    if governor.i == v.head.i:
        return False
    # "expressed regret at attempts to": the verb whose object judges
    return judged(governor) or any(c.dep_ == "dobj" and judged(c) for c in governor.children)


# (r10) "is said / reported / alleged / believed to have warned": a reported act, its subject raised
RAISING = frozenset({"say", "report", "allege", "believe", "think", "understand", "know", "suspect", "claim", "rumour", "rumor"})


def agent_of(f: Finder, v: Token) -> list[str]:
    """Who acts: the verb's subject, else the state an unnamed subject's modifier names ("twelve United
    States senators had written to the Prosecutor warning him ...", "Russian investigators charged ..."),
    else the actor the parse left before the verb."""
    got = f._subject(v, PERPETRATORS)
    w = v
    for _ in range(4):
        if got:
            return got
        got = demonym_agent(f, w)
        infinitive = w.dep_ == "acl" or (w.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in w.children))
        if not got and infinitive and w.head.dep_ in ("dobj", "pobj") and w.head.head.pos_ in ("VERB", "ADP"):
            # "conducted a covert operation to surveil, hack and pressure ...": who ran the operation
            runner = w.head.head if w.head.head.pos_ == "VERB" else w.head.head.head
            got = f._subject(runner, PERPETRATORS) or demonym_agent(f, runner)
            break
        if w.dep_ == "pcomp" and w.head.lower_ == "by" and w.head.head.pos_ == "VERB":
            w = w.head.head  # "Moscow retaliated by charging the Prosecutor": who retaliated charges
            got = f._subject(w, PERPETRATORS)
            continue
        if w.dep_ not in ("advcl", "xcomp", "conj") or w.head.i == w.i:
            break
        raised = next((c for c in w.head.children if c.dep_ == "nsubjpass"), None) if w.dep_ == "xcomp" else None
        if raised is not None and w.head.lemma_.lower() in RAISING:
            # (r10) "Israel's then national security adviser is said to have warned ...": the one said to have acted
            got = f.resolve(raised, PERPETRATORS) or [
                i for c in raised.children if c.dep_ in ("poss", "amod", "compound") for i in f.resolve(c, frozenset({"state"})) or f.demonym(c)
            ]
            break
        w = w.head
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return (
        got
        or affiliated(f, subj, PERPETRATORS)
        or f.subject(v, PERPETRATORS)
        or stranded_subject(f, v)
        or misread_participle(f, v)
        or tool_owner(f, v)
    )


def tool_owner(f: Finder, v: Token) -> list[str]:
    """(r9) "Israeli spyware was used to monitor the phones of ...", "Russian malware had been deployed to
    breach ...": the state a tool used for the act is named by."""
    if v.dep_ not in ("xcomp", "advcl") or v.head.lemma_ not in ("use", "deploy", "employ", "install", "plant"):
        return []
    tool = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)
    if tool is None:
        return []
    return [
        i for c in tool.children if c.dep_ in ("amod", "compound", "poss")
        for i in f.resolve(c, frozenset({"state"})) or f.demonym(c)
    ]


def misread_participle(f: Finder, v: Token) -> list[str]:
    """(r9) "a Moscow court last year convicted in absentia the former prosecutor": a verb with an object read
    as a participle modifying the noun before it (a participle takes no object); that noun acts, named by its
    modifiers ("Moscow", "Russian") or itself."""
    if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "dobj" for c in v.children):
        return []
    noun = v.head
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "auxpass" for c in v.children):
        return []
    got = [i for c in noun.children if c.dep_ in ("compound", "amod") for i in f.resolve(c, PERPETRATORS) or f.demonym(c)]
    return got or [i for i in f.resolve(noun, PERPETRATORS) if f.idx.kind(i) != "court"]


def stranded_subject(f: Finder, v: Token) -> list[str]:
    """ "that Israeli agencies had for nearly a decade intercepted ...": a participle the parser cut from its
    auxiliary ("had" read as the verb, the participle left as "dep") acts with the auxiliary's subject."""
    if v.dep_ not in ("dep", "conj") or v.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in v.children):
        return []
    for t in reversed(f.doc[max(f.sent.start, v.i - 12) : v.i]):
        if t.lemma_ == "have" and t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return []
            return f.resolve(subj, PERPETRATORS) or [
                i for c in subj.children if c.dep_ in ("amod", "compound") for i in f.demonym(c)
            ]
    return []


def accused_of(f: Finder, v: Token) -> list[str]:
    """ "Israel has been accused of spying on the ICC and of intimidating its former Prosecutor": the
    accused is the one said to act."""
    if v.dep_ not in ("pcomp", "conj"):
        return []
    path = list(v.ancestors)[:6]
    blamed = next((a for a in path if a.lemma_ in ("accuse", "suspect", "blame", "allege")), None)
    if blamed is None or not any(a.lower_ == "of" for a in path[: path.index(blamed)]):
        return []
    if not any(c.dep_ == "auxpass" for c in blamed.children):
        return []
    subj = next((c for c in blamed.children if c.dep_ == "nsubjpass"), None)
    return f.resolve(subj, PERPETRATORS) if subj is not None else []


DESIGNED = frozenset({"design", "intend", "aim", "calculate", "mean", "seek", "seem", "appear", "serve"})
ACTOR_ROLES = {"statement": "author", "threat": "perpetrator", "sanction": "imposer"}


def told_actor(ctx: Any, f: Finder, v: Token) -> list[str]:
    """ "Russian officials warned ... Such statements are plainly designed to intimidate States Parties": the
    act a demonstrative names is the one just told, its actor the perpetrator."""
    head = v.head if v.dep_ in ("xcomp", "advcl") else None
    if head is None or head.lemma_ not in DESIGNED:
        return []
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (
        subj.lower_ in ("this", "these", "that", "those", "it", "they")
        or any(c.dep_ in ("det", "amod", "predet") and c.lower_ in ("such", "these", "this", "those", "that") for c in subj.children)
    ):
        return []
    voice = set(ctx.notes.get("events.doc_voice") or [])
    for e in reversed(ctx.events):
        if e.evidence[-1][1] < f.sent.start_char - 600:
            break
        role = ACTOR_ROLES.get(e.type)
        if role is None or e.evidence[0][0] >= f.sent.start_char:
            continue
        got = [i for i in e.roles.get(role, []) if i not in voice and f.idx.kind(i) in PERPETRATORS]
        if got:
            return got
    return []


# r7: an agent's seat, the owner of an attempt, "attributed to"
ATTRIBUTED = frozenset({"attribute", "blame", "trace", "link", "tie", "connect", "ascribe", "credit", "pin"})
ATTEMPTS = frozenset({
    "attempt", "effort", "bid", "move", "campaign", "plan", "plot", "operation", "drive", "push", "scheme",
    "strategy", "decision", "threat", "step", "measure", "initiative", "endeavour", "endeavor",
})  # fmt: skip


def agent_seat(f: Finder, v: Token, kinds: frozenset[str] = PERPETRATORS) -> list[str]:
    """A passive's agent named by its seat or adjective: "by officials in Washington", "by Libyan security
    officers", "by agents of the Russian state"."""
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                got = [i for a in g.children if a.dep_ in ("amod", "compound") for i in f.demonym(a)]
                for p in g.children:
                    if p.dep_ == "prep" and p.lower_ in ("in", "from", "of"):
                        for h in p.children:
                            if h.dep_ == "pobj":
                                got = got or capital_state(f, h) or f.resolve(h, kinds) or [
                                    i for a in h.children if a.dep_ in ("amod", "compound") for i in f.demonym(a)
                                ]
                if got:
                    return [i for i in got if f.idx.kind(i) in kinds]
    return []


def attempt_owner(f: Finder, v: Token) -> list[str]:
    """Who makes the attempt a verb completes: "Israel's attempts to obstruct ...", "efforts by Moscow to
    discredit ...", "a Russian bid to intimidate ..."."""
    if v.dep_ != "acl" or v.head.lemma_.lower() not in ATTEMPTS:
        return []
    noun = v.head
    owner = f.possessor(noun)
    got = f.resolve(owner, PERPETRATORS) if owner is not None else []
    got = got or f.prep_objects(noun, ("by", "from", "of"), PERPETRATORS)
    return got or [i for c in noun.children if c.dep_ in ("amod", "compound") for i in f.resolve(c, PERPETRATORS) or f.demonym(c)]


def attributed_to(f: Finder, np: Token) -> list[str]:
    """The actor a noun's participle names: "cyber attacks attributed to Russia", "spyware traced to
    Israel", "accounts linked to the Russian state"."""
    for c in np.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_ in ATTRIBUTED:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("to", "on"):
                    for g in p.children:
                        if g.dep_ == "pobj":
                            got = named_in(f, g, PERPETRATORS) or [
                                i for a in g.children if a.dep_ in ("amod", "compound") for i in f.demonym(a)
                            ]
                            if got:
                                return got
    return []


def agent_of_noun(f: Finder, np: Token) -> list[str]:
    """The actor a generic doer is tied to: "hackers linked to the Russian state", "spies working for Israel"."""
    return affiliated(f, np, PERPETRATORS)

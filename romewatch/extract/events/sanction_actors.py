"""Who imposes a sanction, when the verb's subject does not say: the State whose body passed a bill
that would sanction ("passed the X Act, which would sanction ..."), the official who announces a
designation, the state behind "it". Used by ``sanctions``, ``sanction_orders`` and ``sanction_forms``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Finder
from .pressure_args import IMPOSERS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

PROPOSALS = frozenset({"bill", "legislation", "proposal", "plan", "draft", "amendment", "motion", "initiative"})


def proposed(v: Token) -> bool:
    """Is the sanction only the purpose of a bill or plan ("a bill to sanction ...", "passed a bill to ...")?"""
    if v.dep_ not in ("acl", "relcl", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    return v.head.lemma_ in PROPOSALS or any(c.dep_ == "dobj" and c.lemma_ in PROPOSALS for c in v.head.children)


def bill_content(f: Any, v: Token) -> tuple[list[str], list[str]]:
    """What a bill would do to the Court, told in a clause on the bill ("passed the X Act, which would
    sanction anyone who assists the ICC", "voted for a bill to sanction ICC officials"): the State whose
    body passed or voted on it, and the Court or people named inside the clause. Empty when the clause
    does not hang on a bill."""
    head = v.head
    if v.dep_ not in ("acl", "relcl") or head.i == v.i:
        return [], []
    mention = f.idx.mention(head)
    if head.lemma_ not in PROPOSALS and head.lemma_ != "act" and not (mention and f.idx.kind(mention.entity_id) == "instrument"):
        return [], []
    named = [m.entity_id for t in v.subtree if (m := f.idx.mention(t)) is not None]
    target = [e for e in dict.fromkeys(named) if f.idx.kind(e) in ("court", "person")]
    passer = head.head if head.dep_ in ("dobj", "pobj", "appos", "nsubjpass") else None
    if passer is not None and passer.dep_ == "prep":  # "voted for a bill"
        passer = passer.head
    imposer = []
    if passer is not None:  # "the House passed the bill", "the bill ... was passed by the House"
        agents = f.prep_objects(passer, ("by",), IMPOSERS) if head.dep_ == "nsubjpass" else f.subject(passer, IMPOSERS)
        imposer = [i for i in agents if f.idx.kind(i) == "state"]
    return imposer, target


def announcer(f: Finder, v: Token) -> list[str]:
    """ "Secretary Rubio announced that the judges had been added to the list": the official who
    announces a designation made by their government stands for the imposer."""
    said = next((a for a in v.ancestors if a.lemma_ in ("announce", "confirm", "declare", "say", "state")), None)
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    if subj is None:
        return []
    # "X were also sanctioned, the Treasury said": a state (or its agency) that says so is the imposer
    kinds = ("person", "state") if said.lemma_ in ("announce", "confirm", "declare") else ("state",)
    for t in subj.subtree:
        m = f.idx.mention(t)
        if m is not None and f.idx.kind(m.entity_id) in kinds:
            return [m.entity_id]
    return []


def pronoun_imposer(f: Finder, v: Token) -> list[str]:
    """ "it sanctioned X": "it" is the sanctioning state told before, not the last body named."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "they"):
        return []
    e = f.idx.before(subj.idx, frozenset({"state"}), window=1500)
    return [e] if e else []

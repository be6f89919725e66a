"""Whose act is it? The actor behind a noun that names an act.

Support and condemnation are often aimed at an act, not at an actor: "welcomed Ukraine's
accession", "condemned the sanctions imposed by Washington", "deep regret at the US decision",
"the joint announcement by which A, B and C declared ...", "praised the American move",
"concern at the Executive Order". The beneficiary or target is the actor behind the act:

* its owner: "X's decision", "the decision of X", "its withdrawal" (a pronoun, resolved);
* its agent: "the sanctions imposed by X", "the designation of Y by X", "a move announced by X";
* a modifier: "the US decision", "the American move", "Russian measures";
* a clause: "the announcement by which X declared", "the decision X took";
* an act inside an act: "the revocation of the sanctions", "the rejection of the designations";
* an instrument: "the Executive Order" (a US Executive Order is the United States').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .index import ACTORS, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .finder import Finder

ACT_NOUNS = frozenset({
    "decision", "move", "step", "measure", "action", "act", "announcement", "withdrawal", "exit", "departure",
    "sanction", "designation", "listing", "order", "ban", "freeze", "revocation", "repeal", "lifting", "rescission",
    "rejection", "refusal", "failure", "position", "stance", "statement", "declaration", "response", "reaction",
    "accession", "ratification", "signature", "election", "appointment", "leadership", "commitment", "pledge",
    "contribution", "cooperation", "assistance", "support", "efforts", "effort", "work", "initiative", "visit",
    "invitation", "campaign", "attack", "attempt", "threat", "policy", "law", "legislation", "bill", "vote",
    "proposal", "plan", "intention", "conduct", "behaviour", "behavior", "silence", "inaction", "approach",
    "adoption", "referral", "notification", "warrant", "ruling", "judgment", "judgement", "report", "remarks",
    "comments", "allegations", "accusations", "threats", "sanctions", "measures", "designations", "steps",
    "actions", "moves", "decisions", "announcements", "attacks", "attempts", "finding", "findings", "verdict",
})  # fmt: skip
# instrument ids whose owner is a state ("instrument:us-eo-14203" -> the United States)
INSTRUMENT_OWNERS = {"instrument:us-": "state:us"}
# an act noun -> the verbs that tell the same act
NOMINALISED = {
    "revocation": ("revoke", "lift", "rescind", "repeal", "cancel", "terminate"), "decision": ("decide",), "withdrawal": ("withdraw",), "announcement": ("announce",),
    "designation": ("designate",), "adoption": ("adopt",), "rejection": ("reject",), "ratification": ("ratify",),
    "accession": ("accede",), "referral": ("refer",), "refusal": ("refuse",), "suspension": ("suspend",),
    "lifting": ("lift", "revoke", "rescind"), "repeal": ("repeal",), "cancellation": ("cancel",), "rescission": ("rescind",),
    "appointment": ("appoint",), "nomination": ("nominate",), "approval": ("approve",), "invitation": ("invite",),
    "notification": ("notify",), "recognition": ("recognise", "recognize"), "imposition": ("impose",),
    "move": ("move", "decide", "announce"), "step": ("decide", "announce", "take"),
}  # fmt: skip
LEAVING_NOUNS = frozenset({"withdrawal", "exit", "departure", "pullout", "pull-out", "denunciation"})
LEAVING_VERBS = frozenset({"withdraw", "leave", "quit", "exit", "denounce", "abandon"})
SPOKEN = frozenset({
    "position", "stance", "statement", "declaration", "remark", "remarks", "comment", "comments", "announcement",
    "message", "view", "call", "words", "assessment", "pledge", "commitment", "assurance", "clarification",
})  # fmt: skip
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})


def is_act(tok: Token) -> bool:
    return tok.lemma_.lower() in ACT_NOUNS or tok.lower_ in ACT_NOUNS


def told_before(f: Finder, tok: Token, reach: int = 1500) -> list[str]:
    """A nominalised act whose verb the text has just used: "Washington revoked the sanctions. ... Germany
    welcomed the revocation" -> Washington; "the sanctions were revoked by X" -> X."""
    verbs = NOMINALISED.get(tok.lemma_.lower())
    if not verbs or any(c.dep_ == "poss" for c in tok.children):
        return []
    from .base import finders  # the per-sentence finders, built once per document

    doc = f.doc
    j = tok.i - 1
    while j >= 0 and doc[j].idx >= tok.idx - reach:
        t = doc[j]
        if t.pos_ == "VERB" and t.lemma_.lower() in verbs and t.dep_ not in ("amod", "acl"):
            g = next((x for x in finders(f.ctx) if x.sent.start <= t.i < x.sent.end), None)
            if g is not None:
                passive = any(c.dep_ == "auxpass" for c in t.children)
                who = g.prep_objects(t, ("by",)) if passive else g.subject(t)
                if who:
                    return who
        j -= 1
    return []


def leaving(tok: Token) -> bool:
    """Does the noun name a state's leaving the Court ("withdrawal", "the decision to quit the ICC")?"""
    if tok.lemma_.lower() in LEAVING_NOUNS:
        return True
    return any(
        c.dep_ in ("acl", "relcl")
        and c.lemma_.lower() in LEAVING_VERBS
        or c.dep_ == "compound"
        and c.lemma_.lower() in LEAVING_NOUNS
        for c in tok.children
    )


def act_actor(f: Finder, tok: Token, skip: list[str] | None = None, depth: int = 0) -> list[str]:
    """The actor behind the act named by the noun ``tok``, or [] when the phrase names none."""
    skip = skip or []

    def keep(ids: list[str]) -> list[str]:
        return [i for i in uniq(ids) if i not in skip and f.idx.kind(i) in ACTORS]

    owner = f.possessor(tok)
    if owner is not None and owner.lower_ not in ("our", "my", "your"):
        got = keep(f.resolve(owner))
        if got:
            return got
    for c in tok.children:  # "the sanctions imposed by X", "the designation ... by X"
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            got = keep(f.prep_objects(c, ("by",)))
            if not got and c.dep_ == "relcl":  # "the decision X took", "the announcement by which X declared"
                got = keep(
                    [
                        i
                        for g in c.children
                        if g.dep_ in ("nsubj",) and g.tag_ not in ("WDT", "WP")
                        for i in f.resolve(g)
                    ]
                )
            if got:
                return got
    got = keep(f.prep_objects(tok, ("by",)))
    if got:
        return got
    for c in tok.children:  # "the US decision", "the American move", "Russian measures"
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            got = keep(f.resolve(c, owners=False) or f.demonym(c))
            if got:
                return got
    for c in tok.children:  # "the decision of the three governments", "the withdrawal of Burundi"
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                got = keep(f.resolve(g))
                if got:
                    return got
                if depth < 2 and is_act(g):  # "the revocation of the sanctions"
                    got = act_actor(f, g, skip, depth + 1)
                    if got:
                        return got
    for t in tok.subtree:  # "the Executive Order", "attempts ... through Executive Order 14203"
        m = f.idx.mention(t)
        if m is not None and f.idx.kind(m.entity_id) == "instrument":
            for prefix, owner_id in INSTRUMENT_OWNERS.items():
                if m.entity_id.startswith(prefix) and owner_id in f.ctx.entities and owner_id not in skip:
                    return [owner_id]
    if leaving(tok):  # "the withdrawal", "the decision to leave the Court": the state last named
        state = f.idx.before(tok.idx, frozenset({"state"}), window=2000)
        if state and state not in skip:
            return [state]
    got = keep(told_before(f, tok))
    if got:
        return got
    if tok.lemma_.lower() in SPOKEN and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children):
        # "The EU stated that ..., and we welcome that position": the one who just spoke
        said = f.ctx.notes.get("events.speaker", {})
        for start in (f.sent.start, f.doc[f.sent.start - 1].sent.start if f.sent.start > 0 else None):
            got = keep([i for ids, vi in said.get(start, []) if vi < tok.i or start != f.sent.start for i in ids])
            if got:
                return got
    return []


def operative_lemma(tok: Token) -> str:
    """ "3. Reaffirms its strong support ...", "Welcomes the accession ...": a declaration's operative
    verb, which the tagger leaves unlemmatised ("reaffirms"); its base form, else the lemma (r7 voice)."""
    lem = tok.lemma_.lower()
    if lem != tok.lower_ or not lem.endswith("s") or not tok.text[:1].isupper() or tok.dep_ != "ROOT":
        return lem
    before = tok.doc[tok.sent.start : tok.i].text.strip()
    if before and not (before.rstrip(".)").lstrip("(").isdigit() or before in ("-", "•", "*", "–")):
        return lem
    if lem.endswith(("sses", "shes", "ches", "xes")):
        return lem[:-2]
    return lem[:-1]

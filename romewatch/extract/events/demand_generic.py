"""Calls that name no one to act, and reminders: "Those responsible must be held to account",
"Perpetrators must face justice", "There must be no impunity", "No State Party should receive him",
"Italy must be held accountable", "X reminded States Parties of their obligation to arrest him".

A mixin of ``DemandForms`` (itself part of ``Demands``, a mixin of the ``Voice`` component): its
``_demand_modal`` hands such calls over here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .base import Finder, clean_phrase, verb_phrase

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

HEDGES = frozenset({"may", "might", "can", "could"})
REGARDED = frozenset({
    "see", "understand", "consider", "regard", "view", "interpret", "read", "note", "recall", "recognise",
    "recognize", "remember", "treat", "describe", "call", "know", "find", "base", "govern", "guide",
})  # fmt: skip


# an item labelled as what the writer asks: "Recommendation 3:", "Demand 2 -", "Ask #4:" (r12 asp)
LABELLED = re.compile(r"^[ \t]*(?:recommendation|demand|ask|request|call)\s*(?:#|no\.?\s*)?\d{1,2}\s*[:.\u2013-]", re.IGNORECASE | re.MULTILINE)


def _label_before(text: str, lo: int, hi: int) -> int:
    """Where the last "Recommendation N:" label opening a line between ``lo`` and ``hi`` ends (0: none)."""
    end = 0
    for m in LABELLED.finditer(text, lo, hi):
        end = m.end()
    return end

def wh_clause(v: Token) -> bool:
    """ "how the Assembly should respond", "whether States must act": an embedded question."""
    return any(
        c.i < v.i and (c.tag_ in ("WRB", "WP") or (c.dep_ == "mark" and c.lower_ in ("whether", "if")))
        for c in v.children
    )


def noun_lemma(tok: Token) -> str:
    """The lemma, also of a capitalised plural the tagger left as a proper noun ("States" -> state)."""
    lem = tok.lemma_.lower()
    if tok.tag_ in ("NNP", "NNPS") and lem.endswith("s") and lem[:-1] in ("state", "party", "government", "delegation"):
        return lem[:-1]
    return "party" if lem == "parties" else lem


def none_of(subj: Token) -> bool:
    """ "No State Party", "no country": a quantifier that turns the call into a prohibition."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) and noun_lemma(subj) in (
        "state", "party", "country", "government",
    )  # fmt: skip


def states_parties_of(ctx: DocContext, subj: Token) -> list[str]:
    """The States Parties, for "States should", "no State Party should" (recorded as a mention)."""
    from .demand_lists import states_parties

    first = next((t for t in subj.subtree if t.dep_ != "det"), subj)
    return states_parties(ctx, (first.idx, subj.idx + len(subj.text)))


class DemandGeneric:
    """`demand` events whose subject names no one, and reminders of an obligation."""

    claimant: Any
    emit: Any
    lex: dict

    def _reminded(self, ctx: DocContext, f: Finder, v: Token) -> None:
        """ "X reminded States Parties of their obligation to arrest him", "reminded Mongolia that it
        must cooperate": X asks them to do what they owe."""
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in v.children):
            return
        obj = next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
        addressee = f.resolve(obj) if obj is not None else []
        if not addressee and obj is not None and noun_lemma(obj) in ("state", "party", "government"):
            addressee = states_parties_of(ctx, obj) if obj.lower_.endswith("s") else []
        if not addressee:
            return
        action = ""
        for c in [*v.children, *obj.children]:
            if c.dep_ == "prep" and c.lower_ == "of":
                duty = next((g for g in c.children if g.dep_ == "pobj"), None)
                x = (
                    next((g for g in duty.children if g.dep_ in ("acl", "relcl") and g.pos_ == "VERB"), None)
                    if duty is not None
                    else None
                )
                if (
                    duty is not None
                    and duty.lemma_.lower() in ("obligation", "duty", "responsibility", "commitment")
                    and x is not None
                ):
                    action = verb_phrase(x)
            elif c.dep_ == "ccomp" and any(a.lower_ in ("must", "should", "have", "need") for a in c.children):
                action = verb_phrase(c)
        claimant = self.claimant(ctx, f, v)
        if not action or not claimant or set(addressee) & set(claimant):
            return
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": claimant, "addressee": addressee},
            {"action": action},
            confidence=0.7,
            anchor=v,
        )

    def _there_must(self, ctx: DocContext, f: Finder, v: Token) -> None:
        """ "There must be no impunity for ...", "there should be consequences": a call in the
        speaker's voice, addressed to no one in particular."""
        if not any(c.dep_ == "expl" for c in v.children) or v.dep_ not in ("ROOT", "conj", "ccomp"):
            return
        what = next((c for c in v.children if c.dep_ in ("attr", "dobj", "nsubj")), None)
        claimant = f.speakers_for(v) or f.voice(v)
        if what is None or not claimant or wh_clause(v) or (v.dep_ == "ccomp" and not f.speakers_for(v)):
            return
        action = clean_phrase(f.doc[what.left_edge.i : what.right_edge.i + 1].text)
        neg = any(c.dep_ == "neg" for c in v.children)
        self.emit(
            ctx, f, "demand", {"claimant": claimant, "addressee": []},
            {"action": f"no {action}" if neg else action}, confidence=0.55, anchor=v,
        )  # fmt: skip

    def _generic_demand(
        self, ctx: DocContext, f: Finder, v: Token, subj: Token, action_from: Token | None = None, named: bool = False
    ) -> None:
        """A call whose subject names no one: "Those responsible must be held to account",
        "Perpetrators must face justice", "States that stayed silent should explain why", "No State
        Party should receive him". The speaker asks; plain "States" (or "no State Party") are the
        States Parties; the action keeps the subject, since it says who is meant."""
        generic = set(self.lex["demand"].get("generic_subjects", []))  # type: ignore[attr-defined]
        head = noun_lemma(subj)
        label = _label_before(ctx.document.text, f.sent.start_char, v.idx)  # "Recommendation 3: Proposals ... must be considered" (r12 asp)
        if label and subj.idx < label:
            after = [  # "Recommendation 5: The Assembly should ...": the parse took the label for the subject
                m.entity_id for m in ctx.mentions_in(label, v.idx)
                if f.idx.kind(m.entity_id) in ("court", "state", "igo", "organization")
            ]
            claimant = f.speakers_for(v) or f.voice(v) or self._recommender(ctx, f)  # type: ignore[attr-defined]
            if after and claimant:
                self.emit(
                    ctx, f, "demand", {"claimant": claimant, "addressee": after[:1]},
                    {"action": clean_phrase(verb_phrase(action_from if action_from is not None else v), 20)}, confidence=0.6, anchor=v,
                )  # fmt: skip
                return
        named = named or bool(label)
        if (
            not named
            and head not in generic
            and not any(t.lemma_.lower() in ("responsible", "perpetrator") for t in subj.subtree)
        ):
            return
        clause = v
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        broken = self._subject_after_break(f, subj) is not None  # type: ignore[attr-defined]
        if not broken and (clause.dep_ not in ("ROOT", "ccomp") or (clause.dep_ == "ccomp" and not f.speakers_for(clause))):
            return  # "a mechanism that States should use", "that the warrant remains and must be executed"
        if any(c.dep_ == "aux" and c.lower_ == "have" for c in v.children):
            return  # "they must have known": a guess, not a call
        claimant = f.speakers_for(v) or (self._trailing_speaker(f) if clause.dep_ == "ROOT" or broken else []) or f.voice(v)  # type: ignore[attr-defined]
        claimant = claimant or self._recommender(ctx, f)  # type: ignore[attr-defined]
        if not claimant:
            return
        addressee: list[str] = []
        restricted = any(c.dep_ in ("relcl", "acl", "prep") for c in subj.children) or any(
            c.lower_ in ("all", "every", "any", "some", "other", "those", "these") for c in subj.children
        )
        if none_of(subj) or (head in ("state", "party") and subj.lower_.endswith("s") and not restricted):
            addressee = states_parties_of(ctx, subj)
        action = verb_phrase(action_from if action_from is not None else v)
        if action_from is None and any(c.dep_ == "auxpass" for c in v.children):
            action = f"be {action}"  # "must be held to account"
        if none_of(subj):
            action = f"not {action}"
        elif not addressee:
            first = max(subj.left_edge.idx, label) if label else subj.left_edge.idx
            who = clean_phrase(ctx.document.text[first : subj.right_edge.idx + len(subj.right_edge.text)], 10)
            modal = next((c.lower_ for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"), "must")
            action = f"{who} {modal} {action}"
        self.emit(
            ctx, f, "demand", {"claimant": claimant, "addressee": [a for a in addressee if a not in claimant]},
            {"action": clean_phrase(action, 20)}, confidence=0.55, anchor=v,
        )  # fmt: skip

"""The roles of a support: its beneficiaries ("support for X and for Y", "solidarity with X"), its
supporter ("the Assembly's support"), the actor of an act welcomed ("FIDH welcomes that position"), the
organ behind a ruling welcomed; and the shapes that make no support of their own ("No State has defended
...", a text "endorsed by 93 States", "many delegations", a second verb of the same support). A mixin of
``Supports``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import FIRST_PERSON, Finder, uniq
from .pressure_aims import BAD_WORDS
from .support_groups import BENEFICIARY_BODIES, named_group, relative_clauses

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


TRUSTING = frozenset({"confidence", "trust", "faith"})
GOOD_WORDS = frozenset({
    "bold", "principled", "courageous", "brave", "historic", "landmark", "milestone", "important", "significant",
    "welcome", "positive", "victory", "triumph", "vindication", "wise", "right", "just", "breakthrough", "great",
    "crucial", "vital", "essential", "indispensable", "commendable", "exemplary", "admirable", "encouraging",
})  # fmt: skip
NOT_GOOD = frozenset({"mistake", "error", "blow", "setback", "step back", "backward", "wrong", "regrettable", "not", "no"})

MAYBE = frozenset({"may", "might", "could", "should", "must", "ought"})

COURT_ACTS = frozenset(
    {"warrant", "ruling", "judgment", "judgement", "verdict", "arrest", "investigation", "conviction"}
)

STANCES = frozenset({
    "position", "decision", "step", "move", "stance", "statement", "initiative", "announcement", "commitment",
    "response", "reaction", "declaration", "pledge", "contribution", "effort", "efforts", "action", "measure",
})  # fmt: skip


def nobody_did(v: Token) -> bool:
    """ "No State Party has defended the judges", "none of them condemned ...": a subject that names no one."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and v.dep_ == "conj":
        subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in ("nobody", "none", "no-one", "neither", "nothing") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children
    ) or subj.text.lower().startswith("no ")


def stood_by(tok: Token) -> bool:
    """ "stand by / with / behind / alongside X" (named or not: "stood firmly by its personnel")."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("by", "with", "behind", "alongside") and any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    )


def stand_holder(tok: Token) -> Token | None:
    """The word holding "with X" for "stand": the verb itself, "stand shoulder to shoulder with X", or the
    interrupted "we stand, and will continue to stand, with X" (the second "stand" holds it)."""
    if stood_by(tok):
        return tok
    for c in tok.children:
        if c.dep_ in ("advcl", "dobj", "npadvmod") and c.lower_ == "shoulder" and stood_by(c):
            return c
        if c.dep_ == "conj" and c.lemma_ in ("continue", "remain"):
            for x in c.children:
                if x.dep_ == "xcomp" and x.lemma_ == "stand" and stood_by(x):
                    return x
    return None


class SupportRoles:
    """Static readers of the roles of a support (mixin of ``Supports``)."""

    @staticmethod
    def _support_for(f: Finder, noun: Token) -> list[str]:
        """See ``_support_in``; also a coordinated "and for Y" the parse hangs on the verb."""
        out = SupportRoles._support_in(f, noun)
        gov = noun.head if noun.dep_ == "dobj" else None
        for c in gov.children if gov is not None and out else ():
            if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in ("for", "to", "with"):
                out += [i for g in c.children if g.dep_ == "pobj" for i in f.resolve(g) or named_group(f, g)]
        return uniq(out)

    @staticmethod
    def _support_in(f: Finder, noun: Token) -> list[str]:
        """The beneficiaries of "support for the Court and for its officials", "solidarity with X";
        not those named inside a relative clause ("the judges, who issued warrants for X and Y, ...")."""
        out: list[str] = []
        inner = relative_clauses(noun)
        for c in noun.subtree:
            if (
                (c.dep_ == "prep" or c.dep_ == "conj" and c.pos_ == "ADP")  # "... and for the Prosecutor"
                and (c.lower_ in ("for", "to", "with") or c.lower_ == "in" and c.head.lemma_ in TRUSTING)
                and c.i not in inner
            ):  # "support for X", "solidarity with X", "confidence in X"
                out += [i for g in c.children if g.dep_ == "pobj" for i in f.resolve(g) or named_group(f, g)]
        return uniq(out)

    @staticmethod
    def _supporter(f: Finder, noun: Token) -> list[str]:
        """Whose support a support noun names: "the Assembly's support", "the support of States Parties"."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:
            return f.resolve(owner)
        return f.prep_objects(noun, ("of",))

    @staticmethod
    def _the_last_actor(f: Finder, obj: Token, agent: list[str]) -> list[str]:
        """ "X rejected the designations. FIDH welcomes that position / this decision": the one whose act
        the sentence before told, when the object is a bare demonstrative act noun."""
        if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in obj.children):
            return []
        if any(c.dep_ in ("prep", "relcl") for c in obj.children) or f.sent.start == 0 or obj.lemma_.lower() not in STANCES:
            return []
        before = f.doc[f.sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        got = f.resolve(subj, BENEFICIARY_BODIES) if subj is not None else []
        return [g for g in got if g not in agent]

    @staticmethod
    def _ruled_by(ctx: DocContext, f: Finder, obj: Token) -> list[str]:
        """The organ behind a ruling named only by its noun ("welcomed the decision", "the finding"):
        the chamber the text has just named, else the Court ("welcomed the warrants")."""
        organ = [  # a warrant is "the ICC's"; a finding or decision is its chamber's
            m.entity_id
            for m in ctx.mentions_in(max(0, obj.idx - 900), obj.idx)
            if m.entity_id.startswith(("court:pre-trial", "court:trial", "court:appeals")) and obj.lemma_ != "warrant"
        ]
        if organ:
            return organ[-1:]
        if obj.lemma_ in COURT_ACTS and "court:icc" in ctx.entities:
            return ["court:icc"]
        return []

    @staticmethod
    def _told_with_more(ctx: DocContext, f: Finder, agent: list[str], about: str) -> bool:
        """The sentence already gives the same support (same supporters, same verb) with its beneficiary: a
        second reading of it with none names no one new (r12 voice). Not "thanked A and voiced appreciation for
        the States that ...": two acts."""
        verb = about.split()[:1]
        return any(
            e.type == "support" and e.evidence and f.sent.start_char <= e.evidence[0][0] < f.sent.end_char
            and set(agent) <= set(e.roles.get("agent", [])) and e.roles.get("beneficiary")
            and str(e.attributes.get("about", "")).split()[:1] == verb
            for e in ctx.events
        )  # fmt: skip

    @staticmethod
    def _same_act(ctx: DocContext, f: Finder, tok: Token, agent: list[str], bene: list[str]) -> bool:
        """A support verb coordinated with an earlier one of the sentence, with no subject of its own and the
        same supporter ("X welcomed the step and praised Hungary"): the earlier event takes its
        beneficiaries (r7 voice)."""
        if tok.pos_ != "VERB" or tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        head = tok.head
        prev = next(
            (
                e
                for e in reversed(ctx.events)
                if e.type == "support"
                and e.evidence
                and f.sent.start_char <= e.evidence[0][0] < f.sent.end_char
                and set(e.roles.get("agent", [])) == set(agent)
            ),
            None,
        )
        if prev is None or head.pos_ != "VERB" or head.lemma_.lower() not in ("welcome", "hail", "applaud", "salute", "praise", "commend", "support", "back", "endorse"):
            return False
        if prev.roles.get("beneficiary") and not set(prev.roles["beneficiary"]) & set(bene):
            return False  # "welcomed the accession of A and commended B": two
        prev.roles["beneficiary"] = uniq([*prev.roles.get("beneficiary", []), *bene])
        return True

    def _called_good(self, tok: Token) -> Token | None:
        """The object of "call / describe / hail X (as) GOOD", with no bad word in the description (r7 voice)."""
        if any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "aux" and c.lower_ in MAYBE for c in tok.children):
            return None
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")), None)
        if obj is None:
            return None
        said = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or c.dep_ == "prep" and c.lower_ == "as"]
        said += [c for c in obj.children if c.dep_ in ("oprd", "xcomp", "acl", "amod") and c.i > obj.i]
        told = [t for c in said for t in c.subtree if t.lower_ != "rights"]  # r9: "human rights" is no "right"
        words = {t.lemma_.lower() for t in told} | {t.lower_ for t in told}
        bad = set(self.lex["condemnation"].get("bad_words", [])) | set(self.lex["condemnation"]["adjectives"]) | NOT_GOOD
        bad |= BAD_WORDS  # r9 voice: "describing them as an attack on the UN system"
        if not words & GOOD_WORDS or words & bad:
            return None
        return obj

    def _unnamed_subject(self, f: Finder, v: Token) -> bool:
        """ "many delegations", "several governments", "observers": a subject that names no one, and is
        not the author's own group ("the organisations we represent", "the undersigned")."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN",) or self._ours(subj):
            return False
        if any(f.idx.mention(t) is not None or t.lower_ in FIRST_PERSON for t in subj.subtree):
            return False
        return not f.resolve(subj)

    def _signed_text(self, v: Token) -> bool:
        """ "The statement has been endorsed by 93 States", "It is supported by 79 States Parties": a text
        signed or joined (the statement's signatories), not support for an actor."""
        if v.lemma_ not in ("endorse", "support", "back", "sign", "co-sign", "join") or not any(
            c.dep_ == "auxpass" for c in v.children
        ):
            return False
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None and v.dep_ == "conj":  # "was initiated by A and has been endorsed by 93 States"
            subj = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)
        texts = {*self.lex["statement"]["nouns"], "text", "appeal", "petition", "call", "initiative"}
        return subj is not None and (subj.lemma_.lower() in texts or subj.lower_ in ("it", "this", "which", "that"))

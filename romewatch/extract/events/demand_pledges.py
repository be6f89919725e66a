"""Commitments in the forms the verb-led reading leaves out.

* a pledge of money or means as a noun or an amount: "Germany announced a contribution of EUR 1
  million to the Trust Fund", "Norway pledged 500,000 euros to the Special Fund", "offered a grant";
* a commitment reaffirmed as a noun: "we reaffirm our commitment to the universality of the
  Statute", "Chile reiterated its unwavering commitment to the Court";
* a promise whose subject names the actors only as a group just mentioned: "More than thirty States
  pledged to ... The signatories also committed to raising the matter with the Commission".

A mixin of ``Demands`` (itself a mixin of the ``Voice`` component), run after its commitments so
that what those already read is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import FIRST_PERSON, Finder, clean_phrase, verb_phrase

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

GIVING = frozenset({"announce", "pledge", "offer", "promise", "commit", "confirm", "earmark", "allocate"})
GIFTS = frozenset({"contribution", "donation", "grant", "pledge", "funding", "fund", "euro", "dollar", "franc"})
AMOUNTS = frozenset({"euro", "eur", "dollar", "usd", "franc", "pound", "krone", "kroner", "yen"})
REAFFIRMING = frozenset({
    "reaffirm", "reiterate", "renew", "express", "confirm", "underline", "restate", "stress", "emphasise",
    "emphasize", "recall", "affirm", "declare", "demonstrate", "show",
})  # fmt: skip
PROMISE_NOUNS = frozenset({"commitment", "pledge", "resolve", "determination", "dedication"})
WE_GROUPS = frozenset({
    "signatory", "sponsor", "co-sponsor", "cosponsor", "participant", "member", "government", "state",
    "delegation", "organisation", "organization", "minister", "group", "country",
})  # fmt: skip


def money(obj: Token) -> bool:
    """ "pledged an extra €2 million", "offered $500,000": a sum of money, by its currency sign (r10 voice)."""
    return (obj.like_num or obj.pos_ == "NUM") and any(t.tag_ == "$" or t.text in ("€", "$", "£") for t in obj.subtree)


class DemandPledges:
    """`commitment` events from pledges, reaffirmed commitments and group subjects."""

    lex: dict
    emit: Any
    claimant: Any

    def pledges(self, ctx: DocContext, f: Finder) -> None:
        verbs = set(self.lex["commitment"]["verbs"])
        for tok in f.having(GIVING | REAFFIRMING | verbs):  # (speed) every test below reads one of those lists
            lem = tok.lemma_.lower()
            if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
                continue
            if lem in GIVING:
                self._pledge_gift(ctx, f, tok)
            if lem in REAFFIRMING:
                self._pledge_reaffirmed(ctx, f, tok)
            if lem in verbs:
                self._pledge_group(ctx, f, tok)

    @staticmethod
    def _pledge_known(ctx: DocContext, f: Finder, agent: list[str], action: str) -> bool:
        """A commitment of the same actors, about the same thing, already read in this sentence."""
        words = {w for w in action.lower().split() if len(w) > 3}
        for e in ctx.events:
            if e.type != "commitment" or not (f.sent.start_char <= e.evidence[0][0] < f.sent.end_char):
                continue
            theirs = {w for w in str(e.attributes.get("action", "")).lower().split() if len(w) > 3}
            if set(e.roles.get("agent", [])) & set(agent) and (not words or len(words & theirs) * 2 >= len(words)):
                return True
        return False

    def _pledge_agent(self, ctx: DocContext, f: Finder, v: Token) -> list[str]:
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and v.dep_ == "conj":
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return []
        if subj.lower_ in FIRST_PERSON or subj.lower_ == "i":
            return f.voice(v)
        return f.resolve(subj)

    def _pledge_gift(self, ctx: DocContext, f: Finder, v: Token) -> None:
        """ "announced a contribution of EUR 1 million to X", "pledged 500,000 euros to X"."""
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in GIFTS | AMOUNTS and not money(obj):
            return
        if obj.lemma_.lower() in AMOUNTS and not any(c.like_num or c.pos_ == "NUM" for c in obj.subtree):
            return
        if v.dep_ in ("amod", "acl", "relcl") or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return  # "the contribution announced by X", "to announce a grant": not a pledge made here
        agent = self._pledge_agent(ctx, f, v)
        if not agent:
            return
        end = max(obj.right_edge.i, *[c.right_edge.i for c in v.children if c.dep_ == "prep" and c.i > obj.i] or [0])
        parts = [t for t in f.doc[obj.left_edge.i : end + 1] if not (t.dep_ == "appos" and t.head.i == obj.i)]
        what = clean_phrase(f.doc[obj.left_edge.i : parts[-1].i + 1].text if parts else obj.text)
        what = what.split(", the ")[0]  # "a contribution of X to Y, the largest single pledge": the aside left out
        if not self._pledge_known(ctx, f, agent, what):
            self.emit(ctx, f, "commitment", {"agent": agent}, {"action": what}, confidence=0.7, anchor=v)

    def _pledge_reaffirmed(self, ctx: DocContext, f: Finder, v: Token) -> None:
        """ "we reaffirm our commitment to X", "reiterated its unwavering commitment to the Court"."""
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in PROMISE_NOUNS), None)
        if obj is None or not any(c.dep_ == "poss" for c in obj.children):
            return
        to = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("to", "towards")), None)
        if to is None or any(g.pos_ in ("VERB", "AUX") for g in to.children):
            return  # "commitment to V": read by the commitments
        if v.dep_ not in ("ROOT", "conj", "ccomp") or v.tag_ == "VBG" or (v.dep_ == "ccomp" and not f.speakers_for(v)):
            return  # "... a challenge we urge States to take up as they renew their commitment": no promise here
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("they", "he", "she", "it", "them"):
            return
        agent = self._pledge_agent(ctx, f, v)
        if not agent:
            return
        what = clean_phrase(f.doc[obj.i : obj.right_edge.i + 1].text, 14)
        if not self._pledge_known(ctx, f, agent, what):
            self.emit(ctx, f, "commitment", {"agent": agent}, {"action": what}, confidence=0.65, anchor=v)

    def _pledge_group(self, ctx: DocContext, f: Finder, v: Token) -> None:
        """ "The signatories also committed to raising the matter": the actors just named promise."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or f.idx.mention(subj) is not None or subj.lemma_.lower() not in WE_GROUPS:
            return
        if subj.tag_ != "NNS" or not any(c.lower_ in ("the", "these", "those", "all") for c in subj.children):
            return
        x = next((c for c in v.children if c.dep_ == "xcomp"), None)
        to = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if x is not None:
            action = verb_phrase(x)
        elif to is not None and any(g.dep_ == "pcomp" for g in to.children):
            action = clean_phrase(f.doc[to.i + 1 : to.right_edge.i + 1].text)
        else:
            return
        agent = self._pledge_actors_before(f, subj)
        if agent and action and not self._pledge_known(ctx, f, agent, action):
            self.emit(ctx, f, "commitment", {"agent": agent}, {"action": action}, confidence=0.6, anchor=v)

    @staticmethod
    def _pledge_actors_before(f: Finder, subj: Token) -> list[str]:
        """The actors of the latest statement, commitment or demand in the two sentences before."""
        start = f.doc[max(0, f.sent.start - 1)].sent.start
        if start > 0:
            start = f.doc[start - 1].sent.start
        lo = f.doc[start].idx
        near = [e for e in f.ctx.events if lo <= e.evidence[0][0] < f.sent.start_char]
        for e in sorted(near, key=lambda e: e.evidence[0][0], reverse=True):
            if e.type == "commitment":
                who = e.roles.get("agent", [])
            elif e.type == "statement":
                who = e.roles.get("signatory") or e.roles.get("on_behalf_of") or e.roles.get("author") or []
            elif e.type == "demand":
                who = e.roles.get("claimant", [])
            else:
                continue
            if who and all(f.idx.kind(i) != "person" for i in who):
                return list(who)
        return []

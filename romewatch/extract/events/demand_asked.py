"""What a call asks, and of whom: the addressees read up to the infinitive ("urge A and B, as well as
C, to V"), "all States" and "the government" as addressees, the act asked ("to V", "that X V", "asked X
for N"), and the shapes a call's clause takes ("pushed X to V", "request that the Assembly adopt").

A mixin of ``Demands`` (itself a mixin of the ``Voice`` component).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import ACTORS, Finder, clean_phrase, uniq, verb_phrase, xcomp_of
from .demand_forms import HEDGES
from .demand_groups import group_antecedent, is_group
from .demand_lists import states_parties

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


class DemandAsked:
    """The addressees and the act of a `demand` (mixin of ``Demands``)."""

    lex: dict

    def _asked_act(self, v: Token) -> bool:
        """A call verb that is itself the act another call asks for: an infinitive (up to three deep)
        under "urge / call on / request X to ...". One call, whose action includes the inner one."""
        verbs = set(self.lex["demand"]["verbs"])
        t = v
        for _ in range(3):
            if t.dep_ != "xcomp" or t.head.i == t.i or not any(c.lower_ == "to" for c in t.children):
                return False
            t = t.head
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs:
                return True
        return False

    @staticmethod
    def _misparsed_that(f: Finder, v: Token) -> tuple[list[str], str]:
        """ "demanded that Hungary arrest Mr X": the small parser reads the subjunctive verb as a noun
        ("Hungary arrest" as one phrase); the actor before it is asked, the verb and its object are the act."""
        for c in v.children:
            if c.dep_ != "ccomp" or c.pos_ != "NOUN" or c.tag_ != "NN":
                continue
            if not any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                continue
            if not any(g.dep_ in ("dobj", "prep") for g in c.children if g.i > c.i):
                continue
            who = [g for g in c.children if g.dep_ in ("compound", "nsubj") and g.i < c.i]
            ids = [i for g in who for i in f.resolve(g)]
            if ids:
                return ids, clean_phrase(f.doc[c.i : c.right_edge.i + 1].text)
        return [], ""

    @staticmethod
    def _that_clause(v: Token) -> bool:
        """ "ask that the Assembly adopt", "propose that the Bureau establish": a clause with a subject,
        its verb in the subjunctive or with "should" (not "suggested that they might not execute them")."""
        return any(
            c.dep_ == "ccomp"
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and (
                c.tag_ in ("VB", "VBP")
                or any(g.lower_ in ("should", "must") or (g.dep_ == "auxpass" and g.tag_ == "VB") for g in c.children)
            )
            and (c.tag_ == "VB" or v.lemma_ not in ("suggest", "advise"))
            and not any(g.dep_ == "aux" and g.lower_ in HEDGES | {"would", "will", "might"} for g in c.children)
            for c in v.children
        )

    @staticmethod
    def _asked_for(f: Finder, v: Token) -> str:
        """What "asked X for N" / "pressed X for N" asks: the noun phrase after "for"."""
        p = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in p.children if c.dep_ == "pobj"), None) if p is not None else None
        if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in ("comment", "interview", "reaction"):
            return ""  # "asked for Putin", "asked Kenya for a comment": no act named
        return clean_phrase(f.doc[obj.left_edge.i : obj.right_edge.i + 1].text)

    @staticmethod
    def _pushed(v: Token) -> bool:
        """ "pushed X to V": an object and the object's act as the verb's own "to" complement."""
        return any(c.dep_ == "dobj" for c in v.children) and any(
            c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
            for c in v.children
        )

    @staticmethod
    def _asks_an_act(f: Finder, v: Token) -> bool:
        """A "to V" (or "to:" before items, or "that X V") soon after the verb."""
        doc = f.doc
        if any(c.dep_ == "ccomp" for c in v.children):
            return True
        for j in range(v.i + 1, min(f.sent.end - 1, v.i + 16)):
            if doc[j].lower_ == "to":
                nxt = doc[j + 1] if doc[j + 1].pos_ != "ADV" or j + 2 >= len(doc) else doc[j + 2]
                if nxt.pos_ in ("VERB", "AUX") or nxt.text in ':"“' or nxt.is_space:
                    return True
                if doc[j].dep_ == "aux" and doc[j].head.i == nxt.i:
                    return True  # "to present options", the verb mistagged as an adjective: still an infinitive
        return False

    @staticmethod
    def _all_states(ctx: DocContext, f: Finder, v: Token) -> list[str]:
        """ "called on all States to", "urged member states to", "appealed to States to": the States
        Parties taken together, the genre's usual addressee when no State is named."""
        doc = f.doc
        for j in range(v.i + 1, min(f.sent.end, v.i + 6)):
            t = doc[j]
            if t.lower_ in ("all", "every"):
                return []  # "all States (whether or not parties)": not the States Parties as such
            if t.lower_ in ("on", "upon", "to", "the", "other", "member", "fellow"):
                continue
            plural = t.tag_ in ("NNS", "NNPS") or (
                t.tag_ == "NNP" and t.lower_ in ("states", "governments", "delegations")
            )
            if t.lemma_.lower().rstrip("s") not in ("state", "country", "government", "delegation") or not plural:
                return []
            if f.idx.mention(t) is not None or j + 1 >= f.sent.end or doc[j + 1].lower_ != "to":
                return []
            first = next(k for k in range(v.i + 1, j + 1) if doc[k].lower_ not in ("on", "upon", "to"))
            return states_parties(ctx, (doc[first].idx, t.idx + len(t.text)))
        return []

    @staticmethod
    def _the_government(f: Finder, tok: Token) -> list[str]:
        """ "calling on the government to arrest him" in a story about one State: that State."""
        group = group_antecedent(f, tok, ACTORS)
        if group:  # "called on the three governments to": the States the text listed before
            return group
        if tok.lemma_.lower() not in ("government", "authority", "authorities") or tok.tag_ not in ("NN", "NNS"):
            return []
        if is_group(tok):
            return []  # "the two governments" is no one State
        if any(c.dep_ in ("poss", "compound", "amod", "prep") for c in tok.children):
            return []  # "the Israeli government", "the government of X": read by the finder
        e = f.idx.before(tok.idx, frozenset({"state"}))
        return [e] if e else []

    @staticmethod
    def _states_before(ctx: DocContext, f: Finder, pron: Token) -> list[str]:
        """ "them" after "the States'" / "member states" earlier in the sentence: the States Parties."""
        for t in reversed(f.doc[f.sent.start : pron.i]):
            m = f.idx.mention(t)
            if m is not None and m.entity_id == "court:states-parties":
                return [m.entity_id]
            if m is None and t.lower_ in ("states", "countries", "governments") and t.tag_ in ("NNS", "NNPS"):
                return states_parties(ctx, (t.idx, t.idx + len(t.text)))
        return []

    @staticmethod
    def _whom(f: Finder, i: int) -> tuple[list[str], int]:
        """Who is called on: the list at ``i``, or every actor named before the infinitive that says
        what is asked ("urge the Commission and the member States of the EU, as well as the President
        of the Assembly, to engage"), relative clauses left out ("Mongolia, and all States that might
        receive Putin, to honour")."""
        doc = f.doc
        ids, end = f.list_span(i)
        if not ids and i < f.sent.end and doc[i].lower_ == "you":  # "count on you to": the letter's addressee
            you = f.resolve(doc[i])  # (not "call on you, Madam President, to": the name says which of them)
            if you:
                return you, i + 1
        out, skipping = [], False
        for j in range(i, min(f.sent.end, i + 45)):
            t = doc[j]
            if t.lower_ == "to" and j + 1 < f.sent.end:
                nxt = doc[j + 1] if doc[j + 1].pos_ != "ADV" or j + 2 >= f.sent.end else doc[j + 2]
                if nxt.pos_ in ("VERB", "AUX") or nxt.text == ":":
                    return (uniq(out), j) if out else (ids, end)
            if t.text in ".;:" or (t.pos_ in ("VERB", "AUX") and not skipping and f.idx.mention(t) is None):
                break
            if t.lower_ in ("that", "which", "who", "whom", "whose", "where") and t.i > i:
                skipping = True
            elif t.text == "," or (t.lower_ == "as" and j + 1 < f.sent.end and doc[j + 1].lower_ == "well"):
                skipping = False
            m = f.idx.mention(t)
            owner = j + 1 < f.sent.end and doc[j + 1].dep_ == "case" and f.idx.mention(doc[j + 1]) is None
            if m is not None and not skipping and not owner and f.idx.kind(m.entity_id) in ACTORS:
                out.append(m.entity_id)  # not "the Assembly's focal points": what it owns is asked
        return ids, end

    @staticmethod
    def _action_after(f: Finder, end: int, v: Token) -> str:
        doc = f.doc
        for j in range(end, min(end + 5, f.sent.end)):
            if doc[j].lower_ == "to" and j + 1 < len(doc):
                nxt = doc[j + 1]
                while nxt.text in '"\u201c' and nxt.i + 1 < len(doc):
                    nxt = doc[nxt.i + 1]
                if nxt.text == ":" or nxt.is_space:
                    return ":"
                if nxt.pos_ in ("VERB", "AUX"):
                    return verb_phrase(nxt)
                return clean_phrase(doc[nxt.i : min(nxt.i + 15, f.sent.end)].text)
        x = xcomp_of(v)
        return verb_phrase(x) if x is not None else ""

    @staticmethod
    def _infinitive(f: Finder, after: int, v: Token) -> str:
        """The "to V" that completes a call: the verb's own complement, else the first one after the object."""
        for c in v.children:
            if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
                return verb_phrase(c)
        for t in f.doc[after + 1 : f.sent.end]:
            if (
                t.lower_ == "to"
                and t.dep_ == "aux"
                and t.head.pos_ == "VERB"
                and ((t.head.dep_ != "relcl" and t.head.head.dep_ != "relcl") or f.doc[t.i - 1].lower_ == "so")
            ):  # "States that have not yet done so to join": the relative clause ends at "so"
                return verb_phrase(t.head)
        return ""

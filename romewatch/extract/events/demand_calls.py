"""Two call forms of ``Demands``: the impersonal call ("it is essential / indispensable that X V",
"it is incumbent upon X to V", "X said it was imperative that Y V") and the gapped call that shares
its verb ("call on X to V and on Y to W", "urged X to V and Y to W").

A mixin of ``Demands`` (itself a mixin of the ``Voice`` component).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Finder, verb_phrase
from .demand_lists import states_parties

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

SAYING = frozenset({
    "say", "tell", "stress", "add", "insist", "argue", "warn", "declare", "state", "note", "emphasise", "emphasize",
    "underline",
})  # fmt: skip


class DemandCalls:
    """Impersonal and gapped calls (mixin of ``Demands``)."""

    lex: dict
    emit: Any
    _whom: Any
    _demand_modal: Any

    def _needful(self, ctx: DocContext, f: Finder, adj: Token) -> None:
        """ "It is essential that States Parties V", "it is indispensable that all States V", "it is
        incumbent upon the Bureau to V", "it is high time for the Assembly to V": a call."""
        be = adj.head
        if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in be.children):
            return
        if any(c.dep_ == "neg" for c in be.children):
            return  # "it is not necessary that": no call
        told = be.dep_ == "ccomp" and be.head.lemma_ in SAYING and any(c.dep_ == "nsubj" for c in be.head.children)
        teller = (f.speakers_for(be) or f.subject(be.head)) if told else []
        if be.tag_ not in ("VBZ", "VBP", "VB") and not (be.tag_ == "VBD" and teller):
            return  # "it was important that ...": a past view, unless reported ("X said it was vital that")
        kids = [
            *adj.children,
            *be.children,
            *[g for c in adj.children if c.dep_ in ("attr", "npadvmod") for g in c.children],
        ]
        cc = next((c for c in kids if c.dep_ == "ccomp" and any(g.lower_ == "that" for g in c.children)), None)
        if cc is not None:
            self._demand_modal(ctx, f, cc, speaker=teller or None)
            return
        x = next((c for c in kids if c.dep_ in ("xcomp", "advcl") and any(g.lower_ == "to" for g in c.children)), None)
        if x is None or x.pos_ not in ("VERB", "AUX"):
            return
        whom = next(
            (
                g
                for c in kids
                if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        subj = next((c for c in x.children if c.dep_ == "nsubj"), None)  # "for the Bureau to act"
        target = whom if whom is not None else subj
        if target is None:
            return
        addressee = f.resolve(target) or (
            states_parties(ctx, (target.idx, target.idx + len(target.text)))
            if target.lemma_.lower() == "state" and target.tag_ in ("NNS", "NNPS")
            else []
        )
        claimant = teller or f.speakers_for(adj) or f.voice(adj)
        if not addressee or not claimant or set(addressee) & set(claimant):
            return
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": claimant, "addressee": addressee},
            {"action": verb_phrase(x)},
            confidence=0.7,
            anchor=adj,
        )

    def _gapped(self, f: Finder, v: Token, lem: str) -> list[tuple[int, list[str], str]]:
        """The calls that share the verb: "call on X to V, and on Y to W", "urged X to V and Y to W"
        (the verb left out of the second): (index of "and", addressees, action) for each."""
        doc, out = f.doc, []
        first_to = next((j for j in range(v.i + 1, f.sent.end) if doc[j].lower_ == "to"), None)
        if first_to is None:
            return []
        j = first_to + 1
        while j < f.sent.end - 2:
            t = doc[j]
            if t.lower_ != "and" or t.dep_ not in ("cc", "conj", "mark"):
                if (
                    t.pos_ == "VERB"
                    and t.lemma_ in self.lex["demand"]["verbs"]
                    and t.i != v.i
                    and t.dep_ not in ("amod", "compound", "acl")
                    and doc[t.i - 1].text != "-"  # "the so-called war on drugs"
                ):
                    break  # "... It also calls on A and B to V": another call, read on its own
                j += 1
                continue
            k = j + 1
            if doc[k].lower_ in ("on", "upon") and lem in ("call", "appeal"):
                k += 1
            elif lem in ("call", "appeal") or doc[k].lower_ in ("we", "i", "it", "they", "to"):
                j += 1
                continue  # "and called on Z to W" has its own verb; "and to W" is the same call
            while k < f.sent.end and doc[k].lower_ in ("the", "all", "its", "their", "other"):
                k += 1
            generic = k + 2 < f.sent.end and doc[k].lower_ in ("states", "countries", "governments")
            if generic and doc[k + 1].lower_ == "to" and doc[k + 2].pos_ in ("VERB", "AUX"):
                everyone = doc[k - 1].lower_ == "all"  # "and on all States to V": not the States Parties as such
                whom = [] if everyone else states_parties(f.ctx, (doc[k].idx, doc[k].idx + len(doc[k].text)))
                out.append((j, whom, verb_phrase(doc[k + 2])))
                j = k + 2
                continue
            if k >= f.sent.end or f.idx.mention(doc[k]) is None:
                j += 1
                continue
            whom, end = self._whom(f, k)
            if not whom or end >= f.sent.end - 1 or doc[end].lower_ != "to":
                j += 1
                continue
            nxt = doc[end + 1]
            if nxt.pos_ not in ("VERB", "AUX"):
                j += 1
                continue
            out.append((j, whom, verb_phrase(nxt)))
            j = end + 1
        return out

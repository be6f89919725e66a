"""Demands in other forms than a call: modals ("X must / should / ought to V", "the designation
must be reversed"), the passive call ("X was asked to"), requests sent to someone ("the Registry
transmitted a request for his arrest to Italy"), "the need for X to V", "we expect X to V", and
polite requests ("we would be grateful if X could V").

A mixin of ``Demands`` (itself a mixin of the ``Voice`` component): it uses its ``claimant`` and
``_whom`` and the component's ``emit``. Calls that name no one to act live in ``demand_generic``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import ACTORS, FIRST_PERSON, Finder, clean_phrase, uniq, verb_phrase, xcomp_of
from .demand_generic import HEDGES, REGARDED, DemandGeneric, _label_before, none_of, states_parties_of, wh_clause

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

MEETING_WORDS = frozenset({"opportunity", "chance", "meeting", "occasion", "invitation", "dialogue"})
STRESSING = frozenset({
    "raise", "stress", "underline", "emphasise", "emphasize", "highlight", "reiterate", "recall", "underscore",
    "note", "point", "be", "see", "affirm", "reaffirm", "insist", "repeat",
})  # fmt: skip
UNDOING = frozenset({
    "reverse", "revoke", "lift", "rescind", "withdraw", "repeal", "cease", "stop", "end", "halt", "release",
    "drop", "overturn", "annul", "cancel", "suspend", "abandon",
})  # fmt: skip

ENABLED = frozenset({"able", "free", "allowed", "permitted", "enabled", "empowered"})


def _members_of_court(f: Finder, subj: Token) -> bool:
    """ "Member states of the International Criminal Court", "the States Parties of the Court": the
    States Parties, not the Court."""
    if subj.lemma_.lower() not in ("state", "member") or subj.tag_ not in ("NNS", "NNPS") or f.idx.mention(subj) is not None:
        return False
    of = [g for p in subj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return bool(of) and set(f.resolve(of[0])) <= {"court:icc", "court:asp"} and bool(f.resolve(of[0]))


def enabled(v: Token, passive: bool) -> bool:
    """ "X must be able / free / allowed to V": what X must be left to do, not a call on X to act."""
    if v.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ENABLED for c in v.children):
        return True
    return passive and v.lower_ in ENABLED and any(c.dep_ == "xcomp" for c in v.children)


EXPECTED = frozenset({"soon", "shortly", "likely", "probably", "eventually"})  # "should soon be", "should shortly become"

class DemandForms(DemandGeneric):
    """`demand` events read from modals, passives, nouns and polite requests."""

    claimant: Any
    _whom: Any
    emit: Any
    lex: dict

    @staticmethod
    def _states_phrase_end(f: Finder, start: int) -> int:
        """The end of a noun phrase of States or governments no entity names ("all States", "every
        government", "the international community"), else 0."""
        j = start
        while j < min(f.sent.end, start + 5) and f.doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            j += 1
        heads = {t.lemma_.lower() for t in f.doc[start:j] if t.pos_ in ("NOUN", "PROPN")}
        return j if heads & {"state", "government", "country", "community", "party", "nation"} else 0

    def _we_expect(self, ctx: DocContext, f: Finder, v: Token) -> None:
        """ "We expect / want / need X to V", "we look to / count on X to V": the speakers ask X."""
        start = v.i + 1
        if start < f.sent.end and f.doc[start].lower_ in ("to", "on", "upon") and v.lemma_ in ("look", "count", "rely"):
            start += 1
        elif v.lemma_ in ("look", "count", "rely"):
            return
        addressee, end = self._whom(f, start)
        if not addressee:  # "we count on all States to respect ...": States no entity names
            end = DemandForms._states_phrase_end(f, start)
            if end and end < f.sent.end - 1 and f.doc[end].lower_ == "to" and f.doc[end + 1].pos_ in ("VERB", "AUX"):
                claimant = f.voice(v) if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in v.children) else []
                if claimant:
                    self.emit(ctx, f, "demand", {"claimant": claimant}, {"action": verb_phrase(f.doc[end + 1])},
                              confidence=0.6, anchor=v)  # fmt: skip
            return
        if (
            end >= f.sent.end - 1
            or f.doc[end].lower_ != "to"
            or f.doc[end + 1].pos_ not in ("VERB", "AUX")
        ):
            return
        if f.idx.mention(f.doc[end - 1]) is None and f.doc[end - 1].lower_ != "you":
            return  # "we expect the Assembly session to be difficult": not the Assembly that is asked
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        named = subj is not None and subj.lower_ not in ("we", "i") and f.idx.mention(subj) is not None
        claimant = f.resolve(subj) if named else f.voice(v)  # "Washington wants the Court to drop it"
        if not claimant:
            return
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": claimant, "addressee": [a for a in addressee if a not in claimant]},
            {"action": verb_phrase(f.doc[end + 1])},
            confidence=0.65,
            anchor=v,
        )

    @staticmethod
    def _list_before(f: Finder, i: int) -> list[str]:
        """Members of a list that the parse cut off before its head: "Chile, Kenya and Hungary were urged"."""
        out: list[str] = []
        j = i - 1
        while j >= f.sent.start:
            t = f.doc[j]
            m = f.idx.mention(t)
            if m is not None and f.idx.kind(m.entity_id) in ACTORS:
                out.insert(0, m.entity_id)
            elif not (t.text == "," or t.lower_ in ("and", "the")):
                break
            j -= 1
        return out if j < f.sent.start or f.doc[j].is_space else []

    def _polite(self, ctx: DocContext, f: Finder, tok: Token) -> None:
        """ "We would be grateful if X could V", "we would appreciate it if X would V": a request to X."""
        gov = tok.head if tok.pos_ == "ADJ" else tok
        cond = next(
            (
                c
                for c in [*gov.children, *tok.children]
                if c.dep_ == "advcl"
                and any(m.lower_ == "if" for m in c.children)
                and any(a.dep_ == "aux" and a.lower_ in ("could", "would", "might", "can", "will") for a in c.children)
            ),
            None,
        )
        if not any(a.dep_ == "aux" and a.lower_ == "would" for a in gov.children):
            return
        if cond is None:
            self._meeting_asked(ctx, f, gov)  # "we would welcome the opportunity to meet with you"
            return
        subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        addressee = f.resolve(subj) if subj is not None else []
        claimant = self.claimant(ctx, f, gov)
        if not addressee or not claimant:
            return
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": claimant, "addressee": [a for a in addressee if a not in claimant]},
            {"action": verb_phrase(cond)},
            confidence=0.65,
            anchor=tok,
        )

    def _meeting_asked(self, ctx: DocContext, f: Finder, gov: Token) -> None:
        obj = next((c for c in gov.children if c.dep_ == "dobj" and c.lemma_.lower() in MEETING_WORDS), None)
        if obj is None:
            return
        whom = [
            i
            for t in obj.subtree
            if t.dep_ == "prep" and t.lower_ == "with"
            for g in t.children
            if g.dep_ == "pobj"
            for i in f.resolve(g)
        ]
        claimant = self.claimant(ctx, f, gov)
        if not whom or not claimant:
            return
        x = next((t for t in obj.subtree if t.pos_ == "VERB" and any(a.lower_ == "to" for a in t.children)), None)
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": claimant, "addressee": [w for w in whom if w not in claimant]},
            {"action": verb_phrase(x) if x is not None else clean_phrase(f.doc[obj.i : obj.right_edge.i + 1].text)},
            confidence=0.6,
            anchor=gov,
        )

    def _sent_request(self, ctx: DocContext, f: Finder, noun: Token) -> None:
        """A request sent to someone: whoever sends it asks, whoever receives it is asked."""
        v = noun.head
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES | {"will", "would"}) for c in v.children):
            return  # "the Registry would transmit requests": not yet sent
        doc, to = f.doc, None
        for j in range(noun.i + 1, min(f.sent.end, noun.i + 25)):
            if doc[j].lower_ == "to" and j + 1 < f.sent.end and doc[j + 1].pos_ not in ("VERB", "AUX"):
                to = j
                break
            if doc[j].text in ";:" or (doc[j].pos_ == "VERB" and doc[j].i != v.i and doc[j].dep_ != "conj"):
                break
        addressee = f.list_from(to + 1, skip=2) if to is not None else []
        if not addressee and to is None:  # "transmitted to the Mongolian authorities a reminder of ..."
            addressee = f.prep_objects(v, ("to",))
        passive = any(c.dep_ == "auxpass" for c in v.children)
        claimant = f.prep_objects(v, ("by",)) if passive else f.subject(v)
        claimant = claimant or f.voice(v)
        if not addressee:
            return
        end = to if to is not None else noun.right_edge.i + 1
        what = clean_phrase(doc[noun.i + 2 : end].text) if doc[noun.i + 1].lower_ == "for" else ""
        owed = next((t for t in noun.subtree if t.dep_ in ("acl", "relcl") and t.pos_ == "VERB"), None)
        if noun.lemma_.lower() == "reminder" and owed is not None:
            what = verb_phrase(owed)  # "a reminder of their obligation to execute the warrant"
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": [c for c in claimant if c not in addressee], "addressee": addressee},
            {"action": what or clean_phrase(doc[noun.i : end].text)},
            confidence=0.7,
            anchor=noun,
        )

    def _need_for(self, ctx: DocContext, f: Finder, noun: Token) -> None:
        """ "the need for X to V", "it is time for X to V": X is asked to V by whoever says so."""
        gov = noun.head if noun.dep_ in ("dobj", "attr", "nsubj", "pobj") else None
        if gov is not None and gov.dep_ == "prep":
            gov = gov.head
        if gov is None or gov.lemma_.lower() not in STRESSING or any(c.dep_ == "neg" for c in gov.children):
            return
        addressee, end = f.list_span(noun.i + 2, skip=1)
        if not addressee or end >= f.sent.end or f.doc[end].lower_ != "to":
            return
        nxt = f.doc[end + 1] if end + 1 < f.sent.end else None
        if nxt is None or nxt.pos_ not in ("VERB", "AUX"):
            return
        claimant = self.claimant(ctx, f, gov) if gov.lemma_ != "be" else f.voice(gov)
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": [c for c in claimant if c not in addressee], "addressee": addressee},
            {"action": verb_phrase(nxt)},
            confidence=0.65,
            anchor=noun,
        )

    def _asked(self, ctx: DocContext, f: Finder, v: Token) -> None:
        """The passive call: the subject is asked, the agent (or the voice) asks."""
        subj = next(c for c in v.children if c.dep_ == "nsubjpass")
        addressee = uniq(
            [*self._list_before(f, subj.left_edge.i), *f.list_from(subj.left_edge.i, skip=1), *f.resolve(subj)]
        )
        x = xcomp_of(v)
        if not addressee or x is None or not any(a.lower_ == "to" for a in x.children):
            return
        claimant = f.prep_objects(v, ("by",)) or f.speakers_for(v) or f.voice(v)
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": [c for c in claimant if c not in addressee], "addressee": addressee},
            {"action": verb_phrase(x)},
            confidence=0.75,
            anchor=v,
        )

    def _demand_modal(
        self, ctx: DocContext, f: Finder, v: Token, action_from: Token | None = None, speaker: list[str] | None = None
    ) -> None:
        subj_tok = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj_tok is None:  # "States Parties meeting this week for the session must V": the participle's subject (r11 asp)
            part = next((c for c in v.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
            subj_tok = next((c for c in part.children if c.dep_ == "nsubj"), None) if part is not None else None
        inner = next((c for c in subj_tok.children if c.dep_ == "nsubj"), None) if subj_tok is not None else None
        if inner is not None and subj_tok.lower_.endswith("ing") and f.idx.mention(subj_tok) is None:
            subj_tok = inner  # "member states meeting this week ... must V", the participle read as the subject
        if subj_tok is None and v.dep_ == "conj":  # "the designation is an attack and must be reversed"
            subj_tok = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if v.lemma_ in ("be", "become") and any(c.dep_ == "advmod" and c.lower_ in EXPECTED for c in v.children):
            return  # "X deposited its instrument and should soon be a party": an expectation, not a call (r12 asp)
        label = _label_before(ctx.document.text, f.sent.start_char, v.idx)
        if subj_tok is not None and label and subj_tok.idx < label:  # "Recommendation 2: Proposals to ... must be withdrawn"
            subj_tok = next((t for t in f.doc[subj_tok.i : v.i] if t.idx >= label and t.pos_ in ("NOUN", "PROPN")), None)
            while subj_tok is not None and subj_tok.dep_ in ("compound", "amod") and subj_tok.head.i < v.i:
                subj_tok = subj_tok.head  # the label is no subject: the noun after it is (r12 asp)
        if subj_tok is None and v.lemma_ == "be" and action_from is None:
            self._there_must(ctx, f, v)  # "There must be no impunity for ..."
            return
        if (
            subj_tok is None
            or (subj_tok.lower_ in FIRST_PERSON and f.idx.mention(subj_tok) is None)
            or subj_tok.lower_ in ("it", "this", "that", "there")
        ):
            return
        if any(c.dep_ == "aux" and c.lower_ in ("should", "must") and c.i < subj_tok.i for c in v.children):
            return  # "should the Court proceed against ...": a condition, not a call
        if wh_clause(v):
            return  # "consultations on how the Assembly should respond": a question, not a call
        passive = subj_tok.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in v.children)
        if enabled(v, passive) or v.lemma_ == "expect":
            return  # "the Court must be able to ...": a principle; "anyone who ... should expect to pay": a warning
        bare = subj_tok.pos_ == "NOUN" and f.idx.mention(subj_tok) is None  # "attacks", "the designation"
        if (passive or bare) and v.lemma_.lower() in UNDOING:
            self._undo_demand(ctx, f, v, subj_tok)  # "the designation ... must be reversed", "attacks must stop"
            return
        if none_of(subj_tok):  # "No State Party should receive ...": every State Party is asked not to
            self._generic_demand(ctx, f, v, subj_tok, action_from)
            return
        broken = None if passive else self._subject_after_break(f, subj_tok)
        if broken is None and not passive and _members_of_court(f, subj_tok):
            broken = states_parties_of(ctx, subj_tok)  # "member states of the ICC should ...": the States Parties (r11 asp)
        addressee = broken if broken is not None else f.resolve(subj_tok) if not passive else f.prep_objects(v, ("by",))
        if not addressee and (not passive or f.idx.mention(subj_tok) is None):
            self._generic_demand(ctx, f, v, subj_tok, action_from)
            return
        if not addressee:  # "Italy must be held accountable", "Mr Putin must be arrested": no one named to act
            if action_from is None and v.lemma_.lower() not in REGARDED:
                self._generic_demand(ctx, f, v, subj_tok, named=True)
            return
        claimant = speaker or f.speakers_for(v)
        if not claimant and (broken is not None or v.dep_ == "ROOT" or v.dep_ == "ccomp" and v.head.dep_ == "ROOT"):  # "..., ORG said" cut off, or a quotation's speaker
            quoted = f.text.lstrip()[:1] in ('"', "\u201c") or self._inside_quote(f)
            claimant = self._quote_speaker(f) if quoted else self._trailing_speaker(f)
        claimant = claimant or f.voice(v) or self._recommender(ctx, f)  # type: ignore[attr-defined]
        if set(addressee) & set(claimant):
            return
        action = verb_phrase(action_from if action_from is not None else v)
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": claimant, "addressee": addressee},
            {"action": action},
            confidence=0.7 if claimant else 0.55,
            anchor=v,
        )

    def _undo_demand(self, ctx: DocContext, f: Finder, v: Token, subj: Token) -> None:
        """What must be undone or stop: the claimant is the voice, the addressee whoever did it
        ("the designation of four judges by the United States", "Washington's sanctions")."""
        claimant = f.speakers_for(v) or f.voice(v) or self._recommender(ctx, f)  # type: ignore[attr-defined]
        if not claimant or any(c.dep_ == "neg" for c in v.children):
            return
        doers = [
            i
            for t in subj.subtree
            if (t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by"))
            and t.head.i in (subj.i, *[a.i for a in subj.subtree])
            for g in t.children
            if g.dep_ == "pobj"
            for i in f.resolve(g)
        ]
        owner = f.possessor(subj)
        doers = doers or (f.resolve(owner) if owner is not None and owner.pos_ != "PRON" else [])
        what = clean_phrase(f.doc[subj.left_edge.i : subj.right_edge.i + 1].text, 10)
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": claimant, "addressee": [d for d in doers if d not in claimant]},
            {"action": f"{v.lemma_} {what[:1].lower()}{what[1:]}".strip()},
            confidence=0.6,
            anchor=v,
        )

"""Decisions: "The Assembly adopted by consensus resolution ICC-ASP/22/Res.3", "elected six judges
and the Registrar" (one per office), "the Committee's recommendation that ...", "The Assembly
decided that ...", "adopted six resolutions, among them:" followed by one item per resolution.
The verb readings live in ``decision_verbs``, the noun readings in ``decision_nouns``.

A mixin of the ``Assembly`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, clean_phrase, lexicon
from .decision_acts import act_lemma, election, emit_act, instruments_in
from .decision_dates import budget_year_free, later_undated
from .decision_nouns import ADOPTED_TEXTS, ADOPTIONS, AWAITED, BODIES, RULING_NOUNS, DecisionNouns
from .decision_verbs import MANDATIVE, MODALS, RESOLVING, DecisionVerbs
from .decision_votes import LEGISLATURES, emit_approval, emit_decided, emit_vote, legislature_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


COUNTED = re.compile(r"(?:the\s+)?(?:\w+\s+)?(?:resolutions|decisions|texts|amendments)$", re.IGNORECASE)
AMONG = re.compile(r"\s*(?:among (?:them|these|those)\b|(?:these|they) (?:included|include|were)\b)", re.IGNORECASE)


BULLET = re.compile(r"\s*(?:[-\u2013\u2022*\u25aa\u25cf]|\(?[a-z0-9]{1,3}[.)])\s+")
LEAD_ASKS = re.compile(r"\b(?:should|must|shall|will|would|call\w*|urg\w*|ask\w*|invit\w*|recommend\w*|expected)\b", re.IGNORECASE)


def bullet_lead(ctx: DocContext, f: Finder, tok: Token) -> list[str]:
    """ "At the close of its session, the Assembly of States Parties:" then "- approved a programme budget
    ...;" "- adopted the resolution on cooperation; and": an item that opens on its past-tense verb was done
    by the body of the lead line (the last Court organ, UN body or State it names); not after "The
    Assembly should:" or "We call on the Assembly to:", whose items are asked."""
    if not (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and tok.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))):
        return []  # "- adopted a declaration": a past participle heading its item is the item's past tense
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "LS" for c in tok.children):
        return []  # "(a) endorsed ...": the item's letter read as its subject
    if not BULLET.match(f.text) or tok.i - f.sent.start > 3:
        return []
    doc, sent = f.doc, f.sent
    for _ in range(12):  # back over the earlier items to the lead line
        if sent.start == 0:
            return []
        sent = doc[sent.start - 1].sent
        text = sent.text.strip()
        if text.endswith(":"):
            if LEAD_ASKS.search(text):
                return []
            named = [
                m.entity_id for m in ctx.mentions_in(sent.start_char, sent.end_char)
                if f.idx.kind(m.entity_id) in ("court", "igo", "state")
            ]
            return named[-1:]
        if not BULLET.match(sent.text):
            return []
    return []


def referred(f: Finder, tok: Token) -> bool:
    """What a referral hands to the Court: "the situation in Darfur", or a State or place itself
    ("refers Libya to ICC", "referred Darfur to the Court")."""
    if tok.lemma_.lower() == "situation":
        return True
    m = f.idx.mention(tok)
    return m is not None and f.idx.kind(m.entity_id) in ("state", "place")


DECIDING = frozenset({"reach", "vote", "give", "refer", "referral", "election", "re-election"})  # ``_decisions``'s own


class Decisions(DecisionVerbs, DecisionNouns):
    """`decision` events (mixin of ``Assembly``)."""

    def decision(self, ctx: DocContext, f: Finder) -> None:
        n = len(ctx.events)
        self._decisions(ctx, f)
        later_undated(ctx, f, [e for e in ctx.events[n:] if e.type == "decision"])
        budget_year_free(ctx, f, [e for e in ctx.events[n:] if e.type == "decision"])

    def _decisions(self, ctx: DocContext, f: Finder) -> None:
        if not self.lex.get("r7"):  # the r7 block's decision verbs and objects, read with the Assembly's
            extra = lexicon().get("r7_decisions", {})
            self.lex = {
                **self.lex,
                "r7": True,
                "decision_verbs": [*self.lex["decision_verbs"], *extra.get("decision_verbs", [])],
                "decision_objects": [*self.lex["decision_objects"], *extra.get("decision_objects", [])],
            }
        verbs, nouns = set(self.lex["decision_verbs"]), set(self.lex["decision_nouns"])
        objs = self.decision_acts
        done: set[int] = set()
        planned = self.planned
        if self._among(ctx, f):
            return
        # (speed) every test below reads one of these lists (an act's verb is the first word of its key);
        # built once per document (the lexicon and the acts are the document's)
        built = getattr(self, "_decision_words", None)
        if built is None or built[0] is not self.lex or built[1] is not objs:
            words = verbs | nouns | {act.split()[0] for act in objs} | ADOPTIONS | ADOPTED_TEXTS | RULING_NOUNS | DECIDING
            built = self._decision_words = (self.lex, objs, frozenset(words))
        for tok in f.having(built[2]):
            lem = tok.lemma_.lower()
            if tok.idx < ctx.notes.get("events.header_end", 0):
                continue  # the headline tells the lead's decision again
            if tok.pos_ == "VERB" and lem in verbs and tok.i in done:
                continue  # "agreed to establish a procedure": one decision, told by "agreed"
            if tok.pos_ == "VERB" and lem in verbs and (lem != "recommend" or self._recommender(f, tok)):
                self._decision_verb(ctx, f, tok, lem, nouns, done, bullet_lead(ctx, f, tok) or None)
            elif tok.pos_ == "VERB" and lem == "reach" and tok.i not in done and self._reached(ctx, f, tok, done):
                continue  # "the Assembly reached consensus on the programme budget"
            elif tok.pos_ == "VERB" and lem == "vote":
                emit_vote(self, ctx, f, tok, done)
            elif tok.pos_ == "VERB" and lem == "give" and emit_approval(self, ctx, f, tok, done):
                continue  # "lawmakers gave final approval to the withdrawal bill"
            elif tok.pos_ == "VERB" and lem == "refer":
                self._referral(ctx, f, tok, done)
            elif (
                act_lemma(tok) in objs
                and (tok.pos_ == "VERB" or any(c.dep_ == "dobj" for c in tok.children))  # "to authorise" read as ADV
                and self._act_allowed(tok)
            ):
                emit_act(self, ctx, f, tok, objs, done)
            elif tok.pos_ == "NOUN" and tok.i not in done and (got := self._adoption(f, tok)) is not None:
                done.update(t.i for t in tok.subtree)
                self.emit(ctx, f, "decision", {"body": got[0], "instrument": got[1]}, {"title": got[2]}, 0.7, anchor=tok)
            elif tok.pos_ == "NOUN" and tok.i not in done and (got := election(ctx, f, tok, planned)) is not None:
                done.update(t.i for t in tok.subtree)
                self.emit(ctx, f, "decision", {"body": got[0]}, {"title": got[1]}, 0.7, anchor=tok)
            elif tok.pos_ == "NOUN" and self._adopted_text(ctx, f, tok, done):
                continue  # "the approved programme budget for 2025"
            elif tok.pos_ == "NOUN" and self._ruling_frame(ctx, f, tok, done):
                continue  # "In its decision of 5 May, the Chamber found ...": the clause is the decision
            elif tok.pos_ == "NOUN" and lem == "vote" and tok.i not in done and self._vote_noun(ctx, f, tok, done):
                continue  # "the Hungarian parliament's vote to leave the Court"
            elif tok.pos_ == "NOUN" and lem == "referral" and tok.i not in done and self._referral_noun(ctx, f, tok, done):
                continue  # "following the Security Council's referral of the situation in Darfur"
            elif tok.pos_ == "NOUN" and lem in nouns and tok.dep_ != "compound":
                self._noun_decision(ctx, f, tok, verbs, nouns, done)

    def _among(self, ctx: DocContext, f: Finder) -> bool:
        """ "Six resolutions were adopted. Among them were the omnibus resolution and the resolution on
        cooperation.": one decision per text named, by the body of the sentence before."""
        if not AMONG.match(f.text) or f.sent.start == 0:
            return False
        prev_start = f.doc[f.sent.start - 1].sent.start_char
        prev = next(
            (e for e in reversed(ctx.events) if e.type == "decision" and e.evidence[0][0] == prev_start), None
        )
        if prev is None or not prev.roles.get("body"):
            return False
        heads = [
            t
            for t in f.tokens
            if t.lemma_ in ("resolution", "budget", "decision", "amendment", "amendments") and t.dep_ != "compound"
            and not any(a.lemma_ in ("resolution", "budget") and a.dep_ != "compound" for a in t.ancestors)
        ]
        for t in heads:
            lo = t.left_edge.idx
            hi = max(x.idx + len(x.text) for x in t.subtree if x.dep_ != "conj" and not any(
                a.dep_ == "conj" and a.i > t.i for a in x.ancestors))
            instr = instruments_in(ctx, f, lo, hi)
            title = clean_phrase(ctx.document.text[lo:hi], 20)
            self.emit(ctx, f, "decision", {"body": prev.roles["body"], "instrument": instr}, {"title": title}, 0.7, anchor=t)
        if heads and not prev.roles.get("instrument") and COUNTED.match(prev.attributes.get("title", "")):
            ctx.events.remove(prev)  # "Six resolutions were adopted": told one by one in this sentence
        return bool(heads)

    @staticmethod
    def _recommender(f: Finder, tok: Token) -> bool:
        """ "The Committee on Budget and Finance recommended ...": a body of the Assembly or the UN, not an NGO."""
        return any(f.idx.kind(b) in ("court", "igo") for b in f.subject(tok, BODIES))

    @staticmethod
    def _act_allowed(tok: Token) -> bool:
        """ "decided to open an investigation" is told by "decided"; "urged the Court to open one" is no act."""
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.head.lemma_ in RESOLVING and tok.dep_ == "xcomp":
            return False
        if tok.dep_ == "ccomp" and tok.head.lemma_ in MANDATIVE and (
            tok.tag_ in ("VB", "VBP") or any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children)
        ):
            return False
        if to and tok.head.lemma_ not in ("be", "find", "proceed", "move", "choose", "vote", "interest"):
            return False
        if tok.lemma_ == "declare":  # "declared the arrest invalid", not "declared its support"
            return any(c.dep_ in ("oprd", "acomp", "ccomp") and c.pos_ == "ADJ" for c in tok.subtree)
        return True

    def _vote_noun(self, ctx: DocContext, f: Finder, tok: Token, done: set[int]) -> bool:
        """ "The Hungarian parliament's vote to leave the Court took effect", "after the Rada's vote on
        ratification": a legislature's vote, named by its possessor, is its State's decision; not "the
        upcoming vote", "a vote is expected"."""
        if any(t.lemma_.lower() in ("upcoming", "planned", "next", "scheduled", "expected", "possible", "future", "forthcoming")
               for t in tok.lefts):
            return False
        head = tok.head
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in head.children) or head.lemma_.lower() in AWAITED:
            return False
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or owner.lemma_.lower() not in LEGISLATURES or f.idx.mention(owner) is not None:
            return False
        what = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        what = what or next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "for")), None)
        if what is None:
            return False
        body = legislature_state(f, owner)
        if not body:
            return False
        return emit_decided(self, ctx, f, tok, body, (what, what.right_edge), done)

    def _reached(self, ctx: DocContext, f: Finder, tok: Token, done: set[int]) -> bool:
        """ "The Assembly reached consensus on the programme budget", "the Bureau reached agreement on the
        venue", "the Council reached a decision": a body's decision told by what it reached."""
        got = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("consensus", "agreement", "decision")), None)
        if got is None or any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "never", *MODALS, "to") for c in tok.children):
            return False  # "failed to reach consensus", "could not reach agreement", "hoped to reach a decision"
        if tok.dep_ == "xcomp" or any(t.lower_ in ("no", "without") for t in got.lefts):
            return False
        body = [b for b in f.subject(tok, BODIES) if f.idx.kind(b) in ("court", "igo")]
        if not body or not any(c.dep_ == "prep" and c.lower_ in ("on", "to", "that") for c in got.children):
            return False
        return emit_decided(self, ctx, f, tok, body, (got, got.right_edge), done, words=20)

    def _referral_noun(self, ctx: DocContext, f: Finder, tok: Token, done: set[int]) -> bool:
        """ "the Security Council's referral of the situation in Darfur", "the referral of Libya by the
        Council", "the UNSC referral of Darfur": the Council's resolution, named by its act."""
        if any(t.lemma_.lower() in ("draft", "possible", "future", "proposed", "new", "further") for t in tok.lefts):
            return False
        what = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not what or not referred(f, what[0]):
            return False
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound")]
        body = [i for o in owners for i in f.resolve(o, frozenset({"igo"}))] or f.prep_objects(tok, ("by",), frozenset({"igo"}))
        if not body:
            return False
        instr = [i for i in f.mentions(frozenset({"instrument"})) if "res" in i or "resolution" in i]
        done.update(t.i for t in tok.subtree)
        self.emit(ctx, f, "decision", {"body": body, "instrument": instr[:1]}, {"title": "referral"}, 0.7, anchor=tok)
        return True

    def _referral(self, ctx: DocContext, f: Finder, tok: Token, done: set[int]) -> None:
        """ "The situation was referred to the Prosecutor by the Security Council in resolution 1593":
        the Council's resolution is a decision."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        body = f.prep_objects(tok, ("by",), frozenset({"igo"})) if passive else f.subject(tok, frozenset({"igo"}))
        instr = [i for i in f.mentions(frozenset({"instrument"})) if "res" in i or "resolution" in i]
        to_court = (  # "referred the situation in Darfur to the ICC"; "a resolution referring Syria" was only put to the vote
            tok.tag_ in ("VBD", "VBN", "VBZ")
            and tok.dep_ not in ("acl", "xcomp", "relcl")
            and any(c.dep_ in ("dobj", "nsubjpass") and referred(f, c) for c in tok.children)
            and (f.prep_objects(tok, ("to",), frozenset({"court"})) or re.search(r"\bto the (?:icc|court|prosecutor)\b", f.lower))
        )
        who = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # "The Security Council, which referred"
        council = not passive and who is not None and "igo:un-security-council" in f.resolve(who, frozenset({"igo"}))
        if council and tok.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" and referred(f, c) for c in tok.children):
            to_court, body = True, ["igo:un-security-council"]  # (r10) "the Security Council referred Libya": to the Court, unsaid
        if to_court and not instr:  # the Council named as the one referring, not a body the sentence names elsewhere
            who = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "nsubj")), None)
            body = f.resolve(who, frozenset({"igo"})) if who is not None and not passive and not council else body
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in tok.children):
            return  # "a draft that would have referred Syria to the Court"
        if body and (instr or to_court):
            done.update(t.i for t in f.sent)
            if not instr and body == ["igo:un-security-council"]:
                instr = self._resolution_before(ctx, f)
            self.emit(
                ctx, f, "decision", {"body": body, "instrument": instr[:1]}, {"title": "referral"}, 0.75, anchor=tok
            )

    @staticmethod
    def _resolution_before(ctx: DocContext, f: Finder) -> list[str]:
        """(r11) "... after passing Resolution 1970, by which the Libya file went to the Court. The Council
        made that referral in February 2011.": the resolution the sentence just before named as the referral."""
        lo = max(0, f.sent.start_char - 300)
        told = ctx.document.text[lo : f.sent.start_char].lower()
        if not re.search(r"\brefer|\bjurisdiction\b", told):  # "which granted the Court jurisdiction over Libya"
            return []
        return [
            m.entity_id
            for m in ctx.mentions_in(lo, f.sent.start_char)
            if f.idx.kind(m.entity_id) == "instrument" and ("res" in m.entity_id or "resolution" in m.entity_id)
        ][-1:]

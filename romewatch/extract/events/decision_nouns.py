"""Decisions told as nouns: "the Committee's recommendation that ...", "the decision of the Presidency
to reconstitute the Chambers", "the adoption by the Assembly of the omnibus resolution", "a decree
suspending cooperation", and the ruling a clause is read from ("In its decision of 5 May, the Appeals
Chamber found the appeal inadmissible").

A mixin of ``Decisions``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, clean_phrase, uniq
from .decision_acts import CHAMBERS, JUDICIAL, act_lemma, instrument_for
from .decision_dates import content_free
from .decision_votes import legislature_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

BODIES = frozenset({"court", "igo", "state"})
RULERS = frozenset({"court", "igo", "state", "organization"})
REPORTING = re.compile(r"refer|transmit|inform|notif|report")
ADOPTED_TEXTS = frozenset({"budget", "resolution", "amendment", "amendments"})
AWAITED = frozenset({
    "due", "set", "expect", "expected", "likely", "schedule", "scheduled", "poise", "poised", "go", "plan", "intend",
    "about", "ready", "prepare", "hope", "seek", "want", "wish", "aim", "unlikely", "able", "await", "anticipate",
    "pending", "imminent", "forthcoming",
})  # fmt: skip
MEMBERSHIP = frozenset({"join", "leave", "quit", "exit", "withdraw", "accede", "ratify"})
STATUTE = re.compile(r"\b(?:court|icc|statute|treaty|tribunal|jurisdiction)\b", re.IGNORECASE)
REVIEWING = frozenset({
    "reverse", "overturn", "quash", "uphold", "confirm", "vacate", "annul", "appeal", "challenge", "remand", "amend",
    "review", "set", "revise", "suspend",
})  # fmt: skip
ISSUING = frozenset({"issue", "deliver", "render", "take", "hand", "make", "publish", "adopt", "pass", "enact", "sign"})
ADOPTIONS = frozenset({"adoption", "approval", "passage", "endorsement", "enactment", "activation"})  # ``_adoption``
RULING_NOUNS = frozenset({"decision", "ruling", "judgment", "judgement", "order", "resolution", "verdict", "opinion"})
REASONING = frozenset({  # "In its decision, the Chamber found / held / noted ...": the ruling's own words
    "find", "hold", "rule", "conclude", "determine", "consider", "note", "state", "observe", "recall",
})  # fmt: skip


TURNED_DOWN = frozenset({"reject", "defeat", "withdraw", "block", "shelve", "drop", "veto", "table", "postpone", "defer"})
# (r9) "the Supreme Court of Appeal", "Mongolia's Constitutional Tsets", "the Constitutional Council"
NATIONAL_COURT = re.compile(r"\b(?:court|tribunal|tsets|judiciary)\b|\bconstitutional\s+(?:council|chamber)\b", re.IGNORECASE)


def national_court(f: Finder, eid: str) -> bool:
    """ "the North Gauteng High Court", "the Supreme Court of Appeal": a State's court, read as an organisation."""
    if f.idx.kind(eid) != "organization":
        return False
    name = f.ctx.entities[eid].name if eid in f.ctx.entities else eid
    return bool(NATIONAL_COURT.search(name))


class DecisionNouns:
    """The noun readings of `decision` events (mixin of ``Decisions``)."""

    def _noun_decision(self, ctx: DocContext, f: Finder, tok: Token, verbs: set[str], nouns: set[str], done: set[int]) -> None:
        """ "the Committee's recommendation that ...", "a proposal ..., presented by A, B and C"."""
        frame = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through") else None
        if frame is not None and frame.pos_ in ("VERB", "AUX") and frame.i > tok.i and (
            act_lemma(frame) in self.decision_acts or frame.lemma_.lower() in verbs or frame.lemma_.lower() in REASONING
        ):
            return  # (r9) "In its judgment of 26 June 2024, the Chamber had convicted X": the verb tells that ruling
        told_by = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for g in c.children if g.dep_ == "pobj"]
        if any(  # (r9) "the decision of the Appeals Chamber, which on 24 April reversed ...": the clause tells it, dated
            r.dep_ == "relcl" and act_lemma(r) in self.decision_acts for n in (tok, *told_by) for r in n.children
        ):
            return
        if tok.dep_ == "nsubjpass" and (tok.head.lemma_.lower() in TURNED_DOWN or act_lemma(tok.head) in ("vote down", "turn down", "throw out")):
            return  # (r9) "A proposal by Hungary to cut funding was voted down": not adopted
        owner = self._owner(f, tok)
        told = owner if owner is not None and owner.pos_ != "PRON" else None  # "X's", not "its"
        by_of = [b for b in f.prep_objects(tok, ("of", "by"), BODIES) if f.idx.kind(b) in ("court", "igo")]
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in verbs and owner is None and not by_of:
            return  # "endorsed the recommendation": the endorsement is the event
        if tok.i in done and told is None and not by_of:
            return
        court_of = tok.tag_ == "NN" and tok.lemma_.lower() in RULING_NOUNS and [  # "an interim order of the High Court"
            b for b in f.prep_objects(tok, ("of", "by"), RULERS) if national_court(f, b) or f.idx.kind(b) in ("court", "igo")
        ]
        if not self._has_content(f, tok) and not self._instruments(f, tok) and not court_of:
            return  # "the Court's legal decisions", "its budget proposal": none in particular
        if tok.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "must", "could", "may", "might"))
            for c in tok.head.children
        ):
            return  # "did not take up the proposal", "will share its recommendations"
        if tok.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children) and (
            tok.head.head.lemma_.lower() in AWAITED
        ):
            return  # "the Chamber is due to deliver its judgment", "set to issue its ruling": not yet given
        if tok.dep_ in ("nsubj", "nsubjpass") and (
            tok.head.lemma_.lower() in AWAITED
            or any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in AWAITED for c in tok.head.children)
        ):
            return  # "the Chamber's decision on the charges is expected within 60 days", "... is due in March"
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in REVIEWING:
            return  # "the Appeals Chamber reversed the decision of Pre-Trial Chamber I": the review is the decision told
        if any(t.lemma_.lower() in ("draft", "possible", "future", "proposed", "planned") for t in tok.lefts):
            return  # "a draft resolution on the budget": not (yet) adopted
        body = f.resolve(owner, BODIES) if owner is not None and owner.lower_ not in ("their", "our") else []
        body = body or [i for c in tok.children if c.dep_ in ("compound", "amod") for i in f.resolve(c, BODIES)]
        body = body or f.prep_objects(tok, ("of", "by"), BODIES) or (court_of or [])
        body = body or [  # "a proposal ..., presented by A, B and C"
            i for c in tok.children if c.dep_ == "acl" for i in f.prep_objects(c, ("by",), BODIES)
        ]
        if not body and tok.dep_ == "dobj" and tok.head.lemma_ in ISSUING:
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "must", "could", "may", "to")) for c in tok.head.children):
                return
            body = f.subject(tok.head, BODIES)  # "the Government issued a decree suspending cooperation"
        if not body and tok.dep_ == "nsubjpass" and tok.head.lemma_ in ISSUING:
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "must", "could", "may")) for c in tok.head.children):
                return
            body = f.prep_objects(tok.head, ("by",), BODIES)  # "a decision on the venue was taken by the Assembly"
            body = body or [  # (r9) "... was taken by the Council of Ministers of Burundi": the cabinet's State
                i for c in tok.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for i in legislature_state(f, g)
            ]
        if tok.lemma_.lower() == "order":  # a court's order; "an executive order" is a State's instrument (sanctions)
            if any(c.lower_ in ("executive", "presidential") for c in tok.lefts) or f.doc[tok.i - 1].lower_ == "in":
                return
            body = [b for b in body if f.idx.kind(b) == "court" or national_court(f, b)]
        instr = self._instruments(f, tok)
        body = [
            b for b in body
            if f.idx.kind(b) in ("court", "igo") or national_court(f, b) or (f.idx.kind(b) == "state" and self._has_content(f, tok))
        ]
        if self._told_elsewhere(tok) and not (body and all(f.idx.kind(b) == "court" for b in body)):
            return  # "the decision to withdraw", "Washington's decision to impose sanctions": their own events
        if body and not (all(b.startswith(CHAMBERS) for b in body) and JUDICIAL.search(f.lower)):
            title = clean_phrase(f.doc[tok.i : tok.right_edge.i + 1].text, 20)
            self.emit(
                ctx, f, "decision", {"body": body, "instrument": instr}, {"title": title}, 0.7, anchor=tok, region=content_free(ctx, f, tok)
            )

    def _ruling_frame(self, ctx: DocContext, f: Finder, tok: Token, done: set[int]) -> bool:
        """ "In its decision of 5 May, the Appeals Chamber found the appeal inadmissible", "In a ruling
        on Friday, Pre-Trial Chamber I held that ...": the clause is what the ruling decided."""
        np = tok.head if tok.dep_ == "compound" else tok  # "by its resolution 77/247": the number heads the phrase
        if tok.lemma_.lower() not in RULING_NOUNS or np.dep_ != "pobj" or np.head.lower_ not in ("in", "by", "through", "with"):
            return False
        verb = np.head.head
        acting = np.head.lower_ == "by" and any(c.dep_ == "poss" for c in np.children)  # "by its resolution 77/247, requested"
        if verb.pos_ not in ("VERB", "AUX") or verb.i in done or not (verb.lemma_.lower() in REASONING or acting):
            return False
        if acting and verb.lemma_.lower() in self.lex["decision_verbs"]:
            return False  # "by its decision, the Assembly adopted ...": told by the verb
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "must", "may", "to")) for c in verb.children):
            return False
        body = [
            b for b in f.subject(verb, BODIES | frozenset({"organization"}))
            if f.idx.kind(b) in ("court", "igo") or national_court(f, b)
        ]
        if not body or (all(b.startswith(CHAMBERS) for b in body) and JUDICIAL.search(f.lower)):
            return False
        rest = [t for t in verb.subtree if t.i > verb.i and t.dep_ not in ("punct", "cc", "conj")
                and not any(a.dep_ == "conj" and a.i > verb.i for a in t.ancestors if a.i != verb.i and verb in a.ancestors)]
        done.update([verb.i, *(t.i for t in rest)])
        title = clean_phrase(f.doc[verb.i : (rest[-1].i if rest else verb.i) + 1].text, 20)
        own = [d for d in ctx.dates_in(np.left_edge.idx, np.right_edge.idx + len(np.right_edge.text)) if d.value]
        date = (own[0].value, own[0].end_value) if own else None  # "In a judgment of 22 February 2017, the High Court held"
        self.emit(ctx, f, "decision", {"body": body, "instrument": self._instruments(f, tok)}, {"title": title}, 0.7, anchor=verb,
                  date=date)
        return True

    def _adopted_text(self, ctx: DocContext, f: Finder, tok: Token, done: set[int]) -> bool:
        """ "the approved programme budget for 2025 falls short", "the adopted amendments": the
        Assembly's decision, told by its participle (not in "a programme that includes ...": planned)."""
        if tok.lemma_.lower() not in ADOPTED_TEXTS or tok.i in done or "court:asp" not in ctx.entities:
            return False
        if not any(c.dep_ == "amod" and c.lower_ in ("approved", "adopted") for c in tok.children):
            return False
        if any(a.lemma_.lower() in self.planned for a in tok.ancestors if a.pos_ in ("VERB", "AUX")):
            return False
        if f.doc[max(f.sent.start, tok.left_edge.i - 12) : tok.i].text.lower().count("includ"):
            return False  # "a programme of work that includes ..., the approved budget": the parse may lose the list
        done.update(t.i for t in tok.subtree)
        instr = self._instruments(f, tok, own=True) or instrument_for(ctx, f, tok)
        title = clean_phrase(f.doc[tok.left_edge.i : self._own_end(tok) + 1].text, 16)
        self.emit(ctx, f, "decision", {"body": ["court:asp"], "instrument": instr}, {"title": title}, 0.65, anchor=tok)
        return True

    @staticmethod
    def _assembly_text(f: Finder, obj: Token) -> bool:
        """A text only the Assembly adopts (its budget, an ICC-ASP resolution), in a sentence naming no other body."""
        named = f.idx.mention(obj)
        asp = obj.lemma_.lower() in ("budget", "omnibus") or (named is not None and named.entity_id.startswith("instrument:icc-asp"))
        return asp and not f.mentions(frozenset({"igo", "state"}))

    @staticmethod
    def _owner(f: Finder, tok: Token) -> Token | None:
        """ "X's recommendation", "its decision" (the name whole when the parse split it)."""
        owner = f.possessor(tok)
        if owner is None or owner.pos_ == "PRON":
            return owner
        if (
            f.idx.mention(owner) is None
            and tok.i >= 2
            and f.doc[tok.i - 1].lower_ in ("'s", "’s", "'", "’")
            and f.idx.mention(f.doc[tok.i - 2]) is not None
        ):
            return f.doc[tok.i - 2]  # "the Committee on Budget and Finance's": the parse split the name
        return owner

    def _adoption(self, f: Finder, tok: Token) -> tuple[list[str], list[str], str] | None:
        """ "the Assembly's adoption of the omnibus resolution", "the approval of the budget by the
        Assembly", "the adoption by the Assembly of the resolution on victims": a body's act told as a noun."""
        if tok.lemma_.lower() not in ADOPTIONS:
            return None
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is None and tok.i + 1 < f.sent.end and f.doc[tok.i + 1].lower_ == "by":
            by = f.doc[tok.i + 1]  # "welcome the adoption by the Assembly of ...": the parse hangs "by" on the verb
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None and by is not None:  # "the adoption by the Assembly of X": "of X" hangs from the Assembly
            agent = next((g for g in by.children if g.dep_ == "pobj"), None)
            of = next((c for c in agent.children if c.dep_ == "prep" and c.lower_ == "of"), None) if agent is not None else None
        if of is None and tok.i + 1 < f.sent.end and f.doc[tok.i + 1].text == ",":  # "the adoption, on Friday, of X"
            of = next((t for t in f.doc[tok.i + 2 : min(f.sent.end, tok.i + 14)] if t.lower_ == "of" and f.doc[t.i - 1].text == ","), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is None or not (
            obj.lemma_.lower() in {*self.lex["decision_nouns"], *self.lex["decision_objects"]}
            or self._is_instrument(f, obj)
            or (tok.lemma_.lower() == "activation" and obj.lemma_.lower() == "jurisdiction")
        ):
            return None
        gov = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
        if gov is not None and (
            gov.lemma_.lower() in self.planned
            or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "must", "could", "may", "might")) for c in gov.children)
        ):
            return None  # "the adoption of the budget has been postponed", "will not block the adoption of ..."
        owner = self._owner(f, tok)
        body = (
            (f.resolve(owner, BODIES) if owner is not None else [])
            or f.prep_objects(tok, ("by",), BODIES)
            or (f.resolve(agent, BODIES) if by is not None and (agent := next((g for g in by.children if g.dep_ == "pobj"), None)) is not None else [])
            or f.prep_objects(obj, ("by",), BODIES)  # "the adoption of six resolutions by the Assembly"
        )
        body = [b for b in body if f.idx.kind(b) in ("court", "igo")]
        if not body and "court:asp" in f.ctx.entities and self._assembly_text(f, obj):
            body = ["court:asp"]  # "the session closed with the adoption of the programme budget for 2026"
        if not body and "court:asp" in f.ctx.entities and re.search(r"\b(?:at|during|by) (?:the|its) (?:\w+ ){0,3}session\b", f.lower):
            body = ["court:asp"]  # "the activation, at the last session in New York, of the Court's jurisdiction"
        if not body:
            return None
        title = clean_phrase(f.doc[obj.left_edge.i : self._own_end(obj) + 1].text, 20)
        if tok.lemma_.lower() == "activation":
            title = "activation of " + title
        return body, self._instruments(f, obj, own=True), title

    def _told_elsewhere(self, tok: Token) -> bool:
        f_doc = tok.doc
        """ "the decision of Burkina Faso, Mali and Niger to withdraw", "Washington's decision to impose
        sanctions on four judges": the act (a membership change, a sanction) is the event."""
        told = set(self.lex["decision_told_elsewhere"]) | set(self.sanction_verbs)
        if any(c.dep_ == "relcl" and c.lemma_.lower() in told and c.lemma_.lower() not in MEMBERSHIP for c in tok.children):
            return True  # (r9) "passed a bill that would sanction anyone assisting the Court": a sanction
        for t in tok.subtree:
            if t.pos_ in ("VERB", "AUX") and t.i > tok.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                lem = t.lemma_.lower()  # the first infinitive tells what was decided
                if lem in MEMBERSHIP and any(c.dep_ in ("dobj", "prep") for c in t.children):
                    return bool(STATUTE.search(f_doc[t.i : t.right_edge.i + 1].text))  # "to join the two cases" is no accession
                return lem in told
        return False

    @staticmethod
    def _has_content(f: Finder, tok: Token) -> bool:
        """ "the decision of Malawi to decline ...", "its recommendation that ...", "decision on X",
        "a decree suspending cooperation", "a resolution establishing a commission"."""
        nxt = f.doc[tok.i + 1] if tok.i + 1 < f.sent.end else tok
        return (
            (nxt.tag_ == "TO" or nxt.lower_ in ("not", "that", "on", "concerning", "regarding"))
            or any(c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children) for c in tok.children)
            or any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children)
            or any(
                c.dep_ == "acl" and c.tag_ == "VBG" and c.i > tok.i and not REPORTING.match(c.lemma_.lower())
                for c in tok.children
            )  # "a decree suspending cooperation"; "a decision informing the Council" is the finding's referral
            or any(  # "the recommendation of the Committee that the reserve be maintained"
                c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                for c in tok.children
            )
            or any(  # "the decision of 21 November 2024", "its judgment in the Ongwen case": one in particular
                c.dep_ == "prep" and any(g.ent_type_ == "DATE" or g.lemma_.lower() in ("case", "appeal", "situation") for g in c.children)
                for c in tok.children
                if c.lower_ in ("of", "in", "dated")
            )
        )

    @staticmethod
    def _is_instrument(f: Finder, tok: Token) -> bool:
        m = f.idx.mention(tok)
        return m is not None and f.idx.kind(m.entity_id) == "instrument"

    @staticmethod
    def _own_end(o: Token) -> int:
        """The last token of ``o``'s phrase, its conjuncts left out."""
        later = [c.left_edge.i for c in o.conjuncts if c.i > o.i]
        stop = min(later) if later else o.right_edge.i + 1
        own = [t.i for t in o.subtree if t.i < stop and t.dep_ not in ("cc",) and not (t.is_punct and t.i == stop - 1)]
        return max(own) if own else o.i

    def _instruments(self, f: Finder, tok: Token, own: bool = False) -> list[str]:
        if own:
            near = list(f.doc[tok.left_edge.i : self._own_end(tok) + 1])
            return uniq(
                m.entity_id
                for t in near
                if (m := f.idx.mention(t)) and f.idx.kind(m.entity_id) == "instrument" and m.entity_id != "instrument:rome-statute"
            )
        near = list(tok.subtree) + list(f.doc[tok.i + 1 : min(f.sent.end, tok.i + 3)])
        return uniq(
            m.entity_id
            for t in near
            if (m := f.idx.mention(t))
            and f.idx.kind(m.entity_id) == "instrument"
            and m.entity_id != "instrument:rome-statute"
        )

"""Decisions told by a verb: "The Assembly adopted by consensus resolution ICC-ASP/22/Res.3", "X was
elected ...", "the Bureau decided that ..." (the clause is what was decided), "elected six judges and the
Registrar" (one per office), "adopted six resolutions, among them:" followed by one item per resolution.

A mixin of ``Decisions``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import ITEM, Finder, clean_phrase, uniq
from .decision_acts import frame_date, instrument_for, instruments_in, main_subject
from .decision_dates import content_free
from .decision_nouns import BODIES, CHAMBERS, JUDICIAL, MEMBERSHIP
from .decision_votes import BILLS, bill_state, legislature_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


MODALS = frozenset({"will", "would", "should", "shall", "may", "might", "must", "could", "can"})
MANDATIVE = frozenset({
    "recommend", "urge", "ask", "request", "propose", "suggest", "call", "demand", "insist", "hope", "expect",
    "want", "wish", "encourage", "invite", "ensure",
})  # fmt: skip
#: (r11) the members an Assembly acts through: "governments from the Assembly adopted ..."
MEMBERS = frozenset({"government", "delegation", "state", "country", "member", "delegate"})
CONDITIONS = frozenset({"if", "unless", "whether", "once", "until", "before", "should"})  # "if the Bureau decides ..."
MANNER = frozenset({"consensus", "acclamation", "vote", "majority", "ballot", "show"})  # "adopted by consensus"
LAWMAKING = frozenset({"adopt", "approve", "pass", "enact", "endorse", "decide", "agree", "resolve"})
RESOLVING = ("decide", "agree", "resolve")  # "decided / agreed / resolved to ...": the clause is what was decided
ELECTIVE = frozenset({"elect", "appoint", "designate", "nominate", "choose"})  # who was chosen: one decision per office


def bill_antecedent(tok: Token) -> Token:
    """What "which" stands for in a relative clause: the noun it hangs from, or the bill put to the
    legislature the parse hung it from ("submitted a bill to Parliament, which was adopted ...")."""
    head = tok.head
    if head.lemma_.lower() not in BILLS and head.dep_ == "pobj" and head.head.dep_ in ("dative", "prep") and head.head.lower_ == "to":
        bill = next((c for c in head.head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in BILLS), None)
        return bill if bill is not None else head
    return head


DECIDED_TEXTS = ("motion", "decision", "proposal", "plan", "resolution")  # (r9) "the cabinet approved a decision to quit"


def law_on_membership(obj: Token, tok: Token) -> bool:
    """ "Parliament approved a bill to withdraw from the Court", "lawmakers passed a law on Wednesday to leave
    the ICC", "the Rada adopted the law to ratify the Statute": the legislature's vote on a law is its own
    decision (the State's leaving or joining is told by its notice or deposit), unlike "passed a bill to
    sanction ...", a sanction."""
    if tok.lemma_.lower() not in LAWMAKING or obj.lemma_.lower() not in (*BILLS, *DECIDED_TEXTS):
        return False
    for t in (*obj.subtree, *(c for c in tok.children if c.dep_ in ("advcl", "xcomp"))):
        if t.pos_ in ("VERB", "AUX") and t.i > obj.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return t.lemma_.lower() in MEMBERSHIP  # the first infinitive tells what the law does
    return False


class DecisionVerbs:
    """The verb readings of `decision` events (mixin of ``Decisions``)."""

    @staticmethod
    def _told_again(ctx: DocContext, subj: Token) -> bool:
        """ "The text" / "the resolution" with nothing of its own, after a decision of the Assembly: that one."""
        own = [c for c in subj.children if c.dep_ not in ("det", "punct", "relcl", "acl")]
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
        return definite and not own and any(e.type == "decision" and "court:asp" in e.roles.get("body", []) for e in ctx.events)


    def _decision_verb(
        self, ctx: DocContext, f: Finder, tok: Token, lem: str, nouns: set[str], done: set[int], told: list[str] | None = None
    ) -> None:
        """ "The Assembly adopted ...", "X was elected ...", "the Bureau decided that ..."; ``told``: the body
        of the clause this verb is coordinated with ("decided to refer ... and appointed X")."""
        if tok.dep_ == "ccomp" and tok.head.lemma_ in MANDATIVE and (
            tok.tag_ in ("VB", "VBP", "VBZ") or any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children)
        ):
            return  # "recommended that the Assembly approve ...": asked for, not (yet) decided
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) or (c.dep_ == "mark" and c.lower_ in CONDITIONS) for c in tok.children):
            return  # "the Assembly should decide to ...", "did not adopt", "if the Bureau decides": not decided
        if tok.dep_ == "xcomp" and tok.head.lemma_ in ("have", "need") and any(c.lower_ == "to" for c in tok.children):
            return  # (r11) "the bench must still decide whether ...": a decision still owed, not taken
        if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in ("when", "once") for c in tok.children):
            return  # (r11) "when the chamber decides on the merits": what is to come
        if lem == "resolve" and tok.tag_ == "VBG" and any(a.lemma_ in RESOLVING for a in tok.ancestors):
            return  # "decided to continue ..., convening a meeting and resolving to hold ...": the one decision, told on
        kids = [c.dep_ for c in tok.children]
        passive = "auxpass" in kids or ("nsubjpass" in kids and "nsubj" not in kids)  # a heading read as subject
        body = told or (
            f.prep_objects(tok, ("by",), BODIES)
            if passive
            else main_subject(f, tok) or f.subject(tok, BODIES | frozenset({"person"}))
        )
        lead = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (
            lead is not None
            and lead.lemma_.lower() in MEMBERS
            and f.idx.mention(lead) is None
            and "court:asp" in ctx.entities
            and any(
                g.text == "Assembly" or (f.idx.mention(g) is not None and f.idx.mention(g).entity_id == "court:asp")
                for c in lead.children
                if c.dep_ == "prep" and c.lower_ in ("from", "of", "in")
                for g in c.children
                if g.dep_ == "pobj"
            )
        ):
            body = ["court:asp"]  # (r11) "governments from the 94-member Assembly adopted the budget": the Assembly
        manner = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.lemma_ in MANNER]
        if not body and tok.dep_ == "acl" and (manner or not any(c.dep_ == "agent" for c in tok.children)):
            body = f.resolve(tok.head, BODIES)  # "The Assembly on Friday adopted by consensus a resolution"
        participle = (  # "the resolution on cooperation, adopted by consensus on 6 December, calls on ..."
            not body and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and lem in ("adopt", "approve", "pass", "endorse")
            and (tok.head.lemma_.lower() in nouns or tok.head.lemma_.lower() in self.lex["decision_objects"] or self._is_instrument(f, tok.head))
        )
        passive = passive or participle
        if not body and not passive and lem in LAWMAKING and f.subject(tok, frozenset({"session"})):
            body = ["court:asp"] if "court:asp" in ctx.entities else []  # "ASP23 adopts budget": the Assembly in session
        if not body and not passive and lem in LAWMAKING:  # "Parliament approved the legislation": its State's
            body = legislature_state(f, next((c for c in tok.children if c.dep_ == "nsubj"), None))
        if not body and passive and lem in LAWMAKING and not f.prep_objects(tok, ("by",)):
            said = tok.head if participle else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if said is not None and said.lower_ in ("which", "that") and tok.dep_ == "relcl":
                said = bill_antecedent(tok)  # "submitted a bill to Parliament, which was adopted on 20 May"
            body = bill_state(f, said)
        body = [b for b in body if f.idx.kind(b) in ("court", "igo", "state") or lem == "decide"]
        if lem in ("appoint", "designate", "nominate", "choose"):  # "the Bureau appointed X and Y as focal points": an organ's act, not a State's
            body = [b for b in body if f.idx.kind(b) in ("court", "igo")]
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if body == ["court:icc"] and subj is not None and subj.lemma_.lower() in ("state", "member", "delegate", "delegation"):
            # (r9) "Member states of the International Criminal Court agreed to raise the budget": the States Parties
            body = ["court:asp"] if "court:asp" in ctx.entities else ["court:states-parties"] if "court:states-parties" in ctx.entities else body
        if "court:asp" in ctx.entities and lem in ("adopt", "approve", "elect", "endorse", "pass", "agree", "decide", "resolve"):
            body = uniq("court:asp" if b == "court:states-parties" else b for b in body)  # the States Parties, in Assembly
        if not body and passive and lem in ("elect", "adopt", "approve") and "court:asp" in ctx.entities:
            subj = tok.head if participle else next((c for c in reversed(list(tok.children)) if c.dep_ == "nsubjpass" and c.i < tok.i), None)
            if subj is not None and subj.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                subj = tok.head  # "Ambassador X, who was elected President of the Assembly"
            elected = lem == "elect" and subj is not None and (
                subj.lemma_ in ("judge", "prosecutor", "registrar", "president", "vice-president")
                or (f.idx.mention(subj) is not None and f.idx.kind(f.idx.mention(subj).entity_id) == "person")
            )
            adopted = subj is not None and any(  # "the crime of aggression amendments were adopted"
                t.lemma_.lower() in nouns
                or t.lemma_.lower() in self.lex["decision_objects"]
                or (self._is_instrument(f, t) and f.idx.mention(t).entity_id.startswith(("instrument:icc-asp", "instrument:kampala")))
                for t in subj.subtree
                if t.i <= subj.i or t.head.i == subj.i and t.dep_ == "prep" or t.head.dep_ == "prep" and t.head.head.i == subj.i
            )
            if adopted and subj.lemma_.lower() in ("text", "resolution", "budget") and self._told_again(ctx, subj):
                adopted = False  # "The text, which was approved after three days of consultations": the one just told
            conference = [s for s in f.prep_objects(tok, ("at",), frozenset({"session"})) if "conference" in s]
            if adopted and conference:  # "the amendments were adopted at the Review Conference in Kampala"
                body = conference
            elif elected or adopted:  # "Six judges were elected", "the budget was adopted": by the Assembly
                body = ["court:asp"]
        clause = tok.head if tok.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ == "nsubj" for c in tok.children) else tok
        if not body and not passive and lem in ("adopt", "approve", "elect", "endorse", "pass") and "court:asp" in ctx.entities and any(
            c.dep_ == "nsubj"
            and (c.lemma_.lower() in ("delegate", "delegation", "plenary") or c.lower_ == "states")
            for c in clause.children
        ):
            body = ["court:asp"]  # "Delegates approved the report", "Member states ... approving": the Assembly's
        if not body or (all(b.startswith(CHAMBERS) for b in body) and JUDICIAL.search(f.lower)):
            return
        if (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and tok.head.lemma_ not in ("decide", "agree", "resolve", "vote", "be", "proceed", "move")
        ):
            return  # "asked States Parties to adopt legislation": asked for, not adopted
        if lem in RESOLVING:
            comp = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
            verbs = set(self.lex["decision_verbs"])
            own = [c for c in comp.children if c.dep_ == "conj" and c.lemma_.lower() in verbs and c.tag_ == "VBD"] if comp is not None else []
            end = (own[0].i - 1 if own and f.doc[own[0].i - 1].dep_ == "cc" else own[0].i) if own else (comp.right_edge.i + 1 if comp is not None else 0)
            title = clean_phrase(f.doc[comp.left_edge.i : end].text, 20) if comp is not None else ""
            if re.search(r"\b(?:refer|transmit|inform|notif|report)", title) and (
                all(b.startswith(CHAMBERS) for b in body)
                or (JUDICIAL.search(f.lower) and not any(f.idx.kind(b) in ("court", "igo") for b in body))
            ):
                return  # "decided to refer the matter to the Assembly": part of the finding of non-compliance
            if comp is not None and comp.lemma_.lower() in {*self.lex["decision_told_elsewhere"], *self.sanction_verbs}:
                return  # "decided to impose sanctions", "decided to withdraw": their own events
            if all(f.idx.kind(b) == "state" for b in body) and set(body) <= set(ctx.notes.get("author") or []):
                return  # "my Government has decided to make a contribution": the speaker's commitment
            if comp is not None:  # "decided to refer ... and appointed X": the appointment is its own decision
                done.update(t.i for t in comp.subtree if not any(t.i >= o.left_edge.i and t.i <= o.right_edge.i for o in own))
            self.emit(
                ctx, f, "decision", {"body": body}, {"title": title}, 0.75, anchor=tok, date=frame_date(ctx, f, tok),
                region=content_free(ctx, f, tok, comp),
            )
            for o in own:
                self._decision_verb(ctx, f, o, o.lemma_.lower(), nouns, done, body)
            return
        obj = tok.head if participle else (  # the nearest subject: a heading glued to the sentence is parsed as a second one
            next((c for c in reversed(list(tok.children)) if c.dep_ == "nsubjpass" and c.i < tok.i), None)
            if passive
            else next((c for c in tok.children if c.dep_ == "dobj"), None)
        )
        if obj is not None and obj.lower_ in ("which", "that") and tok.dep_ == "relcl":
            obj = bill_antecedent(tok)  # "resolution ICC-ASP/24/Res.2, which the Assembly adopted without a vote"
            while (  # "ICC-ASP/24/Res.2 on cooperation, which ...": the clause hangs from the last noun
                obj.lemma_.lower() not in nouns and not self._is_instrument(f, obj)
                and obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.pos_ in ("NOUN", "PROPN")
            ):
                obj = obj.head.head
        if obj is not None and obj.lemma_.lower() not in nouns | set(self.lex["decision_objects"]):
            inner = [  # "the crime of aggression amendments were adopted": the amendments
                g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in nouns | set(self.lex["decision_objects"])
            ]
            inner = inner or [  # "adopted a law criminalising cooperation": the parse hangs the law from its participle
                t for t in obj.subtree if t.i < obj.i and t.dep_ in ("npadvmod", "nsubj") and t.lemma_.lower() in BILLS
            ]
            obj = inner[0] if inner else obj
        if obj is None and lem == "recommend":  # "recommended that the post not be approved"
            obj = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
        if obj is None and not passive:  # "adopted by consensus resolution X": the parse hides the object
            obj = next(
                (
                    t
                    for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 8)]
                    if t.lemma_ in nouns
                    or (t.lemma_ in self.lex["decision_objects"] and t.pos_ == "NOUN")
                    or (f.idx.mention(t) is not None and f.idx.kind(f.idx.mention(t).entity_id) == "instrument")
                ),
                None,
            )
        if obj is None and lem in ELECTIVE and not passive:  # "elected, by acclamation, Ms X as its President"
            obj = next(
                (
                    t
                    for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 12)]
                    if f.idx.mention(t) is not None and f.idx.kind(f.idx.mention(t).entity_id) == "person"
                ),
                None,
            )
        if obj is None:
            return
        if lem == "recommend":  # "the Committee recommended cuts to the travel budget"
            self.emit(ctx, f, "decision", {"body": body}, {"title": clean_phrase(f.doc[obj.left_edge.i : obj.right_edge.i + 1].text, 20)}, 0.7, anchor=tok)
            return
        objs = [obj] + [c for c in obj.conjuncts if c.pos_ in ("NOUN", "PROPN")]
        objs += [  # (r9) "adopted resolution ICC-ASP/23/Res.1 on the budget, and resolution ICC-ASP/23/Res.4": a second object
            c for c in tok.children
            if c.dep_ == "dobj" and c.i > obj.i and f.doc[c.left_edge.i - 1].lower_ == "and"
            and self._is_instrument(f, c) and self._is_instrument(f, obj)
        ] if not passive else []
        decided = tuple(self.lex["decision_objects"])
        if lem not in ELECTIVE and len(objs) > 1 and all(
            o.lemma_ in nouns or o.lemma_ in decided or self._is_instrument(f, o) for o in objs
        ):  # "adopted its omnibus resolution and the Court's budget": one decision each
            for o in objs:
                done.update(t.i for t in o.subtree)
                title = clean_phrase(f.doc[o.left_edge.i : self._own_end(o) + 1].text, 20)
                instr = self._instruments(f, o, own=True) or instrument_for(ctx, f, o)
                self.emit(ctx, f, "decision", {"body": body, "instrument": instr}, {"title": title}, 0.8, anchor=tok,
                          region=content_free(ctx, f, tok))
            return
        if lem not in ELECTIVE and (self._told_elsewhere(obj) or self._told_elsewhere(tok)) and not law_on_membership(obj, tok):
            return  # "passed a bill to sanction ...", "established a framework to impose sanctions": a sanction
        if lem in ("designate", "nominate", "choose") and " as " not in f.doc[obj.i : f.sent.end].text:
            return  # "designates the Prosecutor" (a sanction); "designated X as focal point" is an appointment
        instr_obj = f.idx.mention(obj) is not None and f.idx.kind(f.idx.mention(obj).entity_id) == "instrument"
        if lem not in ELECTIVE and not (
            obj.lemma_ in nouns
            or instr_obj
            or obj.lemma_ in self.lex["decision_objects"]
        ):
            return
        colon = next(  # "adopted six resolutions, among them:" followed by one item per resolution
            (t for t in f.doc[obj.right_edge.i : min(f.sent.end, obj.right_edge.i + 5)] if t.text == ":"), None
        )
        items = self._items_after(ctx, f, colon.idx if colon is not None else None) if (
            colon is not None or f.text.rstrip().endswith(":")
        ) else []
        for t in obj.subtree:
            done.add(t.i)
        if items:
            for text, lo, hi in items:
                instr = instruments_in(ctx, f, lo, hi)
                self.emit(ctx, f, "decision", {"body": body, "instrument": instr}, {"title": clean_phrase(text, 20)},
                          0.75, anchor=tok)
            done.update(t.i for t in f.tokens)
            return
        people = all(
            (m := f.idx.mention(o)) is not None and f.idx.kind(m.entity_id) == "person" for o in objs
        )  # "X and Y were elected Vice-Presidents": one election; "six judges and the Registrar": one per office
        for o in objs if lem in ELECTIVE and not people else [obj]:
            title = clean_phrase(
                f.doc[
                    o.left_edge.i : (
                        o.right_edge.i
                        if lem not in ELECTIVE
                        else max(
                            t.i
                            for t in o.subtree
                            if t.dep_ != "conj"
                            and t.i < (min([c.i for c in o.conjuncts if c.i > o.i], default=o.right_edge.i + 1))
                        )
                    )
                    + 1
                ].text,
                20,
            )
            if lem in ELECTIVE:
                title = ("election of " if lem == "elect" else "appointment of ") + title
                who = tuple(f.resolve(o, frozenset({"person"}))) or (title,)
                elected = ctx.notes.setdefault("events.elected", set())
                if who in elected:
                    continue  # the headline's election, told again in the text
                elected.add(who)
            self.emit(
                ctx,
                f,
                "decision",
                {"body": body, "instrument": self._instruments(f, o) or (instrument_for(ctx, f, o) if lem not in ELECTIVE else [])},
                {"title": title},
                0.8,
                anchor=tok,
                region=content_free(ctx, f, tok),
            )

    def _items_after(self, ctx: DocContext, f: Finder, colon: int | None = None) -> list[tuple[str, int, int]]:
        text = ctx.document.text
        if colon is None:
            colon = text.rfind(":", f.sent.start_char, f.sent.end_char + 2)
        if colon < 0:
            return []
        out, cursor = [], colon + 1
        for m in ITEM.finditer(text, cursor):
            if text[cursor : m.start()].strip():
                break
            out.append((m.group(1), m.start(1), m.end(1)))
            cursor = m.end()
        if out:
            ctx.notes.setdefault("events.consumed", []).append((colon, cursor))
        return out

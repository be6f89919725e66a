"""Condemnations: "the High Commissioner denounced the measures", "we regret the Assembly's silence",
"rejected the sanctions as unlawful", "deeply concerned by", an NGO's plain account of inaction.
A mixin of the ``Pressure`` component (it shares the sentence loop and the lexicon). The acts a
condemnation names and their authors are read in ``condemn_acts``, the cues on its trigger in
``condemn_cues``; ``CondemnedActs`` (its own component) aims a condemnation at an act told later."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, clean_phrase, uniq
from .condemn_acts import CondemnActs, felt_reported, light_object, phrasal_condemning, told_before
from .condemn_cues import (
    by_participle,
    charging,
    clause_doer,
    drawn_by,
    eagerly,
    felt_with,
    having_done,
    judged_voice,
    lem_accuse,
    news_report,
    operative_verb,
    others_do,
    refused,
    said_now,
)
from .decision_nouns import national_court
from .pressure_aims import (
    ACT_PRONOUNS,
    ASKED,
    CONCERN_PREPS,
    CONCERN_VERBS,
    GENERIC_ACTS,
    JUDICIAL_ORGANS,
    REJECTING_NOUNS,
    SANCTION_ACTS,
    SAYING,
    THREAT_ACTS,
)
from .pressure_args import TARGETS
from .sanctions import negated
from .statement_speakers import relative_speaker, they_the_authors, unnamed_government
from .support_roles import nobody_did

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


#: (r11 justice) what a party files with the Court and the Court rules on: "the court dismissed Israel's request"
COURT_FILINGS = frozenset({
    "request", "bid", "appeal", "application", "challenge", "motion", "petition", "objection", "submission", "plea",
})  # fmt: skip

class CondemnedActs:
    """ "Hungary announced its withdrawal. The EU regretted the decision": a condemnation of an act named
    only by a noun or "it", whose actor is told by a later component (``Membership``, ``Justice``), is
    aimed at that actor. Runs after them, before ``Finalise``."""

    name = "events.condemned_acts"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        pending = ctx.notes.get("events.condemned_acts") or {}  # sentence start -> the noun that names the act
        for ev in ctx.events:
            if ev.type != "condemnation" or ev.roles.get("target") or not ev.evidence or ev.evidence[0][0] not in pending:
                continue
            told = told_before(ctx.events, ev.evidence[0][0], pending[ev.evidence[0][0]])
            target = [t for t in told if t not in ev.roles.get("agent", [])]
            if target:
                ev.roles["target"] = target


# r9 voice: nouns that carry a condemnation noun after "of": "a note of protest", "a letter of protest",
# "a message of condemnation", "words of regret"
CARRIERS = frozenset({"note", "letter", "message", "statement", "word", "expression", "declaration", "communique", "communiqué"})
# r7 voice: "the move drew / sparked / met with condemnation from X"
DRAWING = frozenset({"draw", "attract", "provoke", "prompt", "spark", "trigger", "earn", "elicit", "receive", "meet"})
# r7 voice: more verbs that give a condemnation noun ("issued a strong condemnation", "lodged a protest")
VOICING = frozenset({
    "issue", "reaffirm", "renew", "restate", "repeat", "state", "make", "deliver", "record", "echo", "add", "join",
    "underline", "emphasise", "emphasize", "stress", "signal", "publish", "lodge", "file", "air", "reiterate",
    "send", "submit", "transmit", "hand",  # r9 voice: "sent a letter of protest", "handed a note of protest"
})  # fmt: skip


CHARGES = ("allegation", "charge", "accusation")  # r12 voice: "condemned the allegations, accusing the ICC of ..."
RULING_VERBS = frozenset({"find", "declare", "rule", "hold", "convict", "sentence", "deem"})  # r12 voice: a court's verdicts
# r10 voice: what a legislature votes down
VOTED_DOWN = frozenset({"motion", "bill", "amendment"})


def expletive_clause(subj: Token) -> Token | None:
    """ "It is regrettable that X is leaving", "it is unacceptable that X punishes ...": the "it" stands for the
    that-clause after the predicate, whose doer is the one whose act is condemned (r12 voice)."""
    if subj.lower_ != "it" or subj.dep_ != "nsubj":
        return None
    return next((c for c in subj.head.children if c.dep_ == "ccomp" and c.i > subj.i and any(
        m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)  # fmt: skip


class Condemnations(CondemnActs):
    """`condemnation` events (mixin of ``Pressure``)."""

    def criticism(self, ctx: DocContext, f: Finder) -> None:
        """An NGO text's plain account of inaction is its criticism: "the Commission has not acted"."""
        voice = ctx.notes.get("events.doc_voice") or []
        if not voice or not all(f.idx.kind(v) == "organization" for v in voice) or f.speakers_for(f.sent.root):
            return
        if news_report(ctx):
            return  # a reporter's account of inaction is no one's criticism
        for v in f.tokens:
            if (
                v.pos_ not in ("VERB", "AUX")
                or v.dep_ not in ("ROOT", "ccomp", "conj")
                or (v.dep_ == "ccomp" and v.head.lemma_ not in ("regret", "note", "deplore", "observe"))
            ):
                continue
            inaction = (
                any(c.dep_ == "neg" for c in v.children)
                and v.lemma_ not in ("be", "have")
                or any(c.dep_ == "dobj" and any(g.lower_ in ("no", "little") for g in c.children) for c in v.children)
                or (v.lemma_ == "fail" and any(c.dep_ == "xcomp" for c in v.children))
                or (v.lemma_ == "remain" and "silent" in f.lower)
            )
            if not inaction or any(
                c.lower_ in ("if", "when", "unless", "until") for c in v.children if c.dep_ in ("mark", "advmod")
            ):
                continue
            subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            target = [t for t in f.resolve(subj, frozenset({"igo", "court", "state"})) if t not in voice]
            if target:
                self.emit(
                    ctx,
                    f,
                    "condemnation",
                    {"agent": voice, "target": target},
                    {"about": clean_phrase(f.doc[subj.i : v.right_edge.i + 1].text, 14)},
                    0.5,
                    anchor=v,
                )
                return

    def speaker(self, ctx: DocContext, f: Finder, v: Token) -> list[str]:
        """Who condemns: the claimant of the verb, read through "who" and through a release's "They"."""
        from .voice import Voice  # the claimant logic is shared with demands

        got = Voice.claimant(self, ctx, f, v) or unnamed_government(f, v)  # type: ignore[arg-type]
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and got and all(f.idx.kind(g) == "organization" for g in got):
            # "FIDH and its member organisation in Burundi, the Ligue Iteka, condemn ...": both condemn
            named = [f.idx.mention(t) for t in subj.subtree]
            got = uniq([*got, *(m.entity_id for m in named if m is not None and f.idx.kind(m.entity_id) == "organization")])
        return they_the_authors(f, v, relative_speaker(f, v, got))

    def condemnation(self, ctx: DocContext, f: Finder, tok: Token) -> None:
        from .voice import Voice  # circular at import time
        if negated(tok) and not refused(tok) or tok.pos_ == "VERB" and nobody_did(tok):
            return  # "did not condemn", "no government has criticised ..."
        target: list[str] = []
        about = ""
        if tok.pos_ != "VERB" and operative_verb(tok) and (agent := f.voice(tok)):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None:
                target = self.aimed_at(ctx, f, obj, agent)
                about = clean_phrase(f.doc[obj.left_edge.i : obj.right_edge.i + 1].text, 14)
        elif felt_with(tok) and (agent := self.speaker(ctx, f, tok.head.head)):
            gov = tok.head.head  # "we view with alarm the growing number of attacks", "take note with regret of X"
            named = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "that") for g in p.children if g.dep_ == "pobj"]
            objs = [c for c in gov.children if c.dep_ == "dobj" and c.lemma_ != "note" and not (named and c.i > tok.i)]
            objs += named  # r10 voice: "learned with deep regret of the decision ... – Judge X and Judge Y": not the judges
            objs += [g for n in gov.children if n.lemma_ == "note" for p in n.children if p.lower_ == "of" for g in p.children]
            for obj in objs:
                target = uniq([*target, *self.aimed_at(ctx, f, obj, agent)])
            cc = next((c for c in gov.children if c.dep_ == "ccomp"), None)
            target = target or (f.subject(cc, TARGETS) if cc is not None else [])
            about = clean_phrase(f.doc[tok.i : gov.right_edge.i + 1].text, 14)
        elif self.felt(tok, self.lex["condemnation"]):  # "she was 'concerned' by the announcement"
            subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is None and tok.dep_ == "acomp":  # r9 voice: "We are appalled that ...": the copula's subject
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            agent = f.resolve(subj) if subj is not None else []
            target = [
                i
                for p in tok.children
                if p.dep_ in ("agent", "prep") and (p.lower_ in CONCERN_PREPS or p.lower_ == "to" and tok.lower_ == "opposed")
                for g in p.children
                if g.dep_ == "pobj"
                for i in self.aimed_at(ctx, f, g, agent)
            ]
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            target = target or (f.subject(clause, TARGETS) if clause is not None else [])
            about = clean_phrase(f.doc[tok.i : tok.right_edge.i + 1].text, 14)
        elif tok.pos_ == "VERB":
            keen = eagerly(tok)
            told = by_participle(tok)  # r10 voice: "the sanctions, denounced by X as ..., came": X condemns them
            doer = having_done(tok)  # r10 voice: "France, having condemned the warrants in 2023, ...": France did
            if keen is None and not told and doer is None and (
                tok.dep_ in ("amod", "acl")
                or any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)
                and tok.head.lemma_ not in ("wish", "want")
                or any(c.dep_ == "aux" and c.lower_ in ASKED for c in tok.children)
            ):
                return  # "States should condemn ...", "must say clearly that ...": asked for, not done
            if Voice._conditional(tok) and not negated(tok):
                return  # r9 voice: "If Hungary leaves, Austria will condemn the decision": not (yet) done
            passive = told or any(c.dep_ == "auxpass" for c in tok.children)
            agent = (
                f.prep_objects(tok, ("by",))
                if passive
                else (f.subject(keen) if keen is not None else [])
                or (f.resolve(doer) if doer is not None else [])
                or self.praised_for(f, tok)
                or self.speaker(ctx, f, tok)
            )
            if passive and not agent:
                return
            obj = light_object(tok, tok.head if told else next((c for c in tok.children if c.dep_ in (("nsubjpass",) if passive else ("dobj",))), None))
            if obj is None and not passive:  # "condemns in the strongest terms the designation": hung on "terms"
                obj = next((g for c in tok.children if c.dep_ == "prep" for t in c.children if t.lemma_ == "term"
                            for g in t.children if g.dep_ in ("appos", "dobj") and g.i > t.i), None)  # fmt: skip
            if obj is None and not passive:  # "objects to any attempt by X", "protested against the listing"
                obj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
                            for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
            if obj is None and not passive and phrasal_condemning(tok):  # r9: "hit out at X", "disagrees with X"
                obj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "with", "over")
                            for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
            if (
                obj is not None
                and obj.lemma_.lower() in VOTED_DOWN
                and tok.lemma_ in ("reject", "defeat")
                and not any(a.startswith("court:") or national_court(f, a) for a in agent)  # a Chamber's ruling stays
            ):
                return  # r10 voice: "the parliament rejected a motion condemning the sanctions": a vote, not a condemnation
            if lem_accuse(tok) and (passive or charging(f, tok, agent)):
                return  # "the Prosecutor accused him of war crimes": a charge, not a condemnation
            if obj is not None and obj.lower_ in ("which", "that") and tok.dep_ == "relcl":
                obj = tok.head  # "the sanctions imposed by X, which we firmly reject,": what "which" stands for
                if any(f.idx.kind(i) == "person" or i == "court:judges" for i in f.resolve(obj)):
                    obj = None  # r10 voice: "warrants for the arrest of the Prosecutor, which ...": not the person
            if tok.lemma_ == "tell" and obj is not None:
                obj = None  # "told reporters that ...": the listeners, not what is condemned
            cc = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if obj is None and cc is not None and tok.lemma_ in SAYING:
                obj = next((g for g in cc.children if g.dep_ == "nsubj"), None)  # "said the visit was a slap"
                if obj is not None and (that := expletive_clause(obj)) is not None:
                    obj, cc = None, that  # r12 voice: '"It is regrettable that X is leaving," Y wrote': X's act
            if obj is not None:
                target = self.aimed_at(ctx, f, obj, agent)
                for more in obj.conjuncts:  # "the proceedings opened by A, as well as the threats voiced by B"
                    if more.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS:
                        target = uniq([*target, *(t for t in self.act_owner(ctx, f, more) if t not in agent)])
                about = clean_phrase(f.doc[obj.left_edge.i : obj.right_edge.i + 1].text, 14)
            elif cc is not None and (told := clause_doer(f, cc)) is not None:
                target = [t for t in told if t not in agent]  # "cannot accept that judges are punished": not the judges
                about = clean_phrase(f.doc[cc.left_edge.i : cc.right_edge.i + 1].text, 14)
            elif cc is not None:
                named = next((g for g in cc.children if g.dep_ in ("oprd", "dobj", "attr")), None)
                target = (
                    [t for t in f.subject(cc, TARGETS) if t not in agent]
                    or (self.aimed_at(ctx, f, named, agent) if named is not None else [])
                    or self.actor_in(f, cc, agent)
                )
                about = clean_phrase(f.doc[cc.left_edge.i : cc.right_edge.i + 1].text, 14)
            target = target or self.clause_act_doer(ctx, f, tok, agent)  # r10 voice: "a move X called ..."
            if told and obj is not None:
                about = clean_phrase(f.doc[obj.left_edge.i : tok.i].text, 14)  # the noun, not its participle
                owner = next((c for c in obj.children if c.dep_ == "poss"), None)  # "Washington's sanctions, denounced by X"
                target = target or (self.aimed_at(ctx, f, owner, agent) if owner is not None else [])
            target = target or f.prep_objects(tok, ("against", "by", "at", "over"), TARGETS)
            if obj is not None and (not target or obj.lower_ in ACT_PRONOUNS):
                target = self.act_owner(ctx, f, obj) or target
            if (
                obj is not None
                and obj.lemma_.lower() in GENERIC_ACTS | THREAT_ACTS
                and any(c.dep_ == "det" and c.lower_ in ("any", "all", "every") for c in obj.children)
            ):  # "we reject any attempt to undermine the Court": no one in particular, unless named in it
                inside = {m.entity_id for t in obj.subtree if (m := f.idx.mention(t)) is not None}
                target = [t for t in target if t in inside]
            if (
                not target
                and obj is not None
                and obj.lemma_ in ("warrant", "ruling", "judgment", "decision", "jurisdiction", *CHARGES)
                and "court:icc" in ctx.entities
                and (obj.lemma_ not in ("decision", *CHARGES) or re.search(r"\b(icc|court)\b", f.lower))
                and "court:icc" not in self._victims(f, obj)  # r11 voice: "the decision to sanction judges of the ICC"
            ):
                target = ["court:icc"]  # "rejected the warrant": the Court that issued it
        elif (described := self.described_bad(tok, tok.lemma_.lower(), self.lex["condemnation"])) is not None or (
            described := self.owned_act_described_bad(f, tok)
        ) is not None:
            cop = (tok.head if tok.dep_ == "amod" else tok).head
            agent = f.speakers_for(cop) or f.voice(cop)
            target = self.aimed_at(ctx, f, described, agent)
            about = clean_phrase(f.doc[described.left_edge.i : cop.right_edge.i + 1].text, 14)
        elif tok.pos_ == "ADJ":
            own = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            agent = f.resolve(own) if own is not None and felt_reported(tok) else judged_voice(f, tok)
            agent = f.subject(tok.head) if agent is None else agent  # r11 voice: a verdict is the speaker's
            it = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if own is None else None
            if it is not None and expletive_clause(it) is not None:  # r12 voice: '"It is regrettable that X ...," Y wrote'
                agent = f.speakers_for(tok.head) or f.voice(tok.head)
            if not agent and own is None:  # r9 voice: "My delegation is concerned by ...": the speaker
                agent = Voice._mine(f, next((c for c in tok.head.children if c.dep_ == "nsubj"), None))
            target = self.act_aimed_at(ctx, f, tok, None, agent) or f.prep_objects(
                tok, ("by", "about", "at", "over", "with", "that"), TARGETS
            )
            for p in (c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "about", "at", "over", "with")):
                for g in p.children:
                    if not target and g.dep_ == "pobj":
                        target = self.aimed_at(ctx, f, g, agent)
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            it = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if own is None else None
            clause = clause or (expletive_clause(it) if it is not None else None)  # r12 voice: "it is regrettable that X V"
            target = target or (f.subject(clause, TARGETS) if clause is not None else [])
            about = clean_phrase(f.doc[tok.i : tok.head.right_edge.i + 1].text, 14)
        elif tok.pos_ == "NOUN" and (drawer := drawn_by(tok, DRAWING)) is not None and (
            agent := f.prep_objects(drawer, ("from",)) or f.prep_objects(tok, ("from",))
        ):  # "the sanctions drew condemnation from France and Spain": the act is condemned by them
            act = next((c for c in drawer.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            target = self.aimed_at(ctx, f, act, agent) if act is not None else []
            about = clean_phrase(f.doc[(act or tok).left_edge.i : drawer.right_edge.i + 1].text, 14)
        else:
            gov = tok.head if tok.dep_ in ("dobj", "nsubj") else (tok.head.head if tok.dep_ == "pobj" else None)
            if gov is not None and tok.head.lower_ == "of" and gov.pos_ == "NOUN" and gov.lemma_.lower() in CARRIERS:
                gov = gov.head  # r9 voice: "issued a note of regret", "sent a letter of protest": the carrier's verb
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if gov is None or gov.pos_ not in ("VERB", "AUX"):
                if not poss:
                    return
                gov = None
            elif poss and tok.dep_ == "nsubj":  # "Our condemnation of X is unequivocal", "their opposition ... was"
                gov = None
            elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in REJECTING_NOUNS | {"protest"}:
                pass  # "In a strong condemnation of the measures, Ireland said ...": the one who speaks condemns
            elif gov.lemma_ not in CONCERN_VERBS | VOICING and gov.lemma_ not in self.lex["condemnation"]["verbs"]:
                return
            agent = f.resolve(poss[0]) if poss and (poss[0].pos_ != "PRON" or tok.dep_ == "nsubj") else []
            if gov is not None and gov.lemma_ in CONCERN_VERBS | VOICING and tok.dep_ == "dobj":
                # "the President reiterated the Assembly's rejection of ...": both speak
                agent = uniq([*self.speaker(ctx, f, gov), *agent])
            if not agent and gov is not None:
                agent = self.speaker(ctx, f, gov)
            target = self.act_aimed_at(ctx, f, tok, gov, agent) or f.prep_objects(
                tok, ("regarding", "about", "over", "at", "with", "on", "by", "concerning", "against", "for"), TARGETS
            )
            if not target and tok.lemma_.lower() in REJECTING_NOUNS:  # "the rejection of all coercive measures"
                objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
                target = [i for g in objs if g.dep_ == "pobj" for i in self.aimed_at(ctx, f, g, agent)]
            if not target:
                clause = next(
                    (c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")), None
                )
                if clause is None and gov is not None:
                    clause = next((c for c in gov.children if c.dep_ == "ccomp"), None)
                target = f.subject(clause, TARGETS) if clause is not None else []
                for more in clause.conjuncts if clause is not None else ():  # "noted with concern that A did X, and that B ..."
                    target = uniq([*target, *f.subject(more, TARGETS)])
                target = target or self.actor_in(f, tok, agent)
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in CONCERN_PREPS]
            if gov is not None and tok.dep_ == "dobj":  # "expressed regret at the decision": the verb holds "at"
                preps += [c for c in gov.children if c.dep_ == "prep" and c.lower_ in CONCERN_PREPS]
            for p in preps:
                for g in p.children:  # "concern at the measures", "regret over the sanctions"
                    if not target and g.dep_ == "pobj":
                        target = self.aimed_at(ctx, f, g, agent)
            about = clean_phrase(f.doc[tok.i : tok.right_edge.i + 1].text, 14)
        target = [t for t in target if t not in agent]
        if not agent and not (target and tok.pos_ == "VERB" and others_do(tok)):
            return  # but "Several delegations regretted that X ...": X's act is condemned, by no one named
        filing = tok.lemma_ in ("reject", "dismiss") and any(  # (r11 justice) "ICC rejects Israel's bid to ...": a ruling
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in COURT_FILINGS for c in tok.children
        )
        if tok.pos_ == "VERB" and agent and all(
            a.startswith(JUDICIAL_ORGANS) or (a == "court:icc" and filing)
            or (national_court(f, a) and tok.lemma_ in ("reject", "dismiss"))
            for a in agent
        ):
            # (r9 decisions) "the High Court rejected the petition": a State's court rules too (its decision is read by decisions)
            # "The Chamber rejected Israel's challenge": a ruling, not a condemnation
            if tok.lemma_ in ("reject", "dismiss") and all(a.startswith(JUDICIAL_ORGANS) or a == "court:icc" for a in agent):
                self.emit(ctx, f, "decision", {"body": agent}, {"title": about}, 0.7, anchor=tok)
            return
        if agent and all(national_court(f, a) or a.startswith(JUDICIAL_ORGANS) for a in agent) and (
            tok.lemma_ in RULING_VERBS or tok.head.lemma_ in RULING_VERBS
        ):
            return  # r12 voice: "the City Court found the officials guilty", "declared the treaty incompatible": a ruling
        self.emit(
            ctx,
            f,
            "condemnation",
            {"agent": agent, "target": target},
            {"about": about},
            0.8 if target else 0.6,
            anchor=tok,
            date=said_now(ctx, tok, agent),
        )

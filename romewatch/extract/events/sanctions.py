"""Sanctions: "Washington sanctioned two judges", "sanctions imposed by Washington on two judges",
"the designation of the group by the Treasury", "X signed Executive Order N ... which names Y".

A mixin of the ``Pressure`` component (it shares the sentence loop and the lexicon). The reading of
an Executive Order is in ``sanction_orders``, whether and how a sanction is told in ``sanction_forms``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .acts import act_actor, is_act
from .base import Finder, uniq
from .finder import relative_antecedent
from .pressure_args import IMPOSERS, INSTR, LISTED, TARGETS, clause_targets, drop_appositions
from .sanction_actors import announcer, bill_content, pronoun_imposer, proposed
from .sanction_args import (
    NOT_STATE,
    READY,
    SANCTIONING_ORDERS,
    WITH_VERBS,
    asked_about,
    bullet_targets,
    by_agent,
    counted_group,
    decided_by,
    effect_clause,
    is_passive,
    kinds_of_attack,
    negated,
    quantified,
    title_modifiers,
    whose_act,
    with_sanctions,
)
from .sanction_forms import THREAT_HEADS, SanctionForms, answered_only, copula_subject, generic, named_list, told_people
from .sanction_orders import UNDOING, SanctionOrders

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

US_AGENCY = re.compile(r"\btreasury\b|\bofac\b|state department|secretary of state|\bsdn\b|specially designated|executive order")
ASSETS = frozenset({"property", "asset", "assets", "fund", "funds", "account", "accounts", "interest", "interests"})
RESTRICTIVE = frozenset({"ban", "sanction", "measure", "freeze", "restriction", "penalty", "designation", "embargo"})
COVERING = frozenset({"target", "hit", "cover", "name", "include", "affect", "list", "concern", "apply", "extend"})
SANCTION_NOUNS = frozenset({"sanction", "sanctions", "designation", "measure", "listing", "ban", "freeze"})
SUBJECTING = frozenset({"subject", "expose", "submit"})
SPEAKING = frozenset({"say", "claim", "argue", "note", "write", "tell", "believe", "consider", "describe", "call"})


#: (r8 gaps) sanctions weighed, not imposed: "said it was considering sanctions against the ICC"
WEIGHED = ("consider", "weigh", "mull", "contemplate", "prepare", "plan", "draft", "explore")


class Sanctions(SanctionOrders, SanctionForms):
    """`sanction` events (mixin of ``Pressure``)."""

    def _risked(self, ctx: DocContext, f: Finder, tok: Token) -> bool:
        """(r11) "those who keep assisting the Prosecutor would risk exposure to sanctions", "risk being sanctioned"
        said by an official: a threat by the one who says it, aimed at the Court or the people named."""
        up = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
        risk = up.head if up is not None and up.lemma_ == "exposure" and up.dep_ == "dobj" else None
        if risk is None or risk.lemma_ not in ("risk", "face") or negated(risk):
            return False
        perp = [s for s in f.speakers_for(risk) if f.idx.kind(s) in ("person", "state")]
        subj = next((c for c in risk.children if c.dep_ == "nsubj"), None)
        target = uniq(
            m.entity_id
            for t in (subj.subtree if subj is not None else ())
            if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "court"
        )  # the people "who assist X" are not X: only the Court stands for those who help it
        if not target and subj is not None:  # else the Court, or the one whose helpers are warned
            helped = [m.entity_id for t in subj.subtree if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "person"]
            target = ["court:icc"] if "court:icc" in ctx.entities else helped
        target = [t for t in target if t not in perp]
        if perp:
            self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": "threat"}, 0.7, anchor=risk)
        return True

    def sanction(self, ctx: DocContext, f: Finder, tok: Token) -> None:
        imposer: list[str] = []
        target: list[str] = []
        if negated(tok) or quantified(tok) or (tok.pos_ == "VERB" and effect_clause(tok)):
            return  # "..., a step that freezes any assets they hold": what the sanction does
        if any(a.dep_ == "xcomp" and a.head.lemma_.lower() in READY for a in list(tok.ancestors)[:4]):
            return  # (r12) "is prepared to take further steps, including sanctions": a threat (read as one)
        if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("amod", "compound") and c.lower_ in NOT_STATE for c in tok.children):
            return  # "disciplinary sanctions against staff members"
        if tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in SANCTION_NOUNS for c in tok.children
        ):
            return  # "the sanctions imposed on X block his property": their effect, the noun tells the sanction
        if tok.pos_ == "VERB":
            passive = (
                any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
                or tok.dep_ == "acl"
                and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                or tok.tag_ == "VBN"
                and tok.dep_ != "ROOT"
                and not any(c.dep_ == "nsubj" for c in tok.children)
            )
            # "Judges A and B added to the SDN list" (a list line, a headline): a passive without its "were"
            onto_list = tok.lemma_ in ("add", "place", "put") and not any(c.dep_ == "dobj" for c in tok.children) and any(
                g.lemma_ == "list" for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "onto") for g in c.subtree
            )
            if passive or onto_list:
                imposer = by_agent(f, tok) or announcer(f, tok)
                for c in tok.children:  # "added to the Treasury's list of Specially Designated Nationals"
                    for g in c.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "onto") and not imposer else ():
                        owner = f.possessor(g) if g.dep_ == "pobj" and g.lemma_ == "list" else None
                        imposer = f.resolve(owner, IMPOSERS) if owner is not None else imposer
                subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj" if onto_list else "nsubjpass")), None)
                if subj is None and tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBG"):
                    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    # "Having been sanctioned in February, Khan said ...": the one the main clause is about
                if subj is None:  # (r11) "A and B are the latest to be targeted by Treasury"
                    subj = copula_subject(tok)
                if subj is not None and subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                    subj = tok.head  # "Karim Khan, who was sanctioned in February, ...": the one the clause is about
                if subj is not None and not generic(f, subj):
                    target = f.resolve(subj, TARGETS) or counted_group(f, subj)
                    read = clause_targets(f, subj.left_edge.i)  # "Judge A, Judge B and Deputy Prosecutors C and D had been"
                    target = read if len(read) > len(target) and set(target) <= set(read) else target
                elif tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
                    target = named_list(f, tok.head)  # "ICC judges Prost and Guillou sanctioned by Washington"
            else:
                imposer = decided_by(f, tok)
                which = next((c for c in tok.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")), None)
                if imposer is None and which is not None and tok.dep_ == "relcl":
                    imposer = f.resolve(tok.head, IMPOSERS)  # "The United States, which sanctioned four judges"
                if imposer is None:  # not "the decision of X to sanction": the verb's own subject
                    imposer = pronoun_imposer(f, tok) or f.subject(tok, IMPOSERS | INSTR)
                if not imposer and tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "advcl") and tok.head.head.i != tok.head.i:
                    main = tok.head.head if tok.dep_ == "pcomp" else tok.head  # "After sanctioning X, the US turned on ..."
                    imposer = f.subject(main, IMPOSERS)
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if obj is not None and obj.lemma_ in RESTRICTIVE:
                    target = f.prep_objects(obj, ("on", "against", "of"), TARGETS) or f.prep_objects(
                        tok, ("on", "against"), TARGETS
                    )
                elif obj is not None and obj.lemma_ in ASSETS:  # "blocked the property of A, B and C"
                    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                    target = f.list_from(of.i + 1, LISTED, skip=6) if of is not None else []
                    for again in of.conjuncts if of is not None else ():  # "the assets of A and of B"
                        target = uniq([*target, *f.list_from(again.i + 1, LISTED, skip=6)])
                elif obj is not None and obj.tag_ in ("WP", "WDT") and relative_antecedent(obj) is not None:
                    noun = relative_antecedent(obj)  # "four judges, whom Washington designated in June"
                    target = f.resolve(obj, TARGETS) or counted_group(f, noun)
                elif obj is not None and told_people(ctx, f, obj):
                    target = told_people(ctx, f, obj)  # "OFAC added the three organizations to its list"
                elif obj is not None:
                    target = clause_targets(f, obj.left_edge.i) or f.list_from(obj.left_edge.i, TARGETS)
                    target = target or f.resolve(obj, TARGETS)
                target = target or f.prep_objects(tok, ("on", "against"), TARGETS)
                if obj is None and not target:  # the parser lost the object: read the words after the verb
                    target = clause_targets(f, tok.i + 1)
                target = target or counted_group(f, obj)  # "in June it designated four other judges"
                on_list = {  # "placed Al-Haq on the SDN list": the list's name is no one sanctioned
                    m.entity_id
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ in ("on", "onto", "to")
                    for g in c.children
                    if g.lemma_ == "list"
                    for t in f.doc[g.left_edge.i : g.i + 1]  # the list's own words ("the SDN list"), not "together with X"
                    if (m := f.idx.mention(t)) is not None
                }
                target = [t for t in target if t not in on_list]
        else:
            if self._those_of(ctx, f, tok) or kinds_of_attack(tok) or asked_about(tok):
                return  # "respond to threats, sanctions and other attacks", "urge X to add the US sanctions to ..."
            gov = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in ("warn", "threaten"):
                gov = tok.head.head  # "warned of sanctions against the ICC"
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB":
                held = tok.head.head  # "threatened to retaliate against the ICC with sanctions"
                gov = held if held.lemma_ not in ("threaten", "menace", "warn") and self._announced_only(held) else gov
            if self._risked(ctx, f, tok):
                return  # (r11) "anyone who assists her would risk exposure to sanctions, Pompeo said": a threat
            if gov is not None and (
                gov.lemma_ in ("threaten", "menace", "warn", *WEIGHED) or self._announced_only(gov)
            ):
                # (r8 gaps) "threatened sanctions against the judges", "threatened to impose sanctions on ICC
                # officials", "would impose sanctions on the Court": one threat, no sanction
                perp = f.subject(gov, IMPOSERS)
                if not perp and gov.dep_ in ("xcomp", "conj") and gov.head.pos_ == "VERB":
                    perp = f.subject(gov.head, IMPOSERS)
                who = next((c for c in gov.children if c.dep_ == "nsubj"), None)
                if not perp and who is not None:  # "US senators warned of sanctions": the state they speak for
                    perp = uniq(
                        m.entity_id for t in who.subtree if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "state"
                    )
                aimed = f.prep_objects(tok, ("against", "on"), TARGETS) or f.prep_objects(gov, ("against", "on"), TARGETS)
                if perp and aimed:
                    self.emit(ctx, f, "threat", {"perpetrator": perp, "target": aimed}, {"kind": "threat"}, 0.7, anchor=tok)
                return
            imposer, target = self._nominal_sanction(f, tok)
            if not imposer and tok.lemma_ == "order" and tok.dep_ == "dobj" and tok.head.lemma_ in ("sign", "issue"):
                v = tok.head  # (r12) "the President hit the Court again, signing an executive order to ..."
                while not f.subject(v, IMPOSERS) and v.dep_ in ("pcomp", "advcl", "xcomp", "conj") and v.head.i != v.i:
                    v = v.head.head if v.head.pos_ == "ADP" else v.head
                imposer = f.subject(v, IMPOSERS)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            hitting = with_sanctions(tok)
            if hitting is not None and not is_passive(hitting):  # "hit the two Deputy Prosecutors with sanctions"
                hit_obj = next((c for c in hitting.children if c.dep_ == "dobj"), None)
                if hit_obj is not None:
                    target = clause_targets(f, hit_obj.left_edge.i) or named_list(f, hit_obj)
                    imposer = imposer or f.subject(hitting, IMPOSERS)
            listing = tok.head if tok.dep_ == "compound" and tok.head.lemma_ in ("list", "blacklist") else None
            if listing is not None and listing.dep_ == "pobj" and listing.head.lower_ in ("on", "onto", "to"):
                v = listing.head.head  # "Judges A and B found themselves on the US sanctions list"
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None) if v.pos_ in ("VERB", "AUX") else None
                if subj is not None and not target and not self._announced_only(v):
                    target = clause_targets(f, subj.left_edge.i) or named_list(f, subj)
            if not target and hitting is None:  # "In the latest round of sanctions, Washington targeted A and B"
                v = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
                path = [a for a in tok.ancestors if v is not None and a.i != v.i and v in a.ancestors]
                framed = bool(path) and path[-1].dep_ == "prep" and path[-1].lower_ in ("in", "as", "under", "with")
                hit_obj = next((c for c in v.children if c.dep_ == "dobj"), None) if v is not None and framed else None
                if hit_obj is not None and v.lemma_ in COVERING | WITH_VERBS and not self._announced_only(v):
                    target = clause_targets(f, hit_obj.left_edge.i) or named_list(f, hit_obj)
                    imposer = imposer or f.subject(v, IMPOSERS)
            act = tok.head if tok.dep_ in ("acl", "relcl") and tok.i > 0 and f.doc[tok.i - 1].lower_ == "to" else None
            if act is not None and is_act(act) and act.lemma_ not in THREAT_HEADS and not target:
                # "Washington's decision to sanction the Prosecutor" (the verb read as a noun): the act told
                target = [t for t in clause_targets(f, tok.i + 1) if t]
                imposer = imposer or [i for i in act_actor(f, act) if f.idx.kind(i) in IMPOSERS]
                obj = None
            if not target and tok.lower_ == "sanctions" and tok.i > f.sent.start and tok.i + 1 < f.sent.end:
                before, after = f.idx.mention(f.doc[tok.i - 1]), f.doc[tok.i + 1]
                if before is not None and f.idx.kind(before.entity_id) == "state" and after.pos_ in ("NUM", "PROPN", "DET", "NOUN"):
                    target = clause_targets(f, tok.i + 1)  # a headline: "US sanctions four ICC judges over ..."
                    imposer = imposer or [before.entity_id]
            if obj is not None and (tok.i > 0 and f.doc[tok.i - 1].lower_ == "to" or tok.head.lemma_ in THREAT_HEADS):
                by_bill, on_bill = bill_content(f, tok)  # "voted for a bill to sanction ICC officials" (verb read as noun)
                if by_bill and on_bill:
                    self.emit(ctx, f, "threat", {"perpetrator": by_bill, "target": on_bill}, {"kind": "threat"}, 0.7, anchor=tok)
                return  # "threats to sanction the Court": only threatened
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_ in ("threaten", "menace", "warn"):
                return  # "judges had been threatened with sanctions": a threat, told as such
            if not target and obj is not None:  # a headline's verb read as a noun: "US sanctions four ICC judges"
                target = clause_targets(f, obj.left_edge.i) or f.resolve(obj, TARGETS)
            hit = next((c for c in tok.head.children if c.dep_ == "dobj"), None) if tok.dep_ == "nsubj" else None
            if not target and hit is not None and tok.head.lemma_ in COVERING:
                # "the designations target A and B, two judges of the Appeals Chamber": the verb's object
                target = clause_targets(f, hit.left_edge.i) or named_list(f, hit)
            told = any(c.dep_ == "det" and c.lower_ in ("these", "those", "such", "this") for c in tok.children)
            undone = tok.dep_ == "dobj" and tok.head.lemma_ in UNDOING
            described = bool(target) and all(f.idx.kind(t) == "court" for t in target)  # "sanctions against its staff"
            if (undone and (told or described)) or (not (imposer or target) and (told or undone)):
                return  # "revoke these designations": the sanctions told before, spoken of again
            if tok.dep_ == "dobj" and tok.head.lemma_ in self._commenting() and not (imposer or target):
                return  # "we deplore these sanctions": spoken of, not told
            if (
                tok.dep_ == "nsubjpass"
                and tok.head.lemma_ in ("withdraw", "lift", "revoke", "rescind", "end", "drop")
                and not any(c.dep_ in ("relcl", "acl") for c in tok.children)
            ):
                return  # "sanctions were eventually withdrawn": their end ("the sanctions it imposed in 2020" is told)
            if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_ in self._commenting():
                return  # "Protecting the Court from US sanctions"
            target = target or whose_act(f, tok)  # "Khan, whose designation in February was the first"
            for c in tok.children:  # "the sanctions that the United States imposed on ..."
                if c.dep_ == "acl" and c.tag_ == "VBN" and not imposer:
                    # "the sanctions imposed on its judges": only "by X" names who imposed them, not "we" who deplore them
                    imposer = [i for i in f.prep_objects(c, ("by",), IMPOSERS) if i not in target]
                elif c.dep_ in ("relcl", "acl") and not imposer and c.lemma_ not in SPEAKING:
                    imposer = [i for i in f._subject(c, IMPOSERS) if i not in target]
            imposer = imposer or [
                i for c in tok.children if c.dep_ in ("poss", "compound", "amod") for i in f.resolve(c, IMPOSERS)
            ]
            imposer = imposer or [  # (r11) "US blocking measures": the state read as the participle's subject
                i
                for c in tok.children
                if c.dep_ == "amod" and c.pos_ == "VERB"
                for g in c.children
                if g.dep_ in ("nsubj", "compound", "npadvmod") and g.i < c.i
                for i in f.resolve(g, IMPOSERS)
                if f.idx.kind(i) == "state"
            ]
            under = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("under", "to", "with") else None
            if under is not None and tok.head.lower_ == "with" and not is_passive(under):
                under = None  # "was hit with US sanctions" (passive), not "responded with sanctions"
            if under is not None and tok.head.lower_ == "to" and under.pos_ != "VERB":  # "was made subject to sanctions"
                under = under.head if under.lemma_ == "subject" and under.head.i != under.i else None
            elif under is not None and tok.head.lower_ == "to" and under.lemma_ not in SUBJECTING:
                under = None  # "was subjected to US sanctions", not "responded to the sanctions"
            if under is not None and under.pos_ in ("VERB", "AUX"):
                # "eight of the Court's judges now work under United States sanctions"
                subj = next((c for c in under.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and generic(f, subj):
                    return  # "the first time a UN expert has been placed under sanctions"
                read = clause_targets(f, subj.left_edge.i) if subj is not None else []
                named = read if any(f.idx.kind(t) == "person" for t in read) else []
                if subj is not None and subj.pos_ == "NUM" and not named:
                    return  # "eleven of the Court's officials are now under US sanctions": a tally of the rounds told
                target = target or named or (f.resolve(subj, LISTED) if subj is not None else [])
            commenting = tok.head.lemma_ in self._commenting()
            if tok.head.pos_ == "VERB" and tok.dep_ == "dobj" and not commenting:
                decided = decided_by(f, tok.head)  # "the decision of the US Government to impose sanctions on"
                imposer = imposer or (decided if decided is not None else f.subject(tok.head, IMPOSERS))
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if not imposer and subj is not None and is_act(subj):  # "Trump's order authorises asset freezes"
                    imposer = [i for i in act_actor(f, subj) if f.idx.kind(i) in IMPOSERS]
                target = target or f.prep_objects(tok.head, ("on", "against"), TARGETS)
                if tok.head.lemma_ in ("extend", "expand", "apply", "widen", "broaden"):  # "extended its sanctions to X"
                    to = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                    target = target or (clause_targets(f, to.i + 1) if to is not None else [])
            elif tok.dep_ == "nsubjpass":
                imposer = imposer or f.prep_objects(tok.head, ("by",), IMPOSERS)
                target = target or f.prep_objects(tok.head, ("on", "against"), TARGETS)
            if tok.head.lower_ == "of" and tok.head.head.lemma_ in (
                "threat",
                "risk",
                "fear",
                "prospect",
                "possibility",
                "effect",
                "impact",
                "consequence",
                "implication",
                "cost",
            ):  # "mitigate the effects of the designations on the Court": the effect's target, not the sanction's
                return
            if any(
                c.lower_ in ("possible", "potential", "threatened", "proposed", "future", "further", "any")
                for c in tok.children
            ):
                return
        target = target or bullet_targets(ctx, f)
        target = title_modifiers(f, drop_appositions(f, [t for t in target if f.idx.kind(t) in LISTED]))
        target = answered_only(f, tok, target)  # (r11) "in retaliation for the Court's warrants against X"
        if not target and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_ == "measure" for c in tok.children):
            return  # "had put counter-measures in place": no one is named as sanctioned
        instrument = [i for i in imposer if f.idx.kind(i) == "instrument"]
        imposer = [i for i in imposer if i not in instrument]
        instrument += [i for i in f.mentions(INSTR) if "-eo-" in i]
        imposer = [i for i in imposer if i not in target]  # "the sanctions on the Prosecutor": not his own
        if tok.pos_ == "VERB" and (not target or not imposer):  # "passed the X Act, which would sanction ..."
            by_bill, on_bill = bill_content(f, tok)
            imposer, target = imposer or by_bill, target or on_bill
        if not target and not imposer:
            return
        if not imposer:  # "X was designated first": the sanctioning state the text is about
            prev = next((e for e in reversed(ctx.events) if e.type == "sanction" and e.roles.get("imposer")), None)
            told = ctx.notes.get("events.sanction_context")
            if prev is not None:  # the state, not the official who announced that other designation
                imposer = [i for i in prev.roles["imposer"] if f.idx.kind(i) == "state"] or list(prev.roles["imposer"])
                if f.sent.start_char - prev.evidence[-1][1] < 400:  # a round told further on may be under another order
                    instrument = instrument or list(prev.roles.get("instrument", []))
            elif told is not None:
                imposer, instrument = list(told[0]), instrument or list(told[1])
            elif US_AGENCY.search(f.lower) and "state:us" in ctx.entities:
                imposer = ["state:us"]  # "according to the Treasury, A and B have been designated"
        if tok.pos_ == "VERB" and self._announced_only(tok):
            # "Washington would ban the judges ... and sanction their funds": a threat, not a sanction yet
            if not target and tok.dep_ == "conj":  # "would ban the judges ... and freeze their assets"
                target = [t for t in f.objects(tok.head, LISTED) if t not in imposer]
            if not target and (proposed(tok) or tok.dep_ == "xcomp"):  # "... to sanction those involved in ICC
                # investigations", "threatened to sanction any official who assisted the Court": the Court is aimed at
                target = [
                    m.entity_id for t in tok.subtree if (m := f.idx.mention(t)) is not None and m.entity_id == "court:icc"
                ][:1]
            said = [a for a in tok.ancestors if a.lemma_ in ("announce", "warn", "declare", "threaten", "say")][:1]
            if imposer and target:
                announcers = [s for s in f.speakers_for(tok) if f.idx.kind(s) == "person" and s not in target]
                subj = next((c for c in said[0].children if c.dep_ == "nsubj"), None) if said else None
                announcers = announcers or [  # "the National Security Adviser, John Bolton, announced that"
                    m.entity_id
                    for t in (subj.subtree if subj is not None else ())
                    if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "person"
                ][:1]
                roles = {"perpetrator": uniq([*imposer, *announcers]), "target": target}
                # dated by the threatening verb: "In May X threatened to sanction ...; on 5 June it designated"
                self.emit(ctx, f, "threat", roles, {"kind": "threat"}, 0.7, anchor=said[0] if said else tok)
            return
        if tok.dep_ == "relcl" and target:  # "Khan, who was sanctioned in February, ...": recalled in passing
            told = next(
                (e for e in ctx.events if e.type == "sanction" and set(target) <= set(e.roles.get("target", []))), None
            )
            if told is not None:  # the sanction told before, not a second one
                told.evidence = sorted({*told.evidence, (f.sent.start_char, f.sent.end_char)})
                return
        orders = [i for i in f.ctx.entities if i in SANCTIONING_ORDERS]
        if not instrument and "state:us" in imposer and len(orders) == 1:
            instrument = orders  # the one US sanctions order the text is about
        conf = 0.85 if imposer and target else 0.6
        if self.emit(
            ctx,
            f,
            "sanction",
            {"imposer": imposer, "target": target, "instrument": uniq(instrument)},
            {},
            conf,
            anchor=tok,
        ):
            ctx.notes["events.last_sanction_end"] = f.sent.end_char
            if tok.pos_ == "VERB":
                self._followed(ctx, f, tok, imposer, uniq(instrument))

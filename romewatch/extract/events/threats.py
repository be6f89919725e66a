"""Threats: "Moscow opened criminal proceedings against three judges", "spied on the Court",
"a cyberattack on its systems", "put on Russia's wanted list"; `kind` comes from the trigger.

A mixin of the ``Pressure`` component (it shares the sentence loop and the lexicon).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .base import Finder, uniq
from .sanctions import ASSETS, TARGETS, clause_targets, negated

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

WARNED_OF = re.compile(r"\b(?:consequences?|retaliat\w*|repercussions?|sanctions?|a price|pay|reprisals?|act of war|declaration of war)\b")
COURTROOM = frozenset({"charge", "convict", "sentence"})
# words that tell a threat only as something to prevent, answer or reject ("urge the Bureau to respond to
# attacks on the Court", "refrain from any act that would undermine"): no threat is told there
PREVENTING = frozenset({
    "refrain", "avoid", "prevent", "protect", "shield", "resist", "reject", "rejection", "tolerate",
    "safeguard", "defend", "guard", "insulate", "procedure", "mechanism",
})  # fmt: skip
# verbs whose subject answers a threat that did happen ("the Court responded to the incident")
ANSWERING = frozenset({"respond", "counter", "address", "withstand", "react", "recover", "investigate"})
NAMING = frozenset({"describe", "call", "term", "label", "characterise", "characterize", "brand"})
CONDITIONAL = frozenset({"if", "whenever", "when", "unless", "should", "where"})
ACT_NOUNS = frozenset({"measure", "action", "step", "response", "retaliation", "option"})
FUTURE = frozenset({"will", "would", "'ll", "shall", "could"})
HOSTILE = re.compile(r"\b(?:illegitimate|lawfare|consequences|hostile|retaliat\w*|reprisals?|kangaroo|rogue)\b")
PERPETRATORS = frozenset({"state", "person", "group", "organization", "igo"})


def hypothetical(tok: Token, demand_verbs: frozenset[str]) -> bool:
    """Is the threat only spoken of as a possibility, a thing to prevent or a thing asked for ("any
    attempt to undermine", "urge States to protect the Court from threats", "whenever it is threatened")?"""
    for t in (tok, *list(tok.ancestors)[:6]):
        if t.lemma_.lower() in PREVENTING or (t.lemma_.lower() in demand_verbs and t.pos_ == "VERB"):
            return True
        if t.pos_ in ("NOUN", "PROPN") and any(c.lower_ in ("any", "no") for c in t.children if c.dep_ == "det"):
            return True
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITIONAL and c.i < t.i for c in t.children):
            return True
    return False


def seat_of(f: Finder, v: Token) -> list[str]:
    """ "proceedings were opened in Moscow": the state whose seat of government did it."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj":
                    return capital_state(f, g)
    return []


def capital_state(f: Finder, tok: Token) -> list[str]:
    """The state named by a capital where the act took place ("opened in Moscow"): the linker read
    the city as a place; here it stands for the government seated there."""
    m = f.idx.mention(tok)
    if m is None:
        return []
    if f.idx.kind(m.entity_id) == "state":
        return [m.entity_id]
    kb, ent = f.ctx.kb, f.ctx.entities.get(m.entity_id)
    if kb is None or ent is None or ent.kind != "place":
        return []
    for state in kb.by_kind("state"):
        if state.attrs.get("capital") == ent.name:
            if state.id not in f.ctx.entities:
                from ...model import Entity

                f.ctx.entities[state.id] = Entity(id=state.id, kind="state", name=state.name, aliases=[m.text])
            if (m.start, m.end) not in f.ctx.entities[state.id].mentions:
                f.ctx.entities[state.id].mentions.append((m.start, m.end))
            return [state.id]
    return []


class Threats:
    """`threat` events (mixin of ``Pressure``)."""

    def threat_key(self, tok: Token) -> str | None:
        """The lexicon key of a threat trigger: "criminal case", "wanted list", "cyberattack"."""
        nouns = self.lex["threat"]["nouns"]
        if tok.pos_ in ("NOUN", "PROPN"):
            before = [t.lower_ for t in tok.doc[max(0, tok.i - 4) : tok.i] if not t.is_quote]  # a “wanted” list
            prev = before[-1] if before else ""
            prev2 = before[-2] if len(before) > 1 else ""
            for key in (
                f"{prev2}-{tok.lemma_.lower()}" if prev == "-" else "",  # "cyber-attack" split in three
                f"{prev2} {prev} {tok.lemma_.lower()}",
                f"{prev} {tok.lemma_.lower()}",
                f"{prev} {tok.lower_}",
                tok.lemma_.lower(),
                f"{tok.lemma_.lower()} {tok.doc[tok.i + 1].lower_}" if tok.i + 1 < len(tok.doc) else "",
            ):  # the last: "a campaign against the tribunal"
                if key in nouns:
                    return key
        return None

    def threat_phrases(self, ctx: DocContext, f: Finder) -> None:
        """ "charged in absentia", "all options remain on the table", "warned of consequences": the
        phrase's clause gives the perpetrator; its object, else the people and organs named after it,
        the targets. Only for targets no trigger word of the sentence has already given."""
        told = [e for e in ctx.events if e.type == "threat" and e.evidence[0][0] == f.sent.start_char]
        for phrase, kind in self.lex["threat"]["phrases"].items():
            pos = f.lower.find(phrase)
            if pos < 0:
                continue
            tok = f.token_at(f.sent.start_char + pos)
            v = tok
            while v is not None and v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                v = v.head
            if v is None or v.pos_ not in ("VERB", "AUX") or negated(v):
                continue
            perp = f.subject(v, PERPETRATORS)
            if any(c.dep_ == "nsubjpass" for c in v.children):
                perp = f.prep_objects(v, ("by",), PERPETRATORS)
            perp = [p for p in perp if f.idx.kind(p) != "court"]
            perp = perp or self._demonym_agent(f, v)
            perp = perp or [p for p in f.speakers_for(v) if f.idx.kind(p) in ("state", "person", "organization")]
            target = [t for t in f.objects(v, TARGETS) if t not in perp]
            target = (
                target
                or [t for t in f.mentions(frozenset({"person"}), start=tok.idx) if t not in perp]
                or [t for t in f.mentions(frozenset({"court"}), start=tok.idx) if t not in perp]
            )
            if any(c.dep_ == "nsubjpass" for c in v.children):
                subj = next(c for c in v.children if c.dep_ == "nsubjpass")
                target = f.resolve(subj, TARGETS) or target
            court = [t for t in target if f.idx.kind(t) == "court"]
            if any(
                set(target) & set(e.roles.get("target", [])) and set(perp) <= set(e.roles.get("perpetrator", []))
                for e in told
            ):
                continue  # told already by the sentence's trigger word
            if target and (perp or (kind in ("cyberattack", "surveillance") and court)):
                roles = {"perpetrator": perp, "target": target if perp else court}
                self.emit(ctx, f, "threat", roles, {"kind": kind}, 0.7, anchor=tok)
                return

    def warning(self, ctx: DocContext, f: Finder, tok: Token) -> None:
        """ "US officials warned the Court that it would face consequences": a threat to the warned."""
        if negated(tok) or not WARNED_OF.search(f.lower):
            return
        target = f.objects(tok, TARGETS) or f.prep_objects(tok, ("against",), TARGETS)
        perp = [p for p in f.subject(tok, PERPETRATORS) if p not in target]
        voice = set(ctx.notes.get("events.doc_voice") or [])
        perp = [p for p in perp if p not in voice and f.idx.kind(p) != "court"]
        if perp and target:
            self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": "threat"}, 0.7, anchor=tok)

    def threat(self, ctx: DocContext, f: Finder, tok: Token, kind: str) -> None:
        if negated(tok) or any(c.lower_ in ("any", "no", "possible", "potential") for c in tok.children):
            return
        if any(c.dep_ == "dobj" and c.lemma_ in ASSETS for c in tok.children):
            return  # "blocked the property of ...": a sanction
        if tok.dep_ == "conj" and any(c.lower_ in ("any", "no") for c in tok.head.children):
            return
        commenting = (
            set(self.lex["condemnation"]["verbs"])
            | set(self.lex["statement"]["speech_verbs"])
            | set(self.lex["support"]["verbs"])
            | {"undeterred", "face", "suffer"}
            | {"describe", "call", "term", "label", "characterise", "characterize", "regard", "consider", "view", "document"}
            | {"alarm", "concern", "worry", "trouble", "shock", "dismay", "appal", "appall", "outrage", "disturb"}
        ) - {"announce"}  # "Russia announced measures against the judges": the announcer acts
        perp: list[str] = []
        target: list[str] = []
        if (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in COURTROOM
            and "absentia" not in f.lower
            and not any(f.idx.kind(p) == "state" for p in f.subject(tok, PERPETRATORS))
        ):
            return  # "charged with war crimes": the Court's own proceedings, not a reprisal
        if tok.pos_ == "VERB":
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                perp = f.prep_objects(tok, ("by",), PERPETRATORS)
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                target = f.resolve(subj, TARGETS) if subj is not None else []
            else:
                perp = f.subject(tok, PERPETRATORS)
                target = f.objects(tok, TARGETS) or f.prep_objects(tok, ("against", "on", "with"), TARGETS)
                for c in tok.subtree:  # "to surveil, hack and pressure senior officials of the Court"
                    if not target and c.dep_ == "conj" and c.i > tok.i:
                        target = f.objects(c, TARGETS)
        else:
            noun = tok  # "a surveillance and intimidation campaign against the Court": read from "campaign"
            while noun.dep_ in ("compound", "amod", "conj", "nmod") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
                noun = noun.head
            if noun is not tok:
                tok = noun
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in ("list", "register", "database"):
                tok = tok.head.head  # "a Russian list of wanted persons": read from "list"
            listed = self._on_a_list(f, tok)
            if listed is not None:  # "Khan remains on a Russian list of wanted persons", "was placed on ..."
                perp, target = listed
                voice = set(ctx.notes.get("events.doc_voice") or [])
                perp = [p for p in perp if p not in voice]
                if perp and target:
                    self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": kind}, 0.8, anchor=tok)
                return
            perp = f.prep_objects(tok, ("by", "from"), PERPETRATORS)
            owner = f.possessor(tok)
            perp = perp or (f.resolve(owner, PERPETRATORS) if owner is not None else [])
            perp = perp or [
                i for c in tok.children if c.dep_ in ("compound", "amod") for i in f.resolve(c, PERPETRATORS)
            ]
            target = f.prep_objects(tok, ("against", "on", "to", "of", "targeting", "at"), TARGETS)
            for c in tok.children:  # "threats made against the Court"
                if c.dep_ == "acl" and not target:
                    target = f.prep_objects(c, ("against", "on", "at"), TARGETS)
            gov = (
                tok.head
                if tok.dep_ in ("dobj", "nsubjpass", "nsubj")
                else (tok.head.head if tok.dep_ == "pobj" else None)
            )
            while (
                gov is not None and tok.dep_ == "conj" and gov.dep_ in ("dobj", "pobj", "conj") and gov.head.i != gov.i
            ):
                gov = gov.head
            if gov is not None and gov.pos_ in ("VERB", "AUX", "ADJ") and (gov.lemma_ in commenting or gov.lemma_ in PREVENTING | ANSWERING):
                gov = None  # "deplored threats against the court", "responded to the incident": not the perpetrator
            if (
                gov is not None
                and gov.pos_ in ("VERB", "AUX")
                and gov.lemma_ not in ("face", "suffer", "experience", "receive", "condemn", "reject")
            ):
                if tok.dep_ != "nsubj":
                    perp = (
                        perp or f.subject(gov, PERPETRATORS)
                        if gov.lemma_ not in ("detect", "disclose", "report", "discover", "contain")
                        else perp
                    )
                if tok.dep_ == "pobj" and tok.head.head.i == gov.i and tok.head.lower_ in ("on", "onto"):  # "put X on a list"
                    target = target or f.objects(gov, TARGETS)
                    target = target or [
                        i
                        for c in gov.children
                        if c.dep_ == "prep" and c.lower_ in ("against", "on") and c.i != tok.head.i
                        for g in c.children
                        if g.dep_ == "pobj"
                        for i in f.resolve(g, TARGETS)
                    ]
                else:
                    target = target or f.prep_objects(gov, ("against", "on"), TARGETS)
                if tok.dep_ in ("nsubjpass", "nsubj") and gov.tag_ == "VBN":
                    perp = perp or f.prep_objects(gov, ("by",), PERPETRATORS) or seat_of(f, gov)
                if tok.dep_ == "pobj":
                    subj = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
                    target = target or (f.resolve(subj, TARGETS) if subj is not None else [])
            if not target or not perp:
                by, against = self._after_noun(f, tok)
                perp, target = perp or by, target or against
            if not target and any(  # "a campaign against the tribunal": the Court named before
                g.dep_ == "pobj" and g.lemma_ in ("tribunal", "court", "institution")
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("against", "on", "targeting")
                for g in c.children
            ):
                court = f.idx.before(tok.idx, frozenset({"court"}), window=800)
                target = [court] if court == "court:icc" else []
            victim = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if not target and victim is not None and victim.lemma_ in ("target", "victim", "object"):
                cop = victim.head  # "The Court was the target of a cyber-attack"
                subj = next((c for c in cop.children if c.dep_ == "nsubj"), None) if cop.lemma_ == "be" else None
                target = f.resolve(subj, TARGETS) if subj is not None else []
            if not target and kind in ("cyberattack", "surveillance"):
                court = f.idx.before(tok.idx, frozenset({"court"}), window=600)
                target = [court] if court else []
        if tok.pos_ == "VERB":  # "Taken together, they constitute an attempt to intimidate ..."
            by_measures, aimed = self._attempt_by_measures(ctx, f, tok, [])
            perp, target = (by_measures, aimed or target) if by_measures else (perp, target)
        if self._pronoun_target(f, tok):
            told = self._recent_threat(ctx, f)
            if told is not None and not (perp and set(perp) - set(told.roles.get("perpetrator", []))):
                # "X announced measures against A and B. A criminal case has been opened against them."
                if told.attributes.get("kind") in ("other", "threat", "intimidation"):
                    told.attributes["kind"] = kind
                told.evidence = sorted({*told.evidence, (f.sent.start_char, f.sent.end_char)})
                return
        voice = set(ctx.notes.get("events.doc_voice") or [])
        perp = [p for p in perp if p not in voice]  # the text's own voice does not threaten
        if perp and tok.pos_ == "VERB" and any(a.lemma_ in ("announce", "warn", "declare", "threaten") for a in tok.ancestors):
            # "X announced that Washington would prosecute them": the announcer threatens too
            perp = uniq([*perp, *[s for s in f.speakers_for(tok) if f.idx.kind(s) == "person"]])
        target = [t for t in target if t not in perp]
        if any(f.idx.kind(p) == "court" for p in perp):
            return
        if not target:
            return
        if not perp and not any(f.idx.kind(t) == "court" for t in target):
            return
        if not perp and (
            kind == "other"
            or tok.lemma_ in ("measure", "step", "action")  # "concern at the coercive measures taken against the Court"
            or hypothetical(tok, frozenset(self.lex["demand"]["verbs"]))
            or any(
                a.pos_ == "VERB" and (a.lemma_ in self.lex["condemnation"]["verbs"] or a.lemma_ in NAMING)
                for a in list(tok.ancestors)[:4]
            )
        ):
            return  # "attacks on the Court" with no one behind them, "urge States to respond to threats"
        if tok.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may")
            for t in (tok, *list(tok.ancestors)[:3])
            for c in t.children
        ):
            return  # "sanctions could force the Court to close offices, undermining its work": a risk
        self.emit(
            ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": kind}, 0.8 if perp else 0.6, anchor=tok
        )

    @staticmethod
    def _after_noun(f: Finder, tok: Token) -> tuple[list[str], list[str]]:
        """ "criminal proceedings opened in Moscow earlier in the year against the Prosecutor", "a campaign
        by X targeting Y": the words after the noun, to the end of its clause, when the parse lost them."""
        perp: list[str] = []
        target: list[str] = []
        doc, end = f.doc, min(f.sent.end, tok.i + 20)
        j = tok.i + 1
        while j < end:
            t = doc[j]
            if (
                t.text in ";:"
                or (t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"))
                or t.lower_ in ("which", "who", "that")
                or (t.dep_ == "cc" and t.head.i == tok.i)  # "a cyber incident ... and the proceedings ...": another act
            ):
                break
            if t.lower_ == "by" and not perp:
                perp, j = f.list_span(j + 1, PERPETRATORS, skip=1)
                continue
            if t.lower_ in ("against", "targeting", "at") and (not target or doc[j - 1].lower_ == "and"):
                # "against the Prosecutor, Mr X, and against three judges of the Court - Judge A, Judge B"
                listed, k = f.list_span(j + 1, TARGETS, skip=3)
                read = clause_targets(f, j + 1)
                target = uniq([*target, *(read if len(read) > len(listed) else listed)])
                j = max(k, j + 1)
                continue
            if t.lower_ == "in" and not perp and doc[j - 1].tag_ == "VBN" and j + 1 < end:  # "opened in Moscow"
                perp = capital_state(f, doc[j + 1])
            j += 1
        return perp, target

    @staticmethod
    def _pronoun_target(f: Finder, tok: Token) -> bool:
        """Is the threat aimed at "them", "him", "her" ("a criminal case has been opened against them")?"""
        heads = [tok, tok.head] if tok.dep_ in ("nsubjpass", "dobj") else [tok]
        for h in heads:
            for c in h.children:
                if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("them", "him", "her", "they", "he", "she") and c.i != tok.i:
                    return True
                if (
                    c.dep_ == "prep"
                    and c.lower_ in ("against", "on", "at")
                    and any(g.dep_ == "pobj" and g.lower_ in ("them", "him", "her") for g in c.children)
                ):
                    return True
        return False

    @staticmethod
    def _recent_threat(ctx: DocContext, f: Finder) -> Any:
        for e in reversed(ctx.events):
            if e.evidence[-1][1] < f.sent.start_char - 600:
                return None
            if e.type == "threat" and e.evidence[0][0] < f.sent.start_char and e.roles.get("target"):
                return e
        return None

    def future_act(self, ctx: DocContext, f: Finder) -> None:
        """ "Washington will take further steps against the court", "we will take whatever actions we deem
        necessary ... from illegitimate actions by the ICC" (quoted words too): an announced reprisal."""
        voice = set(ctx.notes.get("events.doc_voice") or [])
        for v in f.tokens:
            if v.pos_ != "VERB" or v.lemma_ not in ("take", "adopt", "pursue", "impose", "respond", "retaliate", "act"):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in FUTURE - {"could"} for c in v.children) or negated(v):
                continue
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if v.lemma_ in ("take", "adopt", "pursue", "impose") and (obj is None or obj.lemma_ not in ACT_NOUNS):
                continue
            target = f.prep_objects(v, ("against",), TARGETS) or (
                f.prep_objects(obj, ("against", "targeting"), TARGETS) if obj is not None else []
            )
            if not target and obj is not None:
                target = self._after_noun(f, obj)[1] or [
                    i
                    for t in obj.subtree
                    if t.dep_ == "prep" and t.lower_ in ("against", "targeting")
                    for g in t.children
                    if g.dep_ == "pobj"
                    for i in f.resolve(g, TARGETS)
                ]
            if not target and HOSTILE.search(f.lower):
                target = [t for t in f.mentions(frozenset({"court"}), start=v.idx) if t != "court:states-parties"][:1]
            perp = [p for p in f.subject(v, PERPETRATORS) if f.idx.kind(p) != "court" and p not in voice]
            said = [a for a in v.ancestors if a.lemma_ in self.lex["statement"]["speech_verbs"]][:1]
            speakers = f.speakers_for(v) or (f.subject(said[0], PERPETRATORS) if said else [])
            perp = uniq([*perp, *[s for s in speakers if f.idx.kind(s) in ("person", "state")]])
            target = [t for t in target if t not in perp]
            perp = [p for p in perp if p not in voice]
            if perp and target and not any(f.idx.kind(p) == "court" for p in perp):
                self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": "threat"}, 0.7, anchor=v)
                return

    @staticmethod
    def _on_a_list(f: Finder, tok: Token) -> tuple[list[str], list[str]] | None:
        """ "X remains on a Russian list of wanted persons", "X was placed on Russia's wanted list": the
        one who stands (or was put) on the list is its target, the list's owner its perpetrator."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "onto"):
            return None
        v = tok.head.head
        if v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in v.children):
            return None  # "Russia put Khan on its list": the active reading below
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        if not passive and v.lemma_ not in ("remain", "be", "appear", "stay", "figure", "feature", "sit", "end"):
            return None
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        target = f.resolve(subj, TARGETS) if subj is not None else []
        perp = f.prep_objects(v, ("by",), PERPETRATORS)
        owner = f.possessor(tok)
        perp = perp or (f.resolve(owner, frozenset({"state"})) if owner is not None else [])
        for c in tok.children:
            if not perp and c.dep_ in ("amod", "compound", "nmod", "poss"):
                perp = f.resolve(c, frozenset({"state"})) or f.demonym(c)
        return perp, [t for t in target if t not in perp]

    @staticmethod
    def _attempt_by_measures(ctx: DocContext, f: Finder, tok: Token, target: list[str]) -> tuple[list[str], list[str]]:
        """ "These designations constitute an attempt to impede ... and to intimidate ...": the sanctions
        just told are the attempt, their imposer its perpetrator; the Court's bodies named in it its targets."""
        v = tok.head if tok.dep_ == "conj" else tok
        attempt = v.head if v.dep_ in ("acl", "relcl") else None
        if attempt is None or attempt.lemma_ not in ("attempt", "effort", "bid", "ploy") or attempt.dep_ not in ("dobj", "attr"):
            return [], target
        subj = next((c for c in attempt.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in ("they", "these", "this", "it", "sanction", "designation", "measure", "order"):
            return [], target
        told = next(
            (
                e
                for e in reversed(ctx.events)
                if e.type == "sanction" and e.roles.get("imposer") and e.evidence[-1][1] >= f.sent.start_char - 1500
            ),
            None,
        )
        if told is None:
            return [], target
        perp = [i for i in told.roles["imposer"] if f.idx.kind(i) == "state"]
        courts = [m.entity_id for t in attempt.subtree if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "court"]
        return perp, target or uniq(courts)

    @staticmethod
    def _demonym_agent(f: Finder, v: Token) -> list[str]:
        """ "a Russian military intelligence officer who had tried to gain access": the state the agent's
        adjective names."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        w = v
        while subj is None and w.dep_ in ("xcomp", "conj", "relcl", "acl") and w.head.i != w.i:
            if w.dep_ == "relcl" and w.head.pos_ in ("NOUN", "PROPN"):
                subj = w.head
                break
            w = w.head
            subj = next((c for c in w.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "that", "which") and w.dep_ == "relcl":
            subj = w.head
        if subj is None:
            return []
        for c in subj.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < subj.i:
                got = f.resolve(c, frozenset({"state"})) or f.demonym(c)
                if got:
                    return got
        return []

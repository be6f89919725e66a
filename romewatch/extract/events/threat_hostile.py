"""Threats told by a hostile doer or measure rather than a trigger word: "the ICC was targeted by hackers",
"Russian hackers stole data from the Court", "Khan is wanted by Russia" (``by_hostile_agent``, ``hostile_doer``);
"those who cooperate with the Court would be held accountable" (``punished_helpers``); "the House passed a bill
to sanction those involved in ICC investigations" (``punishing_bill``); "Russia criminalised cooperation with the
ICC" (``criminalised``). A mixin of ``Threats``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Finder, uniq
from .decision_votes import legislature_state
from .pressure_args import PERPETRATORS, TARGETS
from .sanctions import negated
from .threat_agents import agent_of, agent_of_noun
from .threat_args import court_word, np_holders
from .threat_forms import FUTURE, SPEAKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

HELPING = frozenset({"assistance", "cooperation", "cooperating", "assisting", "help", "contact", "collaboration", "support"})
# who does it, when the act is told by its doer: "targeted by hackers", "the target of Russian spies"
HOSTILE_AGENTS = {
    "hacker": "cyberattack", "hackers": "cyberattack", "attacker": "cyberattack", "attackers": "cyberattack",
    "spy": "surveillance", "spies": "surveillance", "intelligence": "surveillance", "spook": "surveillance",
    "troll": "smear", "trolls": "smear",
}  # fmt: skip
HIT_BY = frozenset({"target", "attack", "hit", "breach", "compromise", "penetrate", "infiltrate", "watch", "follow", "harass", "besiege"})

# (r9) "a bill to sanction those involved in ICC investigations", passed, introduced or backed
PUNISHING = frozenset({
    "sanction", "punish", "penalise", "penalize", "criminalise", "criminalize", "prosecute", "target", "bar", "ban",
    "restrict", "retaliate", "block", "defund",
})  # fmt: skip
LAW_NOUNS = frozenset({"bill", "legislation", "act", "law", "amendment", "measure"})
PASSING = frozenset({"pass", "introduce", "adopt", "approve", "table", "advance", "unveil", "propose", "back", "sponsor", "file", "push"})

# (r10) "said that those who cooperate with the Court would be held accountable": a reprisal promised to its helpers
HELPERS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "all", "person", "people", "individual", "official", "state", "country"})
PUNISHED = frozenset({"hold", "prosecute", "punish", "arrest", "sanction", "pursue", "face", "pay", "jail", "imprison", "charge", "target"})
PROMISING = SPEAKING | {"announce", "vow", "promise", "threaten", "state", "insist", "stress", "pledge", "make"}


HOSTILE_WORDS = frozenset({*HOSTILE_AGENTS, "wanted"})  # ``by_hostile_agent``: its agents' words, or "wanted by"

class ThreatHostile:
    """`threat` events told by who does them or by the law that makes them (mixin of ``Threats``)."""

    def by_hostile_agent(self, ctx: DocContext, f: Finder) -> None:
        """ "The ICC was targeted by hackers", "the Court was the target of Russian spies", "Khan is wanted by
        Russia": an act told by who did it (hackers, spies, a state's wanted notice) rather than by a trigger word."""
        if not f.having(HOSTILE_WORDS):
            return  # (speed) no hostile agent, no "wanted": the tests below cannot hold
        told = [e for e in ctx.events if e.type == "threat" and e.evidence[0][0] == f.sent.start_char]
        voice = set(ctx.notes.get("events.doc_voice") or [])
        for tok in f.tokens:
            if tok.dep_ == "nsubj" and tok.lemma_.lower() in HOSTILE_AGENTS and tok.head.pos_ == "VERB":
                self.hostile_doer(ctx, f, tok, told)
                continue
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("by", "of"):
                continue
            head = tok.head.head
            wanted = tok.head.lower_ == "by" and head.lower_ == "wanted" and head.tag_ == "VBN"
            kind = HOSTILE_AGENTS.get(tok.lemma_.lower()) or next(  # (r9) "by hostile intelligence services"
                (HOSTILE_AGENTS[c.lower_] for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in HOSTILE_AGENTS),
                None,
            )
            if wanted:
                kind = "criminal_proceedings"
            elif kind is None or not (
                (head.pos_ == "VERB" and head.lemma_ in HIT_BY and any(c.dep_ == "nsubjpass" for c in head.children))
                or (head.lemma_ in ("target", "victim", "object") and head.pos_ == "NOUN" and tok.head.lower_ == "of")
            ):
                continue
            if negated(head) or (head.pos_ == "VERB" and any(c.tag_ == "MD" for c in head.children)):
                continue
            if head.pos_ == "NOUN":  # "the Court was the target of Russian hackers": the copula's subject
                cop = head.head
                subj = next((c for c in cop.children if c.dep_ == "nsubj"), None) if cop.lemma_ == "be" else None
            else:
                subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            target = f.resolve(subj, TARGETS) if subj is not None else []
            perp = f.resolve(tok, PERPETRATORS) or [i for c in tok.children if c.dep_ in ("amod", "compound") for i in f.demonym(c)]
            perp = [p for p in (perp or agent_of_noun(f, tok)) if p not in target and p not in voice and f.idx.kind(p) != "court"]
            if not target or (wanted and not any(f.idx.kind(p) == "state" for p in perp)):
                continue
            if any(set(target) & set(e.roles.get("target", [])) for e in told):
                continue  # told by the sentence's trigger word
            self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": kind}, 0.6, anchor=head)
            return

    def hostile_doer(self, ctx: DocContext, f: Finder, doer: Token, told: list[Any]) -> None:
        """ "Hackers accessed confidential files of the Court", "Russian hackers stole data from the ICC": what
        hackers or spies did to someone is an attack on them, whatever the verb."""
        v = doer.head
        if negated(v) or v.lemma_ in SPEAKING or any(c.tag_ == "MD" for c in v.children) or v.lemma_ in ("be", "have"):
            return
        hit = [c for c in v.children if c.dep_ == "dobj"] + [
            g for c in v.children if c.dep_ == "prep" and c.lower_ in ("from", "into", "on", "against") for g in c.children if g.dep_ == "pobj"
        ]
        target = uniq(i for h in hit for i in f.resolve(h, TARGETS) or np_holders(f, h))
        perp = [i for c in doer.children if c.dep_ in ("amod", "compound") for i in f.demonym(c) or f.resolve(c, PERPETRATORS)]
        perp = [p for p in (perp or agent_of_noun(f, doer)) if p not in target and f.idx.kind(p) != "court"]
        if not target or any(set(target) & set(e.roles.get("target", [])) for e in told):
            return
        kind = HOSTILE_AGENTS[doer.lemma_.lower()]
        self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": kind}, 0.6, anchor=v)

    def punished_helpers(self, ctx: DocContext, f: Finder) -> None:
        """(r10) "Bastrykin said that those who cooperate with this so-called court would be held accountable",
        "warned that anyone assisting the ICC will be prosecuted": a reprisal the speaker promises the Court's helpers."""
        for v in f.tokens:
            if v.dep_ != "ccomp" or v.lemma_.lower() not in PUNISHED or v.head.lemma_.lower() not in PROMISING or negated(v):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in FUTURE for c in v.children) or negated(v.head):
                continue
            if v.lemma_ == "hold" and not any(c.lower_ in ("accountable", "responsible", "liable") for c in v.children):
                continue
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lemma_.lower() not in HELPERS:
                continue
            helped = [t for c in subj.children if c.dep_ in ("relcl", "acl") for t in c.subtree]
            if not any(t.lemma_.lower() in HELPING or t.lemma_.lower() in ("cooperate", "assist", "work", "testify") for t in helped):
                continue
            named = (f.idx.mention(t) for t in helped)
            target = uniq(m.entity_id for m in named if m is not None and f.idx.kind(m.entity_id) == "court")
            target = target or [i for t in helped if t.lemma_.lower() in ("court", "tribunal") for i in court_word(f, t)][:1]
            voice = set(ctx.notes.get("events.doc_voice") or [])
            perp = [p for p in agent_of(f, v.head) if p not in target and p not in voice and f.idx.kind(p) != "court"]
            if perp and target:
                self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": "threat"}, 0.6, anchor=v)
                return

    def punishing_bill(self, ctx: DocContext, f: Finder) -> None:
        """(r9) "the House passed a bill to sanction those involved in ICC investigations", "the Illegitimate Court
        Counteraction Act, a bill that would punish anyone who assists the Court": a threat to the Court by the
        legislature (its State) that passes, introduces or backs the bill."""
        if not any(f.idx.kind(m.entity_id) == "court" for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char)):
            return
        for v in f.tokens:
            if v.pos_ != "VERB" or v.lemma_.lower() not in PUNISHING or v.dep_ not in ("acl", "relcl") or negated(v):
                continue
            bill = v.head
            if bill.lemma_.lower() not in LAW_NOUNS:
                continue
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            target = uniq(
                m.entity_id for t in (obj.subtree if obj is not None else []) if (m := f.idx.mention(t)) is not None
                and f.idx.kind(m.entity_id) == "court" and m.entity_id != "court:states-parties"
            )
            if not target:
                continue
            w = bill
            while w.dep_ in ("appos", "conj") and w.head.i != w.i:
                w = w.head  # "the X Act, a bill that would ...": the Act's verb
            gov = w.head if w.dep_ in ("dobj", "nsubjpass", "pobj") else None
            gov = gov.head if gov is not None and gov.pos_ == "ADP" else gov
            if gov is None or gov.pos_ != "VERB" or gov.lemma_.lower() not in PASSING:
                continue
            subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            perp = f.subject(gov, PERPETRATORS) if subj is not None else []
            perp = perp or legislature_state(f, subj) or (f.prep_objects(gov, ("by",), PERPETRATORS) if subj is None else [])
            perp = [p for p in perp if f.idx.kind(p) != "court"]
            if perp:
                self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": "threat"}, 0.6, anchor=v)
                return

    def criminalised(self, ctx: DocContext, f: Finder) -> None:
        """ "a law makes assistance to the Court a criminal offence", "Russia criminalised cooperation with
        the ICC": obstruction of the Court by the state whose law it is."""
        self.by_hostile_agent(ctx, f)  # r7: called from here, the sentence loop's last threat reader
        self.punishing_bill(ctx, f)
        self.punished_helpers(ctx, f)
        if "court:icc" not in {m.entity_id for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char)}:
            return
        for v in f.tokens:
            objs = [c for c in v.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
            if v.lemma_.lower() in ("criminalise", "criminalize"):
                helped = [o for o in objs if o.lemma_.lower() in HELPING]
            elif v.lemma_ == "make" and any(
                t.lemma_.lower() in ("offence", "offense", "crime") for c in v.children if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj") for t in c.subtree
            ):
                helped = [
                    t
                    for c in v.children
                    if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj")
                    for t in c.subtree
                    if t.lemma_.lower() in HELPING
                ]
            else:
                continue
            if not helped or negated(v) or any(c.dep_ == "aux" and c.lower_ in ("would", "could", "should") for c in v.children):
                continue
            perp = [p for p in f.subject(v, PERPETRATORS) if f.idx.kind(p) == "state"]
            perp = perp or [p for p in f.mentions(frozenset({"state"})) if p != "state:nl"][:1]
            for t in f.tokens:  # "on Russian territory": the demonym names the state
                perp = perp or f.demonym(t)
            if perp:
                self.emit(ctx, f, "threat", {"perpetrator": perp, "target": ["court:icc"]}, {"kind": "obstruction"}, 0.6, anchor=v)
                return

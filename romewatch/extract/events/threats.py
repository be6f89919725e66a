"""Threats: "Moscow opened criminal proceedings against three judges", "spied on the Court",
"a cyberattack on its systems", "put on Russia's wanted list"; `kind` comes from the trigger.

A mixin of the ``Pressure`` component (it shares the sentence loop and the lexicon). This module reads
the trigger and decides whether a threat is told; its roles are read in ``threat_verbs`` (a verb) and
``threat_nouns`` (a noun phrase), threats told by a phrase or construction in ``threat_forms``, threats told by a
hostile doer or measure (hackers, a punishing bill) in ``threat_hostile``; the tests of
whether a threat word tells an act or only names one sit in ``threat_told``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .base import Finder, uniq
from .index import lexicon
from .pressure_args import (
    NAMING,
    PERPETRATORS,
    TARGETS,
    attempt_by_measures,
    hypothetical,
    possessive_appositions,
    pronoun_target,
    recent_threat,
)
from .sanction_args import quantified
from .sanctions import ASSETS, negated
from .threat_agents import agent_of
from .threat_args import PEOPLE, in_condition, member_only, threatened_act
from .threat_forms import ThreatForms, earlier_prosecuting_state
from .threat_hostile import ThreatHostile
from .threat_nouns import SERIES, ThreatNouns
from .threat_told import (
    clause_told,
    courts_own,
    definite,
    exposed_to,
    named_attempt,
    pronoun_subject,
    rule_breach,
    unnamed_actor,
)
from .threat_verbs import ThreatVerbs

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

UNDERGOING = frozenset({"have", "get", "see"})  # (r12) "have had proceedings opened"
SANCTIONING_NOUNS = frozenset({"sanction", "sanctions", "designation", "designations", "order", "measure", "measures"})
THWARTING = frozenset({"stop", "prevent", "thwart", "foil", "block", "bar"})
COURTROOM = frozenset({"charge", "convict", "sentence", "jail", "imprison"})
# "UN experts alarmed by intimidation of Court staff": a concern about acts told elsewhere, with their actors
ALARMED = frozenset({"alarm", "concern", "worry", "trouble", "shock", "dismay", "disturb", "deplore", "note"})
WATCHED = frozenset({"phone", "communication", "email", "call", "staff", "official", "movement", "account", "device"})
# "the proceedings amount to an attempt to interfere with ...": a name given to an act told elsewhere
CHARACTERISING = frozenset({"amount", "constitute", "represent", "qualify", "equate"})


REPUTATION = frozenset({
    "integrity", "credibility", "legitimacy", "reputation", "impartiality", "independence", "name", "character",
    "honour", "honor", "standing", "good",
})  # fmt: skip


REVEALING = frozenset({
    "reveal", "disclose", "report", "uncover", "expose", "emerge", "confirm", "learn", "discover", "find", "publish",
    "revelation", "disclosure", "finding", "investigation",
})  # fmt: skip
INQUIRY = frozenset({"investigation", "inquiry", "probe", "case", "situation", "examination", "work", "proceedings"})


DURATION = re.compile(
    r"^(?:for |over |nearly |almost |about |more than |at least |the past |the last )*(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|many|some|\d+)?[ -]?(?:full )?(?:years?|decades?|months?|weeks?|days?)(?: long)?$"
)


def revealed_undated(f: Finder, tok: Token) -> bool:
    """(r9) "Dutch intelligence revealed in 2022 that a Russian spy had tried to infiltrate the Court": the reveal's
    date is not the act's; an act told inside what was revealed, with no date of its own, has none."""
    dates = [e for e in f.sent.ents if e.label_ == "DATE" and not DURATION.match(e.text.lower())]
    sources = [  # (r10) "according to an investigation published last May, X spent a decade monitoring the Court"
        (t.left_edge.i, t.right_edge.i)
        for t in f.tokens
        if (t.lower_ == "according" and t.dep_ == "prep")
        or (t.lemma_.lower() in ("publish", "release", "air", "broadcast") and t.dep_ in ("acl", "relcl"))
    ]
    if dates and sources and all(any(lo <= e.start <= hi for lo, hi in sources) for e in dates):
        return not any(lo <= tok.i <= hi for lo, hi in sources)
    w, clause = tok, None
    for _ in range(6):
        if w.dep_ in ("ccomp", "acl") and w.head.lemma_.lower() in REVEALING and w.head.i < w.i:
            clause = w
            break
        if w.head.i == w.i:
            return False
        w = w.head
    if clause is None:
        return False
    lo, hi = clause.left_edge.i, clause.right_edge.i
    # (r10) "revealed in May 2024 that Israel had spied on the Court for nine years": a span of time dates nothing
    dates = [e for e in f.sent.ents if e.label_ == "DATE" and not DURATION.match(e.text.lower())]
    return bool(dates) and not any(lo <= e.start <= hi for e in dates)


def modifier_body(f: Finder, target: list[str]) -> list[str]:
    """(r12) "ICC judge Tomoko Akane", "International Criminal Court (ICC) judges", "the ICC's prosecutor Karim Khan":
    the Court named only as the modifier of another target's title is where they work, not a target of its own."""
    if "court:icc" not in target or len(target) < 2:
        return target
    idx, doc = f.idx, f.doc
    seen = False
    for m in f.ctx.mentions_in(f.sent.start_char, f.sent.end_char):
        if m.entity_id != "court:icc":
            continue
        seen = True
        j = idx.tok_index(m.end)
        while j < f.sent.end and (doc[j].text in ("(", ")", "'s", "’s") or (idx.mention(doc[j]) is not None
                                                                         and idx.mention(doc[j]).entity_id == "court:icc")):
            j += 1
        nxt = [idx.mention(t) for t in doc[j : min(f.sent.end, j + 4)]]
        titled = doc[j].lemma_.lower() in ("judge", "prosecutor", "registrar", "president") if j < f.sent.end else False
        if not titled and not any(n is not None and n.entity_id in target and n.entity_id != "court:icc" for n in nxt[:1]):
            return target  # the Court named on its own somewhere: a target too
    return [t for t in target if t != "court:icc"] if seen else target


def judged_state(tok: Token) -> bool:
    """(r12) A smear word as a state after a copula with no one doing it ("appears discredited", "is now
    tarnished"): a judgment of standing, not a smear campaign."""
    pred = tok.dep_ in ("acomp", "oprd", "xcomp", "ROOT", "ccomp") and tok.tag_ in ("VBN", "JJ")
    seeming = ("appear", "seem", "look", "become", "appears", "seems", "looks", "becomes")
    copula = tok.head.lemma_ in ("be", "appear", "seem", "become", "look", "remain", "grow") or any(
        c.lemma_.lower() in seeming or c.lower_ in seeming for c in tok.children
    )
    if tok.tag_ in ("VBN", "JJ") and not (pred and copula):  # a headline's parse: "Legitimacy Appears Increasingly Discredited"
        j = tok.i - 1
        while j > 0 and tok.doc[j].pos_ == "ADV":
            j -= 1
        copula = pred = tok.doc[j].lemma_.lower() in ("appear", "seem", "become", "look", "remain", "grow")
    nxt = tok.doc[tok.i + 1 : tok.i + 3]
    return pred and copula and not any(c.dep_ == "agent" or c.lower_ == "by" for c in (*tok.children, *nxt))


def target_nationality(f: Finder, eid: str, target: list[str]) -> bool:
    """(r12) "listed the British lawyer Karim Khan as wanted": a state named only by an adjective inside
    a target's title ("British", "the French judge") is the target's nationality, not the one who acts."""
    if f.idx.kind(eid) != "state" or not target:
        return False
    inside = False
    for m in f.ctx.mentions_in(f.sent.start_char, f.sent.end_char):
        if m.entity_id != eid:
            continue
        t = f.doc[f.idx.tok_index(m.start)]
        head = t.head
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
            head = head.head
        chain = [w for w in head.subtree if w.i <= head.i and w.i > t.i]  # "British [ICC prosecutor Karim Khan]"
        if t.dep_ not in ("amod", "compound", "nmod") or not any(
            (n := f.idx.mention(w)) is not None and n.entity_id in target and n.entity_id != eid for w in chain
        ):
            return False
        inside = True
    return inside


def court_doer(f: Finder, tok: Token) -> bool:
    """(r12) Is the doer of the act ``tok`` tells (its verb's subject, or the noun a relative clause hangs on) the
    Court or its judges ("three ICC judges who issued warrants for ...", "the Chamber issued warrants")?"""
    v = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if v.lemma_ in UNDERGOING and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children):
        return False  # "judges have had proceedings opened against them": they underwent them
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
        subj = v.head
    if subj is None:
        return False
    if any(f.idx.kind(i) == "court" for i in f.resolve(subj, frozenset({"court", "person", "state", "organization"}))):
        return True
    return subj.lemma_ in ("judge", "chamber", "prosecutor") and any(
        (m := f.idx.mention(c)) is not None and f.idx.kind(m.entity_id) == "court" for c in subj.children
    )


def court_not_situation(f: Finder, target: list[str]) -> list[str]:
    """(r9) "to undermine the Court's Palestine investigation": the Court is the target, not the State its
    investigation is named after."""
    named: dict[str, list[str]] = {}
    for t in f.tokens:
        m = f.idx.mention(t) if t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in INQUIRY else None
        if m is not None and f.idx.kind(m.entity_id) == "state":
            owner = next((c for c in t.head.children if c.dep_ == "poss"), None)
            held = f.idx.mention(owner) if owner is not None else None
            court = held.entity_id if held is not None and f.idx.kind(held.entity_id) == "court" else None
            if court is None and owner is not None and owner.lower_ in ("court", "tribunal", "icc") and "court:icc" in f.ctx.entities:
                court = "court:icc"
            named[m.entity_id] = [court] if court else []
    if not named:
        return target
    has_court = any(f.idx.kind(t) == "court" for t in target)
    out = [x for t in target for x in (named.get(t, [t]) if not has_court or t not in named else [])]
    return uniq(out) or target


# (r9) "citing threats of sanctions and cyberattacks", "pointing to ...": acts listed as reasons, told elsewhere
CITING = frozenset({"cite", "list", "enumerate", "invoke"})


def state_side(ctx: DocContext, f: Finder, eid: str) -> bool:
    """(r9) A state, or an organ of one ("Russia's Investigative Committee said it had charged the presiding judge"):
    its charges are a reprisal, not the Court's own proceedings."""
    if f.idx.kind(eid) == "state":
        return True
    known = ctx.kb.get(eid) if ctx.kb is not None and eid.startswith("org:") else None
    return (getattr(known, "attrs", None) or {}).get("type") == "state-organ" or bool(f.idx.owner_state(eid, f.sent))


class Threats(ThreatVerbs, ThreatNouns, ThreatForms, ThreatHostile):
    """`threat` events (mixin of ``Pressure``)."""

    def told_by_noun(self, noun: Token) -> bool:
        """Is the noun a threat word, or a campaign or operation a threat word names ("a disinformation campaign",
        "an operation to surveil")?"""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        return self.threat_key(noun) is not None or (
            noun.lemma_ in SERIES | {"operation", "effort", "attempt"}
            and any(self.threat_key(c) is not None for c in noun.children if c.dep_ in ("compound", "amod"))
        )

    def named_as(self, tok: Token) -> bool:
        """Is the trigger a name given to another threat word's act ("the breach was assessed as an act of
        espionage", "described the hacking as espionage")?"""
        w, via_as = tok, False
        for _ in range(5):
            if w.dep_ == "pobj" and w.head.lower_ == "as":
                via_as = True
            if w.head.i == w.i:
                return False
            w = w.head
            if w.pos_ in ("VERB", "AUX"):
                break
        if not via_as or w.pos_ not in ("VERB", "AUX"):
            return False
        return any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != tok.i and self.told_by_noun(c) for c in w.children
        ) or (w.dep_ == "relcl" and self.told_by_noun(w.head))  # "a cyberattack, which the Court described as espionage"

    def heading_word(self, ctx: DocContext, eid: str) -> bool:
        """An organisation whose name is a threat word ("Surveillance.", "Intimidation of partners." opening a
        bullet): a heading the entity reader took for a body, no perpetrator."""
        ent = ctx.entities.get(eid)
        if ent is None or ent.kind != "organization":
            return False
        words = ent.name.lower().strip(" .:;").split()
        t = self.lex["threat"]
        return bool(words) and len(words) <= 3 and (words[0] in t["nouns"] or words[0] in ("criminal", "entry", "cyber"))

    def threat_key(self, tok: Token) -> str | None:
        """The lexicon key of a threat trigger: "criminal case", "wanted list", "cyberattack"."""
        nouns = self.lex["threat"]["nouns"]
        ends = key_words()
        if tok.lemma_.lower() not in ends and tok.lower_ not in ends:
            return None  # no key ends or starts with this word: the keys below cannot match
        if (
            tok.pos_ in ("NOUN", "PROPN")
            or (tok.dep_ == "compound" and tok.head.pos_ == "NOUN")  # "phishing attempts"
            or (tok.dep_ == "amod" and tok.lower_ in nouns and tok.head.pos_ == "NOUN")  # "phishing messages" (a VERB tag)
        ):
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

    def threat(self, ctx: DocContext, f: Finder, tok: Token, kind: str) -> None:
        if negated(tok) or quantified(tok) or any(c.lower_ in ("any", "no", "possible", "potential") for c in tok.children):
            return
        if tok.lemma_ == "threat" and tok.dep_ == "compound":
            return  # (r11) "a threat actor", "the threat level", "a threat assessment": no threat made
        if kind == "smear" and judged_state(tok):
            return  # (r12) "the Court's legitimacy appears increasingly discredited": a judgment, no campaign told
        if rule_breach(tok):
            return  # (r10) "which the Court later found in breach of its obligations": a rule broken
        if kind == "criminal_proceedings" and tok.pos_ in ("NOUN", "PROPN") and courts_own(f, tok):
            return  # (r10) "after the court announced arrest warrants for Netanyahu": the Court's own
        governing = list(tok.ancestors)[: 1 if tok.head.dep_ == "conj" and tok.dep_ != "conj" else 2]
        if any(a.lemma_ in ("deny", "refute", "dismiss", "disprove") for a in governing):
            # (r11) not "rejected the warrant as void and opened a criminal case": coordinated
            return  # "Israel has denied spying on the Court": the act is denied, not told
        if kind in ("obstruction", "other") and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in SANCTIONING_NOUNS for c in tok.children
        ):
            return  # (r11) "US sanctions on ICC officials undermine the tribunal's independence": the sanctions' effect
        if any(c.dep_ == "dobj" and c.lemma_ in ASSETS for c in tok.children):
            return  # "blocked the property of ...": a sanction
        if tok.pos_ == "VERB" and tok.lemma_ != "threaten" and threatened_act(tok):
            return  # "threatened to ban the judges ... and to prosecute them": the threat, read from "threatened"
        if tok.dep_ == "conj" and any(c.lower_ in ("any", "no") for c in tok.head.children):
            return
        if tok.pos_ in ("NOUN", "PROPN") and any(a.lemma_ in CITING for a in list(tok.ancestors)[:6] if a.pos_ == "VERB"):
            return  # (r9) "the institution was under attack, citing threats of sanctions, cyberattacks and criminal proceedings"
        if self.named_as(tok):
            return  # "the breach was later assessed as an act of espionage": one act, named twice
        if tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and self.told_by_noun(tok.head):
            return  # "a disinformation campaign seeking to discredit their work": the campaign tells it
        if (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in COURTROOM
            and "absentia" not in f.lower
            and not any(state_side(ctx, f, p) for p in f.subject(tok, PERPETRATORS) or agent_of(f, tok))
        ):
            return  # "charged with war crimes": the Court's own proceedings, not a reprisal
        if tok.pos_ == "VERB" and tok.lemma_ in ("monitor", "follow", "watch", "track") and not any(
            c.dep_ in ("dobj", "nsubjpass")
            and (f.idx.mention(c) is not None or c.lemma_ in WATCHED | PEOPLE or any(f.idx.mention(g) for g in c.children if g.dep_ == "compound"))
            for c in tok.children
        ):
            return  # "will continue to monitor the situation (of the Court)": only someone watched is surveillance
        if tok.lemma_ == "follow" and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in PEOPLE | {"staff", "personnel"} for c in tok.children
        ):
            return  # "Ireland followed Chile", "the statement was followed by a reception": no one tailed
        if tok.pos_ == "VERB":
            perp, target, suffered = self.threat_verb_roles(ctx, f, tok, kind)
        else:
            read = self.threat_noun_roles(ctx, f, tok, kind)
            if read is None:
                return
            tok, perp, target, suffered = read
        by_measures: list[str] = []
        if tok.pos_ == "VERB":  # "Taken together, they constitute an attempt to intimidate ..."
            by_measures, aimed = attempt_by_measures(ctx, f, tok, [])
            perp, target = (by_measures, aimed or target) if by_measures else (perp, target)
        if not by_measures and named_attempt(tok) and pronoun_subject(tok):
            return  # (r9) "These are not isolated incidents. They are a deliberate strategy to bully the Court"
        if pronoun_target(f, tok):
            told = recent_threat(ctx, f)
            if told is not None and not (perp and set(perp) - set(told.roles.get("perpetrator", []))):
                # "X announced measures against A and B. A criminal case has been opened against them."
                if told.attributes.get("kind") in ("other", "threat", "intimidation"):
                    told.attributes["kind"] = kind
                told.evidence = sorted({*told.evidence, (f.sent.start_char, f.sent.end_char)})
                return
        if (
            tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in UNDERGOING
            and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children)
        ):
            # (r12) "two of its officials have had cases initiated against them by Moscow": the ones who had them
            undergoer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            had = f.resolve(undergoer, TARGETS) if undergoer is not None else []
            if had:
                target, perp = uniq([*target, *had]), [p for p in perp if p not in had]
        perp = [p for p in perp if not target_nationality(f, p, target)]
        if not perp and kind == "criminal_proceedings" and target and court_doer(f, tok):
            return  # (r12) "X was among the ICC judges who issued warrants for two generals": the Court's own act
        if not perp and kind == "criminal_proceedings" and target:
            # (r12) "TASS reported, citing the Russian Interior Ministry, that the ministry had placed British
            # prosecutor X on its wanted list": the one state the sentence names beside the target's nationality
            named = uniq(
                m.entity_id for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char)
                if f.idx.kind(m.entity_id) == "state" and m.entity_id not in target
                and not target_nationality(f, m.entity_id, target)
            )
            from .pressure import of_the_court

            court_people = all(of_the_court(ctx, t) for t in target)  # not the Court's own warrants for a state's leaders
            perp = named if len(named) == 1 and court_people else earlier_prosecuting_state(ctx, f)  # "Khan was later put on a wanted list": by the state told before
        voice = set(ctx.notes.get("events.doc_voice") or [])
        perp = [  # the text's own voice does not threaten, but a State's organ telling its own charges does (r9)
            p for p in perp if p not in voice or (kind == "criminal_proceedings" and state_side(ctx, f, p))
        ]
        if not perp and kind == "criminal_proceedings":
            return  # criminal proceedings are always someone's: the reading that finds them tells it
        if in_condition(tok):
            return  # "threats to sanction the Court if it sought arrest warrants": the condition is no act
        if kind == "criminal_proceedings":
            target = [t for t in target if f.idx.kind(t) != "state"]  # the Court's warrants against a state's officials
        if perp and tok.pos_ == "VERB" and any(a.lemma_ in ("announce", "warn", "declare", "threaten") for a in tok.ancestors):
            # "X announced that Washington would prosecute them": the announcer threatens too
            perp = uniq([*perp, *[s for s in f.speakers_for(tok) if f.idx.kind(s) == "person"]])
        perp = [p for p in perp if not member_only(f, p)]  # (r10) "officials of a permanent member of the Security Council"
        target = modifier_body(f, possessive_appositions(f, [t for t in target if t not in perp]))
        perp = [p for p in perp if not self.heading_word(ctx, p)]  # "Intimidation of partners." read as a body
        target = [t for t in target if not self.heading_word(ctx, t)]
        if any(f.idx.kind(p) == "court" for p in perp):
            return
        if not target and kind == "threat" and perp and tok.pos_ == "VERB":
            # (r12) "threatened sanctions against countries that enforce the Court's warrant": the Court is aimed at
            target = [i for t in tok.subtree if (m := f.idx.mention(t)) is not None and (i := m.entity_id) == "court:icc"][:1]
        if not target:
            return
        headline_passive = tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.tag_ == "VBN"
        if not perp and not headline_passive and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in f.tokens):
            return  # a heading's topic ("Coercion against the Court: sanctions and cyber intrusions"), no act told
        if (
            not perp
            and not any(f.idx.kind(t) == "court" for t in target)
            and kind != "cyberattack"
            and not suffered
            and not unnamed_actor(tok)
        ):
            return  # a hacked NGO is told without its hacker; other acts need someone behind them
        if not perp and (
            kind == "other"
            or (
                kind not in ("cyberattack", "surveillance")
                and any(a.lemma_ in ALARMED for a in list(tok.ancestors)[:6])
                and not definite(tok)  # "deplores the continued campaign of intimidation against the Court": told
                and not clause_told(tok)  # (r9) "noted that the Rapporteur had been threatened with sanctions": told
            )
            or tok.lemma_ in ("measure", "step", "action")  # "concern at the coercive measures taken against the Court"
            or hypothetical(tok, frozenset(self.lex["demand"]["verbs"]))
            or any(
                a.pos_ in ("VERB", "AUX")
                and (a.lemma_ in self.lex["condemnation"]["verbs"] or a.lemma_ in NAMING | CHARACTERISING)
                and not (a.i == tok.head.i and tok.dep_ in ("nsubj", "nsubjpass"))  # "the breach was described as ...": told
                and not (a.lemma_ in self.lex["condemnation"]["verbs"] and definite(tok))  # "deplores the continued campaign"
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
        if not perp and (named_attempt(tok) or exposed_to(tok)):
            return  # (r9) "They are a strategy to bully the Court", "the Court is an attractive target for espionage"
        if kind == "other" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_ in REPUTATION for c in tok.children
        ):
            kind = "smear"  # (r9) "attacked the integrity of the Court's judges", "assailed its credibility"
        target = court_not_situation(f, target)
        revealed = revealed_undated(f, tok)
        anchor = tok
        stopper = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "from" else None
        if stopper is not None and stopper.lemma_ in THWARTING:
            # (r11) "Dutch intelligence stopped a GRU officer from infiltrating the Court": the attempt is told, by the one stopped
            anchor = stopper
            stopped = next((c for c in stopper.children if c.dep_ == "dobj"), None)
            if stopped is not None:
                mine = [m.entity_id for t in stopped.subtree if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) != "court"]
                mine = mine or [i for t in stopped.subtree if t.dep_ in ("amod", "compound") for i in f.demonym(t)]
                perp = uniq([p for p in perp if p in mine] or mine)
                target = [t for t in target if t not in perp]
                if not target:
                    return
        ev = self.emit(
            ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": kind}, 0.8 if perp else 0.6, anchor=anchor,
            date=(None, None) if revealed else None,
        )
        if ev is not None and revealed and not ev.date:
            ctx.notes.setdefault("events.undated", set()).add(id(ev))


@lru_cache(maxsize=1)
def key_words() -> frozenset[str]:
    """The words a threat noun key can end with ("list" of "wanted list", "cyber-attack"'s "attack") or
    start with ("campaign" of "campaign against"): a token that is none of them names no threat,
    whatever its neighbours."""
    words = set()
    for key in lexicon()["threat"]["nouns"]:
        parts = key.replace("-", " ").split()
        words.update((parts[0], parts[-1], key))
    return frozenset(words)

"""Threats told by a phrase or a construction rather than a trigger word: "charged in absentia",
"warned the Court it would face consequences", "pressed her to drop the inquiry", "the case concerns
Judges A and B", "Washington will take further steps against the Court". A mixin of ``Threats``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, uniq
from .pressure_args import PERPETRATORS, TARGETS, after_noun, demonym_agent, recent_threat, seat_of
from .sanction_args import READY
from .sanctions import negated
from .threat_agents import agent_of
from .threat_args import court_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

WARNED_OF = re.compile(
    r"\b(?:consequences?|retaliat\w*|repercussions?|sanctions?|a price|pay|reprisals?|act of war|declaration of war"
    r"|unwelcome|arrest(?:ed)?|detain(?:ed)?|prosecuted|barred|banned|harm|hurt|regret|destroy\w*|ruin\w*"
    r"|prison|jail(?:ed)?|imprison\w*)\b"
)
# a threat in the speaker's own words, aimed at the one addressed: "Target Israel and we will target you"
YOU_THREAT = re.compile(
    r"\b(?:target|sanction|punish|come after|go after|pursue|arrest|prosecute|destroy|ban|bar)\w* (?:you|your)\b"
    r"|\byou (?:will|would|'ll) (?:face|pay|regret|be (?:sanctioned|arrested|prosecuted|punished|targeted))\b"
    # (r12) a veiled threat to the one addressed: "steps that might compromise your safety and your children's"
    r"|\b(?:compromise|endanger|jeopardi[sz]e|risk) (?:your|you)\b|\b(?:your|you and your) (?:safety|security)\b"
    r"|\b(?:that|safety|security) of your family\b|\blet us take care of you\b"
)
WEAPONS = frozenset({"missile", "strike", "airstrike", "bomb", "bombing", "rocket", "drone", "nuke", "warhead"})
SPEAKING = frozenset({"say", "write", "warn", "tell", "post", "suggest", "declare", "claim", "tweet", "add", "imagine"})
ACT_NOUNS = frozenset({"measure", "action", "step", "response", "retaliation", "option"})
FUTURE = frozenset({"will", "would", "'ll", "shall", "could"})
HOSTILE = re.compile(
    r"\b(?:illegitimate|lawfare|consequences|hostile|retaliat\w*|reprisals?|kangaroo|rogue|abuses? of|overreach\w*|unjust"
    r"|politici[sz]ed|prosecution by)\b"
)
GIVE_UP = frozenset({"drop", "abandon", "halt", "stop", "shelve", "close", "suspend", "withdraw", "end", "freeze"})
# ``case_concerns``: the verbs of "were accused of", "the case concerns" and its nouns
CASE_WORDS = frozenset({"accuse", "suspect", "case", "proceeding", "charge", "indictment", "investigation"})
PURSUE = frozenset({"open", "pursue", "proceed", "investigate", "issue", "seek", "request", "continue", "prosecute"})


def earlier_prosecuting_state(ctx: DocContext, f: Finder) -> list[str]:
    """The state behind the criminal proceedings told just before ("the committee opened cases against
    the judges ... Khan was later put on the wanted list"): it is also behind the ones that follow."""
    for e in reversed(ctx.events):
        if e.evidence[-1][1] < f.sent.start_char - 800:
            break
        if e.type == "threat" and e.attributes.get("kind") == "criminal_proceedings":
            return [p for p in e.roles.get("perpetrator", []) if f.idx.kind(p) == "state" or state_organ(ctx, p)]
    return []


def state_organ(ctx: DocContext, eid: str) -> bool:
    """(r9) "Russia's Investigative Committee": an organ the knowledge base gives as a state's."""
    known = ctx.kb.get(eid) if ctx.kb is not None and eid.startswith("org:") else None
    return (getattr(known, "attrs", None) or {}).get("type") == "state-organ"


def looming(said: Token) -> bool:
    """(r11) Does a warned clause tell what is to come ("would face consequences", "will be arrested", "risks
    sanctions", "faces prison"), not only what something is or does ("it undermines the Court")?"""
    for t in said.subtree:
        if t.dep_ == "aux" and t.lower_ in FUTURE | {"might", "may", "'d", "going"}:
            return True
        if t.pos_ == "VERB" and t.lemma_ in ("face", "pay", "risk", "regret", "come", "follow", "await"):
            return True
    return False


class ThreatForms:
    """Phrase- and construction-read `threat` events (mixin of ``Threats``)."""

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
            court = next((c for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() == "court"), None)
            if court is not None:  # (r10) "the Basmanny court ... ordered the arrest in absentia": its state
                perp = court_state(ctx, f, court) or [p for p in perp if f.idx.kind(p) != "person"]
            if any(c.dep_ == "nsubjpass" for c in v.children):
                perp = f.prep_objects(v, ("by",), PERPETRATORS)
            perp = [p for p in perp if f.idx.kind(p) != "court"]
            perp = perp or demonym_agent(f, v)
            perp = perp or [p for p in seat_of(f, v) if p != "state:nl"]  # "Meanwhile in Washington, senators have warned"
            perp = perp or [p for p in f.speakers_for(v) if f.idx.kind(p) in ("state", "person", "organization")]
            target = [t for t in f.objects(v, TARGETS) if t not in perp]
            if not target:  # (r11) "announced in absentia verdicts against the prosecutor and eight judges": the "against"
                target = [  # of the verb's object, not the people of a later "following their indictment of X"
                    t
                    for o in (v, *[c for c in v.children if c.dep_ == "dobj"])
                    for t in f.prep_objects(o, ("against",), TARGETS)
                    if t not in perp
                ]
            if kind == "criminal_proceedings" and any(f.idx.kind(t) == "person" for t in target):
                # (r9) "ordered the arrest in absentia of Judge A and Judge B": every person the clause names after it
                stop = next((t.idx for t in f.doc[tok.i : f.sent.end] if t.lower_ in (";", "said", "according")), None)
                target = uniq([*target, *(t for t in f.mentions(frozenset({"person"}), start=tok.idx, end=stop) if t not in perp)])
            reason = next(  # (r11) "... following their indictment of Putin": the reason's people are no targets
                (t.idx for t in f.doc[tok.i : f.sent.end] if t.lower_ in ("following", "after", "over", "because") and t.dep_ in ("prep", "mark")),
                None,
            )
            target = (
                target
                or [t for t in f.mentions(frozenset({"person"}), start=tok.idx, end=reason) if t not in perp]
                or [t for t in f.mentions(frozenset({"court"}), start=tok.idx, end=reason) if t not in perp]
                or [t for t in f.mentions(frozenset({"person"}), start=tok.idx) if t not in perp]
            )
            if any(c.dep_ == "nsubjpass" for c in v.children):
                subj = next(c for c in v.children if c.dep_ == "nsubjpass")
                target = f.resolve(subj, TARGETS) or target
            court = [t for t in target if f.idx.kind(t) == "court"]
            if any(
                (set(target) & set(e.roles.get("target", [])) or e.attributes.get("kind") == kind)
                and set(perp) <= set(e.roles.get("perpetrator", []))
                for e in told
            ):
                continue  # told already by the sentence's trigger word
            if target and (perp or (kind in ("cyberattack", "surveillance") and court)):
                roles = {"perpetrator": perp, "target": target if perp else court}
                self.emit(ctx, f, "threat", roles, {"kind": kind}, 0.7, anchor=tok)
                return

    def warning(self, ctx: DocContext, f: Finder, tok: Token) -> None:
        """ "US officials warned the Court that it would face consequences": a threat to the warned."""
        if negated(tok) or not (WARNED_OF.search(f.lower) or YOU_THREAT.search(f.lower)):
            return
        target = f.objects(tok, TARGETS) or f.prep_objects(tok, ("against",), TARGETS)
        if not target and tok.lemma_ in ("write", "message", "text"):  # "wrote to the Prosecutor: 'we will target you'"
            target = f.prep_objects(tok, ("to",), TARGETS)
        warned = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if warned is not None:  # "UN experts who met Court staff were warned by Hungarian officials that ..."
            perp = [p for p in f.prep_objects(tok, ("by",), PERPETRATORS) if f.idx.kind(p) in ("state", "person", "igo")]
            target = [t for t in f.resolve(warned, TARGETS) if t not in perp]
            voice = set(ctx.notes.get("events.doc_voice") or [])
            if perp and target and not set(perp) & voice:
                self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": "intimidation"}, 0.7, anchor=tok)
            return
        said = next(
            (c for c in tok.children if c.dep_ == "ccomp" and WARNED_OF.search(" ".join(t.lower_ for t in c.subtree))),
            None,
        )
        if said is not None and not looming(said):
            return  # (r11) "warning that it undermines the experts' independence": a danger named, not a threat made
        if not target and said is not None:  # "warned that the Court would face severe consequences"
            target = [t for t in f.subject(said, TARGETS) if f.idx.kind(t) in ("court", "person", "organization")]
            subj = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if not target and subj is not None:  # "warned that anyone at the Court who ... would pay a price"
                named = (f.idx.mention(t) for t in subj.subtree)
                target = list(dict.fromkeys(m.entity_id for m in named if m is not None and f.idx.kind(m.entity_id) == "court"))
        if not target and said is not None and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp"):
            # (r10) "sent a letter to the Prosecutor, warning that they would sanction his staff": the one written to
            v = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head
            letter = [c for c in v.children if c.dep_ == "dobj"] if v.pos_ in ("VERB", "AUX") else []
            if v.lemma_ in ("send", "write", "address", "deliver", "pen", "sign", "issue"):
                to = [g for w in (v, *letter) for c in w.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
                target = uniq(t for g in to for t in f.resolve(g, TARGETS))
                target = [t for t in target if f.idx.kind(t) in ("court", "person")]
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        said_by = uniq(
            m.entity_id for t in (subj.subtree if subj is not None else ()) if (m := f.idx.mention(t)) is not None
        )
        if subj is None and tok.lemma_ == "tell":  # the parse lost the subject: the person named right before the verb
            near = [f.idx.mention(t) for t in f.doc[max(f.sent.start, tok.i - 4) : tok.i]]
            said_by = uniq(m.entity_id for m in near if m is not None and f.idx.kind(m.entity_id) == "person")
        heard = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.lower_ in ("her", "him")), None)
        if heard is not None and tok.lemma_ == "tell" and said_by and (not target or set(target) <= set(said_by)):
            # (r12) "a spy chief of the day, Mr X, told her: 'It would be unwise to ... compromise your
            # safety'": the one told is the person named before in the sentence, not the speaker
            target = [
                m.entity_id for m in ctx.mentions_in(f.sent.start_char, tok.idx)
                if f.idx.kind(m.entity_id) == "person" and m.entity_id not in said_by
            ][-1:]
            perp = [p for p in said_by if f.idx.kind(p) in ("person", "state", "organization")]
        else:
            perp = []
        perp = perp or [p for p in agent_of(f, tok) if p not in target]
        if not perp and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.pos_ == "VERB":
            perp = [p for p in agent_of(f, tok.head) if p not in target]  # (r10) "senators sent a letter ..., warning"
        perp = perp or [p for p in seat_of(f, tok) if p not in target and p != "state:nl"]  # "In Washington, senators warned"
        voice = set(ctx.notes.get("events.doc_voice") or [])
        perp = [p for p in perp if p not in voice and f.idx.kind(p) != "court"]
        if perp and target:
            self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": "threat"}, 0.7, anchor=tok)

    def pressed_to_drop(self, ctx: DocContext, f: Finder, tok: Token) -> None:
        """ "the spy chief pressed her to drop the inquiry", "tried to persuade her not to open an
        investigation": pressure on an official to give up the Court's work is intimidation."""
        aim = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
        if aim is None or negated(tok) or not (aim.lemma_ in GIVE_UP or (negated(aim) and aim.lemma_ in PURSUE)):
            return
        voice = set(ctx.notes.get("events.doc_voice") or [])
        perp = [p for p in f.subject(tok, PERPETRATORS) if f.idx.kind(p) != "court" and p not in voice]
        target = [t for t in f.objects(tok, TARGETS) if t not in perp]
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if not target and obj is not None and obj.lower_ in ("her", "him"):
            named = [p for p in f.mentions(frozenset({"person"}), end=obj.idx) if p not in perp]
            before = f.idx.before(f.sent.start_char, frozenset({"person"}), window=400)
            target = named[-1:] or ([before] if before and before not in perp else [])
        if perp and target:
            self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": "intimidation"}, 0.7, anchor=tok)

    def case_concerns(self, ctx: DocContext, f: Finder) -> None:
        """ "Russia opened a case against three judges ... The case concerns Judges A, B and C": the
        named people join the targets of the proceedings told just before."""
        if not f.having(CASE_WORDS):
            return  # (speed) no accusing verb, no case noun: the tests below cannot hold
        for tok in f.tokens:
            v = tok.head
            if tok.dep_ == "nsubjpass" and v.lemma_ in ("accuse", "suspect") and not negated(v):
                named = [t for t in f.resolve(tok, TARGETS) if f.idx.kind(t) == "person"]  # "Judges A and B were accused of"
            elif (
                tok.dep_ == "nsubj"
                and tok.lemma_ in ("case", "proceeding", "charge", "indictment", "investigation")
                and v.lemma_ in ("concern", "involve", "target", "name", "cover", "relate")
                and not negated(v)
            ):
                named = [t for t in f.objects(v, TARGETS) or f.prep_objects(v, ("to",), TARGETS) if f.idx.kind(t) == "person"]
            else:
                continue
            told = recent_threat(ctx, f)
            if named and told is not None and told.attributes.get("kind") == "criminal_proceedings":
                told.roles["target"] = uniq([*told.roles["target"], *named])
                told.evidence = sorted({*told.evidence, (f.sent.start_char, f.sent.end_char)})
            return

    def future_act(self, ctx: DocContext, f: Finder) -> None:
        """ "Washington will take further steps against the court", "we will take whatever actions we deem
        necessary ... from illegitimate actions by the ICC" (quoted words too): an announced reprisal."""
        voice = set(ctx.notes.get("events.doc_voice") or [])
        for v in f.tokens:
            if v.pos_ != "VERB" or v.lemma_ not in ("take", "adopt", "pursue", "impose", "respond", "retaliate", "act"):
                continue
            carried = v.head if v.dep_ == "xcomp" and v.head.lemma_ in ("keep", "continue", "go") else v
            # (r12) "the United States is prepared / ready to take additional measures": a reprisal held ready
            ready = v.dep_ == "xcomp" and v.head.lemma_.lower() in READY and not negated(v.head)
            if not (ready or any(c.dep_ == "aux" and c.lower_ in FUTURE - {"could"} for c in carried.children)) or negated(v):
                continue  # (r11) "would keep responding to the Court's abuse of power": the aux on "keep"
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is None:  # (r11) "would take whatever steps were needed to shield ...": the steps parsed as a clause's subject
                obj = next(
                    (g for c in v.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubjpass" and g.lemma_ in ACT_NOUNS),
                    None,
                )
            if v.lemma_ in ("take", "adopt", "pursue", "impose") and (obj is None or obj.lemma_ not in ACT_NOUNS):
                continue
            target = f.prep_objects(v, ("against",), TARGETS) or (
                f.prep_objects(obj, ("against", "targeting"), TARGETS) if obj is not None else []
            )
            if not target and obj is not None:
                target = after_noun(f, obj)[1] or [
                    i
                    for t in obj.subtree
                    if t.dep_ == "prep" and t.lower_ in ("against", "targeting")
                    for g in t.children
                    if g.dep_ == "pobj"
                    for i in f.resolve(g, TARGETS)
                ]
            if not target and v.lemma_ in ("respond", "retaliate"):  # (r11) "will retaliate firmly against any such move"
                target = [
                    m.entity_id
                    for c in v.children
                    if c.dep_ == "prep" and c.lower_ in ("to", "against")
                    for t in c.subtree
                    if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "court" and m.entity_id != "court:states-parties"
                ][:1]
            if not target and (ready or HOSTILE.search(f.lower)):
                target = [t for t in f.mentions(frozenset({"court"}), start=v.idx) if t != "court:states-parties"][:1]
            if not target and ready and "court:icc" in ctx.entities:
                target = ["court:icc"]  # (r12) "... prepared to take additional steps" in a text about the Court
            holder = v.head.head if ready and v.head.dep_ == "acomp" else v  # "X is prepared to take": X's
            perp = [p for p in f.subject(holder, PERPETRATORS) if f.idx.kind(p) != "court" and p not in voice]
            said = [a for a in v.ancestors if a.lemma_ in self.lex["statement"]["speech_verbs"]][:1]
            speakers = f.speakers_for(v) or (f.subject(said[0], PERPETRATORS) if said else [])
            perp = uniq([*perp, *[s for s in speakers if f.idx.kind(s) in ("person", "state")]])
            target = [t for t in target if t not in perp]
            perp = [p for p in perp if p not in voice]
            if perp and target and not any(f.idx.kind(p) == "court" for p in perp):
                self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": "threat"}, 0.7, anchor=v)
                return

    def armed_threat(self, ctx: DocContext, f: Finder) -> None:
        """ "Medvedev wrote that a missile could be fired at the court's building", "said a strike on the
        Court could not be ruled out": talk of force against the Court is a threat by the speaker."""
        for tok in f.tokens:
            if tok.lemma_.lower() not in WEAPONS or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            aimed = [
                m.entity_id
                for t in tok.head.subtree if t.i > tok.i
                if (m := f.idx.mention(t)) is not None and m.entity_id == "court:icc"
            ]
            if not aimed:
                continue
            said = next((a for a in tok.ancestors if a.lemma_ in SPEAKING and a.pos_ == "VERB"), None)
            perp = f.speakers_for(tok) or (f.subject(said, PERPETRATORS) if said is not None else [])
            voice = set(ctx.notes.get("events.doc_voice") or [])
            perp = [p for p in perp if p not in voice and f.idx.kind(p) != "court"]
            if perp:
                self.emit(ctx, f, "threat", {"perpetrator": perp, "target": aimed}, {"kind": "threat"}, 0.7, anchor=tok)
                return

    def listed_too(self, ctx: DocContext, f: Finder) -> None:
        """ "Khan was placed on the wanted list, and Judge A was later added to it as well": the one
        added to the wanted list is a target of the same proceedings."""
        if "wanted" not in f.lower:
            return
        for v in f.tokens:
            if v.lemma_ not in ("add", "put", "place", "include") or not any(c.dep_ == "auxpass" for c in v.children):
                continue
            to = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "onto") for g in c.children]
            if not any(g.lower_ == "it" or g.lemma_ == "list" for g in to) or negated(v):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            target = f.resolve(subj, TARGETS) if subj is not None else []
            told = [
                e for e in ctx.events
                if e.type == "threat" and e.attributes.get("kind") == "criminal_proceedings"
                and e.evidence[-1][1] >= f.sent.start_char - 800
            ]
            perp = list(told[-1].roles.get("perpetrator", [])) if told else earlier_prosecuting_state(ctx, f)
            target = [t for t in target if t not in perp and not (told and t in told[-1].roles.get("target", []))]
            if perp and target:
                roles = {"perpetrator": perp, "target": target}
                self.emit(ctx, f, "threat", roles, {"kind": "criminal_proceedings"}, 0.7, anchor=v, region=(subj.left_edge.idx, f.sent.end_char))

"""Pressure on the Court and those around it: sanctions, threats, condemnations.

Verbal and nominal triggers carry the same roles: "Washington sanctioned two judges", "sanctions
imposed by Washington on two judges", "the designation of the group by the Treasury", "were
designated"; "Moscow opened criminal proceedings against three judges"; "we regret the Assembly's
silence", "our concerns regarding the Committee's recommendation".

What a sanction comes to after the document (its order in force, one sanction told twice, a plural office)
sits in ``sanction_settle``; the year of an act told in a timeline or a "when" clause in ``pressure_years``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .base import EventComponent, Finder, index, lexicon, uniq
from .condemn_cues import quoted_verb
from .finalise import is_judge
from .pressure_args import TARGETS
from .pressure_condemn import Condemnations
from .pressure_years import timeline_year, when_year
from .sanction_cues import MEASURES, TRIGGER_WORDS, measures_against, sanction_trigger
from .sanction_settle import action_is_sanction, bare_again, in_force, named_next, plural_office, told_again
from .sanctions import Sanctions, negated
from .threat_args import INCIDENTS, SYSTEMS, court_state, named_with_title, on_systems
from .threat_forms import WARNED_OF, YOU_THREAT
from .threats import Threats, key_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


def acting_for(ctx: DocContext, entity_id: str, when: str | None = None) -> list[str]:
    """The state an actor acts for, from the KB: a state organ's state ("Mossad" -> Israel), an
    official's state while in office on the document's date ("Secretary Rubio" -> United States).
    Only states the document itself names."""
    kb = ctx.kb
    ent = kb.get(entity_id) if kb is not None else None
    if ent is None:
        return []
    found: list[str] = []
    if ent.kind in ("organization", "igo") and str(ent.attrs.get("state") or "").startswith("state:"):
        found.append(ent.attrs["state"])
    if ent.kind == "person":
        found += [b for b in kb.office_bodies(ent, when or ctx.document.date) if b.startswith("state:")]
    return [s for s in uniq(found) if s in ctx.entities and s != entity_id]


# the Court's own organs (not the Assembly's bodies, nor the States Parties)
_COURT_ORGANS = ("court:icc", "court:otp", "court:presidency", "court:registry", "court:judges", "court:chambers")
_COURT_ORGAN_PREFIXES = ("court:pre-trial-chamber", "court:trial-chamber", "court:appeals-chamber")


BREACH = re.compile(r"\b(?:cyber\w*|attacks?|breach\w*|intrusions?|hack\w*)\b", re.IGNORECASE)
NEW_ACT = re.compile(r"\b(?:again|another|anew|new|fresh|second|third|further|renewed|latest|previous|earlier|prior)\b", re.IGNORECASE)


def same_breach(ctx: DocContext) -> None:
    """(r11) One cyberattack told again and again in a news story ("the cyberattack that hit it in September",
    "threat actors breached its systems", "the attack was carried out for espionage purposes"): with no one named
    behind it, the same target and the same year, a telling that does not call it new or another is the same act."""
    text = ctx.document.text

    def told(ev: Any) -> str:
        return text[ev.evidence[0][0] : ev.evidence[0][1]]

    loose = [e for e in ctx.events if e.type == "threat" and not e.roles.get("perpetrator")]
    attacks = [e for e in loose if e.attributes.get("kind") == "cyberattack"]
    named = [e for e in loose if e.attributes.get("kind") in ("surveillance", "threat") and BREACH.search(told(e))]
    kept: list[Any] = []
    one_year = len({e.date[:4] for e in attacks if e.date}) <= 1  # else only tellings dated to the same year
    for ev in attacks + named:
        first = next(
            (
                k
                for k in kept
                if set(k.roles.get("target", [])) & set(ev.roles.get("target", []))
                and ((k.date and ev.date and k.date[:4] == ev.date[:4]) or (one_year and not (k.date and ev.date)))
            ),
            None,
        )
        if first is None or NEW_ACT.search(told(ev)):
            if ev.attributes.get("kind") == "cyberattack":
                kept.append(ev)
            continue
        first.evidence = sorted(set(first.evidence) | set(ev.evidence))
        if ev.date and (not first.date or ev.date[:7] < first.date[:7]):
            first.date, first.end_date = ev.date, ev.end_date  # the earliest telling, "in September", dates it
        ctx.events.remove(ev)


def same_case(ctx: DocContext) -> None:
    """(r12) "A district court in Moscow ordered the arrest in absentia of Judge X. Investigators accuse X of ... The
    same court ruled that X be held in custody": one case against the same people told in nearby sentences, at no two
    different dates, is one event; its perpetrators (the state, its court) are joined."""
    today = ctx.document.date
    cases = [e for e in ctx.events if e.type == "threat" and e.attributes.get("kind") == "criminal_proceedings"]
    gone: set[int] = set()
    for i, a in enumerate(cases):
        for b in cases[i + 1 :]:
            if id(a) in gone or id(b) in gone or not a.roles.get("target"):
                continue
            if b.evidence[0][0] - a.evidence[-1][1] > 500:
                continue
            # "Moscow lists one more ICC judge as wanted" over "... putting ICC judge X on that list": the
            # people first described (the Court, its judges) and then named are the same
            described = all(t.startswith("court:") for t in a.roles["target"]) and bool(b.roles.get("target")) and all(
                not t.startswith("court:") for t in b.roles["target"]
            )  # (the named act names them all: "the prosecutor and judges" beside "Khan and the judges" is another stage)
            same_perp = set(a.roles.get("perpetrator", [])) & set(b.roles.get("perpetrator", []))
            if described and a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
                same_perp = set()
            if set(a.roles["target"]) != set(b.roles.get("target", [])) and not (described and same_perp):
                continue
            if described:
                a.roles["target"] = list(b.roles["target"])
            if a.date and b.date and a.date != b.date and today not in (a.date, b.date):
                continue
            a.roles["perpetrator"] = uniq([*a.roles.get("perpetrator", []), *b.roles.get("perpetrator", [])])
            if not a.date or (a.date == today and b.date):
                a.date, a.end_date = b.date, b.end_date
            a.evidence = sorted(set(a.evidence) | set(b.evidence))
            gone.add(id(b))
    if gone:
        ctx.events[:] = [e for e in ctx.events if id(e) not in gone]


def of_the_court(ctx: DocContext, entity_id: str) -> bool:
    """An organ of the Court, or a person holding one of its offices on the document's date."""
    if entity_id in _COURT_ORGANS or entity_id.startswith(_COURT_ORGAN_PREFIXES):
        return True
    kb = ctx.kb
    ent = kb.get(entity_id) if kb is not None else None
    if ent is None or ent.kind != "person":
        return False
    return any(b in _COURT_ORGANS for b in kb.office_bodies(ent, ctx.document.date))


def quoted_tokens(f: Finder) -> set[int]:
    """Indices of the sentence's tokens inside quotation marks (titles, quoted words), in one pass."""
    inside: set[int] = set()
    if '"' not in f.text and "\u201c" not in f.text:
        return inside  # (speed) no opening mark, nothing inside
    curly = straight = 0
    for t in f.tokens:
        if t.text == "\u201c":
            curly += 1
        elif t.text == "\u201d":
            curly = max(0, curly - 1)
        elif t.text == '"':
            straight ^= 1
        elif curly or straight:
            inside.add(t.i)
    return inside


# (r10) what is done to someone's systems by an intruder
INTRUDING = frozenset({"compromise", "access", "target", "hit", "disrupt", "paralyse", "paralyze", "cripple", "crash", "corrupt"})
PRESSING = frozenset({"press", "push", "lean", "persuade", "convince"})  # "pressed her to drop the inquiry"
WRITING = frozenset({"tell", "write", "message", "text"})  # "told the Prosecutor: 'we will target you'"
TELLING = frozenset({"tell", "inform", "notify"})
DECLARED_WANTED = frozenset({"declare", "list", "pronounce", "place", "put"})  # "declared wanted"
ORDERING = frozenset({"order", "authorise", "authorize", "issue", "approve", "sanction", "seek", "request"})


def state_court_orders(ctx: DocContext, f: Finder, tok: Token) -> tuple[list[str], list[str]] | None:
    """(r10) "A Moscow court ordered the arrest of Judge X", "the Basmanny court, ..., then ordered the arrest in
    absentia of ...": a state's court (a court named by a place, a demonym or a name of its own, not the ICC)
    orders the arrest of someone named: the state and the ones to be arrested."""
    v = tok.head
    if tok.dep_ != "dobj" or v.lemma_.lower() not in ORDERING or negated(v):
        return None
    target = [t for t in f.prep_objects(tok, ("of",), TARGETS) if f.idx.kind(t) in ("person", "court")]
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    perp = court_state(ctx, f, subj) if subj is not None else []
    return (perp, target) if perp and target else None


def told_threat(tok: Token) -> bool:
    """(r10) "its staff had been told by Washington that they could face prison for assisting ...": someone told
    that harm would come to them (a clause with "would", "could" or "will" naming a punishment) is warned."""
    said = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    return (
        said is not None
        and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "might") for c in said.children)
        and bool(WARNED_OF.search(" ".join(t.lower_ for t in said.subtree)))
    )


COURT_TITLES = frozenset({"judge", "prosecutor", "registrar", "president", "official", "staff", "investigator"})


def state_warrants(ctx: DocContext, f: Finder, tok: Token) -> tuple[list[str], list[str]] | None:
    """(r10) "Moscow issued warrants for three of its judges", "Russia has issued arrest warrants for the court's
    president": warrants a state (its organ or court) issues for the Court's officials."""
    from .threat_forms import state_organ

    v = tok.head
    if tok.dep_ != "dobj" or v.lemma_.lower() not in ORDERING or negated(v):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    perp = court_state(ctx, f, subj) or [
        p for p in f.resolve(subj, frozenset({"state", "organization"})) if f.idx.kind(p) == "state" or state_organ(ctx, p)
    ]
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "against")]
    held = [  # not what a relative clause adds ("Haftar, who is not sought by the ICC")
        g for c in preps for g in c.subtree
        if not any(a.dep_ in ("relcl", "acl", "advcl") for a in g.ancestors if a.i != c.i and c in a.ancestors)
        and g.dep_ not in ("relcl", "acl", "advcl")
    ]
    if not perp or not any(
        t.lemma_.lower() in COURT_TITLES or ((m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "court")
        for t in held
    ):
        return None
    target = uniq(m.entity_id for t in held if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) in ("person", "court"))
    target = target or (["court:icc"] if "court:icc" in ctx.entities else [])
    return (perp, [t for t in target if t not in perp]) if target else None


class Pressure(Condemnations, Sanctions, Threats, EventComponent):
    """`sanction`, `threat` and `condemnation` events."""

    name = "events.pressure"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        self.lex = lexicon()
        super().__call__(ctx)
        for ev in ctx.events:
            if ev.type in ("sanction", "threat") and ev.roles.get("target"):
                plural_office(ctx, ev)
        named_next(ctx)
        told_again(ctx)
        bare_again(ctx)
        action_is_sanction(ctx)
        same_breach(ctx)
        same_case(ctx)
        threats = [e for e in ctx.events if e.type == "threat"]
        for ev in threats:  # "Khan and Judges A, B and C, three of its judges": the named judges stand for the group
            targets = ev.roles.get("target", [])
            if "court:judges" in targets and any(is_judge(ctx, t) for t in targets):
                ev.roles["target"] = [t for t in targets if t != "court:judges"]

    def emit(self, ctx: DocContext, f: Finder, etype: str, roles: dict[str, list[str]], *args: Any, **kw: Any) -> Any:
        """An official or a state organ acts for its state: "President Trump signed", "the Investigative
        Committee opened" make the state imposer or perpetrator too."""
        for role in ("imposer", "perpetrator"):
            if roles.get(role):
                roles[role] = uniq(x for i in roles[role] for x in [i, *acting_for(ctx, i)])
        persons = [p for p in roles.get("perpetrator", []) if index(ctx).kind(p) == "person"]
        if etype == "threat" and persons:  # "Mossad chief Yossi Cohen": the agency's state acts too
            roles["perpetrator"] = uniq([*roles["perpetrator"], *named_with_title(f, persons)])
        if etype == "threat" and roles.get("perpetrator") and all(of_the_court(ctx, p) for p in roles["perpetrator"]):
            return None  # "the Prosecutor sought warrants for two leaders": the Court's own proceedings threaten no one
        if etype == "threat" and roles.get("perpetrator"):
            # "Russia opens a case against ICC judges over Putin warrant": a state does not threaten its own leader
            own = set(roles["perpetrator"])
            roles["target"] = [t for t in roles.get("target", []) if not own & set(acting_for(ctx, t))]
            if not roles["target"]:
                return None
        if etype == "sanction" and not roles.get("target") and not roles.get("instrument") and not any(
            i.startswith("state:") for i in roles.get("imposer", [])
        ):
            return None  # "X said he would ...": a person alone, no one sanctioned, is no sanction
        if etype == "sanction" and roles.get("imposer"):  # "designated Karim Khan in February, added four judges":
            told = {t for e in ctx.events if e.type == "sanction" for t in e.roles.get("target", [])}
            kept = [i for i in roles["imposer"] if i not in told and i not in roles.get("target", [])]
            if not kept:  # the one sanctioned is no imposer: the state of the sanction told before
                prev = next((e for e in reversed(ctx.events) if e.type == "sanction" and e.roles.get("imposer")), None)
                kept = [i for i in prev.roles["imposer"] if i.startswith("state:")] if prev is not None else []
            roles["imposer"] = kept
        if etype == "sanction" and self._same_act(ctx, f, roles):
            return ctx.events[-1] if ctx.events else None
        ev = super().emit(ctx, f, etype, roles, *args, **kw)
        if ev is not None and etype == "threat":
            timeline_year(ctx, f, ev)
            when_year(ctx, f, ev, kw.get("anchor"))
        if ev is not None and ev.date:  # "Secretary Pompeo announced in 2020": in office on the act's date
            for role in ("imposer", "perpetrator"):
                if ev.roles.get(role):
                    ev.roles[role] = uniq(x for i in ev.roles[role] for x in [i, *acting_for(ctx, i, ev.date)])
        if ev is not None and etype == "sanction":
            in_force(ev)
            self._name_the_described(ctx, ev)
        return ev

    @staticmethod
    def _same_act(ctx: DocContext, f: Finder, roles: dict[str, list[str]]) -> bool:
        """ "imposed asset freezes and travel bans on the Prosecutor, both Deputy Prosecutors and eight
        judges": two words of one sentence that name the same people tell one sanction; the second
        one's readers add to the first (rounds of one sentence name different people)."""
        targets = [t for t in roles.get("target", []) if t in ctx.entities]
        if not targets:
            return False
        for ev in reversed(ctx.events):
            if ev.type != "sanction" or not any(a == f.sent.start_char for a, _ in ev.evidence):
                continue  # (r11) also one told first in a headline and then named in this sentence
            shared = set(targets) & set(ev.roles.get("target", []))
            if not shared or (set(targets) != set(ev.roles.get("target", [])) and all(i.startswith("court:") for i in shared)):
                continue  # "sanctions on four judges of the Court ... an order targeting its prosecutor": two acts
            imposers = set(ev.roles.get("imposer", []))
            if imposers and roles.get("imposer") and not imposers & set(roles["imposer"]):
                continue
            for role, ids in roles.items():
                ev.roles[role] = uniq([*ev.roles.get(role, []), *(i for i in ids if i in ctx.entities)])
            in_force(ev)
            return True
        return False

    @staticmethod
    def _name_the_described(ctx: DocContext, ev: Any) -> None:
        """ "OFAC added two judges of the Court to its list. The designation of Judge A and Judge B ...":
        a sanction told first by its targets' description and then by their names is one sanction."""
        idx = index(ctx)
        named = [t for t in ev.roles.get("target", []) if idx.kind(t) in ("person", "organization")]
        if not named or ev not in ctx.events:
            return
        keep = None
        for prev in reversed(ctx.events[:-1]):
            if prev.type != "sanction" or ev.evidence[0][0] - prev.evidence[0][0] > 700:
                continue
            targets = prev.roles.get("target", [])
            if not (
                targets
                and all(idx.kind(t) == "court" for t in targets)
                and (not prev.roles.get("imposer") or set(prev.roles["imposer"]) & set(ev.roles.get("imposer", [])))
                and (not prev.date or not ev.date or prev.date[:7] == ev.date[:7])
            ):
                break
            if keep is None:  # the nearest description takes the names and the named sentence's date
                keep, gone = prev, ev
                keep.roles["target"] = list(named)
                keep.date, keep.end_date = (ev.date, ev.end_date) if ev.date else (prev.date, prev.end_date)
            else:  # an earlier description of the same act ("US sanctions on ICC judges" in a headline)
                gone = prev
            for role, ids in gone.roles.items():
                if role != "target":
                    keep.roles[role] = uniq([*keep.roles.get(role, []), *ids])
            keep.evidence = sorted(set(keep.evidence) | set(gone.evidence))
            ctx.events.remove(gone)

    def threat_word(self, ctx: DocContext, f: Finder, tok: Token, lem: str) -> bool:
        """A threat trigger word: a verb or noun of the lexicon, or an attack on someone's systems."""
        if lem not in threat_words() and tok.lower_ not in threat_words():
            return False  # (speed) no test below can hold of a word outside every list they read
        t = self.lex["threat"]
        key = self.threat_key(tok)
        if tok.pos_ == "VERB" and lem in t["verbs"]:
            kind = t["verbs"][lem]
            if kind == "other" and any(  # "hackers attacked the Court's IT systems"
                c.dep_ in ("dobj", "nsubjpass")
                and (c.lower_ in SYSTEMS or c.lemma_.lower() in SYSTEMS)
                and c.tag_ != "PRP"  # (r10) "the ones attacking it": the pronoun, not "IT"
                for c in tok.children
            ):
                kind = "cyberattack"
            self.threat(ctx, f, tok, kind)
        elif (
            tok.pos_ == "VERB"
            and lem in INTRUDING
            and any(
                c.dep_ in ("dobj", "nsubjpass")
                and c.tag_ != "PRP"
                and (c.lower_ in SYSTEMS or c.lemma_.lower() in SYSTEMS)
                and not any(g.lower_ in ("his", "her", "my", "your") for g in c.children)  # someone's own account
                for c in tok.children
            )
        ):  # (r10) "whose systems were compromised in 2023", "hackers accessed its network"
            self.threat(ctx, f, tok, "cyberattack")
        elif on_systems(tok):  # "a targeted attack on its information systems"
            self.threat(ctx, f, tok, "cyberattack")
        elif tok.pos_ == "VERB" and lem in DECLARED_WANTED and any(
            c.lower_ == "wanted" and c.dep_ in ("xcomp", "oprd", "acomp", "ccomp", "advcl") for c in tok.children
        ):  # "Judge Aitala was declared wanted by Russia", "Moscow declared the Prosecutor wanted"
            self.threat(ctx, f, tok, "criminal_proceedings")
        elif key is not None:
            self.threat(ctx, f, tok, t["nouns"][key])
        elif lem == "warrant" and tok.pos_ == "NOUN" and (ordered := state_warrants(ctx, f, tok)) is not None:
            # (r10) "Since Moscow issued warrants for three of its judges": a state's warrants for the Court's officials
            roles = {"perpetrator": ordered[0], "target": ordered[1]}
            self.emit(ctx, f, "threat", roles, {"kind": "criminal_proceedings"}, 0.7, anchor=tok)
        elif lem == "arrest" and tok.pos_ == "NOUN" and (ordered := state_court_orders(ctx, f, tok)) is not None:
            # (r10) "a Moscow court ordered the arrest of Judge X"
            roles = {"perpetrator": ordered[0], "target": ordered[1]}
            self.emit(ctx, f, "threat", roles, {"kind": "criminal_proceedings"}, 0.7, anchor=tok)
        else:
            return False
        return True

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        s, c = self.lex["sanction"], self.lex["condemnation"]
        self.criticism(ctx, f)
        by_order = self.sanction_by_order(ctx, f)
        # quoted words are titles ("Protecting the Court") or someone's words: no sanction or threat is
        # told there, but a quoted speaker's "we deplore" is their condemnation
        quoted = quoted_tokens(f)
        speaking = bool(ctx.notes.get("events.speaker", {}).get(f.sent.start))
        condemning: list[Token] = []
        # "Explainer: What are US sanctions on the Court?": a question tells no sanction
        asking = f.text.rstrip().endswith("?") and any(t.tag_ in ("WP", "WRB", "WDT") for t in f.tokens[:6])
        self.future_act(ctx, f)  # "Washington will take further steps against the Court" (quoted words too)
        for tok in f.having(pressure_words()):  # (speed) every test below reads one of those lists
            lem = tok.lemma_.lower()
            if tok.i in quoted:
                if (speaking or quoted_verb(tok, quoted)) and self.condemning(tok, lem, c):
                    condemning.append(tok)
                continue
            if by_order and lem == "impose":
                continue
            if not by_order and not asking and sanction_trigger(ctx, f, tok, lem, s["verbs"]):
                self.sanction(ctx, f, tok)
            if self.threat_word(ctx, f, tok, lem):
                pass
            elif measures_against(ctx, f, tok, lem):
                self.threat(ctx, f, tok, "other")
            elif tok.pos_ == "VERB" and lem in PRESSING:
                self.pressed_to_drop(ctx, f, tok)
            if self.condemning(tok, lem, c):
                condemning.append(tok)
            if tok.pos_ == "VERB" and tok.i not in quoted and (
                lem == "warn"
                or (lem in WRITING and YOU_THREAT.search(f.lower))
                or (lem in TELLING and told_threat(tok))
            ):  # "warned the Court of consequences", "told the Prosecutor: 'Target Israel and we will target you'"
                self.warning(ctx, f, tok)
        self.threat_phrases(ctx, f)
        self.armed_threat(ctx, f)
        self.listed_too(ctx, f)
        self.followed_alone(ctx, f)
        self.criminalised(ctx, f)
        self.case_concerns(ctx, f)
        for tok in condemning:  # after the sentence's own sanctions and threats: their actors are the targets
            self.condemnation(ctx, f, tok)


@lru_cache(maxsize=1)
def threat_words() -> frozenset[str]:
    """Every word ``Pressure.threat_word`` can fire on, as lemma or lower-case form: the lists its tests
    read (a new test reading another list adds that list here)."""
    verbs = lexicon()["threat"]["verbs"]
    return frozenset().union(verbs, INTRUDING, INCIDENTS, DECLARED_WANTED, key_words(), ("warrant", "arrest"))


@lru_cache(maxsize=1)
def pressure_words() -> frozenset[str]:
    """Every word a test of ``Pressure.sentence``'s loop over tokens can fire on (sanction, threat and
    condemnation triggers, "measures against", "pressed to drop", "warned"), as lemma or lower-case form:
    a token outside them is passed over (a new test in that loop adds its words here)."""
    from .condemn_acts import condemning_words

    verbs = lexicon()["condemnation"]["verbs"]
    return frozenset().union(
        lexicon()["sanction"]["verbs"], TRIGGER_WORDS, threat_words(), MEASURES, PRESSING, WRITING, TELLING, ("warn",),
        condemning_words(), (v + "s" for v in verbs),  # an operative "Condemns", its last letter off
    )  # fmt: skip

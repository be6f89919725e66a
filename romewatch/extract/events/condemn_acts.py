"""Condemned acts: the author of an act a condemnation names ("concern at the designation by X",
"regretted the decision" after "Hungary announced its withdrawal": the act told last before), and an act
called bad ("The decision of the United States ... is an assault on ..."). A mixin of the ``Pressure``
component, through ``Condemnations``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .acts import act_actor, is_act
from .base import Finder, lexicon, uniq
from .condemn_cues import REFUSING, operative_verb, refused
from .pressure_aims import (
    ACT_PRONOUNS,
    BAD_WORDS,
    CALLED,
    CONCERN_PREPS,
    COPULAS,
    GENERIC_ACTS,
    SANCTION_ACTS,
    SAYING,
    THREAT_ACTS,
    CondemnAims,
)
from .pressure_args import TARGETS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


TOLD_ACTS = frozenset({"decision", "announcement", "withdrawal", "move", "step", "visit", "notification", "action"})
TOLD_ROLES = {
    "membership_change": "state", "fugitive_visit": "host", "sanction": "imposer", "threat": "perpetrator",
    "arrest_warrant": "issuer",  # r12 voice: "The Court issued warrants for A and B. C described the decision as ..."
}  # fmt: skip
# r7 voice: "Hungary said it would withdraw ... She was concerned by the announcement": an announced leaving
LEAVING_ACTION = re.compile(r"^(?:withdraw|leave|quit|exit|pull out|initiate the withdrawal)\b")


# the act a noun can sum up, when it can only sum up some: "deplored the visit" is the trip told last, not
# the warrant told after it
NOUN_ACTS = {"visit": ("fugitive_visit",), "withdrawal": ("membership_change", "commitment")}


def told_before(events: list, at: int, noun: str = "") -> list[str]:
    """The actor of the act (sanction, threat, withdrawal, visit) told last in the 2,500 characters before
    ``at``; of the kinds the summing-up ``noun`` can name, when it names only some (``NOUN_ACTS``)."""
    kinds = NOUN_ACTS.get(noun)
    for e in sorted((e for e in events if e.evidence), key=lambda e: e.evidence[0][0], reverse=True):
        if e.evidence[0][0] >= at or kinds is not None and e.type not in kinds:
            continue
        if e.evidence[0][0] < at - 2500:  # r7 voice: a news report tells the act at the top (was 1200)
            break
        who = e.roles.get(TOLD_ROLES.get(e.type, ""), [])
        if e.type == "commitment" and LEAVING_ACTION.search(str(e.attributes.get("action", ""))):
            who = e.roles.get("agent", [])  # "Hungary said it would withdraw ... concerned by the announcement"
        if e.type == "arrest_warrant" and who:  # a Chamber's or the judges' warrant is the Court's act
            if e.attributes.get("status") not in ("issued", None):
                continue  # requested, executed: the decision condemned is not the prosecutor's or the police's
            who = uniq("court:icc" if w.startswith("court:") else w for w in who)
        if who:
            return list(who)
    return []


# r10 voice: verbs that call their object something, and nouns that sum up an act told before them
CALLING = frozenset({"call", "describe", "brand", "label", "term", "deem", "dub", "denounce", "condemn", "decry", "slam", "criticise", "criticize", "reject"})
SUMMARY_ACTS = frozenset({"move", "step", "decision", "measure", "action", "act", "gesture", "development", "manoeuvre", "maneuver", "ploy"})
ACTS_AS_BAD = frozenset({"attack", "threat"})  # "Attacks on the Court are attacks on the victims"

# r9 voice: verbs of judging whose object is called bad: "considers the sanctions unjustified", "finds the
# threats deeply troubling", "regards the move as unlawful", "views the designations as an attack on ..."
JUDGING = frozenset({"consider", "find", "regard", "view", "see", "characterise", "characterize", "qualify"})
# r9 voice: phrasal condemnations, verb -> the particle, noun or preposition that makes it one:
# "hit out at", "lashed out at", "railed against", "spoke out against", "pushed back against",
# "took (strong) exception to", "took issue with", "disagrees with", "protested to Washington over"
PHRASAL = {
    "hit": ("out",), "lash": ("out",), "speak": ("out",), "push": ("back",), "rail": ("against",),
    "take": ("exception", "issue"), "disagree": ("with",), "inveigh": ("against",), "fulminate": ("against",),
}  # fmt: skip


# r11 voice: verbs whose object is called something in a quotation at the end ("called X 'null and void'")
CALLED_QUOTED = frozenset({"call", "brand", "label", "term", "dub", "deem", "describe"})
QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})

PROMISING = frozenset({"commit", "pledge", "promise", "vow", "undertake", "intend", "plan", "resolve"})
PROMISED_STATE = frozenset({"ready", "willing", "prepared", "committed", "determined", "resolved"})


def promised(tok: Token) -> bool:
    """Is ``tok`` inside what someone promises, not what is done (r10 voice)? "we commit to raising these concerns",
    "pledged to voice its concern", "said it was ready to co-sponsor a resolution condemning ...", "said it would
    table a text deploring ...": the promise is read as a commitment."""
    if tok.pos_ == "VERB" and tok.lemma_ in ("say", "state", "add", "declare", "tell", "announce", "insist"):
        cc = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if cc is None:
            return False
        if any(c.dep_ == "acomp" and c.lower_ in PROMISED_STATE for c in cc.children):
            return True  # "said it was ready to V"
        return cc.pos_ == "VERB" and cc.lemma_ != "be" and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in cc.children)
    v = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    for _ in range(3):
        if v.dep_ in ("pcomp", "xcomp") or v.dep_ == "dobj" and v.pos_ == "NOUN":
            up = v.head.head if v.dep_ == "pcomp" else v.head
            if up.lemma_ in PROMISING or up.lower_ in PROMISED_STATE:
                return True
            v = up
        else:
            break
    return False


def phrasal_condemning(tok: Token) -> bool:
    """ "South Africa hit out at Israel's attacks", "took exception to the designation": a condemnation told
    by a verb and its particle, noun or preposition (r9 voice)."""
    need = PHRASAL.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
    if not need:
        return False
    if tok.lemma_.lower() == "speak" and not any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return False  # "spoke out in support of": support, not condemnation
    return any(c.lower_ in need and c.dep_ in ("prt", "dobj", "prep", "advmod") for c in tok.children)


def light_object(tok: Token, obj: Token | None) -> Token | None:
    """ "took exception to X", "took issue with X": the noun is part of the verb; the condemned is the
    preposition's object (r9 voice)."""
    if obj is None or tok.lemma_.lower() != "take" or obj.lower_ not in ("exception", "issue"):
        return obj
    for p in (*obj.children, *tok.children):
        if p.dep_ == "prep" and p.lower_ in ("to", "with"):
            got = next((g for g in p.children if g.dep_ == "pobj"), None)
            if got is not None:
                return got
    return None


def felt_reported(tok: Token) -> bool:
    """ "Britain said it was 'deeply disappointed' by ...": a feeling adjective the parser hangs as the
    saying verb's clause (ccomp) with its own subject (r9 voice)."""
    return tok.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and any(
        c.dep_ in ("auxpass", "aux", "cop") or c.lemma_ == "be" for c in tok.children
    )


class CondemnActs(CondemnAims):
    """The acts a condemnation names and their authors (mixin of ``Condemnations``)."""

    def act_aimed_at(self, ctx: DocContext, f: Finder, tok: Token, gov: Token | None, agent: list[str]) -> list[str]:
        """ "concern at the designation by X of four judges", "alarmed by the sanctions on the Court": when
        the phrase names an act, the one aimed at is the act's author, not those named inside it."""
        preps = [c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in CONCERN_PREPS]
        if gov is not None and tok.dep_ == "dobj":
            preps += [c for c in gov.children if c.dep_ == "prep" and c.lower_ in CONCERN_PREPS]
        acts = [
            g
            for p in preps
            for g in p.children
            if g.dep_ == "pobj" and g.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS
        ]
        return uniq(t for g in acts for t in self.aimed_at(ctx, f, g, agent))

    def aimed_at(self, ctx: DocContext, f: Finder, np: Token, agent: list[str]) -> list[str]:
        """Not those the act falls on: "deplores the move to put sanctions on a pair of ICC judges" is
        aimed at whoever imposed them (the sanction told, if any), not at the Court (r11 voice)."""
        if np.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS:
            # r12 voice: "condemned the US sanctions on two judges", "the American designations of officials of
            # the Court", "the Russian warrants": the State the adjective or the compound names, not the victims
            named = [
                i for c in np.children if c.dep_ in ("compound", "amod") and c.i < np.i
                for i in f.resolve(c, frozenset({"state"})) if i not in agent
            ]  # fmt: skip
            if named:
                return uniq(named)
        got = super().aimed_at(ctx, f, np, agent)
        described = {  # r12 voice: "denounced the decision as a test of Canada's friendship": not Canada
            m.entity_id for c in np.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree
            if (m := f.idx.mention(t)) is not None
        }  # fmt: skip
        if described and got:
            inside = {m.entity_id for t in np.subtree if (m := f.idx.mention(t)) is not None and not any(
                a.dep_ == "prep" and a.lower_ == "as" and a.head.i == np.i for a in t.ancestors)}  # fmt: skip
            got = [g for g in got if g not in described or g in inside]
        victims = self._victims(f, np)
        if not got or not victims or not set(got) <= victims:
            return got
        acts = [
            g
            for c in np.children
            if c.dep_ in ("acl", "relcl")
            for g in c.children
            if g.dep_ == "dobj" and g.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS
        ]
        return uniq(t for g in acts for t in self.act_owner(ctx, f, g) if t not in agent and t not in victims)

    @staticmethod
    def _victims(f: Finder, np: Token) -> set[str]:
        """Those an act told in a clause on ``np`` falls on: "the decision to impose sanctions on X", "the move
        to prosecute X"."""
        out: set[str] = set()
        for c in np.children:
            if c.dep_ not in ("acl", "relcl") or c.pos_ != "VERB":
                continue
            for t in c.subtree:
                if t.i == c.i or (m := f.idx.mention(t)) is None:
                    continue
                up = t
                while up.i != c.i and not (
                    up.dep_ == "prep" and up.lower_ in ("on", "upon", "against")
                    or up.dep_ == "dobj" and up.head.i == c.i and up.lemma_.lower() not in SANCTION_ACTS | THREAT_ACTS
                ):
                    up = up.head
                if up.i != c.i:
                    out.add(m.entity_id)
        if any(v.startswith("court:") for v in out):
            out.add("court:icc")  # "judges of the ICC": the Court they serve is struck too
        return out

    def act_owner(self, ctx: DocContext, f: Finder, obj: Token) -> list[str]:
        """Also "regretted the decision / the move / it" after "Hungary announced its withdrawal", "deplored
        the visit" after "Putin visited Mongolia": the state whose act the text has just told."""
        got = super().act_owner(ctx, f, obj)
        if got or obj.lower_ not in ACT_PRONOUNS and obj.lemma_.lower() not in TOLD_ACTS:
            return got
        if any(c.dep_ in ("prep", "acl", "relcl", "poss") and c.lower_ != "as" for c in obj.children):
            return []  # "the decision of the Chamber", "the decision to ...": named there, if anywhere
            # (r12 voice: not "described the decision as a disgrace": the description the parser hangs on it)
        got = told_before(ctx.events, f.sent.start_char, obj.lemma_.lower())
        if not got:  # a withdrawal or a visit is read later (Membership, Justice): ``CondemnedActs`` looks again
            ctx.notes.setdefault("events.condemned_acts", {})[f.sent.start_char] = obj.lemma_.lower()
        return got

    def called_bad(self, tok: Token) -> bool:
        """Also "called the Court's decisions to issue a warrant 'null and void'": the quoted verdict closing the
        sentence, which the parser hangs on a noun inside the object (r11 voice)."""
        if super().called_bad(tok):
            return True
        if tok.lemma_ not in CALLED_QUOTED or not any(c.dep_ == "dobj" for c in tok.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in tok.children):
            return False  # "called on States to ...": a demand
        tail = [t for t in tok.sent[-12:] if t.i > tok.i and not t.is_space]
        while tail and tail[-1].is_punct and tail[-1].text not in QUOTES:
            tail.pop()  # the full stop after the closing quote
        if tail and tail[-1].pos_ == "ADJ" and tail[-1].dep_ in ("amod", "conj", "oprd", "advmod", "appos", "advcl"):
            return tail[-1].lemma_.lower() in self.bad_words()  # "branded the warrant for the Prime Minister outrageous"
        if not tail or tail[-1].text not in QUOTES:
            return False
        opening = next((k for k in range(len(tail) - 2, -1, -1) if tail[k].text in QUOTES), None)
        quoted = tail[opening + 1 : -1] if opening is not None else []
        return 0 < len(quoted) <= 6 and bool({t.lemma_.lower() for t in quoted} & self.bad_words())

    def condemning(self, tok: Token, lem: str, c: dict) -> bool:
        low = tok.lower_
        words = condemning_words()
        if lem not in words and low not in words and low[:-1] not in words:
            return False  # (speed) no test below can hold of a word outside every lexicon they read
        if promised(tok):
            return False  # r10 voice: "ready to co-sponsor a resolution condemning ...", "commit to raising concerns"
        act = self._act_called_bad(tok)
        return (
            super().condemning(tok, lem, c)
            or phrasal_condemning(tok)
            or tok.pos_ == "VERB" and lem in JUDGING and self.called_bad(tok)
            or tok.pos_ == "ADJ" and lem in c["adjectives"] and felt_reported(tok)
            or act is not None and act.head.dep_ == "ROOT"
            or refused(tok)
            or tok.pos_ != "VERB" and operative_verb(tok) and tok.lower_[:-1] in c["verbs"]
            or self.relative_called_bad(tok, lem)
        )

    def relative_called_bad(self, tok: Token, lem: str) -> bool:
        """ "warrants, which the EU described as unacceptable", "a decision that Senegal called deeply
        regrettable": a relative clause in which someone calls its antecedent bad (r10 voice; "what it called X"
        stays the speaker's quotation)."""
        if tok.pos_ != "VERB" or tok.dep_ != "relcl" or lem not in CALLING | JUDGING:
            return False
        if not any(c.dep_ == "dobj" and c.tag_ == "WDT" and c.lower_ in ("which", "that") for c in tok.children):
            return False
        if not any(c.dep_ == "nsubj" for c in tok.children):
            return False
        bad = (self.bad_words() | ACTS_AS_BAD) - {"attempt"}  # "described as an attempt at espionage": told, not judged
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                c = next((g for g in c.children if g.dep_ in ("pobj", "amod", "acomp")), c)
            elif c.dep_ not in ("oprd", "xcomp", "acomp"):
                continue
            # the word itself and its modifiers, not a clause inside it ("an act of espionage aimed at undermining")
            words = [c, *(g for g in c.children if g.dep_ in ("amod", "compound", "conj", "advmod", "acl"))]
            if {t.lemma_.lower() for t in words} & bad:
                return True
        return False

    def clause_act_doer(self, ctx: DocContext, f: Finder, tok: Token, agent: list[str]) -> list[str]:
        """The doer of an act a summary noun stands for (r10 voice): "Hungary's decision to leave, a move Amnesty
        called a betrayal" (the apposed act), "The Philippines withdrew in 2019, a step HRW condemned as ...",
        "Russia issued warrants, which the EU described as unacceptable" (the main clause's subject)."""
        if tok.pos_ != "VERB":
            return []
        if tok.dep_ == "relcl":
            noun = tok.head
            rel = any(c.tag_ == "WDT" and c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
            if noun.lemma_.lower() in SUMMARY_ACTS and noun.dep_ == "appos":
                apposed = noun.head
                if is_act(apposed) or apposed.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS | TOLD_ACTS:
                    return [t for t in self.aimed_at(ctx, f, apposed, agent) if t not in agent]
            elif not (rel and (
                noun.pos_ == "PROPN"
                or noun.lemma_.lower() in SUMMARY_ACTS
                or any(f.idx.kind(i) == "person" or i == "court:judges" for i in f.resolve(noun))  # "which" is no one
            )):
                return []
        elif tok.dep_ == "conj":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or not any(t.lemma_.lower() in SUMMARY_ACTS and t.i < subj.i for t in subj.subtree):
                return []  # only "..., a step X condemned as ...": the summary noun before the condemner
        else:
            return []
        main = tok.sent.root
        if main.pos_ not in ("VERB", "AUX") or main.lemma_ in CALLING | JUDGING:
            return []
        subj = next((c for c in main.children if c.dep_ in ("nsubj",)), None)
        if subj is None or subj.i > tok.i:
            return []
        return [t for t in f.resolve(subj, TARGETS) if t not in agent]

    def _act_called_bad(self, tok: Token) -> Token | None:
        """The shape of "ACT is/constitutes an assault on ...": a bad word after a copula whose subject is an act."""
        if tok.pos_ != "NOUN" or tok.dep_ not in ("attr", "dobj") or tok.lemma_.lower() not in self.bad_words() | ACTS_AS_BAD:
            return None
        cop = tok.head
        if cop.lemma_ not in COPULAS or cop.dep_ not in ("ROOT", "conj"):
            return None
        subj = next((g for g in cop.children if g.dep_ == "nsubj"), None)
        if subj is None or not (is_act(subj) or subj.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS):
            return None
        return subj

    def owned_act_described_bad(self, f: Finder, tok: Token) -> Token | None:
        """ "The decision of the United States to designate four judges is an assault on ...", "Washington's
        sanctions constitute an attack on ...": an act whose author the subject names is called bad by the
        one speaking. Returns the subject (the act); None when the subject names no author."""
        subj = self._act_called_bad(tok)
        if subj is None or subj.head.dep_ != "ROOT" or not f.ctx.notes.get("events.doc_voice"):
            return None  # only the document's own words, not "experts noted that the case was an attempt"
        if subj.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS and not f.speakers_for(subj.head):
            return subj  # "Attacks on the Court are attacks on the victims": the voice condemns them, whoever made them
        return subj if act_actor(f, subj) else None


@lru_cache(maxsize=1)
def condemning_words() -> frozenset[str]:
    """Every word ``condemning`` can fire on, as lemma or lower-case form (lower-case form less its last
    letter for an operative "Condemns"): the lexicons and word lists its tests read. A word outside them is
    no condemnation, whatever its neighbours; a new test reading another list adds that list here."""
    c = lexicon()["condemnation"]
    return frozenset().union(
        CALLED, SAYING, c["verbs"], c["nouns"], c["adjectives"], BAD_WORDS, c.get("bad_words", []),
        ACTS_AS_BAD, PHRASAL, JUDGING, REFUSING, CALLING,
    )  # fmt: skip

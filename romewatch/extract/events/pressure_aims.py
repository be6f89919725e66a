"""What a condemnation is aimed at: the words that make a description a condemnation ("unlawful",
"a travesty"), and the actor behind a condemned act ("the sanctions imposed by X", "these measures",
"its withdrawal"). A mixin of the ``Pressure`` component, through ``Condemnations``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .acts import act_actor, is_act
from .base import Finder
from .pressure_args import TARGETS, capital_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

BAD_WORDS = frozenset({
    "outrageous", "unacceptable", "unlawful", "illegal", "illegitimate", "political", "politicised", "politicized",
    "null", "void", "biased", "shameful", "disgraceful", "absurd", "baseless", "scandalous", "travesty", "slap",
    "irresponsible", "regrettable", "deplorable", "attack", "puppet", "kangaroo", "farce",
})  # fmt: skip
SAYING = frozenset({"say", "state", "add", "declare", "tell", "write", "post", "tweet", "argue", "insist", "warn"})
CALLED = frozenset({"call", "brand", "label", "describe", "deem", "term", "dismiss"})  # "called the warrants outrageous"
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "constitute", "amount", "represent"})
JUDICIAL_ORGANS = ("court:pre-trial", "court:trial", "court:appeals", "court:chambers", "court:judges")
IMPOSING = frozenset({"slap", "levy", "announce", "place", "put", "introduce", "reimpose", "extend", "expand"})
ACT_PRONOUNS = frozenset({"it", "them", "this", "these", "those", "they"})
SANCTION_ACTS = frozenset({"sanction", "designation", "listing", "order", "ban", "freeze", "penalty", "blacklisting"})
THREAT_ACTS = frozenset({
    "threat", "attack", "intimidation", "campaign", "proceeding", "proceedings", "case", "reprisal", "harassment",
    "surveillance", "prosecution", "warning", "pressure",
})  # fmt: skip
GENERIC_ACTS = frozenset({"measure", "move", "step", "action", "act", "attempt", "effort", "interference"})
ASKED = frozenset({"should", "must", "ought", "shall", "could", "might"})
REJECTING_NOUNS = frozenset({"rejection", "condemnation", "criticism", "opposition", "denunciation", "repudiation"})
CONCERN_PREPS = frozenset({"at", "about", "over", "regarding", "concerning", "with", "by", "towards", "on"})
CONCERN_VERBS = frozenset(
    {"express", "voice", "raise", "highlight", "reiterate", "share", "note", "register", "convey", "wish", "have"}
)


def tok_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def last_condemned(ctx: DocContext, start: int, at: int) -> list[str]:
    """The target of the condemnation told last before ``at``, in this sentence or the 600 characters before."""
    for e in reversed(ctx.events):
        if e.type == "condemnation" and e.evidence and start - 600 <= e.evidence[0][0] < at and e.roles.get("target"):
            return list(e.roles["target"])
    return []


class CondemnAims:
    """The targets of `condemnation` events (mixin)."""

    def bad_words(self) -> frozenset[str]:
        """Words that make a description a condemnation ("unlawful", "a travesty", "an assault on")."""
        return BAD_WORDS | frozenset(self.lex["condemnation"].get("bad_words", []))

    def called_bad(self, tok: Token) -> bool:
        """ "called the warrants outrageous", "branded the Court a political tool", "rejected them as biased"."""
        bad = self.bad_words()
        if any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") or c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")
            for c in tok.children
        ):
            return False  # "called on States to ...": a demand; "what it called X", "that it described as X": relative
        for c in tok.children:
            if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "dobj", "attr") or c.dep_ == "prep" and c.lower_ == "as":
                words = {t.lemma_.lower() for t in c.subtree}
                if words & bad:
                    return True
        return False

    def condemning(self, tok: Token, lem: str, c: dict) -> bool:
        """Is ``tok`` a condemnation trigger ("condemned", "concern", "unacceptable", "called X a farce")?"""
        return bool(
            tok.pos_ == "VERB"
            and lem in CALLED
            and self.called_bad(tok)
            or (tok.pos_ == "VERB" and lem in SAYING and self.said_bad(tok))
            or (tok.pos_ == "VERB" and lem in c["verbs"] and lem != "attack")
            or (tok.pos_ == "NOUN" and lem in c["nouns"])
            or (tok.pos_ == "ADJ" and lem in c["adjectives"] and tok.dep_ == "acomp")
            or self.felt(tok, c)
            or self.described_bad(tok, lem, c) is not None
        )

    def described_bad(self, tok: Token, lem: str, c: dict) -> Token | None:
        """ "These measures are unacceptable attempts to ...", "Such threats constitute an assault on ...":
        an act named by the subject is described as bad. Returns the subject (the act)."""
        if tok.pos_ not in ("NOUN", "ADJ") or tok.dep_ not in ("attr", "dobj", "amod"):
            return None
        noun = tok.head if tok.dep_ == "amod" else tok
        if tok.dep_ == "amod" and lem not in c["adjectives"] or tok.dep_ != "amod" and lem not in self.bad_words():
            return None
        cop = noun.head
        if noun.dep_ not in ("attr", "dobj") or cop.lemma_ not in COPULAS or cop.dep_ not in ("ROOT", "conj"):
            return None
        subj = next((g for g in cop.children if g.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS:
            return None
        if not any(g.dep_ in ("det", "amod", "predet") and g.lower_ in ("these", "this", "such", "those", "that") for g in subj.children):
            return None  # the act was just told ("These measures ..."), not a new one ("the case was an attempt")
        return subj

    @staticmethod
    def praised_for(f: Finder, tok: Token) -> list[str]:
        """ "commended the EU and Slovenia for rejecting the sanctions": the EU and Slovenia reject them."""
        if tok.dep_ != "pcomp" or tok.head.lower_ != "for" or tok.head.head.pos_ != "VERB":
            return []
        return [i for c in tok.head.head.children if c.dep_ == "dobj" for i in f.resolve(c)]

    @staticmethod
    def felt(tok: Token, c: dict) -> bool:
        """A feeling told as a passive participle: "we are deeply concerned by", "she was alarmed at"."""
        return (
            tok.tag_ == "VBN"
            and tok.lower_ in c["adjectives"]
            and (
                any(a.dep_ == "auxpass" or a.lemma_ in ("be", "remain", "feel") for a in tok.children)
                or tok.dep_ == "acomp" and tok.head.lemma_ in ("be", "remain", "feel", "seem")  # r9: "We are appalled that"
            )
        )

    def said_bad(self, tok: Token) -> bool:
        """ "X said the visit was a slap in the face", "said the sanctions were unlawful", "told reporters
        the court had become a political court", "said the measures constituted an assault on ..."."""
        bad = self.bad_words()
        for c in tok.children:
            if c.dep_ == "ccomp" and c.lemma_ in COPULAS and any(g.dep_ in ("nsubj",) for g in c.children):
                pred = [g for g in c.children if g.dep_ in ("attr", "acomp", "dobj", "oprd", "xcomp")]
                if any(t.lemma_.lower() in bad or t.lower_ in bad for p in pred for t in p.subtree):
                    return True
        return False

    @staticmethod
    def actor_in(f: Finder, head: Token, agent: list[str]) -> list[str]:
        """The actor behind an act named by a phrase ("the measures announced by X against Y" -> X)."""
        skip: set[int] = set()
        for t in head.subtree:
            if (
                t.dep_ == "prep"
                and t.lower_ in ("against", "on", "at", "to", "targeting", "towards", "for", "of")
                and t.i > head.i
            ):
                if t.lower_ == "of" and not any(g.lemma_ in ("court", "prosecutor", "judge") for g in t.children):
                    continue
                skip.update(x.i for x in t.subtree)
        for t in head.subtree:
            if t.i in skip or t.i <= head.i - 6:
                continue
            m = f.idx.mention(t)
            if (
                m is not None
                and f.idx.kind(m.entity_id) in TARGETS
                and m.entity_id not in agent
                and f.idx.kind(m.entity_id) != "court"
            ):
                return [m.entity_id]
        return []

    def act_owner(self, ctx: DocContext, f: Finder, obj: Token) -> list[str]:
        """Whose act is condemned when the text names only the act: "deplores the measures",
        "rejects them", "concern at the sanctions": the phrase's own actor ("the order issued by X"),
        else the imposer or perpetrator of the sanction or threat the text has just told."""
        lem = obj.lemma_.lower()
        if obj.lower_ not in ACT_PRONOUNS and lem not in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS:
            return []
        if obj.lower_ not in ACT_PRONOUNS:
            own = [
                i
                for t in obj.subtree
                if t.i > obj.i and t.dep_ in ("pobj", "agent") and t.head.lower_ == "by"
                for i in f.resolve(t, TARGETS)
            ] or [i for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" for i in f.resolve(c, TARGETS)]
            if own:
                return own
            for c in obj.children:  # "the sanctions imposed by X", "the order issued by X"
                if c.dep_ in ("acl", "relcl"):
                    got = f.prep_objects(c, ("by",), TARGETS)
                    if got:
                        return got
        types = (
            ("sanction",)
            if lem in SANCTION_ACTS
            else ("threat",) if lem in THREAT_ACTS else ("sanction", "threat")
        )
        for e in reversed(ctx.events):
            # a news report tells the sanction once, at the top; a threat is what was just told
            if e.evidence[0][0] < f.sent.start_char - 4000:
                break
            if e.type in types and (e.type == "sanction" or e.evidence[0][0] >= f.sent.start_char - 1500):
                who = e.roles.get("imposer") or e.roles.get("perpetrator") or []
                states = [i for i in who if f.idx.kind(i) == "state"]
                if who:
                    return states or who[:1]
        return []

    def aimed_at(self, ctx: DocContext, f: Finder, np: Token, agent: list[str]) -> list[str]:
        """Who a condemned phrase is aimed at: the actor it names ("condemned Russia"), else the actor
        behind the act it names ("the US decision", "the sanctions imposed by X", "its withdrawal"),
        else the actor of the sanction or threat just told ("the measures")."""
        if np.lower_ in ("what", "which") and np.dep_ == "dobj":  # "denounced what it called X's campaign"
            named = next((c for c in np.head.children if c.dep_ == "ccomp"), None)
            np = next((g for g in named.children if g.dep_ in ("oprd", "dobj", "attr")), np) if named is not None else np
        own = self.act_owner(ctx, f, np) if np.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS else []
        if np.lower_ in ACT_PRONOUNS and np.dep_ in ("dobj", "pobj") and not own:
            # r9 voice: "Estonia viewed the warrants with alarm, while Lithuania described them as an attack":
            # "them" is what was just condemned, aimed at the same actor (not the nearest plural name)
            own = self.act_owner(ctx, f, np) or last_condemned(ctx, f.sent.start_char, tok_end(np))
        if own:
            return [t for t in own if t not in agent]
        got = [t for t in f.resolve(np, TARGETS) if t not in agent]
        if not got and np.pos_ == "PROPN":  # r9 voice: "protested to Washington", "denounced Moscow": the government
            got = [t for t in capital_state(f, np) if t not in agent]
        if not got and is_act(np):
            got = act_actor(f, np, agent)
        return got or self.act_owner(ctx, f, np) or self.actor_in(f, np, agent)

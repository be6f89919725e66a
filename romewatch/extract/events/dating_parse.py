"""Parse tests the dating of one event reads (see ``dating``): whether a date hangs on a reaction, a
participle, a noun the act is told through, an announcement or an instrument's making."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DateMention

from .dating_text import _ancestors, _is_verb


def _reaction(verb: Token) -> bool:
    """ "condemned", "welcomed", "urged", "voiced alarm at", "expressed support for": a reaction,
    told after what it reacts to."""
    verbs, nouns = _reaction_words()
    if verb.lemma_.lower() in verbs:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


_REACTION: dict[str, set[str]] = {}


def _reaction_words() -> tuple[set[str], set[str]]:
    if not _REACTION:
        from .index import lexicon

        lex = lexicon()
        for key in ("verbs", "nouns"):
            _REACTION[key] = {
                w.lower() for family in ("condemnation", "support", "demand") for w in lex.get(family, {}).get(key, [])
            }
    return _REACTION["verbs"], _REACTION["nouns"]


def _participle_of(doc: Any, d: DateMention, anchor: Token) -> bool:
    """ "Speaking to reporters on Wednesday, X said ...": a date of the participle leading the saying."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = next((t for t in _ancestors(span.root) if _is_verb(t)), None)
    return (
        verb is not None
        and verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and verb.head in [anchor, *_ancestors(anchor, 3)]
    )


_NOW_DATE = re.compile(r"(?i)\W*(?:today|this\s+(?:morning|afternoon|evening|week)|now|tonight)\b")


def _past_date_of_present_reaction(verb: Token, d: DateMention) -> bool:
    """ "We condemn the designation of four judges by X on 5 June": a reaction in the simple present
    is made as the text speaks, so a date it seems to govern (other than "today") is the act's."""
    if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not _NOW_DATE.match(d.text)


def _of_phrase(noun: Token, anchor: Token) -> bool:
    """Whether ``noun`` closes the trigger's own "of" phrase ("warrant of arrest", "notice of withdrawal")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == anchor.i and noun.pos_ == "NOUN"


def _occasion(noun: Token, anchor: Token) -> bool:
    """Whether ``noun`` is the occasion the trigger took place at ("adopted at the conference")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.i != anchor.i:
        return False
    if prep.lower_ in ("at", "during"):
        return True
    # "In a statement issued on Thursday, the Bureau rejected ...": the statement's day is the act's
    from .index import lexicon

    nouns = {*lexicon()["statement"]["nouns"], *VEHICLES}
    compound = " ".join([*(c.lower_ for c in noun.children if c.dep_ == "compound"), noun.lemma_.lower()])
    return prep.lower_ in ("in", "through", "via") and (noun.lemma_.lower() in nouns or compound in nouns)  # "press release"


#: (r11) what else a saying is told in ("In a short filing lodged on 4 May, the lawyers asked ...")
VEHICLES = frozenset(
    {"document", "filing", "submission", "brief", "note", "message", "notification", "video", "briefing", "op-ed", "article"}
)

#: verbs whose asking is the act of what is asked for ("requested warrants", "applied for a warrant")
ASKING = frozenset({"request", "seek", "apply", "ask", "file", "submit"})


def _asked_for(anchor: Token, verb: Token) -> bool:
    """ "The Prosecutor requested arrest warrants on 23 January", "applied on Thursday for a warrant":
    the request is the warrant's own act (status requested), not a reaction to it, so its day is the act's."""
    if verb.lemma_.lower() not in ASKING or anchor.pos_ not in ("NOUN", "PROPN"):
        return False
    if anchor.dep_ == "dobj" and anchor.head.i == verb.i:
        return True
    return anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and anchor.head.head.i == verb.i


def _hangs_on(root: Token, verb: Token, anchor: Token) -> bool:
    """Whether a date is the verb's own ("today denounced"), not a noun's on the way ("the order of
    6 February") nor one that follows the trigger ("on your election yesterday")."""
    if 0 <= root.i - anchor.i <= 1:
        return False
    for t in _ancestors(root):
        if t.i == verb.i:
            return True
        if t.pos_ in ("NOUN", "PROPN"):
            return False
    return False


def _participle(doc: Any, d: DateMention, anchor: Token) -> bool:
    """(r9) "We welcome the decision of Slovenia, announced last week, to host ...": a date of a bare past
    participle (a noun's reduced relative the parse hung on the verb) is not the day a present verb speaks."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = next((t for t in _ancestors(span.root) if _is_verb(t)), None)
    return verb is not None and verb.i != anchor.i and verb.dep_ in ("advcl", "acl") and _reduced_relative(verb)


def _through_noun(doc: Any, d: DateMention, anchor: Token) -> bool:
    """Whether a date reaches the trigger's clause through a noun ("welcome the statement of last
    week", "the decision of 6 May"): that noun's date."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    for t in _ancestors(span.root):
        if t.i == anchor.i or _is_verb(t):
            return False
        if t.pos_ in ("NOUN", "PROPN") and t not in span:
            return True
    return False


#: participles that tell when an act was made known, whatever noun the parse hangs them on
ANNOUNCED = frozenset({"announce", "publish", "disclose", "unveil", "confirm", "release", "publicize", "publicise"})


def _announced(verb: Token) -> bool:
    """ "the decision to impose sanctions on X, Special Rapporteur on ..., announced by Secretary Rubio on 9 July":
    the act's announcement, not the story of the noun the parse hung it on."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in ANNOUNCED
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _instrument_made(verb: Token, anchor: Token, anchor_up: list[Token]) -> bool:
    """(r9) "The order, signed on 6 February, authorises sanctions against the Court": a bare participle of the
    subject of a present-tense verb that tells what the act does is the act's making, not another story
    ("Putin, indicted in 2023, visited Mongolia" is past: the subject's own story)."""
    subj = verb.head
    if not _reduced_relative(verb) or subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    pred = subj.head
    return pred in [anchor, *anchor_up] and pred.tag_ in ("VBZ", "VBP")


def _reduced_relative(verb: Token) -> bool:
    """ "announced the designation of X, Special Rapporteur on the Palestinian territory occupied since 1967":
    a bare past participle the parse gave the trigger as its subject is another noun's reduced relative
    clause, not the trigger's predicate ("the withdrawal took effect on", "the designation was made on")."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)

"""Cues a reported-speech verb or a statement noun carries: not (yet) said ("has not issued", "may
ask"), a pledge or a condemnation told as plain reported words, "this statement", "any statement", the
subject a coordinated verb shares. A mixin of ``Statements``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .statement_speakers import ASKING, COPULAS, QUOTE_MARKS, SAYING_PLAIN, UNSAID, bad_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# what a body gives out as words (not a decision, judgment or order, whose reasons a Chamber "says")
RELEASES = frozenset({
    "statement", "release", "communiqué", "communique", "email", "e-mail", "post", "tweet", "interview", "briefing",
    "conference", "letter", "note", "message", "announcement", "notice", "remarks", "speech",
})  # fmt: skip


class StatementCues:
    """Static tests on a speech verb or statement noun (mixin of ``Statements``)."""

    @staticmethod
    def _shared_subject(v: Token) -> Token | None:
        """The subject a coordinated verb shares with the verb before it, when it has none of its own."""
        if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return None
        return next((c for c in v.head.children if c.dep_ == "nsubj"), None)

    @staticmethod
    def _pledging_words(v: Token) -> bool:
        """ "Ireland and Finland said they would fund two posts", "the Registrar told delegates his office
        would move the data": plain reported words that carry the speaker's own commitment (read by the
        commitment rules), not a statement of their own."""
        if v.lemma_ not in ("say", "tell", "add") or any(c.dep_ in ("prep", "advcl") for c in v.children):
            return False  # "said in Lima", "Speaking to reporters, X said": an occasion of its own
        if any(c.dep_ in ("dative", "dobj") and c.lemma_ in ("reporter", "journalist", "press") for c in v.children):
            return False
        told = [t for t in v.sent if t.lemma_ in ("statement", "letter", "communiqué", "release", "speech", "remarks")]
        if told or any(t.text in QUOTE_MARKS for t in v.sent):
            return False
        for c in v.children:
            if c.i > v.i and c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                pledged = any(g.dep_ == "aux" and g.lower_ in ("will", "would", "'ll") for g in c.children)
                speaker = next((g for g in v.children if g.dep_ == "nsubj"), None) or next(
                    (g for g in v.head.children if g.dep_ == "nsubj" and v.dep_ == "conj"), None
                )  # "X called the decision historic and said it would ...": X speaks in both
                person = speaker is not None and speaker.ent_type_ == "PERSON"
                own = subj is not None and (
                    subj.pos_ == "PRON" and subj.lower_ not in ("this", "that", "these", "those", *(("it",) if person else ()))
                    or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in subj.children)
                )  # "it" is an organisation speaking of itself, not what a person spoke of
                if pledged and own:
                    return True
        return False

    @staticmethod
    def _condemning_words(v: Token) -> bool:
        """ "said the measures were unlawful", "told reporters the court had become a political court":
        plain reported words whose clause describes something as bad (no statement noun, forum or audience)."""
        if v.lemma_ not in SAYING_PLAIN or any(c.dep_ in ("dative", "dobj") and c.lemma_ != "reporter" for c in v.children):
            return False
        if any(c.dep_ == "prep" for c in v.children):
            return False  # "said in a statement", "told the Assembly at ...": a statement of its own
        bad = bad_words()
        told = [t for t in v.sent if t.lemma_ in ("statement", "letter", "communiqué", "release", "speech", "remarks")]
        if told or any(t.text in QUOTE_MARKS for t in v.sent if t.i < v.i):
            return False  # "said in a statement that ...", '"This is retaliation," said X': a statement
        for c in v.children:
            if c.i < v.i:
                continue
            if c.dep_ == "ccomp" and c.lemma_ in COPULAS and any(g.dep_ == "nsubj" for g in c.children):
                pred = [g for g in c.children if g.dep_ in ("attr", "acomp", "oprd", "xcomp", "dobj")]
                if any(t.lemma_.lower() in bad or t.lower_ in bad for p in pred for t in p.subtree):
                    return True
        return False

    @staticmethod
    def _said_in_writing(v: Token) -> bool:
        """ "Pre-Trial Chamber I said in a press release that ...", "In a statement, Trial Chamber V said ...",
        "the Registry said in an email to Reuters": words given out as a release, not a ruling's reasons."""
        preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "through", "via")]
        return any(g.dep_ == "pobj" and g.lemma_.lower() in RELEASES for p in preps for g in p.children)

    @staticmethod
    def _unsaid(v: Token) -> bool:
        """A statement that was not made: negated ("did not address the plenary", "has not issued a
        statement", "never said"), or only asked for or possible ("request that Italy submit a report",
        "urge the Bureau to issue a statement", "the Assembly should publish a report")."""
        for _ in range(3):
            if any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children):
                return True
            if any(c.dep_ == "aux" and c.lower_ in UNSAID - {"will", "would"} for c in v.children):
                return True
            if v.dep_ in ("xcomp", "ccomp") and v.head.lemma_ in ASKING:
                return True
            if v.dep_ not in ("xcomp", "conj") or v.head is v:
                return False
            v = v.head
        return False

    @staticmethod
    def _this_one(tok: Token) -> bool:
        """ "this statement", "the present letter" told by its own writers ("I/we issue this statement",
        "this letter is sent on behalf of ...")."""
        if not any(c.dep_ == "det" and c.lower_ in ("this", "present") or c.lower_ == "present" for c in tok.children):
            return False
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ == "dobj" and tok.head.lemma_ in ("join", "sign", "co-sign", "cosign", "endorse", "support", "subscribe"):
            return True  # "The following States have joined this statement:": its signatories, not a new one
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return tok.dep_ == "dobj" and subj is not None and subj.lower_ in ("i", "we")

    @staticmethod
    def _generic(tok: Token) -> bool:
        return any(c.lower_ in ("no", "any", "every", "each") for c in tok.children)

"""Rolls of speakers: the way reports of a session list who spoke.

"Among the States that took the floor were A, B and C", "Among the remaining member States to speak
were A and B", "Speaking in the general debate were A, B and C", "The following delegations made
statements: A, B and C", "A, B and C took the floor in the afternoon". Each roll is one ``statement``
whose authors are the listed actors (one list fills one role), in the session the report is about.

Its own component, run after ``Voice``: a roll names speakers without any verb of saying, so the
statement rules never see it; ``Finalise`` merges a roll with a statement the voice rules also read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import EventComponent, Finder, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

# a cheap test before any token is looked at
_CUE = re.compile(r"\b(?:floor|spoke|speak|speaking|speakers?|statements?|interventions?|addressed)\b")
# those a roll is about: "the States that took the floor", "the remaining speakers"
SPEAKER_GROUPS = frozenset({
    "state", "delegation", "speaker", "country", "member", "observer", "organisation", "organization", "ngo",
    "government", "participant", "representative", "party", "those",
})  # fmt: skip
# what the group did, in the clause that describes it: "to speak", "that took the floor", "making statements"
SPEAKING = frozenset({"speak", "address", "intervene", "deliver", "make", "take", "present", "read"})
CLASSES = frozenset({"court:states-parties"})
NOBODY = frozenset({"neither", "nor", "no", "none", "nobody", "few"})
FORUMS = frozenset({"plenary", "assembly", "session", "debate", "meeting", "conference", "delegate", "council", "audience", "panel"})
SPOKEN = frozenset({"statement", "statements", "floor", "intervention", "interventions", "remark", "remarks", "address"})
# "Speaking in the general debate were ...", "Taking the floor were ...", "Also addressing the plenary were ..."
_INVERTED = re.compile(
    r"^\s*(?:also\s+|then\s+)?(?:speaking|taking\s+the\s+floor|addressing\s+the\s+\w+|making\s+statements)\b[^.;]*?\s(?:were|was)\s",
    re.IGNORECASE,
)
# "The following States took the floor: A, B and C"
_FOLLOWING = re.compile(r"\bthe\s+following\b[^:]{0,80}?\b(?:took\s+the\s+floor|spoke|made\s+statements|delivered\s+statements)\b[^:]*:", re.IGNORECASE)


def speaking_clause(v: Token) -> bool:
    """ "took the floor", "spoke", "made statements", "delivered interventions", "addressed the plenary"."""
    lemma = v.lemma_.lower()
    if lemma not in SPEAKING or v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in v.children):
        return False
    if lemma == "speak":  # not "spoke with the President" (a meeting)
        return not any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children)
    if lemma == "intervene":  # not an armed intervention
        return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and c.head is v for c in v.children) or v.dep_ != "ROOT"
    if lemma == "address":  # "addressed the plenary", not "address non-cooperation"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in FORUMS for c in v.children)
    return any(c.dep_ in ("dobj", "attr") and c.lower_ in SPOKEN for c in v.children)


class Rolls(EventComponent):
    """``statement`` events for rolls of speakers in session reports."""

    name = "events.rolls"
    version = "0.1.0"

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        if not _CUE.search(f.lower):
            return
        forum = self._forum(ctx, f)
        for who, anchor, how in self._rolls(f):
            # named speakers, not a class ("representatives of States Parties ... addressed the plenary")
            who = [i for i in who if f.idx.kind(i) in ("state", "organization", "igo", "person", "court") and i not in CLASSES]
            if who and not self._read_already(ctx, f, who):
                roles = {"author": who, "forum": forum}
                self.emit(ctx, f, "statement", roles, {"form": "oral"}, 0.6 if how == "verb" else 0.7, anchor=anchor)

    @staticmethod
    def _read_already(ctx: DocContext, f: Finder, who: list[str]) -> bool:
        """The voice rules read a statement of one of them in this sentence ("X delivered a statement on
        behalf of Y"): that reading, with its other roles, stands."""
        start, end = f.sent.start_char, f.sent.end_char
        return any(
            e.type == "statement" and any(start <= a < end for a, _ in e.evidence) and set(e.roles.get("author", [])) & set(who)
            for e in ctx.events
        )

    @staticmethod
    def _forum(ctx: DocContext, f: Finder) -> list[str]:
        here = [i for i in f.mentions() if f.idx.kind(i) == "session"]
        main = ctx.notes.get("events.main_session")
        return here[:1] or ([main] if main and ctx.notes.get("events.session_report") else [])

    def _rolls(self, f: Finder) -> list[tuple[list[str], Token, str]]:
        found: list[tuple[list[str], Token, str]] = []
        for tok in f.tokens:
            if tok.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ in ("among", "amongst") for c in tok.children):
                among = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("among", "amongst"))
                group = next((g for g in among.children if g.dep_ == "pobj"), None)
                if group is not None and self._speaking_group(group, among):
                    found.append((f.list_from(tok.i + 1), tok, "roll"))
            elif speaking_clause(tok) and tok.dep_ in ("ROOT", "conj") and not self._in_group(tok):
                subj = f.subject(tok)  # "A, B and C took the floor", not "Neither A nor B took the floor"
                subjects = [c for c in tok.children if c.dep_ == "nsubj"]
                nobody = any(t.lower_ in NOBODY for c in subjects for t in c.subtree)
                pronoun = any(c.pos_ == "PRON" for c in subjects)  # "we spoke at the panel": the voice rules' "we"
                of = next((p for c in subjects if self._group_word(c) for p in c.children if p.lower_ == "of"), None)
                subj = f.list_from(of.i + 1) if of is not None else subj  # "the observer States of A, B and C"
                if subj and not nobody and not pronoun:
                    found.append((subj, tok, "verb"))
        sent = f.sent.text
        inverted = _INVERTED.match(sent)
        if inverted and not found:
            start = f.token_at(f.sent.start_char + inverted.end())
            if start is not None:
                found.append((f.list_from(start.i), start, "roll"))
        following = _FOLLOWING.search(sent)
        if following and not found:
            start = f.token_at(f.sent.start_char + following.end())
            if start is not None:
                found.append((f.list_from(start.i), start, "roll"))
        return [(uniq(who), anchor, how) for who, anchor, how in found if who]

    @staticmethod
    def _group_word(tok: Token) -> str | None:
        """The group noun a roll is about ("States", "delegations", "speakers"), singular, or None."""
        lemma = tok.lemma_.lower()
        lemma = lemma if lemma in SPEAKER_GROUPS else lemma.removesuffix("s")
        return lemma if lemma in SPEAKER_GROUPS else None

    def _speaking_group(self, group: Token, among: Token) -> bool:
        """ "the States that took the floor", "member States to speak", "the speakers", "those speaking"."""
        lemma = self._group_word(group)
        if lemma is None:
            return False
        if lemma == "speaker":
            return True
        return any(speaking_clause(c) or c.lemma_.lower() in ("speak", "intervene") for c in among.subtree if c is not group)

    @staticmethod
    def _in_group(v: Token) -> bool:
        """The speaking verb describes a group noun ("the States that took the floor were"): the roll reads it."""
        return v.dep_ in ("relcl", "acl") or any(a.lower_ in ("among", "amongst") for a in v.ancestors)


COMPONENTS = [Rolls()]

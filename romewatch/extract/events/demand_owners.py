"""Whose calls, when the sentence does not say: the organisation whose recommendations the text sets
out ("X's five recommendations are:", "X publishes its recommendations", then "Recommendation 1: States
Parties should ..."); a wire lead's "A prominent rights group has urged ...", named in the sentences
after it; and "the member countries of the Court" asked, who are the States Parties, not the Court.
(r12 asp, from real NGO recommendation papers and wire stories)

A mixin of ``Demands``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

MEMBERS_OF_COURT = re.compile(
    r"\bmember(?:s|\s+states|\s+countries|\s+nations)\s+of\s+the\s+(?:International\s+Criminal\s+)?(?:Court|ICC)\b", re.IGNORECASE
)
ORG_DESCRIPTORS = frozenset({"watchdog", "group", "organisation", "organization", "ngo", "coalition", "charity", "monitor", "campaigner"})
# "X's initial five recommendations are", "X releases its recommendations to the session" (r12 asp)
OWNS_ASKS = re.compile(
    r"(?:['\u2019]s\s+|\s+(?:releases|released|publishes|published|issues|issued|makes|made|sets out|set out|presents|"
    r"presented|submits|submitted|shares|shared)\s+(?:its|their|the following|a set of|(?:a|the)\s+list\s+of)\s+)"
    r"(?:[\w\u2018\u2019'-]+\s+){0,4}?(?:recommendations|demands|calls|asks|proposals|requests)\b",
    re.IGNORECASE,
)


def _label_start(text: str, lo: int, hi: int) -> int:
    """Where the first "Recommendation N:" label of a sentence begins (the sentence's start: none)."""
    from .demand_generic import LABELLED

    m = LABELLED.search(text, lo, hi)
    return m.start() if m and m.start() > lo else lo


class DemandOwners:
    """Helpers of ``Demands`` for who asks and who is asked."""

    @staticmethod
    def _members_not_court(ctx: DocContext, f: Finder, addressee: list[str]) -> list[str]:
        """ "the member countries of the International Criminal Court": the States Parties, not the
        Court they are members of. (r12 asp)"""
        if "court:icc" not in addressee or not MEMBERS_OF_COURT.search(f.text):
            return addressee
        parties = "court:states-parties" if "court:states-parties" in ctx.entities else None
        return uniq([parties if a == "court:icc" else a for a in addressee if a != "court:icc" or parties])

    @staticmethod
    def _named_next(ctx: DocContext, f: Finder, v: Token) -> list[str]:
        """ "A leading rights group urged ...": an organisation told by what it is, with
        "a", named in the sentences after it (a wire story's lead). (r12 asp)"""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None and v.dep_ == "xcomp":
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in ORG_DESCRIPTORS or f.idx.mention(subj) is not None:
            return []
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
            return []
        text = ctx.document.text
        after = [
            m.entity_id for m in ctx.mentions_in(f.sent.end_char, f.sent.end_char + 900)
            if f.idx.kind(m.entity_id) == "organization"
            and "(" not in text[text.rfind("\n", 0, m.start) + 1 : m.start].rsplit(")", 1)[-1]  # "MOSCOW (Wire / Outlet -": the byline
        ]
        return after[:1]

    @staticmethod
    def _recommender(ctx: DocContext, f: Finder) -> list[str]:
        """No speaker known: the one whose recommendations the text sets out above ("X's five
        recommendations are:", "X releases its initial recommendations to the session"). (r12 asp)"""
        text = ctx.document.text
        lo = max(0, f.sent.start_char - 4000)
        owner: list[str] = []
        hi = _label_start(text, f.sent.start_char, f.sent.end_char)  # the lead-in may share the items' sentence
        for m in ctx.mentions_in(lo, hi):
            if f.idx.kind(m.entity_id) in ("organization", "igo", "state") and OWNS_ASKS.match(text, m.end, hi):
                owner = [m.entity_id]
        return owner

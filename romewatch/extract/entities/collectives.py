"""Collective actors named by what they are, not by a name: "human rights groups", "civil society".

Statements and news give such collectives a voice of their own ("Human rights groups called on the
Assembly to ...", "Civil society and States Parties welcomed ..."), and they fill the roles of the
events told. A collective is proposed only where it acts and names its members ("Human rights groups, including
Amnesty International and FIDH, called on ..."); a collective only talked about ("attacks on civil
society") or speaking alone ("Rights groups said") stays a phrase: its members carry the roles.
"""

from __future__ import annotations

import re

from ..context import DocContext
from .common import Candidate, add

COLLECTIVE = re.compile(
    r"\b(?:(?:[A-Z][a-z]+(?:ian|ese|an|i|ish)|international|local|national|leading|independent|several|many)\s+)?"
    r"(?:(?:human|women['\u2019]s|victims['\u2019]?|children['\u2019]s)\s+rights\s+(?:groups|organi[sz]ations|NGOs|defenders)"
    r"|rights\s+groups|civil\s+society(?:\s+(?:groups|organi[sz]ations|coalitions))?"
    r"|non-governmental\s+organi[sz]ations|NGOs)\b",
    re.IGNORECASE,
)
_ACTING = frozenset({"nsubj", "nsubjpass", "agent"})
_SKIP_WORDS = {"several", "many", "leading", "independent", "local", "national"}


class CollectiveActors:
    """Proposes collectives that act in their sentence as organisations (``org:human-rights-groups``)."""

    name = "entities.collectives"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        doc = ctx.doc
        text = ctx.document.text
        for m in COLLECTIVE.finditer(text):
            start, end = m.start(), m.end()
            words = m.group().split()
            if words[0].lower() in _SKIP_WORDS:  # "Several human rights groups": the collective is the rest
                start += len(words[0]) + 1
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not _acts(span):
                continue
            add(
                ctx,
                Candidate(
                    start, end, text[start:end], None, "organization", "cue", name=text[start:end],
                    how="name", component=self.name,
                ),
            )  # fmt: skip


def _acts(span) -> bool:
    """The collective acts and names its members: "Human rights groups, including A and B, called on ..."."""
    head = span.root
    opens = head.dep_ == "ROOT" and span.start == span.sent.start  # the parser's "groups, ..., called on" slip
    if head.dep_ not in _ACTING and not (head.dep_ == "conj" and head.head.dep_ in _ACTING) and not opens:
        return False
    after = span.doc[span.end : span.end + 3]
    return any(t.lower_ in ("including", "such", "among", "notably", "led") for t in after[:2])


COMPONENTS = [CollectiveActors()]

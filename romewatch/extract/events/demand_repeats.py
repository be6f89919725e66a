"""Calls and promises said twice: "Hungary said on Thursday it would withdraw from the Court ...
'Hungary will withdraw from the International Criminal Court,' the chief of staff said"; a letter that
urges the Bureau to publish its report in the summary and again in its recommendations. The same
actors asking (or promising) the same act are one event, told twice: the later one is folded into
the first (its evidence added), not counted again. Run once per document, after the voice sentences.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ...model import Event
    from ..context import DocContext

KEPT = 3  # content words of the action that must agree, in order
FILLER = frozenset({
    "the", "a", "an", "to", "of", "from", "its", "their", "his", "her", "our", "all", "any", "and", "with", "in",
    "on", "for", "that", "this", "these", "those", "continue", "keep", "be", "fully", "also", "further", "not",
})  # fmt: skip
ROLES = {"demand": ("claimant", "addressee"), "commitment": ("agent",)}


def _gist(action: str) -> tuple[str, ...]:
    words = [w for w in re.findall(r"[a-z0-9']+", action.lower()) if w not in FILLER]
    return tuple(w[:6] for w in words[:KEPT])  # "withdraw" / "withdrawing", "courts" / "court"


def fold_repeats(ctx: DocContext) -> None:
    """Fold a demand or commitment that repeats an earlier one of the same actors (see module doc)."""
    first: dict[tuple, Event] = {}
    drop: set[int] = set()
    for ev in ctx.events:
        roles = ROLES.get(ev.type)
        action = str(ev.attributes.get("action") or "")
        if roles is None or not ev.evidence:
            continue
        gist = _gist(action)
        actors = tuple(frozenset(ev.roles.get(r, [])) for r in roles)
        if len(gist) < KEPT or not actors[0]:
            continue
        key = (ev.type, actors, gist)
        prev = first.get(key)
        if prev is None:
            first[key] = ev
            continue
        if prev.evidence[0][0] == ev.evidence[0][0]:
            continue  # one sentence, two readings: left to the merging of events
        prev.evidence = [*prev.evidence, *[s for s in ev.evidence if s not in prev.evidence]]
        prev.date = prev.date or ev.date
        drop.add(id(ev))
    if drop:
        ctx.events[:] = [e for e in ctx.events if id(e) not in drop]

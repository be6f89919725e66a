"""Calls and promises said twice, and the clause after an act that its action swept in.

Said twice: "Hungary said on Thursday it would withdraw from the Court ...
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


TAIL = re.compile(
    r"(?:,\s+(?:while|whereas|calling|describing|announcing|saying|adding|noting|according to|as(?!\s+well))\b"
    r"|\s+and\s+(?:must|should|shall)\s)",
    re.IGNORECASE,
)  # "remain a State Party, while Côte d'Ivoire vowed to": the next clause is not asked or promised


def trim(action: str) -> str:
    """The act itself, without the clause that follows it in the sentence (see ``TAIL``)."""
    m = TAIL.search(action)
    return action[: m.start()].rstrip(" ,;") if m and m.start() > 8 else action


def _gist(action: str) -> tuple[str, ...]:
    words = [w for w in re.findall(r"[a-z0-9']+", action.lower()) if w not in FILLER]
    return tuple(w[:6] for w in words[:KEPT])  # "withdraw" / "withdrawing", "courts" / "court"


def fold_repeats(ctx: DocContext) -> None:
    """Fold a demand or commitment that repeats an earlier one of the same actors (see module doc)."""
    first: dict[tuple, Event] = {}
    drop: set[int] = set()
    for ev in ctx.events:
        roles = ROLES.get(ev.type)
        if roles is None or not ev.evidence:
            continue
        action = trim(str(ev.attributes.get("action") or ""))
        if action:
            ev.attributes["action"] = action
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

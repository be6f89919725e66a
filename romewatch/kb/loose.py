"""Forgiving lookups for surfaces that wrap a known name in honorifics, possessives or
government phrases ("Mr Putin", "Hungary's", "Government of Tajikistan", "Russian President
Vladimir Putin"). The exact :meth:`KB.lookup` stays strict; this is an opt-in fallback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

_HONORIFICS = re.compile(
    r"^(?:(?:H\.?\s?E\.?|His Excellency|Her Excellency|Excellency|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Professor|Judges?|"
    r"Justice|Ambassador|Senator|Former|former|Senior General|General|Sir|Dame)\s+)+"
)
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_GOV_OF = re.compile(r"^(?:the\s+)?(?:government|authorities|administration)\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_GOV_SUFFIX = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:government|authorities|administration|officials|police|Government|Authorities)$"
)


class _Entity(Protocol):
    kind: str


Lookup = Callable[[str], Sequence[_Entity]]


def _states_only(found: Sequence[_Entity]) -> list[_Entity]:
    return [e for e in found if e.kind == "state"]


def loose_candidates(surface: str, lookup: Lookup) -> list[_Entity]:
    """Entities named by ``surface`` once wrappers are removed; [] if nothing fits."""
    text = surface.strip()
    found = list(lookup(text))
    if found:
        return found
    bare = _POSSESSIVE.sub("", text)
    if bare != text and (found := list(lookup(bare))):
        return found
    stripped = _HONORIFICS.sub("", bare)
    if stripped != bare and (found := list(lookup(stripped))):
        return found
    for pattern in (_GOV_OF, _GOV_SUFFIX):
        match = pattern.match(bare)
        if match and (found := _states_only(lookup(match.group(1)))):
            return found
    tokens = stripped.split()
    for start in range(1, len(tokens)):
        persons = [e for e in lookup(" ".join(tokens[start:])) if e.kind == "person"]
        if persons:
            return persons
    return []

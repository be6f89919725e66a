"""Entity components, in the order they run.

Proposers (gazetteer, patterns, ner) add candidate spans; ``spans`` keeps one reading per stretch
of text; the coreference steps fill in ids for short forms, offices and acronyms; ``link`` builds
``ctx.entities`` and ``ctx.mentions``.
"""

from __future__ import annotations

from . import (
    collectives,
    coref,
    cues,
    furniture,
    gazetteer,
    heads,
    link,
    lists,
    ner,
    offices,
    organs,
    patterns,
    people,
    sessions,
    spans,
)

COMPONENTS = [
    *gazetteer.COMPONENTS,
    *patterns.COMPONENTS,
    *sessions.COMPONENTS,
    *ner.COMPONENTS,
    *cues.COMPONENTS,
    *collectives.COMPONENTS,
    *lists.COMPONENTS,
    *people.COMPONENTS,
    *spans.COMPONENTS,
    coref.ResolveNames(),
    organs.StateOrgans(),
    offices.Offices(),
    organs.OwnedOffices(),
    coref.BracketAliases(),
    coref.ShortForms(),
    heads.HeadNouns(),
    coref.KnownAs(),
    coref.Surnames(),
    coref.PointBack(),
    *furniture.COMPONENTS,
    *link.COMPONENTS,
]

__all__ = ["COMPONENTS"]

"""Registered extraction components, in pipeline order."""

from __future__ import annotations

from typing import Any


def ordered() -> list[Any]:
    from .dates import COMPONENTS as DATE_COMPONENTS
    from .entities import COMPONENTS as ENTITY_COMPONENTS
    from .events import COMPONENTS as EVENT_COMPONENTS
    from .repair import VerbRepair

    # the tagger's mended verbs first; then dates: the document's own date (dateline, header) anchors officials' terms and relative dates
    return [VerbRepair(), *DATE_COMPONENTS, *ENTITY_COMPONENTS, *EVENT_COMPONENTS]

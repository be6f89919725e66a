"""Exports of the store: contract JSON per document, JSON Lines of events, CSV of events.

with open("events.csv", "w", newline="") as out:
    export(store, "csv", out)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from ..errors import RunError
from ..store import Store
from .contract_json import iter_contracts, write_json
from .events_csv import write_csv
from .events_jsonl import write_jsonl

WRITERS: dict[str, Callable[..., int]] = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv}
FORMATS = tuple(WRITERS)


def export(store: Store, fmt: str, out: TextIO, **filters: Any) -> int:
    """Write the store in ``fmt`` to ``out``; returns how many documents (json) or events were written.

    ``filters`` (type, actor, since, until, ...) narrow the event exports, as ``Store.events``.
    """
    if fmt not in WRITERS:
        raise RunError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return WRITERS[fmt](store, out, **filters)


__all__ = ["FORMATS", "export", "iter_contracts", "write_csv", "write_json", "write_jsonl"]

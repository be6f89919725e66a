"""JSON Lines: one event per line, contract-shaped plus document, review state and provenance."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..store import Store

FIELDS = (
    "id", "type", "date", "end_date", "roles", "attributes", "evidence", "confidence",
    "document", "document_title", "document_date", "review_state", "reviewed_by", "reviewed_at",
    "component", "version", "demand_status",
)  # fmt: skip


def write_jsonl(store: Store, out: TextIO, **filters: Any) -> int:
    count = 0
    for event in store.events(**filters):
        out.write(json.dumps({k: event.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
        count += 1
    return count

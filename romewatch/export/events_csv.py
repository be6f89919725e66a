"""CSV of events, one row each, with every declared role as its own column (ids joined by "; ")."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from ..schema import load_schema
from ..store import Store

BASE = ["id", "type", "date", "end_date", "document", "document_title", "document_date", "review_state", "confidence"]


def role_columns() -> list[str]:
    seen: dict[str, None] = {}
    for spec in load_schema().event_types.values():
        for role in spec.roles:
            seen.setdefault(role, None)
    return list(seen)


def write_csv(store: Store, out: TextIO, **filters: Any) -> int:
    roles = role_columns()
    events = store.events(**filters)
    wanted = sorted({i for ev in events for ids in ev["roles"].values() for i in ids})
    names = {e["id"]: e["name"] for e in store.entities(ids=wanted)} if wanted else {}
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*BASE, *roles, "roles_named", "attributes", "demand_status", "evidence"])
    for ev in events:
        named = "; ".join(f"{role}: {', '.join(names.get(i, i) for i in ids)}" for role, ids in ev["roles"].items())
        status = (ev.get("demand_status") or {}).get("status", "")
        writer.writerow(
            [
                *(ev.get(k) if ev.get(k) is not None else "" for k in BASE),
                *("; ".join(ev["roles"].get(role, [])) for role in roles),
                named,
                json.dumps(ev["attributes"], ensure_ascii=False, sort_keys=True) if ev["attributes"] else "",
                status,
                " ".join(f"{s}-{e}" for s, e in ev["evidence"]),
            ]
        )
    return len(events)

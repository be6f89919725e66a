"""Registers: the five tables users keep asking for, built from stored events.

Each register is a list of rows; every row keeps its sources (document + event) so a fact is
never shown without the text it came from. Filtering and sorting happen here, not in the page.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..store import tables as t
from .register_rows import BUILDERS

REGISTERS: dict[str, dict[str, str]] = {
    "sanctions": {
        "title": "Sanctions and threats",
        "lede": "Measures taken against the Court, its officials and those who cooperate with it.",
    },
    "non-cooperation": {
        "title": "Non-cooperation",
        "lede": "Judicial findings that a state failed to cooperate, their referral, and visits by persons the Court seeks.",
    },
    "sessions": {
        "title": "Assembly sessions",
        "lede": "Sessions of the Assembly of States Parties with the statements, side events, participants and meetings around them.",
    },
    "statements": {
        "title": "Statements and signatories",
        "lede": "Statements, letters and speeches: who drafted, signed and delivered them, and on whose behalf.",
    },
    "demands": {
        "title": "Demands",
        "lede": "Who asked whom to do what, and whether it was done (status set by a reviewer, with a note and a source).",
    },
}


# -- registers -----------------------------------------------------------------------------


def register(
    store: Any,
    name: str,
    *,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
    status: str | None = None,
    sort: str | None = None,
    direction: str = "desc",
    include_machine: bool = True,
) -> dict[str, Any]:
    """One register: title, columns, rows (each with sources), applied filters."""
    if name not in REGISTERS:
        raise KeyError(name)
    build = BUILDERS[name]
    states = None if include_machine else ["accepted", "edited"]
    columns, rows = build(store, actor=actor, since=since, until=until, review_state=states)
    if status and name == "demands":
        rows = [r for r in rows if (r["status"] or "unset") == status]
    if q:
        needle = q.strip().lower()
        rows = [r for r in rows if needle in _flat(r).lower()]
    keys = [c["key"] for c in columns if c.get("sort", True)]
    sort = sort if sort in keys else "date"
    reverse = direction != "asc"
    rows.sort(key=lambda r: _sort_key(r.get(sort)), reverse=reverse)
    rows.sort(key=lambda r: _sort_key(r.get(sort)) == (1, ""))  # empty cells last, whichever the direction
    return {
        "register": name,
        **REGISTERS[name],
        "columns": columns,
        "rows": rows,
        "count": len(rows),
        "filters": {"actor": actor, "since": since, "until": until, "q": q, "status": status},
        "sort": sort,
        "direction": "desc" if reverse else "asc",
        "registers": REGISTERS,
    }


def _sort_key(value: Any) -> tuple[int, str]:
    if value in (None, "", []):
        return (1, "")
    if isinstance(value, list):
        value = ", ".join(v.get("name", "") if isinstance(v, dict) else str(v) for v in value)
    elif isinstance(value, dict):
        value = value.get("name") or value.get("status") or ""
    if isinstance(value, (int, float)):
        return (0, f"{value:012.3f}")
    return (0, str(value).lower())


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(_flat(v) for k, v in value.items() if k not in ("id", "event", "document"))
    if isinstance(value, list):
        return " ".join(_flat(v) for v in value)
    return "" if value is None else str(value)


def review_counts(store: Any, event_type: str | None = None) -> dict[str, int]:
    """How many events are in each review state (one grouped query, for the review tabs)."""
    from sqlalchemy import func

    query = select(t.events.c.review_state, func.count()).group_by(t.events.c.review_state)
    if event_type:
        query = query.where(t.events.c.type == event_type)
    with store.engine.connect() as conn:
        found = dict(conn.execute(query).all())
    return {state: int(found.get(state, 0)) for state in ("machine", "accepted", "edited", "rejected")}

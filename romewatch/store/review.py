"""People's decisions on machine events: accept, reject, restore, edit; demand status.

Nothing is deleted: a rejected event stays in the store (hidden by default), the machine's
original extraction stays beside any edit, and each change writes an audit entry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from ..errors import NotFound
from ..schema import load_schema
from . import audit, events, users
from . import tables as t
from .clock import now
from .extraction import write_roles
from .invalid import InvalidInput

ACTIONS = ("accept", "reject", "restore", "edit")
DEMAND_STATUSES = ("open", "met", "not_met", "unknown")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_EDITABLE = ("roles", "date", "end_date", "attributes")


def review(
    conn: Connection,
    event_id: str,
    user: Any,
    action: str,
    changes: Mapping[str, Any] | None = None,
    note: str = "",
) -> dict[str, Any]:
    name = users.require(conn, user, "reviewer")
    before = events.get(conn, event_id)
    if before is None:
        raise NotFound(f"no event {event_id!r}")
    if action not in ACTIONS:
        raise InvalidInput(f"review action must be one of {', '.join(ACTIONS)}, not {action!r}")
    values: dict[str, Any] = {"reviewed_by": name, "reviewed_at": now()}
    if action == "accept":
        values["review_state"] = "accepted" if _same_as_original(before) else "edited"
    elif action == "reject":
        values["review_state"] = "rejected"
    elif action == "restore":
        if before["review_state"] != "rejected":
            raise InvalidInput(f"event {event_id!r} is not rejected, so there is nothing to restore")
        values["review_state"] = "accepted" if _same_as_original(before) else "edited"
    else:
        values.update(_apply_edit(conn, before, dict(changes or {})))
        values["review_state"] = "edited"
    conn.execute(update(t.events).where(t.events.c.id == event_id).values(**values))
    after = events.get(conn, event_id)
    audit.record(conn, name, f"event.{action}", "event", event_id, _audit_view(before), _audit_view(after), note)
    return after or {}


def set_demand_status(
    conn: Connection, event_id: str, status: str, note: str, source: str, user: Any
) -> dict[str, Any]:
    name = users.require(conn, user, "reviewer")
    event = events.get(conn, event_id)
    if event is None:
        raise NotFound(f"no event {event_id!r}")
    if event["type"] != "demand":
        raise InvalidInput(f"event {event_id!r} is a {event['type']}, and only demands have a status")
    if status not in DEMAND_STATUSES:
        raise InvalidInput(f"demand status must be one of {', '.join(DEMAND_STATUSES)}, not {status!r}")
    before = event["demand_status"]
    after = {"status": status, "note": note or "", "source": source or "", "set_by": name, "set_at": now()}
    conn.execute(delete(t.demand_status).where(t.demand_status.c.event == event_id))
    conn.execute(insert(t.demand_status).values(event=event_id, **after))
    audit.record(conn, name, "demand.status", "event", event_id, before, after, note)
    return after


def _apply_edit(conn: Connection, event: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))}; editable: {', '.join(_EDITABLE)}")
    if not changes:
        raise InvalidInput("an edit needs at least one change")
    spec = load_schema().event_types[event["type"]]
    values: dict[str, Any] = {}
    for key in ("date", "end_date"):
        if key in changes:
            value = changes[key] or None
            if value is not None and not _DATE.match(str(value)):
                raise InvalidInput(f"{key} must look like 2025, 2025-03 or 2025-03-14, not {value!r}")
            values[key] = value
    if "attributes" in changes:
        values["attributes"] = _check_attributes(spec, changes["attributes"])
    if "roles" in changes:
        roles = _check_roles(conn, spec, changes["roles"])
        conn.execute(delete(t.event_roles).where(t.event_roles.c.event == event["id"]))
        write_roles(conn, event["id"], roles)
    return values


def _check_roles(conn: Connection, spec: Any, roles: Any) -> dict[str, list[str]]:
    if not isinstance(roles, Mapping):
        raise InvalidInput("roles must map a role name to a list of entity ids")
    clean: dict[str, list[str]] = {}
    for role, ids in roles.items():
        if role not in spec.roles:
            raise InvalidInput(f"a {spec.name} has no role {role!r}; its roles are {', '.join(spec.roles)}")
        ids = [ids] if isinstance(ids, str) else list(ids or [])
        ids = list(dict.fromkeys(i.strip() for i in ids if i and i.strip()))
        if ids:
            clean[role] = ids
    wanted = {i for ids in clean.values() for i in ids}
    known = set(conn.execute(select(t.entities.c.id).where(t.entities.c.id.in_(wanted))).scalars())
    if wanted - known:
        raise InvalidInput(f"unknown entities: {', '.join(sorted(wanted - known))}")
    return clean


def _check_attributes(spec: Any, attributes: Any) -> dict[str, Any]:
    if not isinstance(attributes, Mapping):
        raise InvalidInput("attributes must be a mapping of name to value")
    clean: dict[str, Any] = {}
    for key, value in attributes.items():
        declared = spec.attributes.get(key)
        if declared is None:
            raise InvalidInput(f"a {spec.name} has no attribute {key!r}")
        if declared.choices and value not in (None, "") and value not in declared.choices:
            raise InvalidInput(f"{key} must be one of {', '.join(declared.choices)}, not {value!r}")
        if value not in (None, "", []):
            clean[key] = value
    return clean


def _same_as_original(event: dict[str, Any]) -> bool:
    original = event.get("original") or {}
    current = events.contract(event)
    return all(current.get(k) == original.get(k) for k in _EDITABLE)


def _audit_view(event: dict[str, Any] | None) -> dict[str, Any] | None:
    if event is None:
        return None
    keep = ("type", "date", "end_date", "roles", "attributes", "review_state", "reviewed_by", "document")
    return {k: event[k] for k in keep}

"""The append-only audit log: who changed what, with the record before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from . import tables as t
from .clock import now


def record(
    conn: Connection,
    user: str | None,
    action: str,
    object_type: str,
    object_id: str,
    before: Any = None,
    after: Any = None,
    note: str = "",
) -> None:
    conn.execute(
        insert(t.audit_log).values(
            at=now(),
            user=user,
            action=action,
            object_type=object_type,
            object_id=object_id,
            before=before,
            after=after,
            note=note or "",
        )
    )


def entries(conn: Connection, object_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Newest first; all objects, or one object's history."""
    query = select(t.audit_log).order_by(t.audit_log.c.id.desc()).limit(limit)
    if object_id:
        query = query.where(t.audit_log.c.object_id == object_id)
    return [dict(r) for r in conn.execute(query).mappings()]

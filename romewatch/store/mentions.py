"""Mention spans of a document, joined to the entities they name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from . import tables as t


def of_document(conn: Connection, doc_id: str) -> list[dict[str, Any]]:
    query = (
        select(
            t.mentions.c.start,
            t.mentions.c.end,
            t.mentions.c.entity,
            t.entities.c.kind,
            t.entities.c.name,
            t.mentions.c.component,
        )
        .join(t.entities, t.entities.c.id == t.mentions.c.entity)
        .where(t.mentions.c.document == doc_id)
        .order_by(t.mentions.c.start, t.mentions.c.end)
    )
    return [dict(r) for r in conn.execute(query).mappings()]

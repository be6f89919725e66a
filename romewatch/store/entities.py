"""Entities, their aliases, and the mention spans that tie them to documents."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, distinct, func, insert, or_, select
from sqlalchemy.engine import Connection

from ..model import Entity
from . import tables as t


def upsert(conn: Connection, entities: Iterable[Entity]) -> None:
    """Add unknown entities and any new aliases. A stored canonical name is never overwritten."""
    for ent in entities:
        if not conn.execute(select(t.entities.c.id).where(t.entities.c.id == ent.id)).first():
            conn.execute(insert(t.entities).values(id=ent.id, kind=ent.kind, name=ent.name))
        known = set(conn.execute(select(t.entity_aliases.c.alias).where(t.entity_aliases.c.entity == ent.id)).scalars())
        for alias in sorted({ent.name, *ent.aliases} - known):
            if alias:
                conn.execute(insert(t.entity_aliases).values(entity=ent.id, alias=alias))


def replace_mentions(conn: Connection, doc_id: str, entities: Iterable[Entity], component: str) -> None:
    conn.execute(delete(t.mentions).where(t.mentions.c.document == doc_id))
    rows = [
        {"document": doc_id, "start": int(s), "end": int(e), "entity": ent.id, "component": component}
        for ent in entities
        for s, e in sorted(set(ent.mentions))
    ]
    if rows:
        conn.execute(insert(t.mentions), rows)


def add(conn: Connection, entity_id: str, kind: str, name: str) -> None:
    upsert(conn, [Entity(id=entity_id, kind=kind, name=name)])


def resolve(conn: Connection, actor: str) -> list[str]:
    """Entity ids an actor filter means: an exact id, else a name or alias (any case)."""
    if conn.execute(select(t.entities.c.id).where(t.entities.c.id == actor)).first():
        return [actor]
    needle = actor.strip().lower()
    by_name = select(t.entities.c.id).where(func.lower(t.entities.c.name) == needle)
    by_alias = select(t.entity_aliases.c.entity).where(func.lower(t.entity_aliases.c.alias) == needle)
    return sorted(set(conn.execute(by_name).scalars()) | set(conn.execute(by_alias).scalars()))


def aliases_of(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(t.entity_aliases.c.entity, t.entity_aliases.c.alias).where(t.entity_aliases.c.entity.in_(chunk))
        for ent, alias in conn.execute(query):
            out[ent].append(alias)
    return {k: sorted(v) for k, v in out.items()}


def listing(
    conn: Connection,
    kind: str | None = None,
    q: str | None = None,
    limit: int | None = None,
    ids: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """Entities with how many documents mention them and how many live events name them."""
    docs = (
        select(t.mentions.c.entity, func.count(distinct(t.mentions.c.document)).label("n"))
        .group_by(t.mentions.c.entity)
        .subquery()
    )
    evs = (
        select(t.event_roles.c.entity, func.count(distinct(t.event_roles.c.event)).label("n"))
        .join(t.events, t.events.c.id == t.event_roles.c.event)
        .where(t.events.c.review_state != "rejected")
        .group_by(t.event_roles.c.entity)
        .subquery()
    )
    query = select(
        t.entities.c.id,
        t.entities.c.kind,
        t.entities.c.name,
        func.coalesce(docs.c.n, 0).label("document_count"),
        func.coalesce(evs.c.n, 0).label("event_count"),
    ).select_from(
        t.entities.outerjoin(docs, docs.c.entity == t.entities.c.id).outerjoin(evs, evs.c.entity == t.entities.c.id)
    )
    if kind:
        query = query.where(t.entities.c.kind == kind)
    if ids is not None:
        query = query.where(t.entities.c.id.in_(list(ids)))
    if q:
        like = f"%{q.strip().lower()}%"
        alias_hit = select(t.entity_aliases.c.entity).where(func.lower(t.entity_aliases.c.alias).like(like))
        query = query.where(
            or_(func.lower(t.entities.c.name).like(like), t.entities.c.id.like(like), t.entities.c.id.in_(alias_hit))
        )
    query = query.order_by(t.entities.c.kind, t.entities.c.name)
    if limit:
        query = query.limit(limit)
    rows = [dict(r) for r in conn.execute(query).mappings()]
    aliases = aliases_of(conn, [r["id"] for r in rows])
    for row in rows:
        row["aliases"] = [a for a in aliases[row["id"]] if a != row["name"]]
    return rows


def get(conn: Connection, entity_id: str) -> dict[str, Any] | None:
    """One entity with aliases and the documents that mention it (mention counts)."""
    row = conn.execute(select(t.entities).where(t.entities.c.id == entity_id)).mappings().first()
    if not row:
        return None
    out = dict(row)
    out["aliases"] = [a for a in aliases_of(conn, [entity_id])[entity_id] if a != out["name"]]
    query = (
        select(t.documents.c.id, t.documents.c.title, t.documents.c.date, func.count().label("mentions"))
        .join(t.mentions, t.mentions.c.document == t.documents.c.id)
        .where(t.mentions.c.entity == entity_id)
        .group_by(t.documents.c.id, t.documents.c.title, t.documents.c.date)
        .order_by(t.documents.c.date.desc().nulls_last())
    )
    out["documents"] = [dict(r) for r in conn.execute(query).mappings()]
    return out

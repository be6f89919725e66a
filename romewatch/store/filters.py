"""Where-clauses shared by event listings and search, portable across SQL backends.

Dates are ISO strings of varying precision ("2025", "2025-03", "2025-03-14"). A date matches a
range when the period it names overlaps it: "2025" is on or after since="2025-03-01".
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, exists, select, true
from sqlalchemy.engine import Connection

from . import entities
from . import tables as t

_AFTER_EVERYTHING = "~"  # sorts after digits and "-", so "2025~" >= "2025-12-31"


def since_clause(col: ColumnElement, since: str) -> ColumnElement[bool]:
    return and_(col.is_not(None), (col + _AFTER_EVERYTHING) >= since)


def until_clause(col: ColumnElement, until: str) -> ColumnElement[bool]:
    return and_(col.is_not(None), col <= until + _AFTER_EVERYTHING)


def as_list(value: str | Sequence[str] | None) -> list[str]:
    if value is None or value == "":
        return []
    return [value] if isinstance(value, str) else list(value)


def event_clause(
    conn: Connection,
    *,
    type: str | Sequence[str] | None = None,
    actor: str | None = None,
    role: str | None = None,
    since: str | None = None,
    until: str | None = None,
    document: str | None = None,
    include_rejected: bool = False,
    review_state: str | Sequence[str] | None = None,
) -> ColumnElement[bool]:
    ev = t.events.c
    parts: list[ColumnElement[bool]] = []
    if types := as_list(type):
        parts.append(ev.type.in_(types))
    if actor or role:
        cond = [t.event_roles.c.event == ev.id]
        if actor:
            cond.append(t.event_roles.c.entity.in_(entities.resolve(conn, actor)))
        if role:
            cond.append(t.event_roles.c.role == role)
        parts.append(exists(select(t.event_roles.c.event).where(*cond)))
    if since:
        parts.append(since_clause(ev.date, since))
    if until:
        parts.append(until_clause(ev.date, until))
    if document:
        parts.append(ev.document == document)
    if states := as_list(review_state):
        parts.append(ev.review_state.in_(states))
    elif not include_rejected:
        parts.append(ev.review_state != "rejected")
    return and_(true(), *parts)


def document_clause(
    conn: Connection,
    *,
    event_type: str | Sequence[str] | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
) -> ColumnElement[bool] | None:
    """Documents filter for search: by their own date and source, and by the events they hold."""
    doc = t.documents.c
    parts: list[ColumnElement[bool]] = []
    if since:
        parts.append(since_clause(doc.date, since))
    if until:
        parts.append(until_clause(doc.date, until))
    if source:
        parts.append(doc.source.contains(source, autoescape=True))
    if event_type or actor:
        inner = event_clause(conn, type=event_type, actor=actor)
        parts.append(exists(select(t.events.c.id).where(t.events.c.document == doc.id, inner)))
    if not parts:
        return None
    return and_(*parts)

"""The store: one ``Store`` class over SQLAlchemy Core tables (SQLite by default).

Every method that changes data runs in one transaction; a failure leaves stored data as it was.
Reads return plain dicts (JSON-ready). Backend-specific SQL (SQLite FTS5) lives in ``sqlite.py``.

    store = Store.open("romewatch.db")
    doc_id, created = store.add_document(doc)
    store.save_extraction(result, component="romewatch.extract", version="0.1.0")
    store.search("sanctions Al-Haq", event_type="sanction")
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, Self

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from .. import settings
from ..errors import NotFound, RunError
from ..model import Document, ExtractionResult
from . import audit, contract, documents, entities, events, extraction, filters, mentions, migrations, review, users
from .engine import open_engine
from .invalid import InvalidInput
from .search_terms import parse_query

__all__ = ["DEMAND_STATUSES", "REVIEW_ACTIONS", "REVIEW_STATES", "USER_ROLES", "InvalidInput", "Store"]

REVIEW_STATES = ("machine", "accepted", "edited", "rejected")
REVIEW_ACTIONS = review.ACTIONS
DEMAND_STATUSES = review.DEMAND_STATUSES
USER_ROLES = users.ROLES


class Store:
    def __init__(self, engine: Engine, backend: ModuleType):
        self.engine = engine
        self.backend = backend

    @classmethod
    def open(cls, url: str | None = None, *, migrate_to: int | None = None) -> Store:
        """Open (creating if needed) and bring the schema up to date. ``url``: path or SQLAlchemy URL."""
        target = url or settings.db_url()
        engine, backend = open_engine(target)
        try:
            migrations.migrate(engine, backend, migrations.LATEST if migrate_to is None else migrate_to)
        except SQLAlchemyError as exc:
            engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            raise RunError(f"cannot open the store at {target!r} ({reason})") from exc
        return cls(engine, backend)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return migrations.current_version(conn)

    # documents
    def add_document(self, doc: Document) -> tuple[str, bool]:
        with self.engine.begin() as conn:
            return documents.add(conn, doc)

    def get_document(self, doc_id: str, *, with_raw: bool = False) -> dict[str, Any] | None:
        """Metadata and text (and original bytes as ``raw`` if asked), or None."""
        with self.engine.connect() as conn:
            return documents.get(conn, doc_id, with_raw)

    def document_model(self, doc_id: str) -> Document:
        """The stored document as a ``model.Document`` (to re-run extraction on it)."""
        row = self.get_document(doc_id, with_raw=True)
        if row is None:
            raise NotFound(f"no document {doc_id!r}")
        return documents.as_model(row)

    def document_contract(self, doc_id: str, include_rejected: bool = False) -> dict[str, Any] | None:
        """The stored document in the EXTRACTION.md JSON shape, reviews applied; None if unknown."""
        with self.engine.connect() as conn:
            return contract.document_contract(conn, doc_id, include_rejected)

    def list_documents(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return documents.listing(conn, limit, offset)

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return documents.count(conn)

    def delete_document(self, doc_id: str, user: Any) -> None:
        """Admin only. Removes the document and its extraction; the audit log keeps the record."""
        with self.engine.begin() as conn:
            name = users.require(conn, user, "admin")
            row = documents.get(conn, doc_id)
            if row is None:
                raise NotFound(f"no document {doc_id!r}")
            held = events.fetch(conn, filters.event_clause(conn, document=doc_id, include_rejected=True))
            before = {k: row[k] for k in ("title", "date", "source", "content_hash", "ingested_at")}
            before["events"] = [{"id": e["id"], "type": e["type"], "review_state": e["review_state"]} for e in held]
            documents.remove(conn, doc_id)
            audit.record(conn, name, "document.delete", "document", doc_id, before, None)

    # extraction
    def save_extraction(self, result: ExtractionResult, component: str, version: str) -> dict[str, int]:
        """Upsert machine events; reviewed events are never overwritten or removed."""
        with self.engine.begin() as conn:
            return extraction.save(conn, result, component, version)

    # reading
    def search(
        self,
        query: str,
        *,
        event_type: str | Sequence[str] | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        limit: int = 20,
    ) -> list[dict[str, Any]]:
        """Full-text hits: id, title, date, source, snippet (HTML-escaped, <mark> highlights), score."""
        terms = parse_query(query)
        if not terms:
            return []
        with self.engine.connect() as conn:
            where = filters.document_clause(
                conn, event_type=event_type, actor=actor, since=since, until=until, source=source
            )
            return self.backend.search(conn, terms, where, limit)

    def events(
        self,
        type: str | Sequence[str] | None = None,
        actor: str | None = None,
        role: str | None = None,
        since: str | None = None,
        until: str | None = None,
        document: str | None = None,
        include_rejected: bool = False,
        review_state: str | Sequence[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Contract-shaped events plus document, review_state, provenance and demand_status."""
        with self.engine.connect() as conn:
            where = filters.event_clause(
                conn,
                type=type,
                actor=actor,
                role=role,
                since=since,
                until=until,
                document=document,
                include_rejected=include_rejected,
                review_state=review_state,
            )
            return events.fetch(conn, where, limit, offset)

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            return events.get(conn, event_id)

    def entities(
        self, kind: str | None = None, q: str | None = None, limit: int | None = None, ids: Sequence[str] | None = None
    ) -> list[dict[str, Any]]:
        """Entities (id, kind, name, aliases, document_count, event_count); ``q`` matches names and aliases."""
        with self.engine.connect() as conn:
            return entities.listing(conn, kind, q, limit, ids)

    def get_entity(self, entity_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            return entities.get(conn, entity_id)

    def mentions(self, doc_id: str) -> list[dict[str, Any]]:
        """Mention spans of one document: start, end, entity, kind, name, component."""
        with self.engine.connect() as conn:
            return mentions.of_document(conn, doc_id)

    def add_entity(self, entity_id: str, kind: str, name: str, user: Any) -> None:
        """A reviewer adds an entity an edit needs (audited)."""
        with self.engine.begin() as conn:
            who = users.require(conn, user, "reviewer")
            entities.add(conn, entity_id, kind, name)
            audit.record(conn, who, "entity.add", "entity", entity_id, None, {"kind": kind, "name": name})

    # review
    def review_event(
        self, event_id: str, user: Any, action: str, changes: Mapping[str, Any] | None = None, note: str = ""
    ) -> dict[str, Any]:
        """accept | reject | restore | edit (changes: roles, date, end_date, attributes). Audited."""
        with self.engine.begin() as conn:
            return review.review(conn, event_id, user, action, changes, note)

    def set_demand_status(self, event_id: str, status: str, note: str, source: str, user: Any) -> dict[str, Any]:
        with self.engine.begin() as conn:
            return review.set_demand_status(conn, event_id, status, note, source, user)

    def audit(self, object_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return audit.entries(conn, object_id, limit)

    # users
    def add_user(self, name: str, password: str, role: str) -> dict[str, Any]:
        with self.engine.begin() as conn:
            user = users.add(conn, name, password, role)
            audit.record(conn, None, "user.add", "user", user["name"], None, {"role": role})
            return user

    def verify_user(self, name: str, password: str) -> dict[str, Any] | None:
        with self.engine.begin() as conn:
            return users.verify(conn, name, password)

    def get_user(self, name: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            return users.get(conn, name)

    def list_users(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return users.listing(conn)

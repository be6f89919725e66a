"""Everything SQLite-specific lives here: connection pragmas, the FTS5 index, append-only guards.

A PostgreSQL backend would be a sibling module with the same four functions
(``configure``, ``install_search``, ``install_guards``, ``search``).
"""

from __future__ import annotations

import html
from typing import Any

from sqlalchemy import column, event, func, literal_column, select, table, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import ColumnElement

from . import tables as t
from .search_terms import Term

_OPEN, _CLOSE = "\x02", "\x03"


def configure(engine: Engine) -> None:
    """Foreign keys on, wait on locks rather than fail, WAL for concurrent readers."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.close()


def install_search(conn: Connection) -> None:
    """FTS5 over document title + text, kept in sync by triggers, filled from existing rows."""
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
            "doc_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
        )
    )
    conn.execute(
        text(
            "CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(doc_id, title, text) VALUES (new.id, new.title, new.text); END"
        )
    )
    conn.execute(
        text(
            "CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN "
            "DELETE FROM documents_fts WHERE doc_id = old.id; END"
        )
    )
    conn.execute(
        text(
            "CREATE TRIGGER IF NOT EXISTS documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN "
            "DELETE FROM documents_fts WHERE doc_id = old.id; "
            "INSERT INTO documents_fts(doc_id, title, text) VALUES (new.id, new.title, new.text); END"
        )
    )
    conn.execute(text("DELETE FROM documents_fts"))
    conn.execute(text("INSERT INTO documents_fts(doc_id, title, text) SELECT id, title, text FROM documents"))


def install_guards(conn: Connection) -> None:
    """The audit log is append-only: the database itself refuses updates and deletes."""
    for verb in ("UPDATE", "DELETE"):
        conn.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )
        )


def to_match(terms: list[Term]) -> str:
    """FTS5 MATCH syntax from parsed terms: every word quoted, so punctuation is inert."""
    parts = []
    for term in terms:
        if term.is_or:
            parts.append("OR")
            continue
        quoted = '"' + term.text.replace('"', '""') + '"'
        parts.append(quoted + ("*" if term.prefix else ""))
    return " ".join(parts)


def search(
    conn: Connection, terms: list[Term], doc_filter: ColumnElement[bool] | None, limit: int
) -> list[dict[str, Any]]:
    """Documents matching the terms, best first, with an HTML-safe snippet using <mark>."""
    fts = table("documents_fts", column("doc_id"))
    whole = literal_column("documents_fts")
    rank = func.bm25(whole, 0.0, 5.0, 1.0).label("rank")
    snip = func.snippet(whole, -1, _OPEN, _CLOSE, "…", 24).label("snip")
    d = t.documents.c
    query = (
        select(d.id, d.title, d.date, d.source, rank, snip)
        .select_from(fts.join(t.documents, d.id == fts.c.doc_id))
        .where(whole.op("MATCH")(to_match(terms)))
        .order_by(rank)
        .limit(int(limit))
    )
    if doc_filter is not None:
        query = query.where(doc_filter)
    return [
        {
            "id": r["id"],
            "title": r["title"],
            "date": r["date"],
            "source": r["source"],
            "snippet": mark(r["snip"] or ""),
            "score": round(-float(r["rank"]), 6) + 0.0,
        }
        for r in conn.execute(query).mappings()
    ]


def mark(snippet: str) -> str:
    """Escape a snippet for HTML, then turn the sentinels into <mark> tags."""
    return html.escape(snippet, quote=False).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")

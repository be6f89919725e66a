"""Versioned schema migrations, applied in order when a store is opened.

``MIGRATIONS[i]`` brings a database from version ``i`` to ``i + 1``. Append new steps; never
edit a shipped one. Each step runs inside the same transaction as its version bump.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from types import ModuleType

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.engine import Connection, Engine

from ..errors import RunError
from . import tables

Migration = Callable[[Connection, ModuleType], None]


def _v1_core(conn: Connection, backend: ModuleType) -> None:
    """Documents, entities, mentions, events with roles and evidence, users, audit log."""
    for table in tables.V1_TABLES:
        table.create(conn, checkfirst=True)


def _v2_demand_status(conn: Connection, backend: ModuleType) -> None:
    """Whether a demand was met, set by reviewers."""
    tables.demand_status.create(conn, checkfirst=True)


def _v3_search_and_guards(conn: Connection, backend: ModuleType) -> None:
    """Full-text index over documents (filled from existing rows); append-only audit log."""
    backend.install_search(conn)
    backend.install_guards(conn)


MIGRATIONS: list[Migration] = [_v1_core, _v2_demand_status, _v3_search_and_guards]
LATEST = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_version"):
        return 0
    return int(conn.execute(select(func.max(tables.schema_version.c.version))).scalar() or 0)


def migrate(engine: Engine, backend: ModuleType, target: int = LATEST) -> int:
    """Apply every missing step up to ``target``; return the version the database is now at."""
    with engine.begin() as conn:
        version = current_version(conn)
    if version > LATEST:
        raise RunError(
            f"the store is at schema version {version}, newer than this romewatch ({LATEST}); upgrade romewatch"
        )
    for number in range(version + 1, target + 1):
        step = MIGRATIONS[number - 1]
        with engine.begin() as conn:
            step(conn, backend)
            at = datetime.now(UTC).isoformat(timespec="seconds")
            conn.execute(insert(tables.schema_version).values(version=number, applied_at=at))
        version = number
    return version

"""Accounts: argon2 password hashes and three roles, viewer < reviewer < admin."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from ..errors import PermissionDenied
from . import tables as t
from .clock import now
from .invalid import InvalidInput

ROLES = ("viewer", "reviewer", "admin")
_RANK = {role: rank for rank, role in enumerate(ROLES)}
_PUBLIC = [t.users.c.name, t.users.c.role, t.users.c.created_at]
_hasher = PasswordHasher()


def add(conn: Connection, name: str, password: str, role: str) -> dict[str, Any]:
    name = (name or "").strip()
    if not name:
        raise InvalidInput("a user needs a name")
    if role not in _RANK:
        raise InvalidInput(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if not password:
        raise InvalidInput("a user needs a non-empty password")
    if get(conn, name):
        raise InvalidInput(f"user {name!r} already exists")
    conn.execute(insert(t.users).values(name=name, password_hash=_hasher.hash(password), role=role, created_at=now()))
    return get(conn, name) or {}


def get(conn: Connection, name: str) -> dict[str, Any] | None:
    row = conn.execute(select(*_PUBLIC).where(t.users.c.name == name)).mappings().first()
    return dict(row) if row else None


def listing(conn: Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(select(*_PUBLIC).order_by(t.users.c.name)).mappings()]


def verify(conn: Connection, name: str, password: str) -> dict[str, Any] | None:
    row = conn.execute(select(t.users.c.password_hash).where(t.users.c.name == name)).first()
    if not row:
        _hasher.hash(password or "x")  # spend the same time whether or not the user exists
        return None
    try:
        _hasher.verify(row[0], password or "")
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(row[0]):
        conn.execute(update(t.users).where(t.users.c.name == name).values(password_hash=_hasher.hash(password)))
    return get(conn, name)


def name_of(user: str | Mapping[str, Any] | None) -> str:
    if isinstance(user, Mapping):
        return str(user.get("name") or "")
    return user or ""


def require(conn: Connection, user: str | Mapping[str, Any] | None, role: str) -> str:
    """The user's name, if the account exists with at least ``role``; else PermissionDenied."""
    name = name_of(user)
    found = get(conn, name) if name else None
    if not found:
        raise PermissionDenied(f"unknown user {name!r}" if name else "this needs a signed-in user")
    if _RANK[found["role"]] < _RANK[role]:
        raise PermissionDenied(f"user {name!r} is a {found['role']}; this needs a {role}")
    return name

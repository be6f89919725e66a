"""Open an engine for a URL and pick the backend module for its dialect."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

from ..errors import RunError


def normalise_url(url: str) -> str:
    """A plain path means a SQLite file; anything with ``://`` is a SQLAlchemy URL."""
    if "://" in url:
        return url
    path = Path(url).expanduser()
    if path.parent and not path.parent.exists():
        raise RunError(f"the folder for the database {str(path)!r} does not exist")
    return f"sqlite:///{path}"


def backend_for(engine: Engine) -> ModuleType:
    name = engine.dialect.name
    if name == "sqlite":
        from . import sqlite

        return sqlite
    raise RunError(f"romewatch has no store backend for {name!r} databases yet (SQLite only for now)")


def open_engine(url: str) -> tuple[Engine, ModuleType]:
    try:
        parsed = make_url(normalise_url(url))
        engine = create_engine(parsed, future=True)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise RunError(f"cannot open the store at {url!r}: {exc}") from exc
    backend = backend_for(engine)
    backend.configure(engine)
    return engine, backend

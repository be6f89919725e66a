"""One notion of "now" for every timestamp the store writes (UTC, ISO 8601, seconds)."""

from __future__ import annotations

from datetime import datetime, timezone


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

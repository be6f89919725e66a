"""One notion of "now" for every timestamp the store writes (UTC, ISO 8601, seconds)."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

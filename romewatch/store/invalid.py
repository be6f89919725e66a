"""The store's one error for bad input from a caller (a form, a CLI option)."""

from __future__ import annotations

from ..errors import RomewatchError


class InvalidInput(RomewatchError, ValueError):
    """A value the store will not accept; the message says which and why."""

"""Errors in two tiers.

``ItemError`` (and subclasses): one bad document, URL or record. Callers report it with
the item's name and carry on with the rest of the run.
``RunError``: a bad configuration or an unusable store. The run stops with one sentence.
"""

from __future__ import annotations


class RomewatchError(Exception):
    """Root of every error romewatch raises on purpose."""


class ItemError(RomewatchError):
    """A single input item could not be processed; the run continues."""

    def __init__(self, item: str, reason: str):
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class RunError(RomewatchError):
    """The whole run cannot go on (bad settings, unreadable store...)."""


class NotFound(RomewatchError):
    """A requested record does not exist."""


class PermissionDenied(RomewatchError):
    """The current user may not do this."""

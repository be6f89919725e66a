"""Reference knowledge shipped with romewatch: states, Court organs, officials and their terms,
ASP sessions, instruments, organisations, groups and places.

>>> kb = load_kb()
>>> kb.lookup("U.S.")[0].id
'state:us'
"""

from __future__ import annotations

from functools import lru_cache

from romewatch.kb.entity import KBEntity
from romewatch.kb.kb import KB
from romewatch.kb.loader import iter_entities, iter_offices
from romewatch.kb.normalize import normalise

__all__ = ["KB", "KBEntity", "load_kb", "normalise"]


@lru_cache(maxsize=1)
def load_kb() -> KB:
    """The packaged knowledge base, loaded once per process."""
    return KB(iter_entities(), iter_offices())

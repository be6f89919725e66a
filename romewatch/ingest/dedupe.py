"""Within one run, the same content twice is one document (ids are content-addressed)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..errors import ItemError
from ..model import Document


class Seen:
    """Remembers document ids and says whether one was already met in this run."""

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}

    def first_source(self, doc: Document) -> str | None:
        """The source that first carried this content, or None if it is new (and now remembered)."""
        if doc.id in self._ids:
            return self._ids[doc.id]
        self._ids[doc.id] = doc.source
        return None


def unique(items: Iterable[Document | ItemError]) -> Iterator[tuple[Document | ItemError, str | None]]:
    """Each item with the source of its earlier copy (None for first sightings and errors)."""
    seen = Seen()
    for item in items:
        yield item, (seen.first_source(item) if isinstance(item, Document) else None)

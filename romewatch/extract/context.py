"""What the extraction components share while reading one document.

The entity components (gazetteer, ner, coref, link) fill ``mentions`` and ``entities``; the date
component fills ``dates``; the event components read all three plus the spaCy parse and append
``events``. Components never touch a database.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Document, Entity, Event, Mention

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from ..kb import KB


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved against the document's own date."""

    start: int
    end: int
    text: str
    value: str | None  # ISO: "2025", "2025-12", "2025-12-01"; None when it cannot be fixed
    end_value: str | None = None  # for ranges ("5 to 9 December 2022")


@dataclass
class DocContext:
    document: Document
    doc: Doc  # the spaCy parse of document.text
    kb: KB
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)  # scratch space shared between components

    # --- lookups the event components use -------------------------------------------------
    def sort_mentions(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions wholly inside the character range [start, end)."""
        starts = getattr(self, "_starts", None)
        if starts is None or len(starts) != len(self.mentions):
            self.sort_mentions()
            starts = self._starts
        i = bisect_left(starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def mention_at_token(self, token: Token) -> Mention | None:
        """The mention covering a token, if any."""
        for m in self.mentions_in(max(0, token.idx - 200), token.idx + len(token) + 1):
            if m.start <= token.idx < m.end:
                return m
        return None

    def mentions_in_span(self, span: Span) -> list[Mention]:
        return self.mentions_in(span.start_char, span.end_char)

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return [d for d in self.dates if d.start >= start and d.end <= end]

    def entity(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

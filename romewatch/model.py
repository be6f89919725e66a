"""Records that cross stage boundaries (ingest -> extract -> store -> query).

They are plain frozen dataclasses. ``ExtractionResult.to_contract()`` produces the JSON shape of
``spec/EXTRACTION.md`` section 3, which the store, the API and the referee all read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Document:
    """An ingested document: its original bytes and the text extraction works on."""

    id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO date, as precise as known
    source: str = ""  # path or URL
    media_type: str = "text/plain"
    language: str = "en"
    content_hash: str = ""
    raw: bytes = b""


@dataclass(frozen=True)
class Mention:
    """A span of the text that refers to an entity."""

    start: int
    end: int
    text: str
    entity_id: str
    component: str = ""


@dataclass
class Entity:
    id: str
    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "aliases": sorted(set(self.aliases) - {self.name}),
            "mentions": [list(m) for m in sorted(set(self.mentions))],
        }


@dataclass
class Event:
    id: str
    type: str
    roles: dict[str, list[str]]
    date: str | None = None
    end_date: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    component: str = ""
    version: str = ""

    def to_contract(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "date": self.date,
            "end_date": self.end_date,
            "roles": {r: list(v) for r, v in self.roles.items() if v},
            "attributes": dict(self.attributes),
            "evidence": [list(s) for s in self.evidence],
            "confidence": round(float(self.confidence), 3),
        }


@dataclass
class ExtractionResult:
    document: Document
    entities: list[Entity]
    events: list[Event]

    def to_contract(self) -> dict[str, Any]:
        doc = self.document
        used = {eid for ev in self.events for ids in ev.roles.values() for eid in ids}
        known = {e.id for e in self.entities}
        missing = used - known
        if missing:  # the contract: every id in roles appears in entities
            raise ValueError(f"events name entities that were not emitted: {sorted(missing)}")
        return {
            "document": {"id": doc.id, "title": doc.title, "date": doc.date, "source": doc.source},
            "entities": [e.to_contract() for e in self.entities],
            "events": [e.to_contract() for e in self.events],
        }

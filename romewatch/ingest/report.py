"""What an ingest run did, item by item, and its one-line summary."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("ingested", "duplicate", "failed")


@dataclass
class ItemReport:
    source: str
    status: str  # ingested | duplicate | failed
    doc_id: str | None = None
    reason: str = ""
    title: str = ""
    events: int | None = None  # events saved by extraction, when it ran


@dataclass
class IngestReport:
    items: list[ItemReport] = field(default_factory=list)

    def add(self, item: ItemReport) -> ItemReport:
        self.items.append(item)
        return item

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def ingested(self) -> int:
        return self.count("ingested")

    @property
    def duplicates(self) -> int:
        return self.count("duplicate")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def failures(self) -> list[ItemReport]:
        return [item for item in self.items if item.status == "failed"]

    def summary(self) -> str:
        return f"ingested {self.ingested}, duplicates {self.duplicates}, failed {self.failed}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "items": [asdict(item) for item in self.items],
        }

"""A hand-made document and extraction result for store tests."""

from __future__ import annotations

from romewatch.ids import document_id, event_id
from romewatch.model import Document, Entity, Event, ExtractionResult

TEXT = (
    "THE HAGUE, 4 May 2023 – The United States sanctioned Al-Haq under Executive Order 14203. "
    "Slovenia urged States Parties to protect the Court."
)


def make_doc(text: str = TEXT, **kw) -> Document:
    return Document(id=document_id(text), text=text, title=kw.pop("title", "US sanctions"), **kw)


def make_event(doc: Document, type_: str, roles: dict, **kw) -> Event:
    return Event(id=event_id(doc.id, type_, roles), type=type_, roles=roles, **kw)


def make_result(doc: Document | None = None, events: list[Event] | None = None) -> ExtractionResult:
    doc = doc or make_doc(date="2023-05-04", source="a.txt")
    ents = [
        Entity("state:us", "state", "United States", ["US"], [_span(doc.text, "United States")]),
        Entity("org:al-haq", "organization", "Al-Haq", [], [_span(doc.text, "Al-Haq")]),
        Entity("state:si", "state", "Slovenia", [], [_span(doc.text, "Slovenia")]),
        Entity("court:states-parties", "court", "States Parties", [], [_span(doc.text, "States Parties")]),
    ]
    if events is None:
        events = [
            make_event(
                doc, "sanction", {"imposer": ["state:us"], "target": ["org:al-haq"]}, date="2023", evidence=[(0, 88)]
            ),
            make_event(
                doc,
                "demand",
                {"claimant": ["state:si"], "addressee": ["court:states-parties"]},
                date="2023-05-04",
                attributes={"action": "protect the Court"},
                evidence=[(89, 140)],
            ),
        ]
    return ExtractionResult(document=doc, entities=ents, events=events)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.find(needle)
    return (start, start + len(needle)) if start >= 0 else (0, 0)

"""Small hand-built documents and extractions, so web tests never depend on the extractor's mood."""

from __future__ import annotations

from romewatch.ids import document_id, event_id
from romewatch.model import Document, Entity, Event, ExtractionResult

SANCTIONS_TEXT = (
    "Joint NGO statement, 12 February 2025.\n\n"
    "On 6 February 2025 the United States imposed sanctions on Prosecutor Karim Khan under Executive Order 14203. "
    "We, Al-Haq and the International Federation for Human Rights (FIDH), condemn these sanctions. "
    "We urge the States Parties to adopt a Blocking Statute protecting the International Criminal Court. "
    "The statement was delivered at the 24th session of the Assembly of States Parties in The Hague."
)

SESSION_TEXT = (
    "Assembly report, 8 December 2025.\n\n"
    "The 24th session of the Assembly of States Parties opened in The Hague on 1 December 2025. "
    "Chile, Finland and Ireland co-sponsored a side event on the Court's independence, organised by FIDH. "
    "Pre-Trial Chamber II found that Mongolia failed to arrest Vladimir Putin and referred the matter to the Assembly. "
    "Vladimir Putin visited Mongolia on 3 September 2024 and was not arrested."
)

ENTITIES = {
    "state:us": ("state", "United States"),
    "person:karim-khan": ("person", "Karim Khan"),
    "instrument:us-eo-14203": ("instrument", "Executive Order 14203"),
    "org:al-haq": ("organization", "Al-Haq"),
    "org:fidh": ("organization", "International Federation for Human Rights"),
    "court:states-parties": ("court", "States Parties"),
    "court:icc": ("court", "International Criminal Court"),
    "session:asp-24": ("session", "24th session of the Assembly of States Parties"),
    "place:the-hague": ("place", "The Hague"),
    "state:cl": ("state", "Chile"),
    "state:fi": ("state", "Finland"),
    "state:ie": ("state", "Ireland"),
    "court:pre-trial-chamber-2": ("court", "Pre-Trial Chamber II"),
    "state:mn": ("state", "Mongolia"),
    "person:vladimir-putin": ("person", "Vladimir Putin"),
    "court:asp": ("court", "Assembly of States Parties"),
}


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _sentence(text: str, needle: str) -> tuple[int, int]:
    s, e = _span(text, needle)
    start = text.rfind(". ", 0, s)
    start = 0 if start < 0 else start + 2
    start = max(start, text.rfind("\n", 0, s) + 1)
    end = text.find(". ", e)
    return start, (len(text) if end < 0 else end + 1)


def _result(
    text: str, title: str, date: str, source: str, events: list[tuple[str, dict, str | None, dict, str]]
) -> ExtractionResult:
    doc = Document(id=document_id(text), text=text, title=title, date=date, source=source)
    used = {i for _, roles, _, _, _ in events for ids in roles.values() for i in ids}
    ents = []
    for eid in sorted(used):
        kind, name = ENTITIES[eid]
        mentions = []
        if name in text:
            mentions.append(_span(text, name))
        ents.append(Entity(id=eid, kind=kind, name=name, aliases=[], mentions=mentions))
    evs = []
    for etype, roles, date_, attrs, needle in events:
        span = _sentence(text, needle)
        evs.append(
            Event(
                id=event_id(doc.id, etype, roles, span[0]),
                type=etype,
                roles=roles,
                date=date_,
                attributes=attrs,
                evidence=[span],
                confidence=0.7,
                component="test",
                version="1",
            )
        )
    return ExtractionResult(document=doc, entities=ents, events=evs)


def sanctions_result() -> ExtractionResult:
    t = SANCTIONS_TEXT
    return _result(
        t,
        "Joint NGO statement on US sanctions",
        "2025-02-12",
        "https://example.org/ngo-statement",
        [
            (
                "sanction",
                {"imposer": ["state:us"], "target": ["person:karim-khan"], "instrument": ["instrument:us-eo-14203"]},
                "2025-02-06",
                {},
                "imposed sanctions",
            ),
            (
                "condemnation",
                {"agent": ["org:al-haq", "org:fidh"], "target": ["state:us"]},
                "2025-02-12",
                {"about": "sanctions"},
                "condemn these sanctions",
            ),
            (
                "demand",
                {"claimant": ["org:al-haq", "org:fidh"], "addressee": ["court:states-parties"]},
                "2025-02-12",
                {"action": "adopt a Blocking Statute"},
                "We urge",
            ),
            (
                "statement",
                {"author": ["org:al-haq"], "signatory": ["org:al-haq", "org:fidh"], "forum": ["session:asp-24"]},
                "2025-02-12",
                {"form": "joint_statement", "title": "Joint NGO statement"},
                "The statement was delivered",
            ),
        ],
    )


def session_result() -> ExtractionResult:
    t = SESSION_TEXT
    return _result(
        t,
        "Report of the 24th Assembly session",
        "2025-12-08",
        "/data/asp24-report.txt",
        [
            (
                "assembly_session",
                {"session": ["session:asp-24"], "venue": ["place:the-hague"]},
                "2025-12-01",
                {"number": 24, "kind": "regular"},
                "opened in The Hague",
            ),
            (
                "side_event",
                {
                    "co_sponsor": ["state:cl", "state:fi", "state:ie"],
                    "organizer": ["org:fidh"],
                    "forum": ["session:asp-24"],
                },
                "2025-12",
                {"title": "The Court's independence"},
                "co-sponsored",
            ),
            (
                "non_cooperation_finding",
                {
                    "issuer": ["court:pre-trial-chamber-2"],
                    "state": ["state:mn"],
                    "subject": ["person:vladimir-putin"],
                    "referred_to": ["court:asp"],
                },
                "2024-10-24",
                {},
                "failed to arrest",
            ),
            (
                "fugitive_visit",
                {"subject": ["person:vladimir-putin"], "host": ["state:mn"]},
                "2024-09-03",
                {"arrested": False},
                "visited Mongolia",
            ),
        ],
    )

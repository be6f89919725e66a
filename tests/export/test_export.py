from __future__ import annotations

import csv
import io
import json

import pytest

from romewatch.errors import RunError
from romewatch.export import FORMATS, export, text
from romewatch.ids import document_id, event_id
from romewatch.model import Document, Entity, Event, ExtractionResult
from romewatch.query import basic
from romewatch.store import Store

TEXT = "The United States sanctioned Al-Haq. Slovenia urged States Parties to act."


@pytest.fixture
def store(tmp_path):
    s = Store.open(str(tmp_path / "x.db"))
    doc = Document(id=document_id(TEXT), text=TEXT, title="T", date="2025-02-06", source="t.txt")

    def span(word):
        return (TEXT.index(word), TEXT.index(word) + len(word))

    ents = [
        Entity("state:us", "state", "United States", [], [span("United States")]),
        Entity("org:al-haq", "organization", "Al-Haq", [], [span("Al-Haq")]),
        Entity("state:si", "state", "Slovenia", [], [span("Slovenia")]),
        Entity("court:states-parties", "court", "States Parties", [], [span("States Parties")]),
    ]
    sanction = {"imposer": ["state:us"], "target": ["org:al-haq"]}
    demand = {"claimant": ["state:si"], "addressee": ["court:states-parties"]}
    events = [
        Event(event_id(doc.id, "sanction", sanction), "sanction", sanction, "2025-02-06", evidence=[(0, 36)]),
        Event(
            event_id(doc.id, "demand", demand),
            "demand",
            demand,
            None,
            attributes={"action": "act"},
            evidence=[(37, 74)],
        ),
    ]
    s.save_extraction(ExtractionResult(doc, ents, events), component="t", version="1")
    yield s
    s.close()


def test_json_is_the_contract_per_document(store):
    out = io.StringIO()
    assert export(store, "json", out) == 1
    [doc] = json.loads(out.getvalue())
    assert set(doc) == {"document", "entities", "events"}
    assert [e["type"] for e in doc["events"]] == ["sanction", "demand"]
    ids = {e["id"] for e in doc["entities"]}
    assert all(i in ids for ev in doc["events"] for v in ev["roles"].values() for i in v)


def test_empty_store_exports_valid_json(tmp_path):
    out = io.StringIO()
    export(Store.open(str(tmp_path / "e.db")), "json", out)
    assert json.loads(out.getvalue()) == []


def test_jsonl_one_event_per_line_with_filters(store):
    out = io.StringIO()
    assert export(store, "jsonl", out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {r["type"] for r in rows} == {"sanction", "demand"} and all(r["review_state"] == "machine" for r in rows)
    out = io.StringIO()
    assert export(store, "jsonl", out, type="demand") == 1


def test_csv_flattens_roles(store):
    out = io.StringIO()
    export(store, "csv", out)
    rows = {r["type"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows["sanction"]["imposer"] == "state:us" and rows["sanction"]["target"] == "org:al-haq"
    assert rows["sanction"]["roles_named"] == "imposer: United States; target: Al-Haq"
    assert json.loads(rows["demand"]["attributes"]) == {"action": "act"} and rows["demand"]["claimant"] == "state:si"
    assert rows["sanction"]["evidence"] == "0-36"


def test_unknown_format_is_a_run_error(store):
    assert FORMATS == ("json", "jsonl", "csv")
    with pytest.raises(RunError):
        export(store, "xml", io.StringIO())


def test_query_basic_and_text_views(store):
    doc_id = document_id(TEXT)
    view = basic.document_view(store, doc_id)
    assert view["events"][0]["evidence_text"] and {m["text"] for m in view["mentions"]} >= {"Al-Haq", "Slovenia"}
    assert "Events (2)" in text.document(view)
    listed = basic.list_events(store, type="sanction")
    assert listed[0]["role_names"] == {"imposer": ["United States"], "target": ["Al-Haq"]}
    assert "imposer: United States" in text.events(listed)
    hits = basic.search(store, "Al-Haq")
    assert "[Al" in text.hits(hits)
    assert "state:si" in text.entities(basic.list_entities(store, kind="state"))

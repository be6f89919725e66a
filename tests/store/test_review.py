from __future__ import annotations

import pytest
from store_helpers import make_event, make_result

from romewatch.errors import NotFound, PermissionDenied
from romewatch.store import InvalidInput


def _sanction(store):
    return next(e for e in store.events() if e["type"] == "sanction")


def test_events_are_contract_shaped_with_review_state(loaded):
    store, result = loaded
    ev = _sanction(store)
    assert ev["roles"] == {"imposer": ["state:us"], "target": ["org:al-haq"]}
    assert ev["document"] == result.document.id and ev["review_state"] == "machine"
    assert ev["original"]["roles"] == ev["roles"] and ev["evidence"] == [[0, 88]]
    assert store.get_event(ev["id"]) == ev


def test_event_filters(loaded):
    store, _ = loaded
    assert [e["type"] for e in store.events(type="demand")] == ["demand"]
    assert len(store.events(actor="United States")) == 1
    assert len(store.events(actor="US", role="imposer")) == 1
    assert store.events(actor="US", role="target") == []
    assert len(store.events(since="2023-05-01")) == 2  # "2023" overlaps May 2023
    assert store.events(until="2022-12-31") == []
    assert len(store.events(since="2023-05", until="2023-05")) == 2


def test_reviewed_event_survives_reextraction(loaded):
    store, result = loaded
    ev = _sanction(store)
    store.review_event(ev["id"], "rita", "edit", {"date": "2023-05-02", "roles": {"imposer": ["state:us"]}})
    counts = store.save_extraction(result, component="test", version="2")
    assert counts["kept"] == 1 and counts["updated"] == 1
    after = store.get_event(ev["id"])
    assert after["date"] == "2023-05-02" and after["roles"] == {"imposer": ["state:us"]}
    assert after["review_state"] == "edited" and after["original"]["date"] == "2023"

    counts = store.save_extraction(make_result(events=[]), component="test", version="3")
    assert counts == {"added": 0, "updated": 0, "kept": 0, "removed": 1}  # unreviewed demand goes
    assert [e["id"] for e in store.events()] == [ev["id"]]


def test_accepted_event_not_removed_when_no_longer_produced(loaded):
    store, _ = loaded
    ev = _sanction(store)
    store.review_event(ev["id"], "rita", "accept")
    store.save_extraction(make_result(events=[]), component="test", version="2")
    assert store.get_event(ev["id"])["review_state"] == "accepted"


def test_new_machine_events_are_added_on_reextraction(loaded):
    store, result = loaded
    doc = result.document
    extra = make_event(doc, "support", {"agent": ["state:si"], "beneficiary": ["court:states-parties"]})
    counts = store.save_extraction(make_result(events=[*result.events, extra]), component="test", version="2")
    assert counts["added"] == 1 and len(store.events()) == 3


def test_reject_hides_and_restore_brings_back(loaded):
    store, _ = loaded
    ev = _sanction(store)
    store.review_event(ev["id"], "rita", "reject", note="not a sanction")
    assert ev["id"] not in [e["id"] for e in store.events()]
    assert store.get_event(ev["id"])["review_state"] == "rejected"
    assert ev["id"] in [e["id"] for e in store.events(include_rejected=True)]
    assert [e["id"] for e in store.events(review_state="rejected")] == [ev["id"]]
    restored = store.review_event(ev["id"], "rita", "restore")
    assert restored["review_state"] == "accepted"
    with pytest.raises(InvalidInput, match="not rejected"):
        store.review_event(ev["id"], "rita", "restore")


def test_every_review_is_audited_with_before_and_after(loaded):
    store, _ = loaded
    ev = _sanction(store)
    store.review_event(ev["id"], "rita", "edit", {"attributes": {}, "end_date": "2024"}, note="ends 2024")
    store.review_event(ev["id"], "rita", "reject")
    history = store.audit(ev["id"])
    assert [h["action"] for h in history] == ["event.reject", "event.edit"]
    edit = history[1]
    assert edit["before"]["end_date"] is None and edit["after"]["end_date"] == "2024"
    assert edit["note"] == "ends 2024" and edit["user"] == "rita"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"roles": {"victim": ["state:us"]}}, "no role"),
        ({"roles": {"imposer": ["state:zz"]}}, "unknown entities"),
        ({"date": "May 2023"}, "must look like"),
        ({"confidence": 1}, "cannot edit"),
        ({"attributes": {"colour": "red"}}, "no attribute"),
        ({}, "at least one"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(loaded, changes, message):
    store, _ = loaded
    ev = _sanction(store)
    with pytest.raises(InvalidInput, match=message):
        store.review_event(ev["id"], "rita", "edit", changes)
    assert store.get_event(ev["id"]) == ev
    assert store.audit(ev["id"]) == []


def test_review_needs_a_reviewer(loaded):
    store, _ = loaded
    ev = _sanction(store)
    with pytest.raises(PermissionDenied):
        store.review_event(ev["id"], "vic", "accept")
    with pytest.raises(PermissionDenied):
        store.review_event(ev["id"], "nobody", "accept")
    with pytest.raises(NotFound):
        store.review_event("ev-missing", "rita", "accept")
    with pytest.raises(InvalidInput):
        store.review_event(ev["id"], "rita", "bless")


def test_demand_status_is_set_and_audited(loaded):
    store, _ = loaded
    demand = store.events(type="demand")[0]
    store.set_demand_status(demand["id"], "met", "law passed", "https://example.org", "rita")
    got = store.get_event(demand["id"])["demand_status"]
    assert got["status"] == "met" and got["set_by"] == "rita" and got["source"] == "https://example.org"
    store.set_demand_status(demand["id"], "not_met", "", "", "ada")
    entries = store.audit(demand["id"])
    assert entries[0]["before"]["status"] == "met" and entries[0]["after"]["status"] == "not_met"
    with pytest.raises(InvalidInput):
        store.set_demand_status(demand["id"], "maybe", "", "", "rita")
    with pytest.raises(InvalidInput, match="only demands"):
        store.set_demand_status(_sanction(store)["id"], "met", "", "", "rita")

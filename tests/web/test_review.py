"""Review through the UI: accept, reject/restore, edit, audit, demand status, re-extraction safety."""

from __future__ import annotations

from .fixtures import sanctions_result
from .test_auth import error_of


def form(client, **fields):
    return {"csrf_token": client.headers["X-CSRF-Token"], **fields}


def test_queue_lists_machine_events_with_evidence(reviewer):
    data = reviewer.get("/api/review").json()
    assert data["counts"]["machine"] == 8 and data["total"] == 8
    assert all(ev["evidence_text"]["evidence"] for ev in data["events"])
    html = reviewer.get("/review").text
    assert html.count('class="panel review-card"') == 8 and "Accept" in html


def test_accept_moves_event_out_of_the_queue(reviewer, store):
    ev = store.events(type="sanction")[0]
    r = reviewer.post(
        f"/events/{ev['id']}/review", data=form(reviewer, action="accept", next="/review"), follow_redirects=False
    )
    assert r.status_code == 303 and r.headers["location"] == "/review"
    assert "Event accepted" in reviewer.get("/review").text
    assert ev["id"] not in {e["id"] for e in reviewer.get("/api/review").json()["events"]}
    rows = reviewer.get("/api/registers/sanctions", params={"reviewed": "true"}).json()["rows"]
    assert [r["event"] for r in rows] == [ev["id"]]


def test_reject_hides_and_restore_brings_back(reviewer, store):
    ev = store.events(type="fugitive_visit")[0]
    reviewer.post(f"/api/events/{ev['id']}/review", json={"action": "reject", "note": "not a visit"})
    rows = reviewer.get("/api/registers/non-cooperation").json()["rows"]
    assert not any(v["event"] == ev["id"] for r in rows for v in r["visits"])
    rejected = reviewer.get("/api/review", params={"state": "rejected"}).json()["events"]
    assert [e["id"] for e in rejected] == [ev["id"]]
    assert store.get_event(ev["id"])["review_state"] == "rejected"  # kept, not deleted
    r = reviewer.post(f"/events/{ev['id']}/review", data=form(reviewer, action="restore"), follow_redirects=False)
    assert r.status_code == 303
    assert store.get_event(ev["id"])["review_state"] != "rejected"
    actions = [a["action"] for a in reviewer.get(f"/api/events/{ev['id']}").json()["audit"]]
    assert actions == ["event.restore", "event.reject"]


def test_edit_roles_dates_attributes_from_the_form(reviewer, store):
    ev = store.events(type="demand")[0]
    fields = form(
        reviewer,
        action="edit",
        note="checked against the letter",
        date="2025-02-13",
        end_date="",
        **{"attr.action": "adopt an EU Blocking Statute"},
    )
    data = {**fields, "role.claimant": ["org:al-haq", ""], "role.addressee": ["court:states-parties", "United States"]}
    r = reviewer.post(f"/events/{ev['id']}/review", data=data, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/events/" + ev["id"], r.text
    shown = reviewer.get(r.headers["location"]).text
    assert "Event saved" in shown, shown[shown.find("<main>") : shown.find("<main>") + 400]
    after = store.get_event(ev["id"])
    assert after["review_state"] == "edited" and after["date"] == "2025-02-13"
    assert after["roles"] == {"claimant": ["org:al-haq"], "addressee": ["court:states-parties", "state:us"]}
    assert after["attributes"] == {"action": "adopt an EU Blocking Statute"}
    assert after["original"]["date"] == "2025-02-12"  # the machine's reading is kept beside the edit
    page = reviewer.get(f"/events/{ev['id']}").text
    assert "event.edit" in page and "checked against the letter" in page and "rita" in page
    entry = reviewer.get(f"/api/events/{ev['id']}").json()["audit"][0]
    assert entry["before"]["date"] == "2025-02-12" and entry["after"]["date"] == "2025-02-13"
    row = next(r for r in reviewer.get("/api/registers/demands").json()["rows"] if r["event"] == ev["id"])
    assert row["action"] == "adopt an EU Blocking Statute" and row["review_state"] == "edited"


def test_edit_with_unknown_entity_says_why(reviewer, store):
    ev = store.events(type="demand")[0]
    data = form(reviewer, action="edit", date="2025", **{"role.claimant": ["Nobody Known"]})
    r = reviewer.post(f"/events/{ev['id']}/review", data=data)
    assert r.status_code == 200 and "Not saved" in r.text and "Nobody Known" in r.text
    assert store.get_event(ev["id"])["review_state"] == "machine"


def test_api_edit_validation_errors_share_the_shape(reviewer, store):
    ev = store.events(type="demand")[0]
    r = reviewer.post(f"/api/events/{ev['id']}/review", json={"action": "edit", "changes": {"date": "soon"}})
    assert r.status_code == 400 and "date" in error_of(r)["message"]
    r = reviewer.post(f"/api/events/{ev['id']}/review", json={"action": "launch"})
    assert r.status_code == 400
    r = reviewer.post("/api/events/ev-none/review", json={"action": "accept"})
    assert r.status_code == 404


def test_re_extraction_keeps_reviewed_events(reviewer, store):
    ev = store.events(type="sanction")[0]
    reviewer.post(
        f"/api/events/{ev['id']}/review",
        json={
            "action": "edit",
            "changes": {"date": "2025-02-07"},
            "note": "the order is dated the 6th, signed the 7th",
        },
    )
    store.save_extraction(sanctions_result(), component="test", version="2")
    data = reviewer.get(f"/api/events/{ev['id']}").json()
    assert data["event"]["date"] == "2025-02-07" and data["event"]["review_state"] == "edited"
    assert len(reviewer.get("/api/registers/sanctions").json()["rows"]) == 1


def test_demand_status_set_with_note_and_source(reviewer, viewer, store):
    ev = store.events(type="demand")[0]
    r = reviewer.post(
        f"/events/{ev['id']}/demand-status",
        data=form(
            reviewer,
            status="not_met",
            note="no blocking statute by December",
            source="https://example.org/eu",
            next="/registers/demands",
        ),
        follow_redirects=False,
    )
    assert r.headers["location"] == "/registers/demands"
    row = reviewer.get("/api/registers/demands").json()["rows"][0]
    assert (row["status"], row["status_note"], row["status_by"]) == (
        "not_met",
        "no blocking statute by December",
        "rita",
    )
    assert reviewer.get("/api/registers/demands", params={"status": "not_met"}).json()["count"] == 1
    assert reviewer.get("/api/registers/demands", params={"status": "met"}).json()["count"] == 0
    r = reviewer.post(f"/api/events/{ev['id']}/demand-status", json={"status": "maybe"})
    assert r.status_code == 400
    r = viewer.post(f"/api/events/{ev['id']}/demand-status", json={"status": "met"})
    assert r.status_code == 403
    assert "demand.status" in [a["action"] for a in reviewer.get("/api/audit").json()["entries"]]


def test_delete_document_is_admin_only_and_audited(admin, reviewer, store):
    doc = store.list_documents()[0]["id"]
    assert reviewer.delete(f"/api/documents/{doc}").status_code == 403
    assert admin.delete(f"/api/documents/{doc}").json() == {"deleted": doc}
    assert admin.get(f"/api/documents/{doc}").status_code == 404
    assert admin.get("/api/audit").json()["entries"][0]["action"] == "document.delete"


def test_reviewer_adds_an_entity_then_uses_it(reviewer, viewer, store):
    ev = store.events(type="demand")[0]
    r = reviewer.post(
        "/entities",
        data=form(reviewer, kind="organization", name="Human Rights Watch", next=f"/events/{ev['id']}"),
        follow_redirects=False,
    )
    assert r.status_code == 303 and store.get_entity("org:human-rights-watch")["name"] == "Human Rights Watch"
    r = reviewer.post("/api/entities", json={"kind": "organization", "name": "Human Rights Watch"})
    assert r.status_code == 400 and "already exists" in error_of(r)["message"]
    r = reviewer.post("/api/entities", json={"kind": "alien", "name": "X"})
    assert r.status_code == 400
    r = viewer.post("/api/entities", json={"kind": "organization", "name": "Someone"})
    assert r.status_code == 403
    reviewer.post(
        f"/api/events/{ev['id']}/review",
        json={
            "action": "edit",
            "changes": {
                "roles": {"claimant": ["org:al-haq", "org:human-rights-watch"], "addressee": ["court:states-parties"]}
            },
        },
    )
    assert store.get_event(ev["id"])["roles"]["claimant"] == ["org:al-haq", "org:human-rights-watch"]
    assert "entity.add" in [a["action"] for a in store.audit("org:human-rights-watch")]

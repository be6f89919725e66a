"""Actor profile and brief, timeline picture, network, and adding documents."""

from __future__ import annotations

from .test_auth import error_of


def test_profile_groups_by_type_and_role(viewer):
    prof = viewer.get("/api/actors/state:mn").json()
    assert prof["entity"]["name"] == "Mongolia" and prof["event_count"] == 2
    groups = {g["type"]: {b["role"]: len(b["events"]) for b in g["roles"]} for g in prof["groups"]}
    assert groups == {"non_cooperation_finding": {"state": 1}, "fugitive_visit": {"host": 1}}
    assert prof["rome_statute"] is None or prof["rome_statute"]["status"] == "party"
    row = prof["groups"][0]["roles"][0]["events"][0]
    assert row["source"]["document"].startswith("doc-") and "Vladimir Putin" in str(row["others"])
    html = viewer.get("/actors/state:mn").text
    assert "Non-cooperation finding" in html and "Download brief" in html


def test_profile_of_an_organisation_counts_acts(viewer):
    prof = viewer.get("/api/actors/org:al-haq").json()
    assert prof["did"] == 3 and prof["rome_statute"] is None
    assert {p["id"] for p in prof["partners"]} >= {"org:fidh", "state:us"}


def test_brief_downloads_as_markdown_and_prints(viewer):
    r = viewer.get("/actors/state:us/brief.md")
    assert r.headers["content-type"].startswith("text/markdown")
    assert r.headers["content-disposition"] == 'attachment; filename="brief-state-us.md"'
    text = r.text
    assert text.startswith("# United States\n") and "## Sanction (1)" in text and "Karim Khan" in text
    assert "/documents/doc-" in text
    html = viewer.get("/actors/state:us/brief").text
    assert "window.print()" in html and 'class="panel brief"' in html
    css = viewer.get("/static/app.css").text
    assert "@media print" in css
    assert viewer.get("/api/actors/state:us/brief").json()["markdown"] == text


def test_timeline_draws_lanes_per_family(viewer):
    data = viewer.get("/api/timeline").json()
    assert [lane["family"] for lane in data["lanes"]] == ["pressure", "justice", "assembly", "voice", "membership"]
    assert data["count"] == 8 and data["undated"] == 0
    side = next(i for i in data["items"] if i["type"] == "side_event")
    assert (side["start"], side["end"]) == ("2025-12-01", "2025-12-31")
    html = viewer.get("/timeline").text
    assert html.count('class="dot"') == 8 and html.count('class="lane"') == 5 and "<svg" in html
    only = viewer.get("/api/timeline", params={"actor": "state:mn"}).json()
    assert {i["type"] for i in only["items"]} == {"non_cooperation_finding", "fugitive_visit"}
    typed = viewer.get("/api/timeline", params={"type": ["sanction", "demand"]}).json()
    assert {i["type"] for i in typed["items"]} == {"sanction", "demand"}


def test_network_links_those_acting_together(viewer):
    data = viewer.get("/api/network").json()
    pairs = {(e["source"], e["target"]) for e in data["edges"]}
    assert ("state:cl", "state:fi") in pairs and ("org:al-haq", "org:fidh") in pairs
    assert not any("state:mn" in p for p in pairs)  # a finding against a state is not acting together
    edge = next(e for e in data["edges"] if (e["source"], e["target"]) == ("org:al-haq", "org:fidh"))
    assert edge["weight"] == 3 and {ev["type"] for ev in edge["events"]} == {"condemnation", "demand", "statement"}
    focused = viewer.get("/api/network", params={"actor": "Chile"}).json()
    assert {n["id"] for n in focused["nodes"]} == {"state:cl", "state:fi", "state:ie", "org:fidh"}
    html = viewer.get("/network").text
    assert 'id="network-data"' in html and "/static/network.js" in html
    assert error_of(viewer.get("/api/network", params={"type": "arrest_warrant"}))["code"] == "bad_request"


def test_upload_reports_each_item(admin):
    files = [
        ("files", ("letter.txt", b"10 March 2025. Amnesty International urged Hungary to stay.", "text/plain")),
        ("files", ("empty.txt", b"   ", "text/plain")),
        ("files", ("picture.exe", b"MZ\x00\x01", "application/octet-stream")),
    ]
    r = admin.post(
        "/ingest",
        files=files,
        data={"extract": "off", "csrf_token": admin.headers["X-CSRF-Token"]},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/ingest/jobs/")
    job = admin.get("/api" + r.headers["location"]).json()["job"]
    assert job["state"] == "finished" and job["done"] == job["total"] == 3
    by_name = {i["source"]: i for i in job["items"]}
    assert by_name["letter.txt"]["status"] == "ingested" and by_name["letter.txt"]["doc_id"].startswith("doc-")
    assert by_name["empty.txt"]["status"] == "failed" and "empty" in by_name["empty.txt"]["reason"]
    assert by_name["picture.exe"]["status"] == "failed" and by_name["picture.exe"]["reason"]
    doc = admin.get(f"/api/documents/{by_name['letter.txt']['doc_id']}").json()["document"]
    assert doc["source"] == "upload:letter.txt"
    page = admin.get(r.headers["location"]).text
    assert "empty.txt" in page and "status-failed" in page
    again = admin.post("/ingest", files=files[:1], data={"extract": "off"}, headers={"Accept": "application/json"})
    assert again.status_code == 202 and again.json()["items"][0]["status"] == "duplicate"


def test_url_failures_are_reported(admin):
    r = admin.post(
        "/ingest",
        data={"urls": "http://127.0.0.1:9/nothing-here\nnot a url", "extract": "off"},
        headers={"Accept": "application/json"},
    )
    items = r.json()["items"]
    assert [i["status"] for i in items] == ["failed", "failed"] and all(i["reason"] for i in items)


def test_upload_needs_input_and_admin(admin, reviewer):
    r = admin.post("/ingest", data={"urls": ""}, headers={"Accept": "application/json"})
    assert r.status_code == 400 and error_of(r)["code"] == "invalid_input"
    r = reviewer.post("/ingest", data={"urls": "https://example.org"}, headers={"Accept": "application/json"})
    assert r.status_code == 403

"""Every page renders, its JSON twin carries the same data, and misses share the error shape."""

from __future__ import annotations

import pytest

from .test_auth import error_of

PAGES = [
    "/",
    "/?q=sanctions",
    "/documents",
    "/registers",
    "/registers/sanctions",
    "/registers/non-cooperation",
    "/registers/sessions",
    "/registers/statements",
    "/registers/demands",
    "/actors",
    "/actors/state:us",
    "/actors/state:us/brief",
    "/timeline",
    "/network",
    "/review",
    "/audit",
    "/ingest",
    "/users",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_and_json_twin(admin, path):
    page = admin.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<nav" in page.text and "/static/app.css" in page.text
    api_path = "/api" + (path if not path.startswith("/?") and path != "/" else "/search" + path[1:])
    twin = admin.get(api_path)
    assert twin.status_code == 200 and twin.headers["content-type"].startswith("application/json"), api_path
    sep = "&" if "?" in path else "?"
    assert admin.get(path + sep + "format=json").json() == twin.json()


def test_search_highlights_and_filters(viewer, store):
    hits = viewer.get("/api/search", params={"q": "sanctions"}).json()["hits"]
    assert hits and all("<mark>" in h["snippet"] for h in hits)
    only = viewer.get("/api/search", params={"q": "Mongolia", "type": "non_cooperation_finding"}).json()["hits"]
    assert [h["title"] for h in only] == ["Report of the 24th Assembly session"]
    none = viewer.get("/api/search", params={"q": "sanctions", "type": "fugitive_visit"}).json()["hits"]
    assert none == []
    dated = viewer.get("/api/search", params={"q": "Assembly", "since": "2025-06"}).json()["hits"]
    assert {h["title"] for h in dated} == {"Report of the 24th Assembly session"}
    assert (
        viewer.get("/api/search", params={"q": "Assembly", "source": "asp24"})
        .json()["hits"][0]["source"]
        .endswith("asp24-report.txt")
    )
    html = viewer.get("/", params={"q": "sanctions"}).text
    assert "<mark>" in html
    assert error_of(viewer.get("/api/search", params={"q": "x", "type": "nonsense"}))["code"] == "bad_request"


def test_document_marks_mentions_and_evidence(viewer, store):
    doc = next(d for d in store.list_documents() if d["title"].startswith("Joint NGO"))
    data = viewer.get(f"/api/documents/{doc['id']}").json()
    assert {e["type"] for e in data["events"]} == {"sanction", "condemnation", "demand", "statement"}
    assert all(e["actors"] for e in data["events"])
    html = viewer.get(f"/documents/{doc['id']}").text
    sanction = next(e for e in data["events"] if e["type"] == "sanction")
    assert f'id="{sanction["id"]}"' in html  # the anchor the event links to
    assert f'href="#{sanction["id"]}"' in html
    assert 'class="m k-state" href="/actors/state:us"' in html
    assert f'data-ev="{sanction["id"]}' in html or f' {sanction["id"]}"' in html


def test_event_view_shows_evidence(viewer, store):
    ev = store.events(type="fugitive_visit")[0]
    data = viewer.get(f"/api/events/{ev['id']}").json()
    assert "visited Mongolia" in data["evidence"]["evidence"]
    assert data["event"]["actors"]["host"][0]["name"] == "Mongolia"


@pytest.mark.parametrize(
    "path",
    ["/documents/doc-nope", "/events/ev-nope", "/actors/state:zz", "/registers/nope", "/ingest/jobs/nope", "/nowhere"],
)
def test_not_found_both_shapes(admin, path):
    page = admin.get(path)
    assert page.status_code == 404 and "text/html" in page.headers["content-type"] and "Not found" in page.text
    api = admin.get("/api" + path)
    assert api.status_code == 404 and error_of(api)["code"] == "not_found"


def test_invalid_parameters_share_the_shape(viewer):
    r = viewer.get("/api/documents", params={"limit": 0})
    assert r.status_code == 422 and "limit" in error_of(r)["message"]
    r = viewer.get("/documents", params={"limit": "many"})
    assert r.status_code == 422 and "text/html" in r.headers["content-type"]
    assert error_of(viewer.get("/api/timeline", params={"type": "bogus"}))["code"] == "bad_request"
    assert error_of(viewer.get("/api/actors", params={"kind": "alien"}))["code"] == "bad_request"


def test_openapi_describes_the_api(anon):
    spec = anon.get("/openapi.json").json()
    paths = spec["paths"]
    for p in [
        "/api/search",
        "/api/documents/{doc_id}",
        "/api/registers/{name}",
        "/api/actors/{entity_id}",
        "/api/timeline",
        "/api/network",
        "/api/review",
        "/api/events/{event_id}/review",
        "/api/ingest/jobs/{job_id}",
    ]:
        assert p in paths, p
    assert not any(p.startswith("/registers") for p in paths)  # pages stay out of the API description


def test_static_assets_are_local(anon):
    html = anon.get("/login").text
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    for asset in ("/static/app.css", "/static/app.js", "/static/network.js", "/static/job.js"):
        assert anon.get(asset).status_code == 200


def test_filters_without_words_browse_documents(viewer):
    data = viewer.get("/api/search", params={"type": "side_event"}).json()
    assert data["hits"] == [] and [d["title"] for d in data["recent"]] == ["Report of the 24th Assembly session"]
    data = viewer.get("/api/search", params={"actor": "state:us"}).json()
    assert [d["title"] for d in data["recent"]] == ["Joint NGO statement on US sanctions"]
    assert viewer.get("/api/search", params={"until": "2024"}).json()["recent"] == []
    html = viewer.get("/", params={"actor": "state:us"}).text
    assert "Documents matching the filters" in html

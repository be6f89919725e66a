"""Sign-in, roles, CSRF and the shared error shape."""

from __future__ import annotations

import base64

from fastapi.testclient import TestClient

from romewatch.store import Store
from romewatch.web import create_app

from .conftest import PASSWORD, csrf_of


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    return body["error"]


def test_pages_redirect_to_login_and_api_answers_401(anon):
    r = anon.get("/registers/sanctions?sort=date", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=%2Fregisters%2Fsanctions")
    r = anon.get("/api/registers/sanctions")
    assert r.status_code == 401 and error_of(r)["code"] == "login_required"


def test_login_needs_csrf_and_right_password(anon):
    r = anon.post("/login", data={"username": "vera", "password": PASSWORD})
    assert r.status_code == 403
    token = csrf_of(anon)
    r = anon.post("/login", data={"username": "vera", "password": "wrong", "csrf_token": token})
    assert r.status_code == 401 and "wrong password" in r.text
    r = anon.post(
        "/login",
        data={"username": "vera", "password": PASSWORD, "csrf_token": token, "next": "/actors"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/actors"
    assert anon.get("/api/me").json()["role"] == "viewer"


def test_login_refuses_open_redirect(anon):
    token = csrf_of(anon)
    r = anon.post(
        "/login",
        data={"username": "vera", "password": PASSWORD, "csrf_token": token, "next": "//evil.example/x"},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/"


def test_session_cookie_flags(anon):
    r = anon.get("/login")
    cookie = r.headers["set-cookie"].lower()
    assert "samesite=lax" in cookie and "httponly" in cookie and "secure" not in cookie


def test_secure_cookies_setting(store):
    with TestClient(create_app(store, secret="s", secure_cookies=True), base_url="https://testserver") as c:
        assert "secure" in c.get("/login").headers["set-cookie"].lower()


def test_logout(viewer):
    r = viewer.post("/logout", data={"csrf_token": viewer.headers["X-CSRF-Token"]}, follow_redirects=False)
    assert r.status_code == 303
    assert viewer.get("/api/me").status_code == 401


def test_viewer_sees_no_review_controls_and_gets_403(viewer, store):
    ev = store.events(type="sanction")[0]
    html = viewer.get(f"/events/{ev['id']}").text
    assert 'action="/events/' not in html and "Accept" not in html
    assert 'href="/review"' not in viewer.get("/").text
    r = viewer.post(f"/api/events/{ev['id']}/review", json={"action": "accept"})
    assert r.status_code == 403 and error_of(r)["code"] == "forbidden"
    r = viewer.post(
        f"/events/{ev['id']}/review", data={"action": "accept", "csrf_token": viewer.headers["X-CSRF-Token"]}
    )
    assert r.status_code == 403 and "text/html" in r.headers["content-type"]
    assert viewer.get("/review").status_code == 403
    assert store.get_event(ev["id"])["review_state"] == "machine"


def test_post_without_csrf_is_403(reviewer, store):
    ev = store.events(type="sanction")[0]
    token = reviewer.headers.pop("X-CSRF-Token")
    r = reviewer.post(f"/api/events/{ev['id']}/review", json={"action": "accept"})
    assert r.status_code == 403 and "CSRF" in error_of(r)["message"]
    r = reviewer.post(f"/events/{ev['id']}/review", data={"action": "accept", "csrf_token": "forged"})
    assert r.status_code == 403
    r = reviewer.post(
        f"/events/{ev['id']}/review", data={"action": "accept", "csrf_token": token}, follow_redirects=False
    )
    assert r.status_code == 303


def test_admin_only_routes(reviewer, admin):
    assert reviewer.get("/ingest").status_code == 403
    assert error_of(reviewer.get("/api/users"))["code"] == "forbidden"
    assert {u["name"] for u in admin.get("/api/users").json()["users"]} == {"vera", "rita", "ada"}


def test_admin_creates_user(admin):
    r = admin.post(
        "/users",
        data={
            "username": "nina",
            "password": "long enough pw",
            "role": "reviewer",
            "csrf_token": admin.headers["X-CSRF-Token"],
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    r = admin.post(
        "/users",
        data={
            "username": "nina",
            "password": "long enough pw",
            "role": "reviewer",
            "csrf_token": admin.headers["X-CSRF-Token"],
        },
    )
    assert r.status_code == 400 and "already" in r.text
    assert any(u["name"] == "nina" and u["role"] == "reviewer" for u in admin.get("/api/users").json()["users"])


def test_http_basic_for_scripts(app):
    with TestClient(app) as c:
        auth = "Basic " + base64.b64encode(f"rita:{PASSWORD}".encode()).decode()
        assert c.get("/api/me", headers={"Authorization": auth}).json()["name"] == "rita"
        bad = "Basic " + base64.b64encode(b"rita:nope").decode()
        assert c.get("/api/me", headers={"Authorization": bad}).status_code == 401


def test_first_run_setup(tmp_path):
    store = Store.open(str(tmp_path / "empty.db"))
    with TestClient(create_app(store, secret="s")) as c:
        r = c.get("/login", follow_redirects=False)
        assert r.headers["location"] == "/setup"
        token = csrf_of(c, "/setup")
        r = c.post(
            "/setup",
            data={"username": "root", "password": "a good password", "csrf_token": token},
            follow_redirects=False,
        )
        assert r.status_code == 303
        assert c.get("/api/me").json()["role"] == "admin"
        assert c.get("/setup", follow_redirects=False).headers["location"] == "/login"
    store.close()


def test_secret_is_kept_beside_the_database(tmp_path):
    store = Store.open(str(tmp_path / "keyed.db"))
    create_app(store, secret="")
    key_file = tmp_path / "keyed.db.secret"
    assert key_file.exists() and len(key_file.read_text()) > 20
    first = key_file.read_text()
    create_app(store, secret="")
    assert key_file.read_text() == first
    store.close()


def test_api_user_creation_and_ingest_alias(admin):
    r = admin.post("/api/users", data={"username": "omar", "password": "long enough pw", "role": "viewer"})
    assert r.status_code == 201 and r.json() == {"name": "omar", "role": "viewer"}
    r = admin.post("/api/users", data={"username": "x", "password": "short", "role": "viewer"})
    assert r.status_code == 400 and error_of(r)["code"] == "invalid_input"
    r = admin.post(
        "/api/ingest",
        files=[("files", ("n.txt", b"1 May 2025. Kenya joined a statement.", "text/plain"))],
        data={"extract": "off"},
    )
    assert r.status_code == 202 and r.json()["items"][0]["status"] == "ingested"

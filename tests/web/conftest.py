"""A real SQLite store, filled with hand-built extractions, and clients signed in as each role."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from romewatch.store import Store
from romewatch.web import create_app

from .fixtures import sanctions_result, session_result

PASSWORD = "correct horse battery"


@pytest.fixture()
def store(tmp_path):
    s = Store.open(str(tmp_path / "web.db"))
    for result in (sanctions_result(), session_result()):
        s.save_extraction(result, component="test", version="1")
    for name, role in (("vera", "viewer"), ("rita", "reviewer"), ("ada", "admin")):
        s.add_user(name, PASSWORD, role)
    yield s
    s.close()


@pytest.fixture()
def app(store):
    return create_app(store, secret="test-secret", ingest_inline=True)


def csrf_of(client: TestClient, path: str = "/login") -> str:
    html = client.get(path).text
    match = re.search(r'name="csrf_token" value="([^"]+)"', html) or re.search(r'name="csrf-token" content="([^"]+)"', html)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client: TestClient, name: str) -> TestClient:
    token = csrf_of(client)
    r = client.post("/login", data={"username": name, "password": PASSWORD, "csrf_token": token, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    client.headers["X-CSRF-Token"] = client.get("/api/me").json()["csrf_token"]
    return client


@pytest.fixture()
def anon(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture()
def viewer(app):
    with TestClient(app) as c:
        yield login(c, "vera")


@pytest.fixture()
def reviewer(app):
    with TestClient(app) as c:
        yield login(c, "rita")


@pytest.fixture()
def admin(app):
    with TestClient(app) as c:
        yield login(c, "ada")

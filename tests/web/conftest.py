"""A real SQLite store, filled with hand-built extractions, and clients signed in as each role."""

from __future__ import annotations

import re
import shutil

import pytest
from fastapi.testclient import TestClient

from romewatch.store import Store
from romewatch.web import create_app

from .fixtures import sanctions_result, session_result

PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory):
    """Built once (password hashing is slow on purpose); each test gets its own copy."""
    path = tmp_path_factory.mktemp("web-template") / "web.db"
    s = Store.open(str(path))
    for result in (sanctions_result(), session_result()):
        s.save_extraction(result, component="test", version="1")
    for name, role in (("vera", "viewer"), ("rita", "reviewer"), ("ada", "admin")):
        s.add_user(name, PASSWORD, role)
    with s.engine.connect() as conn:  # fold the WAL into the file so a plain copy is complete
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path


@pytest.fixture()
def store(filled_db, tmp_path):
    target = tmp_path / "web.db"
    shutil.copyfile(filled_db, target)
    s = Store.open(str(target))
    yield s
    s.close()


@pytest.fixture()
def app(store):
    return create_app(store, secret="test-secret", ingest_inline=True)


def csrf_of(client: TestClient, path: str = "/login") -> str:
    html = client.get(path).text
    match = re.search(r'name="csrf_token" value="([^"]+)"', html) or re.search(
        r'name="csrf-token" content="([^"]+)"', html
    )
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client: TestClient, name: str) -> TestClient:
    token = csrf_of(client)
    r = client.post(
        "/login",
        data={"username": name, "password": PASSWORD, "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
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

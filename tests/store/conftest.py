"""A store in a real SQLite file, loaded with a hand-made extraction result."""

from __future__ import annotations

import pytest
from store_helpers import make_result

from romewatch.store import Store


@pytest.fixture
def store(tmp_path):
    s = Store.open(str(tmp_path / "store.db"))
    yield s
    s.close()


@pytest.fixture
def loaded(store):
    result = make_result()
    store.save_extraction(result, component="test", version="1")
    store.add_user("rita", "secret-pw", "reviewer")
    store.add_user("ada", "admin-pw", "admin")
    store.add_user("vic", "viewer-pw", "viewer")
    return store, result


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    """Argon2 with its smallest costs: the same code path, a fraction of the time."""
    from argon2 import PasswordHasher

    from romewatch.store import users

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))

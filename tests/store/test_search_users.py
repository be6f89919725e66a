from __future__ import annotations

import pytest
from store_helpers import make_doc

from romewatch.store import InvalidInput


@pytest.mark.parametrize(
    "query",
    ["Al-Haq", '"Al-Haq', "Al-Haq AND (", "NEAR(", "col:umn", "*", "sanction*", "O'Brien's", '^ - + " OR', "U.S."],
)
def test_odd_punctuation_never_breaks_search(loaded, query):
    store, _ = loaded
    assert isinstance(store.search(query), list)


def test_search_finds_and_highlights_safely(loaded):
    store, result = loaded
    store.add_document(make_doc("A <script> note about Al-Haq & friends", title="Note"))
    hits = store.search("Al-Haq")
    assert {h["id"] for h in hits} == {result.document.id, make_doc("A <script> note about Al-Haq & friends").id}
    note = next(h for h in hits if h["title"] == "Note")
    assert "<mark>Al</mark>-<mark>Haq</mark>" in note["snippet"] or "<mark>Al-Haq</mark>" in note["snippet"]
    assert "&lt;script&gt;" in note["snippet"] and "<script>" not in note["snippet"]
    assert all(set(h) >= {"id", "title", "date", "snippet", "score"} for h in hits)


def test_search_filters(loaded):
    store, result = loaded
    store.add_document(make_doc("Another Al-Haq text", source="https://news.example/x"))
    assert [h["id"] for h in store.search("Al-Haq", event_type="sanction")] == [result.document.id]
    assert [h["id"] for h in store.search("Al-Haq", actor="state:us")] == [result.document.id]
    assert [h["id"] for h in store.search("Al-Haq", since="2023-01-01", until="2023-12")] == [result.document.id]
    assert store.search("Al-Haq", since="2024") == []
    assert len(store.search("Al-Haq", source="news.example")) == 1
    assert store.search("") == [] and store.search("!!!") == []
    assert len(store.search("Sloven* OR nonexistentword")) == 1


def test_entities_listing_and_profile(loaded):
    store, result = loaded
    states = store.entities(kind="state")
    assert {e["id"] for e in states} == {"state:us", "state:si"}
    us = next(e for e in states if e["id"] == "state:us")
    assert us["aliases"] == ["US"] and us["document_count"] == 1 and us["event_count"] == 1
    assert [e["id"] for e in store.entities(q="us")][:1] == ["state:us"]
    profile = store.get_entity("state:us")
    assert profile["documents"][0]["id"] == result.document.id
    assert store.get_entity("state:zz") is None
    assert next(m["entity"] for m in store.mentions(result.document.id)) == "state:us"


def test_users_hash_passwords_and_check_roles(store):
    user = store.add_user("rita", "pw-1", "reviewer")
    assert user == store.get_user("rita") and "password_hash" not in user
    assert store.verify_user("rita", "pw-1")["role"] == "reviewer"
    assert store.verify_user("rita", "wrong") is None
    assert store.verify_user("ghost", "pw-1") is None
    with pytest.raises(InvalidInput, match="already exists"):
        store.add_user("rita", "x", "viewer")
    with pytest.raises(InvalidInput, match="role"):
        store.add_user("bob", "x", "king")
    assert [u["name"] for u in store.list_users()] == ["rita"]
    assert store.audit("rita")[0]["action"] == "user.add"


def test_document_contract_reflects_reviews(loaded):
    store, result = loaded
    doc_id = result.document.id
    out = store.document_contract(doc_id)
    assert out["document"] == {"id": doc_id, "title": "US sanctions", "date": "2023-05-04", "source": "a.txt"}
    assert [e["type"] for e in out["events"]] == ["sanction", "demand"]
    used = {i for ev in out["events"] for ids in ev["roles"].values() for i in ids}
    assert used <= {e["id"] for e in out["entities"]}
    us = next(e for e in out["entities"] if e["id"] == "state:us")
    start = result.document.text.index("United States")
    assert us["mentions"] == [[start, start + 13]] and us["aliases"] == []
    sanction = out["events"][0]["id"]
    store.review_event(sanction, "rita", "reject")
    assert [e["type"] for e in store.document_contract(doc_id)["events"]] == ["demand"]
    assert store.document_contract("doc-nope") is None


def test_random_punctuation_soup_never_breaks_search(loaded):
    import random

    store, _ = loaded
    rng = random.Random(7)
    alphabet = "abc AND OR NOT NEAR \"*^:()-+.,;'{}[]\\/|!?~`@#$%&=<>\u00e9\u2019"
    for _ in range(300):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
        assert isinstance(store.search(query), list), query

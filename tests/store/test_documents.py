from __future__ import annotations

import sqlite3

import pytest
from store_helpers import make_doc

from romewatch.errors import NotFound, PermissionDenied
from romewatch.store import Store


def test_round_trip_keeps_bytes_text_and_metadata(store):
    doc = make_doc(date="2023-05-04", source="/x/a.txt", media_type="text/plain", raw=b"THE HAGUE...")
    doc_id, created = store.add_document(doc)
    assert created and doc_id == doc.id
    got = store.get_document(doc_id, with_raw=True)
    assert got["text"] == doc.text and got["title"] == "US sanctions" and got["date"] == "2023-05-04"
    assert got["raw"] == b"THE HAGUE..." and got["source"] == "/x/a.txt" and got["content_hash"]
    assert got["ingested_at"]
    assert store.document_model(doc_id).text == doc.text
    assert store.get_document("doc-missing") is None


def test_same_content_twice_is_one_document(store):
    assert store.add_document(make_doc())[1] is True
    assert store.add_document(make_doc(source="elsewhere"))[1] is False
    assert store.count_documents() == 1
    assert len(store.list_documents()) == 1


def test_list_documents_pages(store):
    for i in range(5):
        store.add_document(make_doc(f"text number {i}", date=f"2020-0{i + 1}"))
    first = store.list_documents(limit=2)
    assert [d["date"] for d in first] == ["2020-05", "2020-04"]
    assert len(store.list_documents(limit=10, offset=4)) == 1
    assert "text" not in first[0]


def test_delete_document_is_admin_only_and_audited(loaded):
    store, result = loaded
    doc_id = result.document.id
    with pytest.raises(PermissionDenied):
        store.delete_document(doc_id, "rita")
    store.delete_document(doc_id, {"name": "ada"})
    assert store.get_document(doc_id) is None
    assert store.events(document=doc_id, include_rejected=True) == []
    entry = store.audit(doc_id)[0]
    assert entry["action"] == "document.delete" and entry["user"] == "ada"
    assert len(entry["before"]["events"]) == 2
    assert store.search("Slovenia") == []
    with pytest.raises(NotFound):
        store.delete_document(doc_id, "ada")


def test_audit_log_is_append_only(loaded, tmp_path):
    assert loaded[0].audit()  # the users added by the fixture
    con = sqlite3.connect(tmp_path / "store.db")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE audit_log SET note = 'x'")
    con.close()


def test_failed_write_leaves_data_intact(store, monkeypatch):
    from romewatch.store import audit

    store.add_document(make_doc())
    store.add_user("ada", "pw", "admin")

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(audit, "record", boom)
    with pytest.raises(RuntimeError):
        store.delete_document(make_doc().id, "ada")
    assert store.get_document(make_doc().id) is not None


def test_open_reuses_existing_file(tmp_path):
    path = str(tmp_path / "s.db")
    with Store.open(path) as s:
        s.add_document(make_doc())
    with Store.open(path) as s:
        assert s.count_documents() == 1

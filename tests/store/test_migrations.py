from __future__ import annotations

import sqlite3

import pytest
from store_helpers import make_doc, make_result

from romewatch.errors import RunError
from romewatch.store import Store, migrations


def test_fresh_store_is_at_latest_version(store):
    assert store.schema_version == migrations.LATEST


def test_old_store_is_upgraded_and_keeps_its_data(tmp_path):
    path = str(tmp_path / "old.db")
    old = Store.open(path, migrate_to=1)  # a store written by an early romewatch
    assert old.schema_version == 1
    result = make_result()
    old.save_extraction(result, component="test", version="0")
    old.add_user("rita", "pw", "reviewer")
    old.close()
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "demand_status" not in tables and "documents_fts" not in tables

    new = Store.open(path)
    assert new.schema_version == migrations.LATEST
    assert new.get_document(result.document.id)["text"] == result.document.text
    assert len(new.events()) == 2
    assert new.verify_user("rita", "pw")
    assert [h["id"] for h in new.search("Slovenia")] == [result.document.id]  # index filled from old rows
    new.add_document(make_doc("a later document about Slovenia"))
    assert len(new.search("Slovenia")) == 2
    new.close()


def test_store_from_a_newer_romewatch_is_refused(tmp_path):
    path = str(tmp_path / "new.db")
    Store.open(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_version VALUES (999, 'future')")
    con.commit()
    con.close()
    with pytest.raises(RunError, match="newer"):
        Store.open(path)


def test_missing_folder_is_a_run_error(tmp_path):
    with pytest.raises(RunError, match="does not exist"):
        Store.open(str(tmp_path / "nope" / "x.db"))


def test_a_file_that_is_not_a_database_is_a_run_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not SQLite " * 100)
    with pytest.raises(RunError, match="cannot open the store"):
        Store.open(str(path))

from __future__ import annotations

import io

import pytest
from ingest_files import STATEMENT, write_corpus

from romewatch.ids import document_id
from romewatch.ingest import ingest, iter_documents
from romewatch.model import Document, Entity, ExtractionResult
from romewatch.store import Store

LIMIT = 60_000


@pytest.fixture
def store(tmp_path):
    s = Store.open(str(tmp_path / "s.db"))
    yield s
    s.close()


def test_folder_run_reports_every_bad_item_and_goes_on(tmp_path, store):
    corpus = write_corpus(tmp_path / "corpus")
    report = ingest(store, [corpus, tmp_path / "missing.txt"], extract=False, max_bytes=LIMIT)
    failed = {item.source.rsplit("/", 1)[-1]: item.reason for item in report.failures}
    assert set(failed) == {
        "feed.jsonl:2",
        "feed.jsonl:4",
        "empty.txt",
        "tool.exe",
        "locked.pdf",
        "big.txt",
        "missing.txt",
    }
    assert "not valid JSON" in failed["feed.jsonl:2"] and "no 'text'" in failed["feed.jsonl:4"]
    assert "empty" in failed["empty.txt"] and "unsupported file type '.exe'" in failed["tool.exe"]
    assert "encrypted" in failed["locked.pdf"] and "too large" in failed["big.txt"]
    assert "no such file" in failed["missing.txt"]
    # txt, md, html, pdf, docx, two records, latin-1 txt
    assert report.ingested == 8 and report.duplicates == 0
    assert report.summary() == "ingested 8, duplicates 0, failed 7"
    assert store.count_documents() == 8
    titles = {d["title"] for d in store.list_documents(limit=100)}
    assert {"Open letter", "Joint statement", "Budget", "Side event notes"} <= titles
    assert report.to_dict()["failed"] == 7


def test_reingest_is_idempotent(tmp_path, store):
    corpus = write_corpus(tmp_path / "corpus")
    ingest(store, [corpus], extract=False, max_bytes=LIMIT)
    again = ingest(store, [corpus], extract=False, max_bytes=LIMIT)
    assert again.ingested == 0 and again.duplicates == 8
    assert store.count_documents() == 8


def test_same_content_in_two_files_is_one_document(tmp_path, store):
    (tmp_path / "a.txt").write_text(STATEMENT)
    (tmp_path / "b.txt").write_text(STATEMENT.replace(" ", "  ") + "\n\n")  # whitespace differs only
    report = ingest(store, [tmp_path / "a.txt", tmp_path / "b.txt"], extract=False)
    assert [i.status for i in report.items] == ["ingested", "duplicate"]
    assert report.items[0].doc_id == report.items[1].doc_id


def _fake_extractor(doc: Document) -> ExtractionResult:
    if "crash" in doc.text:
        raise RuntimeError("model exploded")
    return ExtractionResult(doc, [Entity("court:icc", "court", "International Criminal Court", [], [(0, 5)])], [])


def test_extraction_crash_fails_that_item_and_keeps_document(tmp_path, store):
    (tmp_path / "a.txt").write_text("Please crash here.")
    (tmp_path / "b.txt").write_text("The Court is fine.")
    report = ingest(store, [tmp_path], extractor=_fake_extractor, version="t1")
    by_name = {i.source.rsplit("/", 1)[-1]: i for i in report.items}
    assert by_name["a.txt"].status == "failed" and "model exploded" in by_name["a.txt"].reason
    assert by_name["b.txt"].status == "ingested" and by_name["b.txt"].events == 0
    assert store.count_documents() == 2  # the crashed one is kept
    assert store.get_entity("court:icc")["documents"][0]["id"] == document_id("The Court is fine.")


def test_stdin_ingest(store):
    report = ingest(store, ["-"], extract=False, stdin=io.BytesIO(b"Statement read from a pipe."))
    assert report.ingested == 1 and report.items[0].source == "stdin"


def test_iter_documents_yields_errors_as_values(tmp_path):
    (tmp_path / "ok.txt").write_text("Fine.")
    (tmp_path / "x.exe").write_bytes(b"MZ")
    kinds = [type(i).__name__ for i in iter_documents([tmp_path])]
    assert kinds == ["Document", "ItemError"]


def test_url_ingest_with_a_local_server(tmp_path, store):
    import http.server
    import threading

    (tmp_path / "page.html").write_text(
        "<html><head><title>Remote</title></head><body><main><p>" + STATEMENT + "</p></main></body></html>"
    )
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        report = ingest(store, [f"{base}/page.html", f"{base}/missing.html"], extract=False)
    finally:
        server.shutdown()
    assert [i.status for i in report.items] == ["ingested", "failed"]
    assert "HTTP 404" in report.items[1].reason
    doc = store.get_document(report.items[0].doc_id)
    assert doc["title"] == "Remote" and doc["date"] == "2023-05-04" and doc["source"].endswith("/page.html")

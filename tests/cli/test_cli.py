"""The command line end to end: real subprocesses, a real SQLite file, small real texts."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from romewatch import cli

ROOT = Path(__file__).resolve().parents[2]
TEXTS = {
    "sanctions.txt": (
        "WASHINGTON, 6 February 2025 – The United States imposed sanctions on the International Criminal "
        "Court. Slovenia and South Africa condemned the sanctions and urged all States Parties to protect "
        "the Court and its officials."
    ),
    "assembly.txt": (
        "THE HAGUE, 2 December 2024 – The Assembly of States Parties to the Rome Statute opened its "
        "twenty-third session in The Hague. Germany reaffirmed its support for the International Criminal Court."
    ),
    "warrant.txt": (
        "17 March 2023 – Pre-Trial Chamber II of the International Criminal Court issued a warrant of arrest "
        "for Vladimir Putin, President of the Russian Federation."
    ),
}


def run(
    *args: str, db: Path | None = None, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROMEWATCH_")}
    env["PYTHONPATH"] = str(ROOT)
    cmd = [sys.executable, "-m", "romewatch", *(["--db", str(db)] if db else []), *args]
    return subprocess.run(
        cmd, input=stdin, capture_output=True, text=True, env=env, cwd=cwd or ROOT, timeout=120, check=False
    )


def ok(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture
def call(capsys):
    """The same command in this process (cheaper: the spaCy pipeline loads once per session)."""

    def invoke(*args: str, db: Path | None = None) -> str:
        code = cli.main([*(["--db", str(db)] if db else []), *args])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        return captured.out

    return invoke


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(corpus, tmp_path_factory) -> Path:
    """A store filled by one real `romewatch ingest` with extraction."""
    path = tmp_path_factory.mktemp("db") / "rw.db"
    out = ok(run("ingest", str(corpus), db=path))
    assert out.strip().splitlines()[-1] == "ingested 3, duplicates 0, failed 0"
    return path


def test_every_command_has_help_with_an_example(capsys):
    commands = [[], ["ingest"], ["extract"], ["search"], ["show"], ["events"], ["entities"], ["export"],
                ["serve"], ["demo"], ["user"], ["user", "add"], ["user", "list"], ["eval"]]  # fmt: skip
    for words in commands:
        with pytest.raises(SystemExit) as exit_:
            cli.main([*words, "--help"])
        assert exit_.value.code == 0
        assert "example:" in capsys.readouterr().out, words


def test_help_runs_as_a_module():
    assert "ingest" in ok(run("--help"))


def test_reingest_reports_duplicates(db, corpus):
    out = ok(run("ingest", str(corpus), "--json", db=db))
    report = json.loads(out)
    assert (report["ingested"], report["duplicates"], report["failed"]) == (0, 3, 0)


def test_bad_items_are_reported_and_the_run_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("A statement by Chile in support of the Court.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "prog.exe").write_bytes(b"MZ")
    proc = run(
        "ingest", "--no-extract", str(tmp_path), str(tmp_path / "missing.pdf"), db=tmp_path.parent / "bad-items.db"
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stdout.strip() == "ingested 1, duplicates 0, failed 3"
    failed = [line for line in proc.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 3 and any("prog.exe" in f and "unsupported" in f for f in failed)


def test_ingest_from_stdin(tmp_path):
    proc = run("ingest", "--no-extract", "-", db=tmp_path / "s.db", stdin="Text piped in about the Court.")
    assert ok(proc).strip() == "ingested 1, duplicates 0, failed 0"


def test_extract_prints_the_contract_without_touching_the_store(corpus, tmp_path):
    proc = run("extract", str(corpus / "sanctions.txt"), "--format", "json", cwd=tmp_path)
    data = json.loads(ok(proc))
    assert set(data) == {"document", "entities", "events"}
    assert data["document"]["date"] == "2025-02-06" and data["document"]["title"].startswith("WASHINGTON")
    assert len(data["entities"]) > 0
    for ent in data["entities"]:
        assert set(ent) == {"id", "kind", "name", "aliases", "mentions"}
    for ev in data["events"]:
        assert set(ev) >= {"id", "type", "date", "end_date", "roles", "attributes", "evidence", "confidence"}
    assert list(tmp_path.iterdir()) == []  # no store was created


def test_extract_as_text(corpus, call):
    text = call("extract", str(corpus / "sanctions.txt"), "--format", "text")
    assert "Entities (" in text and "Events (" in text


def test_extract_of_an_unreadable_file_is_one_sentence(tmp_path):
    (tmp_path / "x.exe").write_bytes(b"MZ")
    proc = run("extract", str(tmp_path / "x.exe"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "unsupported" in proc.stderr


def test_search_in_a_subprocess(db):
    hits = json.loads(ok(run("search", "sanctions (Court", "--json", db=db)))
    assert hits and {"id", "title", "date", "snippet", "score"} <= set(hits[0]) and "<mark>" in hits[0]["snippet"]


def test_search_show_events_entities(db, call):
    hits = json.loads(call("search", "Court", "--json", db=db))
    assert len(hits) == 3
    assert "no matches" in call("search", "zzzz-nothing", db=db)
    assert "[" in call("search", "Court", db=db)  # highlights in plain text
    view = json.loads(call("show", hits[0]["id"], "--json", db=db))
    assert view["document"]["id"] == hits[0]["id"] and view["mentions"]
    assert "Events (" in call("show", hits[0]["id"], db=db)
    events = json.loads(call("events", "--json", db=db))
    assert all({"id", "type", "roles", "document", "review_state"} <= set(e) for e in events)
    assert call("events", db=db)
    assert json.loads(call("events", "--since", "2030", "--json", db=db)) == []
    entities = json.loads(call("entities", "--json", db=db))
    assert len(entities) > 0 and call("entities", db=db)
    states = json.loads(call("entities", "--kind", "state", "--json", db=db))
    assert all(e["kind"] == "state" for e in states)


def test_export_formats(db, tmp_path, call):
    call("export", "--format", "json", "--out", str(tmp_path / "all.json"), db=db)
    docs = json.loads((tmp_path / "all.json").read_text())
    assert len(docs) == 3 and all(set(d) == {"document", "entities", "events"} for d in docs)
    lines = call("export", "--format", "jsonl", db=db).splitlines()
    assert all("document" in json.loads(line) for line in lines)
    rows = list(csv.DictReader(io.StringIO(call("export", "--format", "csv", db=db))))
    assert len(rows) == len(lines)
    assert rows == [] or {"id", "type", "imposer", "target", "roles_named"} <= set(rows[0])


def test_user_add_and_list(tmp_path, call, monkeypatch, capsys):
    db = tmp_path / "u.db"
    assert "added reviewer rita" in ok(
        run("user", "add", "rita", "--role", "reviewer", "--password-stdin", db=db, stdin="pw-123\n")
    )
    users = json.loads(call("user", "list", "--json", db=db))
    assert [(u["name"], u["role"]) for u in users] == [("rita", "reviewer")]
    monkeypatch.setattr(sys, "stdin", io.StringIO("x\n"))
    assert cli.main(["--db", str(db), "user", "add", "rita", "--role", "admin", "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "Traceback" not in err
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["--db", str(db), "user", "add", "bob", "--role", "viewer"]) == 2
    assert "--password-stdin" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--db", str(db), "user", "add", "eve", "--role", "king"])
    assert exit_.value.code == 2


def test_user_errors_are_one_sentence(tmp_path):
    proc = run("show", "doc-nope", db=tmp_path / "e.db")
    assert proc.returncode == 2 and proc.stderr.strip() == "romewatch: no document 'doc-nope'"
    proc = run("events", db=tmp_path / "no" / "such" / "dir.db")
    assert proc.returncode == 2 and "does not exist" in proc.stderr and "Traceback" not in proc.stderr


def _sample(monkeypatch, folder):
    from contextlib import contextmanager

    from romewatch.ingest import sample

    @contextmanager
    def fake():
        yield folder

    monkeypatch.setattr(sample, "sample_folder", fake)


def test_demo_loads_the_sample_and_creates_a_reviewer(tmp_path, corpus, monkeypatch, capsys):
    _sample(monkeypatch, corpus)  # three small texts stand in for the bundled corpus
    db = str(tmp_path / "demo.db")
    assert cli.main(["--db", db, "demo", "--no-serve"]) == 0
    out = capsys.readouterr().out
    assert "ingested 3, duplicates 0, failed 0" in out and "created reviewer account: demo / " in out
    assert "events per type:" in out or "no events extracted yet" in out
    assert cli.main(["--db", db, "demo", "--no-serve"]) == 0
    assert "already exists" in capsys.readouterr().out


def test_demo_with_an_empty_sample(tmp_path, monkeypatch, capsys):
    _sample(monkeypatch, None)
    assert cli.main(["--db", str(tmp_path / "d.db"), "demo", "--no-serve"]) == 0
    assert "sample corpus is empty" in capsys.readouterr().out


def test_serve_hands_the_store_to_the_web_app(tmp_path, monkeypatch):
    import types

    seen = {}
    fake = types.ModuleType("romewatch.web")
    fake.serve = lambda store, host, port: seen.update(store=store, host=host, port=port)
    monkeypatch.setitem(sys.modules, "romewatch.web", fake)
    assert cli.main(["--db", str(tmp_path / "w.db"), "serve", "--port", "8123"]) == 0
    assert seen["port"] == 8123 and seen["host"] is None and seen["store"].count_documents() == 0


def test_eval_with_predictions(tmp_path, call):
    assert hasattr(pytest.importorskip("romewatch.evaluate"), "evaluate_dir")  # the lead's module
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "warrant.txt").write_text(TEXTS["warrant.txt"])
    (gold / "warrant.gold.yaml").write_text(
        "document: warrant.txt\ndate: 2023-03-17\nentities:\n"
        "  - {kind: person, id: person:vladimir-putin, names: [Vladimir Putin]}\n"
        "  - {kind: court, id: court:pre-trial-chamber-2, names: [Pre-Trial Chamber II]}\n"
        "events:\n  - type: arrest_warrant\n    date: 2023-03-17\n"
        "    roles: {issuer: [Pre-Trial Chamber II], subject: [Vladimir Putin]}\n"
    )
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "warrant.json").write_text(call("extract", str(gold / "warrant.txt")))
    assert json.loads(call("eval", str(gold), "--pred", str(pred), "--json"))


def test_export_to_a_missing_folder_is_one_sentence(tmp_path, capsys):
    code = cli.main(
        ["--db", str(tmp_path / "x.db"), "export", "--format", "csv", "--out", str(tmp_path / "no" / "x.csv")]
    )
    assert code == 2 and "No such file or directory" in capsys.readouterr().err

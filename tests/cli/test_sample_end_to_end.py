"""The CLI end to end on the real bundled sample corpus: demo, search, events, show, export, eval."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "romewatch" / "sample"


def run(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "romewatch", "--db", str(db), *args],
        capture_output=True,
        check=False,
        text=True,
        input=stdin,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out = run(db, "demo", "--no-serve")
    assert out.returncode == 0, out.stderr
    n_docs = len(list(SAMPLE.glob("*.txt")))
    assert f"ingested {n_docs}, duplicates 0, failed 0" in out.stdout
    assert "demo" in out.stdout  # the reviewer account and how to log in
    return db


def test_demo_extracts_many_event_types(demo_db):
    out = run(demo_db, "events", "--json")
    assert out.returncode == 0, out.stderr
    events = json.loads(out.stdout)
    types = {e["type"] for e in events}
    assert len(types) >= 12, types
    assert all(e["evidence"] and e["roles"] for e in events if e["type"] == "sanction")


def test_demo_twice_is_idempotent(demo_db):
    out = run(demo_db, "demo", "--no-serve")
    assert out.returncode == 0, out.stderr
    assert "ingested 0" in out.stdout and "failed 0" in out.stdout


def test_search_show_and_export(demo_db, tmp_path):
    hits = run(demo_db, "search", "sanctions", "--json")
    assert hits.returncode == 0, hits.stderr
    rows = json.loads(hits.stdout)
    assert rows and "<mark>" in rows[0]["snippet"].lower()
    shown = run(demo_db, "show", rows[0]["id"], "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["document"]["id"] == rows[0]["id"]
    out_csv = tmp_path / "events.csv"
    exported = run(demo_db, "export", "--format", "csv", "--out", str(out_csv))
    assert exported.returncode == 0, exported.stderr
    assert out_csv.read_text().count("\n") > 50


def test_eval_scores_the_store_against_the_sample_gold(demo_db):
    out = run(demo_db, "eval", str(SAMPLE), "--store")
    assert out.returncode == 0, out.stderr
    assert f"documents: {len(list(SAMPLE.glob('*.gold.yaml')))}  (missing predictions: 0)" in out.stdout
    f1 = float(out.stdout.strip().splitlines()[-1].split()[-1])
    assert f1 > 0.3  # the extractor finds a good share of the annotated arguments

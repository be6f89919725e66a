"""Golden files: small documents written for these tests and the events extracted from them.

When an extraction changes on purpose, run ``python -m tests.extract.golden.regen`` and review the
diff of ``tests/extract/golden/expected``.
"""

from __future__ import annotations

import json

import pytest

from romewatch.schema import EVENT_TYPES

from .golden.regen import DOCS, EXPECTED, render, snapshot

DOC_NAMES = sorted(p.stem for p in DOCS.glob("*.txt"))


@pytest.mark.slow
@pytest.mark.parametrize("name", DOC_NAMES)
def test_golden(name):
    expected = (EXPECTED / f"{name}.json").read_text("utf-8")
    got = render(snapshot((DOCS / f"{name}.txt").read_text("utf-8")))
    assert got == expected, (
        f"{name}: extraction changed; run `python -m tests.extract.golden.regen` and review the diff"
    )


def test_golden_files_guard_every_event_type():
    seen = {ev["type"] for p in EXPECTED.glob("*.json") for ev in json.loads(p.read_text("utf-8"))["events"]}
    assert set(EVENT_TYPES) <= seen, f"no golden document covers {sorted(set(EVENT_TYPES) - seen)}"

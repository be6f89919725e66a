"""Events the sentence says did not happen (or only might): ``events.realis``. Sentences written for
these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

UNREAL = [
    "Brazil refused to commit to arresting the President.",
    "No State has called on the Prosecutor to resign.",
    "It remains unclear whether the United States will sanction more judges.",
    "No sanctions were imposed on the judges by the United States.",
    "Spain hesitated to support the resolution.",
    "Poland stopped short of condemning the sanctions.",
    "The Assembly failed to adopt the resolution on the budget.",
]
REAL = [
    ("No State should shelter a person wanted by the Court, Peru said.", "demand"),
    ("Germany condemned the sanctions imposed by the United States.", "condemnation"),
    ("Brazil committed to arresting any fugitive who entered its territory.", "commitment"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", UNREAL)
def test_withheld_negated_or_open_acts_are_no_events(text):
    from romewatch.extract.pipeline import extract_text

    result = extract_text(text, date="2025-06-10")
    assert not [e for e in result.events if e.type != "statement"], [(e.type, e.roles) for e in result.events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "etype"), REAL)
def test_acts_that_happen_stay(text, etype):
    from romewatch.extract.pipeline import extract_text

    result = extract_text(text, date="2025-06-10")
    assert [e for e in result.events if e.type == etype], [(e.type, e.roles) for e in result.events]

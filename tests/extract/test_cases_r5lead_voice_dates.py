"""Round 5 (lead): in a joint statement, "we recall X's deposit of its instrument of ratification" is
X's ratification, not one for each State speaking; and the speakers' own present-tense act ("We
welcome ...") is dated to the statement, not to a date told in another clause of the sentence.
Sentences written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

TEXT = (
    "Joint statement delivered by Chile on behalf of Chile, Peru and Spain.\n\n"
    "We warmly welcome Ukraine, whose instrument of ratification was deposited on 25 October 2024, and we "
    "recall with satisfaction Armenia's deposit of its instrument of ratification in November of last year.\n"
)


@pytest.fixture(scope="module")
def events():
    from romewatch.extract.pipeline import extract_text

    return extract_text(TEXT, date="2024-12-04").events


@pytest.mark.slow
def test_its_instrument_belongs_to_the_state_named_above_not_to_we(events):
    joined = sorted((e.roles["state"][0], e.date) for e in events if e.type == "membership_change")
    assert joined == [("state:am", "2023-11"), ("state:ua", "2024-10-25")], joined


@pytest.mark.slow
def test_we_welcome_is_dated_to_the_statement(events):
    welcomed = [e for e in events if e.type == "support"]
    assert welcomed and welcomed[0].date == "2024-12-04", [(e.type, e.date) for e in events]


JOINT = "Joint statement delivered by Chile on behalf of Chile, Peru and Spain.\n\n"
SPEAKERS = {"state:cl", "state:pe", "state:es"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "etype", "role"),
    [
        ("We remain steadfast in our support for the Court.", "support", "agent"),
        ("We count on all States to respect the Court's independence.", "demand", "claimant"),
    ],
)
def test_joint_statement_voice(sentence, etype, role):
    from romewatch.extract.pipeline import extract_text

    events = extract_text(JOINT + sentence, date="2025-12-02").events
    assert any(e.type == etype and set(e.roles.get(role, [])) == SPEAKERS for e in events), [
        (e.type, e.roles) for e in events
    ]

"""Round 7 (lead): a bill that would punish the Court is also a threat from the State whose
legislature passed it; a warning aimed at "anyone at the Court" and a letter's "we will target you"
threaten the Court and the one written to. Whole pipeline: the entities are the reader's own."""

from __future__ import annotations

import pytest

from romewatch.extract.pipeline import extract_text

# (id, text, type, perpetrator, target)
THREATS = [
    (
        "bill-relative-clause",
        (
            "On 9 January 2025 the US House of Representatives passed the Illegitimate Court Counteraction Act, "
            "which would sanction anyone who assists the ICC."
        ),
        "state:us",
        "court:icc",
    ),
    (
        "bill-voted-for",
        "In June 2024 the US House of Representatives voted 247-155 for a bill to sanction ICC officials.",
        "state:us",
        "court:icc",
    ),
    (
        "bill-passive",
        "The bill, which would sanction the ICC, was passed by the US House of Representatives on 9 January.",
        "state:us",
        "court:icc",
    ),
    (
        "warning-anyone-at-the-court",
        "Rubio warned that officials of the ICC who pursue Americans would face consequences.",
        "person:marco-rubio",
        "court:icc",
    ),
    (
        "letter-we-will-target-you",
        "Senator Tom Cotton wrote to Karim Khan: 'Target Israel and we will target you.'",
        "person:tom-cotton",
        "person:karim-khan",
    ),
]


@pytest.mark.parametrize("case", THREATS, ids=[c[0] for c in THREATS])
def test_threat_read(case: tuple) -> None:
    _, text, perpetrator, target = case
    events = extract_text(text, date="2025-06-10").events
    shown = [(e.type, e.roles) for e in events]
    assert any(
        e.type == "threat" and perpetrator in e.roles.get("perpetrator", []) and target in e.roles.get("target", [])
        for e in events
    ), shown


@pytest.mark.parametrize(
    "text",
    [
        "The bill, which would protect ICC staff from reprisals, was passed by the US House of Representatives.",
        "The US House of Representatives passed a bill to fund the repair of the embassy.",
        "Rubio warned that the ICC investigation could take years.",
    ],
)
def test_no_threat_without_a_punishment(text: str) -> None:
    events = extract_text(text, date="2025-06-10").events
    assert not [e for e in events if e.type == "threat"], [(e.type, e.roles) for e in events]


HEADER = "Joint statement by Chile, Mexico and Slovenia\n\n5 December 2025\n\n"


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("We stress that the Court must be able to carry out its mandate free from interference.", None),
        ("The officials of this Court must be able to discharge their mandates free from intimidation.", None),
        ("Judges must be allowed to work without fear.", None),
        ("States must be free to decide.", None),
        ("The Court must act without delay.", "court:icc"),
        ("Mongolia must arrest Mr Putin.", "state:mn"),
    ],
)
def test_must_be_able_is_no_call_on_the_subject(sentence: str, asked: str | None) -> None:
    """ "X must be able / free / allowed to V" says what X must be left to do; "X must V" asks X."""
    demands = [e for e in extract_text(HEADER + sentence, date="2025-12-05").events if e.type == "demand"]
    if asked is None:
        assert not demands, [e.roles for e in demands]
    else:
        assert any(asked in e.roles.get("addressee", []) for e in demands), [e.roles for e in demands]


def test_a_headline_call_is_the_call_its_story_tells() -> None:
    """The headline paraphrases the body's call; one demand, not two."""
    text = (
        "Civil society urges States Parties to fund the Court fully\n\n"
        "Published: 18/11/2025\n\n"
        "We, the undersigned organisations, call on the States Parties to the Rome Statute to adopt a budget "
        "that allows the Court to carry out its mandate.\n\n"
        "Amnesty International\nHuman Rights Watch\n"
    )
    demands = [e for e in extract_text(text).events if e.type == "demand"]
    assert len(demands) == 1, [(e.roles, e.attributes) for e in demands]


def test_should_expect_is_a_warning_not_a_call() -> None:
    text = "Rubio warned that officials of the ICC who pursue Americans should expect to pay a price."
    events = extract_text(text, date="2025-06-10").events
    assert not [e for e in events if e.type == "demand"], [(e.type, e.roles) for e in events]
    assert [e for e in events if e.type == "threat"], [(e.type, e.roles) for e in events]

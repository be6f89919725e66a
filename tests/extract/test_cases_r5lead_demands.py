"""Round 5 (lead) demands through the whole pipeline: nominal calls whose caller comes after "from"
("renewed calls from Ireland for the EU to act"), a plea addressed with "to" ("X's plea to Y to V"),
an infinitive whose verb the tagger reads as an adjective ("invited the Bureau to present ..."),
callers coordinated before the last name's head ("A and B jointly called on"), verbs that call only
with an object and a "to V" ("pushed X to V", "told X to V") and "asked X for N".
Sentences written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

CASES = [
    (
        "There were renewed calls from Ireland for the European Union to activate its blocking statute.",
        {"claimant": ["state:ie"], "addressee": ["igo:eu"]},
        "activate its blocking statute",
    ),
    (
        "Amnesty International's plea to Germany to arrest the suspect went unanswered.",
        {"claimant": ["org:amnesty-international"], "addressee": ["state:de"]},
        "arrest the suspect",
    ),
    (
        "Norway invited the Bureau to present options for protecting the Court's staff.",
        {"claimant": ["state:no"], "addressee": ["court:asp-bureau"]},
        "options for protecting",
    ),
    (
        "South Africa implored the Security Council to refer the situation to the Court.",
        {"claimant": ["state:za"], "addressee": ["igo:un-security-council"]},
        "refer the situation",
    ),
    (
        "Amnesty International and Human Rights Watch jointly called on Tajikistan to arrest the suspect.",
        {"claimant": ["org:amnesty-international", "org:human-rights-watch"], "addressee": ["state:tj"]},
        "arrest the suspect",
    ),
    (
        "FIDH is pushing Senegal to table a resolution on non-cooperation.",
        {"claimant": ["org:fidh"], "addressee": ["state:sn"]},
        "table a resolution",
    ),
    (
        "Amnesty International told Italy to hand the suspect over to the Court.",
        {"claimant": ["org:amnesty-international"], "addressee": ["state:it"]},
        "hand the suspect over",
    ),
    (
        "The Netherlands has asked the United States for clarification of the scope of the sanctions.",
        {"claimant": ["state:nl"], "addressee": ["state:us"]},
        "clarification",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "roles", "action"), CASES, ids=[c[0][:40] for c in CASES])
def test_nominal_and_mistagged_calls(text, roles, action):
    from romewatch.extract.pipeline import extract_text

    result = extract_text(text, date="2025-06-10")
    demands = [e for e in result.events if e.type == "demand"]
    assert any(
        all(sorted(e.roles.get(r, [])) == sorted(ids) for r, ids in roles.items())
        and action in e.attributes.get("action", "")
        for e in demands
    ), [(e.roles, e.attributes) for e in result.events]


@pytest.mark.slow
def test_no_call_is_asked():
    from romewatch.extract.pipeline import extract_text

    for text in (
        "Her plea to the court was heard on Monday.",
        "Reuters asked Kenya for a comment.",
        "The minister told reporters that the Court was biased.",
    ):
        result = extract_text(text, date="2025-06-10")
        assert not [e for e in result.events if e.type == "demand"], text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Chile expressed its willingness to host the seminar on cooperation.",
        "Chile confirmed its readiness to host the seminar on cooperation.",
    ],
)
def test_willingness_is_a_commitment(text):
    from romewatch.extract.pipeline import extract_text

    result = extract_text(text, date="2025-06-10")
    assert any(
        e.type == "commitment" and e.roles.get("agent") == ["state:cl"] and "host the seminar" in e.attributes["action"]
        for e in result.events
    ), [(e.type, e.roles, e.attributes) for e in result.events]

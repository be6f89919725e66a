"""Round 5 (lead) demands through the whole pipeline: nominal calls whose caller comes after "from"
("renewed calls from Ireland for the EU to act"), a plea addressed with "to" ("X's plea to Y to V"),
and an infinitive whose verb the tagger reads as an adjective ("invited the Bureau to present ...").
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
def test_a_plea_heard_by_a_court_is_no_demand():
    from romewatch.extract.pipeline import extract_text

    result = extract_text("Her plea to the court was heard on Monday.", date="2025-06-10")
    assert not [e for e in result.events if e.type == "demand"]

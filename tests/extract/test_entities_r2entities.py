"""Entity constructions of round 2: UN mandates named by topic, a treaty opening an organisation's
name, the Court's organs told side by side, the Independent Expert Review's recommendations."""

from __future__ import annotations

import pytest

from romewatch.extract import extract_text

CASES = [
    # a UN mandate by its topic, the holder in apposition
    (
        "The Special Rapporteur on the situation of human rights defenders, Mary Lawlor, said the sanctions were unlawful.",
        ["igo:un-special-rapporteur-situation-of-human-rights-defenders", "person:mary-lawlor"],
        [],
    ),
    # the topic stops before the holder's name and before the verb
    (
        "UN Special Rapporteur on torture Alice Edwards warned the International Criminal Court.",
        ["igo:un-special-rapporteur-torture"],
        ["igo:un-special-rapporteur-torture-alice-edwards"],
    ),
    (
        "The Working Group on Arbitrary Detention urged the International Criminal Court to act.",
        ["igo:un-working-group-arbitrary-detention"],
        [],
    ),
    # a topic listed with commas and "or"
    (
        "The Special Rapporteur on extrajudicial, summary or arbitrary executions, Morris Tidball-Binz, spoke.",
        ["igo:un-special-rapporteur-extrajudicial-summary-or-arbitrary-executions"],
        ["igo:un-special-rapporteur-extrajudicial"],
    ),
    # the Assembly's own working groups are not UN mandates
    (
        "The Working Group on Amendments met in The Hague before the Assembly of States Parties.",
        [],
        ["igo:un-working-group-amendments"],
    ),
    # a treaty opening an organisation's name
    (
        "The report was prepared by the Rome Statute Monitoring Network, based in The Hague.",
        ["org:rome-statute-monitoring-network"],
        ["instrument:rome-statute"],
    ),
    # organs of the Court side by side: "the Presidency" needs no full name first
    (
        "The ICC welcomed the statements of the Presidency and of the Registrar on the sanctions.",
        ["court:presidency"],
        [],
    ),
    # ... but "her Office" alone, without the full name, is not read as the Office of the Prosecutor
    (
        "Phakiso Mochochoko, a senior official of her Office, was designated by the United States.",
        [],
        ["court:otp"],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_entities(text: str, present: list[str], absent: list[str]) -> None:
    ids = {e["id"] for e in extract_text(text).to_contract()["entities"]}
    assert set(present) <= ids, ids
    assert not set(absent) & ids, ids


def test_ier_recommendations_name_the_review() -> None:
    text = "States must implement the Independent Expert Review recommendations on the ICC without delay."
    ents = {e["id"]: e for e in extract_text(text).to_contract()["entities"]}
    assert "court:ier" in ents
    assert "Independent Expert Review recommendations" in [ents["court:ier"]["name"], *ents["court:ier"]["aliases"]]

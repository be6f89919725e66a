"""Round 4 (pressure): sanctions and threats in the constructions of unseen text.

Sentences written for these tests in the genre's constructions, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from .events_support import make_context, run_events

CASES = [
    # a kind of act spoken of as a whole in a demand: no sanction or threat is told
    (
        "quantified-in-demand",
        "The coalition calls on States Parties to condemn all sanctions and threats against the Court and its partners.",
        "The coalition=org:coalition; States Parties=court:states-parties; the Court=court:icc; United States=state:us",
        {"sanction": 0, "threat": 0},
    ),
    (
        "any-such-measures",
        "Ministers said they would oppose any sanctions against the Court.",
        "the Court=court:icc",
        {"sanction": 0, "threat": 0},
    ),
    # a threat suffered by a named victim, its author unknown
    (
        "received-threats-no-author",
        "Staff of Al-Haq have received death threats since the organisation filed its submissions, a colleague said.",
        "Al-Haq=org:al-haq",
        {"threat": 1},
    ),
    (
        "target-of-smear",
        "The director of Al-Haq has been the target of a smear campaign online.",
        "Al-Haq=org:al-haq",
        {"threat": 1},
    ),
    # generic suffering: no one named, nothing told
    (
        "generic-face-threats",
        "Defenders across the region face threats and smear campaigns.",
        "",
        {"threat": 0},
    ),
    # the passive warning with its author: intimidation of those cooperating with the Court
    (
        "passive-warning",
        "Two UN experts who met Court investigators were warned by Hungarian officials that they would be arrested.",
        "UN experts=igo:un-experts; Hungarian officials=state:hu; Court=court:icc",
        {"threat": 1},
    ),
    # a protective warning is no threat
    (
        "protective-warning",
        "The Court was warned by the Dutch intelligence service that a spy had tried to join it as an intern.",
        "Dutch=state:nl; The Court=court:icc",
        {"threat": 0},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_counts(nlp, case):
    _, text, entities, counts = case
    events = run_events(make_context(nlp, text, entities, date="2025-12-01"))
    for etype, n in counts.items():
        got = [(e.type, e.roles) for e in events if e.type == etype]
        assert len(got) == n, got


@pytest.mark.slow
def test_pronoun_object_takes_the_earlier_verbs_target(nlp):
    """ "monitoring the Court's officials, intercepting their communications": the officials, not someone before."""
    text = (
        "UN experts raised the alarm. Israeli agencies spent years monitoring the Court's officials, "
        "intercepting their communications and pressuring the former prosecutor, Fatou Bensouda."
    )
    ents = "UN experts=igo:un-experts; Israeli=state:il; Court=court:icc; Fatou Bensouda=person:fb"
    events = run_events(make_context(nlp, text, ents, date="2025-12-01"))
    targets = {t for e in events if e.type == "threat" for t in e.roles.get("target", [])}
    assert "court:icc" in targets and "person:fb" in targets
    assert "igo:un-experts" not in targets


@pytest.mark.slow
def test_received_threats_target(nlp):
    text = "Lawyers of the Palestinian Centre for Human Rights have received death threats by telephone."
    events = run_events(make_context(nlp, text, "Palestinian Centre for Human Rights=org:pchr", date="2025-12-01"))
    assert [e.roles["target"] for e in events if e.type == "threat"] == [["org:pchr"]]


ROUND_CASES = [
    # a later round told in a sentence of its own: the same state, its own targets and date
    (
        "followed-alone",
        "Washington designated the Prosecutor, Karim Khan, in February. Four judges followed in June.",
        "Washington=state:us; Karim Khan=person:kk; judges=court:judges",
        [({"imposer": ["state:us"], "target": ["court:judges"]}, "2025-06")],
    ),
    # a counted group the entity reader left unnamed
    (
        "counted-group-object",
        "Earlier this year the United States sanctioned Karim Khan, and in June it designated four other judges.",
        "United States=state:us; Karim Khan=person:kk; judges=court:judges",
        [({"imposer": ["state:us"], "target": ["court:judges"]}, "2025-06")],
    ),
    # "maintains criminal cases against": the subject acts (not a speech verb here)
    (
        "maintains-cases",
        "The Russian Federation continues to maintain criminal cases against the Prosecutor.",
        "Russian Federation=state:ru; Prosecutor=person:kk",
        [],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", ROUND_CASES, ids=[c[0] for c in ROUND_CASES])
def test_rounds(nlp, case):
    _, text, entities, expected = case
    events = run_events(make_context(nlp, text, entities, date="2025-12-01"))
    for roles, date in expected:
        assert any(
            e.type == "sanction" and all(sorted(e.roles.get(r, [])) == sorted(v) for r, v in roles.items()) and e.date == date
            for e in events
        ), [(e.type, e.roles, e.date) for e in events]


@pytest.mark.slow
def test_maintained_cases_are_a_threat(nlp):
    text = "The Russian Federation continues to maintain criminal cases against the Prosecutor."
    events = run_events(make_context(nlp, text, "Russian Federation=state:ru; Prosecutor=person:kk", date="2025-12-01"))
    assert any(e.type == "threat" and e.roles.get("perpetrator") == ["state:ru"] for e in events)


@pytest.mark.slow
def test_threatened_with_sanctions_is_no_sanction(nlp):
    text = "President Akane said judges and staff had been threatened with sanctions."
    events = run_events(make_context(nlp, text, "Akane=person:ta; judges=court:judges", date="2025-12-01"))
    assert not [e for e in events if e.type == "sanction"]
    assert [e for e in events if e.type == "threat"]


@pytest.mark.slow
def test_tally_under_sanctions_is_no_new_round(nlp):
    text = "Eleven of the Court's officials are now under US sanctions."
    events = run_events(make_context(nlp, text, "US=state:us; Court=court:icc", date="2025-12-01"))
    assert not [e for e in events if e.type == "sanction"]


@pytest.mark.slow
def test_detected_incident_is_a_cyberattack(nlp):
    text = "The Court said that in June 2025 a second incident was detected and contained."
    events = run_events(make_context(nlp, text, "Court=court:icc", date="2025-12-01"))
    assert any(e.type == "threat" and e.attributes.get("kind") == "cyberattack" and e.date == "2025-06" for e in events)


HEADLINES = [
    ("ICC hit by new cyberattack", "ICC=court:icc", "threat", {"target": ["court:icc"]}),
    (
        "Karim Khan added to Russian wanted list",
        "Karim Khan=person:kk; Russian=state:ru",
        "threat",
        {"perpetrator": ["state:ru"], "target": ["person:kk"]},
    ),
    (
        "Al-Haq was added to the Treasury's list of Specially Designated Nationals.",
        "Al-Haq=org:ah; Treasury=state:us",
        "sanction",
        {"imposer": ["state:us"], "target": ["org:ah"]},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", HEADLINES, ids=[c[0] for c in HEADLINES])
def test_headline_passives(nlp, case):
    text, entities, etype, roles = case
    events = run_events(make_context(nlp, text, entities, date="2025-12-01"))
    assert any(
        e.type == etype and all(sorted(e.roles.get(r, [])) == sorted(v) for r, v in roles.items()) for e in events
    ), [(e.type, e.roles) for e in events]


@pytest.mark.slow
def test_list_of_speakers_is_no_sanction(nlp):
    events = run_events(make_context(nlp, "Karim Khan was added to the list of speakers.", "Karim Khan=person:kk"))
    assert not [e for e in events if e.type == "sanction"]


@pytest.mark.slow
def test_relative_clause_passive_names_its_head(nlp):
    text = "Karim Khan, who was sanctioned by the United States in February, has lost access to his email."
    events = run_events(make_context(nlp, text, "United States=state:us; Karim Khan=person:kk", date="2025-12-01"))
    assert [(e.roles.get("target"), e.date) for e in events if e.type == "sanction"] == [(["person:kk"], "2025-02")]


@pytest.mark.slow
def test_relative_clause_recall_is_the_same_sanction(nlp):
    text = (
        "The United States sanctioned Karim Khan in February. "
        "Karim Khan, who was sanctioned in February, went on leave in May."
    )
    events = run_events(make_context(nlp, text, "United States=state:us; Karim Khan=person:kk", date="2025-12-01"))
    assert len([e for e in events if e.type == "sanction"]) == 1


@pytest.mark.slow
def test_office_after_a_name_is_no_target(nlp):
    text = "Russia has issued an arrest warrant for Tomoko Akane, the Court's President, according to the Court."
    ents = "Russia=state:ru; the Court=court:icc; Tomoko Akane=person:ta"
    events = run_events(make_context(nlp, text, ents, date="2025-12-01"))
    assert [e.roles["target"] for e in events if e.type == "threat"] == [["person:ta"]]


@pytest.mark.slow
def test_wanted_list_in_a_relative_clause(nlp):
    text = "Karim Khan, who was placed on a wanted list by Russia, spoke to reporters."
    events = run_events(make_context(nlp, text, "Karim Khan=person:kk; Russia=state:ru", date="2025-12-01"))
    assert any(e.type == "threat" and e.roles == {"perpetrator": ["state:ru"], "target": ["person:kk"]} for e in events)

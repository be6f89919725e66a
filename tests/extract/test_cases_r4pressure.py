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

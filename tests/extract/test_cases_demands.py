"""Demands and commitments, one construction per case (sentences written for these tests).

Lists under a lead-in, coordinated addressees, reported calls, modals, nominal calls and
commitments in the genre's wordings (spec/PATTERNS.md).
"""

from __future__ import annotations

import pytest

from .events_support import make_context, matches, run_events

LEX = "Lex Aequa=org:lex-aequa"
SP = "States Parties=court:states-parties"

# (id, text, entities, expected [(type, roles, attributes)], options)
CASES = [
    (
        "list-to-items-across-sentences",
        "We therefore urge States Parties:\n- to adopt the amended procedures;\n"
        "- to raise non-cooperation in their bilateral contacts;\n- to enact implementing legislation.\n",
        f"{SP}; {LEX}",
        [
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {"action": "adopt the amended"}),
            ("demand", {"addressee": ["court:states-parties"]}, {"action": "raise non-cooperation"}),
            ("demand", {"addressee": ["court:states-parties"]}, {"action": "enact implementing legislation"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 3}},
    ),
    (
        "list-recommendations-noun",
        "Our recommendations to the Assembly are as follows:\n\n1. Hold a plenary on arrests every year;\n"
        "2. Ensure that every referral receives a written response;\n3. Increase the budget for witness protection.\n",
        f"Assembly=court:asp; {LEX}",
        [
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:asp"]}, {"action": "Hold a plenary"}),
            ("demand", {"addressee": ["court:asp"]}, {"action": "Ensure that every referral"}),
            ("demand", {"addressee": ["court:asp"]}, {"action": "Increase the budget"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 3}},
    ),
    (
        "list-items-name-their-addressee",
        "Recommendations:\n1. States Parties should fund the Trust Fund for Victims;\n"
        "2. The Government of Chile should arrest the suspect.\n",
        f"{SP}; Chile=state:cl; Trust Fund for Victims=court:tfv; {LEX}",
        [
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {"action": "fund the Trust Fund"}),
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["state:cl"]}, {"action": "arrest the suspect"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 2}},
    ),
    (
        "list-imperative-not-addressee",
        "We ask the Bureau to:\n- provide the Registry with the resources it needs to protect witnesses;\n"
        "- meet each referred State within three months.\n",
        f"Bureau=court:asp-bureau; Registry=court:registry; {LEX}",
        [
            ("demand", {"addressee": ["court:asp-bureau"]}, {"action": "provide the Registry"}),
            ("demand", {"addressee": ["court:asp-bureau"]}, {"action": "meet each referred State"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 2}},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_demand_case(nlp, case):
    _, text, entities, expected, options = case
    ctx = make_context(nlp, text, entities, date="2025-12-01", author=options.get("author", ""))
    events = run_events(ctx)
    for etype, roles, attrs in expected:
        found = [e for e in events if matches(e, etype, roles, attrs)]
        assert found, f"no {etype} with {roles} {attrs} in {[(e.type, e.roles, e.attributes) for e in events]}"
    for etype, n in options.get("count", {}).items():
        assert sum(e.type == etype for e in events) == n, [(e.type, e.roles, e.attributes) for e in events]

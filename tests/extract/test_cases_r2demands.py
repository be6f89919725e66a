"""Commitments and demands in a speaker's own words: "I intend", "my delegation will", "we shall
not be deterred", two promises joined by "and we ...". Sentences written for these tests."""

from __future__ import annotations

import pytest

from .events_support import check_case

ICC = "International Criminal Court=court:icc; the Court=court:icc"

# (id, text, entities, expected [(type, roles, attributes)], options)
CASES = [
    (
        "commitment-my-delegation-will",
        "My delegation will keep raising these measures in every forum open to us.",
        "Peru=state:pe",
        [("commitment", {"agent": ["state:pe"]}, {"action": "raising these measures"})],
        {"author": "state:pe", "count": {"commitment": 1}},
    ),
    (
        "commitment-i-intend",
        "I intend to request new arrest warrants before the summer recess.",
        "Jane Roe=person:jane-roe",
        [("commitment", {"agent": ["person:jane-roe"]}, {"action": "request new arrest warrants"})],
        {"author": "person:jane-roe"},
    ),
    (
        "commitment-our-government-pledges",
        "Our Government has pledged to double its voluntary contribution to the Trust Fund for Victims.",
        "Ireland=state:ie; Trust Fund for Victims=court:tfv",
        [("commitment", {"agent": ["state:ie"]}, {"action": "double its voluntary contribution"})],
        {"author": "state:ie"},
    ),
    (
        "commitment-not-deterred",
        "We will not be intimidated by these sanctions.",
        "Lex Aequa=org:lex-aequa",
        [("commitment", {"agent": ["org:lex-aequa"]}, {"action": "not be intimidated"})],
        {"author": "org:lex-aequa"},
    ),
    (
        "demand-the-two-governments",
        "Belgium and Chile urged the Registrar to act. The two governments also asked the Bureau to meet urgently.",
        "Belgium=state:be; Chile=state:cl; the Registrar=court:registrar; the Bureau=court:asp-bureau",
        [("demand", {"claimant": ["state:be", "state:cl"], "addressee": ["court:asp-bureau"]}, {"action": "meet"})],
        {"author": "org:wire"},
    ),
    (
        "demand-several-governments-name-no-one",
        "Several governments and rights groups demanded the release of the investigator held in Bangui.",
        "Justice Wire=org:wire",
        [("demand", {"claimant": []}, {"action": "release of the investigator"})],
        {"author": "org:wire", "count": {"demand": 1}},
    ),
    (
        "commitment-government-decided",
        "The Government of Peru has decided to host a regional seminar on cooperation with the Court.",
        f"{ICC}; Peru=state:pe",
        [("commitment", {"agent": ["state:pe"]}, {"action": "host a regional seminar"})],
        {},
    ),
    (
        "commitment-not-a-chamber-deciding",
        "The Chamber found that Peru had failed to comply, while deciding to defer any referral.",
        "Peru=state:pe; The Chamber=court:ptc-1",
        [],
        {"count": {"commitment": 0}},
    ),
    (
        "commitment-not-what-will-do",
        "Let me set out what my delegation will do next year.",
        "Peru=state:pe",
        [],
        {"author": "state:pe", "count": {"commitment": 0}},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, case)

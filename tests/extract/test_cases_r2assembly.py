"""Sentence cases for membership acts and non-cooperation findings told in wordings unlike the corpus."""

from __future__ import annotations

import pytest

from .events_support import check_case

CHAMBER = "Pre-Trial Chamber I=court:pre-trial-chamber-1; Security Council=igo:un-security-council"

CASES = [
    (
        "finding-not-honoured-duty",
        ("On 12 May 2011 Pre-Trial Chamber I found that Djibouti had not honoured its duty to arrest Omar Al Bashir "
        "and informed the Security Council."),
        f"{CHAMBER}; Djibouti=state:dj; Omar Al Bashir=person:omar-al-bashir",
        [("non_cooperation_finding", {"state": ["state:dj"], "issuer": ["court:pre-trial-chamber-1"]}, {})],
    ),
    (
        "finding-transmitted-to",
        ("Pre-Trial Chamber I held that Chad had failed to fulfil its obligations and transmitted its finding "
        "to the Security Council."),
        f"{CHAMBER}; Chad=state:td",
        [("non_cooperation_finding", {"state": ["state:td"], "referred_to": ["igo:un-security-council"]}, {})],
    ),
    (
        "instrument-lodged-state-before",
        ("Ukraine's parliament backed the treaty in August. The instrument of ratification was lodged with the "
        "Secretary-General on 25 October 2024."),
        "Ukraine=state:ua",
        [("membership_change", {"state": ["state:ua"]}, {"action": "ratification", "date": "2024-10-25"})],
    ),
    (
        "received-by-title-then-meeting-with",
        ("Ana Ruiz visited the Court on 3 May. The Minister was received by Tomoko Akane. "
        "A meeting with Karim Khan took place the next day."),
        "Ana Ruiz=person:ana-ruiz; Tomoko Akane=person:tomoko-akane; Karim Khan=person:karim-khan",
        [
            ("meeting", {"participant": ["person:ana-ruiz", "person:tomoko-akane"]}, {}),
            ("meeting", {"participant": ["person:ana-ruiz", "person:karim-khan"]}, {}),
        ],
    ),
    (
        "coordinated-trips-then-both-cases",
        ("Pre-Trial Chamber I issued a warrant for the arrest of Omar Al Bashir in 2009. "
        "Omar Al Bashir flew to Chad in July 2010 and later that year went to Kenya. "
        "In both cases Pre-Trial Chamber I informed the Security Council of the visits on 27 August 2010."),
        f"{CHAMBER}; Chad=state:td; Kenya=state:ke; Omar Al Bashir=person:omar-al-bashir",
        [
            ("fugitive_visit", {"host": ["state:ke"], "subject": ["person:omar-al-bashir"]}, {}),
            ("non_cooperation_finding", {"state": ["state:td"]}, {"date": "2010-08-27"}),
            ("non_cooperation_finding", {"state": ["state:ke"]}, {"date": "2010-08-27"}),
        ],
    ),
    (
        "referral-in-next-sentence",
        ("Pre-Trial Chamber I found that Djibouti had not honoured its duty to arrest Omar Al Bashir. "
        "The judges decided to transmit their finding to the Security Council."),
        f"{CHAMBER}; Djibouti=state:dj; Omar Al Bashir=person:omar-al-bashir",
        [("non_cooperation_finding", {"state": ["state:dj"], "referred_to": ["igo:un-security-council"]}, {})],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, (*case, {}))

"""Sanction and threat constructions of round 2 (pressure): sentences written for these tests."""

from __future__ import annotations

import pytest

from .events_support import check_case

US = "United States=state:us; Office of Foreign Assets Control=state:us"
RU = "Russia=state:ru; Moscow=state:ru"
NGOS = "Al-Haq=org:al-haq; Addameer=org:addameer; Al Mezan=org:al-mezan"

# (id, text, entities, expected [(type, roles, attributes)], absent types)
CASES = [
    (
        "sanction-listed-by",
        "Two days later, Addameer and Al Mezan were listed by the Office of Foreign Assets Control.",
        f"{US}; {NGOS}",
        [("sanction", {"imposer": ["state:us"], "target": ["org:addameer", "org:al-mezan"]}, {})],
        [],
    ),
    (
        "sanction-listing-of",
        "The United States sanctioned Al-Haq in March. That came after the listing of Addameer in January.",
        f"{US}; {NGOS}",
        [("sanction", {"imposer": ["state:us"], "target": ["org:addameer"]}, {})],
        [],
    ),
    (
        "sanction-revoke-these",
        "We urge the United States to revoke these designations and the Netherlands to protect the Court.",
        f"{US}; Netherlands=state:nl; the Court=court:icc",
        [],
        ["sanction"],
    ),
    (
        "sanction-generic-holder",
        "Never before has a UN mandate holder been placed under United States sanctions.",
        f"{US}; UN=igo:un",
        [],
        ["sanction"],
    ),
    (
        "threat-headline-jails",
        "Moscow court jails three ICC judges in absentia",
        f"{RU}; ICC judges=court:judges",
        [("threat", {"perpetrator": ["state:ru"], "target": ["court:judges"]}, {"kind": "criminal_proceedings"})],
        [],
    ),
    (
        "threat-raised-passive-hack",
        "The phones of two researchers at Al-Haq were found to have been infected with spyware.",
        NGOS,
        [("threat", {"target": ["org:al-haq"]}, {"kind": "cyberattack"})],
        [],
    ),
    (
        "threat-received",
        "Since the warrants were issued, the judges of the Court have received death threats.",
        "judges of the Court=court:judges",
        [("threat", {"target": ["court:judges"]}, {"kind": "threat"})],
        [],
    ),
    (
        "threat-wanted-list-as-were",
        ("Russia opened a criminal case against the Prosecutor, Karim Khan. Khan was later put on a wanted list, "
        "as were Judge Tomoko Akane and Judge Rosario Aitala."),
        (f"{RU}; Karim Khan=person:karim-khan; Khan=person:karim-khan; Tomoko Akane=person:tomoko-akane; "
        "Rosario Aitala=person:rosario-aitala"),
        [
            (
                "threat",
                {
                    "perpetrator": ["state:ru"],
                    "target": ["person:karim-khan", "person:tomoko-akane", "person:rosario-aitala"],
                },
                {"kind": "criminal_proceedings"},
            )
        ],
        [],
    ),
    (
        "threat-characterised-not-told",
        "The Presidency said the proceedings amounted to an attempt to interfere with the work of the Court.",
        "the Court=court:icc; Presidency=court:presidency",
        [],
        ["threat"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, (*case[:4], {"count": dict.fromkeys(case[4], 0)}))


EXTRA_CASES = [
    (
        "threat-not-own-leader",
        "Russia opens criminal case against ICC judges over Putin warrant",
        f"{RU}; ICC judges=court:judges; Putin=person:vladimir-putin",
        [("threat", {"perpetrator": ["state:ru"], "target": ["court:judges"]}, {"kind": "criminal_proceedings"})],
        [],
    ),
    (
        "threat-case-concerns",
        ("Russia opened a criminal case against three judges of the Court. The case concerns Judges Tomoko Akane "
        "and Rosario Aitala."),
        (f"{RU}; three judges of the Court=court:judges; Tomoko Akane=person:tomoko-akane; "
        "Rosario Aitala=person:rosario-aitala"),
        [
            (
                "threat",
                {"perpetrator": ["state:ru"], "target": ["court:judges", "person:tomoko-akane", "person:rosario-aitala"]},
                {"kind": "criminal_proceedings"},
            )
        ],
        [],
    ),
    (
        "threat-persuade-not-to-open",
        "Yossi Cohen met Fatou Bensouda several times and tried to persuade her not to open an investigation.",
        "Yossi Cohen=person:yossi-cohen; Fatou Bensouda=person:fatou-bensouda",
        [("threat", {"perpetrator": ["person:yossi-cohen"], "target": ["person:fatou-bensouda"]}, {"kind": "intimidation"})],
        [],
    ),
]

EXTRA_CASES += [
    (
        "threat-threats-of-sanctions",
        "The International Criminal Court's session was overshadowed by threats of U.S. sanctions.",
        "International Criminal Court=court:icc; U.S.=state:us",
        [("threat", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {"kind": "threat"})],
        [],
    ),
    (
        "threat-in-capital",
        "In Moscow, investigators have charged Judge Tomoko Akane in absentia.",
        "Moscow=state:ru; Tomoko Akane=person:tomoko-akane",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:tomoko-akane"]}, {"kind": "criminal_proceedings"})],
        [],
    ),
    (
        "threat-alarmed-headline",
        "UN experts alarmed by intimidation of International Criminal Court staff",
        "International Criminal Court=court:icc",
        [],
        ["threat"],
    ),
    (
        "threat-monitor-situation",
        "The Special Rapporteur will continue to monitor the situation of the Court closely.",
        "Special Rapporteur=igo:sr; the Court=court:icc",
        [],
        ["threat"],
    ),
    (
        "sanction-withdraw-described",
        "Experts urged Washington to withdraw all sanctions against the Court's staff.",
        "Washington=state:us; the Court=court:icc",
        [],
        ["sanction"],
    ),
    (
        "sanction-passive-long-list",
        "Rubio said Judge Ann Roe, Judge Bo Lee and Deputy Prosecutors Cy Dam and Di Fox had been designated.",
        ("Rubio=person:marco-rubio; Ann Roe=person:ann-roe; Bo Lee=person:bo-lee; Cy Dam=person:cy-dam; "
        "Di Fox=person:di-fox"),
        [("sanction", {"target": ["person:ann-roe", "person:bo-lee", "person:cy-dam", "person:di-fox"]}, {})],
        [],
    ),
    (
        "sanction-only-asked",
        "A motion tabled by Senator Tom Cotton urges the administration to sanction every official of the Court.",
        "Tom Cotton=person:tom-cotton; the Court=court:icc",
        [],
        ["sanction"],
    ),
    (
        "threat-pressure-not-a-state",
        "The Court is under pressure to deliver its judgments more quickly.",
        "The Court=court:icc",
        [],
        ["threat"],
    ),
]


@pytest.mark.parametrize("case", EXTRA_CASES, ids=[c[0] for c in EXTRA_CASES])
def test_more_sentences(nlp, case):
    test_sentence(nlp, case)

"""Sanction and threat constructions of round 3 (pressure): sentences written for these tests."""

from __future__ import annotations

import pytest

from .events_support import check_case, make_context, run_events

US = "United States=state:us; Washington=state:us; Treasury=state:us; State Department=state:us"
RU = "Russia=state:ru; Moscow=state:ru"
ICC = "ICC=court:icc; Court=court:icc"

# (id, text, entities, expected [(type, roles, attributes)], absent types)
CASES = [
    (
        "sanction-passive-listed-in-context",
        "The Treasury designated Judge Ana Ruiz in May. Two more judges, Judge Bo Lind and Judge Eva Sol, were listed in July.",
        f"{US}; Ana Ruiz=person:ana-ruiz; Bo Lind=person:bo-lind; Eva Sol=person:eva-sol",
        [("sanction", {"imposer": ["state:us"], "target": ["person:bo-lind", "person:eva-sol"]}, {})],
        [],
    ),
    (
        "sanction-later-round-followed",
        ("Washington sanctioned Judge Ana Ruiz and Judge Bo Lind in June, and Judge Eva Sol followed in August, "
         "together with Deputy Prosecutor Ken Obi."),
        f"{US}; Ana Ruiz=person:ana-ruiz; Bo Lind=person:bo-lind; Eva Sol=person:eva-sol; Ken Obi=person:ken-obi",
        [("sanction", {"imposer": ["state:us"], "target": ["person:eva-sol", "person:ken-obi"]}, {})],
        [],
    ),
    (
        "sanction-visa-revoked",
        "In 2019 the State Department revoked the entry visa of the Prosecutor, Fatou Bensouda.",
        f"{US}; Fatou Bensouda=person:fatou-bensouda",
        [("sanction", {"imposer": ["state:us"], "target": ["person:fatou-bensouda"]}, {})],
        [],
    ),
    (
        "sanction-visa-restrictions-noun",
        "The State Department announced visa restrictions on ICC personnel in March 2019.",
        f"{US}; {ICC}",
        [("sanction", {"imposer": ["state:us"], "target": ["court:icc"]}, {})],
        [],
    ),
    (
        "sanction-order-title-names-target",
        'Washington issued Executive Order 14203, "Imposing Sanctions on the International Criminal Court", on 6 February.',
        (f"{US}; Executive Order 14203=instrument:us-eo-14203; "
         "Imposing Sanctions on the International Criminal Court=instrument:us-eo-14203; International Criminal Court=court:icc"),
        [("sanction", {"imposer": ["state:us"], "target": ["court:icc"], "instrument": ["instrument:us-eo-14203"]}, {})],
        [],
    ),
    (
        "sanction-order-used-against-each-date",
        ("Washington issued Executive Order 14203 on 6 February. The same order was used in March against Karim Khan, "
         "and on 5 June against Judge Ana Ruiz."),
        f"{US}; Executive Order 14203=instrument:us-eo-14203; Karim Khan=person:karim-khan; Ana Ruiz=person:ana-ruiz",
        [
            ("sanction", {"target": ["person:karim-khan"], "instrument": ["instrument:us-eo-14203"]}, {}),
            ("sanction", {"target": ["person:ana-ruiz"], "instrument": ["instrument:us-eo-14203"]}, {}),
        ],
        [],
    ),
    (
        "sanction-hit-with",
        "The court's Prosecutor, Karim Khan, was hit with United States sanctions in February.",
        f"{US}; Karim Khan=person:karim-khan",
        [("sanction", {"target": ["person:karim-khan"]}, {})],
        [],
    ),
    (
        "threat-accused-of",
        "Israel has been accused of spying on the ICC and of intimidating Fatou Bensouda.",
        f"Israel=state:il; {ICC}; Fatou Bensouda=person:fatou-bensouda",
        [
            ("threat", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "surveillance"}),
            ("threat", {"perpetrator": ["state:il"], "target": ["person:fatou-bensouda"]}, {"kind": "intimidation"}),
        ],
        [],
    ),
    (
        "threat-arrest-warrant-for-an-official",
        "Moscow issued an arrest warrant for Judge Tomoko Akane in 2024.",
        f"{RU}; Tomoko Akane=person:tomoko-akane",
        [("threat", {"target": ["person:tomoko-akane"]}, {"kind": "criminal_proceedings"})],
        [],
    ),
    (
        "sanction-list-line-without-were",
        "• 20 August 2025 – Judges Ana Ruiz and Bo Lind added to the SDN list.",
        f"{US}; Ana Ruiz=person:ana-ruiz; Bo Lind=person:bo-lind; SDN list=org:sdn",
        [("sanction", {"target": ["person:ana-ruiz", "person:bo-lind"]}, {})],
        [],
    ),
    (
        "sanction-headline-verb-read-as-noun",
        "US sanctions four ICC judges over Afghanistan, Israel probes",
        "US=state:us; ICC judges=court:judges; Afghanistan=state:af; Israel=state:il",
        [("sanction", {"imposer": ["state:us"], "target": ["court:judges"]}, {})],
        [],
    ),
    (
        "sanction-threats-to-sanction-noun",
        "Members of Congress have made repeated threats to sanction the Court and its staff.",
        f"{ICC}; Congress=org:us-congress",
        [],
        ["sanction"],
    ),
    (
        "sanction-wanted-list-is-no-sanction-list",
        "Russia placed Karim Khan on its wanted list in May, and Judge Tomoko Akane was later added to it as well.",
        f"{RU}; Karim Khan=person:karim-khan; Tomoko Akane=person:tomoko-akane",
        [
            ("threat", {"perpetrator": ["state:ru"], "target": ["person:karim-khan"]}, {"kind": "criminal_proceedings"}),
            ("threat", {"perpetrator": ["state:ru"], "target": ["person:tomoko-akane"]}, {"kind": "criminal_proceedings"}),
        ],
        ["sanction"],
    ),
    (
        "threat-every-conjunct-of-the-target",
        "Moscow opened a criminal case against Karim Khan and three judges in March.",
        f"{RU}; Karim Khan=person:karim-khan; judges=court:judges",
        [
            (
                "threat",
                {"perpetrator": ["state:ru"], "target": ["person:karim-khan", "court:judges"]},
                {"kind": "criminal_proceedings"},
            )
        ],
        [],
    ),
    (
        "threat-number-of-the-group",
        "Moscow opened criminal proceedings against the Prosecutor and two of the judges who signed the warrant.",
        f"{RU}; Prosecutor=person:karim-khan; judges=court:judges",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:karim-khan", "court:judges"]}, {})],
        [],
    ),
    (
        "threat-attack-on-systems-is-cyber",
        "Last month the Court detected a targeted attack on its information systems.",
        ICC,
        [("threat", {"target": ["court:icc"]}, {"kind": "cyberattack"})],
        [],
    ),
    (
        "threat-missile-talk",
        "Dmitry Medvedev wrote on Telegram that a missile could one day be fired at the Court's headquarters.",
        f"{ICC}; Dmitry Medvedev=person:dmitry-medvedev",
        [("threat", {"perpetrator": ["person:dmitry-medvedev"], "target": ["court:icc"]}, {"kind": "threat"})],
        [],
    ),
    (
        "threat-law-criminalising-cooperation",
        "Russia adopted a law that makes cooperation with the ICC a criminal offence.",
        f"{RU}; {ICC}",
        [("threat", {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {"kind": "obstruction"})],
        [],
    ),
    (
        "threat-warning-by-unnamed-officials-of-a-state",
        "Within weeks, twelve United States senators had written to Karim Khan warning him that any such step would be met with sanctions.",
        f"{US}; Karim Khan=person:karim-khan",
        [("threat", {"perpetrator": ["state:us"], "target": ["person:karim-khan"]}, {"kind": "threat"})],
        [],
    ),
    (
        "threat-pressure-from-sanctions-is-the-sanction",
        "The Court itself has been under sustained pressure from sanctions imposed by the United States since February.",
        f"{US}; {ICC}",
        [],
        ["threat"],
    ),
    (
        "threat-warned-that-the-court-would-face",
        "US lawmakers warned that the Court would face severe consequences if it pursued Israeli officials.",
        f"US=state:us; {ICC}; Israeli=state:il",
        [("threat", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {"kind": "threat"})],
        [],
    ),
    (
        "sanction-the-state-that-says-so",
        "Judges Ana Ruiz and Bo Lind were also sanctioned, the Treasury said.",
        f"{US}; Ana Ruiz=person:ana-ruiz; Bo Lind=person:bo-lind",
        [("sanction", {"imposer": ["state:us"], "target": ["person:ana-ruiz", "person:bo-lind"]}, {})],
        [],
    ),
    (
        "threat-heading-topic-is-no-act",
        "Coercion against the International Criminal Court: sanctions, criminal cases and cyber intrusions",
        "International Criminal Court=court:icc",
        [],
        ["threat"],
    ),
    (
        "threat-chain-of-threatened-acts",
        "John Bolton threatened to ban the judges from entering the country and to prosecute them.",
        "John Bolton=person:john-bolton; judges=court:judges; States Parties=court:states-parties",
        [("threat", {"perpetrator": ["person:john-bolton"], "target": ["court:judges"]}, {"kind": "threat"})],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, (*case[:4], {"count": dict.fromkeys(case[4], 0)}))


def test_sanctions_effect_is_not_a_new_sanction(nlp):
    """ "The sanctions imposed on X block his property": X is the target, never the imposer."""
    text = "The sanctions imposed on Al-Haq block its property in the United States and bar its staff from entry."
    events = run_events(make_context(nlp, text, f"{US}; Al-Haq=org:al-haq", date="2025-12-01"))
    assert not [e for e in events if e.type == "sanction" and "org:al-haq" in e.roles.get("imposer", [])]


def test_a_condition_is_no_threat(nlp):
    """The Court's own warrants, in an "if" clause, are not criminal proceedings against a state."""
    text = "Senators threatened to sanction the Court if it sought arrest warrants against Israeli officials."
    events = run_events(make_context(nlp, text, f"{ICC}; Israeli=state:il", date="2025-12-01"))
    assert not [e for e in events if e.type == "threat" and e.attributes.get("kind") == "criminal_proceedings"]


def test_a_question_tells_no_sanction(nlp):
    text = "Explainer: What are US sanctions on the International Criminal Court?"
    events = run_events(make_context(nlp, text, "US=state:us; International Criminal Court=court:icc", date="2025-12-01"))
    assert not [e for e in events if e.type == "sanction"]


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("Washington's decision to impose sanctions on the pair came days after the ruling.", "decision", True),
        ("The move to blacklist the judges was widely condemned.", "move", True),
        ("The decision to adopt the budget was welcomed by delegations.", "decision", False),
    ],
)
def test_sanctioning_act(nlp, text, noun, expected):
    """The helper the decision reader can call: a decision noun that names a sanction."""
    from romewatch.extract.events.sanction_cues import sanctioning_act

    doc = nlp(text)
    assert sanctioning_act(next(t for t in doc if t.lower_ == noun)) is expected

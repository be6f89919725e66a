"""Sentence cases for `sanction` and `threat`: the genre's constructions beyond the tuning documents
(legal basis before the object, names after a descriptor, pronoun imposers, nominal and passive
threats, threats told in a demand or a hypothesis, threats in quoted speech)."""

from __future__ import annotations

import pytest

from .events_support import check_case

US = "United States=state:us; Washington=state:us; Treasury=state:us; OFAC=state:us"
ICC = "International Criminal Court=court:icc; the Court=court:icc"
PEOPLE = "Jane Roe=person:jane-roe; John Doe=person:john-doe"

CASES = [
    # --- sanction ----------------------------------------------------------------------------
    (
        "sanction-treasury-designated-title",
        "The Treasury designated Prosecutor Jane Roe on Tuesday.",
        f"{US}; {PEOPLE}",
        [("sanction", {"imposer": ["state:us"], "target": ["person:jane-roe"]}, {})],
        {},
    ),
    (
        "sanction-legal-basis-before-object",
        ("Washington decided to designate, pursuant to Executive Order 14203, two judges of the Court - Jane Roe "
        "and John Doe."),
        f"{US}; {ICC}; {PEOPLE}; Executive Order 14203=instrument:us-eo-14203",
        [
            (
                "sanction",
                {
                    "imposer": ["state:us"],
                    "target": ["person:jane-roe", "person:john-doe"],
                    "instrument": ["instrument:us-eo-14203"],
                },
                {},
            )
        ],
        {"count": {"sanction": 1}},
    ),
    (
        "sanction-described-then-named",
        ("OFAC added two judges of the Court to its sanctions list on 4 March 2025. The designation of Jane Roe "
        "and John Doe was announced by the Treasury."),
        f"{US}; {ICC}; {PEOPLE}",
        [("sanction", {"imposer": ["state:us"], "target": ["person:jane-roe", "person:john-doe"]}, {})],
        {"count": {"sanction": 1}},
    ),
    (
        "sanction-pronoun-imposer-and-office-apposition",
        "Washington has escalated. On 9 July it sanctioned Jane Roe, the UN Special Rapporteur on torture.",
        f"{US}; {PEOPLE}; UN Special Rapporteur on torture=igo:sr-torture",
        [("sanction", {"imposer": ["state:us"], "target": ["person:jane-roe"]}, {"date": "2025-07-09"})],
        {},
    ),
    (
        "no-sanction-effects-of-designations",
        "States should mitigate the effects of the designations on the Court.",
        f"{ICC}; States=court:states-parties",
        [],
        {"count": {"sanction": 0}},
    ),
    (
        "sanction-working-under-sanctions",
        "Jane Roe and John Doe now work under United States sanctions.",
        f"{US}; {PEOPLE}",
        [("sanction", {"imposer": ["state:us"], "target": ["person:jane-roe", "person:john-doe"]}, {})],
        {},
    ),
    (
        "sanction-order-targeting",
        "In February 2025 Washington signed an executive order targeting the Court and its Prosecutor, Jane Roe.",
        f"{US}; {ICC}; {PEOPLE}",
        [("sanction", {"imposer": ["state:us"], "target": ["court:icc", "person:jane-roe"]}, {"date": "2025-02"})],
        {},
    ),
    (
        "threat-announced-ban-and-freeze",
        ("John Doe announced that Washington would ban the Court's judges from entering the country and freeze "
        "their assets."),
        f"{US}; {ICC}; John Doe=person:john-doe; judges=court:judges",
        [("threat", {"perpetrator": ["state:us", "person:john-doe"], "target": ["court:icc", "court:judges"]}, {})],
        {"count": {"sanction": 0}},
    ),
    (
        "sanction-order-named-for-freezes",
        ("On 6 February 2025, Washington issued Executive Order 14203, which declared an emergency and named the "
        "Prosecutor, Jane Roe, for asset freezes and entry bans."),
        f"{US}; {PEOPLE}; Executive Order 14203=instrument:us-eo-14203",
        [
            (
                "sanction",
                {"imposer": ["state:us"], "target": ["person:jane-roe"], "instrument": ["instrument:us-eo-14203"]},
                {"date": "2025-02-06"},
            )
        ],
        {},
    ),
    (
        "no-sanction-lifted-or-shielded-from",
        ("The sanctions against Jane Roe were eventually withdrawn. Lex Aequa wants to protect the Court from "
        "US sanctions."),
        f"{ICC}; US=state:us; Lex Aequa=org:lex-aequa; {PEOPLE}",
        [],
        {"count": {"sanction": 0}},
    ),
    (
        "sanction-follow-those-of",
        ("Washington designated Jane Roe on 20 August 2025. The sanctions follow those of John Doe, in February, "
        "and of four judges on 5 June 2025."),
        f"{US}; {PEOPLE}; four judges=court:judges",
        [
            ("sanction", {"imposer": ["state:us"], "target": ["person:john-doe"]}, {"date": "2025-02"}),
            ("sanction", {"imposer": ["state:us"], "target": ["court:judges"]}, {"date": "2025-06-05"}),
        ],
        {"count": {"sanction": 3}},
    ),
    # --- threat ------------------------------------------------------------------------------
    (
        "threat-passive-proceedings-in-capital",
        "Criminal proceedings were opened in Moscow against the Prosecutor, Jane Roe.",
        f"Moscow=state:ru; {PEOPLE}",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:jane-roe"]}, {"kind": "criminal_proceedings"})],
        {},
    ),
    (
        "threat-will-take-measures",
        "Washington will take whatever measures it deems necessary against the Court, Jane Roe said.",
        f"{US}; {ICC}; {PEOPLE}",
        [("threat", {"perpetrator": ["state:us", "person:jane-roe"], "target": ["court:icc"]}, {"kind": "threat"})],
        {},
    ),
    (
        "threat-options-on-the-table",
        "Officials in Washington said that all options remain on the table against the Court.",
        f"{US}; {ICC}",
        [("threat", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {"kind": "threat"})],
        {},
    ),
    (
        "no-threat-in-demand",
        ("We urge the Bureau to set up a procedure for responding to attacks on the Court and threats against "
        "its officials."),
        f"{ICC}; Bureau=court:asp-bureau; Lex Aequa=org:lex-aequa",
        [],
        {"count": {"threat": 0}, "author": "org:lex-aequa"},
    ),
    (
        "no-threat-hypothetical-attempt",
        "Any attempt to undermine the Court should be resisted.",
        ICC,
        [],
        {"count": {"threat": 0}},
    ),
    (
        "threat-breach-told-twice",
        "The networks of the Court were hacked in May. The breach of its systems was disclosed in June.",
        ICC,
        [("threat", {"target": ["court:icc"]}, {"kind": "cyberattack"})],
        {"count": {"threat": 1}},
    ),
    (
        "threat-spied-on-official",
        "Israel's intelligence agency spied on the Prosecutor, Jane Roe, for years.",
        f"Israel=state:il; {PEOPLE}",
        [("threat", {"perpetrator": ["state:il"], "target": ["person:jane-roe"]}, {"kind": "surveillance"})],
        {},
    ),
    (
        "threat-target-of-smear-campaign",
        "The Court has been the target of a coordinated smear campaign.",
        "The Court=court:icc",
        [("threat", {"target": ["court:icc"]}, {"kind": "smear"})],
        {},
    ),
    (
        "threat-measures-then-case-against-them",
        ("Russia announced measures against the Prosecutor, Jane Roe, and Judge John Doe. A criminal case has "
        "been opened against them."),
        f"Russia=state:ru; {PEOPLE}",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:jane-roe", "person:john-doe"]}, {})],
        {"count": {"threat": 1}},
    ),
    (
        "threat-campaign-against-the-tribunal",
        "Washington sanctioned Jane Roe, a judge of the International Criminal Court, escalating a campaign against the tribunal.",
        f"{US}; {PEOPLE}; International Criminal Court=court:icc",
        [("threat", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {})],
        {},
    ),
    (
        "no-threat-risk-could",
        "Sanctions could force the Court to close offices, undermining its work in Ukraine.",
        f"{ICC}; The Court=court:icc; Ukraine=state:ua",
        [],
        {"count": {"threat": 0}},
    ),
    (
        "no-threat-concern-at-coercive-measures",
        "States Parties expressed deep concern at the coercive measures taken against the Court.",
        f"{ICC}; States Parties=court:states-parties",
        [],
        {"count": {"threat": 0}},
    ),
    (
        "threat-infiltrated",
        "Russian military intelligence infiltrated the Court in 2022.",
        f"Russian=state:ru; {ICC}",
        [("threat", {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {"kind": "surveillance"})],
        {},
    ),
    (
        "threat-remains-on-a-list-of-wanted-persons",
        "The expert noted that Jane Roe remains on a Russian list of wanted persons.",
        f"Russian=state:ru; {PEOPLE}",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:jane-roe"]}, {"kind": "criminal_proceedings"})],
        {},
    ),
    (
        "threat-two-in-one-sentence",
        "A Russian court sentenced Jane Roe in absentia, and John Doe was placed on Russia's wanted list.",
        f"Russian=state:ru; Russia=state:ru; {PEOPLE}",
        [
            ("threat", {"perpetrator": ["state:ru"], "target": ["person:jane-roe"]}, {}),
            ("threat", {"perpetrator": ["state:ru"], "target": ["person:john-doe"]}, {}),
        ],
        {},
    ),
    (
        "no-threat-described-as-reprisals",
        "Lex Aequa voiced alarm at what it described as a pattern of reprisals against the Court.",
        f"{ICC}; Lex Aequa=org:lex-aequa",
        [],
        {"count": {"threat": 0}},
    ),
    (
        "threat-bill-to-sanction",
        "In June the US Senate passed a bill to sanction anyone who assists ICC investigations.",
        f"{US}; US Senate=state:us; ICC=court:icc",
        [("threat", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {})],
        {"count": {"sanction": 0}},
    ),
    (
        "threat-quoted-wanted-list",
        "In May, John Doe was placed on a Russian \u201cwanted\u201d list.",
        f"Russian=state:ru; {PEOPLE}",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:john-doe"]}, {"kind": "criminal_proceedings"})],
        {},
    ),
    (
        "threat-sanctions-are-an-attempt",
        "Washington sanctioned Jane Roe in March. These measures are a transparent attempt to intimidate the Court.",
        f"{US}; {ICC}; {PEOPLE}",
        [("threat", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {"kind": "intimidation"})],
        {},
    ),
    (
        "threat-demonym-agent-gain-access",
        "Dutch intelligence said it had stopped a Russian spy who had tried to gain access to the Court.",
        f"Russian=state:ru; Dutch=state:nl; {ICC}",
        [("threat", {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {})],
        {},
    ),
    (
        "threat-court-responded-to-incident",
        "The Court said it had taken measures to respond to the cyber incident.",
        "The Court=court:icc",
        [("threat", {"perpetrator": [], "target": ["court:icc"]}, {"kind": "cyberattack"})],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_pressure_sentence(nlp, case):
    check_case(nlp, case)

"""Sentence cases for the judicial and membership events: warrants, non-cooperation, visits, membership.

Sentences are written for these tests in the genre's constructions (relative clauses, appositions,
copulas, coordination, reported findings), not copied from a corpus.
"""

from __future__ import annotations

import pytest

from .events_support import check_case

PUTIN = "Vladimir Putin=person:vladimir-putin; Mr Putin=person:vladimir-putin; Putin=person:vladimir-putin"
BASHIR = "Omar al-Bashir=person:omar-al-bashir; Mr al-Bashir=person:omar-al-bashir"
NETANYAHU = "Benjamin Netanyahu=person:benjamin-netanyahu; Netanyahu=person:benjamin-netanyahu"
PTC1 = "Pre-Trial Chamber I=court:pre-trial-chamber-1"
PTC2 = "Pre-Trial Chamber II=court:pre-trial-chamber-2"
ICC = "International Criminal Court=court:icc; ICC=court:icc; the Court=court:icc"
ASP = "Assembly of States Parties=court:asp; the Assembly=court:asp"

CASES = [
    # --- arrest_warrant ----------------------------------------------------------------------
    (
        "warrant-copula-subject-of-two-dates",
        (
            "Mr al-Bashir is the subject of two ICC warrants of arrest, issued by Pre-Trial Chamber I in March 2009 "
            "and July 2010, for war crimes and genocide."
        ),
        f"{BASHIR}; {PTC1}; {ICC}",
        [
            ("arrest_warrant", {"subject": ["person:omar-al-bashir"]}, {"status": "issued", "date": "2009-03"}),
            ("arrest_warrant", {"subject": ["person:omar-al-bashir"]}, {"status": "issued", "date": "2010-07"}),
        ],
        {"count": {"arrest_warrant": 2}},
    ),
    (
        "warrant-relative-clause-subject",
        (
            "Sudan's former president Omar al-Bashir, against whom Pre-Trial Chamber I issued a warrant in March 2009, "
            "flew to Cairo."
        ),
        f"{BASHIR}; {PTC1}; Sudan=state:sd",
        [("arrest_warrant", {"subject": ["person:omar-al-bashir"]}, {"date": "2009-03"})],
        {},
    ),
    (
        "warrant-only-referred-to",
        "Omar al-Bashir, who remains wanted on an ICC warrant, flew to Cairo on Monday.",
        f"{BASHIR}; {ICC}",
        [],
        {"count": {"arrest_warrant": 0}},
    ),
    (
        "warrant-for-him-and-for-appositive",
        (
            "Pre-Trial Chamber II issued warrants in March 2023 for Putin and for Russia's commissioner for children, "
            "Maria Lvova-Belova, over the deportation of children."
        ),
        f"{PUTIN}; {PTC2}; Russia=state:ru; Maria Lvova-Belova=person:maria-lvova-belova",
        [
            (
                "arrest_warrant",
                {
                    "issuer": ["court:pre-trial-chamber-2"],
                    "subject": ["person:vladimir-putin", "person:maria-lvova-belova"],
                },
                {"status": "issued", "date": "2023-03"},
            )
        ],
        {},
    ),
    (
        "warrant-arrested-on-warrant-issued",
        (
            "On 19 January 2025, police in Turin arrested Osama Njeem on a warrant issued by Pre-Trial Chamber I "
            "the previous day."
        ),
        f"Osama Njeem=person:osama-njeem; {PTC1}",
        [
            (
                "arrest_warrant",
                {"issuer": ["court:pre-trial-chamber-1"], "subject": ["person:osama-njeem"]},
                {"status": "issued"},
            )
        ],
        {},
    ),
    (
        "warrant-surrendered-and-issued",
        (
            "Today, 12 March 2025, Rodrigo Duterte was surrendered to the custody of the International Criminal Court "
            "pursuant to a warrant of arrest issued by Pre-Trial Chamber I on 7 March 2025."
        ),
        f"Rodrigo Duterte=person:rodrigo-duterte; {ICC}; {PTC1}",
        [
            ("arrest_warrant", {"subject": ["person:rodrigo-duterte"]}, {"status": "executed", "date": "2025-03-12"}),
            (
                "arrest_warrant",
                {"issuer": ["court:pre-trial-chamber-1"], "subject": ["person:rodrigo-duterte"]},
                {"status": "issued", "date": "2025-03-07"},
            ),
        ],
        {},
    ),
    (
        "warrant-second-one",
        (
            "The Chamber issued a first warrant for Omar al-Bashir in March 2009, for war crimes, and a second one "
            "in July 2010 for genocide."
        ),
        f"{BASHIR}; the Chamber=court:pre-trial-chamber-1",
        [
            ("arrest_warrant", {"subject": ["person:omar-al-bashir"]}, {"date": "2009-03"}),
            ("arrest_warrant", {"subject": ["person:omar-al-bashir"]}, {"date": "2010-07", "crimes": ["genocide"]}),
        ],
        {},
    ),
    (
        "warrant-withdrawn",
        "In February, Pre-Trial Chamber I withdrew the warrant against Mohammed Deif after his death was confirmed.",
        f"{PTC1}; Mohammed Deif=person:mohammed-deif",
        [("arrest_warrant", {"subject": ["person:mohammed-deif"]}, {"status": "withdrawn"})],
        {},
    ),
    (
        "warrant-arrested-and-handed-over",
        "Omar al-Bashir was arrested in Nairobi and handed over to the ICC on 3 June 2025.",
        f"{BASHIR}; {ICC}",
        [("arrest_warrant", {"subject": ["person:omar-al-bashir"]}, {"status": "executed", "date": "2025-06-03"})],
        {},
    ),
    (
        "warrant-state-surrendered-person",
        "Germany surrendered Ahmad Harun to the International Criminal Court on 1 December 2025.",
        f"Germany=state:de; Ahmad Harun=person:ahmad-harun; {ICC}",
        [("arrest_warrant", {"subject": ["person:ahmad-harun"]}, {"status": "executed"})],
        {},
    ),
    (
        "warrant-no-attempt-to-execute",
        "Mr Putin left today without any attempt by the authorities to execute the ICC's warrant against him.",
        f"{PUTIN}; {ICC}",
        [],
        {"count": {"arrest_warrant": 0}},
    ),
    (
        "warrant-request-approved-is-issued",
        "The judges approved the Prosecutor's request for an arrest warrant against Vladimir Putin.",
        f"{PUTIN}; The judges=court:judges; Prosecutor=court:otp",
        [("arrest_warrant", {"subject": ["person:vladimir-putin"]}, {"status": "issued"})],
        {"count": {"arrest_warrant": 1}},
    ),
    (
        "warrant-never-executed",
        "The arrest warrant for Joseph Kony, issued in 2005, has never been executed.",
        "Joseph Kony=person:joseph-kony",
        [],
        {"count": {"arrest_warrant": 0}},
    ),
    (
        "warrant-ordered-the-arrest",
        "Pre-Trial Chamber II has ordered the arrest of Vladimir Putin over the deportation of children.",
        f"{PUTIN}; {PTC2}",
        [
            (
                "arrest_warrant",
                {"issuer": ["court:pre-trial-chamber-2"], "subject": ["person:vladimir-putin"]},
                {"status": "issued"},
            )
        ],
        {},
    ),
    (
        "warrant-application-filed-possessive",
        "The Prosecutor's application for arrest warrants against Putin was filed on 22 February 2023.",
        f"{PUTIN}; Prosecutor=court:otp",
        [
            (
                "arrest_warrant",
                {"issuer": ["court:otp"], "subject": ["person:vladimir-putin"]},
                {"status": "requested", "date": "2023-02-22"},
            )
        ],
        {},
    ),
    (
        "warrant-subjects-after-colon",
        (
            "Pre-Trial Chamber II issued warrants of arrest for two individuals in the situation in Ukraine: "
            "Mr Putin and Ms Maria Lvova-Belova."
        ),
        f"{PUTIN}; {PTC2}; Maria Lvova-Belova=person:maria-lvova-belova; Ukraine=state:ua",
        [
            (
                "arrest_warrant",
                {
                    "issuer": ["court:pre-trial-chamber-2"],
                    "subject": ["person:vladimir-putin", "person:maria-lvova-belova"],
                },
                {"status": "issued"},
            )
        ],
        {},
    ),
    (
        "warrant-court-issuer-is-its-chamber",
        (
            "The International Criminal Court issued a warrant for the arrest of Omar al-Bashir on 4 March 2009. "
            "Judges of Pre-Trial Chamber I said there were reasonable grounds to believe Mr al-Bashir was responsible."
        ),
        f"{BASHIR}; {ICC}; {PTC1}",
        [
            (
                "arrest_warrant",
                {"issuer": ["court:pre-trial-chamber-1"], "subject": ["person:omar-al-bashir"]},
                {"status": "issued"},
            )
        ],
        {},
    ),
    # --- non_cooperation_finding -------------------------------------------------------------
    (
        "noncoop-informed-council-of-failure",
        "Pre-Trial Chamber I informed the Security Council of Kenya's failure to arrest Omar al-Bashir.",
        f"{PTC1}; {BASHIR}; Kenya=state:ke; Security Council=igo:un-security-council",
        [
            (
                "non_cooperation_finding",
                {"issuer": ["court:pre-trial-chamber-1"], "state": ["state:ke"], "subject": ["person:omar-al-bashir"]},
                {},
            )
        ],
        {},
    ),
    (
        "noncoop-refer-possessive",
        "The Chamber decided to refer Malawi's non-compliance to the Assembly of States Parties.",
        f"Malawi=state:mw; {ASP}",
        [("non_cooperation_finding", {"state": ["state:mw"], "referred_to": ["court:asp"]}, {})],
        {},
    ),
    (
        "noncoop-concluded-failed-to-meet",
        (
            "On 24 October 2024 Pre-Trial Chamber II concluded that Mongolia had failed to meet its obligations by "
            "not arresting Mr Putin, and referred the matter to the Assembly."
        ),
        f"{PUTIN}; {PTC2}; Mongolia=state:mn; {ASP}",
        [
            (
                "non_cooperation_finding",
                {
                    "issuer": ["court:pre-trial-chamber-2"],
                    "state": ["state:mn"],
                    "subject": ["person:vladimir-putin"],
                    "referred_to": ["court:asp"],
                },
                {"date": "2024-10-24"},
            )
        ],
        {},
    ),
    (
        "noncoop-finding-against-over",
        (
            "On 17 October 2025 Pre-Trial Chamber I made a finding of non-compliance against Italy over the release of "
            "Osama Njeem."
        ),
        f"{PTC1}; Italy=state:it; Osama Njeem=person:osama-njeem",
        [
            (
                "non_cooperation_finding",
                {"issuer": ["court:pre-trial-chamber-1"], "state": ["state:it"], "subject": ["person:osama-njeem"]},
                {"date": "2025-10-17"},
            )
        ],
        {},
    ),
    (
        "noncoop-old-finding-recalled",
        "The 2017 finding against Jordan was never discussed in plenary.",
        "Jordan=state:jo",
        [("non_cooperation_finding", {"state": ["state:jo"]}, {"date": "2017"})],
        {},
    ),
    (
        "noncoop-referred-state-to-assembly",
        "Pre-Trial Chamber II referred Mongolia to the Assembly for failing to arrest Mr Putin.",
        f"{PTC2}; Mongolia=state:mn; {ASP}; {PUTIN}",
        [
            (
                "non_cooperation_finding",
                {"state": ["state:mn"], "referred_to": ["court:asp"], "subject": ["person:vladimir-putin"]},
                {},
            )
        ],
        {},
    ),
    (
        "noncoop-in-breach-declined-to-refer",
        (
            "In July 2017, Pre-Trial Chamber II found South Africa in breach of its obligations but declined to refer "
            "the matter to the Assembly."
        ),
        f"{PTC2}; South Africa=state:za; {ASP}",
        [("non_cooperation_finding", {"issuer": ["court:pre-trial-chamber-2"], "state": ["state:za"]}, {})],
        {},
    ),
    # --- fugitive_visit ----------------------------------------------------------------------
    (
        "visit-allowed-to-leave",
        "Omar al-Bashir was allowed to leave South Africa in June 2015 despite the warrant.",
        f"{BASHIR}; South Africa=state:za",
        [
            (
                "fugitive_visit",
                {"subject": ["person:omar-al-bashir"], "host": ["state:za"]},
                {"arrested": False, "date": "2015-06"},
            )
        ],
        {},
    ),
    (
        "visit-hosted-by-passive",
        "In October, Mr Putin was hosted in Dushanbe by Tajikistan in spite of the outstanding warrant against him.",
        f"{PUTIN}; Tajikistan=state:tj",
        [("fugitive_visit", {"subject": ["person:vladimir-putin"], "host": ["state:tj"]}, {"arrested": False})],
        {},
    ),
    (
        "visit-rolled-out-red-carpet",
        "In April, Hungary rolled out the red carpet for Benjamin Netanyahu, who is wanted by the ICC.",
        f"{NETANYAHU}; Hungary=state:hu; {ICC}",
        [("fugitive_visit", {"subject": ["person:benjamin-netanyahu"], "host": ["state:hu"]}, {})],
        {},
    ),
    (
        "visit-received-in",
        "Netanyahu, who is the subject of an ICC warrant, was received in Hungary with full honours.",
        f"{NETANYAHU}; Hungary=state:hu; {ICC}",
        [("fugitive_visit", {"subject": ["person:benjamin-netanyahu"], "host": ["state:hu"]}, {"arrested": False})],
        {},
    ),
    (
        "visit-spent-days-in",
        "Omar al-Bashir, wanted by the ICC for genocide, spent three days in Chad, which declined to detain him.",
        f"{BASHIR}; Chad=state:td; {ICC}",
        [("fugitive_visit", {"subject": ["person:omar-al-bashir"], "host": ["state:td"]}, {"arrested": False})],
        {},
    ),
    (
        "visit-none-of-which-arrested",
        "Omar al-Bashir, sought by the ICC, made trips to Chad, Kenya and Djibouti, none of which arrested him.",
        f"{BASHIR}; {ICC}; Chad=state:td; Kenya=state:ke; Djibouti=state:dj",
        [
            (
                "fugitive_visit",
                {"subject": ["person:omar-al-bashir"], "host": ["state:td", "state:ke", "state:dj"]},
                {"arrested": False},
            )
        ],
        {},
    ),
    (
        "visit-was-in-and-did-not-arrest",
        "Mr Putin was in Dushanbe on 9 October 2025 for a summit, and Tajikistan did not arrest him.",
        f"{PUTIN}; Tajikistan=state:tj; Dushanbe=place:dushanbe",
        [
            (
                "fugitive_visit",
                {"subject": ["person:vladimir-putin"], "host": ["state:tj"]},
                {"arrested": False, "date": "2025-10-09"},
            )
        ],
        {},
    ),
    (
        "visit-by-video-link-is-none",
        "Despite the ICC warrant, Mr Putin attended the summit in South Africa by video link.",
        f"{PUTIN}; South Africa=state:za; {ICC}",
        [],
        {"count": {"fugitive_visit": 0}},
    ),
    # --- membership_change -------------------------------------------------------------------
    (
        "membership-they-were-leaving-respectively",
        "In October and November 2016, South Africa and Gambia also announced that they were leaving the Court.",
        f"South Africa=state:za; Gambia=state:gm; {ICC}",
        [
            ("membership_change", {"state": ["state:za"]}, {"action": "withdrawal_notice", "date": "2016-10"}),
            ("membership_change", {"state": ["state:gm"]}, {"action": "withdrawal_notice", "date": "2016-11"}),
        ],
        {},
    ),
    (
        "membership-notified-one-year-ago",
        (
            "Burundi leaves today. The withdrawal, which the Government notified to the Secretary-General exactly one "
            "year ago, takes effect at midnight."
        ),
        "Burundi=state:bi; Secretary-General=igo:un-secretary-general",
        [("membership_change", {"state": ["state:bi"]}, {"action": "withdrawal_notice", "date": "2024-12-01"})],
        {},
    ),
    (
        "membership-rule-is-not-an-act",
        "Under the treaty, the withdrawal will take effect one year after it is received.",
        "",
        [],
        {"count": {"membership_change": 0}},
    ),
    (
        "membership-became-a-member",
        "Ukraine formally became a member of the International Criminal Court on 1 January 2025.",
        f"Ukraine=state:ua; {ICC}",
        [("membership_change", {"state": ["state:ua"]}, {"date": "2025-01-01"})],
        {},
    ),
    (
        "membership-exit-became-effective",
        "Burundi's exit from the Rome Statute became effective on 27 October 2017.",
        "Burundi=state:bi; Rome Statute=instrument:rome-statute",
        [("membership_change", {"state": ["state:bi"]}, {"action": "withdrawal_effective", "date": "2017-10-27"})],
        {},
    ),
    (
        "membership-three-states-their-withdrawal",
        "South Africa, Burundi and Gambia notified the UN of their withdrawal from the Rome Statute in 2016.",
        "South Africa=state:za; Burundi=state:bi; Gambia=state:gm; UN=igo:un",
        [
            ("membership_change", {"state": ["state:za"]}, {"action": "withdrawal_notice"}),
            ("membership_change", {"state": ["state:bi"]}, {"action": "withdrawal_notice"}),
            ("membership_change", {"state": ["state:gm"]}, {"action": "withdrawal_notice"}),
        ],
        {"count": {"membership_change": 3}},
    ),
    (
        "membership-first-country-to-leave",
        "Burundi became the first country to leave the ICC when its withdrawal took effect on 27 October 2017.",
        f"Burundi=state:bi; {ICC}",
        [("membership_change", {"state": ["state:bi"]}, {"action": "withdrawal_effective", "date": "2017-10-27"})],
        {"count": {"membership_change": 1}},
    ),
    (
        "membership-revoked-notification",
        "The Gambia revoked its notification of withdrawal in February 2017.",
        "Gambia=state:gm",
        [],
        {"count": {"membership_change": 0}},
    ),
    (
        "membership-entry-into-force-for",
        "The Statute entered into force for Ukraine on 1 January 2025.",
        "Ukraine=state:ua",
        [("membership_change", {"state": ["state:ua"]}, {"date": "2025-01-01"})],
        {},
    ),
    (
        "membership-effective-one-year-later",
        (
            "Burundi notified the Secretary-General of its withdrawal on 27 October 2016; the withdrawal took effect "
            "one year later."
        ),
        "Burundi=state:bi; Secretary-General=igo:un-secretary-general",
        [
            ("membership_change", {"state": ["state:bi"]}, {"action": "withdrawal_notice", "date": "2016-10-27"}),
            ("membership_change", {"state": ["state:bi"]}, {"action": "withdrawal_effective", "date": "2017-10-27"}),
        ],
        {},
    ),
    (
        "membership-intention-is-not-notice",
        "Venezuela announced it would withdraw from the Rome Statute.",
        "Venezuela=state:ve; Rome Statute=instrument:rome-statute",
        [],
        {"count": {"membership_change": 0}},
    ),
    (
        "membership-notified-secretary-general",
        "Budapest formally notified the UN Secretary-General of its withdrawal on 2 June 2025.",
        "Budapest=state:hu; UN Secretary-General=igo:un-secretary-general",
        [("membership_change", {"state": ["state:hu"]}, {"action": "withdrawal_notice", "date": "2025-06-02"})],
        {},
    ),
    (
        "membership-withdrawal-became-effective-appositive",
        "Elsewhere, the Philippines, whose withdrawal became effective on 17 March 2019, has not returned.",
        "Philippines=state:ph",
        [
            (
                "membership_change",
                {"state": ["state:ph"]},
                {"action": "withdrawal_effective", "date": "2019-03-17"},
            )
        ],
        {},
    ),
    (
        "membership-signed-the-statute",
        "Armenia signed the Statute on 1 October 1999 and ratified it in 2023.",
        "Armenia=state:am",
        [
            ("membership_change", {"state": ["state:am"]}, {"action": "signature", "date": "1999-10-01"}),
            ("membership_change", {"state": ["state:am"]}, {"action": "ratification", "date": "2023"}),
        ],
        {},
    ),
    (
        "membership-unsigned",
        "The United States signed the Rome Statute in December 2000 but withdrew its signature in May 2002.",
        "United States=state:us; Rome Statute=instrument:rome-statute",
        [
            ("membership_change", {"state": ["state:us"]}, {"action": "signature", "date": "2000-12"}),
            ("membership_change", {"state": ["state:us"]}, {"action": "unsigning", "date": "2002-05"}),
        ],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, case)

"""Sentence cases for statements, support and condemnation: who speaks, to whom, and whose act is
welcomed or condemned. Sentences are written for these tests (genre constructions, not corpus text).
"""

from __future__ import annotations

import pytest

from .events_support import check_case

US = "United States=state:us; Washington=state:us; US=state:us; American=state:us"
ICC = "International Criminal Court=court:icc; the Court=court:icc; ICC=court:icc"
NGOS = "Lex Aequa=org:lex-aequa; Justice Watch=org:justice-watch"

# (id, text, entities, expected [(type, roles, attributes)], options)
CASES = [
    # --- condemnation: the target is the actor behind the condemned act -----------------------
    (
        "condemn-act-modifier",
        "Lex Aequa voiced deep regret at the US decision to cut its contributions.",
        f"{US}; {NGOS}",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:us"]}, {})],
        {},
    ),
    (
        "condemn-act-owner-of",
        "Chile deplored the withdrawal of Ruritania from the Rome Statute.",
        "Chile=state:cl; Ruritania=state:rr; Rome Statute=instrument:rome-statute",
        [("condemnation", {"agent": ["state:cl"], "target": ["state:rr"]}, {})],
        {},
    ),
    (
        "condemn-act-clause",
        "Justice Watch denounced the announcement by which Ruritania and Borduria declared their exit from the Court.",
        f"{NGOS}; Ruritania=state:rr; Borduria=state:bo; {ICC}",
        [("condemnation", {"agent": ["org:justice-watch"], "target": ["state:rr", "state:bo"]}, {})],
        {},
    ),
    (
        "condemn-what-it-called",
        "Lex Aequa condemned what it called Washington's campaign of pressure on the judges.",
        f"{US}; {NGOS}",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:us"]}, {})],
        {"count": {"condemnation": 1}},
    ),
    (
        "condemn-instrument-owner",
        "The Bureau expressed concern about Executive Order 14203.",
        "Bureau=court:asp-bureau; Executive Order 14203=instrument:us-eo-14203; United States=state:us",
        [("condemnation", {"agent": ["court:asp-bureau"], "target": ["state:us"]}, {})],
        {},
    ),
    (
        "condemn-said-become",
        "Speaking in Budapest, Mr Janos Kis told journalists that the court had become a political instrument.",
        f"Janos Kis=person:janos-kis; {ICC}; the court=court:icc",
        [("condemnation", {"agent": ["person:janos-kis"], "target": ["court:icc"]}, {})],
        {},
    ),
    (
        "call-on-is-no-condemnation",
        "Justice Watch called on Borduria to end its interference with the work of the Court.",
        f"{NGOS}; Borduria=state:bo; {ICC}",
        [("demand", {"claimant": ["org:justice-watch"], "addressee": ["state:bo"]}, {})],
        {"count": {"condemnation": 0}},
    ),
    (
        "condemn-felt-participle",
        "Ms Dana Levi said in a statement that she was deeply troubled by the Bordurian decision to expel the investigators.",
        "Dana Levi=person:dana-levi; Bordurian=state:bo",
        [("condemnation", {"agent": ["person:dana-levi"], "target": ["state:bo"]}, {})],
        {},
    ),
    (
        "condemn-opposed-to",
        "Chile remains firmly opposed to the sanctions imposed by Borduria.",
        "Chile=state:cl; Borduria=state:bo",
        [("condemnation", {"agent": ["state:cl"], "target": ["state:bo"]}, {})],
        {},
    ),
    (
        "condemn-unnamed-government",
        "The Court asked Borduria to surrender the suspect. In the capital, the government rejected the request.",
        f"{ICC}; Borduria=state:bo",
        [("condemnation", {"agent": ["state:bo"]}, {})],
        {},
    ),
    (
        "condemn-asked-for-is-a-demand",
        "States Parties should say clearly that attacks on the Court are attacks on all of them.",
        f"States Parties=court:states-parties; {ICC}",
        [],
        {"count": {"condemnation": 0}},
    ),
    (
        "condemn-rejection-of",
        "The President reiterated the Bureau's rejection of the measures announced by Ruritania against the judges.",
        "President=person:omar-haddad; Bureau=court:asp-bureau; Ruritania=state:rr",
        [("condemnation", {"agent": ["person:omar-haddad", "court:asp-bureau"], "target": ["state:rr"]}, {})],
        {},
    ),
    (
        "condemn-withdrawal-state-named-before",
        "Borduria deposited its notice on Monday. Justice Watch said the withdrawal was a betrayal of victims.",
        f"Borduria=state:bo; {NGOS}",
        [("condemnation", {"agent": ["org:justice-watch"], "target": ["state:bo"]}, {})],
        {},
    ),
    (
        "condemn-praised-for-rejecting",
        "Lex Aequa commended Chile and Ghana for publicly rejecting the sanctions imposed by Borduria.",
        f"{NGOS}; Chile=state:cl; Ghana=state:gh; Borduria=state:bo",
        [
            ("support", {"agent": ["org:lex-aequa"], "beneficiary": ["state:cl", "state:gh"]}, {}),
            ("condemnation", {"agent": ["state:cl", "state:gh"], "target": ["state:bo"]}, {}),
        ],
        {},
    ),
    (
        "they-are-the-experts",
        "The experts deplored the sanctions imposed by Borduria on Ms Ana Ruiz. They also welcomed the statement by Chile.",
        "Borduria=state:bo; Ana Ruiz=person:ana-ruiz; Chile=state:cl; Jane Roe=person:jane-roe; John Doe=person:john-doe",
        [("support", {"agent": ["person:jane-roe", "person:john-doe"], "beneficiary": ["state:cl"]}, {})],
        {"author": "person:jane-roe, person:john-doe"},
    ),
    # --- support: beneficiary is the actor whose act is welcomed ------------------------------
    (
        "support-praised-demonym-act",
        "Ms Dana Levi praised the American move as long overdue.",
        f"Dana Levi=person:dana-levi; {US}",
        [("support", {"agent": ["person:dana-levi"], "beneficiary": ["state:us"]}, {})],
        {},
    ),
    (
        "support-owner-is-agent",
        "Mr Omar Haddad renewed the Bureau's full support for the Court.",
        f"Omar Haddad=person:omar-haddad; Bureau=court:asp-bureau; {ICC}",
        [("support", {"agent": ["person:omar-haddad", "court:asp-bureau"], "beneficiary": ["court:icc"]}, {})],
        {},
    ),
    (
        "support-welcomed-their-support",
        "Lex Aequa welcomed Chile's strong support for the Court.",
        f"{NGOS}; Chile=state:cl; {ICC}",
        [("support", {"agent": ["org:lex-aequa"], "beneficiary": ["state:cl"]}, {})],
        {},
    ),
    (
        "support-supporter-attr",
        "Chile has long been the Court's most reliable supporter in the region.",
        f"Chile=state:cl; {ICC}",
        [("support", {"agent": ["state:cl"], "beneficiary": ["court:icc"]}, {})],
        {},
    ),
    (
        "support-solidarity-prep",
        "Borduria stands in solidarity with Judge Ana Ruiz.",
        "Borduria=state:bo; Ana Ruiz=person:ana-ruiz",
        [("support", {"agent": ["state:bo"], "beneficiary": ["person:ana-ruiz"]}, {})],
        {},
    ),
    (
        "support-associate-with-statement",
        "Ruritania associates itself with the statement delivered by Borduria.",
        "Ruritania=state:rr; Borduria=state:bo",
        [("support", {"agent": ["state:rr"], "beneficiary": ["state:bo"]}, {})],
        {},
    ),
    (
        "support-nominalised-act-told-before",
        "In March, Borduria lifted the visa bans on two judges. Chile and Ghana welcomed the revocation.",
        "Borduria=state:bo; Chile=state:cl; Ghana=state:gh",
        [("support", {"agent": ["state:cl", "state:gh"], "beneficiary": ["state:bo"]}, {})],
        {},
    ),
    (
        "support-confidence-in",
        "Chile reiterated its full confidence in the Registry and its staff.",
        "Chile=state:cl; Registry=court:registry",
        [("support", {"agent": ["state:cl"], "beneficiary": ["court:registry"]}, {})],
        {},
    ),
    (
        "support-that-position",
        "The European Union declared on Friday that Ruritania had breached its obligations, and Lex Aequa welcomes that position.",
        f"European Union=igo:eu; Ruritania=state:rr; {NGOS}",
        [("support", {"agent": ["org:lex-aequa"], "beneficiary": ["igo:eu"]}, {})],
        {},
    ),
    (
        "support-reconfirm-our",
        "We reconfirm our steadfast support for the Court.",
        f"{ICC}; {NGOS}",
        [("support", {"agent": ["org:lex-aequa"], "beneficiary": ["court:icc"]}, {})],
        {"author": "org:lex-aequa"},
    ),
    # --- statements: speaker, body spoken for, addressee, forum -------------------------------
    (
        "statement-spokesperson-body",
        "ICC spokesman Omar Haddad told reporters that the Court would continue its work.",
        f"{ICC}; Omar Haddad=person:omar-haddad",
        [("statement", {"author": ["person:omar-haddad"], "on_behalf_of": ["court:icc"]}, {})],
        {},
    ),
    (
        "statement-told-council",
        "On 3 May the Prosecutor, Ms Dana Levi, told the Security Council that two suspects remained at large.",
        "Dana Levi=person:dana-levi; Security Council=igo:un-security-council",
        [("statement", {"author": ["person:dana-levi"], "addressee": ["igo:un-security-council"]}, {})],
        {},
    ),
    (
        "statement-letter-to",
        "Justice Watch said in a letter to the European Commission that the Blocking Statute should be extended.",
        f"{NGOS}; European Commission=igo:european-commission; Blocking Statute=instrument:eu-reg-2271-96",
        [("statement", {"author": ["org:justice-watch"], "addressee": ["igo:european-commission"]}, {})],
        {},
    ),
    (
        "statement-unnamed-government",
        "Ruritania will not renew its cooperation agreement with the Court, the government said on Friday.",
        f"Ruritania=state:rr; {ICC}",
        [("statement", {"author": ["state:rr"]}, {})],
        {},
    ),
    (
        "statement-recalled-made-by-who",
        (
            "We recall the statement made on 3 May by the President of the Bureau, Mr Omar Haddad, who expressed "
            "his regret at the sanctions imposed by Borduria, and we associate ourselves with it."
        ),
        f"President of the Bureau=person:omar-haddad; Omar Haddad=person:omar-haddad; Borduria=state:bo; {NGOS}",
        [
            ("statement", {"author": ["person:omar-haddad"]}, {}),
            ("condemnation", {"agent": ["person:omar-haddad"], "target": ["state:bo"]}, {}),
            ("support", {"agent": ["org:lex-aequa"], "beneficiary": ["person:omar-haddad"]}, {}),
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "statement-of-date-in-which",
        "Lex Aequa welcomed the joint statement of 7 February in which Chile and Ghana reaffirmed their support for the Court.",
        f"{NGOS}; Chile=state:cl; Ghana=state:gh; {ICC}",
        [("statement", {"author": ["state:cl", "state:gh"]}, {})],
        {},
    ),
    (
        "statement-passive-report-is-not-one",
        "Ms Dana Levi noted that concerns had been expressed by Chile about the budget.",
        "Dana Levi=person:dana-levi; Chile=state:cl",
        [("statement", {"author": ["person:dana-levi"]}, {})],
        {"count": {"statement": 1}},
    ),
    (
        "statement-conj-shares-subject",
        (
            "In her opening address, the President recalled that two judges have been designated by Borduria under "
            "Executive Order 14203 since February 2025, and reiterated the Assembly's rejection of all coercive measures."
        ),
        "Borduria=state:bo; Executive Order 14203=instrument:us-eo-14203; Assembly=court:asp",
        [],
        {"count": {"statement": 0}},
    ),
    (
        "statement-in-their-statements",
        "Several delegations, among them Chile and Ghana, welcomed the revocation in their general-debate statements.",
        "Chile=state:cl; Ghana=state:gh",
        [("statement", {"author": ["state:cl", "state:gh"]}, {})],
        {},
    ),
    (
        "statement-tweeted",
        "The Foreign Minister of Ruritania tweeted that his country would not cooperate.",
        "Ruritania=state:rr",
        [("statement", {"author": ["state:rr"]}, {})],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_voice_sentence(nlp, case):
    check_case(nlp, case)

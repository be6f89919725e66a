"""Round 3 demands and commitments: calls whose subject names no one ("Perpetrators must be brought
to justice", "there should be no safe haven", "no State should"), "it is incumbent upon X to",
lists that stop at the next numbered heading, pledges of money, "we reaffirm our commitment to X",
"the signatories committed to", and the State a delegate speaks for. Sentences written for these
tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from .events_support import check_case

# (id, text, entities, expected [(type, roles, attributes)], options)
CASES = [
    (
        "demand-perpetrators-must",
        "Perpetrators of these crimes must be brought to justice, wherever they are.",
        "Lex Aequa=org:lex-aequa",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": []}, {"action": "brought to justice"})],
        {"author": "org:lex-aequa", "count": {"demand": 1}},
    ),
    (
        "demand-there-should-be-no",
        "There should be no safe haven for fugitives from the Court.",
        "Lex Aequa=org:lex-aequa; the Court=court:icc",
        [("demand", {"claimant": ["org:lex-aequa"]}, {"action": "no safe haven for fugitives"})],
        {"author": "org:lex-aequa", "count": {"demand": 1}},
    ),
    (
        "demand-no-state-should",
        "No State should shelter a person wanted by the Court.",
        "Peru=state:pe; the Court=court:icc",
        [("demand", {"claimant": ["state:pe"], "addressee": ["court:states-parties"]}, {"action": "not shelter"})],
        {"author": "state:pe"},
    ),
    (
        "demand-states-that-should",
        "Governments that still trade with the fugitives should explain themselves.",
        "Lex Aequa=org:lex-aequa",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": []}, {"action": "explain themselves"})],
        {"author": "org:lex-aequa"},
    ),
    (
        "demand-incumbent-upon",
        "It is incumbent upon the Bureau to act on the referral without delay.",
        "Lex Aequa=org:lex-aequa; the Bureau=court:asp-bureau",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "act on the referral"},
            )
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "demand-indispensable-that",
        "It is indispensable that the Assembly adopt a standing response mechanism this year.",
        "Lex Aequa=org:lex-aequa; the Assembly=court:asp",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:asp"]}, {"action": "adopt a standing"})],
        {"author": "org:lex-aequa"},
    ),
    (
        "demand-reported-it-was-imperative",
        "Judge Ana Ruiz said on Tuesday it was imperative that States Parties cooperate fully with the Court.",
        "Judge Ana Ruiz=person:ana-ruiz; States Parties=court:states-parties; the Court=court:icc",
        [
            (
                "demand",
                {"claimant": ["person:ana-ruiz"], "addressee": ["court:states-parties"]},
                {"action": "cooperate fully"},
            )
        ],
        {},
    ),
    (
        "demand-wrote-requesting",
        "The Bureau wrote to Mongolia requesting information on the steps taken to execute the warrant.",
        "The Bureau=court:asp-bureau; Mongolia=state:mn",
        [
            (
                "demand",
                {"claimant": ["court:asp-bureau"], "addressee": ["state:mn"]},
                {"action": "information on the steps"},
            )
        ],
        {},
    ),
    (
        "no-demand-embedded-question",
        "Ana Ruiz said she would convene talks in January on how the Bureau should handle such findings.",
        "Ana Ruiz=person:ana-ruiz; the Bureau=court:asp-bureau",
        [("commitment", {"agent": ["person:ana-ruiz"]}, {"action": "convene talks"})],
        {"count": {"demand": 0}},
    ),
    (
        "no-demand-not-tolerated",
        "Any attempt to intimidate the judges should not be tolerated.",
        "Lex Aequa=org:lex-aequa",
        [],
        {"author": "org:lex-aequa", "count": {"demand": 0}},
    ),
    (
        "demand-list-stops-at-heading",
        (
            "Recommendations to the Bureau:\n"
            "   1.  Hold a meeting with the State concerned within three\n"
            "       months of the finding;\n"
            "   2.  Report publicly on its outcome.\n\n"
            "   3. FUNDING\n\n"
            "   Lex Aequa also urges the Registry to publish its cost estimates.\n"
        ),
        "Lex Aequa=org:lex-aequa; the Bureau=court:asp-bureau; the Registry=court:registry",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "Hold a meeting"},
            ),
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "Report publicly"},
            ),
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:registry"]},
                {"action": "publish its cost"},
            ),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 3}},
    ),
    (
        "demand-gapped-call-on",
        "We call on Hungary to reverse its withdrawal and on the Bureau to follow the matter closely.",
        "Lex Aequa=org:lex-aequa; Hungary=state:hu; the Bureau=court:asp-bureau",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["state:hu"]},
                {"action": "reverse its withdrawal"},
            ),
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "follow the matter"},
            ),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 2}},
    ),
    (
        "demand-gapped-urge",
        "The experts urged Mongolia to explain its failure and the Assembly to respond firmly.",
        "Mongolia=state:mn; the Assembly=court:asp; The experts=igo:un-experts",
        [("demand", {"claimant": ["igo:un-experts"], "addressee": ["court:asp"]}, {"action": "respond firmly"})],
        {"count": {"demand": 2}},
    ),
    (
        "demand-reminded-of-obligation",
        "Judge Ana Ruiz reminded States Parties of their obligation to execute the outstanding warrants.",
        "Judge Ana Ruiz=person:ana-ruiz; States Parties=court:states-parties",
        [
            (
                "demand",
                {"claimant": ["person:ana-ruiz"], "addressee": ["court:states-parties"]},
                {"action": "execute the outstanding warrants"},
            )
        ],
        {},
    ),
    (
        "commitment-offered-to",
        "Senegal offered to host the next regional seminar on complementarity.",
        "Senegal=state:sn",
        [("commitment", {"agent": ["state:sn"]}, {"action": "host the next regional seminar"})],
        {},
    ),
    (
        "commitment-said-was-and-would",
        "Belgium said it was alarmed by the listings and would raise them with its partners next week.",
        "Belgium=state:be",
        [("commitment", {"agent": ["state:be"]}, {"action": "raise them with its partners"})],
        {},
    ),
    (
        "demand-called-for-passive",
        "Lex Aequa called for Omar al-Bashir to be surrendered to the Court without delay.",
        "Lex Aequa=org:lex-aequa; Omar al-Bashir=person:omar-al-bashir; the Court=court:icc",
        [("demand", {"claimant": ["org:lex-aequa"]}, {"action": "to be surrendered"})],
        {},
    ),
    (
        "demand-named-must-be-passive",
        "Hungary must be held accountable for its failure to arrest him.",
        "Lex Aequa=org:lex-aequa; Hungary=state:hu",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": []}, {"action": "Hungary must be held accountable"})],
        {"author": "org:lex-aequa"},
    ),
    (
        "no-demand-must-be-seen",
        "These sanctions must be seen as an attack on the rule of law.",
        "Lex Aequa=org:lex-aequa",
        [],
        {"author": "org:lex-aequa", "count": {"demand": 0}},
    ),
    (
        "demand-third-person-wants",
        "Washington wants the Court to drop its investigation into American personnel.",
        "Washington=state:us; the Court=court:icc",
        [("demand", {"claimant": ["state:us"], "addressee": ["court:icc"]}, {"action": "drop its investigation"})],
        {},
    ),
    (
        "demand-urged-states-proper-noun",
        "Kenya and Ghana urged States to cooperate fully with the Court.",
        "Kenya=state:ke; Ghana=state:gh; the Court=court:icc",
        [
            (
                "demand",
                {"claimant": ["state:ke", "state:gh"], "addressee": ["court:states-parties"]},
                {"action": "cooperate fully"},
            )
        ],
        {},
    ),
    (
        "demand-list-heading-without-colon",
        (
            "Recommendations to the Bureau\n\n"
            "  • Meet the State concerned within three months of a finding;\n"
            "  • Publish the outcome of that meeting; and\n"
            "  • Report to the plenary every year.\n"
        ),
        "Lex Aequa=org:lex-aequa; the Bureau=court:asp-bureau",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "Meet the State"},
            ),
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "Publish the outcome"},
            ),
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "Report to the plenary"},
            ),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 3}},
    ),
    (
        "commitment-the-office-would",
        "The Deputy Prosecutor, Ana Ruiz, said the Office would open a field office in Bangui before June.",
        "Ana Ruiz=person:ana-ruiz",
        [("commitment", {"agent": ["person:ana-ruiz"]}, {"action": "open a field office"})],
        {},
    ),
    (
        "demand-gapped-all-states",
        "The experts called on Hungary to stay in the Court and on all States to protect its officials.",
        "The experts=igo:un-experts; Hungary=state:hu; the Court=court:icc",
        [
            ("demand", {"claimant": ["igo:un-experts"], "addressee": ["state:hu"]}, {"action": "stay in the Court"}),
            ("demand", {"claimant": ["igo:un-experts"], "addressee": []}, {"action": "protect its officials"}),
        ],
        {"count": {"demand": 2}},
    ),
    (
        "demand-gapped-not-inside-another-call",
        "Lex Aequa urged the Bureau to meet Mongolia. It also called on Chile and Peru to report on the visit.",
        "Lex Aequa=org:lex-aequa; the Bureau=court:asp-bureau; Mongolia=state:mn; Chile=state:cl; Peru=state:pe",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["state:cl", "state:pe"]},
                {"action": "report on the visit"},
            )
        ],
        {"count": {"demand": 2}},
    ),
    (
        "demand-reminder-sent",
        "The Registry sent to the Tajik authorities a reminder of their duty to arrest the suspect.",
        "The Registry=court:registry; Tajik=state:tj",
        [("demand", {"claimant": ["court:registry"], "addressee": ["state:tj"]}, {"action": "arrest the suspect"})],
        {},
    ),
    (
        "commitment-list-after-pledge",
        (
            "Chile and Ghana pledge to:\n"
            "  1. ratify the Agreement on Privileges and Immunities by 2026;\n"
            "  2. host a joint seminar on cooperation; and\n"
            "  3. report back to the Assembly next year.\n"
        ),
        "Chile=state:cl; Ghana=state:gh; the Assembly=court:asp",
        [
            ("commitment", {"agent": ["state:cl", "state:gh"]}, {"action": "ratify the Agreement"}),
            ("commitment", {"agent": ["state:cl", "state:gh"]}, {"action": "host a joint seminar"}),
            ("commitment", {"agent": ["state:cl", "state:gh"]}, {"action": "report back"}),
        ],
        {"count": {"commitment": 3, "demand": 0}},
    ),
    (
        "commitment-pledged-amount",
        "Norway pledged 300,000 euros to the Trust Fund for Victims on Thursday.",
        "Norway=state:no; the Trust Fund for Victims=court:tfv",
        [("commitment", {"agent": ["state:no"]}, {"action": "300,000 euros"})],
        {},
    ),
    (
        "commitment-announced-grant",
        "Japan announced a grant of USD 2 million for the Court's witness protection programme.",
        "Japan=state:jp; the Court=court:icc",
        [("commitment", {"agent": ["state:jp"]}, {"action": "grant of USD 2 million"})],
        {},
    ),
    (
        "commitment-reaffirm-noun",
        "We reaffirm our steadfast commitment to the independence of the Court.",
        "Peru=state:pe; the Court=court:icc",
        [("commitment", {"agent": ["state:pe"]}, {"action": "commitment to the independence"})],
        {"author": "state:pe"},
    ),
    (
        "no-commitment-as-they-renew",
        "We urge States Parties to act as they renew their commitment to the Court.",
        "Lex Aequa=org:lex-aequa; States Parties=court:states-parties; the Court=court:icc",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {})],
        {"author": "org:lex-aequa", "count": {"commitment": 0}},
    ),
    (
        "commitment-the-signatories",
        (
            "Belgium, Chile and Senegal pledged to shield the Court from coercion. "
            "The signatories further committed to reporting back to the Assembly next year."
        ),
        "Belgium=state:be; Chile=state:cl; Senegal=state:sn; the Court=court:icc; the Assembly=court:asp",
        [
            (
                "commitment",
                {"agent": ["state:be", "state:cl", "state:sn"]},
                {"action": "reporting back to the Assembly"},
            )
        ],
        {},
    ),
    (
        "delegate-speaks-for-state",
        (
            "Statement by Ambassador Ana Ruiz, Permanent Representative of Peru\n\n"
            "Madam President,\n\n"
            "My delegation calls on all States Parties to pay their assessed contributions on time. "
            "We will continue to support the Trust Fund for Victims."
        ),
        (
            "Ana Ruiz=person:ana-ruiz; Peru=state:pe; States Parties=court:states-parties; "
            "the Trust Fund for Victims=court:tfv"
        ),
        [
            ("demand", {"claimant": ["state:pe"], "addressee": ["court:states-parties"]}, {"action": "pay"}),
            ("commitment", {"agent": ["state:pe"]}, {"action": "support the Trust Fund"}),
        ],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, case)

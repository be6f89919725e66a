"""Demands and commitments, one construction per case (sentences written for these tests).

Lists under a lead-in, coordinated addressees, reported calls, modals, nominal calls and
commitments in the genre's wordings (spec/PATTERNS.md).
"""

from __future__ import annotations

import pytest

from .events_support import check_case

LEX = "Lex Aequa=org:lex-aequa"
SP = "States Parties=court:states-parties"

# (id, text, entities, expected [(type, roles, attributes)], options)
CASES = [
    (
        "list-to-items-across-sentences",
        (
            "We therefore urge States Parties:\n- to adopt the amended procedures;\n"
            "- to raise non-cooperation in their bilateral contacts;\n- to enact implementing legislation.\n"
        ),
        f"{SP}; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]},
                {"action": "adopt the amended"},
            ),
            ("demand", {"addressee": ["court:states-parties"]}, {"action": "raise non-cooperation"}),
            ("demand", {"addressee": ["court:states-parties"]}, {"action": "enact implementing legislation"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 3}},
    ),
    (
        "list-recommendations-noun",
        (
            "Our recommendations to the Assembly are as follows:\n\n1. Hold a plenary on arrests every year;\n"
            "2. Ensure that every referral receives a written response;\n3. Increase the budget for witness protection.\n"
        ),
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
        (
            "Recommendations:\n1. States Parties should fund the Trust Fund for Victims;\n"
            "2. The Government of Chile should arrest the suspect.\n"
        ),
        f"{SP}; Chile=state:cl; Trust Fund for Victims=court:tfv; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]},
                {"action": "fund the Trust Fund"},
            ),
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["state:cl"]}, {"action": "arrest the suspect"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 2}},
    ),
    (
        "list-imperative-not-addressee",
        (
            "We ask the Bureau to:\n- provide the Registry with the resources it needs to protect witnesses;\n"
            "- meet each referred State within three months.\n"
        ),
        f"Bureau=court:asp-bureau; Registry=court:registry; {LEX}",
        [
            ("demand", {"addressee": ["court:asp-bureau"]}, {"action": "provide the Registry"}),
            ("demand", {"addressee": ["court:asp-bureau"]}, {"action": "meet each referred State"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 2}},
    ),
    (
        "coordinated-addressees-before-infinitive",
        (
            "We urge the European Commission and the member States of the European Union, as well as the Bureau, "
            "to engage with Hungary at the highest level."
        ),
        f"European Commission=igo:european-commission; European Union=igo:eu; Bureau=court:asp-bureau; Hungary=state:hu; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["igo:european-commission", "igo:eu", "court:asp-bureau"]},
                {"action": "engage with Hungary"},
            )
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "addressee-relative-clause-left-out",
        "Ukraine called on Mongolia, as well as all other States that might receive Vladimir Putin, to honour their obligations.",
        "Ukraine=state:ua; Mongolia=state:mn; Vladimir Putin=person:vladimir-putin",
        [("demand", {"claimant": ["state:ua"], "addressee": ["state:mn"]}, {"action": "honour their obligations"})],
        {},
    ),
    (
        "possessor-is-not-addressee",
        "We urge States Parties and the Assembly's focal points to hold a plenary on non-cooperation.",
        f"{SP}; Assembly=court:asp; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]},
                {"action": "hold a plenary"},
            )
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "claimant-coalition-led-by",
        (
            "In a letter to the President of the Assembly, Jane Roe, a coalition of twenty organisations led by Lex Aequa "
            "requested that the Bureau convene a public meeting."
        ),
        f"Jane Roe=person:jane-roe; Bureau=court:asp-bureau; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "convene a public meeting"},
            )
        ],
        {},
    ),
    (
        "passive-was-asked",
        "Mongolia was asked by the Chamber to explain why the warrant was not executed.",
        "Mongolia=state:mn; the Chamber=court:pre-trial-chamber-2",
        [("demand", {"claimant": ["court:pre-trial-chamber-2"], "addressee": ["state:mn"]}, {"action": "explain why"})],
        {},
    ),
    (
        "hedged-procedure-is-no-demand",
        "Under the procedures, the Bureau may ask the President of the Assembly to write to the State concerned.",
        "Bureau=court:asp-bureau; President of the Assembly=court:asp-presidency",
        [],
        {"count": {"demand": 0}},
    ),
    (
        "have-to",
        "Lex Aequa said States Parties have to show that a warrant means something.",
        f"{SP}; {LEX}",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {"action": "show that"})],
        {},
    ),
    (
        "has-yet-to-is-no-demand",
        "More than a year later, the Assembly has yet to respond with any consequence.",
        f"Assembly=court:asp; {LEX}",
        [],
        {"author": "org:lex-aequa", "count": {"demand": 0}},
    ),
    (
        "remains-bound",
        "A spokesman for the Court, John Doe, told reporters that Hungary remained bound to cooperate with the Court.",
        "John Doe=person:john-doe; the Court=court:icc; Court=court:icc; Hungary=state:hu",
        [("demand", {"claimant": ["person:john-doe"], "addressee": ["state:hu"]}, {"action": "cooperate"})],
        {},
    ),
    (
        "undo-passive-addressee-is-doer",
        "The designation of two judges by the United States must be reversed, Jane Roe said.",
        "United States=state:us; Jane Roe=person:jane-roe",
        [
            (
                "demand",
                {"claimant": ["person:jane-roe"], "addressee": ["state:us"]},
                {"action": "reverse the designation"},
            )
        ],
        {},
    ),
    (
        "they-go-on-in-the-experts-voice",
        "The experts urged the United States to rescind the order. They also appealed to the European Union to act.",
        "United States=state:us; European Union=igo:eu; Jane Roe=person:jane-roe; John Doe=person:john-doe",
        [("demand", {"claimant": ["person:jane-roe", "person:john-doe"], "addressee": ["igo:eu"]}, {"action": "act"})],
        {"author": "person:jane-roe, person:john-doe"},
    ),
    (
        "commitment-they-would-continue",
        "Jane Roe and John Doe said they would continue to monitor the situation closely.",
        "Jane Roe=person:jane-roe; John Doe=person:john-doe",
        [("commitment", {"agent": ["person:jane-roe", "person:john-doe"]}, {"action": "monitor the situation"})],
        {},
    ),
    (
        "commitment-two-infinitives-two-promises",
        "In her closing remarks, Jane Roe pledged to complete the review before the next session and to convene a special meeting in 2026.",
        "Jane Roe=person:jane-roe",
        [
            ("commitment", {"agent": ["person:jane-roe"]}, {"action": "complete the review"}),
            ("commitment", {"agent": ["person:jane-roe"]}, {"action": "convene a special meeting"}),
        ],
        {"count": {"commitment": 2}},
    ),
    (
        "commitment-the-organisations-we-represent",
        "The organisations we represent will publish an independent assessment before the next session.",
        LEX,
        [("commitment", {"agent": ["org:lex-aequa"]}, {"action": "publish an independent assessment"})],
        {"author": "org:lex-aequa"},
    ),
    (
        "commitment-second-will-shares-subject",
        "Lex Aequa will bring these concerns to the session and will continue to monitor every visit.",
        LEX,
        [("commitment", {"agent": ["org:lex-aequa"]}, {"action": "monitor every visit"})],
        {},
    ),
    (
        "commitment-reported-would-continue",
        "A court official, speaking on condition of anonymity, said Judge Jane Roe would continue her work.",
        "Jane Roe=person:jane-roe",
        [("commitment", {"agent": ["person:jane-roe"]}, {"action": "continue her work"})],
        {},
    ),
    (
        "request-sent-to",
        "The Registry transmitted a request for the arrest and surrender of John Doe to Italy.",
        "Registry=court:registry; Italy=state:it; John Doe=person:john-doe",
        [("demand", {"claimant": ["court:registry"], "addressee": ["state:it"]}, {"action": "arrest and surrender"})],
        {},
    ),
    (
        "request-notified-passive",
        "Requests for his arrest were notified by the Registry to all States Parties.",
        f"Registry=court:registry; {SP}",
        [("demand", {"claimant": ["court:registry"], "addressee": ["court:states-parties"]}, {"action": "his arrest"})],
        {},
    ),
    (
        "request-not-yet-sent",
        "The Registry said it would transmit requests for his arrest to Sudan.",
        "Registry=court:registry; Sudan=state:sd",
        [],
        {"count": {"demand": 0}},
    ),
    (
        "need-for-x-to",
        "We raised the need for the Registry to keep victims informed when proceedings stall.",
        f"Registry=court:registry; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:registry"]},
                {"action": "keep victims informed"},
            )
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "demanded-that-passive",
        "Lex Aequa demanded that the two suspects be handed over to the Court without delay.",
        f"{LEX}; the Court=court:icc",
        [("demand", {"claimant": ["org:lex-aequa"]}, {"action": "suspects be handed over"})],
        {"count": {"demand": 1}},
    ),
    (
        "all-states-are-the-states-parties",
        "Jane Roe called on member states to shield the Court from retaliation.",
        "Jane Roe=person:jane-roe; the Court=court:icc",
        [
            (
                "demand",
                {"claimant": ["person:jane-roe"], "addressee": ["court:states-parties"]},
                {"action": "shield the Court"},
            )
        ],
        {},
    ),
    (
        "it-goes-on-in-the-bodys-voice",
        "The Bureau requested the Registry to prepare an assessment. It further encouraged the Trust Fund for Victims to publish its accounts.",
        "Bureau=court:asp-bureau; Registry=court:registry; Trust Fund for Victims=court:tfv; International Criminal Court=court:icc",
        [
            (
                "demand",
                {"claimant": ["court:asp-bureau"], "addressee": ["court:tfv"]},
                {"action": "publish its accounts"},
            )
        ],
        {},
    ),
    (
        "commitment-pledged-that-once",
        "In her closing remarks, Jane Roe pledged that the Bureau would complete the election by May.",
        "Jane Roe=person:jane-roe; Assembly=court:asp; Bureau=court:asp-bureau",
        [("commitment", {"agent": ["person:jane-roe"]}, {"action": "complete the election"})],
        {"count": {"commitment": 1}},
    ),
    (
        "commitment-announced-in-a-second-clause",
        "Jane Roe committed to keeping the matter under review and announced that the Bureau would hold a further meeting.",
        "Jane Roe=person:jane-roe; Bureau=court:asp-bureau",
        [("commitment", {"agent": ["court:asp-bureau", "person:jane-roe"]}, {"action": "hold a further meeting"})],
        {},
    ),
    (
        "invited-a-guest-is-no-demand",
        "Viktor Orban, who invited Benjamin Netanyahu in November, welcomed him with full honours.",
        "Viktor Orban=person:viktor-orban; Benjamin Netanyahu=person:benjamin-netanyahu",
        [],
        {"count": {"demand": 0}},
    ),
    (
        "encouraged-states-that-have-not-done-so",
        "The Bureau encouraged States Parties that have not yet done so to make voluntary contributions to the Trust Fund.",
        f"Bureau=court:asp-bureau; {SP}",
        [
            (
                "demand",
                {"claimant": ["court:asp-bureau"], "addressee": ["court:states-parties"]},
                {"action": "make voluntary contributions"},
            )
        ],
        {},
    ),
    (
        "ask-that-subjunctive",
        "We ask that the Assembly adopt a resolution on cooperation.",
        f"Assembly=court:asp; {LEX}",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:asp"]}, {"action": "adopt a resolution"})],
        {"author": "org:lex-aequa"},
    ),
    (
        "propose-that",
        "We propose that the Bureau establish a working group on arrests.",
        f"Bureau=court:asp-bureau; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "establish a working group"},
            )
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "suggested-a-possibility-is-no-demand",
        "Several States Parties had suggested in public that they might not execute the warrants.",
        f"{SP}; {LEX}",
        [],
        {"author": "org:lex-aequa", "count": {"demand": 0}},
    ),
    (
        "ought-to",
        "Kenya ought to cooperate fully with the Court.",
        f"Kenya=state:ke; the Court=court:icc; {LEX}",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["state:ke"]}, {"action": "cooperate fully"})],
        {"author": "org:lex-aequa"},
    ),
    (
        "possessed-call-for",
        "Amnesty International's call for Kenya to arrest the suspect went unheeded.",
        "Amnesty International=org:amnesty; Kenya=state:ke",
        [("demand", {"claimant": ["org:amnesty"], "addressee": ["state:ke"]}, {"action": "arrest the suspect"})],
        {},
    ),
    (
        "reported-needed-to",
        "Jane Roe told the Assembly that States Parties needed to act now.",
        f"Jane Roe=person:jane-roe; Assembly=court:asp; {SP}",
        [("demand", {"claimant": ["person:jane-roe"], "addressee": ["court:states-parties"]}, {"action": "act now"})],
        {},
    ),
    (
        "commitment-will-be-announced",
        "The date of the initial appearance will be announced in due course.",
        "International Criminal Court=court:icc",
        [("commitment", {"agent": ["court:icc"]}, {"action": "announce the date"})],
        {"author": "court:icc"},
    ),
    (
        "commitment-author-will-any-verb",
        "The Court will publish its findings before the end of the year.",
        "Court=court:icc",
        [("commitment", {"agent": ["court:icc"]}, {"action": "publish its findings"})],
        {"author": "court:icc"},
    ),
    (
        "no-commitment-for-another-will",
        "The Court will publish its findings before the end of the year.",
        f"Court=court:icc; {LEX}",
        [],
        {"author": "org:lex-aequa", "count": {"commitment": 0}},
    ),
    (
        "list-under-to-x-heading",
        (
            "Recommendations\n\nTo the Bureau:\n\u2022 convene a public meeting with each referred State;\n"
            "\u2022 report to the Assembly within three months.\n\nTo Kenya:\n(i) arrest the suspect.\n"
        ),
        f"Bureau=court:asp-bureau; Assembly=court:asp; Kenya=state:ke; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "convene a public meeting"},
            ),
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "report to the Assembly"},
            ),
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["state:ke"]}, {"action": "arrest the suspect"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 3}},
    ),
    (
        "list-signatories-are-not-demands",
        "Signed by:\n- Lex Aequa\n- Amnesty International\n",
        f"Amnesty International=org:amnesty; {LEX}",
        [],
        {"count": {"demand": 0}},
    ),
    (
        "list-unmarked-lines",
        "We call on States Parties to:\nratify the amendments on aggression;\nenact implementing legislation; and\nfund the Trust Fund.\n\nThank you.",
        f"{SP}; {LEX}",
        [
            ("demand", {"addressee": ["court:states-parties"]}, {"action": "ratify the amendments"}),
            ("demand", {"addressee": ["court:states-parties"]}, {"action": "enact implementing legislation"}),
            ("demand", {"addressee": ["court:states-parties"]}, {"action": "fund the Trust Fund"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 3}},
    ),
    (
        "we-expect-x-to",
        "We expect States Parties to arrest him if he travels. We expect the Assembly session to be difficult.",
        f"{SP}; Assembly=court:asp; {LEX}",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {"action": "arrest him"})],
        {"author": "org:lex-aequa", "count": {"demand": 1}},
    ),
    (
        "passive-urged-list",
        "Chile, Kenya and Hungary were urged by Amnesty International to ratify the amendments.",
        "Chile=state:cl; Kenya=state:ke; Hungary=state:hu; Amnesty International=org:amnesty",
        [
            (
                "demand",
                {"claimant": ["org:amnesty"], "addressee": ["state:cl", "state:ke", "state:hu"]},
                {"action": "ratify"},
            )
        ],
        {},
    ),
    (
        "claimant-name-with-relative-clause",
        "Jane Roe, who heads Amnesty International's justice programme, called on Kenya to arrest the suspect.",
        f"Jane Roe=person:jane-roe; Amnesty International=org:amnesty; Kenya=state:ke; {LEX}",
        [("demand", {"claimant": ["person:jane-roe"], "addressee": ["state:ke"]}, {"action": "arrest the suspect"})],
        {"author": "org:lex-aequa"},
    ),
    (
        "reported-had-to",
        "Jane Roe said Chile had to act.",
        "Jane Roe=person:jane-roe; Chile=state:cl",
        [("demand", {"claimant": ["person:jane-roe"], "addressee": ["state:cl"]}, {"action": "act"})],
        {},
    ),
    (
        "polite-grateful-if",
        "We would be grateful if the Bureau could meet with the authorities before the session.",
        f"Bureau=court:asp-bureau; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "meet with the authorities"},
            )
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "grateful-to-is-no-demand",
        "We are grateful to Chile for its support.",
        f"Chile=state:cl; {LEX}",
        [],
        {"author": "org:lex-aequa", "count": {"demand": 0}},
    ),
    (
        "polite-welcome-a-meeting-with",
        "We would welcome the opportunity to meet with the Bureau to discuss these concerns.",
        f"Bureau=court:asp-bureau; {LEX}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "meet with the Bureau"},
            )
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "actor-lead-in-with-acts",
        (
            "The Bureau:\n\u2013 reaffirms its support for the Court;\n"
            "\u2013 calls upon States Parties to take all measures available to them;\n"
            "\u2013 will convene an extraordinary meeting in the coming days.\n"
        ),
        f"Bureau=court:asp-bureau; {SP}; the Court=court:icc",
        [
            (
                "demand",
                {"claimant": ["court:asp-bureau"], "addressee": ["court:states-parties"]},
                {"action": "take all measures"},
            ),
            ("commitment", {"agent": ["court:asp-bureau"]}, {"action": "convene an extraordinary meeting"}),
        ],
        {"count": {"demand": 1}},
    ),
    (
        "all-states-whether-or-not-parties",
        "Jane Roe called upon all States, whether or not they are parties, to refrain from any action against the Court.",
        "Jane Roe=person:jane-roe; the Court=court:icc",
        [("demand", {"claimant": ["person:jane-roe"], "addressee": []}, {"action": "refrain from any action"})],
        {},
    ),
    (
        "officials-bound-by-law-is-no-demand",
        "The Presidency recalls that the Court's officials are bound to act in accordance with the Rome Statute alone.",
        "Presidency=court:asp-presidency; Court=court:icc",
        [],
        {"count": {"demand": 0}},
    ),
    (
        "them-after-generic-states",
        "Lex Aequa welcomed the strong support of many States for Ukraine and urged them to defend every situation equally.",
        f"{LEX}; Ukraine=state:ua",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]},
                {"action": "defend every situation"},
            )
        ],
        {},
    ),
    (
        "should-inverted-is-a-condition",
        "Washington threatened to ban the judges should the Court proceed against its nationals.",
        f"Washington=state:us; the Court=court:icc; {LEX}",
        [],
        {"author": "org:lex-aequa", "count": {"demand": 0}},
    ),
    (
        "the-government-in-a-story-about-one-state",
        "Hungary received the suspect with full honours. Amnesty International urged the government to arrest him.",
        "Hungary=state:hu; Amnesty International=org:amnesty",
        [("demand", {"claimant": ["org:amnesty"], "addressee": ["state:hu"]}, {"action": "arrest him"})],
        {},
    ),
    (
        "quote-opens-before-the-speaker-is-named",
        '"We call on Chile to arrest him. There can be no impunity," said Jane Roe of Amnesty International.',
        "Chile=state:cl; Jane Roe=person:jane-roe; Amnesty International=org:amnesty",
        [
            (
                "demand",
                {"claimant": ["person:jane-roe", "org:amnesty"], "addressee": ["state:cl"]},
                {"action": "arrest him"},
            )
        ],
        {},
    ),
    (
        "commitment-quote-before-speaker",
        '"We will continue to investigate. Nobody is above the law," said Jane Roe of Amnesty International.',
        "Jane Roe=person:jane-roe; Amnesty International=org:amnesty",
        [("commitment", {"agent": ["person:jane-roe", "org:amnesty"]}, {"action": "investigate"})],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_demand_case(nlp, case):
    check_case(nlp, case)

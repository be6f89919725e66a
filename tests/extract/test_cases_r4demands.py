"""Round 4 demands and commitments: groups of States named by a count ("the two governments",
"both countries", "the juntas", "them" after such a phrase) as addressees and agents, a call asked
inside another call ("urged X to press Y", "request you to ... encourage States to pay": one demand),
and a promise whose subject the parser hangs on "was" ("said that it was committed to V"). Sentences
written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from .events_support import check_case

# (id, text, entities, expected [(type, roles, attributes)], options)
CASES = [
    (
        "demand-the-two-governments",
        (
            "Chad and Gabon said on Friday that they were reviewing their cooperation with the Court. "
            "Lex Aequa called on the two governments to stay the course."
        ),
        "Chad=state:td; Gabon=state:ga; the Court=court:icc; Lex Aequa=org:lex-aequa",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["state:td", "state:ga"]}, {"action": "stay"})],
        {"count": {"demand": 1}},
    ),
    (
        "demand-them-after-both-countries",
        (
            "Peru, Chile and Bolivia announced a joint review of their obligations. "
            "Open Justice welcomed talks with the three countries and urged them to keep every warrant in force."
        ),
        "Peru=state:pe; Chile=state:cl; Bolivia=state:bo; Open Justice=org:open-justice",
        [
            (
                "demand",
                {"claimant": ["org:open-justice"], "addressee": ["state:pe", "state:cl", "state:bo"]},
                {"action": "keep every warrant"},
            )
        ],
        {},
    ),
    (
        "commitment-the-n-countries-which",
        (
            "Burundi and Togo left the regional body last year. "
            "The two countries, which chair the Contact Group, said they planned to open a liaison office."
        ),
        "Burundi=state:bi; Togo=state:tg; the Contact Group=igo:contact-group",
        [("commitment", {"agent": ["state:bi", "state:tg"]}, {"action": "open a liaison office"})],
        {},
    ),
    (
        "group-count-must-match",
        ("Peru and Chile signed the appeal. Spain did not. Lex Aequa urged the three governments to reconsider."),
        "Peru=state:pe; Chile=state:cl; Spain=state:es; Lex Aequa=org:lex-aequa",
        [],
        {"absent": ("demand", {"addressee": ["state:pe", "state:cl"]})},
    ),
    (
        "demand-inside-a-demand",
        "The network urged the Bureau to press the authorities of Mongolia to arrest the suspect.",
        "The network=org:network; the Bureau=court:asp-bureau; Mongolia=state:mn",
        [("demand", {"claimant": ["org:network"], "addressee": ["court:asp-bureau"]}, {"action": "press"})],
        {"count": {"demand": 1}},
    ),
    (
        "demand-you-encourage-states",
        (
            "Dear Madam President,\n\nWe ask you to use your office to encourage the States that are in arrears "
            "to pay their contributions before the session."
        ),
        "We=org:lex-aequa",
        [("demand", {}, {"action": "use your office"})],
        {"author": "org:lex-aequa", "count": {"demand": 1}},
    ),
    (
        "commitment-it-was-committed",
        "Norway said in a letter to the Registrar that it was committed to keeping its pledge to the Trust Fund.",
        "Norway=state:no; the Registrar=court:registry; the Trust Fund=court:tfv",
        [("commitment", {"agent": ["state:no"]}, {"action": "keeping its pledge"})],
        {},
    ),
    (
        "commitment-said-twice-is-one",
        (
            "Peru said on Monday it would withdraw from the Court, announcing the move in Lima. "
            '"Peru will withdraw from the Court," the foreign minister told reporters.'
        ),
        "Peru=state:pe; the Court=court:icc",
        [("commitment", {"agent": ["state:pe"]}, {"action": "withdraw from the Court"})],
        {"count": {"commitment": 1}},
    ),
    (
        "commitment-action-stops-at-while",
        "Chile promised that it would remain a State Party, while Peru vowed to keep cooperating with the Court.",
        "Chile=state:cl; Peru=state:pe; the Court=court:icc",
        [
            ("commitment", {"agent": ["state:cl"]}, {"action": "remain a State Party"}),
            ("commitment", {"agent": ["state:pe"]}, {"action": "keep cooperating"}),
        ],
        {"absent_action": "while"},
    ),
    (
        "his-government-is-the-speakers-state",
        (
            "The Registrar, Ana Ruiz, opened the meeting. "
            "Ghana's foreign minister told reporters his government intended to table a resolution on victims."
        ),
        "Ana Ruiz=person:ana-ruiz; Ghana=state:gh",
        [("commitment", {"agent": ["state:gh"]}, {"action": "table a resolution"})],
        {},
    ),
    (
        "demanded-that-x-arrest-misparsed",
        "Lex Aequa demanded that Hungary arrest Benjamin Netanyahu during his visit.",
        "Lex Aequa=org:lex-aequa; Hungary=state:hu; Benjamin Netanyahu=person:benjamin-netanyahu",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["state:hu"]}, {"action": "arrest Benjamin"})],
        {},
    ),
    (
        "the-group-demanded-again-is-one",
        (
            "Lex Aequa demanded that Hungary arrest Benjamin Netanyahu during his visit. "
            "The group also demanded that Hungary arrest Benjamin Netanyahu before he leaves."
        ),
        "Lex Aequa=org:lex-aequa; Hungary=state:hu; Benjamin Netanyahu=person:benjamin-netanyahu",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["state:hu"]}, {})],
        {"count": {"demand": 1}},
    ),
    (
        "no-promise-in-a-confirm-request",
        "We urge the Government to publicly confirm that Hungary will execute all arrest warrants.",
        "Hungary=state:hu; We=org:lex-aequa",
        [],
        {"author": "org:lex-aequa", "count": {"commitment": 0}},
    ),
    (
        "dateline-is-not-the-subject",
        "LIMA / THE HAGUE — The governments of Peru and Chile announced that they would withdraw from the Statute.",
        "LIMA=place:lima; THE HAGUE=place:the-hague; Peru=state:pe; Chile=state:cl; the Statute=instrument:rome-statute",
        [("commitment", {"agent": ["state:pe", "state:cl"]}, {"action": "withdraw"})],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, case)


LETTER = (
    "To: Ms Ana Ruiz, President of the Assembly of States Parties\n\n"
    "Dear Madam President,\n\n"
    "We call on you to convene the Bureau before the session. We count on you to defend the Court.\n\n"
    "Sincerely,\nLex Aequa\n"
)


@pytest.mark.slow
def test_letter_you_is_the_addressee(nlp):
    """ "call on you to", "count on you to" in a letter: the letter's addressee is asked."""
    from romewatch.extract.pipeline import extract_text

    result = extract_text(LETTER, date="2025-11-01")
    asked = [e for e in result.events if e.type == "demand"]
    you = {i for e in result.events if e.type == "statement" for i in e.roles.get("addressee", [])}
    assert you, [(e.type, e.roles) for e in result.events]
    for act in ("convene the Bureau", "defend the Court"):
        hit = [e for e in asked if act in e.attributes.get("action", "")]
        assert hit and set(hit[0].roles.get("addressee", [])) & you, [(e.roles, e.attributes) for e in asked]

"""Sentence cases for the Assembly family: meetings, participation, decisions, side events.

Written for these tests in the genre's constructions (passives, nominalisations, relative clauses,
coordination, group nouns); not copied from any corpus. Each case can fail.
"""

from __future__ import annotations

import pytest

from .events_support import make_context, run_events

ASP = "Assembly=court:asp; twenty-third session=session:asp-23"

# (id, text, entities, expected [(type, roles, attrs)], forbidden types, options)
CASES = [
    # --- meetings ------------------------------------------------------------------------------
    (
        "meeting-held-talks-with",
        "On 4 December the Foundation held talks with the Registrar, Osvaldo Zavala Giler, on field offices.",
        "Foundation=org:foundation; Osvaldo Zavala Giler=person:osvaldo-zavala-giler",
        [("meeting", {"participant": ["org:foundation", "person:osvaldo-zavala-giler"]}, {"date": "2025-12-04"})],
        [],
        {},
    ),
    (
        "meeting-received-by",
        "Members of Lex Aequa were received by Judge Tomoko Akane, who briefed them on the strategic plan.",
        "Lex Aequa=org:lex-aequa; Tomoko Akane=person:tomoko-akane",
        [("meeting", {"participant": ["org:lex-aequa", "person:tomoko-akane"]}, {})],
        [],
        {},
    ),
    (
        "meeting-between",
        "A bilateral meeting between Chile and Amnesty International took place on 5 December.",
        "Chile=state:cl; Amnesty International=org:amnesty-international",
        [("meeting", {"participant": ["state:cl", "org:amnesty-international"]}, {"date": "2025-12-05"})],
        [],
        {},
    ),
    (
        "meeting-discussed-with-accompanied",
        "The Prosecutor, accompanied by Nazhat Shameem Khan, discussed cooperation with Dmytro Kuleba in Kyiv.",
        "Prosecutor=person:karim-khan; Nazhat Shameem Khan=person:nazhat-shameem-khan; Dmytro Kuleba=person:dmytro-kuleba",
        [
            (
                "meeting",
                {"participant": ["person:karim-khan", "person:nazhat-shameem-khan", "person:dmytro-kuleba"]},
                {},
            )
        ],
        [],
        {},
    ),
    (
        "meeting-two-counterparts-two-days",
        "Lex Aequa met Peter Lewis on 8 December, and Piotr Hofmanski on 9 December.",
        "Lex Aequa=org:lex-aequa; Peter Lewis=person:peter-lewis; Piotr Hofmanski=person:piotr-hofmanski",
        [
            ("meeting", {"participant": ["org:lex-aequa", "person:peter-lewis"]}, {"date": "2025-12-08"}),
            ("meeting", {"participant": ["org:lex-aequa", "person:piotr-hofmanski"]}, {"date": "2025-12-09"}),
        ],
        [],
        {"count": {"meeting": 2}},
    ),
    (
        "meeting-joined-delegation",
        "Lex Aequa joined a delegation of Open Justice Network members that met Tomoko Akane.",
        "Lex Aequa=org:lex-aequa; Open Justice Network=org:ojn; Tomoko Akane=person:tomoko-akane",
        [("meeting", {"participant": ["org:lex-aequa", "org:ojn", "person:tomoko-akane"]}, {})],
        [],
        {},
    ),
    (
        "meeting-briefing-attended",
        "Mame Mandiaye Niang held a briefing for civil society on 3 December, which Lex Aequa attended.",
        "Mame Mandiaye Niang=person:mame-mandiaye-niang; Lex Aequa=org:lex-aequa",
        [("meeting", {"participant": ["person:mame-mandiaye-niang", "org:lex-aequa"]}, {})],
        [],
        {},
    ),
    (
        "meeting-wished-is-not-held",
        "Lex Aequa would welcome the opportunity to meet with Tomoko Akane to discuss these concerns.",
        "Lex Aequa=org:lex-aequa; Tomoko Akane=person:tomoko-akane",
        [],
        ["meeting"],
        {},
    ),
    (
        "meeting-duty-to-consult-is-not-one",
        "Mongolia did not consult the Court under article 97 about the problems it identified.",
        "Mongolia=state:mn; the Court=court:icc",
        [],
        ["meeting"],
        {},
    ),
    (
        "meeting-plural-subject",
        "Karim Khan and Volodymyr Zelensky met in Kyiv on 16 March 2023.",
        "Karim Khan=person:karim-khan; Volodymyr Zelensky=person:volodymyr-zelensky",
        [("meeting", {"participant": ["person:karim-khan", "person:volodymyr-zelensky"]}, {"date": "2023-03-16"})],
        [],
        {},
    ),
    (
        "meeting-exchange-of-views",
        "Tomoko Akane had an exchange of views with the Registrar, Osvaldo Zavala Giler, on the budget.",
        "Tomoko Akane=person:tomoko-akane; Osvaldo Zavala Giler=person:osvaldo-zavala-giler",
        [("meeting", {"participant": ["person:tomoko-akane", "person:osvaldo-zavala-giler"]}, {})],
        [],
        {},
    ),
    (
        "meeting-notification-received-is-not-one",
        "Its notification of withdrawal was received by the Secretary-General on 2 June 2025.",
        "Secretary-General=igo:un-secretary-general",
        [],
        ["meeting"],
        {},
    ),
    (
        "meeting-we-meet-at-a-moment-is-not-one",
        "Lex Aequa and the Open Justice Network: we meet at a moment when the Court is under attack.",
        "Lex Aequa=org:lex-aequa; Open Justice Network=org:ojn; the Court=court:icc",
        [],
        ["meeting"],
        {"author": "org:lex-aequa, org:ojn"},
    ),
    # --- participation -------------------------------------------------------------------------
    (
        "participation-delegation-to",
        "The delegation of Lex Aequa to the twenty-third session was led by its director.",
        ASP + "; Lex Aequa=org:lex-aequa",
        [("participation", {"participant": ["org:lex-aequa"], "forum": ["session:asp-23"]}, {})],
        [],
        {},
    ),
    (
        "meeting-sat-down-with",
        "On the sidelines, Tomoko Akane sat down with Ronald Lamola to discuss cooperation.",
        "Tomoko Akane=person:tomoko-akane; Ronald Lamola=person:ronald-lamola",
        [("meeting", {"participant": ["person:tomoko-akane", "person:ronald-lamola"]}, {})],
        [],
        {},
    ),
    (
        "decision-states-parties-approving-is-the-assembly",
        "The States Parties ended their session in The Hague, approving a budget for 2025.",
        "States Parties=court:states-parties; Assembly=court:asp; The Hague=place:the-hague",
        [("decision", {"body": ["court:asp"], "instrument": ["instrument:programme-budget-2025"]}, {})],
        [],
        {},
    ),
    (
        "participation-present-at",
        "Lex Aequa was present at the twenty-third session of the Assembly.",
        ASP + "; Lex Aequa=org:lex-aequa",
        [("participation", {"participant": ["org:lex-aequa"], "forum": ["session:asp-23"]}, {})],
        [],
        {},
    ),
    (
        "participation-delegation-of",
        "A three-person delegation of Lex Aequa took part in the twenty-third session of the Assembly.",
        ASP + "; Lex Aequa=org:lex-aequa",
        [("participation", {"participant": ["org:lex-aequa"], "forum": ["session:asp-23"]}, {})],
        [],
        {},
    ),
    (
        "participation-attended-by",
        "The twenty-third session was attended by delegations from Chile, Ghana and the Open Justice Network.",
        ASP + "; Chile=state:cl; Ghana=state:gh; Open Justice Network=org:ojn",
        [("participation", {"participant": ["state:cl", "state:gh", "org:ojn"], "forum": ["session:asp-23"]}, {})],
        [],
        {},
    ),
    (
        "participation-represented-plenary",
        "At the twenty-third session, Lex Aequa was represented by two lawyers, who attended the plenary.",
        ASP + "; Lex Aequa=org:lex-aequa",
        [("participation", {"participant": ["org:lex-aequa"], "forum": ["session:asp-23"]}, {})],
        [],
        {},
    ),
    (
        "participation-coordinated-by",
        "More than 200 NGO representatives took part in the twenty-third session, coordinated by the Open Justice Network.",
        ASP + "; Open Justice Network=org:ojn",
        [("participation", {"participant": ["org:ojn"], "forum": ["session:asp-23"]}, {})],
        [],
        {},
    ),
    # --- decisions -----------------------------------------------------------------------------
    (
        "decision-prosecutor-opened-investigation",
        "On 2 March 2022, Karim Khan opened an investigation into the situation in Ukraine.",
        "Karim Khan=person:karim-khan; Ukraine=state:ua",
        [("decision", {"body": ["person:karim-khan"]}, {"date": "2022-03-02"})],
        [],
        {},
    ),
    (
        "decision-he-is-the-clause-subject",
        "Karim Khan met Volodymyr Zelensky and Andriy Kostin, a year after he decided to open an investigation.",
        "Karim Khan=person:karim-khan; Volodymyr Zelensky=person:volodymyr-zelensky; Andriy Kostin=person:andriy-kostin",
        [("decision", {"body": ["person:karim-khan"]}, {})],
        [],
        {},
    ),
    (
        "decision-lifted-sanctions",
        "In April 2021 Washington lifted the sanctions imposed on the former Prosecutor.",
        "Washington=state:us",
        [("decision", {"body": ["state:us"]}, {"date": "2021-04"})],
        [],
        {},
    ),
    (
        "decision-national-court-declared",
        "He was released after the Court of Appeal of Rome declared his arrest invalid.",
        "Court of Appeal of Rome=org:court-of-appeal-of-rome",
        [("decision", {"body": ["org:court-of-appeal-of-rome"]}, {})],
        [],
        {},
    ),
    (
        "decision-committee-recommended",
        "The Committee on Budget and Finance recommended cuts to the travel budget of the Registry.",
        "Committee on Budget and Finance=court:cbf; Registry=court:registry",
        [("decision", {"body": ["court:cbf"]}, {})],
        [],
        {},
    ),
    (
        "decision-recommended-approval-is-not-adopted",
        "The Committee on Budget and Finance recommended that the Assembly approve a lower budget.",
        ASP + "; Committee on Budget and Finance=court:cbf",
        [("decision", {"body": ["court:cbf"]}, {})],
        [],
        {"count": {"decision": 1}},
    ),
    (
        "side-event-panel-sponsored-by",
        "The panel, co-sponsored by Chile and Ghana, was moderated by Lex Aequa during the twenty-third session.",
        ASP + "; Chile=state:cl; Ghana=state:gh; Lex Aequa=org:lex-aequa",
        [("side_event", {"co_sponsor": ["state:cl", "state:gh"], "forum": ["session:asp-23"]}, {})],
        [],
        {},
    ),
    (
        "decision-ngo-recommends-is-not-one",
        "Lex Aequa recommended cuts to the travel budget of the Registry.",
        "Lex Aequa=org:lex-aequa; Registry=court:registry",
        [],
        ["decision"],
        {},
    ),
    (
        "decision-budget-passive-instrument",
        "The programme budget for 2026 was approved by the Assembly on 5 December.",
        ASP,
        [("decision", {"body": ["court:asp"], "instrument": ["instrument:programme-budget-2026"]}, {})],
        [],
        {},
    ),
    (
        "decision-resolution-adopted-by-consensus",
        "Resolution ICC-ASP/20/Res.5 on the review of the Court was adopted by consensus.",
        "Resolution ICC-ASP/20/Res.5=instrument:icc-asp-20-res-5; Assembly=court:asp; the Court=court:icc",
        [("decision", {"body": ["court:asp"], "instrument": ["instrument:icc-asp-20-res-5"]}, {})],
        [],
        {},
    ),
    (
        "decision-statute-adopted-is-not-the-assemblys",
        "The Assembly meets at a time unthinkable when the Rome Statute was adopted.",
        "Assembly=court:asp; Rome Statute=instrument:rome-statute",
        [],
        ["decision"],
        {},
    ),
    (
        "decision-nominal-state",
        "We welcome the decision of Malawi to decline to host the summit.",
        "Malawi=state:mw",
        [("decision", {"body": ["state:mw"]}, {})],
        [],
        {},
    ),
    (
        "decision-asked-to-adopt-is-not-one",
        "The Assembly asked States Parties to adopt national legislation against foreign sanctions.",
        ASP + "; States Parties=court:states-parties",
        [],
        ["decision"],
        {},
    ),
    (
        "decision-election-congratulate",
        "We congratulate you on your election yesterday as President of the Assembly.",
        ASP,
        [("decision", {"body": ["court:asp"]}, {})],
        [],
        {},
    ),
    # --- side events ---------------------------------------------------------------------------
    (
        "side-event-panel-cosponsored",
        (
            "During the twenty-third session, Lex Aequa co-sponsored, together with Chile, a panel discussion "
            'entitled "Courts under Pressure" on 4 December.'
        ),
        ASP + "; Lex Aequa=org:lex-aequa; Chile=state:cl",
        [
            (
                "side_event",
                {"co_sponsor": ["org:lex-aequa", "state:cl"], "forum": ["session:asp-23"]},
                {"date": "2025-12-04"},
            )
        ],
        [],
        {},
    ),
    (
        "side-event-it-was-hosted",
        (
            "At the twenty-third session a second event examined witness protection. It was hosted by Chile, "
            "with Lex Aequa as co-sponsors."
        ),
        ASP + "; Lex Aequa=org:lex-aequa; Chile=state:cl",
        [("side_event", {"organizer": ["state:cl"], "co_sponsor": ["org:lex-aequa"]}, {})],
        [],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_assembly_sentence(nlp, case):
    _, text, entities, expected, forbidden, options = case
    ctx = make_context(nlp, text, entities, date="2025-12-10", author=options.get("author", ""))
    events = run_events(ctx)
    shown = [(e.type, e.roles, e.attributes, e.date) for e in events]
    for etype, roles, attrs in expected:
        found = [
            e
            for e in events
            if e.type == etype
            and all(sorted(e.roles.get(r, [])) == sorted(ids) for r, ids in roles.items())
            and all((e.date or "") == v if k == "date" else e.attributes.get(k) == v for k, v in attrs.items())
        ]
        assert found, f"no {etype} with {roles} {attrs} in {shown}"
    for etype in forbidden:
        assert not any(e.type == etype for e in events), shown
    for etype, n in options.get("count", {}).items():
        assert sum(e.type == etype for e in events) == n, shown

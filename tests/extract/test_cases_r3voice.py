"""Round 3 (voice): statements, support, condemnation and authorship in the genre's constructions.

Sentences written for these tests (spec/PATTERNS.md constructions), not copied from a corpus.
"""

from __future__ import annotations

import pytest

from .events_support import check_case, make_context, run_events

ICC = "International Criminal Court=court:icc; the Court=court:icc"

# (id, text, entities, expected [(type, roles, attributes)], options)
CASES = [
    (
        "statement-in-a-joint-statement-list",
        "In a joint statement, Belgium, Chile and Sierra Leone reaffirmed their support for the Court.",
        f"Belgium=state:be; Chile=state:cl; Sierra Leone=state:sl; {ICC}",
        [
            ("statement", {"author": ["state:be", "state:cl", "state:sl"]}, {"form": "joint_statement"}),
            ("support", {"agent": ["state:be", "state:cl", "state:sl"], "beneficiary": ["court:icc"]}, {}),
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "statement-in-a-statement-issued",
        "In a statement issued in Geneva on Monday, Lex Aequa urged the Bureau to convene an urgent meeting.",
        "Lex Aequa=org:lex-aequa; Bureau=court:asp-bureau",
        [
            ("statement", {"author": ["org:lex-aequa"]}, {}),
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]}, {}),
        ],
        {"author": "org:other"},
    ),
    (
        "support-as-states-parties-we",
        "As States Parties to the Rome Statute, we reiterate our unwavering support for the Court.",
        f"States Parties=court:states-parties; Rome Statute=instrument:rome-statute; {ICC}; Chile=state:cl; Ghana=state:gh",
        [("support", {"agent": ["state:cl", "state:gh"], "beneficiary": ["court:icc"]}, {})],
        {"author": "state:cl, state:gh", "count": {"support": 1}},
    ),
    (
        "support-coordinated-for-outside-relative-clause",
        ("We express our full support for the judges of Pre-Trial Chamber I, who issued warrants for Jane Roe and "
        "John Doe, and for the Prosecutor and his Office."),
        ("Pre-Trial Chamber I=court:pre-trial-chamber-1; Jane Roe=person:jane-roe; John Doe=person:john-doe; "
        "Prosecutor=person:karim-khan; Office=court:otp"),
        [("support", {"beneficiary": ["court:pre-trial-chamber-1", "person:karim-khan", "court:otp"]}, {})],
        {"author": "org:lex-aequa"},
    ),
    (
        "support-staff-of-the-court",
        "Lex Aequa reaffirms its support for the judges and officials of the Court.",
        f"Lex Aequa=org:lex-aequa; judges=court:judges; {ICC}",
        [("support", {"agent": ["org:lex-aequa"], "beneficiary": ["court:judges", "court:icc"]}, {})],
        {},
    ),
    (
        "support-the-three-organisations",
        ("On 4 September the Treasury added Al-Haq, Al Mezan and PCHR to its list. The Coalition said it was "
        "appalled. Lex Aequa expresses its full solidarity with the three organisations."),
        ("Treasury=state:us; Al-Haq=org:al-haq; Al Mezan=org:al-mezan; PCHR=org:pchr; Lex Aequa=org:lex-aequa; "
        "Coalition=org:cicc"),
        [("support", {"agent": ["org:lex-aequa"], "beneficiary": ["org:al-haq", "org:al-mezan", "org:pchr"]}, {})],
        {},
    ),
    (
        "support-not-a-signed-statement",
        "The statement was initiated by Chile and has been endorsed by 93 States Parties.",
        "Chile=state:cl; States Parties=court:states-parties",
        [],
        {"author": "state:cl", "count": {"support": 0}},
    ),
    (
        "support-welcomed-the-finding-of-a-chamber",
        "Pre-Trial Chamber II found that Mongolia had failed to arrest Jane Roe. Lex Aequa welcomed the finding.",
        ("Pre-Trial Chamber II=court:pre-trial-chamber-2; Mongolia=state:mn; Jane Roe=person:jane-roe; "
        f"Lex Aequa=org:lex-aequa; {ICC}"),
        [("support", {"agent": ["org:lex-aequa"], "beneficiary": ["court:pre-trial-chamber-2"]}, {})],
        {},
    ),
    (
        "condemnation-joined-in-condemning",
        "The United States sanctioned three groups. Ireland joined Slovenia and Spain in condemning the sanctions.",
        "United States=state:us; Ireland=state:ie; Slovenia=state:si; Spain=state:es",
        [("condemnation", {"agent": ["state:ie", "state:si", "state:es"], "target": ["state:us"]}, {})],
        {},
    ),
    (
        "condemnation-in-the-strongest-terms",
        ("Lex Aequa condemns in the strongest terms the designation, announced yesterday by the United States, "
        "of three Palestinian organisations under Executive Order 14203."),
        "Lex Aequa=org:lex-aequa; United States=state:us; Executive Order 14203=instrument:us-eo-14203",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:us"]}, {})],
        {},
    ),
    (
        "condemnation-coordinated-acts",
        ("We condemn the criminal proceedings opened by Russia against the judges, as well as the threats of "
        "sanctions voiced against the Court by the United States."),
        f"Russia=state:ru; United States=state:us; judges=court:judges; {ICC}; Lex Aequa=org:lex-aequa",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:ru", "state:us"]}, {})],
        {"author": "org:lex-aequa"},
    ),
    (
        "condemnation-rejected-a-finding-by",
        "Italy rejected a finding by the International Criminal Court that it had failed to arrest a Libyan suspect.",
        f"{ICC}; Libyan=state:ly; Italy=state:it",
        [("condemnation", {"agent": ["state:it"], "target": ["court:icc"]}, {})],
        {},
    ),
    (
        "statement-letter-sent-to-by-a-coalition",
        ("In a letter sent to the President of the Assembly, Jane Roe, on Friday, a coalition of twenty "
        "organisations led by Lex Aequa requested that the Bureau meet before the twenty-third session."),
        ("Jane Roe=person:jane-roe; Lex Aequa=org:lex-aequa; Bureau=court:asp-bureau; "
        "twenty-third session=session:asp-23; Assembly=court:asp"),
        [("statement", {"author": ["org:lex-aequa"], "addressee": ["person:jane-roe"], "forum": []}, {})],
        {"author": "org:other"},
    ),
    (
        "statement-not-a-possible-letter",
        "Under the procedures, the Bureau may ask the President to write to the State concerned.",
        "Bureau=court:asp-bureau; President=person:jane-roe",
        [],
        {"author": "org:lex-aequa", "count": {"statement": 0}},
    ),
    (
        "condemnation-said-bad-is-not-a-statement",
        "The Coalition said the withdrawal would be a shameful gift to those who commit atrocities.",
        "Coalition=org:cicc",
        [("condemnation", {"agent": ["org:cicc"]}, {})],
        {"author": "org:lex-aequa", "count": {"statement": 0}},
    ),
    (
        "condemnation-our-condemnation-as-subject",
        "Our condemnation of the sanctions imposed by the United States is unequivocal.",
        "United States=state:us; Lex Aequa=org:lex-aequa",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:us"]}, {})],
        {"author": "org:lex-aequa"},
    ),
    (
        "condemnation-relative-which-we-reject",
        "Hungary's withdrawal, which Lex Aequa deeply regrets, was announced in April.",
        "Hungary=state:hu; Lex Aequa=org:lex-aequa",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:hu"]}, {})],
        {"author": "org:other"},
    ),
    (
        "statement-joined-a-statement-delivered-by",
        ("At the plenary, Lex Aequa joined a statement delivered by Human Rights Watch on behalf of seventeen "
        "organisations. The statement expressed concern at the selective approach of some governments."),
        "Lex Aequa=org:lex-aequa; Human Rights Watch=org:hrw",
        [("statement", {"author": ["org:hrw"], "on_behalf_of": ["org:lex-aequa"]}, {})],
        {"author": "org:other"},
    ),
    (
        "support-respects-the-independence",
        "A spokesperson said the EU fully respects the independence of the Court and its judicial decisions.",
        f"EU=igo:eu; {ICC}",
        [("support", {"agent": ["igo:eu"], "beneficiary": ["court:icc"]}, {})],
        {"author": "org:lex-aequa"},
    ),
    (
        "support-not-respect-obligations",
        "Hungary did not respect its obligations, and Chile will respect its obligations.",
        "Hungary=state:hu; Chile=state:cl",
        [],
        {"author": "org:lex-aequa", "count": {"support": 0}},
    ),
    (
        "support-a-statement-reaffirming",
        "In June, 67 States Parties signed a joint statement reaffirming their support for the Court.",
        f"States Parties=court:states-parties; {ICC}; Lex Aequa=org:lex-aequa",
        [("support", {"agent": ["court:states-parties"], "beneficiary": ["court:icc"]}, {})],
        {"author": "org:lex-aequa"},
    ),
    (
        "support-unnamed-delegations-are-not-the-author",
        "At the session, many delegations repeated their support for the Court.",
        f"{ICC}; Lex Aequa=org:lex-aequa",
        [],
        {"author": "org:lex-aequa", "count": {"support": 0}},
    ),
    (
        "statement-presented-a-report",
        "The President of the Court, Judge Jane Roe, presented the Court's annual report to the Assembly.",
        f"Jane Roe=person:jane-roe; {ICC}; Assembly=court:asp",
        [("statement", {"author": ["person:jane-roe"], "addressee": ["court:asp"]}, {"form": "report"})],
        {"author": "org:other"},
    ),
    (
        "statement-session-in-what-is-promised-is-not-the-forum",
        ("Jane Roe said that the debate had been useful, and she undertook to report to the Bureau before the "
        "twenty-fifth session."),
        "Jane Roe=person:jane-roe; Bureau=court:asp-bureau; twenty-fifth session=session:asp-25",
        [("statement", {"author": ["person:jane-roe"], "forum": []}, {})],
        {"author": "org:other"},
    ),
    (
        "demand-it-is-the-statement-just-delivered",
        ("Jane Roe delivered a statement in the general debate on behalf of Lex Aequa and Victims First. It called "
        "on the Assembly to protect the Court's officials."),
        "Jane Roe=person:jane-roe; Lex Aequa=org:lex-aequa; Victims First=org:vf; Assembly=court:asp",
        [("demand", {"claimant": ["org:lex-aequa", "org:vf"], "addressee": ["court:asp"]}, {})],
        {"author": "org:other"},
    ),
    (
        "support-joined-in-welcoming",
        "Ireland joined the Netherlands in welcoming the arrest warrant issued by the Court.",
        f"Ireland=state:ie; Netherlands=state:nl; {ICC}",
        [("support", {"agent": ["state:ie", "state:nl"]}, {})],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, case)


ORAL = """Assembly of States Parties - Twenty-third session
The Hague, 4 December 2024

Oral statement of Lex Aequa

On behalf of:
   Open Justice Network;
   Jurists for Peace; and
   Victims First

Madam President, Excellencies,

We welcome the accession of Ukraine to the Rome Statute.
"""

WEB = """Main Menu
Lex Aequa condemns the designations
5 September 2025 | Press release

Lex Aequa today condemned the designation of Al-Haq by the United States.

Related
Lex Aequa welcomes the accession of Ukraine
Hungary: Lex Aequa deplores withdrawal
"""


@pytest.mark.slow
def test_oral_statement_with_dateline_is_oral_with_its_author_and_forum(nlp):
    """A dated header over "Madam President," is a statement read at the session, not a press release;
    "Oral statement of X" names the one who reads it beside the "On behalf of:" block."""
    ents = (
        "Assembly of States Parties=court:asp; Twenty-third session=session:asp-23; Lex Aequa=org:lex-aequa; "
        "Open Justice Network=org:ojn; Jurists for Peace=org:jfp; Victims First=org:vf; Ukraine=state:ua; "
        "Rome Statute=instrument:rome-statute"
    )
    ctx = make_context(nlp, ORAL, ents, date="2024-12-04")
    events = run_events(ctx)
    doc = [e for e in events if e.type == "statement"]
    assert doc and doc[0].roles.get("author") == ["org:lex-aequa"]
    assert doc[0].attributes["form"] in ("oral", "joint_statement")
    assert doc[0].roles.get("forum") == ["session:asp-23"]
    assert set(doc[0].roles["on_behalf_of"]) == {"org:lex-aequa", "org:ojn", "org:jfp", "org:vf"}
    support = [e for e in events if e.type == "support"]
    assert support and "org:lex-aequa" in support[0].roles["agent"]


@pytest.mark.slow
def test_related_links_under_a_page_are_not_its_news(nlp):
    ents = "Lex Aequa=org:lex-aequa; Al-Haq=org:al-haq; United States=state:us; Ukraine=state:ua; Hungary=state:hu"
    ctx = make_context(nlp, WEB, ents, date="2025-09-05")
    events = run_events(ctx)
    assert not [e for e in events if e.type == "support"]
    assert not [e for e in events if "state:hu" in str(e.roles)]
    assert [e for e in events if e.type == "condemnation" and e.roles.get("target") == ["state:us"]]

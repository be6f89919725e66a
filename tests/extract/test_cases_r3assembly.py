"""Sentence cases for sessions, decisions, meetings and participation in wordings unlike the corpus:
what must be found, and what must not be read as one of these events."""

from __future__ import annotations

import pytest

from .events_support import check_case, make_context, run_events

ASP = "Assembly=court:asp; Bureau=court:asp-bureau"

CASES = [
    (
        "participants-including-representatives",
        ("The twenty-second session was held in New York. More than 900 participants, including representatives "
        "of 123 States Parties, observer States and civil society organizations, took part in the proceedings."),
        "twenty-second session=session:asp-22; New York=place:new-york; States Parties=court:states-parties",
        [("participation", {"participant": ["court:states-parties"], "forum": ["session:asp-22"]}, {})],
    ),
    (
        "meetings-then-as-well-as-a-briefing",
        ("Lex Aequa attended the twenty-third session. Lex Aequa also held bilateral meetings with the Registrar, "
        "Mr Osvaldo Zavala Giler, and with the Deputy Prosecutor, Ms Nazhat Shameem Khan, as well as a briefing "
        "with the focal points on non-cooperation."),
        ("Lex Aequa=org:lex-aequa; Osvaldo Zavala Giler=person:osvaldo-zavala-giler; "
        "Nazhat Shameem Khan=person:nazhat-shameem-khan; focal points on non-cooperation=court:focal-points; "
        "twenty-third session=session:asp-23"),
        [
            ("meeting", {"participant": ["org:lex-aequa", "person:osvaldo-zavala-giler", "person:nazhat-shameem-khan"]}, {}),
            ("meeting", {"participant": ["org:lex-aequa", "court:focal-points"]}, {}),
        ],
    ),
    (
        "met-on-a-basis-with",
        "The focal points met on a regular basis with the Registry and with the Office of the President of the Assembly.",
        "focal points=court:focal-points; Registry=court:registry; Office of the President of the Assembly=court:asp-presidency",
        [("meeting", {"participant": ["court:focal-points", "court:registry", "court:asp-presidency"]}, {})],
    ),
    (
        "consultation-in-which-they-participated",
        ("On 18 March 2025 the focal points held a consultation with civil society, in which Amnesty International "
        "and Human Rights Watch participated."),
        "focal points=court:focal-points; Amnesty International=org:ai; Human Rights Watch=org:hrw",
        [("meeting", {"participant": ["court:focal-points", "org:ai", "org:hrw"]}, {"date": "2025-03-18"})],
    ),
    (
        "present-at-dialogue-with",
        ("Lex Aequa attended the twenty-third session. Lex Aequa was also present at the civil society dialogue "
        "with the President of the Court, Judge Tomoko Akane."),
        "Lex Aequa=org:lex-aequa; Tomoko Akane=person:tomoko-akane; twenty-third session=session:asp-23",
        [("meeting", {"participant": ["org:lex-aequa", "person:tomoko-akane"]}, {})],
    ),
    (
        "finding-by-chamber-dated-in-its-phrase",
        ("Lex Aequa raised the October 2024 finding by Pre-Trial Chamber II that Mongolia had failed to arrest "
        "Vladimir Putin during his visit on 3 September 2024."),
        ("Lex Aequa=org:lex-aequa; Pre-Trial Chamber II=court:pre-trial-chamber-2; Mongolia=state:mn; "
        "Vladimir Putin=person:vladimir-putin"),
        [("non_cooperation_finding", {"issuer": ["court:pre-trial-chamber-2"], "state": ["state:mn"]}, {"date": "2024-10"})],
    ),
    (
        "warrants-made-public",
        "Six arrest warrants in the Tarhunah case were made public by Pre-Trial Chamber I in October 2024.",
        "Pre-Trial Chamber I=court:pre-trial-chamber-1",
        [("arrest_warrant", {"issuer": ["court:pre-trial-chamber-1"]}, {"status": "issued", "date": "2024-10"})],
    ),
    (
        "together-with-we-co-hosted",
        "Together with the Permanent Mission of Sierra Leone and Lex Aequa, Redress co-hosted a side event entitled \"Ending Impunity\".",
        "Sierra Leone=state:sl; Lex Aequa=org:lex-aequa; Redress=org:redress",
        [("side_event", {"organizer": ["org:redress", "state:sl", "org:lex-aequa"]}, {"title": "Ending Impunity"})],
    ),
    (
        "bureau-appointed-focal-points",
        "On 22 January 2025, the Bureau appointed Ambassador Ana Ruiz (Chile) as focal point on non-cooperation.",
        f"{ASP}; Ana Ruiz=person:ana-ruiz; Chile=state:cl",
        [("decision", {"body": ["court:asp-bureau"]}, {"title": "appointment", "date": "2025-01-22"})],
    ),
    (
        "dateline-subject-then-he-decided",
        ("KYIV, March 16 (JNW) - Prosecutor Karim Khan met Andriy Kostin in Kyiv on Thursday, a year after he "
        "decided to open an investigation into the situation in Ukraine."),
        "Karim Khan=person:karim-khan; Andriy Kostin=person:andriy-kostin; Kyiv=place:kyiv; Ukraine=state:ua",
        [("decision", {"body": ["person:karim-khan"]}, {})],
    ),
    (
        "withdrawal-told-again-as-a-decision",
        ("Hungary, which formally notified the United Nations of its withdrawal from the Rome Statute on 2 June 2025, "
        "did not comment. Budapest's decision to leave the court came after it hosted Netanyahu in April."),
        "Hungary=state:hu; Budapest=state:hu; United Nations=igo:un; Rome Statute=instrument:rome-statute; Netanyahu=person:bn",
        [("membership_change", {"state": ["state:hu"]}, {"action": "withdrawal_notice", "date": "2025-06-02"})],
    ),
    (
        "joint-withdrawal-one-act",
        ("In a joint communique of 22 September 2025, Burkina Faso, Mali and Niger notified their withdrawal "
        "from the Rome Statute."),
        "Burkina Faso=state:bf; Mali=state:ml; Niger=state:ne; Rome Statute=instrument:rome-statute",
        [("membership_change", {"state": ["state:bf", "state:ml", "state:ne"]}, {"action": "withdrawal_notice"})],
    ),
    (
        "agreed-to-establish-is-one-decision",
        ("The Assembly agreed to establish a due-diligence procedure for candidates, and decided that its "
        "next session will take place in The Hague."),
        ASP,
        [("decision", {"body": ["court:asp"]}, {"title": "due-diligence"})],
    ),
]

# (id, text, entities, type that must not come out, roles it must not have or {} for none at all)
ABSENT = [
    (
        "decision-to-impose-sanctions",
        "UN experts deplored Washington's decision to impose sanctions on four judges of the Court.",
        "Washington=state:us; Court=court:icc",
        "decision",
    ),
    (
        "decision-of-states-to-withdraw",
        "The experts regretted the decision of Burkina Faso, Mali and Niger to withdraw from the Rome Statute.",
        "Burkina Faso=state:bf; Mali=state:ml; Niger=state:ne; Rome Statute=instrument:rome-statute",
        "decision",
    ),
    (
        "chamber-withdrew-warrant",
        "In February, Pre-Trial Chamber I withdrew the warrant it had issued against Mohammed Deif.",
        "Pre-Trial Chamber I=court:pre-trial-chamber-1; Mohammed Deif=person:mohammed-deif",
        "decision",
    ),
    (
        "programme-includes-election",
        "The Assembly adopted a programme of work that includes the election of six judges.",
        ASP,
        "decision:election",
    ),
    (
        "ensure-that-committee-recommends",
        "- ensure that the Committee on Budget and Finance recommends a budget that allows the Office to investigate.",
        "Committee on Budget and Finance=court:cbf; Office=court:otp",
        "decision",
    ),
    (
        "session-as-a-date",
        "The President announced that the Bureau would hold a further meeting before the twenty-fourth session.",
        f"{ASP}; twenty-fourth session=session:asp-24",
        "assembly_session",
    ),
    (
        "session-in-a-heading",
        "Statement to the General Debate\nTwenty-third session of the Assembly of States Parties\nThe Hague, 3 December 2024\n\nThank you.",
        "Twenty-third session of the Assembly of States Parties=session:asp-23; The Hague=place:the-hague",
        "assembly_session",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, (*case, {}))


def test_agreed_and_established_once(nlp):
    ctx = make_context(nlp, next(c for c in CASES if c[0].startswith("agreed"))[1], ASP, date="2025-12-01")
    titles = [e.attributes.get("title", "") for e in run_events(ctx) if e.type == "decision"]
    assert sum("due-diligence" in t for t in titles) == 1, titles


@pytest.mark.slow
@pytest.mark.parametrize("case", ABSENT, ids=[c[0] for c in ABSENT])
def test_not_an_event(nlp, case):
    _, text, entities, etype = case
    etype, _, word = etype.partition(":")
    ctx = make_context(nlp, text, entities, date="2025-12-01")
    found = [
        (e.type, e.roles, e.attributes)
        for e in run_events(ctx)
        if e.type == etype and str(e.attributes.get("title", "")).lower().startswith(word)
    ]
    assert not found, found


# one entity table for the short cases below: (the type that must come out, or "-" for none of ours; text)
SHARED = (
    "Assembly of States Parties=court:asp; Assembly=court:asp; Bureau=court:asp-bureau; Presidency=court:presidency; "
    "States Parties=court:states-parties; Lex Aequa=org:lex-aequa; twenty-fourth session=session:asp-24; "
    "The Hague=place:the-hague; Israel=state:il; Ana Ruiz=person:ana-ruiz; Trial Chamber V=court:trial-chamber-5; "
    "Court=court:icc; Russian Federation=state:ru; judges=court:judges"
)
OURS = ("decision", "participation", "meeting", "assembly_session", "side_event", "non_cooperation_finding", "arrest_warrant")
SHORT = [
    ("decision", "The Assembly of States Parties on Friday adopted by consensus a resolution on the review of the Court."),
    ("decision", "The Assembly's adoption of the omnibus resolution on 6 December was welcomed by NGOs."),
    ("decision", "The Presidency decided to reassign the case to Trial Chamber V."),
    ("participation", "Lex Aequa was among the organisations attending the twenty-fourth session."),
    ("participation", "Some 30 members of Lex Aequa were accredited to the twenty-fourth session."),
    ("meeting", "Lex Aequa briefed Ana Ruiz on the situation of defenders on 4 December."),
    ("non_cooperation_finding", "Israel was found in non-compliance by Trial Chamber V in July 2025 for failing to cooperate."),
    ("participation", "Representatives of Lex Aequa were present throughout the twenty-fourth session in The Hague."),
    ("participation", "Participants in the twenty-fourth session included Israel, Lex Aequa and Ana Ruiz."),
    ("decision", "The twenty-fourth session closed with the adoption of six resolutions by the Assembly."),
    ("-", "The resolution on cooperation is expected to be adopted on Friday."),
    ("-", "Twelve arrest warrants issued by the Court remain outstanding."),
    ("-", "Judge Ana Ruiz condemned the arrest warrants issued by the Russian Federation against judges of the Court."),
    ("-", "The Assembly should decide to hold a plenary on non-cooperation."),
    ("-", "Israel's decision to bar the Special Rapporteur was condemned."),
    ("-", "Lex Aequa calls on the Bureau to meet with civil society before the twenty-fourth session."),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", SHORT, ids=[f"{c[0]}:{c[1][:40]}" for c in SHORT])
def test_short(nlp, case):
    want, text = case
    got = [e.type for e in run_events(make_context(nlp, text, SHARED, date="2025-12-08")) if e.type in OURS]
    assert (want in got) if want != "-" else not got, got


"""Round-4 sentence cases for decisions, visits, findings, warrants and membership: whole classes of
constructions (votes of legislatures, relative clauses, light-verb visits, reversals of a withdrawal,
custody told without "surrender"), and what must not be read as one of these events."""

from __future__ import annotations

import pytest

from .events_support import check_case, make_context, run_events

CASES = [
    (
        "legislature-voted-to",
        "On 3 March 2026 the Senate of Chile voted by 30 to 2 to approve the law on cooperation with the Court.",
        "Chile=state:cl; Court=court:icc",
        [("decision", {"body": ["state:cl"]}, {"title": "approve the law", "date": "2026-03-03"})],
    ),
    (
        "named-parliament-voted-to",
        "The Verkhovna Rada voted overwhelmingly to ratify the Rome Statute in August 2024.",
        "Verkhovna Rada=org:verkhovna-rada; Rome Statute=instrument:rome-statute",
        [("decision", {"body": ["org:verkhovna-rada"]}, {"title": "ratify"})],
    ),
    (
        "relative-clause-adopted",
        "Delegations praised resolution ICC-ASP/23/Res.4, which the Assembly adopted by consensus on 6 December.",
        "ICC-ASP/23/Res.4=instrument:icc-asp-23-res-4; Assembly=court:asp",
        [("decision", {"body": ["court:asp"], "instrument": ["instrument:icc-asp-23-res-4"]}, {})],
    ),
    (
        "bureau-decided-to-refer",
        ("The Bureau decided on 2 May to refer the question of non-cooperation to its New York Working Group."),
        "Bureau=court:asp-bureau",
        [("decision", {"body": ["court:asp-bureau"]}, {"title": "refer"})],
    ),
    (
        "made-a-visit-after-an-apposition",
        ("Mr Omar Al Bashir, for whom two warrants were issued in 2009 and 2010, made an official visit to Kenya "
        "in August 2010."),
        "Omar Al Bashir=person:omar-al-bashir; Kenya=state:ke",
        [("fugitive_visit", {"subject": ["person:omar-al-bashir"], "host": ["state:ke"]}, {"date": "2010-08"})],
    ),
    (
        "breached-its-duty",
        "Trial Chamber IV determined in June 2024 that Ruritania had breached its legal duty to surrender Mr Ivo Brandt.",
        "Trial Chamber IV=court:trial-chamber-4; Ruritania=state:ru; Ivo Brandt=person:ivo-brandt",
        [("non_cooperation_finding", {"issuer": ["court:trial-chamber-4"], "state": ["state:ru"]}, {})],
    ),
    (
        "arrested-and-flown-to-the-hague",
        "The former militia leader Ivo Brandt was detained in Vienna on 2 May 2024 and sent to The Hague a week later.",
        "Ivo Brandt=person:ivo-brandt; Vienna=place:vienna; The Hague=place:the-hague",
        [("arrest_warrant", {"subject": ["person:ivo-brandt"]}, {"status": "executed", "date": "2024-05-02"})],
    ),
    (
        "instrument-of-withdrawal-lodged",
        "Ruritania lodged its instrument of withdrawal with the Secretary-General on 18 June 2026.",
        "Ruritania=state:ru",
        [("membership_change", {"state": ["state:ru"]}, {"action": "withdrawal_notice", "date": "2026-06-18"})],
    ),
    (
        "it-becomes-effective-a-year-later",
        ("Ruritania's notice of withdrawal was lodged with the Secretary-General on 4 March 2025. Under the Statute, "
        "it takes effect a year later."),
        "Ruritania=state:ru",
        [("membership_change", {"state": ["state:ru"]}, {"action": "withdrawal_effective", "date": "2026-03-04"})],
    ),
    (
        "court-held-that",
        "The Supreme Court of Appeal held that the government had acted unlawfully.",
        "Supreme Court of Appeal=org:supreme-court-of-appeal",
        [("decision", {"body": ["org:supreme-court-of-appeal"]}, {"title": "held that"})],
    ),
    (
        "court-struck-down-the-law",
        "In April the Constitutional Court struck down the implementing legislation.",
        "Constitutional Court=org:constitutional-court",
        [("decision", {"body": ["org:constitutional-court"]}, {"title": "struck down"})],
    ),
    (
        "presidency-assigned-the-situation",
        "The Presidency assigned the situation in Ruritania to Pre-Trial Chamber II.",
        "Presidency=court:presidency; Ruritania=state:ru; Pre-Trial Chamber II=court:pre-trial-chamber-2",
        [("decision", {"body": ["court:presidency"]}, {"title": "assigned"})],
    ),
    (
        "appeals-upheld-the-finding",
        "The Appeals Chamber upheld the finding that Ruritania had failed to arrest Mr Ivo Brandt.",
        "Appeals Chamber=court:appeals-chamber; Ruritania=state:ru; Ivo Brandt=person:ivo-brandt",
        [("decision", {"body": ["court:appeals-chamber"]}, {"title": "upheld"})],
    ),
    (
        "session-continued-after-a-dateline",
        "THE HAGUE, 3 December 2024 - The twenty-third session continued today with the general debate.",
        "THE HAGUE=place:the-hague; twenty-third session=session:asp-23",
        [("assembly_session", {"session": ["session:asp-23"]}, {})],
    ),
    (
        "wanted-told-before-pronoun-visit",
        "Ivo Brandt is subject to an ICC arrest warrant. He arrived in Ruritania on Monday evening.",
        "Ivo Brandt=person:ivo-brandt; Ruritania=state:ru",
        [("fugitive_visit", {"subject": ["person:ivo-brandt"], "host": ["state:ru"]}, {})],
    ),
    (
        "in-a-country-on-an-official-visit",
        "Ivo Brandt, wanted by the ICC, is in Ruritania this week on an official visit.",
        "Ivo Brandt=person:ivo-brandt; Ruritania=state:ru",
        [("fugitive_visit", {"subject": ["person:ivo-brandt"], "host": ["state:ru"]}, {})],
    ),
    (
        "will-host-a-side-event-on",
        ('Lex Aequa will host, together with Chile, a side event on "Victims first" on 3 December during the '
        "twenty-fourth session."),
        "Lex Aequa=org:lex-aequa; Chile=state:cl; twenty-fourth session=session:asp-24",
        [("side_event", {"organizer": ["org:lex-aequa", "state:cl"]}, {"title": "Victims first"})],
    ),
]

ABSENT = [
    (
        "supposed-withdrawal",
        "If Ruritania withdrew from the Rome Statute, it would remain bound by its past obligations.",
        "Ruritania=state:ru; Rome Statute=instrument:rome-statute",
        ("membership_change", "withdrawal"),
    ),
    (
        "session-named-in-a-call-from-a-city",
        ("In a statement issued in The Hague, Lex Aequa urged the Assembly to take up the case at its "
        "twenty-fourth session."),
        "The Hague=place:the-hague; Lex Aequa=org:lex-aequa; Assembly=court:asp; twenty-fourth session=session:asp-24",
        ("assembly_session", "regular"),
    ),
    (
        "held-a-session-is-no-ruling",
        "The Assembly held its session in The Hague, and Ruritania held that the Court lacked jurisdiction.",
        "Assembly=court:asp; Ruritania=state:ru; Court=court:icc",
        ("decision", "held"),
    ),
    (
        "repeal-of-the-exit-law",
        "In May 2026 parliament voted to repeal the law on leaving the Court, so Ruritania remains a party.",
        "Ruritania=state:ru; Court=court:icc",
        ("membership_change", "withdrawal_notice"),
    ),
    (
        "request-to-withdraw-the-warrants",
        "The Chamber rejected a request by Ruritania to withdraw the warrants against its ministers.",
        "Chamber=court:pre-trial-chamber-1; Ruritania=state:ru",
        ("arrest_warrant", "requested"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, (*case, {}), date="2025-07-24")


@pytest.mark.slow
@pytest.mark.parametrize("case", ABSENT, ids=[c[0] for c in ABSENT])
def test_not_an_event(nlp, case):
    _, text, entities, (etype, value) = case
    events = run_events(make_context(nlp, text, entities, date="2025-07-24"))
    found = [
        (e.type, e.attributes)
        for e in events
        if e.type == etype and any(str(v).startswith(value) for v in e.attributes.values())
    ]
    assert not found, found

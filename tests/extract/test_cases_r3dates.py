"""Which date an event gets, round 3: the constructions of real statements and reports (sentences
written for these tests). Each case: text, the document's date, entities, the (type, roles, date)
expected of one of its events."""

from __future__ import annotations

import datetime as dt

import pytest

from romewatch.extract.dates import find_dates

from .events_support import make_context, matches, run_events

US = "United States=state:us; Washington=state:us"
ICC = "International Criminal Court=court:icc; the Court=court:icc; The Court=court:icc"

# (id, text, document date, entities, (type, roles, expected date)[, the document's author])
CASES = [
    # anaphors chain: "the following day" after a day told, then "The same day" after it
    (
        "anaphor-chain",
        (
            "On 6 February, Washington sanctioned the Prosecutor, Karim Khan. The Court condemned the order the "
            "following day. The same day, Chile issued a joint statement in support of the Court."
        ),
        "2025-03-04",
        f"{US}; {ICC}; Karim Khan=person:karim-khan; Chile=state:cl",
        ("statement", {"author": ["state:cl"]}, "2025-02-07"),
    ),
    # "the following morning": a part of the day counts as the day
    (
        "anaphor-morning",
        (
            "On 17 April the Minister met the Registrar, Osvaldo Zavala Giler. He met the Prosecutor, Karim Khan, "
            "the following morning."
        ),
        "2024-04-19",
        (
            "the Minister=person:ararat-mirzoyan; He=person:ararat-mirzoyan; Osvaldo Zavala Giler=person:osvaldo-"
            "zavala-giler; Karim Khan=person:karim-khan"
        ),
        ("meeting", {"participant": ["person:ararat-mirzoyan", "person:karim-khan"]}, "2024-04-18"),
    ),
    # a deadline is not the day the story reached: "Two days later" counts from the speech
    (
        "deadline-not-a-base",
        (
            "On 6 December, Lex Aequa asked the Bureau to publish its report before the end of January. Two days "
            "later, Lex Aequa co-hosted a side event with Chile."
        ),
        "2023-12-19",
        "Lex Aequa=org:lex-aequa; the Bureau=court:asp-bureau; Chile=state:cl",
        ("side_event", {"organizer": ["org:lex-aequa", "state:cl"]}, "2023-12-08"),
    ),
    # the document's own voice in the present speaks on the document's day, not on the date of the
    # statement it welcomes
    (
        "present-voice-noun-date",
        (
            "Lex Aequa welcomes the statement of the President of the Assembly of last week, which expressed "
            "regret at the withdrawal."
        ),
        "2026-05-14",
        "Lex Aequa=org:lex-aequa; President of the Assembly=person:paivi-kaukoranta",
        ("support", {"beneficiary": ["person:paivi-kaukoranta"]}, "2026-05-14"),
    ),
    # a commitment in the future tense, after an earlier letter of the same speaker: today's
    (
        "future-voice-after-letter",
        (
            "Earlier this month, Lex Aequa wrote to the Bureau.\n\nLooking ahead, Lex Aequa will continue to "
            "document attacks on the Court and will report in February."
        ),
        "2023-12-19",
        f"Lex Aequa=org:lex-aequa; the Bureau=court:asp-bureau; {ICC}",
        ("commitment", {"agent": ["org:lex-aequa"]}, "2023-12-19"),
    ),
    # a reaction's date is not the act's: "welcomed today the deposit ... on 14 November"
    (
        "reaction-not-act-date",
        (
            "The President of the Assembly warmly welcomed today the deposit by Armenia of its instrument of "
            "ratification of the Rome Statute on 14 November 2023."
        ),
        "2023-11-15",
        "President of the Assembly=person:paivi-kaukoranta; Armenia=state:am; Rome Statute=instrument:rome-statute",
        ("membership_change", {"state": ["state:am"]}, "2023-11-14"),
    ),
    # but a date that follows the act's noun is the act's: "on your election yesterday"
    (
        "date-after-act-noun",
        "The Assembly adopted the budget. We congratulate the President on her election yesterday by the Assembly.",
        "2023-12-05",
        "the Assembly=court:asp; The Assembly=court:asp; the President=person:paivi-kaukoranta",
        ("decision", {"body": ["court:asp"]}, "2023-12-05"),
    ),
    # a noun trigger is dated by the predicate it is the subject of, not by the reporting clause
    (
        "noun-subject-predicate",
        "On 3 May 2026, the Court recalled that the withdrawal of Hungary becomes effective on 2 June 2026.",
        "2026-05-14",
        f"{ICC}; Hungary=state:hu",
        ("membership_change", {"state": ["state:hu"]}, "2026-06-02"),
    ),
    # "In a statement issued on Thursday, X rejected ...": the statement's day is the act's
    (
        "statement-occasion",
        "In a statement issued on Thursday, the Bureau of the Assembly rejected the sanctions of the United States.",
        "2025-08-25",
        f"{US}; Bureau of the Assembly=court:asp-bureau",
        ("condemnation", {"agent": ["court:asp-bureau"]}, "2025-08-21"),
    ),
    # a session's days told in the text beat the knowledge base; "on the first day", "on the eve of the
    # session" are counted from them
    (
        "session-first-day-told",
        (
            "The resumed twenty-second session of the Assembly of States Parties took place in New York on 6 and 7 "
            "June 2024.\n\nOn the first day, the President of the Assembly met the Registrar, Osvaldo Zavala Giler."
        ),
        "2024-06-07",
        (
            "twenty-second session of the Assembly of States Parties=session:asp-22; President of the Assembly="
            "person:paivi-kaukoranta; Osvaldo Zavala Giler=person:osvaldo-zavala-giler"
        ),
        ("meeting", {"participant": ["person:paivi-kaukoranta", "person:osvaldo-zavala-giler"]}, "2024-06-06"),
    ),
    # the participle of the trigger's "of" phrase dates it, not the clause it sits in
    (
        "warrant-of-arrest-issued",
        (
            "We recall that last year Mongolia received Vladimir Putin, the subject of a warrant of arrest issued by "
            "Pre-Trial Chamber II in March 2023, and did not arrest him."
        ),
        "2025-12-02",
        "Mongolia=state:mn; Vladimir Putin=person:vladimir-putin; Pre-Trial Chamber II=court:pre-trial-chamber-2",
        ("arrest_warrant", {"subject": ["person:vladimir-putin"]}, "2023-03"),
    ),
    # a past reaction told without a date inherits the date its paragraph opens with
    (
        "paragraph-lead-date",
        (
            "On 3 September, Vladimir Putin travelled to Mongolia and was not arrested. Lex Aequa condemned the "
            "visit. The Chamber later found that Mongolia had failed to comply."
        ),
        "2025-01-15",
        "Vladimir Putin=person:vladimir-putin; Mongolia=state:mn; Lex Aequa=org:lex-aequa",
        ("condemnation", {"agent": ["org:lex-aequa"]}, "2024-09-03"),
    ),
    # "earlier this week" gives no day of its own to what the next paragraph reports
    (
        "week-no-passage-day",
        (
            "Several governments on Thursday demanded the release of a staff member of the Court who was detained "
            "in Bangui earlier this week.\n\nLex Aequa demanded that the Central African Republic free the "
            "investigator without conditions."
        ),
        "2026-05-14",
        f"{ICC}; Lex Aequa=org:lex-aequa; Central African Republic=state:cf",
        ("demand", {"claimant": ["org:lex-aequa"]}, "2026-05-14"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_event_date_case(nlp, case):
    _, text, doc_date, entities, (etype, roles, date), *author = case
    ctx = make_context(nlp, text, entities, date=doc_date, author=author[0] if author else "")
    events = run_events(ctx)
    found = [e for e in events if matches(e, etype, roles, {"date": date})]
    assert found, [(e.type, e.roles, e.date) for e in events]


ANCHOR = dt.date(2023, 12, 19)
# text -> [(matched text, value)] of the mentions named
PHRASES = [
    ("to reply before the end of January.", [("the end of January", "2024-01")]),
    ("to reply by 31 January.", [("31 January", "2024-01-31")]),
    ("On 3 April X left. Later that month, Y.", [("Later that month", "2023-04")]),
    ("On 3 April X left. The following month, Y.", [("The following month", "2023-05")]),
    ("On 6 December X spoke. The next morning, Y.", [("The next morning", "2023-12-07")]),
    ("On 6 December X spoke. The day before, Y.", [("The day before", "2023-12-05")]),
    ("Last updated 3 May. On 6 December X spoke.", [("6 December", "2023-12-06")]),
    ("In March 2023 it began. In January it ended.", [("January", "2023-01")]),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    got = {d.text: d.value for d in find_dates(text, ANCHOR)}
    for phrase, value in expected:
        assert got.get(phrase) == value, got

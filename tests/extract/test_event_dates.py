"""Which date an event gets: a table of sentences, each with the document's date and the expected
(type, date, end_date) of one of its events."""

from __future__ import annotations

import pytest

from romewatch.extract import extract_text

CASES = [
    # the date attached to the trigger
    (
        (
            "On 6 February 2025, the United States imposed sanctions on the Prosecutor of the International "
            "Criminal Court, Karim Khan."
        ),
        "2025-03-01",
        ("sanction", "2025-02-06", None),
    ),
    # a recalled past event keeps its year, never the document's date
    (
        "In 2020, the United States sanctioned the Prosecutor of the International Criminal Court, Fatou Bensouda.",
        "2025-06-01",
        ("sanction", "2020", None),
    ),
    # the date of another noun ("Order ... of 11 June 2020") is not the designation's
    (
        (
            "On 2 September 2020, the United States designated the Prosecutor, Fatou Bensouda, under Executive "
            "Order 13928 of 11 June 2020."
        ),
        "2021-01-10",
        ("sanction", "2020-09-02", None),
    ),
    # a noun's own relative clause dates it
    (
        (
            "The sanctions that the United States imposed in September 2020 on the Prosecutor, Fatou Bensouda, "
            "were lifted in April 2021."
        ),
        "2021-12-01",
        ("sanction", "2020-09", None),
    ),
    # a month without its year, read against the document's date
    (
        "ICC judges issued arrest warrants for Vladimir Putin last November, the court said.",
        "2024-04-03",
        ("arrest_warrant", "2023-11", None),
    ),
    (
        "In October, Vladimir Putin visited Tajikistan, a State Party since 2000, and was not arrested.",
        "2025-12-03",
        ("fugitive_visit", "2025-10", None),
    ),
    # "the previous day": the day before the last day told
    (
        (
            "On 19 January 2025, Italian police arrested Osama Almasri in Turin on a warrant issued by Pre-Trial "
            "Chamber I the previous day."
        ),
        "2025-02-01",
        ("arrest_warrant", "2025-01-18", None),
    ),
    # year-only when the text says only the year
    ("Burundi withdrew from the Rome Statute in 2017.", "2019-05-05", ("membership_change", "2017", None)),
    # the opening address: the session's first day (from the knowledge base)
    (
        (
            "In her opening address to the twenty-fourth session of the Assembly, the President of the Assembly "
            "called on States Parties to cooperate fully with the Court."
        ),
        "2025-12-10",
        ("demand", "2025-12-01", None),
    ),
    # a side event with no date of its own: its session's dates; a year inside its title is not its date
    (
        (
            'The Coalition for the International Criminal Court organised a side event titled "Justice since 2002" '
            "at the twenty-fourth session of the Assembly."
        ),
        "2025-12-20",
        ("side_event", "2025-12-01", "2025-12-05"),
    ),
    # a range gives date and end_date
    (
        "The Assembly of States Parties held its twenty-third session from 2 to 6 December 2024 in The Hague.",
        "2024-12-20",
        ("assembly_session", "2024-12-02", "2024-12-06"),
    ),
    # a wire dateline without its year, fixed by the lead's weekday; "on Thursday" is the dateline's day
    (
        "BUDAPEST, April 3 (Wire) - Hungary said on Thursday it would withdraw from the International Criminal Court.",
        None,
        ("commitment", "2025-04-03", None),
    ),
    # a header glued to the lead: the lead's "today", not nothing
    (
        (
            "THE HAGUE, 12 March 2025 - Pre-Trial Chamber I of the International Criminal Court today issued a "
            "decision finding that Mongolia failed to comply with its obligations."
        ),
        None,
        ("non_cooperation_finding", "2025-03-12", None),
    ),
    # "said on Thursday that it would ...": the weekday is the saying's, in the past, not next Thursday
    (
        (
            "The International Criminal Court said on Thursday that it would not be deterred, a day after the "
            "United States sanctioned two of its judges."
        ),
        "2025-08-22",
        ("statement", "2025-08-21", None),
    ),
    # what is asked is dated when it is asked, not by the deadline it sets
    (
        "Amnesty International urged the Bureau of the Assembly to meet Mongolia before the end of January.",
        "2025-12-02",
        ("demand", "2025-12-02", None),
    ),
    # a commitment is dated when it is made, not by the year it looks ahead to
    (
        "The Assembly resolved to hold a further special session in 2029.",
        "2025-07-10",
        ("commitment", "2025-07-10", None),
    ),
    # the session told by its closing day is still the session: its first day and its last
    (
        "The twenty-fourth session of the Assembly of States Parties concluded on 5 December 2025 in The Hague.",
        "2025-12-05",
        ("assembly_session", "2025-12-01", "2025-12-05"),
    ),
    # a heading names the act its lead dates ("announced yesterday, 20 August 2025")
    (
        (
            "Statement on the designation of further ICC officials by the United States\n\n"
            "The Presidency of the Assembly of States Parties learned with regret of the decision announced "
            "yesterday, 20 August 2025, by the United States to designate two judges of the International "
            "Criminal Court."
        ),
        "2025-08-21",
        ("sanction", "2025-08-20", None),
    ),
    # "said on Monday it had detected ...": the weekday right after the speech verb is the saying's
    (
        "The International Criminal Court said on Monday it had detected and contained a new cyber security incident.",
        "2025-07-01",
        ("statement", "2025-06-30", None),
    ),
    # what the same speaker says later, undated, is dated by the statement told before
    (
        (
            "The International Criminal Court said on Monday it had detected a new cyber incident.\n\n"
            "The court said that it would keep States Parties informed."
        ),
        "2025-07-01",
        ("commitment", "2025-06-30", None),
    ),
    # a deadline inside what is asked is not the day it was asked
    (
        "Pre-Trial Chamber I invited Italy to provide, by 31 October 2025, information on the domestic proceedings.",
        "2026-01-26",
        ("demand", "2026-01-26", None),
    ),
    # what a third party says in a paragraph about a day of the news is dated by that day
    (
        (
            "On 12 December, the Assembly elected Ms Fatou Bensouda as the second Prosecutor of the International "
            "Criminal Court. In her acceptance speech, she pledged to carry out her mandate independently."
        ),
        "2011-12-21",
        ("commitment", "2011-12-12", None),
    ),
    # an act left undated takes the last date its paragraph told, not the document's
    (
        (
            "Since February, the United States has used Executive Order 14203 against the Court's officials. "
            "The Prosecutor, Karim Khan, was designated first."
        ),
        "2025-12-02",
        ("sanction", "2025-02", None),
    ),
    # a resolution recalled by its number was adopted at its session, not on the document's day
    (
        (
            "It is now less than a year since the Assembly adopted its procedures relating to non-cooperation "
            "(ICC-ASP/10/Res.5)."
        ),
        "2012-11-22",
        ("decision", "2011-12", None),
    ),
    # paragraphs told one a line: the date of the paragraph before is not carried over
    (
        (
            "In March 2023, the Court issued a warrant for the arrest of Vladimir Putin.\n"
            "The Prosecutor, Karim Khan, was designated by the United States under Executive Order 14203."
        ),
        "2025-12-02",
        ("sanction", "2025-12-02", None),
    ),
    # "N days after ...": the clause is dated from the day its governing clause gives
    (
        (
            "Two days after the Chamber issued the warrant for Vladimir Putin, he travelled to Mongolia on "
            "2 September 2024."
        ),
        "2024-10-01",
        ("arrest_warrant", "2024-08-31", None),
    ),
    # a third party's words in the paragraph after the day told (same section) take that day
    (
        (
            "On 3 December, the Assembly held its first plenary discussion on non-cooperation.\n\n"
            "The President of the Assembly, Ms Paivi Kaukoranta, said that the discussion had shown a shared "
            "determination to make the procedures work."
        ),
        "2025-12-05",
        ("statement", "2025-12-03", None),
    ),
    # a state that lasts to the document's day ("has long supported") is not dated by the day told before
    (
        (
            "The United States imposed sanctions on four judges of the International Criminal Court on 5 June "
            "2025.\n\nThe European Union has long supported the International Criminal Court."
        ),
        "2025-06-19",
        ("support", "2025-06-19", None),
    ),
    # a paragraph opening on a definite act noun takes up the day the paragraph before told
    (
        (
            "The US Treasury on Wednesday widened its campaign against the International Criminal Court.\n\n"
            "The designation of Judge Kimberly Prost and Judge Nicolas Guillou by the United States was made "
            "under Executive Order 14203."
        ),
        "2025-08-21",
        ("sanction", "2025-08-20", None),
    ),
    # "Speaking ... on Wednesday, X said": the participle's weekday is the saying's, in the past even when
    # the words said speak of what "would" happen
    (
        "Speaking to reporters on Wednesday, the Prosecutor Karim Khan said that the Court would not be intimidated.",
        "2025-04-04",
        ("statement", "2025-04-02", None),
    ),
    # "A week after the warrant was issued on 17 March 2023, ...": counted from the clause's day
    (
        ("A week after the warrant was issued on 17 March 2023, Russia opened a criminal case against the "
        "Prosecutor, Karim Khan."),
        "2023-05-01",
        ("threat", "2023-03-24", None),
    ),
    # two dates, two events: each takes its own clause's
    (
        "Ukraine deposited its instrument of ratification of the Rome Statute on 25 October 2024.",
        "2025-02-01",
        ("membership_change", "2024-10-25", None),
    ),
]


@pytest.mark.parametrize(("text", "doc_date", "expected"), CASES)
def test_event_date(text: str, doc_date: str | None, expected: tuple[str, str | None, str | None]) -> None:
    events = extract_text(text, date=doc_date).to_contract()["events"]
    etype = expected[0]
    got = [(e["type"], e["date"], e["end_date"]) for e in events if e["type"] == etype]
    assert expected in got, got

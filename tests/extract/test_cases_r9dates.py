"""Round 9, dates: short passages in the forms wires, long reads, Court registries, NGOs, ministries
and UN experts date what they tell, each with the date an analyst would record for one event.

Written before the rules were looked at (round 9 genre probe): relative days read against the
document's date or the last date told ("the following week", "later that month", "a year earlier",
"on Monday" in a wire dated Thursday, "earlier this year", "last November"), year-less wire datelines,
ranges, months told without their year, US and numeric forms, dates cut by a PDF line break, session
numbers, and near-misses (a deadline, a term, a birth) that must not date the event.
The referee counts a hit when the predicted date starts with the expected one.
"""

from __future__ import annotations

import pytest

from .events_support import case_ids, with_xfail
from .page_probes import assert_dated, assert_document_date

# (id, document date or None (read from the text), text, event type, expected date prefix[, attributes])
PROBES = [
    # --- year-less wire datelines
    (
        "wire-weekday-days-back",
        None,
        (
            "WASHINGTON, Nov 14 (Reuters) - The United States on Tuesday imposed sanctions on two judges of the "
            "International Criminal Court, the Treasury said.\n\n(c) 2025 Reuters"
        ),
        "sanction",
        "2025-11-11",
    ),
    (
        "wire-weekday-same-day",
        None,
        (
            "THE HAGUE, June 5 (Reuters) - The United States on Thursday imposed sanctions on four judges of the "
            "International Criminal Court."
        ),
        "sanction",
        "2025-06-05",
    ),
    # --- relative days counted from the document's date
    (
        "monday-in-thursday-wire",
        "2025-06-05",
        "The Netherlands on Monday condemned the sanctions imposed on the International Criminal Court.",
        "condemnation",
        "2025-06-02",
    ),
    (
        "earlier-this-year",
        "2025-10-01",
        "Earlier this year, the United States imposed sanctions on the Prosecutor of the International Criminal Court.",
        "sanction",
        "2025",
    ),
    (
        "last-november",
        "2025-06-01",
        "Last November, Pre-Trial Chamber I issued arrest warrants for Benjamin Netanyahu and Yoav Gallant.",
        "arrest_warrant",
        "2024-11",
    ),
    (
        "earlier-this-month",
        "2025-06-20",
        "Earlier this month, Washington designated four judges of the International Criminal Court.",
        "sanction",
        "2025-06",
    ),
    (
        "month-without-year-january-text",
        "2026-01-15",
        "In December, the Assembly of States Parties adopted the programme budget for 2026.",
        "decision",
        "2025-12",
    ),
    (
        "late-month",
        "2025-03-01",
        "In late January, the Netherlands condemned the threats against the International Criminal Court.",
        "condemnation",
        "2025-01",
    ),
    (
        "mid-month",
        "2025-03-01",
        "In mid-February, the United States sanctioned the Prosecutor of the International Criminal Court.",
        "sanction",
        "2025-02",
    ),
    (
        "end-of-last-year",
        "2025-03-01",
        "At the end of last year, the Assembly of States Parties elected six new judges of the Court.",
        "decision",
        "2024",
    ),
    # --- relative to the last date told
    (
        "the-following-week",
        "2025-06-20",
        (
            "On 5 June 2025 the United States designated four judges of the International Criminal Court. The "
            "following week, the European Union condemned the designations."
        ),
        "condemnation",
        "2025-06-09",
    ),
    (
        "later-that-month",
        "2025-06-20",
        (
            "On 3 April 2025 Hungary announced that it would withdraw from the Rome Statute. Later that month, "
            "the Netherlands condemned the decision."
        ),
        "condemnation",
        "2025-04",
    ),
    (
        "a-year-earlier",
        "2025-06-20",
        (
            "Burundi's withdrawal from the International Criminal Court took effect in October 2017. A year earlier, "
            "it had notified the Secretary-General of its withdrawal."
        ),
        "membership_change",
        "2016",
        {"action": "withdrawal_notice"},
    ),
    (
        "two-days-later",
        "2025-03-20",
        (
            "Rodrigo Duterte was arrested in Manila on 11 March 2025. Two days later, Amnesty International "
            "welcomed the arrest."
        ),
        "support",
        "2025-03-13",
    ),
    (
        "of-that-year",
        "2026-03-12",
        (
            "The Prosecutor asked judges to authorise an investigation in June 2021. The Pre-Trial Chamber granted the "
            "request in September of that year."
        ),
        "decision",
        "2021-09",
    ),
    # --- forms
    (
        "us-abbrev",
        "2025-02-10",
        (
            "President Trump signed an executive order on Feb. 6 authorizing sanctions against the International "
            "Criminal Court."
        ),
        "sanction",
        "2025-02-06",
    ),
    (
        "ordinal-of-month",
        "2025-03-01",
        (
            "On the 13th of February, the United States Treasury designated the Prosecutor of the International "
            "Criminal Court."
        ),
        "sanction",
        "2025-02-13",
    ),
    (
        "us-ordinal",
        "2025-03-01",
        "The United States sanctioned the Prosecutor of the International Criminal Court on February 13th, 2025.",
        "sanction",
        "2025-02-13",
    ),
    (
        "pdf-wrapped-date",
        "2017-07-06",
        "   1.   On 4 March\n   2009, Pre-Trial Chamber I issued a warrant of arrest against Omar Al-Bashir.",
        "arrest_warrant",
        "2009-03-04",
    ),
    (
        "range-session",
        "2025-11-01",
        "The Assembly of States Parties will hold its twenty-fourth session from 1 to 6 December 2025 in The Hague.",
        "assembly_session",
        "2025-12-01",
    ),
    (
        "session-number",
        "2025-03-01",
        "At its twenty-second session, the Assembly of States Parties adopted a resolution on the crime of aggression.",
        "decision",
        "2023-12",
    ),
    # --- requested warrants keep their own day
    (
        "requested-warrants-on-date",
        "2025-01-24",
        (
            "The Prosecutor of the International Criminal Court requested arrest warrants for two Taliban leaders "
            "on 23 January 2025."
        ),
        "arrest_warrant",
        "2025-01-23",
    ),
    (
        "applied-for-warrants-weekday",
        "2025-01-24",
        "ICC Prosecutor Karim Khan on Thursday applied for an arrest warrant against the Taliban's supreme leader.",
        "arrest_warrant",
        "2025-01-23",
    ),
    (
        "reported-act-own-date",
        "2025-06-12",
        (
            "The State Department said on Wednesday that it had sanctioned four judges of the International Criminal "
            "Court on 5 June."
        ),
        "sanction",
        "2025-06-05",
    ),
    # --- near-misses: a deadline, a term, a past told in a relative clause do not date the event
    (
        "deadline-not-demand-date",
        "2025-06-01",
        "Amnesty International urged States Parties to adopt blocking statutes by 31 December 2025.",
        "demand",
        "2025-06-01",
    ),
    (
        "relcl-term-not-sanction-date",
        "2025-08-21",
        "The United States yesterday sanctioned Judge Kimberly Prost, who was elected to the Court in 2017.",
        "sanction",
        "2025-08-20",
    ),
    (
        "present-reject-of-dated-act",
        "2025-08-22",
        (
            "Slovenia strongly rejects the decision of the United States of 20 August to impose sanctions on two judges "
            "of the International Criminal Court."
        ),
        "condemnation",
        "2025-08-22",
    ),
    (
        "had-condemned-in-june",
        "2025-08-22",
        "Slovenia had already condemned the designations of four judges of the International Criminal Court in June.",
        "condemnation",
        "2025-06",
    ),
    # --- scraped pages and PDF-shaped documents
    (
        "court-decision-title",
        None,
        (
            "                                     ICC-02/05-01/09-302\n      Pre-Trial Chamber II\n      Date: 6 July 2017\n\n"
            "   DECISION under article 87(7) of the Rome Statute on the non-compliance by South\n"
            "   Africa with the request by the Court for the arrest and surrender of Omar Al-Bashir\n\n"
            "   1.   On 4 March 2009, the Chamber issued a warrant of arrest against Omar\n   Al-Bashir.\n\n"
            "   2.   For these reasons, the Chamber finds that South Africa failed to comply with its\n"
            "   obligations under the Statute and decides not to refer the matter to the Security Council."
        ),
        "decision",
        "2017-07-06",
    ),
    (
        "scraped-headline-then-lead",
        None,
        (
            "Home | News | Media\nShare this\n\n12 June 2025\n\nUS sanctions four ICC judges\n\n"
            "The United States has imposed sanctions on four judges of the International Criminal Court.\n\nRelated"
        ),
        "sanction",
        "2025-06-12",
    ),
    (
        "later-paragraph-undated-act",
        "2025-08-21",
        (
            "On 5 June, the United States designated four judges of the International Criminal Court.\n\n"
            "Criticism has grown since. The United States imposed sanctions on two more judges and two deputy "
            "prosecutors, the Treasury said."
        ),
        "sanction",
        "2025-08-21",
    ),
    # --- round 9, second batch: more relative forms
    (
        "late-last-month",
        "2025-07-10",
        "Late last month, the United States imposed sanctions on four judges of the International Criminal Court.",
        "sanction",
        "2025-06",
    ),
    (
        "friday-in-monday-text",
        "2025-06-09",
        "Italy on Friday rejected the arrest warrant issued by the International Criminal Court.",
        "condemnation",
        "2025-06-06",
    ),
    (
        "over-the-weekend",
        "2025-06-09",
        "Over the weekend, Hungary formally notified the United Nations of its withdrawal from the Rome Statute.",
        "membership_change",
        "2025-06-0",
    ),
    (
        "two-weeks-ago",
        "2025-06-19",
        "Two weeks ago, the United States imposed sanctions on four judges of the International Criminal Court.",
        "sanction",
        "2025-06",
    ),
    (
        "last-year-warrant",
        "2025-06-19",
        "Last year the International Criminal Court issued an arrest warrant for Benjamin Netanyahu.",
        "arrest_warrant",
        "2024",
    ),
    (
        "the-day-before",
        "2025-06-19",
        (
            "On 6 February 2025 the International Criminal Court condemned the executive order. The day before, "
            "President Trump had signed it, authorising sanctions against the Court."
        ),
        "condemnation",
        "2025-02-06",
    ),
    (
        "weekday-and-date",
        "2025-06-19",
        "On Thursday, 5 June, the United States imposed sanctions on four judges of the International Criminal Court.",
        "sanction",
        "2025-06-05",
    ),
    (
        "range-across-months",
        "2025-11-01",
        (
            "The Assembly of States Parties will hold its twenty-fifth session in New York from 28 November to 3 "
            "December 2026."
        ),
        "assembly_session",
        "2026-11-28",
    ),
    (
        "between-range",
        "2025-11-01",
        "The twenty-fourth session of the Assembly of States Parties will take place between 1 and 6 December 2025.",
        "assembly_session",
        "2025-12-01",
    ),
    (
        "numeric-dmy",
        "2025-02-10",
        "On 06.02.2025 the United States imposed sanctions on the International Criminal Court.",
        "sanction",
        "2025-02-06",
    ),
    (
        "headline-with-date-scraped",
        None,
        (
            "Menu\nSearch\n\nUS sanctions four ICC judges | 6 June 2025\n\nThe United States on Thursday imposed "
            "sanctions on four judges of the International Criminal Court.\n\nShare this"
        ),
        "sanction",
        "2025-06-05",
    ),
    (
        "said-today-of-yesterday",
        "2025-08-21",
        (
            "The European Union today condemned the sanctions the United States imposed yesterday on two judges "
            "of the International Criminal Court."
        ),
        "condemnation",
        "2025-08-21",
    ),
    (
        "previous-paragraph-month-then-today",
        "2025-08-21",
        (
            "In June, the United States designated four judges.\n\n"
            "Today, Slovenia condemned the sanctions against the judges of the International Criminal Court."
        ),
        "condemnation",
        "2025-08-21",
    ),
    (
        "nineteenth-session-elected",
        "2025-03-01",
        "At its nineteenth session, the Assembly of States Parties elected Karim Khan as Prosecutor.",
        "decision",
        "2020-12",
    ),
    # --- round 9, third batch: from the causes of misdated events in tune and blind, in other words
    (
        "session-day-then-that-evening",
        "2025-01-20",
        (
            "The twenty-third session of the Assembly of States Parties met in The Hague from 2 to 7 December 2024. "
            "In March 2024 the Pre-Trial Chamber had found that Mongolia failed to arrest Vladimir Putin.\n\n"
            "On its first day, the Assembly elected Judge Tomoko Akane to the Bureau. Human Rights Watch welcomed "
            "the election that evening."
        ),
        "support",
        "2024-12-02",
    ),
    (
        "reduced-relative-not-the-acts-date",
        "2025-07-20",
        (
            "On 9 July 2025, the Secretary of State, Marco Rubio, announced the designation of our colleague "
            "Francesca Albanese, Special Rapporteur on the situation of human rights in the Palestinian territory "
            "occupied since 1967, the first time a mandate holder has been targeted in this way."
        ),
        "sanction",
        "2025-07-09",
    ),
    (
        "final-day-of-numbered-session",
        "2026-02-01",
        (
            "On the last day of its twenty-fourth session, held in The Hague from 1 to 6 December 2025, the Assembly "
            "of States Parties adopted the omnibus resolution by consensus."
        ),
        "decision",
        "2025-12-06",
    ),
    (
        "same-text-continues-the-act",
        "2026-02-01",
        (
            "On the closing day of the twenty-fourth session, held from 1 to 6 December 2025, the Assembly of States "
            "Parties adopted the budget for 2026. In the same resolution, the Assembly decided to replenish the "
            "Working Capital Fund."
        ),
        "decision",
        "2025-12-06",
    ),
    # --- round 9, fourth batch: participles set off by commas
    (
        "present-welcome-of-decision-announced-last-week",
        "2025-12-01",
        (
            "Amnesty International welcomes the decision of Slovenia, announced last week, to host a conference on "
            "the protection of the International Criminal Court in 2026."
        ),
        "support",
        "2025-12-01",
    ),
    (
        "we-applaud-pledge-unveiled-on-date",
        "2025-12-03",
        (
            "We applaud the pledge of the Netherlands, unveiled on 1 December, to increase its voluntary "
            "contribution to the International Criminal Court."
        ),
        "support",
        "2025-12-03",
    ),
    (
        "act-announced-by-on-date",
        "2025-07-18",
        (
            "UN experts today denounced the decision of the United States Government to impose sanctions on "
            "Francesca Albanese, Special Rapporteur on the occupied Palestinian territory, announced by Secretary "
            "of State Marco Rubio on 9 July."
        ),
        "sanction",
        "2025-07-09",
    ),
    # --- round 9, fifth batch: a session named through the Assembly's possessive
    (
        "assemblys-numbered-session",
        "2026-03-01",
        "At the Assembly's twenty-first session, States Parties adopted the programme budget for 2023.",
        "decision",
        "2022-12",
    ),
    (
        "asps-numbered-session-pledge",
        "2026-03-01",
        "During the ASP's 22nd session, Slovenia pledged to ratify the Kampala amendments.",
        "commitment",
        "2023-12",
    ),
    # --- round 9, sixth batch: month ranges, "last <weekday>" on the next day, an instrument's making
    (
        "between-months-range",
        "2025-12-01",
        "Between February and August 2025, the United States designated eleven officials of the International Criminal Court.",
        "sanction",
        "2025-02",
    ),
    (
        "from-months-range-across-year",
        "2025-03-01",
        "From November to January 2025, the United States threatened to sanction the International Criminal Court.",
        "threat",
        "2024-11",
    ),
    (
        "last-weekday-on-next-day",
        "2025-02-14",
        (
            "US President Donald Trump signed an executive order last Thursday imposing sanctions on the International "
            "Criminal Court."
        ),
        "sanction",
        "2025-02-06",
    ),
    (
        "instrument-signed-on-authorises",
        "2025-02-14",
        "The order, signed on the evening of 6 February, authorises sanctions against the International Criminal Court.",
        "sanction",
        "2025-02-06",
    ),
    (
        "subject-participle-past-own-story",
        "2025-06-12",
        "Vladimir Putin, indicted by the Court in March 2023, travelled to Mongolia on Tuesday.",
        "fugitive_visit",
        "2025-06-10",
    ),
    # --- round 9, seventh batch: an act named by a reaction, its day told by the next sentence
    (
        "reaction-then-restated-with-date",
        "2016-11-02",
        (
            "We deplore the decision of the Government of Burundi to withdraw from the Rome Statute. The notification "
            "of withdrawal, signed by the Minister of External Relations, was received by the Secretary-General on "
            "27 October 2016."
        ),
        "membership_change",
        "2016-10-27",
    ),
]

XFAIL = {
    "later-paragraph-undated-act": (
        "entities: 'two more judges and two deputy prosecutors' resolves to no target, so the sanction is folded"
        " into the one told before (finalise._sanctions) and keeps 5 June"
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PROBES, XFAIL), ids=case_ids(PROBES))
def test_r9_probe_date(case):
    _id, date, text, etype, want, *attrs = case
    assert_dated(text, date, etype, want, attrs[0] if attrs else None)


# the document's own date in the headers of scraped pages and PDF-shaped texts (round 9)
DOC_DATES = [
    (
        (
            "   QUARTERLY MONITOR                                    Issue 7 | March 2025\n   Justice Network\n\n"
            "   Since Pre-Trial Chamber I issued a warrant on 21 November 2024, the suspect has travelled twice."
        ),
        "2025-03",
    ),
    ("Newsletter | October 2025\n\nOn 5 June 2025 the United States designated four judges.", "2025-10"),
    ("Home | News\nShare\n\nStatement\n4 Dec 2024\n\nOn 21 November the Court issued warrants.", "2024-12-04"),
    ("Posted 5 December 2025, 14:02\n\nThe Assembly elected judges.", "2025-12-05"),
    ("THE HAGUE, 6 December 2025 \u2013 The session closed.", "2025-12-06"),
    ("Geneva, 27.06.2025\n\nThe experts said the sanctions of 5 June were unlawful.", "2025-06-27"),
]


@pytest.mark.parametrize(("text", "want"), DOC_DATES)
def test_r9_document_date(text, want):
    assert_document_date(text, want)


# two rounds of one measure against the same kind of target: two sanctions, each with its own date
ROUNDS = [
    pytest.param(
        "2025-08-21",
        (
            "On 5 June, the United States designated four judges of the International Criminal Court.\n\n"
            "Criticism has grown since. The United States imposed sanctions on two more judges of the International "
            "Criminal Court, the Treasury said."
        ),
        ["2025-06-05", "2025-08-21"],
        marks=pytest.mark.xfail(
            reason="sanctions: the undated later round is joined to the dated one inside the sanctions reader, before"
            " finalise can tell the rounds apart",
            strict=True,
        ),
    ),
    (
        "2025-09-15",
        (
            "Four judges of the International Criminal Court were designated on 5 June.\n\n"
            "Last month, the United States imposed sanctions on two more judges of the International Criminal Court."
        ),
        ["2025-06-05", "2025-08"],
    ),
    (  # one round told twice: one sanction
        "2025-09-15",
        (
            "Four judges of the International Criminal Court were designated on 5 June.\n\n"
            "The sanctions against the judges of the International Criminal Court were imposed under Executive "
            "Order 14203."
        ),
        ["2025-06-05"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("date", "text", "want"), ROUNDS)
def test_r9_rounds_of_sanctions(date, text, want):
    from romewatch.extract.pipeline import extract_text

    got = sorted(e.date or "" for e in extract_text(text, date=date).events if e.type == "sanction")
    assert len(got) == len(want) and all(g.startswith(w) for g, w in zip(got, want, strict=True)), got

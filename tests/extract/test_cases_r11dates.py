"""Round 11, dates: constructions met in real web pages and wires (written in our own words, never
copied), each with the date an analyst would record for one event.

- a paragraph of a web page ends with a single line break: a year told in one paragraph does not
  carry into the next one's bare "On 4 June" (the document's year does);
- "Last year, ... in May": a relative year told first gives the year of a bare month after it;
- "Under its 2011 Council Decision the Union undertook to ...": a year told on a capitalised noun;
- "In a statement issued on Wednesday, X said ...": the statement's own day;
- "the issuance in 2024 of a warrant": a nominalised act dated between the noun and its "of";
- "24 years after Kyiv first signed it": counted back from the date the sentence tells;
- a quotation in a paragraph of its own ("'...', the minister said.") keeps the day of the
  paragraph before it, and a background act told with its year keeps that year.
The referee counts a hit when the predicted date starts with the expected one.
"""

from __future__ import annotations

import pytest

from .page_probes import assert_dated

# (id, document date, text, event type, expected date prefix)
PROBES = [
    # --- C1: single line breaks between web paragraphs
    (
        "web-paragraph-year-does-not-carry",
        "2024-11-20",
        (
            "In 2022, the prosecutor opened an inquiry into the situation in the country.\n"
            "Pressure has grown since then. On 4 June, the Netherlands condemned the sanctions against the "
            "International Criminal Court."
        ),
        "condemnation",
        "2024-06-04",
    ),
    (
        "web-paragraph-caption-year",
        "2025-01-01",
        (
            "A flag outside the court on 12 April 2021 in The Hague. (Photo: Staff)\n"
            "Armenia formally became a State Party to the Rome Statute on Feb. 1."
        ),
        "membership_change",
        "2025-02-01",
    ),
    (
        "web-paragraph-rapporteur",
        "2024-10-15",
        (
            "The prosecutor's office opened the inquiry in 2021 and has since interviewed hundreds of witnesses.\n"
            "On 3 May, Prosecutor Karim Khan requested arrest warrants for two commanders."
        ),
        "arrest_warrant",
        "2024-05-03",
    ),
    # near-miss: within one paragraph the year told goes on
    (
        "same-paragraph-year-carries",
        "2024-11-20",
        (
            "In March 2023, Pre-Trial Chamber II issued a warrant for Vladimir Putin. On 20 March, Russia "
            "started a criminal case against the Court's Prosecutor."
        ),
        "threat",
        "2023-03-20",
    ),
    # near-miss: a bullet under a year heading keeps the heading's year
    (
        "bullet-under-year-heading",
        "2025-12-01",
        "Key events in 2023:\n- On 17 March, the Court issued an arrest warrant for Vladimir Putin.\n",
        "arrest_warrant",
        "2023-03-17",
    ),
    # --- C2: a relative year told first
    (
        "last-year-bare-month",
        "2025-05-16",
        (
            "Last year, two officials of the Court reported the allegations in May, weeks before Karim Khan "
            "requested arrest warrants for Benjamin Netanyahu."
        ),
        "arrest_warrant",
        "2024",
    ),
    (
        "two-years-ago-bare-month",
        "2025-09-10",
        "Two years ago, in March, the Court issued an arrest warrant for Vladimir Putin.",
        "arrest_warrant",
        "2023",
    ),
    # --- C3: a year told on a capitalised noun
    (
        "year-on-council-decision",
        "2024-11-19",
        "Through a 2011 Council Decision the European Union committed itself to guarding the Court's independence.",
        "commitment",
        "2011",
    ),
    (
        "year-on-action-plan",
        "2025-03-01",
        "Under its 2019 Action Plan, Germany pledged to support the Trust Fund for Victims.",
        "commitment",
        "2019",
    ),
    # --- C4: the statement's own day, told on the statement noun
    (
        "press-release-issued-on-weekday",
        "2025-03-13",
        (
            "The plane landed on Wednesday evening.\n\nThe suspect was detained on Tuesday morning.\n\n"
            "The Court announced in its press release issued on Wednesday that it now held the suspect."
        ),
        "statement",
        "2025-03-12",
    ),
    (
        "statement-published-on-date",
        "2025-07-02",
        (
            "On 25 June, the Netherlands hosted a meeting of donors.\n\n"
            "In a statement published on 30 June, Amnesty International condemned the sanctions against the Court."
        ),
        "condemnation",
        "2025-06-30",
    ),
    # an act told in what a dated statement says, without a day of its own: the statement's day
    (
        "act-in-statement-issued-on",
        "2025-03-14",
        (
            "The suspect landed in the Netherlands late on Wednesday.\n\n"
            "In a communique released on Thursday, the International Criminal Court said that Joseph Kony has been "
            "surrendered to its custody."
        ),
        "arrest_warrant",
        "2025-03-13",
    ),
    (
        "condemnation-in-statement-published-on",
        "2024-09-20",
        (
            "In a statement published on 18 September, the Assembly said the threats against the Prosecutor of the "
            "International Criminal Court are unacceptable."
        ),
        "statement",
        "2024-09-18",
    ),
    (
        "document-filed-on-date",
        "2025-07-22",
        (
            "In a five-page filing submitted on 14 July, defence counsel Peter Haynes urged the Pre-Trial Chamber "
            "to postpone the hearing."
        ),
        "demand",
        "2025-07-14",
    ),
    (
        "video-message-recorded-on",
        "2025-12-08",
        (
            "Speaking in a video message released on 3 December, the Court's Prosecutor "
            "condemned the threats his staff had received."
        ),
        "condemnation",
        "2025-12-03",
    ),
    # --- C5: a nominalised act with its year before its "of"
    (
        "issuance-in-year-of-warrant",
        "2025-06-06",
        "The minister attacked the issuance in 2024 of a Court warrant for Benjamin Netanyahu's arrest.",
        "arrest_warrant",
        "2024",
    ),
    (
        "imposition-in-year-of-sanctions",
        "2025-02-10",
        "Critics recalled the imposition in 2020 of sanctions by the United States on Fatou Bensouda.",
        "sanction",
        "2020",
    ),
    # --- C6: counted back from the sentence's own date
    (
        "years-since-signed",
        "2025-01-01",
        "Ukraine ratified the Rome Statute in August 2024, 24 years after Kyiv first signed it.",
        "membership_change",
        "2024-08",
    ),
    # --- C8: timelines: a line opened by a date and a dash is an entry, not a dateline
    (
        "timeline-entry-historical-present",
        "2021-03-01",
        (
            "Key dates\n\nJuly 1, 2002 \u2013 The Rome Statute enters into force.\n\n"
            "October 27, 2017 \u2013 Burundi leaves the Court, the first State to do so.\n\n"
            "November 16, 2016 \u2013 Moscow announces that it will take back its signature of the Statute."
        ),
        "commitment",
        "2016-11-16",
    ),
    (
        "timeline-entry-membership",
        "2021-03-01",
        (
            "Timeline\n\n17 July 1998 - States adopt the Rome Statute in Rome.\n\n"
            "12 October 2016 - Burundi's parliament votes to leave the Court.\n\n"
            "21 October 2016 - South Africa announces its withdrawal from the Court."
        ),
        "membership_change",
        "2016-10",
    ),
    # near-miss: a single dateline is still the document's date, not an event's
    (
        "single-dateline-not-timeline",
        None,
        "NAIROBI, 14 March 2024 - Kenya condemned the threats made against the Prosecutor last month.",
        "condemnation",
        "2024-03-14",
    ),
    # --- C9: numeric dates whose order the text shows
    (
        "numeric-month-first-list",
        None,
        (
            "Court watch\n\n3/21/2019: Judges rejected the request to open an inquiry.\n\n"
            "4/5/2019: Washington cancels the entry visa of the Court's Prosecutor."
        ),
        "sanction",
        "2019-04-05",
    ),
    # --- C10: "last week" told on a Sunday is the working week just ended
    (
        "last-week-on-sunday",
        "2025-06-08",
        "The United States imposed sanctions last week on four of the Court's judges.",
        "sanction",
        "2025-06",
    ),
    # --- C7: quotations in a paragraph of their own
    (
        "quote-paragraph-after-dated-lead",
        "2025-06-06",
        (
            "AMSTERDAM (Reuters) - The Assembly of States Parties on Friday condemned the sanctions imposed on "
            "four judges.\n\n"
            "\"Such steps only hinder the Court in its work\", the Assembly said in a statement."
        ),
        "statement",
        "2025-06-06",
    ),
    (
        "quote-paragraph-after-last-week",
        "2025-06-06",
        (
            "OSLO (Reuters) - Norway on Tuesday condemned the new sanctions against four of the "
            "Court's judges.\n\n"
            "The measures were announced by Secretary of State Marco Rubio last week.\n\n"
            '"This is an attack on the rule of law," Norwegian foreign minister Espen Barth Eide said in a statement.'
        ),
        "statement",
        "2025-06-03",
    ),
    (
        "quote-added-present-tense",
        "2025-06-06",
        (
            "Ireland on Tuesday condemned the new US sanctions against four ICC judges.\n"
            '"This is an attack on the rule of law," the Irish foreign minister Simon Harris said.\n'
            '"We stand firmly with the Court," he added.'
        ),
        "support",
        "2025-06-03",
    ),
    (
        "quote-paragraph-after-background",
        "2025-12-19",
        (
            "The United States imposed sanctions on Thursday on another two judges of the Court.\n"
            "The judges had voted on Monday to reject an appeal by Israel.\n"
            "\"These sanctions are a flagrant attack on judicial independence,\" the Court said in a statement."
        ),
        "statement",
        "2025-12-18",
    ),
]

XFAIL: dict[str, str] = {
    "issuance-in-year-of-warrant": (
        "a warrant named inside another act's object is 'told' in warrant_nouns (justice) and given no date of "
        "its own words there; the dating rule (_tier: the nominalisation's 'in YEAR of') is in place"
    ),
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(p, id=p[0], marks=[pytest.mark.xfail(reason=XFAIL[p[0]], strict=True)] if p[0] in XFAIL else [])
        for p in PROBES
    ],
)
def test_r11_probe_date(case):
    _id, date, text, etype, want = case
    assert_dated(text, date, etype, want)

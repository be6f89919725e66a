"""Round 5, dates: a probe list of short passages and the date each event should get.

Written from how the genre dates what it tells, not from the rules: an act told with its own day
keeps it; an act recalled ("had already sanctioned ... in February", "the 2023 cyberattack",
"since the warrant was issued in March 2023", "earlier this year") keeps the recalled date; a
wire's reaction is the news of the lead's day; a statement the document makes is the document's
day; an act without a date of its own in a passage that tells one takes the passage's.
The referee counts a hit when the predicted date starts with the expected one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from romewatch.extract.dates import find_dates, parse_iso, yearless_dateline

from .events_support import make_context, run_events
from .page_probes import assert_document_date

US = "United States=state:us; Washington=state:us"
KHAN = "Prosecutor=court:otp; Karim Khan=person:karim-khan"
COURT = "International Criminal Court=court:icc; Court=court:icc; court=court:icc"
RU = "Russia=state:ru; Putin=person:vladimir-putin; Mr Putin=person:vladimir-putin"

# (id, document date, text, entities, event type, role, filler, expected date, author)
PROBES = [
    # --- recalled acts: their own month or year, never the document's day
    (
        "pluperfect-month",
        "2025-12-19",
        "The United States had already sanctioned the Prosecutor in February.",
        f"{US}; {KHAN}",
        "sanction",
        "imposer",
        "state:us",
        "2025-02",
        "",
    ),
    (
        "last-month",
        "2025-03-10",
        "Washington imposed sanctions on the Prosecutor last month.",
        f"{US}; {KHAN}",
        "sanction",
        "imposer",
        "state:us",
        "2025-02",
        "",
    ),
    (
        "participle-in-june",
        "2025-07-10",
        "The sanctions imposed by the United States on four judges in June remain in force, the Court said.",
        f"{US}; {COURT}",
        "sanction",
        "imposer",
        "state:us",
        "2025-06",
        "",
    ),
    (
        "year-adjective",
        "2024-01-15",
        "Delegates recalled the 2023 cyberattack on the Court's systems.",
        COURT,
        "threat",
        "target",
        "court:icc",
        "2023",
        "",
    ),
    (
        "since-clause",
        "2024-05-02",
        (
            "Since the warrant for Mr Putin was issued in March 2023, Russia has opened criminal proceedings "
            "against the Prosecutor."
        ),
        f"{RU}; {KHAN}",
        "arrest_warrant",
        "subject",
        "person:vladimir-putin",
        "2023-03",
        "",
    ),
    (
        "pluperfect-said",
        "2025-12-05",
        "The Court had been the target of a cyber-attack in June, the Registrar said.",
        COURT,
        "threat",
        "target",
        "court:icc",
        "2025-06",
        "",
    ),
    (
        "days-after",
        "2025-12-19",
        "Russia opened a criminal case against the Prosecutor in March 2023, days after the warrant was issued.",
        f"{RU}; {KHAN}",
        "threat",
        "perpetrator",
        "state:ru",
        "2023-03",
        "",
    ),
    (
        "relative-who",
        "2025-11-03",
        "The Prosecutor, who was sanctioned by Washington in February, has been on leave since May.",
        f"{US}; {KHAN}",
        "sanction",
        "imposer",
        "state:us",
        "2025-02",
        "",
    ),
    (
        "pluperfect-after-dated",
        "2025-06-06",
        "On 5 June 2025 the United States designated four judges. It had sanctioned the Prosecutor in February.",
        f"{US}; {KHAN}",
        "sanction",
        "target",
        "court:otp",
        "2025-02",
        "",
    ),
    (
        "earlier-this-year",
        "2026-01-20",
        "The sanctions imposed by the United States last year remain in place.",
        US,
        "sanction",
        "imposer",
        "state:us",
        "2025",
        "",
    ),
    (
        "decision-of",
        "2025-01-10",
        "In its decision of 24 October 2024, Pre-Trial Chamber II found that Mongolia had failed to arrest Mr Putin.",
        f"Pre-Trial Chamber II=court:pre-trial-chamber-2; Mongolia=state:mn; {RU}",
        "non_cooperation_finding",
        "state",
        "state:mn",
        "2024-10-24",
        "",
    ),
    (
        "visit-recalled",
        "2025-02-01",
        "Mongolia hosted Mr Putin in September 2024 despite the warrant against him.",
        f"Mongolia=state:mn; {RU}",
        "fugitive_visit",
        "host",
        "state:mn",
        "2024-09",
        "",
    ),
    (
        "apposed-date",
        "2025-03-01",
        "The listing of Karim Khan, announced by the Treasury on 13 February, froze his assets in the United States.",
        f"{US}; {KHAN}; Treasury=state:us",
        "sanction",
        "target",
        "person:karim-khan",
        "2025-02-13",
        "",
    ),
    (
        "requested-then",
        "2025-01-10",
        "The Prosecutor applied for arrest warrants against Mr Putin on 20 May 2024; the Chamber issued them later.",
        f"{KHAN}; {RU}",
        "arrest_warrant",
        "subject",
        "person:vladimir-putin",
        "2024-05-20",
        "",
    ),
    (
        "since-year",
        "2025-11-01",
        "Since 2023, the Court has faced repeated cyber-attacks.",
        COURT,
        "threat",
        "target",
        "court:icc",
        "2023",
        "",
    ),
    (
        "end-of-month",
        "2025-07-05",
        "The Court suffered a second cyberattack at the end of June.",
        COURT,
        "threat",
        "target",
        "court:icc",
        "2025-06",
        "",
    ),
    (
        "said-had-detected",
        "2025-06-30",
        "The Registry said on Monday that it had detected a cyberattack on the Court late last week.",
        f"Registry=court:registry; {COURT}",
        "threat",
        "target",
        "court:icc",
        "2025-06",
        "",
    ),
    # --- own dates in the forms real pages use
    (
        "on-day-month",
        "2025-03-01",
        "On 7 February, the Court condemned the order in a statement.",
        COURT,
        "condemnation",
        "agent",
        "court:icc",
        "2025-02-07",
        "",
    ),
    (
        "ordinal-of",
        "2025-12-30",
        "On the 19th of December, the Bureau adopted a decision on the venue of the next session.",
        "Bureau=court:asp-bureau",
        "decision",
        "body",
        "court:asp-bureau",
        "2025-12-19",
        "",
    ),
    (
        "mid-month",
        "2025-09-01",
        "In mid-June, Hungary notified the Secretary-General of its withdrawal from the Rome Statute.",
        "Hungary=state:hu; Rome Statute=instrument:rome-statute",
        "membership_change",
        "state",
        "state:hu",
        "2025-06",
        "",
    ),
    (
        "early-year",
        "2025-11-01",
        "In early 2025, the United States imposed sanctions on the Prosecutor.",
        f"{US}; {KHAN}",
        "sanction",
        "imposer",
        "state:us",
        "2025",
        "",
    ),
    (
        "following-week",
        "2025-11-20",
        (
            "The Chamber found on 17 October that Italy had failed to cooperate. The following week, Italy rejected "
            "the finding."
        ),
        "Italy=state:it; Chamber=court:chambers",
        "condemnation",
        "agent",
        "state:it",
        "2025-10",
        "",
    ),
    (
        "en-dash-range",
        "2022-12-10",
        "The Assembly held its twenty-first session in The Hague from 5\u20139 December 2022.",
        "Assembly=court:asp; twenty-first session=session:asp-21; The Hague=place:the-hague",
        "assembly_session",
        "session",
        "session:asp-21",
        "2022-12-05",
        "",
    ),
    (
        "announced-on",
        "2025-09-30",
        "Burkina Faso, Mali and Niger announced on 22 September 2025 that they would withdraw from the Rome Statute.",
        "Burkina Faso=state:bf; Mali=state:ml; Niger=state:ne; Rome Statute=instrument:rome-statute",
        "membership_change",
        "state",
        "state:bf",
        "2025-09-22",
        "",
    ),
    (
        "voted-on",
        "2025-12-15",
        "Venezuela's National Assembly voted on 11 December to repeal the law ratifying the Rome Statute.",
        "Venezuela=state:ve; Rome Statute=instrument:rome-statute",
        "membership_change",
        "state",
        "state:ve",
        "2025-12-11",
        "",
    ),
    (
        "on-weekday",
        "2025-07-10",
        "ICC judges on Tuesday issued arrest warrants for two Taliban leaders, Haibatullah Akhundzada and Abdul Hakim Haqqani.",
        (
            "ICC=court:icc; Haibatullah Akhundzada=person:haibatullah-akhundzada; "
            "Abdul Hakim Haqqani=person:abdul-hakim-haqqani"
        ),
        "arrest_warrant",
        "subject",
        "person:haibatullah-akhundzada",
        "2025-07-08",
        "",
    ),
    # --- the document's own date from odd headers
    (
        "arabic-comma-header",
        None,
        "Statement\n22\u060c Dec 2022\n\nWe welcome the election of the new Registrar.",
        "Registrar=court:registry",
        "support",
        "agent",
        "org:jwb",
        "2022-12-22",
        "org:jwb",
    ),
    (
        "ddmm-published",
        None,
        "Published: 03/12/2024\n\nAmnesty International today condemned the threats against the Court.",
        f"Amnesty International=org:amnesty; {COURT}",
        "condemnation",
        "agent",
        "org:amnesty",
        "2024-12-03",
        "",
    ),
    (
        "pipe-header",
        None,
        "5 December 2024 | Press release\n\nThe Assembly today adopted a resolution on cooperation.",
        "Assembly=court:asp",
        "decision",
        "body",
        "court:asp",
        "2024-12-05",
        "",
    ),
    (
        "us-dateline",
        None,
        (
            "WASHINGTON, December 18, 2025 \u2014 Secretary Rubio announced sanctions on two judges of the International "
            "Criminal Court."
        ),
        f"{US}; WASHINGTON=place:washington; Rubio=person:marco-rubio; {COURT}",
        "sanction",
        "target",
        "court:icc",
        "2025-12-18",
        "",
    ),
    (
        "mmdd-posted",
        None,
        "Posted 12/18/2025\n\nThe United States today sanctioned two judges of the Court.",
        f"{US}; {COURT}",
        "sanction",
        "imposer",
        "state:us",
        "2025-12-18",
        "",
    ),
    # --- what the document itself says: its own day
    (
        "we-condemn",
        "2025-12-03",
        "We condemn the sanctions imposed by the United States on the Court earlier this year.",
        f"{US}; {COURT}",
        "condemnation",
        "agent",
        "org:jwb",
        "2025-12-03",
        "org:jwb",
    ),
    (
        "we-condemn-the-recalled",
        "2025-12-03",
        "We condemn the sanctions imposed by the United States on the Court in February.",
        f"{US}; {COURT}",
        "sanction",
        "imposer",
        "state:us",
        "2025-02",
        "org:jwb",
    ),
    (
        "today-urged",
        "2025-12-01",
        "The Coalition for the ICC today urged States Parties to protect the Court.",
        f"Coalition for the ICC=org:cicc; States Parties=court:states-parties; {COURT}",
        "demand",
        "claimant",
        "org:cicc",
        "2025-12-01",
        "",
    ),
    # --- the passage's day: previous sentence, the same day, a paragraph's lead
    (
        "same-day",
        "2025-08-25",
        "On 20 August 2025, Washington designated two more judges. The Court denounced the measures the same day.",
        f"{US}; {COURT}",
        "condemnation",
        "agent",
        "court:icc",
        "2025-08-20",
        "",
    ),
    (
        "also-carry",
        "2025-08-25",
        "On 20 August 2025, Washington designated Judge Kimberly Prost. It also sanctioned Judge Nicolas Guillou.",
        f"{US}; Kimberly Prost=person:kimberly-prost; Nicolas Guillou=person:nicolas-guillou",
        "sanction",
        "target",
        "person:nicolas-guillou",
        "2025-08-20",
        "",
    ),
    (
        "in-a-statement-on",
        "2025-09-10",
        (
            "In a statement on Tuesday, Amnesty International condemned the sanctions imposed on three Palestinian "
            "organisations on 4 September."
        ),
        "Amnesty International=org:amnesty",
        "condemnation",
        "agent",
        "org:amnesty",
        "2025-09-09",
        "",
    ),
    (
        "reaction-names-act",
        "2025-09-10",
        (
            "In a statement on Tuesday, Amnesty International condemned the sanctions imposed by the United States on "
            "Al-Haq on 4 September."
        ),
        f"Amnesty International=org:amnesty; {US}; Al-Haq=org:al-haq",
        "sanction",
        "target",
        "org:al-haq",
        "2025-09-04",
        "",
    ),
    # --- wires: a reaction is the news of the lead's day
    (
        "wire-lead-is-today",
        "2024-10-25",
        (
            "THE HAGUE, 25 October 2024 (Wire) - Rights groups on Friday pressed the Assembly of States Parties to "
            "act on Mongolia.\n\nPre-Trial Chamber II found on Thursday that Mongolia had failed to arrest Mr Putin."
            "\n\nAmnesty International urged the Assembly to take up the finding without delay."
        ),
        (
            f"Assembly of States Parties=court:asp; Assembly=court:asp; Mongolia=state:mn; {RU}; "
            "Amnesty International=org:amnesty; Pre-Trial Chamber II=court:pre-trial-chamber-2"
        ),
        "demand",
        "claimant",
        "org:amnesty",
        "2024-10-25",
        "",
    ),
    (
        "wire-own-paragraph-day",
        "2024-11-22",
        (
            "BRUSSELS, 22 November 2024 (Wire) - Governments offered sharply different responses on Friday to the "
            "warrants.\n\nUS President Joe Biden condemned the warrants in a statement late on Thursday. "
            '"There is no equivalence," Biden said.'
        ),
        "Joe Biden=person:joe-biden; Biden=person:joe-biden",
        "condemnation",
        "agent",
        "person:joe-biden",
        "2024-11-21",
        "",
    ),
    (
        "wire-condemned",
        "2025-02-07",
        (
            "WASHINGTON, Feb 7 (Wire) - President Donald Trump on Thursday signed an order imposing sanctions on the "
            "International Criminal Court.\n\nThe court condemned the order and said it stood by its staff."
        ),
        f"{US}; Donald Trump=person:donald-trump; {COURT}",
        "condemnation",
        "agent",
        "court:icc",
        "2025-02-06",
        "",
    ),
    (
        "wire-regretted",
        "2025-06-06",
        (
            "THE HAGUE, June 6 (Agency) - The United States on Thursday designated four judges of the International "
            "Criminal Court.\n\nThe Netherlands said it regretted the decision."
        ),
        f"{US}; {COURT}; Netherlands=state:nl",
        "condemnation",
        "agent",
        "state:nl",
        "2025-06-05",
        "",
    ),
    (
        "wire-own-day",
        "2025-06-06",
        (
            "THE HAGUE, June 6 (Agency) - The United States on Thursday designated four judges of the International "
            "Criminal Court.\n\nOn Friday, Slovenia said it deplored the measures."
        ),
        f"{US}; {COURT}; Slovenia=state:si",
        "condemnation",
        "agent",
        "state:si",
        "2025-06-06",
        "",
    ),
    (
        "wire-un-experts",
        "2025-07-10",
        (
            "GENEVA, July 10 (Wire) - The United States on Wednesday sanctioned the UN Special Rapporteur Francesca "
            "Albanese.\n\nUN human rights experts denounced the decision as an attack on the independence of their "
            "mandates."
        ),
        f"{US}; Francesca Albanese=person:francesca-albanese; UN human rights experts=igo:un-experts",
        "condemnation",
        "agent",
        "igo:un-experts",
        "2025-07-09",
        "",
    ),
]


def _found(events, etype, role, who):
    return [e for e in events if e.type == etype and who in e.roles.get(role, [])]


# probes that still fail, with the reason (kept: they document the gaps)
XFAIL: dict[str, str] = {
    "announced-on": "membership: an announced future withdrawal is read as a commitment, not a membership_change",
}


@pytest.mark.slow
@pytest.mark.parametrize(
    "case",
    [
        pytest.param(p, id=p[0], marks=[pytest.mark.xfail(reason=XFAIL[p[0]], strict=True)] if p[0] in XFAIL else [])
        for p in PROBES
    ],
)
def test_probe_date(nlp, case):
    _id, date, text, ents, etype, role, who, want, author = case
    if author:
        ents = f"{ents}; Justice Without Borders=org:jwb" if "org:jwb" in author else ents
    events = run_events(make_context(nlp, text, ents, date=date, author=author))
    found = _found(events, etype, role, who)
    assert found, f"no {etype} with {role}={who}: {[(e.type, e.roles) for e in events]}"
    assert all((e.date or "").startswith(want) for e in found), [(e.type, e.date, e.roles) for e in found]


@pytest.mark.xfail(
    reason="the dateline's own weekday in 2024 outranks the day-after reading in 2025; reversing the order "
    "misdates three wires of the tune and blind sets (today's clock makes the latest year too late)",
    strict=True,
)
def test_a_yearless_dateline_takes_the_latest_year_its_weekday_allows():
    """ "THE HAGUE, Dec 19 (Agency) - ... on Thursday": 18-19 December 2025 (the day before the dateline), not
    2024 (whose 19 December was itself a Thursday)."""
    text = (
        "THE HAGUE, Dec 19 (Agency) - The United States on Thursday imposed sanctions on two more judges.\n\n"
        "Washington had already sanctioned the Prosecutor in February. Delegates recalled the 2023 cyberattack."
    )
    assert yearless_dateline(text, dt.date(2026, 11, 23)) == "2025-12-19"


@pytest.mark.parametrize(
    ("text", "anchor", "want"),
    [
        ("the 19th of December", "2025-12-30", "2025-12-19"),
        ("on 7 February", "2025-03-01", "2025-02-07"),
        ("22\u060c Dec 2022", None, "2022-12-22"),
        ("03/12/2024", None, "2024-12-03"),
        ("12/18/2025", None, "2025-12-18"),
        ("5\u20139 December 2022", None, "2022-12-05"),
        ("in mid-June", "2025-09-01", "2025-06"),
        ("in early 2025", None, "2025"),
        ("In 2019 the visa was revoked in April of that year.", "2025-03-01", "2019"),
        ("Washington's February sanctions", "2025-12-01", "2025-02"),
        ("the 2023 cyberattack", "2025-12-01", "2023"),
        ("at the end of June", "2025-07-05", "2025-06"),
        # round 7: a weekday with its date in brackets is that date; relative days count from the anchor
        ("The order was signed on Thursday (6 February).", "2025-02-14", "2025-02-06"),
        ("The order was signed on Thursday, 6 February.", "2025-02-14", "2025-02-06"),
        ("The Court ruled last Tuesday.", "2025-02-14", "2025-02-11"),
        ("The designation came ten days ago.", "2025-08-30", "2025-08-20"),
        ("The court said Tuesday that it would appeal.", "2025-08-21", "2025-08-19"),
        ("The statement, issued late Wednesday, condemned the move.", "2025-08-22", "2025-08-20"),
        ("Last December, the Assembly adopted the budget.", "2025-06-20", "2024-12"),
        ("It happened at the end of November.", "2025-12-10", "2025-11"),
    ],
)
def test_date_forms(text, anchor, want):
    found = [d for d in find_dates(text, parse_iso(anchor)) if d.value]
    assert found and found[0].value == want


@pytest.mark.parametrize(
    ("text", "anchor", "want"),
    [
        ("In 2019 the visa was revoked in April of that year.", "2025-03-01", "2019-04"),
        ("Burundi left in 2016; in June of the following year it was gone.", "2025-03-01", "2017-06"),
        ("The Chamber ruled on 17 October. The following week, Italy replied.", "2025-11-20", "2025-10-20"),
        ("On 3 May 2024 the Court was told. Two weeks later, it replied.", None, "2024-05-17"),
        (
            "On 17 March 2023, the Chamber issued a warrant. On 20 March, Russia opened a case.",
            "2025-12-19",
            "2023-03-20",
        ),
        ("In 2023, the Court was hacked in September.", "2025-12-19", "2023-09"),
        ("In December 2024 the House voted. In January, the Senate blocked the bill.", "2025-12-19", "2025-01"),
        ("(9 April 2014) The DRC failed to arrest him when he visited in February.", "2015-01-10", "2014-02"),
        ("In 2023 the Court was hacked.\n\nIn March, the US sanctioned the Prosecutor.", "2025-12-19", "2025-03"),
        ("Recalling the 2023 cyberattack, the Registrar said in March that it was contained.", "2025-12-19", "2025-03"),
        ("In 2023 X; earlier this month, on 3 December, Y.", "2025-12-19", "2025-12-03"),
        ("In August the list grew: two judges were designated on the 20th.", "2025-12-19", "2025-08-20"),
    ],
)
def test_dates_told_from_an_earlier_one(text, anchor, want):
    """ "of that year", "the following year", "the following week", "two weeks later": counted from the
    date told before them, not from the document's."""
    found = [d for d in find_dates(text, parse_iso(anchor)) if d.value]
    assert found and found[-1].value == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Statement\n22\u060c Dec 2022\n\nWe welcome the election.", "2022-12-22"),
        ("Published: 03/12/2024\n\nAmnesty today condemned the threats.", "2024-12-03"),
        ("Last updated: 20 January 2025\nPosted 5 January 2025\n\nText.", "2025-01-05"),
        ("ASSEMBLY OF STATES PARTIES\nThe Hague, 14-22 November 2012\n\nStatement", "2012-11"),
    ],
)
def test_ingest_reads_the_document_date_as_the_extractor_does(text, want):
    assert_document_date(text, want)


def test_a_yearless_dateline_is_the_day_after_the_lead_when_the_story_tells_that_day():
    """ "Dec 19 - ... on Thursday imposed ... The Assembly voiced regret on Friday": the dateline is the
    Friday (19 December 2025), not a Thursday a year earlier; a reaction "on Friday" six days before the
    act it reacts to is no reading of a wire."""
    text = (
        "THE HAGUE, Dec 19 (Agency) - The United States on Thursday imposed sanctions on two more judges.\n\n"
        "The president of the Assembly voiced deep regret on Friday.\n\nDelegates recalled the 2023 cyberattack."
    )
    assert yearless_dateline(text, dt.date(2026, 11, 23)) == "2025-12-19"
    assert yearless_dateline(text.replace("on Friday", "later"), dt.date(2026, 11, 23)) == "2024-12-19"


@pytest.mark.slow
def test_a_monthly_report_tells_an_earlier_sessions_acts_at_the_session(nlp):
    """A newsletter dated only "January 2015" reporting on a December 2014 session: the meeting it tells
    without a day of its own took place at the session, not in January."""
    text = (
        "ANICJ Newsletter | January 2015\n\nA delegation of ANICJ took part in the thirteenth session of the "
        "Assembly, held in New York from 8 to 17 December 2014.\n\nIn the margins of the session, ANICJ met the "
        "Registrar to discuss field presence."
    )
    ents = (
        "ANICJ=org:anicj; thirteenth session=session:asp-13; the session=session:asp-13; "
        "Registrar=court:registry; Assembly=court:asp"
    )
    met = [e for e in run_events(make_context(nlp, text, ents, date="2015-01")) if e.type == "meeting"]
    assert met and all((e.date or "").startswith("2014-12") for e in met)

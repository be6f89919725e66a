"""Round 4, dates: news wires whose reactions are told as the lead's news, year-less datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from romewatch.extract.dates import yearless_dateline
from romewatch.ingest import find_document_date

from .events_support import make_context, run_events

WIRE = (
    "PARIS, Oct 9 (Wire) - The judges of the International Criminal Court on Tuesday issued an arrest warrant for "
    "Nestor Kalumba over attacks on civilians.\n\n"
    "Amnesty International welcomed the decision, calling it long overdue.\n\n"
    "The Foreign Ministry of Ruritania rejected the warrant in a statement.\n\n"
    "Amnesty International says it will keep campaigning for arrests.\n"
)
ENTS = (
    "International Criminal Court=court:icc; Nestor Kalumba=person:nestor-kalumba; "
    "Amnesty International=org:amnesty; Ruritania=state:ru"
)


def _by(events, etype, role, who):
    return [e for e in events if e.type == etype and who in e.roles.get(role, [])]


@pytest.mark.slow
def test_wire_reactions_take_the_leads_day(nlp):
    events = run_events(make_context(nlp, WIRE, ENTS, date="2024-10-09"))
    assert {e.date for e in _by(events, "support", "agent", "org:amnesty")} >= {"2024-10-08"}
    rejected = _by(events, "condemnation", "agent", "state:ru")
    assert rejected and all(e.date == "2024-10-08" for e in rejected)


@pytest.mark.slow
def test_present_tense_in_a_wire_keeps_the_datelines_day(nlp):
    events = run_events(make_context(nlp, WIRE, ENTS, date="2024-10-09"))
    later = [e for e in _by(events, "commitment", "agent", "org:amnesty") if "campaign" in str(e.attributes)]
    assert all(e.date == "2024-10-09" for e in later)


@pytest.mark.slow
def test_without_a_weekday_lead_reactions_keep_the_documents_day(nlp):
    text = WIRE.replace(" on Tuesday", "")
    events = run_events(make_context(nlp, text, ENTS, date="2024-10-09"))
    rejected = _by(events, "condemnation", "agent", "state:ru")
    assert rejected and all(e.date == "2024-10-09" for e in rejected)


@pytest.mark.slow
def test_a_reaction_after_a_backstory_date_is_not_older_than_the_lead(nlp):
    text = WIRE.replace(
        "\n\nAmnesty International welcomed",
        " The prosecutor had requested the warrant on 1 October.\n\nAmnesty International welcomed",
    )
    events = run_events(make_context(nlp, text, ENTS, date="2024-10-09"))
    assert all(e.date == "2024-10-08" for e in _by(events, "support", "agent", "org:amnesty"))


def test_yearless_dateline_prefers_the_pages_copyright_year():
    text = "MANILA, March 12 (Wire) - X was arrested on Tuesday.\n\nMore text from 2019.\n\n\u00a9 2025 Wire News."
    today = dt.date(2026, 11, 23)
    assert yearless_dateline(text, today) == "2025-03-12"  # 2024-03-12 was a Tuesday too
    assert yearless_dateline(text.replace("\u00a9 2025", ""), today) == "2024-03-12"


def test_ingest_reads_a_yearless_dateline_only_with_a_stamp():
    text = "MANILA, March 12 (Wire) - X was arrested on Tuesday.\n\nCopyright 2025 Wire News."
    assert find_document_date(text) == yearless_dateline(text)
    assert find_document_date(text.replace("Copyright 2025", "")) is None


@pytest.mark.slow
def test_a_reaction_is_not_dated_by_the_paragraph_of_another_actor(nlp):
    text = WIRE.replace(
        "\n\nAmnesty International welcomed",
        "\n\nOn Wednesday, the Foreign Ministry of Ruritania summoned the Dutch ambassador.\n\n"
        "Amnesty International welcomed",
    )
    events = run_events(make_context(nlp, text, ENTS, date="2024-10-09"))
    welcomed = _by(events, "support", "agent", "org:amnesty")
    assert welcomed and all(e.date == "2024-10-08" for e in welcomed)


def test_yearless_dateline_without_a_weekday_takes_the_latest_year_told():
    today = dt.date(2026, 11, 23)
    text = (
        "WASHINGTON, Aug 21 (Wire) - Officials said the order would stand.\n\nIt replaces a 2020 order and a 2025 plan."
    )
    assert yearless_dateline(text, today) == "2025-08-21"
    assert yearless_dateline("PARIS, May 3 (AFP) - Nothing is dated here.", today) is None


@pytest.mark.slow
def test_a_capitals_dateline_without_date_still_marks_a_wire(nlp):
    text = "October 9, 2024\n\n" + WIRE.replace("PARIS, Oct 9 (Wire) -", "PARIS \u2014")
    events = run_events(make_context(nlp, text, ENTS, date="2024-10-09"))
    rejected = _by(events, "condemnation", "agent", "state:ru")
    assert rejected and all(e.date == "2024-10-08" for e in rejected)


@pytest.mark.slow
def test_a_title_case_line_with_a_dash_is_no_dateline(nlp):
    text = "October 9, 2024\n\n" + WIRE.replace("PARIS, Oct 9 (Wire) -", "Paris \u2014")
    events = run_events(make_context(nlp, text, ENTS, date="2024-10-09"))
    rejected = _by(events, "condemnation", "agent", "state:ru")
    assert rejected and all(e.date == "2024-10-09" for e in rejected)

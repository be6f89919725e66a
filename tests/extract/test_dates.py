"""Date expressions: a table of phrasings, each resolved against a fixed document date."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from romewatch.extract.dates import DocumentDate, document_date, find_dates

ANCHOR = dt.date(2022, 12, 22)  # a Thursday


def _past(_offset: int) -> bool:
    return False


def _future(_offset: int) -> bool:
    return True


CASES = [
    # text, expected [(matched text, value, end_value)]
    ("Between 5 to 9 December 2022, the Assembly met", [("Between 5 to 9 December 2022", "2022-12-05", "2022-12-09")]),
    ("between 1 and 5 December 2025", [("between 1 and 5 December 2025", "2025-12-01", "2025-12-05")]),
    ("from 2 to 7 December 2024", [("from 2 to 7 December 2024", "2024-12-02", "2024-12-07")]),
    ("held 2-7 December 2024 in The Hague", [("2-7 December 2024", "2024-12-02", "2024-12-07")]),
    ("2\u20137 December 2024", [("2\u20137 December 2024", "2024-12-02", "2024-12-07")]),
    ("from 28 November to 3 December 2005", [("from 28 November to 3 December 2005", "2005-11-28", "2005-12-03")]),
    ("December 5-9, 2022", [("December 5-9, 2022", "2022-12-05", "2022-12-09")]),
    ("On 6 February 2025, the order", [("6 February 2025", "2025-02-06", None)]),
    ("February 6, 2025", [("February 6, 2025", "2025-02-06", None)]),
    ("22\u060c Dec 2022", [("22\u060c Dec 2022", "2022-12-22", None)]),
    ("13 Dec. 2007", [("13 Dec. 2007", "2007-12-13", None)]),
    ("in December 2022", [("December 2022", "2022-12", None)]),
    ("adopted in 2020", [("2020", "2020", None)]),
    ("the 2018 budget", [("2018", "2018", None)]),
    ("on 7 December", [("7 December", "2022-12-07", None)]),
    ("2025-12-01", [("2025-12-01", "2025-12-01", None)]),
    ("31/12/2022", [("31/12/2022", "2022-12-31", None)]),
    ("today", [("today", "2022-12-22", None)]),
    ("yesterday", [("yesterday", "2022-12-21", None)]),
    ("last year", [("last year", "2021", None)]),
    ("this year", [("this year", "2022", None)]),
    ("next year", [("next year", "2023", None)]),
    ("last month", [("last month", "2022-11", None)]),
    ("earlier this month", [("earlier this month", "2022-12", None)]),
    ("last week", [("last week", "2022-12-12", "2022-12-18")]),
    ("two years ago", [("two years ago", "2020", None)]),
    ("they met on Tuesday", [("on Tuesday", "2022-12-20", None)]),
    ("on 3 and 4 December", [("3 and 4 December", "2022-12-03", "2022-12-04")]),
    ("on Tuesday last week", [("on Tuesday last week", "2022-12-13", None)]),
    ("a fortnight ago", [("a fortnight ago", "2022-12-05", None)]),
    ("Done this 5th day of December 2022", [("5th day of December 2022", "2022-12-05", None)]),
    ("in March", [("March", "2022-03", None)]),
    ("last March", [("last March", "2022-03", None)]),
    ("earlier this year", [("earlier this year", "2022", None)]),
    ("called on Manila at the end of last year", [("the end of last year", "2021", None)]),
    ("early next month", [("early next month", "2023-01", None)]),
    ("On 3 May X acted. A day later, Y replied.", [("3 May", "2022-05-03", None), ("A day later", "2022-05-04", None)]),
    # a day counted from a month tells the month only, not the last full day told before it
    (
        "On 3 May X acted. In November, Y ruled. A day later, Z replied.",
        [("3 May", "2022-05-03", None), ("November", "2022-11", None), ("A day later", "2022-11", None)],
    ),
    ("In 2016 X gave notice; it took effect a year later.", [("2016", "2016", None), ("a year later", "2017", None)]),
    ("It opened in 2002. The following year, it met.", [("2002", "2002", None), ("The following year", "2003", None)]),
]

NOT_DATES = [
    "ICC-ASP/22/Res.3",
    "Regulation (EC) No 2271/96",
    "Executive Order 14203",
    "article 87(7) of the Rome Statute",
    "the Court may rule",
    "rule 93",
    "resolution 1593",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_date_expressions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = [(d.text, d.value, d.end_value) for d in find_dates(text, ANCHOR, _past)]
    assert found == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, ANCHOR, _past) == []


def test_offsets_point_into_the_text() -> None:
    text = "The Assembly met from 2 to 7 December 2024 and again on 9 July 2025."
    for d in find_dates(text, ANCHOR):
        assert text[d.start : d.end] == d.text


def test_weekday_in_a_future_clause_looks_ahead() -> None:
    (d,) = find_dates("The Bureau will meet on Tuesday", ANCHOR, _future)
    assert d.value == "2022-12-27"


@pytest.mark.parametrize("text", ["last year", "today", "on Tuesday", "earlier this month"])
def test_relative_dates_without_a_document_date_stay_open(text: str) -> None:
    (d,) = find_dates(text, None)
    assert d.value is None


def test_day_month_without_year_takes_the_year_before_when_it_would_lie_ahead() -> None:
    (d,) = find_dates("on 7 December", dt.date(2023, 1, 10))
    assert d.value == "2022-12-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Main Menu\nAl-Haq Concludes Participation\n22\u060c Dec 2022\n\nBetween 5 to 9 December 2022", "2022-12-22"),
        ("THE HAGUE, 4 May 2023 \u2013 The Court today", "2023-05-04"),
        ("Press release\nDate: 5 December 2022\nThe Assembly opened on 4 December 2022", "2022-12-05"),
        ("WASHINGTON, December 5, 2022 (Wire) - The", "2022-12-05"),
        ("Statement\n\nWe urge states parties to act. Last year three findings were issued.", None),
        ("ICC-CPI-20250312-PR1234\n\nThe Chamber found that the State failed to comply.", "2025-03-12"),
        # scraped web pages and PDF cover pages
        ("Home\nStatement on X\nPublished: 03/12/2024\nShare\n\nOn 2 December 2024 the Assembly opened.", "2024-12-03"),
        ("5 December 2024 | Press release\n\nThe Assembly of States Parties today", "2024-12-05"),
        ("Skip to content\nPosted on Tuesday, 4 March 2025\n\nGENEVA - UN experts today", "2025-03-04"),
        (
            "Dec 19, 2025  \u00b7  5:42 PM GMT+1  \u00b7  Updated 2 hours ago\n\nTHE HAGUE, Dec 19 (Wire) - The US",
            "2025-12-19",
        ),
        (
            "ICC-ASP/23/20\nDistr.: General\n12 November 2024\n\nTwenty-third session\nThe Hague, 2-7 December 2024",
            "2024-11-12",
        ),
        ("Report of the Committee\nThe Hague, 2-13 September 2024\nDate of issue: 30 September 2024\n", "2024-09-30"),
        ("Last updated: 20 January 2025\nStatement of 17 January 2025\n\nThe Court", "2025-01-17"),
        ("Statement \u2013 05-12-2024\n\nWe the undersigned", "2024-12-05"),
        ("2024.12.03 | Statement\n\nWe", "2024-12-03"),
        ("2024/12/03\n\nStatement", "2024-12-03"),
        (
            "Dear Minister,\n\nWe write about the warrant.\n\nYours sincerely,\nLex Aequa\nGeneva, 14 May 2026\n",
            "2026-05-14",
        ),
    ],
)
def test_document_date_from_header(text: str, expected: str | None) -> None:
    assert document_date(text) == expected


def test_ambiguous_numeric_date_gives_way_to_a_clear_one() -> None:
    assert document_date("Ref 05/06/2023\nThe Hague, 7 June 2023 - The Court") == "2023-06-07"


class _Ctx:
    def __init__(self, text: str, date: str | None) -> None:
        from romewatch.model import Document

        self.document = Document(id="d", text=text, date=date)
        self.notes: dict = {}


def test_document_date_component_keeps_a_given_date() -> None:
    ctx = _Ctx("THE HAGUE, 4 May 2023 - text", "2020-01-01")
    DocumentDate()(ctx)  # type: ignore[arg-type]
    assert ctx.document.date == "2020-01-01"
    ctx = _Ctx("THE HAGUE, 4 May 2023 - text", None)
    DocumentDate()(ctx)  # type: ignore[arg-type]
    assert ctx.document.date == "2023-05-04"
    assert dataclasses.is_dataclass(ctx.document)


def test_yearless_dateline_allows_the_budget_year_ahead() -> None:
    from romewatch.extract.dates import yearless_dateline

    text = "THE HAGUE, Dec 7 (Wire) - States wrapped up their meeting on Saturday, approving a budget for 2025."
    assert yearless_dateline(text, dt.date(2026, 11, 23)) == "2024-12-07"

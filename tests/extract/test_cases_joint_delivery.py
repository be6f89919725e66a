"""A joint statement read by one State for a list of others, special sessions named without an ordinal,
and a sentence ending on a chamber numbered in roman numerals; a ministry called an office, with its state.

The texts are written for these tests in the shape of a PDF-extracted statement (indented lines, a title
line in capitals, the list of States on lines of their own or in one run), not copied from a corpus.
"""

from __future__ import annotations

import pytest

from romewatch.extract import extract_text

STATES = ["Albania", "Argentina", "Belgium", "Costa Rica", "Ghana", "Latvia", "Peru", "Senegal", "Slovenia", "Vanuatu"]
IDS = {"state:al", "state:ar", "state:be", "state:cr", "state:gh", "state:lv", "state:pe", "state:sn", "state:si", "state:vu"}

HEAD = (
    "   Special session of the Assembly of States Parties on the crime of aggression\n"
    "                     New York, 8 July 2025\n"
    "\n"
    "     JOINT STATEMENT\n"
    "     delivered by Peru on behalf of a group of 10 States\n"
    "     Parties\n"
    "\n"
    "   Mr. President,\n"
    "\n"
    "   I have the honour to take the floor on behalf of the following\n"
    "   States Parties:\n"
)
BODY = (
    "\n"
    "   We reaffirm our full support for the International Criminal Court and call upon all\n"
    "   States to cooperate with it.\n"
)


def _statements(doc):
    return [e for e in doc.to_contract()["events"] if e["type"] == "statement"]


@pytest.mark.parametrize(
    "listing",
    ["\n".join("   " + s for s in STATES) + "\n", "   " + ", ".join(STATES[:-1]) + " and " + STATES[-1] + ".\n"],
    ids=["one-per-line", "in-one-run"],
)
def test_the_reader_and_the_states_it_speaks_for_make_one_statement(listing: str) -> None:
    out = extract_text(HEAD + listing + BODY)
    statements = _statements(out)
    assert len(statements) == 1, statements
    roles = statements[0]["roles"]
    assert roles["author"] == ["state:pe"]
    assert IDS <= set(roles["on_behalf_of"])
    assert roles.get("forum") == ["session:asp-special-2025"]
    support = next(e for e in out.to_contract()["events"] if e["type"] == "support")
    assert IDS <= set(support["roles"]["agent"])


def test_a_special_session_named_by_its_topic_or_plainly() -> None:
    text = (
        "Press release\n8 July 2025\n\n"
        "At the special session on aggression in New York, Lex Aequa urged States Parties to act.\n\n"
        "The ASP special session closes tomorrow.\n"
    )
    ids = {e["id"] for e in extract_text(text).to_contract()["entities"]}
    assert "session:asp-special-2025" in ids
    assert "session:asp-2" not in ids


def test_a_chamber_numbered_in_roman_ends_its_sentence(nlp) -> None:
    doc = nlp("The request was rejected by Pre-Trial Chamber I. On 5 May, the Appeals Chamber reversed it.")
    assert [s.text for s in doc.sents] == [
        "The request was rejected by Pre-Trial Chamber I.",
        "On 5 May, the Appeals Chamber reversed it.",
    ]
    kept = nlp("The judges of Pre-Trial Chamber I. (PTC I) decided.")
    assert len(list(kept.sents)) == 1


def test_a_foreign_office_named_with_its_state_is_that_state() -> None:
    text = "BERLIN, 3 March 2025 - The German Foreign Office said on Monday that Germany would keep funding the Court.\n"
    roles = [e["roles"] for e in extract_text(text).to_contract()["events"] if e["type"] == "statement"]
    assert roles and all("state:gb" not in r.get("author", []) for r in roles)
    assert any("state:de" in r.get("author", []) for r in roles)


def test_a_title_in_capitals_keeps_its_line() -> None:
    from romewatch.extract.sentences import unwrap

    assert unwrap("JOINT STATEMENT\ndelivered by Chile on behalf of 10 States\n").startswith("JOINT STATEMENT\ndelivered")
    assert unwrap("The statement was\ndelivered by Chile.\n") == "The statement was delivered by Chile.\n"

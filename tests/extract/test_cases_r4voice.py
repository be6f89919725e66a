"""Joint statements of States in the shapes real PDFs and web pages give them (round 4, voice).

The texts are written for these tests (a statement read by one State for a list of others given
after the body in two columns, one per line or in one run), not copied from a corpus.
"""

from __future__ import annotations

import pytest

from romewatch.extract import extract_text
from romewatch.ingest.normalise import clean_text

STATES = ["Andorra", "Belgium", "Costa Rica", "Ghana", "Lithuania", "Mexico", "New Zealand", "Sierra Leone"]
IDS = {"state:ad", "state:be", "state:cr", "state:gh", "state:lt", "state:mx", "state:nz", "state:sl"}

HEAD = (
    "     JOINT STATEMENT ON THE PROTECTION OF THE COURT\n\n"
    "        Delivered by the Permanent Representative of Ghana on behalf of\n"
    "           8 States Parties to the Rome Statute\n\n"
    "                      New York, 3 March 2025\n\n"
    "   1.   We reaffirm our unwavering support for the International Criminal Court.\n\n"
    "   2.   We will continue to cooperate fully with the Court.\n\n"
)


def _two_columns(names: list[str]) -> str:
    half = (len(names) + 1) // 2
    left, right = names[:half], names[half:]
    rows = [f"      {a:<36}{b}" for a, b in zip(left, right)] + [f"      {a}" for a in left[len(right) :]]
    return "\n".join(rows) + "\n"


def _events(text: str, kind: str) -> list[dict]:
    return [e for e in extract_text(clean_text(text)).to_contract()["events"] if e["type"] == kind]


def test_a_row_of_two_columns_is_read_cell_by_cell() -> None:
    assert clean_text("   Costa Rica                    New Zealand\n") == "Costa Rica\nNew Zealand"


@pytest.mark.parametrize(
    "line",
    ["   1.   We, the undersigned States Parties to the Rome Statute", "\u2022   Austria and Chile"],
)
def test_prose_numbers_and_bullets_keep_their_line(line: str) -> None:
    assert "\n" not in clean_text(line)


@pytest.mark.parametrize(
    "listing",
    [_two_columns(STATES), "\n".join("      " + s for s in STATES) + "\n", "   " + ", ".join(STATES) + ".\n"],
    ids=["two-columns", "one-per-line", "in-one-run"],
)
def test_the_states_listed_after_the_body_are_those_it_speaks_for(listing: str) -> None:
    text = HEAD + "   The following States Parties have joined this statement:\n\n" + listing
    statements = _events(text, "statement")
    assert len(statements) == 1, statements  # "have joined this statement" is not a second statement
    roles = statements[0]["roles"]
    assert roles["author"] == ["state:gh"]
    assert IDS <= set(roles["on_behalf_of"])
    assert "court:states-parties" not in roles["on_behalf_of"]
    support = _events(text, "support")[0]
    assert IDS <= set(support["roles"]["agent"])
    commitment = _events(text, "commitment")[0]
    assert IDS <= set(commitment["roles"]["agent"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Prosecutor, Karim Khan, did not address the plenary on Monday.",
        "The Government of Italy has not issued any public statement on the matter.",
        "Amnesty International urged the Bureau to issue a statement on the sanctions.",
        "We request that Italy submit a written report to the Bureau by 30 June 2026.",
    ],
)
def test_a_statement_not_made_or_only_asked_for_is_no_statement(sentence: str) -> None:
    text = "News\n\nTHE HAGUE, 2 June 2026 - Officials met on Monday.\n\n" + sentence + "\n"
    told = [e for e in _events(text, "statement") if e["evidence"][0][0] > 0]  # not the document's own
    authors = [a for e in told for a in e["roles"].get("author", [])]
    assert not {"person:karim-khan", "state:it", "court:asp-bureau"} & set(authors), authors


def test_a_statement_said_is_still_one() -> None:
    text = (
        "News\n\nTHE HAGUE, 2 June 2026 - Officials met on Monday.\n\n"
        "The Prosecutor, Karim Khan, addressed the Assembly of States Parties on Monday.\n"
    )
    assert any("person:karim-khan" in e["roles"].get("author", []) for e in _events(text, "statement"))


ACTS_DOC = (
    "Joint Statement of Chile and Ireland\n\n"
    "New York, 3 March 2025\n\n"
    "We, Chile and Ireland, express our deep concern at the designation by the United States of four judges of "
    "the Court on 5 June 2025.\n\n"
    "We reject any attempt to undermine the independence of the Court.\n"
)


def test_concern_at_an_act_is_aimed_at_its_author_not_at_those_named_in_it() -> None:
    condemned = _events(ACTS_DOC, "condemnation")
    concern = next(e for e in condemned if "designation" in e["attributes"]["about"])
    assert concern["roles"]["target"] == ["state:us"]
    assert "court:judges" not in concern["roles"]["target"]


def test_any_attempt_is_aimed_at_no_one_in_particular() -> None:
    condemned = _events(ACTS_DOC, "condemnation")
    rejected = next(e for e in condemned if "attempt" in e["attributes"]["about"])
    assert not rejected["roles"].get("target"), rejected


PAGE = (
    "Skip to main content\n"
    "Home | Our Work | News | Donate\n"
    "Search\n\n"
    "News\n\n"
    "Sanctions on the Court's judges must end\n\n"
    "Posted 12 June 2025 | Statements\n\n"
    "The decision of the United States to designate four judges of the International Criminal Court is an assault "
    "on international justice.\n\n"
    "We condemn these designations in the strongest terms and we urge the European Union to protect the Court.\n\n"
    "Related\n"
    "Open letter to the Assembly President\n\n"
)


@pytest.mark.parametrize(
    "boilerplate",
    [
        (
            "About the Mekong Rights Collective\n"
            "The Mekong Rights Collective is an independent non-governmental organisation based in Bangkok.\n"
        ),
        "About us\nThe Mekong Rights Collective is an independent network of lawyers based in Bangkok.\n",
    ],
    ids=["about-x", "about-us"],
)
def test_a_page_whose_writer_is_named_only_in_its_boilerplate(boilerplate: str) -> None:
    text = PAGE + boilerplate + "\nAll rights reserved. | Privacy | Contact\n"
    org = "org:mekong-rights-collective"
    own = [e for e in _events(text, "statement") if e["evidence"][0][0] == 0]
    assert own and own[0]["roles"]["author"] == [org], own
    assert any(org in e["roles"].get("agent", []) for e in _events(text, "condemnation"))
    assert any(org in e["roles"].get("claimant", []) for e in _events(text, "demand"))


SHORT = (
    "     JOINT STATEMENT ON THE PROTECTION OF THE COURT\n\n"
    "                      New York, 3 March 2025\n\n"
    "   1.   We reaffirm our unwavering support for the International Criminal Court.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "   This statement is co-signed by " + ", ".join(STATES[:-1]) + " and " + STATES[-1] + ".\n",
        "   Joined by:\n\n" + _two_columns(STATES),
        "   Signatories:\n" + "".join(f"   \u2022 {s}\n" for s in STATES),
    ],
    ids=["co-signed-inline", "joined-by-columns", "bullets"],
)
def test_the_states_that_sign_at_the_end_are_its_voice(closing: str) -> None:
    text = SHORT + closing
    statement = _events(text, "statement")[0]
    assert IDS <= set(statement["roles"]["signatory"])
    assert "court:icc" not in statement["roles"].get("author", [])  # the title's topic is not its writer
    support = _events(text, "support")[0]
    assert IDS <= set(support["roles"]["agent"])


def test_the_states_that_deplore_sanctions_did_not_impose_them() -> None:
    text = (
        "Joint Statement of Chile and Ireland\n\nNew York, 3 March 2025\n\n"
        "We, Chile and Ireland, reaffirm our support for the International Criminal Court.\n\n"
        "We condemn the sanctions imposed on its judges.\n"
    )
    for sanction in _events(text, "sanction"):
        assert not {"state:cl", "state:ie"} & set(sanction["roles"].get("imposer", [])), sanction


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision of the United States to designate four judges of the Court is an assault on justice.",
        "The designation of four judges by the United States is an attack on the rule of law.",
        "Washington's sanctions are a blow to victims everywhere.",
    ],
)
def test_an_act_of_a_named_author_called_an_assault_is_condemned(sentence: str) -> None:
    text = (
        "Human Rights Watch\n\nPress release\n\nThe Hague, 3 March 2025\n\n"
        "We stand with the International Criminal Court and its staff.\n\n" + sentence + "\n"
    )
    condemned = _events(text, "condemnation")
    assert any("state:us" in e["roles"].get("target", []) for e in condemned), condemned


def test_an_act_called_an_attempt_inside_others_words_is_not_the_documents_condemnation() -> None:
    text = (
        "News\n\nMOSCOW, 20 March 2023 - Russia opened a criminal case against the Prosecutor.\n\n"
        "Legal experts noted that the Russian case was a clear attempt to intimidate the court's officials.\n"
    )
    assert not [e for e in _events(text, "condemnation") if "attempt" in e["attributes"].get("about", "")]


def test_the_documents_own_condemnation_is_dated_by_the_document() -> None:
    text = (
        "Joint Statement of Chile and Ireland\n\nNew York, 18 July 2025\n\n"
        "We, Chile and Ireland, reaffirm our support for the International Criminal Court.\n\n"
        "We condemn the designation by the United States of four judges of the Court on 5 June 2025.\n"
    )
    condemned = [e for e in _events(text, "condemnation") if "state:us" in e["roles"].get("target", [])]
    assert condemned and condemned[0]["date"] == "2025-07-18", condemned


WIRE = "News\n\nTHE HAGUE, 5 December 2025 - Delegates met for a fourth day.\n\n"


def test_reported_words_that_carry_a_pledge_are_the_pledge_not_a_statement() -> None:
    text = WIRE + "Ireland and Finland said they would jointly fund two additional posts in the Registry.\n"
    assert not [e for e in _events(text, "statement") if e["evidence"][0][0] > 0]
    assert any({"state:ie", "state:fi"} <= set(e["roles"].get("agent", [])) for e in _events(text, "commitment"))


@pytest.mark.parametrize(
    "sentence",
    [
        "President Volodymyr Zelenskiy called the decision historic and said it would lead to accountability.",
        '"We will not be intimidated," Ireland said.',
        "Ireland said in a statement that it would fund two posts.",
    ],
)
def test_reported_words_that_are_a_statement_of_their_own(sentence: str) -> None:
    assert [e for e in _events(WIRE + sentence + "\n", "statement") if e["evidence"][0][0] > 0]


MANY = [
    "Albania", "Andorra", "Argentina", "Austria", "Belgium", "Bosnia and Herzegovina", "Chile", "Costa Rica",
    "Côte d'Ivoire", "Czechia", "Dominican Republic", "North Macedonia", "Republic of Korea", "Republic of Moldova",
]  # fmt: skip
BODY = (
    "\nWe reaffirm our unwavering support for the International Criminal Court.\n\n"
    "We strongly condemn the sanctions imposed by the United States on its judges.\n\n"
    "We call on all States to cooperate with the Court.\n"
)
TITLE = "Joint Statement on the International Criminal Court\n\n5 December 2025\n\n"
RUN = ", ".join(MANY[:-1]) + " and " + MANY[-1]


@pytest.mark.parametrize(
    "text",
    [
        TITLE + "This statement is delivered on behalf of " + RUN + ".\n" + BODY,
        TITLE + BODY + "\nThe statement was delivered by Slovenia on behalf of " + RUN + ".\n",
        TITLE + BODY + "\nList of co-signatories:\n" + "\n".join(MANY) + "\n",
    ],
    ids=["behalf-sentence-first", "behalf-sentence-last", "list-of-co-signatories"],
)
def test_every_listed_state_speaks_in_every_event_of_the_statement(text: str) -> None:
    out = extract_text(clean_text(text)).to_contract()
    states = {e["id"] for e in out["entities"] if e["kind"] == "state" and e["id"] not in ("state:us", "state:si")}
    assert len(states) == len(MANY), states
    statements = [e for e in out["events"] if e["type"] == "statement"]
    assert len(statements) == 1, statements
    for kind, role in (("support", "agent"), ("condemnation", "agent"), ("demand", "claimant")):
        event = next(e for e in out["events"] if e["type"] == kind)
        assert states <= set(event["roles"][role]), (kind, event["roles"])

"""Entity constructions of round 4: state organs acting for their state, offices owned by a body
named in the possessive, offices resolved on the date the paragraph is about or to the holder the
text named, and office words read as honorifics before a name."""

from __future__ import annotations

import pytest

from romewatch.extract import extract_text


def _mentions(text: str, date: str | None = None) -> dict[str, list[str]]:
    res = extract_text(text, date=date) if date else extract_text(text)
    return {e["id"]: [text[s:t] for s, t in e["mentions"]] for e in res.to_contract()["entities"]}


CASES = [
    # a ministry with its state's adjective is the state
    ("The Dutch Foreign Ministry summoned the chargé d'affaires.", {"state:nl": "Dutch Foreign Ministry"}),
    ("Kenya's Interior Ministry issued a statement.", {"state:ke": "Interior Ministry"}),
    ("The Ministry of Justice of Kenya said it would cooperate.", {"state:ke": "Ministry of Justice of Kenya"}),
    # a bare ministry or a domestic court: the state the paragraph is about
    (
        "In Moscow, the Basmanny court kept the warrants in force and the Interior Ministry listed the judges.",
        {"state:ru": "Basmanny court"},
    ),
    (
        "Russia opened a case against the judges. The Interior Ministry put them on its wanted list.",
        {"state:ru": "Interior Ministry"},
    ),
    ("The United States Congress passed the bill.", {"state:us": "United States Congress"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_state_organs(text: str, expected: dict[str, str]) -> None:
    found = _mentions(text)
    for eid, surface in expected.items():
        assert any(surface in m for m in found.get(eid, [])), found


def test_bare_parliament_without_a_state_is_not_a_state() -> None:
    found = _mentions("The European Parliament adopted a resolution on the Court.")
    assert not any("Parliament" in m for eid, ms in found.items() if eid.startswith("state:") for m in ms)


def test_office_of_a_possessive_ngo_is_not_the_un_secretary_general() -> None:
    found = _mentions("Amnesty International's Secretary General, Agnès Callamard, condemned the sanctions.")
    assert "igo:un-secretary-general" not in found
    assert "person:agnes-callamard" in found


def test_un_secretary_general_stays_the_un_one() -> None:
    found = _mentions("The UN Secretary-General expressed concern about the sanctions.")
    assert "igo:un-secretary-general" in found or any(k.startswith("person:") for k in found)


def test_the_courts_presidency_is_the_courts() -> None:
    found = _mentions("The Assembly of States Parties met. The Court's Presidency declined to comment.")
    assert "court:presidency" in found
    assert not any("Presidency" in m for m in found.get("court:asp-presidency", []))


def test_office_resolves_to_the_holder_the_text_named() -> None:
    text = (
        "In April 2019 the United States revoked the visa of the Prosecutor, Fatou Bensouda. "
        "At that time, the Prosecutor said the Office would continue its work."
    )
    found = _mentions(text, date="2025-12-02")
    assert found.get("person:fatou-bensouda", []).count("Prosecutor") == 2, found
    assert "person:karim-khan" not in found


def test_office_resolves_on_the_paragraphs_date() -> None:
    text = "Annual report\n\nIn March 2019, the ICC Prosecutor travelled to Kabul."
    found = _mentions(text, date="2025-12-02")
    assert "person:fatou-bensouda" in found, found


def test_office_word_as_honorific_is_not_part_of_the_name() -> None:
    found = _mentions("Justice Minister Carlo Nordio said the request was unfounded.")
    assert "person:carlo-nordio" in found, found
    assert "person:minister-carlo-nordio" not in found


def test_acronym_defined_in_brackets_also_names_the_headline() -> None:
    text = (
        "ICJ urges States to protect the Court\n\nGeneva, 2 December 2025\n\n"
        "The International Commission of Jurists (ICJ) today called on States Parties to protect the "
        "International Criminal Court."
    )
    found = _mentions(text)
    assert found.get("org:international-commission-of-jurists", []).count("ICJ") == 2, found
    assert "igo:icj" not in found


def test_the_courts_presidency_named_again_bare() -> None:
    text = (
        "The Assembly of States Parties met in The Hague. The Court's Presidency said the verdicts had no "
        "legal effect. The Presidency called on States Parties to support the Court."
    )
    found = _mentions(text)
    assert found.get("court:presidency", []).count("Presidency") == 2, found


def test_office_holder_named_after_a_title_in_apposition() -> None:
    text = "Khan was put on the list in May 2023, and the President of the Court,\nJudge Tomoko Akane, was added."
    found = _mentions(text, date="2025-06-01")
    assert "person:tomoko-akane" in found
    assert "person:piotr-hofmanski" not in found


def test_the_office_after_a_prosecutor_is_the_otp() -> None:
    found = _mentions(
        "The Deputy Prosecutor, Mame Mandiaye Niang, said the Office would keep working on all situations."
    )
    assert "court:otp" in found, found


def test_the_office_without_a_prosecutor_is_nothing() -> None:
    found = _mentions("The delegation said the Office would publish its report in May.")
    assert "court:otp" not in found


@pytest.mark.parametrize(
    "text,present,absent",
    [
        # "their Assembly" is enough to read an ordinal session as the Assembly's
        (
            "The 125 states parties, meeting for the twenty-third session of their Assembly, adopted a resolution.",
            ["session:asp-23"],
            [],
        ),
        # a hyphenated ordinal above the list is not its last word's session
        (
            "The Human Rights Council, at its fifty-eighth session, heard States Parties to the Covenant.",
            [],
            ["session:asp-8"],
        ),
        # "the session" before the session is named: the one the text names
        (
            "Delegates said the session was tense. The twenty-fourth session of the Assembly closed.",
            ["session:asp-24"],
            [],
        ),
    ],
)
def test_sessions(text: str, present: list[str], absent: list[str]) -> None:
    found = _mentions(text)
    assert set(present) <= set(found), found
    assert not set(absent) & set(found), found


def test_the_session_before_its_name_is_the_named_one() -> None:
    found = _mentions("Delegates said the session was tense. The twenty-fourth session of the Assembly closed.")
    assert "session" in found.get("session:asp-24", []), found


@pytest.mark.parametrize(
    "text,present,absent",
    [
        # a title word opening an organisation's name on its own line stays in the name
        (
            "Justice Without Borders Network\nStatement to the General Debate\n\nThe Network urges States Parties to act.",
            ["org:justice-without-borders-network"],
            ["org:without-borders-network"],
        ),
        # the name stops before the forum it is addressed to
        (
            "Statement of the Open Justice Network to the Twenty-Fourth Session of the Assembly of States Parties",
            ["org:open-justice-network", "session:asp-24"],
            [],
        ),
        # a national section's acronym joined by a hyphen
        (
            (
                "Delivered by Ruth Otieno, Kenyan Section of the International Commission of Jurists (ICJ-Kenya), "
                "on behalf of ICJ-Kenya and Human Rights Watch."
            ),
            ["org:kenyan-section-of-the-international-commission-of-jurists"],
            ["igo:icj"],
        ),
    ],
)
def test_organisation_names(text: str, present: list[str], absent: list[str]) -> None:
    found = _mentions(text)
    assert set(present) <= set(found), found
    assert not set(absent) & set(found), found


def test_possessive_office_titles_name_their_holders() -> None:
    found = _mentions("The Assembly's President met the ICC's President in The Hague.", date="2025-06-01")
    assert "person:paivi-kaukoranta" in found, found
    assert "person:tomoko-akane" in found, found


@pytest.mark.parametrize(
    "text,person",
    [
        (
            (
                "They include Prosecutor Karim Khan and his two deputies, Nazhat Shameem Khan and Mame Mandiaye Niang. "
                "Russia opened a case against Khan in March 2023."
            ),
            "person:karim-khan",
        ),
        (
            "The sanctions hit Nazhat Shameem Khan. Khan said she would not be intimidated.",
            "person:nazhat-shameem-khan",
        ),
    ],
)
def test_bare_surname_shared_by_two_people(text: str, person: str) -> None:
    found = _mentions(text)
    assert "Khan" in found.get(person, []), found


def test_agency_in_brackets_after_a_dateline_is_not_the_citys_acronym() -> None:
    found = _mentions("THE HAGUE (ENW) - The heads of the International Criminal Court spoke, ENW reported.")
    assert "ENW" not in found.get("place:the-hague", []), found

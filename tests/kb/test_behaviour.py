"""Behaviour of the KB API on the packaged data."""

from __future__ import annotations

import pytest

from romewatch.kb import KB, load_kb


def ids(entities) -> list[str]:
    return [e.id for e in entities]


def test_load_kb_is_cached() -> None:
    assert load_kb() is load_kb()


@pytest.mark.parametrize(
    ("office", "date", "expected"),
    [
        ("prosecutor", "2022-12-22", "person:karim-khan"),
        ("prosecutor", "2019-05", "person:fatou-bensouda"),
        ("prosecutor", "2005", "person:luis-moreno-ocampo"),
        ("prosecutor", "2012-06-15", "person:fatou-bensouda"),
        ("asp-president", "2022-12", "person:silvia-fernandez-de-gurmendi"),
        ("asp-president", "2024-12-02", "person:paivi-kaukoranta"),
        ("asp-president", "2019", "person:o-gon-kwon"),
        ("icc-president", "2022-12", "person:piotr-hofmanski"),
        ("icc-president", "2016", "person:silvia-fernandez-de-gurmendi"),
        ("registrar", "2022-12", "person:peter-lewis"),
        ("registrar", "2024", "person:osvaldo-zavala-giler"),
        ("us-president", "2025-02-06", "person:donald-trump"),
        ("us-president", "2021-04-01", "person:joe-biden"),
        ("us-secretary-of-state", "2020-09-02", "person:mike-pompeo"),
        ("us-secretary-of-state", "2025-06", "person:marco-rubio"),
        ("un-secretary-general", "2024", "person:antonio-guterres"),
        ("un-high-commissioner-human-rights", "2023", "person:volker-turk"),
        ("un-special-rapporteur-opt", "2025-07-09", "person:francesca-albanese"),
    ],
)
def test_holder(kb: KB, office: str, date: str, expected: str) -> None:
    holder = kb.holder(office, date)
    assert holder is not None and holder.id == expected


def test_holder_edge_cases(kb: KB) -> None:
    assert kb.holder("prosecutor", None).id == "person:karim-khan"
    assert kb.holder("prosecutor", "1999") is None
    assert kb.holder("no-such-office", "2020") is None
    assert set(ids(kb.holders("deputy-prosecutor", "2023"))) == {
        "person:nazhat-shameem-khan",
        "person:mame-mandiaye-niang",
    }
    assert "person:tomoko-akane" in ids(kb.holders("judge", "2024-05"))
    assert {"prosecutor", "deputy-prosecutor", "icc-president", "registrar", "asp-president", "judge"} <= kb.offices()


def test_office_titles(kb: KB) -> None:
    assert kb.office_for_title("the ICC Prosecutor") == "prosecutor"
    assert kb.office_for_title("President of the Assembly") == "asp-president"
    assert kb.office_for_title("US Secretary of State") == "us-secretary-of-state"
    assert kb.office_for_title("janitor") is None
    assert kb.offices() <= set(kb.office_info)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("U.S.", "state:us"),
        ("USA", "state:us"),
        ("US", "state:us"),
        ("Washington", "state:us"),
        ("the White House", "state:us"),
        ("OFAC", "state:us"),
        ("Israeli", "state:il"),
        ("Kremlin", "state:ru"),
        ("Côte d'Ivoire", "state:ci"),
        ("Cote d'Ivoire", "state:ci"),
        ("Cote d\u2019Ivoire", "state:ci"),
        ("Ivory Coast", "state:ci"),
        ("Türkiye", "state:tr"),
        ("Turkey", "state:tr"),
        ("the Gambia", "state:gm"),
        ("DRC", "state:cd"),
        ("Congo", "state:cg"),
        ("South Korea", "state:kr"),
        ("Republic of Korea", "state:kr"),
        ("Kingdom of the Netherlands", "state:nl"),
        ("UK", "state:gb"),
        ("State of Palestine", "state:ps"),
        ("ASP21", "session:asp-21"),
        ("ASP 24", "session:asp-24"),
        ("twenty-first session", "session:asp-21"),
        ("21st Session of the Assembly of States Parties", "session:asp-21"),
        ("ASP-3", "session:asp-3"),
        ("the Court", "court:icc"),
        ("ICC", "court:icc"),
        ("OTP", "court:otp"),
        ("PTC I", "court:pre-trial-chamber-1"),
        ("Pre-Trial Chamber II", "court:pre-trial-chamber-2"),
        ("Trial Chamber V(B)", "court:trial-chamber-5"),
        ("Assembly of States Parties", "court:asp"),
        ("ICC member states", "court:states-parties"),
        ("Karim A.A. Khan KC", "person:karim-khan"),
        ("Omar el-Bashir", "person:omar-al-bashir"),
        ("Hofmanski", "person:piotr-hofmanski"),
        ("Almasri", "person:osama-elmasry-njeem"),
        ("EO 14203", "instrument:us-eo-14203"),
        ("E.O. 14203", "instrument:us-eo-14203"),
        ("Blocking Statute", "instrument:eu-reg-2271-96"),
        ("ICC-ASP/10/Res.5", "instrument:icc-asp-10-res-5"),
        ("ICJ", "igo:icj"),
        ("EU", "igo:eu"),
        ("HRW", "org:human-rights-watch"),
        ("CICC", "org:coalition-for-the-icc"),
        ("OPT", "place:occupied-palestinian-territory"),
        ("World Forum", "place:world-forum-convention-center"),
        ("RSF", "group:rapid-support-forces"),
    ],
)
def test_lookup(kb: KB, surface: str, expected: str) -> None:
    found = ids(kb.lookup(surface))
    assert found[:1] == [expected]
    assert all(other.startswith("place:") for other in found[1:])  # capitals are also places


def test_capital_is_state_and_place(kb: KB) -> None:
    assert ids(kb.lookup("Moscow")) == ["state:ru", "place:moscow"]
    assert ids(kb.lookup("The Hague")) == ["place:the-hague"]


def test_lookup_case_rules(kb: KB) -> None:
    assert kb.lookup("us") == []
    assert kb.lookup("Us") == []
    assert ids(kb.lookup("UNITED STATES")) == ["state:us"]
    assert ids(kb.lookup("united states")) == ["state:us"]
    assert set(ids(kb.lookup("Congolese"))) == {"state:cd", "state:cg"}


def test_surface_forms_kinds(kb: KB) -> None:
    forms = {(s, i): how for s, i, how in kb.surface_forms()}
    assert forms[("United States", "state:us")] == "name"
    assert forms[("USA", "state:us")] == "acronym"
    assert forms[("American", "state:us")] == "adjective"
    assert forms[("Washington", "state:us")] == "stand_in"
    assert forms[("the Court", "court:icc")] == "generic"
    assert forms[("Ivory Coast", "state:ci")] == "alias"
    us = kb.get("state:us")
    assert "Washington" in us.aliases and "American" not in us.aliases and "American" in us.adjectives


def test_sessions(kb: KB) -> None:
    assert kb.session(21).id == "session:asp-21"
    assert kb.session(1, "special").id == "session:asp-special-2025"
    assert kb.session(1, "review-conference").id == "session:review-conference-2010"
    assert kb.session(99) is None
    assert kb.session_on("2022-12-07").id == "session:asp-21"
    assert kb.session_on("2021-02-12").id == "session:asp-19"  # second resumption
    assert kb.session_on("2025-07-08").id == "session:asp-special-2025"
    assert kb.session_on("2022-06-01") is None


def test_state_status(kb: KB) -> None:
    assert kb.state_status("ua", "2024-06")["party"] is False
    assert kb.state_status("ua", "2025-02")["party"] is True
    assert kb.state_status("ua", "2024-11")["status"] == "deposited"
    assert kb.state_status("bi", "2018")["party"] is False
    assert kb.state_status("bi", "2018")["status"] == "withdrawn"
    assert kb.state_status("bi", "2010")["party"] is True
    assert kb.state_status("ph", "2019-03-17")["party"] is False
    assert kb.state_status("us", "2024")["status"] == "unsigned"
    assert kb.state_status("ps", "2015-04-01")["party"] is True
    assert kb.state_status("ps", "2015-03-31")["party"] is False
    za = kb.state_status("za", "2017-06")
    assert za["party"] is True and za["withdrawal_revoked"] == "2017-03"
    assert kb.state_status("cn")["status"] == "none"
    with pytest.raises(KeyError):
        kb.state_status("zz")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Mr Putin", "person:vladimir-putin"),
        ("H.E. Ms Päivi Kaukoranta", "person:paivi-kaukoranta"),
        ("Hungary's", "state:hu"),
        ("Government of Tajikistan", "state:tj"),
        ("Italian authorities", "state:it"),
        ("Russian President Vladimir Putin", "person:vladimir-putin"),
        ("ICC President Judge Piotr Hofmański", "person:piotr-hofmanski"),
    ],
)
def test_lookup_loose(kb: KB, surface: str, expected: str) -> None:
    assert kb.lookup(surface) == [] or surface == "Hungary's"
    assert ids(kb.lookup_loose(surface))[:1] == [expected]


def test_lookup_loose_gives_up(kb: KB) -> None:
    assert kb.lookup_loose("government") == []
    assert kb.lookup_loose("Mr President") == []


@pytest.mark.parametrize(
    ("capital", "state"),
    [("Bamako", "state:ml"), ("Dakar", "state:sn"), ("Moscow", "state:ru"), ("Kinshasa", "state:cd")],
)
def test_a_capital_is_a_place_and_stands_in_for_its_state(capital: str, state: str) -> None:
    kb = load_kb()
    found = ids(kb.lookup(capital))
    assert state in found
    assert any(i.startswith("place:") for i in found)
    assert capital in kb.get(state).stand_ins


def test_capitals_that_are_also_first_names_stand_for_nothing() -> None:
    kb = load_kb()
    assert not kb.lookup("Sofia")
    assert "Male" not in kb.get("state:mv").stand_ins


def test_kremlin_spokesperson_on_a_date() -> None:
    assert load_kb().holder("kremlin-spokesperson", "2024-09-03").id == "person:dmitry-peskov"

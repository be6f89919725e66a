"""Round 12 (lead): what the merge of the round showed. A condemned "visit" is the trip told before it,
not a warrant told between the trip and the condemnation; the dateline-lead pattern still reads the
datelines it was written for now that its runs of blanks cannot backtrack."""

from __future__ import annotations

import pytest

from romewatch.extract.pipeline import extract_text
from romewatch.extract.sentences import DATELINE_LEAD


def _result(text: str):
    return extract_text("News\n\n10 June 2025\n\n" + text, date="2025-06-10")


@pytest.mark.parametrize(
    "text, host",
    [
        (
            (
                "Vladimir Putin arrived in Mongolia on Monday for a two-day trip.\n\n"
                "Judges of the Court issued a warrant for his arrest in March 2023.\n\n"
                "Amnesty International deplored the visit."
            ),
            "state:mn",
        ),
        (
            (
                "Omar al-Bashir flew to Djibouti for the inauguration of its president.\n\n"
                "The Court has sought his arrest since 2009 and issued a second warrant in 2010.\n\n"
                "Human Rights Watch condemned the visit."
            ),
            "state:dj",
        ),
    ],
)
def test_a_condemned_visit_is_aimed_at_the_host_not_the_court(text: str, host: str) -> None:
    condemned = [e for e in _result(text).events if e.type == "condemnation"]
    assert condemned, "no condemnation"
    targets = {t for e in condemned for t in e.roles.get("target", [])}
    assert "court:icc" not in targets and host in targets, targets


@pytest.mark.parametrize(
    "line, date",
    [
        ("THE HAGUE, 3 March 2025 - Peru said", "3 March 2025"),
        ("GENEVA (17 July 2024) \u2013 The experts said", "17 July 2024"),
        ("NAIROBI, May 4, 2023 - Kenya said", "May 4, 2023"),
        ("LONDON (Reuters) - Norway said", None),
    ],
)
def test_the_dateline_lead_still_reads_datelines(line: str, date: str | None) -> None:
    match = DATELINE_LEAD.search(line)
    assert match is not None and match.group("date") == date
    assert line[match.end() :][0].isupper()


def test_a_run_of_blanks_is_no_dateline() -> None:
    text = "Menu\n" + " " * 400 + "\n" + "\n" * 400 + "Body text follows here."
    assert DATELINE_LEAD.search(text) is None


def test_a_signature_block_without_a_lead_in_keeps_names_without_organisation_words() -> None:
    text = (
        "We, the groups named below, urge the Government of Kenya to remain a party to the Rome Statute.\n\n"
        "   Lake Region Justice Network - Uganda\n"
        "   Sahel Rights Watchers - Niger\n"
        "   Voices of Kivu - DRC\n"
        "   Okavango Legal Desk\n"
        "   Cape Monitors Group\n"
        "   Savannah Justice Coalition - Kenya\n"
        "   Atlas Human Rights League\n\n"
        "   -- 1 --\n"
    )
    names = {e.name for e in _result(text).entities if e.kind == "organization"}
    signed = {"Sahel Rights Watchers", "Voices of Kivu", "Okavango Legal Desk", "Cape Monitors Group", "Atlas Human Rights League"}
    assert signed <= names, sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "The Russian Prosecutor General's Office opened a case against two judges of the Court.",
        "The Prosecutor General of Russia said the warrant had no force in the country.",
        "Kenya's Prosecutor-General asked the police to look into the threats.",
    ],
)
def test_a_states_prosecutor_general_is_not_the_courts_prosecutor(text: str) -> None:
    ids = {e.id for e in _result(text).entities}
    assert "person:karim-khan" not in ids, sorted(ids)


@pytest.mark.parametrize(
    "text",
    [
        "The Chamber found that Chad failed to apprehend Omar al-Bashir during the summit.",
        "Judges referred Djibouti to the Security Council for failing to detain Omar al-Bashir.",
        "The Court rebuked Malawi for not detaining Omar al-Bashir.",
    ],
)
def test_failing_to_detain_or_apprehend_is_a_finding(text: str) -> None:
    assert [e for e in _result(text).events if e.type == "non_cooperation_finding"]


def test_police_failing_to_detain_protesters_is_no_finding() -> None:
    text = "Police failed to detain the protesters outside the embassy."
    assert not [e for e in _result(text).events if e.type == "non_cooperation_finding"]


@pytest.mark.parametrize(
    "text, etype",
    [
        (("The Appeals Chamber ruled [judgment, PDF] on Monday that Jordan had failed to arrest Omar al-Bashir "
         "[JURIST report] during his visit to Amman."), "fugitive_visit"),
        ("Judges issued a warrant [text] for Joseph Kony [JURIST archive] in 2005.", "arrest_warrant"),
    ],
)
def test_link_labels_in_brackets_do_not_cut_the_sentence(text: str, etype: str) -> None:
    assert [e for e in _result(text).events if e.type == etype]


def test_an_editors_insertion_in_brackets_stays() -> None:
    result = _result('"Nobody will stop [the Court] from doing its work," the Prosecutor said.')
    assert "court:icc" in {e.id for e in result.entities}


@pytest.mark.parametrize(
    "text",
    [
        "The 22nd Assembly of the State Parties opened in New York on 4 December 2023.",
        "Delegates met for the 22nd session of the Assembly of State Parties in New York.",
    ],
)
def test_a_session_named_with_state_parties_is_linked(text: str) -> None:
    assert "session:asp-22" in {e.id for e in _result(text).entities}


def test_a_national_section_of_amnesty_is_no_state() -> None:
    result = _result("Amnesty International USA deplored the sanctions on the Court's judges.")
    condemned = [e for e in result.events if e.type == "condemnation"]
    assert condemned and all("state:us" not in e.roles.get("agent", []) for e in condemned), [e.roles for e in condemned]


def test_a_chief_of_the_general_staff_is_named_without_the_title() -> None:
    result = _result("Judges issued warrants for Sergei Shoigu and Chief of the General Staff Valery Gerasimov.")
    names = {e.name for e in result.entities if e.kind == "person"}
    assert "Valery Gerasimov" in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International said the visit was an insult to the victims of Darfur.",
        "The EU said the withdrawal was a grave mistake.",
        "Kenya called the ruling a setback for justice.",
    ],
)
def test_calling_an_act_an_insult_a_mistake_or_a_setback_condemns_it(text: str) -> None:
    assert [e for e in _result(text).events if e.type == "condemnation"]


def test_admitting_ones_own_mistake_condemns_nothing() -> None:
    assert not [e for e in _result("The minister said he had made a mistake in his speech.").events if e.type == "condemnation"]

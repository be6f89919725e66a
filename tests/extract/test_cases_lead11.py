"""Round 11 (lead): what real pages showed. A person written only with her titles ("H.E. Ms. Jane
Roe") is named without them; a writer's variant of a body's name still links; a site's small print
("Legal Disclaimer: ... we do not accept any responsibility") is no part of the story."""

from __future__ import annotations

import pytest

from romewatch.extract.pipeline import extract_text
from romewatch.extract.sentences import debris


def _result(text: str):
    return extract_text("News\n\n10 June 2025\n\n" + text, date="2025-06-10")


def test_a_person_written_only_with_titles_is_named_without_them() -> None:
    result = _result(
        "The Bureau is composed of H.E. Ms. Alma Verhoeven (Belgium), President; and "
        "H.E. Mr. Tomas Okonkwo-Reyes (Chile), Vice-President."
    )
    names = {e.name for e in result.entities if e.kind == "person"}
    assert "Alma Verhoeven" in names, names
    assert not any(n.startswith(("H.E.", "Ms", "Mr")) for n in names), names


def test_variant_names_of_the_trust_fund_link_to_it() -> None:
    for variant in ("Trust Fund of Victims", "Trust Fund for the Victims", "ICC Trust Fund"):
        result = _result(f"Several States announced contributions to the {variant} during the debate.")
        ids = {e.id for e in result.entities}
        assert "court:tfv" in ids, (variant, sorted(ids))


def test_a_disclaimer_block_is_small_print_to_the_next_blank_line() -> None:
    text = (
        "Rights group urges States to protect the Court\n"
        "The group said on Monday that States must shield Court staff.\n"
        "Legal Disclaimer:\n"
        "Copy on this site comes from a syndication partner, which alone answers for it. Nothing in\n"
        "it is checked by us before it appears, and we take no blame for errors in it.\n"
        "\n"
        "Disclaimer: the views expressed here are the author's own and do not reflect the site's.\n"
        "\n"
        "The group added that it would keep monitoring."
    )
    blanked = [text[a:b] for a, b, _ in debris(text)]
    assert any("syndication partner" in line for line in blanked)
    assert any(line.startswith("Disclaimer: the views") for line in blanked)
    assert not any("States must shield" in line or "keep monitoring" in line for line in blanked)


def test_no_event_is_read_from_a_disclaimer() -> None:
    result = _result(
        "On Monday a panel of rights experts called on Washington to drop the measures against the judges.\n"
        "Legal Disclaimer:\n"
        "Stories here are supplied by a partner service and are printed unedited. The publisher condemns\n"
        "no one and welcomes no view by carrying them, and makes no promise that they are complete.\n"
    )
    kinds = sorted(e.type for e in result.events)
    assert "condemnation" not in kinds and "support" not in kinds, kinds
    assert "demand" in kinds, kinds


def test_member_countries_of_the_court_are_the_states_parties() -> None:
    for lead in (
        "Member countries of the International Criminal Court should stand up for the tribunal when it is attacked, the NGO wrote.",
        "Member nations of the ICC must protect the court, the group said.",
    ):
        events = _result(lead).events
        demands = [e for e in events if e.type == "demand"]
        assert any("court:states-parties" in e.roles.get("addressee", []) for e in demands), (lead, demands)


def test_a_single_un_expert_is_the_un_mandate_not_the_un() -> None:
    result = _result("Washington imposed sanctions on a United Nations expert and on three Palestinian groups.")
    ids = {e.id for e in result.entities}
    assert "igo:un-special-rapporteurs" in ids and "igo:un" not in ids, sorted(ids)


def _entity_ids(text: str) -> set[str]:
    return {e.id for e in extract_text(text, date="2025-06-10").entities}


def test_words_of_a_title_case_headline_are_not_names() -> None:
    ids = _entity_ids(
        "Gambia, Sudan And Chad Announce Review Of Court Cooperation Over Crimes Against Humanity\n\n"
        "10 June 2025\n\n"
        "Three governments said on Monday that they would review their cooperation with the Court."
    )
    assert not any(i.startswith(("person:", "organization:", "org:")) for i in ids), sorted(ids)
    assert {"state:gm", "state:sd", "state:td"} <= ids, sorted(ids)


def test_a_name_in_a_headline_that_the_body_repeats_stays() -> None:
    ids = _entity_ids(
        "Rights Groups Praise Teodora Vasquez-Lind For Court Testimony\n\n"
        "10 June 2025\n\n"
        "Vasquez-Lind, a lawyer from Quito, told the Court about the abuses she had documented."
    )
    assert any("vasquez-lind" in i for i in ids), sorted(ids)


def test_a_byline_with_its_date_keeps_the_writer() -> None:
    ids = _entity_ids(
        "Daria Shulzhenko \u2014 Friday, 6 June 2025, 10:12\n\n"
        "Ukraine's delegation said it would raise the cooperation of States at the next session."
    )
    assert any(i.startswith("person:") for i in ids), sorted(ids)


def test_a_long_line_of_names_is_a_sentence_not_a_headline() -> None:
    ids = _entity_ids(
        "Statement at the Eighteenth Session\n\n"
        "Read by Ms. Amina Dlamini, Zambian Section of the Southern Lawyers Forum (SLF-Zambia), on behalf of "
        "SLF-Zambia, the Malawi Coalition for the International Criminal Court, Human Rights Watch and the "
        "Gambian Bar Association.\n"
    )
    assert "org:zambian-section-of-the-southern-lawyers-forum" in ids, sorted(ids)


ROLLS = [
    ("Among the States that took the floor were Peru, Ghana and New Zealand.", {"state:pe", "state:gh", "state:nz"}),
    ("Among the remaining member States to speak were Norway, Benin and Fiji (in order of delivery).", {"state:no", "state:bj", "state:fj"}),
    ("Speaking in the general debate were Slovenia, Senegal and Mexico.", {"state:si", "state:sn", "state:mx"}),
    ("The following delegations made statements: Ireland, Japan and Chile.", {"state:ie", "state:jp", "state:cl"}),
    ("Observer States China and Iran also addressed the plenary.", {"state:cn", "state:ir"}),
    ("Liechtenstein, Portugal and Estonia took the floor in the afternoon.", {"state:li", "state:pt", "state:ee"}),
    ("The observer States of Belarus, Egypt and Cuba also made statements.", {"state:by", "state:eg", "state:cu"}),
]


@pytest.mark.parametrize("text, authors", ROLLS, ids=[f"roll{i}" for i in range(len(ROLLS))])
def test_a_roll_of_speakers_is_one_statement_by_all_of_them(text: str, authors: set[str]) -> None:
    statements = [e for e in _result(text).events if e.type == "statement"]
    assert any(set(e.roles.get("author", [])) == authors for e in statements), statements


@pytest.mark.parametrize(
    "text",
    [
        "Among the States that have ratified the amendments are Peru and Ghana.",
        "States must address non-cooperation before the next session.",
        "The Minister spoke with the President of the Assembly on Monday.",
        "Neither Chile nor Peru took the floor.",
    ],
)
def test_no_roll_without_speaking(text: str) -> None:
    assert not [e for e in _result(text).events if e.type == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Alarm at the latest steps was expressed on Tuesday by the International Criminal Court's governing body.",
        "The governing body of the ICC criticised the measures.",
        "In a short note the Presidium of the Assembly of States Parties called the steps worrying.",
    ],
)
def test_the_courts_governing_body_is_the_assembly(text: str) -> None:
    ids = {e.id for e in _result(text).entities}
    assert ids & {"court:asp", "court:asp-presidency"}, sorted(ids)

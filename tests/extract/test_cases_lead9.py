"""Round 9 (lead): whom a letter's headline names as its addressee, a UN expert's mandate that is no
co-speaker of the release's own quote, the press release number that says whose release it is, and a
release the body only tells of. Whole pipeline: the entities are the reader's own."""

from __future__ import annotations

import pytest

from romewatch.extract.pipeline import extract_text

from .page_probes import of_type, page_events


def _events(text: str, date: str = "2025-11-12") -> list:
    return page_events(text, date)


LETTER_BODY = (
    "\n\n12 November 2025\n\nYour Excellency,\n\nWe, the undersigned organisations, write to you ahead of the "
    "session to express our alarm at the measures taken against the Court.\n\nWe urge you to convene a "
    "special plenary on the protection of the Court.\n\nSigned:\nAmnesty International\nHuman Rights Watch\n"
)


@pytest.mark.parametrize(
    "headline, addressee",
    [
        ("Open letter to the President of the Assembly of States Parties", "person:paivi-kaukoranta"),
        ("Joint NGO letter to the Prosecutor of the International Criminal Court", "person:karim-khan"),
        ("Letter from civil society to the Government of Canada", "state:ca"),
        ("An open letter addressed to the European Union", "igo:eu"),
    ],
)
def test_a_letters_headline_names_its_addressee(headline: str, addressee: str) -> None:
    events = _events(headline + LETTER_BODY)
    own = [e for e in of_type(events, "statement") if e.attributes.get("form") == "open_letter"]
    assert own, [(e.type, e.roles) for e in events]
    assert addressee in own[0].roles.get("addressee", []), own[0].roles
    asked = of_type(events, "demand")
    assert asked and addressee in asked[0].roles.get("addressee", []), [e.roles for e in asked]


def test_a_letter_about_the_court_names_no_addressee_in_its_subject() -> None:
    """'Letter on the ...' is a subject, not a recipient; the salutation alone gives no one."""
    events = _events("Letter on the protection of the International Criminal Court" + LETTER_BODY)
    own = [e for e in of_type(events, "statement") if e.attributes.get("form") == "open_letter"]
    assert own and not own[0].roles.get("addressee"), [e.roles for e in own]


RELEASE = (
    "UN experts alarmed by pressure on Court staff\n\nGENEVA (20 February 2025) - UN experts today called on "
    "all States to shield the International Criminal Court from retaliation.\n\n"
    '"Punishing a prosecutor for doing her job is an assault on the rule of law," said {quote}.\n\n'
    "The experts: {names}.\n"
)


@pytest.mark.parametrize(
    "quote, names",
    [
        (
            (
                "Margaret Satterthwaite, Special Rapporteur on the independence of judges and lawyers, and Ben Saul, "
                "Special Rapporteur on counter-terrorism and human rights"
            ),
            (
                "Ms Margaret Satterthwaite, Special Rapporteur on the independence of judges and lawyers; Mr Ben Saul, "
                "Special Rapporteur on the promotion and protection of human rights while countering terrorism"
            ),
        ),
        (
            "Mary Lawlor, the Special Rapporteur on the situation of human rights defenders",
            "Ms Mary Lawlor, Special Rapporteur on the situation of human rights defenders",
        ),
    ],
)
def test_the_release_authors_quote_is_no_second_statement(quote: str, names: str) -> None:
    events = _events(RELEASE.format(quote=quote, names=names), date="2025-02-20")
    said = of_type(events, "statement")
    assert len(said) == 1, [(e.attributes.get("form"), e.roles) for e in said]
    assert not said[0].roles.get("on_behalf_of"), said[0].roles


def test_a_quote_by_someone_else_in_the_release_is_still_a_statement() -> None:
    text = (
        RELEASE.format(
            quote="Mary Lawlor, Special Rapporteur on the situation of human rights defenders",
            names="Ms Mary Lawlor, Special Rapporteur on the situation of human rights defenders",
        )
        + '\n"We stand with the Court," the President of the Court, Judge Tomoko Akane, said on Friday.\n'
    )
    said = of_type(_events(text, date="2025-02-20"), "statement")
    assert any("person:tomoko-akane" in e.roles.get("author", []) for e in said), [e.roles for e in said]


@pytest.mark.parametrize(
    "reference, issuer",
    [
        ("ICC-ASP-20250710-PR1120", "court:asp"),
        ("ICC-CPI-20240520-PR1354", "court:icc"),
    ],
)
def test_the_release_number_says_whose_release_it_is(reference: str, issuer: str) -> None:
    text = (
        f"{reference}\n\nPress Release: 10 July 2025\n\nPresident convenes Bureau after new measures against judges\n\n"
        "On 10 July 2025, the President of the Assembly of States Parties, Ms Päivi Kaukoranta, convened a meeting "
        "of the Bureau to discuss the measures announced against four judges of the International Criminal Court.\n"
    )
    own = [e for e in of_type(_events(text, date="2025-07-10"), "statement") if e.attributes.get("form") == "press_release"]
    assert own and own[0].roles.get("author") == [issuer], [e.roles for e in own]


@pytest.mark.parametrize(
    "told",
    [
        "in a joint communiqué read on state television",
        "in its own press release",
        "in a brief communiqué",
    ],
)
def test_a_release_the_news_only_tells_of_does_not_make_the_page_a_release(told: str) -> None:
    text = (
        "Sahel juntas to quit the ICC\n\nBy Jane Roe and John Doe\n\nNIAMEY - The military governments of Burkina "
        f"Faso, Mali and Niger announced on Monday that they would withdraw from the Rome Statute, {told}, "
        "calling the International Criminal Court an instrument of repression.\n"
    )
    said = of_type(_events(text, date="2025-09-25"), "statement")
    page = [e for e in said if e.evidence and e.evidence[0][0] == 0]  # the page's own statement starts at its top
    assert not page, [e.roles for e in page]
    assert not any("court:icc" in e.roles.get("author", []) for e in said), [e.roles for e in said]


@pytest.mark.parametrize(
    "sentence, etype",
    [
        (
            "Hungary warned of consequences if the Court issued an arrest warrant for Benjamin Netanyahu.",
            "arrest_warrant",
        ),
        (
            "Should the Court issue a warrant for Benjamin Netanyahu, Hungary said it would not arrest him.",
            "arrest_warrant",
        ),
        ("Mongolia would be obliged to arrest Vladimir Putin if he travelled to Ulaanbaatar.", "fugitive_visit"),
        ("It is unclear whether Vladimir Putin will visit Mongolia.", "fugitive_visit"),
        (
            "Were Hungary to withdraw from the Rome Statute, the Court would lose a founding member.",
            "membership_change",
        ),
    ],
)
def test_an_act_only_supposed_is_no_event(sentence: str, etype: str) -> None:
    got = of_type(_events("News\n\n10 March 2025\n\n" + sentence, date="2025-03-10"), etype)
    assert not got, [(e.type, e.roles) for e in got]


@pytest.mark.parametrize(
    "sentence, etype",
    [
        ("The Court issued an arrest warrant for Vladimir Putin on 17 March 2023.", "arrest_warrant"),
        ("Vladimir Putin travelled to Mongolia in September 2024, and he was not arrested.", "fugitive_visit"),
        ("If anything, the Court issued an arrest warrant for Vladimir Putin on 17 March 2023.", "arrest_warrant"),
    ],
)
def test_an_act_told_as_done_still_is_one(sentence: str, etype: str) -> None:
    assert of_type(_events("News\n\n10 March 2025\n\n" + sentence, date="2025-03-10"), etype), sentence


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "body, reader",
    [
        ("Parliamentarians for Global Action (PGA)", "Ms Maria Lopez, Director, International Law Programme"),
        ("the Andean Jurists Network", "Ms Lucía Ferreyra"),
    ],
)
def test_a_bodys_statement_read_by_a_person_on_a_line_of_its_own_is_the_bodys(gap: str, body: str, reader: str) -> None:
    text = (
        "Assembly of States Parties - Twenty-fourth session\nGeneral Debate\n\n"
        f"Statement by {body}{gap}Delivered by {reader}\n\n2 December 2025\n\nMadam President,\n\n"
        "We call on all States Parties to adopt legislation implementing the Rome Statute.\n"
    )
    events = _events(text, date="2025-12-02")
    own = [e for e in of_type(events, "statement") if e.evidence and e.evidence[0][0] == 0]
    assert own and len(own[0].roles.get("author", [])) == 1, [e.roles for e in own]
    author = own[0].roles["author"][0]
    assert author.startswith("org:"), own[0].roles
    asked = of_type(events, "demand")
    assert asked and asked[0].roles.get("claimant") == [author], [e.roles for e in asked]


@pytest.mark.parametrize(
    "sentence, drafters",
    [
        (
            (
                "Together with Luxembourg, Mexico and Vanuatu, Slovenia drafted the joint statement in support of the "
                "Court that was issued on 7 February and joined by 79 States Parties."
            ),
            {"state:si", "state:lu", "state:mx", "state:vu"},
        ),
        ("Chile and Ireland prepared a joint declaration on the independence of the Court.", {"state:cl", "state:ie"}),
    ],
)
def test_states_that_drafted_a_joint_statement_are_its_drafters(sentence: str, drafters: set[str]) -> None:
    said = of_type(_events("News\n\n14 February 2025\n\n" + sentence, date="2025-02-14"), "statement")
    told = [e for e in said if e.roles.get("drafter")]
    assert told and set(told[0].roles["drafter"]) == drafters, [e.roles for e in said]
    assert not told[0].roles.get("author"), told[0].roles


def test_the_day_a_told_statement_was_issued_is_its_date() -> None:
    """A guard (this held before round 9): the letter's own date, not the page's."""
    said = of_type(
        _events(
            "News\n\n14 February 2025\n\nMexico sent a letter dated 3 February to the Prosecutor.", date="2025-02-14"
        ),
        "statement",
    )
    assert said and said[0].date == "2025-02-03", [(e.date, e.roles) for e in said]


@pytest.mark.parametrize("verb", ["addressed", "sent", "transmitted"])
def test_a_letter_addressed_to_states_is_a_letter_to_them(verb: str) -> None:
    text = f"News\n\n3 March 2025\n\nThe Registrar {verb} a letter to all States Parties on 5 February asking them to pay.\n"
    said = of_type(_events(text, date="2025-03-03"), "statement")
    assert said and said[0].roles.get("addressee") == ["court:states-parties"], [e.roles for e in said]
    assert said[0].attributes.get("form") != "speech"


def test_a_menu_link_named_newsletter_does_not_make_a_news_page_a_report() -> None:
    text = (
        "Skip to content\nAgency Global News\nWorld | Europe | Courts & Law | Newsletter\n\n"
        "Washington blacklists two more ICC judges\n\nBy Agency staff reporters\n\n"
        "THE HAGUE, Dec 19 (Agency) - The United States on Thursday imposed sanctions on two more judges of the "
        "International Criminal Court.\n\nThe court deplored the designations in a statement released late on Thursday.\n"
    )
    said = of_type(_events(text, date="2025-12-19"), "statement")
    assert not [e for e in said if e.evidence and e.evidence[0][0] == 0], [e.roles for e in said]
    assert any(e.roles.get("author") == ["court:icc"] and not e.roles.get("addressee") for e in said), [
        e.roles for e in said
    ]


@pytest.mark.parametrize(
    "sentence, person, place",
    [
        ("Israel Katz said the decision was shameful.", "person:israel-katz", "state:il"),
        ("Human Rights Watch director Tirana Hassan welcomed the warrants.", "person:tirana-hassan", "state:al"),
        ("Jordan Bardella criticised the International Criminal Court.", "person:jordan-bardella", "state:jo"),
    ],
)
def test_a_person_whose_first_name_is_a_place_is_a_person(sentence: str, person: str, place: str) -> None:
    ents = extract_text("News\n\n22 November 2024\n\n" + sentence, date="2024-11-22").entities
    ids = {e.id for e in ents} if not isinstance(ents, dict) else set(ents)
    assert person in ids and place not in ids, ids


def test_a_place_closing_a_preposition_stays_a_place() -> None:
    ents = extract_text(
        "News\n\n22 November 2024\n\nIn Israel, officials said the decision was shameful.", date="2024-11-22"
    ).entities
    ids = {e.id for e in ents} if not isinstance(ents, dict) else set(ents)
    assert "state:il" in ids, ids


@pytest.mark.parametrize(
    "sentence, action",
    [
        ("Amnesty International urged protection of the International Criminal Court.", "protection"),
        ("Human Rights Watch urged the immediate arrest of Vladimir Putin.", "arrest"),
        ("Amnesty International urged restraint.", "restraint"),
    ],
)
def test_urging_a_thing_names_what_is_asked_not_whom(sentence: str, action: str) -> None:
    asked = of_type(_events("News\n\n12 March 2025\n\n" + sentence, date="2025-03-12"), "demand")
    assert asked and action in asked[0].attributes.get("action", ""), [(e.roles, e.attributes) for e in asked]
    assert not asked[0].roles.get("addressee"), asked[0].roles


def test_urging_someone_to_act_still_names_them() -> None:
    text = "News\n\n12 March 2025\n\nAmnesty International urged Mongolia to arrest Vladimir Putin."
    asked = of_type(_events(text, date="2025-03-12"), "demand")
    assert asked and asked[0].roles.get("addressee") == ["state:mn"], [e.roles for e in asked]


@pytest.mark.parametrize(
    "sentence",
    [
        "Civil society groups have asked the President of the Assembly to convene a special session.",
        "Amnesty International urged the Assembly to hold a special session on the protection of the Court.",
    ],
)
def test_a_session_asked_for_is_neither_held_nor_the_forum(sentence: str) -> None:
    text = (
        "Inside the campaign against the Court\n\nBy A. Reporter | 15 June 2025\n\n"
        "The President of the Court, Judge Tomoko Akane, told the Assembly of States Parties last December that "
        "the Court faced grave threats.\n\n" + sentence + "\n"
    )
    events = _events(text, date="2025-06-15")
    assert not of_type(events, "assembly_session"), [(e.date, e.roles) for e in of_type(events, "assembly_session")]
    said = [e for e in of_type(events, "statement") if "person:tomoko-akane" in e.roles.get("author", [])]
    assert said and not any("special" in f for f in said[0].roles.get("forum", [])), [e.roles for e in said]


def test_a_reaction_naming_one_of_the_rounds_targets_tells_the_round_again() -> None:
    text = (
        "US widens ICC sanctions\n\nWASHINGTON, Aug 20 (Wire) - The United States on Wednesday imposed sanctions on "
        "Judge Kimberly Prost and Judge Nicolas Guillou of the International Criminal Court.\n\n"
        "France said it was dismayed by the designation of Judge Guillou and expressed solidarity with him.\n"
    )
    rounds = of_type(_events(text, date="2025-08-20"), "sanction")
    assert len(rounds) == 1, [(e.date, e.roles) for e in rounds]
    assert {"person:kimberly-prost", "person:nicolas-guillou"} <= set(rounds[0].roles["target"])


def test_a_later_round_on_one_of_the_targets_stays_its_own() -> None:
    text = (
        "Sanctions\n\n1 September 2025\n\nOn 6 February 2025 the United States imposed sanctions on Karim Khan and "
        "Nicolas Guillou.\n\nOn 20 August 2025 the United States imposed sanctions on Nicolas Guillou.\n"
    )
    rounds = of_type(_events(text, date="2025-09-01"), "sanction")
    assert len(rounds) == 2, [(e.date, e.roles) for e in rounds]


def test_a_warrant_the_judges_must_decide_on_is_still_told() -> None:
    """ "decide whether to issue the warrants requested": the request is real, only the issuing is open."""
    text = (
        "News\n\n12 June 2024\n\nPre-Trial Chamber I must now decide whether to issue the warrants requested by the "
        "Prosecutor for Benjamin Netanyahu.\n"
    )
    got = of_type(_events(text, date="2024-06-12"), "arrest_warrant")
    assert got and "person:benjamin-netanyahu" in got[0].roles.get("subject", []), [e.roles for e in got]

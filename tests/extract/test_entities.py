"""Entity components on short texts written for the purpose: what becomes an entity, under which id."""

from __future__ import annotations

import pytest

from romewatch.extract import dates, entities
from romewatch.extract.context import DocContext
from romewatch.model import Document

pytestmark = pytest.mark.slow


def run(nlp, kb, text: str, date: str | None = None) -> DocContext:
    ctx = DocContext(document=Document(id="t", text=text, date=date), doc=nlp(text), kb=kb)
    for component in [*dates.COMPONENTS, *entities.COMPONENTS]:
        component(ctx)
    return ctx


def ids(ctx: DocContext) -> set[str]:
    return set(ctx.entities)


def aliases(ctx: DocContext, eid: str) -> set[str]:
    return set(ctx.entities[eid].aliases)


def test_mentions_are_exact_offsets_and_sorted(nlp, kb) -> None:
    text = "Al-Haq urged the Assembly of States Parties and the United States to act. Washington refused."
    ctx = run(nlp, kb, text)
    assert ctx.mentions == sorted(ctx.mentions, key=lambda m: (m.start, -m.end))
    for m in ctx.mentions:
        assert text[m.start : m.end] == m.text
        assert m.entity_id in ctx.entities


def test_acronym_in_brackets_is_one_entity(nlp, kb) -> None:
    text = (
        "The Centre for Fair Trials and Remedies (CFTR) met the Registrar. "
        "Later, CFTR said the meeting was useful, and CFTR asked for another."
    )
    ctx = run(nlp, kb, text)
    orgs = [e for e in ctx.entities.values() if e.kind == "organization"]
    assert len(orgs) == 1
    assert {"CFTR", "Centre for Fair Trials and Remedies"} <= set(orgs[0].aliases)
    assert len(orgs[0].mentions) == 4  # the name, the bracket and two later uses


def test_short_form_in_brackets_and_later_prefix(nlp, kb) -> None:
    text = (
        "The statement was delivered by the Ramallah Centre for Legal Aid (Ramallah Centre). "
        "The Ramallah Centre has long worked with victims."
    )
    ctx = run(nlp, kb, text)
    orgs = [e for e in ctx.entities.values() if e.kind == "organization"]
    assert len(orgs) == 1, orgs
    assert "Ramallah Centre" in orgs[0].aliases


@pytest.mark.parametrize(
    ("date", "phrase", "person"),
    [
        ("2022-12-22", "the ICC Prosecutor", "person:karim-khan"),
        ("2015-06-01", "the ICC Prosecutor", "person:fatou-bensouda"),
        ("2022-12-22", "the Registrar", "person:peter-lewis"),
        ("2024-12-10", "the Registrar", "person:osvaldo-zavala-giler"),
    ],
)
def test_office_resolved_by_document_date(nlp, kb, date: str, phrase: str, person: str) -> None:
    holder = kb.holder("prosecutor" if "Prosecutor" in phrase else "registrar", date)
    assert holder is not None and holder.id == person
    ctx = run(nlp, kb, f"Delegates met {phrase} in The Hague on Tuesday.", date)
    assert person in ids(ctx)
    assert phrase.removeprefix("the ") in {a.removeprefix("the ") for a in aliases(ctx, person)}


def test_office_in_apposition_names_the_person(nlp, kb) -> None:
    text = "Al-Haq met the President of the ASP, H.E. Ms Silvia Fernandez de Gurmendi, on 8 December."
    ctx = run(nlp, kb, text)  # no document date: the apposition decides
    people = [e for e in ctx.entities.values() if e.kind == "person"]
    assert len(people) == 1
    office = text.index("President of the ASP")
    assert any(a <= office < b for a, b in people[0].mentions)  # a mention of her, not one of her names
    assert "President of the ASP" not in people[0].aliases  # (a name the Assembly's presidency has too)


def test_office_without_date_stays_the_office(nlp, kb) -> None:
    ctx = run(nlp, kb, "We thank the President of the Assembly for her efforts.")
    assert "court:asp-presidency" in ids(ctx)
    assert not [e for e in ctx.entities.values() if e.kind == "person"]


def test_adjective_folds_into_the_state_only_for_actors(nlp, kb) -> None:
    ctx = run(nlp, kb, "The Israeli government outlawed six organisations. Israel's courts upheld it.")
    assert "state:il" in ids(ctx)
    assert len([e for e in ctx.entities.values() if e.kind == "state"]) == 1
    ctx = run(nlp, kb, "Israeli authorities raided the offices.")
    assert "Israeli" in aliases(ctx, "state:il")
    ctx = run(nlp, kb, "She spoke with Palestinian victims and their families.")
    assert "state:ps" not in ids(ctx)


@pytest.mark.parametrize("stand_in", ["Washington", "the US Treasury"])
def test_government_stand_ins_are_the_state(nlp, kb, stand_in: str) -> None:
    ctx = run(nlp, kb, f"{stand_in[0].upper() + stand_in[1:]} imposed sanctions on two judges.")
    assert "state:us" in ids(ctx)


def test_city_named_as_a_place_is_a_place(nlp, kb) -> None:
    ctx = run(nlp, kb, "The delegation arrived in Moscow on Monday.")
    assert "place:moscow" in ids(ctx)
    assert "state:ru" not in ids(ctx)


@pytest.mark.parametrize(
    ("text", "eid"),
    [
        ("a finding under article 87(7) of the Rome Statute", "instrument:rome-statute-art-87"),
        ("offences under Article 70 of the Rome Statute", "instrument:rome-statute-art-70"),
        ("under rule 93 of the Rules of Procedure of the Assembly", "instrument:asp-rules-rule-93"),
        ("rule 103 of the Rules of Procedure and Evidence", "instrument:rpe-rule-103"),
        ("the Assembly adopted ICC-ASP/22/Res.3 by consensus", "instrument:icc-asp-22-res-3"),
        ("Executive Order 14203 was signed", "instrument:us-eo-14203"),
        ("under EO 14203 the Treasury", "instrument:us-eo-14203"),
        ("under E.O. 13928 the Treasury", "instrument:us-eo-13928"),
        ("add them to Regulation (EC) No 2271/96", "instrument:eu-reg-2271-96"),
        ("referred by resolution 1593 (2005)", "instrument:unsc-res-1593"),
        ("the Independent Expert Review (IER) recommendation 169", "instrument:ier-recommendation-169"),
    ],
)
def test_instrument_patterns(nlp, kb, text: str, eid: str) -> None:
    assert eid in ids(run(nlp, kb, text))


def test_article_keeps_the_statute_as_its_own_entity(nlp, kb) -> None:
    ctx = run(nlp, kb, "Under article 127 of the Rome Statute, withdrawal takes a year.")
    assert {"instrument:rome-statute-art-127", "instrument:rome-statute"} <= ids(ctx)


@pytest.mark.parametrize(
    ("text", "eid"),
    [
        ("Al-Haq attended the twenty-first session of the Assembly of States Parties.", "session:asp-21"),
        ("At the Assembly's 21st session, delegates spoke.", "session:asp-21"),
        ("Side events at ASP21 covered threats.", "session:asp-21"),
        ("Side events at ASP 22 covered threats.", "session:asp-22"),
        ("during the ASP 21st session in The Hague", "session:asp-21"),
        ("REDRESS attended the 23rd Assembly of States Parties.", "session:asp-23"),
        ("The Twenty-fourth session of the Assembly opened.", "session:asp-24"),
    ],
)
def test_session_ordinals(nlp, kb, text: str, eid: str) -> None:
    assert eid in ids(run(nlp, kb, text))


def test_the_session_is_the_one_under_way(nlp, kb) -> None:
    ctx = run(nlp, kb, "We thank the Assembly. At this session, States Parties must act.", "2022-12-06")
    assert "session:asp-21" in ids(ctx)
    ctx = run(nlp, kb, "We thank the Assembly. At this session, States Parties must act.")
    assert not [e for e in ctx.entities if e.startswith("session:")]


def test_other_bodies_sessions_are_not_assembly_sessions(nlp, kb) -> None:
    ctx = run(nlp, kb, "The Assembly of States Parties noted the 55th session of the Human Rights Council.")
    assert not [e for e in ctx.entities if e.startswith("session:")]


def test_no_junk_entities(nlp, kb) -> None:
    text = (
        "STATEMENT ON COOPERATION\nBackground\nAdvocacy\n"
        "On 5 December 2022, 123 States Parties met. Some 45% of the budget, 3 million euros, "
        "was at stake on Monday. The Court's budget and the Prosecutor's Office were discussed."
    )
    ctx = run(nlp, kb, text)
    for e in ctx.entities.values():
        assert e.kind in {"state", "person", "organization", "igo", "court", "instrument", "group", "place", "session"}
        assert not e.name.isdigit() and "%" not in e.name and not e.name.endswith("'s")
        assert e.name.lower() not in {"statement", "background", "advocacy", "monday", "december"}


def test_signatory_list_items_are_organisations(nlp, kb) -> None:
    text = (
        "Signed by:\n"
        "\u2022 Lawyers for Fair Process;\n"
        "\u2022 Nile Rights Watch;\n"
        "\u2022 Justice Without Borders Network;\n"
        "\u2022 FHRN (Forum for Human Rights in the Nile)\n"
    )
    ctx = run(nlp, kb, text)
    names = {e.name for e in ctx.entities.values() if e.kind == "organization"}
    assert {"Lawyers for Fair Process", "Nile Rights Watch", "Justice Without Borders Network"} <= names
    fhrn = [e for e in ctx.entities.values() if "FHRN" in e.aliases]
    assert len(fhrn) == 1 and "Forum for Human Rights in the Nile" in fhrn[0].aliases


def test_event_title_in_quotes_is_not_an_organisation(nlp, kb) -> None:
    ctx = run(nlp, kb, 'The side event "Equitable Access to Justice: The Case of Palestine" took place.')
    assert not [e for e in ctx.entities.values() if e.kind == "organization"]


def test_generic_court_words_need_the_entity(nlp, kb) -> None:
    ctx = run(nlp, kb, "The International Criminal Court opened. Later the court adjourned.")
    assert "court" in {a.lower() for a in aliases(ctx, "court:icc")}


@pytest.mark.parametrize(
    ("text", "date", "person"),
    [
        (
            "On 6 February 2025, the President of the United States signed an order.",
            "2025-02-07",
            "person:donald-trump",
        ),
        ("Madam President, the Assembly of States Parties must act.", "2025-12-02", "person:paivi-kaukoranta"),
    ],
)
def test_other_offices_resolved_by_date(nlp, kb, text: str, date: str, person: str) -> None:
    assert person in ids(run(nlp, kb, text, date))


def test_executive_order_named_by_its_date_and_later_by_its_kind(nlp, kb) -> None:
    text = "We regret the executive order of 6 February 2025. The executive order targets the Court."
    ctx = run(nlp, kb, text)
    assert "instrument:us-eo-14203" in ids(ctx)
    assert len(ctx.entities["instrument:us-eo-14203"].mentions) == 2


def test_part_of_the_statute(nlp, kb) -> None:
    ctx = run(nlp, kb, "States must comply with Part 9 of the Rome Statute.")
    assert {"instrument:rome-statute-part-9", "instrument:rome-statute"} <= ids(ctx)


def test_city_read_once_as_its_government_is_the_state_throughout(nlp, kb) -> None:
    ctx = run(nlp, kb, "Khartoum defiant after warrant.\nIn Khartoum, officials rejected the decision.")
    assert "state:sd" in ids(ctx)
    assert "place:khartoum" not in ids(ctx)


def test_name_after_a_role_word_is_a_person(nlp, kb) -> None:
    ctx = run(nlp, kb, "Kenya's foreign minister, Moses Wetangula, defended the invitation.")
    assert any(e.kind == "person" and e.name == "Moses Wetangula" for e in ctx.entities.values())


def test_signature_lines_give_person_and_organisation_not_title(nlp, kb) -> None:
    text = (
        "We urge the Bureau to act.\n\nYours sincerely,\n\n"
        "Jane Mwangi, Executive Director, Lawyers for Human Rights Africa\n"
        "Pedro Alvarez, Coordinator, Red Latinoamericana de Justicia\n"
        "Sara Okafor, Chair, West African Justice Network\n"
    )
    ctx = run(nlp, kb, text)
    kinds = {e.name: e.kind for e in ctx.entities.values()}
    assert kinds.get("Sara Okafor") == "person"
    assert kinds.get("Red Latinoamericana de Justicia") == "organization"
    assert kinds.get("Lawyers for Human Rights Africa") == "organization"
    assert not {"Coordinator", "Chair", "Executive Director"} & set(kinds)


def test_honorific_names_unknown_people(nlp, kb) -> None:
    ctx = run(
        nlp, kb, "Cc: Ms Jana Novakova-Lind, Director.\nWe met Mr Tomas van der Berg. Mr Berg's reply came later."
    )
    names = {e.name for e in ctx.entities.values() if e.kind == "person"}
    assert {"Jana Novakova-Lind", "Tomas van der Berg"} <= names
    assert not any(n.endswith(("'s", ".")) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, Aug 28, 2010 (Newswire) - Kenya defended the visit.",
        "By Newswire staff | THE HAGUE | Monday\nThe court said.",
    ],
)
def test_news_agency_in_dateline_or_byline(nlp, kb, text: str) -> None:
    ctx = run(nlp, kb, text)
    assert any(e.kind == "organization" and e.name == "Newswire" for e in ctx.entities.values())

"""Sentence starts from the layout, and the merging rules of ``finalise``: cases that must hold.

Texts are written for these tests in the genre's layouts (headers, datelines, lists, PDF text
hard-wrapped at a fixed width), not copied from a corpus.
"""

from __future__ import annotations

import pytest

from .events_support import make_context, run_events


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headings without final punctuation end their sentence; a title keeps its dateline
        (
            (
                "Open Justice Network\nStatement to the General Debate\n\nTwenty-second session\n"
                "New York, 4-14 December 2023\n\nMadam President, thank you for the floor."
            ),
            [
                "Open Justice Network",
                "Statement to the General Debate",
                "Twenty-second session\nNew York, 4-14 December 2023",
            ],
        ),
        # a paragraph that ends without a full stop does not swallow the next one
        (
            (
                "The Assembly meets while the Court is under pressure\n\nSince February, the United States has "
                "designated the Prosecutor."
            ),
            ["The Assembly meets while the Court is under pressure"],
        ),
        # a short list item is one sentence even with a question in its title
        (
            'Side events\n- "Twenty years of the Trust Fund: what next?" (7 Dec), organised by Sweden and Mali;\n',
            ['- "Twenty years of the Trust Fund: what next?" (7 Dec), organised by Sweden and Mali;'],
        ),
        # each list item is a sentence, its marker with it
        (
            "Our recommendations are the following.\n- reject the sanctions publicly\n- adopt blocking legislation\n",
            ["- reject the sanctions publicly", "- adopt blocking legislation"],
        ),
    ],
)
def test_layout_starts_sentences(nlp, text: str, expected: list[str]) -> None:
    got = _sentences(nlp, text)
    for sentence in expected:
        assert sentence in got, got


def test_hard_wrapped_lines_stay_one_sentence(nlp) -> None:
    line = "We regret that the Assembly has not followed up on the findings of non-cooperation issued against the "
    lines = (
        "We thank the facilitators for their continued attention to heightening cooperation with the Court and",
        line.rstrip(),
        "governments of Djibouti, Uganda and Kenya, and we urge States Parties to use the procedures in full.",
        "The Bureau should meet each State concerned without delay and report to the plenary on the results.",
        "The Security Council, for its part, has provided virtually no follow-up on the findings referred to it.",
        "States Parties that sit on the Council should insist on that follow-up at every opportunity they have.",
    )
    text = "\n".join(lines)
    got = _sentences(nlp, text)
    assert any("Djibouti" in s and "We regret" in s for s in got), got


def test_first_item_after_calls_on_stays_with_its_lead_in(nlp) -> None:
    text = "The Coalition calls on:\n\n- the Government of Tajikistan to explain why the warrant was not executed;\n"
    got = _sentences(nlp, text)
    assert any(s.startswith("The Coalition calls on:") and "Tajikistan" in s for s in got), got


def test_the_bare_model_is_not_changed(nlp) -> None:
    from romewatch.extract.pipeline import load_model
    from romewatch.extract.sentences import NAME

    assert NAME in nlp.pipe_names
    assert NAME not in load_model().pipe_names


# --- finalise ------------------------------------------------------------------------------------
def test_a_restated_sanction_lends_its_imposer_to_a_sanction_only(nlp) -> None:
    text = (
        "Russia opened a criminal case against the Prosecutor, Karim Khan. "
        "The sanctions were announced by the United States under Executive Order 14203."
    )
    ctx = make_context(
        nlp,
        text,
        "Russia=state:ru; Karim Khan=person:karim-khan; United States=state:us; "
        "Executive Order 14203=instrument:us-eo-14203",
        date="2025-03-01",
    )
    events = run_events(ctx)
    threats = [e for e in events if e.type == "threat"]
    assert threats and all("state:us" not in e.roles.get("perpetrator", []) for e in threats)
    assert all("instrument" not in e.roles and "imposer" not in e.roles for e in events if e.type != "sanction")


def test_meetings_with_one_shared_person_stay_apart(nlp) -> None:
    text = (
        "On 3 December, the President of the Assembly met the Foreign Minister of Chile. "
        "On 4 December, the President of the Assembly met a delegation of Lex Aequa."
    )
    ctx = make_context(
        nlp,
        text,
        "President of the Assembly=person:paivi-kaukoranta; Chile=state:cl; Lex Aequa=org:lex-aequa",
        date="2025-12-05",
    )
    meetings = [e for e in run_events(ctx) if e.type == "meeting"]
    assert len(meetings) == 2, [(e.roles, e.date) for e in meetings]


def test_a_headline_joins_the_story_it_announces(nlp) -> None:
    from romewatch.extract.events.finalise import Finalise
    from romewatch.model import Event

    head = "Moscow opens criminal case against ICC prosecutor Karim Khan\n\n"
    body = "MOSCOW, 20 March 2023 - The Investigative Committee said it had opened a case against Karim Khan."
    ctx = make_context(nlp, head + body, "Moscow=state:ru; Karim Khan=person:karim-khan", date="2023-03-20")

    def threat(roles: dict, span: tuple[int, int], kind: str) -> Event:
        return Event(
            id="",
            type="threat",
            roles=roles,
            date=None,
            end_date=None,
            attributes={"kind": kind},
            evidence=[span],
            confidence=0.7,
        )

    headline = threat(
        {"perpetrator": ["state:ru"], "target": ["person:karim-khan"]}, (0, len(head)), "criminal_proceedings"
    )
    story = threat({"target": ["person:karim-khan"]}, (len(head), len(head + body)), "criminal_proceedings")
    other = threat({"target": ["person:karim-khan"]}, (len(head), len(head + body)), "surveillance")
    out = Finalise._headlines(ctx, [headline, story], set())
    assert out == [story] and story.roles["perpetrator"] == ["state:ru"]
    assert len(Finalise._headlines(ctx, [headline, other], set())) == 2  # another kind of act: not its story


def test_unwrap_joins_wrapped_lines_and_keeps_offsets() -> None:
    from romewatch.extract.sentences import unwrap

    lines = [
        "We regret that, as the Assembly knows, last year three findings of non-cooperation were issued against",
        "the governments of Djibouti, Uganda and Kenya, and that the Assembly has not followed up on these",
        "findings by making full use of its procedures relating to non-cooperation in the year that followed.",
        "States Parties which are members of the UN Security Council should insist on that body's follow-up",
        "of the findings referred to it by the Court in the situations in Darfur, Sudan and in Libya as well.",
        "",
        "On behalf of:",
        "- Al-Haq;",
        "- Parliamentarians for Global Action; and",
        "the Ukrainian Legal Advisory Group",
    ]
    text = "\n".join(lines)
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert "issued against the governments of Djibouti" in flat
    assert "follow-up of the findings" in flat
    assert "\n\nOn behalf of:\n- Al-Haq;\n" in flat
    assert "Global Action; and\nthe Ukrainian" in flat  # one list item a line


def test_extraction_hands_back_the_original_text() -> None:
    from romewatch.extract import extract_text

    text = (
        "The Assembly of States Parties met in The Hague in December 2024 to discuss the findings of\n"
        "non-cooperation referred to it by the Court over the course of the year that had just ended.\n"
        "The Netherlands hosted the session of the Assembly of States Parties at the World Forum venue.\n"
        "Delegations from more than one hundred States Parties attended the general debate of the session.\n"
        "The President of the Assembly thanked all delegations for their constructive work at the session.\n"
    )
    assert extract_text(text).document.text == text


def test_a_name_with_a_suffix_speaks_and_is_he_afterwards(nlp) -> None:
    text = (
        "President Piotr Hofmanski said that the Court was doing its part of the work.\n\n"
        "Prosecutor Karim Khan KC said that his Office would continue to investigate the crimes alleged in "
        "Ukraine. He added that his Office would not hesitate to submit further applications for warrants."
    )
    ctx = make_context(
        nlp, text, "Piotr Hofmanski=person:piotr-hofmanski; Karim Khan=person:karim-khan", date="2023-03-17"
    )
    events = run_events(ctx)
    said = {i for e in events if e.type == "statement" for i in e.roles.get("author", [])}
    pledged = [e.roles.get("agent") for e in events if e.type == "commitment"]
    assert "person:karim-khan" in said, [(e.type, e.roles) for e in events]
    assert pledged and all(a == ["person:karim-khan"] for a in pledged), pledged


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # the subject of the clause that governs it, not the nearest body named
        ("Hungary informed the Court on Thursday that it would leave the treaty.", 0, ["state:hu"]),
        ("The European Union said after meeting the Court that it remained a firm supporter.", 0, ["igo:eu"]),
        # at a sentence's start: the subject of the sentence before (its topic)
        ("The European Union discussed the sanctions with Russia. It said the Court must be protected.", 0, ["igo:eu"]),
        # a subject that cannot be "it" (a person) leaves the nearest body
        ("Karim Khan met the Netherlands. It said the Court was welcome.", 0, ["state:nl"]),
    ],
)
def test_it_is_the_governing_subject(nlp, text: str, pronoun: int, expected: list[str]) -> None:
    from romewatch.extract.events.finder import Finder

    ctx = make_context(
        nlp,
        text,
        "Hungary=state:hu; Court=court:icc; European Union=igo:eu; Russia=state:ru; "
        "Karim Khan=person:karim-khan; Netherlands=state:nl",
    )
    tok = [t for t in ctx.doc if t.lower_ == "it"][pronoun]
    assert Finder(ctx, tok.sent).resolve(tok) == expected

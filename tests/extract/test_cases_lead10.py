"""Round 10 (lead): an act told in a relative clause ("Khan, who was placed on Russia's wanted list",
"the judges, whom Washington designated", "Hungary, which announced its withdrawal") has the
clause's noun in the role the relative pronoun fills. Whole pipeline: the entities are the reader's own."""

from __future__ import annotations

import pytest

from .page_probes import has_roles, of_type, page_events


def _events(text: str, date: str = "2025-06-10") -> list:
    return page_events(text, date, head="News\n\n10 June 2025\n\n")


# (text, type, {role: id}): the relative pronoun's noun fills the role
RELATIVE = [
    ("Four ICC judges, whom Washington designated in June, said they would continue their work.",
     "sanction", {"imposer": "state:us", "target": "court:judges"}),
    ("Bensouda, whom the former Mossad chief Yossi Cohen is reported to have threatened, left office in 2021.",
     "threat", {"perpetrator": "person:yossi-cohen", "target": "person:fatou-bensouda"}),
    ("Hungary, which announced its withdrawal from the Rome Statute during the visit, had been a State Party since 2001.",
     "membership_change", {"state": "state:hu"}),
    ("The Prosecutor, whom Moscow charged in absentia in 2023, told reporters he would not be deterred.",
     "threat", {"perpetrator": "state:ru", "target": "person:karim-khan"}),
    ("Mongolia, which hosted Vladimir Putin in September 2024, was later found in breach of its obligations.",
     "fugitive_visit", {"host": "state:mn", "subject": "person:vladimir-putin"}),
    ("The Court's President, whose staff were placed under surveillance by Israeli agencies, spoke on Monday.",
     "threat", {"perpetrator": "state:il"}),
    ("Canada, which has condemned the sanctions against the Court, sent its foreign minister to The Hague.",
     "condemnation", {"agent": "state:ca"}),
]


@pytest.mark.parametrize("text, etype, roles", RELATIVE)
def test_a_relative_pronoun_stands_for_its_noun(text: str, etype: str, roles: dict[str, str]) -> None:
    events = _events(text)
    assert has_roles(events, etype, **roles), [(e.type, e.roles) for e in events]


def test_a_breach_of_obligations_is_no_cyberattack() -> None:
    events = _events("Mongolia, which the Court later found in breach of its obligations, did not arrest him.")
    assert not [e for e in events if e.type == "threat"], [(e.type, e.roles, e.attributes) for e in events]


def test_a_state_named_after_the_relative_clause_is_no_filler_of_it() -> None:
    """'which' stands for its own noun, not for a name later in the sentence."""
    events = _events("The sanctions, which Washington imposed in February, were condemned by France.")
    cond = [e for e in events if e.type == "condemnation"]
    assert cond and "state:fr" in cond[0].roles.get("agent", []), [(e.type, e.roles) for e in events]
    assert not has_roles(events, "sanction", target="state:fr"), [(e.type, e.roles) for e in events]


def test_a_relative_clause_on_a_list_stands_for_the_whole_list() -> None:
    """A guard: the list was read before the relative pronoun stood for its noun, and still is."""
    events = _events(
        "The twenty-fourth session of the Assembly of States Parties opened in The Hague on 1 December 2025. "
        "Human Rights Watch and Amnesty International, which attended the session as observers, spoke on Monday."
    )
    assert has_roles(events, "participation", participant="org:human-rights-watch") and has_roles(
        events, "participation", participant="org:amnesty-international"
    ), [(e.type, e.roles) for e in events]


def test_a_participle_opening_the_sentence_is_about_the_main_subject() -> None:
    events = _events("Having been sanctioned by Washington in February, Karim Khan said he would continue his work.")
    assert has_roles(events, "sanction", imposer="state:us", target="person:karim-khan"), [(e.type, e.roles) for e in events]


@pytest.mark.parametrize(
    "text, etype, date",
    [
        (
            "Hungary, a State Party since 2001, announced its withdrawal from the Rome Statute on 3 April.",
            "membership_change",
            "2025-04-03",
        ),
        (
            "Vladimir Putin, who is wanted by the ICC, visited Mongolia, a State Party since 2002, in September 2024.",
            "fugitive_visit",
            "2024-09",
        ),
    ],
)
def test_a_date_describing_a_noun_does_not_date_the_act(text: str, etype: str, date: str) -> None:
    """'a State Party since 2001' tells what the noun is, not when the sentence's act happened."""
    got = of_type(_events(text), etype)
    assert got and all((e.date or "").startswith(date) for e in got), [(e.type, e.date) for e in got]


def test_a_noun_triggers_own_clause_dates_it_before_the_clause_the_parse_hangs_it_on() -> None:
    """'In 2020 A and B were placed under sanctions; the Biden administration lifted the measures in
    April 2021': the parser makes the first clause a complement of 'lifted'; 2020 is the sanction's."""
    events = _events(
        "In 2020, Fatou Bensouda and Phakiso Mochochoko were placed under sanctions; the Biden administration "
        "lifted the measures in April 2021."
    )
    got = of_type(events, "sanction")
    assert got and got[0].date == "2020", [(e.type, e.date) for e in events]


@pytest.mark.parametrize("aux", ["will", "will also", "did"])
def test_a_list_that_co_hosts_after_an_auxiliary_organises_together(aux: str) -> None:
    events = _events(
        f"Human Rights Watch and Amnesty International {aux} co-host a side event on protecting the Court."
    )
    got = of_type(events, "side_event")
    assert got and {"org:human-rights-watch", "org:amnesty-international"} <= set(got[0].roles.get("organizer", [])), [
        (e.type, e.roles) for e in events
    ]


@pytest.mark.parametrize(
    "text, etype, date",
    [
        (
            (
                "Khan, who was placed on Russia's wanted list in 2023, wrote in an op-ed in March that the Court "
                "would not bend."
            ),
            "statement",
            "2025-03",
        ),
        ("Karim Khan, Prosecutor since June 2021, was sanctioned by Washington in February.", "sanction", "2025-02"),
        (
            "In 2023 the Court issued a warrant for Vladimir Putin. In March, a Moscow court ordered the arrest of the judges.",
            "threat",
            "2023-03",
        ),
    ],
)
def test_a_year_told_in_an_aside_is_no_year_of_the_narrative(text: str, etype: str, date: str) -> None:
    """A month without its year takes the year the paragraph's story is in, not a year told in a
    relative clause or a 'since' aside about a noun (the last case: the story's own year still carries)."""
    got = of_type(_events(text), etype)
    assert got and all((e.date or "").startswith(date) for e in got), [(e.type, e.date) for e in got]

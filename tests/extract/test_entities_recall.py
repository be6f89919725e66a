"""Entity recall on phrasings of the genre the KB does not list: a table of sentences, each with the
entity ids it must (and must not) yield."""

from __future__ import annotations

import pytest

from romewatch.extract import extract_text

CASES = [
    # a person named before their role
    (
        '"We act lawfully," Gergely Gulyas, chief of staff to the Prime Minister, said on Thursday.',
        ["person:gergely-gulyas"],
        [],
    ),
    # "the Coalition for X": an unknown coalition, not the Coalition for the ICC
    (
        "Amnesty International and the Coalition for Justice and Accountability (Ukraine) signed the statement.",
        ["org:coalition-for-justice-and-accountability"],
        ["org:coalition-for-the-icc"],
    ),
    # a name stops at its bracketed acronym
    (
        "It was signed by the Italian Coalition for Civil Liberties and Rights (CILD) and Amnesty International.",
        ["org:italian-coalition-for-civil-liberties-and-rights"],
        ["org:italian-coalition-for-civil-liberties-and-rights-cild"],
    ),
    # the judges as a body, in a text about the Court
    (
        "The Rome Statute system is under attack: eight of the Court's judges have been designated.",
        ["court:judges"],
        [],
    ),
    ("Under the Rome Statute, six judges were elected by the Assembly.", ["court:judges"], []),
    # ... but not the UN mandate on judges and lawyers
    (
        "The Special Rapporteur on the independence of judges and lawyers criticised the measures.",
        ["igo:un-special-rapporteur-independence-judges-lawyers"],
        ["court:judges"],
    ),
    # Assembly bodies by their mandate
    (
        (
            "We met the facilitator on non-cooperation and thanked the cooperation facilitators of the Assembly of "
            "States Parties for their work."
        ),
        ["court:facilitator-on-non-cooperation", "court:cooperation-facilitators"],
        [],
    ),
    # numbered headings and menu items are no names
    (
        "Assembly of States Parties | Press releases | Contact | Deutsch\n\n1. Context\n\nThe Assembly met.",
        ["court:asp"],
        ["org:context", "org:deutsch"],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_entities(text: str, present: list[str], absent: list[str]) -> None:
    ids = {e["id"] for e in extract_text(text).to_contract()["entities"]}
    assert set(present) <= ids, ids
    assert not set(absent) & ids, ids

"""Entity constructions of the genre: capitals for governments, names spelled by their bracketed
acronym, surnames used alone, generic short forms, treaties by title, the Court's membership in the
press, places the small NER model reads as people. Each sentence lists ids it must and must not yield."""

from __future__ import annotations

import pytest

from romewatch.extract import extract_text

CASES = [
    # a capital acting for its government, and the same city as a place
    (
        "Bamako, Ouagadougou and Niamey remain bound by the Rome Statute.",
        None,
        ["state:ml", "state:bf", "state:ne"],
        [],
    ),
    ("DAKAR, 25 September 2025 - Rights groups met in Dakar.", None, ["place:dakar"], ["state:sn"]),
    # the long name is the words whose initials spell the acronym, whatever their case or language
    (
        "said Drissa Traore, coordinator of the Association malienne des droits de l'Homme (AMDH). AMDH added.",
        None,
        ["org:association-malienne-des-droits-de-lhomme", "person:drissa-traore"],
        ["org:association"],
    ),
    # the document's own acronym beats the KB's reading of the same letters
    (
        "The International Commission of Jurists (ICJ) said the ICJ would not comment further.",
        None,
        ["org:international-commission-of-jurists"],
        ["igo:icj"],
    ),
    (
        "The Kenyan Section of the International Commission of Jurists (ICJ Kenya) filed the case.",
        None,
        ["org:kenyan-section-of-the-international-commission-of-jurists"],
        ["igo:icj", "org:international-commission-of-jurists"],
    ),
    # a surname alone refers back; a title is not part of the name
    (
        "Ms Hannah Forster, executive director of the centre, spoke first. Forster recalled the killings.",
        None,
        ["person:hannah-forster"],
        ["person:ms-hannah-forster", "person:forster"],
    ),
    # a known surname after another first name is another person
    (
        "Rodrigo Duterte was flown to The Hague. Vice President Sara Duterte said her father was kidnapped.",
        "2025-03-12",
        ["person:rodrigo-roa-duterte", "person:sara-duterte"],
        [],
    ),
    # "the Council" is the council named last
    (
        "The Human Rights Council appointed her in 2022. The Council must respond firmly.",
        None,
        ["igo:human-rights-council"],
        ["igo:un-security-council"],
    ),
    # treaties and texts by their title, without the bodies named inside them
    (
        "Experts enjoy immunity under the Convention on the Privileges and Immunities of the United Nations.",
        None,
        ["instrument:convention-on-the-privileges-and-immunities-of-the-united-nations"],
        ["igo:un"],
    ),
    # the Court's membership in the words of the press
    (
        "The ICC prosecutor asked the court's 124 member states to arrest him.",
        "2025-01-10",
        ["court:states-parties"],
        [],
    ),
    ("Most EU member states signed the statement.", None, [], ["court:states-parties"]),
    # continents are not places the genre records; no second state inside a state's name
    (
        "Victims in the Democratic Republic of the Congo and elsewhere in Africa wait for reparations.",
        None,
        ["state:cd"],
        ["state:cg", "place:africa"],
    ),
    # places the small model reads as people or organisations
    ("Civilians were killed in Sloviansk and near Avdiivka.", None, ["place:sloviansk", "place:avdiivka"], []),
    # an office with "Vice-" or "Deputy" before it is not the office
    (
        "The Bureau met, chaired by the Vice-President of the Assembly.",
        "2025-06-06",
        [],
        ["person:paivi-kaukoranta"],
    ),
    # "Professor X of the University of Y": a person, then an organisation
    (
        "Professor Dapo Akande of the University of Oxford disagreed.",
        None,
        ["person:dapo-akande", "org:university-of-oxford"],
        [],
    ),
    # "X, known as Y": one person
    (
        "His rival Mohamed Hamdan Dagalo, known as Hemedti, leads the forces. Hemedti did not respond.",
        None,
        ["person:mohamed-hamdan-dagalo"],
        ["person:hemedti"],
    ),
    # military and political titles are cut; lower-case particles stay in the name
    (
        "Al-Burhan's spokesman, Brigadier Nabil Abdallah, said so. Senator Bato dela Rosa feared arrest.",
        None,
        ["person:nabil-abdallah", "person:bato-dela-rosa"],
        ["person:brigadier-nabil-abdallah", "person:rosa"],
    ),
    # an organisation spelt out by its acronym keeps a state adjective inside it
    (
        "Rodrigo Duterte was arrested by the Philippine National Police (PNP) on Tuesday.",
        None,
        ["org:philippine-national-police"],
        [],
    ),
    # the organisation word need not come early in a long name
    (
        "Sima Samar of the Afghanistan Independent Human Rights Commission was there.",
        None,
        ["org:afghanistan-independent-human-rights-commission"],
        [],
    ),
    # two holders of a shared office
    (
        "Eight of the Court's judges, its Prosecutor and both Deputy Prosecutors are under sanctions.",
        "2025-12-03",
        ["person:nazhat-shameem-khan", "person:mame-mandiaye-niang", "court:judges"],
        [],
    ),
    # an office title from the KB resolves to its holder
    ("The Kremlin spokesman said Russia did not recognise the court.", "2024-09-01", ["person:dmitry-peskov"], []),
    # sessions by apposition and relative to the session the text is about
    (
        (
            "Seventeenth Session of the Assembly of States Parties\n\nWe welcome the activation, at the last session "
            "in New York, of the Court's jurisdiction. The next session will be held in The Hague."
        ),
        "2018-12-06",
        ["session:asp-17", "session:asp-16", "session:asp-18"],
        [],
    ),
    (
        "The next regular session of the Assembly, its twenty-fourth, will be held in The Hague.",
        "2025-07-09",
        ["session:asp-24"],
        [],
    ),
    # an executive order named by its date, with words between
    (
        "We note the Executive Order issued by the President of the United States of America on 11 June 2020.",
        "2020-06-23",
        ["instrument:us-eo-13928"],
        [],
    ),
    # "<the Prosecutor>'s office" is the Office of the Prosecutor; appeals judges are the Appeals Chamber
    (
        "ICC Prosecutor Karim Khan applied for warrants. Khan's office later warned of threats.",
        "2024-05-28",
        ["court:otp", "person:karim-khan"],
        [],
    ),
    ("ICC appeals judges upheld the finding against Jordan.", None, ["court:appeals-chamber"], []),
    # a role word right before the name, without a comma
    (
        "Prime Minister Viktor Orban's chief of staff Gergely Gulyas said on Thursday that Hungary would leave.",
        None,
        ["person:gergely-gulyas"],
        ["org:gulyas"],
    ),
    ("Amnesty's Agnes Callamard called the move a dark day.", None, ["org:amnesty-international"], []),
    # a surname alone is the office holder who bears it on the document's date
    ("Khan also sought warrants for three Hamas leaders.", "2024-05-20", ["person:karim-khan", "group:hamas"], []),
    # armed groups the small model reads as people
    ("The Houthis and the M23 rebel group were named.", None, ["group:houthis", "group:m23"], ["person:houthis"]),
    # "UN X" and "United Nations X" are one body
    ("The United Nations Human Rights Office said it was concerned.", None, ["igo:ohchr"], ["igo:un"]),
]


@pytest.mark.parametrize(("text", "date", "present", "absent"), CASES)
def test_construction(text: str, date: str | None, present: list[str], absent: list[str]) -> None:
    ids = {e.id for e in extract_text(text, date=date).entities}
    assert set(present) <= ids, sorted(ids)
    assert not set(absent) & ids, sorted(ids)

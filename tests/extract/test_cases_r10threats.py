"""Round 10 (threats): probes reduced from eight long-reads that retell the history of pressure on the
Court (explainer, NGO briefing paper hard-wrapped as a PDF, Politico feature, Al Jazeera Q&A, court-watch
analysis, NGO press release with a bullet list, Reuters wire, prose timeline), written before the fixes.
Constructions: background acts told in the pluperfect with a year ("had been breached by hackers in
2023"), a state's court as the state with an interrupting participial phrase ("A Moscow court, acting at
the request of ..., ordered the arrest of ..."), a named court of a state ("the Basmanny court"),
bulleted acts ("- Russian authorities have placed ... on wanted lists;"), an official of "a permanent
member of the Security Council" (no perpetrator, not the Council), timeline paragraphs led by their year
("2018 - In a speech on 10 September, ..."). Negatives: "found in breach of its obligations", states
"attacking" the Court in a figurative sense, the Court's own warrants.
Added from further background tellings (each probe written before its fix): "whose systems were compromised",
reveal and publication dates ("revealed in May 2024 that ... for nine years", "according to an investigation
published last May"), "is said / believed to have", coordinated relative clauses ("who was sanctioned ... and
placed on ..."), "a permanent member of the Security Council", "threatened in 2018 to arrest", a state's
warrants for the Court's judges, "told ... that they could face prison", "dates back to 2018, when ...",
an "also" paragraph of another kind of act not taking the earlier paragraph's day.
First run: 5 of the first 17 probes passed (2 of 13 positives, 3 of 4 negatives).
"""

from __future__ import annotations

import pytest

from .events_support import case_ids, with_xfail
from .page_probes import assert_no_page_event, assert_page_events

T = "threat"

# Whole-pipeline probes: (id, text, roles, attributes); role values are name fragments
PIPE = [
    ("pluperfect-breached-by-hackers",
     "The institution had been breached by hackers in 2023, and its staff were told to change their passwords.",
     {}, {"kind": "cyberattack", "date": "2023"}),
    ("systems-were-hacked-year",
     "The International Criminal Court's computer systems were hacked in 2023.",
     {"target": ["International Criminal Court"]}, {"kind": "cyberattack", "date": "2023"}),
    ("court-of-state-interrupted-subject",
     ("A Moscow court, acting at the request of the Investigative Committee, ordered the arrest of Judge Sergio "
      "Ugalde in 2024."),
     {"perpetrator": ["Russia"], "target": ["Ugalde"]}, {"kind": "criminal_proceedings", "date": "2024"}),
    ("named-court-of-state",
     ("Russia's Investigative Committee opened a criminal case against the Prosecutor in March 2023. The Basmanny court then ordered the arrest of Judge "
      "Tomoko Akane in absentia."),
     {"perpetrator": ["Investigative Committee", "Russia"], "target": ["Akane"]}, {"kind": "criminal_proceedings"}),
    ("bullet-placed-on-wanted-lists",
     ("Over the past twelve months:\n- Russian authorities have placed the President of the Court and several judges "
      "on wanted lists;\n- the Court's systems were compromised."),
     {"perpetrator": ["Russia"]}, {"kind": "criminal_proceedings"}),
    ("official-of-permanent-member",
     ("The official recalled that a former intelligence chief of a permanent member of the Security Council had "
      "threatened the previous prosecutor."),
     {"perpetrator": []}, {"kind": "threat"}),
    ("senators-letter-warning",
     ("Pressure from the United States began early. On 24 April 2024, twelve Republican senators sent a letter to the Prosecutor, Karim Khan, warning that they "
      "would sanction his employees and associates."),
     {"perpetrator": ["United States"], "target": ["Karim"]}, {"kind": "threat", "date": "2024-04-24"}),
    ("case-against-apposition-and-judges",
     ("Within a week of the warrant, the Investigative Committee of Russia announced that it had opened a case against "
      "the prosecutor, Karim Khan, and the judges who had issued the warrant."),
     {"perpetrator": ["Russia"], "target": ["Karim", "Judges"]}, {"kind": "criminal_proceedings"}),
    ("held-accountable-cooperate",
     ("The committee's chairman, Alexander Bastrykin, had earlier said that those who cooperate with the International "
      "Criminal Court would be held accountable under Russian law."),
     {"perpetrator": ["Bastrykin"]}, {"kind": "threat"}),
    ("anyone-assisting-will-be-prosecuted",
     "Hungary's foreign minister, Péter Szijjártó, warned that anyone assisting the ICC in Hungary will be prosecuted.",
     {"perpetrator": ["Szijj", "Hungary"]}, {"kind": "threat"}),
    ("letter-to-registrar-warning",
     ("The United States has long opposed the Court. The Prime Minister of Israel wrote to the Registrar, warning that "
      "the Court would face consequences."),
     {"target": ["International Criminal Court"]}, {"kind": "threat"}),
    ("whose-systems-compromised",
     ("The ICC, whose systems were compromised in 2023, has also been targeted by a disinformation campaign run by "
      "Russian state media."),
     {"target": ["International Criminal Court"]}, {"kind": "cyberattack", "date": "2023"}),
    ("whose-offices-raided",
     "Al-Haq, whose offices were raided by Israeli forces in 2022, had submitted evidence to the International Criminal Court.",
     {"perpetrator": ["Israel"], "target": ["Al-Haq"]}, {"kind": "intimidation", "date": "2022"}),
    ("revealed-with-a-duration",
     "The Guardian revealed in May 2024 that Israel had spied on the International Criminal Court for nine years.",
     {"perpetrator": ["Israel"], "target": ["International Criminal Court"]}, {"kind": "surveillance", "date": None}),
    ("according-to-published-report-date",
     ("According to an investigation published last May by the Guardian, Israel's intelligence agencies spent nearly a "
      "decade monitoring the International Criminal Court."),
     {"perpetrator": ["Israel"], "target": ["International Criminal Court"]}, {"kind": "surveillance", "date": None}),
    ("report-published-act-own-date",
     "Israel spied on the International Criminal Court in 2021, according to a report published in May 2024.",
     {"perpetrator": ["Israel"]}, {"kind": "surveillance", "date": "2021"}),
    ("after-hackers-breached-its-systems",
     ("After hackers breached its systems in September 2023, the International Criminal Court moved its files "
      "offline."),
     {"target": ["International Criminal Court"]}, {"kind": "cyberattack", "date": "2023-09"}),
    ("is-said-to-have-warned",
     ("Israel's then national security adviser is said to have warned Fatou Bensouda in 2021 that she would pay a price "
      "if she pursued the case."),
     {"perpetrator": ["Israel"], "target": ["Bensouda"]}, {"kind": "threat", "date": "2021"}),
    ("is-believed-to-have-hacked",
     "Russian intelligence is believed to have hacked the International Criminal Court in 2023.",
     {"perpetrator": ["Russia"], "target": ["International Criminal Court"]}, {"kind": "cyberattack", "date": "2023"}),
    ("relative-coordinated-wanted-list",
     ("Khan, who was sanctioned by Washington in February and placed on a Russian wanted list in 2023, said he would "
      "not be intimidated."),
     {"perpetrator": ["Russia"], "target": ["Khan"]}, {"kind": "criminal_proceedings", "date": "2023"}),
    ("member-of-council-not-council",
     "Officials from a permanent member of the Security Council threatened ICC staff.",
     {"perpetrator": [], "target": ["International Criminal Court"]}, {"kind": "threat"}),
    ("unnamed-chief-threatened-named",
     "A former intelligence chief of a permanent member of the Security Council had threatened Fatou Bensouda.",
     {"perpetrator": [], "target": ["Bensouda"]}, {"kind": "threat"}),
    ("later-paragraph-also-another-kind",
     ("In March 2023, Russia opened a criminal case against Karim Khan.\n\nThe Court has also been the target of a smear "
      "campaign by Russian state media."),
     {"perpetrator": ["Russia"], "target": ["International Criminal Court"]}, {"kind": "smear", "date": "2025-12-01"}),
    ("threatened-year-then-infinitive",
     "Rodrigo Duterte threatened in 2018 to arrest Fatou Bensouda.",
     {"perpetrator": ["Duterte"], "target": ["Bensouda"]}, {"kind": "threat", "date": "2018"}),
    ("since-state-issued-warrants",
     ("Since Moscow issued warrants for three of its judges, the International Criminal Court has stopped sending them "
      "to conferences."),
     {"perpetrator": ["Russia"]}, {"kind": "criminal_proceedings"}),
    ("state-issued-warrants-named",
     "Russia has issued warrants for Judge Tomoko Akane and the Prosecutor of the International Criminal Court, Karim Khan.",
     {"perpetrator": ["Russia"], "target": ["Akane", "Karim"]}, {"kind": "criminal_proceedings"}),
    ("told-by-state-could-face-prison",
     ("The International Criminal Court had a hard year. Its staff had been told by Washington that they could face "
      "prison for assisting investigations of Israeli officials."),
     {"perpetrator": ["United States"], "target": ["International Criminal Court"]}, {}),
    ("timeline-year-lead",
     ("Timeline\n\n2018 - In a speech in Washington on 10 September, John Bolton threatens sanctions against the "
      "Court's judges if it investigates Americans.\n\n2020 - The Court opens an investigation."),
     {"perpetrator": ["Bolton"]}, {"kind": "threat", "date": "2018-09-10"}),
    ("timeline-year-lead-undated",
     ("Timeline\n\n2023 - Russia opens criminal proceedings against the Prosecutor and three judges.\n\n"
      "2024 - The Assembly meets."),
     {"perpetrator": ["Russia"]}, {"kind": "criminal_proceedings", "date": "2023"}),
    ("timeline-year-colon-later-entry",
     ("Chronology\n\n2019: The Prosecutor asks to open an investigation.\n\n2024: US senators warn Karim Khan in a letter: "
      "\"Target Israel and we will target you.\""),
     {"perpetrator": ["United States"], "target": ["Karim"]}, {"kind": "threat", "date": "2024"}),
    ("dates-back-to-when",
     ("The clash with Washington dates back to at least 2018, when John Bolton told a conservative audience that the "
      "United States would prosecute the International Criminal Court's judges in its courts."),
     {"perpetrator": ["United States"]}, {"date": "2018"}),
    ("intercepted-emails-of-groups",
     ("The paper said that Israeli intelligence had also intercepted the emails and phone calls of Al-Haq, which "
      "submitted evidence to the prosecutor's office."),
     {"perpetrator": ["Israel"], "target": ["Al-Haq"]}, {"kind": "surveillance"}),
]

# Whole-pipeline negatives: no threat at all
PIPE_NEG = [
    ("found-in-breach-of-obligations",
     ("In 2024, Mongolia failed to arrest a suspect during an official visit, which the Court later found in breach "
      "of its obligations under the Statute.")),
    ("states-attacking-figurative",
     ("Not much, said Elena Marsh, a professor at Leiden University. \"It has no police. It relies on states, and "
      "some of those states are the ones attacking it.\"")),
    ("courts-own-warrants",
     ("Its prosecutor had been put on a Russian wanted list in 2023.\n\nSeveral people said the pressure had "
      "intensified after the court announced arrest warrants for Benjamin "
      "Netanyahu and Yoav Gallant in November 2024.")),
    ("perpetrators-held-accountable",
     "The minister said that those who committed the crimes investigated by the Court would be held accountable."),
    ("helpers-protected",
     "The Registrar said that those who cooperate with the Court would be protected."),
    ("compromised-independence",
     "Critics said the reform compromised the independence of the International Criminal Court."),
    ("own-account-compromised-pronoun",
     "By Irene Vasquez-Holm\n\nOne official said the Court was watched. Another said his personal email account had been compromised."),
    ("courts-own-warrants-issued",
     "The International Criminal Court issued warrants for Vladimir Putin and Maria Lvova-Belova."),
    ("state-warrant-not-court-official",
     "Libya issued a warrant for the arrest of Khalifa Haftar, who is not sought by the International Criminal Court."),
    ("year-leading-a-sentence-not-timeline",
     "2023 was a difficult year for the Court."),
    ("told-staff-building-would-close",
     "The Registrar told staff of the International Criminal Court that the building would close for a week."),
    ("breach-of-the-statute",
     "Amnesty International said the visit was a clear breach of the Rome Statute by the host state."),
]

XFAIL: dict[str, str] = {
    "pluperfect-breached-by-hackers": "'The institution' as the Court is not read as the passive's target",
    "official-of-permanent-member": "the untitled 'previous prosecutor' is no entity: the act has no target",
    "case-against-apposition-and-judges": "'opened a case against' ('case' alone) is no trigger: the Court's own cases read alike",
}


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PIPE, XFAIL), ids=case_ids(PIPE))
def test_pipeline_probe(case):
    _, text, roles, attrs = case
    assert_page_events(text, T, [(roles, attrs)])


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PIPE_NEG, XFAIL), ids=case_ids(PIPE_NEG))
def test_pipeline_negative(case):
    _, text = case
    assert_no_page_event(text, T)

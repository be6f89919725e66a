"""Round 9 (threats): probes reduced from eight short documents of the genre (wire, feature, Court press
release, NGO statement, government statement, UN experts release, Bureau report, news), written before
the fixes. Constructions: passives of suffering ("were placed under surveillance", "were subjected to a
smear campaign", "had been threatened with sanctions"), a court of a state as the state ("a Moscow court
convicted ... in absentia"), coordinated targets, "added X to its wanted list", "accused of harassing",
bills that would punish cooperation. Negatives: characterisations of acts told elsewhere, generic talk.
"""

from __future__ import annotations

import pytest

from .events_support import assert_event, assert_no_event, case_ids, with_xfail
from .page_probes import assert_page_events

T = "threat"

# (id, text, entities, roles, attributes)
PROBES = [
    # ---- passives of suffering, no perpetrator named ----
    ("pas-placed-under-surveillance",
     "Palestinian organisations such as Al-Haq were also placed under surveillance.",
     "Al-Haq=org:al-haq", {"target": ["org:al-haq"]}, {"kind": "surveillance"}),
    ("pas-kept-under-surveillance",
     "Staff of Al-Haq were kept under constant surveillance for months.",
     "Al-Haq=org:al-haq", {"target": ["org:al-haq"]}, {"kind": "surveillance"}),
    ("pas-subjected-to-smear",
     "Staff of Al-Haq were subjected to a smear campaign portraying them as fronts for terrorism.",
     "Al-Haq=org:al-haq", {"target": ["org:al-haq"]}, {"kind": "smear"}),
    ("pas-subjected-to-harassment",
     "Lawyers of the Palestinian Centre for Human Rights have been subjected to repeated harassment.",
     "Palestinian Centre for Human Rights=org:pchr", {"target": ["org:pchr"]}, {"kind": "intimidation"}),
    ("pas-threatened-with-sanctions",
     "The Special Rapporteur, Francesca Albanese, had herself been threatened with sanctions for her engagement with the Court.",
     "Francesca Albanese=person:fa; the Court=court:icc", {"target": ["person:fa"]}, {"kind": "threat"}),
    ("pas-received-threatening-messages",
     "Several staff members of the Court had received threatening messages.",
     "the Court=court:icc", {"target": ["court:icc"]}, {"kind": "threat"}),
    ("pas-subjected-to-reconnaissance",
     "The Court's premises and staff were subjected to hostile reconnaissance.",
     "The Court=court:icc", {"target": ["court:icc"]}, {"kind": "surveillance"}),
    ("pas-received-death-threats",
     "Judge Alapini-Gansou has received death threats since the warrants were issued.",
     "Judge Alapini-Gansou=person:ra", {"target": ["person:ra"]}, {"kind": "threat"}),
    # ---- a court of a state is the state ----
    ("act-moscow-court-convicted",
     "In Russia, a Moscow court last year convicted in absentia the ICC's former prosecutor and several judges.",
     "Russia=state:ru; Moscow=state:ru; ICC=court:icc", {"perpetrator": ["state:ru"]}, {"kind": "criminal_proceedings"}),
    ("act-russian-court-sentenced",
     "A Russian court on Friday sentenced Judge Tomoko Akane in absentia.",
     "Russian=state:ru; Tomoko Akane=person:ta", {"perpetrator": ["state:ru"], "target": ["person:ta"]},
     {"kind": "criminal_proceedings"}),
    # ---- coordinated targets ----
    ("coord-arrest-in-absentia",
     "On 20 March 2024 a Moscow court ordered the arrest in absentia of Judge Reine Alapini-Gansou and Judge Sergio Ugalde.",
     "Moscow=state:ru; Reine Alapini-Gansou=person:ra; Sergio Ugalde=person:su",
     {"perpetrator": ["state:ru"], "target": ["person:ra", "person:su"]}, {"kind": "criminal_proceedings"}),
    # ---- wanted list and charges ----
    ("act-added-to-wanted-list",
     "The Investigative Committee of Russia had earlier added Prosecutor Karim Khan to its wanted list in May 2023.",
     "Russia=state:ru; Karim Khan=person:kk", {"perpetrator": ["state:ru"], "target": ["person:kk"]},
     {"kind": "criminal_proceedings", "date": "2023-05"}),
    ("act-charged-judge",
     "Russia's Investigative Committee said on Monday it had charged Judge Tomoko Akane with knowingly unlawful detention of an innocent person.",
     "Russia=state:ru; Tomoko Akane=person:ta", {"perpetrator": ["state:ru"], "target": ["person:ta"]},
     {"kind": "criminal_proceedings"}),
    # ---- accused of ----
    ("rep-accused-of-harassing",
     "The Philippine authorities were accused by victims' lawyers of harassing witnesses who had given evidence to ICC investigators.",
     "Philippine=state:ph; witnesses=group:witnesses; ICC=court:icc",
     {"perpetrator": ["state:ph"], "target": ["group:witnesses"]}, {"kind": "intimidation"}),
    # ---- smear by attacking integrity ----
    ("act-attacked-integrity",
     "Hungarian officials have publicly attacked the integrity of the Court's judges.",
     "Hungarian=state:hu; Court=court:icc", {"perpetrator": ["state:hu"], "target": ["court:icc"]}, {"kind": "smear"}),
    ("app-appositive-passive-target",
     "The Prosecutor, Karim Khan, was threatened by Senator Tom Cotton in a letter.",
     "Karim Khan=person:kk; Tom Cotton=person:tc", {"perpetrator": ["person:tc"], "target": ["person:kk"]},
     {"kind": "threat"}),
    ("act-russian-investigators-charged",
     "Russian investigators said they had charged Judge Tomoko Akane with unlawful detention.",
     "Russian=state:ru; Tomoko Akane=person:ta", {"perpetrator": ["state:ru"], "target": ["person:ta"]},
     {"kind": "criminal_proceedings"}),
    ("act-questioned-credibility",
     "Israeli ministers have repeatedly attacked the credibility of the Prosecutor, Karim Khan.",
     "Israeli=state:il; Karim Khan=person:kk", {"perpetrator": ["state:il"], "target": ["person:kk"]}, {"kind": "smear"}),
    ("clause-alarmed-that",
     "The experts were alarmed that lawyers of Al-Haq had been threatened with arrest.",
     "Al-Haq=org:al-haq", {"target": ["org:al-haq"]}, {"kind": "threat"}),
    ("alarm-at-revelations-that",
     "UN experts expressed grave alarm at revelations that Israel's intelligence agencies had spied on the Court.",
     "Israel=state:il; the Court=court:icc", {"perpetrator": ["state:il"], "target": ["court:icc"]},
     {"kind": "surveillance"}),
    ("concern-at-reports-that",
     "Amnesty voiced concern at reports that Russia's security services had hacked the Court's servers.",
     "Russia=state:ru; Amnesty=org:ai; Court=court:icc", {"perpetrator": ["state:ru"], "target": ["court:icc"]},
     {"kind": "cyberattack"}),
]

# (id, text, entities): no threat here
NEGATIVES = [
    ("neg-citing-threats",
     ("The President said the institution was under attack from all sides, citing threats of sanctions, cyberattacks "
     "and criminal proceedings against its elected officials."),
     "the institution=court:icc"),
    ("neg-bill-failed",
     "The Senate failed to pass a bill to punish the Court, and the measure was dropped.",
     "the Court=court:icc"),
    ("neg-bill-protect",
     "Parliament passed a bill to protect those who cooperate with the Court.",
     "the Court=court:icc"),
    ("neg-prosecutor-charged-suspect",
     "The Prosecutor charged the former commander with war crimes and crimes against humanity.",
     "the Prosecutor=court:otp"),
    ("neg-this-is-an-attempt",
     "This is nothing less than an attempt to intimidate the Court, the minister said.",
     "the Court=court:icc"),
    ("neg-remains-prime-target",
     "The Court remains a prime target for hackers and foreign intelligence services.",
     "The Court=court:icc"),
    ("neg-characterising-pronoun",
     '"These are not isolated incidents. They are a deliberate strategy to bully the Court into submission," said Liz Evenson.',
     "the Court=court:icc; Liz Evenson=person:le"),
    ("neg-warned-target-for-espionage",
     "The intelligence service has previously warned that the Court is an attractive target for espionage.",
     "the Court=court:icc"),
    ("neg-would-not-be-swayed",
     "The Office of the Prosecutor would not be swayed by attempts to impede or intimidate its officials.",
     "Office of the Prosecutor=court:otp"),
    ("neg-any-form-unacceptable",
     "States reiterated that any form of intimidation of the Court is unacceptable.",
     "the Court=court:icc"),
]

# Whole-pipeline probes (the entity reader decides who "the committee", "a Moscow court", "staff members" are):
# (id, text, roles by name, attributes); a wanted name is found in a filler's name or aliases, any case.
PIPE = [
    ("pipe-threatened-with-sanctions",
     ("The experts noted that the Special Rapporteur, Francesca Albanese, had herself been threatened with sanctions "
     "for her engagement with the Court."),
     {"target": ["Albanese"]}, {"kind": "threat"}),
    ("pipe-staff-received-threatening-messages",
     "The Registrar informed the Bureau that several staff members of the Court had received threatening messages.",
     {"target": ["International Criminal Court"]}, {"kind": "threat"}),
    ("pipe-moscow-court-arrest-two-judges",
     ("On 20 March 2024 the Basmanny District Court of Moscow ordered the arrest in absentia of Judge Reine "
     "Alapini-Gansou and Judge Sergio Gerardo Ugalde Godinez."),
     {"target": ["Alapini-Gansou", "Ugalde"]}, {"kind": "criminal_proceedings"}),
    ("pipe-charged-presiding-judge",
     ("Russia's Investigative Committee said on Monday it had charged the presiding judge of the Pre-Trial Chamber "
     "with knowingly unlawful detention of an innocent person."),
     {"perpetrator": ["Investigative Committee", "Russia"]}, {"kind": "criminal_proceedings"}),
    ("pipe-added-to-wanted-list",
     "Russia's Investigative Committee had earlier added Prosecutor Karim Khan to its wanted list in May 2023.",
     {"perpetrator": ["Investigative Committee", "Russia"], "target": ["Karim"]},
     {"kind": "criminal_proceedings", "date": "2023-05"}),
    ("pipe-accused-of-harassing-witnesses",
     ("The Philippine authorities were accused by victims' lawyers of harassing witnesses who had given evidence "
     "to ICC investigators."),
     {"perpetrator": ["Philippines"]}, {"kind": "intimidation"}),
    ("pipe-moscow-court-convicted",
     "In Russia, a Moscow court last year convicted in absentia the ICC's former prosecutor and several judges.",
     {"perpetrator": ["Russia"]}, {"kind": "criminal_proceedings"}),
    ("pipe-committee-wanted-persons",
     "The Investigative Committee of the Russian Federation has placed Judge Tomoko Akane on a list of wanted persons.",
     {"perpetrator": ["Investigative Committee", "Russia"], "target": ["Akane"]}, {"kind": "criminal_proceedings"}),
]

# Whole-pipeline: two acts in one sentence, an undated act after a dated one of another kind
PIPE_DOCS = [
    ("targeted-by-intelligence-services",
     ("We are also concerned by reports that Court staff have been targeted by hostile intelligence services operating "
     "in the Netherlands."),
     [({"target": ["International Criminal Court"]}, {"kind": "surveillance"})]),
    ("organ-voice-still-charges",
     ("MOSCOW, 2 December 2024\n\nRussia's Investigative Committee said on Monday it had charged the presiding judge of "
     "the Pre-Trial Chamber with knowingly unlawful detention, the latest in a series of cases it has brought against "
     "Court officials.\n\nThe committee had earlier added Prosecutor Karim Khan to its wanted list in May 2023."),
     [({"perpetrator": ["Investigative Committee", "Russia"], "target": ["Karim"]},
       {"kind": "criminal_proceedings", "date": "2023-05"})]),
    ("party-senators-for-their-state",
     ("The United States has long opposed the Court. In April 2024 twelve Republican senators threatened the "
     "Prosecutor, Karim Khan, in a letter."),
     [({"perpetrator": ["United States"], "target": ["Karim"]}, {"kind": "threat", "date": "2024-04"})]),
    ("demonym-subject-runs-campaign",
     "Russian state media have run a sustained disinformation campaign against the ICC since the warrant was issued.",
     [({"perpetrator": ["Russia"], "target": ["International Criminal Court"]}, {"kind": "smear"})]),
    ("demonym-subject-conducted-surveillance",
     "Israeli agents conducted surveillance of Al-Haq staff.",
     [({"perpetrator": ["Israel"], "target": ["Al-Haq"]}, {"kind": "surveillance"})]),
    ("reveal-date-not-the-act",
     "Dutch intelligence revealed in 2022 that a Russian spy had tried to infiltrate the Court as an intern.",
     [({"perpetrator": ["Russia"], "target": ["International Criminal Court"]}, {"kind": "surveillance", "date": None})]),
    ("tool-used-to-monitor",
     "According to a report by Citizen Lab, Israeli spyware was used to monitor the phones of two Al-Haq researchers.",
     [({"perpetrator": ["Israel"], "target": ["Al-Haq"]}, {"kind": "surveillance"})]),
    ("court-not-situation-state",
     "The Israeli government waged a years-long campaign to undermine the Court's Palestine investigation.",
     [({"perpetrator": ["Israel"], "target": ["International Criminal Court"]}, {})]),
    ("have-faced-retaliatory-measures",
     "ICC judges have faced retaliatory measures from Russia since 2023.",
     [({"perpetrator": ["Russia"], "target": ["Judges"]}, {"kind": "threat"})]),
    ("bill-that-would-punish",
     ("The United States House of Representatives on 9 January passed the Illegitimate Court Counteraction Act, a bill "
     "that would punish anyone who assists the Court's investigations of US citizens or allies."),
     [({"perpetrator": ["United States"], "target": ["International Criminal Court"]}, {"kind": "threat"})]),
    ("bill-to-sanction",
     ("In June the United States House of Representatives had passed a bill to sanction those involved in ICC "
     "investigations of Israeli nationals."),
     [({"perpetrator": ["United States"], "target": ["International Criminal Court"]}, {"kind": "threat"})]),
    ("legislation-to-penalise",
     "Hungary's parliament adopted legislation to penalise anyone cooperating with the International Criminal Court.",
     [({"perpetrator": ["Hungary"], "target": ["International Criminal Court"]}, {})]),
    ("declared-wanted-as-well",
     ("Russia's Investigative Committee opened criminal proceedings in 2023 against Prosecutor Karim Khan and Judge "
     "Tomoko Akane.\n\nJudge Akane, now the Court's President, was subsequently declared wanted as well."),
     [({"perpetrator": ["Investigative Committee", "Russia"], "target": ["Karim", "Akane"]},
       {"kind": "criminal_proceedings"}),
      ({"target": ["Akane"]}, {"kind": "criminal_proceedings"})]),
    ("two-actors-one-sentence",
     ("In Russia, a Moscow court last year convicted in absentia the ICC's former prosecutor and several judges, while "
     "Hungarian officials have publicly attacked the integrity of the Court's judges."),
     [({"perpetrator": ["Russia"]}, {"kind": "criminal_proceedings"}),
      ({"perpetrator": ["Hungary"]}, {"kind": "smear"})]),
    ("apposition-named-target-among-experts",
     ("The experts also noted that the Special Rapporteur on the occupied Palestinian territory, Francesca Albanese, "
     "had herself been threatened with sanctions.\n\n*The experts: Margaret Satterthwaite, Special Rapporteur on the "
     "independence of judges and lawyers; Ben Saul, Special Rapporteur on counter-terrorism."),
     [({"target": ["Albanese"]}, {"kind": "threat"})]),
    ("undated-abuse-not-the-conviction-date",
     ("In Russia, a Moscow court last year convicted in absentia the ICC's former prosecutor.\n\n"
     "Court staff and their families have also faced online abuse and doxxing after the ICC issued its warrants."),
     [({"target": ["International Criminal Court"]}, {"kind": "intimidation", "date": "2025-12-01"})]),
]

XFAIL: dict[str, str] = {
    "pipe-accused-of-harassing-witnesses": "'witnesses' is no entity the reader makes: the act has no target",
}


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PIPE, XFAIL), ids=case_ids(PIPE))
def test_pipeline_probe(case):
    _, text, roles, attrs = case
    assert_page_events(text, T, [(roles, attrs)])


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PROBES, XFAIL), ids=case_ids(PROBES))
def test_probe(nlp, case):
    _, text, entities, roles, attrs = case
    assert_event(nlp, text, entities, T, roles, attrs)


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(NEGATIVES, XFAIL), ids=case_ids(NEGATIVES))
def test_negative(nlp, case):
    _, text, entities = case
    assert_no_event(nlp, text, entities, T)


@pytest.mark.slow
@pytest.mark.parametrize("case", PIPE_DOCS, ids=case_ids(PIPE_DOCS))
def test_pipeline_doc(case):
    _, text, wanted = case
    assert_page_events(text, T, wanted)

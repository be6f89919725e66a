"""Round 7 (threats): a probe list of `threat` events across the genre's constructions.

Written from how diplomats, NGOs, journalists and the Court describe intimidation, not from the
rules: active and passive verbs, nominalisations ("threats against the Court by X"), "came under
pressure from", "was the target of", reported speech, relative clauses, headlines, coordination,
British and American spelling. Negatives (denials, hypotheticals, protection, generic talk) must
yield no threat.
"""

from __future__ import annotations

import pytest

from .events_support import assert_event, assert_no_event, case_ids, matches, sentence_events, with_xfail

ICC = "the Court=court:icc"
T = "threat"

# (id, text, entities, roles, attributes)
PROBES = [
    # ---- active verbs ----
    ("act-threatened-with-sanctions",
     "Washington threatened the Court with sanctions over its Afghanistan inquiry.",
     "Washington=state:us; the Court=court:icc", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {"kind": "threat"}),
    ("act-harassed",
     "Security agents harassed the families of two witnesses in Bangui.",
     "Bangui=state:cf; witnesses=group:witnesses", {"target": ["group:witnesses"]}, {"kind": "intimidation"}),
    ("act-bugged",
     "Russian intelligence bugged the hotel rooms of visiting ICC investigators.",
     "Russian=state:ru; ICC=court:icc", {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {"kind": "surveillance"}),
    ("act-hacked-into",
     "A state-sponsored group hacked into the Court's case management system last September.",
     ICC, {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("act-wiretapped",
     "Israel wiretapped telephone calls between Palestinian NGOs and the Office of the Prosecutor.",
     "Israel=state:il; Office of the Prosecutor=court:otp", {"perpetrator": ["state:il"]}, {"kind": "surveillance"}),
    ("act-vilified",
     "Pro-government media in Budapest vilified Judge Akane as a foreign agent.",
     "Budapest=state:hu; Judge Akane=person:ta", {"target": ["person:ta"]}, {"kind": "smear"}),
    ("act-discredit",
     "The Kremlin has tried to discredit the Prosecutor through a stream of fabricated stories.",
     "Kremlin=state:ru; Prosecutor=person:kk", {"perpetrator": ["state:ru"], "target": ["person:kk"]}, {"kind": "smear"}),
    ("act-opened-case",
     "Moscow opened a criminal case against Judge Rosario Aitala in March 2023.",
     "Moscow=state:ru; Rosario Aitala=person:ra", {"perpetrator": ["state:ru"], "target": ["person:ra"]},
     {"kind": "criminal_proceedings"}),
    ("act-sentenced-absentia",
     "A Russian court sentenced Karim Khan in absentia to fifteen years in prison.",
     "Russian=state:ru; Karim Khan=person:kk", {"perpetrator": ["state:ru"], "target": ["person:kk"]},
     {"kind": "criminal_proceedings"}),
    ("act-warned-consequences",
     "The Israeli government warned the Court that it would face consequences.",
     "Israeli=state:il; the Court=court:icc", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {}),
    ("act-undermine",
     "Russia has sought to undermine the Court by prosecuting its judges.",
     "Russia=state:ru; the Court=court:icc", {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {}),
    ("act-blackmailed",
     "Mossad agents reportedly blackmailed a Court official using private material.",
     "Mossad=state:il; Court=court:icc", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "intimidation"}),
    ("act-targeted-phishing",
     "Hackers linked to China targeted the emails of Court staff with phishing messages.",
     "China=state:cn; Court=court:icc", {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("act-placed-wanted",
     "Russia placed Judge Tomoko Akane on its wanted list in 2023.",
     "Russia=state:ru; Tomoko Akane=person:ta", {"perpetrator": ["state:ru"], "target": ["person:ta"]},
     {"kind": "criminal_proceedings"}),
    # ---- passives ----
    ("pas-threatened-by",
     "Staff of Al-Haq were threatened by Israeli officials after the warrants were issued.",
     "Al-Haq=org:al-haq; Israeli=state:il", {"perpetrator": ["state:il"], "target": ["org:al-haq"]}, {"kind": "threat"}),
    ("pas-placed-under-surveillance",
     "Lawyers of the victims were placed under surveillance by Israeli intelligence.",
     "victims=group:victims; Israeli=state:il", {"perpetrator": ["state:il"], "target": ["group:victims"]},
     {"kind": "surveillance"}),
    ("pas-charged",
     "Three ICC judges have been charged in absentia by the Russian Investigative Committee.",
     "ICC=court:icc; Russian=state:ru", {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {"kind": "criminal_proceedings"}),
    ("pas-declared-wanted",
     "Karim Khan was declared wanted by the Russian interior ministry.",
     "Karim Khan=person:kk; Russian=state:ru", {"perpetrator": ["state:ru"], "target": ["person:kk"]},
     {"kind": "criminal_proceedings"}),
    ("pas-hacked",
     "The Court's systems were hacked in September 2023.",
     ICC, {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("pas-intimidated",
     "Witnesses in the Kenya cases were intimidated and bribed by associates of the accused.",
     "Witnesses=group:witnesses", {"target": ["group:witnesses"]}, {"kind": "intimidation"}),
    ("pas-smeared",
     "The Prosecutor has been smeared by officials in Washington as a political activist.",
     "Prosecutor=person:kk; Washington=state:us", {"perpetrator": ["state:us"], "target": ["person:kk"]}, {"kind": "smear"}),
    # ---- "came under pressure", "was the target of", "faced" ----
    ("pressure-came-under",
     "The Prosecutor came under intense pressure from the United States to drop the investigation.",
     "Prosecutor=person:fb; United States=state:us", {"perpetrator": ["state:us"], "target": ["person:fb"]}, {}),
    ("pressure-target-of-smear",
     "Al-Haq was the target of a smear campaign orchestrated by the Israeli government.",
     "Al-Haq=org:al-haq; Israeli=state:il", {"perpetrator": ["state:il"], "target": ["org:al-haq"]}, {"kind": "smear"}),
    ("pressure-faced-threats",
     "Judges of the Court have faced death threats from supporters of the accused.",
     "the Court=court:icc", {"target": ["court:icc"]}, {"kind": "threat"}),
    ("pressure-subjected-to",
     "The Court has been subjected to repeated cyber attacks attributed to Russia.",
     "Court=court:icc; Russia=state:ru", {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("pressure-victim-of",
     "The ICC fell victim to a sophisticated espionage operation in 2023.",
     "ICC=court:icc", {"target": ["court:icc"]}, {}),
    # ---- nominalisations ----
    ("nom-threats-against-by",
     "We condemn the threats against the Court by senior members of the US Congress.",
     "the Court=court:icc; US=state:us", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {"kind": "threat"}),
    ("nom-intimidation-of-by",
     "The intimidation of Court staff by Israeli officials over many years is well documented.",
     "Court=court:icc; Israeli=state:il", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "intimidation"}),
    ("nom-russian-prosecution",
     "Russia's prosecution of ICC judges is an attack on judicial independence.",
     "Russia=state:ru; ICC=court:icc", {"perpetrator": ["state:ru"], "target": ["court:judges"]}, {"kind": "criminal_proceedings"}),
    ("nom-surveillance-of",
     "The Israeli surveillance of the Office of the Prosecutor lasted nearly a decade.",
     "Israeli=state:il; Office of the Prosecutor=court:otp", {"perpetrator": ["state:il"], "target": ["court:otp"]},
     {"kind": "surveillance"}),
    ("nom-hack-of",
     "The 2023 hack of the ICC's networks was attributed to a foreign intelligence service.",
     "ICC=court:icc", {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("nom-campaign-intimidation",
     "Human Rights Watch documented a campaign of intimidation by Russian authorities against Court officials.",
     "Human Rights Watch=org:hrw; Russian=state:ru; Court=court:icc", {"perpetrator": ["state:ru"], "target": ["court:icc"]},
     {"kind": "intimidation"}),
    ("nom-attempts-obstruct",
     "Israel's attempts to obstruct the investigation of the Court continued into 2025.",
     "Israel=state:il; the Court=court:icc", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "obstruction"}),
    # ---- reported speech, relative clauses, appositions ----
    ("rep-according-to",
     "According to The Guardian, the Mossad spied on Fatou Bensouda for years.",
     "Mossad=state:il; Fatou Bensouda=person:fb", {"perpetrator": ["state:il"], "target": ["person:fb"]},
     {"kind": "surveillance"}),
    ("rep-said-had-threatened",
     "Bensouda said that Yossi Cohen had threatened her in a series of meetings.",
     "Bensouda=person:fb; Yossi Cohen=person:yc", {"perpetrator": ["person:yc"], "target": ["person:fb"]}, {"kind": "threat"}),
    ("rel-who-was-threatened",
     "Judge Guillou, who was threatened by American officials, spoke to reporters on Monday.",
     "Judge Guillou=person:ng; American=state:us", {"perpetrator": ["state:us"], "target": ["person:ng"]}, {"kind": "threat"}),
    ("rel-which-hacked",
     "Sandworm, a unit which hacked the Court's servers, is part of Russian military intelligence.",
     "Sandworm=org:sandworm; Russian=state:ru; the Court=court:icc", {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("app-senator",
     "Senator Tom Cotton, a Republican from Arkansas, threatened the Court's staff with arrest.",
     "Tom Cotton=person:tc; the Court=court:icc", {"perpetrator": ["person:tc"], "target": ["court:icc"]}, {"kind": "threat"}),
    # ---- coordination ----
    ("coord-targets",
     "Russia issued arrest warrants for Karim Khan and Judge Akane.",
     "Russia=state:ru; Karim Khan=person:kk; Judge Akane=person:ta",
     {"perpetrator": ["state:ru"], "target": ["person:kk", "person:ta"]}, {"kind": "criminal_proceedings"}),
    ("coord-verbs",
     "Israeli agencies monitored, intimidated and pressured Court officials.",
     "Israeli=state:il; Court=court:icc", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {}),
    ("coord-perps",
     "Russia and Belarus have both threatened to arrest ICC judges who travel to their territory.",
     "Russia=state:ru; Belarus=state:by; ICC=court:icc",
     {"perpetrator": ["state:by", "state:ru"], "target": ["court:judges"]}, {}),
    # ---- headlines ----
    ("head-russia-charges",
     "Russia charges ICC prosecutor over Putin warrant",
     "Russia=state:ru; ICC=court:icc", {"perpetrator": ["state:ru"]}, {"kind": "criminal_proceedings"}),
    ("head-hackers-breach",
     "Hackers breach International Criminal Court in 'espionage' attack",
     "International Criminal Court=court:icc", {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("head-us-threatens",
     "US threatens ICC with sanctions over Israel probe",
     "US=state:us; ICC=court:icc; Israel=state:il", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {"kind": "threat"}),
    # ---- other wordings ----
    ("oth-followed",
     "ICC investigators were followed by Libyan security officers during their mission.",
     "ICC=court:icc; Libyan=state:ly", {"perpetrator": ["state:ly"], "target": ["court:icc"]}, {"kind": "surveillance"}),
    ("oth-raided",
     "Israeli forces raided the offices of Al-Haq in Ramallah.",
     "Israeli=state:il; Al-Haq=org:al-haq", {"perpetrator": ["state:il"], "target": ["org:al-haq"]}, {}),
    ("oth-expelled",
     "Burundi expelled an ICC liaison officer in 2017.",
     "Burundi=state:bi; ICC=court:icc", {"perpetrator": ["state:bi"], "target": ["court:icc"]}, {}),
    ("oth-cyber-intrusion",
     "The Court detected a cyber intrusion by a state actor in June 2025.",
     "The Court=court:icc", {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("oth-warned-that",
     "Senator Lindsey Graham warned that allies who cooperate with the ICC would be sanctioned.",
     "Lindsey Graham=person:lg; ICC=court:icc", {"perpetrator": ["person:lg"]}, {"kind": "threat"}),
    ("oth-pressured-to",
     "The Trump administration pressured the Prosecutor to resign.",
     "Trump=state:us; Prosecutor=person:kk", {"perpetrator": ["state:us"], "target": ["person:kk"]}, {}),
    ("oth-defamation",
     "A defamation campaign by Russian state media targeted Judge Aitala.",
     "Russian=state:ru; Judge Aitala=person:ra", {"perpetrator": ["state:ru"], "target": ["person:ra"]}, {"kind": "smear"}),
]

# a second batch, written after the first fixes (not part of the first-run figure): headlines, "under X
# surveillance", "the target of Russian hackers", "is wanted by Russia", "an investigation into X"
MORE = "ICC=court:icc; Court=court:icc; United States=state:us; Washington=state:us; Russia=state:ru; Russian=state:ru; \
Israel=state:il; Israeli=state:il; Karim Khan=person:kk; Prosecutor=person:kk; Kremlin=state:ru; judges=court:judges; \
Moscow=state:ru; Libyan=state:ly"
PROBES += [
    (f"more-{i}", text, MORE, roles, attrs)
    for i, (text, roles, attrs) in enumerate([
        ("The ICC was targeted by hackers in 2023.", {"target": ["court:icc"]}, {"kind": "cyberattack"}),
        ("The ICC was the target of Russian hackers.", {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {"kind": "cyberattack"}),
        ("Karim Khan is wanted by Russia.", {"perpetrator": ["state:ru"], "target": ["person:kk"]}, {"kind": "criminal_proceedings"}),
        ("Russia opened a criminal investigation into Karim Khan.", {"perpetrator": ["state:ru"], "target": ["person:kk"]},
         {"kind": "criminal_proceedings"}),
        ("Senior ICC officials have been under Israeli surveillance for nearly a decade.",
         {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "surveillance"}),
        ("Israeli spies intercepted emails between Court staff and Palestinian groups.",
         {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "surveillance"}),
        ("The Court has faced a campaign of pressure from the United States.",
         {"perpetrator": ["state:us"], "target": ["court:icc"]}, {}),
        ("Attempts by Israel to discredit the Court have failed.", {"perpetrator": ["state:il"], "target": ["court:icc"]},
         {"kind": "smear"}),
        ("The hacking of the ICC's computer systems by Russian intelligence was revealed in 2024.",
         {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {"kind": "cyberattack"}),
        ("ICC judges have received death threats.", {"target": ["court:judges"]}, {"kind": "threat"}),
        ("The Court has been hit by a second cyberattack and its judges face criminal charges in Russia.",
         {"perpetrator": ["state:ru"], "target": ["court:judges"]}, {"kind": "criminal_proceedings"}),
        ("Russia's interior ministry added Karim Khan to its list of wanted persons in May.",
         {"perpetrator": ["state:ru"], "target": ["person:kk"]}, {"kind": "criminal_proceedings"}),
        ("An earlier breach of the Court's systems was later assessed as an act of espionage.",
         {"target": ["court:icc"]}, {"kind": "cyberattack"}),
        ("Intimidation of ICC officials by Russia has intensified.", {"perpetrator": ["state:ru"], "target": ["court:icc"]},
         {"kind": "intimidation"}),
        ("Moscow retaliated by charging the Prosecutor.", {"perpetrator": ["state:ru"], "target": ["person:kk"]},
         {"kind": "criminal_proceedings"}),
        ("Russia responded by opening criminal cases against ICC judges.", {"perpetrator": ["state:ru"], "target": ["court:judges"]},
         {"kind": "criminal_proceedings"}),
        ("ICC investigators were followed by Libyan security officers.", {"target": ["court:icc"]}, {"kind": "surveillance"}),
        ("Hackers accessed confidential files of the Court in 2023.", {"target": ["court:icc"]}, {"kind": "cyberattack"}),
        ("Court officials are subject to arrest warrants issued by Russia.", {"perpetrator": ["state:ru"], "target": ["court:icc"]},
         {"kind": "criminal_proceedings"}),
    ])
]

# entry and visa bans: the corpus reads them as sanctions (the 2019 visa revocation), not threats
VISA_BANS = [
    ("act-banned-entry",
     "Hungary banned the Prosecutor from entering its territory.",
     "Hungary=state:hu; Prosecutor=person:kk", {"perpetrator": ["state:hu"], "target": ["person:kk"]}, {}),
    ("act-denied-visa",
     "The United States denied a visa to Prosecutor Fatou Bensouda in 2019.",
     "United States=state:us; Fatou Bensouda=person:fb", {"perpetrator": ["state:us"], "target": ["person:fb"]}, {}),
    ("act-revoked-visa",
     "The State Department revoked the entry visa of the Prosecutor in April 2019.",
     "State Department=state:us; Prosecutor=person:fb", {"perpetrator": ["state:us"], "target": ["person:fb"]}, {}),
    ("pas-refused-entry",
     "The Deputy Prosecutor was refused entry by Hungary last spring.",
     "Deputy Prosecutor=person:mn; Hungary=state:hu", {"perpetrator": ["state:hu"], "target": ["person:mn"]}, {}),
    ("nom-entry-ban",
     "Budapest's entry ban on the Prosecutor drew sharp criticism.",
     "Budapest=state:hu; Prosecutor=person:kk", {"perpetrator": ["state:hu"], "target": ["person:kk"]}, {}),
]

NEGATIVES = [
    ("neg-court-investigation-into", "The Prosecutor opened a criminal investigation into crimes committed in Darfur.", "Prosecutor=person:kk"),
    ("neg-wanted-by-court", "The suspect is wanted by the ICC for war crimes.", "ICC=court:icc"),
    ("neg-could-be-targeted", "We are concerned that the Court could be targeted by hackers.", "Court=court:icc"),
    ("neg-protect-from-hackers", "States must protect the Court from attacks by hackers.", "Court=court:icc"),
    ("neg-target-of-criticism", "The ICC was the target of criticism from African states.", "ICC=court:icc"),
    ("neg-added-to-agenda", "The Assembly added two items to its agenda.", "Assembly=court:asp"),
    ("neg-faces-budget", "The ICC faces a budget shortfall.", "ICC=court:icc"),
    ("neg-followed-state", "Ireland followed Chile in ratifying the amendments.", "Ireland=state:ie; Chile=state:cl"),
    ("neg-followed-by-event", "The statement was followed by a reception.", ""),
    ("neg-court-charges", "The Court responded by charging the suspect with murder.", "The Court=court:icc"),
    ("neg-denied", "Russia has denied any involvement in the hacking of the Court.", "Russia=state:ru; the Court=court:icc"),
    ("neg-hypothetical", "States Parties must be ready to respond if the Court is threatened.", ICC),
    ("neg-protect", "The Registry protects witnesses against intimidation.", "Registry=court:registry"),
    ("neg-generic-growing", "Cyber threats to international organisations are growing.", ""),
    ("neg-court-prosecutes", "The Court prosecuted Bosco Ntaganda for war crimes.", "The Court=court:icc; Bosco Ntaganda=person:bn"),
    ("neg-monitor-situation", "Norway will continue to monitor the situation closely.", "Norway=state:no"),
    ("neg-call-protect", "We call on all States to protect the Court from threats and interference.", ICC),
    ("neg-not-intimidated", "The Prosecutor said he would not be intimidated.", "Prosecutor=person:kk"),
    ("neg-undermine-abstract", "Impunity undermines peace and the rule of law.", ""),
]

XFAIL: dict[str, str] = {
    "oth-warned-that": "a warning whose targets are unnamed 'allies' gives no target",
}


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PROBES, XFAIL), ids=case_ids(PROBES))
def test_probe(nlp, case):
    _, text, entities, roles, attrs = case
    assert_event(nlp, text, entities, T, roles, attrs)


@pytest.mark.slow
@pytest.mark.parametrize(
    "case",
    with_xfail(VISA_BANS, {"pas-refused-entry": "'was refused entry by X': no sanction trigger (the sanctions reader's)"}),
    ids=case_ids(VISA_BANS),
)
def test_visa_ban_is_sanction(nlp, case):
    _, text, entities, roles, _ = case
    events = sentence_events(nlp, text, entities)
    imposed = {"imposer": roles["perpetrator"], "target": roles["target"]}
    assert any(matches(e, "sanction", imposed, {}) for e in events), [(e.type, e.roles) for e in events]
    assert not [e for e in events if e.type == T], [(e.type, e.roles) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("case", NEGATIVES, ids=case_ids(NEGATIVES))
def test_negative(nlp, case):
    _, text, entities = case
    assert_no_event(nlp, text, entities, T)

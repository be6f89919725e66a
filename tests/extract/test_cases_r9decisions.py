"""Round-9 genre probes for `decision` and `membership_change`: court judgments in news-wire style
("threw out", "turned down", "dismissed the appeal", "granted leave"), Chamber decisions in ICC press
releases, Assembly outcomes, national measures (cabinets, parliaments, constitutional courts) and
history told in long-reads, reduced from short documents written for this round; plus near-misses
that must not fire (a court that "nearly" acts, plans, a date that is the decision's content).
"""

from __future__ import annotations

import pytest

from .events_support import assert_case, case_ids, make_context, run_events, sentence_events

ASP = "Assembly=court:asp; Assembly of States Parties=court:asp; States Parties=court:states-parties"
BUREAU = "Bureau=court:asp-bureau"
PTC1 = "Pre-Trial Chamber I=court:pre-trial-chamber-1"
AC = "Appeals Chamber=court:appeals-chamber"
ICC = "International Criminal Court=court:icc; ICC=court:icc"
ZA = "South Africa=state:za"
PH_SC = "Philippine Supreme Court=org:philippine-supreme-court; Supreme Court=org:philippine-supreme-court"
DUT = "Rodrigo Duterte=person:rodrigo-duterte; Duterte=person:rodrigo-duterte"

D = "decision"
M = "membership_change"

CASES = [
    # --- national courts in news-wire style ----------------------------------------------------------
    ("sc-threw-out-bid", "The Philippine Supreme Court on Tuesday threw out a bid by Rodrigo Duterte's children to secure his release.",
     PH_SC + "; " + DUT, [(D, {"body": ["org:philippine-supreme-court"]}, {})], {}),
    ("court-turned-down-request", "The Supreme Court turned down a request by Duterte's lawyers to halt his transfer.",
     PH_SC + "; " + DUT, [(D, {"body": ["org:philippine-supreme-court"]}, {})], {}),
    ("court-dismissed-the-appeal", "The Supreme Court of Appeal dismissed the government's appeal in March 2016.",
     "Supreme Court of Appeal=org:supreme-court-of-appeal", [(D, {"body": ["org:supreme-court-of-appeal"]}, {"date": "2016-03"})], {}),
    ("court-struck-down-law", "Kenya's High Court struck down the law as unconstitutional.",
     "Kenya's High Court=org:ke-high-court", [(D, {"body": ["org:ke-high-court"]}, {})], {}),
    ("justices-voted-to-deny", "The justices of the Supreme Court voted 13-2 to deny the petitions for habeas corpus.",
     PH_SC, [(D, {"body": ["org:philippine-supreme-court"]}, {})], {}),
    ("court-ruled-withdrawal-unconstitutional", "The Constitutional Court ruled the withdrawal unconstitutional on 22 February 2017.",
     "Constitutional Court=org:za-constitutional-court", [(D, {"body": ["org:za-constitutional-court"]}, {"date": "2017-02-22"})], {}),
    ("court-set-aside-notice", "The High Court set aside the notice of withdrawal.",
     "High Court=org:high-court", [(D, {"body": ["org:high-court"]}, {})], {}),
    ("judge-ordered-that", "A Pretoria High Court judge ordered that Bashir be prevented from leaving the country.",
     "Pretoria High Court=org:pretoria-high-court; Bashir=person:omar-al-bashir", [(D, {"body": ["org:pretoria-high-court"]}, {})], {}),
    # --- Chambers in press releases and wire copy ------------------------------------------------------
    ("chamber-today-rejected", "Today, Pre-Trial Chamber I rejected a request submitted by Israel to withdraw the warrants.",
     PTC1 + "; Israel=state:il", [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {}),
    ("chamber-granted-leave", "On 24 April 2025, the Appeals Chamber granted leave to appeal to Israel.",
     AC + "; Israel=state:il", [(D, {"body": ["court:appeals-chamber"]}, {"date": "2025-04-24"})], {}),
    ("chamber-decided-deadline-not-date", "On 16 April 2025, the Chamber decided to invite observations from the Prosecution and set a deadline of 2 May 2025.",
     PTC1 + "; Chamber=court:pre-trial-chamber-1", [(D, {"body": ["court:pre-trial-chamber-1"]}, {"date": "2025-04-16"})], {}),
    ("deadline-is-no-decision-date", "In a separate decision, the Chamber decided to invite observations and set a deadline of 2 May 2026.",
     "Chamber=court:pre-trial-chamber-1", [(D, {"body": ["court:pre-trial-chamber-1"]}, {"date": "2025-12-01"})], {}),
    ("judges-turned-down-release", "Judges at the International Criminal Court on Friday turned down Rodrigo Duterte's request for interim release.",
     "Judges=court:judges; " + ICC + "; " + DUT, [(D, {"body": ["court:judges"]}, {})], {}),
    ("judges-threw-out-challenge", "ICC judges threw out the defence challenge to jurisdiction.",
     "ICC judges=court:judges", [(D, {"body": ["court:judges"]}, {})], {}),
    ("chamber-reverses-remands", "The Appeals Chamber reverses the impugned decision and remands the matter to the Pre-Trial Chamber.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("chamber-dismissed-appeal", "The Appeals Chamber dismissed the appeal of the defence on all grounds.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("chamber-postponed-hearing", "In September 2025, Pre-Trial Chamber I postponed the confirmation of charges hearing indefinitely.",
     PTC1, [(D, {"body": ["court:pre-trial-chamber-1"]}, {"date": "2025-09"})], {}),
    ("chamber-vacated-date", "Trial Chamber X vacated the date of the opening of the trial.",
     "Trial Chamber X=court:trial-chamber-10", [(D, {"body": ["court:trial-chamber-10"]}, {})], {}),
    ("chamber-declined-to", "Pre-Trial Chamber I declined to suspend the warrants.",
     PTC1, [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {}),
    # --- the Assembly ---------------------------------------------------------------------------------
    ("assembly-adopted-by-consensus", "The Assembly adopted by consensus the programme budget for 2025.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("states-parties-approved-budget", "States Parties approved the budget after two weeks of talks.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),  # the States Parties in Assembly
    ("agreed-to-hold-date-content", "On 7 December 2024, the Assembly agreed to hold its next session in The Hague in December 2025.",
     ASP, [(D, {"body": ["court:asp"]}, {"date": "2024-12-07"})], {}),
    ("agreed-to-hold-undated", "States Parties also agreed to hold the twenty-fourth session in The Hague in December 2026.",
     ASP, [(D, {"body": ["court:asp"]}, {"date": "2025-12-01"})], {}),
    ("assembly-elected-judges", "The Assembly elected six judges in a series of ballots.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("assembly-chose-prosecutor", "The Assembly chose Karim Khan as the next Prosecutor after a second ballot.",
     ASP + "; Karim Khan=person:karim-khan", [(D, {"body": ["court:asp"]}, {})], {}),
    # --- governments and parliaments ------------------------------------------------------------------
    ("cabinet-approved-decision", "In October 2016, South Africa's cabinet approved a decision to quit the Rome Statute.",
     ZA + "; Rome Statute=instrument:rome-statute", [(D, {"body": ["state:za"]}, {"date": "2016-10"})], {}),
    ("government-revoked-notice", "The South African government revoked its notice of withdrawal in March 2017.",
     "South African=state:za", [(D, {"body": ["state:za"]}, {"date": "2017-03"})], {}),
    ("decision-was-taken-by", "The decision to suspend cooperation with the Court was taken by the Council of Ministers of Burundi on 24 October 2016.",
     "Burundi=state:bi", [(D, {"body": ["state:bi"]}, {"date": "2016-10-24"})], {}),
    ("rada-passed-law", "Ukraine moved closer to the Court this week. The Verkhovna Rada passed the ratification law with 281 votes in favour.",
     "Verkhovna Rada=org:verkhovna-rada; Ukraine=state:ua", [(D, {"body": ["state:ua"]}, {})], {}),  # a parliament acts for its State
    ("senate-ratified-decision", "Ukraine's parliament adopted amendments to the Criminal Code to align it with the Statute.",
     "Ukraine=state:ua", [(D, {"body": ["state:ua"]}, {})], {}),
    # --- membership told in long-reads and wires ------------------------------------------------------
    ("notice-signed-delivered", "Justice Minister Michael Masutha signed South Africa's notice of withdrawal, which was delivered to the UN Secretary-General on 19 October 2016.",
     ZA + "; Michael Masutha=person:michael-masutha", [(M, {"state": ["state:za"]}, {"action": "withdrawal_notice", "date": "2016-10-19"})], {}),
    ("kyiv-deposited-ratification", "Kyiv deposited its instrument of ratification on 25 October 2024.",
     "Kyiv=state:ua", [(M, {"state": ["state:ua"]}, {"action": "ratification", "date": "2024-10-25"})], {}),
    ("manila-lodged-notice", "Manila lodged its notice of withdrawal in March 2018.",
     "Manila=state:ph", [(M, {"state": ["state:ph"]}, {"action": "withdrawal_notice", "date": "2018-03"})], {}),
    ("became-member-on", "Ukraine became the 125th State Party to the Rome Statute on 1 January 2025.",
     "Ukraine=state:ua; Rome Statute=instrument:rome-statute", [(M, {"state": ["state:ua"]}, {})], {}),
    # --- second batch: judgment language, nominal approvals, passives --------------------------------
    ("judges-ruled-that", "ICC judges ruled on Thursday that the court has jurisdiction over the deportation of the Rohingya.",
     "ICC judges=court:judges", [(D, {"body": ["court:judges"]}, {})], {}),
    ("chamber-allowed-appeal", "The Appeals Chamber allowed the appeal in part and remitted the matter.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("chamber-issued-decision-rejecting", "Pre-Trial Chamber I today issued a decision rejecting the request for interim release.",
     PTC1, [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {}),
    ("judges-granted-request", "The judges granted the prosecution's request for a postponement.",
     "judges=court:judges", [(D, {"body": ["court:judges"]}, {})], {}),
    ("petition-dismissed-by-court", "The petition was dismissed by the Supreme Court on 3 April 2025.",
     PH_SC, [(D, {"body": ["org:philippine-supreme-court"]}, {"date": "2025-04-03"})], {}),
    ("appeal-thrown-out-by", "The government's appeal was thrown out by the Supreme Court of Appeal in March 2016.",
     "Supreme Court of Appeal=org:supreme-court-of-appeal", [(D, {"body": ["org:supreme-court-of-appeal"]}, {"date": "2016-03"})], {}),
    ("court-ruled-by-vote-that", "By a vote of 7 to 1, the Constitutional Court ruled that the withdrawal was invalid.",
     "Constitutional Court=org:za-constitutional-court", [(D, {"body": ["org:za-constitutional-court"]}, {})], {}),
    ("assembly-filled-vacancies", "The Assembly filled three vacancies on the Board of Directors of the Trust Fund for Victims.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("unsc-adopted-by-votes", "The Security Council adopted resolution 1593 by 11 votes to none, with four abstentions.",
     "Security Council=igo:un-security-council; resolution 1593=instrument:unsc-res-1593",
     [(D, {"body": ["igo:un-security-council"], "instrument": ["instrument:unsc-res-1593"]}, {})], {}),
    ("lawmakers-gave-final-approval", "Hungary's lawmakers gave final approval to the withdrawal bill on Tuesday.",
     "Hungary=state:hu", [(D, {"body": ["state:hu"]}, {})], {}),
    ("senate-gave-consent", "The Senate of Chile gave its consent to the ratification of the Kampala amendments.",
     "Chile=state:cl", [(D, {"body": ["state:cl"]}, {})], {}),
    ("no-likely-to-turn-down", "The court is likely to turn down the request for interim release.",
     PH_SC, [], {"count": {D: 0}}),
    ("no-ask-to-set-aside", "Duterte's lawyers said they would ask the Supreme Court to set aside the ruling.",
     PH_SC + "; " + DUT, [], {"count": {D: 0}}),
    ("no-state-turned-down-invitation", "Karim Khan turned down an invitation to address the conference.",
     "Karim Khan=person:karim-khan", [], {"count": {D: 0}}),
    ("notice-which-was-delivered", "In October 2016, South Africa's cabinet approved the exit, and the minister signed the notice of withdrawal, which was delivered to the UN Secretary-General on 19 October 2016.",
     ZA, [(M, {"state": ["state:za"]}, {"action": "withdrawal_notice", "date": "2016-10-19"})], {}),
    ("approved-and-agreed-to-hold", "On the last day, States Parties approved the report of the Bureau and agreed to hold the next session in December 2026.",
     ASP + "; " + BUREAU, [(D, {"body": ["court:asp"]}, {"date": "2025-12-01"})], {}),
    ("government-revoked-unnamed", "South Africa announced its exit in 2016.\n\nThe government revoked the notice a few weeks later, in March 2017.",
     ZA, [(D, {"body": ["state:za"]}, {"date": "2017-03"})], {}),
    # --- third batch: US wire verbs of courts, legislatures named, re-elections --------------------------
    ("judges-denied-request", "The judges denied the defence request for interim release on Monday.",
     "judges=court:judges", [(D, {"body": ["court:judges"]}, {})], {}),
    ("court-denied-bail", "Kenya's High Court denied bail to the suspect.",
     "Kenya's High Court=org:ke-high-court", [(D, {"body": ["org:ke-high-court"]}, {})], {}),
    ("chamber-refused-leave", "Pre-Trial Chamber I refused leave to appeal the decision.",
     PTC1, [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {}),
    ("chamber-sided-with", "The Appeals Chamber sided with the defence on the second ground of appeal.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("judges-found-in-favour", "The Appeals Chamber found in favour of the Prosecutor on all grounds.",
     AC + "; Prosecutor=court:otp", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("court-blocked-withdrawal", "The High Court in Pretoria blocked the government's withdrawal from the ICC.",
     "High Court=org:high-court; " + ICC, [(D, {"body": ["org:high-court"]}, {})], {}),
    ("court-halted-transfer", "The Supreme Court halted the transfer of the suspect to The Hague.",
     PH_SC, [(D, {"body": ["org:philippine-supreme-court"]}, {})], {}),
    ("chamber-instructed-registry", "The Chamber instructed the Registry to notify the decision to the parties.",
     "Chamber=court:pre-trial-chamber-1; Registry=court:registry", [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {}),
    ("assembly-re-elected", "The Assembly re-elected Mr. Hiroshi Sato as a member of the Committee on Budget and Finance.",
     ASP + "; Hiroshi Sato=person:hiroshi-sato; Committee on Budget and Finance=court:cbf", [(D, {"body": ["court:asp"]}, {})], {}),
    ("senate-adopted-resolution", "The Philippine Senate adopted a resolution urging the government to rejoin the Court.",
     "Philippine=state:ph", [(D, {"body": ["state:ph"]}, {})], {}),
    ("knesset-passed-law", "Israel said little. The Knesset passed a law barring any cooperation with the ICC.",
     "Israel=state:il; Knesset=org:knesset; " + ICC, [(D, {"body": ["state:il"]}, {})], {}),
    ("no-state-denied-allegations", "Israel denied the allegations and rejected the Court's jurisdiction.",
     "Israel=state:il; Court=court:icc", [], {"count": {D: 0}}),
    ("no-us-blocked-resolution", "The United States blocked the draft resolution in the Security Council.",
     "United States=state:us; Security Council=igo:un-security-council", [], {"count": {D: 0}}),
    ("no-will-deny", "The court is expected to deny the request.",
     PH_SC, [], {"count": {D: 0}}),
    # --- fourth batch: membership told in news and long-reads ------------------------------------------
    ("m-formally-joined", "Ukraine formally joined the International Criminal Court on Wednesday, 1 January 2025.",
     "Ukraine=state:ua; " + ICC, [(M, {"state": ["state:ua"]}, {})], {}),
    ("m-exit-took-effect", "The Philippines' exit from the court took effect on 17 March 2019.",
     "Philippines=state:ph", [(M, {"state": ["state:ph"]}, {"action": "withdrawal_effective", "date": "2019-03-17"})], {}),
    ("m-quit-a-year-after", "Hungary formally quit the ICC on 2 June 2026, a year after it announced its exit.",
     "Hungary=state:hu; " + ICC, [(M, {"state": ["state:hu"]}, {"action": "withdrawal_effective", "date": "2026-06-02"})], {}),
    ("m-handed-notice", "Budapest handed its notice of withdrawal to the UN on 2 June 2025.",
     "Budapest=state:hu", [(M, {"state": ["state:hu"]}, {"action": "withdrawal_notice", "date": "2025-06-02"})], {}),
    ("m-did-not-intend", "In May 2002, the United States informed the UN Secretary-General that it did not intend to become a party to the Statute.",
     "United States=state:us", [(M, {"state": ["state:us"]}, {"action": "unsigning", "date": "2002-05"})], {}),
    ("m-withdrew-signature", "Russia withdrew its signature from the Rome Statute in November 2016.",
     "Russia=state:ru; Rome Statute=instrument:rome-statute", [(M, {"state": ["state:ru"]}, {"action": "unsigning", "date": "2016-11"})], {}),
    ("m-lodged-instrument-ratification", "Kyiv lodged its instrument of ratification with the UN in October 2024.",
     "Kyiv=state:ua", [(M, {"state": ["state:ua"]}, {"action": "ratification", "date": "2024-10"})], {}),
    ("m-signed-but-not-ratify", "Ukraine signed the Statute in January 2000 but did not ratify it until 2024.",
     "Ukraine=state:ua", [(M, {"state": ["state:ua"]}, {"action": "signature", "date": "2000-01"})], {}),
    ("no-m-rescinded-decision", "The Gambia rescinded its decision to withdraw in February 2017.",
     "Gambia=state:gm", [], {"count": {M: 0}}),
    ("no-m-stands-at", "Membership of the ICC now stands at 125 States Parties.",
     ICC, [], {"count": {M: 0}}),
    # --- fifth batch: the deciding body named over "the Court", Security Council, amendments ------------
    ("body-chamber-not-court", "The ICC's Pre-Trial Chamber I on Thursday rejected Israel's request for a suspension.",
     PTC1 + "; " + ICC + "; Israel=state:il", [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {}),
    ("body-appeals-of-court", "The International Criminal Court's Appeals Chamber upheld the conviction.",
     AC + "; " + ICC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("body-judges-of-chamber-presided", "Judges of Trial Chamber IX, presided over by Judge Bertram Schmitt, convicted Dominic Ongwen.",
     "Trial Chamber IX=court:trial-chamber-9; Bertram Schmitt=person:bertram-schmitt; Dominic Ongwen=person:dominic-ongwen",
     [(D, {"body": ["court:trial-chamber-9"]}, {})], {}),
    ("body-judges-of-chamber", "Judges of Trial Chamber IX convicted Dominic Ongwen on 4 February 2021.",
     "Trial Chamber IX=court:trial-chamber-9; Dominic Ongwen=person:dominic-ongwen",
     [(D, {"body": ["court:trial-chamber-9"]}, {"date": "2021-02-04"})], {}),
    ("unsc-acting-under-chapter-vii", "The Security Council, acting under Chapter VII of the UN Charter, decided to refer the situation in Darfur to the Prosecutor.",
     "Security Council=igo:un-security-council; Darfur=place:darfur; Prosecutor=court:otp",
     [(D, {"body": ["igo:un-security-council"]}, {})], {}),
    ("presidency-reassigned", "The Presidency reassigned the case to Trial Chamber V.",
     "Presidency=court:presidency; Trial Chamber V=court:trial-chamber-5", [(D, {"body": ["court:presidency"]}, {})], {}),
    ("chamber-issued-its-decision-on", "The Pre-Trial Chamber, composed of three judges, issued its decision on 5 May 2025.",
     "Pre-Trial Chamber=court:pre-trial-chamber", [(D, {"body": ["court:pre-trial-chamber"]}, {"date": "2025-05-05"})], {}),
    ("chamber-reduced-sentence", "On appeal, the Appeals Chamber reduced the sentence to 12 years.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("assembly-amended-rule", "The Assembly amended rule 26 of the Rules of Procedure and Evidence by consensus.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("parliament-amended-code", "Ukraine's parliament amended the Criminal Code to cover crimes against humanity.",
     "Ukraine=state:ua", [(D, {"body": ["state:ua"]}, {})], {}),
    ("no-ngo-amended", "Amnesty International amended its report after the hearing.",
     "Amnesty International=org:amnesty-international", [], {"count": {D: 0}}),
    ("no-chamber-reduce-asked", "The defence asked the Appeals Chamber to reduce the sentence.",
     AC, [], {"count": {D: 0}}),
    # --- sixth batch: a State's court rules, it does not condemn ------------------------------------------
    ("national-court-rejected-no-condemnation", "Kenya's High Court rejected the petition seeking Bashir's arrest.",
     "Kenya's High Court=org:ke-high-court; Bashir=person:omar-al-bashir",
     [(D, {"body": ["org:ke-high-court"]}, {})], {"count": {"condemnation": 0}}),
    ("tsets-rejected-complaint", "Mongolia's Constitutional Tsets rejected a complaint seeking the arrest of Putin.",
     "Constitutional Tsets=org:constitutional-tsets; Mongolia=state:mn; Putin=person:vladimir-putin",
     [(D, {"body": ["org:constitutional-tsets"]}, {})], {"count": {"condemnation": 0}}),
    ("national-court-dismissed-no-condemnation", "The Philippine Supreme Court dismissed the petitions.",
     PH_SC, [(D, {"body": ["org:philippine-supreme-court"]}, {})], {"count": {"condemnation": 0}}),
    ("vote-on-the-measure-told-again", "The Philippine Senate passed a resolution urging the government to rejoin the Court. Senators voted 15-4 in favour of the measure.",
     "Philippine=state:ph", [(D, {"body": ["state:ph"]}, {})], {"count": {D: 1}}),
    # --- seventh batch: from a verdict release and an NGO retrospective ------------------------------------
    ("in-its-judgment-convicted-one", "In its judgment of 26 June 2024, the Chamber had convicted Mr Al Hassan of war crimes.",
     "Chamber=court:trial-chamber-10; Al Hassan=person:al-hassan", [(D, {"body": ["court:trial-chamber-10"]}, {"date": "2024-06-26"})],
     {"count": {D: 1}}),
    ("m-years-ago-today", "Five years ago today, Burundi became the first country to leave the International Criminal Court.",
     "Burundi=state:bi; " + ICC, [(M, {"state": ["state:bi"]}, {"action": "withdrawal_effective", "date": "2020-12-01"})], {}),
    ("m-government-lodged-notice-with-un", "Burundi's lawmakers voted in October 2016 to leave the Court.\n\nThe government lodged its notice with the UN the same month.",
     "Burundi=state:bi", [(M, {"state": ["state:bi"]}, {"action": "withdrawal_notice", "date": "2016-10"})], {}),
    # --- eighth batch: an Assembly record, a UN experts release -------------------------------------------
    ("assembly-two-resolutions-second-object", "The Assembly adopted, by consensus, resolution ICC-ASP/23/Res.1 on the proposed programme budget for 2025, and resolution ICC-ASP/23/Res.4 on cooperation.",
     "Assembly=court:asp; ICC-ASP/23/Res.1=instrument:icc-asp-23-res-1; ICC-ASP/23/Res.4=instrument:icc-asp-23-res-4",
     [(D, {"body": ["court:asp"], "instrument": ["instrument:icc-asp-23-res-4"]}, {})], {"count": {D: 2}}),
    ("welcomed-decision-which-reversed-dated", "UN experts today welcomed the decision of the Appeals Chamber, which on 24 April 2025 reversed a Pre-Trial Chamber ruling and ordered it to examine the challenge anew.",
     AC + "; Pre-Trial Chamber=court:pre-trial-chamber", [(D, {"body": ["court:appeals-chamber"]}, {"date": "2025-04-24"})],
     {"absent": (D, {"body": ["court:pre-trial-chamber"]})}),
    ("no-upheld-rule-of-law", "\"The judges have upheld the rule of law,\" the experts said.",
     "judges=court:judges", [], {"count": {D: 0}}),
    # --- ninth batch: a wire on the Assembly, an NGO statement on an arrest --------------------------------
    ("member-states-of-icc-agreed", "Member states of the International Criminal Court agreed on Saturday to raise the court's budget by 4%.",
     ICC + "; " + ASP, [(D, {"body": ["court:asp"]}, {})], {"absent": (D, {"body": ["court:icc"]})}),
    ("no-proposal-voted-down", "A proposal by Hungary to cut funding for the Office of the Prosecutor was voted down.",
     "Hungary=state:hu; Office of the Prosecutor=court:otp", [], {"count": {D: 0}}),
    ("decided-to-execute-on-past-day", "The Philippine authorities decided to execute the warrant on 11 March 2025 and transferred him the same day.",
     "Philippine=state:ph", [(D, {"body": ["state:ph"]}, {"date": "2025-03-11"})], {}),
    ("no-order-which-authorises-sanctions", "Executive Order 14203 by the United States, which authorises sanctions against persons who assist the Court, risks eroding the rule of law.",
     "United States=state:us; Executive Order 14203=instrument:us-eo-14203", [], {"count": {D: 0}}),
    # --- tenth batch: headlines ----------------------------------------------------------------------------
    ("headline-judges-authorise", "ICC judges authorise Afghanistan investigation",
     "ICC judges=court:judges; Afghanistan=state:af", [(D, {"body": ["court:judges"]}, {})], {}),
    ("headline-parliament-votes-to-quit", "Hungarian parliament votes to quit ICC",
     "Hungarian=state:hu; ICC=court:icc", [(D, {"body": ["state:hu"]}, {})], {}),
    ("headline-assembly-elects", "ICC Assembly elects Karim Khan as prosecutor",
     "ICC Assembly=court:asp; Karim Khan=person:karim-khan", [(D, {"body": ["court:asp"]}, {})], {}),
    ("headline-sc-junks", "Supreme Court junks petitions against Duterte arrest",
     PH_SC + "; " + DUT, [(D, {"body": ["org:philippine-supreme-court"]}, {})], {}),
    ("court-junked-petition", "The Supreme Court on Tuesday junked the petition for lack of merit.",
     PH_SC, [(D, {"body": ["org:philippine-supreme-court"]}, {})], {}),
    # --- near-misses ----------------------------------------------------------------------------------
    ("no-nearly-left", "How South Africa nearly left the ICC",
     ZA + "; " + ICC, [], {"count": {M: 0}}),
    ("no-almost-withdrew", "Kenya almost withdrew from the Rome Statute in 2013.",
     "Kenya=state:ke; Rome Statute=instrument:rome-statute", [], {"count": {M: 0}}),
    ("no-lawyers-would-ask", "His lawyers said they would ask the court to reconsider the ruling.",
     "", [], {"count": {D: 0}}),
    ("no-decision-can-be-appealed", "The decision can be appealed within five days.",
     "", [], {"count": {D: 0}}),
    ("no-court-said", "\"The petitions are dismissed for lack of merit,\" the Supreme Court said in a statement.",
     PH_SC, [], {"count": {D: 1}}),
    ("no-ngo-threw-out", "Amnesty International threw out its earlier estimate of the death toll.",
     "Amnesty International=org:amnesty-international", [], {"count": {D: 0}}),
    ("no-party-resolved", "The ANC has twice resolved at party conferences to pursue withdrawal.",
     "ANC=org:anc", [], {"count": {M: 0}}),
    ("no-court-asked-to-rule", "The defence asked the Appeals Chamber to throw out the ruling.",
     AC, [], {"count": {D: 0}}),
]

XFAIL: dict[str, str] = {
    "headline-judges-authorise": "the parser reads the headline's 'judges' as its verb",
    "headline-parliament-votes-to-quit": "the parser reads the headline's 'votes' as a noun",
    "body-judges-of-chamber-presided": "the parser reads 'presided' as the sentence's verb and 'convicted' as an adjective",
    "no-court-said": "a ruling quoted in the court's own words (passive, no body) is not read as the speaker's decision",
}


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_r9decisions_case(nlp, case):
    assert_case(nlp, case, XFAIL)


def test_r9decisions_later_paragraph_takes_no_earlier_date(nlp):
    """A long-read: a ruling told in a later paragraph, with no date of its own ("later"), does not take the
    date of the paragraph before (undated stays undated)."""
    text = (
        "In June 2015, Omar al-Bashir flew to Johannesburg for a summit.\n\n"
        "The Supreme Court of Appeal later found that the government had broken the law."
    )
    ctx = make_context(nlp, text, "Omar al-Bashir=person:omar-al-bashir; Supreme Court of Appeal=org:supreme-court-of-appeal")
    got = [e for e in run_events(ctx) if e.type == "decision"]
    assert got and all(not (e.date or "").startswith("2015-06") for e in got), [(e.roles, e.date) for e in got]


LATER_CASES = [
    ("The hearing was held on 3 July 2025. The Appeals Chamber has since reversed the decision.", "Appeals Chamber=court:appeals-chamber"),
    ("In 2016, Burundi's parliament voted to leave the Court.\n\nThe Constitutional Court subsequently upheld the law.",
     "Burundi=state:bi; Constitutional Court=org:bi-constitutional-court"),
    ("Twelve years ago, the Security Council referred Libya to the Court.", "Security Council=igo:un-security-council; Libya=state:ly"),
    ("The Supreme Court had previously declined to issue a restraining order.", "Supreme Court=org:ph-supreme-court"),
    ("Two days before the withdrawal took effect, the judges had authorised an investigation, a decision made public in November 2017.",
     "judges=court:judges"),
]


@pytest.mark.parametrize("case", LATER_CASES, ids=["has-since", "subsequently", "years-ago", "previously", "days-before-the"])
def test_r9decisions_told_later_stays_undated(nlp, case):
    """A decision told "since", "subsequently", "years ago", with no day of its own, took place on neither the
    day told before it nor the document's: undated."""
    text, ents = case
    got = [e for e in sentence_events(nlp, text, ents) if e.type == "decision" and "2016" not in (e.date or "")]
    assert got and all(e.date is None for e in got), [(e.roles, e.date) for e in got]

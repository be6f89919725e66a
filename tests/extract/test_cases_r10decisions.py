"""Round-10 genre probes for `decision` and `membership_change`: decisions told as BACKGROUND in long
news features, explainers, Q&A pages and think-tank briefs (relative clauses, "whose parliament ...",
"in a ruling last month, ...", "a move that ...", participial phrases, several past events in one
paragraph), reduced from documents written for this round; plus near-misses that must not fire.
"""

from __future__ import annotations

import pytest

from .events_support import assert_case, case_ids

ASP = "Assembly=court:asp; Assembly of States Parties=court:asp; States Parties=court:states-parties"
PTC1 = "Pre-Trial Chamber I=court:pre-trial-chamber-1"
PTC = "Pre-Trial Chamber=court:pre-trial-chamber"
AC = "Appeals Chamber=court:appeals-chamber"
ICC = "International Criminal Court=court:icc; ICC=court:icc"
UNSC = "Security Council=igo:un-security-council"
ZA = "South Africa=state:za; South African=state:za"
HU = "Hungary=state:hu"

D = "decision"
M = "membership_change"

CASES = [
    # --- relative clauses: the body is what the clause hangs from ----------------------------------------
    ("whose-parliament-voted", "Meanwhile Hungary, whose parliament voted in May to leave the court, has become the first EU member to start the process.",
     HU + "; Israel=state:il", [(D, {"body": ["state:hu"]}, {"date": "2025-05"})], {"absent": (D, {"body": ["state:il"]})}),
    ("whose-lawmakers-approved", "Kenya, whose lawmakers approved a motion to quit the court in 2013, never sent a notice.",
     "Kenya=state:ke", [(D, {"body": ["state:ke"]}, {"date": "2013"})], {}),
    ("unsc-which-referred-two", "The Security Council, which referred Darfur in 2005 and Libya in 2011, has made no new referral since.",
     UNSC + "; Darfur=place:darfur; Libya=state:ly", [(D, {"body": ["igo:un-security-council"]}, {"date": "2005"})], {}),
    ("unsc-referred-state-no-court", "In 2011 the Security Council referred Libya, a decision that China and Russia backed.",
     UNSC + "; Libya=state:ly; China=state:cn; Russia=state:ru", [(D, {"body": ["igo:un-security-council"]}, {"date": "2011"})], {}),
    ("court-which-rejected-complaint", "The constitutional court, which rejected a complaint seeking Putin's arrest in 2024, has not been asked to rule again.",
     "constitutional court=org:mn-constitutional-court; Putin=person:vladimir-putin",
     [(D, {"body": ["org:mn-constitutional-court"]}, {"date": "2024"})], {}),
    ("senate-which-adopted", "The Philippine Senate, which in 2023 adopted a resolution urging the government to rejoin the Court, took no further action.",
     "Philippine=state:ph", [(D, {"body": ["state:ph"]}, {"date": "2023"})], {}),
    # --- framed rulings: "in a ruling last month, ...", "a decision issued on ..." --------------------------
    ("in-a-ruling-last-month", "In a ruling last month that drew little attention, the Appeals Chamber confirmed that the staff rules could not be overridden.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {"date": "2025-11"})], {}),
    ("in-a-decision-issued-on", "ICC judges, in a decision issued on 10 July, found that the trial could proceed in absentia.",
     "ICC judges=court:judges", [(D, {"body": ["court:judges"]}, {"date": "2025-07-10"})], {}),
    ("sent-question-back", "Last April the Appeals Chamber, in a ruling that surprised many, sent the jurisdiction question back to the lower chamber.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {"date": "2025-04"})], {}),
    ("sent-back-case", "The appeals judges sent the case back to Pre-Trial Chamber I in April.",
     "appeals judges=court:appeals-chamber; " + PTC1, [(D, {"body": ["court:appeals-chamber"]}, {"date": "2025-04"})], {}),
    ("participial-ruling-held", "The Pre-Trial Chamber, ruling on the remanded question in October, again held that the Court could exercise jurisdiction.",
     PTC + "; Court=court:icc", [(D, {"body": ["court:pre-trial-chamber"]}, {"date": "2025-10"})], {}),
    ("chamber-held-that", "In February 2017 the High Court in Pretoria held that the notice was invalid.",
     "High Court=org:za-high-court", [(D, {"body": ["org:za-high-court"]}, {"date": "2017-02"})], {}),
    ("chamber-found-fit", "In October 2025 the Chamber found Duterte fit to stand trial.",
     "Chamber=court:pre-trial-chamber-1; Duterte=person:rodrigo-duterte", [(D, {"body": ["court:pre-trial-chamber-1"]}, {"date": "2025-10"})], {}),
    ("issued-reparations-order", "On 4 November the Chamber issued its reparations order in the Al Hassan case.",
     "Chamber=court:trial-chamber-10; Al Hassan=person:al-hassan", [(D, {"body": ["court:trial-chamber-10"]}, {"date": "2025-11-04"})], {}),
    ("handed-down-judgment", "Trial Chamber IX handed down its judgment in February 2021.",
     "Trial Chamber IX=court:trial-chamber-9", [(D, {"body": ["court:trial-chamber-9"]}, {"date": "2021-02"})], {}),
    ("judges-postponed-hearing-which", "In the Duterte case, judges postponed the confirmation hearing, which had been set for 23 September.",
     "judges=court:judges; Duterte=person:rodrigo-duterte", [(D, {"body": ["court:judges"]}, {})], {}),
    ("presidency-constituted", "The Presidency, for its part, constituted Trial Chamber VII to hear the case.",
     "Presidency=court:presidency; Trial Chamber VII=court:trial-chamber-7", [(D, {"body": ["court:presidency"]}, {})], {}),
    ("presidency-decided-according-to", "In early 2025, the Presidency decided to pay three months of salaries in advance, according to two people familiar with the decision.",
     "Presidency=court:presidency", [(D, {"body": ["court:presidency"]}, {"date": "2025"})], {}),
    ("board-decided-to", "Its Board of Directors decided in October to complement the award with EUR 1 million.",
     "Board of Directors=court:tfv", [(D, {"body": ["court:tfv"]}, {"date": "2025-10"})], {}),
    # --- States: cabinets, governments --------------------------------------------------------------------
    # "decided to withdraw" is read as the withdrawal (the corpus convention, r8 "states-decided-withdraw"), and
    # "announced that it would withdraw" as a commitment (the tune gold's convention): no decision for either
    ("cabinet-decided-to-withdraw", "South Africa tried to leave.\n\nIn October 2016 the cabinet decided to withdraw, and the minister signed the notice.",
     ZA, [(M, {"state": ["state:za"]}, {"action": "withdrawal_notice"})], {"count": {D: 0}}),
    ("cabinet-of-state-decided", "In October 2016 South Africa's cabinet decided to withdraw from the Court.",
     ZA, [(M, {"state": ["state:za"]}, {"action": "withdrawal_notice", "date": "2016-10"})], {"count": {D: 0}}),
    ("government-withdrawing-notice", "The South African government complied, withdrawing the notice in March 2017.",
     ZA, [(D, {"body": ["state:za"]}, {"date": "2017-03"})], {}),
    ("withdrew-notice-of-withdrawal", "The Gambia withdrew its notice of withdrawal in February 2017.",
     "Gambia=state:gm", [(D, {"body": ["state:gm"]}, {"date": "2017-02"})], {"count": {M: 0}}),
    ("announced-would-withdraw", "In April 2025 the government announced that Hungary would withdraw from the court.",
     HU, [("commitment", {"agent": ["state:hu"]}, {"date": "2025-04"})], {"count": {D: 0}}),
    ("three-announced-withdraw", "Burkina Faso, Mali and Niger announced in September that they would withdraw from the Rome Statute.",
     "Burkina Faso=state:bf; Mali=state:ml; Niger=state:ne; Rome Statute=instrument:rome-statute",
     [("commitment", {"agent": ["state:bf", "state:ml", "state:ne"]}, {"date": "2025-09"})], {"count": {D: 0}}),
    ("government-agreed-in-spring", "The Dutch government, which hosts the court, agreed in the spring to guarantee its banking.",
     "Dutch=state:nl", [(D, {"body": ["state:nl"]}, {})], {}),
    # --- dates: the budget's year is not the decision's ----------------------------------------------------
    ("budget-year-not-date", "At the Assembly in December, states approved the court's 2026 budget after an all-night session.",
     ASP, [(D, {"body": ["court:asp"]}, {"date": "2025-12"})], {}),
    ("budget-for-year-not-date", "On 6 December 2024 the Assembly adopted the programme budget for 2025.",
     ASP, [(D, {"body": ["court:asp"]}, {"date": "2024-12-06"})], {}),
    # --- membership told as background -------------------------------------------------------------------
    ("m-notice-that-was-lodged", "The minister signed a notice that was lodged with the UN in New York in October 2016.",
     ZA, [], {"count": {M: 0}}),  # no State named in the clause: nothing to record
    ("m-notice-of-state-lodged", "South Africa's notice of withdrawal was lodged with the UN in October 2016.",
     ZA, [(M, {"state": ["state:za"]}, {"action": "withdrawal_notice", "date": "2016-10"})], {}),
    ("m-which-quit-in", "Burundi, which quit the court in October 2017, has refused to cooperate since.",
     "Burundi=state:bi", [(M, {"state": ["state:bi"]}, {"action": "withdrawal_effective", "date": "2017-10"})], {}),
    ("m-since-joined", "Since Ukraine joined the court in January 2025, it has referred no new situation.",
     "Ukraine=state:ua", [(M, {"state": ["state:ua"]}, {"date": "2025-01"})], {}),
    ("m-left-no-date-not-doc-date", "What happened to the case after the Philippines left the ICC?",
     "Philippines=state:ph; " + ICC, [(M, {"state": ["state:ph"]}, {"action": "withdrawal_effective"})], {}),
    # --- near-misses ------------------------------------------------------------------------------------
    ("no-may-appeal", "The defence says it may appeal the reparations order.",
     "", [], {"count": {D: 0}}),
    ("no-asked-judges-defer", "Defence counsel, who had asked the judges to defer the order, said the Chamber ignored the appeal.",
     "judges=court:judges; Chamber=court:trial-chamber-10", [], {"count": {D: 0}}),
    ("no-could-rule", "The court could rule on the matter as early as next month, lawyers said.",
     "court=court:icc", [], {"count": {D: 0}}),
    ("no-has-not-been-asked", "The constitutional court has not been asked to rule again.",
     "constitutional court=org:mn-constitutional-court", [], {"count": {D: 0}}),
    ("no-sc-no-referral", "The Security Council has made no new referral since 2011.",
     UNSC, [], {"count": {D: 0}}),
    ("no-draft-would-refer", "A draft resolution that would have referred Syria was vetoed by Russia and China in 2014.",
     UNSC + "; Syria=state:sy; Russia=state:ru; China=state:cn", [], {"absent": (D, {"body": ["igo:un-security-council"]})}),
]

XFAIL: dict[str, str] = {
    "whose-lawmakers-approved": "the date inside the infinitive ('a motion to quit the court in 2013') is not read as the vote's (shared dating)",
    "cabinet-decided-to-withdraw": "a cabinet whose State its sentence does not name gives no withdrawal (membership reads the State from the clause)",
    "court-which-rejected-complaint": "the date inside the complaint's phrase ('seeking Putin's arrest in 2024') is not read as the ruling's (shared dating)",
}


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_r10decisions_case(nlp, case):
    assert_case(nlp, case, XFAIL)


CASES2 = [
    # --- second batch (written before any fix for them): nominal rulings told in passing ----------------------
    ("judges-year-ruling-that", "The judges' 2021 ruling that Palestine is a State for the purposes of the Statute still stands.",
     "judges=court:judges; Palestine=state:ps", [(D, {"body": ["court:judges"]}, {"date": "2021"})], {}),
    ("chamber-ruling-which-allowed", "The Chamber's ruling, which allowed the trial to proceed in absentia, was issued on 6 October 2025.",
     "Chamber=court:pre-trial-chamber-1", [(D, {"body": ["court:pre-trial-chamber-1"]}, {"date": "2025-10-06"})], {}),
    ("decision-issued-on-rejected", "Pre-Trial Chamber I's decision, issued on 21 November 2024, rejected both challenges brought by Israel.",
     "Israel=state:il; Pre-Trial Chamber I=court:pre-trial-chamber-1",
     [(D, {"body": ["court:pre-trial-chamber-1"]}, {"date": "2024-11-21"})], {}),
    ("after-the-chamber-ordered-release", "After the Chamber ordered his release in June 2025, he returned to Brussels.",
     "Chamber=court:trial-chamber-1", [(D, {"body": ["court:trial-chamber-1"]}, {"date": "2025-06"})], {}),
    ("since-appeals-quashed", "Since the Appeals Chamber quashed the acquittal in 2019, the case has been in limbo.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {"date": "2019"})], {}),
    ("court-ruled-it-had", "Two years ago the court ruled it had jurisdiction over crimes committed on the territory of Bangladesh.",
     "court=court:icc; Bangladesh=state:bd", [(D, {"body": ["court:icc"]}, {"date": "2023"})], {}),
    ("having-granted-the-request", "Having granted the Prosecution's request in March, the judges set a new date for the hearing.",
     "judges=court:judges", [(D, {"body": ["court:judges"]}, {"date": "2025-03"})], {}),
    ("reversed-refusal", "The Appeals Chamber reversed the Pre-Trial Chamber's refusal to consider the challenge.",
     AC + "; Pre-Trial Chamber=court:pre-trial-chamber", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("overturned-rejection", "In 2024 the appeals judges overturned the rejection of the defence's request.",
     "appeals judges=court:appeals-chamber", [(D, {"body": ["court:appeals-chamber"]}, {"date": "2024"})], {}),
    # --- States, told in passing ---------------------------------------------------------------------------
    ("parliament-voted-to-a-move", "In 2016 Burundi's parliament voted to leave the court, a move critics called a shield for impunity.",
     "Burundi=state:bi", [(D, {"body": ["state:bi"]}, {"date": "2016"})], {}),
    ("law-adopted-in", "A law adopted in 2023 bars any cooperation with the Court, the paper said.",
     "Russia=state:ru; Court=court:icc", [], {}),  # no State named: no body to record
    ("decree-signed-by", "Russia's 2023 law, signed by President Putin, bars any cooperation with the Court.",
     "Russia=state:ru; Putin=person:vladimir-putin; Court=court:icc", [], {}),
    ("state-duma-passed-which", "In Moscow, Russia's State Duma, which passed the law in April, said it would protect officials.",
     "Russia=state:ru; State Duma=org:state-duma", [(D, {"body": ["state:ru"]}, {"date": "2025-04"})], {}),
    ("after-parliament-approved-state-later", "After parliament approved the bill in May, Hungary lodged its notice.",
     HU, [(D, {"body": ["state:hu"]}, {"date": "2025-05"})], {}),
    ("law-participle-passed", "Russia's law, passed in 2023, bars cooperation with the Court.",
     "Russia=state:ru; Court=court:icc", [(D, {"body": ["state:ru"]}, {"date": "2023"})], {}),
    ("government-decision-not-to", "The Mongolian government's decision not to arrest Putin drew criticism.",
     "Mongolian=state:mn; Putin=person:vladimir-putin", [(D, {"body": ["state:mn"]}, {})], {}),
    # --- near-misses ---------------------------------------------------------------------------------------
    ("no-judges-holds-reasoning", "The Chamber holds that the Prosecutor has established reasonable grounds.",
     "Chamber=court:pre-trial-chamber-1; Prosecutor=court:otp", [], {"count": {D: 0}}),
    ("no-held-a-hearing", "In October the Chamber held a status conference with the parties.",
     "Chamber=court:pre-trial-chamber-1", [], {"count": {D: 0}}),
    ("no-finding-mongolia", "On 24 October 2024 Pre-Trial Chamber II found that Mongolia had breached its duty to arrest Mr Putin.",
     "Pre-Trial Chamber II=court:pre-trial-chamber-2; Mongolia=state:mn", [], {"count": {D: 0}}),
    ("found-fit-rejecting-one", "In October 2025 the Chamber found Duterte fit to stand trial, rejecting a defence claim that he was impaired.",
     "Chamber=court:pre-trial-chamber-1; Duterte=person:rodrigo-duterte", [(D, {"body": ["court:pre-trial-chamber-1"]}, {"date": "2025-10"})],
     {"count": {D: 1}}),
    ("budget-year-sentence-date", "On 6 December the Assembly approved the 2026 programme budget of the Court.",
     ASP, [(D, {"body": ["court:asp"]}, {"date": "2025-12-06"})], {}),
    ("no-sent-letter-back", "The Registry sent the letter back to the embassy unopened.",
     "Registry=court:registry", [], {"count": {D: 0}}),
]

XFAIL2: dict[str, str] = {
    "law-participle-passed": "a law told by its participle ('Russia's law, passed in 2023,') is not read as its legislature's decision",
    "government-decision-not-to": "a government's nominal decision not to act ('decision not to arrest Putin') is not read",
    "judges-year-ruling-that": "a year told as the ruling's modifier ('the judges' 2021 ruling') does not date it",
    "chamber-ruling-which-allowed": "a ruling named as the subject of 'was issued on' is not read as the Chamber's decision",
    "decision-issued-on-rejected": "the Chamber's rejection is emitted by the condemnation reader (pressure_condemn), which reads no ruling frame date",
}


@pytest.mark.parametrize("case", CASES2, ids=case_ids(CASES2))
def test_r10decisions_background(nlp, case):
    assert_case(nlp, case, XFAIL2)

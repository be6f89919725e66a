"""Round-8 genre probes for `decision` (and `membership_change` where a decision to leave is told):
sentences reduced from short news-wire, press-release, NGO, government and UN-expert texts written for
this round, plus near-misses that must not fire (plans, expectations, calls, negations).
"""

from __future__ import annotations

import pytest

from .events_support import assert_case, case_ids, make_context, matches, run_events

ASP = "Assembly=court:asp; Assembly of States Parties=court:asp"
BUREAU = "Bureau=court:asp-bureau"
CBF = "Committee on Budget and Finance=court:cbf"
PTC1 = "Pre-Trial Chamber I=court:pre-trial-chamber-1"
PTC2 = "Pre-Trial Chamber II=court:pre-trial-chamber-2"
AC = "Appeals Chamber=court:appeals-chamber"
UNSC = "Security Council=igo:un-security-council; UN Security Council=igo:un-security-council"
HU = "Hungary=state:hu"
ICC = "International Criminal Court=court:icc; ICC=court:icc"

D = "decision"
M = "membership_change"

CASES = [
    # --- parliaments and governments ---------------------------------------------------------------
    ("parliament-possessive-approved-bill", "Hungary's parliament on Tuesday approved a bill to withdraw from the International Criminal Court.",
     HU + "; " + ICC, [(D, {"body": ["state:hu"]}, {})], {}),
    ("lawmakers-passed-law", "Burundian lawmakers passed a law on Wednesday to leave the ICC.",
     "Burundian=state:bi; " + ICC, [(D, {"body": ["state:bi"]}, {})], {}),
    ("national-assembly-adopted-bill", "The National Assembly of Hungary adopted the bill by 134 votes to 37.",
     HU, [(D, {"body": ["state:hu"]}, {})], {}),
    ("cabinet-approved-draft", "Burundi's cabinet approved a draft law on withdrawal from the Rome Statute.",
     "Burundi=state:bi; Rome Statute=instrument:rome-statute", [(D, {"body": ["state:bi"]}, {})], {}),
    ("government-decided-not-to", "The Italian government decided not to execute the ICC request.",
     "Italian=state:it; " + ICC, [(D, {"body": ["state:it"]}, {})], {}),
    ("duma-adopted-law", "Russia's State Duma adopted a law criminalising cooperation with the ICC.",
     "Russia=state:ru; " + ICC, [(D, {"body": ["state:ru"]}, {})], {}),
    ("states-decided-withdraw", "The Governments of Burkina Faso, Mali and Niger have decided to withdraw from the Rome Statute.",
     "Burkina Faso=state:bf; Mali=state:ml; Niger=state:ne; Rome Statute=instrument:rome-statute",
     [(M, {"state": ["state:bf"]}, {"action": "withdrawal_notice"})], {}),
    # --- national courts -----------------------------------------------------------------------------
    ("supreme-court-dismissed", "The Philippine Supreme Court on Tuesday dismissed petitions challenging the arrest of Rodrigo Duterte.",
     "Philippine Supreme Court=org:ph-supreme-court; Rodrigo Duterte=person:rodrigo-duterte",
     [(D, {"body": ["org:ph-supreme-court"]}, {})], {}),
    ("constitutional-court-ruled-that", "South Africa's Constitutional Court ruled that the notice of withdrawal was unconstitutional.",
     "South Africa's Constitutional Court=org:za-constitutional-court", [(D, {"body": ["org:za-constitutional-court"]}, {})], {}),
    ("high-court-ordered-arrest", "Kenya's High Court ordered the arrest of Omar al-Bashir in November 2011.",
     "Kenya's High Court=org:ke-high-court; Omar al-Bashir=person:omar-al-bashir",
     [(D, {"body": ["org:ke-high-court"]}, {"date": "2011-11"})], {}),
    ("court-of-appeal-declared-invalid", "The Rome Court of Appeal declared the arrest invalid on procedural grounds.",
     "Rome Court of Appeal=org:rome-court-of-appeal", [(D, {"body": ["org:rome-court-of-appeal"]}, {})], {}),
    # --- Chambers ------------------------------------------------------------------------------------
    ("chamber-upheld-unanimously", "The Appeals Chamber unanimously upheld the conviction of Dominic Ongwen.",
     AC + "; Dominic Ongwen=person:dominic-ongwen", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("chamber-authorised-investigation", "Judges of Pre-Trial Chamber II authorised the Prosecutor to open an investigation in Bangladesh/Myanmar.",
     PTC2 + "; Prosecutor=court:otp", [(D, {"body": ["court:pre-trial-chamber-2"]}, {})], {}),
    ("ruling-apposition-issued-by", "The ruling, issued by Pre-Trial Chamber I on 21 November 2024, rejected both challenges.",
     PTC1, [(D, {"body": ["court:pre-trial-chamber-1"]}, {"date": "2024-11-21"})], {}),
    ("judgment-apposition-delivered-by", "The judgment, delivered by the Appeals Chamber on 15 December 2022, upheld the conviction.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {"date": "2022-12-15"})], {}),
    ("decision-of-date-reversed", "The decision of 24 April 2025 reversed the earlier ruling of Pre-Trial Chamber I.",
     "Appeals Chamber=court:appeals-chamber; " + PTC1, [(D, {}, {"date": "2025-04-24"})], {}),
    ("chamber-rejects-headline", "Appeals Chamber rejects Israel's appeal on jurisdiction",
     AC + "; Israel=state:il", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("chamber-granted-on-date", "Trial Chamber V granted the Prosecution's request on 3 June 2025.",
     "Trial Chamber V=court:trial-chamber-5", [(D, {"body": ["court:trial-chamber-5"]}, {"date": "2025-06-03"})], {}),
    ("chamber-decision-to-postpone-nominal", "Pre-Trial Chamber I's decision to postpone the confirmation hearing drew criticism.",
     PTC1, [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {}),
    ("chamber-terminated-proceedings", "Trial Chamber IX terminated the proceedings against the accused after his death.",
     "Trial Chamber IX=court:trial-chamber-9", [(D, {"body": ["court:trial-chamber-9"]}, {})], {}),
    # --- Security Council and Assembly ---------------------------------------------------------------
    ("unsc-voted-to-refer", "The Security Council voted unanimously to refer the situation in Libya to the ICC.",
     UNSC + "; Libya=state:ly; " + ICC, [(D, {"body": ["igo:un-security-council"]}, {})], {}),
    ("unsc-in-resolution-referred", "In resolution 1593 (2005), the Security Council referred the situation in Darfur to the Prosecutor.",
     UNSC + "; Darfur=place:darfur; Prosecutor=court:otp", [(D, {"body": ["igo:un-security-council"]}, {})], {}),
    ("cbf-recommended-that", "The Committee on Budget and Finance recommended that the Assembly approve a budget of EUR 195 million.",
     CBF + "; " + ASP, [(D, {"body": ["court:cbf"]}, {})], {}),
    ("upon-recommendation-assembly-decided", "Upon the recommendation of the Bureau, the Assembly decided to hold its next session in The Hague.",
     BUREAU + "; " + ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("assembly-elected-on-saturday", "The Assembly of States Parties on Saturday elected Päivi Kaukoranta as its President.",
     ASP + "; Päivi Kaukoranta=person:paivi-kaukoranta", [(D, {"body": ["court:asp"]}, {})], {}),
    ("resolution-adopted-by-assembly-relative", "The resolution, which was adopted by the Assembly without a vote, calls on States to cooperate.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("bureau-agreed-to-convene", "The Bureau agreed to convene a special session in July.",
     BUREAU, [(D, {"body": ["court:asp-bureau"]}, {})], {}),
    # --- second batch: nominalisations, headlines, relative clauses, coordination ----------------------
    ("unsc-referral-nominal-following", "Following the Security Council's referral of the situation in Darfur, the Prosecutor opened an investigation.",
     UNSC + "; Darfur=place:darfur; Prosecutor=court:otp", [(D, {"body": ["igo:un-security-council"]}, {})], {}),
    ("headline-unsc-refers", "UN Security Council refers Libya to ICC",
     UNSC + "; Libya=state:ly; " + ICC, [(D, {"body": ["igo:un-security-council"]}, {})], {}),
    ("unsc-resolution-relative-adopted", "Resolution 1970, which the Council adopted unanimously on 26 February 2011, referred the situation in Libya to the Court.",
     "Council=igo:un-security-council; Resolution 1970=instrument:unsc-res-1970; Libya=state:ly",
     [(D, {"body": ["igo:un-security-council"]}, {"date": "2011-02-26"})], {}),
    ("assembly-approved-without-vote", "The Assembly approved, without a vote, the amendment to article 8 of the Rome Statute.",
     ASP + "; Rome Statute=instrument:rome-statute", [(D, {"body": ["court:asp"]}, {})], {}),
    ("assembly-extend-mandate", "The Assembly decided to extend the mandate of the Review Mechanism by one year.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("bureau-adopted-terms", "The Bureau, at its fifth meeting, adopted the terms of reference of the facilitation.",
     BUREAU, [(D, {"body": ["court:asp-bureau"]}, {})], {}),
    ("assembly-coordinated-acts", "The Assembly adopted the budget and elected six judges.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {"count": {D: 2}}),
    ("passive-adopted-last-day", "The resolution on victims was adopted on the last day of the session.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("chamber-authorized-present-perfect", "Pre-Trial Chamber II has authorized the Prosecutor to investigate the situation in Afghanistan.",
     PTC2 + "; Prosecutor=court:otp; Afghanistan=state:af", [(D, {"body": ["court:pre-trial-chamber-2"]}, {})], {}),
    ("chamber-confirmed-jurisdiction", "In a landmark ruling, the Appeals Chamber confirmed the Court's jurisdiction over the situation in Palestine.",
     AC + "; Palestine=state:ps", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("chamber-ordered-reparations", "The Trial Chamber ordered Mr Ongwen to pay EUR 52 million in reparations.",
     "Trial Chamber=court:trial-chamber; Ongwen=person:dominic-ongwen", [(D, {"body": ["court:trial-chamber"]}, {})], {}),
    ("judges-acquitted", "The judges acquitted Laurent Gbagbo of all charges.",
     "judges=court:judges; Laurent Gbagbo=person:laurent-gbagbo", [(D, {"body": ["court:judges"]}, {})], {}),
    ("kenya-motion-to-withdraw", "The Kenyan National Assembly passed a motion to withdraw from the Rome Statute in September 2013.",
     "Kenyan=state:ke; Rome Statute=instrument:rome-statute", [(D, {"body": ["state:ke"]}, {})], {}),  # the date, parsed inside "to withdraw ...", is left to dating
    ("mps-voted-in-favour", "Hungarian MPs voted 134 to 37 in favour of the withdrawal.",
     "Hungarian=state:hu", [(D, {"body": ["state:hu"]}, {})], {}),
    ("no-due-to-deliver", "The Chamber is due to deliver its judgment on 10 March.",
     "Chamber=court:chamber", [], {"count": {D: 0}}),
    ("no-ngo-recommended", "Amnesty International recommended that States adopt implementing legislation.",
     "Amnesty International=org:amnesty-international", [], {"count": {D: 0}}),
    ("no-government-proposed", "The government proposed a bill to withdraw from the Court.",
     "", [], {"count": {D: 0}}),
    ("no-decision-expected", "A decision is expected by the end of the year.",
     "", [], {"count": {D: 0}}),
    ("no-failed-to-adopt", "The Assembly failed to adopt the amendment on the crime of aggression.",
     ASP, [], {"count": {D: 0}}),
    ("no-vote-postponed", "A vote on the draft resolution was postponed until Thursday.",
     ASP, [], {"count": {D: 0}}),
    ("no-congress-bill-sanction", "The House of Representatives passed a bill to sanction ICC officials.",
     "House of Representatives=org:us-house; " + ICC, [], {"count": {D: 0}}),
    # --- heads of State acting in office: the State decides -------------------------------------------
    ("us-revoked-restrictions", "The United States revoked the visa restrictions on court officials.",
     "United States=state:us", [(D, {"body": ["state:us"]}, {})], {}),
    ("icc-officer-stays-person", "Prosecutor Karim Khan decided to open an investigation into the situation in Ukraine.",
     "Karim Khan=person:karim-khan; Ukraine=state:ua; United Kingdom=state:gb", [],
     {"absent": (D, {"body": ["state:gb"]})}),
    # --- bullet lists whose lead line names the body ------------------------------------------------------
    ("bullets-lead-body", ("At the close of its session on 7 December 2024, the Assembly of States Parties:\n"
     "- approved a programme budget of EUR 195 million for 2025;\n- adopted the resolution on cooperation; and\n"
     "- adopted a declaration on the Court's independence.\n"),
     ASP, [(D, {"body": ["court:asp"]}, {"date": "2024-12-07"})], {"count": {D: 3}}),
    ("bullets-lead-bureau-numbered", ("At its seventh meeting, the Bureau:\n(a) endorsed the recommendations of the facilitator;\n"
     "(b) appointed Ambassador Helena Marsh as focal point.\n"),
     BUREAU + "; Helena Marsh=person:helena-marsh", [(D, {"body": ["court:asp-bureau"]}, {})], {"count": {D: 2}}),
    ("no-bullets-lead-asks", "The Assembly should:\n- adopt a budget that meets the Court's needs;\n- approve the cooperation resolution.\n",
     ASP, [], {"count": {D: 0}}),
    ("relcl-bill-adopted-which", "The Government of Hungary submitted a bill to Parliament, which was adopted on 20 May 2025 by 141 votes.",
     HU, [(D, {"body": ["state:hu"]}, {"date": "2025-05-20"})], {}),
    # --- third batch: precision in news and NGO text -------------------------------------------------
    ("no-decision-expected-within", "The Chamber's decision on the confirmation of charges is expected within 60 days.",
     "Chamber=court:chamber", [], {"count": {D: 0}}),
    ("no-reviewed-court-as-reviewer", "The Trial Chamber's verdict in the Ongwen case was upheld on appeal.",
     "Trial Chamber=court:trial-chamber; Ongwen=person:dominic-ongwen", [], {"absent": (D, {"body": ["court:trial-chamber"]})}),
    ("court-struck-down-notice", "The Constitutional Court of South Africa struck down the notice of withdrawal in February 2017.",
     "Constitutional Court of South Africa=org:za-constitutional-court",
     [(D, {"body": ["org:za-constitutional-court"]}, {"date": "2017-02"})], {}),
    ("no-membership-motion-urging", "Kenya's MPs backed a motion urging the government to quit the ICC.",
     "Kenya=state:ke; " + ICC, [], {"count": {M: 0}}),
    ("no-membership-called-on-to-leave", "Opposition leaders called on Burundi to leave the Rome Statute.",
     "Burundi=state:bi; Rome Statute=instrument:rome-statute", [], {"count": {M: 0}}),
    ("appeals-judgment-subject-overturned", "The Appeals Chamber's judgment overturned Bemba's conviction.",
     AC + "; Bemba=person:jean-pierre-bemba", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    # --- fourth batch: reached consensus, found guilty, ruled in favour ---------------------------------
    ("assembly-reached-consensus", "The Assembly reached consensus on the programme budget late on Saturday.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("no-failed-to-reach-consensus", "The Assembly failed to reach consensus on the amendments.",
     ASP, [], {"count": {D: 0}}),
    ("no-could-not-reach-agreement", "The Bureau could not reach agreement on the venue.",
     BUREAU, [], {"count": {D: 0}}),
    ("chamber-found-guilty", "Trial Chamber I found Ali Kushayb guilty of 27 counts of war crimes.",
     "Trial Chamber I=court:trial-chamber-1; Ali Kushayb=person:ali-kushayb", [(D, {"body": ["court:trial-chamber-1"]}, {})], {}),
    ("no-state-found-guilty", "Amnesty International found the government guilty of gross negligence.",
     "Amnesty International=org:amnesty-international", [], {"count": {D: 0}}),
    ("chamber-ruled-in-favour", "The Appeals Chamber ruled in favour of Kenya in its admissibility challenge.",
     AC + "; Kenya=state:ke", [(D, {"body": ["court:appeals-chamber"]}, {"title": "in favour of Kenya"})], {}),
    ("parliament-vote-nominal", "The Hungarian parliament's vote to leave the Court took effect in June 2026.",
     "Hungarian=state:hu", [(D, {"body": ["state:hu"]}, {})], {}),
    ("no-upcoming-vote-nominal", "The parliament's upcoming vote on withdrawal worries Hungary's partners.",
     HU, [], {"count": {D: 0}}),
    # --- near-misses: plans, expectations, calls, negations ------------------------------------------
    ("no-expected-to-adopt", "The Assembly is expected to adopt the budget on Friday.",
     ASP, [], {"count": {D: 0}}),
    ("no-will-rule", "Pre-Trial Chamber I will rule on the request in due course.",
     PTC1, [], {"count": {D: 0}}),
    ("no-set-to-vote", "Hungary's parliament is set to vote on the bill next week.",
     HU, [], {"count": {D: 0}}),
    ("no-should-adopt", "States Parties should adopt a strong resolution on cooperation.",
     "States Parties=court:states-parties", [], {"count": {D: 0}}),
    ("no-not-yet-decided", "The Bureau has not yet decided on the venue of the next session.",
     BUREAU, [], {"count": {D: 0}}),
    ("no-could-decide", "Judges could decide to issue a summons instead.",
     "Judges=court:judges", [], {"count": {D: 0}}),
    ("no-draft-circulated", "A draft resolution was circulated to delegations on Monday.",
     ASP, [], {"count": {D: 0}}),
    ("no-expected-decide-chamber", "The Court's Pre-Trial Chamber I is expected to decide on the confirmation of charges later this year.",
     PTC1, [], {"count": {D: 0}}),
]

XFAIL: dict[str, str] = {
    "decision-of-date-reversed": "a ruling whose court is not named in its sentence is not read as a decision",
    "ruling-apposition-issued-by": "a Chamber's 'rejected' is read with the pressure events (pressure.py, not decisions), which "
    "date it by the sentence, not by the ruling's apposition",
}


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_r8decisions_case(nlp, case):
    assert_case(nlp, case, XFAIL)


def test_r8decisions_head_of_state_acts_for_the_state(nlp, kb):
    """ "President Joe Biden lifted the sanctions": a head of State in office (the knowledge base's office)
    decides for the State, not in person."""
    text = "The United States eased its stance in 2021, when President Joe Biden lifted the sanctions on the Prosecutor."
    ctx = make_context(nlp, text, "United States=state:us; Joe Biden=person:joe-biden; Prosecutor=court:otp")
    ctx.kb = kb
    events = run_events(ctx)
    assert [e for e in events if matches(e, D, {"body": ["state:us"]}, {})], events
    assert not [e for e in events if matches(e, D, {"body": ["person:joe-biden"]}, {})], events

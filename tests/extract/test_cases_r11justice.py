"""Round-11 probes for decisions, warrants, non-cooperation findings, visits and membership changes:
constructions learnt from reading real news pages (written in our own words, other names and verbs),
with the near-misses that must not fire."""

from __future__ import annotations

import pytest

from .events_support import check_case

D = "decision"
W = "arrest_warrant"
N = "non_cooperation_finding"
V = "fugitive_visit"
M = "membership_change"
UNSC = "UN Security Council=igo:un-security-council; Security Council=igo:un-security-council"
BASHIR = "Omar al-Bashir=person:omar-al-bashir; al-Bashir=person:omar-al-bashir; Mr Al Bashir=person:omar-al-bashir"
NET = "Benjamin Netanyahu=person:benjamin-netanyahu; Netanyahu=person:benjamin-netanyahu"
GAL = "Yoav Gallant=person:yoav-gallant"
PUTIN = "Vladimir Putin=person:vladimir-putin; Putin=person:vladimir-putin"
SAHEL = "Burkina Faso=state:bf; Mali=state:ml; Niger=state:ne"

CASES = [
    # --- a State reported to the Council for failing to arrest: the finding told with "report"
    ("nc-reported-to-council", ("Judges at the ICC reported Djibouti to the UN Security Council on Thursday for failing to "
     "arrest Omar al-Bashir during his visit."),
     "ICC=court:icc; Judges=court:judges; Djibouti=state:dj; " + UNSC + "; " + BASHIR,
     [(N, {"state": ["state:dj"], "referred_to": ["igo:un-security-council"], "subject": ["person:omar-al-bashir"]}, {})], {}),
    ("nc-reported-to-assembly", ("The Chamber reported Malawi to the Assembly of States Parties over its failure to surrender "
     "Mr Al Bashir."),
     "Chamber=court:pre-trial-chamber-1; Malawi=state:mw; Assembly of States Parties=court:asp; " + BASHIR,
     [(N, {"state": ["state:mw"], "referred_to": ["court:asp"]}, {})], {}),
    ("nc-reported-two-states", ("Back in 2011 the Court had likewise reported Chad and Kenya to the Security Council for not "
     "arresting al-Bashir."),
     "Court=court:icc; Kenya=state:ke; Chad=state:td; " + UNSC + "; " + BASHIR,
     [(N, {"state": ["state:ke"], "referred_to": ["igo:un-security-council"]}, {}),
      (N, {"state": ["state:td"], "referred_to": ["igo:un-security-council"]}, {})], {}),
    ("nc-reported-nation-of", ("In their ruling the judges reported the landlocked nation of Chad to the Security Council over "
     "its failure to arrest al-Bashir."),
     "Judges=court:judges; Chad=state:td; " + UNSC + "; " + BASHIR,
     [(N, {"state": ["state:td"], "referred_to": ["igo:un-security-council"]}, {})], {}),
    ("nc-neg-media-reported", "Al Jazeera reported that Djibouti failed to arrest Omar al-Bashir during the inauguration.",
     "Al Jazeera=org:al-jazeera; Djibouti=state:dj; " + BASHIR, [], {"count": {N: 0}}),
    # --- membership: a rule told about any State, and a withdrawal told as what will follow, are no acts
    ("mc-neg-generic-rule", ("Rwanda's leader has attacked the Court for years. Leaving the ICC only becomes final for a country "
     "twelve months after it tells the UN."),
     "Rwanda=state:rw; ICC=court:icc; UN=igo:un", [], {"count": {M: 0}}),
    ("mc-neg-generic-rule-any-state", ("Under the treaty, a State Party's exit becomes effective a year after the "
     "Secretary-General receives its notice."),
     "Secretary-General=igo:un-secretary-general", [], {"count": {M: 0}}),
    ("mc-neg-when-takes-effect", ("Hungary announced its decision in April. When the withdrawal takes effect, it will become "
     "the first member of the EU to have left the treaty."),
     "Hungary=state:hu; EU=igo:eu", [], {"count": {M: 0}}),
    ("mc-neg-once-effective", "Once the exit becomes effective, Burundi would be the first State to leave the Court.",
     "Burundi=state:bi", [], {"count": {M: 0}}),
    ("mc-neg-would-have-made", ("Pretoria notified the UN in October, starting a year-long period that would have made "
     "South Africa the first country to quit the court."),
     "Pretoria=state:za; South Africa=state:za; UN=igo:un", [], {"absent_action": "withdrawal_effective"}),
    # --- a State that "withdrew" in a sentence about leaving the Court
    ("mc-bare-withdrew", "The Philippines was the second country to leave the ICC after Burundi withdrew in 2017.",
     "Philippines=state:ph; Burundi=state:bi; ICC=court:icc",
     [(M, {"state": ["state:bi"]}, {"action": "withdrawal_effective", "date": "2017"})], {}),
    ("mc-neg-withdrew-troops", "Burundi withdrew in 2017 from the peacekeeping mission, a year after the ICC opened its probe.",
     "Burundi=state:bi; ICC=court:icc", [], {"count": {M: 0}}),
    # --- headlines listing States without "and"
    ("mc-headline-comma-list", "Mali, Niger, Burkina Faso exit International Criminal Court together",
     SAHEL + "; International Criminal Court=court:icc",
     [(M, {"state": ["state:bf", "state:ml", "state:ne"]}, {"action": "withdrawal_notice"})], {}),
    ("mc-headline-comma-list-quit", "Mali, Niger, Burkina Faso quit the ICC",
     SAHEL + "; ICC=court:icc",
     [], {"count": {M: 3}}),  # one act per State, each told by the list
    # --- warrants: the warrant as the subject of "accuse", after a reduced relative
    ("aw-warrants-accuse", ("The warrants, first issued on 21 November 2024, accuse Benjamin Netanyahu and Yoav Gallant of "
     "war crimes."),
     NET + "; " + GAL, [(W, {"subject": ["person:benjamin-netanyahu", "person:yoav-gallant"]}, {"status": "issued"})], {}),
    ("aw-warrant-accuses", "The warrant, issued in March 2023, accuses Vladimir Putin of the unlawful deportation of children.",
     PUTIN, [(W, {"subject": ["person:vladimir-putin"]}, {"status": "issued", "date": "2023-03"})], {}),
    ("aw-neg-report-accuses", "The report accuses Benjamin Netanyahu of ignoring the Court.", NET, [], {"count": {W: 0}}),
    # --- issued, then undone, in one sentence: two acts, each with its own time
    ("aw-issued-but-rescinded", ("Judges had issued one more warrant, for the commander Mohammed Deif, and withdrew it in "
     "February 2025 once his death was confirmed."),
     "Mohammed Deif=person:mohammed-deif",
     [(W, {"subject": ["person:mohammed-deif"]}, {"status": "issued"}),
      (W, {"subject": ["person:mohammed-deif"]}, {"status": "withdrawn", "date": "2025-02"})], {}),
    ("aw-issued-and-later-withdrawn", "Judges issued a warrant for Saif Gaddafi in 2011 and withdrew it in 2024.",
     "Judges=court:judges; Saif Gaddafi=person:saif-gaddafi",
     [(W, {"subject": ["person:saif-gaddafi"]}, {"status": "issued", "date": "2011"}),
      (W, {"subject": ["person:saif-gaddafi"]}, {"status": "withdrawn", "date": "2024"})], {}),
    # --- a pronoun and an apposition in one list of subjects
    ("aw-pronoun-and-apposition", ("Netanyahu landed in Budapest. It is his first trip since the court issued arrest warrants "
     "for him and his former defence minister, Yoav Gallant, on 21 November 2024."),
     NET + "; " + GAL + "; court=court:icc; Budapest=place:budapest",
     [(W, {"subject": ["person:benjamin-netanyahu", "person:yoav-gallant"]}, {"status": "issued"})], {}),
    # --- the subjects of a warrant told without names are named by "reasonable grounds" in the next sentence
    ("aw-grounds-name-subjects", ("On Tuesday the Court issued arrest warrants for two of the movement's commanders. In the judges' view "
     "there were reasonable grounds to suspect Ahmad Karimi and Yusuf Nadiri of persecution."),
     "Court=court:icc; judges=court:judges; Ahmad Karimi=person:ahmad-karimi; Yusuf Nadiri=person:yusuf-nadiri",
     [(W, {"subject": ["person:ahmad-karimi", "person:yusuf-nadiri"]}, {"status": "issued"})], {}),
    ("aw-grounds-believe", ("Judges issued warrants against three commanders of the militia. They found reasonable grounds to "
     "believe that Joseph Kony and Vincent Otti bear criminal responsibility."),
     "Judges=court:judges; Joseph Kony=person:joseph-kony; Vincent Otti=person:vincent-otti",
     [(W, {"subject": ["person:joseph-kony", "person:vincent-otti"]}, {"status": "issued"})], {}),
    # --- arrested under a warrant told with its issuer: executed, besides issued
    ("aw-arrested-based-on-issued-by", ("Khaled Hishri, a national of Libya, was arrested by German police based on a warrant "
     "issued under seal by the International Criminal Court."),
     "Khaled Hishri=person:khaled-hishri; Germany=state:de; International Criminal Court=court:icc",
     [(W, {"subject": ["person:khaled-hishri"]}, {"status": "executed"}),
      (W, {"subject": ["person:khaled-hishri"]}, {"status": "issued"})], {}),
    ("aw-detained-acting-under", ("On 16 July Omar Barakat was detained at the airport by Belgian police acting under a "
     "warrant from the ICC."),
     "Omar Barakat=person:omar-barakat; ICC=court:icc",
     [(W, {"subject": ["person:omar-barakat"]}, {"status": "executed"})], {}),
    # --- the warrant's own "by" agent, not the subject of the main clause
    ("aw-issuer-by-agent", ("The Appeals Chamber rejected the argument that the warrants issued by Pre-Trial Chamber I for "
     "Benjamin Netanyahu were void."),
     "Appeals Chamber=court:appeals-chamber; Pre-Trial Chamber I=court:pre-trial-chamber-1; " + NET,
     [(W, {"issuer": ["court:pre-trial-chamber-1"], "subject": ["person:benjamin-netanyahu"]}, {})], {}),
    # --- decisions: a request to withdraw warrants rejected is a ruling
    ("d-reject-request-to-withdraw", ("Judges of the Court have turned down Israel's request to withdraw the arrest warrants "
     "against Benjamin Netanyahu."),
     "Court=court:icc; Judges=court:judges; Israel=state:il; " + NET, [(D, {"body": ["court:judges"]}, {})], {}),
    ("d-deny-application-to-withdraw", "Pre-Trial Chamber II denied the defence application to withdraw the charges.",
     "Pre-Trial Chamber II=court:pre-trial-chamber-2", [(D, {"body": ["court:pre-trial-chamber-2"]}, {})], {}),
    ("d-neg-decision-to-withdraw", "The decision of Hungary to withdraw from the Court was criticised.",
     "Hungary=state:hu; Court=court:icc", [], {"count": {D: 0}}),
    # --- the Court as a whole ruling on a party's filing (a headline's "ICC rejects X's bid")
    ("d-icc-rejects-bid", "ICC rejects Israeli bid to have Netanyahu warrants scrapped",
     "ICC=court:icc; Israel=state:il; " + NET, [(D, {"body": ["court:icc"]}, {})], {"count": {"condemnation": 0}}),
    ("d-court-dismissed-request", ("In a decision published on Wednesday, the court also dismissed a separate request by "
     "Israel to suspend the investigation."),
     "court=court:icc; Israel=state:il", [(D, {"body": ["court:icc"]}, {})], {"count": {"condemnation": 0}}),
    ("d-neg-icc-rejects-sanctions", "The ICC rejected the sanctions, calling them a blow to its independence.",
     "ICC=court:icc", [], {"count": {D: 0}}),
    # --- a ruling named by its month and its court, told inside an argument
    ("d-month-ruling-by", ("In Israel's view the warrants fell with an April ruling by the Appeals Chamber, which sent the "
     "question back."),
     "Israel=state:il; Appeals Chamber=court:appeals-chamber", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("d-month-decision-of", "The defence relies on the March decision of Trial Chamber X, which ordered the release.",
     "Trial Chamber X=court:trial-chamber-10", [(D, {"body": ["court:trial-chamber-10"]}, {})], {}),
    # --- national courts "considered/deemed" a treaty incompatible
    ("d-court-considered", ("Ratification halted in 2005 after the Constitutional Court considered the Statute incompatible "
     "with the national charter."),
     "Constitutional Court=org:constitutional-court", [(D, {"body": ["org:constitutional-court"]}, {})], {}),
    ("d-court-deemed", "The Supreme Court deemed the withdrawal unconstitutional in 2017.",
     "Supreme Court=org:supreme-court", [(D, {"body": ["org:supreme-court"]}, {})], {}),
    ("d-neg-minister-considered", "The minister considered the treaty a priority for the government.",
     "", [], {"count": {D: 0}}),
    # --- a bare "the court" after a State's court was named is that court
    ("d-bare-court-after-national", ("The notice was ruled invalid by the High Court. The court ordered the government to "
     "revoke its notice of withdrawal from the ICC."),
     "High Court=org:high-court; ICC=court:icc; court=court:icc",
     [(D, {"body": ["org:high-court"]}, {"title": "ordered"})], {"absent": (D, {"body": ["court:icc"]})}),
    ("d-bare-court-icc-stays", "The ICC issued its ruling on Monday. The court ordered the Registry to notify the victims.",
     "ICC=court:icc; court=court:icc; Registry=court:registry",
     [(D, {"body": ["court:icc"]}, {})], {}),
    # --- the Assembly acting through its members
    ("d-governments-from-assembly", ("Governments from the 94-member Assembly adopted the 2005 budget and elected a Deputy "
     "Prosecutor."),
     "Assembly of States Parties=court:asp; Gambia=state:gm",
     [(D, {"body": ["court:asp"]}, {})], {"absent": (D, {"body": ["state:gm"]})}),
    ("d-delegations-of-assembly", "Delegations of the Assembly of States Parties approved the report of the Bureau.",
     "Assembly of States Parties=court:asp; Bureau=court:asp-bureau",
     [(D, {"body": ["court:asp"]}, {})], {}),
    # --- a vote count told after the adoption is that decision again
    ("d-vote-count-told-again", ("Armenia's National Assembly adopted the law on ratifying the Rome Statute on 3 October 2023. "
     "The ratification had the votes of sixty deputies."),
     "Armenia=state:am; National Assembly=state:am; Rome Statute=instrument:rome-statute",
     [(D, {"body": ["state:am"]}, {})], {"count": {D: 1}}),
    # --- the resolution named as the referral in the sentence before
    ("d-referral-resolution-before", ("Photo: the Council voting on Resolution 1593, which referred Darfur to the ICC. The UN "
     "Security Council referred the situation in Darfur to the ICC in March 2005."),
     ("Resolution 1593=instrument:unsc-res-1593; UN Security Council=igo:un-security-council; Council=igo:un-security-council; "
     "ICC=court:icc; Darfur=place:darfur"),
     [(D, {"body": ["igo:un-security-council"], "instrument": ["instrument:unsc-res-1593"]}, {})], {}),
    # --- charges ended by the Court
    ("d-terminated-charges", "In 2016, the Court terminated the charges against William Ruto and Joshua Sang.",
     "Court=court:icc; William Ruto=person:william-ruto; Joshua Sang=person:joshua-sang", [(D, {"body": ["court:icc"]}, {})], {}),
    ("d-vacated-charges", "Trial Chamber V vacated the charges against the two accused.",
     "Trial Chamber V=court:trial-chamber-5", [(D, {"body": ["court:trial-chamber-5"]}, {})], {}),
    # --- what a chamber will have to decide is no decision
    ("d-neg-will-have-to-decide", ("According to the judges, the Pre-Trial Chamber, once it rules on Israel's challenge itself, "
     "will also have to decide whether the warrants survive."),
     "Pre-Trial Chamber=court:pre-trial-chamber-1; Israel=state:il; judges=court:judges", [], {"count": {D: 0}}),
    ("d-neg-must-decide", "Israel said the chamber must now decide whether the warrants stand.",
     "Israel=state:il", [], {"count": {D: 0}}),
    # --- a visit told only as "while in power" has no day of its own (not the page's)
    ("fv-while-in-power", ("Omar al-Bashir, who is wanted by the ICC, travelled to Chad and Djibouti while in power without "
     "being arrested."),
     BASHIR + "; ICC=court:icc; Chad=state:td; Djibouti=state:dj",
     [(V, {"subject": ["person:omar-al-bashir"], "host": ["state:td", "state:dj"]}, {"date": None})], {}),
    ("fv-during-presidency", ("During his presidency, al-Bashir, wanted by the ICC since 2009, visited Kenya and was not "
     "arrested."),
     BASHIR + "; ICC=court:icc; Kenya=state:ke",
     [(V, {"subject": ["person:omar-al-bashir"], "host": ["state:ke"]}, {"date": None})], {}),
    ("fv-dated-stays", "Omar al-Bashir, who is wanted by the ICC, visited Chad in August 2016 without being arrested.",
     BASHIR + "; ICC=court:icc; Chad=state:td",
     [(V, {"subject": ["person:omar-al-bashir"], "host": ["state:td"]}, {"date": "2016-08"})], {}),
    # --- a picture of a leader at home is no visit
    ("fv-neg-own-capital", "President Vladimir Putin of Russia in the Kremlin, Moscow, 3 March 2025 (AFP photo)",
     PUTIN + "; Russia=state:ru; Moscow=place:moscow; AFP=org:afp", [], {"count": {V: 0}}),
    ("fv-neg-home-state", "Russian President Vladimir Putin chaired a meeting in Moscow on Monday.",
     PUTIN + "; Russian=state:ru; Moscow=place:moscow", [], {"count": {V: 0}}),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name, text, entities, expected, options", CASES, ids=[c.values[0] if hasattr(c, "marks") else c[0] for c in CASES]
)
def test_justice_r11_probe(nlp, name, text, entities, expected, options):
    check_case(nlp, (name, text, entities, expected, options))

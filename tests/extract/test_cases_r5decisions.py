"""Round-5 probes for `decision` events: the construction space of the genre (active, passive,
nominalised, reported, headline, relative clause, coordination), and plans, calls and negations that
must not fire. Written from how the Court, the Assembly, the UN and the press write, not from the rules.
"""

from __future__ import annotations

import pytest

from .events_support import make_context, matches, run_events

ASP = "Assembly=court:asp; Assembly of States Parties=court:asp"
BUREAU = "Bureau=court:asp-bureau"
PTC1 = "Pre-Trial Chamber I=court:pre-trial-chamber-1"
PTC2 = "Pre-Trial Chamber II=court:pre-trial-chamber-2"
AC = "Appeals Chamber=court:appeals-chamber"
CBF = "Committee on Budget and Finance=court:cbf"
UNSC = "Security Council=igo:unsc; UN Security Council=igo:unsc"
PRES = "Presidency=court:presidency"

D = "decision"
CASES = [
    # --- the Assembly --------------------------------------------------------------------------
    ("adopt-consensus-res", "The Assembly adopted resolution ICC-ASP/23/Res.1 by consensus.",
     ASP + "; ICC-ASP/23/Res.1=instrument:icc-asp-23-res-1",
     [(D, {"body": ["court:asp"], "instrument": ["instrument:icc-asp-23-res-1"]}, {})], {}),
    ("passive-adopted-by", "Resolution ICC-ASP/22/Res.5 was adopted by the Assembly of States Parties on 14 December 2023.",
     ASP + "; ICC-ASP/22/Res.5=instrument:icc-asp-22-res-5",
     [(D, {"body": ["court:asp"], "instrument": ["instrument:icc-asp-22-res-5"]}, {})], {}),
    ("passive-omnibus-no-agent", "On the final day, the omnibus resolution was adopted without a vote.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("plural-passed", "The Assembly of States Parties passed three resolutions on Friday.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("approved-budget", "States Parties approved a programme budget of EUR 195 million for 2025.",
     ASP + "; States Parties=court:states-parties", [(D, {"body": ["court:asp"]}, {})], {}),
    ("nominal-adoption", "We welcome the adoption by the Assembly of the resolution on victims and affected communities.",
     ASP + "; Lex Aequa=org:lex-aequa", [(D, {"body": ["court:asp"]}, {})], {"author": "org:lex-aequa"}),
    ("relcl-which-adopted", "Delegates praised the cooperation resolution, which the Assembly adopted on Thursday.",
     ASP, [(D, {"body": ["court:asp"]}, {"title": "cooperation"})], {}),
    ("assembly-decided-to-convene", "The Assembly decided to convene a special session on the crime of aggression in 2025.",
     ASP, [(D, {"body": ["court:asp"]}, {"title": "special session"})], {}),
    ("assembly-established", "The Assembly established a working group on the review of the Court's procedures.",
     ASP, [(D, {"body": ["court:asp"]}, {})], {}),
    ("amendment-adopted-at", "In June 2010 the Assembly adopted amendments to the Rome Statute on the crime of aggression.",
     ASP + "; Rome Statute=instrument:rome-statute", [(D, {"body": ["court:asp"]}, {"date": "2010-06"})], {}),
    # --- the Bureau and committees -------------------------------------------------------------
    ("bureau-decided-that", "The Bureau decided that the twenty-fifth session would be held in New York.",
     BUREAU, [(D, {"body": ["court:asp-bureau"]}, {})], {}),
    ("bureau-agreed", "At its fifth meeting, the Bureau agreed to extend the mandate of the facilitator.",
     BUREAU, [(D, {"body": ["court:asp-bureau"]}, {})], {}),
    ("bureau-approved", "The Bureau approved the programme of work for the twenty-fourth session.",
     BUREAU, [(D, {"body": ["court:asp-bureau"]}, {})], {}),
    ("committee-recommended", "The Committee on Budget and Finance recommended a reduction of EUR 2 million in the proposed budget.",
     CBF, [(D, {"body": ["court:cbf"]}, {})], {}),
    ("committee-recommendation-noun", "The Committee on Budget and Finance's recommendation to freeze recruitment was criticised by staff.",
     CBF, [(D, {"body": ["court:cbf"]}, {})], {}),
    ("bureau-designated", "The Bureau designated Ambassador Maria Perez as focal point on non-cooperation.",
     BUREAU + "; Maria Perez=person:maria-perez", [(D, {"body": ["court:asp-bureau"]}, {})], {}),
    # --- Chambers and the Presidency -----------------------------------------------------------
    ("chamber-rejected-request", "On 21 November 2024, Pre-Trial Chamber I rejected Israel's challenges to jurisdiction.",
     PTC1 + "; Israel=state:il", [(D, {"body": ["court:pre-trial-chamber-1"]}, {"date": "2024-11-21"})], {}),
    ("chamber-granted", "Pre-Trial Chamber II granted the Prosecutor's request for authorisation to proceed.",
     PTC2, [(D, {"body": ["court:pre-trial-chamber-2"]}, {})], {}),
    ("appeals-reversed", "The Appeals Chamber reversed the Pre-Trial Chamber's decision on jurisdiction.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("appeals-upheld", "The Appeals Chamber upheld the conviction of Dominic Ongwen.",
     AC + "; Dominic Ongwen=person:dominic-ongwen", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("chamber-ordered", "Trial Chamber IX ordered reparations of EUR 52 million for the victims.",
     "Trial Chamber IX=court:trial-chamber-9", [(D, {"body": ["court:trial-chamber-9"]}, {})], {}),
    ("chamber-authorised", "Pre-Trial Chamber III authorised the Prosecutor to open an investigation into the situation in Burundi.",
     "Pre-Trial Chamber III=court:pre-trial-chamber-3; Burundi=state:bi",
     [(D, {"body": ["court:pre-trial-chamber-3"]}, {})], {}),
    ("passive-request-rejected-by", "Hungary's request was rejected by the Appeals Chamber in July.",
     AC + "; Hungary=state:hu", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("chamber-nominal-in-its-decision", "In its decision of 5 May, the Appeals Chamber found the appeal inadmissible.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    pytest.param("chamber-possessive-ruling", "Pre-Trial Chamber I's ruling on the detention was issued on 3 March.",
                 PTC1, [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {},
                 marks=pytest.mark.xfail(reason="the tagger reads \"'s ruling\" as 'is ruling', a verb")),
    ("judges-ruled-that", "The Appeals Chamber ruled that the Court may exercise jurisdiction over the case.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("headline-judges-reject", "ICC appeals judges reject Israel's bid to halt investigation",
     "ICC appeals judges=court:appeals-chamber; Israel=state:il", [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("presidency-constituted", "The Presidency constituted Pre-Trial Chamber II and assigned to it the situation in Venezuela.",
     PRES + "; " + PTC2 + "; Venezuela=state:ve", [(D, {"body": ["court:presidency"]}, {})], {}),
    ("chamber-confirmed-charges", "Pre-Trial Chamber II confirmed the charges against Joseph Kony in absentia.",
     PTC2 + "; Joseph Kony=person:joseph-kony", [(D, {"body": ["court:pre-trial-chamber-2"]}, {})], {}),
    ("chamber-terminated", "Trial Chamber V(A) terminated the proceedings against William Ruto.",
     "Trial Chamber V(A)=court:trial-chamber-5; William Ruto=person:william-ruto",
     [(D, {"body": ["court:trial-chamber-5"]}, {})], {}),
    # --- the UN and States -------------------------------------------------------------------
    ("unsc-referred", "The Security Council referred the situation in Darfur to the Prosecutor in resolution 1593 (2005).",
     UNSC + "; resolution 1593=instrument:unsc-res-1593; Darfur=place:darfur",
     [(D, {"body": ["igo:unsc"], "instrument": ["instrument:unsc-res-1593"]}, {})], {}),
    ("unsc-unanimously-adopted", "The UN Security Council unanimously adopted resolution 1970 on 26 February 2011.",
     UNSC + "; resolution 1970=instrument:unsc-res-1970",
     [(D, {"body": ["igo:unsc"], "instrument": ["instrument:unsc-res-1970"]}, {"date": "2011-02-26"})], {}),
    ("hrc-adopted", "The Human Rights Council adopted a resolution establishing a commission of inquiry.",
     "Human Rights Council=igo:hrc", [(D, {"body": ["igo:hrc"]}, {})], {}),
    ("ga-endorsed", "The General Assembly endorsed the report by a recorded vote of 143 to 9.",
     "General Assembly=igo:unga", [(D, {"body": ["igo:unga"]}, {})], {}),
    ("parliament-passed-law", "Ukraine's parliament passed a law ratifying the Rome Statute in August 2024.",
     "Ukraine=state:ua; Rome Statute=instrument:rome-statute", [(D, {"body": ["state:ua"]}, {})], {}),
    pytest.param("government-decree", "The Government of Burkina Faso issued a decree suspending cooperation with the Court.",
                 "Burkina Faso=state:bf; the Court=court:icc", [(D, {"body": ["state:bf"]}, {})], {},
                 marks=pytest.mark.xfail(reason="the parse makes 'decree suspending' a compound of 'cooperation'")),
    ("au-decided", "The African Union decided not to cooperate with the Court in the arrest of President Bashir.",
     "African Union=igo:au; the Court=court:icc", [(D, {"body": ["igo:au"]}, {})], {}),
    ("eu-council-adopted-us", "The Council of the European Union adopted a decision extending the Blocking Statute.",
     "Council of the European Union=igo:eu; Blocking Statute=instrument:eu-reg-2271-96",
     [(D, {"body": ["igo:eu"]}, {})], {}),
    ("ratified-by-vote", "Lawmakers in Kyiv voted to ratify the Rome Statute.",
     "Kyiv=state:ua; Rome Statute=instrument:rome-statute", [(D, {"body": ["state:ua"]}, {})], {}),
    # --- must NOT fire ------------------------------------------------------------------------
    ("neg-should-adopt", "The Assembly should adopt a resolution condemning the sanctions.",
     ASP, [], {"count": {D: 0}}),
    ("neg-call-to-adopt", "We call on the Assembly to adopt a strong resolution on cooperation.",
     ASP + "; Lex Aequa=org:lex-aequa", [], {"count": {D: 0}, "author": "org:lex-aequa"}),
    ("neg-will-consider", "The Bureau will consider the proposal at its next meeting.",
     BUREAU, [], {"count": {D: 0}}),
    ("neg-failed-to-adopt", "The Security Council failed to adopt a resolution referring Syria to the Court.",
     UNSC + "; Syria=state:sy; the Court=court:icc", [], {"count": {D: 0}}),
    ("neg-draft-before", "A draft resolution on the budget is before the Assembly.",
     ASP, [], {"count": {D: 0}}),
    ("neg-expected-to-decide", "The judges are expected to decide on the request next month.",
     "judges=court:judges", [], {"count": {D: 0}}),
    ("neg-warrant-not-decision", "Pre-Trial Chamber I issued warrants of arrest for Benjamin Netanyahu and Yoav Gallant.",
     PTC1 + "; Benjamin Netanyahu=person:benjamin-netanyahu; Yoav Gallant=person:yoav-gallant", [], {"count": {D: 0}}),
    ("neg-if-adopted", "If adopted, the amendment would extend the Court's jurisdiction.",
     "the Court=court:icc", [], {"count": {D: 0}}),
    ("neg-ngo-recommends", "Amnesty International recommended that States Parties increase the budget.",
     "Amnesty International=org:amnesty-international; States Parties=court:states-parties", [], {"count": {D: 0}}),
    # --- second batch (written after the first fixes, run once before any further rule) -------
    ("headline-session-adopts", "ASP23 adopts EUR 195 million budget for the Court",
     "ASP23=session:asp-23; Assembly=court:asp; the Court=court:icc", [(D, {"body": ["court:asp"]}, {})], {}),
    ("two-instruments", "At its twenty-third session, the Assembly of States Parties adopted resolutions ICC-ASP/23/Res.1 and ICC-ASP/23/Res.2.",
     ASP + "; ICC-ASP/23/Res.1=instrument:icc-asp-23-res-1; ICC-ASP/23/Res.2=instrument:icc-asp-23-res-2",
     [(D, {"body": ["court:asp"]}, {})], {}),
    ("participle-adopted-by-consensus", "The resolution on cooperation, adopted by consensus on 6 December, calls on States to execute warrants.",
     ASP, [(D, {"body": ["court:asp"]}, {"date": "2025-12-06"})], {}),
    ("hrc-vote-adopted", "Following a vote of 32 in favour to 3 against, the Human Rights Council adopted resolution 49/1.",
     "Human Rights Council=igo:hrc", [(D, {"body": ["igo:hrc"]}, {})], {}),
    ("ga-by-its-resolution", "The General Assembly, by its resolution 77/247, requested the International Court of Justice to render an advisory opinion.",
     "General Assembly=igo:unga; International Court of Justice=igo:icj", [(D, {"body": ["igo:unga"]}, {})], {}),
    ("judges-elected-president", "The judges elected Judge Tomoko Akane as President of the Court for a three-year term.",
     "judges=court:judges; Tomoko Akane=person:tomoko-akane; the Court=court:icc", [(D, {"body": ["court:judges"]}, {})], {}),
    ("presidency-decided-reassign", "The Presidency decided to reassign the case to Trial Chamber X.",
     PRES + "; Trial Chamber X=court:trial-chamber-10", [(D, {"body": ["court:presidency"]}, {})], {}),
    ("bureau-decision-taken-on", "The Bureau's decision, taken on 3 November, to hold the session in New York surprised observers.",
     BUREAU, [(D, {"body": ["court:asp-bureau"]}, {})], {}),
    ("apposition-by-majority", "The Appeals Chamber, by majority, reversed the decision of the Trial Chamber.",
     AC, [(D, {"body": ["court:appeals-chamber"]}, {})], {}),
    ("issued-decision-authorising", "In March, Pre-Trial Chamber II issued a decision authorising the Prosecutor to resume the investigation.",
     PTC2, [(D, {"body": ["court:pre-trial-chamber-2"]}, {})], {}),
    ("ruling-by-chamber", "The ruling by Trial Chamber IV on the admissibility of the evidence was unanimous.",
     "Trial Chamber IV=court:trial-chamber-4", [(D, {"body": ["court:trial-chamber-4"]}, {})], {}),
    ("omnibus-adopted-at-session", "The omnibus resolution adopted at ASP23 includes new language on threats against the Court.",
     "ASP23=session:asp-23; Assembly=court:asp; the Court=court:icc", [(D, {"body": ["court:asp"]}, {})], {}),
    ("unsc-voted-to-refer", "The Security Council voted unanimously to refer the situation in Libya to the Prosecutor.",
     UNSC + "; Libya=state:ly", [(D, {"body": ["igo:unsc"]}, {})], {}),
    ("european-parliament-passed", "The European Parliament passed a resolution urging the Commission to activate the Blocking Statute.",
     "European Parliament=igo:european-parliament; Commission=igo:european-commission", [(D, {"body": ["igo:european-parliament"]}, {})], {}),
    ("chamber-granted-passive", "Leave to appeal was granted by Pre-Trial Chamber I on 12 February.",
     PTC1, [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {}),
    ("chamber-approved-request", "Pre-Trial Chamber I approved the Prosecutor's request to join the two cases.",
     PTC1, [(D, {"body": ["court:pre-trial-chamber-1"]}, {})], {}),
    ("assembly-endorsed-conclusions", "States Parties endorsed the conclusions of the Review Mechanism at the closing plenary.",
     ASP + "; States Parties=court:states-parties; Review Mechanism=court:review-mechanism", [(D, {"body": ["court:asp"]}, {})], {}),
    ("neg-expected-to-be-adopted", "The draft resolution, which is expected to be adopted on Friday, reaffirms support for the Court.",
     ASP + "; the Court=court:icc", [], {"count": {D: 0}}),
    ("neg-hope-will-adopt", "Delegations hope the Assembly will adopt the budget before midnight.",
     ASP, [], {"count": {D: 0}}),
    ("neg-adoption-postponed", "The adoption of the budget by the Assembly has been postponed to January.",
     ASP, [], {"count": {D: 0}}),
    ("neg-should-chamber-grant", "Should the Chamber grant the request, the trial would be delayed by months.",
     "Chamber=court:pre-trial-chamber-1", [], {"count": {D: 0}}),
    ("neg-ngo-recommendation", "Human Rights Watch's recommendation to the Assembly was to strengthen the Review Mechanism.",
     ASP + "; Human Rights Watch=org:human-rights-watch; Review Mechanism=court:review-mechanism", [], {"count": {D: 0}}),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name, text, entities, expected, options", CASES, ids=[c.values[0] if hasattr(c, "marks") else c[0] for c in CASES]
)
def test_decision_probe(nlp, name, text, entities, expected, options):
    ctx = make_context(nlp, text, entities, date="2025-12-01", author=options.get("author", ""))
    events = run_events(ctx)
    for etype, roles, attrs in expected:
        found = [e for e in events if matches(e, etype, roles, attrs)]
        assert found, f"no {etype} with {roles} {attrs} in {[(e.type, e.roles, e.attributes, e.date) for e in events]}"
    for etype, n in options.get("count", {}).items():
        assert sum(e.type == etype for e in events) == n, [(e.type, e.roles, e.attributes) for e in events]

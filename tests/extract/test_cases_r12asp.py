"""Round-12 probes for sessions, side events and meetings, written after reading REAL Assembly and UN
press releases, NGO day reports, side-event programmes and ministry readouts (none of their sentences
is copied here): the constructions those writers use, in other names and words, plus near-misses that
must not fire.
"""

from __future__ import annotations

import pytest

from .events_support import check_case

ASP = "Assembly of States Parties=court:asp; Assembly=court:asp; States Parties=court:states-parties"
HAGUE = "The Hague=place:the-hague; World Forum=place:world-forum"
NY = "New York=place:new-york; United Nations Headquarters=place:un-headquarters"
S21 = "21st session=session:asp-21; twenty-first session=session:asp-21"
S24 = "24th session=session:asp-24; twenty-fourth session=session:asp-24"
S25 = "25th session=session:asp-25"
ORGS = "Justice First=org:justice-first; Lex Aequa=org:lex-aequa; Open Justice Network=org:open-justice-network"
PEOPLE = (
    "Ana Ruiz=person:ana-ruiz; Lena Moss=person:lena-moss; Tomoko Akane=person:tomoko-akane; "
    "Paul Oduya=person:paul-oduya; Sara Nour=person:sara-nour; Karim Khan=person:karim-khan; Ali Haidar=person:ali-haidar"
)

A, SE, MT, DM, PA = "assembly_session", "side_event", "meeting", "demand", "participation"

SESSIONS = [
    # --- a session and its resumed part: two events --------------------------------------------------------
    ("regular-and-resumed-parts",
     ("The Assembly held its 21st session in The Hague from 5 to 10 December 2022. Delegations met again at the resumed "
      "21st session in New York from 3 to 4 March 2023."),
     ASP + "; " + HAGUE + "; " + NY + "; " + S21,
     [(A, {"session": ["session:asp-21"], "venue": ["place:the-hague"]}, {"kind": "regular"}),
      (A, {"session": ["session:asp-21"], "venue": ["place:new-york"]}, {"kind": "resumed"})], {"count": {A: 2}}),
    ("resumption-of-its-session",
     "The Assembly concluded the first resumption of its twenty-first session at United Nations Headquarters on 4 March 2023.",
     ASP + "; " + NY + "; " + S21, [(A, {"session": ["session:asp-21"]}, {"kind": "resumed"})], {}),
    ("session-name-then-resumed",
     "ASP21 Resumed session: day two\n\nStates elected two judges in New York on 4 March 2023.",
     ASP + "; " + NY + "; ASP21=session:asp-21", [(A, {"session": ["session:asp-21"]}, {"kind": "resumed"})], {}),
    ("then-resumed-in-another-city",
     ("The 21st session opened on 5 December 2022 at the World Forum in The Hague. The Hague part ended on 7 December; the "
      "21st session later resumed in New York, where delegates met from 3 to 4 March 2023."),
     ASP + "; " + HAGUE + "; " + NY + "; " + S21,
     [(A, {"session": ["session:asp-21"], "venue": ["place:world-forum", "place:the-hague"]}, {"kind": "regular", "date": "2022-12-05"}),
      (A, {"session": ["session:asp-21"], "venue": ["place:new-york"]}, {"kind": "resumed"})], {"count": {A: 2}}),
    # --- "during the session": a session that takes place ------------------------------------------------
    ("during-resumed-session", "During the two-day resumed 24th session, the Assembly is expected to elect a Deputy Prosecutor.",
     ASP + "; " + S24, [(A, {"session": ["session:asp-24"]}, {"kind": "resumed"})], {}),
    # --- the session's verb in a clause after the brackets that name it --------------------------------------
    ("which-is-being-held-after-brackets",
     ("During the 24th session of the Assembly of States Parties to the Rome Statute (\u201cthe Assembly\u201d), which is being held "
      "this week at the World Forum in The Hague, delegations chose a new Registrar."),
     ASP + "; " + HAGUE + "; " + S24 + "; Rome Statute=instrument:rome-statute",
     [(A, {"session": ["session:asp-24"], "venue": ["place:world-forum", "place:the-hague"]}, {})], {}),
    ("scheduled-to-open",
     "The 25th session of the Assembly, scheduled to open in New York on 7 December 2026, will elect six judges.",
     ASP + "; " + NY + "; " + S25, [(A, {"session": ["session:asp-25"], "venue": ["place:new-york"]}, {})], {}),
    # --- the session named by what it is, not by its number ---------------------------------------------------
    ("annual-session-of-the-assembly",
     ("Lex Aequa will brief delegates at the 24th session. From 1 to 5 December 2025, member countries meet in The Hague "
      "for the annual session of the Assembly of States Parties."),
     ASP + "; " + HAGUE + "; " + S24 + "; " + ORGS,
     [(A, {"session": ["session:asp-24"], "venue": ["place:the-hague"]}, {"date": "2025-12-01"})], {}),
    ("assembly-convened-in-city",
     "The 24th session will weigh the budget. From 1 to 5 December 2025, the Assembly convened in The Hague to adopt it.",
     ASP + "; " + HAGUE + "; " + S24, [(A, {"session": ["session:asp-24"], "venue": ["place:the-hague"]}, {})], {}),
    # --- of two spans in a sentence, the session's is the one after its name -----------------------------------
    ("two-spans-the-sessions-after",
     ("From 26 to 28 November 2025, NGOs will hold webinars on the margins of the 24th session, which takes place in The "
      "Hague from 1 to 5 December 2025."),
     ASP + "; " + HAGUE + "; " + S24, [(A, {"session": ["session:asp-24"]}, {"date": "2025-12-01"})], {}),
    # --- "the Dutch city of X": the country is no venue ------------------------------------------------------
    ("country-city-of",
     "Delegates gathered in the Netherlands city of The Hague for the 24th session, which opened on 1 December 2025.",
     ASP + "; " + HAGUE + "; " + S24 + "; Netherlands=state:nl",
     [(A, {"session": ["session:asp-24"], "venue": ["place:the-hague"]}, {})], {"absent": (A, {"venue": ["state:nl"]})}),
    # --- near-misses -------------------------------------------------------------------------------------
    ("asked-resumed-session-no", "Lex Aequa called for a resumed session to be convened in New York early next year.",
     ASP + "; " + NY + "; " + ORGS + "; resumed session=session:asp-24", [], {"count": {A: 0}}),
    ("next-annual-session-no", "Delegates met from 1 to 5 December 2025 to prepare the next annual session of the Assembly.",
     ASP, [], {"count": {A: 0}}),
]

SIDE_EVENTS = [
    # --- a programme's bullet gives the title, the next line the hosts -----------------------------------------
    ("bullet-title-hosts-line",
     ("Side events\n\n3 December 2025\n\n  \u2022 Justice for Survivors\n    Lex Aequa (LA) & Chile, Ghana, and Norway\n"
      "    Join online\n\n  \u2022 Protecting the Court\n    Justice First, Open Justice Network & Ireland\n    Recording\n"),
     "Chile=state:cl; Ghana=state:gh; Norway=state:no; Ireland=state:ie; " + ORGS,
     [(SE, {"organizer": ["org:lex-aequa", "state:cl", "state:gh", "state:no"]}, {"date": "2025-12-03"}),
      (SE, {"organizer": ["org:justice-first", "org:open-justice-network", "state:ie"]}, {})], {"count": {SE: 2}}),
    ("bullet-title-sentence-no",
     "Side events\n  \u2022 Justice for Survivors\n    Chile said it would send a delegation.\n",
     "Chile=state:cl", [], {"absent": (SE, {"organizer": ["state:cl"]})}),
]

MEETINGS = [
    # --- those named with the one who met, met too ------------------------------------------------------------
    ("along-with-subject", "Ms Ana Ruiz, along with Ambassador Lena Moss, held a meeting with Judge Tomoko Akane.",
     PEOPLE, [(MT, {"participant": ["person:ana-ruiz", "person:lena-moss", "person:tomoko-akane"]}, {})], {}),
    ("in-the-presence-of", "Prosecutor Karim Khan met with the Justice Minister, Mr Ali Haidar, in the presence of Ms Sara Nour.",
     PEOPLE, [(MT, {"participant": ["person:karim-khan", "person:ali-haidar", "person:sara-nour"]}, {})], {}),
    # --- the body in a title is the holder's office, not another participant -----------------------------------
    ("title-after-holder", "Ms Ana Ruiz held talks with Mr Paul Oduya, Minister of Foreign Affairs of Kenya.",
     PEOPLE + "; Kenya=state:ke", [(MT, {"participant": ["person:ana-ruiz", "person:paul-oduya"]}, {})],
     {"absent": (MT, {"participant": ["state:ke"]})}),
    ("title-before-holder", "Ms Ana Ruiz also met the Attorney General and Minister of Justice of Kenya, Mr Paul Oduya.",
     PEOPLE + "; Kenya=state:ke", [(MT, {"participant": ["person:ana-ruiz", "person:paul-oduya"]}, {})],
     {"absent": (MT, {"participant": ["state:ke"]})}),
    ("title-with-acronym", "Ms Ana Ruiz held a meeting with Mr Karim Khan, Prosecutor of the International Criminal Court (ICC).",
     PEOPLE + "; International Criminal Court=court:icc; ICC=court:icc",
     [(MT, {"participant": ["person:ana-ruiz", "person:karim-khan"]}, {})], {"absent": (MT, {"participant": ["court:icc"]})}),
    ("present-at-the-meeting-told-before",
     ("Prosecutor Karim Khan met with Minister Ali Haidar on Monday. The two spoke about witness protection during the meeting, "
      "held at the ministry in the presence of Ms Sara Nour and Ms Lena Moss."),
     PEOPLE, [(MT, {"participant": ["person:karim-khan", "person:ali-haidar", "person:sara-nour", "person:lena-moss"]}, {})],
     {"count": {MT: 1}}),
    ("along-with-titled-asides",
     ("The President, along with her deputy, Ambassador Lena Moss, and the budget facilitator, Ambassador "
      "Sara Nour, held an informal meeting with Judge Tomoko Akane."),
     PEOPLE + "; The President=person:ana-ruiz",
     [(MT, {"participant": ["person:ana-ruiz", "person:lena-moss", "person:sara-nour", "person:tomoko-akane"]}, {})], {}),
    ("body-title-then-holder", "Ms Ana Ruiz held talks with several ambassadors and with the African Union Legal Counsel, Mr Paul Oduya.",
     PEOPLE + "; African Union=igo:au", [(MT, {"participant": ["person:ana-ruiz", "person:paul-oduya"]}, {})],
     {"absent": (MT, {"participant": ["igo:au"]})}),
    ("with-the-participation-of", "She hosted a two-day retreat with the participation of Judge Tomoko Akane and Ms Lena Moss.",
     PEOPLE + "; She=person:ana-ruiz", [(MT, {"participant": ["person:ana-ruiz", "person:tomoko-akane", "person:lena-moss"]}, {})], {}),
    # --- an aside between the subject and the verb -------------------------------------------------------
    ("aside-before-verb", "Ms Ana Ruiz, Minister of Foreign Affairs, during her visit to Kenya, held a meeting with Mr Karim Khan.",
     PEOPLE + "; Kenya=state:ke", [(MT, {"participant": ["person:ana-ruiz", "person:karim-khan"]}, {})],
     {"absent": (MT, {"participant": ["state:ke"]})}),
]


@pytest.mark.parametrize("case", SESSIONS, ids=[c[0] for c in SESSIONS])
def test_r12asp_sessions(nlp, case):
    check_case(nlp, case)


@pytest.mark.parametrize("case", SIDE_EVENTS, ids=[c[0] for c in SIDE_EVENTS])
def test_r12asp_side_events(nlp, case):
    check_case(nlp, case)


@pytest.mark.parametrize("case", MEETINGS, ids=[c[0] for c in MEETINGS])
def test_r12asp_meetings(nlp, case):
    check_case(nlp, case)


DEMANDS = [
    # --- items labelled "Recommendation N:" under "X's recommendations are:" ----------------------------------
    ("recommendations-owner-labels",
     ("Lex Aequa\u2019s three key recommendations are:\n\nRecommendation 1: States Parties should fund the Court fully.\n\n"
      "Recommendation 2: The Assembly should renew the mandate of the review mechanism.\n"),
     ASP + "; " + ORGS + "; Court=court:icc",
     [(DM, {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {}),
      (DM, {"claimant": ["org:lex-aequa"], "addressee": ["court:asp"]}, {})], {}),
    ("publishes-its-recommendations",
     ("Justice First publishes its initial recommendations to the 24th session.\n\nRecommendation 1: Proposals to cut the "
      "budget of the Registry must be withdrawn.\n"),
     ASP + "; " + ORGS + "; " + S24, [(DM, {"claimant": ["org:justice-first"]}, {})], {"absent_action": "Recommendation"}),
    ("publishes-then-bulleted-should-list",
     ("Ahead of the 24th session, Lex Aequa publishes its priority recommendations.\n\nIn particular, States Parties should:\n"
      "  \u2022 Commit to paying their contributions in full;\n  \u2022 Reaffirm their support for the Court.\n"),
     ASP + "; " + ORGS + "; " + S24 + "; Court=court:icc; Commit=org:commit",
     [(DM, {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {})],
     {"absent": (DM, {"addressee": ["org:commit"]})}),
    # --- a wire lead: "A rights group has urged ...", the group named after ------------------------------------------
    ("descriptor-named-next",
     "A leading rights group has urged ICC member states to shield the Court from sanctions. Lex Aequa said the threats must end.",
     ASP + "; " + ORGS + "; Court=court:icc; ICC=court:icc",
     [(DM, {"claimant": ["org:lex-aequa"]}, {})], {}),
    ("descriptor-person-no",
     "A senior official called on States to shield the Court. Lex Aequa published a report on the budget.",
     ASP + "; " + ORGS + "; Court=court:icc", [], {"absent": (DM, {"claimant": ["org:lex-aequa"]})}),
    # --- "member countries of the Court": the States Parties, not the Court ----------------------------------
    ("member-countries-of-the-court",
     "Lex Aequa urged the member countries of the International Criminal Court to defend its judges.",
     ASP + "; " + ORGS + "; International Criminal Court=court:icc; member countries=court:states-parties",
     [(DM, {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {})],
     {"absent": (DM, {"addressee": ["court:icc"]})}),
]


@pytest.mark.parametrize("case", DEMANDS, ids=[c[0] for c in DEMANDS])
def test_r12asp_demands(nlp, case):
    check_case(nlp, case)


PARTICIPATION = [
    # --- those who deliberate at the session take part in it ----------------------------------------------------
    ("at-this-session-will-discuss",
     "The 24th session opened on 1 December 2025. At this session, States Parties, observer States and Lex Aequa will discuss the budget.",
     ASP + "; " + S24 + "; " + ORGS, [(PA, {"participant": ["court:states-parties", "org:lex-aequa"], "forum": ["session:asp-24"]}, {})], {}),
    ("during-session-delegations-exchanged",
     "During the 24th session, delegations exchanged views on the amendments to article 8.",
     ASP + "; " + S24, [(PA, {"participant": ["court:states-parties"], "forum": ["session:asp-24"]}, {})], {}),
    ("discussed-before-session-no",
     "Ahead of the 24th session, Lex Aequa discussed the budget with the Registry.",
     ASP + "; " + S24 + "; " + ORGS + "; Registry=court:registry", [], {"absent": (PA, {"participant": ["org:lex-aequa"]})}),
]


@pytest.mark.parametrize("case", PARTICIPATION, ids=[c[0] for c in PARTICIPATION])
def test_r12asp_participation(nlp, case):
    check_case(nlp, case)


NEAR_MISSES = [
    ("should-soon-be-a-party-no",
     "Barbados deposited its instrument in December and should soon be a party to the Statute.",
     "Barbados=state:bb; Statute=instrument:rome-statute", [], {"count": {DM: 0}}),
    ("should-soon-ratify-yes",
     "Lex Aequa said States should soon ratify the amendments.",
     ORGS + "; States=court:states-parties", [(DM, {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {})], {}),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_r12asp_near_misses(nlp, case):
    check_case(nlp, case)

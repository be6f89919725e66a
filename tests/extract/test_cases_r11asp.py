"""Round-11 probes for sessions, side events, meetings, participation and demands, written after
reading REAL Assembly press releases, NGO briefings and side-event programmes (none of their
sentences is copied here): the constructions those writers use, in other names and words, plus
near-misses that must not fire.
"""

from __future__ import annotations

import pytest

from .events_support import check_case

ASP = "Assembly of States Parties=court:asp; Assembly=court:asp; States Parties=court:states-parties"
HAGUE = "The Hague=place:the-hague; World Forum=place:world-forum"
NY = "New York=place:new-york; United Nations Headquarters=place:un-headquarters"
S24 = "24th session=session:asp-24; twenty-fourth session=session:asp-24"
S25 = "25th Assembly of States Parties=session:asp-25"
ORGS = "Justice First=org:justice-first; Lex Aequa=org:lex-aequa; Open Justice Network=org:open-justice-network"

A, SE, MT, PA, DM = "assembly_session", "side_event", "meeting", "participation", "demand"

SESSIONS = [
    # --- the session's own verb: "started", "is taking place", "runs until" -----------------------------
    ("started-today-at", "The Assembly of States Parties today started its 24th session at the World Forum in The Hague.",
     ASP + "; " + HAGUE + "; " + S24, [(A, {"session": ["session:asp-24"], "venue": ["place:world-forum", "place:the-hague"]}, {})], {}),
    ("will-be-taking-place", "The 25th Assembly of States Parties will be taking place in New York from 7 - 11 December 2026.",
     ASP + "; " + NY + "; " + S25, [(A, {"session": ["session:asp-25"], "venue": ["place:new-york"]}, {"date": "2026-12-07"})], {}),
    ("runs-until", "Justice First spoke at the opening of the 24th session, which runs until 5 December in The Hague.",
     ASP + "; " + HAGUE + "; " + S24 + "; " + ORGS, [(A, {"session": ["session:asp-24"], "venue": ["place:the-hague"]}, {})], {}),
    ("starts-monday", "The twenty-fourth session starts on Monday, 1 December 2025 at the World Forum.",
     ASP + "; " + HAGUE + "; " + S24, [(A, {"session": ["session:asp-24"], "venue": ["place:world-forum"]}, {"date": "2025-12-01"})], {}),
    # --- a place told in a sentence of its own: "The Assembly will meet at X" ---------------------------
    ("venue-next-sentence", "The 24th session will be held from 1 to 5 December 2025. The Assembly will be held at the World Forum in The Hague.",
     ASP + "; " + HAGUE + "; " + S24, [(A, {"session": ["session:asp-24"], "venue": ["place:world-forum", "place:the-hague"]}, {})], {}),
    # --- "in PLACE for the Nth session": the venue told before the session ------------------------------------------------
    ("in-place-for-session", "Next week, Lex Aequa will join States Parties in New York for the 25th Assembly of States Parties.",
     ASP + "; " + NY + "; " + S25 + "; " + ORGS, [(A, {"session": ["session:asp-25"], "venue": ["place:new-york"]}, {})], {}),
    # --- near-miss: a session asked for is not held --------------------------------------------------------
    ("asked-special-session-no", "Lex Aequa urged the Bureau to convene a special session in New York next year.",
     ASP + "; " + NY + "; " + ORGS + "; Bureau=court:asp-bureau; special session=session:asp-special-2027", [], {"count": {A: 0}}),
]

SIDE_EVENTS = [
    # --- programme bullets: a title and "(co-hosted by A, B and C)" -----------------------------------------
    ("bullet-cohosted-paren",
     ("Side events on 2 December:\n  \u2022 Protecting Witnesses in a Digital Age (co-hosted by Chile, Ghana and Justice First)\n    13:15 \u2013 14:45 / Room B\n"
      "  \u2022 Reparations Now (co-hosted by Norway and Lex Aequa)\n    18:00 \u2013 19:30 / Room A\n"),
     "Chile=state:cl; Ghana=state:gh; Norway=state:no; " + ORGS,
     [(SE, {"co_sponsor": ["state:cl", "state:gh", "org:justice-first"]}, {}),
      (SE, {"co_sponsor": ["state:no", "org:lex-aequa"]}, {})], {"count": {SE: 2}}),
    ("bullet-organised-by-paren",
     "Programme of side events\n- Universality in the Pacific (organised by Fiji and Samoa)\n- Victims at the centre (organized by Lex Aequa)\n",
     "Fiji=state:fj; Samoa=state:ws; " + ORGS,
     [(SE, {"organizer": ["state:fj", "state:ws"]}, {}), (SE, {"organizer": ["org:lex-aequa"]}, {})], {"count": {SE: 2}}),
    # --- "hosted by X, with A and B": the partners after "with" co-sponsor ---------------------------------
    ("hosted-by-with-partners", "Justice First will hold a side event hosted by Ghana, with Lex Aequa and the Open Justice Network.",
     "Ghana=state:gh; " + ORGS,
     [(SE, {"organizer": ["org:justice-first", "state:gh"], "co_sponsor": ["org:lex-aequa", "org:open-justice-network"]}, {})], {}),
]

MEETINGS = [
    # --- "the retreat was attended by A, B and C" ----------------------------------------------------------------
    ("retreat-attended-by", "The retreat of 3 May was attended by the Registrar, Mr. Tom Ward, the Prosecutor, Ms. Ana Ruiz, and Judge Li Wen.",
     "Tom Ward=person:tom-ward; Ana Ruiz=person:ana-ruiz; Li Wen=person:li-wen",
     [(MT, {"participant": ["person:tom-ward", "person:ana-ruiz", "person:li-wen"]}, {})], {}),
    ("consultation-attended-by", "The consultation was attended by Chile, Ghana and Lex Aequa.",
     "Chile=state:cl; Ghana=state:gh; " + ORGS,
     [(MT, {"participant": ["state:cl", "state:gh", "org:lex-aequa"]}, {})], {}),
    # --- "hosted a retreat with the participation of A and B" (a gathering told with its guests) ---------------------------------------------------
    ("held-retreat-participation", "A two-day retreat was held by the President, Ms. Ana Ruiz, with the participation of Mr. Tom Ward and Judge Li Wen.",
     "Tom Ward=person:tom-ward; Ana Ruiz=person:ana-ruiz; Li Wen=person:li-wen",
     [(MT, {"participant": ["person:ana-ruiz", "person:tom-ward", "person:li-wen"]}, {})], {}),
    # --- titled names with their countries in brackets, the subject the parser splits ------------------------------------
    ("titled-names-split-subject", "The President, Ms Ana Ruiz (Chile), and the Vice-President, Mr Tom Ward (Ghana), held a meeting with Judge Li Wen.",
     "Tom Ward=person:tom-ward; Ana Ruiz=person:ana-ruiz; Li Wen=person:li-wen; Chile=state:cl; Ghana=state:gh",
     [(MT, {"participant": ["person:ana-ruiz", "person:tom-ward", "person:li-wen"]}, {})], {}),
    # --- near-miss: a session attended is participation, not a meeting ----------------------------------------
    ("session-attended-not-meeting", "The 24th session was attended by Chile and Ghana.",
     ASP + "; " + S24 + "; Chile=state:cl; Ghana=state:gh", [(PA, {"participant": ["state:cl", "state:gh"]}, {})], {"count": {MT: 0}}),
]

PARTICIPATION = [
    ("gathered-for-session", "Diplomats from Chile and Ghana gathered in The Hague for the 24th session.",
     ASP + "; " + HAGUE + "; " + S24 + "; Chile=state:cl; Ghana=state:gh",
     [(PA, {"participant": ["state:cl", "state:gh"], "forum": ["session:asp-24"]}, {})], {}),
    ("join-for-session", "Lex Aequa will join States Parties in New York for the 25th Assembly of States Parties.",
     ASP + "; " + NY + "; " + S25 + "; " + ORGS,
     [(PA, {"participant": ["org:lex-aequa", "court:states-parties"], "forum": ["session:asp-25"]}, {})], {}),
    ("will-take-part", "The 24th session opens on 1 December 2025. All States Parties will take part.",
     ASP + "; " + S24, [(PA, {"participant": ["court:states-parties"], "forum": ["session:asp-24"]}, {})], {}),
    ("took-part-in-session", "Justice First took part in the twenty-fourth session as an observer.",
     ASP + "; " + S24 + "; " + ORGS, [(PA, {"participant": ["org:justice-first"], "forum": ["session:asp-24"]}, {})], {}),
]

DEMANDS = [
    # --- the speaker told after the call: "X must V, ORG said" -------------------------------------------------
    ("must-org-said-after", "States Parties must stand firm against the sanctions, Lex Aequa said on Monday.",
     ASP + "; " + ORGS, [(DM, {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {})], {}),
    ("should-person-said-after", "The Assembly should send a clear message of support, said Ana Ruiz, director at Justice First.",
     ASP + "; " + ORGS + "; Ana Ruiz=person:ana-ruiz",
     [(DM, {"claimant": ["person:ana-ruiz", "org:justice-first"], "addressee": ["court:asp"]}, {})], {"absent": (DM, {"addressee": ["org:justice-first"]})}),
    ("have-to-org-said", "Member states have to defend the judges now, the Open Justice Network said in a statement.",
     "Member states=court:states-parties; " + ORGS,
     [(DM, {"claimant": ["org:open-justice-network"], "addressee": ["court:states-parties"]}, {})], {}),
    ("firmly-oppose-org-said-today", "States Parties must firmly oppose any threat against the Court and protect its staff, Justice First said today, as the session opened.",
     ASP + "; " + ORGS + "; Court=court:icc",
     [(DM, {"claimant": ["org:justice-first"], "addressee": ["court:states-parties"]}, {})],
     {"absent": (DM, {"addressee": ["org:justice-first"]})}),
    # --- "we urge A to V and B to W" in a relative clause after the org that speaks ---------------------------------
    ("org-publishes-which-we-urge", "Justice First publishes ten recommendations, which we urge States Parties to adopt.",
     ASP + "; " + ORGS, [(DM, {"claimant": ["org:justice-first"], "addressee": ["court:states-parties"]}, {})], {}),
    # --- the addressee told with a participle: "States Parties meeting this week ... must V, ORG said" ----------------
    ("participle-subject-must", "States Parties meeting this week for the 24th session must defend the Court, Lex Aequa said.",
     ASP + "; " + S24 + "; " + ORGS + "; Court=court:icc",
     [(DM, {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {})], {}),
    ("participle-subject-should", "Member states convening in New York should fund the Registry in full, the Open Justice Network said on Monday.",
     "Member states=court:states-parties; " + NY + "; " + ORGS + "; Registry=court:registry",
     [(DM, {"claimant": ["org:open-justice-network"], "addressee": ["court:states-parties"]}, {})], {}),
    # --- a framing line between the lead-in "States Parties should:" and its bullets -----------------------------
    ("list-after-framing-line",
     ("In particular, States Parties should:\n\nAt this session,\n\n  \u2022 Pay their contributions in full;\n"
      "  \u2022 Elect qualified judges;\n  \u2022 Protect the Court from sanctions.\n"),
     ASP + "; Court=court:icc; " + ORGS,
     [(DM, {"addressee": ["court:states-parties"]}, {"action": "Pay their contributions"}),
      (DM, {"addressee": ["court:states-parties"]}, {"action": "Elect qualified judges"}),
      (DM, {"addressee": ["court:states-parties"]}, {"action": "Protect the Court"})], {"author": "org:justice-first"}),
    # --- the middle sentence of a quotation of several, its speaker named after it ---------------------------------
    ("quote-middle-sentence", "\u201cThe Court is under attack. States Parties must defend its judges. Silence is not an option,\u201d said Ana Ruiz.",
     ASP + "; Ana Ruiz=person:ana-ruiz; Court=court:icc",
     [(DM, {"claimant": ["person:ana-ruiz"], "addressee": ["court:states-parties"]}, {})], {}),
    # --- near-miss: a speaker reporting a fact, not a call ---------------------------------------------------
    ("said-fact-no-demand", "States Parties adopted the budget on Friday, Lex Aequa said.",
     ASP + "; " + ORGS, [], {"count": {DM: 0}}),
]


@pytest.mark.parametrize("case", SESSIONS, ids=[c[0] for c in SESSIONS])
def test_r11asp_sessions(nlp, case):
    check_case(nlp, case)


@pytest.mark.parametrize("case", SIDE_EVENTS, ids=[c[0] for c in SIDE_EVENTS])
def test_r11asp_side_events(nlp, case):
    check_case(nlp, case)


@pytest.mark.parametrize("case", MEETINGS, ids=[c[0] for c in MEETINGS])
def test_r11asp_meetings(nlp, case):
    check_case(nlp, case)


@pytest.mark.parametrize("case", PARTICIPATION, ids=[c[0] for c in PARTICIPATION])
def test_r11asp_participation(nlp, case):
    check_case(nlp, case)


@pytest.mark.parametrize("case", DEMANDS, ids=[c[0] for c in DEMANDS])
def test_r11asp_demands(nlp, case):
    check_case(nlp, case)


NEAR_MISSES = [
    # one actor's plan is not the session's programme (the r7 gatherings probe "Mexico will attend")
    ("one-state-will-attend-no", "The 24th session opens on 1 December 2025. Chile will attend the 24th session.",
     ASP + "; " + S24 + "; Chile=state:cl", [], {"absent": (PA, {"participant": ["state:cl"]})}),
    ("before-the-end-of-session-no", "We recommend that the Bureau appoint a focal point before the end of the 24th session.",
     ASP + "; " + S24 + "; Bureau=court:asp-bureau", [], {"count": {A: 0}}),
    ("city-country-not-venue", "The 24th session opened on 1 December 2025 at the World Forum in The Hague, Netherlands.",
     ASP + "; " + HAGUE + "; " + S24 + "; Netherlands=state:nl",
     [(A, {"session": ["session:asp-24"], "venue": ["place:world-forum", "place:the-hague"]}, {})], {}),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_r11asp_near_misses(nlp, case):
    check_case(nlp, case)

"""Round-5 probe sentences for meetings, side events, participation, sessions and fugitive visits,
written from how diplomats, NGOs, journalists and the Court write (not from the rules): active and
passive, nominal forms, reported speech, relative clauses, coordination, programme lists, headlines;
and sentences that must not yield an event (plans, refusals, negation)."""

from __future__ import annotations

import pytest

from .events_support import make_context, matches, run_events

E = (
    "Lex Aequa=org:lex-aequa; Open Justice Network=org:open-justice-network; Chile=state:cl; "
    "Finland=state:fi; Ireland=state:ie; Sierra Leone=state:sl; Mexico=state:mx; Ghana=state:gh; "
    "Ana Ruiz=person:ana-ruiz; Karim Khan=person:karim-khan; Tomoko Akane=person:tomoko-akane; "
    "Osvaldo Zavala Giler=person:osvaldo-zavala-giler; Registrar=person:osvaldo-zavala-giler; "
    "Päivi Kaukoranta=person:paivi-kaukoranta; Amnesty International=org:amnesty-international; "
    "Human Rights Watch=org:human-rights-watch; Ukraine=state:ua; Senegal=state:sn; "
    "twenty-fourth session=session:asp-24; Assembly=court:asp; Vladimir Putin=person:vladimir-putin; "
    "Mongolia=state:mn; Tajikistan=state:tj; Omar al-Bashir=person:omar-al-bashir; Chad=state:td; "
    "The Hague=place:the-hague; New York=place:new-york; Volodymyr Zelensky=person:volodymyr-zelensky; "
    "Brazil=state:br; Benjamin Netanyahu=person:benjamin-netanyahu; Hungary=state:hu; "
    "special session=session:asp-special-2025; Viktor Orban=person:viktor-orban"
)
LA, OJN, CL, FI, IE, SL, MX = ("org:lex-aequa", "org:open-justice-network", "state:cl", "state:fi", "state:ie",
                               "state:sl", "state:mx")
RUIZ, KHAN, AKANE, REG, PK = ("person:ana-ruiz", "person:karim-khan", "person:tomoko-akane",
                              "person:osvaldo-zavala-giler", "person:paivi-kaukoranta")
AI, HRW, UA, SN, GH, S24 = ("org:amnesty-international", "org:human-rights-watch", "state:ua", "state:sn",
                            "state:gh", "session:asp-24")

M, P, SE = "meeting", "participation", "side_event"

CASES = [
    # --- meetings --------------------------------------------------------------------------------
    ("met", "On 3 December Lex Aequa met Ana Ruiz in The Hague.", [(M, {"participant": [LA, RUIZ]}, {"date": "2025-12-03"})]),
    ("met-with-two", "Our delegation met with the Registrar and Tomoko Akane.", [(M, {"participant": [LA, REG, AKANE]}, {})], "Lex Aequa"),
    ("x-and-y-met", "Karim Khan and Volodymyr Zelensky met in Kyiv on 16 March.",
     [(M, {"participant": [KHAN, "person:volodymyr-zelensky"]}, {})]),
    ("held-talks-with", "Ana Ruiz held talks with Chile on cooperation.", [(M, {"participant": [RUIZ, CL]}, {})]),
    ("held-consultations-with", "The Registrar held consultations with Finland and Ireland on the budget.",
     [(M, {"participant": [REG, FI, IE]}, {})]),
    ("bilateral-meeting-with", "Lex Aequa held a bilateral meeting with Sierra Leone on 4 December.",
     [(M, {"participant": [LA, SL]}, {})]),
    ("received-a-delegation", "Ana Ruiz received a delegation of Open Justice Network on Tuesday.",
     [(M, {"participant": [RUIZ, OJN]}, {})]),
    ("meeting-between", "A meeting between Tomoko Akane and Amnesty International took place on 5 December.",
     [(M, {"participant": [AKANE, AI]}, {})]),
    ("was-received-by", "Karim Khan was received by the President of Ghana, Ghana's head of state, in Accra.",
     [(M, {"participant": [KHAN, GH]}, {})]),
    ("was-received-by-person", "The Lex Aequa delegation was received by Ana Ruiz on 2 December.",
     [(M, {"participant": [LA, RUIZ]}, {})]),
    ("in-a-call-with", "In a call with Päivi Kaukoranta on Monday, Karim Khan discussed the sanctions.",
     [(M, {"participant": [KHAN, PK]}, {})]),
    ("spoke-by-telephone", "Päivi Kaukoranta spoke by telephone with the Registrar on 7 February.",
     [(M, {"participant": [PK, REG]}, {})]),
    ("hosted", "Mexico hosted Tomoko Akane for a working lunch on 1 December.", [(M, {"participant": [MX, AKANE]}, {})]),
    ("convened-meeting", "Ana Ruiz convened a meeting with Amnesty International and Human Rights Watch on 6 December.",
     [(M, {"participant": [RUIZ, AI, HRW]}, {})]),
    ("on-the-margins", "On the margins of the twenty-fourth session, Lex Aequa met Ukraine.",
     [(M, {"participant": [LA, UA], "forum": [S24]}, {})]),
    ("ngo-report-met-two", "Our delegation met with Ana Ruiz and the Registrar.", [(M, {"participant": [LA, RUIZ, REG]}, {})],
     "Lex Aequa"),
    ("conferred-with", "Karim Khan conferred with Senegal's Minister of Justice in Dakar.", [(M, {"participant": [KHAN, SN]}, {})]),
    ("courtesy-call", "Päivi Kaukoranta paid a courtesy call on Tomoko Akane on 12 January.",
     [(M, {"participant": [PK, AKANE]}, {})]),
    ("exchanged-views", "Lex Aequa exchanged views with Finland on the review of the Statute.",
     [(M, {"participant": [LA, FI]}, {})]),
    ("sat-down", "Human Rights Watch sat down with Karim Khan in The Hague.", [(M, {"participant": [HRW, KHAN]}, {})]),
    ("relative-clause-met", "Ana Ruiz, who met Chile and Finland on Monday, urged them to pay.",
     [(M, {"participant": [RUIZ, CL, FI]}, {})]),
    ("nominal-meeting-of", "Tuesday's meeting of Karim Khan with Ukraine focused on witness protection.",
     [(M, {"participant": [KHAN, UA]}, {})]),
    ("discussions-with", "Amnesty International had discussions with Mexico about the crime of aggression.",
     [(M, {"participant": [AI, MX]}, {})]),
    ("headline-meets", "ICC President Tomoko Akane meets Ukraine's Foreign Minister in The Hague",
     [(M, {"participant": [AKANE, UA]}, {})]),
    ("according-to-met", "According to Lex Aequa, Karim Khan met Ghana's President on 3 May.",
     [(M, {"participant": [KHAN, GH]}, {})]),
    ("visited-and-met", "Ana Ruiz visited Sierra Leone, where she met the Attorney-General of Sierra Leone.",
     [(M, {"participant": [RUIZ, SL]}, {})]),
    ("joint-meeting", "Lex Aequa and Open Justice Network held a joint meeting with Ireland.",
     [(M, {"participant": [LA, OJN, IE]}, {})]),
    ("engaged-with", "During the session, Lex Aequa engaged with Chile and Mexico on victims' rights.",
     [(M, {"participant": [LA, CL, MX]}, {})]),
    ("audience", "Karim Khan was granted an audience with Mexico's President on 10 June.",
     [(M, {"participant": [KHAN, MX]}, {})]),
    # regression cases for the constructions added this round (written after the first run)
    ("office-owned-received", "Our Executive Director was received by the Minister of Justice of Ghana, Ana Ruiz, on Monday.",
     [(M, {"participant": [LA, RUIZ]}, {})], "Lex Aequa"),
    ("two-clauses-two-meetings", "Karim Khan was received by Ana Ruiz, and Lex Aequa held consultations with Mexico.",
     [(M, {"participant": [KHAN, RUIZ]}, {}), (M, {"participant": [LA, MX]}, {})]),
    ("office-of-body-named", "Lex Aequa met the President of the Assembly, Päivi Kaukoranta, on 3 December.",
     [(M, {"participant": [LA, PK]}, {})]),
    ("split-subject-list", "The following day, Lex Aequa and Open Justice Network held a meeting with Ghana.",
     [(M, {"participant": [LA, OJN, GH]}, {})]),
    # second batch of probes (written before running them)
    ("poss-nominal-meeting", "Karim Khan's meeting with Volodymyr Zelensky took place in Kyiv.",
     [(M, {"participant": [KHAN, "person:volodymyr-zelensky"]}, {})]),
    ("held-meetings-with-list", "The Registrar also had bilateral meetings with Chile, Finland and Ireland.",
     [(M, {"participant": [REG, CL, FI, IE]}, {})]),
    ("welcomed-by-passive", "The Lex Aequa delegation was welcomed by Ana Ruiz at the seat of the Court.",
     [(M, {"participant": [LA, RUIZ]}, {})]),
    ("welcomed-a-delegation", "Ana Ruiz welcomed a delegation of Open Justice Network to the seat of the Court.",
     [(M, {"participant": [RUIZ, OJN]}, {})]),
    ("where-she-met", "Ana Ruiz travelled to Santiago, where she met officials of Chile.", [(M, {"participant": [RUIZ, CL]}, {})]),
    ("talks-between", "Talks between Chile and Finland ended without agreement.", [(M, {"participant": [CL, FI]}, {})]),
    ("poss-talks-with", "Karim Khan's talks with Mexico focused on complementarity.", [(M, {"participant": [KHAN, MX]}, {})]),
    ("in-meetings-with", "In meetings with Chile, Finland and Ireland, Lex Aequa raised its concerns.",
     [(M, {"participant": [LA, CL, FI, IE]}, {})]),
    ("participle-meeting", "Meeting Ana Ruiz on 2 December, Lex Aequa raised the sanctions.", [(M, {"participant": [LA, RUIZ]}, {})]),
    ("brought-together", "The meeting, which brought together Chile, Finland and Lex Aequa, was chaired by Ana Ruiz.",
     [(M, {"participant": [CL, FI, LA, RUIZ]}, {})]),
    ("videoconference-between", "A videoconference was held between Ana Ruiz and the Registrar on 5 May.",
     [(M, {"participant": [RUIZ, REG]}, {})]),
    ("among-those-who-met", "Lex Aequa was among the organisations that met the Registrar.", [(M, {"participant": [LA, REG]}, {})]),
    ("met-separately", "Karim Khan met separately with Chile and with Finland.", [(M, {"participant": [KHAN, CL, FI]}, {})]),
    ("called-on-visit", "Delegates of Chile called on the Registrar on 4 December.", [(M, {"participant": [CL, REG]}, {})]),
    ("received-office-of-state", "Ana Ruiz received the Minister of Foreign Affairs of Ghana on 3 March.",
     [(M, {"participant": [RUIZ, GH]}, {})]),
    ("telephoned", "Päivi Kaukoranta telephoned the Attorney-General of Sierra Leone on Friday.",
     [(M, {"participant": [PK, SL]}, {})]),
    # --- side events ----------------------------------------------------------------------------
    ("co-hosted", "A side event titled 'Justice Delayed', co-hosted by Chile and Lex Aequa, took place on 6 December.",
     [(SE, {"organizer": [CL, LA]}, {"title": "Justice Delayed"})]),
    ("organised-with-support", "Lex Aequa organised a panel on reparations with the support of Finland and Ireland.",
     [(SE, {"organizer": [LA], "co_sponsor": [FI, IE]}, {})]),
    ("in-partnership", "Amnesty International, in partnership with Sierra Leone, hosted a side event on child soldiers.",
     [(SE, {"organizer": [AI, SL]}, {})]),
    ("co-sponsored-passive", "The side event on universality was organized by Ghana and co-sponsored by Senegal and Mexico.",
     [(SE, {"organizer": [GH], "co_sponsor": [SN, MX]}, {})]),
    ("programme-list", "“Sanctions and the Court”. Organisers: Lex Aequa; Human Rights Watch. Co-sponsors: Chile; Ireland.",
     [(SE, {"organizer": [LA, HRW], "co_sponsor": [CL, IE]}, {"title": "Sanctions and the Court"})]),
    ("convened-side-event", "On 2 December Finland convened a high-level side event on the crime of aggression.",
     [(SE, {"organizer": [FI]}, {})]),
    ("event-organised-by", "We spoke at “Victims First”, an event organised by Open Justice Network on 4 December.",
     [(SE, {"organizer": [OJN]}, {"title": "Victims First"})]),
    ("co-organized-us-spelling", "Lex Aequa co-organized, with Mexico, a side event on gender persecution.",
     [(SE, {"organizer": [LA, MX]}, {})]),
    ("side-event-forum", "On the sidelines of the twenty-fourth session, Chile held a side event on cooperation.",
     [(SE, {"organizer": [CL], "forum": [S24]}, {})]),
    ("sponsored-by", "The panel discussion, sponsored by Ireland, was moderated by Lex Aequa.",
     [(SE, {"co_sponsor": [IE]}, {})]),
    ("announced-side-event", "Chile will host a side event on cooperation on 3 December.",  # announced events count
     [(SE, {"organizer": [CL]}, {})]),
    ("hosted-jointly-by", "The roundtable “Victims at the centre” was hosted jointly by Ghana and Lex Aequa on 4 December.",
     [(SE, {"organizer": [GH, LA]}, {"title": "Victims at the centre"})]),
    ("side-event-at-session", "Open Justice Network held a side event on reparations at the twenty-fourth session.",
     [(SE, {"organizer": [OJN], "forum": [S24]}, {})]),
    ("organisers-and-sponsors-inline", "The panel, organised by Lex Aequa and sponsored by Ireland and Finland, drew 80 people.",
     [(SE, {"organizer": [LA], "co_sponsor": [IE, FI]}, {})]),
    ("we-co-hosted", "Together with Chile, we co-hosted a side event on sanctions on 3 December.",
     [(SE, {"organizer": [LA, CL]}, {})], "Lex Aequa"),
    # --- participation --------------------------------------------------------------------------
    ("attended", "Lex Aequa attended the twenty-fourth session.", [(P, {"participant": [LA], "forum": [S24]}, {})]),
    ("took-part", "Amnesty International and Human Rights Watch took part in the twenty-fourth session of the Assembly.",
     [(P, {"participant": [AI, HRW], "forum": [S24]}, {})]),
    ("as-an-observer", "Ukraine participated as an observer in the twenty-fourth session.",
     [(P, {"participant": [UA], "forum": [S24]}, {})]),
    ("speakers-general-debate", "Speakers in the general debate of the twenty-fourth session included Chile, Ghana and Senegal.",
     [(P, {"participant": [CL, GH, SN], "forum": [S24]}, {})]),
    ("was-represented", "Mexico was represented at the twenty-fourth session by its Deputy Foreign Minister.",
     [(P, {"participant": [MX], "forum": [S24]}, {})]),
    ("joined-session", "A delegation of Lex Aequa joined the twenty-fourth session in The Hague.",
     [(P, {"participant": [LA], "forum": [S24]}, {})]),
    # third batch (written before running them)
    ("delegations-from-attended", "Delegations from Chile, Ghana and Senegal attended the twenty-fourth session.",
     [(P, {"participant": [CL, GH, SN], "forum": [S24]}, {})]),
    ("session-attended-by", "The twenty-fourth session was attended by Lex Aequa and Open Justice Network.",
     [(P, {"participant": [LA, OJN], "forum": [S24]}, {})]),
    ("was-present-at", "Amnesty International was present at the twenty-fourth session.",
     [(P, {"participant": [AI], "forum": [S24]}, {})]),
    ("sent-a-delegation", "Mexico sent a high-level delegation to the twenty-fourth session.",
     [(P, {"participant": [MX], "forum": [S24]}, {})]),
    ("addressed-the-session", "Ukraine addressed the twenty-fourth session as an observer State.",
     [(P, {"participant": [UA], "forum": [S24]}, {})]),
    ("joined-remotely", "Human Rights Watch joined the twenty-fourth session remotely.",
     [(P, {"participant": [HRW], "forum": [S24]}, {})]),
    ("participation-noun", "The participation of Lex Aequa in the twenty-fourth session was funded by Finland.",
     [(P, {"participant": [LA], "forum": [S24]}, {})]),
    ("attending-participle", "Attending the twenty-fourth session, Lex Aequa called for more funding.",
     [(P, {"participant": [LA], "forum": [S24]}, {})]),
    # --- sessions -------------------------------------------------------------------------------
    ("session-held", "The twenty-fourth session was held in The Hague from 1 to 6 December 2025.",
     [("assembly_session", {"session": [S24], "venue": ["place:the-hague"]}, {"date": "2025-12-01"})]),
    ("session-convened", "The Assembly convened its twenty-fourth session in The Hague on 1 December 2025.",
     [("assembly_session", {"session": [S24]}, {})]),
    # --- fugitive visits ------------------------------------------------------------------------
    ("visit-without-arrest", "Vladimir Putin travelled to Mongolia in September 2024 without being arrested.",
     [("fugitive_visit", {"subject": ["person:vladimir-putin"], "host": ["state:mn"]}, {"arrested": False})]),
    ("hosted-fugitive", "Tajikistan hosted Vladimir Putin, who is wanted by the ICC, in October 2025.",
     [("fugitive_visit", {"subject": ["person:vladimir-putin"], "host": ["state:tj"]}, {})]),
    ("welcomed-fugitive", "Chad welcomed Omar al-Bashir on an official visit despite the warrant.",
     [("fugitive_visit", {"subject": ["person:omar-al-bashir"], "host": ["state:td"]}, {})]),
    ("relative-which-hosted", ("Rights groups noted that Mongolia, which hosted Vladimir Putin in September 2024 without "
     "arresting him, has yet to answer."),
     [("fugitive_visit", {"subject": ["person:vladimir-putin"], "host": ["state:mn"]}, {"arrested": False})]),
    ("relative-who-was-received", ("Vladimir Putin, who is subject to an ICC warrant and who was received with full honours "
     "in Mongolia last September, remains at large."),
     [("fugitive_visit", {"subject": ["person:vladimir-putin"], "host": ["state:mn"]}, {})]),
    ("fugitive-landed", "Benjamin Netanyahu, who faces an ICC arrest warrant, landed in Hungary on 3 April for a four-day visit.",
     [("fugitive_visit", {"subject": ["person:benjamin-netanyahu"], "host": ["state:hu"]}, {})]),
]

# probes that still fail, with why (kept: they document the gaps)
XFAIL = {
    "addressed-the-session": "a speaker at the session is read as a statement's author; the corpora rarely record "
    "a participation for it",
    "engaged-with": "'engaged with the Court' is cooperation as often as a meeting (a sanctions text): not read",
}

ABSENT = [
    ("plan-to-meet", "Lex Aequa hopes to meet Ana Ruiz next year.", M),
    ("refused-to-meet", "Mexico refused to meet Karim Khan.", M),
    ("did-not-meet", "Ana Ruiz did not meet Chile during the session.", M),
    ("hypothetical-side-event", "Chile could host a side event if funding allows.", SE),
    ("meeting-as-time", "At its third meeting, the Assembly elected Ana Ruiz as President.", M),
    ("request-a-meeting", "Lex Aequa requested a meeting with Karim Khan.", M),
    ("met-the-criteria", "Ghana met the criteria set by the Assembly.", M),
    ("invited-to-a-meeting", "The Bureau should invite Mexico to a meeting with Karim Khan.", M),
    ("requested-that-convene", "Lex Aequa requested that Ana Ruiz convene a meeting with Ghana.", M),
    ("received-a-fugitive", "Mongolia received Vladimir Putin, the subject of an ICC arrest warrant, in 2024.", M),
    ("heading-meetings", "Meetings with Court officials and States\nWe thanked Chile for its support.", M),
    ("subjunctive-session", "It is crucial that the Assembly convene a special session on the sanctions.", "assembly_session"),
    ("called-on-demand", "Lex Aequa called on Ana Ruiz to act without delay.", M),
    ("had-not-met", "Ana Ruiz said she had not met Karim Khan.", M),
    ("press-conference", "Ana Ruiz and Karim Khan held a joint press conference in The Hague.", M),
    ("next-meeting-of-bureau", "The next meeting with Chile will take place in March.", M),
    ("would-invite", "Viktor Orban said Hungary would invite Benjamin Netanyahu despite the ICC arrest warrant.",
     "fugitive_visit"),
    ("could-not-attend", "Sierra Leone could not attend the twenty-fourth session.", P),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_probe(nlp, case, request):
    if case[0] in XFAIL:
        request.applymarker(pytest.mark.xfail(reason=XFAIL[case[0]], strict=True))
    text, expected = case[1], case[2]
    author = case[3] if len(case) > 3 else ""
    ents = E + ("; Lex Aequa delegation=org:lex-aequa" if "Lex Aequa delegation" in text else "")
    events = run_events(make_context(nlp, text, ents, date="2025-12-09", author=author and "org:lex-aequa"))
    for etype, roles, attrs in expected:
        found = [e for e in events if matches(e, etype, roles, attrs)]
        assert found, f"no {etype} with {roles} {attrs} in {[(e.type, e.roles, e.attributes, e.date) for e in events]}"


@pytest.mark.slow
@pytest.mark.parametrize("case", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent(nlp, case):
    _, text, etype = case
    events = run_events(make_context(nlp, text, E, date="2025-12-09"))
    found = [(e.type, e.roles) for e in events if e.type == etype]
    assert not found, found

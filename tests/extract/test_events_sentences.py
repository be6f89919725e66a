"""Table-driven checks: one sentence (or a few) -> the events a careful analyst records.

Each case names its entities, so these tests exercise the event components alone. Sentences are
written for these tests, in the genre's constructions (spec/PATTERNS.md), not copied from a corpus.
"""

from __future__ import annotations

import pytest

from .events_support import check_case, make_context, run_events

US = "United States=state:us; Washington=state:us; Treasury=state:us"
ICC = "International Criminal Court=court:icc; the Court=court:icc"

# (id, text, entities, expected [(type, roles, attributes)], options)
CASES = [
    # --- sanction ----------------------------------------------------------------------------
    (
        "sanction-active",
        "On 6 February 2025, the United States sanctioned the Prosecutor, Karim Khan, under Executive Order 14203.",
        f"{US}; Karim Khan=person:karim-khan; Executive Order 14203=instrument:us-eo-14203",
        [
            (
                "sanction",
                {"imposer": ["state:us"], "target": ["person:karim-khan"], "instrument": ["instrument:us-eo-14203"]},
                {"date": "2025-02-06"},
            )
        ],
        {},
    ),
    (
        "sanction-passive",
        "Al-Haq and Addameer were designated by the Treasury as terrorist organisations.",
        f"{US}; Al-Haq=org:al-haq; Addameer=org:addameer",
        [("sanction", {"imposer": ["state:us"], "target": ["org:al-haq", "org:addameer"]}, {})],
        {},
    ),
    (
        "sanction-nominal",
        "Lex Aequa condemned the sanctions imposed by Washington on two judges, Jane Roe and John Doe.",
        f"{US}; Lex Aequa=org:lex-aequa; Jane Roe=person:jane-roe; John Doe=person:john-doe",
        [
            ("sanction", {"imposer": ["state:us"], "target": ["person:jane-roe", "person:john-doe"]}, {}),
            ("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:us"]}, {}),
        ],
        {},
    ),
    # --- threat ------------------------------------------------------------------------------
    (
        "threat-criminal",
        "Russia opened criminal proceedings against Judge Tomoko Akane and the Prosecutor Karim Khan.",
        "Russia=state:ru; Tomoko Akane=person:tomoko-akane; Karim Khan=person:karim-khan",
        [
            (
                "threat",
                {"perpetrator": ["state:ru"], "target": ["person:tomoko-akane", "person:karim-khan"]},
                {"kind": "criminal_proceedings"},
            )
        ],
        {},
    ),
    (
        "threat-surveillance",
        "For nine years, Israel spied on the International Criminal Court and its staff.",
        f"Israel=state:il; {ICC}",
        [("threat", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "surveillance"})],
        {},
    ),
    (
        "threat-cyber",
        "The International Criminal Court said it had detected a sophisticated cyberattack on its systems.",
        ICC,
        [("threat", {"target": ["court:icc"]}, {"kind": "cyberattack"})],
        {},
    ),
    # --- arrest_warrant ----------------------------------------------------------------------
    (
        "warrant-issued",
        "Pre-Trial Chamber II issued a warrant for the arrest of Vladimir Putin for the war crime of unlawful deportation of children.",
        "Pre-Trial Chamber II=court:pre-trial-chamber-2; Vladimir Putin=person:vladimir-putin",
        [
            (
                "arrest_warrant",
                {"issuer": ["court:pre-trial-chamber-2"], "subject": ["person:vladimir-putin"]},
                {"status": "issued", "crimes": ["unlawful deportation of children"]},
            )
        ],
        {},
    ),
    (
        "warrant-requested",
        "In May, the Prosecutor applied for warrants of arrest against Benjamin Netanyahu and former Defence Minister Yoav Gallant.",
        "Prosecutor=court:otp; Benjamin Netanyahu=person:benjamin-netanyahu; Yoav Gallant=person:yoav-gallant",
        [
            (
                "arrest_warrant",
                {"subject": ["person:benjamin-netanyahu", "person:yoav-gallant"]},
                {"status": "requested"},
            )
        ],
        {},
    ),
    (
        "warrant-executed",
        "Rodrigo Duterte was surrendered to the International Criminal Court on 12 March 2025.",
        f"Rodrigo Duterte=person:rodrigo-duterte; {ICC}",
        [("arrest_warrant", {"subject": ["person:rodrigo-duterte"]}, {"status": "executed", "date": "2025-03-12"})],
        {},
    ),
    # --- non_cooperation_finding -------------------------------------------------------------
    (
        "noncoop-verbal",
        "Pre-Trial Chamber II found that Mongolia failed to comply with its obligations by not arresting Vladimir Putin, and referred the matter to the Assembly of States Parties.",
        "Pre-Trial Chamber II=court:pre-trial-chamber-2; Mongolia=state:mn; Vladimir Putin=person:vladimir-putin; Assembly of States Parties=court:asp",
        [
            (
                "non_cooperation_finding",
                {
                    "issuer": ["court:pre-trial-chamber-2"],
                    "state": ["state:mn"],
                    "subject": ["person:vladimir-putin"],
                    "referred_to": ["court:asp"],
                },
                {},
            )
        ],
        {},
    ),
    (
        "noncoop-three",
        "Last year, three findings of non-cooperation were issued against the governments of Djibouti, Uganda and Kenya.",
        "Djibouti=state:dj; Uganda=state:ug; Kenya=state:ke",
        [
            ("non_cooperation_finding", {"state": ["state:dj"]}, {}),
            ("non_cooperation_finding", {"state": ["state:ug"]}, {}),
            ("non_cooperation_finding", {"state": ["state:ke"]}, {}),
        ],
        {"count": {"non_cooperation_finding": 3}},
    ),
    # --- fugitive_visit ----------------------------------------------------------------------
    (
        "visit-not-arrested",
        "This year, Omar al-Bashir of Sudan visited Chad and Djibouti without being arrested.",
        "Omar al-Bashir=person:omar-al-bashir; Sudan=state:sd; Chad=state:td; Djibouti=state:dj",
        [
            (
                "fugitive_visit",
                {"subject": ["person:omar-al-bashir"], "host": ["state:td", "state:dj"]},
                {"arrested": False},
            )
        ],
        {},
    ),
    (
        "visit-travel",
        "Vladimir Putin travelled to Mongolia despite the ICC warrant for his arrest.",
        "Vladimir Putin=person:vladimir-putin; Mongolia=state:mn",
        [("fugitive_visit", {"subject": ["person:vladimir-putin"], "host": ["state:mn"]}, {"arrested": False})],
        {},
    ),
    # --- statement ---------------------------------------------------------------------------
    (
        "statement-behalf",
        "The statement was delivered by No Peace Without Justice on behalf of Al-Haq, Human Rights Watch and REDRESS.",
        "No Peace Without Justice=org:npwj; Al-Haq=org:al-haq; Human Rights Watch=org:hrw; REDRESS=org:redress",
        [("statement", {"author": ["org:npwj"], "on_behalf_of": ["org:al-haq", "org:hrw", "org:redress"]}, {})],
        {},
    ),
    (
        "statement-reported",
        "Kremlin spokesman Dmitry Peskov said on Friday that the warrant was null and void.",
        "Dmitry Peskov=person:dmitry-peskov",
        [("statement", {"author": ["person:dmitry-peskov"]}, {"form": "oral"})],
        {},
    ),
    (
        "statement-joint",
        "The joint statement, drafted by Slovenia and Mexico, was signed by 79 States.",
        "Slovenia=state:si; Mexico=state:mx",
        [("statement", {"drafter": ["state:si", "state:mx"]}, {"form": "joint_statement", "signatory_count": 79})],
        {},
    ),
    # --- decision ----------------------------------------------------------------------------
    (
        "decision-adopted",
        "The Assembly adopted by consensus resolution ICC-ASP/22/Res.3 on cooperation.",
        "Assembly=court:asp; ICC-ASP/22/Res.3=instrument:icc-asp-22-res-3",
        [("decision", {"body": ["court:asp"], "instrument": ["instrument:icc-asp-22-res-3"]}, {})],
        {},
    ),
    (
        "decision-recommendation",
        "We regret the Committee on Budget and Finance's recommendation that the post not be approved.",
        "Committee on Budget and Finance=court:cbf; Lex Aequa=org:lex-aequa",
        [
            ("decision", {"body": ["court:cbf"]}, {}),
            ("condemnation", {"agent": ["org:lex-aequa"], "target": ["court:cbf"]}, {}),
        ],
        {"author": "org:lex-aequa"},
    ),
    # --- side_event / meeting / participation / assembly_session -----------------------------
    (
        "side-event",
        "A side event titled \u201cJustice Delayed\u201d, co-sponsored by Chile and Lex Aequa, took place on 6 December 2024.",
        "Chile=state:cl; Lex Aequa=org:lex-aequa",
        [
            (
                "side_event",
                {"co_sponsor": ["state:cl", "org:lex-aequa"]},
                {"title": "Justice Delayed", "date": "2024-12-06"},
            )
        ],
        {},
    ),
    (
        "meeting",
        "Lex Aequa met the Registrar, Osvaldo Zavala Giler, and the President of the Court, Judge Tomoko Akane.",
        "Lex Aequa=org:lex-aequa; Osvaldo Zavala Giler=person:osvaldo-zavala-giler; Tomoko Akane=person:tomoko-akane",
        [("meeting", {"participant": ["org:lex-aequa", "person:osvaldo-zavala-giler", "person:tomoko-akane"]}, {})],
        {},
    ),
    (
        "participation",
        "Lex Aequa attended the twenty-third session of the Assembly of States Parties.",
        "Lex Aequa=org:lex-aequa; twenty-third session of the Assembly of States Parties=session:asp-23",
        [("participation", {"participant": ["org:lex-aequa"], "forum": ["session:asp-23"]}, {})],
        {},
    ),
    (
        "assembly-session",
        "The Assembly held its twenty-third session in The Hague from 2 to 7 December 2024.",
        "Assembly=court:asp; twenty-third session=session:asp-23; The Hague=place:the-hague",
        [
            (
                "assembly_session",
                {"session": ["session:asp-23"], "venue": ["place:the-hague"]},
                {"number": 23, "kind": "regular", "date": "2024-12-02", "end_date": "2024-12-07"},
            )
        ],
        {},
    ),
    # --- demand ------------------------------------------------------------------------------
    (
        "demand-we-urge",
        "We urge States Parties to arrest and surrender all persons subject to warrants.",
        "States Parties=court:states-parties; Lex Aequa=org:lex-aequa",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]},
                {"action": "arrest and surrender"},
            )
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "demand-call-on",
        "Amnesty International called on the European Commission to activate the Blocking Statute.",
        "Amnesty International=org:amnesty; European Commission=igo:european-commission",
        [
            (
                "demand",
                {"claimant": ["org:amnesty"], "addressee": ["igo:european-commission"]},
                {"action": "activate the Blocking Statute"},
            )
        ],
        {},
    ),
    (
        "demand-should",
        "States Parties that sit on the Security Council should insist on follow-up of every referral.",
        "States Parties=court:states-parties; Security Council=igo:unsc; Lex Aequa=org:lex-aequa",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]},
                {"action": "insist on follow-up"},
            )
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "demand-numbered",
        "We therefore ask the Commission to:\n\n1. Add the order to the annex of the Blocking Statute;\n2. Issue guidance to banks;\n3. Raise the matter with Washington.\n",
        f"Commission=igo:european-commission; Lex Aequa=org:lex-aequa; {US}",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["igo:european-commission"]},
                {"action": "Add the order"},
            ),
            ("demand", {"addressee": ["igo:european-commission"]}, {"action": "Issue guidance to banks"}),
            ("demand", {"addressee": ["igo:european-commission"]}, {"action": "Raise the matter"}),
        ],
        {"author": "org:lex-aequa", "count": {"demand": 3}},
    ),
    # --- commitment --------------------------------------------------------------------------
    (
        "commitment-intends",
        "The Prosecutor, Karim Khan, said that he intends to visit Venezuela next year.",
        "Karim Khan=person:karim-khan; Venezuela=state:ve",
        [("commitment", {"agent": ["person:karim-khan"]}, {"action": "visit Venezuela"})],
        {},
    ),
    (
        "commitment-we-will",
        "We will continue to cooperate fully with the Court.",
        f"{ICC}; Lex Aequa=org:lex-aequa",
        [("commitment", {"agent": ["org:lex-aequa"]}, {"action": "cooperate fully"})],
        {"author": "org:lex-aequa"},
    ),
    # --- condemnation ------------------------------------------------------------------------
    (
        "condemnation-denounce",
        "The High Commissioner denounced the measures announced by the United States against the Court.",
        f"High Commissioner=igo:ohchr; {US}; {ICC}",
        [("condemnation", {"agent": ["igo:ohchr"], "target": ["state:us"]}, {})],
        {},
    ),
    (
        "condemnation-regret",
        "We regret the Assembly's limited attention to non-cooperation.",
        "Assembly=court:asp; Lex Aequa=org:lex-aequa",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["court:asp"]}, {"about": "limited attention"})],
        {"author": "org:lex-aequa"},
    ),
    # --- support -----------------------------------------------------------------------------
    (
        "support-solidarity",
        "FIDH stands in solidarity with Al-Haq and Addameer.",
        "FIDH=org:fidh; Al-Haq=org:al-haq; Addameer=org:addameer",
        [("support", {"agent": ["org:fidh"], "beneficiary": ["org:al-haq", "org:addameer"]}, {})],
        {},
    ),
    (
        "support-welcome",
        "The Assembly welcomed Armenia's ratification of the Rome Statute.",
        "Assembly=court:asp; Armenia=state:am; Rome Statute=instrument:rome-statute",
        [("support", {"agent": ["court:asp"], "beneficiary": ["state:am"]}, {})],
        {},
    ),
    # --- more constructions --------------------------------------------------------------------
    (
        "visit-hosted",
        "Tajikistan hosted Vladimir Putin in October despite the ICC warrant against him.",
        "Tajikistan=state:tj; Vladimir Putin=person:vladimir-putin",
        [("fugitive_visit", {"subject": ["person:vladimir-putin"], "host": ["state:tj"]}, {"arrested": False})],
        {},
    ),
    (
        "demand-call-for",
        "Amnesty International called for the immediate arrest of Omar al-Bashir.",
        "Amnesty International=org:amnesty; Omar al-Bashir=person:omar-al-bashir",
        [("demand", {"claimant": ["org:amnesty"]}, {"action": "immediate arrest"})],
        {},
    ),
    (
        "statement-addressed",
        "Judge Tomoko Akane addressed the Assembly on the opening day.",
        "Tomoko Akane=person:tomoko-akane; Assembly=court:asp",
        [("statement", {"author": ["person:tomoko-akane"], "addressee": ["court:asp"]}, {"form": "speech"})],
        {},
    ),
    (
        "condemnation-called-outrageous",
        "Kremlin spokesman Dmitry Peskov called the warrants outrageous and unacceptable.",
        "Dmitry Peskov=person:dmitry-peskov",
        [("condemnation", {"agent": ["person:dmitry-peskov"]}, {})],
        {},
    ),
    (
        "threat-hacked",
        "Israeli intelligence agents hacked the computer systems of the International Criminal Court.",
        f"Israeli=state:il; {ICC}",
        [("threat", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {"kind": "cyberattack"})],
        {},
    ),
    (
        "decision-elected-not-meeting",
        "At its first meeting, the Assembly elected Ms Jane Roe as President of the Assembly.",
        "Assembly=court:asp; Jane Roe=person:jane-roe",
        [("decision", {"body": ["court:asp"]}, {"title": "election"})],
        {"count": {"meeting": 0}},
    ),
    (
        "demand-inline-items",
        "Lex Aequa calls on all States Parties to: 1) arrest Vladimir Putin; 2) cooperate fully with the Court.",
        "Lex Aequa=org:lex-aequa; States Parties=court:states-parties; Vladimir Putin=person:vladimir-putin",
        [
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]},
                {"action": "arrest Vladimir Putin"},
            ),
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]},
                {"action": "cooperate fully"},
            ),
        ],
        {"count": {"demand": 2}},
    ),
    (
        "quote-dated-by-statement",
        "\u201cWe will continue our work,\u201d the Prosecutor Karim Khan told reporters on 3 June 2025.",
        "Karim Khan=person:karim-khan",
        [
            ("statement", {"author": ["person:karim-khan"]}, {"date": "2025-06-03"}),
            ("commitment", {"agent": ["person:karim-khan"]}, {"action": "continue our work", "date": "2025-06-03"}),
        ],
        {},
    ),
    (
        "demand-calls-noun-and-items",
        "Lex Aequa calls on:\n\n- the Government of Chile to arrest the suspect;\n- the Bureau to convene a meeting.\n",
        "Lex Aequa=org:lex-aequa; Chile=state:cl; Bureau=court:asp-bureau",
        [
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["state:cl"]}, {"action": "arrest the suspect"}),
            (
                "demand",
                {"claimant": ["org:lex-aequa"], "addressee": ["court:asp-bureau"]},
                {"action": "convene a meeting"},
            ),
        ],
        {"count": {"demand": 2}},
    ),
    (
        "demand-calls-parsed-as-noun",
        "FIDH further calls on the European Commission to add the order to the annex of the Blocking Statute.",
        "FIDH=org:fidh; European Commission=igo:european-commission",
        [("demand", {"claimant": ["org:fidh"], "addressee": ["igo:european-commission"]}, {"action": "add the order"})],
        {},
    ),
    (
        "demand-renewed-call-for",
        "The African Union renewed its call for the Security Council to defer the proceedings for a year.",
        "African Union=igo:au; Security Council=igo:unsc",
        [("demand", {"claimant": ["igo:au"], "addressee": ["igo:unsc"]}, {"action": "defer the proceedings"})],
        {},
    ),
    (
        "commitment-his-office-would",
        "The Prosecutor, Karim Khan, said that his Office would continue to investigate the crimes.",
        "Karim Khan=person:karim-khan",
        [("commitment", {"agent": ["person:karim-khan"]}, {"action": "investigate the crimes"})],
        {},
    ),
    (
        "decision-referral-resolution",
        "The situation in Darfur was referred to the Prosecutor by the Security Council in resolution 1593 of 31 March 2005.",
        "Security Council=igo:unsc; resolution 1593=instrument:unsc-res-1593",
        [("decision", {"body": ["igo:unsc"], "instrument": ["instrument:unsc-res-1593"]}, {"date": "2005-03-31"})],
        {},
    ),
    (
        "support-welcomed-list-with-asides",
        (
            "The Assembly welcomed the States that joined the Rome Statute this year: Grenada (accession, 19 May 2011), "
            "Tunisia (accession, 24 June 2011) and Vanuatu (accession, 2 December 2011)."
        ),
        "Assembly=court:asp; Rome Statute=instrument:rome-statute; Grenada=state:gd; Tunisia=state:tn; Vanuatu=state:vu",
        [
            ("support", {"agent": ["court:asp"], "beneficiary": ["state:gd", "state:tn", "state:vu"]}, {}),
            ("membership_change", {"state": ["state:tn"]}, {"action": "accession", "date": "2011-06-24"}),
        ],
        {"count": {"membership_change": 3}},
    ),
    (
        "support-for-x-not-owner",
        "Ms Jane Roe reaffirmed the Assembly's unwavering support for the Court and for its officials.",
        "Jane Roe=person:jane-roe; Assembly=court:asp; the Court=court:icc",
        [("support", {"agent": ["person:jane-roe", "court:asp"], "beneficiary": ["court:icc"]}, {})],
        {},
    ),
    (
        "threat-operation-to-surveil",
        "Israel's intelligence agencies conducted a covert operation to surveil, hack and pressure senior officials of the International Criminal Court.",
        f"Israel=state:il; {ICC}",
        [("threat", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {})],
        {"count": {"threat": 1}},
    ),
    # --- generalisation: constructions beyond the tuning documents ------------------------------
    (
        "sanction-slapped-bans",
        "Washington slapped visa bans on Jane Roe and John Doe.",
        f"{US}; Jane Roe=person:jane-roe; John Doe=person:john-doe",
        [("sanction", {"imposer": ["state:us"], "target": ["person:jane-roe", "person:john-doe"]}, {})],
        {},
    ),
    (
        "sanction-commenting-verb-imposes-nothing",
        "Lex Aequa deplored the sanctions.",
        "Lex Aequa=org:lex-aequa",
        [("condemnation", {"agent": ["org:lex-aequa"]}, {})],
        {"count": {"sanction": 0}},
    ),
    (
        "condemnation-designation-by",
        "Lex Aequa denounced the designation of Al-Haq by the Treasury.",
        f"{US}; Lex Aequa=org:lex-aequa; Al-Haq=org:al-haq",
        [
            ("sanction", {"imposer": ["state:us"], "target": ["org:al-haq"]}, {}),
            ("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:us"]}, {}),
        ],
        {},
    ),
    (
        "condemnation-passive",
        "The sanctions imposed by the United States were condemned by Lex Aequa.",
        f"{US}; Lex Aequa=org:lex-aequa",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:us"]}, {})],
        {},
    ),
    (
        "condemnation-of-the-measures-told-before",
        "The United States sanctioned Jane Roe on 5 June. Lex Aequa deplored the measures.",
        f"{US}; Lex Aequa=org:lex-aequa; Jane Roe=person:jane-roe",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:us"]}, {})],
        {},
    ),
    (
        "threat-wanted-list",
        "Russia put Judge Jane Roe on its wanted list.",
        "Russia=state:ru; Jane Roe=person:jane-roe",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:jane-roe"]}, {"kind": "criminal_proceedings"})],
        {},
    ),
    (
        "threat-charged-in-absentia",
        "A Moscow court charged the Prosecutor, Jane Roe, in absentia.",
        "Moscow=state:ru; Jane Roe=person:jane-roe",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:jane-roe"]}, {"kind": "criminal_proceedings"})],
        {},
    ),
    (
        "no-threat-court-charges",
        "Trial Chamber IX charged John Doe with war crimes.",
        "Trial Chamber IX=court:trial-chamber-9; John Doe=person:john-doe",
        [],
        {"count": {"threat": 0}},
    ),
    (
        "demand-essential-that",
        "Lex Aequa said it is essential that States Parties respond to every referral.",
        "Lex Aequa=org:lex-aequa; States Parties=court:states-parties",
        [("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {})],
        {},
    ),
    (
        "demand-speaker-of-organisation",
        "Jane Roe, international justice director at Lex Aequa, called on Chile to arrest John Doe.",
        "Jane Roe=person:jane-roe; Lex Aequa=org:lex-aequa; Chile=state:cl; John Doe=person:john-doe",
        [("demand", {"claimant": ["person:jane-roe", "org:lex-aequa"], "addressee": ["state:cl"]}, {})],
        {},
    ),
    (
        "demand-two-calls-two-actions",
        "Jane Roe urged Chile to ratify the amendments and called on Finland to refer the situation.",
        "Jane Roe=person:jane-roe; Chile=state:cl; Finland=state:fi",
        [
            ("demand", {"claimant": ["person:jane-roe"], "addressee": ["state:cl"]}, {"action": "ratify the amendments"}),
            ("demand", {"claimant": ["person:jane-roe"], "addressee": ["state:fi"]}, {"action": "refer the situation"}),
        ],
        {},
    ),
    (
        "commitment-announced-it-would",
        "The Government of Chile announced that it would leave the Court.",
        "Chile=state:cl; the Court=court:icc",
        [("commitment", {"agent": ["state:cl"]}, {})],
        {},
    ),
    (
        "commitment-stand-ready",
        "Lex Aequa stands ready to meet the Registrar.",
        "Lex Aequa=org:lex-aequa",
        [("commitment", {"agent": ["org:lex-aequa"]}, {"action": "meet the Registrar"})],
        {},
    ),
    (
        "support-arrest-not-the-arrested",
        "Lex Aequa welcomed the arrest of John Doe.",
        "Lex Aequa=org:lex-aequa; John Doe=person:john-doe",
        [("support", {"agent": ["org:lex-aequa"]}, {})],
        {},
    ),
    (
        "list-member-organisation",
        "Lex Aequa and its member organisation Open Justice condemned the decision.",
        "Lex Aequa=org:lex-aequa; Open Justice=org:open-justice",
        [("condemnation", {"agent": ["org:lex-aequa", "org:open-justice"]}, {})],
        {},
    ),
    (
        "membership-became-state-party",
        "Ukraine became the 125th State Party on 1 January 2025.",
        "Ukraine=state:ua",
        [("membership_change", {"state": ["state:ua"]}, {})],
        {},
    ),
    (
        "membership-decision-of-x-to-ratify",
        "Norway welcomed the decision of Ukraine to ratify the Rome Statute.",
        "Norway=state:no; Ukraine=state:ua; Rome Statute=instrument:rome-statute",
        [("membership_change", {"state": ["state:ua"]}, {"action": "ratification"})],
        {},
    ),
    (
        "decision-two-adopted",
        "The Assembly adopted by consensus its omnibus resolution and the programme budget for 2025.",
        "Assembly=court:asp",
        [("decision", {"body": ["court:asp"]}, {})],
        {"count": {"decision": 2}},
    ),
    (
        "threat-warned-of-consequences",
        "United States officials warned the International Criminal Court that it would face consequences.",
        f"{US}; {ICC}",
        [("threat", {"perpetrator": ["state:us"], "target": ["court:icc"]}, {"kind": "threat"})],
        {},
    ),
    (
        "threat-would-sanction",
        "Jane Roe announced that Washington would sanction John Doe.",
        f"{US}; Jane Roe=person:jane-roe; John Doe=person:john-doe",
        [("threat", {"perpetrator": ["state:us", "person:jane-roe"], "target": ["person:john-doe"]}, {})],
        {"count": {"sanction": 0, "commitment": 0}},
    ),
    (
        "threat-national-warrant-in-absentia",
        "A Moscow court issued an arrest warrant in absentia for Judge Jane Roe.",
        "Moscow=state:ru; Jane Roe=person:jane-roe",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:jane-roe"]}, {"kind": "criminal_proceedings"})],
        {"count": {"arrest_warrant": 0}},
    ),
    (
        "condemnation-quoted-speaker",
        '"We deplore these sanctions," said Jane Roe.',
        "Jane Roe=person:jane-roe",
        [("condemnation", {"agent": ["person:jane-roe"]}, {})],
        {"count": {"sanction": 0}},
    ),
    (
        "condemnation-said-it-was-a-farce",
        "Lex Aequa said the trial was a farce.",
        "Lex Aequa=org:lex-aequa",
        [("condemnation", {"agent": ["org:lex-aequa"]}, {})],
        {},
    ),
    (
        "demand-according-to",
        "According to Lex Aequa, Chile should arrest John Doe.",
        "Lex Aequa=org:lex-aequa; Chile=state:cl; John Doe=person:john-doe",
        [
            ("statement", {"author": ["org:lex-aequa"]}, {}),
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["state:cl"]}, {"action": "arrest John Doe"}),
        ],
        {},
    ),
    (
        "support-among-them",
        "Several delegations - among them Chile and Finland - welcomed the decision.",
        "Chile=state:cl; Finland=state:fi",
        [("support", {"agent": ["state:cl", "state:fi"]}, {})],
        {},
    ),
    (
        "meeting-one-list-one-meeting",
        "Lex Aequa met Jane Roe and John Doe.",
        "Lex Aequa=org:lex-aequa; Jane Roe=person:jane-roe; John Doe=person:john-doe",
        [("meeting", {"participant": ["org:lex-aequa", "person:jane-roe", "person:john-doe"]}, {})],
        {"count": {"meeting": 1}},
    ),
    (
        "pronoun-is-the-person-just-named",
        "The Chamber found that Chile had failed to arrest John Doe when he visited Santiago in 2015.",
        "Chile=state:cl; John Doe=person:john-doe; Jane Roe=person:jane-roe",
        [("non_cooperation_finding", {"state": ["state:cl"]}, {})],
        {},
    ),
    (
        "quote-goes-on-in-the-speakers-voice",
        '"This is a historic day," said Jane Roe of Lex Aequa. "We urge Chile to ratify the amendments."',
        "Jane Roe=person:jane-roe; Lex Aequa=org:lex-aequa; Chile=state:cl",
        [("demand", {"claimant": ["person:jane-roe", "org:lex-aequa"], "addressee": ["state:cl"]}, {})],
        {},
    ),
    (
        "threat-russian-investigators",
        "Russian investigators opened a criminal case against Jane Roe and two other judges, as well as John Doe.",
        "Russian=state:ru; Jane Roe=person:jane-roe; John Doe=person:john-doe",
        [("threat", {"perpetrator": ["state:ru"], "target": ["person:jane-roe", "person:john-doe"]}, {})],
        {},
    ),
    (
        "no-statement-from-a-legal-declaration",
        "We urge Chile to withdraw its declaration under article 124.",
        "Chile=state:cl",
        [],
        {"count": {"statement": 0}},
    ),
    (
        "threat-campaign-against",
        "Israel conducted a surveillance and intimidation campaign against the International Criminal Court.",
        f"Israel=state:il; {ICC}",
        [("threat", {"perpetrator": ["state:il"], "target": ["court:icc"]}, {})],
        {},
    ),
    (
        "they-are-the-speakers-just-quoted",
        "Jane Roe and John Doe said the acts were unlawful. They called on Israel to cease them.",
        "Jane Roe=person:jane-roe; John Doe=person:john-doe; Israel=state:il",
        [("demand", {"claimant": ["person:jane-roe", "person:john-doe"], "addressee": ["state:il"]}, {})],
        {},
    ),
    (
        "commitment-their-intention",
        "Chile and Peru announced their intention to withdraw from the Rome Statute.",
        "Chile=state:cl; Peru=state:pe; Rome Statute=instrument:rome-statute",
        [("commitment", {"agent": ["state:cl", "state:pe"]}, {})],
        {},
    ),
    (
        "chamber-rejects-is-a-decision",
        "Pre-Trial Chamber I rejected the challenge submitted by Israel.",
        "Pre-Trial Chamber I=court:pre-trial-chamber-1; Israel=state:il",
        [("decision", {"body": ["court:pre-trial-chamber-1"]}, {})],
        {"count": {"condemnation": 0}},
    ),
    (
        "threat-target-of-cyber-attack",
        "The International Criminal Court was the target of a cyber-attack in September 2023.",
        ICC,
        [("threat", {"target": ["court:icc"]}, {"kind": "cyberattack"})],
        {},
    ),
    (
        "demand-imperative-items-under-a-lead-in",
        "Our recommendations to States Parties:\n- ratify the Kampala amendments;\n- refrain from contacts with fugitives.",
        "States Parties=court:states-parties; Lex Aequa=org:lex-aequa",
        [
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {"action": "ratify"}),
            ("demand", {"claimant": ["org:lex-aequa"], "addressee": ["court:states-parties"]}, {"action": "refrain"}),
        ],
        {"author": "org:lex-aequa"},
    ),
    (
        "support-performative-and-grateful",
        "We wish to thank Chile for its leadership. We are grateful to Finland for speaking out.",
        "Chile=state:cl; Finland=state:fi; Lex Aequa=org:lex-aequa",
        [
            ("support", {"agent": ["org:lex-aequa"], "beneficiary": ["state:cl"]}, {}),
            ("support", {"agent": ["org:lex-aequa"], "beneficiary": ["state:fi"]}, {}),
        ],
        {"author": "org:lex-aequa"},
    ),
    # --- membership_change -------------------------------------------------------------------
    (
        "membership-ratification",
        "Ukraine deposited its instrument of ratification of the Rome Statute on 25 October 2024.",
        "Ukraine=state:ua; Rome Statute=instrument:rome-statute",
        [("membership_change", {"state": ["state:ua"]}, {"action": "ratification", "date": "2024-10-25"})],
        {},
    ),
    (
        "membership-notice",
        "Hungary notified its withdrawal from the Rome Statute on 2 June 2025.",
        "Hungary=state:hu; Rome Statute=instrument:rome-statute",
        [("membership_change", {"state": ["state:hu"]}, {"action": "withdrawal_notice", "date": "2025-06-02"})],
        {},
    ),
    (
        "membership-effective",
        "Burundi's withdrawal from the Court took effect on 27 October 2017.",
        "Burundi=state:bi; the Court=court:icc",
        [("membership_change", {"state": ["state:bi"]}, {"action": "withdrawal_effective", "date": "2017-10-27"})],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_sentence(nlp, case):
    check_case(nlp, case)


@pytest.mark.slow
def test_no_event_from_generic_words(nlp):
    """Nothing is recorded when no actor is named: "attacks and threats against defenders"."""
    ctx = make_context(nlp, "Human rights defenders face increased attacks and threats worldwide.", "")
    assert run_events(ctx) == []


@pytest.mark.slow
def test_every_role_id_is_an_entity(nlp):
    ctx = make_context(nlp, CASES[0][1], CASES[0][2])
    for ev in run_events(ctx):
        for ids in ev.roles.values():
            assert all(i in ctx.entities for i in ids)
        assert 0 < ev.confidence < 1 and ev.evidence

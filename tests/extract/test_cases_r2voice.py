"""Round-2 sentence cases for statements: a speaker and those it speaks for named in a participle
or an opening phrase, and a signatory list introduced by "including:" in prose. Sentences are
written for these tests (genre constructions, not corpus text).
"""

from __future__ import annotations

import pytest

from .events_support import check_case, make_context, run_events

GROUPS = "Nordic countries=igo:nordic-countries; African Group=igo:african-group; European Union=igo:eu"
STATES = "Finland=state:fi; Kenya=state:ke; Austria=state:at; Peru=state:pe; Russia=state:ru"
ICC = "the Court=court:icc; International Criminal Court=court:icc"

CASES = [
    (
        "behalf-participle-opening",
        "Speaking on behalf of the Nordic countries, Finland voiced alarm at the measures taken by Russia against the Court.",
        f"{GROUPS}; {STATES}; {ICC}",
        [
            ("statement", {"author": ["state:fi"], "on_behalf_of": ["igo:nordic-countries"]}, {}),
            ("condemnation", {"agent": ["state:fi", "igo:nordic-countries"]}, {}),
        ],
        {"count": {"statement": 1}},
    ),
    (
        "behalf-participle-apposed",
        "The delegate of Kenya, speaking for the African Group, praised the work of the Court.",
        f"{GROUPS}; {STATES}; {ICC}",
        [
            ("statement", {"author": ["state:ke"], "on_behalf_of": ["igo:african-group"]}, {}),
            ("support", {"agent": ["state:ke", "igo:african-group"], "beneficiary": ["court:icc"]}, {}),
        ],
        {"count": {"statement": 1}},
    ),
    (
        "behalf-delivering-statement",
        "Delivering a statement on behalf of the European Union, Austria said the Court deserved full cooperation.",
        f"{GROUPS}; {STATES}; {ICC}",
        [("statement", {"author": ["state:at"], "on_behalf_of": ["igo:eu"]}, {})],
        {},
    ),
    (
        "behalf-opening-phrase",
        "On behalf of the Nordic countries, Finland said the Court must be able to work free from pressure.",
        f"{GROUPS}; {STATES}; {ICC}",
        [("statement", {"author": ["state:fi"], "on_behalf_of": ["igo:nordic-countries"]}, {})],
        {"count": {"statement": 1}},
    ),
    (
        "condemn-demonstrative-act-described-bad",
        (
            "Russia has opened criminal proceedings against the judges of the Court. "
            "Such proceedings are unacceptable attempts to intimidate the Court."
        ),
        f"{STATES}; {ICC}; Lex Aequa=org:lex-aequa; judges=court:judges",
        [("condemnation", {"agent": ["org:lex-aequa"], "target": ["state:ru"]}, {})],
        {"author": "org:lex-aequa"},
    ),
    (
        "no-condemn-new-act-described",
        "Observers noted that the case, though unlikely to succeed, was an attempt to intimidate the Court.",
        f"{ICC}",
        [],
        {"count": {"condemnation": 0}},
    ),
    (
        "support-noun-in-unnamed-relative",
        "Lex Aequa thanked Finland and voiced appreciation for the States that had affirmed their backing of the Court.",
        f"{STATES}; {ICC}; Lex Aequa=org:lex-aequa",
        [("support", {"agent": ["org:lex-aequa"], "beneficiary": ["state:fi"]}, {})],
        {"count": {"support": 2}},
    ),
    (
        "speaking-to-reporters-not-behalf",
        "Speaking to reporters in Lima, Peru said it would keep cooperating with the Court.",
        f"{STATES}; {ICC}",
        [("statement", {"author": ["state:pe"]}, {})],
        {},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_r2voice_sentence(nlp, case):
    check_case(nlp, case)


@pytest.mark.slow
def test_signatories_listed_after_including(nlp):
    text = (
        "Joint statement on the independence of the Court\n\n"
        "We, the undersigned States, reaffirm our support for the International Criminal Court.\n\n"
        "The statement was coordinated by Finland and Kenya. It has been endorsed by 40 States, including:\n\n"
        "Austria, Peru, Chile, Ghana, Ireland, Jordan, Mongolia, Portugal, Senegal, Spain, Sweden, Tunisia, Uruguay and Zambia.\n"
    )
    names = "Chile=state:cl; Ghana=state:gh; Ireland=state:ie; Jordan=state:jo; Mongolia=state:mn; Portugal=state:pt"
    names += "; Senegal=state:sn; Spain=state:es; Sweden=state:se; Tunisia=state:tn; Uruguay=state:uy; Zambia=state:zm"
    ctx = make_context(nlp, text, f"{STATES}; {ICC}; {names}", date="2025-12-01")
    events = run_events(ctx)
    own = [e for e in events if e.type == "statement" and e.roles.get("signatory")]
    assert own, [(e.type, e.roles) for e in events]
    signed = set(own[0].roles["signatory"])
    assert {"state:fi", "state:ke", "state:at", "state:zm", "state:pe"} <= signed, signed


@pytest.mark.slow
def test_this_statement_on_behalf_joins_document_statement(nlp):
    text = (
        "Statement by the President of the Court\n\nThe Hague, 3 March 2025\n\n"
        "I am issuing this statement on behalf of the Nordic countries to respond to the threats made against the Court.\n"
    )
    ctx = make_context(nlp, text, f"{GROUPS}; {ICC}; President of the Court=person:akane", date="2025-03-03")
    events = run_events(ctx)
    stmts = [e for e in events if e.type == "statement"]
    assert any("igo:nordic-countries" in e.roles.get("on_behalf_of", []) for e in stmts), [e.roles for e in stmts]
    assert not any(set(e.roles) <= {"on_behalf_of", "forum", "addressee"} for e in stmts if any(e.roles.values())), [
        e.roles for e in stmts
    ]


@pytest.mark.slow
def test_letter_address_block_and_cc_items_are_addressees(nlp):
    text = (
        "Open letter on the cooperation of Ruritania with the Court\n\n"
        "1 June 2025\n\n"
        "Her Excellency Anna Berg\nMinister of Justice of Ruritania\n\n"
        "cc: Ivo Marek, Registrar of the Court; Lena Holt, President of the Bureau\n\n"
        "Dear Minister,\n\n"
        "We, the undersigned organisations, write to ask your government to cooperate fully with the Court.\n\n"
        "Sincerely,\n\nLex Aequa\nJustice Watch\n"
    )
    names = "Anna Berg=person:anna-berg; Ivo Marek=person:ivo-marek; Lena Holt=person:lena-holt; Ruritania=state:rr"
    names += "; Lex Aequa=org:lex-aequa; Justice Watch=org:justice-watch"
    ctx = make_context(nlp, text, f"{ICC}; {names}", date="2025-06-01")
    events = run_events(ctx)
    own = [e for e in events if e.type == "statement" and e.roles.get("signatory")]
    assert own, [(e.type, e.roles) for e in events]
    heard = set(own[0].roles.get("addressee", []))
    assert {"person:anna-berg", "person:ivo-marek", "person:lena-holt"} <= heard, heard


@pytest.mark.slow
def test_experts_are_list_names_the_authors(nlp):
    text = (
        "UN experts alarmed by threats against the Court\n\n"
        "GENEVA (2 May 2025) - UN experts today voiced alarm at threats against the International Criminal Court.\n\n"
        "The experts are: Anna Berg, Special Rapporteur on the independence of judges and lawyers; "
        "Ivo Marek, Independent Expert on international order.\n"
    )
    names = "Anna Berg=person:anna-berg; Ivo Marek=person:ivo-marek"
    ctx = make_context(nlp, text, f"{ICC}; {names}", date="2025-05-02")
    events = run_events(ctx)
    assert any(
        e.type == "statement" and {"person:anna-berg", "person:ivo-marek"} <= set(e.roles.get("author", []))
        for e in events
    ), [(e.type, e.roles) for e in events]

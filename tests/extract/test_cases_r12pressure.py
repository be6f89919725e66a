"""Round 12 (pressure: threats and sanctions): probes written in our own words for the constructions
behind the misses and spurious events of a second set of REAL news pages and releases (kept outside the
repository), each probe written before its fix.
Sanction constructions: a bare "State Department" / "Treasury Department" speaking for the United States
even after a sentence about another state; one round told by a count ("three Court officials") and then by
names, or by a list and then person by person; the people of a counted round named in the next sentence
("The two are ...", "The individuals include ..."); the speaker of "according to a statement from X" or
"announced by X" is no target.
Threat constructions: a nationality adjective inside the target's title ("British prosecutor X") is not
the perpetrator; the Court's own judges issuing warrants is no threat; threatening sanctions against
states that help the Court, warning of further steps "including sanctions"; one in-absentia case told in
several sentences is one event; "adding X to its wanted list"; "have had criminal proceedings initiated
against them".
"""

from __future__ import annotations

import pytest

from .events_support import with_xfail
from .page_probes import PUBLISHED, assert_pipeline_negative, assert_pipeline_probe

# Whole-pipeline probes: (id, type, text, roles, attributes); role values are name fragments
PIPE = [
    # --- sanctions: a department of the US government stands for the United States
    ("treasury-department-said", "sanction",
     ("The order cites the warrants issued for Israeli ministers. The Treasury Department said on Tuesday that "
      "Judge Ana Ruiz had been added to its list of blocked persons."),
     {"imposer": ["United States"], "target": ["Ana Ruiz"]}, {}),
    ("state-department-designated", "sanction",
     ("The Court had authorised an inquiry into abuses by Israeli forces. The State Department designated Judge "
      "Ben Tal and Judge Ana Ruiz on Thursday."),
     {"imposer": ["United States"], "target": ["Ben Tal", "Ana Ruiz"]}, {}),
    # --- sanctions: the people of a counted round named in the next sentence
    ("counted-then-the-two-are", "sanction",
     ("Washington on Monday imposed sanctions on two senior officials of the International Criminal Court. The two "
      "are the Registrar, Osvaldo Zavala, and Judge Ana Ruiz."),
     {"target": ["Zavala", "Ana Ruiz"]}, {}),
    ("counted-then-individuals-include", "sanction",
     ("The US government has authorised sanctions against senior officials of the International Criminal Court. "
      "The individuals include the Registrar, Osvaldo Zavala, and Judge Ben Tal."),
     {"target": ["Zavala", "Ben Tal"]}, {}),
    ("counted-then-those-targeted", "sanction",
     ("The United States has designated three members of the Court's staff. Those targeted are Judge Ana Ruiz, Judge Ben Tal "
      "and Judge Omar Sy."),
     {"target": ["Ana Ruiz", "Ben Tal", "Omar Sy"]}, {}),
    # --- threats: warnings of sanctions against those who help the Court
    ("threatening-sanctions-against-states", "threat",
     ("Senator Ana Cole on Friday threatened economic sanctions against countries that enforce the International "
      "Criminal Court's warrant."),
     {"perpetrator": ["Cole"]}, {"kind": "threat"}),
    ("warned-prepared-further-steps", "threat",
     ("The Secretary of State warned that the United States is prepared to take additional measures, including "
      "financial sanctions, against the International Criminal Court."),
     {"perpetrator": ["United States"], "target": ["International Criminal Court"]}, {"kind": "threat"}),
    # --- threats: criminal proceedings told in other words
    ("adding-to-wanted-list", "threat",
     "Russia's Interior Ministry revised its records on Monday, adding Judge Ben Tal to its wanted list.",
     {"perpetrator": ["Russia"], "target": ["Ben Tal"]}, {"kind": "criminal_proceedings"}),
    ("had-proceedings-initiated", "threat",
     "In Russia, three of the Court's judges and the Prosecutor have had criminal cases initiated against them.",
     {"perpetrator": ["Russia"], "target": ["judges", "Karim"]}, {"kind": "criminal_proceedings"}),
    ("moved-to-prohibit-entry", "sanction",
     ("In March the United States moved to prohibit the Registrar of the Court, Osvaldo Zavala, from entering the "
      "country."),
     {"imposer": ["United States"], "target": ["Zavala"]}, {}),
    ("barred-from-travelling", "sanction",
     "The Treasury barred Judge Ben Tal from travelling to the United States.",
     {"imposer": ["United States"], "target": ["Ben Tal"]}, {}),
    ("ready-to-take-steps", "threat",
     ("Pompeo said Washington stood ready to take further steps, including financial penalties, against the "
      "International Criminal Court."),
     {"target": ["International Criminal Court"]}, {"kind": "threat"}),
    ("signing-order-that-allowed", "sanction",
     ("On 11 June 2020 President Trump acted against the Court by signing an executive order that permitted US "
      "agencies to block the assets of its staff."),
     {"imposer": ["Trump", "United States"]}, {"date": "2020-06-11"}),
    ("acronym-in-title", "sanction",
     "Washington imposed sanctions on International Criminal Court (ICC) Registrar Osvaldo Zavala on Tuesday.",
     {"imposer": ["United States"], "target": ["Zavala"]}, {}),
    ("adding-participle-parse-lost", "threat",
     ("Russia's Interior Ministry updated its register on Tuesday, adding ICC judge Tomoko Akane to the wanted "
      "list under an article of the Criminal Code."),
     {"perpetrator": ["Russia"], "target": ["Akane"]}, {"kind": "criminal_proceedings"}),
    ("veiled-threat-your-family", "threat",
     ("When Prosecutor Fatou Bensouda opened the inquiry, the intelligence chief, Yossi Cohen, told her: 'You "
      "should not do things that could endanger your safety and that of your family.'"),
     {"target": ["Bensouda"]}, {"kind": "threat"}),
    ("ready-steps-court-told-before", "threat",
     ("Pompeo announced visa restrictions on officials of the International Criminal Court. He warned that "
      "Washington was prepared to take further steps, including economic sanctions, if the inquiry went on."),
     {"target": ["International Criminal Court"]}, {"kind": "threat"}),
    ("court-in-title-no-target", "threat",
     "Moscow has put ICC judge Tomoko Akane and ICC prosecutor Karim Khan on a wanted list.",
     {"perpetrator": ["Russia"], "target": ["Akane", "Karim"]}, {"kind": "criminal_proceedings"}),
]

# Whole-pipeline negatives: (id, type, text, role, name fragment that must not fill it)
PIPE_NEG = [
    ("according-to-statement-from", "sanction",
     ("Washington designated Judge Ana Ruiz of Chile and Judge Ben Tal of Ghana on Friday, according to a statement "
      "from Secretary of State Marco Rubio."),
     "target", "Rubio"),
    ("announced-by-secretary", "sanction",
     "The sanctions on Judge Ana Ruiz were announced by Secretary of State Marco Rubio on Friday.",
     "target", "Rubio"),
    ("order-issued-by", "sanction",
     "The United States imposed the sanctions on Judge Ana Ruiz under an order issued by Secretary of State Marco Rubio.",
     "target", "Rubio"),
    ("nationality-of-target", "threat",
     "Russia's Interior Ministry placed French ICC judge Ana Ruiz on its wanted list last week.",
     "perpetrator", "France"),
    ("nationality-of-target-2", "threat",
     "The ministry said it had also put the British prosecutor Karim Khan on the list of wanted persons.",
     "perpetrator", "United Kingdom"),
    ("court-judges-issued-warrants", "threat",
     ("Judge Ben Tal was one of three ICC judges who in June issued arrest warrants for two Russian generals "
      "accused of attacks on Ukraine's power grid."),
     "target", "general"),
    ("expert-appointed-by", "sanction",
     ("UN officials criticised Washington's decision to sanction Francesca Albanese, a rapporteur appointed in 2022 "
      "by the Human Rights Council."),
     "target", "Human Rights Council"),
    ("expert-appointed-by-imposer", "sanction",
     ("UN officials criticised Washington's decision to sanction Francesca Albanese, a rapporteur appointed in 2022 "
      "by the Human Rights Council."),
     "imposer", "Human Rights Council"),
    ("prepared-steps-no-sanction", "sanction",
     ("He said Washington was prepared to take further steps against the International Criminal Court, "
      "including economic sanctions."),
     "target", "International Criminal Court"),
    ("court-judges-warrants-after-case", "threat",
     ("A district court in Moscow ordered the arrest in absentia of Judge Ben Tal. Tal was one of three ICC judges who "
      "in June issued arrest warrants for the former minister Sergei Shoigu over strikes on Ukraine's grid."),
     "target", "Shoigu"),
    ("court-warrant-state-named", "threat",
     ("The ICC issued arrest warrants for Israeli Prime Minister Benjamin Netanyahu and former Defence Minister "
      "Yoav Gallant in November 2024."),
     "perpetrator", "Israel"),
    ("listing-as-wanted", "sanction",
     "The Assembly deplored Russia's listing of the Registrar and two judges of the Court as wanted persons.",
     "imposer", "Russia"),
    ("order-aimed-at-acts", "sanction",
     ("The Treasury said the measures were taken under Executive Order 14203, which targets the 'illegitimate "
      "actions of the ICC' against allies."),
     "target", "International Criminal Court"),
    ("facing-threats-generic", "threat",
     "The Assembly meets while the Court and its staff face threats of an unprecedented kind.",
     "target", "Court"),
    ("sanctions-on-a-weekday", "sanction",
     ("Washington announced the sanctions on Thursday, acting under a Presidential Executive Order that the "
      "Secretary of State had invoked."),
     "target", "Order"),
    ("appears-discredited-judgment", "threat",
     "The Court's Standing Seems Increasingly Discredited, Analyst Says",
     "target", "Court"),
    ("reason-after-described-targets", "sanction",
     ("On 2 May the Secretary of State announced sanctions against the two rights groups for their work with the "
      "International Criminal Court on Israel."),
     "target", "International Criminal Court"),
    ("order-targets-anyone-helping", "sanction",
     "That order targets individuals assisting the International Criminal Court in cases against US soldiers.",
     "target", "International Criminal Court"),
    ("appears-discredited-quoted-headline", "threat",
     "Related\n'The Tribunal's Standing Appears Increasingly Discredited' - Analyst\nNewsfeed",
     "target", "Tribunal"),
]

XFAIL: dict[str, str] = {}


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PIPE, XFAIL), ids=[c[0] for c in PIPE])
def test_pipeline_probe(case):
    assert_pipeline_probe(case)


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PIPE_NEG, XFAIL), ids=[c[0] for c in PIPE_NEG])
def test_pipeline_negative(case):
    assert_pipeline_negative(case)


# One act told several times: (id, type, text, kind, how many events of that type and kind)
TOLD_AGAIN = [
    ("round-counted-then-named", "sanction",
     ("The United States has sanctioned three officials of the International Criminal Court. The Treasury said "
      "that Ana Ruiz, Ben Tal and Omar Sy have been added to its blocked persons list. Ruiz was designated for "
      "authorising the warrants, while Tal and Sy were targeted for upholding them."),
     None, 1),
    ("round-listed-then-one-by-one", "sanction",
     ("Washington designated Judge Ana Ruiz and Judge Ben Tal on Wednesday. Ruiz was sanctioned for approving the "
      "inquiry into US troops."),
     None, 1),
    ("absentia-case-told-twice", "threat",
     ("A district court in Moscow ordered the arrest in absentia of Judge Ben Tal of the International Criminal "
      "Court. Investigators accuse Tal of unlawful detention. The same district court ruled that Tal be held "
      "in custody in absentia."),
     "criminal_proceedings", 1),
    ("round-then-order-told-bare", "sanction",
     ("The United States has sanctioned Judge Ana Ruiz and Judge Ben Tal. The State Department said the sanctions "
      "were imposed under Executive Order 14203."),
     None, 1),
    ("action-told-as-sanction", "threat",
     ("On 11 June 2020 the President took new action against the Court, signing an executive order that "
      "let US agencies sanction its staff."),
     "other", 0),
    ("headline-then-named", "threat",
     ("Moscow puts another ICC judge on its wanted list\n\nRussia's Interior Ministry on Monday put Judge Ana "
      "Ruiz of the International Criminal Court on its wanted list."),
     "criminal_proceedings", 1),
    ("verdict-and-earlier-inquiry", "threat",
     ("A Moscow court has handed down verdicts in absentia against the prosecutor and six judges of the "
      "International Criminal Court. In 2023 Moscow opened a criminal case against Prosecutor Karim Khan and the "
      "judges involved."),
     "criminal_proceedings", 2),
    ("two-rounds-stay-two", "sanction",
     ("Washington sanctioned Judge Ana Ruiz in February 2025. In June 2025 it sanctioned Judge Ana Ruiz's "
      "colleague Ben Tal as well as Ana Ruiz's deputy Omar Sy."),
     None, 2),
]

TOLD_AGAIN_XFAIL: dict[str, str] = {}


@pytest.mark.slow
@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(reason=TOLD_AGAIN_XFAIL[c[0]], strict=True)) if c[0] in TOLD_AGAIN_XFAIL else c
     for c in TOLD_AGAIN],
    ids=[c[0] for c in TOLD_AGAIN],
)
def test_told_again(case):
    from romewatch.extract.pipeline import extract_text

    _, etype, text, kind, n = case
    result = extract_text(PUBLISHED + text + "\n")
    got = [e for e in result.events if e.type == etype and (kind is None or e.attributes.get("kind") == kind)]
    assert len(got) == n, [(e.roles, e.date) for e in got]

"""Round 11 (pressure: threats and sanctions): probes written in our own words for the constructions
behind the misses and spurious events of a set of REAL news pages, wire copy, NGO and UN-expert releases
(kept outside the repository), each probe written before its fix.
Threat constructions: a state's criminal inquiry "initiated / instituted" against officials, wanted lists in
the passive and with "all N individuals", in-absentia verdicts and sentences, a warning that the speaker's
side "would continue to respond / take the steps needed" (a threat) as against a warning that a measure
"undermines" something (no threat), a spy stopped from infiltrating the Court, "comments by X threatening
the Court", "would risk exposure to sanctions".
Sanction constructions: "are now the newest to be targeted by", "were hit with ... sanctions / blocking
measures", an opening participle ("Sanctioned by the United States in June, the four judges ..."), a plain
verb after sanctions were named ("in August it targeted two more judges"), coordinated "on X in June, and
on Y months earlier". Negatives: an order's "powers to sanction", the reason "in retaliation for the
Court's warrants against X" (X is no target).
"""

from __future__ import annotations

import pytest

from .events_support import with_xfail
from .page_probes import PUBLISHED, assert_pipeline_negative, assert_pipeline_probe

# Whole-pipeline probes: (id, type, text, roles, attributes); role values are name fragments
PIPE = [
    # --- threats: a state's criminal proceedings against Court officials
    ("initiated-criminal-inquiry", "threat",
     "Moscow responded by initiating a criminal inquiry into Judge Ana Ruiz and the Prosecutor, Karim Khan.",
     {"perpetrator": ["Russia"], "target": ["Ana Ruiz", "Karim"]}, {"kind": "criminal_proceedings"}),
    ("instituted-case-against", "threat",
     "In 2024 the authorities in Minsk instituted a criminal case against two investigators of the Court.",
     {"perpetrator": ["Belarus"]}, {"kind": "criminal_proceedings", "date": "2024"}),
    ("added-to-wanted-list", "threat",
     "Russia has added Judge Maria Lenz to its wanted list, state media reported on Tuesday.",
     {"perpetrator": ["Russia"], "target": ["Maria Lenz"]}, {"kind": "criminal_proceedings"}),
    ("all-placed-on-wanted-list", "threat",
     ("A Russian court convicted Judge Paulo Reis and Judge Maria Lenz in absentia. Both officials have been placed "
      "on an international wanted list."),
     {"perpetrator": ["Russia"], "target": ["Paulo Reis", "Maria Lenz"]}, {"kind": "criminal_proceedings"}),
    ("verdicts-against", "threat",
     ("A court in Moscow has handed down in absentia verdicts against the Prosecutor, Karim Khan, and six judges of "
      "the International Criminal Court."),
     {"perpetrator": ["Russia"]}, {"kind": "criminal_proceedings"}),
    ("sentenced-in-absentia", "threat",
     "Judge Maria Lenz was sentenced in absentia to twelve years in prison by a Moscow court in November 2025.",
     {"perpetrator": ["Russia"], "target": ["Maria Lenz"]}, {"kind": "criminal_proceedings", "date": "2025-11"}),
    # --- threats: warnings of one's own future response
    ("warned-would-continue-to-respond", "threat",
     ("The Secretary of State, Marco Rubio, warned that the United States would keep responding to what he called "
      "the International Criminal Court's abuse of power."),
     {"perpetrator": ["Rubio", "United States"], "target": ["International Criminal Court"]}, {"kind": "threat"}),
    ("would-take-steps-needed", "threat",
     ("A spokesperson said Washington would take whatever steps were needed to shield its soldiers from "
      "prosecution by the International Criminal Court."),
     {"perpetrator": ["United States"], "target": ["International Criminal Court"]}, {"kind": "threat"}),
    ("risk-exposure-to-sanctions", "threat",
     ("Pompeo said that anyone who kept assisting the Prosecutor, Fatou Bensouda, would risk exposure to sanctions "
      "as well."),
     {"perpetrator": ["Pompeo"]}, {"kind": "threat"}),
    ("comments-by-senator-threatening", "threat",
     "The President of the Court also criticised comments by a US senator, Lindsey Graham, threatening the Court.",
     {"perpetrator": ["Graham", "United States"], "target": ["Court"]}, {"kind": "threat"}),
    # --- threats: infiltration and spying
    ("stopped-spy-from-infiltrating", "threat",
     ("Dutch intelligence said it had stopped an officer of Russia's GRU from infiltrating the International "
      "Criminal Court under a false identity."),
     {"target": ["International Criminal Court"]}, {"kind": "surveillance"}),
    ("tried-to-infiltrate-as-intern", "threat",
     "A Russian military intelligence officer tried to infiltrate the International Criminal Court as an intern.",
     {"target": ["International Criminal Court"]}, {"kind": "surveillance"}),
    # --- sanctions
    ("latest-to-be-targeted", "sanction",
     ("Under Executive Order 14203, Judge Ana Ruiz of Chile and Judge Ben Tal of Israel are now the newest "
      "to be targeted by the United States."),
     {"imposer": ["United States"], "target": ["Ana Ruiz", "Ben Tal"]}, {}),
    ("most-recent-officials-sanctioned", "sanction",
     "Two deputy prosecutors, Mona Diallo and Aziz Rahman, became the most recent Court officials to be sanctioned by Washington.",
     {"imposer": ["United States"], "target": ["Mona Diallo", "Aziz Rahman"]}, {}),
    ("hit-with-blocking-measures", "sanction",
     "In August, Judge Ana Ruiz and Judge Ben Tal were hit with US blocking measures.",
     {"imposer": ["United States"], "target": ["Ana Ruiz", "Ben Tal"]}, {"date": "2025-08"}),
    ("hit-with-sanctions", "sanction",
     "The Court's two deputy prosecutors, Mona Diallo and Aziz Rahman, were hit with American sanctions in August.",
     {"imposer": ["United States"], "target": ["Mona Diallo", "Aziz Rahman"]}, {"date": "2025-08"}),
    ("participle-opening", "sanction",
     "Sanctioned by the United States in June, Judge Ana Ruiz and Judge Ben Tal said they would not resign.",
     {"imposer": ["United States"], "target": ["Ana Ruiz", "Ben Tal"]}, {"date": "2025-06"}),
    ("participle-opening-the-judges", "sanction",
     ("The International Criminal Court said its work would go on. Sanctioned by the United States in June, the four "
      "judges vowed to continue their work."),
     {"imposer": ["United States"], "target": ["judges"]}, {"date": "2025-06"}),
    ("plain-verb-after-sanctions", "sanction",
     ("The Treasury sanctioned the Prosecutor, Karim Khan, in February. In August it targeted two more judges, "
      "Judge Ana Ruiz and Judge Ben Tal."),
     {"imposer": ["United States"], "target": ["Ana Ruiz", "Ben Tal"]}, {"date": "2025-08"}),
    ("respond-to-actions-by-court", "threat",
     ("Senator Ana Cole told reporters the new administration would respond harshly to such moves "
      "by the International Criminal Court."),
     {"target": ["International Criminal Court"]}, {"kind": "threat"}),
    ("coordinated-on-and-on", "sanction",
     ("The latest round followed similar sanctions imposed on four judges in June, and on the Prosecutor, Karim Khan, "
      "several months earlier."),
     {"target": ["Karim"]}, {}),
    ("passive-as-well-as", "sanction",
     ("Judge Ana Ruiz and the Prosecutor, Karim Khan, were sanctioned in the spring, as well as Francesca Albanese, "
      "the UN rapporteur."),
     {"target": ["Ana Ruiz", "Karim", "Albanese"]}, {}),
]

# Whole-pipeline negatives: (id, type, text, role, name fragment that must not fill it)
PIPE_NEG = [
    ("warning-it-undermines", "threat",
     "Human Rights Watch denounced the decision, warning that it erodes the independence of UN rapporteurs.",
     "perpetrator", "Watch"),
    ("experts-warned-measures-harm", "threat",
     "The experts warned that the measures would harm victims of atrocity crimes around the world.",
     "perpetrator", "expert"),
    ("sanctions-undermine-court", "threat",
     "US sanctions on officials of the International Criminal Court undermine the independence of the tribunal.",
     "target", "International Criminal Court"),
    ("threat-actor-jargon", "threat",
     "The Court said the breach of its systems in 2023 was the work of a threat actor seeking information.",
     "perpetrator", "threat"),
    ("powers-to-sanction", "sanction",
     ("The order, signed on 6 February 2025, grants the Secretary of State powers to sanction anyone who assists "
      "the International Criminal Court."),
     "target", "International Criminal Court"),
    ("retaliation-for-warrants", "sanction",
     ("The sanctions were imposed in retaliation for the International Criminal Court's arrest warrants against "
      "Benjamin Netanyahu and Yoav Gallant."),
     "target", "Netanyahu"),
]

XFAIL: dict[str, str] = {
    "hit-with-sanctions": "'The Court's two deputy prosecutors' also gives the Court itself as a target",
    "passive-as-well-as": "'..., as well as X' after a passive: X is not read, and no imposer is told",
}


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PIPE, XFAIL), ids=[c[0] for c in PIPE])
def test_pipeline_probe(case):
    assert_pipeline_probe(case)


@pytest.mark.slow
@pytest.mark.parametrize("case", with_xfail(PIPE_NEG, XFAIL), ids=[c[0] for c in PIPE_NEG])
def test_pipeline_negative(case):
    assert_pipeline_negative(case)


# One act told several times: (id, type, text, kind, how many events of that kind)
TOLD_AGAIN = [
    ("cyberattack-told-three-times", "threat",
     ("In September 2023 the International Criminal Court said hackers had breached its systems. The intrusion was "
      "detected after unusual activity on its networks in September 2023. In October 2023 the Court said the attack "
      "on its systems had been carried out for espionage."),
     "cyberattack", 1),
    ("attack-named-as-espionage", "threat",
     ("According to the Court, a spying operation lay behind that intrusion. Hackers had "
      "breached its systems in September 2023."),
     "surveillance", 0),
    ("second-cyberattack-is-another", "threat",
     ("Hackers breached the International Criminal Court's systems in September 2023. In 2023 the Court was hit by "
      "another cyberattack on its systems."),
     "cyberattack", 2),
    ("named-after-headline", "sanction",
     ("Washington sanctions two more judges of the Court\n\nThe United States said on Thursday it had imposed sanctions on "
      "two judges of the International Criminal Court. Both judges, Ana Ruiz and Ben Tal, were listed, "
      "Secretary Rubio said, under a presidential order that allows penalties on people who work for the "
      "Court."),
     None, 1),
    ("similar-round-earlier", "sanction",
     ("Critics called the fresh US sanctions against two judges of the International Criminal Court an attack on "
      "justice. The step came after similar sanctions imposed on four of their colleagues in June."),
     None, 2),
]


TOLD_AGAIN_XFAIL = {
    "similar-round-earlier": "a later fold of the final pass still joins two rounds naming only 'judges' when one is undated",
}


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
    got = [e for e in result.events if e.type == etype and e.attributes.get("kind") == kind]
    assert len(got) == n, [(e.roles, e.date) for e in got]

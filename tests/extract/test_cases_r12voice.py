"""Round 12 (voice): probes reduced from REAL pages of the genre (wire round-ups of reactions to the
warrants and the sanctions, foreign ministers' posts, EU and UN statements, NGO releases, joint
statements of States read at the General Assembly).

Every statement, condemnation, commitment or support those pages were read wrongly on was reduced to
the construction behind it, and each construction is probed here in our own words (other names, other
verbs, other order), with near-misses that must not fire. No sentence of a real page is used.

Statement probes run through the whole pipeline under a scraped page's menu; ``count`` is the number of
statements, ``neg`` wants no statement with an author. Voice probes (condemnation, support, commitment)
want an event of the type whose agent is exactly the given ids and whose other roles hold at least the
given ids; ``neg`` wants none by that agent; ``not_role`` names (role, ids) the event must not carry.
"""

from __future__ import annotations

import pytest

from romewatch.extract.pipeline import extract_text

from .events_support import check_statement_probe
from .page_probes import reported_voice_ok

HEADER = "Share this\nWorld news | reactions\n\n"

# (id, text, {role: [names]}, options)
STATEMENTS: list[tuple] = [
    # --- a round-up of reactions: a line naming the speaker with a colon, the quotation under it ------------------
    ("heading-line-over-quote", ("Reactions in the region:\n\nBrazilian Foreign Minister Rui Mendes:\n\n\u201cThe "
     "warrants show that no one is above the law.\u201d"), {"author": ["Rui Mendes"]}, {}),
    ("heading-lines-two-speakers", ("Chile:\n\nPresident Ana Soto:\n\n\u201cWe will cooperate fully.\u201d\n\n"
     "Opposition leader Pedro Lagos:\n\n\u201cThis is a sad day.\u201d"), {"author": ["Pedro Lagos"]}, {"count": 2}),
    ("dash-line-after-quote", ("\u201cThe Court has lost its way.\u201d\n\n\u2014 Senator Mark Dillon:\n\n"
     "Other reactions followed."), {"author": ["Mark Dillon"]}, {}),
    # near-miss: a section heading with a colon names no speaker
    ("neg-heading-no-person", "Key dates:\n\n\u201cHistoric\u201d was the word used by many.", {}, {"neg": True}),
    # --- "X, director at Y, said:" and the quotation on the next line -------------------------------------------
    ("colon-said-next-line-quote", ("Reacting to the new measures against the Court, Lea Brandt, senior counsel at "
     "Justice Forum, said:\n\n\u201cThis is an attack on every victim.\u201d"), {"author": ["Lea Brandt"]}, {}),
    ("colon-added-quote", ("Responding to the decision by the Court, Tomas Berg, legal adviser, added: \u201cWe "
     "expected nothing less.\u201d"), {"author": ["Tomas Berg"]}, {}),
    # near-miss: a banner or a sign "said:" speaks for no one named before it
    ("neg-colon-banner-said", ("Protesters against Mr Omar Bakri gathered outside the Court with banners, including one "
     'that said: "Justice now!"'), {}, {"neg": True}),
    # --- '"X is drifting away from the rule of law," it warned': "it" is the one who spoke before, not X ---------
    ("pronoun-it-after-quote", ("The Swedish Foreign Ministry regretted the step.\n\n\u201cPoland is turning its back "
     'on its treaty duties," it warned on X.'), {"author": ["Sweden"]}, {"count": 1}),
    # --- '"...," the experts said': an unnamed speaker is not a name inside the quotation ---------------------------
    ("neg-unnamed-speaker-not-quoted-name", ('"Sanctioning judges of the Court sabotages justice," the officials '
     "said."), {"author": ["International Criminal Court"]}, {"count": 0}),
    # --- "according to (a State's) media outlet X": the outlet ------------------------------------------------------
    ("according-to-state-media-outlet", ("The leaders will meet in Dushanbe, according to Russian state news agency "
     "TASS."), {"author": ["TASS"]}, {}),
    # --- the page's title "Statement by Ambassador X on behalf of N States ..." is the page's own statement, once ----
    ("title-statement-by-on-behalf-once", ("Statement by Ambassador Lena Holm on behalf of 12 States Parties in defence of the "
     "Court, delivered to the General Assembly on 3 November 2021\n\n"
     "04.11.2021 - Speech\n\nI have the honour to speak on behalf of Chile, Ghana and Peru.\n\nWe reaffirm our "
     "support for the Court."), {"author": ["Lena Holm"]}, {"count": 1}),
    # near-miss: "reiterated its decision to V" is the act told again, not a statement
    ("neg-reiterated-its-decision", ("The party congress had reiterated its decision of last year to stay in the "
     "Court."), {}, {"neg": True}),
    # --- '"...," recalled the spokesperson for the ministry, X,': the person after the verb -------------------------
    ("inverted-recalled-spokesperson-for", ("\u201cWe are not bound by the Statute,\u201d recalled the spokesperson "
     "for Serbian diplomacy, Milan Ilic, on Friday."), {"author": ["Milan Ilic"]}, {}),
    ("inverted-countered-minister", ('"The case is closed," countered the interior minister, Kurt Weber.'),
     {"author": ["Kurt Weber"]}, {}),
]

ICC = {"court:icc"}
AGENT = "agent"
# (id, text, type, roles (role -> ids; the agent must match exactly), options)
VOICE: list[tuple] = [
    # --- "X called / described / denounced the decision as ...": the decision told before is the Court's ----------
    ("co-described-decision-after-warrant", ("Judges of the International Criminal Court issued a warrant for the "
     "defence minister last week. Senator Dana Holt described the decision as outrageous."),
     "condemnation", {"agent": {"person:dana-holt"}, "target": ICC}, {}),
    ("co-dismissed-move-after-warrant", ("The International Criminal Court issued arrest warrants for two generals. "
     "Foreign Minister Petra Nemec dismissed the move as a political stunt."), "condemnation",
     {"agent": {"person:petra-nemec"}, "target": ICC}, {}),
    # the description's own names are not the target
    ("co-denounced-decision-as-test-of", ("The International Criminal Court issued a warrant for the minister. "
     "Ambassador Eli Navon denounced the decision as shameful and a test of Canada's friendship."), "condemnation",
     {"agent": {"person:eli-navon"}, "target": ICC}, {"not_role": ("target", {"state:ca"})}),
    ("co-condemned-allegations-accusing-icc", ("Senator Paul Ward condemned the allegations, calling them a smear and "
     "accusing the ICC of bias."), "condemnation", {"agent": {"person:paul-ward"}, "target": ICC}, {}),
    # --- "condemned the US sanctions": the State whose measures they are ---------------------------------------------
    ("co-condemned-us-sanctions", ("The rapporteur, Anna Lind, condemned the latest US sanctions targeting "
     "two judges of the Court."), "condemnation", {"agent": {"person:anna-lind"}, "target": {"state:us"}}, {}),
    ("co-denounced-british-measures", ("Amnesty International denounced the new British measures against the "
     "prosecutor."), "condemnation", {"agent": {"org:amnesty-international"}, "target": {"state:gb"}}, {}),
    ("co-deplored-russian-warrants", ("Norway deplored the Russian arrest warrants against the President of the "
     "Court."), "condemnation", {"agent": {"state:no"}, "target": {"state:ru"}}, {}),
    ("co-criticised-american-designations", ("Ireland sharply criticised the US designations of four "
     "officials of the Court."), "condemnation", {"agent": {"state:ie"}, "target": {"state:us"}}, {}),
    # --- '"It is regrettable that X ...," the minister wrote': the one quoted regrets X's act -------------------------
    ("co-it-regrettable-that-quote", ('"It is most regrettable that Hungary is leaving the Court," Foreign '
     "Minister Karl Moser wrote on X."), "condemnation", {"agent": {"person:karl-moser"}, "target": {"state:hu"}}, {}),
    ("co-it-unacceptable-that-said", ('"It is unacceptable that Washington punishes judges for doing their work," '
     "said Lucia Ferraro."), "condemnation", {"agent": {"person:lucia-ferraro"}, "target": {"state:us"}}, {}),
    # --- a State's court finding someone guilty, or a treaty unconstitutional, rules; it does not condemn ----------
    ("neg-co-city-court-found-guilty", ("The Moscow City Court found the three ICC judges guilty of unlawful "
     "prosecution."), "condemnation", {"agent": {"org:moscow-city-court"}}, {"neg": True}),
    ("co-kremlin-found-warrant-outrageous", "The Kremlin found the warrant outrageous.", "condemnation",
     {"agent": {"state:ru"}}, {}),
    # --- "ready to V" said of a third party by a critic, or as a description, is no commitment --------------------------
    ("neg-cm-critic-says-state-ready-to", ('"It is a brutal step," said Maria Lind of Amnesty International. '
     '"The US is ready to punish a court that stands up for victims," she added.'), "commitment",
     {"agent": {"state:us"}}, {"neg": True}),
    ("neg-cm-puppet-always-ready-to", ("Oleg Sorin said the Court was a tool of the West, always ready to deliver "
     "verdicts on order."), "commitment", {"agent": ICC}, {"neg": True}),
    ("cm-state-ready-to-own-minister", '"Canada is ready to help the Court," said Foreign Minister Jean Roy.',
     "commitment", {"agent": {"state:ca"}}, {}),
    # --- another's commitment weighed or recalled, a threat told as "would", are no commitment told ----------------
    ("neg-cm-move-underscores-commitment", ("Spain said it would execute the warrant. The announcement underscores "
     "Spain's commitment to uphold international law."), "commitment", {"agent": {"state:es"}}, {"count": 1}),
    ("neg-cm-test-of-commitment", ("Ambassador Eli Navon called the ruling a test of Canada's commitment to the "
     "security of its allies."), "commitment", {"agent": {"state:ca"}}, {"neg": True}),
    ("neg-cm-in-line-with-its-commitment", ("In line with its steady commitment to international justice, "
     "Portugal restates its attachment to the Court's work."), "commitment",
     {"agent": {"state:pt"}}, {"neg": True}),
    ("neg-cm-bullet-affirm-their-commitment", ("Recommendations to States Parties:\n\n\u2022 Affirm their commitment "
     "to strengthen the Court and its independence."), "commitment", {"agent": {"court:states-parties"}}, {"neg": True}),
    ("neg-cm-call-to-reiterate-commitment", ("We call upon all States Parties to reiterate their commitment to defend "
     "the Rome Statute."), "commitment", {"agent": {"court:states-parties"}}, {"neg": True}),
    ("neg-cm-body-committed-to-description", "We need a strong Assembly committed to defending the Court.",
     "commitment", {"agent": {"court:asp"}}, {"neg": True}),
    ("neg-cm-will-take-part", "The 120 member countries, including two new members, will take part.",
     "commitment", {"agent": {"court:states-parties"}}, {"neg": True}),
    ("neg-cm-necessary-steps-from-court", ("An official said the US would take all necessary steps to shield its "
     "soldiers from cases brought by the International Criminal Court."), "commitment", {"agent": {"state:us"}},
     {"neg": True}),
    ("cm-remains-committed-to", "Chile remains committed to supporting the Court.", "commitment",
     {"agent": {"state:cl"}}, {}),
    ("cm-reaffirmed-its-commitment", "Canada reaffirmed its commitment to support the Court.", "commitment",
     {"agent": {"state:ca"}}, {}),
    ("cm-welcomed-others-commitment", "The President welcomed Japan's commitment to host the next retreat.",
     "commitment", {"agent": {"state:jp"}}, {}),
    ("neg-cm-would-deny-visas", ("Mike Pompeo, the Secretary of State, said the United States would refuse or withdraw visas "
     "for Court staff."), "commitment", {"agent": {"state:us"}}, {"neg": True}),
    ("neg-cm-ready-to-sanction", '"Washington stands ready to sanction every judge," the senator said.',
     "commitment", {"agent": {"state:us"}}, {"neg": True}),
    # --- support: "endorses the crimes", "defends its life" are no support of another --------------------------------
    ("neg-su-endorses-crimes", ('"The order shows that the President endorses the crimes of the Israeli '
     'government," said Maria Lind of Amnesty International.'), "support",
     {"agent": {"person:maria-lind"}}, {"neg": True}),
    ("neg-su-defends-its-citizens", '"Israel defends its citizens against terrorists," the minister said.',
     "support", {"agent": {"state:il"}}, {"neg": True}),
    ("neg-su-participle-in-description", ("The bill targets foreign persons engaged with or supporting the Court's "
     "work on American citizens."), "support", {"agent": {"state:us"}}, {"neg": True}),
    ("neg-su-asked-to-show-respect", ("Human Rights Watch called on States to show their respect for the Court's "
     "ruling."), "support", {"agent": {"org:human-rights-watch"}}, {"neg": True}),
    ("neg-su-accused-of-support-for-terror", "Senator Jo Reed accused the rapporteur of expressing support for terrorism.",
     "support", {"agent": {"person:jo-reed"}}, {"neg": True}),
    ("su-expressed-support-for-court", "Senator Jo Reed expressed support for the Court.", "support",
     {"agent": {"person:jo-reed"}, "beneficiary": ICC}, {}),
    ("neg-su-celebrate-anniversary", "Chile celebrates the twentieth anniversary of the Rome Statute this year.",
     "support", {"agent": {"state:cl"}}, {"neg": True}),
    ("co-it-regrettable-agent-is-speaker", ("The Court issued its ruling on Monday.\n\n\u201cIt is regrettable "
     "that Hungary is leaving the Court,\u201d Foreign Minister Karl Moser wrote on X."), "condemnation",
     {"agent": {"person:karl-moser"}, "target": {"state:hu"}}, {"count": 1}),
    ("su-defends-the-court", "Slovenia defended the Court against the sanctions.", "support",
     {"agent": {"state:si"}, "beneficiary": ICC}, {}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("probe", STATEMENTS, ids=[p[0] for p in STATEMENTS])
def test_r12_statement(probe: tuple) -> None:
    pid, text, roles, opts = probe
    if pid in XFAIL:
        pytest.xfail(XFAIL[pid])
    check_statement_probe(extract_text(HEADER + text), roles, dict(opts))


@pytest.mark.parametrize("probe", VOICE, ids=[p[0] for p in VOICE])
def test_r12_voice(probe: tuple) -> None:
    if probe[0] in XFAIL:
        pytest.xfail(XFAIL[probe[0]])
    ok, got = reported_voice_ok(probe, HEADER)
    assert ok, got

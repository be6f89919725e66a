"""Round 10 (voice): condemnation and commitment probes told as background in long-reads.

Eight documents (a scraped news analysis, an NGO Q&A page, a PDF-wrapped court-watch analysis, a
scraped wire story, a newsletter diary, an NGO statement, a wire timeline, a joint ministers' statement)
were run through the extractor; every wrong or missing condemnation or commitment was reduced to a
probe below (participles, "a move X called ...", relative clauses, possessive nominalisations, quotes
inside quotes, conditions on a visit), with near-misses that must not fire. The expected event must
carry the given agent (exactly, unless ``agent_any``) and at least the given other roles; ``neg``
probes must yield no event of that type by that agent (or by anyone, with ``any_agent_neg``);
``not_target`` names ids the matching event must not carry; ``action_has`` / ``action_not`` are
words its action must / must not contain.
"""

from __future__ import annotations

import pytest

from .events_support import case_ids
from .page_probes import assert_voice_probe

HEADERS = {
    "none": "",
    "joint": "Joint statement by the Foreign Ministers of Belgium, Ireland and Spain\n\n",
    "ngo": "Statement by the Coalition for the International Criminal Court\n\n",
}
VOICE = {
    "joint": {"state:be", "state:ie", "state:es"},
    "ngo": {"org:coalition-for-the-icc"},
}
ICC = {"court:icc"}
US = {"state:us"}
RU = {"state:ru"}
HU = {"state:hu"}

# (id, text, type, roles (role -> ids; the agent must match exactly), options)
PROBES = [
    # --- condemnation: participles and appositions ---------------------------------------------------
    ("co-participle-denounced-by",
     "Washington's sanctions, denounced by the Netherlands as an attack on the host state itself, came after months of warnings.",
     "condemnation", {"agent": {"state:nl"}, "target": US}, {}),
    ("co-participle-criticised-by-for",
     "Mongolia, criticised by the Court for failing to arrest Vladimir Putin, is expected to address the Assembly on Thursday.",
     "condemnation", {"agent": ICC, "target": {"state:mn"}}, {}),
    ("co-participle-condemned-by-list",
     "The executive order, condemned by France, Germany and Spain, took effect on 6 February 2025.",
     "condemnation", {"agent": {"state:fr", "state:de", "state:es"}}, {}),
    ("co-participle-rejected-by-relcl",
     "The decision of the United States, rejected by Brazil as unlawful, was announced on Friday.",
     "condemnation", {"agent": {"state:br"}, "target": US}, {}),
    ("co-having-condemned",
     "France, having condemned the Russian warrants in 2023, remained silent this time.",
     "condemnation", {"agent": {"state:fr"}, "target": RU}, {}),
    ("co-having-denounced-fronted",
     "Having denounced the sanctions imposed by the United States in February, Spain summoned the US ambassador.",
     "condemnation", {"agent": {"state:es"}, "target": US}, {}),
    ("co-relcl-passive-criticised-by",
     "The measures imposed by Washington, which were also criticised by Canada, target four judges.",
     "condemnation", {"agent": {"state:ca"}}, {}),
    ("co-critics-including",
     "Critics, including Amnesty International, said the sanctions were an assault on international justice.",
     "condemnation", {"agent": {"org:amnesty-international"}}, {}),
    ("co-visited-without-being-arrested",
     "Amnesty International deplored that Putin had travelled to Mongolia without being detained.",
     "condemnation", {"agent": {"org:amnesty-international"}, "target": {"state:mn"}}, {"not_target": {"person:vladimir-putin"}}),
    # --- "a move X called ..." --------------------------------------------------------------------------
    ("co-a-move-called",
     "Hungary's decision to leave the Court, a move Amnesty International called a shameful betrayal of victims, took effect in June.",
     "condemnation", {"agent": {"org:amnesty-international"}, "target": HU}, {}),
    ("co-a-step-condemned-as",
     "The Philippines withdrew from the Court in 2019, a step Human Rights Watch condemned as an attempt to escape accountability.",
     "condemnation", {"agent": {"org:human-rights-watch"}, "target": {"state:ph"}}, {}),
    ("co-a-decision-that-described",
     "Burkina Faso announced its withdrawal from the Statute, a decision that Senegal described as deeply regrettable.",
     "condemnation", {"agent": {"state:sn"}, "target": {"state:bf"}}, {}),
    ("co-which-described-as",
     "Russia issued warrants for the arrest of the Prosecutor, which the European Union described as unacceptable.",
     "condemnation", {"agent": {"igo:eu"}, "target": RU}, {}),
    ("co-which-misattached-to-people",
     "Russia issued warrants against the judges, which the EU described as a blatant attempt to intimidate the Court.",
     "condemnation", {"agent": {"igo:eu"}, "target": RU}, {"not_target": {"court:judges"}}),
    ("co-called-corrosive",
     "UN rights chief Volker Türk called the measures deeply corrosive.",
     "condemnation", {"agent": {"person:volker-turk"}}, {}),
    ("co-learned-with-regret-of-dash-list",
     "The Presidency of the Assembly of States Parties has learned with deep regret of the decision announced yesterday by the Government of the United States of America to designate two judges of the Court – Judge Kimberly Prost and Judge Nicolas Guillou.",
     "condemnation", {"agent": {"court:asp-presidency"}, "target": US}, {"not_target": {"person:kimberly-prost"}}),
    # --- possessive nominalisations ------------------------------------------------------------------------
    ("co-poss-rebuke-of",
     "Kenya's rebuke of the American measures surprised observers in Nairobi.",
     "condemnation", {"agent": {"state:ke"}, "target": US}, {}),
    ("co-poss-condemnation-of",
     "Norway's condemnation of the Russian warrants came within hours.",
     "condemnation", {"agent": {"state:no"}, "target": RU}, {}),
    ("co-poss-criticism-of",
     "Ireland's criticism of the sanctions imposed by the United States was echoed by Belgium.",
     "condemnation", {"agent": {"state:ie"}, "target": US}, {}),
    # --- plain news forms that must keep working -------------------------------------------------------
    ("co-drew-condemnation-from",
     "The sanctions imposed by the United States drew condemnation from France and Germany.",
     "condemnation", {"agent": {"state:fr", "state:de"}, "target": US}, {}),
    ("co-was-condemned-by",
     "The designation of the judges by the United States was condemned by Slovenia and Spain.",
     "condemnation", {"agent": {"state:si", "state:es"}, "target": US}, {}),
    ("co-sharply-worded",
     "Brazil, in a sharply worded statement, rejected any attempt by the United States to intimidate the Court.",
     "condemnation", {"agent": {"state:br"}}, {}),
    ("co-relcl-had-condemned",
     "Spain, which had condemned the US designations in February, summoned the American chargé d'affaires.",
     "condemnation", {"agent": {"state:es"}, "target": US}, {}),
    ("co-met-with-rebuke-from",
     "Two years ago, Moscow's decision to open criminal cases against the Prosecutor met with a rebuke from the European Union.",
     "condemnation", {"agent": {"igo:eu"}, "target": RU}, {}),
    ("co-was-met-with-criticism",
     "The sanctions imposed by Washington were met with sharp criticism from Brazil and Mexico.",
     "condemnation", {"agent": {"state:br", "state:mx"}}, {}),
    # --- near-misses ----------------------------------------------------------------------------------------
    ("co-neg-relative-described-deep-bad",
     "In September 2023, the ICC disclosed an attack on its systems that it later described as an act of espionage aimed at undermining its mandate.",
     "condemnation", {}, {"neg": True, "any_agent_neg": True}),
    ("co-neg-rejected-a-motion",
     "Portugal's parliament, by contrast, rejected a motion condemning the sanctions.",
     "condemnation", {}, {"neg": True, "any_agent_neg": True}),
    ("co-neg-commit-to-raising-concerns",
     "We will continue to work with all partners, and we commit to raising these concerns at the forthcoming session of the Assembly of States Parties.",
     "condemnation", {}, {"voice": "joint", "neg": True}),
    ("co-neg-ready-to-cosponsor-condemning",
     "Luxembourg said it was ready to co-sponsor a resolution condemning all forms of coercion against the Court.",
     "condemnation", {"agent": {"state:lu"}}, {"neg": True}),
    ("co-neg-relcl-consider-dup",
     "We deplore the sanctions imposed on officials of the Court, which we consider incompatible with the rule of law.",
     "condemnation", {}, {"voice": "joint", "count": 1}),
    # --- commitment ------------------------------------------------------------------------------------
    ("cm-arrest-if-visited",
     "Germany had initially said it would arrest Netanyahu if he visited.",
     "commitment", {"agent": {"state:de"}}, {"action_has": "arrest"}),
    ("cm-relcl-arrest-if-set-foot",
     "France, which has said it would arrest Vladimir Putin if he set foot on its territory, hosted the talks.",
     "commitment", {"agent": {"state:fr"}}, {"action_has": "arrest"}),
    ("cm-quoted-bloc-would-continue",
     "The EU's foreign policy chief, Kaja Kallas, said the bloc would “continue to support the court”.",
     "commitment", {}, {"agent_any": True, "action_has": "support"}),
    ("cm-had-pledged-money",
     "In the months before the session, Denmark had pledged an extra €2 million for the Court's budget.",
     "commitment", {"agent": {"state:dk"}}, {}),
    ("cm-committed-to-seconding",
     "Sweden committed to seconding two investigators to the Office of the Prosecutor.",
     "commitment", {"agent": {"state:se"}}, {"action_has": "seconding"}),
    ("cm-ready-co-sponsor-action",
     "Luxembourg said it was ready to co-sponsor a resolution on the protection of the Court.",
     "commitment", {"agent": {"state:lu"}}, {"action_has": "co-sponsor"}),
    ("cm-two-clauses-cut",
     "We will continue to work with all partners, and we commit to raising these concerns at the next session.",
     "commitment", {}, {"voice": "joint", "action_has": "work with all partners", "action_not": "commit"}),
    ("cm-insisted-would-continue",
     "Norway insisted it would continue to fund the Court's witness protection programme.",
     "commitment", {"agent": {"state:no"}}, {}),
    ("cm-having-promised",
     "Poland's government, having promised to guarantee safe passage to Israeli officials, was criticised by rights groups.",
     "commitment", {"agent": {"state:pl"}}, {}),
    ("cm-according-to-vowed",
     "According to diplomats present, Austria also vowed to raise the issue at the next session of the Assembly.",
     "commitment", {"agent": {"state:at"}}, {}),
    ("cm-a-pledge-to",
     "Canada's pledge to shield its nationals working for the Court was welcomed by the Prosecutor.",
     "commitment", {"agent": {"state:ca"}}, {}),
    ("cm-remained-ready",
     "The Dutch foreign minister said the Netherlands remained ready to host the Court's new detention centre.",
     "commitment", {}, {"agent_any": True, "action_has": "host"}),
    ("cm-will-keep-supporting",
     "Estonia will keep supporting the Court, whatever the cost, the foreign minister told reporters.",
     "commitment", {"agent": {"state:ee"}}, {}),
    ("cm-told-that-will-keep",
     "Chile's foreign minister told a Senate committee that Chile “will keep supporting the Court, whatever the pressure”.",
     "commitment", {"agent": {"state:cl"}}, {"action_has": "supporting"}),
    ("cm-pledged-dollars",
     "Japan has pledged $3 million to the Trust Fund for Victims, officials said.",
     "commitment", {"agent": {"state:jp"}}, {}),
    ("cm-would-hand-over-if-entered",
     "Brazil said it would hand over Putin to the Court should he travel to Rio de Janeiro.",
     "commitment", {"agent": {"state:br"}}, {}),
    ("cm-continue-to-do-so",
     "Norway said it had increased its contribution and would continue to do so.",
     "commitment", {"agent": {"state:no"}}, {"action_has": "increase its contribution"}),
    # --- near-misses ----------------------------------------------------------------------------------------
    ("cm-neg-forecast-would-weaken",
     "Critics, including Switzerland and Costa Rica, said they would weaken the fight against impunity.",
     "commitment", {}, {"neg": True, "any_agent_neg": True}),
    ("cm-neg-court-routine-told",
     "Reuters\nBy Anna Holligan\n\nIn its annual report, the Court said it will publish its budget proposal in July.",
     "commitment", {}, {"neg": True, "any_agent_neg": True}),
    ("cm-neg-russia-would-arrest-prosecutor",
     "Russia said it would arrest the Prosecutor, Karim Khan, if he entered its territory.",
     "commitment", {}, {"neg": True, "any_agent_neg": True}),
    ("cm-neg-resolved-session-held",
     "By the same text, the Assembly resolved that its twenty-fifth session would be held in The Hague.",
     "commitment", {}, {"neg": True, "any_agent_neg": True}),
    ("cm-neg-quote-in-quote-straight",
     "As one member put it: \"Those who sanction the Court are saying to victims: 'We will make sure you never see justice.'\"",
     "commitment", {}, {"voice": "ngo", "neg": True}),
    ("cm-neg-whatever-actions-from",
     "“The United States will take whatever actions we deem necessary to protect our sovereignty from illegitimate actions by the ICC,” Rubio said.",
     "commitment", {}, {"neg": True, "any_agent_neg": True}),
    ("cm-whatever-steps-to-ensure",
     "Norway will take whatever steps are needed to ensure the Court can work.",
     "commitment", {"agent": {"state:no"}}, {}),
    ("cm-neg-quote-in-quote-sanctioner",
     "As one member put it: “Those who sanction the Court are saying to victims: ‘We will make sure you never see justice.’”",
     "commitment", {}, {"voice": "ngo", "neg": True}),
    ("cm-neg-hypothetical-would-if-asked",
     "Analysts said Italy would probably arrest him if asked, but Rome has said nothing.",
     "commitment", {"agent": {"state:it"}}, {"neg": True}),
    ("cm-neg-court-will-hold-session",
     "The Court will hold its regular session in The Hague in December.",
     "commitment", {}, {"neg": True, "any_agent_neg": True}),
]

XFAIL: dict[str, str] = {
    "cm-quoted-bloc-would-continue": "'the bloc' (tagged a proper noun) is no mention of the EU, so the told promise has no named agent",
}


@pytest.mark.parametrize("probe", PROBES, ids=case_ids(PROBES))
def test_r10_voice(probe: tuple) -> None:
    assert_voice_probe(probe, HEADERS, VOICE, XFAIL)

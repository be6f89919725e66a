"""Round 7 (voice): who condemns, supports or commits to what, across the constructions of the genre.

Each probe is one or two sentences of the genre (news wire, press release, joint statement, NGO
statement, UN experts), run through the whole pipeline. The expected event must carry the given
agent (exactly) and at least the given other roles. ``neg`` probes must yield no event of that type
by that agent: negations, hypotheticals, questions, what someone else did. Written from how
diplomats, NGOs, journalists and the Court write, not from the rules.
"""

from __future__ import annotations

import pytest

from romewatch.extract.pipeline import extract_text

JOINT = "Joint statement delivered by Chile on behalf of Chile, Peru and Spain.\n\n"
NGO = "Statement by Amnesty International to the Assembly of States Parties\n\n"
HEADERS = {"joint": JOINT, "ngo": NGO, "none": ""}
VOICE = {"joint": {"state:cl", "state:pe", "state:es"}, "ngo": {"org:amnesty-international"}}
ICC = {"court:icc"}
US = {"state:us"}
HU = {"state:hu"}

# (id, text, type, roles (role -> ids; the agent must match exactly), options)
PROBES = [
    # --- condemnation: verbs of the genre, reported ----------------------------------------------
    ("co-denounced", "France denounced the sanctions imposed by the United States on four judges of the Court.",
     "condemnation", {"agent": {"state:fr"}, "target": US}, {}),
    ("co-deplored-eu", "The European Union deplored the decision of Hungary to leave the Rome Statute.",
     "condemnation", {"agent": {"igo:eu"}, "target": HU}, {}),
    ("co-decried", "Human Rights Watch decried the designations as an attack on international justice.",
     "condemnation", {"agent": {"org:human-rights-watch"}}, {}),
    ("co-rejected", "Spain rejected the measures announced by Washington against the Prosecutor.",
     "condemnation", {"agent": {"state:es"}, "target": US}, {}),
    ("co-slammed", "Amnesty International slammed the US sanctions as “a shameful assault on justice”.",
     "condemnation", {"agent": {"org:amnesty-international"}, "target": US}, {}),
    ("co-criticised", "Germany criticised Hungary’s decision to withdraw from the Court.",
     "condemnation", {"agent": {"state:de"}, "target": HU}, {}),
    ("co-criticized-us", "Canada criticized the Russian arrest warrants issued against ICC judges.",
     "condemnation", {"agent": {"state:ca"}, "target": {"state:ru"}}, {}),
    ("co-lambasted", "Belgium lambasted the executive order signed by President Trump.",
     "condemnation", {"agent": {"state:be"}}, {}),
    ("co-censured", "The Assembly of States Parties censured Mongolia for failing to arrest Vladimir Putin.",
     "condemnation", {"agent": {"court:asp"}, "target": {"state:mn"}}, {}),
    ("co-expressed-deep-concern", "Ireland expressed deep concern at the sanctions imposed by the United States.",
     "condemnation", {"agent": {"state:ie"}, "target": US}, {}),
    ("co-voiced-alarm", "Norway voiced alarm over the threats made by Russia against the Prosecutor.",
     "condemnation", {"agent": {"state:no"}, "target": {"state:ru"}}, {}),
    ("co-regretted", "Mexico regretted the announcement by Burkina Faso of its withdrawal.",
     "condemnation", {"agent": {"state:mx"}, "target": {"state:bf"}}, {}),
    ("co-objected", "South Africa objected strongly to the sanctions imposed by the United States.",
     "condemnation", {"agent": {"state:za"}, "target": US}, {}),
    ("co-protested", "Switzerland protested against the criminal case opened by Russia against the judges.",
     "condemnation", {"agent": {"state:ch"}, "target": {"state:ru"}}, {}),
    ("co-called-unacceptable", "Luxembourg called the designations unacceptable.",
     "condemnation", {"agent": {"state:lu"}}, {}),
    ("co-coordinated", "France, Germany and Italy condemned the sanctions imposed by Washington.",
     "condemnation", {"agent": {"state:fr", "state:de", "state:it"}, "target": US}, {}),
    ("co-passive-by", "The sanctions were condemned by Slovenia and Portugal.",
     "condemnation", {"agent": {"state:si", "state:pt"}}, {}),
    ("co-nominal-condemnation", "Brazil issued a strong condemnation of the sanctions imposed by the United States.",
     "condemnation", {"agent": {"state:br"}, "target": US}, {}),
    ("co-according-to", "According to a statement from its foreign ministry, Finland condemned the measures taken by the United States.",
     "condemnation", {"agent": {"state:fi"}, "target": US}, {}),
    ("co-headline", "EU condemns US sanctions on ICC judges",
     "condemnation", {"agent": {"igo:eu"}, "target": US}, {}),
    ("co-said-it-condemned", "Austria said it condemned the designation of the Prosecutor by the United States.",
     "condemnation", {"agent": {"state:at"}, "target": US}, {}),
    ("co-relative", "Denmark, which condemned the sanctions last week, has summoned the US ambassador.",
     "condemnation", {"agent": {"state:dk"}}, {}),
    ("co-hr-commissioner", "The UN High Commissioner for Human Rights denounced the sanctions on the Court's judges.",
     "condemnation", {}, {"agent_any": True}),
    # --- condemnation in the voice ---------------------------------------------------------------
    ("co-we-condemn-us", "We condemn the sanctions imposed by the United States on officials of the Court.",
     "condemnation", {"target": US}, {"voice": "joint"}),
    ("co-we-strongly-reject", "We strongly reject the threats directed at the Court and its officials.",
     "condemnation", {}, {"voice": "joint"}),
    ("co-ngo-deeply-concerned", "We are deeply concerned about Hungary’s notice of withdrawal.",
     "condemnation", {"target": HU}, {"voice": "ngo"}),
    ("co-numbered-deplores", "2. Deplores the measures taken by the United States against officials of the Court;",
     "condemnation", {"target": US}, {"voice": "joint"}),
    # --- condemnation must NOT fire -------------------------------------------------------------
    ("co-neg-did-not", "Italy did not condemn the sanctions imposed on the Court.",
     "condemnation", {"agent": {"state:it"}}, {"neg": True}),
    ("co-neg-refused", "Hungary refused to condemn the sanctions against the judges.",
     "condemnation", {"agent": HU}, {"neg": True}),
    ("co-neg-declined", "Asked whether Washington would condemn the move, a State Department spokesperson declined to comment.",
     "condemnation", {"agent": US}, {"neg": True}),
    ("co-neg-if", "If Hungary were to withdraw, Germany would condemn the decision.",
     "condemnation", {"agent": {"state:de"}}, {"neg": True}),
    ("co-neg-failed", "The Security Council failed to condemn the attacks on the Court.",
     "condemnation", {"agent": {"igo:unsc"}}, {"neg": True}),
    ("co-neg-joint-others", "Several States have condemned the sanctions.",
     "condemnation", {}, {"voice": "joint", "neg": True}),
    # --- support ---------------------------------------------------------------------------------
    ("su-voiced-unwavering", "Slovenia voiced its unwavering support for the International Criminal Court.",
     "support", {"agent": {"state:si"}, "beneficiary": ICC}, {}),
    ("su-reaffirmed-steadfast", "The European Union reaffirmed its steadfast support for the Court and its staff.",
     "support", {"agent": {"igo:eu"}, "beneficiary": ICC}, {}),
    ("su-stands-with", "Norway stands firmly with the ICC and its officials.",
     "support", {"agent": {"state:no"}, "beneficiary": ICC}, {}),
    ("su-solidarity", "Chile expressed solidarity with the judges of the Court.",
     "support", {"agent": {"state:cl"}}, {}),
    ("su-welcomed-accession", "Amnesty International welcomed the accession of Ukraine to the Rome Statute.",
     "support", {"agent": {"org:amnesty-international"}, "beneficiary": {"state:ua"}}, {}),
    ("su-praised", "Israel praised Hungary for its decision to leave the Court.",
     "support", {"agent": {"state:il"}, "beneficiary": HU}, {}),
    ("su-backed", "Brazil backed the Court’s independence in a statement on Monday.",
     "support", {"agent": {"state:br"}, "beneficiary": ICC}, {}),
    ("su-defended", "Ireland defended the Prosecutor against what it called unfounded attacks.",
     "support", {"agent": {"state:ie"}}, {}),
    ("su-commended", "Sweden commended the Registry for its work on witness protection.",
     "support", {"agent": {"state:se"}, "beneficiary": {"court:registry"}}, {}),
    ("su-coordinated", "Costa Rica and Uruguay reaffirmed their support for the Court.",
     "support", {"agent": {"state:cr", "state:uy"}, "beneficiary": ICC}, {}),
    ("su-we-stand-interrupted", "We stand, and will continue to stand, with the Court.",
     "support", {"beneficiary": ICC}, {"voice": "joint"}),
    ("su-numbered-reaffirms", "3. Reaffirms its strong support for the International Criminal Court;",
     "support", {"beneficiary": ICC}, {"voice": "joint"}),
    ("su-we-full-confidence", "We have full confidence in the judges of the Court.",
     "support", {}, {"voice": "joint"}),
    ("su-ngo-welcome", "We welcome the ratification of the Rome Statute by Ukraine.",
     "support", {"beneficiary": {"state:ua"}}, {"voice": "ngo"}),
    ("su-neg-withdrew", "Hungary withdrew its support for the Court.",
     "support", {"agent": HU}, {"neg": True}),
    ("su-neg-joint-others", "Several States have expressed their support for the Court.",
     "support", {}, {"voice": "joint", "neg": True}),
    ("su-neg-question", "Will the European Union support the Court?",
     "support", {"agent": {"igo:eu"}}, {"neg": True}),
    # --- commitment ------------------------------------------------------------------------------
    ("cm-pledged-to", "Germany pledged to increase its voluntary contribution to the Trust Fund for Victims.",
     "commitment", {"agent": {"state:de"}}, {}),
    ("cm-vowed", "The Prosecutor vowed to pursue the investigation despite the sanctions.",
     "commitment", {}, {"agent_any": True}),
    ("cm-will-continue", "The Court said it will continue to carry out its mandate independently.",
     "commitment", {"agent": ICC}, {}),
    ("cm-reaffirms-commitment", "Spain reaffirms its commitment to the universality of the Rome Statute.",
     "commitment", {"agent": {"state:es"}}, {}),
    ("cm-remains-committed", "The ICC remains committed to its mandate.",
     "commitment", {"agent": ICC}, {}),
    ("cm-undertook", "Argentina undertook to cooperate fully with the Court.",
     "commitment", {"agent": {"state:ar"}}, {}),
    ("cm-intends", "Ghana intends to conclude an enforcement agreement with the Court in 2026.",
     "commitment", {"agent": {"state:gh"}}, {}),
    ("cm-promised", "Poland promised to arrest any suspect who enters its territory.",
     "commitment", {"agent": {"state:pl"}}, {}),
    ("cm-we-stand-ready", "We stand ready to support the Court in every way we can.",
     "commitment", {}, {"voice": "joint"}),
    ("cm-we-will-not-waver", "We will not waver in our commitment to the Court.",
     "commitment", {}, {"voice": "joint"}),
    ("cm-ngo-will-keep", "We will keep pressing for accountability for crimes in Darfur.",
     "commitment", {}, {"voice": "ngo"}),
    ("cm-neg-if", "If it were to receive a request, Hungary would consider cooperating.",
     "commitment", {"agent": HU}, {"neg": True}),
    ("cm-neg-refused", "Mongolia refused to commit to arresting the suspect.",
     "commitment", {"agent": {"state:mn"}}, {"neg": True}),
    ("cm-neg-did-not-pledge", "The United States did not pledge to lift the sanctions.",
     "commitment", {"agent": US}, {"neg": True}),
]

# constructions fixed in round 7 (kept apart from the first-run list above)
PROBES += [
    ("su-coordinated-verbs-one", "Israel welcomed the step and praised Hungary for its courage.",
     "support", {"agent": {"state:il"}, "beneficiary": HU}, {"max": 1}),
    ("su-two-acts-two", "France welcomed the accession of Ukraine and commended the Registry for its work.",
     "support", {"agent": {"state:fr"}, "beneficiary": {"court:registry"}}, {"min": 2}),
    ("cm-committed-and-continue-one", "The ICC remains committed to its mandate and will continue to carry out its work.",
     "commitment", {"agent": ICC}, {"max": 1}),
    ("cm-continue-and-increase-two", "Germany will continue to support the Court and will increase its contribution.",
     "commitment", {"agent": {"state:de"}}, {"min": 2}),
    ("co-others-no-agent", "Several delegations regretted that Hungary had withdrawn from the Statute.",
     "condemnation", {"target": HU}, {"voice": "joint", "no_agent": True}),
    ("co-announcement-far", "Hungary said on Thursday it would withdraw from the Court. " + "Officials gave no details. " * 50
     + "Päivi Kaukoranta said she was concerned by the announcement.",
     "condemnation", {"agent": {"person:paivi-kaukoranta"}, "target": HU}, {}),
    ("su-described-historic", "Ukraine described the warrant issued by the Court as a historic step towards justice.",
     "support", {"agent": {"state:ua"}, "beneficiary": ICC}, {}),
    ("su-called-courageous", "Israel called the decision of Hungary courageous.",
     "support", {"agent": {"state:il"}, "beneficiary": HU}, {}),
    ("su-neg-called-mistake", "Germany called the decision of Hungary a historic mistake.",
     "support", {"agent": {"state:de"}}, {"neg": True}),
    ("cm-neg-hostile-consequences", "Marco Rubio said: “We will continue to respond with tangible consequences to the ICC’s lawfare.”",
     "commitment", {"agent": US | {"person:marco-rubio"}}, {"neg": True}),
    ("cm-neg-target-you", "Twelve senators told Karim Khan: “Target Israel and we will target you.”",
     "commitment", {}, {"neg": True, "any_agent_neg": True}),
    ("co-clause-thing-no-target", "We do not accept that cooperation with the Court is optional.",
     "condemnation", {}, {"voice": "joint", "no_target": True}),
    ("co-clause-passive-victims", "We cannot accept that officials of the Court are punished for doing their work.",
     "condemnation", {}, {"voice": "joint", "no_target": True}),
    ("co-clause-actor", "We cannot accept that Washington punishes judges of the Court.",
     "condemnation", {"target": US}, {"voice": "joint"}),
    ("co-clause-passive-act", "We regret that the decision of Hungary to leave the Court was taken without consultation.",
     "condemnation", {"target": HU}, {"voice": "joint"}),
    # --- second probe list, written after the first fixes (first run 23/32) ---
    ("co2-participial", "Condemning the sanctions imposed by Washington, Ireland said the Court must remain independent.", "condemnation", {"agent": {"state:ie"}, "target": US}, {}),
    ("co2-drew-from", "The sanctions drew swift condemnation from France and Spain.", "condemnation", {"agent": {"state:fr", "state:es"}}, {}),
    ("co2-for-its-part", "Belgium, for its part, condemned the measures taken by the United States.", "condemnation", {"agent": {"state:be"}, "target": US}, {}),
    ("co2-among-first", "Ireland was among the first to condemn the sanctions.", "condemnation", {"agent": {"state:ie"}}, {}),
    ("co2-called-outrageous", "Amnesty International called the US sanctions “an outrageous attack on justice”.", "condemnation", {"agent": {"org:amnesty-international"}, "target": US}, {}),
    ("co2-said-disgrace", "Human Rights Watch said the designations by the United States were a disgrace.", "condemnation", {"agent": {"org:human-rights-watch"}, "target": US}, {}),
    ("co2-regret-over", "Mexico expressed regret over Hungary’s decision to withdraw.", "condemnation", {"agent": {"state:mx"}, "target": HU}, {}),
    ("co2-opposition-to", "Canada voiced its opposition to the sanctions imposed by the United States.", "condemnation", {"agent": {"state:ca"}, "target": US}, {}),
    ("co2-denounced-as", "Israel denounced as lawfare the warrants issued by the Court.", "condemnation", {"agent": {"state:il"}, "target": ICC}, {}),
    ("co2-yet-to", "Italy has yet to condemn the sanctions.", "condemnation", {"agent": {"state:it"}}, {"neg": True}),
    ("co2-stopped-short", "Hungary stopped short of condemning the sanctions.", "condemnation", {"agent": HU}, {"neg": True}),
    ("co2-refrained", "Poland refrained from criticising the United States.", "condemnation", {"agent": {"state:pl"}}, {"neg": True}),
    ("co2-no-state", "No State has condemned the designations.", "condemnation", {}, {"neg": True, "any_agent_neg": True}),
    ("co2-eu-noun-subject", "The European Union's condemnation of the US sanctions was swift.", "condemnation", {"agent": {"igo:eu"}, "target": US}, {}),
    ("su2-congratulated", "Chile congratulated Tomoko Akane on her election as President of the Court.", "support", {"agent": {"state:cl"}, "beneficiary": {"person:tomoko-akane"}}, {}),
    ("su2-thanked-for", "The President thanked Norway for its voluntary contribution to the Trust Fund for Victims.", "support", {"beneficiary": {"state:no"}}, {"agent_any": True}),
    ("su2-hailed-verdict", "Human Rights Watch hailed the verdict delivered by the Court.", "support", {"agent": {"org:human-rights-watch"}, "beneficiary": ICC}, {}),
    ("su2-lent-support", "Spain lent its support to the Prosecutor’s request.", "support", {"agent": {"state:es"}}, {}),
    ("su2-came-out", "Ireland came out in support of the International Criminal Court on Monday.", "support", {"agent": {"state:ie"}, "beneficiary": ICC}, {}),
    ("su2-reiterated-backing", "Germany reiterated its backing for the International Criminal Court.", "support", {"agent": {"state:de"}, "beneficiary": ICC}, {}),
    ("su2-rallied", "European governments rallied behind the Court after the sanctions.", "support", {"beneficiary": ICC}, {"agent_any": True}),
    ("su2-gratitude", "Sierra Leone expressed its gratitude to the Registry.", "support", {"agent": {"state:sl"}, "beneficiary": {"court:registry"}}, {}),
    ("su2-not-expressed", "Hungary has not expressed any support for the Court.", "support", {"agent": HU}, {"neg": True}),
    ("cm2-committed-ing", "Finland committed to increasing its contribution to the Trust Fund for Victims.", "commitment", {"agent": {"state:fi"}}, {}),
    ("cm2-announced-plans", "Armenia announced plans to host a regional seminar on cooperation.", "commitment", {"agent": {"state:am"}}, {}),
    ("cm2-spare-no-effort", "Costa Rica will spare no effort to promote the universality of the Statute.", "commitment", {"agent": {"state:cr"}}, {}),
    ("cm2-intention", "Ecuador affirmed its intention to ratify the Kampala amendments.", "commitment", {"agent": {"state:ec"}}, {}),
    ("cm2-assured", "Mongolia assured the Court that it would cooperate fully in the future.", "commitment", {"agent": {"state:mn"}}, {}),
    ("cm2-readiness", "The Netherlands expressed its readiness to host the special session.", "commitment", {"agent": {"state:nl"}}, {}),
    ("cm2-made-pledge", "Japan made a pledge to double its voluntary contributions.", "commitment", {"agent": {"state:jp"}}, {}),
    ("cm2-neg-unless", "Unless the sanctions are lifted, Hungary would not cooperate.", "commitment", {"agent": HU}, {"neg": True}),
    ("cm2-neg-asked", "Will Mongolia commit to arresting Putin?", "commitment", {"agent": {"state:mn"}}, {"neg": True}),
    ("co2-first-country", "Spain was the first country to condemn the sanctions imposed by the United States.",
     "condemnation", {"agent": {"state:es"}, "target": US}, {}),
    ("cm3-neg-take-office", "Fatou Bensouda will take office in June 2012.",
     "commitment", {}, {"neg": True, "any_agent_neg": True}),
    ("su3-neg-assistance", "The Trust Fund for Victims supports survivors in northern Uganda.",
     "support", {}, {"neg": True, "any_agent_neg": True}),
    ("cm3-joint-support-victims", "We will continue to support victims and survivors.",
     "commitment", {}, {"voice": "joint"}),
]

AGENT = "agent"
XFAIL: dict[str, str] = {
    "cm-vowed": "'The Prosecutor' in an undated text resolves to no person (entities), so the vow has no agent",
    "co2-denounced-as": "'denounced as lawfare the warrants issued by the Court': the object after 'as X' is not found",
    "su2-thanked-for": "'The President' in an undated text resolves to no person (entities)",
    "su2-rallied": "'European governments' names no entity: no supporter",
}


def _events(text: str) -> list:
    return list(extract_text(text).events)


def probe_ok(probe: tuple) -> tuple[bool, list]:
    _pid, sentence, etype, roles, opts = probe
    voice_name = opts.get("voice", "none")
    events = [e for e in _events(HEADERS[voice_name] + sentence) if e.type == etype]
    want_agent = roles.get(AGENT, VOICE.get(voice_name, set()))
    if opts.get("neg"):
        bad = [e for e in events if want_agent & set(e.roles.get(AGENT, [])) or opts.get("any_agent_neg")]
        return not bad, [(e.type, e.roles) for e in events]
    if opts.get("no_agent"):
        want_agent = set()
    hits = [
        e for e in events
        if (opts.get("agent_any") and e.roles.get(AGENT) or set(e.roles.get(AGENT, [])) == want_agent)
        and all(set(ids) <= set(e.roles.get(r, [])) for r, ids in roles.items() if r != AGENT)
    ]
    if opts.get("no_target"):
        hits = [e for e in hits if not e.roles.get("target")]
    mine = hits if opts.get("agent_any") else [e for e in events if set(e.roles.get(AGENT, [])) == want_agent]
    ok = bool(hits) and len(mine) <= opts.get("max", 99) and len(mine) >= opts.get("min", 1)
    return ok, [(e.type, e.roles) for e in events]


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
def test_r7_voice(probe: tuple) -> None:
    if probe[0] in XFAIL:
        pytest.xfail(XFAIL[probe[0]])
    ok, got = probe_ok(probe)
    assert ok, got

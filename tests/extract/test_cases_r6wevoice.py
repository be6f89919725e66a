"""Round 6 (we-voice): what "we" do in statements, joint statements, open letters and NGO interventions.

Each probe is one sentence of the genre placed after a header that sets the voice (a joint statement of
Chile, Peru and Spain, or an NGO statement) and run through the whole pipeline. The event of the
expected type must carry the FULL voice as its agent/claimant: in a joint statement of 60 States one
missed sentence costs 60 arguments. Probes with ``neg`` must yield no event of that type by the voice
(what others do, hypotheticals, questions). Sentences written from how diplomats and NGOs write,
not from the rules.
"""

from __future__ import annotations

import pytest

from romewatch.extract.pipeline import extract_text

JOINT = "Joint statement delivered by Chile on behalf of Chile, Peru and Spain.\n\n"
NGO = "Statement by Amnesty International to the Assembly of States Parties\n\n"
VOICE = {"joint": {"state:cl", "state:pe", "state:es"}, "ngo": {"org:amnesty-international"}}
AGENT = {"support": "agent", "condemnation": "agent", "commitment": "agent", "demand": "claimant"}

# (id, sentence, type, other roles that must hold (role -> ids), options)
PROBES = [
    # --- support ---------------------------------------------------------------------------------
    ("su-stand-interrupted", "We stand, and will continue to stand, with the Court and its officials.", "support",
     {"beneficiary": {"court:icc"}}, {}),
    ("su-full-solidarity", "We express our full solidarity with the judges and staff of the Court.", "support", {}, {}),
    ("su-pay-tribute", "We pay tribute to the courage of the victims and the civil society organisations that support them.",
     "support", {}, {}),
    ("su-salute", "We salute the work of the Prosecutor's Office in extremely difficult circumstances.", "support", {}, {}),
    ("su-reaffirm-unwavering", "We reaffirm our unwavering support for the International Criminal Court.", "support",
     {"beneficiary": {"court:icc"}}, {}),
    ("su-welcome-also-welcome", "We welcome the accession of Ukraine to the Rome Statute. We also welcome the election of the new Registrar.",
     "support", {}, {"count": 2}),
    ("su-commend", "We commend the Registry for its tireless efforts to protect witnesses.", "support",
     {"beneficiary": {"court:registry"}}, {}),
    ("su-applaud", "We applaud the leadership shown by the President of the Assembly.", "support", {}, {}),
    ("su-numbered-reaffirms", "3. Reaffirms its strong support for the International Criminal Court as an independent judicial institution;",
     "support", {"beneficiary": {"court:icc"}}, {}),
    ("su-we-bullet", "We:\n- Reaffirm our support for the Court;\n- Condemn all threats against its officials.", "support",
     {}, {}),
    ("su-ngo-stand-with", "We stand shoulder to shoulder with the Court.", "support", {}, {"voice": "ngo"}),
    ("su-neg-others", "Several States have expressed their support for the Court.", "support", {}, {"neg": True}),
    # --- condemnation ----------------------------------------------------------------------------
    ("co-cannot-accept", "We cannot accept that officials of the Court are punished for carrying out their mandate.",
     "condemnation", {}, {}),
    ("co-will-not-tolerate", "We will not tolerate any attempt to intimidate the Court or its staff.", "condemnation", {}, {}),
    ("co-do-not-condone", "We do not condone the coercive measures adopted against Court officials.", "condemnation", {}, {}),
    ("co-note-with-regret", "We take note with regret of the decision of Hungary to withdraw from the Rome Statute.",
     "condemnation", {"target": {"state:hu"}}, {}),
    ("co-attacks-are-attacks", "Attacks on the Court are attacks on the victims it serves.", "condemnation", {}, {}),
    ("co-deeply-troubled", "We are deeply troubled by the sanctions imposed on the judges of the Court.", "condemnation", {}, {}),
    ("co-dismayed", "We are dismayed by the decision of the United States to designate four judges.", "condemnation",
     {"target": {"state:us"}}, {}),
    ("co-gravely-concerned", "We are gravely concerned by the threats made against the Prosecutor.", "condemnation", {}, {}),
    ("co-view-with-alarm", "We view with alarm the growing number of attacks against international justice.",
     "condemnation", {}, {}),
    ("co-deeply-regret", "We deeply regret the decision of Burkina Faso, Mali and Niger to withdraw from the Statute.",
     "condemnation", {}, {}),
    ("co-firmly-reject", "We firmly reject any attempt to undermine the independence of the Court.", "condemnation", {}, {}),
    ("co-deplore", "We deplore the executive order issued by the United States on 6 February 2025.", "condemnation",
     {"target": {"state:us"}}, {}),
    ("co-numbered-condemns", "4. Condemns in the strongest terms the threats against officials of the Court;",
     "condemnation", {}, {}),
    ("co-ngo-denounce", "We denounce these sanctions as a brazen attack on the rule of law.", "condemnation", {},
     {"voice": "ngo"}),
    ("co-did-not-hesitate", "Germany did not hesitate to condemn the sanctions imposed on the Court.", "condemnation",
     {"agent": {"state:de"}}, {"voice": "none"}),
    ("co-quick-to-condemn", "France was quick to condemn the designation of the judges.", "condemnation",
     {"agent": {"state:fr"}}, {"voice": "none"}),
    ("co-neg-others", "Several States have condemned the sanctions.", "condemnation", {}, {"neg": True}),
    ("co-neg-question", "Should we condemn the sanctions?", "condemnation", {}, {"neg": True}),
    # --- commitment ------------------------------------------------------------------------------
    ("cm-stand-ready", "We stand ready to assist the Court in the execution of its mandate.", "commitment", {}, {}),
    ("cm-remain-committed", "We remain committed to the universality of the Rome Statute.", "commitment", {}, {}),
    ("cm-pledge", "We pledge to cooperate fully with the Court in the arrest of suspects.", "commitment", {}, {}),
    ("cm-will-continue", "We will continue to support the Court politically and financially.", "commitment", {}, {}),
    ("cm-firm-intention", "It is our firm intention to ratify the Kampala amendments before the next session.",
     "commitment", {}, {}),
    ("cm-stand-interrupted", "We stand, and will continue to stand, with the Court and its officials.", "commitment",
     {}, {}),
    ("cm-determined", "We are determined to ensure that the Court can work free from interference.", "commitment", {}, {}),
    ("cm-ngo-will-keep", "We will keep documenting the crimes committed against civilians.", "commitment", {},
     {"voice": "ngo"}),
    ("cm-neg-if", "If the sanctions are lifted, we would consider resuming the dialogue.", "commitment", {}, {"neg": True}),
    # --- demand ----------------------------------------------------------------------------------
    ("de-call-upon", "We call upon all States to cooperate fully with the Court.", "demand", {}, {}),
    ("de-appeal-to", "We appeal to the United States to rescind the executive order.", "demand",
     {"addressee": {"state:us"}}, {}),
    ("de-encourage", "We encourage all States Parties to pay their contributions in full and on time.", "demand", {}, {}),
    ("de-invite", "We invite States that have not yet done so to ratify the Rome Statute.", "demand", {}, {}),
    ("de-urge", "We urge the Security Council to follow up on the referrals it has made.", "demand", {}, {}),
    ("de-look-forward", "We look forward to Hungary reconsidering its decision to withdraw.", "demand",
     {"addressee": {"state:hu"}}, {}),
    ("de-numbered-calls", "5. Calls upon all States to refrain from acts that would undermine the Court;", "demand", {}, {}),
    ("de-ngo-ask", "We ask the Assembly to adopt a robust response to the sanctions.", "demand", {}, {"voice": "ngo"}),
    ("de-neg-others", "The Prosecutor has called on States to arrest the suspects.", "demand", {}, {"neg": True}),
]

XFAIL: dict[str, str] = {
    "de-look-forward": "'we look forward to X V-ing' is not read as a demand",
    "de-neg-others": "'The Prosecutor has called on States': an unresolved subject falls back to the voice",
}


def _events(text: str) -> list:
    return list(extract_text(text).events)


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
def test_we_voice(probe: tuple) -> None:
    pid, sentence, etype, roles, opts = probe
    if pid in XFAIL:
        pytest.xfail(XFAIL[pid])
    voice_name = opts.get("voice", "joint")
    header = {"joint": JOINT, "ngo": NGO, "none": ""}[voice_name]
    voice = VOICE.get(voice_name, set())
    events = [e for e in _events(header + sentence) if e.type == etype]
    agent_role = AGENT[etype]
    if opts.get("neg"):
        assert not [e for e in events if voice & set(e.roles.get(agent_role, []))], events
        return
    want_agent = roles.get(agent_role, voice)
    hits = [
        e for e in events
        if set(e.roles.get(agent_role, [])) == want_agent
        and all(set(ids) <= set(e.roles.get(r, [])) for r, ids in roles.items() if r != agent_role)
    ]
    assert len(hits) >= opts.get("count", 1), [(e.type, e.roles) for e in events]

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

HEADER = "Share this\nWorld news | reactions\n\n"

# (id, text, {role: [names]}, options)
STATEMENTS: list[tuple] = [
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
    ("co-it-regrettable-that-quote", ('"It is deeply regrettable that Hungary is leaving the Court," Foreign '
     "Minister Karl Moser wrote on X."), "condemnation", {"agent": {"person:karl-moser"}, "target": {"state:hu"}}, {}),
    ("co-it-unacceptable-that-said", ('"It is unacceptable that Washington punishes judges for doing their work," '
     "said Lucia Ferraro."), "condemnation", {"agent": {"person:lucia-ferraro"}, "target": {"state:us"}}, {}),
    # --- "ready to V" said of a third party by a critic, or as a description, is no commitment --------------------------
    ("neg-cm-critic-says-state-ready-to", ('"It is a brutal step," said Maria Lind of Amnesty International. '
     '"The United States is ready to punish an institution that serves victims," she added.'), "commitment",
     {"agent": {"state:us"}}, {"neg": True}),
    ("neg-cm-puppet-always-ready-to", ("Oleg Sorin said the Court was a tool of the West, always ready to deliver "
     "verdicts on order."), "commitment", {"agent": ICC}, {"neg": True}),
    ("cm-state-ready-to-own-minister", '"Canada is ready to help the Court," said Foreign Minister Jean Roy.',
     "commitment", {"agent": {"state:ca"}}, {}),
    # --- support: "endorses the crimes", "defends its life" are no support of another --------------------------------
    ("neg-su-endorses-crimes", ('"The order shows that the President endorses the crimes of the Israeli '
     'government," said Maria Lind of Amnesty International.'), "support",
     {"agent": {"person:maria-lind"}}, {"neg": True}),
    ("neg-su-defends-its-citizens", '"Israel defends its citizens against terrorists," the minister said.',
     "support", {"agent": {"state:il"}}, {"neg": True}),
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


def voice_ok(probe: tuple) -> tuple[bool, list]:
    _pid, sentence, etype, roles, opts = probe
    events = [e for e in extract_text(HEADER + sentence).events if e.type == etype]
    got = [(e.type, e.roles, e.attributes) for e in events]
    want_agent = roles[AGENT]
    if opts.get("neg"):
        return not [e for e in events if want_agent & set(e.roles.get(AGENT, []))], got
    if "count" in opts:
        return len([e for e in events if set(e.roles.get(AGENT, [])) == want_agent]) == opts["count"], got
    bad_role, bad_ids = opts.get("not_role", ("", set()))
    hits = [
        e for e in events
        if set(e.roles.get(AGENT, [])) == want_agent
        and all(set(ids) <= set(e.roles.get(r, [])) for r, ids in roles.items() if r != AGENT)
        and not bad_ids & set(e.roles.get(bad_role, []))
    ]  # fmt: skip
    return bool(hits), got


@pytest.mark.parametrize("probe", VOICE, ids=[p[0] for p in VOICE])
def test_r12_voice(probe: tuple) -> None:
    if probe[0] in XFAIL:
        pytest.xfail(XFAIL[probe[0]])
    ok, got = voice_ok(probe)
    assert ok, got

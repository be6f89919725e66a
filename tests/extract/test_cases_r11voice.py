"""Round 11 (voice): probes reduced from REAL pages of the genre (wire stories on the sanctions and the
warrants, EU and Assembly statements, joint statements of States, UN experts' releases, NGO reactions).

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
STATEMENTS = [
    # --- a second speaker after a quotation, the verb put before the name ('"...," added spokesperson X') -----
    ("inverted-added-title", ('"The Court must be protected," Lena Sorvik said. "We deeply regret the decision '
     'to impose sanctions on two more officials," added commission spokesperson Paulo Teixeira.'),
     {"author": ["Paulo Teixeira"]}, {}),
    ("inverted-noted-org-title", ('"These measures are unacceptable," Marta Ruiz told reporters. "States must act '
     'now to shield the Court," noted Amnesty International director Agnès Callamard.'),
     {"author": ["Agnès Callamard"]}, {}),
    ("inverted-stressed-minister", ('"Justice cannot be bargained away," Omar Haddad said. "The Netherlands will '
     'honour its obligations as host state," stressed Dutch foreign minister Kees van Dam.'),
     {"author": ["Kees van Dam"]}, {}),
    ("inverted-count-two-speakers", ('"The warrants are a step forward," Rina Patel said. "No one is above the law," '
     'continued Human Rights Watch counsel Jonas Berg.'), {}, {"count": 2}),
    # near-miss: an inverted phrase that names no speaker
    ("neg-inverted-no-speaker", '"The process is slow," added the committee\'s report on the budget.', {}, {"neg": True}),
    # --- an earlier release named by its date and its author: "the 3 May press release of X" -------------
    ("dated-release-of-president", ("Chile, echoing the 3 May press release of the President of the Assembly of "
     "States Parties, reaffirmed its support for the Court."),
     {"author": ["President of the Assembly of States Parties"]}, {"not_doc": True}),
    ("dated-statement-by-office", ("Recalling the statement by the Office of the Prosecutor of 12 March, Norway "
     "urged all States to cooperate."), {"author": ["Office of the Prosecutor"]}, {"not_doc": True}),
    # --- the States Parties as "N parties to the tribunal"; a joint statement "led by" its drafters ----------
    ("parties-to-court-said-joint", ("The measures erode the rule of law, 64 parties to the International Criminal "
     "Court said in a joint statement on Monday."), {"author": ["States Parties to the Rome Statute"]},
     {"form": "joint_statement"}),
    ("members-of-tribunal-said", "The Court needs our support, 40 members of the tribunal said on Friday.",
     {"author": ["States Parties to the Rome Statute"]}, {}),
    ("joint-statement-led-by", ('"Impunity must not prevail," said the joint statement, led by Ireland, Ghana and '
     "Peru."), {"drafter": ["Ireland", "Ghana", "Peru"]}, {}),
    ("neg-proceedings-initiated-by", ("Belarus: Statement by the High Representative on intimidation\n\nThe European Union "
     "deplores the criminal cases opened by Russian investigators against two judges."), {"drafter": []},
     {"count": 1}),
    ("topic-colon-statement-by", ("Ukraine: Statement by the Spokesperson on the warrants\n\nThe European Union "
     "takes note of the decision."), {"author": ["European Union"]}, {}),
    # --- "X called the decision 'historic'": what is called something is no addressee ---------------------
    ("called-decision-no-addressee", ("In a statement, Foreign Minister Ana Lukić called the Court's decision "
     "historic."), {"author": ["Ana Lukić"], "addressee": []}, {}),
    ("called-on-is-addressee", ("In a statement, Foreign Minister Ana Lukić called on the Court to act "
     "without delay."), {"author": ["Ana Lukić"]}, {}),
]

ICC = {"court:icc"}
AGENT = "agent"
# (id, text, type, roles (role -> ids; the agent must match exactly), options)
VOICE = [
    # --- "X called Y's decision 'null and void' / 'outrageous'": a condemnation of Y --------------------------
    ("co-called-decisions-void", ("Foreign Ministry spokeswoman Maria Zakharova called the International "
     "Criminal Court's decisions 'null and void'."), "condemnation", {"agent": {"person:maria-zakharova"}, "target": ICC}, {}),
    ("co-called-decision-to-issue-void", ("The International Criminal Court issued two warrants. Kremlin spokesman Ivan "
     "Orlov called the Court's decision to issue the warrants 'legally void'."), "condemnation",
     {"agent": {"person:ivan-orlov"}, "target": ICC}, {}),
    ("co-branded-warrant-outrageous", "Hungary branded the warrant for the Prime Minister outrageous.",
     "condemnation", {"agent": {"state:hu"}}, {}),
    ("co-described-sanctions-as-attack", ("Canada described the American sanctions on the judges as a blatant "
     "attack on the Court."), "condemnation", {"agent": {"state:ca"}}, {}),
    # near-miss: "called the decision historic" is praise, not condemnation
    ("neg-co-called-historic", "Ukraine called the Court's decision historic.", "condemnation",
     {"agent": {"state:ua"}}, {"neg": True}),
    # --- "voiced / expressed deep regret over the decision": condemnation --------------------------------------
    ("co-voiced-regret-over", "Spain voiced deep regret over Washington's move to list two judges.",
     "condemnation", {"agent": {"state:es"}, "target": {"state:us"}}, {}),
    ("co-voiced-dismay-at", "Ireland voiced dismay at the Russian decision to prosecute the Prosecutor.",
     "condemnation", {"agent": {"state:ie"}, "target": {"state:ru"}}, {}),
    ("co-voiced-quoted-regret", 'On Sunday Spain voiced "deep regret" over the American move to list two judges.',
     "condemnation", {"agent": {"state:es"}, "target": {"state:us"}}, {}),
    ("co-expressed-quoted-concern", ('Norway expressed "grave concern" about the Russian decision to prosecute the '
     "judges."), "condemnation", {"agent": {"state:no"}, "target": {"state:ru"}}, {}),
    # --- the victims of the condemned act are not its target ---------------------------------------------------
    ("co-sanctions-on-judges-of-icc", ("Belgium regrets that two judges of the ICC have been made the "
     "object of sanctions."), "condemnation", {"agent": {"state:be"}}, {"not_role": ("target", ICC)}),
    # --- a verdict adjective on a quoted subject is the speaker's, not the subject's --------------------------
    ("co-verdict-is-speakers", ('"Measures against the Court\'s judges and their families are unacceptable," '
     "Foreign Minister Ola Berg said."), "condemnation", {"agent": {"person:ola-berg"}}, {}),
    ("co-verdict-count-one", "The decision of the United States is unacceptable, Hungary said.", "condemnation",
     {"agent": {"state:hu"}}, {"count": 1}),
    ("neg-co-verdict-not-subject", ('"The judges of the Court and their families must be protected; threats against '
     'them are unacceptable," Norway said.'), "condemnation", {"agent": {"court:judges"}}, {"neg": True}),
    ("co-feeling-stays-subject", "The judges of the Court are deeply concerned by the threats.", "condemnation",
     {"agent": {"court:judges"}}, {}),
    # --- a State telling what it is bound to do: "said it was obliged to V", "would have to V" -----------------
    ("cm-said-obliged-to", "Belgium said it was obliged to execute the warrant against the Prime Minister.",
     "commitment", {"agent": {"state:be"}}, {}),
    ("cm-said-bound-to", "The Netherlands said it was legally bound to surrender him to the Court.",
     "commitment", {"agent": {"state:nl"}}, {}),
    ("cm-would-have-to", "Sweden acknowledged that it would have to arrest him if he travelled to Stockholm.",
     "commitment", {"agent": {"state:se"}}, {}),
    ("neg-cm-another-would-have-to", "The Prosecutor said Mongolia would have to arrest him on arrival.",
     "commitment", {"agent": {"state:mn"}}, {"neg": True}),
    ("neg-cm-not-obliged", "Hungary said it was not obliged to arrest the Russian president.", "commitment",
     {"agent": {"state:hu"}}, {"neg": True}),
    # --- "X, another staunch ally of Y,": a description, not an act of support -------------------------------
    ("neg-su-ally-apposition", "Germany, another staunch ally of Israel, kept its arms deliveries unchanged.",
     "support", {"agent": {"state:de"}}, {"neg": True}),
    ("neg-su-close-ally-apposition", "Hungary, a close ally of Israel, announced its withdrawal.",
     "support", {"agent": {"state:hu"}}, {"neg": True}),
    ("su-ally-verb-still", "Germany declared its full support for the Court.", "support",
     {"agent": {"state:de"}, "beneficiary": ICC}, {}),
    # --- "emphasised its respect for / reiterated its attachment to the Court's work": support ---------------
    ("su-respect-for-work", "France stressed its respect for the Court's independent work.", "support",
     {"agent": {"state:fr"}, "beneficiary": ICC}, {}),
    ("su-attachment-to-court", "Belgium reiterated its attachment to the International Criminal Court.", "support",
     {"agent": {"state:be"}, "beneficiary": ICC}, {}),
    ("su-reaffirmed-respect", "Portugal reaffirmed its respect for the independence of the Court.", "support",
     {"agent": {"state:pt"}, "beneficiary": ICC}, {}),
    # --- the object put after its description: 'hailed as "a landmark" a decision of the Court' --------------
    ("su-hailed-as-then-object", ('Ghana on Friday hailed as "a landmark for victims" a decision of the International '
     "Criminal Court to open an investigation."), "support", {"agent": {"state:gh"}, "beneficiary": ICC}, {}),
    ("su-welcomed-as-then-object", ('Chile welcomed as "long overdue" the ICC decision to issue the warrants.'),
     "support", {"agent": {"state:cl"}, "beneficiary": ICC}, {}),
    # near-miss: respect owed to someone else is no support for the Court
    ("neg-su-lack-of-respect", "Amnesty International deplored the lack of respect for the Court.", "support",
     {"agent": {"org:amnesty-international"}}, {"neg": True}),
]

XFAIL: dict[str, str] = {
    "co-verdict-count-one": "the verdict adjective and the saying verb each give a condemnation; folding them in finalise cost the tuned sets",
    "co-called-decisions-void": "the parser reads \"decisions 'null\" as a possessive, so the call has no object to aim at",
}


@pytest.mark.parametrize("probe", STATEMENTS, ids=[p[0] for p in STATEMENTS])
def test_r11_statement(probe: tuple) -> None:
    pid, text, roles, opts = probe
    if pid in XFAIL:
        pytest.xfail(XFAIL[pid])
    check_statement_probe(extract_text(HEADER + text), roles, dict(opts))


@pytest.mark.parametrize("probe", VOICE, ids=[p[0] for p in VOICE])
def test_r11_voice(probe: tuple) -> None:
    if probe[0] in XFAIL:
        pytest.xfail(XFAIL[probe[0]])
    ok, got = reported_voice_ok(probe, HEADER)
    assert ok, got

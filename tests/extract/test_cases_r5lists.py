"""Probe list for the actor lists of joint statements and letters (round 5, area "lists").

Each probe is a short document in one of the layouts real joint statements and letters use for their list
of States or organisations: trailing headings ("List of States (N):", "Participating States", "Endorsed
by", "Joined by:"), footnotes ("1 This statement is delivered on behalf of ..."), one name per line,
PDF columns, bullets and numbers, UN official names with a bracketed qualifier wrapped over a line,
separators ";" and " and ", organisations' signature blocks with a country in brackets. Written from
how statements are laid out, not from the rules. Each expects the document's statement to carry the
list in one role and the statement's voice ("We reaffirm our support ...") to carry it too.
"""

from __future__ import annotations

import pytest

from romewatch.extract import extract_text

BODY = (
    "Joint Statement on the International Criminal Court\n"
    "\n"
    "10 June 2025\n"
    "\n"
    "We reaffirm our unwavering support for the International Criminal Court and its independence.\n"
    "We call upon all States to cooperate fully with the Court.\n"
    "\n"
)
LETTER = (
    "Open letter to the President of the Assembly of States Parties\n"
    "\n"
    "3 December 2025\n"
    "\n"
    "Dear Madam President,\n"
    "\n"
    "We, the undersigned organisations, urge the Assembly of States Parties to protect the Court.\n"
    "We stand in solidarity with the staff of the Court.\n"
    "\n"
)

S6 = {"state:cl": "Chile", "state:ie": "Ireland", "state:sn": "Senegal", "state:si": "Slovenia",
      "state:mx": "Mexico", "state:nz": "New Zealand"}  # fmt: skip
UN = {"state:bo": "Bolivia (Plurinational State of)", "state:nl": "Netherlands (Kingdom of the)",
      "state:ve": "Venezuela (Bolivarian Republic of)", "state:kr": "Republic of Korea", "state:ps": "State of Palestine",
      "state:ci": "Côte d'Ivoire", "state:tr": "Türkiye", "state:cz": "Czechia", "state:mk": "North Macedonia",
      "state:md": "Republic of Moldova"}  # fmt: skip
ORGS = {"org:human-rights-watch": "Human Rights Watch", "org:amnesty-international": "Amnesty International",
        "org:fidh": "FIDH", "org:al-haq": "Al-Haq", "org:redress": "REDRESS"}  # fmt: skip


def _and(names: list[str], sep: str = ", ") -> str:
    return sep.join(names[:-1]) + " and " + names[-1]


N6 = list(S6.values())
NU = list(UN.values())

WORDS = ["Amani", "Baraka", "Cedar", "Delta", "Everest", "Falcon", "Granite", "Horizon", "Indigo", "Juniper", "Kestrel", "Lotus"]
KINDS_ = [("Centre", "Kenya"), ("Network", "Global"), ("Initiative", "Peru"), ("Foundation", "Nepal"), ("Alliance", "Africa")]

# (probe id, text, role the list belongs in, expected ids)
PROBES: list[tuple[str, str, str, set[str]]] = [
    ("list-of-states-n", BODY + "List of States (6):\n" + ", ".join(N6) + "\n", "signatory", set(S6)),
    ("list-of-states-un-names-wrapped", BODY + "List of States (10):\nBolivia\n(Plurinational State of), Côte d'Ivoire, Czechia, Netherlands (Kingdom of\nthe), North Macedonia, Republic of Korea, Republic of Moldova, State of Palestine,\nTürkiye, Venezuela (Bolivarian\nRepublic of)\n", "signatory", set(UN)),
    ("participating-states-lines", BODY + "Participating States\n" + "\n".join(N6) + "\n", "signatory", set(S6)),
    ("countries-joining", BODY + "Countries joining this statement:\n" + ", ".join(N6) + ".\n", "signatory", set(S6)),
    ("signatory-states-count", BODY + "Signatory States (6)\n" + "\n".join(N6) + "\n", "signatory", set(S6)),
    ("co-signatories-heading", BODY + "Co-signatories\n" + "; ".join(N6) + "\n", "signatory", set(S6)),
    ("endorsed-by", BODY + "Endorsed by\n" + "\n".join(N6) + "\n", "signatory", set(S6)),
    ("supported-by-following", BODY + "Supported by the following States:\n" + _and(N6) + "\n", "signatory", set(S6)),
    ("joined-by-colon", BODY + "Joined by: " + _and(N6) + ".\n", "signatory", set(S6)),
    ("supported-by-n-states-parties", BODY + "The statement is supported by the following 6 States Parties:\n" + ", ".join(N6) + "\n", "signatory", set(S6)),
    ("pdf-columns", BODY + "List of signatories\n    Chile              Ireland            Senegal\n    Slovenia           Mexico             New Zealand\n", "signatory", set(S6)),
    ("pdf-columns-un-names", BODY + "Signatory States:\n  Czechia                 Republic of Korea        Türkiye\n  North Macedonia         State of Palestine       Côte d'Ivoire\n", "signatory", {"state:cz", "state:kr", "state:tr", "state:mk", "state:ps", "state:ci"}),
    ("bullets", BODY + "Signatories:\n" + "\n".join("\u2022 " + n for n in N6) + "\n", "signatory", set(S6)),
    ("dash-bullets-semicolons", BODY + "Signed by the following States:\n" + "\n".join("- " + n + ";" for n in N6[:-1]) + "\n- " + N6[-1] + ".\n", "signatory", set(S6)),
    ("numbered", BODY + "Participating States:\n" + "\n".join(f"{i}. {n}" for i, n in enumerate(N6, 1)) + "\n", "signatory", set(S6)),
    ("numbered-brackets", BODY + "List of States\n" + "\n".join(f"({i}) {n}" for i, n in enumerate(N6, 1)) + "\n", "signatory", set(S6)),
    ("semicolons-and", BODY + "Signatories: " + "; ".join(N6[:-1]) + "; and " + N6[-1] + "\n", "signatory", set(S6)),
    ("cote-ascii", BODY + "List of States (3):\nCote d'Ivoire, Czechia, Turkiye\n", "signatory", {"state:ci", "state:cz", "state:tr"}),
    ("cote-curly", BODY + "List of States (3):\nC\u00f4te d\u2019Ivoire, Czech Republic, Republic of T\u00fcrkiye\n", "signatory", {"state:ci", "state:cz", "state:tr"}),
    ("footnote-delivered", BODY.replace("Court\n\n10", "Court\u00b9\n\n10") + "_____\n\u00b9 This statement is delivered on behalf of " + _and(N6) + ".\n", "on_behalf_of", set(S6)),
    ("footnote-number", BODY + "__________\n1 This statement is delivered on behalf of the following States: " + ", ".join(N6) + ".\n", "on_behalf_of", set(S6)),
    ("header-on-behalf-list-lines", "Joint statement delivered by Chile on behalf of:\n" + "\n".join(N6[1:]) + "\n\n" + BODY, "on_behalf_of", set(S6) - {"state:cl"}),
    ("made-on-behalf-of-group", BODY + "This joint statement was made on behalf of a group of States: " + ", ".join(N6) + ".\n", "on_behalf_of", set(S6)),
    ("speaking-on-behalf", "Statement by Ireland\n\n10 June 2025\n\nMr. President,\n\nI have the honour to speak on behalf of " + _and(N6[:-1]) + ".\n\nWe reaffirm our unwavering support for the International Criminal Court.\n", "on_behalf_of", set(list(S6)[:5])),
    ("drafted-by-this", BODY.replace("10 June 2025\n", "10 June 2025\n\n[This statement was drafted by Chile, Ireland and Senegal and is supported by 62 States.]\n"), "drafter", {"state:cl", "state:ie", "state:sn"}),
    ("prepared-by-core-group", BODY + "This statement was prepared by a core group composed of Mexico, New Zealand and Slovenia.\n", "drafter", {"state:mx", "state:nz", "state:si"}),
    ("un-names-in-one-run-semicolons", BODY + "Signatories: " + "; ".join(NU) + "\n", "signatory", set(UN)),
    ("un-names-one-per-line", BODY + "List of States:\n" + "\n".join(NU) + "\n", "signatory", set(UN)),
    ("org-block-country", LETTER + "Signatories:\nHuman Rights Watch (International)\nAmnesty International (Global)\nAl-Haq (Palestine)\nREDRESS (United Kingdom)\n", "signatory", {"org:human-rights-watch", "org:amnesty-international", "org:al-haq", "org:redress"}),
    ("org-block-yours-sincerely", LETTER + "Yours sincerely,\n\nHuman Rights Watch\nAmnesty International\nFIDH – International Federation for Human Rights\nAl-Haq, Palestine\nREDRESS, United Kingdom\n", "signatory", {"org:human-rights-watch", "org:amnesty-international", "org:fidh", "org:al-haq", "org:redress"}),
    ("org-endorsed-bullets", LETTER + "Endorsed by:\n\u2022 Human Rights Watch\n\u2022 Amnesty International\n\u2022 Al-Haq\n\u2022 REDRESS\n", "signatory", {"org:human-rights-watch", "org:amnesty-international", "org:al-haq", "org:redress"}),
    ("org-supported-following", LETTER + "This letter is supported by the following organisations:\nHuman Rights Watch; Amnesty International; Al-Haq; REDRESS\n", "signatory", {"org:human-rights-watch", "org:amnesty-international", "org:al-haq", "org:redress"}),
    ("states-endorsing", BODY + "Endorsing States\n" + "\n".join(N6) + "\n", "signatory", set(S6)),
    ("the-following-have-joined", BODY + "The following States have joined this statement:\n" + ", ".join(N6) + "\n", "signatory", set(S6)),
    ("joint-statement-by-title", "Joint Statement by " + _and(N6) + " on the International Criminal Court\n\n10 June 2025\n\nWe reaffirm our unwavering support for the International Criminal Court.\n", "on_behalf_of", set(S6)),
    ("list-capitals-heading", BODY + "LIST OF SIGNATORIES\n" + ", ".join(N6) + "\n", "signatory", set(S6)),
    ("list-of-states-page-number", BODY + "                                   2\nList of States (6):\nChile, Ireland, Senegal,\nSlovenia, Mexico, New Zealand\n", "signatory", set(S6)),
    ("tail-on-behalf-heading", BODY + "Delivered on behalf of the following 6 States:\n" + "\n".join(N6) + "\n", "on_behalf_of", set(S6)),
    ("long-org-list", LETTER + "Signatories:\n" + "\n".join(f"{w} {k} for Justice ({c})" for w in WORDS for k, c in KINDS_) + "\nHuman Rights Watch (International)\nAl-Haq (Palestine)\n", "signatory", {"org:human-rights-watch", "org:al-haq"}),
    ("associated-themselves", BODY + "The following States have associated themselves with this statement:\n" + _and(N6) + ".\n", "signatory", set(S6)),
    ("header-joint-statement-by-wrapped", "JOINT STATEMENT\nby " + _and(N6) + "\non the independence of the International Criminal Court\n\n10 June 2025\n\nWe reaffirm our unwavering support for the International Criminal Court.\n", "on_behalf_of", set(S6)),
    ("delivered-for-group-namely", "Statement delivered by Ireland on behalf of a cross-regional group of States, namely " + _and(N6) + "\n\n10 June 2025\n\nWe reaffirm our unwavering support for the International Criminal Court.\n", "on_behalf_of", set(S6)),
    ("initiated-by-core-group", BODY.replace("We call", "This statement was initiated by the core group of Chile, Ireland and Senegal.\nWe call"), "drafter", {"state:cl", "state:ie", "state:sn"}),
    ("signed-comma-persons-orgs", LETTER + "Signed,\n\nJane Doe, Executive Director, Human Rights Watch\nJohn Roe, Secretary General, Amnesty International\nAna Perez, Director, REDRESS\n", "signatory", {"org:human-rights-watch", "org:amnesty-international", "org:redress"}),
    ("numbered-paragraph-endorsed", LETTER + "4. This briefing is endorsed by the following organisations:\n- Human Rights Watch, International\n- Al-Haq (Palestine)\n- REDRESS (REDRESS Trust), United Kingdom\n", "signatory", {"org:human-rights-watch", "org:al-haq", "org:redress"}),
    ("respectfully-on-behalf-bullets", LETTER + "Respectfully,\n\nOn behalf of:\n\n \u2022 Human Rights Watch\n \u2022 Al-Haq\n \u2022 REDRESS\n", "signatory", {"org:human-rights-watch", "org:al-haq", "org:redress"}),
    ("signer-then-on-behalf", LETTER + "Sincerely,\n\nJane Doe\nDirector, Amnesty International\n\nOn behalf of:\nHuman Rights Watch\nAl-Haq\nREDRESS\n", "on_behalf_of", {"org:human-rights-watch", "org:al-haq", "org:redress"}),
    ("org-speaks-also-on-behalf", "Statement of Human Rights Watch to the General Debate\n\n3 December 2025\n\nMadam President,\n\nHuman Rights Watch thanks the President. We speak also on behalf of Al-Haq and REDRESS.\n\nWe call on States Parties to protect the Court.\n", "on_behalf_of", {"org:al-haq", "org:redress"}),
    ("columns-across-page-break", BODY + "List of States (6):\nChile                 Ireland\nSenegal               Slovenia\n\n                                                   2\n\nMexico                New Zealand\n\n1 See the statement of 7 February 2025.\n", "signatory", set(S6)),
    ("signers-spaced-blocks", LETTER + "Yours sincerely,\n\nJane Doe\nExecutive Director, Human Rights Watch\n\nJohn Roe\nSecretary General, Amnesty International\n\nAna Perez\nDirector, REDRESS\n", "signatory", {"org:human-rights-watch", "org:amnesty-international", "org:redress"}),
    ("footnote-list-no-phrase", "JOINT STATEMENT ON THE INDEPENDENCE OF THE COURT\n\nDelivered by Ireland on behalf of 6 States Parties\u00b9\n\n10 June 2025\n\nMadam President,\n\nWe reaffirm our unwavering support for the International Criminal Court. We call upon all States to cooperate with the Court.\n\nThank you.\n\n__________\n\u00b9 " + _and(N6) + ".\n", "on_behalf_of", set(S6)),
    ("closing-paragraph-list-no-heading", BODY + "__________\n" + _and(N6) + "\n", "signatory", set(S6)),
    ("counted-behalf-then-list", BODY.replace("10 June 2025\n", "Delivered on behalf of 6 States Parties\n\n10 June 2025\n") + "List of States (6):\n" + ", ".join(N6) + "\n", "on_behalf_of", set(S6)),
    ("in-alphabetical-order", BODY + "Signatories (in alphabetical order):\n" + "\n".join(N6) + "\n", "signatory", set(S6)),
]

# where "we" is not the whole list: the signer's organisation writes for the others; an organisation's own
# statement "also on behalf of" others makes its calls itself
VOICE = {
    text: voice
    for pid, voice in (
        ("signer-then-on-behalf", {"org:amnesty-international"}),
        ("org-speaks-also-on-behalf", {"org:human-rights-watch"}),
    )
    for probe, text, _, _ in PROBES
    if probe == pid
}

# the list must NOT land in this document's roles: an earlier statement recalled in the text
NOT_THIS: list[tuple[str, str, str, set[str]]] = [
    ("recalled-prepared-by", BODY.replace("We call", "We recall the joint statement of 7 February 2025, prepared by Chile, Ireland, Mexico and Senegal, and supported by 79 States Parties.\nWe call") + "List of States (2):\nSlovenia, New Zealand\n", "drafter", {"state:cl", "state:ie", "state:mx", "state:sn"}),
    ("recalled-on-behalf", BODY.replace("We call", "In a statement delivered on behalf of Chile, Ireland and Mexico on 4 December 2024, the same concerns were raised.\nWe call") + "List of States (2):\nSlovenia, New Zealand\n", "on_behalf_of", {"state:cl", "state:ie", "state:mx"}),
    ("recalled-drafted-last-year", BODY.replace("We call", "Last year's declaration, which was drafted by Chile and Ireland, was joined by 93 States.\nWe call") + "Signatories:\nSlovenia\nNew Zealand\nSenegal\n", "drafter", {"state:cl", "state:ie"}),
    ("meeting-release-participants", "Press release\n\nThe Hague, 10 June 2025\n\nThe President of the Assembly met delegations to discuss cooperation with the Court.\n\nParticipating States:\nChile, Ireland, Senegal, Mexico\n", "signatory", {"state:cl", "state:ie", "state:sn", "state:mx"}),
    ("recalled-previous-sentence", BODY.replace("We call", "On 7 February 2025, 79 States Parties issued a joint statement in support of the Court. That statement was prepared by Chile, Ireland and Mexico.\nWe call") + "List of States (2):\nSlovenia, New Zealand\n", "drafter", {"state:cl", "state:ie", "state:mx"}),
    ("recalled-it-was-prepared", BODY.replace("We call", "In February, a first joint statement was issued by 79 States. It was prepared by Chile and Ireland.\nWe call") + "List of States (2):\nSlovenia, New Zealand\n", "drafter", {"state:cl", "state:ie"}),
    ("no-list-news", "News\n\n10 June 2025\n\nThe statement was signed by dozens of countries, diplomats said. Chile and Ireland were among them, according to officials.\n", "signatory", {"state:si", "state:nz"}),
]


def _doc_statement(out):
    events = out.to_contract()["events"]
    st = [e for e in events if e["type"] == "statement"]
    return events, st


@pytest.mark.parametrize("text,role,want", [p[1:] for p in PROBES], ids=[p[0] for p in PROBES])
def test_the_list_fills_the_statement_and_its_voice(text: str, role: str, want: set[str]) -> None:
    events, st = _doc_statement(extract_text(text))
    got = set().union(*(set(e["roles"].get(role, [])) for e in st)) if st else set()
    assert want <= got, (role, sorted(want - got), [e["roles"] for e in st])
    want = VOICE.get(text, want)
    if role != "drafter":  # who drafted a statement speaks in it only with the States that sign it
        voiced = [e for e in events if e["type"] in ("support", "demand")]
        agents = set().union(*(set(e["roles"].get("agent", []) + e["roles"].get("claimant", [])) for e in voiced))
        assert want <= agents, sorted(want - agents)


@pytest.mark.parametrize("text,role,unwanted", [p[1:] for p in NOT_THIS], ids=[p[0] for p in NOT_THIS])
def test_a_recalled_statement_keeps_its_own_list(text: str, role: str, unwanted: set[str]) -> None:
    _, st = _doc_statement(extract_text(text))
    own = [e for e in st if e["date"] == "2025-06-10"]
    got = set().union(*(set(e["roles"].get(role, [])) for e in own)) if own else set()
    assert not unwanted & got, sorted(unwanted & got)
    if role == "drafter":  # the earlier statement is an event of its own, with its drafters
        assert any(unwanted <= set(e["roles"].get("drafter", [])) for e in st if e["date"] != "2025-06-10"), st

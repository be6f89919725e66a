"""Round 8 (statements): probes reduced from short documents of the genre (wire story, ICC/ASP release,
NGO page, government release, UN experts release, ASP speech) that the extractor read wrongly, with
variants of the same construction and near-misses that must not fire.

Each probe runs through the whole pipeline under a scraped page's menu and title (or, when the probe
is a whole page, as it stands). A probe expects a `statement` whose roles hold exactly the named
fillers; ``count`` is the number of statements; ``neg`` probes must yield no statement with an author.
Written from how ministries, NGOs and journalists write, not from the rules.
"""

from __future__ import annotations

import pytest

from .events_support import case_ids
from .page_probes import assert_statement_page

HEADER = "Share this\nJustice news roundup\n\n"

# (id, text, {role: [names]}, options)
PROBES = [
    # --- a letter or statement coordinated/drafted by one body and signed by others is ONE statement ---
    ("letter-coordinated-signed", ("The letter was coordinated by the Coalition for the International Criminal Court and "
     "signed by FIDH, Amnesty International and Lawyers for Justice in Libya, among others."),
     {"drafter": ["Coalition for the International Criminal Court"],
      "signatory": ["FIDH", "Amnesty International", "Lawyers for Justice in Libya"]}, {"count": 1}),
    ("letter-told-dated", ("Home > News\n22 Jan 2026\n\nThe Hague - More than 150 organisations today called on "
     "States Parties to protect the Court from coercion, in a letter to the European Commission.\n"
     "The letter was coordinated by the Coalition for the International Criminal Court and signed by FIDH and "
     "Amnesty International, among others.\n"),
     {"drafter": ["Coalition for the International Criminal Court"], "signatory": ["FIDH", "Amnesty International"]},
     {"page": True, "date": "2026-01-22"}),
    ("statement-drafted-signed", "The statement was drafted by Slovenia and Belgium and signed by Ireland, Spain and Chile.",
     {"drafter": ["Slovenia", "Belgium"], "signatory": ["Ireland", "Spain", "Chile"]}, {"count": 1}),
    ("letter-initiated-endorsed", "Pressure on the Assembly grew on Monday. The letter, initiated by Human Rights Watch, was endorsed by FIDH and Amnesty International.",
     {"drafter": ["Human Rights Watch"], "signatory": ["FIDH", "Amnesty International"]}, {"count": 1}),
    ("the-statement-next", ("Slovenia, together with Belgium, Ireland, Luxembourg and Spain, issued a joint statement "
     "expressing concern about the executive order. The statement, which was endorsed by 79 States Parties, stresses "
     "that the Court must be able to work without interference."),
     {"author": ["Slovenia", "Belgium", "Ireland", "Luxembourg", "Spain"]}, {"count": 1}),
    ("the-letter-next", ("Amnesty International sent a letter to the Prosecutor on Monday. The letter was also signed "
     "by FIDH and Human Rights Watch."),
     {"author": ["Amnesty International"], "signatory": ["FIDH", "Human Rights Watch"]}, {"count": 1}),
    # --- a ministry's masthead press release is the state's -------------------------------------------
    ("masthead-ministry-of", ("Ministry of Foreign Affairs of the Republic of Slovenia\nPress releases\n  7 February 2025\n\n"
     "Slovenia reaffirms support for the International Criminal Court\n\n"
     "Slovenia firmly stands behind the Court and its officials, the Ministry said today.\n"),
     {"author": ["Slovenia"]}, {"page": True, "form": "press_release"}),
    ("masthead-ministry-poss", ("Norway's Ministry of Foreign Affairs\nNews\n12 March 2025\n\n"
     "Norway increases its contribution to the Trust Fund for Victims\n\n"
     "Norway will double its voluntary contribution to the Trust Fund for Victims in 2025.\n"),
     {"author": ["Norway"]}, {"page": True, "form": "press_release"}),
    ("masthead-federal-office", ("Federal Foreign Office\nPress release\n03.02.2025\n\n"
     "Germany stands by the International Criminal Court\n\n"
     "The Federal Government reaffirms its full support for the International Criminal Court.\n"),
     {"author": ["Germany"]}, {"page": True, "form": "press_release"}),
    # --- a release named inside the body's prose is not the page's own label ---------------------------
    ("news-names-release", ("Main Menu\nNews | Press | Contact\nPublished: 03/12/2024\n\n"
     "THE HAGUE - Judges and diplomats gathered on Monday for the opening of the annual session of the Assembly.\n"
     "The Coalition for the International Criminal Court, in a press release issued the same day, urged States to "
     "adopt a budget that matched the Court's workload.\n"),
     {"author": ["Coalition for the International Criminal Court"]}, {"page": True, "form": "press_release",
                                                                        "not_doc": True}),
    # --- reported speech seen in the documents ---------------------------------------------------------
    ("spokesperson-for-government", "A spokesperson for the German government said Berlin would not comment on another state's choices.",
     {"author": ["Germany"]}, {}),
    ("written-reply", "In a written reply, the Office of the Prosecutor said its work was guided by the evidence and the law.",
     {"author": ["Office of the Prosecutor"]}, {}),
    ("statement-from", "A statement from the Alliance of Sahel States said the decision took effect immediately.",
     {"author": ["Alliance of Sahel States"]}, {}),
    ("remarks-to-journalists", ("The European Union's foreign affairs spokesperson, Anitta Hipper, said in remarks to journalists "
     "that the bloc regretted the move."), {"author": ["Anitta Hipper"], "on_behalf_of": ["European Union"]}, {}),
    ("aligns-delivered-by", "South Africa aligns itself with the statement delivered by Uganda on behalf of the African Group.",
     {"author": ["Uganda"], "on_behalf_of": ["African Group"]}, {}),
    ("statement-of-said", "Belgium's statement noted that cooperation on arrests remained weak.", {"author": ["Belgium"]}, {}),
    ("letter-to-warned", "In a letter to the Prosecutor, Senator Tom Cotton warned that the Court would face consequences.",
     {"author": ["Tom Cotton"]}, {}),
    ("wrote-letter-to", "Amnesty International wrote to the President of the Assembly, urging States to protect the Court.",
     {"author": ["Amnesty International"]}, {}),
    ("said-a-statement-issued", "The sanctions are unlawful, said a statement issued by the Ministry of Foreign Affairs of Brazil.",
     {"author": ["Brazil"]}, {}),
    ("press-conference-minister", "Speaking at a press conference in Kampala, Uganda's foreign minister said the country would stay in the Court.",
     {"author": ["Uganda"]}, {}),
    # --- a written instrument "says"/"states": its makers do not speak ----------------------------------
    ("neg-resolution-states", "The resolution adopted by the Assembly states that all States Parties shall cooperate fully.",
     {}, {"neg": True}),
    ("neg-order-says", "The executive order signed by President Donald Trump says the Court has engaged in illegitimate actions.",
     {}, {"neg": True}),
    ("neg-law-declares", "The law passed by the Hungarian parliament declares that the Rome Statute no longer applies in Hungary.",
     {}, {"neg": True}),
    ("neg-judgment-stated", "The judgment delivered by Trial Chamber IX stated that Dominic Ongwen bore individual responsibility.",
     {}, {"neg": True}),
    ("neg-treaty-says", "The agreement concluded by Uganda and the Court says that witnesses shall be protected.",
     {}, {"neg": True}),
    ("delegation-stated", "The delegation of Chile stated that the Court deserved the support of every State.",
     {"author": ["Chile"]}, {}),
    ("letter-by-said", "The letter sent by Amnesty International said that the Assembly had failed victims.",
     {"author": ["Amnesty International"]}, {}),
    # --- the speaker of a relative clause is the one it hangs on --------------------------------------
    ("relcl-who-told", ("Her remarks were echoed by the President of the Assembly, Päivi Kaukoranta, who told delegates "
     "that States Parties must defend the Court."), {"author": ["Päivi Kaukoranta"]}, {}),
    ("relcl-who-subject", "Karim Khan, who told reporters that the investigation would continue, left The Hague on Friday.",
     {"author": ["Karim Khan"]}, {}),
    ("relcl-which-stated", "The resolution was tabled by Japan, which stated that cooperation with the Court must improve.",
     {"author": ["Japan"]}, {}),
    ("neg-relcl-had-warned", ("The African Union, which had warned that the case could endanger peace efforts, renewed "
     "its call for a deferral."), {}, {"neg": True}),
    ("neg-relcl-warrant-said", "The warrant, which said Vladimir Putin was responsible for deportations, was issued in 2023.",
     {}, {"neg": True}),
    # --- quoted as saying ------------------------------------------------------------------------------
    ("quoted-as-saying", "Viktor Orbán was quoted by state media as saying that the decision had been taken in March.",
     {"author": ["Viktor Orbán"]}, {}),
    ("cited-as-saying", "Kenya's attorney general was cited as saying the country would cooperate with the Court.",
     {"author": ["Kenya"]}, {}),
    ("neg-not-quoted", "Viktor Orbán was not quoted as saying anything about the Court.", {}, {"neg": True}),
    # --- a named organisation told again by its kind --------------------------------------------------
    ("the-organisation-said", "Human Rights Watch published its report on Tuesday. The organisation said the report covered ten situations.",
     {"author": ["Human Rights Watch"]}, {}),
    ("the-network-said", ("The Coalition for the International Criminal Court held a briefing in New York. The network "
     "said more than 60 States attended."), {"author": ["Coalition for the International Criminal Court"]}, {}),
    ("neg-the-group-of-states", "Chile hosted a dinner on Monday. The group of States said nothing about the budget.",
     {}, {"neg": True}),
    # --- must NOT yield a statement with an author ----------------------------------------------------
    ("neg-no-response", "Human Rights Watch did not respond to a request for comment.", {}, {"neg": True}),
    ("neg-yet-to", "Nigeria's government has yet to make a statement on the matter.", {}, {"neg": True}),
    ("neg-none-issued-by", "No statement was issued by the Italian government, which has faced criticism over the release.",
     {}, {"neg": True}),
    ("neg-officials-declined", "Officials in Rome declined to comment.", {}, {"neg": True}),
    ("neg-expected-to", "The Prosecutor is expected to address the Assembly on Monday.", {}, {"neg": True}),
    ("neg-could-not-be-reached", "The Ministry of Foreign Affairs of Hungary could not be reached for comment.", {}, {"neg": True}),
    ("neg-unsigned", "Hungary refused to sign the joint statement.", {}, {"neg": True}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("probe", PROBES, ids=case_ids(PROBES))
def test_statement_probe(probe: tuple) -> None:
    assert_statement_page(probe, HEADER, XFAIL)

"""Round-10 probes for `arrest_warrant`, `fugitive_visit` and `non_cooperation_finding` told as background
in long-reads and explainers: "sought the arrest of", relative clauses on the warrant ("a warrant the court
had issued under seal"), "has since travelled", findings against states named before, and what must not fire."""

from __future__ import annotations

import pytest

from .events_support import check_case

NET = "Benjamin Netanyahu=person:benjamin-netanyahu; Netanyahu=person:benjamin-netanyahu"
GAL = "Yoav Gallant=person:yoav-gallant"
PUTIN = "Vladimir Putin=person:vladimir-putin; Putin=person:vladimir-putin"
BASHIR = "Omar al-Bashir=person:omar-al-bashir; al-Bashir=person:omar-al-bashir"
DUT = "Rodrigo Duterte=person:rodrigo-duterte; Duterte=person:rodrigo-duterte"
ICC = "International Criminal Court=court:icc; ICC=court:icc"
W = "arrest_warrant"
V = "fugitive_visit"
N = "non_cooperation_finding"
ISSUED = {"status": "issued"}

CASES = [
    # "sought / ordered the arrest of": a warrant told without the word
    ("sought-arrest-court", "In November 2024 the court sought the arrest of Benjamin Netanyahu and Yoav Gallant.",
     "court=court:icc; " + NET + "; " + GAL,
     [(W, {"issuer": ["court:icc"], "subject": ["person:benjamin-netanyahu", "person:yoav-gallant"]},
       {"status": "issued", "date": "2024-11"})], {}),
    ("sought-arrest-prosecutor", "ICC prosecutors seek arrest of Myanmar junta chief Min Aung Hlaing",
     "ICC prosecutors=court:otp; Min Aung Hlaing=person:min-aung-hlaing",
     [(W, {"subject": ["person:min-aung-hlaing"]}, {"status": "requested"})], {}),
    pytest.param("sought-his-arrest", "The ICC sought the arrest of Joseph Kony as early as 2005, when judges approved its first warrants.",
     ICC + "; Joseph Kony=person:joseph-kony", [(W, {"subject": ["person:joseph-kony"]}, {"date": "2005"})], {},
                 marks=pytest.mark.xfail(reason="'as early as 2005' is read as no date (dates component)")),
    ("neg-state-sought-arrest", "Ukraine sought the arrest of Vladimir Putin at every summit.",
     "Ukraine=state:ua; " + PUTIN, [], {"count": {W: 0}}),
    # a warrant in a relative clause or apposition, its own date
    ("relcl-warrant-court-had-issued", "Duterte was arrested in Manila on a warrant the court had issued under seal on 7 March 2025.",
     DUT + "; court=court:icc; Manila=place:manila",
     [(W, {"subject": ["person:rodrigo-duterte"]}, {"status": "issued", "date": "2025-03-07"}),
      (W, {"subject": ["person:rodrigo-duterte"]}, {"status": "executed"})], {}),
    pytest.param("relcl-warrant-signed", "Rodrigo Duterte was flown to The Hague. The warrant, which judges signed on 7 March 2025, accuses him of murder.",
     DUT + "; judges=court:judges; The Hague=place:the-hague",
     [(W, {"subject": ["person:rodrigo-duterte"]}, {"status": "issued", "date": "2025-03-07"})], {},
                 marks=pytest.mark.xfail(reason="the parse reads 'which judges signed' as a noun phrase")),
    # issuer: judges
    ("judges-approved", "The ICC has no police. Judges in The Hague approved warrants for Vladimir Putin in March 2023.",
     PUTIN + "; The Hague=place:the-hague; ICC=court:icc",
     [(W, {"subject": ["person:vladimir-putin"], "issuer": ["court:icc"]}, {"status": "issued", "date": "2023-03"})], {}),
    # asked judges to issue: requested, dated
    ("asked-judges-to-issue", "The prosecutor also asked judges in January 2025 to issue warrants against Haibatullah Akhundzada.",
     "prosecutor=court:otp; Haibatullah Akhundzada=person:haibatullah-akhundzada",
     [(W, {"subject": ["person:haibatullah-akhundzada"]}, {"status": "requested", "date": "2025-01"})],
     {"absent": (W, {"subject": ["person:haibatullah-akhundzada"], "issuer": []})}),
    # sought on a warrant: referred to, not requested
    ("sought-on-warrant-not-request", "Ahmad Harun, the former minister sought on a 2007 warrant, was released from prison in April 2023.",
     "Ahmad Harun=person:ahmad-harun", [(W, {"subject": ["person:ahmad-harun"]}, {"status": "issued", "date": "2007"})], {}),
    # charged with: the warrant
    ("charged-with-in-year", "Omar al-Bashir, the former Sudanese president charged with genocide by the ICC in 2010, visited Chad.",
     BASHIR + "; ICC=court:icc; Chad=state:td",
     [(V, {"subject": ["person:omar-al-bashir"], "host": ["state:td"]}, {})], {}),
    # visits told with "since": not the warrant's date
    ("since-travelled-undated", "Judges approved a warrant for Vladimir Putin in March 2023. Putin has since travelled to Mongolia, an ICC member.",
     PUTIN + "; Mongolia=state:mn; ICC=court:icc",
     [(V, {"subject": ["person:vladimir-putin"], "host": ["state:mn"]}, {"date": None})], {}),
    ("since-visited-us", "The court issued a warrant for Benjamin Netanyahu in November 2024. Netanyahu has since also visited the United States.",
     NET + "; court=court:icc; United States=state:us",
     [(V, {"subject": ["person:benjamin-netanyahu"], "host": ["state:us"]}, {"date": None})], {}),
    ("months-before-travelled", "The court issued a warrant for Vladimir Putin. In the months before, he had travelled to China and Vietnam.",
     PUTIN + "; court=court:icc; China=state:cn; Vietnam=state:vn",
     [(V, {"subject": ["person:vladimir-putin"], "host": ["state:cn", "state:vn"]}, {})], {}),
    ("reported-to-have-hosted", "The ICC issued a warrant for Joseph Kony in 2005. Sudan is reported to have hosted him for years.",
     ICC + "; Joseph Kony=person:joseph-kony; Sudan=state:sd",
     [(V, {"subject": ["person:joseph-kony"], "host": ["state:sd"]}, {})], {}),
    # findings against states named before, issuer "judges"
    ("found-both-countries", "Omar al-Bashir visited South Africa and Jordan without being arrested. Judges later found both countries had failed to comply with their obligations.",
     BASHIR + "; South Africa=state:za; Jordan=state:jo",
     [(N, {"state": ["state:za"]}, {}), (N, {"state": ["state:jo"]}, {})], {"count": {N: 2}}),
    ("judges-ruled-not-complied", "Judges ruled in July 2017 that South Africa had not complied with its obligation to arrest Omar al-Bashir.",
     BASHIR + "; South Africa=state:za; ICC=court:icc",
     [(N, {"state": ["state:za"], "issuer": ["court:icc"]}, {"date": "2017-07"})], {}),
    ("earlier-findings-listed", "Earlier non-compliance findings, including those against Jordan in 2017 and South Africa in 2017, show the Court acts.",
     "Jordan=state:jo; South Africa=state:za; the Court=court:icc",
     [(N, {"state": ["state:jo"]}, {}), (N, {"state": ["state:za"]}, {})], {}),
    ("neg-call-for-finding", "We call on the judges to make a finding of non-compliance against Mongolia.",
     "Mongolia=state:mn; Lex Aequa=org:lex-aequa", [], {"count": {N: 0}, "author": "org:lex-aequa"}),
    # executed, told in a clause
    ("surrendered-handed-over", "Dominic Ongwen surrendered in the Central African Republic in January 2015 and was handed over to the court days later.",
     "Dominic Ongwen=person:dominic-ongwen; Central African Republic=state:cf; court=court:icc",
     [(W, {"subject": ["person:dominic-ongwen"]}, {"status": "executed"})], {}),
    ("taken-into-custody", "Former Philippine President Rodrigo Duterte was taken into ICC custody on Wednesday.",
     DUT + "; ICC=court:icc", [(W, {"subject": ["person:rodrigo-duterte"]}, {"status": "executed"})], {}),
    # the issuer of a warrant is a Pre-Trial Chamber, not a chamber named about a finding
    ("warrant-issuer-not-appeals", "The ICC issued a warrant for Omar al-Bashir in March 2009. In 2018 the Appeals Chamber found that Jordan had failed to arrest al-Bashir.",
     BASHIR + "; ICC=court:icc; Appeals Chamber=court:appeals-chamber; Jordan=state:jo",
     [(W, {"subject": ["person:omar-al-bashir"], "issuer": ["court:icc"]}, {"status": "issued"})], {}),
    ("judges-conj-issued-the-warrants", "The Prosecutor applied for warrants for Benjamin Netanyahu and Yoav Gallant. Judges rejected Israel's challenge and issued the warrants on 21 November 2024.",
     NET + "; " + GAL + "; Prosecutor=court:otp; ICC=court:icc; Israel=state:il",
     [(W, {"subject": ["person:benjamin-netanyahu", "person:yoav-gallant"]}, {"status": "requested"}),
      (W, {"subject": ["person:benjamin-netanyahu", "person:yoav-gallant"], "issuer": ["court:icc"]},
       {"status": "issued", "date": "2024-11-21"})], {}),
    ("sought-arrest-apposed-second", "The court sought the arrest of Israeli Prime Minister Benjamin Netanyahu and his former defence minister, Yoav Gallant.",
     "court=court:icc; " + NET + "; " + GAL,
     [(W, {"subject": ["person:benjamin-netanyahu", "person:yoav-gallant"]}, ISSUED)], {}),
    ("neg-taken-her-father", "Vice President Sara Duterte said her father was forcibly taken to The Hague.",
     "Sara Duterte=person:sara-duterte; The Hague=place:the-hague", [],
     {"absent": (W, {"subject": ["person:sara-duterte"]})}),
    ("pluperfect-had-issued-undated", "Mongolia joined the court in 2002. The court had issued the warrant for Vladimir Putin over the deportation of children.",
     "Mongolia=state:mn; court=court:icc; " + PUTIN,
     [(W, {"subject": ["person:vladimir-putin"]}, {"status": "issued", "date": None})], {}),
    ("referred-findings-undated", "Mongolia was found in non-compliance on 24 October 2024. This follows earlier findings against Djibouti, Uganda and Chad.",
     "Mongolia=state:mn; Djibouti=state:dj; Uganda=state:ug; Chad=state:td",
     [(N, {"state": ["state:dj"]}, {"date": None})], {}),
    ("charged-visited-among-them", "Omar al-Bashir, the former Sudanese president charged with genocide in 2010, visited several member states while in power, among them South Africa and Jordan, without being handed over.",
     BASHIR + "; South Africa=state:za; Jordan=state:jo",
     [(V, {"subject": ["person:omar-al-bashir"], "host": ["state:za", "state:jo"]}, {"arrested": False})], {}),
    ("for-whom-judges-issued", "According to records, Vladimir Putin, for whom judges issued a warrant in March 2023, has made two trips since then, including a September 2024 visit to Mongolia, a member state.",
     PUTIN + "; Mongolia=state:mn",
     [(W, {"subject": ["person:vladimir-putin"]}, {"status": "issued", "date": "2023-03"}),
      (V, {"subject": ["person:vladimir-putin"], "host": ["state:mn"]}, {"date": "2024-09"})], {}),
    ("against-whom-apposition", "Min Aung Hlaing, against whom the Prosecutor applied for a warrant in November 2024, visited Russia in March.",
     "Min Aung Hlaing=person:min-aung-hlaing; Prosecutor=court:otp; Russia=state:ru",
     [(W, {"subject": ["person:min-aung-hlaing"]}, {"status": "requested", "date": "2024-11"})], {}),
    ("including-two-trips", "The court issued a warrant for Vladimir Putin in 2023. According to records compiled by Amnesty, Putin has made two trips since then, including a September 2024 visit to Mongolia, a member state, and an October 2024 trip to Tajikistan.",
     PUTIN + "; court=court:icc; Amnesty=org:amnesty; Mongolia=state:mn; Tajikistan=state:tj",
     [(V, {"subject": ["person:vladimir-putin"], "host": ["state:mn"]}, {"date": "2024-09"}),
      (V, {"subject": ["person:vladimir-putin"], "host": ["state:tj"]}, {"date": "2024-10"})], {}),
    ("charged-apposition-warrant", "The ICC has no police. Omar al-Bashir, the former Sudanese president charged with genocide in 2010, visited South Africa and Jordan without being handed over.",
     BASHIR + "; ICC=court:icc; South Africa=state:za; Jordan=state:jo",
     [(W, {"subject": ["person:omar-al-bashir"]}, {"status": "issued", "date": "2010"}),
      (V, {"subject": ["person:omar-al-bashir"], "host": ["state:za", "state:jo"]}, {})], {}),
    ("neg-charged-national", "Omar al-Bashir, charged with corruption by a Khartoum court, remains in prison.",
     BASHIR + "; ICC=court:icc", [], {"count": {W: 0}}),
    ("later-withdrawn-undated", "In November 2024 the judges issued a warrant for Mohammed Deif. That warrant was later withdrawn after his death was confirmed.",
     "judges=court:judges; Mohammed Deif=person:mohammed-deif",
     [(W, {"subject": ["person:mohammed-deif"]}, {"status": "withdrawn", "date": None})], {}),
    ("acting-on-warrant-relcl", "Police detained Rodrigo Duterte at Manila's airport on 11 March 2025, acting on a warrant that Pre-Trial Chamber I had issued on 7 March 2025.",
     DUT + "; Pre-Trial Chamber I=court:pre-trial-chamber-1",
     [(W, {"subject": ["person:rodrigo-duterte"]}, {"status": "issued", "date": "2025-03-07"}),
      (W, {"subject": ["person:rodrigo-duterte"]}, {"status": "executed", "date": "2025-03-11"})], {}),
    # withdrawn warrant told with "that warrant"
    ("that-warrant-withdrawn", "The judges had also approved a warrant for Mohammed Deif. That warrant was withdrawn in February 2025.",
     "judges=court:judges; Mohammed Deif=person:mohammed-deif",
     [(W, {"subject": ["person:mohammed-deif"]}, {"status": "issued"}),
      (W, {"subject": ["person:mohammed-deif"]}, {"status": "withdrawn", "date": "2025-02"})], {}),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name, text, entities, expected, options", CASES, ids=[c.values[0] if hasattr(c, "marks") else c[0] for c in CASES]
)
def test_justice_r10_probe(nlp, name, text, entities, expected, options):
    check_case(nlp, (name, text, entities, expected, options))


@pytest.mark.slow
def test_titled_subject_through_the_kb():
    """ "warrants for the Israeli leader": the person of that nationality named before (needs the KB, so
    through the whole pipeline)."""
    from romewatch.extract.pipeline import extract_text

    result = extract_text(
        "Published: 1 December 2025\n\nIsraeli Prime Minister Benjamin Netanyahu landed in Budapest on Thursday.\n\n"
        "Orban, who invited Netanyahu in November, the day after ICC judges issued warrants for the Israeli leader "
        "and his former defence minister Yoav Gallant, told a news conference that the court was political.\n"
    )
    names = {e.id: e.name for e in result.entities}
    got = [sorted(names[i] for i in e.roles.get("subject", [])) for e in result.events if e.type == W]
    assert ["Benjamin Netanyahu", "Yoav Gallant"] in got, got

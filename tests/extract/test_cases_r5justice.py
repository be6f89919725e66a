"""Round-5 probes for `arrest_warrant`, `non_cooperation_finding` and `membership_change`: the
construction space (active, passive, nominal, reported, headline), and what must not fire."""

from __future__ import annotations

import pytest

from .events_support import check_case

PTC1 = "Pre-Trial Chamber I=court:pre-trial-chamber-1"
PTC2 = "Pre-Trial Chamber II=court:pre-trial-chamber-2"
NET = "Benjamin Netanyahu=person:benjamin-netanyahu; Netanyahu=person:benjamin-netanyahu"
PUTIN = "Vladimir Putin=person:vladimir-putin; Putin=person:vladimir-putin"
W = "arrest_warrant"
N = "non_cooperation_finding"
M = "membership_change"

CASES = [
    ("aw-issued-active", "Pre-Trial Chamber I issued warrants of arrest for Benjamin Netanyahu on 21 November 2024.",
     PTC1 + "; " + NET, [(W, {"issuer": ["court:pre-trial-chamber-1"], "subject": ["person:benjamin-netanyahu"]}, {"status": "issued"})], {}),
    ("aw-passive-issued", "A warrant for the arrest of Vladimir Putin was issued by Pre-Trial Chamber II in March 2023.",
     PTC2 + "; " + PUTIN, [(W, {"subject": ["person:vladimir-putin"]}, {"status": "issued", "date": "2023-03"})], {}),
    ("aw-headline", "ICC issues arrest warrant for Putin over deportation of children",
     "ICC=court:icc; " + PUTIN, [(W, {"subject": ["person:vladimir-putin"]}, {"status": "issued"})], {}),
    ("aw-requested-applied", "The Prosecutor applied for an arrest warrant against Min Aung Hlaing in November 2024.",
     "Prosecutor=court:otp; Min Aung Hlaing=person:min-aung-hlaing",
     [(W, {"subject": ["person:min-aung-hlaing"]}, {"status": "requested"})], {}),
    ("aw-requested-sought", "Prosecutor Karim Khan is seeking arrest warrants for the leader of the Taliban.",
     "Karim Khan=person:karim-khan; Taliban=group:taliban", [(W, {}, {"status": "requested"})], {}),
    ("aw-executed-arrested-on", "Rodrigo Duterte was arrested on an ICC warrant in Manila on 11 March 2025.",
     "Rodrigo Duterte=person:rodrigo-duterte; ICC=court:icc; Manila=place:manila",
     [(W, {"subject": ["person:rodrigo-duterte"]}, {"status": "executed"})], {}),
    ("aw-executed-surrendered", "Mr Ntaganda surrendered to the Court in 2013 and was transferred to The Hague.",
     "Ntaganda=person:bosco-ntaganda; the Court=court:icc", [(W, {"subject": ["person:bosco-ntaganda"]}, {"status": "executed"})], {}),
    ("aw-withdrawn", "The Chamber withdrew the warrant of arrest against Mr Gaddafi following his death.",
     "Chamber=court:pre-trial-chamber-1; Gaddafi=person:muammar-gaddafi",
     [(W, {"subject": ["person:muammar-gaddafi"]}, {"status": "withdrawn"})], {}),
    ("aw-unsealed", "The judges unsealed a warrant of arrest against Joseph Kony.",
     "judges=court:judges; Joseph Kony=person:joseph-kony", [(W, {"subject": ["person:joseph-kony"]}, {"status": "issued"})], {}),
    pytest.param("aw-subject-of", "Mr Al Bashir is the subject of two ICC warrants of arrest.",
                 "Al Bashir=person:omar-al-bashir; ICC=court:icc", [(W, {"subject": ["person:omar-al-bashir"]}, {})], {},
                 marks=pytest.mark.xfail(reason="a warrant only referred to is left out (gold is split on it; "
                                                "emitting it cost blind and tune)")),
    pytest.param("aw-wanted-by", "Putin, who is wanted by the ICC for the deportation of children, visited Mongolia.",
                 PUTIN + "; ICC=court:icc; Mongolia=state:mn", [(W, {"subject": ["person:vladimir-putin"]}, {})], {},
                 marks=pytest.mark.xfail(reason="as aw-subject-of: a warrant referred to, not told")),
    ("aw-coordination-two", "The judges issued warrants for Benjamin Netanyahu and Yoav Gallant.",
     "judges=court:judges; " + NET + "; Yoav Gallant=person:yoav-gallant",
     [(W, {"subject": ["person:benjamin-netanyahu", "person:yoav-gallant"]}, {"status": "issued"})], {}),
    ("aw-neg-call-to-execute", "We call on all States to execute the warrants against Netanyahu.",
     NET + "; Lex Aequa=org:lex-aequa", [], {"count": {W: 0}, "author": "org:lex-aequa"}),
    ("nc-found-failed", "Pre-Trial Chamber II found that Mongolia had failed to comply with its obligations by not arresting Putin.",
     PTC2 + "; Mongolia=state:mn; " + PUTIN,
     [(N, {"issuer": ["court:pre-trial-chamber-2"], "state": ["state:mn"]}, {})], {}),
    ("nc-referred-to-asp", "The Chamber referred Hungary's non-compliance to the Assembly of States Parties.",
     "Chamber=court:pre-trial-chamber-1; Hungary=state:hu; Assembly of States Parties=court:asp",
     [(N, {"state": ["state:hu"], "referred_to": ["court:asp"]}, {})], {}),
    ("nc-nominal-finding", "The finding of non-compliance against Tajikistan was issued on 24 October 2025.",
     "Tajikistan=state:tj", [(N, {"state": ["state:tj"]}, {})], {}),
    ("nc-headline", "ICC judges find Italy breached duty to cooperate over Libyan suspect's release",
     "ICC judges=court:judges; Italy=state:it", [(N, {"state": ["state:it"]}, {})], {}),
    ("mc-ratified", "Ukraine became the 125th State Party after ratifying the Rome Statute in August 2024.",
     "Ukraine=state:ua; Rome Statute=instrument:rome-statute", [(M, {"state": ["state:ua"]}, {"action": "ratification"})], {}),
    ("mc-acceded", "Armenia acceded to the Rome Statute on 14 November 2023.",
     "Armenia=state:am; Rome Statute=instrument:rome-statute", [(M, {"state": ["state:am"]}, {"action": "accession"})], {}),
    ("mc-announced-withdrawal", "Burkina Faso, Mali and Niger announced their withdrawal from the Rome Statute on 22 September 2025.",
     "Burkina Faso=state:bf; Mali=state:ml; Niger=state:ne; Rome Statute=instrument:rome-statute",
     [(M, {"state": ["state:bf", "state:ml", "state:ne"]}, {})], {}),
    ("mc-quit-headline", "Hungary quits International Criminal Court",
     "Hungary=state:hu; International Criminal Court=court:icc", [(M, {"state": ["state:hu"]}, {})], {}),
    ("mc-took-effect", "The Philippines' withdrawal became effective on 17 March 2019.",
     "Philippines=state:ph", [(M, {"state": ["state:ph"]}, {"action": "withdrawal_effective"})], {}),
    ("mc-neg-considering", "South Africa is considering leaving the Court.",
     "South Africa=state:za; the Court=court:icc", [], {"count": {M: 0}}),
    ("mc-neg-urge-not", "We urge Hungary to reverse its decision to leave the Rome Statute.",
     "Hungary=state:hu; Rome Statute=instrument:rome-statute; Lex Aequa=org:lex-aequa", [], {"author": "org:lex-aequa"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name, text, entities, expected, options", CASES, ids=[c.values[0] if hasattr(c, "marks") else c[0] for c in CASES]
)
def test_justice_probe(nlp, name, text, entities, expected, options):
    check_case(nlp, (name, text, entities, expected, options))

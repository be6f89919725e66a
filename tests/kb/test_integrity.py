"""Integrity of the packaged KB data: ids, aliases, ISO codes, Rome Statute dates, office terms."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from romewatch.kb import KB, normalise
from romewatch.kb.dates import first_day, last_day
from romewatch.kb.loader import DATA_FILES, iter_entities, read_data_file

REFERENCE = Path("/work/shared/reference/rome-statute-facts.yaml")

#: normalised surface forms that may name more than one entity on purpose
ALLOWED_AMBIGUITIES = {
    "congolese": {"state:cd", "state:cg"},  # adjective of both Congos; the linker decides from context
}

ID_PATTERNS = {
    "state": r"state:[a-z]{2}",
    "person": r"person:[a-z0-9]+(-[a-z0-9]+)*",
    "organization": r"org:[a-z0-9]+(-[a-z0-9]+)*",
    "igo": r"igo:[a-z0-9]+(-[a-z0-9]+)*",
    "court": r"court:[a-z0-9]+(-[a-z0-9]+)*",
    "instrument": r"instrument:[a-z0-9]+(-[a-z0-9]+)*",
    "group": r"group:[a-z0-9]+(-[a-z0-9]+)*",
    "place": r"place:[a-z0-9]+(-[a-z0-9]+)*",
    "session": r"session:(asp-\d+|asp-special-\d{4}|review-conference-2010)",
}

FIXED_COURT_IDS = {
    "court:icc",
    "court:otp",
    "court:presidency",
    "court:registry",
    "court:chambers",
    "court:pre-trial-chamber-1",
    "court:pre-trial-chamber-2",
    "court:pre-trial-chamber-3",
    "court:appeals-chamber",
    "court:judges",
    "court:asp",
    "court:asp-bureau",
    "court:asp-presidency",
    "court:cbf",
    "court:tfv",
    "court:states-parties",
    *(f"court:trial-chamber-{n}" for n in range(1, 11)),
}


@pytest.fixture(scope="module")
def reference() -> dict:
    if not REFERENCE.exists():
        pytest.skip("shared reference file not available")
    return yaml.load(REFERENCE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def test_every_data_file_is_shipped() -> None:
    for filename in DATA_FILES:
        assert read_data_file(filename), f"{filename} missing or empty"


def test_no_duplicate_ids_across_files() -> None:
    entities = list(iter_entities())
    seen: set[str] = set()
    for entity in entities:
        assert entity.id not in seen, entity.id
        seen.add(entity.id)
    with pytest.raises(ValueError):
        KB([*entities, entities[0]])


def test_ids_follow_the_extraction_scheme(kb: KB) -> None:
    for entity in kb.entities.values():
        pattern = ID_PATTERNS[entity.kind]
        assert re.fullmatch(pattern, entity.id), (entity.kind, entity.id)
    assert FIXED_COURT_IDS <= set(kb.entities)


def test_no_alias_names_two_entities(kb: KB) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    hows: dict[str, set[str]] = defaultdict(set)
    for surface, entity_id, how in kb.surface_forms():
        owners[normalise(surface)].add(entity_id)
        hows[normalise(surface)].add(how)
    clashes = {
        key: ids
        for key, ids in owners.items()
        if len(ids) > 1
        and ALLOWED_AMBIGUITIES.get(key) != ids
        and hows[key] != {"generic"}
        and not _is_capital_pair(kb, ids)
    }
    assert not clashes


def _is_capital_pair(kb: KB, ids: set[str]) -> bool:
    """A city that is both a place and a stand-in for its own state's government (Moscow)."""
    places = [kb.get(i) for i in ids if i.startswith("place:")]
    states = {i for i in ids if i.startswith("state:")}
    return len(places) == 1 and len(states) == 1 and places[0].attrs.get("state") in states


def test_iso_codes_unique_and_two_letters(kb: KB) -> None:
    codes = [e.attrs["iso"] for e in kb.by_kind("state")]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[a-z]{2}", c) for c in codes)
    for entity in kb.by_kind("state"):
        assert entity.id == f"state:{entity.attrs['iso']}"


def test_all_un_members_and_extras_present(kb: KB) -> None:
    states = kb.by_kind("state")
    members = [s for s in states if s.attrs.get("regional_group")]
    assert len(states) >= 197
    for iso in ("ps", "va", "xk", "tw", "cd", "cg", "ss", "sd", "gq", "gn", "gw", "ne", "ng", "dm", "do"):
        assert kb.get(f"state:{iso}") is not None, iso
    groups = {s.attrs["regional_group"] for s in members}
    assert groups == {"African", "Asia-Pacific", "Eastern European", "GRULAC", "WEOG"}


def test_all_reference_states_parties_present(kb: KB, reference: dict) -> None:
    parties = reference["states_parties"]["list"]
    assert len(parties) == 125
    matched = set()
    for party in parties:
        found = [e for e in kb.lookup(party["name"]) if e.kind == "state"]
        assert len(found) == 1, party["name"]
        rs = found[0].attrs["rome_statute"]
        assert rs["deposit"] == str(party["deposit_date"]), party["name"]
        assert rs["entry_into_force"] == str(party["entry_into_force"]), party["name"]
        assert rs["deposit_type"] == party["deposit_type"], party["name"]
        assert kb.state_status(found[0].attrs["iso"], "2025-06")["party"], party["name"]
        matched.add(found[0].id)
    assert len(matched) == 125
    for former in reference["states_parties"]["former_states_parties"]:
        (state,) = [e for e in kb.lookup(former["name"]) if e.kind == "state"]
        assert state.attrs["rome_statute"]["withdrawal_effective"] == str(former["withdrawal_effective"])


def test_office_terms_are_ordered_and_do_not_overlap(kb: KB) -> None:
    for office in kb.offices():
        terms = kb.terms(office)
        for person, term in terms:
            start, end = first_day(term["start"]), last_day(term.get("end"))
            assert start is not None, (person.id, term)
            assert end is None or start <= end, (person.id, term)
        if not kb.is_single_holder(office):
            continue
        for (p1, t1), (p2, t2) in itertools.pairwise(terms):
            end1 = last_day(t1.get("end"))
            assert end1 is not None, f"{p1.id} still holds {office} when {p2.id} starts"
            assert first_day(t2["start"]) >= end1, (office, p1.id, p2.id)


def test_sessions_have_dates_and_places(kb: KB) -> None:
    for number in range(1, 25):
        session = kb.session(number)
        assert session is not None, number
        assert session.attrs["start"] <= session.attrs["end"]
        assert session.attrs["place"].startswith("place:")
        assert kb.get(session.attrs["place"]) is not None

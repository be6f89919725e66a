"""The bundled sample corpus (romewatch/sample): every document has a valid, self-consistent gold file.

The gold format is EXTRACTION.md section 4; the event model is romewatch/schema.yaml.
These tests read the files only (PyYAML), so they run without the extraction pipeline.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "romewatch" / "sample"
SCHEMA = yaml.safe_load((ROOT / "romewatch" / "schema.yaml").read_text(encoding="utf-8"))
EVENT_TYPES = SCHEMA["event_types"]
ENTITY_KINDS = set(SCHEMA["entity_kinds"])

# EXTRACTION.md section 1: canonical id scheme per entity kind.
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
ID_PATTERNS = {
    "state": re.compile(r"state:[a-z]{2}"),
    "person": re.compile(rf"person:{SLUG}"),
    "organization": re.compile(rf"org:{SLUG}"),
    "igo": re.compile(rf"igo:{SLUG}"),
    "court": re.compile(rf"court:{SLUG}"),
    "instrument": re.compile(rf"instrument:{SLUG}"),
    "group": re.compile(rf"group:{SLUG}"),
    "place": re.compile(rf"place:{SLUG}"),
    "session": re.compile(r"session:(?:asp-\d+|asp-special-\d{4}|review-conference-2010)"),
}
# Instruments with a fixed scheme (EXTRACTION.md): when an id starts with one of these stems it
# must follow the stem's full pattern.
INSTRUMENT_SCHEMES = [
    ("instrument:rome-statute-art-", re.compile(r"instrument:rome-statute-art-\d+[a-z0-9-]*")),
    ("instrument:asp-rules-rule-", re.compile(r"instrument:asp-rules-rule-\d+")),
    ("instrument:rpe-rule-", re.compile(r"instrument:rpe-rule-\d+[a-z-]*")),
    ("instrument:icc-asp-", re.compile(r"instrument:icc-asp-(?:\d+|s-\d+)-res-\d+")),
    ("instrument:us-eo-", re.compile(r"instrument:us-eo-\d+")),
    ("instrument:ier-recommendation-", re.compile(r"instrument:ier-recommendation-\d+")),
]
FIXED_COURT_IDS = {
    "court:icc", "court:otp", "court:presidency", "court:registry", "court:chambers",
    "court:pre-trial-chamber-1", "court:pre-trial-chamber-2", "court:pre-trial-chamber-3",
    "court:appeals-chamber", "court:judges", "court:asp", "court:asp-bureau",
    "court:asp-presidency", "court:cbf", "court:tfv", "court:states-parties",
}
DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def norm(name: str) -> str:
    """The scorer's name normalisation (shared/tools/score.py)."""
    s = str(name).replace("\u2019", "").replace("'", "")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def _gold_paths() -> list[Path]:
    return sorted(SAMPLE.glob("*.gold.yaml"))


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


GOLD = {p.name[: -len(".gold.yaml")]: _load(p) for p in _gold_paths()}


def _date_str(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def test_corpus_size_and_pairs():
    texts = sorted(SAMPLE.glob("*.txt"))
    assert len(texts) >= 15
    assert len(GOLD) == len(texts)
    for txt in texts:
        assert txt.read_text(encoding="utf-8").strip(), f"{txt.name} is empty"
        gold = txt.with_name(txt.stem + ".gold.yaml")
        assert gold.exists(), f"{txt.name} has no gold file"
        assert GOLD[txt.stem]["document"] == txt.name


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_entities_well_formed(stem):
    data = GOLD[stem]
    text = (SAMPLE / f"{stem}.txt").read_text(encoding="utf-8")
    seen_ids, seen_names = set(), {}
    for ent in data["entities"]:
        kind, eid, names = ent["kind"], ent.get("id"), ent.get("names") or []
        assert kind in ENTITY_KINDS, f"{stem}: unknown kind {kind}"
        assert eid, f"{stem}: entity {names} has no id"
        assert ID_PATTERNS[kind].fullmatch(eid), f"{stem}: bad {kind} id {eid}"
        if kind == "instrument":
            for stem_, pattern in INSTRUMENT_SCHEMES:
                if eid.startswith(stem_):
                    assert pattern.fullmatch(eid), f"{stem}: bad instrument id {eid}"
        if kind == "court" and eid.startswith(("court:trial-chamber-", "court:pre-trial-chamber-")):
            assert re.fullmatch(r"court:(?:pre-)?trial-chamber-\d+[a-z]?", eid), eid
        assert eid not in seen_ids, f"{stem}: duplicate id {eid}"
        seen_ids.add(eid)
        assert names, f"{stem}: {eid} has no names"
        # Every entity is mentioned: at least one of its names occurs in the text.
        assert any(n in text for n in names), f"{stem}: no name of {eid} occurs in the text"
        for n in names:
            key = norm(n)
            assert seen_names.get(key, eid) == eid, f"{stem}: name {n!r} used by {seen_names.get(key)} and {eid}"
            seen_names[key] = eid


# Names that always denote one of the fixed ids, whichever document they occur in.
FIXED_NAMES = {
    "International Criminal Court": "court:icc",
    "Office of the Prosecutor": "court:otp",
    "Registry": "court:registry",
    "Pre-Trial Chamber I": "court:pre-trial-chamber-1",
    "Pre-Trial Chamber II": "court:pre-trial-chamber-2",
    "Assembly of States Parties": "court:asp",
    "Committee on Budget and Finance": "court:cbf",
    "Trust Fund for Victims": "court:tfv",
    "Bureau": "court:asp-bureau",
    "States Parties": "court:states-parties",
    "Rome Statute": "instrument:rome-statute",
    "Executive Order 14203": "instrument:us-eo-14203",
    "Executive Order 13928": "instrument:us-eo-13928",
}


def test_fixed_ids_are_used_consistently():
    for stem, data in GOLD.items():
        for ent in data["entities"]:
            if ent["kind"] == "court" and ent["id"] not in FIXED_COURT_IDS:
                assert not ent["id"].startswith("court:the-"), (stem, ent["id"])
            for name in ent["names"]:
                want = FIXED_NAMES.get(name)
                assert want is None or ent["id"] == want, f"{stem}: {name!r} should be {want}, not {ent['id']}"


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_events_follow_schema_and_resolve(stem):
    data = GOLD[stem]
    by_name = {}
    for ent in data["entities"]:
        for n in ent["names"]:
            by_name[norm(n)] = ent["id"]
    assert DATE.fullmatch(_date_str(data["date"])), f"{stem}: document date {data.get('date')}"
    assert data["events"], f"{stem}: no events"
    for ev in data["events"]:
        etype = ev["type"]
        assert etype in EVENT_TYPES, f"{stem}: undeclared event type {etype}"
        spec = EVENT_TYPES[etype]
        roles = ev.get("roles") or {}
        attrs = ev.get("attributes") or {}
        assert roles or attrs.get("action"), f"{stem}: {etype} event with no role and no action"
        for role, fillers in roles.items():
            assert role in spec["roles"], f"{stem}: role {role} not declared for {etype}"
            assert fillers, f"{stem}: empty role {role} in {etype}"
            for filler in fillers:
                assert norm(filler) in by_name, f"{stem}: role filler {filler!r} names no gold entity"
        for key, value in attrs.items():
            assert key in spec["attributes"], f"{stem}: attribute {key} not declared for {etype}"
            aspec = spec["attributes"][key] or {}
            if "choices" in aspec:
                assert value in aspec["choices"], f"{stem}: {etype}.{key}={value!r}"
            if aspec.get("bool"):
                assert isinstance(value, bool), f"{stem}: {etype}.{key} must be a bool"
            if aspec.get("int"):
                assert isinstance(value, int), f"{stem}: {etype}.{key} must be an int"
            if aspec.get("list"):
                assert isinstance(value, list), f"{stem}: {etype}.{key} must be a list"
        if etype in ("demand", "commitment"):
            assert attrs.get("action"), f"{stem}: {etype} without an action"
        for field in ("date", "end_date"):
            if ev.get(field) is not None:
                assert DATE.fullmatch(_date_str(ev[field])), f"{stem}: bad {field} {ev[field]!r}"
        if ev.get("end_date") is not None:
            assert _date_str(ev["date"]) <= _date_str(ev["end_date"]), f"{stem}: end before start"


def test_every_event_type_appears_twice():
    counts = Counter(ev["type"] for data in GOLD.values() for ev in data["events"])
    missing = {t: counts.get(t, 0) for t in EVENT_TYPES if counts.get(t, 0) < 2}
    assert not missing, f"event types with fewer than 2 gold events: {missing}"


def test_every_document_is_itself_a_statement():
    for stem, data in GOLD.items():
        assert any(ev["type"] == "statement" for ev in data["events"]), stem


def test_readme_lists_every_document():
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    for stem in GOLD:
        assert f"{stem}.txt" in readme, f"README.md does not list {stem}.txt"

"""Reading the YAML data files shipped in ``romewatch/kb/data`` into :class:`KBEntity` records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import yaml

from romewatch.ids import slugify
from romewatch.kb.entity import KBEntity
from romewatch.kb.sessions import session_aliases

#: data file -> {top-level key -> entity kind}
DATA_FILES: dict[str, dict[str, str]] = {
    "states.yaml": {"states": "state"},
    "court.yaml": {"court": "court"},
    "officials.yaml": {"persons": "person"},
    "sessions.yaml": {"sessions": "session"},
    "instruments.yaml": {"instruments": "instrument"},
    "organizations.yaml": {"organizations": "organization", "igos": "igo", "groups": "group", "places": "place"},
}

_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~10x faster

_SURFACE_KEYS = ("id", "name", "aliases", "generic_aliases", "adjectives")


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(str(item), None)
    return tuple(seen)


def entity_id(kind: str, record: dict[str, Any]) -> str:
    """Canonical id of a record: explicit ``id``, else derived from ISO code or name."""
    if record.get("id"):
        return str(record["id"])
    if kind == "state":
        return f"state:{record['iso']}"
    if kind == "person":
        return f"person:{slugify(record['name'])}"
    raise ValueError(f"{kind} record without id: {record.get('name')!r}")


def build_entity(kind: str, record: dict[str, Any]) -> KBEntity:
    """Turn one YAML record into an entity, adding generated session aliases."""
    attrs = {k: v for k, v in record.items() if k not in _SURFACE_KEYS}
    stand_ins = list(record.get("stand_ins") or [])
    generated: list[str] = []
    if kind == "session":
        generated = session_aliases(
            record.get("kind", "regular"), record.get("number"), has_resumptions=bool(record.get("resumed"))
        )
    aliases = _unique([record["name"], *(record.get("aliases") or []), *stand_ins, *generated])
    return KBEntity(
        id=entity_id(kind, record),
        kind=kind,
        name=str(record["name"]),
        aliases=aliases,
        generic_aliases=_unique(record.get("generic_aliases") or []),
        adjectives=_unique(record.get("adjectives") or []),
        attrs=attrs,
    )


def read_data_file(filename: str) -> dict[str, Any]:
    """Parse one packaged data file (empty dict if it is not shipped yet)."""
    path = resources.files("romewatch.kb").joinpath("data", filename)
    if not path.is_file():
        return {}
    with path.open("r", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_YamlLoader) or {}


def iter_offices() -> Iterator[dict[str, Any]]:
    """Office descriptions (label, body, titles, multiple_holders) from offices.yaml."""
    yield from read_data_file("offices.yaml").get("offices") or []


#: capitals that are also common first names, surnames or words: no stand-in, no generated place
AMBIGUOUS_CAPITALS = {"Male", "Victoria", "Kingston", "Georgetown", "Santiago", "San Jose", "Lima", "Sofia", "Praia"}


def _with_capitals(records: dict[str, list[dict[str, Any]]]) -> None:
    """A state's capital names the city and stands in for its government ("Bamako said",
    "talks in Bamako"): the state gets the capital as a stand-in, and a ``place`` record is added
    for capitals the data files do not list yet."""
    places = records.setdefault("places", [])
    taken = {slugify(str(n)) for r in places for n in [r["name"], *(r.get("aliases") or [])]}
    for state in records.get("states", []):
        capital = state.get("capital")
        if not capital or capital in AMBIGUOUS_CAPITALS or capital == state["name"]:
            continue
        stand_ins = state.setdefault("stand_ins", [])
        if capital not in stand_ins:
            stand_ins.append(capital)
        if slugify(capital) not in taken:
            places.append({"id": f"place:{slugify(capital)}", "name": capital, "state": f"state:{state['iso']}"})
            taken.add(slugify(capital))


def iter_entities() -> Iterator[KBEntity]:
    """Every entity of every packaged data file, in file order (capitals added, see ``_with_capitals``)."""
    records: dict[str, list[dict[str, Any]]] = {}
    kinds: dict[str, str] = {}
    for filename, sections in DATA_FILES.items():
        data = read_data_file(filename)
        for key, kind in sections.items():
            records[key] = [dict(r) for r in data.get(key) or []]
            kinds[key] = kind
    _with_capitals(records)
    for key, kind in kinds.items():
        for record in records[key]:
            yield build_entity(kind, record)

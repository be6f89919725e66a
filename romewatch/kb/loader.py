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


def iter_entities() -> Iterator[KBEntity]:
    """Every entity of every packaged data file, in file order."""
    for filename, sections in DATA_FILES.items():
        data = read_data_file(filename)
        for key, kind in sections.items():
            for record in data.get(key) or []:
                yield build_entity(kind, record)

"""The declared event model (``schema.yaml``), loaded once and shared by every stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class AttributeSpec:
    name: str
    choices: tuple[str, ...] = ()
    is_list: bool = False
    is_bool: bool = False
    is_int: bool = False


@dataclass(frozen=True)
class EventType:
    name: str
    label: str
    help: str
    roles: tuple[str, ...]
    attributes: dict[str, AttributeSpec] = field(default_factory=dict)
    family: str = ""


@dataclass(frozen=True)
class Schema:
    entity_kinds: dict[str, str]
    event_types: dict[str, EventType]
    families: dict[str, tuple[str, ...]]

    def family_of(self, event_type: str) -> str:
        return self.event_types[event_type].family


def _attr(name: str, spec: dict[str, Any] | None) -> AttributeSpec:
    spec = spec or {}
    return AttributeSpec(
        name=name,
        choices=tuple(spec.get("choices", ())),
        is_list=bool(spec.get("list")),
        is_bool=bool(spec.get("bool")),
        is_int=bool(spec.get("int")),
    )


@lru_cache(maxsize=1)
def load_schema() -> Schema:
    raw = yaml.safe_load(resources.files("romewatch").joinpath("schema.yaml").read_text("utf-8"))
    families = {fam: tuple(types) for fam, types in raw["event_families"].items()}
    family_of = {t: fam for fam, types in families.items() for t in types}
    types = {
        name: EventType(
            name=name,
            label=spec["label"],
            help=spec["help"],
            roles=tuple(spec["roles"]),
            attributes={a: _attr(a, s) for a, s in (spec.get("attributes") or {}).items()},
            family=family_of[name],
        )
        for name, spec in raw["event_types"].items()
    }
    return Schema(entity_kinds=dict(raw["entity_kinds"]), event_types=types, families=families)


EVENT_TYPES: tuple[str, ...] = tuple(load_schema().event_types)
ENTITY_KINDS: tuple[str, ...] = tuple(load_schema().entity_kinds)

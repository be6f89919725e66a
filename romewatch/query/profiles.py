"""Actor profiles: everything an entity did and had done to it, grouped by event type and role."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..schema import load_schema
from .names import source_of, with_names

# per event type, the roles in which an entity is the one acting; any other role means the act concerned it
ACTING_ROLES: dict[str, tuple[str, ...]] = {
    "sanction": ("imposer",),
    "threat": ("perpetrator",),
    "arrest_warrant": ("issuer",),
    "non_cooperation_finding": ("issuer",),
    "fugitive_visit": ("subject", "host"),
    "statement": ("author", "on_behalf_of", "signatory", "drafter"),
    "decision": ("body",),
    "side_event": ("organizer", "co_sponsor"),
    "meeting": ("participant",),
    "participation": ("participant",),
    "assembly_session": (),
    "demand": ("claimant",),
    "commitment": ("agent",),
    "condemnation": ("agent",),
    "support": ("agent",),
    "membership_change": ("state",),
}


def acting(event_type: str, role: str) -> bool:
    return role in ACTING_ROLES.get(event_type, ())


def state_status(kb: Any, entity_id: str) -> dict[str, Any] | None:
    """Rome Statute status of a state from the knowledge base (None for non-states or without a KB)."""
    if kb is None or not entity_id.startswith("state:"):
        return None
    try:
        status = dict(kb.state_status(entity_id.split(":", 1)[1]))
    except (KeyError, AttributeError, ValueError):
        return None
    return status


def kb_facts(kb: Any, entity_id: str) -> dict[str, Any]:
    """Name, aliases and the knowledge base's attributes of an entity, where it knows them."""
    if kb is None:
        return {}
    try:
        found = kb.get(entity_id)
    except Exception:  # noqa: BLE001
        return {}
    if found is None:
        return {}
    attrs = {
        k: v for k, v in (getattr(found, "attrs", {}) or {}).items() if isinstance(v, (str, int, float, dict, list))
    }
    return {"name": found.name, "aliases": list(found.aliases), "attributes": attrs}


def profile(store: Any, entity_id: str, kb: Any = None, *, include_machine: bool = True) -> dict[str, Any] | None:
    """The entity, its KB facts, and its events grouped as type -> role -> events, with counts."""
    entity = store.get_entity(entity_id)
    if entity is None:
        return None
    states = None if include_machine else ["accepted", "edited"]
    events = with_names(store, store.events(actor=entity_id, review_state=states))
    schema = load_schema()
    groups: dict[str, dict[str, Any]] = {}
    partners: Counter[str] = Counter()
    partner_names: dict[str, dict[str, str]] = {}
    for ev in events:
        for role, ids in ev["roles"].items():
            if entity_id not in ids:
                continue
            group = groups.setdefault(
                ev["type"],
                {
                    "type": ev["type"],
                    "label": schema.event_types[ev["type"]].label if ev["type"] in schema.event_types else ev["type"],
                    "family": schema.family_of(ev["type"]) if ev["type"] in schema.event_types else "",
                    "count": 0,
                    "roles": {},
                },
            )
            bucket = group["roles"].setdefault(role, {"role": role, "acting": acting(ev["type"], role), "events": []})
            bucket["events"].append(_row(ev, entity_id))
            group["count"] += 1
        for role, people in ev["actors"].items():
            for p in people:
                if p["id"] != entity_id:
                    partners[p["id"]] += 1
                    partner_names[p["id"]] = p
    ordered = sorted(
        groups.values(),
        key=lambda g: list(schema.event_types).index(g["type"]) if g["type"] in schema.event_types else 99,
    )
    for group in ordered:
        group["roles"] = sorted(group["roles"].values(), key=lambda b: (not b["acting"], b["role"]))
    dates = sorted(e["date"] for e in events if e["date"])
    return {
        "entity": entity,
        "kb": kb_facts(kb, entity_id),
        "rome_statute": state_status(kb, entity_id),
        "groups": ordered,
        "event_count": len(events),
        "did": sum(
            1 for ev in events if any(entity_id in ids for r, ids in ev["roles"].items() if acting(ev["type"], r))
        ),
        "document_count": len(entity.get("documents", [])),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "partners": [{**partner_names[i], "count": n} for i, n in partners.most_common(12)],
    }


def _row(ev: dict[str, Any], entity_id: str) -> dict[str, Any]:
    others = {role: [p for p in people if p["id"] != entity_id] for role, people in ev["actors"].items()}
    return {
        "event": ev["id"],
        "type": ev["type"],
        "date": ev["date"],
        "end_date": ev["end_date"],
        "attributes": ev["attributes"],
        "others": {r: p for r, p in others.items() if p},
        "review_state": ev["review_state"],
        "demand_status": (ev.get("demand_status") or {}).get("status"),
        "source": source_of(ev),
    }

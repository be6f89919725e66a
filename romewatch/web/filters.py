"""Small Jinja filters shared by every template: labels from the schema, links, dates."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from jinja2 import Environment

from ..schema import load_schema

KIND_LABELS = {
    "state": "State",
    "person": "Person",
    "organization": "Organisation",
    "igo": "Intergovernmental body",
    "court": "Court / Assembly",
    "instrument": "Instrument",
    "group": "Group",
    "place": "Place",
    "session": "Session",
}


def type_label(event_type: str) -> str:
    spec = load_schema().event_types.get(event_type)
    return spec.label if spec else humanize(event_type)


def humanize(name: Any) -> str:
    text = str(name or "").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def actor_url(entity_id: str) -> str:
    return "/actors/" + quote(entity_id, safe=":")


def doc_url(doc_id: str, event_id: str | None = None) -> str:
    return "/documents/" + quote(doc_id) + (f"#{event_id}" if event_id else "")


def family_of(event_type: str) -> str:
    spec = load_schema().event_types.get(event_type)
    return spec.family if spec else "other"


def attr_value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def date_range(start: str | None, end: str | None = None) -> str:
    if not start:
        return "undated"
    return f"{start} – {end}" if end and end != start else start


def install(env: Environment) -> None:
    env.filters.update(
        type_label=type_label,
        humanize=humanize,
        actor_url=actor_url,
        doc_url=doc_url,
        family=family_of,
        attr_value=attr_value,
        kind_label=lambda k: KIND_LABELS.get(k, humanize(k)),
    )
    env.globals.update(date_range=date_range, actor_url=actor_url, doc_url=doc_url, type_label=type_label)


def audit_diff(before: Any, after: Any) -> list[dict[str, Any]]:
    """Fields that differ between an audit entry's before and after records."""
    before = before if isinstance(before, dict) else {}
    after = after if isinstance(after, dict) else {}
    skip = {"reviewed_by", "document", "set_at", "set_by", "type"}
    return [
        {"field": k, "before": before.get(k), "after": after.get(k)}
        for k in sorted(set(before) | set(after))
        if k not in skip and before.get(k) != after.get(k)
    ]


def install_more(env: Environment) -> None:
    env.globals.update(audit_diff=audit_diff)

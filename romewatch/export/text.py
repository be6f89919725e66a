"""Plain-text renderings for a terminal: search hits, events, entities, one document, a contract."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from typing import Any

_TAG = re.compile(r"</?mark>")


def _unmark(snippet: str) -> str:
    import html

    return html.unescape(_TAG.sub("", snippet.replace("<mark>", "[").replace("</mark>", "]")))


def hits(rows: Iterable[dict[str, Any]]) -> str:
    out = []
    for hit in rows:
        out.append(f"{hit['id']}  {hit.get('date') or '----'}  {hit['title']}")
        out.append(textwrap.indent(textwrap.fill(_unmark(hit["snippet"]), 96), "    "))
    return "\n".join(out) if out else "no matches"


def roles_line(roles: dict[str, list[str]], names: dict[str, str] | None = None) -> str:
    names = names or {}
    return "; ".join(f"{role}: {', '.join(names.get(i, i) for i in ids)}" for role, ids in roles.items())


def event_line(ev: dict[str, Any], names: dict[str, str] | None = None) -> str:
    date = ev.get("date") or "----"
    if ev.get("end_date"):
        date += f"..{ev['end_date']}"
    extra = ev.get("attributes") or {}
    action = extra.get("action") or extra.get("about") or extra.get("status") or extra.get("kind") or ""
    state = ev.get("review_state")
    parts = [f"{date:<12} {ev['type']:<24} {roles_line(ev['roles'], names)}"]
    if action:
        parts.append(f"  [{action}]")
    if state and state != "machine":
        parts.append(f"  ({state})")
    return "".join(parts)


def events(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "no events"
    lines = []
    for ev in rows:
        names = {i: n for role, ns in (ev.get("role_names") or {}).items() for i, n in zip(ev["roles"][role], ns)}
        lines.append(f"{ev['id']}  {event_line(ev, names)}  <- {ev.get('document', '')}")
    return "\n".join(lines)


def entities(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "no entities"
    return "\n".join(
        f"{e['id']:<40} {e['name']:<40} docs {e.get('document_count', 0):>3}  events {e.get('event_count', 0):>3}"
        for e in rows
    )


def document(view: dict[str, Any]) -> str:
    doc = view["document"]
    names = {e["id"]: e["name"] for e in view["entities"]}
    lines = [
        doc["title"] or doc["id"],
        f"id {doc['id']}  date {doc.get('date') or 'unknown'}  source {doc['source']}",
        "",
    ]
    lines.append(f"Events ({len(view['events'])}):")
    for ev in view["events"]:
        lines.append("  " + event_line(ev, names))
        for quote in ev.get("evidence_text", []):
            lines.append(textwrap.indent(textwrap.fill(" ".join(quote.split()), 92), "      | "))
    lines.append("")
    lines.append(f"Entities ({len(view['entities'])}):")
    lines.extend(f"  {e['id']:<40} {e['name']}" for e in view["entities"])
    return "\n".join(lines)


def contract(data: dict[str, Any]) -> str:
    """A readable summary of one contract JSON (the output of ``extract``)."""
    doc = data["document"]
    names = {e["id"]: e["name"] for e in data["entities"]}
    lines = [
        f"{doc.get('title') or doc['id']}  ({doc.get('date') or 'no date'})",
        "",
        f"Entities ({len(data['entities'])}):",
    ]
    lines.extend(f"  {e['id']:<40} {e['name']}  x{len(e['mentions'])}" for e in data["entities"])
    lines += ["", f"Events ({len(data['events'])}):"]
    lines.extend("  " + event_line(ev, names) for ev in data["events"])
    return "\n".join(lines)

"""Events in time, one lane per event family of the schema."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from ..schema import load_schema
from .names import with_names

# roles read as "who acted" when summarising an event in one line
_LEAD_ROLES = (
    "imposer",
    "perpetrator",
    "issuer",
    "author",
    "body",
    "organizer",
    "claimant",
    "agent",
    "subject",
    "state",
    "session",
    "participant",
)


def period(iso: str | None) -> tuple[date, date] | None:
    """First and last day named by an ISO date of any precision ("2025", "2025-03", "2025-03-14")."""
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso[:10].split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except (ValueError, IndexError):
        return None


def summary(ev: dict[str, Any]) -> str:
    """A short line: who -> whom, or the action asked."""
    actors = ev.get("actors") or {}
    lead = next((r for r in _LEAD_ROLES if actors.get(r)), None)
    who = ", ".join(p["name"] for p in actors.get(lead, [])[:3]) if lead else ""
    rest = [p["name"] for r, ps in actors.items() if r != lead for p in ps][:3]
    text = who + (" → " + ", ".join(rest) if rest else "")
    extra = ev["attributes"].get("action") or ev["attributes"].get("title") or ev["attributes"].get("about")
    if extra:
        text += (": " if text else "") + str(extra)
    return text or ev["type"]


def timeline(
    store: Any,
    *,
    actor: str | None = None,
    types: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    include_machine: bool = True,
) -> dict[str, Any]:
    """Dated events with their period (first/last day) and lane; counts of undated ones left out."""
    schema = load_schema()
    states = None if include_machine else ["accepted", "edited"]
    events = with_names(
        store, store.events(type=types or None, actor=actor, since=since, until=until, review_state=states)
    )
    items, undated = [], 0
    for ev in events:
        start = period(ev["date"])
        if ev["type"] not in schema.event_types:  # a type the schema no longer declares has no lane
            continue
        if start is None:
            undated += 1
            continue
        end = period(ev["end_date"]) or start
        items.append(
            {
                "id": ev["id"],
                "type": ev["type"],
                "family": schema.family_of(ev["type"]),
                "label": schema.event_types[ev["type"]].label,
                "date": ev["date"],
                "end_date": ev["end_date"],
                "start": start[0].isoformat(),
                "end": max(start[1], end[1]).isoformat(),
                "precision": len(ev["date"][:10].split("-")),
                "summary": summary(ev),
                "document": ev["document"],
                "document_title": ev.get("document_title") or "",
                "review_state": ev["review_state"],
            }
        )
    items.sort(key=lambda i: (i["start"], i["type"]))
    lanes = [
        {"family": fam, "types": list(ts), "count": sum(1 for i in items if i["family"] == fam)}
        for fam, ts in schema.families.items()
    ]
    return {
        "items": items,
        "lanes": lanes,
        "undated": undated,
        "count": len(items),
        "first": items[0]["start"] if items else None,
        "last": max((i["end"] for i in items), default=None),
    }

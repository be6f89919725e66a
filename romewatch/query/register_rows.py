"""The rows and columns of each register, one builder per register (``BUILDERS``)."""

from __future__ import annotations

import re
from typing import Any

from .names import source_of, with_names


def _events(store: Any, types: list[str], **filters: Any) -> list[dict[str, Any]]:
    return with_names(store, store.events(type=types, **filters))


def _col(key: str, label: str, kind: str = "text", sort: bool = True) -> dict[str, Any]:
    return {"key": key, "label": label, "kind": kind, "sort": sort}


def _base(ev: dict[str, Any]) -> dict[str, Any]:
    return {
        "event": ev["id"],
        "date": ev["date"],
        "end_date": ev["end_date"],
        "review_state": ev["review_state"],
        "sources": [source_of(ev)],
    }


def _sanctions(store: Any, **f: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    columns = [
        _col("date", "Date", "date"),
        _col("measure", "Measure", "chip"),
        _col("who", "Who", "entities"),
        _col("against", "Against whom", "entities"),
        _col("instrument", "Instrument", "entities"),
        _col("kind", "Kind"),
        _col("sources", "Sources", "sources", sort=False),
    ]
    rows = []
    for ev in _events(store, ["sanction", "threat"], **f):
        a = ev["actors"]
        rows.append(
            {
                **_base(ev),
                "type": ev["type"],
                "measure": "Sanction" if ev["type"] == "sanction" else "Threat",
                "who": a.get("imposer", []) + a.get("perpetrator", []),
                "against": a.get("target", []),
                "instrument": a.get("instrument", []),
                "kind": ev["attributes"].get("kind") or "",
            }
        )
    return columns, rows


def _non_cooperation(store: Any, **f: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    columns = [
        _col("date", "Finding date", "date"),
        _col("state", "State", "entities"),
        _col("subject", "Person sought", "entities"),
        _col("chamber", "Chamber", "entities"),
        _col("referred_to", "Referred to", "entities"),
        _col("visits", "Fugitive visits", "visits", sort=False),
        _col("sources", "Sources", "sources", sort=False),
    ]
    visits = _events(store, ["fugitive_visit"], review_state=f.get("review_state"))
    rows = []
    matched: set[str] = set()
    for ev in _events(store, ["non_cooperation_finding"], **f):
        roles = ev["roles"]
        people, states = set(roles.get("subject", [])), set(roles.get("state", []))
        related = [
            v
            for v in visits
            if set(v["roles"].get("subject", [])) & people
            and (not states or set(v["roles"].get("host", [])) & states or not v["roles"].get("host"))
        ]
        if not related:
            related = [v for v in visits if set(v["roles"].get("subject", [])) & people]
        matched.update(v["id"] for v in related)
        rows.append(
            {
                **_base(ev),
                "state": ev["actors"].get("state", []),
                "subject": ev["actors"].get("subject", []),
                "chamber": ev["actors"].get("issuer", []),
                "referred_to": ev["actors"].get("referred_to", []),
                "visits": [_visit(v) for v in related],
            }
        )
    # a visit no finding has (yet) answered still belongs on the register
    for v in _events(store, ["fugitive_visit"], **f):
        if v["id"] in matched:
            continue
        rows.append(
            {
                **_base(v),
                "date": None,
                "state": v["actors"].get("host", []),
                "subject": v["actors"].get("subject", []),
                "chamber": [],
                "referred_to": [],
                "visits": [_visit(v)],
                "no_finding": True,
            }
        )
    return columns, rows


def _visit(v: dict[str, Any]) -> dict[str, Any]:
    arrested = v["attributes"].get("arrested")
    return {
        "event": v["id"],
        "document": v["document"],
        "date": v["date"],
        "host": v["actors"].get("host", []),
        "arrested": arrested,
        "review_state": v["review_state"],
    }


_SESSION_NUMBER = re.compile(r"asp-(?:special-)?(\d+)$")


def _sessions(store: Any, **f: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    columns = [
        _col("number", "Session", "session"),
        _col("date", "Dates", "daterange"),
        _col("venue", "Venue", "entities"),
        _col("statements", "Statements", "items", sort=False),
        _col("side_events", "Side events", "items", sort=False),
        _col("participants", "Participants", "entities", sort=False),
        _col("meetings", "Meetings", "items", sort=False),
        _col("sources", "Sources", "sources", sort=False),
    ]
    by_session: dict[str, dict[str, Any]] = {}

    def row_for(ent: dict[str, str]) -> dict[str, Any]:
        if ent["id"] not in by_session:
            m = _SESSION_NUMBER.search(ent["id"])
            by_session[ent["id"]] = {
                "event": None,
                "session": ent,
                "number": int(m.group(1)) if m else None,
                "kind": "",
                "date": None,
                "end_date": None,
                "venue": [],
                "statements": [],
                "side_events": [],
                "participants": [],
                "meetings": [],
                "sources": [],
                "review_state": None,
            }
        return by_session[ent["id"]]

    for ev in _events(store, ["assembly_session"], **f):
        for ent in ev["actors"].get("session", []):
            row = row_for(ent)
            row.update(
                event=ev["id"],
                date=row["date"] or ev["date"],
                end_date=row["end_date"] or ev["end_date"],
                review_state=ev["review_state"],
                kind=ev["attributes"].get("kind", ""),
            )
            if ev["attributes"].get("number"):
                row["number"] = ev["attributes"]["number"]
            row["venue"] = _merge(row["venue"], ev["actors"].get("venue", []))
            row["sources"].append(source_of(ev))
    for ev in _events(store, ["statement", "side_event", "participation", "meeting"], **f):
        for ent in ev["actors"].get("forum", []):
            if ent["kind"] != "session" and not ent["id"].startswith("session:"):
                continue
            row = row_for(ent)
            a = ev["actors"]
            item = {
                "event": ev["id"],
                "document": ev["document"],
                "date": ev["date"],
                "title": ev["attributes"].get("title") or "",
                "review_state": ev["review_state"],
            }
            if ev["type"] == "statement":
                row["statements"].append({**item, "by": a.get("author", []) + a.get("on_behalf_of", [])})
            elif ev["type"] == "side_event":
                row["side_events"].append(
                    {**item, "by": a.get("organizer", []), "co_sponsors": a.get("co_sponsor", [])}
                )
            elif ev["type"] == "participation":
                row["participants"] = _merge(row["participants"], a.get("participant", []))
            else:
                row["meetings"].append({**item, "by": a.get("participant", [])})
            if all(s["document"] != ev["document"] for s in row["sources"]):
                row["sources"].append(source_of(ev))
    return columns, list(by_session.values())


def _merge(have: list[dict[str, str]], more: list[dict[str, str]]) -> list[dict[str, str]]:
    seen = {e["id"] for e in have}
    return have + [e for e in more if e["id"] not in seen and not seen.add(e["id"])]


def _statements(store: Any, **f: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    columns = [
        _col("date", "Date", "date"),
        _col("title", "Statement"),
        _col("form", "Form"),
        _col("author", "Delivered / issued by", "entities"),
        _col("on_behalf_of", "On behalf of", "entities"),
        _col("signatories", "Signatories", "entities"),
        _col("drafters", "Drafted by", "entities"),
        _col("forum", "Forum", "entities"),
        _col("addressee", "Addressed to", "entities"),
        _col("sources", "Sources", "sources", sort=False),
    ]
    rows = []
    for ev in _events(store, ["statement"], **f):
        a, attrs = ev["actors"], ev["attributes"]
        signatories = a.get("signatory", [])
        rows.append(
            {
                **_base(ev),
                "title": attrs.get("title") or ev.get("document_title") or "",
                "form": (attrs.get("form") or "").replace("_", " "),
                "author": a.get("author", []),
                "on_behalf_of": a.get("on_behalf_of", []),
                "signatories": signatories,
                "signatory_count": attrs.get("signatory_count") or (len(signatories) or None),
                "drafters": a.get("drafter", []),
                "forum": a.get("forum", []),
                "addressee": a.get("addressee", []),
            }
        )
    return columns, rows


def _demands(store: Any, **f: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    columns = [
        _col("date", "Date", "date"),
        _col("claimant", "Claimant", "entities"),
        _col("addressee", "Addressee", "entities"),
        _col("action", "Action asked"),
        _col("status", "Status", "status"),
        _col("sources", "Sources", "sources", sort=False),
    ]
    rows = []
    for ev in _events(store, ["demand"], **f):
        st = ev.get("demand_status") or {}
        rows.append(
            {
                **_base(ev),
                "claimant": ev["actors"].get("claimant", []),
                "addressee": ev["actors"].get("addressee", []),
                "action": ev["attributes"].get("action") or "",
                "status": st.get("status"),
                "status_note": st.get("note") or "",
                "status_source": st.get("source") or "",
                "status_by": st.get("set_by"),
                "status_at": st.get("set_at"),
            }
        )
    return columns, rows


BUILDERS = {
    "sanctions": _sanctions,
    "non-cooperation": _non_cooperation,
    "sessions": _sessions,
    "statements": _statements,
    "demands": _demands,
}

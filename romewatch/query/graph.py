"""Who acts together: entities that share a role in the same event (co-signature, co-sponsorship...)."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

from .names import entity_names

# the roles in which sharing an event means acting together
JOINT_ROLES = {
    "statement": ("author", "signatory", "on_behalf_of", "drafter"),
    "side_event": ("organizer", "co_sponsor"),
    "meeting": ("participant",),
    "participation": ("participant",),
    "demand": ("claimant",),
    "commitment": ("agent",),
    "condemnation": ("agent",),
    "support": ("agent",),
    "sanction": ("imposer",),
    "threat": ("perpetrator",),
}


def graph(
    store: Any,
    *,
    types: list[str] | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_weight: int = 1,
    include_machine: bool = True,
    max_nodes: int = 250,
) -> dict[str, Any]:
    """Nodes (entities) and weighted edges; an edge lists the events its two ends shared a role in.

    Within one event, the fillers of the joint roles of its type are all linked pairwise (an author
    and the signatories of one statement act together). ``actor`` keeps that actor and its neighbours.
    """
    wanted = [t for t in (types or JOINT_ROLES) if t in JOINT_ROLES]
    states = None if include_machine else ["accepted", "edited"]
    events = store.events(type=wanted, since=since, until=until, review_state=states) if wanted else []
    weights: Counter[tuple[str, str]] = Counter()
    shared: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    degree: Counter[str] = Counter()
    for ev in events:
        people = sorted({i for role in JOINT_ROLES[ev["type"]] for i in ev["roles"].get(role, [])})
        for a, b in combinations(people, 2):
            weights[(a, b)] += 1
            if len(shared[(a, b)]) < 20:
                shared[(a, b)].append(
                    {"event": ev["id"], "type": ev["type"], "date": ev["date"], "document": ev["document"]}
                )
    pairs = {k: w for k, w in weights.items() if w >= min_weight}
    if actor:
        ids = set(store_resolve(store, actor))
        pairs = {k: w for k, w in pairs.items() if ids & set(k)}
    for (a, b), w in pairs.items():
        degree[a] += w
        degree[b] += w
    keep = {i for i, _ in degree.most_common(max_nodes)}
    pairs = {k: w for k, w in pairs.items() if k[0] in keep and k[1] in keep}
    names = entity_names(store, keep)
    nodes = [{**names[i], "weight": degree[i]} for i in sorted(keep, key=lambda i: (-degree[i], i))]
    edges = [
        {"source": a, "target": b, "weight": w, "events": shared[(a, b)]}
        for (a, b), w in sorted(pairs.items(), key=lambda kv: -kv[1])
    ]
    return {"nodes": nodes, "edges": edges, "types": wanted, "event_count": len(events)}


def store_resolve(store: Any, actor: str) -> list[str]:
    """Entity ids an actor filter names: the id itself, else exact name or alias matches."""
    if store.get_entity(actor):
        return [actor]
    needle = actor.strip().lower()
    return [
        e["id"]
        for e in store.entities(q=actor)
        if e["name"].lower() == needle or needle in (a.lower() for a in e.get("aliases", []))
    ]

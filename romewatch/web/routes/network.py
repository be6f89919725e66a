"""The network: who acts together (co-signature, co-sponsorship, joint statements and demands)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ...query.graph import JOINT_ROLES, graph
from ..render import twin
from ..security import viewer

router = APIRouter()


@twin(router, "/network", "network.html", summary="Who acts together", tags=["network"])
def network(
    request: Request,
    *,
    type: Annotated[list[str] | None, Query(description="Event types (repeatable); default all joint types")] = None,
    actor: Annotated[str, Query(description="Keep only this actor and its partners")] = "",
    focus: Annotated[str, Query(description="Highlight this entity id in the picture")] = "",
    since: Annotated[str, Query()] = "",
    until: Annotated[str, Query()] = "",
    min_weight: Annotated[int, Query(ge=1)] = 1,
    reviewed: Annotated[bool, Query()] = False,
    user: Annotated[Any, Depends(viewer)],
) -> dict[str, Any]:
    """Nodes (entities, weight = joint acts) and edges (pairs, weight = shared events, with the events)."""
    type = type or []
    unknown = [t for t in type if t not in JOINT_ROLES]
    if unknown:
        raise ValueError(f"no joint roles for: {', '.join(unknown)}; choose from {', '.join(JOINT_ROLES)}")
    data = graph(
        request.app.state.store,
        types=type or None,
        actor=actor or None,
        since=since or None,
        until=until or None,
        min_weight=min_weight,
        include_machine=not reviewed,
    )
    data["filters"] = {
        "type": type,
        "actor": actor,
        "focus": focus,
        "since": since,
        "until": until,
        "min_weight": min_weight,
        "reviewed": reviewed,
    }
    data["joint_roles"] = {t: list(r) for t, r in JOINT_ROLES.items()}
    return data

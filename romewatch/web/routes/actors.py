"""Actors: the list, one actor's profile, and its one-page brief (HTML for print, Markdown to download)."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ...errors import NotFound
from ...export.brief import to_markdown
from ...query.profiles import profile
from ...schema import ENTITY_KINDS
from ..render import twin
from ..security import viewer

router = APIRouter()
log = logging.getLogger(__name__)


def knowledge_base(request: Request) -> Any:
    """The packaged knowledge base, loaded once per app; None when it cannot be loaded."""
    if not hasattr(request.app.state, "kb"):
        try:
            from ...kb import load_kb

            request.app.state.kb = load_kb()
        except Exception:  # the profile still works without reference knowledge
            log.warning("knowledge base unavailable; profiles show no Rome Statute status", exc_info=True)
            request.app.state.kb = None
    return request.app.state.kb


@twin(router, "/actors", "actors.html", summary="Entities", tags=["actors"])
def actors(
    request: Request,
    *,
    kind: Annotated[str, Query(description="Entity kind")] = "",
    q: Annotated[str, Query(description="Name contains")] = "",
    limit: Annotated[int, Query(ge=1, le=5000)] = 300,
    user: Annotated[Any, Depends(viewer)],
) -> dict[str, Any]:
    """Entities with the number of documents that mention them and events that name them."""
    if kind and kind not in ENTITY_KINDS:
        raise ValueError(f"unknown kind {kind!r}; kinds are {', '.join(ENTITY_KINDS)}")
    rows = request.app.state.store.entities(kind=kind or None, q=q or None)
    rows.sort(key=lambda e: (-e["event_count"], -e["document_count"], e["name"]))
    return {"kind": kind, "q": q, "total": len(rows), "entities": rows[:limit], "kinds": list(ENTITY_KINDS)}


def _profile(request: Request, entity_id: str, reviewed: bool) -> dict[str, Any]:
    prof = profile(request.app.state.store, entity_id, knowledge_base(request), include_machine=not reviewed)
    if prof is None:
        raise NotFound(f"There is no actor {entity_id!r}.")
    prof["reviewed_only"] = reviewed
    return prof


@twin(router, "/actors/{entity_id}", "actor.html", summary="An actor's profile", tags=["actors"])
def actor(
    request: Request,
    *,
    entity_id: str,
    reviewed: Annotated[bool, Query(description="Only reviewed events")] = False,
    user: Annotated[Any, Depends(viewer)],
) -> dict[str, Any]:
    """KB facts (Rome Statute status for states) and every event naming the actor, by type and role."""
    return _profile(request, entity_id, reviewed)


@twin(router, "/actors/{entity_id}/brief", "brief.html", summary="An actor's one-page brief", tags=["actors"])
def brief(
    request: Request,
    *,
    entity_id: str,
    reviewed: Annotated[bool, Query()] = False,
    user: Annotated[Any, Depends(viewer)],
) -> dict[str, Any]:
    """The profile condensed to one page, with the same content as Markdown under ``markdown``."""
    prof = _profile(request, entity_id, reviewed)
    prof["markdown"] = to_markdown(prof, base_url=str(request.base_url).rstrip("/"))
    return prof


@router.get(
    "/actors/{entity_id}/brief.md",
    tags=["actors"],
    summary="Download an actor's brief as Markdown",
    response_class=Response,
    responses={200: {"content": {"text/markdown": {}}}},
)
def brief_markdown(
    request: Request,
    *,
    entity_id: str,
    reviewed: Annotated[bool, Query()] = False,
    user: Annotated[Any, Depends(viewer)],
) -> Response:
    prof = _profile(request, entity_id, reviewed)
    text = to_markdown(prof, base_url=str(request.base_url).rstrip("/"))
    filename = "brief-" + entity_id.replace(":", "-") + ".md"
    return Response(
        text,
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )

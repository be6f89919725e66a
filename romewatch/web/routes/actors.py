"""Actors: the list, one actor's profile, and its one-page brief (HTML for print, Markdown to download)."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import NotFound
from ...export.brief import to_markdown
from ...query.profiles import profile
from ...schema import ENTITY_KINDS
from ..render import as_json, twin, wants_json
from ..security import check_csrf, reviewer, viewer

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


ID_PREFIX = {"organization": "org"}


def new_entity_id(kind: str, name: str, given: str = "") -> str:
    """The canonical id for a new entity: the one given, else <kind prefix>:<slug of the name>."""
    from ...ids import slugify

    if given.strip():
        return given.strip()
    slug = slugify(name)
    if not slug:
        raise ValueError("An entity needs a name with at least one letter or digit.")
    return f"{ID_PREFIX.get(kind, kind)}:{slug}"


@router.post(
    "/api/entities",
    tags=["actors"],
    summary="Add an entity a review needs (reviewer)",
    dependencies=[Depends(check_csrf)],
    status_code=201,
)
@router.post("/entities", include_in_schema=False, dependencies=[Depends(check_csrf)])
async def add_entity(request: Request, *, user: Annotated[Any, Depends(reviewer)]) -> Response:
    """Form or JSON fields: ``kind``, ``name`` and optionally ``id`` (else derived from kind and name)."""
    if "json" in request.headers.get("content-type", ""):
        fields = await request.json()
    else:
        fields = dict(await request.form())
    kind, name = str(fields.get("kind", "")), str(fields.get("name", "")).strip()
    target = str(fields.get("next") or "/review")
    target = target if target.startswith("/") and not target.startswith("//") else "/review"
    try:
        if kind not in ENTITY_KINDS:
            raise ValueError(f"Choose a kind: {', '.join(ENTITY_KINDS)}.")
        entity_id = new_entity_id(kind, name, str(fields.get("id", "")))
        if request.app.state.store.get_entity(entity_id):
            raise ValueError(f"{entity_id} already exists; use it in a role.")
        request.app.state.store.add_entity(entity_id, kind, name, user)
    except ValueError as exc:
        if wants_json(request):
            return as_json({"error": {"code": "invalid_input", "message": str(exc)}}, status_code=400)
        request.session["flash_error"] = str(exc)
        return RedirectResponse(target, status_code=303)
    if wants_json(request):
        return as_json({"id": entity_id, "kind": kind, "name": name}, status_code=201)
    request.session["flash"] = f"Added {name} as {entity_id}; you can now use it in a role."
    return RedirectResponse(target, status_code=303)

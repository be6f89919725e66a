"""The five registers, each a sortable, filterable table whose every row cites its sources."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ...errors import NotFound
from ...query.registers import REGISTERS, register
from ..render import twin
from ..security import viewer

router = APIRouter()


def _cell(value: Any, base: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v, base) for v in value)
    if isinstance(value, dict):
        if "document" in value and "event" in value and "title" in value:  # a source
            return f"{base}/documents/{value['document']}#{value['event']}"
        if "host" in value:  # a fugitive visit
            hosts = ", ".join(h["name"] for h in value["host"])
            return f"{hosts} {value.get('date') or 'undated'}"
        return str(value.get("title") or value.get("name") or "")
    return str(value)


@router.get(
    "/api/registers/{name}.csv",
    tags=["registers"],
    summary="One register as CSV (same filters as the page)",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
@router.get("/registers/{name}.csv", include_in_schema=False, response_class=Response)
def register_csv(
    request: Request,
    *,
    name: str,
    actor: str = "",
    since: str = "",
    until: str = "",
    q: str = "",
    status: str = "",
    reviewed: bool = False,
    sort: str = "date",
    dir: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
    user: Annotated[Any, Depends(viewer)],
) -> Response:
    """Entity names joined with '; ', each source as a link to its sentence."""
    data = _load(request, name, actor, since, until, q, status, sort, dir, reviewed)
    base = str(request.base_url).rstrip("/")
    keys = [c["key"] for c in data["columns"]] + ["review_state", "event"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c["label"] for c in data["columns"]] + ["Review state", "Event"])
    for row in data["rows"]:
        writer.writerow([_cell(row.get(k), base) for k in keys])
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="romewatch-{name}.csv"'},
    )


@twin(router, "/registers", "registers.html", summary="The registers available", tags=["registers"])
def registers_index(request: Request, *, user: Annotated[Any, Depends(viewer)]) -> dict[str, Any]:
    """Names, titles and row counts of every register."""
    store = request.app.state.store
    items = [{"name": name, **meta, "count": register(store, name)["count"]} for name, meta in REGISTERS.items()]
    return {"registers": items}


@twin(router, "/registers/{name}", "register.html", summary="One register", tags=["registers"])
def register_view(
    request: Request,
    *,
    name: str,
    actor: Annotated[str, Query(description="Only rows naming this entity (id or name) in any role")] = "",
    since: Annotated[str, Query(description="Event date on or after")] = "",
    until: Annotated[str, Query(description="Event date on or before")] = "",
    q: Annotated[str, Query(description="Rows whose text contains this")] = "",
    status: Annotated[str, Query(description="Demands only: open, met, not_met, unknown or unset")] = "",
    reviewed: Annotated[bool, Query(description="Only events a reviewer accepted or edited")] = False,
    sort: Annotated[str, Query(description="Column key to sort by")] = "date",
    dir: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
    user: Annotated[Any, Depends(viewer)],
) -> dict[str, Any]:
    """Rows with entity names, dates, attributes and sources (document + event ids)."""
    data = _load(request, name, actor, since, until, q, status, sort, dir, reviewed)
    data["filters"]["reviewed"] = reviewed
    return data


def _load(
    request: Request,
    name: str,
    actor: str,
    since: str,
    until: str,
    q: str,
    status: str,
    sort: str,
    direction: str,
    reviewed: bool,
) -> dict[str, Any]:
    """One register with the page's filters; empty filters mean none."""
    if name not in REGISTERS:
        raise NotFound(f"There is no register {name!r}; try one of {', '.join(REGISTERS)}.")
    return register(
        request.app.state.store,
        name,
        actor=actor or None,
        since=since or None,
        until=until or None,
        q=q or None,
        status=status or None,
        sort=sort,
        direction=direction,
        include_machine=not reviewed,
    )

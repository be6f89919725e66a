"""The five registers, each a sortable, filterable table whose every row cites its sources."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ...errors import NotFound
from ...query.registers import REGISTERS, register
from ..render import twin
from ..security import viewer

router = APIRouter()


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
    if name not in REGISTERS:
        raise NotFound(f"There is no register {name!r}; try one of {', '.join(REGISTERS)}.")
    data = register(
        request.app.state.store,
        name,
        actor=actor or None,
        since=since or None,
        until=until or None,
        q=q or None,
        status=status or None,
        sort=sort,
        direction=dir,
        include_machine=not reviewed,
    )
    data["filters"]["reviewed"] = reviewed
    return data

"""One query function, two faces: an HTML page and its JSON twin under /api."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates

from ..schema import load_schema
from . import filters
from .charts import timeline_svg
from .marking import marked_text
from .security import csrf_token, current_user, rank, user_field

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
filters.install(templates.env)
filters.install_more(templates.env)
templates.env.globals["marked_text"] = marked_text
templates.env.globals["timeline_svg"] = timeline_svg
templates.env.globals["url_with"] = lambda request, **kw: url_with(request, **kw)


def context(request: Request, data: dict[str, Any]) -> dict[str, Any]:
    user = current_user(request)
    role = user_field(user, "role")
    has_session = "session" in request.scope
    flash = request.session.pop("flash", None) if has_session else None
    flash_error = request.session.pop("flash_error", None) if has_session else None
    return {
        **data,
        "request": request,
        "user": user,
        "user_name": user_field(user, "name"),
        "can_review": rank(role) >= rank("reviewer"),
        "is_admin": rank(role) >= rank("admin"),
        "csrf_token": csrf_token(request) if "session" in request.scope else "",
        "schema": load_schema(),
        "flash": flash,
        "flash_error": flash_error,
        "query_string": request.url.query,
        "json_url": json_url(request),
    }


def json_url(request: Request) -> str:
    path = request.url.path
    if path.startswith("/api/"):
        return str(request.url)
    target = "/api" + (path if path != "/" else "/search")
    return target + ("?" + request.url.query if request.url.query else "")


def page(request: Request, template: str, data: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context(request, data), status_code=status_code)


def as_json(data: Any, status_code: int = 200) -> JSONResponse:
    return JSONResponse(jsonable_encoder(data), status_code=status_code)


def twin(router: APIRouter, path: str, template: str, *, summary: str = "", tags: list[str] | None = None) -> Callable:
    """Register ``fn`` as GET ``/api{path}`` (JSON, in OpenAPI) and GET ``{path}`` (HTML).

    ``fn`` takes its query parameters plus ``request`` and returns a JSON-able dict, which is
    also the template's context. ``?format=json`` on the page returns the same JSON.
    """

    def decorate(fn: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        @functools.wraps(fn)
        def api_endpoint(*args: Any, **kwargs: Any) -> JSONResponse:
            return as_json(fn(*args, **kwargs))

        @functools.wraps(fn)
        def page_endpoint(*args: Any, **kwargs: Any) -> Any:
            data = fn(*args, **kwargs)
            request: Request = kwargs["request"]
            if request.query_params.get("format") == "json":
                return as_json(data)
            return page(request, template, data)

        api_path = "/api" + (path if path != "/" else "/search")
        router.add_api_route(
            api_path,
            api_endpoint,
            methods=["GET"],
            summary=summary or fn.__doc__ or None,
            tags=tags,
            name="api_" + fn.__name__,
        )
        router.add_api_route(
            path, page_endpoint, methods=["GET"], include_in_schema=False, response_class=HTMLResponse, name=fn.__name__
        )
        return fn

    return decorate


def wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def url_with(request: Request, **changes: Any) -> str:
    """The current URL with some query parameters replaced (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return request.url.path + ("?" + query if query else "")

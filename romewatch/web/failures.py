"""One error shape for the API ({"error": {"code", "message"}}) and a friendly page for people."""

from __future__ import annotations

import logging
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ItemError, NotFound, PermissionDenied, RomewatchError
from .render import as_json, page, wants_json
from .security import Forbidden, LoginRequired

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "login_required",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid_input",
    500: "internal_error",
}
TITLES = {
    400: "That request could not be understood",
    401: "Please sign in",
    403: "Not allowed",
    404: "Not found",
    405: "Not allowed here",
    409: "Conflict",
    413: "Too large",
    422: "Some input was not valid",
    500: "Something went wrong",
}


def error_response(request: Request, status: int, message: str, code: str | None = None) -> Response:
    code = code or CODES.get(status, "error")
    if wants_json(request):
        return as_json({"error": {"code": code, "message": message}}, status_code=status)
    data = {"status": status, "code": code, "title": TITLES.get(status, "Error"), "message": message}
    try:
        return page(request, "error.html", data, status_code=status)
    except Exception:  # the error page itself must never fail
        log.exception("error page failed")
        return Response(f"{status} {message}", status_code=status, media_type="text/plain")


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
    return "; ".join(parts) or "invalid input"


def install(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired) -> Response:
        if wants_json(request):
            return error_response(request, 401, "Sign in first (session cookie or HTTP Basic credentials).")
        target = request.url.path + ("?" + request.url.query if request.url.query else "")
        return RedirectResponse("/login?next=" + quote(target, safe=""), status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return error_response(request, 403, exc.message)

    @app.exception_handler(PermissionDenied)
    async def _denied(request: Request, exc: PermissionDenied) -> Response:
        return error_response(request, 403, str(exc) or "Not allowed.")

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return error_response(request, 404, str(exc) or "No such record.")

    @app.exception_handler(ItemError)
    async def _item(request: Request, exc: ItemError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(RomewatchError)
    async def _domain(request: Request, exc: RomewatchError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(ValueError)
    async def _value(request: Request, exc: ValueError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "Error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"There is nothing at {request.url.path}."
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, "An unexpected error occurred; it has been logged.")

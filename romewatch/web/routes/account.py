"""Sign in, sign out, first-run setup and (for admins) user management."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ..render import as_json, page, twin, wants_json
from ..security import ROLES, SESSION_USER, admin, check_csrf, csrf_token, current_user, user_field, viewer

router = APIRouter()


def _safe_next(target: str | None) -> str:
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


def _users(request: Request) -> list[Any]:
    return list(request.app.state.store.list_users())


@router.get("/login", include_in_schema=False)
def login_form(request: Request, *, next: str = "/") -> Response:
    if not _users(request):
        return RedirectResponse("/setup", status_code=303)
    csrf_token(request)
    return page(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login", include_in_schema=False, dependencies=[Depends(check_csrf)])
def login(
    request: Request,
    *,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    user = request.app.state.store.verify_user(username, password)
    if not user:
        return page(
            request,
            "login.html",
            {"next": _safe_next(next), "error": "Unknown user or wrong password."},
            status_code=401,
        )
    token = request.session.get("csrf")
    request.session.clear()
    request.session[SESSION_USER] = user_field(user, "name") or username
    request.session["csrf"] = token or csrf_token(request)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout", include_in_schema=False, dependencies=[Depends(check_csrf)])
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/setup", include_in_schema=False)
def setup_form(request: Request) -> Response:
    if _users(request):
        return RedirectResponse("/login", status_code=303)
    csrf_token(request)
    return page(request, "setup.html", {"error": None})


@router.post("/setup", include_in_schema=False, dependencies=[Depends(check_csrf)])
def setup(request: Request, *, username: Annotated[str, Form()], password: Annotated[str, Form()]) -> Response:
    """Create the first administrator; refused once any user exists."""
    if _users(request):
        return RedirectResponse("/login", status_code=303)
    if len(password) < 8 or not username.strip():
        return page(
            request, "setup.html", {"error": "Choose a name and a password of at least 8 characters."}, status_code=400
        )
    request.app.state.store.add_user(username.strip(), password, "admin")
    request.session[SESSION_USER] = username.strip()
    return RedirectResponse("/", status_code=303)


def _user_rows(request: Request) -> list[dict[str, Any]]:
    rows = []
    for u in _users(request):
        rows.append(
            {"name": user_field(u, "name"), "role": user_field(u, "role"), "created_at": user_field(u, "created_at")}
        )
    return rows


@router.get("/api/me", tags=["account"], summary="The signed-in user")
def me(request: Request, *, user: Annotated[Any, Depends(viewer)]) -> Response:
    return as_json(
        {"name": user_field(user, "name"), "role": user_field(user, "role"), "csrf_token": csrf_token(request)}
    )


@twin(router, "/users", "users.html", summary="All user accounts (admin)", tags=["account"])
def users(request: Request, *, user: Annotated[Any, Depends(admin)]) -> dict[str, Any]:
    """Names, roles and creation times (never password hashes)."""
    return {"users": _user_rows(request), "roles": list(ROLES), "error": None}


@router.post("/api/users", tags=["account"], summary="Create a user (admin)", dependencies=[Depends(check_csrf)])
@router.post("/users", include_in_schema=False, dependencies=[Depends(check_csrf)])
def create_user(
    request: Request,
    *,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    role: Annotated[str, Form()] = "viewer",
    user: Annotated[Any, Depends(admin)],
) -> Response:
    error = None
    if role not in ROLES:
        error = f"Unknown role {role!r}."
    elif len(password) < 8 or not username.strip():
        error = "A user needs a name and a password of at least 8 characters."
    elif request.app.state.store.get_user(username.strip()):
        error = f"There is already a user called {username.strip()!r}."
    if error:
        if wants_json(request):
            return as_json({"error": {"code": "invalid_input", "message": error}}, status_code=400)
        return page(request, "users.html", {"users": _user_rows(request), "roles": ROLES, "error": error}, 400)
    request.app.state.store.add_user(username.strip(), password, role)
    if wants_json(request):
        return as_json({"name": username.strip(), "role": role}, status_code=201)
    request.session["flash"] = f"User {username.strip()} created as {role}."
    return RedirectResponse("/users", status_code=303)


@router.get("/health", tags=["account"], summary="Liveness probe")
def health() -> dict[str, str]:
    return {"status": "ok"}


__all__ = ["current_user", "router"]

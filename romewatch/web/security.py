"""Who is asking, and may they? Sessions, roles, CSRF tokens and the signing secret."""

from __future__ import annotations

import base64
import hmac
import secrets
from pathlib import Path
from typing import Any

from fastapi import Depends, Request

ROLES = ("viewer", "reviewer", "admin")
SESSION_USER = "user"
SESSION_CSRF = "csrf"


class LoginRequired(Exception):
    """No signed-in user; pages redirect to /login, the API answers 401."""


class Forbidden(Exception):
    """Signed in, but the role or CSRF token does not allow this request."""

    def __init__(self, message: str = "You are not allowed to do this."):
        super().__init__(message)
        self.message = message


def rank(role: str | None) -> int:
    return ROLES.index(role) if role in ROLES else -1


def user_field(user: Any, name: str) -> Any:
    if user is None:
        return None
    if isinstance(user, dict):
        return user.get(name)
    return getattr(user, name, None)


def secret_for(store: Any, configured: str = "") -> str:
    """The configured secret, else a random key kept in a file beside the SQLite database."""
    if configured:
        return configured
    path = _db_path(store)
    if path is None:
        return secrets.token_urlsafe(32)
    key_file = path.with_name(path.name + ".secret")
    if key_file.exists():
        return key_file.read_text("utf-8").strip()
    key = secrets.token_urlsafe(32)
    key_file.write_text(key, "utf-8")
    key_file.chmod(0o600)
    return key


def _db_path(store: Any) -> Path | None:
    engine = getattr(store, "engine", None)
    url = getattr(engine, "url", None) or getattr(store, "url", None)
    database = getattr(url, "database", None)
    if not database and isinstance(url, str) and url.startswith("sqlite:///"):
        database = url[len("sqlite:///") :]
    if not database or database == ":memory:":
        return None
    return Path(database)


def csrf_token(request: Request) -> str:
    """This session's CSRF token, created on first use."""
    token = request.session.get(SESSION_CSRF)
    if not token:
        token = secrets.token_urlsafe(24)
        request.session[SESSION_CSRF] = token
    return token


async def check_csrf(request: Request) -> None:
    """Every state-changing request carries the session's token (form field or X-CSRF-Token)."""
    if getattr(request.state, "basic_auth", False):
        return  # credentials sent with each request, no ambient cookie to ride on
    expected = request.session.get(SESSION_CSRF, "")
    sent = request.headers.get("x-csrf-token", "")
    if not sent and "form" in request.headers.get("content-type", ""):
        form = await request.form()
        sent = str(form.get("csrf_token", ""))

    if not expected or not sent or not hmac.compare_digest(str(expected), sent):
        raise Forbidden(
            "The form has expired or did not come from this site (missing or invalid CSRF token). Reload the page and try again."
        )


def _basic_user(request: Request) -> Any:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        name, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
    except Exception:  # noqa: BLE001
        return None
    user = request.app.state.store.verify_user(name, password)
    if user:
        request.state.basic_auth = True
    return user


def current_user(request: Request) -> Any:
    """The signed-in user record, or None. Cached on the request."""
    if hasattr(request.state, "user"):
        return request.state.user
    user = None
    name = request.session.get(SESSION_USER)
    if name:
        user = request.app.state.store.get_user(name)
        if not user:
            request.session.pop(SESSION_USER, None)
    if user is None:
        user = _basic_user(request)
    request.state.user = user
    return user


def require(role: str):
    """Dependency: a signed-in user holding at least ``role``."""

    def dependency(request: Request) -> Any:
        user = current_user(request)
        if user is None:
            raise LoginRequired()
        if rank(user_field(user, "role")) < rank(role):
            raise Forbidden(f"This needs the {role} role; you are signed in as {user_field(user, 'role')}.")
        return user

    dependency.__name__ = f"require_{role}"
    return dependency


viewer = require("viewer")
reviewer = require("reviewer")
admin = require("admin")
csrf = Depends(check_csrf)

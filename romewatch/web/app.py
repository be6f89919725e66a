"""The application factory and the server entry point."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from .. import __version__ as VERSION
from . import failures
from .render import HERE
from .routes import ROUTERS
from .security import secret_for

DESCRIPTION = (
    "Search and registers over statements, letters, decisions and news about the International Criminal "
    "Court and its Assembly of States Parties. Every HTML page has a JSON twin under /api. Errors share "
    'one shape: {"error": {"code": ..., "message": ...}}. Authenticate with the session cookie from '
    "/login (state-changing requests then need the X-CSRF-Token header) or with HTTP Basic credentials."
)


def create_app(
    store: Any, *, secret: str | None = None, secure_cookies: bool | None = None, ingest_inline: bool = False
) -> FastAPI:
    """Build the web application over an open ``Store``.

    ``secret`` and ``secure_cookies`` default to the settings; ``ingest_inline`` runs uploads in
    the request instead of a background thread (handy in tests).
    """
    from .. import settings

    if secret is None:
        secret = settings.get("secret")
    if secure_cookies is None:
        secure_cookies = settings.get("secure_cookies").strip().lower() in ("1", "true", "yes", "on")
    app = FastAPI(
        title="romewatch",
        version=VERSION,
        description=DESCRIPTION,
        docs_url="/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.store = store
    app.state.ingest_inline = ingest_inline
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_for(store, secret),
        session_cookie="romewatch_session",
        same_site="lax",
        https_only=bool(secure_cookies),
        max_age=14 * 24 * 3600,
    )
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    failures.install(app)
    for router in ROUTERS:
        app.include_router(router)
    return app


def serve(store: Any, host: str | None = None, port: int | None = None, **app_options: Any) -> None:
    """Run the application with uvicorn until interrupted."""
    import uvicorn

    from .. import settings

    host = host or settings.get("host")
    port = port or settings.get_int("port")
    uvicorn.run(create_app(store, **app_options), host=host, port=port, log_level="info", proxy_headers=False)

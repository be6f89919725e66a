"""Add documents (admin): upload files or list URLs; follow the job's per-item report."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from ...errors import NotFound
from ...ingest import SUPPORTED_EXTENSIONS
from ..jobs import Jobs
from ..render import as_json, twin, wants_json
from ..security import admin, check_csrf, user_field

router = APIRouter()


def jobs_of(request: Request) -> Jobs:
    if not hasattr(request.app.state, "jobs"):
        request.app.state.jobs = Jobs()
    return request.app.state.jobs


@twin(router, "/ingest", "ingest.html", summary="Recent ingest jobs", tags=["ingest"])
def ingest_page(request: Request, *, user: Annotated[Any, Depends(admin)]) -> dict[str, Any]:
    """The upload form's data: accepted formats and this server's recent jobs."""
    return {"jobs": jobs_of(request).recent(), "extensions": list(SUPPORTED_EXTENSIONS)}


@router.post(
    "/api/ingest",
    tags=["ingest"],
    summary="Start an ingest job from uploaded files and/or URLs (admin); 202 with the job",
    dependencies=[Depends(check_csrf)],
    status_code=202,
)
@router.post(
    "/ingest",
    include_in_schema=False,
    tags=["ingest"],
    summary="Start an ingest job from uploaded files and/or URLs (admin)",
    dependencies=[Depends(check_csrf)],
    status_code=202,
)
async def start_ingest(request: Request, *, user: Annotated[Any, Depends(admin)]) -> Response:
    """Multipart form: ``files`` (repeatable), ``urls`` (one per line), ``extract`` (on/off)."""
    form = await request.form()
    uploads: list[tuple[str, bytes]] = []
    for f in form.getlist("files"):
        if isinstance(f, UploadFile) and f.filename:
            uploads.append((f.filename, await f.read()))
    urls = [u.strip() for u in str(form.get("urls", "")).splitlines() if u.strip()]
    extract = str(form.get("extract", "on")).lower() not in ("", "0", "off", "false", "no")
    if not uploads and not urls:
        message = "Choose at least one file or enter at least one URL."
        if wants_json(request):
            return as_json({"error": {"code": "invalid_input", "message": message}}, status_code=400)
        request.session["flash_error"] = message
        return RedirectResponse("/ingest", status_code=303)
    job = jobs_of(request).start(
        request.app.state.store,
        user_field(user, "name"),
        uploads,
        urls,
        extract,
        inline=bool(getattr(request.app.state, "ingest_inline", False)),
    )
    if wants_json(request):
        return as_json(job, status_code=202)
    return RedirectResponse(f"/ingest/jobs/{job['id']}", status_code=303)


@twin(
    router,
    "/ingest/jobs/{job_id}",
    "job.html",
    summary="One ingest job's progress and per-item report",
    tags=["ingest"],
)
def job(request: Request, *, job_id: str, user: Annotated[Any, Depends(admin)]) -> dict[str, Any]:
    """State (running/finished), done/total, and each item's status, document id and failure reason."""
    found = jobs_of(request).get(job_id)
    if found is None:
        raise NotFound(f"There is no ingest job {job_id!r} on this server (jobs are kept until it restarts).")
    return {"job": found}

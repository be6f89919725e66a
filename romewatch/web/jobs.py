"""Ingest jobs started from the browser: uploads and URLs, run item by item with a live report.

Each item is read with the ingest package's readers, saved, and (optionally) extracted; a bad
item becomes a ``failed`` line with its reason and the job goes on.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from .. import settings

KEEP_JOBS = 50  # finished jobs kept in memory for their reports


def _safe_name(name: str) -> str:
    name = Path(name or "upload").name
    return re.sub(r"[^A-Za-z0-9._ -]+", "_", name).strip() or "upload"


class Jobs:
    """In-memory registry of this server's ingest jobs (newest first)."""

    def __init__(self) -> None:
        self._jobs: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return _copy(job) if job else None

    def recent(self, limit: int = 10) -> list[dict[str, Any]]:
        with self._lock:
            jobs = sorted(self._jobs.values(), key=lambda j: j["started_at"], reverse=True)[:limit]
            return [_copy(j) for j in jobs]

    def start(
        self,
        store: Any,
        user: str,
        uploads: list[tuple[str, bytes]],
        urls: list[str],
        extract: bool,
        inline: bool = False,
    ) -> dict[str, Any]:
        job_id = secrets.token_hex(6)
        folder = Path(tempfile.mkdtemp(prefix="romewatch-upload-"))
        items: list[dict[str, Any]] = []
        for name, data in uploads:
            path = folder / f"{len(items):03d}-{_safe_name(name)}"
            path.write_bytes(data)
            items.append(
                {
                    "source": _safe_name(name),
                    "kind": "upload",
                    "path": str(path),
                    "status": "queued",
                    "doc_id": None,
                    "title": "",
                    "reason": "",
                    "events": None,
                }
            )
        for url in urls:
            items.append(
                {
                    "source": url,
                    "kind": "url",
                    "path": None,
                    "status": "queued",
                    "doc_id": None,
                    "title": "",
                    "reason": "",
                    "events": None,
                }
            )
        job = {
            "id": job_id,
            "user": user,
            "started_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "finished_at": None,
            "state": "running",
            "extract": extract,
            "total": len(items),
            "done": 0,
            "items": items,
        }
        with self._lock:
            self._jobs[job_id] = job
            for old in sorted(self._jobs.values(), key=lambda j: j["started_at"])[:-KEEP_JOBS]:
                if old["state"] == "finished":
                    self._jobs.pop(old["id"], None)
        if inline:
            self._run(store, job, folder)
        else:
            threading.Thread(target=self._run, args=(store, job, folder), daemon=True, name=f"ingest-{job_id}").start()
        return self.get(job_id) or job

    def _run(self, store: Any, job: dict[str, Any], folder: Path) -> None:
        try:
            extractor, version = _extractor() if job["extract"] else (None, "")
            for item in job["items"]:
                with self._lock:
                    item["status"] = "running"
                result = _ingest_one(store, item, extractor, version)
                with self._lock:
                    item.update(result)
                    job["done"] += 1
        except Exception as exc:  # noqa: BLE001 - a bad configuration (e.g. no spaCy model) stops the job
            with self._lock:
                for item in job["items"]:
                    if item["status"] in ("queued", "running"):
                        item.update(status="failed", reason=f"the run stopped: {exc}")
                job["done"] = job["total"]
        finally:
            with self._lock:
                job["state"] = "finished"
                job["finished_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
            shutil.rmtree(folder, ignore_errors=True)


def _copy(job: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in job.items() if k != "items"}
    out["items"] = [{k: v for k, v in item.items() if k != "path"} for item in job["items"]]
    out["counts"] = {
        s: sum(1 for i in job["items"] if i["status"] == s)
        for s in ("queued", "running", "ingested", "duplicate", "failed")
    }
    return out


def _extractor() -> tuple[Any, str]:
    from ..ingest.run import default_extractor

    return default_extractor()


def _ingest_one(store: Any, item: dict[str, Any], extractor: Any, version: str) -> dict[str, Any]:
    from ..errors import ItemError
    from ..ingest.reader import read_source
    from ..ingest.run import save_document
    from ..ingest.sources import Source

    limit = settings.get_int("max_bytes")
    if item["kind"] == "url":
        source = Source(name=item["source"], url=item["source"])
    else:
        source = Source(name=item["source"], path=Path(item["path"]))
    out: dict[str, Any] = {"status": "failed", "reason": "no document found in it"}
    saved = 0
    for found in read_source(source, limit):
        if isinstance(found, ItemError):
            if not saved:
                out = {"status": "failed", "reason": found.reason}
            continue
        doc = found
        if item["kind"] == "upload":  # name the upload, not the temporary file it passed through
            doc = dataclasses.replace(doc, source="upload:" + item["source"])
        report = save_document(store, doc, extractor, version)
        saved += 1
        events = (out.get("events") or 0) + report.events if report.events is not None else out.get("events")
        out = {
            "status": report.status,
            "doc_id": report.doc_id,
            "title": doc.title,
            "reason": report.reason,
            "events": events,
        }
        if report.status == "duplicate":
            out["reason"] = "already in the store (same text)"
    if saved > 1:
        out["title"] = f"{saved} documents"
    return out

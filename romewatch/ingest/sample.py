"""The sample corpus shipped with the package (``romewatch/sample/``), as a folder on disk."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from .formats import BY_EXTENSION
from .report import IngestReport
from .run import ingest


@contextmanager
def sample_folder() -> Iterator[Path | None]:
    """The folder of bundled sample documents, or None when the package ships none."""
    root = resources.files("romewatch").joinpath("sample")
    if not root.is_dir():
        yield None
        return
    if isinstance(root, Path):
        yield root if any(_is_document(p.name) for p in root.iterdir()) else None
        return
    with tempfile.TemporaryDirectory() as tmp:  # zipped install: copy the documents out
        count = 0
        for entry in root.iterdir():
            if entry.is_file() and _is_document(entry.name):
                (Path(tmp) / entry.name).write_bytes(entry.read_bytes())
                count += 1
        yield Path(tmp) if count else None


def _is_document(name: str) -> bool:
    """Sample documents, not the folder's own README or gold annotations."""
    stem = Path(name).stem.lower()
    return not name.startswith(".") and stem != "readme" and Path(name).suffix.lower() in BY_EXTENSION


def ingest_sample(store: Any, extract: bool = True, progress: bool | None = None) -> IngestReport | None:
    """Ingest (and extract) the bundled sample corpus; None when the package ships none."""
    with sample_folder() as folder:
        if folder is None:
            return None
        documents = sorted(p for p in folder.iterdir() if p.is_file() and _is_document(p.name))
        return ingest(store, documents, extract=extract, progress=progress)

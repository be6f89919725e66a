"""Ingest into a store: read, deduplicate, save, optionally extract; report every item."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from tqdm import tqdm

from .. import settings
from ..errors import ItemError, RunError
from ..model import Document
from .reader import read_source
from .report import IngestReport, ItemReport
from .sources import expand

if TYPE_CHECKING:
    from ..store import Store

EXTRACT_COMPONENT = "romewatch.extract"
Extractor = Callable[[Document], Any]


def ingest(
    store: Store,
    sources: Iterable[str | Path],
    extract: bool = True,
    progress: bool | None = None,
    *,
    reextract: bool = False,
    max_bytes: int | None = None,
    stdin: BinaryIO | None = None,
    extractor: Extractor | None = None,
    version: str | None = None,
) -> IngestReport:
    """Add every document found to ``store``; with ``extract``, run extraction on new ones.

    A bad item, or an extraction that crashes on one document, becomes a ``failed`` line in the
    report (the document itself is kept) and the run goes on. ``progress`` None means: a bar on
    stderr when it is a terminal.
    """
    limit = settings.get_int("max_bytes") if max_bytes is None else max_bytes
    if extract and extractor is None:
        extractor, version = default_extractor()
    items = list(expand(sources))
    show = sys.stderr.isatty() if progress is None else progress
    report = IngestReport()
    bar = tqdm(items, desc="ingest", unit="item", file=sys.stderr, disable=not show or len(items) < 2)
    for source in bar:
        if isinstance(source, ItemError):
            report.add(ItemReport(source.item, "failed", reason=source.reason))
            continue
        for found in read_source(source, limit, stdin):
            if isinstance(found, ItemError):
                report.add(ItemReport(found.item, "failed", reason=found.reason))
                continue
            report.add(save_document(store, found, extractor if extract else None, version or "", reextract))
    return report


def save_document(
    store: Store, doc: Document, extractor: Extractor | None = None, version: str = "", again: bool = False
) -> ItemReport:
    """Store one document and, when it is new (or ``again``), extract it; report what happened.

    An extraction crash marks the item failed and keeps the document; a ``RunError`` (bad
    configuration) propagates, since every later item would fail the same way.
    """
    doc_id, created = store.add_document(doc)
    item = ItemReport(doc.source, "ingested" if created else "duplicate", doc_id, title=doc.title)
    if extractor is None or not (created or again):
        return item
    try:
        result = extractor(doc)
        store.save_extraction(result, component=EXTRACT_COMPONENT, version=version)
        item.events = len(result.events)
    except RunError:
        raise
    except Exception as exc:  # noqa: BLE001 -- one document's crash is that item's failure; the run goes on
        item.status = "failed"
        item.reason = f"extraction failed ({type(exc).__name__}: {exc}); the document was kept"
    return item


def default_extractor() -> tuple[Extractor, str]:
    from ..extract import extract_document

    try:
        from ..extract.pipeline import VERSION
    except ImportError:
        VERSION = "0"
    return extract_document, VERSION

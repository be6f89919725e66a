"""Ingest: files, folders, URLs and stdin into ``Document`` records, and into a store.

    for item in iter_documents(["letters/", "https://example.org/statement.html"]):
        ...  # a Document, or an ItemError to report
    report = ingest(store, ["letters/"])
    print(report.summary())  # ingested N, duplicates N, failed N

One module per format (text, html, pdf, docx, records); ``normalise`` turns what a reader found
into a content-addressed ``Document``; ``dates.find_document_date`` reads a document's own date.
"""

from __future__ import annotations

from .dates import find_document_date, parse_date
from .formats import BY_EXTENSION
from .reader import iter_documents, read_file, read_path
from .report import IngestReport, ItemReport
from .run import EXTRACT_COMPONENT, ingest
from .sample import ingest_sample, sample_folder

SUPPORTED_EXTENSIONS = tuple(sorted(BY_EXTENSION))

__all__ = [
    "EXTRACT_COMPONENT",
    "SUPPORTED_EXTENSIONS",
    "IngestReport",
    "ItemReport",
    "find_document_date",
    "ingest",
    "ingest_sample",
    "iter_documents",
    "parse_date",
    "read_file",
    "read_path",
    "sample_folder",
]

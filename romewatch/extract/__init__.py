"""Extraction: text in, entities and events out (the contract of spec/EXTRACTION.md).

``extract_document`` runs the components listed in ``pipeline.COMPONENTS`` in order over one
document. It knows no database; the store saves what it returns.
"""

from __future__ import annotations

from .pipeline import extract_document, extract_many, extract_text, get_nlp

__all__ = ["extract_document", "extract_many", "extract_text", "get_nlp"]

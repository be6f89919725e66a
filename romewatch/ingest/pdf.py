"""PDF files (pypdf): page text, title and creation date from the metadata."""

from __future__ import annotations

import io

from ..errors import ItemError
from .normalise import Parsed


def read_pdf(data: bytes, name: str) -> list[Parsed]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ItemError(name, "encrypted PDF (it needs a password; save an unprotected copy)")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except ItemError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ItemError(name, f"not a readable PDF ({exc})") from None
    except Exception as exc:  # noqa: BLE001 -- pypdf raises assorted errors on damaged or protected files
        if "encrypt" in str(exc).lower() or "crypt" in type(exc).__name__.lower():
            raise ItemError(name, "encrypted PDF (it cannot be opened without its password)") from None
        raise ItemError(name, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise ItemError(name, "no extractable text in this PDF (a scan? run OCR first)")
    title = str(meta.title).strip() if meta and meta.title else ""
    created = None
    try:
        if meta and meta.creation_date:
            created = meta.creation_date.date().isoformat()
    except (ValueError, TypeError, AttributeError):
        created = None
    return [Parsed(text=text, title=title, fallback_date=created, media_type="application/pdf")]

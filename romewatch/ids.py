"""Content-addressed and canonical identifiers.

Documents are keyed by the hash of their extracted text, so the same content ingested twice is
one document. Events are keyed by document + type + sorted roles, so re-extraction upserts.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def normalise_text_for_hash(text: str) -> str:
    """Whitespace-insensitive form of a text, so re-encodings of one document hash alike."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def document_id(text: str) -> str:
    return "doc-" + sha256_hex(normalise_text_for_hash(text))[:16]


def slugify(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = s.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def event_id(doc_id: str, event_type: str, roles: Mapping[str, Sequence[str]], anchor: int | str = "") -> str:
    """Stable id of an event: same document, type, role fillers and anchor -> same id."""
    parts = [doc_id, event_type, str(anchor)]
    for role in sorted(roles):
        parts.append(role + "=" + ",".join(sorted(roles[role])))
    return "ev-" + sha256_hex("|".join(parts))[:16]

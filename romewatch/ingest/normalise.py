"""Bytes to clean text, and a parsed item to a ``Document`` with its id, title and date."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..errors import ItemError
from ..ids import document_id, sha256_hex
from ..model import Document
from .dates import find_document_date
from .tables import unfold_tables

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Parsed:
    """What a format reader found: text plus whatever metadata the format carries."""

    text: str
    title: str = ""
    date: str | None = None  # from metadata the format declares (HTML meta, JSON field)
    fallback_date: str | None = None  # weaker metadata (file creation dates): used when the text has none
    media_type: str = "text/plain"
    source: str = ""  # overrides the file's name (a record's url)
    raw: bytes | None = None  # overrides the file's bytes (one record of many)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252/Latin-1; binary is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ItemError(name, "undecodable text (broken UTF-16)") from None
    if b"\x00" in data[:4096]:
        raise ItemError(name, "undecodable text (binary content, not a text file)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text)) <= max(2, len(text) // 100):
            return text
    raise ItemError(name, "undecodable text (neither UTF-8 nor Latin-1)")


# a page's furniture between two pages of a PDF's text: "2", "- 2 -", "Page 2 of 4", a running header ending in one
_FURNITURE = re.compile(
    r"^(?:[-\u2013\u2014]\s*)?\d{1,3}(?:\s*[-\u2013\u2014])?$|^.{0,100}\bpage\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$",
    re.IGNORECASE,
)
_RUNS_ON = re.compile(r"(?:[,;&]|\b(?:and|or|of|the|by|for|with)\b)$", re.IGNORECASE)
_ITEM = re.compile(r"^\(?(\d{1,3})[.)]\s")


def mend_page_breaks(lines: list[str]) -> list[str]:
    """Drop a page's number or running header where a sentence or a numbered list runs on over it.

    "... supported by A, B and" / "2" / "C." and "1. A" "2. B" / "Letter - Page 2 of 2" / "3. C" are one
    list each: the furniture and the blank lines around it go, the text on both sides is kept."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line and _FURNITURE.match(line) and out:
            prev = len(out) - 1
            while prev >= 0 and not out[prev]:
                prev -= 1
            nxt = i + 1
            while nxt < len(lines) and not lines[nxt]:
                nxt += 1
            if prev >= 0 and nxt < len(lines):
                before, after = out[prev], lines[nxt]
                a, b = _ITEM.match(before), _ITEM.match(after)
                numbered = a and b and int(b.group(1)) == int(a.group(1)) + 1
                if (_RUNS_ON.search(before) or numbered or after[:1].islower()):
                    del out[prev + 1 :]
                    i = nxt
                    continue
        out.append(line)
        i += 1
    return out


def clean_text(text: str) -> str:
    """NFC, Unix newlines, no control characters, runs of spaces and blank lines collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _CONTROL.sub("", text)
    lines = mend_page_breaks([_SPACES.sub(" ", line).strip() for line in unfold_tables(text.split("\n"))])
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def title_from_text(text: str, limit: int = 200) -> str:
    for line in text.splitlines():
        line = line.strip().strip("#").strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def to_document(parsed: Parsed, raw: bytes, source: str, name: str) -> Document:
    """Clean the text and build the content-addressed document; empty text is an item error."""
    text = clean_text(parsed.text)
    if not text:
        raise ItemError(name, "empty document (no text found)")
    body = parsed.raw if parsed.raw is not None else raw
    return Document(
        id=document_id(text),
        text=text,
        title=clean_text(parsed.title).replace("\n", " ") or title_from_text(text),
        date=parsed.date or find_document_date(text) or parsed.fallback_date,
        source=parsed.source or source,
        media_type=parsed.media_type,
        content_hash=sha256_hex(body),
        raw=body,
    )

"""Which reader handles an item: by file extension, by HTTP content type, or by sniffing bytes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

from ..errors import ItemError
from .docx import read_docx
from .html import read_html
from .normalise import Parsed
from .pdf import read_pdf
from .records import read_json, read_jsonl
from .text import read_markdown, read_text

Reader = Callable[[bytes, str], Iterable[Parsed | ItemError]]

BY_EXTENSION: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
BY_CONTENT_TYPE: dict[str, Reader] = {
    "text/plain": read_text,
    "text/markdown": read_markdown,
    "text/html": read_html,
    "application/xhtml+xml": read_html,
    "application/pdf": read_pdf,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": read_docx,
    "application/json": read_json,
    "application/x-ndjson": read_jsonl,
    "application/jsonl": read_jsonl,
}


def extension(name: str) -> str:
    return PurePosixPath(name.split("?")[0].split("#")[0]).suffix.lower()


def reader_for_file(name: str) -> Reader:
    ext = extension(name)
    if ext not in BY_EXTENSION:
        shown = f"'{ext}'" if ext else "(no extension)"
        raise ItemError(name, f"unsupported file type {shown}; romewatch reads {', '.join(sorted(BY_EXTENSION))}")
    return BY_EXTENSION[ext]


def reader_for_download(url: str, content_type: str, data: bytes) -> Reader:
    if content_type in BY_CONTENT_TYPE:
        return BY_CONTENT_TYPE[content_type]
    if extension(url) in BY_EXTENSION:
        return BY_EXTENSION[extension(url)]
    return sniff(data, url)


def sniff(data: bytes, name: str) -> Reader:
    """For stdin and unlabelled downloads: PDF, Word, HTML, else plain text."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return read_pdf
    if head.startswith(b"pk\x03\x04"):
        return read_docx
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return read_html
    return read_text

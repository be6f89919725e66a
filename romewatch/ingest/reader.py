"""Read items into documents: one ``Document`` or one ``ItemError`` per document-sized item."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .. import settings
from ..errors import ItemError
from ..model import Document
from . import formats
from .normalise import to_document
from .sources import Source, expand
from .url import fetch


def iter_documents(
    sources: Iterable[str | Path],
    *,
    max_bytes: int | None = None,
    stdin: BinaryIO | None = None,
    timeout: float = 30.0,
) -> Iterator[Document | ItemError]:
    """Every document found in files, folders (recursively), URLs and "-" (stdin), in order.

    Bad items come out as ``ItemError`` values (not raised), so a caller can report and go on.
    """
    limit = settings.get_int("max_bytes") if max_bytes is None else max_bytes
    for source in expand(sources):
        if isinstance(source, ItemError):
            yield source
        else:
            yield from read_source(source, limit, stdin, timeout)


def read_source(
    source: Source, max_bytes: int, stdin: BinaryIO | None = None, timeout: float = 30.0
) -> Iterator[Document | ItemError]:
    name = source.name
    try:
        data, reader, origin = _load(source, max_bytes, stdin, timeout)
        for parsed in reader(data, name):
            if isinstance(parsed, ItemError):
                yield parsed
                continue
            try:
                yield to_document(parsed, data, origin, parsed.source or name)
            except ItemError as exc:
                yield exc
    except ItemError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001 -- a damaged file must not stop the run
        yield ItemError(name, f"could not be read ({type(exc).__name__}: {exc})")


def read_file(path: str | Path, max_bytes: int | None = None) -> list[Document | ItemError]:
    """All documents of one file (several for JSON/JSONL)."""
    limit = settings.get_int("max_bytes") if max_bytes is None else max_bytes
    return list(read_source(Source(name=str(path), path=Path(path)), limit))


def read_path(path: str | Path, max_bytes: int | None = None) -> Document:
    """The (first) document of one file; its ItemError is raised if it has none."""
    items = read_file(path, max_bytes)
    for item in items:
        if isinstance(item, Document):
            return item
    if items and isinstance(items[0], ItemError):
        raise items[0]
    raise ItemError(str(path), "no document found")


def _load(source: Source, max_bytes: int, stdin: BinaryIO | None, timeout: float) -> tuple[bytes, formats.Reader, str]:
    if source.url:
        data, content_type, final = fetch(source.url, max_bytes, timeout)
        return data, formats.reader_for_download(final, content_type, data), final
    if source.stdin:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ItemError(source.name, f"too large (over {max_bytes} bytes)")
        return data, formats.sniff(data, source.name), "stdin"
    assert source.path is not None
    reader = formats.reader_for_file(source.name)
    try:
        size = source.path.stat().st_size
        if size > max_bytes:
            raise ItemError(source.name, f"too large ({size} bytes; the limit is {max_bytes})")
        data = source.path.read_bytes()
    except OSError as exc:
        raise ItemError(source.name, f"cannot read the file ({exc.strerror or exc})") from None
    if not data.strip():
        raise ItemError(source.name, "empty file")
    return data, reader, str(source.path.resolve())

"""JSON and JSON Lines of ``{text, title, date, url}`` records: one document per record.

A bad record is its own item error named ``file:line`` (JSONL) or ``file[index]`` (JSON); the
file's other records still come through.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import ItemError
from .dates import parse_date
from .html import _iso_or_text
from .normalise import Parsed, decode


def read_jsonl(data: bytes, name: str) -> Iterator[Parsed | ItemError]:
    text = decode(data, name)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        item = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield ItemError(item, f"not valid JSON ({exc.args[0] if exc.args else exc})")
            continue
        yield _record(record, item, line.encode("utf-8"))


def read_json(data: bytes, name: str) -> Iterator[Parsed | ItemError]:
    text = decode(data, name)
    try:
        payload = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", "?")
        raise ItemError(f"{name}:{line}", f"not valid JSON ({exc.args[0] if exc.args else exc})") from None
    if isinstance(payload, dict) and isinstance(payload.get("documents"), list):
        payload = payload["documents"]
    records = payload if isinstance(payload, list) else [payload]
    for index, record in enumerate(records):
        item = f"{name}[{index}]" if isinstance(payload, list) else name
        raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield _record(record, item, raw)


def _record(record: Any, item: str, raw: bytes) -> Parsed | ItemError:
    if not isinstance(record, dict):
        return ItemError(item, "a record must be a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ItemError(item, "record has no 'text'")
    date = record.get("date")
    iso = None
    if date not in (None, ""):
        iso = _iso_or_text(str(date)) or parse_date(str(date))
        if iso is None:
            return ItemError(item, f"record date {date!r} is not a date")
    return Parsed(
        text=text,
        title=str(record.get("title") or ""),
        date=iso,
        media_type="application/json",
        source=str(record.get("url") or item),
        raw=raw,
    )

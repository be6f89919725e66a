"""Expand what the user named (files, folders, URLs, "-" for stdin) into single items."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ItemError

IGNORED_IN_FOLDERS = {".yaml", ".yml"}  # gold annotations and configs sit beside documents


@dataclass(frozen=True)
class Source:
    name: str  # how reports name it
    path: Path | None = None
    url: str | None = None
    stdin: bool = False


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def expand(items: Iterable[str | Path]) -> Iterator[Source | ItemError]:
    for item in items:
        text = str(item)
        if text == "-":
            yield Source(name="<stdin>", stdin=True)
        elif is_url(text):
            yield Source(name=text, url=text)
        else:
            path = Path(text).expanduser()
            if path.is_dir():
                yield from _walk(path)
            elif path.is_file():
                yield Source(name=text, path=path)
            elif path.exists():
                yield ItemError(text, "not a regular file")
            else:
                yield ItemError(text, "no such file or folder")


def _walk(folder: Path) -> Iterator[Source]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and path.suffix.lower() not in IGNORED_IN_FOLDERS:
            yield Source(name=str(path), path=path)

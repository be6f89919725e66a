"""Plain text and Markdown files."""

from __future__ import annotations

from .normalise import Parsed, decode


def read_text(data: bytes, name: str) -> list[Parsed]:
    return [Parsed(text=decode(data, name), media_type="text/plain")]


def read_markdown(data: bytes, name: str) -> list[Parsed]:
    text = decode(data, name)
    title = ""
    for line in text.splitlines():
        if line.startswith("# "):
            title = line[2:].strip()
            break
    return [Parsed(text=text, title=title, media_type="text/markdown")]

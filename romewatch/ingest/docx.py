"""Word documents (python-docx): paragraphs and tables in order, core properties."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ..errors import ItemError
from .normalise import Parsed

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_TEMPLATE_STAMP = "2013-12-23"


def read_docx(data: bytes, name: str) -> list[Parsed]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ItemError(name, f"not a readable Word document ({exc})") from None
    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(_text(child))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = [_text(cell) for cell in row if cell.tag.endswith("}tc")]
                    blocks.append(" | ".join(cells))
    props = document.core_properties
    created = props.created.date().isoformat() if props.created else None
    if created == _TEMPLATE_STAMP:  # python-docx's blank template, not the author's date
        created = None
    return [
        Parsed(text="\n".join(blocks), title=(props.title or "").strip(), fallback_date=created, media_type=MEDIA_TYPE)
    ]


def _text(element: Any) -> str:
    return "".join(node.text or "" for node in element.iter() if node.tag.endswith("}t")).strip()

"""The order of the extraction components lives here, and only here."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol

from .. import settings
from ..ids import document_id
from ..model import Document, ExtractionResult
from .context import DocContext

VERSION = "0.1.0"


class Component(Protocol):
    name: str
    version: str

    def __call__(self, ctx: DocContext) -> None: ...


def components() -> list[Component]:
    """Components in the order they run. Entities and dates first, events after."""
    from . import registry

    return registry.ordered()


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    import spacy

    name = settings.get("spacy_model")
    try:
        return spacy.load(name)
    except OSError as exc:
        from ..errors import RunError

        raise RunError(f"spaCy pipeline {name!r} is not installed (set ROMEWATCH_SPACY_MODEL or run make install)") from exc


def extract_document(document: Document, nlp: Any = None, kb: Any = None) -> ExtractionResult:
    from ..kb import load_kb

    nlp = nlp or get_nlp()
    kb = kb or load_kb()
    ctx = DocContext(document=document, doc=nlp(document.text), kb=kb)
    for component in components():
        component(ctx)
    return ExtractionResult(document=ctx.document, entities=list(ctx.entities.values()), events=ctx.events)


def extract_text(text: str, title: str = "", date: str | None = None, source: str = "") -> ExtractionResult:
    doc = Document(id=document_id(text), text=text, title=title, date=date, source=source)
    return extract_document(doc)

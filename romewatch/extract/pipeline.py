"""The order of the extraction components lives here, and only here.

The parser reads the text with hard-wrapped lines joined (``sentences.unwrap``: same length, same
offsets) and with the layout's sentence starts set (``sentences.line_breaks``); the components read
that text, and the result hands back the document as it came.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Protocol

from .. import settings
from ..ids import document_id
from ..model import Document, ExtractionResult
from .context import DocContext
from .sentences import doc_text, unwrap

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
    """The spaCy pipeline, with the layout's sentence starts (``sentences``) set before the parser and
    the attribute ruler matching by look-up (``ruler``: same annotations, a tenth of the time)."""
    nlp = load_model()
    from .sentences import NAME

    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser" if "parser" in nlp.pipe_names else None)
    if "attribute_ruler" in nlp.pipe_names:  # the same matches by table look-up (``ruler``)
        from .ruler import speed_up

        speed_up(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:  # the same lemmas, memoised (``ruler``)
        from .ruler import speed_up_lemmatizer

        speed_up_lemmatizer(nlp.get_pipe("lemmatizer"))
    return nlp


def load_model() -> Any:
    """The bare spaCy pipeline named by the settings (what the benchmark compares against)."""
    import spacy

    name = settings.get("spacy_model")
    try:
        return spacy.load(name)
    except OSError as exc:
        from ..errors import RunError

        raise RunError(
            f"spaCy pipeline {name!r} is not installed (set ROMEWATCH_SPACY_MODEL or run make install)"
        ) from exc


def _run(document: Document, parsed: Any, kb: Any, steps: list[Component]) -> ExtractionResult:
    """Runs the components over the parse of the unwrapped text (same offsets) and hands back the
    document as it came, with what the components learnt about it (its date)."""
    text = doc_text(parsed)  # (``Doc.text`` joins every token at each call)
    reading = dataclasses.replace(document, text=text) if text != document.text else document
    ctx = DocContext(document=reading, doc=parsed, kb=kb)
    for component in steps:
        component(ctx)
    told = ctx.document if ctx.document.text == document.text else dataclasses.replace(ctx.document, text=document.text)
    return ExtractionResult(document=told, entities=list(ctx.entities.values()), events=ctx.events)


def extract_document(document: Document, nlp: Any = None, kb: Any = None) -> ExtractionResult:
    from ..kb import load_kb

    nlp = nlp or get_nlp()
    return _run(document, nlp(unwrap(document.text)), kb or load_kb(), components())


def extract_many(
    documents: Iterable[Document], nlp: Any = None, kb: Any = None, batch_size: int = 64
) -> Iterator[ExtractionResult]:
    """Extract a stream of documents, parsing them in batches with ``nlp.pipe`` (the parse of a
    document does not depend on the batch it is read in: 64 is faster than 16 for the same parse)."""
    from ..kb import load_kb

    nlp = nlp or get_nlp()
    kb = kb or load_kb()
    steps = components()
    pairs = nlp.pipe(((unwrap(d.text), d) for d in documents), as_tuples=True, batch_size=batch_size)
    for parsed, document in pairs:
        yield _run(document, parsed, kb, steps)


def extract_text(text: str, title: str = "", date: str | None = None, source: str = "") -> ExtractionResult:
    doc = Document(id=document_id(text), text=text, title=title, date=date, source=source)
    return extract_document(doc)

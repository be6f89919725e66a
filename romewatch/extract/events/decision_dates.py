"""The day of a decision, apart from the days it decides about: "the Chamber decided to invite
observations, and set a deadline of 2 May", "approved the report and agreed to hold the next session in
December 2026" were decided on neither day. Helpers of the ``Decisions`` mixin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Finder
from .dating_text import reading_region

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

RESOLVING = ("decide", "agree", "resolve")  # "decided / agreed / resolved to ...": the clause is what was decided


def content_free(ctx: DocContext, f: Finder, anchor: Token, comp: Token | None = None) -> tuple[int, int] | None:
    """The stretch of the sentence a decision told at ``anchor`` is dated from when a date stands in, or
    after, what was decided (``comp``, or the content of any "decided / agreed / resolved to ..." of the
    sentence): the words up to that content. None: no such date (the usual dating applies)."""
    contents = [comp] if comp is not None else []
    contents += [
        c
        for t in f.tokens
        if t.lemma_.lower() in RESOLVING and t.pos_ == "VERB"
        for c in t.children
        if c.dep_ in ("xcomp", "ccomp")
    ]
    starts = sorted(c.left_edge.idx for c in contents if c.left_edge.idx > anchor.idx)
    if not starts or not any(d.value for d in ctx.dates_in(starts[0], f.sent.end_char)):
        return None
    lo, _ = reading_region(ctx, f.sent, anchor.idx)
    return lo, max(lo, starts[0])

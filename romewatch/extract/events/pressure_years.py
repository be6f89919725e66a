"""The year of a pressure act its sentence does not date in full: an act told in a timeline's entry that opens
with its year ("2018 - In a speech on 10 September, John Bolton threatens ...", ``timeline_year``), an act told in a
"when" clause hung from a year ("dates back to at least 2018, when ...", ``when_year``). Called by
``pressure.Pressure``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .dating_text import paragraph_start

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext
    from .base import Finder

# (r10) a timeline's entry: "2018 - In a speech on 10 September, John Bolton threatens ..."
TIMELINE_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s*(?:[-\u2013\u2014:|]|\.\s)\s*")


def timeline_year(ctx: DocContext, f: Finder, ev: Any) -> None:
    """(r10) An act told in a timeline's entry that opens with its year ("2023 - Russia opens criminal proceedings
    ...", "2018: In a speech on 10 September, ...") happened in that year: its day read without a year takes it."""
    text = ctx.document.text
    start = paragraph_start(text, f.sent.start_char)
    m = TIMELINE_YEAR.match(text, start)
    if m is None or f.sent.start_char > start + 400:
        return
    year = m.group(1)
    if ev.date and ev.date[:4] == year:
        return
    if ev.date and ev.date[:4] == (ctx.document.date or "")[:4] and year < ev.date[:4] and len(ev.date) > 4 and ev.date != ctx.document.date:
        ev.date = year + ev.date[4:]  # "on 10 September": the entry's year, not the document's
    elif not ev.date or ev.date == ctx.document.date or year < ev.date[:4]:
        ev.date = year


def when_year(ctx: DocContext, f: Finder, ev: Any, anchor: Any) -> None:
    """(r10) "The clash dates back to at least 2018, when John Bolton told ...": an act told in a "when" clause
    hung from a year happened in that year."""
    if anchor is None:
        return
    heads = {anchor.i, *(a.i for a in list(anchor.ancestors)[:4])}
    for w in f.tokens:
        if w.lower_ != "when" or w.dep_ != "advmod" or w.head.i not in heads or w.i > anchor.i:
            continue
        prev = w.doc[w.i - 1] if w.i > f.sent.start else None
        prev = w.doc[w.i - 2] if prev is not None and prev.is_punct and w.i - 2 >= f.sent.start else prev
        if prev is None or prev.ent_type_ not in ("DATE", "CARDINAL", "") or not re.fullmatch(r"(?:19|20)\d\d", prev.text):
            return
        if not ev.date or ev.date == ctx.document.date or ev.date[:4] != prev.text:
            ev.date = prev.text
        return

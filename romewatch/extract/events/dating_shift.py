"""Dates counted from another: "X said on Thursday ..., a day after the United States added ...",
"A week after the warrant was issued on 17 March, Russia opened a case"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..dates.counted import _shift, counted_from, is_counted
from ..sentences import doc_text
from .dating_text import _ancestors

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DateMention

UNITS = frozenset({"day", "week", "month", "year"})
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def _inside_counted_clause(doc: Any, d: DateMention, anchor: Token) -> bool:
    """Is ``anchor`` in the clause after "two days after" ("... after the Prosecutor, X, withdrew the
    charges"), the act counted from? Read from the parse, else up to the next punctuation."""
    word = doc.char_span(d.end - len(d.text.split()[-1]), d.end, alignment_mode="expand") if doc is not None else None
    tok = word[0] if word is not None and len(word) else None
    if tok is not None and tok.dep_ in ("mark", "prep"):
        clause = tok.head if tok.dep_ == "mark" else tok
        return anchor.i != tok.i and clause.left_edge.i <= anchor.i <= clause.right_edge.i and anchor.idx >= d.end
    stop = re.search(r"[,.;:\n]", doc_text(doc)[d.end : d.end + 200])
    return d.end <= anchor.idx < d.end + (stop.start() if stop else 200)


def _shifted(doc: Any, d: DateMention, anchor: Token) -> tuple[str | None, str | None]:
    """ "X said on Thursday ..., a day after the United States added ...": the clause that says
    "N days after / before" is dated from the day the governing clause gives (r8: weeks, months, years too)."""
    if is_counted(d):  # (r8 gaps) "two days after the warrant was issued": counted by the dates reader
        if _inside_counted_clause(doc, d, anchor):
            return counted_from(d), None  # the act counted from, told in its own clause: its own day
        return d.value, d.end_value
    if not d.value or len(d.value) != 10 or d.end_value:
        return d.value, d.end_value
    for v in [anchor, *_ancestors(anchor, 4)]:
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        unit = next((c for c in v.children if c.dep_ == "npadvmod" and c.lemma_.lower() in UNITS), None)
        if mark is None or unit is None:
            continue
        if v.left_edge.idx <= d.start < v.right_edge.idx + len(v.right_edge.text):
            break  # the date is the clause's own
        count = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
        n = _COUNTS.get(count.lower_, 0) if count is not None else 0
        n = n or (int(count.text) if count is not None and count.text.isdigit() else 0)
        if not n:
            break
        return _shift(d.value, n, unit.lemma_, mark.lower_ == "before") or d.value, None
    # "A week after the warrant was issued on 17 March, Russia opened a case": counted from the clause's day
    for c in (c for v in [anchor, *_ancestors(anchor, 3)] for c in v.children if c.dep_ == "advcl"):
        if c.left_edge.i <= anchor.i <= c.right_edge.i:
            continue  # "six weeks after Trump signed the order on 6 February": the act told in that clause
        if not c.left_edge.idx <= d.start < c.right_edge.idx + len(c.right_edge.text):
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in ("after", "before")), None)
        unit = next((u for u in c.children if u.dep_ == "npadvmod" and u.lemma_.lower() in UNITS), None)
        count = next((n for n in unit.children if n.dep_ in ("nummod", "det")), None) if unit is not None else None
        n = _COUNTS.get(count.lower_, 0) if count is not None else 0
        n = n or (int(count.text) if count is not None and count.text.isdigit() else 0)
        if mark is None or not n:
            break
        return _shift(d.value, n, unit.lemma_, mark.lower_ == "after") or d.value, None  # type: ignore[union-attr]
    return d.value, d.end_value

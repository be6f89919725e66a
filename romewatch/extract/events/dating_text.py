"""The stretch of text and the parse a date is read from: a sentence's region, its quotations, the
paragraph it opens, the dateline's dates (the document's own, never an event's), and tree walking."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from ..context import DateMention, DocContext

HEADER_AFTER = re.compile(r"\)?\s*(?:\([\w ]+\))?\s*(?:[-\u2013\u2014]|\n|$)")  # "GENEVA (11 July 2025) -"
BULLET = re.compile(r"\n[ \t]*(?:[-\u2013\u2022*\u25aa\u25cf]|\(?[a-z0-9]{1,3}[.)])\s")
QUOTE_PAIRS = (("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"))


def header_date(ctx: DocContext, d: Any) -> bool:
    """A dateline or header date ("THE HAGUE, 4 May 2023 -"): the document's date, not an event's."""
    text = ctx.document.text
    if d.start > 800 or d.end_value:  # a range in a header is a session's, not the document's
        return False
    line_start = text.rfind("\n", 0, d.start) + 1
    prefix = text[line_start : d.start]
    if re.search(r"\b(?:today|on|since|from|in|between|of)\b", prefix, re.IGNORECASE) or re.search(
        r"\b[a-z]{4,}\b", prefix.replace("ssued", "")
    ):
        return False
    return bool(HEADER_AFTER.match(text, d.end)) and d.start not in _timeline(ctx)


def _timeline(ctx: DocContext) -> frozenset[int]:
    """(r11) The dates that open the entries of a timeline ("October 21, 2016 – South Africa announces
    ..."): three or more lines opened by different dates and a dash are events, not a dateline."""
    found = ctx.notes.get("dates.timeline")
    if found is None:
        text = ctx.document.text
        opening = [
            d
            for d in ctx.dates
            if d.value and not text[text.rfind("\n", 0, d.start) + 1 : d.start].strip() and TIMELINE_DASH.match(text, d.end)
        ]
        found = frozenset(d.start for d in opening) if len({d.value for d in opening}) >= 3 else frozenset()
        ctx.notes["dates.timeline"] = found
    return found


TIMELINE_DASH = re.compile(r"\s*[-\u2013\u2014:]\s+\S")


# --- the stretch of text a sentence's dates are read from ----------------------------------------
def reading_region(ctx: DocContext, sent: Span, pos: int) -> tuple[int, int]:
    """The sentence, within its paragraph; within its line when it runs over bullets or headers;
    widened to its line's start when the parser cut the line ("... 2017\\n\\nToday | Burundi ...")."""
    text = ctx.document.text
    lo, hi = sent.start_char, sent.end_char
    para_lo = max(text.rfind("\n\n", 0, pos) + 2, 0) if text.rfind("\n\n", 0, pos) >= 0 else 0
    para_hi = text.find("\n\n", pos)
    lo, hi = max(lo, para_lo), min(hi, para_hi if para_hi >= 0 else hi)
    if "\n" in text[lo:hi]:
        line_lo = text.rfind("\n", 0, pos) + 1
        line_hi = text.find("\n", pos)
        line_hi = line_hi if line_hi >= 0 else hi
        if BULLET.search(text, max(0, lo - 1), hi) or not re.search(r"[.;:!?]\s*$", text[lo:line_lo]):
            lo, hi = max(lo, line_lo), min(hi, line_hi)
    line_lo = text.rfind("\n", 0, lo) + 1
    before = text[line_lo:lo]
    if before.strip() and not re.search(r"[.!?;:\u201d\"]\s*$", before) and lo - line_lo < 40:
        lo = line_lo  # the parser cut a line in two: its head belongs to this sentence
    return lo, max(hi, lo)


def _quoted(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans = []
    for left, right in QUOTE_PAIRS:
        i = text.find(left, lo, hi)
        while i >= 0:
            j = text.find(right, i + 1, hi)
            if j < 0:
                break
            spans.append((i, j + 1))
            i = text.find(left, j + 1, hi)
    return spans


def _is_verb(t: Token) -> bool:
    return t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ in ("ROOT", "conj", "relcl", "advcl", "ccomp"))


def _ancestors(t: Token, limit: int = 40) -> list[Token]:
    out = []
    while t.head.i != t.i and limit:
        t = t.head
        out.append(t)
        limit -= 1
    return out


def _dates(ctx: DocContext, lo: int, hi: int) -> list[DateMention]:
    return [d for d in ctx.dates_in(lo, hi) if d.value and not header_date(ctx, d)]


# --- after all events are read (``finalise``) ------------------------------------------------------
# a paragraph ends at a blank line, or at a line break after a full stop (text with one newline
# between paragraphs), unless a list item follows
PARA_BREAK = re.compile(
    r"(?:\n[ \t]*|[.!?][\"'\u201d\u2019)\]]*[ \t]*)\n(?![ \t]*(?:[-\u2022*\u2013]|\(?[a-z0-9]{1,3}[.)])\s)"
)


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` begins (see ``PARA_BREAK``)."""
    lo = max(0, pos - 4000)
    last = None
    for last in PARA_BREAK.finditer(text, lo, pos):  # the last one is wanted
        pass
    return last.end() if last is not None else lo


DEADLINE = re.compile(
    r"\b(?:by|before|until|till|no later than|not later than|ahead of)\s*,?\s*(?:the end of\s+)?$", re.IGNORECASE
)
HEADING = re.compile(r"\s*[^\n]{10,200}?[^.!?;:,\s\n]\s*\n?\s*")  # one line, no final punctuation


def _role_position(ctx: DocContext, sent: Span, roles: dict[str, list[str]] | None) -> int:
    """Without a trigger: where the event's non-speaker roles are named in the sentence."""
    if roles:
        ids = {i for r, v in roles.items() if r not in ("author", "claimant", "agent") for i in v}
        hits = [m.start for m in ctx.mentions_in(sent.start_char, sent.end_char) if m.entity_id in ids]
        if hits:
            return hits[0]
    return sent.start_char


def _clause_head(doc: Any, sent: Span, pos: int) -> Token | None:
    """The verb governing the token at ``pos`` (the sentence's root when none)."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else sent.root
    for t in [tok, *_ancestors(tok)]:
        if _is_verb(t):
            return t
    return sent.root


def flashback(ctx: DocContext, d: DateMention) -> bool:
    """(r11) Whether a date is told in the past perfect ("The judges had voted on Monday to ..."): a step back
    from the story, not the day the passage is at."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand") if ctx.doc is not None else None
    if span is None or not len(span):
        return False
    verb = next((t for t in _ancestors(span.root) if _is_verb(t)), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)

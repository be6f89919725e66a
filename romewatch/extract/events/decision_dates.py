"""The day of a decision, apart from the days it decides about: "the Chamber decided to invite
observations, and set a deadline of 2 May", "approved the report and agreed to hold the next session in
December 2026" were decided on neither day. Helpers of the ``Decisions`` mixin."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .base import Finder
from .dating_text import DEADLINE, reading_region

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

# "The Constitutional Court later upheld the law", "the Appeals Chamber has since reversed it": after a day told
# before, not on it; "had previously declined", "twelve years ago": not on the document's day
LATER = re.compile(
    r"\b(?:later|since|subsequently|afterwards|thereafter|eventually|previously|earlier|in the (?:following|subsequent) (?:days|weeks|months|years)|(?:years|months|decades) ago|(?:days|weeks|months|years) (?:before|after) (?:the|its|it|his|her|their))\b(?!\s+(?:than|this|that|today))",
    re.IGNORECASE,
)
DAYS_LATER = re.compile(r"\b(?:days|hours|a day|a few days|two days|three days)\s+later\b", re.IGNORECASE)
UNDATED = "events.undated"  # ids of events no later step may date (``dating_carry``)
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
    if not starts:
        return None
    inside = [d for d in ctx.dates_in(starts[0], f.sent.end_char) if d.value]
    today = ctx.document.date or ""
    if not inside or (today and all(ahead_of(ctx, d, today) is False for d in inside)):
        return None  # "decided to execute the warrant on 11 March" (told on 12 March): the day it was done
    lo, _ = reading_region(ctx, f.sent, anchor.idx)
    return lo, max(lo, starts[0])


def later_undated(ctx: DocContext, f: Finder, events: list[Any]) -> None:
    """(r9) A decision told "later", "since", "subsequently", "two days before the withdrawal took effect", not
    dated by its own sentence, took place after (or before) the day told before it: it stays undated rather
    than take that day or the document's."""
    if not events or not LATER.search(f.text):
        return
    own = {d.value for d in ctx.dates_in(f.sent.start_char, f.sent.end_char) if d.value}
    events = [e for e in events if not (e.date and any(v.startswith(e.date) for v in own))]  # dated by its own words
    if DAYS_LATER.search(f.text):  # "Days later, the Supreme Court dismissed ...": that month, not that day
        for ev in events:
            ev.date, ev.end_date = (ev.date[:7] if ev.date else None), None
        return
    undated = ctx.notes.setdefault(UNDATED, set())
    for ev in events:
        ev.date, ev.end_date = None, None
        undated.add(id(ev))


def ahead_of(ctx: DocContext, d: Any, today: str) -> bool:
    """A date a decision looks ahead to: after the document's day ("in December 2026"), or a deadline ("a
    deadline of 2 May", "by 31 October")."""
    if d.value > today[: len(d.value)]:
        return True
    before = ctx.document.text[max(0, d.start - 30) : d.start]
    return bool(DEADLINE.search(before) or re.search(r"\bdeadline (?:of|for)\s*$", before, re.IGNORECASE))


BUDGET_AFTER = re.compile(r"\s*(?:-?\s*20\d\d\s+)?(?:programme\s+|program\s+|proposed\s+|approved\s+|annual\s+)*budget", re.IGNORECASE)
BUDGET_BEFORE = re.compile(r"budget\s+(?:of the court\s+)?(?:for|of)\s+(?:the\s+(?:year|financial year)\s+)?$", re.IGNORECASE)


def budget_year_free(ctx: DocContext, f: Finder, events: list[Any]) -> None:
    """(r10) "states approved the court's 2026 budget", "adopted the budget for 2026": the year the budget is
    for is not the day it was adopted. A decision dated only by such a year takes the sentence's other date
    ("in December"), else the document's when it comes before that year, else none."""
    events = [e for e in events if e.date and len(e.date) == 4]
    if not events:
        return
    text = ctx.document.text
    dates = [d for d in ctx.dates_in(f.sent.start_char, f.sent.end_char) if d.value]
    for ev in events:
        years = [
            d for d in dates
            if d.value == ev.date and (BUDGET_AFTER.match(text, d.end) or BUDGET_BEFORE.search(text, max(0, d.start - 40), d.start))
        ]
        if not years:
            continue
        other = [d for d in dates if d not in years and not any(d.start == y.start for y in years)]
        today = ctx.document.date or ""
        ev.date = other[0].value if other else (today if today and today[:4] < ev.date else None)
        ev.end_date = other[0].end_value if other else None


FRAME_NOUNS = frozenset({"ruling", "judgment", "judgement", "decision", "order", "verdict"})


def antecedent_dated(ctx: DocContext, tokens: Any, events: list[Any]) -> None:
    """(r12) "revised the ruling of Trial Chamber V of 3 May 2021, which had rejected the motion of 9
    February 2020": a decision told by the clause on a decision noun takes the day of that noun's own "of
    <date>", not the day of what it rejected."""
    if not events:
        return
    text = ctx.document.text
    for tok in tokens:
        if tok.dep_ != "relcl" or tok.pos_ != "VERB" or tok.head.lemma_.lower() not in FRAME_NOUNS:
            continue
        own = [d for d in ctx.dates_in(tok.head.idx, tok.left_edge.idx) if d.value]
        if not own:
            continue
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        for ev in events:
            title = str(ev.attributes.get("title", ""))
            if title and title in text[lo:hi] and ev.date != own[-1].value:
                ev.date, ev.end_date = own[-1].value, own[-1].end_value

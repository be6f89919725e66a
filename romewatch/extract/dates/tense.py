"""Whether the clause a date hangs on speaks of the future ("will meet on Monday"), from the parse:
bare weekdays and months without their year look ahead or back by it.
"""

from __future__ import annotations

from typing import Any

from .forms import _FUTURE

_PAST_TAGS = frozenset({"VBD", "VBN"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "\u2019ll", "wo", "going"})


def clause_future(tok: Any) -> bool:
    """Whether the clause a date hangs on speaks of the future: "will meet on Monday", "is due to
    open in March", not "said on Thursday that it would ..." (the weekday is the saying's)."""
    verb = tok
    for _ in range(12):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "aux":
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i != verb.i:
                verb = verb.head  # "Speaking on Wednesday, X said ...": the tense of the saying
            break
        if verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return bool(_FUTURE.search(tok.sent.text))
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    top = verb
    while top.dep_ in ("xcomp", "acomp") and top.head.i != top.i:  # "is due to open": the governing words
        top = top.head
    tops = [c for c in top.children if c.dep_ in ("aux", "auxpass")]
    lo = min([verb.i, top.i, *(c.i for c in kids), *(c.i for c in tops)])
    if any(c.lower_ in _FUTURE_AUX for c in kids + tops) or _FUTURE.search(tok.doc[lo : verb.i + 1].text):
        return True
    if any(t.tag_ in _PAST_TAGS and t.lower_ != "been" for t in [verb, top, *kids, *tops]):
        return False
    # "would" in another clause is the future of a past saying, not of this clause
    return bool(_FUTURE.search(tok.sent.text.replace("would", "")))

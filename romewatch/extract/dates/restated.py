"""(r12) A date counted from the document's ("six months ago", "last week") restated at once by the
date it stands for, with its year ("lodged a year ago, on 2 March 2024"): the told date."""

from __future__ import annotations

import dataclasses
import re

from ..context import DateMention

_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: (r12) "lodged a year ago, on 2 March 2024", "last week (3 June 2025)": the told date restates the counted one
_RESTATING = re.compile(r"[ \t]*(?:,|\(|[-\u2013\u2014])?[ \t]*(?:on|in)?[ \t]*")
_COUNTED_WORDS = re.compile(r"\b(?:ago|last|this|yesterday|today|earlier|previous)\b", re.IGNORECASE)


def _restated(text: str, out: list[DateMention]) -> list[DateMention]:
    """A date counted from the document's ("six months ago", "last week") followed at once by the date it
    stands for, with its year ("..., on 20 May 2024"): the told date, at its own precision."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.value
            and b.value
            and _COUNTED_WORDS.search(a.text)
            and _HAS_YEAR.search(b.text)
            and not b.end_value
            and _RESTATING.fullmatch(text, a.end, b.start)
            and b.value[:4] == a.value[:4]  # the same stretch of time, told finer
        ):
            out[i] = dataclasses.replace(a, value=b.value, end_value=None)
    return out

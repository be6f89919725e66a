"""(r12) Pages that list several dated stories ("Latest news" pages, archives, live pages): each story
opens with its own date line ("Mar. 5, 2025 10:15 AM EDT", "14 November 2012"), and what the story
tells without a date of its own ("said on Monday", "met the Prosecutor") is of that story's day, not
of the page's first date.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

# a line that is a date and nothing else, but for a clock time and a zone: "Feb. 3, 2025 07:15 AM CET"
_CLOCK = re.compile(
    r"[ \t,|\u2013\u2014-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5})?)?[ \t]*$",
    re.MULTILINE,
)
_TITLE_MAX = 160


def story_starts(text: str, dates: list[Any]) -> list[tuple[int, str]]:
    """The (start, day) of each story of a page listing two or more stories dated on lines of their
    own; empty for any other page. A story starts at its title when the title stands just above
    its date line (a short line of its own, not a sentence)."""
    lines = []
    for d in dates:
        if not d.value or len(d.value) != 10 or d.end_value:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        if text[line_start : d.start].strip() or not _CLOCK.match(text, d.end):
            continue
        lines.append((line_start, d.value))
    if len({v for _, v in lines}) < 2:
        return []
    starts = []
    for line_start, value in lines:
        start = line_start
        above = text[: max(0, line_start - 1)].rstrip("\n")
        title_start = above.rfind("\n") + 1
        title = above[title_start:].strip()
        if title and len(title) <= _TITLE_MAX and title[-1] not in ".:;":
            start = title_start
        starts.append((start, value))
    return starts


def story_day(ctx: Any, pos: int) -> str | None:
    """The day of the story ``pos`` lies in, on a page listing dated stories."""
    stories = ctx.notes.get("dates.stories")
    if not stories:
        return None
    i = bisect.bisect_right([s for s, _ in stories], pos) - 1
    return stories[i][1] if i >= 0 else None

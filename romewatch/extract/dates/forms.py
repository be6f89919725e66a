"""The forms a date takes in text, as patterns: month and weekday names, absolute dates and ranges
(``_ABSOLUTE``), years in date context, relative expressions, months without their year, deadlines.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MON = r"(?:January|February|March|April|May(?:\.(?=\s*\d))?|June|July|August|September|October|November|December|Sept\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DASH = r"(?:\s*[-\u2010-\u2015]\s*|\s+(?:to|until|till|through)\s+)"
_AND = r"\s+and\s+"
_SEP = r"[\s,\u060c.]*"  # "22، Dec 2022" (Arabic comma), "5 December, 2022"
_YEAR_TAIL = rf"(?:,?\s*(?P<y>{_YEAR}))"
_LEAD = r"(?:(?:between|from)\s+)?"

# Ordered: longer constructions first; each named group feeds _build.
_ABSOLUTE = [
    # between 28 November and 3 December 2005 / between 1 and 5 December 2025
    (
        "bdmdm",
        rf"between\s+(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s*(?P<y1>{_YEAR}))?{_AND}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON}){_YEAR_TAIL}?",
    ),
    ("bddm", rf"between\s+(?P<d1>{_DAY}){_AND}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON}){_YEAR_TAIL}?"),
    # 28 November to 3 December 2005 / 28 November 2005 - 3 January 2006
    (
        "dmdm",
        rf"{_LEAD}(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s*(?P<y1>{_YEAR}))?{_DASH}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON}){_YEAR_TAIL}?",
    ),
    # 5 to 9 December 2022 / 2-7 December 2024 / between 1 and 5 December 2025 / on 3 and 4 December
    ("ddm", rf"{_LEAD}(?P<d1>{_DAY})(?:{_DASH}|{_AND})(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON}){_YEAR_TAIL}?"),
    # November 28 to December 3, 2005
    ("mdmd", rf"{_LEAD}(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?P<m2>{_MON})\s+(?P<d2>{_DAY}){_YEAR_TAIL}?"),
    # December 5-9, 2022
    ("mdd", rf"{_LEAD}(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}){_YEAR_TAIL}?"),
    # 6 February 2025 / 22، Dec 2022 / 6 February
    ("dm", rf"(?P<d1>{_DAY}){_SEP}(?:day\s+of\s+|of\s+)?(?P<m1>{_MON})(?:{_SEP}(?P<y>{_YEAR}))?"),
    # February 6, 2025 / February 6
    ("md", rf"(?P<m1>{_MON})\s+(?P<d1>{_DAY})(?![\d:])(?:,?\s*(?P<y>{_YEAR}))?"),
    # December 2022 / December of 2022
    ("my", rf"(?P<m1>{_MON}),?\s+(?:of\s+)?(?P<y>{_YEAR})"),
    # 2025-12-01
    ("iso", r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m1>[01]\d)(?P=sep)(?P<d1>[0-3]\d)(?!\d)"),  # 2024/12/03
    # 5/12/2022, 05.12.2022, 05-12-2022
    ("num", r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"),  # (r11) 6/20/2013
]
#: (r11) the numeric dates of a text, to learn its order: "6/20/2013" is month first, "20/6/2013" day first
NUM_DATE = re.compile(r"(?<![\w/.-])([0-3]?\d)([/.-])([0-3]?\d)\2(?:19|20)\d\d(?!\d)")
# the look-ahead lets the engine skip, cheaply, every position that cannot start a date
_ABS_RE = re.compile(
    r"(?<![\w/])(?=\d|between\s|from\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?:"
    + "|".join(f"(?P<{k}>{p.replace('(?P<', f'(?P<{k}_').replace('(?P=', f'(?P={k}_')})" for k, p in _ABSOLUTE)
    + ")",
    re.IGNORECASE,
)

_YEAR_CONTEXT = (
    r"in|since|by|until|till|from|of|during|before|after|early|mid|late|end|beginning|year|"
    r"summer|spring|autumn|fall|winter|throughout|between|and|to|as\s+of|circa"
)
_YEAR_RE = re.compile(rf"(?<![\d/.\-])\b(?P<y>{_YEAR})(?:s\b)?(?![\d/]|\.\d|-\d)")
_YEAR_LEAD = re.compile(
    rf"(?:\b(?P<word>{_YEAR_CONTEXT})\b[\s-]*(?:of\s+)?|(?P<paren>\()|\b(?P<the>the|its|their|his|her|a)\s+)$",
    re.IGNORECASE,
)
_YEAR_TRAIL = re.compile(r"\s+(?:budget|session|elections?|report|statement|letter)\b", re.IGNORECASE)
_YEAR_NOUN = re.compile(r"\s+(?!(?i:and|or|to|per|of|by|in|on|at|for|the)\b)[a-zA-Z][a-z-]{3,}")  # (r11) "a 2011 Council Decision"


_DETERMINERS = frozenset({"the", "its", "their", "'s", "\u2019s"})
_REL_RE = re.compile(
    r"\b(?:(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<yesterday>yesterday)|(?P<tomorrow>tomorrow)"
    r"|(?:(?:the\s+(?:end|beginning|start|middle|turn|close|course)\s+of|early|late|mid-?)\s*)?"
    r"(?P<rel>(?:earlier|later)\s+this|this|last|next|past|previous|coming)\s+(?P<unit>year|month|week)"
    r"|(?P<ago>(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<agounit>day|week|fortnight|month|year)s?\s+ago)"
    r"|(?P<wdlead>(?:on|last|next|this|since|until|by)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\s*,?\s*\(?\d)"
    r"(?:\s+(?:of\s+)?(?P<wdweek>last|next|this)\s+week)?)\b",
    re.IGNORECASE,
)

_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "June of this year", "March last year", "in October", "last November", "since April", "early May"
_MONTH_REL_RE = re.compile(
    rf"\b(?:(?P<lead>(?i:in|last|since|early|late|mid|during|until|by|of|from|before|after|this|next|throughout|between|and|or"
    rf"|at|around|over|through|towards?|the|its|their|(?<=\w)['\u2019]s))\s+)?"
    rf"(?P<edge>(?i:early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of)\s*)?(?P<m>{_MONTH_NAMES})"
    rf"(?:,?\s+(?:of\s+)?(?P<which>this|last|next|that|that\s+same|the\s+same|the\s+previous|the\s+following)\s+year)?\b(?!\s*\d|,\s*(?:19|20)\d\d)"
)
_SHARED_YEAR = re.compile(
    rf",?\s*(?:and|or|to|through|until|-|\u2013)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?{_MONTH_NAMES}\s+(?:\d{{1,2}},?\s+)?({_YEAR})"
)


# a date told as a deadline ("before the end of January", "by 31 October") is not a day the story
# reached: it is not the base of "two days later", and without its year it lies ahead of the text
DEADLINE_LEAD = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|ahead\s+of|in\s+time\s+for)"
    r"\s*,?\s*(?:the\s+(?:end|close|beginning|start)\s+of\s+)?$",
    re.IGNORECASE,
)

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_FUTURE = re.compile(
    r"\b(?:will|shall|would|is\s+(?:due|scheduled|expected|set)\s+to|are\s+(?:due|scheduled|expected|set)\s+to|going\s+to|upcoming)\b|['\u2019]ll\b",
    re.IGNORECASE,
)

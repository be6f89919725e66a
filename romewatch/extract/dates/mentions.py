"""Every date a text mentions (``find_dates``): absolute dates, months, relative expressions, years in
date context and anaphors, with narrative years carried across a paragraph; and the ``DateMentions``
component that records them against the document's date.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from ..context import DateMention, DocContext
from .anaphors import _day_anaphors
from .counted import UNANCHORED, counted_dates
from .forms import (
    _ABS_RE,
    _ABSOLUTE,
    _DETERMINERS,
    _FUTURE,
    _MON,
    _MONTH_REL_RE,
    _REL_RE,
    _SHARED_YEAR,
    _YEAR_LEAD,
    _YEAR_NOUN,
    _YEAR_RE,
    _YEAR_TRAIL,
    DEADLINE_LEAD,
    MONTHS,
    NUM_DATE,
)
from .resolve import _build, _month_relative, _relative
from .restated import _restated
from .stories import story_starts
from .tense import clause_future
from .values import _day, _iso, _month, _nearest, _shift_year, parse_iso

_DOC_WHICH = frozenset({"this", "last", "next"})  # counted from the document's year, not the one told
_TOLD_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")


def _told_year(text: str, pos: int) -> int | None:
    """The last year the text told before ``pos`` (within a few paragraphs)."""
    found = _TOLD_YEAR.findall(text, max(0, pos - 1500), pos)
    return int(found[-1]) if found else None


def _years(text: str, taken: bytearray) -> Iterator[tuple[int, int, str]]:
    for m in _YEAR_RE.finditer(text):
        s, e = m.start("y"), m.end("y")
        if any(taken[s:e]):
            continue
        lead = _YEAR_LEAD.search(text[max(0, s - 24) : s])
        trail = _YEAR_TRAIL.match(text, e)
        if lead is None and trail is None:
            continue
        if lead is not None and lead.group("the") and trail is None and not _YEAR_NOUN.match(text, e):
            continue  # "the 2023 cyberattack", "the 2016 withdrawal": a year told as the act's own
        if lead is not None and lead.group("paren") and text[e : e + 1] != ")":
            continue
        if re.search(
            r"(?:No\.?|Order|resolution|rule|article|art\.|para\.?|paragraph|page|p\.)\s*$",
            text[max(0, s - 16) : s],
            re.IGNORECASE,
        ):
            continue
        yield s, e, m.group("y")


def find_dates(
    text: str, anchor: dt.date | None, future_at=None, extra: list[tuple[int, int]] = ()
) -> list[DateMention]:  # type: ignore[assignment]
    """Every date expression of ``text``, resolved against ``anchor`` (the document's date).

    ``future_at(offset)`` says whether the clause around an offset speaks of the future (used for
    bare weekdays); ``extra`` adds candidate spans (spaCy DATE entities) parsed by the same rules.
    """
    out: list[DateMention] = []
    taken = bytearray(len(text) + 1)
    deadlines: set[int] = set()
    nums = [(int(m.group(1)), int(m.group(3))) for m in NUM_DATE.finditer(text)]
    month_first = any(b > 12 for _, b in nums) and not any(a > 12 for a, _ in nums)
    for m in _ABS_RE.finditer(text):
        kind = next(k for k, _ in _ABSOLUTE if m.group(k) is not None)
        g = {name.split("_", 1)[1]: v for name, v in m.groupdict().items() if name.startswith(kind + "_")}
        if kind in ("dm", "md") and not g.get("y") and _is_not_date(text, m):
            continue
        value, end_value = _build(kind, g, anchor, month_first)
        if kind == "num" and value is None:
            continue
        s, e = m.span()
        if kind in ("dm", "md") and not g.get("y") and anchor and DEADLINE_LEAD.search(text, max(0, s - 40), s):
            deadlines.add(s)  # "reply by 31 January" told in December: next January
            value = _nearest(_month(g.get("m1")) or 1, _day(g.get("d1")), anchor) or value
        out.append(DateMention(s, e, text[s:e], value, end_value))
        taken[s:e] = b"\x01" * (e - s)
    for m in _MONTH_REL_RE.finditer(text):
        if not m.group("lead") and not m.group("which"):
            continue
        lead = (m.group("lead") or "").lower()
        s, e = m.span()
        if lead in _DETERMINERS and not m.group("edge") and (m.group("which") or not _YEAR_NOUN.match(text, e)):
            continue  # "Washington's February sanctions", "the June designations": a month told as the act's own
        if lead not in ("last", "next", "this"):
            s = m.start("edge") if m.group("edge") else m.start("m")
        if any(taken[s:e]):
            continue
        future = bool(future_at(s)) if future_at else False
        value = _month_relative(m, anchor, future)
        told = _told_year(text, s) if m.group("which") and m.group("which").lower() not in _DOC_WHICH else None
        if told:  # "In 2019 ... revoked in April of that year", "in June of the following year": the year told
            shift = {"previous": -1, "following": 1}.get(m.group("which").lower().split()[-1], 0)
            value = _iso(told + shift, MONTHS[m.group("m").lower()])
        if (
            anchor
            and not m.group("which")
            and lead not in ("last", "next", "this")
            and DEADLINE_LEAD.search(text, max(0, s - 40), s)
        ):
            deadlines.add(s)  # "before the end of January" told in December: next January
            value = _nearest(MONTHS[m.group("m").lower()], None, anchor) or value
        shared = None if m.group("which") else _SHARED_YEAR.match(text, e)
        if shared:  # "In October and November 2016": the year said once serves both
            value = _iso(int(shared.group(1)), MONTHS[m.group("m").lower()])
        out.append(DateMention(s, e, text[s:e], value))
        taken[s:e] = b"\x01" * (e - s)
    for m in _REL_RE.finditer(text):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        if m.group("wd") and not m.group("wdlead") and not m.group("wd")[0].isupper():
            continue
        future = bool(future_at(s)) if future_at else False
        value, end_value = _relative(m, anchor, future)
        out.append(DateMention(s, e, text[s:e], value, end_value))
        taken[s:e] = b"\x01" * (e - s)
    for s, e, y in _years(text, taken):
        out.append(DateMention(s, e, y, y))
        taken[s:e] = b"\x01" * (e - s)
    if anchor is not None:
        out = _narrative_years(text, out, anchor, deadlines)
    else:
        out = _undated_page_years(text, out)
    for d in out:
        if d.start not in deadlines and DEADLINE_LEAD.search(text, max(0, d.start - 40), d.start):
            deadlines.add(d.start)
    for dm in list(_day_anaphors(text, out, taken, frozenset(deadlines))):
        out.append(dm)
        taken[dm.start : dm.end] = b"\x01" * (dm.end - dm.start)
    told = len(out)
    for s, e in extra:  # spaCy DATE entities our patterns did not cover, when they parse
        if any(taken[s:e]):
            continue
        for dm in find_dates(text[s:e], anchor, None):
            if dm.value and dm.end - dm.start == len(text[s:e].strip()):
                out.append(dataclasses.replace(dm, start=s + dm.start, end=s + dm.end))
    if anchor is not None and len(out) > told:  # (r11) "Two years ago, in March": spaCy's months too
        out = _narrative_years(text, out, anchor, deadlines)
    out.sort(key=lambda d: d.start)
    return _restated(text, _month_ranges(text, out))


# (r9) "between February and August 2025", "from March to May": one stretch of months, told from its first
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|[-\u2013])\s*(?:(?:early|late|mid-?)\s*)?", re.IGNORECASE)


def _month_ranges(text: str, out: list[DateMention]) -> list[DateMention]:
    """Two months joined as a range ("between February and August 2025"): one mention from the first to the
    last, so that what it dates takes the stretch's start, not its end; a first month later than the last
    lies in the year before ("from November to January 2025")."""
    merged: list[DateMention] = []
    for d in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.value
            and d.value
            and len(prev.value) == 7
            and len(d.value) == 7
            and not prev.end_value
            and not d.end_value
            and _RANGE_JOIN.fullmatch(text, prev.end, d.start)
            and _RANGE_OPEN.search(text, max(0, prev.start - 20), prev.start)
        ):
            y, m1, m2 = int(d.value[:4]), int(prev.value[5:7]), int(d.value[5:7])
            first = _iso(y - 1 if m1 > m2 else y, m1) if _HAS_YEAR.search(d.text) else prev.value
            merged[-1] = DateMention(prev.start, d.end, text[prev.start : d.end], first, d.value)
            continue
        merged.append(d)
    return merged


_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NOT_NARRATIVE = re.compile(
    r"\b(?:this|last|next|previous|following|same|that|earlier|later|ago|today|yesterday|tomorrow|coming|past)\b",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(_MON, re.IGNORECASE)
_NOW_WORDS = re.compile(
    r"\b(?:this|last|next|ago|today|yesterday|tomorrow|coming|past|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b",
    re.IGNORECASE,
)
_IN_YEAR = re.compile(r"\b(?:in|during|of)\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _narrative_years(text: str, out: list[DateMention], anchor: dt.date, deadlines: set[int]) -> list[DateMention]:
    """ "On 17 March 2023, the Chamber issued a warrant. On 20 March, Russia opened a case": a day or
    month told without its year, in a paragraph that told a year before it, is of that year (the
    year after across a year's turn: "in December 2024 ... in January"), not of the document's. A new paragraph starts again from the document's year."""
    breaks = _paragraph_breaks(text)
    told: tuple[int, int | None, int] | None = None  # (year, month, paragraph)
    fixed = []
    for d in sorted(out, key=lambda d: d.start):
        para = bisect.bisect_right(breaks, d.start)
        if told is not None and told[2] != para:
            told = None
        year = _HAS_YEAR.search(d.text)
        if year is not None and d.value:
            parts = d.value.split("-")
            if (len(parts) > 1 or _IN_YEAR.search(text, max(0, d.start - 20), d.start)) and not _aside(text, d):
                told = (
                    int(year.group()),
                    int(parts[1]) if len(parts) > 1 else None,
                    para,
                )  # not "the 2023 cyberattack"
            fixed.append(d)
            continue
        if _NOW_WORDS.search(d.text):  # "earlier this month", "on Thursday": the story is back in the present
            told = None
            if d.value and len(d.value) == 4 and d.start not in deadlines:
                told = (int(d.value), None, para)  # (r11) "Last year, ... in May": that year's May
                fixed.append(d)
                continue
        if (
            told is None
            or not d.value
            or told[0] == anchor.year
            or d.start in deadlines
            or _NOT_NARRATIVE.search(d.text)
            or not _MONTH_WORD.search(d.text)
            or DEADLINE_LEAD.search(text, max(0, d.start - 40), d.start)
        ):
            fixed.append(d)
            continue
        month = int(d.value.split("-")[1]) if len(d.value) >= 7 else None
        turn = bool(month and told[1] and told[1] >= 10 and month <= 3)  # "in December 2024 ... in January"
        new_year = told[0] + turn  # not "(9 April 2014) ... when he attended a summit in February"
        shift = new_year - int(d.value[:4])
        fixed.append(
            dataclasses.replace(d, value=_shift_year(d.value, shift), end_value=_shift_year(d.end_value, shift))
        )
    return fixed


_TOLD_REACH = 1500
_OPENING_YEAR = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:In|By|During)\s+$")
_DAY_NUM = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")


def _undated_page_years(text: str, out: list[DateMention]) -> list[DateMention]:
    """(r12) A page that gives no date of its own: a day or month told without its year ("In November",
    "on Sept. 3") is of the year the text told last before it ("On November 21, 2024, ... In November,
    X said"; a caption's "June 14, 2023" above "arrived on Sept. 3"), the occurrence nearest that date."""
    told: DateMention | None = None
    fixed = []
    for d in sorted(out, key=lambda d: d.start):
        if d.value and _HAS_YEAR.search(d.text):
            if (len(d.value) >= 7 or _OPENING_YEAR.search(text, max(0, d.start - 12), d.start)) and not _aside(text, d):
                told = d  # not "the Statute, which set up the Court in 2002": a year told in passing
        elif (
            d.value is None
            and told is not None
            and d.start - told.end <= _TOLD_REACH
            and not d.end_value
            and not _NOT_NARRATIVE.search(d.text)
            and not _NOW_WORDS.search(d.text)
            and (month := _MONTH_WORD.search(d.text))
        ):
            base = parse_iso(told.value)
            m = MONTHS[month.group().lower().rstrip(".")]
            day = _DAY_NUM.search(d.text)
            n = int(day.group(1)) if day else None
            if base is None:
                value = None
            elif len(told.value) == 4:  # "In 2023 ... on 20 March": that year's
                value = _iso(base.year, m, n)
            else:  # the occurrence nearest the day (or mid-month) told
                value = _nearest(m, n, base.replace(day=15) if len(told.value) == 7 else base)
            if value:
                d = dataclasses.replace(d, value=value)
        fixed.append(d)
    return fixed


#: (r11) a web page's paragraph ends with one line break: a full line that ends a sentence (or a photo
#: credit), followed by a line that is not a list item
_LINE_PARAGRAPH = re.compile(r"(?<=[.!?)\"\u201d])[ \t]*\n(?![ \t]*(?:[-*\u2022\u2013\u25cf\u25aa]|\d{1,2}[.)]\s|\n))")
_FULL_LINE = 60


def _paragraph_breaks(text: str) -> list[int]:
    """Where paragraphs end: a blank line, or a single line break after a full line that ends a sentence
    (scraped pages put one newline between paragraphs; what only wrapped a line is already a space)."""
    breaks = {m.start() for m in _PARAGRAPH.finditer(text)}
    for m in _LINE_PARAGRAPH.finditer(text):
        if m.start() - (text.rfind("\n", 0, m.start()) + 1) >= _FULL_LINE:
            breaks.add(m.start())
    return sorted(breaks)


#: a relative clause or a "since" phrase set off by commas: "Khan, who was placed on a wanted list in
#: 2023, wrote in March ...", "Khan, Prosecutor since June 2021, was sanctioned in February"
_ASIDE_OPEN = re.compile(
    r",\s+(?:who|whom|whose|which)\b[^.;:,]*(?:,[^.;:,]*)?$|,[^.;:,]{0,40}\bsince\s+$", re.IGNORECASE
)


def _aside(text: str, d: DateMention) -> bool:
    """Whether a year is told inside an aside about a noun, which closes before the sentence goes on: its
    year is that noun's story, not the year the narrative is in."""
    if not _ASIDE_OPEN.search(text, max(0, d.start - 120), d.start):
        return False
    after = re.match(r"[^.;:!?\n]*?,", text[d.end : d.end + 120])
    return after is not None


def _is_not_date(text: str, m: re.Match[str]) -> bool:
    """'May' and 'March' are also words: a yearless day-month needs a real month token."""
    span = m.group()
    if re.search(r"\bmay\b|\bmarch\b", span, re.IGNORECASE) and not re.search(r"\bMay\b|\bMarch\b", span):
        return True
    # "article 5 March" is not a thing, but "Section 3 May" could be; reject numbers glued to words
    before = text[max(0, m.start() - 12) : m.start()]
    return bool(re.search(r"(?:article|rule|para(?:graph)?|No\.?|page|chapter)\s*$", before, re.IGNORECASE))


def _story_dates(text, dates, stories, anchor, future_at, extra) -> list[DateMention]:
    """The dates of each story of a listing page, re-read against the story's own day."""
    bounds = [s for s, _ in stories] + [len(text)]
    out = [d for d in dates if d.start < bounds[0]]
    for (lo, day), hi in zip(stories, bounds[1:], strict=True):
        own = parse_iso(day)
        if own == anchor:
            out += [d for d in dates if lo <= d.start < hi]
            continue
        part = [(s - lo, e - lo) for s, e in extra if lo <= s and e <= hi]
        found = find_dates(text[lo:hi], own, (lambda o, lo=lo: future_at(o + lo)) if future_at else None, part)
        out += [dataclasses.replace(d, start=d.start + lo, end=d.end + lo) for d in found]
    return out


class DateMentions:
    """Finds every date expression and resolves it against the document's date."""

    name = "dates.mentions"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        anchor = parse_iso(ctx.document.date)
        doc = ctx.doc

        def future_at(offset: int) -> bool:
            span = doc.char_span(offset, offset + 1, alignment_mode="expand") if doc is not None else None
            if span is None:
                return bool(_FUTURE.search(text[max(0, offset - 80) : offset + 40]))
            return clause_future(span[0])

        extra = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"] if doc is not None else []
        ctx.dates = find_dates(text, anchor, future_at, extra)
        stories = story_starts(text, ctx.dates)
        ctx.notes["dates.stories"] = stories
        if stories:  # (r12) a page listing dated stories: each story's words are read against its own day
            ctx.dates = _story_dates(text, ctx.dates, stories, anchor, future_at, extra)
        taken = bytearray(len(text))
        for d in ctx.dates:
            taken[d.start : d.end] = b"\x01" * (d.end - d.start)
        counted = list(counted_dates(text, ctx.dates, taken, doc))  # "two days after the warrant was issued"
        if counted:
            ctx.dates = sorted([*ctx.dates, *counted], key=lambda d: d.start)
        ctx.notes[UNANCHORED] = [(d.start, d.end) for d in counted if d.value is None]

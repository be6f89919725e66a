"""Sentence starts the layout fixes, set before the parser runs.

``unwrap`` first joins the lines of hard-wrapped text (a newline becomes a space: the text keeps its
length, so every offset still points into the original). The small parser reads a document as one stream: a heading, a dateline, a bullet or a paragraph
that ends without a full stop is glued to the next sentence, and one long "sentence" spoils every
parse in it. ``line_breaks`` marks what the layout says, cheaply, in one pass over the newlines:

* a blank line starts a sentence (unless the line before it opens a list: "On behalf of:");
* a list item ("- ", "\u2022 ", "(a) ", "2. ") starts a sentence, and a short one is one sentence to
  its line's end (a numbered paragraph keeps its sentences), except the first item after "calls on:", whose items name the addressees (the demand rules read
  that item with its lead-in);
* after a line that ends a sentence (". ! ?") the next line starts one;
* a short line without final punctuation (a heading, a title) ends its sentence, unless the next
  line is its dateline ("Twenty-second Session\nNew York, 4-14 December 2023");
* a line that continues in lower case never starts a sentence (hard-wrapped text).

Text hard-wrapped at a fixed width (PDF extractions) keeps its wrapped lines together: there a
line counts as short only well below the wrapping width. The parser keeps what is set here and
decides the rest.

Before that, ``unwrap`` blanks what is no part of the text (``debris.debris``: same length again): a web
page's menus, breadcrumbs, "Share this" and cookie lines, tag lists and the headlines listed under
"Related articles"; a PDF's page numbers, running headers and footnote markers ("the Court.12");
and it joins a word hyphenated at a line's end ("unprece-\n dented"). A page break that falls in
the middle of a sentence no longer cuts it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language

from .debris import ENDS_SENTENCE, debris

NAME = "romewatch_line_breaks"
VERSION = "0.1.0"

BULLET = re.compile(
    r"(?:[-\u2010-\u2015\u2022*\u25aa\u25cf\u25e6\u2023>\uf0a7\uf0b7\uf0d8]|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)])\s"
)
ENDS_OPEN = re.compile(r"(?:[:;,(\u2013\u2014-]|\b(?:and|or|of|the|to|for|by|with|in|on|a|an|that|including))$")
CALLS_ON = re.compile(r"\b(?:on|upon)\s*:$", re.IGNORECASE)  # the items name whom the lead-in calls on
DATELINE = re.compile(
    r"[A-Z][^\n,]{1,60},[^\n]{0,20}?\b\d{1,2}(?:st|nd|rd|th)?\b[^\n]{0,12}?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"[^\n]{0,10}?\d{4}[^\n]{0,20}$",
    re.MULTILINE,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "THE HAGUE, 12 June 2025 - Austria, Chile and ...", "GENEVA (12 June 2025) –", "LONDON (Reuters) -": the
# dateline is no part of the first sentence (the parser would take the place for its subject)
# Each run of blanks is possessive (``*+``): with plain ``\s*`` a long blank run (a page's blanked menu)
# was tried every way it can be split between the optional parts, which took minutes on one page.
DATELINE_LEAD = re.compile(
    r"^[ \t]*+(?:(?P<place>[A-Z][A-Za-z.'\u2019 -]{1,40}?)\s*+(?:\([A-Za-z .]{1,30}\))?\s*+,?\s*+)?"
    r"\(?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}|" + _MONTH + r"\s+\d{1,2},?\s+\d{4})?\)?"
    r"\s*+(?:\([A-Za-z .]{1,30}\))?\s*+[-\u2013\u2014]{1,2}[ \t]+(?=[A-Z\"\u201c])",
    re.MULTILINE,
)
ITEM_CHARS = 250  # a list item longer than this is a numbered paragraph
LIST_ITEM_END = re.compile(r";\s*(?:and|or)?$")
OPENS = re.compile(r"[A-Z0-9\"'\u201c\u2018(\[]")


def _wrap_width(text: str) -> int | None:
    """The width the text was hard-wrapped at, or None when its lines are paragraphs: most long
    lines then end close to one width (PDF text at 80 or 100 columns, mail at 72)."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if len(line.strip()) >= 40)
    if len(lengths) < 5:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if 0.7 * width <= n <= 1.05 * width)
    return width if width <= 220 and near >= 0.6 * len(lengths) else None


def lead_in(text: str, line_start: int, reach: int = 60) -> str:
    """The line that introduces a list: the last line before ``line_start`` that is not an item."""
    end = text.rfind("\n", 0, line_start) + 1
    while end > 0 and reach:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start : end - 1].strip()
        if line and not BULLET.match(line + " "):
            return line
        end, reach = start, reach - 1
    return ""


def _decide(text: str, prev_end: int, start: int, width: int | None) -> bool | None:
    """True: ``start`` begins a sentence; False: it cannot; None: the parser decides."""
    gap = text[prev_end:start]
    line_start = text.rfind("\n", 0, prev_end) + 1
    before = text[line_start:prev_end].strip()
    after = text[start : start + 12]
    if BULLET.match(text, start):
        if not CALLS_ON.search(lead_in(text, start)):
            return True
        return False if before.endswith(":") else None  # "calls on:\n- X to ...": the first item stays
    if gap.count("\n") >= 2:  # a blank line (whitespace only lines count as blank)
        return None if before.endswith((":", ";")) else True
    if ENDS_SENTENCE.search(before):
        return True
    if ENDS_OPEN.search(before):
        return None
    if after[:1].islower():
        return False
    if DATELINE.match(text, start):
        return None  # "Twenty-second Session ...\nNew York, 4-14 December 2023": a title and its dateline
    if OPENS.match(after) and (width is None or len(before) < 0.7 * width):
        return True
    return None


# --- footnote markers and line-end hyphens (the lines that are no part of the text: debris.py) ---------
_NOTE_MARK = re.compile(r"(?<=[a-z\u00df-\u024f]{3}[.,;:])\d{1,2}(?=\s|$)|[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_NOT_A_NOTE = re.compile(
    r"(?:\b(?:art|arts|para|paras|res|rev|add|corr|no|nos|vol|sec|ch|pp|fig|rule|item)[.,;:])$", re.IGNORECASE
)
# a web page's link label set in brackets after the words it links ("ruled [decision, PDF] that", "the
# warrant [text] for X [JURIST report]"): no words of the sentence, and the parser would cut there
_LINK_LABEL = re.compile(
    r"(?<=\w)[ \t]\[[^\[\]\n]{0,40}\b(?:PDF|JURIST|report|text|press release|website|archive|video|backgrounder"
    r"|materials|transcript|summary|official site|order|judgment|decision|statement|news)\b[^\[\]\n]{0,40}\](?=[ \t.,;:])",
    re.IGNORECASE,
)
_HYPHENATED = re.compile(r"([A-Za-z\u00c0-\u024f]{2,})-\n[ \t]*([a-z\u00df-\u024f]{2,})")
_KEEPS_HYPHEN = {
    "non", "self", "so", "ex", "well", "co", "cross", "long", "multi", "anti", "post", "pre", "semi", "quasi", "ill",
    "all", "half", "high", "low", "full", "wide", "follow", "short", "mid", "counter", "de", "re", "vice", "state",
}  # fmt: skip


_NOTES_RULE = re.compile(r"^[ \t]*[_\u2014\u2013-]{5,}[ \t]*$", re.MULTILINE)
_NOTE_LINE = re.compile(r"[ \t]*\d{1,3}[ \t]+\S")


def notes_start(text: str) -> int:
    """Where the footnotes begin (the rule drawn above them), or the text's end."""
    rule = _NOTES_RULE.search(text)
    return rule.end() if rule is not None else len(text)


def _dehyphenate(chars: list[str], text: str) -> None:
    """ "unprece-\n dented" -> "unprecedented" + spaces (the word moves back, offsets after it stay)."""
    for m in _HYPHENATED.finditer(text):
        head, tail = m.group(1), m.group(2)
        joined = head + ("-" if head.lower() in _KEEPS_HYPHEN else "") + tail
        chars[m.start() : m.end()] = list(joined.ljust(m.end() - m.start()))


def _clean(text: str) -> str:
    """The text without its debris, footnote markers and line-end hyphens (same length)."""
    chars = list(text)
    page_breaks = []
    for a, b, what in debris(text):
        chars[a:b] = [" "] * (b - a)
        if what == "page":
            page_breaks.append((a, b))
    for m in _LINK_LABEL.finditer(text):
        chars[m.start() : m.end()] = [" "] * (m.end() - m.start())
    for m in _NOTE_MARK.finditer(text):
        if not _NOT_A_NOTE.search(text, max(0, m.start() - 8), m.start()):
            chars[m.start() : m.end()] = [" "] * (m.end() - m.start())
    _dehyphenate(chars, "".join(chars) if page_breaks else text)
    flat = "".join(chars)
    width = _wrap_width(flat) if page_breaks else None
    for a, b in page_breaks:  # a sentence running over a page break goes on
        before = flat[:a].rstrip()
        rest = flat[b:]
        nxt = rest.lstrip()
        if not before or not nxt:
            continue
        lo, hi = len(before), b + (len(rest) - len(nxt))
        last_line = before[before.rfind("\n") + 1 :]
        wrapped = width is not None and len(last_line) >= 0.75 * width and not BULLET.match(nxt)
        open_end = not ENDS_SENTENCE.search(before) and not before.endswith((":", ";"))
        if open_end and (nxt[:1].islower() or wrapped):  # "... after Mr\n\n  Header   2\n\nAl Bashir attended"
            chars[lo:hi] = [" " if c == "\n" else c for c in flat[lo:hi]]
        elif BULLET.match(last_line.lstrip() + " ") and BULLET.match(nxt):  # a list goes on over the page
            first = flat.index("\n", lo)
            chars[first + 1 : hi] = [" " if c == "\n" else c for c in flat[first + 1 : hi]]
        flat = "".join(chars)
    return "".join(chars)


def _title_line(line: str) -> bool:
    """A heading set in capitals ("JOINT STATEMENT", "II. RECOMMENDATIONS")."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and not any(ch.islower() for ch in letters)


def unwrap(text: str) -> str:
    """The text with the newlines that only wrap a line turned into spaces (same length, same offsets).

    A newline wraps a line when the next line goes on in lower case, or, in text hard-wrapped at a
    fixed width, when the line before it runs close to that width and the next line is not a list
    item. Blank lines, headings, list items and short lines keep their breaks."""
    if "\n" not in text:
        return text
    text = _clean(text)
    width = _wrap_width(text)
    notes = notes_start(text)
    chars = list(text)
    start = 0
    while True:
        nl = text.find("\n", start)
        if nl < 0:
            break
        before = text[start:nl].rstrip()
        nxt_end = text.find("\n", nl + 1)
        after = text[nl + 1 : nxt_end if nxt_end >= 0 else len(text)]
        body = after.lstrip(" \t")
        if nl >= notes and _NOTE_LINE.match(after):
            pass  # a footnote starts its own line
        elif LIST_ITEM_END.search(before):
            pass  # "Parliamentarians for Global Action; and\nthe Ukrainian Legal Advisory Group": one item a line
        elif _title_line(before):
            pass  # "JOINT STATEMENT\ndelivered by Chile ...": a heading in capitals is a line of its own
        elif before.strip() and body and not BULLET.match(body) and not ENDS_SENTENCE.search(before.strip()):
            long_line = width is not None and len(before) >= 0.75 * width
            if body[:1].islower() or (long_line and not before.endswith(":")):
                chars[nl] = " "
        elif before.strip() and body and width is not None and len(before) >= 0.75 * width and not BULLET.match(body):
            chars[nl] = " "  # a wrapped line that happens to end a sentence: the paragraph goes on
        start = nl + 1
    return "".join(chars)


_NUMBERED_BODY = {"chamber", "chambers", "division", "section", "committee", "annex", "part", "article"}


def _roman_ends(doc: Any, text: str, starts: dict[int, bool]) -> None:
    """ "... by Pre-Trial Chamber I. On 5 May, ...": the tokenizer keeps "I." whole, as if it were an
    abbreviation, and the parser runs both sentences together. After a numbered body the roman
    numeral's stop ends the sentence when a capitalised word follows."""
    if not _ROMAN_STOP.search(text):
        return  # every numeral of _ROMAN ends in I, V or X: no "<numeral>." anywhere
    for tok in doc[1:-1]:
        if (
            tok.text.endswith(".")
            and tok.text[:-1] in _ROMAN
            and doc[tok.i - 1].lower_ in _NUMBERED_BODY
            and doc[tok.i + 1].text[:1].isupper()
            and doc[tok.i + 1].is_alpha
        ):
            starts[tok.i + 1] = True


_ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
_ROMAN_STOP = re.compile(r"[IVX]\.")


@Language.component(NAME)
def line_breaks(doc: Any) -> Any:
    """Sets ``is_sent_start`` where the layout breaks a line (see the module's doc)."""
    text = doc_text(doc)  # joined once here and kept for the components (``doc_text``)
    starts: dict[int, bool] = {}  # token -> is_sent_start, set at the end in one pass (``_set_starts``)
    _roman_ends(doc, text, starts)
    if "\n" not in text:
        _set_starts(doc, starts)
        return doc
    width = _wrap_width(text)
    notes = notes_start(text)
    prev_end, hold = -1, -1
    # the tokens' offsets, space flags and lengths read as one array (no Token object per token)
    for i, (idx, space, length) in enumerate(doc.to_array([IDX, IS_SPACE, LENGTH]).tolist()):
        if space:
            continue
        if prev_end >= 0 and "\n" in text[prev_end:idx]:
            verdict = True if idx >= notes and _NOTE_LINE.match(text, idx) else None
            verdict = verdict or _decide(text, prev_end, idx, width)
            if verdict is not None:
                starts[i] = verdict
            bullet = BULLET.match(text, idx)
            line_end = text.find("\n", idx)
            line_end = line_end if line_end >= 0 else len(text)
            # a short list item is one sentence ('- "What next?" (7 Dec), organised by ...' is not cut at
            # its "?"); a numbered paragraph keeps its sentences; the marker stays with the first word
            hold = -1 if bullet is None else (line_end - 1 if line_end - idx <= ITEM_CHARS else bullet.end())
        elif idx <= hold:
            starts[i] = False
        elif prev_end >= 0 and idx - prev_end > 2 and not ENDS_SENTENCE.search(text[max(0, prev_end - 2) : prev_end]):
            starts[i] = False  # the blank left by a page's header or footer: the sentence goes on
        prev_end = idx + length
    _after_datelines(doc, text, starts)
    _set_starts(doc, starts)
    return doc


def _after_datelines(doc: Any, text: str, starts: dict[int, bool]) -> None:
    """The word after a dateline's dash begins a sentence (``DATELINE_LEAD``)."""
    found = [
        m.end()
        for m in DATELINE_LEAD.finditer(text)
        if m.group("date") or (m.group("place") or "").strip().isupper() and len(m.group("place").strip()) > 3
    ]
    if not found:
        return
    offsets = doc.to_array([IDX]).ravel().tolist()
    for end in found:
        i = bisect_left(offsets, end)
        if 0 < i < len(offsets) and offsets[i] == end:
            starts[i] = True


def _set_starts(doc: Any, starts: dict[int, bool]) -> None:
    """``doc[i].is_sent_start = v`` for each entry, through one array: the Token setter checks the
    whole doc for a parse each time, which made the component quadratic in its tokens."""
    if not starts:
        return
    if doc.has_annotation("DEP"):  # the setter's own refusal (E043)
        for i, value in starts.items():
            doc[i].is_sent_start = value
        return
    values = doc.to_array(SENT_START)
    for i, value in starts.items():
        values[i] = 1 if value else _NOT_START
    doc.from_array([SENT_START], values)


_NOT_START = (1 << 64) - 1  # -1 as the array's unsigned 64-bit value


def doc_text(doc: Any) -> str:
    """The parse's text, joined once per document (``Doc.text`` joins every token at each call)."""
    text = doc.user_data.get("romewatch.text")
    if text is None:
        text = doc.user_data["romewatch.text"] = doc.text
    return text

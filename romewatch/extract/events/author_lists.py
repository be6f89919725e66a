"""The lists of a joint statement or letter: the heading over them, the lines they run on, and whether a
"prepared by" or "on behalf of" belongs to this document or to an earlier statement it recalls.

* Headings of the list at a statement's end, on a line of their own: "List of States (48):", "Participating
  States", "Signatory States (48)", "Countries joining this statement:", "Co-signatories", "Endorsed by",
  "Supported by the following States:", "Joined by:", "The statement is supported by the following 58 States
  Parties:", "LIST OF SIGNATORIES", "Signatories (in alphabetical order):".
* A list line's actors: an organisation's signature line ("Al-Haq (Palestine)", "REDRESS, United Kingdom")
  names its country as a place, not as a second signer; a line holding only the end of a wrapped official name
  ("(Bolivarian Republic of)", "the), North") does not end the list.
* A recalled statement ("the joint statement issued on 7 February 2025, which was prepared by A, B and C",
  "Last year's declaration, drafted by A and B", "In a statement delivered on behalf of A and B on 4 December
  2024, ...") keeps its list: it is its own `statement`, not this document's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import ACTORS, index, uniq

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_WHO = r"(?:states?(?: parties)?|countries|member states|delegations|governments|signatories|organi[sz]ations|ngos|groups|endorsers|partners)"
_ACTING = r"(?:participating|signatory|signing|co-?signing|endorsing|supporting|sponsoring|co-?sponsoring|joining|undersigned|associated|subscribing)"
_PASSIVE = r"(?:signed|co-?signed|endorsed|supported|joined|co-?sponsored|sponsored|subscribed(?: to)?|backed)"
_DOCS = r"(?:statement|declaration|letter|briefing|paper|submission|appeal|communiqu\w*|petition|call|text|memorandum|report)"
_TAIL = r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*(?:[:.\-\u2013\u2014]|\(\d+\)[ \t]*:?)?[ \t]*$"
# a heading line over a list of signers
LIST_HEADING = re.compile(
    r"^[ \t]*(?:[\u2022*#\-][ \t]*)?(?:the[ \t]+)?(?:"
    rf"lists?[ \t]+of[ \t]+(?:the[ \t]+)?(?:{_ACTING}[ \t]+|co-?)?{_WHO}|"
    rf"(?:{_ACTING}[ \t]+{_WHO})|co-?signatories|signatories|co-?sponsors|endorsements|"
    rf"{_WHO}[ \t]+(?:joining|endorsing|supporting|signing|co-?signing|subscribing to|associating themselves with)"
    r"(?:[ \t]+(?:this|the)(?:[ \t]+joint)?[ \t]+(?:statement|declaration|letter|appeal|communiqu\w*))?|"
    rf"{_PASSIVE}[ \t]+by(?:[ \t]+the[ \t]+following)?(?:[ \t]+\d+)?(?:[ \t]+{_WHO})?|"
    rf"(?:\d{{1,3}}[.)][ \t]+)?(?:this|the)(?:[ \t]+joint)?[ \t]+{_DOCS}[ \t]+(?:is|was|has been)[ \t]+{_PASSIVE}[ \t]+by"
    rf"[ \t]+(?:the[ \t]+)?following(?:[ \t]+\w+){{0,2}}?(?:[ \t]+{_WHO})"
    r")(?:[ \t]+\((?:\d+|in alphabetical order)\))?" + _TAIL,
    re.IGNORECASE | re.MULTILINE,
)
# the end of an official name wrapped onto the next line: "(Plurinational State of)", "Republic of)", "the),"
QUALIFIER_LINE = re.compile(r"^[ \t]*\(?[\w' \t]{0,40}\)[ \t]*[,;.]?", re.IGNORECASE)
# a sentence that recalls an earlier statement rather than describing this one
RECALL = re.compile(
    r"\b(?:recall(?:s|ed|ing)?|earlier|previous(?:ly)?|prior|last (?:year|month|week|session)|"
    r"(?:year|month)s? ago|in (?:its|our|their) (?:joint )?(?:statement|letter|declaration) of|"
    r"(?:first|already) (?:expressed|issued|raised|stated)|"
    r"(?:that|those|the (?:earlier|previous|former|first|above|aforementioned|said|last)) (?:joint )?"
    r"(?:statements?|declarations?|letters?|appeals?|texts?))\b",
    re.IGNORECASE,
)
OWN = re.compile(r"\b(?:this|the present|the current)\s+(?:joint\s+)?(?:statement|declaration|letter|text|intervention)\b", re.IGNORECASE)
DAY_MONTH = re.compile(rf"\b(?:(\d{{1,2}})\s+({MONTHS})|({MONTHS})\.?\s+(\d{{1,2}}))\b(?:,?\s+(\d{{4}}))?")
MONTH_ONLY = re.compile(
    rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|of)\s+({MONTHS})\b(?!\s+\d{{1,2}}\b)(?:\s+(\d{{4}}))?"
)
_MONTH_NO = {m[:3].lower(): n for n, m in enumerate(MONTHS.split("|")[:12], 1)}


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence (or bracketed note, or paragraph) holding ``pos``."""
    cuts = [(text.rfind(". ", 0, pos), 2), (text.rfind("\n\n", 0, pos), 2), (text.rfind("[", 0, pos), 1)]
    start = max([at + width for at, width in cuts if at >= 0] or [0])
    stop = re.compile(r"\.(?:\s|$)|\n\s*\n|\]").search(text, pos)
    return start, stop.start() if stop else len(text)


def other_date(sentence: str, doc_date: str | None) -> bool:
    """Does the sentence name a day other than the document's own ("on 7 February 2025")?"""
    for m in DAY_MONTH.finditer(sentence):
        day = int(m.group(1) or m.group(4))
        month = _MONTH_NO.get((m.group(2) or m.group(3))[:3].lower())
        year = m.group(5)
        if not doc_date:
            return True
        own = doc_date.split("-")
        if year and year != own[0]:
            return True
        if len(own) >= 2 and month != int(own[1]) or len(own) == 3 and day != int(own[2]):
            return True
    for m in MONTH_ONLY.finditer(sentence):  # "in February", "in March 2024"
        if not doc_date or m.group(2) and m.group(2) != doc_date[:4]:
            return True
        own = doc_date.split("-")
        if len(own) >= 2 and _MONTH_NO.get(m.group(1)[:3].lower()) != int(own[1]):
            return True
    return bool(re.search(r"\b(?:in|of|since)\s+(\d{4})\b", sentence)) and bool(doc_date) and not any(
        y == (doc_date or "")[:4] for y in re.findall(r"\b(?:in|of|since)\s+(\d{4})\b", sentence)
    )


def recalled(text: str, pos: int, doc_date: str | None) -> bool:
    """Is the "prepared by" / "on behalf of" at ``pos`` part of a sentence about an earlier statement?"""
    start, end = sentence_around(text, pos)
    sentence = text[start:end]
    opens = start == 0 or text[start - 1] in "[\n" or not text[:start].strip()  # a header line or bracketed note
    if (OWN.search(sentence) or pos < 600 and opens) and not RECALL.search(sentence):
        return False  # "[This statement, prepared by A and B on 6 February ...]": the document's own header
    if RECALL.search(sentence) or other_date(sentence, doc_date):
        return True
    # "On 7 February 2025, 79 States issued a joint statement. It was prepared by A, B and C.": the sentence before
    para = max(text.rfind("\n\n", 0, start) + 2, 0)
    before = text[max(para, start - 400) : start]
    return bool(before.strip()) and bool(RECALL.search(before) or other_date(before, doc_date)) and bool(
        re.match(r"\s*(?:it|that|this|the|its|they)\b", sentence, re.IGNORECASE)
    )


def signature_line(kinds: list[str]) -> list[bool]:
    """Which of a list line's actors (their kinds, in order) sign: in an organisation's line the States are its
    country ("Al-Haq (Palestine)", "REDRESS, United Kingdom"), not co-signers."""
    org_line = any(k in ("organization", "igo") for k in kinds)
    return [not (org_line and k == "state") for k in kinds]


# an address read out at a session: "Madam President,", "Mr. Chair,", "Distinguished delegates,"
ORAL_SALUTE = re.compile(
    r"^\s*(?:(?:madam|madame|mr\.?|mister|monsieur)\s+(?:vice[- ])?(?:president|chair(?:person|man|woman)?|co-chairs?|"
    r"facilitators?|moderator)\b|(?:honou?rable|distinguished)\s+(?:delegates|ministers|participants|guests))",
    re.IGNORECASE | re.MULTILINE,
)

# a heading over the list at the end of a statement read for others: "On behalf of the following 48 States:"
TAIL_BEHALF = re.compile(
    r"^[ \t]*(?:(?:this )?(?:joint )?(?:statement )?(?:is |was )?(?:delivered|made|read|presented|signed) )?on behalf of"
    r"(?:(?: the following| these)?(?: \d+| [a-z-]+)?(?: other)? (?:states(?: parties)?|countries|member states|delegations|"
    r"governments|organi[sz]ations)(?: \(\d+\))?[ \t]*:?|[ \t]*:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

# "I have the honour to speak on behalf of A, B and C", "taking the floor on behalf of the Nordic countries"
SPEAK_BEHALF = re.compile(
    r"\b(?:I|[Ww]e)\b[^.\n]{0,50}?\b(?:speak(?:s|ing)?|tak(?:e|es|ing) the floor|deliver(?:s|ing)? (?:this|the present|the following) (?:joint )?statement|"
    r"mak(?:e|es|ing) (?:this|the present) (?:joint )?statement|interven(?:e|es|ing)|address(?:es|ing)? (?:you|this \w+))"
    r"(?:\s+(?:also|today|here|now|jointly|further|equally))*\s+on\s+behalf\s+of\b(?![^\n.:]{0,40}:)",
    re.IGNORECASE,
)

# "on behalf of 48 States", "on behalf of a cross-regional group of States": a group whose list comes elsewhere
COUNTED_GROUP = re.compile(
    r"\bon behalf of (?:a (?:cross-regional |core |regional )?group of (?:\d+ )?|\d+ |the following (?:\d+ )?)"
    r"(?:States(?: Parties)?|countries|Member States|delegations|organi[sz]ations)\b",
    re.IGNORECASE,
)

JOINT = re.compile(r"\bjoint (?:statement|declaration|letter|communiqu)", re.IGNORECASE)
TOLD_OF = re.compile(
    r"\b(?:a|an|the|their|its|his|her)\s+(?:(?:joint|new|separate|written|short|brief|public|press)\s+)?$", re.IGNORECASE
)


def titled(pattern: str, head: str) -> bool:
    """Whether ``pattern`` names the document itself ("Joint Statement on ...", "This joint statement"),
    not a statement the text tells of ("issued a joint statement", "in a statement", "the statement")."""
    for m in re.finditer(pattern, head, re.IGNORECASE):
        before = head[max(0, m.start() - 20) : m.start()].split("\n")[-1]
        if not TOLD_OF.search(before):
            return True
    return False


STATEMENTISH = re.compile(r"\b(?:joint|statement|declaration|letter|communiqu|appeal)", re.IGNORECASE)


# a paragraph ends at a blank line, and a footnote at the next footnote's marker ("¹ A, B, C.\n² Judge X")
FOOTNOTE_SPLIT = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\*+|\[\d{1,2}\]|\d{1,2}\s)[ \t]*[A-Z])")

class ListReader:
    """Reads the lists of one document: lines of names after a heading, a paragraph of names with none."""

    def __init__(self, ctx: DocContext, text: str, head_len: int) -> None:
        self.ctx, self.text, self.head_len = ctx, text, head_len
        self.idx = index(ctx)

    def block_after(self, pos: int, limit: int, max_line: int = 120) -> list[str]:
        """Actor mentions on the short lines after ``pos`` (a header or signature list)."""
        out: list[str] = []
        cursor = pos
        gap = False  # a blank line (a page break, a space between signers) inside the list
        for line in self.text[pos:limit].split("\n"):
            start, cursor = cursor, cursor + len(line) + 1
            if not line.strip():
                gap = bool(out)
                continue
            ids = self.actors_in(start, min(limit, start + len(line) + 60), start + len(line))  # "Bolivia\n(Plur...)"
            if gap and not (
                ids
                and self.listing(start, line)
                and not ORAL_SALUTE.match(line)  # "Madam President," opens the speech
                and {self.idx.kind(i) for i in ids} <= {self.idx.kind(i) for i in out}  # the same kind of names goes on
            ):
                if not ids and len(line.split()) <= 5 and line.strip()[:1].isupper():
                    gap = False  # "Ana Perez" (a name not known) over "Director, REDRESS": the next signer
                    continue
                break  # the list ended at the blank line: what follows is no name
            gap = False
            too_long = len(line.strip()) > max_line and not self.listing(start, line)
            if not ids and out and QUALIFIER_LINE.match(line):
                continue  # "(Bolivarian Republic of)": the end of a name wrapped from the line above
            if too_long or not ids:
                if out or too_long:
                    break
                continue
            out += [i for i, keep in zip(ids, signature_line([self.idx.kind(i) for i in ids])) if keep]
        return uniq(out)

    def orphan_list(self, least: int) -> list[str]:
        """The last paragraph after the header that is nothing but names (a footnote's marker aside)."""
        found: list[str] = []
        pos = max(self.head_len // 2, len(self.text) - 8000)
        pos = self.text.rfind("\n\n", 0, pos) + 1  # from a paragraph's start, not the middle of a name
        for para in FOOTNOTE_SPLIT.split(self.text[pos:]):
            start = self.text.find(para, pos)
            pos = start + len(para)
            body = re.match(r"[\s\d\u00b9\u00b2\u00b3\u2070-\u2079*\u2022\-_]*", para)
            lead = body.end() if body else 0
            para = para[: self._names_end(start, para)]  # "¹ A, B, ... Z. ² Judges X and Y": the States only
            ids = self.actors_in(start + lead, start + len(para))
            kinds_ok = all(self.idx.kind(i) in ("state", "organization") for i in ids)
            if len(ids) >= least and kinds_ok and self.listing(start + lead, para[lead:]):
                found = ids
        return found

    def _names_end(self, start: int, para: str) -> int:
        """Where a paragraph's leading run of States and organisations ends, when people are named after
        it (footnotes run together once their markers are gone); else the paragraph's end."""
        ms = sorted(self.ctx.mentions_in(start, start + len(para)), key=lambda x: x.start)
        kinds = [self.idx.kind(x.entity_id) for x in ms]
        first_person = next((k for k, kind in enumerate(kinds) if kind == "person"), None)
        if not first_person or kinds[:first_person].count("state") < 3:
            return len(para)
        last = max(x.end for x, kind in zip(ms[:first_person], kinds) if kind in ("state", "organization"))
        cut = para.find(".", last - start, ms[first_person].start - start)  # the list's own full stop
        return cut + 1 if cut >= 0 else len(para)

    def listing(self, start: int, line: str) -> bool:
        """Is a long line just a list of names ("Albania, Andorra, ... and Switzerland.")?"""
        rest = list(line)
        for x in self.ctx.mentions_in(max(0, start - 60), start + len(line) + 60):  # also names wrapped across lines
            a, b = max(x.start, start), min(x.end, start + len(line))
            if a < b:
                rest[a - start : b - start] = " " * (b - a)
        left = re.sub(r"\band\b|[,;.()\s]", "", "".join(rest))
        return len(left) <= 0.15 * len(line.strip())

    def actors_in(self, start: int, end: int, starts_before: int | None = None) -> list[str]:
        """Actor mentions in a stretch, outermost only (not the Court inside "Coalition for the ICC"); with
        ``starts_before``, those that begin before it (a name wrapped onto the next line)."""
        ms = [
            x
            for x in self.ctx.mentions_in(start, end)
            if self.idx.kind(x.entity_id) in ACTORS and (starts_before is None or x.start < starts_before)
        ]
        return uniq(
            x.entity_id
            for x in ms
            if not any(y is not x and y.start <= x.start and x.end <= y.end and y.end - y.start > x.end - x.start for y in ms)
        )


def clause_end(ctx: DocContext, start: int, end: int) -> int:
    """Where the "by" phrase ending at ``start`` ends, by the parse, if before ``end``: "drafted by A, B
    and C, reaffirms support for the Court" lists A, B and C, not the Court its verb goes on to name."""
    span = ctx.doc.char_span(max(0, start - 2), start, alignment_mode="expand")
    by = next((t for t in span if t.lower_ == "by"), None) if span is not None else None
    if by is None or not any(c.dep_ == "pobj" for c in by.children):
        return end
    last = max(t.idx + len(t) for t in by.subtree)
    return min(end, last)


def told_in_prose(text: str, at: int) -> bool:
    """ "The Coalition, in a press release issued the same day, urged ...": a release named inside a long
    sentence of the body (a line of more than 14 words, the label not at its start) is one the text tells of,
    not the page's own label ("PRESS RELEASE", "Press release: 12 June", "5 December 2024 | Press release")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    before = text[start:at]
    # "in a joint communiqué", "in its own press release": a determiner and up to two modifiers before the label
    return len(line.split()) > 14 and bool(
        re.search(r"\b(?:a|an|the|its|their|his|her|in)\s+(?:[\w'-]+\s+){0,2}$", before, re.IGNORECASE)
    )

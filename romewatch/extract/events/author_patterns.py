"""The patterns the authorship component reads a document's header and sign-off with (see ``author``):
title lines, datelines, "delivered by", "on behalf of", sign-offs, boilerplate, "Related" links."""

from __future__ import annotations

import re
from typing import Any

HEAD_CHARS = 1500
ON_BEHALF = re.compile(
    r"\bon behalf of(?:\s+the following|\s+these|\s+the)?(?:\s+[\w-]+){0,3}?\s*:|"
    r"^\s*(?:endorsing|supporting|participating|member|signing|co-signing) organi[sz]ations\s*:",
    re.IGNORECASE | re.MULTILINE,
)
DELIVERED = re.compile(
    # "Delivered by X", "Joint statement delivered by X"
    r"^\s*(?:(?:joint\s+)?(?:oral\s+)?(?:statement|declaration|intervention)\s+)?"
    r"(?:delivered|presented|read|made)\s+by\s*:?\s+|^\s*(?:speaker|delivered by)\s*:\s*|"
    r"\b(?:this|the following) (?:joint )?(?:civil society )?(?:statement|letter|intervention|submission) "
    r"(?:is|was|has been) (?:being )?(?:delivered|presented|read|made|submitted|sent) by\s+",
    re.IGNORECASE | re.MULTILINE,
)
PREPARED = re.compile(r"\b(?:prepared|drafted|initiated|coordinated)\s+by\b", re.IGNORECASE)
SIGNED_COUNT = re.compile(
    r"\bsigned by\s+(\d+|[a-z-]+)\s+(?:states|countries|organi[sz]ations|member states|states parties)", re.IGNORECASE
)
SIGN_OFF = re.compile(
    r"^\s*(?:(?:yours sincerely|sincerely(?: yours)?|yours faithfully|respectfully(?: yours)?|kind regards|best regards|"
    r"signatories|signatory organi[sz]ations|list of (?:co-?)?signatories|the undersigned|co-signatories|signed(?=\s*,?\s*$)|"
    r"(?:endorsing|supporting|signing|undersigned) organi[sz]ations)\b[^\n]{0,40}$|"
    # "This statement is co-signed by A, B and C." closing the text
    r"(?:this|the present) (?:joint )?(?:statement|declaration|letter) (?:is|was|has been) "
    r"(?:co-signed|signed|endorsed|supported|joined) by\b|"
    r"(?:signed|endorsed|co-signed|supported|signatories|joined|co-sponsored)(?: by)?(?: (?:the )?(?:following|undersigned))?"
    r"(?: [\w-]+){0,3}?(?: \([^)\n]{0,40}\))?\s*:|"
    r"(?:the )?following\b[^\n:.]{0,60}\b(?:(?:co-)?sign|join|endorse|support|subscribe|align|associate|co-sponsor)(?:s|e?d)?\b[^\n:.]{0,40}:)|"
    # "It is supported by 79 States, including:", "The following States have joined the statement:"
    r"\b(?:signed|endorsed|co-signed|supported|joined)\b[^\n:.]{0,60}?,?\s*(?:including|namely|as follows)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
STATEMENT_BY = re.compile(
    r"^\s*(?:[A-Z][\w .'-]{1,40}:\s+)?"  # r11 voice: "Russia: Statement by the High Representative on ..."
    r"(?:(?:oral|written|opening|closing|final|plenary|civil[- ]society|ngo)\s+)*"
    r"(joint\s+(?:(?:oral|written)\s+)?(?:civil[- ]society\s+|ngo\s+)?)?(?:press\s+)?"
    r"(?:statement|declaration|remarks|message|intervention)\s+(?:by|of|from)\s+(?:the\s+)?([^\n]{3,400})$",
    re.IGNORECASE | re.MULTILINE,
)
# "This statement is delivered on behalf of A, B and C.", "The statement was delivered by Slovenia on behalf of
# A, B, ... and Z." anywhere in the text: the States it speaks for
BEHALF_SENTENCE = re.compile(
    r"\b(?:this|the) (?:joint )?(?:statement|declaration|letter|intervention) (?:is|was|has been) (?:being )?"
    r"(?:delivered|made|presented|read|issued|submitted)(?: by (?P<by>[^\n.,]{2,80}?))? on behalf of\b",
    re.IGNORECASE,
)
INLINE_BEHALF = re.compile(r"\bon behalf of\b(?!\s*:)", re.IGNORECASE)
DELIVERED_INLINE = re.compile(r",?\s*\b(?:delivered|presented|read)\s+by\b", re.IGNORECASE)
# the text itself says "we" (not "by our correspondent", not inside a quotation)
WE_SPEAK = re.compile(r"(?:^|[.!?:]\s+|\n)(?:We|we)\s+(?![\w\s]{0,20}\bcorrespondent)[a-z]")
JOINED = re.compile(
    r"\b(?:joined|signed|endorsed|supported|co-signed) by\s+(\d+|[a-z-]+)\s+(?:other\s+|further\s+)?"
    r"(?:States Parties|States|countries|Member States|organi[sz]ations)\b",
    re.IGNORECASE,
)
ASSOCIATED = re.compile(r"\bassociated (?:itself|themselves) with\b", re.IGNORECASE)
DRAFTED = re.compile(
    r"\b(?:statement|letter|text|declaration)\b[^.\n]{0,30}\b(?:drafted|prepared|initiated|coordinated) by\b",
    re.IGNORECASE,
)
AS_WE = re.compile(r"\bAs\s+([^,.;]{3,120}?),\s+we\b")
REPORTISH = re.compile(r"\b(?:newsletter|blog|wrap-up|session brief|bulletin|posted)\b", re.IGNORECASE)
EXPERTS = re.compile(
    r"^\s*\*?(?:the )?(?:un |united nations |independent )?(?:human rights )?experts?(?: (?:are|is|were))?\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# a page's boilerplate that names its owner: "About Lex Aequa", "About us", "© 2025 Lex Aequa. All rights
# reserved", "Copyright Lex Aequa", "Lex Aequa (LA) is an independent non-governmental organisation ..."
BOILERPLATE = re.compile(
    r"^[ \t]*(?:about(?: us| the (?:organi[sz]ation|coalition|network))?\b[ \t:\-\u2013\u2014]*[^\n]{0,80}$|"
    r"(?:\u00a9|\(c\)|copyright)[ \t\u00a9]*(?:\d{4}(?:[-\u2013]\d{2,4})?)?[ \t,]*[^\n|]{2,80}|"
    r"[^\n]{2,100}?\bis an? (?:[\w-]+ ){0,6}(?:organi[sz]ation|ngo|coalition|network|association|foundation|"
    r"centre|center|institute|alliance|group|movement|charity)\b)",
    re.IGNORECASE | re.MULTILINE,
)
PRESS = re.compile(r"press release|media release|news release|communiqu", re.IGNORECASE)
DATELINE = re.compile(
    r"^[A-Z][\w .'/-]{2,60}[,\u2013\u2014-]\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})[\s,]+\d{4}\s*$",
    re.MULTILINE,
)
# "The Hague, 5 December 2025 - The Assembly ...": a dateline opening the first paragraph
INLINE_DATELINE = re.compile(
    r"^[A-Z][\w .'/-]{2,40},\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\s*[-\u2013\u2014]\s",
    re.MULTILINE,
)
# a news story's byline ("By a staff correspondent", "By Staff reporter | Published: ...", "By Clara Moutet and
# Ian Ross"): a reporter tells the story; the page is a report of what others said, not a statement of its own
BYLINE = re.compile(
    r"^[ \t]*By[ \t]+(?:(?:a|our|the)[ \t]+)?(?:(?:staff|special|foreign|diplomatic|legal|justice)[ \t]+)?"
    r"(?:correspondent|reporter|writer|editor|staff)\b|"
    r"^[ \t]*By[ \t]+[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3})*[ \t]*(?:[|,\u2013\u2014-]|$)",
    re.IGNORECASE | re.MULTILINE,
)
WIRE = re.compile(r"\((?:Reuters|AFP|AP|Wire|Bloomberg|dpa)\)", re.IGNORECASE)
TITLE_SKIP = re.compile(
    r"^(?:main menu|press release|for immediate release|open letter|to:|cc:|re:|dear)\b", re.IGNORECASE
)
# a headline naming whom the letter is written to: "Open letter to the President of the Assembly",
# "Joint NGO letter to Foreign Ministers of States Parties", "Letter from civil society to EU leaders"
LETTER_TO = re.compile(
    r"^[ \t]*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?letter\b[^\n.:;]{0,60}?\bto\s+([^\n.]{3,120}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# the Court's and the Assembly's press release numbers: "ICC-CPI-20240520-PR1354", "ICC-ASP-20231115-PR1720"
PRESS_REF = re.compile(r"\bICC-(ASP|CPI)-\d{8}-PR\d+", re.IGNORECASE)
# a letter's salutation or address block: "Dear Minister,", "Excellencies,", "To: Members of the Bureau"
LETTER_HEAD = re.compile(
    r"^\s*(?:dear\b|(?:your )?excellenc(?:y|ies)\s*,|to whom it may concern|to\s*:[^\n]{3,}\n(?:[^\n]*\n){0,6}?\s*(?:re|subject)\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
# the links under a scraped page ("Related", "Read more", "See also"): other pages' headlines, not this one's news
RELATED = re.compile(
    r"^[ \t]*(?:related(?: (?:news|articles?|content|stories|posts|links|reading|publications|press releases))?|"
    r"read (?:more|also|next)|see also|more (?:news|stories|press releases)|you may also (?:like|be interested in)|"
    r"recommended(?: for you)?|latest (?:news|press releases)|further reading|other news)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "twelve": 12, "twenty": 20}
ISSUERS = frozenset({"organization", "igo", "court", "state"})


def page_end(text: str) -> int:
    """Where a scraped page's own text ends: a "Related" / "Read more" line in its second half followed
    only by short lines (link headlines, tags). The document's length when there is none."""
    for m in RELATED.finditer(text, len(text) // 2):
        if all(len(line.split()) < 25 for line in text[m.end() :].split("\n")):
            return m.start()
    return len(text)


# "on behalf of the Group of Friends of X (A, B, C)", on a title line: the group, then its members in brackets
GROUP_MEMBERS = re.compile(r"\bon behalf of\s+([^\n(:]{3,120}?)\s*\(([^)\n]{5,800})\)", re.IGNORECASE)
# a title "Joint statement (delivered) on behalf of A, B and C": no colon, the names on the line
TITLE_BEHALF = re.compile(
    r"^\s*(?:joint\s+)?(?:(?:oral|written)\s+)?(?:statement|declaration|intervention|remarks)\s+"
    r"(?:(?:delivered|made|read|presented)\s+)?on\s+behalf\s+of\s+(?!the\s+following)([^\n:]{3,400})$",
    re.IGNORECASE | re.MULTILINE,
)
LOGO_LINE = re.compile(r"^[ \t]*\[?(?:image|logo|img)\s*:\s*([^\n\]]{2,100}?)\s+logo\]?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# a title's list that runs on over the next lines: the line ends in "," or "and", or the next begins with "and"
_RUNS_ON = re.compile(r"(?:,|\band|&)[ \t]*$", re.IGNORECASE)
_GOES_ON = re.compile(r"^[ \t]*(?:and|&)\s", re.IGNORECASE)


def _title_continued(text: str, end: int, most: int = 4) -> int:
    """Where a title line's list of names ends when it is wrapped over several lines (no blank line between)."""
    for _ in range(most):
        nxt = text.find("\n", end + 1)
        line = text[end + 1 : nxt if nxt >= 0 else len(text)]
        if not line.strip() or len(line) > 200:
            break
        if not (_RUNS_ON.search(text[text.rfind("\n", 0, end) + 1 : end]) or _GOES_ON.match(line)):
            break
        end = nxt if nxt >= 0 else len(text)
    return end


def _read_for_its_body(idx: Any, listed: list[str], reader: list[str]) -> bool:
    """ "Statement by the Andean Jurists Network delivered by Ms X, Executive Director": one body's statement
    read by a person is the body's (its "we"), not the reader's. (Voice helper, round 5.)"""
    return len(listed) == 1 and len(reader) == 1 and idx.kind(listed[0]) != "person" and idx.kind(reader[0]) == "person"


def menu_line(text: str, at: int) -> bool:
    """A scraped page's menu ("World | Europe | Newsletter", "Home   Blog   Contact"): its words are links, not
    the page's own label."""
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    return line.count("|") >= 2 or len(re.findall(r"\S(?: {3,}|\t)\S", line)) >= 2

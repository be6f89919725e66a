"""What is no part of a document's text: a web page's menus, breadcrumbs, "Share this" and cookie
lines, tag lists, the headlines listed under "Related articles" and the site's small print
("Legal Disclaimer: ..."); a PDF's page numbers and running headers and footers.

``photo_credits`` names the credits of a page's photos ("(AP Photo/Jane Roe)", "\u00a9 2018 Jane
Roe/Agency", "Photo: Reuters"): the entity components drop the names in them. A photo's caption is
text of the page and may name actors; only the credit that names the photographer goes.

``debris`` names those lines; ``sentences.unwrap`` blanks them (same length, so every offset still
points into the original text) before the parser runs.
"""

from __future__ import annotations

import re

ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")

_SOCIAL = (
    r"[\[(]?(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|print|copy\s+link|reddit|telegram|bluesky|mastodon)"
    r"[\])]?[\s|\u00b7\u2022,/]*"
)
_WEB_LINE = re.compile(
    r"(?:skip\s+to\s+(?:main\s+)?content|main\s+menu|menu|navigation|search"
    rf"|share(?:\s+this(?:\s+\w+)?)?(?:\s+on)?:?\s*(?:{_SOCIAL})*|(?:{_SOCIAL}){{2,}}|sign\s+in.*|log\s*in.*|subscribe|listen\s+to\s+this\s+article.*|advertisement|back\s+to\s+top"
    r"|print\s+this\s+page|(?:read\s+more|see\s+also|more\s+on\s+this|you\s+may\s+also\s+like)\s*:?"
    r"|(?:tags?|topics?|categor(?:y|ies)|filed\s+under|keywords)\s*:.*|(?:\u00a9|copyright\b).*|.*all\s+rights\s+reserved\.?.*"
    r"|privacy\s+policy.*|cookie\s+settings.*|(?:[a-z]{2}\s*\|\s*){1,5}[a-z]{2}"
    r"|.*\bcookies?\b.*\b(?:accept|agree|consent|continu\w+\s+to\s+browse)\b.*)",
    re.IGNORECASE,
)
_CRUMBS = re.compile(r"home\s*(?:[\u203a\u00bb>/|]|&gt;)\s*.*", re.IGNORECASE)  # "Home > News > Title"
_CRUMB_SEP = re.compile(r"\s(?:[\u203a\u00bb>/|]|&gt;)\s")
_RELATED = re.compile(
    r"(?:related(?:\s+(?:articles?|news|stories|content|posts|links|reading))?|read\s+more|more\s+(?:news|stories|from\s+.{1,40})"
    r"|see\s+also|you\s+may\s+also\s+like|latest\s+(?:news|stories))\s*:?",
    re.IGNORECASE,
)
# "Legal Disclaimer:" / "Disclaimer: the views expressed ..." opens a block of the site's small print
_DISCLAIMER = re.compile(r"(?:legal\s+|editor'?s?\s+)?disclaimer\b\s*:?.*", re.IGNORECASE)
# a photo credit: "(AP Photo/Jane Roe, File)", "(Photo: J. Roe/Agency via Getty Images)", "(photo credit: J. ROE/REUTERS)"
_AGENCY = r"(?:AP|AFP|EPA|Reuters|Getty\s+Images|Anadolu|Xinhua|ANP|UN|Sputnik|TASS)"  # (case-blind)
_CREDIT_PAREN = re.compile(
    r"\((?:(?:photo(?:graph)?|image|picture|file\s+photo)s?(?:\s+(?:credit|source)s?)?\s*[:/]"
    rf"|[^()\n]{{0,30}}\b{_AGENCY}\s+(?:Photo|Images?)\s*[/:]|[^()\n]{{0,80}}/\s*{_AGENCY}\s*\))[^()\n]{{0,150}}?\)?(?=\)|$)\)?",
    re.IGNORECASE,
)
# a credit that runs to the line's end: "... December 2018.  \u00a9 2018 Jane Roe/Agency", "... / Photo: Reuters Archive"
_CREDIT_TAIL = re.compile(
    r"(?:\s[/|]\s*(?:photo|image|picture)s?(?:\s+(?:credit|source)s?)?\s*:|\s\u00a9|\s\(c\)\s*\d{4}\b).*$",
    re.IGNORECASE,
)
# a line that is only a credit: "Photo Source: \u00a9 Jane Roe/UN Photo", "Credit: AP", "Jane Roe | Afp | Getty Images"
_CREDIT_LINE = re.compile(
    r"(?:(?:photo(?:graph)?|picture)s?(?:\s+(?:credit|source)s?)?|image\s+(?:credit|source)s?|credits?)\s*:.{0,150}"
    rf"|[^.!?\n]{{0,60}}[|/]\s*{_AGENCY}(?:\s+Photo)?(?:\s*[|/]\s*{_AGENCY}(?:\s+Photo)?)?",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(r"(?:page\s+)?[-\u2013]?\s*\d{1,3}\s*[-\u2013]?(?:\s*(?:/|of)\s*\d{1,3})?", re.IGNORECASE)
_RUNNING_HEAD = re.compile(r"\S.{2,90}?\s{3,}(?:page\s+)?\d{1,3}|(?:page\s+)?\d{1,3}\s{3,}\S.{2,90}", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for part in text.split("\n"):
        out.append((start, start + len(part)))
        start += len(part) + 1
    return out


def debris(text: str) -> list[tuple[int, int, str]]:
    """Spans of whole lines that are no part of the text: ``(start, end, "web" | "page")``. A page
    line is a page number or a running header/footer (a line that ends or starts with a page
    number, or a short line repeated three times and more)."""
    lines = _lines(text)
    counts: dict[str, int] = {}
    for a, b in lines:
        key = " ".join(text[a:b].split())
        if 0 < len(key) <= 90:
            counts[key] = counts.get(key, 0) + 1
    out: list[tuple[int, int, str]] = []
    related = small_print = 0
    for a, b in lines:
        line = text[a:b].strip()
        if not line:
            related = small_print = 0
            continue
        if small_print or _DISCLAIMER.fullmatch(line):
            small_print = 1  # to the next blank line, whatever the lines' length
            out.append((a, b, "web"))
            continue
        if related:
            related -= 1
            if len(line) <= 160:
                out.append((a, b, "web"))
                continue
            related = 0
        if _CRUMBS.fullmatch(line):  # the trail goes; a page title at its end stays
            last = list(_CRUMB_SEP.finditer(text, a, b))
            cut = last[-1].end() if last and len(text[last[-1].end() : b].split()) > 3 else b
            out.append((a, cut, "web"))
        elif len(line) <= 200 and _WEB_LINE.fullmatch(line):
            out.append((a, b, "web"))
            if _RELATED.fullmatch(line):
                related = 8  # the headlines listed under it, to the next blank line
        elif len(line) <= 100 and (
            _PAGE_NUMBER.fullmatch(line)
            or _RUNNING_HEAD.fullmatch(line)
            or (
                counts.get(" ".join(line.split()), 0) >= 3
                and len(line) <= 60
                and " " in line
                and not ENDS_SENTENCE.search(line)
                and not line.endswith((",", ":", ";"))
            )
        ):
            out.append((a, b, "page"))
        elif _RELATED.fullmatch(line):
            out.append((a, b, "web"))
            related = 8
    return out


def photo_credits(text: str) -> list[tuple[int, int]]:
    """Spans of the photo credits: a line that is only a credit, or the credit inside a caption's or a
    headline's line (the caption's words stay). The text keeps them (a caption line's length and last
    character tell paragraphs apart); the names in them are no actors of the text."""
    out: list[tuple[int, int]] = []
    for a, b in _lines(text):
        line = text[a:b].strip()
        if not line:
            continue
        if len(line) <= 200 and _CREDIT_LINE.fullmatch(line):
            out.append((a, b))
            continue
        found = [(m.start(), m.end()) for m in _CREDIT_PAREN.finditer(text, a, b)]
        m = _CREDIT_TAIL.search(text, a, b)
        if m and m.start() > a and not any(s <= m.start() < e for s, e in found):
            found.append((m.start(), b))
        out.extend(found)
    return out

"""Who speaks in a document: its author(s), and the statement the document itself is.

Read from the header and the sign-off, never from a fixed list of organisations:

* "Delivered by X" / "On behalf of: A; B; and C" (a statement read at a session);
* "[Statement prepared by A, B and C. It has been signed by 79 States Parties]" (joint statements);
* "Yours sincerely, / Signatories: / Signed:" followed by a list of organisations (letters);
* "As States Parties ..., we" (the collective that says "we");
* "PRESS RELEASE" or "City, date" datelines under an organisation's name (press releases).

The result goes to ``ctx.notes["author"]`` (who "we" is) and, when the document is itself a
statement or letter, one ``statement`` event with the document's date.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from .author_lists import (
    COUNTED_GROUP,
    JOINT,
    LIST_HEADING,
    ORAL_SALUTE,
    SPEAK_BEHALF,
    STATEMENTISH,
    TAIL_BEHALF,
    ListReader,
    recalled,
    sentence_around,
    signature_line,
)
from .base import ACTORS, EventComponent, Finder, clean_phrase, index, uniq

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

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
    r"^\s*(?:(?:oral|written|opening|closing|final|plenary|civil[- ]society|ngo)\s+)*"
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
WIRE = re.compile(r"\((?:Reuters|AFP|AP|Wire|Bloomberg|dpa)\)", re.IGNORECASE)
TITLE_SKIP = re.compile(
    r"^(?:main menu|press release|for immediate release|open letter|to:|cc:|re:|dear)\b", re.IGNORECASE
)
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


class Authorship(EventComponent):
    """Finds the document's author(s) and emits the document's own `statement`."""

    name = "events.authorship"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        head = text[:HEAD_CHARS]
        idx = index(ctx)
        notes = ctx.notes
        roles: dict[str, list[str]] = {}
        attrs: dict[str, object] = {}
        form = None

        reader = ListReader(ctx, text, len(head))
        block_after, orphan_list, actors_in = reader.block_after, reader.orphan_list, reader.actors_in

        m = ON_BEHALF.search(head)
        lead: list[str] = []  # "Coalition X, on behalf of its members: A, B, C": X writes for the list
        lead_at = 0
        if m:
            roles["on_behalf_of"] = block_after(m.end(), len(text))
            line_start = text.rfind("\n", 0, m.start()) + 1
            lead = [i for i in actors_in(line_start, m.start()) if idx.kind(i) not in ("person", "court")][:1]
            lead, lead_at = ([] if set(lead) & set(roles["on_behalf_of"]) else lead), m.start()
        m = DELIVERED.search(head)
        if m:
            line_end = text.find("\n", m.end())
            line_end = line_end if line_end > 0 else m.end() + 120
            behalf = INLINE_BEHALF.search(text, m.end(), line_end)
            roles["author"] = actors_in(m.end(), behalf.start() if behalf else line_end)[:1]
            if behalf and not roles.get("on_behalf_of"):  # "Delivered by Ms X, ICJ-Kenya, on behalf of A, B and C."
                roles["on_behalf_of"] = actors_in(behalf.end(), line_end)
        speak_behalf = False  # "We speak also on behalf of A and B" in an organisation's statement: it speaks
        signed_for = False  # "Sincerely, / Ms X / Chair, Coalition Y / On behalf of: A; B": Y speaks
        behalf_told = False  # "delivered by A on behalf of B and C" in a sentence: A reads, B and C speak
        m = next((b for b in BEHALF_SENTENCE.finditer(text) if not recalled(text, b.start(), ctx.document.date)), None)
        if m and not roles.get("on_behalf_of"):
            stop = re.compile(r"\.(?:\s|$)|\n\s*\n").search(text, m.end())
            listed = actors_in(m.end(), stop.start() if stop else len(text))
            if len(listed) > 1:
                roles["on_behalf_of"], behalf_told = listed, True
                if m.group("by") and not roles.get("author"):
                    roles["author"] = actors_in(m.start("by"), m.end("by"))[:1]
        m = SPEAK_BEHALF.search(head)
        if m and not roles.get("on_behalf_of") and not recalled(text, m.start(), ctx.document.date):
            # "I have the honour to speak on behalf of A, B and C.": the States the speaker speaks for
            stop = re.compile(r"\.(?:\s|$)|\n\s*\n").search(text, m.end())
            listed = [i for i in actors_in(m.end(), stop.start() if stop else m.end() + 400) if idx.kind(i) != "person"]
            if listed:
                roles["on_behalf_of"], behalf_told, speak_behalf = listed, True, True
        m = GROUP_MEMBERS.search(head[:800])
        if m and not roles.get("on_behalf_of"):
            # "Statement on behalf of the Group of Friends of the ICC (A, B, C)": the group and its members speak
            members = [i for i in actors_in(m.start(2), m.end(2)) if idx.kind(i) not in ("person", "court")]
            if len(members) > 1:
                roles["on_behalf_of"] = uniq([*actors_in(m.start(1), m.end(1))[:1], *members])
                behalf_told = True
        m = TITLE_BEHALF.search(head[:800])
        if m and not roles.get("on_behalf_of"):
            # "Joint statement delivered on behalf of A, B,\nC and D" as the title: the States it speaks for
            stop = _title_continued(text, m.end(1))
            topic = re.search(r"\s(?:on|regarding|concerning|about|at)\s", text[m.start(1) : stop])
            listed = [i for i in actors_in(m.start(1), m.start(1) + topic.start() if topic else stop) if idx.kind(i) != "person"]
            if listed:
                roles["on_behalf_of"], behalf_told = listed, True
        m = STATEMENT_BY.search(head[:800])
        by_stop = _title_continued(text, m.end(2)) if m else 0  # "Joint statement by A, B,\nC and D"
        if m and roles.get("on_behalf_of") and not roles.get("author"):
            # "Oral statement of A / On behalf of: B; C": A reads it for itself and for the others
            named = [(x.start, x.end) for x in ctx.mentions_in(m.start(2), by_stop)]
            end = by_stop
            for cut in re.finditer(r"\s(?:on|regarding|concerning|about|to|at|before|in)\s|,", text[m.start(2) : by_stop]):
                at = m.start(2) + cut.start()
                if not any(a <= at < b for a, b in named):  # not the "in" of "Lawyers for Justice in Libya"
                    end = at
                    break
            roles["author"] = actors_in(m.start(2), end)[:1]
        elif m and not roles.get("author") and not roles.get("on_behalf_of"):
            by_end = by_stop
            delivered = DELIVERED_INLINE.search(text, m.start(2), by_stop)
            if delivered:  # "Joint statement by A, B and C, delivered by A"
                by_end = delivered.start()
                roles["author"] = actors_in(delivered.end(), by_stop)[:1]
            topic = re.search(r"\s(?:on|regarding|concerning|about|to)\s", text[m.start(2) : by_end])
            listed = actors_in(m.start(2), m.start(2) + topic.start() if topic else by_end)
            if m.group(1):
                roles["on_behalf_of"] = listed
                roles["author"] = roles.get("author") or (listed[:1] if len(listed) == 1 else [])
                form = "joint_statement" if len(listed) > 1 else None
            elif _read_for_its_body(idx, listed, roles.get("author") or []):
                roles["author"] = listed  # "Statement by the X Network delivered by Ms Y": Y reads X's statement
            else:
                roles["author"] = roles.get("author") or listed[:1]
                if roles["author"]:
                    form = "oral" if ORAL_SALUTE.search(head) else "press_release"
        doc_date = ctx.document.date
        earlier: list[tuple[int, list[str], dict[str, object]]] = []  # statements the text recalls
        seen_by: set[int] = set()
        for m in sorted([*PREPARED.finditer(head), *DRAFTED.finditer(text)], key=lambda m: m.start()):
            if m.end() in seen_by:
                continue
            seen_by.add(m.end())
            stop = re.compile(
                r"[.\]\n]|\b(?:and )?(?:it )?(?:has been |have been |was |were )?(?:joined|signed|endorsed|supported) by\b"
            ).search(text, m.end())
            drafters = actors_in(m.end(), stop.start() if stop else m.end() + 300)  # not the Court in "Coalition for the ICC"
            if drafters and recalled(text, m.start(), doc_date):
                # "the joint statement of 7 February, prepared by A, B and C": an earlier statement's drafters
                earlier.append((m.start(), drafters, self._recalled_count(ctx, text, m.start())))
            elif "drafter" not in roles:
                byline = re.match(r"[ \t]*prepared by\b", text[text.rfind("\n", 0, m.start()) + 1 :], re.IGNORECASE)
                if (
                    byline
                    and not roles.get("author")
                    and not re.search(r"\bjoint\b|\bsigned by\b|\bjoined by\b", head, re.IGNORECASE)
                ):
                    roles["author"] = drafters[:1]  # "Prepared by the X Network, 20 November 2025": a report's byline
                else:
                    roles["drafter"] = drafters
        m = SIGNED_COUNT.search(head)
        if m and recalled(text, m.start(), doc_date):
            m = None
        joined = None
        if roles.get("drafter"):
            joined = next((j for j in JOINED.finditer(text) if not recalled(text, j.start(), doc_date)), None)
        if m or joined:
            n = (m or joined).group(1).lower()
            attrs["signatory_count"] = int(n) if n.isdigit() else NUMBERS.get(n)
        if joined and not m:  # "drafted by A and B, and joined by 93 States Parties": they all sign
            collective = [
                x.entity_id for x in ctx.mentions_in(joined.start(1), joined.end()) if idx.kind(x.entity_id) in ACTORS
            ]
            roles["signatory"] = uniq([*roles["drafter"], *collective])
        tail_start = max(0, len(text) - 3000)
        sign = None
        for sign in SIGN_OFF.finditer(text, tail_start):
            pass
        spoken_or_signed = WE_SPEAK.search(text) or re.search(STATEMENTISH, head[:600])
        for heading in LIST_HEADING.finditer(text, max(0, len(text) - 8000)):  # "List of States (48):" over a long list
            if spoken_or_signed and (sign is None or heading.start() > sign.start()):
                sign = heading
        if sign is not None and sign.group().rstrip().endswith(":"):
            # "The following 7 organisations endorse this letter:" heads the list: no support of its own
            ctx.notes["events.list_heading"] = (text.rfind("\n", 0, sign.start()) + 1, sign.end())
        behalf_tail = None
        for behalf_tail in TAIL_BEHALF.finditer(text, tail_start):
            pass
        above = block_after(sign.end(), behalf_tail.start()) if sign is not None and behalf_tail is not None else []
        if (
            behalf_tail is not None
            and (sign is None or behalf_tail.start() >= sign.start() and above)  # not "Respectfully, / On behalf of: A; B"
            and not roles.get("on_behalf_of")
        ):
            # "Delivered on behalf of the following 48 States:" over the list at the end: the States it speaks for
            roles["on_behalf_of"] = block_after(behalf_tail.end(), len(text))
            if sign is not None and roles["on_behalf_of"]:
                # "Sincerely, / Mariam Diallo / Chair, Coalition X / On behalf of: A; B": X writes, she signs
                people = [i for i in above if idx.kind(i) == "person"]
                bodies = [i for i in above if idx.kind(i) not in ("person", "court")]
                roles["author"] = roles.get("author") or bodies
                roles["signatory"] = people if bodies else []
                behalf_told = signed_for = True
            sign = None
        if sign is not None and not attrs.get("signatory_count"):
            counted = re.search(r"\((\d{1,3})\)", sign.group())  # "List of States (48):"
            if counted:
                attrs["signatory_count"] = int(counted.group(1))
        if sign is not None:
            line_end = text.find("\n", sign.end())
            line_end = len(text) if line_end < 0 else _title_continued(text, line_end)  # "... C and" / "D."
            inline = actors_in(sign.end(), line_end)
            inline = [i for i, keep in zip(inline, signature_line([idx.kind(i) for i in inline])) if keep]
            signers = uniq(inline) if inline else block_after(sign.end(), len(text))
            for a in ASSOCIATED.finditer(text, sign.start()):
                line_start = text.rfind("\n", 0, a.start()) + 1
                sent_start = max(line_start, text.rfind(". ", 0, a.start()) + 1)
                signers += [
                    x.entity_id for x in ctx.mentions_in(sent_start, a.start()) if idx.kind(x.entity_id) in ACTORS
                ][:1]
            signers = [i for i in signers if idx.kind(i) != "court" or i == "court:states-parties"]
            orgs = [i for i in signers if idx.kind(i) != "person"]
            roles["signatory"] = orgs or signers
            if roles["signatory"] and roles.get("drafter"):  # those who drafted it sign it too
                roles["signatory"] = uniq([*roles["drafter"], *roles["signatory"]])
        if not roles.get("signatory") and not roles.get("on_behalf_of") and re.search(r"\bundersigned\b", text, re.IGNORECASE):
            # a web page's row of logos, kept as alt text ("Image: Human Rights Watch logo"): who signs
            logos = [i for x in LOGO_LINE.finditer(text) for i in actors_in(x.start(1), x.end(1))[:1]]
            logos = [i for i in uniq(logos) if idx.kind(i) not in ("person", "court")]
            if len(logos) > 1:
                roles["signatory"] = logos
        if lead and not set(lead) & {*roles.get("author", []), *roles.get("signatory", [])}:
            roles["signatory" if sign is not None and SIGN_OFF.search(text, 0, lead_at) else "author"] = lead
        behalf = roles.get("on_behalf_of", [])
        counted_group = COUNTED_GROUP.search(head)
        if not roles.get("signatory") and (
            counted_group
            and all(idx.kind(i) == "court" for i in behalf)
            or not behalf
            and (attrs.get("signatory_count") or JOINT.search(head))
        ):
            # "on behalf of 48 States Parties¹" ... "¹ Albania, Andorra, ...": the list stands alone, in a
            # footnote or a closing paragraph, with no heading
            listed = orphan_list(3 if counted_group else 5)
            if listed and (behalf or counted_group):
                roles["on_behalf_of"] = listed
                behalf_told = True
            elif listed:
                roles["signatory"] = listed
        experts = EXPERTS.search(text, max(0, len(text) - 3000))
        if experts and not roles.get("author") and not roles.get("signatory"):
            # "The experts: Ms A, Special Rapporteur on ...; Mr B, ...": a UN experts' release
            line_end = text.find("\n\n", experts.end())
            named = [
                x.entity_id
                for x in ctx.mentions_in(experts.end(), line_end if line_end > 0 else len(text))
                if idx.kind(x.entity_id) == "person"
            ]
            if named:
                roles["author"] = uniq(named)
                form = "press_release"
        m = AS_WE.search(text[:4000])
        as_we = []
        if m:
            as_we = uniq(x.entity_id for x in ctx.mentions_in(m.start(1), m.end(1)) if idx.kind(x.entity_id) in ACTORS)[
                :1
            ]
            if as_we and not roles.get("author") and not roles.get("signatory") and not roles.get("on_behalf_of"):
                roles["author"] = as_we

        low_head = head.lower()
        spoken = ORAL_SALUTE.search(head) and not re.search(r"open letter|^\s*dear\b", head, re.IGNORECASE | re.MULTILINE)
        if form:
            pass
        elif "open letter" in low_head or LETTER_HEAD.search(head) and not spoken:
            form = "open_letter"
        elif (
            re.search(r"\bjoint (?:civil[- ]society |ngo )?(?:statement|declaration|communiqu|appeal)", low_head)
            or len(roles.get("on_behalf_of", [])) > 1
            or len(roles.get("signatory", [])) > 1 and not re.search(r"\bletter\b", low_head[:600])
        ):  # "Joint Declaration ... / Signed by: A, B and C"
            form = "joint_statement"
        elif roles.get("on_behalf_of") or roles.get("author") and (DELIVERED.search(head) or spoken):
            form = "oral"
        first_lines = head[: head.find("\n\n", 200) if head.find("\n\n", 200) > 0 else 600]
        press = PRESS.search(head[:600])
        dated = (DATELINE.search(head[:600]) or INLINE_DATELINE.search(head[:1200])) and not WIRE.search(head[:800])
        report = REPORTISH.search(head[:400])
        if not any(roles.values()) and (press or dated or "statement" in low_head[:300] or report):
            self.co_issuers: list[str] = []
            masthead = "\n".join(text[:400].split("\n")[:3]) if report and not press else first_lines
            issuer = self._issuer(ctx, text, press.start() if press else None, masthead)
            if issuer and report and not press and idx.kind(issuer) != "organization":
                issuer = None  # "Filed under: Assembly of States Parties" names a topic, not a writer
            if issuer is None and WE_SPEAK.search(text):
                issuer = self._boilerplate_issuer(ctx, text)
            if issuer:
                roles["author"] = uniq([issuer, *self.co_issuers])
                form = form or (
                    "oral"  # a dated header over "Madam President," is a statement read at the session
                    if spoken and not press
                    else "press_release" if press or dated and not report else "report" if report else "oral"
                )
        if (
            form == "joint_statement"
            and attrs.get("signatory_count")
            and not roles.get("author")
            and not roles.get("signatory")
        ):
            sp = [x.entity_id for x in ctx.mentions_in(0, HEAD_CHARS) if x.entity_id == "court:states-parties"]
            if sp:
                roles["author"] = sp[:1]

        behalf = roles.get("on_behalf_of", [])
        if (
            (
                behalf
                or roles.get("author") and re.search(r"\bon\s+behalf\s+of\b", head[:1500], re.IGNORECASE)
                or counted_group  # "Delivered on behalf of 48 States Parties" ... "List of States (48):"
            )
            and len(roles.get("signatory", [])) > 1
            and all(i in roles.get("author", []) or idx.kind(i) == "court" for i in behalf)
        ):  # "delivered by A on behalf of 24 States Parties" ... "The following States joined:": the list it speaks for
            roles["on_behalf_of"] = [i for i in roles.pop("signatory") if idx.kind(i) != "court"]
        if (
            roles.get("on_behalf_of")
            and roles.get("author")
            and all(idx.kind(a) != "person" for a in roles["author"])
            and not behalf_told
        ):
            # "Delivered by FIDH / On behalf of: A; B": the organisation reading it speaks for itself too
            roles["on_behalf_of"] = uniq([*roles["author"], *roles["on_behalf_of"]])
        # who "we" is
        voice = (
            (roles.get("author") if signed_for else None)
            or (
                roles.get("author")
                if speak_behalf and all(idx.kind(a) == "organization" for a in roles.get("author", []))
                else None
            )
            or roles.get("signatory")
            or uniq([*[a for a in roles.get("author", []) if idx.kind(a) != "person" or not roles.get("on_behalf_of")],
                     *roles.get("on_behalf_of", [])])
            or as_we
        )
        if not voice and WE_SPEAK.search(text):
            self.co_issuers = []
            issuer = self._issuer(ctx, text, None, first_lines) or self._boilerplate_issuer(ctx, text)
            voice = [issuer] if issuer else []
        notes["author"] = voice
        notes["events.doc_voice"] = list(voice)

        notes["events.page_end"] = page_end(text)
        notes["events.header_end"] = 0
        pos = 0
        for line in text[:6000].split("\n"):
            if len(line.split()) >= 15:
                notes["events.header_end"] = pos
                break
            pos += len(line) + 1
        salute = re.search(r"^\s*(?:dear|your excellenc|excellenc|madam|mr\.? president|to whom)", head, re.IGNORECASE | re.MULTILINE)
        if salute and (not notes["events.header_end"] or notes["events.header_end"] > salute.start()):
            notes["events.header_end"] = salute.start()  # the header ends where "Mr President," begins
        notes["events.addressee_states"] = uniq(
            x.entity_id for x in ctx.mentions_in(0, salute.start() if salute else 0) if idx.kind(x.entity_id) == "state"
        )[:1]  # "your Government" in a letter: the addressee's state, named in the address block
        if form and any(roles.values()):
            roles["addressee"] = self._addressees(ctx, text, head)
            to_line = salute and re.search(r"^\s*to\s*:", head[: salute.start()], re.IGNORECASE | re.MULTILINE)
            if form == "open_letter" and salute and not to_line:
                block = [  # the address block above "Your Excellency,": its first person (not a "cc:" line)
                    x.entity_id
                    for x in ctx.mentions_in(0, salute.start())
                    if idx.kind(x.entity_id) == "person"
                    and not re.search(
                        r"letter|^\s*(?:cc|bcc|copy)\s*:", text[text.rfind("\n", 0, x.start) + 1 : x.start], re.IGNORECASE
                    )
                ]
                roles["addressee"] = uniq([*block[:1], *roles["addressee"]])
            roles["forum"] = (
                []
                if form in ("press_release", "report")  # a release about a session is not delivered at it
                else [
                    x.entity_id
                    for x in ctx.mentions_in(0, notes["events.header_end"])
                    if idx.kind(x.entity_id) == "session"
                ][:1]
            )
            attrs["form"] = form
            attrs["title"] = self._title(text)
            date = (ctx.document.date, None)
            f = Finder(ctx, next(iter(ctx.doc.sents)))
            ev = self.emit(
                ctx, f, "statement", roles, attrs, confidence=0.8 if form != "press_release" else 0.7, date=date
            )
            if ev is not None:
                ev.evidence = [(0, min(len(text), HEAD_CHARS))]
                notes["events.document_statement"] = ev
        for at, drafters, extra in earlier:
            self._emit_recalled(ctx, at, drafters, extra)

    @staticmethod
    def _recalled_count(ctx: DocContext, text: str, pos: int) -> dict[str, object]:
        """What the sentence recalling an earlier statement says of its signers: "supported by 79 States Parties"."""
        start, end = sentence_around(text, pos)
        j = JOINED.search(text, start, end) or SIGNED_COUNT.search(text, start, end)
        if j is None:
            return {}
        n = j.group(1).lower()
        idx = index(ctx)
        signers = [x.entity_id for x in ctx.mentions_in(j.start(1), j.end()) if idx.kind(x.entity_id) in ACTORS]
        return {"signatory_count": int(n) if n.isdigit() else NUMBERS.get(n), "signatory": signers}

    def _emit_recalled(self, ctx: DocContext, at: int, drafters: list[str], extra: dict[str, object]) -> None:
        """An earlier statement recalled in the text, with its own drafters (and count), dated from its sentence."""
        sent = next((s for s in ctx.doc.sents if s.start_char <= at < s.end_char), None)
        if sent is None:
            return
        roles: dict[str, list[str]] = {"drafter": drafters}
        signers = extra.get("signatory")
        if isinstance(signers, list) and signers:
            roles["signatory"] = signers
        attrs: dict[str, object] = {"form": "joint_statement", "signatory_count": extra.get("signatory_count")}
        text = ctx.document.text
        para = text.rfind("\n\n", 0, sent.start_char) + 2 if "\n\n" in text[: sent.start_char] else 0
        dated = [d for d in ctx.dates_in(sent.start_char, sent.end_char) if d.value]
        dated = dated or [d for d in ctx.dates_in(max(para, sent.start_char - 400), sent.start_char) if d.value][-1:]
        date = (dated[0].value, None) if dated else (None, None)  # its own day, or the one told just before it
        ev = self.emit(ctx, Finder(ctx, sent), "statement", roles, attrs, confidence=0.6, date=date)
        if ev is not None:
            ev.evidence = [(sent.start_char, sent.end_char)]

    @staticmethod
    def _subject_issuer(ctx: DocContext) -> list[str]:
        """The first early sentence whose subject is an organisation or an organ of the Court."""
        for n, sent in enumerate(ctx.doc.sents):
            if n > 8:
                break
            f = Finder(ctx, sent)
            root = sent.root
            if root.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            got = f.resolve(subj, frozenset({"organization", "court"}))
            if got:
                if all(f.idx.kind(g) == "court" for g in got):
                    assembly = [g for g in got if g.startswith("court:asp")]
                    if assembly:  # the Assembly (or its Bureau, its President) speaks for itself, not for the Court
                        return assembly[:1]
                    return ["court:icc"] if "court:icc" in ctx.entities else got[:1]
                orgs = [g for g in got if f.idx.kind(g) == "organization"]
                inside = uniq(  # "FIDH and its member organisation in Burundi, the Ligue Iteka, condemn ..."
                    m.entity_id
                    for t in subj.subtree
                    if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "organization"
                )
                return uniq([*orgs, *inside]) if orgs else orgs
        return []

    @staticmethod
    def _boilerplate_issuer(ctx: DocContext, text: str) -> str | None:
        """A scraped page whose writer is named only in its boilerplate ("About X", "\u00a9 2025 X", "X is an
        independent organisation ..."), after the page's own text: the organisation named there."""
        idx = index(ctx)
        tail = max(page_end(text) if page_end(text) < len(text) else 0, len(text) - 2500)
        for m in BOILERPLATE.finditer(text, tail):
            end = m.end()
            if re.match(r"\s*about(?: us)?[\s:]*$", m.group(), re.IGNORECASE):  # "About us" over the paragraph
                end = text.find("\n\n", m.end() + 2)
                end = len(text) if end < 0 else end
            orgs = [x.entity_id for x in ctx.mentions_in(m.start(), end) if idx.kind(x.entity_id) == "organization"]
            if orgs:
                return orgs[0]
        return None

    def _issuer(self, ctx: DocContext, text: str, press_at: int | None, first_lines: str) -> str | None:
        idx = index(ctx)
        upto = len(first_lines)
        cands = [m.entity_id for m in ctx.mentions_in(0, upto) if idx.kind(m.entity_id) in ISSUERS - {"state"}]
        if press_at is not None:
            line_start = text.rfind("\n", 0, press_at) + 1
            line_end = text.find("\n", press_at)
            prev_line = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start > 0 else 0
            while prev_line > 0 and not text[prev_line:line_start].strip():  # skip blank lines
                prev_line = text.rfind("\n", 0, prev_line - 1) + 1
            same = [
                m.entity_id
                for m in ctx.mentions_in(line_start, line_end if line_end > 0 else press_at)
                if idx.kind(m.entity_id) in ISSUERS - {"state"}
                and text[m.end : m.end + 1] not in ("-", "/")  # "ICC-ASP-20111221-PR" is a reference number
            ]
            same = same or [
                m.entity_id
                for m in ctx.mentions_in(prev_line, line_start)
                if idx.kind(m.entity_id) in ("organization", "igo", "court")
                and len(text[prev_line:line_start].split()) <= 8
            ]
            if same:
                return same[0]
            by_subject = self._subject_issuer(ctx)
            if by_subject:
                self.co_issuers = by_subject
                return by_subject[0]
            if line_start == 0 or not same:
                counts = Counter(m.entity_id for m in idx.mentions if m.entity_id == "court:icc")
                if counts and not [c for c in cands if idx.kind(c) == "organization"]:
                    return "court:icc"
        if not cands:
            return None
        counts = Counter(m.entity_id for m in idx.mentions)
        first = cands[0]
        if idx.kind(first) == "organization":
            return first
        orgs = [c for c in cands if idx.kind(c) == "organization"]
        return max(orgs, key=lambda c: counts[c]) if orgs else first

    @staticmethod
    def _addressees(ctx: DocContext, text: str, head: str) -> list[str]:
        idx = index(ctx)
        out: list[str] = []
        for m in re.finditer(r"^\s*(?:to|cc|attn|attention)\s*:(.*)$", head, re.IGNORECASE | re.MULTILINE):
            ms = [x for x in ctx.mentions_in(m.start(1), m.end(1)) if idx.kind(x.entity_id) in ACTORS]
            ids = uniq(  # outermost only: not the Assembly inside "the Bureau of the Assembly"
                x.entity_id
                for x in ms
                if not any(y is not x and y.start <= x.start and x.end <= y.end and y.end - y.start > x.end - x.start for y in ms)
            )
            if not ids:
                continue
            # "To: Ministers of Foreign Affairs of A, B and C": a list of one kind; else the first is the addressee
            out += ids if len({idx.kind(i) for i in ids}) == 1 and idx.kind(ids[0]) != "person" else ids[:1]
            if ";" in m.group(1):  # "cc: Ms A, President of X; Mr B, Registrar": the first actor of each item
                pos = m.start(1)
                for item in m.group(1).split(";"):
                    first = [i for i in ids if any(x.entity_id == i for x in ctx.mentions_in(pos, pos + len(item)))]
                    out += first[:1]
                    pos += len(item) + 1
        for m in re.finditer(
            r"^\s*(?:dear|madam|mr\.?|mister)\s+([^\n,]{2,80}),?\s*$", head, re.IGNORECASE | re.MULTILINE
        ):
            out += [x.entity_id for x in ctx.mentions_in(m.start(1), m.end(1)) if idx.kind(x.entity_id) in ACTORS]
        if not out:
            m = re.search(r"\b(?:to|before)\s+this\s+(?:Assembly|Council|Committee|Conference)", text)
            if m:
                out += [x.entity_id for x in ctx.mentions_in(m.start(), m.end() + 1)]
        if (
            not out
            and "court:asp" in ctx.entities
            and re.search(r"^\s*(?:madam|mr\.?|madame|mister)\s+(?:vice-)?president\b", head, re.IGNORECASE | re.MULTILINE)
            and re.search(r"assembly of states parties|\basp\s?\d", head, re.IGNORECASE)
        ):  # "Madam President," at a session of the Assembly: the Assembly is addressed
            out = ["court:asp"]
        return uniq(out)

    @staticmethod
    def _title(text: str) -> str:
        m = re.search(r"^\s*(?:re|subject)\s*:\s*(.+)$", text[:HEAD_CHARS], re.IGNORECASE | re.MULTILINE)
        if m:
            return clean_phrase(m.group(1), 25)
        for line in text[:800].split("\n"):
            s = line.strip()
            if len(s) > 25 and not TITLE_SKIP.match(s) and not DATELINE.match(s) and "|" not in s and not s.isupper():
                return clean_phrase(s, 25)
        return ""

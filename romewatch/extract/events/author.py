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
from typing import TYPE_CHECKING

from .author_issuer import AuthorHelpers
from .author_lists import (
    COUNTED_GROUP,
    JOINT,
    LIST_HEADING,
    ORAL_SALUTE,
    SPEAK_BEHALF,
    STATEMENTISH,
    TAIL_BEHALF,
    ListReader,
    clause_end,
    recalled,
    signature_line,
    titled,
    told_in_prose,
)
from .author_patterns import (
    AS_WE,
    ASSOCIATED,
    BEHALF_SENTENCE,
    BYLINE,
    DATELINE,
    DELIVERED,
    DELIVERED_INLINE,
    DRAFTED,
    GROUP_MEMBERS,
    HEAD_CHARS,
    INLINE_BEHALF,
    INLINE_DATELINE,
    JOINED,
    LETTER_HEAD,
    LOGO_LINE,
    NUMBERS,
    ON_BEHALF,
    PREPARED,
    PRESS,
    REPORTISH,
    SIGN_OFF,
    SIGNED_COUNT,
    STATEMENT_BY,
    TITLE_BEHALF,
    WE_SPEAK,
    WIRE,
    _read_for_its_body,
    _title_continued,
    menu_line,
    page_end,
)
from .base import ACTORS, EventComponent, index, uniq

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext


# r11 voice: what a byline's "prepared / initiated by" may follow on its line: nothing, or a text's name
TEXT_NOUNS = re.compile(
    r"\b(?:statement|letter|text|declaration|report|paper|note|brief|submission|document|communiqu|publication|"
    r"study|memo|appeal|petition|resolution|version|draft)\w*\b",
    re.IGNORECASE,
)


def _of_a_text(text: str, at: int) -> bool:
    """ "Prepared by X" on a line of its own, "Statement initiated by A and B": a text's makers; not "the criminal
    proceedings initiated by Russian authorities" in a sentence of the body (r11 voice)."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return not line.strip() or bool(TEXT_NOUNS.search(line[-80:]))

class Authorship(AuthorHelpers, EventComponent):
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
        elif m and roles.get("author") and not roles.get("on_behalf_of") and not m.group(1):
            # "Statement by the X Network" over a line "Delivered by Ms Y, Director": Y reads X's statement
            topic = re.search(r"\s(?:on|regarding|concerning|about|to|at|before)\s", text[m.start(2) : by_stop])
            listed = actors_in(m.start(2), m.start(2) + topic.start() if topic else by_stop)
            if _read_for_its_body(idx, listed, roles["author"]):
                roles["author"] = listed
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
        drafted_at = 0
        for m in sorted([*PREPARED.finditer(head), *DRAFTED.finditer(text)], key=lambda m: m.start()):
            if m.end() in seen_by or m.re is PREPARED and not _of_a_text(text, m.start()):
                continue
            seen_by.add(m.end())
            stop = re.compile(
                r"[.\]\n]|\b(?:and )?(?:it )?(?:has been |have been |was |were )?(?:joined|signed|endorsed|supported) by\b"
            ).search(text, m.end())
            end = clause_end(ctx, m.end(), stop.start() if stop else m.end() + 300)
            drafters = actors_in(m.end(), end)  # not the Court in "Coalition for the ICC"
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
                    roles["drafter"], drafted_at = drafters, m.start()
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
        if not roles.get("author") and not roles.get("signatory"):
            named = self._release_experts(ctx, text)  # "The experts: Ms A, Special Rapporteur on ...; Mr B"
            if named:
                roles["author"], form = named, "press_release"
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
            titled(r"\bjoint (?:civil[- ]society |ngo )?(?:statement|declaration|communiqu|appeal)", low_head)
            or len(roles.get("on_behalf_of", [])) > 1
            or len(roles.get("signatory", [])) > 1 and not re.search(r"\bletter\b", low_head[:600])
        ):  # "Joint Declaration ... / Signed by: A, B and C"
            form = "joint_statement"
        elif roles.get("on_behalf_of") or roles.get("author") and (DELIVERED.search(head) or spoken):
            form = "oral"
        first_lines = head[: head.find("\n\n", 200) if head.find("\n\n", 200) > 0 else 600]
        press = next((p for p in PRESS.finditer(head[:600]) if not told_in_prose(head, p.start())), None)
        news = WIRE.search(head[:800]) or BYLINE.search(head[:800])
        dated = (DATELINE.search(head[:600]) or INLINE_DATELINE.search(head[:1200])) and not news
        report = next((r for r in REPORTISH.finditer(head[:400]) if not menu_line(head, r.start())), None)
        government = self._masthead_state(ctx, text) if not any(roles.values()) and not news else None
        if not any(roles.values()) and (press or dated or titled(r"statement", low_head[:300]) or report or government):
            self.co_issuers: list[str] = []
            masthead = "\n".join(text[:400].split("\n")[:3]) if report and not press else first_lines
            issuer = government or self._issuer(ctx, text, press.start() if press else None, masthead)
            if issuer and report and not press and idx.kind(issuer) != "organization":
                issuer = None  # "Filed under: Assembly of States Parties" names a topic, not a writer
            if issuer is None and WE_SPEAK.search(text):
                issuer = self._boilerplate_issuer(ctx, text)
            if issuer:
                roles["author"] = uniq([issuer, *self.co_issuers])
                form = form or (
                    "oral"  # a dated header over "Madam President," is a statement read at the session
                    if spoken and not press
                    else "press_release" if press or government or dated and not report else "report" if report else "oral"
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
        notes["events.header_end"], salute = self._header_end(text, head)
        notes["events.addressee_states"] = uniq(
            x.entity_id for x in ctx.mentions_in(0, salute.start() if salute else 0) if idx.kind(x.entity_id) == "state"
        )[:1]  # "your Government" in a letter: the addressee's state, named in the address block
        if not form and roles.get("drafter") and not roles.get("author"):
            # "The statement, drafted by A and B, ..." in a report: a statement the text tells of, not the text
            told = {"signatory_count": attrs.get("signatory_count"), "signatory": roles.pop("signatory", [])}
            earlier.append((drafted_at, roles.pop("drafter"), told))
        if form and any(roles.values()):
            self._emit_document(ctx, roles, attrs, form, salute)
        for at, drafters, extra in earlier:
            self._emit_recalled(ctx, at, drafters, extra)

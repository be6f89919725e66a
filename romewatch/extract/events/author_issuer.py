"""Helpers of the authorship component (see ``author``): the issuer of a press release or scraped page,
a letter's addressees, the title, and the earlier statements a text recalls. A mixin of ``Authorship``."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .author_lists import sentence_around
from .author_patterns import (
    BOILERPLATE,
    DATELINE,
    EXPERTS,
    HEAD_CHARS,
    ISSUERS,
    JOINED,
    LETTER_TO,
    NUMBERS,
    PRESS_REF,
    SIGNED_COUNT,
    TITLE_SKIP,
    page_end,
)
from .base import ACTORS, Finder, clean_phrase, index, uniq

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

# the office in a government's masthead
GOVERNMENT_OFFICE = re.compile(
    r"\b(?:ministry|ministère|ministerio|foreign office|department|government|embassy|permanent mission|"
    r"presidency|chancellery|cabinet office|office of the (?:president|prime minister))\b",
    re.IGNORECASE,
)


class AuthorHelpers:
    """The issuer, addressees, title and recalled statements (mixin of ``Authorship``)."""

    co_issuers: list[str]

    @staticmethod
    def _header_end(text: str, head: str) -> tuple[int, re.Match[str] | None]:
        """Where the body begins (the first line of 15 words or more, or a letter's "Mr President,"), and the
        salutation when there is one."""
        header_end = 0
        pos = 0
        for line in text[:6000].split("\n"):
            if len(line.split()) >= 15:
                header_end = pos
                break
            pos += len(line) + 1
        salute = re.search(r"^\s*(?:dear|your excellenc|excellenc|madam|mr\.? president|to whom)", head, re.IGNORECASE | re.MULTILINE)
        if salute and (not header_end or header_end > salute.start()):
            header_end = salute.start()  # the header ends where "Mr President," begins
        return header_end, salute

    def _emit_document(
        self, ctx: DocContext, roles: dict[str, list[str]], attrs: dict[str, object], form: str, salute: re.Match[str] | None
    ) -> None:
        """The document's own statement, with its addressees, forum, title and the document's date."""
        text, notes, idx = ctx.document.text, ctx.notes, index(ctx)
        head = text[:HEAD_CHARS]
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

    @staticmethod
    def _release_experts(ctx: DocContext, text: str) -> list[str]:
        """The persons of a UN experts' release's closing list ("The experts: Ms A, Special Rapporteur on
        ...; Mr B, ..."), its authors."""
        experts = EXPERTS.search(text, max(0, len(text) - 3000))
        if experts is None:
            return []
        line_end = text.find("\n\n", experts.end())
        idx = index(ctx)
        return uniq(
            x.entity_id
            for x in ctx.mentions_in(experts.end(), line_end if line_end > 0 else len(text))
            if idx.kind(x.entity_id) == "person"
        )

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
    def _masthead_state(ctx: DocContext, text: str) -> str | None:
        """A government's own page: one of its first lines is nothing but the office that publishes it ("Ministry
        of Foreign Affairs of the Republic of Slovenia", "Norway's Ministry of Foreign Affairs", "Federal Foreign
        Office"), read as its state: the state issues the page."""
        idx = index(ctx)
        pos, seen = 0, 0
        while seen < 3 and pos < min(len(text), 600):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if line.strip():
                seen += 1
                lo = pos + len(line) - len(line.lstrip())
                hi = pos + len(line.rstrip())
                for m in ctx.mentions_in(lo, hi):
                    if (
                        m.start == lo
                        and m.end >= hi - 1
                        and idx.kind(m.entity_id) == "state"
                        and GOVERNMENT_OFFICE.search(text[m.start : m.end])
                    ):
                        return m.entity_id
            pos = end + 1
        return None

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
        ref = PRESS_REF.search(text[:HEAD_CHARS])
        by_ref = ("court:asp" if ref.group(1).upper() == "ASP" else "court:icc") if ref else None
        if by_ref in ctx.entities:  # whose release it is: "ICC-ASP-20250710-PR1120", "ICC-CPI-20240520-PR1354"
            return by_ref
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
                and text[m.end : m.end + 1] not in ("-", "/")
                and len(text[prev_line:line_start].split()) <= 8
            ]
            if not same and line_end > 0:  # "PRESS RELEASE / For immediate release / Coalition X / The Hague, 5 May"
                below_end = line_end
                for _ in range(3):
                    nxt = text.find("\n", below_end + 1)
                    nxt = len(text) if nxt < 0 else nxt
                    if len(text[below_end:nxt].split()) > 8:
                        break
                    same = [
                        m.entity_id
                        for m in ctx.mentions_in(below_end, nxt)
                        if idx.kind(m.entity_id) in ("organization", "igo", "court")
                    ]
                    if same:
                        break
                    below_end = nxt
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
        for m in [
            *re.finditer(r"^\s*(?:to|cc|attn|attention)\s*:(.*)$", head, re.IGNORECASE | re.MULTILINE),
            *LETTER_TO.finditer(head[: ctx.notes.get("events.header_end") or 600]),  # "Open letter to X" as title
        ]:
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
            if m.group(1).rstrip().endswith((".", "!", "?")):
                continue  # "Mr Putin has been subject to a warrant since 2023.": a sentence, not a salutation
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

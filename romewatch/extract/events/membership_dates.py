"""Which day a membership act gets: a year before or after the act it answers (article 127: "took
effect one year later", "notified exactly one year ago"), "effective 1 January 2025", an act told again
with a fuller date, and whether "became a State Party on ..." is an act of its own.

A mixin of the ``Membership`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


YEARS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


#: (r12) the verbs that hand an instrument or a notice over ("had on 17 March deposited a notification")
LODGING = frozenset({"deposit", "submit", "lodge", "transmit", "send", "hand", "deliver", "file"})


class MembershipDates:
    """The dates of `membership_change` events (mixin of ``Membership``)."""

    @staticmethod
    def _verb_date(ctx: DocContext, f: Finder, anchor: Token) -> tuple[str | None, str | None] | None:
        """(r12) "On 19 March the Court was told that the Philippines had on 17 March deposited a notice of
        withdrawal": the day on the act's own verb ("had on 17 March deposited"), not the day it was told."""
        verb = anchor
        for _ in range(3):
            if verb.pos_ == "VERB" or verb.dep_ == "ROOT":
                break
            verb = verb.head
        if verb.pos_ != "VERB" or verb.dep_ == "ROOT" or verb.lemma_.lower() not in LODGING:
            return None  # the main clause's own date is the usual dating's
        lo = max(f.sent.start_char, verb.idx - 40)
        got = [d for d in ctx.dates_in(lo, verb.idx) if d.value]
        if not got:
            return None
        between = ctx.document.text[got[-1].end : verb.idx].lower().split()
        if all(w in ("had", "has", "have", "was", "were", "formally", "officially", "already", ",") for w in between):
            return got[-1].value, got[-1].end_value  # "had on 17 March 2018 deposited", "on 25 October formally deposited"
        return None

    @staticmethod
    def _told_before(ctx: DocContext, f: Finder, anchor: Token, state: str, action: str) -> bool:
        """ "Hungary notified its withdrawal on 2 June ... Budapest's decision to leave the court came after
        it hosted Netanyahu in April": the act told again as a noun phrase, not a second act on another day."""
        nominal = anchor.pos_ == "NOUN" or (anchor.dep_ in ("acl", "xcomp") and anchor.head.pos_ == "NOUN") or any(
            t.pos_ == "NOUN" and t.lemma_ in ("decision", "move", "plan", "bid", "intention", "choice") and t.i < anchor.i
            for t in f.tokens
        )
        return nominal and any(
            e.type == "membership_change"
            and e.date
            and state in e.roles.get("state", [])
            and e.attributes.get("action") == action
            and e.evidence
            and e.evidence[0][0] < f.sent.start_char
            for e in ctx.events
        )

    @staticmethod
    def _year_before(ctx: DocContext, f: Finder, anchor: Token, state: str) -> tuple[str | None, str | None] | None:
        """The notice told "a year after" which the withdrawal took effect (article 127): a year before that day."""
        lead = f.text[max(0, anchor.idx - f.sent.start_char - 60) : anchor.idx - f.sent.start_char].lower()
        if not re.search(r"\b(?:one|a) year (?:after|since)\b", lead):
            return None
        took = next(
            (
                e.date
                for e in reversed(ctx.events)
                if e.type == "membership_change"
                and e.attributes.get("action") == "withdrawal_effective"
                and state in e.roles.get("state", [])
                and e.date
                and e.evidence
                and e.evidence[0][0] >= f.sent.start_char
            ),
            None,
        )
        if took is None or not re.match(r"\d{4}", took):
            return None
        return str(int(took[:4]) - 1) + took[4:], None

    @staticmethod
    def _refine(ctx: DocContext, f: Finder, anchor: Token, state: str, action: str) -> None:
        """The act told again with a fuller date ("in March 2019" then "on 17 March 2019"): the earlier event
        takes the fuller one."""
        own = [d.value for d in ctx.dates_in(anchor.idx, f.sent.end_char) if d.value]
        if not own or len(own[0]) != 10:
            return
        for e in ctx.events:
            if (
                e.type == "membership_change"
                and state in e.roles.get("state", [])
                and e.attributes.get("action") == action
                and e.date
                and len(e.date) < 10
                and own[0].startswith(e.date)
            ):
                e.date = own[0]

    @staticmethod
    def _year_ago(ctx: DocContext, f: Finder, anchor: Token) -> tuple[str | None, str | None] | None:
        """ "notified to the Secretary-General exactly one year ago": a year before the document's date."""
        rest = f.text[anchor.idx - f.sent.start_char : anchor.idx - f.sent.start_char + 80].lower()
        day = ctx.document.date or ""
        m = re.search(r"\b(one|a|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b", rest) or re.search(
            r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years ago\b", f.text.lower()  # (r9) "Five years ago today, X left"
        )
        if m is None or not re.match(r"\d{4}", day):
            return None
        n = YEARS.get(m.group(1)) or int(m.group(1))
        if n > 1 and not re.search(r"\bago today\b", f.text.lower()):  # (r9) "five years ago today": that day; "five years ago": that year
            return str(int(day[:4]) - n), None
        return str(int(day[:4]) - n) + day[4:], None

    @staticmethod
    def _year_later(ctx: DocContext, f: Finder, anchor: Token, state: str) -> tuple[str | None, str | None] | None:
        """ "the withdrawal took effect one year later": a year after the notice told before (article 127)."""
        rest = f.text[anchor.idx - f.sent.start_char : anchor.idx - f.sent.start_char + 60].lower()
        if not re.search(r"\b(?:one|a) year (?:later|after)", rest):
            return None
        notice = next(
            (
                e
                for e in reversed(ctx.events)
                if e.type == "membership_change"
                and e.attributes.get("action") == "withdrawal_notice"
                and state in e.roles.get("state", [])
                and e.date
            ),
            None,
        )
        if notice is None or not re.match(r"\d{4}", notice.date):
            return None
        return str(int(notice.date[:4]) + 1) + notice.date[4:], None

    @staticmethod
    def _effective(ctx: DocContext, f: Finder, anchor: Token) -> tuple[str | None, str | None] | None:
        """ "the accession of Ukraine, effective 1 January 2025", "with effect from 27 October 2017": that day."""
        rest = f.text[anchor.idx - f.sent.start_char : anchor.idx - f.sent.start_char + 120]
        party = "" if re.search(r"\b(?:deposit|lodg|submitt|hand)", f.lower) else r"|state party(?: to the [\w ]{3,40}?)? (?:on|from|as of)"
        m = re.search(  # "the accession of Ukraine, which will become the 125th State Party on 1 January 2025"; not the deposit's day
            r"\b(?:effective(?: as of| from| on)?|with effect (?:from|as of)" + party + r")\s+", rest, re.IGNORECASE
        )
        if m is None:
            return None
        at = anchor.idx + m.end()
        got = [d for d in ctx.dates_in(at, at + 25) if d.value]
        return (got[0].value, got[0].end_value) if got else None

    @staticmethod
    def _own_date(ctx: DocContext, f: Finder, anchor: Token) -> bool:
        """A full date right after "became a State Party" ("on 1 January 2025"): its own act, not the deposit retold."""
        end = anchor.idx + len(anchor.text)
        verb = next((t for t in f.doc[max(f.sent.start, anchor.i - 6) : anchor.i + 1] if t.lemma_ == "become"), None)
        if verb is None or verb.tag_ != "VBD":
            return False  # "deposited its instrument ... and will become the 124th State Party on 1 February": one act
        own = [d for d in ctx.dates_in(end, min(f.sent.end_char, end + 30)) if d.value]
        before = {d.value for d in ctx.dates_in(f.sent.start_char, anchor.idx) if d.value}
        return bool(own) and own[0].value not in before

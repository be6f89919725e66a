"""Membership of the Rome Statute: signature, ratification, accession, withdrawal, unsigning.

"Country E deposited its instrument of accession", "notified its withdrawal", "the withdrawal took
effect on ...", "ratified the Rome Statute", "Burundi's withdrawal", "became a State Party". How an act and
its State are read lives in ``membership_acts``, which day it gets in ``membership_dates``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import EventComponent, Finder, lexicon
from .membership_acts import STATE, TREATY, MembershipActs
from .membership_dates import MembershipDates

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

MEMBERSHIP_CUE = re.compile(
    r"instrument of|notice of withdrawal|notification of (?:its )?withdrawal|\b(?:became|become|becomes|becoming) "
    r"(?:the \w+ )?(?:a )?state party"
    r"|\bwithdrawal\b[^.]{0,200}\b(?:took|takes|take|became|becomes|become|will take) effect|notif\w+ [^.]{0,60}\bwithdr"
    r"|\b(?:it|this) (?:becomes|became|will become|takes|took|will take) (?:effect|effective)\b"
)
LISTED_CUE = re.compile(r"\((?:accession|ratification|signature|withdrawal)")
JOINT = re.compile(r"\bjoint(?:ly)?\b|\btogether\b|\bcollective(?:ly)?\b|\bin concert\b", re.IGNORECASE)
PRONOUN_EFFECT = re.compile(
    r"\b(?:it|this|the (?:notification|notice|instrument))\s+(?:becomes|became|will become|shall become|takes|took|will take|shall take)"
    r"\s+(?:effect|effective)\b"
)
#: (r11) a rule told about any State: "A country's withdrawal takes effect a year after it notifies the UN"
GENERIC = re.compile(r"\b(?:a|any|each|every) (?:country|state|state party|member state|nation)(?:'s|\u2019s)?\b")
#: (r11) what parts two States of one list, a headline's commas too: "Burkina Faso, Mali, Niger exit the ICC"
LIST_GAP = re.compile(r"\s*(?:,|,? and|,? as well as)\s*")
HISTORY = re.compile(r"\b(?:since|as)\s+(?:a\s+)?state party\b|\bstate party since\b", re.IGNORECASE)


class Membership(MembershipActs, MembershipDates, EventComponent):
    """`membership_change` events."""

    name = "events.membership"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        lex = lexicon()
        extra = lex.get("r7_decisions", {}).get("membership_phrases", {})
        self.lex = {**lex["membership"], "phrases": {**lex["membership"]["phrases"], **extra}}
        self.cue = re.compile("|".join(f"(?:{p})" for p in self.lex["phrases"]))
        super().__call__(ctx)

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        low = f.lower
        if not TREATY.search(low) and not MEMBERSHIP_CUE.search(low) and not self.cue.search(low):
            return  # "the notification was lodged with the United Nations", "ceased to be a party"
        if GENERIC.search(low) and not f.mentions(STATE):
            return  # (r11) "a State's exit becomes effective a year after it notifies the UN": the rule, no act
        listed = self._listed(f)
        for state, action, pos in listed:
            d = next(((x.value, x.end_value) for x in ctx.dates_in(pos, pos + 45) if x.value), (None, None))
            self.emit(ctx, f, "membership_change", {"state": [state]}, {"action": action}, 0.8, date=d)
        if listed:
            return
        # every act the sentence tells: "Burundi's withdrawal became effective on 27 October 2017, and the
        # Philippines deposited a notice of withdrawal in March"
        found: list[tuple[list[str], str, Token, float, bool]] = []
        weak: set[int] = set()
        covered: set[int] = set()  # "the withdrawal ... became effective": the noun is that act, not a notice
        for phrase, action in self.lex["phrases"].items():
            for hit in re.finditer(phrase, low):
                tok = f.token_at(f.sent.start_char + hit.start())
                end = f.sent.start_char + hit.end() - 1  # the token the phrase ends in (a headline has no stop after it)
                last = next((t for t in reversed(f.tokens) if t.idx <= end), None)
                if tok is None or last is None:
                    continue
                if action == "accession" and re.search(r"\bratif", low):
                    action = "ratification"
                if self._unreal(f, tok, action, last) or self._denied(f, tok, action, hit.group()):
                    continue
                if action == "withdrawal_effective":
                    covered.update(range(tok.i, last.i + 1))
                if action == "withdrawal_notice" and re.match(r"(?:leav|left|quit|exit)", hit.group()):
                    weak.add(last.i)  # "to leave the Court": the act of leaving, told by another phrase too
                    if re.search(r"first (?:\w+ )?(?:state|country|nation|member)\w* (?:ever )?to $", low[: hit.start()]):
                        continue  # (r11) "the first State to leave the Court": the leaving the other phrase tells
                entry = "into force" in phrase  # "the Statute entered into force for Ukraine on 1 January"
                state = f.after_cue(" for ", STATE, start=hit.start()) if entry else self._state(f, tok)
                if state:
                    state = self._listed_with(f, state, f.sent.start_char + hit.start())
                    found.append((state, action, last, 0.85, entry or "state party" in phrase or "member" in phrase or "join" in phrase))
        history = HISTORY.search(low)
        at = f.token_at(f.sent.start_char + history.start()) if history else None
        told = own_clause(at).i if at is not None else None
        acts = frozenset(self.lex["verbs"]) | frozenset(self.lex["nouns"])  # (speed) all ``_act`` reads
        for tok in f.having(acts):  # "Hungary, which announced its withdrawal ..., had been a State Party since 2001"
            if told is not None and own_clause(tok).i == told:
                continue  # "Tajikistan, a State Party since 2000": its membership as a standing fact
            action = self._act(f, tok)
            if action is not None and tok.i not in covered and not self._unreal(f, tok, action):
                state = self._state(f, tok)
                if state:
                    found.append((state, action, tok, 0.75, False))
        if not found:
            found += self._pronoun_effect(ctx, f)
        effective = {s for states, action, _, _, _ in found if action == "withdrawal_effective" for s in states}
        found = [  # "became the first country to leave the ICC when its withdrawal took effect": one act
            x for x in found if not (x[1] == "withdrawal_notice" and x[2].i in weak and set(x[0]) <= effective)
        ]
        joined = {s for states, _, _, _, becoming in found if not becoming for s in states}
        # "which deposited its instrument in October 2024, became a State Party on 1 January 2025": two dates, two acts
        fresh = {anc.i for _, _, anc, _, becoming in found if becoming and self._own_date(ctx, f, anc)}
        found = [(st, a, anc, c, becoming and anc.i not in fresh) for st, a, anc, c, becoming in found]
        done: set[tuple[str, str]] = set()
        for states, action, anchor, conf, becoming in sorted(found, key=lambda x: x[2].i):
            states = [s for s in states if (s, action) not in done or anchor.i in fresh]
            if becoming:  # "deposited its instrument ... and will become the 124th State Party": one act
                states = [s for s in states if s not in joined]
            if not states:
                continue
            done.update((s, action) for s in states)
            dates = [d for d in ctx.dates_in(anchor.idx, f.sent.end_char) if d.value]
            if len(states) > 1 and len(dates) >= len(states) and re.search(r"\brespectively\b|\band\b", low):
                # "In October and November 2016, South Africa and the Gambia announced ...": one act per state
                before = [d for d in ctx.dates_in(f.sent.start_char, anchor.idx) if d.value]
                pick = before if len(before) == len(states) else dates[: len(states)]
                for st, d in zip(states, pick, strict=False):
                    self.emit(
                        ctx,
                        f,
                        "membership_change",
                        {"state": [st]},
                        {"action": action},
                        conf,
                        date=(d.value, d.end_value),
                    )
                continue
            if len(states) > 1:
                before = [d for d in ctx.dates_in(f.sent.start_char, anchor.idx) if d.value]
                if len(before) == len(states):
                    for st, d in zip(states, before, strict=False):
                        self.emit(
                            ctx,
                            f,
                            "membership_change",
                            {"state": [st]},
                            {"action": action},
                            conf,
                            date=(d.value, d.end_value),
                        )
                    continue
            told = [st for st in states if self._told_before(ctx, f, anchor, st, action)]
            for st in told:  # "left the tribunal in March 2019 ... The withdrawal became effective on 17 March 2019"
                self._refine(ctx, f, anchor, st, action)
            states = [st for st in states if st not in told]
            if len(states) > 1 and action != "withdrawal_effective" and (JOINT.search(low) or self._declared_together(anchor)):
                # "A, B and C declared that they would leave the Court": one act, told with one date
                date = self._year_ago(ctx, f, anchor)
                self.emit(ctx, f, "membership_change", {"state": states}, {"action": action}, conf, anchor=anchor, date=date)
                continue
            for st in states:
                date = self._year_later(ctx, f, anchor, st) if action == "withdrawal_effective" else None
                date = date or self._year_ago(ctx, f, anchor) or self._effective(ctx, f, anchor) or self._verb_date(ctx, f, anchor)
                if action == "withdrawal_notice":  # "ceased to be a party on Tuesday, a year after it notified ..."
                    date = self._year_before(ctx, f, anchor, st) or date
                self.emit(
                    ctx, f, "membership_change", {"state": [st]}, {"action": action}, conf, anchor=anchor, date=date
                )

    @staticmethod
    def _listed_with(f: Finder, states: list[str], end: int) -> list[str]:
        """(r11) The States listed with the one found, joined by commas only as in a headline ("Burkina Faso,
        Mali, Niger exit ICC"), when the parse gave only the last: the list that ends right before the act's
        phrase (at ``end``)."""
        if len(states) != 1:
            return states
        ms = [m for m in f.ctx.mentions_in(f.sent.start_char, f.sent.end_char) if f.idx.kind(m.entity_id) == "state"]
        at = next((k for k in range(len(ms) - 1, -1, -1) if ms[k].entity_id == states[0] and ms[k].end <= end), None)
        if at is None or end - ms[at].end > 20:
            return states  # the list must lead straight into the act: "A, B, C exit ICC"
        text = f.ctx.document.text
        out = list(states)
        k = at
        while k > 0 and LIST_GAP.fullmatch(text[ms[k - 1].end : ms[k].start]):
            k -= 1
            out.insert(0, ms[k].entity_id)
        return list(dict.fromkeys(out))

    @staticmethod
    def _declared_together(anchor: Token) -> bool:
        """ "Burkina Faso, Mali and Niger announced their withdrawal": one declaration by all (each State's
        notification to the Secretary-General is its own act: "notified the UN of their withdrawal")."""
        if any(a.lemma_.lower() in ("decision", "announcement", "communiqué", "declaration") for a in anchor.ancestors):
            return True  # "the decision of Burkina Faso, Mali and Niger to withdraw": one decision
        verb = next((a for a in anchor.ancestors if a.pos_ == "VERB"), None)
        return (
            verb is not None
            and verb.lemma_.lower() in ("announce", "declare", "proclaim", "say", "state", "confirm")
            # (r12) "A, B and C declared on Monday that they are withdrawing": one declaration by all
            and any(t.lower_ in ("their", "they") for t in verb.subtree)
        )

    def _pronoun_effect(self, ctx: DocContext, f: Finder) -> list[tuple[list[str], str, Token, float, bool]]:
        """ "The notification was deposited on 2 June 2025. Under article 127, it becomes effective one year
        later.": the withdrawal whose notice was just told takes effect."""
        m = PRONOUN_EFFECT.search(f.lower)
        tok = f.token_at(f.sent.start_char + m.start()) if m else None
        if tok is None:
            return []
        notice = next(
            (
                e
                for e in reversed(ctx.events)
                if e.type == "membership_change"
                and e.attributes.get("action") == "withdrawal_notice"
                and e.evidence
                and e.evidence[0][0] < f.sent.start_char
            ),
            None,
        )
        prev = f.doc[f.sent.start - 1].sent if f.sent.start > 0 else None
        if notice is None or prev is None or not re.search(r"\bnotif|\bnotice\b|\bwithdr", prev.text.lower()):
            return []  # "it" is the withdrawal just told
        own = [d for d in ctx.dates_in(tok.idx, f.sent.end_char) if d.value]
        told = [d.value for d in ctx.dates_in(prev.start_char, prev.end_char) if d.value and len(d.value) == 10]
        date = (own[0].value, own[0].end_value) if own else None
        if told and re.search(r"\b(?:one|a) year (?:later|after)", f.lower):
            date = (str(int(told[-1][:4]) + 1) + told[-1][4:], None)  # article 127: a year after the notice
        self.emit(ctx, f, "membership_change", {"state": list(notice.roles["state"])},
                  {"action": "withdrawal_effective"}, 0.75, anchor=tok, date=date)
        return []

    @staticmethod
    def _listed(f: Finder) -> list[tuple[str, str, int]]:
        """ "... joined the Rome Statute during the year: Grenada (accession, 19 May 2011), ..." """
        out: list[tuple[str, str, int]] = []
        if "(" not in f.lower or not LISTED_CUE.search(f.lower):
            return out
        for m in re.finditer(
            r"(\w[\w .'-]{1,40}?)\s*\((accession|ratification|signature|withdrawal)[,;]?\s*([^)]{0,40})\)", f.text
        ):
            tok = f.token_at(f.sent.start_char + m.start(1))
            ids = f.list_from(tok.i, STATE, skip=1) if tok is not None else []
            if ids:
                action = {"withdrawal": "withdrawal_notice"}.get(m.group(2), m.group(2))
                out.append((ids[0], action, f.sent.start_char + m.start(3)))
        return out


def own_clause(tok: Token) -> Token:
    """The head of the clause a word stands in: its nearest clause-heading ancestor (a relative or
    adverbial clause, a complement, an apposition, the sentence's root)."""
    while tok.dep_ not in ("ROOT", "relcl", "advcl", "ccomp", "acl", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok

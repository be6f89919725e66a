"""Membership of the Rome Statute: signature, ratification, accession, withdrawal, unsigning.

"Country E deposited its instrument of accession", "notified its withdrawal", "the withdrawal took
effect on ...", "ratified the Rome Statute", "Burundi's withdrawal", "became a State Party".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import EventComponent, Finder, lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

STATE = frozenset({"state"})
TREATY = re.compile(r"\b(rome statute|the statute|international criminal court|icc|the court)\b", re.IGNORECASE)
MEMBERSHIP_CUE = re.compile(
    r"instrument of|notice of withdrawal|notification of (?:its )?withdrawal|\b(?:became|become|becomes|becoming) "
    r"(?:the \w+ )?(?:a )?state party"
)
LISTED_CUE = re.compile(r"\((?:accession|ratification|signature|withdrawal)")
HISTORY = re.compile(r"\b(?:since|as)\s+(?:a\s+)?state party\b|\bstate party since\b", re.IGNORECASE)


class Membership(EventComponent):
    """`membership_change` events."""

    name = "events.membership"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        self.lex = lexicon()["membership"]
        super().__call__(ctx)

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        low = f.lower
        if not TREATY.search(low) and not MEMBERSHIP_CUE.search(low):
            return
        listed = self._listed(f)
        for state, action, pos in listed:
            d = next(((x.value, x.end_value) for x in ctx.dates_in(pos, pos + 45) if x.value), (None, None))
            self.emit(ctx, f, "membership_change", {"state": [state]}, {"action": action}, 0.8, date=d)
        if listed:
            return
        for phrase, action in self.lex["phrases"].items():
            hit = re.search(phrase, low)
            if hit is None:
                continue
            tok = f.token_at(f.sent.start_char + hit.start())
            last = f.token_at(f.sent.start_char + hit.end() - 1)
            state = self._state(f, tok) if tok is not None else []
            if action == "accession" and re.search(r"\bratif", low):
                action = "ratification"
            if state:
                self.emit(ctx, f, "membership_change", {"state": state}, {"action": action}, 0.85, anchor=last)
                return
        if HISTORY.search(low):
            return
        for tok in f.tokens:
            lem = tok.lemma_.lower()
            action = None
            if tok.pos_ == "VERB" and lem in self.lex["verbs"]:
                if lem == "withdraw" and not re.search(r"\bwithdr\w+ from\b", low):
                    continue
                if lem in ("sign", "ratify", "accede") and not any(
                    TREATY.search(t.text) or t.lower_ == "statute"
                    for c in tok.children
                    if c.dep_ in ("dobj", "prep") and c.lower_ != "by"
                    for t in c.subtree
                ):
                    continue
                action = self.lex["verbs"][lem]
            elif (
                tok.pos_ == "NOUN"
                and lem in self.lex["nouns"]
                and any(t.lower_ in ("to", "from", "of") for t in tok.children)
            ):
                action = self.lex["nouns"][lem]
            if action is None or any(c.dep_ == "neg" for c in tok.children):
                continue
            state = self._state(f, tok)
            if state:
                self.emit(ctx, f, "membership_change", {"state": state}, {"action": action}, 0.75, anchor=tok)
                return

    @staticmethod
    def _state(f: Finder, tok: Token) -> list[str]:
        v = tok
        while v.pos_ != "VERB" and v.head.i != v.i and v.dep_ not in ("poss",):
            poss = [c for c in v.children if c.dep_ == "poss"]
            if poss:
                got = f.resolve(poss[0], STATE)
                if got:
                    return got
            if v.pos_ == "NOUN":
                got = f.prep_objects(v, ("of", "by"), STATE)
                if got:
                    return got
            v = v.head
        if v.pos_ == "VERB" and v.dep_ == "acl" and v.head.pos_ == "NOUN":  # "the decision of Ukraine to ratify"
            owner = f.possessor(v.head)
            got = f.prep_objects(v.head, ("of", "by"), STATE) or (f.resolve(owner, STATE) if owner is not None else [])
            if got:
                return got
        if v.pos_ == "VERB":
            got = f.subject(v, STATE)
            if not got and v.dep_ in ("ccomp", "xcomp", "conj") and v.head.pos_ == "VERB":
                got = f.subject(v.head, STATE)
            if got:
                return got
        before = f.mentions(STATE, end=tok.idx)
        return before[-1:] if before else []

    @staticmethod
    def _listed(f: Finder) -> list[tuple[str, str, int]]:
        """ "... joined the Rome Statute during the year: Grenada (accession, 19 May 2011), ..." """
        out: list[tuple[str, str, int]] = []
        if "(" not in f.lower or not LISTED_CUE.search(f.lower):
            return out
        for m in re.finditer(
            r"(\w[\w .'-]{1,40}?)\s*\((accession|ratification|signature|withdrawal)[,;]?\s*([^)]{0,40})\)", f.sent.text
        ):
            tok = f.token_at(f.sent.start_char + m.start(1))
            ids = f.list_from(tok.i, STATE, skip=1) if tok is not None else []
            if ids:
                action = {"withdrawal": "withdrawal_notice"}.get(m.group(2), m.group(2))
                out.append((ids[0], action, f.sent.start_char + m.start(3)))
        return out

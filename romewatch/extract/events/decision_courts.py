"""(r11) How a court's ruling is told in news copy: its holding on a text ("the Constitutional Court
considered the Statute incompatible", "deemed the notice unconstitutional") and a bare "the court" after a
State's court was named. Read by ``decision_acts``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .base import Finder

#: (r11) a court's holding told as its view of a text: "the court considered the Statute incompatible"
JUDGED_VERBS = frozenset({"consider", "deem"})
JUDGED = re.compile(
    r"\b(?:in)?compatible|(?:un)?constitutional|(?:un)?lawful|(?:il)?legal|(?:in)?valid|void|null|(?:in)?admissible"
    r"|(?:in)?consistent|contrary|(?:in)?applicable|(?:un)?enforceable\b"
)


def judged(tok: Token) -> bool:
    """(r11) "considered the Statute incompatible with the Constitution", "deemed the notice unconstitutional":
    the verb's object or complement carries the court's qualification."""
    return any(
        JUDGED.match(t.lower_)
        for c in tok.children
        if c.dep_ in ("dobj", "ccomp", "oprd", "xcomp", "acomp")
        for t in c.subtree
        if t.pos_ == "ADJ" or t.tag_ == "JJ"
    )


def national_court_told(f: Finder, tok: Token, body: list[str]) -> list[str]:
    """(r11) "... ruled unconstitutional by the High Court. The court ordered the government to revoke its
    notice": a bare "the court" after a State's court was named is that court, not the ICC."""
    if body != ["court:icc"]:
        return body
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.text != "court" or not any(c.lower_ == "the" for c in subj.children):
        return body
    for m in reversed(f.ctx.mentions_in(max(0, subj.idx - 400), subj.idx)):
        if f.idx.kind(m.entity_id) == "organization" and re.search(r"court|tribunal", m.entity_id):
            return [m.entity_id]  # the State's court the ruling is about
    return body

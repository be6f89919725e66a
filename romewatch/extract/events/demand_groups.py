"""Groups of States named by a count or a demonstrative: "the three governments", "both countries",
"these States", "the juntas", and "them" / "they" after such a phrase in the same sentence. They stand
for the latest list of States the text coordinated ("Burkina Faso, Mali and Niger ... The three
countries said they ..."; "urged the three governments to reconsider"; "... and urged them to").

Called by the finder when a phrase names no entity of its own; used by demands (addressees) and by
every role read through ``Finder.resolve`` (commitments' agents, statements' authors).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .finder import Finder


GROUP_NOUNS = frozenset({"government", "country", "state", "nation", "junta", "regime", "capital"})
ALWAYS_GROUP = frozenset({"junta", "regime"})  # "the juntas": never the States Parties at large
DEMONSTRATIVE = frozenset({"these", "those", "both"})
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
JOIN = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or|as well as|,\s*as well as)\s*$")
WINDOW = 3000  # characters back in the text


def _count(tok: Token) -> int | None:
    """The size of the group when the text gives it ("the three governments" -> 3; "both" -> 2)."""
    for c in tok.children:
        if c.dep_ == "nummod":
            return COUNTS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
        if c.lower_ == "both":
            return 2
    return None


def is_group(tok: Token) -> bool:
    """A plural noun for States that points back: a count, a demonstrative, or "juntas" / "regimes"."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower().rstrip("s") not in GROUP_NOUNS:
        return False
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "acl", "prep", "appos"):
            return False  # "the governments of X": the phrase says who
        if c.dep_ == "relcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text != ",":
            return False  # "the States that have not yet done so" (not "the three countries, which ...")
    marked = any(c.dep_ == "nummod" and c.lower_ in COUNTS or c.lower_ in DEMONSTRATIVE for c in tok.children)
    return marked or (tok.lemma_.lower() in ALWAYS_GROUP and any(c.lower_ == "the" for c in tok.children))


def group_antecedent(f: Finder, tok: Token, kinds: frozenset[str]) -> list[str]:
    """The States a group phrase (or "them" / "they" after one in the sentence) stands for: the latest
    list of at least two States coordinated in the text before it, of the size the phrase gives."""
    if "state" not in kinds:
        return []
    if tok.lower_ in ("them", "they"):
        head = next((t for t in reversed(f.doc[f.sent.start : tok.i]) if is_group(t)), None)
        if head is None:
            return []
        tok = head
    elif not is_group(tok):
        return []
    want = _count(tok)
    idx, text = f.idx, doc_text(f.doc)
    run: list[tuple[int, int, str]] = []  # (start, end, id), nearest first
    seen_start = -1
    for m in reversed(idx.mentions):
        if m.end > tok.idx or m.start < tok.idx - WINDOW:
            continue
        if m.start == seen_start:
            continue
        seen_start = m.start
        if idx.kind(m.entity_id) != "state":
            found = _fits(run, want)
            if found:
                return found
            run = []
            continue
        if run and not JOIN.match(text[m.end : run[-1][0]]):
            found = _fits(run, want)
            if found:
                return found
            run = []
        if not run or m.entity_id not in {r[2] for r in run}:
            run.append((m.start, m.end, m.entity_id))
    return _fits(run, want)


def _fits(run: list[tuple[int, int, str]], want: int | None) -> list[str]:
    ids = [r[2] for r in reversed(run)]
    if len(ids) < 2 or (want is not None and len(ids) != want):
        return []
    return ids

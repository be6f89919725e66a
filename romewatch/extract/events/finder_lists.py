"""Lists inside one sentence: the list of actors that starts at a token ("Chile, Finland and
Ireland, as well as Lex Aequa" is one list), the list right after a surface cue ("on behalf of"),
and the actors named in a stretch of the sentence. A mixin of ``Finder``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .index import ACTORS, GLUE, QUOTES, TITLES, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


class ListReading:
    """The lists of a sentence, read on the surface where the small parser goes wrong (mixin of ``Finder``)."""

    def list_from(self, i: int, kinds: frozenset[str] = ACTORS, end: int | None = None, skip: int = 3) -> list[str]:
        """Entity ids of the list that starts at (or a few tokens after) token ``i``."""
        ids, _ = self.list_span(i, kinds, end, skip)
        return ids

    def list_span(
        self, i: int, kinds: frozenset[str] = ACTORS, end: int | None = None, skip: int = 3
    ) -> tuple[list[str], int]:
        end = min(self.sent.end if end is None else end, len(self.doc))
        doc, idx = self.doc, self.idx
        j, skipped = i, 0
        while j < end:
            m = idx.mention_at(j)
            if m is not None and idx.kind(m.entity_id) in kinds:
                break
            t = doc[j]
            if m is None and (t.pos_ in ("VERB", "AUX") or t.text in ".;!?"):
                return [], j
            if not (t.is_punct or t.is_space or t.lower_ in GLUE or t.pos_ in ("DET", "ADJ", "NUM")):
                skipped += 1
            if skipped > skip:
                return [], j
            j += 1
        ids: list[str] = []
        while j < end:
            t = doc[j]
            m = idx.mention(t)
            if m is not None:
                k = j
                while k < end and idx.mention_at(k) is m:
                    k += 1
                if k < end and doc[k].dep_ == "case" and idx.mention_at(k) is None:
                    # a possessor ("the Assembly's focal points"): the list member is what it owns
                    h = k + 1
                    while (
                        h < min(end, k + 4) and idx.mention_at(h) is None and doc[h].pos_ in ("ADJ", "NOUN", "PROPN")
                    ):
                        h += 1
                    owned = idx.mention_at(h) if h < end else None
                    if owned is not None and idx.kind(owned.entity_id) in kinds:
                        j = h
                        continue
                if ids and _reporter(doc, j, k):
                    break  # "imposed sanctions on A, Secretary Rubio said": the one who tells it is no member
                if idx.kind(m.entity_id) in kinds:
                    ids.append(m.entity_id)
                j = k
                continue
            low = t.lower_
            if t.text == "(" and ids:  # "Grenada (accession, 19 May 2011), Tunisia (...)": skip the aside
                k = j + 1
                while k < min(end, j + 16) and doc[k].text != ")":
                    k += 1
                if k < end and doc[k].text == ")":
                    j = k + 1
                    continue
            if low == "following":  # "as well as the following civil society organisations:"
                k = j
                while k < min(end, j + 12) and doc[k].text != ":":
                    k += 1
                if k < end and doc[k].text == ":":
                    j = k + 1
                    continue
                break
            if low in ("government", "governments") and j + 1 < end and doc[j + 1].lower_ == "of":
                j += 2  # "A and the Governments of B and C"
                continue
            if low == "in" and j + 1 < end and doc[j + 1].lower_ != "particular":
                break
            if low == "to" and ids and doc[j - 1].lower_ in (",", "and", "particular", "also", "especially", "notably"):
                j += 1  # "to the Assembly, and, in particular, to the facilitators"
                continue
            if t.is_space or low in GLUE or (t.is_punct and t.text not in ".;!?") or t.text in QUOTES:
                j += 1
                continue
            if ids and t.pos_ in ("NUM", "ADJ", "NOUN") and doc[j - 1].lower_ in ("and", ","):
                # "Hofmanski and two other judges, as well as Prosecutor Karim Khan": step over the descriptor
                k = j
                while (
                    k < min(end, j + 4) and idx.mention_at(k) is None and doc[k].pos_ in ("NUM", "ADJ", "NOUN", "DET")
                ):
                    k += 1
                h = k
                while (
                    h < min(end, k + 5)
                    and idx.mention_at(h) is None
                    and (doc[h].lower_ in GLUE or doc[h].text == ",")
                ):
                    h += 1
                nxt = idx.mention_at(h) if h < end and h > k else None
                if nxt is not None and idx.kind(nxt.entity_id) in kinds:
                    j = h
                    continue
            if ids and low in TITLES:  # "Netanyahu and former Defence Minister Yoav Gallant"
                k = j
                while k < min(end, j + 5) and idx.mention_at(k) is None and doc[k].lower_ in TITLES:
                    k += 1
                nxt = idx.mention_at(k) if k < end else None
                if (
                    nxt is not None
                    and idx.kind(nxt.entity_id) in kinds
                    and doc[j - 1].lower_ in ("and", ",", "&", "the")
                ):
                    j = k
                    continue
            break
        return uniq(ids), j

    def after_cue(self, cue: str, kinds: frozenset[str] = ACTORS, start: int = 0) -> list[str]:
        """The list right after a surface cue ("co-sponsored by", "on behalf of") in the sentence."""
        pos = self.lower.find(cue, start)
        if pos < 0:
            return []
        char = self.sent.start_char + pos + len(cue)
        tok = self.token_at(char)
        return [] if tok is None else self.list_from(tok.i, kinds)

    def token_at(self, char: int) -> Token | None:
        for t in self.tokens:
            if t.idx >= char:
                return t
        return None

    def mentions(self, kinds: frozenset[str] = ACTORS, start: int | None = None, end: int | None = None) -> list[str]:
        s = self.sent.start_char if start is None else start
        e = self.sent.end_char if end is None else end
        return uniq(m.entity_id for m in self.ctx.mentions_in(s, e) if self.idx.kind(m.entity_id) in kinds)


REPORTING = frozenset({"say", "tell", "add", "note", "state", "announce", "write", "explain", "confirm", "declare", "report"})


def _reporter(doc: Doc, j: int, k: int) -> bool:
    """Is the name at tokens [j, k) the subject of a reporting verb after it, set off by a comma ("...,
    Secretary of State Marco Rubio said")?"""
    before = j - 1
    while before > 0 and (doc[before].is_space or doc[before].lower_ in TITLES or doc[before].pos_ in ("PROPN", "ADP", "DET")):
        before -= 1
    if doc[before].text != ",":
        return False
    head = next((t for t in doc[j:k] if t.dep_ in ("nsubj", "nsubjpass")), None)
    return head is not None and head.head.i >= k and head.head.lemma_.lower() in REPORTING

"""A verb's arguments inside one sentence: its subject (through the clauses the verb hangs from,
or the nearest actor before it when the parse missed it), its objects and its prepositional
objects. A mixin of ``Finder``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .index import ACTORS, OBJ_DEPS, QUOTES, SUBJ_DEPS, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


DASHES = frozenset({"—", "–", "-", "--"})
CLAUSE_BREAK = frozenset({
    "that", "which", "who", "whom", "whose", "but", "while", "after", "before", "when", "because", "although",
    "if", "unless", "whereas", "where", "said", "says", "says,",
})  # fmt: skip


class Arguments:
    """Subjects, objects and prepositional arguments of a verb (mixin of ``Finder``)."""

    def subject(self, v: Token, kinds: frozenset[str] = ACTORS) -> list[str]:
        got = self._subject(v, kinds)
        if got:
            return got
        if v.dep_ in ("ROOT", "conj", "relcl", "acl") and not any(c.dep_ in SUBJ_DEPS for c in v.children):
            got = self.actor_before(
                v, kinds, reach=14 if v.dep_ in ("ROOT", "conj") else 2
            )  # "the Assembly, at its tenth session, adopted ..."
            if got:
                return got
        if v.dep_ not in ("ROOT", "conj", "ccomp", "advcl"):
            return got
        # the parse missed it: an actor right before the verb ("..., Al-Haq attended")
        j = v.i - 1
        while (
            j >= max(self.sent.start, v.i - 4)
            and self.doc[j].pos_ in ("AUX", "ADV", "PART")
            or self.doc[j].lower_ in ("further", "also", "again", "today", "now")
        ):
            j -= 1
        if j >= self.sent.start:
            m = self.idx.mention_at(j)
            if m is not None and self.idx.kind(m.entity_id) in kinds:
                return self.resolve(self.doc[j], kinds)
        return []

    def actor_before(self, v: Token, kinds: frozenset[str] = ACTORS, reach: int = 14) -> list[str]:
        """The parse missed the subject: the nearest actor before the verb in its own clause, stepping
        over asides ("the Assembly, at its tenth session, adopted"), never past another verb or a
        clause boundary."""
        j = v.i - 1
        low = max(self.sent.start, v.i - reach)
        while j >= low:
            t = self.doc[j]
            m = self.idx.mention(t)
            if m is not None:
                if self.idx.kind(m.entity_id) in kinds:
                    return self.resolve(t, kinds)
                j -= 1
                continue
            if t.text in ";:" or t.text in QUOTES or t.lower_ in CLAUSE_BREAK:
                break
            if t.pos_ in ("VERB",) or (t.pos_ == "AUX" and t.head.i != v.i):
                break
            j -= 1
        return []

    def _subject(self, v: Token, kinds: frozenset[str] = ACTORS) -> list[str]:
        seen = 0
        while seen < 4:
            subjs = [c for c in v.children if c.dep_ in SUBJ_DEPS]
            if subjs:  # "As States Parties, we reaffirm" parsed with two subjects: the pronoun speaks
                near = [c for c in subjs if c.i < v.i]
                pick = near[-1] if len(near) > 1 and near[-1].pos_ == "PRON" else subjs[0]
                if len(near) > 1 and any(t.text in DASHES for t in self.doc[near[-2].i : near[-1].i]):
                    pick = near[-1]  # "NIAMEY / THE HAGUE — The governments ... announced": a dateline, not X
                return self.resolve(pick, kinds, owners=False)
            if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and v.head.dep_ == "ROOT" and v.head.i == v.i - 1:
                return self.resolve(v.head, kinds)  # "The Assembly adopted ...", parsed as a noun phrase
            if (
                v.dep_ == "acl"
                and v.tag_ in ("VBD", "VBZ")
                and v.head.dep_ == "ROOT"
                and v.head.pos_ in ("PROPN", "NOUN")
            ):
                return self.resolve(v.head, kinds)  # "Ms X, director at Y, called on ...": a finite verb read as acl
            if (
                v.dep_ == "relcl"
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in v.children)
                and v.head.head.i != v.head.i
            ):
                v = v.head.head  # "conducted an operation to surveil ...": the operation's conductor
                seen += 1
                continue
            if v.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp", "relcl") and v.head.i != v.i:
                if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
                    if v.dep_ == "relcl":
                        return self.resolve(v.head, kinds)
                    v = v.head.head if v.head.head.i != v.head.i else v.head
                else:
                    v = v.head
                seen += 1
                continue
            break
        return []

    def objects(self, v: Token, kinds: frozenset[str] = ACTORS) -> list[str]:
        for c in v.children:
            if c.dep_ in OBJ_DEPS or (c.dep_ == "nsubjpass"):
                got = self.resolve(c, kinds)
                if got:
                    return got
        return []

    def prep_objects(self, head: Token, preps: Sequence[str], kinds: frozenset[str] = ACTORS) -> list[str]:
        out: list[str] = []
        for c in head.children:
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        out += self.resolve(g, kinds)
        return uniq(out)

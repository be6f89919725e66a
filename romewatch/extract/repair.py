"""Mends one mistake of the small English tagger before anything reads the parse.

In "Amnesty International thanks the President ...", "The Network welcomes the accession ...", the
tagger often reads the verb as a plural noun (``NNS``) while the parser still makes it the root of
the clause with a subject before it. A root "noun" that has a subject before it and is one of the
genre's trigger verbs is then a present-tense verb (``VBZ``), as the parser already treats it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .context import DocContext

VERB_SECTIONS = (
    ("support", "verbs"), ("condemnation", "verbs"), ("demand", "verbs"), ("commitment", "verbs"),
    ("sanction", "verbs"), ("threat", "verbs"), ("statement", "speech_verbs"),
)  # fmt: skip


@lru_cache(maxsize=1)
def trigger_verbs() -> frozenset[str]:
    from .events.index import lexicon

    lex = lexicon()
    return frozenset(w for section, key in VERB_SECTIONS for w in lex.get(section, {}).get(key, []) if " " not in w)


class VerbRepair:
    """Re-tags a root plural "noun" that heads a clause with a subject as the verb it is."""

    name = "repair.verbs"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        verbs = trigger_verbs()
        for sent in ctx.doc.sents:
            root = sent.root
            if root.tag_ != "NNS" or root.lemma_.lower() not in verbs or not root.lower_.endswith("s"):
                continue
            if not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
                continue
            if not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") and c.i > root.i for c in root.children):
                continue
            root.tag_, root.pos_ = "VBZ", "VERB"

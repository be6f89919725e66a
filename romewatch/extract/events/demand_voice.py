"""Who "we" is when a delegate speaks: the State the speaker represents.

A statement headed "Statement by Ambassador A, Head of the Delegation of X" or "Remarks by H.E. B,
Minister of Foreign Affairs of Y" is read by a person, but its "we", "my delegation", "my Government"
and "our country" are the State: its calls and promises are the State's. When the document's voice
is that one person and the header line that names them gives their office in one State's name, the
voice becomes the State (the person stays the statement's author).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext
    from .finder import Finder

HEADER_CHARS = 1500
OFFICE = re.compile(
    r"\b(?:head of (?:the )?delegation|delegation of|permanent representative|ambassador|minister|"
    r"secretary of state|state secretary|attorney[- ]general|legal adviser|representative of|"
    r"vice[- ]president|president of the republic|prime minister|head of state)\b",
    re.IGNORECASE,
)


def delegation_voice(ctx: DocContext) -> None:
    """Make the represented State the voice of a delegate's speech (see the module docstring)."""
    voice = ctx.notes.get("author") or []
    if len(voice) != 1 or voice[0] not in ctx.entities or ctx.entities[voice[0]].kind != "person":
        return
    text = ctx.document.text
    for start, end in sorted(ctx.entities[voice[0]].mentions):
        if start >= HEADER_CHARS:
            break
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if not OFFICE.search(text, line_start, line_end):
            continue
        states = {
            m.entity_id
            for m in ctx.mentions_in(line_start, line_end)
            if m.entity_id in ctx.entities and ctx.entities[m.entity_id].kind == "state"
        }
        if len(states) == 1:
            ctx.notes["author"] = sorted(states)
        return


def aux_subject(f: Finder, v: Token) -> list[str]:
    """The subject the small parser hangs on the auxiliary instead of the participle ("France said that
    it was committed to maintaining ...": "it" under "was", or "committed" read as the complement of
    "was"), resolved."""
    if v.dep_ in ("acomp", "attr") and v.head.lemma_ == "be":
        subj = next((g for g in v.head.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        return f.resolve(subj) if subj is not None else []
    for c in v.children:
        if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be":
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return f.resolve(subj)
    return []

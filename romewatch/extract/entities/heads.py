"""An organisation named again by the head noun of its name: "the Global Justice Alliance ... the
Alliance calls on", "the Coalition's director", "the Centre said".

After its full name, "the <Head>" (capitalised, not the start of a longer name: "the Coalition for
Justice" is another body) is the last organisation named in full whose name ends in that head. A
head the text already reads otherwise (a KB body's short form: "the Commission", "the Council")
keeps that reading.
"""

from __future__ import annotations

import re

from ..context import DocContext
from .common import Candidate
from .offices import merge_spans

HEADS = (
    "Alliance", "Coalition", "Network", "Centre", "Center", "Foundation", "Institute", "Federation", "Association",
    "Movement", "Project", "Initiative", "Forum", "Society", "League", "Clinic", "Consortium", "Platform", "Campaign",
    "Observatory", "Collective", "Union", "Committee", "Group", "Organisation", "Organization", "Trust", "Fund",
)  # fmt: skip
_HEAD_RX = re.compile(r"\b([Tt]he)\s+(" + "|".join(HEADS) + r")\b(?!\s+(?:of|for|on|in)\s+[A-Z])")


class HeadNouns:
    """Links "the Alliance" to the last organisation named in full whose name ends in "Alliance"."""

    name = "entities.coref.heads"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        spans: list[Candidate] = ctx.notes.get("entity_spans", [])
        fulls = sorted(
            (
                c
                for c in spans
                if c.kind == "organization" and len(c.text.split()) >= 2 and (c.eid or c.source in ("ner", "cue"))
            ),
            key=lambda c: c.start,
        )
        if not fulls:
            return
        text = ctx.document.text
        taken = [(c.start, c.end) for c in spans]
        new: list[Candidate] = []
        for m in _HEAD_RX.finditer(text):
            s, e = m.start(2), m.end(2)
            if any(a < e and s < b for a, b in taken):
                continue  # already read: part of a name, or a KB body's short form
            head = m.group(2)
            owner = None
            for c in fulls:
                if c.start >= s:
                    break
                if (c.name or c.text).split()[-1] == head or c.text.split()[-1] == head:
                    owner = c
            if owner is None:
                continue
            new.append(
                Candidate(
                    s, e, text[s:e], owner.eid, owner.kind, "coref", name=owner.name or owner.text, how="generic",
                    component=self.name, record_alias=False,
                )
            )  # fmt: skip
        if new:
            ctx.notes["entity_spans"] = merge_spans(spans, new)

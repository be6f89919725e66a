"""(r12) A Security Council resolution named by its number is the decision that adopted it: "Security Council
Resolution 1593, whereby the Council urged all States to cooperate", "under resolution 1970". News copy
and releases cite such resolutions without telling their adoption; the resolution is still a decision of its
body. One decision per resolution the text names and no other decision carries; not a draft or a proposal.
Run by ``Justice`` after the document."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...ids import event_id
from ...model import Event

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

#: the Security Council's resolutions, and the Assembly's where the text tells their act (below)
RESOLUTION = re.compile(r"^instrument:(?:unsc-res-\d+|icc-asp-[a-z0-9-]+-res-\d+)$")
#: an Assembly resolution counts where the text tells what it did: "jurisdiction was activated in 2018 by
#: resolution ICC-ASP/16/Res.5" (not "the procedures annexed to resolution ICC-ASP/10/Res.5", a citation)
ASP_ACT = re.compile(r"\b\w+(?:ed|en)\b[^.,;]{0,30}\b(?:by|through)\s+(?:its\s+|the\s+)?(?:resolution\s+)?$", re.IGNORECASE)
#: a text not (yet) adopted: "a draft resolution", "the proposed resolution", "would adopt"
UNADOPTED = re.compile(r"\b(?:draft|proposed|proposal|tabled|would|will|could|should|vetoed|veto|failed)\b", re.IGNORECASE)


def _body(ctx: DocContext, instrument: str) -> list[str]:
    body = "court:asp" if "icc-asp" in instrument else "igo:un-security-council"
    return [body] if body in ctx.entities else []


def named_resolutions(ctx: DocContext) -> None:
    """Add a decision for each resolution the text names that no decision carries (see the module's doc)."""
    have = {i for e in ctx.events if e.type == "decision" for i in e.roles.get("instrument", [])}
    text = ctx.document.text
    for eid in list(ctx.entities):
        if not RESOLUTION.match(eid) or eid in have:
            continue
        mentions = sorted((m for m in ctx.mentions if m.entity_id == eid), key=lambda m: m.start)
        if not mentions:
            continue
        m = mentions[0]
        sent = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sent is None:
            continue
        s = sent.sent
        lead = text[max(s.start_char, m.start - 80) : m.start]
        if UNADOPTED.search(lead[-60:]) or ("icc-asp" in eid and not ASP_ACT.search(lead)):
            continue
        year = [d for d in ctx.dates_in(max(s.start_char, m.start - 40), m.start) if d.value]
        roles = {"body": _body(ctx, eid), "instrument": [eid]}
        roles = {r: v for r, v in roles.items() if v}
        ctx.events.append(
            Event(
                id=event_id(ctx.document.id, "decision", roles, s.start_char),
                type="decision",
                roles=roles,
                date=year[-1].value if year and "icc-asp" in eid else None,
                end_date=None,
                attributes={},
                evidence=[(s.start_char, s.end_char)],
                confidence=0.6,
                component="events.justice",
                version="0.1.0",
            )
        )

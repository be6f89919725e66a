"""Turn a document's text, mention spans and event evidence into safe, highlighted HTML."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

from .filters import actor_url


def marked_text(text: str, mentions: list[dict[str, Any]], events: list[dict[str, Any]]) -> Markup:
    """Split the text at every span boundary; each piece knows its mention and the events it evidences.

    Mentions become links to the actor's profile; evidence pieces carry ``data-ev`` with event
    ids, and each event's first evidence span gets an anchor whose id is the event id.
    """
    n = len(text)
    cuts = {0, n}
    spans_by_event: list[tuple[int, int, str]] = []
    for ev in events:
        for start, end in ev.get("evidence") or []:
            start, end = max(0, int(start)), min(n, int(end))
            if start < end:
                spans_by_event.append((start, end, ev["id"]))
                cuts.update((start, end))
    ments = []
    for m in mentions:
        start, end = max(0, int(m["start"])), min(n, int(m["end"]))
        if start < end:
            ments.append((start, end, m))
            cuts.update((start, end))
    anchors: dict[int, list[str]] = {}
    for ev in events:
        spans = sorted((s, e) for s, e, eid in spans_by_event if eid == ev["id"])
        if spans:
            anchors.setdefault(spans[0][0], []).append(ev["id"])
    points = sorted(cuts)
    out: list[str] = []
    for a, b in pairwise(points):
        for eid in anchors.get(a, []):
            out.append(f'<span class="anchor" id="{escape(eid)}"></span>')
        piece = escape(text[a:b])
        covering = [m for s, e, m in ments if s <= a and b <= e]
        if covering:
            m = min(covering, key=lambda m: int(m["end"]) - int(m["start"]))
            piece = Markup(
                f'<a class="m k-{escape(m.get("kind") or "")}" href="{escape(actor_url(m["entity"]))}" '
                f'title="{escape(m.get("name") or m["entity"])}" data-entity="{escape(m["entity"])}">{piece}</a>'
            )
        evs = sorted({eid for s, e, eid in spans_by_event if s <= a and b <= e})
        if evs:
            piece = Markup(f'<span class="ev" data-ev="{escape(" ".join(evs))}">{piece}</span>')
        out.append(str(piece))
    return Markup("".join(out))


def evidence_text(text: str, event: dict[str, Any], context: int = 160) -> dict[str, str]:
    """The evidence sentence(s) of an event with a little text before and after."""
    spans = [(int(s), int(e)) for s, e in event.get("evidence") or []]
    if not spans or not text:
        return {"before": "", "evidence": "", "after": ""}
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    return {
        "before": ("…" if start > context else "") + before,
        "evidence": text[start:end],
        "after": after + ("…" if end + context < len(text) else ""),
    }

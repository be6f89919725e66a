"""(r12) Decisions told more than once, or told as another act: news copy retells one ruling sentence after
sentence ("judges ruled on Friday that ... The judges ruled that ... The chamber said ..."), tells a warrant or
a finding of non-cooperation as the chamber's ruling ("the Chamber ruled that Kenya had failed to arrest
him"), and names a State's exit as its "decision to pull out". The finding, the warrant and the withdrawal
are the events; the ruling told again is the first telling. Run by ``Justice`` after the document."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .decision_dates import antecedent_dated
from .findings import NONCOOP

if TYPE_CHECKING:  # pragma: no cover
    from ...model import Event
    from ..context import DocContext

JUDICIAL = ("court:icc", "court:judges", "court:chambers", "court:pre-trial", "court:trial", "court:appeals")
#: a ruling told as such ("ruled", "the ruling", "rules"), the words that retell one
RULED = re.compile(r"\b(?:ruled|rules|ruling)\b", re.IGNORECASE)
#: a participle that only glosses the decision of its clause: "dismissed the argument, declaring that ..."
ADJUNCT = re.compile(r"^(?:declaring|saying|stating|noting|holding|finding|adding|explaining|stressing|ruling) that\b", re.IGNORECASE)
#: how far apart two tellings of one ruling stand
NEAR = 1500
#: a State's "decision to" leave or join the Court: its withdrawal or accession, not a body's decision
EXIT = re.compile(
    r"^decision to (?:withdraw|leave|quit|exit|pull out|pull \w+ out|join|accede|ratify|rejoin|remain)\b",
    re.IGNORECASE,
)


#: what a ruling told as a finding or a warrant says: "found that X had failed to arrest him" (the
#: findings' own test of a failure), "issued a warrant", "ordered the arrest of"
TOLD_ACT = re.compile(NONCOOP.pattern + r"|\bwarrants?\b|\b(?:arrest|detention) of\b", re.IGNORECASE)


#: an appeal's own act on an earlier ruling ("upheld the finding that ..."): a decision of its own
APPEAL = re.compile(r"^(?:upheld|uphold|confirmed|reversed|overturned|quashed|set aside|amended|rescinded|revoked)\b", re.IGNORECASE)


def _judicial(ev: Event) -> bool:
    body = ev.roles.get("body", [])
    return bool(body) and all(b.startswith(JUDICIAL) for b in body)


def _sentence_text(ctx: DocContext, ev: Event) -> str:
    a, b = ev.evidence[0]
    return ctx.document.text[a:b]


def _same_bodies(a: Event, b: Event) -> bool:
    """One organ, or the Court and its judges told loosely for the chamber named in the other telling."""
    ba, bb = set(a.roles.get("body", [])), set(b.roles.get("body", []))
    loose = {"court:icc", "court:judges", "court:chambers"}
    return ba == bb or ba <= loose or bb <= loose


def _overlaps(a: Event, b: Event) -> bool:
    return any(x < d and c < y for x, y in a.evidence for c, d in b.evidence)


def settle_decisions(ctx: DocContext) -> None:
    """Drop the decisions that only retell another event (see the module's doc)."""
    decisions = sorted((e for e in ctx.events if e.type == "decision" and e.evidence), key=lambda e: e.evidence[0][0])
    if not decisions:
        return
    acts = [
        e
        for e in ctx.events
        if e.evidence
        and (e.type == "non_cooperation_finding" or (e.type == "arrest_warrant" and e.attributes.get("status") == "issued"))
    ]
    for ev in decisions:  # (r12) "the ruling of 3 May 2021, which had rejected the motion of 9 February 2020"
        span = ctx.doc.char_span(ev.evidence[0][0], ev.evidence[0][1], alignment_mode="expand")
        if span is not None and any(t.dep_ == "relcl" for t in span):
            antecedent_dated(ctx, span, [ev])
    threats = [  # "sentenced in absentia", "put on its wanted list": reprisals told as a court's or State's acts
        e for e in ctx.events if e.type == "threat" and e.evidence and e.attributes.get("kind") != "obstruction"
    ]
    header_end = ctx.notes.get("events.header_end", 0)
    gone: set[int] = set()
    kept: list[Event] = []
    for ev in decisions:
        title = str(ev.attributes.get("title", ""))
        bodies = ev.roles.get("body", [])
        if EXIT.match(title) and bodies and all(b.startswith("state:") for b in bodies):
            gone.add(id(ev))  # "Burundi's decision to quit the Court": its withdrawal
            continue
        if bodies and not any(b.startswith(("court:", "igo:")) for b in bodies) and any(_overlaps(ev, t) for t in threats):
            gone.add(id(ev))  # "the Moscow City Court sentenced the prosecutor in absentia": the proceedings, a threat
            continue
        if ADJUNCT.match(title) and any(
            k is not ev and k.evidence[0] == ev.evidence[0] and _same_bodies(k, ev) for k in decisions
        ):
            gone.add(id(ev))  # "the judges dismissed the argument, declaring that ...": one decision, told twice
            continue
        if not ev.roles.get("instrument") and TOLD_ACT.search(title) and not APPEAL.match(title) and any(
            _overlaps(ev, a) for a in acts
        ):
            gone.add(id(ev))  # "the Pre-Trial Chamber ruled that Kenya had failed to arrest him": the finding
            continue
        if _judicial(ev) and ev.evidence[0][0] < header_end and any(
            k is not ev and k.evidence[0][0] >= header_end and _judicial(k) and _same_bodies(k, ev) for k in decisions
        ):
            gone.add(id(ev))  # "ICC rejects Israel's bid ..." over "The judges dismissed the request ...": one told twice
            continue
        if _judicial(ev) and not ev.roles.get("instrument") and RULED.search(_sentence_text(ctx, ev)):
            first = next(
                (
                    k
                    for k in kept
                    if _judicial(k)
                    and RULED.search(_sentence_text(ctx, k))
                    and 0 < ev.evidence[0][0] - k.evidence[0][0] <= NEAR
                    and _same_bodies(k, ev)
                    and (not ev.date or not k.date or ev.date.startswith(k.date) or k.date.startswith(ev.date) or ev.date < k.date)
                ),
                None,
            )
            if first is not None:  # "The judges ruled that ...": the ruling told just before, told again
                first.evidence = sorted({*first.evidence, *ev.evidence})
                if set(first.roles.get("body", [])) <= {"court:icc"} and set(ev.roles["body"]) != {"court:icc"}:
                    first.roles["body"] = list(ev.roles["body"])  # "a panel at the ICC ruled ... The judges ruled"
                gone.add(id(ev))
                continue
        kept.append(ev)
    if gone:
        ctx.events[:] = [e for e in ctx.events if id(e) not in gone]

"""What a sanction comes to once the document is read: only the orders in force at its date stay its instrument
(``in_force``: "sanctioned Bensouda in 2020" is not under the 2025 order); one sanction spoken of twice, by a
headline and by the act, or described and then named, is one event (``told_again``); a plural title of an office
names every holder on the act's date (``plural_office``). Called by ``pressure.Pressure``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...model import Entity
from .base import index, uniq

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

# the year each US sanctions order was signed: no sanction before it was made under it
# the year an order's sanctions ended (EO 13928 was revoked by EO 14022 in April 2021)
ORDER_ENDS = {"instrument:us-eo-13928": "2021"}
ORDER_YEARS = {"instrument:us-eo-13928": "2020", "instrument:us-eo-14203": "2025", "instrument:us-eo-14022": "2021"}


def in_force(ev: Any) -> None:
    """ "sanctioned Bensouda in 2020": not under the 2025 order; "visa restrictions in 2019": under none."""
    if ev.date and ev.roles.get("instrument"):
        ev.roles["instrument"] = [
            i for i in ev.roles["instrument"] if ORDER_YEARS.get(i, "0") <= ev.date[:4] <= ORDER_ENDS.get(i, "9999")
        ]


def _same_time(ctx: DocContext, a: Any, b: Any) -> bool:
    """Dates that may name one act: one within the other, or one only the document's own date (a
    reaction or a headline dated by the page) beside an earlier date of the act."""
    if not a.date or not b.date or a.date.startswith(b.date) or b.date.startswith(a.date):
        return True
    today = ctx.document.date or ""
    return bool(today) and (a.date == today or b.date == today)


#: (r11) words that tell another round than the one told before ("similar sanctions on four judges in June")
ANOTHER_ROUND = re.compile(r"\b(?:similar|other)\b", re.IGNORECASE)


def _told(ctx: DocContext, ev: Any) -> str:
    a, b = ev.evidence[0]
    return ctx.document.text[a:b]


def _fold(ctx: DocContext, keep: Any, drop: Any, targets_too: bool) -> None:
    """``drop`` told again: its readers (its targets only when ``targets_too``), date and evidence join ``keep``."""
    today = ctx.document.date
    for role, ids in drop.roles.items():
        if role != "target" or targets_too:
            keep.roles[role] = uniq([*keep.roles.get(role, []), *ids])
    if not keep.date or (keep.date == today and drop.date and drop.date != today):
        keep.date, keep.end_date = drop.date, drop.end_date
    keep.evidence = sorted(set(keep.evidence) | set(drop.evidence))


def told_again(ctx: DocContext) -> None:
    """ "UN experts denounce US sanctions on Special Rapporteur" over "On 9 July, Rubio announced that
    Ms Albanese had been designated"; "condemned the sanctions imposed on two judges" before "Judges A
    and B ... were designated": one sanction spoken of twice (the same people, or its people first
    described and then named) is one event, with the act's own date."""
    idx = index(ctx)
    sanctions = [e for e in ctx.events if e.type == "sanction" and e.roles.get("target")]
    gone: set[int] = set()
    for i, a in enumerate(sanctions):
        for b in sanctions[i + 1 :]:
            if id(a) in gone or id(b) in gone or a.evidence[0][0] == b.evidence[0][0]:
                continue
            ta, tb = set(a.roles["target"]), set(b.roles["target"])
            ia, ib = set(a.roles.get("imposer", [])), set(b.roles.get("imposer", []))
            if ia and ib and not ia & ib:
                continue
            described = [e for e, t in ((a, ta), (b, tb)) if all(idx.kind(x) == "court" and x != "court:icc" for x in t)]
            same = ta == tb or (len(described) == 1 and any(idx.kind(x) == "person" for x in (tb if described[0] is a else ta)))
            # (r12) "A, B, C and D were added to the list ... A was designated for ..., while B ...": one round told
            # by its list and then person by person (the people told again are all of the list's)
            part = not described and (ta < tb or tb < ta) and all(idx.kind(x) in ("person", "organization") for x in ta | tb)
            if not (same or part) or not _same_time(ctx, a, b):
                continue
            if part:
                keep, drop = (b, a) if ta < tb else (a, b)
                _fold(ctx, keep, drop, False)
                gone.add(id(drop))
                continue
            if ta == tb and all(idx.kind(x) == "court" for x in ta) and ANOTHER_ROUND.search(_told(ctx, b)) and not ANOTHER_ROUND.search(_told(ctx, a)):
                continue  # (r11) "a new round against two judges ... followed similar sanctions on four judges in June": two rounds
            today = ctx.document.date
            keep, drop = (b, a) if described and described[0] is a else (a, b)
            if ta == tb and keep.date == today and drop.date and drop.date != today:
                keep, drop = drop, keep  # the act's own date, not the page's
            _fold(ctx, keep, drop, ta == tb)
            gone.add(id(drop))
    if gone:
        ctx.events[:] = [e for e in ctx.events if id(e) not in gone]


def plural_office(ctx: DocContext, ev: Any) -> None:
    """ "both Deputy Prosecutors", "the two Deputy Prosecutors": a plural title of an office several hold at
    once names every holder on the act's date, not only the one the linker picked."""
    kb = ctx.kb
    if kb is None:
        return
    for start, end in ev.evidence:
        for m in ctx.mentions_in(start, end):
            if m.entity_id not in ev.roles["target"] or not m.text.endswith("s"):
                continue
            office = kb.office_for_title(m.text)
            if office is None or kb.is_single_holder(office):
                continue
            for person in kb.holders(office, ev.date or ctx.document.date):
                if person.id not in ctx.entities:
                    ctx.entities[person.id] = Entity(id=person.id, kind="person", name=person.name, aliases=[m.text])
                if (m.start, m.end) not in ctx.entities[person.id].mentions:
                    ctx.entities[person.id].mentions.append((m.start, m.end))
                ev.roles["target"] = uniq([*ev.roles["target"], person.id])


#: (r12) a sentence that names the people of a counted round told just before: "The two are A and B",
#: "The individuals include A and B", "Those targeted were A, B and C", "They are A and B"
NAMED_NEXT = re.compile(
    r"\s*(?:(?:The|Those|These)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:individuals|officials|persons|people|judges|prosecutors|organi[sz]ations|groups|entities|designees|"
    r"ones|two|three|four|five|six|seven|eight|nine|ten|sanctioned|targeted|designated|named|listed)"
    r"(?:\s+(?:sanctioned|targeted|designated|named|listed))?|They)\s+(?:are|were|include|included|includes|comprise)\b"
)


def named_next(ctx: DocContext) -> None:
    """ "imposed sanctions on two senior officials of the Court. The two are the Registrar, A, and Judge B":
    a round told by a count or a description, whose people the next sentence names, targets those people."""
    idx = index(ctx)
    text = ctx.document.text
    for ev in ctx.events:
        targets = ev.roles.get("target", [])
        if ev.type != "sanction" or not targets or not all(idx.kind(t) == "court" for t in targets):
            continue
        end = max(b for _, b in ev.evidence)
        m = NAMED_NEXT.match(text, end)
        if m is None:
            continue
        stop = text.find(".", m.end())
        stop = len(text) if stop < 0 else stop
        if "\n\n" in text[end:stop]:
            continue
        named = uniq(
            x.entity_id for x in ctx.mentions_in(m.end(), stop) if idx.kind(x.entity_id) in ("person", "organization")
        )
        if named:
            ev.roles["target"] = named
            ev.evidence = sorted({*ev.evidence, (m.start(), stop)})


def bare_again(ctx: DocContext) -> None:
    """(r12) "... Guillou, Khan, Niang and Prost have been added to the list. The State Department said sanctions
    were imposed under Executive Order 14203": a sanction told again with no one named, by the same state or
    under the same order soon after a round, at no other date, is that round (its order and imposer join it)."""
    sanctions = [e for e in ctx.events if e.type == "sanction"]
    gone: set[int] = set()
    for ev in sanctions:
        if ev.roles.get("target") or not (ev.roles.get("imposer") or ev.roles.get("instrument")):
            continue
        start = ev.evidence[0][0]
        told = [
            e for e in sanctions
            if e is not ev and id(e) not in gone and e.roles.get("target") and e.evidence[0][0] < start
            and start - e.evidence[-1][1] < 600
            and (not (e.date and ev.date) or e.date.startswith(ev.date) or ev.date.startswith(e.date))
            and (not ev.roles.get("imposer") or set(ev.roles["imposer"]) & set(e.roles.get("imposer", [])))
            and (not e.roles.get("instrument") or not ev.roles.get("instrument")
                 or set(ev.roles["instrument"]) & set(e.roles["instrument"]))
        ]
        if told:
            _fold(ctx, told[-1], ev, False)
            gone.add(id(ev))
    if gone:
        ctx.events[:] = [e for e in ctx.events if id(e) not in gone]


def action_is_sanction(ctx: DocContext) -> None:
    """(r12) "The President took new action against the Court, signing an executive order to permit ...": an
    unnamed "action" against the Court told in the sentence that tells a sanction by the same actor is that
    sanction, no threat of its own."""
    spans = {
        (a, i) for e in ctx.events if e.type == "sanction" for a, _ in e.evidence for i in e.roles.get("imposer", [])
    }
    ctx.events[:] = [
        e for e in ctx.events
        if not (
            e.type == "threat"
            and e.attributes.get("kind") in ("other", "obstruction")
            and any((a, p) in spans for a, _ in e.evidence for p in e.roles.get("perpetrator", []))
        )
    ]

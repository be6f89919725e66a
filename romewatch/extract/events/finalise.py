"""Last event step: merge what several sentences said about one event, fill dates, check ids.

* exact duplicates (same type, roles and action/about) collapse into one;
* one event told twice merges: statements of the same speaker(s), visits of the same person,
  warrants for the same person with the same status, meetings of the same people (one list
  within the other) on the same day, participation
  in the same session, a side event mentioned again without title or date;
* acts left undated take the date of the event told before them in their paragraph, else the
  document's; session-bound events without a date of their own take their session's dates;
* every role id must be an entity of the document (the contract); unknown ids are dropped.

How two tellings of one event merge (keys, absorbing, headlines, folds) is in ``finalise_merge``;
this module keeps the component and its sanction steps (imposers, judges, organs for their state).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ...ids import event_id
from ...model import Entity, Event
from .dating_carry import another_round, carry_dates, episode_dates, own_date, redate
from .finalise_merge import Merging, _absorb, _key, _text, dated_apart, joint_parts

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

MERGE_KEYS = {
    "statement": ("author",),
    "arrest_warrant": ("subject", "status"),
    "participation": ("participant", "forum"),
    "condemnation": ("agent", "target"),
    "sanction": ("imposer", "target"),
    "membership_change": ("state", "action"),
    # (r12 asp) no "assembly_session": the Assembly component builds one per session and part of it
    # (the regular days, the resumed part, a second resumption), which are not to be merged
    "non_cooperation_finding": ("state",),
}
MEASURES = re.compile(r"\b(sanction|designation|listing|coercive measure|measures|executive order)", re.IGNORECASE)
EXCLUSIVE_ROLES = ("on_behalf_of", "signatory", "drafter")


def _part_of(ev: Event, other: Event) -> bool:
    """A sanction whose targets are some of another's, by the same imposer, on the same day or on none of
    its own: that round told again."""
    mine, theirs = set(ev.roles.get("target", [])), set(other.roles.get("target", []))
    same_day = not ev.date or bool(other.date and (ev.date.startswith(other.date) or other.date.startswith(ev.date)))
    return (
        other.type == "sanction"
        and bool(mine)
        and mine < theirs
        and same_day
        and set(ev.roles.get("imposer", [])) <= set(other.roles.get("imposer", []))
    )


def is_judge(ctx: DocContext, eid: str) -> bool:
    """A person the text or the KB knows as a judge ("Judge X", a KB judge); the Prosecutor is none."""
    ent = ctx.entities.get(eid)
    if ent is None or ent.kind != "person":
        return False
    if any(a.split()[0] in ("Judge", "Judges", "Justice") for a in ent.aliases if a):
        return True
    try:
        return any(p.id == eid for p, _ in ctx.kb.terms("judge")) if ctx.kb is not None else False
    except Exception:  # noqa: BLE001 - a KB without the office
        return False


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTED_JUDGES = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\w+\s+)?judges\b", re.IGNORECASE
)


def _judges_named_after(ctx: DocContext, ev: Event) -> list[str]:
    """The judges a sentence right after a sanction names when it speaks of "the judges" ("the judges -
    A, B, C and D - had ...", "The judges targeted are A and B"), as many as the sanction counted."""
    text = ctx.document.text
    sents = list(ctx.doc.sents)
    for a, b in sorted(ev.evidence):
        counted = _COUNTED_JUDGES.search(text, a, b)
        want = None
        if counted is not None:
            word = counted.group(1).lower()
            want = int(word) if word.isdigit() else _COUNTS[word]
        for sent in sents:
            if sent.start_char < b or not re.search(r"\bjudges\b", sent.text, re.IGNORECASE):
                continue
            if sent.start_char > b + 600:
                break
            found = dict.fromkeys(m.entity_id for m in ctx.mentions_in(sent.start_char, sent.end_char))
            judges = [p for p in found if is_judge(ctx, p)]
            if judges and (want is None or len(judges) == want):
                return judges
    return []


STATE_ACTS = {"threat": "perpetrator", "sanction": "imposer"}


def _organs_answer_for_their_state(ctx: DocContext, events: list[Event]) -> None:
    """A state's organ that threatens or sanctions ("the Mossad", "Russia's Investigative Committee")
    acts for its state: the state, when the text names it, joins the role."""
    for ev in events:
        role = STATE_ACTS.get(ev.type)
        actors = ev.roles.get(role or "", [])
        for eid in list(actors):
            known = ctx.kb.get(eid) if ctx.kb is not None and eid.startswith("org:") else None
            attrs = getattr(known, "attrs", None) or {}
            state = attrs.get("state")
            if attrs.get("type") != "state-organ" or not state or state in actors:
                continue
            if state not in ctx.entities:  # "Russia's Investigative Committee": the state read inside the name
                held = ctx.kb.get(state)
                organ = ctx.entities.get(eid)
                if (
                    held is None
                    or organ is None
                    or not any(w in (organ.name or "") for w in (held.name, *held.aliases, *held.adjectives))
                ):
                    continue
                ctx.entities[state] = Entity(id=state, kind="state", name=held.name)
            actors.append(state)


class Finalise(Merging):
    """Merges duplicate events, dates session-bound events, enforces the id contract."""

    name = "events.finalise"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        events = [e for e in ctx.events if e.type]
        out: list[Event] = []
        seen: dict[tuple, Event] = {}
        merged: dict[tuple, Event] = {}
        doc_stmt = ctx.notes.get("events.document_statement")
        own = {id(ev) for ev in events if ev is doc_stmt or own_date(ctx, ev)}
        for ev in events:
            ev.roles = {r: [i for i in dict.fromkeys(v) if i in ctx.entities] for r, v in ev.roles.items()}
            if ev.type == "statement" and ev.roles.get("addressee"):  # no one is told their own words
                ev.roles["addressee"] = [a for a in ev.roles["addressee"] if a not in ev.roles.get("author", [])]
            ev.roles = {r: v for r, v in ev.roles.items() if v}
            if not ev.roles and not ev.attributes.get("action"):
                continue
            exact = (
                ev.type,
                tuple(sorted((r, tuple(sorted(v))) for r, v in ev.roles.items())),
                _text(ev),
                str(ev.attributes.get("status") or ev.attributes.get("kind") or ""),
            )
            if (
                exact in seen
                and seen[exact].date
                and ev.date
                and seen[exact].date != ev.date
                and seen[exact].evidence == ev.evidence
            ):
                exact = (*exact, ev.date)
            if exact in seen and (
                dated_apart(ctx.document.text, seen[exact], ev, own)  # (r8 gaps) another act on another day
                or another_round(ctx.document.text, seen[exact], ev, own)  # (r9 dates) "two more judges" in August
            ):
                exact = (*exact, ev.date)
            if exact in seen:
                _absorb(seen[exact], ev, own)
                continue
            seen[exact] = ev
            fields = MERGE_KEYS.get(ev.type)
            key = _key(ev, fields) if fields else None
            if ev.type == "statement" and (ev is doc_stmt or any(ev.roles.get(r) for r in EXCLUSIVE_ROLES)):
                key = None
            twin = merged.get((ev.type, key)) if key is not None else None
            if (
                twin is not None
                and twin.date
                and ev.date
                and twin.date != ev.date
                and (
                    twin.evidence == ev.evidence
                    or ev.type == "non_cooperation_finding"
                    or another_round(ctx.document.text, twin, ev, own)  # (r9 dates) "two more judges" in August
                )
            ):
                key = None  # "a first warrant on 4 March 2009 and a second on 12 July 2010": two events
            if key is not None and (ev.type, key) in merged:
                _absorb(merged[(ev.type, key)], ev, own)
                continue
            if key is not None:
                merged[(ev.type, key)] = ev
            if ev.type == "statement" and key is not None and ev.component == "events.voice":
                richer = next(
                    (
                        p
                        for p in out
                        if p.type == "statement"
                        and p is not doc_stmt
                        and set(p.roles.get("author", [])) == set(ev.roles["author"])
                    ),
                    None,
                )
                if richer is not None:
                    _absorb(richer, ev, own)
                    continue
            if self._fold(ev, out, own, ctx.document.text):
                continue
            out.append(ev)
        out = self._headlines(ctx, out, own)
        out = joint_parts(out)
        out = self._sanctions(ctx, out)
        _organs_answer_for_their_state(ctx, out)
        self._measure_targets(ctx, out)
        if any(e.type == "arrest_warrant" and e.roles.get("subject") for e in out):
            out = [e for e in out if e.type != "arrest_warrant" or e.roles.get("subject")]
        carry_dates(ctx, out, own, doc_stmt)
        episode_dates(ctx, out, own, doc_stmt)
        for ev in out:
            redate(ctx, ev, id(ev) in own)
            ev.confidence = min(0.99, max(0.05, float(ev.confidence)))
            anchor = min((s for s, _ in ev.evidence), default=0)
            ev.id = event_id(ctx.document.id, ev.type, ev.roles, anchor)
        ctx.events[:] = out

    @staticmethod
    def _measure_targets(ctx: DocContext, events: list[Event]) -> None:
        """Condemning "these designations" or "the coercive measures" condemns their imposer."""
        imposers = Counter(
            i for e in events if e.type == "sanction" for i in e.roles.get("imposer", []) if i.startswith("state:")
        )
        if not imposers and "state:us" in ctx.entities and any(i.startswith("instrument:us-eo-") for i in ctx.entities):
            imposers["state:us"] = 1  # the text is about US executive orders
        if not imposers:
            return
        state = imposers.most_common(1)[0][0]
        for ev in events:
            about = str(ev.attributes.get("about", ""))
            if (
                ev.type == "condemnation"
                and not ev.roles.get("target")
                and MEASURES.search(about)
                and state not in ev.roles.get("agent", [])
            ):
                ev.roles["target"] = [state]

    @staticmethod
    def _sanctions(ctx: DocContext, events: list[Event]) -> list[Event]:
        """US executive orders name the US as imposer; a restated sanction without target goes."""
        out = []
        for ev in events:
            if ev.type != "sanction":
                out.append(ev)
                continue
            imposer = ev.roles.setdefault("imposer", [])
            if (
                any(i.startswith("instrument:us-eo-") for i in ev.roles.get("instrument", []))
                and "state:us" in ctx.entities
                and "state:us" not in imposer
            ):
                imposer.insert(0, "state:us")
            targets = ev.roles.get("target", [])
            if "court:judges" in targets and not any(is_judge(ctx, t) for t in targets):
                named = _judges_named_after(ctx, ev)
                if named:  # "four judges ... The judges targeted are A, B, C and D"
                    targets = ev.roles["target"] = [*targets, *(p for p in named if p not in targets)]
            if any(is_judge(ctx, t) for t in targets):  # "four judges: A, B, C and D" are the named judges
                ev.roles["target"] = [t for t in targets if t != "court:judges"]
            if not ev.roles.get("target"):
                told = [o for o in out if o.type == "sanction" and o.roles.get("target")] or [
                    o for o in events if o.type == "sanction" and o.roles.get("target")
                ]
                if told:  # a sanction told again ("the designations were announced by X"): X joins it
                    keep = told[-1]
                    keep.roles["imposer"] = list(dict.fromkeys([*keep.roles.get("imposer", []), *imposer]))
                    for i in ev.roles.get("instrument", []):
                        keep.roles.setdefault("instrument", []).append(i) if i not in keep.roles.get(
                            "instrument", []
                        ) else None
                    continue
                first = next((o for o in out if o.type == "sanction" and not o.roles.get("target")), None)
                if first is not None:  # told twice, target unnamed both times
                    _absorb(first, ev)
                    continue
            out.append(ev)
        for ev in [e for e in out if e.type == "sanction"]:
            wider = next((o for o in out if o is not ev and _part_of(ev, o)), None)
            if wider is not None:  # "France deplored the designation of Judge X": one of the round's, told again
                _absorb(wider, ev)
                out.remove(ev)
        return out

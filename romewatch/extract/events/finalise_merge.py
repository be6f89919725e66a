"""One event told twice, merged: the keys two tellings share, how one absorbs the other, a headline
joining the story it announces, a statement's title line joining the statement, and the folds of side
events, threats, fugitive visits and meetings told again. A mixin of ``Finalise``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Event
from .dating import HEADING

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

HEAD_ZONE = 800  # characters: a document's header (title, date, venue, "Joint statement by ...")


def _text(ev: Event) -> str:
    text = (
        ev.attributes.get("action")
        or ev.attributes.get("about")
        or (ev.attributes.get("title") if ev.type == "decision" else "")
    )
    return str(text or "").lower()


def _key(ev: Event, fields: tuple[str, ...]) -> tuple | None:
    parts = []
    for f in fields:
        if f in ev.roles:
            parts.append(tuple(sorted(ev.roles[f])))
        elif f in ev.attributes:
            parts.append(str(ev.attributes[f]))
        else:
            return None
    return tuple(parts)


def _absorb(keep: Event, other: Event, own: set[int] | None = None) -> None:
    """``keep`` takes ``other``'s roles, missing attributes and evidence; its date when ``other``'s
    was read from its own words and ``keep``'s was not (a fallback to the document's date)."""
    for role, ids in other.roles.items():
        cur = keep.roles.setdefault(role, [])
        cur += [i for i in ids if i not in cur]
    for k, v in other.attributes.items():
        if v not in (None, "", []) and keep.attributes.get(k) in (None, "", []):
            keep.attributes[k] = v
    own = own if own is not None else set()
    if other.date and (
        keep.date is None
        or (id(other) in own and id(keep) not in own)
        or (other.confidence > keep.confidence and (id(other) in own or id(keep) not in own))
        or (id(other) in own and keep.date and len(other.date) > len(keep.date) and other.date.startswith(keep.date))
    ):  # (r7 decisions) "left in March 2019 ... effective on 17 March 2019": the fuller date of the same act
        keep.date, keep.end_date = other.date, other.end_date
        if id(other) in own:
            own.add(id(keep))
    for role in ("issuer",):  # a named organ beats "the Court"
        ids = keep.roles.get(role, [])
        if "court:icc" in ids and len(ids) > 1:
            keep.roles[role] = [i for i in ids if i != "court:icc"]
    keep.evidence = sorted(set(keep.evidence) | set(other.evidence))
    keep.confidence = max(keep.confidence, other.confidence)


ACTING_ROLES = frozenset({"imposer", "perpetrator", "issuer", "author", "agent", "claimant", "organizer", "body"})


RETOLD_FREELY = frozenset({"demand"})  # a headline's call paraphrases the story's ("urges States to fund the Court")


#: acts a text may tell again on another day ("threatened the Court in June 2020 ... again in May 2024")
REPEATED_ACTS = frozenset({"threat"})
#: a sentence that opens on the act told before ("The breach of its systems was disclosed in June")
RESTATED = re.compile(r"\W*(?:the|this|that|these|those|such|its|their|his|her)\b", re.IGNORECASE)
#: words that tell an act done once more: a new act, whatever its date
REPEATED = re.compile(r"\b(?:again|anew|once more|renew(?:ed|s|ing)|repeated (?:its|their|his|her|the) threats?)\b", re.IGNORECASE)
#: (r9 threats) words that add one more act to those told: "was subsequently declared wanted as well"
ADDED = re.compile(r"\b(?:subsequently|as well|too|likewise|in turn)\b", re.IGNORECASE)
AGAIN = re.compile(r"\b(?:again|another|anew|renew\w*|repeat\w*|fresh|second|new|once more|later)\b", re.IGNORECASE)


def dated_apart(text: str, first: Event, later: Event, own: set[int]) -> bool:
    """Two tellings with the same roles in different sentences are two acts when each is dated by its own
    words to another month (the same actor's threat of 2020 and of 2024), unless the later sentence opens
    on the act told before ("The breach ... was disclosed in June": one act, told twice); or when the later
    one says it was done again ("threatened the Court again after the warrants", "renewed its threats")."""
    if later.type not in REPEATED_ACTS or first.evidence == later.evidence:
        return False
    a, b = later.evidence[0]
    told = text[a:b]
    if REPEATED.search(told) and not REPEATED.search(text[first.evidence[0][0] : first.evidence[0][1]]):
        return True
    if ADDED.search(told) and not RESTATED.match(told):  # (r9 threats) "Judge Akane ... was subsequently declared wanted as well"
        return True
    if not (
        id(first) in own
        and id(later) in own
        and first.date
        and later.date
        and str(first.date)[:7] != str(later.date)[:7]
    ):
        return False
    return bool(AGAIN.search(told)) or not RESTATED.match(told)


def _patients(ev: Event) -> set[tuple[str, str]]:
    """The (role, entity) pairs of those an event is about (not of who acts)."""
    return {(r, x) for r, v in ev.roles.items() if r not in ACTING_ROLES for x in v}


def _told_statement(ev: Event, others: list[Event], heading: bool) -> Event | None:
    """The statement a statement's title line (or a line naming a joint statement's authors)
    announces: another one whose authors, signatories or principals include all its authors."""
    authors = set(ev.roles.get("author", []))
    behalf = set(ev.roles.get("on_behalf_of", []))
    if ev.type != "statement" or not authors or set(ev.roles) - {"author", "forum", "on_behalf_of"}:
        return None
    delivered = bool(behalf) and ev.evidence[0][0] <= HEAD_ZONE  # "JOINT STATEMENT delivered by X on behalf of ..."
    if behalf and not delivered:
        return None
    if (
        not heading
        and not delivered
        and (
            len(authors) < 2
            or ev.attributes.get("form") not in (None, "joint_statement")
            or ev.evidence[0][0] > HEAD_ZONE
        )
    ):
        return None  # only the header's "Joint statement by A, B and C" line is the document's statement
    for o in others:
        if o.type == "statement" and o is not ev:
            voices = {x for r in ("author", "on_behalf_of", "signatory") for x in o.roles.get(r, [])}
            if delivered:  # the header line names the reader and, loosely, those it speaks for
                if authors <= set(o.roles.get("author", [])) and behalf - {"court:states-parties"} <= voices:
                    return o
                continue
            richer = authors < voices or (authors == voices and set(o.roles) - {"author", "forum"})
            if richer and set(ev.roles.get("forum", [])) <= set(o.roles.get("forum", [])):
                return o
    return None


class Merging:
    """Headlines and events told again, folded into the event they tell (mixin of ``Finalise``)."""

    @staticmethod
    def _headlines(ctx: DocContext, events: list[Event], own: set[int]) -> list[Event]:
        """A headline announces what its story tells: an event read from a heading line joins the
        first event of its type told after it that names one of the same actors."""
        text = ctx.document.text
        out = []
        for i, ev in enumerate(events):
            a, b = ev.evidence[0]
            heading = len(ev.evidence) == 1 and HEADING.fullmatch(text[a:b]) is not None
            told = _told_statement(ev, events[i + 1 :] if heading else events, heading)
            if told is None and heading:  # a "delivered by X on behalf of ..." heading under the document's statement
                told = _told_statement(ev, events[:i], False)
            if told is not None:  # a title line, or a "joint statement by A, B and C" line, names the statement
                for k, v in ev.attributes.items():
                    told.attributes.setdefault(k, v)
                continue
            if heading:
                pairs = _patients(ev)
                story = next(
                    (
                        o
                        for o in events[i + 1 :]
                        if o.type == ev.type
                        and o.evidence[0][0] > a
                        and pairs & _patients(o)
                        and all(
                            ev.attributes.get(k) in (None, o.attributes.get(k)) or o.attributes.get(k) is None
                            for k in (("status", "kind") if ev.type in RETOLD_FREELY else ("action", "status", "kind"))
                        )
                    ),
                    None,
                )
                if story is not None:
                    dated = (story.date, story.end_date)
                    _absorb(story, ev, own)
                    story.date, story.end_date = dated  # the story's own date, or the one it will be given
                    continue
            out.append(ev)
        return out

    @staticmethod
    def _fold(ev: Event, out: list[Event], own: set[int], text: str = "") -> bool:
        """Side events mentioned again, meetings told twice: fold into the earlier event."""
        if ev.type == "side_event" and not ev.attributes.get("title") and not ev.date:
            for prev in out:
                if prev.type == "side_event" and set(prev.roles.get("organizer", [])) & set(
                    ev.roles.get("organizer", [])
                ):
                    return True
        if ev.type == "threat":
            for prev in out:
                if (
                    prev.type == "threat"
                    and (prev.attributes.get("kind") == ev.attributes.get("kind") or prev.evidence == ev.evidence)
                    and not (prev.date and ev.date and prev.date[:7] != ev.date[:7])  # March's case, May's listing
                    and not (text and dated_apart(text, prev, ev, own))  # (r8 gaps) "threatened it again"
                    and set(prev.roles.get("target", [])) & set(ev.roles.get("target", []))
                    and (
                        prev.evidence[0][0] == ev.evidence[0][0]
                        or set(prev.roles.get("perpetrator", [])) & set(ev.roles.get("perpetrator", []))
                    )
                    and not (  # "X said all options remain on the table, and a smear campaign ...": two acts
                        prev.attributes.get("kind") != ev.attributes.get("kind")
                        and bool(prev.roles.get("perpetrator")) != bool(ev.roles.get("perpetrator"))
                    )
                    and not (  # (r9 threats) "a Moscow court convicted ..., while Hungarian officials attacked ...": two
                        prev.attributes.get("kind") != ev.attributes.get("kind")
                        and prev.roles.get("perpetrator")
                        and ev.roles.get("perpetrator")
                        and not set(prev.roles["perpetrator"]) & set(ev.roles["perpetrator"])
                    )
                ):
                    _absorb(prev, ev, own)
                    return True
        if ev.type == "fugitive_visit":
            for prev in out:
                if (
                    prev.type == "fugitive_visit"
                    and prev.roles.get("subject") == ev.roles.get("subject")
                    and set(prev.roles.get("host", [])) & set(ev.roles.get("host", []))
                ):
                    _absorb(prev, ev, own)
                    return True
        if ev.type == "meeting":  # told again: the same people (one list within the other), the same day
            people = set(ev.roles.get("participant", []))
            for prev in out:
                theirs = set(prev.roles.get("participant", []))
                if (
                    prev.type == "meeting"
                    and people
                    and prev.evidence != ev.evidence
                    and (people <= theirs or theirs <= people)
                    and not (ev.date and prev.date and ev.date != prev.date)
                    and min(abs(a - b) for a, _ in prev.evidence for b, _ in ev.evidence) < 800
                ):
                    _absorb(prev, ev, own)
                    return True
        return False


def joint_parts(events: list[Event]) -> list[Event]:
    """One joint statement told in pieces ("79 States issued a joint statement", "The statement, drafted by
    A and B, ...", "It was signed by C and D, among others") is one statement: the drafted one takes the
    others' authors and signatories as its signatories. Only when exactly one joint statement names
    drafters, and the pieces carry no other role and no other date."""
    joint = [e for e in events if e.type == "statement" and e.attributes.get("form") == "joint_statement"]
    drafted = [e for e in joint if e.roles.get("drafter")]
    if len(drafted) != 1:
        return events
    main = drafted[0]
    out = []
    for ev in events:
        if ev is main or ev not in joint or set(ev.roles) - {"author", "signatory"} or (
            ev.date and main.date and ev.date != main.date
        ):
            out.append(ev)
            continue
        told = [*main.roles.get("signatory", []), *ev.roles.get("signatory", []), *ev.roles.get("author", [])]
        main.roles["signatory"] = list(dict.fromkeys(told))
        count = ev.attributes.get("signatory_count")
        if count and not main.attributes.get("signatory_count"):
            main.attributes["signatory_count"] = count
        main.evidence = sorted(set(main.evidence) | set(ev.evidence))
    return out

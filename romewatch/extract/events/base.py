"""Shared machinery of the event components: phrases and the component base class.

Everything works on one parse of the document (no re-parsing) and is linear in its tokens. The
pieces live in ``index`` (lexicons, token -> mention), ``finder`` (role finding) and ``dating``
(which date an event gets); this module re-exports them for the family modules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...ids import event_id
from ...model import Event
from ..dates import parse_iso
from .dating import HEADING, VOICE_TYPES, header_date, nearest_date, paragraph_start
from .dating_text import flashback
from .dating_wire import not_before_lead, wire_reaction_day
from .finder import Finder
from .index import (
    ACTORS,
    FIRST_PERSON,
    ITEM,
    QUOTES,
    STATES,
    SUBJ_DEPS,
    Index,
    index,
    lexicon,
    uniq,
)
from .realis import ASKED_TYPES, asked_item, unrealised

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

__all__ = [
    "ACTORS", "FIRST_PERSON", "ITEM", "STATES", "EventComponent", "Finder", "Index", "clean_phrase",
    "header_date", "index", "lexicon", "nearest_date", "uniq", "verb_phrase", "xcomp_of",
]  # fmt: skip


VOICE_ROLES = {"demand": "claimant", "condemnation": "agent", "commitment": "agent", "support": "agent"}


def clean_phrase(text: str, max_words: int = 18) -> str:
    text = re.sub(r"\s+", " ", text).strip().strip(QUOTES + " ,;:.-\u2013\u2014")
    text = text.replace("\u201c", "").replace("\u201d", "").replace('"', "")
    words = text.split()
    return " ".join(words[:max_words])


def verb_phrase(v: Token, max_words: int = 18) -> str:
    """The predicate headed by ``v`` (its subject, auxiliaries and "to" left out)."""
    later_acts = {  # "urged States to ratify ... and called on the Council to ...": a second act, cut off
        t.i
        for c in v.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and v.tag_ == "VB" and c.tag_ in ("VBD", "VBZ")
        for t in c.subtree
    }
    toks = [t for t in v.subtree if (t.i >= v.i or t.dep_ in ("neg", "prt")) and t.i not in later_acts]
    toks = [t for t in toks if t.dep_ not in SUBJ_DEPS or t.i > v.i]
    out = []
    for t in toks:
        if t.i > v.i and (t.text in ";" or (t.dep_ == "punct" and t.text == ".")):
            break
        if later_acts and t.i > v.i and t.dep_ == "cc" and t.i + 1 in later_acts:
            break
        out.append(t)
    if not out:
        return ""
    text = v.doc[out[0].i : out[-1].i + 1].text
    text = re.split(r",? and that\b|,? but\b|; ", text)[0]
    return clean_phrase(text, max_words)


def xcomp_of(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            return c
    for c in v.children:  # "call on X to act": the infinitive hangs off the object or prep
        for g in c.subtree:
            if (
                g.dep_ in ("xcomp", "advcl", "relcl", "acl")
                and g.pos_ == "VERB"
                and any(a.lower_ == "to" for a in g.children)
            ):
                return g
    return None


def finders(ctx: DocContext) -> list[Finder]:
    """One ``Finder`` per sentence, built once per document and shared by the components."""
    got = ctx.notes.get("events.finders")
    if got is None or got[0] is not ctx.doc:
        got = (ctx.doc, [Finder(ctx, sent) for sent in ctx.doc.sents])
        ctx.notes["events.finders"] = got
    return got[1]


def _speaker_date(ctx: DocContext, speakers: list[str], before: int) -> tuple[str, str | None] | None:
    """The date of the speaker's last statement told before ``before`` (not the document's own)."""
    if not speakers:
        return None
    doc_stmt = ctx.notes.get("events.document_statement")
    text = ctx.document.text

    def near(e: Event) -> bool:  # a statement read for them just before, in the same paragraph
        return before - e.evidence[0][0] < 500 and "\n\n" not in text[e.evidence[0][0] : before]

    for e in reversed(ctx.events):
        if (
            e.type == "statement"
            and e is not doc_stmt
            and e.date
            and e.evidence[0][0] < before
            and (set(e.roles.get("author", [])) & set(speakers) or near(e) and set(e.roles.get("on_behalf_of", [])) & set(speakers))
        ):
            since = e.evidence[0][1]  # not when the speakers did something else on another day since
            if any(
                o.date and o.date != e.date and since <= o.evidence[0][0] < before and o.type != "statement"
                for o in ctx.events
            ):
                return None
            return e.date, e.end_date
    return None


def _we_now(anchor: Token | None) -> bool:
    """ "We welcome", "I call on": the speakers' own act in the present, done as the text is delivered."""
    if anchor is None or anchor.pos_ != "VERB" or anchor.tag_ not in ("VBP", "VBZ"):
        return False
    if anchor.dep_ in ("ccomp", "parataxis") and anchor.head.tag_ == "VBD":
        return False  # (r11) '"We stand by the Court," he added.': told as said then, not today
    subj = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if subj is None and anchor.dep_ == "conj":
        subj = next((c for c in anchor.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in ("we", "i")


def _told_past(anchor: Token | None) -> bool:
    """Whether the words are told as a past act ("she pledged", "had said"), not a state that lasts
    to the document's day ("the European Union has long supported the Court")."""
    if anchor is None or anchor.pos_ not in ("VERB", "AUX"):
        return True
    aux = {c.lower_ for c in anchor.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"has", "have", "'s", "\u2019s", "is", "are", "am", "will", "would", "shall"}:
        return False
    return anchor.tag_ not in ("VBZ", "VBP")


def _news_day(ctx: DocContext, d: Any) -> bool:
    """(r11) Whether a date a paragraph tells is a day of the story (not a week, a month, a year or a
    step back in the past perfect): a paragraph telling one is where a quotation after it was said."""
    today = ctx.document.date or ""
    if d.value and d.value > today[: len(d.value)]:
        return True  # "would host a meeting before the end of October": what the passage looks ahead to
    return bool(d.value) and len(d.value) == 10 and not (d.end_value and "week" in d.text.lower()) and not flashback(ctx, d)


def _passage_date(ctx: DocContext, speakers: list[str], before: int) -> tuple[str, str | None] | None:
    """ "On 12 December, the Assembly elected X. In her acceptance speech, she pledged ...": what a
    third party says is dated by the day its paragraph told last, or the paragraph before it when
    its own tells no date and no heading comes between (the document's own voice is not)."""
    if not speakers or set(speakers) & set(ctx.notes.get("author") or []):
        return None
    text = ctx.document.text
    lo = paragraph_start(text, before)
    today = parse_iso(ctx.document.date)
    if today is None:
        return None
    steps = 2  # its paragraph, then the one before it in the same section (one more past a flashback)
    while steps:
        steps -= 1
        told = [
            d
            for d in ctx.dates_in(lo, before)
            if d.value
            and len(d.value) == 10
            and not header_date(ctx, d)
            and not (d.end_value and "week" in d.text.lower())  # "earlier this week": no day of its own
            and 0 <= (today - parse_iso(d.value)).days <= 31
            and not flashback(ctx, d)  # (r11) "The judges had voted on Monday": a step back, not the passage's day
        ]  # the days of the news told (a session's days), not the background ("the 2008 request")
        if told:
            return told[-1].value, told[-1].end_value
        if lo == 0 or any(_news_day(ctx, d) for d in ctx.dates_in(lo, before)):
            return None
        # (r11) a paragraph of background only ("The judges had voted on Monday ...", "The measures were
        # announced last week", "In 2020, ..."): one more paragraph back
        steps += steps == 0 and bool(ctx.dates_in(lo, before))
        before, lo = lo, paragraph_start(text, max(0, lo - 1))
        if HEADING.fullmatch(text[lo:before]):
            return None
    return None


# --- building events ------------------------------------------------------------------------------
class EventComponent:
    """Base of the event components: iterate sentences, emit events with provenance."""

    name = "events"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        end = ctx.notes.get("events.page_end")
        heading = ctx.notes.get("events.list_heading")  # "Endorsed by the following:" (see ``author``)
        for f in finders(ctx):
            if end is not None and f.sent.start_char >= end:
                break  # the "Related" links under a scraped page (see ``author.page_end``)
            if heading and heading[0] <= f.sent.start_char < heading[1]:
                continue
            self.sentence(ctx, f)

    def sentence(self, ctx: DocContext, f: Finder) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def emit(
        self,
        ctx: DocContext,
        f: Finder,
        etype: str,
        roles: dict[str, list[str]],
        attributes: dict[str, Any] | None = None,
        confidence: float = 0.7,
        anchor: Token | None = None,
        date: tuple[str | None, str | None] | None = None,
        region: tuple[int, int] | None = None,
    ) -> Event | None:
        roles = {r: [i for i in uniq(v) if i in ctx.entities] for r, v in roles.items()}
        for role in ("perpetrator", "imposer"):  # "Russia's Interior Ministry": Russia acts through it
            if roles.get(role):
                roles[role] = uniq(x for i in roles[role] for x in [i, *index(ctx).owner_state(i, f.sent)])
        voice_role = VOICE_ROLES.get(etype)
        if voice_role and roles.get(voice_role):  # a speaker speaks for the organisation named with them
            idx = index(ctx)
            roles[voice_role] = uniq(
                x for i in roles[voice_role] for x in [i, *(idx.affiliation(i) if idx.kind(i) == "person" else [])]
            )
        roles = {r: v for r, v in roles.items() if v}
        attrs = {k: v for k, v in (attributes or {}).items() if v not in (None, "", [])}
        if not roles and not attrs.get("action"):
            return None
        if unrealised(anchor, etype):  # "refused to commit", "has not imposed", "unclear whether X will"
            return None
        if etype in ASKED_TYPES and asked_item(ctx, f.sent):  # "We call on States to:\n1. reaffirm their support"
            return None
        if date is None and etype in VOICE_TYPES and ctx.document.date and _we_now(anchor):
            date = (ctx.document.date, None)  # "We welcome ..., and we recall X's deposit in November": said today
        if date is None:
            said = ctx.document.date if etype in VOICE_TYPES else None  # nobody speaks in the future
            date = nearest_date(ctx, f.sent, anchor, region, roles, not_after=said)
            # (r8 gaps) "Three days after the visit, X said ...", the visit's day untold: no other day lent
            lend = not any(f.sent.start_char <= a < f.sent.end_char for a, _ in ctx.notes.get("dates.unanchored") or [])
            if date[0] is None and etype in VOICE_TYPES and lend:  # what a speaker says is dated by the statement
                said = next(
                    (
                        e
                        for e in reversed(ctx.events)
                        if e.type == "statement" and e.date and e.evidence[0][0] == f.sent.start_char
                    ),
                    None,
                )
                date = (said.date, said.end_date) if said is not None else date
            speakers = roles.get(VOICE_ROLES.get(etype, "author"), [])
            if date[0] is None and etype in VOICE_TYPES and lend:  # "On 12 December ... In her speech, she pledged"
                date = (_passage_date(ctx, speakers, f.sent.start_char) if _told_past(anchor) else None) or date
                date = not_before_lead(ctx, date, f.sent.start_char, anchor)
            if date[0] is None and etype in VOICE_TYPES and lend:  # "The court said ... it would": its earlier statement's day
                date = _speaker_date(ctx, speakers, f.sent.start_char) or date
            if date[0] is None and etype in VOICE_TYPES and ctx.document.date and lend:  # a wire's reaction: its lead's day
                date = (wire_reaction_day(ctx, f.sent.start_char, anchor) or ctx.document.date, None)
        ev = Event(
            id=event_id(ctx.document.id, etype, roles, f.sent.start_char),
            type=etype,
            roles=roles,
            date=date[0],
            end_date=date[1],
            attributes=attrs,
            evidence=[(f.sent.start_char, f.sent.end_char)],
            confidence=confidence,
            component=self.name,
            version=self.version,
        )
        ctx.events.append(ev)
        return ev

"""Dates settled after all events are read (``finalise``): an act its words leave undated takes the
date told before it, its paragraph's, its wire lead's or the document's; session-bound events take
their session's dates."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..dates.stories import story_day
from .dating import DEADLINE, HEADING, PARA_BREAK, _dates, _lead_date, header_date, paragraph_start, session_dates
from .dating_session import _session_phrases
from .dating_wire import wire_reaction_day

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

SESSION_BOUND = frozenset({"participation", "assembly_session", "side_event"})


def own_date(ctx: DocContext, ev: Any) -> bool:
    """Whether an event's date was read from its own words (not lent by the document)."""
    if not ev.date:
        return False
    if any(d.value == ev.date for a, b in ev.evidence for d in _dates(ctx, a, b)):
        return True
    # (r9) "On the final day of its twenty-fourth session, the Assembly adopted ...": a session's day told
    return any(d.value == ev.date for a, b in ev.evidence[:1] for d in _session_phrases(ctx, a, b))


def _within(date: str, start: str, end: str | None) -> bool:
    n = len(date)
    return start[:n] <= date <= (end or start)[:n]


def redate(ctx: DocContext, ev: Any, own: bool) -> None:
    """Session-bound events (participation, side events, the session itself) take their session's
    dates when their words give none; a participation dated outside its session was dated by
    another event. (Statements at a session keep their own or the document's date: measured.)"""
    if ev.type == "decision" and not own:  # "resolution ICC-ASP/10/Res.5": adopted at the tenth session
        num = next(
            (
                m.group(1)
                for i in ev.roles.get("instrument", [])
                if (m := re.fullmatch(r"instrument:icc-asp-(\d+)-res-\d+", i))
            ),
            None,
        )
        start, end = session_dates(ctx, f"session:asp-{num}") if num else (None, None)
        if start and (ev.date is None or ev.date == ctx.document.date) and start[:7] != (ctx.document.date or "")[:7]:
            ev.date, ev.end_date = (end or start)[:7], None
    sids = ev.roles.get("session", []) + ev.roles.get("forum", [])
    sid = next((s for s in sids if s.startswith("session:")), None)
    if sid is None:
        return
    start, end = session_dates(ctx, sid)
    if not start:
        return
    if ev.type == "participation" and ev.date and not _within(ev.date, start, end):
        ev.date, ev.end_date = None, None
    if ev.type == "assembly_session" and ev.date and not ev.end_date:
        entity = ctx.kb.get(sid) if ctx.kb is not None else None
        kb_start = str(entity.attrs.get("start") or "") if entity is not None else ""
        kb_end = str(entity.attrs.get("end") or "") or None if entity is not None else None
        if kb_start and ev.date != kb_start and _within(ev.date, kb_start, kb_end):
            ev.date, ev.end_date = kb_start, kb_end  # "the session concluded on 5 December": it began on the 1st
    if ev.date is None and ev.type in SESSION_BOUND:
        ev.date, ev.end_date = start, end


ACTS = frozenset(
    {
        "arrest_warrant",
        "decision",
        "sanction",
        "threat",
        "membership_change",
        "fugitive_visit",
        "non_cooperation_finding",
        "meeting",
    }
)


def carry_dates(ctx: DocContext, events: list[Any], own: set[int], doc_stmt: Any = None) -> None:
    """An act its words leave undated ("The Chamber decided to refer the matter.") takes the date of
    the event told before it in the same paragraph ("Today, the Chamber found ..."), else the last
    date its paragraph told ("Since February ... The Prosecutor was designated first."), else the
    document's: what a text reports without a date is the news of its day. A heading's act takes
    the date its lead tells."""
    text = ctx.document.text
    told = sorted((e for e in events if id(e) in own and e is not doc_stmt and e.date), key=lambda e: e.evidence[0][0])
    unanchored = ctx.notes.get("dates.unanchored") or []
    undated = ctx.notes.get("events.undated") or set()
    _said_with_statement(ctx, events, own, doc_stmt)
    for ev in events:
        story = story_day(ctx, ev.evidence[0][0]) if ev.evidence else None
        if story is not None and id(ev) not in own and (not ev.date or ev.date == ctx.document.date):
            ev.date, ev.end_date = story, None  # (r12) a listing page's story: its own day, not the page's
            continue
        if ev.type not in ACTS or (ev.date and (id(ev) in own or ev.date != ctx.document.date)):
            continue
        if id(ev) in undated and not ev.date:
            continue  # (r8 gaps) an act told in passing, its day untold ("the warrant issued against X")
        if not ev.date and any(a <= s < b for s, _ in unanchored for a, b in ev.evidence[:1]):
            continue  # (r8 gaps) "two weeks after the vote", the vote's day untold: undated, not today's
        start = ev.evidence[0][0]
        twin = _twin(ev, told)
        if twin is not None:  # "UN experts today voiced alarm at the sanctions on the Prosecutor", a headline's
            ev.date, ev.end_date = twin.date, twin.end_date  # act: the same act told with its day in the text
            continue
        restated = _restated_participle(ctx, ev, ctx.document.date or "")
        if restated is not None:  # (r12) "regretted the executive order ... She condemned the order, signed Thursday"
            ev.date, ev.end_date = restated, None
            continue
        if ev.date:  # the document's day, lent to a headline's act or an act named by a reaction
            continue
        if HEADING.fullmatch(text[start : ev.evidence[0][1]]):  # a heading: the act its lead paragraph tells
            nxt = text.find("\n", start)
            lead = _lead_date(ctx, None, nxt + 1) if 0 <= nxt < len(text) - 1 else None
            if lead is not None:
                ev.date, ev.end_date = lead
                continue
        today = ctx.document.date or ""
        # what was told before, not a date to come ("decided that the session will be held from 1 to 6
        # December. At the same meeting the Bureau approved ..."): an act told without a day is past
        ahead = bool(FUTURE.search(text, start, ev.evidence[0][1]))  # "It will elect six judges": may be to come
        before = [
            e for e in told if e.evidence[0][0] < start and (ahead or not today or e.date <= today[: len(e.date)])
        ]
        if before and not PARA_BREAK.search(text, before[-1].evidence[0][0], start):
            # (r9) of the acts its last sentence told ("On the final day of the session, held from 1 to 6 December,
            # the Assembly adopted X. By the same text, it resolved ..."), the one of its own kind
            last = [e for e in before if e.evidence[0][0] == before[-1].evidence[0][0]]
            ev.date = next((e.date for e in reversed(last) if e.type == ev.type), before[-1].date)
            continue
        restated = _restated_after(ctx, ev, today)
        if restated is not None:  # (r9) "... the decision to withdraw. The notification, deposited on 19 October"
            ev.date = restated
            continue
        said = _paragraph_date(ctx, start)
        if said is None and before and _continues(ctx, ev, before[-1]):  # "The Bureau also endorsed ...":
            ev.date = before[-1].date  # the day of the act the paragraph before told
            continue
        if (
            said is None and DEFINITE.match(text, start) and paragraph_start(text, start) > 0
        ):  # "The designation of X was made under ...": the
            said = _paragraph_date(ctx, paragraph_start(text, start) - 1)  # act the paragraph before told
        if said is not None:  # "Since February, the US has used the Order. The Prosecutor was designated first."
            ev.date = said
        elif ctx.document.date:  # a wire's act told without a day: its lead's news
            ev.date = wire_reaction_day(ctx, start, None) or ctx.document.date


def episode_dates(ctx: DocContext, events: list[Any], own: set[int], doc_stmt: Any = None) -> None:
    """A newsletter or report dated only by its month ("Newsletter No. 9 | January 2015") that tells a
    session held before that month: what it tells without a day of its own happened at the session
    (its first day), not in the month of writing."""
    today = ctx.document.date or ""
    start, end = session_dates(ctx, ctx.notes.get("events.main_session"))
    if len(today) != 7 or not start or (end or start)[:7] >= today:
        return
    text = ctx.document.text
    told = sorted((e for e in events if id(e) in own and e is not doc_stmt and e.date), key=lambda e: e.evidence[0][0])
    for ev in events:
        if ev is not doc_stmt and id(ev) not in own and ev.date == today:
            at = ev.evidence[0][0]
            # (r9) "On the final day of the session, the Assembly adopted X. By the same text, it resolved ...":
            # the day of the session its paragraph told just before, else the session's first day
            prev = [e for e in told if e.evidence[0][0] < at and _within(e.date, start, end)]
            if prev and not PARA_BREAK.search(text, prev[-1].evidence[0][0], at):
                ev.date, ev.end_date = prev[-1].date, None
            else:
                ev.date, ev.end_date = start, None


FUTURE = re.compile(r"\b(?:will|shall|is to|are to|(?:expected|set|due|scheduled) to)\b", re.IGNORECASE)
ALSO = re.compile(r"\b(?:also|further|furthermore|additionally|in addition|likewise)\b", re.IGNORECASE)
ACTORS = ("body", "imposer", "issuer", "perpetrator", "organizer", "participant")


def _continues(ctx: DocContext, ev: Any, prev: Any) -> bool:
    """ "The Bureau met on 16 July and decided ... \n\nThe Bureau also endorsed ...": a paragraph telling,
    with "also", another act of the actor whose act was told just before continues that day's account."""
    a, b = ev.evidence[0]
    if not ALSO.search(ctx.document.text, a, b):
        return False
    if ev.type == "threat" and prev.type == "threat" and ev.attributes.get("kind") != prev.attributes.get("kind"):
        return False  # (r10 threats) "Russia opened a case in March 2023. ¶ Its media have also run a smear campaign": another act
    mine = {i for r in ACTORS for i in ev.roles.get(r, [])}
    theirs = {i for r in ACTORS for i in prev.roles.get(r, [])}
    return bool(mine & theirs) and len(PARA_BREAK.findall(ctx.document.text, prev.evidence[0][1], a)) <= 1


# the roles that tell one act from another of its type: the same target, the same subject
TWIN_ROLES = {
    "sanction": ("target",),
    "threat": ("target", "perpetrator"),
    "arrest_warrant": ("subject",),
    "fugitive_visit": ("subject", "host"),
    "non_cooperation_finding": ("state", "subject"),
    "membership_change": ("state",),
}


def _twin(ev: Any, told: list[Any]) -> Any:
    """The act a document told with its own date that an undated mention names again: same type,
    the same fillers in every distinguishing role both name (and the same action), the most shared."""
    keys = TWIN_ROLES.get(ev.type)
    if not keys:
        return None
    best, score = None, 0
    for other in told:
        if other.type != ev.type or other is ev or other.attributes.get("action") != ev.attributes.get("action"):
            continue
        if other.attributes.get("status") != ev.attributes.get("status"):
            continue
        if other.attributes.get("kind") != ev.attributes.get("kind"):
            continue  # (r9 threats) a threat of another kind is another act: abuse online is no conviction
        shared = 0
        for role in keys:
            mine, theirs = set(ev.roles.get(role, [])), set(other.roles.get(role, []))
            if mine and theirs and not mine & theirs:
                shared = -1
                break
            shared += len(mine & theirs)
        if shared > score:
            best, score = other, shared
    return best


# a paragraph opening on a definite act noun takes up the act told just before it
DEFINITE = re.compile(
    r"\s*(?:The|This|These|That|Those)\s+(?:\w+\s+){0,2}?(?:designations?|listings?|sanctions?|decisions?|"
    r"notifications?|notices?|warrants?|findings?|ruling|measures?|visit|arrest|referral|withdrawal|ratification|"
    r"accession)\b"
)


_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?:\s|$)")


def _restated_after(ctx: DocContext, ev: Any, today: str) -> str | None:
    """(r9) "We write to express our dismay at the decision of your Government to withdraw from the Rome Statute.
    The notification of withdrawal, signed by the Minister, was deposited on 19 October 2016": the sentence
    right after an undated act that opens on the act's noun tells its day."""
    text = ctx.document.text
    end = ev.evidence[-1][1]
    if not DEFINITE.match(text, end):
        return None
    stop = _SENT_END.search(text, end + 1, min(len(text), end + 500))
    hi = stop.end() if stop else min(len(text), end + 500)
    brk = PARA_BREAK.search(text, end + 1, hi)
    hi = brk.start() + 1 if brk else hi
    for d in _dates(ctx, end, hi):
        if d.value and d.value <= today[: len(d.value)] and not DEADLINE.search(text, max(0, d.start - 30), d.start):
            return d.value
    return None


_SAID_TYPES = frozenset({"support", "demand", "commitment", "condemnation"})
_QUOTE_OPEN = re.compile(r"\s*[\"\u201c\u2018']")


def _said_with_statement(ctx: DocContext, events: list[Any], own: set[int], doc_stmt: Any) -> None:
    """(r12) What a speaker supports, asks, pledges or condemns in words quoted from a statement dated
    before the document ('"We renew our commitment to the Court," it added', after "released a joint
    statement on Tuesday") is said on the statement's day: the statement read from the same sentence,
    else, for a paragraph that is a quotation only, the one the paragraph before was read from."""
    today = ctx.document.date
    if not today:
        return
    text = ctx.document.text
    stmts = [e for e in events if e.type == "statement" and id(e) in own and e.date and e.date != today and e.evidence]
    if not stmts:
        return
    said = list(stmts)  # what was said on a day of its own, and by whom
    for ev in sorted(events, key=lambda e: e.evidence[0][0] if e.evidence else 0):
        if ev.type not in _SAID_TYPES or not ev.evidence:
            continue
        speakers = set(ev.roles.get("agent", []) + ev.roles.get("claimant", []))
        if ev.date != today or id(ev) in own:
            if (
                ev.date
                and ev.date != today
                and (id(ev) in own or any(e.date == ev.date and speakers & _speakers(e) for e in stmts))
            ):
                said.append(ev)  # dated by its own words, or on the day of its speaker's statement
            continue
        lo, hi = ev.evidence[0]
        same = [e for e in said if e.type == "statement" and e.evidence[0][0] < hi and lo < e.evidence[0][1]]
        if not same and _QUOTE_OPEN.match(text, paragraph_start(text, lo)):
            plo, phi = paragraph_start(text, max(0, paragraph_start(text, lo) - 2)), paragraph_start(text, lo)
            same = [e for e in said if any(plo <= a < phi for a, _ in e.evidence)]
        same = [e for e in same if speakers & _speakers(e)]  # the speaker's own statement, not one it names
        if same and len({e.date for e in same}) == 1:
            ev.date, ev.end_date = same[0].date, None
            said.append(ev)


def _speakers(ev: Any) -> set[str]:
    return set(
        ev.roles.get("author", [])
        + ev.roles.get("on_behalf_of", [])
        + ev.roles.get("agent", [])
        + ev.roles.get("claimant", [])
    )


#: (r12) the act nouns each type is named again by, with the participle that dates it
_AGAIN_NOUNS = {
    "sanction": r"(?:executive\s+)?orders?|sanctions|designations?|measures|listings?",
    "arrest_warrant": r"warrants?(?:\s+of\s+arrest)?",
    "decision": r"decisions?|rulings?|resolutions?|judgm?ents?",
    "membership_change": r"notifications?|notices?|instruments?|withdrawal|ratification|accession",
    "non_cooperation_finding": r"findings?|decisions?|rulings?",
}
_AGAIN = {
    t: re.compile(
        rf"\b(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s*,?\s+"
        r"(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:signed|issued|imposed|announced|adopted|deposited|"
        r"handed\s+down|unveiled|published|made\s+public|unsealed|delivered)\s+(?:(?:on|in|last|late|early)\s+)?",
        re.IGNORECASE,
    )
    for t, nouns in _AGAIN_NOUNS.items()
}
_AGAIN_REACH = 700


def _restated_participle(ctx: DocContext, ev: Any, today: str) -> str | None:
    """(r12) An act told without its day ("expressed regret over the executive order authorizing
    sanctions") that the next sentences name again with the participle that dates it ("she condemned
    the order, signed Thursday, ..."): that day. Within the same paragraph or the next one."""
    pattern = _AGAIN.get(ev.type)
    if pattern is None or not ev.evidence:
        return None
    text = ctx.document.text
    end = ev.evidence[0][1]  # (the sentences after its first telling, those it was also read from too)
    hi = min(len(text), end + _AGAIN_REACH)
    brk = PARA_BREAK.search(text, end + 1, hi)  # the next paragraph, not beyond
    if brk is not None:
        nxt = PARA_BREAK.search(text, brk.end() + 1, hi)
        hi = nxt.start() if nxt else hi
    for m in pattern.finditer(text, end, hi):
        d = next((d for d in _dates(ctx, m.end(), m.end() + 40) if d.start == m.end()), None)
        if d is not None and d.value and not d.end_value and d.value <= today[: len(d.value)]:
            return d.value
    return None


def _paragraph_date(ctx: DocContext, start: int) -> str | None:
    """The last date its paragraph told before ``start`` (never after the document's date)."""
    text = ctx.document.text
    lo = paragraph_start(text, start)
    limit = ctx.document.date or ""
    told = [
        d for d in _dates(ctx, lo, start) if d.value and d.value <= limit[: len(d.value)] and not header_date(ctx, d)
    ]  # not the dateline's ("MANILA, March 12 (Wire) - X was arrested ...")
    return told[-1].value if told else None


#: acts done in rounds against the same kind of target ("four judges" in June, "two more judges" in August)
ROUND_ACTS = frozenset({"sanction"})
#: words that tell a further round: "two more judges", "further designations", "an additional listing"
FURTHER = re.compile(r"\b(?:more|further|additional|another|again|fresh|second|third|latest|new)\b", re.IGNORECASE)


def another_round(text: str, first: Any, later: Any, own: set[int]) -> bool:
    """(r9) "Four judges were designated on 5 June ... Last month, the United States imposed sanctions on two
    more judges": two rounds of one measure against the same kind of target, each dated by its own words to
    another month (or undated, in another paragraph), the later one told as further (used by ``finalise``
    before it merges same-role events)."""
    if later.type not in ROUND_ACTS or first.evidence == later.evidence or not first.date or id(first) not in own:
        return False
    a, b = later.evidence[0]
    if not FURTHER.search(text, a, b):
        return False
    if id(later) not in own:  # "The United States then sanctioned two more judges": undated, told apart
        return PARA_BREAK.search(text, first.evidence[0][0], a) is not None
    return bool(later.date) and first.date[:7] != later.date[:7]

"""Which date an event gets: the date its clause gives, not the dateline's.

In order:

1. a date syntactically attached to the trigger ("on 6 February 2025, X signed ...", "a warrant
   issued on 7 March", "X, which was adopted on ...", "held from 2 to 6 December");
2. else the nearest date of its clause, then of its sentence, leaving out dates inside quotations
   (titles, quoted words) and dates governed by a clause of their own ("..., a State Party since
   2000"); a sentence is read within its line when it runs over bullets or header lines;
3. else "on the opening day", "in her closing remarks", "on its second day", "on the eve of the
   session": counted from the session's days (told in the text, else the knowledge base);
4. else "At that time", "The same day": the last date told before the sentence.

What a speaker says, asks or regrets: the saying's date, not the dates of its content ("regretted
that X had visited in October"); a speaker in the present or future ("we welcome", "we will") speaks
on the document's day, never on the date of a noun it names ("the statement of last week"); a past
reaction without a date takes the date its paragraph opens with. An act named by a reaction ("today
denounced the decision to sanction X") is not dated by the reaction.

Dates a dateline or header gives are the document's own, never an event's. What is left undated
here is settled by ``finalise`` through ``dating_carry`` (session-bound events, the passage's date,
a wire lead's day (``dating_wire``), the document's date).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from ..context import DateMention, DocContext

from ..dates.counted import is_counted
from .dating_lead import _lead_date, _paragraph_lead
from .dating_parse import (
    _announced,
    _asked_for,
    _hangs_on,
    _instrument_made,
    _occasion,
    _of_phrase,
    _participle,
    _participle_of,
    _past_date_of_present_reaction,
    _reaction,
    _reduced_relative,
    _through_noun,
)
from .dating_scope import STANCE_NOUNS, below, crimes_time
from .dating_session import _session_phrases, session_dates, session_occasions, session_range
from .dating_shift import _shifted
from .dating_text import (
    DEADLINE,
    HEADING,
    PARA_BREAK,
    _ancestors,
    _clause_head,
    _dates,
    _is_verb,
    _quoted,
    _role_position,
    _timeline,
    header_date,
    paragraph_start,
    reading_region,
)

__all__ = [  # what the other dating modules and the event components read from here
    "DEADLINE", "HEADING", "PARA_BREAK", "_dates", "_lead_date", "header_date", "nearest_date", "paragraph_start",
    "reading_region", "session_dates", "session_range",
]  # fmt: skip

ANAPHORIC = re.compile(
    r"\W*(?:at that time|at the time|on the same day|the same day|that day|on that day|on the day|then|later that day"
    r"|(?:at|during|in the course of) (?:the same|that) (?:meeting|sitting|session)|on the same occasion)\b",
    re.IGNORECASE,
)
VOICE_TYPES = frozenset({"statement", "demand", "support", "condemnation", "commitment"})
DROP_TIER = 3  # dates inside another noun's relative clause are that noun's story
NOUN_MODIFIER = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})


def _tier(doc: Any, d: DateMention, anchor: Token, act: bool = False) -> float:
    """0: the date hangs on the trigger (or a noun trigger's own relative clause, or the predicate
    a noun trigger is the subject of: "the withdrawal took effect on ..."); 1: on the trigger's
    clause or the one governing it (1.5 when a noun trigger has a finite verb of its own below that
    clause); 2: on another clause or another noun ("Order ... of 11 June"); 3: inside a relative
    clause of another noun ("the Order issued on ..."), in an apposition describing another noun
    ("Hungary, a State Party since 2001, ..."), or, for an act, on the reaction that governs it
    ("today denounced the decision to sanction X")."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return 2
    root = span.root
    if root.i == anchor.i or anchor in span:
        return 0
    if crimes_time(root, anchor):
        return 3  # (r12) "a warrant for crimes committed from 8 October 2023 until 20 May 2024": the crimes' time
    described = next((t for t in _ancestors(root) if t.dep_ == "appos" or _is_verb(t)), None)
    if (
        root.dep_ == "pobj"
        and described is not None
        and described.dep_ == "appos"
        and not described.left_edge.i <= anchor.i <= described.right_edge.i
    ):
        return 3  # "Hungary, a State Party since 2001, announced ...": the noun's standing, not the act's date
    if root.head.lower_ == "since" and root.head.head.pos_ in ("NOUN", "PROPN") and root.head.head.i != anchor.i:
        return 3  # "Karim Khan, Prosecutor since June 2021, was sanctioned": the same, parsed on the name
    if is_counted(d) and root.head.dep_ == "advcl" and root.head.head.i == anchor.i:
        return 0  # (r8 gaps) "Two weeks after the warrants were issued, X threatened ...": the act's own date
    if root.dep_ in NOUN_MODIFIER and root.head.i != anchor.i and root.head.pos_ in ("NOUN", "PROPN"):
        return 2  # "rejected the August designations", "recalled the 2023 cyberattack": that noun's date
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head in _ancestors(root):
        verb = next((t for t in _ancestors(root) if _is_verb(t)), None)
        if verb is not None and verb.i == anchor.head.i and not _reduced_relative(verb):
            return 0
    first_verb = None
    nominal = False  # "Executive Order 13928 of June 11": the date of another noun
    for t in _ancestors(root):
        if t.i == anchor.i:
            if first_verb is not None and first_verb.dep_ in ("relcl", "acl") and first_verb.head.i != anchor.i:
                if _occasion(first_verb.head, anchor):
                    return 1  # "adopted at the Review Conference held in Kampala in 2010": its occasion's date

                if _announced(first_verb):
                    return 1  # (r9) "sanctions on X, Special Rapporteur on ..., announced by Rubio on 9 July"
                return 3  # "designated X, who had been sanctioned in 2020": X's own story
            return 0 if first_verb is None and not nominal else 1
        if first_verb is None and _is_verb(t):
            first_verb = t
            if t.dep_ in CLAUSE_DEPS and anchor.pos_ in ("NOUN", "PROPN") and t.head.i == anchor.i:
                return 0  # "the resolution, which was adopted on ..."
            if t.dep_ == "acl" and anchor.pos_ == "NOUN" and _of_phrase(t.head, anchor):
                return 0  # "a warrant of arrest issued ... in March 2023"
        elif first_verb is None and t.pos_ in ("NOUN", "PROPN") and root.dep_ == "pobj" and root.head.lower_ == "of":
            nominal = True
    if first_verb is None:
        return 1
    anchor_up = _ancestors(anchor)
    if (
        first_verb.dep_ == "acl"
        and anchor.dep_ == "ccomp"
        and _occasion(first_verb.head, anchor.head)
        and not any(c.lower_ == "had" for c in anchor.children)
    ):
        return 1  # (r11) "In a statement put out on Friday, the Court said X was now in its custody"
    below = _ancestors(root)
    below = below[: below.index(first_verb)]
    of = anchor.head if anchor.head.lower_ == "of" else None
    if (
        anchor.pos_ in ("NOUN", "PROPN")
        and of is not None
        and (of.head.i == root.i or (of.head in below and of.head.pos_ == "NOUN"))
    ):
        return 1  # (r11) "criticised the issuance in 2024 of a warrant": the act's own noun carries the date
    if (
        act
        and first_verb in anchor_up
        and _reaction(first_verb)
        and not _asked_for(anchor, first_verb)
        and _hangs_on(root, first_verb, anchor)
        and not _past_date_of_present_reaction(first_verb, d)
    ):
        return 3
    if (
        first_verb.dep_ in ("relcl", "acl")
        and first_verb.head.pos_ in ("NOUN", "PROPN")
        and first_verb not in anchor_up
        and first_verb.head not in anchor_up
        and not _announced(first_verb)
        and not _instrument_made(first_verb, anchor, anchor_up)
    ):
        return 3  # "the Executive Order issued on 11 June 2020": another event's clause
    if nominal:
        return 2
    if first_verb in anchor_up:
        # the trigger's own clause or the clause governing it ("On 6 May X said it had designated")
        between = anchor_up[: anchor_up.index(first_verb)]
        if any(t.dep_ in ("relcl", "acl") for t in [anchor, *between]):
            return 2
        # a noun trigger's own verb before the clause that governs it: "In 2020 X was placed under
        # sanctions; the Biden administration lifted them in April 2021" (the parser hangs one on the other)
        own = [t for t in between if _is_verb(t) and not _reduced_relative(t)]
        return 1.5 if anchor.pos_ in ("NOUN", "PROPN") and own else 1
    if anchor_up and first_verb.i == anchor_up[0].i:
        return 1
    return 2


def nearest_date(
    ctx: DocContext,
    sent: Span,
    anchor: Token | None = None,
    region: tuple[int, int] | None = None,
    roles: dict[str, list[str]] | None = None,
    not_after: str | None = None,
) -> tuple[str | None, str | None]:
    """The date an event read from ``sent`` gets from its own words (see the module's doc).

    ``not_after`` (the document's date, for what a speaker says or asks) leaves out the dates that
    come later: "urged the Bureau to act before the end of January" was said before January."""
    text = ctx.document.text
    pos = anchor.idx if anchor is not None else _role_position(ctx, sent, roles)
    lo, hi = region or reading_region(ctx, sent, pos)
    occasions = session_occasions(ctx, lo, hi)  # "at the twenty-third session": after a date told in words
    ds = _dates(ctx, lo, hi) + _session_phrases(ctx, lo, hi) + occasions
    if region is not None and anchor is not None:
        # the region leaves out what was said; the saying's own date stays: "expressed its concern on
        # 23 January", "said on Monday it had ...", and a date inside the words said goes ("The incident
        # was discovered last week, the court said")
        wlo, whi = reading_region(ctx, sent, pos)
        after = anchor.idx + len(anchor.text)
        ds += [
            d
            for d in _dates(ctx, wlo, whi) + _session_phrases(ctx, wlo, whi)  # "told delegates in his closing remarks"
            if not lo <= d.start < hi
            and sent.start_char <= d.start < sent.end_char
            and (
                _tier(ctx.doc, d, anchor) == 0
                or (d.start >= after and not text[after : d.start].strip(" ,"))
                or _participle_of(ctx.doc, d, anchor)
            )
        ]
        said = [c for c in anchor.children if c.dep_ in ("ccomp", "parataxis") and c.i < anchor.i]
        if said:
            inside = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in said]
            ds = [d for d in ds if not any(a <= d.start < b for a, b in inside)]
    if not_after is not None and anchor is not None and anchor.pos_ in ("VERB", "AUX"):
        # what is regretted, said or asked has its own dates: "regretted that X had visited Tajikistan
        # in October" was regretted later; "urged X to meet on 3 May" was urged before
        content = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
            for c in anchor.children
            if c.dep_ in ("ccomp", "xcomp") and c.i > anchor.i
        ]
        said_end = anchor.idx + len(anchor.text)  # "said on Monday it had ...": the saying's day
        ds = [
            d for d in ds if not text[said_end : d.start].strip(" ,") or not any(a <= d.start < b for a, b in content)
        ]
    if not_after:  # what is said or asked: not its deadline ("invited Italy to reply by 31 October")
        ds = [
            d
            for d in ds
            if d.value
            and d.value <= not_after[: len(d.value)]
            and not DEADLINE.search(text, max(0, d.start - 30), d.start)
        ]
    if not ds and region is None and "\n\n" in sent.text:
        # a header glued to the lead ("PRESS RELEASE\n12 March\n\nTitle\n\nToday, ..."): the lead's date
        for m in re.finditer(r"\n\s*\n", text[sent.start_char : sent.end_char]):
            plo = sent.start_char + m.end()
            if plo > lo:
                nxt = text.find("\n\n", plo)
                phi = min(sent.end_char, nxt if nxt >= 0 else sent.end_char)
                ds = [d for d in _dates(ctx, plo, phi) if not not_after or d.value <= not_after[: len(d.value)]]
                if ds:
                    lo, hi, pos = plo, phi, plo
                    anchor = None
                    break
    if ds:
        quotes = _quoted(text, lo, hi)
        inside = next(((a, b) for a, b in quotes if a <= pos < b), None)
        ds = [d for d in ds if not any(a <= d.start < b for a, b in quotes if (a, b) != inside)] or (
            [] if quotes else ds
        )
    if ds:
        doc = ctx.doc
        head = anchor if anchor is not None else _clause_head(doc, sent, pos)

        act = not_after is None and anchor is not None
        now = not_after is not None and _now_tense(anchor)

        def inside_sent(d: DateMention) -> bool:
            return head is not None and sent.start_char <= d.start < sent.end_char

        def rank(d: DateMention) -> tuple[int, float]:
            inside = inside_sent(d)
            tier = _tier(doc, d, head, act) if inside else 1
            if tier == 1 and inside and below(doc, d, head):
                tier = (
                    0.9  # (r12) "said Thursday they stopped a spy from infiltrating the Court in April": the act's own
                )
            tier += d in occasions  # "In June, X had ...; at the session, Y repeated it": June's
            dist = d.start - pos if d.start >= pos else 1.3 * (pos - d.end)
            return tier, dist

        if now:  # what is said today keeps only a date of its own verb, not "the statement of last week"
            ds = [d for d in ds if not (inside_sent(d) and (_through_noun(doc, d, head) or _participle(doc, d, head)))]
        best = min(ds, key=rank) if ds else None  # a date of another clause still beats none (measured)
        if best is not None and rank(best)[0] < (2 if now else DROP_TIER):
            return _shifted(doc, best, anchor) if anchor is not None else (best.value, best.end_value)
    if any(sent.start_char <= a < sent.end_char for a, _ in ctx.notes.get("dates.unanchored") or []):
        return None, None  # (r8 gaps) "Three days after the visit, X said": counted from an untold day
    entry = _timeline_entry(ctx, pos)
    if entry is not None:  # (r11) "March 3, 2019 – Ruritania announces it will ...": the entry's day, not today
        return entry.value, entry.end_value
    if not_after is not None and _now_tense(anchor) and ctx.document.date and not _said_on(ctx, sent, region):
        return ctx.document.date, None  # "We welcome the statement of last week": said on the day
    if not_after is not None and anchor is not None and anchor.tag_ == "VBD":
        led = _paragraph_lead(ctx, sent.start_char, not_after)
        if led is not None:  # "On 3 September, Putin travelled to Mongolia. Groups condemned the visit."
            return led
    if ANAPHORIC.match(text[lo:hi]):  # "At that time, ...", "The same day, ...": the last date told
        today = ctx.document.date or ""
        prev = [d for d in ctx.dates if d.value and d.end <= lo and not header_date(ctx, d)]
        prev = [d for d in prev if not today or d.value <= today[: len(d.value)]] or prev  # told, not to come
        if prev:
            return prev[-1].value, prev[-1].end_value
    if pos < ctx.notes.get("events.header_end", 0) and ctx.document.date:
        return _lead_date(ctx, not_after) or (ctx.document.date, None)  # a headline tells the day's news
    return None, None


def _timeline_entry(ctx: DocContext, pos: int) -> DateMention | None:
    """The date opening the timeline entry (a line) that ``pos`` is in, if any."""
    starts = _timeline(ctx)
    if not starts:
        return None
    text = ctx.document.text
    line_lo = text.rfind("\n", 0, pos) + 1
    return next(
        (
            d
            for d in ctx.dates
            if d.start in starts and line_lo <= d.start <= pos and not text[line_lo : d.start].strip()
        ),
        None,
    )


def _said_on(ctx: DocContext, sent: Span, region: tuple[int, int] | None) -> bool:
    """Whether the sentence dates the saying of the words read ("'We will', X said on 3 June")."""
    if region is None:
        return False
    from .index import lexicon

    verbs = set(lexicon()["statement"]["speech_verbs"])
    for d in _dates(ctx, sent.start_char, sent.end_char):
        span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
        if region[0] <= d.start < region[1] or span is None or not len(span):
            continue
        verb = next((t for t in _ancestors(span.root) if _is_verb(t)), None)
        if verb is not None and verb.lemma_.lower() in verbs:
            return True
    return False


_NOW_AUX = frozenset({"will", "shall", "'ll", "\u2019ll"})


def _now_tense(anchor: Token | None) -> bool:
    """Whether a speaker's verb speaks from the document's day: the simple present ("we welcome",
    "Amnesty urges", "we stand ready") or the future ("we will continue"), not the past or the
    perfect ("urged", "has long called for") nor reported "would"."""
    if anchor is not None and anchor.pos_ == "NOUN" and anchor.dep_ == "nsubj" and anchor.head.tag_ in ("VBZ", "VBP"):
        return True  # (r11) "Rubio's statement refers to the 2020 inquiry": the statement as it stands today
    if (
        anchor is not None
        and anchor.pos_ == "NOUN"
        and anchor.dep_ == "dobj"
        and anchor.lemma_.lower() in STANCE_NOUNS
        and anchor.head.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in anchor.head.children)
    ):
        return True  # (r12) "we renew our commitment", "we reiterate our call": said on the day, as the verb
    if anchor is None or anchor.pos_ not in ("VERB", "AUX"):
        return False
    if anchor.lower_ in _NOW_AUX:  # the trigger is "will" itself ("we will continue to")
        return True
    for _ in range(3):  # "we stand ready to meet", "we remain committed to uphold": the governing verb
        if anchor.dep_ not in ("xcomp", "acomp") or anchor.head.i == anchor.i:
            break
        anchor = anchor.head if anchor.head.pos_ in ("VERB", "AUX") else anchor.head.head
    aux = [c for c in anchor.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _NOW_AUX for c in aux):
        return True
    if aux or anchor.dep_ in ("xcomp", "advcl", "relcl", "acl", "pcomp", "ccomp"):
        return False
    return anchor.tag_ in ("VBP", "VBZ")

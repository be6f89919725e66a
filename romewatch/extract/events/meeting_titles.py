"""Who met, read through titles and company: "Mr X, Prosecutor of the Court" (the Court is X's office,
not a participant), "the Minister of Justice of Nigeria, Mr X", "the African Union Legal Counsel, Mr X";
those named "along with", "in the presence of", "with the participation of" the one who met; those
present at "the meeting" told just before. (r12 asp, from real Assembly press releases and ministry
readouts)

A mixin of ``Meetings``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .base import Finder, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

# those named with the one who met, met too: "The Registrar, along with her deputy, held ...",
# "met the Minister in the presence of the Under-Secretary" (r12 asp: "along with", "in the presence of")
WITH_CUES = ("together with", "alongside", "along with", "in the presence of", "flanked by", "joined by", "with the participation of")
# the body a title belongs to: "Prosecutor of the", "Minister for Foreign Affairs of", "Attorney General and Minister of Justice of"
TITLE_OF = re.compile(r"\b[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|of|for|and|the|on))*\s+(?:of|for)\s+(?:the\s+)?$")
# "during the meeting, held at the Ministry in the presence of A and B": those present at the meeting told before (r12 asp)
THE_MEETING = re.compile(r"\b(?:the|this|that)\s+(?:meeting|talks|audience|discussion)\b[^.;]{0,120}?\bin the presence of\b", re.IGNORECASE)
# "the African Union Legal Counsel, Mr X", "the Kenyan Foreign Minister, Ms Y": a body's officer named after the title
BODY_TITLE = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:Counsel|Minister|Secretary|Director|President|Chair|Chairperson|Ambassador|Representative|"
    r"Adviser|Advisor|Head|Coordinator|Commissioner|Prosecutor|Registrar|Spokesperson|Envoy)(?:-General)?\s*,\s*"
    r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E|Judge|Ambassador|Prof)\.?\s+)*"
)
PERSON_TITLE = re.compile(r",\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|of|for|and|the|on))*\s+(?:of|for)\s+(?:the\s+)?$")


class MeetingTitles:
    """Helpers of ``Meetings`` for titles and company."""

    @staticmethod
    def present_at_last(ctx: DocContext, f: Finder) -> None:
        """ "X met Y today. At the talks, which took place at the Ministry in the presence of A and
        B, Y voiced the wish that ...": those present at the meeting just told met too. (r12 asp)"""
        last = next((e for e in reversed(ctx.events) if e.type == "meeting"), None)
        if last is None or f.sent.start_char - max(b for _, b in last.evidence) > 600:
            return
        cue = f.lower.find("in the presence of")
        people = [
            m.entity_id for m in ctx.mentions_in(f.sent.start_char + cue, f.sent.end_char) if f.idx.kind(m.entity_id) == "person"
        ]
        if people:
            last.roles["participant"] = uniq([*last.roles.get("participant", []), *people])
            last.evidence = sorted({*last.evidence, (f.sent.start_char, f.sent.end_char)})

    @staticmethod
    def title_body(f: Finder, m: Any, got: list[str]) -> bool:
        """The body in a person's title, not a participant of its own: "Mr X, Prosecutor of the Court",
        "the Attorney General and Minister of Justice of Ghana, Ms X". (r12 asp)"""
        text = f.ctx.document.text
        lead = text[max(f.sent.start_char, m.start - 90) : m.start]
        if not TITLE_OF.search(lead) and not BODY_TITLE.match(text, m.end):
            return False
        if got and f.idx.kind(got[-1]) == "person" and PERSON_TITLE.search(lead):
            return True  # "X, Prosecutor of": the title follows its holder
        named = BODY_TITLE.match(text, m.end)  # "the African Union Legal Counsel, Mr X": the body's officer
        after = [x for x in f.ctx.mentions_in(m.end, min(f.sent.end_char, m.end + 60)) if x.entity_id != m.entity_id]
        if named and after and f.idx.kind(after[0].entity_id) == "person" and after[0].start >= named.end() - 1:
            return True
        return bool(after) and f.idx.kind(after[0].entity_id) == "person" and bool(
            re.fullmatch(r"\s*(?:\([^)\n]{1,12}\))?\s*,\s*(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E|Judge|Ambassador|Prof)\.?\s+)*", text[m.end : after[0].start])
        )  # "Minister of Justice of Nigeria, Mr X": the title before its holder


def _bracket_after_title(f: Finder, m: Any) -> bool:
    """ "Mr X, Prosecutor of the International Criminal Court (ICC)": the acronym in brackets after a
    title that names its holder. (r12 asp)"""
    text = f.ctx.document.text
    before = [x for x in f.ctx.mentions_in(max(f.sent.start_char, m.start - 120), m.start - 1) if x.end >= m.start - 3]
    return any(f.idx.kind(x.entity_id) == "person" and " of " in text[x.start : x.end] for x in before)


def _with_cue_people(f: Finder, verb: Token) -> list[str]:
    """The people named with the one who met: after "along with" before the verb, all those up to the verb
    ("The Registrar, along with her deputy, Ms A, and the Bureau's coordinator, Mr B, held ...");
    after it, the list the cue opens ("met X in the presence of Y and Z"). (r12 asp)"""
    got: list[str] = []
    for cue in WITH_CUES:
        at = f.lower.find(cue)
        if at < 0:
            continue
        start = f.sent.start_char + at + len(cue)
        if start < verb.idx:
            got += [m.entity_id for m in f.ctx.mentions_in(start, verb.idx) if f.idx.kind(m.entity_id) == "person"]
        else:
            got += [i for i in f.after_cue(cue) if f.idx.kind(i) == "person"]
    return uniq(got)

"""Meetings: who met whom.

"X met (with) Y", "held talks / consultations / a meeting with Y", "a bilateral meeting between X
and Y", "X received Y", "Y was received by X", "hosted a delegation of Y", "discussed Z with Y",
"sat down with Y", "X held a briefing ..., which Y attended", "attended a summit of Z". The triggers
are in ``meeting_cues``, the actors behind group nouns in ``meeting_actors``.

A mixin of the ``Assembly`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import ACTORS, Finder, uniq
from .meeting_actors import (  # noqa: F401  (re-exported for the modules that read actors through meetings)
    BREAK_WORDS,
    CALL_NOUNS,
    COLLECTIVE,
    FIRST_PERSON,
    FORUM_GATHERINGS,
    GATHERINGS,
    MEETING_VERBS,
    STOP_MEETING,
    joined_before,
    list_before,
    list_span_before,
    outer_mentions,
    unrealised,
)
from .meeting_cues import MeetingCues
from .meeting_titles import THE_MEETING, WITH_CUES, MeetingTitles, _bracket_after_title, _with_cue_people

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


# a report's list of meetings: the lead-in line and its bulleted items
MEETING_LEAD = re.compile(r"\b(?:meetings?|met(?: with)?|bilaterals?|consultations)\b[^\n]{0,80}:\s*$", re.IGNORECASE)
BULLET_LINE = re.compile(r"^[ \t]*[-\u2022*\u2013\u25cf\u203a][ \t]+[^\n]{3,300}$", re.MULTILINE)
# bodies that meet as such ("the Bureau met on 16 July"); not the Court or the States Parties at large
BODIES = frozenset({"court", "igo"})
NOT_BODIES = frozenset({"court:icc", "court:states-parties", "court:judges", "court:chambers", "court:asp"})  # the
# Assembly meeting is its session


ATTENDING = frozenset({"attend"})  # ``gathering``


class Meetings(MeetingTitles, MeetingCues):
    """`meeting` events (mixin of ``Assembly``)."""

    # --- meetings ------------------------------------------------------------------------------
    def counterparts(self, f: Finder, tok: Token) -> list[tuple[list[str], int, int]]:
        """Who was met, in groups with their character regions: "met the Registrar, X, to discuss ...,
        and the President, Y, who ..." is two meetings (each has its own aside), as is "met A on
        8 December and B on 9 December"; "met the Registrar and the President" is one."""
        groups: list[list[str]] = [[]]
        starts = [tok.idx]
        another = self.another_meeting
        skipping = False
        titles: set[str] = set()  # the bodies read as someone's title ("Prosecutor of the Court (ICC)")
        doc = f.doc
        for t in doc[tok.i + 1 : f.sent.end]:
            m = f.idx.mention(t)
            if t.text == ";" or (t.text == "." and t.dep_ == "punct"):
                break
            if m is None and t.pos_ == "NOUN" and t.lemma_.lower() in another and groups[-1]:
                skipping = False  # "meetings with A and B, as well as a briefing with C": two meetings
                groups.append([])
                starts.append(t.idx)
                continue
            if skipping:  # inside an aside: resume at ", and" followed closely by someone
                if t.lower_ == "and" and doc[t.i - 1].text == ",":
                    ahead = doc[t.i + 1 : min(f.sent.end, t.i + 6)]
                    if any(f.idx.mention(a) is not None and self.new_subject(a, tok) for a in ahead):
                        break
                    if any((x := f.idx.mention(a)) is not None and f.idx.kind(x.entity_id) in ACTORS for a in ahead):
                        skipping = False
                        groups.append([])
                        starts.append(t.idx)
                continue
            if m is None and (
                (t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"))
                or t.lemma_ in STOP_MEETING
                or t.lower_ in BREAK_WORDS
            ):
                if not groups[-1]:
                    break
                skipping = True
                continue
            if m is not None and self.new_subject(t, tok):
                break  # "received by A, and B held consultations with C": B opens a clause of its own
            nxt = f.doc[t.i + 1] if t.i + 1 < f.sent.end else t
            owner = nxt.lower_ in ("'s", "\u2019s") and self.named_after(f, t)
            if m is not None and not owner and self.office_of(f, t) and self.named_after(f, t, office=True):
                owner = True  # "the President of the Court, Judge X": X
            if m is not None and f.idx.kind(m.entity_id) != "person" and (
                self.title_body(f, m, groups[-1])
                or f.ctx.document.text[m.start - 1 : m.start] == "("
                and (m.entity_id in titles or _bracket_after_title(f, m))
            ):
                titles.add(m.entity_id)
                continue  # "Mr X, Prosecutor of the Court", "the Minister of Justice of Nigeria, Mr X": X's office (r12 asp)
            if m is not None and f.idx.kind(m.entity_id) in ACTORS and not owner:  # "Ukraine's minister, X": X
                if m.entity_id not in groups[-1]:
                    groups[-1].append(m.entity_id)
            elif m is None and t.lower_ in COLLECTIVE and not groups[-1]:
                groups[-1] += self.group(f, t)
        starts.append(f.sent.end_char)
        groups = [[i for i in g if i not in titles] for g in groups]  # a group noun may have read the title's body
        return [(g, starts[k], starts[k + 1]) for k, g in enumerate(groups) if g]

    def meeting(self, ctx: DocContext, f: Finder) -> None:
        if THE_MEETING.search(f.text) and not re.search(r"\b(?:meeting|talks)\s+(?:with|between)\b", f.lower):
            self.present_at_last(ctx, f)
        nouns = set(self.lex["meeting_nouns"])
        forum = self.meeting_forum(ctx, f)
        used: set[int] = set()  # the verbs of the meetings told: a later one needs a clause of its own
        # (speed) ``_meeting_trigger`` fires on one of these words only
        words = nouns | MEETING_VERBS | CALL_NOUNS | set(self.lex["meeting_with_nouns"])
        for tok in f.having(words):
            kind = self._meeting_trigger(f, tok, nouns)
            if kind is None:
                continue
            if tok.idx < ctx.notes.get("events.header_end", 0):
                continue  # the headline tells the lead's meeting again
            if kind == "noun" and self.heading_line(f, tok):
                continue  # "Meetings with Court officials and States" above the paragraph that tells them
            plural_subject = kind == "noun" and tok.dep_ == "dobj" and len(self.actor_of(f, tok.head)) >= 2
            gathered = self.gathered(f, tok) if kind == "noun" else []  # "the meeting, which brought together A and B"
            plural_subject = plural_subject or len(gathered) >= 2
            of_body = self.body_of(f, tok) if kind == "noun" and tok.dep_ in ("dobj", "nsubjpass", "nsubj") else []
            plural_subject = plural_subject or bool(of_body)  # "convened an extraordinary meeting of the Bureau"
            if kind == "noun" and (
                (tok.head.lower_ in ("at", "during", "after", "before", "since", "of") and not any(
                    c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children
                ))  # "At its first meeting, ...": a time; "present at the dialogue with X": a meeting
                or any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
                or not (plural_subject or any(
                    c.lower_ in ("with", "between")
                    for c in [*tok.head.children, *f.doc[tok.i + 1 : min(f.sent.end, tok.i + 12)]]
                ))
            ):
                continue  # "At its first meeting, the Assembly elected ...": a time, not a meeting
            verb = tok if kind not in ("noun", "call") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok.head)
            if unrealised(verb) or (kind == "noun" and self.asked(verb, tok)):
                continue  # "requested a meeting with X", "invite them to a meeting": asked for, not held
            if used and (verb.i in used or not self.own_clause(verb)):
                continue  # "X was received by Y, and we held consultations with Z": two meetings, one each
            if kind == "received":
                who = [i for c in tok.children if c.dep_ == "nsubjpass" for i in self.who(f, c)] or self.actor_of(f, tok)
                if not who and tok.dep_ == "conj":  # "X landed in Budapest and was received by Y"
                    who = [i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") for i in self.who(f, c)]
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                groups = self.counterparts(f, agent) if agent is not None else []
                others = [i for c in tok.children if c.dep_ == "agent" for g in c.children for i in f.resolve(g)]
                if not self._emit_meeting(ctx, f, tok, who, groups or [(others, tok.idx, f.sent.end_char)], forum):
                    return
                used.add(verb.i)
                continue
            if kind == "meal":  # "Finland hosted a dinner for A and B"
                if not self._emit_meeting(ctx, f, tok, self.actor_of(f, tok), self.counterparts(f, self.meal_for(tok)), forum):
                    return
                used.add(verb.i)
                continue
            if kind == "call":
                on = self.called_on(f, tok) if tok.pos_ == "VERB" else None
                on = on or next(c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "to"))
                host = tok if tok.pos_ == "VERB" else tok.head
                if not self._emit_meeting(ctx, f, tok, self.actor_of(f, host), self.counterparts(f, on), forum):
                    return
                used.add(verb.i)
                continue
            if kind == "with":
                who = self.actor_of(f, tok)
                prep = self._with(tok)
                if "accompanied by" in f.lower:
                    who = uniq([*who, *f.after_cue("accompanied by")])
                if any(cue in f.lower for cue in WITH_CUES):  # (r12 asp) "The President, along with X, held talks with"
                    who = uniq([*who, *_with_cue_people(f, tok)])
                if not self._emit_meeting(ctx, f, tok, who, self.counterparts(f, prep), forum):
                    return
                used.add(verb.i)
                continue
            gov = tok if kind != "noun" else tok.head
            while kind == "noun" and gov.pos_ in ("ADP", "ADJ", "CCONJ") and gov.head.i != gov.i:
                gov = gov.head  # "X was present at the dialogue with Y": X's
            who = self.actor_of(f, gov) if gov.pos_ in ("VERB", "AUX") and tok.dep_ not in ("nsubj", "nsubjpass") else []
            if kind == "meet" and tok.lemma_ == "discuss":  # "A and the Minister of B discussed ..."
                who = self.joint_subject(f, tok)
            if kind == "noun" and tok.dep_ == "nsubjpass" and not who:  # "A meeting with X was held by Y"
                who = [i for c in gov.children if c.dep_ == "agent" for g in c.children for i in self.who(f, g)]
            owner = next((c for c in tok.children if c.dep_ == "poss"), None) if kind == "noun" else None
            if owner is not None and f.idx.mention(owner) is not None:
                who = f.resolve(owner)  # "Karim Khan's meeting with X", "the Registrar's talks with Y"
            if gov.dep_ == "relcl":  # "X joined a delegation of Y that met Z"
                n = gov.head
                while n.dep_ in ("pobj", "prep") and n.head.i != n.i:
                    n = n.head
                if n.dep_ == "dobj" and n.head.lemma_ in ("join", "accompany", "lead", "head"):
                    who = uniq([*f.subject(n.head), *who])
            if "accompanied by" in f.lower:  # "Khan, accompanied by his deputy, met ..."
                who = uniq([*who, *f.after_cue("accompanied by")])
            groups = self.counterparts(f, tok)
            if not groups and kind == "meet" and (w := self._with(tok)) is not None:
                groups = self.counterparts(f, w)  # "met on a regular basis with the Registry"
            if not groups and kind == "noun" and gov.pos_ in ("VERB", "AUX"):
                w = next((c for c in gov.children if c.dep_ == "prep" and c.lower_ in ("with", "between")), None)
                if w is not None:  # "A videoconference was held between A and B"
                    groups = self.counterparts(f, w)
                    if w.lower_ == "between":
                        who = []
            if gathered:
                groups = [(uniq([*(x for g, _, _ in groups for x in g), *gathered]), tok.idx, f.sent.end_char)]
            if kind == "noun":  # "a consultation with civil society, in which A, B and C participated"
                joined = [  # the actors between "in which" and the verb
                    i for c in tok.subtree if c.dep_ == "relcl" and c.lemma_.lower() in self.lex["participation_verbs"]
                    for i in outer_mentions(f, c.left_edge.idx, c.idx)
                ]
                if joined:
                    groups = [(uniq([*(x for g, _, _ in groups for x in g), *joined]), tok.idx, f.sent.end_char)]
            if kind == "noun" and any(c.lower_ == "between" for c in tok.children):
                who = []  # "a meeting between X and Y": both are in the list
            elif kind == "noun" and not who and groups and any(c.lower_ == "with" for c in tok.children):
                # "A meeting with Ms X took place on 15 December": the visitor of the meetings told before,
                # else the report's own voice
                prev = next((e for e in reversed(ctx.events) if e.type == "meeting"), None)
                who = prev.roles["participant"][:1] if prev is not None else f.voice(tok)
            if of_body and not groups:
                groups = [(of_body, tok.idx, f.sent.end_char)]
                who = [w for w in who if f.idx.kind(w) in ("person", "court", "igo")]
            if kind == "noun" and not who and not groups:
                continue
            alone = self.body_alone(f, tok, who) if kind == "meet" and not groups else []
            if alone:  # "The Bureau met on 16 July", "the Committee met in emergency session"
                self.emit(ctx, f, "meeting", {"participant": alone, "forum": forum}, {}, 0.65, anchor=tok)
                used.add(verb.i)
                continue
            if any(cue in f.lower for cue in WITH_CUES):  # "hosted X together with the Vice-President"
                who = uniq([*who, *_with_cue_people(f, gov if gov.pos_ in ("VERB", "AUX") else tok)])
            if (
                not groups
                and len(who) >= 2
                and (kind == "meet" and tok.tag_ == "VBD" or gov.lemma_ in ("hold", "have"))
                and not any(c.dep_ == "nsubj" and c.lower_ in ("we", "they") for c in gov.children)
            ):
                groups = [(who[1:], tok.idx, f.sent.end_char)]  # "Khan and Zelensky met in Kyiv", "A and B held talks"
                who = who[:1]
            if self._emit_meeting(ctx, f, tok, who, groups, forum, need_other=kind != "noun"):
                used.add(verb.i)

    @staticmethod
    def body_of(f: Finder, tok: Token) -> list[str]:
        """ "a meeting of the Bureau", "an extraordinary meeting of the Committee": the body that met."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                got = [i for g in c.children if g.dep_ == "pobj" for i in f.resolve(g) if f.idx.kind(i) in BODIES]
                return [i for i in got if i not in NOT_BODIES]
        return []

    @staticmethod
    def body_alone(f: Finder, tok: Token, who: list[str]) -> list[str]:
        """ "The Bureau met on 16 July", "The Committee met in closed session": a body that met as such
        (no one else is named as met)."""
        if len(who) != 1 or f.idx.kind(who[0]) not in BODIES or who[0] in NOT_BODIES:
            return []
        if any(c.dep_ in ("dobj", "attr") for c in tok.children) or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            return []
        return who

    def _emit_meeting(
        self,
        ctx: DocContext,
        f: Finder,
        tok: Token,
        who: list[str],
        groups: list[tuple[list[str], int, int]],
        forum: list[str],
        need_other: bool = True,
    ) -> bool:
        emitted = False
        parts = groups if len(groups) > 1 else [(uniq(x for g, _, _ in groups for x in g), tok.idx, f.sent.end_char)]
        for others, lo, hi in parts:
            participants = uniq([*who, *others])
            if len(participants) < 2 or (need_other and not others):
                continue
            date = None
            if len(parts) > 1:  # each counterpart its own day: "A on 8 December, and B on 9 December"
                own = [d for d in ctx.dates_in(lo, hi) if d.value]
                date = (own[0].value, own[0].end_value) if own else None
            self.emit(
                ctx, f, "meeting", {"participant": participants, "forum": forum}, {}, 0.75, anchor=tok, date=date
            )
            emitted = True
        return emitted

    def meeting_items(self, ctx: DocContext, f: Finder) -> None:
        """A report's list of meetings: a lead-in ("Meetings held this week:", "We met with:") and one
        bulleted line per meeting ("- 2 December: the Registrar (with Chile and Ireland);"): each line is
        a meeting of the writers with those it names."""
        text = ctx.document.text
        start = f.sent.start_char
        for line in BULLET_LINE.finditer(f.text):
            a, b = start + line.start(), start + line.end()
            if a in self.meeting_lines:
                continue
            head = text.rfind("\n", 0, max(0, a - 1))
            lead_end = a
            while head >= 0 and BULLET_LINE.match(text, head + 1) and a - head < 1500:  # earlier items of the list
                lead_end = head
                head = text.rfind("\n", 0, max(0, head - 1))
            lead = text[head + 1 : lead_end]
            if not MEETING_LEAD.search(lead):
                continue
            self.meeting_lines.add(a)
            named = [
                m.entity_id for m in ctx.mentions_in(a, b)
                if f.idx.kind(m.entity_id) in ACTORS and f.idx.kind(m.entity_id) != "session"
            ]
            anchor = f.token_at(a)
            voice = f.voice(anchor) if re.search(r"\b(?:we|our|us)\b", lead, re.IGNORECASE) or FIRST_PERSON.search(text) else []
            participants = uniq([*voice, *named])
            if len(participants) < 2 or not named:
                continue
            own = [d for d in ctx.dates_in(a, b) if d.value]
            self.emit(
                ctx, f, "meeting", {"participant": participants, "forum": self.meeting_forum(ctx, f)}, {}, 0.65,
                region=(a, b), date=(own[0].value, own[0].end_value) if own else None,
            )

    def gathering(self, ctx: DocContext, f: Finder) -> None:
        """ "X held a briefing ..., which Y attended": a meeting of its holders and attendees;
        "Y attended a summit of Z": a meeting at Z."""
        for tok in f.having(ATTENDING):  # (speed) the one word of the test below
            if tok.pos_ != "VERB" or tok.lemma_ != "attend":
                continue
            if self.attended_by(ctx, f, tok):
                continue
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if tok.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in tok.children):
                # "held a briefing for civil society on 3 December, which X attended"
                obj = next((t for t in reversed(f.doc[max(f.sent.start, tok.i - 20) : tok.i]) if t.lemma_ in GATHERINGS), obj)
            if obj is None or obj.lemma_ not in GATHERINGS | FORUM_GATHERINGS:
                continue
            attendees = self.actor_of(f, tok) if tok.dep_ != "relcl" else [
                i for c in tok.children if c.dep_ == "nsubj" for i in f.resolve(c)
            ]
            holders = self.actor_of(f, obj.head) if obj.head.pos_ == "VERB" and obj.dep_ == "dobj" and obj.head.i != tok.i else []
            holders = holders or f.prep_objects(obj, ("of", "by"))
            at = []
            if obj.lemma_ in FORUM_GATHERINGS:
                at, holders = holders, []
            participants = uniq([*holders, *attendees])
            if attendees and (len(participants) >= 2 or at):
                forum = at or self.meeting_forum(ctx, f)
                self.emit(ctx, f, "meeting", {"participant": participants, "forum": forum}, {}, 0.7, anchor=tok)


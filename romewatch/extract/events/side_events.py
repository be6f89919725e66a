"""Side events held alongside a session: "A side event titled '...', co-hosted by Chile and Lex Aequa,
took place on 6 December", "Al-Haq co-organised, with Botswana and Nigeria, a side event", bulleted
lists of titled events, "This side event was co-sponsored by ...", "a second event ...".

A mixin of the ``Assembly`` component: it keeps the side event last told, for the sentences that
go on about it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import ACTORS, Finder, clean_phrase, uniq
from .meeting_actors import joined_before, list_before
from .side_event_items import ProgrammeBullets
from .visits import SUPPOSED

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

SIDE = re.compile(r"\bside[\s-]events?\b", re.IGNORECASE)
VAGUE = re.compile(
    r"\b(several|many|various|numerous|some|other|multiple|a number of|dozens of)\s+(?:\w+\s+)?side[\s-]events\b",
    re.IGNORECASE,
)
COUNTED = re.compile(r"\b(two|three|four|five|2|3|4|5)\s+side[\s-]events\b", re.IGNORECASE)
ANAPHORA = re.compile(
    r"\b(?:this|the|that)\s+(?:side[\s-])?event\b|^\W*(?:it|the panel)\s+was\s+(?:also\s+)?(?:co-)?"
    r"(?:hosted|organi[sz]ed|convened|sponsored|supported)\b",
    re.IGNORECASE,
)
# a side event by another name: "a panel discussion", "a high-level event", "a roundtable", "a reception"
SIDE_LIKE = re.compile(
    r"\b(?:panel(?:\s+discussions?)?|round[\s-]?tables?|(?:special|high-level|parallel|virtual|hybrid|commemorative)"
    r"\s+events?|webinars?|receptions?|(?:book\s+)?launch(?:\s+event)?|exhibitions?|screenings?)\b",
    re.IGNORECASE,
)
ANOTHER = re.compile(
    r"\b(?:a\s+(?:second|third|fourth|further|separate)|another)\s+(?:side[\s-])?event\b", re.IGNORECASE
)
AS_SPONSORS = re.compile(r"\bwith\s+(.{3,120}?)\s+as\s+(?:its\s+)?co-?(?:sponsors|hosts|organi[sz]ers|partners)\b", re.IGNORECASE)
ACTIVE_ORG = re.compile(  # "co-organised", "is hosting", "will co-host, with A and B, a side event"
    r"\b(co-)?(?:organi[sz](?:ed|es|ing)|host(?:ed|s|ing)|conven(?:ed|es|ing))\b(?!\s+by)"
    r"|(?:(?<=\bwill )|(?<=\bto ))(co-)?(?:organi[sz]e|host|convene)\b",
    re.IGNORECASE,
)
ORDINAL = re.compile(r"^\W*(?:the\s+)?(first|second|third|fourth|last|other)\b", re.IGNORECASE)
# a title in any pair of quotes; a plain "'" closes only where no letter follows (not "victims' rights")
QUOTED = r"(?:[\"\u201c\u2018]([^\"\u201d\u2019]{4,200})[\"\u201d\u2019]|'([^'\n]{4,200})'(?!\w))"
TITLE = re.compile(
    r"(?:titled|entitled|called|on the theme|theme|side[\s-]events?(?:\s+(?:on|about|devoted to))?"
    r"|(?:panel(?:\s+discussion)?|round[\s-]?table|event|webinar|dialogue|briefing|screening|exhibition|launch))\s*,?:?\s*"
    + QUOTED,
    re.IGNORECASE,
)
# "We spoke at 'Victims First', an event organised by X": the title put before its event
TITLE_BEFORE = re.compile(
    QUOTED + r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:side[\s-])?(?:event|panel|roundtable|discussion|webinar|dialogue)\b",
    re.IGNORECASE,
)
# "an event organised by X", "the event co-hosted by A and B": a side event by its plainest name
EVENT_BY = re.compile(
    r"\b(?:an?|the|this)\s+(?:[\w-]+\s+){0,2}?events?\s*,?\s+(?:co-?)?(?:organi[sz]ed|hosted|convened|sponsored)\s+by\b",
    re.IGNORECASE,
)
# programme lines: "Organisers: A; B. Co-sponsors: C; D."
LABEL = re.compile(
    r"(?:^|(?<=[\s.;]))(co-?)?(organi[sz]ers?|organi[sz]ed by|hosts?|hosted by|conven[eo]rs?|sponsors?|sponsored by"
    r"|partners?|supported by|with the support of)\s*:",
    re.IGNORECASE,
)
# "with the support of X", "with funding from X": supporters, not organisers
SUPPORT = re.compile(r"^\W*with\s+(?:the\s+)?(?:kind\s+|generous\s+|financial\s+)?(?:support|assistance|funding|sponsorship)\b", re.IGNORECASE)


def title_of(m: re.Match[str] | None) -> str:
    """The quoted title a ``QUOTED`` pattern found (whichever quotes it was in)."""
    if m is None:
        return ""
    return next((g for g in m.groups() if g), "")
ORG_CUES = tuple(
    f"{co}{verb} {adv}by"
    for verb in ("organised", "organized", "hosted", "convened")
    for co in ("", "co-")
    for adv in ("", "jointly ", "together ")
)  # "organised by", "co-hosted by", "hosted jointly by"
# "- 'Title', organised by A", "\u2022 3 December \u2013 'Title', hosted by B", "4 December, 13:15-14:45 \u2013 'Title' ...":
# a programme line, bulleted or opening with its day or hour, whose quoted title comes first
BULLET_TITLE = re.compile(
    r"^[ \t]*(?:[-\u2022*\u2013\u25cf\u203a>][ \t]+(?:[^\n\"\u201c\u2018]{0,45}?[\u2013\u2014:-][ \t]*)?"
    r"|(?:\w+day,?[ \t]+)?\d{1,2}[ \t]+[A-Z][a-z]+[^\n\"\u201c\u2018]{0,30}?[\u2013\u2014:-][ \t]*)"
    r"[\"\u201c\u2018]([^\"\u201d\u2019\n]{4,200})[\"\u201d\u2019]([^\n]*)$",
    re.MULTILINE,
)
# "convened by A together with B": B organises too
TOGETHER = re.compile(r"^\W*(?:together with|jointly with|in partnership with|in collaboration with|alongside)\b", re.IGNORECASE)
# "plans to host a side event", "hopes to organise one": meant, not announced
MERELY_MEANT = frozenset({"plan", "hope", "intend", "consider", "wish", "want", "seek", "aim", "propose", "try", "offer"})
SESSIONS = frozenset({"session"})
# "Sponsors of the side event were A and B", "The organisers included X": the role told by a copula
ROLE_WERE = re.compile(
    r"\b((?:co-?)?(?:sponsors|organi[sz]ers|hosts|conveners|partners|supporters))\b[^.;:]{0,60}?\b(?:were|are|included|include)\b",
    re.IGNORECASE,
)
# "an event hosted by X, with A and B": the partners named after "with" co-sponsor (r11 asp)
WITH_PARTNERS = re.compile(
    r"\b(?:hosted|organi[sz]ed|convened)\s+(?:jointly\s+)?by\s+[^.;\n]{2,120}?,\s+with\s+(?!(?:the\s+)?(?:kind\s+|generous\s+|financial\s+)?"
    r"(?:support|assistance|funding|sponsorship|participation)\b)([^.;\n]{3,160})",
    re.IGNORECASE,
)
COHOST = re.compile(r"\bco-?host(?:ed|s|ing)?\b", re.IGNORECASE)
MARGINS = re.compile(r"\b(?:on|in) the (?:sidelines|margins?|fringes?)\b", re.IGNORECASE)
# partners organise with the organiser: "A, in partnership with B, hosted a panel"
PARTNER_CUES = ("in partnership with", "in collaboration with", "in cooperation with", "jointly with")
SPONSOR_CUES = (
    "co-sponsored by", "cosponsored by", "sponsored by", "supported by", "with the support of",
    "with support from", "with the support from", "with the assistance of", "with funding from", "with the financial support of",
)  # fmt: skip


class SideEvents(ProgrammeBullets):
    """`side_event` events (mixin of ``Assembly``)."""

    _list_before = staticmethod(list_before)

    # --- side events ---------------------------------------------------------------------------
    def side_event_items(self, ctx: DocContext, f: Finder) -> bool:
        """ "Side events" followed by bullets, one per event:
        - "Title" (7 Dec), organised by A together with B;
        - "Title" (8 Dec), hosted by C and co-sponsored by D and E."""
        text = f.text
        items = [m for m in BULLET_TITLE.finditer(text)]
        if not items:
            return False
        before = ctx.document.text[max(0, f.sent.start_char - 400) : f.sent.start_char + items[0].start()]
        if not SIDE.search(before):
            return False
        emitted = False
        for m in items:
            a, b = f.sent.start_char + m.start(), f.sent.start_char + m.end()
            low = ctx.document.text[a:b].lower()
            end_tok = f.token_at(b)
            end = end_tok.i if end_tok is not None else f.sent.end
            roles: dict[str, list[str]] = {"organizer": [], "co_sponsor": []}
            for cues, role in ((ORG_CUES, "organizer"), (SPONSOR_CUES, "co_sponsor")):
                for cue in cues:
                    pos = low.find(cue)
                    if pos < 0 or (pos >= 3 and low[pos - 3 : pos] == "co-"):
                        continue
                    tok = f.token_at(a + pos + len(cue))
                    got, stop = f.list_span(tok.i, end=end) if tok is not None else ([], 0)
                    if got and role == "organizer" and TOGETHER.match(f.doc[stop : min(end, stop + 4)].text):
                        got = [*got, *f.list_from(stop + 1, end=end)]  # "convened by A together with B"
                    roles[role] += got
                    if cue.startswith("co-host"):  # co-hosts organise and co-sponsor (the annotation guide)
                        roles["co_sponsor"] += got
            if not roles["organizer"] and not roles["co_sponsor"]:
                continue
            roles = {k: uniq(v) for k, v in roles.items()}
            roles["forum"] = self.forum(ctx, f)
            self.last_side_event = self.emit(
                ctx, f, "side_event", roles, {"title": clean_phrase(m.group(1), 30)}, 0.75, region=(a, b)
            )
            emitted = True
        return emitted or not LABEL.search(text)  # "- 'Title'. Organisers: A; B": the programme's labels tell it

    def side_event_labels(self, ctx: DocContext, f: Finder) -> bool:
        """A programme's lines: "'Title'. Organisers: A; B. Co-sponsors: C; D." The organisers' line
        opens the event titled just before it; a sponsors' line without a title goes on with the last."""
        text = f.text
        labels = list(LABEL.finditer(text))
        if not labels:
            return False
        doc_text = ctx.document.text
        start = f.sent.start_char
        lead = doc_text[max(0, start - 300) : start + labels[0].start()]
        quoted = list(re.finditer(QUOTED, lead))
        title = ""
        if quoted and re.fullmatch(r"[\s.,;:\-\u2013\u2014\u2022*()0-9apm]*", lead[quoted[-1].end() :], re.IGNORECASE):
            title = title_of(quoted[-1])  # the title closes right before the label
        prev = self.last_side_event
        if not title and prev is None:
            return False
        if not title and not (
            SIDE.search(doc_text[max(0, start - 1500) : start]) or (prev is not None and prev.evidence[-1][1] >= start - 300)
        ):
            return False
        roles: dict[str, list[str]] = {"organizer": [], "co_sponsor": []}
        for k, m in enumerate(labels):
            end_char = start + (labels[k + 1].start() if k + 1 < len(labels) else len(text))
            got = f.mentions(ACTORS, start=start + m.end(), end=end_char)  # "A; B; and C": the ";" list
            word = m.group(2).lower()
            sponsor = word.startswith(("sponsor", "partner", "support", "with")) or bool(m.group(1) and word.startswith("sponsor"))
            roles["co_sponsor" if sponsor else "organizer"] += got
        if not roles["organizer"] and not roles["co_sponsor"]:
            return False
        if not title and prev is not None:
            for role, ids in roles.items():
                prev.roles[role] = uniq([*prev.roles.get(role, []), *ids])
            return True
        roles = {k: uniq(v) for k, v in roles.items()}
        roles["forum"] = self.forum(ctx, f)
        own = [
            d for d in ctx.dates_in(max(0, start - 40), start + labels[0].start())
            if d.value and (d.end > start or not doc_text[d.end : start].strip(" \t\n:-\u2013\u2014"))
        ]  # "Thursday 4 December: - 'Title'"
        self.last_side_event = self.emit(
            ctx, f, "side_event", roles, {"title": clean_phrase(title, 30)}, 0.75, anchor=f.sent[0],
            date=(own[-1].value, own[-1].end_value) if own else None,
        )
        return True

    def side_event(self, ctx: DocContext, f: Finder) -> None:
        if (
            self.side_event_paren_items(ctx, f)
            or self.side_event_host_lines(ctx, f)
            or self.side_event_items(ctx, f)
            or self.side_event_labels(ctx, f)
        ):
            return
        text = f.text
        has = SIDE.search(text)
        assembly = ctx.notes.get("events.main_session") or "court:asp" in ctx.entities or f.mentions(SESSIONS)
        assembly = assembly or MARGINS.search(text) or re.search(r"\bsession\b", text, re.IGNORECASE)
        like = not has and assembly and (SIDE_LIKE.search(text) or EVENT_BY.search(text))
        if like and not (
            TITLE.search(text) or ACTIVE_ORG.search(text) or any(c in f.lower for c in (*ORG_CUES, *SPONSOR_CUES[:3]))
        ):
            like = None  # "the pre-trial panel": a side event is organised or has a title
        ordinal = (ORDINAL.match(text) and self.pending_left > 0) or ANOTHER.search(text)
        if self.pending_left:
            self.pending_left -= 1
        anaphora = self.last_side_event is not None and ANAPHORA.search(text)
        if not has and not ordinal and not anaphora and not like:
            return
        if has and VAGUE.search(text):
            return
        low = f.lower
        organizer: list[str] = []
        sponsors: list[str] = []
        for cue in ORG_CUES:
            pos = low.find(cue)
            if pos >= 0 and not (pos >= 3 and low[pos - 3 : pos] == "co-"):
                organizer += f.after_cue(cue)  # co-hosts organise; sponsors are those "co-sponsored by"
        for cue in SPONSOR_CUES:
            pos = low.find(cue)
            if pos >= 0 and not (pos >= 3 and low[pos - 3 : pos] == "co-"):
                sponsors += f.after_cue(cue)
        for m in ROLE_WERE.finditer(text):  # "Sponsors of the side event were A, B and C"
            tok = f.token_at(f.sent.start_char + m.end())
            got = f.list_from(tok.i) if tok is not None else []
            if m.group(1).lower().startswith(("sponsor", "co-sponsor", "cosponsor", "partner", "support")):
                sponsors += got
            else:
                organizer += got
        for m in WITH_PARTNERS.finditer(text):  # "hosted by A and B, with C and D": C and D co-sponsor
            got = f.mentions(ACTORS, start=f.sent.start_char + m.start(1), end=f.sent.start_char + m.end(1))
            if got and not AS_SPONSORS.search(text):
                sponsors += got
                organizer = [o for o in organizer if o not in got]
        for m in AS_SPONSORS.finditer(text):  # "hosted by A, with B and C as co-sponsors"
            tok = f.token_at(f.sent.start_char + m.start(1))
            got = f.list_from(tok.i) if tok is not None else []
            sponsors += got
            organizer = [o for o in organizer if o not in got]
        for tok in f.tokens:
            lem = tok.lemma_.lower()
            if tok.pos_ != "VERB" or tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
                continue
            co = tok.i >= 2 and f.doc[tok.i - 1].text == "-" and f.doc[tok.i - 2].lower_ == "co"
            if lem in self.lex["side_event_organise_verbs"] and (
                any(c.dep_ == "aux" and c.lower_ in SUPPOSED for c in tok.children)
                or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in MERELY_MEANT)
                or any(c.dep_ == "neg" for c in tok.children)
            ):
                return  # "Chile could host a side event if ...", "plans to organise one": not (yet) planned
            if lem in ("sponsor", "co-sponsor", "cosponsor", "support") and (
                any(c.dep_ == "nsubj" for c in tok.children) or co
            ) and not any(c.dep_ == "agent" for c in tok.children):
                # "A co-sponsored, together with B and C, a panel": sponsors, not organisers
                got = f.subject(tok) or (f.subject(f.doc[tok.i - 2]) if co else []) or self._list_before(f, tok.i - (2 if co else 0))
                w = next((t for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 6)] if t.lower_ in ("with", "alongside")), None)
                sponsors += uniq([*got, *(f.list_from(w.i + 1) if got and w is not None else [])])
            elif (
                lem in self.lex["side_event_organise_verbs"]
                and (any(c.dep_ == "nsubj" for c in tok.children) or co)
                and not any(c.dep_ == "agent" for c in tok.children)  # "... and co-sponsored by A": the cues read it
            ):
                got = f.subject(tok) or f.subject(f.doc[tok.i - 2]) or (self._list_before(f, tok.i - 2) if co else [])
                subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
                if got and (subj is not None or co):  # "Mexico and REDRESS co-hosted": the list the parse cut
                    at = subj.right_edge.i + 1 if subj is not None else tok.i - 2
                    while subj is None and at > f.sent.start and f.doc[at - 1].pos_ in ("AUX", "PART", "ADV"):
                        at -= 1  # "A and B will co-host": the list before the auxiliaries
                    got = joined_before(f, at, got)
                near = [
                    t
                    for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 8)]
                    if t.lower_ in ("with", "alongside") and not any(x.text in ".;" for x in f.doc[tok.i : t.i])
                    and not SUPPORT.match(f.doc[t.i : min(f.sent.end, t.i + 5)].text)
                ]  # "co-organised, with A, a side event" / "co-organised a side event with A"
                near = near or [  # "co-organised a side event titled "..." together with A": a partner cue, however far
                    t for t in f.doc[tok.i + 1 : f.sent.end]
                    if t.lower_ == "with" and f.doc[t.i - 1].lower_ in ("together", "jointly", "partnership", "collaboration")
                ]
                if got and near:  # "ANICJ co-organised, with Botswana and Nigeria, a side event"
                    got = uniq([*got, *f.list_from(near[0].i + 1)])
                ahead = [  # "Together with A and B, we co-hosted a side event"
                    w for v in ((tok, f.doc[tok.i - 2]) if co else (tok,)) for c in v.children
                    if c.i < v.i and c.dep_ in ("prep", "advmod")
                        for w in (c, *c.children) if w.lower_ in ("with", "alongside") and w.dep_ == "prep"
                    and not SUPPORT.match(f.doc[w.i : min(f.sent.end, w.i + 5)].text)
                ]
                if got and ahead:
                    w = ahead[0]
                    got = uniq([*got, *f.mentions(ACTORS, start=w.idx, end=w.right_edge.idx + len(w.right_edge.text))])
                organizer += got
            if (
                tok.dep_ == "poss"
                and tok.head.lower_ in ("event", "events")
                or (tok.dep_ == "poss" and SIDE.search(tok.head.head.text + " " + tok.head.text))
            ):
                organizer += f.resolve(tok)
        if not organizer:  # the parse lost the verb: "Al-Haq co-organised two side events"
            m = ACTIVE_ORG.search(text)
            if m:
                clause = max(text.rfind(",", 0, m.start()), text.rfind(".", 0, m.start())) + 1
                organizer = f.mentions(ACTORS, start=f.sent.start_char + clause, end=f.sent.start_char + m.start())
                if not organizer and re.search(r"\b[Ww]e\b", text[clause : m.start()]):
                    organizer = f.voice(f.sent.root)  # "We co-hosted ... a side event"
                if not organizer and re.fullmatch(r"\s*(?:will|is|are|has|have|had|to)?\s*", text[clause : m.start()]):
                    near = f.idx.before(f.sent.start_char, ACTORS, window=30)  # "PGA | will co-host": cut off
                    organizer = [near] if near else []
                w = re.match(r"[^.;:]{0,40}?\b(?:with|alongside)\b", text[m.end() :])
                wtok = f.token_at(f.sent.start_char + m.end() + w.end()) if w and organizer else None
                if wtok is not None:  # "co-organised, with Botswana and Nigeria, a side event"
                    organizer = uniq([*organizer, *f.list_from(wtok.i)])
                lead = re.match(r"\s*(?:together with|alongside|jointly with|with)\s+", text, re.IGNORECASE)
                if lead and organizer and clause > lead.end():  # "Together with A and B, C co-hosted a side event"
                    start = f.sent.start_char
                    organizer = uniq([*organizer, *f.mentions(ACTORS, start=start + lead.end(), end=start + clause)])
        if COUNTED.search(text) and not TITLE.search(text):
            self.pending_org = uniq(organizer) or f.subject(f.sent.root)
            self.pending_left = 4
            return
        prev = self.last_side_event
        if anaphora and not TITLE.search(text) and not ordinal:
            for role, ids in (
                ("organizer", organizer),
                ("co_sponsor", sponsors),
            ):  # "This side event was co-sponsored by ..."
                prev.roles[role] = uniq([*prev.roles.get(role, []), *[i for i in ids if i in ctx.entities]])
            return
        organizer = uniq(organizer) or list(self.pending_org)
        if organizer:
            organizer = uniq([*organizer, *(i for cue in PARTNER_CUES for i in f.after_cue(cue))])
        title = clean_phrase(title_of(TITLE.search(text) or TITLE_BEFORE.search(text)), 30)
        if COHOST.search(text):  # "co-hosted by Chile and X" / "A and B co-hosted": organisers and co-sponsors
            sponsors += [i for i in (f.after_cue("co-hosted by") or organizer) if i in organizer]
        roles = {"organizer": organizer, "co_sponsor": uniq(sponsors), "forum": self.forum(ctx, f)}
        if not organizer and not sponsors and not (title or ordinal) or (like and not organizer and not sponsors):
            return
        found = [*SIDE.finditer(text), *SIDE_LIKE.finditer(text), *ANOTHER.finditer(text)]
        trig = max(found, key=lambda m: m.start()) if found else None  # not the heading's "Side events"
        anchor = f.token_at(f.sent.start_char + trig.start()) if trig else None
        region = None
        if (text.count("\u201c") > text.count("\u201d") or text.count('"') % 2) and f.sent.end < len(f.doc):
            region = (f.sent.start_char, f.doc[f.sent.end].sent.end_char)  # the sentence broke inside the title
        self.last_side_event = self.emit(
            ctx, f, "side_event", roles, {"title": title}, 0.8 if sponsors or organizer else 0.55, anchor=anchor,
            region=region,
        )

"""Demands in lists: a lead-in ending in a colon, then one demand per item.

"We therefore urge States Parties:\\n- to adopt ...;\\n- to raise ...", "We respectfully ask that your
Government:\\n- withdraw ...", "Our recommendations to the Assembly are as follows:\\n1. Hold ...",
"Recommendations:\\n1. States Parties should ...", "X calls on:\\n- A to V;\\n- B to W".

The items are read from the document's text, whatever sentences the parser cut them into: the
lead-in's sentence reads all of them, and the sentences they fall in are left alone afterwards.
The claimant is whoever speaks the lead-in; the addressee is named in the lead-in, or per item
("- the Bureau to convene ...", "1. States Parties should ...").

A mixin of the ``Voice`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import ACTORS, FIRST_PERSON, Finder, clean_phrase, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

LEAD_NOUNS = frozenset({"recommendation", "demand", "request", "call", "appeal", "ask"})
LEAD_MODALS = frozenset({"should", "must", "ought"})
INLINE_ITEM = re.compile(
    r"(?:^|[\s;,])(?:\(?\d{1,2}\)|\(?[a-h]\)|\d{1,2}\.)\s+([^;]+?)(?=;|\s*\(?\d{1,2}\)|\s*\(?[a-h]\)|\.?$)",
    re.MULTILINE,
)
ITEM_MODAL = re.compile(r"\b(?:should|must|ought to|need to|needs to|are urged to|is urged to)\s+", re.IGNORECASE)
ITEM_TO = re.compile(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b)")
MAX_ITEMS = 20
ACT_CALL = re.compile(
    r"\s*(?:also\s+|further\s+|strongly\s+)?(?:calls?\s+(?:up)?on|urges?|requests?|encourages?|invites?|appeals?\s+to|"
    r"asks?|demands?|exhorts?)\s+",
    re.IGNORECASE,
)
ACT_PROMISE = re.compile(
    r"\s*(?:will|shall|(?:re)?commits?\s+to|pledges?\s+to|undertakes?\s+to|intends?\s+to|decides?\s+to)\s+(?:continue\s+to\s+)?",
    re.IGNORECASE,
)
UNMARKED = re.compile(r"^[ \t]*([a-zA-Z][^\n;]{5,300}?)((?:;(?:\s*and)?|\.)[ \t]*)$\n?", re.MULTILINE)
LIST_ITEM = re.compile(  # "1.", "(a)", "b)", "iv.", "-", "•", "▪", "◦", "o", "·"
    r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]|[-\u2022*\u2013\u25cf\u25aa\u25e6\u00b7o\uf0b7])\s+(.+)$",
    re.MULTILINE,
)
HEADING_LEAD = re.compile(  # a heading without a colon: "Recommendations to the Assembly", "Our asks for States"
    r"^[ \t]*(?:\d{1,2}[.)]?\s+)?(?:(?:our|key|main|specific|further)\s+)?(?:recommendations?|demands|calls|asks|requests)"
    r"\s+(?:to|for|addressed to|directed at)\s+[^\n:;.]{3,120}?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
PROMISE_LEAD = re.compile(  # "Chile and Ghana pledge to:", "We further commit to:", "The undersigned will:"
    r"\b(?:(?:hereby|further|also|jointly|collectively)\s+)?(?:pledge[sd]?|commit(?:s|ted)?(?:\s+(?:ourselves|themselves|itself))?|"
    r"undertake[sn]?|undertook|promise[sd]?|vow(?:s|ed)?|resolve[sd]?|intend[s]?|will|shall)(?:\s+to)?\s*$",
    re.IGNORECASE,
)
LEAD_ASKS = re.compile(
    r"\b(?:call|urg|ask|request|recommend|encourag|invit|appeal|demand|press|exhort)\w*\b", re.IGNORECASE
)
HEADING_WORDS = re.compile(r"\b(?:[Dd]emands|[Cc]alls|[Aa]sks|[Rr]equests)\s+(?:to|for|addressed|directed)\b")
STANDING_FOR = frozenset({"government", "authority", "authorities", "administration"})


def states_parties(ctx: DocContext, span: tuple[int, int]) -> list[str]:
    """ "all States", "member states": the States Parties taken together, recorded as a mention."""
    from ...model import Entity

    eid = "court:states-parties"
    ent = ctx.entities.setdefault(eid, Entity(id=eid, kind="court", name="States Parties to the Rome Statute"))
    name = ctx.document.text[span[0] : span[1]]
    if name not in ent.aliases:
        ent.aliases.append(name)
    if span not in ent.mentions:
        ent.mentions.append(span)
    return [eid]


class DemandLists:
    """`demand` events from lists under a lead-in (mixin of ``Voice``)."""

    lex: dict

    def lead_in_lists(self, ctx: DocContext, f: Finder) -> set[int]:
        """Read the lists this sentence leads into; the token ids of the triggers it used."""
        text = ctx.document.text
        used: set[int] = set()
        colons, at = [], text.find(":", f.sent.start_char, f.sent.end_char)
        while at >= 0:
            colons.append(at)
            at = text.find(":", at + 1, f.sent.end_char)
        if "ecommendation" in f.text or HEADING_WORDS.search(f.text):
            for m in HEADING_LEAD.finditer(text, f.sent.start_char, f.sent.end_char):
                colons.append(m.end() - 1)  # "Recommendations to the Bureau" on a line of its own, then the items
        for colon in sorted(set(colons)):
            items = self._items_after(ctx, colon)
            if not items:
                continue
            line_start = text.rfind("\n", 0, colon) + 1
            lead_from = max(line_start, f.sent.start_char)
            if self._promised_items(ctx, f, lead_from, colon, items):
                continue
            actor = self._lead_actor(ctx, f, lead_from, colon)
            generic = re.fullmatch(r"\s*(?:the|our)\s+[\w -]{3,40}", text[lead_from:colon], re.IGNORECASE)
            if not actor and generic and any(ACT_CALL.match(i) or ACT_PROMISE.match(i) for _, i in items):
                actor = f.voice()  # "The Presidency:" in the Presidency's own release
            if actor:  # "The Presidency:\n- reaffirms ...;\n- calls upon States to ...;\n- will convene ..."
                self._acts_of(ctx, f, actor, colon, items)
                continue
            trigger = self._lead_trigger(f, lead_from, colon)
            if trigger is None:
                continue
            used.add(trigger.i)
            self._emit_items(ctx, f, trigger, colon, items)
        return used

    def _promised_items(
        self, ctx: DocContext, f: Finder, lead_from: int, colon: int, items: list[tuple[int, str]]
    ) -> bool:
        """ "Chile and Ghana pledge to:\n1. ratify ...;\n2. host ...", "We further commit to:\n- ...":
        one commitment per item, by whoever the lead-in names (or "we")."""
        lead = ctx.document.text[lead_from:colon]
        m = PROMISE_LEAD.search(lead)
        if m is None or LEAD_ASKS.search(lead[: m.start()]):
            return False  # "we call on States to commit to:": what is asked, not promised
        named = [
            x.entity_id for x in ctx.mentions_in(lead_from, lead_from + m.start()) if f.idx.kind(x.entity_id) in ACTORS
        ]
        we = re.search(r"\b(?:we|i|our organi[sz]ations|the undersigned)\b", lead[: m.start()], re.IGNORECASE)
        agent = uniq(named) or (f.voice() if we else [])
        if not agent:
            return False
        for _, item in items:
            what = re.sub(r"[;,]?\s*\b(?:and|or)\s*$", "", clean_phrase(re.sub(r"^\s*to\s+", "", item)))
            if what:
                self.emit(ctx, f, "commitment", {"agent": agent}, {"action": what}, confidence=0.75)  # type: ignore[attr-defined]
        ctx.notes.setdefault("events.demand_items", []).append((colon, items[-1][0] + len(items[-1][1])))
        return True

    # --- "X:" and what X does, item by item -------------------------------------------------------
    @staticmethod
    def _lead_actor(ctx: DocContext, f: Finder, lead_from: int, colon: int) -> list[str]:
        """The lead-in is only a name: "The Presidency:", "The Assembly of States Parties,"."""
        found = [m for m in ctx.mentions_in(lead_from, colon) if f.idx.kind(m.entity_id) in ACTORS]
        if not found:
            return []
        rest = ctx.document.text[lead_from:colon]
        for m in found:
            rest = rest.replace(ctx.document.text[m.start : m.end], " ")
        return (
            uniq(m.entity_id for m in found) if re.fullmatch(r"[\s,]*(?:the|and|,)?[\s,]*", rest, re.IGNORECASE) else []
        )

    def _acts_of(self, ctx: DocContext, f: Finder, actor: list[str], colon: int, items: list[tuple[int, str]]) -> None:
        """Items that go on the lead-in's sentence: "calls upon X to V" (a demand), "will V" (a commitment)."""
        text = ctx.document.text
        for start, item in items:
            call = ACT_CALL.match(item)
            promise = ACT_PROMISE.match(item)
            if call:
                to = re.search(r"\bto\s+(?=[a-z])(?!the\b|a\b|an\b|its\b|their\b|them\b)", item[call.end() :])
                if to is None:
                    continue
                a, b = start + call.end(), start + call.end() + to.start()
                whom = [m.entity_id for m in ctx.mentions_in(a, b) if f.idx.kind(m.entity_id) in ACTORS]
                generic = re.match(r"\s*(?:member\s+)?(?:States|countries)\b(?!\s+Parties)", text[a:b])
                if not whom and generic:
                    whom = states_parties(
                        ctx,
                        (
                            a + generic.start() + len(generic.group(0)) - len(generic.group(0).lstrip()),
                            a + generic.end(),
                        ),
                    )
                self.emit(  # type: ignore[attr-defined]
                    ctx,
                    f,
                    "demand",
                    {"claimant": actor, "addressee": [w for w in whom if w not in actor]},
                    {"action": clean_phrase(item[call.end() + to.end() :])},
                    confidence=0.8,
                )
            elif promise:
                self.emit(  # type: ignore[attr-defined]
                    ctx,
                    f,
                    "commitment",
                    {"agent": actor},
                    {"action": clean_phrase(item[promise.end() :])},
                    confidence=0.75,
                )
        end = items[-1][0] + len(items[-1][1])
        ctx.notes.setdefault("events.demand_items", []).append((colon, end))

    # --- the lead-in ----------------------------------------------------------------------------
    def _lead_trigger(self, f: Finder, lead_from: int, colon: int) -> Token | None:
        verbs = set(self.lex["demand"]["verbs"])
        for t in f.tokens:
            if t.idx < lead_from or t.idx >= colon:
                continue
            lem = t.lemma_.lower()
            if t.pos_ == "VERB" and lem in verbs and not any(c.dep_ == "neg" for c in t.children):
                return t
            if t.pos_ in ("NOUN", "PROPN", "VERB") and lem.rstrip("s") in LEAD_NOUNS:
                return t  # "Our recommendations to the Assembly:", "Recommendations:"
            if t.lower_ in LEAD_MODALS and (t.dep_ == "aux" or t.i + 1 < f.sent.end and f.doc[t.i + 1].text == ":"):
                return t  # "States Parties should:" (the modal read as the root when the colon ends it)
        first = next((t for t in f.tokens if t.idx >= lead_from and not t.is_space), None)
        named = first is not None and any(
            f.idx.kind(m.entity_id) in ACTORS for m in f.ctx.mentions_in(first.idx, colon)
        )
        if named and first.lower_ == "to" and first.idx < colon and self._recommending(f, lead_from):
            return first  # "Recommendations\n\nTo the Government of Kenya:\n- ..."
        return None

    @staticmethod
    def _recommending(f: Finder, lead_from: int) -> bool:
        """A heading of recommendations or demands in the lines above "To X:"."""
        text = f.ctx.document.text
        above = text[max(0, lead_from - 1500) : lead_from].lower()
        return bool(re.search(r"\b(?:recommendations?|demands|we (?:urge|call|ask|recommend)|calls? on)\b", above))

    def _lead_claimant(self, ctx: DocContext, f: Finder, trigger: Token) -> list[str]:
        if trigger.lower_ == "to":
            return f.voice(trigger)
        if trigger.pos_ == "VERB":
            subj = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ not in FIRST_PERSON and trigger.dep_ != "nsubjpass":
                got = self.claimant(ctx, f, trigger)  # type: ignore[attr-defined]
                if got:
                    return got
        owner = f.possessor(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
        if owner is not None and owner.lower_ not in FIRST_PERSON:
            got = f.resolve(owner)
            if got:
                return got
        return f.voice(trigger) or self._recommender(ctx, f)  # type: ignore[attr-defined]  # (r12 asp) "X publishes its recommendations"

    def _lead_addressee(self, ctx: DocContext, f: Finder, trigger: Token, colon: int, claimant: list[str]) -> list[str]:
        if trigger.lower_ in LEAD_MODALS:  # "States Parties should:": the subject
            verb = trigger if trigger.dep_ == "ROOT" else trigger.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            before = f.doc[trigger.i - 1] if trigger.i > f.sent.start else None
            if subj is None and before is not None and before.tag_ in ("NNS", "NNPS"):
                subj = before  # "In particular states should:", the noun read as the object of "In"
            got = f.resolve(subj) if subj is not None else []
            if not got and subj is not None and subj.lemma_.lower() == "state" and subj.tag_ == "NNS":
                from .demand_generic import states_parties_of

                got = states_parties_of(ctx, subj)  # "In particular states should:" (r11 asp)
            return [i for i in got if i not in claimant]
        out: list[str] = []
        for t in f.tokens:
            if t.idx < trigger.idx or t.idx >= colon or t.i == trigger.i:
                continue
            m = f.idx.mention(t)
            if m is not None and f.idx.kind(m.entity_id) in ACTORS:
                out.append(m.entity_id)
            elif t.lower_ == "you" or (m is None and t.lemma_.lower() in STANDING_FOR):
                out += f.resolve(t)  # "we call on you to:", "ask that your Government:"
        return [i for i in uniq(out) if i not in claimant]

    # --- the items ------------------------------------------------------------------------------
    @staticmethod
    def _items_after(ctx: DocContext, colon: int) -> list[tuple[int, str]]:
        """(start, text) of the items right after a colon: on the following lines, or inline."""
        text = ctx.document.text
        rest = text[colon + 1 : colon + 200].split("\n", 1)[0]
        if rest.strip():  # "to: 1) arrest X; 2) cooperate fully"
            end = text.find("\n", colon + 1)
            end = len(text) if end < 0 else end
            inline = [m for m in INLINE_ITEM.finditer(text, colon + 1, end) if m.group(1).strip()]
            return [(m.start(1), m.group(1)) for m in inline] if len(inline) >= 2 else []
        out: list[tuple[int, str]] = []
        cursor = colon + 1
        blank = False  # a blank line since the last item's text
        intro = False  # a framing line read before the first item
        while len(out) < MAX_ITEMS:
            m = LIST_ITEM.match(text, cursor) if cursor < len(text) else None
            if m is not None and out and DemandLists._heading(m.group(1)):
                break  # "3. RESOURCES": the next section's numbered heading, not an item
            if m is None:
                nxt = text.find("\n", cursor)
                line = text[cursor : nxt if nxt >= 0 else len(text)]
                if not line.strip() and nxt >= 0 and nxt + 1 < len(text):
                    cursor = nxt + 1  # a blank line between items
                    blank = True
                    continue
                if not out and not intro and line.strip().endswith(",") and len(line) < 120 and nxt >= 0:
                    intro = True  # "As the Statute turns twenty," between the lead-in and its bullets (r11 asp)
                    cursor = nxt + 1
                    continue
                wrapped = out and line.strip() and not blank and not out[-1][1].rstrip().endswith((".", ";", ":"))
                if wrapped and nxt >= 0:  # an item wrapped onto the next line (a PDF's hard wrap)
                    out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
                    cursor = nxt + 1
                    continue
                break
            if not out and DemandLists._heading(m.group(1)):
                break
            out.append((m.start(1), m.group(1)))
            cursor = m.end() + 1
            blank = False
        return out or DemandLists._unmarked_items(text, colon + 1)

    @staticmethod
    def _heading(item: str) -> bool:
        """ "RESOURCES", "ARREST AND SURRENDER": a numbered section heading in capitals."""
        letters = [c for c in item if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters) and len(item.split()) <= 8

    @staticmethod
    def _unmarked_items(text: str, cursor: int) -> list[tuple[int, str]]:
        """Items without marks, one a line, each but the last closed by ";" ("to:\nratify X;\nenact Y.")."""
        out: list[tuple[int, str]] = []
        for m in UNMARKED.finditer(text, cursor):
            if m.start() != cursor and text[cursor : m.start()].strip():
                break
            out.append((m.start(1), m.group(1)))
            cursor = m.end()
            if not m.group(2).startswith(";"):
                break
        return out if len(out) >= 2 and not out[-1][1].rstrip().endswith(";") else []

    def _emit_items(self, ctx: DocContext, f: Finder, trigger: Token, colon: int, items: list[tuple[int, str]]) -> None:
        claimant = self._lead_claimant(ctx, f, trigger)
        addressee = self._lead_addressee(ctx, f, trigger, colon, claimant)
        end = items[-1][0] + len(items[-1][1])
        ctx.notes.setdefault("events.demand_items", []).append((colon, end))
        for start, item in items:
            whom, what = self._item_parts(ctx, f, start, item)
            what = re.sub(r"[;,]?\s*\b(?:and|or)\s*$", "", what.rstrip())  # "...;\n- Adopt X; and"
            whom = [w for w in whom if w not in claimant]
            self.emit(  # type: ignore[attr-defined]
                ctx,
                f,
                "demand",
                {"claimant": claimant, "addressee": whom or addressee},
                {"action": clean_phrase(what)},
                confidence=0.8,
                anchor=trigger,
                region=(f.sent.start_char, trigger.idx + len(trigger.text)),
            )

    @staticmethod
    def _item_parts(ctx: DocContext, f: Finder, start: int, item: str) -> tuple[list[str], str]:
        """ "the Bureau to convene a meeting" -> ([Bureau], "convene a meeting"); "to adopt X" -> adopt X."""
        stripped = re.sub(r"^\s*to\s+", "", item)
        if stripped != item:
            return [], stripped
        for cue in (ITEM_MODAL, ITEM_TO):
            m = cue.search(item)
            if m is None or m.start() > 120:
                continue
            found = [x for x in ctx.mentions_in(start, start + m.start()) if f.idx.kind(x.entity_id) in ACTORS]
            lead = item[: found[0].start - start] if found else ""
            if not found or not re.fullmatch(
                r"\s*(?:(?:the|all|all the|each|every)\s+)?(?:[\w'’-]+\s+of\s+)?", lead, re.IGNORECASE
            ):
                continue
            if ctx.document.text[found[-1].end : start + m.start()].strip(" \t\n,"):
                continue  # "Adopt national measures to protect ...": no one is named right before the cue
            first = ctx.doc.char_span(found[0].start, found[0].end, alignment_mode="expand")
            if first is not None and len(first) == 1 and first[0].tag_ == "VB" and not lead.strip():
                continue  # "Commit to ratifying ...": the item's verb, read as a name (r12 asp)
            cut = ctx.doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")
            whom = f.list_from(first.start, end=cut.start, skip=0) if first is not None and cut is not None else []
            if whom:  # the item opens with whom it asks: "the Government of Chile to V", "States Parties should V"
                return whom, item[m.end() :]
        return [], item

"""Where and in which words a journey of a person the Court seeks is told (a mixin of ``Visits``): the
states named after the trigger, a capital or a city the KB places, "the Hungarian capital", a wire's
dateline; and the journeys the lexicon does not list ("set foot in", "touched down in", "jetted into",
"his arrival in", "was in Hungary for four days")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...model import Entity
from .base import Finder, uniq
from .findings import STATE

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

#: journeys told by a verb and its particle or object: "set foot in", "touched down in", "stopped over in"
PHRASAL_TRIPS = {"set": ("dobj", "foot"), "touch": ("prt", "down"), "step": ("dobj", "foot"), "stop": ("prt", "over")}
#: (r8 gaps) more words of a journey than the lexicon's: "jetted into Budapest", "his arrival in Mongolia"
MORE_TRIP_VERBS = frozenset({"jet", "sail", "drive", "return", "venture", "proceed"})
MORE_TRIP_NOUNS = frozenset({"arrival", "stopover", "journey", "sojourn", "landing"})


#: (r11) the words between a State and the person it is named with as its leader: "Russia's President Vladimir Putin"
OWN_TITLE = re.compile(
    r"(?:['\u2019]s)?\s+(?:former |then[- ]|ousted |late )?(?:president|prime minister|leader|ruler|head of state|strongman|premier"
    r"|chancellor|king|emir|general|senior general|supreme leader|dictator|defence minister|defense minister)\s+",
    re.IGNORECASE,
)


def own_state(ctx: DocContext, people: list[str], state: str) -> bool:
    """(r11) The State named as the person's own ("Russian President Vladimir Putin", "Russia's President
    Vladimir Putin"): his being there (at the Kremlin, in Moscow) is no visit."""
    text = ctx.document.text
    states = [m for m in ctx.mentions if m.entity_id == state]
    for m in ctx.mentions:
        if m.entity_id not in people:
            continue
        if any(0 <= m.start - s.end <= 40 and OWN_TITLE.fullmatch(text[s.end : m.start]) for s in states):
            return True
        if any(m.start <= s.start and s.end < m.end and OWN_TITLE.match(text[s.end : m.end]) for s in states):
            return True  # the State inside the person's own mention: "Russia's President Vladimir Putin"
    return False


#: the lemmas ``phrasal_trip`` can be true of (with "roll", "rolled out the red carpet"): a cheap gate for its callers
TRIP_WORDS = frozenset({"be", "roll", *MORE_TRIP_VERBS, *MORE_TRIP_NOUNS, *PHRASAL_TRIPS})


def phrasal_trip(tok: Token) -> bool:
    """ "Putin set foot in Mongolia", "his plane touched down in Budapest", "jetted into Budapest", "his
    arrival in Mongolia": a trip in words the lexicon does not list."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in MORE_TRIP_VERBS:
        return True
    if tok.lemma_ == "be" and any(c.dep_ == "nsubj" for c in tok.children):  # "Netanyahu was in Hungary for four days"
        return any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
            for c in tok.children
        )
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in MORE_TRIP_NOUNS:  # "his arrival in Mongolia", not "the day
        return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "to") for c in tok.children)  # of his arrival"
    want = PHRASAL_TRIPS.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
    return want is not None and any(c.dep_ == want[0] and c.lower_ == want[1] for c in tok.children)


class VisitHosts:
    """The hosts of a journey (mixin of ``Visits``)."""

    @staticmethod
    def _capitals(ctx: DocContext) -> dict[str, Any]:
        kb = ctx.kb
        if kb is None or not hasattr(kb, "by_kind"):
            return {}
        capitals = ctx.notes.get("events.capitals")
        if capitals is None:
            capitals = {}
            for st in kb.by_kind("state"):
                cap = (st.attrs or {}).get("capital")
                if cap:
                    capitals[cap.lower()] = st
            ctx.notes["events.capitals"] = capitals
        return capitals

    @classmethod
    def _capitals_after(cls, ctx: DocContext, f: Finder, tok: Token) -> list[str]:
        """ "visited Ulaanbaatar": the state whose capital it is (from the KB), added as an entity."""
        capitals = cls._capitals(ctx)
        if not capitals:
            return []
        out = []
        for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 10)]:
            if t.text in ".;" or t.lower_ in ("without", "despite", "where", "who", "which", "although", "while"):
                break  # "attended an African Union summit in Johannesburg": the clause, not the next one
            if t.lemma_.lower() in ("capital", "city") and t.pos_ == "NOUN":  # "landed in the Hungarian capital"
                named = [i for c in t.children if c.dep_ in ("amod", "compound") for i in f.demonym(c)]
                if named:
                    return named[:1]
            m = f.idx.mention(t)
            names = [m.text.lower()] if m is not None and f.idx.kind(m.entity_id) == "place" else []
            if m is not None and m.entity_id in ctx.entities:
                names.append(ctx.entities[m.entity_id].name.lower())
            st = next((capitals[n] for n in names if n in capitals), None)
            if st is None and names and ctx.kb is not None:  # "flew into Johannesburg": a city the KB places
                known = ctx.kb.get(m.entity_id) if m is not None else None
                seat = (getattr(known, "attrs", None) or {}).get("state")
                st = ctx.kb.get(seat) if isinstance(seat, str) and seat.startswith("state:") else None
            if st is not None:
                if st.id not in ctx.entities:
                    ctx.entities[st.id] = Entity(id=st.id, kind="state", name=st.name)
                out.append(st.id)
                break
        return out

    @staticmethod
    def _hosts_after(f: Finder, tok: Token) -> list[str]:
        """States named in the clause after a visit trigger, leaving out nationalities of people."""
        out: list[str] = []
        doc, idx = f.doc, f.idx
        end = min(f.sent.end, tok.i + 16)
        for j in range(tok.i + 1, end):
            t = doc[j]
            if t.text in ".;" or t.lower_ in ("without", "despite", "where", "who", "which", "although", "while"):
                break
            if t.lower_ in ("its", "their") and j + 1 < end and doc[j + 1].lower_ in ("territory", "soil"):
                out += f.resolve(t, STATE)  # "attended a summit on its territory"
                continue
            m = idx.mention(t)
            if m is None or idx.kind(m.entity_id) != "state" or (j > tok.i + 1 and idx.mention(doc[j - 1]) is m):
                continue
            if doc[j - 1].lower_ in ("of", "from"):
                continue
            nxt = [idx.mention(doc[k]) for k in range(j + 1, min(end, j + 5))]
            if any(n is not None and n is not m and idx.kind(n.entity_id) == "person" for n in nxt):
                continue
            out.append(m.entity_id)
        return uniq(out)

    @staticmethod
    def _host_groups(ctx: DocContext, f: Finder, tok: Token) -> list[tuple[list[str], tuple[int, int]]]:
        starts: list[tuple[int, list[str]]] = []
        for t in f.doc[tok.i + 1 : f.sent.end]:
            if t.lower_ in ("to", "in") and (t.i == tok.i + 1 or t.lower_ == "to"):
                ids = f.list_from(t.i + 1, STATE, skip=1)
                if ids:
                    starts.append((t.idx, ids))
        if len(starts) < 2:
            return []
        out = []
        for k, (lo, ids) in enumerate(starts):
            hi = starts[k + 1][0] if k + 1 < len(starts) else f.sent.end_char
            if not any(d.value for d in ctx.dates_in(lo, hi)):
                return []
            out.append((ids, (lo, hi)))
        return out

    @classmethod
    def _dateline_state(cls, ctx: DocContext) -> list[str]:
        m = re.search(r"^\s*([A-Z][A-Z .'-]{2,30}),? [^\n]{0,60}?\d", ctx.document.text[:800], re.MULTILINE)
        if m is None:
            return []
        st = cls._capitals(ctx).get(m.group(1).strip().lower())
        if st is None:
            return []
        if st.id not in ctx.entities:
            ctx.entities[st.id] = Entity(id=st.id, kind="state", name=st.name)
        return [st.id]

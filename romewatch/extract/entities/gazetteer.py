"""Names the knowledge base knows, matched over spaCy tokens.

The matcher is a token trie built once per KB from ``kb.surface_forms()``. Token keys drop
accents, dots and apostrophes, and hyphens are skipped, so "Al-Haq" / "Al Haq", "U.S." / "US"
and "Hofmański" / "Hofmanski" meet. Acronyms match case-sensitively (the pronoun "us" is not
the United States); other forms case-insensitively, but a one-word name written with a capital
needs its capital in the text ("Chad", not "chad"). Leftmost-longest match wins.

* adjectives ("Israeli", "Russian") name the state only when they qualify a government or an
  actor: "the Israeli government", "Israeli authorities", "the Israeli ... regime";
* generic short forms ("the Court", "the Assembly") need a determiner; written in lower case
  ("the court") they count only when the document also names the entity in full;
* sessions are left to ``patterns`` (ordinals, "ASP21"), which keeps their spans short.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

from ..context import DocContext
from .common import Candidate, add, kind_of, skippable, token_key

NEEDS_FULL_NAME = {"court:otp", "court:presidency", "court:chambers"}
HOW_ORDER = {"name": 0, "alias": 1, "acronym": 2, "stand_in": 3, "adjective": 4, "generic": 5}
DETERMINERS = {"the", "this", "that", "its", "our", "your", "their", "his", "her", "'s", "\u2019s"}
ACTOR_NOUNS = {
    "government", "authority", "authorities", "regime", "state", "force", "forces", "army", "military",
    "official", "officials", "minister", "ministry", "president", "prime", "leader", "leadership",
    "administration", "delegation", "parliament", "court", "courts", "police", "soldier", "soldiers", "troops",
    "intelligence", "navy", "embassy", "ambassador", "diplomat", "diplomats", "spokesperson", "spokesman",
    "spokeswoman", "occupation", "cabinet", "lawmaker", "lawmakers", "judiciary", "prosecutor", "prosecutors",
    "agent", "agents", "security", "counterpart", "envoy", "representative", "representatives", "mission",
    "foreign", "defence", "defense", "interior", "sanctions", "attack", "attacks", "strike", "strikes",
    "offensive", "invasion", "aggression", "bombardment", "blockade", "apartheid", "policy", "policies",
    "measures", "decision", "law", "legislation", "senator", "senators", "congress", "chancellor", "king",
    "premier", "head", "parliamentarians", "ministers", "ministries", "presidency", "treasury",
    "department", "agency", "service", "services", "settler", "colonial", "colonialism", "annexation",
    "nationals", "national", "citizens", "leaders", "politicians", "operatives", "spies", "hackers",
}  # fmt: skip

_CACHE: weakref.WeakKeyDictionary[Any, _Matcher] = weakref.WeakKeyDictionary()
_CACHE_BY_ID: dict[int, tuple[Any, _Matcher]] = {}


class _Matcher:
    """Two token tries (case-folded names, case-kept acronyms) over a KB's surface forms."""

    def __init__(self, kb: Any, tokenizer: Any) -> None:
        self.ci: dict = {}
        self.cs: dict = {}
        for surface, eid, how in kb.surface_forms():
            if eid.startswith("session:"):
                continue
            words = [t.text for t in tokenizer(surface) if not skippable(t.text) and not t.is_space]
            if words and words[0].lower() == "the":
                words = words[1:]
            if not words:
                continue
            acronym = how == "acronym"
            trie = self.cs if acronym else self.ci
            node = trie
            for w in words:
                node = node.setdefault(token_key(w, fold=not acronym), {})
            capital = not acronym and how != "generic" and len(words) == 1 and words[0][:1].isupper()
            entry = (eid, how, surface, capital)
            entries = node.setdefault("$", [])
            if all(e[0] != eid for e in entries):
                entries.append(entry)
                entries.sort(key=lambda e: HOW_ORDER.get(e[1], 9))

    def find(self, doc: Any) -> list[tuple[int, int, tuple]]:
        """Leftmost-longest matches as (first token, end token, entry)."""
        n = len(doc)
        skip = [skippable(t.text) or t.is_space for t in doc]
        ci = [token_key(t.text) for t in doc]
        cs = [token_key(t.text, fold=False) for t in doc]
        out = []
        i = 0
        while i < n:
            if skip[i]:
                i += 1
                continue
            best: tuple[int, tuple] | None = None
            for trie, keys in ((self.ci, ci), (self.cs, cs)):
                node, j = trie, i
                while j < n:
                    if skip[j] and j > i:
                        j += 1
                        continue
                    node = node.get(keys[j])
                    if node is None:
                        break
                    j += 1
                    if "$" in node and (best is None or j > best[0]):
                        entry = self._pick(node["$"], doc, i, j)
                        if entry is not None:
                            best = (j, entry)
            if best is None:
                i += 1
                continue
            out.append((i, best[0], best[1]))
            out.extend(self._nested(doc, i, best[0], ci, cs, skip, best[1][0].split(":", 1)[0]))
            i = best[0]
        return out

    def _nested(self, doc: Any, i: int, j: int, ci: list, cs: list, skip: list, outer_kind: str) -> list:
        """A KB name closing a longer one after "of / to / for the": "States Parties to the Rome Statute";
        after a bare "in" only inside places and Court bodies ("UN Headquarters in New York")."""
        for k in range(i + 1, j):
            after_the = (
                k >= i + 2 and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ in ("of", "to", "for", "at", "in")
            )
            located = doc[k - 1].lower_ in ("in", "at") and outer_kind in ("place", "court")
            if not after_the and not located:
                continue
            for trie, keys in ((self.ci, ci), (self.cs, cs)):
                node, m = trie, k
                while m < j and node is not None:
                    if skip[m] and m > k:
                        m += 1
                        continue
                    node = node.get(keys[m])
                    m += 1
                if node is not None and m == j and "$" in node:
                    entry = self._pick(node["$"], doc, k, j)
                    if entry is not None and entry[1] != "generic":
                        return [(k, j, entry, (i, j))]
        return []

    @staticmethod
    def _pick(entries: list, doc: Any, i: int, j: int) -> tuple | None:
        ok = [e for e in entries if not (e[3] and not doc[i].text[:1].isupper())]
        if not ok:
            return None
        place = next((e for e in ok if e[0].startswith("place:")), None)
        stand_in = next((e for e in ok if e[1] == "stand_in"), None)
        if place is not None and stand_in is not None:  # "Moscow": the city, or the government?
            return place if _locative(doc, i, j) else stand_in
        return ok[0]


def matcher_for(kb: Any, nlp_tokenizer: Any) -> _Matcher:
    """The matcher of a KB, built on first use and kept as long as the KB lives."""
    try:
        m = _CACHE.get(kb)
        if m is None:
            m = _CACHE[kb] = _Matcher(kb, nlp_tokenizer)
        return m
    except TypeError:  # KB not weak-referenceable
        held = _CACHE_BY_ID.get(id(kb))
        if held is None or held[0] is not kb:
            held = (kb, _Matcher(kb, nlp_tokenizer))
            _CACHE_BY_ID[id(kb)] = held
        return held[1]


_LOCATIVE = {
    "in",
    "at",
    "to",
    "from",
    "near",
    "outside",
    "into",
    "via",
    "across",
    "around",
    "inside",
    "visit",
    "visited",
    "visiting",
    "arrived",
    "travelled",
    "traveled",
}


def _locative(doc: Any, i: int, j: int) -> bool:
    """A city named as a place (dateline, "in Moscow", "visited Khartoum"), not as its government."""
    first = doc[i]
    line_start = i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_
    if line_start and (first.text.isupper() or (j < len(doc) and doc[j].text in (",", "(", "-", "\u2013", "\u2014"))):
        return True
    if first.dep_ == "pobj" and first.head.head.lemma_.lower() in ACTOR_NOUNS:
        return False  # "the administration in Washington": the government
    if i > 0 and doc[i - 1].lower_ in _LOCATIVE:
        return True
    if i > 1 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in _LOCATIVE:
        return True
    if (
        i > 1
        and doc[i - 1].text == ","
        and doc[i - 2].text[:1].isupper()
        and (j >= len(doc) or "\n" in doc[j].text or "\n" in doc[j - 1].whitespace_)
    ):
        return True  # an address line: "Union Buildings, Pretoria"
    return first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE


def _adjective_ok(doc: Any, i: int, j: int) -> bool:
    """An adjective names its state when it qualifies a government or an actor."""
    tok = doc[j - 1]
    if j < len(doc) and doc[j].text in ("'s", "\u2019s"):
        return True
    window = [doc[k] for k in range(j, min(len(doc), j + 4))]
    head = tok.head
    if head.i >= j and head.i < j + 6:
        window.append(head)
        if head.head.i > head.i and head.head.i < j + 8:
            window.append(head.head)
    for t in window:
        if t.lemma_.lower() in ACTOR_NOUNS or t.text.lower() in ACTOR_NOUNS:
            return True
        if t.pos_ == "PROPN" and t.ent_type_ == "PERSON":  # "Russian President Vladimir Putin", "Israeli PM Netanyahu"
            return True
        if (
            t.pos_ in ("NOUN",)
            and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
            and t.lemma_.lower() not in ACTOR_NOUNS
        ):
            break
    return False


def _one_reading_per_city(matches: list, doc: Any) -> list:
    """A city read once as its government ("Khartoum defiant") is the state throughout the text:
    annotators keep one entity per name, and the government reading is the one that acts."""
    gov: dict[str, tuple] = {}
    for i, j, entry, *_ in matches:
        if entry[1] == "stand_in":
            gov[doc[i:j].text.lower()] = entry
    if not gov:
        return matches
    out = []
    for m in matches:
        i, j, entry = m[:3]
        if entry[0].startswith("place:") and doc[i:j].text.lower() in gov and not doc[i:j].text.isupper():
            m = (i, j, gov[doc[i:j].text.lower()], *m[3:])
        out.append(m)
    return out


_TITLE_WORDS = re.compile(r"Secretary|President|Director|Chair|Registrar|Prosecutor|Commissioner|Rapporteur")


def _inside_longer_name(doc: Any, i: int, j: int, eid: str) -> bool:
    """A KB name that is only the tail of a longer unknown one: "U.S. National Security Council",
    "Amnesty International's Secretary General"."""
    if i == 0 or j - i < 2 or eid.startswith(("person:", "state:", "session:")):
        return False
    prev = doc[i - 1]
    if prev.text in ("'s", "\u2019s"):
        return bool(_TITLE_WORDS.search(doc[i:j].text)) and i > 1 and doc[i - 2].text[:1].isupper()
    return (
        prev.text[:1].isupper()
        and not prev.text.isupper()
        and not prev.is_sent_start
        and prev.pos_ in ("PROPN", "ADJ")
        and prev.lower_ not in DETERMINERS
        and prev.ent_type_ not in ("NORP", "GPE")
    )


class Gazetteer:
    """Proposes every KB surface form found in the text (one matcher per KB, built once)."""

    name = "entities.gazetteer"
    version = "0.1.0"

    def __init__(self) -> None:
        self._tokenizer: Any = None

    def _tok(self) -> Any:
        """A rule-only English tokenizer for the KB's surface forms (same rules as the pipeline's)."""
        if self._tokenizer is None:
            import spacy

            self._tokenizer = spacy.blank("en").tokenizer
        return self._tokenizer

    def __call__(self, ctx: DocContext) -> None:
        if ctx.kb is None:
            return
        doc = ctx.doc
        text = ctx.document.text
        matches = matcher_for(ctx.kb, self._tok()).find(doc)
        matches = _one_reading_per_city(matches, doc)
        full_ids = {m[2][0] for m in matches if m[2][1] not in ("generic", "adjective")}
        for match in matches:
            i, j, (eid, how, surface, _cap) = match[:3]
            parent = None
            if len(match) > 3:
                pi, pj = match[3]
                parent = (doc[pi].idx, doc[pj - 1].idx + len(doc[pj - 1].text))
            if how == "generic":
                if "chamber" in eid:
                    continue  # "the Chamber" is the last Chamber named (coref.PointBack)
                prev = doc[i - 1] if i > 0 else None
                bare = (  # "every Bureau meeting": a capitalised body word used on its own
                    prev is not None
                    and doc[j - 1].text[:1].isupper()
                    and not prev.text[:1].isupper()
                    and not prev.is_punct
                    and j < len(doc)
                    and doc[j].pos_ == "NOUN"
                    and doc[j].text.islower()
                )
                if prev is None or (prev.lower_ not in DETERMINERS and not bare):
                    continue
                if eid in NEEDS_FULL_NAME and eid not in full_ids:
                    continue  # "the Office", "the Presidency": only after the full name
                if not doc[j - 1].text[:1].isupper() and eid not in full_ids:
                    continue
            if how == "adjective" and not _adjective_ok(doc, i, j):
                continue
            if how in ("name", "alias") and _inside_longer_name(doc, i, j, eid):
                continue
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            add(
                ctx,
                Candidate(
                    s,
                    e,
                    text[s:e],
                    eid,
                    kind_of(eid),
                    "gazetteer",
                    name=_kb_name(ctx.kb, eid) or surface,
                    how=how,
                    component=self.name,
                    parent=parent,
                ),
            )


def _kb_name(kb: Any, eid: str) -> str | None:
    ent = kb.get(eid)
    return ent.name if ent is not None else None


COMPONENTS = [Gazetteer()]

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

import weakref
from typing import Any

from ..context import DocContext
from ..sentences import doc_text
from .common import Candidate, add, kind_of, skippable, token_key
from .readings import DETERMINERS, adjective_ok, inside_longer_name, locative, one_reading_per_city


def token_words(doc: Any) -> list[tuple[str, bool]]:
    """(text, is_space) of every token, sliced from the parse's text by the tokens' offsets and lengths."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    if not len(doc):
        return []
    text = doc_text(doc)
    return [(text[i : i + n], bool(space)) for i, n, space in doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()]


NEEDS_FULL_NAME = {"court:otp", "court:presidency", "court:chambers"}
HOW_ORDER = {"name": 0, "alias": 1, "acronym": 2, "stand_in": 3, "adjective": 4, "generic": 5}


_CACHE: weakref.WeakKeyDictionary[Any, _Matcher] = weakref.WeakKeyDictionary()
_CACHE_BY_ID: dict[int, tuple[Any, _Matcher]] = {}


class _Matcher:
    """Two token tries (case-folded names, case-kept acronyms) over a KB's surface forms."""

    def __init__(self, kb: Any, tokenizer: Any) -> None:
        self.ci: dict = {}
        self.cs: dict = {}
        for surface, eid, how in _with_un_variants(kb.surface_forms()):
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
        words = token_words(doc)  # one read of the tokens' offsets (no Token object per token)
        skip = [skippable(w) or space for w, space in words]
        ci = [token_key(w) for w, _ in words]
        cs = [token_key(w, fold=False) for w, _ in words]
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
                    if (
                        entry is not None
                        and entry[1] != "generic"
                        and not (outer_kind in ("state", "igo") and entry[0].split(":", 1)[0] == outer_kind)
                    ):  # "Democratic Republic of the Congo" holds no second state, the UN's offices no UN
                        return [(k, j, entry, (i, j))]
        return []

    def generic_owners(self, doc: Any, i: int, j: int) -> list[str]:
        """Every entity a generic short form ("the Council") may stand for."""
        node = self.ci
        for k in range(i, j):
            if skippable(doc[k].text) or doc[k].is_space:
                continue
            node = node.get(token_key(doc[k].text))
            if node is None:
                return []
        return [e[0] for e in node.get("$", []) if e[1] == "generic"]

    @staticmethod
    def _pick(entries: list, doc: Any, i: int, j: int) -> tuple | None:
        ok = [e for e in entries if not (e[3] and not doc[i].text[:1].isupper())]
        if not ok:
            return None
        place = next((e for e in ok if e[0].startswith("place:")), None)
        stand_in = next((e for e in ok if e[1] == "stand_in"), None)
        if place is not None and stand_in is not None:  # "Moscow": the city, or the government?
            return place if locative(doc, i, j) else stand_in
        return ok[0]


def _with_un_variants(forms: Any) -> Any:
    """Each form, plus its twin with "UN" spelt out or shortened: "UN Human Rights Office" /
    "United Nations Human Rights Office"."""
    for surface, eid, how in forms:
        yield surface, eid, how
        if how not in ("name", "alias") or "," in surface or " in " in surface:
            continue
        if surface.startswith("UN "):
            yield "United Nations " + surface[3:], eid, how
        elif surface.startswith("United Nations "):
            yield "UN " + surface[15:], eid, how


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
        matcher = matcher_for(ctx.kb, self._tok())
        matches = one_reading_per_city(matcher.find(doc), doc)
        full_ids = {m[2][0] for m in matches if m[2][1] not in ("generic", "adjective")}
        named_at: dict[str, list[int]] = {}
        for m in matches:
            if m[2][1] not in ("generic", "adjective"):
                named_at.setdefault(m[2][0], []).append(m[0])
        for match in matches:
            i, j, (eid, how, surface, _cap) = match[:3]
            if how == "generic":
                eid = _latest_named(matcher.generic_owners(doc, i, j), named_at, i) or eid
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
                if (
                    j + 1 < len(doc)
                    and doc[j].lower_ in ("for", "of", "on")
                    and doc[j + 1].text[:1].isupper()
                    and doc[j - 1].text[:1].isupper()
                ):
                    continue  # "the Coalition for Justice and Accountability": the head of a longer name
                if (
                    eid in NEEDS_FULL_NAME
                    and eid not in full_ids
                    and not (eid != "court:otp" and _among_organs(doc, i, j))
                    and not (eid == "court:otp" and _prosecutor_near(doc, i, j))
                ):
                    continue  # "the Office", "the Presidency": only after the full name
                if not doc[j - 1].text[:1].isupper() and eid not in full_ids:
                    continue
            if how == "adjective" and not adjective_ok(doc, i, j):
                continue
            if how in ("name", "alias") and inside_longer_name(doc, i, j, eid):
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


_ORGANS = {"registry", "registrar", "prosecutor", "prosecution", "chambers", "presidency", "icc", "court"}


def _among_organs(doc: Any, i: int, j: int) -> bool:
    """ "the statements of the Presidency and of the Registrar": a capitalised organ word told beside
    another organ of the Court in its sentence needs no full name first ("her Office" still does)."""
    if not doc[j - 1].text[:1].isupper():
        return False
    sent = doc[i].sent
    return any(t.lower_ in _ORGANS and t.text[:1].isupper() and not i <= t.i < j for t in sent)


def _prosecutor_near(doc: Any, i: int, j: int) -> bool:
    """ "The Deputy Prosecutor, X, said the Office would ...", "Prosecutor X ... the Office's work": a
    capitalised "the Office" in the sentence of a Prosecutor, or the sentence after, is theirs."""
    if doc[j - 1].text != "Office" or (j < len(doc) and doc[j].lower_ == "of") or doc[j - 2].lower_ != "the":
        return False  # "his Office" goes with its owner's own mention
    sent = doc[i].sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.text == "Prosecutor" for t in doc[start : sent.end] if not i <= t.i < j)


def _latest_named(owners: list[str], named_at: dict[str, list[int]], i: int) -> str | None:
    """Of the entities a generic form may mean, the one named in full last before token ``i``
    (else the first named after it): "the Human Rights Council ... the Council"."""
    best: tuple[int, str] | None = None
    for eid in owners:
        before = [k for k in named_at.get(eid, ()) if k < i]
        after = [k for k in named_at.get(eid, ()) if k > i]
        score = before[-1] if before else (-(10**9) + (10**6 - after[0]) if after else None)
        if score is not None and (best is None or score > best[0]):
            best = (score, eid)
    return best[1] if best else None


def _kb_name(kb: Any, eid: str) -> str | None:
    ent = kb.get(eid)
    return ent.name if ent is not None else None


COMPONENTS = [Gazetteer()]

"""Per-document lookups of the event components, built once: lexicons, token -> mention, pronouns.

The index maps each token to the mention that covers it in one linear pass, and keeps the mention
starts sorted so that antecedents ("he", "it", "they") are found by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

ACTORS = frozenset({"state", "person", "organization", "igo", "court", "group"})
STATES = frozenset({"state"})
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJ_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
# words that may sit between two members of one list
GLUE = frozenset({
    "and", "or", "as", "well", "along", "together", "with", "including", "in", "particular",
    "especially", "notably", "such", "the", "also", "both", "plus", "namely", "its", "their",
    "other", "alongside", "h.e.", "mr", "ms", "mrs", "dr", "judge", "prof", "&", "amp",
    "member", "partner", "sister", "affiliate", "organisation", "organization", "then", "later", "subsequently",
})  # fmt: skip
TITLES = frozenset({
    "former", "deputy", "prime", "minister", "president", "judge", "judges", "prosecutor", "defence", "defense",
    "foreign", "commissioner", "vice", "secretary", "general", "chief", "his", "her", "then", "acting", "leader",
    "commander", "spokesperson", "spokesman", "ambassador", "registrar", "king", "senator", "director",
})  # fmt: skip
# heads that speak or act for their owner ("Ukraine's foreign ministry", "the government of Jordan")
STANDIN = frozenset({
    "government", "authority", "authorities", "ministry", "minister", "office", "spokesperson", "spokesman",
    "spokeswoman", "president", "leader", "leaders", "delegation", "delegations", "administration", "presidency",
    "mission", "embassy", "parliament", "official", "officials", "representative", "representatives", "secretary",
    "cabinet", "premier", "chancellor", "department", "treasury", "police", "prosecutor", "prosecution", "judge",
    "judges", "chamber", "registrar", "registry", "court", "service", "agency", "committee", "member", "members",
    "head", "chair", "chairperson", "director", "envoy", "ambassador", "counsel", "lawyer", "lawyers", "staff",
    "statement", "letter", "release", "agent", "agents", "hackers", "forces", "intelligence", "services",
    "chief", "spy", "spies", "agencies", "officer", "officers", "operative", "operatives", "ministers",
    "diplomats", "diplomat", "envoys", "security", "military", "army",
    "investigators", "investigator", "prosecutors", "courts", "judiciary", "lawmakers", "legislators", "regime",
})  # fmt: skip
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves"})
THIRD_SINGULAR = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
THIRD_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PLURAL_HINT = re.compile(
    r"(states|parties|organi[sz]ations|members|governments|countries|experts|rapporteurs|ngos|groups|delegations)$",
    re.IGNORECASE,
)
SINGULAR_STATE = re.compile(r"^(?:the\s+)?united\s+states\b", re.IGNORECASE)  # "United States" is one state
ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|[-\u2022*\u2013\u25cf])\s+(.+)$", re.MULTILINE)
QUOTES = "\"'\u201c\u201d\u2018\u2019"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The trigger lexicons (``romewatch/extract/lexicon.yaml``), read once per process."""
    text = resources.files("romewatch.extract").joinpath("lexicon.yaml").read_text("utf-8")
    return yaml.safe_load(text)


class Index:
    """Per-document lookups built once: token -> mention, mention starts, person mentions."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        doc = ctx.doc
        ms = sorted(ctx.mentions, key=lambda m: (m.start, -(m.end - m.start)))
        self.mentions = [m for m in ms if m.entity_id in ctx.entities]
        self.starts = [m.start for m in self.mentions]
        self.tok2m: list[int | None] = [None] * len(doc)
        j = 0
        n = len(self.mentions)
        self._tok_starts = tok_starts(doc)
        for i, idx in enumerate(self._tok_starts):
            while j < n and self.mentions[j].end <= idx:
                j += 1
            k = j
            best = None
            while k < n and self.mentions[k].start <= idx:
                m = self.mentions[k]
                if m.start <= idx < m.end and (
                    best is None or m.end - m.start > self.mentions[best].end - self.mentions[best].start
                ):
                    best = k
                k += 1
            self.tok2m[i] = best

    def kind(self, entity_id: str) -> str:
        ent = self.ctx.entities.get(entity_id)
        return ent.kind if ent else ""

    def mention(self, tok: Token) -> Any:
        return self.mention_at(tok.i)

    def mention_at(self, i: int) -> Any:
        """``mention(doc[i])`` without making the token."""
        k = self.tok2m[i]
        return None if k is None else self.mentions[k]

    def subject_before(self, char: int, window: int = 1200) -> str | None:
        """The last person who was a grammatical subject before ``char`` ("she" after "Ms X said")."""
        if not hasattr(self, "_subjects"):
            self._subjects = [
                (t.idx, m.entity_id)
                for t in self.ctx.doc
                if t.dep_ == "nsubj"
                and (t.head.dep_ in ("ROOT", "conj") or t.head.head.dep_ == "ROOT")
                and (m := self.mention(t) or self.name_before_suffix(t)) is not None
                and self.kind(m.entity_id) == "person"
            ]
            self._subject_starts = [s for s, _ in self._subjects]
        i = bisect_right(self._subject_starts, char - 1) - 1
        if i >= 0 and self._subjects[i][0] >= char - window:
            return self._subjects[i][1]
        return None

    def name_before_suffix(self, tok: Token) -> Any:
        """The person mention a name's suffix follows ("Karim A.A. Khan KC", "John Smith Jr")."""
        if tok.i == 0 or tok.pos_ != "PROPN":
            return None
        prev = self.ctx.doc[tok.i - 1]
        m = self.mention(prev) if prev.dep_ == "compound" and prev.head.i == tok.i else None
        return m if m is not None and self.kind(m.entity_id) == "person" else None

    def before(self, char: int, kinds: frozenset[str], window: int = 2500, plural: bool = False) -> str | None:
        """The nearest mention of one of ``kinds`` ending before ``char`` (pronoun antecedent)."""
        i = bisect_right(self.starts, char) - 1
        fallback = None
        while i >= 0 and self.mentions[i].start >= char - window:
            m = self.mentions[i]
            if m.end <= char and self.kind(m.entity_id) in kinds:
                if (
                    not plural
                    or (PLURAL_HINT.search(m.text) and not SINGULAR_STATE.match(m.text))
                    or m.entity_id == "court:states-parties"
                ):
                    return m.entity_id
                fallback = fallback or m.entity_id
            i -= 1
        return fallback

    def owner_state(self, entity_id: str, sent: Any) -> list[str]:
        """The state that owns an agency where the sentence names it so: "Russia's Interior Ministry",
        "the Russian Investigative Committee" -> Russia."""
        if self.kind(entity_id) not in ("organization", "igo", "group"):
            return []
        doc = self.ctx.doc
        for m in self.ctx.mentions_in(sent.start_char, sent.end_char):
            if m.entity_id != entity_id:
                continue
            j = self.tok_index(m.start) - 1
            if j >= 0 and doc[j].lower_ in ("'s", "\u2019s"):
                j -= 1
            prev = self.mention_at(j) if j >= 0 else None
            if prev is not None and prev.entity_id != entity_id and self.kind(prev.entity_id) == "state":
                return [prev.entity_id]
        return []

    def affiliation(self, person: str) -> list[str]:
        """The organisation a person speaks for, read where the text says it: "X of Amnesty
        International", "X, director at Lex Aequa", "Lex Aequa's director X", "HRW researcher X"."""
        if not hasattr(self, "_affiliation"):
            self._affiliation = self._read_affiliations()
        return self._affiliation.get(person, [])

    def _read_affiliations(self) -> dict[str, list[str]]:
        doc, out = self.ctx.doc, {}
        orgs = frozenset({"organization"})
        for m in self.mentions:
            if self.kind(m.entity_id) != "person" or m.entity_id in out:
                continue
            found: str | None = None
            # after the name: "X of ORG", "X, the director of ORG,"
            j, prep = self.tok_index(m.end), False
            while j < len(doc) and j < self.tok_index(m.end) + 8:
                t = doc[j]
                o = self.mention(t)
                if o is not None and o is not m:
                    if prep and self.kind(o.entity_id) in orgs:
                        found = o.entity_id
                    break
                if t.lower_ in ("of", "from", "at", "with"):
                    prep = True
                elif t.lower_ not in TITLE_GLUE or t.lower_ == "and":
                    break
                j += 1
            if found is None:  # before the name: "ORG's director X", "ORG researcher X"
                j = self.tok_index(m.start) - 1
                steps = 0
                while j >= 0 and steps < 6 and doc[j].lower_ in (TITLE_GLUE - {"and", ","}) | {"'s", "\u2019s", "-"}:
                    j -= 1
                    steps += 1
                if steps and j >= 0:
                    o = self.mention_at(j)
                    if o is not None and self.kind(o.entity_id) in orgs:
                        found = o.entity_id
            if found is not None:
                out[m.entity_id] = [found]
        return out

    def tok_index(self, char: int) -> int:
        """The index of the token that starts at or after ``char``."""
        if not hasattr(self, "_tok_starts"):
            self._tok_starts = tok_starts(self.ctx.doc)
        return min(bisect_left(self._tok_starts, char), len(self._tok_starts))


# words between a person and their organisation ("director of", "researcher at")
TITLE_GLUE = frozenset({
    "director", "executive", "programme", "program", "researcher", "senior", "counsel", "spokesperson",
    "spokesman", "spokeswoman", "president", "chair", "head", "coordinator", "advocate", "legal", "adviser",
    "advisor", "officer", "secretary", "general", "deputy", "associate", "international", "justice", "campaigner",
    "lawyer", "founder", "co-founder", "chief", "member", "representative", "manager", "policy", "regional",
    "for", "and", "a", "an", "the", ",",
})  # fmt: skip


def tok_starts(doc: Any) -> list[int]:
    """The character offset of every token, read as one array (no ``Token`` object per token)."""
    from spacy.attrs import IDX

    return doc.to_array([IDX]).reshape(-1).tolist() if len(doc) else []


def index(ctx: DocContext) -> Index:
    idx = ctx.notes.get("events.index")
    if idx is None or idx.ctx is not ctx or len(idx.tok2m) != len(ctx.doc):
        idx = Index(ctx)
        ctx.notes["events.index"] = idx
    return idx


def uniq(ids: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for i in ids:
        if i:
            seen.setdefault(i, None)
    return list(seen)

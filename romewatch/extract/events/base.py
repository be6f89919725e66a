"""Shared machinery of the event components: lexicons, the token -> mention index, role finding.

Everything here works on one parse of the document (no re-parsing) and is linear in its tokens:
the index maps each token to the mention that covers it once per document, and role finders walk
the dependency tree from a trigger to its subject, object or prepositional arguments, then read
the *list* that starts there ("Chile, Finland and Ireland, as well as Lex Aequa" is one list).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from ...ids import event_id
from ...model import Event

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

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
    "statement", "letter", "release",
})  # fmt: skip
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves"})
THIRD_SINGULAR = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
THIRD_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PLURAL_HINT = re.compile(r"(states|parties|organi[sz]ations|members|governments|countries)$", re.IGNORECASE)
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
        for tok in doc:
            while j < n and self.mentions[j].end <= tok.idx:
                j += 1
            k = j
            best = None
            while k < n and self.mentions[k].start <= tok.idx:
                m = self.mentions[k]
                if m.start <= tok.idx < m.end and (
                    best is None or m.end - m.start > self.mentions[best].end - self.mentions[best].start
                ):
                    best = k
                k += 1
            self.tok2m[tok.i] = best

    def kind(self, entity_id: str) -> str:
        ent = self.ctx.entities.get(entity_id)
        return ent.kind if ent else ""

    def mention(self, tok: Token) -> Any:
        k = self.tok2m[tok.i]
        return None if k is None else self.mentions[k]

    def subject_before(self, char: int, window: int = 1200) -> str | None:
        """The last person who was a grammatical subject before ``char`` ("she" after "Ms X said")."""
        if not hasattr(self, "_subjects"):
            self._subjects = [
                (t.idx, m.entity_id)
                for t in self.ctx.doc
                if t.dep_ == "nsubj"
                and (t.head.dep_ in ("ROOT", "conj") or t.head.head.dep_ == "ROOT")
                and (m := self.mention(t)) is not None
                and self.kind(m.entity_id) == "person"
            ]
            self._subject_starts = [s for s, _ in self._subjects]
        i = bisect_right(self._subject_starts, char - 1) - 1
        if i >= 0 and self._subjects[i][0] >= char - window:
            return self._subjects[i][1]
        return None

    def before(self, char: int, kinds: frozenset[str], window: int = 2500, plural: bool = False) -> str | None:
        """The nearest mention of one of ``kinds`` ending before ``char`` (pronoun antecedent)."""
        i = bisect_right(self.starts, char) - 1
        fallback = None
        while i >= 0 and self.mentions[i].start >= char - window:
            m = self.mentions[i]
            if m.end <= char and self.kind(m.entity_id) in kinds:
                if not plural or PLURAL_HINT.search(m.text) or m.entity_id == "court:states-parties":
                    return m.entity_id
                fallback = fallback or m.entity_id
            i -= 1
        return fallback


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


class Finder:
    """Role finding inside one sentence: lists, subjects, objects, prepositional arguments."""

    def __init__(self, ctx: DocContext, sent: Span) -> None:
        self.ctx = ctx
        self.sent = sent
        self.idx = index(ctx)
        self.doc = ctx.doc
        self.lower = sent.text.lower()

    # --- lists ---------------------------------------------------------------------------------
    def list_from(self, i: int, kinds: frozenset[str] = ACTORS, end: int | None = None, skip: int = 3) -> list[str]:
        """Entity ids of the list that starts at (or a few tokens after) token ``i``."""
        ids, _ = self.list_span(i, kinds, end, skip)
        return ids

    def list_span(
        self, i: int, kinds: frozenset[str] = ACTORS, end: int | None = None, skip: int = 3
    ) -> tuple[list[str], int]:
        end = min(self.sent.end if end is None else end, len(self.doc))
        doc, idx = self.doc, self.idx
        j, skipped = i, 0
        while j < end:
            m = idx.mention(doc[j])
            if m is not None and idx.kind(m.entity_id) in kinds:
                break
            t = doc[j]
            if m is None and (t.pos_ in ("VERB", "AUX") or t.text in ".;!?"):
                return [], j
            if not (t.is_punct or t.is_space or t.lower_ in GLUE or t.pos_ in ("DET", "ADJ", "NUM")):
                skipped += 1
            if skipped > skip:
                return [], j
            j += 1
        ids: list[str] = []
        while j < end:
            t = doc[j]
            m = idx.mention(t)
            if m is not None:
                k = j
                while k < end and idx.mention(doc[k]) is m:
                    k += 1
                if k < end and doc[k].dep_ == "case" and idx.mention(doc[k]) is None:
                    # a possessor ("the Assembly's focal points"): the list member is what it owns
                    h = k + 1
                    while (
                        h < min(end, k + 4) and idx.mention(doc[h]) is None and doc[h].pos_ in ("ADJ", "NOUN", "PROPN")
                    ):
                        h += 1
                    owned = idx.mention(doc[h]) if h < end else None
                    if owned is not None and idx.kind(owned.entity_id) in kinds:
                        j = h
                        continue
                if idx.kind(m.entity_id) in kinds:
                    ids.append(m.entity_id)
                j = k
                continue
            low = t.lower_
            if low == "following":  # "as well as the following civil society organisations:"
                k = j
                while k < min(end, j + 12) and doc[k].text != ":":
                    k += 1
                if k < end and doc[k].text == ":":
                    j = k + 1
                    continue
                break
            if low == "in" and j + 1 < end and doc[j + 1].lower_ != "particular":
                break
            if low == "to" and ids and doc[j - 1].lower_ in (",", "and", "particular", "also", "especially", "notably"):
                j += 1  # "to the Assembly, and, in particular, to the facilitators"
                continue
            if t.is_space or low in GLUE or (t.is_punct and t.text not in ".;!?") or t.text in QUOTES:
                j += 1
                continue
            if ids and low in TITLES:  # "Netanyahu and former Defence Minister Yoav Gallant"
                k = j
                while k < min(end, j + 5) and idx.mention(doc[k]) is None and doc[k].lower_ in TITLES:
                    k += 1
                nxt = idx.mention(doc[k]) if k < end else None
                if (
                    nxt is not None
                    and idx.kind(nxt.entity_id) in kinds
                    and doc[j - 1].lower_ in ("and", ",", "&", "the")
                ):
                    j = k
                    continue
            break
        return uniq(ids), j

    # --- who: subjects, objects, pronouns ------------------------------------------------------
    def resolve(self, tok: Token, kinds: frozenset[str] = ACTORS, owners: bool = True) -> list[str]:
        """The entities a noun phrase headed by ``tok`` names (list-aware, pronoun-aware)."""
        low = tok.lower_
        if low in FIRST_PERSON:
            return [i for i in self.voice(tok) if self.idx.kind(i) in kinds]
        if low in THIRD_SINGULAR:
            e = self.idx.subject_before(tok.idx) or self.idx.before(tok.idx, frozenset({"person"}))
            return [e] if e else []
        if low in ("it", "its", "itself"):
            e = self.idx.before(tok.idx, kinds & frozenset({"court", "state", "igo", "organization", "group"}))
            return [e] if e else []
        if low in THIRD_PLURAL:
            e = self.idx.before(
                tok.idx, kinds & frozenset({"court", "state", "igo", "organization", "group"}), plural=True
            )
            return [e] if e else []
        m = self.idx.mention(tok)
        if m is not None:
            if self.idx.kind(m.entity_id) not in kinds:
                return []
            first = tok
            while first.i > self.sent.start and self.idx.mention(self.doc[first.i - 1]) is m:
                first = self.doc[first.i - 1]
            return self.list_from(first.i, kinds, skip=0)
        for c in tok.children:  # "the court's spokesman, Fadi El Abdallah"
            if c.dep_ == "appos":
                got = self.resolve(c, kinds)
                if got:
                    return got
        if low in ("statement", "letter", "speakers", "signatories", "undersigned"):
            speakers = self.ctx.notes.get("events.last_statement")
            if speakers:
                return list(speakers)
        if not owners and tok.lemma_.lower() not in STANDIN:
            return []
        owner = self.possessor(tok)
        if owner is not None:
            got = self.resolve(owner, kinds)
            if got:
                return got
        for c in tok.children:  # "Ukraine's foreign ministry", "the government of Jordan"
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                got = self.resolve(c, kinds)
                if got:
                    return got
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        got = self.resolve(g, kinds)
                        if got:
                            return got
        return []

    def possessor(self, tok: Token) -> Token | None:
        """The owner in "X's recommendation", read from the surface when the parse misses it."""
        for c in tok.children:
            if c.dep_ == "poss":
                return c
        j = tok.i - 1
        while (
            j > self.sent.start
            and j > tok.i - 4
            and self.doc[j].pos_ in ("ADJ", "NOUN", "NUM", "PUNCT")
            and self.doc[j].text not in ",;:"
        ):
            if self.doc[j].lower_ in ("'s", "’s", "'", "’"):
                break
            j -= 1
        if (
            j > self.sent.start
            and self.doc[j].lower_ in ("'s", "’s", "'", "’")
            and self.idx.mention(self.doc[j - 1]) is not None
        ):
            return self.doc[j - 1]
        return None

    def speakers_for(self, tok: Token) -> list[str]:
        """The speaker whose reported words contain ``tok`` ("X said that we ...", "X said ... and urged")."""
        for ids, vi in self.ctx.notes.get("events.speaker", {}).get(self.sent.start, []):
            if tok.i == vi or any(a.i == vi for a in tok.ancestors):
                return list(ids)
        return []

    def voice(self, tok: Token | None = None) -> list[str]:
        """Who "we" is at this point: the quoted speaker, else the document's author(s)."""
        speaker = self.speakers_for(tok) if tok is not None else []
        if speaker:
            return list(speaker)
        return list(self.ctx.notes.get("author") or [])

    def subject(self, v: Token, kinds: frozenset[str] = ACTORS) -> list[str]:
        got = self._subject(v, kinds)
        if got or v.dep_ not in ("ROOT", "conj", "ccomp", "advcl"):
            return got
        # the parse missed it: an actor right before the verb ("..., Al-Haq attended")
        j = v.i - 1
        while j >= max(self.sent.start, v.i - 4) and self.doc[j].pos_ in ("AUX", "ADV", "PART"):
            j -= 1
        if j >= self.sent.start:
            m = self.idx.mention(self.doc[j])
            if m is not None and self.idx.kind(m.entity_id) in kinds:
                return self.resolve(self.doc[j], kinds)
        return []

    def _subject(self, v: Token, kinds: frozenset[str] = ACTORS) -> list[str]:
        seen = 0
        while seen < 4:
            for c in v.children:
                if c.dep_ in SUBJ_DEPS:
                    return self.resolve(c, kinds, owners=False)
            if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and v.head.dep_ == "ROOT" and v.head.i == v.i - 1:
                return self.resolve(v.head, kinds)  # "The Assembly adopted ...", parsed as a noun phrase
            if v.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp", "relcl") and v.head.i != v.i:
                if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
                    if v.dep_ == "relcl":
                        return self.resolve(v.head, kinds)
                    v = v.head.head if v.head.head.i != v.head.i else v.head
                else:
                    v = v.head
                seen += 1
                continue
            break
        return []

    def objects(self, v: Token, kinds: frozenset[str] = ACTORS) -> list[str]:
        for c in v.children:
            if c.dep_ in OBJ_DEPS or (c.dep_ == "nsubjpass"):
                got = self.resolve(c, kinds)
                if got:
                    return got
        return []

    def prep_objects(self, head: Token, preps: Sequence[str], kinds: frozenset[str] = ACTORS) -> list[str]:
        out: list[str] = []
        for c in head.children:
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        out += self.resolve(g, kinds)
        return uniq(out)

    def after_cue(self, cue: str, kinds: frozenset[str] = ACTORS, start: int = 0) -> list[str]:
        """The list right after a surface cue ("co-sponsored by", "on behalf of") in the sentence."""
        pos = self.lower.find(cue, start)
        if pos < 0:
            return []
        char = self.sent.start_char + pos + len(cue)
        tok = self.token_at(char)
        return [] if tok is None else self.list_from(tok.i, kinds)

    def token_at(self, char: int) -> Token | None:
        for t in self.sent:
            if t.idx >= char:
                return t
        return None

    def mentions(self, kinds: frozenset[str] = ACTORS, start: int | None = None, end: int | None = None) -> list[str]:
        s = self.sent.start_char if start is None else start
        e = self.sent.end_char if end is None else end
        return uniq(m.entity_id for m in self.ctx.mentions_in(s, e) if self.idx.kind(m.entity_id) in kinds)


# --- phrases ------------------------------------------------------------------------------------
def clean_phrase(text: str, max_words: int = 18) -> str:
    text = re.sub(r"\s+", " ", text).strip().strip(QUOTES + " ,;:.-\u2013\u2014")
    text = text.replace("\u201c", "").replace("\u201d", "").replace('"', "")
    words = text.split()
    return " ".join(words[:max_words])


def verb_phrase(v: Token, max_words: int = 18) -> str:
    """The predicate headed by ``v`` (its subject, auxiliaries and "to" left out)."""
    toks = [t for t in v.subtree if t.i >= v.i or t.dep_ in ("neg", "prt")]
    toks = [t for t in toks if t.dep_ not in SUBJ_DEPS or t.i > v.i]
    out = []
    for t in toks:
        if t.i > v.i and (t.text in ";" or (t.dep_ == "punct" and t.text == ".")):
            break
        out.append(t)
    if not out:
        return ""
    text = v.doc[out[0].i : out[-1].i + 1].text
    text = re.split(r",? and that\b|,? but\b|; ", text)[0]
    return clean_phrase(text, max_words)


def xcomp_of(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            return c
    for c in v.children:  # "call on X to act": the infinitive hangs off the object or prep
        for g in c.subtree:
            if (
                g.dep_ in ("xcomp", "advcl", "relcl", "acl")
                and g.pos_ == "VERB"
                and any(a.lower_ == "to" for a in g.children)
            ):
                return g
    return None


def polish(text: str) -> str:
    return clean_phrase(text)


# --- building events ------------------------------------------------------------------------------
class EventComponent:
    """Base of the event components: iterate sentences, emit events with provenance."""

    name = "events"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        for sent in ctx.doc.sents:
            self.sentence(ctx, Finder(ctx, sent))

    def sentence(self, ctx: DocContext, f: Finder) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def emit(
        self,
        ctx: DocContext,
        f: Finder,
        etype: str,
        roles: dict[str, list[str]],
        attributes: dict[str, Any] | None = None,
        confidence: float = 0.7,
        anchor: Token | None = None,
        date: tuple[str | None, str | None] | None = None,
        region: tuple[int, int] | None = None,
    ) -> Event | None:
        roles = {r: [i for i in uniq(v) if i in ctx.entities] for r, v in roles.items()}
        roles = {r: v for r, v in roles.items() if v}
        attrs = {k: v for k, v in (attributes or {}).items() if v not in (None, "", [])}
        if not roles and not attrs.get("action"):
            return None
        if date is None:
            date = nearest_date(ctx, f.sent, anchor, region)
            if date[0] is None and etype in VOICE_TYPES and ctx.document.date:
                date = (ctx.document.date, None)
        ev = Event(
            id=event_id(ctx.document.id, etype, roles, f.sent.start_char),
            type=etype,
            roles=roles,
            date=date[0],
            end_date=date[1],
            attributes=attrs,
            evidence=[(f.sent.start_char, f.sent.end_char)],
            confidence=confidence,
            component=self.name,
            version=self.version,
        )
        ctx.events.append(ev)
        return ev


MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
BARE_MONTH = re.compile(
    r"\b((?i:in|last|since|early|late|mid|during|until|by|of))\s+(?:early\s+|late\s+|mid-?)?("
    + "|".join(m.title() for m in MONTHS)
    + r")\b(?!\s+\d)"
)
HEADER_AFTER = re.compile(r"\s*(?:\([\w ]+\))?\s*(?:[-\u2013\u2014]|\n|$)")
ANAPHORIC = re.compile(
    r"\W*(?:at that time|at the time|on the same day|the same day|that day|on that day|on the day|the next day|the following day|then|later that day)\b",
    re.IGNORECASE,
)
VOICE_TYPES = frozenset({"statement", "demand", "support", "condemnation", "commitment"})


def header_date(ctx: DocContext, d: Any) -> bool:
    """A dateline or header date ("THE HAGUE, 4 May 2023 -"): the document's date, not an event's."""
    text = ctx.document.text
    if d.start > 800:
        return False
    line_start = text.rfind("\n", 0, d.start) + 1
    prefix = text[line_start : d.start]
    if re.search(r"\b(?:today|on|since|from|in|between|of)\b", prefix, re.IGNORECASE) or re.search(
        r"\b[a-z]{4,}\b", prefix.replace("ssued", "")
    ):
        return False
    return bool(HEADER_AFTER.match(text, d.end))


def nearest_date(
    ctx: DocContext, sent: Span, anchor: Token | None = None, region: tuple[int, int] | None = None
) -> tuple[str | None, str | None]:
    lo, hi = region or (sent.start_char, sent.end_char)
    ds = [d for d in ctx.dates_in(lo, hi) if d.value and not header_date(ctx, d)]
    pos = anchor.idx if anchor is not None else sent.start_char
    if ds:
        d = min(ds, key=lambda d: abs(d.start - pos) if d.start >= pos else 1.3 * abs(pos - d.end))
        return d.value, d.end_value
    doc_date = ctx.document.date or ""
    if ANAPHORIC.match(sent.text):  # "At that time, ...", "The same day, ...": the last date told
        prev = [d for d in ctx.dates if d.value and d.end <= sent.start_char and not header_date(ctx, d)]
        if prev:
            return prev[-1].value, prev[-1].end_value
    m = BARE_MONTH.search(ctx.document.text[lo:hi])
    if m and re.match(r"\d{4}", doc_date):
        year, month = int(doc_date[:4]), MONTHS.index(m.group(2).lower()) + 1
        doc_month = int(doc_date[5:7]) if len(doc_date) >= 7 else 12
        if month > doc_month or (m.group(1).lower() == "last" and month >= doc_month):
            year -= 1
        return f"{year:04d}-{month:02d}", None
    return None, None

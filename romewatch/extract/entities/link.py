"""Builds the document's entities and mentions from the settled spans.

Spans without an id get one from their kind and name (``person:<slug>``, ``org:<slug>``...); spans
whose names differ only in case, accents, hyphens or a leading "the" share it. A country, its
adjective and its government stand-ins are already one ``state:<iso>`` id. Each entity's name is
the KB's canonical name, else its longest surface form; its aliases are every surface form used.
"""

from __future__ import annotations

import re

from ...ids import slugify
from ...kb.normalize import strip_accents
from ...model import Entity, Mention
from ..context import DocContext
from .common import PREFIX_BY_KIND, WEAK_SOURCES, Candidate, kb_name, kind_of, strip_the

_KEEP_KINDS = {"state", "person", "organization", "igo", "court", "instrument", "group", "place", "session"}


def _name_key(text: str) -> str:
    return slugify(strip_the(text))


def assign_ids(spans: list[Candidate]) -> None:
    """Ids for spans that have none, shared between spelling variants of one name."""
    by_key: dict[tuple[str, str], str] = {}
    for c in spans:
        if c.eid:
            by_key.setdefault((c.kind, _name_key(c.text)), c.eid)
            by_key.setdefault((c.kind, _name_key(c.name or c.text)), c.eid)
    for c in spans:
        if c.eid:
            continue
        name = strip_the(c.name or c.text)
        key = (c.kind, _name_key(name))
        eid = by_key.get(key)
        if eid is None:
            slug = _name_key(name)
            if not slug:
                continue
            eid = f"{PREFIX_BY_KIND.get(c.kind, 'org')}:{slug}"
            by_key[key] = eid
        c.eid = eid


_GENERIC_KEYS = {
    "court",
    "assembly",
    "office",
    "president",
    "prosecutor",
    "registrar",
    "bureau",
    "chamber",
    "session",
    "statute",
    "government",
    "the",
    "un",
    "eu",
    "state",
    "states",
}


def _key(text: str) -> str:
    return re.sub(
        r"\s+",
        " ",
        re.sub(r"[^a-z0-9]+", " ", strip_accents(strip_the(text)).lower().replace("'", "").replace("\u2019", "")),
    ).strip()


def merge_variants(spans: list[Candidate], kb: object) -> None:
    """One entity per name: ids that share a surface form ("FIDH" named in brackets and alone, "Al-Haq"
    read once as a person and once as an organisation) become the id the KB knows, else the id with
    the most mentions from trusted sources."""
    forms: dict[str, set[str]] = {}
    for c in spans:
        if c.eid and c.record_alias and c.how != "generic":
            for form in (c.text, *c.aliases):
                k = _key(form)
                if len(k) > 1 and k not in _GENERIC_KEYS:
                    forms.setdefault(k, set()).add(c.eid)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    strength: dict[str, int] = {}
    for c in spans:
        if c.eid:
            strength[c.eid] = strength.get(c.eid, 0) + (1 if c.source in WEAK_SOURCES else 3)
    known = {e for e in strength if kb is not None and kb.get(e) is not None}  # type: ignore[attr-defined]
    for ids in forms.values():
        if len(ids) < 2 or len(ids & known) > 1:
            continue  # two KB entities sharing a form stay apart
        ids_l = sorted(ids, key=lambda e: (e not in known, -strength.get(e, 0), e))
        root = find(ids_l[0])
        for other in ids_l[1:]:
            r = find(other)
            if r != root and not (r in known and root in known):
                parent[r] = root
    if not parent:
        return
    for c in spans:
        if c.eid:
            root = find(c.eid)
            if root != c.eid:
                c.eid, c.kind = root, kind_of(root)


class Link:
    """Fills ``ctx.entities`` and ``ctx.mentions`` (sorted) from the settled entity spans."""

    name = "entities.link"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        spans: list[Candidate] = [c for c in ctx.notes.get("entity_spans", []) if c.kind in _KEEP_KINDS]
        assign_ids(spans)
        merge_variants(spans, ctx.kb)
        text = ctx.document.text
        located_in: dict[tuple[int, int], int] = {}
        for c in spans:
            if c.parent is not None:
                m = re.search(r"\s+(?:in|at)\s+(?:the\s+)?$", text[c.parent[0] : c.start])
                if m:
                    located_in[c.parent] = c.parent[0] + m.start()
        for c in spans:
            if not c.eid:
                continue
            ent = ctx.entities.get(c.eid)
            if ent is None:
                ent = ctx.entities[c.eid] = Entity(id=c.eid, kind=c.kind, name=kb_name(ctx.kb, c.eid) or "")
            if c.record_alias:
                ent.aliases.append(_clean(c.text))
                ent.aliases.extend(_clean(a) for a in c.aliases)
                located = located_in.get((c.start, c.end))
                if located:  # "United Nations Headquarters in New York" is also "United Nations Headquarters"
                    ent.aliases.append(_clean(text[c.start : located]))
            ent.mentions.append((c.start, c.end))
            ctx.mentions.append(Mention(c.start, c.end, text[c.start : c.end], c.eid, c.component))
        for ent in ctx.entities.values():
            ent.aliases = sorted({a for a in ent.aliases if a})
            if ent.kind == "person" and any(not _office_only(a) for a in ent.aliases):
                # a person the text names: "the Registrar" stays a mention of her, not one of her names (it
                # names the organ as well, and a name two entities share makes the matching depend on chance)
                ent.aliases = [a for a in ent.aliases if not _office_only(a)]
            if not ent.name:
                names = [strip_the(a) for a in ent.aliases if ent.kind != "person" or not _titled(a)]
                if not names and ent.kind == "person":  # only "H.E. Ms. Jane Roe" was written: name her without the title
                    names = [n for n in (_untitled(a) for a in ent.aliases) if len(n.split()) > 1]
                ent.name = max(names or ent.aliases or [ent.id], key=len)
        ctx.sort_mentions()


_OFFICE_WORDS = frozenset({
    "the", "icc", "asp", "un", "of", "former", "then", "acting", "outgoing", "incoming", "new", "current", "prosecutor",
    "deputy", "registrar", "president", "vice-president", "vice", "first", "second", "court", "assembly", "states",
    "parties", "international", "criminal", "presidency", "chief", "head", "secretary-general", "secretary", "general",
    "high", "commissioner", "special", "rapporteur", "its", "his", "her", "our", "court's", "icc's", "assembly's",
})  # fmt: skip


def _office_only(alias: str) -> bool:
    """An office named without its holder's name ("the Registrar", "ICC Prosecutor", "President of the Court")."""
    words = alias.replace("\u2019", "'").lower().split()
    return bool(words) and all(w in _OFFICE_WORDS for w in words)


def _clean(alias: str) -> str:
    return re.sub(r"\s+", " ", alias).strip().rstrip(",.;:")


_TITLE = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr|Judge|President|Prosecutor|Prof)\b\.?|H\.\s?E\.)\s*")


def _titled(alias: str) -> bool:
    return bool(_TITLE.match(alias))


def _untitled(alias: str) -> str:
    """"H.E. Ms. Jane Roe" -> "Jane Roe": every leading title taken off."""
    while (m := _TITLE.match(alias)) and m.end() < len(alias):
        alias = alias[m.end() :]
    return alias


COMPONENTS = [Link()]

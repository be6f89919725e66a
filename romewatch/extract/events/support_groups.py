"""Who a support phrase names beyond a plain mention: a group told just before ("the three organisations",
"these States"), the bodies whose people are named ("the judges and staff of the Court"), those named only
inside a relative clause ("the judges, who issued warrants for X"), unnamed others ("several delegations").
Used by ``Supports`` and ``SupportRoles``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Finder, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


MEMBERS = frozenset({
    "staff", "personnel", "official", "officials", "employee", "member", "officer", "team", "workforce",
})  # fmt: skip

GROUP_HEADS = {
    "organisation": "org", "organization": "org", "group": "org", "ngo": "org", "partner": "org",
    "state": "state", "country": "state", "government": "state",
    "judge": "person", "official": "person", "defender": "person", "rapporteur": "person", "expert": "person",
}  # fmt: skip

GROUP_KINDS = {"org": frozenset({"organization", "group"}), "state": frozenset({"state"}), "person": frozenset({"person"})}

SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def others(v: Token) -> bool:
    """ "Several delegations welcomed ...": unnamed others (``Demands._others``)."""
    from .demands import Demands

    return Demands._others(v)


def named_group(f: Finder, g: Token) -> list[str]:
    """ "the three organisations", "these States", "both judges": the list of such actors named in the
    three sentences before (of that many members when a number is given)."""
    kind = GROUP_HEADS.get(g.lemma_.lower())
    if kind is None or g.tag_ != "NNS" or f.idx.mention(g) is not None:
        return []
    marks = [c for c in g.children if c.dep_ in ("det", "nummod", "predet")]
    if not any(c.lower_ in ("the", "these", "those", "both", "all") or c.like_num for c in marks):
        return []
    num = next((c for c in marks if c.like_num), None)
    n = None if num is None else int(num.text) if num.text.isdigit() else SMALL.get(num.lower_)
    n = 2 if n is None and any(c.lower_ == "both" for c in marks) else n
    kinds = GROUP_KINDS[kind]
    sent = f.sent
    for _ in range(3 if n is None else 6):  # a count ("the three organisations") reaches further back
        if sent.start == 0:
            break
        sent = f.doc[sent.start - 1].sent
        back = Finder(f.ctx, sent)
        lists: list[list[str]] = []
        i = sent.start
        while i < sent.end:
            m = f.idx.mention(f.doc[i])
            if m is None or f.idx.kind(m.entity_id) not in kinds:
                i += 1
                continue
            ids, stop = back.list_span(i, kinds)
            if len(ids) >= 2:
                lists.append(ids)
            i = max(stop, i + 1)
        fits = [ids for ids in lists if n is None or len(ids) == n]
        if fits:
            return fits[-1]
    return []


def relative_named(f: Finder, head: Token) -> set[str]:
    """Entities named only inside relative clauses under ``head``."""
    inner = relative_clauses(head)
    inside = {m.entity_id for i in inner if (m := f.idx.mention(f.doc[i])) is not None}
    outside = {m.entity_id for t in head.subtree if t.i not in inner and (m := f.idx.mention(t)) is not None}
    return inside - outside


def relative_clauses(head: Token) -> set[int]:
    """Indices of the tokens inside relative clauses under ``head`` (what "who ..." tells of them)."""
    inner = {t.i for c in head.subtree if c.dep_ == "relcl" for t in c.subtree}
    # "..., who issued warrants for X, and for the Prosecutor": a coordinated "for" the parse put inside
    outer = {t.i for c in head.subtree if c.i in inner and c.dep_ == "conj" and c.pos_ == "ADP" for t in c.subtree}
    return inner - outer


def members_of(f: Finder, head: Token) -> list[str]:
    """The bodies whose people a phrase names: "the judges and staff of the Court", "officials of the
    ICC" (the Court), outside relative clauses."""
    inner = relative_clauses(head)
    out: list[str] = []
    for t in head.subtree:
        if t.i in inner or t.lemma_.lower() not in MEMBERS or f.idx.mention(t) is not None:
            continue
        preps = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "of"]
        if not preps and t.dep_ == "conj":  # "the judges and officials of the Court": "of" hangs on "judges"
            preps = [p for p in t.head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > t.i]
        for p in preps:
            out += [i for g in p.children if g.dep_ == "pobj" for i in f.resolve(g, BENEFICIARY_BODIES)]
    return uniq(out)


BENEFICIARY_BODIES = frozenset({"court", "organization", "igo", "state"})

"""Votes and laws: a legislature acting for its State ("Parliament approved the bill", "MPs voted to
leave the Court"), the State a bill belongs to, and the body that votes. Helpers of the ``Decisions``
mixin, beside ``decision_acts``."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .base import Finder, clean_phrase, uniq
from .finder import relative_antecedent

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


LEGISLATURES = frozenset({
    "parliament", "legislature", "senate", "congress", "assembly", "house", "chamber", "rada", "duma", "majlis",
    "lawmaker", "legislator", "deputy", "mp", "senator", "parliamentarian", "council", "cabinet", "government",
})  # fmt: skip
VOTE_BODIES = frozenset({"court", "igo", "state", "organization"})


# (r9) a legislature or cabinet the entity layer names ("the Verkhovna Rada", "the Knesset"): it acts for its State
LEGISLATURE_NAME = re.compile(
    r"\b(?:parliament|senate|congress|rada|duma|majlis|knesset|sejm|bundestag|riksdag|storting|folketing|cortes|"
    r"national assembly|house of (?:representatives|commons|lords)|cabinet|council of ministers)\b",
    re.IGNORECASE,
)


def named_legislature(f: Finder, eid: str) -> bool:
    if f.idx.kind(eid) != "organization":
        return False
    return bool(LEGISLATURE_NAME.search(f.ctx.entities[eid].name if eid in f.ctx.entities else eid))


def legislature_state(f: Finder, subj: Token | None) -> list[str]:
    """ "Parliament approved the legislation", "MPs passed the bill", "the Senate adopted ...": a
    legislature no entity names acts for its State, the one named in the phrase ("the parliament of
    Hungary") or else the State the text last named."""
    if subj is None:
        return []
    if subj.tag_ in ("WP", "WDT"):
        subj = relative_antecedent(subj) or subj  # (r10) "The Philippine Senate, which in 2023 adopted ...": the Senate
    whose = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    rel = next((a for a in subj.ancestors if a.dep_ == "relcl"), None)
    if whose is not None and rel is not None and subj.lemma_.lower() in LEGISLATURES:
        owner = f.idx.mention(rel.head)  # (r10) "Hungary, whose parliament voted in May to leave the court": Hungary's
        if owner is not None and f.idx.kind(owner.entity_id) == "state":
            return [owner.entity_id]
    named = f.idx.mention(subj)
    if named is not None and not named_legislature(f, named.entity_id):
        return []
    if named is None and subj.lemma_.lower() not in LEGISLATURES:
        return []
    for t in subj.subtree:
        m = f.idx.mention(t)
        if m is not None and f.idx.kind(m.entity_id) == "state":
            return [m.entity_id]
    told = Counter(  # the State the text is about: the one it names most
        m.entity_id for m in f.ctx.mentions_in(max(0, subj.idx - 3000), subj.idx) if f.idx.kind(m.entity_id) == "state"
    )
    if not told:  # (r10) "After parliament approved the bill in May, Hungary lodged its notice": the State named after it
        return f.mentions(frozenset({"state"}))[:1]
    return [max(told, key=lambda s: told[s])]


BILLS = frozenset({"bill", "law", "legislation", "act", "decree", "ordinance"})


def bill_state(f: Finder, text: Token | None) -> list[str]:
    """ "The bill, passed on 20 May by 134 votes to 37, took Hungary out of the court", "the law was adopted
    on Tuesday": a State's law passed with no body named is its legislature's, the State the sentence names
    (else the one the text names most)."""
    if text is None or text.lemma_.lower() not in BILLS or f.idx.mention(text) is not None:
        return []
    named = [m for m in f.mentions(frozenset({"state"}))]
    if named:
        return named[:1]
    told = Counter(
        m.entity_id for m in f.ctx.mentions_in(max(0, text.idx - 3000), text.idx) if f.idx.kind(m.entity_id) == "state"
    )
    return [max(told, key=lambda s: told[s])] if told else []


def vote_body(f: Finder, tok: Token) -> list[str]:
    """Who voted: "the Hungarian National Assembly voted", "Parliament voted", "Ukraine's lawmakers voted",
    "the Assembly voted": a body, or the State whose legislature it is."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    got = [b for b in f.resolve(subj, VOTE_BODIES) if f.idx.kind(b) != "organization" or _legislative(f, b)]
    if got or subj.lemma_.lower() not in LEGISLATURES:
        return got
    for t in subj.subtree:  # "the Hungarian National Assembly", "the parliament of Hungary": its State's
        m = f.idx.mention(t)
        if m is not None and f.idx.kind(m.entity_id) == "state":
            return [m.entity_id]
    return legislature_state(f, subj)


def _legislative(f: Finder, eid: str) -> bool:
    name = (f.ctx.entities[eid].name if eid in f.ctx.entities else eid).lower()
    return any(w in name for w in ("parliament", "assembly", "senate", "congress", "rada", "duma", "council", "court"))


def favoured(tok: Token) -> Token | None:
    """ "voted 134-37 in favour of leaving the ICC", "voted for the bill", "voted in favor of the resolution":
    what the vote carried (not "voted against")."""
    for p in tok.children:
        if p.dep_ != "prep":
            continue
        if p.lower_ == "for":
            return next((g for g in p.children if g.dep_ in ("pobj", "pcomp")), None)
        if p.lower_ == "in" and any(g.lemma_.lower() in ("favour", "favor") for g in p.children):
            fav = next(g for g in p.children if g.lemma_.lower() in ("favour", "favor"))
            of = next((c for c in [*fav.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "of"), None)
            return next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None) if of is not None else None
    return None


def emit_vote(component, ctx: DocContext, f: Finder, tok: Token, done: set[int]) -> bool:
    """ "Parliament voted by 133 to 37 to repeal the law", "the Rada voted to ratify the Statute": a
    body's decision, told by what it voted to do."""
    if tok.i in done or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "must", "could", "may", "to")) for c in tok.children):
        return False
    what = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if what is None:
        what = favoured(tok)
    if what is None:
        return False
    body = vote_body(f, tok)
    if not body or told_again(ctx, f, what, body):
        return False
    done.update(t.i for t in what.subtree)
    done.add(tok.i)
    title = clean_phrase(f.doc[what.i : what.right_edge.i + 1].text, 16)
    component.emit(ctx, f, "decision", {"body": uniq(body)}, {"title": title}, 0.75, anchor=tok)
    return True


AGAIN = frozenset({
    "measure", "bill", "resolution", "motion", "law", "text", "proposal", "legislation",
    # (r11) "The National Assembly adopted the law ... Sixty parliamentarians voted in favour of the ratification"
    "ratification", "accession", "withdrawal", "amendment", "amendments", "treaty", "statute",
})  # fmt: skip


def told_again(ctx: DocContext, f: Finder, what: Token, body: list[str]) -> bool:
    """(r9) "The Senate passed a resolution urging ... Senators voted 15-4 in favour of the measure.": the vote
    on "the measure" just adopted tells that decision again (its count), not a second one."""
    if what.lemma_.lower() not in AGAIN or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in what.children):
        return False
    lo = max(0, f.sent.start_char - 600)
    return any(
        e.type == "decision" and set(e.roles.get("body", [])) & set(body) and lo <= e.evidence[0][0] < f.sent.start_char
        for e in ctx.events
    )


APPROVALS = frozenset({"approval", "consent", "assent", "go-ahead", "nod", "light"})  # "the green light"


def emit_approval(component, ctx: DocContext, f: Finder, tok: Token, done: set[int]) -> bool:
    """(r9) "Lawmakers gave final approval to the withdrawal bill", "the Senate gave its consent to the
    ratification", "Parliament gave the green light to ...": the approval a body gives is its decision."""
    if tok.i in done or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "must", "could", "may", "to")) for c in tok.children):
        return False
    given = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in APPROVALS), None)
    if given is None or (given.lemma_.lower() == "light" and not any(c.lower_ == "green" for c in given.children)):
        return False
    to = next((c for p in (tok, given) for c in p.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    what = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if what is None:
        return False
    body = vote_body(f, tok)
    if not body:
        return False
    return emit_decided(component, ctx, f, tok, body, (given.left_edge, what.right_edge), done)


def emit_decided(
    component, ctx: DocContext, f: Finder, tok: Token, body: list[str], span: tuple[Token, Token], done: set[int], words: int = 16
) -> bool:
    """A body's `decision` anchored on ``tok`` and titled by the words of ``span``; ``tok``'s phrase is read."""
    done.update(t.i for t in tok.subtree)
    title = clean_phrase(f.doc[span[0].i : span[1].i + 1].text, words)
    component.emit(ctx, f, "decision", {"body": body}, {"title": title}, 0.7, anchor=tok)
    return True

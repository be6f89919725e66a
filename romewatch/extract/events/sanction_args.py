"""Where the actors of sanctions are read beyond the verb: the agent of a passive past the parse,
an order's title ("Imposing Sanctions on the International Criminal Court"), "the decision of X to
impose sanctions", "X, whose designation in February ...". Shared by ``sanctions`` and its rounds."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .acts import act_actor, is_act
from .base import Finder
from .pressure_args import IMPOSERS, LISTED, passive_agent

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

SANCTIONING_ORDERS = frozenset({"instrument:us-eo-13928", "instrument:us-eo-14203"})
USING = frozenset({"use", "apply", "invoke", "wield", "deploy", "turn"})
FOLLOWING = frozenset({"follow", "join"})


def negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def quantified(tok: Token) -> bool:
    """ "condemn all sanctions and threats against the Court", "any such measures": a kind of act
    spoken of as a whole (also for a conjunct: "threats" in "all sanctions and threats"), none told."""
    heads = [tok]
    while heads[-1].dep_ == "conj" and heads[-1].head.i != heads[-1].i and len(heads) < 4:
        heads.append(heads[-1].head)
    return tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "predet", "amod") and c.lower_ in ("all", "any", "every") for h in heads for c in h.children
    )


COUNTED = frozenset({"judge"})


def counted_group(f: Finder, np: Token | None) -> list[str]:
    """ "four other judges", "two more judges", "several judges": a counted group of the Court's judges
    the entity reader left unnamed is the judges the text speaks of."""
    if np is None or np.lemma_.lower() not in COUNTED or np.tag_ != "NNS" or f.idx.mention(np) is not None:
        return []
    counted = any(
        c.dep_ in ("nummod", "amod", "det") and (c.pos_ == "NUM" or c.lower_ in ("other", "more", "further", "several"))
        for c in np.children
    )
    return ["court:judges"] if counted and "court:judges" in f.ctx.entities else []


def is_passive(v: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)


def by_agent(f: Finder, v: Token) -> list[str]:
    return passive_agent(f, v, IMPOSERS)


def titled_target(ctx: DocContext, f: Finder, char: int) -> list[str]:
    """ "signed Executive Order 14203, 'Imposing Sanctions on the International Criminal Court'": the
    order's title, read as a name of the order, says whom it sanctions."""
    tok = f.token_at(char)
    m = f.idx.mention(tok) if tok is not None else None
    if m is None or f.idx.kind(m.entity_id) != "instrument" or "court:icc" not in ctx.entities:
        return []
    title = ctx.document.text[m.start : m.end].lower()
    return ["court:icc"] if "criminal court" in title or re.search(r"\bicc\b", title) else []


def decided_by(f: Finder, v: Token) -> list[str] | None:
    """ "the decision of the United States to impose sanctions", "Washington's move to blacklist": the
    actor behind the act noun the verb completes (None when the verb completes no such noun; then its
    subject, not the subject of "deplored the decision", is the imposer)."""
    if v.dep_ not in ("acl", "relcl", "xcomp") or v.head.pos_ not in ("NOUN", "PROPN") or not is_act(v.head):
        return None
    return [i for i in act_actor(f, v.head) if f.idx.kind(i) in IMPOSERS]


def whose_act(f: Finder, noun: Token) -> list[str]:
    """ "Prosecutor Karim Khan, whose designation in February was the first": the one "whose" points at."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return []
    v = noun.head
    while v.dep_ not in ("relcl", "ROOT") and v.head.i != v.i:
        v = v.head
    return f.resolve(v.head, LISTED) if v.dep_ == "relcl" else []

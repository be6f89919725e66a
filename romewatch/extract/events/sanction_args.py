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


# "hit X with sanctions", "targeted X with asset freezes", "slapped X with a visa ban": the sanction is the
# instrument of the verb, the verb's object is the one sanctioned
WITH_VERBS = frozenset({"hit", "target", "slap", "punish", "penalise", "penalize", "strike", "sting", "saddle", "threaten"})
# nouns of an act that a relative clause describes by its effect ("a step that freezes their assets")
#: (r12) "is prepared / ready / poised to take further steps, including sanctions": a reprisal held ready, a threat
READY = frozenset({"prepare", "prepared", "ready", "poised", "willing", "determined", "determine"})
ACT_NOUNS = frozenset({"step", "move", "measure", "decision", "designation", "sanction", "action", "listing", "order"})
# "disciplinary sanctions against staff members": sanctions of a body's own rules, no state's act
NOT_STATE = frozenset({"disciplinary", "administrative", "procedural", "criminal", "penal", "professional", "internal", "contractual"})
TITLES = frozenset({"judge", "expert", "rapporteur", "prosecutor", "registrar", "president", "official", "staff"})
ANAPHORS = frozenset({"pair", "duo", "trio", "both", "two", "three", "four", "they", "them", "he", "she", "him", "her"})


def effect_clause(tok: Token) -> bool:
    """ "..., a step that freezes any assets they hold and bars them from entering the country": a
    relative clause that tells what a sanction does, not a sanction of its own."""
    for a in (tok, *tok.ancestors):
        if (
            a.dep_ in ("relcl", "acl")
            and a.head.pos_ in ("NOUN", "PROPN")
            and a.head.lemma_.lower() in ACT_NOUNS
            and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in a.children)
        ):
            return True
    return False


def with_sanctions(tok: Token) -> Token | None:
    """ "hit the two Deputy Prosecutors with sanctions": the verb whose "with" the sanction noun fills."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_ in WITH_VERBS:
        return tok.head.head
    if tok.dep_ == "conj":  # "with financial sanctions and a visa ban"
        return with_sanctions(tok.head)
    return None


def title_modifiers(f: Finder, ids: list[str]) -> list[str]:
    """ "UN expert Francesca Albanese", "the ICC's Prosecutor, Karim Khan", "ICC judges Prost and Guillou":
    the body in a named person's title is where the person works, not a second target."""
    idx, doc = f.idx, f.doc
    persons = {i for i in ids if idx.kind(i) == "person"}
    if not persons:
        return ids
    drop: set[str] = set()
    for m in f.ctx.mentions_in(f.sent.start_char, f.sent.end_char):
        if m.entity_id not in ids or m.entity_id in persons:
            continue
        j = idx.tok_index(m.end)
        if j < f.sent.end and doc[j].text == ")":
            j += 1  # (r12) "International Criminal Court (ICC) Prosecutor Karim Khan": past the acronym's bracket
        elif j < f.sent.end and doc[j].text == "(":
            close = next((k for k in range(j + 1, min(f.sent.end, j + 5)) if doc[k].text == ")"), None)
            j = close + 1 if close is not None else j
        if j >= f.sent.end or not (doc[j].lower_ in ("'s", "’s", "'", "’") or doc[j].pos_ in ("NOUN", "PROPN", "VERB")):
            continue  # "the Court's judges, its Prosecutor and ...": a list, no title
        steps = 0
        while j < f.sent.end and steps < 5:
            t = doc[j]
            n = idx.mention(t)
            if n is not None and n.entity_id in persons:
                drop.add(m.entity_id)
                break
            if n is not None or t.lower_ in ("and", "or", "of", ":", ";", "on", "against", "to") or (
                t.pos_ == "VERB" and t.lower_.rstrip("s") not in TITLES
            ):
                break
            steps += 1
            j += 1
    return [i for i in ids if i not in drop]


KINDS_OF_ATTACK = frozenset({"threat", "attack", "intimidation", "pressure", "reprisal", "harassment", "coercion", "smear"})
ASKED = frozenset({"urge", "call", "ask", "request", "invite", "encourage", "press", "demand", "recommend"})
MODAL = frozenset({"should", "must", "shall", "ought"})


def kinds_of_attack(tok: Token) -> bool:
    """ "respond swiftly to threats, sanctions and other attacks against the Court": a kind of act among
    others, no sanction told."""
    if any(c.dep_ in ("det", "poss") for c in tok.children) or tok.tag_ != "NNS":
        return False
    group = [tok, *tok.conjuncts]
    return any(g.lemma_.lower() in KINDS_OF_ATTACK for g in group)


def asked_about(tok: Token) -> bool:
    """ "urge the Commission to add the US sanctions to the annex", "1. add the US sanctions against the
    ICC to ...", "States should condemn the sanctions": a sanction noun inside what is asked is the
    sanction spoken of, not a new one."""
    v = tok.head
    path = [v]
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
        path.append(v)
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if v.lemma_ in ASKED and any(a.lower_ == "to" for a in path):
        return True  # "urges the administration to sanction 'every official'" (the verb read as a noun)
    if any(c.dep_ == "aux" and c.lower_ in MODAL for c in v.children):
        return True
    if v.dep_ in ("xcomp", "ccomp", "advcl") and v.head.lemma_ in ASKED:
        return True
    # a bare imperative opening a list item: "1. add the US sanctions ...", "- condemn the sanctions ..."
    return v.tag_ == "VB" and not any(c.dep_ in ("nsubj", "aux") for c in v.children) and v.i - v.sent.start <= 3


def bullet_targets(ctx: DocContext, f: Finder) -> list[str]:
    """ "The United States has sanctioned:\n- Karim Khan, Prosecutor;\n- Beti Hohler, Judge;": a sentence
    that ends on a colon names its people in the list lines after it, one (the first named) a line."""
    text = ctx.document.text
    if not f.text.rstrip().endswith(":"):
        return []
    end = text.find("\n\n", f.sent.end_char)
    end = min(end if end >= 0 else len(text), f.sent.end_char + 1500)
    found: list[str] = []
    seen_lines: set[int] = set()
    for m in sorted(ctx.mentions_in(f.sent.end_char, end), key=lambda m: m.start):
        line = text.count("\n", f.sent.end_char, m.start)
        if line in seen_lines:
            continue
        seen_lines.add(line)
        if f.idx.kind(m.entity_id) in LISTED and m.entity_id not in found:
            found.append(m.entity_id)
    return found

"""Cues on a condemnation's trigger: a refusal ("we cannot accept"), a feeling held "with concern", an
eager condemner ("was quick to condemn"), an accusation that is a criminal charge, a declaration's
operative verb ("4. Condemns ..."), who does what a "that" clause tells, a news report's plain account, and
the document's own voice speaking in the present. Used by ``Condemnations`` and ``CondemnActs``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .acts import act_actor, is_act
from .base import Finder
from .pressure_aims import CONCERN_VERBS, GENERIC_ACTS, SANCTION_ACTS, THREAT_ACTS
from .pressure_args import TARGETS
from .sanctions import negated

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


def said_now(ctx: DocContext, tok: Token, agent: list[str]) -> tuple[str | None, None] | None:
    """ "We condemn the designation of four judges on 5 June", "we are alarmed by ...": the document's own
    voice speaking in the present is dated by the document, not by the act it speaks of (None: the nearest date)."""
    voice = ctx.notes.get("events.doc_voice") or []
    if not ctx.document.date or not agent or not set(agent) <= set(voice):
        return None
    v = tok
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head is v:
            break
        v = v.head
    tags = {v.tag_} | {c.tag_ for c in v.children if c.dep_ in ("aux", "auxpass")}
    if tags & {"VBP", "VBZ"} and not tags & {"VBD", "MD"}:
        return (ctx.document.date, None)
    return None


CHARGES = frozenset({
    "crime", "murder", "genocide", "torture", "rape", "deportation", "persecution", "extermination", "killing",
    "atrocity", "offence", "offense", "responsibility", "involvement", "complicity", "war", "starvation", "attack",
})  # fmt: skip


def lem_accuse(tok: Token) -> bool:
    return tok.lemma_.lower() == "accuse"


def charging(f: Finder, tok: Token, agent: list[str]) -> bool:
    """ "accused X of war crimes", "the Prosecutor accused him", "the Committee, which brought the charges,
    accused the judges of ...": a criminal charge, not a reproach; and "a campaign that accused them" names
    no accuser (the one who reports it is not the one who accuses)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WDT", "WP") and not f.resolve(tok.head) or not f.resolve(subj) and subj.tag_ not in ("WDT", "WP"):
        return True
    if any(g.lemma_.lower() in CHARGES for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree):
        return True
    if re.search(r"\b(charg\w*|indict\w*|criminal|prosecut\w*)\b", f.lower):
        return True
    return any(a.startswith("court:") or "prosecutor" in a for a in agent) or any(
        "prosecutor" in " ".join([e.name, *e.aliases]).lower() for a in agent if (e := f.ctx.entities.get(a))
    )


REFUSING = frozenset({"accept", "tolerate", "condone", "countenance", "abide", "stomach", "excuse", "endorse"})
FEELINGS_WITH = frozenset({"concern", "alarm", "regret", "dismay", "disappointment", "consternation", "indignation", "outrage"})
EAGER = frozenset({"quick", "swift", "fast", "first", "prompt", "among", "eager", "unequivocal"})
HASTENING = frozenset({"hasten", "rush", "hurry", "move"})
OPERATIVE = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•*–])?\s*$")


def refused(tok: Token) -> bool:
    """ "We cannot accept that ...", "we will not tolerate any attempt", "we do not condone ...": the
    speaker's refusal of an act is its condemnation."""
    return tok.pos_ == "VERB" and tok.lemma_ in REFUSING and negated(tok) and not any(
        c.dep_ == "aux" and c.lower_ in ("to",) for c in tok.children
    )


def felt_with(tok: Token) -> bool:
    """ "we note with concern", "we view with alarm", "we take note with regret of": a feeling held by the
    verb's subject about the verb's object."""
    return (
        tok.dep_ == "pobj"
        and tok.lemma_.lower() in FEELINGS_WITH
        and tok.head.lower_ == "with"
        and tok.head.head.pos_ == "VERB"
        and tok.head.head.lemma_ not in CONCERN_VERBS
    )


def eagerly(tok: Token) -> Token | None:
    """ "Germany did not hesitate to condemn", "France was quick to condemn", "hastened to condemn": the
    one who is quick condemns. Returns the verb whose subject condemns."""
    if tok.dep_ in ("advcl", "acl", "relcl") and tok.head.lemma_ == "be":  # "was among the first to condemn"
        if any(p.lower_ == "among" and any(g.lower_ in EAGER for g in p.children) for p in tok.head.children):
            return tok.head
        return None
    if tok.dep_ in ("relcl", "acl") and tok.head.dep_ == "attr" and tok.head.head.lemma_ == "be" and (
        tok.head.lower_ == "first" or any(c.lower_ == "first" for c in tok.head.children)
    ):  # "Spain was the first (country) to condemn"
        return tok.head.head
    if tok.dep_ != "xcomp":
        return None
    head = tok.head
    if head.lemma_ == "hesitate" and negated(head) or head.lemma_ in HASTENING:
        return head
    if head.pos_ == "ADJ" and head.lower_ in EAGER and head.dep_ == "acomp":
        return head.head
    return None


def clause_doer(f: Finder, cc: Token) -> list[str] | None:
    """Who does what a "that" clause tells, when its subject settles it (r7 voice): a passive's "by X"
    ("that officials are punished (by X)"), an actor subject ("that Washington sanctions the judges"),
    nobody for a thing ("that cooperation with the Court is optional"). None: read as before."""
    host = unarrested_host(f, cc)
    if host:
        return host
    subj = next((c for c in cc.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subj is None or subj.pos_ == "PRON" or cc.pos_ not in ("VERB", "AUX"):
        return None
    if subj.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS:
        return None  # "that the sanctions were lawful": the act's author, read as before
    acted = is_act(subj) or subj.lemma_.lower() in GENERIC_ACTS
    if subj.dep_ == "nsubjpass":  # "that the judges were designated (by X)", "that the decision was taken"
        return f.prep_objects(cc, ("by",), TARGETS) or (act_actor(f, subj, []) if acted else [])
    named = f.resolve(subj, TARGETS, owners=False)
    if named:
        return named
    if acted:
        return act_actor(f, subj, [])  # "that cooperation with the Court is optional": whose cooperation
    return [] if subj.pos_ == "NOUN" else None


VISITING = frozenset({"visit", "travel", "enter", "attend", "go", "come", "fly", "land", "tour"})


def unarrested_host(f: Finder, cc: Token) -> list[str]:
    """ "regretted that Putin had visited Tajikistan without being arrested", "that he travelled to Mongolia
    without being detained": the failure is the host State's, not the visitor's (r10 voice)."""
    if cc.lemma_ not in VISITING or not any(
        p.lower_ == "without" and any(g.lemma_ in ("arrest", "detain", "apprehend", "surrender") for g in p.subtree)
        for p in cc.children
        if p.dep_ == "prep"
    ):
        return []
    places = [c for c in cc.children if c.dep_ == "dobj"]
    places += [g for p in cc.children if p.dep_ == "prep" and p.lower_ in ("to", "in") for g in p.children if g.dep_ == "pobj"]
    return [i for t in places for i in f.resolve(t) if f.idx.kind(i) == "state"]


NEWS_MARKS = re.compile(
    r"^\s*By (?:our |staff |[A-Z])|\bcorrespondent\b|\((?:Reuters|AFP|AP|dpa|IJW)\)|\btold reporters\b|\bsaid on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.MULTILINE,
)


def news_report(ctx: DocContext) -> bool:
    """Is the document a news report (byline, wire tag, "told reporters", "said on Tuesday")? (r7 voice)"""
    got = ctx.notes.get("events.news_report")
    if got is None:
        got = ctx.notes["events.news_report"] = bool(NEWS_MARKS.search(ctx.document.text[:3000]))
    return bool(got)


def others_do(v: Token) -> bool:
    """ "Several States have condemned ...": unnamed others (``Demands._others``)."""
    from .demands import Demands

    return Demands._others(v)


def operative_verb(tok: Token) -> bool:
    """ "4. Condemns in the strongest terms ...": a declaration's operative paragraph opens on a third-person
    verb that the parser may read as a noun; its subject is the declaring voice."""
    return (
        tok.lower_.endswith("s")
        and tok.text[:1].isupper()
        and tok.dep_ == "ROOT"
        and bool(OPERATIVE.match(tok.doc[tok.sent.start : tok.i].text))
    )


def quoted_verb(tok: Token, quoted: set[int]) -> bool:
    """ 'Pretoria "utterly rejects" the campaign, the minister said': a reporter quotes the verb itself, whose
    subject stands outside the quotation marks; the condemnation is told all the same (r9 voice)."""
    if tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in ("dobj", "oprd", "acomp", "attr") and tok.head.i not in quoted:
        # r11 voice: 'voiced "deep regret" over ...', 'expressed "grave concern"': a short quoted noun the
        # reporter's own verb governs
        lo, hi = tok.i, tok.i
        while lo - 1 in quoted:
            lo -= 1
        while hi + 1 in quoted:
            hi += 1
        return tok.head.pos_ in ("VERB", "AUX") and hi - lo <= 5
    if tok.pos_ != "VERB" or tok.i - 1 in quoted and tok.i - 2 in quoted and tok.i - 3 in quoted:
        return False  # a verb deep inside a long quotation: someone's words or a title
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.i not in quoted and subj.pos_ == "PROPN"


def by_participle(tok: Token) -> bool:
    """ "The sanctions, denounced by the Netherlands as an attack, came ...", "Mongolia, criticised by the Court
    for failing to arrest him, ...": a past participle hung on a noun, with its "by" agent, tells a condemnation
    of what the noun names (r10 voice)."""
    return (
        tok.pos_ == "VERB"
        and tok.tag_ == "VBN"
        and tok.dep_ in ("acl", "relcl")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def drawn_by(tok: Token, drawing: frozenset[str]) -> Token | None:
    """The verb by which an act draws a condemnation noun: "drew condemnation from X" (the object), "met with a
    rebuke from X", "was met with criticism from X" (r10 voice: after "with")."""
    if tok.dep_ == "dobj" and tok.head.lemma_ in drawing:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_ == "meet":
        return tok.head.head
    return None


def having_done(tok: Token) -> Token | None:
    """ "France, having condemned the warrants in 2023, remained silent": a perfect participle hung on the noun
    (the parser may call it an acl or a prep) tells what that noun did; returns the noun (r10 voice)."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("acl", "prep"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "having" for c in tok.children):
        return None
    noun = tok.head
    if noun.is_punct and noun.i > tok.sent.start and noun.i < tok.i:
        noun = tok.doc[noun.i - 1]  # hung on the comma after the noun
    return noun if noun.pos_ in ("PROPN", "NOUN") and noun.i < tok.i else None


def judged_voice(f: Finder, tok: Token) -> list[str] | None:
    """ '"Sanctions against its staff are unacceptable," he said': a verdict adjective ("unacceptable",
    "unlawful", not a feeling like "concerned") says what the speaker thinks of its subject; the subject is not
    the one who condemns. Returns the quoted speaker; None when ``tok`` is no verdict or no one is quoted (r11 voice)."""
    if tok.dep_ != "acomp" or tok.lower_.endswith("ed") or tok.head.pos_ not in ("AUX", "VERB") or tok.head.lemma_ != "be":
        return None
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or subj.lower_ in ("we", "i"):
        return None
    return f.speakers_for(tok.head) or None  # a speaker quoted in the sentence (the page's own voice: as before)

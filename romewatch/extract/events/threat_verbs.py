"""How a threat verb's actors are read: a passive's subject is its target and its agent or the agent's
seat the perpetrator ("the offices of Al-Haq were raided", "were threatened by officials in Washington");
an active verb's subject, attempt owner or the state behind a title acts, and its object, prepositions or
chained pronoun names the target ("Moscow charged the Prosecutor", "threatened to ban the judges ... and
to prosecute them"). A mixin of ``Threats``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Finder, uniq
from .pressure_args import PERPETRATORS, TARGETS, passive_agent, seat_of
from .threat_agents import accused_of, agent_of, agent_seat, attempt_owner, judged_attempt, told_actor
from .threat_args import (
    affiliated,
    chained_object,
    court_word,
    first_clause_owner,
    held_in,
    named_in,
    prep_targets,
    pronominal,
    relative_object,
    title_state,
    told_passive,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


WORDS = frozenset({"comment", "remark", "statement", "letter", "post", "message", "speech", "word", "tweet", "threat", "warning"})


def words_by(f: Finder, tok: Token) -> list[str]:
    """(r11) "comments by Senator X threatening the Court", "X's remarks threatening the Court": the author of the
    words a threatening participle describes (the parser may hang it on the main verb after a comma)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl"):
        return []
    if tok.dep_ == "acl":
        noun = tok.head
    else:
        noun = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if noun is None or noun.lemma_.lower() not in WORDS:
        return []
    return f.prep_objects(noun, ("by", "from"), PERPETRATORS) or [
        i for c in noun.children if c.dep_ == "poss" for i in f.resolve(c, PERPETRATORS)
    ]


def thing_pronoun_of_speaker(f: Finder, tok: Token, perp: list[str]) -> bool:
    """(r11) Is the verb's subject "it" in what a speaker warns or says, in the present tense, with the speaker as
    its reading ("the group criticised the listing, warning that it threatens every rapporteur's freedom to speak")?"""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "this") or tok.dep_ != "ccomp" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if speaker is None and tok.head.dep_ in ("advcl", "xcomp", "conj"):
        speaker = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    return speaker is not None and bool(set(perp) & set(f.resolve(speaker, PERPETRATORS)))


def named_person(f: Finder, tok: Token) -> bool:
    m = f.idx.mention(tok)
    return m is not None and f.idx.kind(m.entity_id) == "person"


class ThreatVerbs:
    """The roles of a verb-told `threat` (mixin of ``Threats``)."""

    def threat_verb_roles(self, ctx: DocContext, f: Finder, tok: Token, kind: str) -> tuple[list[str], list[str], bool]:
        """The perpetrators and targets a threat verb names, and whether the act is told as suffered by its
        target (a passive told as done, its author unnamed)."""
        perp: list[str] = []
        target: list[str] = []
        suffered = False
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            perp = passive_agent(f, tok, PERPETRATORS)
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                subj = tok.head  # "judges who were threatened with arrest": the ones the clause is about
            raised = tok  # "phones ... were found to have been infected": the subject of "found"
            while subj is None and raised.dep_ == "xcomp" and raised.head.i != raised.i:
                raised = raised.head
                subj = next((c for c in raised.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is not None and tok.dep_ == "relcl" and any(c.lower_ == "whose" for c in subj.children):
                # (r10) "The ICC, whose systems were compromised in 2023,": the one the clause hangs from
                target = f.resolve(tok.head, TARGETS) or court_word(f, tok.head)
            subj = first_clause_owner(tok, subj)
            named = (
                next((c for c in subj.children if c.dep_ == "appos" and named_person(f, c)), None)
                if subj is not None and not named_person(f, subj)
                else None
            )  # not "Judge Akane, now the Court's President,": she is named already
            # (r9) "the Special Rapporteur ..., Francesca Albanese, had been threatened": the one the apposition names
            target = target or (f.resolve(named, TARGETS) if named is not None else [])
            target = target or (f.resolve(subj, TARGETS) if subj is not None else [])
            target = target or affiliated(f, subj, TARGETS) or court_word(f, subj)
            target = target or held_in(f, subj, kind)  # "the offices of Al-Haq were raided"
            perp = perp or agent_seat(f, tok)  # "by officials in Washington", "by Libyan security officers"
            # "Staff of Al-Haq were threatened by unknown callers": a told act, its author unnamed
            suffered = bool(target) and told_passive(tok)
            if not target and subj is not None and kind in ("cyberattack", "surveillance"):
                # "the phones of staff of Al-Haq were hacked": whose phones, emails, accounts
                target = uniq(
                    m.entity_id for t in subj.subtree if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) in TARGETS
                )
        else:
            perp = attempt_owner(f, tok)
            if not perp and not judged_attempt(tok):
                perp = accused_of(f, tok) or told_actor(ctx, f, tok) or agent_of(f, tok)
            if by := words_by(f, tok):  # (r11) "comments by a US senator, Lindsey Graham, threatening the Court"
                perp = by
            if thing_pronoun_of_speaker(f, tok, perp):
                perp = []  # (r11) "X condemned the move, warning that it undermines ...": "it" is the move, not X
            perp = uniq([*perp, *title_state(f, tok, perp)])  # "the former head of the Mossad, Yossi Cohen,"
            if not any(f.idx.kind(p) == "state" for p in perp) and not judged_attempt(tok):
                perp = uniq([*perp, *[p for p in seat_of(f, tok) if p != "state:nl"]])
            obj = relative_object(tok, next((c for c in tok.children if c.dep_ == "dobj"), None))
            if obj is not None and obj.lower_ in ("them", "him", "her"):
                obj = chained_object(tok) or obj  # "to ban the judges ... and to prosecute them"
            target = (
                (named_in(f, obj) if obj is not None else [])
                or f.objects(tok, TARGETS)
                or prep_targets(f, tok, ("against", "on", "with", "into"))
                or affiliated(f, obj, TARGETS)  # "witnesses cooperating with the Court"
                or court_word(f, obj)  # "the communications of court officials"
                or [  # "Moscow declared the Prosecutor wanted": the one declared
                    i for c in tok.children if c.lower_ == "wanted" for s in c.children if s.dep_ == "nsubj"
                    for i in named_in(f, s)
                ]
                or held_in(f, obj, kind)  # "bugged the hotel rooms of visiting ICC investigators"
            )
            if obj is not None and pronominal(obj) and tok.dep_ in ("conj", "advcl", "xcomp"):
                # "monitoring the Court's officials, intercepting their communications": whose, the verb's before
                verbs = self.lex["threat"]["verbs"]
                told = [
                    c
                    for v in f.tokens
                    if v.i < tok.i and v.pos_ == "VERB" and v.lemma_ in verbs
                    for c in v.children
                    if c.dep_ == "dobj" and not pronominal(c)
                ]
                earlier = named_in(f, told[-1]) if told else []
                target = earlier or target
            if not target and obj is not None and tok.dep_ == "advcl" and tok.i < tok.head.i and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children
            ):  # (r10) "After hackers breached its systems, the Court moved ...": whose, the main clause's subject
                main = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                target = [t for t in (f.resolve(main, TARGETS) if main is not None else []) if f.idx.kind(t) != "state"]
            target = target or [  # a headline's parse: "Moscow court jails ICC judges in absentia"
                i for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN") for i in f.resolve(c, TARGETS)
            ]
            for c in tok.subtree:  # "to surveil, hack and pressure senior officials of the Court"
                infinitive = (  # (r10) "threatened in 2018 to arrest Bensouda": the infinitive parsed as a clause
                    c.dep_ == "advcl" and c.head.i == tok.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                )
                if not target and (c.dep_ in ("conj", "xcomp") or infinitive) and c.i > tok.i:
                    obj = next((g for g in c.children if g.dep_ == "dobj"), None)
                    if obj is not None and not pronominal(obj):
                        target = named_in(f, obj)
        return perp, target, suffered

"""Who calls: the helpers of ``Demands.claimant``: a group subject ("the three governments"), the
speaker of a quotation ('"We urge X ...," said Y'), the voice a pronoun goes on in ("They also
appealed to ..."), a subject made of a group and its members ("a coalition led by X").

A mixin of ``Demands`` (itself a mixin of the ``Voice`` component).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import FIRST_PERSON, Finder, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# what an actor puts out: "X publishes its recommendations, which we urge ..." (r11 asp)
PUTTING_OUT = frozenset({
    "publish", "release", "issue", "present", "submit", "launch", "share", "offer", "set", "circulate", "put",
    "make", "send", "deliver", "propose", "outline", "table",
})  # fmt: skip
GROUP_NOUNS = frozenset({
    "government", "state", "country", "organisation", "organization", "group", "ngo", "coalition",
})  # fmt: skip



def _sentences_back(f: Finder, n: int) -> int:
    """Where the ``n``-th sentence before ``f``'s sentence starts (the document's start at most)."""
    start = f.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = f.doc[start - 1].sent.start
    return f.doc[start].idx

def _one_voice(f: Finder, who: list[str]) -> bool:
    """One person and the bodies she speaks for: a single speaker, whatever the count of ids."""
    people = [i for i in who if f.idx.kind(i) == "person"]
    if len(people) != 1:
        return False
    kb = f.ctx.kb
    ent = kb.get(people[0]) if kb is not None else None
    offices = kb.office_bodies(ent, None, any_time=True) if ent is not None else []
    return all(i in people or i in f.idx.affiliation(people[0]) or i in offices for i in who)


class DemandSpeakers:
    """Static helpers that find who makes a call."""

    @staticmethod
    def _group_subject(f: Finder, v: Token) -> Token | None:
        """A plural common noun of actors as the verb's own subject, naming no one: "several
        governments", "the three organisations" (not "the organisations we represent")."""
        subj = next((c for c in reversed(list(v.children)) if c.dep_ == "nsubj" and c.i < v.i), None)
        if subj is None or subj.tag_ != "NNS" or subj.lemma_.lower() not in GROUP_NOUNS:
            return None
        if f.idx.mention(subj) is not None or f.speakers_for(v):
            return None
        if any(t.lower_ in FIRST_PERSON or t.lower_ in ("i", "undersigned") or f.idx.mention(t) for t in subj.subtree):
            return None  # "the organisations we represent", "governments such as Chile and Peru"
        return subj

    @staticmethod
    def _group_before(f: Finder, group: Token) -> list[str]:
        """ "The three governments", "these organisations": the list of such actors just named, in
        the claimants or authors of the events of the three sentences before; "several
        governments" names no one."""
        if not any(c.lower_ in ("the", "these", "those", "both") for c in group.children):
            return []
        kinds = {"state"} if group.lemma_.lower() in ("government", "state", "country") else {"organization", "group"}
        lo = _sentences_back(f, 3)
        near = [e for e in f.ctx.events if lo <= e.evidence[0][0] < group.idx]
        for e in sorted(near, key=lambda e: e.evidence[0][0], reverse=True):
            who = e.roles.get("claimant") or e.roles.get("author") or e.roles.get("agent") or []
            if len(who) > 1 and all(f.idx.kind(i) in kinds for i in who):
                return list(who)
        return []

    @staticmethod
    def _first_person(v: Token) -> bool:
        return any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in v.children)

    @staticmethod
    def _quote_speaker(f: Finder) -> list[str]:
        """The speaker named after the quotation this sentence opens: '"We urge X. ...," said Y of Z.'"""
        text = f.ctx.document.text
        if f.text.lstrip()[:1] not in ('"', "\u201c") and not DemandSpeakers._inside_quote(f):
            return []
        for j in range(f.sent.end_char, min(len(text), f.sent.end_char + 600)):
            if text[j] in ('"', "\u201d"):
                break
            if text[j] in ('"', "\u201c", "\n"):
                return []
        else:
            return []
        after = text[j + 1 : j + 120]
        said = re.match(
            r"\s*,?\s*(?:(?:said|says|added|adds|told \w+|warned|stressed|insisted)\b|[^.]{0,60}?\b(?:said|says|added)\b)",
            after,
        )
        if not said:
            return []
        for m in f.ctx.mentions_in(j + 1, j + 120):
            if f.idx.kind(m.entity_id) in ("person", "organization", "state", "igo", "court"):
                return [m.entity_id]
        return []

    @staticmethod
    def _inside_quote(f: Finder) -> bool:
        """A sentence in the middle of a quotation of several ('"A. B must V. C," said X'): a quote
        opened earlier in the paragraph and not closed before it. (r11 asp)"""
        text = f.ctx.document.text
        para = text.rfind("\n", 0, f.sent.start_char) + 1
        before = text[para : f.sent.start_char]
        if "\u201c" in before or "\u201d" in before:
            return before.count("\u201c") > before.count("\u201d")
        return before.count('"') % 2 == 1

    @staticmethod
    def _relative_host(f: Finder, v: Token) -> list[str]:
        """ "we" in a relative clause on what an actor puts out ("Lex Aequa publishes ten
        recommendations, which we urge States to adopt"): the actor of the main clause (r11 asp)."""
        if v.dep_ != "relcl" or v.head.dep_ != "dobj" or v.head.head.lemma_.lower() not in PUTTING_OUT:
            return []
        main = v.head.head
        subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in FIRST_PERSON or f.idx.mention(subj) is None:
            return []
        got = f.resolve(subj)
        return got if got and all(f.idx.kind(i) in ("organization", "state", "igo", "court") for i in got) else []

    @staticmethod
    def _trailing_speaker(f: Finder) -> list[str]:
        """The speaker told after the call, in a piece the parser cut off as a sentence of its own:
        "States must oppose the sanctions" + ", Lex Aequa said today, as the session opened." (r11 asp)"""
        text = f.ctx.document.text
        after = text[f.sent.end_char : f.sent.end_char + 160]
        said = re.match(
            r"\s*[,\u2013\u2014-]\s*(?:(?:said|says|added|adds|stressed|warned|insisted)\b|[^.,;\n]{2,80}?\s(?:said|says|added|adds|stressed|warned|insisted)\b)",
            after,
        )
        if not said:
            return []
        a = f.sent.end_char
        for m in f.ctx.mentions_in(a, a + said.end() + 80):
            if f.idx.kind(m.entity_id) in ("person", "organization", "state", "igo", "court"):
                return [m.entity_id]
        return []

    @staticmethod
    def _subject_after_break(f: Finder, subj: Token) -> list[str] | None:
        """A subject the parser joined to a line above it ("Source: Lex Aequa -" + new line +
        "States must ..."): only what is named after the line break is the subject (None: no break)."""
        left = subj.left_edge.i
        breaks = [t.i for t in f.doc[left : subj.i] if "\n" in t.text]
        if not breaks:
            return None
        return uniq(
            m.entity_id for t in f.doc[breaks[-1] + 1 : subj.right_edge.i + 1] if (m := f.idx.mention(t)) is not None
        )

    @staticmethod
    def _last_voice(f: Finder, pron: Token) -> list[str]:
        """Who spoke in the last sentences, when a pronoun goes on in their voice: the claimant of the
        latest demand (or author of the latest statement) in the three sentences before."""
        lo = _sentences_back(f, 3)
        near = [
            e for e in f.ctx.events if lo <= e.evidence[0][0] <= f.sent.start_char and e.type in ("demand", "statement")
        ]
        for e in sorted(near, key=lambda e: (e.evidence[0][0], e.type == "statement"), reverse=True):
            if e.type == "statement":
                who = uniq([*e.roles.get("author", []), *e.roles.get("on_behalf_of", [])])
            else:
                who = e.roles.get("claimant", [])
            if not who:
                continue
            persons = all(f.idx.kind(i) == "person" for i in who)
            if pron.lower_ == "they" and _one_voice(f, who):
                continue  # "Ms X, Special Rapporteur on Y, said ... They urged": one speaker and her mandate
            if pron.lower_ == "they" and (len(who) > 1 or not persons):
                return list(who)
            if pron.lower_ in ("he", "she") and persons and len(who) == 1:
                return list(who)
            if pron.lower_ == "it" and not persons:
                return list(who)  # "The Bureau requested the Registrar to ... It further encouraged States"
        return []

    @staticmethod
    def _own_subject(f: Finder, v: Token) -> list[str]:
        """The subject nearest the verb, or the actors that make it up: "a coalition of twenty
        organisations led by X requested", "a group of States, including A and B, asked" (also when
        the parse hangs the group as an apposition on a name before it)."""
        subjs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
        if not subjs or subjs[-1].pos_ not in ("NOUN", "PROPN"):
            return []
        s = subjs[-1]
        groups = [s, *[c for c in s.children if c.dep_ == "appos" and c.i > s.i]]
        for g in reversed(groups):
            if g.pos_ != "NOUN" or f.idx.mention(g) is not None:
                continue
            if not any(t.dep_ in ("agent", "prep") and t.lower_ in ("by", "of", "including") for t in g.subtree):
                continue
            for t in g.subtree:
                if t.i > g.i and f.idx.mention(t) is not None:
                    got = f.list_from(t.i, skip=0)
                    if got:
                        return got
        return f.resolve(s, owners=False)

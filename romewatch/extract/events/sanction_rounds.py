"""One sanctions order, several rounds: "the same order was used in February against X, and on 5 June
against Y", "Four judges were listed in June, and Judge Z followed in August", "These designations
follow those of the Prosecutor, in February, and of four judges on 5 June". Each round is its own
sanction with its own targets and date. A mixin of ``Sanctions``."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from .base import Finder, uniq
from .pressure_args import LISTED, clause_targets
from .sanction_args import FOLLOWING, SANCTIONING_ORDERS, USING, counted_group, negated

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)


class SanctionRounds:
    """Later rounds of a sanction told in one sentence (mixin of ``Sanctions``)."""

    def _order_again(self, ctx: DocContext, f: Finder) -> bool:
        """ "The same order was used ... against X": the one sanctions order the text is about, named again."""
        known = [i for i in ctx.entities if i in SANCTIONING_ORDERS]
        if len(known) != 1:
            return False
        for t in f.tokens:
            if (
                t.lemma_ == "order"
                and t.dep_ in ("nsubj", "nsubjpass")
                and t.head.lemma_ in USING
                and any(c.lower_ in ("the", "this", "that", "same") for c in t.children)
            ):
                return self._used_against(ctx, f, t.head, [], known)
        return False

    def _used_against(self, ctx: DocContext, f: Finder, v: Token, imposer: list[str], instrument: list[str]) -> bool:
        """ "The same order was used in February against Prosecutor X, and on 5 June against four judges":
        each "against" names the targets of one use, dated by its own words."""
        againsts = [t for t in f.tokens if t.i > v.i and t.lower_ == "against"]
        prev = next((e for e in reversed(ctx.events) if e.type == "sanction" and e.roles.get("imposer")), None)
        imposer = (
            [i for i in imposer if f.idx.kind(i) == "state"]
            or [s for s in (ctx.notes.get("events.sanction_context") or ([], []))[0] if f.idx.kind(s) == "state"]
            or ([i for i in prev.roles["imposer"] if f.idx.kind(i) == "state"] if prev is not None else [])
        )
        told = False
        start = f.sent.start_char  # "Since February, X has used the order against ...": the first use's date
        for k, a in enumerate(againsts):
            target = clause_targets(f, a.i + 1)
            end = againsts[k + 1].idx if k + 1 < len(againsts) else f.sent.end_char
            if k + 1 < len(againsts):  # "..., and on 5 June against": the next use's date is its own
                j = againsts[k + 1].i - 1
                while j > a.i and f.doc[j].lower_ not in (",", "and", ";"):
                    j -= 1
                end = f.doc[j].idx
            spans = {m.entity_id: m.start for m in ctx.mentions_in(a.idx, end)}
            target = [t for t in target if t in spans]  # this use's own targets, not the next one's
            roles = {"imposer": imposer, "target": target, "instrument": instrument}
            if target and self.emit(ctx, f, "sanction", roles, {}, 0.75, anchor=f.doc[a.i + 1], region=(start, end)):
                told = True
            start = end
        return told

    def _followed(self, ctx: DocContext, f: Finder, v: Token, imposer: list[str], instrument: list[str]) -> None:
        """ "Four judges were listed in June, and Judges A and B followed in August, together with C":
        a later round of the same act, its own targets and date."""
        self._gapped(ctx, f, v, imposer, instrument)
        heads = [c for c in v.children if c.dep_ == "conj"]
        if v.dep_ in ("ccomp", "parataxis") and v.head.i > v.i:  # "X was designated in February; Y followed in June"
            heads.append(v.head)
        for c in heads:
            if c.lemma_ not in FOLLOWING or negated(c):
                continue
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is None:
                continue
            target = clause_targets(f, subj.left_edge.i) or f.resolve(subj, LISTED)
            target = uniq([*target, *f.prep_objects(c, ("with",), LISTED)])
            for p in c.children:  # "together with Deputy Prosecutors C and D"
                if p.dep_ == "advmod" and p.lower_ in ("together", "along"):
                    target = uniq([*target, *f.prep_objects(p, ("with",), LISTED)])
            if target and imposer:
                roles = {"imposer": imposer, "target": target, "instrument": instrument}
                self.emit(ctx, f, "sanction", roles, {}, 0.7, anchor=c, region=(subj.left_edge.idx, f.sent.end_char))

    def _gapped(self, ctx: DocContext, f: Finder, v: Token, imposer: list[str], instrument: list[str]) -> None:
        """ "sanctioned Karim Khan in February and four judges in June": a later part of the clause that
        names others and a date of its own, after "and" or a comma, is a second round, its verb left out."""
        if not imposer:
            return
        dated = {t.i for t in f.tokens if t.ent_type_ == "DATE" or t.lower_ in MONTHS}
        cuts = [v.i + 1]
        for t in f.doc[v.i + 1 : f.sent.end]:
            if t.lower_ in ("and", ";", ",") and any(k in dated for k in range(cuts[-1], t.i)):
                cuts.append(t.i + 1)
        if len(cuts) < 2:
            return
        cuts.append(f.sent.end)
        told = next((e for e in reversed(ctx.events) if e.type == "sanction" and e.evidence[0][0] == f.sent.start_char), None)
        for a, b in itertools.pairwise(cuts[1:]):
            if not any(k in dated for k in range(a, b)) or f.doc[a].pos_ in ("VERB", "AUX"):
                continue
            if f.doc[a - 1].text == "," and f.doc[a].lower_ != "and" and (
                (f.idx.mention(f.doc[a]) is None and f.doc[a].pos_ != "NUM")
                or any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") for t in f.doc[a:b])
            ):
                continue  # "..., the measure President Trump signed in February": an aside, no round
            target = [t for t in clause_targets(f, a) if f.idx.kind(t) in LISTED]
            for k in range(a + 1, b - 1):  # "... were hit in August, together with the two Deputy Prosecutors"
                if f.doc[k].lower_ == "alongside" or (f.doc[k].lower_ == "with" and f.doc[k - 1].lower_ in ("together", "along")):
                    target = uniq([*target, *(t for t in clause_targets(f, k + 1) if f.idx.kind(t) in LISTED)])
            if not target or (told is not None and set(target) == set(told.roles.get("target", []))):
                continue  # the first round's own people, read again
            if told is not None and told.roles.get("target"):  # the first round keeps its own targets only
                told.roles["target"] = [t for t in told.roles["target"] if t not in target] or told.roles["target"]
            roles = {"imposer": imposer, "target": target, "instrument": instrument}
            self.emit(ctx, f, "sanction", roles, {}, 0.7, anchor=f.doc[a], region=(f.doc[a].idx, f.doc[b - 1].idx + len(f.doc[b - 1])))

    def followed_alone(self, ctx: DocContext, f: Finder) -> None:
        """ "Khan was designated in February. Four judges followed in June.": a sentence of its own that
        tells a later round of the sanction told just before, by the same state."""
        for v in f.tokens:
            if v.lemma_ not in FOLLOWING or v.dep_ != "ROOT" or v.pos_ != "VERB" or negated(v):
                continue
            if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children):
                continue  # "X followed the ruling", "joined the statement": not a round
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            target = clause_targets(f, subj.left_edge.i) or f.resolve(subj, LISTED) or counted_group(f, subj)
            prev = next((e for e in reversed(ctx.events) if e.type == "sanction" and e.roles.get("imposer")), None)
            if not target or prev is None or f.sent.start_char - prev.evidence[-1][1] > 400:
                continue
            imposer = [i for i in prev.roles["imposer"] if f.idx.kind(i) == "state"]
            if imposer and not set(target) & set(prev.roles.get("target", [])):
                roles = {"imposer": imposer, "target": target, "instrument": list(prev.roles.get("instrument", []))}
                self.emit(ctx, f, "sanction", roles, {}, 0.7, anchor=v)

    def _those_of(self, ctx: DocContext, f: Finder, tok: Token) -> bool:
        """ "These designations follow those of the Prosecutor, in February, and of four judges on 5 June":
        each "of" names an earlier sanction by the same state."""
        v = tok.head
        if tok.dep_ != "nsubj" or v.lemma_ not in ("follow", "succeed", "mirror", "echo", "join", "add"):
            return False
        those = next((c for c in v.children if c.dep_ in ("dobj", "prep") and c.lower_ in ("those", "that", "to")), None)
        if those is None:
            return False
        prev = next((e for e in reversed(ctx.events) if e.type == "sanction" and e.roles.get("imposer")), None)
        imposer = [i for i in prev.roles["imposer"] if f.idx.kind(i) == "state"] if prev is not None else []
        if not imposer:
            return False
        told = False
        ofs = [t for t in f.tokens if t.i > those.i and t.lower_ == "of"]
        for k, t in enumerate(ofs):
            target, _ = f.list_span(t.i + 1, LISTED, skip=3)
            end = ofs[k + 1].idx if k + 1 < len(ofs) else f.sent.end_char
            roles = {"imposer": imposer, "target": target}
            if target and self.emit(ctx, f, "sanction", roles, {}, 0.7, anchor=f.doc[t.i + 1], region=(t.idx, end)):
                told = True  # each "of ..." dated by its own words
        return told

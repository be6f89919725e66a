"""Pressure on the Court and those around it: sanctions, threats, condemnations.

Verbal and nominal triggers carry the same roles: "Washington sanctioned two judges", "sanctions
imposed by Washington on two judges", "the designation of the group by the Treasury", "were
designated"; "Moscow opened criminal proceedings against three judges"; "we regret the Assembly's
silence", "our concerns regarding the Committee's recommendation".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import EventComponent, Finder, clean_phrase, lexicon, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

IMPOSERS = frozenset({"state", "igo", "person"})
PERPETRATORS = frozenset({"state", "person", "group", "organization", "igo"})
TARGETS = frozenset({"court", "person", "organization", "igo", "state", "group"})
LISTED = frozenset({"court", "person", "organization", "igo", "group"})
INSTR = frozenset({"instrument"})
ORDER_VERBS = frozenset(
    {
        "sign",
        "issue",
        "adopt",
        "designate",
        "impose",
        "sanction",
        "use",
        "invoke",
        "announce",
        "add",
        "list",
        "extend",
        "expand",
        "apply",
        "enact",
    }
)
BAD_WORDS = frozenset({
    "outrageous", "unacceptable", "unlawful", "illegal", "illegitimate", "political", "politicised", "politicized",
    "null", "void", "biased", "shameful", "disgraceful", "absurd", "baseless", "scandalous", "travesty", "slap",
    "irresponsible", "regrettable", "deplorable", "attack", "puppet", "kangaroo", "farce",
})  # fmt: skip
CONCERN_VERBS = frozenset(
    {"express", "voice", "raise", "highlight", "reiterate", "share", "note", "register", "convey", "wish", "have"}
)


def quoted_tokens(f: Finder) -> set[int]:
    """Indices of the sentence's tokens inside quotation marks (titles, quoted words), in one pass."""
    inside: set[int] = set()
    curly = straight = 0
    for t in f.sent:
        if t.text == "\u201c":
            curly += 1
        elif t.text == "\u201d":
            curly = max(0, curly - 1)
        elif t.text == '"':
            straight ^= 1
        elif curly or straight:
            inside.add(t.i)
    return inside


def negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


class Pressure(EventComponent):
    """`sanction`, `threat` and `condemnation` events."""

    name = "events.pressure"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        self.lex = lexicon()
        super().__call__(ctx)

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        s, t, c = self.lex["sanction"], self.lex["threat"], self.lex["condemnation"]
        self.criticism(ctx, f)
        by_order = self.sanction_by_order(ctx, f)
        quoted = quoted_tokens(f)
        for tok in f.sent:
            lem = tok.lemma_.lower()
            if tok.i in quoted:
                continue
            if by_order and lem == "impose":
                continue
            if by_order:
                pass
            elif (
                (tok.pos_ == "VERB" and lem in s["verbs"])
                or (tok.pos_ == "NOUN" and lem in ("sanction", "designation"))
                or tok.pos_ == "VERB"
                and lem == "impose"
                and any(g.lemma_ in ("ban", "sanction", "measure", "freeze") for g in tok.children)
                or tok.pos_ == "VERB"
                and lem == "add"
                and ("list" in f.lower or f.sent.start_char - ctx.notes.get("events.last_sanction_end", -9999) < 400)
                and f.subject(tok, IMPOSERS)
            ):
                self.sanction(ctx, f, tok)
            key = self.threat_key(tok)
            if tok.pos_ == "VERB" and lem in t["verbs"]:
                self.threat(ctx, f, tok, t["verbs"][lem])
            elif key is not None:
                self.threat(ctx, f, tok, t["nouns"][key])
            if (
                tok.pos_ == "VERB"
                and lem in ("call", "brand", "label", "describe", "deem", "term")
                and self.called_bad(tok)
                or (tok.pos_ == "VERB" and lem in c["verbs"])
                or (tok.pos_ == "NOUN" and lem in c["nouns"])
                or (tok.pos_ == "ADJ" and lem in c["adjectives"] and tok.dep_ == "acomp")
            ):
                self.condemnation(ctx, f, tok)

    # --- sanction ------------------------------------------------------------------------------
    def sanction_by_order(self, ctx: DocContext, f: Finder) -> bool:
        """ "X signed Executive Order N, 'Imposing Sanctions on ...', which names Y": one sanction."""
        orders = [m for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char) if "-eo-" in m.entity_id]
        if not orders or not re.search(r"sanction|designat|blocking|names|targets", f.lower):
            return False
        tok = f.token_at(orders[0].start)
        v = tok
        while v is not None and v.pos_ != "VERB" and v.head.i != v.i:
            v = v.head
        imposer = f.subject(v, IMPOSERS) if v is not None and v.pos_ == "VERB" and v.lemma_ in ORDER_VERBS else []
        if v is not None and any(c.dep_ == "nsubjpass" for c in v.children):
            imposer = f.prep_objects(v, ("by",), IMPOSERS)
        imposer = imposer or f.after_cue(" by ", IMPOSERS)
        target: list[str] = []
        for cue in (
            "sanctions on",
            "sanctions against",
            " names ",
            " designates ",
            " designating ",
            " targets ",
            " targeting ",
            " sanctioning ",
            " sanctions ",
        ):
            if cue in f.lower:
                target += f.after_cue(cue, TARGETS)
        target = [x for x in uniq(target) if x not in imposer]
        if not target:
            return False  # "the United States sanctioned X under EO ...": the verb reading has the target
        instrument = uniq(m.entity_id for m in orders)
        imposer = [i for i in imposer if f.idx.kind(i) != "person" or i not in target]
        self.emit(
            ctx,
            f,
            "sanction",
            {"imposer": imposer, "target": target, "instrument": instrument},
            {},
            0.85 if imposer and target else 0.65,
            anchor=tok,
        )
        return True

    def sanction(self, ctx: DocContext, f: Finder, tok: Token) -> None:
        imposer: list[str] = []
        target: list[str] = []
        if negated(tok):
            return
        if tok.pos_ == "VERB":
            passive = (
                any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
                or tok.dep_ == "acl"
                or tok.tag_ == "VBN"
                and tok.dep_ != "ROOT"
                and not any(c.dep_ == "nsubj" for c in tok.children)
            )
            if passive:
                imposer = f.prep_objects(tok, ("by",), IMPOSERS)
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if subj is not None:
                    target = f.resolve(subj, TARGETS)
                elif tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
                    target = f.resolve(tok.head, TARGETS)
            else:
                imposer = f.subject(tok, IMPOSERS | INSTR)
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if obj is not None and obj.lemma_ in ("sanction", "ban", "measure", "freeze"):
                    target = f.prep_objects(obj, ("on", "against", "of"), TARGETS) or f.prep_objects(
                        tok, ("on", "against"), TARGETS
                    )
                elif obj is not None:
                    target = f.list_from(obj.left_edge.i, TARGETS) or f.resolve(obj, TARGETS)
                target = target or f.prep_objects(tok, ("on", "against"), TARGETS)
        else:
            imposer, target = self._nominal_sanction(f, tok)
            for c in tok.children:  # "the sanctions that the United States imposed on ..."
                if c.dep_ in ("relcl", "acl") and not imposer:
                    imposer = [i for i in f._subject(c, IMPOSERS) if i not in target]
            imposer = imposer or [
                i for c in tok.children if c.dep_ in ("poss", "compound", "amod") for i in f.resolve(c, IMPOSERS)
            ]
            if tok.head.pos_ == "VERB" and tok.dep_ == "dobj":
                imposer = imposer or f.subject(tok.head, IMPOSERS)
                target = target or f.prep_objects(tok.head, ("on", "against"), TARGETS)
            elif tok.dep_ == "nsubjpass":
                imposer = imposer or f.prep_objects(tok.head, ("by",), IMPOSERS)
                target = target or f.prep_objects(tok.head, ("on", "against"), TARGETS)
            if tok.head.lower_ == "of" and tok.head.head.lemma_ in (
                "threat",
                "risk",
                "fear",
                "prospect",
                "possibility",
            ):
                return
            if any(
                c.lower_ in ("possible", "potential", "threatened", "proposed", "future", "further", "any")
                for c in tok.children
            ):
                return
        target = [t for t in target if f.idx.kind(t) in LISTED]
        instrument = [i for i in imposer if f.idx.kind(i) == "instrument"]
        imposer = [i for i in imposer if i not in instrument]
        instrument += [i for i in f.mentions(INSTR) if "-eo-" in i]
        target = [t for t in target if t not in imposer]
        if not target and not imposer:
            return
        if not imposer:  # "X was designated first": the sanctioning state the text is about
            prev = next((e for e in reversed(ctx.events) if e.type == "sanction" and e.roles.get("imposer")), None)
            if prev is not None:
                imposer = list(prev.roles["imposer"])
                instrument = instrument or list(prev.roles.get("instrument", []))
        conf = 0.85 if imposer and target else 0.6
        if self.emit(
            ctx,
            f,
            "sanction",
            {"imposer": imposer, "target": target, "instrument": uniq(instrument)},
            {},
            conf,
            anchor=tok,
        ):
            ctx.notes["events.last_sanction_end"] = f.sent.end_char

    @staticmethod
    def _nominal_sanction(f: Finder, tok: Token) -> tuple[list[str], list[str]]:
        """ "the designation, announced by X, of A, B and C": read by surface cues after the noun."""
        imposer: list[str] = []
        target: list[str] = []
        end = min(f.sent.end, tok.i + 25)
        j = tok.i + 1
        while j < end:
            low = f.doc[j].lower_
            if low == "by" and not imposer:
                imposer, j = f.list_span(j + 1, IMPOSERS, end=end)
                continue
            if low in ("of", "on", "against", "targeting") and not target:
                target, j = f.list_span(j + 1, LISTED, end=end, skip=6)
                continue
            if f.doc[j].pos_ == "VERB" and f.doc[j].tag_ not in ("VBN", "VBG"):
                break
            j += 1
        return imposer, target

    # --- threat --------------------------------------------------------------------------------
    def threat_key(self, tok: Token) -> str | None:
        """The lexicon key of a threat trigger: "criminal case", "wanted list", "cyberattack"."""
        nouns = self.lex["threat"]["nouns"]
        if tok.pos_ in ("NOUN", "PROPN"):
            prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            prev2 = tok.doc[tok.i - 2].lower_ if tok.i > 1 else ""
            for key in (
                f"{prev2} {prev} {tok.lemma_.lower()}",
                f"{prev} {tok.lemma_.lower()}",
                f"{prev} {tok.lower_}",
                tok.lemma_.lower(),
            ):
                if key in nouns:
                    return key
        return None

    def threat(self, ctx: DocContext, f: Finder, tok: Token, kind: str) -> None:
        if negated(tok) or any(c.lower_ in ("any", "no", "possible", "potential") for c in tok.children):
            return
        if tok.dep_ == "conj" and any(c.lower_ in ("any", "no") for c in tok.head.children):
            return
        commenting = (
            set(self.lex["condemnation"]["verbs"])
            | set(self.lex["statement"]["speech_verbs"])
            | set(self.lex["support"]["verbs"])
            | {"undeterred", "face", "suffer"}
        )
        perp: list[str] = []
        target: list[str] = []
        if tok.pos_ == "VERB":
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                perp = f.prep_objects(tok, ("by",), PERPETRATORS)
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                target = f.resolve(subj, TARGETS) if subj is not None else []
            else:
                perp = f.subject(tok, PERPETRATORS)
                target = f.objects(tok, TARGETS) or f.prep_objects(tok, ("against", "on", "with"), TARGETS)
        else:
            perp = f.prep_objects(tok, ("by", "from"), PERPETRATORS)
            owner = f.possessor(tok)
            perp = perp or (f.resolve(owner, PERPETRATORS) if owner is not None else [])
            perp = perp or [
                i for c in tok.children if c.dep_ in ("compound", "amod") for i in f.resolve(c, PERPETRATORS)
            ]
            target = f.prep_objects(tok, ("against", "on", "to", "of", "targeting", "at"), TARGETS)
            for c in tok.children:  # "threats made against the Court"
                if c.dep_ == "acl" and not target:
                    target = f.prep_objects(c, ("against", "on", "at"), TARGETS)
            gov = (
                tok.head
                if tok.dep_ in ("dobj", "nsubjpass", "nsubj")
                else (tok.head.head if tok.dep_ == "pobj" else None)
            )
            while (
                gov is not None and tok.dep_ == "conj" and gov.dep_ in ("dobj", "pobj", "conj") and gov.head.i != gov.i
            ):
                gov = gov.head
            if gov is not None and gov.pos_ in ("VERB", "AUX", "ADJ") and gov.lemma_ in commenting:
                gov = None  # "deplored threats against the court": the speaker is not the perpetrator
            if (
                gov is not None
                and gov.pos_ in ("VERB", "AUX")
                and gov.lemma_ not in ("face", "suffer", "experience", "receive", "condemn", "reject")
            ):
                if tok.dep_ != "nsubj":
                    perp = (
                        perp or f.subject(gov, PERPETRATORS)
                        if gov.lemma_ not in ("detect", "disclose", "report", "discover", "contain")
                        else perp
                    )
                target = target or f.prep_objects(gov, ("against", "on"), TARGETS)
                if tok.dep_ == "pobj":
                    subj = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
                    target = target or (f.resolve(subj, TARGETS) if subj is not None else [])
            if not target and kind in ("cyberattack", "surveillance"):
                court = f.idx.before(tok.idx, frozenset({"court"}), window=600)
                target = [court] if court else []
        target = [t for t in target if t not in perp]
        if any(f.idx.kind(p) == "court" for p in perp):
            return
        if not target:
            return
        if not perp and not any(f.idx.kind(t) == "court" for t in target):
            return
        self.emit(
            ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": kind}, 0.8 if perp else 0.6, anchor=tok
        )

    # --- condemnation --------------------------------------------------------------------------
    def criticism(self, ctx: DocContext, f: Finder) -> None:
        """An NGO text's plain account of inaction is its criticism: "the Commission has not acted"."""
        voice = ctx.notes.get("events.doc_voice") or []
        if not voice or not all(f.idx.kind(v) == "organization" for v in voice) or f.speakers_for(f.sent.root):
            return
        for v in f.sent:
            if (
                v.pos_ not in ("VERB", "AUX")
                or v.dep_ not in ("ROOT", "ccomp", "conj")
                or (v.dep_ == "ccomp" and v.head.lemma_ not in ("regret", "note", "deplore", "observe"))
            ):
                continue
            inaction = (
                any(c.dep_ == "neg" for c in v.children)
                and v.lemma_ not in ("be", "have")
                or any(c.dep_ == "dobj" and any(g.lower_ in ("no", "little") for g in c.children) for c in v.children)
                or (v.lemma_ == "fail" and any(c.dep_ == "xcomp" for c in v.children))
                or (v.lemma_ == "remain" and "silent" in f.lower)
            )
            if not inaction or any(
                c.lower_ in ("if", "when", "unless", "until") for c in v.children if c.dep_ in ("mark", "advmod")
            ):
                continue
            subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            target = [t for t in f.resolve(subj, frozenset({"igo", "court", "state"})) if t not in voice]
            if target:
                self.emit(
                    ctx,
                    f,
                    "condemnation",
                    {"agent": voice, "target": target},
                    {"about": clean_phrase(f.doc[subj.i : v.right_edge.i + 1].text, 14)},
                    0.5,
                    anchor=v,
                )
                return

    @staticmethod
    def called_bad(tok: Token) -> bool:
        """ "called the warrants outrageous", "branded the Court a political tool"."""
        for c in tok.children:
            if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "dobj", "attr") or c.dep_ == "prep" and c.lower_ == "as":
                words = {t.lemma_.lower() for t in c.subtree}
                if words & BAD_WORDS:
                    return True
        return False

    @staticmethod
    def actor_in(f: Finder, head: Token, agent: list[str]) -> list[str]:
        """The actor behind an act named by a phrase ("the measures announced by X against Y" -> X)."""
        skip: set[int] = set()
        for t in head.subtree:
            if (
                t.dep_ == "prep"
                and t.lower_ in ("against", "on", "at", "to", "targeting", "towards", "for", "of")
                and t.i > head.i
            ):
                if t.lower_ == "of" and not any(g.lemma_ in ("court", "prosecutor", "judge") for g in t.children):
                    continue
                skip.update(x.i for x in t.subtree)
        for t in head.subtree:
            if t.i in skip or t.i <= head.i - 6:
                continue
            m = f.idx.mention(t)
            if (
                m is not None
                and f.idx.kind(m.entity_id) in TARGETS
                and m.entity_id not in agent
                and f.idx.kind(m.entity_id) != "court"
            ):
                return [m.entity_id]
        return []

    def condemnation(self, ctx: DocContext, f: Finder, tok: Token) -> None:
        if negated(tok):
            return
        from .voice import Voice  # the claimant logic is shared with demands

        target: list[str] = []
        about = ""
        if tok.pos_ == "VERB":
            if (
                tok.dep_ in ("amod", "acl")
                or any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)
                and tok.head.lemma_ not in ("wish", "want")
            ):
                return
            agent = Voice.claimant(self, ctx, f, tok)  # type: ignore[arg-type]
            obj = next((c for c in tok.children if c.dep_ in ("dobj",)), None)
            cc = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if obj is not None:
                target = f.resolve(obj, TARGETS) or self.actor_in(f, obj, agent)
                about = clean_phrase(f.doc[obj.left_edge.i : obj.right_edge.i + 1].text, 14)
            elif cc is not None:
                target = f.subject(cc, TARGETS) or self.actor_in(f, cc, agent)
                about = clean_phrase(f.doc[cc.left_edge.i : cc.right_edge.i + 1].text, 14)
            target = target or f.prep_objects(tok, ("against", "by", "at", "over"), TARGETS)
            if not target and obj is not None and obj.lemma_ in ("sanction", "designation", "measure", "listing"):
                prev = next((e for e in reversed(ctx.events) if e.type == "sanction" and e.roles.get("imposer")), None)
                target = [i for i in prev.roles["imposer"] if f.idx.kind(i) == "state"][:1] if prev is not None else []
            if (
                not target
                and obj is not None
                and obj.lemma_ in ("warrant", "ruling", "judgment", "decision", "jurisdiction")
                and "court:icc" in ctx.entities
                and re.search(r"\b(icc|court)\b", f.lower + " " + obj.lemma_)
            ):
                target = ["court:icc"]  # "rejected the warrant": the Court that issued it
        elif tok.pos_ == "ADJ":
            agent = f.subject(tok.head)
            target = f.prep_objects(tok, ("by", "about", "at", "over", "with", "that"), TARGETS)
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            target = target or (f.subject(clause, TARGETS) if clause is not None else [])
            about = clean_phrase(f.doc[tok.i : tok.head.right_edge.i + 1].text, 14)
        else:
            gov = tok.head if tok.dep_ in ("dobj", "nsubj") else (tok.head.head if tok.dep_ == "pobj" else None)
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if gov is None or gov.pos_ not in ("VERB", "AUX"):
                if not poss:
                    return
                gov = None
            elif gov.lemma_ not in CONCERN_VERBS and gov.lemma_ not in self.lex["condemnation"]["verbs"]:
                return
            agent = f.resolve(poss[0]) if poss and poss[0].pos_ != "PRON" else []
            if not agent and gov is not None:
                agent = Voice.claimant(self, ctx, f, gov)  # type: ignore[arg-type]
            target = f.prep_objects(
                tok, ("regarding", "about", "over", "at", "with", "on", "by", "concerning", "against", "for"), TARGETS
            )
            if not target:
                clause = next(
                    (c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")), None
                )
                if clause is None and gov is not None:
                    clause = next((c for c in gov.children if c.dep_ == "ccomp"), None)
                target = f.subject(clause, TARGETS) if clause is not None else []
                target = target or self.actor_in(f, tok, agent)
            about = clean_phrase(f.doc[tok.i : tok.right_edge.i + 1].text, 14)
        target = [t for t in target if t not in agent]
        if not agent:
            return
        self.emit(
            ctx,
            f,
            "condemnation",
            {"agent": agent, "target": target},
            {"about": about},
            0.8 if target else 0.6,
            anchor=tok,
        )

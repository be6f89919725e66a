"""Support: "welcome / support / commend / thank / stand by X", "express support for X", "solidarity
with X", "the Court's most consistent supporter", "we are grateful to X", "was welcomed by X".

A mixin of ``Voice`` (it reads the speaker through ``Voice.claimant``). The beneficiary is who is
supported: the actor named, the author of a welcomed act ("welcomed the arrest by X"), the organ behind
a welcomed ruling, the bodies whose people are named ("the judges and staff of the Court").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .acts import act_actor, is_act, operative_lemma
from .base import FIRST_PERSON, Finder, clean_phrase, uniq
from .statement_speakers import they_the_authors

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

EXPRESSING = frozenset({
    "express", "reaffirm", "reiterate", "extend", "offer", "voice", "show", "pledge", "declare", "convey", "renew",
    "give", "lend", "state", "confirm", "demonstrate", "signal", "underline", "emphasise", "emphasize", "stress",
    "reconfirm", "restate", "repeat", "affirm", "record", "register", "pay", "send", "assure",
})  # fmt: skip
SUPPORTERS = frozenset({"supporter", "champion", "ally", "defender", "friend", "advocate", "backer", "proponent"})

TRUSTING = frozenset({"confidence", "trust", "faith"})
# r7 voice: whom the Court's organs assist ("supports survivors"): no political support
ASSISTED = frozenset({"survivor", "victim", "witness", "community", "family", "child", "population", "people", "refugee"})
# r7 voice: "came out / spoke out in support of X"; "rallied behind X"
SPEAKING_OUT = frozenset({"come", "speak", "rally", "weigh", "step", "march", "unite", "mobilise", "mobilize"})
RALLYING = frozenset({"rally"})
# r7 voice: "called the decision bold and principled", "described the warrant as a historic step"
DESCRIBING = frozenset({"call", "describe", "term", "deem", "hail", "label", "characterise", "characterize", "praise"})
GOOD_WORDS = frozenset({
    "bold", "principled", "courageous", "brave", "historic", "landmark", "milestone", "important", "significant",
    "welcome", "positive", "victory", "triumph", "vindication", "wise", "right", "just", "breakthrough", "great",
    "crucial", "vital", "essential", "indispensable", "commendable", "exemplary", "admirable", "encouraging",
})  # fmt: skip
NOT_GOOD = frozenset({"mistake", "error", "blow", "setback", "step back", "backward", "wrong", "regrettable", "not", "no"})
HOLDING = frozenset({"have", "place", "retain", "put", "keep", "maintain"})  # r7 voice: "have confidence in X"

REFLEXIVE = frozenset({"itself", "themselves", "ourselves", "myself", "himself", "herself"})

PERFORMATIVE = frozenset({"allow", "let", "wish", "want", "like", "take", "begin", "start"})

HANDED_OVER = frozenset({"arrest", "surrender", "transfer", "conviction", "detention", "extradition"})

MAYBE = frozenset({"may", "might", "could", "should", "must", "ought"})

RULINGS = frozenset({"warrant", "ruling", "judgment", "judgement", "verdict", "decision", "finding", "conviction"})

COURT_ACTS = frozenset(
    {"warrant", "ruling", "judgment", "judgement", "verdict", "arrest", "investigation", "conviction"}
)

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
STANCES = frozenset({
    "position", "decision", "step", "move", "stance", "statement", "initiative", "announcement", "commitment",
    "response", "reaction", "declaration", "pledge", "contribution", "effort", "efforts", "action", "measure",
})  # fmt: skip


def nobody_did(v: Token) -> bool:
    """ "No State Party has defended the judges", "none of them condemned ...": a subject that names no one."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and v.dep_ == "conj":
        subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in ("nobody", "none", "no-one", "neither", "nothing") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children
    ) or subj.text.lower().startswith("no ")


def stood_by(tok: Token) -> bool:
    """ "stand by / with / behind / alongside X" (named or not: "stood firmly by its personnel")."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("by", "with", "behind", "alongside") and any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    )


def stand_holder(tok: Token) -> Token | None:
    """The word holding "with X" for "stand": the verb itself, "stand shoulder to shoulder with X", or the
    interrupted "we stand, and will continue to stand, with X" (the second "stand" holds it)."""
    if stood_by(tok):
        return tok
    for c in tok.children:
        if c.dep_ in ("advcl", "dobj", "npadvmod") and c.lower_ == "shoulder" and stood_by(c):
            return c
        if c.dep_ == "conj" and c.lemma_ in ("continue", "remain"):
            for x in c.children:
                if x.dep_ == "xcomp" and x.lemma_ == "stand" and stood_by(x):
                    return x
    return None


class Supports:
    """`support` events (mixin of ``Voice``)."""

    @staticmethod
    def _support_for(f: Finder, noun: Token) -> list[str]:
        """See ``_support_in``; also a coordinated "and for Y" the parse hangs on the verb."""
        out = Supports._support_in(f, noun)
        gov = noun.head if noun.dep_ == "dobj" else None
        for c in gov.children if gov is not None and out else ():
            if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in ("for", "to", "with"):
                out += [i for g in c.children if g.dep_ == "pobj" for i in f.resolve(g) or named_group(f, g)]
        return uniq(out)

    @staticmethod
    def _support_in(f: Finder, noun: Token) -> list[str]:
        """The beneficiaries of "support for the Court and for its officials", "solidarity with X";
        not those named inside a relative clause ("the judges, who issued warrants for X and Y, ...")."""
        out: list[str] = []
        inner = relative_clauses(noun)
        for c in noun.subtree:
            if (
                (c.dep_ == "prep" or c.dep_ == "conj" and c.pos_ == "ADP")  # "... and for the Prosecutor"
                and (c.lower_ in ("for", "to", "with") or c.lower_ == "in" and c.head.lemma_ in TRUSTING)
                and c.i not in inner
            ):  # "support for X", "solidarity with X", "confidence in X"
                out += [i for g in c.children if g.dep_ == "pobj" for i in f.resolve(g) or named_group(f, g)]
        return uniq(out)

    @staticmethod
    def _supporter(f: Finder, noun: Token) -> list[str]:
        """Whose support a support noun names: "the Assembly's support", "the support of States Parties"."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:
            return f.resolve(owner)
        return f.prep_objects(noun, ("of",))

    @staticmethod
    def _the_last_actor(f: Finder, obj: Token, agent: list[str]) -> list[str]:
        """ "X rejected the designations. FIDH welcomes that position / this decision": the one whose act
        the sentence before told, when the object is a bare demonstrative act noun."""
        if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in obj.children):
            return []
        if any(c.dep_ in ("prep", "relcl") for c in obj.children) or f.sent.start == 0 or obj.lemma_.lower() not in STANCES:
            return []
        before = f.doc[f.sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        got = f.resolve(subj, BENEFICIARY_BODIES) if subj is not None else []
        return [g for g in got if g not in agent]

    @staticmethod
    def _ruled_by(ctx: DocContext, f: Finder, obj: Token) -> list[str]:
        """The organ behind a ruling named only by its noun ("welcomed the decision", "the finding"):
        the chamber the text has just named, else the Court ("welcomed the warrants")."""
        organ = [  # a warrant is "the ICC's"; a finding or decision is its chamber's
            m.entity_id
            for m in ctx.mentions_in(max(0, obj.idx - 900), obj.idx)
            if m.entity_id.startswith(("court:pre-trial", "court:trial", "court:appeals")) and obj.lemma_ != "warrant"
        ]
        if organ:
            return organ[-1:]
        if obj.lemma_ in COURT_ACTS and "court:icc" in ctx.entities:
            return ["court:icc"]
        return []

    @staticmethod
    def _same_act(ctx: DocContext, f: Finder, tok: Token, agent: list[str], bene: list[str]) -> bool:
        """A support verb coordinated with an earlier one of the sentence, with no subject of its own and the
        same supporter ("X welcomed the step and praised Hungary"): the earlier event takes its
        beneficiaries (r7 voice)."""
        if tok.pos_ != "VERB" or tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        head = tok.head
        prev = next(
            (
                e
                for e in reversed(ctx.events)
                if e.type == "support"
                and e.evidence
                and f.sent.start_char <= e.evidence[0][0] < f.sent.end_char
                and set(e.roles.get("agent", [])) == set(agent)
            ),
            None,
        )
        if prev is None or head.pos_ != "VERB" or head.lemma_.lower() not in ("welcome", "hail", "applaud", "salute", "praise", "commend", "support", "back", "endorse"):
            return False
        if prev.roles.get("beneficiary") and not set(prev.roles["beneficiary"]) & set(bene):
            return False  # "welcomed the accession of A and commended B": two
        prev.roles["beneficiary"] = uniq([*prev.roles.get("beneficiary", []), *bene])
        return True

    def _called_good(self, tok: Token) -> Token | None:
        """The object of "call / describe / hail X (as) GOOD", with no bad word in the description (r7 voice)."""
        if any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "aux" and c.lower_ in MAYBE for c in tok.children):
            return None
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")), None)
        if obj is None:
            return None
        said = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or c.dep_ == "prep" and c.lower_ == "as"]
        said += [c for c in obj.children if c.dep_ in ("oprd", "xcomp", "acl", "amod") and c.i > obj.i]
        words = {t.lemma_.lower() for c in said for t in c.subtree} | {t.lower_ for c in said for t in c.subtree}
        bad = set(self.lex["condemnation"].get("bad_words", [])) | set(self.lex["condemnation"]["adjectives"]) | NOT_GOOD
        if not words & GOOD_WORDS or words & bad:
            return None
        return obj

    def _unnamed_subject(self, f: Finder, v: Token) -> bool:
        """ "many delegations", "several governments", "observers": a subject that names no one, and is
        not the author's own group ("the organisations we represent", "the undersigned")."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN",) or self._ours(subj):
            return False
        if any(f.idx.mention(t) is not None or t.lower_ in FIRST_PERSON for t in subj.subtree):
            return False
        return not f.resolve(subj)

    def _signed_text(self, v: Token) -> bool:
        """ "The statement has been endorsed by 93 States", "It is supported by 79 States Parties": a text
        signed or joined (the statement's signatories), not support for an actor."""
        if v.lemma_ not in ("endorse", "support", "back", "sign", "co-sign", "join") or not any(
            c.dep_ == "auxpass" for c in v.children
        ):
            return False
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None and v.dep_ == "conj":  # "was initiated by A and has been endorsed by 93 States"
            subj = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)
        texts = {*self.lex["statement"]["nouns"], "text", "appeal", "petition", "call", "initiative"}
        return subj is not None and (subj.lemma_.lower() in texts or subj.lower_ in ("it", "this", "which", "that"))

    def supports(self, ctx: DocContext, f: Finder) -> None:
        lex = self.lex["support"]
        verbs, nouns = set(lex["verbs"]) | RALLYING, set(lex["nouns"])
        for tok in f.tokens:
            lem = operative_lemma(tok)
            obj: Token | None = None
            if tok.pos_ == "VERB" and lem in verbs:
                performative = tok.dep_ == "xcomp" and tok.head.lemma_ in PERFORMATIVE  # "we wish to thank"
                told = tok.dep_ == "acl" and tok.head.lemma_.lower() in self.lex["statement"]["nouns"]
                if (
                    any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) and not performative
                ) or tok.dep_ in ("amod", "acl") and not told:
                    continue  # but "signed a joint statement reaffirming their support": the statement's
                if tok.dep_ == "conj" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.head.children):
                    continue  # "our commitment to uphold and defend ..."
                if (
                    lem == "thank"
                    and any(c.lower_ == "you" for c in tok.children)
                    and not f.prep_objects(tok, ("for",))
                ):
                    continue  # "Thank you."
                if any(c.dep_ == "neg" for c in tok.children):
                    continue
                if nobody_did(tok) or any(
                    c.dep_ == "aux" and (c.lower_ in MAYBE or c.lower_ == "would" and lem != "thank") for c in tok.children
                ):  # "No State has defended the judges", "the Court would welcome further contributions"
                    continue  # "States may still align themselves with it", "States should support": not done
                if self._signed_text(tok):
                    continue  # "It is supported by 79 States", "the letter was endorsed by 40 NGOs": signatures
                if (
                    tok.dep_ == "relcl"
                    and any(c.dep_ in ("nsubj",) and c.tag_ in ("WDT", "WP") for c in tok.children)
                    and not f.resolve(tok.head)
                ):
                    continue  # "countries that still support the court": nobody named
                holder = stand_holder(tok) if lem == "stand" else tok
                if lem == "stand" and holder is None and "solidarity" not in f.lower:
                    continue  # "stands by its personnel", "stood with the judges"; not "stand trial", "stands at"
                if lem in ("associate", "align"):  # "associate themselves with the statement by X"
                    if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in tok.children):
                        continue
                    heard = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
                    agent = self.claimant(ctx, f, tok)
                    said = list(ctx.notes.get("events.last_statement") or [])  # "... and we associate ourselves with it"
                    bene = [
                        i
                        for g in heard
                        for i in (
                            said
                            if g.lower_ in ("it", "this", "that") and said
                            else f.resolve(g, owners=False) or act_actor(f, g, agent)
                        )
                    ]
                    about = clean_phrase(f.doc[tok.i : tok.right_edge.i + 1].text, 14)
                    if agent and bene:
                        self.emit(ctx, f, "support", {"agent": agent, "beneficiary": bene}, {"about": about}, 0.7, anchor=tok)
                    continue
                if lem in ("reaffirm", "acknowledge") and not any(
                    c.lemma_ in nouns for c in tok.children if c.dep_ == "dobj"
                ):
                    continue
                passive = any(c.dep_ == "auxpass" for c in tok.children)
                agent = f.prep_objects(tok, ("by",)) if passive else []  # "the accession was welcomed by the EU"
                agent = agent or they_the_authors(f, tok, self.claimant(ctx, f, tok))
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
                own = obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
                if obj is not None and obj.lemma_ in nouns and lem not in EXPRESSING | {"reaffirm"}:
                    # "welcomed the States' strong support for the Court": the States are welcomed
                    bene = self._supporter(f, obj) or self._support_for(f, obj)
                elif obj is not None and obj.lemma_ in nouns:  # "reaffirms the Assembly's support for the Court"
                    bene = self._support_for(f, obj)
                    agent = uniq([*agent, *self._supporter(f, obj)])
                elif obj is not None and obj.lemma_ in HANDED_OVER:  # "welcomed the arrest of X": not X
                    bene = f.prep_objects(obj, ("by",)) or [
                        i for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" for i in f.resolve(c)
                    ]
                else:
                    bene = (f.resolve(obj) or named_group(f, obj)) if obj is not None and not own else []
                    if not bene and obj is not None and obj.lower_ == "you":  # "we congratulate you on ..."
                        doc = ctx.notes.get("events.document_statement")
                        bene = list(doc.roles.get("addressee", [])) if doc is not None else []
                    if not bene and obj is not None and is_act(obj):  # "praised the American move", "his election"
                        bene = act_actor(f, obj, agent)
                    if not bene and obj is not None and not own:  # "welcomed the Presidency's rejection of ..."
                        bene = [i for c in obj.children if c.dep_ == "poss" for i in f.resolve(c) if i not in agent]
                    if not bene and obj is not None and lem in ("welcome", "applaud", "commend", "hail", "praise"):
                        bene = self._the_last_actor(f, obj, agent)  # "FIDH welcomes that position"
                bene = bene or f.prep_objects(
                    holder or tok, ("with", "behind", "for") if passive else ("by", "with", "behind", "for")
                )
                for c in tok.children:  # "stood in solidarity with X", "stands firmly behind X"
                    if not bene and c.dep_ == "prep":
                        bene = [i for g in c.children if g.dep_ == "pobj" and g.lemma_ in nouns for i in self._support_for(f, g)]
                if not bene and obj is not None and obj.lemma_ in RULINGS:
                    bene = self._ruled_by(ctx, f, obj)  # "welcomed the warrant / the decision": who issued it
                if obj is not None and not bene:
                    for c in obj.children:
                        if c.dep_ == "prep" and c.lower_ in ("for", "to", "with"):
                            bene = f.prep_objects(obj, (c.lower_,))
                about = clean_phrase(f.doc[tok.i : (obj.right_edge.i + 1) if obj is not None else tok.i + 6].text, 14)
            elif tok.pos_ == "VERB" and lem in DESCRIBING and (obj := self._called_good(tok)) is not None:
                # "called the decision 'bold and principled'", "described the warrant as a historic step"
                agent = they_the_authors(f, tok, self.claimant(ctx, f, tok))
                bene = f.resolve(obj, BENEFICIARY_BODIES | {"person"}) or act_actor(f, obj, agent)
                if not bene and obj.lemma_ in RULINGS:
                    bene = self._ruled_by(ctx, f, obj)
                about = clean_phrase(f.doc[tok.i : tok.right_edge.i + 1].text, 14)
                if not bene:
                    continue
            elif tok.pos_ == "NOUN" and lem in SUPPORTERS and tok.dep_ in ("attr", "appos"):
                # "The EU has been the Court's most consistent supporter", "Chile, a staunch ally of the Court,"
                bene = [i for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON" for i in f.resolve(c)]
                bene = bene or f.prep_objects(tok, ("of", "to"))
                agent = f.subject(tok.head) if tok.dep_ == "attr" else f.resolve(tok.head, owners=False)
                about = clean_phrase(f.doc[tok.left_edge.i : tok.right_edge.i + 1].text, 14)
                if not bene:
                    continue
            elif tok.pos_ == "ADJ" and lem in ("grateful", "thankful", "indebted") and tok.dep_ == "acomp":
                agent = self.claimant(ctx, f, tok.head)  # "we are grateful to the States that spoke out"
                bene = f.prep_objects(tok, ("to",))
                about = clean_phrase(f.doc[tok.i : tok.right_edge.i + 1].text, 14)
            elif (
                tok.pos_ == "NOUN"
                and lem in nouns
                and tok.dep_ == "pobj"
                and tok.head.lower_ in ("in", "of")
                and any(c.dep_ == "poss" for c in tok.children)
                and any(c.dep_ == "prep" and c.lower_ in ("for", "to", "with") for c in tok.children)
                and not any(c.dep_ == "neg" for c in tok.head.head.children)
            ):  # "we remain steadfast in our support for the Court", "united in their solidarity with X"
                owner = next(c for c in tok.children if c.dep_ == "poss")
                agent = f.resolve(owner)
                bene = self._support_for(f, tok) or f.prep_objects(tok, ("to", "with"))
                gov = tok.head.head
                about = clean_phrase(f.doc[tok.head.i : tok.right_edge.i + 1].text, 14)
                if not bene:
                    continue
            elif tok.pos_ == "NOUN" and lem in nouns and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
                gov = tok.head if tok.dep_ != "pobj" else tok.head.head
                spoke_out = (
                    tok.dep_ == "pobj" and tok.head.lower_ == "in" and gov.lemma_ in SPEAKING_OUT and gov.pos_ == "VERB"
                )  # "Ireland came out / spoke out in support of the Court"
                if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of", "for", "without") and not spoke_out:
                    continue  # "in support of", "the need for support"
                trusting = lem in TRUSTING and gov.lemma_ in HOLDING  # "we have full confidence in the judges"
                if gov.pos_ != "VERB" or gov.lemma_ in verbs or gov.lemma_ not in EXPRESSING and not trusting and not spoke_out:
                    continue
                if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MAYBE for c in gov.children) or any(
                    c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children
                ):
                    continue  # "has not expressed any support", "should express support": not given
                if (
                    gov.dep_ == "relcl"
                    and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in gov.children)
                    and not f.resolve(gov.head)
                ):
                    continue  # "the States that had affirmed their backing of the Court": nobody named
                if tok.dep_ == "nsubjpass":  # "the support of Costa Rica for the Court was reiterated (by X)"
                    agent = f.prep_objects(gov, ("by",)) or self._supporter(f, tok)
                else:
                    agent = self.claimant(ctx, f, gov) if tok.dep_ != "nsubj" else f.voice(tok)
                if not spoke_out:  # "in support of X": X is supported, not supporting
                    agent = uniq([*agent, *self._supporter(f, tok)])  # "reiterated the Assembly's full support"
                bene = (
                    self._support_for(f, tok)
                    or (f.prep_objects(tok, ("of",)) if spoke_out else [])
                    or f.prep_objects(gov, ("to", "with"))
                    or [  # "expressed its solidarity with the three organisations"
                        i
                        for c in gov.children
                        if c.dep_ == "prep" and c.lower_ in ("to", "with")
                        for g in c.children
                        if g.dep_ == "pobj"
                        for i in named_group(f, g)
                    ]
                )
                about = clean_phrase(f.doc[gov.i : tok.right_edge.i + 1].text, 14)
            else:
                continue
            speaker_verb = tok if tok.pos_ == "VERB" else tok.head
            if agent and set(agent) <= set(f.voice(speaker_verb)) and self._unnamed_subject(f, speaker_verb):
                continue  # "many delegations repeated that support": not the document's author
            if lem == "support" and not bene and obj is not None and obj.lemma_ in ASSISTED:
                continue  # "the Trust Fund supports survivors in northern Uganda": assistance, not a stance
            if lem == "stand" and bene and set(bene) <= set(agent):
                bene = []  # "the Court stands by its personnel": its own people, none named
            if not agent and bene and tok.pos_ == "VERB" and lem in ("welcome", "commend", "praise", "support") and others(tok):
                agent = [""]  # "Several delegations welcomed the accession of X": X, by no one named
            if not agent or bene and set(bene) == set(agent) or lem == "respect" and not bene:
                continue  # "respect its obligations" is no support; "respects the independence of the Court" is
            scope = obj if tok.pos_ == "VERB" and obj is not None else tok
            bene = uniq([*[b for b in bene if b not in relative_named(f, scope)], *members_of(f, scope)])
            if self._same_act(ctx, f, tok, agent, [b for b in bene if b not in agent]):
                continue  # "welcomed the step and praised Hungary for it": one support, its beneficiaries joined
            self.emit(
                ctx,
                f,
                "support",
                {"agent": [a for a in agent if a], "beneficiary": [b for b in bene if b not in agent]},
                {"about": about},
                confidence=0.8 if bene else 0.6,
                anchor=tok,
            )

"""Support: "welcome / support / commend / thank / stand by X", "express support for X", "solidarity
with X", "the Court's most consistent supporter", "we are grateful to X", "was welcomed by X".

A mixin of ``Voice`` (it reads the speaker through ``Voice.claimant``). The beneficiary is who is
supported: the actor named, the author of a welcomed act ("welcomed the arrest by X"), the organ behind
a welcomed ruling, the bodies whose people are named ("the judges and staff of the Court"). The role
readers are in ``support_roles``, the groups and bodies a phrase names in ``support_groups``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .acts import act_actor, is_act, operative_lemma
from .base import Finder, clean_phrase, lexicon, uniq
from .statement_speakers import they_the_authors
from .support_groups import BENEFICIARY_BODIES, members_of, named_group, others, relative_named
from .support_roles import MAYBE, TRUSTING, SupportRoles, nobody_did, stand_holder

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

EXPRESSING = frozenset({
    "express", "reaffirm", "reiterate", "extend", "offer", "voice", "show", "pledge", "declare", "convey", "renew",
    "give", "lend", "state", "confirm", "demonstrate", "signal", "underline", "emphasise", "emphasize", "stress",
    "reconfirm", "restate", "repeat", "affirm", "record", "register", "pay", "send", "assure",
})  # fmt: skip
SUPPORTERS = frozenset({"supporter", "champion", "ally", "defender", "friend", "advocate", "backer", "proponent"})

# r7 voice: whom the Court's organs assist ("supports survivors"): no political support
ASSISTED = frozenset({"survivor", "victim", "witness", "community", "family", "child", "population", "people", "refugee"})
# r7 voice: "came out / spoke out in support of X"; "rallied behind X"
SPEAKING_OUT = frozenset({"come", "speak", "rally", "weigh", "step", "march", "unite", "mobilise", "mobilize"})
RALLYING = frozenset({"rally"})
GRATEFUL = frozenset({"grateful", "thankful", "indebted"})
# r7 voice: "called the decision bold and principled", "described the warrant as a historic step"
DESCRIBING = frozenset({"call", "describe", "term", "deem", "hail", "label", "characterise", "characterize", "praise"})
HOLDING = frozenset({"have", "place", "retain", "put", "keep", "maintain"})  # r7 voice: "have confidence in X"

# r9 voice: texts an Assembly body endorses as a decision ("endorsed the recommendations of the facilitation")
ADOPTED_TEXTS = frozenset({"recommendation", "proposal", "conclusion", "report", "outcome", "draft", "text", "decision"})
# r9 voice: "Austria is proud / pleased / honoured to support X": the support is given, not merely intended
GLAD = frozenset({"proud", "pleased", "happy", "honoured", "honored", "delighted", "glad"})


def relative_subject(f: Finder, v: Token) -> list[str]:
    """ "the States Parties which have voiced their solidarity": the relative clause's subject is the noun
    it hangs on, not the sentence's speaker (r9 voice)."""
    if v.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in v.children):
        return []
    return f.resolve(v.head)


REFLEXIVE = frozenset({"itself", "themselves", "ourselves", "myself", "himself", "herself"})

PERFORMATIVE = frozenset({"allow", "let", "wish", "want", "like", "take", "begin", "start"})

HANDED_OVER = frozenset({"arrest", "surrender", "transfer", "conviction", "detention", "extradition"})

RULINGS = frozenset({"warrant", "ruling", "judgment", "judgement", "verdict", "decision", "finding", "conviction"})

ASKING = frozenset({"call", "urge", "ask", "request", "encourage", "invite", "appeal", "demand", "press", "implore"})
# r12 voice: what no one is said to support in earnest: "the President endorses the government's crimes" is a charge
WRONGS = frozenset({
    "crime", "atrocity", "impunity", "violation", "abuse", "aggression", "genocide", "massacre", "killing",
    "torture", "occupation", "annexation", "apartheid", "terrorism", "lawlessness",
})  # fmt: skip
OCCASIONS = frozenset({"anniversary", "adoption", "day", "birthday", "founding", "entry", "signing", "jubilee"})
# r12 voice: "Israel defends its citizens / its life / itself": a State's own, no one else's support
OWN_THINGS = frozenset({
    "life", "citizen", "people", "security", "sovereignty", "territory", "border", "soldier", "nation", "country",
    "interest", "population", "self", "existence", "troop", "homeland",
})  # fmt: skip


class Supports(SupportRoles):
    """`support` events (mixin of ``Voice``)."""

    def supports(self, ctx: DocContext, f: Finder) -> None:
        lex = self.lex["support"]
        verbs, nouns = set(lex["verbs"]) | RALLYING, set(lex["nouns"])
        for tok in f.having(support_words()):  # (speed) every test below reads one of those lists
            lem = operative_lemma(tok)
            obj: Token | None = None
            if tok.pos_ == "VERB" and lem in verbs:
                performative = tok.dep_ == "xcomp" and (
                    tok.head.lemma_ in PERFORMATIVE  # "we wish to thank"
                    or tok.head.lower_ in GLAD and tok.head.dep_ == "acomp"  # r9: "Austria is proud to support X"
                )
                told = tok.dep_ == "acl" and tok.head.lemma_.lower() in self.lex["statement"]["nouns"]
                if (
                    any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) and not performative
                ) or tok.dep_ in ("amod", "acl") and not told:
                    continue  # but "signed a joint statement reaffirming their support": the statement's
                if tok.dep_ == "conj" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.head.children):
                    continue  # "our commitment to uphold and defend ..."
                if tok.dep_ == "conj" and tok.head.dep_ in ("amod", "acl", "relcl") and tok.tag_ in ("VBG", "VBN"):
                    continue  # r12 voice: "persons engaged with or supporting the Court's efforts": who is described
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
                if lem == "side" and not f.prep_objects(tok, ("with",)):
                    continue  # r9 voice: "sided with X" supports X; not "sided against X", "sided with the majority"
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
                agent = agent or relative_subject(f, tok) or they_the_authors(f, tok, self.claimant(ctx, f, tok))
                if not agent and tok.dep_ == "xcomp" and tok.head.lower_ in GLAD:
                    agent = self.claimant(ctx, f, tok.head.head)  # "Austria is proud to support X"
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if obj is None:  # r11 voice: 'praised as "a real advance" the Court's ruling': the object put last
                    obj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                                if p.dep_ == "pobj" for g in [*p.children, p] if g.dep_ == "appos" and g.i > p.i
                                or g is p and g.lemma_ in RULINGS and any(d.lower_ == "the" for d in g.children)), None)  # fmt: skip
                own = obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
                if lem in ("celebrate", "commemorate", "mark") and obj is not None and obj.lemma_.lower() in OCCASIONS:
                    continue  # r12 voice: "we mark the Statute's twentieth year": a commemoration, no stance
                if obj is not None and obj.lemma_.lower() in WRONGS:
                    continue  # r12 voice: "endorses the crimes of X", "supports impunity": a charge, not support
                if obj is not None and (own and obj.lemma_.lower() in OWN_THINGS or obj.lower_ in REFLEXIVE):
                    continue  # r12 voice: "defends its citizens", "protects itself": its own
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
                if not bene or lem in ("ally", "friend") and all(f.idx.kind(b) == "state" for b in bene):
                    continue  # r11 voice: "Germany, another staunch ally of Israel,": an alliance, not support voiced
            elif tok.pos_ == "ADJ" and lem in GRATEFUL and tok.dep_ == "acomp":
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
                if gov.dep_ in ("xcomp", "advcl") and gov.head.lemma_ in ASKING and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in gov.children
                ):  # but "we wish to express our appreciation to X" is given
                    continue  # r12 voice: "we call on States to show their respect for the Court": asked, not given
                if (
                    gov.dep_ == "relcl"
                    and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in gov.children)
                    and not f.resolve(gov.head)
                ):
                    continue  # "the States that had affirmed their backing of the Court": nobody named
                if tok.dep_ == "nsubjpass":  # "the support of Costa Rica for the Court was reiterated (by X)"
                    agent = f.prep_objects(gov, ("by",)) or self._supporter(f, tok)
                else:
                    agent = relative_subject(f, gov) or (self.claimant(ctx, f, gov) if tok.dep_ != "nsubj" else f.voice(tok))
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
            if lem in ("endorse", "approve") and obj is not None and obj.lemma_.lower() in ADOPTED_TEXTS and agent and all(
                a.startswith("court:asp") for a in agent
            ):
                continue  # r9 voice: "the Bureau endorsed the recommendation of the Committee": a decision, no stance
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
            if any(g.lemma_.lower() in WRONGS for p in (scope.children if scope is not None else ())
                   if p.dep_ == "prep" and p.lower_ == "for" for g in p.children):  # fmt: skip
                continue  # r12 voice: "accused her of expressing support for terrorism": a charge, not support
            if not [b for b in bene if b not in agent] and self._told_with_more(ctx, f, agent, about):
                continue  # r12 voice: "welcomes what the Court has achieved, notably ...": told once
            self.emit(
                ctx,
                f,
                "support",
                {"agent": [a for a in agent if a], "beneficiary": [b for b in bene if b not in agent]},
                {"about": about},
                confidence=0.8 if bene else 0.6,
                anchor=tok,
            )


@lru_cache(maxsize=1)
def support_words() -> frozenset[str]:
    """Every word a test of ``Supports.supports``'s loop over tokens can fire on, as lemma or lower-case form,
    with the "-s"/"-es" of an operative verb ("Welcomes", read by ``operative_lemma``); a new test adds its words."""
    lex = lexicon()["support"]
    words = frozenset().union(lex["verbs"], RALLYING, DESCRIBING, SUPPORTERS, GRATEFUL, lex["nouns"])
    return words | {w + "s" for w in words} | {w + "es" for w in words}

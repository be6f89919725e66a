"""Demands: "urge / call on / ask / request / encourage / invite X to V", "request that X V",
"call for X", "X's call for Y to V" (the claimant is whoever speaks), with the addressees read up to
the infinitive ("urge A and B, as well as C, to V"). Lists under a lead-in live in ``demand_lists``,
modals, passives, nominal and polite requests in ``demand_forms`` (calls naming no one to act in
``demand_generic``), impersonal and gapped calls in ``demand_calls``, who calls in
``demand_speakers``, what is asked and of whom in ``demand_asked``, and the promises the verb-led
commitments leave out in ``demand_pledges``.

A mixin of the ``Voice`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import ACTORS, Finder, clean_phrase, verb_phrase
from .demand_asked import DemandAsked
from .demand_calls import DemandCalls
from .demand_forms import HEDGES, DemandForms
from .demand_generic import noun_lemma
from .demand_groups import group_antecedent
from .demand_lists import DemandLists
from .demand_owners import DemandOwners
from .demand_pledges import DemandPledges
from .demand_speakers import DemandSpeakers

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


HOPING = frozenset({"expect", "want", "need", "count", "look", "rely", "trust", "wish", "hope"})
PROPOSING = ("ask", "urge", "propose", "suggest", "advise")
# verbs that make a call only with an object and a "to V" after it: "pushed Senegal to table a
# resolution", "challenged the Assembly to match words with action", "told Italy to hand him over"
PUSHING = frozenset({"push", "challenge", "tell", "pressure", "pressurise", "pressurize", "lobby", "prod", "nudge"})
SENDING = frozenset({
    "transmit", "notify", "send", "address", "issue", "submit", "forward", "deliver", "direct", "circulate", "file",
    "renew", "reiterate", "repeat", "make",
})  # fmt: skip
BOUND = frozenset({"bound", "obliged", "obligated", "required"})
NEEDFUL = frozenset({"essential", "imperative", "vital", "crucial", "important", "necessary", "urgent", "critical"})
ORG_NOUNS = frozenset({"group", "organisation", "organization", "coalition", "ngo", "network", "watchdog", "alliance"})
# the lemmas the branches of ``Demands.demands`` name one by one (beside the lexicon's verbs and the sets above)
DEMAND_CUES = frozenset({
    "remind", "want", "expect", "grateful", "thankful", "appreciate", "welcome", "call", "appeal", "plea",
    "request", "demand", "reminder", "need", "time", "have",
})  # fmt: skip
RENEWING = frozenset({"renew", "reiterate", "repeat", "issue", "make", "launch", "echo"})


# r7 voice: words that count unnamed others ("several States", "other delegations")
OTHERS_QUANT = frozenset({"several", "many", "some", "other", "numerous", "few", "certain", "various", "most", "dozens"})


WARRANT_WORDS = frozenset({"warrant", "summons", "summon"})  # what a Prosecutor requests of the judges


class Demands(DemandOwners, DemandSpeakers, DemandCalls, DemandLists, DemandForms, DemandPledges, DemandAsked):
    """`demand` events (mixin of ``Voice``)."""

    def claimant(self, ctx: DocContext, f: Finder, v: Token, groups: bool = False) -> list[str]:
        owner = f.possessor(v) if v.pos_ == "NOUN" else None
        if owner is not None and owner.pos_ != "PRON":  # "Amnesty International's call for Kenya to ..."
            return f.resolve(owner)
        caller = f.prep_objects(v, ("from",)) if v.pos_ == "NOUN" else []
        if caller:  # "renewed calls from Ireland for the EU to act", "an appeal from the experts to States"
            return caller
        if v.pos_ == "NOUN" and v.head.pos_ == "VERB" and v.dep_ == "dobj":  # "renewed its call for ..."
            v = v.head
        group = Demands._group_subject(f, v) if groups else None
        if group is not None:  # "Several governments demanded", "The three governments also asked"
            return Demands._group_before(f, group)
        subj = Demands._own_subject(f, v) or f.subject(v)
        sent_speakers = f.speakers_for(v)
        pron = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ in ("they", "he", "she", "it")), None)
        if pron is not None and not sent_speakers:
            subj = Demands._last_voice(f, pron) or subj  # "The experts urged X. They also appealed to Y"
        direct = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        if sent_speakers and (not subj or set(subj) <= set(sent_speakers) or not direct):
            return list(sent_speakers)
        if not sent_speakers and (not subj or pron is not None or Demands._first_person(v)):
            quoted = Demands._quote_speaker(f)  # '"We call on X to V. ...," said Jane Roe.'
            if quoted and (not subj or set(subj) <= set(f.voice(v)) or pron is not None):
                return quoted
        if not sent_speakers and Demands._first_person(v):
            host = Demands._relative_host(f, v)  # "X publishes its recommendations, which we urge States to adopt"
            if host:
                return host
        if not subj and not sent_speakers:
            subj = Demands._the_group(f, v)  # "Amnesty International demanded ... The group also demanded"
        root = f.sent.root
        if not subj and v.tag_ in ("VBD", "VBZ") and root.pos_ == "PROPN" and f.idx.mention(root) is not None:
            subj = f.resolve(
                root
            )  # "Jane Roe, who heads X's programme, called on ...": the name the parse left as root
        if not subj and Demands._others(v):
            return []  # "Several States have condemned ...": not the voice, whoever they are
        if not subj and not sent_speakers:
            subj = Demands._named_next(ctx, f, v)  # "A prominent rights watchdog has called on ... Human Rights Watch said"
        return subj or f.voice(v) or Demands._recommender(ctx, f)

    @staticmethod
    def _others(v: Token) -> bool:
        """ "Several States have ...", "Other delegations ...", "a number of governments ...": a subject
        that counts unnamed others is not the one speaking (r7 voice)."""
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return False
        if subj.lemma_.lower() in ("number", "majority", "handful", "group") and subj.tag_ == "NN":
            subj = next((g for p in subj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), subj)
        return subj.tag_ in ("NNS", "NNPS") and any(
            c.dep_ in ("amod", "det", "nummod") and c.lower_ in OTHERS_QUANT for c in subj.children
        )

    def demands(self, ctx: DocContext, f: Finder) -> None:
        lex = self.lex["demand"]
        verbs, modals = set(lex["verbs"]), set(lex["modals"])
        needful = NEEDFUL | set(lex.get("needful", []))
        used = self.lead_in_lists(ctx, f)
        listed = ctx.notes.get("events.demand_items", [])
        # (speed) every branch below asks for one of these lemmas or word forms: others are skipped
        cues = verbs | needful | HOPING | PUSHING | DEMAND_CUES | set(PROPOSING)
        forms = modals | BOUND | {"ought"}
        for tok in f.having(cues | forms):
            if tok.i in used or any(a <= tok.idx < b for a, b in listed):
                continue
            lem = tok.lemma_.lower()
            if lem not in cues and tok.lower_ not in forms:
                continue
            if tok.pos_ == "VERB" and (
                lem in verbs or lem in PROPOSING and self._that_clause(tok) or lem in PUSHING and Demands._pushed(tok)
            ):
                self._demand_verb(ctx, f, tok, lem)
            elif tok.pos_ == "VERB" and lem == "remind":
                self._reminded(ctx, f, tok)  # "reminded States Parties of their obligation to arrest him"
            elif (
                tok.pos_ == "VERB"
                and lem in HOPING
                and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.children)
                and not any(c.dep_ == "neg" for c in tok.children)
            ):
                self._we_expect(ctx, f, tok)  # "we expect States Parties to arrest him", "we look to the Bureau to"
            elif (
                tok.pos_ == "VERB"
                and lem in ("want", "expect")
                and tok.tag_ in ("VBZ", "VBP", "VBD")
                and any(c.dep_ == "nsubj" and f.idx.mention(c) is not None for c in tok.children)
                and not any(c.dep_ in ("neg", "aux") for c in tok.children)
                and (lem == "want" or f.speakers_for(tok) or tok.tag_ != "VBD")
            ):
                self._we_expect(ctx, f, tok)  # "Washington wants the Court to drop the case"
            elif tok.lemma_.lower() in ("grateful", "thankful", "appreciate", "welcome") and (
                tok.pos_ == "VERB" or tok.dep_ == "acomp"
            ):
                self._polite(ctx, f, tok)  # "we would be grateful if the Bureau could meet with ..."
            elif tok.lower_ == "ought" and any(c.dep_ == "xcomp" for c in tok.children):
                self._demand_modal(ctx, f, tok, action_from=next(c for c in tok.children if c.dep_ == "xcomp"))
            elif (
                tok.pos_ in ("NOUN", "PROPN")
                and lem in ("call", "appeal", "plea")
                and (
                    any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for", "to") for c in tok.children)
                    or (tok.i + 1 < f.sent.end and f.doc[tok.i + 1].lower_ in ("on", "upon", "for", "to"))
                    or any(  # "calls from Ireland for the EU to act": "for" marks the clause
                        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                        for c in tok.children
                    )
                )
                and (
                    tok.tag_ == "NNS"
                    or tok.head.lemma_ in RENEWING
                    or f.possessor(tok) is not None
                    or any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
                )
            ):
                self._demand_verb(ctx, f, tok, lem)  # "FIDH calls on X to ...", parsed as a noun
            elif tok.lower_ in modals and tok.dep_ == "aux" and tok.head.pos_ in ("VERB", "AUX"):
                self._demand_modal(ctx, f, tok.head)
            elif lem in needful and tok.dep_ in ("acomp", "attr") and tok.head.lemma_ == "be":
                self._needful(ctx, f, tok)  # "it is essential that X V", "it is incumbent upon X to V"
            elif (
                tok.pos_ == "NOUN" and lem in ("request", "demand", "appeal", "reminder") and tok.head.lemma_ in SENDING
            ):
                self._sent_request(ctx, f, tok)  # "the Registry transmitted a request for his arrest to Italy"
            elif (
                tok.pos_ == "NOUN"
                and lem in ("need", "time")
                and tok.i + 1 < f.sent.end
                and f.doc[tok.i + 1].lower_ == "for"
            ):
                self._need_for(ctx, f, tok)  # "we stressed the need for the Registry to keep victims informed"
            elif (
                lem == "have"
                and (tok.tag_ in ("VBP", "VBZ") or (tok.tag_ == "VBD" and f.speakers_for(tok)))
                and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children)
                and not any(c.dep_ in ("neg", "dobj") or c.lower_ == "yet" for c in tok.children)
            ):  # "States Parties have to show that a warrant means something" (not "has yet to")
                x = next(c for c in tok.children if c.dep_ == "xcomp")
                self._demand_modal(ctx, f, tok, action_from=x)
            elif (
                tok.lower_ in BOUND
                and tok.head.lemma_ in ("be", "remain")
                and tok.head.tag_ in ("VBP", "VBZ", "VBD")
                and (tok.head.tag_ != "VBD" or f.speakers_for(tok))
                and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children)
            ):  # "adding that Hungary remained bound to cooperate", "States Parties are obliged to arrest him"
                x = next(c for c in tok.children if c.dep_ == "xcomp")
                bound = next((c for c in [*tok.children, *tok.head.children] if c.dep_ in ("nsubj", "nsubjpass")), None)
                states = bound is not None and all(
                    f.idx.kind(i) == "state" or i == "court:states-parties" for i in f.resolve(bound) or ["-"]
                )
                if states:  # the obligations of States, not "its officials are bound to act in accordance with"
                    self._demand_modal(ctx, f, tok.head, action_from=x)
            elif (
                tok.pos_ == "VERB"
                and lem == "need"
                and (tok.tag_ in ("VBP", "VBZ") or (tok.tag_ == "VBD" and f.speakers_for(tok)))
                and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children)
                and not any(c.dep_ == "neg" for c in tok.children)
            ):  # "States Parties need to act", "X told the Assembly that States needed to act"
                x = next(c for c in tok.children if c.dep_ == "xcomp")
                self._demand_modal(ctx, f, tok, action_from=x)

    def _demand_verb(self, ctx: DocContext, f: Finder, v: Token, lem: str) -> None:
        addressee: list[str] = []
        action = ""
        if any(c.dep_ == "aux" and c.lower_ in HEDGES for c in v.children) or any(c.dep_ == "neg" for c in v.children):
            return  # "the Bureau may ask the President to write": what the procedures allow, not a call
        if self._asked_act(v):
            return  # "urged ECOWAS to press the juntas", "request you to ... encourage States to pay": what is asked
        if v.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in v.children):
            self._asked(ctx, f, v)  # "Mongolia was asked to explain", "States are urged to"
            return
        if lem in ("call", "appeal", "plea"):
            preps = [
                c for c in v.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "to", "for")
            ]  # "call on" is sometimes read as a particle
            nxt = f.doc[v.i + 1] if v.i + 1 < f.sent.end else None
            if not preps and nxt is not None and nxt.lower_ in ("on", "upon", "for") and v.pos_ == "NOUN":
                preps = [nxt]  # "X's call for Kenya to arrest him": "for" read as a clause marker
            clause = next(
                (
                    c
                    for c in v.children
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                ),
                None,
            )
            if not preps and clause is not None:  # "called for Putin to be arrested", "for the Council to act"
                subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None:
                    return
                if subj.dep_ == "nsubj":
                    addressee, action = f.resolve(subj), verb_phrase(clause)
                else:  # what is to be done to someone: no one is named to do it
                    action = clean_phrase(f.doc[subj.left_edge.i : clause.right_edge.i + 1].text)
                    action = re.split(r"\s+(?:if|when|unless|should)\s", action)[0]
            elif not preps and not any(c.dep_ == "dobj" for c in v.children):
                return
            for p in preps:
                if p.lower_ == "for":  # "called for the immediate arrest of X": what is asked, not of whom
                    whom, end = f.list_span(p.i + 1, skip=1)
                    after = self._action_after(f, end, v) if whom else ""
                    doc = f.doc
                    if after and end + 2 < f.sent.end and doc[end].lower_ == "to" and doc[end + 1].dep_ == "auxpass":
                        done = doc[end + 1].head  # "called for X to be surrendered": X is acted on, not asked
                        what = clean_phrase(doc[p.i + 1 : max(done.i, done.right_edge.i) + 1].text)
                        action = re.split(r"\s+(?:if|when|unless|should|once)\s", what)[0]
                        break
                    if after:  # "its call for the Security Council to defer the proceedings"
                        addressee, action = whom, after
                        break
                    action = action or clean_phrase(f.doc[p.i + 1 : p.right_edge.i + 1].text)
                    continue
                if p.lower_ == "to" and p.i + 1 < f.sent.end and f.doc[p.i + 1].text == ":":
                    continue  # "call on X to:" followed by items
                addressee, end = self._whom(f, p.i + 1)
                if not addressee:  # "call on your Government to": the letter's addressee
                    obj = next((g for g in p.children if g.dep_ == "pobj"), None) or next(
                        (g for g in f.doc[p.i + 1 : min(f.sent.end, p.i + 4)] if g.pos_ in ("NOUN", "PROPN")), None
                    )
                    owned = obj is not None and (f.possessor(obj) is not None or obj.lower_ == "you")
                    addressee = f.resolve(obj) if owned else []  # "call on you to": the letter's addressee
                    addressee = addressee or (self._the_government(f, obj) if obj is not None else [])
                    end = obj.i + 1 if addressee and obj is not None else end
                if addressee:
                    action = self._action_after(f, end, v) or action
                    break
                action = self._action_after(f, p.right_edge.i + 1, v) or self._infinitive(f, p.i, v) or action
        elif lem in ("request", "demand", "recommend", "insist", *PROPOSING) and self._misparsed_that(f, v)[0]:
            addressee, action = self._misparsed_that(f, v)  # "demanded that Hungary arrest him", read as a noun
        elif lem in ("request", "demand", "recommend", "insist", *PROPOSING) and self._that_clause(v):
            cc = next(c for c in v.children if c.dep_ == "ccomp")
            if any(c.dep_ == "auxpass" for c in cc.children):  # "demanded that the suspects be handed over"
                addressee = f.prep_objects(cc, ("by",))
                action = clean_phrase(f.doc[cc.left_edge.i : cc.right_edge.i + 1].text)
                action = action[5:] if action.lower().startswith("that ") else action
            else:
                addressee = f.subject(cc)
                action = verb_phrase(cc)
        else:
            objs = [c for c in v.children if c.dep_ in ("dobj", "dative")]
            if len(objs) > 1 and objs[0].tag_ in ("WDT", "WP"):
                objs = objs[1:]  # "recommendations, which we urge States to adopt": the pronoun is what is asked
            if lem in ("request", "seek") and objs and objs[0].lemma_.lower() in WARRANT_WORDS:
                return  # "Khan requested arrest warrants for two leaders": the application, an arrest_warrant
            if lem in ("press", "invite", "encourage", "ask", "request", "urge", "implore", "exhort", *PUSHING) and objs:
                to_do = self._infinitive(f, objs[0].i, v)
                thing = (  # "urged protection of the Court", "urge restraint": the act asked, no one named
                    lem in ("urge", "request")
                    and not to_do
                    and objs[0].pos_ == "NOUN"
                    and f.idx.mention(objs[0]) is None
                    and noun_lemma(objs[0]) not in ("state", "party", "government", "authority", "country", "member")
                    and not any(c.dep_ in ("xcomp", "ccomp") for c in v.children)
                )
                if thing:
                    addressee, action = [], clean_phrase(f.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1].text)
                else:
                    addressee, end = self._whom(f, objs[0].left_edge.i)
                    if not addressee and objs[0].lower_ == "them":  # "welcomed the States' support and urged them"
                        addressee = group_antecedent(f, objs[0], ACTORS) or self._states_before(ctx, f, objs[0])
                    if not addressee:
                        addressee = f.resolve(objs[0]) or self._the_government(f, objs[0])
                        end = objs[0].right_edge.i + 1
                    action = (self._action_after(f, end, v) if addressee else "") or to_do
                if (
                    not addressee
                    and v.tag_ == "VBG"
                    and v.dep_ in ("advcl", "xcomp", "conj")
                    and lem in ("request", "ask")
                ):
                    addressee = f.prep_objects(v.head, ("to",))  # "wrote to Mongolia requesting information on ..."
                    if addressee:
                        action = clean_phrase(f.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1].text)
            elif lem in ("urge", "demand", "request") and objs and objs[0].tag_ not in ("WP", "WDT"):
                action = clean_phrase(f.doc[objs[0].i : objs[0].right_edge.i + 1].text)
            elif lem == "urge" and v.dep_ == "relcl":  # "a challenge we urge states parties to take up"
                pass
            else:
                return
        if not addressee and lem != "demand":
            addressee = [a for a in self._all_states(ctx, f, v) if a not in self.claimant(ctx, f, v)]
        if lem in ("press", "call") and not action:
            return
        asked_for = lem in ("ask", "press") and addressee and not action
        if asked_for:
            action = Demands._asked_for(f, v)  # "asked the United States for clarification of the sanctions"
        if lem in ("invite", "ask", "press", "encourage", *PUSHING) and not self._asks_an_act(f, v) and not (
            lem in ("ask", "press") and action
        ):
            return  # "Orban invited Netanyahu in November", "asked about the visit": no act is asked
        if not addressee and not action:
            return
        claimant = self.claimant(ctx, f, v, groups=True)
        if asked_for and action and not claimant:
            return  # "the journalist asked Kenya for a comment": no actor asks
        addressee = [] if set(addressee) == set(claimant) else addressee
        addressee = self._members_not_court(ctx, f, addressee)
        if not addressee and not claimant and not (action and self._group_subject(f, v) is not None):
            return  # kept: "several governments demanded the release of X": no one named, the act asked
        action = action.rstrip(":").strip()
        gaps = self._gapped(f, v, lem) if addressee and action else []
        if gaps:  # "call on X to V and on Y to W": the first act ends where the second call begins
            cut = action.find(f.doc[gaps[0][0]].text + " " + f.doc[gaps[0][0] + 1].text)
            action = clean_phrase(action[:cut]) if cut > 0 else action
        conf = 0.85 if claimant and addressee else 0.6
        region = (f.sent.start_char, v.idx + len(v.text))
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": claimant, "addressee": addressee},
            {"action": action},
            confidence=conf,
            anchor=v,
            region=region,
        )
        for _, whom, what in gaps:
            self.emit(
                ctx,
                f,
                "demand",
                {"claimant": claimant, "addressee": [w for w in whom if w not in claimant]},
                {"action": what},
                confidence=conf,
                anchor=v,
                region=region,
            )

    @staticmethod
    def _the_group(f: Finder, v: Token) -> list[str]:
        """ "the group", "the organisation", "the coalition" as the subject: the organisation named last."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in ORG_NOUNS or f.idx.mention(subj) is not None:
            return []
        if not any(c.lower_ == "the" for c in subj.children) or any(
            c.dep_ in ("prep", "compound") for c in subj.children
        ):
            return []
        e = f.idx.before(subj.idx, frozenset({"organization"}))
        return [e] if e else []

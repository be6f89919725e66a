"""How a membership act is read: the verb or noun that tells it ("ratified the Statute", "its accession
to the Statute"), the State whose act it is, and the acts told only as intended, awaited or denied ("said
it would withdraw", "no instrument had been deposited").

A mixin of the ``Membership`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder
from .decision_votes import legislature_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

STATE = frozenset({"state"})
TREATY = re.compile(r"\b(rome statute|the statute|international criminal court|icc|the court)\b", re.IGNORECASE)
ANNOUNCE = frozenset({"announce", "declare", "notify", "proclaim", "communicate"})
INTENT = frozenset({
    "would", "will", "'ll", "shall", "intention", "intentions", "intend", "intends", "intended", "plan", "plans",
    "planned", "threaten", "threatens", "threatened", "consider", "considering", "may", "might", "could", "whether",
})  # fmt: skip
# "revoked its notification of withdrawal", "voted to repeal the law on leaving the Court": undone, not given
WITHDRAWN = frozenset({"withdrew", "withdrawn", "withdrawing", "withdraws"})  # (r10) "withdrew its notice of withdrawal": revoked
UNDOING = ("revok", "rescind", "revers", "repeal", "annul", "abandon", "undo", "scrap", "overturn", "cancel", "halt")
DEBATED = frozenset({
    "vote", "bill", "debate", "motion", "referendum", "proposal", "draft", "legislation", "approve", "pass", "adopt", "endorse",
})  # fmt: skip
ASKING = frozenset({
    "urge", "call", "ask", "demand", "request", "press", "push", "want", "invite", "encourage", "pressure", "lobby",
    "petition", "advise", "recommend", "implore", "exhort",
})  # fmt: skip
GOVERNMENTS = frozenset({"government", "cabinet", "parliament", "executive", "authorities", "administration"})
HEDGES = frozenset({"nearly", "almost", "narrowly"})  # (r9) an act that did not happen
DENIAL = frozenset({"no", "not", "n't", "never", "yet", "without", "nor"})  # "no instrument had been deposited"


class MembershipActs:
    """The act and the State of a `membership_change` (mixin of ``Membership``)."""

    lex: dict

    @staticmethod
    def _denied(f: Finder, tok: Token, action: str, said: str) -> bool:
        """ "no instrument had been deposited", "has not yet deposited its instrument of ratification",
        "without notifying the Secretary-General": told as not done."""
        if action == "unsigning" or said.startswith("no longer"):
            return False  # "did not intend to become a party" is the unsigning itself
        before = [t.lower_ for t in f.doc[max(f.sent.start, tok.i - 4) : tok.i]]
        return any(w in DENIAL for w in before) or any(c.dep_ == "neg" for c in tok.children)

    @staticmethod
    def _unreal(f: Finder, tok: Token, action: str, last: Token | None = None) -> bool:
        """An act only intended or awaited: "said it would withdraw", "their intention to leave the Court",
        "before the withdrawal takes effect"."""
        before = [t.lower_ for t in f.doc[max(f.sent.start, tok.i - 4) : tok.i]]
        lead = f.doc[max(f.sent.start, tok.i - 10) : tok.i].text.lower()
        if action.startswith("withdrawal") and re.search(r"\bwould have\b", lead):
            return True  # (r11) "a year-long period that would have made it the first country to quit": it did not
        if any(w in HEDGES for w in before[-2:]) or any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in tok.children):
            return True  # (r9) "How South Africa nearly left the ICC", "Kenya almost withdrew": it did not
        clause = [tok, *list(tok.ancestors)[:2]]
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for v in clause for c in v.children):
            return True  # "if Mongolia withdrew from the Statute, it would ...": supposed, not told
        chain = [tok]
        for a in tok.ancestors:  # up to the verb the act hangs from ("voted in favour of leaving", not "voted ..., and lodged")
            chain.append(a)
            if a.pos_ == "VERB" or len(chain) > 4:
                break
        if action in ("withdrawal_notice", "withdrawal_effective") and any(
            a.lemma_.lower() in DEBATED for a in chain if a.pos_ in ("VERB", "NOUN")
        ):
            return True  # "parliament voted in favour of leaving the ICC", "a bill on leaving the Court": a decision, not the act
        if action.startswith("withdrawal") and (
            tok.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and tok.head.lemma_.lower() in ASKING
        ):
            return True  # "a motion urging the government to quit the ICC", "called on Kenya to leave": asked, not done
        if action == "withdrawal_notice":  # "revoked its notification of withdrawal": undone, not given
            return any(w in INTENT or w.startswith(UNDOING) or w in WITHDRAWN for w in before)
        if action == "withdrawal_effective" and tok.pos_ in ("VERB", "AUX") and tok.lower_ in ("quit", "left", "exited"):
            # "Burundi quit the court in 2017" is done; "threatened to quit the court", "could quit" is not
            if any(c.dep_ == "aux" for c in tok.children) or tok.dep_ in ("xcomp", "ccomp") and tok.tag_ == "VB":
                return True
            if any(w in INTENT or w == "to" for w in before[-2:]):
                return True
        if action == "withdrawal_effective":
            span = [t.lower_ for t in f.doc[tok.i : (last or tok).i]]
            if any(w in ("when", "once") for w in before) and any(w in ("takes", "take", "becomes", "become") for w in span):
                return True  # (r11) "When the withdrawal takes effect, it will become ...": what will follow
            if "after" in before[-4:] and any(w in ("takes", "take", "becomes", "become") for w in span):
                return True  # (r12) "keeps jurisdiction even after a withdrawal becomes effective": the rule
            if any(w in ("will", "would", "shall") for w in span + before[-3:]) and not any(
                d.value and len(d.value) == 10 for d in f.ctx.dates_in((last or tok).idx, f.sent.end_char)
            ):
                return True  # "the withdrawal will take effect one year after it is received": a rule, no act
            return any(w in ("before", "unless", "until", "if") for w in before + span)
        return False

    def _act(self, f: Finder, tok: Token) -> str | None:
        """The membership act a verb or noun tells ("ratified the Statute", "its accession to the Statute")."""
        lem = tok.lemma_.lower()
        action = None
        if tok.pos_ == "VERB" and lem in self.lex["verbs"]:
            if lem == "withdraw" and not re.search(r"\bwithdr\w+ (?:[\w.'\u2019-]+ ){0,4}from\b", f.lower):
                bare = (  # (r11) "the second country to leave the ICC after Burundi withdrew in 2017": the act done
                    tok.tag_ == "VBD"
                    and not any(c.dep_ in ("dobj", "prep", "aux", "neg") and c.lower_ != "in" for c in tok.children)
                    and f.subject(tok, STATE)
                    and re.search(r"\b(?:leave|left|quit|exit)\w* the (?:icc|court|rome statute|international criminal court)\b", f.lower)
                )
                return "withdrawal_effective" if bare else None
            frm = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None) if lem == "withdraw" else None
            if frm is not None and not any(
                TREATY.search(t.text) or t.lower_ in ("statute", "tribunal", "treaty", "it", "court", "icc") for t in frm.subtree
            ):
                return None  # (r11) "withdrew in 2017 from the peacekeeping mission": not from the Court
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if lem == "withdraw" and obj is not None and not self._state_named(f, obj):
                return None  # "withdrew its signature from the Statute" (unsigning, a phrase), "withdrew its ambassador"
            if lem in ("sign", "ratify", "accede"):
                preps = () if lem == "sign" else ("prep",)
                if not any(
                    TREATY.search(t.text) or t.lower_ == "statute" or (t.lower_ == "it" and t.i == c.i)
                    for c in tok.children
                    if c.dep_ in ("dobj", "nsubjpass", *preps) and c.lower_ != "by"
                    for t in c.subtree
                    if not any(
                        a.dep_ in ("relcl", "acl") and a.i != c.i and a.i in [x.i for x in c.subtree]
                        for a in t.ancestors
                    )
                ):
                    return None
                if (
                    lem == "sign"
                    and any(c.dep_ == "nsubjpass" for c in tok.children)
                    and not any(
                        TREATY.search(c.text) or c.lower_ == "statute" for c in tok.children if c.dep_ == "nsubjpass"
                    )
                ):
                    return None
            action = self.lex["verbs"][lem]
            if lem == "withdraw" and tok.tag_ == "VBD" and obj is not None:
                action = "withdrawal_effective"  # "withdrew the Philippines from the Statute in 2019": the country taken out
        elif (
            tok.pos_ == "NOUN"
            and lem in self.lex["nouns"]
            and (
                any(t.lower_ in ("to", "from", "of") for t in tok.children)
                or (lem == "withdrawal" and tok.dep_ == "dobj" and tok.head.lemma_ in ANNOUNCE)  # "announced the withdrawal"
                or self._owned_dated(f, tok)  # "Ukraine's accession, effective 1 January 2025, was welcomed"
            )
        ):
            action = self.lex["nouns"][lem]
        if action is None or any(c.dep_ == "neg" for c in tok.children):
            return None
        return action

    @staticmethod
    def _state_named(f: Finder, tok: Token) -> bool:
        """The token is itself a State's name ("withdrew the Philippines from"), not "its signature"."""
        m = f.idx.mention(tok)
        return m is not None and f.idx.kind(m.entity_id) == "state"

    @staticmethod
    def _owned_dated(f: Finder, tok: Token) -> bool:
        """A State's act named with its owner and dated in the phrase: "Hungary's withdrawal, notified on
        2 June 2025"; a bare "Hungary's withdrawal" retells an act told elsewhere."""
        if not any(c.dep_ == "poss" and c.pos_ != "PRON" and f.resolve(c, STATE) for c in tok.children):
            return False
        end = tok.idx + len(tok.text)
        return any(d.value for d in f.ctx.dates_in(end, min(f.sent.end_char, end + 60)))

    @staticmethod
    def _named_owner_above(f: Finder, v: Token) -> list[str]:
        """The State named as the owner of a noun above ``v`` in its phrase ("Armenia's deposit of ...")."""
        t = v
        while t.head.i != t.i and t.pos_ != "VERB":
            t = t.head
            if t.pos_ == "NOUN":
                poss = next((c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
                got = f.resolve(poss, STATE) if poss is not None else []
                if got:
                    return got
        return []

    @staticmethod
    def _state(f: Finder, tok: Token) -> list[str]:
        v = tok
        while v.pos_ != "VERB" and v.head.i != v.i and v.dep_ not in ("poss",):
            poss = [c for c in v.children if c.dep_ == "poss"]
            if poss and poss[0].lower_ in ("its", "their"):  # "A, B and C notified the UN of their withdrawal"
                owner = MembershipActs._named_owner_above(f, v)
                if owner:  # "Armenia's deposit of its instrument of ratification"
                    return owner
                verb = next((a for a in v.ancestors if a.pos_ == "VERB"), None)
                spoken = verb is not None and any(
                    c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children
                )  # "we recall ... its instrument": the speakers are not the ones ratifying
                got = f.subject(verb, STATE) if verb is not None and not spoken else []
                if got:
                    return got
            if poss:
                got = f.resolve(poss[0], STATE)
                if got:
                    return got
            if v.pos_ == "NOUN":
                got = f.prep_objects(v, ("of", "by"), STATE)
                if got:
                    return got
            v = v.head
        if v.pos_ == "VERB" and v.dep_ == "acl" and v.head.pos_ == "NOUN":  # "the decision of Ukraine to ratify"
            owner = f.possessor(v.head)
            got = f.prep_objects(v.head, ("of", "by"), STATE) or (f.resolve(owner, STATE) if owner is not None else [])
            if got:
                return got
        if v.pos_ == "VERB" and v.lemma_ == "withdraw":  # "Duterte withdrew the Philippines from the Rome Statute"
            got = [i for c in v.children if c.dep_ == "dobj" and MembershipActs._state_named(f, c) for i in f.resolve(c, STATE)]
            if got:
                return got
        if v.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in v.children):
            got = f.prep_objects(v, ("by",), STATE)  # "the Statute was ratified by Armenia"
            if got:
                return got
        if v.pos_ == "VERB":
            got = f.subject(v, STATE)
            pronoun = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("they", "it") for c in v.children)
            if (not got or pronoun) and v.dep_ in ("ccomp", "xcomp", "conj") and v.head.pos_ == "VERB":
                # "South Africa and the Gambia announced that they were leaving the Court": the speakers
                got = f.subject(v.head, STATE) or got
            if got:
                return got
        before = f.mentions(STATE, end=tok.idx)
        if before:
            return before[-1:]
        if v.pos_ == "VERB":  # (r9) "The government lodged its notice with the UN": the State the text is about
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() in GOVERNMENTS), None)
            got = legislature_state(f, subj) if subj is not None else []
            if got:
                return got
        near = f.idx.before(f.sent.start_char, STATE, window=400)  # "Burundi ... The withdrawal, which ..."
        definite = tok.lemma_ == "notify" or any(c.lower_ == "the" for c in tok.children)
        # "the instrument of ratification was lodged with the Secretary-General": the state just told
        return [near] if near and definite and tok.lemma_ in ("withdrawal", "notify", "instrument") else []

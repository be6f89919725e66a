"""Commitments: "intend / plan / pledge / commit to V" (two infinitives, two promises), "will continue to V",
"X said it would V", "we stand ready to V", "we shall not be deterred", "the date will be announced" in the
author's own release, "one of his objectives is to V". A mixin of ``Voice`` (it reads the speaker through
``Voice._mine``, ``Voice._announcer`` and the demand speakers); whether a clause tells a promise at all is
tested in ``commitment_told``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .base import FIRST_PERSON, Finder, clean_phrase, lexicon, uniq, verb_phrase, xcomp_of
from .commitment_told import HARMING, HOSTILE, CommitmentTold, inner_quote
from .demand_voice import aux_subject
from .demands import Demands
from .support import EXPRESSING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

COMMIT_VERBS_AFTER_WILL = frozenset({
    "continue", "keep", "work", "remain", "pursue", "stand", "cooperate", "defend", "support", "ensure",
    "seek", "strive", "engage", "contribute", "help", "provide", "fight", "maintain", "uphold", "consult",
    "look", "follow", "monitor", "raise", "press", "bring", "use", "do", "take", "make",
})  # fmt: skip
UNVEILING = frozenset({"make", "unveil", "outline", "set", "lay", "present", "reveal", "detail"})  # r7 voice
MY_BODIES = frozenset({"delegation", "office", "government", "country", "organisation", "organization", "ministry"})
def hyphened(f: Finder, x: Token) -> str:
    """ "ready to co-sponsor a resolution": the parser splits "co", "-", "sponsor"; the action is the whole verb
    with what follows the last part (r10 voice)."""
    if x.i + 2 >= f.sent.end or f.doc[x.i + 1].text != "-" or x.whitespace_ or f.doc[x.i + 1].whitespace_:
        return ""
    last = f.doc[x.i + 2]
    return clean_phrase(x.text + "-" + verb_phrase(last)) if last.pos_ in ("VERB", "NOUN") else ""


# r12 voice: "in line with / true to / despite / given its commitment to V": a commitment recalled, none told
BACKGROUND_PREPS = frozenset({"with", "despite", "given", "under"})
READY = frozenset({"ready", "committed", "determined", "prepared", "willing", "resolved"})
# r11 voice: "said it was obliged / bound to V": an obligation told as what one will do
OBLIGED = frozenset({"obliged", "obligated", "bound", "required"})
TELLING_BOUND = frozenset({"say", "state", "confirm", "acknowledge", "admit", "declare", "stress", "insist", "recognise", "recognize", "add"})
ANNOUNCING = frozenset({
    "announce", "say", "declare", "confirm", "state", "tell", "pledge", "vow", "promise", "indicate", "add", "insist",
    "assure", "reassure", "guarantee", "reiterate", "reaffirm", "affirm", "stress",
})  # fmt: skip
MADE_KNOWN = frozenset({"announce", "publish", "communicate", "notify", "release", "issue", "provide", "share"})


class Commitments(CommitmentTold):
    """`commitment` events (mixin of ``Voice``)."""

    def commitments(self, ctx: DocContext, f: Finder) -> None:
        lex = self.lex["commitment"]
        verbs, nouns = set(lex["verbs"]), set(lex["nouns"])
        after_will = COMMIT_VERBS_AFTER_WILL | set(lex.get("after_will", []))  # "said it would withdraw / host"
        for tok in f.having(commitment_words()):  # (speed) every test below reads one of those lists
            lem = tok.lemma_.lower()
            agent: list[str] = []
            action = ""
            acted: Token | None = None  # the verb of what is promised
            if tok.pos_ == "VERB" and lem in verbs:
                x = xcomp_of(tok) or next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                if x is None or (lem in ("seek", "expect", "determine", "aim") and tok.dep_ == "xcomp"):
                    continue
                if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
                    continue  # r12 voice: "a robust Assembly committed to defending ...", "nations committed to V"
                if any(c.dep_ == "neg" for c in tok.children):
                    continue
                if x.dep_ == "ccomp" and x.head.i == tok.i and not any(
                    c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "should") for c in x.children
                ):
                    continue  # r9 voice: "the Chamber determined that Hungary did not comply": a finding, no promise
                if x.dep_ == "ccomp" and lem in ("resolve", "decide", "determine") and any(c.dep_ == "auxpass" for c in x.children):
                    continue  # r10 voice: "the Assembly resolved that its next session would be held in The Hague": a decision
                if x.dep_ == "prep" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "NUM") for c in tok.children):
                    continue  # "pledged 300,000 euros to the Trust Fund": a gift, read by ``pledges``
                agent = self._mine(f, next((c for c in tok.children if c.dep_ == "nsubj"), None)) or f.subject(tok)
                agent = agent or aux_subject(f, tok)  # "said that it was committed to V" (subject on "was")
                if lem == "decide" and not (any(c.dep_ == "nsubj" for c in tok.children) and agent and all(f.idx.kind(i) in ("state", "organization") for i in agent)):
                    continue  # "the Government of X has decided to V"; a body's decision is a `decision`
                acted = x if x.pos_ == "VERB" else None
                action = (
                    verb_phrase(x)
                    if x.pos_ in ("VERB", "AUX")
                    else clean_phrase(f.doc[x.i + 1 : x.right_edge.i + 1].text)
                )
                action = hyphened(f, x) or action  # "pledged to co-finance ..."
            elif tok.pos_ == "NOUN" and lem in nouns:
                poss = [c for c in tok.children if c.dep_ == "poss"]
                owner = tok
                if not poss and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NUM", "PRON", "NOUN"):
                    owner = tok.head.head  # "one of his objectives"
                if not poss and tok.dep_ == "dobj" and tok.head.lemma_ in ANNOUNCING | EXPRESSING | UNVEILING:
                    agent = f.subject(tok.head)  # "Armenia announced plans to host ...", "Japan made a pledge to"
                    x = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
                    if not agent or x is None or not any(a.lower_ == "to" for a in x.children) or any(
                        d.lower_ in ("no", "any") for d in tok.children
                    ) or (
                        any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("should", "must", "may", "might", "could") for c in tok.head.children)
                    ):
                        continue
                    action, acted = verb_phrase(x), x
                elif not poss:
                    continue
                else:
                    agent = f.resolve(poss[0])
                    if poss[0].pos_ == "PRON" and tok.dep_ == "dobj" and tok.head.lemma_ in ANNOUNCING | EXPRESSING:
                        agent = f.subject(tok.head) or agent  # "A, B and C announced their intention to withdraw"
                    if tok.dep_ == "dobj" and self._asked_to(tok.head):
                        continue  # r12 voice: "we call upon States to reiterate their commitment to V", "- Affirm their commitment"
                    if tok.dep_ == "pobj" and tok.head.lower_ in BACKGROUND_PREPS:
                        continue  # r12 voice: "true to its lasting commitment to V, Spain ...": recalled
                    if poss[0].pos_ != "PRON" and self._judged_by_another(f, tok, agent):
                        continue  # r12 voice: "the move underscores Germany's commitment to V", "a test of X's commitment"
                    for j in range(tok.i + 1, min(tok.i + 12, f.sent.end)):
                        if f.doc[j].lower_ == "to" and j + 1 < f.sent.end and f.doc[j + 1].pos_ in ("VERB", "AUX"):
                            action = verb_phrase(f.doc[j + 1])
                            break
                del owner
                if not action:
                    continue
            elif (
                tok.lower_ in READY
                and tok.head.lemma_ in ("stand", "remain", "be", "stay")
                and tok.dep_ in ("acomp", "oprd", "advmod", "xcomp", "attr")
                and not self._conditional(tok.head)
                and not any(c.dep_ == "neg" for c in tok.head.children)
            ):  # "we stand ready to meet", "the Netherlands remains committed to hosting the Court"
                x = next((c for c in tok.children if c.dep_ in ("xcomp", "prep") and c.lower_ != "by"), None)
                if x is None or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children):
                    continue  # "urged States to be ready to arrest him": what is asked, not promised
                if any(
                    e.type == "commitment" and e.evidence[0][0] == f.sent.start_char for e in ctx.events
                ):
                    continue  # "we will continue to ..., and we remain committed to ...": one commitment
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                agent = self._mine(f, subj) or f.subject(tok.head)
                if not agent:
                    agent = f.resolve(subj) if subj is not None else []
                if any(c.dep_ == "attr" for c in tok.head.children):
                    continue  # r12 voice: "it is a puppet of the West, always ready to V": a description, no promise
                if agent and self._told_by_another(f, tok, agent):
                    continue  # r12 voice: '"Washington stands ready to penalise the judges," said Amnesty's X'
                action = (
                    verb_phrase(x)
                    if x.pos_ in ("VERB", "AUX")
                    else clean_phrase(f.doc[x.i + 1 : x.right_edge.i + 1].text)
                )
                action = hyphened(f, x) or action
                acted = x if x.pos_ == "VERB" else None  # r12 voice: "is ready to punish the Court": a threat, not a promise
            elif tok.lower_ in ("will", "shall", "would") and tok.dep_ == "aux" and tok.head.pos_ == "VERB":
                v = tok.head
                if v.dep_ == "ccomp" and v.head.pos_ == "VERB" and v.head.lemma_.lower() in verbs:
                    continue  # "pledged that the Bureau would V": read at "pledged"
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if subj is None and v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):  # "X will bring ... and will V"
                    subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and tok.lower_ == "will" and v.lemma_ in MADE_KNOWN and not f.speakers_for(v):
                    self._will_be_made_known(ctx, f, tok, v)  # "the date will be announced in due course"
                    continue
                if subj is None:
                    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
                    if subj is not None and self._undeterred(v):  # "we shall not be deterred / intimidated"
                        agent = self._mine(f, subj) or f.resolve(subj)
                        if agent and (subj.lower_ in FIRST_PERSON or self._mine(f, subj) or f.idx.mention(subj)):
                            action, acted = verb_phrase(v) or f"not be {v.text}", None
                            action = action if action.startswith("not") else f"not be {v.text} {action}".strip()
                            self.emit(ctx, f, "commitment", {"agent": agent}, {"action": action}, 0.7, anchor=tok)
                    continue
                if self._conditional(v) and not self._on_arrival(v) or any(c.dep_ == "auxpass" for c in v.children):
                    continue
                if any(
                    c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") and not (c.lower_ == "that" and c.i < subj.i) for c in v.children
                ):  # (r10 voice: "told X that Chile will keep ...": a complementiser the parser hung as an object)
                    continue  # "what my Office will do in the coming months": the promise is still to come
                mine = self._mine(f, subj)
                if mine:  # "I will", "my delegation will", "my Office will"
                    agent, action, acted = mine, verb_phrase(v), v
                else:
                    named = f.idx.mention(subj) is not None
                    pronoun = subj.lower_ in FIRST_PERSON or subj.lower_ in ("he", "she", "it", "they")
                    if not named and self._ours(subj):  # "the organisations we represent will publish ..."
                        agent = f.voice(v)
                        if agent:
                            action, acted = verb_phrase(v), v
                            for what in self._promises(f, acted, re.sub(r"^continue to ", "", action)):
                                self.emit(ctx, f, "commitment", {"agent": agent}, {"action": what}, 0.7, anchor=tok)
                        continue
                    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)  # "his Office would"
                    owned = owned or (not named and subj.lemma_.lower() in MY_BODIES and subj.n_lefts == 1)  # "the Office"
                    if owned and tok.lower_ == "would" and f.speakers_for(tok):
                        pronoun = True
                    if not named and not pronoun:
                        continue  # "the new procedures would allow ...", "helping the Court will cost ..."
                    announcer = self._announcer(f, v, subj)
                    if announcer and v.lemma_ in HOSTILE and not self._fugitive_arrested(f, v):
                        continue  # "announced that Washington would ban the judges": a threat, read by Pressure
                    told = (  # "X said Y would V" (not "(b) publicly confirm that X will V", nor "will not V")
                        v.dep_ in ("ccomp", "conj")
                        and v.head.lemma_ in ANNOUNCING
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.head.children)
                        and not any(c.dep_ == "neg" for c in v.children)
                        and f.idx.mention(subj) is not None  # a pronoun is read through the announcer
                    )
                    known = v.lemma_ in COMMIT_VERBS_AFTER_WILL or (told and v.lemma_ in after_will)
                    if v.dep_ == "conj" and not any(c.lower_ in READY for c in v.head.children):
                        known = known or self._said_already(ctx, f, f.resolve(subj))  # "X will V and will W": two
                    if not known and subj.lower_ not in FIRST_PERSON and not announcer:
                        speaker = f.speakers_for(tok) or (f.voice(v) if tok.lower_ == "will" else [])
                        if not (speaker and (named or pronoun) and set(f.resolve(subj)) <= set(speaker)):
                            continue  # kept: "The Court will announce ..." in the Court's own release
                    agent = f.resolve(subj)
                    if announcer:  # "the Government announced that it would leave the Court"
                        agent = uniq([*agent, *announcer]) if subj.pos_ != "PRON" else announcer
                    elif tok.lower_ == "would":
                        speaker = f.speakers_for(tok)
                        reported = v.dep_ in ("ccomp", "conj") and v.head.lemma_ in ANNOUNCING | {"recognise", "add"}
                        if not speaker and named and agent and v.lemma_ in after_will and reported:
                            speaker = agent  # "an official said the judges would continue their work"
                        if not speaker:
                            continue
                        owned = owned or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
                        agent = agent if named and agent and not owned else speaker
                    if subj.lower_ not in FIRST_PERSON and not agent:
                        continue
                    action, acted = verb_phrase(v), v
                if v.lemma_ == "continue":
                    action = re.sub(r"^continue to ", "", action)
                if v.dep_ == "conj" and any(c.lower_ in READY for c in v.head.children) and self._said_already(ctx, f, agent):
                    continue  # "the ICC remained committed to its mandate and would continue to V": one commitment
            elif (unhesitating := self._not_hesitate(tok)) is not None:
                # r9 voice: "Ireland will not hesitate to activate the Blocking Statute", "would not hesitate to"
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                agent = self._mine(f, subj) or f.subject(tok)
                if not agent or self._said_already(ctx, f, agent):
                    continue  # "we will not hesitate to V": read at "will"
                acted, action = unhesitating, "not hesitate to " + verb_phrase(unhesitating)
            elif (bound := self._bound_to(f, tok)) is not None:
                # r11 voice: "Italy said it was obliged to arrest him", "X acknowledged that Italy would have to V"
                agent, acted = bound
                action = verb_phrase(acted)
                if not agent or not action or self._said_already(ctx, f, agent):
                    continue
            elif tok.lemma_ == "spare" and (effort := self._no_effort(tok)) is not None:
                agent = f.subject(tok)  # "Costa Rica will spare no effort to promote ..."
                acted = effort
                action = verb_phrase(effort)
            else:
                continue
            we = any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in [*tok.children, *tok.head.children])
            if we and inner_quote(f, tok):
                continue  # r10 voice: '"Sanctioners are saying to victims: 'We will make sure ...'"': someone else's "we"
            quoted = Demands._quote_speaker(f) if we and action and not f.speakers_for(tok) else []
            agent = quoted or agent  # '"We will continue to V. ...," said X.'
            if acted is not None and self._scheduled(acted):
                continue  # "will take office in June", "will take effect", "will take place": a schedule, no promise
            if acted is not None and self._hostile(acted):
                continue  # "we will target you", "we will respond with tangible consequences": threats (Pressure)
            if acted is not None and acted.lemma_ in HARMING:
                continue  # r10 voice: "critics said they would weaken the fight against impunity": a forecast
            if acted is not None and self._routine(ctx, acted, agent):
                continue  # r10 voice: "the Court said it will publish its budget in July", told by a reporter
            if acted is not None and re.sub(r"^continue to ", "", action) in ("do so", "do the same", "do likewise"):
                action = self._done_before(f, acted) or action  # r10 voice: "had put counter-measures in place and would continue to do so"
            if agent and action:
                region = (f.sent.start_char, tok.idx + len(tok.text))
                for what in self._promises(f, acted, action):
                    self.emit(
                        ctx,
                        f,
                        "commitment",
                        {"agent": agent},
                        {"action": what},
                        confidence=0.75,
                        anchor=tok,
                        region=region,
                    )

    @staticmethod
    def _done_before(f: Finder, v: Token) -> str:
        """ "it had put counter-measures in place and would continue to do so": what "do so" stands for, the verb
        phrase of the clause it is coordinated with (r10 voice)."""
        head = v.head if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") else None
        if head is None:
            return ""
        end = next((c.i for c in head.children if c.dep_ == "cc" and c.i > head.i), head.right_edge.i + 1)
        rest = f.doc[head.i + 1 : end].text
        return clean_phrase(f"{head.lemma_} {rest}".strip())

    @staticmethod
    def _no_effort(tok: Token) -> Token | None:
        """ "spare no effort to V": the V (r7 voice)."""
        for c in tok.children:
            if c.dep_ == "dobj" and c.lemma_ == "effort" and any(d.lower_ == "no" for d in c.children):
                return next((x for x in c.children if x.dep_ in ("acl", "relcl") and x.pos_ == "VERB"), None)
        return None

    @staticmethod
    def _bound_to(f: Finder, tok: Token) -> tuple[list[str], Token] | None:
        """ "Italy said it was obliged / bound to comply with the warrant", "acknowledged that Italy would have to
        arrest him": a State telling what it must do is telling what it will do. Returns (agent, the verb)."""
        if tok.dep_ not in ("ccomp", "conj") or tok.head.lemma_ not in TELLING_BOUND:
            return None
        if any(c.dep_ == "neg" for c in tok.children):
            return None
        if tok.lower_ in OBLIGED and any(c.dep_ == "auxpass" for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        elif tok.lemma_ == "have" and any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        else:
            return None
        x = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if subj is None or x is None:
            return None
        speaker = f.subject(tok.head)
        agent = speaker if subj.pos_ == "PRON" else [a for a in f.resolve(subj) if a in speaker]
        # not "The Prosecutor said Hungary will have to comply": another's obligation, no promise
        return ([a for a in agent if f.idx.kind(a) in ("state", "igo", "organization", "court", "person")], x)

    def _will_be_made_known(self, ctx: DocContext, f: Finder, tok: Token, v: Token) -> None:
        """ "The date of the hearing will be announced in due course": the author of the release commits."""
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        author = f.voice(v)
        if subj is None or not author or f.prep_objects(v, ("by",)) or self._conditional(v):
            return
        what = clean_phrase(f.doc[subj.left_edge.i : subj.right_edge.i + 1].text, 12)
        rest = clean_phrase(f.doc[v.i + 1 : v.right_edge.i + 1].text, 8)
        action = f"{v.lemma_} {what[:1].lower()}{what[1:]} {rest}".strip()
        self.emit(ctx, f, "commitment", {"agent": author}, {"action": action}, 0.6, anchor=tok)


@lru_cache(maxsize=1)
def commitment_words() -> frozenset[str]:
    """Every word a test of ``Commitments.commitments``'s loop over tokens can fire on, as lemma or
    lower-case form (a new test in that loop adds its words here)."""
    lex = lexicon()["commitment"]
    return frozenset().union(
        lex["verbs"], lex["nouns"], READY, ("will", "shall", "would", "hesitate", "have", "spare"), OBLIGED
    )

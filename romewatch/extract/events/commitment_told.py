"""Whether a clause tells a promise: not a schedule ("will take office", ``_scheduled``), a blow ("we will
target you", ``_hostile``), a forecast ("would weaken the fight", ``HARMING``) or the Court's routine work told
by a reporter (``_routine``); not someone else's "we" inside a quotation (``inner_quote``) nor one told twice
(``_said_already``); a negation that still promises ("will not hesitate to V", "shall not be deterred"); an
arrest promised on a fugitive's arrival (``_on_arrival``, ``_fugitive_arrested``). Tests on the parse read by
``commitments.Commitments``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder
from .condemn_cues import news_report

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

HOSTILE = frozenset({
    "ban", "sanction", "prosecute", "punish", "retaliate", "arrest", "designate", "freeze", "block", "target", "bar",
})  # fmt: skip
PUNISHING = frozenset({"consequence", "retaliation", "punishment", "reprisal", "lawfare", "repercussion"})  # r7 voice
AIMED_AT_COURT = frozenset({"court", "icc", "investigation", "prosecution", "prosecutor", "tribunal", "judge"})
BARRING = frozenset({"revoke", "deny", "cancel", "restrict", "refuse", "suspend"})  # r12 voice: "... visas to ICC staff"
ENTRY = frozenset({"visa", "entry", "accreditation", "passport", "residence"})
# r12 voice: verbs that report another's commitment as made ("welcomed / noted Japan's pledge to V")
TOLD_OF = frozenset({
    "welcome", "note", "applaud", "commend", "praise", "acknowledge", "recall", "salute", "appreciate", "hail",
    "announce", "confirm", "reaffirm", "reiterate", "restate", "renew", "express", "declare", "make", "give",
})  # fmt: skip
UNDETERRED = frozenset({"deter", "intimidate", "silence", "discourage", "dissuade", "cow", "distract", "derail"})

# r10 voice: what a forecast, not a promise, says will happen; and the Court's routine work
HARMING = frozenset({
    "weaken", "undermine", "erode", "harm", "damage", "hamper", "hinder", "jeopardise", "jeopardize", "paralyse",
    "paralyze", "cripple", "destroy", "hurt", "embolden", "derail", "impede", "obstruct",
})  # fmt: skip
ROUTINE = frozenset({"publish", "pay", "issue", "release", "schedule", "notify", "render", "deliver", "post", "circulate"})
ARRESTING = frozenset({"arrest", "detain", "apprehend", "execute", "enforce", "surrender", "hand", "extradite"})
ARRIVING = frozenset({"visit", "come", "enter", "travel", "set", "land", "arrive", "step", "go", "attend", "fly"})


def inner_quote(f: Finder, tok: Token) -> bool:
    """Is ``tok`` inside a quotation within a quotation ('"They tell victims: 'We will ...'"')? (r10 voice)"""
    text = f.text[: tok.idx - f.sent.start_char]
    double = single = False
    for i, ch in enumerate(text):
        if ch in '"“”':
            double = not double if ch == '"' else ch == "“"
            single = False
        elif double and (ch == "‘" or ch == "'" and (i == 0 or not text[i - 1].isalnum())):
            single = True
        elif double and single and (ch == "’" or ch == "'") and i + 1 < len(text) and not text[i + 1].isalnum():
            single = False
    return double and single


class CommitmentTold:
    """Tests on the parse of whether a clause tells a `commitment` (mixin of ``Commitments``)."""

    @staticmethod
    def _fugitive_arrested(f: Finder, v: Token) -> bool:
        """ "Germany said it would arrest Netanyahu (if he visited)": a State's promise to execute a warrant, not a
        threat; "Russia said it would arrest the Prosecutor" stays one (the Court's officers are not fugitives) (r10 voice)."""
        if v.lemma_ not in ARRESTING:
            return False
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        named = f.resolve(obj) if obj is not None else []
        if any(i.startswith("court:") for i in named) or obj is not None and obj.lemma_.lower() in ("prosecutor", "judge", "registrar"):
            return False
        people = [i for i in named if f.idx.kind(i) == "person"]
        kb = f.ctx.kb
        for i in people:
            ent = kb.get(i) if kb is not None else None
            offices = [str(o.get("office", "")) for o in ((ent.attrs or {}) if ent is not None else {}).get("offices") or [] if isinstance(o, dict)]
            if any(o.startswith(("icc-", "asp-", "un-")) or o in ("prosecutor", "deputy-prosecutor", "judge", "registrar") for o in offices):
                return False
        return bool(people) or CommitmentTold._on_arrival(v)

    @staticmethod
    def _routine(ctx: DocContext, v: Token, agent: list[str]) -> bool:
        """The Court's own routine work told by someone else ("the Court would continue to pay salaries", "will
        publish its budget proposal", "will issue its decision"): no promise, unless the Court speaks (r10 voice)."""
        if not agent or not all(a.startswith(("court:", "person:")) for a in agent):
            return False
        court = [a for a in agent if a.startswith("court:") and not a.startswith("court:asp")]  # the Assembly's bodies act
        voice = ctx.notes.get("events.doc_voice") or []
        if not court or voice and not news_report(ctx):
            return False  # the Court's (or the Prosecutor's) own statement: its plans are its promises
        verb = v
        if v.lemma_ in ("continue", "keep"):
            verb = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), v)
        return verb.lemma_ in ROUTINE

    @staticmethod
    def _on_arrival(v: Token) -> bool:
        """ "it would arrest Netanyahu if he visited", "would execute the warrant should Putin set foot on its soil":
        the condition is the fugitive's coming, so the promise is to arrest him (r10 voice)."""
        if v.lemma_ not in ARRESTING:
            return False
        ifs = [c for c in v.children if c.dep_ == "advcl" and any(m.lower_ in ("if", "should", "when") for m in c.children)]
        return bool(ifs) and all(c.lemma_ in ARRIVING for c in ifs)

    @staticmethod
    def _not_hesitate(tok: Token) -> Token | None:
        """ "will not hesitate to V", "would not hesitate to V": the V, promised (r9 voice)."""
        if tok.pos_ != "VERB" or tok.lemma_ != "hesitate" or not any(c.dep_ == "neg" for c in tok.children):
            return None
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would", "'ll") for c in tok.children):
            return None  # "did not hesitate to condemn": done, read as a condemnation
        return next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)

    @staticmethod
    def _scheduled(v: Token) -> bool:
        """ "take office / effect / place / the oath", "enter into force", "expire": what will happen (r7 voice)."""
        if v.lemma_ in ("expire", "lapse", "elapse"):
            return True
        if v.lemma_ == "enter" and any(p.lower_ == "into" for p in v.children):
            return True
        if v.lemma_ == "take" and any(c.dep_ == "dobj" and c.lemma_ == "part" for c in v.children):
            return True  # r12 voice: "The 114 member countries will take part": who attends, not a promise
        return v.lemma_ == "take" and any(c.dep_ == "dobj" and c.lemma_ in ("office", "effect", "place", "oath") for c in v.children)

    @staticmethod
    def _hostile(v: Token) -> bool:
        """What is promised is a blow: "target you", "sanction the Court", "respond with consequences" (r7 voice)."""
        if v.lemma_.lower() in HOSTILE - {"arrest", "prosecute"}:
            return True
        if any(t.lemma_.lower() in PUNISHING for t in v.subtree):
            return True
        if v.lemma_.lower() in BARRING and any(t.lemma_.lower() in ENTRY for t in v.subtree):
            return True  # r12 voice: "might refuse entry visas to staff of the Court": a threat (Pressure)
        if v.lemma_.lower() in HOSTILE and any(c.dep_ == "dobj" and c.lower_ == "you" for c in v.children):
            return True  # r12 voice: '"I will arrest you," he told the Prosecutor': a threat, not a promise
        # r10 voice: "will take whatever actions we deem necessary to protect our sovereignty ... from the ICC"
        unbounded = any(  # (r12 voice: also "take the necessary steps to protect ... from the Court")
            c.dep_ == "dobj" and c.lemma_.lower() in ("action", "measure", "step")
            and any(d.lower_ in ("whatever", "necessary", "all") for d in c.children)
            for c in v.children
        )  # fmt: skip
        aimed = [t for t in v.subtree if t.lower_ in ("from", "against") and t.dep_ == "prep"]
        if unbounded and any(d.lower_ == "whatever" for c in v.children for d in c.children):
            return bool(aimed)
        # "the necessary steps to protect its people from prosecution by the Court": the Court is what is fought
        return unbounded and any(g.lemma_.lower() in AIMED_AT_COURT for t in aimed for g in t.subtree)

    @staticmethod
    def _asked_to(v: Token) -> bool:
        """ "we call upon States to reiterate their commitment", "urged them to renew their pledge", a bulleted
        "- Affirm their commitment to V": what is asked of others, not a commitment made (r12 voice)."""
        if v.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return v.head.lemma_ in ("call", "urge", "ask", "request", "encourage", "invite", "appeal", "press")
        text = v.doc.text
        line = text[text.rfind("\n", 0, v.idx) + 1 : v.idx]
        return v.tag_ not in ("VBG", "VBN", "VBD", "VBZ") and not any(c.dep_ in ("nsubj", "aux") for c in v.children) and bool(re.fullmatch(r"\s*(?:[-\u2022\u2013*\u25aa\u25cf]|\(?[a-z0-9]{1,3}[.)])?\s*", line))

    @staticmethod
    def _judged_by_another(f: Finder, noun: Token, owner: list[str]) -> bool:
        """ "This announcement underscores Germany's commitment to V", "a yardstick for Germany's commitment to Y": a
        named owner's commitment weighed by someone else (a reporter, a critic) is no promise told. The owner's
        own act ("Chile reaffirmed Chile's commitment") or the copula ("X's commitment to V is firm") is. (r12 voice)"""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            return True
        if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or noun.head.lemma_ in TOLD_OF:
            return False  # "welcomed Japan's commitment to host ...": Japan's promise, told by another
        doer = f.subject(noun.head)
        return bool(owner) and not set(owner) & set(doer)

    @staticmethod
    def _told_by_another(f: Finder, tok: Token, agent: list[str]) -> bool:
        """ '"Washington stands ready to penalise the judges," said X of Amnesty International': a quoted speaker
        tied to another body (an NGO, a UN office) telling what a State is ready to do characterises it; no
        promise of the State's. A speaker with no tie named may speak for the State ("Canada is ready to help,"
        said the minister). (r12 voice)"""
        speakers = f.speakers_for(tok)
        if not speakers or set(agent) & set(speakers):
            return False
        ties = set(speakers) | {o for p in speakers if f.idx.kind(p) == "person" for o in f.idx.affiliation(p)}
        if set(agent) & ties:
            return False
        return ties != {p for p in speakers if f.idx.kind(p) == "person"}

    @staticmethod
    def _said_already(ctx: DocContext, f: Finder, agent: list[str]) -> bool:
        """Has the sentence already given a commitment by the same ``agent``? (r7 voice)"""
        return any(
            e.type == "commitment"
            and f.sent.start_char <= e.evidence[0][0] < f.sent.end_char
            and set(e.roles.get("agent", [])) == set(agent)
            for e in ctx.events
        )

    @staticmethod
    def _undeterred(v: Token) -> bool:
        """ "will not be deterred", "shall not be intimidated or silenced": a resolve, said in the negative."""
        return v.lemma_.lower() in UNDETERRED and any(c.dep_ == "neg" for c in v.children)

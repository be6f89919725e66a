"""Voice: statements, demands, commitments and expressions of support.

Per sentence, in this order (later steps read what earlier ones found):

1. **statement** — a statement noun delivered/issued/signed ("delivered a joint statement on behalf
   of ...", "the statement, drafted by A and signed by 71 States") or reported speech ("X said",
   "according to X", "X told reporters"). The speaker becomes the voice of "we" in the sentence.
2. **demand** — calls ("urge / call on / ask / request / encourage / invite X to V", "ask that X V",
   "X's call for Y to V"), modals and other forms ("X must / should / has to V", "the designation must
   be reversed", "X was asked to V", "a request for his arrest was transmitted to X", "we would be
   grateful if X could V") and lists under a lead-in, one demand per item (``demands``,
   ``demand_forms``, ``demand_lists``). The claimant is whoever speaks.
3. **commitment** — "intend / plan / pledge / commit to V" (two infinitives, two promises), "will
   continue to V", "X said it would V", "the date will be announced" in the author's own release,
   "one of his objectives is to V" (``commitments``).
4. **support** — "welcome / support / commend / thank / stand by X", "express support for X",
   "solidarity with X" (``support``).

Statements are read by ``statements`` (with ``statement_speakers`` and ``statement_cues``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import (
    ITEM,
    EventComponent,
    Finder,
    clean_phrase,
    lexicon,
    uniq,
    verb_phrase,
)
from .commitments import ANNOUNCING, MY_BODIES, Commitments
from .demand_repeats import fold_repeats
from .demand_voice import delegation_voice
from .demands import Demands
from .finder import signers_phrase
from .statements import Statements
from .support import Supports

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

LEAD_CHARS = 700
IMPERATIVES = frozenset({
    "refrain", "ensure", "cooperate", "respond", "support", "consider", "provide", "publish", "guarantee", "protect",
    "reaffirm", "fund", "increase", "strengthen", "establish", "implement", "arrest", "surrender", "execute",
    "withdraw", "rescind", "reverse", "revoke", "use", "raise", "hold", "refer", "condemn", "reject", "adopt",
    "ratify", "accede", "enact", "allocate", "engage", "prioritise", "prioritize", "publicly", "make", "take",
})  # fmt: skip
LEAD_IN = re.compile(r"\b(?:recommend\w*|call\w*|urg\w*|ask\w*|demand\w*|request\w*|appeal\w*|should|must|to)\b", re.IGNORECASE)
OUR_GROUPS = frozenset({
    "organisation", "organization", "group", "coalition", "network", "member", "ngo", "signatory", "partner",
})  # fmt: skip


def joined_in(f: Finder, v: Token) -> list[str]:
    """ "Ireland joined Slovenia and Spain in condemning them", "A joined B in welcoming ...": the act
    is done by the one who joins and by those joined."""
    prep = v.head
    if v.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_ not in ("join", "unite") or prep.head.pos_ != "VERB":
        return []
    join = prep.head
    joined = [i for c in join.children if c.dep_ == "dobj" for i in f.resolve(c)]
    return uniq([*f.subject(join), *joined])


class Voice(Commitments, Supports, Statements, Demands, EventComponent):
    """Statements (documents, speeches, reported speech), demands, commitments, support."""

    name = "events.voice"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        self.lex = lexicon()
        ctx.notes.setdefault("events.speaker", {})
        ctx.notes.setdefault("events.consumed", [])
        delegation_voice(ctx)  # "Statement by Ambassador A, Head of the Delegation of X": "we" is X
        super().__call__(ctx)
        fold_repeats(ctx)  # the same call or promise told twice is one event

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        if any(a <= f.sent.start_char < b for a, b in ctx.notes["events.consumed"]):
            return
        speakers = self.statements(ctx, f) or self._quote_goes_on(ctx, f)
        if speakers:
            ctx.notes["events.speaker"][f.sent.start] = speakers
            lead = [i for ids, _ in speakers for i in ids if f.idx.kind(i) == "person"]
            if lead and not ctx.notes.get("events.lead_speakers") and f.sent.start_char < LEAD_CHARS:
                # "GENEVA (12 June) - ..., the UN expert, Ms X, said today": "the expert" later is X
                ctx.notes["events.lead_speakers"] = uniq(lead)
        self.demands(ctx, f)
        self.listed_demands(ctx, f)
        self.commitments(ctx, f)
        self.pledges(ctx, f)  # pledges of money, "reaffirm our commitment to X", "the signatories committed to"
        self.supports(ctx, f)

    def claimant(self, ctx: DocContext, f: Finder, v: Token, groups: bool = False) -> list[str]:
        """Who speaks through ``v``; "A joined B in condemning ..." (A and B), else ``Demands.claimant``."""
        return joined_in(f, v) or Voice._the_statement(ctx, f, v) or Demands.claimant(self, ctx, f, v, groups)

    @staticmethod
    def _the_statement(ctx: DocContext, f: Finder, v: Token) -> list[str]:
        """ "X delivered a statement on behalf of A and B. It called on ... and urged ...": "it" (or "the
        statement") is the statement just told, and speaks for those it was delivered for."""
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and v.dep_ == "conj":
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is None or not (
            subj.lower_ in ("it", "this")
            or subj.lemma_.lower() in ("statement", "letter", "declaration", "intervention") and subj.tag_ == "NN"
        ):
            return []
        at = ctx.notes.get("events.last_statement_sent")
        if at is None or subj.i - f.sent.start > 1 or f.sent.start == 0 or f.doc[f.sent.start - 1].sent.start != at:
            return []  # only "It ..." / "The statement ..." opening the sentence after the statement's
        return list(ctx.notes.get("events.last_statement") or [])

    @staticmethod
    def _mine(f: Finder, subj: Token | None) -> list[str]:
        """ "I intend to", "my delegation will", "my Office has committed to", "our Government
        pledges": the speaker, or the speaker's Office when a Prosecutor's statement says "my Office"."""
        if subj is None or f.idx.mention(subj) is not None:
            return []
        if subj.lower_ == "i":
            return f.voice(subj)
        if not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subj.children):
            return []
        if subj.lemma_.lower() not in MY_BODIES:
            return []
        voice = f.voice(subj)
        if subj.lower_ == "office" and Voice._prosecutor_speaks(f, voice):
            return Voice._the_otp(f, subj) or voice
        return voice

    @staticmethod
    def _prosecutor_speaks(f: Finder, voice: list[str]) -> bool:
        head = f.ctx.document.text[:400].lower()
        if "prosecutor" in head:
            return True
        return any("prosecutor" in " ".join([e.name, *e.aliases]).lower() for i in voice if (e := f.ctx.entities.get(i)))

    @staticmethod
    def _the_otp(f: Finder, tok: Token) -> list[str]:
        """The Office of the Prosecutor as an entity ("my Office" in the Prosecutor's own words)."""
        otp = next((i for i in f.ctx.entities if i.startswith("court:otp")), None)
        if otp is None:
            kb = f.ctx.kb
            ent = kb.get("court:otp") if kb is not None else None
            if ent is None:
                return []
            from ...model import Entity

            otp = ent.id
            f.ctx.entities[otp] = Entity(id=otp, kind=ent.kind, name=ent.name, aliases=["Office"])
        span = (tok.idx, tok.idx + len(tok.text))
        if span not in f.ctx.entities[otp].mentions:
            f.ctx.entities[otp].mentions.append(span)
        return [otp]

    @staticmethod
    def _ours(subj: Token) -> bool:
        """ "the organisations we represent", "our organisations", "the undersigned organisations",
        "the organisations on whose behalf I speak", "the signatory States": the speakers themselves."""
        if signers_phrase(subj):
            return True
        if subj.pos_ != "NOUN" or subj.lemma_.lower() not in OUR_GROUPS:
            return False
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in subj.children):
            return True
        return any(
            c.dep_ in ("relcl", "acl") and any(g.lower_ in ("we", "i") for g in c.subtree) for c in subj.children
        )

    @staticmethod
    def _promises(f: Finder, acted: Token | None, action: str) -> list[str]:
        """ "pledged to make dialogue a priority and to visit African capitals": two promises."""
        conj = [c for c in (acted.children if acted is not None else []) if c.dep_ == "conj" and c.pos_ == "VERB"]
        more = [c for c in conj if any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
        own = [c for c in conj if any(a.lower_ in ("will", "shall", "would") or a.dep_ == "nsubj" for a in c.children)]  # read on their own
        # (r10 voice: "we will continue to V, and we commit to W": the clause with its own subject too)
        if acted is None or not (more or own):
            return [action]
        cut = min(c.left_edge.i for c in [*more, *own])
        while cut > acted.i and f.doc[cut - 1].dep_ in ("cc", "punct"):
            cut -= 1
        first = clean_phrase(f.doc[acted.i : cut].text)
        if acted.lemma_ == "continue":
            first = re.sub(r"^continue to ", "", first)
        return [first, *(verb_phrase(c) for c in more)] if first else [action]

    def listed_demands(self, ctx: DocContext, f: Finder) -> None:
        """Imperative items under a lead-in: "Recommendations to States Parties:\n- ratify ...;\n- adopt ..."."""
        text = ctx.document.text
        if any(e.type == "demand" and e.evidence[0][0] == f.sent.start_char for e in ctx.events):
            return  # the sentence's own call already reads its items
        for m in ITEM.finditer(text, f.sent.start_char, f.sent.end_char):
            if m.start(1) >= f.sent.end_char or any(
                a <= m.start() < b for a, b in [*ctx.notes["events.consumed"], *ctx.notes.get("events.demand_items", [])]
            ):
                continue
            first = f.token_at(m.start(1))
            if first is None or first.lower_ in ("be", "have") or (
                first.tag_ not in ("VB", "VBP") and first.lower_ not in IMPERATIVES
            ):
                continue
            head_end = text.rfind("\n", 0, m.start())
            while head_end > 0 and ITEM.match(text, text.rfind("\n", 0, head_end) + 1):
                head_end = text.rfind("\n", 0, head_end)  # climb over the items above
            lead_start = text.rfind("\n", 0, max(0, head_end)) + 1
            lead = text[lead_start:head_end].strip() if head_end > 0 else ""
            if not lead.endswith(":") or not LEAD_IN.search(lead):
                continue
            addressee = [
                x.entity_id
                for x in ctx.mentions_in(lead_start, head_end)
                if f.idx.kind(x.entity_id) in ("state", "court", "igo", "organization")
            ]
            claimant = f.voice()
            if not claimant and not addressee:
                continue
            end = min(m.end(1), f.sent.end_char)
            self.emit(
                ctx,
                f,
                "demand",
                {"claimant": claimant, "addressee": [a for a in uniq(addressee) if a not in claimant]},
                {"action": clean_phrase(text[m.start(1) : end])},
                0.65,
                anchor=first,
            )

    @staticmethod
    def _quote_goes_on(ctx: DocContext, f: Finder) -> list[tuple[list[str], int]]:
        """ '"This is a historic day," said X. "We urge ..."': the quotation goes on in X's voice."""
        text = f.text.lstrip()
        if not text[:1] in ('"', "\u201c") or f.sent.start == 0:
            return []
        prev = f.doc[f.sent.start - 1].sent
        said = ctx.notes["events.speaker"].get(prev.start, [])
        persons = [(ids, f.sent.root.i) for ids, _ in said if ids and all(f.idx.kind(i) == "person" for i in ids)]
        if persons and any(q in prev.text for q in ('"', "\u201d")):
            return persons[:1]
        return []

    @staticmethod
    def _announcer(f: Finder, v: Token, subj: Token) -> list[str]:
        """ "X announced / said / confirmed that it would V": X commits itself (a pronoun subject is X)."""
        head = v.head if v.dep_ == "ccomp" else None
        if head is None or head.lemma_ not in ANNOUNCING or head.i > v.i:
            return []
        teller = head
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and head.dep_ == "conj":
            teller = head.head  # "X committed to ... and announced that the Bureau would V"
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in teller.children) and teller.tag_ == "VBG":
            if teller.dep_ == "advcl":  # r9 voice: "Slovenia went further, announcing that it would V"
                teller = teller.head
            elif teller.dep_ == "pcomp" and teller.head.dep_ == "prep":  # "responded by announcing that it would V"
                teller = teller.head.head
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in teller.children):
            return []  # "(b) publicly confirm that X will comply": asked for, not announced
        who = f.subject(teller)
        if subj.pos_ == "PRON":
            persons = [w for w in who if f.idx.kind(w) == "person"]
            if subj.lower_ == "it":
                return [w for w in who if w not in persons]
            if subj.lower_ in ("they", "we"):  # "the experts said they would continue to monitor"
                return who
            return persons if subj.lower_ in ("he", "she") else []
        if f.idx.mention(subj) is None or any(f.idx.kind(i) == "person" for i in f.resolve(subj)):
            return []  # "X said Bashir would face arrest": a prediction about another
        return [w for w in who if f.idx.kind(w) == "person"]  # "Spokesman X said Kyiv would": X and Kyiv

    @staticmethod
    def _conditional(v: Token) -> bool:
        """ "we will act if ...", "it would ... unless ...": a condition, not a commitment."""
        marks = [g for c in v.children if c.dep_ in ("advcl", "mark") for g in [c, *c.children]]
        return any(t.lower_ in ("if", "unless") for t in marks)

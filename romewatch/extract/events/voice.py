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
   "one of his objectives is to V".
4. **support** — "welcome / support / commend / thank / stand by X", "express support for X",
   "solidarity with X".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import (
    FIRST_PERSON,
    ITEM,
    EventComponent,
    Finder,
    clean_phrase,
    lexicon,
    uniq,
    verb_phrase,
    xcomp_of,
)
from .demand_repeats import fold_repeats
from .demand_voice import aux_subject, delegation_voice
from .demands import Demands
from .statements import Statements
from .support import EXPRESSING, Supports

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

COMMIT_VERBS_AFTER_WILL = frozenset({
    "continue", "keep", "work", "remain", "pursue", "stand", "cooperate", "defend", "support", "ensure",
    "seek", "strive", "engage", "contribute", "help", "provide", "fight", "maintain", "uphold", "consult",
    "look", "follow", "monitor", "raise", "press", "bring", "use", "do", "take", "make",
})  # fmt: skip
LEAD_CHARS = 700
IMPERATIVES = frozenset({
    "refrain", "ensure", "cooperate", "respond", "support", "consider", "provide", "publish", "guarantee", "protect",
    "reaffirm", "fund", "increase", "strengthen", "establish", "implement", "arrest", "surrender", "execute",
    "withdraw", "rescind", "reverse", "revoke", "use", "raise", "hold", "refer", "condemn", "reject", "adopt",
    "ratify", "accede", "enact", "allocate", "engage", "prioritise", "prioritize", "publicly", "make", "take",
})  # fmt: skip
LEAD_IN = re.compile(r"\b(?:recommend\w*|call\w*|urg\w*|ask\w*|demand\w*|request\w*|appeal\w*|should|must|to)\b", re.IGNORECASE)
HOSTILE = frozenset({
    "ban", "sanction", "prosecute", "punish", "retaliate", "arrest", "designate", "freeze", "block", "target", "bar",
})  # fmt: skip
UNDETERRED = frozenset({"deter", "intimidate", "silence", "discourage", "dissuade", "cow", "distract", "derail"})
MY_BODIES = frozenset({"delegation", "office", "government", "country", "organisation", "organization", "ministry"})
READY = frozenset({"ready", "committed", "determined", "prepared", "willing", "resolved"})
ANNOUNCING = frozenset({
    "announce", "say", "declare", "confirm", "state", "tell", "pledge", "vow", "promise", "indicate", "add", "insist",
    "assure", "reassure", "guarantee", "reiterate", "reaffirm", "affirm", "stress",
})  # fmt: skip
MADE_KNOWN = frozenset({"announce", "publish", "communicate", "notify", "release", "issue", "provide", "share"})
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


class Voice(Supports, Statements, Demands, EventComponent):
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

    def commitments(self, ctx: DocContext, f: Finder) -> None:
        lex = self.lex["commitment"]
        verbs, nouns = set(lex["verbs"]), set(lex["nouns"])
        after_will = COMMIT_VERBS_AFTER_WILL | set(lex.get("after_will", []))  # "said it would withdraw / host"
        for tok in f.tokens:
            lem = tok.lemma_.lower()
            agent: list[str] = []
            action = ""
            acted: Token | None = None  # the verb of what is promised
            if tok.pos_ == "VERB" and lem in verbs:
                x = xcomp_of(tok) or next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                if x is None or (lem in ("seek", "expect", "determine", "aim") and tok.dep_ == "xcomp"):
                    continue
                if any(c.dep_ == "neg" for c in tok.children):
                    continue
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
            elif tok.pos_ == "NOUN" and lem in nouns:
                poss = [c for c in tok.children if c.dep_ == "poss"]
                owner = tok
                if not poss and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NUM", "PRON", "NOUN"):
                    owner = tok.head.head  # "one of his objectives"
                if not poss:
                    continue
                agent = f.resolve(poss[0])
                if poss[0].pos_ == "PRON" and tok.dep_ == "dobj" and tok.head.lemma_ in ANNOUNCING | EXPRESSING:
                    agent = f.subject(tok.head) or agent  # "A, B and C announced their intention to withdraw"
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
                action = (
                    verb_phrase(x)
                    if x.pos_ in ("VERB", "AUX")
                    else clean_phrase(f.doc[x.i + 1 : x.right_edge.i + 1].text)
                )
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
                if self._conditional(v) or any(c.dep_ == "auxpass" for c in v.children):
                    continue
                if any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in v.children):
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
                    if announcer and v.lemma_ in HOSTILE:
                        continue  # "announced that Washington would ban the judges": a threat, read by Pressure
                    told = (  # "X said Y would V" (not "(b) publicly confirm that X will V", nor "will not V")
                        v.dep_ in ("ccomp", "conj")
                        and v.head.lemma_ in ANNOUNCING
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.head.children)
                        and not any(c.dep_ == "neg" for c in v.children)
                        and f.idx.mention(subj) is not None  # a pronoun is read through the announcer
                    )
                    known = v.lemma_ in COMMIT_VERBS_AFTER_WILL or (told and v.lemma_ in after_will)
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
            else:
                continue
            we = any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in [*tok.children, *tok.head.children])
            quoted = Demands._quote_speaker(f) if we and action and not f.speakers_for(tok) else []
            agent = quoted or agent  # '"We will continue to V. ...," said X.'
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

    @staticmethod
    def _undeterred(v: Token) -> bool:
        """ "will not be deterred", "shall not be intimidated or silenced": a resolve, said in the negative."""
        return v.lemma_.lower() in UNDETERRED and any(c.dep_ == "neg" for c in v.children)

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
        "the organisations on whose behalf I speak": the speakers themselves."""
        if subj.pos_ != "NOUN" or subj.lemma_.lower() not in OUR_GROUPS:
            return False
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in subj.children):
            return True
        if any(c.lower_ == "undersigned" for c in subj.children):
            return True
        return any(
            c.dep_ in ("relcl", "acl") and any(g.lower_ in ("we", "i") for g in c.subtree) for c in subj.children
        )

    @staticmethod
    def _promises(f: Finder, acted: Token | None, action: str) -> list[str]:
        """ "pledged to make dialogue a priority and to visit African capitals": two promises."""
        conj = [c for c in (acted.children if acted is not None else []) if c.dep_ == "conj" and c.pos_ == "VERB"]
        more = [c for c in conj if any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
        own = [c for c in conj if any(a.lower_ in ("will", "shall", "would") for a in c.children)]  # read on their own
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
        text = f.sent.text.lstrip()
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

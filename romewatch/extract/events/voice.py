"""Voice: statements, demands, commitments and expressions of support.

Per sentence, in this order (later steps read what earlier ones found):

1. **statement** — a statement noun delivered/issued/signed ("delivered a joint statement on behalf
   of ...", "the statement, drafted by A and signed by 71 States") or reported speech ("X said",
   "according to X", "X told reporters"). The speaker becomes the voice of "we" in the sentence.
2. **demand** — "urge / call on / ask / request / encourage / invite X to V", "request that X V",
   "X must / should V" (claimant: whoever speaks), and numbered items after "ask X to:".
3. **commitment** — "intend / plan / pledge / commit to V", "will continue to V", "one of his
   objectives is to V".
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

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

COMMIT_VERBS_AFTER_WILL = frozenset({
    "continue", "keep", "work", "remain", "pursue", "stand", "cooperate", "defend", "support", "ensure",
    "seek", "strive", "engage", "contribute", "help", "provide", "fight", "maintain", "uphold", "consult",
    "look", "follow", "monitor", "raise", "press", "bring", "use", "do", "take", "make",
})  # fmt: skip
EXPRESSING = frozenset({
    "express", "reaffirm", "reiterate", "extend", "offer", "voice", "show", "pledge", "declare", "convey", "renew",
    "give", "lend", "state", "confirm", "demonstrate", "signal", "underline", "emphasise", "emphasize", "stress",
})  # fmt: skip
COURT_ACTS = frozenset(
    {"warrant", "ruling", "judgment", "judgement", "verdict", "arrest", "investigation", "conviction"}
)
SESSIONISH = re.compile(
    r"\b(session|plenary|general debate|assembly|asp|opening|closing|address|addressed|delegates|delegations)\b",
    re.IGNORECASE,
)
STRONG_SPEECH = frozenset(
    {
        "say",
        "state",
        "declare",
        "tell",
        "express",
        "write",
        "warn",
        "insist",
        "argue",
        "claim",
        "reiterate",
        "announce",
        "add",
    }
)
RULING_ORGANS = (
    "court:pre-trial",
    "court:trial",
    "court:appeals",
    "court:chambers",
    "court:judges",
    "court:states-parties",
)


def forum_of(f: Finder) -> list[str]:
    """The session the sentence is set in: a session mention, else the document's session."""
    got = f.mentions(frozenset({"session"}))
    if got:
        return got[:1]
    main = f.ctx.notes.get("events.main_session")
    if main and SESSIONISH.search(f.sent.text):
        return [main]
    return []


class Voice(EventComponent):
    """Statements (documents, speeches, reported speech), demands, commitments, support."""

    name = "events.voice"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        self.lex = lexicon()
        ctx.notes.setdefault("events.speaker", {})
        ctx.notes.setdefault("events.consumed", [])
        super().__call__(ctx)

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        if any(a <= f.sent.start_char < b for a, b in ctx.notes["events.consumed"]):
            return
        speakers = self.statements(ctx, f)
        if speakers:
            ctx.notes["events.speaker"][f.sent.start] = speakers
        self.demands(ctx, f)
        self.commitments(ctx, f)
        self.supports(ctx, f)

    # --- statements --------------------------------------------------------------------------
    def statements(self, ctx: DocContext, f: Finder) -> list[tuple[list[str], int]]:
        lex = self.lex["statement"]
        nouns, delivery, speech = lex["nouns"], set(lex["delivery_verbs"]), set(lex["speech_verbs"])
        found: list[tuple[list[str], int]] = []
        for tok in f.sent:
            key = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and key in nouns and tok.tag_ != "NNS" and not self._generic(tok):
                form = nouns[key]
                if key == "statement" and any(c.lower_ == "joint" for c in tok.children) or "jointly" in f.lower:
                    form = "joint_statement"
                if key == "report" or key == "address" and tok.head.lemma_ not in delivery:
                    continue
                got = self._statement_noun(ctx, f, tok, form, delivery)
                if got:
                    found.append((got, tok.head.i if tok.head.pos_ in ("VERB", "AUX") else tok.i))
            elif tok.pos_ == "VERB" and key in speech:
                authors = [a for a in f.subject(tok) if not a.startswith(RULING_ORGANS)]
                doc_stmt = ctx.notes.get("events.document_statement")
                if doc_stmt is not None:
                    authors = [a for a in authors if a not in doc_stmt.roles.get("addressee", [])]
                if not authors or set(authors) <= set(ctx.notes.get("events.doc_voice") or []):
                    continue
                if key not in STRONG_SPEECH and any(f.idx.kind(a) != "person" for a in authors):
                    continue
                if (
                    not any(c.dep_ in ("ccomp", "dobj", "dative", "prep") or c.text in ':\u201c"' for c in tok.children)
                    and key != "say"
                ):
                    continue
                form = "speech" if re.search(r"\b(speech|address|remarks|opening|closing)\b", f.lower) else "oral"
                content = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj")), None)
                region = (
                    f.sent.start_char,
                    content.left_edge.idx if content is not None and content.i > tok.i else f.sent.end_char,
                )
                self.emit(
                    ctx,
                    f,
                    "statement",
                    {"author": authors, "forum": forum_of(f)},
                    {"form": form},
                    confidence=0.65,
                    anchor=tok,
                    region=region,
                )
                found.append((authors, tok.i))
        m = re.search(r"\baccording to\b", f.lower)
        if m:
            authors = f.after_cue("according to")
            if authors:
                self.emit(ctx, f, "statement", {"author": authors}, {"form": "oral"}, confidence=0.6)
                found.append((authors, f.sent.root.i))
        return found

    @staticmethod
    def _generic(tok: Token) -> bool:
        return any(c.lower_ in ("no", "any", "every", "each") for c in tok.children)

    def _statement_noun(self, ctx: DocContext, f: Finder, tok: Token, form: str, delivery: set[str]) -> list[str]:
        head = tok.head
        roles: dict[str, list[str]] = {}
        if tok.dep_ in ("dobj",) and head.lemma_ in delivery:
            roles["author"] = f.subject(head)
        elif tok.dep_ == "nsubjpass" and head.lemma_ in delivery:
            roles["author"] = f.prep_objects(head, ("by",))
        else:
            # "a statement by X", "X's statement", "in a statement, X said"
            roles["author"] = f.prep_objects(tok, ("by", "from")) or [
                i for c in tok.children if c.dep_ == "poss" for i in f.resolve(c)
            ]
        scope_start = tok.i
        behalf = f.lower.find("on behalf of", max(0, tok.idx - f.sent.start_char - 200))
        if behalf >= 0:
            roles["on_behalf_of"] = f.after_cue("on behalf of", start=behalf)
        for cue, role in (
            ("drafted by", "drafter"),
            ("prepared by", "drafter"),
            ("signed by", "signatory"),
            ("co-signed by", "signatory"),
        ):
            if cue in f.lower:
                roles[role] = f.after_cue(cue)
        if not roles.get("author") and "delivered" in f.lower and " by " in f.lower:
            roles["author"] = f.after_cue("by", start=max(0, f.lower.find("delivered")))
        attrs: dict[str, object] = {"form": form}
        m = re.search(r"signed by (\d+)\s+(states|countries|organi[sz]ations|member states)", f.lower)
        if m:
            attrs["signatory_count"] = int(m.group(1))
            if roles.get("signatory") == ["court:states-parties"]:
                roles["author"], roles["signatory"] = roles.get("author") or ["court:states-parties"], []
        to = f.prep_objects(tok, ("to",))
        urging = [c for c in f.sent if c.lemma_ in ("urge", "call", "ask") and c.i > scope_start]
        roles["addressee"] = to or (f.objects(urging[0]) if urging else [])
        roles["forum"] = forum_of(f)
        if not roles.get("author") and not roles.get("on_behalf_of") and not roles.get("signatory"):
            return []
        doc_stmt = ctx.notes.get("events.document_statement")
        if doc_stmt is not None and f.sent.start_char < ctx.notes.get("events.header_end", 0):
            return []  # the header of the document's own statement
        del scope_start
        ev = self.emit(ctx, f, "statement", roles, attrs, confidence=0.8 if roles.get("author") else 0.6, anchor=tok)
        speakers = uniq([*roles.get("author", []), *roles.get("on_behalf_of", []), *roles.get("signatory", [])])
        if ev is not None:
            ctx.notes["events.last_statement"] = speakers
        return speakers

    # --- demands -----------------------------------------------------------------------------
    def claimant(self, ctx: DocContext, f: Finder, v: Token) -> list[str]:
        subj = f.subject(v)
        sent_speakers = f.speakers_for(v)
        direct = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        if sent_speakers and (not subj or set(subj) <= set(sent_speakers) or not direct):
            return list(sent_speakers)
        return subj or f.voice(v)

    def demands(self, ctx: DocContext, f: Finder) -> None:
        lex = self.lex["demand"]
        verbs, modals = set(lex["verbs"]), set(lex["modals"])
        for tok in f.sent:
            lem = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lem in verbs:
                self._demand_verb(ctx, f, tok, lem)
            elif tok.lower_ in modals and tok.dep_ == "aux" and tok.head.pos_ in ("VERB", "AUX"):
                self._demand_modal(ctx, f, tok.head)

    def _demand_verb(self, ctx: DocContext, f: Finder, v: Token, lem: str) -> None:
        addressee: list[str] = []
        action = ""
        if lem in ("call", "appeal"):
            preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "for")]
            if not preps and not any(c.dep_ == "dobj" for c in v.children):
                return
            for p in preps:
                start = p.i + 1
                addressee, end = f.list_span(start)
                if addressee:
                    action = self._action_after(f, end, v)
                    break
                if p.lower_ in ("on", "upon"):
                    action = self._action_after(f, p.right_edge.i + 1, v) or self._infinitive(f, p.i, v)
                if p.lower_ == "for":
                    action = clean_phrase(f.doc[p.i + 1 : p.right_edge.i + 1].text)
        elif lem in ("request", "demand", "recommend", "insist") and any(c.dep_ == "ccomp" for c in v.children):
            cc = next(c for c in v.children if c.dep_ == "ccomp")
            addressee = f.subject(cc)
            action = verb_phrase(cc)
        else:
            objs = [c for c in v.children if c.dep_ in ("dobj", "dative")]
            if lem in ("press", "invite", "encourage", "ask", "request", "urge", "implore", "exhort") and objs:
                addressee, end = f.list_span(objs[0].left_edge.i)
                if not addressee:
                    addressee = f.resolve(objs[0])
                    end = objs[0].right_edge.i + 1
                action = self._action_after(f, end, v) if addressee else ""
                action = action or self._infinitive(f, objs[0].i, v)
            elif lem in ("urge", "demand", "request") and objs:
                action = clean_phrase(f.doc[objs[0].i : objs[0].right_edge.i + 1].text)
            elif lem == "urge" and v.dep_ == "relcl":  # "a challenge we urge states parties to take up"
                pass
            else:
                return
        if lem in ("press", "call") and not action:
            return
        if not addressee and not action:
            return
        claimant = self.claimant(ctx, f, v)
        if not addressee and not claimant:
            return
        if action.endswith(":") or not action:
            items = self._items(ctx, f)
            if items:
                for (a, b), text in items:
                    self.emit(
                        ctx,
                        f,
                        "demand",
                        {"claimant": claimant, "addressee": addressee},
                        {"action": clean_phrase(text)},
                        confidence=0.8,
                        anchor=v,
                    )
                return
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

    @staticmethod
    def _action_after(f: Finder, end: int, v: Token) -> str:
        doc = f.doc
        for j in range(end, min(end + 5, f.sent.end)):
            if doc[j].lower_ == "to" and j + 1 < len(doc):
                nxt = doc[j + 1]
                while nxt.text in '"\u201c' and nxt.i + 1 < len(doc):
                    nxt = doc[nxt.i + 1]
                if nxt.text == ":" or nxt.is_space:
                    return ":"
                if nxt.pos_ in ("VERB", "AUX"):
                    return verb_phrase(nxt)
                return clean_phrase(doc[nxt.i : min(nxt.i + 15, f.sent.end)].text)
        x = xcomp_of(v)
        return verb_phrase(x) if x is not None else ""

    @staticmethod
    def _infinitive(f: Finder, after: int, v: Token) -> str:
        """The "to V" that completes a call: the verb's own complement, else the first one after the object."""
        for c in v.children:
            if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
                return verb_phrase(c)
        for t in f.doc[after + 1 : f.sent.end]:
            if (
                t.lower_ == "to"
                and t.dep_ == "aux"
                and t.head.pos_ == "VERB"
                and t.head.dep_ not in ("relcl",)
                and t.head.head.dep_ != "relcl"
            ):
                return verb_phrase(t.head)
        return ""

    def _items(self, ctx: DocContext, f: Finder) -> list[tuple[tuple[int, int], str]]:
        """Numbered or bulleted items right after a lead-in ending in a colon."""
        text = ctx.document.text
        pos = f.sent.end_char
        colon = text.rfind(":", f.sent.start_char, pos + 3)
        if colon < 0:
            return []
        out = []
        cursor = colon + 1
        for m in ITEM.finditer(text, cursor):
            gap = text[cursor : m.start()]
            if gap.strip():
                break
            out.append(((m.start(), m.end()), m.group(1)))
            cursor = m.end()
        if out:
            ctx.notes["events.consumed"].append((colon, cursor))
        return out

    def _demand_modal(self, ctx: DocContext, f: Finder, v: Token) -> None:
        subj_tok = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
        if subj_tok is None or subj_tok.lower_ in FIRST_PERSON or subj_tok.lower_ in ("it", "this", "that", "there"):
            return
        addressee = f.resolve(subj_tok)
        if not addressee:
            return
        claimant = f.voice(v)
        if set(addressee) & set(claimant):
            return
        action = verb_phrase(v)
        self.emit(
            ctx,
            f,
            "demand",
            {"claimant": claimant, "addressee": addressee},
            {"action": action},
            confidence=0.7 if claimant else 0.55,
            anchor=v,
        )

    # --- commitments ---------------------------------------------------------------------------
    def commitments(self, ctx: DocContext, f: Finder) -> None:
        lex = self.lex["commitment"]
        verbs, nouns = set(lex["verbs"]), set(lex["nouns"])
        for tok in f.sent:
            lem = tok.lemma_.lower()
            agent: list[str] = []
            action = ""
            if tok.pos_ == "VERB" and lem in verbs:
                x = xcomp_of(tok) or next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                if x is None or (lem in ("seek", "expect", "determine", "aim") and tok.dep_ == "xcomp"):
                    continue
                if any(c.dep_ == "neg" for c in tok.children):
                    continue
                agent = f.subject(tok)
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
                for j in range(tok.i + 1, min(tok.i + 12, f.sent.end)):
                    if f.doc[j].lower_ == "to" and j + 1 < f.sent.end and f.doc[j + 1].pos_ in ("VERB", "AUX"):
                        action = verb_phrase(f.doc[j + 1])
                        break
                del owner
                if not action:
                    continue
            elif tok.lower_ in ("will", "shall", "would") and tok.dep_ == "aux" and tok.head.pos_ == "VERB":
                v = tok.head
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if (
                    subj is None
                    or re.search(r"\b(if|unless|could)\b", f.lower)
                    or any(c.dep_ == "auxpass" for c in v.children)
                ):
                    continue
                named = f.idx.mention(subj) is not None
                pronoun = subj.lower_ in FIRST_PERSON or subj.lower_ in ("he", "she", "it", "they")
                if not named and not pronoun:
                    continue  # "the new procedures would allow ...", "helping the Court will cost ..."
                if v.lemma_ not in COMMIT_VERBS_AFTER_WILL and subj.lower_ not in FIRST_PERSON:
                    speaker = f.speakers_for(tok)
                    if not (speaker and set(f.resolve(subj)) <= set(speaker)):
                        continue
                agent = f.resolve(subj)
                if tok.lower_ == "would":
                    speaker = f.speakers_for(tok)
                    if not speaker:
                        continue
                    agent = agent if named and agent else speaker
                if subj.lower_ not in FIRST_PERSON and not agent:
                    continue
                action = verb_phrase(v)
                if v.lemma_ == "continue":
                    action = re.sub(r"^continue to ", "", action)
            else:
                continue
            if agent and action:
                region = (f.sent.start_char, tok.idx + len(tok.text))
                self.emit(
                    ctx,
                    f,
                    "commitment",
                    {"agent": agent},
                    {"action": action},
                    confidence=0.75,
                    anchor=tok,
                    region=region,
                )

    # --- support -----------------------------------------------------------------------------
    def supports(self, ctx: DocContext, f: Finder) -> None:
        lex = self.lex["support"]
        verbs, nouns = set(lex["verbs"]), set(lex["nouns"])
        for tok in f.sent:
            lem = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lem in verbs:
                if any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) or tok.dep_ in ("amod", "acl"):
                    continue
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
                if lem == "stand" and not f.prep_objects(tok, ("by", "with", "behind")) and "solidarity" not in f.lower:
                    continue
                if lem in ("reaffirm", "acknowledge") and not any(
                    c.lemma_ in nouns for c in tok.children if c.dep_ == "dobj"
                ):
                    continue
                agent = self.claimant(ctx, f, tok)
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
                bene = (
                    f.resolve(obj)
                    if obj is not None and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
                    else []
                )
                bene = bene or f.prep_objects(tok, ("by", "with", "behind", "for"))
                if not bene and obj is not None and obj.lemma_ in COURT_ACTS and "court:icc" in ctx.entities:
                    bene = ["court:icc"]  # "welcomed the warrant": the Court that issued it
                if obj is not None and not bene:
                    for c in obj.children:
                        if c.dep_ == "prep" and c.lower_ in ("for", "to", "with"):
                            bene = f.prep_objects(obj, (c.lower_,))
                about = clean_phrase(f.doc[tok.i : (obj.right_edge.i + 1) if obj is not None else tok.i + 6].text, 14)
            elif tok.pos_ == "NOUN" and lem in nouns and tok.dep_ in ("dobj", "pobj", "nsubj"):
                gov = tok.head if tok.dep_ != "pobj" else tok.head.head
                if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of", "for", "without"):
                    continue  # "in support of", "the need for support"
                if gov.pos_ != "VERB" or gov.lemma_ in verbs or gov.lemma_ not in EXPRESSING:
                    continue
                agent = self.claimant(ctx, f, gov) if tok.dep_ != "nsubj" else f.voice(tok)
                bene = f.prep_objects(tok, ("for", "to", "with")) or f.prep_objects(gov, ("to", "with"))
                about = clean_phrase(f.doc[gov.i : tok.right_edge.i + 1].text, 14)
            else:
                continue
            if not agent or set(bene) == set(agent):
                continue
            self.emit(
                ctx,
                f,
                "support",
                {"agent": agent, "beneficiary": [b for b in bene if b not in agent]},
                {"about": about},
                confidence=0.8 if bene else 0.6,
                anchor=tok,
            )

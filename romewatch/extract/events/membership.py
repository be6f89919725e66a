"""Membership of the Rome Statute: signature, ratification, accession, withdrawal, unsigning.

"Country E deposited its instrument of accession", "notified its withdrawal", "the withdrawal took
effect on ...", "ratified the Rome Statute", "Burundi's withdrawal", "became a State Party".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import EventComponent, Finder, lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

STATE = frozenset({"state"})
TREATY = re.compile(r"\b(rome statute|the statute|international criminal court|icc|the court)\b", re.IGNORECASE)
MEMBERSHIP_CUE = re.compile(
    r"instrument of|notice of withdrawal|notification of (?:its )?withdrawal|\b(?:became|become|becomes|becoming) "
    r"(?:the \w+ )?(?:a )?state party"
    r"|\bwithdrawal\b[^.]{0,200}\b(?:took|takes|take|became|becomes|become|will take) effect|notif\w+ [^.]{0,60}\bwithdr"
    r"|\b(?:it|this) (?:becomes|became|will become|takes|took|will take) (?:effect|effective)\b"
)
LISTED_CUE = re.compile(r"\((?:accession|ratification|signature|withdrawal)")
JOINT = re.compile(r"\bjoint(?:ly)?\b|\btogether\b|\bcollective(?:ly)?\b|\bin concert\b", re.IGNORECASE)
ANNOUNCE = frozenset({"announce", "declare", "notify", "proclaim", "communicate"})
INTENT = frozenset({
    "would", "will", "'ll", "shall", "intention", "intentions", "intend", "intends", "intended", "plan", "plans",
    "planned", "threaten", "threatens", "threatened", "consider", "considering", "may", "might", "could", "whether",
})  # fmt: skip
# "revoked its notification of withdrawal", "voted to repeal the law on leaving the Court": undone, not given
UNDOING = ("revok", "rescind", "revers", "repeal", "annul", "abandon", "undo", "scrap", "overturn", "cancel", "halt")
PRONOUN_EFFECT = re.compile(
    r"\b(?:it|this|the (?:notification|notice|instrument))\s+(?:becomes|became|will become|shall become|takes|took|will take|shall take)"
    r"\s+(?:effect|effective)\b"
)
DEBATED = frozenset({
    "vote", "bill", "debate", "motion", "referendum", "proposal", "draft", "legislation", "approve", "pass", "adopt", "endorse",
})  # fmt: skip
DENIAL = frozenset({"no", "not", "n't", "never", "yet", "without", "nor"})  # "no instrument had been deposited"
HISTORY = re.compile(r"\b(?:since|as)\s+(?:a\s+)?state party\b|\bstate party since\b", re.IGNORECASE)


class Membership(EventComponent):
    """`membership_change` events."""

    name = "events.membership"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        lex = lexicon()
        extra = lex.get("r7_decisions", {}).get("membership_phrases", {})
        self.lex = {**lex["membership"], "phrases": {**lex["membership"]["phrases"], **extra}}
        self.cue = re.compile("|".join(f"(?:{p})" for p in self.lex["phrases"]))
        super().__call__(ctx)

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        low = f.lower
        if not TREATY.search(low) and not MEMBERSHIP_CUE.search(low) and not self.cue.search(low):
            return  # "the notification was lodged with the United Nations", "ceased to be a party"
        listed = self._listed(f)
        for state, action, pos in listed:
            d = next(((x.value, x.end_value) for x in ctx.dates_in(pos, pos + 45) if x.value), (None, None))
            self.emit(ctx, f, "membership_change", {"state": [state]}, {"action": action}, 0.8, date=d)
        if listed:
            return
        # every act the sentence tells: "Burundi's withdrawal became effective on 27 October 2017, and the
        # Philippines deposited a notice of withdrawal in March"
        found: list[tuple[list[str], str, Token, float, bool]] = []
        weak: set[int] = set()
        covered: set[int] = set()  # "the withdrawal ... became effective": the noun is that act, not a notice
        for phrase, action in self.lex["phrases"].items():
            for hit in re.finditer(phrase, low):
                tok = f.token_at(f.sent.start_char + hit.start())
                end = f.sent.start_char + hit.end() - 1  # the token the phrase ends in (a headline has no stop after it)
                last = next((t for t in reversed(f.tokens) if t.idx <= end), None)
                if tok is None or last is None:
                    continue
                if action == "accession" and re.search(r"\bratif", low):
                    action = "ratification"
                if self._unreal(f, tok, action, last) or self._denied(f, tok, action, hit.group()):
                    continue
                if action == "withdrawal_effective":
                    covered.update(range(tok.i, last.i + 1))
                if action == "withdrawal_notice" and re.match(r"(?:leav|left|quit|exit)", hit.group()):
                    weak.add(last.i)  # "to leave the Court": the act of leaving, told by another phrase too
                entry = "into force" in phrase  # "the Statute entered into force for Ukraine on 1 January"
                state = f.after_cue(" for ", STATE, start=hit.start()) if entry else self._state(f, tok)
                if state:
                    found.append((state, action, last, 0.85, entry or "state party" in phrase or "member" in phrase))
        if not HISTORY.search(low):
            for tok in f.tokens:
                action = self._act(f, tok)
                if action is not None and tok.i not in covered and not self._unreal(f, tok, action):
                    state = self._state(f, tok)
                    if state:
                        found.append((state, action, tok, 0.75, False))
        if not found:
            found += self._pronoun_effect(ctx, f)
        effective = {s for states, action, _, _, _ in found if action == "withdrawal_effective" for s in states}
        found = [  # "became the first country to leave the ICC when its withdrawal took effect": one act
            x for x in found if not (x[1] == "withdrawal_notice" and x[2].i in weak and set(x[0]) <= effective)
        ]
        joined = {s for states, _, _, _, becoming in found if not becoming for s in states}
        # "which deposited its instrument in October 2024, became a State Party on 1 January 2025": two dates, two acts
        fresh = {anc.i for _, _, anc, _, becoming in found if becoming and self._own_date(ctx, f, anc)}
        found = [(st, a, anc, c, becoming and anc.i not in fresh) for st, a, anc, c, becoming in found]
        done: set[tuple[str, str]] = set()
        for states, action, anchor, conf, becoming in sorted(found, key=lambda x: x[2].i):
            states = [s for s in states if (s, action) not in done or anchor.i in fresh]
            if becoming:  # "deposited its instrument ... and will become the 124th State Party": one act
                states = [s for s in states if s not in joined]
            if not states:
                continue
            done.update((s, action) for s in states)
            dates = [d for d in ctx.dates_in(anchor.idx, f.sent.end_char) if d.value]
            if len(states) > 1 and len(dates) >= len(states) and re.search(r"\brespectively\b|\band\b", low):
                # "In October and November 2016, South Africa and the Gambia announced ...": one act per state
                before = [d for d in ctx.dates_in(f.sent.start_char, anchor.idx) if d.value]
                pick = before if len(before) == len(states) else dates[: len(states)]
                for st, d in zip(states, pick, strict=False):
                    self.emit(
                        ctx,
                        f,
                        "membership_change",
                        {"state": [st]},
                        {"action": action},
                        conf,
                        date=(d.value, d.end_value),
                    )
                continue
            if len(states) > 1:
                before = [d for d in ctx.dates_in(f.sent.start_char, anchor.idx) if d.value]
                if len(before) == len(states):
                    for st, d in zip(states, before, strict=False):
                        self.emit(
                            ctx,
                            f,
                            "membership_change",
                            {"state": [st]},
                            {"action": action},
                            conf,
                            date=(d.value, d.end_value),
                        )
                    continue
            told = [st for st in states if self._told_before(ctx, f, anchor, st, action)]
            for st in told:  # "left the tribunal in March 2019 ... The withdrawal became effective on 17 March 2019"
                self._refine(ctx, f, anchor, st, action)
            states = [st for st in states if st not in told]
            if len(states) > 1 and action != "withdrawal_effective" and (JOINT.search(low) or self._declared_together(anchor)):
                # "A, B and C declared that they would leave the Court": one act, told with one date
                date = self._year_ago(ctx, f, anchor)
                self.emit(ctx, f, "membership_change", {"state": states}, {"action": action}, conf, anchor=anchor, date=date)
                continue
            for st in states:
                date = self._year_later(ctx, f, anchor, st) if action == "withdrawal_effective" else None
                date = date or self._year_ago(ctx, f, anchor) or self._effective(ctx, f, anchor)
                if action == "withdrawal_notice":  # "ceased to be a party on Tuesday, a year after it notified ..."
                    date = self._year_before(ctx, f, anchor, st) or date
                self.emit(
                    ctx, f, "membership_change", {"state": [st]}, {"action": action}, conf, anchor=anchor, date=date
                )

    @staticmethod
    def _declared_together(anchor: Token) -> bool:
        """ "Burkina Faso, Mali and Niger announced their withdrawal": one declaration by all (each State's
        notification to the Secretary-General is its own act: "notified the UN of their withdrawal")."""
        if any(a.lemma_.lower() in ("decision", "announcement", "communiqué", "declaration") for a in anchor.ancestors):
            return True  # "the decision of Burkina Faso, Mali and Niger to withdraw": one decision
        verb = next((a for a in anchor.ancestors if a.pos_ == "VERB"), None)
        return (
            verb is not None
            and verb.lemma_.lower() in ("announce", "declare", "proclaim")
            and any(t.lower_ == "their" for t in verb.subtree)
        )

    def _pronoun_effect(self, ctx: DocContext, f: Finder) -> list[tuple[list[str], str, Token, float, bool]]:
        """ "The notification was deposited on 2 June 2025. Under article 127, it becomes effective one year
        later.": the withdrawal whose notice was just told takes effect."""
        m = PRONOUN_EFFECT.search(f.lower)
        tok = f.token_at(f.sent.start_char + m.start()) if m else None
        if tok is None:
            return []
        notice = next(
            (
                e
                for e in reversed(ctx.events)
                if e.type == "membership_change"
                and e.attributes.get("action") == "withdrawal_notice"
                and e.evidence
                and e.evidence[0][0] < f.sent.start_char
            ),
            None,
        )
        prev = f.doc[f.sent.start - 1].sent if f.sent.start > 0 else None
        if notice is None or prev is None or not re.search(r"\bnotif|\bnotice\b|\bwithdr", prev.text.lower()):
            return []  # "it" is the withdrawal just told
        own = [d for d in ctx.dates_in(tok.idx, f.sent.end_char) if d.value]
        told = [d.value for d in ctx.dates_in(prev.start_char, prev.end_char) if d.value and len(d.value) == 10]
        date = (own[0].value, own[0].end_value) if own else None
        if told and re.search(r"\b(?:one|a) year (?:later|after)", f.lower):
            date = (str(int(told[-1][:4]) + 1) + told[-1][4:], None)  # article 127: a year after the notice
        self.emit(ctx, f, "membership_change", {"state": list(notice.roles["state"])},
                  {"action": "withdrawal_effective"}, 0.75, anchor=tok, date=date)
        return []

    @staticmethod
    def _told_before(ctx: DocContext, f: Finder, anchor: Token, state: str, action: str) -> bool:
        """ "Hungary notified its withdrawal on 2 June ... Budapest's decision to leave the court came after
        it hosted Netanyahu in April": the act told again as a noun phrase, not a second act on another day."""
        nominal = anchor.pos_ == "NOUN" or (anchor.dep_ in ("acl", "xcomp") and anchor.head.pos_ == "NOUN") or any(
            t.pos_ == "NOUN" and t.lemma_ in ("decision", "move", "plan", "bid", "intention", "choice") and t.i < anchor.i
            for t in f.tokens
        )
        return nominal and any(
            e.type == "membership_change"
            and e.date
            and state in e.roles.get("state", [])
            and e.attributes.get("action") == action
            and e.evidence
            and e.evidence[0][0] < f.sent.start_char
            for e in ctx.events
        )

    @staticmethod
    def _year_before(ctx: DocContext, f: Finder, anchor: Token, state: str) -> tuple[str | None, str | None] | None:
        """The notice told "a year after" which the withdrawal took effect (article 127): a year before that day."""
        lead = f.sent.text[max(0, anchor.idx - f.sent.start_char - 60) : anchor.idx - f.sent.start_char].lower()
        if not re.search(r"\b(?:one|a) year (?:after|since)\b", lead):
            return None
        took = next(
            (
                e.date
                for e in reversed(ctx.events)
                if e.type == "membership_change"
                and e.attributes.get("action") == "withdrawal_effective"
                and state in e.roles.get("state", [])
                and e.date
                and e.evidence
                and e.evidence[0][0] >= f.sent.start_char
            ),
            None,
        )
        if took is None or not re.match(r"\d{4}", took):
            return None
        return str(int(took[:4]) - 1) + took[4:], None

    @staticmethod
    def _refine(ctx: DocContext, f: Finder, anchor: Token, state: str, action: str) -> None:
        """The act told again with a fuller date ("in March 2019" then "on 17 March 2019"): the earlier event
        takes the fuller one."""
        own = [d.value for d in ctx.dates_in(anchor.idx, f.sent.end_char) if d.value]
        if not own or len(own[0]) != 10:
            return
        for e in ctx.events:
            if (
                e.type == "membership_change"
                and state in e.roles.get("state", [])
                and e.attributes.get("action") == action
                and e.date
                and len(e.date) < 10
                and own[0].startswith(e.date)
            ):
                e.date = own[0]

    @staticmethod
    def _year_ago(ctx: DocContext, f: Finder, anchor: Token) -> tuple[str | None, str | None] | None:
        """ "notified to the Secretary-General exactly one year ago": a year before the document's date."""
        rest = f.sent.text[anchor.idx - f.sent.start_char : anchor.idx - f.sent.start_char + 80].lower()
        day = ctx.document.date or ""
        if not re.search(r"\b(?:one|a) year ago\b", rest) or not re.match(r"\d{4}", day):
            return None
        return str(int(day[:4]) - 1) + day[4:], None

    @staticmethod
    def _year_later(ctx: DocContext, f: Finder, anchor: Token, state: str) -> tuple[str | None, str | None] | None:
        """ "the withdrawal took effect one year later": a year after the notice told before (article 127)."""
        rest = f.sent.text[anchor.idx - f.sent.start_char : anchor.idx - f.sent.start_char + 60].lower()
        if not re.search(r"\b(?:one|a) year (?:later|after)", rest):
            return None
        notice = next(
            (
                e
                for e in reversed(ctx.events)
                if e.type == "membership_change"
                and e.attributes.get("action") == "withdrawal_notice"
                and state in e.roles.get("state", [])
                and e.date
            ),
            None,
        )
        if notice is None or not re.match(r"\d{4}", notice.date):
            return None
        return str(int(notice.date[:4]) + 1) + notice.date[4:], None

    @staticmethod
    def _effective(ctx: DocContext, f: Finder, anchor: Token) -> tuple[str | None, str | None] | None:
        """ "the accession of Ukraine, effective 1 January 2025", "with effect from 27 October 2017": that day."""
        rest = f.sent.text[anchor.idx - f.sent.start_char : anchor.idx - f.sent.start_char + 120]
        party = "" if re.search(r"\b(?:deposit|lodg|submitt|hand)", f.lower) else r"|state party(?: to the [\w ]{3,40}?)? (?:on|from|as of)"
        m = re.search(  # "the accession of Ukraine, which will become the 125th State Party on 1 January 2025"; not the deposit's day
            r"\b(?:effective(?: as of| from| on)?|with effect (?:from|as of)" + party + r")\s+", rest, re.IGNORECASE
        )
        if m is None:
            return None
        at = anchor.idx + m.end()
        got = [d for d in ctx.dates_in(at, at + 25) if d.value]
        return (got[0].value, got[0].end_value) if got else None

    @staticmethod
    def _own_date(ctx: DocContext, f: Finder, anchor: Token) -> bool:
        """A full date right after "became a State Party" ("on 1 January 2025"): its own act, not the deposit retold."""
        end = anchor.idx + len(anchor.text)
        verb = next((t for t in f.doc[max(f.sent.start, anchor.i - 6) : anchor.i + 1] if t.lemma_ == "become"), None)
        if verb is None or verb.tag_ != "VBD":
            return False  # "deposited its instrument ... and will become the 124th State Party on 1 February": one act
        own = [d for d in ctx.dates_in(end, min(f.sent.end_char, end + 30)) if d.value]
        before = {d.value for d in ctx.dates_in(f.sent.start_char, anchor.idx) if d.value}
        return bool(own) and own[0].value not in before

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
        if action == "withdrawal_notice":  # "revoked its notification of withdrawal": undone, not given
            return any(w in INTENT or w.startswith(UNDOING) for w in before)
        if action == "withdrawal_effective" and tok.pos_ in ("VERB", "AUX") and tok.lower_ in ("quit", "left", "exited"):
            # "Burundi quit the court in 2017" is done; "threatened to quit the court", "could quit" is not
            if any(c.dep_ == "aux" for c in tok.children) or tok.dep_ in ("xcomp", "ccomp") and tok.tag_ == "VB":
                return True
            if any(w in INTENT or w == "to" for w in before[-2:]):
                return True
        if action == "withdrawal_effective":
            span = [t.lower_ for t in f.doc[tok.i : (last or tok).i]]
            if any(w in ("will", "would", "shall") for w in span) and not any(
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
                return None
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
                owner = Membership._named_owner_above(f, v)
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
            got = [i for c in v.children if c.dep_ == "dobj" and Membership._state_named(f, c) for i in f.resolve(c, STATE)]
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
        near = f.idx.before(f.sent.start_char, STATE, window=400)  # "Burundi ... The withdrawal, which ..."
        definite = tok.lemma_ == "notify" or any(c.lower_ == "the" for c in tok.children)
        # "the instrument of ratification was lodged with the Secretary-General": the state just told
        return [near] if near and definite and tok.lemma_ in ("withdrawal", "notify", "instrument") else []

    @staticmethod
    def _listed(f: Finder) -> list[tuple[str, str, int]]:
        """ "... joined the Rome Statute during the year: Grenada (accession, 19 May 2011), ..." """
        out: list[tuple[str, str, int]] = []
        if "(" not in f.lower or not LISTED_CUE.search(f.lower):
            return out
        for m in re.finditer(
            r"(\w[\w .'-]{1,40}?)\s*\((accession|ratification|signature|withdrawal)[,;]?\s*([^)]{0,40})\)", f.sent.text
        ):
            tok = f.token_at(f.sent.start_char + m.start(1))
            ids = f.list_from(tok.i, STATE, skip=1) if tok is not None else []
            if ids:
                action = {"withdrawal": "withdrawal_notice"}.get(m.group(2), m.group(2))
                out.append((ids[0], action, f.sent.start_char + m.start(3)))
        return out

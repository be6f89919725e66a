"""Judicial events: arrest warrants, findings of non-cooperation, visits of persons the Court seeks.

"Pre-Trial Chamber I issued a warrant for the arrest of X for war crimes" (issued), "the
Prosecutor applied for warrants against two commanders" (requested), "was surrendered to the
Court" (executed); "the Chamber found that Country A failed to comply with its obligations ...
and referred the matter to the Assembly"; "Mr B travelled to C and D without being arrested".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Event
from .base import Finder, lexicon, uniq
from .decision_named import named_resolutions
from .decision_retold import settle_decisions
from .findings import COURTS, FINDING, HYPOTHETICAL, JUDGE_ORGANS, NONCOOP, PERSON, REFERRAL, Findings, state_referred
from .visit_hosts import TRIP_WORDS, phrasal_trip
from .visits import ARRESTED, FAILED_ARREST, HOST_VERBS, NOT_ARRESTED, PRESENCE, Visits
from .warrant_args import SEEK_VERBS, WarrantArgs, crimes_in
from .warrant_nouns import UNDATED, WarrantNouns

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

ORDINALS = frozenset({"first", "second", "third", "fourth", "further", "another", "new", "additional"})
ORDER_VERBS = frozenset({"order", "authorise", "authorize"})
HANDOVER_VERBS = frozenset({"surrender", "transfer", "hand", "extradite"})
# "was arrested in Manila and flown to The Hague": taken into the Court's custody, told without "surrender"
TAKEN_VERBS = frozenset({"arrest", "detain", "fly", "bring", "send", "take"})
WARRANT_WORDS = frozenset({"warrant", *ORDER_VERBS, *SEEK_VERBS, *HANDOVER_VERBS, *TAKEN_VERBS})  # ``Justice.sentence``
TO_THE_COURT = re.compile(
    r"\b(?:to|in|at) (?:the hague|the icc|the international criminal court)\b(?! (?:prosecutor|judges?|office)\b)"
    r"|\bon (?:an? |the )?(?:icc|international criminal court)(?:'s|\u2019s)? (?:arrest )?warrants?\b"
    r"|\binto (?:the )?(?:icc|court|international criminal court)(?:'s|\u2019s)? custody\b"
    r"|\binto the custody of the (?:icc|court|international criminal court)\b",
    re.IGNORECASE,
)


#: words that point at a warrant in force without telling its issuing (r8 gaps)
REFERRED = re.compile(
    r"\b(?:despite|in spite of|notwithstanding|in defiance of|subject (?:of|to)|fac(?:es|ing|ed)|named in|outstanding|"
    r"wanted|pending|under (?:an? |the )?(?:icc |international )?(?:arrest )?warrant)\b",
    re.IGNORECASE,
)

#: (r10) "X, the former president charged with genocide in 2010": a warrant told as the charge
CHARGED = re.compile(r"\b(?:charged|indicted)\b[^.]{0,40}\b(?:genocide|war crimes?|crimes? against humanity|aggression)\b", re.IGNORECASE)
#: a sentence that may tell the issuing its parse missed ("ICC issues arrest warrant for Putin", a headline)
#: (r11) the Court's formula naming whom its warrants are for: "reasonable grounds to suspect X and Y"
GROUNDS = re.compile(r"\breasonable grounds\W{0,3}\s*(?:to (?:suspect|believe)|for believing)\b", re.IGNORECASE)
ISSUING = re.compile(r"\b(?:issu\w*|grant\w*|approv\w*|unseal\w*)\b", re.IGNORECASE)


def bracketed(f: Finder, tok: Token) -> bool:
    """(r12) "charged him with genocide [warrant, PDF; JURIST report]": a link's label in square brackets."""
    before = f.text[: tok.idx - f.sent.start_char]
    return before.rfind("[") > before.rfind("]")


def counterfactual(tok: Token) -> bool:
    """(r12) "he would have been arrested and handed over to the Court": what did not happen."""
    own = [*tok.children, *(tok.head.children if tok.dep_ == "conj" else [])]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("would", "could", "might", "should") for c in own)


def charging_court(f: Finder, tok: Token) -> list[str]:
    """(r12) The Court that brings the charges of "the ICC charged X with genocide" (its subject), or of
    "the Court, which charged him with ..." (the noun the clause hangs on): a judicial organ's charges are its
    warrant; a national prosecutor's are not."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ not in ("which", "that", "who"):
        got = f.resolve(subj, COURTS)
    elif tok.dep_ == "relcl":
        got = f.resolve(tok.head, COURTS)
    else:
        return []
    return [i for i in got if i.startswith(JUDGE_ORGANS)]


class Justice(WarrantNouns, WarrantArgs, Findings, Visits):
    """`arrest_warrant`, `non_cooperation_finding` and `fugitive_visit` events."""

    name = "events.justice"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        self.lex = lexicon()
        self.refs: list[Event] = []
        self.pending: list[tuple[Finder, Token | None, list[str], list[str]]] = []
        super().__call__(ctx)
        sought = {p for ev in ctx.events if ev.type == "arrest_warrant" for p in ev.roles.get("subject", [])}
        self._settle(ctx)  # after ``sought``: a warrant referred to still tells whom the Court seeks
        settle_decisions(ctx)  # (r12) a ruling told again, or told as the finding or warrant it made
        named_resolutions(ctx)  # (r12) "Security Council Resolution 1593, whereby ...": the decision adopting it
        wanted = self.wanted(ctx) if self.pending else {}
        for f, tok, subj, hosts in self.pending:
            lo, hi = f.sent.start_char - 400, f.sent.end_char  # "X is subject to an ICC warrant. He arrived in Y"
            if set(subj) & sought or any(lo <= at <= hi for p in subj for at in wanted.get(p, [])):
                arrested = bool(ARRESTED.search(f.text)) and not NOT_ARRESTED.search(f.text)
                roles = {"subject": subj, "host": hosts}
                ev = self.emit(ctx, f, "fugitive_visit", roles, {"arrested": arrested}, 0.6, anchor=tok)
                self.undated_since(ctx, tok, ev)

    def _settle(self, ctx: DocContext) -> None:
        """After the document: a warrant only referred to goes when the text tells that warrant elsewhere,
        or when its words only point at it ("X, who is subject to an ICC warrant", "despite an ICC arrest
        warrant against him", "denounced his arrest warrant"): no act of issuing is told, and the date it
        would take is the document's.
        An executed warrant takes the issuer of the issued one."""
        refs = {id(e) for e in self.refs}
        told = [e for e in ctx.events if e.type == "arrest_warrant" and id(e) not in refs]
        named = {p for e in told for p in e.roles.get("subject", [])}
        text = ctx.document.text
        ctx.events[:] = [
            e
            for e in ctx.events
            if id(e) not in refs
            or not (
                set(e.roles.get("subject", [])) <= named
                or any(REFERRED.search(text, a, b) or not ISSUING.search(text, a, b) for a, b in e.evidence)
            )
        ]
        self._fold_retold(ctx)
        told = [e for e in ctx.events if e.type == "arrest_warrant" and id(e) not in refs]
        chambers = {  # the chamber that issued each person's warrant, where the text names it
            p: i
            for e in told
            if e.attributes.get("status") in ("issued", "executed", "withdrawn")
            for i in e.roles.get("issuer", [])
            if i.startswith(("court:pre-trial", "court:trial", "court:appeals"))
            for p in e.roles.get("subject", [])
        }
        for ev in told:
            subj = ev.roles.get("subject", [])
            generic = ev.roles.get("issuer") and all(i in ("court:icc", "court:judges") for i in ev.roles["issuer"])
            if generic and subj and all(p in chambers for p in subj):
                ev.roles["issuer"] = uniq(chambers[p] for p in subj)  # "the ICC judges issued": its chamber did
            elif generic:  # "ICC judges issue warrants ... Today, Pre-Trial Chamber II issued": the one named
                a, b = ev.evidence[0]
                named = uniq(
                    m.entity_id
                    for m in ctx.mentions_in(a, b)
                    if m.entity_id.startswith(("court:pre-trial", "court:trial", "court:appeals"))
                )
                if not named:  # "Judges of Pre-Trial Chamber I said ... Bashir": the one chamber said about them
                    named = self._chamber_about(ctx, subj)
                if len(named) == 1:
                    ev.roles["issuer"] = named
            if ev.attributes.get("status") == "executed" and not ev.roles.get("issuer"):
                src = next(
                    (
                        e
                        for e in told
                        if e.attributes.get("status") == "issued"
                        and set(e.roles.get("subject", [])) & set(ev.roles.get("subject", []))
                        and any(i.startswith(JUDGE_ORGANS) and i != "court:icc" for i in e.roles.get("issuer", []))
                    ),
                    None,
                )
                if src is not None:
                    ev.roles["issuer"] = [i for i in src.roles["issuer"] if i.startswith(JUDGE_ORGANS)][:1]

    @staticmethod
    def _fold_retold(ctx: DocContext) -> None:
        """(r11) "The ICC issued an arrest warrant against X in November. ... since the court issued arrest
        warrants for him and his former defence minister, Y, on 21 November": one issuing told twice, the
        second time with more people; the shorter telling folds into the fuller one."""
        issued = [e for e in ctx.events if e.type == "arrest_warrant" and e.attributes.get("status") == "issued"]
        gone: set[int] = set()
        for a in issued:
            sa = set(a.roles.get("subject", []))
            for b in issued:
                sb = set(b.roles.get("subject", []))
                if a is b or id(b) in gone or not sa or not sa < sb:
                    continue
                generic = {"court:icc", "court:judges"}  # "the court issued": the chamber the other telling names
                ia, ib = set(a.roles.get("issuer", [])) - generic, set(b.roles.get("issuer", [])) - generic
                if ia and ib and not (ia <= ib or ib <= ia):
                    continue
                da, db = a.date or "", b.date or ""
                if da and db and not (da.startswith(db) or db.startswith(da)):
                    continue  # "a first warrant in 2009 ... a second in 2010": two acts
                b.evidence = sorted({*b.evidence, *a.evidence})
                b.roles["issuer"] = uniq([*b.roles.get("issuer", [])] or [*a.roles.get("issuer", [])])
                if len(da) > len(db):
                    b.date = a.date
                gone.add(id(a))
                break
        ctx.events[:] = [e for e in ctx.events if id(e) not in gone]

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        text = f.text
        seen_warrant = False
        surrendered = False
        warranty = re.search(r"\bwarrants?\b", text, re.IGNORECASE) or any(
            e.type == "arrest_warrant" for e in ctx.events
        )
        applied = self.application(ctx, f) if warranty else None
        national = "absentia" in f.lower  # a national court's warrant in absentia is a reprisal, not the ICC's
        for tok in f.having(WARRANT_WORDS):  # (speed) every test below reads one of those lists
            lem = tok.lemma_.lower()
            if (
                not national
                and lem == "warrant"
                and tok.pos_ == "NOUN"
                and not bracketed(f, tok)
                and (not seen_warrant or any(c.lower_ in ORDINALS for c in tok.children))
            ):
                seen_warrant = self.warrant(ctx, f, tok, undated=applied) or seen_warrant
            elif (lem in ORDER_VERBS or lem in SEEK_VERBS) and tok.pos_ == "VERB" and not seen_warrant and not national:
                seen_warrant = self.ordered(ctx, f, tok)
            elif (
                (lem in HANDOVER_VERBS or (lem in TAKEN_VERBS and TO_THE_COURT.search(text)))
                and tok.pos_ == "VERB"
                and (lem != "hand" or any(c.lower_ == "over" for c in tok.children))
                and tok.tag_ in ("VBD", "VBN", "VBZ", "VBP")  # told as done: not "failed to surrender him"
                and not any(
                    c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "never", "to") for c in tok.children
                )
                and not counterfactual(tok)
                and re.search(r"\b(icc|court|the hague)\b", text, re.IGNORECASE)
                and not surrendered
            ):
                # "X was surrendered to the Court", "arrested and handed over to the ICC", "Germany surrendered X"
                subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")), None)
                if subj is None and tok.dep_ == "conj":  # (r10) "X surrendered in 2015 and was handed over"
                    subj = next((c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
                if subj is None and lem == "surrender" and any(
                    c.dep_ == "prep" and c.lower_ == "to" and f.prep_objects(tok, ("to",), COURTS) for c in tok.children
                ):
                    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # "X surrendered to the Court"
                kin = subj is not None and any(c.dep_ == "poss" for c in subj.children) and f.idx.mention(subj) is None
                if subj is not None and not kin:  # not "her father was taken to The Hague": his, not hers
                    who = f.resolve(subj, PERSON) or self._person_before(f, tok)
                    who = [w for w in who if f.idx.kind(w) == "person"]
                    if who:  # executed: the organ that issued the warrant, when the sentence names it
                        organs = [m for m in f.mentions(COURTS) if m.startswith(JUDGE_ORGANS) and m != "court:icc"]
                        roles = {"subject": who, "issuer": organs[:1]}
                        self.emit(ctx, f, "arrest_warrant", roles, {"status": "executed"}, 0.7, anchor=tok)
                        surrendered = True
        grounds = GROUNDS.search(text)
        if grounds:
            self._grounds(ctx, f, f.sent.start_char + grounds.end())
        if not seen_warrant and not national and CHARGED.search(text):
            self.charged(ctx, f)
        fv = self.lex["fugitive_visit"]
        trips = {*fv["verbs"], *fv["nouns"], *HOST_VERBS, *TRIP_WORDS}  # (speed) a trigger is one of these lemmas
        for tok in f.having(trips):
            lem = tok.lemma_.lower()
            if lem not in trips:
                continue
            trigger = (tok.pos_ == "VERB" and (lem in fv["verbs"] or lem in HOST_VERBS or lem == "roll")) or (
                tok.pos_ == "NOUN" and lem in fv["nouns"]
            ) or phrasal_trip(tok)
            if trigger and self.visit(ctx, f, tok):
                # "flew to Chad in July and later went to Kenya": each coordinated journey is its own visit
                for conj in [*tok.conjuncts, *(c for c in tok.children if c.dep_ == "advcl")]:
                    if conj.i > tok.i and conj.pos_ == "VERB" and conj.lemma_.lower() in fv["verbs"]:
                        self.visit(ctx, f, conj)
                # (r10) "including a September visit to Mongolia and an October trip to Tajikistan": each its own
                for t in f.doc[tok.i + 1 : f.sent.end]:
                    if t.pos_ == "NOUN" and t.lemma_.lower() in fv["nouns"] and self._listed_trip(t) is not None:
                        self.visit(ctx, f, t)
                break
        else:
            if FAILED_ARREST.search(text) and PRESENCE.search(text):
                self.failed_visit(ctx, f)
        if FINDING.search(text) and (NONCOOP.search(text) or state_referred(f)) and not HYPOTHETICAL.search(text):
            self.noncooperation(ctx, f)
        elif REFERRAL.search(text) and not HYPOTHETICAL.search(text):
            self.referral_after(ctx, f)

    @staticmethod
    def _grounds(ctx: DocContext, f: Finder, start: int) -> None:
        """(r11) "The Court issued warrants for two leaders of the group. Judges said there were reasonable
        grounds to suspect X and Y ...": the people the formula names are the ones the warrant left unnamed."""
        ev = next((e for e in reversed(ctx.events) if e.type == "arrest_warrant"), None)
        if ev is None or ev.roles.get("subject") or not ev.evidence or f.sent.start_char - ev.evidence[-1][1] > 400:
            return
        people = [m for m in f.mentions(PERSON, start=start)]
        if people:
            ev.roles["subject"] = uniq(people)[:4]

    def charged(self, ctx: DocContext, f: Finder) -> None:
        """(r10) "Omar al-Bashir, the former Sudanese president charged with genocide in 2010, visited ...",
        "X, indicted by the ICC for war crimes": in a text about the Court, the warrant that charged them."""
        if "court:icc" not in ctx.entities:
            return
        for tok in f.tokens:
            if tok.lemma_.lower() not in ("charge", "indict") or tok.tag_ not in ("VBN", "VBD"):
                continue
            crimes = crimes_in(" ".join(t.text for t in tok.subtree))
            if not crimes:
                continue
            court = charging_court(f, tok)
            if tok.dep_ not in ("acl", "relcl") and not court:
                continue
            head = tok.head
            if court:  # (r12) "the ICC charged al-Bashir with genocide", "the Court, which charged him with ..."
                who = [i for c in tok.children if c.dep_ == "dobj" for i in f.resolve(c, PERSON)]
            else:
                who = f.resolve(head, PERSON) or (f.resolve(head.head, PERSON) if head.dep_ == "appos" else [])
            if not who:
                continue
            sub = sorted(tok.subtree, key=lambda t: t.i)
            own = [d for d in ctx.dates_in(sub[0].idx, sub[-1].idx + len(sub[-1].text)) if d.value]
            date = (own[0].value, own[0].end_value) if own else (None, None)
            roles = {"issuer": court or ["court:icc"], "subject": who}
            if court and not own:
                date = None  # "Back in 2012 the former minister was named in a case by the Court, which charged her over ..."
            ev = self.emit(ctx, f, "arrest_warrant", roles, {"status": "issued", "crimes": crimes}, 0.6, anchor=tok, date=date)
            if ev is not None and not ev.date:
                ctx.notes.setdefault(UNDATED, set()).add(id(ev))
            return

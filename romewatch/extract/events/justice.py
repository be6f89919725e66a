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
from .findings import COURTS, FINDING, HYPOTHETICAL, JUDGE_ORGANS, LATER, NONCOOP, PERSON, REFERRAL, Findings
from .visit_hosts import TRIP_WORDS, phrasal_trip
from .visits import ARRESTED, FAILED_ARREST, HOST_VERBS, NOT_ARRESTED, PRESENCE, Visits
from .warrant_args import ISSUE_VERBS, SEEK_VERBS, WarrantArgs, crimes_in

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

ORDINALS = frozenset({"first", "second", "third", "fourth", "further", "another", "new", "additional"})
ORDER_VERBS = frozenset({"order", "authorise", "authorize"})
EXECUTED = frozenset({"arrest", "detain", "execute", "surrender", "transfer", "extradite", "apprehend"})
HANDOVER_VERBS = frozenset({"surrender", "transfer", "hand", "extradite"})
# "was arrested in Manila and flown to The Hague": taken into the Court's custody, told without "surrender"
TAKEN_VERBS = frozenset({"arrest", "detain", "fly", "bring", "send", "take"})
TO_THE_COURT = re.compile(
    r"\b(?:to|in|at) (?:the hague|the icc|the international criminal court)\b(?! (?:prosecutor|judges?|office)\b)"
    r"|\bon (?:an? |the )?(?:icc|international criminal court)(?:'s|\u2019s)? (?:arrest )?warrants?\b"
    r"|\binto (?:the )?(?:icc|court|international criminal court)(?:'s|\u2019s)? custody\b"
    r"|\binto the custody of the (?:icc|court|international criminal court)\b",
    re.IGNORECASE,
)
REFUSED = frozenset({"refuse", "decline", "reject", "deny", "fail", "dismiss"})  # "refused to withdraw the warrants"
ASKED_FOR = frozenset({
    "request", "application", "motion", "bid", "attempt", "call", "demand", "petition", "appeal", "ask", "seek", "urge",
    "apply", "want", "push", "press",
})  # fmt: skip


#: words that point at a warrant in force without telling its issuing (r8 gaps)
REFERRED = re.compile(
    r"\b(?:despite|in spite of|notwithstanding|in defiance of|subject (?:of|to)|fac(?:es|ing|ed)|named in|outstanding|"
    r"wanted|pending|under (?:an? |the )?(?:icc |international )?(?:arrest )?warrant)\b",
    re.IGNORECASE,
)

#: (r10) "X, the former president charged with genocide in 2010": a warrant told as the charge
CHARGED = re.compile(r"\b(?:charged|indicted)\b[^.]{0,40}\b(?:genocide|war crimes?|crimes? against humanity|aggression)\b", re.IGNORECASE)
UNDATED = "events.undated"  # ids of events no later step may date (``dating_carry``)
#: a sentence that may tell the issuing its parse missed ("ICC issues arrest warrant for Putin", a headline)
ISSUING = re.compile(r"\b(?:issu\w*|grant\w*|approv\w*|unseal\w*)\b", re.IGNORECASE)


class Justice(WarrantArgs, Findings, Visits):
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

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        text = f.text
        seen_warrant = False
        surrendered = False
        warranty = re.search(r"\bwarrants?\b", text, re.IGNORECASE) or any(
            e.type == "arrest_warrant" for e in ctx.events
        )
        applied = self.application(ctx, f) if warranty else None
        national = "absentia" in f.lower  # a national court's warrant in absentia is a reprisal, not the ICC's
        for tok in f.tokens:
            lem = tok.lemma_.lower()
            if (
                not national
                and lem == "warrant"
                and tok.pos_ == "NOUN"
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
        if not seen_warrant and not national and CHARGED.search(text):
            self.charged(ctx, f)
        fv = self.lex["fugitive_visit"]
        trips = {*fv["verbs"], *fv["nouns"], *HOST_VERBS, *TRIP_WORDS}  # (speed) a trigger is one of these lemmas
        for tok in f.tokens:
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
        if NONCOOP.search(text) and FINDING.search(text) and not HYPOTHETICAL.search(text):
            self.noncooperation(ctx, f)
        elif REFERRAL.search(text) and not HYPOTHETICAL.search(text):
            self.referral_after(ctx, f)

    def charged(self, ctx: DocContext, f: Finder) -> None:
        """(r10) "Omar al-Bashir, the former Sudanese president charged with genocide in 2010, visited ...",
        "X, indicted by the ICC for war crimes": in a text about the Court, the warrant that charged them."""
        if "court:icc" not in ctx.entities:
            return
        for tok in f.tokens:
            if tok.lemma_.lower() not in ("charge", "indict") or tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("acl", "relcl"):
                continue
            crimes = crimes_in(" ".join(t.text for t in tok.subtree))
            if not crimes:
                continue
            head = tok.head
            who = f.resolve(head, PERSON) or (f.resolve(head.head, PERSON) if head.dep_ == "appos" else [])
            if not who:
                continue
            sub = sorted(tok.subtree, key=lambda t: t.i)
            own = [d for d in ctx.dates_in(sub[0].idx, sub[-1].idx + len(sub[-1].text)) if d.value]
            date = (own[0].value, own[0].end_value) if own else (None, None)
            roles = {"issuer": ["court:icc"], "subject": who}
            ev = self.emit(ctx, f, "arrest_warrant", roles, {"status": "issued", "crimes": crimes}, 0.6, anchor=tok, date=date)
            if ev is not None and not ev.date:
                ctx.notes.setdefault(UNDATED, set()).add(id(ev))
            return

    # --- arrest warrants -----------------------------------------------------------------------
    def warrant(self, ctx: DocContext, f: Finder, tok: Token, undated: Token | None = None) -> bool:
        lex = self.lex["arrest_warrant"]
        gov = tok.head
        while gov.dep_ in ("prep", "pobj", "compound", "conj") and gov.head.i != gov.i:
            if gov.dep_ == "conj" and gov.pos_ == "VERB" and gov.lemma_.lower() in ISSUE_VERBS:
                break  # (r10) "Judges rejected the challenge and issued the warrants": the warrants' own verb
            gov = gov.head
        glem = gov.lemma_.lower()
        status = "issued"
        granted = glem in lex["requested_nouns"] and gov.head.lemma_.lower() in ("approve", "grant", "accept")
        if granted:  # "the judges approved the Prosecutor's request for a warrant": issued by the judges
            gov, glem = gov.head, gov.head.lemma_.lower()
        if glem in lex["withdrawn_verbs"] and gov.head.lemma_.lower() in ASKED_FOR:
            return False  # "rejected a request by Israel to withdraw the warrants": asked for, neither sought nor withdrawn
        if glem in lex["withdrawn_verbs"] and (
            any(c.dep_ == "neg" for c in gov.children)
            or (gov.dep_ in ("xcomp", "ccomp") and gov.head.lemma_.lower() in REFUSED)
        ):
            return False  # "the judges refused to withdraw the warrants", "did not revoke them": still in force
        near = [tok, *(g for c in tok.children if c.lower_ == "of" for g in c.children if g.lemma_ == "arrest")]
        made = next(
            (c for n in near for c in n.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ISSUE_VERBS),
            None,
        )
        outer = gov  # "arrested on a warrant the court had issued under seal": executed, besides issued
        asked = (
            made is None
            and gov.dep_ in ("xcomp", "ccomp")
            and gov.head.lemma_.lower() in ASKED_FOR
            and glem in ISSUE_VERBS
        )
        if asked:  # (r10) "the prosecutor asked judges in January to issue warrants against X": requested
            gov, glem = gov.head, "request"
        # (r10) "the former minister sought on a 2007 warrant": a warrant in force, not one asked for
        sought_on = glem in ("seek", "want") and tok.head.lower_ in ("on", "under")
        if made is not None:  # "pursuant to a warrant issued by Pre-Trial Chamber I on 7 March"
            gov, glem = made, made.lemma_.lower()
        elif (
            asked
            or (glem in lex["requested_verbs"] and not sought_on)
            or glem in lex["requested_nouns"]
            or (
                not granted
                and re.search(
                    r"\b(applied|application|request(ed)?|seek|sought(?! (?:on|under|in|by|over)\b))\b[^.]{0,30}warrant", f.lower
                )
            )
        ):
            status = "requested"
        elif glem in lex["withdrawn_verbs"]:
            status = "withdrawn"
        elif made is None and (
            (glem in lex["executed_verbs"] and gov.pos_ == "VERB" and gov.i != tok.i - 1)  # not "arrest warrant"
            or re.search(r"\b(surrendered|transferred to the (custody|court)|in icc custody|handed over)\b", f.lower)
        ):
            status = "executed"
            if any(c.dep_ == "neg" for c in gov.children):
                return False  # "the warrant ... has never been executed": only referred to
            if gov.tag_ in ("VB", "VBG") and (
                any(c.lower_ == "to" for c in gov.children) or NOT_ARRESTED.search(f.text)
            ):
                return False  # "without any attempt to execute the warrant": nothing was executed
        issuer: list[str] = []
        if gov.pos_ == "VERB":
            issuer = f.subject(gov, COURTS | PERSON) if not any(c.dep_ == "nsubjpass" for c in gov.children) else []
            issuer = issuer or f.prep_objects(gov, ("by",), COURTS)
        for t in tok.subtree:
            if t.lower_ == "by" and not issuer:
                issuer = f.prep_objects(t.head, ("by",), COURTS)
        if not issuer and gov.pos_ == "VERB":
            issuer = self._chamber_before(f, gov)
        if not issuer and gov.pos_ == "VERB" and status != "requested":
            issuer = self._bare_judges(f, gov)
        if not issuer and gov.pos_ == "NOUN" and status == "requested":
            owner = f.possessor(gov)  # "the Prosecutor's application for arrest warrants"
            issuer = f.resolve(owner, COURTS | PERSON) if owner is not None else []
        issuer = [
            i
            for i in issuer
            if (f.idx.kind(i) == "court" or status == "requested")
            and i not in ("court:states-parties", "court:asp", "court:asp-bureau", "court:asp-presidency")
        ]
        if not issuer and status != "executed":
            organs = [m for m in f.mentions(COURTS) if m.startswith(JUDGE_ORGANS)]
            specific = [m for m in organs if m != "court:icc"]
            issuer = (specific or organs)[:1]
        subject: list[str] = self._named_for(f, tok)
        for j in range(tok.i + 1, min(f.sent.end, tok.i + 22)):
            t = f.doc[j]
            if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG") and f.idx.mention(t) is None:
                break
            if t.lower_ in ("for", "against", "of") and j + 1 < f.sent.end:
                nxt = f.doc[j + 1]
                if nxt.lower_ in ("him", "her"):
                    continue  # read from the tree (``_named_for``)
                subject += f.resolve(nxt, PERSON) if nxt.lower_ == "them" else f.list_from(j + 1, PERSON, skip=4)
            elif t.lower_ == "and" and subject and (f.doc[j - 1].text == "," or f.idx.mention(f.doc[j - 1])):
                more, k = f.list_span(j + 1, PERSON, skip=5)  # "for A's leader, X, and its chief justice, Y"
                if more and (k >= f.sent.end or f.doc[k].pos_ not in ("VERB", "AUX") or f.doc[k].tag_ == "VBG"):
                    subject += more
        for t in f.doc[max(f.sent.start, tok.i - 4) : tok.i]:
            if (t.dep_ == "poss" or t.lower_ in ("his", "her")) and tok.i in (t.head.i, t.head.head.i):
                subject += f.resolve(t, PERSON)  # "his arrest warrant", not "his application for warrants"
        if status == "executed" and not subject:
            subj = (
                next((c for c in gov.children if c.dep_ in ("nsubjpass", "nsubj")), None)
                if gov.pos_ == "VERB"
                else None
            )
            subject = f.resolve(subj, PERSON) if subj is not None else []
        if not subject:  # "issued warrants for two individuals in the situation in Ukraine: Mr X and Ms Y"
            colon = next((t for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 20)] if t.text == ":"), None)
            end = min(len(f.doc), f.sent.end + 30)  # the list may open the next "sentence"
            subject = f.list_from(colon.i + 1, PERSON, end=end, skip=2) if colon is not None else []
        if not subject:
            subject = self._holder(f, tok)
            if subject and not self._told(tok, gov):
                return False  # "X, who is subject to an ICC warrant": a warrant referred to, not told
        subject = uniq(subject)
        if gov.pos_ == "VERB" and f.prep_objects(gov, ("by",), frozenset({"state"})):
            return False  # "arrest warrants issued by the Russian Federation against judges": a State's, not the Court's
        if not subject and made is not None and not f.mentions(PERSON):
            return False  # "twelve warrants issued by the Court remain outstanding": warrants referred to, no one named
        root = f.sent.root
        if not subject and root.lemma_ in ("arrest", "surrender", "transfer", "detain", "execute") and root.i < tok.i:
            who = next((c for c in root.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            subject = f.resolve(who, PERSON) if who is not None else []
        if not subject and (status in ("withdrawn", "executed") or made is not None) and tok.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("that", "this", "the", "these", "those") for c in tok.children
        ):  # (r10) "That warrant was withdrawn in February": the warrant last told
            prev = next(
                (e for e in reversed(ctx.events) if e.type == "arrest_warrant" and e.roles.get("subject")), None
            )
            subject = list(prev.roles["subject"]) if prev is not None else []
        if not subject and not issuer:
            return False
        if (
            not subject
            and tok.tag_ == "NNS"
            and gov.lemma_ not in ("issue", "request", "apply", "seek", "withdraw", *ISSUE_VERBS)
            and not (gov.lemma_ == "make" and any(c.lower_ == "public" for c in gov.children))  # "made public": unsealed
        ):
            return False  # "persons subject to warrants of the Court": no warrant is told
        if not subject:  # "The warrant was issued under seal on 7 March": the person the text is about
            prev = next(
                (e for e in reversed(ctx.events) if e.type == "arrest_warrant" and e.roles.get("subject")), None
            )
            subject = list(prev.roles["subject"]) if prev is not None else []
            if not subject and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                near = f.idx.before(f.sent.start_char, PERSON, window=400)  # (r10) "The court had issued the warrant"
                subject = [near] if near else []
        crimes = crimes_in(f.text)
        conf = 0.85 if subject and issuer else 0.6
        roles = {"issuer": issuer, "subject": subject}
        second = self._second(f, tok)
        if second is not None:  # "a first warrant in March 2009, for war crimes, and a second one in July"
            cut = second.idx - f.sent.start_char
            self.emit(
                ctx,
                f,
                "arrest_warrant",
                roles,
                {"status": status, "crimes": crimes_in(f.text[:cut])},
                conf,
                anchor=tok,
            )
            self.emit(
                ctx,
                f,
                "arrest_warrant",
                dict(roles),
                {"status": status, "crimes": crimes_in(f.text[cut:])},
                conf,
                anchor=second,
                region=(second.idx, f.sent.end_char),
            )
            return True
        dates = self._dates_of(ctx, tok, gov) if status in ("issued", "requested") else []
        if len(dates) > 1:  # "two warrants, issued in March 2009 and July 2010": one event per date
            for d in dates:
                self.emit(
                    ctx,
                    f,
                    "arrest_warrant",
                    dict(roles),
                    {"status": status, "crimes": crimes},
                    conf,
                    anchor=tok,
                    date=d,
                )
            return True
        told = self._told(tok, gov) or asked
        date = self._date_before(ctx, tok, undated) if undated is not None else None if told else (None, None)
        if asked and date is None:  # "asked judges in January to issue warrants": the asking's day
            own = [d for d in ctx.dates_in(f.sent.start_char, f.sent.end_char) if d.value]
            date = (own[0].value, own[0].end_value) if own else None
        if date is None and gov.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "since" for c in gov.children):
            # "... the first visit since the court issued a warrant for his arrest": only the clause's own date
            sub = sorted(gov.subtree, key=lambda t: t.i)
            own = [d for d in ctx.dates_in(sub[0].idx, sub[-1].idx + len(sub[-1].text)) if d.value]
            date = (own[0].value, own[0].end_value) if own else (None, None)
        ev = self.emit(
            ctx,
            f,
            "arrest_warrant",
            roles,
            {"status": status, "crimes": crimes},
            conf,
            anchor=tok,
            date=date,
        )
        if ev is not None and not told and status == "issued":
            self.refs.append(ev)
        aside = (made is not None and made.dep_ == "acl") or (gov.pos_ == "VERB" and gov.dep_ == "relcl")
        had = gov.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "had" for c in gov.children)
        later = gov.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in LATER for c in gov.children)
        if ev is not None and not ev.date and later:  # (r10) "a third warrant was later withdrawn": day untold
            ctx.notes.setdefault(UNDATED, set()).add(id(ev))
        if ev is not None and not ev.date and (aside or had) and status == "issued":
            # (r10) "The court had issued the warrant over ...": background in the pluperfect, its day untold
            # (r8 gaps) "the arrest warrant issued against Putin", "X, against whom the ICC has issued a
            # warrant": told in passing, its day untold: left undated, not given the document's
            ctx.notes.setdefault(UNDATED, set()).add(id(ev))
        if outer.lemma_.lower() in ("act", "rely") and outer.dep_ in ("advcl", "xcomp", "conj"):
            outer = outer.head  # (r10) "Police detained X at the airport, acting on a warrant that ... had issued"
        if (
            made is not None
            and (made.dep_ == "relcl" or any(c.dep_ in ("nsubj", "aux") for c in made.children))  # a clause of its own
            and outer.pos_ == "VERB"
            and outer.lemma_.lower() in EXECUTED
            and subject
            and not any(c.dep_ in ("neg", "mark") for c in outer.children)
        ):  # (r10) "arrested in Manila on a warrant the court had issued under seal on 7 March": both acts
            inner = sorted(made.subtree, key=lambda t: t.i)
            lo, hi = inner[0].idx, inner[-1].idx + len(inner[-1].text)
            own = [d for d in ctx.dates_in(f.sent.start_char, f.sent.end_char) if d.value and not lo <= d.start < hi]
            when = (own[0].value, own[0].end_value) if own else None
            organs = [i for i in issuer if i.startswith(JUDGE_ORGANS)][:1]
            done = {"subject": subject, "issuer": organs}
            self.emit(ctx, f, "arrest_warrant", done, {"status": "executed"}, 0.7, anchor=outer, date=when)
        return True

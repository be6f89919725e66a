"""Judicial events: arrest warrants, findings of non-cooperation, visits of persons the Court seeks.

"Pre-Trial Chamber I issued a warrant for the arrest of X for war crimes" (issued), "the
Prosecutor applied for warrants against two commanders" (requested), "was surrendered to the
Court" (executed); "the Chamber found that Country A failed to comply with its obligations ...
and referred the matter to the Assembly"; "Mr B travelled to C and D without being arrested".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from ...model import Entity, Event
from .base import EventComponent, Finder, lexicon, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

PERSON = frozenset({"person"})
STATE = frozenset({"state"})
COURTS = frozenset({"court"})
REFEREES = frozenset({"court", "igo"})
NONCOOP = re.compile(
    r"\bnon[\s-]?(?:cooperation|compliance)\b|\bfail(?:ed|ing|s|ure)?\b[^.]{0,60}\b(?:comply|cooperate|arrest\w*|surrender\w*|execute)\b"
    r"|\b(?:has|had|did) not (?:complied|comply|cooperated|cooperate)\b"
    r"|\bfindings? (?:of \S+ )?(?:against|concerning|regarding|in respect of) |\bdecisions? (?:informing|notifying)\b"
    r"|\binform\w* the (?:un |united nations )?security council\b|\bfell short of [^.]{0,60}cooperat",
    re.IGNORECASE,
)
INFORMING = re.compile(r"\b(?:informing|informs|informed|notifying|notified)\b")
FINDING = re.compile(
    r"\b(?:finding|findings|found|finds|find|decisions?|ruled|conclud\w*|determined|held that|referr\w*|refers?|decided to refer|inform(?:ed|s|ing)|notified|judicial)\b",
    re.IGNORECASE,
)
HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would)\b[^.]{0,40}\b(?:finding|find|refer)", re.IGNORECASE)
NOT_ARRESTED = re.compile(
    r"without (?:facing |being |any )?(?:arrest|detention|attempt)|none of (?:which|them|whom)|\bneither\b|walk(?:s|ed)? free|no move to (?:arrest|detain)|"
    r"(?:not|never|failed to|failure[^.]{0,60}to|refused to|declined to|no attempt[^.]{0,40}to) (?:be )?(?:arrest|detain|surrender|execute)|despite (?:an? |the )?(?:icc |international )?(?:arrest )?warrant|unarrested|impunity",
    re.IGNORECASE,
)
ARRESTED = re.compile(r"\b(?:was|were|been) (?:arrested|detained)\b|\barrested (?:him|her)\b", re.IGNORECASE)
SOUGHT = re.compile(
    r"\b(?:arrest\w*|warrants?|wanted|fugitive|sought by|indicted|surrender\w*|detain\w*|impunity|"
    r"non[\s-]?(?:compliance|cooperation)|fail\w* to (?:comply|cooperate))\b",
    re.IGNORECASE,
)
FAILED_ARREST = re.compile(
    r"\b(?:fail\w*|declin\w*|refus\w*) to (?:arrest|detain|surrender|execute)|\bnot (?:arresting|arrested|detaining)\b"
    r"|\ballow\w* (?:[\w .'-]{1,40}? )?to (?:leave|depart|fly)\b|\bfailure to (?:arrest|detain)\b",
    re.IGNORECASE,
)
PRESENCE = re.compile(
    r"\b(?:visits?|trips?|stay|presence|attendance)\b|\bon (?:its|their) (?:territory|soil)\b|"
    r"\bwhile (?:he|she) was\b|\bto (?:leave|depart)\b",
    re.IGNORECASE,
)
ORDINALS = frozenset({"first", "second", "third", "fourth", "further", "another", "new", "additional"})
HOST_VERBS = frozenset({"host", "receive", "welcome", "invite", "greet"})
ORDER_VERBS = frozenset({"order", "authorise", "authorize"})
HANDOVER_VERBS = frozenset({"surrender", "transfer", "hand", "extradite"})
ISSUE_VERBS = frozenset({"issue", "approve", "deliver", "grant", "unseal"})
HOLDING_VERBS = frozenset({"arrest", "detain", "surrender", "transfer", "extradite", "hand", "seek", "want", "hold"})
JUDGE_ORGANS = ("court:pre-trial", "court:trial", "court:appeals", "court:chambers", "court:icc", "court:judges")


def crimes_in(text: str) -> list[str]:
    low = text.lower()
    found: list[str] = []
    for crime in sorted(lexicon()["arrest_warrant"]["crimes"], key=len, reverse=True):
        if crime in low and not any(crime in f for f in found):
            found.append(crime)
    if re.search(r"unlawful(?:ly)? deport\w* (?:of )?children", low) and not any("children" in c for c in found):
        found = [c for c in found if c != "deportation"] + ["unlawful deportation of children"]
    return found


class Justice(EventComponent):
    """`arrest_warrant`, `non_cooperation_finding` and `fugitive_visit` events."""

    name = "events.justice"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        self.lex = lexicon()
        self.refs: list[Event] = []
        self.pending: list[tuple[Finder, Token | None, list[str], list[str]]] = []
        super().__call__(ctx)
        self._settle(ctx)
        sought = {p for ev in ctx.events if ev.type == "arrest_warrant" for p in ev.roles.get("subject", [])}
        for f, tok, subj, hosts in self.pending:
            if set(subj) & sought:
                arrested = bool(ARRESTED.search(f.sent.text)) and not NOT_ARRESTED.search(f.sent.text)
                roles = {"subject": subj, "host": hosts}
                self.emit(ctx, f, "fugitive_visit", roles, {"arrested": arrested}, 0.6, anchor=tok)

    def _settle(self, ctx: DocContext) -> None:
        """After the document: a warrant only referred to ("X, who is subject to an ICC warrant") goes when
        the text tells that warrant elsewhere; an executed warrant takes the issuer of the issued one."""
        refs = {id(e) for e in self.refs}
        told = [e for e in ctx.events if e.type == "arrest_warrant" and id(e) not in refs]
        named = {p for e in told for p in e.roles.get("subject", [])}
        ctx.events[:] = [e for e in ctx.events if id(e) not in refs or not set(e.roles.get("subject", [])) <= named]
        for ev in told:
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
        text = f.sent.text
        seen_warrant = False
        surrendered = False
        warranty = re.search(r"\bwarrants?\b", text, re.IGNORECASE) or any(
            e.type == "arrest_warrant" for e in ctx.events
        )
        applied = self.application(ctx, f) if warranty else False
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
            elif lem in ORDER_VERBS and tok.pos_ == "VERB" and not seen_warrant and not national:
                seen_warrant = self.ordered(ctx, f, tok)
            elif (
                lem in HANDOVER_VERBS
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
                if subj is None and tok.dep_ == "conj":
                    subj = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
                if subj is not None:
                    who = f.resolve(subj, PERSON) or self._person_before(f, tok)
                    who = [w for w in who if f.idx.kind(w) == "person"]
                    if who:  # executed: the organ that issued the warrant, when the sentence names it
                        organs = [m for m in f.mentions(COURTS) if m.startswith(JUDGE_ORGANS) and m != "court:icc"]
                        roles = {"subject": who, "issuer": organs[:1]}
                        self.emit(ctx, f, "arrest_warrant", roles, {"status": "executed"}, 0.7, anchor=tok)
                        surrendered = True
        fv = self.lex["fugitive_visit"]
        for tok in f.tokens:
            lem = tok.lemma_.lower()
            trigger = (tok.pos_ == "VERB" and (lem in fv["verbs"] or lem in HOST_VERBS or lem == "roll")) or (
                tok.pos_ == "NOUN" and lem in fv["nouns"]
            )
            if trigger and self.visit(ctx, f, tok):
                break
        else:
            if FAILED_ARREST.search(text) and PRESENCE.search(text):
                self.failed_visit(ctx, f)
        if NONCOOP.search(text) and FINDING.search(text) and not HYPOTHETICAL.search(text):
            self.noncooperation(ctx, f)

    # --- arrest warrants -----------------------------------------------------------------------
    def application(self, ctx: DocContext, f: Finder) -> bool:
        """ "issued following an application by the Prosecution on 10 February": the request too."""
        for tok in f.tokens:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in ("application", "request"):
                owner = f.possessor(tok)
                by = (
                    f.prep_objects(tok, ("by", "from"), COURTS | PERSON)
                    or [i for c in tok.children if c.dep_ == "acl" for i in f.prep_objects(c, ("by",), COURTS | PERSON)]
                    or (f.resolve(owner, COURTS | PERSON) if owner is not None else [])
                )
                by = [b for b in by if b.startswith(("court:otp", "person:")) or "prosecut" in b]
                if not by or any(
                    c.lower_ in ("for", "of") and any(g.lemma_ == "warrant" for g in c.subtree) for c in tok.children
                ):
                    continue
                prev = next(
                    (e for e in reversed(ctx.events) if e.type == "arrest_warrant" and e.roles.get("subject")), None
                )
                subject = list(prev.roles["subject"]) if prev is not None else []
                if subject:
                    self.emit(
                        ctx,
                        f,
                        "arrest_warrant",
                        {"issuer": by, "subject": subject},
                        {"status": "requested"},
                        0.7,
                        anchor=tok,
                    )
                    return True
        return False

    def warrant(self, ctx: DocContext, f: Finder, tok: Token, undated: bool = False) -> bool:
        lex = self.lex["arrest_warrant"]
        gov = tok.head
        while gov.dep_ in ("prep", "pobj", "compound", "conj") and gov.head.i != gov.i:
            gov = gov.head
        glem = gov.lemma_.lower()
        status = "issued"
        granted = glem in lex["requested_nouns"] and gov.head.lemma_.lower() in ("approve", "grant", "accept")
        if granted:  # "the judges approved the Prosecutor's request for a warrant": issued by the judges
            gov, glem = gov.head, gov.head.lemma_.lower()
        near = [tok, *(g for c in tok.children if c.lower_ == "of" for g in c.children if g.lemma_ == "arrest")]
        made = next((c for n in near for c in n.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUE_VERBS), None)
        if made is not None:  # "pursuant to a warrant issued by Pre-Trial Chamber I on 7 March"
            gov, glem = made, made.lemma_.lower()
        elif (
            glem in lex["requested_verbs"]
            or glem in lex["requested_nouns"]
            or (
                not granted
                and re.search(r"\b(applied|application|request(ed)?|seek|sought)\b[^.]{0,30}warrant", f.lower)
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
                any(c.lower_ == "to" for c in gov.children) or NOT_ARRESTED.search(f.sent.text)
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
            if t.dep_ == "poss" or t.lower_ in ("his", "her"):
                subject += f.resolve(t, PERSON)
        if status == "executed" and not subject:
            subj = (
                next((c for c in gov.children if c.dep_ in ("nsubjpass", "nsubj")), None)
                if gov.pos_ == "VERB"
                else None
            )
            subject = f.resolve(subj, PERSON) if subj is not None else []
        if not subject:
            subject = self._holder(f, tok)
            if subject and not self._told(tok, gov):
                return False  # "X, who is subject to an ICC warrant": a warrant referred to, not told
        subject = uniq(subject)
        root = f.sent.root
        if not subject and root.lemma_ in ("arrest", "surrender", "transfer", "detain", "execute") and root.i < tok.i:
            who = next((c for c in root.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            subject = f.resolve(who, PERSON) if who is not None else []
        if not subject and not issuer:
            return False
        if (
            not subject
            and tok.tag_ == "NNS"
            and gov.lemma_ not in ("issue", "request", "apply", "seek", "withdraw", *ISSUE_VERBS)
        ):
            return False  # "persons subject to warrants of the Court": no warrant is told
        if not subject:  # "The warrant was issued under seal on 7 March": the person the text is about
            prev = next(
                (e for e in reversed(ctx.events) if e.type == "arrest_warrant" and e.roles.get("subject")), None
            )
            subject = list(prev.roles["subject"]) if prev is not None else []
        crimes = crimes_in(f.sent.text)
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
                {"status": status, "crimes": crimes_in(f.sent.text[:cut])},
                conf,
                anchor=tok,
            )
            self.emit(
                ctx,
                f,
                "arrest_warrant",
                dict(roles),
                {"status": status, "crimes": crimes_in(f.sent.text[cut:])},
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
        told = self._told(tok, gov)
        ev = self.emit(
            ctx,
            f,
            "arrest_warrant",
            roles,
            {"status": status, "crimes": crimes},
            conf,
            anchor=tok,
            date=None if told and not undated else (None, None),
        )
        if ev is not None and not told and status == "issued":
            self.refs.append(ev)
        return True

    @staticmethod
    def _named_for(f: Finder, tok: Token) -> list[str]:
        """ "warrants for Putin and for Russia's commissioner, Maria Lvova-Belova": the persons the
        warrant's own "for / against / of" phrases name, appositions and coordinated phrases included."""
        heads = [tok]
        if tok.head.i != tok.i and tok.dep_ in ("dobj", "pobj", "nsubjpass"):
            heads.append(tok.head)  # "issued warrants for him": the dative hangs off the verb
        out: list[str] = []
        for h in heads:
            preps = [c for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("for", "against", "of")]
            preps += [g for c in preps for g in c.children if g.dep_ == "conj" and g.lower_ in ("for", "against")]
            for p in preps:
                for g in p.children:
                    if g.dep_ == "pobj" and g.lower_ in ("him", "her"):  # the person last named, not the last subject
                        near = f.idx.before(g.idx, PERSON, window=600)
                        out += [near] if near else []
                    elif g.dep_ == "pobj":
                        out += (
                            f.resolve(g, PERSON)
                            or [i for c in g.children if c.dep_ == "appos" for i in f.resolve(c, PERSON)]
                            or Justice._apposed(f, g)
                        )
                        out += [i for c in g.conjuncts for i in f.resolve(c, PERSON)]
        return uniq(out)

    @staticmethod
    def _chamber_before(f: Finder, v: Token) -> list[str]:
        """ "the Chamber issued", "the same Chamber found", "issued by the Chamber": a chamber the text
        named before (the parse has no mention for the bare noun)."""
        who = [c for c in v.children if c.dep_ in ("nsubj",)]
        who += [g for c in v.children if c.dep_ == "agent" or c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        if not any(w.lemma_.lower() in ("chamber", "bench", "panel") and f.idx.mention(w) is None for w in who):
            return []
        idx = f.idx
        k = bisect_right(idx.starts, f.sent.start_char) - 1
        while k >= 0 and idx.mentions[k].start > f.sent.start_char - 6000:
            eid = idx.mentions[k].entity_id
            if eid.startswith(("court:pre-trial", "court:trial", "court:appeals")):
                return [eid]
            k -= 1
        return []

    @staticmethod
    def _apposed(f: Finder, g: Token) -> list[str]:
        """ "Russia's children's rights commissioner, Maria Lvova-Belova,": the name after the title, read
        from the surface when the parse hangs it elsewhere."""
        j = max(t.i for t in g.subtree) + 1
        if j + 1 < f.sent.end and f.doc[j].text in (",", "–", "-"):
            m = f.idx.mention(f.doc[j + 1])
            if m is not None and f.idx.kind(m.entity_id) == "person":
                return [m.entity_id]
        return []

    @staticmethod
    def _holder(f: Finder, tok: Token) -> list[str]:
        """Who the warrant is against when the sentence says it around it: "X, who is the subject of an
        ICC warrant", "X – the subject of warrants issued by ...", "X is wanted on a warrant", "police
        arrested X on a warrant"."""
        a = tok
        for _ in range(6):
            if a.head.i == a.i:
                break
            a, child = a.head, a
            if child.dep_ in ("relcl", "acl", "appos") and a.pos_ in ("PROPN", "NOUN"):
                got = f.resolve(a, PERSON)
                if got:
                    return got
            if a.pos_ in ("VERB", "AUX"):
                if a.lemma_.lower() in HOLDING_VERBS:
                    got = f.objects(a, PERSON)
                    if got:
                        return got
                subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and (
                    a.lemma_.lower() in ("be", "remain")
                    or child.lemma_.lower() in ("subject", "wanted", "want", "sought", "seek")
                ):
                    got = f.resolve(subj, PERSON)
                    if got:
                        return got
                if a.dep_ == "relcl" and a.head.pos_ in ("PROPN", "NOUN"):
                    got = f.resolve(a.head, PERSON)
                    if got:
                        return got
        return []

    @staticmethod
    def _second(f: Finder, tok: Token) -> Token | None:
        for t in f.doc[tok.i + 1 : f.sent.end]:
            if t.lower_ == "one" and any(c.lower_ in ("second", "another", "third", "further") for c in t.children):
                return t
        return None

    @staticmethod
    def _dates_of(ctx: DocContext, tok: Token, gov: Token) -> list[tuple[str | None, str | None]]:
        """Distinct dates inside the warrant's own phrase ("issued ... in March 2009 and July 2010"), or
        its verb's ("Two warrants were issued by the Chamber, on 4 March 2009 and on 12 July 2010")."""
        if tok.tag_ != "NNS" and not any(c.like_num and c.lower_ not in ("one", "1") for c in tok.children):
            return []
        own = gov.pos_ == "VERB" and gov.lemma_.lower() in ISSUE_VERBS and tok.head.i == gov.i
        sub = sorted(gov.subtree if own else tok.subtree, key=lambda t: t.i)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        out: list[tuple[str | None, str | None]] = []
        for d in ctx.dates_in(lo, hi):
            if d.value and (d.value, d.end_value) not in out:
                out.append((d.value, d.end_value))
        return out

    def ordered(self, ctx: DocContext, f: Finder, tok: Token) -> bool:
        """ "ICC judges have ordered the arrest of X": a warrant issued, though the word is not used."""
        arrest = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_ in ("arrest", "detention")), None)
        if arrest is None or any(c.dep_ == "neg" for c in tok.children):
            return False
        subject = f.prep_objects(arrest, ("of",), PERSON)
        issuer = [i for i in f.subject(tok, COURTS) if i.startswith(JUDGE_ORGANS)]
        if not subject or not issuer:
            return False
        crimes = crimes_in(f.sent.text)
        attrs = {"status": "issued", "crimes": crimes}
        self.emit(ctx, f, "arrest_warrant", {"issuer": issuer, "subject": subject}, attrs, 0.75, anchor=tok)
        return True

    @staticmethod
    def _told(tok: Token, gov: Token) -> bool:
        """Is the warrant's own act told here ("issued a warrant"), or is it only referred to
        ("despite the ICC warrant")? Only a told act takes the sentence's date."""
        acts = ("issue", "request", "apply", "seek", "withdraw", "execute", "unseal", "deliver", "approve", "grant")
        filed = gov.lemma_ in ("application", "request") and gov.head.lemma_ in ("file", "submit", "lodge", "make")
        return filed or gov.lemma_ in acts or any(c.lemma_ in acts for c in tok.children) or tok.dep_ == "nsubjpass"

    @staticmethod
    def _person_before(f: Finder, tok: Token) -> list[str]:
        for j in range(tok.i - 1, max(f.sent.start, tok.i - 12) - 1, -1):
            m = f.idx.mention(f.doc[j])
            if m is not None and f.idx.kind(m.entity_id) == "person":
                return [m.entity_id]
        return []

    # --- non-cooperation -----------------------------------------------------------------------
    def noncooperation(self, ctx: DocContext, f: Finder) -> None:
        low = f.lower
        here = [e for e in ctx.events if e.type == "fugitive_visit" and e.evidence[0][0] == f.sent.start_char]
        states: list[str] = []
        for cue in ("against", "concerning", "regarding", "in respect of", "in relation to"):
            if re.search(rf"\b{cue}\b", low):
                states = uniq(states + f.after_cue(cue, STATE))
        verb = None  # the finding's own verb: its subject is the issuer, its date the finding's date
        for tok in f.tokens:
            if tok.lemma_ in ("find", "issue", "refer", "decide", "rule", "conclude", "hold", "make", "inform"):
                if tok.pos_ == "VERB" and verb is None:
                    verb = tok
                if not states and tok.lemma_ in ("find", "hold") and tok.pos_ == "VERB":
                    states = f.objects(tok, STATE)  # "found Jordan in non-compliance"
        if not states:  # "refer Malawi's non-compliance", "the non-cooperation of Chad"
            for tok in f.tokens:
                negated = (
                    tok.lower_ in ("compliance", "cooperation")
                    and "non" in f.lower[max(0, tok.idx - f.sent.start_char - 5) : tok.idx - f.sent.start_char]
                )
                if (
                    negated
                    or re.fullmatch(r"non[\s-]?(?:compliance|cooperation)", tok.lower_)
                    or tok.lemma_ == "failure"
                ):
                    owner = f.possessor(tok)
                    states = (f.resolve(owner, STATE) if owner is not None else []) or f.prep_objects(
                        tok, ("of", "by"), STATE
                    )
                    if states:
                        break
        if not states:
            for tok in f.tokens:
                if tok.lemma_ in ("fail", "failure", "comply", "cooperate", "fall", "breach"):
                    states = f.subject(tok, STATE) or f.prep_objects(tok, ("of", "by"), STATE)
                    if states:
                        break
        if not states and here:  # "decisions informing the Council of Mr X's visits to Kenya and Chad"
            groups = [([h], e) for e in here for h in e.roles.get("host", [])]
        else:
            if not states:
                states = f.mentions(STATE)[:1] if re.search(r"\bfound that\b|\bfinds that\b", low) else []
            prev = None
            if not states and INFORMING.search(low):  # "a decision informing the Council of the visit"
                prev = next((e for e in reversed(ctx.events) if e.type == "fugitive_visit"), None)
                states = list(prev.roles.get("host", [])) if prev is not None else []
            if not states:
                states = self._government_before(f)
            if not states:
                return
            plural = re.search(r"\b(findings|decisions|referrals)\b", low) and len(states) > 1
            groups = [([st], prev) for st in states] if plural else [(states, prev)]
        issuer: list[str] = []
        for tok in f.tokens:
            if (
                tok.lemma_ in ("find", "issue", "refer", "decide", "rule", "conclude", "make", "inform")
                and tok.pos_ == "VERB"
            ):
                issuer = f.subject(tok, COURTS) or f.prep_objects(tok, ("by",), COURTS)
                issuer = issuer or self._chamber_before(f, tok)
                if issuer:
                    break
        issuer = [i for i in issuer if i.startswith(JUDGE_ORGANS)]
        referred: list[str] = []
        for cue in ("refer", "inform", "notif", "report"):
            pos = low.find(cue)
            if pos >= 0:
                to = low.find(" to ", pos)
                if cue in ("inform", "notif"):
                    to = pos + low[pos:].find(" ")
                if to > 0:
                    referred += f.after_cue(
                        low[to : to + 4] if cue == "refer" else low[pos : to + 1], REFEREES, start=pos
                    )
        referred = [r for r in uniq(referred) if r not in issuer and not r.startswith(JUDGE_ORGANS)]
        subject = []
        am = re.search(r"\b(arrest|surrender|arresting|surrendering|release|releasing)\b", low)
        if am:
            subject = [p for p in f.mentions(PERSON, start=f.sent.start_char + am.start())][:2]
            if not subject:
                for t in f.tokens:
                    if t.idx > f.sent.start_char + am.start() and t.lower_ in ("him", "her"):
                        subject = f.resolve(t, PERSON)
                        break
        year = next(  # "the 2017 finding against Jordan"
            (
                t.text
                for t in f.tokens
                if t.like_num and re.fullmatch(r"(?:19|20)\d\d", t.text) and t.head.lemma_ in ("finding", "decision")
            ),
            None,
        )
        if year and any(d.value for d in ctx.dates_in(f.sent.start_char, f.sent.end_char)):
            year = None
        known = {st for e in ctx.events if e.type == "non_cooperation_finding" for st in e.roles.get("state", [])}
        for g, visit in groups:
            if verb is None and set(g) <= known:
                continue  # "calling on the Assembly to respond to the finding concerning the DRC": told before
            who = subject or self._visitor(ctx, g, visit)
            roles = {"issuer": issuer, "state": g, "subject": who, "referred_to": referred}
            date = (visit.date, visit.end_date) if visit is not None and visit.date else None
            date = (year, None) if year else date
            if date is None and verb is None:
                date = (None, None)  # a finding only referred to takes no date from the sentence
            self.emit(ctx, f, "non_cooperation_finding", roles, {}, 0.85 if issuer else 0.65, anchor=verb, date=date)

    @staticmethod
    def _government_before(f: Finder) -> list[str]:
        """ "found that the Government's conduct fell short of ...": the state the text last named."""
        for t in f.tokens:
            if (
                t.lemma_.lower() in ("government", "authorities")
                and f.idx.mention(t) is None
                and any(c.lower_ == "the" for c in t.children)
            ):
                near = f.idx.before(t.idx, STATE, window=1500)
                return [near] if near else []
        return []

    @staticmethod
    def _visitor(ctx: DocContext, states: list[str], visit: Event | None) -> list[str]:
        """The person whose visit the failure is about: the visit told with it, else one to those states."""
        if visit is not None:
            return list(visit.roles.get("subject", []))
        for e in reversed(ctx.events):
            if e.type == "fugitive_visit" and set(e.roles.get("host", [])) & set(states):
                return list(e.roles.get("subject", []))
        return []

    # --- fugitive visits -----------------------------------------------------------------------
    @staticmethod
    def _capitals(ctx: DocContext) -> dict[str, Any]:
        kb = ctx.kb
        if kb is None or not hasattr(kb, "by_kind"):
            return {}
        capitals = ctx.notes.get("events.capitals")
        if capitals is None:
            capitals = {}
            for st in kb.by_kind("state"):
                cap = (st.attrs or {}).get("capital")
                if cap:
                    capitals[cap.lower()] = st
            ctx.notes["events.capitals"] = capitals
        return capitals

    @classmethod
    def _capitals_after(cls, ctx: DocContext, f: Finder, tok: Token) -> list[str]:
        """ "visited Ulaanbaatar": the state whose capital it is (from the KB), added as an entity."""
        capitals = cls._capitals(ctx)
        if not capitals:
            return []
        out = []
        for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 6)]:
            m = f.idx.mention(t)
            names = [m.text.lower()] if m is not None and f.idx.kind(m.entity_id) == "place" else []
            if m is not None and m.entity_id in ctx.entities:
                names.append(ctx.entities[m.entity_id].name.lower())
            st = next((capitals[n] for n in names if n in capitals), None)
            if st is not None:
                if st.id not in ctx.entities:
                    ctx.entities[st.id] = Entity(id=st.id, kind="state", name=st.name)
                out.append(st.id)
                break
        return out

    @staticmethod
    def _hosts_after(f: Finder, tok: Token) -> list[str]:
        """States named in the clause after a visit trigger, leaving out nationalities of people."""
        out: list[str] = []
        doc, idx = f.doc, f.idx
        end = min(f.sent.end, tok.i + 16)
        for j in range(tok.i + 1, end):
            t = doc[j]
            if t.text in ".;" or t.lower_ in ("without", "despite", "where", "who", "which", "although", "while"):
                break
            if t.lower_ in ("its", "their") and j + 1 < end and doc[j + 1].lower_ in ("territory", "soil"):
                out += f.resolve(t, STATE)  # "attended a summit on its territory"
                continue
            m = idx.mention(t)
            if m is None or idx.kind(m.entity_id) != "state" or (j > tok.i + 1 and idx.mention(doc[j - 1]) is m):
                continue
            if doc[j - 1].lower_ in ("of", "from"):
                continue
            nxt = [idx.mention(doc[k]) for k in range(j + 1, min(end, j + 5))]
            if any(n is not None and n is not m and idx.kind(n.entity_id) == "person" for n in nxt):
                continue
            out.append(m.entity_id)
        return uniq(out)

    def visit(self, ctx: DocContext, f: Finder, tok: Token) -> bool:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "should") for c in tok.children):
            return False  # "if he enters its territory": no visit is told
        carpet = tok.lemma_ == "roll" and any(c.lemma_ == "carpet" for c in tok.children)
        if tok.pos_ == "VERB" and (tok.lemma_ in HOST_VERBS or carpet):  # "Tajikistan hosted Vladimir Putin"
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            if passive:  # "Putin was hosted in Dushanbe by Tajikistan", "was received in Budapest"
                guest = f.objects(tok, PERSON)
                hosts = f.prep_objects(tok, ("by", "in", "to"), STATE) or self._hosts_after(f, tok)
                hosts = hosts or self._capitals_after(ctx, f, tok)
            else:
                guest = f.prep_objects(tok, ("for",), PERSON) if carpet else f.objects(tok, PERSON)
                hosts = f.subject(tok, STATE)
            if not guest or not hosts:
                return False
            return self._emit_visit(ctx, f, tok, guest, hosts)
        if tok.pos_ == "VERB":
            subj = f.subject(tok, PERSON)
            hosts = f.objects(tok, STATE) or f.prep_objects(tok, ("to", "in"), STATE)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if not hosts and obj is not None:
                hosts = f.list_from(obj.left_edge.i, STATE, skip=6)
        else:
            subj = [i for c in tok.children if c.dep_ == "poss" for i in f.resolve(c, PERSON)] or f.prep_objects(
                tok, ("by", "of"), PERSON
            )
            hosts = f.prep_objects(tok, ("to", "in"), STATE)
        if not subj:  # the parse missed it: the nearest person before the trigger
            for j in range(tok.i - 1, max(f.sent.start, tok.i - 10) - 1, -1):
                m = f.idx.mention(f.doc[j])
                if m is not None and f.idx.kind(m.entity_id) == "person":
                    subj = [m.entity_id]
                    break
            if not subj and tok.pos_ == "NOUN":
                subj = f.after_cue(" by ", PERSON, start=tok.idx - f.sent.start_char)
        if not hosts:
            hosts = self._hosts_after(f, tok)
        if not hosts:
            hosts = self._capitals_after(ctx, f, tok)
        if not hosts and tok.lemma_ in ("arrive", "land", "visit") and tok.pos_ == "VERB":
            hosts = self._dateline_state(ctx)  # "BUDAPEST, April 3 - ... Netanyahu arrived for a four-day visit"
        if not subj or not hosts:
            return False
        groups = self._host_groups(ctx, f, tok)
        if len(groups) > 1:  # "visits to Kenya and Chad, in August 2010, and to Djibouti, in May 2011"
            done = False
            for g_hosts, region in groups:
                done = self._emit_visit(ctx, f, tok, subj, g_hosts, region=region) or done
            return done
        return self._emit_visit(ctx, f, tok, subj, hosts)

    @staticmethod
    def _host_groups(ctx: DocContext, f: Finder, tok: Token) -> list[tuple[list[str], tuple[int, int]]]:
        starts: list[tuple[int, list[str]]] = []
        for t in f.doc[tok.i + 1 : f.sent.end]:
            if t.lower_ in ("to", "in") and (t.i == tok.i + 1 or t.lower_ == "to"):
                ids = f.list_from(t.i + 1, STATE, skip=1)
                if ids:
                    starts.append((t.idx, ids))
        if len(starts) < 2:
            return []
        out = []
        for k, (lo, ids) in enumerate(starts):
            hi = starts[k + 1][0] if k + 1 < len(starts) else f.sent.end_char
            if not any(d.value for d in ctx.dates_in(lo, hi)):
                return []
            out.append((ids, (lo, hi)))
        return out

    @classmethod
    def _dateline_state(cls, ctx: DocContext) -> list[str]:
        m = re.search(r"^\s*([A-Z][A-Z .'-]{2,30}),? [^\n]{0,60}?\d", ctx.document.text[:800], re.MULTILINE)
        if m is None:
            return []
        st = cls._capitals(ctx).get(m.group(1).strip().lower())
        if st is None:
            return []
        if st.id not in ctx.entities:
            ctx.entities[st.id] = Entity(id=st.id, kind="state", name=st.name)
        return [st.id]

    def failed_visit(self, ctx: DocContext, f: Finder) -> bool:
        """ "Mongolia failed to arrest Mr Putin while he was on its territory", "when it allowed X to leave
        Johannesburg in June 2015", "by not arresting X during his visits": the visit the failure tells."""
        sought = {p for ev in ctx.events if ev.type == "arrest_warrant" for p in ev.roles.get("subject", [])}
        people = f.mentions(PERSON)
        subj = [p for p in people if p in sought][:1] or people[:1]
        cue = PRESENCE.search(f.lower)
        if not subj or cue is None:
            return False
        anchor = f.token_at(f.sent.start_char + cue.start())
        hosts: list[str] = []
        if anchor is not None and anchor.lemma_ in ("visit", "trip"):
            hosts = f.prep_objects(anchor, ("to", "in"), STATE)
        if anchor is not None and anchor.lower_ == "to" and anchor.head.lemma_ in ("leave", "depart"):
            hosts = f.objects(anchor.head, STATE)  # "was allowed to leave South Africa"
        if not hosts:
            for tok in f.tokens:
                if tok.lemma_ in ("fail", "failure", "allow", "decline", "refuse", "permit", "let"):
                    hosts = f.subject(tok, STATE) or f.prep_objects(tok, ("of", "by"), STATE)
                    if hosts:
                        break
        if not hosts:
            return False
        return self._emit_visit(ctx, f, anchor, subj, hosts, failed=True)

    def _emit_visit(
        self,
        ctx: DocContext,
        f: Finder,
        tok: Token | None,
        subj: list[str],
        hosts: list[str],
        failed: bool = False,
        region: tuple[int, int] | None = None,
    ) -> bool:
        sought = {p for ev in ctx.events if ev.type == "arrest_warrant" for p in ev.roles.get("subject", [])}
        told = SOUGHT.search(f.sent.text) or NONCOOP.search(f.sent.text)  # a finding about the visit says it
        if not failed and not (set(subj) & sought) and not told:
            self.pending.append((f, tok, subj, hosts))  # a warrant told later in the text may make them sought
            return False
        arrested = bool(ARRESTED.search(f.sent.text)) and not NOT_ARRESTED.search(f.sent.text)
        conf = 0.85 if NOT_ARRESTED.search(f.sent.text) or set(subj) & sought else 0.6
        roles = {"subject": subj, "host": hosts}
        self.emit(ctx, f, "fugitive_visit", roles, {"arrested": arrested}, conf, anchor=tok, region=region)
        return True

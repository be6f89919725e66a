"""An arrest warrant read from the noun "warrant": its status (issued, requested, withdrawn,
executed), the Court organ that issued it, the persons it is for, and the date it takes. "Pre-Trial
Chamber I issued a warrant for the arrest of X", "the Prosecutor's application for warrants against
two commanders", "That warrant was withdrawn in February", "arrested on a warrant the court had issued
under seal". A mixin of ``Justice``; the arguments it reads come from ``warrant_args``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, uniq
from .findings import COURTS, JUDGE_ORGANS, LATER, PERSON
from .visits import NOT_ARRESTED
from .warrant_args import ISSUE_VERBS, crimes_in

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

EXECUTED = frozenset({"arrest", "detain", "execute", "surrender", "transfer", "extradite", "apprehend"})
REFUSED = frozenset({"refuse", "decline", "reject", "deny", "fail", "dismiss"})  # "refused to withdraw the warrants"
ASKED_FOR = frozenset({
    "request", "application", "motion", "bid", "attempt", "call", "demand", "petition", "appeal", "ask", "seek", "urge",
    "apply", "want", "push", "press",
})  # fmt: skip
#: (r11) verbs whose subject is the warrant and whose object the person it names: "the warrants accuse X"
ACCUSING = frozenset({"accuse", "charge", "target", "name", "concern", "cover"})
UNDATED = "events.undated"  # ids of events no later step may date (``dating_carry``)


class WarrantNouns:
    """The ``warrant`` reading of ``Justice``."""

    def warrant(self, ctx: DocContext, f: Finder, tok: Token, undated: Token | None = None) -> bool:
        lex = self.lex["arrest_warrant"]
        gov = tok.head
        while gov.dep_ in ("prep", "pobj", "compound", "conj") and gov.head.i != gov.i:
            if gov.dep_ == "conj" and gov.pos_ == "VERB" and gov.lemma_.lower() in ISSUE_VERBS:
                break  # (r10) "Judges rejected the challenge and issued the warrants": the warrants' own verb
            gov = gov.head
        glem = gov.lemma_.lower()
        held_by = next((a for a in gov.ancestors if a.pos_ == "VERB"), None) if glem in ("act", "rely", "base") else None
        if held_by is not None and held_by.lemma_.lower() in EXECUTED and gov.dep_ in ("advcl", "xcomp", "conj", "prep", "acl"):
            # (r11) "was detained by German police acting under a warrant from the ICC", "arrested based on a warrant"
            gov = held_by
            glem = "arrest" if gov.lemma_.lower() in ("detain", "apprehend") else gov.lemma_.lower()
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
        if made is not None:  # (r11) "rejected the argument that the warrants issued by Pre-Trial Chamber I ...": their own agent
            issuer = f.prep_objects(made, ("by",), COURTS)
        if gov.pos_ == "VERB" and not issuer:
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
            elif t.lower_ == "and" and subject and (
                f.doc[j - 1].text == "," or f.idx.mention(f.doc[j - 1]) or f.doc[j - 1].lower_ in ("him", "her")
            ):  # (r11) "warrants for him and his former defence minister, Yoav Gallant"
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
        if not subject and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ACCUSING:
            # (r11) "The warrants, first issued in November, accuse X and Y of war crimes": whom they accuse
            obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            subject = f.resolve(obj, PERSON) if obj is not None else []
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
        undone = (  # (r11) "a third warrant had been issued for X, but was rescinded in February": two acts
            next((c for c in gov.conjuncts if c.pos_ == "VERB" and c.i > gov.i and c.lemma_.lower() in lex["withdrawn_verbs"]), None)
            if gov.pos_ == "VERB" and status == "issued" and subject
            else None
        )
        if undone is not None and date is None:
            own = [d for d in ctx.dates_in(f.sent.start_char, undone.idx) if d.value]
            date = (own[0].value, own[0].end_value) if own else (None, None)
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
        if undone is not None:
            own = [d for d in ctx.dates_in(undone.idx, f.sent.end_char) if d.value]
            when = (own[0].value, own[0].end_value) if own else None
            self.emit(ctx, f, "arrest_warrant", dict(roles), {"status": "withdrawn"}, 0.75, anchor=undone, date=when)
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
        under = made is not None and made.dep_ == "acl" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "under", "upon")
        if under and not subject and outer.pos_ == "VERB":  # (r11) "X has been arrested based on a warrant issued by the ICC"
            held = next((c for c in outer.children if c.dep_ in ("nsubjpass", "dobj")), None)
            for h in [held, *(c for c in held.children if c.dep_ == "appos")] if held is not None else []:
                subject = [p for p in f.resolve(h, PERSON) if f.idx.kind(p) == "person"]  # "THE HAGUE (AP) - X, has been"
                if subject:
                    break
            if subject and ev is not None and not ev.roles.get("subject"):
                ev.roles["subject"] = list(subject)
        if (
            made is not None
            and (made.dep_ == "relcl" or any(c.dep_ in ("nsubj", "aux") for c in made.children) or under)  # a clause of its own
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

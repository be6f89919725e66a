"""Who and what a warrant sentence names: the persons a warrant is for, the Chamber that issued it, the
holder of an office, the dates of several warrants told together. A mixin of ``Justice``."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from .base import Finder, lexicon, uniq
from .findings import COURTS, JUDGE_ORGANS, PERSON
from .pressure import of_the_court

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

ISSUE_VERBS = frozenset({"issue", "approve", "deliver", "grant", "unseal", "sign"})
#: (r10) "warrants for the Israeli leader": a title that stands for a person named before
TITLES = frozenset({"leader", "president", "premier", "minister", "strongman", "commander", "chief"})
#: (r10) "the court sought the arrest of X" (issued), "prosecutors seek the arrest of X" (requested)
SEEK_VERBS = frozenset({"seek", "request"})
HOLDING_VERBS = frozenset({"arrest", "detain", "surrender", "transfer", "extradite", "hand", "seek", "want", "hold"})


def crimes_in(text: str) -> list[str]:
    low = text.lower()
    found: list[str] = []
    for crime in sorted(lexicon()["arrest_warrant"]["crimes"], key=len, reverse=True):
        if crime in low and not any(crime in f for f in found):
            found.append(crime)
    if re.search(r"unlawful(?:ly)? deport\w* (?:of )?children", low) and not any("children" in c for c in found):
        found = [c for c in found if c != "deportation"] + ["unlawful deportation of children"]
    return found


class WarrantArgs:
    """The arguments of `arrest_warrant` events (mixin of ``Justice``)."""

    def emit(self, ctx: DocContext, f: Finder, etype: str, roles: dict[str, list[str]], *args: Any, **kw: Any) -> Any:
        if etype == "arrest_warrant" and any(of_the_court(ctx, s) for s in roles.get("subject", [])):
            return None  # "Russia issued warrants for the Prosecutor": a reprisal, read as a threat (Pressure)
        return super().emit(ctx, f, etype, roles, *args, **kw)  # type: ignore[misc]

    def application(self, ctx: DocContext, f: Finder) -> Token | None:
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
                    return tok
        return None

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
                    elif g.dep_ == "pobj" and g.lower_ in ("whom", "who"):  # (r10) "X, for whom judges issued a warrant"
                        got = f.resolve(g, PERSON)
                        near = f.idx.before(g.idx, PERSON, window=40) if not got else None  # the parse hung it wrong
                        out += got or ([near] if near else [])
                    elif g.dep_ == "pobj":
                        out += (
                            f.resolve(g, PERSON)
                            or [i for c in g.children if c.dep_ == "appos" for i in f.resolve(c, PERSON)]
                            or WarrantArgs._apposed(f, g)
                            or WarrantArgs._titled(f, g)
                        )
                        out += [i for c in g.conjuncts for i in f.resolve(c, PERSON)]
        return uniq(out)

    @staticmethod
    def _titled(f: Finder, g: Token) -> list[str]:
        """(r10) "warrants for the Israeli leader", "the former Sudanese president": the person of that
        nationality the text named before, a journalist's second name for them."""
        if g.lemma_.lower() not in TITLES or f.idx.mention(g) is not None or f.ctx.kb is None:
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in g.children):
            return []
        states = uniq(i for c in g.children if c.dep_ in ("amod", "compound") for i in f.demonym(c))
        if len(states) != 1:
            return []
        for m in reversed([m for m in f.idx.mentions if m.end <= g.idx and f.idx.kind(m.entity_id) == "person"]):
            person = f.ctx.kb.get(m.entity_id)
            if (getattr(person, "attrs", None) or {}).get("nationality") == states[0]:
                return [m.entity_id]
        return []

    @staticmethod
    def _chamber_about(ctx: DocContext, people: list[str]) -> list[str]:
        found: set[str] = set()
        for sent in ctx.doc.sents:
            ms = {m.entity_id for m in ctx.mentions_in(sent.start_char, sent.end_char)}
            chambers = {m for m in ms if m.startswith("court:pre-trial")}  # (r10) a Pre-Trial Chamber issues warrants
            if chambers and ms & set(people):
                found |= chambers
        return sorted(found)

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
        subject = WarrantArgs._named_for(f, arrest) if tok.lemma_.lower() in SEEK_VERBS else []
        subject = subject or f.prep_objects(arrest, ("of",), PERSON)
        owner = f.possessor(arrest)  # (r10) "the ICC sought his arrest"
        subject = subject or (f.resolve(owner, PERSON) if owner is not None else [])
        by = f.subject(tok, COURTS)
        issuer = [i for i in by if i.startswith(JUDGE_ORGANS)]
        status = "issued"
        if tok.lemma_.lower() in SEEK_VERBS and not issuer:
            # (r10) "ICC prosecutors seek the arrest of X": the Prosecutor asks for a warrant
            issuer = [i for i in by if i.startswith("court:otp") or "prosecut" in i]
            status = "requested"
        if not subject or not issuer:
            return False
        crimes = crimes_in(f.text)
        attrs = {"status": status, "crimes": crimes}
        self.emit(ctx, f, "arrest_warrant", {"issuer": issuer, "subject": subject}, attrs, 0.75, anchor=tok)
        return True

    @staticmethod
    def _date_before(ctx: DocContext, tok: Token, app: Token) -> tuple[str | None, str | None]:
        """ "issued on 10 July 2025, on an application by the Prosecutor" / "issued following an application
        by the Prosecution on 10 February": the warrant keeps the dates told before the application."""
        lo, hi = (tok.idx, app.idx) if tok.i < app.i else (tok.idx, tok.idx)
        own = [d for d in ctx.dates_in(lo, hi) if d.value]
        return (own[0].value, own[0].end_value) if own else (None, None)

    @staticmethod
    def _told(tok: Token, gov: Token) -> bool:
        """Is the warrant's own act told here ("issued a warrant"), or is it only referred to
        ("despite the ICC warrant")? Only a told act takes the sentence's date."""
        acts = ("issue", "request", "apply", "seek", "withdraw", "execute", "unseal", "deliver", "approve", "grant")
        filed = gov.lemma_ in ("application", "request") and gov.head.lemma_ in ("file", "submit", "lodge", "make", "announce")
        return filed or gov.lemma_ in acts or any(c.lemma_ in acts for c in tok.children) or tok.dep_ == "nsubjpass"

    @staticmethod
    def _bare_judges(f: Finder, v: Token) -> list[str]:
        """(r10) "Judges in The Hague approved warrants", "the judges signed it": judges the text names by
        the bare noun are the Court's."""
        who = [c for c in v.children if c.dep_ == "nsubj"]
        who += [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not who and v.dep_ == "conj":  # "Judges rejected the challenge and issued the warrants"
            who = [c for c in v.head.children if c.dep_ == "nsubj"]
        if any(w.lemma_.lower() == "judge" and f.idx.mention(w) is None for w in who) and "court:icc" in f.idx.ctx.entities:
            return ["court:icc"]
        return []

    @staticmethod
    def _person_before(f: Finder, tok: Token) -> list[str]:
        for j in range(tok.i - 1, max(f.sent.start, tok.i - 12) - 1, -1):
            m = f.idx.mention(f.doc[j])
            if m is not None and f.idx.kind(m.entity_id) == "person":
                return [m.entity_id]
        return []

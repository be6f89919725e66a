"""Visits of persons the Court seeks: the half of ``Justice`` that reads them.

"Mr B travelled to C and D without being arrested", "was received in Budapest with full honours",
"Tajikistan hosted X", "failed to arrest X while he was on its territory", "allowed X to leave".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..sentences import doc_text
from .base import EventComponent, Finder, index, uniq
from .findings import NONCOOP, PERSON, STATE
from .visit_hosts import PHRASAL_TRIPS, VisitHosts, own_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


NOT_ARRESTED = re.compile(
    r"without (?:facing |being |any )?(?:arrest|detention|attempt)|none of (?:which|them|whom)|\bneither\b|walk(?:s|ed)? free|no move to (?:arrest|detain)|"
    r"(?:not|never|failed to|failure[^.]{0,60}to|refused to|declined to|no attempt[^.]{0,40}to) (?:be )?(?:arrest|detain|surrender|execute)|despite (?:an? |the )?(?:icc |international )?(?:arrest )?warrant|unarrested|impunity",
    re.IGNORECASE,
)
ARRESTED = re.compile(r"\b(?:was|were|been) (?:arrested|detained)\b|\barrested (?:him|her)\b", re.IGNORECASE)
SOUGHT = re.compile(
    r"\b(?:arrest\w*|warrants?|wanted|fugitive|sought by|indicted|surrender\w*|detain\w*|impunity|"
    r"non[\s-]?(?:compliance|cooperation)|fail\w* to (?:comply|cooperate)|defian\w+ of the (?:icc|court)|"
    r"(?:charged|indicted) (?:by the (?:icc|court) )?with (?:genocide|war crimes|crimes against humanity))\b",
    re.IGNORECASE,
)
FAILED_ARREST = re.compile(
    r"\b(?:fail\w*|declin\w*|refus\w*) to (?:arrest|detain|surrender|execute)|\bnot (?:arrest|arresting|arrested|detain|detaining)\b"
    r"|\ballow\w* (?:[\w .'-]{1,40}? )?to (?:leave|depart|fly)\b|\bfailure to (?:arrest|detain)\b",
    re.IGNORECASE,
)
PRESENCE = re.compile(
    r"\b(?:visits?|trips?|stay|presence|attendance)\b|\bon (?:its|their) (?:territory|soil)\b|"
    r"\b(?:while|when) (?:he|she) (?:was|visited|travelled|traveled|arrived)\b|\bto (?:leave|depart)\b"
    r"|\b(?:was|were) in\b",
    re.IGNORECASE,
)
# "X, who is wanted by the ICC", "X is subject to an ICC arrest warrant": a person the Court seeks, told once
WANTED = re.compile(
    r"\b(?:wanted|sought|indicted) by the (?:icc|international criminal court|court)\b"
    r"|\bsubject (?:of|to) (?:an? |the )?(?:icc |international criminal court )?(?:arrest )?warrants?\b"
    r"|\bfac(?:es|ing|ed) (?:an? |the )?(?:icc|international criminal court)(?:'s|\u2019s)? (?:arrest )?warrants?\b"
    r"|\b(?:icc|court) fugitives?\b|\bfugitives? from (?:the )?(?:icc|court|international criminal court)\b",
    re.IGNORECASE,
)
#: the Court's host State: a sought person taken there is transferred, not visiting
SEAT = "state:nl"
TAKEN = re.compile(r"\b(?:arrest(?:ed)?|custody|surrender\w*|transferr?\w*|detention|detained|flown|handed over)\b", re.IGNORECASE)
REMOTE = re.compile(r"\b(?:by video(?:[\s-]?link)?|virtually|remotely|online)\b", re.IGNORECASE)
HOST_VERBS = frozenset({"host", "receive", "welcome", "invite", "greet"})
SUPPOSED = frozenset({"would", "could", "might", "may", "should"})
# a journey that did not happen: "cancelled his trip", "the visit was called off"
CALLED_OFF = frozenset({"cancel", "postpone", "call", "scrap", "abandon", "defer", "drop", "delay", "shelve", "skip"})


#: titles a report uses for the fugitive it is about: "the Israeli leader", "the Russian president"
LEADER_WORDS = frozenset({"leader", "president", "premier", "fugitive", "strongman", "head"})


#: (r11) a journey placed only in a term of office: "while in power", "during his presidency", "as head of state"
IN_POWER = re.compile(
    r"\b(?:while|when) (?:still )?(?:in power|in office|(?:a )?(?:sitting )?president|head of state"
    r"|(?:he|she) (?:was|were) (?:still )?(?:in power|in office|president|head of state))"
    r"|\bduring (?:his|her|their) (?:presidency|rule|reign|tenure|time in (?:power|office)|years in (?:power|office))\b",
    re.IGNORECASE,
)

class Visits(VisitHosts, EventComponent):
    """`fugitive_visit` events (mixed into ``Justice``)."""

    pending: list[tuple[Finder, Token | None, list[str], list[str]]]

    # --- fugitive visits -----------------------------------------------------------------------
    @staticmethod
    def wanted(ctx: DocContext) -> dict[str, list[int]]:
        """The people the text says the Court seeks, though it tells no warrant of theirs as an event, and
        where it says so."""
        idx = index(ctx)
        out: dict[str, list[int]] = {}
        for m in WANTED.finditer(ctx.document.text):
            near = idx.before(m.start(), PERSON, window=160)
            if near is not None:
                out.setdefault(near, []).append(m.start())
        return out

    @staticmethod
    def _relative(f: Finder, tok: Token, kinds: frozenset[str]) -> list[str]:
        """ "Mongolia, which hosted X", "X, who ... and who was received in Y": the antecedent of the
        relative pronoun that is the verb's subject."""
        v = tok
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        rel = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that") for c in (*tok.children, *v.children))
        return f.resolve(v.head, kinds) if v.dep_ == "relcl" and rel else []

    def visit(self, ctx: DocContext, f: Finder, tok: Token) -> bool:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "should") for c in tok.children):
            return False  # "if he enters its territory": no visit is told
        if any(c.dep_ == "aux" and c.lower_ in SUPPOSED for c in tok.children):
            return False  # "he would invite Netanyahu to Budapest": supposed, not announced
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in CALLED_OFF:
            return False  # "cancelled his trip to South Africa", "the visit was postponed"
        if tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children):
            return False  # "he did not travel to Johannesburg"
        carpet = tok.lemma_ == "roll" and any(c.lemma_ == "carpet" for c in tok.children)
        if tok.pos_ == "VERB" and (tok.lemma_ in HOST_VERBS or carpet):  # "Tajikistan hosted Vladimir Putin"
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            if passive:  # "Putin was hosted in Dushanbe by Tajikistan", "was received in Budapest"
                guest = f.objects(tok, PERSON) or self._relative(f, tok, PERSON)
                hosts = f.prep_objects(tok, ("by", "in", "to"), STATE) or self._hosts_after(f, tok)
                hosts = hosts or self._capitals_after(ctx, f, tok)
            else:
                guest = f.prep_objects(tok, ("for",), PERSON) if carpet else f.objects(tok, PERSON)
                hosts = f.subject(tok, STATE) or self._relative(f, tok, STATE)
                if (
                    not hosts
                    and guest
                    and tok.lemma_ != "invite"  # "Orbán invited Netanyahu to Budapest": no one came yet
                    and not f.subject(tok, frozenset({"igo", "organization", "court"}))
                ):
                    # (r8 gaps) "Viktor Orbán welcomed Netanyahu to Budapest", "Tajik President Rahmon
                    # received Putin in Dushanbe": a leader hosts; the state is the place, or the leader's
                    who = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                    hosts = f.prep_objects(tok, ("to", "in"), STATE) or self._capitals_after(ctx, f, tok)
                    hosts = hosts or [i for c in (who.subtree if who is not None else ()) for i in f.demonym(c)][:1]
            if not guest or not hosts:
                return False
            return self._emit_visit(ctx, f, tok, guest, hosts)
        passive_visit = tok.pos_ == "VERB" and tok.lemma_ in ("visit", "tour") and any(
            c.dep_ == "nsubjpass" for c in tok.children
        )
        if passive_visit:  # "Mongolia was visited by Putin on 3 September 2024"
            subj = f.prep_objects(tok, ("by",), PERSON)
            hosts = [i for c in tok.children if c.dep_ == "nsubjpass" for i in f.resolve(c, STATE)]
        elif tok.pos_ == "VERB":
            subj = f.subject(tok, PERSON)
            if not subj and not any(c.dep_ == "auxpass" for c in (*tok.children, *tok.head.children)):
                subj = self._relative(f, tok, PERSON)  # "X, who travelled to Y"; not "who was flown back to Y"
            two_words = tok.lemma_.lower() in PHRASAL_TRIPS
            if two_words:  # "set foot in Mongolia": the object is the foot, the host the place
                hosts = f.prep_objects(tok, ("in", "on", "into"), STATE)
            else:
                hosts = f.objects(tok, STATE) or f.prep_objects(tok, ("to", "in", "into"), STATE)
            obj = next((c for c in tok.children if c.dep_ == "dobj" and not two_words), None)
            if not hosts and obj is not None:
                hosts = f.list_from(obj.left_edge.i, STATE, skip=6)
        else:
            subj = self._fronted_subject(f, tok) or [
                i for c in tok.children if c.dep_ == "poss" for i in f.resolve(c, PERSON)
            ] or f.prep_objects(
                tok, ("by", "of"), PERSON
            )
            hosts = f.prep_objects(tok, ("to", "in"), STATE)
        if not subj and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
            subj = f.subject(tok.head, PERSON)  # "X, for whom a warrant was issued, paid a state visit to Y"
        on = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") else None
        if on is not None and on.head.pos_ in ("VERB", "AUX"):  # "X is in Hungary this week on an official visit"
            subj = subj or f.subject(on.head, PERSON)
            hosts = hosts or f.prep_objects(on.head, ("in", "to"), STATE)
        if not subj:
            subj = self._fronted_subject(f, tok)  # "During his visit to Mongolia, Putin was greeted by ..."
        if not subj and tok.pos_ == "VERB":
            subj = self._leader_word(ctx, f, tok)  # "The Israeli leader landed in Budapest"
        if not subj:  # the parse missed it: the nearest person before the trigger
            for j in range(tok.i - 1, max(f.sent.start, tok.i - 10) - 1, -1):
                m = f.idx.mention(f.doc[j])
                if m is not None and f.idx.kind(m.entity_id) == "person":
                    subj = [m.entity_id]
                    break
        listed = self._listed_trip(tok) if tok.pos_ == "NOUN" else None
        if not subj and listed is not None:
            # (r10) "X has made two trips since then, including a September visit to A and an October trip to B"
            subj = f.subject(listed, PERSON) or self._sole_person(ctx, f, tok)
        if not subj:
            subj = self._topic_person(ctx, f, tok)  # "X, for whom a warrant was issued on ..., landed in Y"
            if not subj and tok.pos_ == "NOUN":
                subj = f.after_cue(" by ", PERSON, start=tok.idx - f.sent.start_char)
            if not subj and tok.pos_ == "VERB" and tok.dep_ in ("conj", "advcl") and tok.head.pos_ == "VERB":
                subj = f.subject(tok.head, PERSON)  # "He flew to Chad in July and later went to Kenya"
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
    def _fronted_subject(f: Finder, tok: Token) -> list[str]:
        """ "During his visit to X, Y was greeted ...", "On her trip to X, Y met ...": a visit noun owned
        by "his/her" in an adverbial before the clause's subject is the visit of that subject."""
        if tok.pos_ != "NOUN":
            return []
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return []
        owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children)
        # (r8 gaps) "During a two-day visit to Hungary, Netanyahu met Orbán": a fronted "during" phrase
        during = tok.dep_ == "pobj" and tok.head.lower_ in ("during", "on") and tok.head.head.i == verb.i
        if not owned and not during:
            return []
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i), None)
        return f.resolve(subj, PERSON) if subj is not None else []

    def _leader_word(self, ctx: DocContext, f: Finder, tok: Token) -> list[str]:
        """ "The Israeli leader landed in Budapest", "the Russian president arrived": a title for the one
        person the text says the Court seeks (r8 gaps)."""
        who = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if who is None or who.lemma_.lower() not in LEADER_WORDS or f.idx.mention(who) is not None:
            return []
        sought = {p for ev in ctx.events if ev.type == "arrest_warrant" for p in ev.roles.get("subject", [])}
        sought |= {p for p in self.wanted(ctx) if f.idx.kind(p) == "person"}
        if len(sought) != 1:
            return []
        named = [i for c in who.children if c.dep_ in ("amod", "compound") for i in f.demonym(c)]
        person = ctx.kb.get(next(iter(sought))) if ctx.kb is not None else None
        nationality = (getattr(person, "attrs", None) or {}).get("nationality")
        if named and named[0] != nationality:
            return []  # "The Hungarian president landed in Tel Aviv": someone else
        return sorted(sought)

    @staticmethod
    def _listed_trip(tok: Token) -> Token | None:
        """(r10) The verb a journey noun is listed under: "made two trips, including a visit to A and a trip
        to B", "travelled widely, among them a visit to C"."""
        for a in tok.ancestors:  # through the list: "a visit to A, a member state, and a trip to B"
            if a.lower_ in ("including", "among", "notably") and a.head.pos_ in ("VERB", "AUX"):
                return a.head
            if a.pos_ in ("VERB", "AUX"):
                return None
        return None

    @staticmethod
    def _sole_person(ctx: DocContext, f: Finder, tok: Token) -> list[str]:
        """The one person the sentence names before the journey, however far."""
        ids = uniq(m.entity_id for m in ctx.mentions_in(f.sent.start_char, tok.idx) if f.idx.kind(m.entity_id) == "person")
        return ids if len(ids) == 1 else []

    @staticmethod
    def _topic_person(ctx: DocContext, f: Finder, tok: Token) -> list[str]:
        """The person the sentence opens with, when a long aside parts them from the journey ("Mr B, for
        whom the Chamber issued a warrant in 2024, landed in C"): the first person before the trigger,
        if the sentence names no other person between them."""
        if tok.pos_ != "VERB":
            return []  # "the spokesperson said Moscow has no worries about the trip": not his trip
        people = [m for m in ctx.mentions_in(f.sent.start_char, tok.idx) if f.idx.kind(m.entity_id) == "person"]
        ids = uniq(m.entity_id for m in people)
        return ids[:1] if len(ids) == 1 and people[0].start - f.sent.start_char < 40 else []

    @staticmethod
    def _next_sentence(f: Finder) -> str:
        """The sentence after this one (its first 200 characters), where a report tells the failure to arrest."""
        text = doc_text(f.doc)
        start = f.sent.end_char
        stop = text.find(". ", start)
        return text[start : (stop if 0 <= stop < start + 200 else start + 200)]

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
                negated = tok.lemma_ in ("arrest", "detain") and any(c.dep_ == "neg" for c in tok.children)
                if negated or tok.lemma_ in ("fail", "failure", "allow", "decline", "refuse", "permit", "let"):
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
        if REMOTE.search(f.text):
            return False  # "attended the summit by video link": no visit
        hosts = [h for h in hosts if f.idx.kind(h) == "state" and not own_state(ctx, subj, h)]  # "on his way back": no host
        if not hosts:
            return False
        if SEAT in hosts and TAKEN.search(f.text):  # "arrested in Manila and flown to The Hague": a transfer
            hosts = [h for h in hosts if h != SEAT]
            if not hosts:
                return False
        after = self._next_sentence(f)  # "X visited Y in May. The authorities made no attempt to arrest him."
        told = SOUGHT.search(f.text) or NONCOOP.search(f.text) or FAILED_ARREST.search(after)
        told = told or NOT_ARRESTED.search(after)
        if not failed and not (set(subj) & sought) and not told:
            self.pending.append((f, tok, subj, hosts))  # a warrant told later in the text may make them sought
            return False
        arrested = bool(ARRESTED.search(f.text)) and not NOT_ARRESTED.search(f.text)
        arrested = arrested and not NOT_ARRESTED.search(after)
        conf = 0.85 if NOT_ARRESTED.search(f.text) or set(subj) & sought else 0.6
        roles = {"subject": subj, "host": hosts}
        ev = self.emit(ctx, f, "fugitive_visit", roles, {"arrested": arrested}, conf, anchor=tok, region=region)
        self.undated_since(ctx, tok, ev)
        return True

    @staticmethod
    def undated_since(ctx: DocContext, tok: Token | None, ev: Any) -> None:
        """(r10 justice) "Putin has since travelled to Mongolia", "has since then visited": a journey told after
        an earlier act, its own day untold: it keeps no date rather than the earlier act's."""
        if ev is None or ev.date or tok is None:
            return
        since = [c for c in tok.children if c.dep_ in ("advmod", "prep") and c.lower_ == "since"]
        if any(all(g.lower_ == "then" for g in c.children) for c in since):
            ctx.notes.setdefault("events.undated", set()).add(id(ev))
        elif IN_POWER.search(tok.sent.text) and not any(
            d.value and not ctx.document.text[max(0, d.start - 6) : d.start].lower().startswith("since")
            for d in ctx.dates_in(tok.sent.start_char, tok.sent.end_char)
        ):
            # (r11) "travelled to Chad and Djibouti while in power", "during his presidency": no day of its own
            ctx.notes.setdefault("events.undated", set()).add(id(ev))

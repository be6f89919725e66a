"""Findings of non-cooperation: the judicial half of ``Justice`` that reads them.

"the Chamber found that Country A failed to comply with its obligations ... and referred the matter
to the Assembly", "a finding of non-compliance against X", "the 2017 finding against Jordan",
"decisions informing the Security Council of X's visits to A and B".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Event
from .base import EventComponent, Finder, uniq
from .decision_acts import frame_date

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

PERSON = frozenset({"person"})
STATE = frozenset({"state"})
COURTS = frozenset({"court"})
REFEREES = frozenset({"court", "igo"})
JUDGE_ORGANS = ("court:pre-trial", "court:trial", "court:appeals", "court:chambers", "court:icc", "court:judges")

NONCOOP = re.compile(
    r"\bnon[\s-]?(?:cooperation|compliance)\b|\bfail(?:ed|ing|s|ure)?\b[^.]{0,60}\b(?:comply|cooperate|arrest\w*|surrender\w*|execute|detain\w*|apprehend\w*)\b"
    r"|\b(?:has|had|did) not (?:complied|comply|cooperated|cooperate)\b"
    r"|\bfindings? (?:of \S+ )?(?:against|concerning|regarding|in respect of) |\bdecisions? (?:informing|notifying)\b"
    r"|\binform\w* the (?:un |united nations )?security council\b|\bfell short of [^.]{0,60}cooperat"
    r"|\b(?:in breach of|breach\w* of|breach\w*) (?:its |their |the )?(?:legal |international |treaty )?(?:obligations?|dut(?:y|ies))\b"
    r"|\brefus\w* to (?:comply|cooperate|arrest|surrender|execute|detain|apprehend)\b"
    r"|\b(?:for|by|over) not (?:arresting|surrendering|executing|cooperating|complying|detaining|apprehending)\b"  # (r11)
    r"|\b(?:has|had|did|have|having) not (?:honou?red|fulfill?ed|met|respected|discharged|lived up to|executed)\b"
    r"[^.]{0,40}\b(?:dut(?:y|ies)|obligations?|requests?|warrants?)\b"
    r"|\b(?:fail\w*|refus\w*) to (?:honou?r|fulfill?|meet|respect|discharge|live up to|execute)\b"
    r"[^.]{0,40}\b(?:dut(?:y|ies)|obligations?|requests?|warrants?)\b"
    r"|\b(?:disregarded|ignored|violated|flouted|defied) (?:its|their) (?:legal )?(?:obligations?|dut(?:y|ies))\b",
    re.IGNORECASE,
)
REFERRAL = re.compile(
    r"\b(?:refer|transmit|forward|submit|communicat)\w*\b[^.]{0,40}\b(?:finding|decision|matter|conclusion)s?\b"
    r"|\b(?:finding|decision|matter|conclusion)s?\b[^.]{0,40}\b(?:referred|transmitted|forwarded|communicated)\b",
    re.IGNORECASE,
)
DUTY_VERBS = ("honour", "honor", "fulfil", "fulfill", "respect", "discharge", "disregard", "ignore", "violate", "flout")
INFORMING = re.compile(r"\b(?:informing|informs|informed|notifying|notified)\b")
FINDING = re.compile(
    r"\b(?:finding|findings|found|finds|find|decisions?|ruled|conclud\w*|determined|held that|referr\w*|refers?|decided to refer|inform(?:ed|s|ing)|notified|judicial)\b"
    # (r11) "the bench reported Malawi to the Council over its failure to detain him": the referral told as a report
    r"|\breport(?:ed|s|ing)?\b[^.]{0,80}?\bto the (?:un |u\.n\. |united nations )?(?:security council|council|assembly)\b"
    # (r12) "the appeals bench confirmed a censure of Chad over the missed arrest", "the Court rebuked Uganda"
    r"|\b(?:rebuk|reprimand|censur|uph[eo]ld|confirm)\w*\b",
    re.IGNORECASE,
)
#: (r12) verbs whose finding is told as the court's blame or its confirmation on appeal: only a court's
REBUKING = frozenset({"rebuke", "reprimand", "censure", "uphold", "confirm"})
#: (r10) what parts two states of one list when each has its time: " in 2017 and ", " (2011), "
LINK = re.compile(r"[\s,;]*(?:\(?(?:in |on )?[\w ]{0,18}?(?:19|20)\d\d\)?)?[\s,;]*(?:and |as well as )?(?:the )?", re.IGNORECASE)
#: (r10) "judges later found ...": told after an earlier act, its own day untold
LATER = frozenset({"later", "subsequently", "eventually", "afterwards", "since", "then"})
#: (r10) verbs that ask for a finding rather than tell one
ASKING = frozenset({"call", "urge", "ask", "request", "demand", "invite", "encourage", "press", "appeal"})
HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would)\b[^.]{0,40}\b(?:finding|find|refer)", re.IGNORECASE)


def state_referred(f: Finder) -> bool:
    """(r12) "Pre-Trial Chamber I reported Kenya to the Security Council and the Assembly over the visit",
    "the decision to refer Jordan to the Assembly": a State handed to the bodies that act on non-cooperation
    is a finding against it, told without "failed" (not "the Council referred the Libyan case to the Court")."""
    for tok in f.tokens:
        if tok.lemma_ in ("refer", "report") and tok.pos_ == "VERB" and Findings._reported_to(tok):
            obj = next(c for c in tok.children if c.dep_ == "dobj")
            if f.idx.mention(obj) is not None and f.resolve(obj, STATE):
                return True
    return False


class Findings(EventComponent):
    """`non_cooperation_finding` events (mixed into ``Justice``)."""

    # --- non-cooperation -----------------------------------------------------------------------
    def noncooperation(self, ctx: DocContext, f: Finder) -> None:
        low = f.lower
        here = [e for e in ctx.events if e.type == "fugitive_visit" and e.evidence[0][0] == f.sent.start_char]
        states: list[str] = []
        for cue in ("against", "concerning", "regarding", "in respect of", "in relation to"):
            if re.search(rf"\b{cue}\b", low):
                states = uniq(states + f.after_cue(cue, STATE))
        if len(states) == 1 and re.search(r"\bfindings\b", low):
            states = self._chained(ctx, f, states)  # (r10) "findings against Jordan in 2017 and South Africa in 2018"
        verb = None  # the finding's own verb: its subject is the issuer, its date the finding's date
        reported = False
        for tok in f.tokens:
            if tok.lemma_ in ("find", "issue", "refer", "decide", "rule", "conclude", "hold", "make", "inform", "determine", "report", *REBUKING):
                if tok.lemma_ in REBUKING and tok.pos_ != "VERB":
                    continue
                if tok.lemma_ == "report" and not self._reported_to(tok):
                    continue  # "media reported that ...": no referral
                if tok.pos_ == "VERB" and verb is None:
                    verb = tok
                if not states and tok.lemma_ in ("find", "hold", "refer", "declare", "report", *REBUKING) and tok.pos_ == "VERB":
                    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
                    if obj is not None and tok.lemma_ in ("report", *REBUKING) and f.idx.mention(obj) is None:
                        states = f.prep_objects(obj, ("of",), STATE)  # (r11) "reported the African nation of Djibouti"
                    if obj is not None and f.idx.mention(obj) is not None:  # "found Jordan in non-compliance"
                        states = f.resolve(obj, STATE)  # "Hungary was found in non-compliance by the Chamber"
                        if tok.lemma_ == "report":  # (r11) "reported Kenya and Chad to the Council": one report each
                            states = uniq(states + [i for c in obj.conjuncts for i in f.resolve(c, STATE)])
                            reported = len(states) > 1
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
                if tok.lemma_ in ("fail", "failure", "comply", "cooperate", "fall", "breach", *DUTY_VERBS):
                    states = f.subject(tok, STATE) or f.prep_objects(tok, ("of", "by"), STATE)
                    if states:
                        break
        if not states and here:  # "decisions informing the Council of Mr X's visits to Kenya and Chad"
            groups = [([h], e) for e in here for h in e.roles.get("host", [])]
        else:
            if not states:
                states = f.mentions(STATE)[:1] if re.search(r"\bfound that\b|\bfinds that\b", low) else []
            prev = None
            each = reported or bool(re.search(r"\b(?:both|each|all three|all two) cases\b|\brespectively\b", low))
            if not states and INFORMING.search(low):  # "a decision informing the Council of the visit"
                prev = next((e for e in reversed(ctx.events) if e.type == "fugitive_visit"), None)
                states = list(prev.roles.get("host", [])) if prev is not None else []
                if prev is not None and re.search(r"\b(?:visits|trips|both|each of)\b", low):
                    # "informed the Council of the visits": every visit the sentence before told
                    told = [e for e in ctx.events if e.type == "fugitive_visit" and e.evidence == prev.evidence]
                    if len(told) > 1:
                        states = uniq(h for e in told for h in e.roles.get("host", []))
                        prev = None
                        each = True  # one finding per visit
            if not states:
                states = self._government_before(f)
            if not states:
                states = self._both_before(ctx, f)  # (r10) "judges later found both countries had failed"
                each = each or len(states) > 1
            if not states:
                return
            plural = (each or re.search(r"\b(findings|decisions|referrals)\b", low)) and len(states) > 1
            groups = [([st], prev) for st in states] if plural else [(states, prev)]
        issuer: list[str] = []
        for tok in f.tokens:
            if (
                tok.lemma_ in ("find", "issue", "refer", "decide", "rule", "conclude", "make", "inform", "determine", "hold", "establish", "report", *REBUKING)
                and tok.pos_ == "VERB"
                and (tok.lemma_ != "report" or self._reported_to(tok))
            ):
                if tok.dep_ == "acl" and tok.head.lemma_ in ("decision", "ruling", "finding"):
                    # (r12) "set aside the earlier chamber ruling to refer Chad": that chamber's
                    head = tok.head
                    issuer = [i for c in head.children if c.dep_ in ("compound", "poss", "nmod") for i in f.resolve(c, COURTS)]
                    issuer = issuer or f.prep_objects(head, ("by", "of"), COURTS)
                    if issuer:
                        break
                    continue
                issuer = f.subject(tok, COURTS) or f.prep_objects(tok, ("by",), COURTS)
                issuer = issuer or self._chamber_before(f, tok) or self._bare_judges(f, tok)  # type: ignore[attr-defined]
                if issuer:
                    break
        for tok in f.tokens:  # "the finding by Pre-Trial Chamber II that ...", "the Chamber's decision"
            if issuer or tok.pos_ != "NOUN" or tok.lemma_ not in ("finding", "decision", "ruling", "determination"):
                continue
            owner = f.possessor(tok)
            issuer = f.prep_objects(tok, ("by", "of"), COURTS) or (f.resolve(owner, COURTS) if owner is not None else [])
        issuer = [i for i in issuer if i.startswith(JUDGE_ORGANS)]
        if verb is not None and verb.lemma_ in REBUKING and not issuer:
            return  # (r12) "rights groups rebuked Uganda for failing to arrest him": blame, not a judicial finding
        referred: list[str] = []
        for cue in ("refer", "inform", "notif", "report", "transmit", "forward"):
            pos = low.find(cue)
            if pos >= 0 and re.search(r"\b(?:declin\w*|not|refus\w*|without)(?: to)? $", low[max(0, pos - 16) : pos]):
                continue  # "declined to refer the matter", "decided not to refer"
            if pos >= 0:
                to = low.find(" to ", pos)
                if cue in ("inform", "notif"):
                    to = pos + low[pos:].find(" ")
                if to > 0:
                    referred += f.after_cue(
                        low[to : to + 4] if cue in ("refer", "transmit", "forward") else low[pos : to + 1], REFEREES, start=pos
                    )
        referred = [r for r in uniq(referred) if r not in issuer and not r.startswith(JUDGE_ORGANS)]
        subject = []
        am = re.search(r"\b(arrest|surrender|arresting|surrendering|release|releasing|detain|detaining|apprehend|apprehending)\b", low)
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
        told = next(  # "the October 2024 finding by the Chamber": the date inside the finding's own phrase
            (
                d.value
                for t in f.tokens
                if t.pos_ == "NOUN" and t.lemma_ in ("finding", "decision") and t.left_edge.i < t.i
                for d in ctx.dates_in(t.left_edge.idx, t.idx)
                if d.value
            ),
            None,
        )
        year = told or year
        if verb is not None and any(a.lemma_ in ASKING for a in verb.ancestors):
            return  # (r10) "we call on the judges to make a finding of non-compliance": asked for, not made
        if verb is None and len(groups) > 1 and re.search(r"\bfindings\b", low):
            dated = self._dated_states(ctx, f, [g[0][0] for g in groups])
        else:
            dated = {}
        known = {st for e in ctx.events if e.type == "non_cooperation_finding" for st in e.roles.get("state", [])}
        for g, visit in groups:
            if verb is None and set(g) <= known:
                continue  # "calling on the Assembly to respond to the finding concerning the DRC": told before
            who = subject or self._visitor(ctx, g, visit)
            roles = {"issuer": issuer, "state": g, "subject": who, "referred_to": referred}
            date = (visit.date, visit.end_date) if visit is not None and visit.date else None
            if visit is not None and visit.evidence[0][0] != f.sent.start_char and verb is not None:
                date = None  # "the Chamber informed the Council of that visit on 27 August": the finding's own day
            date = (year, None) if year else date
            if verb is not None and not year:  # "In a ruling handed down in July 2025, the Chamber found that ..."
                date = frame_date(ctx, f, verb) or date
            earlier = (
                verb is not None and not year and verb.dep_ == "acl" and verb.head.lemma_ in ("decision", "ruling", "finding")
                and not any(d.value for d in ctx.dates_in(f.sent.start_char, f.sent.end_char))
            )
            if earlier:
                date = (None, None)  # (r12) "by reversing the chamber's decision to refer Jordan": an earlier act, its day untold
            if date is None and verb is None:
                date = (None, None)  # a finding only referred to takes no date from the sentence
            if len(g) == 1 and g[0] in dated:  # (r10) "findings against Jordan in 2017 and South Africa in 2018"
                date = dated[g[0]]
            ev = self.emit(ctx, f, "non_cooperation_finding", roles, {}, 0.85 if issuer else 0.65, anchor=verb, date=date)
            later = verb is not None and any(c.dep_ == "advmod" and c.lower_ in LATER for c in verb.children)
            if ev is not None and (verb is None or later or earlier) and not ev.date:
                # (r10) "This follows earlier findings against Djibouti, Uganda and Chad": referred to, undated
                ctx.notes.setdefault("events.undated", set()).add(id(ev))

    @staticmethod
    def _reported_to(tok: Token) -> bool:
        """(r11) "reported Djibouti to the Security Council", "reported Kenya and Chad to the Assembly": a
        court's report of a State to the body that acts on non-cooperation (not "media reported that ...")."""
        # (r12) "reported Kenya [decision, PDF] to the Council": a bracketed link moves "to" under the words it holds
        near = [*tok.children, *(g for c in tok.children if c.dep_ in ("dobj", "npadvmod") for g in c.children)]
        return any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in ("council", "assembly") for g in c.subtree)
            for c in near
        ) and any(c.dep_ == "dobj" for c in tok.children)

    @staticmethod
    def referral_after(ctx: DocContext, f: Finder) -> None:
        """ "The judges decided to transmit their finding to the Security Council": the referral of the
        finding the sentence before told."""
        prev = next((e for e in reversed(ctx.events) if e.type == "non_cooperation_finding"), None)
        if prev is None or prev.roles.get("referred_to") or not prev.evidence:
            return
        if not 0 <= f.sent.start_char - prev.evidence[-1][1] <= 300:
            return
        referred = [r for r in f.mentions(REFEREES) if r.startswith(("igo:", "court:asp"))]
        if referred:
            prev.roles["referred_to"] = uniq(referred)

    @staticmethod
    def _both_before(ctx: DocContext, f: Finder) -> list[str]:
        """(r10) "Judges later found both countries had failed to comply", "the two states": the hosts of the
        visits told just before, else the states the sentence before named."""
        for t in f.tokens:
            if t.lemma_.lower() not in ("country", "state", "government") or f.idx.mention(t) is not None:
                continue
            if not any(c.lower_ in ("both", "two", "three", "these", "those", "all") for c in t.children):
                continue
            visits = [
                e
                for e in ctx.events
                if e.type == "fugitive_visit" and e.evidence and 0 <= f.sent.start_char - e.evidence[0][1] <= 600
            ]
            if visits:  # the journeys of the one sentence told last
                last = max(e.evidence[0][0] for e in visits)
                return uniq(h for e in visits if e.evidence[0][0] == last for h in e.roles.get("host", []))
            lo = max(0, f.sent.start_char - 400)
            return uniq(m.entity_id for m in ctx.mentions_in(lo, f.sent.start_char) if f.idx.kind(m.entity_id) == "state")
        return []

    @staticmethod
    def _chained(ctx: DocContext, f: Finder, states: list[str]) -> list[str]:
        """The states listed after the first, each with its own time phrase: "against Jordan in 2017 and
        South Africa in 2018", "against Chad (2011), Malawi (2011) and Djibouti (2016)"."""
        ms = [m for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char) if f.idx.kind(m.entity_id) == "state"]
        at = next((k for k, m in enumerate(ms) if m.entity_id == states[0]), None)
        if at is None:
            return states
        out = list(states)
        text = ctx.document.text
        for prev, m in zip(ms[at:], ms[at + 1 :]):
            if not LINK.fullmatch(text[prev.end : m.start]):
                break
            out.append(m.entity_id)
        return uniq(out)

    @staticmethod
    def _dated_states(ctx: DocContext, f: Finder, states: list[str]) -> dict[str, tuple[str | None, str | None]]:
        """ "findings against Jordan in 2017 and South Africa in 2018": the date told right after each state."""
        out: dict[str, tuple[str | None, str | None]] = {}
        for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char):
            if m.entity_id in states and m.entity_id not in out:
                near = [d for d in ctx.dates_in(m.end, min(m.end + 16, f.sent.end_char)) if d.value]
                if near:
                    out[m.entity_id] = (near[0].value, near[0].end_value)
        return out

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

"""Pressure on the Court and those around it: sanctions, threats, condemnations.

Verbal and nominal triggers carry the same roles: "Washington sanctioned two judges", "sanctions
imposed by Washington on two judges", "the designation of the group by the Treasury", "were
designated"; "Moscow opened criminal proceedings against three judges"; "we regret the Assembly's
silence", "our concerns regarding the Committee's recommendation".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .acts import act_actor, is_act
from .base import EventComponent, Finder, clean_phrase, index, lexicon, uniq
from .sanctions import ASSETS, IMPOSERS, RESTRICTIVE, TARGETS, Sanctions, negated
from .statements import relative_speaker, they_the_authors, unnamed_government
from .threats import Threats

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

BAD_WORDS = frozenset({
    "outrageous", "unacceptable", "unlawful", "illegal", "illegitimate", "political", "politicised", "politicized",
    "null", "void", "biased", "shameful", "disgraceful", "absurd", "baseless", "scandalous", "travesty", "slap",
    "irresponsible", "regrettable", "deplorable", "attack", "puppet", "kangaroo", "farce",
})  # fmt: skip
SAYING = frozenset({"say", "state", "add", "declare", "tell", "write", "post", "tweet", "argue", "insist", "warn"})
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "constitute", "amount", "represent"})
JUDICIAL_ORGANS = ("court:pre-trial", "court:trial", "court:appeals", "court:chambers", "court:judges")
IMPOSING = frozenset({"slap", "levy", "announce", "place", "put", "introduce", "reimpose", "extend", "expand"})
ACT_PRONOUNS = frozenset({"it", "them", "this", "these", "those", "they"})
SANCTION_ACTS = frozenset({"sanction", "designation", "listing", "order", "ban", "freeze", "penalty", "blacklisting"})
THREAT_ACTS = frozenset({
    "threat", "attack", "intimidation", "campaign", "proceeding", "proceedings", "case", "reprisal", "harassment",
    "surveillance", "prosecution", "warning", "pressure",
})  # fmt: skip
GENERIC_ACTS = frozenset({"measure", "move", "step", "action", "act", "attempt", "effort", "interference"})
ASKED = frozenset({"should", "must", "ought", "shall", "could", "might"})
REJECTING_NOUNS = frozenset({"rejection", "condemnation", "criticism", "opposition", "denunciation", "repudiation"})
CONCERN_PREPS = frozenset({"at", "about", "over", "regarding", "concerning", "with", "by", "towards", "on"})
CONCERN_VERBS = frozenset(
    {"express", "voice", "raise", "highlight", "reiterate", "share", "note", "register", "convey", "wish", "have"}
)


# the year each US sanctions order was signed: no sanction before it was made under it
ORDER_YEARS = {"instrument:us-eo-13928": "2020", "instrument:us-eo-14203": "2025", "instrument:us-eo-14022": "2021"}


def acting_for(ctx: DocContext, entity_id: str) -> list[str]:
    """The state an actor acts for, from the KB: a state organ's state ("Mossad" -> Israel), an
    official's state while in office on the document's date ("Secretary Rubio" -> United States).
    Only states the document itself names."""
    kb = ctx.kb
    ent = kb.get(entity_id) if kb is not None else None
    if ent is None:
        return []
    found: list[str] = []
    if ent.kind in ("organization", "igo") and str(ent.attrs.get("state") or "").startswith("state:"):
        found.append(ent.attrs["state"])
    if ent.kind == "person":
        for term in ent.attrs.get("offices") or []:
            body = str(kb.office_info.get(term.get("office"), {}).get("body") or "")
            if body.startswith("state:") and ent in kb.holders(term["office"], ctx.document.date):
                found.append(body)
    return [s for s in uniq(found) if s in ctx.entities and s != entity_id]


def quoted_tokens(f: Finder) -> set[int]:
    """Indices of the sentence's tokens inside quotation marks (titles, quoted words), in one pass."""
    inside: set[int] = set()
    curly = straight = 0
    for t in f.tokens:
        if t.text == "\u201c":
            curly += 1
        elif t.text == "\u201d":
            curly = max(0, curly - 1)
        elif t.text == '"':
            straight ^= 1
        elif curly or straight:
            inside.add(t.i)
    return inside


class Pressure(Sanctions, Threats, EventComponent):
    """`sanction`, `threat` and `condemnation` events."""

    name = "events.pressure"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        self.lex = lexicon()
        super().__call__(ctx)

    def emit(self, ctx: DocContext, f: Finder, etype: str, roles: dict[str, list[str]], *args: Any, **kw: Any) -> Any:
        """An official or a state organ acts for its state: "President Trump signed", "the Investigative
        Committee opened" make the state imposer or perpetrator too."""
        for role in ("imposer", "perpetrator"):
            if roles.get(role):
                roles[role] = uniq(x for i in roles[role] for x in [i, *acting_for(ctx, i)])
        if etype == "threat" and roles.get("perpetrator"):
            # "Russia opens a case against ICC judges over Putin warrant": a state does not threaten its own leader
            own = set(roles["perpetrator"])
            roles["target"] = [t for t in roles.get("target", []) if not own & set(acting_for(ctx, t))]
            if not roles["target"]:
                return None
        ev = super().emit(ctx, f, etype, roles, *args, **kw)
        if ev is not None and etype == "sanction":
            if ev.date and ev.roles.get("instrument"):  # "sanctioned Bensouda in 2020": not under the 2025 order
                ev.roles["instrument"] = [i for i in ev.roles["instrument"] if ORDER_YEARS.get(i, "0") <= ev.date[:4]]
            self._name_the_described(ctx, ev)
        return ev

    @staticmethod
    def _name_the_described(ctx: DocContext, ev: Any) -> None:
        """ "OFAC added two judges of the Court to its list. The designation of Judge A and Judge B ...":
        a sanction told first by its targets' description and then by their names is one sanction."""
        idx = index(ctx)
        named = [t for t in ev.roles.get("target", []) if idx.kind(t) in ("person", "organization")]
        if not named or ev not in ctx.events:
            return
        keep = None
        for prev in reversed(ctx.events[:-1]):
            if prev.type != "sanction" or ev.evidence[0][0] - prev.evidence[0][0] > 700:
                continue
            targets = prev.roles.get("target", [])
            if not (
                targets
                and all(idx.kind(t) == "court" for t in targets)
                and (not prev.roles.get("imposer") or set(prev.roles["imposer"]) & set(ev.roles.get("imposer", [])))
                and (not prev.date or not ev.date or prev.date[:7] == ev.date[:7])
            ):
                break
            if keep is None:  # the nearest description takes the names and the named sentence's date
                keep, gone = prev, ev
                keep.roles["target"] = list(named)
                keep.date, keep.end_date = (ev.date, ev.end_date) if ev.date else (prev.date, prev.end_date)
            else:  # an earlier description of the same act ("US sanctions on ICC judges" in a headline)
                gone = prev
            for role, ids in gone.roles.items():
                if role != "target":
                    keep.roles[role] = uniq([*keep.roles.get(role, []), *ids])
            keep.evidence = sorted(set(keep.evidence) | set(gone.evidence))
            ctx.events.remove(gone)

    def sentence(self, ctx: DocContext, f: Finder) -> None:
        s, t, c = self.lex["sanction"], self.lex["threat"], self.lex["condemnation"]
        self.criticism(ctx, f)
        by_order = self.sanction_by_order(ctx, f)
        # quoted words are titles ("Protecting the Court") or someone's words: no sanction or threat is
        # told there, but a quoted speaker's "we deplore" is their condemnation
        quoted = quoted_tokens(f)
        speaking = bool(ctx.notes.get("events.speaker", {}).get(f.sent.start))
        condemning: list[Token] = []
        self.future_act(ctx, f)  # "Washington will take further steps against the Court" (quoted words too)
        for tok in f.tokens:
            lem = tok.lemma_.lower()
            if tok.i in quoted:
                if speaking and self.condemning(tok, lem, c):
                    condemning.append(tok)
                continue
            if by_order and lem == "impose":
                continue
            if not by_order and self.sanction_trigger(ctx, f, tok, lem, s["verbs"]):
                self.sanction(ctx, f, tok)
            key = self.threat_key(tok)
            if tok.pos_ == "VERB" and lem in t["verbs"]:
                self.threat(ctx, f, tok, t["verbs"][lem])
            elif key is not None:
                self.threat(ctx, f, tok, t["nouns"][key])
            elif self.measures_against(ctx, f, tok, lem):
                self.threat(ctx, f, tok, "other")
            elif tok.pos_ == "VERB" and lem in ("press", "push", "lean", "persuade", "convince"):
                self.pressed_to_drop(ctx, f, tok)
            if self.condemning(tok, lem, c):
                condemning.append(tok)
            if tok.pos_ == "VERB" and lem == "warn" and tok.i not in quoted:
                self.warning(ctx, f, tok)
        self.threat_phrases(ctx, f)
        self.case_concerns(ctx, f)
        for tok in condemning:  # after the sentence's own sanctions and threats: their actors are the targets
            self.condemnation(ctx, f, tok)

    @staticmethod
    def measures_against(ctx: DocContext, f: Finder, tok: Token, lem: str) -> bool:
        """ "the measures announced by X against the Prosecutor", "steps taken against its judges": an act
        against the Court's people that is not a sanction told in the same sentence."""
        if tok.pos_ != "NOUN" or lem not in ("measure", "step", "action", "move", "proceeding"):
            return False
        if not any(c.dep_ in ("prep", "acl") and c.lower_ in ("against", "targeting") for c in tok.subtree if c.i > tok.i):
            return False
        if re.search(r"sanction|designat|visa|asset|freez|ban\b|blocking", f.lower):
            return False
        return not any(e.type == "sanction" and e.evidence[0][0] == f.sent.start_char for e in ctx.events)

    @staticmethod
    def sanction_trigger(ctx: DocContext, f: Finder, tok: Token, lem: str, verbs: list[str]) -> bool:
        """ "sanctioned", "designated", "sanctions", "imposed visa bans", "blocked the property of",
        "were added to the list" (or "added" right after another sanction)."""
        if tok.pos_ in ("NOUN", "PROPN") and lem == "order" and any(c.lower_ == "executive" for c in tok.children):
            # "signed an executive order targeting its chief prosecutor" (an order the text does not number)
            return any(
                c.dep_ in ("acl", "relcl") and c.lemma_ in ("target", "sanction", "impose", "authorise", "authorize", "block")
                for c in tok.children
            )
        if tok.pos_ == "NOUN" and lem in ("listing", "blacklisting", "delisting"):
            # "the listing of the Prosecutor in February": with its object only
            return lem != "delisting" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        if tok.pos_ == "NOUN":
            return lem in ("sanction", "designation")
        if tok.pos_ != "VERB":
            return False
        if lem in verbs:
            return True
        if lem == "impose":
            return any(g.lemma_ in RESTRICTIVE for g in tok.children)
        if lem in IMPOSING:  # "slapped visa bans on", "announced asset freezes against"
            return any(
                g.dep_ == "dobj"
                and g.lemma_ in RESTRICTIVE - {"sanction", "designation"}
                and (g.lemma_ != "measure" or any(a.lemma_ in ("restrictive", "economic", "financial") for a in g.children))
                for g in tok.children
            )  # "announced measures against the judges" may be any reprisal: a threat, read below
        if lem in ("block", "freeze", "seize"):
            return any(g.dep_ == "dobj" and g.lemma_ in ASSETS for g in tok.children)
        if lem == "list":  # "were listed by OFAC", "Treasury listed three groups" near a sanction
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            recent = f.sent.start_char - ctx.notes.get("events.last_sanction_end", -9999) < 600
            by = f.prep_objects(tok, ("by",), IMPOSERS) if passive else f.subject(tok, IMPOSERS)
            return bool(by) and any(f.idx.kind(i) == "state" for i in by) and (
                passive or recent or bool(re.search(r"sanction|designat|ofac|treasury|sdn", f.lower))
            )
        if lem == "add":
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            listed = "list" in f.lower
            recent = f.sent.start_char - ctx.notes.get("events.last_sanction_end", -9999) < 400
            return (listed and (passive or bool(f.subject(tok, IMPOSERS)))) or (
                recent and bool(f.subject(tok, IMPOSERS))
            )
        return False

    def criticism(self, ctx: DocContext, f: Finder) -> None:
        """An NGO text's plain account of inaction is its criticism: "the Commission has not acted"."""
        voice = ctx.notes.get("events.doc_voice") or []
        if not voice or not all(f.idx.kind(v) == "organization" for v in voice) or f.speakers_for(f.sent.root):
            return
        for v in f.tokens:
            if (
                v.pos_ not in ("VERB", "AUX")
                or v.dep_ not in ("ROOT", "ccomp", "conj")
                or (v.dep_ == "ccomp" and v.head.lemma_ not in ("regret", "note", "deplore", "observe"))
            ):
                continue
            inaction = (
                any(c.dep_ == "neg" for c in v.children)
                and v.lemma_ not in ("be", "have")
                or any(c.dep_ == "dobj" and any(g.lower_ in ("no", "little") for g in c.children) for c in v.children)
                or (v.lemma_ == "fail" and any(c.dep_ == "xcomp" for c in v.children))
                or (v.lemma_ == "remain" and "silent" in f.lower)
            )
            if not inaction or any(
                c.lower_ in ("if", "when", "unless", "until") for c in v.children if c.dep_ in ("mark", "advmod")
            ):
                continue
            subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            target = [t for t in f.resolve(subj, frozenset({"igo", "court", "state"})) if t not in voice]
            if target:
                self.emit(
                    ctx,
                    f,
                    "condemnation",
                    {"agent": voice, "target": target},
                    {"about": clean_phrase(f.doc[subj.i : v.right_edge.i + 1].text, 14)},
                    0.5,
                    anchor=v,
                )
                return

    def bad_words(self) -> frozenset[str]:
        """Words that make a description a condemnation ("unlawful", "a travesty", "an assault on")."""
        return BAD_WORDS | frozenset(self.lex["condemnation"].get("bad_words", []))

    def called_bad(self, tok: Token) -> bool:
        """ "called the warrants outrageous", "branded the Court a political tool", "rejected them as biased"."""
        bad = self.bad_words()
        if any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") or c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")
            for c in tok.children
        ):
            return False  # "called on States to ...": a demand; "what it called X", "that it described as X": relative
        for c in tok.children:
            if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "dobj", "attr") or c.dep_ == "prep" and c.lower_ == "as":
                words = {t.lemma_.lower() for t in c.subtree}
                if words & bad:
                    return True
        return False

    def condemning(self, tok: Token, lem: str, c: dict) -> bool:
        """Is ``tok`` a condemnation trigger ("condemned", "concern", "unacceptable", "called X a farce")?"""
        return bool(
            tok.pos_ == "VERB"
            and lem in ("call", "brand", "label", "describe", "deem", "term", "dismiss")
            and self.called_bad(tok)
            or (tok.pos_ == "VERB" and lem in SAYING and self.said_bad(tok))
            or (tok.pos_ == "VERB" and lem in c["verbs"] and lem != "attack")
            or (tok.pos_ == "NOUN" and lem in c["nouns"])
            or (tok.pos_ == "ADJ" and lem in c["adjectives"] and tok.dep_ == "acomp")
            or self.felt(tok, c)
            or self.described_bad(tok, lem, c) is not None
        )

    def described_bad(self, tok: Token, lem: str, c: dict) -> Token | None:
        """ "These measures are unacceptable attempts to ...", "Such threats constitute an assault on ...":
        an act named by the subject is described as bad. Returns the subject (the act)."""
        if tok.pos_ not in ("NOUN", "ADJ") or tok.dep_ not in ("attr", "dobj", "amod"):
            return None
        noun = tok.head if tok.dep_ == "amod" else tok
        if tok.dep_ == "amod" and lem not in c["adjectives"] or tok.dep_ != "amod" and lem not in self.bad_words():
            return None
        cop = noun.head
        if noun.dep_ not in ("attr", "dobj") or cop.lemma_ not in COPULAS or cop.dep_ not in ("ROOT", "conj"):
            return None
        subj = next((g for g in cop.children if g.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS:
            return None
        if not any(g.dep_ in ("det", "amod", "predet") and g.lower_ in ("these", "this", "such", "those", "that") for g in subj.children):
            return None  # the act was just told ("These measures ..."), not a new one ("the case was an attempt")
        return subj

    def speaker(self, ctx: DocContext, f: Finder, v: Token) -> list[str]:
        """Who condemns: the claimant of the verb, read through "who" and through a release's "They"."""
        from .voice import Voice  # the claimant logic is shared with demands

        got = Voice.claimant(self, ctx, f, v) or unnamed_government(f, v)  # type: ignore[arg-type]
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and got and all(f.idx.kind(g) == "organization" for g in got):
            # "FIDH and its member organisation in Burundi, the Ligue Iteka, condemn ...": both condemn
            named = [f.idx.mention(t) for t in subj.subtree]
            got = uniq([*got, *(m.entity_id for m in named if m is not None and f.idx.kind(m.entity_id) == "organization")])
        return they_the_authors(f, v, relative_speaker(f, v, got))

    @staticmethod
    def praised_for(f: Finder, tok: Token) -> list[str]:
        """ "commended the EU and Slovenia for rejecting the sanctions": the EU and Slovenia reject them."""
        if tok.dep_ != "pcomp" or tok.head.lower_ != "for" or tok.head.head.pos_ != "VERB":
            return []
        return [i for c in tok.head.head.children if c.dep_ == "dobj" for i in f.resolve(c)]

    @staticmethod
    def felt(tok: Token, c: dict) -> bool:
        """A feeling told as a passive participle: "we are deeply concerned by", "she was alarmed at"."""
        return (
            tok.tag_ == "VBN"
            and tok.lower_ in c["adjectives"]
            and any(a.dep_ == "auxpass" or a.lemma_ in ("be", "remain", "feel") for a in tok.children)
        )

    def said_bad(self, tok: Token) -> bool:
        """ "X said the visit was a slap in the face", "said the sanctions were unlawful", "told reporters
        the court had become a political court", "said the measures constituted an assault on ..."."""
        bad = self.bad_words()
        for c in tok.children:
            if c.dep_ == "ccomp" and c.lemma_ in COPULAS and any(g.dep_ in ("nsubj",) for g in c.children):
                pred = [g for g in c.children if g.dep_ in ("attr", "acomp", "dobj", "oprd", "xcomp")]
                if any(t.lemma_.lower() in bad or t.lower_ in bad for p in pred for t in p.subtree):
                    return True
        return False

    @staticmethod
    def actor_in(f: Finder, head: Token, agent: list[str]) -> list[str]:
        """The actor behind an act named by a phrase ("the measures announced by X against Y" -> X)."""
        skip: set[int] = set()
        for t in head.subtree:
            if (
                t.dep_ == "prep"
                and t.lower_ in ("against", "on", "at", "to", "targeting", "towards", "for", "of")
                and t.i > head.i
            ):
                if t.lower_ == "of" and not any(g.lemma_ in ("court", "prosecutor", "judge") for g in t.children):
                    continue
                skip.update(x.i for x in t.subtree)
        for t in head.subtree:
            if t.i in skip or t.i <= head.i - 6:
                continue
            m = f.idx.mention(t)
            if (
                m is not None
                and f.idx.kind(m.entity_id) in TARGETS
                and m.entity_id not in agent
                and f.idx.kind(m.entity_id) != "court"
            ):
                return [m.entity_id]
        return []

    def act_owner(self, ctx: DocContext, f: Finder, obj: Token) -> list[str]:
        """Whose act is condemned when the text names only the act: "deplores the measures",
        "rejects them", "concern at the sanctions": the phrase's own actor ("the order issued by X"),
        else the imposer or perpetrator of the sanction or threat the text has just told."""
        lem = obj.lemma_.lower()
        if obj.lower_ not in ACT_PRONOUNS and lem not in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS:
            return []
        if obj.lower_ not in ACT_PRONOUNS:
            own = [
                i
                for t in obj.subtree
                if t.i > obj.i and t.dep_ in ("pobj", "agent") and t.head.lower_ == "by"
                for i in f.resolve(t, TARGETS)
            ] or [i for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" for i in f.resolve(c, TARGETS)]
            if own:
                return own
            for c in obj.children:  # "the sanctions imposed by X", "the order issued by X"
                if c.dep_ in ("acl", "relcl"):
                    got = f.prep_objects(c, ("by",), TARGETS)
                    if got:
                        return got
        types = (
            ("sanction",)
            if lem in SANCTION_ACTS
            else ("threat",) if lem in THREAT_ACTS else ("sanction", "threat")
        )
        for e in reversed(ctx.events):
            # a news report tells the sanction once, at the top; a threat is what was just told
            if e.evidence[0][0] < f.sent.start_char - 4000:
                break
            if e.type in types and (e.type == "sanction" or e.evidence[0][0] >= f.sent.start_char - 1500):
                who = e.roles.get("imposer") or e.roles.get("perpetrator") or []
                states = [i for i in who if f.idx.kind(i) == "state"]
                if who:
                    return states or who[:1]
        return []

    def aimed_at(self, ctx: DocContext, f: Finder, np: Token, agent: list[str]) -> list[str]:
        """Who a condemned phrase is aimed at: the actor it names ("condemned Russia"), else the actor
        behind the act it names ("the US decision", "the sanctions imposed by X", "its withdrawal"),
        else the actor of the sanction or threat just told ("the measures")."""
        if np.lower_ in ("what", "which") and np.dep_ == "dobj":  # "denounced what it called X's campaign"
            named = next((c for c in np.head.children if c.dep_ == "ccomp"), None)
            np = next((g for g in named.children if g.dep_ in ("oprd", "dobj", "attr")), np) if named is not None else np
        own = self.act_owner(ctx, f, np) if np.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS else []
        if own:
            return [t for t in own if t not in agent]
        got = [t for t in f.resolve(np, TARGETS) if t not in agent]
        if not got and is_act(np):
            got = act_actor(f, np, agent)
        return got or self.act_owner(ctx, f, np) or self.actor_in(f, np, agent)

    def condemnation(self, ctx: DocContext, f: Finder, tok: Token) -> None:
        if negated(tok):
            return
        target: list[str] = []
        about = ""
        if self.felt(tok, self.lex["condemnation"]):  # "she was 'concerned' by the announcement"
            subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            agent = f.resolve(subj) if subj is not None else []
            target = [
                i
                for p in tok.children
                if p.dep_ in ("agent", "prep") and (p.lower_ in CONCERN_PREPS or p.lower_ == "to" and tok.lower_ == "opposed")
                for g in p.children
                if g.dep_ == "pobj"
                for i in self.aimed_at(ctx, f, g, agent)
            ]
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            target = target or (f.subject(clause, TARGETS) if clause is not None else [])
            about = clean_phrase(f.doc[tok.i : tok.right_edge.i + 1].text, 14)
        elif tok.pos_ == "VERB":
            if (
                tok.dep_ in ("amod", "acl")
                or any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)
                and tok.head.lemma_ not in ("wish", "want")
                or any(c.dep_ == "aux" and c.lower_ in ASKED for c in tok.children)
            ):
                return  # "States should condemn ...", "must say clearly that ...": asked for, not done
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            agent = (
                f.prep_objects(tok, ("by",))
                if passive
                else self.praised_for(f, tok)
                or self.speaker(ctx, f, tok)
            )
            if passive and not agent:
                return
            obj = next((c for c in tok.children if c.dep_ in (("nsubjpass",) if passive else ("dobj",))), None)
            if obj is None and not passive:  # "condemns in the strongest terms the designation": hung on "terms"
                obj = next((g for c in tok.children if c.dep_ == "prep" for t in c.children if t.lemma_ == "term"
                            for g in t.children if g.dep_ in ("appos", "dobj") and g.i > t.i), None)  # fmt: skip
            if obj is not None and obj.lower_ in ("which", "that") and tok.dep_ == "relcl":
                obj = tok.head  # "the sanctions imposed by X, which we firmly reject,": what "which" stands for
            if tok.lemma_ == "tell" and obj is not None:
                obj = None  # "told reporters that ...": the listeners, not what is condemned
            cc = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if obj is None and cc is not None and tok.lemma_ in SAYING:
                obj = next((g for g in cc.children if g.dep_ == "nsubj"), None)  # "said the visit was a slap"
            if obj is not None:
                target = self.aimed_at(ctx, f, obj, agent)
                for more in obj.conjuncts:  # "the proceedings opened by A, as well as the threats voiced by B"
                    if more.lemma_.lower() in SANCTION_ACTS | THREAT_ACTS | GENERIC_ACTS:
                        target = uniq([*target, *(t for t in self.act_owner(ctx, f, more) if t not in agent)])
                about = clean_phrase(f.doc[obj.left_edge.i : obj.right_edge.i + 1].text, 14)
            elif cc is not None:
                named = next((g for g in cc.children if g.dep_ in ("oprd", "dobj", "attr")), None)
                target = (
                    [t for t in f.subject(cc, TARGETS) if t not in agent]
                    or (self.aimed_at(ctx, f, named, agent) if named is not None else [])
                    or self.actor_in(f, cc, agent)
                )
                about = clean_phrase(f.doc[cc.left_edge.i : cc.right_edge.i + 1].text, 14)
            target = target or f.prep_objects(tok, ("against", "by", "at", "over"), TARGETS)
            if obj is not None and (not target or obj.lower_ in ACT_PRONOUNS):
                target = self.act_owner(ctx, f, obj) or target
            if (
                not target
                and obj is not None
                and obj.lemma_ in ("warrant", "ruling", "judgment", "decision", "jurisdiction")
                and "court:icc" in ctx.entities
                and (obj.lemma_ != "decision" or re.search(r"\b(icc|court)\b", f.lower))
            ):
                target = ["court:icc"]  # "rejected the warrant": the Court that issued it
        elif (described := self.described_bad(tok, tok.lemma_.lower(), self.lex["condemnation"])) is not None:
            cop = (tok.head if tok.dep_ == "amod" else tok).head
            agent = f.speakers_for(cop) or f.voice(cop)
            target = self.aimed_at(ctx, f, described, agent)
            about = clean_phrase(f.doc[described.left_edge.i : cop.right_edge.i + 1].text, 14)
        elif tok.pos_ == "ADJ":
            agent = f.subject(tok.head)
            target = f.prep_objects(tok, ("by", "about", "at", "over", "with", "that"), TARGETS)
            for p in (c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "about", "at", "over", "with")):
                for g in p.children:
                    if not target and g.dep_ == "pobj":
                        target = self.aimed_at(ctx, f, g, agent)
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            target = target or (f.subject(clause, TARGETS) if clause is not None else [])
            about = clean_phrase(f.doc[tok.i : tok.head.right_edge.i + 1].text, 14)
        else:
            gov = tok.head if tok.dep_ in ("dobj", "nsubj") else (tok.head.head if tok.dep_ == "pobj" else None)
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if gov is None or gov.pos_ not in ("VERB", "AUX"):
                if not poss:
                    return
                gov = None
            elif poss and tok.dep_ == "nsubj":  # "Our condemnation of X is unequivocal", "their opposition ... was"
                gov = None
            elif gov.lemma_ not in CONCERN_VERBS and gov.lemma_ not in self.lex["condemnation"]["verbs"]:
                return
            agent = f.resolve(poss[0]) if poss and (poss[0].pos_ != "PRON" or tok.dep_ == "nsubj") else []
            if gov is not None and gov.lemma_ in CONCERN_VERBS and tok.dep_ == "dobj":
                # "the President reiterated the Assembly's rejection of ...": both speak
                agent = uniq([*self.speaker(ctx, f, gov), *agent])
            if not agent and gov is not None:
                agent = self.speaker(ctx, f, gov)
            target = f.prep_objects(
                tok, ("regarding", "about", "over", "at", "with", "on", "by", "concerning", "against", "for"), TARGETS
            )
            if not target and tok.lemma_.lower() in REJECTING_NOUNS:  # "the rejection of all coercive measures"
                objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
                target = [i for g in objs if g.dep_ == "pobj" for i in self.aimed_at(ctx, f, g, agent)]
            if not target:
                clause = next(
                    (c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")), None
                )
                if clause is None and gov is not None:
                    clause = next((c for c in gov.children if c.dep_ == "ccomp"), None)
                target = f.subject(clause, TARGETS) if clause is not None else []
                for more in clause.conjuncts if clause is not None else ():  # "noted with concern that A did X, and that B ..."
                    target = uniq([*target, *f.subject(more, TARGETS)])
                target = target or self.actor_in(f, tok, agent)
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in CONCERN_PREPS]
            if gov is not None and tok.dep_ == "dobj":  # "expressed regret at the decision": the verb holds "at"
                preps += [c for c in gov.children if c.dep_ == "prep" and c.lower_ in CONCERN_PREPS]
            for p in preps:
                for g in p.children:  # "concern at the measures", "regret over the sanctions"
                    if not target and g.dep_ == "pobj":
                        target = self.aimed_at(ctx, f, g, agent)
            about = clean_phrase(f.doc[tok.i : tok.right_edge.i + 1].text, 14)
        target = [t for t in target if t not in agent]
        if not agent:
            return
        if tok.pos_ == "VERB" and all(a.startswith(JUDICIAL_ORGANS) for a in agent):
            # "The Chamber rejected Israel's challenge": a ruling, not a condemnation
            if tok.lemma_ in ("reject", "dismiss"):
                self.emit(ctx, f, "decision", {"body": agent}, {"title": about}, 0.7, anchor=tok)
            return
        self.emit(
            ctx,
            f,
            "condemnation",
            {"agent": agent, "target": target},
            {"about": about},
            0.8 if target else 0.6,
            anchor=tok,
        )

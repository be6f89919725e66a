"""Threats: "Moscow opened criminal proceedings against three judges", "spied on the Court",
"a cyberattack on its systems", "put on Russia's wanted list"; `kind` comes from the trigger.

A mixin of the ``Pressure`` component (it shares the sentence loop and the lexicon).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Finder, uniq
from .pressure_args import (
    ANSWERING,
    NAMING,
    PERPETRATORS,
    PREVENTING,
    TARGETS,
    after_noun,
    attempt_by_measures,
    hypothetical,
    on_a_list,
    passive_agent,
    possessive_appositions,
    pronoun_target,
    recent_threat,
    seat_of,
)
from .sanction_args import quantified
from .sanctions import ASSETS, negated
from .threat_agents import accused_of, agent_of, agent_seat, attempt_owner, attributed_to, told_actor
from .threat_args import (
    PEOPLE,
    affiliated,
    chained_object,
    court_word,
    held_in,
    in_condition,
    named_in,
    prep_targets,
    pronominal,
    relative_object,
    threatened_act,
    title_state,
    told_passive,
)
from .threat_forms import ThreatForms, earlier_prosecuting_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

SANCTION_WORDS = frozenset({"sanction", "designation", "measure", "order", "listing"})
COURTROOM = frozenset({"charge", "convict", "sentence", "jail", "imprison"})
# "UN experts alarmed by intimidation of Court staff": a concern about acts told elsewhere, with their actors
ALARMED = frozenset({"alarm", "concern", "worry", "trouble", "shock", "dismay", "disturb", "deplore", "note"})
THREATENED = frozenset({"sanction", "measure", "reprisal", "retaliation", "prosecution", "arrest", "consequence"})
WATCHED = frozenset({"phone", "communication", "email", "call", "staff", "official", "movement", "account", "device"})
SUFFERED = frozenset({"face", "suffer", "experience", "receive", "endure", "report"})
# "did not name any state behind the hacking", "attributed the intrusion to ...": who names it did not do it
ATTRIBUTING = frozenset({"name", "identify", "attribute", "blame", "accuse", "point", "trace", "link"})
STRIKING = frozenset({
    "target", "hit", "affect", "strike", "reach", "compromise", "disrupt", "paralyse", "paralyze", "aim",
    "portray", "depict", "paint", "cast", "brand", "accuse", "single", "focus", "smear", "vilify", "attack", "harass",
})  # fmt: skip
SERIES = frozenset({"campaign", "pattern", "wave", "series", "climate", "act", "form", "barrage", "torrent", "string"})
SENDING = frozenset({"send", "direct", "address", "issue", "make", "level", "aim", "deliver", "post", "write"})
# "the proceedings amount to an attempt to interfere with ...": a name given to an act told elsewhere
CHARACTERISING = frozenset({"amount", "constitute", "represent", "qualify", "equate"})
ADDING = frozenset({"add", "include", "enter", "list", "name"})  # "added Mr Khan to its list of wanted persons"
# "bombarded the judges with threats", "flooded their inboxes with malware": who gets it is the target
WITH_HARMING = frozenset({"bombard", "flood", "inundate", "threaten", "harass", "deluge", "pelt", "infect", "menace"})


ONGOING = frozenset({
    "continued", "continuing", "ongoing", "recent", "latest", "repeated", "persistent", "renewed", "sustained",
    "unprecedented", "current", "escalating", "relentless", "systematic",
})  # fmt: skip


def first_clause_owner(v: Token, np: Token | None) -> Token | None:
    """The owner of a pronoun-owned phrase in a second clause ("lawyers were put under surveillance, and their
    devices were infected"): the first clause's subject, not a body named in an earlier sentence."""
    if np is None or v.dep_ != "conj" or not any(c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her") for c in np.children):
        return np
    return next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), np)


def definite(tok: Token) -> bool:
    """Is the deplored threat a particular one, told as having happened ("the threats of sanctions against its
    officials", "the continued campaign of intimidation"), not threats in general ("threats against the Court")?"""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those", "such"))
        or (c.dep_ == "amod" and c.lower_ in ONGOING)
        for c in tok.children
    )


class Threats(ThreatForms):
    """`threat` events (mixin of ``Pressure``)."""

    def told_by_noun(self, noun: Token) -> bool:
        """Is the noun a threat word, or a campaign or operation a threat word names ("a disinformation campaign",
        "an operation to surveil")?"""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        return self.threat_key(noun) is not None or (
            noun.lemma_ in SERIES | {"operation", "effort", "attempt"}
            and any(self.threat_key(c) is not None for c in noun.children if c.dep_ in ("compound", "amod"))
        )

    def named_as(self, tok: Token) -> bool:
        """Is the trigger a name given to another threat word's act ("the breach was assessed as an act of
        espionage", "described the hacking as espionage")?"""
        w, via_as = tok, False
        for _ in range(5):
            if w.dep_ == "pobj" and w.head.lower_ == "as":
                via_as = True
            if w.head.i == w.i:
                return False
            w = w.head
            if w.pos_ in ("VERB", "AUX"):
                break
        if not via_as or w.pos_ not in ("VERB", "AUX"):
            return False
        return any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != tok.i and self.told_by_noun(c) for c in w.children
        ) or (w.dep_ == "relcl" and self.told_by_noun(w.head))  # "a cyberattack, which the Court described as espionage"

    def heading_word(self, ctx: DocContext, eid: str) -> bool:
        """An organisation whose name is a threat word ("Surveillance.", "Intimidation of partners." opening a
        bullet): a heading the entity reader took for a body, no perpetrator."""
        ent = ctx.entities.get(eid)
        if ent is None or ent.kind != "organization":
            return False
        words = ent.name.lower().strip(" .:;").split()
        t = self.lex["threat"]
        return bool(words) and len(words) <= 3 and (words[0] in t["nouns"] or words[0] in ("criminal", "entry", "cyber"))

    def threat_key(self, tok: Token) -> str | None:
        """The lexicon key of a threat trigger: "criminal case", "wanted list", "cyberattack"."""
        nouns = self.lex["threat"]["nouns"]
        if (
            tok.pos_ in ("NOUN", "PROPN")
            or (tok.dep_ == "compound" and tok.head.pos_ == "NOUN")  # "phishing attempts"
            or (tok.dep_ == "amod" and tok.lower_ in nouns and tok.head.pos_ == "NOUN")  # "phishing messages" (a VERB tag)
        ):
            before = [t.lower_ for t in tok.doc[max(0, tok.i - 4) : tok.i] if not t.is_quote]  # a “wanted” list
            prev = before[-1] if before else ""
            prev2 = before[-2] if len(before) > 1 else ""
            for key in (
                f"{prev2}-{tok.lemma_.lower()}" if prev == "-" else "",  # "cyber-attack" split in three
                f"{prev2} {prev} {tok.lemma_.lower()}",
                f"{prev} {tok.lemma_.lower()}",
                f"{prev} {tok.lower_}",
                tok.lemma_.lower(),
                f"{tok.lemma_.lower()} {tok.doc[tok.i + 1].lower_}" if tok.i + 1 < len(tok.doc) else "",
            ):  # the last: "a campaign against the tribunal"
                if key in nouns:
                    return key
        return None

    def threat(self, ctx: DocContext, f: Finder, tok: Token, kind: str) -> None:
        if negated(tok) or quantified(tok) or any(c.lower_ in ("any", "no", "possible", "potential") for c in tok.children):
            return
        if any(a.lemma_ in ("deny", "refute", "dismiss", "disprove") for a in list(tok.ancestors)[:2]):
            return  # "Israel has denied spying on the Court": the act is denied, not told
        if any(c.dep_ == "dobj" and c.lemma_ in ASSETS for c in tok.children):
            return  # "blocked the property of ...": a sanction
        if tok.pos_ == "VERB" and tok.lemma_ != "threaten" and threatened_act(tok):
            return  # "threatened to ban the judges ... and to prosecute them": the threat, read from "threatened"
        if tok.dep_ == "conj" and any(c.lower_ in ("any", "no") for c in tok.head.children):
            return
        if self.named_as(tok):
            return  # "the breach was later assessed as an act of espionage": one act, named twice
        if tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and self.told_by_noun(tok.head):
            return  # "a disinformation campaign seeking to discredit their work": the campaign tells it
        commenting = (
            set(self.lex["condemnation"]["verbs"])
            | set(self.lex["statement"]["speech_verbs"])
            | set(self.lex["support"]["verbs"])
            | {"undeterred", "face", "suffer"}
            | {"describe", "call", "term", "label", "characterise", "characterize", "regard", "consider", "view", "document"}
            | {"alarm", "concern", "worry", "trouble", "shock", "dismay", "appal", "appall", "outrage", "disturb"}
        ) - {"announce", "maintain", "post", "tweet"}  # "Russia announced measures against the judges", "maintains
        # criminal cases against ...", "posted threats against ...": the subject acts
        perp: list[str] = []
        target: list[str] = []
        suffered = False  # "Al-Haq's lawyers have received death threats": a told act, its author unknown
        if (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in COURTROOM
            and "absentia" not in f.lower
            and not any(f.idx.kind(p) == "state" for p in f.subject(tok, PERPETRATORS) or agent_of(f, tok))
        ):
            return  # "charged with war crimes": the Court's own proceedings, not a reprisal
        if tok.pos_ == "VERB" and tok.lemma_ in ("monitor", "follow", "watch", "track") and not any(
            c.dep_ in ("dobj", "nsubjpass")
            and (f.idx.mention(c) is not None or c.lemma_ in WATCHED | PEOPLE or any(f.idx.mention(g) for g in c.children if g.dep_ == "compound"))
            for c in tok.children
        ):
            return  # "will continue to monitor the situation (of the Court)": only someone watched is surveillance
        if tok.lemma_ == "follow" and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in PEOPLE | {"staff", "personnel"} for c in tok.children
        ):
            return  # "Ireland followed Chile", "the statement was followed by a reception": no one tailed
        if tok.pos_ == "VERB":
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                perp = passive_agent(f, tok, PERPETRATORS)
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if subj is not None and subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                    subj = tok.head  # "judges who were threatened with arrest": the ones the clause is about
                raised = tok  # "phones ... were found to have been infected": the subject of "found"
                while subj is None and raised.dep_ == "xcomp" and raised.head.i != raised.i:
                    raised = raised.head
                    subj = next((c for c in raised.children if c.dep_ in ("nsubjpass", "nsubj")), None)
                subj = first_clause_owner(tok, subj)
                target = f.resolve(subj, TARGETS) if subj is not None else []
                target = target or affiliated(f, subj, TARGETS) or court_word(f, subj)
                target = target or held_in(f, subj, kind)  # "the offices of Al-Haq were raided"
                perp = perp or agent_seat(f, tok)  # "by officials in Washington", "by Libyan security officers"
                # "Staff of Al-Haq were threatened by unknown callers": a told act, its author unnamed
                suffered = bool(target) and told_passive(tok)
                if not target and subj is not None and kind in ("cyberattack", "surveillance"):
                    # "the phones of staff of Al-Haq were hacked": whose phones, emails, accounts
                    target = uniq(
                        m.entity_id for t in subj.subtree if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) in TARGETS
                    )
            else:
                perp = attempt_owner(f, tok) or accused_of(f, tok) or told_actor(ctx, f, tok) or agent_of(f, tok)
                perp = uniq([*perp, *title_state(f, tok, perp)])  # "the former head of the Mossad, Yossi Cohen,"
                if not any(f.idx.kind(p) == "state" for p in perp):  # "In Washington, members of Congress threatened"
                    perp = uniq([*perp, *[p for p in seat_of(f, tok) if p != "state:nl"]])
                obj = relative_object(tok, next((c for c in tok.children if c.dep_ == "dobj"), None))
                if obj is not None and obj.lower_ in ("them", "him", "her"):
                    obj = chained_object(tok) or obj  # "to ban the judges ... and to prosecute them"
                target = (
                    (named_in(f, obj) if obj is not None else [])
                    or f.objects(tok, TARGETS)
                    or prep_targets(f, tok, ("against", "on", "with", "into"))
                    or affiliated(f, obj, TARGETS)  # "witnesses cooperating with the Court"
                    or court_word(f, obj)  # "the communications of court officials"
                    or [  # "Moscow declared the Prosecutor wanted": the one declared
                        i for c in tok.children if c.lower_ == "wanted" for s in c.children if s.dep_ == "nsubj"
                        for i in named_in(f, s)
                    ]
                    or held_in(f, obj, kind)  # "bugged the hotel rooms of visiting ICC investigators"
                )
                if obj is not None and pronominal(obj) and tok.dep_ in ("conj", "advcl", "xcomp"):
                    # "monitoring the Court's officials, intercepting their communications": whose, the verb's before
                    verbs = self.lex["threat"]["verbs"]
                    told = [
                        c
                        for v in f.tokens
                        if v.i < tok.i and v.pos_ == "VERB" and v.lemma_ in verbs
                        for c in v.children
                        if c.dep_ == "dobj" and not pronominal(c)
                    ]
                    earlier = named_in(f, told[-1]) if told else []
                    target = earlier or target
                target = target or [  # a headline's parse: "Moscow court jails ICC judges in absentia"
                    i for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN") for i in f.resolve(c, TARGETS)
                ]
                for c in tok.subtree:  # "to surveil, hack and pressure senior officials of the Court"
                    if not target and c.dep_ in ("conj", "xcomp") and c.i > tok.i:
                        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
                        if obj is not None and not pronominal(obj):
                            target = named_in(f, obj)
        else:
            noun = tok  # "a surveillance and intimidation campaign against the Court": read from "campaign"
            while (
                noun.dep_ in ("compound", "amod", "conj", "nmod")
                and noun.head.pos_ in ("NOUN", "PROPN")
                and noun.head.i > noun.i
                and not (noun.dep_ == "nmod" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))
            ):  # not "Intimidation of ICC officials by Russia" parsed as a modifier of "officials"
                noun = noun.head
            if noun is not tok:
                tok = noun
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in ("list", "register", "database"):
                tok = tok.head.head  # "a Russian list of wanted persons": read from "list"
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in SERIES and tok.lemma_ != "pressure":
                tok = tok.head.head  # "subjected to a campaign of intimidation by Israel": read from "campaign"
            listed = on_a_list(f, tok)
            if listed is not None:  # "Khan remains on a Russian list of wanted persons", "was placed on ..."
                perp, target = listed
                perp = perp or earlier_prosecuting_state(ctx, f)
                voice = set(ctx.notes.get("events.doc_voice") or [])
                perp = [p for p in perp if p not in voice]
                if perp and target:
                    self.emit(ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": kind}, 0.8, anchor=tok)
                return
            perp = f.prep_objects(tok, ("by", "from"), PERPETRATORS)
            if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.lemma_ in self.lex["threat"]["verbs"]:
                perp = perp or agent_of(f, tok.head)  # "to surveil, hack and pressure": a verb the tagger read as a noun
            first = tok
            while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i != first.i:
                first = first.head  # "sanctions, threats and intimidation from the United States": the list's words
            perp = perp or (f.prep_objects(first, ("by", "from"), PERPETRATORS) if first is not tok else [])
            perp = perp or attributed_to(f, tok) or (attributed_to(f, first) if first is not tok else [])  # "attacks attributed to Russia"
            owner = f.possessor(tok)
            perp = perp or (f.resolve(owner, PERPETRATORS) if owner is not None else [])
            perp = perp or [
                i for c in tok.children if c.dep_ in ("compound", "amod") for i in f.resolve(c, PERPETRATORS) or f.demonym(c)
            ]
            threatened = next(  # "threats of U.S. sanctions": the sanctions' owner threatens
                (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.lemma_ in THREATENED),
                None,
            )
            if threatened is not None:
                perp = perp or [
                    i for c in threatened.children if c.dep_ in ("compound", "amod", "poss") for i in f.resolve(c, PERPETRATORS)
                ]
            target = prep_targets(f, tok, ("against", "on", "to", "of", "targeting", "at", "into"))
            exposed = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "to" else None
            if exposed is not None and exposed.lemma_ in ("subject", "exposed") and exposed.pos_ == "ADJ":
                # "Court officials are subject to arrest warrants issued by Russia": the copula's subject
                subj = next((c for c in exposed.head.children if c.dep_ == "nsubj"), None) if exposed.dep_ == "acomp" else None
                target = target or (named_in(f, subj) or court_word(f, subj) or held_in(f, subj, kind) if subj is not None else [])
            if not target and kind == "criminal_proceedings":  # "an arrest warrant for Judge X"
                target = prep_targets(f, tok, ("for",))
            for c in tok.children:  # "threats made against the Court", "the campaign waged against it by X"
                if c.dep_ == "acl" and not target:
                    target = f.prep_objects(c, ("against", "on", "at"), TARGETS)
                if c.dep_ == "acl" and c.tag_ == "VBN" and not perp:
                    perp = [p for p in f.prep_objects(c, ("by",), PERPETRATORS) if p not in target]
            gov = (
                first.head
                if first.dep_ in ("dobj", "nsubjpass", "nsubj")
                else (first.head.head if first.dep_ == "pobj" else None)
            )
            while (
                gov is not None and first.dep_ == "conj" and gov.dep_ in ("dobj", "pobj", "conj") and gov.head.i != gov.i
            ):
                gov = gov.head
            facing = gov if gov is not None and first.dep_ == "dobj" and gov.lemma_ in ("face", "suffer") else None
            if gov is not None and first.dep_ == "dobj" and gov.lemma_ in ("face", "suffer") and perp:
                target = target or f.subject(gov, TARGETS)  # "the Court faces threats from Washington"
            if gov is not None and first.dep_ == "dobj" and gov.lemma_ in ("face", "suffer") and (
                gov.tag_ in ("VBD", "VBN") or kind == "criminal_proceedings"  # "its judges face criminal charges in Russia"
            ):
                # "Judges of the Court have faced death threats": a told act, its target the ones who faced it
                subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
                target = target or f.subject(gov, TARGETS) or held_in(f, subj, kind)
                suffered = bool(target)
            if gov is not None and first.dep_ == "pobj" and first.head.lower_ == "under" and gov.pos_ in ("VERB", "AUX"):
                # "came under pressure from X", "has been placed under surveillance", "is under attack": its subject
                subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ == "PRON" and gov.dep_ == "ccomp" and gov.head.lemma_ in commenting:
                    # "staff members said they had come under pressure": the pronoun is the speakers
                    subj = next((c for c in gov.head.children if c.dep_ == "nsubj"), None)
                    target = target or (affiliated(f, subj, TARGETS) or court_word(f, subj) if subj is not None else [])
                target = target or (named_in(f, subj) or held_in(f, subj, kind) if subj is not None else [])
                perp = perp or (passive_agent(f, gov, PERPETRATORS) if any(c.dep_ == "auxpass" for c in gov.children) else [])
                gov = None if target else gov  # who suffers it does not do it
            if gov is not None and first.dep_ == "pobj" and first.head.lower_ == "with" and gov.lemma_ in STRIKING | WITH_HARMING:
                # "targeted the emails of Court staff with phishing messages", "threatened judges with arrest"
                hit = first_clause_owner(gov, next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")), None))
                target = target or (named_in(f, hit) or held_in(f, hit, kind) if hit is not None else [])
            if not target and gov is not None and kind == "criminal_proceedings":  # "issued arrest warrants for X and Y"
                target = prep_targets(f, gov, ("for", "against", "into"))
            adding = gov is not None and gov.lemma_ in ADDING and first.dep_ == "pobj" and first.head.lower_ == "to"  # not "he added"
            adding = adding or (  # "judges were named in a coordinated online campaign": they undergo it
                gov is not None and first.dep_ == "pobj" and first.head.lower_ in ("in", "by")
                and gov.lemma_ in ATTRIBUTING | NAMING and any(c.dep_ == "nsubjpass" for c in gov.children)
            )
            if gov is not None and not adding and gov.pos_ in ("VERB", "AUX", "ADJ") and (gov.lemma_ in commenting or gov.lemma_ in PREVENTING | ANSWERING | ATTRIBUTING):
                gov = None  # "deplored threats against the court", "responded to the incident": not the perpetrator
            if gov is not None and first.dep_ == "dobj" and gov.lemma_ in SUFFERED:
                # "judges of the Court have received death threats": who suffers it is its target
                subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
                target = target or f.subject(gov, TARGETS) or held_in(f, subj, kind)  # "Judges of the Court have faced"
                suffered = gov.tag_ in ("VBD", "VBN")
            if (
                gov is not None
                and gov.pos_ in ("VERB", "AUX")
                and gov.lemma_ not in (*SUFFERED, "condemn", "reject")
            ):
                undergone = first.dep_ == "pobj" and any(c.dep_ == "nsubjpass" for c in gov.children)
                if undergone:  # "was subjected to a campaign of intimidation by Israel": its subject suffers it
                    perp = perp or passive_agent(f, gov, PERPETRATORS)
                elif first.dep_ != "nsubj":
                    perp = (
                        perp or f.subject(gov, PERPETRATORS) or (agent_of(f, gov) if gov.dep_ == "pcomp" else [])
                        if gov.lemma_ not in ("detect", "disclose", "report", "discover", "contain")
                        else perp
                    )  # "Russia responded by opening criminal cases against ..."
                listing = first.head.lower_ in ("on", "onto") or (first.head.lower_ == "to" and gov.lemma_ in ADDING)
                if first.dep_ == "pobj" and first.head.head.i == gov.i and listing:  # "put X on a list", "added X to its list"
                    placed = next((c for c in gov.children if c.dep_ == "dobj"), None)  # "X and other judges"
                    target = target or (named_in(f, placed) if placed is not None else []) or f.objects(gov, TARGETS)
                    target = target or [
                        i
                        for c in gov.children
                        if c.dep_ == "prep" and c.lower_ in ("against", "on") and c.i != first.head.i
                        for g in c.children
                        if g.dep_ == "pobj"
                        for i in f.resolve(g, TARGETS)
                    ]
                else:
                    target = target or prep_targets(f, gov, ("against", "on"))
                    if gov.lemma_ in SENDING:  # "sent death threats to the families of Court staff"
                        target = target or [
                            i for c in gov.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "at")
                            for g in c.children if g.dep_ == "pobj" for i in named_in(f, g) or f.resolve(g, TARGETS)
                        ]
                hit = next((c for c in gov.children if c.dep_ == "dobj"), None) if first.dep_ == "nsubj" else None
                if hit is not None and gov.lemma_ in STRIKING:  # "a smear campaign by X targeted Al-Haq"
                    target = target or named_in(f, hit) or affiliated(f, hit, TARGETS)
                if first.dep_ in ("nsubjpass", "nsubj") and gov.tag_ == "VBN":
                    perp = perp or f.prep_objects(gov, ("by",), PERPETRATORS) or seat_of(f, gov)
                if first.dep_ == "pobj":
                    subj = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
                    target = target or (f.resolve(subj, TARGETS) if subj is not None else [])
            if not target and gov is not None and gov.dep_ == "acl" and gov.tag_ == "VBN" and f.idx.mention(gov.head):
                target = f.resolve(gov.head, TARGETS)  # "ICC judges targeted in Russian criminal case"
            if not target or not perp:
                by, against = after_noun(f, tok)
                perp, target = perp or by, target or against
            if not perp and kind == "criminal_proceedings":  # "the proceedings brought against its judges in Russia"
                perp = [
                    i
                    for t in tok.subtree
                    if t.dep_ == "prep" and t.lower_ == "in"
                    for g in t.children
                    if g.dep_ == "pobj"
                    for i in f.resolve(g, PERPETRATORS)
                    if f.idx.kind(i) == "state"
                ][:1]
                if facing is not None:  # "its judges face criminal charges in Russia", "... in Moscow"
                    perp = perp or [p for p in seat_of(f, facing) if f.idx.kind(p) == "state"]
            if not target and any(  # "a campaign against the tribunal": the Court named before
                g.dep_ == "pobj" and g.lemma_ in ("tribunal", "court", "institution")
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("against", "on", "targeting")
                for g in c.children
            ):
                court = f.idx.before(tok.idx, frozenset({"court"}), window=800)
                target = [court] if court == "court:icc" else []
            target = [t for t in target if t not in perp]  # "threats of U.S. sanctions": the U.S. is no target
            if not target and perp and (threatened is not None or tok.lemma_ == "pressure"):
                # "talks overshadowed by threats of U.S. sanctions", "amid U.S. pressure": on the Court the text is about
                target = ["court:icc"] if "court:icc" in f.ctx.entities else []
            if tok.lemma_ == "pressure" and any(
                g.lemma_ in SANCTION_WORDS for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children
            ):
                return  # "under sustained pressure from sanctions imposed by X": the sanctions, told as such
            if tok.lemma_ == "pressure" and not any(f.idx.kind(p) == "state" for p in perp):
                return  # "under pressure to ratify": only a state's pressure is told as a reprisal
            victim = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if not target and victim is not None and victim.lemma_ in ("target", "victim", "object"):
                cop = victim.head  # "The Court was the target of a cyber-attack"
                subj = next((c for c in cop.children if c.dep_ == "nsubj"), None) if cop.lemma_ == "be" else None
                target = f.resolve(subj, TARGETS) if subj is not None else []
                suffered = bool(target) and cop.tag_ in ("VBD", "VBN")
            if not target and kind in ("cyberattack", "surveillance"):
                court = f.idx.before(tok.idx, frozenset({"court"}), window=600)
                court = "court:icc" if court and "court:icc" in ctx.entities else court  # its systems, not its judges'
                target = [court] if court else []
        if tok.pos_ == "VERB":  # "Taken together, they constitute an attempt to intimidate ..."
            by_measures, aimed = attempt_by_measures(ctx, f, tok, [])
            perp, target = (by_measures, aimed or target) if by_measures else (perp, target)
        if pronoun_target(f, tok):
            told = recent_threat(ctx, f)
            if told is not None and not (perp and set(perp) - set(told.roles.get("perpetrator", []))):
                # "X announced measures against A and B. A criminal case has been opened against them."
                if told.attributes.get("kind") in ("other", "threat", "intimidation"):
                    told.attributes["kind"] = kind
                told.evidence = sorted({*told.evidence, (f.sent.start_char, f.sent.end_char)})
                return
        if not perp and kind == "criminal_proceedings" and target:
            perp = earlier_prosecuting_state(ctx, f)  # "Khan was later put on a wanted list": by the state told before
        voice = set(ctx.notes.get("events.doc_voice") or [])
        perp = [p for p in perp if p not in voice]  # the text's own voice does not threaten
        if not perp and kind == "criminal_proceedings":
            return  # criminal proceedings are always someone's: the reading that finds them tells it
        if in_condition(tok):
            return  # "threats to sanction the Court if it sought arrest warrants": the condition is no act
        if kind == "criminal_proceedings":
            target = [t for t in target if f.idx.kind(t) != "state"]  # the Court's warrants against a state's officials
        if perp and tok.pos_ == "VERB" and any(a.lemma_ in ("announce", "warn", "declare", "threaten") for a in tok.ancestors):
            # "X announced that Washington would prosecute them": the announcer threatens too
            perp = uniq([*perp, *[s for s in f.speakers_for(tok) if f.idx.kind(s) == "person"]])
        target = possessive_appositions(f, [t for t in target if t not in perp])
        perp = [p for p in perp if not self.heading_word(ctx, p)]  # "Intimidation of partners." read as a body
        target = [t for t in target if not self.heading_word(ctx, t)]
        if any(f.idx.kind(p) == "court" for p in perp):
            return
        if not target:
            return
        headline_passive = tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.tag_ == "VBN"
        if not perp and not headline_passive and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in f.tokens):
            return  # a heading's topic ("Coercion against the Court: sanctions and cyber intrusions"), no act told
        if not perp and not any(f.idx.kind(t) == "court" for t in target) and kind != "cyberattack" and not suffered:
            return  # a hacked NGO is told without its hacker; other acts need someone behind them
        if not perp and (
            kind == "other"
            or (
                kind not in ("cyberattack", "surveillance")
                and any(a.lemma_ in ALARMED for a in list(tok.ancestors)[:6])
                and not definite(tok)  # "deplores the continued campaign of intimidation against the Court": told
            )
            or tok.lemma_ in ("measure", "step", "action")  # "concern at the coercive measures taken against the Court"
            or hypothetical(tok, frozenset(self.lex["demand"]["verbs"]))
            or any(
                a.pos_ in ("VERB", "AUX")
                and (a.lemma_ in self.lex["condemnation"]["verbs"] or a.lemma_ in NAMING | CHARACTERISING)
                and not (a.i == tok.head.i and tok.dep_ in ("nsubj", "nsubjpass"))  # "the breach was described as ...": told
                and not (a.lemma_ in self.lex["condemnation"]["verbs"] and definite(tok))  # "deplores the continued campaign"
                for a in list(tok.ancestors)[:4]
            )
        ):
            return  # "attacks on the Court" with no one behind them, "urge States to respond to threats"
        if tok.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may")
            for t in (tok, *list(tok.ancestors)[:3])
            for c in t.children
        ):
            return  # "sanctions could force the Court to close offices, undermining its work": a risk
        self.emit(
            ctx, f, "threat", {"perpetrator": perp, "target": target}, {"kind": kind}, 0.8 if perp else 0.6, anchor=tok
        )

"""How a threat noun's actors are read: the word the phrase hangs on ("a surveillance and intimidation
campaign", "a Russian list of wanted persons"), "by" and "from", its owner or adjective, "threats of
U.S. sanctions", and the verb that governs it: "the Court faces threats from Washington", "came under
pressure", "targeted the emails of Court staff with phishing messages", "added Mr Khan to its list",
"sent death threats to ...", "the target of a cyber-attack". A mixin of ``Threats``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Finder
from .pressure_args import (
    ANSWERING,
    NAMING,
    PERPETRATORS,
    PREVENTING,
    TARGETS,
    after_noun,
    demonym_agent,
    on_a_list,
    passive_agent,
    seat_of,
)
from .threat_agents import agent_of, attributed_to
from .threat_args import affiliated, court_word, first_clause_owner, held_in, named_in, prep_targets
from .threat_forms import earlier_prosecuting_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

SANCTION_WORDS = frozenset({"sanction", "designation", "measure", "order", "listing"})
THREATENED = frozenset({"sanction", "measure", "reprisal", "retaliation", "prosecution", "arrest", "consequence"})
REPEATING = frozenset({"repeat", "renew", "reiterate", "reissue", "restate"})
SUFFERED = frozenset({"face", "suffer", "experience", "receive", "endure", "report"})
UNDERGOING = frozenset({"subject", "expose", "submit", "put", "place", "keep", "target", "hit"})  # (r9) "were subjected to"
# "did not name any state behind the hacking", "attributed the intrusion to ...": who names it did not do it
ATTRIBUTING = frozenset({"name", "identify", "attribute", "blame", "accuse", "point", "trace", "link"})
STRIKING = frozenset({
    "target", "hit", "affect", "strike", "reach", "compromise", "disrupt", "paralyse", "paralyze", "aim",
    "portray", "depict", "paint", "cast", "brand", "accuse", "single", "focus", "smear", "vilify", "attack", "harass",
})  # fmt: skip
SERIES = frozenset({"campaign", "pattern", "wave", "series", "climate", "act", "form", "barrage", "torrent", "string"})
SENDING = frozenset({"send", "direct", "address", "issue", "make", "level", "aim", "deliver", "post", "write"})
ADDING = frozenset({"add", "include", "enter", "list", "name"})  # "added Mr Khan to its list of wanted persons"
# "bombarded the judges with threats", "flooded their inboxes with malware": who gets it is the target
WITH_HARMING = frozenset({"bombard", "flood", "inundate", "threaten", "harass", "deluge", "pelt", "infect", "menace"})


class ThreatNouns:
    """The roles of a noun-told `threat` (mixin of ``Threats``)."""

    def threat_noun_roles(
        self, ctx: DocContext, f: Finder, tok: Token, kind: str
    ) -> tuple[Token, list[str], list[str], bool] | None:
        """The word a threat noun's phrase hangs on, the perpetrators and targets it names, and whether the act
        is told as suffered by its target; None when no threat is to be told from it (or it was, as a listing)."""
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
            return None
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
            # (r9) "were placed under surveillance", "had come under attack": a told act its target underwent
            suffered = suffered or (bool(target) and (gov.tag_ in ("VBD", "VBN") or any(c.dep_ == "auxpass" for c in gov.children)))
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
                    perp
                    or f.subject(gov, PERPETRATORS)
                    or (agent_of(f, gov) if gov.dep_ == "pcomp" else [])
                    or (demonym_agent(f, gov) if first.dep_ == "dobj" else [])  # (r9) "Russian state media have run a campaign"
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
                # (r9) "were subjected to a smear campaign", "have been exposed to harassment": they underwent it
                suffered = suffered or (undergone and bool(target) and gov.lemma_ in UNDERGOING)
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
        if not target and gov is not None and first.dep_ == "dobj" and gov.lemma_ in REPEATING:
            # (r8 gaps) "It repeated the threat in April 2025": the threat told before, made again
            prev = next((e for e in reversed(ctx.events) if e.type == "threat" and e.roles.get("target")), None)
            if prev is not None:
                target, perp = list(prev.roles["target"]), perp or list(prev.roles.get("perpetrator", []))
        target = [t for t in target if t not in perp]  # "threats of U.S. sanctions": the U.S. is no target
        if not target and threatened is not None:  # (r8 gaps) "the threat of US sanctions against the ICC judges"
            target = [t for t in prep_targets(f, threatened, ("against", "on", "targeting")) if t not in perp]
        if not target and perp and (threatened is not None or tok.lemma_ == "pressure"):
            # "talks overshadowed by threats of U.S. sanctions", "amid U.S. pressure": on the Court the text is about
            target = ["court:icc"] if "court:icc" in f.ctx.entities else []
        if tok.lemma_ == "pressure" and any(
            g.lemma_ in SANCTION_WORDS for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children
        ):
            return None  # "under sustained pressure from sanctions imposed by X": the sanctions, told as such
        if tok.lemma_ == "pressure" and not any(f.idx.kind(p) == "state" for p in perp):
            return None  # "under pressure to ratify": only a state's pressure is told as a reprisal
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
        return tok, perp, target, suffered

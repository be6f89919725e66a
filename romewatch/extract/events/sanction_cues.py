"""When does a word tell a sanction? "sanctioned", "designated", "sanctions", "imposed visa bans",
"blocked the property of", "were added to the list"; and "measures against the Prosecutor" that
are not a sanction (a reprisal, read as a threat)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder
from .pressure_args import IMPOSERS
from .sanction_forms import people_aimed
from .sanctions import ASSETS, RESTRICTIVE, US_AGENCY

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

WANTED = re.compile(r"\bwanted\b")
# "added to the list of speakers": a list that sanctions no one
NOT_SANCTION_LISTS = re.compile(
    r"\blist of (?:speakers|participants|signator\w+|candidates|nominees|delegat\w+|observers|members|states|items|"
    r"issues|recommendations|agenda)|\b(?:speakers'?|candidates'?|agenda|mailing|waiting|short) ?list\b"
)
SANCTION_WORDS = re.compile(r"sanction|designat|ofac|treasury|sdn|blacklist")
BARRING = frozenset({"restriction", "ban", "freeze", "bar", "block", "blocking"})
BARRED = frozenset({"visa", "entry", "travel", "asset", "assets", "property", "financial"})
VISA_UNDONE = frozenset({"revoke", "cancel", "deny", "withdraw", "refuse", "suspend"})
IMPOSING = frozenset({"slap", "levy", "announce", "place", "put", "introduce", "reimpose", "extend", "expand"})


MEASURES = frozenset({"measure", "step", "action", "move", "proceeding"})


def measures_against(ctx: DocContext, f: Finder, tok: Token, lem: str) -> bool:
    """ "the measures announced by X against the Prosecutor", "steps taken against its judges": an act
    against the Court's people that is not a sanction told in the same sentence."""
    if tok.pos_ != "NOUN" or lem not in MEASURES:
        return False
    if not any(c.dep_ in ("prep", "acl") and c.lower_ in ("against", "targeting") for c in tok.subtree if c.i > tok.i):
        return False
    if re.search(r"sanction|designat|visa|asset|freez|ban\b|blocking", f.lower):
        return False
    return not any(e.type == "sanction" and e.evidence[0][0] == f.sent.start_char for e in ctx.events)

LIST_NOUNS = frozenset({"list", "register", "blacklist", "database"})


def sanctions_list(f: Finder, v: Token) -> bool:
    """Does the verb put someone on a sanctions list ("on the SDN list", "onto the Treasury's list of
    Specially Designated Nationals", "on its consolidated sanctions list")? Not a wanted list, not a list of speakers."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in ("on", "onto", "to", "in"):
            continue
        for g in c.children:
            if g.dep_ != "pobj" or g.lemma_.lower() not in LIST_NOUNS:
                continue
            words = " ".join(t.lower_ for t in g.subtree)
            if g.lemma_.lower() == "blacklist" or (SANCTION_WORDS.search(words) and not WANTED.search(words)):
                return not NOT_SANCTION_LISTS.search(words)
    return False


#: (r12) an entry ban told by its verb: "prohibit / bar / ban X from entering the United States"
KEPT_OUT = frozenset({"prohibit", "bar", "ban", "forbid", "block", "exclude"})
ENTERING = frozenset({"enter", "travel", "visit", "come"})

# every lemma ``sanction_trigger`` can fire on besides its lexicon's verbs (a new test adds its words here)
TRIGGER_WORDS = frozenset({
    "order", "listing", "blacklisting", "delisting", *BARRING, "measure", "sanctioning", "designating", "sanction",
    "designation", "target", "impose", "place", "put", "include", "enter", "insert", "move", *IMPOSING, *VISA_UNDONE,
    "block", "freeze", "seize", "list", "add", *KEPT_OUT,
})  # fmt: skip


def sanction_trigger(ctx: DocContext, f: Finder, tok: Token, lem: str, verbs: list[str]) -> bool:
    """ "sanctioned", "designated", "sanctions", "imposed visa bans", "blocked the property of",
    "were added to the list" (or "added" right after another sanction)."""
    if tok.pos_ in ("NOUN", "PROPN") and lem == "order" and any(c.lower_ == "executive" for c in tok.children):
        # "signed an executive order targeting its chief prosecutor" (an order the text does not number)
        return any(
            c.dep_ in ("acl", "relcl")
            and c.lemma_ in ("target", "sanction", "impose", "authorise", "authorize", "block", "allow", "permit", "empower")
            for c in tok.children
        )
    if tok.pos_ == "NOUN" and lem in ("listing", "blacklisting", "delisting"):
        # "the listing of the Prosecutor in February": with its object only
        if WANTED.search(f.lower) or any(c.lower_ == "wanted" for c in tok.subtree):
            return False  # (r12) "Russia's listing of the prosecutor and judges as wanted": criminal proceedings
        return lem != "delisting" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if tok.pos_ == "NOUN" and lem in BARRING and any(c.lower_ in BARRED for c in tok.children if c.dep_ in ("compound", "amod")):
        return True  # "visa restrictions on ICC personnel", "asset freezes against", "an entry ban"
    if tok.pos_ == "NOUN" and lem == "measure" and any(c.lower_ in ("blocking", "restrictive") for c in tok.children):
        return True  # (r11) "were hit with US blocking measures", "restrictive measures against the judges"
    if tok.pos_ == "NOUN" and lem in ("sanctioning", "designating"):  # "the sanctioning of Francesca Albanese"
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if tok.pos_ == "NOUN":
        return lem in ("sanction", "designation")
    if tok.pos_ != "VERB":
        return False
    if lem in verbs:
        return True
    if lem in KEPT_OUT and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_ in ENTERING for g in c.children) for c in tok.children
    ):  # (r12) "moved to prohibit the Prosecutor from entering the country", "barred them from travelling to"
        return True
    if lem == "target" and people_aimed(f, tok) and (
        SANCTION_WORDS.search(f.lower) or US_AGENCY.search(f.lower) or f.sent.start_char - ctx.notes.get("events.last_sanction_end", -9999) < 600
    ):  # (r11) "In August it targeted two more judges" after sanctions told; "the latest to be targeted by Washington"
        return True
    if lem == "impose":
        return any(g.lemma_ in RESTRICTIVE for g in tok.children)
    if lem in ("place", "put", "include", "enter", "insert", "move") and sanctions_list(f, tok):
        return True  # "OFAC placed Al-Haq on the SDN list", "were put on the US sanctions list"
    if lem in IMPOSING:  # "slapped visa bans on", "announced asset freezes against"
        return any(
            g.dep_ == "dobj"
            and g.lemma_ in RESTRICTIVE - {"sanction", "designation"}
            and (g.lemma_ != "measure" or any(a.lemma_ in ("restrictive", "economic", "financial") for a in g.children))
            for g in tok.children
        )  # "announced measures against the judges" may be any reprisal: a threat, read below
    if lem in VISA_UNDONE:  # "the Prosecutor's entry visa was revoked", "revoked her visa"
        return any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_ == "visa" for c in tok.children)
    if lem in ("block", "freeze", "seize"):
        return any(g.dep_ == "dobj" and g.lemma_ in ASSETS for g in tok.children)
    if lem in ("list", "add") and WANTED.search(f.lower):
        return False  # "placed on / added to the wanted list": criminal proceedings, read as a threat
    if lem == "list":  # "were listed by OFAC", "Treasury listed three groups" near a sanction
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        recent = f.sent.start_char - ctx.notes.get("events.last_sanction_end", -9999) < 600
        by = f.prep_objects(tok, ("by",), IMPOSERS) if passive else f.subject(tok, IMPOSERS)
        if passive and not by and (recent or SANCTION_WORDS.search(f.lower)):
            # "Four judges were listed in June": by the sanctioning state the text is telling of
            return any(c.dep_ == "nsubjpass" and c.lower_ not in ("it", "this", "that") for c in tok.children)
        return bool(by) and any(f.idx.kind(i) == "state" for i in by) and (
            passive or recent or bool(SANCTION_WORDS.search(f.lower))
        )
    if lem == "add":
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        listed = "list" in f.lower and not NOT_SANCTION_LISTS.search(f.lower)
        recent = f.sent.start_char - ctx.notes.get("events.last_sanction_end", -9999) < 400
        return (listed and (passive or bool(f.subject(tok, IMPOSERS)))) or (
            recent and bool(f.subject(tok, IMPOSERS))
        )
    return False


SANCTIONING = frozenset({"sanction", "designate", "blacklist", "list", "freeze", "ban", "bar", "block", "penalise", "penalize"})


def sanctioning_act(noun: Token) -> bool:
    """Does a decision noun name a sanction ("Washington's decision to impose sanctions on the pair",
    "the move to blacklist the judges", "its decision to designate Al-Haq")? Such a noun is the
    sanction told again, not a body's decision: for the decision reader (``events.decisions``) to skip."""
    for c in noun.children:
        if c.dep_ not in ("acl", "relcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        if c.lemma_ in SANCTIONING:
            return True
        if c.lemma_ in ("impose", "slap", "extend", "expand") and any(
            g.dep_ == "dobj" and g.lemma_ in RESTRICTIVE for g in c.children
        ):
            return True
    return False

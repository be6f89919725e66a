"""Whether a threat word tells an act, or only names one: a breach of a rule, not of a network (``rule_breach``);
the Court's own warrants and proceedings (``courts_own``); an aim named in a copula or a modal ("They are a strategy
to bully the Court", ``named_attempt``, ``pronoun_subject``); a risk, not an act ("an attractive target for
espionage", ``exposed_to``); an act by an unnamed official (``unnamed_actor``); a threat told by a clause of its own
(``clause_told``) or a particular one (``definite``). Tests on the parse read by ``threats.Threats.threat``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .base import Finder

ONGOING = frozenset({
    "continued", "continuing", "ongoing", "recent", "latest", "repeated", "persistent", "renewed", "sustained",
    "unprecedented", "current", "escalating", "relentless", "systematic",
})  # fmt: skip

# "an attempt to intimidate", "a strategy to bully": the noun that names an act by its aim
AIMED = frozenset({"attempt", "effort", "strategy", "bid", "move", "plan", "tactic", "ploy", "scheme", "tool", "way"})


# (r10) "found in breach of its obligations", "a breach of the Rome Statute": a breach of a rule, not of a network
RULES = frozenset({
    "obligation", "duty", "statute", "law", "treaty", "agreement", "convention", "rule", "commitment", "article",
    "resolution", "charter", "order", "ceasefire", "principle", "norm", "promise", "undertaking", "code", "right",
    "provision", "term", "contract", "mandate", "regulation", "requirement", "confidentiality", "trust", "protocol",
})  # fmt: skip


def rule_breach(tok: Token) -> bool:
    """(r10) Is "breach" the breach of a rule ("found in breach of its obligations", "a clear breach of the Rome
    Statute", "breached its duty to arrest"), not an intrusion into systems?"""
    if tok.lemma_.lower() != "breach":
        return False
    if tok.pos_ != "VERB" and tok.head.lower_ == "in" and tok.dep_ == "pobj":
        return True  # "in breach of", "in flagrant breach"
    heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    objs = [g for h in heads for g in h.children if g.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in RULES or (o.ent_type_ == "LAW") for o in objs)


# the Court's own acts: "the court announced warrants", not "its judges face charges in Russia"
ISSUING = frozenset({
    "announce", "issue", "seek", "request", "file", "bring", "unseal", "open", "pursue", "apply", "obtain", "lay",
    "confirm", "deliver", "grant", "reissue", "publish", "make",
})  # fmt: skip
COURT_WORDS = frozenset({"court", "icc", "tribunal", "chamber", "judge", "prosecutor", "registry", "registrar"})


def courts_own(f: Finder, tok: Token) -> bool:
    """(r10) Are the warrants or proceedings the Court's own ("after the court announced arrest warrants for Netanyahu",
    "the ICC's warrants for ...", "warrants issued by the judges")? Its subject, owner or agent is the Court."""
    w = tok
    while w.dep_ in ("conj", "compound") and w.head.i != w.i:
        w = w.head  # "arrest warrants": read from "warrants"
    words: list[Token] = []
    owner = f.possessor(w)
    if owner is not None:
        words.append(owner)
    words += [g for c in w.children if c.dep_ == "acl" for p in c.children if p.dep_ == "agent" for g in p.children]
    verb = w.head if w.dep_ in ("dobj", "nsubjpass") else (w.head.head if w.dep_ == "pobj" else None)
    if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ISSUING:
        words += [c for c in verb.children if c.dep_ == "nsubj"]
        words += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    for x in words:
        m = f.idx.mention(x)
        if x.lemma_.lower() in COURT_WORDS or (m is not None and f.idx.kind(m.entity_id) == "court"):
            return True
    return False


# (r10) someone unnamed who acts: "a former intelligence chief ... had threatened Bensouda"
ACTORS = frozenset({
    "chief", "official", "officer", "agent", "director", "minister", "adviser", "advisor", "diplomat", "envoy", "spy",
    "operative", "senator", "lawmaker", "general", "commander", "head", "spokesman", "spokeswoman", "ambassador",
})  # fmt: skip


def unnamed_actor(tok: Token) -> bool:
    """(r10) Is the act told with an unnamed official as its subject ("a former intelligence chief of a permanent member
    of the Security Council had threatened the prosecutor", "an Israeli official threatened her")? A told act, no
    perpetrator named."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ACTORS and c.tag_ in ("NN", "NNS") for c in tok.children
    )


def named_attempt(tok: Token) -> bool:
    """(r9) An aim that names an act told elsewhere or none at all: "They are a deliberate strategy to bully the
    Court" (a copula's predicate), "would not be swayed by attempts to intimidate its officials" (a thing that
    would not sway, a modal or negated clause)."""
    while tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i != tok.i:
        tok = tok.head  # "attempts to impede or intimidate"
    if tok.pos_ != "VERB" or tok.dep_ not in ("acl", "relcl", "xcomp") or tok.head.lemma_ not in AIMED:
        return False
    noun = tok.head
    if predicate(noun) is not None:
        return True
    w = noun.head.head if noun.dep_ == "pobj" else noun.head
    return w.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("aux", "neg") and c.lower_ in ("would", "will", "could", "might", "may", "not", "never", "n't")
        for c in w.children
    )


def predicate(noun: Token) -> Token | None:
    """The copula's predicate a noun is or sits in ("They are a strategy", "This is nothing less than an attempt",
    "It was no more than an effort"): the "attr" word, else None."""
    w = noun
    for _ in range(5):
        if w.dep_ in ("attr", "acomp"):
            return w
        if w.dep_ not in ("pobj", "prep", "amod", "advmod", "npadvmod") or w.head.i == w.i:
            return None
        w = w.head
    return None


def pronoun_subject(tok: Token) -> bool:
    """(r9) Is the aim's noun the predicate of a copula whose subject is a pronoun or a demonstrative ("They are a
    strategy to ...", "This is an attempt to ...")? It names acts told before."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    noun = predicate(tok.head)
    if noun is None:
        return False
    subj = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (
        subj.lower_ in ("they", "this", "these", "that", "those", "it", "such")
        or any(c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those", "such") for c in subj.children)
    )


def exposed_to(tok: Token) -> bool:
    """(r9) A risk, not an act: "the Court is an attractive target for espionage", "remains a prime target of
    hackers" (a present copula whose predicate is a target)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "of"):
        return False
    noun = tok.head.head
    if noun.lemma_ not in ("target", "object") or noun.dep_ != "attr":
        return False
    cop = noun.head
    return cop.tag_ in ("VBZ", "VBP") or (cop.lemma_ in ("remain", "become") and cop.tag_ != "VBD")


def clause_told(tok: Token) -> bool:
    """(r9) Is the threat told by a clause of its own, with its own subject and tense ("noted that the Rapporteur had
    been threatened with sanctions", "alarmed that judges have received death threats"), not an act named in passing?"""
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ == "dobj" else None)
    return (
        verb is not None
        and verb.dep_ == "ccomp"
        and verb.tag_ in ("VBD", "VBN", "VBZ")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would", "will") for c in verb.children)
    )


def definite(tok: Token) -> bool:
    """Is the deplored threat a particular one, told as having happened ("the threats of sanctions against its
    officials", "the continued campaign of intimidation"), not threats in general ("threats against the Court")?"""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those", "such"))
        or (c.dep_ == "amod" and c.lower_ in ONGOING)
        for c in tok.children
    )


#: (r11) the steps of a state's proceedings against the Court's people, each its own act: the case opened, the
#: wanted list, the verdict ("opened a case in March ... placed Judge A on its wanted list in July")
STAGES = (
    ("wanted", re.compile(r"\bwanted\b|\bsearch database|\bdatabase of wanted")),
    ("verdict", re.compile(r"\b(?:sentenc\w+|convict\w*|verdicts?|guilty|prison terms?|jail\w*)\b")),
    ("case", re.compile(r"\b(?:criminal (?:case|investigation|inquiry|proceedings|probe)s?|opened a case|charged|charges)\b")),
)


def other_stages(text: str, first: tuple[int, int], later: tuple[int, int]) -> bool:
    """(r11) Do two tellings of criminal proceedings, in different sentences, tell different steps (one only the
    case, the other only the wanted list)? Then they are two acts, not one told twice."""
    if first == later:
        return False
    a = {name for name, rx in STAGES if rx.search(text[first[0] : first[1]].lower())}
    b = {name for name, rx in STAGES if rx.search(text[later[0] : later[1]].lower())}
    return bool(a) and bool(b) and not a & b

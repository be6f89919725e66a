"""Role finding inside one sentence: lists, subjects, objects, prepositional arguments, pronouns.

Role finders walk the dependency tree from a trigger to its subject, object or prepositional
arguments, then read the *list* that starts there ("Chile, Finland and Ireland, as well as Lex
Aequa" is one list), reading the surface where the small parser goes wrong.

``Finder`` itself resolves what a noun phrase names (pronouns, possessors, demonyms, the speaker's
"we"); its lists are read in ``finder_lists``, a verb's subjects and objects in ``finder_args``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..sentences import doc_text
from .demand_groups import group_antecedent
from .finder_args import Arguments
from .finder_lists import ListReading
from .index import (
    ACTORS,
    FIRST_PERSON,
    STANDIN,
    THIRD_PLURAL,
    THIRD_SINGULAR,
    index,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from ..context import DocContext


OWN_STATE = frozenset({"government", "country", "nation", "administration", "delegation", "authorities"})
WRITINGS = frozenset({"statement", "letter", "declaration", "communique", "communiqué", "appeal", "petition", "text"})
SPEAKING_ROLES = frozenset({"expert", "experts", "rapporteur", "rapporteurs"})
# "the undersigned States", "the signatory organisations", "the co-signatories": the document's own signers
SIGNERS = frozenset({"signatories", "undersigned", "co-signatories", "cosignatories", "signers", "co-signers"})
SIGNING = frozenset({"undersigned", "signatory", "co-signatory", "cosignatory", "signing", "undersigning"})
LISTED = frozenset({"list", "name", "sign", "mention", "undersign", "include"})
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
HERE = frozenset({"below", "above", "hereunder", "herein", "hereafter"})


def signers_phrase(tok: Token) -> bool:
    """Whether the noun phrase headed by ``tok`` names the document's own signers: "the signatories",
    "the undersigned States Parties", "the signatory States", "the organisations listed below"."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.dep_ in ("amod", "compound"):
        return False
    if tok.lower_ in SIGNERS:
        return True
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("amod", "compound") and c.lower_ in SIGNING:
            return True
        listed = c.i > tok.i and c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in LISTED
        if listed and any(g.lower_ in HERE for g in c.children):
            return True
        if c.i == tok.i + 1 and c.dep_ == "advmod" and c.lower_ in HERE:
            return True  # "the States below"
    return False


class Finder(ListReading, Arguments):
    """Role finding inside one sentence: lists, subjects, objects, prepositional arguments."""

    def __init__(self, ctx: DocContext, sent: Span) -> None:
        self.ctx = ctx
        self.sent = sent
        self.idx = index(ctx)
        self.doc = ctx.doc
        self.text = doc_text(ctx.doc)[sent.start_char : sent.end_char]  # = sent.text (which joins the tokens)
        self.lower = self.text.lower()
        self.tokens = list(sent)  # the sentence's tokens, made once and shared by every component
        self._words: dict[str, list[int]] | None = None  # word -> where it stands (``having``)

    def having(self, words: frozenset[str]) -> list[Token]:
        """The sentence's tokens whose lower-cased lemma or lower-case form is one of ``words``, in order.
        A loop whose every test needs its token to be one of ``words`` visits these instead of every token
        (the same events, a fraction of the work)."""
        where = self._words
        if where is None:
            where = self._words = {}
            for k, tok in enumerate(self.tokens):
                lem, low = tok.lemma_.lower(), tok.lower_
                where.setdefault(lem, []).append(k)
                if low != lem:
                    where.setdefault(low, []).append(k)
        found = [k for w, at in where.items() if w in words for k in at]  # (the sentence's few words, not the list's)
        if len(found) > 1:
            found = sorted(set(found))
        return [self.tokens[k] for k in found]

    # --- who: noun phrases, pronouns, possessors -----------------------------------------------
    def resolve(self, tok: Token, kinds: frozenset[str] = ACTORS, owners: bool = True) -> list[str]:
        """The entities a noun phrase headed by ``tok`` names (list-aware, pronoun-aware)."""
        low = tok.lower_
        if low in ("you", "your", "yours"):  # a letter's "you": its addressee
            doc_stmt = self.ctx.notes.get("events.document_statement")
            return [
                i
                for i in (doc_stmt.roles.get("addressee", []) if doc_stmt is not None else [])
                if self.idx.kind(i) in kinds
            ]
        if tok.lemma_.lower() in SPEAKING_ROLES and tok.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            told = [*(self.ctx.notes.get("author") or []), *(self.ctx.notes.get("events.lead_speakers") or [])]
            voice = [i for i in told if self.idx.kind(i) == "person"]
            if voice and any(self.idx.kind(i) in kinds for i in voice):
                return [i for i in voice if self.idx.kind(i) in kinds]  # "the expert(s)": the release's speakers
        if low in RELATIVE and tok.tag_ in ("WP", "WDT", "WP$"):
            noun = relative_antecedent(tok)
            if noun is not None:  # "Khan, who was placed on a wanted list", "judges, whom X designated"
                return self.resolve(noun, kinds, owners)
        if signers_phrase(tok) and self.ctx.notes.get("author"):  # "The undersigned States reaffirm": "we"
            return [i for i in self.ctx.notes["author"] if self.idx.kind(i) in kinds]
        if low in FIRST_PERSON and self.idx.mention(tok) is None:  # "US officials" are not "us"
            named = [
                i
                for c in tok.children
                if (c.dep_ == "appos" or c.dep_ in ("conj", "npadvmod", "dep") and c.i == tok.i + 2 and tok.nbor().text == ",")
                and not any(d.dep_ == "det" for d in c.children)  # "We, the States Parties listed below,": the voice
                for i in self.resolve(c, kinds)
            ]
            if named:  # r9 voice: "We, Belgium, Costa Rica and Senegal, reaffirm ...": the names in apposition
                return named
            return [i for i in self.voice(tok) if self.idx.kind(i) in kinds]
        if low in THIRD_SINGULAR:
            speaker = self.speakers_for(tok)
            if speaker and all(self.idx.kind(s) == "person" for s in speaker):
                return speaker[:1]  # "X said ... and he urged": the speaker
            e = self.idx.before(tok.idx, frozenset({"person"}), window=tok.idx - self.sent.start_char)
            e = e or self.idx.subject_before(tok.idx) or self.idx.before(tok.idx, frozenset({"person"}))
            return [e] if e else []
        if low in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass"):
            got = self.subject_antecedent(tok, kinds)
            if got:
                return got
        if low in ("it", "its", "itself"):
            e = self.idx.before(tok.idx, kinds & frozenset({"court", "state", "igo", "organization", "group"}))
            return [e] if e else []
        if low in ("they", "them") and self.sent.start > 0:
            prev = self.doc[self.sent.start - 1].sent  # "The experts said ... They called on X": the speakers
            said = self.ctx.notes.get("events.speaker", {}).get(prev.start, [])
            plural = [ids for ids, _ in said if len(ids) > 1 and all(self.idx.kind(i) in kinds for i in ids)]
            if plural and tok.i - self.sent.start < 3:
                return list(plural[0])
        if low in ("they", "them"):
            got = group_antecedent(self, tok, kinds)  # "the three governments ... urged them to"
            if got:
                return got
        if low in THIRD_PLURAL:
            e = self.idx.before(
                tok.idx, kinds & frozenset({"court", "state", "igo", "organization", "group"}), plural=True
            )
            return [e] if e else []
        m = self.idx.mention(tok)
        if m is not None:
            if self.idx.kind(m.entity_id) not in kinds:
                return []
            first = tok
            while first.i > self.sent.start and self.idx.mention_at(first.i - 1) is m:
                first = self.doc[first.i - 1]
            if tok.left_edge.i < first.i and self.doc[first.i - 1].lower_ in ("and", ",", "&"):
                # "Amnesty International and Human Rights Watch called": the parser hangs the earlier names
                # under the last one's head, so the list starts at the phrase's left edge
                wider = self.list_from(tok.left_edge.i, kinds, skip=0)
                if m.entity_id in wider and len(wider) > 1:
                    return wider
            return self.list_from(first.i, kinds, skip=0)
        named = self.idx.name_before_suffix(tok) if tok.i > self.sent.start and "person" in kinds else None
        if named is not None:  # "Prosecutor Karim A.A. Khan KC said": the name's suffix heads the phrase
            return [named.entity_id]
        for c in tok.children:  # "the court's spokesman, Fadi El Abdallah"
            if c.dep_ == "appos":
                got = self.resolve(c, kinds)
                if got:
                    return got
        j = tok.i + 1  # "Several delegations – among them Chile and Ghana – welcomed ..."
        while j < min(self.sent.end, tok.i + 3) and (self.doc[j].is_punct or self.doc[j].is_space):
            j += 1
        if j < self.sent.end and self.doc[j].lower_ in ("among", "including", "notably", "namely"):
            got = self.list_from(j + 1, kinds, skip=2)
            if got:
                return got
        if low in ("statement", "letter", "speakers", "signatories", "undersigned"):
            speakers = self.ctx.notes.get("events.last_statement")
            if speakers:
                return list(speakers)
        if not owners and tok.lemma_.lower() not in STANDIN:
            return []
        owner = self.possessor(tok)
        if owner is not None and owner.lower_ in ("your", "yours") and tok.lemma_.lower() in STANDIN:
            states = self.ctx.notes.get("events.addressee_states") or []
            if states and self.idx.kind(states[0]) in kinds:
                return list(states)  # "your Government": the addressee's state
        if owner is not None and owner.lower_ in ("his", "her", "their") and tok.lemma_.lower() in OWN_STATE:
            told = [i for i in self.speakers_for(tok) if self.idx.kind(i) == "state" and "state" in kinds]
            if told:  # "Senegal's minister told reporters his government would ...": the speaker's State
                return told
        if owner is not None:
            got = self.resolve(owner, kinds)
            if got:
                return got
        for c in tok.children:  # "Ukraine's foreign ministry", "the government of Jordan"
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                got = self.resolve(c, kinds) or (
                    self.demonym(c)
                    if "state" in kinds and tok.lemma_.lower() in STANDIN | {tok.lower_} & STANDIN
                    else []
                )
                if got:
                    return got
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        got = self.resolve(g, kinds)
                        if got:
                            return got
        return group_antecedent(self, tok, kinds)  # "the three countries": the latest list of States

    def subject_antecedent(self, tok: Token, kinds: frozenset[str] = ACTORS) -> list[str]:
        """ "it" / "they" as a subject: the subject of the clause that governs it ("Hungary said it
        would leave", "The EU condemned ... and it urged"), else, at a sentence's start, the subject of
        the sentence before ("The EU ... sanctioned Russia. It said"): the topic, not the nearest name."""
        bodies = kinds & frozenset({"court", "state", "igo", "organization", "group"})
        plural = tok.lower_ == "they"

        def fits(ids: list[str]) -> bool:
            if not ids or not all(self.idx.kind(i) in (kinds if plural else bodies) for i in ids):
                return False
            return len(ids) > 1 if plural else len(ids) == 1

        v = tok.head
        for _ in range(4):  # "X said after meeting Y that it ...": through the clause it hangs from
            if v.dep_ not in ("ccomp", "conj", "advcl", "parataxis", "pcomp", "prep") or v.head.i == v.i:
                break
            v = v.head
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in ("it", "they", "this", "that", "which", "who"):
                continue
            got = self.resolve(subj, kinds)
            return got if fits(got) else []
        if tok.i - self.sent.start > 2 or self.sent.start == 0 or tok.head.dep_ != "ROOT":
            return []
        prev = self.doc[self.sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("it", "they", "he", "she", "we", "i"):
            return []
        got = Finder(self.ctx, prev).resolve(subj, kinds)
        if got and not plural and subj.lemma_.lower() in WRITINGS:
            return got  # "The statement reaffirms ... It calls on": the statement's authors, however many
        return got if fits(got) else []

    def demonym(self, tok: Token) -> list[str]:
        """ "Russian investigators", "Israeli officials": the state behind the adjective (from the KB)."""
        kb = self.ctx.kb
        if kb is None or not tok.text[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
            return []
        for ent in kb.lookup(tok.text) or []:
            if ent.kind == "state" and tok.text in (ent.adjectives or ()):
                if ent.id not in self.ctx.entities:
                    from ...model import Entity

                    self.ctx.entities[ent.id] = Entity(id=ent.id, kind="state", name=ent.name, aliases=[tok.text])
                span = (tok.idx, tok.idx + len(tok.text))
                if span not in self.ctx.entities[ent.id].mentions:
                    self.ctx.entities[ent.id].mentions.append(span)
                return [ent.id]
        return []

    def possessor(self, tok: Token) -> Token | None:
        """The owner in "X's recommendation", read from the surface when the parse misses it."""
        for c in tok.children:
            if c.dep_ == "poss":
                return c
        j = tok.i - 1
        while (
            j > self.sent.start
            and j > tok.i - 4
            and self.doc[j].pos_ in ("ADJ", "NOUN", "NUM", "PUNCT")
            and self.doc[j].text not in ",;:"
        ):
            if self.doc[j].lower_ in ("'s", "’s", "'", "’"):
                break
            j -= 1
        if (
            j > self.sent.start
            and self.doc[j].lower_ in ("'s", "’s", "'", "’")
            and self.idx.mention_at(j - 1) is not None
        ):
            return self.doc[j - 1]
        return None

    def speakers_for(self, tok: Token) -> list[str]:
        """The speaker whose reported words contain ``tok`` ("X said that we ...", "X said ... and urged")."""
        for ids, vi in self.ctx.notes.get("events.speaker", {}).get(self.sent.start, []):
            if tok.i == vi or any(a.i == vi for a in tok.ancestors):
                return list(ids)
        return []

    def voice(self, tok: Token | None = None) -> list[str]:
        """Who "we" is at this point: the quoted speaker, else the document's author(s)."""
        speaker = self.speakers_for(tok) if tok is not None else []
        if speaker:
            return list(speaker)
        return list(self.ctx.notes.get("author") or [])


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of the relative clause the pronoun opens,
    through the verbs its own verb hangs from ("whom X is reported to have threatened")."""
    if tok.dep_ in ("det", "mark"):  # "which States", "that" as a conjunction
        return None
    v = tok.head
    for _ in range(3):
        if v.dep_ == "relcl":
            noun = v.head
            while noun.dep_ == "conj" and noun.head.i != noun.i:
                noun = noun.head  # "A and B, which attended ...": the whole list
            return noun if noun.pos_ in ("NOUN", "PROPN", "PRON") else None
        if v.dep_ not in ("xcomp", "ccomp", "prep", "pcomp") or v.head.i == v.i:
            return None
        v = v.head
    return None

"""Statement nouns: "delivered a joint statement on behalf of ...", "the statement, drafted by A and
signed by 71 States", "In a statement, X urged ...", "In her closing remarks, X ...": the author, those
spoken for, signatories and drafters, addressee and forum of a statement named by its noun. A mixin of
``Statements``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, uniq
from .statement_cues import StatementCues
from .statement_speakers import JOINING, STRONG_SPEECH, asked_sessions, forum_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ...model import Event
    from ..context import DocContext


# verbs of writing a joint text for others to join: its subject is a drafter, not its only author
DRAFTING = frozenset({"draft", "prepare", "initiate", "coordinate", "co-draft", "pen"})

CITED = re.compile(r"\s*(?:\d+\s+)?(?:see|cf\.?|see also)\b", re.IGNORECASE)


def _citation(f: Finder) -> bool:
    """A footnote's reference ("3 See the statement of the President of 22 May 2023", "7 Joint communiqué of
    the Confederation of Sahel States."): a source cited, not a statement told (r11 voice)."""
    return bool(CITED.match(f.text)) or not any(t.pos_ in ("VERB", "AUX") for t in f.tokens)


class StatementNouns(StatementCues):
    """Authors and roles of a statement named by its noun (mixin of ``Statements``)."""

    @staticmethod
    def _in_own_words(f: Finder, tok: Token, nouns: dict) -> tuple[list[str], Token] | None:
        """ "In her closing remarks, X ...": the statement is the subject's, who says what the verb says."""
        lemma = tok.lemma_.lower()
        if lemma not in nouns and tok.lower_ not in nouns or lemma == "report" or tok.dep_ != "pobj":
            return None
        prep, owner = tok.head, next((c for c in tok.children if c.dep_ == "poss"), None)
        if prep.lower_ not in ("in", "during", "through") or owner is None or owner.pos_ != "PRON":
            return None
        v = prep.head
        if v.pos_ != "VERB" or owner.lower_ in ("our", "my", "your"):
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        authors = f.resolve(subj) if subj is not None else []
        return (authors, v) if authors else None

    @staticmethod
    def _carrier(tok: Token) -> Token | None:
        """The verb a statement noun carries ("X, in a statement issued by Y, expressed ...", "X called the
        warrants outrageous in a statement released by Y"): through an adjective the parse hangs it on."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "through", "via"):
            return None
        v = tok.head.head
        if v.pos_ == "ADJ" and v.dep_ in ("acl", "amod", "oprd", "acomp", "ccomp"):
            v = v.head if v.head.pos_ in ("VERB", "AUX") else v.head.head
        return v if v.pos_ in ("VERB", "AUX") else None

    @staticmethod
    def _said_so(ctx: DocContext, f: Finder, tok: Token, roles: dict[str, list[str]]) -> bool:
        """ "Biden said in a statement released by the White House that ...", "Amnesty said in a statement issued
        by its Secretary General, X, that ...": the statement the speech verb already told; the noun only says who
        spoke for whom, which the told statement takes."""
        if StatementNouns._carrier(tok) is None or not roles.get("author"):
            return False
        voiced = {*roles["author"], *roles.get("on_behalf_of", [])}
        told = next(
            (
                e
                for e in reversed(ctx.events)
                if e.type == "statement"
                and e.evidence
                and e.evidence[0][0] == f.sent.start_char
                and e.roles.get("author")
                and set(e.roles["author"]) <= voiced
            ),
            None,
        )
        if told is None:
            return False
        told.roles["author"] = list(roles["author"])
        if roles.get("on_behalf_of"):
            told.roles["on_behalf_of"] = list(roles["on_behalf_of"])
        return True

    @staticmethod
    def _told_in(f: Finder, tok: Token, delivery: set[str]) -> list[str]:
        """ "the statement made on 11 June by X", "the joint statement of 7 February in which 79 States
        reaffirmed ...": the author is in the clause that hangs on the statement noun."""
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_ in delivery:
                got = f.prep_objects(c, ("by",))
                if got:
                    return got
            if c.dep_ == "relcl" and any(g.dep_ == "prep" and g.lower_ == "in" for g in c.children):
                subj = next((g for g in c.children if g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP")), None)
                got = f.resolve(subj) if subj is not None else []
                if got:
                    return got
        return []

    @staticmethod
    def _vehicle_of(f: Finder, tok: Token) -> list[str]:
        """ "In a statement, X said / condemned / urged ...", "Through a joint letter, A and B asked ...":
        the statement is the means of the main clause, whose subject is its author."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("in", "through", "via") or prep.dep_ != "prep":
            return []
        v = prep.head
        if v.dep_ == "nsubj" and prep.i > v.i and v.head.pos_ in ("VERB", "AUX"):
            return f.resolve(v)  # "Rubio, in a post on X, accused ...": the parse hangs the phrase on the subject
        if v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "poss" for c in tok.children):
            return []  # "in their statements" is read as the speakers' own words
        if v.lemma_ in STRONG_SPEECH:
            return []  # "X said in a statement that ...": read at "said"
        shared = StatementNouns._shared_subject(v)
        if shared is not None:
            return f.resolve(shared)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:  # "In a letter, a coalition of twenty organisations led by X requested ..."
            from .demands import Demands

            return Demands._own_subject(f, v) or f.resolve(subj)
        if not any(c.dep_ == "nsubjpass" for c in v.children) and v.i > tok.i:
            # the parse hangs the list on the noun ("In a joint statement, A, B and C reaffirmed ...")
            comma = next((t.i for t in f.doc[tok.i : v.i] if t.text == ","), None)
            got = f.list_from(comma + 1, end=v.i) if comma is not None else []
            if got:
                return got
        return f.subject(v)

    @staticmethod
    def _the_one_before(ctx: DocContext, f: Finder, tok: Token, roles: dict[str, list[str]]) -> Event | None:
        """ "A, B and C issued a joint statement ... The statement, which was endorsed by 79 States Parties,
        stresses ...": "the statement" as the subject of the next sentence is the one just told."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(c.dep_ in ("prep", "poss", "compound", "nummod") or c.lower_ == "joint" for c in tok.children):
            return None  # "The joint statement of 7 February, signed by 79 States": one of its own
        own = [a for a in roles.get("author", []) if a != "court:states-parties"]
        if tok.head.lemma_ in ("sign", "co-sign", "cosign", "countersign", "endorse", "join", "support") and own:
            roles["signatory"], own = roles.get("signatory") or own, []  # "The letter was also signed by A and B"
        start = f.sent.start_char
        before = [
            e for e in ctx.events if e.type == "statement" and e.evidence and e.evidence[-1][1] <= start
        ]
        if not before:
            return None
        prev = max(before, key=lambda e: e.evidence[-1][1])
        if ctx.document.text[prev.evidence[-1][1] : start].strip() or set(own) - set(prev.roles.get("author", [])):
            return None
        roles["author"] = []
        return prev

    @staticmethod
    def _tell_more(
        ctx: DocContext, f: Finder, roles: dict[str, list[str]], attrs: dict[str, object], tok: Token | None = None
    ) -> bool:
        """ "The letter was coordinated by A and signed by B, C and D": the authorship already told of this
        sentence's statement from its drafters; it is one statement, which takes the sentence's signatories."""
        span = (f.sent.start_char, f.sent.end_char)
        told = next(
            (
                e
                for e in ctx.events
                if e.type == "statement"
                and e.evidence == [span]
                and e.roles.get("drafter")
                and not e.roles.get("author")
                and set(e.roles) <= {"drafter", "signatory"}
            ),
            None,
        )
        if told is None and tok is not None:
            prev = StatementNouns._the_one_before(ctx, f, tok, roles)
            if prev is None:
                return False
            for role in ("drafter", "signatory", "on_behalf_of"):
                extra = [i for i in roles.get(role, []) if i not in prev.roles.get("author", [])]
                if extra and not prev.roles.get(role):
                    prev.roles[role] = extra
            if attrs.get("signatory_count") and not prev.attributes.get("signatory_count"):
                prev.attributes["signatory_count"] = attrs["signatory_count"]
            prev.evidence = [*prev.evidence, span]
            return True
        if told is None or roles.get("drafter") and not set(roles["drafter"]) & set(told.roles["drafter"]):
            return False
        for role, ids in roles.items():
            if ids and role != "drafter" and not told.roles.get(role):
                told.roles[role] = [i for i in ids if i not in told.roles["drafter"]] or ids
        if attrs.get("signatory_count") and not told.attributes.get("signatory_count"):
            told.attributes["signatory_count"] = attrs["signatory_count"]
        if attrs.get("form") == "open_letter":
            told.attributes["form"] = "open_letter"
        if told.date is None and ctx.document.date:
            told.date = ctx.document.date  # a statement the page tells of, with no day of its own: the page's day
        return True

    def _statement_noun(self, ctx: DocContext, f: Finder, tok: Token, form: str, delivery: set[str]) -> list[str]:
        head = tok.head
        roles: dict[str, list[str]] = {}
        recalled = False
        if tok.dep_ in ("dobj",) and head.lemma_ in delivery:
            roles["author"] = f.subject(head)
            told = self._told_in(f, tok, delivery) if head.lemma_ in JOINING else []
            if told:  # "REDRESS joined a statement delivered by HRW": HRW reads it, REDRESS is one it speaks for
                role = "on_behalf_of" if head.lemma_ == "join" else "signatory"
                roles[role], roles["author"] = [a for a in roles["author"] if a not in told], told
        elif tok.dep_ == "nsubjpass" and head.lemma_ in delivery:
            roles["author"] = f.prep_objects(head, ("by",))
        elif tok.dep_ == "dobj" and head.lemma_ in DRAFTING and any(c.lower_ == "joint" for c in tok.children):
            # "Slovenia drafted the joint statement", "Together with A and B, C prepared a joint declaration"
            roles["drafter"] = uniq([*f.subject(head), *f.prep_objects(head, ("with",))])
            roles["author"] = []
        else:
            # "a statement by X", "X's statement", "in a statement, X said"
            roles["author"] = (
                f.prep_objects(tok, ("by", "from"))
                or [i for c in tok.children if c.dep_ == "poss" for i in f.resolve(c)]
                or self._told_in(f, tok, delivery)
                or (f.prep_objects(tok, ("of",))[:1] if not _citation(f) else [])  # r11 voice: "the 3 May press release of X"
            )
            recalled = tok.dep_ in ("dobj", "nsubj", "nsubjpass") and head.lemma_ not in delivery
            if not roles["author"]:  # "In a statement issued in The Hague, X urged ...": X's statement
                roles["author"] = self._vehicle_of(f, tok)
        carrier = self._carrier(tok)
        if carrier is not None and roles.get("author") and all(f.idx.kind(a) == "person" for a in roles["author"]):
            # "The Assembly, in a statement issued by its President, Ms X, expressed ...": X speaks for it
            body = [a for a in f.subject(carrier) if f.idx.kind(a) != "person" and a not in roles["author"]]
            if body:
                roles["on_behalf_of"] = body
        elif carrier is not None and roles.get("author") and not any(f.idx.kind(a) == "person" for a in roles["author"]):
            # "Biden called the warrants outrageous in a statement released by the White House": Biden speaks
            said_by = f.subject(carrier)
            inside = {m.entity_id for t in tok.subtree if (m := f.idx.mention(t)) is not None}
            persons = [a for a in said_by if f.idx.kind(a) == "person" and a not in inside]
            if persons and not set(roles["author"]) & set(said_by):  # not "In a letter to Ms X, a coalition ..."
                roles["author"], roles["on_behalf_of"] = persons, roles["author"]
        owner = [i for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON" for i in f.resolve(c)]
        if owner and roles.get("author") and set(owner) != set(roles["author"]):
            roles["on_behalf_of"] = owner  # "Ms X delivered ANICJ's statement"
        scope_start = tok.i
        behalf = f.lower.find("on behalf of", max(0, tok.idx - f.sent.start_char - 200))
        if behalf >= 0:
            roles["on_behalf_of"] = f.after_cue("on behalf of", start=behalf) or roles.get("on_behalf_of", [])
        for cue, role in (
            ("drafted by", "drafter"),
            ("prepared by", "drafter"),
            ("coordinated by", "drafter"),
            ("initiated by", "drafter"),
            ("led by", "drafter"),  # r11 voice: "said the joint statement, led by A, B and C"
            ("spearheaded by", "drafter"),
            ("signed by", "signatory"),
            ("co-signed by", "signatory"),
            ("endorsed by", "signatory"),
            ("countersigned by", "signatory"),
        ):
            at = f.lower.find(cue)
            part = f.token_at(f.sent.start_char + at) if at >= 0 else None
            if (
                part is not None
                and part.dep_ == "acl"
                and not tok.left_edge.i <= part.head.i <= tok.right_edge.i  # "the statement of 7 May, signed by": its date
                and part.head.lemma_.lower() not in self.lex["statement"]["nouns"]
            ):
                continue  # r11 voice: "the criminal proceedings initiated by Russia": another noun's maker
            if at >= 0:
                roles[role] = f.after_cue(cue)
        if not roles.get("author") and "delivered" in f.lower and " by " in f.lower:
            roles["author"] = f.after_cue("by", start=max(0, f.lower.find("delivered")))
        attrs: dict[str, object] = {"form": form}
        m = re.search(
            r"(?:signed|endorsed|joined|supported|co-signed) by (\d+)\s+(?:other\s+)?"
            r"(states parties|states|countries|organi[sz]ations|member states)",
            f.lower,
        )
        if m:
            attrs["signatory_count"] = int(m.group(1))
            if "court:states-parties" in roles.get("signatory", []) and len(roles["signatory"]) > 1:
                roles["signatory"] = [i for i in roles["signatory"] if i != "court:states-parties"]
            if roles.get("signatory") == ["court:states-parties"]:
                roles["author"], roles["signatory"] = roles.get("author") or ["court:states-parties"], []
        to = (
            f.prep_objects(tok, ("to",))
            or [  # "a letter sent / addressed to X"
                i
                for c in tok.children
                if c.dep_ == "acl" and c.lemma_ in (*delivery, "address")
                for i in f.prep_objects(c, ("to",))
            ]
            or (  # "presented its report to the Assembly", "sent a letter to X"
                f.prep_objects(head, ("to",)) if tok.dep_ == "dobj" and head.lemma_ in (*delivery, "submit") else []
            )
        )
        urging = [
            c for c in f.sent
            if c.lemma_ in ("urge", "call", "ask") and c.i > scope_start
            and (c.lemma_ != "call" or any(g.dep_ == "prep" and g.lower_ in ("on", "upon") for g in c.children))
        ]  # fmt: skip  # r11 voice: not "called the decision historic"
        roles["addressee"] = to or (f.objects(urging[0]) if urging else [])
        roles["forum"] = [x for x in forum_of(f) if x not in asked_sessions(f, tok)]
        if not any(roles.get(r) for r in ("author", "on_behalf_of", "signatory", "drafter")):
            return []
        if (
            roles.get("on_behalf_of")
            and not any(roles.get(r) for r in ("author", "signatory", "drafter"))
            and all(f.idx.kind(b) == "court" for b in roles["on_behalf_of"])
        ):  # "The Registrar, on behalf of the Court, presented the report", "a statement was delivered on behalf
            # of the ICC": an unnamed official, or no one named, speaks for the Court: the Court's own words
            roles["author"], roles["on_behalf_of"] = roles["on_behalf_of"], []
        doc_stmt = ctx.notes.get("events.document_statement")
        if doc_stmt is not None and f.sent.start_char < ctx.notes.get("events.header_end", 0):
            return []  # the header of the document's own statement
        title = str(doc_stmt.attributes.get("title") or "") if doc_stmt is not None else ""
        if len(title) > 20 and f.text.strip().startswith(title[:40]) and set(roles.get("author", [])) <= set(
            doc_stmt.roles.get("author", [])
        ):
            return []  # r12 voice: "Statement by Ambassador X on behalf of 74 States ...": the title of the page's own
        same = doc_stmt is not None and (  # "The statement was delivered by A on behalf of B, C ...": the document's
            tok.dep_ == "nsubjpass"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and any(set(roles.get(r, [])) & set(doc_stmt.roles.get(r, [])) for r in ("on_behalf_of", "drafter"))
        )  # "The statement was initiated by A and B and has been endorsed by 93 States": the document's own
        if doc_stmt is not None and (self._this_one(tok) or same):
            # "I am issuing this statement on behalf of the judiciary", "This letter is signed by A and B":
            # the document's own statement, told from inside
            for role in ("on_behalf_of", "signatory", "drafter"):
                extra = [i for i in roles.get(role, []) if i not in doc_stmt.roles.get("author", [])]
                if extra:
                    doc_stmt.roles[role] = uniq([*doc_stmt.roles.get(role, []), *extra])
            return []
        del scope_start
        if self._tell_more(ctx, f, roles, attrs, tok):
            return []
        if self._said_so(ctx, f, tok, roles):
            return uniq([*roles.get("on_behalf_of", []), *roles["author"]])
        ev = self.emit(ctx, f, "statement", roles, attrs, confidence=0.8 if roles.get("author") else 0.6, anchor=tok)
        # who speaks in what follows: those a person speaks for, not the person reading it out
        authors = roles.get("author", [])
        if roles.get("on_behalf_of") and authors and all(f.idx.kind(a) == "person" for a in authors):
            authors = []
        speakers = uniq([*authors, *roles.get("on_behalf_of", []), *roles.get("signatory", [])])
        if ev is not None:
            ctx.notes["events.last_statement"] = speakers
            ctx.notes["events.last_statement_sent"] = f.sent.start
        if recalled:  # "We recall the statement made by X": "we" still speaks in this sentence
            return []
        return speakers

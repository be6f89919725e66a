"""Statements: a statement noun delivered, issued or signed ("delivered a joint statement on
behalf of ...", "the statement, drafted by A and signed by 71 States") and reported speech ("X
said", "according to X"). The speaker becomes the voice of "we" and the claimant of what follows.

A mixin of the ``Voice`` component.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, uniq
from .statement_cues import StatementCues
from .statement_speakers import (
    ACTS,
    BEHALF_VERBS,
    FORUMS,
    JOINING,
    MOUTHS,
    RULING_ORGANS,
    SOCIAL,
    STRONG_SPEECH,
    UNSAID,
    asked_sessions,
    forum_of,
    mouth_of,
    speaker_roles,
    they_the_authors,
    unnamed_government,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

# what a body "announced / confirmed / recalled that ..." is an act, a ruling or a recollection, not a statement
ACCORDING = re.compile(r"\b(?:according to|in the words of|as (?:stated|put|quoted|cited) by)\b")
SPEECH_MAIN = frozenset({"say", "tell", "state", "declare", "add", "write", "warn", "insist", "argue", "claim"})
ACT_VERBS = frozenset({"announce", "confirm", "recall", "predict", "testify", "allege"})


class Statements(StatementCues):
    """`statement` events (mixin of ``Voice``)."""

    def statements(self, ctx: DocContext, f: Finder) -> list[tuple[list[str], int]]:
        lex = self.lex["statement"]
        nouns, delivery, speech = lex["nouns"], set(lex["delivery_verbs"]), set(lex["speech_verbs"])
        found: list[tuple[list[str], int]] = []
        told_here: list[list[str]] = []  # the speakers of the statements emitted in this sentence
        spoken = self._speaking_for(f)
        if spoken is not None:  # "Speaking on behalf of X, Y said ...", "Y, speaking for X, welcomed ..."
            authors, behalf, v = spoken
            form = "joint_statement" if "joint statement" in f.lower else None
            forum = forum_of(f)
            self.emit(
                ctx,
                f,
                "statement",
                {"author": authors, "on_behalf_of": behalf, "forum": forum},
                {"form": form or ("speech" if forum else "oral")},
                confidence=0.7,
                anchor=v,
            )
            persons = all(f.idx.kind(a) == "person" for a in authors)
            return [(uniq([*([] if persons else authors), *behalf]), v.i)]
        through = self._through_speaker(f)
        if through is not None:  # "The Court, through its spokesman X, dismissed ...": X speaks for the Court
            roles, v = through
            self.emit(ctx, f, "statement", {**roles, "forum": forum_of(f)}, {"form": "oral"}, confidence=0.65, anchor=v)
            told_here.append(roles["author"])
            found.append((roles.get("on_behalf_of") or roles["author"], v.i))
            if all(f.idx.kind(a) == "person" for a in roles["author"]):
                ctx.notes["events.last_speaker"] = (f.sent.end_char, roles["author"])
        for tok in f.tokens:
            key = tok.lemma_.lower()
            own = self._in_own_words(f, tok, nouns)
            if own and any(set(own[0]) <= set(got) for got in told_here):
                continue  # "X told delegates in his closing remarks": already read at "told"
            if own:  # "In her closing remarks, X undertook ...", "A and B, in their statements, welcomed ..."
                authors, v = own
                told_here.append(authors)
                self.emit(
                    ctx,
                    f,
                    "statement",
                    {**speaker_roles(f, authors), "forum": forum_of(f)},
                    {"form": "speech" if key in ("remark", "remarks", "speech", "address") else nouns[key]},
                    confidence=0.65,
                    anchor=tok,
                )
                found.append((authors, v.i))
            elif tok.pos_ == "NOUN" and key in nouns and tok.tag_ != "NNS" and not self._generic(tok):
                form = nouns[key]
                if key in SOCIAL and not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "through")):
                    continue  # "in a post on X", "in an interview with"; not "the post of Registrar"
                if form in ("oral", "press_release") and (
                    any(c.lower_ == "joint" for c in tok.children) or "jointly" in f.lower
                ):  # "a joint statement", "a joint communiqué", "a joint declaration", "jointly issued"
                    form = "joint_statement"
                presented = tok.dep_ == "dobj" and tok.head.lemma_ in ("present", "deliver", "submit", "introduce", "table")
                if key == "report" and not presented or key in ("address", "declaration") and tok.head.lemma_ not in delivery:
                    continue  # "its declaration under article 124" is a legal act, not a statement
                if tok.dep_ in ("dobj", "nsubjpass") and self._unsaid(tok.head):
                    continue  # "has not issued a statement", "request that X submit a report"
                got = self._statement_noun(ctx, f, tok, form, delivery)
                if got:
                    main = tok.head
                    if tok.dep_ == "pobj" and main.dep_ == "prep" and main.head.pos_ in ("VERB", "AUX"):
                        main = main.head  # "In a statement, X urged ...": X speaks in the main clause
                    found.append((got, main.i if main.pos_ in ("VERB", "AUX") else tok.i))
            elif tok.pos_ == "VERB" and key == "address":  # "X and Y addressed the Assembly"
                if self._unsaid(tok):
                    continue
                heard = f.objects(tok, frozenset({"court", "session", "igo"}))
                authors = f.subject(tok, frozenset({"person", "state", "organization", "igo"}))
                if not heard and any(c.dep_ == "dobj" and c.lemma_ in FORUMS for c in tok.children):
                    heard = forum_of(f) or [ctx.notes.get("events.main_session") or ""]  # "addressed the plenary"
                    heard = [h for h in heard if h]
                spoke = any(c.dep_ == "dobj" and c.lemma_ in FORUMS for c in tok.children)
                if authors and (heard or spoke):  # "the Minister addressed the plenary" (no session named)
                    roles = {
                        "author": authors,
                        "addressee": [h for h in heard if f.idx.kind(h) != "session"],
                        "forum": forum_of(f),
                    }
                    self.emit(ctx, f, "statement", roles, {"form": "speech"}, confidence=0.7, anchor=tok)
                    found.append((authors, tok.i))
            elif tok.pos_ == "VERB" and key in speech:
                went_on = tok.dep_ == "xcomp" and tok.head.lemma_ in ("go", "continue", "proceed")  # "went on to say"
                if not went_on and any(c.dep_ == "aux" and c.lower_ in UNSAID for c in tok.children) or self._unsaid(tok):
                    continue  # "the Bureau may ask the President to write to ...": not (yet) said
                if any(c.dep_ == "auxpass" for c in tok.children):  # "it was stated by X"; not inside another's words
                    authors = f.prep_objects(tok, ("by",)) if tok.dep_ == "ROOT" else []
                else:
                    shared = self._shared_subject(tok)  # "the President recalled ... and reiterated ..."
                    authors = self._last_speaker(ctx, f, tok) or (
                        f.resolve(shared) if shared is not None else f.subject(tok)
                    )
                    authors = [a for a in authors if not a.startswith(RULING_ORGANS)] or unnamed_government(f, tok)
                    authors = they_the_authors(f, tok, authors) or mouth_of(f, tok)
                doc_stmt = ctx.notes.get("events.document_statement")
                if doc_stmt is not None:
                    authors = [a for a in authors if a not in doc_stmt.roles.get("addressee", [])]
                if not authors or set(authors) <= set(ctx.notes.get("events.doc_voice") or []):
                    continue
                if any(set(authors) <= set(got) for got in told_here):
                    continue  # "X told delegates in his closing remarks that ...": one statement, read at "remarks"
                if (
                    key not in STRONG_SPEECH
                    and any(f.idx.kind(a) != "person" for a in authors)
                    and not (
                        key not in ACT_VERBS
                        and self._reported_that(tok)
                        and not any(f.idx.kind(a) == "court" for a in authors)
                    )
                ):
                    continue
                if key == "announce" and any(c.dep_ == "dobj" and c.lemma_ in ACTS for c in tok.children):
                    continue  # "announced the designation of ...": the act, not a statement
                if key == "add" and not any(c.dep_ == "ccomp" or c.text in ':\u201c"' for c in tok.children):
                    continue  # "added the Prosecutor to its wanted list": not speech
                if (
                    not any(c.dep_ in ("ccomp", "dobj", "dative", "prep") or c.text in ':\u201c"' for c in tok.children)
                    and key != "say"
                ):
                    continue
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lemma_.lower() in nouns and subj.tag_ != "NNS":
                    found.append((authors, tok.i))  # "The statement expressed concern ...": the one just told
                    continue
                if self._condemning_words(tok) or self._pledging_words(tok):
                    # "HRW said the withdrawal would be a shameful gift", "X told reporters the court had
                    # become a political court": the words are a condemnation (read by Pressure), not a
                    # statement of their own; the speaker still speaks in the sentence
                    found.append((authors, tok.i))
                    continue
                if self._headline(ctx, f) or self._goes_on(ctx, f, tok, authors) or self._by_the_way(tok):
                    # a headline the body tells again; "She said ..." right after her quote; "..., noting that"
                    found.append((authors, tok.i))
                    continue
                told_here.append(authors)
                if all(f.idx.kind(a) == "person" for a in authors):
                    ctx.notes["events.last_speaker"] = (f.sent.end_char, authors)
                ctx.notes["events.last_said"] = (f.sent.end_char, authors)
                form = "speech" if re.search(r"\b(speech|address|remarks|opening|closing)\b", f.lower) else "oral"
                content = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj")), None)
                region = (
                    f.sent.start_char,
                    content.left_edge.idx if content is not None and content.i > tok.i else f.sent.end_char,
                )
                heard, forum = self._audience(ctx, f, tok, authors)
                forum = [x for x in forum if x not in asked_sessions(f, tok)]
                if any(  # "wrote in a letter to X", "said in an open letter"
                    c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_ == "letter" for g in c.children)
                    for c in tok.children
                ):
                    form = "open_letter"
                self.emit(
                    ctx,
                    f,
                    "statement",
                    {
                        **speaker_roles(f, authors, next((c for c in tok.children if c.dep_ == "nsubj"), None)),
                        "addressee": heard,
                        "forum": forum,
                    },
                    {"form": form},
                    confidence=0.65,
                    anchor=tok,
                    region=region,
                )
                found.append((authors, tok.i))
        m = ACCORDING.search(f.lower)  # "according to X, ...", "in the words of X", "as X put it"
        if m:
            comma = f.lower.find(",", m.end())
            end_tok = f.token_at(f.sent.start_char + comma) if comma > 0 else None
            start_tok = f.token_at(f.sent.start_char + m.end())
            authors = (
                f.list_from(start_tok.i, end=end_tok.i if end_tok is not None else None)
                if start_tok is not None
                else []
            )
            if authors:
                self.emit(ctx, f, "statement", speaker_roles(f, authors), {"form": "oral"}, confidence=0.6)
                found.append((authors, f.sent.root.i))
        return found

    @staticmethod
    def _reported_that(v: Token) -> bool:
        """ "Kenya stressed that ...", "Germany confirmed that it would ...", "Amnesty noted that ...": a body's
        past-tense report of what it said, with a "that" clause after the verb (not "the Assembly notes the
        report", not a present-tense operative "Stresses that")."""
        if v.tag_ != "VBD" or v.dep_ not in ("ROOT", "conj"):
            return False
        return any(
            c.dep_ == "ccomp" and c.i > v.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            for c in v.children
        )

    @staticmethod
    def _through_speaker(f: Finder) -> tuple[dict[str, list[str]], Token] | None:
        """ "The Court, through its spokesman Fadi El Abdallah, dismissed ...", "Through a spokesperson, the
        government rejected ...", "Hungary, via its foreign minister, said ...": the one who speaks (named, else
        the body) and the body spoken for. Returns (roles, main verb)."""
        for tok in f.tokens:
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("through", "via") or tok.lemma_.lower() not in MOUTHS:
                continue
            v = tok.head.head
            if v.pos_ not in ("VERB", "AUX") or Statements._unsaid(v):
                continue
            subj = f.subject(v)  # "Through its adviser, Ms X, HRW criticised": the parse may take X for the subject
            body = [a for a in subj if f.idx.kind(a) != "person"]
            persons = uniq(
                m.entity_id
                for t in tok.subtree
                if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "person"
            ) or [a for a in subj if f.idx.kind(a) == "person"]
            if persons and body:
                return {"author": persons, "on_behalf_of": body}, v
            if body:
                return {"author": body}, v
        for tok in f.tokens:  # "Speaking to journalists in Washington, X defended ...", "Talking to Reuters, X ..."
            if tok.lemma_ not in ("speak", "talk") or tok.tag_ != "VBG" or tok.dep_ != "advcl":
                continue
            if not any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in tok.children):
                continue
            v = tok.head
            if v.pos_ not in ("VERB", "AUX") or Statements._unsaid(v) or v.lemma_ in SPEECH_MAIN:
                continue  # "Speaking to reporters, X said ...": read at "said"
            authors = f.subject(v)
            if authors:
                return speaker_roles(f, authors, next((c for c in v.children if c.dep_ == "nsubj"), None)), v
        return None

    @staticmethod
    def _goes_on(ctx: DocContext, f: Finder, v: Token, authors: list[str]) -> bool:
        """The same speaker in the very next sentence ('"...," said Ms X of HRW. She said States should ...',
        "X told state radio ... 'Our judge has done nothing wrong,' she added"): one statement goes on."""
        end, before = ctx.notes.get("events.last_said") or (-1, [])
        if set(before) != set(authors) or end < 0 or end > f.sent.start_char:
            return False
        return not f.doc.text[end : f.sent.start_char].strip() and f.doc.text[end : f.sent.start_char].count("\n") <= 2

    @staticmethod
    def _by_the_way(v: Token) -> bool:
        """ "X asked delegations to pay on time, noting that arrears had grown", "X welcomed Y, stressing that ...":
        a participle that adds a remark to the act of the main clause, not a statement of its own (unlike
        "..., saying / telling reporters / writing on X that ...", which report the words)."""
        return (
            v.tag_ == "VBG"
            and v.dep_ in ("advcl", "xcomp")
            and v.lemma_ not in SPEECH_MAIN
            and v.head.pos_ == "VERB"
            and v.head.lemma_ not in SPEECH_MAIN
            and not any(c.dep_ == "nsubj" for c in v.children)
        )

    @staticmethod
    def _headline(ctx: DocContext, f: Finder) -> bool:
        """A news page's headline ("ICC chiefs warn of 'existential' threats", "Court says it will appeal"): a
        short line above the body, without a full stop; the speech it reports is told again, with its
        details, in the body."""
        text = f.doc.text
        start, end = f.sent.start_char, f.sent.end_char
        if start > 800 or len(text) < 3 * (end - start) + 400:
            return False  # not near the top of a page with a body
        line = text[start:end].strip()
        ends = text[start:end].rstrip(" \t").endswith("\n") or text[end:].lstrip(" \t")[:1] in ("\n", "")
        alone = text[text.rfind("\n", 0, start) + 1 : start].strip() == "" and ends
        return alone and "\n" not in line and not line.endswith((".", ":", ";", '."', '."\u201d')) and len(line.split()) < 25

    @staticmethod
    def _last_speaker(ctx: DocContext, f: Finder, v: Token) -> list[str]:
        """ "Ms X told state radio ... 'Our judge has done nothing wrong,' she added", "He went on to say ...":
        "he" or "she" saying something right after a person spoke is that speaker, not the last person named
        (often the one spoken about)."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None and v.dep_ == "xcomp":  # "He went on to say": the subject of "went"
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in ("he", "she"):
            return []
        end, persons = ctx.notes.get("events.last_speaker") or (-1, [])
        gap = f.doc.text[end : f.sent.start_char] if 0 <= end <= f.sent.start_char else ""
        if len(persons) != 1 or gap.count("\n\n") > 1 or len(gap) > 400:
            return []
        return list(persons)

    @staticmethod
    def _speaking_for(f: Finder) -> tuple[list[str], list[str], Token] | None:
        """A speaker and those it speaks for, named in a participle or an opening phrase: "Speaking on
        behalf of the Nordic countries, Finland said ...", "The representative of Kenya, speaking for the
        African Group, welcomed ...", "Delivering a statement on behalf of the EU, Austria ...", "On
        behalf of the Group, Chile said ...". Returns (authors, on_behalf_of, main verb)."""
        for tok in f.tokens:
            part = None
            if tok.lemma_ in BEHALF_VERBS and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl"):
                part = tok
            elif tok.lower_ == "behalf" and tok.head.lower_ in ("on", "in") and tok.head.dep_ == "prep":
                host = tok.head.head
                if host.tag_ == "VBG" and host.dep_ in ("advcl", "acl"):
                    part = host
                elif host.pos_ == "VERB" and host.dep_ == "ROOT" and tok.head.i == f.sent.start:
                    part = tok.head  # "On behalf of X, Y said": the phrase hangs on the main verb
            if part is None:
                continue
            cue = next((t for t in part.subtree if t.lower_ == "behalf"), None) if part.lower_ != "on" else tok
            if cue is not None:
                after = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                behalf = f.list_from(after.i + 1, end=after.right_edge.i + 1) if after is not None else []
            elif part.lemma_ == "speak":
                behalf = f.prep_objects(part, ("for",))
            else:
                behalf = []
            if part.dep_ == "acl" and part.head.pos_ in ("NOUN", "PROPN"):
                v, authors = part.head.head, f.resolve(part.head)
            else:
                v = part.head
                authors = f.subject(v)
            authors = [a for a in authors if a not in behalf]
            if behalf and authors and v.pos_ in ("VERB", "AUX"):
                return authors, behalf, v
        return None

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
        shared = Statements._shared_subject(v)
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
    def _audience(ctx: DocContext, f: Finder, v: Token, authors: list[str]) -> tuple[list[str], list[str]]:
        """Who a speaker addresses and where: "told the Security Council" (addressee), "told the Assembly"
        (the session is the forum), "wrote to X", "said in a letter to X" (addressee)."""
        heard: list[str] = []
        if v.lemma_ == "tell":
            heard = [i for c in v.children if c.dep_ in ("dobj", "dative") for i in f.resolve(c)]
        heard += f.prep_objects(v, ("to",))
        for c in v.children:  # "said in a letter to X"
            if c.dep_ == "prep" and c.lower_ in ("in", "through", "via"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_ in ("letter", "message", "note", "communication", "submission"):
                        heard += f.prep_objects(g, ("to",))
        heard = [h for h in uniq(heard) if h not in authors]
        assembly = [h for h in heard if h == "court:asp" or f.idx.kind(h) == "session"]
        forum = forum_of(f)
        if assembly:  # "told the Assembly": the session it sits in is the forum
            main = ctx.notes.get("events.main_session")
            forum = forum or ([a for a in assembly if f.idx.kind(a) == "session"] or ([main] if main else []))
            heard = [h for h in heard if f.idx.kind(h) != "session"]
        elif heard:
            forum = f.mentions(frozenset({"session"}))[:1]  # "told the Security Council": not the session
        return heard, forum

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
        else:
            # "a statement by X", "X's statement", "in a statement, X said"
            roles["author"] = (
                f.prep_objects(tok, ("by", "from"))
                or [i for c in tok.children if c.dep_ == "poss" for i in f.resolve(c)]
                or self._told_in(f, tok, delivery)
            )
            recalled = tok.dep_ in ("dobj", "nsubj", "nsubjpass") and head.lemma_ not in delivery
            if not roles["author"]:  # "In a statement issued in The Hague, X urged ...": X's statement
                roles["author"] = self._vehicle_of(f, tok)
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
            ("signed by", "signatory"),
            ("co-signed by", "signatory"),
        ):
            if cue in f.lower:
                roles[role] = f.after_cue(cue)
        if not roles.get("author") and "delivered" in f.lower and " by " in f.lower:
            roles["author"] = f.after_cue("by", start=max(0, f.lower.find("delivered")))
        attrs: dict[str, object] = {"form": form}
        m = re.search(r"signed by (\d+)\s+(states|countries|organi[sz]ations|member states)", f.lower)
        if m:
            attrs["signatory_count"] = int(m.group(1))
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
        urging = [c for c in f.sent if c.lemma_ in ("urge", "call", "ask") and c.i > scope_start]
        roles["addressee"] = to or (f.objects(urging[0]) if urging else [])
        roles["forum"] = [x for x in forum_of(f) if x not in asked_sessions(f, tok)]
        if not roles.get("author") and not roles.get("on_behalf_of") and not roles.get("signatory"):
            return []
        doc_stmt = ctx.notes.get("events.document_statement")
        if doc_stmt is not None and f.sent.start_char < ctx.notes.get("events.header_end", 0):
            return []  # the header of the document's own statement
        same = doc_stmt is not None and (  # "The statement was delivered by A on behalf of B, C ...": the document's
            tok.dep_ == "nsubjpass"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and bool(set(roles.get("on_behalf_of", [])) & set(doc_stmt.roles.get("on_behalf_of", [])))
        )
        if doc_stmt is not None and (self._this_one(tok) or same):
            # "I am issuing this statement on behalf of the judiciary", "This letter is signed by A and B":
            # the document's own statement, told from inside
            for role in ("on_behalf_of", "signatory", "drafter"):
                extra = [i for i in roles.get(role, []) if i not in doc_stmt.roles.get("author", [])]
                if extra:
                    doc_stmt.roles[role] = uniq([*doc_stmt.roles.get(role, []), *extra])
            return []
        del scope_start
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

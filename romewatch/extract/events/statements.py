"""Statements: a statement noun delivered, issued or signed ("delivered a joint statement on
behalf of ...", "the statement, drafted by A and signed by 71 States") and reported speech ("X
said", "according to X"). The speaker becomes the voice of "we" and the claimant of what follows.

A mixin of the ``Voice`` component. The helpers for a statement noun are in ``statement_nouns``, those
for reported speech (who speaks, to whom) in ``statement_speech``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .base import Finder, lexicon, uniq
from .statement_nouns import DRAFTING, StatementNouns
from .statement_speakers import (
    ACTS,
    FORUMS,
    MANDATES,
    RULING_ORGANS,
    SOCIAL,
    STRONG_SPEECH,
    UNSAID,
    asked_sessions,
    forum_of,
    mouth_of,
    parties_speak,
    speaker_roles,
    they_the_authors,
    unnamed_body,
    unnamed_government,
)
from .statement_speech import RAISING, StatementSpeech

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

# what a body "announced / confirmed / recalled that ..." is an act, a ruling or a recollection, not a statement
ACCORDING = re.compile(r"\b(?:according to|in the words of|as (?:stated|put|quoted|cited) by)\b")
REPLYING = frozenset({"counter", "retort", "reply", "respond"})
JOINTLY_SAID = re.compile(r"\bin (?:a|an|their|its|the) joint (?:statement|declaration|communiqu)")
PUT_IT = re.compile(r"\bas (\S.{1,80}?) (?:put|puts|has put|had put) it\b")
# those who speak about a person, or for them in court, without their words being the person's own
PROXIES = frozenset({
    "lawyer", "attorney", "counsel", "aide", "ally", "supporter", "critic", "adviser", "advisor", "family", "relative",
    "source", "son", "daughter", "wife", "husband", "opponent", "associate",
})  # fmt: skip
ACT_VERBS = frozenset({"announce", "confirm", "recall", "predict", "testify", "allege"})
# a written instrument that "says" or "states": the text speaks, not those who adopted, signed or issued it
WRITTEN = frozenset({
    "resolution", "statute", "article", "treaty", "convention", "law", "act", "bill", "decree", "order", "regulation",
    "provision", "paragraph", "clause", "charter", "agreement", "decision", "judgment", "judgement", "ruling",
    "constitution", "code", "rule", "warrant", "memorandum", "protocol", "amendment", "legislation", "directive",
})  # fmt: skip


class Statements(StatementNouns, StatementSpeech):
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
            told_here.append(roles["author"] + roles.get("on_behalf_of", []))  # "The US, through X, said": one
            found.append((roles.get("on_behalf_of") or roles["author"], v.i))
            if all(f.idx.kind(a) == "person" for a in roles["author"]):
                ctx.notes["events.last_speaker"] = (f.sent.end_char, roles["author"])
        for tok in f.having(statement_words()):  # (speed) every test below reads one of those lists
            key = tok.lemma_.lower()
            if key == "release" and tok.i > f.sent.start and f.doc[tok.i - 1].lower_ in ("press", "media", "news"):
                key = "press release"  # "in a press release issued the same day": the noun is the compound
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
                if key == "report" and not presented or key in ("address", "declaration") and tok.head.lemma_ not in (*delivery, *DRAFTING):
                    continue  # "its declaration under article 124" is a legal act, not a statement
                if tok.dep_ in ("dobj", "nsubjpass") and self._unsaid(tok.head):
                    continue  # "has not issued a statement", "request that X submit a report"
                got = self._statement_noun(ctx, f, tok, form, delivery)
                if got:
                    main = tok.head
                    if tok.dep_ == "pobj" and main.dep_ == "prep" and main.head.pos_ in ("VERB", "AUX"):
                        main = main.head  # "In a statement, X urged ...": X speaks in the main clause
                    found.append((got, main.i if main.pos_ in ("VERB", "AUX") else tok.i))
                    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through", "via"):
                        last = ctx.events[-1] if ctx.events and ctx.events[-1].type == "statement" else None
                        voiced = [*last.roles.get("author", []), *last.roles.get("on_behalf_of", [])] if last else []
                        told_here.append(uniq([*got, *voiced]))  # "X, in a statement issued by its President, ...": one
            elif tok.pos_ == "VERB" and key == "address":  # "X and Y addressed the Assembly"
                if self._unsaid(tok) or any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in tok.children):
                    continue  # "addressed a letter to X": read at the letter
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
                went_on = tok.dep_ == "xcomp" and (
                    tok.head.lemma_ in ("go", "continue", "proceed")  # "went on to say"
                    or tok.head.lemma_ in RAISING and tok.head.tag_ == "VBN"  # "is reported to have said"
                )
                if not went_on and any(c.dep_ == "aux" and c.lower_ in UNSAID for c in tok.children) or (
                    self._unsaid(tok.head if went_on else tok)
                ):
                    continue  # "the Bureau may ask the President to write to ...": not (yet) said
                if f.lower.rstrip().endswith("?"):
                    continue  # "What did Amnesty say?": a question (a Q&A heading) reports no words
                if tok.dep_ == "relcl" and tok.head.lemma_.lower() in WRITTEN | {"report", "study", "text"}:
                    continue  # "Trump's order, which says the Court has ...": the text speaks, not its makers
                if any(c.dep_ == "auxpass" for c in tok.children):  # "it was stated by X"; not inside another's words
                    authors = f.prep_objects(tok, ("by",)) if tok.dep_ == "ROOT" else []
                else:
                    shared = self._shared_subject(tok)  # "the President recalled ... and reiterated ..."
                    relative = tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children)
                    authors = self._last_speaker(ctx, f, tok) or (
                        f.resolve(shared) if shared is not None else [] if relative else f.subject(tok)
                    ) or self._relative_speaker(f, tok) or self._quoted_as(f, tok)  # "which had warned": background
                    if not self._said_in_writing(tok):  # a Chamber "said in a press release": it speaks
                        authors = [a for a in authors if not a.startswith(RULING_ORGANS)]
                    authors = authors or (
                        unnamed_government(f, tok) or unnamed_body(f, tok)
                    )
                    authors = parties_speak(f, tok) or they_the_authors(f, tok, authors) or mouth_of(f, tok)
                    authors = self._pronoun_outside_quote(f, tok, authors)
                doc_stmt = ctx.notes.get("events.document_statement")
                if doc_stmt is not None:
                    authors = [a for a in authors if a not in doc_stmt.roles.get("addressee", [])]
                if any(f.idx.kind(a) == "person" for a in authors):  # "said A, Special Rapporteur on X": A speaks
                    authors = [a for a in authors if f.idx.kind(a) == "person" or not MANDATES.match(ctx.entities[a].name)]
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
                        and (key in REPLYING or not any(f.idx.kind(a) == "court" for a in authors))
                    )  # "the Office countered that ...": a reply, not a ruling's "recalled that"
                ):
                    continue
                if key in ("announce", "reiterate", "confirm", "reaffirm") and any(
                    c.dep_ == "dobj" and c.lemma_ in ACTS for c in tok.children
                ):  # (r12 voice: "the party reiterated its decision to stay": the act again, not a statement)
                    continue  # "announced the designation of ...": the act, not a statement
                if key == "add" and not any(c.dep_ == "ccomp" or c.text in ':\u201c"' for c in tok.children):
                    continue  # "added the Prosecutor to its wanted list": not speech
                if (
                    not any(c.dep_ in ("ccomp", "dobj", "dative", "prep") or c.text in ':\u201c"' for c in tok.children)
                    and key != "say"
                ):
                    continue
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if (
                    subj is not None
                    and subj.lemma_.lower() in PROXIES
                    and subj.pos_ == "NOUN"
                    and f.idx.mention(subj) is None
                    and not any(c.dep_ in ("appos", "compound") for c in subj.children)  # "his daughter, Ms X, said"
                    and all(f.idx.kind(a) == "person" for a in authors)
                ):
                    continue  # "Duterte's lawyers argued", "Netanyahu's aides said": not the person's own words
                if subj is not None and subj.lemma_.lower() in WRITTEN and subj.pos_ == "NOUN":
                    continue  # "The resolution adopted by the Assembly states that ...", "the order signed by X says"
                if subj is not None and subj.lemma_.lower() in nouns and subj.tag_ != "NNS":
                    found.append((authors, tok.i))  # "The statement expressed concern ...": the one just told
                    continue
                if all(f.idx.kind(a) == "person" for a in authors):
                    ctx.notes["events.last_speaker"] = (f.sent.end_char, authors)  # r11 voice: '..., he said' next
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
                if JOINTLY_SAID.search(f.lower):
                    form = "joint_statement"  # r11 voice: "79 parties to the Court said in a joint statement"
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
        for authors, tok in self._heading_speakers(f):  # r12 voice: "Israeli President X:" over a quotation
            if any(set(authors) <= set(got) for got in [*told_here, *(ids for ids, _ in found)]):
                continue
            self.emit(ctx, f, "statement", speaker_roles(f, authors), {"form": "oral"}, confidence=0.6, anchor=tok)
            told_here.append(authors)
            ctx.notes["events.last_speaker"] = (f.sent.end_char, authors)
        inverted = self._inverted_tail(f, speech) if not found else None
        inverted = inverted or (self._colon_speaker(f) if not found else None)  # r12 voice: "X, director at Y, said:"
        if inverted is not None and not any(set(inverted[0]) <= set(got) for got in told_here):
            authors, tok = inverted  # '"...," added commission spokesperson X.' (parsed as a title's adjective)
            self.emit(ctx, f, "statement", speaker_roles(f, authors), {"form": "oral"}, confidence=0.6, anchor=tok)
            if all(f.idx.kind(a) == "person" for a in authors):
                ctx.notes["events.last_speaker"] = (f.sent.end_char, authors)
            ctx.notes["events.last_said"] = (f.sent.end_char, authors)
            found.append((authors, f.sent.root.i))
        m = ACCORDING.search(f.lower)  # "according to X, ...", "in the words of X", "as X put it"
        put = PUT_IT.search(f.lower) if m is None else None
        if put is not None:  # "As Agnès Callamard put it, the warrants are ...": the name before "put it"
            start_tok, end_tok = f.token_at(f.sent.start_char + put.start(1)), f.token_at(f.sent.start_char + put.end(1))
            authors = f.list_from(start_tok.i, end=end_tok.i) if start_tok is not None and end_tok is not None else []
            if authors:
                self.emit(ctx, f, "statement", speaker_roles(f, authors), {"form": "oral"}, confidence=0.6)
                found.append((authors, f.sent.root.i))
        if m:
            comma = f.lower.find(",", m.end())
            end_tok = f.token_at(f.sent.start_char + comma) if comma > 0 else None
            start_tok = f.token_at(f.sent.start_char + m.end())
            authors = (
                f.list_from(start_tok.i, end=end_tok.i if end_tok is not None else None)
                if start_tok is not None
                else []
            )
            if authors and all(f.idx.kind(a) == "state" for a in authors) and start_tok is not None:
                # r12 voice: "as the Russian state news outlet TASS put it": the outlet, not the adjective
                named = f.list_from(start_tok.i, frozenset({"person", "organization", "igo", "court"}),
                                    end=end_tok.i if end_tok is not None else None, skip=6)  # fmt: skip
                authors = named or authors
            if authors:
                self.emit(ctx, f, "statement", speaker_roles(f, authors), {"form": "oral"}, confidence=0.6)
                found.append((authors, f.sent.root.i))
        return found


@lru_cache(maxsize=1)
def statement_words() -> frozenset[str]:
    """Every word a test of ``Statements.statements``'s loop over tokens can fire on, as lemma or lower-case
    form: statement nouns ("release" of "press release"), "address", speech verbs (a new test adds its words)."""
    lex = lexicon()["statement"]
    return frozenset().union(lex["nouns"], lex["speech_verbs"], ("release", "address"))

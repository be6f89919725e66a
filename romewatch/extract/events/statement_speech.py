"""Reported speech: who speaks and to whom ("Speaking on behalf of X, Y said", "The Court, through its
spokesman X, ...", "told the Assembly"), and when a "said" goes on a statement already told (the next
sentence, a headline, a participle's remark). A mixin of ``Statements``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import doc_text
from .base import Finder, uniq
from .statement_cues import StatementCues
from .statement_speakers import BEHALF_VERBS, MOUTHS, forum_of, speaker_roles

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext


RAISING = frozenset({"report", "understand", "believe", "say", "think", "know", "rumour", "rumor"})
TALKING = frozenset({"speak", "talk"})  # "Speaking to journalists, X defended ..."
SPEECH_MAIN = frozenset({"say", "tell", "state", "declare", "add", "write", "warn", "insist", "argue", "claim"})
# r11 voice: the reporting verb put after a quotation and before its speaker ('"...," added spokesperson X');
# the parser often reads it as an adjective of the title ("added commission spokesperson")
INVERTED = frozenset({
    "said", "added", "noted", "stressed", "continued", "explained", "wrote", "insisted", "warned", "argued",
    "concluded", "remarked", "observed", "emphasised", "emphasized", "underlined", "declared", "stated",
    "recalled", "asserted", "claimed", "responded", "replied", "countered", "lamented", "commented", "tweeted",
    "says", "affirmed", "posted", "admitted", "acknowledged",  # r12 voice
})  # fmt: skip
SPEAKERS = frozenset({"person", "organization", "igo", "state", "court"})
QUOTE_CLOSERS = frozenset({'"', "\u201d", "'", "\u2019"})


class StatementSpeech(StatementCues):
    """Speakers of reported speech and their audience (mixin of ``Statements``)."""

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
    def _inverted_tail(f: Finder, speech: set[str]) -> tuple[list[str], Token] | None:
        """ '"We regret the ruling," added the commission spokesperson Ms Y.', '"...", noted the
        Foreign Minister, Ms X.': a quotation closed by a comma, a reporting verb and the speaker's name at the
        end of the sentence, which the parser has not read as a verb with its subject (r11 voice). Returns
        (the speakers named in the tail, the verb)."""
        for tok in f.having(INVERTED):  # (speed) the words of the test below
            if tok.lower_ not in INVERTED or tok.i < f.sent.start + 3:
                continue
            before = [t for t in f.doc[max(f.sent.start, tok.i - 3) : tok.i] if not t.is_space]
            if len(before) < 2 or before[-1].text not in QUOTE_CLOSERS or before[-2].text not in (",", "!", "?"):
                continue  # only right after a closed quotation: '...," added X'
            parsed = tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            if parsed and tok.lemma_ in speech:
                return None  # parsed right: read at the verb
            authors = f.list_from(tok.i + 1, SPEAKERS, skip=5)
            persons = [a for a in authors if f.idx.kind(a) == "person"] or StatementSpeech._named_after(f, tok)
            return (persons or authors, tok) if authors or persons else None
        return None

    @staticmethod
    def _named_after(f: Finder, tok: Token) -> list[str]:
        """ '"...," recalled the spokesperson for the ministry, Ms X,': the person named in the title phrase after
        the verb, past the body the title names (r12 voice)."""
        for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 14)]:
            m = f.idx.mention(t)
            if m is not None and f.idx.kind(m.entity_id) == "person":
                return [m.entity_id]
            if m is None and t.pos_ == "VERB" and t.tag_ != "VBN" or t.text in ".;!?":
                return []
        return []

    @staticmethod
    def _pronoun_outside_quote(f: Finder, v: Token, authors: list[str]) -> list[str]:
        """ '"Budapest is drifting from its treaty duties," it wrote on social media.': the pronoun after a closed quotation
        stands for the one who spoke before (the subject of the sentence before), not for a name inside the
        quotation it closes (r12 voice)."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        pronoun = subj is not None and subj.lower_ in ("it", "they")
        unnamed = subj is not None and not pronoun and not any(f.idx.mention(t) is not None for t in subj.subtree)
        if subj is None or not (pronoun or unnamed) or not authors or f.sent.start == 0:
            return authors  # (and '"...," the experts said': not a name inside the quotation either)
        quoted = {
            m.entity_id for t in f.doc[f.sent.start : subj.i] if (m := f.idx.mention(t)) is not None
        } if any(t.text in ('"', "\u201d") for t in f.doc[max(f.sent.start, subj.i - 3) : subj.i]) else set()
        if not set(authors) <= quoted:
            return authors
        if unnamed:
            return []
        prev = f.doc[f.sent.start - 1].sent
        before = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return f.resolve(before) if before is not None and before.pos_ != "PRON" else []

    @staticmethod
    def _heading_speakers(f: Finder) -> list[tuple[list[str], Token]]:
        """A round-up of reactions: a line that only names a speaker and ends with a colon ("Foreign minister
        Ana Ruiz:"), the quotation on the next line; or a line "— Ana Ruiz, foreign minister" closing the
        quotation above it. Each named person spoke (r12 voice). Returns (speaker, name token) pairs."""
        text, out = f.doc.text, []
        start = f.sent.start_char
        for line in re.finditer(r"[^\n]+", f.text):
            body = line.group().strip()
            dash = body[:1] in ("\u2014", "\u2013", "-")
            if not (body.endswith(":") or dash) or len(body.split()) > 10:
                continue
            a, b = start + line.start(), start + line.end()
            after = text[b:].lstrip()
            before = text[:a].rstrip()
            if not (body.endswith(":") and after[:1] in ('"', "\u201c") or dash and before[-1:] in ('"', "\u201d", ".")):
                continue
            toks = [t for t in f.tokens if a <= t.idx < b]
            if any(t.pos_ == "VERB" and f.idx.mention(t) is None for t in toks):
                continue  # "X said:" is read at the verb
            persons = [m.entity_id for t in toks if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "person"]
            if persons:
                tok = next(t for t in toks if f.idx.mention(t) is not None and f.idx.mention(t).entity_id == persons[0])
                out.append((list(dict.fromkeys(persons))[:1], tok))
        return out

    @staticmethod
    def _colon_speaker(f: Finder) -> tuple[list[str], Token] | None:
        """ "Responding to the sanctions, Ms X, director at Y, said:" and the quotation on the next line: the
        person named last before the verb (the parser often hangs the name elsewhere) speaks (r12 voice)."""
        for tok in f.tokens:
            if tok.lower_ not in INVERTED or tok.i + 1 >= len(f.doc) or f.doc[tok.i + 1].text != ":":
                continue
            rest = f.doc.text[f.doc[tok.i + 1].idx + 1 :].lstrip()
            if rest[:1] not in ('"', "\u201c", "'", "\u2018"):
                continue  # 'the ministry said: sanctions ...' without a quotation: the parse reads it
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and not any((m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "person"
                                            for t in subj.subtree):  # fmt: skip
                return None  # "a banner that said:", "the sign said:": no person speaks
            for t in reversed(f.doc[f.sent.start : tok.i]):
                m = f.idx.mention(t)
                if m is not None and f.idx.kind(m.entity_id) == "person":
                    return [m.entity_id], tok
                if t.lower_ in ("he", "she", "they", "it", "who", "that", "which"):
                    return None  # a pronoun speaker: read by the parse
            return None
        return None

    @staticmethod
    def _relative_speaker(f: Finder, v: Token) -> list[str]:
        """ "..., echoed by the President, Ms X, who told delegates that ...", "Amnesty International, which
        said that ...": the speaker of a relative clause is the one it hangs on."""
        if v.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in v.children):
            return []
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children):
            return []  # "Hungary, which had claimed that ...": an earlier word recalled as background
        return f.resolve(v.head)

    @staticmethod
    def _quoted_as(f: Finder, v: Token) -> list[str]:
        """ "Hungary was quoted as saying ...", "Orbán was cited by state media as saying ...": the one quoted
        speaks, not the medium that quotes."""
        if v.dep_ == "xcomp" and v.head.lemma_ in RAISING and v.head.tag_ == "VBN":
            quoted = v.head  # "X is reported to have said", "Y was understood to have told the Court"
        elif v.dep_ != "pcomp" or v.head.lower_ != "as" or v.head.head.lemma_ not in ("quote", "cite", "report"):
            return []
        else:
            quoted = v.head.head
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in quoted.children):
            return []
        subj = next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
        return f.resolve(subj) if subj is not None else []

    @staticmethod
    def _through_speaker(f: Finder) -> tuple[dict[str, list[str]], Token] | None:
        """ "The Court, through its spokesman Fadi El Abdallah, dismissed ...", "Through a spokesperson, the
        government rejected ...", "Hungary, via its foreign minister, said ...": the one who speaks (named, else
        the body) and the body spoken for. Returns (roles, main verb)."""
        for tok in f.having(MOUTHS):  # (speed) the words of the test below
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("through", "via") or tok.lemma_.lower() not in MOUTHS:
                continue
            v = tok.head.head
            if v.pos_ not in ("VERB", "AUX") or StatementSpeech._unsaid(v):
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
        for tok in f.having(TALKING):  # "Speaking to journalists in Washington, X defended ...", "Talking to Reuters, X ..."
            if tok.lemma_ not in TALKING or tok.tag_ != "VBG" or tok.dep_ != "advcl":
                continue
            if not any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in tok.children):
                continue
            v = tok.head
            if v.pos_ not in ("VERB", "AUX") or StatementSpeech._unsaid(v) or v.lemma_ in SPEECH_MAIN:
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
        return not doc_text(f.doc)[end : f.sent.start_char].strip() and doc_text(f.doc)[end : f.sent.start_char].count("\n") <= 2

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
        text = doc_text(f.doc)
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
        gap = doc_text(f.doc)[end : f.sent.start_char] if 0 <= end <= f.sent.start_char else ""
        if len(persons) != 1 or gap.count("\n\n") > 1 or len(gap) > 400:
            return []
        return list(persons)

    @staticmethod
    def _speaking_for(f: Finder) -> tuple[list[str], list[str], Token] | None:
        """A speaker and those it speaks for, named in a participle or an opening phrase: "Speaking on
        behalf of the Nordic countries, Finland said ...", "The representative of Kenya, speaking for the
        African Group, welcomed ...", "Delivering a statement on behalf of the EU, Austria ...", "On
        behalf of the Group, Chile said ...". Returns (authors, on_behalf_of, main verb)."""
        for tok in f.having(BEHALF_VERBS | {"behalf"}):  # (speed) the words of the tests below
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
    def _hearer(f: Finder, v: Token, c: Token) -> list[str]:
        """Who is told: "told Playbook the EU must shield the Court": a "that"-less content clause whose
        subject the parse hung on the hearer as an apposition; the hearer is the name itself."""
        subjectless = any(
            g.dep_ == "ccomp" and g.i > c.i and not any(h.dep_ in ("nsubj", "nsubjpass") for h in g.children)
            for g in v.children
        )
        if subjectless and any(g.dep_ == "appos" and g.i > c.i for g in c.children):
            m = f.idx.mention(c)
            return [m.entity_id] if m is not None else []
        return f.resolve(c)

    @staticmethod
    def _audience(ctx: DocContext, f: Finder, v: Token, authors: list[str]) -> tuple[list[str], list[str]]:
        """Who a speaker addresses and where: "told the Security Council" (addressee), "told the Assembly"
        (the session is the forum), "wrote to X", "said in a letter to X" (addressee)."""
        heard: list[str] = []
        if v.lemma_ == "tell":
            heard = [i for c in v.children if c.dep_ in ("dobj", "dative") for i in StatementSpeech._hearer(f, v, c)]
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

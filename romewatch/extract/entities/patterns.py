"""Legal instruments, found by their regular shapes.

"article 87(7)" / "Article 70 of the Rome Statute" (Rome Statute articles unless another text is
named), "Part 9 of the Rome Statute", "rule 93 of the Rules of Procedure of the Assembly", "rule 103
of the Rules of Procedure and Evidence", "ICC-ASP/22/Res.3", "Executive Order 14203" / "EO 14203"
(also "the executive order of 6 February 2025", and "the executive order" after one is named),
"Regulation (EC) No 2271/96", "resolution 1593 (2005)", IER "recommendation 169"; and the Assembly's
facilitators by their mandate ("the facilitator on non-cooperation", "the cooperation facilitators").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..context import DocContext
from .common import Candidate, add, led

_ART = re.compile(
    r"\b(?P<kw>[Aa]rt(?:icle)?s?\.?)\s*(?P<n>\d{1,3})(?P<x>\s*(?:bis|ter|quater))?(?P<par>(?:\s?\(\s?[0-9a-z]{1,4}\s?\))*)"
    r"(?P<more>(?:\s*(?:,|and|or|&)\s*(?:\d{1,3}(?:\s*bis)?(?:\s?\([0-9a-z]{1,4}\))*))*)"
    r"(?P<of>\s+of\s+the\s+(?P<text>Rome\s+Statute(?:\s+of\s+the\s+International\s+Criminal\s+Court)?|Statute|[A-Z][\w\s]{0,60}?)(?=[\s,.;:)]|$))?"
)
_RULE = re.compile(
    r"\b[Rr]ules?\s+(?P<n>\d{1,3})(?P<par>(?:\s?\(\s?[0-9a-z]{1,4}\s?\))*)"
    r"(?P<of>\s+of\s+the\s+(?P<text>Rules\s+of\s+Procedure\s+and\s+Evidence|Rules\s+of\s+Procedure(?:\s+of\s+the\s+Assembly(?:\s+of\s+States\s+Parties)?)?))?"
)
_RES = re.compile(r"\bICC-ASP/(?P<s>\d{1,2}|S-\d)/Res\.?\s*(?P<n>\d{1,2})\b")
_EO = re.compile(r"\b(?:[Ee]xecutive\s+[Oo]rder(?:\s*\((?:EO|E\.O\.)\))?|E\.\s?O\.|EO)\s*(?:No\.?\s*|#\s*)?(?P<n>1\d{4})\b")
_EO_DATED = re.compile(  # "the Executive Order (issued by the President of the United States) of/on 11 June 2020"
    r"\b(?P<eo>[Ee]xecutive\s+[Oo]rder)(?!\s*(?:No\.?\s*)?\d)(?P<mid>[^.;:\n\d()]{0,90}?)\s+"
    r"(?:of|dated|signed\s+on|issued\s+on|on)\s+(?P<date>(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4})"
)
_EO_BACK = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:(?:new|latest|same)\s+)?(?P<eo>[Ee]xecutive\s+[Oo]rder)(?!\s*(?:No\.?\s*)?\d)"
)
_PART = re.compile(r"\bPart\s+(?P<n>\d{1,2}|[IVX]{1,4})(?P<of>\s+of\s+the\s+(?:Rome\s+)?Statute)")
_ROMAN = {"I": 1, "V": 5, "X": 10}
_EU_REG = re.compile(r"\b(?:(?:Council\s+)?Regulation\s*\(EC\)\s*No\.?\s*)?2271/96\b")
_UNSC = re.compile(
    r"\b(?:(?P<sc>(?:UN\s+|United\s+Nations\s+)?Security\s+Council|UNSC)\s+)?[Rr]esolutions?\s+(?P<n>\d{3,4})(?P<y>\s*\((?:19|20)\d\d\))?"
)
_IER = re.compile(r"\b(?:IER\s+)?[Rr]ecommendations?\s+(?:No\.?\s*)?(?P<n>\d{1,3})\b|\bR(?P<r>\d{1,3})\b")


# Assembly bodies with a mandate: "the facilitator on non-cooperation", "the cooperation facilitators"
_TOPIC_STOP = (
    r"(?!(?:and|or|of|to|in|at|is|was|has|had|were|are|who|which|throughout|during|until|since|before|after|"
    r"their|its|his|her|our|continued|this|that|these)\b)"
)
_FACILITATOR = re.compile(
    rf"\b(?:[Cc]o-)?[Ff]acilitators?\s+(?:on|for)\s+(?:the\s+)?{_TOPIC_STOP}(?P<topic>[a-z][\w-]*(?:\s+{_TOPIC_STOP}[a-z][\w-]*){{0,2}})"
    r"|\b(?P<pre>(?:non-)?cooperation|budget|reparations|complementarity|victims)\s+(?:co-)?[Ff]acilitators?\b"
)

# UN human rights mandates named by their topic: "the Special Rapporteur on the situation of human rights
# defenders, Mary Lawlor", "UN Special Rapporteur on torture", "the Independent Expert on Sudan"
_MANDATE_END = (
    r"(?=\s*(?:,(?!\s+[a-z][\w-]*(?:,|\s+(?:or|and)\s))|[.;:()\n\u2013\u2014])|\s*$|\s+(?:has|have|had|said|says|is|was|were|are|who|which|and\s+(?:the|a|an|UN)|"
    r"urged|called|expressed|warned|noted|stated|added|in\s+a|on\s+\d)\b)"
)
_MANDATE = re.compile(
    r"\b(?P<t>(?:(?:UN|United\s+Nations)\s+)?(?P<head>Special\s+Rapporteur|Independent\s+Expert|Working\s+Group)"
    r"\s+on\s+(?:the\s+)?(?P<topic>[A-Za-z][\w'\u2019-]*(?:,?\s+[A-Za-z0-9][\w'\u2019-]*){0,11}?))" + _MANDATE_END
)
_MANDATE_SKIP = re.compile(
    r"\b(?:[Aa]mendments|[Cc]ooperation|[Bb]udget|[Rr]eview|[Aa]ggression|[Pp]remises)\b"
)  # the Assembly's own working groups


# treaties and other texts named by their title: "the Convention on the Privileges and Immunities of the
# United Nations", "Basic Principles on the Independence of the Judiciary", "the Geneva Conventions"
_TEXT_HEAD = r"(?:Convention|Conventions|Covenant|Charter|Treaty|Protocol|Declaration|Principles|Guidelines|Agreement)"
_TITLE_WORD = r"[A-Z][\w'\u2019-]*"
_NAMED_TEXT = re.compile(
    rf"\b(?P<t>(?:{_TITLE_WORD}\s+){{0,3}}{_TEXT_HEAD}\s+(?:on|of|for|against|relating\s+to|between)\s+(?:the\s+)?"
    rf"{_TITLE_WORD}(?:\s+(?:(?:of|on|and|for|in|to|against|the)\s+)*{_TITLE_WORD})*"
    rf"|(?:{_TITLE_WORD}\s+){{1,3}}(?:Conventions?|Covenant|Charter|Treaty|Protocols?)\b)"
)
_NOT_TITLE = {
    "The",
    "This",
    "That",
    "Its",
    "Our",
    "Their",
    "A",
    "An",
    "In",
    "On",
    "Under",
    "By",
    "As",
    "And",
    "Article",
}


def _before_verb(doc: Any, start: int, topic: str) -> str:
    """The topic up to its first finite verb: "on the independence of judges and lawyers criticised the ..."."""
    span = doc.char_span(start, start + len(topic), alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.pos_ == "AUX":
            return topic[: tok.idx - start].rstrip()
    return topic


def _topic_words(topic: str) -> str:
    """A mandate's topic up to a capitalised word that no preposition introduces: "torture Alice Edwards"."""
    words = topic.split(" ")
    for k in range(1, len(words)):
        if (
            words[k][:1].isupper()
            and words[k - 1] not in ("in", "of", "on", "the", "and", "or", "to")
            and words[k - 1][:1].islower()
            and all(w[:1].isupper() for w in words[k:])  # "occupied Palestinian territories" goes on
        ):
            return " ".join(words[:k])
    return topic


def _roman(s: str) -> int:
    vals = [_ROMAN[c] for c in s]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


class Instruments:
    """Articles, rules, resolutions, executive orders, regulations and review recommendations."""

    name = "entities.patterns.instruments"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        orders: list[tuple[int, str, str]] = []
        for s, e, eid, name in [*self._find(text), *self._dated_orders(text, ctx.kb)]:
            add(ctx, Candidate(s, e, text[s:e], eid, "instrument", "pattern", name=name, component=self.name))
            if "-eo-" in eid:
                orders.append((s, eid, name))
        for m in _NAMED_TEXT.finditer(text):
            s, e = m.span("t")
            words = text[s:e].split()
            while words and words[0] in _NOT_TITLE:
                s += len(words[0]) + 1
                words = words[1:]
            if len(words) < 2 or "\n" in text[s:e]:
                continue
            known = [k for k in ctx.kb.lookup(text[s:e]) if k.kind == "instrument"] if ctx.kb is not None else []
            eid, name = (known[0].id, known[0].name) if known else (None, text[s:e])
            add(ctx, Candidate(s, e, text[s:e], eid, "instrument", "pattern", name=name, component=self.name))
        for m in _MANDATE.finditer(text):
            topic = _topic_words(_before_verb(ctx.doc, m.start("topic"), m.group("topic")))
            if m.group("head").startswith("Working") and _MANDATE_SKIP.search(topic):
                continue
            s, e = m.start("t"), m.start("topic") + len(topic)
            known = [k for k in ctx.kb.lookup(text[s:e]) if k.kind == "igo"] if ctx.kb is not None else []
            slug = re.sub(r"[^a-z0-9]+", "-", f"{m.group('head')} {topic}".lower()).strip("-")
            eid, name = (
                (known[0].id, known[0].name) if known else (f"igo:un-{slug}", f"UN {m.group('head')} on {topic}")
            )
            add(ctx, Candidate(s, e, text[s:e], eid, "igo", "pattern", name=name, component=self.name))
        for m in _FACILITATOR.finditer(text):
            topic = m.group("topic") or m.group("pre").lower()
            name = f"facilitator on {topic}"
            eid = "court:facilitator-on-" + re.sub(r"[^a-z0-9]+", "-", topic.lower()).strip("-")
            known = ctx.kb.lookup(m.group()) + ctx.kb.lookup(f"facilitators on {topic}") if ctx.kb is not None else []
            if known:  # the KB's own record of the mandate
                eid, name = known[0].id, known[0].name
            add(ctx, Candidate(m.start(), m.end(), m.group(), eid, "court", "pattern", name=name, component=self.name))
        if orders:  # "the executive order": the order named nearest before it (else the first one after)
            for m in _EO_BACK.finditer(text):
                before = [o for o in orders if o[0] < m.start()]
                _s0, eid, name = before[-1] if before else orders[0]
                s, e = m.start("eo"), m.end("eo")
                add(
                    ctx,
                    Candidate(
                        s, e, text[s:e], eid, "instrument", "coref", name=name, how="generic", component=self.name
                    ),
                )

    @staticmethod
    def _dated_orders(text: str, kb: Any) -> Iterator[tuple[int, int, str, str]]:
        """ "the executive order of 6 February 2025": the KB order signed that day."""
        if kb is None:
            return
        from ..dates import find_dates

        for m in _EO_DATED.finditer(text):
            found = find_dates(m.group("date"), None)
            if not found or not found[0].value:
                continue
            for ent in kb.by_kind("instrument"):
                if ent.id.startswith("instrument:us-eo-") and ent.attrs.get("signed") == found[0].value:
                    yield m.start(), m.end() if not m.group("mid").strip() else m.end("eo"), ent.id, ent.name
                    break

    def _find(self, text: str) -> Iterator[tuple[int, int, str, str]]:
        for m in _ART.finditer(text):
            other = m.group("text")
            if other and not re.match(r"(?:Rome\s+)?Statute", other):
                continue  # an article of some other text
            if not other and re.match(r"\s+of\s+(?:the\s+)?(?!Rome|Statute)[A-Z]", text[m.end() : m.end() + 40]):
                continue
            n = m.group("n") + ("-" + m.group("x").strip() if m.group("x") else "")
            yield (
                m.start(),
                m.end("par"),
                f"instrument:rome-statute-art-{n}",
                f"Article {n.replace('-', ' ')} of the Rome Statute",
            )
            more = m.group("more") if m.group("kw").rstrip(".").lower().endswith("s") else ""
            for extra in re.finditer(r"(?<![(\w])\d{1,3}(?:\s*bis)?", more or ""):
                k = extra.group().replace(" ", "-")
                s = m.start("more") + extra.start()
                yield s, s + len(extra.group()), f"instrument:rome-statute-art-{k}", f"Article {k} of the Rome Statute"
        for m in _PART.finditer(text):
            n = m.group("n")
            k = int(n) if n.isdigit() else _roman(n)
            yield m.start(), m.end("n"), f"instrument:rome-statute-part-{k}", f"Part {k} of the Rome Statute"
        for m in _RULE.finditer(text):
            qual = m.group("text") or self._rules_context(text, m.start())
            if qual is None:
                continue
            n = m.group("n")
            end = m.end("par")
            if "Evidence" in qual:
                yield m.start(), end, f"instrument:rpe-rule-{n}", f"Rule {n} of the Rules of Procedure and Evidence"
            else:
                yield (
                    m.start(),
                    end,
                    f"instrument:asp-rules-rule-{n}",
                    f"Rule {n} of the Rules of Procedure of the Assembly",
                )
        for m in _RES.finditer(text):
            sess = m.group("s").lower()
            yield m.start(), m.end(), f"instrument:icc-asp-{sess}-res-{m.group('n')}", m.group()
        for m in _EO.finditer(text):
            yield m.start(), m.end(), f"instrument:us-eo-{m.group('n')}", f"Executive Order {m.group('n')}"
        for m in _EU_REG.finditer(text):
            yield m.start(), m.end(), "instrument:eu-reg-2271-96", "Council Regulation (EC) No 2271/96"
        for m in _UNSC.finditer(text):
            if not (m.group("sc") or m.group("y")) or "ICC-ASP" in text[max(0, m.start() - 20) : m.start()]:
                continue
            n = m.group("n")
            yield m.start(), m.end(), f"instrument:unsc-res-{n}", f"Security Council resolution {n}"
        if re.search(r"\bIER\b|Independent\s+Expert\s+Review", text):
            for m in _IER.finditer(text):
                n = m.group("n") or m.group("r")
                if m.group("r") is None and not re.search(
                    r"IER|Expert\s+Review|Review", text[max(0, m.start() - 120) : m.end() + 80]
                ):
                    continue
                yield m.start(), m.end(), f"instrument:ier-recommendation-{n}", f"IER recommendation {n}"

    @staticmethod
    def _rules_context(text: str, at: int) -> str | None:
        """Which Rules an unqualified "rule 93" means: the last set the text named before it."""
        before = text[:at]
        rpe = before.rfind("Procedure and Evidence")
        asp = max(before.rfind("Rules of Procedure of the Assembly"), before.rfind("Rules of Procedure of the ASP"))
        if rpe < 0 and asp < 0:
            return None
        return "Evidence" if rpe > asp else "Assembly"


COMPONENTS = [Instruments()]


# the patterns run over the whole text, with a lookahead on their first characters (same matches)
_UNSC, _RES, _PART, _NAMED_TEXT, _MANDATE, _IER, _FACILITATOR, _RULE = (
    led(rx) for rx in (_UNSC, _RES, _PART, _NAMED_TEXT, _MANDATE, _IER, _FACILITATOR, _RULE)
)

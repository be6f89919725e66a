"""Mentions that name no actor of the text, dropped before the entities are built.

* a name inside a photo credit ("(AP Photo/Jane Roe)", "\u00a9 2018 Jane Roe/Agency"): the
  photographer and the agency that sells the picture;
* a hashtag or a handle the statistical model read as a name ("#GlobalJustice", "@IntlCrimCourt"):
  a label of the page;
* the United Nations named only as the modifier of another body or role ("UN experts", "U.N.
  spokesman", "a UN-backed court", "United Nations (UN) Human Rights Council"): the text names
  the expert, the spokesman, the Council, not the Organization;
* a place named only in a compound adjective ("the Hague-based court"): the text names the court;
  a place or a capital in the name of a conference, a treaty or a trial ("the Rome Conference",
  "the Tokyo trials"), a place inside a UN mandate's name ("... in the occupied Palestinian territory");
* a document the statistical model read as an organisation ("Memorandum of Understanding ...",
  "a 2011 Council Decision"), a crime's name in capitals ("War Crimes"), a time zone ("GMT");
* an entity named only in a news ticker's line ("Breaking: ...");
* an organisation whose name is a military operation ("Operation Dignity"), a family named in the
  plural ("the Dutertes");
* an entity named only in a teaser line: a Title Case headline of another story set between the
  paragraphs of the body ("Court Hurls New Charges at Rebels: A Shocking Turn"); the page's own
  headline comes before the body and stays.
"""

from __future__ import annotations

import re
from typing import Any

from ..context import DocContext
from ..debris import photo_credits
from .common import WEAK_SOURCES, Candidate
from .ner import title_case_line

_PARENT_BODIES = {"igo:un"}
# what may follow a parent body's name in a name of its own: "UN Office", "UN Special Rapporteur"
_NAMED_PART = re.compile(
    r"\s+(?:Office|Offices|Special|Rapporteurs?|Secretary|High|Human|Security|General|Headquarters|Experts?|Members?"
    r"|Mission|Envoy|Agency|Agencies|Committee|Commission|Photo|News|Women|Children|Development|Independent)\b"
)
_BASED = re.compile(r"[-\u2010\u2011][a-z]+\b")  # "Hague-based", "AI-generated"
_OPERATION = re.compile(r"Operations?\s+[A-Z]")
# a place that names a conference, a treaty or a trial ("the Rome Conference", "the Tokyo trials")
_NAMES_AFTER = re.compile(
    r"\s+(?:Conference|Statutes?|Convention|Process|Declaration|Summit|Protocol|Principles|Accords?|Agreement|"
    r"[Tt]rials?|[Tt]ribunals?)\b"
)
# a document taken for an organisation: "Memorandum of Understanding with the University"
_DOCUMENT_WORD = re.compile(
    r"(?:Memorandum|Agreement|Communiqu\u00e9|Communique)\b"
    r"|.*\b(?:Decision|Report|Resolution|Recommendations|Elections)$"
)
# a crime's name in capitals ("Crimes against Humanity, War Crimes and other International Crimes"), a time zone
_NOT_A_BODY = re.compile(
    r"(?:(?:crimes?|humanity|war|against|other|international|genocide|aggression|serious|atrocity|atrocities"
    r"|and|,|\s)+)|GMT|UTC|CET|CEST|EST|EDT|BST|FILE|PHOTO|VIDEO|WATCH|UPDATE|BREAKING|EXCLUSIVE",
    re.IGNORECASE,
)
# a news ticker's line: "2025-05-16 Breaking: Florida executes ..."
_TICKER = re.compile(r"(?:\d{4}-\d{2}-\d{2}\s+)?(?:breaking(?:\s+news)?|just\s+in|live\s+updates?)\s*:", re.IGNORECASE)
_ROLE_NOUNS = {
    "spokesman", "spokesperson", "spokeswoman", "expert", "rapporteur", "official", "envoy", "chief", "head",
    "secretary", "watchdog", "agency", "body", "office", "mission", "member", "staff", "personnel", "peacekeeper",
    "diplomat", "ambassador", "investigator", "panel", "committee", "commission", "headquarters", "representative",
    "officer", "coordinator", "special", "independent", "mechanism", "procedure",
}  # fmt: skip
_BODY_LINE = 120  # a line this long, or one that ends a sentence, is body text


def _named_after(text: str, c: Candidate) -> bool:
    """ "the Rome Conference", "the Tokyo trials": a place or a capital in a name of another thing."""
    if c.kind != "place" and not (c.kind == "state" and c.how == "stand_in"):
        return False
    return _NAMES_AFTER.match(text, c.end) is not None


def _hashtag(text: str, c: Candidate) -> bool:
    """ "#GlobalJustice", "@IntlCrimCourt" read by the statistical model; "#ASP21" names a session a
    pattern knows, and stays."""
    return c.start > 0 and text[c.start - 1] in "#@" and c.source in WEAK_SOURCES


def _token_after(doc: Any, end: int) -> Any:
    for t in doc:
        if t.idx >= end and not t.is_space:
            return t
    return None


def _modifier(ctx: DocContext, c: Candidate) -> bool:
    """ "UN experts", "U.N. spokesman", "UN-backed", "(UN) Human Rights Council": the name qualifies
    another noun."""
    text = ctx.document.text
    after = text[c.end : c.end + 40]
    if after.startswith(("-", "\u2010", "\u2011")):
        return True
    if c.start > 0 and text[c.start - 1] == "(" and re.match(r"\)\s+[A-Z]", after):
        return True  # the acronym given inside another name
    if re.match(r"\s*\([A-Z.]{2,8}\)\s+[A-Z][a-z]", after):
        return True  # "United Nations (UN) Human Rights Council"
    if re.match(r"(?:\s|\.)", after) is None and after[:1].isalpha():
        return False
    if _NAMED_PART.match(after):
        return True
    tok = _token_after(ctx.doc, c.end) if ctx.doc is not None else None
    if tok is None or "\n" in text[c.end : tok.idx] or not tok.text[:1].islower():
        return False
    # "U.N. spokesman", "UN human rights chief": a person or an organ of it; not "a U.N. investigation"
    for k in range(tok.i, min(tok.i + 4, len(ctx.doc))):
        t = ctx.doc[k]
        if t.pos_ not in ("NOUN", "ADJ", "PROPN") or t.ent_type_ == "PERSON":
            return False
        if t.lemma_.lower() in _ROLE_NOUNS:
            return True
    return False


def _body_start(text: str) -> int:
    """Offset of the first body line (long, or ending a sentence): teasers come after it."""
    pos = 0
    for line in text.split("\n"):
        s = line.strip()
        if len(s) >= _BODY_LINE or (len(s.split()) >= 8 and re.search(r"[.!?][\"'\u201d\u2019)]*$", s)):
            return pos
        pos += len(line) + 1
    return len(text)


class PageFurniture:
    """Drops hashtags, the UN as a mere modifier, and entities only a mid-body teaser line names."""

    name = "entities.furniture"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        spans: list[Candidate] = ctx.notes.get("entity_spans", [])
        if not spans:
            return
        text = ctx.document.text
        credits = photo_credits(text)
        igo_spans = {(c.start, c.end) for c in spans if c.kind == "igo"}
        spans = [
            c
            for c in spans
            if not _hashtag(text, c)
            and not any(s <= c.start and c.end <= e for s, e in credits)
            and not _named_after(text, c)
            and not (c.kind == "place" and c.parent in igo_spans)
            and not (
                c.kind in ("organization", "place", "person")
                and c.source in WEAK_SOURCES
                and (_DOCUMENT_WORD.match(c.text) or _NOT_A_BODY.fullmatch(c.text))
            )
        ]
        by_id: dict[str, list[Candidate]] = {}
        for c in spans:
            by_id.setdefault(_entity_key(c), []).append(c)
        drop: set[str] = set()
        for eid in _PARENT_BODIES & by_id.keys():
            if all(_modifier(ctx, c) for c in by_id[eid]):
                drop.add(eid)
        body = _body_start(text)
        surnames = {c.text.split()[-1] for c in spans if c.kind == "person" and len(c.text.split()) > 1}
        for key, cs in by_id.items():
            teaser = all(c.start > body and _teaser(text, c) or _ticker(text, c) for c in cs)
            based = cs[0].kind == "place" and all(_BASED.match(text, c.end) for c in cs)
            if teaser or based or any(_OPERATION.match(c.text) or _plural_family(text, c, surnames) for c in cs):
                drop.add(key)
        ctx.notes["entity_spans"] = [c for c in spans if _entity_key(c) not in drop]


def _plural_family(text: str, c: Candidate, surnames: set[str]) -> bool:
    """ "the Dutertes": a family, named by the plural of a surname the text gives."""
    return (
        c.kind in ("person", "organization")
        and " " not in c.text
        and c.text.endswith("s")
        and c.text[:-1] in surnames
        and text[max(0, c.start - 4) : c.start].lower() == "the "
    )


def _entity_key(c: Candidate) -> str:
    return c.eid or f"~{c.kind}:{(c.name or c.text).lower()}"


def _ticker(text: str, c: Candidate) -> bool:
    lo = text.rfind("\n", 0, c.start) + 1
    return _TICKER.match(text, lo) is not None


def _teaser(text: str, c: Candidate) -> bool:
    lo = text.rfind("\n", 0, c.start) + 1
    hi = text.find("\n", c.end)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    if (
        line.endswith((":", ",", ";"))
        or line.count(",") > 1
        or any(sep in line for sep in (";", "|", "\u00b7", "\u2022"))
        or ":" in text[lo : c.start]
        or re.search(r"[.!?]\s", line)
        or not line[:1].isalpha()
    ):
        return False  # a heading over a list, names after a lead-in, a caption, a footnote or a list item
    before = text[: max(0, lo - 1)].rstrip()
    if not re.search(r"[.!?][\"'\u201d\u2019)]*$", before[-300:]):
        return False  # a heading over what follows it: the text before it has not ended a sentence
    return title_case_line(text, c.start, c.end)


COMPONENTS = [PageFurniture()]

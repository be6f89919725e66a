"""Names the knowledge base does not know, from spaCy's NER, cleaned of titles and junk.

PERSON -> person, ORG -> organization (or igo / court / group by cue words), GPE -> a state
when the KB knows the name, else a place; FAC / LOC -> place. Titles ("Mr", "H.E.", "Judge")
are cut from the span but kept as an alias; possessives, dates, numbers, headings, single generic
words and role nouns ("the ICC Prosecutor") are dropped.
"""

from __future__ import annotations

import re
from typing import Any

from ..context import DocContext
from .common import Candidate, add, is_upper_text, token_key

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "he", "h e", "his excellency", "her excellency",
    "excellency", "judge", "justice", "prosecutor", "president", "registrar", "sir", "dame", "madam", "madame",
    "ambassador", "minister", "senator", "brigadier", "major", "captain", "capt", "lieutenant", "lt", "commander",
    "admiral", "marshal", "sergeant", "governor", "mayor", "speaker", "congressman", "congresswoman", "rep", "sen", "deputy", "vice", "secretary", "general", "chief", "former", "special",
    "rapporteur", "staff", "lord", "lady", "honourable", "hon", "rt", "colonel", "gen", "king", "queen",
    "prince", "sheikh", "mp", "mep", "commissioner", "chair", "chairperson", "director", "spokesperson",
    "spokesman", "spokeswoman", "chairman", "chairwoman", "envoy", "counsel", "lawyer", "attorney", "pm",
}  # fmt: skip
GENERIC = {
    "statement", "statements", "background", "advocacy", "court", "assembly", "chamber", "chambers", "office",
    "situation", "situations", "state", "states", "parties", "party", "government", "governments", "president",
    "prosecutor", "registrar", "judge", "judges", "committee", "council", "commission", "union", "member",
    "members", "annex", "section", "article", "rule", "resolution", "report", "press", "release", "news", "menu",
    "main", "home", "contact", "share", "print", "email", "twitter", "facebook", "bureau", "presidency",
    "registry", "secretariat", "plenary", "session", "sessions", "conference", "excellency", "excellencies",
    "madam", "chair", "delegates", "delegation", "civil", "society", "victims", "justice", "truth", "peace",
    "human", "rights", "international", "national", "republic", "kingdom", "united", "nations", "treasury",
    "department", "administration", "ministry", "foreign", "affairs", "executive", "order", "statute",
    "recommendation", "recommendations", "regulation", "cooperation", "non-cooperation", "impunity",
    "accountability", "independence", "opening", "closing", "general", "debate", "side", "event", "events",
    "agenda", "item", "note", "notes", "summary", "introduction", "conclusion", "signatories",
    "letter", "open", "declaration", "communique", "briefing", "submission", "appeal",
    "signed", "sincerely", "yours", "dear", "re", "subject", "ref", "page", "date", "editors", "editor",
    "heads", "head", "specially", "designated", "nationals", "joint", "defence", "defense", "prosecution",
    "parliament", "congress", "senate", "house", "interior", "speaker", "cabinet", "kremlin", "pentagon", "police", "army", "military", "media", "world", "west", "east",
}  # fmt: skip
DATE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip
ROLE_HEADS = {
    "adviser", "advisor", "officer", "envoy", "representative", "coordinator", "counsellor", "counselor",
    "prosecutor", "registrar", "president", "judge", "judges", "presidency", "chamber", "spokesperson",
    "spokesman", "minister", "ambassador", "rapporteur", "chair", "director", "secretary", "commissioner",
    "delegation", "government", "authorities", "administration", "office", "facilitator", "facilitators",
}  # fmt: skip
ORG_CUES = re.compile(
    r"\b(?:Centre|Center|Coalition|Institute|Foundation|Association|Group|Network|Watch|International|Project|"
    r"Alliance|Federation|League|Organi[sz]ation|Forum|Trust|Society|University|College|School|Lawyers|Initiative|"
    r"Initiatives|Action|Committee|Campaign|Movement|Council|Union|Commission|Agency|Bank|Company|Corporation|"
    r"Inc|Ltd|LLC|Times|Post|News|Reuters|Media|Radio|Television|Front|Army|Brigades?|Forces|Hamas|"
    r"Hezbollah|Taliban|Clinic|Bar|Section|Monitor|Observatory|Defenders|Advocates|Collective|Chamber|Tribunal|Court|Fund|Programme|Program|Partnership|Platform|Academy)\b"
)
IGO_CUES = re.compile(
    r"\b(?:United\s+Nations|UN|Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council|European\s+Union|"
    r"African\s+Union|Council\s+of\s+Europe|OSCE|OHCHR|High\s+Commissioner|Special\s+Rapporteur|World\s+Bank|"
    r"Organi[sz]ation\s+of|League\s+of\s+Arab|Commonwealth|ASEAN|NATO|Interpol|INTERPOL)\b"
)
GROUP_CUES = re.compile(
    r"\b(?:Hamas|Hezbollah|Taliban|Brigades?|Militia|Rebels?|Liberation\s+Army|Lord['\u2019]s\s+Resistance|RSF|M23|Wagner|Islamic\s+State|ISIS|ISIL|Al-Qaeda|Al\s+Qaeda)\b"
)
# continents and world regions: settings of the story, never actors nor places the genre records
MACRO_REGIONS = re.compile(
    r"(?i:(?:the\s+)?(?:(?:north|south|east|west|central|southern|northern|eastern|western|sub-saharan|"
    r"southeast|south-east|northeast|north-east|southwest|south-west|northwest|north-west)\s+)?"
    r"(?:africa|europe|asia|asia-pacific|asia\s+pacific|america|americas|latin\s+america|middle\s+east|pacific|"
    r"european|african|asian|latin\s+american|"
    r"caribbean|balkans|sahel|great\s+lakes|horn\s+of\s+africa|maghreb|levant|global\s+south|global\s+north|"
    r"arab\s+world|west|east))"
)
_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
_TRAIL = re.compile(r"(?:['\u2019]s?|,|\.|;|:)$")


def clean_span(doc: Any, start: int, end: int) -> tuple[int, int, list[str]]:
    """Token bounds of a name without leading articles and titles or trailing possessives.

    Returns (start, end, titles cut) in token indices.
    """
    titles: list[str] = []
    # "Justice Without Borders Network": an organisation's name keeps its first word
    org_name = bool(ORG_CUES.search(" ".join(t.text for t in doc[start:end])))
    while start < end:
        t = doc[start]
        k = token_key(t.text).strip()
        if k in ("the", "a", "an") or t.is_punct or t.is_space or t.text in ("\uf0b7", "\u2022", "*"):
            start += 1
        elif (
            k in TITLES
            and end - start > 1
            and (doc[start + 1].text[:1].isupper() or doc[start + 1].text in (".", "-"))
            and not (org_name and k in ("justice", "special", "general", "chief", "staff"))
        ):
            titles.append(t.text)
            start += 1
        else:
            break
    for k in range(start, end):  # a name stops at a line break, a colon, a bracket or a date word
        t = doc[k]
        if k > start and ("\n" in t.text or t.text in (":", ";", "|", "(") or t.lower_ in DATE_WORDS):
            end = k
            break
    while end > start:
        t = doc[end - 1]
        if t.text in ("'s", "\u2019s", "'", "\u2019") or t.is_punct or t.is_space or t.text.islower():
            end -= 1
        else:
            break
    return start, end, titles


def is_junk(span: Any) -> bool:
    text = span.text.strip()
    if not text or not any(c.isalpha() for c in text):
        return True
    if not any(t.text[:1].isupper() for t in span):
        return True
    if any(t.like_num for t in span) and not re.search(r"[A-Za-z]{3}", text):
        return True
    if span[0].like_num or re.match(r"\d+(?:st|nd|rd|th)\b", text):
        return True  # "125th State Party", "123 States"
    if re.search(r"\d", text) and span.label_ in ("PERSON", "GPE", "LOC"):
        return True
    words = [token_key(t.text) for t in span if not t.is_punct]
    if all(w in GENERIC or w in TITLES or w in ("the", "of", "and", "for", "on", "in") for w in words):
        return True
    if is_upper_text(text) and len(words) > 3:
        return True  # a heading in capitals
    if not any(t.pos_ == "PROPN" or is_upper_text(t.text) or t.text[:1].isupper() and t.i > t.sent.start for t in span):
        return True
    if span.label_ in ("PERSON", "ORG") and _street(span):
        return True
    if "\n" in text.strip():
        return len(text.split("\n")) > 2
    return False


_STREET = re.compile(
    r"(?:straat|weg|laan|plein|gracht|strasse|stra\u00dfe|street|avenue|road|boulevard|square|rue|via|calle)$",
    re.IGNORECASE,
)


def _street(span: Any) -> bool:
    """An address ("Oude Waalsdorperweg 10, The Hague", "Rue de Lausanne 12"), not a name."""
    doc = span.doc
    if _STREET.search(span[-1].text) or (span[0].lower_ in ("rue", "via", "calle", "avenue") and len(span) > 1):
        return True
    return span.end + 1 < len(doc) and doc[span.end].like_num and doc[span.end + 1].text == ","


def kind_by_cues(text: str, label: str) -> str:
    if label != "ORG":
        return _LABELS[label]
    if GROUP_CUES.search(text):
        return "group"
    if IGO_CUES.search(text):
        return "igo"
    return "organization"


_PARTICLES = {
    "dela",
    "delos",
    "von",
    "van",
    "der",
    "den",
    "de",
    "da",
    "del",
    "della",
    "di",
    "du",
    "la",
    "le",
    "bin",
    "ibn",
    "al",
    "el",
    "dos",
    "das",
    "ter",
    "ten",
}


def _with_particles(doc: Any, e: int) -> int:
    """Extend a person's name over "von der Leyen", "de Gurmendi" that NER cut off."""
    k = e
    while k < len(doc) and doc[k].lower_ in _PARTICLES and doc[k].text.islower():
        k += 1
    if k > e and k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        return k + 1
    return e


def _named_office(span: Any) -> bool:
    """ "the Supreme Public Prosecutors Office", "Russia's Prosecutor General's Office": an office named
    in full (three capitalised words and more), not "the Prosecutor's office" of a text's actor."""
    words = [t for t in span if not t.is_punct and t.text not in ("'s", "\u2019s")]
    return (
        span[-1].text == "Office"
        and len(words) >= 3
        and all(t.text[:1].isupper() for t in words)
        and token_key(words[0].text) not in TITLES
    )


def _hyphen_head(doc: Any, s: int) -> int:
    """ "ABS-CBN News": the part before a hyphen that NER cut off belongs to the name."""
    if (
        s >= 2
        and doc[s - 1].text in ("-", "\u2010", "\u2011")
        and not doc[s - 2].whitespace_
        and not doc[s - 1].whitespace_
        and doc[s - 2].is_alpha
        and doc[s - 2].text[:1].isupper()
    ):
        return s - 2
    return s


def _after_title(doc: Any, i: int) -> bool:
    """ "Commissioner for Children's Rights", "Minister of Justice and Correctional Services": the
    name is the end of a title."""
    k = i - 1
    while (
        k > 1
        and i - k < 6
        and (doc[k].lower_ == "and" or doc[k].text[:1].isupper())
        and doc[k].lower_ not in ("for", "on", "of")
    ):
        k -= 1
    if k < 1 or doc[k].lower_ not in ("for", "on", "of"):
        return False
    return token_key(doc[k - 1].text) in TITLES | ROLE_HEADS


_PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "camp", "governorate", "state"}


def _located(doc: Any, span: Any) -> bool:
    """A short name set where only a place fits: "in Mariupol", "near Bunia", "the town of Gao"."""
    if len(span) > 2 or span.start < 1:
        return False
    prev = doc[span.start - 1]
    after = doc[span.end].text if span.end < len(doc) else ""
    if prev.lower_ in ("in", "near", "outside", "around") and after not in ("'s", "\u2019s", "v", "v."):
        return True
    return prev.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in _PLACE_NOUNS


def in_quotes(text: str, start: int, end: int) -> bool:
    from .cues import in_quotes as _in_quotes

    return _in_quotes(text, start, end)


_ITEM_EDGE = re.compile(r"[\n|\u00b7\u2022]")


def _heading_word(text: str, span: Any) -> bool:
    """A single capitalised word standing alone as a heading or a menu item ("1. Context",
    "Outcomes", "| Fran\u00e7ais"): a label of the page, not a name."""
    if len(span) != 1 or not span.text[:1].isupper() or span.text.isupper():
        return False
    lo = max((m.end() for m in _ITEM_EDGE.finditer(text, 0, span.start_char)), default=0)
    edge = _ITEM_EDGE.search(text, span.end_char)
    hi = edge.start() if edge else len(text)
    rest = (text[lo : span.start_char] + text[span.end_char : hi]).strip()
    return not re.sub(r"^[\d.)\-\u2013\s]+", "", rest)


_SMALL_WORDS = frozenset({
    "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "as", "over", "into",
    "after", "before", "amid", "against", "about", "its", "his", "her", "their", "is", "are", "be", "not", "no",
})  # fmt: skip


def title_case_line(text: str, start: int, end: int) -> bool:
    """A headline or menu line set in Title Case ("ICC Issues Arrest Warrants Over Crimes Against
    Humanity", "Support The Moscow Times"): there every word looks like a name to the small model."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)]
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
    if any(w.lower() in DATE_WORDS for w in words):
        return False  # a byline or dateline ("Jane Roe - Friday, 25 October 2024") names its writer
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if is_upper_text(line):
        return False  # a masthead or heading in capitals: the rules for those apply
    if len(words) > 16 or line.rstrip().endswith("."):
        return False  # a sentence that lists names ("Delivered by A, on behalf of B, C and D.")
    return len(content) >= 4 and sum(1 for w in content if w[:1].isupper()) >= 0.8 * len(content)


def named_elsewhere(text: str, name: str, start: int, end: int) -> bool:
    """The name, or its last word (a surname: "Mudra" for "Iryna Mudra"), recurs in the text outside
    the line at [start, end)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    last = name.split()[-1]
    return any(not lo <= m.start() < hi for m in re.finditer(r"\b" + re.escape(last) + r"\b", text))


class SpacyNames:
    """Proposes PERSON / ORG / GPE / LOC / FAC names from spaCy's NER."""

    name = "entities.ner"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        doc = ctx.doc
        text = ctx.document.text
        person_words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.text[:1].isupper()}
        for ent in doc.ents:
            if ent.label_ not in _LABELS:
                continue
            if ent.label_ == "ORG" and len(ent) > 2 and ent[1].text in ("-", "\u2013") and is_upper_text(ent[0].text):
                continue  # "FIDH - International Federation ...": the cue component splits it
            s, e, titles = clean_span(doc, ent.start, ent.end)
            if ent.label_ == "PERSON":  # a person's name has no comma: "Pedro Alvarez, Coordinator"
                e = next((k for k in range(s, e) if doc[k].text == ","), e)
            if s >= e:
                continue
            if ent.label_ == "PERSON":
                e = _with_particles(doc, e)
            s = _hyphen_head(doc, s)
            span = doc[s:e]
            span.label_ = ent.label_  # type: ignore[misc] - a fresh Span carries the label for is_junk
            if is_junk(span):
                continue
            last = token_key(span[-1].text)
            if MACRO_REGIONS.fullmatch(span.text):
                continue  # "Africa", "the Asia-Pacific", "West Africa"
            if ent.label_ == "ORG" and len(span) == 1 and ORG_CUES.fullmatch(span.text):
                continue  # "Association" of a name the model cut short
            if (
                ent.label_ == "ORG"
                and (last in ROLE_HEADS or len(span) == 1 and last in GENERIC)
                and not _named_office(span)
            ):
                continue
            if in_quotes(text, span.start_char, span.end_char) or _heading_word(text, span):
                continue
            if (
                title_case_line(text, span.start_char, span.end_char)
                and not (ent.label_ == "ORG" and ORG_CUES.search(span.text) and len(span) <= 5)
                and not named_elsewhere(text, span.text, span.start_char, span.end_char)
            ):
                continue  # a name only a Title Case headline or menu line gives: the body never names it
            if ent.label_ == "ORG" and _after_title(doc, span.start):
                continue  # "Commissioner for Children's Rights": part of a title
            kind = kind_by_cues(span.text, ent.label_)
            if ent.label_ in ("PERSON", "ORG") and _located(doc, span) and not ORG_CUES.search(span.text):
                kind = "place"  # "killed in Mariupol", "the town of Bunia": the small model's PERSON or ORG
            if kind == "organization" and not ORG_CUES.search(span.text) and span[-1].text in person_words:
                kind = "person"  # "Rodrigo Roa Duterte" tagged ORG once, PERSON elsewhere
            if ent.label_ == "PERSON" and ORG_CUES.search(span.text) and len(span) > 2:
                kind = "organization"
            start, end = span.start_char, span.end_char
            aliases = [" ".join([*titles, text[start:end]])] if titles else []
            add(
                ctx,
                Candidate(
                    start,
                    end,
                    text[start:end],
                    None,
                    kind,
                    "ner",
                    name=text[start:end],
                    aliases=aliases,
                    component=self.name,
                ),
            )


COMPONENTS = [SpacyNames()]

"""Offices named instead of people: "the ICC Prosecutor", "the President of the ASP", "the Registrar".

Each phrase becomes a mention of the person who held the office on the document's date
(``kb.holder``), or of the person named beside it in apposition ("the President of the ASP, H.E.
Ms Silvia Fernandez de Gurmendi", "Judge Piotr Hofmański, President of the Court"). The phrase is
kept as an alias of that person. With neither, the phrase is left to the gazetteer (for example
``court:asp-presidency``, the office itself).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from ..context import DocContext
from .common import WEAK_SOURCES, Candidate, led

_ICC = r"(?:ICC|International\s+Criminal\s+Court|Court)"
_ASP = r"(?:Assembly(?:\s+of\s+States\s+Parties)?|ASP)"
OFFICE_PATTERNS = [
    ("deputy-prosecutor", re.compile(rf"\b(?:{_ICC}\s+)?Deputy\s+Prosecutors?(?:\s+of\s+the\s+{_ICC})?\b")),
    (
        "prosecutor",
        re.compile(
            rf"\b(?:(?:{_ICC}|Court['\u2019]s)\s+)?(?<!Deputy\s)Prosecutor(?:\s+of\s+the\s+{_ICC})?\b(?!['\u2019]s\s+Office|\s+v\b|\s+of\s+(?!the\s+{_ICC})|[\s-]+General\b)"
        ),  # not a State's "Prosecutor General" / "Prosecutor-General"
    ),
    (
        "asp-president",
        re.compile(rf"\b(?:President\s+of\s+the\s+{_ASP}|(?:ASP|Assembly)(?:['\u2019]s)?\s+President)\b"),
    ),
    ("icc-president", re.compile(rf"\b(?:President\s+of\s+the\s+{_ICC}|(?:ICC|Court)(?:['\u2019]s)?\s+President)\b")),
    ("registrar", re.compile(rf"\b(?:(?:{_ICC}|Court['\u2019]s)\s+)?Registrar(?:\s+of\s+the\s+{_ICC})?\b")),
]
_LOWER = {
    "prosecutor": re.compile(
        r"\b(?:ICC\s+|court['\u2019]s\s+)?(?<!deputy\s)prosecutor\b(?!['\u2019]s\s+office|\s+v\b|s\b|[\s-]+general\b)"
    ),
    "registrar": re.compile(r"\b(?:ICC\s+)?registrar\b"),
}
_LOWER = {office: led(rx) for office, rx in _LOWER.items()}
_ROLE_WORDS = {
    "president": r"[Pp]resident",
    "prime-minister": r"[Pp]rime\s+[Mm]inister",
    "foreign-minister": r"(?:[Ff]oreign\s+[Mm]inister|[Mm]inister\s+(?:of|for)\s+[Ff]oreign\s+[Aa]ffairs)",
    "justice-minister": r"(?:[Jj]ustice\s+[Mm]inister|[Mm]inister\s+of\s+[Jj]ustice)",
}
_FIXED = [
    (
        "us-president",
        r"\b(?:(?:US|U\.S\.|American|United\s+States)\s+[Pp]resident|President\s+of\s+the\s+United\s+States(?:\s+of\s+America)?)\b",
    ),
    ("us-secretary-of-state", r"\b(?:US|U\.S\.)\s+Secretary\s+of\s+State\b"),
    (
        "eu-commission-president",
        r"\b(?:President\s+of\s+the\s+European\s+Commission|(?:European\s+)?Commission\s+President)\b",
    ),
    ("eu-council-president", r"\b(?:President\s+of\s+the\s+European\s+Council|European\s+Council\s+President)\b"),
    (
        "eu-high-representative",
        r"\b(?:High\s+Representative\s+of\s+the\s+Union\s+for\s+Foreign\s+Affairs\s+and\s+Security\s+Policy|(?:EU\s+)?High\s+Representative)\b",
    ),
    ("asp-president", r"\b(?:Madam|Madame|Mr\.?)\s+President\b(?!\s+of)"),
]
_COMPILED: dict[int, tuple[Any, list]] = {}


def office_patterns(kb: Any) -> list[tuple[str, Any]]:
    """The ICC offices, fixed foreign ones, and "<country> President" for every such KB office."""
    held = _COMPILED.get(id(kb))
    if held is not None and held[0] is kb:
        return held[1]
    out = list(OFFICE_PATTERNS) + [(o, re.compile(rx)) for o, rx in _FIXED]
    offices = kb.offices() if kb is not None else set()
    for office in sorted(offices):
        for role, role_rx in _ROLE_WORDS.items():
            if not office.endswith("-" + role) or office.startswith(("us-", "eu-", "asp-", "icc-", "un-")):
                continue
            country = office[: -len(role) - 1].replace("-", " ")
            states = [e for e in kb.lookup(country) if e.kind == "state"]
            if not states:
                continue
            names = [states[0].name, *[a for a in states[0].aliases if " " not in a or a.istitle()][:3]]
            adjs = list(states[0].adjectives)
            forms = "|".join(re.escape(n) for n in names)
            adj = "|".join(re.escape(a) for a in adjs) or "(?!)"
            rx = rf"\b(?:(?:{adj})\s+{role_rx}|(?:{forms})['\u2019]s\s+{role_rx}|{role_rx}\s+of\s+(?:the\s+)?(?:{forms}))\b"
            out.append((office, re.compile(rx)))
    covered = {o for o, _ in out}
    for office, info in sorted(getattr(kb, "office_info", {}).items()):
        # every other single-holder office by the titles the KB lists ("Kremlin spokesman", "Mossad chief");
        # offices of IGOs stay the IGO's (the gazetteer reads "the High Commissioner" as OHCHR)
        if office in covered or info.get("multiple_holders") or str(info.get("body", "")).startswith("igo:"):
            continue
        titles = sorted({t for t in info.get("titles") or [] if " " in t}, key=len, reverse=True)
        if titles:
            alts = "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles)
            out.append((office, re.compile(rf"\b(?:{alts})\b")))
    out = [(office, led(rx)) for office, rx in out]  # each is run over the whole text: skip where none starts
    _COMPILED[id(kb)] = (kb, out)
    return out


_TITLES = (
    r"(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|Judge|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Justice|Ambassador)\s+)*"
)


_VICE = re.compile(r"\b(?:[Vv]ice|[Dd]eputy|[Aa]ssistant)[-\s\u2010\u2011]+$")
_FORMER = re.compile(
    r"\b(?:[Ff]ormer|[Ee]rstwhile|[Tt]hen|[Pp]revious|[Ff]irst|[Pp]redecessor|[Ll]ate)\s+(?:(?:ICC|Court['\u2019]s)\s+)?$"
)


class _Index:
    """Spans by position, for the few look-ups an office phrase needs."""

    def __init__(self, spans: list[Candidate]) -> None:
        self.spans = sorted(spans, key=lambda c: c.start)
        self.starts = [c.start for c in self.spans]
        self.longest = max((c.length for c in spans), default=0)
        self.person_at = {c.start: c for c in spans if c.kind == "person"}
        self.person_end = {c.end: c for c in spans if c.kind == "person"}

    def inside_longer(self, s: int, e: int) -> bool:
        """An office word inside a longer known name ("Office of the Prosecutor") is no office phrase."""
        i = bisect_left(self.starts, s - self.longest)
        while i < len(self.spans) and self.spans[i].start <= s:
            c = self.spans[i]
            if c.source not in WEAK_SOURCES and e <= c.end and c.length > e - s and c.eid != "court:asp-presidency":
                return True
            i += 1
        return False

    def person_across(self, s: int, e: int) -> Candidate | None:
        """A named person whose name starts inside the office phrase and runs past it ("President
        Tomoko Akane" read across "ICC President")."""
        for k in range(s + 1, e):
            c = self.person_at.get(k)
            if c is not None and c.end > e and c.source not in WEAK_SOURCES and c.eid:
                return c
        return None

    def person_starting(self, start: int, end: int) -> Candidate | None:
        return next((self.person_at[k] for k in range(start, end) if k in self.person_at), None)

    def person_ending(self, end: int) -> Candidate | None:
        return next((self.person_end[k] for k in range(end, end - 3, -1) if k in self.person_end), None)


@lru_cache(maxsize=4096)
def _holder(kb: Any, office: str, date: str) -> Any:
    try:
        return kb.holder(office, date)
    except Exception:  # noqa: BLE001 - unknown office or bad date: no holder
        return None


def holder(kb: Any, office: str, date: str | None) -> Any:
    """Who held the office on the date (cached: a text names the same office many times)."""
    if kb is None or not date:
        return None
    try:
        return _holder(kb, office, date)
    except TypeError:  # an unhashable KB
        return kb.holder(office, date)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WHEN = re.compile(
    rf"\b(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring)\s+(?:\d{{1,2}}\s+)?(?:(?P<m>{_MONTHS})\s+)?(?P<y>(?:19|20)\d\d)\b"
)


def _local_date(text: str, at: int, doc_date: str | None) -> str | None:
    """The date the paragraph is about at ``at`` ("In April 2019, ... the Prosecutor"), when it is
    earlier than the document's own; else the document's date."""
    para = max(text.rfind("\n\n", 0, at), at - 400, 0)
    last = None
    for last in _WHEN.finditer(text, para, at):
        pass
    if last is None or not doc_date or last.group("y") >= doc_date[:4]:
        return doc_date
    month = last.group("m")
    if month is None:
        return f"{last.group('y')}-07-01"
    return f"{last.group('y')}-{_MONTHS.split('|').index(month) + 1:02d}-15"


class Offices:
    """Resolves office phrases to the person who held the office (apposition, then the KB)."""

    name = "entities.offices"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        spans: list[Candidate] = ctx.notes.get("entity_spans", [])
        icc_doc = bool(re.search(r"\bICC\b|International Criminal Court", text))
        asp_doc = bool(re.search(r"\bASP\b|Assembly of States Parties|\bthe Assembly\b", text))
        found: list[tuple[int, int, str]] = []
        for office, rx in office_patterns(ctx.kb):
            for m in rx.finditer(text):
                if (
                    office == "asp-president"
                    and m.group().split()[0] in ("Madam", "Madame", "Mr", "Mr.")
                    and not asp_doc
                ):
                    continue
                found.append((m.start(), m.end(), office))
        if icc_doc:
            for office, rx in _LOWER.items():
                found += [(m.start(), m.end(), office) for m in rx.finditer(text)]
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        new: list[Candidate] = []
        last_end = -1
        index = _Index(spans)
        named_before: dict[str, Candidate] = {}  # office -> the person the text last named as its holder
        for s, e, office in found:
            if s < last_end or index.inside_longer(s, e) or _VICE.search(text, max(0, s - 12), s):
                continue  # "Vice-President of the Assembly", "Deputy Registrar": another office
            person = self._after(text, index, e)
            former = _FORMER.search(text, max(0, s - 25), s) is not None
            if person is None and not former and office in named_before:
                person = named_before[office]  # "the Prosecutor, Fatou Bensouda, ... the Prosecutor said"
            held = (
                holder(ctx.kb, office, _local_date(text, s, ctx.document.date))
                if person is None and office != "deputy-prosecutor" and not former
                else None
            )
            if person is None and held is None and text[s:e].endswith("Prosecutors") and not former:
                both = self._all_holders(ctx, office, text, s)
                if both:  # "both Deputy Prosecutors": each holder on the document's date
                    for k, h in enumerate(both):
                        new.append(
                            Candidate(
                                s, e, text[s:e], h.id, "person", "office", name=h.name, how="office",
                                component=self.name, record_alias=False, parent=(s, e) if k else None,
                            )
                        )  # fmt: skip
                    last_end = e
                    continue
            named = index.person_across(s, e)
            if named is not None:  # "ICC President Tomoko Akane": the office and the name are one mention
                new.append(
                    Candidate(
                        s, named.end, text[s : named.end], named.eid, "person", "office", name=named.name,
                        how="office", component=self.name, aliases=[text[named.start : named.end]],
                    )
                )  # fmt: skip
                last_end = named.end
                ctx.notes.setdefault("office_of", {})[(s, named.end)] = office
                continue
            if person is None and held is None:
                person = self._before(text, index, s)
            if person is not None and not former and person.eid:
                named_before[office] = person
            if person is not None:
                eid, name = person.eid, person.name
            elif held is not None:
                eid, name = held.id, held.name
            else:
                continue
            if text[s:e].split()[-1] in ("Prosecutors",):
                continue
            new.append(
                Candidate(
                    s, e, text[s:e], eid, "person", "office", name=name or text[s:e], how="office", component=self.name
                )
            )
            last_end = e
            ctx.notes.setdefault("office_of", {})[(s, e)] = office
        if new:
            spans = ctx.notes["entity_spans"] = merge_spans(spans, new, force=True)
        ctx.notes["entity_spans"] = _titles_of_people(ctx, spans)

    @staticmethod
    def _all_holders(ctx: DocContext, office: str, text: str, s: int) -> list[Any]:
        """The holders of a shared office, when the text speaks of them all ("both", "the two", "its")."""
        if ctx.kb is None or not ctx.document.date or not hasattr(ctx.kb, "holders"):
            return []
        if not re.search(
            r"\b(?:both|the\s+two|two|its|the|all)\s+(?:\w+\s+)?$", text[max(0, s - 25) : s], re.IGNORECASE
        ):
            return []
        try:
            found = ctx.kb.holders(office, ctx.document.date)
        except Exception:  # noqa: BLE001 - unknown office or bad date
            return []
        return list(found) if 1 < len(found) <= 3 else []

    @staticmethod
    def _after(text: str, index: _Index, e: int) -> Candidate | None:
        """The person named right after the office ("..., Mr X", "Prosecutor X")."""
        after = re.match(rf"(,?\s*){_TITLES}", text[e : e + 40])
        if after is None:
            return None
        titled = index.person_starting(e + after.end(1), e + after.end(1) + 2)  # "..., Judge X": the title in the name
        return titled or index.person_starting(e + after.end(), e + after.end() + 2)

    @staticmethod
    def _before(text: str, index: _Index, s: int) -> Candidate | None:
        """The person named right before it ("Judge X, President of the Court")."""
        before = re.search(r"([,(]\s*(?:the\s+)?)$", text[max(0, s - 8) : s])
        return index.person_ending(s - len(before.group(1))) if before is not None else None


_TITLE_OFFICE = re.compile(
    r"(?:Secretary-General|Secretary General|High Commissioner|Special Rapporteur|Commissioner|President|Prosecutor|"
    r"Registrar|Chair(?:person)?|Director(?:-General)?|Spokesperson)$"
)


def _titles_of_people(ctx: DocContext, spans: list[Candidate]) -> list[Candidate]:
    """An office of a body used as a title before a name ("UN Secretary-General Antonio Guterres",
    "High Commissioner Volker Turk") is the person's: one mention of the person, not the body."""
    text = ctx.document.text
    spans = sorted(spans, key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    skip: set[int] = set()
    for k, c in enumerate(spans):
        if id(c) in skip:
            continue
        if c.kind in ("igo", "court") and c.source not in WEAK_SOURCES and _TITLE_OFFICE.search(c.text):
            person = next(
                (n for n in spans[k + 1 : k + 4] if n.kind == "person" and n.eid and n.start == c.end + 1),
                None,
            )
            if person is not None and text[c.end : person.start] == " ":
                skip.add(id(person))
                out.append(
                    Candidate(
                        c.start, person.end, text[c.start : person.end], person.eid, "person", person.source,
                        name=person.name, how=person.how, aliases=[person.text, *person.aliases],
                        component=person.component,
                    )
                )  # fmt: skip
                continue
        out.append(c)
    return out


def merge_spans(spans: list[Candidate], new: list[Candidate], force: bool = False) -> list[Candidate]:
    """Spans with ``new`` inserted. With ``force``, old spans overlapping a new one are dropped (or
    kept nested when they lie inside it); without it a new span only displaces weaker, no longer
    spans, and is dropped otherwise."""
    spans = sorted(spans, key=lambda c: c.start)
    starts = [c.start for c in spans]
    longest = max((c.length for c in spans), default=0)

    def clashing(n: Candidate) -> list[Candidate]:
        i = bisect_left(starts, n.start - longest)
        out = []
        while i < len(spans) and spans[i].start < n.end:
            if spans[i].end > n.start:
                out.append(spans[i])
            i += 1
        return out

    keep_new: list[Candidate] = []
    dropped: set[int] = set()
    for n in sorted(new, key=lambda c: c.start):
        clash = clashing(n)
        if not force and not all(c.source in WEAK_SOURCES and c.length <= n.length for c in clash):
            continue
        keep_new.append(n)
        for c in clash:
            inside = n.start <= c.start and c.end <= n.end and c.length < n.length
            if force and c.source not in WEAK_SOURCES and inside and c.parent is None:
                c.parent = (n.start, n.end)  # "ICC" in "the ICC Prosecutor" stays, nested
            elif c.parent != (n.start, n.end):
                dropped.add(id(c))
    kept = [c for c in spans if id(c) not in dropped]
    return sorted(kept + keep_new, key=lambda c: (c.start, -c.end))



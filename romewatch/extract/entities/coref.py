"""Short forms that point back to a name used elsewhere in the same document.

* names the NER found are looked up in the KB first ("Karim Khan KC" -> the KB person);
* a short form in brackets after a name is its alias everywhere in the document: "Al Mezan
  Centre for Human Rights (Al Mezan)", "Human Rights Watch (HRW)";
* a later prefix of an organisation's name ("Al Mezan", "Amnesty") and a person's surname
  ("Khan", after titles are cut) refer to the nearest earlier full name that fits;
* "the Chamber", "the President" and the like point back to the last one named (``pointback``).
"""

from __future__ import annotations

import re
from typing import Any

from ..context import DocContext
from .common import WEAK_SOURCES, Candidate, kind_of, token_key
from .offices import merge_spans
from .pointback import PointBack

_SUFFIXES = re.compile(r"\s+(?:KC|QC|SC|Jr\.?|Sr\.?|MP|MEP)$")
_INITIALS = re.compile(r"\s+(?:[A-Z]\.\s?)+(?=[A-Z][a-z])")
_CONNECTORS = {"of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "le", "-", "&", "with", "to"}


def _kb_match(kb: Any, text: str) -> Any:
    if kb is None:
        return None
    variants = [text, _SUFFIXES.sub("", text), _INITIALS.sub(" ", _SUFFIXES.sub("", text))]
    for v in variants:
        found = [e for e in kb.lookup(v) if not e.id.startswith("session:")]
        if found:
            return found[0]
    return None


def _words(text: str) -> list[str]:
    return [token_key(w) for w in re.findall(r"[\w'\u2019.]+", text)]


def _initials_fit(acr: str, name: str) -> bool:
    letters = [c for c in acr if c.isalpha()]
    caps = [w[0] for w in re.findall(r"[A-Za-z][\w'\u2019]*", name) if w.lower() not in _CONNECTORS]
    caps_str = "".join(caps).upper()
    it = iter(caps_str)
    return len(letters) >= 2 and letters[0].upper() == caps_str[:1] and all(ch.upper() in it for ch in letters)


def _acronym_and_place(short: str, name: str) -> bool:
    """ "Kenyan Section of the International Commission of Jurists (ICJ Kenya)": an acronym spelt by
    part of the name, then a capitalised word or two."""
    words = re.split(r"\s+|(?<=[A-Z])-(?=[A-Z])", short)  # "ICJ Kenya", "ICJ-Kenya"
    if not 2 <= len(words) <= 3 or not words[0].isupper() or not all(w[:1].isupper() for w in words[1:]):
        return False
    caps = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\u2019]*", name) if w.lower() not in _CONNECTORS).upper()
    it = iter(caps)
    return len(words[0]) >= 2 and all(ch in it for ch in words[0])


class ResolveNames:
    """Gives NER names the KB knows their KB id, kind and canonical name."""

    name = "entities.coref.kb"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        holders: dict[str, list[Any]] | None = None
        for c in ctx.notes.get("entity_spans", []):
            if c.eid is not None:
                continue
            ent = _kb_match(ctx.kb, c.text)
            if ent is None and c.kind == "person" and " " not in c.text.strip():
                if holders is None:
                    holders = self._holders_by_surname(ctx)
                found = holders.get(token_key(c.text.strip()), [])
                ent = found[0] if len(found) == 1 else None  # "Khan" in 2024: the Prosecutor
            if ent is not None:
                c.eid, c.kind, c.name = ent.id, kind_of(ent.id), ent.name

    @staticmethod
    def _holders_by_surname(ctx: DocContext) -> dict[str, list[Any]]:
        """Holders of the KB's single-holder offices on the document's date, by surname."""
        kb, date = ctx.kb, ctx.document.date
        out: dict[str, list[Any]] = {}
        if kb is None or not date or not hasattr(kb, "office_info"):
            return out
        for office, info in kb.office_info.items():
            if info.get("multiple_holders"):
                continue
            try:
                person = kb.holder(office, date)
            except Exception:  # noqa: BLE001 - an office without terms
                person = None
            if person is None:
                continue
            key = token_key(re.sub(r"\s+(?:KC|QC|Jr\.?)$", "", person.name).split()[-1])
            if person not in out.setdefault(key, []):
                out[key].append(person)
        return out


class BracketAliases:
    """ "Long Name (LN)": LN and later uses of LN are the long name's entity."""

    name = "entities.coref.brackets"
    version = "0.1.0"

    _BRACKET = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][\w\u2019'&.\- ]{0,40}?)\s*\)")

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        spans: list[Candidate] = ctx.notes.get("entity_spans", [])
        pairs: list[tuple[Candidate, str]] = []
        for c in spans:
            if c.kind not in ("organization", "igo", "court", "group", "person", "instrument", "place") or c.parent:
                continue  # a nested name shares its end with the outer one, which owns the brackets
            m = self._BRACKET.match(text, c.end)
            if not m:
                continue
            short = m.group(1).strip()
            if short == c.text or re.search(r"\d{3,}|\bthe\b", short) or len(short) > len(c.text):
                continue
            acronymish = short.replace(".", "").replace("-", "").isupper()
            prefix = _words(c.text)[: len(_words(short))] == _words(short)
            if not (
                (acronymish and _initials_fit(short, c.text))
                or prefix
                or (acronymish and len(short) <= 6 and c.kind != "place")  # "THE HAGUE (ENW)": a dateline's agency
                or _acronym_and_place(short, c.text)
            ):
                continue
            pairs.append((c, short))
        new: list[Candidate] = []
        by_short: dict[str, list[Candidate]] = {}
        for c, short in pairs:
            by_short.setdefault(short, []).append(c)
        spelled = {
            short
            for c, short in pairs
            if _initials_fit(short, c.name or c.text) or _acronym_and_place(short, c.name or c.text)
        }
        for short, longs in by_short.items():  # each use goes to the latest long name before it
            rx = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])", 0 if short.isupper() else re.IGNORECASE)
            # a spelt-out acronym also names its entity before the definition (a headline, a title line)
            for m in rx.finditer(text, 0 if short in spelled else longs[0].end):
                if longs[0].start <= m.start() < longs[0].end:
                    continue
                c = ([x for x in longs if x.end <= m.start()] or longs[:1])[-1]
                new.append(
                    Candidate(
                        m.start(),
                        m.end(),
                        m.group(),
                        c.eid,
                        c.kind,
                        "coref",
                        name=c.name,
                        how="acronym",
                        component=self.name,
                    )
                )
        if new:
            # the document's own definition beats the KB's reading of the same letters: "International
            # Commission of Jurists (ICJ)" makes every "ICJ" of this text the Commission, not the Court
            own = [n for n in new if n.text in spelled and self._overrides(n, spans)]
            rest = [n for n in new if n not in own]
            if own:  # the KB's readings inside go, not kept nested
                spans = [c for c in spans if not any(n.start < c.end and c.start < n.end for n in own)] + own
                spans.sort(key=lambda c: (c.start, -c.end))
            ctx.notes["entity_spans"] = merge_spans(spans, rest)

    @staticmethod
    def _overrides(n: Candidate, spans: list[Candidate]) -> bool:
        """The KB read these letters (or a part of them) as something else."""
        clash = [c for c in spans if c.start < n.end and n.start < c.end]
        return bool(clash) and all(
            n.start <= c.start and c.end <= n.end and (c.eid != n.eid or n.eid is None) for c in clash
        )


def _plain_short_form(words: list[str], full: list[str]) -> bool:
    """ "Khan" is Karim Khan's plain surname; of Nazhat Shameem Khan it is only the last word."""
    return len(full) == len(words) + 1 and full[-len(words) :] == words


class ShortForms:
    """Organisation name prefixes and person surnames that refer to an earlier full name."""

    name = "entities.coref.short"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        spans: list[Candidate] = ctx.notes.get("entity_spans", [])
        fulls: list[tuple[int, list[str], Candidate]] = []
        for c in spans:
            words = _words(_SUFFIXES.sub("", c.name or c.text))
            if c.kind in ("organization", "person", "igo", "group") and len(words) >= 2:
                fulls.append((c.start, words, c))
        for c in spans:
            if c.kind not in ("organization", "person", "igo", "group", "place") or (
                c.eid and c.source not in WEAK_SOURCES
            ):
                continue
            words = _words(c.text)
            if not words or words == _words(c.name or ""):
                target = None
            else:
                target = None
            best = self._target(words, c, fulls)
            if best is not None and best is not c:
                target = best
            if target is not None:
                c.eid, c.kind, c.name = target.eid, target.kind, target.name

    @staticmethod
    def _target(words: list[str], c: Candidate, fulls: list[tuple[int, list[str], Candidate]]) -> Candidate | None:
        found = None
        before: list[tuple[bool, int, Candidate]] = []
        for start, full, f in fulls:
            if f is c or len(full) <= len(words) or not words:
                continue
            if f.kind == "person" and c.kind in ("person", "organization", "place"):
                ok = (
                    full[-len(words) :] == words
                    or len(words) >= 2
                    and words[0] == full[0]
                    and words[-1] == full[-1]
                    or len(words) == 1
                    and len(full) >= 3
                    and len(words[0]) >= 4
                    and words[0] in full[1:]
                )
            elif f.kind in ("organization", "igo", "group"):
                ok = full[: len(words)] == words and (len(words) >= 2 or len(words[0]) >= 5)
            else:
                ok = False
            if ok and (start < c.start or found is None):
                found = f
                if start < c.start:
                    before.append((_plain_short_form(words, full), start, f))
        # several people named before share the short form ("Karim Khan", "Nazhat Shameem Khan" ... "Khan"):
        # the one for whom it is the plain surname (given name + surname), then the latest
        return max(before, key=lambda b: (b[0], b[1]))[2] if before else found


class KnownAs:
    """ "Mohamed Hamdan Dagalo, known as Hemedti": the second name is the first one's alias, here
    and wherever the text uses it."""

    name = "entities.coref.known_as"
    version = "0.1.0"

    _RX = re.compile(
        r",?\s+(?:(?:also|better|widely|commonly|popularly|more\s+commonly)\s+)?"
        r"(?:known\s+as|nicknamed|alias|a\.k\.a\.?|aka|dubbed|called)\s+[\"\u201c'\u2018]?"
    )

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        spans: list[Candidate] = ctx.notes.get("entity_spans", [])
        at = {c.start: c for c in spans}
        renamed: dict[str, Candidate] = {}
        for c in spans:
            if c.kind not in ("person", "group", "organization"):
                continue
            m = self._RX.match(text, c.end)
            alias = at.get(m.end()) if m else None
            if alias is None or alias is c:
                continue
            if alias.kind not in ("person", "group", "organization") and alias.source not in WEAK_SOURCES:
                continue
            if alias.eid and alias.source not in WEAK_SOURCES and c.eid != alias.eid:
                continue  # a name the KB knows as someone else
            renamed[alias.text] = c
        if not renamed:
            return
        for c in spans:
            target = renamed.get(c.text)
            if target is not None and c is not target and (not c.eid or c.source in WEAK_SOURCES):
                c.eid, c.kind, c.name = target.eid, target.kind, target.name or target.text


def _plain_surname(surname: str, c: Candidate) -> bool:
    """The surname is the second of two words of the name the text or the KB gives ("Karim Khan", not
    "Nazhat Shameem Khan"; "Ossama al-Masri", not "Mohammed Deif" read from "Ibrahim al-Masri")."""
    for name in (c.name or c.text, c.text):
        words = re.findall(r"[\w'\u2019-]+", _SUFFIXES.sub("", name))
        if len(words) == 2 and words[1].lower() == surname.lower():
            return True
    return False


_PARTICLE = re.compile(r"(?:al|el|ad|as|an|ar|at|az|ash|ben|bin|ibn|abu)-[A-Z]")


class Surnames:
    """A person's surname used alone after the full name ("Hannah Forster ... Forster recalled"),
    where no other reading covers it: a mention of the nearest earlier person with that surname."""

    name = "entities.coref.surnames"
    version = "0.1.0"

    _TITLE_BEFORE = re.compile(r"(?:Mr|Ms|Mrs|Dr|Judge|Prof|Justice)\.?\s+$")

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        spans: list[Candidate] = ctx.notes.get("entity_spans", [])
        by_surname: dict[str, list[Candidate]] = {}
        for c in spans:
            if c.kind != "person" or c.how == "office" or c.source == "coref":
                continue
            words = re.findall(r"[\w'\u2019-]+", _SUFFIXES.sub("", c.text))
            if len(words) < 2 or len(words[-1]) < 4 or words[-1].isupper():
                continue
            last = words[-1]
            if _PARTICLE.match(last):  # "Ossama al-Masri ... Al-Masri said"
                by_surname.setdefault(last[0].upper() + last[1:], []).append(c)
            elif not last[:1].isupper():
                continue
            by_surname.setdefault(last, []).append(c)
        if not by_surname:
            return
        # a surname the statistical model read alone gives way to the person named in full before it
        taken = [(c.start, c.end) for c in spans if not (c.source in WEAK_SOURCES and c.eid is None)]
        new: list[Candidate] = []
        names = "|".join(map(re.escape, sorted(by_surname, key=len, reverse=True)))
        for m in re.finditer(rf"(?<![\w'\u2019-])({names})(?![\w-])", text):
            s, e = m.span(1)
            if any(a < e and s < b for a, b in taken):
                continue
            before = [c for c in by_surname[m.group(1)] if c.end <= s]
            if not before:
                continue
            prev = re.search(r"[A-Z][\w'\u2019.-]*[ \t]+$", text[max(0, s - 25) : s])
            if prev and prev.group().rstrip().endswith(".") and len(prev.group().strip()) > 3:
                prev = None  # "... return to Libya. Al-Masri said": a sentence ends before it
            if re.match(r"[ \t]+[A-Z]", text[e : e + 2]) or (
                prev and not self._TITLE_BEFORE.search(text[max(0, s - 10) : s])
            ):
                continue  # part of another name ("Forster Foundation", "Karim Forster")
            if ctx.kb is not None and any(not x.id.startswith("person:") for x in ctx.kb.lookup(m.group(1))):
                continue  # the surname is also a known place or body ("Jordan", "Chad")
            plain = [b for b in before if _plain_surname(m.group(1), b)]
            target = max(plain or before, key=lambda b: b.end)  # "Khan": Karim Khan before Nazhat Shameem Khan
            new.append(
                Candidate(
                    s,
                    e,
                    m.group(1),
                    target.eid,
                    "person",
                    "coref",
                    name=target.name or target.text,
                    component=self.name,
                )
            )
        if new:
            ctx.notes["entity_spans"] = merge_spans(spans, new)


COMPONENTS = [ResolveNames(), BracketAliases(), ShortForms(), KnownAs(), Surnames(), PointBack()]

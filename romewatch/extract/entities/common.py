"""What the entity components share: candidate mentions, kinds by id, token keys.

Components do not write ``ctx.mentions`` directly. Each proposes ``Candidate`` spans (kept in
``ctx.notes["entity_candidates"]``); ``link`` settles overlaps, merges variants and builds the
entities. A candidate may lack an entity id (``eid=None``) when only its kind is known yet
(``coref`` or ``link`` then fills it in).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..context import DocContext

KIND_BY_PREFIX = {
    "state": "state",
    "person": "person",
    "org": "organization",
    "igo": "igo",
    "court": "court",
    "instrument": "instrument",
    "group": "group",
    "place": "place",
    "session": "session",
}
PREFIX_BY_KIND = {v: k for k, v in KIND_BY_PREFIX.items()}

# Higher wins an overlap of equal length. KB knowledge beats patterns beats the statistical NER.
WEAK_SOURCES = ("ner", "cue", "list")  # statistical or heuristic proposals, without KB backing
PRIORITY = {"pattern": 50, "gazetteer": 40, "office": 45, "coref": 30, "ner": 10, "cue": 15, "list": 20}


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    eid: str | None
    kind: str
    source: str  # gazetteer | pattern | office | coref | ner | cue
    name: str = ""  # canonical name when known (KB), else the surface
    how: str = "name"  # name | alias | acronym | adjective | stand_in | generic | office
    aliases: list[str] = field(default_factory=list)  # extra aliases to record (not mentions)
    component: str = ""
    record_alias: bool = True  # False for pronoun-like references ("the President", "Her Excellency")
    parent: tuple[int, int] | None = None  # the span of the longer name this one is nested in

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def rank(self) -> tuple[int, int]:
        return (self.length, PRIORITY.get(self.source, 0))


def kind_of(eid: str) -> str:
    return KIND_BY_PREFIX.get(eid.split(":", 1)[0], "organization")


def candidates(ctx: DocContext) -> list[Candidate]:
    return ctx.notes.setdefault("entity_candidates", [])


def add(ctx: DocContext, cand: Candidate) -> None:
    candidates(ctx).append(cand)


def covered(ctx: DocContext, start: int, end: int, sources: tuple[str, ...] | None = None) -> bool:
    """True when a candidate (optionally from the given sources) overlaps [start, end)."""
    for c in candidates(ctx):
        if c.start < end and start < c.end and (sources is None or c.source in sources):
            return True
    return False


_APOS = dict.fromkeys(map(ord, "'\u2018\u2019\u02bc\u00b4`.\u2032"), None)


@lru_cache(maxsize=1 << 16)
def token_key(text: str, fold: bool = True) -> str:
    """The comparison key of one token: no accents, apostrophes or dots; case-folded by default."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).translate(_APOS)
    return s.casefold() if fold else s


_SKIP_TOKEN = re.compile(r"^[\-\u2010-\u2015_/&'\u2019\u2018\"]*$")


def skippable(text: str) -> bool:
    """Punctuation a name may or may not carry ("Al-Haq" / "Al Haq", "Defence ... - Palestine")."""
    return bool(_SKIP_TOKEN.match(text))


def strip_the(text: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", text.strip())


def is_upper_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(not c.islower() for c in letters)


def kb_name(kb: Any, eid: str) -> str | None:
    if kb is None:
        return None
    try:
        ent = kb.get(eid)
    except Exception:  # noqa: BLE001 - a missing id is just unknown
        return None
    return getattr(ent, "name", None) if ent is not None else None


def led(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with a lookahead on the characters a match can start with, when they can be
    read off the pattern: the regex engine then skips the positions where no match can start
    without trying the pattern's alternatives there (same matches; several times faster for
    patterns that open with a word boundary and a long alternation). Unchanged if unsure."""
    import re._constants as C
    import re._parser as P

    if (
        rx.flags & (re.IGNORECASE | re.VERBOSE)
        or rx.pattern.startswith("(?")
        and rx.pattern[2:3] not in (":", "P", "=", "!", "<")
    ):
        return rx
    try:
        firsts, empty = _firsts(list(P.parse(rx.pattern, rx.flags)), C)
    except (_Unknown, re.error, ValueError, TypeError):  # a form the walk does not know
        return rx
    if empty or not firsts:
        return rx
    chars = "".join(re.escape(c) for c in sorted(firsts))
    return re.compile(f"(?=[{chars}])(?:{rx.pattern})", rx.flags)


class _Unknown(Exception):
    pass


def _firsts(seq: list, C: Any) -> tuple[set[str], bool]:
    """The characters a match of the parsed sequence can start with, and whether it can be empty."""
    out: set[str] = set()
    for op, av in seq:
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(chr(iav))
                elif iop is C.RANGE and iav[1] - iav[0] < 128:
                    out.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    raise _Unknown
            return out, False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero width: the next item starts the match
            continue
        if op is C.SUBPATTERN:
            _group, add_flags, _del, sub = av
            if add_flags & (re.IGNORECASE | re.VERBOSE):
                raise _Unknown
            got, empty = _firsts(list(sub), C)
        elif op is C.BRANCH:
            got, empty = set(), False
            for branch in av[1]:
                g, e = _firsts(list(branch), C)
                got |= g
                empty = empty or e
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            got, empty = _firsts(list(sub), C)
            empty = empty or lo == 0
        else:
            raise _Unknown
        out |= got
        if not empty:
            return out, False
    return out, True

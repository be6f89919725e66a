"""Normalisation of surface forms, shared by the KB loader, its tests and the gazetteer.

Two keys exist for every surface form:

* acronyms (no lower-case letter, e.g. ``US``, ``U.S.``, ``DRC``, ``PTC I``) are matched
  case-sensitively, so "US" names the United States while the pronoun "us" does not;
* every other form is matched case-insensitively.

Both keys strip accents, unify apostrophes, drop dots, turn hyphens and dashes into spaces,
collapse whitespace and drop a leading "the ".
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u00b4\u0060\u2032"), "'")
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\-_]+")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    """Remove combining marks ("Côte" -> "Cote", "Hofmański" -> "Hofmanski")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _base(surface: str) -> str:
    s = strip_accents(surface).translate(_APOSTROPHES)
    s = s.replace("'", "").replace(".", "")
    s = _DASHES.sub(" ", s)
    s = s.replace(",", " ")
    s = _SPACES.sub(" ", s).strip()
    if s[:4].lower() == "the ":
        s = s[4:]
    return s


def is_acronym(surface: str) -> bool:
    """True for forms without lower-case letters that contain at least two upper-case ones."""
    letters = [ch for ch in _base(surface) if ch.isalpha()]
    return len(letters) >= 2 and not any(ch.islower() for ch in letters)


def normalise(surface: str) -> str:
    """Lookup key of a surface form: acronyms keep their case, other forms are case-folded."""
    base = _base(surface)
    return base if is_acronym(surface) else base.casefold()


def casefold_key(surface: str) -> str:
    """Case-insensitive key, used as a fallback when the text itself is all upper case."""
    return _base(surface).casefold()

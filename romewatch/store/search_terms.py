"""Turn a user's search box text into plain terms no backend syntax can choke on."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CHUNK = re.compile(r'"([^"]*)"?|(\S+)', re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"AND", "NOT", "NEAR"}


@dataclass(frozen=True)
class Term:
    text: str  # one word, or several words that must appear together
    prefix: bool = False
    is_or: bool = False  # the operator between two alternatives


def parse_query(query: str) -> list[Term]:
    """Words and "quoted phrases"; a trailing * asks for a prefix; a bare OR joins alternatives.

    Everything else is dropped or quoted. A hyphenated or dotted chunk ("Al-Haq", "U.S.")
    becomes a phrase of its words. All terms must match, except across an OR.

    >>> parse_query('Al-Haq AND "Rome Statute" sanc* OR')
    [Term(text='Al Haq', prefix=False, is_or=False), Term(text='Rome Statute', prefix=False, is_or=False), Term(text='sanc', prefix=True, is_or=False)]
    """
    terms: list[Term] = []
    for match in _CHUNK.finditer(query or ""):
        phrase, chunk = match.groups()
        if phrase is None and chunk in _OPERATORS:
            continue
        if phrase is None and chunk == "OR":
            if terms and not terms[-1].is_or:
                terms.append(Term("OR", is_or=True))
            continue
        words = _WORD.findall(phrase if phrase is not None else chunk)
        if words:
            prefix = phrase is None and chunk.rstrip(")]}.,;:!?").endswith("*")
            terms.append(Term(" ".join(words), prefix=prefix))
    while terms and terms[-1].is_or:
        terms.pop()
    return terms

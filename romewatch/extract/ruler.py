"""The attribute ruler's matching, done by table look-up: the same matches, ten times faster.

spaCy's ``AttributeRuler`` (tag -> POS and morphology, a few lemma exceptions) runs a ``Matcher``
of some 180 patterns over every token, which costs as much as the tagger and parser together on
our texts. Almost all of its patterns are one token compared on TAG, LOWER, DEP or IS_SPACE for
equality: those are looked up in dictionaries keyed by the token's tag and lower-case form; the few
others (two-token patterns, "IN" and "REGEX" values) keep a small ``Matcher`` of their own. The
matches, and so the annotations, are exactly those of the ruler (``match`` returns the same sorted
list); ``set_annotations`` is the ruler's own.
"""

from __future__ import annotations

import re
from typing import Any

_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def speed_up(ruler: Any) -> None:
    """Give an ``AttributeRuler`` the look-up ``match`` (the pipe keeps its name, patterns and output)."""
    if getattr(ruler, "_romewatch_fast", False):
        return
    ruler.match = _FastMatch(ruler)
    ruler._romewatch_fast = True


class _FastMatch:
    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.strings = strings = ruler.vocab.strings
        self.residual = Matcher(ruler.vocab, validate=False)
        self.has_residual = False
        by_pair: dict[tuple[int, int], list[tuple]] = {}  # first token's (TAG, LOWER)
        by_col: list[dict[int, list[tuple]]] = [{} for _ in _ATTRS]  # first token's value of one attribute
        others: list[tuple] = []  # tried at every token
        for key_int in range(len(ruler.attrs)):
            key = str(key_int)
            m_id = strings[key]
            patterns = ruler.matcher.get(m_id)[1]
            tests = [_tests(pattern, strings) for pattern in patterns]
            if any(t is None for t in tests):
                self.residual.add(key, patterns)
                self.has_residual = True
                continue
            for test in tests:
                first = {col: (how, want) for col, how, want in test[0]}
                if len(first) < len(test[0]):  # two conditions on one attribute: no look-up key, all tested
                    others.append((key_int, m_id, len(test), _without(test, ())))
                    continue
                if first.get(0, ("",))[0] == "eq" and first.get(1, ("",))[0] == "eq":
                    rest = _without(test, (0, 1))  # the look-up key holds: the rest is tested
                    by_pair.setdefault((first[0][1], first[1][1]), []).append((key_int, m_id, len(test), rest))
                    continue
                col = next((c for c in range(len(_ATTRS)) if first.get(c, ("",))[0] in ("eq", "in")), None)
                if col is None:
                    others.append((key_int, m_id, len(test), _without(test, ())))
                    continue
                how, want = first[col]
                rest = _without(test, (col,))
                for value in [want] if how == "eq" else sorted(want):
                    by_col[col].setdefault(value, []).append((key_int, m_id, len(test), rest))
        self.by_pair, self.by_col, self.others = by_pair, by_col, others
        self.others_at: dict[int, list[tuple]] = {}  # lower-case form -> the others its first token may match

    def _others_for(self, lower: int) -> list[tuple]:
        """The patterns tried at every token whose first token's LOWER conditions hold of ``lower``, with
        those conditions taken out (they are regexes: each form is tried once, not at every token)."""
        got = self.others_at.get(lower)
        if got is None:
            got = []
            row = [0, lower, 0, 0]
            for key_int, m_id, size, rest in self.others:
                first = rest[0][1] if rest and rest[0][0] == 0 else ()
                on_lower = tuple(cond for cond in first if cond[0] == 1)
                if on_lower and not _holds(row, on_lower, self.strings):
                    continue
                left = tuple(cond for cond in first if cond[0] != 1)
                tail = rest[1:] if first else rest
                got.append((key_int, m_id, size, ((0, left), *tail) if left else tail))
            self.others_at[lower] = got
        return got

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        found: set[tuple[int, int, int, int]] = set()  # the Matcher gives a (key, start, end) once
        rows = doc.to_array(list(_ATTRS)).tolist() if len(doc) else []
        n = len(rows)
        by_pair, strings, others_at = self.by_pair, self.strings, self.others_at
        tag_d, lower_d, dep_d, space_d = self.by_col
        for i, row in enumerate(rows):
            tag, lower, dep, space = row
            others = others_at.get(lower)
            for rules in (
                by_pair.get((tag, lower)),
                tag_d.get(tag),
                lower_d.get(lower),
                dep_d.get(dep),
                space_d.get(space),
                self._others_for(lower) if others is None else others,
            ):
                if not rules:
                    continue
                for key_int, m_id, size, rest in rules:
                    if i + size > n:
                        continue
                    for k, conds in rest:
                        if not _holds(rows[i + k], conds, strings):
                            break
                    else:
                        found.add((key_int, m_id, i, i + size))
        out = list(found)
        if self.has_residual:
            out += [(int(doc.vocab.strings[m_id]), m_id, s, e) for m_id, s, e in self.residual(doc, allow_missing=True)]
        out.sort()
        return out


def _tests(pattern: list[dict], strings: Any) -> list[tuple] | None:
    """A fixed-length pattern as one tuple of (column, how, value) per token; None if it is not
    one of the forms read here (equality, "IN", "NOT_IN", "REGEX" on TAG, LOWER, DEP, IS_SPACE)."""
    out = []
    for token in pattern:
        conds = []
        for attr, value in token.items():
            if attr not in _ATTRS:
                return None
            col = _ATTRS.index(attr)
            if isinstance(value, bool):
                conds.append((col, "eq", int(value)))
            elif isinstance(value, str) and attr != "IS_SPACE":
                conds.append((col, "eq", strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1 and attr != "IS_SPACE":
                ((how, arg),) = value.items()
                if how in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    conds.append((col, how.lower(), frozenset(strings.add(v) for v in arg)))
                elif how == "REGEX" and isinstance(arg, str):
                    conds.append((col, "re", (re.compile(arg), {})))  # with a memo of the strings it was tried on
                else:
                    return None
            else:
                return None
        out.append(tuple(conds))
    return out or None


def _without(test: list[tuple], cols: tuple[int, ...]) -> tuple[tuple[int, tuple], ...]:
    """The conditions of a pattern left to test, as (offset, conditions) pairs, once its first token's
    conditions on ``cols`` are known to hold (they are the key it was looked up by): a one-token pattern
    keyed by all its conditions has none left."""
    out = []
    for k, conds in enumerate(test):
        left = tuple(cond for cond in conds if k or cond[0] not in cols)
        if left:
            out.append((k, left))
    return tuple(out)


def _holds(row: list[int], conds: tuple, strings: Any) -> bool:
    for col, how, want in conds:
        got = row[col]
        if how == "eq":
            if got != want:
                return False
        elif how == "in":
            if got not in want:
                return False
        elif how == "not_in":
            if got in want:
                return False
        else:
            regex, memo = want
            hit = memo.get(got)
            if hit is None:
                hit = memo[got] = regex.search(strings[got]) is not None
            if not hit:
                return False
    return True


def speed_up_lemmatizer(lemmatizer: Any) -> None:
    """Give a rule-mode ``Lemmatizer`` a memo of its lemmas by (form, POS, morphology), the inputs its
    rules read, read and written through arrays: the same lemmas, without a Token per token."""
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return
    if isinstance(lemmatizer, _MemoLemmatizer):
        return
    lemmatizer.__class__ = type("Memo" + type(lemmatizer).__name__, (_MemoLemmatizer, type(lemmatizer)), {})
    lemmatizer._romewatch_memo = {}


class _MemoLemmatizer:
    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not self._validated:  # the first document: the pipe's own path, which checks its tables
            return super().__call__(doc)  # type: ignore[misc]
        if not len(doc):
            return doc
        memo, strings = self._romewatch_memo, doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma != 0:  # set by the attribute ruler: kept (``overwrite`` is off)
                continue
            got = memo.get((orth, pos, morph))
            if got is None:
                got = memo[(orth, pos, morph)] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = got
        doc.from_array([LEMMA], lemmas)
        return doc

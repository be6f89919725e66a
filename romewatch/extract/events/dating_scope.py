"""(r12) Which of a sentence's dates are the act's own, by the scope they stand in: the time of the
crimes an act is about ("a warrant for crimes committed from 8 October 2023 until 20 May 2024") is not
the act's; a date within the trigger's own phrase beats one on the clause that reports it ("said
Thursday they stopped a spy from infiltrating the Court in April"); the stance a speaker renews in the
present ("we renew our commitment") speaks on the document's day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .dating_text import _ancestors, _is_verb

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DateMention

#: the verbs that tell when crimes happened, not when an act about them was done
CRIME_VERBS = frozenset({"commit", "perpetrate"})
HAPPEN_VERBS = frozenset({"occur", "happen", "take", "carry"})  # "crimes that took place", "attacks carried out"
CRIME_NOUNS = frozenset(
    {
        "crime",
        "killing",
        "atrocity",
        "abuse",
        "violation",
        "violence",
        "attack",
        "massacre",
        "murder",
        "offence",
        "offense",
    }
)
#: the stance a speaker renews in the present ("we renew our commitment"), not a statement it names
STANCE_NOUNS = frozenset(
    {"commitment", "support", "call", "appeal", "solidarity", "determination", "pledge", "opposition", "condemnation"}
)


def crimes_time(root: Token, anchor: Token) -> bool:
    """Whether a date (its root token) tells when the crimes happened: "crimes committed in 2003",
    "killings that took place in Darfur"; not when the trigger's own verb is that verb."""
    path = _ancestors(root)
    crime = next((t for t in path if _is_verb(t)), None)
    return (
        crime is not None
        and crime.i != anchor.i
        and crime.dep_ in ("acl", "relcl")
        and (
            crime.lemma_.lower() in CRIME_VERBS
            or (crime.lemma_.lower() in HAPPEN_VERBS and crime.head.lemma_.lower() in CRIME_NOUNS)
        )
        and anchor not in path[: path.index(crime)]
    )


def below(doc: Any, d: DateMention, head: Token) -> bool:
    """Whether a date lies within the trigger's own phrase (not on the clause that governs it)."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    path = _ancestors(span.root)
    if head not in path:
        return False
    # not through a clause of circumstance ("had failed to arrest him when he was there between 3 and 6
    # April") nor a noun's phrase ("designated X under Executive Order 13928 of June 11")
    return not any(t.dep_ in ("advcl", "relcl") or t.pos_ in ("NOUN", "PROPN") for t in path[: path.index(head)])

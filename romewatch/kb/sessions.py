"""Generated surface forms for sessions of the Assembly of States Parties."""

from __future__ import annotations

from collections.abc import Iterator

from romewatch.kb.ordinals import ordinal_digits, ordinal_words

_ASSEMBLY = ("Assembly of States Parties", "Assembly of States Parties to the Rome Statute", "Assembly", "ASP")


def regular_session_aliases(number: int, resumed: bool = False) -> Iterator[str]:
    """Every way a text may name the n-th regular session ("ASP21", "twenty-first session", ...)."""
    digits, words = ordinal_digits(number), ordinal_words(number)
    yield from (
        f"ASP {number}",
        f"ASP{number}",
        f"ASP-{number}",
        f"ASP {digits}",
        f"ASP {digits} session",
        f"ASP{digits}",
        f"{digits} ASP",
        f"{digits} ASP session",
        f"{words} ASP session",
    )
    for ordinal in (digits, words):
        yield f"{ordinal} session"
        yield f"{ordinal} Assembly of States Parties"
        yield f"{ordinal} Assembly"
        for body in _ASSEMBLY:
            yield f"{ordinal} session of the {body}"
        if resumed:
            yield f"resumed {ordinal} session"
            for body in _ASSEMBLY:
                yield f"resumed {ordinal} session of the {body}"
            for which in ("first", "second"):
                yield f"{which} resumption of the {ordinal} session"
                yield f"{which} resumed {ordinal} session"


def session_aliases(kind: str, number: int | None, has_resumptions: bool = False) -> list[str]:
    """Generated aliases for a session entity of the given kind; specials and the Review Conference
    carry their names in the data file, so only regular sessions get generated forms."""
    if kind != "regular" or number is None:
        return []
    seen: dict[str, None] = {}
    for alias in regular_session_aliases(number, resumed=has_resumptions):
        seen.setdefault(alias, None)
    return list(seen)

"""Ordinal numbers in digits and in words, for generated session aliases (1..30)."""

from __future__ import annotations

_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = {
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
}
_TENS_ORD = {20: "twentieth", 30: "thirtieth"}
_TENS_CARD = {20: "twenty", 30: "thirty"}


def ordinal_digits(n: int) -> str:
    """1 -> "1st", 12 -> "12th", 22 -> "22nd"."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinal_words(n: int) -> str:
    """1 -> "first", 21 -> "twenty-first" (defined for 1..39)."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n]
    tens, unit = n - n % 10, n % 10
    if unit == 0:
        return _TENS_ORD[tens]
    return f"{_TENS_CARD[tens]}-{_UNITS[unit]}"

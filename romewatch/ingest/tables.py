"""Lists laid out in columns by a PDF's text layer, read back as one name per line.

A joint statement's annex often prints its States three or four to a row, and a long name wraps inside
its cell:

    Albania                  Netherlands (Kingdom      Slovenia
    Andorra                  of the)                   Spain
    Bolivia (Plurinational   New Zealand               United Kingdom of
    State of)                                          Great Britain and
                                                       Northern Ireland

Read line by line, "of the)" and "State of)" become names of their own and the columns interleave.
Here a block of such rows is cut into cells by their position on the line, a cell that continues the
one above it in the same column ("of the)", "Great Britain and") is joined to it, and the names come
out in reading order (row by row, left to right), one per line. Any other line is left as it is.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"[ \u00a0]{3,}|\t")
_SPACES = re.compile(r"[ \t\u00a0]+")
# a cell that can stand as a name: capitalised, at most six words ("Chile", "Costa Rica", "Bolivia (Plurinational")
_CELL = re.compile(r"[A-Z\u00c0-\u00de][^\s]*(?: [^\s]+){0,5}")
# the tail of a wrapped name: lower case or a bracket first ("of the)", "(Plurinational State of)")
_TAIL = re.compile(r"[a-z\u00df-\u00ff(][^\s]*(?: [^\s]+){0,4}")
# words a wrapped name breaks after ("United Kingdom of", "Great Britain and", "Saint Vincent and the")
_OPEN_END = frozenset({"of", "and", "the", "de", "del", "da", "do", "du", "for", "&"})
MAX_COLUMNS = 5


def unfold_tables(lines: list[str]) -> list[str]:
    """The lines with each block of column rows read cell by cell, one cell per line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _is_row(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip() and (_is_row(lines[j]) or _is_tail_row(lines[j])):
            j += 1
        out += _read_block(lines[i:j])
        i = j
    return out


def _cells(line: str) -> list[tuple[int, str]]:
    """(start column, text) of each cell of a line, cut where three or more spaces (or a tab) fall."""
    out, pos = [], 0
    for part in _GAP.split(line):
        start = line.find(part, pos) if part else pos
        if part.strip():
            out.append((start + len(part) - len(part.lstrip()), _SPACES.sub(" ", part.strip())))
        pos = start + len(part)
    return out


def _is_row(line: str) -> bool:
    """Two to five cells, each of which could be a name ("Chile      Peru      Costa Rica")."""
    cells = _cells(line)
    return 2 <= len(cells) <= MAX_COLUMNS and all(_CELL.fullmatch(c) for _, c in cells)


def _is_tail_row(line: str) -> bool:
    """A row of a block that may hold only the wrapped ends of names (indented, short, no full stop)."""
    cells = _cells(line)
    return (
        1 <= len(cells) <= MAX_COLUMNS
        and line[:1].isspace()
        and all(_CELL.fullmatch(c) or _TAIL.fullmatch(c) for _, c in cells)
        and not line.rstrip().endswith((".", ":", ";"))
    )


def _read_block(block: list[str]) -> list[str]:
    if len(block) == 1:  # a single row: its cells, one per line
        return [c for _, c in _cells(block[0])]
    starts = _column_starts(block)
    entries: list[list] = []  # [row, column, text]
    last: dict[int, list] = {}  # column -> its latest entry
    for row, line in enumerate(block):
        for offset, text in _cells(line):
            col = max((k for k, s in enumerate(starts) if s <= offset + 2), default=0)
            prev = last.get(col)
            if prev is not None and prev[0] == row - 1 and _continues(prev[2], text):
                prev[2] = f"{prev[2]} {text}"
                prev[0] = row  # a third line may follow ("United Kingdom of / Great Britain and / Northern Ireland")
                continue
            entry = [row, col, text]
            entries.append(entry)
            last[col] = entry
    return [text for _, _, text in entries]  # made row by row, left to right: reading order


def _column_starts(block: list[str]) -> list[int]:
    """Where the columns begin: the cell offsets of the block's rows, near ones taken as one."""
    offsets = sorted({off for line in block if _is_row(line) for off, _ in _cells(line)})
    starts: list[int] = []
    for off in offsets:
        if not starts or off - starts[-1] > 3:
            starts.append(off)
    return starts


def _continues(above: str, text: str) -> bool:
    """Is ``text`` the wrapped end of the name ``above`` it in the same column?"""
    if above.count("(") > above.count(")"):
        return True  # "Netherlands (Kingdom" / "of the)"
    if text[:1].islower() or text[:1] == "(":
        return True  # "... / of the)", "Bolivia / (Plurinational State of)"
    return above.rsplit(" ", 1)[-1].lower() in _OPEN_END or above.endswith(("-", ","))

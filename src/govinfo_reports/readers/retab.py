"""Tab text whose tabs an editor expanded to spaces, told and put back.

A tab text re-saved by an editor (or by ``expand``, or Python's ``str.expandtabs``)
prints each tab as the spaces up to the next tab stop, so every cell starts on a stop:
a multiple of the tab width (8, or 4), counted in characters, in display columns (a CJK
character two wide, as editors count) or in UTF-8 bytes (as ``expand`` counts). Read as
space-aligned text, an empty cell is lost (it prints only as one more stop of spaces),
and the columns of rows whose labels end on different stops do not line up: a row with
a blank cell came out a value short, or its values under the wrong columns. Where every
gap of two spaces or more in a text's rows ends on a stop, and most gaps cross one stop
only (as a tab between two cells does), the tabs are put back: each gap becomes as many
tabs as the stops it crosses, and the text is read as tab text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: A gap between two cells that a tab alone prints in a tab-expanded text, and none
#: in prose: two spaces or more before a character.
_GAP = re.compile(r" {2,}(?=\S)")
#: A run of spaces (every gap of a line put back: one space may be a tab too).
_SPACES = re.compile(r" +")
#: The tab widths looked for, widest first.
_WIDTHS = (8, 4)
#: How many gaps, on how many rows, tell a tab-expanded text.
_ENOUGH_GAPS = 12
_ENOUGH_ROWS = 3
#: The most rows looked at to tell it.
_LOOKED_AT = 8


def _columns(line: str, at: int) -> tuple[int, int, int]:
    """Character ``at``'s column on ``line`` counted the three ways tools count to expand a
    tab: characters (Python's ``str.expandtabs``), display columns (editors: a CJK
    character, or any character UTF-8 writes in three bytes but :data:`_NARROW`, two
    columns wide) and UTF-8 bytes (``expand``). (One encoding of the line's start: a
    call a character to ``unicodedata`` costs more than telling whole texts apart.)"""
    start = line[:at]
    size = len(start.encode("utf-8", "replace"))
    if size == at:
        return at, at, at  # (ASCII: white space, digits; most gaps' starts)
    narrow = sum(map(start.count, _NARROW))
    return at, at + (size - at) // 2 - narrow, size


#: Characters UTF-8 writes in three bytes that editors show one column wide (East Asian
#: "ambiguous" width: curly quotes, the ellipsis, dashes), as in ``危及“三安全一稳定”``.
_NARROW = "“”‘’…—–"


#: The counts of :func:`_columns`, by their index.
_CHARS, _DISPLAY, _BYTES = range(3)
#: How a tab was expanded: the count (an index of :func:`_columns`) and the tab width.
Stops = tuple[int, int]


def tab_stops(rows: Iterable[str]) -> Stops | None:
    """How the tabs of ``rows`` (lines printing a table's rows, two values or more) were
    expanded, if they were: the count of :func:`_columns` and the tab width; ``None`` for
    a text whose cells stand elsewhere (PDF text, a text browser's tables). Looks at the
    first :data:`_LOOKED_AT` rows printing a gap of two spaces, and decides on
    :data:`_ENOUGH_GAPS` gaps on :data:`_ENOUGH_ROWS` rows at least. (Most texts are
    told apart at their first row's first gap.)"""
    alive = [(count, width) for count in (_CHARS, _DISPLAY, _BYTES) for width in _WIDTHS]
    gaps = looked = 0
    single = dict.fromkeys(alive, 0)
    for line in rows:
        for match in _GAP.finditer(line):
            start, end = match.span()
            columns = _columns(line, end)
            alive = [(count, width) for count, width in alive if not columns[count] % width]
            if not alive:
                return None
            before = _columns(line, start)
            for count, width in alive:
                if columns[count] - before[count] < width:
                    single[count, width] += 1
            gaps += 1
        looked += 1
        if looked >= _LOOKED_AT:
            break
    if gaps < _ENOUGH_GAPS or looked < _ENOUGH_ROWS:
        return None
    # (most gaps one tab: a table's columns set wider than a tab cross several stops)
    chosen = [candidate for candidate in alive if single[candidate] * 2 > gaps]
    return chosen[0] if chosen else None


def retabbed(lines: Sequence[str], stops: Stops) -> list[str]:
    """``lines`` with their tabs put back (see :func:`tab_stops`): each run of spaces
    ending on a stop as one tab for each stop it crosses, a run at a line's end too (the
    empty cells after a row's last value); but one space after a word of a cell printing
    several (``结 果 维 持``), before a word."""
    count, width = stops
    # (a line without two spaces running is prose, or a heading: its spaces are words')
    return [_line_retabbed(line, count, width) if "  " in line else line for line in lines]


def _line_retabbed(line: str, count: int, width: int) -> str:
    """One line of :func:`retabbed`: a run of two spaces or more not ending on a stop (a
    character counted otherwise than the text's tabs were: a curly quote) as one tab."""
    pieces: list[str] = []
    done = 0
    for match in _SPACES.finditer(line):
        start, end = match.span()
        column = _columns(line, end)[count]
        if end - start > 1 and column % width:
            pieces += (line[done:start], "\t")
            done = end
            continue
        if column % width or (
            end - start == 1
            and end < len(line)
            and not line[end].isdigit()
            and " " in line[done:start]
        ):
            continue  # (a space between a cell's words: ``结 果 维 持``)
        first = (_columns(line, start)[count] // width + 1) * width
        if column < first:
            continue
        pieces += (line[done:start], "\t" * ((column - first) // width + 1))
        done = end
    if not pieces:
        return line
    pieces.append(line[done:])
    return "".join(pieces)

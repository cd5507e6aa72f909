"""Rows whose cells are separated by spaces, as PDF-to-text tools print them.

``1. 属于国家秘密  0  0  0  0  0  0  0`` or ``规章 0 0 0``: the words before the first
number are the label (their inner spaces are layout, ``结 果 维 持``), every number after
it is a cell. A money unit or an 增/减 word printed apart from its number is joined
back to it (``27759.17695 万元``, ``增 44``). A page number between dashes (``— 2 —``, as
official documents print them) is one cell of text, not a blank, a count and a blank: the
dashes stand close to the number (at most two spaces apart), where a table's cells stand
apart (``-      5      -`` is a row's blank, count and blank).
"""

from __future__ import annotations

import re

from ..cells import TEXT_KIND, read_value
from ..findings import Finding, make
from ..grid import Grid, ReadResult, Row
from ..labels import MONEY_UNIT_WORDS
from .base import is_blank, sniff_stripped, text_lines

_TOKENS = re.compile(r"[^\s\u00a0\u3000]+")
_NUMBER = r"[+\-]?\d[\d.,]*"
_GAP = r"[\s\u00a0\u3000]+"
_TRAILING_NUMBERS = re.compile(rf"\S{_GAP}{_NUMBER}{_GAP}{_NUMBER}\s*$")
#: The characters that end values that do not end in a digit: a count's word (11件)
#: or a money unit (74.45万元); see ``cells.read_value``.
_VALUE_ENDS = "件条个项次份宗起元万亿千"
#: What a number cut at a line end leaves that is no value (``12.``, ``1,``, ``1,2``,
#: ``5,073,``).
_NUMBER_PIECE = re.compile(r"[+\-]?\d+(?:[,，]\d{3})*[.,，．]\d*")
#: A label word with the row's first value glued to it (``规章0``, ``1.属于国家秘密0``,
#: ``危及“三安全一稳定”0``), as PDF-to-text tools print a narrow gap: a Chinese character
#: or a closing quote or bracket, then digits.
_GLUED_NUMBER = re.compile(r"(.*[\u4e00-\u9fff”）)】])(\d+)")
_SIGN_WORDS = frozenset({"增", "减", "增加", "减少"})


class SpacesReader:
    """Splits lines on white space and rebuilds label and value cells."""

    name = "spaces"

    def sniff(self, text: str) -> float:
        """High when many lines end in two or more space-separated numbers and few lines
        hold a tab or a pipe (those are other readers' layouts)."""
        delimited = 0
        numeric_rows = 0
        value_ends = _VALUE_ENDS
        # (stripped: a tab at the end of a line delimits nothing)
        for line in sniff_stripped(text):
            if "\t" in line or "|" in line:
                delimited += 1
                continue
            if len(line) < 5:
                continue  # the shortest row is "a 1 2": not a count alone, one cell a line
            last = line[-1]
            if last.isdigit():
                if _TRAILING_NUMBERS.search(line):
                    numeric_rows += 1
            elif last in value_ends and _ends_in_words(line, value_ends):
                numeric_rows += 1
        if numeric_rows < 5 or delimited > numeric_rows:
            return 0.0
        return min(0.9, 0.5 + numeric_rows / 100)

    def read(self, text: str) -> ReadResult:
        """One row per line: a label cell (if any) then one cell per value."""
        rows: list[Row] = []
        glued: list[Finding] = []
        for number, line in enumerate(text_lines(text), start=1):
            if is_blank(line):
                continue
            cells, joined = _cells(line)
            if joined is not None:
                glued.append(_glued_finding(joined, number))
            rows.append(Row.of_texts(cells, number))
        return ReadResult(Grid(tuple(rows)), tuple(glued))


def _ends_in_words(line: str, words: str) -> bool:
    """Whether a right-stripped line ends in two values after some text, the last one
    printed with a word (``规章   11件   14件``, ``采购   3   74.45万元``)."""
    if not line.rstrip(words)[-1:].isdigit():
        return False  # the words end a label (第二十条第（一）项), not a count
    tokens = line.rsplit(None, 2)  # (from the right: the cost of the last tokens only)
    return len(tokens) == 3 and _is_value(tokens[1]) and _is_value(tokens[2])


#: What a page number's dashes are made of (``— 2 —``, ``- 2 -``, ``－ ２ －``).
_DASHES = "-—–－―─"
#: The most white space between a page number and its dashes, both sides together.
_PAGE_NUMBER_GAPS = 4


def _cells(line: str) -> tuple[tuple[str, ...], str | None]:
    """The line's cells, and the label word a value was glued to (``规章0``), if any."""
    tokens = _TOKENS.findall(line)
    if (
        len(tokens) == 3
        and tokens[1].isdigit()
        and not tokens[0].strip(_DASHES)
        and not tokens[2].strip(_DASHES)
        and len(line.strip()) - len(tokens[0]) - len(tokens[1]) - len(tokens[2])
        <= _PAGE_NUMBER_GAPS
    ):
        return (line.strip(),), None  # a page number, — 2 —: its dashes are no blank cells
    cells: list[str] = []
    words: list[str] = []
    joined = None
    for token in tokens:
        if read_value(token).kind is TEXT_KIND:
            if token in MONEY_UNIT_WORDS and not words and cells and _is_value(cells[-1]):
                cells[-1] = cells[-1] + token
            else:
                words.append(token)
            continue
        if words and words[-1] in _SIGN_WORDS and cells:
            token = words.pop() + token
        if words:
            # 规章0   0   2: the first value glued to the label (only before the first
            # value: 约2 among the values is an unreadable cell)
            glued = None if cells else _GLUED_NUMBER.fullmatch(words[-1])
            if glued is not None:
                joined, words[-1] = words[-1], glued.group(1)
            cells.append("".join(words))
            if glued is not None:
                cells.append(glued.group(2))
            words = []
        cells.append(token)
    if words and (cells or len(words) > 1) and _NUMBER_PIECE.fullmatch(words[-1]):
        # a number cut by a line wrap (``规章   3   12.`` / ``50``): its piece is a cell
        # (unreadable, reported), not a word of the label or of prose
        if len(words) > 1:
            cells.append("".join(words[:-1]))
        cells.append(words[-1])
        words = []
    if not cells or words:
        return (line.strip(),), None  # prose, a title or a header: not a row
    return tuple(cells), joined


def _glued_finding(word: str, line: int) -> Finding:
    """The ``repaired_cell`` info for a row whose first value was glued to its label."""
    glued = _GLUED_NUMBER.fullmatch(word)
    label, value = glued.groups() if glued is not None else (word, "")
    return make(
        "repaired_cell",
        f"line {line}: {word!r} read as the label {label!r} and the row's first value "
        f"{value!r} (printed without a gap)",
        line=line,
        severity="info",
    )


def _is_value(text: str) -> bool:
    return read_value(text).kind is not TEXT_KIND

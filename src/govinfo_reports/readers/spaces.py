"""Rows whose cells are separated by spaces, as PDF-to-text tools print them.

``1. 属于国家秘密  0  0  0  0  0  0  0`` or ``规章 0 0 0``: the words before the first
number are the label (their inner spaces are layout, ``结 果 维 持``), every number after
it is a cell. A money unit, an 增/减 word or a plus sign printed apart from its number
is joined back to it (``27759.17695 万元``, ``增 44``, ``+ 8``), and so is a label's
numbering spaced as its characters are (``3 . 其 他``). A page number between dashes (``— 2 —``, as
official documents print them) is one cell of text, not a blank, a count and a blank: the
dashes stand close to the number (at most two spaces apart), where a table's cells stand
apart (``-      5      -`` is a row's blank, count and blank). The split itself is
:func:`.line_cells.spaced_cells`, shared with the HTML reader.
"""

from __future__ import annotations

import re

from ..findings import Finding
from ..grid import Grid, ReadResult, Row
from .base import is_blank, sniff_stripped, text_lines
from .line_cells import VALUE_ENDS, glued_finding, is_value, spaced_cells

_NUMBER = r"[+\-]?\d[\d.,]*"
_GAP = r"[\s\u00a0\u3000]+"
_TRAILING_NUMBERS = re.compile(rf"\S{_GAP}{_NUMBER}{_GAP}{_NUMBER}\s*$")


class SpacesReader:
    """Splits lines on white space and rebuilds label and value cells."""

    name = "spaces"

    def sniff(self, text: str) -> float:
        """High when many lines end in two or more space-separated numbers and few lines
        hold a tab or a pipe (those are other readers' layouts)."""
        delimited = 0
        numeric_rows = 0
        value_ends = VALUE_ENDS
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
            cells, joined = spaced_cells(line)
            if joined is not None:
                glued.append(glued_finding(joined, number))
            rows.append(Row.of_texts(cells, number))
        return ReadResult(Grid(tuple(rows)), tuple(glued))


def _ends_in_words(line: str, words: str) -> bool:
    """Whether a right-stripped line ends in two values after some text, the last one
    printed with a word (``规章   11件   14件``, ``采购   3   74.45万元``)."""
    if not line.rstrip(words)[-1:].isdigit():
        return False  # the words end a label (第二十条第（一）项), not a count
    tokens = line.rsplit(None, 2)  # (from the right: the cost of the last tokens only)
    return len(tokens) == 3 and is_value(tokens[1]) and is_value(tokens[2])

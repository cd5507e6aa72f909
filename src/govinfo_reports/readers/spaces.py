"""Rows whose cells are separated by spaces, as PDF-to-text tools print them.

``1. 属于国家秘密  0  0  0  0  0  0  0`` or ``规章 0 0 0``: the words before the first
number are the label (their inner spaces are layout, ``结 果 维 持``), every number after
it is a cell. A money unit or an 增/减 word printed apart from its number is joined
back to it (``27759.17695 万元``, ``增 44``).
"""

from __future__ import annotations

import re

from ..cells import Kind, read_value
from ..grid import Cell, Grid, ReadResult, Row
from .base import SNIFF_PREFIX, is_blank, split_lines

_TOKENS = re.compile(r"[^\s\u00a0\u3000]+")
_GAP = r"[\s\u00a0\u3000]+"
_NUMBER = r"[+\-]?\d[\d.,]*"
_TRAILING_NUMBERS = re.compile(rf"\S{_GAP}{_NUMBER}{_GAP}{_NUMBER}\s*$")
_UNITS = frozenset({"元", "万元", "亿元", "千元"})
_SIGN_WORDS = frozenset({"增", "减", "增加", "减少"})


class SpacesReader:
    """Splits lines on white space and rebuilds label and value cells."""

    name = "spaces"

    def sniff(self, text: str) -> float:
        """High when many lines end in two or more space-separated numbers (no tabs, pipes)."""
        lines = split_lines(text[:SNIFF_PREFIX])
        delimited = sum(1 for ln in lines if "\t" in ln or "|" in ln)
        numeric_rows = sum(1 for ln in lines if _TRAILING_NUMBERS.search(ln))
        if numeric_rows < 5 or delimited > numeric_rows:
            return 0.0
        return min(0.9, 0.5 + numeric_rows / 100)

    def read(self, text: str) -> ReadResult:
        """One row per line: a label cell (if any) then one cell per value."""
        rows: list[Row] = []
        for number, line in enumerate(split_lines(text), start=1):
            if is_blank(line):
                continue
            rows.append(Row(tuple(_cells(line, number))))
        return ReadResult(Grid(tuple(rows)))


def _cells(line: str, number: int) -> list[Cell]:
    tokens = _TOKENS.findall(line)
    cells: list[Cell] = []
    words: list[str] = []
    for token in tokens:
        if read_value(token).kind is Kind.TEXT:
            if token in _UNITS and not words and cells and _is_value(cells[-1].text):
                cells[-1] = Cell(cells[-1].text + token, number, cells[-1].column)
            else:
                words.append(token)
            continue
        if words and words[-1] in _SIGN_WORDS and cells:
            token = words.pop() + token
        if words:
            cells.append(Cell("".join(words), number, len(cells)))
            words = []
        cells.append(Cell(token, number, len(cells)))
    if not cells or words:
        return [Cell(line.strip(), number, 0)]  # prose, a title or a header: not a row
    return cells


def _is_value(text: str) -> bool:
    return read_value(text).kind is not Kind.TEXT

"""Pipe-delimited text: a row per line (``规章 | 0 | 0 | 0 |``) or a cell per line
(``规章 |`` … with ``||`` filler lines, seed 004)."""

from __future__ import annotations

from ..grid import Cell, Grid, ReadResult, Row
from .base import SNIFF_PREFIX, is_blank, split_lines
from .delimited import _is_rule


class PipeReader:
    """Reads both pipe forms.

    A line with two or more non-empty cells is a row. A line ``text |`` is a row of one
    cell. A bare ``|`` line is a blank cell (the cell-per-line form prints blanks that
    way); lines of two or more pipes and nothing else are row fillers and are skipped.
    """

    name = "pipe"

    def sniff(self, text: str) -> float:
        """Share of non-empty lines that hold a pipe next to text."""
        lines = [ln for ln in split_lines(text[:SNIFF_PREFIX]) if ln.strip()]
        with_text = sum(1 for ln in lines if "|" in ln and ln.replace("|", "").strip())
        if with_text < 3:
            return 0.0
        return min(1.0, 0.55 + with_text / max(len(lines), 1))

    def read(self, text: str) -> ReadResult:
        """Split lines on ``|``."""
        rows: list[Row] = []
        for number, line in enumerate(split_lines(text), start=1):
            if "|" not in line:
                if not is_blank(line):
                    rows.append(Row((Cell(line.strip(), number, 0),)))
                continue
            parts = line.split("|")
            if all(is_blank(p) or _is_rule(p) for p in parts):
                if line.strip() == "|":
                    rows.append(Row((Cell("", number, 0),)))
                continue
            if parts and is_blank(parts[0]) and line.lstrip().startswith("|"):
                parts = parts[1:]
            if parts and is_blank(parts[-1]):
                parts = parts[:-1]
            cells = tuple(Cell(p.strip(), number, i) for i, p in enumerate(parts))
            rows.append(Row(cells))
        return ReadResult(Grid(tuple(rows)))

"""Rows with one line each and a delimiter between cells (tab, pipe)."""

from __future__ import annotations

from ..grid import Cell, Grid, ReadResult, Row
from .base import SNIFF_PREFIX, is_blank, split_lines


class DelimitedReader:
    """Base of the tab and pipe readers: a line is a row, the delimiter splits cells.

    Lines without the delimiter become one-cell rows (prose, headings, or a cell
    broken over lines). Lines holding nothing but delimiters and white space are
    layout filler and are skipped, as are markdown separator lines.
    """

    name = "delimited"
    delimiter = "\t"

    def sniff(self, text: str) -> float:
        """Share of the table-looking lines that hold two or more delimited cells."""
        lines = split_lines(text[:SNIFF_PREFIX])
        multi = 0
        candidates = 0
        for line in lines:
            if self.delimiter not in line:
                continue
            candidates += 1
            parts = [p for p in line.split(self.delimiter) if not is_blank(p)]
            if len(parts) >= 2:
                multi += 1
        if multi < 3:
            return 0.0
        return min(1.0, 0.5 + multi / (2 * max(candidates, 1)))

    def read(self, text: str) -> ReadResult:
        """Split every line on the delimiter."""
        rows: list[Row] = []
        delimiter = self.delimiter
        for number, line in enumerate(split_lines(text), start=1):
            if delimiter not in line:
                if not is_blank(line):
                    rows.append(Row((Cell(line.strip(), number, 0),)))
                continue
            parts = line.split(delimiter)
            if all(is_blank(p) or _is_rule(p) for p in parts):
                continue
            cells = tuple(Cell(p.strip(), number, i) for i, p in enumerate(parts))
            rows.append(Row(cells))
        return ReadResult(Grid(tuple(rows)))


def _is_rule(part: str) -> bool:
    """A markdown or ASCII table rule such as ``---``, ``:---:`` or ``===``."""
    stripped = part.strip()
    return len(stripped) >= 3 and not stripped.strip("-:=+ ")

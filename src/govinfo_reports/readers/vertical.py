"""One cell per line (seed 001) or per paragraph, with optional ``|`` separator lines."""

from __future__ import annotations

from ..cells import LINE_MEMO_ENTRIES, remember
from ..grid import Grid, ReadResult, Row
from .base import sniff_stripped, text_lines

#: Each short line's cell (``()``: a separator line), memoised: the same few lines (``0``,
#: ``|``) recur hundreds of times, and the rows of one line share one tuple of texts.
_LINE_CELLS: dict[str, tuple[str, ...]] = {}


class VerticalReader:
    """Every non-empty line is a one-cell row.

    A line holding only white space that is not empty (a tab, an NBSP) is a blank
    cell; empty lines and lines of pipes only are separators. Leading tabs are
    indentation, not cells.
    """

    name = "vertical"

    def sniff(self, text: str) -> float:
        """High when most lines are short, one-cell and many are bare numbers."""
        content = numeric = multi = 0
        lines = sniff_stripped(text)
        # more multi-cell lines than this make the score 0.1 whatever the other lines
        # hold (a quarter of every line is at least a quarter of the lines with content)
        enough = max(len(lines) // 4 + 1, 10)
        for line in lines:
            inner = line.strip("|")
            if not inner:
                continue
            content += 1
            if "\t" in line or ("|" in inner and "|" in inner.strip()):
                multi += 1
                if multi >= enough:
                    return 0.1  # a table of rows (tab or pipe), not a cell a line
            elif line.strip("\u00a0 |").isdigit():
                numeric += 1
        if content < 10:
            return 0.0
        if multi > content / 4:
            return 0.1
        return min(1.0, 0.3 + numeric / content * 2)

    def read(self, text: str) -> ReadResult:
        """One row per non-separator line."""
        rows: list[Row] = []
        append = rows.append
        of_texts = Row.of_texts
        known = _LINE_CELLS.get
        for number, line in enumerate(text_lines(text), start=1):
            if not line:
                continue
            cells = known(line)
            if cells is None:
                stripped = line.strip()  # (NBSP and the ideographic space too: white space)
                cells = () if stripped and not stripped.strip("|") else (stripped,)
                remember(_LINE_CELLS, line, cells, LINE_MEMO_ENTRIES)
            if cells:
                append(of_texts(cells, number))
        return ReadResult(Grid(tuple(rows)))

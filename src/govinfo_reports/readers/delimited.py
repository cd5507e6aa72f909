"""Rows with one line each and a delimiter between cells (tab, pipe)."""

from __future__ import annotations

from functools import partial

from ..grid import ReadResult
from .base import BLANK_CHARS, is_blank, rows_of_lines, sniff_lines, sniff_stripped, surely_absent


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
        delimiter = self.delimiter
        if surely_absent(text, delimiter):
            return 0.0
        # stripping removes delimiters at the ends: one left means two cells with text
        # (the stripped lines are made once for every sniffer)
        multi = len([line for line in sniff_stripped(text) if delimiter in line])
        if multi < 3:
            return 0.0
        candidates = len([line for line in sniff_lines(text) if delimiter in line])
        return min(1.0, 0.5 + multi / (2 * max(candidates, 1)))

    def read(self, text: str) -> ReadResult:
        """Split every line on the delimiter."""
        delimiter = self.delimiter
        return rows_of_lines(
            text, _LINE_CELLS.setdefault(delimiter, {}), partial(_line_cells, delimiter=delimiter)
        )


#: Per delimiter, each short line's cells (see :func:`.base.rows_of_lines`).
_LINE_CELLS: dict[str, dict[str, tuple[str, ...]]] = {}


def _line_cells(line: str, delimiter: str) -> tuple[str, ...]:
    """The cells of one line; ``()`` for a line that makes no row (blank or filler)."""
    if delimiter not in line:
        stripped = line.strip()
        return (stripped,) if stripped and not is_blank(stripped) else ()
    texts = tuple([part.strip() for part in line.split(delimiter)])
    # only a line made of white space, rule characters and delimiters can be filler
    if not line.strip(BLANK_CHARS + _RULE_CHARS + delimiter) and _filler(texts):
        return ()
    return texts


def tab_cells(line: str) -> tuple[str, ...]:
    """The cells of one tab-delimited line (``()``: blank or filler)."""
    return _line_cells(line, "\t")


def _filler(texts: tuple[str, ...]) -> bool:
    """True when stripped cells hold nothing but white space and table rules."""
    return all(not text or is_blank(text) or _is_rule(text) for text in texts)


#: What markdown and ASCII table rules are made of (besides white space).
_RULE_CHARS = "-:=+ "


def _is_rule(part: str) -> bool:
    """A markdown or ASCII table rule such as ``---``, ``:---:`` or ``===``."""
    stripped = part.strip()
    return len(stripped) >= 3 and not stripped.strip(_RULE_CHARS)

"""Tab-delimited rows, as copied from Word or a web page (seeds 000, 002, 003)."""

from __future__ import annotations

from ..grid import ReadResult, Row
from .base import rows_of_lines
from .delimited import DelimitedReader
from .line_cells import tab_or_pipe_cells
from .pipe import prints_a_value, values_only


class TabReader(DelimitedReader):
    """One row per line, cells separated by tabs.

    A line without a tab but with a pipe is read as the pipe reader reads it: a table
    can change its delimiter part-way (rows copied from another source).
    """

    name = "tab"
    delimiter = "\t"

    def read(self, text: str) -> ReadResult:
        """Split every line on tabs (a line without one, on pipes)."""
        result = rows_of_lines(text, _LINE_CELLS, tab_or_pipe_cells)
        if _NAMES + "\t" in text:
            _mark_rows_under_names(result.grid.rows)
        if _FIRST_APPLICANT + "\t" in text:
            _mark_rows_under_applicants(result.grid.rows)
        if _RESULTS_TOTAL + "\t" in text:
            _mark_review_values(result.grid.rows)
        return result


#: Each short line's cells (see :func:`.base.rows_of_lines`).
_LINE_CELLS: dict[str, tuple[str, ...]] = {}

#: The first cell of table 二's header rows, which name its columns.
_NAMES = "信息内容"


def _mark_rows_under_names(rows: tuple[Row, ...]) -> None:
    """Make aligned the rows of table 二 under a header naming their columns
    (``信息内容\\t本年新制作数量\\t…``, three cells or more) that are as wide as it, start
    with their label and print a value, and whose empty cells stand under its names
    (under an empty header cell, one is the label's span or the table's width), on the
    lines right after it:
    a spreadsheet or a web page copies every row of a table as wide as the table, so an
    empty cell there is a blank value in its column wherever it stands (at a tab row's
    end an empty cell is layout otherwise: a label spanning two columns, a trailing
    tab). A row printing no value (a group's caption) ends the run.

    (The rows are this reader's own, made for this reading: they are marked in place.)"""
    names: tuple[str, ...] = ()
    line = 0
    for row in rows:
        texts = row.texts
        if texts[0] == _NAMES:
            names = texts if len(texts) >= _NAMED_CELLS else ()
        elif names and row.line == line + 1 and len(texts) == len(names) and texts[0]:
            if not prints_a_value(texts):
                names = ()
            elif "" in texts and all(
                name for text, name in zip(texts, names, strict=True) if not text
            ):
                row.aligned = True
        else:
            names = ()
        line = row.line


#: The fewest cells of a table-二 header whose rows are read by position: the label's
#: and two columns' (a row of one value has no other cell to be blank).
_NAMED_CELLS = 3


#: The names of table 三's first and last columns of counts, :data:`_COUNTS` apart.
_FIRST_APPLICANT = "自然人"
_TOTAL = "总计"
_COUNTS = 7


def _mark_rows_under_applicants(rows: tuple[Row, ...]) -> None:
    """Make aligned the rows of table 三 after a header line naming 自然人 and, six
    columns on, 总计 (its seven columns of counts) that are as wide as it, print their
    values in those columns only and an empty cell among them: a spreadsheet or a web
    page copies every row as wide as the table, so such an empty cell is a blank count
    (at a tab row's end, or after its label, an empty cell is layout otherwise: a label
    spanning two columns, a trailing tab). The run ends at a row of another width
    printing a value (the next table).

    (The rows are this reader's own, made for this reading: they are marked in place.)"""
    width = first = 0
    for row in rows:
        texts = row.texts
        if _FIRST_APPLICANT in texts and _TOTAL in texts:
            first = texts.index(_FIRST_APPLICANT)
            last = len(texts) - 1 - texts[::-1].index(_TOTAL)
            width = len(texts) if last - first == _COUNTS - 1 else 0
        elif width and len(texts) == width:
            counts = texts[first : first + _COUNTS]
            if (
                "" in counts
                and prints_a_value(counts)
                and not prints_a_value(texts[:first])
                and not any(texts[first + _COUNTS :])
            ):
                row.aligned = True
        elif width and prints_a_value(texts):
            width = 0


#: Table 四's columns, and the name its header lines give each group's last column.
_REVIEW_COLUMNS = 15
_RESULTS_TOTAL = "总计"


def _mark_review_values(rows: tuple[Row, ...]) -> None:
    """Make aligned table 四's row of values printing an empty cell, all its fifteen
    cells values or empty, on the line right after a header line of fifteen cells
    naming a 总计: a spreadsheet or a web page copies it as wide as the table, so an
    empty cell at either end is a blank value, not layout (the row was fourteen values
    for fifteen columns, left blank with a ``row_width`` warning).

    (The rows are this reader's own, made for this reading: they are marked in place.)"""
    header = 0  # (the line of the last header line of fifteen cells naming a 总计)
    for row in rows:
        texts = row.texts
        if len(texts) != _REVIEW_COLUMNS:
            continue
        if _RESULTS_TOTAL in texts:
            header = row.line
        elif (
            row.line == header + 1 and "" in texts and values_only(texts) and prints_a_value(texts)
        ):
            row.aligned = True

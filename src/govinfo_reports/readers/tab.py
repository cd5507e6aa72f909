"""Tab-delimited rows, as copied from Word or a web page (seeds 000, 002, 003)."""

from __future__ import annotations

from ..grid import ReadResult
from .base import rows_of_lines
from .delimited import DelimitedReader
from .line_cells import tab_or_pipe_cells


class TabReader(DelimitedReader):
    """One row per line, cells separated by tabs.

    A line without a tab but with a pipe is read as the pipe reader reads it: a table
    can change its delimiter part-way (rows copied from another source).
    """

    name = "tab"
    delimiter = "\t"

    def read(self, text: str) -> ReadResult:
        """Split every line on tabs (a line without one, on pipes)."""
        return rows_of_lines(text, _LINE_CELLS, tab_or_pipe_cells)


#: Each short line's cells (see :func:`.base.rows_of_lines`).
_LINE_CELLS: dict[str, tuple[str, ...]] = {}

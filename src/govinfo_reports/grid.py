"""The structure every reader produces: rows of cells with their source lines."""

from __future__ import annotations

from attrs import frozen

from .findings import Finding


@frozen
class Cell:
    """One cell's text as printed, with the 1-based source line and the column index."""

    text: str
    line: int
    column: int = 0


@frozen
class Row:
    """A row of cells.

    ``aligned`` is true when cell positions are trustworthy (an HTML table after span
    expansion): then an empty cell is a blank value wherever it stands. In text
    layouts, empty cells at the start or end of a row are layout (a label spanning two
    columns, a trailing delimiter) and only empties between values are blanks.
    """

    cells: tuple[Cell, ...]
    aligned: bool = False


@frozen
class Grid:
    """The rows a reader found, in reading order."""

    rows: tuple[Row, ...]


@frozen
class ReadResult:
    """What a reader returns: the grid and what it had to repair or skip."""

    grid: Grid
    findings: tuple[Finding, ...] = ()
    title_hint: str | None = None

"""The structure every reader produces: rows of cells with their source lines."""

from __future__ import annotations

from itertools import count
from operator import attrgetter, eq
from typing import Any, NamedTuple

from attrs import frozen

from .findings import Finding


class Cell(NamedTuple):
    """One cell's text as printed, with the 1-based source line and the column index."""

    text: str
    line: int
    column: int = 0


_cell_text = attrgetter("text")
_cell_line = attrgetter("line")
_cell_column = attrgetter("column")


class Row:
    """A row of cells.

    ``aligned`` is true when cell positions are trustworthy (an HTML table after span
    expansion): then an empty cell is a blank value wherever it stands. In text
    layouts, empty cells at the start or end of a row are layout (a label spanning two
    columns, a trailing delimiter) and only empties between values are blanks.

    Treat a row as immutable: the library never changes one, and rows compare and hash
    by value. Besides ``Row(cells)``, :meth:`Row.of_texts` builds a row whose cells all
    stand on one source line in columns 0, 1, 2, …, and :meth:`Row.of_columns` one from
    the cells' texts, lines and columns; both keep only those and make :attr:`cells`
    when asked (readers make thousands of rows, and the library itself reads
    :attr:`texts` and :attr:`lines`). Rows are not frozen by a
    ``__setattr__`` guard because that guard would double the cost of making one.
    """

    __slots__ = ("_cells", "_columns", "_lines", "aligned", "line", "texts")

    _cells: tuple[Cell, ...] | None
    #: The cells' texts, in order.
    texts: tuple[str, ...]
    aligned: bool
    #: The source line of the row's first cell (0 for a row without cells).
    line: int
    # Each cell's line and column; both None for a row on one line in columns 0, 1, 2, …
    _lines: tuple[int, ...] | None
    _columns: tuple[int, ...] | None

    def __init__(self, cells: tuple[Cell, ...], aligned: bool = False) -> None:
        cells = tuple(cells)
        self._cells = cells
        self.texts = tuple(map(_cell_text, cells))
        self.aligned = aligned
        self._place(tuple(map(_cell_line, cells)), tuple(map(_cell_column, cells)))

    @classmethod
    def of_texts(cls, texts: tuple[str, ...], line: int, aligned: bool = False) -> Row:
        """A row of cells ``Cell(texts[i], line, i)``, made without the cell objects."""
        row = cls.__new__(cls)
        row._cells = None
        row.texts = texts
        row.aligned = aligned
        row.line = line
        row._lines = None
        row._columns = None
        return row

    @classmethod
    def of_columns(
        cls,
        texts: tuple[str, ...],
        lines: tuple[int, ...],
        columns: tuple[int, ...],
        aligned: bool = False,
    ) -> Row:
        """A row of cells ``Cell(texts[i], lines[i], columns[i])``, made without the cell
        objects (the three tuples have one entry per cell)."""
        if not len(texts) == len(lines) == len(columns):
            raise ValueError("texts, lines and columns need one entry per cell")
        row = cls.__new__(cls)
        row._cells = None
        row.texts = texts
        row.aligned = aligned
        row._place(lines, columns)
        return row

    def _place(self, lines: tuple[int, ...], columns: tuple[int, ...]) -> None:
        """Set :attr:`line` and keep the cells' lines and columns unless they are simple."""
        line = lines[0] if lines else 0
        self.line = line
        simple = lines.count(line) == len(lines) and all(map(eq, columns, count()))
        self._lines = None if simple else lines
        self._columns = None if simple else columns

    @property
    def cells(self) -> tuple[Cell, ...]:
        """The cells, ``Cell(text, line, column)``."""
        cells = self._cells
        if cells is None:
            lines, columns = self._lines, self._columns
            if lines is not None and columns is not None:
                cells = tuple(map(Cell, self.texts, lines, columns))
            else:
                line = self.line
                cells = tuple([Cell(text, line, i) for i, text in enumerate(self.texts)])
            self._cells = cells
        return cells

    @property
    def lines(self) -> tuple[int, ...]:
        """Each cell's source line."""
        lines = self._lines
        return (self.line,) * len(self.texts) if lines is None else lines

    @property
    def columns(self) -> tuple[int, ...]:
        """Each cell's column index."""
        columns = self._columns
        return tuple(range(len(self.texts))) if columns is None else columns

    def line_of(self, index: int) -> int:
        """The source line of cell ``index``."""
        lines = self._lines
        return self.line if lines is None else lines[index]

    def column_of(self, index: int) -> int:
        """The column index of cell ``index``."""
        columns = self._columns
        return index if columns is None else columns[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Row):
            return NotImplemented
        return self.aligned == other.aligned and self.cells == other.cells

    def __hash__(self) -> int:
        return hash((self.cells, self.aligned))

    def __repr__(self) -> str:
        return f"Row(cells={self.cells!r}, aligned={self.aligned!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Row, (self.cells, self.aligned))


@frozen
class Grid:
    """The rows a reader found, in reading order."""

    rows: tuple[Row, ...]


@frozen
class ReadResult:
    """What a reader returns: the grid and what it had to repair or skip.

    ``title_hint`` and ``issuer_hint``: a title and a publishing body the source gives
    outside its text (an HTML page's ``<title>``, its ``<meta name="ContentSource">``),
    read when the text names none.
    """

    grid: Grid
    findings: tuple[Finding, ...] = ()
    title_hint: str | None = None
    issuer_hint: str | None = None

"""The printed form of a report, before any layout: lines of text and tables of cells.

A :class:`Document` is what every layout prints. Tables keep the official template's
shape (rowspan / colspan); a layout decides how spans and line breaks inside a cell
look in its own form. Cell text may hold ``\\n``: a cell printed over several lines.
"""

from __future__ import annotations

from typing import Literal

from attrs import frozen

#: What a piece of the document is: the title line, prose, a section heading, a table
#: header cell, a row label, or a value cell.
Role = Literal["title", "prose", "heading", "header", "label", "value"]


@frozen
class Cell:
    """One table cell. ``path`` is the canonical dotted path of a value cell (and of the
    header cell that names a money column), so transforms can find it."""

    text: str
    role: Role
    path: str | None = None
    rowspan: int = 1
    colspan: int = 1


@frozen
class Table:
    """Rows of cells as in HTML: a spanned position holds no cell of its own."""

    rows: tuple[tuple[Cell, ...], ...]
    width: int


@frozen
class Line:
    """A line of text outside the tables (title, prose, heading)."""

    text: str
    role: Role


Block = Line | Table


@frozen
class Document:
    """The blocks of a report in printed order."""

    blocks: tuple[Block, ...]


@frozen
class Slot:
    """One position of an expanded table: the cell that covers it and whether the
    position is the cell's top-left corner (its origin)."""

    cell: Cell
    origin: bool


def expand(table: Table) -> list[list[Slot | None]]:
    """The table as a rectangular grid (``None`` where the source left a hole)."""
    grid: list[list[Slot | None]] = []
    covered: dict[tuple[int, int], Cell] = {}
    for r, row in enumerate(table.rows):
        line: list[Slot | None] = [None] * table.width
        for (cr, cc), cell in list(covered.items()):
            if cr == r:
                line[cc] = Slot(cell, origin=False)
                del covered[(cr, cc)]
        column = 0
        for cell in row:
            while column < table.width and line[column] is not None:
                column += 1
            for dc in range(cell.colspan):
                if column + dc < table.width:
                    line[column + dc] = Slot(cell, origin=dc == 0)
                for dr in range(1, cell.rowspan):
                    covered[(r + dr, column + dc)] = cell
            column += cell.colspan
        grid.append(line)
    return grid

"""Text layouts: how a :class:`Document` looks when copied out of Word, PDF or a web page.

``tab``         a row per line, cells split by tabs, spanned positions left empty (seed 000)
``pipe``        a row per line, ``cell | cell |``, spanned positions left out
``markdown``    a Markdown table: ``| cell | cell |``, a ``| --- |`` rule under the first row
``pipe-cells``  a cell per line, ``cell |``, a ``||`` line after each row (seed 004)
``vertical``    a cell per line, indented by a tab, a blank line after each row (seed 001)

A cell printed over several lines (its text holds ``\\n``) continues on the next lines:
in the row layouts at the same column of extra rows, in the cell layouts on the lines
that follow it.
"""

from __future__ import annotations

from collections.abc import Callable

from .document import Cell, Document, Line, Table, expand


def _row_cells(table: Table, omit_spanned: bool) -> list[list[str]]:
    """Each row's cell texts: spanned positions as ``""`` or left out."""
    rows = []
    for grid_row in expand(table):
        texts = []
        for slot in grid_row:
            if slot is None:
                texts.append("")
            elif slot.origin:
                texts.append(slot.cell.text)
            elif not omit_spanned:
                texts.append("")
        rows.append(texts)
    return rows


def _print_lines(texts: list[str]) -> list[list[str]]:
    """A row whose cells run over several lines → one list of pieces per printed line."""
    pieces = [text.split("\n") for text in texts]
    height = max((len(p) for p in pieces), default=1)
    return [[p[k] if k < len(p) else "" for p in pieces] for k in range(height)]


def _rows_layout(
    join: Callable[[list[str]], str], omit_spanned: bool, rule_after_first: bool = False
) -> Callable[[Table], list[str]]:
    def table_lines(table: Table) -> list[str]:
        out: list[str] = []
        for index, texts in enumerate(_row_cells(table, omit_spanned)):
            out += [join(line) for line in _print_lines(texts)]
            if rule_after_first and index == 0:
                out.append(join(["---"] * len(texts)))
        return out

    return table_lines


def _pipe_cells(table: Table) -> list[str]:
    out: list[str] = []
    for grid_row in expand(table):
        for slot in grid_row:
            if slot is None or not slot.origin:
                continue
            *head, last = slot.cell.text.split("\n")
            out += head
            out.append(f"{last} |" if last else "|")
        out.append("||")
    return out


def _vertical(table: Table) -> list[str]:
    out: list[str] = []
    for grid_row in expand(table):
        for slot in grid_row:
            if slot is None or not slot.origin:
                continue
            out += _vertical_cell(slot.cell)
        out.append("")
    return out


def _vertical_cell(cell: Cell) -> list[str]:
    if not cell.text.strip():
        return ["\t" + cell.text.replace("\n", "")]  # one line of white space: an empty cell
    # inside a cell printed over lines, an empty piece is an empty line (a separator)
    return [f"\t{piece}" if piece.strip() else "" for piece in cell.text.split("\n")]


TABLE_LAYOUTS: dict[str, Callable[[Table], list[str]]] = {
    "tab": _rows_layout("\t".join, omit_spanned=False),
    "pipe": _rows_layout(lambda cells: " | ".join(cells) + " |", omit_spanned=True),
    "markdown": _rows_layout(
        lambda cells: "| " + " | ".join(cells) + " |", omit_spanned=False, rule_after_first=True
    ),
    "pipe-cells": _pipe_cells,
    "vertical": _vertical,
}


def format_text(document: Document, layout: str) -> str:
    """Print ``document`` in one of :data:`TABLE_LAYOUTS`."""
    table_lines = TABLE_LAYOUTS[layout]
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Line):
            out += [block.text, ""]
        else:
            out += [*table_lines(block), ""]
    return "\n".join(out)

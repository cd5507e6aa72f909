"""A data table's cells placed in a grid: rowspan and colspan expanded within limits,
hidden cells judged again in rows too wide, rows typed in one cell, spacer columns
dropped."""

from __future__ import annotations

from itertools import accumulate, islice
from operator import itemgetter
from typing import TYPE_CHECKING

from attrs import define

from ..cells import Kind, read_value
from ..findings import Finding, make
from ..grid import Row
from .html_base import (
    _BLANK,
    _SHOWN_CELL,
    LIMIT_CODE,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_SPAN,
    MAX_TABLE_CELLS,
    MERGED_CODE,
    _Element,
    _RawCell,
)
from .html_css import _cell_hiding, _hidden_finding

if TYPE_CHECKING:
    from .html import _Table

#: A cell placed on the grid: text, line, first column, columns spanned, and whether it
#: is carried down from a row above (then the same tuple stands in each row it covers).
_Placed = tuple[str, int, int, int, bool]

_text, _line_of, _column = itemgetter(0), itemgetter(1), itemgetter(2)

#: How a grid row is laid out (see :attr:`_Grid.plain`).
_MIXED, _PLAIN, _OWN_TEXT = 0, 1, 2


@define
class _Grid:
    rows: list[list[_Placed]]
    width: int
    used: bytearray  # per column: 1 if a cell with text starts in or spans over it
    #: Per row, bits: _PLAIN when each of its own cells is one column wide and no number
    #: is carried down into it from above (such a row is laid out as it stands), and
    #: _OWN_TEXT when one of its own cells holds text.
    plain: bytearray


@define
class _Budget:
    left: int = MAX_CELLS
    spent: bool = False


def _expand(table: _Table, budget: _Budget, findings: list[Finding]) -> _Grid:
    """Lay the cells out on a grid, linear in the positions covered (bounded by the budget)."""
    if table.page.lines:  # (a page with no cell of several lines has no such row)
        _rows_typed_in_one(table, findings)
    allowed = min(budget.left, MAX_TABLE_CELLS)
    left = allowed
    read = 0
    out: list[list[_Placed]] = []
    carry: dict[int, tuple[int, _Placed]] = {}  # column → (rows still covered, cell)
    width = 0
    used = bytearray(MAX_COLUMNS)
    dropped = table.dropped
    max_columns = MAX_COLUMNS
    overruns: list[tuple[_Placed, int]] = []  # rowspans cut short, and the row they stop at
    plains = bytearray()
    # The ids of the numbers carried down, for the rows' flags only: a row laid out again
    # (a rowspan cut) leaves the ids of its first layout's cells here, which new cells
    # may take; a cell taken for a number this way only sends its row the long way.
    numbers: set[int] = set()
    for raw_row in table.rows:
        at_row = (left, dropped)
        while True:
            row: list[_Placed] = []
            below: dict[int, tuple[int, _Placed]] = {}
            end = 0
            plain = _PLAIN
            if carry:
                shown: set[int] = set()
                for column, (rows_left, placed) in carry.items():
                    if id(placed) not in shown:
                        shown.add(id(placed))
                        row.append(placed)
                        if id(placed) in numbers:
                            plain = _MIXED  # (a number carried down is left blank)
                        if placed[2] + placed[3] > end:
                            end = placed[2] + placed[3]
                    if rows_left > 1:
                        below[column] = (rows_left - 1, placed)
                left -= len(carry)
            column = skipped = 0
            for text, line, colspan, rowspan in raw_row:
                while column in carry:
                    column += 1
                    skipped += 1
                span = colspan
                if column + span > max_columns:  # (small ints: no int object made per cell)
                    if column >= max_columns:
                        dropped += 1
                        continue
                    span = max_columns - column
                row.append((text, line, column, span, False))
                if span == 1:
                    if text:
                        used[column] = 1
                        plain |= _OWN_TEXT
                else:
                    plain = _MIXED
                    if text:
                        used[column : column + span] = b"\x01" * span
                if rowspan > 1:
                    carried = (text, line, column, span, True)
                    if text and _reads_as_number(text):
                        numbers.add(id(carried))
                    for covered in range(column, column + span):
                        below.setdefault(covered, (rowspan - 1, carried))
                column += span
            left -= column - skipped  # the columns the row's own cells cover
            if (
                column > width
                and read >= _SETTLED_ROWS
                and table.firsts
                and (first := table.firsts.pop(id(raw_row), None)) is not None
                and (judged := _rejudged(table, raw_row, first, findings)) is not None
            ):
                raw_row = judged  # a cell hidden by its style: lay the row out without it
                left, dropped = at_row
                continue
            if (
                column > width  # (wider than the rows above: rare, so checked here)
                and carry
                and read >= _SETTLED_ROWS
                and (cut := _cut_overrun(carry, raw_row, width, overruns, read)) is not carry
            ):
                carry = cut  # a rowspan too long: lay the row out again without it
                left, dropped = at_row
                # (the marks the first layout left in ``used`` stay: it can only keep a
                # spacer column, and recounting them for every such row is quadratic)
                continue
            break
        if left < 0:
            used = _used_columns(out)  # this row is not read: its marks go
            break
        read += 1
        if carry:
            row.sort(key=_column)  # stable: cells carried down come first in a tie
        if end > column:
            column = end
        if column > width:
            width = column
        out.append(row)
        plains.append(plain)
        carry = below
    budget.left -= allowed - max(left, 0)
    for placed, stop in overruns:
        findings.append(
            make(
                "repaired_cell",
                f"table at line {table.line}: the cell {placed[0]!r} spans more rows than "
                f"its group has (rowspan too long): carried into row {stop + 1} it would push "
                f"that row's cells past the table's {width} columns; read as ending above it",
                line=placed[1],
            )
        )
    if read < len(table.rows):
        if budget.left <= 0:
            budget.spent = True
        findings.append(
            make(
                LIMIT_CODE,
                f"table at line {table.line}: more than {allowed} cells after expanding its "
                f"spans; only its first {read} of {len(table.rows)} rows were read",
                line=table.line,
            )
        )
    if table.images:
        findings.append(_images_finding(table))
    if table.clamped:
        findings.append(
            make(
                LIMIT_CODE,
                f"table at line {table.line}: {table.clamped} cell(s) span more than "
                f"{MAX_SPAN} rows or columns; read as {MAX_SPAN}",
                line=table.line,
            )
        )
    if dropped:
        findings.append(
            make(
                LIMIT_CODE,
                f"table at line {table.line}: {dropped} cell(s) beyond column {MAX_COLUMNS} "
                "not read",
                line=table.line,
            )
        )
    del used[width:]  # pages can hold thousands of small tables
    return _Grid(out, width, used, plains)


def _rejudged(
    table: _Table, raw_row: list[_RawCell], first: _Element, findings: list[Finding]
) -> list[_RawCell] | None:
    """``raw_row`` with its cells' styles and classes judged (only a table's first rows'
    are, to spare Word's long styles: see ``_STYLED_ROWS``), when it comes out wider than
    the rows above: without the cells hidden by ``display: none`` and with those hidden by
    ``visibility: hidden`` blank, each reported; None if none is hidden, or if its cells
    are not the sibling cells from ``first`` on."""
    elements: list[_Element] = []
    element: _Element | None = first
    while element is not None:
        if element.tag == "td" or element.tag == "th":
            elements.append(element)
        element = element.getnext()
    if len(elements) != len(raw_row):
        return None
    page = table.page
    judged: list[_RawCell] = []
    for cell, element in zip(raw_row, elements, strict=True):
        names = element.keys()
        hiding = _cell_hiding(element, names, page) if names else _SHOWN_CELL
        if hiding == _SHOWN_CELL:
            judged.append(cell)
            continue
        if cell[0]:
            findings.append(_hidden_finding(cell[0], cell[1] or table.line, hiding))
        if hiding == _BLANK:
            judged.append(("", cell[1], cell[2], cell[3]))
    return judged if len(judged) < len(raw_row) or judged != raw_row else None


def _rows_typed_in_one(table: _Table, findings: list[Finding]) -> None:
    """Split the rows of ``table`` that print several rows in one (Enter pressed in each
    cell instead of adding rows): every cell of the row has the same number of lines, the
    first cell's lines are labels and the others' numbers, and no cell of it spans rows.
    Each such row becomes as many rows, reported; a cell above spanning down over it (a
    group's label) spans them all."""
    lines_of = table.page.lines
    splits: dict[int, list[list[_RawCell]]] = {}
    for index, row in enumerate(table.rows):
        if (
            len(row) >= 2
            and (first := lines_of.get(row[0][0])) is not None
            and (split := _rows_of_lines(row, first, lines_of)) is not None
        ):
            splits[index] = split
    if not splits:
        return
    rows: list[list[_RawCell]] = []
    # cells spanning rows: their row in ``rows``, their place in it, the last row of
    # ``table.rows`` they cover
    spanning: list[tuple[int, int, int]] = []
    for index, row in enumerate(table.rows):
        split = splits.get(index)
        if split is None:
            for place, cell in enumerate(row):
                if cell[3] > 1:
                    spanning.append((len(rows), place, index + cell[3] - 1))
            rows.append(row)
            continue
        spanning = [span for span in spanning if span[2] >= index]  # (still open)
        for at, place, _ in spanning:
            text, line, colspan, rowspan = rows[at][place]
            rows[at][place] = (text, line, colspan, rowspan + len(split) - 1)
        rows.extend(split)
        findings.append(
            make(
                "repaired_cell",
                f"table at line {table.line}: a row prints {len(split)} rows in one, each "
                f"cell's lines parted by line breaks or paragraphs ({row[0][0]!r}); read as "
                f"{len(split)} rows",
                line=row[0][1],
                severity="info",
            )
        )
    table.rows = rows


def _rows_of_lines(
    row: list[_RawCell], labels: list[str], lines_of: dict[str, list[str]]
) -> list[list[_RawCell]] | None:
    """The rows ``row`` prints, one per line of its first cell (``labels``), if every
    other cell has as many lines and each reads as a number; else None."""
    count = len(labels)
    if row[0][3] != 1 or any(map(_reads_as_number, labels)):
        return None
    columns = [labels]
    for text, _, _, rowspan in islice(row, 1, None):
        lines = lines_of.get(text)
        if lines is None or len(lines) != count or rowspan != 1:
            return None
        if not all(map(_reads_as_number, lines)):
            return None
        columns.append(lines)
    return [
        [
            (lines[at], line, colspan, 1)
            for lines, (_, line, colspan, _) in zip(columns, row, strict=True)
        ]
        for at in range(count)
    ]


#: Rows laid out before a table's width is trusted to tell a rowspan too long.
_SETTLED_ROWS = 3


def _cut_overrun(
    carry: dict[int, tuple[int, _Placed]],
    raw_row: list[_RawCell],
    width: int,
    overruns: list[tuple[_Placed, int]],
    index: int,
) -> dict[int, tuple[int, _Placed]]:
    """``carry`` without the text cells carried down that push the row's cells (up to its
    last with text) past the table's ``width``: a label whose rowspan outlasts its group
    (an editor deleted a row), which would stand between the next group's labels and
    values. Those ending soonest go first; if no cut makes the row fit, none is made.
    """
    own = end = 0
    for text, _, colspan, _ in raw_row:
        own += colspan
        if text:
            end = own
    covered = len(carry)
    if covered + end <= width:
        return carry
    cells = {id(placed): (rows_left, placed) for rows_left, placed in carry.values()}
    cut: list[_Placed] = []
    for _, placed in sorted(cells.values(), key=lambda item: (item[0], -item[1][2])):
        if not placed[0] or _reads_as_number(placed[0]):
            continue  # (a number carried down is left blank anyway)
        cut.append(placed)
        covered -= placed[3]
        if covered + end <= width:
            overruns.extend((placed, index) for placed in cut)
            return {column: value for column, value in carry.items() if value[1] not in cut}
    return carry


def _images_finding(table: _Table) -> Finding:
    """A cell showing only an image is read blank; what the picture prints is not read."""
    lines = ", ".join(map(str, table.images[:5])) + (" …" if len(table.images) > 5 else "")
    return make(
        "unreadable_cell",
        f"table at line {table.line}: {len(table.images)} cell(s) show only an image, a "
        f"drawing or a formula (line {lines}); read as blank: a value or row printed as a "
        "picture is not read",
        line=table.images[0],
    )


def _reads_as_number(text: str) -> bool:
    """Whether a cell's text reads as a count or an amount (a number carried down a
    rowspan or spread over columns is read once, not copied)."""
    return read_value(text).kind in (Kind.NUMBER, Kind.MONEY)


def _parted(previous: list[_Placed], placed: _Placed) -> bool:
    """Whether a cell of the row above starts inside the columns ``placed`` spans (after
    its first) and the cell is a number: a number merged over several headed columns."""
    start, end = placed[2], placed[2] + placed[3]
    if not any(start < other[2] < end for other in previous):
        return False
    return _reads_as_number(placed[0])


def _used_columns(rows: list[list[_Placed]]) -> bytearray:
    used = bytearray(MAX_COLUMNS)
    for row in rows:
        for text, _, start, span, carried in row:
            if text and not carried:
                used[start : start + span] = b"\x01" * span
    return used


def _spacer_masks(entries: list[Row | _Table], grids: dict[int, _Grid]) -> dict[int, list[int]]:
    """Per table, the new index of each column (prefix sums over non-spacer columns).

    A spacer column is empty in every row of every table in a run of consecutive
    tables of the same width: the run is one table split over pages, so a column that
    is blank only in the continuation is not a spacer. A table whose width differs but
    whose columns from its first to its last holding text are as many as the run's
    first table's joins the run too, aligned on those (a continuation with an empty
    cell before or after each row: converted pages' grids). A table alone in its run
    with one row holding text gives no sign of a spacer between its cells: those are
    blank values (table 四's row of values cut off from its header, in a table of
    another width).
    """
    masks: dict[int, list[int]] = {}
    run: list[tuple[int, int]] = []  # the tables' indexes, and their columns' shift
    core = (0, 0)
    for index in [*sorted(grids), -1]:
        shift = 0
        if run and index != -1 and grids[index].width != grids[run[0][0]].width:
            lead, columns = _text_columns(grids[index])
            shift = lead - core[0] if columns and columns == core[1] else -1
        if run and (index == -1 or shift < 0):
            head = grids[run[0][0]]
            width = head.width
            used = head.used[:]
            if len(run) == 1 and _one_row_of_text(head):
                first, last = used.find(1), used.rfind(1)
                used[first:last] = b"\x01" * (last - first)
            for member, moved in run[1:]:
                other = grids[member].used
                for column in range(max(0, -moved), min(width, len(other) - moved)):
                    used[column] |= other[column + moved]
            prefix = list(accumulate(used, initial=0))
            for member, moved in run:
                if moved or grids[member].width != width:
                    keep = bytearray(grids[member].width)
                    for column in range(max(0, moved), min(len(keep), width + moved)):
                        keep[column] = used[column - moved]
                    masks[member] = list(accumulate(keep, initial=0))
                else:
                    masks[member] = prefix
            run = []
            shift = 0
        if index != -1:
            if not run:
                core = _text_columns(grids[index])
            run.append((index, shift))
    return masks


def _text_columns(grid: _Grid) -> tuple[int, int]:
    """The first column of ``grid`` holding text, and how many columns from it to the
    last holding text (0 if none does)."""
    first = grid.used.find(1)
    return (first, grid.used.rfind(1) - first + 1) if first >= 0 else (0, 0)


def _one_row_of_text(grid: _Grid) -> bool:
    """Whether one row of ``grid`` holds text of its own (cells carried down aside)."""
    found = 0
    for row in grid.rows:
        for text, _, _, _, carried in row:
            if text and not carried:
                found += 1
                if found > 1:
                    return False
                break
    return found == 1


def _grid_rows(grid: _Grid, prefix: list[int], findings: list[Finding]) -> list[Row]:
    rows: list[Row] = []
    merged: dict[int, tuple[_Placed, int]] = {}
    numbers: dict[int, bool] = {}  # per cell carried down: is it a number
    spread: list[_Placed] = []  # numbers spanning columns that the row above parts
    above: list[_Placed] = []
    # without spacer columns, a plain row's cells are its row's as they stand
    no_spacers = prefix[grid.width] == grid.width
    for row, plain in zip(grid.rows, grid.plain, strict=True):
        previous, above = above, row
        if plain & _PLAIN and no_spacers:
            if plain & _OWN_TEXT:  # (else a spacer row, or one of labels carried down)
                texts_of_row = tuple(map(_text, row))
                rows.append(
                    Row.of_columns(
                        texts_of_row, tuple(map(_line_of, row)), tuple(map(_column, row)), True
                    )
                )
            continue
        for placed in row:
            if placed[0] and not placed[4]:
                break
        else:
            continue  # a spacer row, or one holding only labels carried down from above
        texts: list[str] = []
        lines: list[int] = []
        columns: list[int] = []
        for placed in row:
            text, line, start, span, carried = placed
            if not text:
                if prefix[start + span] == prefix[start]:
                    continue  # an empty cell in spacer columns only
            elif carried:
                key = id(placed)
                number = numbers.get(key)
                if number is None:
                    number = numbers[key] = _reads_as_number(text)
                if number:
                    seen = merged.get(key)
                    merged[key] = (placed, (seen[1] if seen else 1) + 1)
                    text = ""
            elif span > 1 and (text[0].isdigit() or text[0] in "-+.") and _parted(previous, placed):
                # (rare: checked only for a cell spanning columns that starts like a number)
                spread.append(placed)
                texts.append(text)
                lines.append(line)
                columns.append(prefix[start])
                for column in range(start + 1, start + span):
                    if prefix[column + 1] != prefix[column]:  # (not a spacer column)
                        texts.append("")
                        lines.append(line)
                        columns.append(prefix[column])
                continue
            texts.append(text)
            lines.append(line)
            columns.append(prefix[start])
        rows.append(Row.of_columns(tuple(texts), tuple(lines), tuple(columns), aligned=True))
    for placed in spread:
        findings.append(
            make(
                MERGED_CODE,
                f"the number {placed[0]!r} spans {placed[3]} columns of a table that the row "
                "above heads separately; it is read for the first of them only and the others "
                "are left blank",
                line=placed[1],
                severity="info",
            )
        )
    for placed, count in merged.values():
        findings.append(
            make(
                MERGED_CODE,
                f"the number {placed[0]!r} spans {count} rows of a table; it is read for "
                f"the first row only and the {count - 1} row(s) below are left blank",
                line=placed[1],
                severity="info",
            )
        )
    return rows

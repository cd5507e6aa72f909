"""Rows printed as wide as their table, read again by position.

Text copied from a spreadsheet or a web page (tab text, mostly) prints every row of a
table as wide as the table, so a row whose first or last value is blank prints an
empty cell there (``规章\\t\\t1\\t9``, ``…\\t0\\t2\\t``). But an empty cell at either
end of a text row's values is also how a label spanning two columns or a trailing tab
prints, and the mapping takes it for layout: such a row comes out a value short, with
a ``row_width`` warning. Telling the two apart means looking at the rows around it, which
costs too much to do for every row of every text; it is done only for the rows a
table's reading found short (:func:`rows_read_by_position`), and the table is read again
with them (see ``_api``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from operator import attrgetter

from ..cells import EMPTY_KIND, TEXT_KIND, memo_value, read_value
from ..findings import Finding
from ..grid import Row

#: How many rows on either side of a short row are looked at for the table's columns.
_AROUND = 3


def rows_read_by_position(rows: Sequence[Row], findings: Sequence[Finding]) -> list[Row] | None:
    """``rows`` (a table's) with each row its reading found a value short (a
    ``row_width`` warning of ``findings`` on its line says so) read by position, where
    the rows around it show that it is printed as wide as the table: ``None`` where none
    is.

    A row is read so when rows within :data:`_AROUND` of it as wide as it (as many
    cells) print values, or header text, in columns that span its values and an empty
    cell at its values' start or end (see :func:`_span`), that span as wide as the row
    should be: that empty cell is a blank value in its column. The row is made aligned
    with its label's cells and the cells of that span only, so that its other empty
    cells (the label's span, the table's spare width) are layout as before. Where the
    rows around it print nothing in the empty cell's column (a label spanning two
    columns in every row, a trailing tab in every row), or it is not as wide as them,
    or the row above or below it was given another finding, it is left as it is. Rows
    found short one after the other are each read so by the rows around them not found
    short (two rows with a blank end cell, ``…\t1\t`` above ``…\t\t0…``), but a run
    of more than :data:`_AROUND` of them, every row found short, is a table printed so."""
    numbered = set(map(_LINE, findings))
    numbered.discard(None)
    if not numbered:
        return None  # (no finding names a line: no row was found short)
    lines = sorted(numbered)
    if len(lines) > _AROUND and lines[-1] - lines[0] == len(lines) - 1:
        # (rows found short one after the other, all of them, more than a few: a table
        # printed so, told in C)
        return None
    warned = {finding.line: finding for finding in findings if finding.code == "row_width"}
    short: dict[int, int] = {}  # (each short row's line, and how many values it should have)
    for line, finding in warned.items():
        counts = _counts(finding.message)
        if line and finding.severity == "warning" and counts and counts[0] < counts[1]:
            short[line] = counts[1]
    # (a row next to a row found short too is read so, each by the rows printing every
    # value around them: a row as wide as those that lost a cell would be a cell short)
    wrong = numbered.difference(short)
    short = {line: count for line, count in short.items() if not {line - 1, line + 1} & wrong}
    if not short:
        return None
    replaced: list[Row] | None = None
    for index in _ending_empty(rows, short):
        count = short[rows[index].line]
        wide = _by_position(rows, index, numbered, wrong, count)
        if wide is None:
            wide = _unpadded(rows, index, numbered, count)
        if wide is not None:
            if replaced is None:
                replaced = list(rows)
            replaced[index] = wide
    return replaced


_LINE = attrgetter("line")


def _counts(message: str) -> tuple[int, int] | None:
    """How many values a ``row_width`` warning's message says its row printed, and for
    how many columns (``6 values for 7 columns``); ``None`` where it says neither. (Found
    by a few scans in C: slicing a long message costs more.)"""
    at = message.find(_VALUES_FOR)
    if at < 0:
        return None
    printed = message[message.rfind(" ", 0, at) + 1 : at]
    after = at + len(_VALUES_FOR)
    width = message[after : message.find(" ", after)]
    if not printed.isdigit() or not width.isdigit():
        return None
    return int(printed), int(width)


_VALUES_FOR = " values for "


def _ending_empty(rows: Sequence[Row], lines: Mapping[int, int]) -> list[int]:
    """The indexes of the rows on ``lines`` (not aligned, three cells or more) with an
    empty cell at either end of their values: at the row's end, after its first printed
    cell, or before its first value where it prints no label (table 四's row). Cheap
    tests on the texts alone, before any cell is read: most rows found short lost a cell
    and print no empty cell there."""
    found: list[int] = []
    for index, row in enumerate(rows):
        if row.line not in lines or row.aligned:
            continue
        texts = row.texts
        if len(texts) < 3:
            continue
        if not texts[-1]:
            found.append(index)
            continue
        empties = texts.count("")
        if not empties:
            continue
        if empties <= 2 and not texts[0] and not texts[empties - 1]:
            # the empty cells lead the row (a label's span): a blank only before a row of
            # values printing no label (a label is not read here: a long one is not
            # memoised, and costs a reading each)
            lead = texts[empties]
            if lead[:1].isdigit() and lead[-1:].isdigit():
                found.append(index)
            continue
        found.append(index)
    return found


def _kinds(texts: Sequence[str]) -> list[object]:
    """Each cell's kind (``cells.read_value``, memoised for the common cells)."""
    return [(memo_value(text) or read_value(text)).kind for text in texts]


def _valued(kinds: list[object]) -> list[int]:
    """The indexes of the cells printing a value (a number, money, a blank's mark)."""
    return [at for at, kind in enumerate(kinds) if kind is not TEXT_KIND and kind is not EMPTY_KIND]


def _by_position(
    rows: Sequence[Row],
    index: int,
    warned: Collection[int | None],
    wrong: Collection[int | None],
    count: int,
) -> Row | None:
    """Row ``rows[index]`` read by position as ``count`` values
    (:func:`rows_read_by_position`), or ``None``; ``warned``: the lines of the rows
    given a finding (found short, too wide or wrong), ``wrong``: those of them not found
    a value short."""
    row = rows[index]
    texts = row.texts
    width = len(texts)
    before = [near for near in rows[max(0, index - _AROUND) : index] if len(near.texts) == width]
    after = [near for near in rows[index + 1 : index + 1 + _AROUND] if len(near.texts) == width]
    if (before and before[-1].line in wrong) or (after and after[0].line in wrong):
        return None  # (a row next to it found wrong: not a table's run of rows)
    if not any(len(near.texts) == width for near in rows[max(0, index - 1) : index + 2 : 2]):
        return None  # (the rows next to it are of other widths: a row standing apart)
    kinds = _kinds(texts)
    values = _valued(kinds)
    if not values:
        return None
    first, last = values[0], values[-1]
    labels = [at for at, kind in enumerate(kinds) if kind is TEXT_KIND]
    if any(at > first for at in labels):
        return None  # (text among or after the values: no row of values and blanks)
    label = labels[-1] if labels else -1
    span = _span([*before, *after], label, width, warned)
    if span is None:
        return None
    start, end = span
    if end - start + 1 != count or not label < start <= first or not last <= end < width:
        return None
    if texts[start] and texts[end]:
        return None  # (no empty cell at either end of its values: nothing to place)
    kept = [at for at in range(start) if texts[at]] + list(range(start, end + 1))
    return Row.of_columns(
        tuple([texts[at] for at in kept]),
        tuple([row.line_of(at) for at in kept]),
        tuple([row.column_of(at) for at in kept]),
        aligned=True,
    )


def _unpadded(
    rows: Sequence[Row], index: int, warned: Collection[int | None], count: int
) -> Row | None:
    """Row ``rows[index]`` read as its label cells and ``count`` values after them, the
    empty ones blank, where the rows around it print no empty cell at all (text that
    prints no cell for a span, as a browser copies a table: rows of two label cells
    and rows of one, each as wide as its labels and values) but as blank values, at
    least :data:`_SUPPORT` of them its labels and ``count`` values; else ``None``.
    (Where a table pads spans with empty cells, an empty cell between a row's labels
    and its values is the label's span, and such a row lost a cell.) ``warned``: the
    lines of the rows given a finding."""
    row = rows[index]
    texts = row.texts
    kinds = _kinds(texts)
    labels = _leading_labels(kinds)
    if not labels or len(texts) - labels != count or TEXT_KIND in kinds[labels:]:
        return None
    support = 0
    for near in [*rows[max(0, index - _AROUND) : index], *rows[index + 1 : index + 1 + _AROUND]]:
        near_texts = near.texts
        if near.aligned or near.line in warned or len(near_texts) < 2:
            continue
        near_kinds = _kinds(near_texts)
        near_labels = _leading_labels(near_kinds)
        if near_labels and len(near_texts) - near_labels == count:
            if TEXT_KIND not in near_kinds[near_labels:]:
                support += 1
        elif "" in near_texts and _valued(near_kinds):
            return None  # (a table padding its spans: an empty cell is no blank here)
    if support < _SUPPORT:
        return None
    return Row.of_columns(
        texts,
        tuple([row.line_of(at) for at in range(len(texts))]),
        tuple([row.column_of(at) for at in range(len(texts))]),
        aligned=True,
    )


def _leading_labels(kinds: list[object]) -> int:
    """How many cells of text lead a row (its label's cells)."""
    count = 0
    for kind in kinds:
        if kind is not TEXT_KIND:
            break
        count += 1
    return count


def _span(
    near: list[Row], label: int, width: int, warned: Collection[int | None]
) -> tuple[int, int] | None:
    """The first and last column, after column ``label``, where the rows ``near`` (as
    wide as the row, ``width`` cells) print a value (rows printing one, not found short
    themselves) or text (a header's rows); ``None`` where fewer than :data:`_SUPPORT` of
    them do."""
    start: int | None = None
    end = -1
    rows = 0
    for row in near:
        texts = row.texts
        if row.aligned or row.line in warned:
            continue
        filled = _valued(_kinds(texts))
        if not filled:
            filled = [at for at in range(label + 1, width) if texts[at]]
            if not filled:
                continue
        start = filled[0] if start is None else min(start, filled[0])
        end = max(end, filled[-1])
        rows += 1
    if start is None or start <= label or rows < _SUPPORT:
        return None
    return start, end


#: The fewest rows around a row that tell its table's columns (one alone may be another
#: group's, printed without the table's trailing empty cell).
_SUPPORT = 2

"""Collecting each labelled row's values from a stream of cells.

Row boundaries in extracted text are unreliable (cells on their own lines, rows with
a cell missing, labels broken over lines), so rows are found by their labels: every
value after a label belongs to that label's row until the next label. Once a row has
all its values, text that names no row starts a row of its own (a local row such as
行政确认, kept apart in :attr:`Collected.unknown`), so its values never widen the row
before it; so does such text after a row short of values when values follow it on its
line (a page's running head and its page number) or it heads the table's next group
(a caption, a header), which closes that row. A reader's own rows still matter for
blanks: in a multi-cell text row, empty cells at either end are layout and only those
between values are blanks; in an aligned row (HTML, or a run of pipe rows printing a
cell for each of the table's cells) every cell keeps its place; a
one-cell row that is empty is a blank cell. In a row printed one cell per line, text
among the values that looks like a value (``6人``, ``无``) is an unreadable cell and
keeps its place, so the values after it do not shift; other text there (a page footer)
is not a cell. A money unit alone on the line after an amount is that amount's unit.
Where the table knows its rows' printed labels (:class:`LabelPieces`), text after a
whole label that begins another row's label starts that row, even when the piece names
no row yet (``政府`` | values, then ``集中采购``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import TypeVar

from attrs import define, evolve, field, frozen

from ..cells import (
    EMPTY_KIND,
    MONEY_KIND,
    NUMBER_KIND,
    TEXT_KIND,
    WRAPPED_NUMBER,
    Value,
    label_within,
    memo_label,
    memo_value,
    normalize_label,
    read_value,
    with_unit,
)
from ..findings import Finding, make
from ..grid import Row
from ..labels import LONGEST_LABEL, MONEY_UNIT_WORDS, describe
from ..model import Template

Key = tuple[str, ...]
#: A value with the source line of its cell (the value's ``raw`` is the cell's text).
Located = tuple[Value, int]


@define
class RawRow:
    """The values found after one row label, in order, and their cells' source lines.

    Two parallel lists rather than one of ``(value, line)`` pairs: a pair per cell
    added about a tenth to a seed report's peak memory.
    """

    key: Key
    line: int
    width: int
    values: list[Value] = field(factory=list)
    lines: list[int] = field(factory=list)
    #: True once something followed the row (another label, the next table): a row cut
    #: off by the end of the input is not closed, and is never repaired.
    closed: bool = False
    #: The printed label: the text that named the row, with the pieces that went on
    #: (a label broken over lines); for a row the template does not have, its label.
    label: str | None = None
    #: Whether some of the values came on one line with others (a row printed on a line).
    on_one_line: bool = False
    #: A label printed in two pieces, the first with the values (``政府 | 57 | 3518``,
    #: then ``集中采购``): the two pieces, for the finding that says so.
    pieces: tuple[str, str] | None = None
    #: Indexes of the values that stood alone on a line after such a row's values: a
    #: cell wrapped onto the next line, or a page number (reported by ``fit_row``).
    #: ``None`` while there is none (no list per row: peak memory).
    lone: list[int] | None = None
    #: Where the row's label was printed again once the row had values (a page break
    #: repeating the row, or a copy of the table): the line, and how many values the row
    #: had then. ``None`` while it is not.
    again: tuple[int, int] | None = None
    #: The first text among the row's values that was not taken for a cell (a page's
    #: running head or footer): the index of the value after it, the text and its line.
    furniture: tuple[int, str, int] | None = None
    #: Empty cells printed a line each after the row had all its values (the ``|`` or
    #: tab-only line some layouts print after every row; see :func:`_bars_are_no_cells`).
    bars: int = 0
    #: The line of the last piece of text that went on after the label on lines of its
    #: own before any value (a label broken over lines); ``None`` while there is none.
    label_end: int | None = None
    #: The line of the values read for this row that stood on a line of their own above
    #: its label (see :func:`_values_above_their_labels`); ``None`` for most rows.
    above: int | None = None
    #: The line of the text that closed the row (the next row's label, a group's), when
    #: that text closed it: in a text printing a cell a paragraph, the empty lines
    #: before it tell blank cells at the row's end.
    end: int | None = None
    #: The last text after the label, before any value: a piece of the label, or the
    #: row's value in words (无, 共1204件, 一千二百零四), reported where the row gets no
    #: value (``fit_row``). ``None`` for most rows.
    unread: str | None = None


@define
class Collected:
    """Every labelled row found, plus values that stood under no label."""

    rows: dict[Key, RawRow] = field(factory=dict)
    orphans: list[Located] = field(factory=list)
    #: Rows whose label the template does not know, found after a complete row (a local
    #: row such as 行政确认): their values are kept here, not added to the row before.
    unknown: list[RawRow] = field(factory=list)
    #: Row numbers (a 序号 column) printed before row labels on their lines: not values.
    row_numbers: list[Located] = field(factory=list)
    #: The line where the table's first row was named again after other rows had
    #: values: the table starts over (printed twice, or a second report's).
    restart: int | None = None
    #: Rows printed twice in a row with the same values (a page break repeating the row):
    #: each read once, with the line of its copy.
    repeated: list[tuple[RawRow, int]] = field(factory=list)
    #: Rows whose last cells are blank only by empty lines, in a layout printing empty
    #: lines after its rows (not after each alike): a value may be missing.
    bar_filled: list[RawRow] = field(factory=list)
    #: Rows short of values closed by text naming no row with values on its line (a
    #: page's running head and its number), with the text's line and the text.
    heads: list[tuple[RawRow, int, str]] = field(factory=list)
    #: Those rows that went on after the head: the row, the head's text and the number
    #: on its line (not read).
    went_on: list[tuple[RawRow, str, Value]] = field(factory=list)
    #: Whether a row had an empty cell printed a line of its own after all its values.
    bars: bool = False
    #: Whether a row was named again after it had values (see :attr:`RawRow.again`).
    named_again: bool = False
    #: Whether a line of values with no label on it came after a row that had all its
    #: values on its label's line (see :func:`_values_above_their_labels`).
    overfull: bool = False
    #: The lines holding values and no text (lines of several cells).
    bare: set[int] = field(factory=set)


#: Classifies a normalised text cell: a row key, ``()`` for "a label that closes the
#: current row without opening one" (a group heading), or ``None`` for other text. Text
#: normalised to more than :data:`~govinfo_reports.labels.LONGEST_LABEL` characters is
#: not offered: it names no row.
Classifier = Callable[[str], "Key | None"]


@frozen
class LabelPieces:
    """What a table knows of its rows' printed labels, to tell the pieces of a label
    broken over lines apart (table 二, whose labels the templates print in full).

    ``whole(key, label)``: the normalised text holds the row's whole printed label.
    ``head(key, text)``: the normalised text begins the printed label of another row.
    ``join(label, text)``: the row whose printed label ends in the normalised ``text``
    and begins at the end of the normalised ``label`` (``政府`` + ``集中采购``); ``None``
    when there is none or ``text`` is a whole label on its own.
    ``ends(text)``: whether the normalised text ends some row's printed label and is no
    whole label (what ``join`` needs of ``text``, asked first as it costs less).
    """

    whole: Callable[[Key, str], bool]
    head: Callable[[Key, str], bool]
    join: Callable[[str, str], Key | None]
    ends: Callable[[str], bool]


def collect_rows(
    rows: Sequence[Row],
    classify: Classifier,
    width_of: Callable[[Key], int],
    closed_at_end: bool = True,
    holds_money: Callable[[Key, int], bool] | None = None,
    pieces: LabelPieces | None = None,
    group_head: Callable[[str], bool] | None = None,
    values_first: bool = False,
) -> Collected:
    """Walk the rows in order and attach values to the labelled row they follow.

    ``closed_at_end`` says whether the table ended normally (something followed it)
    rather than with the end of the input. ``holds_money(key, index)`` says whether a
    row's cell is an amount of money: a unit alone on the line after such a cell
    (``205304.6725`` / ``万元``, a cell wrapped in a narrow column) is that cell's unit.
    With ``pieces``, a label broken after a few characters whose first piece names no
    row is told from the end of the label before it (see :func:`_another_label`), and
    its two pieces are joined (see :func:`_joined`). ``group_head(label)`` says whether
    text naming no row heads a group of the table (its caption or its header): such text
    ends a row short of values, so what follows it is not that row's (a page number).
    ``values_first``: a row's values start right after its label, its label taking one
    column (table 二); an aligned row of a grid wider than the row then has its spare
    empty cells after its values, and a blank first value stays (``行政事业性收费 |  |
    4542 |  |``). Else (table 三, whose labels span up to three columns) the empty cells
    after a label are the label's columns first.
    """
    found = Collected()
    current: RawRow | None = None
    # Text naming no row, seen after a complete row (which it closed): the label of a row
    # the template does not have, or a header or a note. Its row is made when a value
    # follows (headers and notes, the common case, never make one).
    unknown: tuple[str, int] | None = None
    text_kind = TEXT_KIND  # (locals: the loop below tests every cell)
    empty_kind = EMPTY_KIND
    orphans = found.orphans
    # A word such as 无 right after a row label, with its line: the row's first cell if a
    # value follows it, else a piece of the label (a header printed a character a line).
    held: tuple[Value, int] | None = None
    # A 序号 column printed a cell per line: whether its header cell was seen, the number
    # the next row must have, and the value of the line before (that row's number when a
    # row's label follows it and it counts on from the last one).
    numbered = False
    next_number = 1
    last_value: Value | None = None
    # A change's word alone on its line among a row's values (增 / 减), with its line: the
    # sign of the count on the next line.
    sign: tuple[str, int] | None = None
    for row in rows:
        texts = row.texts
        before, last_value = last_value, None
        if len(texts) == 1:
            # one cell: a label, a value, or a fragment (a header piece, a broken label)
            text = texts[0]
            value = memo_value(text) or read_value(text)
            kind = value.kind
            if sign is not None:
                if kind is NUMBER_KIND and row.line - sign[1] <= _WRAP_LINES:
                    value = _signed(sign[0], value)
                sign = None
            if held is not None:
                if (
                    current is not None
                    and not current.values
                    and (
                        kind is not text_kind
                        or value_likeness(text)
                        or current.width == 1
                        or _names_a_row(classify, text)
                    )
                ):
                    # (无 then 无: two words printed for counts are two cells, no label;
                    # a row of one cell, 行政许可 then 无, has no label printed a piece a
                    # line to go on with a word, nor a label followed by the next row's:
                    # the word is the row's cell, read as unreadable)
                    current.values.append(held[0])
                    current.lines.append(held[1])
                held = None
            if kind is text_kind:
                label = memo_label(text) or label_within(text, LONGEST_LABEL)
                if (
                    holds_money is not None
                    and label in MONEY_UNIT_WORDS
                    and current is not None
                    and _unit_goes_on(current, label, holds_money)
                ):
                    continue
                if pieces is not None and current is not None and not current.key:
                    joined = _joined(current, text, width_of, pieces, found)
                    if joined is not None:
                        current, unknown = joined, None
                        continue
                key = classify(label) if label is not None else None
                if (
                    numbered
                    and key is not None
                    and before is not None
                    and before.kind is NUMBER_KIND
                    and before.number == next_number
                ):
                    next_number += 1
                    _take_row_number(before, current, found)
                if key is not None:
                    current = (
                        _open(key, row.line, current, width_of, found, text)
                        if key
                        else _close(current, row.line)
                    )
                    unknown = None
                elif label == _NUMBER_HEADER and not found.rows:
                    numbered = True
                elif (pieces is not None and _another_label(current, text, pieces)) or (
                    _unfinished(current) and group_head is not None and group_head(label or "")
                ):
                    current, unknown = _close(current, row.line), (text, row.line)
                elif (
                    current is not None
                    and text[:1] in _NUMBER_GOES_ON
                    and _number_goes_on(current, text, row.line)
                ):
                    pass  # (text naming no row only: the rest of a number is rare)
                elif current is not None and len(current.values) < current.width:
                    if label in _CHANGE_WORDS and current.values:
                        sign = (text.strip(), row.line)
                        continue
                    like = value_likeness(text)
                    if like == _STARTS_WITH_DIGIT or (like and current.values):
                        # an unreadable cell among the row's values: it keeps its place
                        # (fit_row reports it), so the values after it do not shift
                        current.values.append(value)
                        current.lines.append(row.line)
                    elif like:
                        # right after the label: a cell only if a value follows (the
                        # label may go on, a character a line: 4. / 无 / 正 …)
                        held = (value, row.line)
                        current.unread = text
                    elif current.values and current.furniture is None and not _page_mark(text):
                        # a page header or footer between the values: not a cell; the
                        # number after it may be its page number (see fit_row), unless it
                        # prints its own (第3页, 3/8) or is a print date
                        current.furniture = (len(current.values), text, row.line)
                    elif not current.values:
                        current.label_end = row.line
                        current.unread = text
                else:
                    if pieces is not None and unknown is not None:
                        completed = _row_completed(unknown, text, pieces, current, width_of, found)
                        if completed is not None:
                            current, unknown = completed, None
                            continue
                    current, unknown = _text_naming_no_row(current, unknown, text, row.line)
                continue
            if current is None:
                if kind is empty_kind:
                    continue
                if unknown is None:
                    orphans.append((value, row.line))
                    last_value = value
                    continue
                current, unknown = _unknown_row(unknown, found), None
            if kind is not empty_kind or len(current.values) < current.width:
                if current.on_one_line and kind is not empty_kind:
                    if current.lone is None:
                        current.lone = []
                    current.lone.append(len(current.values))
                current.values.append(value)
                current.lines.append(row.line)
                last_value = value
            else:
                current.bars += 1  # an empty cell after a complete row (a row bar?)
                found.bars = True
            continue
        held = None
        lines = row.lines
        # the values waiting to be added, with their cells' lines (two parallel lists)
        pending: list[Value] = []
        pending_lines: list[int] = []
        opened_here = False
        worded = False  # (whether the line holds text: most lines, a label)
        values = [memo_value(text) or read_value(text) for text in texts]
        for index, value in enumerate(values):
            if value.kind is text_kind:
                worded = True
                text = texts[index]
                label = memo_label(text) or label_within(text, LONGEST_LABEL)
                if (
                    holds_money is not None
                    and label in MONEY_UNIT_WORDS
                    and current is not None
                    and all(v.kind is empty_kind for v in pending)
                    and _unit_goes_on(current, label, holds_money)
                ):
                    continue  # (empty cells before it: layout, as at a line's start)
                if pieces is not None and current is not None and not current.key and not pending:
                    joined = _joined(current, text, width_of, pieces, found)
                    if joined is not None:
                        current, unknown = joined, None
                        opened_here = True
                        continue
                key = classify(label) if label is not None else None
                if (
                    opened_here
                    and not pending
                    and not values_first
                    and current is not None
                    and (key is None or key == current.key)
                    and _label_piece(label, text, key is not None)
                ):
                    continue  # the rest of the label, in the cell after it (1. | 属于国家秘密)
                if (
                    key is not None
                    and opened_here
                    and current is not None
                    and key == current.key
                    and text != current.label
                ):
                    # text among the values naming their own row again by its number
                    # alone (``(3)`` printed for a count): an odd cell in its place, not
                    # the label (a merged label printed twice reads the same text)
                    key = None
                if key is not None:
                    if (
                        pending
                        and pending[-1].kind is NUMBER_KIND
                        and len(pending) == index
                        and _row_number(pending)
                    ):
                        # a 序号 column: the number before the label numbers its row
                        found.row_numbers.append((pending[-1], pending_lines[-1]))
                        pending, pending_lines = [], []
                    if pending and row.aligned and all(v.kind is empty_kind for v in pending):
                        # empty cells before a label in a table row are that label's
                        # columns (merged cells saved as empty ones), not blank cells of
                        # the row before, which may be a cell short (a row printing only
                        # empty cells reads blank either way)
                        pending, pending_lines = [], []
                    if pending:
                        current, unknown = _flush(
                            pending,
                            pending_lines,
                            current,
                            unknown,
                            row.aligned,
                            found,
                            opened_here,
                            values_first,
                        )
                        pending, pending_lines = [], []
                    if key:
                        current = _open(key, lines[index], current, width_of, found, text)
                    else:
                        current = _close(current, lines[index])
                    unknown = None
                    opened_here = current is not None
                    continue
                if current is not None and (
                    opened_here
                    or (
                        pending
                        and pending[-1].kind is not empty_kind
                        and value_likeness(text) == _STARTS_WITH_DIGIT
                    )
                ):
                    # unreadable text in a value position (on the label's line, or text
                    # starting with a digit right after a value on a line after it: 1,)
                    pending.append(value)
                    pending_lines.append(lines[index])
                elif all(v.kind is empty_kind for v in pending):
                    if pieces is not None and unknown is not None:
                        # a label's first piece on a line of its own, its rest starting
                        # the row's line of values (行政规 / 范性文件 | 5 | 1 | 23)
                        completed = _row_completed(unknown, text, pieces, current, width_of, found)
                        if completed is not None:
                            current, unknown = completed, None
                            pending, pending_lines = [], []
                            opened_here = True
                            continue
                    if (
                        current is not None
                        and text[:1] in _NUMBER_GOES_ON
                        and _number_goes_on(current, text, lines[index])
                    ):
                        continue  # (empty cells before it: layout, as at a line's start)
                    if pieces is not None and _another_label(current, text, pieces):
                        current, unknown = _close(current, lines[index]), (text, lines[index])
                    elif _short(current) and (
                        _values_after(values, index)
                        or (group_head is not None and group_head(label or ""))
                    ):
                        # text naming no row with values on its line (a running head and
                        # its page number), or a group's head, after a row short of values:
                        # what follows is not that row's (unless exactly its missing values
                        # follow the head's number: see _rows_going_on_after_a_head)
                        if current is not None and not (
                            group_head is not None and group_head(label or "")
                        ):
                            found.heads.append((current, lines[index], text))
                        current, unknown = _close(current, lines[index]), (text, lines[index])
                    else:
                        current, unknown = _text_naming_no_row(current, unknown, text, lines[index])
                    if unknown is not None:
                        pending, pending_lines = [], []  # (empty cells before a label)
                continue
            pending.append(value)
            pending_lines.append(lines[index])
        if pending:
            if not worded:
                found.bare.add(row.line)  # (values alone on their line)
            current, unknown = _flush(
                pending,
                pending_lines,
                current,
                unknown,
                row.aligned,
                found,
                opened_here,
                values_first,
            )
    if held is not None and current is not None and not current.values and current.width == 1:
        current.values.append(held[0])  # (the table's last row's one cell, a word: 无)
        current.lines.append(held[1])
    if current is not None and closed_at_end:
        current.closed = True
    if found.named_again and found.restart is None:
        _read_repeated_rows_once(found)
    _bars_are_no_cells(found)
    if found.heads:
        _rows_going_on_after_a_head(found)
    if found.overfull or (found.orphans and found.bare):
        _values_above_their_labels(found)
    return found


def _values_above_their_labels(found: Collected) -> None:
    """PDF text printing a row's values on a line of their own above its label's first
    line (a wrapped label centred in a row taller than it, the values top-aligned), a
    one-line label's on its line: each such line was read for the row before. The row
    before a run of such rows held two rows' values (its own on its label's line, then
    the line above the next label), each row of the run took the next one's, and the
    run's last row none. Where exactly that is found (the run ending at a row with no
    values, followed by a row with values on its label's line or by none), each line of
    values is read for the label after it; :attr:`RawRow.above` names the line for a
    warning."""
    rows = sorted(found.rows.values(), key=_label_line)
    orphans = found.orphans
    if (
        rows
        and orphans
        and len(orphans) == rows[0].width > 1
        and all(line == orphans[-1][1] for _, line in orphans)
        and orphans[-1][1] in found.bare
        and orphans[-1][1] < rows[0].line
    ):
        # (the table's first row's values above its label: they stood under no label)
        run = _run_above(rows, 0, found.bare)
        if run is not None:
            _carry([value for value, _ in orphans], [line for _, line in orphans], run)
            orphans.clear()
    for at, first in enumerate(rows):
        values, lines = first.values, first.lines
        own = lines.count(first.line)  # (the values on the label's line, first)
        if (
            len(values) <= first.width
            or lines[0] != first.line
            or own > first.width
            or lines.count(lines[-1]) != len(lines) - own
            or at + 1 == len(rows)
            or lines[-1] >= rows[at + 1].line
            or lines[-1] not in found.bare
            # (the same values printed again: a copy, not the next row's)
            or list(map(_printed, values[own:])) == list(map(_printed, values[:own]))
        ):
            continue
        run = _run_above(rows, at + 1, found.bare)
        if run is None:
            continue
        extra, extra_lines = values[own:], lines[own:]
        del values[own:], lines[own:]
        _carry(extra, extra_lines, run)


def _carry(values: list[Value], lines: list[int], run: list[RawRow]) -> None:
    """Give each row of ``run`` the values the row before it held (the first row
    ``values``, on ``lines``), noting where they stood."""
    carried = (values, lines)
    for raw in run:
        carried, (raw.values, raw.lines) = (raw.values, raw.lines), carried
        raw.above = raw.lines[0]
        raw.on_one_line = True


def _run_above(rows: list[RawRow], start: int, bare: set[int]) -> list[RawRow] | None:
    """The rows from ``start`` that each hold the next row's values (one line of them
    holding no text, after the row's label and before the next label), up to and with
    the first row holding none, when the row after that prints its values on its
    label's line or there is none; else ``None``."""
    for end in range(start, len(rows)):
        raw = rows[end]
        if not raw.values:
            after = rows[end + 1] if end + 1 < len(rows) else None
            if after is not None and after.lines[:1] != [after.line]:
                return None
            return rows[start : end + 1]
        line = raw.lines[0]
        if (
            line <= raw.line
            or line not in bare
            or raw.lone is not None
            or raw.furniture is not None
            or raw.lines.count(line) != len(raw.lines)
            or (end + 1 < len(rows) and line >= rows[end + 1].line)
        ):
            return None
    return None


def _label_line(raw: RawRow) -> int:
    return raw.line


def _rows_going_on_after_a_head(found: Collected) -> None:
    """A row cut by a page break (PDF text): its first values, the next page's running
    head with its page number on one line, then the rest of the row. The head closed the
    row (left blank, a value short) and the rest was an unknown row. When the head's
    line holds one count (the page number) and the values after it are exactly the ones
    the row misses, they are the row's: :attr:`Collected.went_on` names the row for a
    warning, and the number is not read."""
    for raw, line, text in found.heads:
        unknown = next((u for u in found.unknown if u.line == line and not u.key), None)
        if unknown is None or not unknown.values or unknown.lines[0] != line:
            continue
        on_line = unknown.lines.count(line)
        rest = len(unknown.values) - on_line
        page = unknown.values[0]
        if on_line != 1 or page.kind is not NUMBER_KIND or len(raw.values) + rest != raw.width:
            continue
        raw.values += unknown.values[1:]
        raw.lines += unknown.lines[1:]
        found.unknown.remove(unknown)
        found.went_on.append((raw, text, page))


#: How many rows must end alike before their empty lines count as the layout's row bars.
_BAR_ROWS = 3


def _bars_are_no_cells(found: Collected) -> None:
    """Where the table's complete rows are followed by the same number of empty cells
    (one cell per line, a bare ``|`` or a tab-only line after every row: seed 004, real
    case 016, seed 001's merged group cells), those cells end the row and are no blanks
    of it. A row missing a value then took one as its last cell: its values moved one
    column left and its 总计 read blank, with no finding. Such a row's trailing empty
    cells, as many as the others' bars, are dropped: the row is a value short and
    :func:`.fit.fit_row` reports it (repairing it where its arithmetic pins it)."""
    if not found.bars:
        return  # (most layouts: no empty cell after a complete row)
    empty = EMPTY_KIND
    rows = [raw for raw in found.rows.values() if raw.closed and len(raw.values) == raw.width]
    suspects = [raw for raw in rows if raw.values[-1].kind is empty]
    if not suspects:
        return  # (no row ends in an empty cell)
    plain = [raw.bars for raw in rows if raw.values[-1].kind is not empty]
    if not any(plain):
        return
    bars = max(set(plain), key=plain.count)
    alike = bars > 0 and plain.count(bars) >= max(_BAR_ROWS, len(plain) * 3 // 4)
    for raw in suspects:
        trailing = _trailing_empties(raw.values)
        if alike and raw.bars + trailing == bars:
            del raw.values[-trailing:]
            del raw.lines[-trailing:]
        elif not alike or raw.bars + trailing < bars:
            found.bar_filled.append(raw)


def cell_lines(rows: Iterable[RawRow]) -> int:
    """The lines from one value to the next that most of a table's ``rows`` print (2 where
    a cell is a paragraph: the cell, then an empty line), or 2 when no row prints two
    values on lines of their own: a text printing a cell a paragraph prints a blank cell
    as one more empty line, which only that spacing tells (see
    ``fit._blanks_of_empty_lines``). Asked only for a row short of values (rare)."""
    counts: dict[int, int] = {}
    for raw in rows:
        for before, after in pairwise(raw.lines):
            counts[after - before] = counts.get(after - before, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else 2


def _trailing_empties(values: list[Value]) -> int:
    """How many of the values at the end are empty cells."""
    count = 0
    for value in reversed(values):
        if value.kind is not EMPTY_KIND:
            break
        count += 1
    return count


def _read_repeated_rows_once(found: Collected) -> None:
    """Drop the copy of a row printed twice with the same values (a page break repeating
    the last row of a page atop the next): before, the row held twice its values, too
    many for its width, and was left blank. The first copy must have all the row's
    values or all but one (a blank cell a text layout dropped). Each such row goes to
    :attr:`Collected.repeated` for the finding that says so; a copy with other values is
    left to the row's width check."""
    for raw in found.rows.values():
        again = raw.again
        if again is None:
            continue
        line, count = again
        values = raw.values
        if len(values) != 2 * count or count < raw.width - 1 or 2 * count <= raw.width:
            continue
        if list(map(_printed, values[:count])) == list(map(_printed, values[count:])):
            del values[count:]
            del raw.lines[count:]
            if raw.lone is not None:
                raw.lone = [index for index in raw.lone if index < count] or None
            found.repeated.append((raw, line))


def _printed(value: Value) -> str:
    return value.raw.strip()


#: A 序号 column's header cell (normalised).
_NUMBER_HEADER = "序号"


def _take_row_number(value: Value, current: RawRow | None, found: Collected) -> None:
    """Move ``value``, a 序号 column's number printed a cell per line (the last value
    added, to the current row or before any row), to the table's row numbers."""
    if current is not None and current.values and current.values[-1] is value:
        current.values.pop()
        line = current.lines.pop()
        if current.lone and current.lone[-1] == len(current.values):
            current.lone.pop()
    elif found.orphans and found.orphans[-1][0] is value:
        line = found.orphans.pop()[1]
    else:
        return
    found.row_numbers.append((value, line))


def _unfinished(current: RawRow | None) -> bool:
    """Whether ``current`` is a row of the table short of values (maybe all of them)."""
    return current is not None and bool(current.key) and len(current.values) < current.width


def _short(current: RawRow | None) -> bool:
    """Whether ``current`` is a row of the table with some of its values, not all."""
    return current is not None and bool(current.key) and 0 < len(current.values) < current.width


#: Largest row number a 序号 column prints (table 三 has 26 rows).
_ROW_NUMBER_MAX = 99


def _row_number(pending: list[Value]) -> bool:
    """Whether the cells before a row label on its line, the last a number, are a row
    number: one plain count (1–99, digits only) after empty cells. A line is one row in
    the layouts that print several cells on a line, so a number before the label is no
    value of the row above (whose last cell it filled when that row printed a blank)."""
    *before, last = pending
    return (
        last.number is not None
        and 0 < last.number <= _ROW_NUMBER_MAX
        and last.raw.strip().isdigit()
        and all(value.kind is EMPTY_KIND for value in before)
    )


def _values_after(values: list[Value], index: int) -> bool:
    """Whether a value (not text, not an empty cell) follows cell ``index`` of a row."""
    return any(
        value.kind is not TEXT_KIND and value.kind is not EMPTY_KIND
        for value in values[index + 1 :]
    )


#: Longest printed label kept on a row while its pieces are put together.
_LABEL_MAX = 24


def _another_label(current: RawRow | None, text: str, pieces: LabelPieces) -> bool:
    """Whether ``text``, naming no row, begins another row's label rather than going on
    with the current row's: the current row's printed label is already whole, and the
    text is the start of another row's (``政府`` after ``行政事业性收费``). Else the text
    is added to the current row's printed label (``行政事业`` / ``性收费``)."""
    if current is None or not current.key or current.label is None or current.values:
        return False
    printed = memo_label(current.label) or normalize_label(current.label)
    if not pieces.whole(current.key, printed):
        if len(current.label) + len(text) <= _LABEL_MAX:
            current.label += text  # the label goes on
        return False
    piece = memo_label(text) or normalize_label(text)
    return pieces.head(current.key, piece)


def _joined(
    current: RawRow,
    text: str,
    width_of: Callable[[Key], int],
    pieces: LabelPieces,
    found: Collected,
) -> RawRow | None:
    """The row whose label the unknown row's label and ``text`` make together, when
    the first piece came with the values (``政府 | 57 | 3518``, then ``集中采购``): the
    unknown row becomes that row, if it has no values yet. Else ``None``."""
    first = current.label
    if first is None or not current.values:
        return None
    key = pieces.join(normalize_label(first), memo_label(text) or normalize_label(text))
    if key is None or key in found.rows:
        return None
    found.unknown.remove(current)
    raw = RawRow(
        key,
        current.line,
        width_of(key),
        current.values,
        current.lines,
        label=first + text,
        on_one_line=current.on_one_line,
        lone=current.lone,
        pieces=(first, text),
    )
    found.rows[key] = raw
    return raw


def _unit_goes_on(current: RawRow, unit: str, holds_money: Callable[[Key, int], bool]) -> bool:
    """Join ``unit`` to the row's last value when that is an amount printed without a
    unit, in a money cell; the joined value says it was repaired. True when joined."""
    values = current.values
    if not values or not holds_money(current.key, len(values) - 1):
        return False
    joined = with_unit(values[-1], unit)
    if joined is None:
        return False
    printed = values[-1].raw.strip()
    values[-1] = evolve(
        joined,
        raw=f"{printed}\n{unit}",
        repaired=f"unit {unit!r} printed on the line after the amount {printed!r} "
        "(a wrapped cell) read as its unit",
    )
    return True


#: How the rest of a number wrapped onto the next line starts (``.50``, ``,204``).
_NUMBER_GOES_ON = frozenset(".,，．")
#: The most lines between a number and the rest of it (an empty line between).
_WRAP_LINES = 2


def _number_goes_on(current: RawRow, text: str, line: int) -> bool:
    """Join ``text``, the rest of a number wrapped onto the next line (``12`` / ``.50``,
    ``1`` / ``,204``, ``27759`` / ``.17695 万元``: a narrow cell in a PDF), to the row's
    last value, a whole number just above it; the joined value says it was repaired.
    True when joined. Before, the rest was text after the row, dropped with no finding."""
    values = current.values
    if not values or line - current.lines[-1] > _WRAP_LINES:
        return False
    last = values[-1]
    if last.kind is not NUMBER_KIND:
        return False
    printed = last.raw.strip()
    rest = "".join(text.split())
    joined = read_value(printed + rest)
    if joined.kind is not NUMBER_KIND and joined.kind is not MONEY_KIND:
        return False
    values[-1] = evolve(
        joined,
        raw=f"{printed}\n{text}",
        repaired=f"{WRAPPED_NUMBER}: {printed!r} and {text.strip()!r} on the line after it "
        f"read as {printed + rest!r} (a cell wrapped at its width; check it is not two cells)",
    )
    return True


#: A change's word printed on a line of its own, before its count (``减`` / ``73``).
_CHANGE_WORDS = frozenset({"增", "减", "增加", "增长", "减少", "上升", "下降", "減", "減少"})


def _signed(word: str, value: Value) -> Value:
    """``value``, a count, read with the change's ``word`` printed on the line before it
    (a cell broken after its word): ``减`` / ``73`` is −73. Before, the word was page text
    and the change read +73 with no finding."""
    printed = value.raw.strip()
    joined = read_value(word + printed)
    if joined.kind is not NUMBER_KIND:
        return value
    return evolve(
        joined,
        raw=f"{word}\n{printed}",
        repaired=f"the word {word!r} on the line before {printed!r} read as its sign "
        f"({joined.number:+d}: a cell broken after its word)",
    )


#: Words printed in a count cell instead of a number (read as unreadable cells).
_VALUE_WORDS = frozenset({"无", "空", "暂无", "没有", "零", "〇", "若干", "不详", "未知", "未统计"})
#: Page numbers and page headers' counters, which a page break puts between values
#: (between bars, long ones too, or dots: ``- 3 -``, ``―3―``, ``·3·``; ``3/8页``), and
#: the date and time a browser prints atop each page (``2024/1/15 10:23`` and the
#: page's title): no count cell starts with a date.
_PAGE_MARK = re.compile(
    r"第?\d+页(?:共\d+页)?|共\d+页|[-—–―─~～]+\d+[-—–―─~～]+|[·•・]\d+[·•・]|\d+/\d+页?"
    r"|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?.*|(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?"
)


#: What a cell printed for a count may hold besides its digits: words for none, count
#: words, blank marks, Latin letters (N/A).
_COUNT_CELL = re.compile(r"[无空没零〇若無沒未暂详件个次条项/／\-—×*○A-Za-z]")


def _label_piece(label: str | None, text: str, named: bool) -> bool:
    """Whether text right after a row's label on its line, before any cell of the row,
    is a piece of that label: words naming the row again (``named``: its numbering in a
    cell of its own, ``1. | 属于国家秘密``), or words naming no row that hold nothing a
    cell printed for a count does (a label cut over two cells: ``（一）予以 | 公开``);
    never a count's cell (``无``, ``—件``, ``(3)``) nor a page mark. Table 三's labels
    span up to three columns, and a page may print them over more."""
    return (
        label is not None
        and any(char.isalpha() for char in label)
        and value_likeness(text) == 0
        and not _page_mark(text)
        and (named or _COUNT_CELL.search(label) is None)
    )


def _names_a_row(classify: Classifier, text: str) -> bool:
    """Whether ``text`` is a row's label (after a word held after a row's label: the
    word was the row's cell, not a piece of its label)."""
    label = memo_label(text) or label_within(text, LONGEST_LABEL)
    return label is not None and classify(label) is not None


def _page_mark(text: str) -> bool:
    """Whether ``text`` is a page number or a print date and time (:data:`_PAGE_MARK`)."""
    return _PAGE_MARK.fullmatch(memo_label(text) or normalize_label(text)) is not None


#: The longest run of Latin letters taken for a count cell printed as text (``O``, ``l``).
_LATIN_CELL = 2
#: What :func:`value_likeness` says of text starting with a digit (``6人``, ``6①``).
_STARTS_WITH_DIGIT = 2


#: What a count printed as text holds, found before normalising it: a digit or the
#: first character of one of :data:`_VALUE_WORDS` (无, 無, 没有, 零, 若干; not 不详 or 未知,
#: whose 不 and 未 header words hold: 尚未审结).
COUNT_HINT = re.compile(r"[\d无空没零〇若無沒]")
#: The longest text printed in a count cell (无, 6人, 约1204).
_COUNT_TEXT_LONGEST = 8


def printed_for_a_count(text: str) -> bool:
    """Whether text holding a :data:`COUNT_HINT` looks like a count cell printed as
    text (``无``, ``6人``)."""
    return len(text) <= _COUNT_TEXT_LONGEST and value_likeness(text) > 0


def value_likeness(text: str) -> int:
    """How much text that is not a number looks like a cell: :data:`_STARTS_WITH_DIGIT`;
    1 for a short text holding a digit (``约3``), a word printed for a count (``无``) or
    one or two Latin letters (``O``, ``l``: digits misread);
    0 for anything else, page numbers included (``- 3 -``, ``第3页``, ``3/8``)."""
    label = memo_label(text) or normalize_label(text)
    if not label or _PAGE_MARK.fullmatch(label):
        return 0
    if label[0].isdigit():
        return _STARTS_WITH_DIGIT
    if label in _VALUE_WORDS or (len(label) <= 4 and any(char.isdigit() for char in label)):
        return 1
    if len(label) <= _LATIN_CELL and label.isascii() and label.isalpha():
        return 1  # a digit misread as a letter (O for 0, l or I for 1: text from OCR)
    return 0


def _label_completed(
    unknown: tuple[str, int], text: str, pieces: LabelPieces, found: Collected
) -> Key | None:
    """The row whose printed label the waiting label ends the beginning of and ``text``
    finishes (``规范性`` then ``文件``, ``行政规`` / ``范性文`` / ``件``: a label broken
    over lines in a narrow column, its first piece naming no row), when that row was
    not found yet; else ``None``."""
    rest = memo_label(text) or normalize_label(text)
    if not pieces.ends(rest):
        return None
    key = pieces.join(normalize_label(unknown[0]), rest)
    return None if key is None or key in found.rows else key


def _row_completed(
    unknown: tuple[str, int],
    text: str,
    pieces: LabelPieces,
    current: RawRow | None,
    width_of: Callable[[Key], int],
    found: Collected,
) -> RawRow | None:
    """The row ``text`` completes the waiting label of (:func:`_label_completed`),
    opened on the label's first line with the two pieces as its label; else ``None``."""
    whole = _label_completed(unknown, text, pieces, found)
    if whole is None:
        return None
    opened = _open(whole, unknown[1], current, width_of, found)
    opened.label = unknown[0] + text
    return opened


def _text_naming_no_row(
    current: RawRow | None, unknown: tuple[str, int] | None, text: str, line: int
) -> tuple[RawRow | None, tuple[str, int] | None]:
    """The current row and the waiting label after text that names no row: it goes on a
    waiting label, or closes a complete row and starts waiting; else it is a fragment
    (a header piece, the rest of a broken label) and changes nothing."""
    if unknown is not None:
        return current, _label_goes_on(unknown, text, line)
    if current is not None and len(current.values) >= current.width:
        return _close(current, line), (text, line)
    return current, None


#: Longest label kept for a row the template does not have (for its finding's message).
_UNKNOWN_LABEL_MAX = 64


def _label_goes_on(unknown: tuple[str, int], text: str, line: int) -> tuple[str, int]:
    """The waiting label with ``text`` added (a label broken over cells or lines), or
    ``text`` alone once that would be longer than a label: prose after a table must not
    grow one string line by line (quadratic)."""
    label, first_line = unknown
    if len(label) + len(text) <= _UNKNOWN_LABEL_MAX:
        return label + text, first_line
    return text, line


def _unknown_row(unknown: tuple[str, int], found: Collected) -> RawRow:
    """The row of a label the template does not have, once a value follows it."""
    label, line = unknown
    raw = RawRow((), line, 0, label=label)
    found.unknown.append(raw)
    return raw


def _close(current: RawRow | None, line: int) -> RawRow | None:
    """A group heading (on ``line``) ends the current row and opens none (returns
    ``None``)."""
    if current is not None:
        current.closed = True
        current.end = line
    return None


def _open(
    key: Key,
    line: int,
    current: RawRow | None,
    width_of: Callable[[Key], int],
    found: Collected,
    label: str | None = None,
) -> RawRow:
    existing = found.rows.get(key)
    if current is not None and current is not existing:
        current.closed = True
        current.end = line
    if existing is not None:
        # the same row named again: a broken label, a repeated group cell, or a copy
        if not existing.values:
            existing.label_end = line
        elif existing.again is None:
            existing.again = (line, len(existing.values))
            found.named_again = True
        if (
            found.restart is None
            and existing.closed
            and existing.values
            and existing is next(iter(found.rows.values()))
            # (named again before any other row: that row repeated, see again)
            and len(found.rows) > 1
        ):
            found.restart = line
        return existing
    raw = RawRow(key, line, width_of(key), label=label)
    found.rows[key] = raw
    return raw


def _flush(
    pending: list[Value],
    pending_lines: list[int],
    current: RawRow | None,
    unknown: tuple[str, int] | None,
    aligned: bool,
    found: Collected,
    labelled: bool = False,
    values_first: bool = False,
) -> tuple[RawRow | None, tuple[str, int] | None]:
    """Add a multi-cell row's values (and their lines) to the current row (the row of an
    unknown label when one waits for its first value); returns the current row and the
    waiting label. ``labelled``: the current row's label is on the values' line.
    ``values_first``: in an aligned row, empty cells too many are dropped from the end
    first (see :func:`collect_rows`)."""
    empty_kind = EMPTY_KIND
    start, end = 0, len(pending)
    if aligned:
        room = (current.width - len(current.values)) if current is not None else 0
        if values_first:  # (the grid's spare columns stand after the values)
            while end - start > room and start < end and pending[end - 1].kind is empty_kind:
                end -= 1
        while end - start > room and start < end and pending[start].kind is empty_kind:
            start += 1
        while end - start > room and start < end and pending[end - 1].kind is empty_kind:
            end -= 1
    else:
        while start < end and pending[start].kind is empty_kind:
            start += 1
        while end > start and pending[end - 1].kind is empty_kind:
            end -= 1
    if start == end:
        return current, unknown
    if current is None and unknown is not None:
        current, unknown = _unknown_row(unknown, found), None
    if current is None:
        found.orphans.extend(
            [
                (value, line)
                for value, line in zip(pending[start:end], pending_lines[start:end], strict=True)
                if value.kind is not empty_kind
            ]
        )
    else:
        if not labelled and current.values and len(current.values) >= current.width:
            found.overfull = True  # (a line of values after a complete row)
        current.values += pending[start:end]
        current.lines += pending_lines[start:end]
        if end - start > 1 or labelled:
            # (a line with one value is a cell per line, as in seed 004, unless the row's
            # label is on it: the row is printed on its line)
            current.on_one_line = True
    return current, unknown


#: What a table's reading gives: the table (or None), and where it starts over.
_Read = TypeVar("_Read")


def read_first_copy(
    build: Callable[
        [Sequence[Row], Template, list[Finding], dict[str, int], bool], tuple[_Read, int | None]
    ],
    table: str,
    rows: Sequence[Row],
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    closed_at_end: bool,
) -> _Read:
    """The table ``build(rows, template, findings, lines, closed_at_end)`` reads; when it
    starts over (printed twice, or a second report's: :attr:`Collected.restart`), the
    first copy read alone, and the second read only to say in a finding whether it is
    the same (:func:`copy_finding`). A first copy naming fewer of the table's rows than
    the second (a comparison with last year of a few of its rows, printed before the
    table) is the one left out."""
    found: list[Finding] = []
    read, restart = build(rows, template, found, lines, closed_at_end)
    if restart is None:
        findings += found
        return read
    copy_at = copy_start(rows, restart)
    copy, rows = rows[copy_at:], rows[:copy_at]
    first: list[Finding] = []
    first_lines: dict[str, int] = {}  # (the rows' lines: of the copy read)
    read, _ = build(rows, template, first, first_lines, True)
    second: list[Finding] = []
    second_lines: dict[str, int] = {}
    again, _ = build(copy, template, second, second_lines, closed_at_end)
    if _rows_missing(second) < _rows_missing(first):
        findings += second
        lines.update(second_lines)
        findings.append(_fuller_copy_finding(table, rows[0].line, copy[0].line))
        return again
    findings += first
    lines.update(first_lines)
    findings.append(copy_finding(table, copy[0].line, again == read))
    return read


def _rows_missing(found: list[Finding]) -> int:
    """How many of a table's rows a reading of it did not find (all, if no table)."""
    if any(finding.code == "missing_table" for finding in found):
        return 1_000
    return sum(finding.code == "missing_row" for finding in found)


def _fuller_copy_finding(table: str, line: int, copy_line: int) -> Finding:
    """The ``unknown_row`` warning for a first copy of ``table`` (from ``line``) left out
    for a second one (from ``copy_line``) naming more of its rows."""
    return make(
        "unknown_row",
        f"{describe(table)}: the table is printed twice, from line {line} and again from "
        f"line {copy_line}; the first names fewer of its rows (a comparison or a summary?) "
        "and was not read, the second was",
        path=table,
        line=line,
    )


def copy_start(rows: Sequence[Row], restart: int) -> int:
    """Where a second copy of a table starts among its rows, given the line where its
    first row is named again (:attr:`Collected.restart`): that row, with the rows just
    before it that hold no value (the copy's heading, captions and header)."""
    start = next(i for i, row in enumerate(rows) if row.line >= restart)
    while start > 1 and not any(map(_holds_a_value, rows[start - 1].texts)):
        start -= 1
    return start


def copy_finding(table: str, line: int, same: bool) -> Finding:
    """The ``unknown_row`` finding for a second copy of ``table`` from ``line``, not
    read: ``info`` when it reads the same as the first, else a ``warning`` (which copy
    is the report's is not known; the first was read)."""
    if same:
        return make(
            "unknown_row",
            f"{describe(table)}: the table is printed again from line {line} with the same "
            "values; the copy was not read",
            path=table,
            line=line,
            severity="info",
        )
    return make(
        "unknown_row",
        f"{describe(table)}: the table is printed again from line {line} with other values "
        "(two reports in one text?); that copy was not read, the first table's were",
        path=table,
        line=line,
    )


def _holds_a_value(text: str) -> bool:
    value = memo_value(text) or read_value(text)
    return value.kind is not TEXT_KIND and value.kind is not EMPTY_KIND


def table_not_read(path: str, why: str, rows: Sequence[Row]) -> Finding:
    """The ``missing_table`` finding for a table whose region holds nothing to read,
    placed on the region's first line."""
    return make(
        "missing_table",
        f"{describe(path)}: {why}",
        path=path,
        line=rows[0].line if rows and rows[0].texts else None,
    )

"""Collecting each labelled row's values from a stream of cells.

Row boundaries in extracted text are unreliable (cells on their own lines, rows with
a cell missing, labels broken over lines), so rows are found by their labels: every
value after a label belongs to that label's row until the next label. Once a row has
all its values, text that names no row starts a row of its own (a local row such as
行政确认, kept apart in :attr:`Collected.unknown`), so its values never widen the row
before it. A reader's own rows still matter for blanks: in a multi-cell text row,
empty cells at either end are layout and only those between values are blanks; in an
aligned (HTML) row every cell keeps its place; a one-cell row that is empty is a blank
cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attrs import define, field

from ..cells import Kind, Value, memo_label, memo_value, normalize_label, read_value
from ..findings import Finding, make
from ..grid import Row
from ..labels import describe

Key = tuple[str, ...]
#: A value with the source line of its cell (the value's ``raw`` is the cell's text).
Located = tuple[Value, int]


@define
class RawRow:
    """The values found after one row label, in order, and their cells' source lines.

    Two parallel lists rather than one of ``(value, line)`` pairs: a pair per cell
    would add a third to the memory the mapping takes at its peak.
    """

    key: Key
    line: int
    width: int
    values: list[Value] = field(factory=list)
    lines: list[int] = field(factory=list)
    #: True once something followed the row (another label, the next table): a row cut
    #: off by the end of the input is not closed, and is never repaired.
    closed: bool = False
    #: For a row the template does not have (``key == ()``): its printed label.
    label: str | None = None


@define
class Collected:
    """Every labelled row found, plus values that stood under no label."""

    rows: dict[Key, RawRow] = field(factory=dict)
    orphans: list[Located] = field(factory=list)
    #: Rows whose label the template does not know, found after a complete row (a local
    #: row such as 行政确认): their values are kept here, not added to the row before.
    unknown: list[RawRow] = field(factory=list)


#: Classifies a normalised text cell: a row key, ``()`` for "a label that closes the
#: current row without opening one" (a group heading), or ``None`` for other text.
Classifier = Callable[[str], "Key | None"]


def collect_rows(
    rows: Sequence[Row],
    classify: Classifier,
    width_of: Callable[[Key], int],
    closed_at_end: bool = True,
) -> Collected:
    """Walk the rows in order and attach values to the labelled row they follow.

    ``closed_at_end`` says whether the table ended normally (something followed it)
    rather than with the end of the input.
    """
    found = Collected()
    current: RawRow | None = None
    text_kind = Kind.TEXT
    empty_kind = Kind.EMPTY
    orphans = found.orphans
    for row in rows:
        texts = row.texts
        if len(texts) == 1:
            # one cell: a label, a value, or a fragment (a header piece, a broken label)
            text = texts[0]
            value = memo_value(text) or read_value(text)
            kind = value.kind
            if kind is text_kind:
                key = classify(memo_label(text) or normalize_label(text))
                if key is not None:
                    current = (
                        _open(key, row.line, current, width_of, found) if key else _close(current)
                    )
                elif current is not None and len(current.values) >= current.width:
                    current = _unknown(text, row.line, current, found)
            elif current is None:
                if kind is not empty_kind:
                    orphans.append((value, row.line))
            elif kind is not empty_kind or len(current.values) < current.width:
                current.values.append(value)
                current.lines.append(row.line)
            continue
        lines = row.lines
        pending: list[Located] = []
        opened_here = False
        values = [memo_value(text) or read_value(text) for text in texts]
        for index, value in enumerate(values):
            if value.kind is text_kind:
                text = texts[index]
                key = classify(memo_label(text) or normalize_label(text))
                if key is not None:
                    if pending:
                        _flush(pending, current, row.aligned, found)
                        pending = []
                    if key:
                        current = _open(key, lines[index], current, width_of, found)
                    else:
                        current = _close(current)
                    opened_here = current is not None
                    continue
                if current is not None and opened_here:
                    pending.append((value, lines[index]))  # unreadable text in a value position
                elif (
                    current is not None
                    and len(current.values) >= current.width
                    and all(v.kind is empty_kind for v, _ in pending)
                ):
                    pending = []  # (empty cells before a label)
                    current = _unknown(text, lines[index], current, found)
                continue
            pending.append((value, lines[index]))
        if pending:
            _flush(pending, current, row.aligned, found)
    if current is not None and closed_at_end:
        current.closed = True
    return found


def _unknown(text: str, line: int, current: RawRow, found: Collected) -> RawRow:
    """Text that names no row, after a row that has all its values: the label of a row
    the template does not have, a header or a note. Values after it go to a row of its
    own (reported when it has any), never to the complete row before it."""
    if current.key == () and not current.values:
        current.label = f"{current.label}{text}"  # the label goes on (a broken label)
        return current
    current.closed = True
    unknown = RawRow((), line, 0, label=text)
    found.unknown.append(unknown)
    return unknown


def _close(current: RawRow | None) -> RawRow | None:
    """A group heading ends the current row and opens none (returns ``None``)."""
    if current is not None:
        current.closed = True
    return None


def _open(
    key: Key,
    line: int,
    current: RawRow | None,
    width_of: Callable[[Key], int],
    found: Collected,
) -> RawRow:
    existing = found.rows.get(key)
    if current is not None and current is not existing:
        current.closed = True
    if existing is not None:
        return existing  # the same row named again: a broken label or a repeated group cell
    raw = RawRow(key, line, width_of(key))
    found.rows[key] = raw
    return raw


def _flush(
    pending: list[Located],
    current: RawRow | None,
    aligned: bool,
    found: Collected,
) -> None:
    if not pending:
        return
    start, end = 0, len(pending)
    if aligned:
        room = (current.width - len(current.values)) if current is not None else 0
        while end - start > room and start < end and pending[start][0].kind is Kind.EMPTY:
            start += 1
        while end - start > room and start < end and pending[end - 1][0].kind is Kind.EMPTY:
            end -= 1
    else:
        while start < end and pending[start][0].kind is Kind.EMPTY:
            start += 1
        while end > start and pending[end - 1][0].kind is Kind.EMPTY:
            end -= 1
    kept = pending[start:end]
    if not kept:
        return
    if current is None:
        found.orphans.extend(v for v in kept if v[0].kind is not Kind.EMPTY)
    else:
        current.values.extend([value for value, _ in kept])
        current.lines.extend([line for _, line in kept])


def table_not_read(path: str, why: str, rows: Sequence[Row]) -> Finding:
    """The ``missing_table`` finding for a table whose region holds nothing to read,
    placed on the region's first line."""
    return make(
        "missing_table",
        f"{describe(path)}: {why}",
        path=path,
        line=rows[0].line if rows and rows[0].texts else None,
    )

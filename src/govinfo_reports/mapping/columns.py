"""Reading a table's column order from its header.

The templates fix each table's columns and their order, and the mapping reads a row's
values by position. A page that prints the columns in another order, with the values
following its header, would put every value into the wrong field and keep every sum
(a permutation of columns keeps row and column totals). The rule: *a header that names
the template's columns decides where each value goes; a header that contradicts the
template's order is never ignored.*

A header is read as a :class:`Header` (its short text cells with their reader rows
and columns) and turned into *chains*: lists of column names in an order the header
shows for certain. Which pieces may be joined and compared depends on the layout:

* where the pieces keep the table's columns (tab, markdown, HTML), the text of each
  column joined top to bottom names at most one column of the table
  (:func:`names_by_column`), and the columns' order is the printed order;
* where every reader row holds one piece (a cell per line), a cell's pieces stand on
  consecutive lines, so the names found in the pieces joined in reading order
  (:func:`reading_names`) are in the order of their cells;
* otherwise (rows of cells whose columns cannot be trusted: the pipe form leaves out
  spanned cells; a pdftotext line holds several header cells apart by spaces in one)
  only the names on one printed line are in printed order (:func:`row_names`): the
  pieces of a cell broken over lines stand on the lines below, among other cells'
  pieces, so a name found in them (有效 in 现行/有效件数) is no guide to where its
  cell stands.

:class:`HeaderOrder` combines the chains; :meth:`HeaderOrder.placement` says what
the header means for the values: nothing (``None``: it names the columns in the
template's order, names too few to tell, or contradicts itself: values are read by
position as before), every column placed by the header (:attr:`Placement.printed`),
or the columns the header puts in doubt left blank (:attr:`Placement.blanked`):

>>> columns = ("natural_person", "commercial_enterprise", "research_institution", "total")
>>> HeaderOrder(columns, [["natural_person", "commercial_enterprise", "total"]]).placement()
>>> swapped = ["natural_person", "research_institution", "commercial_enterprise", "total"]
>>> placement = HeaderOrder(columns, [swapped]).placement()
>>> placement.printed == tuple(swapped), placement.arrange([7, 5, 3, 15])
(True, [7, 3, 5, 15])
>>> partly = [["natural_person", "research_institution", "commercial_enterprise"]]
>>> HeaderOrder(columns, partly).placement().blanked  # 总计 not read: from 商业企业 on
('commercial_enterprise', 'research_institution', 'total')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import accumulate, pairwise
from typing import TypeVar

from attrs import frozen

from ..cells import normalize_label
from ..grid import Row

_T = TypeVar("_T")


#: A header's pieces' texts, reader rows and columns (:meth:`Header.shape`).
Shape = tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]


class Header:
    """A header's pieces: its short text cells (normalised), each with its reader row
    (an index), the row itself and the cell's place in it, in reading order. Parallel
    lists rather than an object per piece: a report's headers hold about a hundred
    cells, and small objects freed by the thousand stay with the allocator (the seeds'
    peak-memory test sees them). Columns and lines are asked of the rows when needed."""

    __slots__ = ("cells", "rows", "sources", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.rows: list[int] = []
        self.sources: list[Row] = []
        self.cells: list[int] = []

    def add_cell(self, raw: str, label: str, row: Row, index: int, cell: int, longest: int) -> bool:
        """Add cell ``cell`` of ``row`` (reader row ``index``; ``raw`` its text, ``label``
        normalised) if it is at most ``longest`` characters: a header's cells are short,
        prose is not. A cell holding runs of white space (a line of a pdftotext layout,
        several header cells in one) is added part by part, each part short enough, all
        in the cell's row and column. False when the header is full (:data:`MAX_PIECES`).
        """
        texts = self.texts
        if len(label) <= longest:
            if len(texts) == MAX_PIECES:
                return False
            texts.append(label)
            self.rows.append(index)
            self.sources.append(row)
            self.cells.append(cell)
            return True
        if not GAP.search(raw):
            return True
        for part in (normalize_label(part) for part in GAP.split(raw)):
            if (
                part
                and len(part) <= longest
                and not self.add_cell(part, part, row, index, cell, longest)
            ):
                return False
        return True

    def clear(self) -> None:
        self.texts.clear()
        self.rows.clear()
        self.sources.clear()
        self.cells.clear()

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def columns(self) -> list[int]:
        """Each piece's column."""
        return [row.column_of(cell) for row, cell in zip(self.sources, self.cells, strict=True)]

    def shape(self) -> Shape:
        """The pieces' texts, reader rows and columns: all a header's reading depends on
        (its source lines aside), to remember a reading by."""
        return tuple(self.texts), tuple(self.rows), tuple(self.columns)

    @property
    def line(self) -> int | None:
        """The source line of the first piece."""
        return self.sources[0].line_of(self.cells[0]) if self.texts else None

    def on_one_line(self) -> bool:
        """Whether every piece stands in one reader row (pieces come in reading order)."""
        rows = self.rows
        return bool(rows) and rows[0] == rows[-1]


#: Headers each table remembers the reading of (a site prints every year's report with
#: the same header, and reading a damaged one takes tens of microseconds).
HEADERS_KEPT = 256
#: Most pieces a header is read from: a header is a few dozen cells, and text beyond
#: that (prose standing where a header would be) is not read as one.
MAX_PIECES = 96
#: A gap between header cells printed in one line (pdftotext's layout).
GAP = re.compile(r"\s{2,}")
#: Joins the columns' texts for one regex scan (no name holds it).
_SEPARATOR = "\x1f"
#: Per tuple of names, each name's index (a table has a few such tuples).
_INDEXES: dict[tuple[str, ...], dict[str, int]] = {}


def names_in(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The column names ``pattern`` finds in ``text``, in order: each alternative of the
    pattern is a named group whose name is the column's key."""
    return [str(match.lastgroup) for match in pattern.finditer(text)]


def names_by_column(header: Header, pattern: re.Pattern[str]) -> dict[int, list[str]]:
    """Per column (in column order), the names found in its pieces joined top to bottom
    (a cell broken over lines stays in its column), each name once (an HTML cell
    spanning rows is read once per row it covers)."""
    columns, texts = header.columns, header.texts
    if all(a < b for a, b in pairwise(columns)):  # one line of cells (the common case)
        keys: Sequence[int] = columns
        column_texts: Sequence[str] = texts
    else:
        joined: dict[int, str] = {}
        for column, text in zip(columns, texts, strict=True):
            joined[column] = joined.get(column, "") + text
        keys = sorted(joined)
        column_texts = [joined[column] for column in keys]
    found: dict[int, list[str]] = {}
    # one scan of every column's text, apart by a separator no name can span
    ends = list(accumulate(len(text) + 1 for text in column_texts))
    at = 0
    for match in pattern.finditer(_SEPARATOR.join(column_texts)):
        start = match.start()
        while ends[at] <= start:
            at += 1
        names = found.get(keys[at])
        if names is None:
            found[keys[at]] = [str(match.lastgroup)]
        elif match.lastgroup not in names:
            names.append(str(match.lastgroup))
    return found


def reading_names(header: Header, pattern: re.Pattern[str]) -> list[str]:
    """The names found in the pieces joined in reading order."""
    return names_in("".join(header.texts), pattern)


def row_names(header: Header, pattern: re.Pattern[str]) -> list[list[str]]:
    """Per reader row (in order), the names found in its pieces joined."""
    rows, texts = header.rows, header.texts
    found: list[list[str]] = []
    start = 0
    for end in range(1, len(rows) + 1):
        if end == len(rows) or rows[end] != rows[start]:
            found.append(names_in("".join(texts[start:end]), pattern))
            start = end
    return found


def band_chains(header: Header, pattern: re.Pattern[str]) -> list[list[str]]:
    """The chains of a header printed as one row of cells (each name once): by column,
    by reading order one cell per line, else line by line (see the module docs)."""
    by_column = names_by_column(header, pattern)
    flat = [name for names in by_column.values() for name in names]
    if all(len(names) <= 1 for names in by_column.values()) and len(set(flat)) == len(flat) > 1:
        return [flat]
    if one_piece_per_row(header):
        return [reading_names(header, pattern)]
    return row_names(header, pattern)


def in_template_order(header: Header, pattern: re.Pattern[str], names: Sequence[str]) -> bool:
    """A quick test, building no list: whether the header is surely read as naming its
    columns in the template's order (``names``), each at most once. True only for a
    header on one line (its names taken cell by cell, in column order) or one cell per
    line (in reading order) whose names come in that order; false means "read it"."""
    if header.on_one_line():
        texts: Iterable[str] = header.texts
    elif one_piece_per_row(header):
        texts = ("".join(header.texts),)
    else:
        return False
    last = -1
    for text in texts:
        for match in pattern.finditer(text):
            at = names.index(str(match.lastgroup))
            if at <= last:
                return False
            last = at
    return True


#: A column some local templates print after the template's last (remarks): a header
#: cell that reads so, the last on its line.
_EXTRA_NAMES = re.compile(r"备注(?:说明)?")


def extra_column(header: Header) -> str | None:
    """The name of a column the header prints after the template's columns (a 备注),
    if it has one: a piece so named that ends its reader row (a column at the table's
    right edge ends the header's every line it stands on)."""
    texts, rows = header.texts, header.rows
    for at, text in enumerate(texts):
        if _EXTRA_NAMES.fullmatch(text) and (at + 1 == len(texts) or rows[at + 1] != rows[at]):
            return text
    return None


def one_piece_per_row(header: Header) -> bool:
    """Whether no reader row holds two pieces (a cell-per-line layout)."""
    return all(a != b for a, b in pairwise(header.rows))


@frozen
class Placement:
    """Where the header puts a table's values.

    ``slots[i]`` is the printed position of the template's ``i``-th column, ``None`` when
    that column is left blank. ``printed`` is the header's order of every column when
    it names them all; else ``blanked`` lists the template columns left blank, and
    ``disputed`` the pairs ``(a, b)`` the header prints ``a`` before ``b`` against the
    template, ``unplaced`` the columns it does not place.
    """

    slots: tuple[int | None, ...]
    printed: tuple[str, ...] | None
    blanked: tuple[str, ...] = ()
    disputed: tuple[tuple[str, str], ...] = ()
    unplaced: tuple[str, ...] = ()

    def arrange(self, values: Sequence[_T | None]) -> list[_T | None]:
        """Printed values → the template's order (``None`` where a column is blank)."""
        return [None if slot is None else values[slot] for slot in self.slots]


class HeaderOrder:
    """What chains of names say about the order of ``names`` (the template's columns).

    Chains are combined as "printed before" relations (transitively). A chain naming a
    column twice, or chains that contradict one another, make the header unreadable:
    such a header is read as before, by position. Chains that all follow the template
    (the common case) are settled without combining them.
    """

    def __init__(self, names: Sequence[str], chains: Iterable[Sequence[str]]) -> None:
        self.names = tuple(names)
        index = _INDEXES.get(self.names)
        if index is None:
            index = _INDEXES[self.names] = {name: i for i, name in enumerate(self.names)}
        self._chains = [[index[name] for name in chain if name in index] for chain in chains]
        self._agrees = all(all(a < b for a, b in pairwise(ids)) for ids in self._chains)
        self._closure: tuple[list[int], int] | None = None

    def _closed(self) -> tuple[list[int], int] | None:
        """Bit ``j`` of ``after[i]``: column ``i`` is printed before column ``j``; and the
        columns that take part in some relation, as bits. ``None``: unreadable."""
        if self._closure is None:
            count = len(self.names)
            after = [0] * count
            related = 0
            for ids in self._chains:
                if len(set(ids)) != len(ids):
                    return None
                for first, second in pairwise(ids):
                    after[first] |= 1 << second
                    related |= (1 << first) | (1 << second)
            for k in range(count):  # transitive closure (a table has at most 15 columns)
                bit = 1 << k
                for i in range(count):
                    if after[i] & bit:
                        after[i] |= after[k]
            if any(after[i] >> i & 1 for i in range(count)):
                return None  # a cycle: the header's pieces contradict one another
            self._closure = (after, related)
        return self._closure

    def printed(self) -> tuple[str, ...] | None:
        """Every column in printed order, when the header orders all of them."""
        closed = self._closed()
        if closed is None:
            return None
        after = closed[0]
        count = len(self.names)
        for i in range(count):
            for j in range(i + 1, count):
                if not (after[i] >> j & 1 or after[j] >> i & 1):
                    return None
        # the column printed first is the one with the most columns after it
        ranked = sorted(range(count), key=lambda i: -bin(after[i]).count("1"))
        return tuple(self.names[i] for i in ranked)

    def placement(self) -> Placement | None:
        """What the header means for the values; ``None``: read them by position."""
        if self._agrees:
            return None
        closed = self._closed()
        if closed is None:
            return None
        after, related = closed
        count = len(self.names)
        disputed = [
            (i, j) for i in range(count) for j in range(i) if after[i] >> j & 1
        ]  # i printed before j, though the template has j first
        if not disputed:
            return None
        printed = self.printed()
        if printed is not None:
            position = {name: slot for slot, name in enumerate(printed)}
            return Placement(tuple(position[name] for name in self.names), printed)
        # the header contradicts the template but does not place every column: the
        # columns it disputes, the ones it does not place, and those between them are
        # in doubt; the others keep their template places
        unplaced = [i for i in range(count) if not related >> i & 1]
        doubtful = {i for pair in disputed for i in pair} | set(unplaced)
        low, high = min(doubtful), max(doubtful)
        slots = tuple(None if low <= i <= high else i for i in range(count))
        names = self.names
        return Placement(
            slots,
            None,
            blanked=tuple(names[low : high + 1]),
            disputed=tuple((names[i], names[j]) for i, j in disputed),
            unplaced=tuple(names[i] for i in unplaced),
        )


def order_text(keys: Sequence[str], chinese: dict[str, str]) -> str:
    """``自然人, 科研机构 (natural_person, research_institution)``."""
    return f"{', '.join(chinese[k] for k in keys)} ({', '.join(keys)})"


def describe_placement(placement: Placement, chinese: dict[str, str], what: str = "") -> str:
    """The part of a ``column_order`` message that says what the header printed and
    what was done; ``what`` names the columns' scope (``"the columns"`` by default)."""
    scope = what or "the columns"
    if placement.printed is not None:
        return (
            f"the header prints {scope} in the order {order_text(placement.printed, chinese)}, "
            "not in the template's order; values were placed by the header"
        )
    if not placement.disputed:  # (named columns out of their places, one unnamed)
        return (
            f"the header names {scope} at other places than the template's and does not "
            f"name {order_text(placement.blanked, chinese)}: the values were placed by the "
            "header, those it does not name left blank"
        )
    before = "; ".join(
        f"{chinese[a]} ({a}) before {chinese[b]} ({b})" for a, b in placement.disputed
    )
    unread = (
        f" ({order_text(placement.unplaced, chinese)} not placed by it)"
        if placement.unplaced
        else ""
    )
    return (
        f"the header prints {before} in {scope}, against the template's order, but does "
        f"not place every column{unread}, so where those values stand is not certain: "
        f"{order_text(placement.blanked, chinese)} left blank"
    )

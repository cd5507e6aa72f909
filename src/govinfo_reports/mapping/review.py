"""Table 四 (行政复议、行政诉讼) → the model.

The table has no row labels: a header (复议 / 诉讼 groups, five result columns each)
and then fifteen values in the published order. Values are taken from the first
number after the header until the first text cell after them. A header that prints
the groups, or the result columns under a group, in another order than the template's
places the values (:func:`read_header`), with a ``column_order`` finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import NamedTuple, cast

from attrs import frozen

from ..cells import (
    EMPTY_KIND,
    NUMBER_KIND,
    TEXT_KIND,
    Kind,
    Value,
    memo_label,
    memo_value,
    memoised,
    normalize_label,
    read_value,
)
from ..findings import Finding, make
from ..grid import Row
from ..labels import describe
from ..model import REVIEW_COLUMNS, REVIEW_GROUPS, ReviewLitigation, ReviewOutcome
from .collect import (
    COUNT_HINT,
    Located,
    RawRow,
    copy_finding,
    printed_for_a_count,
    table_not_read,
)
from .columns import (
    HEADERS_KEPT,
    Header,
    HeaderOrder,
    Placement,
    Shape,
    describe_placement,
    extra_column,
    names_by_column,
    names_in,
    one_piece_per_row,
    order_text,
    reading_names,
    row_names,
)
from .fit import Check, as_int, fit_row, lines_per_blank, sum_may_hold

WIDTH = len(REVIEW_GROUPS) * len(REVIEW_COLUMNS)


@frozen
class _Collected:
    """Table 四's values as :func:`_collect` found them."""

    values: list[Located]
    #: Whether text followed the values (the table closed).
    closed: bool
    #: Numbers that stood above the header (a page number under the heading): not values.
    above_header: list[Located]
    #: The index of the row the header starts in, after those numbers.
    header_from: int
    #: The index of the row whose text ended the table (the number of rows if none did).
    end: int
    #: Whether header words stood among the values (a table printed group by group, or
    #: transposed).
    interleaved: bool = False
    #: Empty cells of their own line (a bare ``|``) right before the first value and
    #: right after the last one: blank cells or layout (see :func:`_edge_blanks`).
    leading: tuple[Located, ...] = ()
    trailing: tuple[Located, ...] = ()
    #: The line of the last text before the first value (the header's last cell).
    header_line: int | None = None
    #: Whether a bare ``|`` line stood between two texts of the header: the layout
    #: closes every row with one (real report 016), the header's last row and the
    #: values' too.
    rows_barred: bool = False


def _collect(rows: Sequence[Row]) -> _Collected:
    """The values after the header, and whether text followed them (the table closed).

    Numbers before the first header word are not values when a header word follows
    them: table 四's values stand under its header (a number above it is a page number
    or a note's); with no header word at all, the numbers are the values. (Whether a
    header word stood before the values is asked only when one follows them.)
    """
    values: list[Located] = []
    before: list[str] = []  # the text cells before the first value
    settled = False  # whether a header word after values was judged already
    interleaved = False
    above: list[Located] = []
    header_from = 0
    leading: list[Located] = []  # empty one-cell lines since the last text, before values
    header_line: int | None = None
    rows_barred = False

    def done(closed: bool, end: int) -> _Collected:
        trailing = _trim(values)
        return _Collected(
            values,
            closed,
            above,
            header_from,
            end,
            interleaved,
            tuple(leading),
            trailing,
            header_line,
            rows_barred,
        )

    for index, row in enumerate(rows):
        if row.aligned:
            if values and _names_results(row.texts) and not _results_in(before):
                # the header's row of results after numbers with none named before
                # them: those stood above the table (a summary by group, a page number)
                above, values, header_from = above + _above(values), [], index
                settled, interleaved = True, False
            if values and not settled and any(map(_is_header, row.texts)):
                settled = True
                if not _header_in(before):
                    above, values, header_from = _above(values), [], index
                else:
                    interleaved = True
            elif not values and len(before) < _BEFORE_KEPT:
                before += row.texts
            if _aligned(row, values):
                leading.clear()  # (an HTML table's cells keep their places already)
                return done(True, index)
            continue
        interior_only = len(row.texts) > 1
        empties: list[Located] = []
        for text, line in zip(row.texts, row.lines, strict=True):
            value = read_value(text)
            if value.kind is TEXT_KIND:
                if _hint(text) is not None and _printed_for_a_count(text, values, before):
                    values.extend(empties)  # (fit_row reports it and reads it as blank)
                    empties = []
                    values.append((value, line))
                    continue
                if not values:
                    if leading:
                        rows_barred = rows_barred or header_line is not None
                        leading.clear()
                    header_line = line
                    if len(before) < _BEFORE_KEPT:
                        before.append(text)
                    continue
                if not _is_header(text):
                    if _page_furniture(text) and _completed_after(
                        rows, index, _after(row.texts, text), WIDTH - len(values)
                    ):
                        continue  # a page's footer or running head between the values
                    return done(True, index)
                if not settled:
                    settled = True
                    if not _header_in(before):
                        above, values, header_from = _above(values), [], index
                        empties = []
                        header_line = line
                    else:
                        interleaved = True
                continue
            if value.kind is EMPTY_KIND:
                if values:
                    (empties if interior_only else values).append((value, line))
                elif not interior_only:
                    leading.append((value, line))
                continue
            values.extend(empties)
            empties = []
            values.append((value, line))
    return done(False, len(rows))


#: Rules out most text as a count cell with one C call (a table's header, prose).
_hint = COUNT_HINT.search


def _printed_for_a_count(text: str, values: list[Located], before: list[str]) -> bool:
    """Whether text under table 四's header is a cell printed for a count (``无``,
    ``6人``): it keeps its place among the values, as in the other tables, where it
    used to end the table. Only while the table lacks values, and only under its header
    (a ``无`` under the section heading says there is no table)."""
    return (
        len(values) < WIDTH and printed_for_a_count(text) and (bool(values) or _header_in(before))
    )


def _after(texts: tuple[str, ...], text: str) -> int:
    """The position after ``text`` among a row's texts (found again only when needed:
    numbering every cell of every row cost more than this rare search)."""
    return next(at for at, cell in enumerate(texts) if cell is text) + 1


def _page_furniture(text: str) -> bool:
    """Whether text among table 四's values may be a page's furniture: not the heading
    of the report's next section (``五、…``), which ends the table."""
    return not _SECTION.match(normalize_label(text))


def _completed_after(rows: Sequence[Row], index: int, position: int, wanted: int) -> bool:
    """Whether the numbers after a text among table 四's values (from cell ``position``
    of row ``index`` up to the next text) are exactly the ``wanted`` values the table
    still lacks: the text then stands where a page broke the table (a page number, a
    running head, a site's footer, a few lines of them), not after it. Prose after the
    table is followed by no such run; cells printed as words (``无``) count as values."""
    found = 0
    for row in rows[index : index + wanted + _PAGE_BREAK_LINES]:
        if row.aligned:
            return False
        for text in row.texts[position:]:
            kind = read_value(text).kind
            if kind is TEXT_KIND:
                if _hint(text) is not None and printed_for_a_count(text):
                    found += 1
                elif found or _is_header(text) or not _page_furniture(text):
                    return found == wanted
            elif kind is not EMPTY_KIND:
                found += 1
            if found > wanted:
                return False
        position = 0
    return found == wanted


#: The most lines of text a page break puts between two values (footer, page number,
#: running head), beyond the first one.
_PAGE_BREAK_LINES = 4


#: Text cells kept from before table 四's first value (its header has about twenty).
_BEFORE_KEPT = 64


def _header_in(before: list[str]) -> bool:
    """Whether a header word stood among the text before the values (assumed when there
    was more text than a header has)."""
    return len(before) >= _BEFORE_KEPT or any(map(_is_header, before))


#: Words naming table 四's results (its header's columns), not its groups.
_RESULT_WORDS = ("维持", "纠正", "审结")


def _results_in(texts: list[str]) -> bool:
    return any(word in text for text in texts for word in _RESULT_WORDS)


def _names_results(texts: tuple[str, ...]) -> bool:
    """Whether an aligned row is a row of table 四's header naming results (two cells or
    more naming one)."""
    return sum(any(word in text for word in _RESULT_WORDS) for text in texts) > 1


def _above(values: list[Located]) -> list[Located]:
    return [found for found in values if found[0].kind is not EMPTY_KIND]


def _aligned(row: Row, values: list[Located]) -> bool:
    """Add an aligned (HTML) row's values: an empty cell there is a blank wherever it
    stands, so a row with a value keeps its empty cells, dropping edge ones only where
    they are more than the table has room for. True when text ends the table."""
    found: list[Located] = []
    ended = False
    for text, line in zip(row.texts, row.lines, strict=True):
        value = read_value(text)
        if value.kind is TEXT_KIND:
            if (values or _any_value(found)) and not _is_header(text):
                ended = True
                break
            continue
        found.append((value, line))
    if _any_value(found):
        room = WIDTH - len(values)
        start, end = 0, len(found)
        while end - start > room and found[start][0].kind is EMPTY_KIND:
            start += 1
        while end - start > room and found[end - 1][0].kind is EMPTY_KIND:
            end -= 1
        values.extend((_BLANK if v.kind is EMPTY_KIND else v, c) for v, c in found[start:end])
    return ended


def _any_value(found: list[Located]) -> bool:
    return any(v.kind is not EMPTY_KIND for v, _ in found)


#: An empty HTML cell among values: a published blank, kept where trailing empties of
#: text layouts are trimmed.
_BLANK = Value(Kind.BLANK, raw="")


_SECTION = re.compile(r"[一二三四五六七八九十]+、")
_HEADER_WORDS = ("复议", "诉讼", "起诉", "结果", "维持", "纠正", "审结", "总计", "其他", "合计")


def _is_header(text: str) -> bool:
    """Header words may stand between the groups' values (a table printed group by group)."""
    label = normalize_label(text)
    # (16: a group's name under 行政诉讼, 行政诉讼(未经复议直接起诉), is 14 characters)
    if len(label) > 16 or _SECTION.match(label):
        return False
    return any(word in label for word in _HEADER_WORDS)


def _trim(values: list[Located]) -> tuple[Located, ...]:
    """Drop the empty cells ending ``values``; return them, in order."""
    at = len(values)
    while at and values[at - 1][0].kind is EMPTY_KIND:
        at -= 1
    trailing = tuple(values[at:])
    del values[at:]
    return trailing


def _check(values: Sequence[int]) -> bool:
    size = len(REVIEW_COLUMNS)
    for start in range(0, WIDTH, size):
        group = values[start : start + size]
        if sum(group[:-1]) != group[-1]:
            return False
    return True


#: Table 四's header names: the groups (``litigation`` is 行政诉讼, over the two
#: litigation groups) and the five result columns, by their model keys.
_REVIEW_NAMES = re.compile(
    r"(?P<litigation_direct>未经复议直接起诉|直接起诉)"
    r"|(?P<litigation_after_review>复议后起诉)"
    r"|(?P<administrative_review>行政复议)"
    r"|(?P<litigation>行政诉讼)"
    r"|(?P<upheld>维持)"
    r"|(?P<corrected>纠正)"
    r"|(?P<other>其他结果|其[他它])"
    r"|(?P<pending>尚未审结|审结|尚未|未结|在审|审理中)"
    r"|(?P<total>总计|合计|总数|小计)"
)
_GROUP_CHINESE = {
    "administrative_review": "行政复议",
    "litigation_direct": "未经复议直接起诉",
    "litigation_after_review": "复议后起诉",
}
_RESULT_CHINESE = {
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "other": "其他结果",
    "pending": "尚未审结",
    "total": "总计",
}
_REVIEW, _DIRECT, _AFTER = REVIEW_GROUPS
_SIZE = len(REVIEW_COLUMNS)
#: The names the template's header holds, in reading order (HTML reads 行政复议's
#: results, spanning two rows, twice). A header naming these or their start in this
#: order, however worded or spaced, contradicts nothing in the template's: it is read
#: by position.
_TEMPLATE_SEQUENCE = [
    _REVIEW,
    "litigation",
    *REVIEW_COLUMNS,
    _DIRECT,
    _AFTER,
    *REVIEW_COLUMNS * 3,
]


#: A section heading as numbered in the report (``四、``, ``（四）``, ``4.``, ``第四部分``).
_NUMBERED_HEADING = re.compile(
    r"(?:[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.．、]|第[一二三四五六七八九十]+部分)\D"
)
_HEADING_FIRST = frozenset("一二三四五六七八九十(（第0123456789")
#: The end of a heading's words (…行政诉讼情况).
_HEADING_END = "情况"


def _header_pieces(rows: Sequence[Row]) -> Header:
    """The short text cells before the first value (the header), with their rows and
    columns; none when there are more than :data:`.columns.MAX_PIECES`.

    The section's numbered heading is no piece, nor, where it does not end with 情况,
    the next text ending so: the heading's rest, wrapped (``四、政府信息公开行政复议、`` /
    ``行政诉讼情况``), would put 行政诉讼 before the header's 行政复议."""
    pieces = Header()
    wrapped = False
    for index, row in enumerate(rows):
        for cell, raw in enumerate(row.texts):
            kind = (memo_value(raw) or read_value(raw)).kind
            if kind is EMPTY_KIND:
                continue
            if kind is not TEXT_KIND:
                return pieces
            text = memo_label(raw) or normalize_label(raw)
            if not text:
                continue
            if text[0] in _HEADING_FIRST and (
                _SECTION.match(text) or _NUMBERED_HEADING.match(text)
            ):
                wrapped = not text.endswith(_HEADING_END)
                continue
            if wrapped:
                wrapped = False
                if text.endswith(_HEADING_END):
                    continue
            if not pieces.add_cell(raw, text, row, index, cell, 12):
                pieces.clear()
                return pieces
    return pieces


def _group_chains(first: dict[str, int], by_column: bool) -> list[list[str]]:
    """Chains of groups from where each group name first stands (a column, or a place in
    one line): 行政复议 against 行政诉讼, and the two litigation groups against each
    other. By column, 行政复议 against a litigation group's own name too (in reading
    order that says nothing: 行政复议 is printed a row above it)."""
    chains: list[list[str]] = []
    litigation = first.get("litigation")
    if _REVIEW in first:
        for group in (_DIRECT, _AFTER):
            other = litigation
            if other is None and by_column:
                other = first.get(group)
            if other is not None and other != first[_REVIEW]:
                pair = [_REVIEW, group]
                chains.append(pair if first[_REVIEW] < other else pair[::-1])
    if _DIRECT in first and _AFTER in first:
        chains.append(sorted((_DIRECT, _AFTER), key=first.__getitem__))
    return chains


_GROUP_NAMES = frozenset({"litigation", *REVIEW_GROUPS})


def _in_columns(by_column: dict[int, list[str]]) -> tuple[dict[str, int], list[list[str]]] | None:
    """Where each group name first stands and the results under each printed group place,
    when the header's cells keep the table's columns: every column names at most one
    result, and the three groups' names stand five columns apart (each group's results
    are the columns from its name on) or fifteen results are named. Else ``None``."""
    first: dict[str, int] = {}
    results: list[tuple[int, str]] = []
    for column, names in by_column.items():
        named = [name for name in names if name not in _GROUP_NAMES]
        if len(named) > 1:
            return None
        if named:
            results.append((column, named[0]))
        for name in names:
            if name in _GROUP_NAMES:
                first.setdefault(name, column)
    starts = sorted(first[group] for group in REVIEW_GROUPS if group in first)
    if len(starts) == len(REVIEW_GROUPS) and all(b - a == _SIZE for a, b in pairwise(starts)):
        places = [[n for column, n in results if a <= column < a + _SIZE] for a in starts]
        if sum(map(len, places)) == len(results):
            return first, places
        return None
    if len(results) == WIDTH:
        return first, [[n for _, n in results[i : i + _SIZE]] for i in range(0, WIDTH, _SIZE)]
    return None


def _in_lines(lines: list[list[str]]) -> tuple[list[list[str]], dict[str, list[str]]]:
    """Chains of groups, and the results read for each group, from the names of each
    line (one line: every name of a cell-per-line header in reading order).

    行政复议's results span the header's two lower rows, so they are printed in the row
    of the litigation groups' names: before those names when 行政复议 is printed first,
    else after them; the litigation groups' ten results follow, in the next row, in the
    order of their names. Results are given to groups only where that places them:
    results between the litigation names, or a count that does not split, give none."""
    chains: list[list[str]] = []
    first_line: int | None = None
    review_first: bool | None = None
    for index, names in enumerate(lines):
        first: dict[str, int] = {}
        for at, name in enumerate(names):
            if name in _GROUP_NAMES:
                first.setdefault(name, at)
        chains += _group_chains(first, by_column=False)
        if _REVIEW in first and "litigation" in first and review_first is None:
            review_first = first[_REVIEW] < first["litigation"]
        if first_line is None and (_DIRECT in first or _AFTER in first):
            first_line = index
    if first_line is None:
        results = [name for name in lines[0] if name not in _GROUP_NAMES] if lines else []
        if len(lines) != 1 or len(results) != WIDTH:
            return chains, {}
        return chains, {
            g: results[i * _SIZE : (i + 1) * _SIZE] for i, g in enumerate(REVIEW_GROUPS)
        }
    names = lines[first_line]
    places = [at for at, name in enumerate(names) if name in (_DIRECT, _AFTER)]
    litigation = [names[at] for at in places]
    before = [n for at, n in enumerate(names) if at < places[0] and n not in _GROUP_NAMES]
    between = [n for at, n in enumerate(names) if places[0] < at < places[-1]]
    after = [n for at, n in enumerate(names) if at > places[-1] and n not in _GROUP_NAMES]
    if any(n not in _GROUP_NAMES for n in between) or len(set(litigation)) != len(litigation):
        return chains, {}
    if not before and not after and len(litigation) == 2 and first_line + 1 < len(lines):
        # the groups' names above a line of their fifteen results (pdftotext's layout)
        results = lines[first_line + 1]
        if len(results) == WIDTH and not set(results) & _GROUP_NAMES:
            review_at = 0 if review_first is not False else 2 * _SIZE
            rest = results[_SIZE:] if review_at == 0 else results[:review_at]
            return chains, {
                _REVIEW: results[review_at : review_at + _SIZE],
                litigation[0]: rest[:_SIZE],
                litigation[1]: rest[_SIZE:],
            }
    if before and after and len(after) != 2 * _SIZE:
        return chains, {}
    if review_first is not None and review_first != bool(before):
        return chains, {}  # the names and the results disagree: read no results
    if before:
        review, rest = before, after
    elif len(after) == WIDTH:  # one line: 行政复议's five, then the litigation groups'
        review, rest = after[:_SIZE], after[_SIZE:]
    elif len(after) <= _SIZE:
        review, rest = after, []
    else:
        return chains, {}
    if not rest:  # the litigation groups' results: the next line naming ten
        rest = next(
            (
                found
                for found in (
                    [n for n in line if n not in _GROUP_NAMES] for line in lines[first_line + 1 :]
                )
                if len(found) == 2 * _SIZE
            ),
            [],
        )
    read: dict[str, list[str]] = {}
    if 0 < len(review) <= _SIZE:
        read[_REVIEW] = review
    if len(rest) == 2 * _SIZE and len(litigation) == 2:
        read[litigation[0]] = rest[:_SIZE]
        read[litigation[1]] = rest[_SIZE:]
    return chains, read


#: The template's result labels that a narrow header cell breaks over two lines.
_RESULT_LABELS = frozenset(("结果维持", "结果纠正", "其他结果", "尚未审结"))
_RESULT_HEADS = frozenset(label[:at] for label in _RESULT_LABELS for at in range(1, 4))


def _unwrapped_row_names(pieces: Header) -> list[list[str]]:
    """:func:`.columns.row_names`, with a line of results whose cells are broken over
    two lines joined to the next line first (pdftotext prints each cell's rest under
    it: ``总计 结果 结果 …`` / ``维持 纠正 …``): each head of a result label on the line
    takes the next line's pieces in order, when they are as many and complete a label
    each. Without positions, the rests could not be placed otherwise."""
    lines: list[list[str]] = []
    last = -1
    for row, text in zip(pieces.rows, pieces.texts, strict=True):
        if row == last:
            lines[-1].append(text)
        else:
            lines.append([text])
        last = row
    if len(lines) < 2 or not any(text in _RESULT_HEADS for text in pieces.texts):
        return row_names(pieces, _REVIEW_NAMES)
    joined: list[list[str]] = []
    skip = False
    for line, following in zip(lines, [*lines[1:], []], strict=True):
        if skip:
            skip = False
            continue
        heads = [at for at, text in enumerate(line) if text in _RESULT_HEADS]
        if heads and len(heads) == len(following):
            whole = list(line)
            for at, rest in zip(heads, following, strict=True):
                whole[at] += rest
            if all(whole[at] in _RESULT_LABELS for at in heads):
                joined.append(whole)
                skip = True
                continue
        joined.append(line)
    return [names_in("".join(line), _REVIEW_NAMES) for line in joined]


#: A header's placement, the ``column_order`` finding's message (``None``: no finding)
#: and the name of a column printed after the template's (:func:`.columns.extra_column`).
_Read = tuple[Placement | None, str | None, str | None]


#: Headers read, by their shape (see :data:`.columns.HEADERS_KEPT`).
_READ: dict[Shape, _Read] = {}


def read_header(rows: Sequence[Row]) -> tuple[Placement | None, Finding | None, str | None]:
    """Where table 四's header puts the fifteen values (``None``: by position), the
    ``column_order`` finding, and the name of a column it prints after the template's
    (a 备注; see :func:`.columns.extra_column`).

    Where the header's cells keep their columns (:func:`_in_columns`), the groups' order
    is their names' columns' and each group's results are the columns in its place.
    Otherwise the names are read in reading order one cell per line, else line by line
    (see :mod:`.columns`): 行政复议 against 行政诉讼 and 未经复议直接起诉 against
    复议后起诉 (each pair printed in one row), and the results as :func:`_in_lines` says.
    """
    pieces = _header_pieces(rows)
    if len(pieces) < 2:
        return None, None, None
    placement, message, extra = memoised(
        _READ, pieces.shape(), lambda: _read_pieces(pieces), HEADERS_KEPT
    )
    if message is None:
        return placement, None, extra
    finding = make("column_order", message, path="review_litigation", line=pieces.line)
    return placement, finding, extra


def _read_pieces(pieces: Header) -> _Read:
    """:func:`read_header` for the header's pieces, the finding's message for its finding."""
    extra = extra_column(pieces)
    names = reading_names(pieces, _REVIEW_NAMES)
    if names == _TEMPLATE_SEQUENCE[: len(names)]:
        return None, None, extra  # (the template's order, or its start)
    columns = _in_columns(names_by_column(pieces, _REVIEW_NAMES))
    if columns is not None:
        first, places = columns
        group_chains = _group_chains(first, by_column=True)
    elif one_piece_per_row(pieces):
        group_chains, read = _in_lines([names])
    else:
        group_chains, read = _in_lines(_unwrapped_row_names(pieces))
    groups = HeaderOrder(REVIEW_GROUPS, group_chains)
    group_placement = groups.placement()
    group_slots = (
        group_placement.slots if group_placement is not None else tuple(range(len(REVIEW_GROUPS)))
    )
    if columns is not None:  # the results in each group's printed place
        read = {
            group: places[slot]
            for group, slot in zip(REVIEW_GROUPS, group_slots, strict=True)
            if slot is not None
        }
    results = {
        group: HeaderOrder(REVIEW_COLUMNS, [chain]).placement()
        for group, chain in read.items()
        if chain
    }
    if group_placement is None and not any(results.values()):
        return None, None, extra  # (the common case: the template's order)
    slots: list[int | None] = []
    parts: list[str] = []
    if group_placement is not None:
        parts.append(describe_placement(group_placement, _GROUP_CHINESE, "the groups"))
    for group, group_slot in zip(REVIEW_GROUPS, group_slots, strict=True):
        placement = results.get(group)
        if placement is not None and group_slot is not None:
            scope = f"the columns under {_GROUP_CHINESE[group]} ({group})"
            parts.append(describe_placement(placement, _RESULT_CHINESE, scope))
        for index in range(_SIZE):
            slot = index if placement is None else placement.slots[index]
            slots.append(None if slot is None or group_slot is None else group_slot * _SIZE + slot)
    if not parts:
        return None, None, extra
    leaves = [f"{group}.{column}" for group in REVIEW_GROUPS for column in REVIEW_COLUMNS]
    blanked = tuple(leaf for leaf, slot in zip(leaves, slots, strict=True) if slot is None)
    printed = None
    if not blanked:
        order = sorted(range(WIDTH), key=lambda i: slots[i] or 0)
        printed = tuple(leaves[i] for i in order)
    message = f"{describe('review_litigation')}: {'; '.join(parts)}"
    return Placement(tuple(slots), printed, blanked=blanked), message, extra


def _placed_check(placement: Placement | None) -> Check | None:
    """The groups' arithmetic on the printed values (none while a column is blank)."""
    if placement is None:
        return _check
    if placement.printed is None:
        return None
    arrange = placement.arrange

    def check(values: Sequence[int]) -> bool:
        return _check([v for v in arrange(values) if v is not None])

    return check


def _without_extra(
    values: list[Located], extra: str, placement: Placement | None, findings: list[Finding]
) -> list[Located]:
    """Table 四's fifteen values when its header prints a column ``extra`` (a 备注) after
    the template's: its value, the sixteenth, is named in a ``row_width`` finding, not
    read. Fifteen values in a text layout lost an empty cell at one end: the first
    (行政复议's 维持) or the extra column's. The groups' arithmetic decides where it rules
    one reading out (a blank may hold any count; the first cell blank is reported);
    where it does not, the values are left blank with a warning."""
    line = values[0][1] if values else None
    if len(values) == WIDTH + 1:
        remark = values[-1][0]
        if remark.kind is not EMPTY_KIND:
            findings.append(_remark_finding(extra, remark, values[-1][1]))
        return values[:WIDTH]
    if len(values) != WIDTH or (placement is not None and placement.printed is None):
        return values
    shifted = [(_BLANK, values[0][1]), *values[:-1]]
    printed_fits = _fits([v for v, _ in values], placement)
    shifted_fits = _fits([v for v, _ in shifted], placement)
    shown = f"{describe('review_litigation')}: {WIDTH} values for {WIDTH + 1} columns"
    if printed_fits and not shifted_fits:
        return values
    if shifted_fits and not printed_fits:
        findings.append(
            make(
                "row_width",
                f"{shown} (the header prints {extra} after the template's); the groups' "
                "arithmetic rules out the last cell blank, so the first is (an empty cell "
                f"the layout dropped): the values are read one column to the right, the "
                f"last in {extra}",
                path="review_litigation",
                line=line,
            )
        )
        remark = values[-1][0]
        if remark.kind is not EMPTY_KIND:
            findings.append(_remark_finding(extra, remark, values[-1][1]))
        return shifted[:WIDTH]
    findings.append(
        make(
            "row_width",
            f"{shown} (the header prints {extra} after the template's): the missing cell "
            f"is the first (an empty cell the layout dropped) or {extra}'s, and the groups' "
            f"arithmetic {'holds either way' if printed_fits else 'holds neither way'}; "
            "its cells are left blank",
            path="review_litigation",
            line=line,
        )
    )
    return [(_BLANK, at) for _, at in values]


def _fits(values: Sequence[Value], placement: Placement | None) -> bool:
    """Whether each group's 总计 can be the sum of its results (a blank may hold any count)."""
    numbers: list[int | None] = [v.number if v.kind is NUMBER_KIND else None for v in values]
    if placement is not None:
        numbers = placement.arrange(numbers)
    return all(
        sum_may_hold(numbers[start : start + _SIZE - 1], numbers[start + _SIZE - 1])
        for start in range(0, WIDTH, _SIZE)
    )


def _remark_finding(extra: str, remark: Value, line: int) -> Finding:
    return make(
        "row_width",
        f"{describe('review_litigation')}: the header prints a column {extra} after the "
        f"template's columns; its value {remark.raw.strip()!r} is not read",
        path="review_litigation",
        line=line,
        severity="info",
    )


#: Words naming each statutory table in a short cell of its own (a caption, a row
#: label, a heading), and the table's key.
_TABLE_WORDS = (
    ("行政复议", "review_litigation"),
    ("本年新收政府信息公开申请", "requests"),
    ("第二十条", "active_disclosure"),
)
#: How many values must follow such a cell to make a table.
_COPY_VALUES = 5
#: Rows looked at after it for its values (a cell per line: about thirty).
_COPY_ROWS = 64
#: Longest normalised cell that can name a table (prose is longer), and the longest
#: cell looked at (normalising drops white space and quotes only).
_HEADING_MAX = 48
_CELL_MAX = 2 * _HEADING_MAX


def _tables_after(rows: Sequence[Row], end: int) -> dict[str, int]:
    """Per statutory table named after table 四 ended, the first row naming it (a short
    cell holding its words) with values after it: the table printed twice, a second
    report, or the tables printed in another order."""
    found: dict[str, int] = {}
    for index in range(end, len(rows)):
        if len(found) == len(_TABLE_WORDS):
            break  # (a text of many reports would otherwise be read to its end)
        for text in rows[index].texts:
            if len(text) > _CELL_MAX:
                continue  # a paragraph names no table
            for word, table in _TABLE_WORDS:
                if (
                    word in text
                    and table not in found
                    and len(memo_label(text) or normalize_label(text)) <= _HEADING_MAX
                    and _values_follow(rows, index)
                ):
                    found[table] = index
    return found


def _values_follow(rows: Sequence[Row], index: int) -> bool:
    count = 0
    for row in rows[index : index + 1 + _COPY_ROWS]:
        for text in row.texts:
            count += (memo_value(text) or read_value(text)).kind is NUMBER_KIND
    return count >= _COPY_VALUES


def _after_findings(rows: Sequence[Row], end: int, first: list[Located]) -> list[Finding]:
    """Findings for the statutory tables printed after table 四 (not read)."""
    findings: list[Finding] = []
    for table, index in _tables_after(rows, end).items():
        line = rows[index].line
        if table == "review_litigation":
            findings.append(_printed_again(rows[index:], first, line))
            continue
        findings.append(
            make(
                "unknown_row",
                f"{describe(table)}: rows of this table are printed after table 四, from "
                f"line {line} (two reports in one text, or the tables out of order?); they "
                "were not read",
                path=table,
                line=line,
            )
        )
    return findings


def _printed_again(rows: Sequence[Row], first: list[Located], line: int) -> Finding:
    """The finding for a second table 四 after the one read: ``info`` when it prints the
    same values, else a ``warning`` naming them (which table is the report's is not
    known; the first one was read)."""
    printed = [value.raw.strip() for value, _ in _collect(rows).values]
    if printed == [value.raw.strip() for value, _ in first]:
        return copy_finding("review_litigation", line, same=True)
    return make(
        "unknown_row",
        f"{describe('review_litigation')}: the table is printed again from line {line} "
        f"with other values {printed} (two reports in one text?); that copy was not read, "
        "the first table's values were",
        path="review_litigation",
        line=line,
    )


def _groups_add_up(numbers: Sequence[int | None]) -> bool | None:
    """Whether every group printing all five cells adds up (总计 = the four results);
    ``None`` when no group prints all five."""
    verdict = None
    for start in range(0, WIDTH, _SIZE):
        group = numbers[start : start + _SIZE]
        if None in group:
            continue
        *results, total = cast("list[int]", group)
        if sum(results) != total:
            return False
        verdict = True
    return verdict


def _transposed_reading(rows: Sequence[Row], values: list[Located]) -> _Transposed | None:
    """Table 四 read transposed (:func:`_transposed`), when its fifteen values read as
    printed leave a group whose results do not add up to its 总计: its rows, each named
    by a result and holding three values, say it is (read transposed, a group may not
    add up either: the publisher's sum, which ``validate`` reports). Else ``None``: the
    table is read as printed."""
    if len(values) != WIDTH:
        return None
    if _groups_add_up([as_int(value) for value, _ in values]) is not False:
        return None
    return _transposed(rows)


class _Transposed(NamedTuple):
    """Table 四 read with its result columns as rows: the values in the template's
    order, and the groups' order the header printed."""

    numbers: list[int | None]
    groups: tuple[str, ...]
    #: The results' printed order (a row per group only; a transposed table's rows are
    #: placed by their names).
    results: tuple[str, ...] = REVIEW_COLUMNS
    #: The values of 行政诉讼's own row, its groups' sums (a row per group only): not read.
    summed: tuple[int | None, ...] = ()


def _cells_shown(rows: Sequence[Row]) -> Iterator[tuple[str, Value]]:
    """Each cell of ``rows`` that is not empty, in reading order: its text and value."""
    for row in rows:
        for text in row.texts:
            value = memo_value(text) or read_value(text)
            if value.kind is not EMPTY_KIND:
                yield text, value


def _transposed(rows: Sequence[Row]) -> _Transposed | None:
    """The values of a table 四 printed transposed: each result column (结果维持 …
    总计) a row of its own, holding the three groups' values in the header's order of
    the groups (see :func:`_groups_order`). ``None`` unless all five result rows hold
    three values each."""
    groups: list[str] = []
    by_result: dict[str, list[int | None]] = {}
    current: list[int | None] | None = None
    for text, value in _cells_shown(rows):
        if value.kind is not TEXT_KIND:
            if current is None or len(current) == len(REVIEW_GROUPS):
                return None
            current.append(as_int(value))
            continue
        names = _names(memo_label(text) or normalize_label(text))
        results = [name for name in names if name in REVIEW_COLUMNS]
        if not results and current is None:
            groups += [name for name in names if name in REVIEW_GROUPS]
            continue
        if len(results) != 1 or results[0] in by_result:
            break  # the end of the table (or not a transposed one)
        current = by_result[results[0]] = []
    order = _groups_order(groups)
    if len(by_result) != _SIZE or any(len(v) != len(order) for v in by_result.values()):
        return None
    place = {group: order.index(group) for group in REVIEW_GROUPS}
    numbers = [
        by_result[column][place[group]] for group in REVIEW_GROUPS for column in REVIEW_COLUMNS
    ]
    return _Transposed(numbers, order)


def _by_group(rows: Sequence[Row]) -> _Transposed | None:
    """The values of a table 四 printed a row per group: each group's name (行政复议,
    未经复议直接起诉, 复议后起诉, in any order) then its five values, placed by the name.
    ``None`` unless all three groups print five values each, and nothing else comes
    among them (a group name with no values after it is a header's)."""
    by_group: dict[str, list[int | None]] = {}
    current: list[int | None] | None = None
    header: list[str] = []  # the results named before the first group's values
    sums: list[int | None] = []  # 行政诉讼's own row, if printed: its groups' sums
    for text, value in _cells_shown(rows):
        if value.kind is not TEXT_KIND:
            if current is None or len(current) == _SIZE:
                return None
            current.append(as_int(value))
            continue
        if current:  # text after a group's values: the next group's name, or the end
            if len(current) != _SIZE:
                return None
            if len(by_group) == len(REVIEW_GROUPS):
                return _groups_read(by_group, header, sums)
        elif current is not None and current is not sums:  # a header's group name
            del by_group[next(reversed(by_group))]
        names = _names(memo_label(text) or normalize_label(text))
        groups = [name for name in names if name in REVIEW_GROUPS]
        if not by_group:
            header += [name for name in names if name in REVIEW_COLUMNS]
        current = None
        if len(groups) == 1 and len(names) <= 2 and not set(names) & set(REVIEW_COLUMNS):
            if groups[0] in by_group:
                return None
            current = by_group[groups[0]] = []
        elif not sums and names[:1] == ["litigation"] and set(names) <= _LITIGATION_SUM:
            current = sums
    if current is None or len(current) != _SIZE or len(by_group) != len(REVIEW_GROUPS):
        return None
    return _groups_read(by_group, header, sums)


#: The names of 行政诉讼's own row in a table printed a row per group (行政诉讼合计).
_LITIGATION_SUM = frozenset(("litigation", "total"))


def _by_block(rows: Sequence[Row]) -> _Transposed | None:
    """The values of a table 四 printed as two or three tables, each naming its groups
    (行政复议; 行政诉讼's 未经复议直接起诉 and 复议后起诉) and their results in a header
    above its values, in any order: each group's values placed by its name and by the
    results its table names (five, for each of its groups or once for all). ``None``
    unless every table prints five values per group it names, the three groups are
    named once each, and each table names the five results once per group or once."""
    blocks: list[tuple[list[str], list[int | None]]] = []
    names: list[str] = []
    values: list[int | None] = []
    heading_rest = False
    for text, value in _cells_shown(rows):
        if value.kind is not TEXT_KIND:
            values.append(as_int(value))
            continue
        if values:  # text after a table's values: the next table's, or the end
            blocks.append((names, values))
            names, values = [], []
            if sum(len(found) for _, found in blocks) >= WIDTH:
                break
        label = memo_label(text) or normalize_label(text)
        if _SECTION.match(label):  # (the section's heading, perhaps wrapped)
            heading_rest = not label.endswith(_HEADING_END)
            continue
        if heading_rest:
            heading_rest = False
            if label.endswith(_HEADING_END):
                continue
        names += _names(label)
    if values:
        blocks.append((names, values))
    return _blocks_read(blocks) if len(blocks) > 1 else None


def _blocks_read(blocks: list[tuple[list[str], list[int | None]]]) -> _Transposed | None:
    """:func:`_by_block`'s reading of its tables' names and values."""
    by_group: dict[str, list[int | None]] = {}
    results: dict[str, tuple[str, ...]] = {}
    for names, values in blocks:
        groups = list(dict.fromkeys(name for name in names if name in REVIEW_GROUPS))
        named = [name for name in names if name in REVIEW_COLUMNS]
        if len(named) == _SIZE:
            named *= len(groups)
        if not groups or len(values) != _SIZE * len(groups) or len(named) != len(values):
            return None
        for at, group in enumerate(groups):
            order = tuple(named[at * _SIZE : (at + 1) * _SIZE])
            if group in by_group or set(order) != set(REVIEW_COLUMNS):
                return None
            printed = values[at * _SIZE : (at + 1) * _SIZE]
            by_group[group] = [printed[order.index(column)] for column in REVIEW_COLUMNS]
            results[group] = order
    if len(by_group) != len(REVIEW_GROUPS):
        return None
    orders = set(results.values())
    return _Transposed(
        [number for group in REVIEW_GROUPS for number in by_group[group]],
        tuple(by_group),
        orders.pop() if len(orders) == 1 else (),
    )


def _groups_read(
    by_group: dict[str, list[int | None]], header: list[str], sums: list[int | None]
) -> _Transposed | None:
    """:func:`_by_group`'s reading: the values in the template's order, and the groups'
    printed order. Each group's values stand in the order of the results its header
    names, when it names each of the five once (else the template's). A row of
    行政诉讼's own (``sums``) is left out when it is its two groups' sums, cell by cell;
    else the table is not read so (``None``)."""
    if sums and not _sums_of(sums, by_group[_DIRECT], by_group[_AFTER]):
        return None
    results = REVIEW_COLUMNS
    if len(header) == _SIZE and set(header) == set(REVIEW_COLUMNS):
        results = tuple(header)
    place = [results.index(column) for column in REVIEW_COLUMNS]
    numbers = [by_group[group][at] for group in REVIEW_GROUPS for at in place]
    return _Transposed(numbers, tuple(by_group), results, tuple(sums))


def _by_group_finding(read: _Transposed, line: int) -> Finding:
    parts = []
    if read.groups != REVIEW_GROUPS:
        parts.append(
            f"in the order {'、'.join(_GROUP_CHINESE[g] for g in read.groups)} (the "
            f"template's: {'、'.join(_GROUP_CHINESE.values())}): each row's values were "
            "placed by its group's name"
        )
    if read.results != REVIEW_COLUMNS:
        parts.append(
            "its header prints the results in the order "
            f"{order_text(read.results, _RESULT_CHINESE)}, not in the template's: each "
            "row's values were placed by the header"
        )
    return make(
        "column_order",
        f"{describe('review_litigation')}: the table is printed a row per group, "
        + "; ".join(parts),
        path="review_litigation",
        line=line,
    )


def _sums_of(
    sums: Sequence[int | None], first: Sequence[int | None], second: Sequence[int | None]
) -> bool:
    """Whether every one of five ``sums`` is the sum of ``first``'s and ``second``'s."""
    return len(sums) == _SIZE and all(
        a is not None and b is not None and total == a + b
        for total, a, b in zip(sums, first, second, strict=True)
    )


def _summed_finding(summed: Sequence[int | None], line: int) -> Finding:
    shown = ", ".join(repr(str(number)) for number in summed)
    return make(
        "row_width",
        f"{describe('review_litigation')}: the table is printed a row per group, with a "
        f"row of 行政诉讼's own [{shown}]: the sums of 未经复议直接起诉's and 复议后起诉's "
        "values, cell by cell, not read",
        path="review_litigation",
        line=line,
        severity="info",
    )


def _by_block_finding(read: _Transposed, line: int) -> Finding:
    results = (
        f"each printing the results in the order {order_text(read.results, _RESULT_CHINESE)}"
        if read.results
        else "printing the results in orders of their own"
    )
    return make(
        "column_order",
        f"{describe('review_litigation')}: the table is printed as tables of its groups, "
        f"in the order {'、'.join(_GROUP_CHINESE[g] for g in read.groups)}, {results} (the "
        f"template's: {'、'.join(_GROUP_CHINESE.values())}; "
        f"{'、'.join(_RESULT_CHINESE.values())}): each group's values were placed by its "
        "name and its table's header",
        path="review_litigation",
        line=line,
    )


def _groups_order(named: list[str]) -> tuple[str, ...]:
    """The groups in the order the header names them, each at its last naming (the
    heading names 行政复议 before the header does); the template's order when the header
    does not name all three."""
    last = {group: at for at, group in enumerate(named)}
    if len(last) != len(REVIEW_GROUPS):
        return REVIEW_GROUPS
    return tuple(sorted(last, key=last.__getitem__))


def _names(label: str) -> list[str]:
    return [match.lastgroup for match in _REVIEW_NAMES.finditer(label) if match.lastgroup]


def _transposed_finding(read: _Transposed, line: int) -> Finding:
    transposed = (
        "every group's do"
        if _groups_add_up(read.numbers) is not False
        else "not every group's does either, but each row is named by a result"
    )
    return make(
        "column_order",
        f"{describe('review_litigation')}: the table is printed transposed, each result "
        f"column ({'、'.join(_RESULT_CHINESE.values())}) a row holding the groups' values "
        f"({'、'.join(_GROUP_CHINESE[g] for g in read.groups)}): read as printed, a group's "
        f"results do not add up to its 总计; read transposed, {transposed}. Values were "
        "placed that way",
        path="review_litigation",
        line=line,
    )


def build_review(
    rows: Sequence[Row], findings: list[Finding], lines: dict[str, int], closed_at_end: bool = False
) -> ReviewLitigation | None:
    """Read table 四; ``None`` (with a ``missing_table`` finding) if it holds no values."""
    collected = _collect(rows)
    values, closed = collected.values, collected.closed
    for value, line in collected.above_header:
        findings.append(
            make(
                "row_width",
                f"{describe('review_litigation')}: value {value.raw.strip()!r} stands above "
                "the table's header (a page number, or a summary printed before the table?); "
                "ignored",
                path="review_litigation",
                line=line,
            )
        )
    if not values:
        findings.append(
            table_not_read(
                "review_litigation", "the table's heading was found but no values after it", rows
            )
        )
        return None
    findings += _after_findings(rows, collected.end, values)
    transposed = None
    if collected.interleaved:
        by_group = _by_group(rows[collected.header_from :])
        if by_group is not None:
            lines["review_litigation"] = values[0][1]
            if by_group.groups != REVIEW_GROUPS or by_group.results != REVIEW_COLUMNS:
                findings.append(_by_group_finding(by_group, values[0][1]))
            if by_group.summed:
                findings.append(_summed_finding(by_group.summed, values[0][1]))
            return _outcomes(by_group.numbers)
        blocks = _by_block(rows[collected.header_from :])
        if blocks is not None and (
            blocks.groups != REVIEW_GROUPS or blocks.results != REVIEW_COLUMNS
        ):
            lines["review_litigation"] = values[0][1]
            findings.append(_by_block_finding(blocks, values[0][1]))
            return _outcomes(blocks.numbers)
        transposed = _transposed_reading(rows[collected.header_from :], values)
    if transposed is not None:
        lines["review_litigation"] = values[0][1]
        findings.append(_transposed_finding(transposed, values[0][1]))
        return _outcomes(transposed.numbers)
    placement, order_finding, extra = read_header(rows[collected.header_from :])
    if order_finding is not None:
        findings.append(order_finding)
    if closed and collected.end < len(rows):
        values = _this_years_row(rows, collected, findings) or values
    if len(values) == WIDTH + 1 and _year_label(values):
        findings.append(_year_finding(values[0]))
        values = values[1:]
    untotalled = None
    if len(values) == WIDTH - 1 and placement is None:
        untotalled = _without_a_total_column(values, rows[collected.header_from :], findings)
    if untotalled is not None:
        values = untotalled
    elif extra is not None:
        values = _without_extra(values, extra, placement, findings)
    elif len(values) < WIDTH and closed:
        values = (
            _edge_blanks(collected, findings)
            or _blank_paragraphs(collected, rows, findings)
            or values
        )
    elif len(values) == WIDTH + 1 and placement is None:
        values = _without_sum_column(values, rows[collected.header_from :], findings) or values
    raw = RawRow(
        ("review_litigation",),
        values[0][1],
        WIDTH,
        [value for value, _ in values],
        [line for _, line in values],
        closed or closed_at_end,
    )
    lines["review_litigation"] = raw.line
    fitted = fit_row(raw, "review_litigation", _placed_check(placement), findings, counts_only=True)
    numbers = [as_int(v) for v in fitted.values]
    if placement is not None:
        numbers = placement.arrange(numbers)
    return _outcomes(numbers)


#: A year, as a row's label prints it (2023年, 2023年度, 2023).
_YEAR = re.compile(r"(?:19|20)\d\d(?:年度?)?")


def _year_label(values: list[Located]) -> bool:
    """Whether the first of sixteen values is the row's label naming its year (a column
    of labels, 年度 | …, printing 2023年 before the fifteen values): a year printed as a
    bare number only where the fifteen after it add up group by group."""
    raw = values[0][0].raw.strip()
    if not _YEAR.fullmatch(raw):
        return False
    if not raw.isdigit():
        return True
    numbers = [as_int(value) for value, _ in values[1:]]
    return None not in numbers and _check(cast("list[int]", numbers))


#: A row's label naming its period: a year, or this year's or last year's word.
_PERIOD = re.compile(r"(?:19|20)\d\d(?:年度?)?|本年度?|今年|上一?年度?|去年")
#: The words for the report's year.
_THIS_YEAR = ("本年", "今年")


def _this_years_row(
    rows: Sequence[Row], collected: _Collected, findings: list[Finding]
) -> list[Located] | None:
    """Where table 四's row of values is followed by another row of as many under a
    short label (2023年 / 2022年, 本年 / 上年: a comparison with the year before), the
    values of the row of the later year (this year) where the labels tell it, else
    ``None`` (the first row is read); a warning names the row not read. Before, the
    second row was dropped with no finding, and a table printing last year's row
    first gave last year's values."""
    end = collected.end
    texts = rows[end].texts
    at = next((at for at, text in enumerate(texts) if text.strip()), 0)
    if len(texts[at]) > _LABEL_LONGEST:
        return None  # (a heading, a note: most tables end so)
    label = memo_label(texts[at]) or normalize_label(texts[at])
    if not label or _is_header(label):
        return None
    # (the label's row: its values on its line, or a cell a line after it)
    after = texts[at + 1 : at + 2] or (rows[end + 1].texts[:1] if end + 1 < len(rows) else ())
    if not after or (memo_value(after[0]) or read_value(after[0])).kind is TEXT_KIND:
        return None
    second = _collect(rows[end : end + 2 + WIDTH]).values
    first = collected.values
    year = len(first) == WIDTH + 1 and _year_label(first)
    if len(second) != WIDTH or len(first) != WIDTH + year:
        return None
    if year:
        first_label, first = first[0][0].raw.strip(), first[1:]
    else:
        first_label = _label_before(rows, collected)
    later = _later(first_label, label)
    other, other_label = (first, first_label) if later == 2 else (second, label)
    printed = [value.raw.strip() for value, _ in other]
    why = "the later year's" if later else "the first, the labels not telling which is later"
    findings.append(
        make(
            "unknown_row",
            f"{describe('review_litigation')}: the table prints two rows of values, "
            f"{first_label!r} and {label!r}: {why} was read; the row {other_label!r}, "
            f"{printed}, was not",
            path="review_litigation",
            line=other[0][1],
        )
    )
    # (the first row read as before, its year label reported so)
    return second if later == 2 else None


#: The longest label of a second row of values read (2023年度, 上年同期).
_LABEL_LONGEST = 8


def _label_before(rows: Sequence[Row], collected: _Collected) -> str:
    """The text before table 四's first value on its line or the lines above (the
    row's label), normalised; empty when there is none."""
    first_line = collected.values[0][1]
    label = ""
    for row in rows[collected.header_from : collected.end]:
        for text, line in zip(row.texts, row.lines, strict=True):
            if line >= first_line and (memo_value(text) or read_value(text)).kind is not TEXT_KIND:
                return label
            if text.strip():
                label = memo_label(text) or normalize_label(text)
    return label


def _later(first: str, second: str) -> int:
    """Which of two rows' labels names the later period: 1 or 2; 0 when they do not
    tell (not both years, nor this year's word beside another)."""
    years = [_YEAR_DIGITS.match(label) for label in (first, second)]
    if years[0] is not None and years[1] is not None and years[0][0] != years[1][0]:
        return 1 if years[0][0] > years[1][0] else 2
    this = [label.startswith(_THIS_YEAR) for label in (first, second)]
    if this[0] != this[1] and _PERIOD.fullmatch(first) and _PERIOD.fullmatch(second):
        return 1 if this[0] else 2
    return 0


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _year_finding(label: Located) -> Finding:
    return make(
        "row_width",
        f"{describe('review_litigation')}: {label[0].raw.strip()!r} before the fifteen "
        "values is the row's label (its year), not a value",
        path="review_litigation",
        line=label[1],
        severity="info",
    )


def _without_sum_column(
    values: list[Located], rows: Sequence[Row], findings: list[Finding]
) -> list[Located] | None:
    """Table 四's fifteen values when its header names one 总计 or 合计 more than the
    template's three (a sum of the litigation groups, or of all three) and sixteen are
    printed: the extra value is the one whose leaving out makes every group add up and
    that is the litigation groups' totals summed, or all three's; ``None`` unless that
    gives one reading (an ``info`` says which value was left out)."""
    numbers = [as_int(value) for value, _ in values]
    if None in numbers:
        return None
    totals_named = 0  # (a cheap count first: reading the header's names costs far more)
    for row in rows:
        for text in row.texts:
            if "计" in text or "总数" in text:  # (a cell may print several: PDF text)
                totals_named += text.count("计") + text.count("总数")
    if totals_named <= len(REVIEW_GROUPS):
        return None
    names = reading_names(_header_pieces(rows), _REVIEW_NAMES)
    if names.count("total") != len(REVIEW_GROUPS) + 1:
        return None
    counts = cast("list[int]", numbers)
    readings: dict[tuple[int, ...], int] = {}
    for at, number in enumerate(counts):
        rest = (*counts[:at], *counts[at + 1 :])
        totals = rest[_SIZE - 1 :: _SIZE]
        if _check(rest) and number in (sum(totals[1:]), sum(totals)):
            readings.setdefault(rest, at)
    if len(readings) != 1:
        return None
    (at,) = readings.values()
    findings.append(
        make(
            "row_width",
            f"{describe('review_litigation')}: {len(values)} values for {WIDTH} columns "
            f"{_shown_values(values)}; the header prints a 总计 or 合计 column the template "
            f"lacks, and the value {values[at][0].raw.strip()!r} (cell {at + 1}) sums the "
            "groups' totals, the others adding up group by group: it is not read",
            path="review_litigation",
            line=values[at][1],
            severity="info",
        )
    )
    return values[:at] + values[at + 1 :]


def _without_a_total_column(
    values: list[Located], rows: Sequence[Row], findings: list[Finding]
) -> list[Located] | None:
    """Table 四's fourteen values with a blank put in the place of the one column its
    header does not print (行政复议 with four results and no 总计, or no 尚未审结, as some
    sites print it): the header's result names, read in order, are the template's
    fifteen without one. ``None`` unless the header says so. The blank is not computed
    (a total from its results, or a result from the total); a ``row_width`` warning says
    it is left blank."""
    totals_named = 0  # (a cheap count first: reading the header's names costs far more)
    for row in rows:
        for text in row.texts:
            if "计" in text or "总数" in text:
                totals_named += text.count("计") + text.count("总数")
    if totals_named not in (len(REVIEW_GROUPS) - 1, len(REVIEW_GROUPS)):
        return None
    names = reading_names(_header_pieces(rows), _REVIEW_NAMES)
    results = [name for name in names if name in REVIEW_COLUMNS]
    template = list(REVIEW_COLUMNS) * len(REVIEW_GROUPS)
    missing = next(
        (at for at in range(len(template)) if results == template[:at] + template[at + 1 :]),
        None,
    )
    if missing is None:
        return None
    group, result = REVIEW_GROUPS[missing // _SIZE], template[missing]
    findings.append(
        make(
            "row_width",
            f"{describe('review_litigation')}: {len(values)} values for {WIDTH} columns "
            f"{_shown_values(values)}; the header prints no {_RESULT_CHINESE[result]} column "
            f"for {_GROUP_CHINESE[group]}: that cell is left blank (not computed)",
            path=f"review_litigation.{group}.{result}",
            line=values[0][1],
        )
    )
    at = values[missing - 1][1] if missing else values[0][1]
    return [*values[:missing], (_BLANK, at), *values[missing:]]


def _shown_values(values: Sequence[Located]) -> str:
    """The printed values, for a message."""
    return "[" + ", ".join(repr(value.raw.strip()) for value, _ in values) + "]"


def _edge_blanks(collected: _Collected, findings: list[Finding]) -> list[Located] | None:
    """The values with the empty cells printed a line each right before the first value
    and right after the last (bare ``|`` lines, as the layout prints a blank cell among
    table 三's values) read as blank cells, when they are exactly as many as the values
    the table lacks; else ``None``. Where a layout closes every row with a bare ``|``
    (one stands between the header's rows), the first and the last are those. A
    ``row_width`` warning says so: a value lost reads the same."""
    values, leading, trailing = collected.values, collected.leading, collected.trailing
    if collected.rows_barred:  # (the bars closing the header's last row and the values')
        leading, trailing = leading[1:], trailing[:-1]
    if not (leading or trailing) or len(values) + len(leading) + len(trailing) != WIDTH:
        return None
    findings.append(
        make(
            "row_width",
            f"{describe('review_litigation')}: {len(values)} values for {WIDTH} columns "
            f"{_shown_values(values)} between {len(leading)} empty cells before them and "
            f"{len(trailing)} after them, each a line of its own: those are read as blank "
            "cells (check the columns: a value lost and an empty line of the layout read "
            "the same)",
            path="review_litigation",
            line=values[0][1],
        )
    )
    return [*leading, *values, *trailing]


#: Lines from one cell to the next in a text printing a cell a paragraph, and a line.
_PARAGRAPH_LINES = 2
_LINE_LINES = 1
#: What each such text prints a cell as, for messages.
_LAYOUTS = {_PARAGRAPH_LINES: "paragraph", _LINE_LINES: "line"}


def _blank_paragraphs(
    collected: _Collected, rows: Sequence[Row], findings: list[Finding]
) -> list[Located] | None:
    """The values with a blank cell for each empty line too many between the header's
    last cell and the first value, between two values and (when that is what the count
    needs) after the last value, in a text printing a cell a paragraph (the cell, then
    an empty line; a blank cell one more empty line: ``fit._blanks_of_empty_lines``
    does the same for labelled rows), or, except after the last value, in a text
    printing a cell a line (a blank cell an empty line); ``None`` unless that gives
    exactly the table's width and most values stand a paragraph, or a line, apart. A
    ``row_width`` warning says so."""
    values, header_line = collected.values, collected.header_line
    if header_line is None:
        return None
    lines = [header_line, *(line for _, line in values)]
    gaps = [after - before for before, after in pairwise(lines)]
    step = _PARAGRAPH_LINES if min(gaps) >= _PARAGRAPH_LINES else _LINE_LINES
    if min(gaps) < step or 2 * gaps[1:].count(step) < len(gaps) - 1:
        return None  # (cells on one line, or most not a paragraph, or a line, apart)
    missing = WIDTH - len(values)
    tail = 0
    per_blank = lines_per_blank(gaps, step, missing)
    if per_blank is None:
        if collected.end >= len(rows) or step == _LINE_LINES:
            return None  # (a cell a line: an empty line after the values parts the text)
        tail = rows[collected.end].line - lines[-1] - step
        per_blank = lines_per_blank([*gaps, step + tail], step, missing)
        if per_blank is None:
            return None
    blank = read_value("")
    spaced: list[Located] = []
    for gap, (value, line) in zip(gaps, values, strict=True):
        spaced.extend((blank, line - gap + offset) for offset in range(step, gap, per_blank))
        spaced.append((value, line))
    spaced.extend((blank, lines[-1] + step + at) for at in range(0, tail, per_blank))
    blanks = "blank cells" if per_blank == 1 else "blank cells, an empty paragraph each"
    findings.append(
        make(
            "row_width",
            f"{describe('review_litigation')}: {len(values)} values for {WIDTH} columns "
            f"{_shown_values(values)}; the text prints a cell a {_LAYOUTS[step]}, and the "
            f"{missing * per_blank} empty lines too many among them are read as {blanks} "
            "(check the columns)",
            path="review_litigation",
            line=values[0][1],
        )
    )
    return spaced


def _outcomes(numbers: Sequence[int | None]) -> ReviewLitigation:
    """The model of fifteen numbers in the template's order."""
    groups = {
        name: ReviewOutcome(
            **dict(zip(REVIEW_COLUMNS, numbers[i * _SIZE : (i + 1) * _SIZE], strict=True))
        )
        for i, name in enumerate(REVIEW_GROUPS)
    }
    return ReviewLitigation(**groups)

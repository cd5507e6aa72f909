"""Rows whose cells are separated by spaces, as PDF-to-text tools print them.

``1. 属于国家秘密  0  0  0  0  0  0  0`` or ``规章 0 0 0``: the words before the first
number are the label (their inner spaces are layout, ``结 果 维 持``), every number after
it is a cell. A money unit, an 增/减 word or a plus sign printed apart from its number
is joined back to it (``27759.17695 万元``, ``增 44``, ``+ 8``), and so is a label's
numbering spaced as its characters are (``3 . 其 他``). A page number between dashes (``— 2 —``, as
official documents print them) is one cell of text, not a blank, a count and a blank: the
dashes stand close to the number (at most two spaces apart), where a table's cells stand
apart (``-      5      -`` is a row's blank, count and blank). The split itself is
:func:`.line_cells.spaced_cells`, shared with the HTML reader.

An empty cell prints nothing there, so a row with blank cells is a row of fewer numbers.
Where the rows around such a row print all of a wide table's columns (table 三's seven)
with their numbers aligned alike (right-aligned, centred or left-aligned under their
columns), each of the row's numbers is placed under the column it stands under and the
others are blank cells (:func:`_placed_by_positions`, with a ``row_width`` info).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from operator import itemgetter
from unicodedata import east_asian_width

from ..findings import Finding, make
from ..grid import Grid, ReadResult, Row
from .base import is_blank, rows_of_lines, sniff_stripped, split_lines, text_lines
from .line_cells import (
    TOKENS,
    VALUE_ENDS,
    glued_finding,
    is_value,
    spaced_cells,
    tab_or_pipe_cells,
)
from .retab import retabbed, tab_stops

_NUMBER = r"[+\-]?\d[\d.,]*"
_GAP = r"[\s\u00a0\u3000]+"
_TRAILING_NUMBERS = re.compile(rf"\S{_GAP}{_NUMBER}{_GAP}{_NUMBER}\s*$")
#: A line ending in one number set apart from its words by two spaces or more (table 二's
#: rows of one value: ``行政许可            56``); a space alone may part a label's words.
_SPACED_NUMBER = re.compile(rf"[^\s\u00a0\u3000][ \u00a0\u3000]{{2,}}{_NUMBER}\s*$")


class SpacesReader:
    """Splits lines on white space and rebuilds label and value cells."""

    name = "spaces"

    def sniff(self, text: str) -> float:
        """High when many lines end in two or more space-separated numbers, or in one
        two spaces or more after their words, and few lines hold a tab or a pipe (those
        are other readers' layouts)."""
        delimited = 0
        numeric_rows = 0
        value_ends = VALUE_ENDS
        # (stripped: a tab at the end of a line delimits nothing)
        for line in sniff_stripped(text):
            if "\t" in line or "|" in line:
                delimited += 1
                continue
            if len(line) < 5:
                continue  # the shortest row is "a 1 2": not a count alone, one cell a line
            last = line[-1]
            if last.isdigit():
                # (table 二's rows print one number but two: an excerpt ending before table
                # 三 has fewer than five lines of two)
                if _TRAILING_NUMBERS.search(line) or _SPACED_NUMBER.search(line):
                    numeric_rows += 1
            elif last in value_ends and _ends_in_words(line, value_ends):
                numeric_rows += 1
        if numeric_rows < 5 or delimited > numeric_rows:
            return 0.0
        return min(0.9, 0.5 + numeric_rows / 100)

    def read(self, text: str) -> ReadResult:
        """One row per line: a label cell (if any) then one cell per value."""
        rows: list[Row] = []
        glued: list[Finding] = []
        # each row's line and how many values it prints (after its label, if any)
        printed: list[tuple[str, int]] = []
        widest = 0
        lines = text_lines(text)
        for number, line in enumerate(lines, start=1):
            if is_blank(line):
                continue
            cells, joined = spaced_cells(line)
            if joined is not None:
                glued.append(glued_finding(joined, number))
            rows.append(Row.of_texts(cells, number))
            count = 0  # (the values after the row's label, if any: a 序号 number stands before it)
            while count < len(cells) and is_value(cells[-1 - count]):
                count += 1
            printed.append((line, count))
            widest = max(widest, count)
        if widest >= _ROW_VALUES:
            # (a generator: looked at until the first rows tell, most texts at their first)
            stops = tab_stops(line for line, count in printed if count >= _ROW_VALUES)
            if stops is not None:
                if not isinstance(lines, list):  # (a long text's lines, made a batch at a time)
                    lines = split_lines(text)
                return rows_of_lines(text, _RETABBED, tab_or_pipe_cells, retabbed(lines, stops))
        if widest > _WIDE:
            _thousands_joined(rows, printed, glued)
        if widest >= _WIDE:
            _placed_by_positions(rows, printed, glued)
        if widest >= _PAIRED:
            _placed_in_pairs(rows, printed, glued)
        if widest > _NARROW:
            _placed_under_names(rows, printed, glued)
        return ReadResult(Grid(tuple(rows)), tuple(glued))


#: The fewest values of the rows looked at to tell a tab text whose tabs were expanded.
_ROW_VALUES = 2
#: Each short retabbed line's cells (see :func:`.base.rows_of_lines`).
_RETABBED: dict[str, tuple[str, ...]] = {}

#: The fewest columns of a table whose rows' blank cells are placed by the positions of
#: their numbers (table 三 prints seven; table 二's groups three at most, where a row of
#: fewer numbers is another group's row as often as a row with blank cells).
_WIDE = 5
#: The most columns of such a table (table 三 with a subtotal column and one more): table
#: 四's fifteen values stand on one line, no rows around them to place another by.
_NARROW = 9
#: How many rows a short row may stand from a row printing every column when there is
#: none on its other side (the table's first or last rows): on consecutive lines.
_NEXT_TO = 3
#: How many rows (lines printing something) around a short row are looked at for the
#: rows printing every column (table 三 prints some 60 lines in PDF text).
_AROUND = 64
#: How far apart (in characters) the same edge of one column's numbers may stand in the
#: rows that print every column, and a short row's number from its column's.
_SPREAD = 1
_NEAR = 2


def _thousands_joined(
    rows: list[Row], printed: list[tuple[str, int]], findings: list[Finding]
) -> None:
    """Counts printed with a space for their thousands separator (``1 207``) made one
    value each, in place, with a ``repaired_cell`` info: such a row of table 三 printed
    a value more than the rows around it (left blank with a ``row_width`` warning, and
    the rows next to it placed under its columns). Done for a row printing more than
    :data:`_WIDE` values where the nearest rows printing at least that many (up to two
    each side, not so printed themselves) print the same number of them, fewer than the
    row; where joining its pairs of a number of one to three digits and one of three,
    one space apart, leaves it no wider than they are; and where its other values stand
    at least two spaces apart (narrow columns can bring two values a space apart: in a
    row as wide as the rows around it, they stay apart)."""
    # (table 四's row of fifteen is no row of a table 三 printing a count or two apart)
    wide = [c for c in set(map(itemgetter(1), printed)) if _WIDE <= c <= _NARROW + _PAIRS]
    if len(wide) < 2:  # (no row wider than the others: most texts, found without a loop)
        return
    tally = Counter(map(itemgetter(1), printed))
    common = max(wide, key=tally.__getitem__)
    if max(wide) <= common:
        return
    candidates = [
        index
        for index, (line, count) in enumerate(printed)
        if count > common and _SPACED_THOUSANDS.search(line) is not None
    ]
    if not candidates:
        return
    others = set(candidates)
    wide = [i for i, (_, count) in enumerate(printed) if count >= _WIDE and i not in others]
    for index in candidates:
        at = bisect_left(wide, index)
        near = wide[max(0, at - 2) : at + 2]
        counts = {printed[i][1] for i in near if abs(i - index) <= _AROUND}
        if len(counts) == 1:
            width = counts.pop()
            if width < printed[index][1]:
                _thousands_joined_in(index, width, rows, printed, findings)


def _thousands_joined_in(
    index: int,
    width: int,
    rows: list[Row],
    printed: list[tuple[str, int]],
    findings: list[Finding],
) -> None:
    """Row ``index``'s counts printed with a space for their thousands separator joined
    when that leaves it no wider than ``width`` (:func:`_thousands_joined`)."""
    line, count = printed[index]
    spans = _spans_of(index, rows, printed, {})
    if spans is None:
        return
    texts = rows[index].texts
    values = list(texts[len(texts) - count :])
    joined: list[str] = []
    pairs: list[str] = []
    at = 0
    while at < count:
        value = values[at]
        if (
            at + 1 < count
            and _HIGH_DIGITS.fullmatch(value)
            and _LOW_DIGITS.fullmatch(values[at + 1])
            and spans[at + 1][0] - spans[at][1] == 1
        ):
            pairs.append(f"{value} {values[at + 1]}")
            joined.append(value + values[at + 1])
            at += 2
            continue
        if at + 1 < count and spans[at + 1][0] - spans[at][1] < _APART:
            return  # (values a space apart elsewhere: narrow columns, not a separator)
        joined.append(value)
        at += 1
    if not pairs or len(joined) > width:
        return
    number = rows[index].line
    rows[index] = Row.of_texts((*texts[: len(texts) - count], *joined), number)
    printed[index] = (line, len(joined))
    for pair in pairs:
        findings.append(
            make(
                "repaired_cell",
                f"line {number}: {pair!r} read as one number {pair.replace(' ', '')} (a "
                f"space for its thousands separator: the row printed {count} values, the "
                f"rows around it {width})",
                line=number,
                severity="info",
            )
        )


#: The most counts of a row printed with a space for their thousands separator that
#: are looked for beyond the columns of the widest table 三 (:data:`_NARROW`).
_PAIRS = 2
#: A count printed with a space for its thousands separator (``1 207``, ``12 500``).
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2} \d{3}(?![\d.,])")
_HIGH_DIGITS = re.compile(r"[1-9]\d{0,2}")
_LOW_DIGITS = re.compile(r"\d{3}")
#: The fewest spaces between the values of a row whose counts are joined.
_APART = 2


def _placed_by_positions(
    rows: list[Row], printed: list[tuple[str, int]], findings: list[Finding]
) -> None:
    """Rows printing fewer numbers than the rows around them, each number placed under
    the column it stands under, the other cells blank, in place: ``pdftotext -layout``
    prints an empty cell as nothing, and the row was a value short per blank cell (left
    blank with a ``row_width`` warning, its numbers lost). Done only where the nearest
    rows printing more values (up to two before and two after it, among the
    :data:`_AROUND` rows each way) print the same number of them, at least :data:`_WIDE`,
    with their numbers aligned alike (every column's right-aligned, centred or
    left-aligned within :data:`_SPREAD` characters, if there are several), and each of
    the row's numbers stands within :data:`_NEAR` characters of one column's edge, in
    order; and the row stands among those rows (:func:`_inside`). A row of one number
    on a line of its own (a page number?) is left alone. The placed row is aligned (its
    empty cells are blanks wherever they stand), with a ``row_width`` info."""
    wide: dict[int, list[int]] = {}
    for index, (_, count) in enumerate(printed):
        if _WIDE <= count <= _NARROW:
            wide.setdefault(count, []).append(index)
    if not wide:
        return
    spans: dict[int, list[tuple[int, int]] | None] = {}
    for index, (_, count) in enumerate(printed):
        if count == 0 or count >= max(wide) or (count == 1 and len(rows[index].texts) == 1):
            continue
        width, nearest = 0, list[int]()
        for each, indexes in wide.items():
            at = bisect_left(indexes, index)
            near = [
                i
                for i in indexes[max(0, at - 2) : at + 2]
                if abs(i - index) <= _AROUND and i != index
            ]
            if each > count and len(near) > len(nearest) and _inside(index, near, rows):
                width, nearest = each, near
        _place(index, width, nearest, rows, printed, spans, findings)


def _place(
    index: int,
    width: int,
    nearest: list[int],
    rows: list[Row],
    printed: list[tuple[str, int]],
    spans: dict[int, list[tuple[int, int]] | None],
    findings: list[Finding],
) -> None:
    """Row ``index``'s numbers placed under the columns of the ``width`` the rows
    ``nearest`` print, by the edge their numbers align on (in characters, else in display
    columns), the other cells blank, with a ``row_width`` info; nothing done when a
    number stands under no column."""
    count = printed[index][1]
    references = [(i, _spans_of(i, rows, printed, spans)) for i in nearest]
    known = [(i, spans) for i, spans in references if spans is not None]
    own = _spans_of(index, rows, printed, spans)
    if not known or own is None:
        return
    columns = _columns_placed(own, [spans for _, spans in known])
    if columns is None:
        # a table padded to the display's columns (a CJK character two wide, as
        # text browsers and converters print tables), not to characters
        columns = _columns_placed(
            _on_display(own, printed[index][0]),
            [_on_display(spans, printed[i][0]) for i, spans in known],
        )
        if columns is None:
            return
    _placed_row(index, width, columns, rows, count, findings)


def _placed_row(
    index: int,
    width: int,
    columns: list[int],
    rows: list[Row],
    count: int,
    findings: list[Finding],
    by: str = "the rows around it",
) -> None:
    """Row ``index``'s last ``count`` cells placed under ``columns`` of ``width`` (those
    ``by`` prints), the other cells blank (an aligned row), with a ``row_width`` info."""
    texts = rows[index].texts
    if count < len(texts) and _misprinted_number(texts[-1 - count]):
        return  # (a number misprinted before them, l0 or 1O: not a blank cell)
    values = texts[len(texts) - count :]
    cells = [""] * width
    for column, value in zip(columns, values, strict=True):
        cells[column] = value
    number = rows[index].line
    rows[index] = Row.of_texts((*texts[: len(texts) - count], *cells), number, aligned=True)
    findings.append(
        make(
            "row_width",
            f"line {number}: {count} values for the {width} columns of {by} "
            f"{list(values)!r} placed by their positions under columns "
            f"{[c + 1 for c in columns]!r}; the other cells are printed empty (blank)",
            line=number,
            severity="info",
        )
    )


def _misprinted_number(cell: str) -> bool:
    """Whether ``cell`` (the one before a row's values) is or ends in a number printed
    with a letter for a digit (OCR's ``l0``, ``1O``, ``2I``, ``O`` or ``l`` alone, in a
    cell of its own or joined to the label's words) or a stray mark in it: a value the
    row prints, so not a short row."""
    return _DAMAGED_NUMBER.fullmatch(cell) is not None or _DAMAGED_TAIL.search(cell) is not None


_DAMAGED_NUMBER = re.compile(r"[0-9OolI|,，.]*[0-9][0-9OolI|,，.]*")
#: A misprinted number ending a cell: digits and letters for digits, or one such
#: letter alone (after the label's CJK words, or alone in its cell).
_DAMAGED_TAIL = re.compile(r"(?:[0-9][OolI|]|[OolI|][0-9])[0-9OolI|]*$|(?:^|[^\x00-\x7f])[OolI]$")


def _placed_in_pairs(
    rows: list[Row], printed: list[tuple[str, int]], findings: list[Finding]
) -> None:
    """Table 二's rows with a blank cell, as :func:`_placed_by_positions` places table
    三's: a labelled row printing fewer numbers than :data:`_PAIRED` next to a labelled
    row printing that many, the two alone between lines printing no number (a group of
    table 二 under its caption and header: 规章 and 行政规范性文件, 行政许可 and
    其他对外管理服务事项, 行政处罚 and 行政强制), its numbers placed under the other's
    (a 2019 report's 本年增/减 left blank, ``行政处罚    210              77``, was two
    values for three columns: left blank with a ``row_width`` warning, both lost). A
    row alone in its group is placed under its header's names
    (:func:`_placed_under_header`); a row in a longer run of rows (table 三's) is left
    as it is."""
    spans: dict[int, list[tuple[int, int]] | None] = {}
    last = len(printed) - 1
    short = [index for index, (_, count) in enumerate(printed) if 0 < count < _PAIRED]
    for index in short:
        count = printed[index][1]
        if len(rows[index].texts) == count:
            continue  # (no label: a page number, a value alone on its line)
        before = printed[index - 1][1] if index > 0 else 0
        after = printed[index + 1][1] if index < last else 0
        if before == _PAIRED and (index < 2 or printed[index - 2][1] == 0) and after == 0:
            other = index - 1
        elif after == _PAIRED and before == 0 and (index + 2 > last or printed[index + 2][1] == 0):
            other = index + 1
        else:
            if count == 1 and index and not before and not rows[index].aligned:
                # (a group of one row prints two columns: 2019's fee and procurement)
                _placed_under_header(index, rows, printed, spans, findings)
            continue
        if len(rows[other].texts) > _PAIRED:  # (a labelled row, as the short one is)
            _place(index, _PAIRED, [other], rows, printed, spans, findings)


def _placed_under_header(
    index: int,
    rows: list[Row],
    printed: list[tuple[str, int]],
    spans: dict[int, list[tuple[int, int]] | None],
    findings: list[Finding],
) -> None:
    """A table-二 row alone in its group printing one of its two values (a 2019
    report's fee row, ``行政事业性收费    4``), the number placed under the column name of
    its header on the line right above it (``信息内容    上一年项目数量    本年增/减``:
    names parted by two spaces or more, two after the first) it aligns with; nothing
    done when it stands under neither."""
    header_line = printed[index - 1][0]
    if len(rows[index - 1].texts) != 1 or len(header_line.split()) < _PAIRED:
        # (a header is one text cell, the words before a row's numbers, of three words
        # at least: 2021's one-value rows stand under two, 信息内容 and the column's)
        return
    line, count = printed[index]
    names = [(m.start(), m.end()) for m in _NAMES.finditer(header_line)][1:]
    if len(names) != _PAIRED - 1:
        return
    own = _spans_of(index, rows, printed, spans)
    if own is None:
        return
    columns = _columns_placed(own, [names])
    if columns is None:
        columns = _columns_placed(_on_display(own, line), [_on_display(names, header_line)])
        if columns is None:
            return
    _placed_row(index, len(names), columns, rows, count, findings)


#: How many columns table 二's widest groups print (three; template 2019's fee and
#: procurement rows two, alone in their groups).
_PAIRED = 3
#: A header's names: words parted by single spaces (``本年 增/减``), names by more.
_NAMES = re.compile(r"[^\s\u3000](?:[^\s\u3000]| (?! ))*")


def _placed_under_names(
    rows: list[Row], printed: list[tuple[str, int]], findings: list[Finding]
) -> None:
    """Table 四's row of values printing fewer than its :data:`_REVIEW_WIDTH` (a blank
    cell printed as nothing by ``pdftotext -layout``: left blank with a ``row_width``
    warning, every value lost), its numbers placed under the column names of the header
    lines right above it (:func:`_header_names`) they align with, the other cells blank,
    with a ``row_width`` info. Nothing is done when the names are not the table's
    columns or a number stands under none of them (table 四 prints one row: no rows
    around it to place it by, as table 三's are)."""
    spans: dict[int, list[tuple[int, int]] | None] = {}
    for index, (line, count) in enumerate(printed):
        if not _NARROW < count < _REVIEW_WIDTH or len(rows[index].texts) != count:
            continue
        names = _header_names(index, rows, printed)
        if names is None:
            continue
        own = _spans_of(index, rows, printed, spans)
        if own is None:
            continue
        shown = _on_display(own, line)
        for weights in _EDGES:  # (names and numbers may align on any edge alike)
            anchors = [weights[0] * start + weights[1] * end for start, end in names]
            columns = _placed_on(shown, anchors, weights)
            if columns is not None:
                _placed_row(
                    index, _REVIEW_WIDTH, columns, rows, count, findings, "the header above it"
                )
                break


#: How many columns table 四 prints (行政复议's five, and five for each kind of 行政诉讼).
_REVIEW_WIDTH = 15
#: How many lines of a header above table 四's row are looked at for its column names
#: (two rows of names, each wrapped onto two lines, and the groups' headings).
_HEADER_LINES = 5


def _header_names(
    index: int, rows: list[Row], printed: list[tuple[str, int]]
) -> list[tuple[int, int]] | None:
    """The display spans of the column names of the header above row ``index`` (up to
    :data:`_HEADER_LINES` lines of text right above it, no value among them), in order:
    the names of the line nearest the row, then each name of a line above that stands
    over none of them (a group's heading over several columns, or a name wrapped onto
    two lines, stands over the names below it); ``None`` unless they are
    :data:`_REVIEW_WIDTH` names standing apart."""
    names: list[tuple[int, int]] = []
    line_number = rows[index].line
    for above in range(index - 1, max(-1, index - 1 - _HEADER_LINES), -1):
        line, count = printed[above]
        if count or rows[above].line < line_number - 2:
            break
        line_number = rows[above].line
        found = [(m.start(), m.end()) for m in _NAMES.finditer(line)]
        for start, end in _on_display(found, line):
            if not any(start < kept_end and kept_start < end for kept_start, kept_end in names):
                names.append((start, end))
    if len(names) != _REVIEW_WIDTH:
        return None
    names.sort()
    return names


def _inside(index: int, near: list[int], rows: list[Row]) -> bool:
    """Whether row ``index`` stands among the rows ``near`` it that print every column:
    some before it and some after it, or one of them at most :data:`_NEXT_TO` rows away
    on the lines next to it (no empty line between). A row of another table (table 二's
    last rows before table 三's) stands apart from them."""
    if near[0] < index < near[-1]:
        return True
    closest = near[-1] if near[-1] < index else near[0]
    low, high = min(closest, index), max(closest, index)
    return high - low <= _NEXT_TO and rows[high].line - rows[low].line == high - low


def _spans_of(
    index: int,
    rows: list[Row],
    printed: list[tuple[str, int]],
    spans: dict[int, list[tuple[int, int]] | None],
) -> list[tuple[int, int]] | None:
    """Where each value of row ``index`` stands on its line (start and end characters),
    or ``None`` when its cells are not its line's words put together (a value glued to
    the label: ``规章0``). Kept in ``spans``."""
    if index in spans:
        return spans[index]
    line, count = printed[index]
    texts = rows[index].texts
    words = [(m.start(), m.end(), m.group()) for m in TOKENS.finditer(line)]
    found: list[tuple[int, int]] = []
    for cell in reversed(texts[len(texts) - count :]):
        joined, end = "", None
        while words and len(joined) < len(cell):
            start, stop, word = words.pop()
            joined = word + joined
            end = stop if end is None else end
        if joined != cell or end is None:
            spans[index] = None
            return None
        found.append((start, end))
    found.reverse()
    spans[index] = found
    return found


def _on_display(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """``spans`` (start and end characters on ``line``) as display columns: every
    character before a span's edge one column wide, an East Asian wide one two."""
    wide = [0]
    count = 0
    for char in line[: spans[-1][1]]:
        if char >= "\u1100" and east_asian_width(char) in _WIDE_KINDS:
            count += 1
        wide.append(count)
    return [(start + wide[start], end + wide[end]) for start, end in spans]


_WIDE_KINDS = ("W", "F")


def _columns_placed(
    own: list[tuple[int, int]], references: list[list[tuple[int, int]]]
) -> list[int] | None:
    """The column each of a short row's values stands under (in order), by the edge the
    ``references``' values all align on (their ends, centres or starts), or ``None``."""
    for weights in _EDGES:
        anchors: list[int] = []
        for column in zip(*references, strict=True):
            edges = [weights[0] * start + weights[1] * end for start, end in column]
            if max(edges) - min(edges) > _SPREAD * sum(weights):
                break
            anchors.append(edges[0])
        else:
            return _placed_on(own, anchors, weights)
    return None


def _placed_on(
    own: list[tuple[int, int]], anchors: list[int], weights: tuple[int, int]
) -> list[int] | None:
    """The column each of ``own``'s values stands under (in order): the one whose
    ``anchors`` edge (weighted as ``weights``) it stands within :data:`_NEAR` of; ``None``
    where a value stands under no column, or under two."""
    placed: list[int] = []
    for start, end in own:
        at = weights[0] * start + weights[1] * end
        near = [c for c, a in enumerate(anchors) if abs(at - a) <= _NEAR * sum(weights)]
        if len(near) != 1 or (placed and near[0] <= placed[-1]):
            return None
        placed.append(near[0])
    return placed


#: The edges a column's numbers may align on, as weights of a value's start and end
#: character: its end (right-aligned), its centre (twice: start + end) and its start.
_EDGES = ((0, 1), (1, 1), (1, 0))


def _ends_in_words(line: str, words: str) -> bool:
    """Whether a right-stripped line ends in two values after some text, the last one
    printed with a word (``规章   11件   14件``, ``采购   3   74.45万元``)."""
    if not line.rstrip(words)[-1:].isdigit():
        return False  # the words end a label (第二十条第（一）项), not a count
    tokens = line.rsplit(None, 2)  # (from the right: the cost of the last tokens only)
    return len(tokens) == 3 and is_value(tokens[1]) and is_value(tokens[2])

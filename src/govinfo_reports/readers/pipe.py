"""Pipe-delimited text: a row per line (``规章 | 0 | 0 | 0 |``) or a cell per line
(``规章 |`` … with ``||`` filler lines, seed 004)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter
from typing import TypeVar

from ..findings import Finding, make
from ..grid import Grid, ReadResult, Row
from .base import (
    BLANK_CHARS,
    SPACE_CHARS,
    is_blank,
    rows_of_lines,
    sniff_stripped,
    split_lines,
    surely_absent,
    text_lines,
)
from .delimited import _RULE_CHARS, _is_rule, tab_cells


class PipeReader:
    """Reads both pipe forms.

    A line with two or more non-empty cells is a row. A line ``text |`` is a row of one
    cell. A bare ``|`` line is a blank cell (the cell-per-line form prints blanks that
    way); lines of two or more pipes and nothing else are row fillers and are skipped.
    """

    name = "pipe"

    def sniff(self, text: str) -> float:
        """Share of non-empty lines that hold a pipe next to text."""
        text = plain_bars(text)
        if surely_absent(text, "|"):
            return 0.0
        lines = [ln for ln in sniff_stripped(text) if ln]
        # (text besides the pipes: something is left once pipes and white space are
        # stripped from the ends, without a copy of the line with its pipes removed)
        with_text = len([ln for ln in lines if "|" in ln and ln.strip(_PIPE_OR_SPACE)])
        if with_text < 3:
            return 0.0
        return min(1.0, 0.55 + with_text / max(len(lines), 1))

    def read(self, text: str) -> ReadResult:
        """Split lines on ``|`` (or on a full-width or box-drawing bar, see
        :func:`plain_bars`)."""
        text = plain_bars(text)
        rules: frozenset[int] = frozenset()
        if "+" in text and ("+-" in text or "+=" in text):  # (one char first: a fast scan)
            text = _joined_grid_rows(text)
            rules = _grid_rules(text)
        merged: list[Finding] = []
        if "|||" in text and _wider_filler_after_a_value(text):
            # (a cell-per-line text's filler with a blank cell merged in: looked for where
            # a value line ends right before three bars first, as the check's regular
            # expressions over the whole text cost seed 004, whose captions are followed
            # by wider fillers, +40 %)
            text = _blank_cells_out_of_fillers(text, merged)
        lines = text_lines(text)
        result = rows_of_lines(text, _LINE_CELLS, pipe_cells, lines)
        if merged:
            result = ReadResult(result.grid, (*result.findings, *merged))
        if _prints_rows_without_a_leading_bar(text):
            if not isinstance(lines, list):  # (a long text's lines, made a batch at a time)
                lines = split_lines(text)
            result = ReadResult(Grid(_with_leading_blanks(result.grid.rows, lines)))
            # (most rows ending with text, not a bar: counted fast, a scan for them costs
            # a few per cent of reading rows that end with bars)
            if (text.count("|\n") + text.count("| \n")) * 2 < len(result.grid.rows):
                result = ReadResult(Grid(_with_trailing_blanks(result.grid.rows, lines)))
        if rules:  # (a grid's rules are filler, as ``|----|`` is: not rows of text)
            result = ReadResult(Grid(tuple([r for r in result.grid.rows if r.line not in rules])))
        if len(result.grid.rows) > _TABLE_ROWS:
            result = _with_cut_last_row_padded(result, rules)
        if "| " in text and _EMPTY_CELL.search(text) is not None:
            # (else nothing to place by position)
            _mark_aligned_tables(result.grid.rows, rules)
        return result


#: A line of bars only (a cell-per-line text's row filler, ``||``; a bare ``|`` is a
#: blank cell).
_BARS_LINE = re.compile(r"^[ \t]*(\|{2,})[ \t]*$", re.MULTILINE)
#: The fewest filler lines of one width that make it the text's filler.
_FILLERS = 3
#: A cell-per-line text's line ending with two bars (``0 ||``): bars added at line ends.
_DOUBLED_BAR = re.compile(r"[^|\s][ \t]*\|[ \t]*\|[ \t]*$", re.MULTILINE)
#: A cell-per-line text's line printing a value (``13 |``).
_VALUE_LINE = re.compile(r"[ \t]*[0-9][0-9,.]*[ \t]*\|[ \t]*\n")


def _wider_filler_after_a_value(text: str) -> bool:
    """Whether a line of three bars or more (white space before them allowed) follows a
    line printing a value alone (``13 |``): where :func:`_blank_cells_out_of_fillers`
    can find a blank cell merged into a filler. Found by a scan in C for ``|||``, a look
    at what ends the line before (a caption's or a header's line ends in no digit), and
    only then the value line's pattern."""
    at = text.find("|||")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        before = text[max(start - 24, 0) : start].rstrip()  # (the line before, its end)
        last = before[:-1].rstrip(" \t")[-1:]  # (what stands before that line's bar)
        if (
            not text[start:at].strip(" \t")
            and before.endswith("|")
            and last
            and last in "0123456789,."
            and _after_a_value(text, start)
        ):
            return True
        end = text.find("\n", at)
        if end < 0:
            return False
        at = text.find("|||", end)
    return False


def _after_a_value(text: str, start: int) -> bool:
    """Whether the line before the one starting at ``start`` prints a value alone."""
    begin = text.rfind("\n", 0, max(start - 1, 0)) + 1
    return _VALUE_LINE.fullmatch(text, begin, start) is not None


def _blank_cells_out_of_fillers(text: str, findings: list[Finding]) -> str:
    """``text`` with each filler line one bar wider than the text's usual filler
    (``|||`` where rows end with ``||``) printed as a bare ``|``: a text printing a cell
    a line (``10 |``) and a filler after each row, where a row's blank last cell (a bar
    alone) was merged into the filler line by the copy. Done only where most lines of
    bars only are as wide as each other (:data:`_FILLERS` at least), the wider ones are
    a quarter of them at most, no line ends a cell with two bars (a copy adding bars at
    line ends), and the wider line follows a value (after a caption or a header it is
    the table's width); the filler makes no row, so the line numbers stay. An ``info`` finding
    names each such line, appended to ``findings``."""
    widths: dict[int, int] = {}
    for match in _BARS_LINE.finditer(text):
        width = len(match.group(1))
        widths[width] = widths.get(width, 0) + 1
    usual = max(widths, key=lambda width: (widths[width], -width), default=0)
    if widths.get(usual, 0) < _FILLERS or not 0 < 4 * widths.get(usual + 1, 0) <= widths[usual]:
        return text
    if _DOUBLED_BAR.search(text) is not None:
        return text  # (a copy adding bars at line ends: a wider filler says nothing)
    wider = "|" * (usual + 1)
    parts: list[str] = []
    at, line = 0, 1
    for match in _BARS_LINE.finditer(text):
        if match.group(1) != wider or not _after_a_value(text, match.start()):
            continue  # (after a caption or a header: a filler as wide as the table)
        parts.append(text[at : match.start()])
        parts.append("|")
        line += text.count("\n", at, match.start())
        at = match.end()
        findings.append(
            make(
                "row_width",
                f"a line of {usual + 1} bars among row fillers of {usual}: read as a "
                "blank cell ending the row before it (check it against the page)",
                line=line,
                severity="info",
            )
        )
    parts.append(text[at:])
    return "".join(parts)


#: A grid table's rule between two rows (pandoc's grid tables, a text browser's or a
#: console's bordered tables, box drawing made ASCII: ``+----+----+``, ``|    +----+``
#: under a cell spanning rows): bars, pluses, dashes and spaces, a ``+`` and a ``-`` or
#: ``=`` among them. (A markdown table's ``| --- |`` line under its header has no ``+``.)
_GRID_RULE = re.compile(r"^[ \t]*[+|][-=:+| \t]*\+[-=:+| \t]*$", re.MULTILINE)


def _joined_grid_rows(text: str) -> str:
    """``text`` with each row of a grid table printed over several lines (its cells
    wrapped in narrow columns, between the rules above and below it) joined into one
    line, the pieces of each cell put together in order, and the other lines made rules
    (the text keeps its lines' numbers). A row is joined when its lines print the same
    cells between bars, one line prints values and the others print pieces only in
    columns where that line prints none: the labels wrapped around a row's values (a
    text browser centres a cell in its row, as report pages ask). Lines of a table with
    rules around its header only (each line a row) print values on several lines, and a
    header's lines print none: both are left as they are."""
    pieces: list[str] = []
    done = 0
    after: int | None = None  # where the lines after the last rule start
    for match in _GRID_RULE.finditer(text):
        rule = match.group()
        if "-" not in rule and "=" not in rule:
            after = None
            continue
        start = match.start()
        if after is not None and text.count("\n", after, start) > 1:
            joined = _joined_row(text[after:start], rule)
            if joined is not None:
                pieces += (text[done:after], joined)
                done = start
        after = match.end() + 1
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _joined_row(block: str, rule: str) -> str | None:
    """The lines of ``block`` (each ending with a line end) as one row and rules
    (:func:`_joined_grid_rows`), or ``None`` where they are no row wrapped over lines."""
    lines = block.split("\n")[:-1]
    rows: list[list[str]] = []
    for line in lines:
        stripped = line.strip()
        if stripped[:1] != "|" or stripped[-1:] != "|":
            return None
        rows.append([cell.strip() for cell in stripped[1:-1].split("|")])
    width = len(rows[0])
    valued = [index for index, cells in enumerate(rows) if _prints_a_value(tuple(cells))]
    if len(valued) != 1 or any(len(cells) != width for cells in rows):
        return None
    values = [_is_value(cell) for cell in rows[valued[0]]]
    for cells in rows:
        if any(cell and value for cell, value in zip(cells, values, strict=True)) and (
            cells is not rows[valued[0]]
        ):
            return None  # (text over a value: a header above its first row)
    joined = ["".join(column) for column in zip(*rows, strict=True)]
    return "| " + " | ".join(joined) + " |\n" + (rule + "\n") * (len(lines) - 1)


def _is_value(text: str) -> bool:
    """Whether a cell's text begins and ends as a value does (:func:`_prints_a_value`)."""
    return bool(text) and text[0] in _VALUE_STARTS and text[-1] in _VALUE_ENDS


def _grid_rules(text: str) -> frozenset[int]:
    """The numbers of ``text``'s lines that are grid rules (:data:`_GRID_RULE`)."""
    numbers: list[int] = []
    line, at = 1, 0
    for match in _GRID_RULE.finditer(text):
        rule = match.group()
        if "-" in rule or "=" in rule:
            start = match.start()
            line += text.count("\n", at, start)
            at = start
            numbers.append(line)
    return frozenset(numbers)


#: The fewest rows, and cells a row, of a run of rows read as a table printed cell for
#: cell (see :func:`_mark_aligned_tables`).
_TABLE_ROWS = 3
_TABLE_CELLS = 3
#: An empty cell as rows print it between bars, padded with spaces as a column's width
#: (``||`` alone is a filler line); a text printing none has no empty cell whose place
#: matters. (A scan of the text: one printing a cell per line, ``规章 |``, has no bar
#: before a space and is spared.)
_EMPTY_CELL = re.compile(r"\|[ \u3000]+\|")


def _mark_aligned_tables(rows: tuple[Row, ...], rules: frozenset[int]) -> None:
    """Make aligned each run of at least three rows of ``rows`` on consecutive lines
    that have the same number of cells (three or more): a table printed a cell for each of
    its cells (a markdown table, a converter's rows), where an empty cell is a blank cell
    in its column wherever it stands. So is each run of rows printing the same number of
    cells after the labels they start with (:func:`_after_labels`): a group's label
    printed at the start of its first row (``三、本年度办理结果 | （一）予以公开 | …``)
    is a cell more on that row, not a column of values. So is a row of values alone
    printing at least :data:`_VALUES_ROW` cells (table 四's row of fifteen, where a blank
    first or last value printed empty kept no place). Other runs keep rows as text
    layouts read them (empty cells at either end of a row's values are layout). A row
    printing no value (a caption, a header, a piece of a label broken over rows) is left
    as it is: its empty cells are the table's width, not blanks. Rows parted by grid
    rules (the line numbers ``rules``) stand on consecutive lines: a grid table prints a
    rule between every two rows.

    (The rows are this reader's own, made for this reading: they are marked in place.)"""
    outside = _mark_runs(rows, list(map(len, map(_TEXTS, rows))), rules)
    labelled = False
    for row in outside:
        texts = row.texts
        if "" in texts and _prints_a_value(texts):
            if len(texts) >= _VALUES_ROW and _values_only(texts):
                row.aligned = True  # (table 四's row of fifteen values)
            else:
                labelled = True
    if labelled:  # (rows printing a group's label are outside the runs; most texts have none)
        _mark_runs(rows, list(map(_after_labels, map(_TEXTS, rows))), rules)


def _mark_runs(rows: tuple[Row, ...], widths: list[int], rules: frozenset[int]) -> tuple[Row, ...]:
    """Mark aligned the rows printing a value and an empty cell in each run of at least
    :data:`_TABLE_ROWS` rows on consecutive lines (but for the grid rules ``rules``
    between them) whose ``widths`` are the same, at least :data:`_TABLE_CELLS`; returns
    the rows that are that wide but stand in no such run."""
    outside: tuple[Row, ...] = ()
    count = len(rows)
    start = 0
    while start < count:
        width = widths[start]
        if width < _TABLE_CELLS:
            start += 1
            continue
        end = start + 1
        line = rows[start].line
        while end < count and widths[end] == width:
            following = line + 1
            while following in rules:
                following += 1
            if rows[end].line != following:
                break
            line = following
            end += 1
        if end - start >= _TABLE_ROWS:
            for row in rows[start:end]:
                texts = row.texts
                if "" in texts and _prints_a_value(texts):
                    row.aligned = True  # (a row without an empty cell reads the same)
        else:
            outside += rows[start:end]
        start = end
    return outside


def _with_cut_last_row_padded(result: ReadResult, rules: frozenset[int]) -> ReadResult:
    """``result`` with its last row padded with empty cells to the width of the rows on
    the lines just before it (at least :data:`_TABLE_ROWS` of one width,
    :data:`_TABLE_CELLS` cells or more), when it prints a value, an empty cell and
    fewer cells than those rows: an excerpt cut in a table's row
    (``| （七）总计 |  | 10 | 1 |`` for a row of seven values). Unpadded, its cells
    would be read against the columns from the right, each a column off; padded, they
    stand in the table's columns from the first on, and the cut cells are blank, with a
    ``row_width`` warning saying so. Not where the rows before print nothing in the
    columns the last row lacks (empty cells a converter added at their ends)."""
    rows = result.grid.rows
    last = rows[-1]
    width = len(rows[-2].texts)
    texts = last.texts
    if not _TABLE_CELLS <= len(texts) < width or "" not in texts or not _prints_a_value(texts):
        return result  # (a row without an empty cell: the mapping finds it short itself)
    line = last.line
    beyond = False  # whether a row before prints a cell where the last row has none
    for row in rows[-2 : -2 - _TABLE_ROWS : -1]:
        line -= 1
        while line in rules:
            line -= 1
        if row.line != line or len(row.texts) != width:
            return result
        beyond = beyond or any(row.texts[len(texts) :])
    if not beyond:
        return result  # (rows wider only by empty cells a converter added: none cut)
    missing = width - len(texts)
    padded = Row.of_texts(texts + ("",) * missing, last.line)
    cut = make(
        "row_width",
        f"the text ends in this row, which prints {len(texts)} cells where the "
        f"table's rows before it print {width}: an excerpt cut in the row; its last "
        f"{missing} cell(s) are read as blank (check them against the page)",
        line=last.line,
    )
    return ReadResult(Grid((*rows[:-1], padded)), (*result.findings, cut))


#: The fewest cells of a row of values alone that is read by position by itself: table
#: 四's row prints fifteen (a table-三 row whose label stands on another line, seven to
#: nine).
_VALUES_ROW = 10


def _values_only(texts: tuple[str, ...]) -> bool:
    """Whether every cell of a row is empty or a value (as :func:`_prints_a_value` tells
    one)."""
    starts, ends = _VALUE_STARTS, _VALUE_ENDS
    for text in texts:  # noqa: SIM110 (a loop costs half what all() over a generator does)
        if text and not (text[0] in starts and text[-1] in ends):
            return False
    return True


def _after_labels(texts: tuple[str, ...]) -> int:
    """How many cells a row prints after the text cells it starts with (its labels,
    after any empty cells before them); every cell when it starts with no text."""
    starts, ends = _VALUE_STARTS, _VALUE_ENDS
    index, count = 0, len(texts)
    while index < count and not texts[index]:
        index += 1
    labels = index
    while (
        index < count
        and texts[index]
        and not (texts[index][0] in starts and texts[index][-1] in ends)
    ):
        index += 1
    return count - index if index > labels else count


_TEXTS = attrgetter("texts")
#: How a value cell begins and ends, and a caption, header or label piece does not: a
#: digit, a sign or a blank's mark, an amount its unit (a numbered label, ``1.信访…``,
#: ends in a word).
_VALUE_STARTS = frozenset("0123456789０１２３４５６７８９+-/／－—–")
_VALUE_ENDS = frozenset("0123456789０１２３４５６７８９/／-－—–元")


def _prints_a_value(texts: tuple[str, ...]) -> bool:
    """Whether a row prints a value: a cell beginning and ending as one does (a digit,
    a sign, a blank's mark; an amount's unit)."""
    starts, ends = _VALUE_STARTS, _VALUE_ENDS
    for text in texts:  # noqa: SIM110 (a loop costs half what any() over a generator does)
        if text and text[0] in starts and text[-1] in ends:
            return True
    return False


#: A bar with a cell's text after it on its line: a row of two cells or more.
_TEXT_AFTER_BAR = re.compile(r"\|[ \t\u3000]*[^|\s]")
#: How much text after its first bar tells whether a text prints rows of several cells.
_FIRST_ROWS_CHARS = 400


def _prints_rows_without_a_leading_bar(text: str) -> bool:
    """Whether ``text`` prints text before the first ``|`` on its line, and a row of two
    cells or more near it: not a text printing a bar before each row, nor one printing a
    cell a line (``规章 |``). (Only the text around the first bar is looked at: a whole
    text's scan costs a few per cent of the reading.)"""
    bar = text.find("|")
    if bar <= 0:
        return False
    before = text[text.rfind("\n", 0, bar) + 1 : bar]
    if not before or before.isspace():
        return False
    return _TEXT_AFTER_BAR.search(text, bar, bar + _FIRST_ROWS_CHARS) is not None


#: How many rows on either side of a row tell the form of the rows around it
#: (:func:`_with_leading_blanks`, :func:`_with_trailing_blanks`).
_NEIGHBOURS = 2
_T = TypeVar("_T")


def _around(items: Sequence[_T], index: int) -> list[_T]:
    """The items within :data:`_NEIGHBOURS` of ``index`` on either side, that one left
    out."""
    before = items[max(0, index - _NEIGHBOURS) : index]
    return [*before, *items[index + 1 : index + 1 + _NEIGHBOURS]]


def _with_leading_blanks(rows: tuple[Row, ...], lines: list[str]) -> tuple[Row, ...]:
    """``rows`` (read from ``lines``) with an empty first cell put back on each row
    printed with a bar before its first cell (``  | 项目数量 | 位：元） |``) among rows
    printing text there and a bar after their last cell (``信息内容 | 采购 | 采购总金额（单 |``):
    in such a table, a line starting with a bar is a row whose first cell is empty, not a
    row printed with a bar before each cell (:func:`pipe_cells` reads it so). The rows
    within :data:`_NEIGHBOURS` on either side decide: more of them print no leading bar
    than print one."""
    joined = "\n".join(lines)  # (one scan of it costs a tenth of a loop over the lines)
    numbers: list[int] = []
    number, at = 1, 0
    for match in _BAR_FIRST.finditer(joined):
        number += joined.count("\n", at, match.end())
        at = match.end()
        numbers.append(number)
    if not numbers:
        return rows
    index_of = {row.line: index for index, row in enumerate(rows)}
    restored = list(rows)
    for number in numbers:
        index = index_of.get(number)
        if index is None or rows[index].texts == ("",):
            continue  # (a filler line, or a bare ``|``: a blank cell a line)
        forms = [_is_barless(lines[row.line - 1], row.texts) for row in _around(rows, index)]
        if forms.count(True) > forms.count(None):
            row = rows[index]
            restored[index] = Row.of_texts(("", *row.texts), row.line)
    return tuple(restored)


def _with_trailing_blanks(rows: tuple[Row, ...], lines: list[str]) -> tuple[Row, ...]:
    """``rows`` (read from ``lines``) with an empty last cell put back on each row
    printed with a bar after its last cell (``二、上年结转… |  |  | 2 | 1 | 0 |``) among
    rows of several cells printing text after their last bar (``… | 3 | 16``): a copy
    joining a row's cells with bars and printing none around them leaves the bar before
    an empty last cell at the line's end, where :func:`pipe_cells` reads a closing bar.
    The rows within :data:`_NEIGHBOURS` on either side decide: two of them at least, and
    more of them than not, end with text."""
    forms = [_ends_open(lines[row.line - 1], row.texts) for row in rows]
    restored = list(rows)
    for index, form in enumerate(forms):
        if form is not False:
            continue
        near = _around(forms, index)
        opened = near.count(True)
        if opened >= 2 and opened > near.count(False):
            row = rows[index]
            restored[index] = Row.of_texts((*row.texts, ""), row.line)
    return tuple(restored)


def _ends_open(line: str, texts: tuple[str, ...]) -> bool | None:
    """Whether a row of ``texts`` printed as ``line`` ends with text after its last bar
    (true) or with a bar (false); ``None`` for a row of one cell (``规章 |``)."""
    if len(texts) < 2:
        return None
    return line.rstrip()[-1:] != "|"


#: A line printing a bar before any text (after the first line).
_BAR_FIRST = re.compile("\n[ \t\u3000\xa0]*\\|")


def _is_barless(line: str, texts: tuple[str, ...]) -> bool | None:
    """Whether a row of ``texts`` printed as ``line`` prints no bar before its first cell
    but one after its last, with two cells or more (true); ``None`` where it prints a bar
    before its first cell (a row :func:`_with_leading_blanks` places); else false."""
    stripped = line.strip()
    if stripped[:1] == "|":
        return None if texts != ("",) else False
    return stripped[-1:] == "|" and len(texts) > 1


#: Each short line's cells (see :func:`.base.rows_of_lines`).
_LINE_CELLS: dict[str, tuple[str, ...]] = {}


def pipe_cells(line: str) -> tuple[str, ...]:
    """The cells of one line; ``()`` for a line that makes no row (blank, filler, rule).

    A line without a pipe but with a tab between texts is split on its tabs: a table
    can change its delimiter part-way (rows copied from another source)."""
    stripped = line.strip()
    if "|" not in line:
        if "\t" in stripped:  # a row copied as tab-delimited among pipe rows
            return tab_cells(line)
        return (stripped,) if stripped and not is_blank(stripped) else ()
    if stripped[-1] == "|" and stripped.count("|") == 1:  # ``text |``: one cell
        cell = stripped[:-1].rstrip()
        if not cell:
            return ("",)  # a bare ``|``: a blank cell
        # (inline is_blank and _is_rule: the cell has no outer white space)
        if cell.strip(BLANK_CHARS) and (len(cell) < 3 or cell.strip(_RULE_CHARS)):
            return (cell,)
        return ()
    content = line.replace("|", "")
    if is_blank(content):  # pipes only: filler, or a blank cell when alone
        return ("",) if line.strip() == "|" else ()
    parts = line.split("|")
    if _may_be_rule(content):
        if all(is_blank(p) or _is_rule(p) for p in parts):
            return ()
        glued = _glued_to_rule(parts)
        if glued is not None:
            return (glued,)  # text typed into a rule line: the text, and no cells
    if parts and is_blank(parts[0]) and line.lstrip().startswith("|"):
        parts = parts[1:]
    if parts and is_blank(parts[-1]):
        parts = parts[:-1]
    return tuple([p.strip() for p in parts])


_CHINESE = re.compile("[\u3400-\u9fff]")


def _glued_to_rule(parts: list[str]) -> str | None:
    """The text typed into a table rule (``4444| --- | --- |``, or in place of one of
    its ``---``: ``|+5| --- | --- |``), or ``None``: every part but one is a rule or
    blank, two at least are rules, and the odd one stands before the first ``|`` or
    holds no Chinese (a label with ``---`` cells, ``| 规章 | --- | --- |``, is a row
    whose cells are printed blank)."""
    odd: int | None = None
    rules = 0
    for index, part in enumerate(parts):
        if _is_rule(part):
            rules += 1
        elif not is_blank(part):
            if odd is not None:
                return None  # (two texts: a row; most lines holding a - end here)
            odd = index
    if odd is None or rules < 2:
        return None
    text = parts[odd].strip()
    return text if odd == 0 or not _CHINESE.search(text) else None


#: Bars printed instead of ``|`` (full-width ｜, box drawing │ ┃ ║), and box-drawing
#: rules, as the ASCII table characters the reader knows (``|``, ``-``, ``+``): a frame
#: may be drawn in double lines (``╔═╤═╗``, ``║ … │ … ║``, ``╟─┼─╢``).
_BARS = str.maketrans(
    {"｜": "|", "│": "|", "┃": "|", "║": "|", "─": "-", "━": "-", "═": "-"}
    | dict.fromkeys("┼┬┴├┤┌┐└┘╋┳┻┣┫┏┓┗┛╬╦╩╠╣╔╗╚╝╪╤╧╞╡╒╕╘╛╫╥╨╟╢╓╖╙╜", "+")
)


_PIPE_OR_SPACE = "|" + SPACE_CHARS


def plain_bars(text: str) -> str:
    """``text`` with full-width and box-drawing bars and rules made ASCII (``|``, ``-``,
    ``+``) when it has any bar other than ``|``; else ``text`` itself."""
    if "｜" in text or "│" in text or "┃" in text or "║" in text:
        return text.translate(_BARS)
    return text


def _may_be_rule(content: str) -> bool:
    """Cheap test before splitting: table rules are made of ``-``, ``=``, ``:``, ``+``."""
    return "-" in content or "=" in content or ":" in content or "+" in content

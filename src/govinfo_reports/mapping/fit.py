"""Fitting a row's values to its columns, and repairing rows with a cell too few or too many.

A row whose value count is off by one is repaired only where its own arithmetic pins
the values down: every way of inserting the missing 0 (or dropping the extra value)
is tried, the ones that break the row's arithmetic are thrown out, and a column gets
a value only when every remaining way agrees on it. Columns they disagree on stay
``None`` and the alternatives are kept so a table-level rule can decide later. Every
repair is reported; nothing is shifted silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from operator import attrgetter

from attrs import define, evolve, field

from ..cells import (
    JOINED_DIGITS,
    MONEY_KIND,
    NUMBER_KIND,
    POINT_AFTER,
    TEXT_KIND,
    WRAPPED_NUMBER,
    Value,
    as_count,
    memo_value,
    normalize_label,
    normalize_width,
    read_value,
    with_unit,
)
from ..findings import Finding, make
from ..labels import describe
from .collect import Key, RawRow, cell_lines, value_likeness

Numbers = list[int | None]
Check = Callable[[Sequence[int]], bool]


@define
class Fitted:
    """Per-column values (``None`` = blank or unknown), and open alternatives."""

    values: list[Value | None]
    candidates: list[list[int]] = field(factory=list)


_SHOWN = 24
_SHOWN_CHARS = 80


def shown_text(text: str) -> str:
    """A cell's text for a message, cut short when it is very long."""
    if len(text) <= _SHOWN_CHARS:
        return repr(text)
    return f"{text[:_SHOWN_CHARS]!r}… ({len(text)} characters)"


def raw_text(raw: RawRow) -> str:
    """The printed values of a row, for messages."""
    shown = [shown_text(v.raw.strip()) if v.raw else "''" for v in raw.values[:_SHOWN]]
    more = f", … ({len(raw.values)} in all)" if len(raw.values) > _SHOWN else ""
    return "[" + ", ".join(shown) + more + "]"


def fit_row(
    raw: RawRow,
    path: str,
    check: Check | None,
    findings: list[Finding],
    counts_only: bool = False,
    table: Mapping[Key, RawRow] | None = None,
) -> Fitted:
    """Place ``raw``'s values into ``raw.width`` columns; report anything irregular.

    ``counts_only``: every column holds a count, so a decimal or an amount of money is
    unreadable there too (the caller reads such a cell as blank). ``table``: the rows of
    ``raw``'s table, whose spacing tells blank cells printed as empty lines (see
    :func:`_blanks_of_empty_lines`).
    """
    if len(raw.values) < raw.width and raw.closed and raw.lone is None:
        shared = _values_on_the_label_line(raw, path, findings)
        if shared is not None:
            return fit_row(shared, path, check, findings, counts_only, table)
        parted = _parted_cells(raw, path, findings)
        if parted is None and raw.values and raw.furniture is None:
            parted = _blanks_of_empty_lines(raw, path, findings, table)
        if parted is not None:
            return fit_row(parted, path, check, findings, counts_only)
    if raw.furniture is not None and _after_page_text(raw):
        if len(raw.values) == raw.width + 1 and raw.closed:
            without = _page_number_dropped(raw, path, findings)
            return fit_row(without, path, check, findings, counts_only)
        if len(raw.values) == raw.width:
            findings.append(_maybe_page_number(raw, path))
    if (
        len(raw.values) == raw.width + 1
        and raw.closed
        and (point := _point_joined(raw)) is not None
    ):
        return fit_row(point, path, check, findings, counts_only, table)
    if (
        raw.lone == [raw.width]
        and len(raw.values) == raw.width + 1
        and raw.closed
        and not (check is not None and all(v.kind is NUMBER_KIND for v in raw.values))
    ):
        return fit_row(_lone_extra_dropped(raw, path, findings), path, check, findings, counts_only)
    if (
        len(raw.values) > raw.width
        and raw.closed
        and raw.lone is None
        and not counts_only
        and (grouped := _groups_joined(raw)) is not None
    ):
        return fit_row(grouped, path, check, findings, counts_only, table)
    values: list[Value] = raw.values  # (read only)
    width = raw.width
    kinds = list(map(_kind, values))  # (a list, not a set: an Enum's hash is Python code)
    if TEXT_KIND in kinds or (counts_only and MONEY_KIND in kinds) or any(map(_repaired, values)):
        if counts_only and MONEY_KIND in kinds:
            counted = [as_count(value) or value for value in values]
            if counted != values:
                return fit_row(
                    evolve(raw, values=counted), path, check, findings, counts_only, table
                )
        if (
            TEXT_KIND in kinds
            and len(values) > width
            and raw.closed
            and raw.lone is None
            and (joined := _units_joined(raw, path, findings)) is not None
        ):
            return fit_row(joined, path, check, findings, counts_only, table)
        _report_cells(raw, path, findings, counts_only)
    for index in raw.lone if raw.lone and len(values) == width else ():  # else row_width
        findings.append(
            make(
                "repaired_cell",
                f"{describe(path)}: {shown_text(values[index].raw.strip())} stands alone on "
                "its line after the row's other values and is read as the row's next cell "
                "(a cell wrapped onto the next line; check it is not a page number)",
                path=path,
                line=raw.lines[index],
                severity="warning",
            )
        )
    if raw.above is not None:
        findings.append(
            make(
                "row_width",
                f"{describe(path)}: the values {raw_text(raw)} on line {raw.above}, on a "
                "line of their own above the row's label, are read for this row (the rows "
                "around it print their values so, each row's read for the label before it "
                "left the last one without values)",
                path=path,
                line=raw.above,
                severity="warning",
            )
        )
    if raw.pieces is not None:
        label_head, label_rest = raw.pieces
        findings.append(
            make(
                "repaired_cell",
                f"{describe(path)}: the row label is printed in two pieces, "
                f"{shown_text(label_head.strip())} with the values {raw_text(raw)} and "
                f"{shown_text(label_rest.strip())} on a line after them; the values are read "
                "for this row",
                path=path,
                line=raw.line,
                severity="warning",
            )
        )
    if len(values) == width:
        as_placed: list[Value | None] = list(values)
        return Fitted(as_placed)
    if not values and raw.closed:
        if raw.label is not None and _NUMBER_IN_LABEL.search(normalize_label(raw.label)):
            # 规章11件14件17件: the values stand inside the label's cell, not after it
            findings.append(
                make(
                    "unreadable_cell",
                    f"{describe(path)}: the row label {shown_text(raw.label.strip())} holds "
                    f"numbers; they are not read as its cells, all {width} cells read as blank",
                    path=path,
                    line=raw.line,
                )
            )
            return Fitted([None] * width)
        if raw.unread is not None and _value_in_words(raw.unread):
            # 无, 共1204件 where the value goes, a cell a line: maybe the value in words
            findings.append(
                make(
                    "unreadable_cell",
                    f"{describe(path)}: cell text {shown_text(raw.unread.strip())} after "
                    f"the row label is not a number; all {width} cells read as blank",
                    path=path,
                    line=raw.line if raw.label_end is None else raw.label_end,
                )
            )
            return Fitted([None] * width)
        # text layouts drop empty cells next to a label, so a row printed blank and a
        # row whose values were lost look the same: say so, softly
        findings.append(
            make(
                "row_width",
                f"{describe(path)}: no value after the row label; all {width} cells read as blank",
                path=path,
                line=raw.line,
                severity="info",
            )
        )
        return Fitted([None] * width)
    numbers = [v.number if v.kind is NUMBER_KIND else None for v in values]
    fitted = Fitted([None] * width)
    action = "all cells of the row left blank"
    if not raw.closed and check is not None and len(values) > width and None not in numbers:
        first = [n for n in numbers[:width] if n is not None]
        if check(first):
            fitted = Fitted(list(values[:width]))
            action = (
                "the input ends after this row; the first values keep the row's arithmetic "
                "and are kept, the rest ignored"
            )
        else:
            action = "the input ends inside this row; its cells are left blank"
    elif not raw.closed:
        action = "the input ends inside this row; its cells are left blank"
    elif check is not None and abs(len(values) - width) == 1 and None not in numbers:
        complete = [n for n in numbers if n is not None]
        # each placement once, in order: a 0 inserted after a 0, or a value dropped after
        # an equal one, gives the row the placement before it gave
        if len(values) < width:
            options = [
                (*complete[:i], 0, *complete[i:])
                for i in range(width)
                if i == 0 or complete[i - 1] != 0
            ]
        else:
            options = [
                (*complete[:i], *complete[i + 1 :])
                for i in range(len(complete))
                if i == 0 or complete[i - 1] != complete[i]
            ]
        survivors = [list(o) for o in options if check(o)]
        if survivors:
            fitted = _consensus(survivors)
            placed = sum(1 for v in fitted.values if v is not None)
            if len(survivors) == 1 or placed == width:
                what = "a missing 0 inferred" if len(values) < width else "one extra value dropped"
                action = f"{what}; the row's arithmetic fixes every column"
            else:
                action = (
                    f"{placed} of {width} columns fixed by the row's arithmetic, "
                    f"the others left blank ({len(survivors)} possible placements)"
                )
    findings.append(
        make(
            "row_width",
            f"{describe(path)}: {len(values)} values for {width} columns {raw_text(raw)}; {action}",
            path=path,
            line=raw.line,
        )
    )
    return fitted


#: An amount's unit printed in a cell of its own (after the amount's).
_UNITS = frozenset({"元", "万元"})


def _units_joined(raw: RawRow, path: str, findings: list[Finding]) -> RawRow | None:
    """``raw`` with each unit printed alone in the cell after a number (``3518.2050 |
    万元``: a grid's two cells under 采购总金额) joined to that number, an info saying
    so; None if there is none."""
    values, lines = list(raw.values), list(raw.lines)
    index = len(values) - 1
    joined: list[str] = []
    while index > 0:
        unit = values[index]
        before = values[index - 1]
        if (
            unit.kind is TEXT_KIND
            and unit.raw.strip() in _UNITS
            and (amount := with_unit(before, unit.raw.strip())) is not None
        ):
            values[index - 1 : index + 1] = [amount]
            del lines[index]
            joined.append(amount.raw)
            index -= 1
        index -= 1
    if not joined:
        return None
    findings.append(
        make(
            "repaired_cell",
            f"{describe(path)}: {', '.join(map(shown_text, reversed(joined)))}: a unit printed "
            "in a cell of its own after the amount is read as the amount's",
            path=path,
            line=raw.line,
            severity="info",
        )
    )
    return evolve(raw, values=values, lines=lines)


#: The cells an amount grouped by spaces falls into where a reader parts cells at white
#: space (``1 234 567.89``): a first group of one to three digits, whole groups of three,
#: and a last group of three with the decimals (and maybe the unit).
_FIRST_GROUP = re.compile(r"\d{1,3}")
_WHOLE_GROUP = re.compile(r"\d{3}")
_LAST_GROUP = re.compile(r"\d{3}\.\d+\s*(?:亿元|万元|千元|元)?")


def _groups_joined(raw: RawRow) -> RawRow | None:
    """``raw`` with the cells of an amount grouped by spaces (``1 | 234.56``, as
    space-aligned text parts ``1 234.56``) joined into one, when that run is the only
    one whose joining gives the row its width; else ``None``. The joined cell reads as
    digits parted by white space (:data:`JOINED_DIGITS`), which warns."""
    if any(value.kind is TEXT_KIND for value in raw.values):
        return None  # (a unit in a cell of its own is joined first: 12 | 345.6 | 万元)
    texts = [normalize_width(v.raw).strip() for v in raw.values]
    extra = len(texts) - raw.width
    runs: list[int] = []
    for start in range(len(texts) - extra):
        end = start + extra
        if (
            _FIRST_GROUP.fullmatch(texts[start])
            and all(_WHOLE_GROUP.fullmatch(t) for t in texts[start + 1 : end])
            and _LAST_GROUP.fullmatch(texts[end])
        ):
            runs.append(start)
    if len(runs) != 1:
        return None
    start = runs[0]
    joined = read_value(" ".join(texts[start : start + extra + 1]))
    if joined.kind is not MONEY_KIND:
        return None
    values = [*raw.values[:start], joined, *raw.values[start + extra + 1 :]]
    lines = [*raw.lines[:start], raw.lines[start], *raw.lines[start + extra + 1 :]]
    return evolve(raw, values=values, lines=lines)


def _point_joined(raw: RawRow) -> RawRow | None:
    """``raw`` a cell too wide, its last value a count on the line after a whole number
    printed with a point after it (``12.`` / ``50``: an amount cut after its decimal
    point, a narrow cell in a PDF), with the two joined into the amount (``12.50``), the
    join noted as a number broken over two lines (a warning); else ``None``."""
    values, lines = raw.values, raw.lines
    if len(values) != raw.width + 1:
        return None
    cut, rest = values[-2], values[-1]
    if not (cut.repaired or "").startswith(POINT_AFTER) or rest.kind is not NUMBER_KIND:
        return None
    if not 0 < lines[-1] - lines[-2] <= _WRAP_LINES:
        return None
    printed, more = cut.raw.strip(), rest.raw.strip()
    joined = read_value(printed + more)
    if joined.kind is not MONEY_KIND:
        return None
    note = (
        f"{WRAPPED_NUMBER}: {printed!r} and {more!r} on the line after it read as "
        f"{printed + more!r} (a cell wrapped at its width; check it is not two cells)"
    )
    value = evolve(joined, raw=f"{printed}\n{more}", repaired=note)
    lone = [at for at in raw.lone or () if at < len(values) - 1] or None
    return evolve(raw, values=[*values[:-2], value], lines=lines[:-1], lone=lone)


#: The most lines between a number and the rest of it wrapped onto a line after it.
_WRAP_LINES = 2
#: A cell's text that is whole numbers parted by white space (``3 5``), nothing else.
_COUNTS_PARTED = re.compile(r"\s*\d+(?:\s+\d+)+\s*")


def _parted_cells(raw: RawRow, path: str, findings: list[Finding]) -> RawRow | None:
    """``raw`` with each cell printing whole numbers parted by white space (``3 5``) read
    as that many cells, when that gives the row exactly its width (two columns merged
    into one cell, the row a cell short); else ``None``. A ``row_width`` warning names
    the printed values (the numbers were joined into one before: ``35``)."""
    joined = [
        i for i, v in enumerate(raw.values) if v.repaired and v.repaired.startswith(JOINED_DIGITS)
    ]
    if not joined:
        return None
    pieces: dict[int, list[str]] = {}
    for index in joined:
        text = normalize_width(raw.values[index].raw)
        if _COUNTS_PARTED.fullmatch(text):
            pieces[index] = text.split()
    if len(raw.values) + sum(len(p) - 1 for p in pieces.values()) != raw.width:
        return None
    values: list[Value] = []
    lines: list[int] = []
    for index, (value, line) in enumerate(zip(raw.values, raw.lines, strict=True)):
        for piece in pieces.get(index, ()) or (None,):
            values.append(value if piece is None else read_value(piece))
            lines.append(line)
    split = ", ".join(shown_text(raw.values[i].raw.strip()) for i in pieces)
    findings.append(
        make(
            "row_width",
            f"{describe(path)}: {len(raw.values)} values for {raw.width} columns "
            f"{raw_text(raw)}; {split} read as a cell per number (two columns printed in "
            "one cell, parted by white space; check the columns)",
            path=path,
            line=raw.line,
        )
    )
    furniture = raw.furniture
    if furniture is not None:  # (its index among the values as split)
        added = sum(len(pieces[i]) - 1 for i in pieces if i < furniture[0])
        furniture = (furniture[0] + added, furniture[1], furniture[2])
    return evolve(raw, values=values, lines=lines, furniture=furniture)


def _values_on_the_label_line(raw: RawRow, path: str, findings: list[Finding]) -> RawRow | None:
    """``raw`` with the numbers ending its label's line after white space (``行政许可
    1204``, ``规章 2`` then ``0``, ``9``: the label's cell and the first values' printed
    on one line in a text printing a cell a line) read as its first cells, when that
    gives the row exactly its width; else ``None``. A ``row_width`` warning says so.
    Numbers glued to the label's words (``规章11件14件17件``) are not read, as before."""
    label = raw.label
    if label is None or not label[-1:].isdigit():
        return None
    words = label.split()
    at = len(words)
    while at > 1 and read_value(words[at - 1]).kind in _LABEL_LINE_VALUES:
        at -= 1
    shared = [read_value(word) for word in words[at:]]
    if not shared or len(shared) + len(raw.values) != raw.width:
        return None
    findings.append(
        make(
            "row_width",
            f"{describe(path)}: {len(raw.values)} values for {raw.width} columns "
            f"{raw_text(raw)}; the row label's line ends with "
            f"{', '.join(shown_text(word) for word in words[at:])} after white space, read "
            "as the row's first cells (the label's cell and theirs printed on one line)",
            path=path,
            line=raw.line,
        )
    )
    return evolve(
        raw,
        values=[*shared, *raw.values],
        lines=[raw.line] * len(shared) + raw.lines,
        label=" ".join(words[:at]),
    )


#: What a number ending a label's line may be, to be read as the row's cell.
_LABEL_LINE_VALUES = (NUMBER_KIND, MONEY_KIND)


#: Lines from one cell to the next in a text printing a cell a paragraph (the cell, then
#: an empty line), where a blank cell is an empty line of its own.
_PARAGRAPH_LINES = 2
#: Lines from one cell to the next in a text printing a cell a line, where an empty line
#: among a row's cells is a blank cell.
_LINE_LINES = 1
#: What each such text prints a cell as, for messages.
_LAYOUTS = {_PARAGRAPH_LINES: "paragraph", _LINE_LINES: "line"}
#: What the empty lines too many are read as, by the lines each blank cell adds.
_BLANKS_AS = {1: "blank cells", _PARAGRAPH_LINES: "blank cells, an empty paragraph each"}


def _blanks_of_empty_lines(
    raw: RawRow, path: str, findings: list[Finding], table: Mapping[Key, RawRow] | None
) -> RawRow | None:
    """``raw`` with a blank cell for each empty line too many between its label (its last
    line) and its values, between two values, or after its last value before the next
    row's label, in a text printing a cell a paragraph (the cell, then an empty line:
    every cell of the row is two lines after the one before or further, as most of its
    table's values are: :func:`.collect.cell_lines`) or a cell a line (most values on
    consecutive lines), when those blanks give the row exactly its width; else
    ``None``. After the last value, only the empty lines beyond those the table's
    complete rows print there count (:func:`_closing_lines`).
    Such a text prints a blank cell as one more empty line (``规章``, two empty lines,
    ``0``; or ``规章``, one empty line, ``0`` a line a cell), which the reader cannot
    tell from the empty lines parting the cells or the text's paragraphs. A
    ``row_width`` warning names the printed values."""
    if raw.lines[-1] - raw.lines[0] < len(raw.lines) - 1:
        return None  # (two values on one line, as most short rows print: told cheaply)
    lines = [raw.line if raw.label_end is None else raw.label_end, *raw.lines]
    if raw.end is not None:
        lines.append(raw.end)
    gaps = [after - before for before, after in pairwise(lines)]
    if min(gaps) < _LINE_LINES or table is None:
        return None  # (cells on one line: a row of a table printed in rows)
    step = cell_lines(table.values())
    if step not in _LAYOUTS or min(gaps) < step:
        return None  # (most of the table's values are not a paragraph, or a line, each)
    if raw.end is not None:
        # (what the table's complete rows print after their values parts the rows: a
        # bar's line, an empty line; a blank last cell is an empty line more)
        closing = _closing_lines(table.values(), step)
        if gaps[-1] < closing:
            return None
        gaps[-1] -= closing - step
    per_blank = lines_per_blank(gaps, step, raw.width - len(raw.values))
    if per_blank is None:
        return None
    blank = read_value("")
    values: list[Value] = []
    value_lines: list[int] = []
    for index, gap in enumerate(gaps):
        for offset in range(step, gap, per_blank):
            values.append(blank)
            value_lines.append(lines[index] + offset)
        if index < len(raw.values):
            values.append(raw.values[index])
            value_lines.append(raw.lines[index])
    findings.append(
        make(
            "row_width",
            f"{describe(path)}: {len(raw.values)} values for {raw.width} columns "
            f"{raw_text(raw)}; the text prints a cell a {_LAYOUTS[step]}, and the "
            f"{(raw.width - len(raw.values)) * per_blank} empty lines too many around them "
            f"are read as {_BLANKS_AS[per_blank]} (check the columns)",
            path=path,
            line=raw.line,
        )
    )
    return evolve(raw, values=values, lines=value_lines)


def lines_per_blank(gaps: list[int], step: int, missing: int) -> int | None:
    """The lines each blank cell adds to the ``gaps`` between a row's cells, when the
    lines beyond ``step`` in them make exactly the ``missing`` cells: one (an empty line
    more, as real report 004 prints one), or ``step`` in a text printing a cell a
    paragraph that prints a blank cell as an empty paragraph of its own (cells joined by
    an empty line: three empty lines around a blank); else ``None``."""
    extra = [gap - step for gap in gaps]
    if sum(extra) == missing:
        return 1
    if step > 1 and sum(extra) == step * missing and not any(more % step for more in extra):
        return step
    return None


def _closing_lines(rows: Iterable[RawRow], step: int) -> int:
    """The lines from the last value to the next row's label that most of the complete
    ``rows`` print (``step``, the lines from one cell to the next, where nothing more
    stands between; one more where a layout closes every row with a bar's line or an
    empty line); ``step`` when no complete row is followed by a label."""
    counts: dict[int, int] = {}
    for raw in rows:
        if raw.end is not None and raw.lines and len(raw.values) == raw.width:
            gap = raw.end - raw.lines[-1]
            counts[gap] = counts.get(gap, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else step


#: The most lines between a page's running head and the page number after it.
_PAGE_NUMBER_LINES = 2


def _after_page_text(raw: RawRow) -> bool:
    """Whether a count follows the page text among the row's values closely (the text
    and a page number on the next line, or one line between)."""
    index, _, line = raw.furniture or (0, "", 0)
    return (
        index < len(raw.values)
        and raw.values[index].kind is NUMBER_KIND
        and 0 < raw.lines[index] - line <= _PAGE_NUMBER_LINES
    )


def _page_number_dropped(raw: RawRow, path: str, findings: list[Finding]) -> RawRow:
    """``raw`` without the count right after the page text among its values (a page's
    running head, then its page number on a line of its own, printed a cell per line),
    that count being the row's one value too many; a ``row_width`` warning says so.
    When that count shares its line with the row's next values and the count right
    before the text stands alone on its line just above it (PDF text: the page's number
    at the foot of one page, the next page's running head, then the row going on), the
    count before the text is the page number."""
    index, text, line = raw.furniture or (0, "", 0)
    lines = raw.lines
    if (
        0 < index < len(lines) - 1
        and lines[index + 1] == lines[index]
        and raw.values[index - 1].kind is NUMBER_KIND
        and 0 < line - lines[index - 1] <= _PAGE_NUMBER_LINES
        and lines.count(lines[index - 1]) == 1
    ):
        where = f"right before the page text {shown_text(text.strip())} among the row's values"
        index -= 1
    else:
        where = f"right after the page text {shown_text(text.strip())} among the row's values"
    dropped = _value_dropped(raw, path, findings, index, where, "its page number")
    return evolve(dropped, furniture=None)


def _lone_extra_dropped(raw: RawRow, path: str, findings: list[Finding]) -> RawRow:
    """``raw`` without its last value, a number standing alone on its line after the
    row's values printed in full on its line (PDF text: the page's number after the last
    row of a page); a ``row_width`` warning says so. The row was left blank. (Rows whose
    arithmetic can tell which value is the extra one are left to it.)"""
    where = "alone on its line after the row's values printed in full on theirs"
    return _value_dropped(raw, path, findings, raw.width, where, "a page's number")


def _value_dropped(
    raw: RawRow, path: str, findings: list[Finding], index: int, where: str, taken_for: str
) -> RawRow:
    """``raw`` without its value ``index``, a page's number (``where`` it stands says
    why), with the ``row_width`` warning that says so."""
    value = raw.values[index]
    findings.append(
        make(
            "row_width",
            f"{describe(path)}: {len(raw.values)} values for {raw.width} columns "
            f"{raw_text(raw)}; {shown_text(value.raw.strip())} on line {raw.lines[index]}, "
            f"{where}, is taken for {taken_for} and not read",
            path=path,
            line=raw.lines[index],
        )
    )
    lone = [i - (i > index) for i in raw.lone if i != index] if raw.lone else None
    return evolve(
        raw,
        values=raw.values[:index] + raw.values[index + 1 :],
        lines=raw.lines[:index] + raw.lines[index + 1 :],
        lone=lone or None,
    )


def _maybe_page_number(raw: RawRow, path: str) -> Finding:
    """The warning for a count right after page text among a row's values, read as the
    row's cell: the row has its width with it, but it may be the page's number."""
    index, text, _ = raw.furniture or (0, "", 0)
    return make(
        "repaired_cell",
        f"{describe(path)}: {shown_text(raw.values[index].raw.strip())}, right after the "
        f"text {shown_text(text.strip())} among the row's values, is read as the row's "
        "next cell and the text as page text, not a cell (check the number is not the "
        "page's, and the text no cell: else the values after it are one column off)",
        path=path,
        line=raw.lines[index],
        severity="warning",
    )


def _value_in_words(text: str) -> bool:
    """Whether text printed after a row label, before any value, may be the row's value
    in words rather than a piece of its label: a word printed for a count (无, 暂无), a
    digit (共1204件), or Chinese numerals alone (一千二百零四)."""
    return bool(value_likeness(text)) or _VALUE_IN_WORDS.search(text) is not None


#: Text printing a number: a digit, or two Chinese numerals or more alone.
_VALUE_IN_WORDS = re.compile(r"\d|^\s*[零〇一二两三四五六七八九十百千万亿]{2,}\s*$")
#: A digit after a word in a label (规章11件), not in its numbering (1.属于国家秘密), nor in
#: an item's numbering after its group's label on one line (（四）无法提供2.没有现成信息).
_NUMBER_IN_LABEL = re.compile(r"[^\d\W]\W*\d(?!\d*[.、)][^\d.])")
_kind = attrgetter("kind")
#: Repairs that may have read a wrong number (two cells as one): warnings.
_GUESSES = (JOINED_DIGITS, WRAPPED_NUMBER, POINT_AFTER)
_repaired = attrgetter("repaired")


def _report_cells(raw: RawRow, path: str, findings: list[Finding], counts_only: bool) -> None:
    """Findings for unreadable cells and cells read only after a repair."""
    for value, line in zip(raw.values, raw.lines, strict=True):
        if value.kind is TEXT_KIND or (counts_only and value.kind is MONEY_KIND):
            what = "a number" if value.kind is TEXT_KIND else "a whole number"
            findings.append(
                make(
                    "unreadable_cell",
                    f"{describe(path)}: cell text {shown_text(value.raw)} is not {what}; "
                    "read as blank",
                    path=path,
                    line=line,
                )
            )
        elif value.repaired:
            findings.append(
                make(
                    "repaired_cell",
                    f"{describe(path)}: {value.repaired}",
                    path=path,
                    line=line,
                    # joined digits may be two numbers printed in one cell
                    severity="warning" if value.repaired.startswith(_GUESSES) else None,
                )
            )


def _consensus(options: list[list[int]]) -> Fitted:
    """Each column's value where every option agrees on it, else ``None``."""
    if len(options) == 1:
        return Fitted([_number(n) for n in options[0]])
    values: list[Value | None] = []
    for column in zip(*options, strict=True):
        values.append(_number(column[0]) if column.count(column[0]) == len(column) else None)
    return Fitted(values, candidates=options)


def _number(n: int) -> Value:
    text = str(n)
    return memo_value(text) or read_value(text)  # memoised: no new object


def sum_may_hold(parts: Sequence[int | None], total: int | None) -> bool:
    """Whether ``total`` can be the sum of ``parts`` when a blank (``None``) may hold any
    count: at least the sum of the known parts, and equal to it when all are known."""
    if total is None:
        return True
    known = [n for n in parts if n is not None]
    return sum(known) == total if len(known) == len(parts) else sum(known) <= total


def as_int(value: Value | None) -> int | None:
    """The integer in a fitted cell (money and text read as blank)."""
    if value is None or value.kind is not NUMBER_KIND:
        return None
    return value.number

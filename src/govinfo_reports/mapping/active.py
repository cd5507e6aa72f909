"""Table 二 (主动公开政府信息情况) → the model.

Each 第二十条 item prints its own header row (信息内容 | column names) above its rows; a
header printing its columns in another order than the template's places the values of
the rows under it (:func:`column_plans`), with a ``column_order`` finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from attrs import evolve

from ..cells import (
    BLANK_KIND,
    EMPTY_KIND,
    MONEY_KIND,
    NUMBER_KIND,
    TEXT_KIND,
    Value,
    as_count,
    as_money,
    memo_label,
    memo_value,
    normalize_label,
    read_value,
)
from ..findings import Finding, make
from ..grid import Row
from ..labels import (
    ACTIVE_COLUMNS,
    ACTIVE_ROW_KEYWORDS,
    ACTIVE_ROW_LABELS,
    CHINESE_NAMES,
    MONEY_UNIT_WORDS,
    MONEY_UNITS,
    classify_active_label,
    describe,
)
from ..model import (
    ActiveDisclosure,
    ActiveDisclosure2019,
    ActiveDisclosure2021,
    Decisions2021,
    DocumentCounts2019,
    DocumentCounts2021,
    FeeCounts2019,
    Fees2021,
    ItemCounts2019,
    Procurement2019,
    Template,
)
from .collect import Key, LabelPieces, RawRow, collect_rows, read_first_copy, table_not_read
from .columns import (
    GAP,
    HEADERS_KEPT,
    Header,
    HeaderOrder,
    Placement,
    band_chains,
    describe_placement,
    in_template_order,
    names_in,
    order_text,
)
from .fit import fit_row, shown_text
from .stray import stray_findings

_ROW_CLASSES: dict[Template, dict[str, type]] = {
    "2019": {
        "regulations": DocumentCounts2019,
        "normative_documents": DocumentCounts2019,
        "administrative_licensing": ItemCounts2019,
        "other_administrative_services": ItemCounts2019,
        "administrative_penalty": ItemCounts2019,
        "administrative_enforcement": ItemCounts2019,
        "administrative_fees": FeeCounts2019,
        "centralized_procurement": Procurement2019,
    },
    "2021": {
        "regulations": DocumentCounts2021,
        "normative_documents": DocumentCounts2021,
        "administrative_licensing": Decisions2021,
        "administrative_penalty": Decisions2021,
        "administrative_enforcement": Decisions2021,
        "administrative_fees": Fees2021,
    },
}


#: A unit a few characters after 金额 / 单位, never across a number.
_UNIT_AFTER_HEADER = re.compile(r"(?:金额|单位)[^\d]{0,6}?(亿元|万元|千元|元)")


#: A 元 that a unit found across cells could end at: at most 8 characters after the
#: start of its cell, none a digit (the end of 金额/单位, the gap, the 万 of 万元).
_YUAN_NEAR_START = re.compile(r"[^\d]{0,8}元")


def _may_give_unit(label: str) -> bool:
    """Whether this cell (normalised, holding 元) can end a unit :func:`header_unit`
    finds: every unit ends in 元 (normalising never makes one), and a match of
    :data:`_UNIT_AFTER_HEADER` in joined cells either lies in one cell, which then
    names 金额 or 单位, or reaches into the 元's cell from its start."""
    return "金额" in label or "单位" in label or _YUAN_NEAR_START.match(label) is not None


def header_unit(rows: Sequence[Row]) -> str | None:
    """A money unit printed in a header cell (``本年收费金额(单位:万元)``), if any.

    A header broken over lines (``本年收费金额(单`` / ``位:元)``) is read by joining the
    text of each column in order (the pieces of a cell stay in one column when other
    cells of the row are broken too) and, for layouts that shift cells, of all cells
    in reading order.
    """
    return _printed_units(rows)[0]


def _printed_units(rows: Sequence[Row]) -> tuple[str | None, set[str]]:
    """:func:`header_unit`, and every money unit a cell names as a unit (a header's, a
    note's, a unit line's: a cell naming 金额 or 单位, as :func:`unit_in_joined_cells`
    reads one), found in one pass over the cells."""
    with_yuan = [text for row in rows for text in row.texts if "元" in text]
    if not any(_may_give_unit(normalize_label(text)) for text in with_yuan):
        return None, set()  # (most tables: every 元 is in a value such as 27759.17 万元)
    unit = unit_in_joined_cells(rows)
    if len(with_yuan) == 1:  # (most tables: the header's cell alone prints 元)
        return unit, {unit} if unit is not None else set()
    return unit, {unit for text in with_yuan if (unit := _cell_unit(normalize_label(text)))}


#: A money unit (the longest first: the 元 of 万元 is no unit of its own).
_MONEY_UNIT = re.compile("|".join(MONEY_UNITS))


def _unit_named(text: str) -> str | None:
    """The first money unit a normalised cell names as a unit, not as an amount's
    (``金额为18.60元`` prints an amount: its 元 says nothing of the column's unit)."""
    for match in _MONEY_UNIT.finditer(text):
        before = text[: match.start()].rstrip()
        if not before or not (before[-1].isdigit() or before[-1] == "."):
            return match.group()
    return None


def _cell_unit(text: str) -> str | None:
    """The unit a normalised cell naming 金额 or 单位 (a header's, a unit line's) names."""
    if ("金额" in text or "单位" in text) and len(text) <= 30:
        return _unit_named(text)
    return None


def _unit_doubt(
    value: Value | None,
    read: Any,
    label_unit: str | None,
    units: set[str],
    where: tuple[str, int | None],
) -> Finding | None:
    """A warning where the amount's unit is printed differently in two places (the
    cell, the row's label, the header or a unit line): one of them is a slip, and 元
    and 万元 differ 10,000 times. ``read`` is the amount as read, ``where`` its path and line."""
    money = value.money if value is not None and value.kind is MONEY_KIND else None
    cell_unit = money.unit if money is not None else None
    if read is None or len(units | {label_unit, cell_unit} - {None}) < 2:
        return None
    named = [f"{unit} in the header or a unit line" for unit in sorted(units)]
    if label_unit is not None:
        named.append(f"{label_unit} in the row's label")
    if cell_unit is not None:
        named.append(f"{cell_unit} in the cell")
    path, line = where
    return make(
        "repaired_cell",
        f"{describe(path)}: the amount's unit is printed differently ({', '.join(named)}); "
        f"read as {read.value} {read.unit}, which may be wrong by the ratio of the units",
        path=path,
        line=line,
        severity="warning",
    )


def unit_in_joined_cells(rows: Sequence[Row]) -> str | None:
    """:func:`header_unit` without its shortcut: every cell normalised, every join read."""
    columns: dict[int, list[str]] = {}
    sequence: list[str] = []
    for row in rows:
        for column, raw in zip(row.columns, row.texts, strict=True):
            text = normalize_label(raw)
            if ("金额" in text or "单位" in text) and len(text) <= 30:
                unit = _unit_named(text)
                if unit is not None:
                    return unit
            if text:
                columns.setdefault(column, []).append(text)
                sequence.append(text)
    for texts in [*columns.values(), sequence]:
        match = _UNIT_AFTER_HEADER.search("".join(texts))
        if match:
            return match.group(1)
    return None


def _cell(
    value: Value | None, column: str, path: str, unit: str | None, findings: list[Finding]
) -> Any:
    if value is None:
        return None
    if column == "amount":
        money = as_money(value, unit)
        if money is None and value.kind is TEXT_KIND:
            return None  # reported as unreadable by fit_row
        return money
    if value.kind is NUMBER_KIND:
        return value.number
    if value.kind is MONEY_KIND:
        counted = as_count(value)
        if counted is not None:
            findings.append(
                make(
                    "repaired_cell",
                    f"{describe(path)}: {counted.repaired}",
                    severity="info",
                    path=path,
                )
            )
            return counted.number
        findings.append(
            make(
                "unreadable_cell",
                f"{describe(path)}: {value.raw.strip()!r} is not a whole number; read as blank",
                path=path,
            )
        )
    return None


#: A note's opening (``注1：``, ``备注：``, ``说明：``, normalised), or a breakdown's
#: (``其中：``): a note under or in the table names a row's words (本机关无规章制定权)
#: but is no row, and a breakdown under a row (其中：县政府行政规范性文件) is a part of
#: the row above, not that row.
_NOTE = re.compile(r"[(]?(?:(?:备?注|说明)[\d\u2460-\u2473]*:|其中)")
_NOTE_FIRST = frozenset("(注备说其")


@lru_cache(maxsize=8192)  # (pure; called for every label cell of every table 二)
def _row_key(label: str) -> str | None:
    """The table-二 row a normalised label names, or ``None`` (a note or a breakdown
    names none)."""
    key = classify_active_label(label)
    if key is not None and label[0] in _NOTE_FIRST and _NOTE.match(label):
        return None
    if key is not None and _names_another_row(label, key):
        return None  # (its values, printed for two rows together, are reported unread)
    return key


def _names_another_row(label: str, key: str) -> bool:
    """Whether ``label``, naming the row ``key``, names another row of table 二 too
    (``行政处罚、行政强制``, ``规章和规范性文件``): one value printed for two rows is
    neither row's, and no sum is split."""
    return any(
        other != key and any(word in label for word in words)
        for other, words in ACTIVE_ROW_KEYWORDS
    )


def _whole(key: Key, label: str) -> bool:
    return any(printed in label for printed in _PRINTED.get(key[0], ()))


def _head(key: Key, text: str) -> bool:
    return bool(text) and any(
        row != key[0] and printed.startswith(text) and printed != text
        for printed, row in ACTIVE_ROW_LABELS
    )


def _ends(rest: str) -> bool:
    return rest in _BY_REST


def _join(label: str, rest: str) -> Key | None:
    for head, row in _BY_REST.get(rest, ()):
        if label.endswith(head):
            return (row,)
    return None


#: Each end of a printed label of table 二 that is no whole printed label, to the
#: beginnings it completes and their rows, in the templates' order (one lookup per piece:
#: text naming no row is common in the table, a broken label rare).
_BY_REST: dict[str, list[tuple[str, str]]] = {}
for _printed, _row in ACTIVE_ROW_LABELS:
    for _at in range(1, len(_printed)):
        _BY_REST.setdefault(_printed[_at:], []).append((_printed[:_at], _row))
for _printed, _ in ACTIVE_ROW_LABELS:
    _BY_REST.pop(_printed, None)


#: The printed labels of each row of table 二.
_PRINTED: dict[str, tuple[str, ...]] = {
    row: tuple(printed for printed, of in ACTIVE_ROW_LABELS if of == row)
    for _, row in ACTIVE_ROW_LABELS
}
_PIECES = LabelPieces(_whole, _head, _join, _ends)


#: Words that name each column of table 二 in a header (the templates' names, the
#: shorter forms real pages print: 制作数量, 本年发件, 现行有效件, and other words for
#: the same counts: 本年发布件数, 本年新制定件数, 新增件数, 本年失效件数).
_COLUMN_WORDS: dict[str, str] = {
    "new_made": "制作",
    "new_published": "新公开|公开数量",
    "total_published": "公开总数|对外公开总",
    "previous_count": "上一?年项目|上年",
    "change": "增",
    "decisions": "决定",
    "projects": "采购项目|项目数量",
    "amount": "金额",
    "issued": "制发|发件|发布|制定|新增",
    "repealed": "废止|失效",
    "in_force": "现行有效|有效",
}
_ANY_COLUMN = re.compile("|".join(_COLUMN_WORDS.values()))
_TEMPLATE_PAIRS: tuple[tuple[Template, Template], ...] = (("2019", "2021"), ("2021", "2019"))
#: Per template, the rows whose columns the other template's row holds and more (template
#: 2021's 行政许可, 行政处罚 and 行政强制 keep only 2019's 处理决定数量): an office reusing
#: the older table prints the wider header above such a row.
_WIDER: dict[Template, dict[str, tuple[str, ...]]] = {
    template: {
        key: ACTIVE_COLUMNS[other][key]
        for key, names in ACTIVE_COLUMNS[template].items()
        if key in ACTIVE_COLUMNS[other] and set(names) < set(ACTIVE_COLUMNS[other][key])
    }
    for template, other in _TEMPLATE_PAIRS
}
#: Per such row, the words of its wider columns that it lacks: a quick test, before the
#: header is read for them, that it names each of them.
_WIDER_WORDS: dict[Template, dict[str, tuple[re.Pattern[str], ...]]] = {
    template: {
        key: tuple(
            re.compile(_COLUMN_WORDS[name])
            for name in wider
            if name not in ACTIVE_COLUMNS[template][key]
        )
        for key, wider in rows.items()
    }
    for template, rows in _WIDER.items()
}
_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The header names of one row's columns, each a named group (made once per tuple)."""
    pattern = _PATTERNS.get(names)
    if pattern is None:
        pattern = re.compile("|".join(f"(?P<{n}>{_COLUMN_WORDS[n]})" for n in names))
        _PATTERNS[names] = pattern
    return pattern


#: Longest cell read for a table-二 header: a pdftotext line holding a whole header row
#: is shorter; a paragraph of prose in the table's region is longer (and costly to read).
_PROSE = 200
#: Longer cells without a gap of white space (pdftotext's cells in one line) are prose
#: too: no label or header cell is that long.
_SHORT = 48


def column_plans(
    rows: Sequence[Row], template: Template
) -> tuple[dict[str, Placement], list[Finding]]:
    """Per row key, where the header printed above its group puts its values (rows read
    by position are left out), and a ``column_order`` finding per such header.

    One pass over the table: a header is the short text cells after a group's caption
    (第二十条第（一）项; or the rows before its first row) up to its first row label,
    and is read there, once, for that row's columns. Text among a group's rows starts a
    new header only when it names a caption, 信息内容 or a column (a footer or a broken
    label's rest does not).
    """
    columns = ACTIVE_COLUMNS[template]
    plans: dict[str, Placement] = {}
    findings: list[Finding] = []
    header = Header()  # (reused for every header of the table)
    full = False  # the header holds more pieces than a header has: not read
    read_for: tuple[str, ...] | None = None  # the columns the current header was read for
    placement: Placement | None = None
    line: int | None = None
    under: list[str] = []  # the rows the current header places
    seen: set[str] = set()
    in_data = False
    for index, row in enumerate(rows):
        for cell, raw in enumerate(row.texts):
            if len(raw) > _PROSE or (len(raw) > _SHORT and GAP.search(raw) is None):
                continue  # a paragraph, not a label or a header (nor pdftotext's cells)
            if raw.isdigit() or (memo_value(raw) or read_value(raw)).kind is not TEXT_KIND:
                continue  # (a count: most cells)
            label = memo_label(raw) or normalize_label(raw)
            key = _row_key(label)
            if key is not None and key in columns:
                in_data = True
                if key in seen:
                    continue
                seen.add(key)
                names = columns[key]
                if names != read_for:
                    if under:
                        findings.append(_order_finding(under, plans[under[0]], line))
                        under = []
                    read_for, line = names, header.line
                    placement = None
                    pattern = _pattern(names)
                    view = header if full or len(names) < 2 else _unwrapped(header)
                    if not (full or len(names) < 2 or in_template_order(view, pattern, names)):
                        chains = band_chains(view, pattern)
                        placement = HeaderOrder(names, chains).placement()
                    elif (
                        not full
                        and key in _WIDER[template]
                        and _names_each(header, _WIDER_WORDS[template][key])
                    ):
                        placement = _wider_placement(header, names, _WIDER[template][key])
                    if (
                        placement is None
                        and not full
                        and len(header) != len(names) + 1
                        and header.on_one_line()
                    ):
                        placement = _extra_placement(header.texts, names)
                        if placement is None and len(header) == 1 and "change" in names:
                            placement = _spaced_rise_and_fall(header, names)
                    elif (
                        placement is None
                        and not full
                        and header.texts
                        and "减" in header.texts[-1]  # (a cheap test first: most headers)
                        and "change" in names
                    ):
                        split = _rise_and_fall_under(header)
                        if split is not None:
                            placement = _extra_placement(split, names)
                if (
                    placement is None
                    and not full
                    and len(names) > 1
                    and len(header) == len(names) + 1
                    and header.on_one_line()
                ):
                    placement = _out_of_place(header.texts, pattern, names)
                if placement is not None:
                    plans[key] = placement
                    if not _is_wider(placement, names) and not _is_narrower(placement, names):
                        under.append(key)  # (else reported row by row)
                continue
            caption = "第二十条" in label
            if in_data and not (caption or "信息内容" in label or _ANY_COLUMN.search(label)):
                continue
            if in_data or caption:  # a new header; a caption names no column: not kept
                header.clear()
                full, read_for, in_data = False, None, False
                if caption:
                    continue
            if "主动公开政府信息" in label or label[-1:] == ":":
                continue  # the table's title, a sentence before it: no header (no caption)
            if not header.add_cell(raw, label, row, index, cell, 24):
                full = True
    if under:
        findings.append(_order_finding(under, plans[under[0]], line))
    return plans, findings


#: :func:`_named_out_of_place`'s reading per header text and row columns (a site's
#: headers recur in every report; reading one costs microseconds).
_OUT_OF_PLACE: dict[tuple[tuple[str, ...], tuple[str, ...]], Placement | None] = {}


def _out_of_place(
    texts: list[str], pattern: re.Pattern[str], names: tuple[str, ...]
) -> Placement | None:
    """:func:`_named_out_of_place`, remembered per header (:data:`_OUT_OF_PLACE`)."""
    shown = (tuple(texts), names)
    if shown in _OUT_OF_PLACE:
        return _OUT_OF_PLACE[shown]
    placement = _named_out_of_place(texts, pattern, names)
    if len(_OUT_OF_PLACE) >= HEADERS_KEPT:
        _OUT_OF_PLACE.clear()
    _OUT_OF_PLACE[shown] = placement
    return placement


def _named_out_of_place(
    texts: Sequence[str], pattern: re.Pattern[str], names: tuple[str, ...]
) -> Placement | None:
    """Where a header on one line, its label's cell and a cell per column, names some
    columns at other places than the template's and does not name the others
    (``信息内容 | 总件数 | 本年新增 | 本年废止``: the names come in the template's order,
    but 本年新增 is printed second): each named column read from its place, the unnamed
    ones blank. ``None`` where every named column stands in its template place (read by
    position, as the template prints it) or a cell names two columns or a column twice.
    """
    if pattern.search(texts[0]):
        return None  # no label's cell: the cells are not the columns one by one
    slots: list[int | None] = [None] * len(names)
    for position, text in enumerate(texts[1:]):
        found = names_in(text, pattern)
        if len(found) > 1:
            return None
        if found:
            at = names.index(found[0])
            if slots[at] is not None:
                return None
            slots[at] = position
    if all(slot is None or slot == at for at, slot in enumerate(slots)):
        return None
    blanked = tuple(name for name, slot in zip(names, slots, strict=True) if slot is None)
    return Placement(tuple(slots), None, blanked=blanked, unplaced=blanked)


def _unwrapped(header: Header) -> Header:
    """``header``, or, where it is pdftotext's lines (several pieces a line, all in one
    column: no column tells the pieces of a broken cell apart), a copy whose every line
    takes the pieces of the lines after it that hold one piece for each of its cells
    (the label's 信息内容 aside): each cell's rest printed under it (``现行有`` /
    ``效件数``), its words broken. Its lines are joined in order, piece to piece."""
    rows = header.rows
    if header.on_one_line():
        return header
    raws = [source.texts[cell] for source, cell in zip(header.sources, header.cells, strict=True)]
    if not any(map(GAP.search, raws)) or len(set(header.columns)) > 1:
        return header  # (a cell a line, or cells in columns: nothing to join)
    lines: list[list[tuple[str, int]]] = []  # each line's cells: text, and piece
    for at, (row, text) in enumerate(zip(rows, header.texts, strict=True)):
        if not lines or rows[lines[-1][0][1]] != row:
            lines.append([])
        raw = raws[at]
        # (a line short enough is one piece: its cells apart again)
        parts = GAP.split(raw.strip()) if len(text) < len(raw) and GAP.search(raw) else [text]
        lines[-1] += [(normalize_label(part), at) for part in parts if part]
    if all(len(cells) == 1 for cells in lines):
        return header  # (a cell a line)
    joined = Header()
    start = 0
    while start < len(lines):
        first = lines[start]
        lead = int(first[0][0].startswith("信息内容"))
        cells = [text for text, _ in first]
        end = start + 1
        while end < len(lines) and len(lines[end]) == len(cells) - lead > 0:
            for at, (text, _) in enumerate(lines[end]):
                cells[lead + at] += text
            end += 1
        for (_, at), text in zip(first, cells, strict=True):
            joined.texts.append(text)
            joined.rows.append(rows[at])
            joined.sources.append(header.sources[at])
            joined.cells.append(header.cells[at])
        start = end
    return joined


def _wider_placement(
    header: Header, names: tuple[str, ...], wider: tuple[str, ...]
) -> Placement | None:
    """Where a header naming every one of ``wider`` (the other template's columns of a
    row, a superset of ``names``) in a known order puts the row's ``names``."""
    printed = HeaderOrder(wider, band_chains(header, _pattern(wider))).printed()
    if printed is None:
        return None
    return Placement(tuple(printed.index(name) for name in names), printed)


#: Marks a printed column that no column of the template's row is (see
#: :func:`_extra_placement`), before the header's text for it.
_EXTRA = "+"


def _extra_placement(texts: Sequence[str], names: tuple[str, ...]) -> Placement | None:
    """Where a header printed on one line, naming each of a row's ``names`` in one cell
    and, after the label's column, cells naming none of them (a 备注, a count the
    template lacks such as 本年修订件数), puts the row's values; its ``printed`` holds
    :data:`_EXTRA` and the cell's text for each such cell. Or, where every cell after
    the label's (信息内容, which the header must print) names one of ``names`` and some
    are named by none (a column left out of the table), where it puts the others, those
    left blank. ``None`` when a cell names
    two of them, one is named twice, a cell names a unit (a unit's column after an
    amount gives the amount its unit), or cells naming none come with one not named
    (the cell may name it in other words)."""
    start = int(_ANY_COLUMN.search(texts[0]) is None)  # (the labels' column: 信息内容)
    pattern = _pattern(names)
    slots: list[int | None] = [None] * len(names)
    printed: list[str] = []
    for at, text in enumerate(texts[start:]):
        found = {match.lastgroup for match in pattern.finditer(text)}
        if not found:
            if "单位" in text or text in MONEY_UNIT_WORDS:
                return None
            printed.append(_EXTRA + text)
            continue
        name = str(found.pop())
        if found or slots[names.index(name)] is not None:
            return None
        slots[names.index(name)] = at
        printed.append(name)
    change = slots[names.index("change")] if "change" in names else None
    if change is not None:
        _mark_a_fall(texts[start:], change, printed)
    missing = slots.count(None)
    if (missing > 0) == (len(printed) > len(names) - missing) or missing == len(names):
        return None  # (the template's cells, or cells both extra and missing, or none)
    if missing and not start:
        return None  # (a header read from its labels' cell on is whole, not a rest)
    return Placement(tuple(slots), tuple(printed))


#: The cells under a 本年增/减 header cell printing it as two columns.
_RISE_FALL_CELLS = (["增", "减"], ["增加", "减少"], ["本年增", "本年减"])


def _rise_and_fall_under(header: Header) -> list[str] | None:
    """A header printed on two lines, the second naming only 增 and 减 (本年增/减
    printed as two columns under one header cell, ``本年增/减`` over ``增 | 减``): its
    first line's cells with that cell as two, 本年增 and 本年减 (read then as
    :func:`_extra_placement` reads 本年增 | 本年减 on one line); else ``None``."""
    rows, texts = header.rows, header.texts
    if len(texts) < 2 or not texts[-1].endswith(("减", "减少")):
        return None  # (a cheap test first: most headers)
    if len(set(rows)) != 2:
        return None
    last = rows[-1]
    first: list[str] = []
    under: list[str] = []
    for at, row in enumerate(rows):
        (under if row == last else first).extend(_cells_of(header, at))
    if under not in _RISE_FALL_CELLS:
        return None
    both = [at for at, text in enumerate(first) if "增" in text and "减" in text]
    if len(both) != 1:
        return None
    (at,) = both
    return [*first[:at], "本年增", "本年减", *first[at + 1 :]]


def _cells_of(header: Header, at: int) -> list[str]:
    """The header's piece ``at``, as cells: space-aligned text prints a line as one
    cell, its cells parted by gaps (normalised, empty ones left out)."""
    raw = header.sources[at].texts[header.cells[at]]
    if GAP.search(raw) is None:
        return [header.texts[at]]
    return [label for label in map(normalize_label, GAP.split(raw.strip())) if label]


def _spaced_rise_and_fall(header: Header, names: tuple[str, ...]) -> Placement | None:
    """Where a header printed as one cell of space-aligned text (a line of pdftotext)
    names 本年增 and 本年减 as two columns, the placement :func:`_extra_placement` reads
    from its cells apart; ``None`` unless it marks the fall."""
    if "减" not in header.texts[0]:
        return None
    placement = _extra_placement(_cells_of(header, 0), names)
    if placement is None or not any(name.startswith(_FALL) for name in placement.printed or ()):
        return None
    return placement


#: Marks, after :data:`_EXTRA`, a printed column 本年减 beside a change column 本年增 (the
#: template's 本年增/减 printed as two columns; see :func:`_rise_and_fall`).
_FALL = _EXTRA + "\u2193"


def _mark_a_fall(texts: Sequence[str], change: int, printed: list[str]) -> None:
    """Where the change's header cell names 增 only and one other column names 减 only
    (本年增 | 本年减), mark that column :data:`_FALL` in ``printed``."""
    if "减" in texts[change] or "增" not in texts[change]:
        return
    falls = [at for at, name in enumerate(printed) if name.startswith(_EXTRA) and "减" in name]
    if len(falls) == 1 and "增" not in printed[falls[0]]:
        printed[falls[0]] = _FALL + printed[falls[0]][len(_EXTRA) :]


def _has_extras(placement: Placement) -> bool:
    """Whether ``placement`` prints columns of :func:`_extra_placement`'s kind."""
    return any(name.startswith(_EXTRA) for name in placement.printed or ())


def _is_narrower(placement: Placement, names: tuple[str, ...]) -> bool:
    """Whether ``placement`` reads a row under a header printing fewer of its columns."""
    return placement.printed is not None and len(placement.printed) < len(names)


def _extras_left_out(
    raw: RawRow,
    placement: Placement,
    names: tuple[str, ...],
    path: str,
    findings: list[Finding],
) -> RawRow:
    """A row printing a value for each of its header's columns (:func:`_extra_placement`)
    read from its own columns, the other values named in a ``row_width`` finding
    (a ``warning`` when one is a number, else ``info``), or the columns the header
    leaves out blank, with a ``warning``; a row printing another count of values is
    left to :func:`.fit.fit_row`'s report, as wide as the template's row."""
    printed = placement.printed or ()
    if len(raw.values) != len(printed):
        raw.width = len(placement.slots)
        return raw
    if None in placement.slots:
        return _left_out_blank(raw, placement, names, path, findings)
    slots = [slot for slot in placement.slots if slot is not None]
    values = raw.values
    fall = next((at for at, name in enumerate(printed) if name.startswith(_FALL)), None)
    change = placement.slots[names.index("change")] if fall is not None else None
    if fall is not None and change is not None:
        values = list(values)
        values[change] = _rise_and_fall(values[change], values[fall], path, raw.line, findings)
    left = [
        (printed[at][len(_EXTRA) :], value)
        for at, value in enumerate(values)
        if at not in slots and at != fall
    ]
    if left:
        counted = any(value.kind is NUMBER_KIND or value.kind is MONEY_KIND for _, value in left)
        findings.append(
            make(
                "row_width",
                f"{describe(path)}: the header prints {len(printed)} columns, "
                f"{', '.join(CHINESE_NAMES.get(n, n[len(_EXTRA) :]) for n in printed)}; the "
                f"row's were read from their columns, the others' values not read: "
                + ", ".join(f"{name} {value.raw.strip()!r}" for name, value in left),
                path=path,
                line=raw.line,
                severity="warning" if counted else "info",
            )
        )
    lone = raw.lone and [slots.index(at) for at in raw.lone if at in slots]
    furniture = raw.furniture
    if furniture is not None:
        furniture = (sum(slot < furniture[0] for slot in slots), furniture[1], furniture[2])
    return evolve(
        raw,
        width=len(slots),
        values=[values[at] for at in slots],
        lines=[raw.lines[at] for at in slots],
        lone=lone or None,
        furniture=furniture,
    )


def _rise_and_fall(
    rise: Value, fall: Value, path: str, line: int | None, findings: list[Finding]
) -> Value:
    """The change of a row printing 本年增 and 本年减 in two columns: the rise where the
    fall is 0, the fall (negative) where the rise is 0, with an info; else blank (their
    difference is not printed), with a warning naming both."""
    printed = f"本年增 {rise.raw.strip()!r} and 本年减 {fall.raw.strip()!r}"
    what = f"{describe(path)}: 本年增/减 printed as two columns, {printed}"
    counts = rise.kind is NUMBER_KIND and fall.kind is NUMBER_KIND
    if counts and rise.number is not None and fall.number is not None and fall.number >= 0:
        change = rise.number if fall.number == 0 else -fall.number if rise.number == 0 else None
        if change is not None:
            findings.append(
                make(
                    "row_width",
                    f"{what}: the change read as {change}",
                    path=path,
                    line=line,
                    severity="info",
                )
            )
            text = str(change)
            return memo_value(text) or read_value(text)
    findings.append(
        make(
            "row_width",
            f"{what}: the change (增 less 减) is not printed; left blank",
            path=path,
            line=line,
        )
    )
    return Value(BLANK_KIND, raw="")


def _left_out_blank(
    raw: RawRow,
    placement: Placement,
    names: tuple[str, ...],
    path: str,
    findings: list[Finding],
) -> RawRow:
    """A row under a header printing fewer of its columns: its values in their columns,
    the others blank (not printed), with a ``row_width`` warning naming them."""
    printed = placement.printed or ()
    slots = placement.slots
    left = [CHINESE_NAMES[name] for name, slot in zip(names, slots, strict=True) if slot is None]
    findings.append(
        make(
            "row_width",
            f"{describe(path)}: the header prints {len(printed)} of the row's columns, "
            f"{', '.join(CHINESE_NAMES[name] for name in printed)}: the row's values were "
            f"read from them; not printed, left blank: {', '.join(left)}",
            path=path,
            line=raw.line,
        )
    )
    blank = Value(BLANK_KIND, raw="")
    return evolve(
        raw,
        width=len(slots),
        values=[blank if slot is None else raw.values[slot] for slot in slots],
        lines=[raw.line if slot is None else raw.lines[slot] for slot in slots],
        lone=None,
        furniture=None,
    )


def _names_each(header: Header, words: Sequence[re.Pattern[str]]) -> bool:
    """Whether ``header`` holds each of ``words`` (a quick test on its pieces joined; the
    header is read piece by piece only when it passes)."""
    text = "".join(header.texts)
    return all(word.search(text) for word in words)


def _is_wider(placement: Placement, names: tuple[str, ...]) -> bool:
    """Whether ``placement`` reads a row under a header with more columns than ``names``."""
    return placement.printed is not None and len(placement.printed) > len(names)


def _wider_finding(
    path: str,
    placement: Placement,
    raw: RawRow,
    template: Template,
    values: Sequence[Value | None] | None = None,
) -> Finding:
    """The ``column_order`` warning for a row under a header printing the other
    template's wider row: what was read from the template's column and which printed
    ``values`` no column of ``template`` holds; without ``values``, the row printed as
    many values as ``template`` has columns and they were read by position."""
    printed = placement.printed or ()
    kept = [printed[at] for at in placement.slots if at is not None]
    header = (
        f"{describe(path)}: the header prints {order_text(printed, CHINESE_NAMES)}, the "
        f"columns of the other template's row; template {template} keeps "
        f"{order_text(kept, CHINESE_NAMES)}"
    )
    if values is None:
        what = (
            f", and the row prints {len(raw.values)} value(s) only: read by position as "
            "that column (the other columns left empty?)"
        )
    else:
        left = [
            f"{CHINESE_NAMES[name]} {shown_text(value.raw.strip()) if value else 'blank'}"
            for at, (name, value) in enumerate(zip(printed, values, strict=False))
            if at not in placement.slots
        ]
        what = (
            f", read from its column; not read (no column of template {template}): "
            f"{', '.join(left)}"
        )
    return make("column_order", header + what, path=path, line=raw.line, severity="warning")


def _order_finding(keys: list[str], placement: Placement, line: int | None) -> Finding:
    """The ``column_order`` finding for the rows ``keys`` under one header."""
    return make(
        "column_order",
        f"{describe('active_disclosure')}: for {order_text(keys, CHINESE_NAMES)} "
        f"{describe_placement(placement, CHINESE_NAMES)}",
        path="active_disclosure",
        line=line,
    )


#: A money unit in brackets in a row's label (行政事业性收费（元）), normalised.
_LABEL_UNIT = re.compile(r"\((?:单位:)?(亿元|万元|千元|元)\)")


def _label_unit(label: str | None, names: tuple[str, ...]) -> str | None:
    """The unit a row holding an amount names in its label, where the header names none
    (a fee printed in 元 under a header naming no unit is no count of 万元)."""
    if label is None or "元" not in label or "amount" not in names:
        return None
    match = _LABEL_UNIT.search(normalize_label(label))
    return match.group(1) if match else None


#: A currency sign (¥ and its full-width form): the amount after it is in 元.
_CURRENCY_SIGNS = "\uffe5\u00a5"


def _currency_unit(value: Value | None, path: str, findings: list[Finding]) -> str | None:
    """元, with an info, for an amount printed after a currency sign and with no unit of
    its own, where neither the header nor the row's label prints a unit: the sign is
    the only unit printed (under a header naming 万元 it only marks the currency), and
    the template's 万元 would read ``¥1,205,000.00`` 10,000 times too large."""
    if value is None or value.kind is TEXT_KIND:
        return None
    raw = value.raw.strip()
    if not raw or raw[0] not in _CURRENCY_SIGNS:
        return None
    if value.money is not None and value.money.unit is not None:
        return None
    findings.append(
        make(
            "repaired_cell",
            f"{describe(path)}: the amount {raw!r} read in 元, the unit its currency sign "
            "names (neither the header nor the row's label prints a unit)",
            severity="info",
            path=path,
        )
    )
    return "元"


def _marks_left_out(raw: RawRow, path: str, findings: list[Finding]) -> RawRow:
    """A row of one value (2021's 行政许可, 行政事业性收费…) printed in several cells,
    one number and the others blank marks (``/``, ``—``) or empty: a grid kept from a
    wider header, the unused cells marked. The number alone, with an info; else ``raw``."""
    number = None
    for index, value in enumerate(raw.values):
        kind = value.kind
        if kind is NUMBER_KIND or kind is MONEY_KIND:
            if number is not None:
                return raw
            number = index
        elif kind is not BLANK_KIND and kind is not EMPTY_KIND:
            return raw
    if number is None:
        return raw
    marks = [shown_text(v.raw.strip()) for i, v in enumerate(raw.values) if i != number]
    findings.append(
        make(
            "repaired_cell",
            f"{describe(path)}: one value printed in {len(raw.values)} cells, "
            f"{shown_text(raw.values[number].raw.strip())} and blank marks or empty cells "
            f"({', '.join(marks)}); the number read, the blank marks left out",
            path=path,
            line=raw.lines[number],
            severity="info",
        )
    )
    # (``lone`` and ``furniture`` hold indices into the values: the number's is 0 now,
    # and page text after it stands at 1, past the values)
    lone = [0] if raw.lone is not None and number in raw.lone else None
    furniture = raw.furniture
    if furniture is not None:
        furniture = (int(number < furniture[0]), furniture[1], furniture[2])
    return evolve(
        raw,
        values=[raw.values[number]],
        lines=[raw.lines[number]],
        lone=lone,
        furniture=furniture,
    )


def _heads_a_group(label: str) -> bool:
    """A 第二十条 item's caption or its header's first cell (信息内容)."""
    return "第二十条" in label or label.startswith("信息内容")


def build_active(
    rows: Sequence[Row],
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    closed_at_end: bool = True,
) -> ActiveDisclosure | None:
    """Read table 二 from its rows; rows not found stay blank with a ``missing_row``.

    ``None`` (with a ``missing_table`` finding) when not one of its rows is found: the
    region began at a sentence naming the table (全年主动公开政府信息812条), not at the table.
    A second copy of the table after it (printed twice) is not read: an ``unknown_row``
    finding says whether it reads the same.
    """
    return read_first_copy(
        _build, "active_disclosure", rows, template, findings, lines, closed_at_end
    )


def _build(
    rows: Sequence[Row],
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    closed_at_end: bool,
) -> tuple[ActiveDisclosure | None, int | None]:
    """Table 二 read from ``rows``, and the line where it starts over, if it does (see
    :attr:`.collect.Collected.restart`)."""
    columns = ACTIVE_COLUMNS[template]
    plans, order_findings = column_plans(rows, template)

    def classify(label: str) -> Key | None:
        key = _row_key(label)
        return (key,) if key is not None and key in columns else None

    def holds_money(key: Key, index: int) -> bool:
        if not key:
            return False
        plan = plans.get(key[0])
        names = plan.printed if plan is not None and plan.printed else columns[key[0]]
        return index < len(names) and names[index] == "amount"

    # a row under the other template's wider header prints that header's columns
    wider = {
        key: len(plan.printed or ()) for key, plan in plans.items() if _is_wider(plan, columns[key])
    }

    # a row under a header printing fewer of its columns prints as many values
    widths = {
        **wider,
        **{
            key: len(plan.printed or ())
            for key, plan in plans.items()
            if _is_narrower(plan, columns[key])
        },
    }

    def width_of(key: Key) -> int:
        return widths.get(key[0]) or len(columns[key[0]])

    collected = collect_rows(
        rows,
        classify,
        width_of if widths else lambda key: len(columns[key[0]]),
        closed_at_end,
        holds_money,
        _PIECES,
        _heads_a_group,
        values_first=True,
    )
    if not collected.rows:
        findings.append(
            table_not_read("active_disclosure", "the table is named but none of its rows", rows)
        )
        return None, None
    findings += order_findings
    printed_unit, units = _printed_units(rows)
    default_unit = "万元" if template == "2021" else None
    built: dict[str, Any] = {}
    for key, names in columns.items():
        raw = collected.rows.get((key,))
        if raw is None:
            findings.append(
                make(
                    "missing_row",
                    f"{describe('active_disclosure.' + key)}: row not found",
                    path=f"active_disclosure.{key}",
                )
            )
            continue
        lines[f"active_disclosure.{key}"] = raw.line
        path = f"active_disclosure.{key}"
        plan = plans.get(key)
        under_wider = key in wider
        if plan is not None and under_wider and len(raw.values) == len(names):
            # the other columns left empty, and dropped by the layout: by position
            if not _has_extras(plan):
                findings.append(_wider_finding(path, plan, raw, template))
            raw.width, plan = len(names), None
        elif plan is not None and (_has_extras(plan) or _is_narrower(plan, names)):
            raw, plan = _extras_left_out(raw, plan, names, path, findings), None
        if len(names) == 1 and len(raw.values) > 1 and not under_wider and raw.closed:
            raw = _marks_left_out(raw, path, findings)
        fitted = fit_row(raw, path, None, findings, table=collected.rows)
        values = fitted.values
        if plan is not None:
            if under_wider:
                findings.append(_wider_finding(path, plan, raw, template, values))
            values = plan.arrange(values)
        label_unit = _label_unit(raw.label, names) if "amount" in names else None
        unit = printed_unit or label_unit
        if unit is None and "amount" in names:
            unit = _currency_unit(values[names.index("amount")], path, findings)
        unit = unit or default_unit
        cells = {
            name: _cell(value, name, f"active_disclosure.{key}.{name}", unit, findings)
            for name, value in zip(names, values, strict=True)
        }
        if "amount" in cells and (units or label_unit is not None):
            doubt = _unit_doubt(
                values[names.index("amount")], cells["amount"], label_unit, units, (path, raw.line)
            )
            if doubt is not None:
                findings.append(doubt)
        built[key] = _ROW_CLASSES[template][key](**cells)
    findings += stray_findings(collected, "active_disclosure")
    if template == "2021":
        return ActiveDisclosure2021(**built), collected.restart
    return ActiveDisclosure2019(**built), collected.restart

"""Table 二 (主动公开政府信息情况) → the model."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..cells import MONEY_KIND, NUMBER_KIND, TEXT_KIND, Value, as_money, normalize_label
from ..findings import Finding, make
from ..grid import Row
from ..labels import (
    ACTIVE_COLUMNS,
    ACTIVE_ROW_LABELS,
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
from .collect import Key, LabelPieces, collect_rows, table_not_read
from .fit import fit_row
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
    with_yuan = [text for row in rows for text in row.texts if "元" in text]
    if not any(_may_give_unit(normalize_label(text)) for text in with_yuan):
        return None  # (most tables: every 元 is in a value such as 27759.17 万元)
    return unit_in_joined_cells(rows)


def unit_in_joined_cells(rows: Sequence[Row]) -> str | None:
    """:func:`header_unit` without its shortcut: every cell normalised, every join read."""
    columns: dict[int, list[str]] = {}
    sequence: list[str] = []
    for row in rows:
        for column, raw in zip(row.columns, row.texts, strict=True):
            text = normalize_label(raw)
            if ("金额" in text or "单位" in text) and len(text) <= 30:
                for unit in MONEY_UNITS:
                    if unit in text:
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
        findings.append(
            make(
                "unreadable_cell",
                f"{describe(path)}: {value.raw.strip()!r} is not a whole number; read as blank",
                path=path,
            )
        )
    return None


def _whole(key: Key, label: str) -> bool:
    return any(printed in label for printed in _PRINTED.get(key[0], ()))


def _head(key: Key, text: str) -> bool:
    return bool(text) and any(
        row != key[0] and printed.startswith(text) and printed != text
        for printed, row in ACTIVE_ROW_LABELS
    )


def _join(label: str, rest: str) -> Key | None:
    if not rest or any(printed == rest for printed, _ in ACTIVE_ROW_LABELS):
        return None
    for printed, row in ACTIVE_ROW_LABELS:
        if printed.endswith(rest) and label.endswith(printed[: -len(rest)]):
            return (row,)
    return None


#: The printed labels of each row of table 二.
_PRINTED: dict[str, tuple[str, ...]] = {}
for _printed, _row in ACTIVE_ROW_LABELS:
    _PRINTED[_row] = (*_PRINTED.get(_row, ()), _printed)
_PIECES = LabelPieces(_whole, _head, _join)


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
    """
    columns = ACTIVE_COLUMNS[template]

    def classify(label: str) -> Key | None:
        key = classify_active_label(label)
        return (key,) if key is not None and key in columns else None

    def holds_money(key: Key, index: int) -> bool:
        names = columns[key[0]] if key else ()
        return index < len(names) and names[index] == "amount"

    collected = collect_rows(
        rows, classify, lambda key: len(columns[key[0]]), closed_at_end, holds_money, _PIECES
    )
    if not collected.rows:
        findings.append(
            table_not_read("active_disclosure", "the table is named but none of its rows", rows)
        )
        return None
    unit = header_unit(rows) or ("万元" if template == "2021" else None)
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
        fitted = fit_row(raw, f"active_disclosure.{key}", None, findings)
        cells = {
            name: _cell(value, name, f"active_disclosure.{key}.{name}", unit, findings)
            for name, value in zip(names, fitted.values, strict=True)
        }
        built[key] = _ROW_CLASSES[template][key](**cells)
    findings += stray_findings(collected, "active_disclosure")
    if template == "2021":
        return ActiveDisclosure2021(**built)
    return ActiveDisclosure2019(**built)

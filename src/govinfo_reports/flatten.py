"""The canonical form as one flat row: dotted column names in a fixed order.

Used by the CSV output and :func:`~govinfo_reports.to_dataframe`, so both have the
same columns. The column list comes from the model's types, not from any report, so
it is the same for every batch: the columns of template 2019 and 2021 merged (a
report of one template leaves the other template's columns blank). Money is two
columns, ``<path>.value`` (the decimal string as published) and ``<path>.unit``.

>>> from govinfo_reports import parse, sample_text, to_dict
>>> row = flatten(to_dict(parse(sample_text())))
>>> row["requests.new_received.total"], row["active_disclosure.administrative_fees.amount.value"]
(13, '12.50')
>>> [name for name, kind in canonical_columns()][:5]
['schema_version', 'title', 'organ', 'year', 'template']
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator, Mapping
from types import UnionType
from typing import Any, Literal

import attrs

from .model import (
    ActiveDisclosure2019,
    ActiveDisclosure2021,
    ApplicantCounts,
    Money,
    OtherHandling2021,
    Report,
    Template,
)

Kind = Literal["int", "str"]

#: Where the model holds a union of tables, the member each template uses.
_VARIANTS: dict[Template, frozenset[type]] = {
    "2019": frozenset({ActiveDisclosure2019, ApplicantCounts}),
    "2021": frozenset({ActiveDisclosure2021, OtherHandling2021}),
}
_NOT_IN_DICT = frozenset({"findings", "source"})


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested mappings → one dict with dotted keys; a ``None`` table adds no keys."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _members(tp: Any) -> list[Any]:
    if typing.get_origin(tp) in (typing.Union, UnionType):
        return [m for m in typing.get_args(tp) if m is not type(None)]
    return [tp]


def _leaves(cls: type, prefix: str, template: Template) -> Iterator[tuple[str, str, Kind]]:
    """``(row, column, kind)`` for every leaf; a money cell is two columns of its row."""
    hints = typing.get_type_hints(cls)
    row = prefix.rstrip(".")
    for field in attrs.fields(cls):
        if cls is Report and field.name in _NOT_IN_DICT:
            continue
        name = f"{prefix}{field.name}"
        members = _members(hints[field.name])
        tables = [m for m in members if attrs.has(m) and m is not Money]
        if Money in members:
            yield row, f"{name}.value", "str"
            yield row, f"{name}.unit", "str"
        elif tables:
            chosen = (
                tables[0]
                if len(tables) == 1
                else next(m for m in tables if m in _VARIANTS[template])
            )
            yield from _leaves(chosen, f"{name}.", template)
        elif int in members:
            yield row, name, "int"
        else:
            yield row, name, "str"


def _merge(first: list[str], second: list[str]) -> list[str]:
    """``first``, with each item only in ``second`` placed after its predecessor there."""
    merged = list(first)
    position = 0
    for item in second:
        if item in merged:
            position = merged.index(item) + 1
        else:
            merged.insert(position, item)
            position += 1
    return merged


def _ordered(template: Template) -> tuple[list[str], dict[str, list[str]], dict[str, Kind]]:
    rows: dict[str, list[str]] = {}
    kinds: dict[str, Kind] = {}
    for row, column, kind in _leaves(Report, "", template):
        rows.setdefault(row, []).append(column)
        kinds[column] = kind
    return list(rows), rows, kinds


@functools.cache
def canonical_columns(template: Template | None = None) -> tuple[tuple[str, Kind], ...]:
    """``(dotted name, "int" | "str")`` for every leaf of the canonical form, in
    :func:`~govinfo_reports.to_dict` order. Unless a template is named, both are
    merged row by row, each template's columns keeping their own order."""
    names: tuple[Template, ...] = ("2021", "2019") if template is None else (template,)
    orders = [_ordered(name) for name in names]
    row_order: list[str] = []
    kinds: dict[str, Kind] = {"schema_version": "int"}
    for rows, _, row_kinds in orders:
        row_order = _merge(row_order, rows)
        kinds.update(row_kinds)
    columns = ["schema_version"]
    for row in row_order:
        in_row: list[str] = []
        for _, row_columns, _ in orders:
            in_row = _merge(in_row, row_columns.get(row, []))
        columns.extend(in_row)
    return tuple((name, kinds[name]) for name in columns)


#: The columns before the canonical ones in a CSV row or DataFrame: where the row
#: came from, why it holds no report (blank when it does), and the findings counted.
META_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("source", "str"),
    ("error_type", "str"),
    ("error_message", "str"),
    ("reader", "str"),
    ("encoding", "str"),
    ("n_errors", "int"),
    ("n_warnings", "int"),
    ("n_infos", "int"),
)


def row_columns() -> tuple[tuple[str, Kind], ...]:
    """Every column of a flat row: :data:`META_COLUMNS`, then :func:`canonical_columns`."""
    return META_COLUMNS + canonical_columns()


def record_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """A batch record (``BatchResult.to_record()``) → one flat row; absent keys are
    blank (``None``), never 0."""
    error = record.get("error") or {}
    findings = record.get("findings")
    row: dict[str, Any] = {
        "source": record.get("source"),
        "error_type": error.get("type"),
        "error_message": error.get("message"),
        "reader": record.get("reader"),
        "encoding": record.get("encoding"),
    }
    for column, severity in (("n_errors", "error"), ("n_warnings", "warning"), ("n_infos", "info")):
        row[column] = (
            None if findings is None else sum(1 for f in findings if f["severity"] == severity)
        )
    report = record.get("report")
    if report is not None:
        known = _canonical_names()
        # a table that was not found is one null (``"requests": None``): its cells stay blank
        row.update((k, v) for k, v in flatten(report).items() if v is not None or k in known)
    return row


@functools.cache
def _canonical_names() -> frozenset[str]:
    return frozenset(name for name, _ in canonical_columns())

"""Reports → a pandas DataFrame, one row per report (pandas is an optional extra).

The columns are those of the CLI's CSV output (:func:`~govinfo_reports.flatten.row_columns`):
``source``, ``error_type``, ``error_message``, ``reader``, ``encoding``, ``n_errors``,
``n_warnings``, ``n_infos``, then every canonical path as a dotted name
(``requests.results.total.total``) for templates 2019 and 2021 together. Counts are
nullable ``Int64``, so a cell left blank in the report is ``<NA>``, never 0. Money is
two ``string`` columns, ``<path>.value`` (the decimal exactly as published, e.g.
``"12.50"``) and ``<path>.unit`` (``"万元"``); convert with
``df[col].map(Decimal, na_action="ignore")`` for exact sums or ``pd.to_numeric`` for
floats.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._api import validate
from .batch import BatchResult
from .flatten import record_row, row_columns
from .model import Report
from .serialize import to_dict

_DTYPES = {"int": "Int64", "str": "string"}

Item = Report | BatchResult | Mapping[str, Any]


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise ImportError(
            "to_dataframe() needs pandas: pip install 'govinfo-reports[pandas]'"
        ) from None


def _record(item: Item) -> Mapping[str, Any]:
    if isinstance(item, BatchResult):
        return item.to_record()
    if isinstance(item, Report):
        return {
            "source": item.source.path,
            "reader": item.source.reader,
            "encoding": item.source.encoding,
            "report": to_dict(item),
            "findings": [attrs.asdict(f) for f in validate(item)],
        }
    if isinstance(item, Mapping):
        if "schema_version" in item:  # a bare to_dict() form
            return {"report": item}
        if "report" in item or "error" in item:  # a batch record (parse_to_dict, JSONL)
            return item
    raise TypeError(
        "to_dataframe() takes Reports, BatchResults, to_dict() forms or batch records, "
        f"not {type(item).__name__}"
    )


def to_dataframe(reports: Iterable[Item]) -> Any:
    """One ``pandas.DataFrame`` row per item, in order.

    Items may be :class:`~govinfo_reports.Report` objects, results of
    :func:`~govinfo_reports.parse_many`, :func:`~govinfo_reports.to_dict` forms, or
    batch records (:func:`~govinfo_reports.parse_to_dict`, a JSONL line of the CLI);
    a failed file is a row with ``error_type``/``error_message`` and blank data.
    Raises :class:`ImportError` naming the extra when pandas is not installed, and
    :class:`ValueError` naming the column and the item's source for a count beyond
    ``Int64`` (digits run together, read as printed).
    """
    if isinstance(reports, (Report, BatchResult, Mapping, str, bytes)):
        # a Mapping is iterable too: its keys would be taken for items
        raise TypeError(
            "to_dataframe() takes an iterable of items (Reports, BatchResults, to_dict() "
            f"forms or batch records), not one {type(reports).__name__}: pass [item]"
        )
    pd = _pandas()
    rows = [record_row(_record(item)) for item in reports]
    columns = {}
    for name, kind in row_columns():
        values = [row.get(name) for row in rows]
        try:
            columns[name] = pd.array(values, dtype=_DTYPES[kind])
        except (OverflowError, TypeError, ValueError) as exc:
            index = _first_bad(values, kind)
            where = f"row {index} (source {rows[index].get('source')!r})"
            raise ValueError(
                f"to_dataframe(): column {name!r}, {where}: {values[index]!r} does not fit "
                f"the column's type {_DTYPES[kind]} ({exc})"
            ) from exc
    return pd.DataFrame(columns)


def _first_bad(values: list[Any], kind: str) -> int:
    """The index of the first value a column of ``kind`` cannot hold."""
    for index, value in enumerate(values):
        if value is None:
            continue
        if kind == "int" and (
            isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**63
        ):
            return index
        if kind == "str" and not isinstance(value, str):
            return index
    return 0

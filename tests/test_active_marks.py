"""mapping/active: a one-value row printed with blank marks in its unused cells keeps its
record of what stood among its values once the marks are left out.

``_marks_left_out`` keeps the row's one number and drops the marks (``/``, ``—``). The
row's records of its values by index (``lone``: values alone on a line; ``furniture``:
the value after page text) must then point at the number where they pointed at it, or
``fit_row`` judges the wrong value (an IndexError there once; a page-number warning
missed).
"""

from __future__ import annotations

from govinfo_reports.cells import read_value
from govinfo_reports.findings import Finding
from govinfo_reports.mapping.active import _marks_left_out
from govinfo_reports.mapping.collect import RawRow

_HEAD = "某某局2023年政府信息公开工作年度报告"


def _row(texts: list[str], furniture: int | None) -> RawRow:
    lines = [10, 11, 13][: len(texts)]
    return RawRow(
        key="administrative_licensing",
        line=9,
        width=1,
        values=[read_value(text) for text in texts],
        lines=lines,
        furniture=None if furniture is None else (furniture, _HEAD, 12),
    )


def test_page_text_before_the_number_points_at_the_number_once_marks_are_left_out() -> None:
    findings: list[Finding] = []
    kept = _marks_left_out(_row(["/", "/", "3"], furniture=2), "x", findings)
    assert [v.raw for v in kept.values] == ["3"]
    assert kept.furniture == (0, _HEAD, 12)


def test_page_text_after_the_number_points_past_it_once_marks_are_left_out() -> None:
    findings: list[Finding] = []
    kept = _marks_left_out(_row(["3", "/", "/"], furniture=2), "x", findings)
    assert [v.raw for v in kept.values] == ["3"]
    assert kept.furniture == (1, _HEAD, 12)  # (past the values: no count after the text)


def test_a_row_with_no_page_text_keeps_none() -> None:
    kept = _marks_left_out(_row(["/", "7"], furniture=None), "x", [])
    assert kept.furniture is None and [v.raw for v in kept.values] == ["7"]

"""Tab text misread by the parser, found by hunt19 and not fixed (strict xfails: each
fails the suite the day its cause is fixed; docs/limits.md names them)."""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from test_hunt19 import (
    _REVIEW,
    _THREE,
    _TWO_2019,
    _requests_row,
    _tab_four,
    _tab_three,
    _tab_two_2019,
    _warnings,
)

_REASON = (
    "readers/tab: an empty cell at either end of a tab row's values is layout (a label "
    "spanning two columns, a trailing tab); reading the rows under a header naming their "
    "columns by position fixed it, but cost 2-4 % on tab texts (hunt19, reverted)"
)


@pytest.mark.xfail(strict=True, reason=_REASON)
@pytest.mark.parametrize("at", [0, 2], ids=["first", "last"])
def test_a_blank_cell_at_a_tab_table_two_rows_end_keeps_its_column(at: int) -> None:
    """Tab text of table 二 (2019 template: three values a row) printing a row's first
    or last value empty (``规章\\t\\t1\\t9``, ``行政处罚\\t33\\t4\\t``): an empty cell at a
    tab row's end was layout, so the row was two values for three columns, left blank
    with a ``row_width`` warning, both printed values lost. A row as wide as the header
    above it naming its columns (``信息内容\\t…``) is read by position."""
    blank = {"规章": at, "行政处罚": at, "其他对外管理服务事项": at}
    report = gr.parse(_tab_two_2019(blank))
    assert report.source.reader == "tab"
    active = gr.to_dict(report)["active_disclosure"]
    for label, row in _TWO_2019:
        if row is None:
            continue
        key, printed = row
        expected: list[object] = [None if v == "" else v for v in printed]
        if label in blank:
            expected[blank[label]] = None
        read = active[key]
        if key == "centralized_procurement":
            assert read["projects"] == 2
            assert read["amount"]["value"] == "36.5"
            continue
        got = [None if v is None else str(v) for v in read.values()]
        assert got == expected[: len(got)], label
    assert "row_width" not in _warnings(report)


@pytest.mark.xfail(strict=True, reason=_REASON)
@pytest.mark.parametrize("at", [0, 6], ids=["first", "last"])
def test_a_blank_cell_at_a_tab_table_three_rows_end_keeps_its_column(at: int) -> None:
    """Tab text of table 三 copied with every row as wide as the table, a row's first
    (自然人) or last (总计) count printed empty: an empty cell at a tab row's end, or
    after its label, was layout, so the row was six values for seven columns, left
    blank with a ``row_width`` warning (or filled in by its arithmetic, with one).
    Under a header line naming 自然人 and, six columns on, 总计, a row as wide as it
    printing its counts in those columns only is read by position."""
    blank = {
        "一、本年新收政府信息公开申请数量": at,
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形)": at,
    }
    blank["2.重复申请"] = at
    report = gr.parse(_tab_three(blank))
    assert report.source.reader == "tab"
    for group, own, path, values in _THREE:
        expected: list[object] = list(values)
        if (own or group) in blank:
            expected[at] = None
        assert _requests_row(report, path) == expected, path
    assert "row_width" not in _warnings(report)


@pytest.mark.xfail(strict=True, reason=_REASON)
@pytest.mark.parametrize("at", [0, 14], ids=["first", "last"])
def test_a_blank_value_at_the_end_of_a_tab_table_four_row_keeps_its_column(at: int) -> None:
    """Tab text of table 四 (fifteen cells a row, as copied) printing its first or last
    value empty: the empty cell at the row's end was layout, so the row was fourteen
    values for fifteen columns, left blank with a ``row_width`` warning. A row of values
    alone as wide as the header line above it naming the results is read by position."""
    values = [str(v) for v in _REVIEW]
    values[at] = ""
    report = gr.parse(_tab_four(values))
    review = gr.to_dict(report)["review_litigation"]
    read = [
        review[group][result]
        for group in ("administrative_review", "litigation_direct", "litigation_after_review")
        for result in ("upheld", "corrected", "other", "pending", "total")
    ]
    expected: list[object] = list(_REVIEW)
    expected[at] = None
    assert read == expected
    assert "row_width" not in _warnings(report)

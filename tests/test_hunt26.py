"""Page texts in the text layouts (thirteenth session's hunt26): tab text copied from a
spreadsheet or a web page, tabs expanded to spaces, a cell a line, as other sites and
tools print the same tables. Every report here is fictional (云溪县, 南岭乡, 桐川镇;
numbers chosen for the test)."""

from __future__ import annotations

import unicodedata

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


@pytest.mark.parametrize("at", [0, 2], ids=["first", "last"])
def test_a_blank_cell_at_a_tab_table_two_rows_end_keeps_its_column(at: int) -> None:
    """Tab text of table 二 (2019 template: three values a row) printing a row's first
    or last value empty (``规章\\t\\t1\\t9``, ``行政处罚\\t33\\t4\\t``): an empty cell at a
    tab row's end was layout, so the row was two values for three columns, left blank
    with a ``row_width`` warning, both printed values lost. A row found a value short,
    as wide as the rows around it, whose empty end cell stands in a column where they
    print a value or a header's name, is read by position."""
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


@pytest.mark.parametrize("at", [0, 6], ids=["first", "last"])
def test_a_blank_cell_at_a_tab_table_three_rows_end_keeps_its_column(at: int) -> None:
    """Tab text of table 三 copied with every row as wide as the table, a row's first
    (自然人) or last (总计) count printed empty: an empty cell at a tab row's end, or
    after its label, was layout, so the row was six values for seven columns, left
    blank with a ``row_width`` warning (or filled in by its arithmetic, a blank read as
    0, with one). Read by position as the rows around it print their counts."""
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


@pytest.mark.parametrize("at", [0, 14], ids=["first", "last"])
def test_a_blank_value_at_the_end_of_a_tab_table_four_row_keeps_its_column(at: int) -> None:
    """Tab text of table 四 (fifteen cells a row, as copied) printing its first or last
    value empty: the empty cell at the row's end was layout, so the row was fourteen
    values for fifteen columns, left blank with a ``row_width`` warning (the last one
    filled in by the arithmetic: a blank read as 0). The header lines above it, as wide
    as it, name a result in every column: the row is read by position."""
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


#: Table 三 as a word processor copies it (seed 000's layout): a row's label spanning
#: two columns (an empty cell after it) and a tab after its last count in every row.
_THREE_TRAILING = (
    "桐川镇人民政府2021年政府信息公开工作年度报告\n"
    "三、收到和处理政府信息公开申请情况\n"
    "\t\t申请人情况\t\t\t\t\t\t总计\t\n"
    "\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t\n"
    "一、本年新收政府信息公开申请数量\t\t{new}\t\n"
    "二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t\n"
    "三、本年度办理结果\t(一)予以公开\t5\t1\t0\t0\t0\t1\t7\t\n"
    "\t(二)部分公开\t1\t0\t0\t0\t0\t0\t1\t\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
)


def test_a_tab_row_a_cell_short_beside_rows_wider_than_it_stays_in_doubt() -> None:
    """A row that lost a cell (six counts, its trailing tab kept) among rows printing
    seven: it is narrower than the rows around it, so its empty end cells are layout
    and nothing is read by position: left blank with a ``row_width`` warning, as
    before (the arithmetic fills in what it pins)."""
    report = gr.parse(_THREE_TRAILING.format(new="5\t1\t0\t0\t1\t7"))
    row = _requests_row(report, ("new_received",))
    assert row[:3] == [None] * 3  # (not 5, 1, 0: the row is a cell short, not placed)
    assert [f.line for f in report.findings if f.code == "row_width"] == [5]
    assert _requests_row(report, ("carried_over",)) == [1, 0, 0, 0, 0, 0, 1]


def test_a_tab_row_as_wide_as_its_neighbours_with_an_empty_label_span_keeps_it() -> None:
    """The same table, the row printing its first count empty (``…\\t\\t\\t1\\t0…``,
    as wide as the rows around it): the label's span is layout, the empty cell in the
    column where the rows around print 自然人's count is a blank."""
    report = gr.parse(_THREE_TRAILING.format(new="\t2\t0\t0\t1\t1\t4"))
    assert _requests_row(report, ("new_received",)) == [None, 2, 0, 0, 1, 1, 4]
    assert "row_width" not in _warnings(report)


#: Table 二 of the 2019 template as a word processor copies it (a tab after each row's
#: last value, seed 000's layout), the procurement row printed without it.
_TWO_2019_TRAILING = (
    "桐川镇人民政府2019年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(六)项\t\t\t\n"
    "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
    "行政处罚\t40\t-2\t31\n"
    "行政强制\t6\t1\t2\n"
    "第二十条第(八)项\t\t\t\n"
    "信息内容\t上一年项目数量\t本年增/减\t\n"
    "行政事业性收费\t{fee}\t\n"
    "第二十条第(九)项\t\t\t\n"
    "信息内容\t采购项目数量\t采购总金额\t\n"
    "政府集中采购\t15\t80.5万元\n"
    "三、收到和处理政府信息公开申请情况\n"
)


def test_a_row_a_cell_short_beside_a_row_of_another_group_as_wide_stays_in_doubt() -> None:
    """The fee row lost a cell (``行政事业性收费\\t0\\t`` for ``…\\t7\\t0\\t``): as wide as
    the procurement row two lines on (which prints no trailing tab), narrower than the
    header and caption next to it. One row of another group is no evidence of the
    table's columns: the row is in doubt (a ``row_width`` warning), not read as 0 and a
    blank."""
    report = gr.parse(_TWO_2019_TRAILING.format(fee="0"))
    fees = gr.to_dict(report)["active_disclosure"]["administrative_fees"]
    assert fees == {"previous_count": None, "change": None}
    assert [f.line for f in report.findings if f.code == "row_width"] == [9]
    whole = gr.parse(_TWO_2019_TRAILING.format(fee="7\t0"))
    assert gr.to_dict(whole)["active_disclosure"]["administrative_fees"] == {
        "previous_count": 7,
        "change": 0,
    }


def _expanded(text: str, width: int, count: str) -> str:
    """``text`` with its tabs expanded to spaces up to the next multiple of ``width``,
    columns counted by characters (Python's ``str.expandtabs``), display columns (a CJK
    character two wide, as editors count) or UTF-8 bytes (as ``expand`` counts)."""
    lines = []
    for line in text.split("\n"):
        out, column = [], 0
        for char in line:
            if char == "\t":
                spaces = width - column % width
                out.append(" " * spaces)
                column += spaces
                continue
            out.append(char)
            if count == "display":
                column += 2 if unicodedata.east_asian_width(char) in "WF" else 1
            elif count == "bytes":
                column += len(char.encode())
            else:
                column += 1
        lines.append("".join(out))
    return "\n".join(lines)


_EXPANSIONS = [(8, "chars"), (4, "chars"), (8, "display"), (4, "display"), (8, "bytes")]


@pytest.mark.parametrize(("width", "count"), _EXPANSIONS)
def test_a_tab_text_whose_tabs_an_editor_expanded_keeps_its_blank_cells(
    width: int, count: str
) -> None:
    """Tab text re-saved by an editor expanding its tabs to spaces, a blank cell in a
    row: read as space-aligned text, the blank left no cell (only one more tab stop of
    spaces), and rows whose labels end on different stops did not line up, so table
    二's ``规章`` (first value blank) read as 1, 9, blank with a ``row_width`` info only,
    and table 三's rows with a blank count were left blank with a ``row_width`` warning.
    Every gap of two spaces or more ending on a tab stop (most crossing one), the tabs
    are put back and the text is read as tab text."""
    blank = {"规章": 0, "行政处罚": 2}
    two = _tab_two_2019(blank)
    expected_two = gr.to_dict(gr.parse(two))["active_disclosure"]
    assert expected_two["regulations"] == {
        "new_made": None,
        "new_published": 1,
        "total_published": 9,
    }
    report = gr.parse(_expanded(two, width, count))
    assert report.source.reader == "spaces"
    assert gr.to_dict(report)["active_disclosure"] == expected_two
    assert "row_width" not in [f.code for f in report.findings]
    blanks = {"一、本年新收政府信息公开申请数量": 0, "2.重复申请": 3}
    three = _tab_three(blanks)
    report = gr.parse(_expanded(three, width, count))
    assert gr.to_dict(report)["requests"] == gr.to_dict(gr.parse(three))["requests"]
    assert _requests_row(report, ("new_received",))[0] is None
    assert "row_width" not in _warnings(report)


def test_space_aligned_columns_wider_than_a_tab_stop_are_not_taken_for_tabs() -> None:
    """PDF text whose columns happen to start on multiples of eight (columns sixteen
    characters wide): gaps cross two stops or more, not one as a tab's do, so the text
    is read as space-aligned text, not split into empty cells."""
    lines = ["云溪县水利局2023年政府信息公开工作年度报告", "二、主动公开政府信息情况"]
    rows = [
        ("信息内容", ["本年制发件数", "本年废止件数", "现行有效件数"]),
        ("规章", ["1", "0", "3"]),
        ("行政规范性文件", ["4", "2", "17"]),
    ]
    for label, cells in rows:
        lines.append("".join(text.ljust(16) for text in [label, *cells]).rstrip())
    for label, value in (("行政许可", "356"), ("行政处罚", "41"), ("行政强制", "6")):
        lines.append(label.ljust(16) + value)
    text = "\n".join(lines) + "\n"
    report = gr.parse(text)
    active = gr.to_dict(report)["active_disclosure"]
    assert active["regulations"] == {"issued": 1, "repealed": 0, "in_force": 3}
    assert active["normative_documents"] == {"issued": 4, "repealed": 2, "in_force": 17}
    assert active["administrative_licensing"] == {"decisions": 356}

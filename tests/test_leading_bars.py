"""Pipe text printing no bar before a row's first cell (``cell | cell |``): a line that
starts with a bar there is a row whose first cell is empty (a header cell wrapped onto
the next line), not a row printed with a bar before each cell as markdown prints rows.
Fictional reports."""

from __future__ import annotations

import govinfo_reports as gr

_TITLE = "青禾县人民政府2019年政府信息公开工作年度报告\n"

#: Table 二 of a 2019-form report, the procurement header's unit wrapped onto a line of
#: its own whose first cell is empty (found by the thorough property run, eleventh
#: session).
_WRAPPED_UNIT = """二、主动公开政府信息情况
第二十条第（一）项 |
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 1 | 1 | 2 |
规范性文件 | 3 | 3 | 9 |
第二十条第（九）项 |
信息内容 | 采购 | 采购总金额（单 |
 | 项目数量 | 位：元） |
政府集中采购 | 4 | 12800 |
三、收到和处理政府信息公开申请情况
"""


def _procurement(text: str) -> object:
    return gr.to_dict(gr.parse(text))["active_disclosure"]["centralized_procurement"]


def test_an_empty_first_cell_of_a_wrapped_header_line_keeps_its_column() -> None:
    assert _procurement(_TITLE + _WRAPPED_UNIT) == {
        "projects": 4,
        "amount": {"value": "12800", "unit": "元"},
    }


def test_the_same_line_without_a_space_before_its_bar_keeps_its_column() -> None:
    text = _WRAPPED_UNIT.replace(" | 项目数量", "| 项目数量")
    assert _procurement(_TITLE + text) == {
        "projects": 4,
        "amount": {"value": "12800", "unit": "元"},
    }


def test_rows_printed_with_a_bar_before_each_cell_lose_no_cell() -> None:
    # The markdown-like form: every line starts with a bar, which is no cell.
    lines = []
    for line in _WRAPPED_UNIT.splitlines():
        if "|" in line:
            line = line if line.startswith(" |") else "| " + line
        lines.append(line)
    text = "\n".join(lines).replace(" | 项目数量", "|  | 项目数量")
    assert _procurement(_TITLE + text) == {
        "projects": 4,
        "amount": {"value": "12800", "unit": "元"},
    }


def test_one_line_missing_its_leading_bar_does_not_shift_the_rows_around_it() -> None:
    # A table printing a bar before each row, two rows copied without it (the first
    # row holding a bar among them): the rows around them still print a bar before
    # their first cell, which is no cell.
    text = _TITLE + (
        "二、主动公开政府信息情况\n"
        "第二十条第（一）项 |\n"
        "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
        "| 规章 | 1 | 1 | 2 |\n"
        "规范性文件 | 3 | 3 | 9 |\n"
        "| 第二十条第（五）项 |\n"
        "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
        "| 行政许可 | 10 | 2 | 340 |\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    active = gr.to_dict(gr.parse(text))["active_disclosure"]
    assert active["regulations"] == {"new_made": 1, "new_published": 1, "total_published": 2}
    assert active["normative_documents"] == {
        "new_made": 3,
        "new_published": 3,
        "total_published": 9,
    }
    assert active["administrative_licensing"] == {
        "previous_count": 10,
        "change": 2,
        "decisions": 340,
    }

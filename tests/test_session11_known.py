"""Known misreadings found in the eleventh session (by the thorough property run), kept
as strict xfails: each fails the suite the day it is fixed, so that docs/limits.md is
updated."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

#: Table 二 of a fictional 2019-form report, printed ``cell | cell |`` (no bar before a
#: row's first cell), the procurement header's unit wrapped onto a line of its own whose
#: first cell is empty.
_TEXT = """青禾县人民政府2019年政府信息公开工作年度报告
二、主动公开政府信息情况
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


@pytest.mark.xfail(
    strict=True,
    reason="readers/pipe: a line starting with a bar is read as a row printed with a bar "
    "before its first cell, so its empty first cell is dropped and its cells shift a "
    "column left, even where the text prints no row so",
)
def test_an_empty_first_cell_of_a_wrapped_header_line_keeps_its_column() -> None:
    report = gr.parse(_TEXT)
    procurement = gr.to_dict(report)["active_disclosure"]["centralized_procurement"]
    assert procurement == {"projects": 4, "amount": {"value": "12800", "unit": "元"}}

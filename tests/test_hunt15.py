"""Misreadings of cell-per-line and cell-per-paragraph page texts (fictional inputs).

Page texts as a browser's "copy text" gives them: one cell per line, one cell per
paragraph (cells parted by empty lines), ``cell |`` lines with ``|`` fillers; cut off
anywhere (an excerpt of a longer page), blank cells printed as nothing.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

#: A fictional 2021-template page, one cell per paragraph, up to table 二's 规章 row.
_HEAD_2021 = (
    "松岭县水务局2022年政府信息公开工作年度报告\n\n"
    "一、总体情况\n\n"
    "2022年，松岭县水务局主动公开政府信息64条。\n\n"
    "二、主动公开政府信息情况\n\n"
    "第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n"
)


def _paragraphs(*cells: str) -> str:
    return "".join(f"{cell}\n\n" for cell in cells)


@pytest.mark.parametrize("sep", ["\n\n", "\n", " |\n"])
def test_an_excerpt_ending_inside_a_tables_last_number_is_said_to_be_cut(sep: str) -> None:
    # the page goes on past the excerpt: 行政规范性文件's 现行有效件数 is 17 on the page,
    # the excerpt stops after its first digit; nothing tells the 1 is all of it
    cells = ["规章", "2", "0", "9", "行政规范性文件", "3", "1", "1"]
    text = _HEAD_2021.replace("\n\n", sep) + sep.join(cells)
    report = gr.parse(text)
    assert report.template == "2021" and report.year == 2022
    active = gr.to_dict(report)["active_disclosure"]
    assert active["regulations"] == {"issued": 2, "repealed": 0, "in_force": 9}
    assert active["normative_documents"] == {"issued": 3, "repealed": 1, "in_force": 1}
    cut = [f for f in report.findings if f.path == "active_disclosure.normative_documents"]
    assert [(f.code, f.severity) for f in cut] == [("row_width", "warning")]
    assert "ends" in cut[0].message and "'1'" in cut[0].message
    assert not [f for f in report.findings if f.path == "active_disclosure.regulations"]


@pytest.mark.parametrize("end", ["\n", "\n\n", "\n|\n", "\n|"])
def test_an_excerpt_ending_after_a_line_break_is_not_said_to_be_cut(end: str) -> None:
    text = _HEAD_2021 + _paragraphs("规章", "2", "0", "9", "行政规范性文件", "3", "1") + "17" + end
    report = gr.parse(text)
    assert gr.to_dict(report)["active_disclosure"]["normative_documents"]["in_force"] == 17
    assert not [f for f in report.findings if f.path == "active_disclosure.normative_documents"]

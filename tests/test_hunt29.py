"""Regressions found in hunt 29: the text readers (fictional inputs)."""

from __future__ import annotations

import govinfo_reports as gr

#: Table 三 of template 2021 copied from a web page as tab text: every row as wide as
#: the table (ten cells: the label's three, seven values), a blank cell printed empty.
_HEADER_3 = [
    "三、收到和处理政府信息公开申请情况",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t",
    "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
    "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
]


def _tab_table_3(rows: dict[str, str]) -> str:
    """Table 三's header and the rows given (label cells, then values), tab text."""
    return "\n".join(
        [
            "柳川县农业农村局2023年政府信息公开工作年度报告",
            *_HEADER_3,
            *rows.values(),
            "",
            "四、政府信息公开行政复议、行政诉讼情况",
        ]
    )


def test_two_tab_rows_in_a_row_with_a_blank_end_cell_keep_their_values() -> None:
    """Two rows one after the other, each with a blank cell at one end of its values
    (the first's 总计, the second's 自然人), printed as wide as the rows around them:
    both were left blank with a ``row_width`` warning each (a row found short next to
    another one was never read by position); each is now read by position."""
    rows = {
        "new": "一、本年新收政府信息公开申请数量\t\t\t8\t2\t0\t0\t0\t1\t",
        "carried": "二、上年结转政府信息公开申请数量\t\t\t\t0\t0\t0\t0\t0\t0",
        "granted": "三、本年度办理结果\t（一）予以公开\t\t5\t1\t0\t0\t0\t0\t6",
        "partial": "\t（二）部分公开\t\t1\t0\t0\t0\t0\t0\t1",
        "secret": "\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
    }
    report = gr.parse(_tab_table_3(rows))
    requests = report.requests
    assert requests is not None
    new, carried = requests.new_received, requests.carried_over
    assert (new.natural_person, new.other, new.total) == (8, 1, None)
    assert (carried.natural_person, carried.commercial_enterprise, carried.total) == (None, 0, 0)
    assert requests.results.granted.total == 6
    assert not [f for f in report.findings if f.code == "row_width" and f.severity == "warning"]


def test_a_table_framed_in_double_lines_is_read() -> None:
    """A text table drawn with a double-line frame (``╔═╤═╗``, ``║ 规章 │ 0 │ … ║``,
    ``╟─┼─╢``), as some text-table tools print one: the double bars were not bars, so
    every row was one unreadable cell (``unreadable_cell`` warnings, the table blank).
    They are now read as the single ones."""
    text = "\n".join(
        [
            "柳川县农业农村局2023年政府信息公开工作年度报告",
            "二、主动公开政府信息情况",
            "╔════════════════╤══════════╤══════════╤══════════╗",
            "║ 第二十条第（一）项                              ║",
            "╟────────────────┼──────────┼──────────┼──────────╢",
            "║ 信息内容       │ 本年制发件数 │ 本年废止件数 │ 现行有效件数 ║",
            "╟────────────────┼──────────┼──────────┼──────────╢",
            "║ 规章           │ 1        │ 0        │ 4        ║",
            "╟────────────────┼──────────┼──────────┼──────────╢",
            "║ 行政规范性文件 │ 7        │ 2        │ 31       ║",
            "╚════════════════╧══════════╧══════════╧══════════╝",
        ]
    )
    report = gr.parse(text)
    active = gr.to_dict(report)["active_disclosure"]
    assert active["regulations"] == {"issued": 1, "repealed": 0, "in_force": 4}
    assert active["normative_documents"] == {"issued": 7, "repealed": 2, "in_force": 31}
    assert not [f for f in report.findings if f.code == "unreadable_cell"]

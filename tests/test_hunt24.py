"""Page texts in the tab, space-aligned and pipe layouts (twelfth session's hunt24): how
other PDF-to-text tools and copies print the same tables. Every report here is
fictional (星渚县; numbers chosen for the test)."""

from __future__ import annotations

import govinfo_reports as gr

#: Table 二 of the 2021 template as ``pdftotext -layout`` prints it: a row a line, its
#: cells parted by runs of spaces, most rows printing one number.
_TWO_SPACED = """星渚县教育局2021年政府信息公开工作年度报告

二、主动公开政府信息情况

第二十条第(一)项
信息内容            本年制发件数    本年废止件数    现行有效件数
规章                0               1               4
行政规范性文件      2               0               8
第二十条第(五)项
信息内容            本年处理决定数量
行政许可            56
第二十条第(六)项
信息内容            本年处理决定数量
行政处罚            13
行政强制            2
第二十条第(八)项
信息内容            本年收费金额(单位:万元)
行政事业性收费      17.2
"""


def test_a_space_aligned_table_two_alone_is_read_as_rows() -> None:
    """An excerpt of PDF text ending before table 三 (a page's beginning): table 二's
    rows print one number each but two, so the text had fewer than five lines ending in
    two numbers and was read a cell a line: each row's numbers came with a ``row_width``
    warning (read off the label's line), and the fee amount, the text's last line, was
    lost (``the input ends inside this row``). A line ending in a number two spaces or
    more after its words counts as a row of space-aligned cells too."""
    for text in (_TWO_SPACED, _TWO_SPACED + "三、收到和处理政府信息公开申请情况\n"):
        report = gr.parse(text)
        assert report.source.reader == "spaces"
        active = gr.to_dict(report)["active_disclosure"]
        assert active["regulations"] == {"issued": 0, "repealed": 1, "in_force": 4}
        assert active["normative_documents"] == {"issued": 2, "repealed": 0, "in_force": 8}
        assert active["administrative_licensing"] == {"decisions": 56}
        assert active["administrative_penalty"] == {"decisions": 13}
        assert active["administrative_enforcement"] == {"decisions": 2}
        assert active["administrative_fees"] == {"amount": {"value": "17.2", "unit": "万元"}}
        assert not [f for f in report.findings if f.path and f.path.startswith("active")]


#: Table 三 as a copy tool joining each row's cells with `` | `` prints it (no bar before
#: a row's first cell nor after its last): a row's empty last cell leaves the bar before
#: it at the line's end.
_THREE_OPEN = """星渚县教育局2021年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

（本列数据的勾稽关系） |  |  | 申请人情况 |  |  |  |  |  |
 |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计
 |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
一、本年新收政府信息公开申请数量 |  |  | 10 | 2 | 0 | 1 | 0 | 3 | 16
二、上年结转政府信息公开申请数量 |  |  | 2 | 1 | 0 | 0 | 1 | 0 |
三、本年度办理结果 | （一）予以公开 |  | 8 | 2 | 0 | 1 | 1 | 2 | 14
"""


def test_an_empty_last_cell_of_a_row_printed_without_outer_bars_keeps_its_column() -> None:
    """Pipe text printing no bar before a row's first cell nor after its last, a row's
    last cell (总计) empty: the bar before it ends the line, and was read as a closing
    bar, so the row was a cell short: left blank with a ``row_width`` warning here, and
    in a whole table 三 read a column to the right (自然人 blank, 总计 the printed 其他)
    with no finding. Among rows ending with text, a row ending with a bar ends with an
    empty cell."""
    report = gr.parse(_THREE_OPEN)
    assert report.source.reader == "pipe"
    carried = gr.to_dict(report)["requests"]["carried_over"]
    assert list(carried.values()) == [2, 1, 0, 0, 1, 0, None]
    granted = gr.to_dict(report)["requests"]["results"]["granted"]
    assert list(granted.values()) == [8, 2, 0, 1, 1, 2, 14]

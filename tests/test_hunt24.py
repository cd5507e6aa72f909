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

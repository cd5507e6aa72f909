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


#: Table 三's row labels (template 2021), as a layout text prints them in one column.
_LABELS_3 = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果 （一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    *("（三）不予公开 1.属于国家秘密", "2.其他法律行政法规禁止公开"),
    *("3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息"),
    *("6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"),
    "（四）无法提供 1.本机关不掌握相关政府信息",
    *("2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"),
    "（五）不予处理 1.信访举报投诉类申请",
    *("2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请"),
    "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理",
]


def _layout_3(values: list[list[int]]) -> list[str]:
    """Table 三 as ``pdftotext -layout`` prints it: each label, then its seven values
    right-aligned in columns eight characters wide (the labels padded to one width)."""
    header = [
        "三、收到和处理政府信息公开申请情况",
        "",
        " " * 60 + "申请人情况",
        " " * 44 + "自然人    法人或其他组织" + " " * 30 + "总计",
        " " * 52 + "商业企业 科研机构 社会公益 法律服务 其他",
    ]
    width = 2 * max(len(label) for label in _LABELS_3) + 2
    rows = [
        label + " " * (width - 2 * len(label)) + "".join(f"{v:>8}" for v in row)
        for label, row in zip(_LABELS_3, values, strict=True)
    ]
    return [*header, *rows]


def test_a_page_number_of_the_page_count_between_layout_rows_is_no_row() -> None:
    """A page footer printing the page's number of the page count (``3 / 8``, as PDF
    writers number pages) between two rows of ``pdftotext -layout`` text: its slash
    read as a blank's mark, the footer was a row of three cells (3, blank, 8) that
    went on the row above it, which was left blank (``row_width``). The footer is now
    one cell of text, as ``— 3 —`` is."""
    values = [[0] * 7 for _ in _LABELS_3]
    values[0] = [14, 2, 0, 0, 1, 0, 17]
    values[1] = [3, 0, 0, 0, 0, 0, 3]
    values[2] = [9, 1, 0, 0, 1, 0, 11]
    lines = _layout_3(values)
    lines[7:7] = ["", " " * 40 + "3 / 8", "\f"]
    report = gr.parse("\n".join(["柳川县农业农村局2023年政府信息公开工作年度报告", *lines]))
    requests = report.requests
    assert requests is not None
    assert report.source.reader == "spaces"
    assert (requests.new_received.natural_person, requests.new_received.total) == (14, 17)
    assert requests.carried_over.total == 3
    assert requests.results.granted.total == 11
    assert not [f for f in report.findings if f.code == "row_width"]


def test_a_one_value_layout_row_printing_a_count_word_warns() -> None:
    """A row of table 二 printing its one value as a word (``行政强制      无``) in
    ``pdftotext -layout`` text: the line was read as one cell of text, the label's,
    so the row came out blank with an ``info`` only (no value after the label), where
    the same row in tab text gives an ``unreadable_cell`` warning. The word is now the
    row's cell, unreadable and reported, as it is after a row's numbers."""
    lines = [
        "柳川县农业农村局2023年政府信息公开工作年度报告",
        "二、主动公开政府信息情况",
        "第二十条第（一）项",
        "信息内容            本年制发件数      本年废止件数      现行有效件数",
        "规章                      1                 0                 4",
        "行政规范性文件            7                 2                31",
        "第二十条第（五）项",
        "信息内容            本年处理决定数量",
        "行政许可                 306",
        "第二十条第（六）项",
        "信息内容            本年处理决定数量",
        "行政处罚                  12",
        "行政强制                  无",
        "第二十条第（八）项",
        "信息内容            本年收费金额（单位：万元）",
        "行政事业性收费            无",
        *_layout_3([[1, 0, 0, 0, 0, 0, 1] for _ in _LABELS_3]),
    ]
    report = gr.parse("\n".join(lines))
    active = report.active_disclosure
    assert report.source.reader == "spaces"
    assert active is not None
    assert active.administrative_penalty.decisions == 12
    assert active.administrative_enforcement.decisions is None
    unreadable = [f for f in report.findings if f.code == "unreadable_cell"]
    assert [f.path for f in unreadable] == [
        "active_disclosure.administrative_enforcement",
        "active_disclosure.administrative_fees",
    ]
    assert all(f.severity == "warning" for f in unreadable)


def _unpadded_3(blanks: dict[int, int]) -> str:
    """Table 三 as a browser copies it: a tab between cells, none for a cell's span (a
    row's label cells, then its seven values), the value ``blanks`` names (row index →
    value index) printed empty."""
    labels = [label.split(" ") for label in _LABELS_3]
    rows = []
    for index, cells in enumerate(labels):
        values = [str((index + column) % 3) for column in range(7)]
        if index in blanks:
            values[blanks[index]] = ""
        rows.append("\t".join([*cells, *values]))
    header = [
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
        "自然人\t法人或其他组织\t总计",
        "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
    ]
    return "\n".join(["柳川县农业农村局2023年政府信息公开工作年度报告", *header, *rows])


def test_an_unpadded_tab_row_of_two_labels_with_a_blank_end_cell_is_read() -> None:
    """Tab text printing no empty cell for a cell's span (a browser's copy): a row of two
    label cells (``（三）不予公开`` | ``1.属于国家秘密``) is a cell wider than the rows of
    one around it. Such a row with its first or last value blank (an empty cell) was
    left blank with a ``row_width`` warning: the empty cell read as layout, and no row
    around it as wide. Where the rows around it print no empty cell at all, an empty
    cell between a row's labels and its values, or after them, is a blank value."""
    report = gr.parse(_unpadded_3({2: 0, 4: 6, 12: 0}))
    requests = report.requests
    assert requests is not None
    granted = requests.results.granted
    secret = requests.results.withheld.state_secret
    not_held = requests.results.unavailable.not_held
    assert (granted.natural_person, granted.commercial_enterprise, granted.total) == (None, 0, 2)
    assert (secret.natural_person, secret.legal_service_agency, secret.total) == (1, 2, None)
    assert (not_held.natural_person, not_held.total) == (None, 0)
    assert not [f for f in report.findings if f.code == "row_width" and f.severity == "warning"]

"""Text-layout damage found by the fifth robustness hunt: each test is a fictional
reproducer (a made-up organ, made-up numbers) of a misreading the library made with no
finding, kept so it stays fixed. Expected values are read by hand from the text."""

from __future__ import annotations

from typing import Any

import pytest

import govinfo_reports as gr

_TITLE = "青禾县某某局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度工作正常开展。\n\n"

# table 二 (template 2019), with a 序号 column; 规章's 对外公开总数量 is printed blank
_ACTIVE_NUMBERED = [
    ["第二十条第（一）项"],
    ["序号", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    ["1", "规章", "1", "2"],
    ["2", "规范性文件", "14", "15", "67"],
    ["第二十条第（五）项"],
    ["序号", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["3", "行政许可", "88", "增4", "902"],
    ["4", "其他对外管理服务事项", "31", "-2", "77"],
    ["第二十条第（六）项"],
    ["序号", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["5", "行政处罚", "45", "6", "318"],
    ["6", "行政强制", "12", "0", "29"],
    ["第二十条第（八）项"],
    ["序号", "信息内容", "上一年项目数量", "本年增/减"],
    ["7", "行政事业性收费", "7", "-1"],
    ["第二十条第（九）项"],
    ["序号", "信息内容", "采购项目数量", "采购总金额"],
    ["8", "政府集中采购", "19", "356.25万元"],
]

_REVIEW = [
    ["行政复议", "行政诉讼"],
    ["未经复议直接起诉", "复议后起诉"],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3,
    ["1", "2", "0", "3", "6", "0", "1", "2", "0", "3", "4", "0", "0", "1", "5"],
]


def _lines(rows: list[list[str]], layout: str) -> str:
    """Rows as a line each: tab-separated, pipe-separated or as PDF-to-text prints them
    (``spaces``); or a cell per line, rows parted by blank lines (``vertical``)."""
    if layout == "vertical":
        return "".join("".join(f"\t{cell}\n" for cell in row if cell) + "\n" for row in rows)
    if layout == "tab":
        return "".join("\t".join(row) + "\n" for row in rows)
    if layout == "pipe":
        return "".join(" | ".join(row) + " |\n" for row in rows)
    return "".join("   ".join(row) + "\n" for row in rows)


def _report(layout: str, active: list[list[str]], requests: list[list[str]] | None = None) -> str:
    text = _TITLE + "二、主动公开政府信息情况\n\n" + _lines(active, layout)
    if requests is not None:
        text += "\n三、收到和处理政府信息公开申请情况\n\n" + _lines(requests, layout)
    text += "\n四、政府信息公开行政复议、行政诉讼情况\n\n" + _lines(_REVIEW, layout)
    return text + "\n五、存在的主要问题及改进情况\n\n无。\n"


def _table(report: gr.Report, key: str) -> Any:
    return gr.to_dict(report)[key]


# --- a 序号 column of row numbers -------------------------------------------------------


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces"])
def test_a_row_number_does_not_fill_the_blank_last_cell_of_the_row_above(layout: str) -> None:
    # a table 二 with a 序号 column: the next row's number (2) was read as 规章's blank
    # 对外公开总数量, with no finding on that row (table 二 has no arithmetic to catch it)
    report = gr.parse(_report(layout, _ACTIVE_NUMBERED))
    active = _table(report, "active_disclosure")
    # 规章 prints two values for three columns: which cell is blank is not known, so
    # the row is left blank with a warning (it was 1, 2, 2: the 2 of 规范性文件's number)
    assert active["regulations"] == {
        "new_made": None,
        "new_published": None,
        "total_published": None,
    }
    assert active["normative_documents"] == {
        "new_made": 14,
        "new_published": 15,
        "total_published": 67,
    }
    assert active["administrative_licensing"] == {
        "previous_count": 88,
        "change": 4,
        "decisions": 902,
    }
    assert active["administrative_fees"] == {"previous_count": 7, "change": -1}
    assert active["centralized_procurement"] == {
        "projects": 19,
        "amount": {"value": "356.25", "unit": "万元"},
    }
    short = [f for f in report.findings if f.path == "active_disclosure.regulations"]
    assert [(f.code, f.severity) for f in short] == [("row_width", "warning")]
    assert "2 values for 3 columns ['1', '2']" in short[0].message
    # the row numbers are named once, not read as values
    numbers = [f for f in report.findings if f.path == "active_disclosure"]
    assert [(f.code, f.severity) for f in numbers] == [("row_width", "info")]
    assert "1, 2, 3, 4, 5, 6, 7, 8" in numbers[0].message


def _requests_numbered() -> list[list[str]]:
    labels = [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "（一）予以公开",
        "（二）部分公开",
        "（三）不予公开",
    ]
    rows = [
        ["序号", "", "申请人情况"],
        ["", "", "自然人", "法人或其他组织", "总计"],
        ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
        ["1", labels[0], "11", "2", "1", "3", "4", "5", "26"],
        ["2", labels[1], "6", "1", "0", "0", "0", "2", "9"],
        ["3", "三、本年度办理结果", labels[2], "7", "1", "0", "1", "2", "3", "14"],
        ["4", labels[3], "2", "0", "0", "1", "0", "0", "3"],
    ]
    return rows


def _assert_numbered_requests_read(report: gr.Report) -> None:
    """The rows of :func:`_requests_numbered` read without their numbers, and no
    row_width warning on table 三."""
    requests = _table(report, "requests")
    assert list(requests["new_received"].values()) == [11, 2, 1, 3, 4, 5, 26]
    assert list(requests["carried_over"].values()) == [6, 1, 0, 0, 0, 2, 9]
    assert list(requests["results"]["granted"].values()) == [7, 1, 0, 1, 2, 3, 14]
    assert list(requests["results"]["partially_granted"].values()) == [2, 0, 0, 1, 0, 0, 3]
    widths = [f for f in report.findings if f.code == "row_width" and f.severity != "info"]
    assert not [f for f in widths if f.path and f.path.startswith("requests")]


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces"])
def test_row_numbers_before_table_three_labels_are_not_values(layout: str) -> None:
    # each row number was added to the row above (8 values for 7 columns, repaired or
    # left blank) and the first one stood "under no row label"
    rows = [[cell for cell in row if cell or layout == "tab"] for row in _requests_numbered()]
    report = gr.parse(_report(layout, _ACTIVE_NUMBERED[:4], rows))
    _assert_numbered_requests_read(report)


def test_row_numbers_one_cell_per_line_are_not_values() -> None:
    # a cell per line with a 序号 column: each number stood alone on the line before its
    # row's label and was added to the row above (8 values for 7 columns)
    rows = [[cell for cell in row if cell] for row in _requests_numbered()]
    text = _whole("vertical", _lines(rows, "vertical"), _lines(_review_rows(2), "vertical"))
    report = gr.parse(text)
    assert report.source.reader == "vertical"
    _assert_numbered_requests_read(report)
    numbers = [f for f in report.findings if f.path == "requests" and f.code == "row_width"]
    assert [f.severity for f in numbers] == ["info"] and "1, 2, 3, 4" in numbers[0].message


def test_a_row_number_one_cell_per_line_does_not_fill_a_blank_total() -> None:
    # the 总计 printed blank (no line): the next row's number filled it silently
    # (一、本年新收's 总计 read 2, 二、上年结转's 3); which cell is blank is not known, so
    # the rows are left blank with a warning
    rows = [[cell for cell in row if cell] for row in _requests_numbered()]
    for row in rows[3:]:
        row.pop()
    text = _whole("vertical", _lines(rows, "vertical"), _lines(_review_rows(2), "vertical"))
    report = gr.parse(text)
    requests = _table(report, "requests")
    assert list(requests["new_received"].values()) == [None] * 7
    assert list(requests["carried_over"].values()) == [None] * 7
    short = [f for f in report.findings if f.path == "requests.new_received"]
    assert [(f.code, f.severity) for f in short] == [("row_width", "warning")]
    assert "6 values for 7 columns" in short[0].message


def test_numbers_that_do_not_count_up_one_cell_per_line_are_values() -> None:
    # without counting on from the last row number, a number before a label is read as
    # before (the row above's last value)
    rows = [[cell for cell in row if cell] for row in _requests_numbered()]
    rows[4][0] = "7"  # 二、上年结转 numbered 7 after 1
    text = _whole("vertical", _lines(rows, "vertical"), _lines(_review_rows(2), "vertical"))
    report = gr.parse(text)
    assert any(
        f.path == "requests.new_received" and "8 values for 7 columns" in f.message
        for f in report.findings
    )


@pytest.mark.parametrize("layout", ["tab", "spaces"])
def test_a_count_before_a_label_that_is_no_row_number_is_still_a_value(layout: str) -> None:
    # only a plain count from 1 to 99 numbers a row; a 0, a signed change or an amount
    # standing before a label is still reported as a value under no row label
    active = [row[1:] if len(row) > 1 else row for row in _ACTIVE_NUMBERED]
    active[2] = ["0", "规章", "1", "2", "3"]
    report = gr.parse(_report(layout, active))
    assert not [f for f in report.findings if "row numbers" in f.message]
    assert any(
        f.code == "row_width" and f.severity == "warning" and "'0'" in f.message
        for f in report.findings
    )


# --- a table printed twice, two reports in one text ------------------------------------

_REQUEST_LABELS = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果 （一）予以公开",
    "（二）部分公开",
    "（三）不予公开 1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "（四）无法提供 1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "（五）不予处理 1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理",
    "（七）总计",
    "四、结转下年度继续办理",
]


def _requests_rows(first: int) -> list[list[str]]:
    """Table 三 with 自然人 of 一、本年新收 printed as ``first`` (the rest 0 but its 总计)."""
    header = [
        ["申请人情况"],
        ["自然人", "法人或其他组织", "总计"],
        ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]
    rows = [[label, "0", "0", "0", "0", "0", "0", "0"] for label in _REQUEST_LABELS]
    rows[0] = [_REQUEST_LABELS[0], str(first), "0", "0", "0", "0", "0", str(first)]
    return header + rows


def _review_rows(upheld: int) -> list[list[str]]:
    values = [str(upheld), "0", "0", "0", str(upheld)] + ["0"] * 10
    return [*_REVIEW[:3], values]


def _whole(layout: str, requests: str, review: str) -> str:
    active = [row[1:] if len(row) > 1 else row for row in _ACTIVE_NUMBERED]
    active[2] = ["规章", "1", "2", "3"]
    return (
        _TITLE
        + "二、主动公开政府信息情况\n\n"
        + _lines(active, layout)
        + "\n三、收到和处理政府信息公开申请情况\n\n"
        + requests
        + "\n四、政府信息公开行政复议、行政诉讼情况\n\n"
        + review
        + "\n五、存在的主要问题及改进情况\n\n无。\n"
    )


def _notes(report: gr.Report, path: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in report.findings if f.path == path]


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces"])
@pytest.mark.parametrize(("second", "severity"), [(9, "warning"), (4, "info")])
def test_table_three_printed_twice_is_reported(layout: str, second: int, severity: str) -> None:
    # the second copy (its heading, header and rows again) was dropped with no finding,
    # whatever it printed: table 三 ended at the copy's heading
    first = _lines(_requests_rows(4), layout)
    again = "\n三、收到和处理政府信息公开申请情况\n\n" + _lines(_requests_rows(second), layout)
    report = gr.parse(_whole(layout, first + again, _lines(_review_rows(2), layout)))
    requests = _table(report, "requests")
    assert requests["new_received"]["natural_person"] == 4
    assert requests["new_received"]["total"] == 4
    assert _notes(report, "requests") == [("unknown_row", severity)]
    assert _table(report, "review_litigation")["administrative_review"]["upheld"] == 2


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces"])
@pytest.mark.parametrize(("second", "severity"), [(7, "warning"), (2, "info")])
def test_table_four_printed_twice_is_reported(layout: str, second: int, severity: str) -> None:
    # table 四 ended at the copy's heading and the copy was dropped with no finding
    review = _lines(_review_rows(2), layout)
    again = "\n四、政府信息公开行政复议、行政诉讼情况\n\n" + _lines(_review_rows(second), layout)
    report = gr.parse(_whole(layout, _lines(_requests_rows(4), layout), review + again))
    assert _table(report, "review_litigation")["administrative_review"] == {
        "upheld": 2,
        "corrected": 0,
        "other": 0,
        "pending": 0,
        "total": 2,
    }
    notes = _notes(report, "review_litigation")
    assert notes == [("unknown_row", severity)]
    if severity == "warning":
        message = next(f.message for f in report.findings if f.path == "review_litigation")
        assert "'7', '0', '0', '0', '7'" in message


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces"])
def test_a_second_report_after_the_first_is_reported(layout: str) -> None:
    # two reports in one text (last year's appended below): the second one's tables
    # stood after table 四 and were dropped with no finding
    requests, review = _lines(_requests_rows(4), layout), _lines(_review_rows(2), layout)
    second = _whole(layout, _lines(_requests_rows(6), layout), _lines(_review_rows(3), layout))
    report = gr.parse(_whole(layout, requests, review) + "\n\n" + second)
    assert _table(report, "requests")["new_received"]["natural_person"] == 4
    assert _table(report, "review_litigation")["administrative_review"]["upheld"] == 2
    assert _notes(report, "active_disclosure") == [("unknown_row", "warning")]
    assert _notes(report, "requests") == [("unknown_row", "warning")]
    assert _notes(report, "review_litigation") == [("unknown_row", "warning")]


@pytest.mark.parametrize("layout", ["tab", "spaces"])
def test_prose_after_table_four_naming_review_is_no_second_table(layout: str) -> None:
    # 行政复议 in the sections after table 四, in prose or a short line, with no values
    # after it: nothing to report
    review = (
        _lines(_review_rows(2), layout)
        + "\n五、存在的主要问题及改进情况\n\n行政复议\n\n本年度无。\n"
    )
    report = gr.parse(_whole(layout, _lines(_requests_rows(4), layout), review))
    assert not [f for f in report.findings if f.code == "unknown_row"]


# --- a header extracted in another order than its values -------------------------------


def _header_total_second(layout: str) -> str:
    # 自然人 and 总计 span two header lines; text extraction in drawing order puts 总计
    # right after 自然人, before the organisations' group
    header = [
        ["申请人情况"],
        ["自然人", "总计", "法人或其他组织"],
        ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]
    return _lines(header, layout)


_ROWS_IN_TEMPLATE_ORDER = {
    # 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
    "一、本年新收政府信息公开申请数量": [11, 2, 1, 3, 4, 5, 26],
    "二、上年结转政府信息公开申请数量": [6, 1, 0, 0, 0, 2, 9],
    "三、本年度办理结果 （一）予以公开": [7, 1, 0, 1, 2, 3, 14],
    "（七）总计": [14, 2, 0, 2, 3, 5, 26],
    "四、结转下年度继续办理": [3, 1, 1, 1, 1, 2, 9],
}


def _rows_printed(order: list[int]) -> list[list[str]]:
    return [
        [label, *(str(values[i]) for i in order)]
        for label, values in _ROWS_IN_TEMPLATE_ORDER.items()
    ]


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces"])
def test_a_header_the_rows_totals_refute_does_not_move_the_values(layout: str) -> None:
    # the values were placed by the header's order (总计 second): new_received read as
    # 自然人 11, 总计 2, 商业企业 1 … 其他 26, with a column_order finding saying the
    # values were placed by the header; every row's total is the sum of the six values
    # before it in the template's order, in none by the header's, so the header is set
    # aside (a warning says so)
    requests = _header_total_second(layout) + _lines(_rows_printed(list(range(7))), layout)
    report = gr.parse(_whole(layout, requests, _lines(_review_rows(2), layout)))
    table = _table(report, "requests")
    assert list(table["new_received"].values()) == [11, 2, 1, 3, 4, 5, 26]
    assert list(table["carried_over"].values()) == [6, 1, 0, 0, 0, 2, 9]
    assert list(table["carried_forward"].values()) == [3, 1, 1, 1, 1, 2, 9]
    notes = [f for f in report.findings if f.code == "column_order"]
    assert [(f.severity, f.path) for f in notes] == [("warning", "requests")]
    assert "template's order" in notes[0].message
    assert not [f for f in gr.validate(report) if f.code == "row_total"]


def test_a_header_refuted_by_too_few_rows_is_still_followed() -> None:
    # two rows adding up in the template's order only (the others blank) are not enough
    # to set the header aside: a few rows of small counts can add up by chance
    rows = _rows_printed(list(range(7)))
    for row in rows[2:]:
        row[1:] = [""] * 7
    requests = _header_total_second("tab") + _lines(rows, "tab")
    report = gr.parse(_whole("tab", requests, _lines(_review_rows(2), "tab")))
    assert list(_table(report, "requests")["new_received"].values()) == [11, 1, 3, 4, 5, 26, 2]
    notes = [f for f in report.findings if f.code == "column_order"]
    assert len(notes) == 1 and "placed by the header" in notes[0].message


@pytest.mark.parametrize("layout", ["tab", "spaces"])
def test_values_printed_in_the_headers_order_still_follow_it(layout: str) -> None:
    # the same header with the values printed in its order (总计 second): the header's
    # order is right, and the rows' totals agree with it
    order = [0, 6, 1, 2, 3, 4, 5]
    requests = _header_total_second(layout) + _lines(_rows_printed(order), layout)
    report = gr.parse(_whole(layout, requests, _lines(_review_rows(2), layout)))
    table = _table(report, "requests")
    assert list(table["new_received"].values()) == [11, 2, 1, 3, 4, 5, 26]
    assert list(table["results"]["total"].values()) == [14, 2, 0, 2, 3, 5, 26]
    notes = [f for f in report.findings if f.code == "column_order"]
    assert len(notes) == 1 and "placed by the header" in notes[0].message


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces"])
@pytest.mark.parametrize(("second", "severity"), [("903", "warning"), ("902", "info")])
def test_table_two_printed_twice_is_reported(layout: str, second: str, severity: str) -> None:
    # every row of the copy was added to the first copy's row (six values for three
    # columns): table 二 came back blank, with a row_width warning per row
    active = [row[1:] if len(row) > 1 else row for row in _ACTIVE_NUMBERED]
    active[2] = ["规章", "1", "2", "3"]
    copy = [[cell.replace("902", second) for cell in row] for row in active]
    text = _whole(layout, _lines(_requests_rows(4), layout), _lines(_review_rows(2), layout))
    heading = "\n三、收到和处理政府信息公开申请情况"
    text = text.replace(heading, "\n" + _lines(copy, layout) + heading, 1)
    report = gr.parse(text)
    table = _table(report, "active_disclosure")
    assert table["regulations"] == {"new_made": 1, "new_published": 2, "total_published": 3}
    assert table["administrative_licensing"] == {
        "previous_count": 88,
        "change": 4,
        "decisions": 902,
    }
    assert _notes(report, "active_disclosure") == [("unknown_row", severity)]
    assert not [f for f in report.findings if f.code == "row_width"]


# --- table 四 printed transposed --------------------------------------------------------

_TRANSPOSED = [
    ["行政复议", "未经复议直接起诉", "复议后起诉"],
    ["结果维持", "1", "0", "4"],
    ["结果纠正", "2", "1", "0"],
    ["其他结果", "0", "2", "0"],
    ["尚未审结", "3", "0", "1"],
    ["总计", "6", "3", "5"],
]


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces", "vertical"])
def test_table_four_printed_transposed_is_read_by_its_rows(layout: str) -> None:
    # the results as rows, the groups as columns: read by position, 行政复议 became
    # 1, 0, 4, 2, 1 (validate then blamed the publisher's totals)
    text = _whole(layout, _lines(_requests_rows(4), layout), _lines(_TRANSPOSED, layout))
    report = gr.parse(text)
    assert report.source.reader == layout
    assert _table(report, "review_litigation") == {
        "administrative_review": {
            "upheld": 1,
            "corrected": 2,
            "other": 0,
            "pending": 3,
            "total": 6,
        },
        "litigation_direct": {"upheld": 0, "corrected": 1, "other": 2, "pending": 0, "total": 3},
        "litigation_after_review": {
            "upheld": 4,
            "corrected": 0,
            "other": 0,
            "pending": 1,
            "total": 5,
        },
    }
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("column_order", "warning")]
    assert "transposed" in notes[0].message
    assert not [f for f in gr.validate(report) if f.code == "review_total"]


def test_a_transposed_table_four_follows_the_headers_order_of_the_groups() -> None:
    rows = [["行政复议", "复议后起诉", "未经复议直接起诉"]]
    rows += [[row[0], row[1], row[3], row[2]] for row in _TRANSPOSED[1:]]
    text = _whole("spaces", _lines(_requests_rows(4), "spaces"), _lines(rows, "spaces"))
    review = _table(gr.parse(text), "review_litigation")
    assert review["litigation_direct"] == {
        "upheld": 0,
        "corrected": 1,
        "other": 2,
        "pending": 0,
        "total": 3,
    }
    assert review["litigation_after_review"]["upheld"] == 4


def test_a_table_four_whose_totals_are_wrong_is_not_read_transposed() -> None:
    # a table printed the template's way whose 行政复议 总计 is off by one: read as
    # printed, and validate reports the publisher's sum
    rows = [*_REVIEW[:3], ["1", "2", "0", "3", "7", *["0"] * 10]]
    text = _whole("spaces", _lines(_requests_rows(4), "spaces"), _lines(rows, "spaces"))
    report = gr.parse(text)
    assert _table(report, "review_litigation")["administrative_review"]["total"] == 7
    assert not [f for f in report.findings if f.code == "column_order"]
    assert [f.code for f in gr.validate(report) if f.path and "review" in f.path] == [
        "review_total"
    ]


# --- a template-2021 row under the 2019 header (an office reusing the older table) ----


def _old_header_block(licensing: list[str]) -> list[list[str]]:
    return [
        ["第二十条第（一）项"],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "1", "2", "3"],
        ["行政规范性文件", "14", "15", "67"],
        ["第二十条第（五）项"],
        ["信息内容", "上一年项目数量", "本年增/减", "本年处理决定数量"],
        licensing,
        ["第二十条第（六）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政处罚", "318"],
        ["行政强制", "29"],
        ["第二十条第（八）项"],
        ["信息内容", "本年收费金额（单位：万元）"],
        ["行政事业性收费", "12.5"],
    ]


def _report_2022(layout: str, active: list[list[str]]) -> gr.Report:
    text = _whole(layout, _lines(_requests_rows(4), layout), _lines(_review_rows(2), layout))
    text = text.replace("2020年", "2022年")
    start, end = text.index("第二十条"), text.index("\n三、收到和处理")
    return gr.parse(text[:start] + _lines(active, layout) + text[end:])


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces", "vertical"])
def test_a_2021_row_under_the_2019_header_reads_its_decisions(layout: str) -> None:
    # 行政许可 printed with the 2019 table's three columns in a 2022 report: the row held
    # three values for template 2021's one column and was left blank (row_width); the
    # header names the column the template keeps, so its value is read, and the values
    # under the other columns are named in a warning as not read
    report = _report_2022(layout, _old_header_block(["行政许可", "88", "4", "902"]))
    assert report.template == "2021"
    active = _table(report, "active_disclosure")
    assert active["administrative_licensing"] == {"decisions": 902}
    assert active["administrative_penalty"] == {"decisions": 318}
    notes = [f for f in report.findings if f.path == "active_disclosure.administrative_licensing"]
    assert [(f.code, f.severity) for f in notes] == [("column_order", "warning")]
    assert "上一年项目数量 '88', 本年增/减 '4'" in notes[0].message
    assert notes[0].line is not None


def test_a_2021_row_under_the_2019_header_with_its_columns_in_another_order() -> None:
    block = _old_header_block(["行政许可", "902", "88", "4"])
    block[5] = ["信息内容", "本年处理决定数量", "上一年项目数量", "本年增/减"]
    active = _table(_report_2022("tab", block), "active_disclosure")
    assert active["administrative_licensing"] == {"decisions": 902}


@pytest.mark.parametrize("layout", ["tab", "spaces", "vertical"])
def test_a_2021_row_under_the_2019_header_printing_one_value_reads_it(layout: str) -> None:
    # the other columns left empty (a text layout drops them): the one value is read as
    # the template's column, as before, and a warning says it was read by position
    report = _report_2022(layout, _old_header_block(["行政许可", "", "", "902"]))
    assert _table(report, "active_disclosure")["administrative_licensing"] == {"decisions": 902}
    notes = [f for f in report.findings if f.path == "active_disclosure.administrative_licensing"]
    assert [f.code for f in notes] == ["column_order"]
    assert "read by position" in notes[0].message


def test_a_2021_header_naming_only_its_column_gives_no_finding() -> None:
    block = _old_header_block(["行政许可", "902"])
    block[5] = ["信息内容", "本年处理决定数量"]
    report = _report_2022("tab", block)
    assert _table(report, "active_disclosure")["administrative_licensing"] == {"decisions": 902}
    assert not [f for f in report.findings if f.path.startswith("active_disclosure")]


# --- table 三 printed after table 四 ----------------------------------------------------


def _three_after_four(layout: str) -> str:
    """The report of :func:`_whole` with table 三 (its heading and rows) moved after
    table 四."""
    text = _whole(layout, _lines(_requests_rows(4), layout), _lines(_review_rows(2), layout))
    start, end = text.index("\n三、收到和处理"), text.index("\n四、政府信息公开行政复议")
    three = text[start:end]
    text = text[:start] + text[end:]
    return text.replace("\n五、存在的主要问题", three + "\n五、存在的主要问题", 1)


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces", "vertical"])
def test_table_three_printed_after_table_four_is_read(layout: str) -> None:
    # the tables out of the template's order: table 三 was looked for only before
    # table 四, so it was reported missing and its rows were unknown rows of table 四
    in_order = gr.parse(
        _whole(layout, _lines(_requests_rows(4), layout), _lines(_review_rows(2), layout))
    )
    report = gr.parse(_three_after_four(layout))
    for key in ("active_disclosure", "requests", "review_litigation"):
        assert _table(report, key) == _table(in_order, key)
    assert _table(report, "requests")["new_received"]["natural_person"] == 4
    assert _table(report, "review_litigation")["administrative_review"]["upheld"] == 2
    codes = {(f.code, f.path) for f in report.findings}
    assert codes == {(f.code, f.path) for f in in_order.findings}


def test_a_line_naming_table_three_after_table_four_starts_no_table() -> None:
    # a note under table 四 naming table 三 is not table 三: without its rows after it,
    # table 三 stays missing as before
    text = _whole("tab", _lines(_requests_rows(4), "tab"), _lines(_review_rows(2), "tab"))
    start, end = text.index("\n三、收到和处理"), text.index("\n四、政府信息公开行政复议")
    text = text[:start] + text[end:]
    text = text.replace(
        "\n五、存在的主要问题", "\n收到和处理政府信息公开申请\n五、存在的主要问题", 1
    )
    report = gr.parse(text)
    assert report.requests is None
    assert [f.path for f in report.findings if f.code == "missing_table"] == ["requests"]
    assert _table(report, "review_litigation")["administrative_review"]["upheld"] == 2

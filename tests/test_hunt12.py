"""Text extracted from PDFs and copied from web pages (ninth session): the variations of
``pdftotext -layout`` output and of one-cell-per-line text that earlier hunts did not
cover. Every report here is fictional (青禾县, 云栖镇; numbers chosen for the test)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr
from _real_keys import REQUEST_COLUMNS as _COLUMNS
from govinfo_reports import render


def _row(data: dict[str, Any], *path: str) -> list[int | None]:
    node = data["requests"]
    for key in path:
        node = node[key]
    return [node[column] for column in _COLUMNS]


def _warnings(report: gr.Report) -> list[gr.Finding]:
    return [f for f in gr.validate(report) if f.severity != "info"]


# pdftotext -layout of table 三: the label's lines (wrapped in its narrow columns), and
# on some of them the row's numbers right-aligned under their columns; an empty cell
# prints nothing, so a row with blank cells is a row of fewer numbers
_WIDTHS = (8, 8, 8, 9, 9, 8, 7)
_HEAD_THREE = """\
青禾县人民政府2023年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

                                                           申请人情况
                                                           法人或其他组织
 （本列数据的勾稽关系为：第一项加第二项       自然    商业    科研    社会公    法律服          总计
      之和，等于第三项加第四项之和）            人      企业    机构    益组织    务机构   其他"""
_ = None
_ROWS_THREE: list[tuple[str, list[int | None] | None]] = [
    (" 一、本年新收政府信息公开申请数量", [12, 3, 1, 2, 1, 4, 23]),
    (" 二、上年结转政府信息公开申请数量", [2, _, _, _, _, _, 2]),
    ("                 （一）予以公开", [7, 2, _, 1, _, 3, 13]),
    ("                 （二）部分公开（区分处", None),
    ("                 理的，只计这一情形，不", None),
    ("                 计其他情形）", [1, _, _, _, 1, _, 2]),
    ("                            1．属于国家秘密", None),
    ("                            2．其他法律行政", None),
    ("                            法规禁止公开", None),
    ("                            3．危及“三安全一", None),
    ("                            稳定”", None),
    ("                 （三）不予公开", None),
    ("                            4．保护第三方合", None),
    ("                            法权益", [1, _, _, _, _, _, 1]),
    ("                            5．属于三类内部", None),
    ("                            事务信息", None),
    (" 三、本年度办理结果         6．属于四类过程", None),
    ("                            性信息", None),
    ("                            7．属于行政执法", None),
    ("                            案卷", None),
    ("                            8．属于行政查询", None),
    ("                            事项", None),
    ("                            1．本机关不掌握", None),
    ("                            相关政府信息", [3, 1, 1, 1, _, 1, 7]),
    ("                 （四）无法提供 2．没有现成信息", None),
    ("                            需要另行制作", None),
    ("                            3．补正后申请内", None),
    ("                            容仍不明确", None),
    ("                            1．信访举报投诉", None),
    ("                            类申请", None),
    ("                 （五）不予处理 2．重复申请", [_, 1, _, _, _, _, 1]),
    ("                            3．要求提供公开", None),
    ("                            出版物", None),
    ("                            4．无正当理由大", None),
    ("                            量反复申请", None),
    ("                            5．要求行政机关", None),
    ("                            确认或重新出具", None),
    ("                            已获取信息", None),
    ("                            1．申请人无正当", None),
    ("                            理由逾期不补正、", None),
    ("                            行政机关不再处理", None),
    ("                            其政府信息公开申", None),
    ("                            请", None),
    ("                 （六）其他处理 2．申请人逾期未", None),
    ("                            按收费通知要求缴", None),
    ("                            纳费用、行政机关", None),
    ("                            不再处理其政府信", None),
    ("                            息公开申请", None),
    ("                            3．其他", None),
    ("                 （七）总计", [13, 3, 1, 2, 1, 4, 24]),
    (" 四、结转下年度继续办理", [1, _, _, _, _, _, 1]),
]


def _laid_out(
    rows: list[tuple[str, list[int | None] | None]], label_width: int = 44, align: str = "right"
) -> str:
    """Table 三 as ``pdftotext -layout`` prints it: each label line padded to
    ``label_width`` characters, then the row's numbers each in its column's field
    (right-aligned, centred or left-aligned), an empty cell as spaces."""
    lines = [_HEAD_THREE]
    for label, values in rows:
        if values is None:
            lines.append(label)
            continue
        fields = []
        for value, width in zip(values, _WIDTHS, strict=True):
            text = "" if value is None else str(value)
            pad = {"right": text.rjust, "centre": text.center, "left": text.ljust}[align]
            fields.append(pad(width))
        lines.append((label.ljust(label_width) + "".join(fields)).rstrip())
    return "\n".join([*lines, "", "四、政府信息公开行政复议、行政诉讼情况", ""])


@pytest.mark.parametrize("align", ["right", "centre", "left"])
def test_blank_cells_printed_as_nothing_in_pdf_layout_text_keep_their_columns(align: str) -> None:
    # before, each row with blank cells was a row of fewer values: left blank with a
    # row_width warning, every printed number lost
    report = gr.parse(_laid_out(_ROWS_THREE, align=align))
    assert report.source.reader == "spaces"
    data = gr.to_dict(report)
    assert _row(data, "new_received") == [12, 3, 1, 2, 1, 4, 23]
    assert _row(data, "carried_over") == [2, None, None, None, None, None, 2]
    assert _row(data, "results", "granted") == [7, 2, None, 1, None, 3, 13]
    assert _row(data, "results", "partially_granted") == [1, None, None, None, 1, None, 2]
    assert _row(data, "results", "withheld", "state_secret") == [None] * 7
    assert _row(data, "results", "withheld", "third_party_rights") == [1] + [None] * 5 + [1]
    assert _row(data, "results", "unavailable", "not_held") == [3, 1, 1, 1, None, 1, 7]
    assert _row(data, "results", "not_processed", "repeated_request") == [_, 1, _, _, _, _, 1]
    assert _row(data, "results", "total") == [13, 3, 1, 2, 1, 4, 24]
    assert _row(data, "carried_forward") == [1, None, None, None, None, None, 1]
    assert [f.code for f in _warnings(report) if f.code == "row_width"] == []
    placed = [f for f in report.findings if f.code == "row_width" and "positions" in f.message]
    assert [f.line for f in placed] == [10, 11, 14, 22, 32, 39, 59]
    assert {f.severity for f in placed} == {"info"}
    assert "['2', '2'] placed by their positions under columns [1, 7]" in placed[0].message


def test_rows_of_another_table_near_a_laid_out_table_three_are_not_placed_by_it() -> None:
    # table 二's last rows right before table 三 (no empty line between): their numbers
    # may stand near table 三's columns, but they are another table's row of two values
    before = """\
二、主动公开政府信息情况
                             第二十条第（八）项
      信息内容                                   上一年项目数量    本年增/减
   行政事业性收费                                       155          -1
                             第二十条第（九）项
      信息内容                                   采购项目数量      采购总金额
    政府集中采购                                        776        81.5万元
三、收到和处理政府信息公开申请情况"""
    text = _laid_out(_ROWS_THREE).replace("\n\n三、收到和处理政府信息公开申请情况\n", "\n" + before)
    report = gr.parse(text)
    active = gr.to_dict(report)["active_disclosure"]
    assert active["administrative_fees"] == {"previous_count": 155, "change": -1}
    assert active["centralized_procurement"] == {
        "projects": 776,
        "amount": {"value": "81.5", "unit": "万元"},
    }
    placed = [f.line for f in report.findings if "by their positions" in f.message]
    assert placed == [10 + 5, 11 + 5, 14 + 5, 22 + 5, 32 + 5, 39 + 5, 59 + 5]
    assert _row(gr.to_dict(report), "carried_over") == [2, None, None, None, None, None, 2]


def test_a_blank_row_with_its_groups_label_before_its_numbering_is_no_label_holding_numbers() -> (
    None
):
    # a blank row printed on the line of its group's label (（四）无法提供 2．没有现成信息,
    # 三、本年度办理结果 6．属于四类过程): the item's numbering after the group's words is no
    # count inside the label; it gave an unreadable_cell warning ("the row label holds
    # numbers; they are not read") for a row that prints none
    report = gr.parse(_laid_out(_ROWS_THREE))
    assert [f for f in report.findings if f.code == "unreadable_cell"] == []
    blank = {
        f.path: f.severity
        for f in report.findings
        if f.code == "row_width" and "no value after the row label" in f.message
    }
    assert blank["requests.results.unavailable.needs_creation"] == "info"
    assert blank["requests.results.withheld.process_information"] == "info"
    assert blank["requests.results.other.unpaid_fee"] == "info"
    assert _row(gr.to_dict(report), "results", "unavailable", "needs_creation") == [None] * 7


@pytest.mark.parametrize("label", ["规章11件14件17件", "规章 11 14 17", "行政许可1204"])
def test_counts_inside_a_label_are_still_reported(label: str) -> None:
    # (the numbers a label swallowed, as before: no numbering follows them)
    text = gr.sample_text().replace("规章\t0\t0\t2", label.replace("规章", "规章", 1))
    text = text.replace("行政许可\t1204", label) if label.startswith("行政许可") else text
    report = gr.parse(text, reader="vertical")
    assert any(
        f.code == "unreadable_cell" and "holds numbers" in f.message for f in report.findings
    )


_TAB_2019 = Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt"


@pytest.mark.parametrize("minus", ["\u2010", "\u2011", "\u2012", "\ufe63"])
@pytest.mark.parametrize("layout", ["tab", "pipe-cells", "spaces"])
def test_a_change_with_a_hyphen_for_its_minus_sign_is_read(minus: str, layout: str) -> None:
    # PDF-to-text tools print a font's minus glyph as a hyphen (U+2010, U+2011), a figure
    # dash or a small hyphen-minus: the change was an unreadable cell (blank, warning)
    report = gr.parse(_TAB_2019.read_text(encoding="utf-8"))
    text = render(report, "tab" if layout == "spaces" else layout)
    if layout == "spaces":
        text = text.replace("\t", "    ")
    text = text.replace("+8", minus + "8", 1)
    read = gr.parse(text)
    assert read.source.reader == {"tab": "tab", "pipe-cells": "pipe", "spaces": "spaces"}[layout]
    row = gr.to_dict(read)["active_disclosure"]["administrative_licensing"]
    assert row == {"previous_count": 212, "change": -8, "decisions": 1530}
    assert not [f for f in read.findings if f.code == "unreadable_cell"]


def test_a_page_number_before_the_next_pages_running_head_inside_a_row_is_not_read() -> None:
    # a row broken by a page break after its label's first line: the page's number on a
    # line of its own, then the next page's running head, then the rest of the label
    # with the row's numbers. The first number after the head was taken for the page
    # number (dropped, the 3 kept: [3, 4, 2, …] with a row_total error)
    rows = list(_ROWS_THREE)
    at = rows.index(("                            法规禁止公开", None))
    rows[at] = ("                            法规禁止公开", [1, 4, 2, _, _, 1, 8])
    rows[at:at] = [
        ("                                        3", None),
        ("\f      青禾县人民政府2023年政府信息公开工作年度报告", None),
    ]
    report = gr.parse(_laid_out(rows))
    data = gr.to_dict(report)
    assert _row(data, "results", "withheld", "prohibited_by_law") == [1, 4, 2, _, _, 1, 8]
    dropped = [
        f
        for f in report.findings
        if f.path == "requests.results.withheld.prohibited_by_law" and f.severity != "info"
    ]
    assert [f.code for f in dropped] == ["row_width"]
    assert "'3' on line 17, right before the page text" in dropped[0].message
    assert "taken for its page number and not read" in dropped[0].message


def _spaced_2019(fee_change: str) -> str:
    """The fictional template-2019 report as PDF text (cells parted by spaces), with
    行政事业性收费's 本年增/减, its last cell, printing ``fee_change``."""
    text = render(gr.parse(_TAB_2019.read_text(encoding="utf-8")), "tab")
    assert "行政事业性收费\t9\t0\t\n" in text
    text = text.replace("行政事业性收费\t9\t0\t\n", f"行政事业性收费\t9\t{fee_change}\n")
    return "\n".join("    ".join(line.split("\t")).rstrip() for line in text.splitlines())


@pytest.mark.parametrize(("printed", "change"), [("未增减", 0), ("无增减", 0), ("无", None)])
def test_a_word_printed_for_a_rows_last_count_in_pdf_text_keeps_the_rows_values(
    printed: str, change: int | None
) -> None:
    # a line ending in a word (行政事业性收费    9    无) was one cell of prose: the row
    # read blank (an unreadable_cell warning: "the row label holds numbers"), its 9 lost
    report = gr.parse(_spaced_2019(printed))
    assert report.source.reader == "spaces"
    fees = gr.to_dict(report)["active_disclosure"]["administrative_fees"]
    assert fees == {"previous_count": 9, "change": change}
    found = [f for f in report.findings if f.path == "active_disclosure.administrative_fees"]
    if change is None:
        assert [(f.code, f.severity) for f in found] == [("unreadable_cell", "warning")]
        assert "cell text '无' is not a number" in found[0].message
    else:
        assert found == []


def test_prose_ending_in_a_word_after_a_number_is_still_prose() -> None:
    from govinfo_reports.readers.line_cells import spaced_cells

    assert spaced_cells("全年共受理申请 12 件，均已办结")[0] == ("全年共受理申请 12 件，均已办结",)
    assert spaced_cells("本年度 共 3 项 无")[0] == ("本年度 共 3 项 无",)
    assert spaced_cells("行政事业性收费    9    无")[0] == ("行政事业性收费", "9", "无")


def test_values_printed_above_their_rows_wrapped_label_are_that_rows() -> None:
    # table 三 as PDF text, a row whose label wraps printing its numbers on a line of
    # their own above its label's first line (a label centred in a row taller than it,
    # the numbers top-aligned); a one-line label has them on its line. 2．其他法律行政法规
    # 禁止公开 took 3．危及“三安全一稳定”'s numbers, and so on down to 2．重复申请, with no
    # finding on those rows (only 1．属于国家秘密, which held two rows' numbers, was
    # reported). Each such line is now read for the label after it, with a warning.
    rows: list[tuple[str, list[int | None] | None]] = [
        (" 一、本年新收政府信息公开申请数量", [9, 1, 1, 1, 1, 1, 14]),
        (" 二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1]),
        ("                 （一）予以公开", [2, 0, 0, 0, 0, 0, 2]),
        ("                 （二）部分公开（区分处", None),
        ("                 理的，只计这一情形，不", None),
        ("                 计其他情形）", [1, 0, 0, 0, 0, 0, 1]),
        ("                            1．属于国家秘密", [1, 0, 0, 0, 0, 0, 1]),
        ("", [2, 1, 0, 0, 0, 0, 3]),
        ("                            2．其他法律行政", None),
        ("                            法规禁止公开", None),
        ("", [0, 0, 1, 0, 0, 0, 1]),
        ("                            3．危及“三安全一", None),
        ("                            稳定”", None),
        ("", [0, 0, 0, 1, 0, 0, 1]),
        ("                 （三）不予公开 4．保护第三方合", None),
        ("                            法权益", None),
        ("                 （五）不予处理 2．重复申请", [3, 0, 0, 0, 1, 1, 5]),
    ]
    report = gr.parse(_laid_out(rows))
    data = gr.to_dict(report)
    assert _row(data, "results", "withheld", "prohibited_by_law") == [2, 1, 0, 0, 0, 0, 3]
    assert _row(data, "results", "withheld", "safety_stability") == [0, 0, 1, 0, 0, 0, 1]
    assert _row(data, "results", "withheld", "third_party_rights") == [0, 0, 0, 1, 0, 0, 1]
    assert _row(data, "results", "withheld", "state_secret") == [1, 0, 0, 0, 0, 0, 1]
    assert _row(data, "results", "not_processed", "repeated_request") == [3, 0, 0, 0, 1, 1, 5]
    moved = [f for f in report.findings if "above the row's label" in f.message]
    assert [(f.path, f.severity, f.line) for f in moved] == [
        ("requests.results.withheld.prohibited_by_law", "warning", 16),
        ("requests.results.withheld.safety_stability", "warning", 19),
        ("requests.results.withheld.third_party_rights", "warning", 22),
    ]
    assert [f for f in gr.validate(report) if f.severity == "error"] == []


def test_blank_cells_of_a_line_of_values_between_a_labels_lines_keep_their_columns() -> None:
    # the numbers centred on a wrapped label stand on a line of their own between its
    # lines; with blank cells they are fewer, placed by their positions as well
    rows = list(_ROWS_THREE)
    at = rows.index(("                 计其他情形）", [1, _, _, _, 1, _, 2]))
    rows[at] = ("                 计其他情形）", None)
    rows.insert(at, ("", [1, _, _, _, 1, _, 2]))
    report = gr.parse(_laid_out(rows))
    assert _row(gr.to_dict(report), "results", "partially_granted") == [1, _, _, _, 1, _, 2]
    assert [f for f in _warnings(report) if f.code == "row_width"] == []

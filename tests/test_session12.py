"""Fixes of the twelfth session found by the lead's probes (fictional reports)."""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.sample import sample_text


def _with_title(title: str) -> gr.Report:
    body = sample_text()
    return gr.parse(title + "\n" + body[body.index("二、主动公开政府信息情况") :])


@pytest.mark.parametrize(
    "title",
    [
        "【青禾县交通运输局】2023年政府信息公开工作年度报告",
        "[青禾县交通运输局]2023年政府信息公开工作年度报告",
        "〔青禾县交通运输局〕2023年度政府信息公开工作年度报告",
        "（青禾县交通运输局）2023年政府信息公开工作年度报告",
    ],
)
def test_an_organ_in_brackets_before_a_title_is_the_organ(title: str) -> None:
    report = _with_title(title)
    assert gr.to_dict(report)["organ"] == "青禾县交通运输局"
    longer = _with_title(title.replace("交通运输局", "自然资源和规划局"))
    assert gr.to_dict(longer)["organ"] == "青禾县自然资源和规划局"
    assert gr.to_dict(report)["year"] == 2023


def test_a_label_in_brackets_before_a_title_is_still_no_organ() -> None:
    report = _with_title("【年度报告】2023年政府信息公开工作年度报告")
    assert gr.to_dict(report)["organ"] is None


def test_a_name_after_a_bracketed_name_is_the_organ() -> None:
    # (a site's section printed as a label: the title's own name wins)
    report = _with_title("【青禾县人民政府】青禾县交通运输局2023年政府信息公开工作年度报告")
    assert gr.to_dict(report)["organ"] == "青禾县交通运输局"


@pytest.mark.parametrize(
    "preamble",
    [
        "按照《中华人民共和国政府信息公开条例》规定，现将我局2022年政府信息公开工作情况报告如下：",
        "现将青禾县水利局2022年度政府信息公开工作情况报告如下。",
    ],
)
def test_a_preamble_reporting_this_years_work_as_follows_names_the_year(preamble: str) -> None:
    report = _with_title(preamble)
    assert gr.to_dict(report)["year"] == 2022


def test_a_preamble_naming_last_years_report_does_not_name_the_year() -> None:
    report = _with_title("我局按时发布2021年度政府信息公开工作年度报告。")
    assert gr.to_dict(report)["year"] is None


#: A fictional 2019-form page, a cell a line, up to table 二's procurement row.
_PROCUREMENT_2019 = (
    "松岭县水务局2019年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第（一）项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n"
    "规章\n0\n0\n2\n规范性文件\n3\n3\n11\n"
    "第二十条第（九）项\n信息内容\n采购项目数量\n采购总金额\n政府集中采购\n6\n"
)
#: The same for a 2021-form page, up to the fee row.
_FEES_2021 = (
    "松岭县水务局2022年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n"
    "规章\n0\n0\n2\n行政规范性文件\n3\n1\n11\n"
    "第二十条第（八）项\n信息内容\n本年收费金额（单位：万元）\n行政事业性收费\n"
)


@pytest.mark.parametrize(
    ("head", "path"),
    [
        (_PROCUREMENT_2019, "active_disclosure.centralized_procurement"),
        (_FEES_2021, "active_disclosure.administrative_fees"),
    ],
)
def test_an_excerpt_ending_inside_table_twos_last_amount_is_said_to_be_cut(
    head: str, path: str
) -> None:
    # the page prints 8040 (80.40 for the fee); the excerpt stops after 80. Table 二's
    # amounts have no arithmetic, so nothing else would tell
    report = gr.parse(head + "80")
    said = [(f.code, f.severity) for f in report.findings if f.path == path]
    assert said == [("row_width", "warning")]
    whole = gr.parse(head + "80\n")
    assert not [f for f in whole.findings if f.path == path]
    for read in (report, whole):  # (read as printed either way)
        amount = gr.to_dict(read)
        for key in path.split("."):
            amount = amount[key]
        assert amount["amount"]["value"] == "80"


def test_an_excerpt_ending_inside_a_tab_total_after_indenting_cells_is_said_to_be_cut() -> None:
    # tab text prints a sub-item's label after two empty cells (its group's columns);
    # the excerpt stops inside its 总计 (37 of 3743), and a blank 自然人 leaves the row's
    # arithmetic unchecked: only the cut warning tells
    body = _with_title("青禾县水利局2023年政府信息公开工作年度报告")
    text = gr.render(body, "tab")
    row = "\t\t8.属于行政查询事项\t/\t222\t14\t631\t30\t2820\t37"
    start = text.index("8.属于行政查询事项")
    cut = text[: text.rindex("\n", 0, start) + 1] + row
    report = gr.parse(cut)
    inquiry = gr.to_dict(report)["requests"]["results"]["withheld"]["administrative_inquiry"]
    assert inquiry["total"] == 37 and inquiry["natural_person"] is None
    said = [
        (f.code, f.severity)
        for f in report.findings
        if f.path == "requests.results.withheld.administrative_inquiry"
    ]
    assert said == [("row_width", "warning")]


def test_a_markdown_row_cut_after_a_bar_keeps_its_cells_in_their_columns() -> None:
    # an excerpt of a page printing its tables as markdown stops after the bar that
    # ends 总计's 其他 cell: the cell after 总计 in the sub-item column is empty, as on
    # every row, not a blank 自然人
    report = _with_title("青禾县水利局2023年政府信息公开工作年度报告")
    full = gr.to_dict(report)["requests"]["results"]["total"]
    text = gr.render(report, "markdown")
    start = text.index("（七）总计")
    end = text.index("\n", start)
    row = text[start:end]
    cut = text[:start] + row[: row.rstrip(" |").rindex("|") + 1]
    read = gr.parse(cut)
    total = gr.to_dict(read)["requests"]["results"]["total"]
    assert {key: total[key] for key in total if key != "total"} == {
        key: full[key] for key in full if key != "total"
    }
    assert total["total"] is None
    said = [(f.code, f.severity, f.line) for f in read.findings if "excerpt" in f.message]
    assert said == [("row_width", "warning", cut.count("\n") + 1)]


@pytest.mark.parametrize(("printed", "said"), [("3", True), ("9", False)])
def test_an_excerpt_ending_in_table_threes_last_row_is_said_to_be_cut_unless_checked(
    printed: str, said: bool
) -> None:
    # 结转下年度继续办理 prints a blank cell (/), so no arithmetic checks its total: a
    # text ending inside it (3 of 36) is said to be cut. A row printing every cell and
    # not adding up (9) is left to validate()'s row_total error instead
    report = _with_title("青禾县水利局2023年政府信息公开工作年度报告")
    text = gr.render(report, "tab")
    start = text.index("四、结转下年度继续办理")
    cells = "\t/\t0\t0\t0\t0\t1\t" if said else "\t2\t0\t0\t0\t0\t1\t"
    cut = text[: text.index("\t", start)] + "\t\t" + cells + printed
    read = gr.parse(cut)
    assert gr.to_dict(read)["requests"]["carried_forward"]["total"] == int(printed)
    found = [f.code for f in read.findings if f.path == "requests.carried_forward"]
    assert found == (["row_width"] if said else [])
    if not said:
        assert "row_total" in [f.code for f in gr.validate(read)]


@pytest.mark.parametrize("printed", ["共1204件", "无", "暂无", "一千二百零四"])
def test_words_printed_for_a_value_a_cell_a_line_are_reported(printed: str) -> None:
    # a cell a line: text where 行政许可's value goes, and nothing after it. The row is
    # read blank either way; the text may be its value in words, so say so as a warning
    report = _with_title("青禾县水利局2023年政府信息公开工作年度报告")
    text = gr.render(report, "vertical")
    assert "行政许可\n\t1204\n" in text
    read = gr.parse(text.replace("行政许可\n\t1204\n", f"行政许可\n\t{printed}\n"))
    assert gr.to_dict(read)["active_disclosure"]["administrative_licensing"] == {"decisions": None}
    said = [
        (f.code, f.severity)
        for f in read.findings
        if f.path == "active_disclosure.administrative_licensing"
    ]
    assert said == [("unreadable_cell", "warning")]
    assert printed in next(f.message for f in read.findings if f.code == "unreadable_cell")


def test_a_label_printed_a_character_a_line_is_no_unread_value() -> None:
    # a blank row whose label is printed a character a line (无 among them, then words):
    # the label's pieces are no value
    report = _with_title("青禾县水利局2023年政府信息公开工作年度报告")
    text = gr.render(report, "vertical")
    label = "4.无正当理由大量反复申请"
    row = "\t" + label + "\n" + "\t0\n" * 7
    assert row in text
    read = gr.parse(text.replace(row, "\t" + "\n\t".join(label) + "\n"))
    excessive = gr.to_dict(read)["requests"]["results"]["not_processed"]["excessive_requests"]
    assert set(excessive.values()) == {None}
    assert [f for f in read.findings if f.code == "unreadable_cell"] == []

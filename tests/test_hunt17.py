"""What surrounds the tables (seventeenth hunt): title, organ, year, template and the
sections that bound the tables, on fictional reports (青禾县, numbers made up). Each test
failed on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr

_SAMPLE_TEXT = gr.sample_text()
_REVIEW_HEADING = "四、政府信息公开行政复议、行政诉讼情况"


def _tables(report: gr.Report) -> dict[str, object]:
    data = gr.to_dict(report)
    return {key: data[key] for key in ("active_disclosure", "requests", "review_litigation")}


_SAMPLE = gr.parse(_SAMPLE_TEXT)


def _one_cell_a_line(text: str, bar: str = "") -> str:
    """``text`` with each tab-separated row's cells printed one a line (``bar`` after
    each), as many sites' pages copy as text; prose lines are kept."""
    lines: list[str] = []
    for line in text.split("\n"):
        if "\t" in line:
            lines += [cell.strip() + bar for cell in line.split("\t") if cell.strip()]
        else:
            lines.append(line)
    return "\n".join(lines)


# --- table 四's heading wrapped over two lines ------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "四、政府信息公开行政复议、\n行政诉讼情况",
        "（四）政府信息公开行政复议、\n行政诉讼情况",
        "4.政府信息公开行政复议、\n行政诉讼情况",
        "第四部分 政府信息公开行政复议、\n行政诉讼情况",
        "四、因政府信息公开工作被申请行政复议、提起\n行政诉讼情况",
        "四、政府信息公开行政复议、行政\n诉讼情况",
    ],
)
@pytest.mark.parametrize("bar", ["", " |"])
def test_table_fours_heading_wrapped_before_litigation_is_no_header(heading: str, bar: str) -> None:
    # the heading's second line (行政诉讼情况) read as a header cell put 行政诉讼 before
    # 行政复议: the groups were placed by that order, 行政复议's values given to
    # 未经复议直接起诉 (a column_order warning, the values moved)
    text = _one_cell_a_line(_SAMPLE_TEXT.replace(_REVIEW_HEADING, heading), bar)
    report = gr.parse(text)
    assert _tables(report) == _tables(_SAMPLE)
    assert "column_order" not in {finding.code for finding in report.findings}


# --- the template judged by table 三 when table 二 is not printed -------------------------

_REPORT_2019 = (Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt").read_text(
    encoding="utf-8"
)


def _without_table_two(text: str) -> str:
    return text[: text.index("二、主动公开政府信息情况")] + text[text.index("三、收到和处理") :]


@pytest.mark.parametrize("bar", [None, "", " |"])
def test_table_three_of_2019_tells_the_template_against_a_later_year(bar: str | None) -> None:
    # a report of 2023 printing the 2019 template's table 三 (其他处理 one row, 总计
    # next) and no table 二: the year chose 2021, whose three 其他处理 rows were then
    # missing and the printed row's values ignored (row_width), template wrong
    printed = _without_table_two(_REPORT_2019)
    text = printed.replace("2020", "2023")
    if bar is not None:
        text = _one_cell_a_line(text, bar)
    report = gr.parse(text)
    assert (report.year, report.template) == (2023, "2019")
    assert gr.to_dict(report)["requests"] == gr.to_dict(gr.parse(printed))["requests"]
    assert "row_width" not in {finding.code for finding in report.findings}


@pytest.mark.parametrize("bar", [None, "", " |"])
def test_table_three_of_2021_keeps_its_template_before_2021(bar: str | None) -> None:
    # the reverse: a 2020 report on the 2021 template without table 二 (其他处理's
    # rows name 逾期不补正, as before)
    text = _without_table_two(_SAMPLE_TEXT).replace("2023", "2020")
    if bar is not None:
        text = _one_cell_a_line(text, bar)
    report = gr.parse(text)
    assert (report.year, report.template) == (2020, "2021")
    assert gr.to_dict(report)["requests"] == gr.to_dict(_SAMPLE)["requests"]


def test_table_three_of_2019_outweighs_a_single_stray_word_of_2021() -> None:
    # the 2019 table 三 with a stray 行政规范性文件 line under its heading and no table
    # 二: one 2021 word against the year used to leave the template in doubt (a
    # template_unknown warning); table 三's own rows now tell 2019
    heading = "三、收到和处理政府信息公开申请情况\n"
    printed = _without_table_two(_REPORT_2019)
    report = gr.parse(printed.replace(heading, heading + "行政规范性文件\n"))
    assert (report.year, report.template) == (2020, "2019")
    assert "template_unknown" not in {finding.code for finding in report.findings}

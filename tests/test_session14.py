"""Regressions found in the fourteenth session (fictional inputs)."""

from __future__ import annotations

import re

import pytest

import govinfo_reports as gr
from govinfo_reports.sample import sample_text

_TABLES = ("active_disclosure", "requests", "review_litigation")
#: The section headings the renderer prints before tables 二, 三 and 四.
_HEADING = re.compile(r"^[二三四]、[^\t|\n]*情况$", re.MULTILINE)


def _sections(text: str) -> tuple[str, dict[str, str]]:
    """The text before table 二's heading, and each table's section (heading and table)
    by its heading's numeral."""
    starts = [match.start() for match in _HEADING.finditer(text)]
    assert len(starts) == 3
    pieces = [text[start:end] for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]
    return text[: starts[0]], {piece[0]: piece.rstrip("\n") + "\n\n" for piece in pieces}


@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical", "markdown", "pipe-cells"])
@pytest.mark.parametrize("order", ["三四二", "三二四", "四三二", "四二三"])
def test_tables_printed_out_of_the_template_order_are_all_read(layout: str, order: str) -> None:
    """A report printing its tables in another order than 二, 三, 四 (an appendix
    printing them as a page laid them out): before, only table 二 and the tables after it
    were read, the others lost with a missing_table warning."""
    report = gr.parse(sample_text())
    head, sections = _sections(gr.render(report, layout))
    reordered = gr.parse(head + "".join(sections[numeral] for numeral in order))
    expected = gr.to_dict(report)
    read = gr.to_dict(reordered)
    assert [read[key] for key in _TABLES] == [expected[key] for key in _TABLES]
    assert not [f for f in reordered.findings if f.code == "missing_table"]


def test_a_line_naming_table_four_before_table_two_is_no_table() -> None:
    """A report printing no table 四, whose overview names 行政复议 and the request
    table before table 二: neither line is taken for a table printed out of order."""
    head, sections = _sections(gr.render(gr.parse(sample_text()), "tab"))
    overview = (
        "一、总体情况\n本年度未发生政府信息公开行政复议、行政诉讼案件。\n"
        "收到和处理政府信息公开申请情况\n行政复议\n共12件\n\n"
    )
    report = gr.parse(head + overview + sections["二"] + "五、存在的主要问题\n无。\n")
    assert report.requests is None
    assert report.review_litigation is None
    codes = sorted(f.code for f in report.findings if f.code == "missing_table")
    assert codes == ["missing_table", "missing_table"]


@pytest.mark.parametrize("layout", ["vertical", "pipe-cells"])
def test_a_running_head_inside_table_threes_last_row_does_not_end_the_table(layout: str) -> None:
    """A page break inside table 三's last row, the next page's running head (the
    report's title again) printed among the row's values: before, table 三 ended at the
    head, so the row was left blank (row_width); now the head is page text among the
    row's values, as in every other row, and the count right after it is read with a
    warning that it may be the page's number."""
    report = gr.parse(sample_text())
    lines = gr.render(report, layout).split("\n")
    title = lines[0]
    last = max(i for i, line in enumerate(lines) if "结转下年度" in line)
    values = [i for i in range(last + 1, len(lines)) if lines[i].strip(" |\t").isdigit()]
    at = values[2]  # after the row's second value
    head = f"{title} |" if layout == "pipe-cells" else title
    read = gr.parse("\n".join([*lines[:at], head, *lines[at:]]))
    assert gr.to_dict(read)["requests"] == gr.to_dict(report)["requests"]
    assert not [f for f in read.findings if f.severity != "info"]


#: A fictional report for 2018, with the statistics table the regulation prescribed
#: before its 2019 revision (统计指标 | 单位 | 统计数), under the usual section headings.
_BEFORE_2019 = "\n".join(
    [
        "青禾县水利局2018年政府信息公开工作年度报告",
        "",
        "一、概述",
        "本年度我局认真贯彻落实《中华人民共和国政府信息公开条例》。",
        "",
        "二、主动公开政府信息情况",
        "附表：政府信息公开情况统计表",
        "统计指标\t单位\t统计数",
        "一、主动公开情况\t\t",
        "（一）主动公开政府信息数\t条\t356",
        "其中：主动公开规范性文件数\t条\t4",
        "制发规范性文件总数\t件\t5",
        "三、依申请公开情况\t\t",
        "（一）收到申请数\t件\t12",
        "（二）申请办结数\t件\t12",
        "四、行政复议数量\t件\t1",
        "五、行政诉讼数量\t件\t0",
        "六、举报投诉数量\t件\t0",
        "",
    ]
)


@pytest.mark.parametrize("layout", ["tab", "vertical", "html"])
def test_a_report_in_the_form_before_2019_raises_a_parse_error_naming_it(layout: str) -> None:
    """Reports for 2018 and earlier print one statistics table (统计指标 | 单位 | 统计数)
    that neither template has. Before, it was read as template 2021's tables 二 and 四,
    every cell blank, under two dozen warnings; now parse() says what it is."""
    text = _BEFORE_2019
    if layout == "vertical":
        text = text.replace("\t", "\n")
    elif layout == "html":
        rows = [line.split("\t") for line in text.split("\n") if "\t" in line]
        cells = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        prose = "".join(f"<p>{line}</p>" for line in text.split("\n")[:7])
        text = f"<html><body>{prose}<table>{cells}</table></body></html>"
    with pytest.raises(gr.ParseError, match="before its 2019 revision") as raised:
        gr.parse(text)
    assert "统计指标" in str(raised.value)
    assert type(raised.value) is gr.ParseError  # (as the CLI and the batch name it)
    if layout == "tab":
        with pytest.raises(gr.ParseError, match="before its 2019 revision"):
            gr.parse(text, reader="tab")


def test_a_2019_report_printing_the_old_statistics_table_too_reads_its_tables() -> None:
    """A report printing the statutory tables and, in an appendix, the old form's
    statistics table is read as usual (the old table is not one of its tables)."""
    text = sample_text() + "\n附表：政府信息公开情况统计表\n" + _BEFORE_2019.split("\n", 6)[6]
    report = gr.parse(text)
    assert report.requests is not None
    assert report.review_litigation is not None


@pytest.mark.parametrize(
    ("heading", "title", "year"),
    [
        ("青禾县人民政府2023年政府信息公开工作年度报告（全文）|附件", "(全文)", 2023),
        ("青禾县人民政府政府信息公开工作年度报告（2023年度）|附件", "(2023年度)", 2023),
        ("青禾县人民政府2023年政府信息公开工作年度报告（正文）_政务公开", "(正文)", 2023),
    ],
)
def test_a_heading_title_with_a_bracketed_tail_and_a_section_after_a_bar_is_read(
    heading: str, title: str, year: int
) -> None:
    """An <h1> printing the title with a bracketed tail (（全文）, （2023年度）) and a
    section's name after a bar: before, title None (and with the year only in the
    brackets, organ None too; with （全文）, year None), silently; now read as the same
    line is in text, the tail kept and the section left out."""
    html = gr.render(gr.parse(sample_text()), "html")
    page = html.replace(
        "<h1>青禾县人民政府2023年政府信息公开工作年度报告</h1>", f"<h1>{heading}</h1>"
    )
    report = gr.parse(page)
    assert report.title is not None and report.title.endswith(f"报告{title}")
    assert report.organ == "青禾县人民政府"
    assert report.year == year

"""Regressions found by the sect1 hunt: finding the tables and telling the template
(fictional inputs)."""

from __future__ import annotations

import re

import pytest

import govinfo_reports as gr
from govinfo_reports.sample import sample_text

_TABLES = ("active_disclosure", "requests", "review_litigation")
_SEPARATORS = {"tab": "\t", "vertical": "\n", "pipe": " | "}


def _expected() -> dict[str, object]:
    return gr.to_dict(gr.parse(sample_text()))


def _between_three_and_four(layout: str, inserted: str) -> str:
    """The sample report in ``layout`` with ``inserted`` printed after table 三."""
    text = gr.render(gr.parse(sample_text()), layout)
    at = text.index("四、政府信息公开行政复议")
    return text[:at] + inserted + "\n\n" + text[at:]


#: A table of requests by department whose header names 行政复议 (a column of reviews).
_BY_DEPARTMENT = [
    ["部门", "收到申请", "办结", "被申请行政复议", "被提起行政诉讼"],
    ["县政府办公室", "3", "2", "1", "0"],
    ["县综合执法大队", "10", "10", "0", "1"],
]


@pytest.mark.parametrize("layout", ["tab", "vertical", "pipe"])
@pytest.mark.parametrize("caption", ["附表：各部门政府信息公开申请办理情况\n", ""])
def test_a_table_by_department_naming_reviews_before_table_four_is_not_table_four(
    layout: str, caption: str
) -> None:
    """A table of requests by department printed between tables 三 and 四, with a
    column of 行政复议: before, table 四 started at its header, its rows were taken for
    table 四's values and every cell of table 四 was left blank (row_width); now table 四
    starts at the 行政复议 anchor its own header (结果维持, 结果纠正) follows."""
    sep = _SEPARATORS[layout]
    inserted = caption + "\n".join(sep.join(row) for row in _BY_DEPARTMENT)
    report = gr.parse(_between_three_and_four(layout, inserted))
    read = gr.to_dict(report)
    expected = _expected()
    assert [read[key] for key in _TABLES] == [expected[key] for key in _TABLES]


@pytest.mark.parametrize("layout", ["tab", "vertical", "pipe"])
@pytest.mark.parametrize("caption", ["附表：各部门政府信息公开申请办理情况\n", ""])
def test_a_table_by_department_naming_reviews_before_table_three_is_not_table_four(
    layout: str, caption: str
) -> None:
    """The same table printed between tables 二 and 三: before, it was taken for table
    四 printed out of order (a 行政复议 anchor with values before table 三) and table 四
    was left blank; now an anchor neither table 四's heading nor followed by its header
    is no table 四 when one that is follows, and table 二 ends at its header."""
    sep = _SEPARATORS[layout]
    inserted = caption + "\n".join(sep.join(row) for row in _BY_DEPARTMENT)
    text = gr.render(gr.parse(sample_text()), layout)
    at = text.index("三、收到和处理")
    report = gr.parse(text[:at] + inserted + "\n\n" + text[at:])
    read = gr.to_dict(report)
    expected = _expected()
    assert [read[key] for key in _TABLES] == [expected[key] for key in _TABLES]
    assert not [f for f in report.findings if f.severity != "info"]


def _after_table_three_last_row(layout: str, row: list[str]) -> str:
    """The sample report in ``layout`` with ``row`` printed as a row of table 三 after
    its last row (a local row)."""
    lines = gr.render(gr.parse(sample_text()), layout).split("\n")
    last = max(i for i, line in enumerate(lines) if "结转下年度" in line)
    if layout == "tab":
        return "\n".join([*lines[: last + 1], "\t".join(row), *lines[last + 1 :]])
    cells = [f"{cell} |" for cell in row] if layout == "pipe-cells" else row
    after = last + 8  # (the label's line, then its seven values a line each)
    return "\n".join([*lines[:after], *cells, *lines[after:]])


@pytest.mark.parametrize("layout", ["tab", "vertical", "pipe-cells"])
def test_a_local_row_after_table_threes_last_row_is_reported_in_every_layout(
    layout: str,
) -> None:
    """A local row printed after 四、结转下年度继续办理 (五、本年度办结申请数量 and its
    seven values): printed a cell a line, table 三 ended at its label, so the row was
    dropped with no word, while the same row printed on one line is reported as no row
    of the table (unknown_row). Now a label whose values follow it on the next lines
    stays in the table, reported alike."""
    row = ["五、本年度办结申请数量", "9", "1", "0", "0", "0", "1", "11"]
    report = gr.parse(_after_table_three_last_row(layout, row))
    read = gr.to_dict(report)
    expected = _expected()
    assert [read[key] for key in _TABLES] == [expected[key] for key in _TABLES]
    unknown = [f for f in report.findings if f.code == "unknown_row" and f.path == "requests"]
    assert len(unknown) == 1
    assert "五、本年度办结申请数量" in unknown[0].message
    assert "'11'" in unknown[0].message


def _with_other_values(text: str) -> str:
    """``text`` with every count 1 printed as 3 (another report's figures)."""
    return re.sub(r"(?<=[\t|\n ])1(?=[\t|\n ])", "3", text)


@pytest.mark.parametrize("layout", ["tab", "vertical", "pipe"])
def test_tables_three_and_four_before_another_reports_table_two_are_reported(
    layout: str,
) -> None:
    """A page printing a report with no table 二 (its section in prose), tables 三 and
    四, then a second report with all three tables (another organ's, another year's):
    before, the first report's tables were passed over (table 三 is looked for after
    table 二) and the second report's were read with no finding, silently, under the
    first report's title. Now a warning says the first table 三 was not read."""
    text = gr.render(gr.parse(sample_text()), layout)
    two = text.index("二、主动公开政府信息情况")
    three = text.index("三、收到和处理")
    prose = "二、主动公开政府信息情况\n本年度主动公开政府信息356条。\n\n"
    first = text[:two] + prose + text[three:]
    report = gr.parse(first + "\n\n" + _with_other_values(text))
    before = [
        f
        for f in report.findings
        if f.code == "unknown_row" and f.path == "requests" and f.severity == "warning"
    ]
    assert len(before) == 1
    assert "before table 二" in before[0].message
    lines = first.split("\n")
    assert before[0].line == 1 + next(i for i, line in enumerate(lines) if "三、收到和处理" in line)


@pytest.mark.parametrize("layout", ["vertical", "pipe-cells"])
@pytest.mark.parametrize("furniture", ["第3页共5页", "青禾县政府信息公开年报（2023）"])
def test_page_furniture_inside_table_threes_last_row_does_not_end_the_table(
    layout: str, furniture: str
) -> None:
    """A page's footer or header printed a cell a line among the values of table 三's
    last row (a page break inside it), a line the text did not print before: before,
    table 三 ended there, so the row was left blank (row_width); now a line of words
    with values on the lines after it stays in the table, and the row is read."""
    lines = gr.render(gr.parse(sample_text()), layout).split("\n")
    last = max(i for i, line in enumerate(lines) if "结转下年度" in line)
    values = [i for i in range(last + 1, len(lines)) if lines[i].strip(" |\t").isdigit()]
    at = values[2]
    head = f"{furniture} |" if layout == "pipe-cells" else furniture
    report = gr.parse("\n".join([*lines[:at], head, *lines[at:]]))
    assert gr.to_dict(report)["requests"] == _expected()["requests"]
    assert not [f for f in report.findings if f.severity != "info"]


@pytest.mark.parametrize("layout", ["tab", "pipe"])
@pytest.mark.parametrize("furniture", ["第3页共5页", "青禾县政府信息公开年报（2023）"])
def test_page_furniture_splitting_table_threes_last_row_does_not_end_the_table(
    layout: str, furniture: str
) -> None:
    """Table 三's last row printed on one line, broken by a page break (its first values,
    the page's footer or header, the rest of its values on the next line): before, table
    三 ended at the footer and the row was left blank (row_width); now a line of words
    while the last row is short of its seven values, values after it, stays in the table."""
    lines = gr.render(gr.parse(sample_text()), layout).split("\n")
    last = max(i for i, line in enumerate(lines) if "结转下年度" in line)
    sep = "\t" if layout == "tab" else " | "
    cells = lines[last].split(sep)
    first, rest = sep.join(cells[:5]), sep.join(cells[5:])
    report = gr.parse("\n".join([*lines[:last], first, furniture, rest, *lines[last + 1 :]]))
    assert gr.to_dict(report)["requests"] == _expected()["requests"]
    assert not [f for f in report.findings if f.severity != "info"]


#: A table of requests by month, under a caption naming table 三's words.
_BY_MONTH = [["月份", "收到申请", "办结"], ["1月", "3", "2"], ["2月", "10", "10"]]


@pytest.mark.parametrize("layout", ["tab", "vertical", "pipe"])
def test_a_table_captioned_with_table_threes_words_before_it_is_not_table_three(
    layout: str,
) -> None:
    """A table of requests by month under a caption naming 收到和处理政府信息公开申请,
    printed between tables 二 and 三: table 三 started at its caption, and its values
    were each reported as standing under no row label (six warnings on a table read
    right). Table 三 now starts at its own heading, the last anchor before its first
    row with no value between; table 二 ends at the other table's header (a row of
    several cells of words is no local row's label, even with numbers after it)."""
    sep = _SEPARATORS[layout]
    caption = "附表：2023年各月收到和处理政府信息公开申请情况\n"
    inserted = caption + "\n".join(sep.join(row) for row in _BY_MONTH)
    text = gr.render(gr.parse(sample_text()), layout)
    at = text.index("三、收到和处理")
    report = gr.parse(text[:at] + inserted + "\n\n" + text[at:])
    read = gr.to_dict(report)
    expected = _expected()
    assert [read[key] for key in _TABLES] == [expected[key] for key in _TABLES]
    assert not [f for f in report.findings if f.severity != "info"]


def test_a_one_row_table_by_department_in_html_before_table_four_is_not_table_four() -> None:
    """The table by department of one row, in a page's HTML (a table of its own): one
    row of values stood between its header and table 四's, which was taken for a page's
    number, so table 四 still started at that header and was left blank."""
    page = gr.render(gr.parse(sample_text()), "html")
    at = page.rfind("<", 0, page.index("四、政府信息公开行政复议"))
    table = (
        "<p>附表：各部门情况</p><table><tr><td>部门</td><td>收到申请</td>"
        "<td>被申请行政复议</td><td>被提起行政诉讼</td></tr>"
        "<tr><td>县政府办公室</td><td>3</td><td>1</td><td>0</td></tr></table>"
    )
    report = gr.parse(page[:at] + table + page[at:])
    read = gr.to_dict(report)
    expected = _expected()
    assert [read[key] for key in _TABLES] == [expected[key] for key in _TABLES]

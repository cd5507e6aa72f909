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

"""What surrounds the tables (seventeenth hunt): title, organ, year, template and the
sections that bound the tables, on fictional reports (青禾县, numbers made up). Each test
failed on the code before its fix."""

from __future__ import annotations

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

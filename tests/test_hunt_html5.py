"""Misreadings of web pages found by a fifth HTML hunt (fictional pages: the bundled
sample report rendered as a web page, some of its cells blanked, its tables cut the way
pages converted from Word or PDF cut them).

Each test failed before its fix; the docstrings say what used to be read.
"""

from __future__ import annotations

import re

import pytest

import govinfo_reports as gr

_BLANKED = (
    ("administrative_review", "other"),
    ("litigation_direct", "corrected"),
)


def _sample_with_blanks() -> gr.Report:
    """The sample report with two of table 四's cells printed blank."""
    data = gr.to_dict(gr.parse(gr.sample_text()))
    for group, column in _BLANKED:
        data["review_litigation"][group][column] = None
    return gr.from_dict(data)


def _page(report: gr.Report) -> str:
    return gr.render(report, "html").replace("<td>/</td>", "<td></td>")


def _warnings(report: gr.Report, code: str) -> list[gr.Finding]:
    return [f for f in report.findings if f.code == code and f.severity == "warning"]


# --- table 四's values in a table of their own, of another width -----------------------


@pytest.mark.parametrize(
    ("cell", "at_end"),
    [
        ("<td>数量</td>", False),  # a label the header's table has no column for
        ("<td></td>", False),  # an empty cell before the values (a converted page's grid)
        ("<td></td>", True),  # or after them
    ],
)
def test_a_row_of_values_in_a_table_of_its_own_keeps_its_blank_cells(
    cell: str, at_end: bool
) -> None:
    """Table 四's header in one ``<table>`` and its row of values in the next (a page
    break between them), the second a column wider than the first (a label or an empty
    cell before or after the values): each blank value was taken for a spacer column
    (a column empty in every row of the table: the table has one row) and dropped, so
    the row was two values short and its 13 values were left blank (``row_width``)."""
    expected = _sample_with_blanks()
    page = _page(expected)
    head, table = page.split("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>")
    rows = re.findall(r"<tr>.*?</tr>", table)
    assert len(rows) == 4 and "<td></td>" in rows[3]
    values = (
        rows[3].replace("</tr>", cell + "</tr>")
        if at_end
        else rows[3].replace("<tr>", "<tr>" + cell)
    )
    page = (
        f"{head}<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n"
        f'<table border="1">\n{"".join(rows[:3])}\n</table>\n'
        f"<p>&nbsp;</p>\n"
        f'<table border="1">\n{values}\n</table>\n</body></html>'
    )
    report = gr.parse(page)
    assert gr.to_dict(report)["review_litigation"] == gr.to_dict(expected)["review_litigation"]
    assert not _warnings(report, "row_width")

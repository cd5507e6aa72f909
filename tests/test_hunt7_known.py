"""Known misreadings found by the seventh robustness hunt (a text-layout hunt), not fixed
yet: each test is a strict xfail that passes once the cause is fixed. Every report here
is fictional (the bundled sample report)."""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.render import render
from govinfo_reports.sample import sample_text

_LAST_ROW = "四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1"


@pytest.mark.xfail(
    strict=True,
    reason="mapping/requests ends table 三 at the first row of words after its last row "
    "(结转下年度继续办理) and that row's values, so a copy of the last row printed after a "
    "page's running head and header (a page break) stands outside the table and is "
    "dropped with no finding, even when its values differ from the first copy's",
)
def test_table_three_s_last_row_printed_again_after_a_header_with_other_values() -> None:
    text = render(gr.parse(sample_text()), "tab")
    other = _LAST_ROW.replace("\t1\t0\t0\t0\t0\t0\t1", "\t7\t0\t0\t0\t0\t0\t7")
    damaged = text.replace(_LAST_ROW + "\n", f"{_LAST_ROW}\n第2页 共5页\n信息内容\t总计\n{other}\n")
    report = gr.parse(damaged)
    assert [f for f in report.findings if f.path and f.path.startswith("requests")]

"""Misreadings found by the tenth HTML page hunt, each fixed. Every page here is
fictional (the bundled sample report rendered as a web page, or invented organs and
numbers)."""

from __future__ import annotations

import govinfo_reports as gr


def _sample_page(head: str = "") -> str:
    page = gr.render(gr.parse(gr.sample_text()), "html")
    return page.replace("<head>", "<head>" + head)


def _codes(report: gr.Report) -> list[str]:
    return [finding.code for finding in report.findings]


def test_a_hidden_cell_only_below_a_tables_first_rows_takes_no_column() -> None:
    """A cell hidden by ``display: none`` in a row below a table's first four rows, with
    no hidden cell above it: the row comes out a value too wide, so its cells' styles are
    judged then, and the hidden one takes no column (said by a ``repaired_cell`` info)."""
    page = _sample_page()
    row = "<td>1.属于国家秘密</td><td>0</td>"
    assert row in page
    page = page.replace(row, "<td>1.属于国家秘密</td><td style='display:none'>4</td><td>0</td>")
    report = gr.parse(page)
    assert report.requests is not None
    assert report.requests.results.withheld.state_secret.total == 0
    assert "row_width" not in _codes(report)
    assert any("'4' is hidden" in f.message for f in report.findings)

"""Tables 三 and 四 as text readers print them, and the mapping that reads them (the
twenty-seventh hunt). Every input is fictional (the bundled sample, or organs and numbers
invented here)."""

from __future__ import annotations

import govinfo_reports as gr


def _codes(report: gr.Report) -> list[str]:
    return [finding.code for finding in report.findings]


def test_a_blank_last_cell_merged_into_a_cell_per_line_rows_filler_keeps_its_column() -> None:
    """Pipe text printing a cell a line (``10 |``) and a filler line of bars after each
    row (``||``, the table's spare width: seed 004's layout), a row's last value (总计)
    blank printed as one more bar on that filler line (``|||``): the filler was skipped,
    so the row was six values for seven columns, left blank with a ``row_width`` warning.
    Now the wider filler is a blank cell, with an info (hunt26's strict xfail)."""
    sample = gr.parse(gr.sample_text())
    text = gr.render(sample, "pipe-cells")
    merged = text.replace("0 |\n1 |\n13 |\n||\n二、", "0 |\n1 |\n|||\n二、", 1)
    assert merged != text
    report = gr.parse(merged)
    new_received = gr.to_dict(report)["requests"]["new_received"]
    expected = {**gr.to_dict(sample)["requests"]["new_received"], "total": None}
    assert new_received == expected
    assert [(f.code, f.severity) for f in report.findings] == [("row_width", "info")]
    assert report.findings[0].line == merged.split("\n").index("|||") + 1

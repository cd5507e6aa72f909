"""Cell-per-line text misread by the parser, found by hunt26 and not fixed (strict xfails:
each fails the suite the day its cause is fixed; docs/limits.md names them). The report
is the bundled sample (fictional) rendered in the pipe-cells layout."""

from __future__ import annotations

import pytest

import govinfo_reports as gr


@pytest.mark.xfail(
    strict=True,
    reason=(
        "readers/pipe: a line of bars only is a row filler and is skipped, whatever its "
        "number of bars; a blank cell merged into it is lost (hunt26, not fixed)"
    ),
)
def test_a_blank_last_cell_merged_into_a_cell_per_line_rows_filler_keeps_its_column() -> None:
    """Pipe text printing a cell a line (``10 |``) and a filler line of bars after each
    row (``||``, the table's spare width: seed 004's layout), a row's last value (总计)
    blank printed as one more bar on that filler line (``|||``): the filler is skipped,
    so the row is six values for seven columns, left blank with a ``row_width`` warning
    (the six printed values lost)."""
    sample = gr.parse(gr.sample_text())
    text = gr.render(sample, "pipe-cells")
    merged = text.replace("0 |\n1 |\n13 |\n||\n二、", "0 |\n1 |\n|||\n二、", 1)
    assert merged != text
    report = gr.parse(merged)
    new_received = gr.to_dict(report)["requests"]["new_received"]
    expected = {**gr.to_dict(sample)["requests"]["new_received"], "total": None}
    assert new_received == expected

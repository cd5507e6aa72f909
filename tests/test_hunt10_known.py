"""Known misreadings found by the tenth robustness hunt (eighth session, one-cell-per-line
and pipe layouts), not fixed yet: each test is a strict xfail that passes once the cause
is fixed. Every report here is fictional (the bundled sample report)."""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.render import render
from govinfo_reports.sample import sample_text


@pytest.mark.xfail(
    strict=True,
    reason="mapping/collect: in a text row, empty cells at either end of the values are "
    "layout (a label spanning two columns, a trailing tab) and are dropped; a pipe row "
    "printing a cell per column (| 规章 |  | 0 | 2 |) cannot be told from a tab row with "
    "a spanned label and a value lost, so its blank next to the label is dropped too",
)
def test_a_blank_cell_next_to_the_label_in_a_pipe_row_keeps_its_column() -> None:
    text = render(gr.parse(sample_text()), "markdown")
    assert "| 规章 | 0 | 0 | 2 |" in text
    report = gr.parse(text.replace("| 规章 | 0 | 0 | 2 |", "| 规章 |  | 0 | 2 |"))
    regulations = gr.to_dict(report)["active_disclosure"]["regulations"]
    assert regulations == {"issued": None, "repealed": 0, "in_force": 2}

"""Known misreadings found by the eighth robustness hunt (sixth session), not fixed yet:
each test is a strict xfail that passes once the cause is fixed. Every report here is
fictional (the bundled sample report)."""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.render import render
from govinfo_reports.sample import sample_text


def _sample(layout: str) -> str:
    return render(gr.parse(sample_text()), layout)


@pytest.mark.xfail(
    strict=True,
    reason="no reader splits a line on commas: a comma is also a thousands separator "
    "(1,204) and a punctuation mark in labels and prose, so a comma-delimited row is one "
    "cell whose label holds numbers (an unreadable_cell warning, the row blank). Telling "
    "a CSV line from a grouped number needs a CSV reader (quoting, a comma in every row "
    "of a table), which is not written",
)
def test_a_csv_line_is_read() -> None:
    text = _sample("tab").replace("规章\t0\t0\t2", "规章,0,0,2")
    regulations = gr.to_dict(gr.parse(text))["active_disclosure"]["regulations"]
    assert regulations == {"issued": 0, "repealed": 0, "in_force": 2}

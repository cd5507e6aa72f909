"""Damage found by the tenth robustness hunt (eighth session, one-cell-per-line and
blank-line-separated layouts): each test is a fictional reproducer (the bundled sample
report, or made-up numbers) of a misreading, kept so it stays fixed."""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.render import render
from govinfo_reports.sample import sample_text

_PARTIAL = "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


def _vertical_with_row(label: str, cells: list[str]) -> str:
    """The sample report, one cell per line, with the row labelled ``label`` printing
    ``cells``."""
    text = render(gr.parse(sample_text()), "vertical")
    start = text.index(label + "\n")
    end = text.index("\n\n", start)
    return text[:start] + "\n".join([label, *(f"\t{cell}" for cell in cells)]) + text[end:]


# --- 1. two words printed for counts right after a row label ---------------------------


@pytest.mark.parametrize("words", [("无", "无"), ("暂无", "无"), ("无", "无", "无"), ("无", "零")])
def test_words_printed_for_counts_right_after_a_label_keep_their_places(
    words: tuple[str, ...],
) -> None:
    # The first word after a label is held (a label printed a character a line goes on
    # with 无 …); a second such word dropped it, so the row was a cell short and left
    # blank (row_width), every printed value lost.
    values = ["4", "3", "0", "2", "0", "1", "10"]
    text = _vertical_with_row(_PARTIAL, [*words, *values[len(words) :]])
    report = gr.parse(text)
    row = gr.to_dict(report)["requests"]["results"]["partially_granted"]
    keys = list(row)
    expected = {key: None if i < len(words) else int(values[i]) for i, key in enumerate(keys)}
    assert row == expected
    codes = [f.code for f in report.findings]
    assert "row_width" not in codes
    assert codes.count("unreadable_cell") == len(words)

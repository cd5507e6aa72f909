"""Misreadings found by the thirty-second robustness hunt (the text readers), each
pinned by a test that failed before its fix. Every report here is fictional (the
bundled sample report, changed)."""

from __future__ import annotations

import pytest

import govinfo_reports as gr


@pytest.mark.parametrize("soft", ["\v", "\x1e", "\x1c", "\x1d"])
def test_lines_parted_by_soft_line_ends_are_read_as_lines(soft: str) -> None:
    text = gr.sample_text()
    reference = gr.to_dict(gr.parse(text))
    report = gr.parse(text.replace("\n", soft))
    assert gr.to_dict(report) == reference
    review = report.review_litigation
    assert review is not None
    assert review.administrative_review.total == 4


def test_a_few_soft_line_ends_inside_cells_stay_white_space() -> None:
    text = gr.sample_text().replace("维持", "维\v持", 1)
    report = gr.parse(text)
    review = report.review_litigation
    assert review is not None
    assert review.administrative_review.upheld == 2
    assert review.administrative_review.total == 4

"""Misreadings found by the thorough hypothesis profile, kept with the generated input
that showed them so they stay fixed. The input is fictional: a report the project's
strategies generated, rendered as markdown with noise (``tests/fixtures/known/``)."""

from __future__ import annotations

from pathlib import Path

import govinfo_reports as gr

KNOWN = Path(__file__).resolve().parent / "fixtures" / "known"


def test_procurement_after_a_heading_a_character_a_line_is_read() -> None:
    # table 二's 第二十条第（九）项 heading and its header printed a character a line, and
    # the 政府集中采购 label broken over three lines: no line held 第二十条 or 采购 whole,
    # table 二 ended at the header and the procurement row (0 and 0 元) read as missing
    text = (KNOWN / "procurement_after_vertical_heading_2019.md").read_text(encoding="utf-8")
    report = gr.parse(text)
    procurement = gr.to_dict(report)["active_disclosure"]["centralized_procurement"]
    assert procurement == {"projects": 0, "amount": {"value": "0", "unit": "元"}}
    assert not [f for f in report.findings if f.path.startswith("active_disclosure")]

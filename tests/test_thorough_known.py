"""Misreadings found by the thorough hypothesis profile, kept with the generated input
that showed them so they stay fixed. The input is fictional: a report the project's
strategies generated, rendered as markdown with noise (``tests/fixtures/known/``)."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_a_rule_line_with_text_glued_before_it_is_no_row_of_blanks() -> None:
    # found by the thorough fuzz run (test_mutated_renders, markdown): table 四's values
    # row deleted and a number glued before its header's rule line (``4444…| --- | --- |``).
    # The rule's ``---`` cells were read as fifteen printed blanks, so table 四 came back
    # blank with no finding; the rule is no row, the text before it a line of its own
    text = _review_header_only("4" * 40 + "| --- " * 15 + "|")
    # (no table holds a value now: no report, and ParseError says so)
    with pytest.raises(gr.ParseError, match="no statutory table"):
        gr.parse(text)
    # with the values row after the header, the rule line glued to text costs nothing
    values = "| 1 | 0 | 0 | 0 | 1 " + "| 0 " * 10 + "|"
    report = gr.parse(text + "\n" + values + "\n")
    assert gr.to_dict(report)["review_litigation"]["administrative_review"] == {
        "upheld": 1,
        "corrected": 0,
        "other": 0,
        "pending": 0,
        "total": 1,
    }


def test_a_count_typed_into_a_rule_line_is_no_row_of_blanks() -> None:
    # found by the thorough fuzz run (test_mutated_renders, markdown): table 四's values
    # row deleted and one ``---`` of its header's rule line typed over with a count
    # (``|+5| --- | --- |``): the line was read as table 四's values, 5 and fourteen
    # printed blanks, with no finding; the count is now a line of its own above the
    # header, reported as not read
    text = _review_header_only("|+5" + "| --- " * 14 + "|")
    try:
        report = gr.parse(text)
    except gr.ParseError as error:
        assert "no statutory table" in str(error)
    else:
        assert gr.to_dict(report)["review_litigation"] is None or [
            f for f in report.findings if f.path == "review_litigation"
        ]


def _review_header_only(rule: str) -> str:
    """A template-2019 report of table 四's heading and header only, in markdown, the
    header's rule line printed as ``rule`` (its values row gone)."""
    return "\n".join(
        [
            "东东县人民政府2019年政府信息公开工作年度报告",
            "",
            "四、政府信息公开行政复议、行政诉讼情况",
            "",
            "| 行政复议 " + "|  " * 4 + "| 行政诉讼 " + "|  " * 9 + "|",
            rule,
            "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 "
            + "|  " * 4
            + "| 复议后起诉 "
            + "|  " * 4
            + "|",
            "|  " * 5 + "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计" * 2 + " |",
        ]
    )

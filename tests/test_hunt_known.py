"""Known misreadings found by a robustness hunt whose cause lies in the mapping modules
(being changed elsewhere): fictional reproducers, marked ``xfail(strict=True)`` so the
fix shows up as an unexpected pass.

Each input is the bundled fictional sample printed one cell per line, damaged the way
page text of real reports is: a page number alone on a line (a page break inside a
table) and a blank cell printed as nothing at all.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import govinfo_reports as gr


def vertical_sample() -> str:
    return gr.render(gr.parse(gr.sample_text()), "vertical")


def warnings_at(report: gr.Report, prefix: str) -> list[gr.Finding]:
    return [
        f
        for f in gr.validate(report)
        if f.severity != "info" and f.path is not None and f.path.startswith(prefix)
    ]


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="mapping/active.py: a 第二十条 caption or a 信息内容 header does not close a table "
    "二 row that still lacks values, so a number after it (a page number) fills the row",
)
def test_a_number_after_the_next_caption_does_not_fill_a_short_row() -> None:
    # 行政规范性文件 | 5 | (blank, not printed) | 23, then the next group's caption and a
    # page number on its own line: 2 is not the row's third value
    text = replace_once(
        vertical_sample(),
        "\t行政规范性文件\n\t5\n\t1\n\t23\n\n\t第二十条第（五）项\n",
        "\t行政规范性文件\n\t5\n\t23\n\n\t第二十条第（五）项\n2\n",
    )
    report = gr.parse(text)
    row: dict[str, Any] = gr.to_dict(report)["active_disclosure"]["normative_documents"]
    # read today: {"issued": 5, "repealed": 23, "in_force": 2} and no finding. The 2 must
    # not be the row's value, or a warning must say the row is unsure.
    assert row["in_force"] != 2 or warnings_at(report, "active_disclosure.normative_documents")


def spaced_sample() -> str:
    """The sample with its tabs as runs of spaces (the spaces reader's layout)."""
    return "\n".join(re.sub(r"\t+", "   ", line).rstrip() for line in gr.sample_text().splitlines())


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="mapping/collect.py: on a line of text and a number, text naming no row after a "
    "row short of a value passes as the rest of a label, and the number fills that row "
    "(the same number alone on its line gets a warning)",
)
def test_a_running_head_with_its_page_number_does_not_fill_a_short_row() -> None:
    # PDF text: 规章 with its last cell blank (printed as nothing), then a page break's
    # running head, the report's title and the page number on one line
    text = replace_once(
        spaced_sample(),
        "规章   0   0   2\n",
        "规章   0   0\n青禾县人民政府2023年政府信息公开工作年度报告                    3\n",
    )
    report = gr.parse(text)
    assert report.source.reader == "spaces"
    row = gr.to_dict(report)["active_disclosure"]["regulations"]
    # read today: {"issued": 0, "repealed": 0, "in_force": 3} and no finding
    assert row["in_force"] != 3 or warnings_at(report, "active_disclosure.regulations")

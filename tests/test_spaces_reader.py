"""The spaces reader (cells separated by runs of spaces, as PDF-to-text tools print them).

The inputs are the bundled fictional sample with its tabs turned into runs of spaces,
then damaged the way such text comes: a count word after every count (``11件``), a tab
left at the end of every line. Each must still be read by the spaces reader and give
the sample's values; a label cell that swallowed its numbers must not pass as blank.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import govinfo_reports as gr

TABLES = ("active_disclosure", "requests", "review_litigation")
#: Lines of tables 二 and 三 that hold counts (by their first words).
_COUNT_ROW = re.compile(r"^(规章|行政规范性文件|行政许可|行政处罚|行政强制|[一二三四]、|（|\d\.)")
#: The end of a count: digits followed by a gap or the end of the line.
_COUNT_END = re.compile(r"(?<=\d)(?=   |$)")


def spaced_sample() -> str:
    return "\n".join(re.sub(r"\t+", "   ", line).rstrip() for line in gr.sample_text().splitlines())


def with_count_words(text: str) -> str:
    return "\n".join(
        _COUNT_END.sub("件", line) if _COUNT_ROW.match(line.strip()) else line
        for line in text.splitlines()
    )


def tables(report: gr.Report) -> dict[str, Any]:
    data = gr.to_dict(report)
    return {key: data[key] for key in TABLES}


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: text, id="plain"),
        pytest.param(with_count_words, id="count-words"),
        pytest.param(lambda text: text.replace("\n", "\t\n"), id="trailing-tabs"),
        pytest.param(
            lambda text: with_count_words(text).replace("\n", "\t\n"), id="count-words+tabs"
        ),
    ],
)
def test_spaced_text_is_read_by_the_spaces_reader(damage: Any) -> None:
    expected = tables(gr.parse(gr.sample_text()))
    report = gr.parse(damage(spaced_sample()))
    assert report.source.reader == "spaces"
    assert tables(report) == expected


def test_the_count_words_are_really_there() -> None:
    text = with_count_words(spaced_sample())
    assert "规章   0件   0件   2件" in text
    assert "一、本年新收政府信息公开申请数量   10件   1件   0件   0件   0件   1件   13件" in text


def test_a_label_cell_holding_numbers_is_not_passed_off_as_a_blank_row() -> None:
    # read line by line (the vertical reader), 规章   0件   0件   2件 is one label cell:
    # the numbers in it are not read, and the finding says so as a warning
    report = gr.parse(with_count_words(spaced_sample()), reader="vertical")
    findings = [f for f in report.findings if f.path == "active_disclosure.regulations"]
    assert [(f.code, f.severity) for f in findings] == [("unreadable_cell", "warning")]
    assert "'规章   0件   0件   2件'" in findings[0].message
    assert gr.to_dict(report)["active_disclosure"]["regulations"] == {
        "issued": None,
        "repealed": None,
        "in_force": None,
    }


def test_a_blank_row_whose_label_holds_only_its_numbering_stays_an_info() -> None:
    # 1. 属于国家秘密 printed with no values: its numbering is not a swallowed value
    text = gr.sample_text().replace(
        "1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0", "1. 属于国家秘密\t\t\t\t\t\t\t"
    )
    assert text != gr.sample_text()
    report = gr.parse(text)
    findings = [f for f in report.findings if f.path == "requests.results.withheld.state_secret"]
    assert [(f.code, f.severity) for f in findings] == [("row_width", "info")]

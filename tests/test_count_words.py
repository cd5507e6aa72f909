"""Counts printed with their counted word in brackets or as a compound word, and a
change printed as ±0 (fictional cells, then a fictional report in tab text).

``5（件）`` prints the counted word as a header prints a unit; ``3件次`` and ``2人次``
count items or people times; ``±0`` is "no change". Each is the count as printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr
from govinfo_reports.cells import Kind, read_value

FIXTURE = Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt"


@pytest.mark.parametrize(
    ("text", "number"),
    [("5（件）", 5), ("5(件)", 5), ("0 （条）", 0), ("3件次", 3), ("2人次", 2), ("12（件次）", 12)],
)
def test_a_count_with_its_word_in_brackets_or_compound_is_the_count(text: str, number: int) -> None:
    value = read_value(text)
    assert (value.kind, value.number) == (Kind.NUMBER, number)


@pytest.mark.parametrize("text", ["±0", "± 0", "±０"])
def test_plus_minus_zero_is_no_change(text: str) -> None:
    value = read_value(text)
    assert (value.kind, value.number) == (Kind.NUMBER, 0)


@pytest.mark.parametrize("text", ["5（件", "5件）", "(件)5", "5（元件）", "±5", "3人", "5（人）次"])
def test_other_spellings_stay_unreadable(text: str) -> None:
    assert read_value(text).kind is Kind.TEXT


def test_a_report_printing_counts_so_reads_them() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    row = "行政许可\t212\t+8\t1530"
    assert row in text
    report = gr.parse(text.replace(row, "行政许可\t212（件）\t±0\t1530件次"))
    licensing = gr.to_dict(report)["active_disclosure"]["administrative_licensing"]
    assert licensing == {"previous_count": 212, "change": 0, "decisions": 1530}
    assert not [f for f in report.findings if f.severity != "info"]

"""Page-text damage found by a robustness hunt: each test is a fictional reproducer of a
misreading the text readers made, kept so it stays fixed.

The inputs are the bundled fictional sample printed the way real sites print page text
(runs of spaces as PDF-to-text tools print them, one cell per line, ...), then damaged
the way real pages are.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr

TABLES = ("active_disclosure", "requests", "review_litigation")
FIXTURE_2019 = Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt"


def spaced_sample() -> str:
    """The sample with its tabs as runs of spaces (the spaces reader's layout)."""
    return "\n".join(re.sub(r"\t+", "   ", line).rstrip() for line in gr.sample_text().splitlines())


def tables(report: gr.Report) -> dict[str, Any]:
    data = gr.to_dict(report)
    return {key: data[key] for key in TABLES}


def insert_after(text: str, start: str, new_line: str) -> str:
    """``text`` with ``new_line`` after the first line starting with ``start``."""
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.lstrip().startswith(start))
    return "\n".join([*lines[: index + 1], new_line, *lines[index + 1 :]]) + "\n"


@pytest.mark.parametrize("mark", ["— 2 —", "- 3 -", "– 14 –", "－ ５ －", "—— 7 ——"])
@pytest.mark.parametrize("after", ["规章", "一、本年新收", "2. 重复申请", "（七）总计"])
def test_a_page_number_between_dashes_is_not_read_as_values(mark: str, after: str) -> None:
    # PDF text of an official document prints its page numbers as — 2 — (GB/T 9704): a
    # page break inside a table puts that line among the rows. It is not a row of
    # three cells (blank, 2, blank) to add to the row before it.
    expected = tables(gr.parse(gr.sample_text()))
    text = insert_after(spaced_sample(), after, " " * 30 + mark)
    report = gr.parse(text)
    assert report.source.reader == "spaces"
    assert tables(report) == expected
    assert _warnings(report) == _warnings(gr.parse(spaced_sample()))


def _warnings(report: gr.Report) -> list[tuple[str, str | None]]:
    return [(f.code, f.path) for f in report.findings if f.severity != "info"]


def test_dashes_standing_apart_from_a_count_are_still_a_rows_blank_cells() -> None:
    # -      1      - : a blank, a count and a blank, their cells as far apart as a
    # table's (the label 规章 on the line before); only dashes close to the number are a
    # page number
    with open(FIXTURE_2019, encoding="utf-8") as file:
        spaced = "\n".join(
            re.sub(r"\t+", "   ", line).rstrip() for line in file.read().splitlines()
        )
    text = spaced.replace("规章   0   0   1\n", "规章\n-      1      -\n")
    assert text != spaced
    report = gr.parse(text)
    assert report.source.reader == "spaces"
    assert gr.to_dict(report)["active_disclosure"]["regulations"] == {
        "new_made": None,
        "new_published": 1,
        "total_published": None,
    }

"""Damage found by the tenth robustness hunt (eighth session, one-cell-per-line and
blank-line-separated layouts): each test is a fictional reproducer (the bundled sample
report, or made-up numbers) of a misreading, kept so it stays fixed."""

from __future__ import annotations

from pathlib import Path

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


# --- 2. a cell a paragraph, a blank cell printed as one more empty line ---------------


def _paragraphs(text: str, empty: int = 1) -> str:
    """A text printed one cell per line (``vertical``) as a page printing a cell a
    paragraph prints it: each cell, then ``empty`` empty lines; a blank cell (``/``) an
    empty line of its own, so only the count of empty lines shows it."""
    out: list[str] = []
    for line in text.split("\n"):
        cell = line.strip()
        if not cell:
            continue  # (the row ends: nothing marks them)
        out += [""] if cell == "/" else [cell, *[""] * empty]
    return "\n".join(out)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (["10", "/", "/", "/", "/", "/", "13"], [10, None, None, None, None, None, 13]),
        (["/", "1", "0", "/", "0", "1", "13"], [None, 1, 0, None, 0, 1, 13]),
        (["/", "/", "/", "/", "/", "/", "13"], [None, None, None, None, None, None, 13]),
    ],
)
def test_blank_cells_printed_as_empty_paragraphs_keep_their_columns(
    printed: list[str], expected: list[int | None]
) -> None:
    # Each cell a paragraph (the cell, an empty line): a blank cell is one more empty
    # line, which the reader takes for a separator. The row came out short and was left
    # blank (row_width), its printed values lost.
    label = "\t一、本年新收政府信息公开申请数量"
    text = _paragraphs(_vertical_with_row(label, printed))
    report = gr.parse(text)
    row = gr.to_dict(report)["requests"]["new_received"]
    assert list(row.values()) == expected
    (finding,) = [f for f in report.findings if f.code == "row_width"]
    assert finding.severity == "warning"
    assert "empty lines too many" in finding.message


def test_a_label_over_two_paragraph_lines_before_blank_cells_keeps_their_columns() -> None:
    # The label's second line is no empty line too many: the blanks stay where printed.
    label = "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    printed = ["/", "3", "/", "2", "0", "1", "6"]
    text = _paragraphs(_vertical_with_row(label, printed))
    text = text.replace("（二）部分公开（", "（二）部分公开\n（", 1)
    report = gr.parse(text)
    row = gr.to_dict(report)["requests"]["results"]["partially_granted"]
    assert list(row.values()) == [None, 3, None, 2, 0, 1, 6]


# --- 3. a change printed as 增长5, no change as 未变化 ------------------------------------

_TAB_2019 = Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt"


def _licensing_change(printed: str) -> str:
    """The fictional template-2019 report, one cell per line (``cell |``), with
    行政许可's 本年增/减 cell printing ``printed``."""
    text = render(gr.parse(_TAB_2019.read_text(encoding="utf-8")), "pipe-cells")
    start = text.index("行政许可 |\n")
    cells = text[start:].split("\n", 4)
    assert cells[2] == "+8 |"
    cells[2] = printed
    return text[:start] + "\n".join(cells)


@pytest.mark.parametrize(
    ("printed", "change"),
    [
        ("增长8 |", 8),
        ("增长 8 |", 8),
        ("增长8项 |", 8),
        ("增长\n8 |", 8),
        ("未变化 |", 0),
    ],
)
def test_a_change_printed_with_zengzhang_or_weibianhua_is_read(printed: str, change: int) -> None:
    # 增长 (grew) was no change word and 未变化 (unchanged) no no-change word: the first
    # was an unreadable cell, the second taken for page text, the row a cell short and
    # left blank (row_width).
    report = gr.parse(_licensing_change(printed))
    row = gr.to_dict(report)["active_disclosure"]["administrative_licensing"]
    assert row["change"] == change
    assert row["previous_count"] is not None and row["decisions"] is not None
    assert not [f for f in report.findings if f.severity != "info"]


def test_blank_cells_are_not_read_from_empty_lines_where_cells_are_further_apart() -> None:
    # Cells two empty lines apart: an empty line too many is no blank cell there. The
    # fee row's last cell printed blank put its first value in the second column.
    text = render(gr.parse(_TAB_2019.read_text(encoding="utf-8")), "vertical")
    start = text.index("\t行政事业性收费\n")
    end = text.index("\n\n", start)
    text = text[:start] + "\t行政事业性收费\n\t35\n\t/" + text[end:]
    report = gr.parse(_paragraphs(text, empty=2))
    row = gr.to_dict(report)["active_disclosure"]["administrative_fees"]
    assert row["change"] is None
    assert any(f.code == "row_width" for f in report.findings)

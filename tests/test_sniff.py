"""The text readers' sniffers: shortcuts give the score the full count gives.

The vertical reader stops counting once the lines seen decide the score (a table of tab
rows is not a cell a line), and counts a text without pipes in C; the pipe reader tells
a line with text besides its pipes by stripping, not by copying the line without them.
The references below count every line as the scoring rules in the readers' docstrings
say; hypothesis draws texts mixing every kind of line those rules tell apart.
"""

from __future__ import annotations

import sys

from hypothesis import example, given
from hypothesis import strategies as st

from govinfo_reports.readers.base import BLANK_CHARS, SPACE_CHARS
from govinfo_reports.readers.pipe import PipeReader
from govinfo_reports.readers.vertical import VerticalReader

#: Lines of every kind the two sniffers count: tab and pipe rows, bare numbers (with
#: NBSP or a pipe), words, blanks, pipes alone, space-separated rows (with count words).
_LINES = st.sampled_from(
    [
        "规章\t1\t2\t3",
        "\t缩进的单元格",
        "| 行政许可 | 12 | 3 |",
        "12",
        "\u00a03 |",
        "|",
        "||",
        "",
        "   ",
        "本年新收政府信息公开申请数量",
        "规章    11件    14件",
        "1. 属于国家秘密  0  0  0  0  0  0  0",
        "采购   3   74.45万元",
        "结果维持",
        "a 1 2",
        "第二十条第（一）项",
    ]
)
_TEXTS = st.lists(_LINES, max_size=80).map("\n".join)


def _vertical_counted(text: str) -> float:
    # the scoring rule, counted line kind by line kind
    inners = [line.strip().strip("|") for line in text.split("\n")]
    content = [inner for inner in inners if inner]
    multi = [inner for inner in content if "\t" in inner or "|" in inner.strip()]
    single = [inner for inner in content if inner not in multi]
    numeric = [inner for inner in single if inner.strip("\u00a0 |").isdigit()]
    if len(content) < 10:
        return 0.0
    if len(multi) > len(content) / 4:
        return 0.1
    return min(1.0, 0.3 + len(numeric) / len(content) * 2)


@given(_TEXTS)
# at the edges of the early exit: multi-cell lines exactly a quarter of the lines, first
@example("\n".join(["规章\t1\t2\t3"] * 10 + ["12"] * 30))
@example("\n".join(["规章\t1\t2\t3"] * 11 + ["12"] * 30))
@example("\n".join(["规章\t1\t2\t3"] * 9 + ["12"] * 20))
def test_the_vertical_sniff_scores_as_the_full_count(text: str) -> None:
    assert VerticalReader().sniff(text) == _vertical_counted(text)


@given(_TEXTS.filter(lambda text: "|" not in text))
def test_the_vertical_sniff_of_a_text_without_pipes_scores_as_the_full_count(text: str) -> None:
    # (such a text is counted in C, without the loop)
    assert VerticalReader().sniff(text) == _vertical_counted(text)


def test_space_chars_are_what_strip_removes() -> None:
    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(SPACE_CHARS) == every
    assert set(BLANK_CHARS) == every | {"\u200b", "\ufeff"}


_PIPE_LINES = st.lists(
    st.sampled_from(["| 规章 | 1 |", "规章 |", "|", "||", "| |", "|\u200b|", "|\u3000|", "3", ""]),
    max_size=40,
).map("\n".join)


def _pipe_counted(text: str) -> float:
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    with_text = sum(1 for line in lines if "|" in line and line.replace("|", "").strip())
    if with_text < 3:
        return 0.0
    return min(1.0, 0.55 + with_text / max(len(lines), 1))


@given(_PIPE_LINES)
def test_the_pipe_sniff_counts_lines_with_text_besides_pipes(text: str) -> None:
    assert PipeReader().sniff(text) == _pipe_counted(text)

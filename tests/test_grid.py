"""The reader-facing structures (Cell, Row) and the bounded memos behind cell reading."""

from __future__ import annotations

import pickle
import sys

import attrs
import pytest

from govinfo_reports import Cell, Row
from govinfo_reports import cells as cells_module
from govinfo_reports.cells import Kind, memo_label, memo_value, normalize_label, read_value
from govinfo_reports.model import APPLICANT_COLUMNS, ApplicantCounts
from govinfo_reports.readers import pipe as pipe_module
from govinfo_reports.readers import tab as tab_module
from govinfo_reports.readers import vertical as vertical_module
from govinfo_reports.readers.base import is_blank
from govinfo_reports.readers.pipe import PipeReader
from govinfo_reports.readers.tab import TabReader
from govinfo_reports.readers.vertical import VerticalReader


def test_a_row_of_texts_is_the_row_of_its_cells() -> None:
    fast = Row.of_texts(("规章", "3", ""), 12)
    slow = Row((Cell("规章", 12, 0), Cell("3", 12, 1), Cell("", 12, 2)))
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert fast.cells == slow.cells == (Cell("规章", 12, 0), Cell("3", 12, 1), Cell("", 12, 2))
    assert fast.texts == slow.texts == ("规章", "3", "")
    assert fast.lines == slow.lines == (12, 12, 12)
    assert fast.columns == slow.columns == (0, 1, 2)
    assert fast.line == 12
    assert not fast.aligned


def test_a_row_keeps_each_cells_own_line_and_column() -> None:
    row = Row((Cell("行政许可", 7, 0), Cell("5", 8, 2)), aligned=True)
    assert row.lines == (7, 8)
    assert row.columns == (0, 2)
    assert [row.line_of(0), row.line_of(1)] == [7, 8]
    assert [row.column_of(0), row.column_of(1)] == [0, 2]
    assert row != Row((Cell("行政许可", 7, 0), Cell("5", 8, 2)))  # aligned differs
    assert row.aligned


def test_a_row_of_columns_is_the_row_of_its_cells() -> None:
    parts = (("行政许可", "", "5"), (7, 7, 8), (0, 1, 3))
    fast = Row.of_columns(*parts, aligned=True)
    slow = Row(tuple(map(Cell, *parts)), aligned=True)
    assert fast.lines == slow.lines == (7, 7, 8)
    assert fast.columns == slow.columns == (0, 1, 3)
    assert [fast.column_of(i) for i in range(3)] == [0, 1, 3]
    assert [fast.line_of(i) for i in range(3)] == [7, 7, 8]
    assert fast == slow and hash(fast) == hash(slow)
    assert fast.cells == (Cell("行政许可", 7, 0), Cell("", 7, 1), Cell("5", 8, 3))
    assert pickle.loads(pickle.dumps(fast)) == slow
    # one line, columns 0, 1, …: the same as a row of texts
    assert Row.of_columns(("a", "b"), (4, 4), (0, 1)) == Row.of_texts(("a", "b"), 4)
    assert Row.of_columns((), (), ()) == Row(())


def test_a_row_of_columns_needs_one_entry_per_cell() -> None:
    with pytest.raises(ValueError, match="one entry per cell"):
        Row.of_columns(("a", "b"), (1,), (0, 1))


def test_rows_survive_pickling_and_show_their_cells() -> None:
    row = Row.of_texts(("其他", "1"), 3, aligned=True)
    assert pickle.loads(pickle.dumps(row)) == row
    assert repr(row) == (
        "Row(cells=(Cell(text='其他', line=3, column=0), Cell(text='1', line=3, column=1)), "
        "aligned=True)"
    )


def test_an_empty_row_has_no_cells_and_line_zero() -> None:
    row = Row(())
    assert row.cells == () and row.texts == () and row.line == 0


def test_is_blank_knows_every_white_space_character() -> None:
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert all(is_blank(c) for c in spaces)
    assert is_blank("\u200b\ufeff \u3000\xa0")
    assert not is_blank("\u200b0")
    assert not is_blank("-")


def test_short_cell_texts_are_memoised_and_long_ones_are_not_kept() -> None:
    short = "本年新收政府信息公开申请数量"
    assert normalize_label(short) == memo_label(short)
    assert read_value("37") is memo_value("37")
    prose = "本机关" * 30  # longer than MEMO_MAX_CHARS
    assert len(prose) > cells_module.MEMO_MAX_CHARS
    assert read_value(prose).kind is Kind.TEXT
    assert normalize_label(prose) == prose
    assert memo_value(prose) is None and memo_label(prose) is None


def test_a_full_memo_is_emptied_not_grown() -> None:
    for number in range(cells_module.MEMO_MAX_ENTRIES + 10):
        read_value(str(number))
    assert len(cells_module._VALUES) <= cells_module.MEMO_MAX_ENTRIES
    assert read_value("12345").number == 12345


def test_applicant_counts_fields_are_the_applicant_columns_in_order() -> None:
    # the mapping builds ApplicantCounts positionally from values in this order
    assert tuple(f.name for f in attrs.fields(ApplicantCounts)) == APPLICANT_COLUMNS


@pytest.mark.parametrize(
    ("reader", "memo", "short", "cells"),
    [
        (
            TabReader(),
            tab_module._LINE_CELLS,
            "规章\t0\t0\t2",
            ("规章", "0", "0", "2"),
        ),
        (PipeReader(), pipe_module._LINE_CELLS, "0 |", ("0",)),
        (VerticalReader(), vertical_module._LINE_CELLS, "\u00a012\u00a0", ("12",)),
    ],
)
def test_text_readers_share_the_cells_of_a_recurring_short_line(
    reader: TabReader | PipeReader | VerticalReader,
    memo: dict[str, tuple[str, ...]],
    short: str,
    cells: tuple[str, ...],
) -> None:
    # rows of one short line share one tuple of texts (memoised per line, as cell reads
    # are); a long line (a paragraph) is read each time and not kept
    prose = "本机关全年主动公开政府信息" * 8
    rows = reader.read("\n".join([short, prose, short, "", short])).grid.rows
    assert [row.texts for row in rows] == [cells, (prose,), cells, cells]
    assert [row.line for row in rows] == [1, 2, 3, 5]
    assert rows[0].texts is rows[2].texts is rows[3].texts
    assert memo[short] == cells and prose not in memo
    for number in range(cells_module.LINE_MEMO_ENTRIES + 10):
        reader.read(f"{number}{short}")
    assert len(memo) <= cells_module.LINE_MEMO_ENTRIES

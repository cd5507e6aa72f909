"""A column some local templates print in table 三 after 总计 (a 备注).

The rule: the header says the table has a column after the template's; a row printing
a value there is read as printed and the value is not read into the report but named in
a ``row_width`` finding at ``requests``. Text layouts drop an empty cell at either end
of a row, so a row one value short may lack its first cell (自然人 blank) or its last
(the extra column): the row's arithmetic decides where it can (the first cell blank is
said in a ``row_width`` warning), else a row of a table whose rows mostly fill the extra
column gets a ``row_width`` warning and the columns in doubt are left blank. Never does
a value move into another column silently.

Reports are fictional: the bundled sample and generated ones (tests/strategies.py).
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports.render import available_layouts, format_document
from govinfo_reports.render.build import build_document
from noise import extra_column, permute_requests, subtotal_column
from strategies import reports, request_paths, request_rows

LAYOUTS = available_layouts()
#: Layouts that drop an empty cell at either end of a row: none since hunt26 (a markdown
#: table prints every row with the table's number of cells, the pipe layout every row
#: with as many cells after its labels, and the pipe reader reads such a run of rows by
#: position, as the HTML reader reads a table; tab text prints every row as wide as the
#: table, and a row found a value short is read by position where the rows around it
#: print a value in its empty end cell's column). A copy dropping the empty cell is made
#: by :func:`_dropped` below.
DROPPING: tuple[str, ...] = ()


def _sample() -> gr.Report:
    return gr.parse(gr.sample_text())


def _paths(report: gr.Report) -> list[str]:
    return ["requests." + ".".join(path) for path in request_paths(report.template or "2021")]


def _with_column(report: gr.Report, layout: str, texts: dict[str, str], empty: set[str]) -> str:
    document = extra_column(build_document(report), "备注", texts, frozenset(empty))
    return format_document(document, layout)


def _row_findings(report: gr.Report, path: str) -> list[gr.Finding]:
    return [f for f in report.findings if f.code == "row_width" and f.path == path]


def _new_findings(parsed: gr.Report, original: gr.Report) -> list[gr.Finding]:
    before = {(f.code, f.path, f.message) for f in original.findings}
    return [f for f in parsed.findings if (f.code, f.path, f.message) not in before]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_counts_in_an_extra_column_and_a_blank_first_cell(layout: str) -> None:
    # every row prints 2 in 备注; 予以公开's 自然人 (6) prints as an empty cell, which the
    # text layouts drop: read as printed, its 7 must not become 其他 and 2 its 总计
    sample = _sample()
    granted = "requests.results.granted"
    text = _with_column(sample, layout, dict.fromkeys(_paths(sample), "2"), {granted})
    parsed = gr.parse(text)
    expected = request_rows(gr.to_dict(sample))
    expected[granted] = {**expected[granted], "natural_person": None}
    assert request_rows(gr.to_dict(parsed)) == expected
    [column] = _row_findings(parsed, "requests")
    assert column.severity == "info"
    assert "备注" in column.message and "results.granted '2'" in column.message
    shifted = _row_findings(parsed, granted)
    if layout in DROPPING:
        [finding] = shifted
        assert finding.severity == "warning"
        assert "first" in finding.message and "read one column to the right" in finding.message
    else:  # the empty cell keeps its place
        assert shifted == []
    others = [f for f in _new_findings(parsed, sample) if f not in (column, *shifted)]
    assert others == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_empty_extra_column_changes_nothing(layout: str) -> None:
    # 备注 printed in the header only; 予以公开's 自然人 empty too: the empty cell keeps
    # its place in every layout (tab text too: a row found short, as wide as the rows
    # around it, is read by position)
    sample = _sample()
    granted = "requests.results.granted"
    parsed = gr.parse(_with_column(sample, layout, {}, {granted}))
    expected = request_rows(gr.to_dict(sample))
    read = request_rows(gr.to_dict(parsed))
    assert _row_findings(parsed, "requests") == []
    if layout in DROPPING:
        del expected[granted], read[granted]
        assert _row_findings(parsed, granted)
    else:
        expected[granted] = {**expected[granted], "natural_person": None}
        assert _new_findings(parsed, sample) == []
    assert read == expected
    assert parsed.review_litigation == sample.review_litigation


@pytest.mark.parametrize("layout", ["tab", "markdown", "html"])
def test_an_extra_column_after_a_subtotal_and_swapped_organisations(layout: str) -> None:
    sample = _sample()
    granted = "requests.results.granted"
    document = permute_requests(build_document(sample), (0, 1, 2), (1, 0, 2, 3, 4))
    document = subtotal_column(document, random.Random(0), layout)
    texts = dict.fromkeys(_paths(sample), "2")
    document = extra_column(document, "备注", texts, frozenset({granted}))
    parsed = gr.parse(format_document(document, layout))
    expected = request_rows(gr.to_dict(sample))
    expected[granted] = {**expected[granted], "natural_person": None}
    assert request_rows(gr.to_dict(parsed)) == expected
    codes = {(f.code, f.path) for f in _new_findings(parsed, sample)}
    assert {("column_order", "requests"), ("row_width", "requests")} <= codes
    assert not {code for code, _ in codes} - {"column_order", "row_width"}


def test_an_extra_value_that_is_the_rows_sum_is_a_warning() -> None:
    # the sample's 本年新收 prints 总计 13 for six columns summing to 12; 备注 holds 12
    sample = _sample()
    texts = dict.fromkeys(_paths(sample), "0") | {"requests.new_received": "12"}
    parsed = gr.parse(_with_column(sample, "tab", texts, set()))
    assert request_rows(gr.to_dict(parsed)) == request_rows(gr.to_dict(sample))
    [column] = _row_findings(parsed, "requests")
    assert column.severity == "warning"
    assert "In requests.new_received the 备注 value, not 总计's" in column.message


@pytest.mark.parametrize("layout", ["tab", "pipe", "html"])
def test_text_in_the_extra_column_is_a_remark(layout: str) -> None:
    sample = _sample()
    granted = "requests.results.granted"
    texts = {"requests.new_received": "已办结", granted: "含转办"}
    parsed = gr.parse(_with_column(sample, layout, texts, {granted}))
    expected = request_rows(gr.to_dict(sample))
    expected[granted] = {**expected[granted], "natural_person": None}
    assert request_rows(gr.to_dict(parsed)) == expected
    assert not [f for f in parsed.findings if f.code == "unreadable_cell"]
    [column] = _row_findings(parsed, "requests")
    assert "new_received '已办结'" in column.message
    assert "results.granted '含转办'" in column.message


def _dropped(text: str, label: str) -> str:
    """Tab ``text`` with the empty cell after the row label ``label`` left out (a copy
    printing a row without its empty first cell: the row a cell narrower than the
    others)."""
    return text.replace(f"{label}\t\t", f"{label}\t", 1)


def test_a_row_the_arithmetic_cannot_place_is_left_in_doubt() -> None:
    # 属于国家秘密 prints 0 in every cell and in 备注, its 自然人 empty and left out of
    # its tab row: seven 0s for eight columns hold the row's arithmetic either way
    sample = _sample()
    secret = "requests.results.withheld.state_secret"
    texts = dict.fromkeys(_paths(sample), "1")
    texts[secret] = "0"
    text = _dropped(_with_column(sample, "tab", texts, {secret}), "1.属于国家秘密")
    parsed = gr.parse(text)
    read = request_rows(gr.to_dict(parsed))[secret]
    assert read["natural_person"] is None
    assert {k: v for k, v in read.items() if k != "natural_person"} == dict.fromkeys(
        list(read)[1:], 0
    )
    [finding] = _row_findings(parsed, secret)
    assert finding.severity == "warning" and "either way" in finding.message


# --- the property ---------------------------------------------------------------------


@st.composite
def _columns(draw: Any, report: gr.Report) -> tuple[dict[str, str], set[str]]:
    """The extra column's texts (every row a count, none, or some rows) and the rows
    whose 自然人 prints empty. The empty first cells stand on rows without a value in
    the column where only some rows fill it, and on fewer rows than fill it where all
    do: the parser reads a row one value short by the table's other rows (see
    ``_read_with_extra``), and a table filling the column on a few rows, all of them
    with an empty first cell, is one it cannot tell from a table with an empty column."""
    paths = _paths(report)
    mode = draw(st.sampled_from(["all", "none", "some"]))
    count = st.integers(0, 30).map(str)
    if mode == "all":
        texts = {path: draw(count) for path in paths}
        empty = draw(st.sets(st.sampled_from(paths), max_size=len(paths) // 3))
    elif mode == "none":
        texts = {}
        empty = draw(st.sets(st.sampled_from(paths)))
    else:
        texts = {path: draw(count) for path in draw(st.sets(st.sampled_from(paths)))}
        rest = [path for path in paths if path not in texts]
        empty = draw(st.sets(st.sampled_from(rest))) if rest else set()
    return texts, empty


@given(data=st.data())
def test_no_value_moves_silently(data: st.DataObject) -> None:
    report = data.draw(reports(consistent=True).filter(lambda r: r.requests is not None))
    layout = data.draw(st.sampled_from(LAYOUTS))
    texts, empty = data.draw(_columns(report))
    text = _with_column(report, layout, texts, empty)
    note(f"layout {layout}; text:\n{text}")
    parsed = gr.parse(text)
    note(f"findings: {[f.message for f in parsed.findings]}")
    expected = request_rows(gr.to_dict(report))
    for path in empty:
        expected[path] = {**expected[path], "natural_person": None}
    read = request_rows(gr.to_dict(parsed))
    for path, row in expected.items():
        if read[path] != row:
            assert _row_findings(parsed, path), path
    printed = {path: value for path, value in texts.items() if value}
    column = _row_findings(parsed, "requests")
    for path, value in printed.items():
        named = f"{path.removeprefix('requests.')} '{value}'"
        assert any(named in f.message for f in column) or _row_findings(parsed, path), path
    if not printed:
        assert column == []
    assert parsed.active_disclosure == report.active_disclosure
    assert parsed.review_litigation == report.review_litigation


# --- table 四 with a 备注 column after its fifteen --------------------------------------------

_FOUR_VALUES = ["2", "1", "0", "1", "4", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"]


def _four_with_remark(layout: str, cells: list[str]) -> str:
    """The sample with 备注 at the right of table 四's header and ``cells`` as its row."""
    text = gr.render(gr.parse(gr.sample_text()), layout)
    if layout == "tab":
        header, row = "行政诉讼\t\t\t\t\t\t\t\t\t\n", "\t".join(_FOUR_VALUES) + "\n"
        new_header, new_row = header[:-1] + "\t备注\n", "\t".join(cells) + "\n"
    elif layout == "pipe":
        header, row = "行政复议 | 行政诉讼 |\n", " | ".join(_FOUR_VALUES) + " |\n"
        new_header, new_row = "行政复议 | 行政诉讼 | 备注 |\n", " | ".join(cells) + " |\n"
    elif layout == "vertical":
        header, row = "\t行政复议\n\t行政诉讼\n", "".join(f"\t{v}\n" for v in _FOUR_VALUES)
        new_header, new_row = header + "\t备注\n", "".join(f"\t{v}\n" for v in cells)
    else:
        header = '<td colspan="10">行政诉讼</td></tr>'
        row = "".join(f"<td>{v}</td>" for v in _FOUR_VALUES) + "</tr>"
        new_header = '<td colspan="10">行政诉讼</td><td rowspan="3">备注</td></tr>'
        new_row = "".join(f"<td>{v}</td>" for v in cells) + "</tr>"
    assert text.count(header) == 1 and row in text, layout
    head, _, tail = text.rpartition(row)  # (table 四 is the last table)
    return head.replace(header, new_header) + new_row + tail


def _review(report: gr.Report) -> list[list[int | None]]:
    groups = gr.to_dict(report)["review_litigation"]
    return [list(group.values()) for group in groups.values()]


_PUBLISHED_FOUR = [[2, 1, 0, 1, 4], [1, 0, 0, 0, 1], [0, 0, 0, 0, 0]]


@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical", "html"])
def test_table_four_remark_value_is_named_not_read(layout: str) -> None:
    # Before, a 16th value made the row too wide (left blank, row_width) or, with the
    # first cell blank, moved every value one place silently.
    report = gr.parse(_four_with_remark(layout, [*_FOUR_VALUES, "3"]))
    assert _review(report) == _PUBLISHED_FOUR
    [named] = [f for f in report.findings if f.path == "review_litigation"]
    assert named.code == "row_width" and named.severity == "info" and "'3'" in named.message


@pytest.mark.parametrize("layout", ["tab", "pipe"])
def test_table_four_first_cell_blank_with_a_remark_is_placed_by_the_arithmetic(
    layout: str,
) -> None:
    # 行政复议's 维持 blank (the layout drops the empty cell) and 备注 3: fifteen values.
    # Read as printed, 行政复议 would be 1+0+1+4 ≠ 1; one column to the right it holds.
    report = gr.parse(_four_with_remark(layout, ["", *_FOUR_VALUES[1:], "3"]))
    assert _review(report) == [[None, 1, 0, 1, 4], [1, 0, 0, 0, 1], [0, 0, 0, 0, 0]]
    found = {(f.code, f.severity) for f in report.findings if f.path == "review_litigation"}
    assert found == {("row_width", "warning"), ("row_width", "info")}


@pytest.mark.parametrize("layout", ["tab", "pipe"])
def test_table_four_with_an_empty_remark_is_read_as_printed(layout: str) -> None:
    report = gr.parse(_four_with_remark(layout, [*_FOUR_VALUES, ""]))
    assert _review(report) == _PUBLISHED_FOUR
    assert not [f for f in report.findings if f.path == "review_litigation"]


def test_table_four_row_one_short_that_fits_both_ways_is_left_blank() -> None:
    # all zeros: the arithmetic holds whichever end lost its cell
    report = gr.parse(_four_with_remark("tab", ["", *["0"] * 14, "0"]))
    assert _review(report) == [[None] * 5] * 3
    [warned] = [f for f in report.findings if f.path == "review_litigation"]
    assert warned.code == "row_width" and warned.severity == "warning"

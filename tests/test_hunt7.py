"""Text-layout damage found by the seventh robustness hunt (fifth session): each test is
a fictional reproducer (the bundled sample report, or made-up numbers) of a misreading,
kept so it stays fixed; the damaged real cases are read at test time and skipped when
``shared/`` is absent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr
from govinfo_reports.render import render
from govinfo_reports.sample import sample_text

_TABLES = ("active_disclosure", "requests", "review_litigation")


def _sample(layout: str) -> str:
    """The bundled (fictional) sample report printed in ``layout``."""
    return render(gr.parse(sample_text()), layout)


def _tables(text: str) -> dict[str, Any]:
    data = gr.to_dict(gr.parse(text))
    return {key: data[key] for key in _TABLES}


# --- a table whose delimiter changes part-way -------------------------------------------


def _every_other_row(text: str, old: str, new: str) -> str:
    """Every second line holding ``old`` printed with ``new`` between its cells."""
    lines = text.split("\n")
    for at in range(1, len(lines), 2):
        if old in lines[at]:
            lines[at] = new.join(cell.strip() for cell in lines[at].split(old))
    return "\n".join(lines)


@pytest.mark.parametrize(("layout", "old", "new"), [("tab", "\t", " | "), ("pipe", "|", "\t")])
def test_rows_in_the_other_delimiter_are_split(layout: str, old: str, new: str) -> None:
    # a table copied in two goes (part from a page, part from a document), so half its
    # rows are tab-delimited and half pipe-delimited: the reader chosen read each row in
    # the other delimiter as one cell, the numbers were part of the row label and every
    # such row came back blank (unreadable_cell on each)
    text = _sample(layout)
    mixed = _every_other_row(text, old, new)
    assert mixed != text
    report = gr.parse(mixed)
    assert _tables(mixed) == _tables(text)
    assert not [f for f in report.findings if f.code in ("unreadable_cell", "row_width")]


# --- a row printed again by a page break --------------------------------------------------


def _row_repeated(text: str, line: str, between: str = "") -> str:
    """``text`` with its line ``line`` printed again after it (and ``between``)."""
    assert text.count(line + "\n") == 1
    return text.replace(line + "\n", line + "\n" + between + line + "\n")


_TAB_ROWS = [
    "规章\t0\t0\t2",
    "行政许可\t1204\t\t",
    "二、上年结转政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t0\t1",
    "\t\t3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0",
]
_LAST_ROW = "四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1"


def _repeated_findings(report: gr.Report) -> list[Any]:
    return [f for f in report.findings if f.code == "row_width" and "printed again" in f.message]


@pytest.mark.parametrize("line", _TAB_ROWS)
@pytest.mark.parametrize("between", ["", "- 2 -\n", "第2页 共5页\n信息内容\t本年制发件数\n"])
def test_a_row_printed_again_with_the_same_values_is_read_once(line: str, between: str) -> None:
    # a PDF page break repeats the last row of a page atop the next (with the page's
    # number or the table's header between): the row held twice its values and was
    # left blank (row_width warning); the table's first row, repeated so, was taken for
    # the whole table printed again and every row after it was dropped
    text = _sample("tab")
    damaged = _row_repeated(text, line, between)
    report = gr.parse(damaged)
    assert _tables(damaged) == _tables(text)
    (finding,) = _repeated_findings(report)
    assert finding.severity == "info"
    assert not [f for f in report.findings if f.severity != "info"]


@pytest.mark.parametrize("between", ["", "- 2 -\n", "第2页 共5页\n信息内容\t总计\n"])
def test_table_three_s_last_row_printed_again_is_read_once(between: str) -> None:
    # (with a header between, the copy stood past the table's end: table 三 ends at the
    # first row of words after its last row's values, and the copy was dropped)
    text = _sample("tab")
    damaged = _row_repeated(text, _LAST_ROW, between)
    assert _tables(damaged) == _tables(text)
    assert len(_repeated_findings(gr.parse(damaged))) == 1


@pytest.mark.parametrize("label", ["规章", "行政许可", "二、上年结转政府信息公开申请数量"])
def test_a_row_printed_again_one_cell_per_line_is_read_once(label: str) -> None:
    text = _sample("vertical")
    start = text.index(f"\t{label}\n")
    block = text[start : text.index("\n\n", start) + 2]
    damaged = text.replace(block, block + block)
    report = gr.parse(damaged)
    assert _tables(damaged) == _tables(text)
    assert len(_repeated_findings(report)) == 1


def test_a_short_row_printed_again_is_read_once_and_repaired_as_before() -> None:
    # a row a blank cell short (a text layout dropped it), repeated: read once, then
    # repaired by its arithmetic as the row printed once is
    text = _sample("tab").replace(
        "二、上年结转政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t0\t1",
        "二、上年结转政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t1",
    )
    line = "二、上年结转政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t1"
    damaged = _row_repeated(text, line)
    assert _tables(damaged) == _tables(text)
    assert len(_repeated_findings(gr.parse(damaged))) == 1


def test_a_row_printed_again_with_other_values_is_left_blank_and_reported() -> None:
    text = _sample("tab")
    damaged = text.replace("规章\t0\t0\t2\n", "规章\t0\t0\t2\n规章\t0\t0\t3\n")
    report = gr.parse(damaged)
    regulations = gr.to_dict(report)["active_disclosure"]["regulations"]
    assert regulations == {"issued": None, "repealed": None, "in_force": None}
    assert [f.severity for f in report.findings if f.code == "row_width"] == ["warning"]


def test_a_table_printed_twice_is_still_a_copy() -> None:
    text = _sample("tab")
    start, end = text.index("第二十条第（一）项"), text.index("三、收到")
    damaged = text[:end] + text[start:end] + text[end:]
    report = gr.parse(damaged)
    assert _tables(damaged) == _tables(text)
    assert [f.code for f in report.findings if "printed again" in f.message] == ["unknown_row"]


# --- a number wrapped at a narrow cell's width ----------------------------------------------


def _spaces(text: str) -> str:
    """A tab-delimited text as PDF-to-text tools print it (cells parted by spaces)."""
    return "\n".join(
        "   ".join(cell.strip() for cell in line.split("\t") if cell.strip())
        if "\t" in line
        else line
        for line in text.split("\n")
    )


def _wrapped(layout: str, label: str, printed: str, first: str, rest: str) -> str:
    if layout == "vertical":
        text = _sample("vertical")
        old, new = f"\t{label}\n\t{printed}\n", f"\t{label}\n\t{first}\n\t{rest}\n"
    else:
        text = _sample("tab") if layout == "tab" else _spaces(_sample("tab"))
        sep = "\t" if layout == "tab" else "   "
        old, new = f"{label}{sep}{printed}", f"{label}{sep}{first}\n{rest}"
    assert text.count(old) == 1
    return text.replace(old, new)


def _repaired(report: gr.Report, path: str) -> list[Any]:
    return [f for f in report.findings if f.code == "repaired_cell" and f.path == path]


@pytest.mark.parametrize("layout", ["tab", "vertical", "spaces"])
def test_the_rest_of_a_number_wrapped_onto_the_next_line_is_joined(layout: str) -> None:
    # a narrow 收费金额 cell in a PDF wraps 12.50 as 12 / .50: the rest was text after a
    # complete row and was dropped, the fee read 12 with no finding
    report = gr.parse(_wrapped(layout, "行政事业性收费", "12.50", "12", ".50"))
    fees = gr.to_dict(report)["active_disclosure"]["administrative_fees"]
    assert fees == {"amount": {"value": "12.50", "unit": "万元"}}
    (finding,) = _repaired(report, "active_disclosure.administrative_fees")
    assert finding.severity == "warning"


@pytest.mark.parametrize("layout", ["tab", "vertical", "spaces"])
@pytest.mark.parametrize("rest", [",204", "，204"])
def test_thousands_wrapped_onto_the_next_line_are_joined(layout: str, rest: str) -> None:
    # 1,204 wrapped as 1 / ,204: read 1 with no finding
    report = gr.parse(_wrapped(layout, "行政许可", "1204", "1", rest))
    licensing = gr.to_dict(report)["active_disclosure"]["administrative_licensing"]
    assert licensing == {"decisions": 1204}
    assert len(_repaired(report, "active_disclosure.administrative_licensing")) == 1


@pytest.mark.parametrize(
    ("label", "printed", "first", "rest"),
    [
        ("行政事业性收费", "12.50", "12.", "50"),
        ("行政许可", "1204", "1,", "204"),
        ("行政许可", "1204", "1,2", "04"),
    ],
)
def test_a_number_cut_after_its_separator_is_never_read_as_its_second_piece(
    label: str, printed: str, first: str, rest: str
) -> None:
    # spaces layout: the piece left on the row's line (12., 1,) is no value, so it was
    # taken for a word of the row label and the piece on the next line (50, 204) was read
    # as the row's value with no finding; the piece is now a cell (unreadable)
    report = gr.parse(_wrapped("spaces", label, printed, first, rest))
    key = "administrative_fees" if label == "行政事业性收费" else "administrative_licensing"
    row = gr.to_dict(report)["active_disclosure"][key]
    if first == "12.":
        # (hunt28: 12. is a count with a point after it, read with a warning, and the
        # rest of the amount on the next line is joined to it, as 12 / .50 is)
        assert row == {"amount": {"value": "12.50", "unit": "万元"}}
        (finding,) = _repaired(report, f"active_disclosure.{key}")
        assert finding.severity == "warning"
        return
    assert set(row.values()) == {None}
    codes = {f.code for f in report.findings if f.path == f"active_disclosure.{key}"}
    assert "unreadable_cell" in codes


def test_a_text_after_a_row_starting_with_a_point_but_no_number_changes_nothing() -> None:
    text = _sample("tab").replace("行政许可\t1204", "行政许可\t1204\n，以上为本年数据")
    assert _tables(text) == _tables(_sample("tab"))


# --- a page's running head and its number among a row's cells, one cell per line -------------

_HEAD = "青禾县某某局2023年政府信息公开工作年度报告"


def _inside_row(label: str, after: int, inserted: list[str]) -> str:
    """The vertical sample with ``inserted`` lines after the row's ``after``-th value."""
    lines = _sample("vertical").split("\n")
    at = lines.index(f"\t{label}") + after + 1
    return "\n".join(lines[:at] + inserted + lines[at:])


@pytest.mark.parametrize(
    ("label", "after"),
    [("规章", 1), ("规章", 2), ("一、本年新收政府信息公开申请数量", 1), ("1.属于国家秘密", 4)],
)
@pytest.mark.parametrize("page", ["3", "12"])
def test_a_page_number_after_a_running_head_inside_a_row_is_not_a_cell(
    label: str, after: int, page: str
) -> None:
    # a PDF page break inside a row printed a cell per line puts the page's running head
    # and its number between the row's values: the head was skipped, the number read as
    # a cell, and the row (one value too many) left blank with a row_width warning
    damaged = _inside_row(label, after, [_HEAD, page])
    report = gr.parse(damaged)
    assert _tables(damaged) == _tables(_sample("vertical"))
    (finding,) = [f for f in report.findings if "page number" in f.message]
    assert finding.code == "row_width" and finding.severity == "warning"


def test_a_count_after_page_text_filling_the_row_is_read_with_a_warning() -> None:
    # the row has its width with the count after the running head: it is read, but it
    # may be the page's number (a blank cell not printed)
    text = _sample("vertical")
    damaged = _inside_row("规章", 1, [_HEAD])
    assert _tables(damaged) == _tables(text)
    report = gr.parse(damaged)
    (finding,) = [f for f in report.findings if "page text" in f.message]
    assert finding.severity == "warning" and finding.path == "active_disclosure.regulations"


# --- a digit misread as a Latin letter (OCR), one cell per line ------------------------------


@pytest.mark.parametrize("letter", ["l", "I", "O", "o"])
def test_a_letter_for_a_digit_keeps_its_cell_s_place(letter: str) -> None:
    # text from an OCR'd PDF prints 1 as l or I and 0 as O: the letter was taken for page
    # text (not a cell) and skipped, the row's values moved one column left and, where
    # the layout prints an empty cell after each row (a merged group cell, as seed 001
    # does), that empty cell filled the last column: 其他 read the 总计 and 总计 blank,
    # with no finding. The letter now keeps its place as an unreadable cell
    text = (
        _sample("vertical").replace("\n\n\t2.", "\n\n\t\n\t2.").replace("\n\n\t3.", "\n\n\t\n\t3.")
    )
    row = "\t1.本机关不掌握相关政府信息\n\t2\n\t0\n\t0\n\t0\n\t0\n\t1\n\t3\n"
    assert text.count(row) == 1
    damaged = text.replace(row, row.replace("\t1\n\t3\n", f"\t{letter}\n\t3\n"))
    report = gr.parse(damaged)
    not_held = gr.to_dict(report)["requests"]["results"]["unavailable"]["not_held"]
    assert not_held == {
        "natural_person": 2,
        "commercial_enterprise": 0,
        "research_institution": 0,
        "social_welfare_organization": 0,
        "legal_service_agency": 0,
        "other": None,
        "total": 3,
    }
    path = "requests.results.unavailable.not_held"
    assert [f.code for f in report.findings if f.path == path] == ["unreadable_cell"]


@pytest.mark.parametrize("word", ["不适用", "暂无数据", "*", "N/A", "（空）"])
def test_a_word_skipped_among_a_row_s_values_is_never_silent(word: str) -> None:
    # a word printed for a count that is not read as one (not 无, 6人, O): it is taken
    # for page text; in a layout printing an empty cell after each row, the row then
    # still has its width, one column off (其他 reads the 总计). Before, with no finding;
    # the count after the word now carries a warning that names the word
    text = (
        _sample("vertical").replace("\n\n\t2.", "\n\n\t\n\t2.").replace("\n\n\t3.", "\n\n\t\n\t3.")
    )
    row = "\t1.本机关不掌握相关政府信息\n\t2\n\t0\n\t0\n\t0\n\t0\n\t1\n\t3\n"
    damaged = text.replace(row, row.replace("\t1\n\t3\n", f"\t{word}\n\t3\n"))
    report = gr.parse(damaged)
    path = "requests.results.unavailable.not_held"
    found = [f for f in report.findings if f.path == path and f.severity == "warning"]
    assert found and word in found[0].message


# --- PDF text: the first value glued to the row label ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "规章   0   0   2",
        "行政规范性文件   5   1   23",
        "一、本年新收政府信息公开申请数量   10   1   0   0   0   1   13",
        "1.属于国家秘密   0   0   0   0   0   0   0",
        "1.本机关不掌握相关政府信息   2   0   0   0   0   1   3",
    ],
)
def test_a_first_value_glued_to_the_row_label_is_split_off(line: str) -> None:
    # PDF-to-text tools print a narrow gap as none (规章0   0   2): the value was read as
    # part of the label, the row came out a value short and was left blank (row_width)
    text = _spaces(_sample("tab"))
    assert text.count(line + "\n") == 1
    label, rest = line.split("   ", 1)
    damaged = text.replace(line + "\n", f"{label}{rest}\n")
    report = gr.parse(damaged)
    assert _tables(damaged) == _tables(text)
    (finding,) = [f for f in report.findings if f.code == "repaired_cell"]
    assert finding.severity == "info" and label in finding.message


def test_a_word_glued_to_a_number_among_the_values_stays_one_cell() -> None:
    text = _spaces(_sample("tab"))
    line = "一、本年新收政府信息公开申请数量   10   1   0   0   0   1   13"
    damaged = text.replace(line, line.replace("   1   13", "   约1   13"))
    report = gr.parse(damaged)
    row = gr.to_dict(report)["requests"]["new_received"]
    assert (row["other"], row["total"]) == (None, 13)
    assert [f.code for f in report.findings if f.path == "requests.new_received"] == [
        "unreadable_cell"
    ]


# --- one cell per line with an empty cell after every row: a value lost ---------------------


def _barred() -> str:
    """The sample a cell per line with a bare ``|`` after every row (real case 016's
    layout): the ``||`` fillers printed as single bars."""
    return _sample("pipe-cells").replace("\n||\n", "\n|\n")


@pytest.mark.parametrize("lost", [0, 3, 6])
def test_a_row_missing_a_value_does_not_take_the_row_bar_for_its_last_cell(lost: int) -> None:
    # a cell printed as nothing (an empty cell dropped by the extraction): the bar that
    # ends each row was read as the row's last cell, the values moved one column left and
    # 总计 read blank (其他 read the 总计), with no finding
    text = _barred()
    assert _tables(text) == _tables(_sample("pipe-cells"))
    row = "一、本年新收政府信息公开申请数量 |\n10 |\n1 |\n0 |\n0 |\n0 |\n1 |\n13 |\n|\n"
    assert text.count(row) == 1
    lines = row.split("\n")
    del lines[1 + lost]
    report = gr.parse(text.replace(row, "\n".join(lines)))
    new_received = gr.to_dict(report)["requests"]["new_received"]
    assert new_received["total"] in (13, None)
    assert new_received["other"] in (1, None)
    assert [f.code for f in report.findings if f.path == "requests.new_received"] == ["row_width"]


def test_a_barred_row_with_its_last_cell_printed_blank_is_read_as_printed() -> None:
    text = _barred()
    row = "一、本年新收政府信息公开申请数量 |\n10 |\n1 |\n0 |\n0 |\n0 |\n1 |\n13 |\n|\n"
    damaged = text.replace(row, row.replace("13 |\n|\n", "|\n|\n"))
    report = gr.parse(damaged)
    assert gr.to_dict(report)["requests"]["new_received"]["total"] is None
    assert not [f for f in report.findings if f.path == "requests.new_received"]


def test_a_value_lost_where_empty_lines_follow_some_rows_is_reported() -> None:
    # seed 001's layout: a tab-only line (the next row's merged group cell) after some
    # rows only, so it cannot be told from a blank last cell; a row whose 总计 is blank
    # only by such a line gets a warning
    text = (
        _sample("vertical").replace("\n\n\t2.", "\n\n\t\n\t2.").replace("\n\n\t3.", "\n\n\t\n\t3.")
    )
    row = "\t1.本机关不掌握相关政府信息\n\t2\n\t0\n\t0\n\t0\n\t0\n\t1\n\t3\n"
    damaged = text.replace(row, row.replace("\t0\n\t0\n\t0\n\t0\n", "\t0\n\t0\n\t0\n"))
    report = gr.parse(damaged)
    path = "requests.results.unavailable.not_held"
    assert [(f.code, f.severity) for f in report.findings if f.path == path] == [
        ("row_width", "warning")
    ]


# --- a change's word on a line of its own, one cell per line ----------------------------------

_ACTIVE_2019 = (
    "青禾县某某局2020年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
    "第二十条第（五）项\n\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n\n"
    "行政许可\n88\n{change}\n902\n\n其他对外管理服务事项\n31\n增2\n77\n\n"
)


@pytest.mark.parametrize(
    ("change", "number"), [("减\n4", -4), ("减少\n4", -4), ("增\n4", 4), ("下降\n4", -4)]
)
def test_a_change_word_on_the_line_before_its_count_is_its_sign(change: str, number: int) -> None:
    # a cell 减4 broken after its word (减<br>4): the word was skipped as page text and
    # the change read +4 with no finding
    report = gr.parse(_ACTIVE_2019.format(change=change))
    licensing = gr.to_dict(report)["active_disclosure"]["administrative_licensing"]
    assert licensing == {"previous_count": 88, "change": number, "decisions": 902}
    path = "active_disclosure.administrative_licensing"
    assert [f.code for f in report.findings if f.path == path] == ["repaired_cell"]


def test_a_change_word_before_text_changes_nothing() -> None:
    report = gr.parse(_ACTIVE_2019.format(change="减\n4").replace("减\n4", "减\n约4"))
    licensing = gr.to_dict(report)["active_disclosure"]["administrative_licensing"]
    assert licensing["previous_count"] == 88 and licensing["change"] is None


def test_table_three_s_last_row_printed_again_with_other_values_is_reported() -> None:
    # the copy after a page's running head and header stood past the table's end and was
    # dropped with no finding, even with other values: which copy is right is not known
    text = _sample("tab")
    other = _LAST_ROW.replace("\t1\t0\t0\t0\t0\t0\t1", "\t7\t0\t0\t0\t0\t0\t7")
    damaged = text.replace(_LAST_ROW + "\n", f"{_LAST_ROW}\n第2页 共5页\n信息内容\t总计\n{other}\n")
    report = gr.parse(damaged)
    carried = gr.to_dict(report)["requests"]["carried_forward"]
    assert set(carried.values()) == {None}
    codes = [(f.code, f.severity) for f in report.findings if f.path == "requests.carried_forward"]
    assert codes == [("row_width", "warning")]


def test_a_table_after_table_three_naming_its_last_row_in_its_header_is_not_read() -> None:
    # a page's own table after table 三 (requests by department) whose header names
    # 结转下年度继续办理: table 三 still ends before it
    text = _sample("tab")
    own = "\n各部门申请情况\n部门\t本年新收\t结转下年度继续办理\n办公室\t3\t1\n"
    damaged = text.replace(_LAST_ROW + "\n", _LAST_ROW + "\n" + own)
    assert _tables(damaged) == _tables(text)


# --- PDF text: table 三's header wrapped, its 小计 column's place not shown ---------------------

_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"
_ORGANISATIONS_LINE = "商业企业   科研机构   社会公益组织   法律服务机构   其他   小计"


def _subtotal_report_wrapped() -> str:
    """The fictional fixture with a 小计 column after 其他, as PDF text whose header line
    of organisations is wrapped (``… 法律`` / ``服务机构   其他   小计``)."""
    text = _spaces((_FIXTURES / "subtotal_2019.txt").read_text(encoding="utf-8"))
    assert _ORGANISATIONS_LINE in text
    return text.replace(_ORGANISATIONS_LINE, _ORGANISATIONS_LINE.replace("法律服务", "法律\n服务"))


def test_a_subtotal_column_whose_place_the_header_does_not_show_is_placed_by_the_rows() -> None:
    # the wrapped line of organisations is one long cell of words (not read as header
    # cells), so no 商业企业 stood before the 小计: it was put after 自然人, and every
    # organisation read one column off with no finding
    report = gr.parse(_subtotal_report_wrapped())
    new_received = gr.to_dict(report)["requests"]["new_received"]
    assert new_received == {
        "natural_person": 5,
        "commercial_enterprise": 2,
        "research_institution": 0,
        "social_welfare_organization": 1,
        "legal_service_agency": 0,
        "other": 1,
        "total": 9,
    }
    (finding,) = [f for f in report.findings if f.code == "column_order"]
    assert finding.path == "requests" and "小计" in finding.message


def test_a_subtotal_column_no_row_places_is_a_warning() -> None:
    # every row zero: both places add up, the guess (after 自然人) is a warning
    text = _subtotal_report_wrapped()
    start, end = text.index("申请人情况"), text.index("行政复议", text.index("结转下年度"))
    table = "\n".join(
        "   ".join("0" if cell.isdigit() else cell for cell in line.split("   "))
        for line in text[start:end].split("\n")
    )
    zeroed = text[:start] + table + text[end:]
    report = gr.parse(zeroed)
    found = [f for f in report.findings if f.code == "column_order"]
    assert [f.severity for f in found] == ["warning"]


def test_a_number_cut_after_its_thousands_stays_an_unreadable_cell() -> None:
    # PDF text wrapped at a width: 5,073,898 printed 5,073, / 898 on the next line; the
    # piece 5,073, was a word of the label, and 898 read as 自然人 with no finding; a
    # piece 1, after values on a line of its own was dropped, the row one column off
    text = _spaces(_sample("tab"))
    line = "一、本年新收政府信息公开申请数量   10   1   0   0   0   1   13"
    damaged = text.replace(
        line, "一、本年新收政府信息公开申请数量   1,\n024   1   0   0   1,\n0   1   13"
    )
    report = gr.parse(damaged)
    assert set(gr.to_dict(report)["requests"]["new_received"].values()) == {None}
    codes = [f.code for f in report.findings if f.path == "requests.new_received"]
    assert codes.count("unreadable_cell") == 2 and "row_width" in codes


# --- PDF text: a row cut by a page break, the running head and its number between ---------------

_FIRST_ROW = "一、本年新收政府信息公开申请数量   10   1   0   0   0   1   13"


@pytest.mark.parametrize("cut", [1, 3, 6])
@pytest.mark.parametrize("layout", ["spaces", "tab"])
def test_a_row_going_on_after_the_page_s_running_head_is_read(cut: int, layout: str) -> None:
    # the head and its page number on one line closed the row (left blank, row_width)
    # and its other values were an unknown row: they are exactly what the row misses,
    # so they are read as its own with a warning; the page number is not read
    text = _spaces(_sample("tab"))
    label, *values = _FIRST_ROW.split("   ")
    head = f"{_HEAD}   3"
    first, rest = "   ".join([label, *values[:cut]]), "   ".join(values[cut:])
    damaged = text.replace(_FIRST_ROW, f"{first}\n{head}\n{rest}")
    if layout == "tab":
        damaged = damaged.replace("   ", "\t")
    report = gr.parse(damaged)
    assert _tables(damaged) == _tables(text)
    path = "requests.new_received"
    found = [(f.code, f.severity) for f in report.findings if f.path == path]
    assert found == [("row_width", "warning")]
    assert not [f for f in report.findings if f.code == "unknown_row"]


def test_a_head_s_number_before_too_few_values_still_closes_the_row() -> None:
    # the values after the head are not the ones missing (one more is): left as before
    text = _spaces(_sample("tab"))
    label, *values = _FIRST_ROW.split("   ")
    damaged = text.replace(
        _FIRST_ROW, "   ".join([label, *values[:3]]) + f"\n{_HEAD}   3\n" + "   ".join(values[4:])
    )
    report = gr.parse(damaged)
    assert set(gr.to_dict(report)["requests"]["new_received"].values()) == {None}
    assert [f.code for f in report.findings if f.code == "unknown_row"] == ["unknown_row"]

"""Misreadings found by the ninth session's own probes (fictional inputs).

The seeds' tab text converted cell for cell into an HTML table (a spreadsheet's merged
cells saved as empty cells) read differently from the text: a table-三 row a cell short
took the next row's empty leading cells as its last value, blank, with no finding.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, note, settings

import govinfo_reports as gr
from strategies import reports


def _tab_as_html_table(tab_text: str) -> str:
    """Each tab-separated line a ``<tr>`` of one ``<td>`` per cell (empty ones too),
    consecutive lines one table; other lines paragraphs."""
    out = ["<html><body>"]
    in_table = False
    for line in tab_text.splitlines():
        if "\t" in line:
            if not in_table:
                out.append('<table border="1">')
                in_table = True
            cells = "".join(f"<td>{html.escape(cell.strip())}</td>" for cell in line.split("\t"))
            out.append(f"<tr>{cells}</tr>")
            continue
        if in_table:
            out.append("</table>")
            in_table = False
        if line.strip():
            out.append(f"<p>{html.escape(line.strip())}</p>")
    if in_table:
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def _sample_tab() -> tuple[gr.Report, str]:
    report = gr.parse(gr.sample_text())
    return report, gr.render(report, "tab")


_SECRET = "1.属于国家秘密"


def _row_without_its_last_cell(tab_text: str, label: str) -> str:
    lines = tab_text.splitlines()
    index = next(i for i, line in enumerate(lines) if label in line)
    lines[index] = lines[index].rsplit("\t", 1)[0]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("label", [_SECRET, "2.其他法律行政法规禁止公开"])
def test_empty_cells_before_the_next_rows_label_are_not_a_short_rows_last_value(
    label: str,
) -> None:
    report, tab = _sample_tab()
    page = _tab_as_html_table(_row_without_its_last_cell(tab, label))
    parsed = gr.parse(page)
    assert parsed.source.reader == "html"
    # the row prints six counts, all 0: its arithmetic gives 总计 0, said in a warning
    path = "requests.results.withheld." + (
        "state_secret" if label == _SECRET else "prohibited_by_law"
    )
    assert gr.to_dict(parsed)["requests"] == gr.to_dict(report)["requests"]
    widths = [f for f in parsed.findings if f.code == "row_width" and f.path == path]
    assert len(widths) == 1
    assert widths[0].severity == "warning"
    assert "6 values for 7 columns" in widths[0].message


def test_the_tab_text_and_its_html_table_read_the_same() -> None:
    report, tab = _sample_tab()
    short = _row_without_its_last_cell(tab, _SECRET)
    from_text = gr.parse(short)
    from_page = gr.parse(_tab_as_html_table(short))
    assert gr.to_dict(from_page)["requests"] == gr.to_dict(from_text)["requests"]
    assert gr.to_dict(from_page)["active_disclosure"] == gr.to_dict(report)["active_disclosure"]
    assert gr.to_dict(from_page)["review_litigation"] == gr.to_dict(report)["review_litigation"]


# A run of pipe rows printing the same number of cells (a markdown table, or a
# converter's rows) is read by position, as an HTML table is: its empty cells are blank
# cells where they stand. (The tenth hunt's strict xfail, a plain test since.)

_MARKDOWN_ROW = "| 规章 | 0 | 0 | 2 |"


def _markdown_with(row: str, replacement: str) -> str:
    text = gr.render(gr.parse(gr.sample_text()), "markdown")
    assert row in text
    return text.replace(row, replacement)


def test_a_blank_cell_next_to_the_label_in_a_pipe_row_keeps_its_column() -> None:
    report = gr.parse(_markdown_with(_MARKDOWN_ROW, "| 规章 |  | 0 | 2 |"))
    regulations = gr.to_dict(report)["active_disclosure"]["regulations"]
    assert regulations == {"issued": None, "repealed": 0, "in_force": 2}
    assert not [f for f in report.findings if f.path == "active_disclosure.regulations"]


def test_pipe_rows_without_outer_bars_of_one_width_are_read_by_position() -> None:
    sample = gr.parse(gr.sample_text())
    text = gr.render(sample, "markdown")
    bare = "\n".join(
        line.strip().strip("|") if line.startswith("|") else line for line in text.split("\n")
    )
    bare = bare.replace(" 规章 | 0 | 0 | 2 ", " 规章 |  | 0 | 2 ")
    report = gr.parse(bare)
    data = gr.to_dict(report)
    assert data["active_disclosure"]["regulations"] == {
        "issued": None,
        "repealed": 0,
        "in_force": 2,
    }
    expected = gr.to_dict(sample)
    assert data["requests"] == expected["requests"]
    assert data["review_litigation"] == expected["review_litigation"]


def test_a_blank_first_count_in_a_markdown_table_three_row_keeps_its_column() -> None:
    sample = gr.parse(gr.sample_text())
    row = "| 三、本年度办理结果 | （一）予以公开 |  | 6 | 1 | 0 | 0 | 0 | 0 | 7 |"
    report = gr.parse(_markdown_with(row, row.replace("|  | 6 |", "|  |  |")))
    granted = gr.to_dict(report)["requests"]["results"]["granted"]
    assert granted == {
        **gr.to_dict(sample)["requests"]["results"]["granted"],
        "natural_person": None,
    }
    assert not [f for f in report.findings if f.path == "requests.results.granted"]


def test_a_tab_row_with_an_empty_cell_after_its_label_is_still_in_doubt() -> None:
    # tab text prints a label spanning two columns with an empty cell after it: an
    # empty cell there is layout, and the row a value short (a warning), not a blank
    # (where the rows around it, as wide as it, print a value in that column, it is a
    # blank: tests/test_hunt26.py; here they print the label spanning two columns too)
    text = gr.render(gr.parse(gr.sample_text()), "tab")
    assert "规章\t0\t0\t2" in text
    text = text.replace("信息内容\t本年制发件数", "信息内容\t\t本年制发件数")
    text = text.replace("行政规范性文件\t5", "行政规范性文件\t\t5")
    report = gr.parse(text.replace("规章\t0\t0\t2", "规章\t\t0\t2"))
    assert gr.to_dict(report)["active_disclosure"]["regulations"] == dict.fromkeys(
        ("issued", "repealed", "in_force")
    )
    [width] = [f for f in report.findings if f.path == "active_disclosure.regulations"]
    assert width.code == "row_width" and width.severity == "warning"


def test_a_markdown_row_printing_no_value_leaves_the_rows_after_it_alone() -> None:
    # 行政许可 printed with empty cells only, then table 二's next caption and header:
    # the header's empty cells are its width, not the blank row's values
    sample = gr.parse(gr.sample_text())
    report = gr.parse(_markdown_with("| 行政许可 | 1204 |  |  |", "| 行政许可 |  |  |  |"))
    data = gr.to_dict(report)["active_disclosure"]
    assert data["administrative_licensing"] == {"decisions": None}
    expected = gr.to_dict(sample)["active_disclosure"]
    assert {k: v for k, v in data.items() if k != "administrative_licensing"} == {
        k: v for k, v in expected.items() if k != "administrative_licensing"
    }
    [blank] = [f for f in report.findings if f.path == "active_disclosure.administrative_licensing"]
    assert blank.code == "row_width" and blank.severity == "info"


def test_a_label_broken_over_markdown_rows_takes_the_values_after_it() -> None:
    # a table converted from PDF text: the label's pieces on rows of their own, empty
    # cells beside them, and the values on the row of its last piece
    row = "|  |  | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
    broken = (
        "|  |  | 2.其他法律行政 |  |  |  |  |  |  |  |\n"
        "|  |  | 法规禁止 |  |  |  |  |  |  |  |\n"
        "|  |  | 公开 | 0 | 3 | 0 | 0 | 0 | 0 | 3 |"
    )
    report = gr.parse(_markdown_with(row, broken))
    read = gr.to_dict(report)["requests"]["results"]["withheld"]["prohibited_by_law"]
    assert read == {
        "natural_person": 0,
        "commercial_enterprise": 3,
        "research_institution": 0,
        "social_welfare_organization": 0,
        "legal_service_agency": 0,
        "other": 0,
        "total": 3,
    }


def test_a_numbered_label_piece_is_no_value_of_its_row() -> None:
    # found by the property suite: the label's first piece begins with its number
    # (``1.信``), the rest and the values on the next row; the piece is no value, so its
    # row's empty cells are not read as blank cells of the row it names
    sample = gr.parse(gr.sample_text())
    row = "|  | （五）不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
    broken = (
        "|  | （五）不予处理 | 1.信 |  |  |  |  |  |  |  |\n"
        "|  |  | 访举报投诉类申请 | 0 | 2 | 0 | 0 | 0 | 0 | 2 |"
    )
    report = gr.parse(_markdown_with(row, broken))
    read = gr.to_dict(report)["requests"]["results"]["not_processed"]["petition_complaint"]
    assert read == {
        **gr.to_dict(sample)["requests"]["results"]["not_processed"]["petition_complaint"],
        "commercial_enterprise": 2,
        "total": 2,
    }
    assert not [f for f in report.findings if f.code == "row_width"]


def _report_2019() -> gr.Report:
    """The project's fictional 2019 report (tests/fixtures/text/tab_2019.txt)."""
    fixture = Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt"
    return gr.parse(fixture.read_text(encoding="utf-8"))


def test_a_blank_first_value_of_a_narrow_row_in_a_wide_markdown_grid_keeps_its_column() -> None:
    # a 2019 table 二's grid is four columns wide; its fee row prints two values and an
    # empty spare cell: its first value blank, its second 4542
    report = _report_2019()
    assert report.template == "2019"
    text = gr.render(report, "markdown")
    fees = report.active_disclosure.administrative_fees  # type: ignore[union-attr]
    row = f"| 行政事业性收费 | {fees.previous_count} | {fees.change} |  |"
    assert row in text
    parsed = gr.parse(text.replace(row, "| 行政事业性收费 |  | 4542 |  |"))
    read = gr.to_dict(parsed)["active_disclosure"]["administrative_fees"]
    assert read == {"previous_count": None, "change": 4542}
    assert not [f for f in parsed.findings if f.path == "active_disclosure.administrative_fees"]


@settings(deadline=None)
@given(report=reports(template="2019"))
def test_a_markdown_table_printing_blanks_as_empty_cells_reads_back(report: gr.Report) -> None:
    """A markdown table prints a cell for each of the table's cells: its blank cells
    printed empty rather than ``/`` read back as blanks, each in its column. (Template
    2019: its table 二 has rows of one, two and three values in one grid.) A table whose
    every cell is blank prints rows of bars only, which are no rows (filler lines): it
    reads as missing, with a ``missing_table`` warning, and a report printing no value at
    all holds no table (found by the thorough profile)."""
    text = gr.render(report, "markdown").replace("| / |", "|  |").replace("| / |", "|  |")
    note(text)
    tables = ("active_disclosure", "requests", "review_litigation")
    data = gr.to_dict(report)
    if all(data[table] is None or _all_blank(data[table]) for table in tables):
        # (no value printed anywhere: a text with no statutory table)
        with contextlib.suppress(gr.ParseError):
            gr.parse(text)
        return
    parsed = gr.parse(text)
    for table in tables:
        expected, read = gr.to_dict(report)[table], gr.to_dict(parsed)[table]
        if read is None and expected is not None and _all_blank(expected):
            assert ("missing_table", table) in {(f.code, f.path) for f in parsed.findings}
            continue
        assert read == expected


def _all_blank(table: dict[str, object]) -> bool:
    """Whether every cell of a table (as ``to_dict`` gives it) is blank."""
    return re.search(r"\d", json.dumps(table)) is None


@pytest.mark.parametrize("column", [0, 1])
def test_a_number_alone_in_brackets_among_a_rows_values_is_an_unreadable_cell(
    column: int,
) -> None:
    # found by the fuzz suite: ``(3)`` printed for a count names the row (六) again by
    # its number; it was read as the row's label, and an empty label column before it
    # as the row's first value, blank, with no finding. It is an odd cell in its place
    text = gr.render(_report_2019(), "markdown")
    row = "|  | （六）其他处理 |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
    assert row in text
    cells = row.split(" | ")
    cells[3 + column] = "(3)"
    report = gr.parse(text.replace(row, " | ".join(cells)))
    other = gr.to_dict(report)["requests"]["results"]["other"]
    expected = dict.fromkeys(other, 0)
    expected[list(other)[column]] = None
    assert other == expected
    [odd] = [f for f in report.findings if f.path == "requests.results.other"]
    assert odd.code == "unreadable_cell" and "'(3)'" in odd.message


def test_a_blank_first_value_of_a_narrow_row_in_a_wide_html_grid_keeps_its_column() -> None:
    # the same in an HTML table (a page's grid of four columns, the fee row's cells
    # one each): read before as previous_count 4542, change blank, with no finding
    page = gr.render(_report_2019(), "html")
    row = '<tr><td>行政事业性收费</td><td>9</td><td colspan="2">0</td></tr>'
    assert row in page
    edited = "<tr><td>行政事业性收费</td><td></td><td>4542</td><td></td></tr>"
    parsed = gr.parse(page.replace(row, edited))
    read = gr.to_dict(parsed)["active_disclosure"]["administrative_fees"]
    assert read == {"previous_count": None, "change": 4542}


def test_a_blank_mark_on_the_label_line_and_the_value_alone_below_it_is_read() -> None:
    # found by the thorough fuzz run: ``行政处罚 |/`` then ``0 |`` (a 2021 one-value row,
    # a blank mark typed on the label's line): the marks were left out of the values but
    # not of the record of which value stood alone, and reading the row raised
    # IndexError (the pipe reader was skipped with a RuntimeWarning)
    text = (
        "二、主动公开政府信息情况\n\n第二十条第（六）项 |\n||\n信息内容 |\n本年处理决定数量 |\n"
        "||\n行政处罚 |/\n0 |\n||\n行政强制 |\n7 |\n||\n"
    )
    report = gr.parse(text, reader="pipe")
    data = gr.to_dict(report)["active_disclosure"]
    assert data["administrative_penalty"] == {"decisions": 0}
    assert data["administrative_enforcement"] == {"decisions": 7}
    codes = {
        (f.code, f.severity)
        for f in report.findings
        if f.path == "active_disclosure.administrative_penalty"
    }
    assert ("repaired_cell", "info") in codes

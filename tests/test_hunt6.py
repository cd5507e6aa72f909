"""Damage found by the sixth robustness hunt (a metamorphic hunt: the real reports of
``shared/real/`` transformed as another site or extraction tool would print them). Each
fix has a fictional reproducer (the bundled sample report or made-up numbers); the
transformed real cases are read at test time and skipped when ``shared/`` is absent."""

from __future__ import annotations

from typing import Any

import pytest

import govinfo_reports as gr
from _real_keys import REQUEST_COLUMNS
from govinfo_reports.render import render
from govinfo_reports.sample import sample_text
from test_real_cases import cases_where, compare, expected_active, expected_requests

_TABLES = ("active_disclosure", "requests", "review_litigation")


def _sample_cells() -> list[str]:
    """The bundled (fictional) sample report, a cell per line, no line empty."""
    text = render(gr.parse(sample_text()), "vertical")
    return [line.strip() for line in text.split("\n") if line.strip()]


def _tables(text: str) -> dict[str, Any]:
    data = gr.to_dict(gr.parse(text))
    return {key: data[key] for key in _TABLES}


# --- lines of white space where empty lines part the cells ----------------------------


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u3000", "\t", "  \u00a0"])
def test_white_space_lines_parting_the_cells_are_separators(space: str) -> None:
    # a cell per line with a line between every two (real cases 004, 013, 020, 022),
    # where the extractor printed that line as white space (a padded line, a
    # <p>&nbsp;</p>): each was read as a blank cell, every row came out twice as wide
    # and every table was left blank (row_width on each row)
    cells = _sample_cells()
    parted = ("\n" + space + "\n").join(cells) + "\n"
    report = gr.parse(parted)
    assert _tables(parted) == _tables("\n\n".join(cells) + "\n")
    active = gr.to_dict(report)["active_disclosure"]
    assert active["regulations"] == {"issued": 0, "repealed": 0, "in_force": 2}
    assert active["administrative_licensing"] == {"decisions": 1204}
    assert not [f for f in report.findings if f.code == "row_width"]


def test_an_nbsp_blank_cell_among_space_separator_lines_is_a_cell() -> None:
    # separators printed as a plain space, and a blank cell as an NBSP line (<td>&nbsp;
    # </td>): every white-space line was a separator, the blank cell was dropped and
    # 规章's row was a value short (left blank, row_width)
    cells = _sample_cells()
    at = cells.index("规章") + 1  # 规章's 本年制发件数 (0) printed blank
    cells[at] = "\u00a0"
    report = gr.parse("\n \n".join(cells) + "\n")
    regulations = gr.to_dict(report)["active_disclosure"]["regulations"]
    assert regulations == {"issued": None, "repealed": 0, "in_force": 2}
    assert not [f for f in report.findings if f.code == "row_width"]


def test_every_line_padded_with_a_space_reads_as_unpadded() -> None:
    cells = _sample_cells()
    padded = "".join(f"{cell} \n \n" for cell in cells)
    assert _tables(padded) == _tables("\n\n".join(cells) + "\n")


def test_white_space_lines_that_are_blank_cells_stay_blank_cells() -> None:
    # no empty line in the text, and the white-space lines are a row's blank cells
    # (they come together): they are cells, not separators
    text = (
        "青禾县某某局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
        "第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n"
        "规章\n\u00a0\n\u00a0\n\u00a0\n行政规范性文件\n3\n\u00a0\n7\n"
        "第二十条第（五）项\n信息内容\n本年处理决定数量\n行政许可\n\u00a0\n"
        "第二十条第（六）项\n信息内容\n本年处理决定数量\n行政处罚\n4\n行政强制\n\u00a0\n"
    )
    active = gr.to_dict(gr.parse(text))["active_disclosure"]
    assert active["regulations"] == {"issued": None, "repealed": None, "in_force": None}
    assert active["normative_documents"] == {"issued": 3, "repealed": None, "in_force": 7}
    assert active["administrative_penalty"] == {"decisions": 4}


def _white_space_for_empty(text: str) -> str:
    return "\n".join(line if line.strip() else "\u00a0" for line in text.split("\n"))


def _expected_cells(case: Any) -> dict[str, Any]:
    """The case's hand-checked cells of tables 二 and 三 by canonical path."""
    want = dict(expected_active(case))
    for path, values in expected_requests(case).items():
        want.update(
            {
                f"{path}.{column}": value
                for column, value in zip(REQUEST_COLUMNS, values, strict=True)
            }
        )
    return want


def _parts_cells_with_empty_lines(case: Any) -> bool:
    lines = (
        case.input.read_text(encoding="utf-8").split("\n") if case.input.suffix == ".txt" else []
    )
    return lines.count("") * 3 > len(lines)


@pytest.mark.parametrize("case", cases_where(_parts_cells_with_empty_lines))
def test_real_cases_with_their_empty_lines_printed_as_white_space(case: Any) -> None:
    # the real cases whose cells are parted by empty lines, those lines printed as NBSP
    text = _white_space_for_empty(case.input.read_text(encoding="utf-8"))
    assert not compare(_expected_cells(case), gr.to_dict(gr.parse(text)))


# --- a page number right after a numbered row label -------------------------------------


def _with_line_after(cells: list[str], label: str, inserted: str) -> str:
    lines: list[str] = []
    for cell in cells:
        lines.append(cell)
        if cell == label:
            lines.append(inserted)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("page", ["3/8", "3 / 8", "2/5", "3／8"])
@pytest.mark.parametrize("label", ["1.属于国家秘密", "1.本机关不掌握相关政府信息"])
def test_a_page_number_after_an_item_label_names_no_item(label: str, page: str) -> None:
    # a page break between a numbered label and its values (real case 020, one cell
    # per line): ``3/8`` was read as item 3 of the label's group (3/8: "3." and a rest),
    # so the row was left blank with an info finding saying no value followed its
    # label, its values filled item 3, which then had twice its values (row_width)
    cells = _sample_cells()
    text = _with_line_after(cells, label, page)
    report = gr.parse(text)
    assert _tables(text) == _tables("\n".join(cells) + "\n")
    assert not [f for f in report.findings if f.code == "row_width"]


def test_an_item_label_whose_words_are_on_the_next_line_is_still_read() -> None:
    # the number alone (``3.``) still opens its item: the words may follow on the next line
    cells = _sample_cells()
    broken: list[str] = []
    for cell in cells:
        broken.extend(["3.", cell[2:]] if cell == "3.危及“三安全一稳定”" else [cell])
    assert _tables("\n".join(broken) + "\n") == _tables("\n".join(cells) + "\n")


# --- a page break among table 四's values ----------------------------------------------


def _review_values_at(cells: list[str]) -> list[int]:
    """Indexes of table 四's fifteen values in the cell list."""
    start = cells.index("四、政府信息公开行政复议、行政诉讼情况")
    found = [i for i in range(start, len(cells)) if cells[i].isdigit()]
    assert len(found) == 15
    return found


@pytest.mark.parametrize(
    "furniture", ["- 3 -", "— 3 —", "第3页 共5页", "3/8", "青禾县人民政府网站"]
)
@pytest.mark.parametrize("after", [1, 7, 13])
def test_a_page_break_among_table_four_values_one_cell_per_line(after: int, furniture: str) -> None:
    # table 四 one cell per line, cut by a page break after its ``after``-th value
    # (real seeds 001, 004 and case-like pages): the page's footer ended the table,
    # which had too few values and was left blank with a row_width warning
    cells = _sample_cells()
    at = _review_values_at(cells)[after]
    text = "\n".join([*cells[:at], furniture, *cells[at:]]) + "\n"
    report = gr.parse(text)
    assert _tables(text) == _tables("\n".join(cells) + "\n")
    assert not [f for f in report.findings if f.path and f.path.startswith("review")]


def test_text_among_table_four_values_that_is_a_cell_keeps_its_place() -> None:
    # ``无`` printed for a count is a cell, not page furniture: it takes its column
    # (read as blank, with a finding) and the values after it keep theirs
    cells = _sample_cells()
    at = _review_values_at(cells)[6]
    text = "\n".join([*cells[:at], "无", *cells[at + 1 :]]) + "\n"
    report = gr.parse(text)
    table = gr.to_dict(report)["review_litigation"]
    sample = gr.to_dict(gr.parse(sample_text()))["review_litigation"]
    assert table["litigation_direct"] == {**sample["litigation_direct"], "corrected": None}
    assert table["litigation_after_review"] == sample["litigation_after_review"]
    assert [f.code for f in report.findings if f.path == "review_litigation"] == ["unreadable_cell"]


def test_prose_after_table_four_with_numbers_is_not_read_into_it() -> None:
    # a table 四 short of a value, then prose and a list of numbers: not page furniture
    cells = _sample_cells()
    at = _review_values_at(cells)
    text = "\n".join([*cells[: at[-1]], "注：本年度无其他情况。", "1", "2", *cells[at[-1] + 1 :]])
    report = gr.parse(text + "\n")
    assert gr.to_dict(report)["review_litigation"]["litigation_after_review"]["total"] is None
    assert [f.code for f in report.findings if f.path == "review_litigation"] == ["row_width"]


def test_the_next_section_heading_ends_a_short_table_four() -> None:
    # table 四 one value short, then 五、 and a numbered list whose number stands alone:
    # the number is no value of table 四, it reads as with the list's words on its line
    cells = _sample_cells()
    short = cells[: _review_values_at(cells)[-1]]
    alone = "\n".join([*short, "五、存在的主要问题及改进情况", "1", "加强培训。"]) + "\n"
    joined = "\n".join([*short, "五、存在的主要问题及改进情况", "1加强培训。"]) + "\n"
    assert _tables(alone) == _tables(joined)
    report = gr.parse(alone)
    assert [f.code for f in report.findings if f.path == "review_litigation"] == ["row_width"]


# --- table 三's header printed again among its rows ------------------------------------

#: Table 三's applicant header one cell per line as a PDF prints it, blank cells (a tab,
#: an NBSP) where its merged cells were (seed 001's layout).
_HEADER_WITH_BLANKS = [
    "\t",
    "\t申请人情况",
    "",
    "\t",
    "\t自然人",
    "\u00a0",
    "\t法人或其他组织",
    "\t总计",
    "",
    "\t",
    "\t",
    "\t商业企业",
    "\t科研机构",
    "\t社会公益组织",
    "\t法律服务机构",
    "\t其他",
    "\t",
    "",
]


@pytest.mark.parametrize("page", [[], ["- 3 -"]])
@pytest.mark.parametrize(
    "before", ["（二）部分公开", "（三）不予公开", "2.没有现成信息", "（七）总计"]
)
def test_table_three_header_repeated_on_a_new_page_is_no_row(before: str, page: list[str]) -> None:
    # a table 三 broken over pages with its header rows repeated on each (seed 001 with
    # the header again before a row): the header's 总计 was read as the (七)总计 row and
    # its blank cells as that row's values, which then had too many (row_width warning,
    # the row left blank)
    lines = render(gr.parse(sample_text()), "vertical").split("\n")
    at = next(i for i, line in enumerate(lines) if before in line)
    text = "\n".join([*lines[:at], *page, *_HEADER_WITH_BLANKS, *lines[at:]])
    report = gr.parse(text)
    assert _tables(text) == _tables(sample_text())
    assert not [f for f in report.findings if f.path and f.path.startswith("requests")]


# --- a browser's print header among the values -----------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "2024-01-15",
        "2024/1/15 10:23",
        "2024/1/15 上午10:23",
        "2024年1月15日",
        "2024/1/15 10:23 青禾县某某局2023年政府信息公开工作年度报告",
        "10:23:05",
    ],
)
@pytest.mark.parametrize("value", [5, 20, 60])
def test_a_print_date_among_the_values_is_not_a_cell(value: int, header: str) -> None:
    # a page printed from a browser carries the date and time atop each page; one cell
    # per line, it stood among a row's values (real cases 001, 013, 020, 022 with such a
    # line inserted) and was read as an unreadable cell that kept its place: the row had
    # one value too many and was left blank (unreadable_cell, row_width)
    cells = _sample_cells()
    at = [i for i, cell in enumerate(cells) if cell.isdigit()][value]
    text = "\n".join([*cells[:at], header, *cells[at:]]) + "\n"
    report = gr.parse(text)
    assert _tables(text) == _tables("\n".join(cells) + "\n")
    assert not [f for f in report.findings if f.severity != "info"]


def test_a_count_with_a_word_is_still_an_unreadable_cell() -> None:
    # only dates and times are furniture: 约1204 in a count cell keeps its place
    cells = _sample_cells()
    at = cells.index("1204")
    text = "\n".join([*cells[:at], "约1204", *cells[at + 1 :]]) + "\n"
    report = gr.parse(text)
    assert gr.to_dict(report)["active_disclosure"]["administrative_licensing"] == {
        "decisions": None
    }
    assert [
        f.code for f in report.findings if f.path == "active_disclosure.administrative_licensing"
    ]


# --- a count printed as a word in table 四 ----------------------------------------------


def _review_with_words(layout: str, cell: str) -> str:
    """The sample report rendered in ``layout`` with table 四's zero cells printed as
    ``cell`` (the first group's values stay numbers)."""
    lines = render(gr.parse(sample_text()), layout).split("\n")
    start = next(i for i, line in enumerate(lines) if "四、政府信息公开行政复议" in line)
    seen = 0
    for i in range(start, len(lines)):
        cells = lines[i].split("\t") if layout == "tab" else [lines[i]]
        for j, text in enumerate(cells):
            if text.strip(" \t|").isdigit():
                seen += 1
                if seen > 5 and text.strip(" \t|") == "0":
                    cells[j] = text.replace("0", cell)
        lines[i] = "\t".join(cells)
    return "\n".join(lines)


def _sample_review_blanked() -> dict[str, Any]:
    """The sample's table 四 with the zeros after its first group read as blanks."""
    sample = gr.to_dict(gr.parse(sample_text()))["review_litigation"]
    blanked = {
        group: {key: (None if value == 0 else value) for key, value in outcomes.items()}
        for group, outcomes in sample.items()
    }
    blanked["administrative_review"] = sample["administrative_review"]
    return blanked


@pytest.mark.parametrize("layout", ["vertical", "tab"])
@pytest.mark.parametrize("cell", ["无", "0人"])
def test_a_word_printed_for_a_count_in_table_four_keeps_its_place(layout: str, cell: str) -> None:
    # table 四 with 无 printed for its zeros (seeds 000, 001, 004 with 0 → 无): the first
    # 无 ended the table, which was then too short and left blank with a row_width
    # warning; now each is an unreadable cell read as blank, and the numbers keep their
    # columns, as in tables 二 and 三
    report = gr.parse(_review_with_words(layout, cell))
    assert gr.to_dict(report)["review_litigation"] == _sample_review_blanked()
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert notes and {f.code for f in notes} == {"unreadable_cell"}
    assert all(repr(cell) in f.message for f in notes)


def test_a_word_under_table_four_heading_without_a_header_is_no_table() -> None:
    # 四、… then 无 (no table printed): not a table of values
    text = sample_text()
    start = text.index("四、政府信息公开行政复议")
    end = text.index("五、", start)
    report = gr.parse(
        text[:start] + "四、政府信息公开行政复议、行政诉讼情况\n\n无\n\n" + text[end:]
    )
    assert gr.to_dict(report)["review_litigation"] is None


@pytest.mark.parametrize(
    "footer",
    [
        ["青禾县人民政府网站", "- 3 -"],
        ["第3页 共5页", "青禾县某某局2023年政府信息公开工作年度报告"],
        ["https://www.qinghe.gov.cn/xxgk/1.html", "3/8", "2024/1/15 10:23"],
    ],
)
def test_a_page_break_of_several_lines_among_table_four_values(footer: list[str]) -> None:
    # a footer and the next page's head: the first line's look-ahead met the second
    # and the table ended there, too short, and was left blank (row_width)
    cells = _sample_cells()
    at = _review_values_at(cells)[8]
    text = "\n".join([*cells[:at], *footer, *cells[at:]]) + "\n"
    report = gr.parse(text)
    assert _tables(text) == _tables("\n".join(cells) + "\n")
    assert not [f for f in report.findings if f.path and f.path.startswith("review")]


def test_a_page_break_before_words_printed_for_counts_in_table_four() -> None:
    # the values after a page break include 无 cells: they count as the table's cells
    text = _review_with_words("vertical", "无")
    lines = text.split("\n")
    at = [i for i, line in enumerate(lines) if line.strip() in ("无", "0", "1", "2", "3", "4")]
    review_start = next(i for i, line in enumerate(lines) if "四、政府信息公开行政复议" in line)
    eighth = [i for i in at if i > review_start][7]
    broken = "\n".join([*lines[:eighth], "- 3 -", *lines[eighth:]])
    assert gr.to_dict(gr.parse(broken))["review_litigation"] == _sample_review_blanked()


def test_a_text_of_one_line_is_read_by_the_vertical_reader() -> None:
    # no line break, so no white-space line, yet "spaces part the lines" held: the
    # check for NBSP cells among the separators found no separator and raised
    # (parse() skipped the reader with a RuntimeWarning)
    from govinfo_reports.readers.vertical import VerticalReader

    rows = VerticalReader().read("规章").grid.rows
    assert [row.texts for row in rows] == [("规章",)]

"""Table 三's content as other organs print it (twenty-second hunt): its header's
applicant columns, its row labels and their cells, in every layout. Every report here is
fictional (the bundled sample's 青禾县 with table 三 replaced; numbers chosen for the
test: every cell of a row differs, so that a value read into another column shows).
Each test failed on the code before its fix."""

from __future__ import annotations

import re

import pytest

import govinfo_reports as gr
from govinfo_reports.model import APPLICANT_COLUMNS

_SAMPLE = gr.sample_text()
_BEFORE = _SAMPLE[: _SAMPLE.index("三、收到和处理政府信息公开申请情况")]
_AFTER = _SAMPLE[_SAMPLE.index("四、政府信息公开行政复议") :]
_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
_ORGANISATIONS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

#: Table 三 of the 2021 template: (the label of the group the row opens, or ""; the
#: row's own label; its path under ``requests``).
_ROWS: list[tuple[str, str, str]] = [
    ("", "一、本年新收政府信息公开申请数量", "new_received"),
    ("", "二、上年结转政府信息公开申请数量", "carried_over"),
    ("三、本年度办理结果", "（一）予以公开", "results.granted"),
    ("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "results.partially_granted"),
    ("（三）不予公开", "1.属于国家秘密", "results.withheld.state_secret"),
    ("", "2.其他法律行政法规禁止公开", "results.withheld.prohibited_by_law"),
    ("", "3.危及“三安全一稳定”", "results.withheld.safety_stability"),
    ("", "4.保护第三方合法权益", "results.withheld.third_party_rights"),
    ("", "5.属于三类内部事务信息", "results.withheld.internal_affairs"),
    ("", "6.属于四类过程性信息", "results.withheld.process_information"),
    ("", "7.属于行政执法案卷", "results.withheld.law_enforcement_files"),
    ("", "8.属于行政查询事项", "results.withheld.administrative_inquiry"),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", "results.unavailable.not_held"),
    ("", "2.没有现成信息需要另行制作", "results.unavailable.needs_creation"),
    ("", "3.补正后申请内容仍不明确", "results.unavailable.still_unclear"),
    ("（五）不予处理", "1.信访举报投诉类申请", "results.not_processed.petition_complaint"),
    ("", "2.重复申请", "results.not_processed.repeated_request"),
    ("", "3.要求提供公开出版物", "results.not_processed.publications"),
    ("", "4.无正当理由大量反复申请", "results.not_processed.excessive_requests"),
    ("", "5.要求行政机关确认或重新出具已获取信息", "results.not_processed.confirmation_request"),
    (
        "（六）其他处理",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "results.other.overdue_correction",
    ),
    (
        "",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "results.other.unpaid_fee",
    ),
    ("", "3.其他", "results.other.other"),
    ("", "（七）总计", "results.total"),
    ("", "四、结转下年度继续办理", "carried_forward"),
]
_RESULTS = [path for _, _, path in _ROWS if path.startswith("results.") and path != "results.total"]


def _values() -> dict[str, list[int]]:
    """Each row's seven values in the template's order: six applicant counts that differ
    and their 总计; the results' 总计 their column sums, and the rows 一 + 二 = 三 + 四."""
    table: dict[str, list[int]] = {}
    for at, path in enumerate(_RESULTS):
        six = [at + 2, (at % 3) + 1, 0, (at % 2) * 3, 0, (at % 4) + 1]
        table[path] = [*six, sum(six)]
    sums = [sum(table[path][column] for path in _RESULTS) for column in range(6)]
    table["results.total"] = [*sums, sum(sums)]
    carried_over = [2, 1, 0, 0, 0, 1]
    carried_forward = [3, 0, 1, 0, 0, 2]
    new = [s + f - o for s, f, o in zip(sums, carried_forward, carried_over, strict=True)]
    for path, six in (
        ("new_received", new),
        ("carried_over", carried_over),
        ("carried_forward", carried_forward),
    ):
        table[path] = [*six, sum(six)]
    return table


_VALUES = _values()


def _in_order(values: list[int], order: list[str]) -> list[int]:
    """A row's values (template order) printed in the columns ``order`` (keys)."""
    return [values[APPLICANT_COLUMNS.index(name)] for name in order]


def _read(report: gr.Report) -> dict[str, list[int | None]]:
    """Each row's seven values as read, by path."""
    data = gr.to_dict(report)["requests"]
    read: dict[str, list[int | None]] = {}
    for _, _, path in _ROWS:
        row = data
        for part in path.split("."):
            row = row[part]
        read[path] = [row[column] for column in APPLICANT_COLUMNS]
    return read


def _report(table: str) -> gr.Report:
    return gr.parse(_BEFORE + "三、收到和处理政府信息公开申请情况\n\n" + table + "\n\n" + _AFTER)


def _warnings(report: gr.Report, code: str) -> list[gr.Finding]:
    return [f for f in report.findings if f.code == code and f.severity == "warning"]


def _row_cells(order: list[str] | None = None) -> list[list[str]]:
    """Table 三's rows as cells (group label, own label, values), values in ``order``."""
    rows = []
    for group, label, path in _ROWS:
        values = _VALUES[path] if order is None else _in_order(_VALUES[path], order)
        rows.append([group, label, *map(str, values)])
    return rows


# --- the applicant header's organisation band printed above its group's line ---------


_ORDERS = {
    "organisations first": [*APPLICANT_COLUMNS[1:6], "natural_person", "total"],
    "total first": ["total", *APPLICANT_COLUMNS[:6]],
    "natural person, total, organisations": ["natural_person", "total", *APPLICANT_COLUMNS[1:6]],
}
_TOP_LINES = {
    "organisations first": ["法人或其他组织", "自然人", "总计"],
    "total first": ["总计", "自然人", "法人或其他组织"],
    "natural person, total, organisations": ["自然人", "总计", "法人或其他组织"],
}


@pytest.mark.parametrize("order", list(_ORDERS))
def test_an_organisation_band_printed_above_its_groups_line_places_the_columns(
    order: str,
) -> None:
    # pipe rows printing only the cells they hold (spanned cells left out), the header's
    # band of organisations on the line above 法人或其他组织's: the organisations were not
    # put where 法人或其他组织 stands, so with 法人或其他组织 first the values were read
    # in the template's order, every organisation one column off, silently (the totals
    # still add up); with 总计 first the rows were left blank
    header = [
        f"{_NOTE} | 申请人情况 |",
        " | ".join(_ORGANISATIONS) + " |",
        " | ".join(_TOP_LINES[order]) + " |",
    ]
    rows = [" | ".join(cell for cell in row if cell) + " |" for row in _row_cells(_ORDERS[order])]
    report = _report("\n".join(header + rows))
    assert _read(report) == _VALUES
    [finding] = _warnings(report, "column_order")
    assert "values were placed by the header" in finding.message


@pytest.mark.parametrize("order", list(_ORDERS))
def test_an_organisation_band_printed_before_its_group_a_cell_a_line_places_the_columns(
    order: str,
) -> None:
    # the same header a cell a line: the organisations read before 法人或其他组织 were
    # taken for the first columns (a column_order warning naming that order, every value
    # misplaced; with 总计 first it was left out and the rows read in the template's order)
    header = [_NOTE, "申请人情况", *_ORGANISATIONS, *_TOP_LINES[order]]
    cells = [cell for row in _row_cells(_ORDERS[order]) for cell in row if cell]
    report = _report("\n".join(header + cells))
    assert _read(report) == _VALUES
    [finding] = _warnings(report, "column_order")
    assert "values were placed by the header" in finding.message


# --- organisation names wrapped in a narrow column, as PDF text prints them ----------


def _spaced_rows(order: list[str]) -> list[str]:
    """Table 三's rows as PDF text prints them (pdftotext's layout): labels, then the
    values right-aligned in columns six characters wide."""
    lines = []
    for group, label, path in _ROWS:
        values = "".join(f"{value:>6}" for value in _in_order(_VALUES[path], order))
        labels = f"{group}  {label}" if group else label
        lines.append(f"{labels:<40}{values}")
    return lines


def test_organisation_names_wrapped_in_pdf_text_place_a_total_printed_first() -> None:
    # 社会公益组织 and 法律服务机构 wrapped in their narrow columns, a word a line: 社会 and
    # 法律 alone were not read as the columns' names, so a header printing 总计 first did
    # not place every column: the rows were left blank (a column_order warning)
    header = [
        f"{'（本列数据的勾稽关系为：':<28}申请人情况",
        f"{'第一项加第二项之和，':<30}  总计  自然人    法人或其他组织",
        f"{'等于第三项加第四项之和）':<28}             商业   科研   社会   法律   其他",
        f"{'':<40}             企业   机构   公益   服务",
        f"{'':<40}                           组织   机构",
    ]
    report = _report("\n".join(header + _spaced_rows(_ORDERS["total first"])))
    assert report.source.reader == "spaces"
    assert _read(report) == _VALUES
    [finding] = _warnings(report, "column_order")
    assert "values were placed by the header" in finding.message


# --- a row's label printed over two cells of its line --------------------------------

_NUMBERING = re.compile(r"^(\d\.|（[一二三四五六七]）|[一二三四]、)(.+)$")
_TAB_HEADER = [
    f"{_NOTE}\t\t\t申请人情况",
    "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
    "\t\t\t\t" + "\t".join(_ORGANISATIONS),
]


def _numbering_apart(cells: list[str]) -> list[str]:
    """A row's cells with its own label's numbering in a cell of its own (1. | 属于国家秘密)."""
    group, label, *values = cells
    numbered = _NUMBERING.match(label)
    assert numbered is not None
    return [group, numbered.group(1), numbered.group(2), *values]


def _cut_after(cells: list[str], at: int) -> list[str]:
    """A row's cells with its own label cut into two cells after ``at`` characters."""
    group, label, *values = cells
    return [group, label[:at], label[at:], *values]


@pytest.mark.parametrize("bar", [False, True], ids=["tab", "pipe"])
@pytest.mark.parametrize(
    "split", [_numbering_apart, lambda cells: _cut_after(cells, 4)], ids=["numbering", "cut"]
)
def test_a_label_printed_over_two_cells_of_its_line_is_the_rows_label(
    bar: bool, split: object
) -> None:
    # a table whose label columns print a row's numbering and words in two cells (a
    # column of numbers), or a label cut over two cells: the second cell was read as the
    # row's first value, text, so every such row had a value too many and was left blank
    # (unreadable_cell and row_width warnings)
    assert callable(split)
    rows = [split(row) for row in _row_cells()]
    if bar:
        lines = ["| " + line.replace("\t", " | ") + " |" for line in _TAB_HEADER]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
    else:
        lines = _TAB_HEADER + ["\t".join(row) for row in rows]
    report = _report("\n".join(lines))
    assert _read(report) == _VALUES
    assert [f for f in report.findings if f.path and f.path.startswith("requests")] == []


# --- row labels in other organs' words ------------------------------------------------


def _relabelled(printed: str, label: str) -> str:
    """Table 三 (tab text) with the row labelled ``printed`` labelled ``label``."""
    lines = list(_TAB_HEADER)
    for group, own, path in _ROWS:
        lines.append("\t".join([group, label if own == printed else own, *map(str, _VALUES[path])]))
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("二、上年结转政府信息公开申请数量", "二、上年度结转政府信息公开申请数量"),
        ("二、上年结转政府信息公开申请数量", "二、上一年度结转政府信息公开申请数量"),
        ("二、上年结转政府信息公开申请数量", "二、2022年结转政府信息公开申请数量"),
        ("一、本年新收政府信息公开申请数量", "一、本年收到政府信息公开申请数量"),
        ("一、本年新收政府信息公开申请数量", "一、本年度收到的政府信息公开申请数量"),
        ("（七）总计", "（七）办理结果总计"),
        ("（七）总计", "（七）办理结果合计"),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分予以公开"),
        ("3.危及“三安全一稳定”", "危及国家安全、公共安全、经济安全、社会稳定"),
        ("（一）予以公开", "全部公开"),
        ("3.补正后申请内容仍不明确", "申请内容不明确"),
        ("2.重复申请", "重复提出申请"),
        ("8.属于行政查询事项", "属于工商、不动产登记资料等信息查询"),
    ],
)
def test_a_row_labelled_in_other_words_is_read(printed: str, label: str) -> None:
    # labels worded otherwise than the template's (or printed without their numbering,
    # which named the row): the row was not found (missing_row and unknown_row warnings,
    # its values not read); 部分予以公开 was read as 予以公开, two rows' values in one
    report = _report(_relabelled(printed, label))
    assert _read(report) == _VALUES
    assert [f for f in report.findings if f.path and f.path.startswith("requests")] == []


# --- a 总计 read before every other header name, the rows adding up with it first --------


def _total_first_cells() -> str:
    """Table 三 a cell a line, its header printing 总计 first, its values so."""
    header = [_NOTE, "申请人情况", "总计", "自然人", "法人或其他组织", *_ORGANISATIONS]
    cells = [cell for row in _row_cells(_ORDERS["total first"]) for cell in row if cell]
    return "\n".join(header + cells)


def _total_first_spaced() -> str:
    """Table 三 as PDF text, its header's lines short (a piece each), 总计 first."""
    header = [
        f"{'':<40}申请人情况",
        f"{'':<40}  总计  自然人    法人或其他组织",
        f"{'':<40}             商业企业 科研机构 社会公益组织 法律服务机构 其他",
    ]
    return "\n".join(header + _spaced_rows(_ORDERS["total first"]))


@pytest.mark.parametrize("layout", [_total_first_cells, _total_first_spaced], ids=["cells", "pdf"])
def test_a_total_read_first_is_the_first_column_when_the_rows_add_up_so(layout: object) -> None:
    # a header read a piece a line, 总计 first: a 总计 read before every other name is
    # left out of the header's order (a 总计 spanning the header's rows, printed in its
    # first line, says nothing of where its column stands), so the values were read in
    # the template's order, every column one off (validate's row_total warnings on every
    # row). Where the rows add up only with their first value the 总计, it is read so
    assert callable(layout)
    report = _report(layout())
    assert _read(report) == _VALUES
    [finding] = _warnings(report, "column_order")
    assert "总计 first" in finding.message


def test_a_total_read_first_stays_last_when_the_rows_add_up_so() -> None:
    # the same header over values in the template's order (seed 000's 总计 spanning the
    # header's rows, read first): read in the template's order, with no finding
    header = [_NOTE, "申请人情况", "总计", "自然人", "法人或其他组织", *_ORGANISATIONS]
    cells = [cell for row in _row_cells() for cell in row if cell]
    report = _report("\n".join(header + cells))
    assert _read(report) == _VALUES
    assert _warnings(report, "column_order") == []


# --- a sum row printed after the table's last row ------------------------------------


@pytest.mark.parametrize("label", ["合计", "总计", "五、合计"])
def test_a_sum_row_after_the_last_row_leaves_the_results_total(label: str) -> None:
    # a local row summing the table after 四、结转下年度继续办理 (合计 of 一 and 二): read
    # as (七)总计 named again, its values added to that row's, which was left blank (a
    # row_width warning: 14 values for 7 columns). It is a row the template does not have
    sums = [a + b for a, b in zip(_VALUES["new_received"], _VALUES["carried_over"], strict=True)]
    table = _relabelled("", "") + "\n" + "\t".join([label, "", *map(str, sums)])
    report = _report(table)
    assert _read(report) == _VALUES
    [unknown] = [f for f in report.findings if f.code == "unknown_row"]
    assert label in unknown.message and str(sums[-1]) in unknown.message


@pytest.mark.parametrize("printed", ["—件", "暂无数据", "N/A"])
def test_a_count_printed_as_text_right_after_a_label_keeps_its_column(printed: str) -> None:
    # (the rule above does not take a first cell printed for a count for a piece of the
    # label: it stays the row's first cell, unreadable, and the others keep their columns)
    rows = _row_cells()
    rows[2][2] = printed  # （一）予以公开's 自然人
    report = _report("\n".join(_TAB_HEADER + ["\t".join(row) for row in rows]))
    expected = dict(_VALUES)
    expected["results.granted"] = [None, *_VALUES["results.granted"][1:]]
    assert _read(report) == expected
    [odd] = [f for f in report.findings if f.path == "requests.results.granted"]
    assert odd.code == "unreadable_cell" and printed in odd.message


def test_a_group_labelled_bu_yu_yi_gong_kai_is_the_withheld_group() -> None:
    # （三）不予以公开 (the group's words with 以) holds 予以公开, so it named the row
    # （一）予以公开: printed on a row of its own with the group's sums, those were added
    # to that row's values, which was left blank (a row_width warning, 14 values for 7)
    lines = list(_TAB_HEADER)
    for group, label, path in _ROWS:
        if group == "（三）不予公开":
            items = [p for _, _, p in _ROWS if p.startswith("results.withheld.")]
            sums = [sum(_VALUES[p][column] for p in items) for column in range(7)]
            lines.append("\t".join(["", "（三）不予以公开", *map(str, sums)]))
            group = ""
        lines.append("\t".join([group, label, *map(str, _VALUES[path])]))
    report = _report("\n".join(lines))
    assert _read(report) == _VALUES
    assert [f for f in report.findings if f.path == "requests.results.granted"] == []
    # (the group's sums stand under no row, as those of （三）不予公开 do: not read)
    assert {f.code for f in report.findings if f.path == "requests"} == {"row_width"}


# --- 法人或其他组织 printed in one cell naming its five organisations -------------------

_ONE_CELL = "法人或其他组织（" + "、".join(_ORGANISATIONS) + "）"


@pytest.mark.parametrize("bar", [False, True], ids=["tab", "pipe"])
@pytest.mark.parametrize("order", ["organisations first", "total first"])
def test_an_organisation_header_naming_its_columns_in_one_cell_places_them(
    bar: bool, order: str
) -> None:
    # 法人或其他组织 printed as one cell that names its five columns in brackets (no band
    # of cells below it): the cell, longer than a header's cells, was not read, so with
    # 法人或其他组织 first the values were read in the template's order, every column
    # off, silently; with 总计 first the rows were left blank (a column_order warning)
    top = [_ONE_CELL if name == "法人或其他组织" else name for name in _TOP_LINES[order]]
    header = [[_NOTE, "", "申请人情况"], ["", "", *top]]
    rows = [*header, *_row_cells(_ORDERS[order])]
    if bar:
        lines = ["| " + " | ".join(row) + " |" for row in rows]
    else:
        lines = ["\t".join(row) for row in rows]
    report = _report("\n".join(lines))
    assert _read(report) == _VALUES
    [finding] = _warnings(report, "column_order")
    assert "values were placed by the header" in finding.message

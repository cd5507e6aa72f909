"""Page texts in the pipe, tab and space-aligned layouts (eleventh session's hunt19): the
ways other converters print the same tables (grid tables with a rule between rows, cells
wrapped over lines). Every report here is fictional (云溪县, 南岭乡; numbers chosen for
the test)."""

from __future__ import annotations

import unicodedata

import pytest

import govinfo_reports as gr
from govinfo_reports.model import APPLICANT_COLUMNS

_TITLE = "云溪县水利局2023年政府信息公开工作年度报告"

#: Table 三 of the 2021 template: (group label, or ""; the row's own label; its path
#: under ``requests``; its seven values).
_THREE: list[tuple[str, str, tuple[str, ...], list[int]]] = [
    ("一、本年新收政府信息公开申请数量", "", ("new_received",), [12, 3, 0, 1, 0, 2, 18]),
    ("二、上年结转政府信息公开申请数量", "", ("carried_over",), [2, 0, 0, 0, 0, 0, 2]),
    ("三、本年度办理结果", "(一)予以公开", ("results", "granted"), [7, 2, 0, 1, 0, 1, 11]),
    (
        "",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
        ("results", "partially_granted"),
        [2, 0, 0, 0, 0, 0, 2],
    ),
    ("(三)不予公开", "1.属于国家秘密", ("results", "withheld", "state_secret"), [0] * 7),
    ("", "2.其他法律行政法规禁止公开", ("results", "withheld", "prohibited_by_law"), [0] * 7),
    ("", "3.危及“三安全一稳定”", ("results", "withheld", "safety_stability"), [0] * 7),
    ("", "4.保护第三方合法权益", ("results", "withheld", "third_party_rights"), [0] * 7),
    ("", "5.属于三类内部事务信息", ("results", "withheld", "internal_affairs"), [0] * 7),
    ("", "6.属于四类过程性信息", ("results", "withheld", "process_information"), [0] * 7),
    ("", "7.属于行政执法案卷", ("results", "withheld", "law_enforcement_files"), [0] * 7),
    ("", "8.属于行政查询事项", ("results", "withheld", "administrative_inquiry"), [0] * 7),
    (
        "(四)无法提供",
        "1.本机关不掌握相关政府信息",
        ("results", "unavailable", "not_held"),
        [3, 1, 0, 0, 0, 1, 5],
    ),
    ("", "2.没有现成信息需要另行制作", ("results", "unavailable", "needs_creation"), [0] * 7),
    ("", "3.补正后申请内容仍不明确", ("results", "unavailable", "still_unclear"), [0] * 7),
    (
        "(五)不予处理",
        "1.信访举报投诉类申请",
        ("results", "not_processed", "petition_complaint"),
        [0] * 7,
    ),
    ("", "2.重复申请", ("results", "not_processed", "repeated_request"), [0] * 7),
    ("", "3.要求提供公开出版物", ("results", "not_processed", "publications"), [0] * 7),
    ("", "4.无正当理由大量反复申请", ("results", "not_processed", "excessive_requests"), [0] * 7),
    (
        "",
        "5.要求行政机关确认或重新出具已获取信息",
        ("results", "not_processed", "confirmation_request"),
        [0] * 7,
    ),
    (
        "(六)其他处理",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ("results", "other", "overdue_correction"),
        [0] * 7,
    ),
    (
        "",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ("results", "other", "unpaid_fee"),
        [0] * 7,
    ),
    ("", "3.其他", ("results", "other", "other"), [0] * 7),
    ("", "(七)总计", ("results", "total"), [12, 3, 0, 1, 0, 2, 18]),
    ("四、结转下年度继续办理", "", ("carried_forward",), [2, 0, 0, 0, 0, 0, 2]),
]

#: Table 二 of the 2021 template: label and values.
_TWO: list[tuple[str, list[str]]] = [
    ("规章", ["1", "0", "3"]),
    ("行政规范性文件", ["4", "2", "17"]),
    ("行政许可", ["356"]),
    ("行政处罚", ["41"]),
    ("行政强制", ["6"]),
    ("行政事业性收费", ["0"]),
]

_REVIEW = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]


def _width(text: str) -> int:
    """Display columns of ``text`` (a CJK character two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrapped(text: str, width: int) -> list[str]:
    """``text`` cut into pieces at most ``width`` display columns wide."""
    pieces, piece = [], ""
    for char in text:
        if piece and _width(piece + char) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece]


def _grid(rows: list[list[str]], widths: list[int], valign: str = "top") -> list[str]:
    """``rows`` as a grid table (pandoc's, a text browser's): a ``+---+`` rule above,
    between and below the rows, each cell wrapped in its column's width and placed at the
    top, middle or bottom of its row's lines."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = [rule]
    for row in rows:
        cells = [_wrapped(text, w) if text else [""] for text, w in zip(row, widths, strict=True)]
        height = max(map(len, cells))
        for index, pieces in enumerate(cells):
            spare = height - len(pieces)
            top = {"top": 0, "middle": spare // 2, "bottom": spare}[valign]
            cells[index] = [""] * top + pieces + [""] * (spare - top)
        for at in range(height):
            lines.append(
                "|"
                + "|".join(
                    f" {pieces[at]}{' ' * (w - _width(pieces[at]))} "
                    for pieces, w in zip(cells, widths, strict=True)
                )
                + "|"
            )
        lines.append(rule)
    return lines


def _grid_page(
    two: list[tuple[str, list[str]]] = _TWO,
    three: list[tuple[str, str, tuple[str, ...], list[str]]] | None = None,
    label_width: int = 40,
    valign: str = "top",
) -> str:
    """A report whose three tables are grid tables."""
    if three is None:
        three = [(g, o, p, [str(v) for v in vs]) for g, o, p, vs in _THREE]
    rows_two = [
        ["第二十条第(一)项", "", "", ""],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        [two[0][0], *two[0][1]],
        [two[1][0], *two[1][1]],
        ["第二十条第(五)项", "", "", ""],
        ["信息内容", "本年处理决定数量", "", ""],
        [two[2][0], *two[2][1], "", ""],
        ["第二十条第(六)项", "", "", ""],
        ["信息内容", "本年处理决定数量", "", ""],
        [two[3][0], *two[3][1], "", ""],
        [two[4][0], *two[4][1], "", ""],
        ["第二十条第(八)项", "", "", ""],
        ["信息内容", "本年收费金额(单位:万元)", "", ""],
        [two[5][0], *two[5][1], "", ""],
    ]
    rows_three = [
        ["(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "", "申请人情况"]
        + [""] * 6,
        ["", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
        ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
    ]
    rows_three += [[group, own, *values] for group, own, _, values in three]
    head = ["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows_four = [
        head,
        [*results, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
        ["", "", "", "", "", *results, *results],
        [str(v) for v in _REVIEW],
    ]
    lines = [
        _TITLE,
        "二、主动公开政府信息情况",
        *_grid(rows_two, [label_width, 24, 12, 12], valign),
        "三、收到和处理政府信息公开申请情况",
        *_grid(rows_three, [label_width, label_width] + [12] * 7, valign),
        "四、政府信息公开行政复议、行政诉讼情况",
        *_grid(rows_four, [8] * 15, valign),
        "五、存在的主要问题及改进情况",
    ]
    return "\n".join(lines) + "\n"


def _warnings(report: gr.Report) -> list[str]:
    return [f.code for f in [*report.findings, *gr.validate(report)] if f.severity != "info"]


def _requests_row(report: gr.Report, path: tuple[str, ...]) -> list[object]:
    data: object = gr.to_dict(report)["requests"]
    for key in path:
        assert isinstance(data, dict)
        data = data[key]
    assert isinstance(data, dict)
    return [data[column] for column in APPLICANT_COLUMNS]


def test_a_grid_table_as_printed_is_read() -> None:
    report = gr.parse(_grid_page())
    assert _warnings(report) == []
    for _, _, path, values in _THREE:
        assert _requests_row(report, path) == values
    assert gr.to_dict(report)["active_disclosure"]["regulations"] == {
        "issued": 1,
        "repealed": 0,
        "in_force": 3,
    }


@pytest.mark.parametrize("box", [False, True], ids=["ascii", "box-drawing"])
@pytest.mark.parametrize("at", [0, 6], ids=["first", "last"])
def test_a_blank_cell_at_a_grid_rows_end_keeps_its_column(at: int, box: bool) -> None:
    """A grid table (pandoc's, a text browser's, a rule line between every two rows)
    printing a row's first or last value empty: the rows stood on every other line, so
    they made no run of rows read by position, and the empty cell at the row's end was
    taken for layout (a value short: left blank with a ``row_width`` warning)."""
    three = [(g, o, p, [str(v) for v in vs]) for g, o, p, vs in _THREE]
    group, own, path, values = three[0]
    values = list(values)
    values[at] = ""
    three[0] = (group, own, path, values)
    two = list(_TWO)
    two[0] = ("规章", ["", "0", "3"] if at == 0 else ["1", "0", ""])
    text = _grid_page(two, three)
    if box:
        text = text.replace("|", "│").replace("+", "┼").replace("-", "─")
    report = gr.parse(text)
    expected: list[object] = [12, 3, 0, 1, 0, 2, 18]
    expected[at] = None
    assert _requests_row(report, ("new_received",)) == expected
    regulations = gr.to_dict(report)["active_disclosure"]["regulations"]
    assert regulations == (
        {"issued": None, "repealed": 0, "in_force": 3}
        if at == 0
        else {"issued": 1, "repealed": 0, "in_force": None}
    )
    assert "row_width" not in _warnings(report)


@pytest.mark.parametrize("valign", ["top", "middle", "bottom"])
def test_a_grid_row_wrapped_over_lines_is_one_row(valign: str) -> None:
    """A grid table whose narrow label columns wrap a row's labels over several lines,
    its values printed on the middle or last of them (a text browser centres a cell in
    its row, as pages ask): the label's pieces above the values were rows of their own,
    the row's label was its piece on the values' line (``于国`` for 1.属于国家秘密), and
    most of table 三's rows were not found (their values "stand under no row label")."""
    text = _grid_page(label_width=8, valign=valign)
    report = gr.parse(text)
    assert _warnings(report) == []
    for _, _, path, values in _THREE:
        assert _requests_row(report, path) == values
    data = gr.to_dict(report)
    assert data["active_disclosure"]["normative_documents"] == {
        "issued": 4,
        "repealed": 2,
        "in_force": 17,
    }
    assert data["review_litigation"]["administrative_review"]["total"] == 2


def test_a_bordered_table_with_rules_around_its_header_only_keeps_a_row_a_line() -> None:
    """A console's bordered table (rules above and below the header and at the end
    only, each line between them a row) is no row wrapped over lines: its rows print
    values on every line, and each is read for its own label."""
    rows = [[g or o, o if g else "", *map(str, vs)] for g, o, _, vs in _THREE]
    widths = [80, 40] + [12] * 7
    names = ["申请情况", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构"]
    grid = _grid([[*names, "其他", "总计"]], widths)
    body = _grid(rows, widths)
    body = [line for line in body[1:-1] if not line.startswith("+")]
    text = (
        _grid_page().split("三、收到")[0]
        + "\n".join(["三、收到和处理政府信息公开申请情况", *grid, *body, grid[0]])
        + "\n四、政府信息公开行政复议、行政诉讼情况\n"
    )
    report = gr.parse(text)
    for _, _, path, values in _THREE:
        assert _requests_row(report, path) == values


def _pdf_three(values: dict[str, list[str]], gap: int = 3) -> str:
    """Table 三 as ``pdftotext -layout`` prints it: each row's label padded to the same
    width, its values right-aligned in columns ``gap`` + 5 characters wide (a value
    printed as ``1 207``, a space for its thousands separator, stays in its column)."""
    lines = [
        _TITLE,
        "三、收到和处理政府信息公开申请情况",
        " " * 40 + "申请人情况",
        " " * 40 + "自然人    法人或其他组织                         总计",
    ]
    for group, own, _, numbers in _THREE:
        printed = values.get(own or group, [str(v) for v in numbers])
        label = f"{group:<20}{own}" if group and own else (group or own)
        cells = "".join(f"{' ' * gap}{text:>5}" for text in printed)
        lines.append(f"{label:<40}{cells}")
    lines += ["", "四、政府信息公开行政复议、行政诉讼情况", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("gap", [2, 3, 6])
def test_a_count_with_a_space_for_its_thousands_separator_is_one_value(gap: int) -> None:
    """PDF text of table 三 printing a count of four digits with a space for its
    thousands separator (``1 207``): the row printed a value more than the rows around
    it, was left blank with a ``row_width`` warning, and the rows next to it were
    placed under the columns of that wider row (a value short or too many each: left
    blank too). Where the rows around print one value fewer and the space stands alone
    between numbers parted by wider gaps, the two pieces are one number, with an info."""
    printed = {
        "一、本年新收政府信息公开申请数量": ["1 207", "3", "0", "1", "0", "2", "1 213"],
        "(一)予以公开": ["1 196", "2", "0", "1", "0", "1", "1 200"],
    }
    report = gr.parse(_pdf_three(printed, gap))
    assert report.source.reader == "spaces"
    assert _requests_row(report, ("new_received",)) == [1207, 3, 0, 1, 0, 2, 1213]
    assert _requests_row(report, ("results", "granted")) == [1196, 2, 0, 1, 0, 1, 1200]
    assert _requests_row(report, ("carried_over",)) == [2, 0, 0, 0, 0, 0, 2]
    assert "row_width" not in _warnings(report)
    joined = [f for f in report.findings if f.code == "repaired_cell"]
    assert [f.severity for f in joined] == ["info"] * 4
    assert "'1 207'" in joined[0].message


def test_numbers_parted_by_one_space_in_a_row_as_wide_as_the_others_stay_apart() -> None:
    """Narrow columns can bring two values within a space of each other (``12 100``):
    a row printing as many values as the rows around it keeps them apart."""
    printed = {"一、本年新收政府信息公开申请数量": ["12", "100", "0", "1", "0", "2", "115"]}
    text = _pdf_three(printed).replace("      12     100", "         12 100")
    assert " 12 100 " in text
    report = gr.parse(text)
    assert _requests_row(report, ("new_received",)) == [12, 100, 0, 1, 0, 2, 115]
    assert not [f for f in report.findings if f.code == "repaired_cell"]


_TWO_2019 = [
    ("第二十条第(一)项", None),
    ("信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", None),
    ("规章", ("regulations", ["2", "1", "9"])),
    ("规范性文件", ("normative_documents", ["6", "6", "31"])),
    ("第二十条第(五)项", None),
    ("信息内容\t上一年项目数量\t本年增/减\t处理决定数量", None),
    ("行政许可", ("administrative_licensing", ["48", "-2", "517"])),
    ("其他对外管理服务事项", ("other_administrative_services", ["12", "0", "80"])),
    ("第二十条第(六)项", None),
    ("信息内容\t上一年项目数量\t本年增/减\t处理决定数量", None),
    ("行政处罚", ("administrative_penalty", ["33", "4", "126"])),
    ("行政强制", ("administrative_enforcement", ["5", "1", "9"])),
    ("第二十条第(八)项", None),
    ("信息内容\t上一年项目数量\t本年增/减\t", None),
    ("行政事业性收费", ("administrative_fees", ["3", "0", ""])),
    ("第二十条第(九)项", None),
    ("信息内容\t采购项目数量\t采购总金额\t", None),
    ("政府集中采购", ("centralized_procurement", ["2", "36.5", ""])),
]

_THREE_2019_TAB = (
    "三、收到和处理政府信息公开申请情况\n"
    "\t\t\t申请人情况\t\t\t\t\t\t\n\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n"
    "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"
    "一、本年新收政府信息公开申请数量\t\t\t5\t1\t0\t0\t0\t0\t6\n"
    "二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0\n"
)


def _tab_two_2019(blank: dict[str, int]) -> str:
    """Table 二 of the 2019 template as copied from a spreadsheet or a web page (tab
    between cells, every row as wide as the table), the value ``blank[label]`` of a row
    printed empty."""
    lines = ["南岭乡人民政府2019年政府信息公开工作年度报告", "二、主动公开政府信息情况"]
    for label, row in _TWO_2019:
        if row is None:
            lines.append(label if "\t" in label else label + "\t\t\t")
            continue
        values = list(row[1])
        if label in blank:
            values[blank[label]] = ""
        lines.append("\t".join([label, *values]))
    return "\n".join(lines) + "\n" + _THREE_2019_TAB


def _tab_three(blank: dict[str, int]) -> str:
    """Table 三 as copied from a spreadsheet or a web page: every row as wide as the
    table (three label columns, then the seven counts), the label columns a group's
    label spans printed empty, the count ``blank[label]`` of a row printed empty."""
    lines = [
        _TITLE,
        "三、收到和处理政府信息公开申请情况",
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\t\t\t申请人情况"
        + "\t" * 6,
        "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
    ]
    for group, own, _, values in _THREE:
        printed = [str(v) for v in values]
        key = own or group
        if key in blank:
            printed[blank[key]] = ""
        if own and not group:
            labels = ["", own, ""] if not own[:1].isdigit() else ["", "", own]
        elif own:
            labels = [group, own, ""] if group.startswith("三") else ["", group, own]
        else:
            labels = [group, "", ""]
        lines.append("\t".join([*labels, *printed]))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", ""]
    return "\n".join(lines) + "\n"


def _tab_four(values: list[str]) -> str:
    """Table 四 as copied from a spreadsheet or a web page: every row fifteen cells."""
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    lines = [
        _TITLE,
        "四、政府信息公开行政复议、行政诉讼情况",
        "\t".join(["行政复议", "", "", "", "", "行政诉讼", *[""] * 9]),
        "\t".join([*results, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]),
        "\t".join(["", "", "", "", "", *results, *results]),
        "\t".join(values),
        "五、存在的主要问题及改进情况",
    ]
    return "\n".join(lines) + "\n"


def test_a_tab_header_standing_a_column_off_its_rows_reads_nothing_by_position() -> None:
    """A header line naming 自然人 … 总计 a column left of where the rows print their
    counts (as wide as they are: a trailing tab) tells no column: a row with a blank
    count stays in doubt (a warning), not read one column off."""
    text = _tab_three({"一、本年新收政府信息公开申请数量": 6}).replace(
        "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计", "\t\t自然人\t法人或其他组织\t\t\t\t\t总计\t"
    )
    report = gr.parse(text)
    assert _requests_row(report, ("new_received",))[0] != 3
    assert "row_width" in _warnings(report)
    assert _requests_row(report, ("carried_over",)) == [2, 0, 0, 0, 0, 0, 2]


def test_a_tab_table_two_header_standing_a_column_off_its_rows_reads_nothing_by_position() -> None:
    """The same for table 二: a header whose names stand a column left of the rows'
    values (a row prints a value under its empty last cell) tells no column."""
    text = _tab_two_2019({"规章": 2}).replace(
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\t",
    )
    text = text.replace("规章\t2\t1\t", "规章\t\t2\t1\t").replace(
        "规范性文件\t6\t6\t31", "规范性文件\t\t6\t6\t31"
    )
    report = gr.parse(text)
    regulations = gr.to_dict(report)["active_disclosure"]["regulations"]
    assert regulations == dict.fromkeys(("new_made", "new_published", "total_published"))
    assert "row_width" in _warnings(report)

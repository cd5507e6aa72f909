"""Page texts in the pipe, tab and space-aligned layouts (tenth session's hunt16): the
variations of copied or converted report pages that earlier hunts did not cover. Every
report here is fictional (石岭县, 白沙镇; numbers chosen for the test)."""

from __future__ import annotations

import unicodedata

import pytest

import govinfo_reports as gr
from _real_keys import REQUEST_COLUMNS as _COLUMNS
from govinfo_reports.cells import Kind, read_value

_TITLE = "石岭县农业农村局2023年政府信息公开工作年度报告"

#: Table 三 of the 2021 template: (group label printed on the row's line, or None; the
#: row's own label; its path under ``requests``; its seven values).
_THREE_2021: list[tuple[str | None, str, tuple[str, ...], list[int]]] = [
    (None, "一、本年新收政府信息公开申请数量", ("new_received",), [9, 2, 0, 1, 0, 1, 13]),
    (None, "二、上年结转政府信息公开申请数量", ("carried_over",), [1, 0, 0, 0, 0, 0, 1]),
    ("三、本年度办理结果", "(一)予以公开", ("results", "granted"), [4, 1, 0, 1, 0, 0, 6]),
    (
        None,
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
        ("results", "partially_granted"),
        [1, 0, 0, 0, 0, 0, 1],
    ),
    (
        "(三)不予公开",
        "1.属于国家秘密",
        ("results", "withheld", "state_secret"),
        [1, 0, 0, 0, 0, 0, 1],
    ),
    (None, "2.其他法律行政法规禁止公开", ("results", "withheld", "prohibited_by_law"), [0] * 7),
    (None, "3.危及“三安全一稳定”", ("results", "withheld", "safety_stability"), [0] * 7),
    (None, "4.保护第三方合法权益", ("results", "withheld", "third_party_rights"), [0] * 7),
    (None, "5.属于三类内部事务信息", ("results", "withheld", "internal_affairs"), [0] * 7),
    (None, "6.属于四类过程性信息", ("results", "withheld", "process_information"), [0] * 7),
    (None, "7.属于行政执法案卷", ("results", "withheld", "law_enforcement_files"), [0] * 7),
    (None, "8.属于行政查询事项", ("results", "withheld", "administrative_inquiry"), [0] * 7),
    (
        "(四)无法提供",
        "1.本机关不掌握相关政府信息",
        ("results", "unavailable", "not_held"),
        [2, 1, 0, 0, 0, 1, 4],
    ),
    (None, "2.没有现成信息需要另行制作", ("results", "unavailable", "needs_creation"), [0] * 7),
    (None, "3.补正后申请内容仍不明确", ("results", "unavailable", "still_unclear"), [0] * 7),
    (
        "(五)不予处理",
        "1.信访举报投诉类申请",
        ("results", "not_processed", "petition_complaint"),
        [0] * 7,
    ),
    (None, "2.重复申请", ("results", "not_processed", "repeated_request"), [1, 0, 0, 0, 0, 0, 1]),
    (None, "3.要求提供公开出版物", ("results", "not_processed", "publications"), [0] * 7),
    (None, "4.无正当理由大量反复申请", ("results", "not_processed", "excessive_requests"), [0] * 7),
    (
        None,
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
        None,
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ("results", "other", "unpaid_fee"),
        [0] * 7,
    ),
    (None, "3.其他", ("results", "other", "other"), [0] * 7),
    (None, "(七)总计", ("results", "total"), [9, 2, 0, 1, 0, 1, 13]),
    (None, "四、结转下年度继续办理", ("carried_forward",), [1, 0, 0, 0, 0, 0, 1]),
]

_Blanks = dict[str, set[int]]


def _pipe_page(blanks: _Blanks | None = None) -> str:
    """A 2021 report copied as ``a | b | c |`` rows, each group's label printed at the
    start of its first row (``三、本年度办理结果 | (一)予以公开 | …``), as some sites'
    pages copy; the cells named in ``blanks`` (row label → value indexes) printed
    empty."""
    blanks = blanks or {}
    lines = [
        _TITLE,
        "二、主动公开政府信息情况",
        "第二十条第(一)项 |",
        "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        "规章 | 0 | 0 | 1 |",
        "行政规范性文件 | 7 | 2 | 30 |",
        "第二十条第(五)项 |",
        "信息内容 | 本年处理决定数量 |",
        "行政许可 | 412 |",
        "第二十条第(六)项 |",
        "信息内容 | 本年处理决定数量 |",
        "行政处罚 | 38 |",
        "行政强制 | 2 |",
        "第二十条第(八)项 |",
        "信息内容 | 本年收费金额(单位:万元) |",
        "行政事业性收费 | 0 |",
        "三、收到和处理政府信息公开申请情况",
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |",
        "自然人 | 法人或其他组织 | 总计 |",
        "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
    ]
    for group, label, _, values in _THREE_2021:
        empty = blanks.get(label, set())
        cells = [label] if group is None else [group, label]
        cells += ["" if i in empty else str(v) for i, v in enumerate(values)]
        lines.append(" | ".join(cells) + " |")
    lines += [
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议 | 行政诉讼 |",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
        " | ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2) + " |",
        "1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "五、存在的主要问题及改进情况",
    ]
    return "\n".join(lines) + "\n"


def _row(data: dict[str, object], path: tuple[str, ...]) -> list[object]:
    node: object = data["requests"]
    for key in path:
        assert isinstance(node, dict)
        node = node[key]
    assert isinstance(node, dict)
    return [node[column] for column in _COLUMNS]


def _expected_rows(blanks: _Blanks) -> dict[tuple[str, ...], list[int | None]]:
    rows: dict[tuple[str, ...], list[int | None]] = {}
    for _, label, path, values in _THREE_2021:
        empty = blanks.get(label, set())
        rows[path] = [None if i in empty else v for i, v in enumerate(values)]
    return rows


@pytest.mark.parametrize(
    "blanks",
    [
        {"(一)予以公开": {1, 3}},  # (a guard: empty cells between values were blanks before)
        {"(一)予以公开": {0}},  # beside the row's own label: not a merged label's cell
        {"1.属于国家秘密": {6}},  # the last value, before the row's closing bar
        {"1.本机关不掌握相关政府信息": {0, 6}, "一、本年新收政府信息公开申请数量": {0}},
    ],
)
def test_a_blank_cell_in_a_row_printing_its_groups_label_keeps_its_column(
    blanks: _Blanks,
) -> None:
    # before, a row printing its group's label first (a cell more than the rows around
    # it) was not read as a table row printed cell for cell: an empty cell next to the
    # label or before the closing bar was layout, the row came out a value short, was
    # left blank with a row_width warning and its printed numbers were lost
    report = gr.parse(_pipe_page(blanks))
    assert report.source.reader == "pipe"
    data = gr.to_dict(report)
    for path, values in _expected_rows(blanks).items():
        assert _row(data, path) == values, path
    assert [f.code for f in report.findings] == []


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _padded(text: str, width: int, right: bool = False) -> str:
    fill = " " * (width - _display_width(text))
    return fill + text if right else text + fill


def _display_aligned_three(blanks: _Blanks) -> str:
    """Table 三 as a text browser or converter prints it (``w3m -dump``, pandoc's plain
    text): no delimiters, each column padded with spaces to the same *display* width (a
    Chinese character two columns wide, so the rows' characters do not line up), the
    counts right-aligned, an empty cell printed as spaces."""
    lines = [
        _TITLE,
        "三、收到和处理政府信息公开申请情况",
        _padded("", 160) + _padded("申请人情况", 40),
        _padded("", 160) + "自然人  法人或其他组织" + _padded("总计", 20, right=True),
    ]
    for group, label, _, values in _THREE_2021:
        empty = blanks.get(label, set())
        cells = "".join(
            _padded("" if i in empty else str(v), 8, right=True) for i, v in enumerate(values)
        )
        lines.append((_padded(group or "", 20) + _padded(label, 140) + cells).rstrip())
    lines += ["", "四、政府信息公开行政复议、行政诉讼情况", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "blanks",
    [
        {"(二)部分公开(区分处理的,只计这一情形,不计其他情形)": {0}},
        {"二、上年结转政府信息公开申请数量": {1, 2, 3, 4, 5}},
        {"1.属于国家秘密": {6}, "2.其他法律行政法规禁止公开": {1, 2}, "3.其他": {3}},
    ],
)
def test_blank_cells_of_a_table_padded_to_display_columns_keep_their_columns(
    blanks: _Blanks,
) -> None:
    # before, the columns were looked for in characters only: with labels of different
    # lengths the rows' numbers did not line up, and each row with blank cells was a row
    # of fewer values, left blank with a row_width warning, its printed numbers lost
    report = gr.parse(_display_aligned_three(blanks))
    assert report.source.reader == "spaces"
    data = gr.to_dict(report)
    for path, values in _expected_rows(blanks).items():
        assert _row(data, path) == values, path
    placed = [f for f in report.findings if f.code == "row_width"]
    assert len(placed) == len(blanks)
    assert all(f.severity == "info" and "by their positions" in f.message for f in placed)
    warnings = [f for f in gr.validate(report) if f.severity != "info"]
    assert {f.code for f in warnings} == {"missing_table"}  # (tables 二 and 四 left out)


@pytest.mark.parametrize(
    ("printed", "value", "unit"),
    [
        ("12.50（万元）", "12.50", "万元"),
        ("12.50(万元)", "12.50", "万元"),
        ("3.2万", "3.2", "万元"),
    ],
)
def test_a_fee_with_its_unit_in_brackets_or_short_is_read_with_a_finding(
    printed: str, value: str, unit: str
) -> None:
    # before, 12.50（万元） and 3.2万 were unreadable cells: the fee read blank (warning)
    report = gr.parse(_pipe_page().replace("行政事业性收费 | 0 |", f"行政事业性收费 | {printed} |"))
    fees = gr.to_dict(report)["active_disclosure"]["administrative_fees"]
    assert fees == {"amount": {"value": value, "unit": unit}}
    [finding] = report.findings
    assert (finding.code, finding.severity) == ("repaired_cell", "info")
    assert finding.path == "active_disclosure.administrative_fees"
    assert f"read as {unit}" in finding.message


_TWO_2019 = """\
白沙镇人民政府2023年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第(一)项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t2
规范性文件\t6\t6\t41
第二十条第(五)项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政许可\t132\t增5\t1,046
其他对外管理服务事项\t27\t减3\t380
第二十条第(六)项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政处罚\t210\t0\t77
行政强制\t12\t-2\t3
第二十条第(八)项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t
行政事业性收费\t4\t0\t
第二十条第(九)项\t\t\t
信息内容\t采购项目数量\t采购总金额\t
政府集中采购\t9\t{amount}\t
三、收到和处理政府信息公开申请情况
"""


@pytest.mark.parametrize(
    ("printed", "value", "unit"),
    [("205.6725万", "205.6725", "万元"), ("1.0236亿", "1.0236", "亿元"), ("980(元)", "980", "元")],
)
def test_a_procurement_amount_with_a_short_unit_is_read_with_a_finding(
    printed: str, value: str, unit: str
) -> None:
    # a 2023 report still on the 2019 template, its excerpt cut after table 二
    report = gr.parse(_TWO_2019.format(amount=printed))
    assert (report.template, report.year) == ("2019", 2023)
    data = gr.to_dict(report)["active_disclosure"]
    assert data["centralized_procurement"] == {
        "projects": 9,
        "amount": {"value": value, "unit": unit},
    }
    assert data["administrative_licensing"] == {
        "previous_count": 132,
        "change": 5,
        "decisions": 1046,
    }
    [repaired] = [f for f in report.findings if f.code == "repaired_cell"]
    assert repaired.severity == "info"
    assert repaired.path == "active_disclosure.centralized_procurement"
    # (table 三 cut off after its heading)
    assert {f.code for f in report.findings} == {"repaired_cell", "missing_row", "missing_table"}


def test_a_count_printed_with_a_short_unit_is_still_unreadable() -> None:
    # guard: 万 makes an amount, which a count column does not hold
    report = gr.parse(_TWO_2019.format(amount="1").replace("行政许可\t132", "行政许可\t1.3万"))
    data = gr.to_dict(report)["active_disclosure"]
    assert data["administrative_licensing"]["previous_count"] is None
    [unreadable] = [f for f in report.findings if f.code == "unreadable_cell"]
    assert unreadable.path.startswith("active_disclosure.administrative_licensing")


def _pdf_two_2019(cells: dict[str, list[str]], names_right: bool = True) -> str:
    """Table 二 of the 2019 template as ``pdftotext -layout`` prints it: each label
    padded to 24 characters, each value right-aligned in a field of 16, and so the
    headers' column names (or left-aligned: ``names_right``); an empty cell prints
    nothing. ``cells`` replaces rows' printed values (row label → cells)."""
    rows: list[list[str]] = [
        ["第二十条第（一）项"],
        ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
        ["规章", "0", "0", "2"],
        ["规范性文件", "6", "6", "41"],
        ["第二十条第（五）项"],
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政许可", "132", "增5", "1046"],
        ["其他对外管理服务事项", "27", "减3", "380"],
        ["第二十条第（六）项"],
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政处罚", "210", "0", "77"],
        ["行政强制", "12", "-2", "3"],
        ["第二十条第（八）项"],
        ["信息内容", "上一年项目数量", "本年增/减"],
        ["行政事业性收费", "4", "0"],
        ["第二十条第（九）项"],
        ["信息内容", "采购项目数量", "采购总金额"],
        ["政府集中采购", "9", "38.5万元"],
    ]
    lines = ["白沙镇人民政府2020年政府信息公开工作年度报告", "", "二、主动公开政府信息情况", ""]
    for label, *values in rows:
        values = cells.get(label, values)
        right = names_right or label != "信息内容"
        fields = "".join(v.rjust(16) if right else v.ljust(16) for v in values)
        lines.append((label.ljust(24) + fields).rstrip())
        lines.append("")
    lines += ["三、收到和处理政府信息公开申请情况", ""]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("label", "printed", "key", "expected"),
    [
        (
            "行政处罚",
            ["210", "", "77"],
            "administrative_penalty",
            {"previous_count": 210, "change": None, "decisions": 77},
        ),
        (
            "其他对外管理服务事项",
            ["27", "", "380"],
            "other_administrative_services",
            {"previous_count": 27, "change": None, "decisions": 380},
        ),
        (
            "行政许可",  # (the row after it prints every column)
            ["", "增5", "1046"],
            "administrative_licensing",
            {"previous_count": None, "change": 5, "decisions": 1046},
        ),
        (
            "规范性文件",
            ["6", "", ""],
            "normative_documents",
            {"new_made": 6, "new_published": None, "total_published": None},
        ),
    ],
)
def test_a_table_two_row_with_blank_cells_in_pdf_text_is_placed_by_the_row_beside_it(
    label: str, printed: list[str], key: str, expected: dict[str, int | None]
) -> None:
    # before, the row was a row of fewer values, left blank with a row_width warning and
    # its printed numbers lost (a 2019 report's 本年增/减 left blank is common)
    report = gr.parse(_pdf_two_2019({label: printed}))
    assert report.source.reader == "spaces"
    assert (report.template, report.year) == ("2019", 2020)
    data = gr.to_dict(report)["active_disclosure"]
    assert data[key] == expected
    assert data["administrative_enforcement"] == {
        "previous_count": 12,
        "change": -2,
        "decisions": 3,
    }
    [placed] = [f for f in report.findings if f.code == "row_width"]
    assert placed.severity == "info" and "by their positions" in placed.message
    assert {f.code for f in report.findings} == {"row_width", "missing_row", "missing_table"}


@pytest.mark.parametrize(
    ("label", "printed", "key", "expected"),
    [
        ("行政事业性收费", ["", "0"], "administrative_fees", {"previous_count": None, "change": 0}),
        ("行政事业性收费", ["4", ""], "administrative_fees", {"previous_count": 4, "change": None}),
        (
            "政府集中采购",
            ["", "38.5万元"],
            "centralized_procurement",
            {"projects": None, "amount": {"value": "38.5", "unit": "万元"}},
        ),
    ],
)
def test_a_row_alone_in_its_group_with_a_blank_cell_in_pdf_text_is_placed_by_its_header(
    label: str, printed: list[str], key: str, expected: dict[str, object]
) -> None:
    # before, one value for two columns: left blank with a row_width warning, the
    # printed value lost; the header's column names on the line above stand where the
    # row's numbers do (right-aligned alike)
    report = gr.parse(_pdf_two_2019({label: printed}))
    data = gr.to_dict(report)["active_disclosure"]
    assert data[key] == expected
    [placed] = [f for f in report.findings if f.code == "row_width"]
    assert placed.severity == "info" and "by their positions" in placed.message


def test_a_row_alone_in_its_group_under_names_standing_elsewhere_is_still_in_doubt() -> None:
    # guard: the header's names left-aligned, the numbers right-aligned: no column's
    # edge tells where the one number stands
    report = gr.parse(_pdf_two_2019({"行政事业性收费": ["", "0"]}, names_right=False))
    data = gr.to_dict(report)["active_disclosure"]
    assert data["administrative_fees"] == {"previous_count": None, "change": None}
    [width] = [f for f in report.findings if f.code == "row_width"]
    assert width.severity == "warning"
    assert width.path == "active_disclosure.administrative_fees"


def test_read_value_reads_an_amount_with_a_short_unit_as_money() -> None:
    # (tests/test_cells.py listed 12万 among unreadable words after a number; a count's
    # column still reads it so, as the guard above shows)
    value = read_value("12万")
    assert value.kind is Kind.MONEY
    assert value.money is not None and str(value.money) == "12万元"
    assert value.repaired == "the unit of the amount '12万' read as 万元"


_REVIEW_VALUES = "1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
_REVIEW_GROUPS = ("administrative_review", "litigation_direct", "litigation_after_review")
_REVIEW_KEYS = ("upheld", "corrected", "other", "pending", "total")


@pytest.mark.parametrize(
    ("printed", "blanks"),
    [
        ("1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |", {14}),
        ("|  | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", {0}),
        ("|  | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |", {0, 14}),
        ("| 1 | 0 | 0 | 0 | 1 |  |  |  |  |  | 0 | 0 | 0 | 0 | 0 |", {5, 6, 7, 8, 9}),  # (guard)
    ],
)
def test_table_fours_row_of_values_keeps_a_blank_printed_empty_at_its_ends(
    printed: str, blanks: set[int]
) -> None:
    # before, an empty cell at either end of table 四's one row of values was layout:
    # fourteen values for fifteen columns, all left blank with a row_width warning
    report = gr.parse(_pipe_page().replace(_REVIEW_VALUES, printed))
    review = gr.to_dict(report)["review_litigation"]
    values = [1, 0, 0, 0, 1] + [0] * 10
    assert [review[g][k] for g in _REVIEW_GROUPS for k in _REVIEW_KEYS] == [
        None if i in blanks else v for i, v in enumerate(values)
    ]
    assert report.findings == ()


def test_a_short_row_of_values_alone_is_still_in_doubt() -> None:
    # guard: fourteen cells, one of them empty, are not table 四's fifteen columns
    printed = "1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |"
    report = gr.parse(_pipe_page().replace(_REVIEW_VALUES, printed))
    review = gr.to_dict(report)["review_litigation"]
    assert all(v is None for group in review.values() for v in group.values())
    [width] = report.findings
    assert (width.code, width.severity) == ("row_width", "warning")

"""Tables 二 and 四 as the mapping reads them (the thirty-first hunt).
Every input is fictional (the bundled fixtures with organs and numbers invented here)."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr

FIXTURES = Path(__file__).parent / "fixtures" / "text"
_PIPE_2021 = (FIXTURES / "pipe_rows_2021.txt").read_text(encoding="utf-8")
_TAB_2019 = (FIXTURES / "tab_2019.txt").read_text(encoding="utf-8")
_FEE_HEADER = "| 信息内容 | 本年收费金额（单位：万元） | | |"
_FEE_ROW = "| 行政事业性收费 | 18.60 | | |"


def _fees(report: gr.Report) -> object:
    return gr.to_dict(report)["active_disclosure"]["administrative_fees"]["amount"]


def _about(report: gr.Report, key: str) -> list[tuple[str, str]]:
    return [
        (f.code, f.severity)
        for f in report.findings
        if f.path and f.path.startswith(f"active_disclosure.{key}")
    ]


def _fee_text(header: str = _FEE_HEADER, row: str = _FEE_ROW, before: str = "") -> str:
    assert _FEE_HEADER in _PIPE_2021 and _FEE_ROW in _PIPE_2021
    text = _PIPE_2021.replace(_FEE_HEADER, header).replace(_FEE_ROW, row)
    if before:
        title = "二、主动公开政府信息情况\n"
        text = text.replace(title, f"{title}{before}\n", 1)
        assert before in text
    return text


@pytest.mark.parametrize(
    ("header", "row", "before", "value", "unit"),
    [
        # the cell's unit against the header's
        (_FEE_HEADER, "| 行政事业性收费 | 1860元 | | |", "", "1860", "元"),
        # the row label's unit against the header's
        (_FEE_HEADER, "| 行政事业性收费（元） | 1860 | | |", "", "1860", "万元"),
        # a unit line above the table against the header's
        (_FEE_HEADER, _FEE_ROW, "单位：元", "18.60", "元"),
        # the cell's unit against the row label's
        (
            "| 信息内容 | 本年收费金额 | | |",
            "| 行政事业性收费（万元） | 1860元 | | |",
            "",
            "1860",
            "元",
        ),
    ],
)
def test_an_amount_whose_unit_is_printed_twice_differently_is_warned_on(
    header: str, row: str, before: str, value: str, unit: str
) -> None:
    """Table 二's amount with two different units printed for it (元 in the cell or the
    row's label, 万元 in the header; 单位：元 above the table and 万元 in the header):
    one was taken, silently, where either may be the slip (a 10,000x difference). The
    value is read as before, with a ``repaired_cell`` warning naming both units."""
    report = gr.parse(_fee_text(header, row, before))
    assert _fees(report) == {"value": value, "unit": unit}
    assert _about(report, "administrative_fees") == [("repaired_cell", "warning")]
    message = next(f.message for f in report.findings if f.code == "repaired_cell")
    assert "元" in message and "万元" in message


def test_a_procurement_amount_under_a_header_naming_another_unit_is_warned_on() -> None:
    """The 2019 procurement amount printed in 万元 under a header naming 元."""
    old = "信息内容\t采购项目数量\t采购总金额\t"
    assert old in _TAB_2019
    report = gr.parse(_TAB_2019.replace(old, "信息内容\t采购项目数量\t采购总金额（元）\t"))
    row = gr.to_dict(report)["active_disclosure"]["centralized_procurement"]
    assert row == {"projects": 57, "amount": {"value": "3518.2050", "unit": "万元"}}
    assert _about(report, "centralized_procurement") == [("repaired_cell", "warning")]


@pytest.mark.parametrize(
    ("header", "row", "before"),
    [
        (_FEE_HEADER, "| 行政事业性收费 | 18.60万元 | | |", ""),
        (_FEE_HEADER, "| 行政事业性收费（万元） | 18.60 | | |", ""),
        (_FEE_HEADER, _FEE_ROW, "单位：万元"),
    ],
)
def test_an_amount_whose_units_agree_gets_no_finding(header: str, row: str, before: str) -> None:
    """The same unit printed in two places (or a sentence with an amount, no unit's
    label) is no doubt."""
    report = gr.parse(_fee_text(header, row, before))
    assert _fees(report) == {"value": "18.60", "unit": "万元"}
    assert [c for c, s in _about(report, "administrative_fees") if s != "info"] == []


@pytest.mark.parametrize(
    "note", ["注：本年收费金额为18.60元以上", "说明：收费金额比上年减少1200 元"]
)
def test_an_amount_in_a_note_above_the_table_is_no_unit_for_the_header(note: str) -> None:
    """A sentence naming 金额 with an amount in 元 above table 二 gave the table its
    unit: the first cell naming 金额 and a unit was taken as the header's, so the fee
    under 本年收费金额（单位：万元） came back as 18.60 元, silently. A unit printed
    right after a number is an amount's, not a unit's label: the header's 万元 is read."""
    report = gr.parse(_fee_text(before=note))
    assert _fees(report) == {"value": "18.60", "unit": "万元"}
    assert [c for c, s in _about(report, "administrative_fees") if s != "info"] == []


_CAPTION_1 = "| 第二十条第（一）项 | | | |\n|---|---|---|---|\n"
_DOCS_HEADER = "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"
_REGULATIONS = "| 规章 | 0 | 0 | 0 |"
_NORMATIVE = "| 行政规范性文件 | 3 | 1 | 14 |"


def _documents(report: gr.Report) -> list[object]:
    table = gr.to_dict(report)["active_disclosure"]
    return [table["regulations"], table["normative_documents"]]


@pytest.mark.parametrize("between", ["", "本机关本年度主动公开情况如下："])
@pytest.mark.parametrize(
    ("header", "regulations", "normative"),
    [
        # a remarks column after the template's three
        (
            "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 备注 |",
            "| 规章 | 0 | 1 | 7 | 无 |",
            "| 行政规范性文件 | 3 | 0 | 12 | / |",
        ),
        # the template's columns in another order
        (
            "| 信息内容 | 现行有效件数 | 本年制发件数 | 本年废止件数 |",
            "| 规章 | 7 | 0 | 1 |",
            "| 行政规范性文件 | 12 | 3 | 0 |",
        ),
    ],
)
def test_a_first_header_with_no_caption_above_it_is_read_without_the_title(
    header: str, regulations: str, normative: str, between: str
) -> None:
    """Table 二 printing no 第二十条 caption above its first header: the section's
    title (and a sentence under it) were read as the header's first cells, so a header
    naming a remarks column was no longer one the parser knew (the rows blank, with
    ``row_width`` warnings). The table's title and a sentence ending in a colon are no
    header cells: the header is read as under a caption."""
    text = _PIPE_2021
    for old in (_CAPTION_1 + _DOCS_HEADER, _REGULATIONS, _NORMATIVE):
        assert old in text
    new = (between + "\n\n" if between else "") + header + "\n|---|---|---|---|"
    text = text.replace(_CAPTION_1 + _DOCS_HEADER, new)
    text = text.replace(_REGULATIONS, regulations).replace(_NORMATIVE, normative)
    report = gr.parse(text)
    assert _documents(report) == [
        {"issued": 0, "repealed": 1, "in_force": 7},
        {"issued": 3, "repealed": 0, "in_force": 12},
    ]
    codes = {f.code for f in report.findings if f.path == "active_disclosure.regulations"}
    assert "row_width" not in codes or "备注" in header


_ONE_GRID = """二、主动公开政府信息情况

信息内容\t本年制发件数\t本年废止件数\t现行有效件数\t本年处理决定数量\t本年收费金额（万元）
规章\t0\t1\t7\t/\t/
行政规范性文件\t3\t0\t12\t/\t/
行政许可\t/\t/\t/\t318\t/
行政处罚\t/\t/\t/\t26\t/
行政强制\t/\t/\t/\t2\t/
行政事业性收费\t/\t/\t/\t/\t4.80

三、收到和处理政府信息公开申请情况
"""


def test_table_two_printed_as_one_grid_of_every_column_with_no_caption_is_read() -> None:
    """Table 二 printed as one grid naming every column once, no 第二十条 captions, each
    row's other cells marked ``/``: the title was read as the header's first cell, the
    header no longer known, and the two three-value rows left blank (``row_width``)."""
    start = _PIPE_2021.index("二、主动公开政府信息情况")
    end = _PIPE_2021.index("三、收到和处理政府信息公开申请情况")
    report = gr.parse(_PIPE_2021[:start] + _ONE_GRID + _PIPE_2021[end + 18 :])
    table = gr.to_dict(report)["active_disclosure"]
    assert _documents(report) == [
        {"issued": 0, "repealed": 1, "in_force": 7},
        {"issued": 3, "repealed": 0, "in_force": 12},
    ]
    assert table["administrative_licensing"] == {"decisions": 318}
    assert table["administrative_fees"] == {"amount": {"value": "4.80", "unit": "万元"}}
    warned = [f for f in report.findings if f.path and f.path.startswith("active_disclosure")]
    assert [f.code for f in warned if f.severity != "info"] == []


_PENALTY = "| 行政处罚 | 42 | | |"
_ENFORCEMENT = "| 行政强制 | 0 | | |"


@pytest.mark.parametrize(
    "breakdown",
    ["（其中行政强制措施）", "(其中：行政强制执行)", "（其中:行政许可变更）"],
)
@pytest.mark.parametrize("after", [_PENALTY, _ENFORCEMENT])
def test_a_breakdown_in_brackets_is_no_row_of_its_own(breakdown: str, after: str) -> None:
    """A breakdown row opened in brackets (``（其中行政强制措施） | 1``) under a table-二
    row was read as the row it names (其中 was a breakdown only at the label's start):
    行政强制 then held two rows' values and was left blank (``row_width``), or the
    breakdown's 1 was compared with the row as a second copy. Such a label names no row
    of its own: the rows' values are read, the breakdown's is not."""
    assert _PENALTY in _PIPE_2021 and _ENFORCEMENT in _PIPE_2021
    text = _PIPE_2021.replace(after, f"{after}\n| {breakdown} | 1 | | |")
    report = gr.parse(text)
    table = gr.to_dict(report)["active_disclosure"]
    assert table["administrative_penalty"] == {"decisions": 42}
    assert table["administrative_enforcement"] == {"decisions": 0}
    assert table["administrative_licensing"] == {"decisions": 386}


_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
_REVIEW_KEYS = ["upheld", "corrected", "other", "pending", "total"]
_GROUPS = ["administrative_review", "litigation_direct", "litigation_after_review"]


def _review_text(group: int, left_out: int, vertical: bool) -> tuple[str, list[int | None]]:
    """Table 四 whose header prints no column for result ``left_out`` of group
    ``group`` (fourteen values), and the fifteen cells expected (that one blank)."""
    numbers: list[int | None] = [4, 1, 0, 1, 6, 2, 1, 0, 0, 3, 1, 0, 0, 1, 2]
    heads = [list(_RESULTS) for _ in range(3)]
    del heads[group][left_out]
    printed = [n for at, n in enumerate(numbers) if at != group * 5 + left_out]
    numbers[group * 5 + left_out] = None
    first, direct, after = heads
    review_width, direct_width = len(first), len(direct)
    rows = [
        ["行政复议"] + [""] * (review_width - 1) + ["行政诉讼"],
        first + ["未经复议直接起诉"] + [""] * (direct_width - 1) + ["复议后起诉"],
        [""] * review_width + direct + after,
        [str(n) for n in printed],
    ]
    if vertical:
        body = "\n\n".join("\n".join(c for c in row if c) for row in rows)
    else:
        body = "\n".join(" | ".join(row) for row in rows)
    start = _PIPE_2021.index("四、政府信息公开行政复议、行政诉讼情况")
    end = _PIPE_2021.index("五、政府信息公开工作存在的主要问题")
    text = _PIPE_2021[:start] + "四、政府信息公开行政复议、行政诉讼情况\n\n" + body + "\n\n"
    return text + _PIPE_2021[end:], numbers


@pytest.mark.parametrize("vertical", [False, True])
@pytest.mark.parametrize(("group", "left_out"), [(0, 3), (0, 0), (1, 2), (2, 3), (2, 0)])
def test_table_four_whose_header_leaves_out_one_result_reads_fourteen_values(
    group: int, left_out: int, vertical: bool
) -> None:
    """Table 四 whose header prints one group with four results, one of them left out
    (行政复议 with no 尚未审结 column), and fourteen values: left blank with a
    ``row_width`` warning, or (a cell a line) read shifted, 结果维持 blank and the others
    a column off. As a header leaving out a 总计 is read, the header's names now place
    the fourteen, the column it does not print blank, with one ``row_width`` warning."""
    text, numbers = _review_text(group, left_out, vertical)
    report = gr.parse(text)
    table = gr.to_dict(report)["review_litigation"]
    read = [table[g][k] for g in _GROUPS for k in _REVIEW_KEYS]
    assert read == numbers
    warned = [(f.code, f.path) for f in report.findings if f.severity != "info"]
    path = f"review_litigation.{_GROUPS[group]}.{_REVIEW_KEYS[left_out]}"
    assert [w for w in warned if w[1] and w[1].startswith("review_litigation")] == [
        ("row_width", path)
    ]

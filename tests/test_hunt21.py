"""Tables 二 and 四 as other organs print them (twenty-first hunt): rows, labels, headers
and columns of fictional reports (青禾县, numbers made up) in every layout. Each test
failed on the code before its fix."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_SAMPLE_TEXT = gr.sample_text()
_ACTIVE_AT = _SAMPLE_TEXT.index("二、主动公开政府信息情况")
_REQUESTS_AT = _SAMPLE_TEXT.index("三、收到和处理政府信息公开申请情况")
_REVIEW_AT = _SAMPLE_TEXT.index("四、政府信息公开行政复议")
_AFTER_AT = _SAMPLE_TEXT.index("五、存在的主要问题")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _laid_out(rows: str, layout: str) -> str:
    """Pipe rows (``a | b |``) printed in ``layout``: ``pipe``, ``tab``, ``spaces``
    (cells four spaces apart), ``lines`` (a cell a line, empty cells dropped) or
    ``paragraphs`` (a cell a paragraph, empty cells dropped)."""
    out: list[str] = []
    for line in rows.strip("\n").split("\n"):
        if "|" not in line:
            out.append(line)
            continue
        cells = _cells(line)
        if layout == "pipe":
            out.append("| " + " | ".join(cells) + " |")
        elif layout == "tab":
            out.append("\t".join(cells))
        elif layout == "spaces":
            out.append("    ".join(cell or "  " for cell in cells).rstrip())
        elif layout == "lines":
            out += [cell for cell in cells if cell]
        else:
            for cell in cells:
                if cell:
                    out += [cell, ""]
    return "\n".join(out) + "\n\n"


def _with_tables(layout: str, active: str | None = None, review: str | None = None) -> str:
    """The sample report, every table printed in ``layout``, with table 二 and/or 四
    replaced by ``active`` / ``review`` (pipe rows under the section's heading)."""
    head = _SAMPLE_TEXT[:_ACTIVE_AT]
    two = _SAMPLE_TEXT[_ACTIVE_AT:_REQUESTS_AT] if active is None else active
    three = _SAMPLE_TEXT[_REQUESTS_AT:_REVIEW_AT]
    four = _SAMPLE_TEXT[_REVIEW_AT:_AFTER_AT] if review is None else review
    body = "\n".join(
        line.replace("\t", " | ") + " |" if "\t" in line else line
        for line in (two + three + four).split("\n")
    )
    return head + _laid_out(body, layout) + _SAMPLE_TEXT[_AFTER_AT:]


def _review(report: gr.Report) -> dict[str, object]:
    review = gr.to_dict(report)["review_litigation"]
    assert isinstance(review, dict)
    return review


def _codes(findings: list[gr.Finding], prefix: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in findings if (f.path or "").startswith(prefix)]


def _groups(*numbers: int | None) -> dict[str, dict[str, int | None]]:
    """Table 四 as ``to_dict`` gives it, from its fifteen numbers in the template's order."""
    columns = ("upheld", "corrected", "other", "pending", "total")
    groups = ("administrative_review", "litigation_direct", "litigation_after_review")
    return {
        group: dict(zip(columns, numbers[at * 5 : at * 5 + 5], strict=True))
        for at, group in enumerate(groups)
    }


_LAYOUTS = ["pipe", "tab", "lines", "paragraphs", "spaces"]


# --- table 四 printed a row per group, its results in another order -----------------------

_BY_GROUP_TOTAL_FIRST = """四、政府信息公开行政复议、行政诉讼情况
项目 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |
行政复议 | 6 | 2 | 1 | 0 | 3 |
未经复议直接起诉 | 1 | 1 | 0 | 0 | 0 |
复议后起诉 | 4 | 0 | 2 | 1 | 1 |
"""


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_a_table_four_printed_a_row_per_group_follows_its_headers_result_order(
    layout: str,
) -> None:
    # a row per group under a header printing 总计 first: the groups were placed by
    # their names but each row's values by the template's order (行政复议's 总计 read
    # as 6 → upheld), with no finding at parse time
    report = gr.parse(_with_tables(layout, review=_BY_GROUP_TOTAL_FIRST))
    assert _review(report) == _groups(2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("column_order", "warning")]
    assert "总计, 结果维持" in notes[0].message
    assert not [f for f in gr.validate(report) if f.code == "review_total"]


# --- table 四 printed transposed, its totals not adding up ---------------------------------

_TRANSPOSED_OFF = """四、政府信息公开行政复议、行政诉讼情况
 | 行政复议 | 未经复议直接起诉 | 复议后起诉 |
结果维持 | 2 | 1 | 0 |
结果纠正 | 1 | 0 | 1 |
其他结果 | 0 | 0 | 0 |
尚未审结 | 1 | 0 | 0 |
总计 | 4 | 1 | 2 |
"""


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_a_transposed_table_four_whose_totals_are_off_is_read_by_its_rows(layout: str) -> None:
    # results as rows, groups as columns, 复议后起诉's 总计 one more than its results:
    # transposing was judged by the arithmetic alone, so the table was read by position
    # (行政复议 2, 1, 0, 1, 0), silently
    report = gr.parse(_with_tables(layout, review=_TRANSPOSED_OFF))
    assert _review(report) == _groups(2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 1, 0, 0, 2)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("column_order", "warning")]
    assert "transposed" in notes[0].message
    # the publisher's sum, reported where it is wrong
    assert [f.path for f in gr.validate(report) if f.code == "review_total"] == [
        "review_litigation.litigation_after_review.total"
    ]


# --- a note under table 二 naming its first row ----------------------------------------

_ACTIVE = """二、主动公开政府信息情况
第二十条第（一）项 |
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 2 |
行政规范性文件 | 5 | 1 | 23 |
第二十条第（五）项 |
信息内容 | 本年处理决定数量 |
行政许可 | 1204 |
第二十条第（六）项 |
信息内容 | 本年处理决定数量 |
行政处罚 | 37 |
行政强制 | 0 |
第二十条第（八）项 |
信息内容 | 本年收费金额（单位：万元） |
行政事业性收费 | 12.50 |
"""


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(
    "note",
    [
        "注1：本机关无规章制定权。",
        "（注：规章栏为本级政府规章）",
        "备注：规章0件 |",
        "说明：规章由市级制定",
    ],
)
def test_a_note_under_table_two_naming_its_first_row_is_no_second_copy(
    layout: str, note: str
) -> None:
    # a footnote naming 规章 under the table was read as the table's first row named
    # again: an unknown_row warning said the table was printed twice with other values
    report = gr.parse(_with_tables(layout, active=_ACTIVE + note + "\n"))
    assert (
        gr.to_dict(report)["active_disclosure"]
        == gr.to_dict(gr.parse(_SAMPLE_TEXT))["active_disclosure"]
    )
    assert not _codes(report.findings, "active_disclosure")


# --- table 四's result labels broken over two lines in pdftotext's layout -----------------

_WRAPPED_HEADER = """四、政府信息公开行政复议、行政诉讼情况

                 行政复议                                                行政诉讼
                                              未经复议直接起诉                      复议后起诉
  {first}
  {second}
   {values}

"""


def _wrapped(first: str, second: str, values: str) -> str:
    return _WRAPPED_HEADER.format(
        first="    ".join([first] * 3), second="    ".join([second] * 3), values=values
    )


def test_a_wrapped_table_four_header_printing_the_total_first_places_the_values() -> None:
    # pdftotext prints each narrow header cell on two lines (结果 / 维持) and 总计 on
    # one: the header's order (总计 first) was not read and the values were read by
    # position (行政复议 upheld 6, total 3), with no finding at parse time
    review = _wrapped(
        "总计   结果   结果   其他   尚未",
        "       维持   纠正   结果   审结",
        "6      2      1      0      3        1      1      0      0      0        4      0"
        "      2      1      1",
    )
    report = gr.parse(_with_tables("spaces", review=review))
    assert report.source.reader == "spaces"
    assert _review(report) == _groups(2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("column_order", "warning")]
    assert "总计, 结果维持, 结果纠正, 其他结果, 尚未审结" in notes[0].message
    assert not [f for f in gr.validate(report) if f.code == "review_total"]


def test_a_wrapped_table_four_header_in_the_template_order_reads_by_position() -> None:
    review = _wrapped(
        "结果   结果   其他   尚未   总计",
        "维持   纠正   结果   审结",
        "2      1      0      3      6        1      0      0      0      1        0      2"
        "      1      1      4",
    )
    report = gr.parse(_with_tables("spaces", review=review))
    assert _review(report) == _groups(2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4)
    assert not [f for f in report.findings if f.path == "review_litigation"]


# --- table 二's header printing a column the template's row does not have -----------------


def _active(first: str, licensing: str, punishing: str, fees: str) -> str:
    """Table 二 (template 2021) with the header lines and rows given for its groups."""
    return f"""二、主动公开政府信息情况
第二十条第（一）项 |
{first}
第二十条第（五）项 |
{licensing}
第二十条第（六）项 |
{punishing}
第二十条第（八）项 |
{fees}
"""


_FIRST = """信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 2 |
行政规范性文件 | 5 | 1 | 23 |"""
_LICENSING = """信息内容 | 本年处理决定数量 |
行政许可 | 1204 |"""
_PUNISHING = """信息内容 | 本年处理决定数量 |
行政处罚 | 37 |
行政强制 | 0 |"""
_FEES = """信息内容 | 本年收费金额（单位：万元） |
行政事业性收费 | 12.50 |"""
_SAMPLE_ACTIVE = gr.to_dict(gr.parse(_SAMPLE_TEXT))["active_disclosure"]
_ONE_LINE_LAYOUTS = ["pipe", "tab"]


def _extra_notes(report: gr.Report) -> list[tuple[str, str, str | None]]:
    return [
        (f.code, f.severity, f.path)
        for f in report.findings
        if (f.path or "").startswith("active_disclosure")
    ]


@pytest.mark.parametrize("layout", _ONE_LINE_LAYOUTS)
def test_a_remarks_column_in_table_two_is_left_out_of_the_rows(layout: str) -> None:
    # 信息内容 | 本年处理决定数量 | 备注, each row a count and a remark: the rows were
    # left blank with a row_width warning (and the remark reported unreadable)
    licensing = """信息内容 | 本年处理决定数量 | 备注 |
行政许可 | 1204 | 含备案类事项 |"""
    punishing = """信息内容 | 本年处理决定数量 | 备注 |
行政处罚 | 37 | 简易程序5件 |
行政强制 | 0 | 无 |"""
    report = gr.parse(_with_tables(layout, active=_active(_FIRST, licensing, punishing, _FEES)))
    assert gr.to_dict(report)["active_disclosure"] == _SAMPLE_ACTIVE
    paths = ["administrative_licensing", "administrative_penalty", "administrative_enforcement"]
    assert _extra_notes(report) == [
        ("row_width", "info", f"active_disclosure.{path}") for path in paths
    ]
    messages = [f.message for f in report.findings if f.code == "row_width"]
    assert "备注 '含备案类事项'" in messages[0]


@pytest.mark.parametrize("layout", _ONE_LINE_LAYOUTS)
def test_a_count_column_the_template_lacks_in_table_two_is_reported_not_read(
    layout: str,
) -> None:
    # 本年修订件数 between 本年废止件数 and 现行有效件数; 收费项目数 before the amount
    first = """信息内容 | 本年制发件数 | 本年废止件数 | 本年修订件数 | 现行有效件数 |
规章 | 0 | 0 | 1 | 2 |
行政规范性文件 | 5 | 1 | 3 | 23 |"""
    fees = """信息内容 | 收费项目数 | 本年收费金额（单位：万元） |
行政事业性收费 | 4 | 12.50 |"""
    report = gr.parse(_with_tables(layout, active=_active(first, _LICENSING, _PUNISHING, fees)))
    assert gr.to_dict(report)["active_disclosure"] == _SAMPLE_ACTIVE
    paths = ["regulations", "normative_documents", "administrative_fees"]
    assert _extra_notes(report) == [
        ("row_width", "warning", f"active_disclosure.{path}") for path in paths
    ]
    messages = [f.message for f in report.findings if f.code == "row_width"]
    assert "本年修订件数 '1'" in messages[0]
    assert "收费项目数 '4'" in messages[2]


def test_a_unit_column_after_an_amount_still_gives_the_amount_its_unit() -> None:
    fees = """信息内容 | 本年收费金额 | 单位 |
行政事业性收费 | 12.50 | 万元 |"""
    report = gr.parse(_with_tables("pipe", active=_active(_FIRST, _LICENSING, _PUNISHING, fees)))
    assert gr.to_dict(report)["active_disclosure"] == _SAMPLE_ACTIVE


def test_a_header_naming_a_rows_column_twice_is_not_read_by_an_extra_column() -> None:
    # 上年处理决定数量 | 本年处理决定数量: both name 处理决定数量; the row stays blank
    licensing = """信息内容 | 上年处理决定数量 | 本年处理决定数量 |
行政许可 | 980 | 1204 |"""
    report = gr.parse(_with_tables("pipe", active=_active(_FIRST, licensing, _PUNISHING, _FEES)))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["administrative_licensing"] == {"decisions": None}
    assert _extra_notes(report) == [
        ("row_width", "warning", "active_disclosure.administrative_licensing")
    ]


# --- table 四 printing a 合计 column the template lacks ------------------------------------

_LITIGATION_SUM_LAST = """四、政府信息公开行政复议、行政诉讼情况
行政复议 | | | | | 行政诉讼 | | | | | | | | | | |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | \
| | | 复议后起诉 | | | | | 合计 |
| | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 \
| 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |
2 | 1 | 0 | 3 | 6 | 1 | 0 | 0 | 0 | 1 | 0 | 2 | 1 | 1 | 4 | 5 |
"""
_LITIGATION_SUM_FIRST = """四、政府信息公开行政复议、行政诉讼情况
行政复议 | | | | | 行政诉讼 | | | | | | | | | | |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 合计 | 未经复议直接起诉 | \
| | | | 复议后起诉 | | | | |
| | | | | | 结果维持 | 结果纠正 | 其他结果 \
| 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
2 | 1 | 0 | 3 | 6 | 5 | 1 | 0 | 0 | 0 | 1 | 0 | 2 | 1 | 1 | 4 |
"""


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("review", [_LITIGATION_SUM_LAST, _LITIGATION_SUM_FIRST])
@pytest.mark.parametrize(
    ("printed", "read"),
    [
        # (the arithmetic alone fixed these, with a warning)
        ("2 1 0 3 6 1 0 0 0 1 0 2 1 1 4 5", (2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4)),
        # 复议后起诉 0 1 0 0 1 reads as 1 0 0 1 2 too, its 0 the extra cell: those
        # columns were left blank
        ("2 1 0 3 6 1 0 0 0 1 0 1 0 0 1 2", (2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1)),
    ],
)
def test_a_litigation_sum_column_in_table_four_is_left_out(
    layout: str, review: str, printed: str, read: tuple[int, ...]
) -> None:
    # a 合计 column summing the litigation groups' totals, last or before them
    numbers = printed.split()
    at = 15 if review is _LITIGATION_SUM_LAST else 5
    numbers.insert(at, numbers.pop())
    values = " | ".join(numbers) + " |"
    review = review[: review.rindex("\n", 0, -1) + 1] + values + "\n"
    report = gr.parse(_with_tables(layout, review=review))
    assert _review(report) == _groups(*read)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("row_width", "info")]
    assert f"'{numbers[at]}'" in notes[0].message


# --- table 四 printed as a table per group or two, in another order ------------------------

_LITIGATION_FIRST = """四、政府信息公开行政复议、行政诉讼情况
行政诉讼 |
未经复议直接起诉 | | | | | 复议后起诉 | | | | |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 \
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
1 | 0 | 0 | 0 | 1 | 0 | 2 | 1 | 1 | 4 |
行政复议 |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
2 | 1 | 0 | 3 | 6 |
"""
_TABLE_PER_GROUP = """四、政府信息公开行政复议、行政诉讼情况
（一）行政复议 |
总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |
6 | 2 | 1 | 0 | 3 |
（二）行政诉讼（复议后起诉） |
总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |
4 | 0 | 2 | 1 | 1 |
（三）行政诉讼（未经复议直接起诉） |
总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |
1 | 1 | 0 | 0 | 0 |
"""


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_table_four_printed_litigation_first_as_two_tables_is_placed_by_their_names(
    layout: str,
) -> None:
    # 行政诉讼's table above 行政复议's: read by position, 行政复议 took 未经复议直接起诉's
    # values and so on, every group adding up: silently wrong
    report = gr.parse(_with_tables(layout, review=_LITIGATION_FIRST))
    assert _review(report) == _groups(2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("column_order", "warning")]
    assert "未经复议直接起诉、复议后起诉、行政复议" in notes[0].message


@pytest.mark.parametrize("layout", ["pipe", "tab", "lines", "paragraphs"])
def test_table_four_printed_a_table_per_group_follows_each_header(layout: str) -> None:
    # three small tables, each its group's name, a header printing 总计 first and its
    # values; the groups out of the template's order: read by position, silently
    report = gr.parse(_with_tables(layout, review=_TABLE_PER_GROUP))
    assert _review(report) == _groups(2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("column_order", "warning")]
    assert not [f for f in gr.validate(report) if f.code == "review_total"]


# --- table 四 printed a row per group, with a row summing the litigation groups -----------

_BY_GROUP_WITH_SUM = """四、政府信息公开行政复议、行政诉讼情况
类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
行政复议 | 2 | 1 | 0 | 3 | 6 |
{label} | {sums} |
其中：未经复议直接起诉 | 1 | 0 | 0 | 0 | 1 |
复议后起诉 | 0 | 2 | 1 | 1 | 4 |
"""


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("label", ["行政诉讼", "行政诉讼合计", "行政诉讼（小计）"])
def test_a_row_summing_the_litigation_groups_is_left_out(layout: str, label: str) -> None:
    # a row per group, 行政诉讼's own row summing its two groups above them: twenty
    # values for fifteen columns, the table left blank with a row_width warning
    review = _BY_GROUP_WITH_SUM.format(label=label, sums="1 | 2 | 1 | 1 | 5")
    report = gr.parse(_with_tables(layout, review=review))
    assert _review(report) == _groups(2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("row_width", "info")]
    assert "'1', '2', '1', '1', '5'" in notes[0].message


def test_a_litigation_row_that_is_no_sum_is_not_left_out() -> None:
    review = _BY_GROUP_WITH_SUM.format(label="行政诉讼", sums="1 | 2 | 1 | 1 | 6")
    report = gr.parse(_with_tables("pipe", review=review))
    assert _review(report) == _groups(*[None] * 15)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("row_width", "warning")]


# --- table 二's header cells broken inside their words in pdftotext's layout --------------

_SPACES_ACTIVE = """二、主动公开政府信息情况

  第二十条第（一）项
  信息内容        {first}
                  {second}
  规章            {regulations}
  行政规范性文件  {normative}
  第二十条第（五）项
  信息内容        本年处理决定数量
  行政许可        1204
  第二十条第（六）项
  信息内容        本年处理决定数量
  行政处罚        37
  行政强制        0
  第二十条第（八）项
  信息内容        本年收费金额（单位：万元）
  行政事业性收费  12.50

"""


@pytest.mark.parametrize(
    ("first", "second", "regulations", "normative"),
    [
        # 现行有效件数 printed first, each cell three characters wide: 有效 and 废止
        # broken between the lines, the header was read as naming 本年制发件数 only,
        # and the values by position (规章 issued 2), silently
        (
            "现行有     本年制     本年废",
            "效件数     发件数     止件数",
            "2    0    0",
            "23    5    1",
        ),
        (
            "现行有效   本年制发   本年废止",
            "件数       件数       件数",
            "2    0    0",
            "23    5    1",
        ),
        # the template's order: read by position, as before
        (
            "本年制     本年废     现行有",
            "发件数     止件数     效件数",
            "0    0    2",
            "5    1    23",
        ),
    ],
)
def test_a_spaces_header_broken_inside_its_words_places_table_two_s_values(
    first: str, second: str, regulations: str, normative: str
) -> None:
    active = _SPACES_ACTIVE.format(
        first=first, second=second, regulations=regulations, normative=normative
    )
    report = gr.parse(_with_tables("spaces", active=active))
    assert report.source.reader == "spaces"
    assert gr.to_dict(report)["active_disclosure"] == _SAMPLE_ACTIVE
    notes = _extra_notes(report)
    if first.startswith("现行"):
        assert notes == [("column_order", "warning", "active_disclosure")]
    else:
        assert notes == []


# --- table 二's breakdown rows (其中：…) naming the row above -----------------------------

_BREAKDOWNS = _active(
    _FIRST + "\n其中：县政府行政规范性文件 | 3 | 0 | 12 |",
    _LICENSING + "\n其中：行政许可变更 | 204 |",
    """信息内容 | 本年处理决定数量 |
行政处罚 | 37 |
其中：简易程序行政处罚 | 5 |
行政强制 | 0 |""",
    _FEES,
)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_a_breakdown_row_naming_the_row_above_is_not_that_row(layout: str) -> None:
    # 其中：县政府行政规范性文件 under 行政规范性文件: its values were added to the row
    # above (6 values for 3 columns), which was left blank with a row_width warning
    report = gr.parse(_with_tables(layout, active=_BREAKDOWNS))
    assert gr.to_dict(report)["active_disclosure"] == _SAMPLE_ACTIVE
    unknown = [f for f in report.findings if f.code == "unknown_row"]
    assert [f.severity for f in unknown] == ["warning"] * 3
    assert "其中：县政府行政规范性文件" in unknown[0].message
    assert not [f for f in report.findings if f.code == "row_width" and "active" in (f.path or "")]


# --- table 四's results named by other words ----------------------------------------------


def _review_table(results: list[str], values: list[int]) -> str:
    named = " | ".join(results)
    return (
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n"
        f"{named} | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |\n"
        f"| | | | | | {named} | {named} |\n" + " | ".join(map(str, values)) + " |\n"
    )


@pytest.mark.parametrize("layout", ["pipe", "tab", "lines", "paragraphs"])
@pytest.mark.parametrize(
    ("results", "values"),
    [
        # 在审 (pending) printed before 其他 and 总数 for 总计: read by position,
        # 行政复议's 3 pending cases read as 其他结果, silently (the sums still hold)
        (["维持", "纠正", "在审", "其他", "总数"], [2, 1, 3, 0, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4]),
        # 合计 first and 未结 for 尚未审结: 合计 before the results was seen, 未结 not
        (["合计", "维持", "纠正", "其他", "未结"], [6, 2, 1, 0, 3, 1, 1, 0, 0, 0, 4, 0, 2, 1, 1]),
        (["维持", "纠正", "审理中", "其他", "小计"], [2, 1, 3, 0, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4]),
    ],
)
def test_table_four_results_named_by_other_words_are_placed(
    layout: str, results: list[str], values: list[int]
) -> None:
    report = gr.parse(_with_tables(layout, review=_review_table(results, values)))
    assert _review(report) == _groups(2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("column_order", "warning")]


# --- table 二's columns named by other words -------------------------------------------------


@pytest.mark.parametrize("layout", ["pipe", "tab", "lines"])
@pytest.mark.parametrize(
    ("header", "regulations", "normative"),
    [
        # 失效 for 废止, printed first: read by position (本年制发件数 5 read as
        # 本年废止件数 and the other way round), silently
        ("本年失效件数 | 本年制发件数 | 现行有效件数", "0 | 0 | 2", "1 | 5 | 23"),
        # 发布 / 新制定 for 制发: the columns in doubt were left blank
        ("本年发布件数 | 现行有效件数 | 本年废止件数", "0 | 2 | 0", "5 | 23 | 1"),
        ("现行有效件数 | 本年新制定件数 | 本年废止件数", "2 | 0 | 0", "23 | 5 | 1"),
        ("有效件数 | 新增件数 | 废止件数", "2 | 0 | 0", "23 | 5 | 1"),
    ],
)
def test_table_two_columns_named_by_other_words_are_placed(
    layout: str, header: str, regulations: str, normative: str
) -> None:
    first = f"信息内容 | {header} |\n规章 | {regulations} |\n行政规范性文件 | {normative} |"
    report = gr.parse(_with_tables(layout, active=_active(first, _LICENSING, _PUNISHING, _FEES)))
    assert gr.to_dict(report)["active_disclosure"] == _SAMPLE_ACTIVE
    assert _extra_notes(report) == [("column_order", "warning", "active_disclosure")]


# --- a money unit printed in the row's label ------------------------------------------------


@pytest.mark.parametrize("layout", ["pipe", "tab", "lines", "spaces"])
@pytest.mark.parametrize(
    ("label", "amount", "unit"),
    [
        # the header names no unit: template 2021's 万元 was taken, 125000 元 read as
        # 125000 万元, silently
        ("行政事业性收费（元）", "125000", "元"),
        ("行政事业性收费(元)", "125000", "元"),
        ("行政事业性收费（万元）", "12.5", "万元"),
    ],
)
def test_a_unit_in_the_fee_row_s_label_is_the_amount_s(
    layout: str, label: str, amount: str, unit: str
) -> None:
    fees = f"信息内容 | 本年收费金额 |\n{label} | {amount} |"
    report = gr.parse(_with_tables(layout, active=_active(_FIRST, _LICENSING, _PUNISHING, fees)))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["administrative_fees"] == {"amount": {"value": amount, "unit": unit}}
    assert not _extra_notes(report)


# --- table 二's header printing fewer of a row's columns than the template's ----------------


@pytest.mark.parametrize("layout", _ONE_LINE_LAYOUTS)
def test_a_header_leaving_out_one_of_a_rows_columns_places_the_others(layout: str) -> None:
    # 信息内容 | 本年制发件数 | 现行有效件数 (no 本年废止件数 column): two values for three
    # columns, each such row left blank with a row_width warning
    first = """信息内容 | 本年制发件数 | 现行有效件数 |
规章 | 0 | 2 |
行政规范性文件 | 5 | 23 |"""
    report = gr.parse(_with_tables(layout, active=_active(first, _LICENSING, _PUNISHING, _FEES)))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["regulations"] == {"issued": 0, "repealed": None, "in_force": 2}
    assert active["normative_documents"] == {"issued": 5, "repealed": None, "in_force": 23}
    assert _extra_notes(report) == [
        ("row_width", "warning", f"active_disclosure.{row}")
        for row in ("regulations", "normative_documents")
    ]
    assert "本年废止件数" in report.findings[0].message


def test_a_header_with_a_cell_naming_none_of_the_row_s_columns_is_not_read_so() -> None:
    # a cell naming no column (本年新: words cut) may be the one left out: as before
    first = """信息内容 | 本年新 | 现行有效件数 |
规章 | 0 | 2 |
行政规范性文件 | 5 | 23 |"""
    report = gr.parse(_with_tables("pipe", active=_active(first, _LICENSING, _PUNISHING, _FEES)))
    assert gr.to_dict(report)["active_disclosure"]["regulations"] == {
        "issued": None,
        "repealed": None,
        "in_force": None,
    }


# --- table 四's row of values labelled by its year ------------------------------------------

_YEAR_ROW = """四、政府信息公开行政复议、行政诉讼情况
年度 | 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| | | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | \
其他结果 | 尚未审结 | 总计 |
{year} | 2 | 1 | 0 | 3 | 6 | 1 | 0 | 0 | 0 | 1 | 0 | 2 | 1 | 1 | 4 |
"""


@pytest.mark.parametrize("layout", ["pipe", "tab", "lines", "paragraphs", "spaces"])
@pytest.mark.parametrize("year", ["2023年", "2023年度", "2023"])
def test_table_four_s_row_labelled_by_its_year_is_read(layout: str, year: str) -> None:
    # the row's label 2023年 was read as a sixteenth value: the table left blank with
    # an unreadable_cell and a row_width warning
    report = gr.parse(_with_tables(layout, review=_YEAR_ROW.format(year=year)))
    assert _review(report) == _groups(2, 1, 0, 3, 6, 1, 0, 0, 0, 1, 0, 2, 1, 1, 4)
    notes = [f for f in report.findings if f.path == "review_litigation"]
    assert [(f.code, f.severity) for f in notes] == [("row_width", "info")]


# --- table 二's row labels in shorter words -------------------------------------------------


@pytest.mark.parametrize("layout", ["pipe", "lines"])
def test_row_labels_in_shorter_words_name_their_rows(layout: str) -> None:
    # 行政规范文件 (no 性), 行政事业收费 (no 性): rows not found (missing_row) and their
    # values reported as unknown rows
    active = _active(
        _FIRST.replace("行政规范性文件", "行政规范文件"),
        _LICENSING,
        _PUNISHING,
        _FEES.replace("行政事业性收费", "行政事业收费"),
    )
    report = gr.parse(_with_tables(layout, active=active))
    assert gr.to_dict(report)["active_disclosure"] == _SAMPLE_ACTIVE
    assert not _extra_notes(report)

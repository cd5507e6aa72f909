"""How the content of tables 二, 三 and 四 maps to the model when other organs word,
number, annotate or break their rows and cells (thirteenth session's hunt25). Every
report here is fictional (澄溪县; numbers chosen for the test)."""

from __future__ import annotations

import govinfo_reports as gr
from govinfo_reports.cells import Kind, read_value
from govinfo_reports.findings import Finding

#: Table 二 of the 2019 template as a tab text prints it, its procurement amount printed
#: with no unit (the unit is given in a note after the table, or not at all).
_TWO_2019 = """澄溪县交通运输局2020年政府信息公开工作年度报告

二、主动公开政府信息情况

第二十条第（一）项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t1
规范性文件\t3\t3\t17
第二十条第（五）项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政许可\t35\t2\t410
其他对外管理服务事项\t8\t0\t26
第二十条第（六）项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政处罚\t61\t-3\t19
行政强制\t4\t0\t1
第二十条第（八）项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t
行政事业性收费\t2\t0\t
第二十条第（九）项\t\t\t
信息内容\t采购项目数量\t采购总金额\t
政府集中采购\t12\t{amount}\t
{note}
三、收到和处理政府信息公开申请情况
"""

#: Table 二 of the 2021 template, its fee header naming no unit.
_TWO_2021 = """澄溪县交通运输局2022年政府信息公开工作年度报告

二、主动公开政府信息情况

第二十条第（一）项\t\t\t
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t0\t0\t1
行政规范性文件\t3\t1\t17
第二十条第（五）项\t\t\t
信息内容\t本年处理决定数量\t\t
行政许可\t{licensing}\t\t
第二十条第（六）项\t\t\t
信息内容\t本年处理决定数量\t\t
行政处罚\t19\t\t
行政强制\t1\t\t
第二十条第（八）项\t\t\t
信息内容\t本年收费金额\t\t
行政事业性收费\t{amount}\t\t
{note}
三、收到和处理政府信息公开申请情况
"""


def _active(text: str) -> tuple[dict[str, object], list[Finding]]:
    report = gr.parse(text)
    active = gr.to_dict(report)["active_disclosure"]
    assert isinstance(active, dict)
    return active, list(report.findings)


def _on(finding: Finding, path: str) -> bool:
    return finding.path is not None and finding.path.startswith(path)


def _codes(findings: list[Finding], path: str) -> list[str]:
    return [f.code for f in findings if _on(f, path)]


def test_a_unit_named_in_a_note_after_table_two_is_the_amounts_unit() -> None:
    """A procurement amount printed with no unit and a note after table 二 naming it
    (``注：金额单位为万元``): the note ended the table (a row of words after its last
    row's values), so the amount came back with a ``null`` unit, with no finding. A
    line naming a money unit after table 二's last row stays in the table, whose
    header unit it gives."""
    for note in ("注：金额单位为万元", "注：表中金额单位为万元。", "\n备注：采购总金额单位：万元"):
        active, findings = _active(_TWO_2019.format(amount="86.3", note=note))
        assert active["centralized_procurement"] == {
            "projects": 12,
            "amount": {"value": "86.3", "unit": "万元"},
        }
        assert not _codes(findings, "active")


def test_a_yuan_note_after_a_2021_table_two_is_not_read_as_wan() -> None:
    """A 2021 fee printed under a header naming no unit, a note after the table saying
    the amounts are in 元: the fee was taken as the template's 万元 (10,000 times the
    amount printed), with no finding. The note's unit is the fee's."""
    text = _TWO_2021.format(licensing=410, amount="2650", note="注：收费金额单位为元。")
    active, findings = _active(text)
    assert active["administrative_fees"] == {"amount": {"value": "2650", "unit": "元"}}
    assert not _codes(findings, "active")


#: Table 三 of the 2021 template (tab text); every row's values add up. ``{total}`` is
#: the (七)总计 row's label cells, ``{other}`` the 其他处理 group's rows.
_THREE_2021 = """澄溪县交通运输局2022年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t
\t\t自然人\t法人或其他组织\t\t\t\t\t总计
\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t
一、本年新收政府信息公开申请数量\t\t10\t1\t0\t0\t0\t1\t12
二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1
三、本年度办理结果\t（一）予以公开\t7\t1\t0\t0\t0\t0\t8
\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1
\t（三）不予公开\t1．属于国家秘密\t0\t0\t0\t0\t0\t0\t0
\t\t2．其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0
\t\t3．危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0
\t\t4．保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0
\t\t5．属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0
\t\t6．属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0
\t\t7．属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0
\t\t8．属于行政查询事项\t0\t0\t0\t0\t0\t0\t0
\t（四）无法提供\t1．本机关不掌握相关政府信息\t2\t0\t0\t0\t0\t1\t3
\t\t2．没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0
\t\t3．补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0
\t（五）不予处理\t1．信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0
\t\t2．重复申请\t1\t0\t0\t0\t0\t0\t1
\t\t3．要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0
\t\t4．无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0
\t\t5．要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0
{other}
{total}\t11\t1\t0\t0\t0\t1\t13
四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0

四、政府信息公开行政复议、行政诉讼情况
"""

_ZEROS = "\t0" * 7
_OTHER_2021 = "\n".join(
    [
        "\t（六）其他处理\t1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        + _ZEROS,
        "\t\t2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" + _ZEROS,
        "\t\t3．其他" + _ZEROS,
    ]
)


def _requests(text: str) -> tuple[dict[str, object], list[Finding]]:
    report = gr.parse(text)
    requests = gr.to_dict(report)["requests"]
    assert isinstance(requests, dict)
    return requests, list(report.findings) + list(gr.validate(report))


def test_the_results_total_label_broken_inside_its_bracket_is_read() -> None:
    """(七)总计 broken inside its bracket, over two cells or two lines (``（七`` /
    ``）总计``): neither piece named a row, so the row was not read (``unknown_row``,
    ``missing_row``). A numbering's open bracket is joined to the label after it."""
    for total in ("\t（七\t）总计", "\t（七\n\t）总计", "\t（\n七）总计"):
        requests, findings = _requests(_THREE_2021.format(other=_OTHER_2021, total=total))
        results = requests["results"]
        assert isinstance(results, dict)
        assert list(results["total"].values()) == [11, 1, 0, 0, 0, 1, 13]
        assert not [f for f in findings if f.severity != "info" and _on(f, "requests")]


def test_a_count_followed_by_a_full_stop_is_read_with_an_info() -> None:
    """A count typed as a phrase, a full stop after it (``410。``, ``12.5万元。``): the cell
    was not a number, the count blank (``unreadable_cell``). The number is read, the
    stop's removal noted (``repaired_cell`` info). ``410.`` is read with a note that warns
    (hunt28): ``12.`` is also an amount cut after its decimal point (PDF text wrapping
    ``12.`` / ``50``)."""
    text = _TWO_2021.format(licensing="410。", amount="12.5", note="")
    active, findings = _active(text)
    assert active["administrative_licensing"] == {"decisions": 410}
    said = [(f.code, f.severity) for f in findings if _on(f, "active")]
    assert said == [("repaired_cell", "info")]
    assert read_value("12.5万元。").money == read_value("12.5万元").money
    assert read_value("410.").number == 410
    assert str(read_value("410.").repaired).startswith("a point after the number")
    assert read_value("。").kind is Kind.TEXT


def _three_columns(text: str) -> str:
    """``text`` with table 三's applicant header printed in three columns (自然人 |
    法人或其他组织 | 总计, no band of organisations) and each row printing three values
    (the organisations' five summed)."""
    lines = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if "商业企业" in line:
            continue
        if "自然人" in line:
            line = "\t\t自然人\t法人或其他组织\t总计"
        elif "申请人情况" in line:
            line = cells[0] + "\t\t申请人情况\t\t"
        elif len(cells) > 7 and all(cell.isdigit() for cell in cells[-7:]):
            counts = [int(cell) for cell in cells[-7:]]
            three = [counts[0], sum(counts[1:6]), counts[6]]
            line = "\t".join(cells[:-7] + [str(n) for n in three])
        lines.append(line)
    return "\n".join(lines)


def test_a_requests_header_printing_the_organisations_as_one_column_is_read() -> None:
    """Table 三's applicant header printed in three columns, 自然人 | 法人或其他组织 |
    总计 (the five organisation columns not printed), each row three values: every row
    was left blank with a ``row_width`` warning (3 values for 7 columns). 自然人 and 总计
    are read from their columns; 法人或其他组织's values are not split (the five
    organisation columns stay blank), and one warning names them."""
    text = _three_columns(_THREE_2021.format(other=_OTHER_2021, total="\t（七）总计"))
    assert "商业企业" not in text and "\t10\t2\t12\n" in text
    requests, findings = _requests(text)
    new = requests["new_received"]
    assert isinstance(new, dict)
    assert list(new.values()) == [10, None, None, None, None, None, 12]
    results = requests["results"]
    assert isinstance(results, dict)
    assert list(results["total"].values()) == [11, None, None, None, None, None, 13]
    assert list(results["unavailable"]["not_held"].values()) == [2, None, None, None, None, None, 3]
    said = [f for f in findings if f.severity != "info" and _on(f, "requests")]
    assert [(f.code, f.path) for f in said] == [("row_width", "requests")] * 2  # (parse, validate)
    assert "法人或其他组织" in said[0].message and "new_received '2'" in said[0].message


def test_three_applicant_columns_under_a_total_printed_first_are_read_and_checked() -> None:
    """The same three columns with 总计 printed in the header's first line (it spans
    the header's rows, as the 2019 form prints it): read the same; a row whose 自然人 and
    法人或其他组织 do not add up to its 总计 is named in the warning."""
    text = _three_columns(_THREE_2021.format(other=_OTHER_2021, total="\t（七）总计"))
    top = "\t\t申请人情况\t\t总计\n\t\t自然人\t法人或其他组织\t"
    text = text.replace("\t\t申请人情况\t\t\n\t\t自然人\t法人或其他组织\t总计", top)
    text = text.replace("\t10\t2\t12\n", "\t10\t2\t14\n")
    requests, findings = _requests(text)
    new = requests["new_received"]
    assert isinstance(new, dict)
    assert list(new.values()) == [10, None, None, None, None, None, 14]
    said = [f for f in findings if f.code == "row_width"]
    assert [f.path for f in said] == ["requests"] * 2
    assert said[0].message.endswith("自然人 + 法人或其他组织 ≠ 总计 in new_received")


def _rise_and_fall(text: str, rows: dict[str, str]) -> str:
    """``text`` (table 二 of 2019) with 本年增/减 printed as two columns, 本年增 | 本年减,
    and ``rows``' lines (label → its cells after the label) in place of theirs."""
    text = text.replace("本年增/减", "本年增\t本年减")
    lines = []
    for line in text.split("\n"):
        label = line.split("\t", 1)[0]
        lines.append(f"{label}\t{rows[label]}" if label in rows else line)
    return "\n".join(lines)


def test_a_rise_and_a_fall_printed_as_two_columns_give_no_wrong_change() -> None:
    """本年增/减 printed as two columns (本年增 | 本年减): the 本年增 column was read as the
    signed change and 本年减's value named as not read (``row_width``), so 增3 减1 gave a
    change of +3, and 增0 减3 a change of 0. Where one of them is 0 the change is the
    other (−减), with an info; where both are counts other than 0 the change (their
    difference) is not printed: left blank, with a warning naming both."""
    rows = {
        "行政许可": "35\t3\t0\t410",
        "其他对外管理服务事项": "8\t2\t1\t26",
        "行政处罚": "61\t0\t3\t19",
        "行政强制": "4\t0\t0\t1",
        "行政事业性收费": "2\t0\t0",
    }
    text = _rise_and_fall(_TWO_2019.format(amount="86.3万元", note=""), rows)
    assert "本年增\t本年减\t处理决定数量" in text and "行政处罚\t61\t0\t3\t19\n" in text
    active, findings = _active(text)
    assert active["administrative_licensing"] == {
        "previous_count": 35,
        "change": 3,
        "decisions": 410,
    }
    assert active["other_administrative_services"] == {
        "previous_count": 8,
        "change": None,
        "decisions": 26,
    }
    assert active["administrative_penalty"] == {
        "previous_count": 61,
        "change": -3,
        "decisions": 19,
    }
    assert active["administrative_enforcement"]["change"] == 0  # type: ignore[index]
    assert active["administrative_fees"] == {"previous_count": 2, "change": 0}
    said = {(f.path, f.code, f.severity) for f in findings if _on(f, "active")}
    assert said == {
        ("active_disclosure.administrative_licensing", "row_width", "info"),
        ("active_disclosure.other_administrative_services", "row_width", "warning"),
        ("active_disclosure.administrative_penalty", "row_width", "info"),
        ("active_disclosure.administrative_enforcement", "row_width", "info"),
        ("active_disclosure.administrative_fees", "row_width", "info"),
    }


#: Table 四 (tab text) after a report's title, ``{rows}`` its rows of values.
_FOUR = """澄溪县交通运输局2022年政府信息公开工作年度报告

四、政府信息公开行政复议、行政诉讼情况

\t行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t
\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
\t\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
{rows}

五、存在的主要问题及改进情况

无。
"""
_THIS_YEAR = "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t0\t1\t0\t1"
_LAST_YEAR = "5\t0\t0\t0\t5\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"


def test_table_four_printing_last_years_row_too_reads_the_reports_year() -> None:
    """Table 四 printing a row for the report's year and one for the year before (a
    comparison, each labelled 2022年 / 2021年 or 本年 / 上年): the first row was read
    and the second dropped with no finding, so a table printing last year's row first
    gave last year's values. The row of the later year (本年) is read, with an
    ``unknown_row`` warning naming the other row's values."""
    for first, second in (("2021年", "2022年"), ("2022年", "2021年"), ("上年", "本年")):
        this, last = (second, first) if first in ("2021年", "上年") else (first, second)
        rows = {this: _THIS_YEAR, last: _LAST_YEAR}
        text = _FOUR.format(rows=f"{first}\t{rows[first]}\n{second}\t{rows[second]}")
        report = gr.parse(text)
        review = gr.to_dict(report)["review_litigation"]
        assert review["administrative_review"] == {
            "upheld": 2,
            "corrected": 1,
            "other": 0,
            "pending": 1,
            "total": 4,
        }
        assert review["litigation_after_review"]["other"] == 1
        said = [f for f in report.findings if _on(f, "review") and f.severity != "info"]
        assert [(f.code, f.severity) for f in said] == [("unknown_row", "warning")]
        assert last in said[0].message and "'5'" in said[0].message


def test_table_four_followed_by_a_row_under_another_label_warns() -> None:
    """A second row of fifteen values after table 四's, under a label telling no year
    (同比): it was dropped with no finding; the first row is read, and an
    ``unknown_row`` warning names the second."""
    report = gr.parse(_FOUR.format(rows=f"本年\t{_THIS_YEAR}\n同比\t{_LAST_YEAR}"))
    review = gr.to_dict(report)["review_litigation"]
    assert review["administrative_review"]["total"] == 4
    said = [f for f in report.findings if _on(f, "review")]
    assert [(f.code, f.severity) for f in said] == [("unknown_row", "warning")]
    assert "同比" in said[0].message


def _no_total_column(text: str) -> str:
    """``text`` with table 三 printing no 总计 column: the header names none, each row
    prints its six applicant counts."""
    lines = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if line.startswith("\t\t自然人"):
            line = "\t\t自然人\t法人或其他组织\t\t\t\t"
        elif len(cells) > 7 and all(cell.isdigit() for cell in cells[-7:]):
            line = "\t".join(cells[:-1])
        lines.append(line)
    return "\n".join(lines)


def test_a_requests_table_printing_no_total_column_reads_its_six_columns() -> None:
    """Table 三 printing no 总计 column (its header names the six applicant columns
    only, each row six counts): every row was left blank with a ``row_width`` warning
    (6 values for 7 columns), or, a row of 0s, filled in with a 0 inferred. The six
    columns are read from their places and 总计 left blank (not printed, never summed),
    with one warning."""
    text = _no_total_column(_THREE_2021.format(other=_OTHER_2021, total="\t（七）总计"))
    assert "\t10\t1\t0\t0\t0\t1\n" in text
    requests, findings = _requests(text)
    new = requests["new_received"]
    assert isinstance(new, dict)
    assert list(new.values()) == [10, 1, 0, 0, 0, 1, None]
    results = requests["results"]
    assert isinstance(results, dict)
    assert list(results["withheld"]["state_secret"].values()) == [0, 0, 0, 0, 0, 0, None]
    assert list(results["total"].values()) == [11, 1, 0, 0, 0, 1, None]
    said = [f for f in findings if f.severity != "info" and _on(f, "requests")]
    assert [(f.code, f.path) for f in said] == [("row_width", "requests")] * 2  # (parse, validate)
    assert "总计" in said[0].message


def test_a_2021_table_printing_the_2019_single_other_handling_row_says_so_once() -> None:
    """A 2021 report whose table 三 prints 其他处理 as the 2019 form does, one row of
    values and no items under it: the seven values were named one by one as standing
    under no row label, and the three 2021 rows as missing. They are left blank still
    (the row's values are not split into the three), with one warning naming them."""
    two = _TWO_2021.format(licensing=410, amount="12.5", note="").split("三、收到")[0]
    three = _THREE_2021.split("\n\n", 1)[1]
    single = "\t（六）其他处理\t\t1\t0\t0\t0\t0\t0\t1"
    text = (two + three).format(other=single, total="\t（七）总计")
    text = text.replace("\t11\t1\t0\t0\t0\t1\t13", "\t12\t1\t0\t0\t0\t1\t14")
    text = text.replace("\t\t10\t1\t0\t0\t0\t1\t12", "\t\t11\t1\t0\t0\t0\t1\t13")
    report = gr.parse(text)
    assert report.template == "2021"
    other = gr.to_dict(report)["requests"]["results"]["other"]
    assert {name: set(row.values()) for name, row in other.items()} == {
        "overdue_correction": {None},
        "unpaid_fee": {None},
        "other": {None},
    }
    said = [f for f in report.findings if _on(f, "requests")]
    assert [(f.code, f.severity, f.path) for f in said] == [
        ("row_width", "warning", "requests.results.other")
    ]
    assert "['1', '0', '0', '0', '0', '0', '1']" in said[0].message

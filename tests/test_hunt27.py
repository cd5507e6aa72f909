"""Tables 三 and 四 as text readers print them, and the mapping that reads them (the
twenty-seventh hunt). Every input is fictional (the bundled sample, or organs and numbers
invented here)."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr

FIXTURES = Path(__file__).parent / "fixtures" / "text"


def _codes(report: gr.Report) -> list[str]:
    return [finding.code for finding in report.findings]


def test_a_blank_last_cell_merged_into_a_cell_per_line_rows_filler_keeps_its_column() -> None:
    """Pipe text printing a cell a line (``10 |``) and a filler line of bars after each
    row (``||``, the table's spare width: seed 004's layout), a row's last value (总计)
    blank printed as one more bar on that filler line (``|||``): the filler was skipped,
    so the row was six values for seven columns, left blank with a ``row_width`` warning.
    Now the wider filler is a blank cell, with an info (hunt26's strict xfail)."""
    sample = gr.parse(gr.sample_text())
    text = gr.render(sample, "pipe-cells")
    merged = text.replace("0 |\n1 |\n13 |\n||\n二、", "0 |\n1 |\n|||\n二、", 1)
    assert merged != text
    report = gr.parse(merged)
    new_received = gr.to_dict(report)["requests"]["new_received"]
    expected = {**gr.to_dict(sample)["requests"]["new_received"], "total": None}
    assert new_received == expected
    assert [(f.code, f.severity) for f in report.findings] == [("row_width", "info")]
    assert report.findings[0].line == merged.split("\n").index("|||") + 1


def _with_group_sums(layout: str, sums: str) -> str:
    """The sample in ``layout`` with （四）无法提供's sums ``sums`` (tab-joined) printed on
    the group's own row, above its first item."""
    text = gr.render(gr.parse(gr.sample_text()), layout)
    item = "1.本机关不掌握相关政府信息"
    values = "\t2\t0\t0\t0\t0\t1\t3"
    if layout == "tab":
        old = f"\t（四）无法提供\t{item}{values}"
        new = f"\t（四）无法提供\t\t{sums}\n\t\t{item}{values}"
    else:
        cells = values.replace("\t", " | ")
        old = f"| （四）无法提供 | {item}{cells} |"
        new = f"| （四）无法提供 |  | {sums.replace(chr(9), ' | ')} |\n|  | {item}{cells} |"
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize("layout", ["tab", "markdown"])
def test_a_groups_sums_printed_above_its_items_are_checked_not_stored(layout: str) -> None:
    """Table 三 printing a group's sums on the group's own row above its items
    (``（四）无法提供 | 2 | 0 | … | 3``): the seven values stood under no row label, seven
    ``row_width`` warnings. Now the items are read as before and the sums are checked
    against them: an info where they agree, never stored in a leaf."""
    sample = gr.parse(gr.sample_text())
    report = gr.parse(_with_group_sums(layout, "2\t0\t0\t0\t0\t1\t3"))
    assert gr.to_dict(report)["requests"] == gr.to_dict(sample)["requests"]
    assert [(f.code, f.severity, f.path) for f in report.findings] == [
        ("row_width", "info", "requests.results.unavailable")
    ]


def test_a_groups_printed_sums_differing_from_its_items_warn() -> None:
    """The same with a printed sum that its items do not add up to: a warning naming
    the column; the items are read as printed."""
    sample = gr.parse(gr.sample_text())
    report = gr.parse(_with_group_sums("tab", "2\t0\t0\t0\t0\t1\t4"))
    assert gr.to_dict(report)["requests"] == gr.to_dict(sample)["requests"]
    assert [(f.code, f.severity, f.path) for f in report.findings] == [
        ("row_width", "warning", "requests.results.unavailable")
    ]
    assert "column(s) 7 " in report.findings[0].message


_REVIEW_15 = (
    "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\n"
    "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
    "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
    "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0"
)
_REVIEW_14 = (
    "行政复议\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\n"
    "结果维持\t结果纠正\t其他结果\t尚未审结\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
    "\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
    "5\t2\t0\t1\t3\t1\t0\t0\t4\t1\t0\t0\t0\t1"
)


@pytest.mark.parametrize("bars", [False, True])
def test_table_four_whose_header_prints_no_review_total_reads_fourteen_values(bars: bool) -> None:
    """Table 四 printing 行政复议 with its four results and no 总计 column, fourteen
    values: left blank with a ``row_width`` warning. Now the header's names place the
    fourteen, 行政复议's total blank (never computed), with one warning saying so."""
    text = gr.render(gr.parse(gr.sample_text()), "tab")
    assert _REVIEW_15 in text
    text = text.replace(_REVIEW_15, _REVIEW_14)
    if bars:
        text = text.replace("\t", " | ")
    report = gr.parse(text)
    assert gr.to_dict(report)["review_litigation"] == {
        "administrative_review": {
            "upheld": 5, "corrected": 2, "other": 0, "pending": 1, "total": None,
        },
        "litigation_direct": {"upheld": 3, "corrected": 1, "other": 0, "pending": 0, "total": 4},
        "litigation_after_review": {
            "upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1,
        },
    }  # fmt: skip
    assert [(f.code, f.severity, f.path) for f in report.findings] == [
        ("row_width", "warning", "review_litigation.administrative_review.total")
    ]


def test_table_four_printing_fourteen_values_under_a_full_header_stays_in_doubt() -> None:
    """Fourteen values under a header naming all fifteen columns: a value lost, not a
    column the header lacks; the row is left blank with a warning as before."""
    text = gr.render(gr.parse(gr.sample_text()), "tab")
    text = text.replace(_REVIEW_15, _REVIEW_15.rsplit("\t", 1)[0])
    report = gr.parse(text)
    assert gr.to_dict(report)["review_litigation"]["administrative_review"]["upheld"] is None
    assert "row_width" in _codes(report)


_OTHER_2021 = (
    "(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
    "\t1\t0\t0\t0\t0\t0\t1\n"
    "\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
    "\t0\t0\t0\t0\t0\t0\t0\n"
    "\t3.其他\t0\t0\t0\t0\t0\t1\t1\n"
    "(七) 总计\t14\t3\t0\t1\t0\t3\t21\t\t"
)


def test_a_2019_table_printing_2021s_three_other_handling_rows_reads_their_sums() -> None:
    """A table 三 of the 2019 form (the report's other tables are 2019's) printing
    其他处理 as the 2021 form does, three rows: the three rows ran together into one of
    22 values, left blank with a warning. Now 其他处理 is their column sums, with one
    ``row_width`` warning naming the three rows."""
    with open(FIXTURES / "tab_2019.txt", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    at = next(n for n, line in enumerate(lines) if "其他处理" in line)
    assert "总计" in lines[at + 1]
    lines[at : at + 2] = [_OTHER_2021]
    report = gr.parse("\n".join(lines))
    assert report.template == "2019"
    assert gr.to_dict(report)["requests"]["results"]["other"] == {
        "natural_person": 1, "commercial_enterprise": 0, "research_institution": 0,
        "social_welfare_organization": 0, "legal_service_agency": 0, "other": 1, "total": 2,
    }  # fmt: skip
    assert [(f.code, f.severity, f.path) for f in report.findings] == [
        ("row_width", "warning", "requests.results.other")
    ]
    assert "overdue_correction [1, 0, 0, 0, 0, 0, 1]" in report.findings[0].message


def _two_line_rise_and_fall(spaced: bool) -> str:
    """Table 二 of 2019 (hunt25's) with 本年增/减 printed as two columns under one
    header cell: ``本年增/减`` over ``增 | 减``; tab text, or space-aligned text."""
    from test_hunt25 import _TWO_2019

    text = _TWO_2019.format(amount="86.3万元", note="")
    rows = {
        "行政许可\t35\t2\t410": "行政许可\t35\t3\t1\t410",
        "其他对外管理服务事项\t8\t0\t26": "其他对外管理服务事项\t8\t0\t0\t26",
        "行政处罚\t61\t-3\t19": "行政处罚\t61\t0\t3\t19",
        "行政强制\t4\t0\t1": "行政强制\t4\t0\t0\t1",
        "行政事业性收费\t2\t0\t": "行政事业性收费\t2\t0\t0",
        "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n": (
            "信息内容\t上一年项目数量\t本年增/减\t\t处理决定数量\n\t\t增\t减\t\n"
        ),
        "信息内容\t上一年项目数量\t本年增/减\t\n": (
            "信息内容\t上一年项目数量\t本年增/减\t\n\t\t增\t减\n"
        ),
    }
    for old, new in rows.items():
        assert old in text
        text = text.replace(old, new)
    return text.replace("\t", "   ") if spaced else text


@pytest.mark.parametrize("spaced", [False, True])
def test_a_rise_and_a_fall_under_one_header_cell_give_no_wrong_change(spaced: bool) -> None:
    """本年增/减 printed as two columns under one header cell (``本年增/减`` over
    ``增 | 减``), tab or space-aligned text: each row was four values for three columns,
    left blank with a warning. Now read as 本年增 | 本年减 on one line is (hunt25): the
    change is the one that is not 0 (an info), blank where both are (a warning)."""
    report = gr.parse(_two_line_rise_and_fall(spaced))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["administrative_licensing"] == {
        "previous_count": 35, "change": None, "decisions": 410,
    }  # fmt: skip
    assert active["administrative_penalty"] == {
        "previous_count": 61, "change": -3, "decisions": 19,
    }  # fmt: skip
    assert active["other_administrative_services"]["change"] == 0
    assert active["administrative_fees"] == {"previous_count": 2, "change": 0}
    said = [(f.path, f.severity) for f in report.findings if "active" in (f.path or "")]
    assert said == [
        ("active_disclosure.administrative_licensing", "warning"),
        ("active_disclosure.other_administrative_services", "info"),
        ("active_disclosure.administrative_penalty", "info"),
        ("active_disclosure.administrative_enforcement", "info"),
        ("active_disclosure.administrative_fees", "info"),
    ]


def test_a_rise_and_a_fall_as_two_columns_of_space_aligned_text_give_no_wrong_change() -> None:
    """本年增 | 本年减 on one header line of space-aligned text (pdftotext prints the
    line as one cell): each row was four values for three columns, left blank with a
    warning. Now read as the tab text is (hunt25)."""
    from test_hunt25 import _TWO_2019, _rise_and_fall

    rows = {
        "行政许可": "35\t3\t0\t410",
        "其他对外管理服务事项": "8\t2\t1\t26",
        "行政处罚": "61\t0\t3\t19",
        "行政强制": "4\t0\t0\t1",
        "行政事业性收费": "2\t0\t0",
    }
    text = _rise_and_fall(_TWO_2019.format(amount="86.3万元", note=""), rows)
    report = gr.parse(text.replace("\t", "   "))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["administrative_licensing"] == {
        "previous_count": 35, "change": 3, "decisions": 410,
    }  # fmt: skip
    assert active["other_administrative_services"]["change"] is None
    assert active["administrative_penalty"]["change"] == -3


def test_a_2019_other_handling_row_whose_label_names_an_items_words_is_read_as_before() -> None:
    """A 2019 table's one 其他处理 row whose label names a 2021 item's words (逾期):
    read as the 2019 row, with no finding, as before."""
    with open(FIXTURES / "tab_2019.txt", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    at = next(n for n, line in enumerate(lines) if "其他处理" in line)
    lines[at] = "(六) 其他处理（申请人逾期不补正等）\t1\t0\t0\t0\t0\t0\t1"
    lines[at + 1] = "(七) 总计\t14\t3\t0\t1\t0\t2\t20"
    report = gr.parse("\n".join(lines))
    other = gr.to_dict(report)["requests"]["results"]["other"]
    assert list(other.values()) == [1, 0, 0, 0, 0, 0, 1]
    assert not [f for f in report.findings if f.path == "requests.results.other"]

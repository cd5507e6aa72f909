"""Defects found by the thirty-third hunt (tables 二 and 四), each with a fictional input."""

from __future__ import annotations

from decimal import Decimal

import pytest

import govinfo_reports as gr

_FEES = """二、主动公开政府信息情况
第二十条第（五）项
信息内容 | 本年处理决定数量
行政许可 | 12
第二十条第（八）项
信息内容 | 本年收费金额{header}
行政事业性收费 | {cell}
"""


# --- 1. a currency sign the only unit printed ---------------------------------------------------


@pytest.mark.parametrize("sign", ["\u00a5", "\uffe5"])
def test_an_amount_after_a_currency_sign_under_a_header_naming_no_unit_is_in_yuan(
    sign: str,
) -> None:
    # ¥1,205,000.00 under 本年收费金额 (no unit) was read as 1205000.00 万元 (the 2021
    # template's unit) with only an info that the sign was left out: silent, 10,000 times
    report = gr.parse(_FEES.format(header="", cell=f"{sign}1,205,000.00"))
    fees = report.active_disclosure.administrative_fees.amount
    assert (fees.value, fees.unit) == (Decimal("1205000.00"), "元")
    messages = [
        f.message for f in report.findings if f.path == "active_disclosure.administrative_fees"
    ]
    assert any("元" in m and "currency sign" in m for m in messages)


def test_an_amount_after_a_currency_sign_under_a_header_naming_its_unit_keeps_it() -> None:
    report = gr.parse(_FEES.format(header="（单位：万元）", cell="\uffe512.50"))
    fees = report.active_disclosure.administrative_fees.amount
    assert (fees.value, fees.unit) == (Decimal("12.50"), "万元")


def test_an_amount_with_its_own_unit_after_a_currency_sign_keeps_it() -> None:
    report = gr.parse(_FEES.format(header="", cell="\uffe51.2万元"))
    fees = report.active_disclosure.administrative_fees.amount
    assert (fees.value, fees.unit) == (Decimal("1.2"), "万元")


# --- 2. one label naming two rows ---------------------------------------------------------------

_TWO_ROWS = """二、主动公开政府信息情况
第二十条第（一）项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
{documents}
第二十条第（五）项
信息内容 | 本年处理决定数量
行政许可 | 12
{decisions}
第二十条第（八）项
信息内容 | 本年收费金额（单位：万元）
行政事业性收费 | 3.5
"""


@pytest.mark.parametrize(
    ("documents", "decisions", "rows", "printed"),
    [
        (
            "规章 | 1 | 0 | 5\n规范性文件 | 2 | 0 | 9",
            "行政处罚、行政强制 | 37",
            ("administrative_penalty", "administrative_enforcement"),
            "37",
        ),
        (
            "规章 | 1 | 0 | 5\n规范性文件 | 2 | 0 | 9",
            "行政处罚和行政强制 | 37",
            ("administrative_penalty", "administrative_enforcement"),
            "37",
        ),
        (
            "规章、规范性文件 | 2 | 0 | 9",
            "行政处罚 | 37\n行政强制 | 4",
            ("regulations", "normative_documents"),
            "9",
        ),
    ],
)
def test_a_value_printed_for_two_rows_together_is_neither_rows(
    documents: str, decisions: str, rows: tuple[str, str], printed: str
) -> None:
    # 行政处罚、行政强制 | 37 was read as 行政处罚's 37 with no finding on that row: silent
    report = gr.parse(_TWO_ROWS.format(documents=documents, decisions=decisions))
    data = gr.to_dict(report)["active_disclosure"]
    for row in rows:
        assert set(data[row].values()) == {None}
        assert any(
            f.code == "missing_row" for f in report.findings if f.path == f"active_disclosure.{row}"
        )
    # (an unknown_row, or a row_width per value for the table's first row)
    unread = [f for f in report.findings if f.path == "active_disclosure"]
    assert unread and all(f.severity == "warning" for f in unread)
    assert any(repr(printed) in f.message or f"{printed!r}]" in f.message for f in unread)

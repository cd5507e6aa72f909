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

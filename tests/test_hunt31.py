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

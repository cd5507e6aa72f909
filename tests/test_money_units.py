"""Amounts printed with a short or bracketed unit (fictional report, tab layout).

``205.6725万`` (万 without 元) and ``12.50（万元）`` (the unit in brackets, as a header
prints it) are how some offices type an amount into its cell. Both are the amount with
its unit: read so, with the unit's reading noted (a ``repaired_cell`` info finding),
never silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr
from govinfo_reports.cells import Kind, read_value

FIXTURE = Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt"
PRINTED = "3518.2050 万元"


def _procurement(amount_cell: str) -> tuple[dict[str, object], list[gr.Finding]]:
    text = FIXTURE.read_text(encoding="utf-8")
    assert PRINTED in text
    report = gr.parse(text.replace(PRINTED, amount_cell))
    active = gr.to_dict(report)["active_disclosure"]
    return active["centralized_procurement"], list(report.findings)


@pytest.mark.parametrize(
    ("cell", "value", "unit"),
    [
        ("205.6725万", "205.6725", "万元"),
        ("1.2亿", "1.2", "亿元"),
        ("12.50（万元）", "12.50", "万元"),
        ("12.50(万元)", "12.50", "万元"),
        ("8040（元）", "8040", "元"),
        ("12.50 （ 万元 ）", "12.50", "万元"),
    ],
)
def test_an_amount_with_a_short_or_bracketed_unit_is_read_with_its_unit(
    cell: str, value: str, unit: str
) -> None:
    procurement, findings = _procurement(cell)
    assert procurement == {"projects": 57, "amount": {"value": value, "unit": unit}}
    notes = [f for f in findings if f.code == "repaired_cell" and cell.strip() in f.message]
    assert notes, [str(f) for f in findings]
    assert all(f.severity == "info" for f in notes)


@pytest.mark.parametrize(
    "cell", ["12万万", "万12", "12.5万件", "(万元)12.50", "12.50（件）", "12（万元"]
)
def test_other_unit_spellings_stay_unreadable(cell: str) -> None:
    assert read_value(cell).kind is Kind.TEXT


def test_a_count_printed_with_wan_is_not_a_count() -> None:
    """In a count column ``3万`` is an amount, not the count 3: the cell is not read as
    a count, and a finding says so."""
    text = FIXTURE.read_text(encoding="utf-8").replace("政府集中采购\t57\t", "政府集中采购\t3万\t")
    report = gr.parse(text)
    procurement = gr.to_dict(report)["active_disclosure"]["centralized_procurement"]
    assert procurement["projects"] is None
    assert any("3万" in f.message for f in report.findings)

"""Counts printed with zero decimals (``2.00``, ``1204.0``), as a table formatted for
its amounts prints every number: the count, with an info naming the cell as printed.
A decimal that is not whole (``2.50``) or carries a unit stays unreadable in a count
column (a warning, as before). Fictional report: the bundled sample."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_SAMPLE = gr.parse(gr.sample_text())
_DATA = gr.to_dict(_SAMPLE)


def _with_decimals(layout: str, cells: dict[str, str]) -> str:
    """The sample in ``layout`` with the rows whose label starts a key of ``cells``
    printing each count with the key's decimals (``".00"``)."""
    lines = gr.render(_SAMPLE, layout).split("\n")
    for index, line in enumerate(lines):
        for label, decimals in cells.items():
            if line.startswith(label):
                parts = line.split("\t")
                lines[index] = "\t".join(
                    [parts[0]] + [p + decimals if p.isdigit() else p for p in parts[1:]]
                )
    return "\n".join(lines)


def test_counts_with_zero_decimals_are_read_as_counts() -> None:
    """Table 三's row 本年新收 and table 二's row 规章 with every count as ``N.00``: each
    was an unreadable cell (blank, with a warning), the row's 总计 then not checkable."""
    text = _with_decimals("tab", {"一、本年新收": ".00", "规章": ".0"})
    report = gr.parse(text)
    data = gr.to_dict(report)
    assert data["requests"]["new_received"] == _DATA["requests"]["new_received"]
    assert data["active_disclosure"]["regulations"] == _DATA["active_disclosure"]["regulations"]
    assert not [f for f in report.findings if f.severity != "info"]
    notes = [f for f in report.findings if f.code == "repaired_cell"]
    # one per cell: table 三's name their row, table 二's their cell
    assert sorted(f.path for f in notes) == [
        "active_disclosure.regulations.in_force",
        "active_disclosure.regulations.issued",
        "active_disclosure.regulations.repealed",
        *["requests.new_received"] * 7,
    ]
    assert all(f.severity == "info" for f in notes)
    assert any("'10.00'" in f.message for f in notes)


@pytest.mark.parametrize("cell", ["2.50", "2.00万元", "2.001"])
def test_a_decimal_not_whole_or_with_a_unit_is_no_count(cell: str) -> None:
    """(Guard.) Only zeros after the point make a count; anything else is unreadable in a
    count column, as before."""
    text = gr.render(_SAMPLE, "tab").replace("规章\t0\t", f"规章\t{cell}\t", 1)
    report = gr.parse(text)
    assert gr.to_dict(report)["active_disclosure"]["regulations"]["issued"] is None
    assert any(f.code == "unreadable_cell" for f in report.findings)

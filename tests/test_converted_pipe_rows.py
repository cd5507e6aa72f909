"""Pipe text as page converters print a table's rows: each row's own cells only (a
group's label spanning rows is printed on its first row, before that row's label),
empty cells as nothing between bars, padded or not (fictional: the bundled sample).

Real pages come as such text (the shared real cases 002, 005, 006 print these shapes).
A blank total printed as an empty last cell must read blank in every row, the rows
with their group's label before their own included; before, that row was read a value
short and its total inferred from the arithmetic (0 for a blank), and with cells padded
wider than three spaces no empty cell was read by position at all.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import govinfo_reports as gr

#: Rows of table 三 printed with their total left blank (the 2021 sample's 不予公开 rows).
_WITHHELD = ("1.属于国家秘密", "2.其他法律行政法规禁止公开", "8.属于行政查询事项")


def _singlebar(cells: list[str]) -> str:
    return " | ".join(cells) + " |"


def _padded(cells: list[str]) -> str:
    return "| " + " | ".join(cell.rjust(8) for cell in cells) + " | "


def _grouped(cells: list[str]) -> str:
    # a run of empty cells is printed as bars only: ``0 | |`` (002's rows)
    out: list[str] = []
    empties = 0
    for cell in cells:
        if not cell:
            empties += 1
            continue
        if empties:
            out.append("|" * empties)
            empties = 0
        out.append(cell + " |")
    if empties:
        out.append("|" * empties)
    return " ".join(out)


def _converted(style: Callable[[list[str]], str]) -> str:
    lines = []
    for line in gr.render(gr.parse(gr.sample_text()), "tab").splitlines():
        if "\t" not in line:
            lines.append(line)
            continue
        cells = line.split("\t")
        while cells and not cells[0]:
            del cells[0]  # (a cell spanning rows is printed on its first row only)
        if any(cell in _WITHHELD for cell in cells):
            cells[-1] = ""
        lines.append(style(cells))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("style", [_singlebar, _padded, _grouped])
def test_a_blank_total_printed_empty_reads_blank_in_every_row(
    style: Callable[[list[str]], str],
) -> None:
    text = _converted(style)
    assert "（三）不予公开" in text and "1.属于国家秘密" in text
    report = gr.parse(text)
    sample = gr.to_dict(gr.parse(gr.sample_text()))
    got = gr.to_dict(report)
    withheld = got["requests"]["results"]["withheld"]
    for key in ("state_secret", "prohibited_by_law", "administrative_inquiry"):
        expected = dict(sample["requests"]["results"]["withheld"][key], total=None)
        assert withheld[key] == expected, key
    for key in ("state_secret", "prohibited_by_law", "administrative_inquiry"):
        sample["requests"]["results"]["withheld"][key]["total"] = None
    assert got["requests"] == sample["requests"]
    assert got["active_disclosure"] == sample["active_disclosure"]
    assert got["review_litigation"] == sample["review_litigation"]
    assert not [f for f in report.findings if f.code == "row_width"], report.findings

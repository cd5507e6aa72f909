"""Row labels of table 二 wrapped in a narrow column, as a page text prints a table row
by row: the label's first piece on a line of its own, the rest on the next line with the
row's values (``行政规`` / ``范性文件 | 5 | 1 | 23 |``). Found by printing generated pages
whose label cells hold a line break in the real page texts' styles (fictional reports).
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_ROWS_2021 = [
    ["第二十条", "第（一）项"],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", "2"],
    ["行政规", "范性文件", "5", "1", "23"],
    ["第二十条", "第（五）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政许可", "1204"],
    ["第二十条", "第（六）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政处罚", "37"],
    ["行政强制", "0"],
    ["第二十条", "第（八）项"],
    ["信息内容", "本年收费金额（单位：万元）"],
    ["行政事", "业性收费", "12.5"],
]
#: the rows whose first cell is wrapped: its first piece ends a line of its own
_WRAPPED = ("行政规", "行政事", "第二十条")


def _text(bar: str, end: str) -> str:
    lines = ["青禾县司法局2022年政府信息公开工作年度报告", "二、主动公开政府信息情况"]
    for row in _ROWS_2021:
        if row[0] in _WRAPPED:
            lines.append(row[0])
            row = row[1:]
        lines.append(bar.join(row) + end)
    lines.append("三、收到和处理政府信息公开申请情况")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("bar", "end"), [(" | ", " |"), ("\t", "")], ids=["pipe", "tab"])
def test_a_label_wrapped_before_its_rows_values_is_read(bar: str, end: str) -> None:
    """A table-二 label whose first piece stands on a line of its own and whose rest
    starts the row's line of values: the row was not found, with a warning that the
    joined label (行政规范性文件) is no row of the table, or (the fee row, after a group
    header) with the header's words joined to the label; its values were not read."""
    report = gr.parse(_text(bar, end))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["normative_documents"] == {"issued": 5, "repealed": 1, "in_force": 23}
    assert active["administrative_fees"] == {"amount": {"value": "12.5", "unit": "万元"}}
    assert active["regulations"] == {"issued": 0, "repealed": 0, "in_force": 2}
    assert not [f for f in report.findings if f.path and f.path.startswith("active")]


def _requests_text(total_label: list[str], layout: str) -> str:
    """The sample as text, table 三's （七）总计 printed in the pieces ``total_label``:
    each on a line of its own (a cell a line), or the last one starting the row's line
    of values (a row a line)."""
    text = gr.render(gr.parse(gr.sample_text()), layout)
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip("|\t ").startswith("（七）总计"))
    line = lines[at]
    indent = line[: len(line) - len(line.lstrip("|\t "))]
    rest = line[line.index("（七）总计") + len("（七）总计") :]
    *first, last = total_label
    lines[at : at + 1] = [indent + piece for piece in first] + [indent + last + rest]
    return "\n".join(lines)


@pytest.mark.parametrize("layout", ["pipe", "vertical"])
@pytest.mark.parametrize("pieces", [["（七）", "总计"], ["（七）总", "计"]], ids=["number", "word"])
def test_a_label_of_table_three_broken_into_pieces_naming_no_row_is_read(
    layout: str, pieces: list[str]
) -> None:
    """(Guard.) Table 三's （七）总计 printed over two lines, neither piece naming a row
    alone (a number, and 总计 which names a column too), in a cell-a-line text and with
    the last piece starting the row's line of values: the pieces name the row."""
    sample = gr.to_dict(gr.parse(gr.sample_text()))
    report = gr.parse(_requests_text(pieces, layout))
    results = gr.to_dict(report)["requests"]["results"]
    assert results["total"] == sample["requests"]["results"]["total"]
    assert not [f for f in report.findings if f.severity != "info"]

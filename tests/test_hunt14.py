"""Misreadings found by the ninth session's own probes (fictional inputs).

The seeds' tab text converted cell for cell into an HTML table (a spreadsheet's merged
cells saved as empty cells) read differently from the text: a table-三 row a cell short
took the next row's empty leading cells as its last value, blank, with no finding.
"""

from __future__ import annotations

import html

import pytest

import govinfo_reports as gr


def _tab_as_html_table(tab_text: str) -> str:
    """Each tab-separated line a ``<tr>`` of one ``<td>`` per cell (empty ones too),
    consecutive lines one table; other lines paragraphs."""
    out = ["<html><body>"]
    in_table = False
    for line in tab_text.splitlines():
        if "\t" in line:
            if not in_table:
                out.append('<table border="1">')
                in_table = True
            cells = "".join(f"<td>{html.escape(cell.strip())}</td>" for cell in line.split("\t"))
            out.append(f"<tr>{cells}</tr>")
            continue
        if in_table:
            out.append("</table>")
            in_table = False
        if line.strip():
            out.append(f"<p>{html.escape(line.strip())}</p>")
    if in_table:
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def _sample_tab() -> tuple[gr.Report, str]:
    report = gr.parse(gr.sample_text())
    return report, gr.render(report, "tab")


_SECRET = "1.属于国家秘密"


def _row_without_its_last_cell(tab_text: str, label: str) -> str:
    lines = tab_text.splitlines()
    index = next(i for i, line in enumerate(lines) if label in line)
    lines[index] = lines[index].rsplit("\t", 1)[0]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("label", [_SECRET, "2.其他法律行政法规禁止公开"])
def test_empty_cells_before_the_next_rows_label_are_not_a_short_rows_last_value(
    label: str,
) -> None:
    report, tab = _sample_tab()
    page = _tab_as_html_table(_row_without_its_last_cell(tab, label))
    parsed = gr.parse(page)
    assert parsed.source.reader == "html"
    # the row prints six counts, all 0: its arithmetic gives 总计 0, said in a warning
    path = "requests.results.withheld." + (
        "state_secret" if label == _SECRET else "prohibited_by_law"
    )
    assert gr.to_dict(parsed)["requests"] == gr.to_dict(report)["requests"]
    widths = [f for f in parsed.findings if f.code == "row_width" and f.path == path]
    assert len(widths) == 1
    assert widths[0].severity == "warning"
    assert "6 values for 7 columns" in widths[0].message


def test_the_tab_text_and_its_html_table_read_the_same() -> None:
    report, tab = _sample_tab()
    short = _row_without_its_last_cell(tab, _SECRET)
    from_text = gr.parse(short)
    from_page = gr.parse(_tab_as_html_table(short))
    assert gr.to_dict(from_page)["requests"] == gr.to_dict(from_text)["requests"]
    assert gr.to_dict(from_page)["active_disclosure"] == gr.to_dict(report)["active_disclosure"]
    assert gr.to_dict(from_page)["review_litigation"] == gr.to_dict(report)["review_litigation"]

"""The HTML reader's shortcuts give what the plain way gives.

* ``sniff`` tries the table pattern only where ``<t`` or ``<T`` stands and gives up at
  once on text without ``<``: the same score as searching the sniff prefix;
* ``read(text, utf8=...)`` (the source bytes, as ``parse`` hands them over) reads the
  same rows and findings as ``read(text)``, prolog, NULs and line ends included;
* ``parse`` of a page's UTF-8 bytes reads what ``parse`` of its text reads;
* a cell's element is hidden by the names ``keys()`` gives as by lxml's ``get``;
* a table row laid out as it stands (plain: own cells one column wide, no number carried
  down, no spacer column) gives the row the cell-by-cell layout gives.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports.readers import html as html_reader
from govinfo_reports.readers.base import SNIFF_PREFIX
from govinfo_reports.readers.html import HtmlReader, _hidden, _hidden_style, _parse

READER = HtmlReader()
_TABLE = re.compile(r"<(?:table|td|tr)\b", re.IGNORECASE)
_PAGE = re.compile(r"<(?:!doctype\s+html|html|body|head)\b", re.IGNORECASE)
_PAGE_START = re.compile(
    r"(?:<\?xml[^<>]{0,500}>\s*)?(?:<!--[^<>]{0,500}-->\s*)?<(?:!doctype\s+html|html)\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"<(?:p|div|br|span|h[1-6]|font|li)\b[^<>]*>", re.IGNORECASE)


def _searched(text: str) -> float:
    """The score as the patterns searched over a slice of the prefix give it."""
    head = text[:SNIFF_PREFIX]
    if _TABLE.search(head) or _PAGE_START.match(head.lstrip(" \t\r\n\f\v\ufeff")):
        return 1.0
    if _PAGE.search(head):
        return 0.9
    return 0.6 if len(_TAG.findall(head)) >= 3 else 0.0


_PIECES = st.sampled_from(
    (
        *("<", ">", "t", "T", "able", "ABLE", "d", "r", "R", "<!", "doctype ", "html", "<h"),
        *("<b", "ody", "ead", " ", "\n", "x", "İ", "ſ", "K", "p", "div", "br", "<td", "<tr1"),
    )
)


@given(st.lists(_PIECES, max_size=16).map("".join), st.booleans())
def test_sniff_scores_as_a_search_does(text: str, at_the_end: bool) -> None:
    if at_the_end:  # a match that would end past the sniff prefix does not count
        text = "x" * (SNIFF_PREFIX - 3) + text
    assert READER.sniff(text) == _searched(text)


def _page(body: str, prolog: str = "<!DOCTYPE html>\n", line_end: str = "\n") -> str:
    page = (
        f"{prolog}<html><head><title>报告_网站</title></head><body>\n"
        f"<h1>某县2023年政府信息公开工作年度报告</h1>\n{body}\n</body></html>\n"
    )
    return page.replace("\n", line_end)


_TABLE_HTML = (
    "<table><tr><td rowspan='2'>信息内容</td><td colspan='2'>数量</td></tr>\n"
    "<tr><td>1\u00a0</td><td>  2 </td></tr>\n<tr><td>规章</td><td>0</td><td></td></tr></table>"
)


@given(
    st.sampled_from(["", "<!DOCTYPE html>\n", '<?xml version="1.0"?>\n<!DOCTYPE html>', "\n "]),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(["", "\x00", "前言\x00"]),
)
def test_reading_the_source_bytes_reads_the_same(prolog: str, line_end: str, nul: str) -> None:
    text = _page(nul + _TABLE_HTML, prolog, line_end)
    plain = READER.read(text)
    given_bytes = READER.read(text, utf8=text.encode("utf-8"))
    assert given_bytes.grid == plain.grid
    assert given_bytes.findings == plain.findings
    assert given_bytes.title_hint == plain.title_hint


def test_parse_of_the_bytes_reads_the_text() -> None:
    page = gr.render(gr.parse(gr.sample_text()), "html")
    from_text = gr.parse(page)
    from_bytes = gr.parse(page.encode("utf-8"))
    assert from_bytes.source.encoding == "utf-8"
    assert gr.to_dict(from_bytes)["requests"] == gr.to_dict(from_text)["requests"]
    assert gr.validate(from_bytes) == gr.validate(from_text)
    assert from_bytes.source.lines == from_text.source.lines


_ATTRIBUTES = st.sampled_from(
    (
        *("hidden", "HIDDEN", 'hidden=""', "hidden=x", "xml:hidden=1", "data-hidden", "hiddenx"),
        *('style="display:none"', 'STYLE="Visibility: HIDDEN"', 'style="color:red"', "style"),
        *('style=""', 'class="a"', "id=hidden", 'style="x" style="display:none"'),
    )
)


@given(st.lists(_ATTRIBUTES, max_size=4))
def test_hidden_by_attribute_names_as_by_get(attributes: list[str]) -> None:
    root = _parse(f"<table><tr><td><span {' '.join(attributes)}>x</span></td></tr></table>", [])
    assert root is not None
    span = next(root.iter("span"))
    style = span.get("style")
    by_get = span.get("hidden") is not None or bool(style and _hidden_style(style))
    assert _hidden(span, span.keys(), {}) == by_get


_CELL_TEXTS = st.sampled_from(("", "", "7", "0", "1,204", "行政处罚", "（三）不予公开", "12.5万元"))


@st.composite
def _tables(draw: st.DrawFn) -> str:
    """A table of 1-6 rows of 1-5 cells, some spanning rows or columns, some empty."""
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        cells = []
        for _ in range(draw(st.integers(1, 5))):
            attributes = ""
            if draw(st.integers(0, 4)) == 0:
                attributes += f' rowspan="{draw(st.integers(2, 3))}"'
            if draw(st.integers(0, 5)) == 0:
                attributes += f' colspan="{draw(st.integers(2, 3))}"'
            cells.append(f"<td{attributes}>{draw(_CELL_TEXTS)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


@given(st.lists(_tables(), min_size=1, max_size=3).map("<p>间隔</p>".join))
def test_plain_rows_laid_out_as_they_stand_read_as_cell_by_cell(page: str) -> None:
    shortcut = READER.read(page)
    expand = html_reader._expand

    def no_plain_rows(*args: object) -> object:
        grid = expand(*args)  # type: ignore[arg-type]
        grid.plain = bytearray(len(grid.plain))  # every row laid out cell by cell
        return grid

    html_reader._expand = no_plain_rows  # type: ignore[assignment]
    try:
        cell_by_cell = READER.read(page)
    finally:
        html_reader._expand = expand
    assert [row.cells for row in shortcut.grid.rows] == [
        row.cells for row in cell_by_cell.grid.rows
    ]
    assert [(row.aligned, row.line) for row in shortcut.grid.rows] == [
        (row.aligned, row.line) for row in cell_by_cell.grid.rows
    ]
    assert shortcut.findings == cell_by_cell.findings

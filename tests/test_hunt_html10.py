"""Misreadings found by the tenth HTML page hunt, each fixed. Every page here is
fictional (the bundled sample report rendered as a web page, or invented organs and
numbers)."""

from __future__ import annotations

import re

import pytest

import govinfo_reports as gr
from govinfo_reports.readers.html import HtmlReader


def _sample_page(head: str = "") -> str:
    page = gr.render(gr.parse(gr.sample_text()), "html")
    return page.replace("<head>", "<head>" + head)


def _codes(report: gr.Report) -> list[str]:
    return [finding.code for finding in report.findings]


def test_a_hidden_cell_only_below_a_tables_first_rows_takes_no_column() -> None:
    """A cell hidden by ``display: none`` in a row below a table's first four rows, with
    no hidden cell above it: the row comes out a value too wide, so its cells' styles are
    judged then, and the hidden one takes no column (said by a ``repaired_cell`` info)."""
    page = _sample_page()
    row = "<td>1.属于国家秘密</td><td>0</td>"
    assert row in page
    page = page.replace(row, "<td>1.属于国家秘密</td><td style='display:none'>4</td><td>0</td>")
    report = gr.parse(page)
    assert report.requests is not None
    assert report.requests.results.withheld.state_secret.total == 0
    assert "row_width" not in _codes(report)
    assert any("'4' is hidden" in f.message for f in report.findings)


_PDF2HTML_STYLE = (
    "<style>.t{position:absolute;white-space:pre}._{display:inline-block}"
    "._0{margin-left:-1.12px}._1{width:1.2px}._2{width:36.8px}</style>"
)


def _pdf2html_page(rows: list[list[str]], gap: str) -> str:
    """A page as a PDF converter prints it: each line an absolutely placed ``<div>``, the
    gaps between a line's runs of text empty spacer ``<span>``s of class ``_ _N``."""
    lines = "\n".join(
        f'<div class="t m0 x1 h2 y{at} ff1 fs0 fc0">{gap.join(row)}</div>'
        for at, row in enumerate(rows)
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{_PDF2HTML_STYLE}</head>"
        f"<body><div id='page-container'><div class='pf w0 h0'>{lines}</div></div></body></html>"
    )


_PDF2HTML_ROWS = [
    ["白沙镇人民政府2023年政府信息公开工作年度报告"],
    ["二、主动公开政府信息情况"],
    ["第二十条第（一）项"],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", "3"],
    ["行政规范性文件", "4", "1", "2<span class='_ _1'></span>6"],
]


def test_cells_parted_by_empty_spacer_spans_of_a_pdf_converter_are_read() -> None:
    """A PDF converter's page (pdf2htmlEX) prints a line's gaps as empty ``<span>``s whose
    class gives them a width: they glued the cells (``规章003``), read as a label holding
    numbers with the row blank. A spacer as wide as a gap now parts the cells; a narrow one
    (kerning: ``._1{width:1.2px}`` inside 26) does not."""
    report = gr.parse(_pdf2html_page(_PDF2HTML_ROWS, "<span class='_ _2'></span>"))
    active = report.active_disclosure
    assert active is not None
    assert (active.regulations.issued, active.regulations.repealed) == (0, 0)
    assert active.regulations.in_force == 3
    assert active.normative_documents.in_force == 26
    assert "unreadable_cell" not in _codes(report)


def test_a_ruby_annotation_in_a_cell_is_not_read_into_its_value() -> None:
    """A cell printing its number with a ruby annotation (``<ruby>1204<rt>一千二百零四</rt>
    </ruby>``, the reading shown above it) glued the annotation to the number: the cell
    was blank with an ``unreadable_cell`` warning. The ``<rt>`` annotation and the ``<rp>``
    parentheses (shown only by browsers without ruby) are left out, in cells and text."""
    page = _sample_page().replace(
        '<td colspan="3">1204</td>',
        '<td colspan="3"><ruby>1204<rp>（</rp><rt>一千二百零四</rt><rp>）</rp></ruby></td>',
    )
    page = page.replace(
        "<h2>二、主动公开政府信息情况</h2>",
        "<p><ruby>青禾<rt>qīng hé</rt></ruby>县人民政府主动公开信息。</p>"
        "<h2>二、主动公开政府信息情况</h2>",
    )
    report = gr.parse(page)
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_licensing.decisions == 1204
    assert "unreadable_cell" not in _codes(report)
    rows = HtmlReader().read(page).grid.rows
    texts = [" ".join(row.texts) for row in rows]
    assert "青禾县人民政府主动公开信息。" in texts


def test_a_noscript_fallback_in_a_cell_is_not_read_into_its_value() -> None:
    """A cell holding a ``<noscript>`` fallback beside the text a script fills in
    (``<noscript>1204</noscript><span>1204</span>``) read both: 12041204, silently. The
    ``<noscript>`` text (shown only with scripts off) is left out of cells, as it is of
    the page's text."""
    page = _sample_page().replace(
        '<td colspan="3">1204</td>',
        '<td colspan="3"><noscript>1204</noscript><span class="num">1204</span></td>',
    )
    report = gr.parse(page)
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_licensing.decisions == 1204
    assert not [f for f in report.findings if "1204" in f.message]


def _tabbed_page(css: str, first_active: bool) -> str:
    """The sample's tables twice in a page's tabs: last year's copy (every count 3 more)
    in a pane the style sheet hides, this year's in the pane marked shown (``active``)."""
    page = _sample_page(css)
    start, end = page.index("<h2>二、"), page.index("</body>")
    body = page[start:end]
    other = re.sub(r"<td>(\d+)</td>", lambda m: f"<td>{int(m.group(1)) + 3}</td>", body)
    shown = f'<div class="tab-pane active">{body}</div>'
    hidden = f'<div class="tab-pane">{other}</div>'
    panes = shown + hidden if first_active else hidden + shown
    return page[:start] + f'<div class="tab-content">{panes}</div>' + page[end:]


@pytest.mark.parametrize(
    "css",
    [
        "<style>.tab-pane{display:none}.tab-pane.active{display:block}</style>",
        "<style>.tab-content>.tab-pane{display:none}.tab-content>.active{display:block}</style>",
    ],
)
@pytest.mark.parametrize("first_active", [False, True])
def test_the_report_in_a_pages_shown_tab_is_read_not_a_hidden_tabs_copy(
    css: str, first_active: bool
) -> None:
    """A page printing two years' tables in tabs, the panes hidden by a class of the style
    sheet but the one marked ``active`` (shown by a more specific rule): both were read
    as shown, and the first printed won, with ``unknown_row`` warnings for the other
    (every value wrong where last year's tab came first). A class hiding a block that
    also has a state class of the shown tab (``active``, ``show``, ``current``…) no longer
    counts: the hidden tab's copy is left out, with an info."""
    report = gr.parse(_tabbed_page(css, first_active))
    sample = gr.parse(gr.sample_text())
    assert gr.to_dict(report)["active_disclosure"] == gr.to_dict(sample)["active_disclosure"]
    assert gr.to_dict(report)["requests"] == gr.to_dict(sample)["requests"]
    assert gr.to_dict(report)["review_litigation"] == gr.to_dict(sample)["review_litigation"]
    assert "unknown_row" not in _codes(report)
    assert any("hidden" in f.message and f.severity == "info" for f in report.findings)


def test_a_report_copy_in_a_closed_details_block_is_not_read_as_shown() -> None:
    """Last year's tables in a closed ``<details>`` block (browsers show only its
    ``<summary>`` until opened) before this year's: both were read as shown, the first
    printed won (every value last year's, with ``unknown_row`` warnings). A closed
    ``<details>`` is now hidden as ``<noscript>`` is: its copy is left out, with an info."""
    page = _sample_page()
    start, end = page.index("<h2>二、"), page.index("</body>")
    body = page[start:end]
    other = re.sub(r"<td>(\d+)</td>", lambda m: f"<td>{int(m.group(1)) + 3}</td>", body)
    closed = page[:start] + f"<details><summary>2022年</summary>{other}</details>{body}"
    report = gr.parse(closed + page[end:])
    sample = gr.parse(gr.sample_text())
    assert gr.to_dict(report)["requests"] == gr.to_dict(sample)["requests"]
    assert "unknown_row" not in _codes(report)
    opened = page[:start] + f"<details open><summary>2023年</summary>{body}</details>"
    report = gr.parse(opened + page[end:])
    assert gr.to_dict(report)["requests"] == gr.to_dict(sample)["requests"]


def _span_grid(page: str, cell: str, row: str = '<div class="tr">') -> str:
    """``page``'s tables printed as a grid of ``<div>`` rows of ``<span>`` cells that the
    page's CSS lays out as a table (``cell``: a cell's opening tag)."""
    page = re.sub(r"<table[^>]*>", '<div class="table">', page).replace("</table>", "</div>")
    page = page.replace("<tr>", row).replace("</tr>", "</div>")
    return re.sub(r"<td[^>]*>", cell, page).replace("</td>", "</span>")


@pytest.mark.parametrize(
    ("head", "cell", "row"),
    [
        ("<style>.tr{display:flex}.td{flex:1}</style>", '<span class="td">', '<div class="tr">'),
        (
            "<style>.grid{display:table}.row{display: table-row}.c{display: table-cell}</style>",
            '<span class="c">',
            '<div class="row">',
        ),
        ("", '<span style="display:inline-block;width:6em">', '<div class="tr">'),
        ("", '<span class="x">', '<div style="display:flex">'),
        ("", '<SPAN style="DISPLAY: inline-block">', "<DIV>"),
    ],
)
def test_span_cells_that_css_lays_out_as_boxes_are_parted(head: str, cell: str, row: str) -> None:
    """Tables printed as ``<div>`` rows of ``<span>`` cells, which the page's CSS shows as
    a grid (the rows flex containers, the spans table cells or inline blocks): the spans'
    texts were glued (``规章002``), every row blank with ``unreadable_cell`` warnings. A span
    that a style or a lone class rule of the page's sheets displays as a box (``block``,
    ``inline-block``, ``table-cell``…), or a child of a flex or grid container, is now
    parted from the text before it by a space, as a row's cells are."""
    page = _span_grid(_sample_page(head), cell, row)
    report = gr.parse(page)
    sample = gr.parse(gr.sample_text())
    assert gr.to_dict(report)["active_disclosure"] == gr.to_dict(sample)["active_disclosure"]
    assert gr.to_dict(report)["requests"] == gr.to_dict(sample)["requests"]
    assert gr.to_dict(report)["review_litigation"] == gr.to_dict(sample)["review_litigation"]
    assert "unreadable_cell" not in _codes(report)


def test_rows_printed_without_their_opening_tr_tags_are_read_as_rows() -> None:
    """A page whose rows end with ``</tr>`` but do not start with ``<tr>`` (a hand-edited
    template): browsers open a row for each cell after a row's end, but the parser
    dropped the stray ``</tr>`` tags and ran all those cells into one row (values lost,
    others' header texts read as values, ``row_width`` and ``unreadable_cell`` warnings).
    A row end followed by a cell now opens a row there, as browsers do, with an info."""
    page = _sample_page().replace("<tr>", "")
    report = gr.parse(page)
    sample = gr.parse(gr.sample_text())
    assert gr.to_dict(report)["active_disclosure"] == gr.to_dict(sample)["active_disclosure"]
    assert gr.to_dict(report)["requests"] == gr.to_dict(sample)["requests"]
    assert gr.to_dict(report)["review_litigation"] == gr.to_dict(sample)["review_litigation"]
    assert "unreadable_cell" not in _codes(report)
    assert any("<tr>" in f.message and f.severity == "info" for f in report.findings)

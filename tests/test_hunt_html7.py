"""Misreadings of web pages found by a seventh HTML hunt (fictional pages: reports of
松溪县林业局 and 白石镇人民政府 rendered as web pages, then reshaped the way content
systems, editors and sites publish them).

Each test failed before its fix (guards, which passed before too, say so); the
docstrings say what used to be read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import govinfo_reports as gr

_TITLE = "松溪县林业局2022年政府信息公开工作年度报告"
_ORGAN = "松溪县林业局"


def _report() -> gr.Report:
    """The bundled sample as the fictional 松溪县林业局's report for 2022."""
    data = gr.to_dict(gr.parse(gr.sample_text()))
    data.update(title=_TITLE, organ=_ORGAN, year=2022)
    return gr.from_dict(data)


_REPORT = _report()
_PAGE = gr.render(_REPORT, "html")


def _meta(report: gr.Report) -> tuple[str | None, str | None, int | None]:
    return report.title, report.organ, report.year


# --- an interpretation (解读) of the report printed before it ---------------------------


@pytest.mark.parametrize(
    "page",
    [
        # the page's <title> is the interpretation's, the heading the report's
        _PAGE.replace("<head>", f"<head><title>一图读懂{_TITLE}_松溪县人民政府</title>"),
        # an illustrated interpretation above the report on its page
        _PAGE.replace("<body>", f"<body><h2>一图读懂{_TITLE}</h2><p><img src='1.png'></p>"),
        _PAGE.replace("<body>", f"<body><h2>图解 | {_TITLE}</h2><p><img src='1.png'></p>"),
        _PAGE.replace("<body>", f"<body><p><b>一图看懂：{_TITLE}</b></p>").replace(
            f"<h1>{_TITLE}</h1>", ""
        ),
    ],
)
def test_an_interpretations_title_before_the_report_names_the_report(page: str) -> None:
    """A 解读 printed before the report (一图读懂…报告, 图解 | …报告) gave its title and
    an organ with the interpretation's words in front (一图读懂松溪县林业局), with no
    finding. The words introducing an interpretation are not part of the title."""
    assert _meta(gr.parse(page)) == (_TITLE, _ORGAN, 2022)


# --- rows hidden by their row group or by visibility: collapse ------------------------

_OLD_ROW = "<tr><td>规章</td><td>9</td><td>9</td><td>99</td></tr>"
_SHOWN_ROW = "<tr><td>规章</td>"


def _regulations(report: gr.Report) -> tuple[int | None, ...]:
    row = report.active_disclosure.regulations
    return row.issued, row.repealed, row.in_force


@pytest.mark.parametrize(
    "hidden",
    [
        f'<tbody style="display:none">{_OLD_ROW}</tbody>',  # an old version kept hidden
        f"<tbody hidden>{_OLD_ROW}</tbody>",
        f'<tbody class="old">{_OLD_ROW}</tbody>',  # a class the page's style sheet hides
        _OLD_ROW.replace("<tr>", '<tr style="visibility: collapse">'),
        f'<tbody style="visibility:collapse">{_OLD_ROW}</tbody>',
    ],
)
def test_a_row_hidden_by_its_row_group_or_collapsed_is_not_read(hidden: str) -> None:
    """A row browsers do not show because its ``<tbody>`` is hidden, or because it is
    collapsed (``visibility: collapse``), was read: 规章's old row and the shown one ran
    together into one row of six values, left blank with a ``row_width`` warning. Such
    rows are left out now, as a hidden ``<tr>`` is, with an info finding."""
    page = _PAGE.replace("<head>", "<head><style>.old{display:none}</style>")
    page = page.replace(_SHOWN_ROW, hidden + _SHOWN_ROW)
    report = gr.parse(page)
    assert _regulations(report) == _regulations(_REPORT)
    assert not [f for f in report.findings if f.severity != "info"]
    assert any(f.code == "repaired_cell" and "99" in f.message for f in report.findings)


# --- a value shown in a drop-down list --------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "issued"),
    [
        ("<select><option>0</option><option selected>3</option></select>", 3),
        ("<select disabled><option value='3'>3</option><option>4</option></select>", 3),
        ("<select><option label='3' selected></option></select>", 3),
        ("<select multiple><option>3</option><option>4</option></select>", None),
        ("<select><option selected>件</option></select>3", 3),  # (a guard: a unit's list)
    ],
)
def test_a_value_shown_in_a_drop_down_list_is_read(cell: str, issued: int | None) -> None:
    """A value a reporting system's page prints in a drop-down list (the option selected,
    else its first, as browsers show it) was read blank, None, with no finding, as the
    list was page chrome. A list showing several options, or words, is still not read."""
    page = _PAGE.replace("<tr><td>规章</td><td>0</td>", f"<tr><td>规章</td><td>{cell}</td>")
    report = gr.parse(page)
    assert report.active_disclosure.regulations.issued == issued


# --- a comparison with last year printed under the heading, before the table ----------

_COMPARISON = (
    "<p>本年度主动公开情况与上年对比如下：</p>"
    "<table border='1'><tr><td>项目</td><td>2021年</td><td>2022年</td><td>增减</td></tr>"
    "<tr><td>规章</td><td>1</td><td>0</td><td>-1</td></tr>"
    "<tr><td>行政规范性文件</td><td>4</td><td>5</td><td>+1</td></tr></table>"
)


def test_a_comparison_table_before_table_two_is_not_read_as_it() -> None:
    """A small table comparing two of table 二's rows with last year's, printed under
    the heading 二、主动公开政府信息情况 before the statutory table, was read as table 二:
    规章 and 行政规范性文件 took the comparison's numbers, the other rows were missing
    (``missing_row``), and the whole statutory table after it was left out as a second
    copy (``unknown_row``). Of two copies of a table the one naming more of its rows is
    read now, with a warning naming the copy left out."""
    heading = "<h2>二、主动公开政府信息情况</h2>"
    page = _PAGE.replace(heading, heading + _COMPARISON)
    report = gr.parse(page)
    assert report.active_disclosure == _REPORT.active_disclosure
    codes = [(f.code, f.severity) for f in report.findings if f.severity != "info"]
    assert codes == [("unknown_row", "warning")]


# --- an amount's unit in a cell of its own ---------------------------------------------


def _report_2019() -> gr.Report:
    """The project's fictional 2019 report, as the fictional 白石镇人民政府's."""
    text = (Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt").read_text("utf-8")
    data = gr.to_dict(gr.parse(text))
    data.update(title="白石镇人民政府2019年政府信息公开工作年度报告", organ="白石镇人民政府")
    data.update(year=2019)
    return gr.from_dict(data)


_REPORT_2019 = _report_2019()


@pytest.mark.parametrize(
    ("layout", "old", "new"),
    [
        ("html", '<td colspan="2">3518.2050万元</td>', "<td>3518.2050</td><td>万元</td>"),
        ("html", '<td colspan="2">3518.2050万元</td>', "<td>3,518.2050</td><td> 万元 </td>"),
        ("tab", "3518.2050万元", "3518.2050\t万元"),
    ],
)
def test_an_amounts_unit_in_a_cell_of_its_own_is_the_amounts(
    layout: str, old: str, new: str
) -> None:
    """政府集中采购's amount printed with its unit in the next cell (``3518.2050 | 万元``:
    a grid's two cells under 采购总金额) was three values for two columns: the unit
    an ``unreadable_cell``, and the row's published values all blank (``row_width``).
    A unit alone in the cell after a number is now that number's, with an info."""
    text = gr.render(_REPORT_2019, layout)
    assert old in text
    report = gr.parse(text.replace(old, new))
    procurement = report.active_disclosure.centralized_procurement
    assert procurement == _REPORT_2019.active_disclosure.centralized_procurement
    assert not [f for f in report.findings if f.severity != "info"]
    assert any(f.code == "repaired_cell" and "万元" in f.message for f in report.findings)


def test_a_fees_unit_in_a_cell_of_its_own_is_the_fees() -> None:
    """The same for the 2021 table 二's one-value fee row (``12.50 | 万元``)."""
    page = _PAGE.replace('<td colspan="3">12.50</td>', "<td>12.50</td><td>万元</td><td></td>")
    report = gr.parse(page)
    fees = report.active_disclosure.administrative_fees
    assert fees == _REPORT.active_disclosure.administrative_fees
    assert not [f for f in report.findings if f.severity != "info"]


# --- a summary of table 四 printed before it -------------------------------------------

_HEADING_4 = "<h2>四、政府信息公开行政复议、行政诉讼情况</h2>"


@pytest.mark.parametrize(
    "summary",
    [
        "<table border='1'><tr><td>行政复议</td><td>4</td></tr>"
        "<tr><td>行政诉讼</td><td>1</td></tr></table>",
        "<table border='1'><tr><td>类别</td><td>件数</td></tr><tr><td>行政复议</td><td>4</td>"
        "</tr><tr><td>行政诉讼</td><td>1</td></tr></table>",
        "<table border='1'><tr><td>项目</td><td>2021年</td><td>2022年</td></tr>"
        "<tr><td>行政复议</td><td>3</td><td>4</td></tr>"
        "<tr><td>行政诉讼</td><td>2</td><td>1</td></tr></table>",
    ],
)
def test_a_summary_of_table_four_before_it_is_not_read_as_its_values(summary: str) -> None:
    """A small table under the heading 四 giving the cases per group (行政复议 | 4,
    行政诉讼 | 1; or compared with last year) before the statutory table: its numbers
    were read as table 四's first values, the row had too many, and all fifteen
    published values were left blank (``row_width``). Numbers before a header row
    naming the results (结果维持, 结果纠正…) with no results named before them are not
    the table's values: they are reported as standing above its header."""
    report = gr.parse(_PAGE.replace(_HEADING_4, _HEADING_4 + summary))
    assert report.review_litigation == _REPORT.review_litigation
    above = [f for f in report.findings if "above the table's header" in f.message]
    assert above and all(f.code == "row_width" for f in above)


# --- a whole article hidden until a script shows it -------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        '<div id="zoom" style="display:none">',
        '<div class="article" hidden>',
        '<div id="content" style="visibility: hidden">',
    ],
)
def test_an_article_hidden_until_a_script_shows_it_gives_its_title(opening: str) -> None:
    """A page whose whole article (heading, text and tables) is hidden by its style
    until a script shows it (a loading message shown meanwhile): the tables were read,
    but the title, organ and year were None, with no finding, as the heading was hidden
    text. A hidden block holding the only statutory tables of the page is now read as
    shown, its text too (as a WeChat article's ``#js_content`` was)."""
    page = _PAGE.replace("<body>", f"<body><div class='loading'>加载中……</div>{opening}")
    page = page.replace("</body>", "</div><script>show()</script></body>")
    report = gr.parse(page)
    assert _meta(report) == (_TITLE, _ORGAN, 2022)
    assert report.active_disclosure == _REPORT.active_disclosure


def test_hidden_text_beside_a_shown_report_stays_hidden() -> None:
    """A guard: a hidden block beside the report's shown tables (an old title kept
    hidden) is still not read."""
    old = "<div style='display:none'><h1>松溪县林业局2021年政府信息公开工作年度报告</h1></div>"
    report = gr.parse(_PAGE.replace("<body>", "<body>" + old))
    assert _meta(report) == (_TITLE, _ORGAN, 2022)


def test_a_report_only_in_a_noscript_block_gives_its_title() -> None:
    """A page written by scripts, its report only in ``<noscript>`` for browsers without
    them: the tables were read but the title, organ and year were None, silently."""
    page = _PAGE.replace("<body>", "<body><div id='app'></div><noscript>")
    report = gr.parse(page.replace("</body>", "</noscript></body>"))
    assert _meta(report) == (_TITLE, _ORGAN, 2022)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<template id='article'>", "</template>"),
        ("<script type='text/html' id='article'>", "</script>"),
        ('<script type="text/x-template" id="article">', "</script>"),
    ],
)
def test_a_report_in_a_scripts_template_is_read(opening: str, closing: str) -> None:
    """A page whose report is the markup of a template its scripts render (``<template>``,
    ``<script type="text/html">``) raised ``ParseError`` (no statutory table found). It is
    read now as a report in a ``<textarea>`` is: from the markup embedded in the page."""
    page = _PAGE.replace("<body>", f"<body><div id='app'></div>{opening}")
    report = gr.parse(page.replace("</body>", f"{closing}</body>"))
    assert _meta(report) == (_TITLE, _ORGAN, 2022)
    assert report.requests == _REPORT.requests


# --- a report typed as text beside a table naming 规章 ----------------------------------

_CATEGORIES = (
    "<div class='side'><table><tr><td>信息分类</td><td>条数</td></tr>"
    "<tr><td>规章</td><td>12</td></tr><tr><td>行政规范性文件</td><td>30</td></tr>"
    "<tr><td>政策解读</td><td>55</td></tr></table></div>"
)


@pytest.mark.parametrize("before", [True, False])
def test_a_report_typed_as_text_beside_a_table_of_document_kinds_is_read(before: bool) -> None:
    """A report typed in paragraphs (``<p>规章\\t3\\t1\\t14</p>``…) on a page with a small
    table of the site's documents by kind (规章 | 12, 行政规范性文件 | 30): the table named
    a statutory row, so the paragraphs were not split into cells and every row of the
    report was left blank (``unreadable_cell``). Data tables naming none of table 三's or
    四's rows, beside text that does, no longer stop the text being read as typed rows."""
    lines = "".join(f"<p>{line}</p>" for line in gr.render(_REPORT, "tab").split("\n"))
    body = (_CATEGORIES + lines) if before else (lines + _CATEGORIES)
    page = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    report = gr.parse(page)
    assert _meta(report) == (_TITLE, _ORGAN, 2022)
    for key in ("active_disclosure", "requests", "review_litigation"):
        assert getattr(report, key) == getattr(_REPORT, key)


def test_tables_three_and_four_typed_as_text_after_table_two_as_a_table_are_read() -> None:
    """Table 二 printed as an HTML table, tables 三 and 四 typed in paragraphs after it:
    tables 三 and 四 were left blank (``unreadable_cell`` for each row)."""
    text = gr.render(_REPORT, "tab")
    typed = "".join(f"<p>{line}</p>" for line in text[text.index("三、收到") :].split("\n"))
    page = _PAGE[: _PAGE.index("<h2>三、")] + typed + "</body></html>"
    report = gr.parse(page)
    for key in ("active_disclosure", "requests", "review_litigation"):
        assert getattr(report, key) == getattr(_REPORT, key)


# --- row groups in source order other than the order browsers show ---------------------


def test_a_header_row_group_after_the_body_is_laid_out_first() -> None:
    """Table 四 with its header in a ``<thead>`` written after its ``<tbody>`` (browsers
    show the header on top whatever its place): the values came first, were taken for
    numbers above the header and not read (fifteen ``row_width`` warnings, every value
    None). A table's first ``<thead>`` is now laid out first and its first ``<tfoot>``
    last, as browsers lay them out."""
    start = _PAGE.index("<h2>四、")
    table = _PAGE[start:]
    rows = re.findall(r"<tr>.*?</tr>", table, re.S)
    body = "<tbody>" + "".join(rows[3:]) + "</tbody><thead>" + "".join(rows[:3]) + "</thead>"
    inside = table[table.index("<tr>") : table.index("</table>")]
    report = gr.parse(_PAGE[:start] + table.replace(inside, body))
    assert report.review_litigation == _REPORT.review_litigation
    assert not [f for f in report.findings if f.severity != "info"]


def test_a_footer_row_group_before_the_body_is_laid_out_last() -> None:
    """A guard: table 三's last two rows in a ``<tfoot>`` written before its ``<tbody>``
    (the order HTML 4 required) read as before."""
    start = _PAGE.index("<h2>三、")
    end = _PAGE.index("<h2>四、")
    table = _PAGE[start:end]
    rows = re.findall(r"<tr>.*?</tr>", table, re.S)
    body = (
        "<thead>" + "".join(rows[:3]) + "</thead><tfoot>" + "".join(rows[-2:]) + "</tfoot>"
        "<tbody>" + "".join(rows[3:-2]) + "</tbody>"
    )
    inside = table[table.index("<tr>") : table.index("</table>")]
    report = gr.parse(_PAGE[:start] + table.replace(inside, body) + _PAGE[end:])
    assert report.requests == _REPORT.requests
    assert not [f for f in report.findings if f.severity != "info"]

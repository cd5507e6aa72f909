"""Misreadings of web pages found by a sixth HTML hunt (fictional pages: a report of
青禾县 with a different number in most cells, rendered as a web page, then damaged the
way sites' editors and content systems damage tables).

Each test failed before its fix (guards, which passed before too, say so); the
docstrings say what used to be read.
"""

from __future__ import annotations

import html
import random
import re

import pytest

import govinfo_reports as gr

_TABLES = ("active_disclosure", "requests", "review_litigation")
_REVIEW = ("upheld", "corrected", "other", "pending", "total")


def _varied() -> gr.Report:
    """The sample report with a different small number in most cells, every total the
    sum of its parts (so that a value read in the wrong cell shows)."""
    rnd = random.Random(7)
    data = gr.to_dict(gr.parse(gr.sample_text()))
    active = data["active_disclosure"]
    active["regulations"] = {"issued": 3, "repealed": 1, "in_force": 14}
    active["normative_documents"] = {"issued": 6, "repealed": 2, "in_force": 27}
    active["administrative_enforcement"] = {"decisions": 9}
    requests = data["requests"]
    columns = list(requests["new_received"])

    def row() -> dict[str, int]:
        values = [rnd.randint(1, 9) for _ in columns[:-1]]
        return dict(zip(columns, [*values, sum(values)], strict=True))

    results = requests["results"]
    total = dict.fromkeys(columns, 0)
    for key, node in results.items():
        if key == "total":
            continue
        items = [(results, key)] if "natural_person" in node else [(node, k) for k in node]
        for parent, name in items:
            parent[name] = row()
            for column in columns:
                total[column] += parent[name][column]
    results["total"] = total
    requests["carried_over"] = row()
    requests["carried_forward"] = row()
    requests["new_received"] = {
        c: total[c] + requests["carried_forward"][c] - requests["carried_over"][c] for c in columns
    }
    for group in data["review_litigation"].values():
        values = [rnd.randint(1, 9) for _ in range(4)]
        group.update(zip(_REVIEW, [*values, sum(values)], strict=True))
    return gr.from_dict(data)


_REPORT = _varied()
_PAGE = gr.render(_REPORT, "html")


def _tables(report: gr.Report) -> dict[str, object]:
    data = gr.to_dict(report)
    return {key: data[key] for key in _TABLES}


def _warnings(report: gr.Report) -> list[gr.Finding]:
    return [f for f in gr.validate(report) if f.severity != "info"]


def test_the_varied_report_reads_back_whole() -> None:
    """Guard: the undamaged page reads every value, with no warning."""
    report = gr.parse(_PAGE)
    assert _tables(report) == _tables(_REPORT)
    assert not _warnings(report)


# --- character references printed as text (a page escaped twice) -------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("&amp;nbsp;", "&amp;nbsp;"),  # &nbsp; escaped again by the site: shown as text
        ("&amp;#160;", ""),
        ("&amp;ensp;", "&amp;emsp;"),
        ("", "&lt;br&gt;"),  # a line break typed into the cell shown as <br>
        ("", "&lt;br /&gt;"),
    ],
)
def test_character_references_shown_as_text_in_number_cells_are_read(
    before: str, after: str
) -> None:
    """Every number cell printed as ``<td>&amp;nbsp;3&amp;nbsp;</td>``: the site escaped
    the editor's ``&nbsp;`` (or ``<br>``) once more, so the page shows ``&nbsp;3&nbsp;``.
    Each cell was read blank (an ``unreadable_cell`` warning for each of the report's
    numbers): now the references are decoded (and a ``<br>`` shown as text is white
    space), as the text readers do for a page copied as its source, with an info."""
    page = re.sub(r"<td>([0-9.]+)</td>", rf"<td>{before}\1{after}</td>", _PAGE)
    report = gr.parse(page)
    assert _tables(report) == _tables(_REPORT)
    assert not _warnings(report)
    infos = [f for f in report.findings if f.code == "repaired_cell" and "as text" in f.message]
    assert len(infos) == 1 and infos[0].severity == "info"


def test_a_blank_cell_shown_as_an_escaped_nbsp_is_blank() -> None:
    """A blank cell of table 四's row of values printed ``&amp;nbsp;`` (so shown as
    ``&nbsp;``): the row was read as two values (those before it) for 15 columns and
    all 15 left blank (a ``row_width`` warning); now the cell is blank and the other 14
    values are read."""
    data = gr.to_dict(_REPORT)
    data["review_litigation"]["administrative_review"]["other"] = None
    expected = gr.from_dict(data)
    page = gr.render(expected, "html").replace("<td>/</td>", "<td>&amp;nbsp;</td>")
    assert page.count("&amp;nbsp;") == 1
    report = gr.parse(page)
    assert _tables(report) == _tables(expected)
    assert not [f for f in _warnings(report) if f.code == "row_width"]


def test_an_ampersand_in_a_label_is_kept() -> None:
    """Guard: text with an ampersand that is no reference (``R&D``) is left as printed,
    with no finding."""
    page = _PAGE.replace("<td>规章</td>", "<td>规章 &amp; R&amp;D</td>")
    report = gr.parse(page)
    assert not [f for f in report.findings if "as text" in f.message]


# --- a report whose markup the page shows as text ---------------------------------------


def _article(report_html: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>青禾县人民政府门户网站</title>"
        "</head><body><div class='nav'><a href='/'>首页</a> &gt; 政务公开</div>"
        "<script>var s = '<table><tr><td>行政复议</td><td>1</td></tr></table>';</script>"
        f"<div class='article'>{report_html}</div>"
        "<div class='footer'>主办单位：青禾县人民政府办公室</div></body></html>"
    )


def _report_body() -> str:
    return _PAGE.split("<body>", 1)[1].split("</body>", 1)[0]


@pytest.mark.parametrize("per_line", [False, True])
def test_a_report_whose_markup_the_page_shows_as_text_is_read(per_line: bool) -> None:
    """An article whose markup the site escaped (the page shows ``<table border="1">
    <tr><td>规章</td>…`` as text), whole or one ``<p>`` per line of markup: no reader
    found a statutory table (``ParseError``). The markup shown is now read as a page,
    as one in a ``<textarea>`` is, with an info saying so."""
    body = html.escape(_report_body(), quote=False)
    if per_line:
        body = "".join(f"<p>{line}</p>" for line in body.split("\n"))
    report = gr.parse(_article(body))
    assert _tables(report) == _tables(_REPORT)
    assert (report.title, report.organ, report.year) == (
        "青禾县人民政府2023年政府信息公开工作年度报告",
        "青禾县人民政府",
        2023,
    )
    assert not _warnings(report)
    assert [f.severity for f in report.findings if "markup as text" in f.message] == ["info"]


def test_markup_shown_as_text_beside_the_report_tables_is_not_read() -> None:
    """(Guard.) A page with its report's tables and, in a code sample, a table's markup
    shown as text: the tables are read, the sample is text."""
    sample = html.escape('<table><tr><td>行政许可</td><td colspan="3">5</td></tr></table>')
    report = gr.parse(_PAGE.replace("</body>", f"<pre>{sample}</pre></body>"))
    assert _tables(report) == _tables(_REPORT)
    assert not [f for f in report.findings if "markup as text" in f.message]


# --- a one-value row of table 二 printed with blank marks in the other columns ------------

_LICENSING = '<tr><td>行政许可</td><td colspan="3">1204</td></tr>'
_FEES = '<tr><td>行政事业性收费</td><td colspan="3">12.50</td></tr>'


@pytest.mark.parametrize(
    ("licensing", "fees"),
    [
        ("<td>1204</td><td>/</td><td>/</td>", "<td>12.50</td><td>/</td><td>/</td>"),
        ("<td>—</td><td>—</td><td>1204</td>", "<td>—</td><td>12.50</td><td>—</td>"),
        ("<td>1204</td><td>-</td><td></td>", "<td></td><td>——</td><td>12.50</td>"),
    ],
)
def test_a_one_value_row_with_blank_marks_in_the_other_columns_is_read(
    licensing: str, fees: str
) -> None:
    """Table 二's 行政许可 and 行政事业性收费 rows (one value each in the 2021 template,
    under a header spanning three columns) printed in three cells, the value's and two
    holding a blank mark (``/``, ``—``: a grid kept from the 2019 template): three
    values for one column, so the value was left blank (a ``row_width`` warning). Now the
    one number is read, with an info naming the marks left out."""
    assert _LICENSING in _PAGE and _FEES in _PAGE
    page = _PAGE.replace(_LICENSING, f"<tr><td>行政许可</td>{licensing}</tr>").replace(
        _FEES, f"<tr><td>行政事业性收费</td>{fees}</tr>"
    )
    report = gr.parse(page)
    assert _tables(report) == _tables(_REPORT)
    assert not _warnings(report)
    infos = [f for f in report.findings if f.code == "repaired_cell" and "blank mark" in f.message]
    assert [f.path for f in infos] == [
        "active_disclosure.administrative_licensing",
        "active_disclosure.administrative_fees",
    ]


def test_a_one_value_row_with_blank_marks_in_typed_text_is_read() -> None:
    """The same row typed with pipes (``行政许可 | 1204 | / | / |``): the same reading."""
    text = gr.render(_REPORT, "pipe").replace("行政许可 | 1204 |", "行政许可 | 1204 | / | / |")
    report = gr.parse(text)
    assert _tables(report) == _tables(_REPORT)
    assert not _warnings(report)


@pytest.mark.parametrize(
    "cells", ["<td>1204</td><td>/</td><td>7</td>", "<td>/</td><td>/</td><td>/</td>"]
)
def test_a_one_value_row_with_two_numbers_or_none_is_not_guessed(cells: str) -> None:
    """(Guard.) Two numbers in such a row, or only blank marks: nothing is guessed (the
    row is left blank with a ``row_width`` warning, as before)."""
    report = gr.parse(_PAGE.replace(_LICENSING, f"<tr><td>行政许可</td>{cells}</tr>"))
    assert gr.to_dict(report)["active_disclosure"]["administrative_licensing"] == {
        "decisions": None
    }
    assert [f.code for f in _warnings(report)] == ["row_width"]


# --- two rows typed into one table row ---------------------------------------------------

_TWO_ROWS = (
    "<tr><td>规章</td><td>3</td><td>1</td><td>14</td></tr>\n"
    "<tr><td>行政规范性文件</td><td>6</td><td>2</td><td>27</td></tr>"
)
_ENFORCEMENT_ROWS = (
    '<tr><td>行政处罚</td><td colspan="3">37</td></tr>\n'
    '<tr><td>行政强制</td><td colspan="3">9</td></tr>'
)


@pytest.mark.parametrize(
    ("regulations", "enforcement"),
    [
        (
            "<tr><td>规章<br>行政规范性文件</td><td>3<br>6</td><td>1<br>2</td>"
            "<td>14<br>27</td></tr>",
            '<tr><td>行政处罚<br/>行政强制</td><td colspan="3">37<br/>9</td></tr>',
        ),
        (  # Word: a paragraph per line
            "<tr><td><p class=MsoNormal>规章</p><p class=MsoNormal>行政规范性文件</p></td>"
            "<td><p>3</p><p>6</p></td><td><p>1</p><p>2</p></td><td><p>14</p><p>27</p></td></tr>",
            '<tr><td><p>行政处罚</p>\n<p>行政强制</p></td><td colspan="3"><div>37</div>'
            "<div>9</div></td></tr>",
        ),
    ],
)
def test_two_rows_typed_into_one_table_row_with_line_breaks_are_two_rows(
    regulations: str, enforcement: str
) -> None:
    """Two rows typed into one ``<tr>`` (Enter pressed in each cell instead of adding a
    row), their labels and values parted by ``<br>`` or paragraphs (``规章<br>行政规范性
    文件`` | ``3<br>6`` …): each cell's lines were one cell's text, so 规章 was missing
    (``missing_row``) and 行政规范性文件 read each cell's digits joined (``14<br>27`` as
    1427) with ``repaired_cell`` warnings. A row whose every cell has the same number of
    lines, the first's labels and the others' numbers, is now read as that many rows,
    with an info. (Was a strict xfail in ``test_hunt_html4_known.py``.)"""
    assert _TWO_ROWS in _PAGE and _ENFORCEMENT_ROWS in _PAGE
    page = _PAGE.replace(_TWO_ROWS, regulations).replace(_ENFORCEMENT_ROWS, enforcement)
    report = gr.parse(page)
    assert _tables(report) == _tables(_REPORT)
    assert not _warnings(report)
    infos = [f for f in report.findings if "rows in one" in f.message]
    assert [f.severity for f in infos] == ["info", "info"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a header whose every cell is broken over two lines: no numbers, not split
        (
            "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>",
            "<tr><td>信息<br>内容</td><td>本年<br>制发件数</td><td>本年<br>废止件数</td>"
            "<td>现行<br>有效件数</td></tr>",
        ),
        # a label on two lines beside values of one line
        ("<td>行政规范性文件</td>", "<td>行政规范性<br>文件</td>"),
    ],
)
def test_cells_broken_over_lines_that_are_not_two_rows_stay_one_row(old: str, new: str) -> None:
    """(Guard.) Cells broken over lines that do not make rows are read as before."""
    assert old in _PAGE
    report = gr.parse(_PAGE.replace(old, new))
    assert _tables(report) == _tables(_REPORT)
    assert not _warnings(report)
    assert not [f for f in report.findings if "rows in one" in f.message]


def test_two_numbers_in_one_cell_of_a_one_line_row_are_still_reported() -> None:
    """(Guard.) One value cell of two lines in a row of one-line cells (``14<br>27``)
    is not a row typed twice: its digits are joined and reported, as before."""
    page = _PAGE.replace("<td>14</td>", "<td>14<br>27</td>", 1)
    report = gr.parse(page)
    assert report.active_disclosure is not None
    assert report.active_disclosure.regulations.in_force == 1427
    assert [f.code for f in _warnings(report) if f.code == "repaired_cell"]


def test_two_rows_typed_into_one_row_of_a_group_are_two_rows_of_the_group() -> None:
    """Table 三's 2.其他法律行政法规禁止公开 and 3.危及“三安全一稳定” typed into one ``<tr>``
    of the 不予公开 group, the group's and the results' rowspans one row shorter (as the
    editor counts them): each value read the two numbers joined (``9<br>7`` as 97, with
    ``repaired_cell`` warnings) and 3.危及… was missing. Now two rows, both in the group."""
    rows = re.findall(r"<tr><td>[23]\.(?:其他法律|危及).*?</tr>", _PAGE)
    assert len(rows) == 2
    cells = [re.findall(r"<td>(.*?)</td>", row) for row in rows]
    merged = "<tr>" + "".join(f"<td>{a}<br>{b}</td>" for a, b in zip(*cells, strict=True)) + "</tr>"
    page = _PAGE.replace(f"{rows[0]}\n{rows[1]}", merged)
    page = page.replace(
        '<td rowspan="22">三、本年度办理结果</td>', '<td rowspan="21">三、本年度办理结果</td>'
    )
    page = page.replace(
        '<td rowspan="8">（三）不予公开</td>', '<td rowspan="7">（三）不予公开</td>'
    )
    report = gr.parse(page)
    assert _tables(report) == _tables(_REPORT)
    assert not _warnings(report)
    assert len([f for f in report.findings if "rows in one" in f.message]) == 1


def test_rows_typed_in_one_under_long_rowspans_cost_linear_time() -> None:
    """Thousands of rows each typed twice in one, under group labels spanning many rows:
    each split widens only the spans still open over it."""
    import time

    from govinfo_reports.readers.html import HtmlReader

    group = "<tr><td rowspan='100'>组</td><td>甲<br>乙</td>" + "<td>1<br>2</td>" * 8 + "</tr>"
    rows = (group + ("<tr><td>甲<br>乙</td>" + "<td>1<br>2</td>" * 8 + "</tr>") * 99) * 20
    started = time.process_time()
    result = HtmlReader().read(f"<table>{rows}</table>")
    assert time.process_time() - started < 1.5
    assert len(result.grid.rows) == 20 + 20 * 99 * 2  # (a row holding the span is not split)


# --- the site's name beside the title in the page's <title> ------------------------------

_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"
_SITE = "青禾县人民政府门户网站"


def _titled(title: str, heading: bool) -> str:
    page = _PAGE.replace("<head>", f"<head><title>{title}</title>")
    return page if heading else re.sub(r"<h1>.*?</h1>", "", page)


@pytest.mark.parametrize("heading", [True, False])
@pytest.mark.parametrize(
    "title",
    [
        f"{_SITE}丨{_TITLE}",
        f"{_SITE} · {_TITLE}",
        f"{_SITE}/{_TITLE}",
        f"{_SITE}／{_TITLE}",
        f"{_SITE}＿{_TITLE}",
        f"{_SITE} {_TITLE}",
        f"{_SITE}　{_TITLE}",
        f"{_SITE} » {_TITLE}",
        f"{_TITLE}丨{_SITE}",
        f"{_TITLE}·{_SITE}",
        f"{_TITLE} • {_SITE}",
        f"{_TITLE}/{_SITE}",
        # with the site's column between them
        f"{_SITE}丨政务公开丨{_TITLE}",
        f"{_TITLE}丨政务公开丨{_SITE}",
        f"{_SITE} / 信息公开年报 / {_TITLE}",
        f"{_SITE}_年度报告_{_TITLE}",  # (a column naming 报告 before the title)
        # the site's name in brackets
        f"【{_SITE}】{_TITLE}",
        f"{_TITLE}【{_SITE}】",
        f"{_TITLE}({_SITE})",
        f"{_TITLE}（{_SITE}）",
    ],
)
def test_a_site_name_beside_the_title_after_another_mark_is_left_out(
    title: str, heading: bool
) -> None:
    """The page's ``<title>`` printing the site's name before the report's title, or
    after it, parted by a mark the reader did not know (丨, the CJK stroke sites use as
    a bar; ·, •, /, ＿, », or white space), maybe with the site's column between them,
    or in brackets (``【…网站】``): before, the site's name was read as part of
    the title and the organ (``青禾县人民政府门户网站丨青禾县人民政府``), with no finding,
    even with the title printed in the page's heading; after, the title and organ were
    missing when no heading printed them (also with a column naming 报告, 年度报告,
    before the title, after ``_``). A site's name beside the title (ending in 网, 网站,
    平台, or naming 门户), with short parts between them (columns), is now left out."""
    report = gr.parse(_titled(title, heading))
    assert (report.title, report.organ, report.year) == (_TITLE, "青禾县人民政府", 2023)


@pytest.mark.parametrize(
    "title",
    [
        "第一师·阿拉尔市2023年政府信息公开工作年度报告",
        "青禾县人民政府 2023 年政府信息公开工作年度报告",
        "青禾县发展和改革委员会/青禾县粮食局2023年政府信息公开工作年度报告",
        "中共青禾县委网信办 2023年政府信息公开工作年度报告",
    ],
)
def test_marks_inside_a_title_naming_no_site_are_kept(title: str) -> None:
    """(Guard.) A title whose mark or white space parts no site's name (an organ named
    with a middle dot, two organs, a year spaced out) is kept whole."""
    report = gr.parse(_titled(title, heading=False))
    assert report.title == title.replace(" ", "")


# --- a value printed twice for two screen sizes, the hiding rule off the page ------------


@pytest.mark.parametrize(
    "cell",
    [
        "<span class='pc'>1204</span><span class='wap'>1204</span>",
        '<p><span class="hidden-xs">1204</span><span class="visible-xs">1204</span></p>',
        '<div class="show-pc">1204</div><div class="show-m">1204</div>',
    ],
)
def test_a_value_printed_twice_with_its_hiding_rule_off_the_page_is_reported(cell: str) -> None:
    """A responsive page printing a value twice, one copy per screen size, the rule hiding
    one in a style sheet the page links to (not on the page): 1204 was read as 12041204
    with no finding. It is still read as printed (the page's own styles show both), now
    with a warning naming the two copies."""
    page = _PAGE.replace(_LICENSING, _LICENSING.replace("1204", cell))
    page = page.replace("<head>", '<head><link rel="stylesheet" href="/css/site.css">')
    report = gr.parse(page)
    warnings = [f for f in _warnings(report) if "printed twice" in f.message]
    assert len(warnings) == 1 and "1204" in warnings[0].message


@pytest.mark.parametrize(
    "cell", ["55", "<span>12</span><span>12</span>", "<b class='n'>3</b><b class='n'>3</b>"]
)
def test_a_number_of_two_equal_halves_is_not_reported_as_printed_twice(cell: str) -> None:
    """(Guard.) A number whose halves are equal (55, 1212), typed so or split over spans
    with no class or the same one, is no copy per screen size."""
    page = _PAGE.replace(_LICENSING, _LICENSING.replace("1204", cell))
    report = gr.parse(page)
    assert not [f for f in report.findings if "printed twice" in f.message]


def test_rows_typed_in_one_with_escaped_references_are_two_rows() -> None:
    """Two rows typed into one ``<tr>`` on a page escaped twice (``3&amp;nbsp;<br>6``):
    each line is decoded before it is judged a number, so the row is split as one
    without references is (before this, its lines were ``3&nbsp;`` and not numbers)."""
    row = (
        "<tr><td>规章<br>行政规范性文件</td><td>3&amp;nbsp;<br>6</td><td>1<br>2&amp;nbsp;</td>"
        "<td>14<br>27</td></tr>"
    )
    report = gr.parse(_PAGE.replace(_TWO_ROWS, row))
    assert _tables(report) == _tables(_REPORT)
    assert not _warnings(report)


@pytest.mark.parametrize("heading", [True, False])
@pytest.mark.parametrize(
    "title",
    [
        "青禾县教育局2023年政府信息公开工作年度报告丨青禾县人民政府",
        "青禾县人民政府丨青禾县教育局2023年政府信息公开工作年度报告",
        "青禾县人民政府 │ 青禾县教育局2023年政府信息公开工作年度报告",
    ],
)
def test_the_cjk_stroke_parts_a_title_as_a_bar_does(title: str, heading: bool) -> None:
    """丨 (the CJK stroke sites print as a bar) or │ between the report's title and the
    site's owner (a name that is no site's): the owner was read into the title and the
    organ (青禾县人民政府丨青禾县教育局), even with the title in the page's heading, or the
    title was missing. Both part a title as | does now."""
    own = "青禾县教育局2023年政府信息公开工作年度报告"
    page = _PAGE.replace("<h1>青禾县人民政府2023年", "<h1>青禾县教育局2023年")
    page = page.replace("<head>", f"<head><title>{title}</title>")
    if not heading:
        page = re.sub(r"<h1>.*?</h1>", "", page)
    report = gr.parse(page)
    assert (report.title, report.organ) == (own, "青禾县教育局")

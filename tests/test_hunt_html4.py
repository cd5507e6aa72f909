"""Misreadings of web pages found by a fourth HTML hunt (fictional pages: the bundled
sample report rendered as a web page, wrapped in page markup).

Each test failed before its fix (guards, which passed before too, say so); the
docstrings say what used to be read.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

import govinfo_reports as gr

_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"
_ORGAN = "青禾县人民政府"
_HEADING = f"<h1>{_TITLE}</h1>"


def _sample() -> gr.Report:
    return gr.parse(gr.sample_text())


def _sample_page(head: str = "") -> str:
    page = gr.render(_sample(), "html")
    return page.replace("<head>", "<head>" + head)


def _body(page: str) -> str:
    return page.split("<body>", 1)[1].split("</body>", 1)[0]


def _same_values(report: gr.Report) -> bool:
    expected = gr.to_dict(_sample())
    read = gr.to_dict(report)
    keys = ("active_disclosure", "requests", "review_litigation")
    return all(read[key] == expected[key] for key in keys)


# --- a title only in og:title, twitter:title or DC.title ------------------------------


@pytest.mark.parametrize(
    "meta",
    [
        f'<meta property="og:title" content="{_TITLE}">',
        f'<meta name="twitter:title" content="{_TITLE}">',
        f'<meta name="DC.title" content="{_TITLE}">',
        f'<meta name="dc.Title" content="{_TITLE}">',
    ],
)
@pytest.mark.parametrize("site_title", ["<title>青禾县人民政府门户网站</title>", ""])
def test_a_title_only_in_a_social_or_dublin_core_meta_is_read(meta: str, site_title: str) -> None:
    """A page whose heading a script writes, with the title only in ``og:title``
    (WeChat and other sites' share cards), ``twitter:title`` or ``DC.title``: title,
    organ and year were None (a ``year_guessed`` finding)."""
    page = _sample_page(meta + site_title).replace(_HEADING, "")
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)
    assert not [f for f in report.findings if f.code == "year_guessed"]


def test_a_page_title_naming_the_report_comes_before_the_og_title() -> None:
    """(Guard.) The page's own ``<title>`` naming a report wins over a share card's."""
    other = "青禾县教育局2023年政府信息公开工作年度报告"
    head = f'<meta property="og:title" content="{other}"><title>{_TITLE}_青禾县</title>'
    report = gr.parse(_sample_page(head).replace(_HEADING, ""))
    assert (report.title, report.organ) == (_TITLE, _ORGAN)


def test_an_og_title_naming_no_report_is_not_a_title() -> None:
    """(Guard.) A share card naming the site only gives no title."""
    head = '<meta property="og:title" content="青禾县人民政府门户网站">'
    report = gr.parse(_sample_page(head).replace(_HEADING, ""))
    assert report.title is None


# --- a WeChat article: the text in #js_content, hidden until a script shows it ---------


def _wechat(body: str, style: str = "visibility: hidden;") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        '<meta property="og:title" content="青禾发布"></head><body>'
        '<div id="js_article" class="rich_media"><div class="rich_media_inner">'
        '<h1 class="rich_media_title" id="activity-name">青禾发布</h1>'
        f'<div class="rich_media_content js_underline_content" id="js_content" style="{style}">'
        f"{body}</div></div></div>"
        "<script>document.getElementById('js_content').style.visibility='visible';</script>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "style", ["visibility: hidden;", "visibility:hidden", "VISIBILITY: HIDDEN; opacity: 0"]
)
def test_a_wechat_article_hidden_until_a_script_shows_it_is_read(style: str) -> None:
    """A WeChat article page prints its text in ``#js_content`` with ``visibility:
    hidden``, which a script lifts: its text (the title, the headings) was dropped as
    hidden, and title, organ and year were None (only the tables were read)."""
    report = gr.parse(_wechat(_body(_sample_page()), style))
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)
    assert _same_values(report)


def test_text_hidden_inside_a_wechat_article_stays_hidden() -> None:
    """Only ``#js_content``'s own hiding is lifted: a span hidden inside it is not read
    (this failed before too, as the whole article's text was dropped)."""
    body = _body(_sample_page()).replace(
        _HEADING, _HEADING.replace("县", "县<span style='visibility:hidden'>某某网</span>", 1)
    )
    report = gr.parse(_wechat(body))
    assert (report.title, report.organ) == (_TITLE, _ORGAN)


# --- cells and rows hidden by their style, the hidden attribute or a class -------------

_REGULATIONS = "<tr><td>规章</td><td>0</td><td>0</td><td>2</td></tr>"
_HIDING_CLASS = "<style>.yc { display: none }</style>"


def _regulations(report: gr.Report) -> tuple[int | None, int | None, int | None]:
    assert report.active_disclosure is not None
    regulations = report.active_disclosure.regulations
    return (regulations.issued, regulations.repealed, regulations.in_force)


def _hidden_findings(report: gr.Report) -> list[gr.Finding]:
    return [
        f
        for f in report.findings
        if f.code == "repaired_cell" and f.severity == "info" and "hidden" in f.message
    ]


def _with_row(row: str, head: str = "") -> str:
    page = _sample_page(head)
    assert _REGULATIONS in page
    return page.replace(_REGULATIONS, row)


@pytest.mark.parametrize(
    "cell",
    [
        "<td style='display:none'>7</td>",
        '<td style="width:0; DISPLAY: NONE">7</td>',
        '<td style="Display:None">7</td>',
        "<td hidden>7</td>",
        '<td class="x yc">7</td>',
        '<th style="display:none">7</th>',
    ],
)
def test_a_hidden_cell_in_a_row_takes_no_column(cell: str) -> None:
    """A cell hidden in a shown row (``<td style="display:none">``, as Excel saves a
    hidden column; the ``hidden`` attribute; a class the page's style sheet hides) was
    read as a cell, where browsers lay the row out without it: the row had a value too
    many and its published values were dropped (None, with ``row_width``). Now it takes
    no column, and the text it held is reported (``repaired_cell``, info)."""
    row = _REGULATIONS.replace("<td>规章</td>", "<td>规章</td>" + cell)
    report = gr.parse(_with_row(row, head=_HIDING_CLASS))
    assert _regulations(report) == (0, 0, 2)
    assert not [f for f in report.findings if f.code == "row_width"]
    (finding,) = _hidden_findings(report)
    assert "'7'" in finding.message


def test_a_column_hidden_in_every_row_of_a_table_takes_no_column() -> None:
    """Excel's hidden column: a hidden cell after the label in every row of table 二
    (the rows below the first four too). Every row lost its values before."""
    page = _sample_page()
    table_end = page.index("</table>")
    first, rest = page[:table_end], page[table_end:]
    first = first.replace("<tr><td>", "<tr><td>x</td><td style='display:none'>9</td><td>")
    first = first.replace("<tr><td colspan", "<tr><td style='display:none'>9</td><td colspan")
    report = gr.parse(first.replace("<tr><td>x</td>", "<tr>") + rest)
    assert _same_values(report)
    assert not [f for f in report.findings if f.code in ("row_width", "unreadable_cell")]
    assert _hidden_findings(report)


def test_an_empty_hidden_cell_is_not_reported() -> None:
    row = _REGULATIONS.replace("<td>规章</td>", "<td>规章</td><td style='display:none'></td>")
    report = gr.parse(_with_row(row))
    assert _regulations(report) == (0, 0, 2)
    assert not _hidden_findings(report)


@pytest.mark.parametrize(
    "cell",
    ["<td style='visibility:hidden'>0</td>", '<td class="yk">0</td>'],
)
def test_an_invisible_cell_keeps_its_column_and_is_read_blank(cell: str) -> None:
    """A cell of ``visibility: hidden`` is laid out but shows nothing: its 0 was read
    as printed. Now it is blank (None, not 0) in its column, reported."""
    row = _REGULATIONS.replace("<td>0</td>", cell, 1)
    report = gr.parse(_with_row(row, head="<style>.yk{visibility:hidden}</style>"))
    assert _regulations(report) == (None, 0, 2)
    assert _hidden_findings(report)


@pytest.mark.parametrize(
    "cell",
    [
        "<td style='display:table-cell'>7</td>",
        "<td style='visibility:visible'>7</td>",
        '<td class="yc-off">7</td>',
    ],
)
def test_a_shown_cell_with_a_style_is_read(cell: str) -> None:
    """(Guard.) A style or class that does not hide the cell: it is a column."""
    row = _REGULATIONS.replace("<td>规章</td>", "<td>规章</td>" + cell)
    report = gr.parse(_with_row(row, head=_HIDING_CLASS))
    assert _regulations(report) == (None, None, None)
    assert not _hidden_findings(report)


@pytest.mark.parametrize(
    "hidden_row",
    [
        "<tr style='display:none'><td>规章</td><td>9</td><td>9</td><td>9</td></tr>",
        "<tr hidden><td>规章</td><td>9</td><td>9</td><td>9</td></tr>",
        '<tr class="yc"><td>规章</td><td>9</td><td>9</td><td>9</td></tr>',
    ],
)
def test_a_hidden_row_is_not_read(hidden_row: str) -> None:
    """A row hidden by its style, the ``hidden`` attribute or a class (an old version
    of the row kept in the page) was read as a row: the two 规章 rows left the row
    blank with a ``row_width`` warning. Now it is left out, reported."""
    report = gr.parse(_with_row(hidden_row + _REGULATIONS, head=_HIDING_CLASS))
    assert _regulations(report) == (0, 0, 2)
    assert not [f for f in report.findings if f.code == "row_width"]
    (finding,) = _hidden_findings(report)
    assert "规章" in finding.message


def test_the_only_row_of_an_item_hidden_leaves_it_blank() -> None:
    """A statutory row hidden is not published: blank (None), reported as missing."""
    hidden = _REGULATIONS.replace("<tr>", "<tr style='display:none'>")
    report = gr.parse(_with_row(hidden))
    assert _regulations(report) == (None, None, None)
    assert [f for f in report.findings if f.code == "missing_row"]
    assert _hidden_findings(report)


# --- a report typed as text in paragraphs, no <table> ---------------------------------


def _paragraphs(lines: list[str], head: str = "") -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>'
        '<div class="nav"><a href="/">首页</a></div>'
        f'<table class="xxgk"><tr><td>索引号：</td><td>QH-001/2024-0001</td></tr></table>'
        f'<div class="article">{body}</div></body></html>'
    )


@pytest.mark.parametrize("layout", ["tab", "pipe", "markdown"])
def test_a_report_typed_in_paragraphs_with_delimited_cells_is_read(layout: str) -> None:
    """Rows typed in ``<p>`` paragraphs with tab or pipe cells (``<p>规章\\t0\\t0\\t2</p>``,
    ``<p>规章 | 0 | 0 | 2 |</p>``), no table: each paragraph was one cell (tabs made
    spaces), every row unreadable (``unreadable_cell``, values None)."""
    text = gr.render(_sample(), layout)
    report = gr.parse(_paragraphs(text.splitlines()))
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)
    assert _same_values(report)
    assert not [f for f in report.findings if f.severity != "info"]


@pytest.mark.parametrize("gap", ["  ", "\u00a0\u00a0", " \u3000"])
def test_a_report_typed_in_paragraphs_with_spaced_cells_is_read(gap: str) -> None:
    """Rows typed with spaces (``<p>1. 属于国家秘密  0  0 …</p>``), as text copied from a
    PDF: each paragraph was one cell, every row unreadable. Now read as the spaces
    reader reads the same lines as text."""
    lines = gr.render(_sample(), "tab").splitlines()
    spaced = [line.replace("\t", gap) for line in lines]
    report = gr.parse(_paragraphs(spaced))
    as_text = gr.parse("\n".join(line.replace("\t", "  ") for line in lines))
    assert gr.to_dict(report) == gr.to_dict(as_text)
    assert _same_values(report)
    read = sorted((f.code, f.path, f.severity) for f in report.findings)
    assert read == sorted((f.code, f.path, f.severity) for f in as_text.findings)


def test_a_report_typed_in_one_paragraph_with_line_breaks_is_read() -> None:
    """The rows typed as ``<br>``-separated lines of one paragraph."""
    lines = gr.render(_sample(), "tab").splitlines()
    body = "<br>\n".join(html.escape(line) for line in lines)
    report = gr.parse(f"<html><body><div><p>{body}</p></div></body></html>")
    assert (report.title, report.year) == (_TITLE, 2023)
    assert _same_values(report)


def test_a_glued_first_value_in_a_paragraph_is_split_off_and_reported() -> None:
    """As in PDF text, ``规章0  0  2``: the first value is split off its label and reported
    (``repaired_cell``, info), as the spaces reader does."""
    lines = [line.replace("\t", "  ") for line in gr.render(_sample(), "tab").splitlines()]
    lines = [line.replace("规章  0", "规章0") for line in lines]
    report = gr.parse(_paragraphs(lines))
    assert _same_values(report)
    assert [f for f in report.findings if f.code == "repaired_cell" and "规章0" in f.message]


# --- a report only inside a <textarea> or an <iframe srcdoc> ---------------------------


def test_a_report_page_inside_a_text_area_is_read() -> None:
    """A page showing the report's markup in a read-only ``<textarea>`` (a CMS's
    preview): no reader found a statutory table (``ParseError``)."""
    inner = html.escape(_body(_sample_page()))
    report = gr.parse(
        f"<html><head><title>预览</title></head><body><textarea readonly>{inner}"
        "</textarea></body></html>"
    )
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)
    assert _same_values(report)


def test_a_report_typed_as_text_inside_a_text_area_is_read() -> None:
    """(Guard: read before too, by the pipe reader, which reads the page's text.) Plain
    text (pipe cells) in a ``<textarea>``."""
    inner = html.escape(gr.render(_sample(), "pipe"))
    report = gr.parse(f"<html><body><form><textarea>{inner}</textarea></form></body></html>")
    assert (report.title, report.year) == (_TITLE, 2023)
    assert _same_values(report)


def test_a_report_page_in_an_iframe_srcdoc_is_read() -> None:
    """A page embedding the report as ``<iframe srcdoc="…">``: no reader found a table
    (``ParseError``)."""
    inner = html.escape(_sample_page(), quote=True)
    page = (
        "<html><head><title>青禾县人民政府门户网站</title></head><body>"
        f'<div class="nav"><a href="/">首页</a></div><iframe srcdoc="{inner}"></iframe>'
        "</body></html>"
    )
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)
    assert _same_values(report)


def test_a_text_area_beside_the_report_table_is_not_read() -> None:
    """(Guard.) A page with its report table: a text box (a comment form) is not read."""
    inner = html.escape(gr.render(_sample(), "pipe")).replace("1204", "9999")
    page = _sample_page().replace("</body>", f"<textarea>{inner}</textarea></body>")
    assert _same_values(gr.parse(page))


def test_a_text_file_read_as_a_page_is_not_split_as_one_typed_row() -> None:
    """(Guard.) Plain text forced through the HTML reader is one block of text, not a
    typed row: no statutory table is found, as before."""
    with pytest.raises(gr.ParseError):
        gr.parse(gr.render(_sample(), "tab"), reader="html")


def test_a_short_text_with_no_tag_is_left_to_the_text_readers() -> None:
    """(Guard.) Text with no tag, which no reader's sniff claims, is tried by the HTML
    reader first: its text is not split as typed rows there (the tab reader reads it)."""
    text = (
        "2022年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
        "第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        "规章\t0\t0\t1\n"
    )
    report = gr.parse(text)
    assert report.source.reader == "tab"
    assert report.title == "2022年政府信息公开工作年度报告"


_PORTAL = Path(__file__).parent / "fixtures" / "html" / "portal_2019.html"
_PORTAL_TITLE = "鹤川市市场监督管理局2019年政府信息公开工作年度报告"


def _in_portal(report_html: str) -> str:
    """The portal fixture page with its report tables replaced by ``report_html``."""
    portal = _PORTAL.read_text(encoding="utf-8")
    start = portal.index("<table", portal.index("二、"))
    end = portal.rindex("</table>") + len("</table>")
    return portal[:start] + report_html + portal[end:]


def _report_lines(layout: str) -> list[str]:
    """The sample's lines in ``layout`` from its table 二 on (no title, no heading)."""
    text = gr.render(_sample(), layout)
    return text.split("二、主动公开政府信息情况", 1)[1].splitlines()


@pytest.mark.parametrize("layout", ["tab", "pipe"])
def test_a_report_typed_in_paragraphs_on_a_portal_page_with_tables_is_read(layout: str) -> None:
    """The portal's page has tables of its own (an index of details, a news list) that
    hold no statutory row, and its layout table, holding no table once the report is
    typed, looked like a data table: the whole report was one cell, and the text
    readers, reading the markup, left every row ``unreadable_cell``. The layout table
    is now read as layout and the paragraphs as typed rows."""
    lines = [f"<p>{html.escape(line)}</p>" for line in _report_lines(layout) if line.strip()]
    report = gr.parse(_in_portal("\n".join(lines)))
    assert (report.title, report.year) == (_PORTAL_TITLE, 2019)
    assert _same_values(report)
    assert not [f for f in report.findings if f.severity != "info"]


@pytest.mark.parametrize("layout", ["tab", "pipe"])
def test_a_report_in_a_pre_block_on_a_portal_page_keeps_the_pages_title(layout: str) -> None:
    """A report pasted as text into ``<pre>``: the text readers read its values from the
    page's markup, and the title (in the page's ``<title>`` and heading) was None with
    no finding. The HTML reader now reads a ``<pre>`` block line by line."""
    text = "\n".join(_report_lines(layout))
    report = gr.parse(_in_portal(f"<pre>{html.escape(text)}</pre>"))
    assert report.source.reader == "html"
    assert (report.title, report.year) == (_PORTAL_TITLE, 2019)
    assert _same_values(report)


# --- a value printed twice for two screen sizes, one copy hidden by @media -------------

_LICENSING = '<tr><td>行政许可</td><td colspan="3">1204</td></tr>'
_TWICE = "<span class='pc'>1204</span><span class='wap'>1204</span>"


def _licensing_twice(sheet: str) -> int | None:
    page = _sample_page(sheet)
    assert _LICENSING in page
    report = gr.parse(page.replace(_LICENSING, _LICENSING.replace("1204", _TWICE)))
    assert report.active_disclosure is not None
    return report.active_disclosure.administrative_licensing.decisions


@pytest.mark.parametrize(
    "sheet",
    [
        "<style>@media (min-width:768px){.wap{display:none}}"
        "@media (max-width:767px){.pc{display:none}}</style>",
        "<style>@media screen and (min-width: 48em) { .wap { display: none } }</style>",
        "<style>@media only screen and (min-width:769px) and (max-width:99999px)"
        "{p{margin:0}.wap{display:none!important}}</style>",
        "<style>@media all{.x{color:red}}\n@media print, screen{.wap{display:none}}</style>",
    ],
)
def test_a_value_printed_twice_for_two_screen_sizes_is_read_once(sheet: str) -> None:
    """A responsive page prints each value twice, one copy per screen size, the mobile
    copy hidden on wide screens by an ``@media`` rule (``@media (min-width:768px)
    {.wap{display:none}}``): both copies were read, 1204 as 12041204, with no finding.
    Rules in an ``@media`` block that a desktop screen (1366 pixels wide) applies now
    hide as top-level rules do."""
    assert _licensing_twice(sheet) == 1204


@pytest.mark.parametrize(
    "sheet",
    [
        "<style>@media screen and (min-width: 2000px){.wap{display:none}}</style>",
        "<style>@media (orientation: portrait){.wap{display:none}}</style>",
        "<style>@media not print{.wap{display:none}}</style>",
        "<style>@media print{.wap{display:none}}</style>",
        "<style>@supports (display:grid){@media screen{.wap{display:none}}}</style>",
    ],
)
def test_a_class_hidden_by_media_a_desktop_screen_does_not_apply_is_read(sheet: str) -> None:
    """(Guard.) Hidden only on very wide screens, in one orientation, in print, by a
    query this reader does not judge (``not``), or in a block nested in another: read."""
    assert _licensing_twice(sheet) == 12041204


@pytest.mark.parametrize(
    "sheet",
    [
        "@media screen{" * 20_000 + ".wap{display:none}",  # blocks never closed
        "@media screen{.wap{display:none}}" * 20_000,  # many blocks
        "@media screen{" + "}" * 40_000 + "{" * 40_000 + ".wap{display:none}",
        "@media (min-width:1px)" + " and (min-width:1px)" * 20_000 + "{.wap{display:none}}",
    ],
)
def test_reading_hostile_media_blocks_is_linear(sheet: str) -> None:
    """(Guard for the @media fix.) Each brace and ``@media`` is looked at once."""
    import time

    started = time.process_time()
    _licensing_twice(f"<style>{sheet}</style>")
    assert time.process_time() - started < 1.5

"""Misreadings of web pages found by a ninth HTML hunt (fictional pages: the bundled
sample, a report of 青禾县人民政府, rendered as a web page and reshaped the way other
content systems and sites print it).

Each test failed before its fix (guards, which passed before too, say so); the
docstrings say what used to be read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_PENALTY = '<tr><td>行政处罚</td><td colspan="3">37</td></tr>'
_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"
_ORGAN = "青禾县人民政府"


def _sample_page(head: str = "", wrapper: str = "") -> str:
    """The sample as a page, ``head`` added to its ``<head>``, its body's content inside
    ``wrapper`` (an opening tag, closed at the body's end) if given."""
    page = gr.render(gr.parse(gr.sample_text()), "html").replace("<head>", "<head>" + head)
    if wrapper:
        name = wrapper[1:].split()[0].rstrip(">")
        page = page.replace("<body>", "<body>" + wrapper).replace("</body>", f"</{name}></body>")
    return page


def _with_penalty_cell(cell_html: str, head: str = "", wrapper: str = "") -> str:
    page = _sample_page(head, wrapper)
    assert _PENALTY in page
    return page.replace(_PENALTY, _PENALTY.replace(">37<", f">{cell_html}<"))


def _penalty(report: gr.Report) -> int | None:
    assert report.active_disclosure is not None
    return report.active_disclosure.administrative_penalty.decisions


def _penalty_findings(report: gr.Report) -> list[gr.Finding]:
    return [f for f in report.findings if f.path and "administrative_penalty" in f.path]


# --- anti-copy characters hidden by a style rule scoped to where they are --------------


@pytest.mark.parametrize(
    ("sheet", "wrapper"),
    [
        # the content system's article box scopes its rules
        ("<style>.TRS_Editor .hzy{display:none}</style>", '<div class="TRS_Editor">'),
        ("<style>#zoom .hzy { font-size: 0 }</style>", '<div id="zoom" class="zoom">'),
        ("<style>div.article > table td .hzy{visibility:hidden}</style>", '<div class="article">'),
        ("<style>.con .main .hzy{display:none}</style>", '<div class="con"><div class="main">'),
        # a rule naming the element's tag, or two of its classes
        ("<style>span.hzy{display:none}</style>", ""),
        ("<style>td span.hzy, p.x{display:none}</style>", ""),
        ("<style>.x.hzy{display:none}</style>", ""),
    ],
)
def test_characters_hidden_by_a_scoped_rule_are_not_read(sheet: str, wrapper: str) -> None:
    """``<span class="hzy">9</span>`` among a cell's digits, hidden by a rule that names
    the article box it is in (``.TRS_Editor .hzy``, ``#zoom .hzy``) or its tag
    (``span.hzy``): a browser shows 37, and 397 was read with no finding (only a rule
    made of the lone class was read)."""
    if wrapper.count("<div") == 2:
        page = _with_penalty_cell('3<span class="x hzy">9</span>7', sheet, '<div class="con">')
        page = page.replace('<div class="con">', wrapper)
        page = page.replace("</div></body>", "</div></div></body>")
    else:
        page = _with_penalty_cell('3<span class="x hzy">9</span>7', sheet, wrapper)
    report = gr.parse(page)
    assert _penalty(report) == 37
    assert not _penalty_findings(report)


@pytest.mark.parametrize(
    ("sheet", "wrapper"),
    [
        # guards (read before too): the rule's scope is not where the characters are, or
        # the rule names another tag, or says more than tags, classes and ids
        ("<style>.TRS_Editor .hzy{display:none}</style>", '<div class="article">'),
        ("<style>.menu .hzy{display:none}</style>", '<div class="content">'),
        ("<style>#zoom .hzy{display:none}</style>", '<div class="zoom">'),
        ("<style>div.hzy{display:none}</style>", ""),
        ("<style>.a > .hzy{display:none}</style>", '<div class="b">'),
        ("<style>[data-x] .hzy{display:none}</style>", '<div data-x="1">'),
        ("<style>.con:hover .hzy{display:none}</style>", '<div class="con">'),
        ("<style>.con + .hzy{display:none}</style>", '<div class="con">'),
        ("<style>.con .hzy{display:inline}</style>", '<div class="con">'),
        ("<style>@media print{.con .hzy{display:none}}</style>", '<div class="con">'),
    ],
)
def test_characters_a_scoped_rule_does_not_hide_are_read(sheet: str, wrapper: str) -> None:
    report = gr.parse(_with_penalty_cell('3<span class="hzy">9</span>7', sheet, wrapper))
    assert _penalty(report) == 397


def test_a_cell_hidden_by_a_scoped_rule_takes_no_column() -> None:
    """A table cell of a class that a scoped rule hides (``.article td.yc``) is a hidden
    column, as one of a lone class: its number is not read as the row's, and that is
    reported. The row's four numbers were read as three with no finding (规章 issued 99,
    repealed 0, in force 0)."""
    sheet = "<style>.article td.yc{display:none}</style>"
    row = "<tr><td>规章</td><td>0</td><td>0</td><td>2</td></tr>"
    page = _sample_page(sheet, '<div class="article">')
    assert row in page
    page = page.replace(row, row.replace("<td>0</td>", '<td class="yc">99</td><td>0</td>', 1))
    report = gr.parse(page)
    assert report.active_disclosure is not None
    regulations = report.active_disclosure.regulations
    assert (regulations.issued, regulations.repealed, regulations.in_force) == (0, 0, 2)
    assert any("99" in f.message for f in report.findings)


# --- anti-copy characters made invisible (transparent) ----------------------------------


@pytest.mark.parametrize(
    ("cell", "head"),
    [
        ('3<span style="opacity:0">9</span>7', ""),
        ('3<span style="OPACITY: 0.0;">9</span>7', ""),
        ('3<font style="color:transparent">9</font>7', ""),
        ('3<span style="font-family:宋体;COLOR: Transparent !important">9</span>7', ""),
        ('3<span class="hzy">9</span>7', "<style>.hzy{opacity:0}</style>"),
        ('3<span class="hzy">9</span>7', "<style>.TRS_Editor .hzy{color:transparent}</style>"),
    ],
)
def test_transparent_characters_in_a_number_cell_are_not_read(cell: str, head: str) -> None:
    """Anti-copy characters made transparent (``opacity:0``, ``color:transparent``)
    among a cell's digits: a browser shows 37 (the 9 takes its place but shows
    nothing), and 397 was read with no finding."""
    report = gr.parse(_with_penalty_cell(cell, head, '<div class="TRS_Editor">'))
    assert _penalty(report) == 37
    assert not _penalty_findings(report)


@pytest.mark.parametrize(
    "cell",
    [
        # guards (read before too): not transparent, or a part inside given a colour
        '3<span style="opacity:0.5">9</span>7',
        '3<span style="opacity:05">9</span>7',
        '3<span style="color:#999;background:transparent">9</span>7',
        '<span style="color:transparent"><span style="color:#000">397</span></span>',
        '<span style="color:transparent"><font color="black">397</font></span>',
    ],
)
def test_visible_characters_are_read(cell: str) -> None:
    assert _penalty(gr.parse(_with_penalty_cell(cell))) == 397


@pytest.mark.parametrize(
    "style",
    [
        # guards: transparent text painted by its background or its shadow is shown
        "background:linear-gradient(#c00,#900);-webkit-background-clip:text;color:transparent",
        "color: transparent; text-shadow: 0 0 0 #333",
    ],
)
def test_a_title_painted_otherwise_than_by_its_colour_is_read(style: str) -> None:
    page = _sample_page().replace(
        f"<h1>{_TITLE}</h1>", f'<h1><span style="{style}">{_TITLE}</span></h1>'
    )
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)


def test_a_transparent_block_keeps_its_text() -> None:
    """(Guard.) A block made transparent is one that scripts fade in (an article shown
    once loaded): its title and tables are read."""
    page = _sample_page(wrapper='<div class="article" style="opacity:0">')
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)
    assert _penalty(report) == 37


def test_reading_many_scoped_rules_stays_linear() -> None:
    """(Guard.) Each element of a class is matched against the scoped rules for that
    class: their number is bounded, so a sheet of 50,000 of them costs no more than a
    pass over it, for a page of many such elements."""
    import time

    sheet = (
        "<style>" + "".join(f".c{i} .a, " for i in range(50_000)) + ".b .a{display:none}</style>"
    )
    cells = '3<span class="a">9</span>7' + '<span class="a"></span>' * 2_000
    page = _with_penalty_cell(cells, sheet)
    started = time.process_time()
    assert _penalty(gr.parse(page)) == 397
    assert time.process_time() - started < 2.0


# --- Word's footnote references kept as links only ------------------------------------


@pytest.mark.parametrize(
    "mark",
    [
        '<a href="#_ftn1" name="_ftnref1" title="">[1]</a>',
        '<a name="_ftnref2" href="http://www.qh.gov.cn/art/2024/1/5/art_1.html#_ftn2">[2]</a>',
        '<a href="#_edn1" name="_ednref1">[i]</a>',
        '<a name="_ftnref3"><span lang="EN-US">[3]</span></a>',
    ],
)
def test_a_word_footnote_reference_left_as_a_link_is_a_mark(mark: str) -> None:
    """Word names its footnote and endnote references' links ``_ftnref1`` → ``#_ftn1``;
    a content system keeping the link but not its class (``MsoFootnoteReference``)
    printed ``37[1]``, read as blank (not a number). The reference is a footnote mark:
    left out of the cell's text, and reported."""
    report = gr.parse(_with_penalty_cell("37" + mark))
    assert _penalty(report) == 37
    [finding] = [f for f in report.findings if f.code == "repaired_cell"]
    assert "footnote" in finding.message


def test_a_link_to_an_anchor_is_read() -> None:
    """(Guard.) A link to another anchor, or to a list of the decisions, is the cell's
    text."""
    for link in ('<a href="#cf">37</a>', '<a href="/list?id=ftn1">37</a>', '<a name="cf">37</a>'):
        report = gr.parse(_with_penalty_cell(link))
        assert _penalty(report) == 37
        assert not [f for f in report.findings if f.code == "repaired_cell"]


# --- a page printing its report as preformatted text ------------------------------------


def _text_page(layout: str, opening: str = "<pre>", closing: str = "</pre>") -> str:
    """A site's article page whose content is the sample typed as text (``layout``) in a
    preformatted block: the title in ``<title>`` and ``<h1>``, the text after it."""
    import html

    text = gr.render(gr.parse(gr.sample_text()), layout).split("\n", 1)[1]
    if layout == "vertical":  # (a cell a line, as sites print it: not indented)
        text = "\n".join(line.strip() for line in text.split("\n"))
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_TITLE}_青禾县人民政府</title>\n</head>\n<body>\n"
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政府信息公开年报</div>\n'
        f'<div class="article">\n<h1 class="title">{_TITLE}</h1>\n'
        f"{opening}{html.escape(text)}{closing}\n</div>\n"
        '<div class="footer">主办：青禾县人民政府办公室</div>\n</body>\n</html>\n'
    )


_PREFORMATTED = [
    ("<pre>", "</pre>"),
    ('<div class="content" style="white-space:pre-wrap">', "</div>"),
    ('<div class="content" style="WHITE-SPACE: pre">', "</div>"),
    ('<p style="font-family:宋体; white-space: pre-line;">', "</p>"),
]


@pytest.mark.parametrize(("opening", "closing"), _PREFORMATTED)
@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical"])
def test_a_page_printing_its_report_as_preformatted_text_gives_its_title(
    layout: str, opening: str, closing: str
) -> None:
    """A page whose report is typed text in a ``<pre>`` (or a block styled
    ``white-space: pre``, ``pre-wrap``, ``pre-line``) was read by a text reader (its
    lines of tabs or bars scored above the page): the page's markup was read as text,
    and the title, organ and year were None, with no finding. A page (a text starting
    with ``<!DOCTYPE html>`` or ``<html>``) is read as a page first, and a block
    preformatted by its style is read line by line as a ``<pre>`` is."""
    report = gr.parse(_text_page(layout, opening, closing))
    assert report.source.reader == "html"
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)
    assert _penalty(report) == 37
    assert report.requests is not None
    assert report.requests.new_received.total == 13
    assert not [f for f in report.findings if f.severity == "warning"]


def test_a_block_whose_white_space_is_collapsed_is_one_line() -> None:
    """(Guard.) A block styled ``white-space: normal`` (or ``nowrap``) shows its text's
    line breaks as spaces: its text is one line, as before."""
    page = _text_page("tab", '<div style="white-space:nowrap">', "</div>")
    with pytest.raises(gr.ParseError):
        gr.parse(page, reader="html")


def test_a_word_footnote_reference_after_the_title_is_left_out() -> None:
    """``<h1>…年度报告<a href="#_ftn1" name="_ftnref1">[1]</a></h1>``: the line was no
    title (…报告[1]), and title, organ and year were None, with no finding."""
    mark = '<a href="#_ftn1" name="_ftnref1">[1]</a>'
    page = _sample_page().replace(f"<h1>{_TITLE}</h1>", f"<h1>{_TITLE}{mark}</h1>")
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)

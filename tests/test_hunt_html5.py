"""Misreadings of web pages found by a fifth HTML hunt (fictional pages: the bundled
sample report rendered as a web page, some of its cells blanked, its tables cut the way
pages converted from Word or PDF cut them, a copy of its tables hidden or in the page's
chrome, its title only in the page's description, a footer saved in GBK).

Each test failed before its fix (guards, which passed before too, say so); the
docstrings say what used to be read.
"""

from __future__ import annotations

import re

import pytest

import govinfo_reports as gr

_BLANKED = (
    ("administrative_review", "other"),
    ("litigation_direct", "corrected"),
)


def _assert_tables_read_as(page: str, expected: gr.Report, *, warnings: bool = True) -> gr.Report:
    """``page`` reads ``expected``'s three tables (with no warning, unless ``warnings``);
    the report read."""
    report = gr.parse(page)
    read, want = gr.to_dict(report), gr.to_dict(expected)
    for key in ("active_disclosure", "requests", "review_litigation"):
        assert read[key] == want[key]
    if not warnings:
        assert not [f for f in report.findings if f.severity == "warning"]
    return report


def _sample_with_blanks() -> gr.Report:
    """The sample report with two of table 四's cells printed blank."""
    data = gr.to_dict(gr.parse(gr.sample_text()))
    for group, column in _BLANKED:
        data["review_litigation"][group][column] = None
    return gr.from_dict(data)


def _page(report: gr.Report) -> str:
    return gr.render(report, "html").replace("<td>/</td>", "<td></td>")


def _warnings(report: gr.Report, code: str) -> list[gr.Finding]:
    return [f for f in report.findings if f.code == code and f.severity == "warning"]


# --- table 四's values in a table of their own, of another width -----------------------


@pytest.mark.parametrize(
    ("cell", "at_end"),
    [
        ("<td>数量</td>", False),  # a label the header's table has no column for
        ("<td></td>", False),  # an empty cell before the values (a converted page's grid)
        ("<td></td>", True),  # or after them
    ],
)
def test_a_row_of_values_in_a_table_of_its_own_keeps_its_blank_cells(
    cell: str, at_end: bool
) -> None:
    """Table 四's header in one ``<table>`` and its row of values in the next (a page
    break between them), the second a column wider than the first (a label or an empty
    cell before or after the values): each blank value was taken for a spacer column
    (a column empty in every row of the table: the table has one row) and dropped, so
    the row was two values short and its 13 values were left blank (``row_width``)."""
    expected = _sample_with_blanks()
    page = _page(expected)
    head, table = page.split("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>")
    rows = re.findall(r"<tr>.*?</tr>", table)
    assert len(rows) == 4 and "<td></td>" in rows[3]
    values = (
        rows[3].replace("</tr>", cell + "</tr>")
        if at_end
        else rows[3].replace("<tr>", "<tr>" + cell)
    )
    page = (
        f"{head}<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n"
        f'<table border="1">\n{"".join(rows[:3])}\n</table>\n'
        f"<p>&nbsp;</p>\n"
        f'<table border="1">\n{values}\n</table>\n</body></html>'
    )
    report = gr.parse(page)
    assert gr.to_dict(report)["review_litigation"] == gr.to_dict(expected)["review_litigation"]
    assert not _warnings(report, "row_width")


# --- a hidden copy of the report's tables beside the shown ones -------------------------


def _other_figures() -> str:
    """The sample's tables with other figures (an earlier draft, another year)."""
    data = gr.to_dict(gr.parse(gr.sample_text()))
    data["active_disclosure"]["regulations"]["in_force"] = 9
    data["requests"]["new_received"]["natural_person"] = 40
    data["review_litigation"]["administrative_review"]["upheld"] = 7
    page = gr.render(gr.from_dict(data), "html")
    return page.split("</h1>", 1)[1].split("</body>", 1)[0]


@pytest.mark.parametrize(
    "opening",
    [
        '<div id="printArea" style="display:none">',
        '<div style="DISPLAY: none !important">',
        "<div hidden>",
        '<section aria-hidden="true" style="visibility:hidden">',
    ],
)
@pytest.mark.parametrize("before", [True, False])
def test_a_hidden_copy_of_the_tables_beside_the_shown_ones_is_not_read(
    opening: str, before: bool
) -> None:
    """The report's tables shown, and a copy with other figures in a hidden block before
    or after them (a print or speech copy, an old draft left in the page): the hidden
    tables were read as the report's when they came first (every value wrong, with only
    ``unknown_row`` warnings for the shown tables' rows read after them)."""
    closing = "</section>" if opening.startswith("<section") else "</div>"
    hidden = f"{opening}{_other_figures()}{closing}"
    expected = gr.parse(gr.sample_text())
    page = gr.render(expected, "html")
    if before:
        page = page.replace("</h1>", "</h1>" + hidden, 1)
    else:
        page = page.replace("</body>", hidden + "</body>")
    report = _assert_tables_read_as(page, expected, warnings=False)
    notes = [f for f in report.findings if f.code == "repaired_cell" and "hidden" in f.message]
    assert len(notes) == 1 and notes[0].severity == "info"


def test_a_table_hidden_by_its_own_style_beside_a_shown_one_is_not_read() -> None:
    """Table 四 printed twice, the first copy ``<table style="display:none">``."""
    expected = gr.parse(gr.sample_text())
    page = gr.render(expected, "html")
    heading = "<h2>四、政府信息公开行政复议、行政诉讼情况</h2>"
    table = page.split(heading, 1)[1].split("</table>", 1)[0] + "</table>"
    copy = table.replace('<table border="1">', '<table border="1" style="display:none">')
    copy = copy.replace("<td>2</td>", "<td>5</td>", 1)
    report = gr.parse(page.replace(heading, heading + copy))
    assert gr.to_dict(report)["review_litigation"] == gr.to_dict(expected)["review_litigation"]


def test_hidden_tables_that_the_shown_ones_do_not_repeat_are_read() -> None:
    """(Guard, read before too.) Table 二 shown and tables 三 and 四 in a block hidden
    until a reader clicks 展开全文 (read more): the hidden tables are the report's."""
    expected = gr.parse(gr.sample_text())
    page = gr.render(expected, "html")
    at = page.index("<h2>三、")
    page = page[:at] + '<div class="more" style="display:none">' + page[at:]
    page = page.replace("</body>", "</div></body>")
    _assert_tables_read_as(page, expected)


@pytest.mark.parametrize(
    "sheet",
    [
        "<style>.print-only{display:none}</style>",
        "<style>\n.a, .print-only { DISPLAY: NONE; }\n</style>",
        "<style>.print-only{visibility:hidden}</style>",
    ],
)
def test_a_copy_of_the_tables_in_a_block_a_class_hides_is_not_read(sheet: str) -> None:
    """The same, the copy's block hidden by a class of the page's style sheet: read
    as the report's tables (a block hidden by a class was read as a tab scripts show)."""
    expected = gr.parse(gr.sample_text())
    page = gr.render(expected, "html").replace("<head>", "<head>" + sheet)
    page = page.replace("</h1>", f'</h1><div class="box print-only">{_other_figures()}</div>', 1)
    _assert_tables_read_as(page, expected, warnings=False)


# --- a continuation table of another width, one of its columns blank throughout --------


def _split_table_three(extra: str, at_end: bool) -> tuple[gr.Report, str]:
    """The sample with table 三's 科研机构 column printed blank, the table cut in two
    ``<table>``s before （四）无法提供 (its 三、本年度办理结果 label repeated, as Word
    does), the second part a column wider: ``extra`` before or after each row's cells."""
    data = gr.to_dict(gr.parse(gr.sample_text()))

    def blank(node: dict[str, object]) -> None:
        for value in node.values():
            if isinstance(value, dict):
                if "research_institution" in value:
                    value["research_institution"] = None
                else:
                    blank(value)

    blank(data["requests"])
    report = gr.from_dict(data)
    page = _page(report)
    first, cut = (
        '<td rowspan="22">三、本年度办理结果</td>',
        '<tr><td rowspan="3">（四）无法提供</td>',
    )
    assert page.count(first) == 1 and page.count(cut) == 1
    page = page.replace(first, '<td rowspan="10">三、本年度办理结果</td>')
    head, rest = page.split(cut)
    part, tail = rest.split("</table>", 1)
    rows = re.findall(
        r"<tr>.*?</tr>", cut[:4] + '<td rowspan="12">三、本年度办理结果</td>' + cut[4:] + part
    )
    rows = [
        row.replace("</tr>", extra + "</tr>") if at_end else row.replace("<tr>", "<tr>" + extra)
        for row in rows
    ]
    page = (
        f'{head}</table>\n<p>&nbsp;</p>\n<table border="1">\n'
        + "\n".join(rows)
        + "\n</table>"
        + tail
    )
    return report, page


@pytest.mark.parametrize("at_end", [False, True])
def test_a_blank_column_of_a_continuation_a_column_wider_is_kept(at_end: bool) -> None:
    """A table cut at a page break into two ``<table>``s whose widths differ by an empty
    cell at the start or the end of the continuation's rows (converted pages' grids), a
    column blank in every row of the continuation: the blank column was dropped as a
    spacer (the two tables were not taken for one, their widths differing), so its 12
    rows were a value short and left blank (``row_width``)."""
    expected, page = _split_table_three("<td></td>", at_end)
    report = gr.parse(page)
    assert gr.to_dict(report)["requests"] == gr.to_dict(expected)["requests"]
    assert not _warnings(report, "row_width")


# --- a title only in the page's description ----------------------------------------

_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"
_HEADING = f"<h1>{_TITLE}</h1>"


@pytest.mark.parametrize(
    "meta",
    [
        f'<meta name="description" content="{_TITLE}">',
        f'<meta name="Description" content=" {_TITLE} ">',
    ],
)
def test_a_title_only_in_the_description_meta_is_read(meta: str) -> None:
    """A page whose heading a script writes, its ``<title>`` the site's name, the
    report's title only in ``<meta name="description">`` (as site systems fill it with
    the article's title): title, organ and year were None, with no finding."""
    page = gr.render(gr.parse(gr.sample_text()), "html").replace(_HEADING, "")
    page = page.replace("<head>", f"<head><title>青禾县人民政府门户网站</title>{meta}")
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (_TITLE, "青禾县人民政府", 2023)


@pytest.mark.parametrize(
    "content",
    [
        # guards: a description that is prose, a list of keywords
        "根据《中华人民共和国政府信息公开条例》要求，青禾县教育局编制2022年政府信息公开"
        "工作年度报告。",
        "青禾县教育局2022年政府信息公开工作年度报告,政府信息公开,年度报告",
    ],
)
def test_a_description_that_is_no_title_gives_no_title(content: str) -> None:
    page = gr.render(gr.parse(gr.sample_text()), "html").replace(_HEADING, "")
    page = page.replace(
        "<head>",
        f'<head><title>青禾县人民政府门户网站</title><meta name="description" content="{content}">',
    )
    report = gr.parse(page)
    assert report.year != 2022 and report.organ != "青禾县教育局"


def test_the_body_title_comes_before_the_description() -> None:
    """(Guard.) A description naming another office's report (a page copied from
    another) gives way to the heading the page prints."""
    other = "青禾县教育局2022年政府信息公开工作年度报告"
    page = gr.render(gr.parse(gr.sample_text()), "html")
    page = page.replace("<head>", f'<head><meta name="description" content="{other}">')
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (_TITLE, "青禾县人民政府", 2023)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<noscript>", "</noscript>"),  # shown only when scripts are off
        ("<aside>", "</aside>"),
        ('<div class="sidebar">', "</div>"),
    ],
)
def test_a_copy_of_the_tables_in_the_pages_chrome_is_not_read(opening: str, closing: str) -> None:
    """The same, the copy in the page's chrome (``<noscript>``, a sidebar): its text is
    not read as the report's, but its tables were, as the report's when first."""
    expected = gr.parse(gr.sample_text())
    page = gr.render(expected, "html")
    page = page.replace("</h1>", f"</h1>{opening}{_other_figures()}{closing}", 1)
    _assert_tables_read_as(page, expected, warnings=False)


def test_tables_only_in_a_noscript_block_are_read() -> None:
    """(Guard, read before too.) A page whose scripts write the report, its tables
    printed for browsers without scripts in ``<noscript>`` only: those are read."""
    expected = gr.parse(gr.sample_text())
    page = gr.render(expected, "html")
    page = page.replace("<body>", "<body><noscript>").replace("</body>", "</noscript></body>")
    report = gr.parse(page)
    assert gr.to_dict(report)["requests"] == gr.to_dict(expected)["requests"]


_GBK_PREAMBLE = (
    "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。"
)
_GBK_FOOTER = "主办单位：青禾县人民政府办公室　地址：青禾县人民路1号　"


def test_a_utf8_page_with_a_gbk_footer_is_read_as_utf8() -> None:
    """A UTF-8 page (its ``<meta charset>`` says so) whose footer was included in GBK
    (a server-side include saved in another encoding): about 150 characters of GBK were
    more damaged UTF-8 sequences than the 1 in 200 non-ASCII bytes the decoder accepted,
    so chardet's guess was taken, a single-byte code page (``cp875``): no Chinese text
    was left and ``parse()`` raised ``ParseError`` (no statutory table found). Fixed in
    ``source.py``: a page declaring UTF-8 is read as UTF-8 with up to one damaged byte
    in four."""
    page = gr.render(gr.parse(gr.sample_text()), "html")
    page = page.replace("</h1>", f"</h1><p>{_GBK_PREAMBLE * 40}</p>", 1)
    footer = f'<div class="footer"><p>{_GBK_FOOTER * 5}</p></div>'.encode("gbk")
    data = page.encode("utf-8").replace(b"</body>", footer + b"</body>")
    report = gr.parse(data)
    assert report.title == "青禾县人民政府2023年政府信息公开工作年度报告"
    assert gr.to_dict(report)["requests"] == gr.to_dict(gr.parse(gr.sample_text()))["requests"]
    assert [f.code for f in report.findings if f.code == "encoding"] == ["encoding"]

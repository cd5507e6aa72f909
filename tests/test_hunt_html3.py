"""Silent misreadings of web pages found by a third HTML hunt (fictional pages).

Each test failed before its fix (guards, which passed before too, say so); the
docstrings say what used to be read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_PENALTY = '<tr><td>行政处罚</td><td colspan="3">37</td></tr>'
_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"
_ORGAN = "青禾县人民政府"


def _sample_page(head: str = "") -> str:
    page = gr.render(gr.parse(gr.sample_text()), "html")
    return page.replace("<head>", "<head>" + head)


def _with_penalty_cell(cell_html: str, head: str = "") -> str:
    page = _sample_page(head)
    assert _PENALTY in page
    return page.replace(_PENALTY, _PENALTY.replace(">37<", f">{cell_html}<"))


def _with_heading(heading_html: str, head: str = "") -> str:
    page = _sample_page(head)
    assert f"<h1>{_TITLE}</h1>" in page
    return page.replace(f"<h1>{_TITLE}</h1>", f"<h1>{heading_html}</h1>")


def _penalty(report: gr.Report) -> int | None:
    assert report.active_disclosure is not None
    return report.active_disclosure.administrative_penalty.decisions


def _penalty_findings(report: gr.Report) -> list[gr.Finding]:
    return [f for f in report.findings if f.path and "administrative_penalty" in f.path]


# --- anti-copy characters in a font size of 0 -------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        '<span style="font-size:0">9</span>',
        '<span style="font-size: 0px; color: #fff">9</span>',
        '<font style="FONT-SIZE: 0pt">9</font>',
        "<span style='font-size:0.0em!important'>9</span>",
        '<span style="line-height:20px;font-size:0;">91</span>',
    ],
)
def test_characters_in_a_font_size_of_0_in_a_number_cell_are_not_read(span: str) -> None:
    """Anti-copy characters printed in a font size of 0 among a cell's digits: a browser
    shows 37, and 397 (or 3917) was read with no finding."""
    report = gr.parse(_with_penalty_cell(f"3{span}7"))
    assert _penalty(report) == 37
    assert not _penalty_findings(report)


def test_characters_in_a_font_size_of_0_in_the_title_are_not_read() -> None:
    """The organ came out as 青禾县某某网人民政府, with no finding."""
    heading = _TITLE.replace("县", "县<span style='font-size:0px'>某某网</span>", 1)
    report = gr.parse(_with_heading(heading))
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)


@pytest.mark.parametrize(
    "cell",
    [
        # guards (read before too): a size that is not 0, a Word size that is not the font's
        '3<span style="font-size:0.5em">9</span>7',
        "3<span style='mso-bidi-font-size:0pt'>9</span>7",
        # a container of font size 0 whose child sets its size: the child is shown
        '<span style="font-size:0"><span style="font-size:12pt">397</span></span>',
        '<span style="font-size:0"><font size="3">397</font></span>',
    ],
)
def test_text_with_a_size_is_read(cell: str) -> None:
    assert _penalty(gr.parse(_with_penalty_cell(cell))) == 397


def test_a_block_of_font_size_0_is_a_layout_trick_and_its_text_is_read() -> None:
    """(Guard.) ``font-size:0`` on a block removes the gaps between inline blocks; their
    own size comes from a class: the heading is shown and read."""
    heading = f'<div style="font-size:0"><span class="t">{_TITLE}</span></div>'
    page = _sample_page().replace(f"<h1>{_TITLE}</h1>", heading)
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)


# --- anti-copy characters hidden by a class of the page's style sheet ------------------

_HIDING_SHEETS = [
    "<style>.hzy{display:none}</style>",
    '<style type="text/css">\n/* 防复制 */\np{margin:0}\n.a, .hzy { DISPLAY: NONE; }\n</style>',
    "<STYLE>.hzy{visibility:hidden}</STYLE>",
    "<style>.hzy{font-size:0;color:#fff}</style>",
]


@pytest.mark.parametrize("sheet", _HIDING_SHEETS)
def test_characters_of_a_class_the_style_sheet_hides_are_not_read_in_a_cell(sheet: str) -> None:
    """``<span class="hzy">9</span>`` with ``.hzy{display:none}`` in the page's ``<style>``:
    a browser shows 37, and 397 was read with no finding."""
    report = gr.parse(_with_penalty_cell('3<span class="x hzy">9</span>7', head=sheet))
    assert _penalty(report) == 37
    assert not _penalty_findings(report)


@pytest.mark.parametrize("sheet", _HIDING_SHEETS)
def test_characters_of_a_class_the_style_sheet_hides_are_not_read_in_the_title(
    sheet: str,
) -> None:
    heading = _TITLE.replace("县", "县<span class='hzy'>某某网</span>", 1)
    report = gr.parse(_with_heading(heading, head=sheet))
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)


@pytest.mark.parametrize(
    "sheet",
    [
        # guards (read before too): hidden on small screens or in print only, or only
        # inside another element, or a block's class (a menu or tab shown by scripts)
        "<style>@media print { .hzy { display: none } }</style>",
        "<style>@media (max-width:767px){.hzy{display:none!important}}</style>",
        "<style>.menu .hzy{display:none}</style>",
        "<style>.hzy:hover{display:none}</style>",
        "<style>.hzy{display:inline}</style>",
    ],
)
def test_a_class_hidden_only_in_some_places_is_read(sheet: str) -> None:
    report = gr.parse(_with_penalty_cell('3<span class="hzy">9</span>7', head=sheet))
    assert _penalty(report) == 397


def test_a_block_of_a_hidden_class_keeps_its_table() -> None:
    """(Guard.) A block hidden by a class is a tab or menu scripts show: its tables are
    read as before."""
    page = _sample_page("<style>.tab{display:none}</style>").replace(
        "<body>", '<body><div class="tab">'
    )
    report = gr.parse(page.replace("</body>", "</div></body>"))
    assert _penalty(report) == 37


# --- values printed in read-only form fields ------------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        '<input value="37" readonly>',
        '<input type="text" class="num" value=" 37 " disabled="disabled"/>',
        "<input type=NUMBER value=37>",
        "<textarea readonly rows=1>37</textarea>",
    ],
)
def test_a_value_in_a_read_only_field_is_read(cell: str) -> None:
    """Pages made by a reporting system print each value in a read-only text box: the
    browser shows 37, and the cell was read blank (None) with no finding."""
    report = gr.parse(_with_penalty_cell(cell))
    assert _penalty(report) == 37
    assert not _penalty_findings(report)


def test_a_whole_table_of_read_only_fields_is_read() -> None:
    page = _sample_page()
    cells = page.split("<td>")
    boxed = [cells[0]] + [
        f'<input type="text" readonly value="{c[: c.index("<")]}">{c[c.index("<") :]}'
        if c[: c.index("<")].isdigit()
        else c
        for c in cells[1:]
    ]
    report = gr.parse("<td>".join(boxed))
    assert gr.to_dict(report)["requests"] == gr.to_dict(gr.parse(page))["requests"]


@pytest.mark.parametrize(
    "cell",
    [
        # guards (read before too): fields that show no value as text
        '<input type="hidden" name="id" value="9">37',
        '37<input type="button" value="9">',
        '<input type="checkbox" value="9" checked>37',
        '<input style="display:none" value="9">37',
    ],
)
def test_a_field_that_shows_no_value_is_not_read(cell: str) -> None:
    assert _penalty(gr.parse(_with_penalty_cell(cell))) == 37


# --- footnote marks made with CSS, and Word's footnote references ----------------------


@pytest.mark.parametrize(
    "mark",
    [
        '<span style="vertical-align:super;font-size:9px">1</span>',
        '<span style="VERTICAL-ALIGN: sub">2</span>',
        # Word's footnote reference, with its style, or only its class (styles stripped)
        '<a style="mso-footnote-id:ftn1" href="#_ftn1" name="_ftnref1" title="">'
        '<span class="MsoFootnoteReference"><span lang="EN-US">[1]</span></span></a>',
        '<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>1</span></a>',
        '<a href="#_edn1" name="_ednref1"><span class=MsoEndnoteReference>[i]</span></a>',
        # Word's review comment, saved with the page (the cell read 37[ZS1], blank)
        "<span class=MsoCommentReference><span lang=EN-US style='font-size:8.0pt'><a "
        'class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[ZS1]</a>'
        "&nbsp;</span></span>",
    ],
)
def test_a_footnote_mark_made_with_css_is_left_out_and_reported(mark: str) -> None:
    """A mark raised by CSS (not ``<sup>``) after a count: a browser shows 37 and a small
    raised 1, and 371 was read with no finding (or ``37[1]``, blank, None)."""
    report = gr.parse(_with_penalty_cell("37" + mark))
    assert _penalty(report) == 37
    assert not _penalty_findings(report)
    [finding] = [f for f in report.findings if f.code == "repaired_cell"]
    assert "footnote" in finding.message


def test_a_class_the_style_sheet_raises_is_a_footnote_mark() -> None:
    page = _with_penalty_cell(
        '37<span class="zhu">1</span>', "<style>.zhu{vertical-align:super}</style>"
    )
    report = gr.parse(page)
    assert _penalty(report) == 37
    assert [f.code for f in report.findings if f.code == "repaired_cell"] == ["repaired_cell"]


def test_a_footnote_mark_made_with_css_after_the_title_is_left_out() -> None:
    """``…年度报告<span style="vertical-align:super">1</span>``: the line was no title
    (…报告1), and title, organ and year were None with no finding."""
    report = gr.parse(_with_heading(_TITLE + "<span style='vertical-align:super'>1</span>"))
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)


@pytest.mark.parametrize(
    "cell",
    [
        # guards (read before too): text aligned in its line, and a raised block
        "3<span style='vertical-align:middle'>7</span>",
        '<span style="vertical-align: top">37</span>',
        '<p style="vertical-align:super">37</p>',
    ],
)
def test_text_aligned_otherwise_is_read(cell: str) -> None:
    report = gr.parse(_with_penalty_cell(cell))
    assert _penalty(report) == 37
    assert not [f for f in report.findings if f.code == "repaired_cell"]


# --- text struck through with CSS (as web editors strike it) ---------------------------


@pytest.mark.parametrize(
    "cell",
    [
        '<span style="text-decoration: line-through;">73</span>37',
        '<span style="TEXT-DECORATION: underline line-through">73</span> 37',
        '<font style="text-decoration-line:line-through">7</font>37',
    ],
)
def test_text_struck_through_with_css_in_a_cell_is_left_out_and_reported(cell: str) -> None:
    """A web editor's strike-through button writes a ``<span>`` with
    ``text-decoration: line-through``, not ``<del>``: a browser shows 73 struck and 37,
    and 7337 was read with no finding."""
    report = gr.parse(_with_penalty_cell(cell))
    assert _penalty(report) == 37
    [finding] = [f for f in report.findings if f.code == "repaired_cell"]
    assert "struck-through" in finding.message


def test_a_class_the_style_sheet_strikes_through_is_left_out() -> None:
    page = _with_penalty_cell(
        '<span class="del">73</span>37', "<style>.del{text-decoration:line-through}</style>"
    )
    assert _penalty(gr.parse(page)) == 37


def test_text_struck_through_with_css_in_the_title_is_left_out() -> None:
    """The title read 青禾县人民政府20222023年…: the struck year was kept."""
    heading = _TITLE.replace("2023", '<span style="text-decoration:line-through">2022</span>2023')
    report = gr.parse(_with_heading(heading))
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)


def test_underlined_text_is_read() -> None:
    # guard (read before too)
    report = gr.parse(_with_penalty_cell('<span style="text-decoration:underline">37</span>'))
    assert _penalty(report) == 37


# --- a rowspan longer than its group (an editor deleted a row) --------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('rowspan="8">（三）不予公开', 'rowspan="9">（三）不予公开'),
        ('rowspan="3">（四）无法提供', 'rowspan="4">（四）无法提供'),
        ('rowspan="5">（五）不予处理', 'rowspan="6">（五）不予处理'),
    ],
)
def test_a_rowspan_one_row_too_long_keeps_the_next_groups_values(old: str, new: str) -> None:
    """（三）不予公开 with rowspan=9 over its eight items: its label was carried into the
    next group's rows, between their labels and values, read as a value, and the rows
    of （四）无法提供 after its first were left blank (None, with ``row_width``)."""
    page = _sample_page()
    assert old in page
    report = gr.parse(page.replace(old, new))
    expected = gr.to_dict(gr.parse(_sample_page()))["requests"]
    assert gr.to_dict(report)["requests"] == expected
    assert not [f for f in report.findings if f.severity != "info"]
    [finding] = [f for f in report.findings if f.code == "repaired_cell"]
    assert "rowspan too long" in finding.message


def test_a_label_spanning_the_rest_of_the_table_stops_before_a_row_it_would_push() -> None:
    """``rowspan="0"`` (to the end of the table) on 三、本年度办理结果: read as before, with a
    finding that says the span was cut before 四、结转下年度继续办理."""
    page = _sample_page().replace(
        'rowspan="22">三、本年度办理结果', 'rowspan="0">三、本年度办理结果'
    )
    report = gr.parse(page)
    assert gr.to_dict(report)["requests"] == gr.to_dict(gr.parse(_sample_page()))["requests"]
    assert any("rowspan too long" in f.message for f in report.findings)


@pytest.mark.parametrize(
    "table",
    [
        # guards (read before too): a ragged table's first rows, and a rowspan that fits
        "<table><tr><td rowspan='2'>规章</td><td>1</td></tr><tr><td>2</td><td>3</td></tr></table>",
        "<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td rowspan='3'>x</td><td>1</td>"
        "<td>2</td></tr><tr><td>3</td><td>4</td></tr><tr><td>5</td><td>6</td></tr></table>",
    ],
)
def test_rowspans_that_fit_or_come_first_are_left_alone(table: str) -> None:
    from govinfo_reports.readers.html import HtmlReader

    result = HtmlReader().read(table)
    assert not result.findings


# --- a title wrapped by <br> inside its heading -----------------------------------------

_LONG_ORGAN_TITLE = "青禾县自然资源和规划局2023年政府信息公开工作年度报告"


@pytest.mark.parametrize(
    ("heading", "title", "organ"),
    [
        (
            "青禾县自然资源和规划<br>局2023年政府信息公开工作年度报告",
            _LONG_ORGAN_TITLE,
            "青禾县自然资源和规划局",
        ),
        (
            "<span>青禾县自然资源和规划</span><br/>\n<span>局2023年政府信息公开工作年度报告</span>",
            _LONG_ORGAN_TITLE,
            "青禾县自然资源和规划局",
        ),
        ("青禾县人民<br>政府2023年政府信息公开工作年度报告", _TITLE, _ORGAN),
    ],
)
def test_a_title_wrapped_inside_its_heading_is_one_title(
    heading: str, title: str, organ: str
) -> None:
    """``<h1>青禾县自然资源和规划<br>局2023年…报告</h1>``: each line was a row, and the
    title read 局2023年…报告 with the organ 局, with no finding."""
    report = gr.parse(_with_heading(heading))
    assert (report.title, report.organ, report.year) == (title, organ, 2023)


@pytest.mark.parametrize(
    "heading",
    [
        # guards (read before too): a date after the title, a line break after the organ
        f"{_TITLE}<br>（2024年1月20日）",
        "青禾县人民政府<br>2023年政府信息公开工作年度报告",
    ],
)
def test_lines_of_a_heading_after_the_title_stay_apart(heading: str) -> None:
    report = gr.parse(_with_heading(heading))
    assert (report.title, report.organ, report.year) == (_TITLE, _ORGAN, 2023)


def test_a_class_hidden_by_a_rule_without_a_last_semicolon_is_hidden() -> None:
    page = _with_penalty_cell(
        '3<span class="hzy">9</span>7', "<style>p{margin:0}.hzy{font-size:0}</style>"
    )
    assert _penalty(gr.parse(page)) == 37


@pytest.mark.parametrize(
    "sheet",
    [
        ".a{" + "display:none;" * 20_000 + "}",  # one rule with many hiding words
        "display:none;" * 20_000,  # no braces
        "{display:none;" * 20_000,  # braces never closed
        "." + "a," * 100_000 + ".b{display:none}",  # a long selector
        "/* x " * 20_000 + ".a{display:none}",  # comments never closed
    ],
)
def test_reading_a_hostile_style_sheet_is_linear(sheet: str) -> None:
    """A style sheet is read in one pass: a rule holding 20,000 hiding declarations took
    seconds (each looked back for the rule's end)."""
    import time

    page = _with_penalty_cell('3<span class="a">9</span>7', f"<style>{sheet}</style>")
    started = time.process_time()
    gr.parse(page)
    assert time.process_time() - started < 1.5


def test_nested_headings_are_read_in_linear_time() -> None:
    """Whether a heading names a report is looked at only for small headings: 2,000
    nested headings with text each used to join their whole subtree's text, one by one
    (quadratic)."""
    import time

    from govinfo_reports.readers.html import HtmlReader

    page = ("<h1>" + "文字" * 50) * 2000 + "青禾县2023年政府信息公开工作年度报告" + "</h1>" * 2000
    started = time.process_time()
    HtmlReader().read(page)
    assert time.process_time() - started < 1.5


def test_rowspans_too_long_in_every_row_cost_linear_time() -> None:
    """A table where every row's label overruns into the next: each row is laid out
    again once, without recounting the rows above (that was quadratic)."""
    import time

    from govinfo_reports.readers.html import HtmlReader

    head = ("<tr>" + "<td>h</td>" * 10 + "</tr>") * 3
    rows = ("<tr><td rowspan='2'>标签</td>" + "<td>1</td>" * 9 + "</tr>") * 4000
    started = time.process_time()
    result = HtmlReader().read(f"<table>{head}{rows}</table>")
    assert time.process_time() - started < 1.5
    assert len(result.grid.rows) == 4003


# --- a value or row printed as a picture ------------------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        '<img src="37.png">',
        '<p class=MsoNormal><span><img width=20 height=12 src="image001.png"></span></p>',
    ],
)
def test_a_cell_showing_only_an_image_is_reported(cell: str) -> None:
    """A count printed as a picture: the cell was read blank, None, with no finding (a
    published number lost silently). It is still blank, and a warning says so."""
    report = gr.parse(_with_penalty_cell(cell))
    assert _penalty(report) is None
    [finding] = [f for f in report.findings if f.code == "unreadable_cell"]
    assert "image" in finding.message and finding.severity == "warning"


def test_a_table_row_printed_as_a_picture_is_reported() -> None:
    page = _sample_page()
    row = "<tr><td>行政处罚</td>"
    page = page.replace(row, '<tr><td colspan="4"><img src="row.png"></td></tr>' + row)
    report = gr.parse(page)
    assert _penalty(report) == 37
    assert any("image" in f.message for f in report.findings if f.code == "unreadable_cell")


def test_an_icon_beside_a_value_is_not_reported() -> None:
    # guard (read before too)
    report = gr.parse(_with_penalty_cell('<img src="new.gif">37'))
    assert _penalty(report) == 37
    assert not [f for f in report.findings if f.code == "unreadable_cell"]


# --- a number merged over several headed columns ----------------------------------------

_REVIEW_VALUES = "".join(f"<td>{v}</td>" for v in (2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0))


def test_a_number_merged_over_headed_columns_is_read_for_the_first_only() -> None:
    """An editor merged 复议后起诉's five zero cells into one ``<td colspan="5">0</td>``:
    the row had 11 values for 15 columns and all fifteen published values were dropped
    (None, with ``row_width``). The number now stands in its first column, the four
    others are blank, and a ``merged_cell`` finding says so (a number is never copied)."""
    page = _sample_page()
    assert _REVIEW_VALUES in page
    merged = _REVIEW_VALUES.replace("<td>0</td>" * 5, '<td colspan="5">0</td>')
    report = gr.parse(page.replace(_REVIEW_VALUES, merged))
    review = gr.to_dict(report)["review_litigation"]
    assert review["administrative_review"] == {
        "upheld": 2, "corrected": 1, "other": 0, "pending": 1, "total": 4
    }  # fmt: skip
    assert review["litigation_after_review"] == {
        "upheld": 0, "corrected": None, "other": None, "pending": None, "total": None
    }  # fmt: skip
    [finding] = [f for f in report.findings if f.code == "merged_cell"]
    assert "spans 5 columns" in finding.message


def test_a_number_under_a_heading_spanning_as_many_columns_is_one_value() -> None:
    """(Guard, read before too.) Table 二's 本年处理决定数量 spans three columns, and so
    does each count under it: one value, no finding."""
    report = gr.parse(_sample_page())
    assert _penalty(report) == 37
    assert not [f for f in report.findings if f.code == "merged_cell"]

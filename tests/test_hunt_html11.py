"""Misreadings found by the eleventh HTML page hunt, each fixed. Every page here is
fictional (the bundled sample report rendered as a web page, or invented organs and
numbers)."""

from __future__ import annotations

import re

import pytest

import govinfo_reports as gr


def _sample_page(head: str = "") -> str:
    page = gr.render(gr.parse(gr.sample_text()), "html")
    return page.replace("<head>", "<head>" + head)


def _codes(report: gr.Report) -> list[str]:
    return [finding.code for finding in report.findings]


_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"


@pytest.mark.parametrize(
    "suffix", ["|附件", " | 政务公开", "｜通知公告｜信息公开年报", "丨政务公开", " │ 附件"]
)
def test_a_heading_title_with_a_sections_name_after_a_bar_is_read(suffix: str) -> None:
    """A page's ``<h1>`` printing the site's section after a bar (``…年度报告|附件``,
    ``…年度报告 | 政务公开``) left title, year and organ unread, with no finding (a text
    reader parts the bar into cells, and read the same line). The section's name after
    a bar is left out, as a site's name there is."""
    page = _sample_page().replace(f"<h1>{_TITLE}</h1>", f"<h1>{_TITLE}{suffix}</h1>")
    report = gr.parse(page)
    assert (report.title, report.year, report.organ) == (_TITLE, 2023, "青禾县人民政府")


@pytest.mark.parametrize(
    "suffix", [" - 政务公开", "——附件", " / 附件", " · 政务公开", "|2024-01-19", "｜ 2024年1月19日"]
)
def test_a_heading_title_with_a_section_or_date_after_a_dash_or_slash_is_read(
    suffix: str,
) -> None:
    """The same with the section's name after a dash, or after a slash or a dot between
    spaces (``…年度报告 / 附件``), or the page's date after a bar (``…年度报告|2024-01-19``):
    title and organ were left unread with no finding (the year guessed from the text)."""
    page = _sample_page().replace(f"<h1>{_TITLE}</h1>", f"<h1>{_TITLE}{suffix}</h1>")
    report = gr.parse(page)
    assert (report.title, report.year, report.organ) == (_TITLE, 2023, "青禾县人民政府")
    assert "year_guessed" not in _codes(report)


def test_a_heading_naming_an_interpretation_after_a_bar_is_not_the_title() -> None:
    """What a bar parts off is a site's section, not words telling what the page is
    (``…报告|解读``: the page interprets the report): such a heading stays unread."""
    page = _sample_page().replace(f"<h1>{_TITLE}</h1>", f"<h1>{_TITLE}|政策解读</h1>")
    assert gr.parse(page).title != _TITLE


LICENSING = '<td colspan="3">1204</td>'


def test_a_closed_dialog_in_a_cell_is_not_read_into_its_value() -> None:
    """A cell holding a closed ``<dialog>`` (a pop-up note, not shown until a script
    opens it) beside its number read both, silently (``12043``). A closed dialog is left
    out of cells, and of the page's text; an open one is shown and read."""
    page = _sample_page().replace(LICENSING, '<td colspan="3">1204<dialog><p>3</p></dialog></td>')
    page = page.replace(
        "<h2>二、主动公开政府信息情况</h2>",
        "<dialog><p>请选择字号</p></dialog><h2>二、主动公开政府信息情况</h2>",
    )
    report = gr.parse(page)
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_licensing.decisions == 1204
    assert not any("请选择字号" in row for row in _texts(page))
    opened = _sample_page().replace(LICENSING, '<td colspan="3"><dialog open>1204</dialog></td>')
    active = gr.parse(opened).active_disclosure
    assert active is not None
    assert active.administrative_licensing.decisions == 1204


def _texts(page: str) -> list[str]:
    from govinfo_reports.readers.html import HtmlReader

    return [" ".join(row.texts) for row in HtmlReader().read(page).grid.rows]


@pytest.mark.parametrize(
    "cell",
    [
        "<svg width='40' height='16'><text x='0' y='12'>1204</text></svg>",
        "<math><mn>1204</mn></math>",
        "<object data='n1204.png' type='image/png'>1204</object>",
        "<canvas width='40' height='16'></canvas>",
    ],
)
def test_a_cell_showing_a_drawing_or_formula_is_blank_with_a_warning(cell: str) -> None:
    """A cell printing its value as a drawing (``<svg>``, ``<canvas>``), a formula
    (``<math>``) or an embedded object came out blank with no finding. It is still read
    blank (the drawing's text is not the printed cell's text), with the
    ``unreadable_cell`` warning a cell showing only an image gets."""
    page = _sample_page().replace(LICENSING, f'<td colspan="3">{cell}</td>')
    report = gr.parse(page)
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_licensing.decisions is None
    found = [f for f in report.findings if f.code == "unreadable_cell"]
    assert found and "picture" in found[0].message


@pytest.mark.parametrize("style", ["visibility:hidden", "color:red; VISIBILITY: hidden"])
def test_an_invisible_cell_below_a_tables_first_rows_is_read_blank(style: str) -> None:
    """A ``visibility:hidden`` cell in a row below a table's first four rows, the row of
    the right width (no hidden cell above it), was read as a value, silently: browsers
    show it blank. Its style is judged now (gated by a look for ``idden`` in it), and it
    reads blank with the hidden text reported."""
    page = _sample_page()
    row = "<td>1.属于国家秘密</td><td>0</td>"
    page = page.replace(row, f"<td>1.属于国家秘密</td><td style='{style}'>4</td>")
    report = gr.parse(page)
    assert report.requests is not None
    assert report.requests.results.withheld.state_secret.natural_person is None
    assert any("'4' is invisible" in f.message for f in report.findings)


def test_a_cell_whose_style_hides_overflow_is_read() -> None:
    """``overflow:hidden`` hides nothing of a cell's number: read as printed."""
    page = _sample_page()
    row = "<td>1.属于国家秘密</td><td>0</td>"
    page = page.replace(row, "<td>1.属于国家秘密</td><td style='overflow:hidden'>4</td>")
    report = gr.parse(page)
    assert report.requests is not None
    assert report.requests.results.withheld.state_secret.natural_person == 4
    assert not re.search("hidden", " ".join(f.message for f in report.findings))


@pytest.mark.parametrize(
    "style",
    [
        "position:absolute;left:-9999px",
        "POSITION: fixed; top: -10000px",
        "position:absolute; margin-left:-5000px; font-size:12px",
        "position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden",
        "display:inline-block;text-indent:-9999px",
    ],
)
def test_anti_copy_characters_placed_off_screen_are_not_read(style: str) -> None:
    """Anti-copy characters placed off the screen by their style (``<span style=
    "position:absolute;left:-9999px">7</span>`` among a cell's digits) were read into
    the value (12704), silently; browsers show the cell 1204. An inline element placed
    at least 1000 px off the screen is left out, as a transparent one is."""
    page = _sample_page().replace(
        LICENSING, f'<td colspan="3">12<span style="{style}">7</span>04</td>'
    )
    page = page.replace(
        "<h2>二、主动公开政府信息情况</h2>",
        f'<p>本年共受理<span style="{style}">9</span>申请。</p><h2>二、主动公开政府信息情况</h2>',
    )
    report = gr.parse(page)
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_licensing.decisions == 1204
    assert "本年共受理申请。" in _texts(page)


def test_text_placed_a_little_to_the_left_is_read() -> None:
    """A small negative offset (a kerning or an indent: ``left:-2px``) hides nothing."""
    page = _sample_page().replace(
        LICENSING, '<td colspan="3">12<span style="position:relative;left:-2px">0</span>4</td>'
    )
    active = gr.parse(page).active_disclosure
    assert active is not None
    assert active.administrative_licensing.decisions == 1204


def test_anti_copy_characters_placed_off_screen_by_a_class_are_not_read() -> None:
    """The same placed off the screen by a class of the page's style sheet."""
    page = _sample_page("<style>.ac{position:absolute;left:-9999px}</style>").replace(
        LICENSING, '<td colspan="3">12<span class="ac">7</span>04</td>'
    )
    active = gr.parse(page).active_disclosure
    assert active is not None
    assert active.administrative_licensing.decisions == 1204


@pytest.mark.parametrize(
    "gauge", ['<meter value="3">3</meter>', '<progress value="3" max="9">3</progress>']
)
def test_a_gauges_fallback_text_in_a_cell_is_not_read(gauge: str) -> None:
    """A ``<meter>`` or ``<progress>`` gauge beside a cell's number (browsers draw a bar,
    its text is a fallback not shown) was read into the value (``31204``), silently."""
    page = _sample_page().replace(LICENSING, f'<td colspan="3">{gauge}1204</td>')
    active = gr.parse(page).active_disclosure
    assert active is not None
    assert active.administrative_licensing.decisions == 1204

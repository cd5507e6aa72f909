"""Silent misreadings of whole web pages found by a second HTML hunt (fictional pages).

Each test failed before its fix; the docstrings say what used to be read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_SAMPLE_TITLE = "<h1>青禾县人民政府2023年政府信息公开工作年度报告</h1>"
_OWN = "青禾县某某局2023年政府信息公开工作年度报告"
_PREAMBLE = (
    "<p>根据《中华人民共和国政府信息公开条例》规定，现将本局2023年度政府信息公开工作情况"
    "报告如下。</p><p>一、总体情况</p><p>2023年，本局全年主动公开政府信息326条。</p>"
)


def _page(top: str, head: str = "") -> str:
    """The bundled sample as a web page, with ``top`` (and a preamble) in place of its
    heading and ``head`` in its ``<head>``."""
    page = gr.render(gr.parse(gr.sample_text()), "html")
    assert _SAMPLE_TITLE in page and "<head>" in page
    return page.replace(_SAMPLE_TITLE, top + _PREAMBLE).replace("<head>", "<head>" + head)


# --- breadcrumb trails with other marks than > › » -------------------------------------


@pytest.mark.parametrize(
    "mark", ["/", " / ", "／", "→", " → ", "→→", "-", " - ", "－", "—", "——", "·", " | ", "》", "<"]
)
def test_a_breadcrumb_with_other_marks_gives_the_title_not_the_trail(mark: str) -> None:
    """A trail ``首页/政务公开/政府信息公开年报/某局2023年…报告`` above the heading was
    read as the title, whole, and its organ as ``首页/`` (or None where the marks have
    spaces around them), with no finding: only trails marked with > › » were known."""
    trail = mark.join(["首页", "政务公开", "政府信息公开年报", _OWN])
    report = gr.parse(_page(f'<div class="position">{trail}</div><h1>{_OWN}</h1>'))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)
    assert not any(f.code == "year_guessed" for f in report.findings)


@pytest.mark.parametrize("mark", ["/", "→", " - "])
def test_a_two_item_trail_from_the_home_page_gives_the_title(mark: str) -> None:
    trail = f"首页{mark}{_OWN}"
    report = gr.parse(_page(f"<p>{trail}</p>"))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


@pytest.mark.parametrize(
    ("line", "title", "organ"),
    [
        # a date after the title, with its dashes: not a trail
        (f"{_OWN}(2024-01-20)", f"{_OWN}(2024-01-20)", "青禾县某某局"),
        # two organs' joint report, one / between them: not a trail (no home page)
        (
            "青禾县某某局/青禾县某某中心2023年政府信息公开工作年度报告",
            "青禾县某某局/青禾县某某中心2023年政府信息公开工作年度报告",
            "青禾县某某局/青禾县某某中心",
        ),
    ],
)
def test_a_title_with_marks_inside_is_not_cut_as_a_trail(line: str, title: str, organ: str) -> None:
    report = gr.parse(_page(f"<h1>{line}</h1>"))
    assert (report.title, report.organ, report.year) == (title, organ, 2023)


def test_a_trail_ending_in_another_years_title_still_gives_way() -> None:
    trail = "首页/政务公开/青禾县某某局2022年政府信息公开工作年度报告"
    report = gr.parse(_page(f"<p>{trail}</p><h1>{_OWN}</h1>"))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


# --- a list of other offices' reports of the same year above the heading ----------------

_OTHERS = (
    "青禾县教育局2023年政府信息公开工作年度报告",
    "青禾县财政局2023年政府信息公开工作年度报告",
)


@pytest.mark.parametrize(
    "entry",
    [
        '<li><a href="#">{}</a><span>2024-01-18</span></li>',  # a date after each title
        '<li>· <a href="#">{}</a></li>',  # a bullet before it
        '<li>•<a href="#">{}</a></li>',
        '<li>[2024-01-18]<a href="#">{}</a></li>',  # a date in brackets before it
        "<li>【2024-01-18】{}</li>",
    ],
)
@pytest.mark.parametrize("title", ["", "<title>青禾县人民政府门户网站</title>"])
def test_a_list_of_other_offices_reports_above_the_heading_is_not_the_title(
    entry: str, title: str
) -> None:
    """A box listing the latest reports of other offices of the same year, above the
    page's heading (a left column comes first in the page): the first entry was the
    title, and its office the organ (or, with a bullet or a bracketed date before it,
    the title kept the mark and the organ was None), with no finding."""
    items = "".join(entry.format(other) for other in _OTHERS)
    top = f'<div class="left"><h3>年度报告</h3><ul>{items}</ul></div><h1>{_OWN}</h1>'
    report = gr.parse(_page(top, head=title))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


def test_a_table_of_other_offices_reports_above_the_heading_is_not_the_title() -> None:
    rows = "".join(f'<tr><td><a href="#">{o}</a></td><td>2024-01-18</td></tr>' for o in _OTHERS)
    report = gr.parse(_page(f'<table class="list">{rows}</table><h1>{_OWN}</h1>'))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


def test_the_pages_own_title_decides_between_offices() -> None:
    # the list stands after the heading here: the page's <title> names the report
    items = "".join(f'<li><a href="#">{o}</a><span>2024-01-18</span></li>' for o in _OTHERS)
    page = _page(f"<h1>{_OWN}</h1><ul>{items}</ul>", head=f"<title>{_OWN}_青禾县人民政府</title>")
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


def test_one_office_named_in_short_and_in_full_is_one_office() -> None:
    # the <title> names the office without its county, the heading in full: the same
    # body, so the first title is read (and the organ in its longer form, from the
    # issuer line)
    page = _page(
        f"<h1>{_OWN}</h1><p>发布机构：青禾县某某局</p>",
        head="<title>某某局2023年政府信息公开工作年度报告</title>",
    )
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (
        "某某局2023年政府信息公开工作年度报告",
        "青禾县某某局",
        2023,
    )


# --- the title in the page's table of details (索引号, 发布机构, 名称 …) -------------------


_SITE_TITLE = "<title>青禾县人民政府门户网站</title>"


@pytest.mark.parametrize(
    "details",
    [
        # the label in a cell of its own, the title in the next one
        "<tr><td>索引号：</td><td>11350128-2024-00012</td><td>发布机构：</td>"
        "<td>青禾县某某局</td></tr><tr><td>名称：</td><td colspan=3>{title}</td></tr>"
        "<tr><td>发布日期：</td><td>2024-01-20</td><td>文号：</td><td></td></tr>",
        "<tr><td>标题</td><td>{title}</td></tr><tr><td>发布机构</td><td>青禾县某某局</td></tr>",
        # label and title in one cell
        "<tr><td>索引号：11350128-2024-00012</td><td>发布机构：青禾县某某局</td></tr>"
        "<tr><td colspan=2>信息名称：{title}</td></tr>",
    ],
)
def test_a_title_in_the_pages_table_of_details_is_read(details: str) -> None:
    """A page whose only title is in its table of details (the ``<title>`` names the
    site, the heading is drawn by a script): the title and year were None (only a
    row's first cell was read for a title; a title after 名称： was not one), with no
    finding; the organ came from the 发布机构 cell."""
    top = f'<table class="xxgk">{details.format(title=_OWN)}</table>'
    report = gr.parse(_page(top, head=_SITE_TITLE))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


def test_the_details_title_of_another_office_names_the_report() -> None:
    # 发布机构 is the portal's office; the title names the reporting body
    details = (
        "<tr><td>发布机构：</td><td>青禾县人民政府办公室</td></tr>"
        f"<tr><td>标题：</td><td>{_OWN}</td></tr>"
    )
    report = gr.parse(_page(f"<table>{details}</table>", head=_SITE_TITLE))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


def test_a_name_label_starting_prose_is_read_as_prose() -> None:
    # 名称 without a colon before words: a sentence, not a label; nothing is cut from it
    top = f"<h1>{_OWN}</h1><p>名称为青禾县某某局的单位，2023年度政府信息公开工作如下。</p>"
    report = gr.parse(_page(top))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


# --- a title only in <meta name="ArticleTitle">, or printed as a link -------------------

_OTHER = "青禾县教育局2023年政府信息公开工作年度报告"


@pytest.mark.parametrize("site_title", ["<title>青禾县人民政府门户网站</title>", ""])
def test_the_article_title_meta_gives_the_title_when_the_page_title_is_the_sites(
    site_title: str,
) -> None:
    """With a ``<title>`` naming only the site (or none) and the heading written by a
    script, title and organ were None with no finding: ``<meta name="ArticleTitle">``,
    which government sites' article pages carry, was not read."""
    head = f'<meta name="ArticleTitle" content="{_OWN}">{site_title}'
    top = '<div class="title"><script>document.write(articleTitle)</script></div>'
    report = gr.parse(_page(top, head=head))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


def test_a_page_title_naming_the_report_comes_before_the_article_title_meta() -> None:
    head = f'<meta name="ArticleTitle" content="{_OTHER}"><title>{_OWN}_青禾县人民政府</title>'
    report = gr.parse(_page("<div></div>", head=head))
    assert (report.title, report.organ) == (_OWN, "青禾县某某局")


@pytest.mark.parametrize(
    "top",
    [
        f'<div class="title"><a href="./t_1.html">{_OWN}</a></div>',
        f'<p align="center"><a href="./t_1.html"><b>{_OWN}</b></a></p>',
        f'<table width="100%"><tr><td class="bt"><a href="#">{_OWN}</a></td></tr></table>',
    ],
)
def test_a_title_printed_as_a_link_is_read(top: str) -> None:
    """A page whose title is a link in a ``<div>``, ``<p>`` or layout cell lost its title
    and organ with no finding: blocks made only of links are not read as text."""
    report = gr.parse(_page(top, head=_SITE_TITLE))
    assert (report.title, report.organ, report.year) == (_OWN, "青禾县某某局", 2023)


def test_links_to_several_reports_give_no_title() -> None:
    """Two blocks of links naming reports are a list of reports: neither is the title."""
    top = f'<p><a href="./a.html">{_OTHER}</a></p><p><a href="./b.html">{_OWN}</a></p>'
    report = gr.parse(_page(top, head=_SITE_TITLE))
    assert report.title is None

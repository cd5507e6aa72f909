"""Misreadings of web pages found by a fourth HTML hunt (fictional pages: the bundled
sample report rendered as a web page, wrapped in page markup).

Each test failed before its fix (guards, which passed before too, say so); the
docstrings say what used to be read.
"""

from __future__ import annotations

import html

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

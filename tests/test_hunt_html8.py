"""Misreadings of web pages found by an eighth HTML hunt (fictional pages: the bundled
sample as reports of 青禾县 bodies, rendered as web pages and reshaped the way government
sites publish them).

Each test failed before its fix (guards, which passed before too, say so); the
docstrings say what used to be read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_TITLE = "2022年政府信息公开工作年度报告"


def _page(head: str = "", body: str = "") -> str:
    """The sample rendered as a page whose title names no organ, ``head`` added to its
    ``<head>`` and ``body`` printed before its title."""
    data = gr.to_dict(gr.parse(gr.sample_text()))
    data.update(title=_TITLE, organ=None, year=2022)
    page = gr.render(gr.from_dict(data), "html")
    return page.replace("<head>", "<head>" + head).replace("<body>", "<body>" + body)


def _organ(page: str) -> str | None:
    return gr.parse(page).organ


# --- the publisher named only in the page's <meta name="ContentSource"> -------------------


def test_the_publisher_in_a_sites_content_source_meta_is_the_organ() -> None:
    """Government sites' article pages carry the publishing body in ``<meta
    name="ContentSource">`` (信息来源), where the page's text may name no organ (a
    department's report titled only 2022年…报告). The organ was None."""
    page = _page('<meta name="ContentSource" content="青禾县司法局"/>')
    assert _organ(page) == "青禾县司法局"
    # names are case-blind, as in HTML; white space around the name is not the name's
    page = _page('<META NAME="contentsource" CONTENT=" 青禾县司法局 ">')
    assert _organ(page) == "青禾县司法局"


def test_a_content_source_naming_no_organ_gives_none() -> None:
    """(Guard.) A ContentSource left empty or naming the site (本网, …门户网站) is not an
    organ: the organ stays None."""
    for source in ("", "本网", "青禾县人民政府门户网站", "管理员"):
        page = _page(f'<meta name="ContentSource" content="{source}"/>')
        assert _organ(page) is None, source


def test_the_pages_text_goes_before_the_content_source() -> None:
    """(Guard.) An issuer printed on the page (来源：…) and an organ named by the title
    are read before the meta, which sites sometimes fill with the site's office."""
    meta = '<meta name="ContentSource" content="青禾县人民政府办公室"/>'
    assert _organ(_page(meta, "<p>来源：青禾县教育局</p>")) == "青禾县教育局"
    page = _page(meta).replace(_TITLE, "青禾县教育局" + _TITLE)
    assert _organ(page) == "青禾县教育局"


# --- a page holding the report only as an attachment -----------------------------------


_ATTACHED = (
    "<html><head><title>青禾县司法局2022年政府信息公开工作年度报告</title></head><body>"
    "<h1>青禾县司法局2022年政府信息公开工作年度报告</h1>"
    '<p>附件：<a href="/u/2023/0131/{name}">青禾县司法局2022年年度报告</a></p>'
    "</body></html>"
)


@pytest.mark.parametrize("name", ["P020230131.pdf", "年报.DOCX", "b.xls?id=3", "c.ofd"])
def test_a_page_linking_its_report_as_a_document_says_so(name: str) -> None:
    """A page whose report is only an attached document raised ParseError naming the
    readers' scores only: the error now names the document linked, where the report
    may be."""
    with pytest.raises(gr.ParseError, match="links to 1 document") as raised:
        gr.parse(_ATTACHED.format(name=name))
    assert name.split("?")[0] in str(raised.value)


def test_a_page_with_no_table_and_no_document_says_only_that() -> None:
    """(Guard.) Links to other pages are not documents."""
    page = _ATTACHED.format(name="index.html")
    with pytest.raises(gr.ParseError) as raised:
        gr.parse(page)
    assert "document" not in str(raised.value)

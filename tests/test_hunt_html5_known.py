"""Known misreadings found by the fifth HTML page hunt, not fixed yet: each test is a
strict xfail that passes once the cause is fixed. Every page here is fictional (the
bundled sample report, rendered as a web page)."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_PREAMBLE = "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。"
_FOOTER = "主办单位：青禾县人民政府办公室　地址：青禾县人民路1号　"


@pytest.mark.xfail(
    strict=True,
    reason="source: bytes that are neither UTF-8 nor GB18030 with few damaged sequences "
    "are decoded as chardet guesses, with no check that the guess gives Chinese text",
)
def test_a_utf8_page_with_a_gbk_footer_is_read_as_utf8() -> None:
    """A UTF-8 page (its ``<meta charset>`` says so) whose footer was included in GBK
    (a server-side include saved in another encoding): about 150 characters of GBK are
    more damaged UTF-8 sequences than the 1 in 200 non-ASCII bytes the decoder accepts,
    so chardet's guess is taken, a single-byte code page (``cp875``): no Chinese text is
    left and ``parse()`` raises ``ParseError`` (no statutory table found)."""
    page = gr.render(gr.parse(gr.sample_text()), "html")
    page = page.replace("</h1>", f"</h1><p>{_PREAMBLE * 40}</p>", 1)
    footer = f'<div class="footer"><p>{_FOOTER * 5}</p></div>'.encode("gbk")
    data = page.encode("utf-8").replace(b"</body>", footer + b"</body>")
    report = gr.parse(data)
    assert report.title == "青禾县人民政府2023年政府信息公开工作年度报告"
    assert gr.to_dict(report)["requests"] == gr.to_dict(gr.parse(gr.sample_text()))["requests"]

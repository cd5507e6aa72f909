"""Misreadings of web pages found by a seventh HTML hunt (fictional pages: reports of
松溪县林业局 and 白石镇人民政府 rendered as web pages, then reshaped the way content
systems, editors and sites publish them).

Each test failed before its fix (guards, which passed before too, say so); the
docstrings say what used to be read.
"""

from __future__ import annotations

import re

import pytest

import govinfo_reports as gr

_TITLE = "松溪县林业局2022年政府信息公开工作年度报告"
_ORGAN = "松溪县林业局"


def _report() -> gr.Report:
    """The bundled sample as the fictional 松溪县林业局's report for 2022."""
    data = gr.to_dict(gr.parse(gr.sample_text()))
    data.update(title=_TITLE, organ=_ORGAN, year=2022)
    return gr.from_dict(data)


_REPORT = _report()
_PAGE = gr.render(_REPORT, "html")


def _meta(report: gr.Report) -> tuple[str | None, str | None, int | None]:
    return report.title, report.organ, report.year


# --- an interpretation (解读) of the report printed before it ---------------------------


@pytest.mark.parametrize(
    "page",
    [
        # the page's <title> is the interpretation's, the heading the report's
        _PAGE.replace("<head>", f"<head><title>一图读懂{_TITLE}_松溪县人民政府</title>"),
        # an illustrated interpretation above the report on its page
        _PAGE.replace("<body>", f"<body><h2>一图读懂{_TITLE}</h2><p><img src='1.png'></p>"),
        _PAGE.replace("<body>", f"<body><h2>图解 | {_TITLE}</h2><p><img src='1.png'></p>"),
        _PAGE.replace("<body>", f"<body><p><b>一图看懂：{_TITLE}</b></p>").replace(
            f"<h1>{_TITLE}</h1>", ""
        ),
    ],
)
def test_an_interpretations_title_before_the_report_names_the_report(page: str) -> None:
    """A 解读 printed before the report (一图读懂…报告, 图解 | …报告) gave its title and
    an organ with the interpretation's words in front (一图读懂松溪县林业局), with no
    finding. The words introducing an interpretation are not part of the title."""
    assert _meta(gr.parse(page)) == (_TITLE, _ORGAN, 2022)

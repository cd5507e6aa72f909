"""The HTML reader: span expansion, split tables, blanks, page chrome, hostile input.

Fixtures in ``tests/fixtures/html/`` are fictional pages: ``word_2021_split.html`` is
Word-exported markup (template 2021, table 三 split over two <table>s at a page break,
headers over three rows, group labels spanning rows, blank 总计 cells, spacer rows);
``portal_2019.html`` is a whole portal page (template 2019: scripts, navigation, a
sidebar linking last year's report, two unrelated tables before the report, a layout
table around it, a spacer column in table 四, a footer).
"""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
import textwrap
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr
from govinfo_reports.metadata import read_metadata
from govinfo_reports.readers.base import SNIFF_PREFIX
from govinfo_reports.readers.html import (
    LIMIT_CODE,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_SPAN,
    MERGED_CODE,
    HtmlReader,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"
REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVINFO_SHARED", REPO_ROOT.parent / "shared"))
PINGTAN = SHARED / "real" / "pingtan-2019-html" / "input.html"

READER = HtmlReader()


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def table_rows(html: str) -> list[list[str]]:
    """The aligned (table) rows the reader emits, as cell texts."""
    return [[c.text for c in r.cells] for r in READER.read(html).grid.rows if r.aligned]


def text_rows(html: str) -> list[str]:
    return [r.cells[0].text for r in READER.read(html).grid.rows if not r.aligned]


def codes(findings: Any) -> list[str]:
    return [f.code for f in findings]


def counts(*values: int | None) -> dict[str, int | None]:
    keys = (
        "natural_person",
        "commercial_enterprise",
        "research_institution",
        "social_welfare_organization",
        "legal_service_agency",
        "other",
        "total",
    )
    return dict(zip(keys, values, strict=True))


ZERO = counts(0, 0, 0, 0, 0, 0, 0)


def review(*values: int) -> dict[str, dict[str, int]]:
    """The 15 cells of table 四 in published order, as the canonical dict."""
    keys = ("upheld", "corrected", "other", "pending", "total")
    groups = ("administrative_review", "litigation_direct", "litigation_after_review")
    return {
        group: dict(zip(keys, values[5 * i : 5 * i + 5], strict=True))
        for i, group in enumerate(groups)
    }


# --- whole pages ------------------------------------------------------------------------


def test_word_export_with_split_table() -> None:
    report = gr.parse(fixture("word_2021_split.html"))
    assert report.source.reader == "html"
    assert (report.title, report.organ, report.year, report.template) == (
        "云岫县农业农村局2021年政府信息公开工作年度报告",
        "云岫县农业农村局",
        2021,
        "2021",
    )
    assert report.findings == ()
    data = gr.to_dict(report)
    assert data["active_disclosure"] == {
        "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
        "normative_documents": {"issued": 3, "repealed": 1, "in_force": 12},
        "administrative_licensing": {"decisions": 156},
        "administrative_penalty": {"decisions": 27},
        "administrative_enforcement": {"decisions": None},  # printed blank, not 0
        "administrative_fees": {"amount": {"value": "4.25", "unit": "万元"}},
    }
    withheld_zero = counts(0, 0, 0, 0, 0, 0, None)  # 总计 printed blank on these rows
    assert data["requests"] == {
        "new_received": counts(10, 2, 0, 0, 1, 0, 13),
        "carried_over": counts(1, 0, 0, 0, 0, 0, 1),
        "results": {
            "granted": counts(5, 1, 0, 0, 0, 0, 6),
            "partially_granted": counts(1, 0, 0, 0, 0, 0, 1),
            "withheld": {
                "state_secret": withheld_zero,
                "prohibited_by_law": withheld_zero,
                "safety_stability": withheld_zero,
                "third_party_rights": counts(1, 0, 0, 0, 0, 0, None),
                "internal_affairs": withheld_zero,
                "process_information": withheld_zero,
                "law_enforcement_files": withheld_zero,
                "administrative_inquiry": withheld_zero,
            },
            "unavailable": {
                "not_held": counts(2, 0, 0, 0, 1, 0, 3),
                # these two rows are in the second <table>, after the page break
                "needs_creation": ZERO,
                "still_unclear": counts(1, 0, 0, 0, 0, 0, 1),
            },
            "not_processed": {
                "petition_complaint": ZERO,
                "repeated_request": counts(1, 0, 0, 0, 0, 0, 1),
                "publications": ZERO,
                "excessive_requests": ZERO,
                "confirmation_request": ZERO,
            },
            "other": {
                "overdue_correction": ZERO,
                "unpaid_fee": ZERO,
                "other": counts(None, None, None, None, None, None, None),
            },
            "total": counts(11, 1, 0, 0, 1, 0, 13),
        },
        "carried_forward": counts(0, 1, 0, 0, 0, 0, 1),
    }
    assert data["review_litigation"] == review(2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0)
    # blank operands are reported as not assessable, never summed as 0
    assert {f.code for f in gr.validate(report)} == {"not_assessable"}


def test_word_export_rows() -> None:
    rows = table_rows(fixture("word_2021_split.html"))
    # a group label spanning rows is repeated in each row it covers
    withheld = [r for r in rows if len(r) > 2 and r[1] == "（三）不予公开"]
    assert [r[2] for r in withheld][:2] == ["1.属于国家秘密", "2.其他法律行政法规禁止公开"]
    assert len(withheld) == 8 and all(r[0] == "三、本年度办理结果" for r in withheld)
    # a colspan'd value is one value: 行政许可 | 156 (colspan=3)
    assert ["行政许可", "156"] in rows
    # numbers split over two <span>s and padded with &nbsp; read whole
    assert ["行政规范性文件", "3", "1", "12"] in rows
    # Word's spacer rows (height=0, empty cells) and the empty separator row are gone
    assert all(any(cell for cell in row) for row in rows)
    # the full-width space inside a label is a plain space (labels normalise it away)
    assert any("（一）予以 公开" in row for row in rows)
    # hidden (display:none) text is not read
    assert not any("隐藏的修订痕迹" in t for t in text_rows(fixture("word_2021_split.html")))


def test_portal_page() -> None:
    report = gr.parse(fixture("portal_2019.html"))
    # <title> carries the site name after "-"; the sidebar links last year's report
    assert (report.title, report.organ, report.year, report.template) == (
        "鹤川市市场监督管理局2019年政府信息公开工作年度报告",
        "鹤川市市场监督管理局",
        2019,
        "2019",
    )
    assert report.findings == ()
    data = gr.to_dict(report)
    assert data["active_disclosure"] == {
        "regulations": {"new_made": 0, "new_published": 0, "total_published": 0},
        "normative_documents": {"new_made": 2, "new_published": 2, "total_published": 15},
        "administrative_licensing": {"previous_count": 38, "change": -2, "decisions": 1204},
        "other_administrative_services": {"previous_count": 5, "change": 0, "decisions": 60},
        "administrative_penalty": {"previous_count": 412, "change": 6, "decisions": 388},
        "administrative_enforcement": {"previous_count": 12, "change": 0, "decisions": 9},
        "administrative_fees": {"previous_count": 3, "change": 0},
        "centralized_procurement": {"projects": 14, "amount": {"value": "326.58", "unit": "万元"}},
    }
    requests = data["requests"]
    assert requests["new_received"] == counts(6, 1, 0, 0, 0, 0, 7)
    assert requests["results"]["unavailable"]["not_held"] == counts(2, 1, 0, 0, 0, 0, 3)
    assert requests["results"]["other"] == ZERO
    assert requests["results"]["total"] == counts(6, 1, 0, 0, 0, 0, 7)
    assert requests["carried_forward"] == ZERO
    # the spacer column between 行政复议 and 行政诉讼 does not shift the 15 values
    assert data["review_litigation"] == review(1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0)
    assert gr.validate(report) == []


def test_portal_chrome_is_not_read() -> None:
    page = fixture("portal_2019.html")
    texts = text_rows(page)
    everything = " ".join(texts + [c for row in table_rows(page) for c in row])
    assert "siteId" not in everything and "border:" not in everything  # script, style
    assert "互动交流" not in everything  # navigation list
    assert "分享到" not in everything  # share widget
    assert "主办单位" not in everything  # footer
    # the sidebar of links to other reports is dropped; the article's title is kept
    assert not any("2018年" in t for t in texts[:-1])
    assert texts[0] == "鹤川市市场监督管理局2019年政府信息公开工作年度报告"  # from <title>
    # the two unrelated tables before the report are still rows (found by content later)
    assert ["日期", "最新动态"] in table_rows(page)


def test_two_reports_on_one_page_reads_the_first() -> None:
    article = fixture("portal_2019.html").split('<div class="content">', 1)[1]
    article = article.split('<div class="related">', 1)[0]
    second = article.replace(">412<", ">77<").replace(">1204<", ">9999<")
    page = f"<html><body><h1>甲</h1>{article}<h1>乙</h1>{second}</body></html>"
    report = gr.parse(page)
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_penalty.previous_count == 412
    assert report.active_disclosure.administrative_licensing.decisions == 1204


@pytest.mark.skipif(not PINGTAN.is_file(), reason=f"real case not found at {PINGTAN}")
def test_real_page_title_without_site_name() -> None:
    report = gr.parse(PINGTAN)
    assert report.title == "平潭综合实验区2019年度政府信息公开工作年度报告"
    assert report.source.encoding == "utf-8"


@pytest.mark.skipif(not PINGTAN.is_file(), reason=f"real case not found at {PINGTAN}")
def test_real_page_title_with_the_site_name_after_a_space() -> None:
    # the page's own <title> with its site name glued on by a space instead of "_…_"
    # (as other sites print it): the <title> row now gives the title, read as the
    # body's title is
    page = PINGTAN.read_text(encoding="utf-8")
    title = re.search(r"<title>([^<]*)</title>", page)
    assert title is not None
    report_title, *_, site = title.group(1).split("_")
    glued = page.replace(title.group(0), f"<title>{report_title} {site}</title>")
    expected = json.loads((PINGTAN.parent / "expected.json").read_text(encoding="utf-8"))
    report = gr.parse(glued)
    assert report.title == report_title
    assert (report.organ, report.year) == (expected["organ"], expected["year"])
    rows = READER.read(glued).grid.rows
    found = read_metadata(rows, len(rows))
    assert found.title_line == 1 + page.count("\n", 0, title.start())  # not the body's


# --- grids ------------------------------------------------------------------------------


def test_colspan_once_rowspan_repeated() -> None:
    page = """<table>
    <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td></tr>
    <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>2</td></tr>
    <tr><td>2.其他法律行政法规禁止公开</td><td>3</td></tr>
    <tr><td colspan="3">四、结转下年度继续办理</td><td>4</td></tr>
    </table>"""
    rows = READER.read(page).grid.rows
    assert all(r.aligned for r in rows)
    assert [[(c.text, c.column) for c in r.cells] for r in rows] == [
        [("三、本年度办理结果", 0), ("（一）予以公开", 1), ("1", 3)],
        [("三、本年度办理结果", 0), ("（三）不予公开", 1), ("1.属于国家秘密", 2), ("2", 3)],
        [
            ("三、本年度办理结果", 0),
            ("（三）不予公开", 1),
            ("2.其他法律行政法规禁止公开", 2),
            ("3", 3),
        ],
        [("四、结转下年度继续办理", 0), ("4", 3)],
    ]
    assert [r.cells[0].line for r in rows] == [2, 2, 2, 5]  # the <td>'s own line


def test_number_spanning_rows_is_not_copied() -> None:
    page = """<table>
    <tr><td>行政处罚</td><td rowspan="2">7</td></tr>
    <tr><td>行政强制</td></tr>
    </table>"""
    result = READER.read(page)
    assert [[c.text for c in r.cells] for r in result.grid.rows] == [
        ["行政处罚", "7"],
        ["行政强制", ""],
    ]
    assert codes(result.findings) == [MERGED_CODE]
    assert result.findings[0].severity == "info" and "'7'" in result.findings[0].message


def test_spacer_columns_and_rows_dropped() -> None:
    page = """<table>
    <tr><td>名称</td><td>甲</td><td class="gap"></td><td>乙</td></tr>
    <tr><td>&nbsp;</td><td>　</td><td></td><td><span> </span></td></tr>
    <tr><td>规章</td><td>1</td><td></td><td></td></tr>
    </table>"""
    rows = READER.read(page).grid.rows
    assert [[(c.text, c.column) for c in r.cells] for r in rows] == [
        [("名称", 0), ("甲", 1), ("乙", 2)],
        [("规章", 0), ("1", 1), ("", 2)],  # a blank under a header stays a blank
    ]


def test_blank_column_of_a_continuation_table_is_kept() -> None:
    """A table split at a page break: the continuation has no header, and its 总计
    column is blank in every row. It is a blank column, not a spacer."""
    first = (
        "<table><tr><td>项目</td><td>自然人</td><td>总计</td></tr>"
        "<tr><td>一、本年新收</td><td>3</td><td>3</td></tr></table>"
    )
    second = "<table><tr><td>二、上年结转</td><td>1</td><td></td></tr></table>"
    page = f"{first}<p style='page-break-before:always'>&nbsp;</p>{second}"
    assert table_rows(page)[-1] == ["二、上年结转", "1", ""]
    alone = table_rows(second)  # a table on its own: the empty column is a spacer
    assert alone == [["二、上年结转", "1"]]


def test_cell_text() -> None:
    page = (
        "<table><tr>"
        "<td><p class=MsoNormal><span>（一）</span><span>予以</span>\u3000公开<o:p></o:p></p></td>"
        "<td><p><b>1</b><b>2</b></p></td>"
        "<td>&nbsp;3&nbsp;</td>"
        "<td>四<br>行</td>"
        "<td>\u200b5\ufeff</td>"
        "<td><p>上</p><p>下</p></td>"
        "</tr></table>"
    )
    assert table_rows(page) == [["（一）予以 公开", "12", "3", "四 行", "5", "上 下"]]


def test_cell_text_skips_scripts_and_controls_inside() -> None:
    page = (
        "<table><tr><td>规章<p>一</p><p>二</p></td><td>1<br>2</td></tr>"
        "<tr><td><span>a</span><script>x</script>b</td>"
        "<td><select><option>o</option></select>3</td></tr></table>"
    )
    assert table_rows(page) == [["规章 一 二", "1 2"], ["ab", "3"]]


def test_hidden_markup() -> None:
    page = (
        "<p>前文<span style='display:none'>藏<div>也藏</div></span></p><p>下一段</p>"
        "<table><tr><td>规章</td><td>1</td></tr>"
        "<tr style='display:none'><td>规范性文件</td><td>2</td></tr></table>"
    )
    assert text_rows(page) == ["前文", "下一段"]
    # a row hidden in a shown table is not laid out by browsers: not read (reported)
    assert table_rows(page) == [["规章", "1"]]


def test_layout_table_is_transparent() -> None:
    page = """<table class="layout"><tr>
    <td><a href="/a">首页</a></td>
    <td><h1>某某局2020年政府信息公开工作年度报告</h1><p>正文第一段。</p>
      <table><tr><td>规章</td><td>1</td></tr><tr><td>规范性文件</td><td>2</td></tr></table>
      <p>正文第二段。</p></td>
    </tr></table>"""
    rows = READER.read(page).grid.rows
    assert [([c.text for c in r.cells], r.aligned) for r in rows] == [
        (["某某局2020年政府信息公开工作年度报告"], False),
        (["正文第一段。"], False),
        (["规章", "1"], True),
        (["规范性文件", "2"], True),
        (["正文第二段。"], False),
    ]


def test_single_column_table_is_text() -> None:
    page = "<table><tr><td><p>标题</p><p>第一段</p></td></tr><tr><td>第二段</td></tr></table>"
    assert [r.aligned for r in READER.read(page).grid.rows] == [False, False, False]
    assert text_rows(page) == ["标题", "第一段", "第二段"]


def test_text_blocks_and_chrome() -> None:
    page = """<html><head><title>甲局2021年政府信息公开工作年度报告_乙网站</title>
    <style>p { color: red }</style><script>var x = "<p>脚本</p>";</script></head>
    <body>
    <nav><p>导航文字</p><table><tr><td>规章</td><td>5</td></tr></table></nav>
    <div class="breadcrumb">首页 &gt; 年报</div>
    <ul><li><a href="/1">链接一</a></li><li><a href="/2">链接二</a></li></ul>
    <h2><a href="/r">标题链接</a></h2>
    <div style="display: none">隐藏</div><div hidden>也隐藏</div>
    <p>第一行<br>第二行</p>
    <div>块<div>内块</div>尾</div>
    <noscript>请启用脚本</noscript>
    <table><caption>表的标题</caption><tr><td>甲</td><td>乙</td></tr></table>
    </body></html>"""
    result = READER.read(page)
    texts = [r.cells[0].text for r in result.grid.rows if not r.aligned]
    assert texts == [
        "甲局2021年政府信息公开工作年度报告",
        "标题链接",
        "第一行",
        "第二行",
        "块",
        "内块",
        "尾",
        "表的标题",
    ]
    assert result.title_hint == "甲局2021年政府信息公开工作年度报告"
    # a table inside muted chrome is still read: tables are found by content
    assert [[c.text for c in r.cells] for r in result.grid.rows if r.aligned] == [
        ["规章", "5"],
        ["甲", "乙"],
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("某局2021年政府信息公开工作年度报告 - 某市人民政府", "某局2021年政府信息公开工作年度报告"),
        ("首页|某局2021年政务公开工作年度报告", "某局2021年政务公开工作年度报告"),
        ("某市人民政府门户网站", "某市人民政府门户网站"),
    ],
)
def test_page_title(title: str, expected: str) -> None:
    result = READER.read(f"<html><head><title>{title}</title></head><body><p>x</p></body></html>")
    assert result.grid.rows[0].cells[0].text == expected == result.title_hint


def test_malformed_markup() -> None:
    assert table_rows("<table><td>规章<td>1<tr><td>规范性文件<td>2</table>") == [
        ["规章", "1"],
        ["规范性文件", "2"],
    ]
    assert table_rows("<table><tr><td>规章</td><td>1\x00</td></tr></table>") == [["规章", "1"]]
    for empty in ("", "   ", "<!-- 只有注释 -->", "<html></html>"):
        assert READER.read(empty).grid.rows == ()


def test_declared_charset_in_text_is_ignored() -> None:
    """A str is already decoded: neither <meta charset> nor an XML declaration re-decodes it."""
    for head in ('<meta charset="gbk">', '<?xml version="1.0" encoding="gb2312"?>'):
        page = f"{head}<html><body><table><tr><td>规章</td><td>１</td></tr></table></body></html>"
        assert table_rows(page) == [["规章", "１"]]


def test_sniff() -> None:
    assert READER.sniff("<table><tr><td>1</td></tr></table>") == 1.0
    # a text starting as a page's source is one; a page's tags after other text, 0.9
    assert READER.sniff("<!DOCTYPE html><html><body><p>x</p></body></html>") == 1.0
    assert READER.sniff("\n <html><body><p>x</p></body></html>") == 1.0
    assert READER.sniff("正文\n<html><body><p>x</p></body></html>") == 0.9
    assert READER.sniff("<p>一</p><p>二</p><br>") == 0.6
    assert READER.sniff("规章\t1\t2\t3\n规范性文件\t4\t5\t6") == 0.0
    # only a bounded prefix is looked at, so a huge input costs no more than a small one
    late = "文" * SNIFF_PREFIX + "<table>"
    assert READER.sniff(late) == 0.0
    huge = "文" * 50_000_000
    started = time.process_time()
    assert READER.sniff(huge) == 0.0
    assert time.process_time() - started < 0.1


# --- encodings through parse() ------------------------------------------------------------


def test_gbk_page_with_right_meta() -> None:
    page = fixture("word_2021_split.html")  # declares charset=gb2312, as Word does
    report = gr.parse(page.encode("gbk"))
    assert (report.source.encoding, report.source.encoding_method) == ("gb18030", "declared")
    assert gr.to_dict(report) == gr.to_dict(gr.parse(page))


def test_utf8_page_with_wrong_meta(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_bytes(fixture("word_2021_split.html").encode("utf-8"))  # still says gb2312
    report = gr.parse(path)
    assert (report.source.encoding, report.source.encoding_method) == ("utf-8", "utf-8")
    assert report.organ == "云岫县农业农村局"
    assert report.source.path == str(path)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "gb18030"])
def test_page_in_other_encodings(codec: str) -> None:
    page = fixture("portal_2019.html").replace("鹤川市", "䶮川市")  # 䶮: not in GBK
    report = gr.parse(page.encode(codec))
    assert report.organ == "䶮川市市场监督管理局"
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_penalty.decisions == 388


# --- hostile input ----------------------------------------------------------------------

REPORT_TABLE = (
    "<p>二、主动公开政府信息情况</p><table><tr><td>第二十条第（一）项</td><td>x</td></tr></table>"
)


def _deep_divs() -> str:
    return "<div>" * 60_000 + "x" + "</div>" * 60_000 + REPORT_TABLE


def _unclosed_inline() -> str:
    return "<div><font><span>" * 30_000 + REPORT_TABLE


def _deep_tables() -> str:
    return "<table><tr><td>" * 30_000 + "x"


def _huge_spans() -> str:
    cells = '<td colspan="100000" rowspan="100000">x</td>' * 2_000
    return f"<table><tr>{cells}</tr><tr><td>y</td></tr></table>{REPORT_TABLE}"


def _span_explosion() -> str:
    first = '<tr><td colspan="500" rowspan="1000">x</td><td>y</td></tr>'
    return f"<table>{first}{'<tr><td>a</td><td>1</td></tr>' * 5_000}</table>{REPORT_TABLE}"


def _many_empty_cells() -> str:
    return "<table><tr>" + "<td></td>" * 260_000 + "</tr></table>"


def _unterminated_tags() -> str:
    return "<b " * 1_000_000


def _billion_laughs() -> str:
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    return f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body><p>&a9;</p></body></html>'


def _external_entity() -> str:
    return (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<html><body><p>&xxe;</p><img src="http://example.invalid/x.png"></body></html>'
    )


HOSTILE: dict[str, tuple[Callable[[], str], list[str]]] = {
    "deep_divs": (_deep_divs, [LIMIT_CODE]),
    "unclosed_inline": (_unclosed_inline, [LIMIT_CODE]),
    "deep_tables": (_deep_tables, [LIMIT_CODE, LIMIT_CODE]),
    "huge_spans": (_huge_spans, [LIMIT_CODE, LIMIT_CODE]),
    "span_explosion": (_span_explosion, [LIMIT_CODE]),
    "many_empty_cells": (_many_empty_cells, [LIMIT_CODE, LIMIT_CODE]),
    "unterminated_tags": (_unterminated_tags, [LIMIT_CODE]),
    "billion_laughs": (_billion_laughs, []),
    "external_entity": (_external_entity, []),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_bounded(name: str) -> None:
    make_page, expected_codes = HOSTILE[name]
    page = make_page()
    # Time and memory are measured in two reads: tracing every allocation makes a read
    # several times slower, and the process's CPU time, unlike the wall clock, does not
    # count what other processes on a busy machine take (the bound is for work that
    # grows faster than the input: far above the ~0.3 s the largest case takes).
    started = time.process_time()
    READER.read(page)
    elapsed = time.process_time() - started
    tracemalloc.start()
    try:
        result = READER.read(page)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < 5.0, f"{name}: {elapsed:.2f} s of CPU time"
    assert peak < 200 * 2**20, f"{name}: {peak / 2**20:.0f} MB of Python objects"
    assert codes(result.findings) == expected_codes
    cells = [c.text for r in result.grid.rows for c in r.cells]
    assert sum(len(r.cells) for r in result.grid.rows) <= MAX_CELLS + MAX_COLUMNS
    if name in ("deep_divs", "unclosed_inline", "huge_spans", "span_explosion"):
        assert "第二十条第（一）项" in cells  # the report after the hostile part is read
    if name == "huge_spans":
        assert f"{MAX_SPAN}" in result.findings[0].message
        assert f"{MAX_COLUMNS}" in result.findings[1].message
    if name == "billion_laughs":
        assert max(map(len, cells)) < 20  # the entity is not expanded
    if name == "external_entity":
        assert not any("root:" in c for c in cells)  # no file was read


def test_hostile_input_is_bounded_in_process_memory() -> None:
    """lxml's own memory is not seen by tracemalloc: run every case in a child process
    whose address space is capped, and check its peak resident size."""
    resource = pytest.importorskip("resource")
    script = textwrap.dedent(
        """
        import resource, sys, time
        sys.path.insert(0, sys.argv[1])
        import test_html
        resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))
        for name, (make_page, _) in test_html.HOSTILE.items():
            test_html.READER.read(make_page())
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        """
    )
    assert resource is not None
    done = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    peak_kib = int(done.stdout.split()[-1])
    assert peak_kib < 600 * 1024, f"peak resident size {peak_kib / 1024:.0f} MB"


def test_parse_time_is_linear_in_page_size() -> None:
    article = fixture("portal_2019.html")
    head, rest = article.split('<div class="article">', 1)
    news = (
        '<div class="news"><p>市场监管局开展节前检查，<span>检查</span>经营户<b>12</b>家。</p>'
        "<table><tr><td>日期</td><td>事项</td></tr>"
        '<tr><td>2020-01-14</td><td rowspan="2">检查</td></tr><tr><td>2020-01-15</td></tr>'
        "</table></div>\n"
    )

    def cost(copies: int) -> float:
        page = head + news * copies + '<div class="article">' + rest
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            READER.read(page)
            best = min(best, time.process_time() - started)
        return best

    # The collector's full passes cost in proportion to everything the test session
    # keeps alive, not to the page: measure the reader's own work.
    gc.collect()
    gc.disable()
    try:
        small, large = cost(400), cost(1600)
    finally:
        gc.enable()
    assert large < 6 * small, f"4x the page took {large / small:.1f}x the time"


def test_heading_inside_a_table_keeps_it_a_data_table() -> None:
    page = (
        "<table><tr><td colspan='2'><h3>第二十条第（一）项</h3></td></tr>"
        "<tr><td>规章</td><td></td></tr></table>"
    )
    assert READER.read(page).grid.rows[-1] == gr.grid.Row(
        (gr.grid.Cell("规章", 1, 0), gr.grid.Cell("", 1, 1)), aligned=True
    )


def test_text_rows_carry_their_source_line() -> None:
    page = "<html><body>\n<div>\n\n<p>第一段</p>\n<p>\n第二段</p>\n</div></body></html>"
    lines = [(r.cells[0].text, r.cells[0].line) for r in READER.read(page).grid.rows]
    assert lines == [("第一段", 4), ("第二段", 5)]


@pytest.mark.parametrize("end", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_source_lines_count_every_kind_of_line_end(end: str) -> None:
    # found by test_properties.py::test_line_ends_change_nothing: libxml2 does not count
    # a lone CR, so a page with old Mac line ends put every finding on line 1
    page = (
        "<html><body>\n<div>\n\n<p>第一段</p>\n<p>\n第二段</p>\n"
        "<table>\n<tr><td>规章</td><td>3</td></tr>\n</table></div></body></html>"
    )
    rows = READER.read(page.replace("\n", end)).grid.rows
    assert [(r.texts, r.cells[0].line) for r in rows] == [
        (("第一段",), 4),
        (("第二段",), 5),
        (("规章", "3"), 8),
    ]


# --- footnote marks and hidden text inside cells (found by a robustness hunt) -----------

_PENALTY = '<tr><td>行政处罚</td><td colspan="3">37</td></tr>'


def _sample_page_with_penalty_cell(cell_html: str) -> str:
    page = gr.render(gr.parse(gr.sample_text()), "html")
    assert _PENALTY in page
    return page.replace(_PENALTY, _PENALTY.replace(">37<", f">{cell_html}<"))


@pytest.mark.parametrize(
    "mark", ["<sup>1</sup>", "<sup>①</sup>", "<sub>2</sub>", "<sup> 注 </sup>"]
)
def test_a_footnote_mark_in_a_number_cell_is_left_out_and_reported(mark: str) -> None:
    # 37<sup>1</sup> used to read as 371, with no finding
    page = _sample_page_with_penalty_cell("37" + mark)
    report = gr.parse(page)
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_penalty.decisions == 37
    [finding] = [f for f in report.findings if f.code == "repaired_cell"]
    assert finding.line == page[: page.index("37" + mark)].count("\n") + 1
    assert "footnote" in finding.message


@pytest.mark.parametrize(
    "hidden",
    [
        '<span style="display:none">9</span>',
        '<span style="DISPLAY: none; mso-hide: all">9</span>',
        "<span hidden>9</span>",
        '<font style="visibility:hidden">9</font>',
    ],
)
def test_hidden_text_in_a_number_cell_is_not_read(hidden: str) -> None:
    # a browser shows 37; the hidden 9 used to be read into 937
    report = gr.parse(_sample_page_with_penalty_cell(hidden + "37"))
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_penalty.decisions == 37
    assert not [f for f in report.findings if f.path and "administrative_penalty" in f.path]


def test_a_footnote_mark_on_a_label_leaves_the_label_readable() -> None:
    page = gr.render(gr.parse(gr.sample_text()), "html").replace(
        "<td>行政处罚</td>", "<td>行政处罚<sup>1</sup></td>"
    )
    report = gr.parse(page)
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_penalty.decisions == 37


def test_cells_after_a_cell_in_a_row_read_alike_and_a_mark_is_reported_once() -> None:
    # The second cell holds a cell (it is read tag by tag, its mark kept in the text);
    # the cells around it are read whole, and the mark is reported once.
    page = (
        "<table><tr><td>a</td><td>1<sup>2</sup><div><td>x</td></div></td><td>3 </td>"
        "<td> 4</td></tr></table>"
    )
    result = READER.read(page)
    assert [list(r.texts) for r in result.grid.rows] == [["a", "12 x", "3", "4"]]
    assert codes(result.findings) == ["repaired_cell"]

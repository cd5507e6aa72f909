"""Whole pages (eighth session): what a browser's "copy all" or a scraper gives of a
report's page (the page's title with the site's name after it, …) must not lose or
misread the report's title, organ or year. Every page here is fictional."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"
_OWN = "星渚县水利局2023年政府信息公开工作年度报告"
_TEXT_LAYOUTS = ("tab", "pipe", "vertical", "markdown")


def _page(layout: str, head: str) -> str:
    """The bundled sample in ``layout`` (its tables only) with its title line replaced
    by ``head``."""
    text = gr.render(gr.parse(gr.sample_text()), layout)
    assert text.startswith(_TITLE)
    return head + text[len(_TITLE) :]


@pytest.mark.parametrize("layout", _TEXT_LAYOUTS)
@pytest.mark.parametrize(
    "site",
    [
        "_青禾县人民政府门户网站",
        " _ 青禾县人民政府",
        "-青禾县人民政府网",
        " - 青禾县政府门户网站",
        "—青禾县人民政府",
        "｜青禾县人民政府",
        "_通知公告_青禾县人民政府",
        " - 星渚县水利局",
    ],
)
def test_a_page_title_with_the_sites_name_after_it_gives_the_reports_title(
    layout: str, site: str
) -> None:
    # a scraper's first line is the page's <title>: the report's title, a mark (_ - |)
    # and the site's name (a section's name before it at times)
    report = gr.parse(_page(layout, _OWN + site))
    assert report.title == _OWN
    assert report.organ == "星渚县水利局"
    assert report.year == 2023
    assert not [f for f in report.findings if f.code == "year_guessed"]


@pytest.mark.parametrize(
    "head",
    [
        "关于印发2023年政府信息公开工作年度报告_的通知",
        "2023年政府信息公开工作年度报告-附件：统计表，请查收",
    ],
)
def test_a_line_with_prose_after_a_title_and_a_mark_is_not_a_title(head: str) -> None:
    report = gr.parse(_page("tab", head))
    assert report.title is None


_SAMPLE_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"


@pytest.mark.parametrize(
    "links",
    [
        ["相关阅读", "青禾县教育局2023年政府信息公开工作年度报告"],
        [
            "相关文件",
            "青禾县教育局2023年政府信息公开工作年度报告",
            "青禾县财政局2023年政府信息公开工作年度报告",
        ],
    ],
)
def test_links_to_other_offices_reports_after_the_title_do_not_name_the_organ(
    links: list[str],
) -> None:
    # a box of links to other offices' reports of the same year between the page's
    # title and the report's body: the sentence announcing the report names its organ
    text = gr.sample_text()
    assert text.startswith(_SAMPLE_TITLE + "\n") and "现公布青禾县人民政府2023年度" in text
    head, body = text.split("\n", 1)
    report = gr.parse("\n".join([head, "发布时间：2024-01-20", *links, body]))
    assert report.title == _SAMPLE_TITLE
    assert report.organ == "青禾县人民政府"
    assert report.year == 2023


@pytest.mark.parametrize(
    ("head", "organ"),
    [
        (
            "青禾县人民政府办公室（县政务公开办）2023年政府信息公开工作年度报告",
            "青禾县人民政府办公室(县政务公开办)",  # (brackets read as ASCII)
        ),
        (
            "青禾县人民政府办公室(青禾县信息公开办公室)2023年政府信息公开工作年度报告",
            "青禾县人民政府办公室(青禾县信息公开办公室)",
        ),
        ("青禾县财政局（2023年度）政府信息公开工作年度报告", "青禾县财政局"),
    ],
)
def test_an_organs_bracketed_note_naming_disclosure_is_part_of_its_name(
    head: str, organ: str
) -> None:
    # the words that end an organ's name in a title (政务公开, 信息公开, a year) inside a
    # bracketed note after it: a second name of the office is part of the name, a year
    # is not; the name was cut inside the brackets (青禾县人民政府办公室(县人民政府)
    report = gr.parse(_page("tab", head))
    assert report.organ == organ
    assert report.year == 2023


@pytest.mark.parametrize(
    ("head", "organ"),
    [
        ("2023年青禾县政府信息公开工作年度报告", "青禾县人民政府"),
        ("2023年度青禾县财政局信息公开年报", "青禾县财政局"),
        ("关于青禾县财政局2023年政府信息公开工作年度报告", "青禾县财政局"),
        ("二〇二三年青禾县城关街道政府信息公开工作年度报告", "青禾县城关街道办事处"),
    ],
)
def test_a_title_starting_with_its_year_names_the_organ_after_it(head: str, organ: str) -> None:
    # the name after a leading year (or 关于) is read as a name before the year is:
    # a bare place name completed to its government (it gave 青禾县, or nothing)
    report = gr.parse(_page("tab", head))
    assert report.organ == organ
    assert report.year == 2023


_CONTENTS = [
    "目录",
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
]


@pytest.mark.parametrize("before", [_CONTENTS, ["概述", "政策解读"], ["一、首页", "二、政务公开"]])
def test_a_contents_list_or_menu_before_the_title_does_not_hide_it(before: list[str]) -> None:
    # a line that starts a report's first section (一、…, 概述) before the title: the
    # title was looked for before it only, and lost (the year guessed from the prose)
    text = gr.sample_text()
    assert text.startswith(_SAMPLE_TITLE + "\n")
    head, body = text.split("\n", 1)
    head = head.replace("青禾县人民政府", "星渚县水利局")
    body = body.replace("现公布青禾县人民政府2023年度", "现公布2023年度")
    report = gr.parse("\n".join([*before, head, body]))
    assert report.title == head
    assert report.organ == "星渚县水利局"
    assert report.year == 2023
    assert not [f for f in report.findings if f.code == "year_guessed"]


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_link_to_another_years_report_beside_an_undated_title_does_not_give_the_year(
    where: str,
) -> None:
    # the page's own title prints no year; a link to last year's report near it was
    # preferred as the title naming a year, and its year read with no finding
    text = gr.sample_text()
    assert text.startswith(_SAMPLE_TITLE + "\n")
    body = text.split("\n", 1)[1]
    own = "青禾县人民政府政府信息公开工作年度报告"
    link = ["其他年度报告", "青禾县人民政府2022年政府信息公开工作年度报告"]
    head = [*link, own] if where == "before" else [own, "发布时间：2024-01-20", *link]
    report = gr.parse("\n".join([*head, body]))
    assert report.title == own
    assert report.year == 2023
    doubts = [f for f in report.findings if f.code == "year_guessed" and f.severity == "warning"]
    assert doubts and "2022" in doubts[0].message
    assert "the title gives none" in doubts[0].message  # (the year is the preamble's)


@pytest.mark.parametrize(
    "head",
    [
        "2024-01-20 星渚县水利局2023年政府信息公开工作年度报告",
        "2024/1/20 星渚县水利局2023年政府信息公开工作年度报告",
        "2024年1月20日 星渚县水利局2023年政府信息公开工作年度报告",
        "您现在的位置：首页 > 年报 星渚县水利局2023年政府信息公开工作年度报告",
        "当前位置：首页 > 政务公开 > 年度报告 星渚县水利局2023年政府信息公开工作年度报告",
    ],
)
def test_a_date_or_a_trail_on_the_titles_line_is_not_part_of_the_title(head: str) -> None:
    # the page's date before the title, or the breadcrumb trail's last section before
    # it on one line, was read into the title and the organ (organ '-01-20星渚县水利局',
    # '年报星渚县水利局'), with no finding
    report = gr.parse(_page("tab", head))
    assert report.title == _OWN
    assert report.organ == "星渚县水利局"
    assert report.year == 2023


@pytest.mark.parametrize(
    "tail", ["【打印】【关闭】", " [打印本页] [关闭窗口]", "【字体：大 中 小】", "【关闭】"]
)
def test_a_titles_line_ending_with_page_buttons_in_brackets_gives_the_title(tail: str) -> None:
    # the page's buttons in brackets after the title on its line: the line was no title
    report = gr.parse(_page("tab", _OWN + tail))
    assert report.title == _OWN
    assert report.organ == "星渚县水利局"

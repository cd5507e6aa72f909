"""Metadata misreadings found by the fourth metadata hunt (meta4), each fixed: fictional
inputs (invented organs and numbers) printed as other sites and tools print them."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_SAMPLE_TEXT = gr.sample_text()
_BODY = _SAMPLE_TEXT[_SAMPLE_TEXT.index("一、总体情况") :].replace("2023年，青禾县", "2023年，我局")


def _paragraphs(text: str) -> str:
    """``text`` as HTML: tab-separated blocks as tables, other lines as paragraphs."""
    out: list[str] = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if any("\t" in line for line in lines):
            rows = "".join(
                "<tr>" + "".join(f"<td>{cell}</td>" for cell in line.split("\t")) + "</tr>"
                for line in lines
            )
            out.append(f"<table>{rows}</table>")
        else:
            out.extend(f"<p>{line}</p>" for line in lines)
    return "\n".join(out)


def _page(title: str, heading: str = "2023年政府信息公开工作年度报告") -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><h1>{heading}</h1>"
        + _paragraphs(_BODY)
        + "</body></html>"
    ).encode()


@pytest.mark.parametrize(
    "title",
    [
        "青禾县水利局 | 2023年政府信息公开工作年度报告",
        "青禾县水利局｜2023年政府信息公开工作年度报告",
        "青禾县水利局-2023年政府信息公开工作年度报告_青禾县人民政府门户网站",
        "青禾县水利局_2023年政府信息公开工作年度报告",
    ],
)
def test_an_html_page_title_naming_the_organ_before_the_report_gives_it(title: str) -> None:
    report = gr.parse(_page(title))
    assert (report.title, report.organ, report.year) == (
        "2023年政府信息公开工作年度报告",
        "青禾县水利局",
        2023,
    )


@pytest.mark.parametrize(
    "title",
    [
        # a government's name first: maybe the portal's owner, hosting others' reports
        "青禾县人民政府 | 2023年政府信息公开工作年度报告",
        "青禾县政府门户网站 | 2023年政府信息公开工作年度报告",
        "首页 | 2023年政府信息公开工作年度报告",
    ],
)
def test_a_site_or_government_before_the_report_in_a_page_title_is_not_the_organ(
    title: str,
) -> None:
    assert gr.parse(_page(title)).organ is None


def test_the_text_s_organ_goes_before_the_page_title_s() -> None:
    page = _page(
        "青禾县水利局 | 2023年政府信息公开工作年度报告",
        "青禾县水务局2023年政府信息公开工作年度报告",
    )
    assert gr.parse(page).organ == "青禾县水务局"


@pytest.mark.parametrize(
    "details",
    [
        "索引号：001-2024-0001发布机构：青禾县水利局 发布日期：2024-01-20",
        "索引号：001-2024-0001发布机构：青禾县水利局发布日期：2024-01-20",
        "索引号：001/2024-0001【来源：青禾县水利局】",
        "发布日期：2024-01-20来源：青禾县水利局",
        "成文日期：2024年01月20日发文机关：青禾县水利局",
        "索引号：ABC123信息来源：青禾县水利局浏览次数：20",
    ],
)
def test_an_issuer_label_glued_to_the_value_before_it_names_the_organ(details: str) -> None:
    report = gr.parse("2023年政府信息公开工作年度报告\n" + details + "\n" + _BODY)
    assert (report.title, report.organ) == ("2023年政府信息公开工作年度报告", "青禾县水利局")


def test_words_glued_to_a_value_that_are_no_issuer_label_name_no_organ() -> None:
    details = "索引号：ABC123发布机构改革：青禾县水利局"
    assert gr.parse("2023年政府信息公开工作年度报告\n" + details + "\n" + _BODY).organ is None


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "青禾县水利局2023年政府信息公开工作年度报告的公告",
            "青禾县水利局2023年政府信息公开工作年度报告",
        ),
        (
            "关于青禾县水利局2023年政府信息公开工作年度报告的公示",
            "青禾县水利局2023年政府信息公开工作年度报告",
        ),
        (
            "青禾县水利局2023年政府信息公开工作年度报告公示",
            "青禾县水利局2023年政府信息公开工作年度报告",
        ),
        ("青禾县水利局关于2023年政府信息公开工作年度报告的说明", "2023年政府信息公开工作年度报告"),
    ],
)
def test_a_notice_or_note_naming_the_report_gives_its_title_and_organ(
    heading: str, title: str
) -> None:
    report = gr.parse(heading + "\n" + _BODY)
    assert (report.title, report.organ, report.year) == (title, "青禾县水利局", 2023)
    assert not [f for f in report.findings if f.code == "year_guessed"]


@pytest.mark.parametrize(
    "title",
    [
        "2023年政府信息公开工作年度报告_青禾县水利局",
        "2023年政府信息公开工作年度报告 - 青禾县水利局",
        "2023年政府信息公开工作年度报告_青禾县水利局_青禾县人民政府",
        "2023年政府信息公开工作年度报告-政务公开-青禾县水利局",
        "青禾县水利局 - 政府信息公开 - 2023年政府信息公开工作年度报告",
    ],
)
def test_an_html_page_title_naming_the_organ_after_the_report_gives_it(title: str) -> None:
    report = gr.parse(_page(title))
    assert (report.title, report.organ) == ("2023年政府信息公开工作年度报告", "青禾县水利局")


@pytest.mark.parametrize(
    "title",
    [
        "2023年政府信息公开工作年度报告_青禾县人民政府",
        "2023年政府信息公开工作年度报告-政务公开-青禾县人民政府-青禾县水利局",
    ],
)
def test_a_government_s_portal_named_after_the_report_in_a_page_title_is_not_the_organ(
    title: str,
) -> None:
    assert gr.parse(_page(title)).organ is None


def test_the_text_s_organ_goes_before_the_department_after_the_page_title() -> None:
    page = _page(
        "2023年政府信息公开工作年度报告_青禾县教育局",
        "青禾县第一中学2023年政府信息公开工作年度报告",
    )
    report = gr.parse(page)
    assert (report.title, report.organ) == (
        "青禾县第一中学2023年政府信息公开工作年度报告",
        "青禾县第一中学",
    )


@pytest.mark.parametrize(
    "details",
    ["来源：青禾县水利局网站", "来源：青禾县水利局门户网站", "【来源：青禾县水利局官网】"],
)
def test_a_source_naming_a_department_s_site_names_the_organ(details: str) -> None:
    report = gr.parse("2023年政府信息公开工作年度报告\n" + details + "\n" + _BODY)
    assert report.organ == "青禾县水利局"


@pytest.mark.parametrize("details", ["信息来源：青禾县人民政府网站", "信息来源：青禾县政府网"])
def test_a_source_naming_a_government_s_portal_names_no_organ(details: str) -> None:
    assert gr.parse("2023年政府信息公开工作年度报告\n" + details + "\n" + _BODY).organ is None


def test_an_issuer_s_name_goes_before_a_source_site_s_owner() -> None:
    details = "来源：青禾县水利局网站\n发布机构：青禾县河湖中心"
    report = gr.parse("2023年政府信息公开工作年度报告\n" + details + "\n" + _BODY)
    assert report.organ == "青禾县河湖中心"


@pytest.mark.parametrize(
    "heading",
    [
        "青禾县水利局\t2023年政府信息公开工作年度报告",
        "青禾县水利局\t\t2023年政府信息公开工作年度报告",
        "青禾县水利局2023年政府信息公开\t工作年度报告",
        "| 青禾县水利局 | 2023年政府信息公开工作年度报告 |",
    ],
)
def test_a_title_printed_across_a_row_s_cells_is_the_title(heading: str) -> None:
    report = gr.parse(heading + "\n" + _BODY)
    assert (report.title, report.organ, report.year) == (
        "青禾县水利局2023年政府信息公开工作年度报告",
        "青禾县水利局",
        2023,
    )


@pytest.mark.parametrize("organ", ["青禾海关", "青禾监狱", "青禾省地震台"])
def test_a_body_of_a_vertical_system_on_an_issuer_line_is_the_organ(organ: str) -> None:
    report = gr.parse("2023年政府信息公开工作年度报告\n发布机构：" + organ + "\n" + _BODY)
    assert report.organ == organ


@pytest.mark.parametrize(
    "title",
    [
        "2023年政府信息公开工作年度报告-青禾县水利局网站",
        "2023年政府信息公开工作年度报告_青禾县水利局门户网站",
        "青禾县水利局门户网站 | 2023年政府信息公开工作年度报告",
    ],
)
def test_a_department_s_site_named_in_a_page_title_names_the_organ(title: str) -> None:
    assert gr.parse(_page(title)).organ == "青禾县水利局"


@pytest.mark.parametrize(
    "title",
    [
        "2023年政府信息公开工作年度报告_青禾县人民政府门户网站",
        "2023年政府信息公开工作年度报告_青禾县政府网",
        "青禾县人民政府网站 | 2023年政府信息公开工作年度报告",
    ],
)
def test_a_government_s_portal_named_in_a_page_title_names_no_organ(title: str) -> None:
    assert gr.parse(_page(title)).organ is None


@pytest.mark.parametrize(
    ("source", "organ"),
    [
        ("青禾县水利局网站", "青禾县水利局"),
        ("青禾县水利局门户网站", "青禾县水利局"),
        ("青禾县人民政府网站", None),
        ("本网", None),
    ],
)
def test_a_content_source_meta_naming_a_department_s_site_names_the_organ(
    source: str, organ: str | None
) -> None:
    page = (
        "<html><head><title>2023年政府信息公开工作年度报告</title>"
        f'<meta name="ContentSource" content="{source}"></head><body>'
        "<h1>2023年政府信息公开工作年度报告</h1>" + _paragraphs(_BODY) + "</body></html>"
    )
    assert gr.parse(page.encode()).organ == organ


@pytest.mark.parametrize(
    ("heading", "organ"),
    [
        ("2023年政府信息公开工作年度报告【青禾县水利局】", "青禾县水利局"),
        ("青禾县水利局2023年政府信息公开工作年度报告【全文】", "青禾县水利局"),
        ("青禾县水利局政府信息公开工作年度报告【2023年度】", "青禾县水利局"),
    ],
)
def test_a_title_with_a_note_in_square_brackets_is_the_title(heading: str, organ: str) -> None:
    report = gr.parse(heading + "\n" + _BODY)
    assert (report.title, report.organ, report.year) == (heading, organ, 2023)


def test_a_page_s_buttons_in_square_brackets_are_no_part_of_the_title() -> None:
    heading = "青禾县水利局2023年政府信息公开工作年度报告【打印本页】"
    assert gr.parse(heading + "\n" + _BODY).title == "青禾县水利局2023年政府信息公开工作年度报告"

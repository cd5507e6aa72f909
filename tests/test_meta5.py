"""Metadata misreadings found by the fifth metadata hunt (meta5), each fixed: fictional
inputs (invented organs and numbers) printed as other sites and tools print them."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_SAMPLE_TEXT = gr.sample_text()
_BODY = _SAMPLE_TEXT[_SAMPLE_TEXT.index("一、总体情况") :].replace("2023年，青禾县", "本年度，我局")


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
        "2023年政府信息公开工作年度报告 :: 星渚县水利局",
        "2023年政府信息公开工作年度报告::星渚县水利局::星渚县人民政府门户网站",
        "2023年政府信息公开工作年度报告 » 星渚县水利局",
        "2023年政府信息公开工作年度报告 › 政务公开 › 星渚县水利局",
        "2023年政府信息公开工作年度报告 ‖ 星渚县水利局",
        "2023年政府信息公开工作年度报告 ~ 星渚县水利局",
        "2023年政府信息公开工作年度报告 / 星渚县水利局",
        "2023年政府信息公开工作年度报告 · 星渚县水利局",
        "星渚县水利局 :: 2023年政府信息公开工作年度报告",
        "星渚县水利局 » 2023年政府信息公开工作年度报告",
        "星渚县水利局 > 2023年政府信息公开工作年度报告",
        "星渚县水利局 / 2023年政府信息公开工作年度报告",
    ],
)
def test_an_html_page_title_parted_by_other_marks_gives_the_organ(title: str) -> None:
    report = gr.parse(_page(title))
    assert (report.title, report.organ) == ("2023年政府信息公开工作年度报告", "星渚县水利局")


@pytest.mark.parametrize("stop", ["。", ".", " 。", "．"])
def test_a_title_typed_with_a_full_stop_is_the_title(stop: str) -> None:
    report = gr.parse("星渚县水利局2023年政府信息公开工作年度报告" + stop + "\n\n" + _BODY)
    assert (report.title, report.organ, report.year) == (
        "星渚县水利局2023年政府信息公开工作年度报告",
        "星渚县水利局",
        2023,
    )


@pytest.mark.parametrize(
    "prose",
    [
        "以下是星渚县水利局2023年政府信息公开工作年度报告。",
        "下面是星渚县水利局2023年政府信息公开工作年度报告。",
        "特此发布星渚县水利局2023年政府信息公开工作年度报告。",
        "此为星渚县水利局2023年政府信息公开工作年度报告。",
        "详见星渚县水利局2023年政府信息公开工作年度报告。",
    ],
)
def test_prose_naming_a_report_with_a_full_stop_is_no_title(prose: str) -> None:
    report = gr.parse(prose + "\n\n" + _BODY)
    assert report.title is None
    assert report.organ is None


@pytest.mark.parametrize(
    ("parent", "title", "organ"),
    [
        (
            "星渚经济技术开发区管理委员会",
            "规划建设局2023年度政府信息公开工作年度报告",
            "星渚经济技术开发区管理委员会规划建设局",
        ),
        ("星渚市公安局", "交通警察支队2023年政府信息公开工作年度报告", "星渚市公安局交通警察支队"),
        ("星渚高新区管委会", "社会事业局2023年信息公开工作年度报告", "星渚高新区管委会社会事业局"),
    ],
)
def test_a_title_broken_after_a_parent_bodys_name_names_the_whole_body(
    parent: str, title: str, organ: str
) -> None:
    report = gr.parse(f"{parent}\n{title}\n\n{_BODY}")
    assert (report.title, report.organ, report.year) == (parent + title, organ, 2023)


@pytest.mark.parametrize(
    ("banner", "title", "organ"),
    [
        ("中华人民共和国自然资源部", "自然资源部2023年政府信息公开工作年度报告", "自然资源部"),
        ("星渚县人民政府", "星渚县水利局2023年政府信息公开工作年度报告", "星渚县水利局"),
        ("星渚经开区管委会", "星渚县水利局2023年政府信息公开工作年度报告", "星渚县水利局"),
    ],
)
def test_a_banner_above_a_title_naming_its_own_body_is_not_joined(
    banner: str, title: str, organ: str
) -> None:
    report = gr.parse(f"{banner}\n{title}\n\n{_BODY}")
    assert (report.title, report.organ) == (title, organ)


@pytest.mark.parametrize(
    "date",
    [
        "发布时间：2024-01-20",
        "2024/1/20",
        "成文日期：2024年1月20日",
        "二〇二四年一月二十日",
        "２０２４－０１－２０",
    ],
)
def test_a_title_naming_the_year_of_publication_with_no_period_gives_the_year_before(
    date: str,
) -> None:
    preamble = f"星渚县水利局2024年政府信息公开工作年度报告\n{date}\n\n"
    prose = "2023年，我局认真贯彻《条例》。2023年共主动公开信息120条。\n\n"
    report = gr.parse(preamble + prose + _BODY)
    assert report.year == 2023
    [finding] = [f for f in report.findings if f.code == "year_guessed"]
    assert finding.severity == "warning"
    assert "2024" in finding.message


@pytest.mark.parametrize(
    ("date", "prose"),
    [
        ("发布时间：2025-01-20", "2023年，我局认真贯彻《条例》。2023年共主动公开信息120条。"),
        ("发布时间：2024-01-20", "2024年，我局认真贯彻《条例》。较2023年增加。"),
        ("发布时间：2024-01-20", "2023年，我局认真贯彻《条例》。2024年度共主动公开信息。"),
    ],
)
def test_a_title_s_year_is_kept_unless_the_page_is_dated_in_it_and_the_prose_names_the_year_before(
    date: str, prose: str
) -> None:
    text = f"星渚县水利局2024年政府信息公开工作年度报告\n{date}\n\n{prose}\n\n{_BODY}"
    report = gr.parse(text)
    assert report.year == 2024
    assert not [f for f in report.findings if f.code == "year_guessed"]


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("2023年政府信息公开工作年度报告 | 星渚县云栖镇人民政府", "星渚县云栖镇人民政府"),
        ("2023年政府信息公开工作年度报告_星渚县云栖乡政府", "星渚县云栖乡政府"),
        ("2023年政府信息公开工作年度报告-政务公开-星渚县云栖镇人民政府", "星渚县云栖镇人民政府"),
        ("星渚县云栖镇人民政府 | 2023年政府信息公开工作年度报告", "星渚县云栖镇人民政府"),
        ("2023年政府信息公开工作年度报告_星渚县白水民族乡人民政府", "星渚县白水民族乡人民政府"),
    ],
)
def test_a_township_government_named_in_a_page_title_is_the_organ(title: str, organ: str) -> None:
    report = gr.parse(_page(title))
    assert (report.title, report.organ) == ("2023年政府信息公开工作年度报告", organ)


@pytest.mark.parametrize(
    "title",
    [
        "2023年政府信息公开工作年度报告 | 星渚县人民政府",
        "2023年政府信息公开工作年度报告_星渚市政府",
        "星渚县人民政府 | 2023年政府信息公开工作年度报告",
    ],
)
def test_a_county_government_named_in_a_page_title_is_still_a_portal(title: str) -> None:
    assert gr.parse(_page(title)).organ is None


@pytest.mark.parametrize(
    "mark", ["■ ", "■", "● ", "◆ ", "▶ ", "• ", "· ", "1. ", "1、", "(1) ", "* ", "★ "]
)
@pytest.mark.parametrize("before", ["", "首页 > 政务公开 > 年度报告\n"])
def test_a_title_printed_with_a_list_s_mark_on_the_text_s_first_line_is_the_title(
    mark: str, before: str
) -> None:
    report = gr.parse(f"{before}{mark}星渚县水利局2023年政府信息公开工作年度报告\n\n{_BODY}")
    assert (report.title, report.organ, report.year) == (
        "星渚县水利局2023年政府信息公开工作年度报告",
        "星渚县水利局",
        2023,
    )


def test_a_list_of_reports_with_marks_gives_no_title() -> None:
    links = [f"● 星渚县水利局{year}年政府信息公开工作年度报告" for year in (2022, 2021)]
    report = gr.parse("\n".join(links) + "\n\n" + _BODY)
    assert report.title is None


@pytest.mark.parametrize(
    "sentence",
    [
        "按照要求，现发布《星渚县水利局2023年政府信息公开工作年度报告》。",
        "现将《星渚县水利局2023年度政府信息公开工作年度报告》予以公布。",
        "根据《条例》规定，现公布“星渚县水利局2023年政府信息公开工作年度报告”。",
        "现就星渚县水利局2023年政府信息公开工作情况报告如下。",
    ],
)
def test_a_sentence_announcing_the_report_s_name_in_quotes_names_the_organ(sentence: str) -> None:
    report = gr.parse(f"{sentence}\n\n{_BODY}")
    assert (report.organ, report.year) == ("星渚县水利局", 2023)


@pytest.mark.parametrize(
    "sentence",
    [
        "现发布《中华人民共和国政府信息公开条例》规定的2023年政府信息公开工作年度报告。",
        "现将我局2023年政府信息公开工作情况报告如下。",
        "现就《条例》执行情况报告如下，2023年政府信息公开工作年度报告由六部分组成。",
    ],
)
def test_a_sentence_quoting_a_law_names_no_organ(sentence: str) -> None:
    assert gr.parse(f"{sentence}\n\n{_BODY}").organ is None


@pytest.mark.parametrize(
    "prose",
    [
        "2024年，我局将继续推进公开工作。2023年，我局共公开信息120条。",
        "二〇二四年，我局将继续推进公开工作。二〇二三年，我局共公开信息120条。",
    ],
)
def test_years_named_equally_often_give_the_first_named_with_a_warning(prose: str) -> None:
    report = gr.parse(f"星渚县水利局政府信息公开工作年度报告\n\n{prose}\n\n{_BODY}")
    assert report.year == 2024
    [finding] = [f for f in report.findings if f.code == "year_guessed"]
    assert "2024: 1, 2023: 1" in finding.message
    assert finding.severity == "warning"


def test_a_year_named_most_gives_an_info_finding() -> None:
    prose = "2023年，我局共公开信息120条。2023年度，我局完善制度。2024年，我局将继续推进。"
    report = gr.parse(f"星渚县水利局政府信息公开工作年度报告\n\n{prose}\n\n{_BODY}")
    assert report.year == 2023
    [finding] = [f for f in report.findings if f.code == "year_guessed"]
    assert finding.severity == "info"


def test_a_title_printed_with_a_list_s_mark_naming_another_year_than_the_prose_is_no_title() -> (
    None
):
    prose = "2023年，我局认真贯彻《条例》。2023年共主动公开信息120条。"
    report = gr.parse(f"■ 星渚县林业局2022年政府信息公开工作年度报告\n\n{prose}\n\n{_BODY}")
    assert (report.title, report.organ, report.year) == (None, None, 2023)


def _page_with_meta(name: str, content: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in _BODY.split("\n") if line.strip())
    return (
        "<html><head><title>星渚县人民政府门户网站</title>"
        f'<meta name="{name}" content="{content}"></head><body>{body}</body></html>'
    ).encode()


@pytest.mark.parametrize("name", ["ArticleTitle", "og:title"])
@pytest.mark.parametrize(
    "content",
    [
        "2023年政府信息公开工作年度报告 :: 星渚县水利局",
        "2023年政府信息公开工作年度报告 » 星渚县水利局",
        "2023年政府信息公开工作年度报告 | 星渚县水利局 | 星渚县人民政府门户网站",
        "星渚县水利局 - 2023年政府信息公开工作年度报告",
    ],
)
def test_a_title_meta_parted_as_a_page_title_gives_the_title_and_organ(
    name: str, content: str
) -> None:
    report = gr.parse(_page_with_meta(name, content))
    assert (report.title, report.organ, report.year) == (
        "2023年政府信息公开工作年度报告",
        "星渚县水利局",
        2023,
    )


@pytest.mark.parametrize(
    "line",
    [
        "—— 星渚县水利局2023年政府信息公开工作年度报告 ——",
        "◆星渚县水利局2023年政府信息公开工作年度报告◆",
        "=== 星渚县水利局2023年政府信息公开工作年度报告 ===",
        "★★ 星渚县水利局2023年政府信息公开工作年度报告 ★★",
        "--星渚县水利局2023年政府信息公开工作年度报告--",
    ],
)
def test_a_title_between_decorations_is_the_title(line: str) -> None:
    report = gr.parse(f"{line}\n\n{_BODY}")
    assert (report.title, report.organ, report.year) == (
        "星渚县水利局2023年政府信息公开工作年度报告",
        "星渚县水利局",
        2023,
    )


@pytest.mark.parametrize(
    "after",
    [
        " PDF下载",
        "  下载",
        "【下载】",
        " [PDF]",
        " （PDF版）",
        " pdf",
        " 附件下载",
        " 预览",
        "(Word版)",
    ],
)
def test_a_title_with_a_download_link_after_it_is_the_title(after: str) -> None:
    report = gr.parse(f"星渚县水利局2023年政府信息公开工作年度报告{after}\n\n{_BODY}")
    assert report.title is not None
    assert report.title.startswith("星渚县水利局2023年政府信息公开工作年度报告")
    assert (report.organ, report.year) == ("星渚县水利局", 2023)

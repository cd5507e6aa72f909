"""What is read around the tables (thirteenth hunt): title, organ and year, the template,
where the tables start and end, on fictional reports (青禾县, 云栖镇, numbers made up).
Each test failed on the code before its fix."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"
_ORGAN = "青禾县人民政府"
_ANNOUNCED = "现公布青禾县人民政府2023年度"


def _with_head(head: str, organ: str = _ORGAN) -> gr.Report:
    """The bundled sample with its title line replaced by ``head`` and the sentence
    announcing the report naming ``organ``."""
    text = gr.sample_text()
    assert text.startswith(_TITLE) and _ANNOUNCED in text
    text = head + text[len(_TITLE) :]
    return gr.parse(text.replace(_ANNOUNCED, f"现公布{organ}2023年度"))


def _tables(report: gr.Report) -> dict[str, object]:
    data = gr.to_dict(report)
    return {key: data[key] for key in ("active_disclosure", "requests", "review_litigation")}


_SAMPLE = gr.parse(gr.sample_text())


# --- a title wrapped inside its organ's name ------------------------------------------


@pytest.mark.parametrize(
    ("lines", "organ"),
    [
        (("青禾县", "人民政府2023年政府信息公开工作年度报告"), _ORGAN),
        (("青禾县人民", "政府2023年政府信息公开工作年度报告"), _ORGAN),
        (("青禾县人", "民政府2023年政府信息公开工作年度报告"), _ORGAN),
        (("青禾县自然资源", "局2023年政府信息公开工作年度报告"), "青禾县自然资源局"),
        (("青禾县自然", "资源局2023年政府信息公开工作年度报告"), "青禾县自然资源局"),
        (
            ("青禾市青禾经济技术开发区管理委员会规划建", "设局2023年度政府信息公开工作年度报告"),
            "青禾市青禾经济技术开发区管理委员会规划建设局",
        ),
        (("青禾县自然", "", "资源局2023年政府信息公开工作年度报告"), "青禾县自然资源局"),
        # over three lines, the last no title of its own
        (("青禾县人", "民政府2023年政府信息公开工作", "年度报告"), _ORGAN),
        (
            ("青禾经济技术开发区管理委员会规划", "建设局2023年度政府信息公开工作", "年度报告"),
            "青禾经济技术开发区管理委员会规划建设局",
        ),
    ],
)
def test_a_title_wrapped_inside_its_organs_name_is_read_whole(
    lines: tuple[str, ...], organ: str
) -> None:
    # a large font wraps a long title where the line ends, at times inside the organ's
    # name: the second line alone reads as a title naming 政府, 局 or 资源局
    report = _with_head("\n".join(lines), organ)
    assert report.title == "".join(lines)
    assert report.organ == organ
    assert report.year == 2023
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize(
    "before",
    [
        "青禾县水利局",  # a name of its own: the title's is complete
        "青禾县人民政府门户网站",  # a site's name
        "青禾县2022年",  # a year: another line
        "当前位置：首页",  # chrome
        "现将有关情况报告如下",  # prose
    ],
)
def test_a_line_before_a_complete_title_is_not_joined_to_it(before: str) -> None:
    title = "青禾县自然资源局2023年政府信息公开工作年度报告"
    report = _with_head(f"{before}\n{title}", "青禾县自然资源局")
    assert report.title == title
    assert report.organ == "青禾县自然资源局"


def test_a_title_naming_a_body_without_a_place_keeps_a_name_line_before_it_apart() -> None:
    # 自然资源部 names no place, but the line before is a whole name: not a piece of it
    report = _with_head("青禾县人民政府\n自然资源部2023年政府信息公开工作年度报告", "自然资源部")
    assert report.title == "自然资源部2023年政府信息公开工作年度报告"
    assert report.organ == "自然资源部"


# --- a document number on the title's line ----------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        f"青政办〔2024〕3号 {_TITLE}",
        f"青政办〔2024〕3号{_TITLE}",
        f"青政办发〔2024〕12号\u3000{_TITLE}",
        f"青政办[2024]3号 {_TITLE}",
        f"青政办［2024］3号 {_TITLE}",
        f"{_TITLE} 青政办〔2024〕3号",
        f"{_TITLE}青政办〔2024〕3号",
        f"{_TITLE}  青政办(2024)第3号",
    ],
)
def test_a_document_number_on_the_titles_line_is_not_part_of_the_title(head: str) -> None:
    # the notice's document number (发文字号) printed before or after the title: it was
    # read into the title and the organ (青政办〔), or the line was no title at all
    report = _with_head(head)
    assert report.title == _TITLE
    assert report.organ == _ORGAN
    assert report.year == 2023


# --- table 二 with no 第二十条 caption and a heading in other words ------------------------

_HEADING = "二、主动公开政府信息情况"


def _without_captions(layout: str, heading: str, header: bool = True) -> str:
    """The sample's tables in ``layout`` with table 二's 第二十条 captions left out (and
    its header rows, unless ``header``) and its heading replaced by ``heading``."""
    text = gr.render(_SAMPLE, layout)
    assert _HEADING in text
    lines = [
        line
        for line in text.split("\n")
        if "第二十条" not in line and (header or "信息内容" not in line)
    ]
    return "\n".join(lines).replace(_HEADING, heading)


@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical", "markdown"])
@pytest.mark.parametrize(
    "heading",
    ["二、主动公开情况", "表一 主动公开信息情况统计表", "附表1", "二、政府信息主动公开情况", ""],
)
def test_table_two_without_captions_under_another_heading_is_read(
    layout: str, heading: str
) -> None:
    # the table was found by its 第二十条 captions or the template's heading only: with
    # neither it was not read (missing_table), its fourteen values lost
    report = gr.parse(_without_captions(layout, heading))
    assert _tables(report) == _tables(gr.parse(gr.render(_SAMPLE, layout)))
    assert not [f for f in report.findings if f.code == "missing_table"]


def test_table_two_without_captions_or_header_starts_at_its_first_row() -> None:
    report = gr.parse(_without_captions("tab", "二、主动公开情况", header=False))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["regulations"] == {"issued": 0, "repealed": 0, "in_force": 2}
    assert active["normative_documents"] == {"issued": 5, "repealed": 1, "in_force": 23}
    assert active["administrative_licensing"] == {"decisions": 1204}
    assert active["administrative_penalty"] == {"decisions": 37}
    assert not [f for f in report.findings if f.code == "missing_table"]


def test_a_report_without_table_two_still_says_it_is_missing() -> None:
    # the rows of tables 三 and 四 are no table 二's first cells
    text = gr.render(_SAMPLE, "tab")
    start, end = text.index(_HEADING), text.index("三、收到和处理")
    report = gr.parse(text[:start] + text[end:])
    assert report.active_disclosure is None
    assert [f.path for f in report.findings if f.code == "missing_table"] == ["active_disclosure"]
    rendered = _tables(gr.parse(text))
    assert _tables(report)["requests"] == rendered["requests"]
    assert _tables(report)["review_litigation"] == rendered["review_litigation"]


# --- a line naming 行政复议 under table 三's heading -------------------------------------

_HEADING_THREE = "三、收到和处理政府信息公开申请情况"


@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical", "markdown", "pipe-cells"])
@pytest.mark.parametrize(
    "line",
    [
        "本年度未发生政府信息公开行政复议、行政诉讼案件。",
        "2023年，共收到政府信息公开申请13件，因政府信息公开被申请行政复议4件。",
        "注：行政复议情况见表四。",
    ],
)
def test_a_line_naming_review_under_table_threes_heading_does_not_start_table_four(
    layout: str, line: str
) -> None:
    # the line started table 四 there: table 三 was read as table 四 (missing_row for
    # every row of table 三, table 四's values lost)
    text = gr.render(_SAMPLE, layout)
    assert _HEADING_THREE in text
    report = gr.parse(text.replace(_HEADING_THREE, f"{_HEADING_THREE}\n\n{line}\n"))
    assert _tables(report) == _tables(gr.parse(text))
    assert not [f for f in report.findings if f.code in ("missing_row", "missing_table")]


# --- a title labelled in a page's details with white space, no colon ---------------------


@pytest.mark.parametrize("label", ["文章标题 ", "标题  ", "信息名称\u3000", "名称 "])
def test_a_title_label_followed_by_white_space_is_not_part_of_the_title(label: str) -> None:
    # a page's table of details copied as text (标题 and the title parted by spaces):
    # the label was read into the title and the organ (文章标题青禾县人民政府)
    report = _with_head(label + _TITLE)
    assert report.title == _TITLE
    assert report.organ == _ORGAN
    assert report.year == 2023


def test_a_title_starting_with_a_label_word_and_no_space_is_read_as_printed() -> None:
    # no colon and no white space: the words are the title's own
    report = _with_head("名称青禾县人民政府2023年政府信息公开工作年度报告")
    assert report.title == "名称青禾县人民政府2023年政府信息公开工作年度报告"


# --- the organ of a name printed on a line of its own --------------------------------------


@pytest.mark.parametrize(
    ("lines", "organ"),
    [
        # a title broken after its organ's name: the name completed as on one line
        (("青禾县", "2023年政府信息公开工作年度报告"), "青禾县人民政府"),
        (("云栖镇", "2023年政府信息公开工作年度报告"), "云栖镇人民政府"),
        (("青禾县柳湾街道", "2023年政府信息公开工作年度报告"), "青禾县柳湾街道办事处"),
        (("青禾县", "关于2023年度政府信息公开工作的报告"), "青禾县人民政府"),
        # a cover page: the name, the bare title, the year
        (("云栖镇", "政府信息公开工作年度报告", "（2023年度）"), "云栖镇人民政府"),
        # a subtitle naming the organ after the title
        (("2023年政府信息公开工作年度报告", "（云栖镇）"), "云栖镇人民政府"),
        # a title wrapped inside 政府信息公开: the name line ends with its 政府
        (
            ("青禾县柳湾街道办事处政府", "信息公开工作年度报告", "（2023年度）"),
            "青禾县柳湾街道办事处",
        ),
        # a name holding 政务公开 of its own stays whole
        (
            ("中共青禾县委政务公开办公室", "2023年政府信息公开工作年度报告"),
            "中共青禾县委政务公开办公室",
        ),
        (("青禾县人民政府", "2023年政府信息公开工作年度报告"), _ORGAN),
    ],
)
def test_the_organ_from_a_name_on_a_line_of_its_own_is_read_as_in_a_title(
    lines: tuple[str, ...], organ: str
) -> None:
    # the name line was the organ as printed: 青禾县 where 青禾县2023年…报告 gives
    # 青禾县人民政府, 某街道办事处政府 (the 政府 of 政府信息公开) with no finding
    report = _with_head("\n".join(lines), organ)
    assert report.organ == organ
    assert report.year == 2023


@pytest.mark.parametrize(
    "lines",
    [
        ("青禾县人民政府2023年政府信息公开工作年度报", "告"),
        ("青禾县人民政府2023年政府信息公开工作年度报", "", "告"),
    ],
)
def test_a_title_wrapped_before_its_last_character_is_read_whole(lines: tuple[str, ...]) -> None:
    # a title a character longer than the line: 告 alone on the next line; the title
    # was not found (title None, the organ and year from the prose)
    report = _with_head("\n".join(lines))
    assert report.title == _TITLE
    assert report.organ == _ORGAN
    assert report.year == 2023


# --- prose in the overview naming 第二十条, 申请 and 行政复议 in short lines --------------

_OVERVIEW = (
    "一、总体情况\n\n（一）主动公开\n\n1.按照第二十条要求公开\n\n"
    "严格落实《条例》第二十条规定，全年主动公开政府信息1830条。\n\n"
    "（二）依申请公开\n\n收到和处理政府信息公开申请13件。\n\n"
    "（三）行政复议\n\n行政复议4件。\n\n"
)


@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical", "markdown", "pipe-cells"])
def test_short_overview_lines_naming_article_twenty_do_not_start_table_two(layout: str) -> None:
    # 1.按照第二十条要求公开 was taken for table 二's first caption: table 二 started in the
    # overview, table 三 at 收到和处理…13件 before it, and the tables were read in the
    # wrong regions (missing_row for most rows, values lost)
    text = gr.render(_SAMPLE, layout)
    assert _HEADING in text
    report = gr.parse(text.replace(_HEADING, _OVERVIEW + _HEADING))
    assert _tables(report) == _tables(gr.parse(text))
    assert not [f for f in report.findings if f.code in ("missing_row", "missing_table")]


@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical"])
@pytest.mark.parametrize(
    "overview",
    [
        "一、总体情况\n\n（一）主动公开政府信息情况\n\n全年主动公开政府信息1830条。\n\n"
        "（二）依申请公开\n\n收到和处理政府信息公开申请13件。\n\n",
        "一、总体情况\n\n1.主动公开政府信息\n\n2.本年新收政府信息公开申请13件\n\n",
    ],
)
@pytest.mark.parametrize("heading", [_HEADING, "二、主动公开情况"])
def test_overview_lines_naming_the_requests_do_not_start_table_three_before_table_two(
    layout: str, overview: str, heading: str
) -> None:
    # with no 第二十条 caption, a short overview line naming 收到和处理政府信息公开申请
    # (or 本年新收…) started table 三 before table 二: table 二 was lost (missing_table)
    text = _without_captions(layout, _HEADING)
    report = gr.parse(text.replace(_HEADING, overview + heading))
    assert _tables(report) == _tables(gr.parse(gr.render(_SAMPLE, layout)))
    assert not [f for f in report.findings if f.code in ("missing_row", "missing_table")]


# --- a title naming no year wrapped inside its words; a site's banner above a title -------

_TOWN = "云栖镇人民政府"


@pytest.mark.parametrize(
    "lines",
    [
        ("云栖镇人民政府政府信息公开工作年度", "报告"),
        ("云栖镇人民政府政府信息", "公开工作年度报告"),
        ("云栖镇人民政府政府信息公开工作年度报", "告"),
    ],
)
def test_a_title_naming_no_year_wrapped_inside_its_words_is_read(lines: tuple[str, ...]) -> None:
    # the join was made only for a title naming its year: title and organ were None
    # where no sentence named the organ
    text = gr.sample_text()
    text = "\n".join(lines) + text[len(_TITLE) :]
    text = text.replace(_ANNOUNCED, "现公布本机关2023年度")
    report = gr.parse(text)
    assert report.title == "云栖镇人民政府政府信息公开工作年度报告"
    assert report.organ == _TOWN
    assert report.year == 2023  # from the prose, with a year_guessed info finding
    assert [f.severity for f in report.findings if f.code == "year_guessed"] == ["info"]


@pytest.mark.parametrize(
    "lines",
    [
        # a site's banner and menu above the report: no title of it
        ("青禾县人民政府门户网站", "2023年政府信息公开", "工作年度报告"),
        ("青禾县人民政府门户网站", "政府信息公开", "年度报告"),
        ("青禾县人民政府", "政府信息公开", "年度报告"),
        ("首页", "政府信息公开", "年度报告"),
    ],
)
def test_a_sites_banner_or_menu_is_not_joined_into_a_title(lines: tuple[str, ...]) -> None:
    # 青禾县人民政府门户网站 / 2023年政府信息公开 / 工作年度报告 gave the banner as the
    # organ (青禾县人民政府门户网站), with no finding; the report's organ is the town
    report = _with_head("\n".join(lines), _TOWN)
    assert report.title is None
    assert report.organ == _TOWN
    assert report.year == 2023


# --- the report year from the prose (a title naming none) ----------------------------------

_UNDATED = "青禾县人民政府政府信息公开工作年度报告"
_ANNOUNCEMENT = (
    "根据《中华人民共和国政府信息公开条例》规定，现公布青禾县人民政府2023年度"
    "政府信息公开工作年度报告。"
)
_OVERVIEW_START = "2023年，青禾县坚持以公开为常态"


def _undated(announcement: str, overview: str) -> gr.Report:
    text = gr.sample_text()
    assert _ANNOUNCEMENT in text and _OVERVIEW_START in text
    text = _UNDATED + text[len(_TITLE) :]
    return gr.parse(text.replace(_ANNOUNCEMENT, announcement).replace(_OVERVIEW_START, overview))


@pytest.mark.parametrize(
    "period",
    [
        "本报告所列数据的统计期限自2023-01-01至2023-12-31。",
        "本报告所列数据的统计期限为2023.1.1—2023.12.31。",
        "统计期限：2023/01/01-2023/12/31",
    ],
)
def test_a_statistics_period_in_digits_gives_the_year(period: str) -> None:
    # only a period printed with 年月日 was read: with no other year named, the year was
    # None
    report = _undated(f"现公布本报告。{period}", "本年度，青禾县坚持以公开为常态")
    assert report.title == _UNDATED
    assert report.year == 2023
    assert not [f for f in report.findings if f.code == "year_guessed"]


@pytest.mark.parametrize(
    "overview",
    [
        "2023年，青禾县坚持公开。与2022年同比，申请量增长，与2022年同比下降",
        "2023年，青禾县坚持公开，申请量为2022年同期的两倍，2022年同期为6件",
    ],
)
def test_a_year_compared_with_is_not_the_report_year(overview: str) -> None:
    # 与2022年同比 and 2022年同期 name the year compared with; they were counted as
    # mentions of the report year and outvoted 2023 (year_guessed, info only)
    report = _undated("现公布本报告。", overview)
    assert report.year == 2023


def test_a_year_before_tongbi_without_yu_is_the_report_year() -> None:
    # 2023年同比增长: the report year grew on the year before, it is no comparison year
    report = _undated("现公布本报告。", "2023年同比增长10%，2023年同比下降，与2022年相比")
    assert report.year == 2023


# --- an organ named in a sentence or a label, completed as in a title ----------------------


def _untitled(announcement: str, before: str = "") -> gr.Report:
    text = gr.sample_text()
    assert text.startswith(_TITLE) and _ANNOUNCEMENT in text
    text = before + "2023年政府信息公开工作年度报告" + text[len(_TITLE) :]
    return gr.parse(text.replace(_ANNOUNCEMENT, announcement))


@pytest.mark.parametrize(
    ("announcement", "organ"),
    [
        ("现公布云栖镇2023年度政府信息公开工作年度报告。", _TOWN),
        ("现公布青禾县2023年度政府信息公开工作年度报告。", _ORGAN),
        ("现向社会公布2023年云栖镇政府信息公开工作年度报告。", _TOWN),
        ("现公布柳湾街道2023年度政府信息公开工作年度报告。", "柳湾街道办事处"),
        ("现公布本报告。如对本报告有疑问，请与云栖镇联系。", _TOWN),
        # a functional area is no government: left as it is
        ("现公布青禾经济开发区2023年度政府信息公开工作年度报告。", "青禾经济开发区"),
        ("现公布青禾县自然资源局2023年度政府信息公开工作年度报告。", "青禾县自然资源局"),
    ],
)
def test_an_organ_named_in_a_sentence_is_completed_as_in_a_title(
    announcement: str, organ: str
) -> None:
    # 云栖镇 named by the sentence announcing the report (or the contact sentence) was
    # the organ as printed, where a title 云栖镇2023年…报告 gives 云栖镇人民政府
    report = _untitled(announcement)
    assert report.organ == organ


def test_an_organ_named_by_the_pages_issuer_label_is_completed_as_in_a_title() -> None:
    report = _untitled("现公布本报告。", before="发布机构：云栖镇\n")
    assert report.organ == _TOWN


# --- a contents list before a title naming no year ---------------------------------------

_CONTENTS = (
    "目  录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
    "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n\n"
)


def test_a_title_naming_no_year_after_a_contents_list_is_read() -> None:
    # a title after the contents list was read only when it named a year: title and
    # organ None (no sentence naming the organ)
    title = "云栖镇人民政府政府信息公开工作年度报告"
    text = gr.sample_text()
    text = _CONTENTS + title + text[len(_TITLE) :]
    report = gr.parse(text.replace(_ANNOUNCEMENT, "现公布本报告。"))
    assert report.title == title
    assert report.organ == _TOWN
    assert report.year == 2023


def test_a_bare_title_after_a_contents_list_is_still_not_read() -> None:
    # naming neither year nor organ: a site's section as likely as the report's title
    text = gr.sample_text()
    text = _CONTENTS + "政府信息公开工作年度报告" + text[len(_TITLE) :]
    report = gr.parse(text.replace(_ANNOUNCEMENT, "现公布本报告。"))
    assert report.title is None

"""What surrounds the tables (seventeenth hunt): title, organ, year, template and the
sections that bound the tables, on fictional reports (青禾县, numbers made up). Each test
failed on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr

_SAMPLE_TEXT = gr.sample_text()
_REVIEW_HEADING = "四、政府信息公开行政复议、行政诉讼情况"


def _tables(report: gr.Report) -> dict[str, object]:
    data = gr.to_dict(report)
    return {key: data[key] for key in ("active_disclosure", "requests", "review_litigation")}


_SAMPLE = gr.parse(_SAMPLE_TEXT)


def _one_cell_a_line(text: str, bar: str = "") -> str:
    """``text`` with each tab-separated row's cells printed one a line (``bar`` after
    each), as many sites' pages copy as text; prose lines are kept."""
    lines: list[str] = []
    for line in text.split("\n"):
        if "\t" in line:
            lines += [cell.strip() + bar for cell in line.split("\t") if cell.strip()]
        else:
            lines.append(line)
    return "\n".join(lines)


# --- table 四's heading wrapped over two lines ------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "四、政府信息公开行政复议、\n行政诉讼情况",
        "（四）政府信息公开行政复议、\n行政诉讼情况",
        "4.政府信息公开行政复议、\n行政诉讼情况",
        "第四部分 政府信息公开行政复议、\n行政诉讼情况",
        "四、因政府信息公开工作被申请行政复议、提起\n行政诉讼情况",
        "四、政府信息公开行政复议、行政\n诉讼情况",
    ],
)
@pytest.mark.parametrize("bar", ["", " |"])
def test_table_fours_heading_wrapped_before_litigation_is_no_header(heading: str, bar: str) -> None:
    # the heading's second line (行政诉讼情况) read as a header cell put 行政诉讼 before
    # 行政复议: the groups were placed by that order, 行政复议's values given to
    # 未经复议直接起诉 (a column_order warning, the values moved)
    text = _one_cell_a_line(_SAMPLE_TEXT.replace(_REVIEW_HEADING, heading), bar)
    report = gr.parse(text)
    assert _tables(report) == _tables(_SAMPLE)
    assert "column_order" not in {finding.code for finding in report.findings}


# --- the template judged by table 三 when table 二 is not printed -------------------------

_REPORT_2019 = (Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt").read_text(
    encoding="utf-8"
)


def _without_table_two(text: str) -> str:
    return text[: text.index("二、主动公开政府信息情况")] + text[text.index("三、收到和处理") :]


@pytest.mark.parametrize("bar", [None, "", " |"])
def test_table_three_of_2019_tells_the_template_against_a_later_year(bar: str | None) -> None:
    # a report of 2023 printing the 2019 template's table 三 (其他处理 one row, 总计
    # next) and no table 二: the year chose 2021, whose three 其他处理 rows were then
    # missing and the printed row's values ignored (row_width), template wrong
    printed = _without_table_two(_REPORT_2019)
    text = printed.replace("2020", "2023")
    if bar is not None:
        text = _one_cell_a_line(text, bar)
    report = gr.parse(text)
    assert (report.year, report.template) == (2023, "2019")
    assert gr.to_dict(report)["requests"] == gr.to_dict(gr.parse(printed))["requests"]
    assert "row_width" not in {finding.code for finding in report.findings}


@pytest.mark.parametrize("bar", [None, "", " |"])
def test_table_three_of_2021_keeps_its_template_before_2021(bar: str | None) -> None:
    # the reverse: a 2020 report on the 2021 template without table 二 (其他处理's
    # rows name 逾期不补正, as before)
    text = _without_table_two(_SAMPLE_TEXT).replace("2023", "2020")
    if bar is not None:
        text = _one_cell_a_line(text, bar)
    report = gr.parse(text)
    assert (report.year, report.template) == (2020, "2021")
    assert gr.to_dict(report)["requests"] == gr.to_dict(_SAMPLE)["requests"]


def test_table_three_of_2019_outweighs_a_single_stray_word_of_2021() -> None:
    # the 2019 table 三 with a stray 行政规范性文件 line under its heading and no table
    # 二: one 2021 word against the year used to leave the template in doubt (a
    # template_unknown warning); table 三's own rows now tell 2019
    heading = "三、收到和处理政府信息公开申请情况\n"
    printed = _without_table_two(_REPORT_2019)
    report = gr.parse(printed.replace(heading, heading + "行政规范性文件\n"))
    assert (report.year, report.template) == (2020, "2019")
    assert "template_unknown" not in {finding.code for finding in report.findings}


# --- the organ named by the preamble's sentences ---------------------------------------

_BODY_OF_A_BUREAU = _SAMPLE_TEXT[_SAMPLE_TEXT.index("一、总体情况") :].replace(
    "2023年，青禾县", "2023年，我局"
)


@pytest.mark.parametrize(
    "preamble",
    [
        # the report's name starting a sentence
        "青禾县水利局2023年政府信息公开工作年度报告由总体情况、主动公开政府信息情况等部分组成。",
        "根据《条例》规定，青禾县水利局2023年度政府信息公开工作年度报告现予公布。",
        # who compiled it
        "本报告由青禾县水利局编制，所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        "根据《条例》要求，青禾县水利局编制了2023年度政府信息公开工作年度报告。",
        # the year in Chinese numerals
        "现公布二〇二三年度青禾县水利局政府信息公开工作年度报告。",
        "现将青禾县水利局二〇二三年度政府信息公开工作年度报告公布如下。",
    ],
)
def test_an_organ_named_by_a_preamble_sentence_is_read(preamble: str) -> None:
    # with no title, these sentences name the organ: it was None
    report = gr.parse(preamble + "\n\n" + _BODY_OF_A_BUREAU)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize(
    "preamble",
    [
        "根据《条例》，现公布本局2023年度政府信息公开工作年度报告。",
        "为全面总结2023年政府信息公开工作，编制本报告。",
        "本报告根据《条例》规定编制，所列数据统计期限为2023年1月1日至2023年12月31日。",
        "全县2023年政府信息公开工作年度报告由各单位报送汇总编制。",
        "按照青禾县2023年政务公开工作要点要求，编制本报告。",
        "根据《条例》，结合青禾县2023年政务公开工作实际，编制本报告。",
    ],
)
def test_a_preamble_sentence_naming_no_organ_gives_none(preamble: str) -> None:
    report = gr.parse(preamble + "\n\n" + _BODY_OF_A_BUREAU)
    assert (report.organ, report.year) == (None, 2023)


# --- a mark or a bracketed label before the title ----------------------------------------


@pytest.mark.parametrize(
    "mark",
    ["（修订）", "(更正)", "[年报] ", "【最新】", "★", "☆ "],
)
def test_a_mark_or_bracketed_label_before_the_title_is_not_part_of_the_organ(mark: str) -> None:
    # a list's bullet or a page's label before the title was read into the organ
    # (★青禾县水利局, (修订)青禾县水利局), or made it none ([年报] + a space)
    title = "青禾县水利局2023年政府信息公开工作年度报告"
    report = gr.parse(mark + title + "\n\n" + _BODY_OF_A_BUREAU)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert report.title is not None and report.title.endswith(title)
    assert _tables(report) == _tables(_SAMPLE)


def test_a_bulleted_title_of_a_list_gives_no_organ() -> None:
    # a bullet (●, ■) marks an entry of a list of pages, another body's report at times:
    # neither title nor sentence
    entry = "● 青禾县林业局2022年政府信息公开工作年度报告"
    report = gr.parse(entry + "\n\n" + _BODY_OF_A_BUREAU)
    assert (report.title, report.organ, report.year) == (None, None, 2023)


# --- a site's menu of years above a title naming none ------------------------------------


@pytest.mark.parametrize(
    "menu",
    [
        "2024年 2023年 2022年 2021年",
        "2023年度报告\n2022年度报告\n2021年度报告",
        "2022年报",
    ],
)
def test_a_menu_of_years_above_a_title_naming_none_is_not_joined_to_it(menu: str) -> None:
    # the menu's last line was read as the first piece of a wrapped title: title
    # 2024年2023年…青禾县水利局…, year 2024; or 2021年度报告青禾县水利局…, organ
    # 报告青禾县水利局, year 2021; with no finding
    title = "青禾县水利局政府信息公开工作年度报告"
    report = gr.parse(f"政府信息公开年报\n{menu}\n{title}\n\n{_BODY_OF_A_BUREAU}")
    assert (report.title, report.organ, report.year) == (title, "青禾县水利局", 2023)


@pytest.mark.parametrize(
    "preamble",
    [
        "现公布2023年度报告。如有疑问请与青禾县人民防空办公室联系（电话：0000-1234567）。",
        "本报告由青禾县人民防空办公室编制。",
    ],
)
def test_an_organ_whose_name_ends_in_office_keeps_it_in_a_sentence(preamble: str) -> None:
    # 办公室 is left out of 请与某局办公室联系 (the body's office): a body whose own name
    # ends in 办公室 was then no name at all (organ None)
    report = gr.parse(preamble + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.organ == "青禾县人民防空办公室"


# --- the title's forms: a date in square brackets, marks after the organ, a bare year ----

_BODY_NAMING_NO_YEAR = _BODY_OF_A_BUREAU.replace("2023年，我局", "我局")


@pytest.mark.parametrize(
    "title",
    [
        "青禾县水利局2023年政府信息公开工作年度报告【2024-01-20】",
        "青禾县水利局2023年政府信息公开工作年度报告 [2024-01-20]",
        "青禾县水利局2023年政府信息公开工作年度报告［2024年1月20日］",
    ],
)
def test_a_title_with_a_date_in_square_brackets_after_it_is_read(title: str) -> None:
    # the line was no title: title, organ and year None (the body names no year)
    report = gr.parse(title + "\n\n" + _BODY_NAMING_NO_YEAR)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)
    assert report.title is not None and report.title.startswith("青禾县水利局2023年")


@pytest.mark.parametrize(
    "title",
    [
        "青禾县水利局—2023年度政府信息公开工作年度报告",
        "青禾县水利局-2023年度政府信息公开工作年度报告",
        "青禾县水利局——2023年度政府信息公开工作年度报告",
        "青禾县水利局：2023年度政府信息公开工作年度报告",
        "青禾县水利局:2023年度政府信息公开工作年度报告",
    ],
)
def test_a_mark_between_the_organ_and_the_year_is_not_part_of_the_organ(title: str) -> None:
    # a dash was read into the organ (青禾县水利局—); a colon made the line no title
    # (title, organ and year None)
    report = gr.parse(title + "\n\n" + _BODY_NAMING_NO_YEAR)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)
    assert report.title is not None and report.title.endswith("2023年度政府信息公开工作年度报告")


@pytest.mark.parametrize(
    "title",
    [
        "2023青禾县水利局政府信息公开工作年度报告",
        "青禾县水利局2023政府信息公开工作年度报告",
        "青禾县水利局政府信息公开工作年度报告2023",
    ],
)
def test_a_year_printed_without_nian_in_the_title_is_read(title: str) -> None:
    # 2023 with no 年: year None where the body names none (and organ None when the year
    # led the title)
    report = gr.parse(title + "\n\n" + _BODY_NAMING_NO_YEAR)
    assert (report.title, report.organ, report.year) == (title, "青禾县水利局", 2023)


def test_a_bare_year_in_the_title_gives_way_to_the_years_the_body_names() -> None:
    report = gr.parse("青禾县水利局政府信息公开工作年度报告2024\n\n" + _BODY_OF_A_BUREAU)
    assert report.year == 2023


# --- an excerpt starting inside section 一 ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "按时发布2022年度政府信息公开工作年度报告",
        "及时公布青禾县水利局2022年政府信息公开工作年度报告",
        "完成2022年政府信息公开工作年度报告",
        "编制并发布2022年度政府信息公开年报",
    ],
)
def test_a_line_of_section_one_naming_last_years_report_is_not_the_title(line: str) -> None:
    # an excerpt starting inside section 一 (its heading cut off): a short line telling
    # that last year's report was published was read as the title (title 按时发布2022年度…,
    # organ 按时发布, year 2022), with no finding
    overview = f"2023年，我局严格执行条例。\n3.年度报告发布情况\n{line}\n\n"
    report = gr.parse(overview + _BODY_OF_A_BUREAU[_BODY_OF_A_BUREAU.index("二、") :])
    assert report.title is None
    assert report.organ in (None, "青禾县水利局")
    assert report.year == 2023


@pytest.mark.parametrize(
    "organ", ["中共青禾县委机构编制委员会办公室", "青禾县委编办", "青禾县新闻发布中心"]
)
def test_a_body_whose_name_holds_a_verb_of_publishing_is_still_a_titles_organ(organ: str) -> None:
    report = gr.parse(f"{organ}2023年政府信息公开工作年度报告\n\n{_BODY_OF_A_BUREAU}")
    assert (report.organ, report.year) == (organ, 2023)


@pytest.mark.parametrize("office", ["青禾县人民政府政务公开办公室", "县政府信息公开办公室"])
def test_the_office_handling_disclosure_named_for_contact_is_no_organ(office: str) -> None:
    # the contact office of a county's report is no body reporting
    report = gr.parse(f"现公布2023年度报告。如有疑问请与{office}联系。\n\n{_BODY_OF_A_BUREAU}")
    assert report.organ is None


# --- a title naming the publication year and the report year ----------------------------


@pytest.mark.parametrize(
    "title",
    [
        "2024年青禾县水利局关于2023年度政府信息公开工作的报告",
        "青禾县水利局2024年关于2023年度政府信息公开工作的报告",
        "2024年青禾县水利局2023年政府信息公开工作年度报告",
    ],
)
def test_the_year_naming_the_work_is_the_report_year_in_a_title_naming_two(title: str) -> None:
    # the first year (the publication's) was the report year: 2024, with no finding
    report = gr.parse(title + "\n\n" + _BODY_NAMING_NO_YEAR)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)


# --- section 一 numbered otherwise ---------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "（一）总体情况",
        "(一) 总体情况",
        "第一部分 总体情况",
        "1.总体情况",
        "一 总体情况",
        "壹、总体情况",
    ],
)
def test_a_report_name_inside_section_one_numbered_otherwise_is_not_the_title(heading: str) -> None:
    # section 一 numbered otherwise than 一、 was not seen as the body's start: a line of it
    # naming another report (青禾县林业局2022年…报告) was taken for the title, nearest the
    # body, over the page's own: organ 青禾县林业局, year 2022, with no warning
    title = "青禾县水利局2023年政府信息公开工作年度报告"
    other = "青禾县林业局2022年政府信息公开工作年度报告"
    overview = f"{heading}\n2023年，我局坚持公开。\n（三）年度报告\n{other}\n"
    body = _BODY_OF_A_BUREAU[_BODY_OF_A_BUREAU.index("二、") :]
    report = gr.parse(f"{title}\n{overview}\n{body}")
    assert (report.title, report.organ, report.year) == (title, "青禾县水利局", 2023)
    assert _tables(report) == _tables(_SAMPLE)


def test_a_year_before_baosong_still_counts_as_a_mention() -> None:
    # (2022年报 names a report; 2023年报送 does not)
    head = "青禾县水利局政府信息公开工作年度报告\n2023年报送政务信息50条。\n"
    report = gr.parse(head + _BODY_NAMING_NO_YEAR)
    assert report.year == 2023


@pytest.mark.parametrize(
    "menu", ["2024年 2023年 2022年", "2024年度、2023年度、2022年度", "2024 2023 2022"]
)
def test_a_menu_of_years_is_not_counted_for_the_report_year(menu: str) -> None:
    # a page with no title whose overview names its year once: a site's menu of years
    # above it outvoted that year (year 2024, with only a year_guessed info)
    overview = "一、总体情况\n\n2019年，我局政府信息公开工作运行良好。\n\n"
    body = _BODY_OF_A_BUREAU[_BODY_OF_A_BUREAU.index("二、") :]
    report = gr.parse(f"{menu}\n{overview}{body}")
    assert report.year == 2019


def test_a_sentence_naming_a_peoples_government_before_xinxi_gongkai_gives_it_whole() -> None:
    # 2023年青禾县人民政府信息公开…: the name was cut before 政府信息公开 (青禾县人民: no
    # name), organ None where no title named it
    preamble = "现将2023年青禾县人民政府信息公开工作年度报告予以公布。"
    report = gr.parse(preamble + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.organ == "青禾县人民政府"


# --- a title naming no body of its own ----------------------------------------------------


@pytest.mark.parametrize("name", ["我局", "本局", "我镇", "本单位", "政府", "人民政府", "局", "县"])
def test_a_title_naming_no_body_of_its_own_gives_no_organ(name: str) -> None:
    # 我局2023年…报告 gave the organ 我局 (局, 政府, 县人民政府 …): no name, a false guess
    report = gr.parse(f"{name}2023年政府信息公开工作年度报告\n\n{_BODY_OF_A_BUREAU}")
    assert (report.organ, report.year) == (None, 2023)


def test_a_title_naming_no_body_leaves_the_organ_to_a_sentence() -> None:
    head = "我局2023年政府信息公开工作年度报告\n现公布青禾县水利局2023年度报告。"
    assert gr.parse(f"{head}\n\n{_BODY_OF_A_BUREAU}").organ == "青禾县水利局"


@pytest.mark.parametrize("organ", ["市场监管局", "县人民法院", "区统计局"])
def test_a_short_name_starting_with_a_division_is_still_an_organ(organ: str) -> None:
    report = gr.parse(f"{organ}2023年政府信息公开工作年度报告\n\n{_BODY_OF_A_BUREAU}")
    assert report.organ == organ

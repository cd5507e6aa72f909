"""Report metadata and single cells (twentieth hunt): title, organ and year as other
sites print them, and cells as other tools print them, on fictional reports (青禾县,
numbers made up). Each test failed on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr

_SAMPLE_TEXT = gr.sample_text()
_SAMPLE = gr.parse(_SAMPLE_TEXT)
_BODY_OF_A_BUREAU = _SAMPLE_TEXT[_SAMPLE_TEXT.index("一、总体情况") :].replace(
    "2023年，青禾县", "2023年，我局"
)
_BARE_TITLE = "2023年政府信息公开工作年度报告\n\n"


def _tables(report: gr.Report) -> dict[str, object]:
    data = gr.to_dict(report)
    return {key: data[key] for key in ("active_disclosure", "requests", "review_litigation")}


# --- the organ signing the report after its tables ---------------------------------------


@pytest.mark.parametrize(
    ("signature", "organ"),
    [
        ("青禾县水利局\n2024年1月20日", "青禾县水利局"),
        (" " * 30 + "青禾县水利局\n" + " " * 28 + "2024年1月20日", "青禾县水利局"),
        ("青禾县水利局\n\n二〇二四年一月二十日", "青禾县水利局"),
        ("青禾县水利局  2024年1月20日", "青禾县水利局"),
        ("青禾县水利局\n2024-01-20\n\n附件：无", "青禾县水利局"),
        ("青禾县水利局\n2024年1月", "青禾县水利局"),
        ("青禾县云栖镇\n2024年1月20日", "青禾县云栖镇人民政府"),
    ],
)
def test_the_organ_signing_the_report_is_read(signature: str, organ: str) -> None:
    # a title naming no organ, no sentence naming one: the signature under section 六
    # (the name on a line, the date on the next) was not read, organ None silently
    report = gr.parse(_BARE_TITLE + _BODY_OF_A_BUREAU + "\n\n" + signature + "\n")
    assert (report.organ, report.year, report.template) == (organ, 2023, "2021")
    assert _tables(report) == _tables(_SAMPLE)


def test_a_signature_names_a_title_s_shortened_organ_in_full() -> None:
    # 区统计局 in the title, 杨陵区统计局 signing: the same body, named in full (as the
    # page's issuer line already completes it)
    title = "区统计局2023年政府信息公开工作年度报告\n\n"
    report = gr.parse(title + _BODY_OF_A_BUREAU + "\n\n杨陵区统计局\n2024年1月20日\n")
    assert report.organ == "杨陵区统计局"


@pytest.mark.parametrize(
    "signature",
    ["青禾县林业局\n2024年1月20日", "青禾县水利局\n2024年1月20日起施行的规定"],
)
def test_a_signature_naming_another_body_or_no_date_leaves_the_title_s_organ(
    signature: str,
) -> None:
    title = "县水利局2023年政府信息公开工作年度报告\n\n"
    report = gr.parse(title + _BODY_OF_A_BUREAU + "\n\n" + signature + "\n")
    assert report.organ == "县水利局"


def test_a_name_with_no_date_after_the_tables_is_no_signature() -> None:
    report = gr.parse(_BARE_TITLE + _BODY_OF_A_BUREAU + "\n\n青禾县水利局\n")
    assert report.organ is None


# --- a title with Markdown's marks around it ---------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "# 青禾县水利局2023年政府信息公开工作年度报告",
        "### 青禾县水利局2023年政府信息公开工作年度报告",
        "**青禾县水利局2023年政府信息公开工作年度报告**",
        "__青禾县水利局2023年政府信息公开工作年度报告__",
        "*青禾县水利局2023年政府信息公开工作年度报告*",
        "# **青禾县水利局2023年政府信息公开工作年度报告**",
        "**青禾县水利局**\n\n**2023年政府信息公开工作年度报告**",
    ],
)
def test_a_title_in_markdown_marks_is_read_without_them(title: str) -> None:
    # a converter's Markdown (a heading's #, bold type): the title kept its # and gave
    # no organ, or in emphasis was no title at all (title and organ None, no warning)
    report = gr.parse(title + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.title == "青禾县水利局2023年政府信息公开工作年度报告"
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert _tables(report) == _tables(_SAMPLE)


def test_a_markdown_heading_of_section_one_starts_the_body() -> None:
    # ## 一、总体情况 starts the body: a line below it naming another report is no title
    text = (
        "# 青禾县水利局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n"
        "青禾县林业局2022年政府信息公开工作年度报告\n\n" + _BODY_OF_A_BUREAU
    )
    report = gr.parse(text)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)


# --- single cells ------------------------------------------------------------------------

_REPORT_2019 = (Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt").read_text(
    encoding="utf-8"
)


def _with_change(printed: str) -> str:
    """The 2019 report with its second 本年增/减 value (-4) printed as ``printed``."""
    row = "其他对外管理服务事项\t97\t"
    return _REPORT_2019.replace(row + "-4\t", row + printed + "\t")


@pytest.mark.parametrize(
    ("printed", "change"),
    [("↓4", -4), ("▼4", -4), ("⬇ 4", -4), ("↑4", 4), ("▲4", 4), ("↓4项", -4)],
)
def test_a_change_printed_with_an_arrow_is_read_with_its_direction(
    printed: str, change: int
) -> None:
    # 本年增/减 printed with an arrow for the direction (↓4: down 4) was an unreadable
    # cell (blank, with a warning); it is the signed change, the arrow's reading noted
    text = _REPORT_2019.replace(
        "其他对外管理服务事项\t97\t-4\t", f"其他对外管理服务事项\t97\t{printed}\t"
    )
    report = gr.parse(text)
    row = gr.to_dict(report)["active_disclosure"]["other_administrative_services"]
    assert row["change"] == change
    notes = [f for f in report.findings if f.path and "other_administrative_services" in f.path]
    assert [(f.code, f.severity) for f in notes] == [("repaired_cell", "info")]
    assert printed in notes[0].message


@pytest.mark.parametrize("printed", ["4↓", "↓-4", "↓"])
def test_an_arrow_after_a_number_or_with_a_sign_stays_unreadable(printed: str) -> None:
    text = _REPORT_2019.replace(
        "其他对外管理服务事项\t97\t-4\t", f"其他对外管理服务事项\t97\t{printed}\t"
    )
    report = gr.parse(text)
    assert (
        gr.to_dict(report)["active_disclosure"]["other_administrative_services"]["change"] is None
    )
    assert "unreadable_cell" in {f.code for f in report.findings}


# --- the page's issuer labelled otherwise -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "文章来源：青禾县水利局",
        "来源单位：青禾县水利局",
        "发布者：青禾县水利局",
        "信息发布单位：青禾县水利局",
        "公开主体：青禾县水利局",
        "信息公开主体：青禾县水利局",
        "公开责任部门：青禾县水利局",
        "所属机构：青禾县水利局",
        "生成机构：青禾县水利局",
        "责任单位：青禾县水利局",
        "信息提供单位：青禾县水利局",
        "供稿单位：青禾县水利局",
        "作者：青禾县水利局",
        "来源 : 青禾县水利局",
        "【来源：青禾县水利局】",
        "索引号：QH-2024-0012\t所属机构\t青禾县水利局",
    ],
)
def test_the_issuer_labelled_otherwise_is_the_organ(line: str) -> None:
    # a title naming no organ, the page's details naming it under labels other than
    # 发布机构 / 来源 (or the colon printed apart, the label in brackets): organ None
    report = gr.parse(_BARE_TITLE + line + "\n\n" + _BODY_OF_A_BUREAU)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize("line", ["主办单位：青禾县人民政府", "编辑：青禾县水利局"])
def test_a_label_naming_no_issuer_gives_no_organ(line: str) -> None:
    report = gr.parse(_BARE_TITLE + line + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.organ is None


def test_a_source_label_gives_way_to_an_issuer_label() -> None:
    lines = "文章来源：青禾县人民政府\n公开主体：青禾县水利局\n"
    report = gr.parse(_BARE_TITLE + lines + "\n" + _BODY_OF_A_BUREAU)
    assert report.organ == "青禾县水利局"


# --- a site's banner next to the title -----------------------------------------------------


@pytest.mark.parametrize(
    ("banner", "organ"),
    [
        ("青禾县水利局门户网站\n", "青禾县水利局"),
        ("青禾县水利局网站\n", "青禾县水利局"),
        ("青禾县水利局官网\n", "青禾县水利局"),
        ("青禾县人民政府网\n", "青禾县人民政府"),
        ("青禾县云栖镇门户网站\n", "青禾县云栖镇人民政府"),
    ],
)
def test_a_site_banner_above_a_title_naming_no_organ_is_not_part_of_it(
    banner: str, organ: str
) -> None:
    # a banner ending in 网站 was taken for a name on the line before the title (站,
    # an organ's ending): title 青禾县水利局门户网站2023年…, organ 青禾县水利局门户网站,
    # silently; the title is the report's now and the site's owner is the organ where
    # nothing else names one
    report = gr.parse(banner + _BARE_TITLE + _BODY_OF_A_BUREAU)
    assert report.title == "2023年政府信息公开工作年度报告"
    assert (report.organ, report.year) == (organ, 2023)
    assert _tables(report) == _tables(_SAMPLE)


def test_a_site_banner_below_a_title_is_not_its_organs_line() -> None:
    report = gr.parse(_BARE_TITLE.strip() + "\n青禾县水利局门户网站\n\n" + _BODY_OF_A_BUREAU)
    assert (report.title, report.organ) == ("2023年政府信息公开工作年度报告", "青禾县水利局")


def test_a_site_banner_gives_way_to_the_organ_the_title_names() -> None:
    text = "青禾县人民政府门户网站\n青禾县水利局2023年政府信息公开工作年度报告\n\n"
    report = gr.parse(text + _BODY_OF_A_BUREAU)
    assert report.organ == "青禾县水利局"


# --- the statistics period printed from month to month -------------------------------------

_NO_YEAR_TITLE = "青禾县水利局政府信息公开工作年度报告\n\n"
_BODY_NAMING_NO_YEAR = _BODY_OF_A_BUREAU.replace("2023年，我局", "我局")


@pytest.mark.parametrize(
    "period",
    [
        "本报告统计期限为2023年1月至12月。",
        "本报告所列数据统计时间为2023年1-12月。",
        "本报告统计期限为2023年1月—2023年12月。",
        "本报告统计期限为2023年01月至12月。",
    ],
)
def test_a_statistics_period_from_month_to_month_gives_the_year(period: str) -> None:
    # with no year in the title, a period printed by months (2023年1月至12月) was no
    # period, and its year a date's (2023年1月): the next year, named twice for plans,
    # was read as the report's (2024, with a year_guessed info only)
    preamble = period + "2024年，我局将继续加强公开，2024年重点工作见第五部分。\n\n"
    report = gr.parse(_NO_YEAR_TITLE + preamble + _BODY_NAMING_NO_YEAR)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert "year_guessed" not in {finding.code for finding in report.findings}


@pytest.mark.parametrize(
    ("printed", "change"),
    [
        ("减少4条", -4),
        ("净减4", -4),
        ("净减少4项", -4),
        ("净增4", 4),
        ("增4件次", 4),
        ("未变", 0),
        ("同比持平", 0),
        ("保持不变", 0),
        ("没有变化", 0),
    ],
)
def test_a_change_in_other_words_is_read(printed: str, change: int) -> None:
    # a change word with another counted word than 项/个/件 after the number (减少4条:
    # a count takes 条, a change did not), 净增 / 净减 ('net'), and other words for no
    # change (未变, 同比持平): each was an unreadable cell (blank, with a warning)
    report = gr.parse(_with_change(printed))
    row = gr.to_dict(report)["active_disclosure"]["other_administrative_services"]
    assert row["change"] == change
    assert "unreadable_cell" not in {f.code for f in report.findings}


@pytest.mark.parametrize(("printed", "count"), [("12条次", 12), ("12项次", 12)])
def test_a_count_with_a_compound_counted_word_is_the_count(printed: str, count: int) -> None:
    # 件次 and 人次 were read, 条次 and 项次 were unreadable cells
    text = _REPORT_2019.replace("规范性文件\t6\t6\t31", f"规范性文件\t6\t6\t{printed}")
    report = gr.parse(text)
    row = gr.to_dict(report)["active_disclosure"]["normative_documents"]
    assert row["total_published"] == count
    assert "unreadable_cell" not in {f.code for f in report.findings}


# --- the organ on the page's date line -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "青禾县水利局 2024-01-20",
        "2024-01-20 青禾县水利局",
        "青禾县水利局 发布时间：2024-01-20",
        "2024年1月20日　青禾县水利局　浏览次数：120",
        "发布日期：2024/01/20 | 青禾县水利局 | 字号：大 中 小",
    ],
)
def test_the_organ_on_the_page_s_date_line_is_read(line: str) -> None:
    # a byline under a title naming no organ: the organ's name beside the page's date,
    # no label before it; organ None, silently
    report = gr.parse(_BARE_TITLE.strip() + "\n" + line + "\n\n" + _BODY_OF_A_BUREAU)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize(
    "line",
    ["青禾县水利局 青禾县林业局 2024-01-20", "2024-01-20 10:30 浏览次数：120"],
)
def test_a_date_line_naming_no_organ_or_two_gives_none(line: str) -> None:
    report = gr.parse(_BARE_TITLE.strip() + "\n" + line + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.organ is None


@pytest.mark.parametrize(
    ("printed", "amount"),
    [
        ("人民币3518.2050万元", ("3518.2050", "万元")),
        ("3518.2050万元人民币", ("3518.2050", "万元")),
        ("RMB 3518.2050万元", ("3518.2050", "万元")),
        ("35182050.00元整", ("35182050.00", "元")),
    ],
)
def test_an_amount_with_the_currency_s_name_is_read(printed: str, amount: tuple[str, str]) -> None:
    # the procurement amount with the currency named before or after it (人民币, RMB) or
    # 整 after 元, as a formal amount prints it: an unreadable cell (blank, a warning)
    text = _REPORT_2019.replace("3518.2050 万元", printed)
    report = gr.parse(text)
    row = gr.to_dict(report)["active_disclosure"]["centralized_procurement"]
    assert (row["amount"]["value"], row["amount"]["unit"]) == amount
    notes = [f for f in report.findings if f.path and "centralized_procurement" in f.path]
    assert [(f.code, f.severity) for f in notes] == [("repaired_cell", "info")]


# --- the contact sentence in other words ---------------------------------------------------


_CONTACTS = (
    "如对本报告有疑问，请联系青禾县水利局办公室，电话：0000-1234567。",
    "如对本报告有疑问，请联系青禾县水利局（电话：0000-1234567）。",
    "如对本报告有任何疑问，可与青禾县水利局办公室联系。",
    "如有疑问请致电青禾县水利局办公室（0000-1234567）。",
    "如对本报告有疑问，可向青禾县水利局咨询。",
    "联系单位：青禾县水利局办公室",
)


@pytest.mark.parametrize(
    ("sentence", "where"),
    [(sentence, "preamble") for sentence in _CONTACTS]
    # (after the tables only a sentence naming 联系 is read: testing every row there for
    # 致电 and 咨询 too costs about 2 % on texts printing a cell a line)
    + [(sentence, "end") for sentence in _CONTACTS if "联系" in sentence],
)
def test_a_contact_sentence_in_other_words_names_the_organ(sentence: str, where: str) -> None:
    # only 请与某局联系 / 请联系某局…联系 were read: these gave organ None, silently
    if where == "preamble":
        text = _BARE_TITLE + sentence + "\n\n" + _BODY_OF_A_BUREAU
    else:
        text = _BARE_TITLE + _BODY_OF_A_BUREAU + "\n" + sentence + "\n"
    report = gr.parse(text)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize(
    "sentence",
    [
        "如对本报告有疑问，请联系我局办公室，电话：0000-1234567。",
        "如有疑问，可向青禾县人民政府政务公开办公室咨询。",
        "请联系办公室（电话：0000-1234567）。",
    ],
)
def test_a_contact_sentence_naming_no_body_gives_no_organ(sentence: str) -> None:
    report = gr.parse(_BARE_TITLE + sentence + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.organ is None


# --- the organ as the subject of the preamble's sentences ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "青禾县水利局根据《中华人民共和国政府信息公开条例》要求，编制本报告。",
        "本报告由青禾县水利局根据《条例》要求编制。",
        "青禾县水利局认真贯彻落实《条例》，现将2023年度政府信息公开工作报告如下。",
        "2023年，青禾县水利局深入贯彻落实《条例》，全年主动公开政府信息120条。",
    ],
)
def test_the_organ_as_the_subject_of_a_preamble_sentence_is_read(sentence: str) -> None:
    # the body starting a sentence as the one who did it, no title naming it: None
    report = gr.parse(_BARE_TITLE + sentence + "\n\n" + _BODY_OF_A_BUREAU)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年，县政府高度重视政务公开工作。",
        "2023年，全县各单位认真贯彻落实《条例》。",
        "2023年，在县委县政府的领导下，我局认真贯彻落实《条例》。",
        "2023年，局机关严格按照《条例》要求开展工作。",
    ],
)
def test_a_sentence_whose_subject_is_no_named_body_gives_no_organ(sentence: str) -> None:
    report = gr.parse(_BARE_TITLE + sentence + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.organ is None


# --- a name printed after the title ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("2023年政府信息公开工作年度报告 青禾县水利局", "青禾县水利局"),
        ("2023年政府信息公开工作年度报告——青禾县水利局", "青禾县水利局"),
        ("2023年政府信息公开工作年度报告_青禾县水利局", "青禾县水利局"),
        ("2023年政府信息公开工作年度报告_青禾县人民政府门户网站", "青禾县人民政府"),
        ("2023年政府信息公开工作年度报告\n——青禾县水利局", "青禾县水利局"),
        ("2023年度政府信息公开工作年度报告（青禾县云栖镇）", "青禾县云栖镇人民政府"),
    ],
)
def test_a_name_after_the_title_is_the_organ(title: str, organ: str) -> None:
    # a page's title naming the organ or its site after the report's words: the title
    # was read without it, organ None (…门户网站: the title itself with the site's
    # owner, 2023年…报告_青禾县人民政府, as the organ); a subtitle ——某局 kept its dash
    # (organ ——青禾县水利局); a town's name in brackets was not completed as a title's
    report = gr.parse(title + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.title is not None and report.title.startswith("2023年")
    assert "青禾县水利局" not in report.title and "网站" not in report.title
    assert (report.organ, report.year, report.template) == (organ, 2023, "2021")


# --- the same, in traditional characters -----------------------------------------------------

_BARE_TITLE_TRADITIONAL = "2023年政府信息公開工作年度報告\n\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("青禾縣水利局門戶網站\n", ""),
        ("文章來源：青禾縣水利局\n", ""),
        ("如對本報告有疑問，請聯繫青禾縣水利局辦公室，電話：0000-1234567。\n", ""),
        ("青禾縣水利局根據《條例》要求，編制本報告。\n", ""),
        ("", "\n\n青禾縣水利局\n2024年1月20日\n"),
    ],
)
def test_the_organ_is_read_in_traditional_characters(before: str, after: str) -> None:
    # a site's 繁體 version: the banner (門戶網站: 網 and 戶 were not folded) was joined
    # into the title as the organ's line, silently; the name is returned as printed
    text = before + _BARE_TITLE_TRADITIONAL + _BODY_OF_A_BUREAU + after
    report = gr.parse(text)
    assert report.title == "2023年政府信息公開工作年度報告"
    assert (report.organ, report.year) == ("青禾縣水利局", 2023)


# --- a body's short name on a line of its own -----------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "organ"),
    [
        ("青禾县扶贫办\n", "", "青禾县扶贫办"),
        ("", "\n\n青禾县残联\n2024年1月20日\n", "青禾县残联"),
        ("", "\n\n青禾县气象台\n2024年1月20日\n", "青禾县气象台"),
        ("", "\n\n青禾县国有林场\n2024年1月20日\n", "青禾县国有林场"),
    ],
)
def test_a_short_name_on_a_line_of_its_own_is_the_organ(
    before: str, after: str, organ: str
) -> None:
    # short names ending in 办, 联, 台, 场 (no organ's ending): on a cover line above the
    # title or signing the report they were no name, organ None
    report = gr.parse(before + _BARE_TITLE + _BODY_OF_A_BUREAU + after)
    assert (report.organ, report.year) == (organ, 2023)


@pytest.mark.parametrize("line", ["积极举办\n", "县政府办\n"])
def test_a_short_form_naming_no_place_is_no_name(line: str) -> None:
    report = gr.parse(line + _BARE_TITLE + _BODY_OF_A_BUREAU)
    assert (report.title, report.organ) == ("2023年政府信息公开工作年度报告", None)


def test_a_name_after_the_title_outranks_the_overview_s_subject() -> None:
    # PDF text (the spaces reader) printing the organ after the title, wide apart: the
    # title's row has two cells, the name was not read; the county the overview names
    # as its subject (2023年，青禾县坚持…) must not take its place
    text = _SAMPLE_TEXT.replace("\t", "      ").replace(
        "青禾县人民政府2023年政府信息公开工作年度报告",
        "2023年政府信息公开工作年度报告      青禾县水利局",
    )
    text = text.replace("现公布青禾县人民政府2023年度政府信息公开工作年度报告。", "现予公布。")
    report = gr.parse(text)
    assert (report.title, report.organ) == ("2023年政府信息公开工作年度报告", "青禾县水利局")


def test_a_signature_before_the_tables_printed_as_an_attachment_is_read() -> None:
    # the tables after the signature, as an attachment (附件): only rows after the first
    # table were read for a signature, organ None
    body = _BODY_OF_A_BUREAU
    tables = body[body.index("二、主动公开") : body.index("五、存在")]
    prose = body.replace(tables, "")
    text = _BARE_TITLE + prose + "\n\n青禾县水利局\n2024年1月20日\n\n附件：\n\n" + tables
    report = gr.parse(text)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize("mark", ["╱", "∕", "⁄", "╲"])
def test_a_slash_printed_as_another_glyph_is_a_blank_cell(mark: str) -> None:
    # a blank cell's slash printed as a division or fraction slash, or a drawn table's
    # diagonal: an unreadable cell (blank, with a warning) where / is a blank
    text = _REPORT_2019.replace(
        "其他对外管理服务事项\t97\t-4\t406", f"其他对外管理服务事项\t97\t{mark}\t406"
    )
    report = gr.parse(text)
    row = gr.to_dict(report)["active_disclosure"]["other_administrative_services"]
    assert row["change"] is None and row["decisions"] == 406
    assert "unreadable_cell" not in {f.code for f in report.findings}


@pytest.mark.parametrize(
    "period",
    [
        "本报告统计期限为二〇二三年一月一日至二〇二三年十二月三十一日。",
        "本报告所列数据统计期限自二〇二三年一月一日起至十二月三十一日止。",
        "本报告统计期限为二〇二三年一月至十二月。",
    ],
)
def test_a_statistics_period_in_chinese_numerals_gives_the_year(period: str) -> None:
    # the period in Chinese numerals was no period, its year no mention (digits only):
    # the year named for plans (2024) was read, with a year_guessed info only
    preamble = period + "2024年，我局将继续加强公开，2024年重点工作见第五部分。\n\n"
    report = gr.parse(_NO_YEAR_TITLE + preamble + _BODY_NAMING_NO_YEAR)
    assert (report.year, report.template) == (2023, "2021")
    assert "year_guessed" not in {finding.code for finding in report.findings}


@pytest.mark.parametrize(
    "line",
    [
        "如对本报告有疑问，请与青禾县水利局联系。",
        "青禾县水利局 2024-01-20",
        "如对本报告有疑问，请联系青禾县水利局办公室，电话：0000-1234567。",
    ],
)
def test_a_title_s_shortened_organ_is_named_in_full_by_the_byline_or_contact(line: str) -> None:
    # 县水利局 in the title, 青禾县水利局 on the byline or in the contact sentence: the
    # same body, whose full name was not read (as the issuer line's already was)
    title = "县水利局2023年政府信息公开工作年度报告\n"
    report = gr.parse(title + line + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.organ == "青禾县水利局"


def test_a_contact_naming_another_body_leaves_the_title_s_shortened_organ() -> None:
    title = "县水利局2023年政府信息公开工作年度报告\n"
    line = "如对本报告有疑问，请与青禾县人民政府办公室联系。"
    report = gr.parse(title + line + "\n\n" + _BODY_OF_A_BUREAU)
    assert report.organ == "县水利局"

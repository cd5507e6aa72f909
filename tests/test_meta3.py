"""Report metadata (third metadata hunt of the thirteenth session): title, organ and year
as other sites and tools print them, on fictional reports (青禾县, numbers made up). Each
test failed on the code before its fix."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_SAMPLE_TEXT = gr.sample_text()
_SAMPLE = gr.parse(_SAMPLE_TEXT)
#: The sample's body from its first section on, a bureau's (我局: it names no organ).
_BODY = _SAMPLE_TEXT[_SAMPLE_TEXT.index("一、总体情况") :].replace("2023年，青禾县", "2023年，我局")
_BARE_TITLE = "2023年政府信息公开工作年度报告\n"


def _tables(report: gr.Report) -> dict[str, object]:
    data = gr.to_dict(report)
    return {key: data[key] for key in ("active_disclosure", "requests", "review_litigation")}


def _codes(report: gr.Report) -> list[tuple[str, str]]:
    return [(finding.code, finding.severity) for finding in report.findings]


# --- the page's issuer line printed in other forms ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "【来源：青禾县水利局】【发布时间：2024-01-20】【字体：大 中 小】",
        "发布机构：青禾县水利局，发布日期：2024-01-20",
        "发布机构：青禾县水利局;发布日期：2024-01-20",
        "发布机构：青禾县水利局/发布日期：2024-01-20",
        "发布机构：青禾县水利局｜发布日期：2024-01-20",
        "发布机构：青禾县水利局发布日期：2024-01-20",
        "来源：青禾县水利局时间：2024-01-20",
        "发布机构 ：青禾县水利局",
        "发布机构 ：青禾县水利局 发布日期 ：2024-01-20",
        "[发布机构]青禾县水利局",
        "【发布机构】青禾县水利局 【发布日期】2024-01-20",
    ],
)
def test_an_issuer_line_printed_otherwise_names_the_organ(line: str) -> None:
    # a title naming no organ, the page's issuer line under it: the name was read with
    # what follows it (a mark, the next label glued on) or its label's colon or brackets
    # were printed apart, and organ came back None, silently
    report = gr.parse(_BARE_TITLE + line + "\n\n" + _BODY)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert _tables(report) == _tables(_SAMPLE)


# --- 关于 before the organ's name in a sentence -------------------------------------------


@pytest.mark.parametrize(
    "preamble",
    [
        "关于青禾县水利局2023年度政府信息公开工作年度报告的说明\n",
        "根据要求，现将关于青禾县水利局2023年度政府信息公开工作年度报告发布如下。\n",
        "根据《条例》，关于青禾县水利局2023年度政府信息公开工作年度报告公布如下。\n",
    ],
)
def test_about_before_the_organ_in_a_sentence_is_no_part_of_its_name(preamble: str) -> None:
    # a sentence naming the report after 关于: the organ was read as 关于青禾县水利局,
    # silently
    report = gr.parse(preamble + "\n" + _BODY)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)


# --- a title's year other than the statistics period's -----------------------------------

_PERIOD_2023 = "本报告所列数据统计期限为2023年1月1日至2023年12月31日。\n\n"
_TITLED_2024 = "青禾县水利局2024年政府信息公开工作年度报告\n"


@pytest.mark.parametrize(
    ("preamble", "signature"),
    [
        (_TITLED_2024 + "发布时间：2024-01-20\n\n" + _PERIOD_2023, ""),
        (_TITLED_2024 + "（2024年1月20日）\n\n" + _PERIOD_2023, ""),
        (_TITLED_2024 + "\n" + _PERIOD_2023, "\n\n青禾县水利局\n2024年1月20日\n"),
        (_TITLED_2024 + "\n" + _PERIOD_2023, "\n\n青禾县水利局\n二〇二四年一月二十日\n"),
    ],
)
def test_a_title_naming_the_year_of_publication_gives_the_period_s_year(
    preamble: str, signature: str
) -> None:
    # a title naming the year the report was published (2024, as its date says), the
    # statistics period 2023's: the year was read as 2024, silently
    report = gr.parse(preamble + _BODY + signature)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert ("year_guessed", "warning") in _codes(report)
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize(
    ("preamble", "year"),
    [
        # a period copied from last year's report: the title's year stands
        (
            "青禾县水利局2023年政府信息公开工作年度报告\n发布时间：2024-01-20\n\n"
            "本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n\n",
            2023,
        ),
        # a title naming the year of publication, the page giving no date: in doubt
        (_TITLED_2024 + "\n" + _PERIOD_2023, 2024),
    ],
)
def test_a_title_s_year_other_than_the_period_s_is_kept_with_a_warning(
    preamble: str, year: int
) -> None:
    # the title's year and the period's differing, no date of the title's year on the
    # page: the title's year was read with no finding
    report = gr.parse(preamble + _BODY)
    assert report.year == year
    assert ("year_guessed", "warning") in _codes(report)


def test_a_title_and_period_of_the_same_year_give_no_finding() -> None:
    report = gr.parse("青禾县水利局2023年政府信息公开工作年度报告\n\n" + _PERIOD_2023 + _BODY)
    assert report.year == 2023
    assert "year_guessed" not in [code for code, _ in _codes(report)]


# --- a title's last words saying which text it is, unbracketed ----------------------------

_PLANS = "2024年，我局将进一步完善制度。2024年，我局将加强培训。2024年，我局将强化监督。\n\n"


@pytest.mark.parametrize("tail", ["全文", " 全文", "正文", "摘要", "　正文"])
def test_a_title_ending_in_words_naming_its_text_is_the_title(tail: str) -> None:
    # 全文 after 报告 with no brackets: no title was read (the year then guessed from the
    # prose, which names 2024 more often for plans: 2024 with a year_guessed info)
    title = "青禾县水利局2023年政府信息公开工作年度报告"
    report = gr.parse(title + tail + "\n\n" + _PLANS + _BODY)
    assert report.title == title + tail.strip()
    assert (report.organ, report.year) == ("青禾县水利局", 2023)
    assert "year_guessed" not in [code for code, _ in _codes(report)]


# --- a statistics period printed otherwise --------------------------------------------------


@pytest.mark.parametrize(
    "period",
    [
        "自2023年1月1日起，至2023年12月31日止",
        "为2023年1月1日——2023年12月31日",
        "为2023年1月1日0时至2023年12月31日24时",
        "为2023年1月1日零时至2023年12月31日",
        "为2023-01-01，至2023-12-31",
        "为2023.1.1——2023.12.31",
        "为二〇二三年一月一日起，至二〇二三年十二月三十一日",
        "为二〇二三年一月一日——二〇二三年十二月三十一日",
    ],
)
def test_a_statistics_period_printed_otherwise_gives_the_year(period: str) -> None:
    # a title naming no year, the period's words parted by a comma, a long dash or
    # from the first hour: no period was read, and the year was the one the prose names
    # most (2024, its plans), with an info only
    preamble = f"青禾县水利局政府信息公开工作年度报告\n\n本报告所列数据统计期限{period}。\n\n"
    report = gr.parse(preamble + _PLANS + _BODY)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)
    assert "year_guessed" not in [code for code, _ in _codes(report)]


# --- no year named but the page's date ----------------------------------------------------

_BODY_OF_THIS_YEAR = _BODY.replace("2023年，我局", "本年度，我局")


@pytest.mark.parametrize(
    ("details", "signature"),
    [
        ("发布时间：2024-01-20\n", ""),
        ("", "\n\n青禾县水利局\n2024年1月20日\n"),
        ("", "\n\n青禾县水利局\n二〇二四年一月二十日\n"),
    ],
)
def test_a_report_naming_no_year_takes_the_year_before_its_date(
    details: str, signature: str
) -> None:
    # no year in the title nor in the prose (本年度), the page dated 2024: year None,
    # with no finding
    title = "青禾县水利局政府信息公开工作年度报告\n"
    report = gr.parse(title + details + "\n" + _BODY_OF_THIS_YEAR + signature)
    assert (report.organ, report.year, report.template) == ("青禾县水利局", 2023, "2021")
    assert ("year_guessed", "warning") in _codes(report)
    assert _tables(report) == _tables(_SAMPLE)


def test_a_report_naming_no_year_nor_date_has_no_year() -> None:
    report = gr.parse("青禾县水利局政府信息公开工作年度报告\n\n" + _BODY_OF_THIS_YEAR)
    assert report.year is None


# --- a year in Chinese numerals in the preamble's prose ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "现将青禾县水利局二〇二三年度政府信息公开工作年度报告公布如下。",
        "本报告是青禾县水利局二零二三年度政府信息公开工作年度报告。",
        "二〇二三年度，我局认真贯彻《条例》。",
    ],
)
def test_a_year_in_chinese_numerals_in_the_prose_is_counted(sentence: str) -> None:
    # a title naming no year, the preamble naming the report's year in Chinese numerals
    # only (the plans naming 2024 in digits): those were not counted, year 2024 with an
    # info only
    preamble = "青禾县水利局政府信息公开工作年度报告\n\n" + sentence + "\n" + _PLANS
    report = gr.parse(preamble + _BODY_OF_THIS_YEAR)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)


def test_a_date_in_chinese_numerals_is_no_mention_of_a_year() -> None:
    preamble = "青禾县水利局政府信息公开工作年度报告\n\n2023年度，我局认真贯彻《条例》。\n"
    dates = "".join(f"二〇二四年{month}月召开会议。" for month in "一二三四") + "\n\n"
    report = gr.parse(preamble + dates + _BODY_OF_THIS_YEAR)
    assert report.year == 2023


@pytest.mark.parametrize(
    "title", ["青禾县水利局政府信息公开年报（2023年度）", "青禾县水利局政府信息公开年报(2023)"]
)
def test_a_yearly_report_s_short_name_with_its_year_in_brackets_is_a_title(title: str) -> None:
    # 年报 with the year in brackets after it: no title (the year counted in 年报 only
    # before it), the year then the one the prose names most (2024, its plans)
    report = gr.parse(title + "\n\n" + _PLANS + _BODY_OF_THIS_YEAR)
    assert (report.title, report.organ, report.year) == (
        title.replace("（", "(").replace("）", ")"),
        "青禾县水利局",
        2023,
    )


@pytest.mark.parametrize(
    ("details", "signature"),
    [
        ("二〇二四年一月\n", ""),
        ("发布时间：2024-01-20\n", ""),
        ("", "\n\n青禾县水利局\n2024年1月20日\n"),
    ],
)
def test_a_year_named_most_not_before_the_page_s_date_gives_way_to_the_year_before(
    details: str, signature: str
) -> None:
    # no title year, no period, the prose naming only its plans' year (2024) on a page
    # dated 2024: year 2024 with an info only (a report is published after its year)
    title = "青禾县水利局政府信息公开工作年度报告\n"
    report = gr.parse(title + details + "\n" + _PLANS + _BODY_OF_THIS_YEAR + signature)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)
    assert [f.severity for f in report.findings if f.code == "year_guessed"] == ["warning"]


def test_a_year_named_most_before_the_page_s_date_stands() -> None:
    preamble = "青禾县水利局政府信息公开工作年度报告\n发布时间：2024-01-20\n\n2023年度，我局…。\n\n"
    report = gr.parse(preamble + _BODY_OF_THIS_YEAR)
    assert report.year == 2023
    assert [f.severity for f in report.findings if f.code == "year_guessed"] == ["info"]


@pytest.mark.parametrize("year_line", ["2023年度", "二〇二三年", "（2023年度）", "2023年度\n"])
def test_a_year_on_its_own_line_above_a_title_naming_none_is_the_title_s(year_line: str) -> None:
    # a cover printing the year above the title (no organ in it): the year line was
    # left out, the year the one the prose names most (2024, its plans), info only
    report = gr.parse(
        year_line + "\n政府信息公开工作年度报告\n\n" + _PLANS * 2 + _BODY_OF_THIS_YEAR
    )
    assert report.year == 2023
    assert (
        report.title
        == year_line.strip().replace("（", "(").replace("）", ")") + "政府信息公开工作年度报告"
    )
    assert "year_guessed" not in [code for code, _ in _codes(report)]


# --- sentences naming the organ in other words ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "根据《条例》规定，特发布青禾县水利局2023年政府信息公开工作年度报告。",
        "根据《条例》规定，现向社会公开青禾县水利局2023年政府信息公开工作年度报告。",
        "根据《条例》规定，青禾县水利局现将2023年政府信息公开工作年度报告公布如下。",
        "根据《条例》规定，青禾县水利局发布2023年政府信息公开工作年度报告。",
        "根据《条例》规定，青禾县水利局向社会公布2023年政府信息公开工作年度报告。",
        "本报告是青禾县水利局根据《条例》要求编制的。",
        "为进一步提高透明度，青禾县水利局编制本报告。",
        "如对本报告有任何疑问，请联系：青禾县水利局办公室，电话：0000-1234567。",
        "如对本报告有任何疑问，请与青禾县水利局政策法规股联系（电话：0000-1234567）。",
        "如有疑问，请联系青禾县水利局综合科。",
    ],
)
def test_a_sentence_naming_the_organ_in_other_words_is_read(sentence: str) -> None:
    # a title naming no organ, a preamble sentence naming it in words the sentences
    # read did not hold (特发布, 现向社会公开, 某局现将…, 某局发布2023年…, 本报告是某局…,
    # 某局编制本报告, 请联系：某局, a unit of the body to contact): organ None, silently
    report = gr.parse(_BARE_TITLE + "\n" + sentence + "\n\n" + _BODY_OF_THIS_YEAR)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)


@pytest.mark.parametrize(
    "sentence",
    [
        "青禾县人民政府发布《关于加强政务公开的意见》，我局认真落实。",
        "县政府发布2023年政务公开工作要点，我局认真落实。",
    ],
)
def test_a_sentence_naming_another_body_s_act_names_no_organ(sentence: str) -> None:
    report = gr.parse(_BARE_TITLE + "\n" + sentence + "\n\n" + _BODY_OF_THIS_YEAR)
    assert report.organ is None


@pytest.mark.parametrize(
    "details",
    [
        "发布机构：\n青禾县水利局\n",
        "发布机构\n青禾县水利局\n发布日期\n2024-01-20\n",
        "索引号：\n11000-0000/2024-00012\n发布机构：\n青禾县水利局 发布日期：2024-01-20\n",
        "来源：\n\n青禾县水利局\n",
    ],
)
def test_an_issuer_label_whose_value_is_on_the_next_line_names_the_organ(details: str) -> None:
    # a page's table of details copied a cell a line (the label on its line, the
    # organ on the next), under a title naming no organ: organ None, silently
    report = gr.parse(_BARE_TITLE + details + "\n" + _BODY)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize("heading", ["Ⅰ、总体情况", "第一章 总体情况", "第一节 总体情况"])
def test_a_first_section_numbered_otherwise_bounds_the_title(heading: str) -> None:
    # section 一 numbered Ⅰ、 or 第一章: not taken for the report's first section, so a
    # line in it naming another body's report of the same year (the same title with an
    # organ) was read as the title: title and organ of the other body, silently
    body = _BODY.replace(
        "一、总体情况", heading + "\n青禾县财政局2023年政府信息公开工作年度报告\n", 1
    )
    report = gr.parse(_BARE_TITLE + "发布机构：青禾县水利局\n\n" + body)
    assert (report.title, report.organ, report.year) == (
        "2023年政府信息公开工作年度报告",
        "青禾县水利局",
        2023,
    )


@pytest.mark.parametrize(
    "details",
    [
        "发布机构青禾县水利局发布时间2024-01-20",
        "来源青禾县水利局发布日期2024-01-20",
    ],
)
def test_an_issuer_label_glued_to_its_value_names_the_organ(details: str) -> None:
    # a page's inline labels (<label>发布机构</label><em>某局</em>, their colons drawn by
    # the style sheet) copy with no mark between label, value and the next label: the
    # line was taken for words of a sentence, organ None, silently
    report = gr.parse(_BARE_TITLE + details + "\n\n" + _BODY)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)


@pytest.mark.parametrize(
    "line",
    ["来源于青禾县水利局", "发布机构改革后，青禾县水利局…", "发布机构改革方案的青禾县人民政府"],
)
def test_words_of_a_sentence_after_an_issuer_label_name_no_organ(line: str) -> None:
    report = gr.parse(_BARE_TITLE + line + "\n\n" + _BODY)
    assert report.organ is None


# --- a signature printed otherwise ----------------------------------------------------------


@pytest.mark.parametrize(
    "signature",
    [
        "青禾县水利局（盖章）\n2024年1月20日",
        "青禾县水利局\n（2024年1月20日）",
        "编制单位：青禾县水利局\n2024年1月20日",
        "青禾县水利局\n日期：2024年1月20日",
        "青禾县水利局\n2024年1月20号",
    ],
)
def test_a_signature_printed_otherwise_names_the_organ(signature: str) -> None:
    # a title naming no organ, the report signed after its last section with the
    # seal's place after the name, the date in brackets or labelled, 号 for 日, or the
    # name labelled: organ None, silently
    report = gr.parse(_BARE_TITLE + "\n" + _BODY + "\n\n" + signature + "\n")
    assert (report.organ, report.year) == ("青禾县水利局", 2023)
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize(
    "line", ["发布：青禾县水利局 2024-01-20", "发布人：青禾县水利局", "【青禾县水利局】2024-01-20"]
)
def test_a_byline_labelled_otherwise_names_the_organ(line: str) -> None:
    # 发布： or 发布人： as the issuer's label, the organ in brackets beside the page's
    # date: organ None under a title naming none, silently
    report = gr.parse(_BARE_TITLE + line + "\n\n" + _BODY)
    assert (report.organ, report.year) == ("青禾县水利局", 2023)


@pytest.mark.parametrize("year", ["贰零贰叁", "貳零貳參", "二〇二叁"])
def test_a_year_in_the_numerals_of_accounts_is_read(year: str) -> None:
    # 贰零贰叁年 (the numerals of accounts): read into the organ (青禾县水利局贰零贰叁年),
    # year None, silently
    title = f"青禾县水利局{year}年政府信息公开工作年度报告"
    report = gr.parse(title + "\n\n" + _BODY_OF_THIS_YEAR)
    assert (report.title, report.organ, report.year) == (title, "青禾县水利局", 2023)


@pytest.mark.parametrize(
    "preamble",
    [
        "阿拉坦苏木2023年政府信息公开工作年度报告\n",
        "青禾旗阿拉坦苏木2023年政府信息公开工作年度报告\n",
        "2023年政府信息公开工作年度报告\n发布机构：青禾旗阿拉坦苏木\n",
    ],
)
def test_a_sumu_is_completed_to_its_government(preamble: str) -> None:
    # a 苏木 (a township of Inner Mongolia) named bare: not completed to its government
    # as a 镇 or 乡 is (organ 阿拉坦苏木), and no organ on an issuer line, silently
    report = gr.parse(preamble + "\n" + _BODY)
    assert report.organ is not None and report.organ.endswith("阿拉坦苏木人民政府")


@pytest.mark.parametrize(
    "organ", ["星渚大学", "星渚市第一中学", "青禾县实验小学", "青禾县第一幼儿园", "青禾县气象台"]
)
def test_a_public_institution_on_an_issuer_line_is_the_organ(organ: str) -> None:
    # a school or a weather station (事业单位 publishing the report) named on the page's
    # issuer line under a title naming no organ: its name has none of an organ's
    # endings, organ None, silently
    report = gr.parse(_BARE_TITLE + "发布机构：" + organ + "\n\n" + _BODY)
    assert (report.organ, report.year) == (organ, 2023)


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("青禾县水利局2023年度政府信息公开工作报告书", "青禾县水利局"),
        ("青禾县水利局政府信息公开工作年度报告（2023年1月1日-2023年12月31日）", "青禾县水利局"),
    ],
)
def test_a_title_ending_in_shu_or_its_period_in_brackets_is_the_title(
    title: str, organ: str
) -> None:
    # …报告书, or the year's period in brackets after 报告 (longer than the notes read
    # there): no title, organ None (and year None for 报告书, the prose saying 本年度),
    # silently
    report = gr.parse(title + "\n\n" + _BODY_OF_THIS_YEAR)
    assert (report.title, report.organ, report.year) == (
        title.replace("（", "(").replace("）", ")"),
        organ,
        2023,
    )

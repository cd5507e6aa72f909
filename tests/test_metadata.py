"""Title, organ and report year: from the fixtures through ``parse()``, and from the
preamble rows directly through ``read_metadata``."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr
from govinfo_reports.grid import Cell, Row
from govinfo_reports.metadata import clean_title, organ_from_title, read_metadata

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"


# --- the fixtures ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "organ", "year"),
    [
        # organ on its own line, title starting with 关于 (seed 000 layout)
        (
            "tab_2019.txt",
            "雾岭县人民政府关于2020年度政府信息公开工作的报告",
            "雾岭县人民政府",
            2020,
        ),
        (
            "pipe_rows_2021.txt",
            "鹤汀市生态环境局2022年政府信息公开工作年度报告",
            "鹤汀市生态环境局",
            2022,
        ),
        (
            "pipe_cells_2021.txt",
            "鹭川县人民政府2021年政府信息公开工作年度报告",
            "鹭川县人民政府",
            2021,
        ),
        ("vertical_2019.txt", "栖梧市2020年政府信息公开工作年度报告", "栖梧市人民政府", 2020),
        # spaces around the year and between 公开 and 工作 (seed 003 layout)
        (
            "broken_labels_2019.txt",
            "杉浦县苇塘镇2020年政府信息公开工作年度报告",
            "杉浦县苇塘镇人民政府",
            2020,
        ),
        ("signed_money_2019.txt", "碧屿区2020年政府信息公开工作年度报告", "碧屿区人民政府", 2020),
        (
            "row_width_repair_2019.txt",
            "泠水县2020年政府信息公开工作年度报告",
            "泠水县人民政府",
            2020,
        ),
        (
            "row_width_unrepaired_2019.txt",
            "苔溪乡2020年政府信息公开工作年度报告",
            "苔溪乡人民政府",
            2020,
        ),
        ("cut_off_2019.txt", "岩棠县2020年政府信息公开工作年度报告", "岩棠县人民政府", 2020),
        ("subtotal_2019.txt", "柏溪区2020年政府信息公开工作年度报告", "柏溪区人民政府", 2020),
        (
            "blank_totals_2021.txt",
            "萤川县人民政府2022年政府信息公开工作年度报告",
            "萤川县人民政府",
            2022,
        ),
        (
            "arithmetic_errors_2019.txt",
            "蓼湾市2020年政府信息公开工作年度报告",
            "蓼湾市人民政府",
            2020,
        ),
        (
            "unreadable_cell_2019.txt",
            "芦汀镇2020年政府信息公开工作年度报告",
            "芦汀镇人民政府",
            2020,
        ),
        ("missing_table_2019.txt", "榆阶乡2020年政府信息公开工作年度报告", "榆阶乡人民政府", 2020),
        (
            "template_2023_on_2019.txt",
            "蘅州市交通运输局2023年政府信息公开工作年度报告",
            "蘅州市交通运输局",
            2023,
        ),
    ],
)
def test_fixture_metadata(name: str, title: str, organ: str, year: int) -> None:
    report = gr.parse(FIXTURES / name)
    assert (report.title, report.organ, report.year) == (title, organ, year)
    data = gr.to_dict(report)
    assert (data["title"], data["organ"], data["year"]) == (title, organ, year)


def test_every_fixture_has_its_metadata_tested() -> None:
    tested = {
        "tab_2019.txt",
        "pipe_rows_2021.txt",
        "pipe_cells_2021.txt",
        "vertical_2019.txt",
        "broken_labels_2019.txt",
        "signed_money_2019.txt",
        "row_width_repair_2019.txt",
        "row_width_unrepaired_2019.txt",
        "cut_off_2019.txt",
        "subtotal_2019.txt",
        "blank_totals_2021.txt",
        "arithmetic_errors_2019.txt",
        "unreadable_cell_2019.txt",
        "missing_table_2019.txt",
        "template_2023_on_2019.txt",
    }
    assert {p.name for p in FIXTURES.glob("*.txt")} == tested


# --- read_metadata on preamble rows -------------------------------------------------------


def rows(*lines: str) -> list[Row]:
    return [Row((Cell(text, number, 0),)) for number, text in enumerate(lines, 1) if text]


def meta(*lines: str):  # type: ignore[no-untyped-def]
    preamble = rows(*lines)
    return read_metadata(preamble, len(preamble))


def test_title_line_and_its_line_number() -> None:
    found = meta(
        "",
        "星渚县人民政府2021年政府信息公开工作年度报告",
        "",
        "根据《中华人民共和国政府信息公开条例》规定，现公布本报告。",
    )
    assert found.title == "星渚县人民政府2021年政府信息公开工作年度报告"
    assert found.title_line == 2
    assert found.organ == "星渚县人民政府"
    assert found.year == 2021


def test_title_with_full_width_digits_and_spaces() -> None:
    found = meta("星渚县　２０２１ 年政府信息公开 工作年度报告")
    assert found.title == "星渚县2021年政府信息公开工作年度报告"
    assert found.year == 2021
    assert found.organ == "星渚县人民政府"


def test_organ_on_the_line_before_a_title_that_starts_with_guanyu() -> None:
    found = meta("星渚市交通运输局", "关于2022年度政府信息公开工作的报告", "2023年1月18日")
    assert found.title == "星渚市交通运输局关于2022年度政府信息公开工作的报告"
    assert found.organ == "星渚市交通运输局"
    assert found.year == 2022


def test_report_year_beats_the_publication_date() -> None:
    found = meta(
        "星渚县2020年政府信息公开工作年度报告",
        "本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。",
        "星渚县人民政府办公室",
        "2021年1月29日",
    )
    assert found.year == 2020


def test_year_from_the_preamble_when_the_title_has_none() -> None:
    found = meta(
        "星渚县市场监督管理局政府信息公开工作年度报告",
        "根据《条例》规定，现公布星渚县市场监督管理局2022年度政府信息公开工作年度报告。",
        "2022年，我局坚持以公开为常态。",
        "2023年1月20日",
    )
    assert found.title == "星渚县市场监督管理局政府信息公开工作年度报告"
    assert found.year == 2022
    assert found.organ == "星渚县市场监督管理局"


def test_organ_from_the_sentence_that_announces_the_report() -> None:
    found = meta(
        "2022年政府信息公开工作年度报告",
        "根据《条例》规定，现公布星渚县市场监督管理局2022年度政府信息公开工作年度报告。",
    )
    assert found.year == 2022
    assert found.organ == "星渚县市场监督管理局"


def test_organ_from_the_contact_sentence() -> None:
    preamble = rows(
        "2022年政府信息公开工作年度报告",
        "一、总体情况",
        "如对本报告有任何疑问，请与星渚县水利局办公室联系。",
    )
    found = read_metadata(preamble, 2)  # the contact sentence comes after the tables
    assert found.organ == "星渚县水利局"


@pytest.mark.parametrize(
    "sentence",
    [
        "如對本報告有任何疑問，請與星渚縣水利局辦公室聯繫。",
        "如对本报告有任何疑问，请与星渚縣水利局辦公室聯繫。",
    ],
)
def test_organ_from_a_contact_sentence_in_traditional_characters(sentence: str) -> None:
    # 聯繫 was not looked for after the tables: the organ was None (the metadata hunt)
    found = read_metadata(rows("2022年政府信息公开工作年度报告", "一、总体情况", sentence), 2)
    assert found.organ == "星渚縣水利局"  # as printed


def test_no_title_no_organ_no_year() -> None:
    found = meta("一、总体情况", "今年工作平稳。")
    assert (found.title, found.organ, found.year, found.title_line) == (None, None, None, None)


@pytest.mark.parametrize(
    "line",
    [
        "根据《条例》规定，现公布星渚县2021年政府信息公开工作年度报告。",
        "本报告由总体情况、主动公开政府信息情况等部分组成，现将2021年政府信息公开工作报告如下。",
        # (a title typed with a full stop, 星渚县2021年…报告。, is a title: tests/test_meta5.py)
        "以下是星渚县2021年政府信息公开工作年度报告。",
    ],
)
def test_prose_is_not_a_title(line: str) -> None:
    assert meta(line).title is None


def test_title_through_parse_when_the_organ_is_only_in_the_contact_sentence() -> None:
    text = (
        "2022年政府信息公开工作年度报告\n\n（虚构测试材料。）\n\n"
        "二、主动公开政府信息情况\n\n"
        "第二十条第（一）项\t\t\t\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        "规章\t0\t0\t1\n\n"
        "六、其他需要报告的事项\n\n如对本报告有任何疑问，请与星渚县水利局办公室联系。\n"
    )
    report = gr.parse(text)
    assert report.title == "2022年政府信息公开工作年度报告"
    assert report.year == 2022
    assert report.organ == "星渚县水利局"


# --- clean_title and organ_from_title --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星渚县 2020 年政府信息公开 工作年度报告", "星渚县2020年政府信息公开工作年度报告"),
        ("星渚县\u00a02020\u00a0年报告", "星渚县2020年报告"),
        ("星渚县\u3000２０２０年报告", "星渚县2020年报告"),
        ("  星渚县2020年报告\t", "星渚县2020年报告"),
        ("Report  of  2020", "Report of 2020"),
    ],
)
def test_clean_title(text: str, expected: str) -> None:
    assert clean_title(text) == expected


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("星渚市2020年政府信息公开工作年度报告", "星渚市人民政府"),
        ("星渚县人民政府2021年政府信息公开工作年度报告", "星渚县人民政府"),
        ("星渚县苇塘镇2020年政府信息公开工作年度报告", "星渚县苇塘镇人民政府"),
        ("星渚市生态环境局2022年政府信息公开工作年度报告", "星渚市生态环境局"),
        ("柳湾街道2021年政府信息公开工作年度报告", "柳湾街道办事处"),
        ("星渚高新区2021年政府信息公开工作年度报告", "星渚高新区"),
        ("星渚经济开发区管委会2021年政府信息公开工作年度报告", "星渚经济开发区管委会"),
        ("星渚县教育局关于2020年度政府信息公开工作的报告", "星渚县教育局"),
        ("2021年政府信息公开工作年度报告", None),
    ],
)
def test_organ_from_title(title: str, organ: str | None) -> None:
    assert organ_from_title(title) == organ


@pytest.mark.parametrize(
    "title",
    [
        "星渚县人民政府二〇二三年政府信息公开工作年度报告",
        "星渚县人民政府二○二三年政府信息公开工作年度报告",  # U+25CB for the zero
        "星渚县人民政府二零二三年度政府信息公开工作年度报告",
        "星渚县人民政府政府信息公开工作年度报告(2023)",
        "星渚县人民政府政府信息公开工作年度报告（2023年度）",
    ],
)
def test_a_year_in_chinese_numerals_or_in_brackets_is_the_title_year(title: str) -> None:
    # found by a robustness hunt: the year was None, and 二○二三年 stayed in the organ
    found = meta(title)
    assert found.title == clean_title(title)  # (full-width brackets made half-width)
    assert found.year == 2023
    assert found.organ == "星渚县人民政府"


# --- found by a metadata robustness hunt: each was read wrong, with no finding ------------------


def test_a_body_line_naming_last_years_report_is_not_the_title() -> None:
    # 按时发布2018年…年度报告 in 总体情况 became the title: year 2018, organ "4、按时发布"
    found = meta(
        "一、总体情况",
        "2019年，星渚县市场监督管理局坚持以公开为常态、不公开为例外。",
        "4、按时发布2018年政府信息公开工作年度报告",
        "2019年共主动公开政府信息120条。",
    )
    assert found.title is None
    assert found.year == 2019
    # the overview's subject names the body (hunt20: a sentence's subject is read)
    assert found.organ == "星渚县市场监督管理局"


def test_a_year_naming_another_report_is_not_counted_for_the_report_year() -> None:
    found = meta(
        "星渚县市场监督管理局政府信息公开工作年度报告",
        "（二）按时发布2022年度政府信息公开工作年度报告，2022年度报告的阅读量较高。",
        "2023年，我局坚持以公开为常态。",
    )
    assert found.year == 2023
    assert found.organ == "星渚县市场监督管理局"


def test_a_line_of_wrapped_prose_ending_in_a_sentence_is_not_the_title() -> None:
    # PDF text wraps the announcing sentence: a line holding 报告。 is prose, not a title
    found = meta(
        "根据《中华人民共和国政府信息公开条例》规定，现公布星渚市教",
        "育局2021年政府信息公开工作年度报告。本报告由总体情况、主",
        "动公开政府信息情况等部分组成。",
    )
    assert found.title is None
    assert found.organ is None
    # the wrap cut 公布 off the clause naming the report: not counted, but never wrong
    assert found.year in (None, 2021)


def test_a_publication_date_does_not_outvote_the_report_year() -> None:
    found = meta(
        "星渚县政府信息公开工作年度报告",
        "发布日期：2020年01月15日",
        "2019年，星渚县坚持以公开为常态、不公开为例外。",
    )
    assert found.year == 2019


def test_the_statistics_period_decides_the_report_year() -> None:
    found = meta(
        "星渚县政府信息公开工作年度报告",
        "（2021年3月5日）",
        "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
        "2021年，我县将继续推进政务公开。2021年重点做好三件事。",
    )
    assert found.year == 2020


def test_a_date_in_the_title_is_not_the_report_year() -> None:
    found = meta(
        "星渚县政府信息公开工作年度报告（2021年1月29日）",
        "2020年，星渚县坚持以公开为常态。",
    )
    assert found.year == 2020
    assert found.organ == "星渚县人民政府"


def test_another_pages_title_after_a_navigation_label_is_not_the_title() -> None:
    found = meta(
        "星渚县政府信息公开工作年度报告",
        "上一篇：星渚县2018年度政府信息公开工作年度报告",
        "一、总体情况",
        "2019年，星渚县坚持以公开为常态。",
    )
    assert found.title == "星渚县政府信息公开工作年度报告"
    assert found.year == 2019
    assert found.organ == "星渚县人民政府"


@pytest.mark.parametrize(
    "title",
    [
        "星渚镇二0二0年政府信息公开工作年度报告",  # ASCII zeros
        "星渚镇二O二O年政府信息公开工作年度报告",  # the letter O
        "星渚镇二〇二〇 年政府信息公开工作年度报告",  # a space before 年
    ],
)
def test_a_chinese_numeral_year_typed_with_other_zeros_leaves_the_organ(title: str) -> None:
    found = meta(title)
    assert found.year == 2020
    assert found.organ == "星渚镇人民政府"


@pytest.mark.parametrize(
    ("chrome", "organ"),
    [
        # the issuer line is not glued to the title; its value is read as an issuer's
        ("发布机构：星渚镇人民政府", "星渚镇人民政府"),
        ("来源：星渚镇人民政府", "星渚镇人民政府"),
        ("首页 > 乡镇 > 星渚镇", None),
    ],
)
def test_site_chrome_before_a_guanyu_title_is_not_the_organ(chrome: str, organ: str | None) -> None:
    found = meta(chrome, "关于2020年度政府信息公开工作的报告")
    assert found.title == "关于2020年度政府信息公开工作的报告"
    assert found.organ == organ  # never "发布机构:星渚镇人民政府"
    assert found.year == 2020


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("附件：星渚镇人民政府2020年政府信息公开工作年度报告", "星渚镇人民政府"),
        ("《星渚镇人民政府2020年政府信息公开工作年度报告》", "星渚镇人民政府"),
        ("【年报】星渚镇人民政府2020年政府信息公开工作年度报告", "星渚镇人民政府"),
        ("星渚镇人民政府信息公开工作年度报告", "星渚镇人民政府"),  # 人民政府 + 政府信息公开
        ("星渚山旅游度假区2021年政府信息公开工作年度报告", "星渚山旅游度假区"),
        ("星渚市产业集聚区2021年政府信息公开工作年度报告", "星渚市产业集聚区"),
        ("星渚市碧屿区2021年政府信息公开工作年度报告", "星渚市碧屿区人民政府"),
    ],
)
def test_organ_from_a_title_with_a_label_or_a_functional_area(title: str, organ: str) -> None:
    assert organ_from_title(title) == organ


def test_a_sentence_starting_with_a_year_and_yilai_names_no_organ() -> None:
    found = meta(
        "2020年政府信息公开工作年度报告",
        "本报告总结2020年以来全市政府信息公开工作。",
    )
    assert found.organ is None  # not "以来全市"
    assert found.year == 2020


# --- the year_guessed finding --------------------------------------------------------------


def _report(*preamble: str) -> gr.Report:
    table = (
        "二、主动公开政府信息情况\n\n第二十条第（一）项\t\t\t\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t1\n"
    )
    return gr.parse("\n\n".join(preamble) + "\n\n" + table)


def test_a_year_counted_from_the_preamble_is_reported_as_a_guess() -> None:
    report = _report(
        "星渚县政府信息公开工作年度报告",
        "2021年，星渚县坚持以公开为常态。2021年共公开信息12条，较2020年增加。",
    )
    assert report.year == 2021
    (guess,) = [f for f in report.findings if f.code == "year_guessed"]
    assert (guess.severity, guess.path) == ("info", "year")
    # (较2020年增加 names the year compared with: not counted)
    assert "(weighted mentions: 2021: 2)" in guess.message


@pytest.mark.parametrize(
    "preamble",
    [
        ("星渚县2021年政府信息公开工作年度报告", "2020年，星渚县坚持以公开为常态。"),
        (
            "星渚县政府信息公开工作年度报告",
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
        ),
    ],
    ids=["title-year", "statistics-period"],
)
def test_a_year_printed_as_the_reports_is_not_reported_as_a_guess(
    preamble: tuple[str, str],
) -> None:
    report = _report(*preamble)
    assert report.year == 2021
    assert not [f for f in report.findings if f.code == "year_guessed"]


# --- a site name glued on after the title by white space (a page <title>) -------------------


def _page(title: str, *body: str) -> str:
    """A fictional page: ``<title>``, the ``body`` blocks, then a piece of table 二."""
    table = (
        "<p>二、主动公开政府信息情况</p><table>"
        "<tr><td>第二十条第（一）项</td><td></td><td></td><td></td></tr>"
        "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
        "<tr><td>规章</td><td>0</td><td>0</td><td>1</td></tr></table>"
    )
    return f"<html><head><title>{title}</title></head><body>{''.join(body)}{table}</body></html>"


@pytest.mark.parametrize(
    "site",
    ["星渚县人民政府", "星渚县人民政府网", "星渚县人民政府门户网站", "星渚经济开发区管理委员会"],
)
def test_a_site_name_after_the_title_and_a_space_is_left_out(site: str) -> None:
    title = "星渚县水利局2023年政府信息公开工作年度报告"
    found = meta(f"{title} {site}", "2022年，我局坚持以公开为常态。")
    assert (found.title, found.organ, found.year) == (title, "星渚县水利局", 2023)
    found = meta(f"{title}\u3000{site}")  # an ideographic space, as pages print it
    assert found.title == title


def test_a_page_title_with_a_site_name_after_a_space_is_the_reports_title() -> None:
    body = "<p>2022年，我局坚持以公开为常态。2022年共公开信息12条。</p>"
    report = gr.parse(_page("星渚县水利局2023年政府信息公开工作年度报告 星渚县人民政府", body))
    assert (report.title, report.organ, report.year) == (
        "星渚县水利局2023年政府信息公开工作年度报告",
        "星渚县水利局",
        2023,
    )
    assert not [f for f in report.findings if f.code == "year_guessed"]


def test_a_title_hint_with_a_site_name_after_a_space() -> None:
    preamble = rows("2022年，我局坚持以公开为常态。")
    found = read_metadata(preamble, 1, "星渚县水利局2023年政府信息公开工作年度报告 星渚县人民政府")
    assert (found.title, found.organ, found.year) == (
        "星渚县水利局2023年政府信息公开工作年度报告",
        "星渚县水利局",
        2023,
    )


@pytest.mark.parametrize(
    "line",
    [
        "按时发布2022年政府信息公开工作年度报告 全县各单位",  # 全…: not a name
        "按时发布星渚县2022年政府信息公开工作年度报告2023年1月起施行的规定，",  # prose
    ],
)
def test_words_after_a_title_and_a_space_that_are_not_a_name_keep_the_line_from_it(
    line: str,
) -> None:
    assert meta(line).title is None


# --- a title in traditional characters (a site's 繁體 version) --------------------------------


@pytest.mark.parametrize(
    ("title", "organ", "year"),
    [
        ("星渚縣人民政府2023年政府信息公開工作年度報告", "星渚縣人民政府", 2023),
        ("星渚縣2023年政府信息公開工作年度報告", "星渚縣人民政府", 2023),
        ("星渚縣苇塘鎮2020年政府信息公開工作年度報告", "星渚縣苇塘鎮人民政府", 2020),
        ("柳灣街道2021年政府信息公開工作年度報告", "柳灣街道辦事處", 2021),
        ("星渚經濟開發區管委會2021年政務公開工作年度報告", "星渚經濟開發區管委會", 2021),
        ("星渚縣教育局關於2020年度政府信息公開工作的報告", "星渚縣教育局", 2020),
        ("星渚縣人民政府二〇二三年政府信息公開工作年度報告", "星渚縣人民政府", 2023),
    ],
)
def test_a_title_in_traditional_characters_is_read_and_returned_as_printed(
    title: str, organ: str, year: int
) -> None:
    found = meta(title, "2022年，本縣堅持以公開為常態。2022年共公開信息12條。")
    assert (found.title, found.organ, found.year) == (title, organ, year)
    assert found.year_counts == ()  # the title's year, not a count


def test_a_traditional_title_on_two_lines_and_its_organ() -> None:
    found = meta("星渚市交通運輸局", "關於2022年度政府信息公開工作的報告", "2023年1月18日")
    assert found.title == "星渚市交通運輸局關於2022年度政府信息公開工作的報告"
    assert found.organ == "星渚市交通運輸局"
    assert found.year == 2022


def test_a_traditional_sentence_announcing_the_report_gives_the_organ() -> None:
    found = meta(
        "2022年政府信息公開工作年度報告",
        "根據《條例》規定，現公佈星渚縣水利局2022年度政府信息公開工作年度報告。",
    )
    assert found.organ == "星渚縣水利局"


def test_the_body_of_a_traditional_report_is_not_searched_for_its_title() -> None:
    # 總體情況 begins the body: a line in it naming a report names another one
    found = meta("總體情況", "星渚縣2018年政府信息公開工作年度報告", "2019年，本縣堅持公開。")
    assert found.title is None
    assert found.year == 2019


def test_a_traditional_page_title_with_the_site_name_after_an_underscore() -> None:
    body = "<p>2022年，本局堅持以公開為常態。2022年共公開信息12條。</p>"
    report = gr.parse(_page("星渚縣水利局2023年政府信息公開工作年度報告_星渚縣人民政府", body))
    assert (report.title, report.organ, report.year) == (
        "星渚縣水利局2023年政府信息公開工作年度報告",
        "星渚縣水利局",
        2023,
    )
    assert not [f for f in report.findings if f.code == "year_guessed"]


# --- the page's issuer line (发布机构：…) -------------------------------------------------------


@pytest.mark.parametrize(
    "issuer",
    [
        "发布机构：星渚县水利局",
        "发布单位: 星渚县水利局",
        "发文机关 星渚县水利局",
        "索引号：A01-2024-0007　发布机构：星渚县水利局　发布日期：2024-01-20",
        "来源：星渚县水利局 时间：2024-01-20",
        "信息来源：星渚县水利局",
    ],
)
def test_an_issuer_line_gives_the_organ_when_the_title_names_none(issuer: str) -> None:
    found = meta(issuer, "2023年政府信息公开工作年度报告", "一、总体情况")
    assert (found.title, found.organ, found.year) == (
        "2023年政府信息公开工作年度报告",
        "星渚县水利局",
        2023,
    )


def test_an_issuer_in_the_cell_after_its_label() -> None:
    # a page's table of 索引号, 发布机构, …, before the report
    body = (
        "<table><tr><td>索引号：</td><td>A01-2024-0007</td>"
        "<td>发布机构：</td><td>星渚县水利局</td></tr>"
        "<tr><td>发布日期</td><td>2024-01-20</td><td>来源</td><td>星渚县人民政府</td></tr></table>"
        "<p>2023年政府信息公开工作年度报告</p>"
    )
    report = gr.parse(_page("星渚县人民政府", body))
    assert (report.title, report.organ, report.year) == (
        "2023年政府信息公开工作年度报告",
        "星渚县水利局",
        2023,
    )


def test_a_traditional_issuer_line() -> None:
    found = meta("發布機構：星渚縣水利局", "2023年政府信息公開工作年度報告")
    assert found.organ == "星渚縣水利局"


def test_the_organ_the_title_names_beats_another_issuer() -> None:
    found = meta(
        "发布机构：星渚县人民政府办公室",
        "星渚县水利局2023年政府信息公开工作年度报告",
    )
    assert found.organ == "星渚县水利局"


def test_an_issuer_naming_the_titles_organ_in_full_gives_it_in_full() -> None:
    found = meta("县水利局2023年政府信息公开工作年度报告", "来源：星渚县水利局")
    assert found.title == "县水利局2023年政府信息公开工作年度报告"
    assert found.organ == "星渚县水利局"


def test_the_sentence_announcing_the_report_beats_another_issuer() -> None:
    found = meta(
        "来源：星渚县人民政府",
        "2022年政府信息公开工作年度报告",
        "根据《条例》规定，现公布星渚县水利局2022年度政府信息公开工作年度报告。",
    )
    assert found.organ == "星渚县水利局"


def test_an_issuer_beats_the_contact_sentence_and_a_publisher_beats_a_source() -> None:
    preamble = rows(
        "来源：星渚县人民政府",
        "发布机构：星渚县水利局",
        "2022年政府信息公开工作年度报告",
        "一、总体情况",
        "如对本报告有任何疑问，请与星渚县政务服务中心联系。",
    )
    assert read_metadata(preamble, len(preamble)).organ == "星渚县水利局"


@pytest.mark.parametrize(
    "line",
    [
        "来源：本网",
        "来源：星渚县人民政府门户网站",
        "数据来源：星渚县统计局",  # a label inside words, not a line's
        "发布机构改革方案的星渚县人民政府",  # words of a sentence: no colon, no space
        "首页 > 星渚县水利局",
    ],
)
def test_chrome_and_words_that_are_not_an_issuer_line(line: str) -> None:
    assert meta("2023年政府信息公开工作年度报告", line).organ is None


def test_an_issuer_line_in_the_reports_body_is_not_read() -> None:
    found = meta("2023年政府信息公开工作年度报告", "一、总体情况", "发布机构：星渚县水利局")
    assert found.organ is None


# --- a title wrapped over lines (a large font in PDF text, a <br> in a heading) ---------


@pytest.mark.parametrize(
    "lines",
    [
        ("星渚县人民政府2022年政府信息公开", "工作年度报告"),
        ("星渚县人民政府2022年政府信息公开工作", "年度报告"),
        ("星渚县人民政府", "2022年政府信息公开", "工作年度报告"),
        ("星渚县人民政府", "2022年政府信息公开工作", "年度报告"),
        ("星渚县", "人民政府2022年政府信息", "公开工作年度报告"),
        ("星渚县人民政府2022年", "", "政府信息公开工作", "", "年度报告"),  # blank lines between
    ],
)
def test_a_title_wrapped_over_two_or_three_lines(lines: tuple[str, ...]) -> None:
    found = meta(*lines, "根据《中华人民共和国政府信息公开条例》规定，现公布本报告。")
    assert found.title == "星渚县人民政府2022年政府信息公开工作年度报告"
    assert found.title_line == 1
    assert found.organ == "星渚县人民政府"
    assert found.year == 2022


def test_a_wrapped_title_whose_last_line_is_a_title_without_year_or_organ() -> None:
    # 信息公开工作年度报告 alone reads as a title: it was the title, with no organ
    found = meta("星渚县水利局2022年度政府", "信息公开工作年度报告")
    assert found.title == "星渚县水利局2022年度政府信息公开工作年度报告"
    assert found.organ == "星渚县水利局"
    assert found.year == 2022


@pytest.mark.parametrize(
    "before",
    [
        "星渚县人民政府办公室：",  # a label
        "现将有关情况报告如下，",  # prose
        "首页 政务公开",  # chrome: words split by white space
        "2023年1月18日",  # a date: the join names no report year
    ],
)
def test_lines_that_are_not_pieces_of_a_name_are_not_joined_to_a_title(before: str) -> None:
    found = meta(before, "政府信息公开工作年度报告")
    assert found.title == "政府信息公开工作年度报告"
    assert found.organ is None


def test_a_title_complete_on_its_line_is_not_joined_to_the_line_before() -> None:
    found = meta("星渚县政务服务中心", "星渚县水利局2022年政府信息公开工作年度报告")
    assert found.title == "星渚县水利局2022年政府信息公开工作年度报告"
    assert found.organ == "星渚县水利局"


def test_a_title_wrapped_by_a_line_break_in_an_html_heading() -> None:
    report = gr.parse(
        gr.render(gr.parse(gr.sample_text()), "html")
        .replace("，现公布青禾县人民政府2023年度政府信息公开工作年度报告", "，现公布本报告")
        .replace(
            "<h1>青禾县人民政府2023年政府信息公开工作年度报告</h1>",
            "<h1>青禾县人民政府2023年政府信息公开<br>工作年度报告</h1>",
        )
    )
    assert report.title == "青禾县人民政府2023年政府信息公开工作年度报告"
    assert report.organ == "青禾县人民政府"
    assert report.year == 2023
    assert not [f for f in report.findings if f.code == "year_guessed"]


@pytest.mark.parametrize(
    "line",
    [
        "星渚县2023年政府信息公开工作年度报告 发布机构：星渚县人民政府",
        "星渚县2023年政府信息公开工作年度报告来源：星渚县人民政府",  # glued by a page
        "星渚县2023年政府信息公开工作年度报告    2024-01-20",
        "星渚县2023年政府信息公开工作年度报告  发布时间：2024年01月20日  浏览次数：35",
        "星渚县2023年政府信息公开工作年度报告.pdf",
        "星渚县2023年政府信息公开工作年度报告.DOCX",
    ],
)
def test_a_title_with_the_pages_details_or_a_file_type_after_it(line: str) -> None:
    found = meta(line)
    assert found.title == "星渚县2023年政府信息公开工作年度报告"
    assert found.organ == "星渚县人民政府"
    assert found.year == 2023


def test_a_title_ending_in_nianbao_after_a_year() -> None:
    found = meta("星渚县水利局2023年政府信息公开年报")
    assert found.title == "星渚县水利局2023年政府信息公开年报"
    assert found.organ == "星渚县水利局"
    assert found.year == 2023


def test_a_sites_section_named_nianbao_is_not_a_title() -> None:
    assert meta("政府信息公开年报").title is None
    assert meta("首页 > 政务公开 > 政府信息公开年报").title is None


# --- a title inside a notice publishing the report ------------------------------------------


@pytest.mark.parametrize(
    ("line", "title", "organ"),
    [
        (
            "关于印发星渚县2023年政府信息公开工作年度报告的通知",
            "星渚县2023年政府信息公开工作年度报告",
            "星渚县人民政府",
        ),
        (
            "关于印发星渚县2023年政府信息公开工作年度报告 的通知",
            "星渚县2023年政府信息公开工作年度报告",
            "星渚县人民政府",
        ),
        (
            "星渚县人民政府办公室关于印发《星渚县2023年政府信息公开工作年度报告》的通知",
            "星渚县2023年政府信息公开工作年度报告",
            "星渚县人民政府",
        ),
        # the name gives no organ: the notice's issuer is the reporting body
        (
            "星渚县水利局关于公布2023年度政府信息公开工作年度报告的公告",
            "2023年度政府信息公开工作年度报告",
            "星渚县水利局",
        ),
    ],
)
def test_a_notice_publishing_the_report_gives_the_reports_name(
    line: str, title: str, organ: str
) -> None:
    # before, the line was no title: title None, the year guessed from the preamble
    found = meta(line, "", "一、总体情况")
    assert (found.title, found.organ, found.year) == (title, organ, 2023)


def test_a_notice_about_something_else_gives_no_title() -> None:
    found = meta("关于印发星渚县政务公开工作要点的通知", "", "一、总体情况")
    assert found.title is None


# --- a cover page: organ, title and year on lines of their own ------------------------------


@pytest.mark.parametrize(
    ("lines", "title", "organ"),
    [
        (
            ("星渚县水利局", "政府信息公开工作年度报告", "（2023年度）"),
            "星渚县水利局政府信息公开工作年度报告(2023年度)",
            "星渚县水利局",
        ),
        (
            ("星渚县人民政府", "", "政府信息公开工作年度报告", "", "二〇二三年度"),
            "星渚县人民政府政府信息公开工作年度报告二〇二三年度",
            "星渚县人民政府",
        ),
        # the title names its organ: only the year's line is added
        (
            ("星渚县水利局政府信息公开工作年度报告", "(2023年)"),
            "星渚县水利局政府信息公开工作年度报告(2023年)",
            "星渚县水利局",
        ),
    ],
)
def test_a_cover_page_gives_title_organ_and_year(
    lines: tuple[str, ...], title: str, organ: str
) -> None:
    # before, the year was guessed (a year_guessed finding) and the organ was None
    found = meta(*lines, "", "2022年，我局坚持以公开为常态。", "一、总体情况")
    assert (found.title, found.organ, found.year) == (title, organ, 2023)


@pytest.mark.parametrize(
    "lines",
    [
        # the year's line is not next to the title
        ("星渚县水利局", "政府信息公开工作年度报告", "", "", "", "（2023年度）"),
        # the year's line holds more than a year
        ("星渚县水利局", "政府信息公开工作年度报告", "（2023年度，全文）"),
    ],
)
def test_a_year_apart_from_a_bare_title_is_not_read_as_its_year(lines: tuple[str, ...]) -> None:
    found = meta(*lines, "", "2022年，我局坚持以公开为常态。", "一、总体情况")
    # the organ's line is still the title's organ
    assert (found.title, found.organ) == ("星渚县水利局政府信息公开工作年度报告", "星渚县水利局")
    assert found.year_counts  # counted from the preamble (year_guessed), not the title's


@pytest.mark.parametrize(
    ("lines", "title", "organ", "year"),
    [
        # a subtitle naming the organ
        (
            ("2023年政府信息公开工作年度报告", "星渚县水利局"),
            "2023年政府信息公开工作年度报告",
            "星渚县水利局",
            2023,
        ),
        (
            ("2023年政府信息公开工作年度报告", "（星渚县水利局）"),
            "2023年政府信息公开工作年度报告",
            "星渚县水利局",
            2023,
        ),
        (
            ("政府信息公开工作年度报告", "(2023年度)", "", "星渚县人民政府", "2024年1月20日"),
            "政府信息公开工作年度报告(2023年度)",
            "星渚县人民政府",
            2023,
        ),
    ],
)
def test_a_name_on_the_line_after_a_title_naming_no_organ_is_its_organ(
    lines: tuple[str, ...], title: str, organ: str, year: int
) -> None:
    # before, the organ was None (no sentence, issuer or contact line names it)
    found = meta(*lines, "", "一、总体情况")
    assert (found.title, found.organ, found.year) == (title, organ, year)


def test_a_line_after_the_title_that_is_not_only_a_name_is_not_its_organ() -> None:
    found = meta("2023年政府信息公开工作年度报告", "星渚县水利局办公室编制", "", "一、总体情况")
    assert found.organ is None


def test_an_organ_line_far_from_a_cover_title_is_not_its_organ() -> None:
    found = meta("星渚县水利局", "", "", "", "政府信息公开工作年度报告", "（2023年度）")
    assert (found.title, found.organ, found.year) == (
        "政府信息公开工作年度报告(2023年度)",
        None,
        2023,
    )


# --- an organ in brackets after the title ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("2023年政府信息公开工作年度报告（星渚县水利局）", "星渚县水利局"),
        ("2023年度政府信息公开工作年度报告(星渚县苇塘镇人民政府)", "星渚县苇塘镇人民政府"),
        ("2023年政府信息公开工作年度报告（全文）", None),
        ("2023年政府信息公开工作年度报告（2023年度）", None),
    ],
)
def test_an_organ_in_brackets_after_the_title(title: str, organ: str | None) -> None:
    assert organ_from_title(title) == organ


def test_an_organ_in_brackets_after_the_title_wins_over_a_sentence() -> None:
    # before, the sentence's organ was taken: another body than the title's
    found = meta(
        "2023年政府信息公开工作年度报告（星渚县水利局）",
        "现公布星渚县人民政府2023年度政府信息公开工作年度报告。",
        "一、总体情况",
    )
    assert (found.organ, found.year) == ("星渚县水利局", 2023)


def test_a_cover_page_through_parse_names_the_year_without_guessing() -> None:
    body = gr.sample_text().split("\n", 1)[1]
    report = gr.parse("青禾县人民政府\n政府信息公开工作年度报告\n（2023年度）\n" + body)
    assert (report.title, report.organ, report.year) == (
        "青禾县人民政府政府信息公开工作年度报告(2023年度)",
        "青禾县人民政府",
        2023,
    )
    assert not [f for f in report.findings if f.code == "year_guessed"]

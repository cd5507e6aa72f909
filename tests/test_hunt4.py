"""Whole pages: what a site prints around a report (navigation, breadcrumbs, link
lists) must not be read as the report's title or year. Every page here is fictional."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import govinfo_reports as gr

_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"
_OWN = "星渚县水利局2023年政府信息公开工作年度报告"
_TEXT_LAYOUTS = ("tab", "pipe", "vertical", "markdown")


def _page(layout: str, head: str) -> str:
    """The bundled sample in ``layout`` with its title line replaced by ``head``."""
    text = gr.render(gr.parse(gr.sample_text()), layout)
    assert text.startswith(_TITLE)
    return head + text[len(_TITLE) :]


@pytest.mark.parametrize("layout", _TEXT_LAYOUTS)
@pytest.mark.parametrize("mark", [">", "＞", "›", "»", " > "])
def test_a_breadcrumb_ending_with_the_title_gives_the_title_not_the_trail(
    layout: str, mark: str
) -> None:
    # the trail's last item is the page's title: the items before it are not its words
    crumbs = mark.join(["首页", "政务公开", "政府信息公开年报", _OWN])
    report = gr.parse(_page(layout, crumbs))
    assert report.title == _OWN
    assert report.organ == "星渚县水利局"
    assert report.year == 2023


@pytest.mark.parametrize("layout", _TEXT_LAYOUTS)
def test_a_breadcrumb_naming_another_page_gives_way_to_the_title(layout: str) -> None:
    crumbs = "首页>政务公开>年度报告>星渚县水利局2022年政府信息公开工作年度报告"
    report = gr.parse(_page(layout, f"{crumbs}\n\n{_OWN}"))
    # (the crumb's last item and the heading name different years: the heading, the
    # title nearest the report's body, is read, and the doubt is told)
    assert (report.title, report.year) == (_OWN, 2023)
    assert any(f.code == "year_guessed" and f.severity == "warning" for f in report.findings)


@pytest.mark.parametrize("layout", _TEXT_LAYOUTS)
@pytest.mark.parametrize(
    "links",
    [
        # a sidebar listing the office's other reports, above the report
        "政府信息公开年报\n星渚县水利局2022年政府信息公开工作年度报告\n"
        "星渚县水利局2021年政府信息公开工作年度报告\n",
        # a 相关链接 box above the report
        "相关链接\n星渚县水利局2022年政府信息公开工作年度报告\n",
    ],
)
def test_titles_of_other_years_above_the_report_do_not_give_its_year(
    layout: str, links: str
) -> None:
    head = f"首页\n{links}\n{_OWN}\n发布日期：2024-01-20"
    report = gr.parse(_page(layout, head))
    assert report.title == _OWN
    assert report.year == 2023
    (doubt,) = [f for f in gr.validate(report) if f.code == "year_guessed"]
    assert doubt.severity == "warning"
    assert doubt.path == "year"
    assert "2022" in doubt.message


@pytest.mark.parametrize("layout", _TEXT_LAYOUTS)
def test_the_same_title_printed_twice_raises_no_doubt(layout: str) -> None:
    report = gr.parse(_page(layout, f"{_OWN}\n首页>年报>{_OWN}\n{_OWN}"))
    assert (report.title, report.year) == (_OWN, 2023)
    assert not [f for f in report.findings if f.code == "year_guessed"]


def _html_page(head: str, title: str | None) -> str:
    page = gr.render(gr.parse(gr.sample_text()), "html")
    assert _TITLE in page
    page = page.replace(_TITLE, _OWN, 1)
    at = page.index("<body>") + len("<body>") if "<body>" in page else 0
    page = page[:at] + head + page[at:]
    if title is not None:
        page = page.replace("<head>", f"<head><title>{title}_星渚县人民政府网</title>", 1)
    return page


_LINKS = (
    "<ul><li>星渚县水利局2022年政府信息公开工作年度报告</li>"
    "<li>星渚县水利局2021年政府信息公开工作年度报告</li></ul>"
)


def test_a_link_list_above_an_html_report_does_not_give_its_year() -> None:
    report = gr.parse(_html_page(_LINKS, None))
    assert (report.title, report.year) == (_OWN, 2023)
    assert [f.severity for f in report.findings if f.code == "year_guessed"] == ["warning"]


def test_the_pages_own_title_decides_between_titles_of_different_years() -> None:
    # the <title> names the page's own report: a later heading naming another year does
    # not replace it, and the doubt is told
    page = _html_page("", _OWN).replace(_OWN, "星渚县水利局2022年政府信息公开工作年度报告", 2)
    page = page.replace("星渚县水利局2022年政府信息公开工作年度报告", _OWN, 1)
    report = gr.parse(page)
    assert (report.title, report.year) == (_OWN, 2023)
    assert [f.severity for f in report.findings if f.code == "year_guessed"] == ["warning"]


# --- a note naming 行政复议 between table 二 and table 三 ------------------------------

_SAMPLE = gr.parse(gr.sample_text())
_HEADING_3 = "三、收到和处理政府信息公开申请情况"


@pytest.mark.parametrize("layout", gr.available_layouts())
@pytest.mark.parametrize(
    "note",
    ["注：本年度未发生行政复议案件。", "本年度无行政复议", "行政复议、行政诉讼情况见第四部分"],
)
def test_a_note_naming_review_before_table_three_does_not_start_table_four(
    layout: str, note: str
) -> None:
    # a short line under table 二 naming 行政复议 was taken for table 四's start: table 三
    # after it was read as table 四 (row_width) and reported not found
    page = gr.render(_SAMPLE, layout)
    if layout == "html":
        at = page.index(_HEADING_3)
        at = page.rindex("<", 0, at)
        page = f"{page[:at]}<p>{note}</p>\n{page[at:]}"
    else:
        page = page.replace(_HEADING_3, f"{note}\n\n{_HEADING_3}", 1)
    report = gr.parse(page)
    assert gr.to_dict(report) == gr.to_dict(gr.parse(gr.render(_SAMPLE, layout)))
    assert not [f for f in report.findings if f.code in ("missing_table", "row_width")]


@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical"])
def test_table_four_before_a_later_requests_heading_is_still_table_four(layout: str) -> None:
    # a report without table 三 whose table 四 is followed by a line naming table 三
    # (a contents line, another report's heading): table 四 keeps its numbers
    data = gr.to_dict(_SAMPLE)
    data["requests"] = None
    report = gr.from_dict(data)
    page = gr.render(report, layout) + f"\n\n相关链接\n\n{_HEADING_3}\n"
    parsed = gr.parse(page)
    assert gr.to_dict(parsed)["review_litigation"] == data["review_litigation"]
    assert gr.to_dict(parsed)["requests"] is None


# --- the year a comparison is made with ---------------------------------------------


@pytest.mark.parametrize("layout", ["tab", "pipe", "html"])
@pytest.mark.parametrize(
    "prose",
    [
        "2023年，本局主动公开信息120条，较2022年增加20条；收到申请5件，比2022年减少2件。",
        "2023年，本局主动公开信息120条，与2022年相比增加20条，与2022年同期相比持平。",
        "2023年度，本局收到申请5件，较2022年度减少2件，比2022年度少办结1件。",
    ],
)
def test_the_year_compared_with_is_not_the_report_year(layout: str, prose: str) -> None:
    # a title without a year: the year is the one the preamble names most, and the
    # year a comparison is made with (较2022年增加) is last year's, not this report's
    page = gr.render(_SAMPLE, layout).replace(_TITLE, "星渚县水利局政府信息公开工作年度报告", 1)
    heading = "二、主动公开政府信息情况"
    if layout == "html":
        at = page.rindex("<", 0, page.index(heading))
        page = f"{page[:at]}<p>一、总体情况</p><p>{prose}</p>\n{page[at:]}"
    else:
        page = page.replace(heading, f"一、总体情况\n\n{prose}\n\n{heading}", 1)
    report = gr.parse(page)
    assert report.year == 2023
    (guess,) = [f for f in report.findings if f.code == "year_guessed"]
    assert "2022" not in guess.message


# --- a 总体情况 sub-heading naming 主动公开政府信息 ---------------------------------------


def _insert_before(page: str, layout: str, heading: str, extra: list[str]) -> str:
    """``page`` with ``extra`` (an intro line and a table) just before ``heading``."""
    if layout == "html":
        at = page.rindex("<", 0, page.index(heading))
        return page[:at] + f"<p>{extra[0]}</p>{extra[1]}\n" + page[at:]
    return page.replace(heading, "\n\n".join([*extra, heading]), 1)


def _table(layout: str, rows: list[list[str]]) -> str:
    if layout == "html":
        cells = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        return f"<table>{cells}</table>"
    if layout == "vertical":
        return "\n\n".join("\n".join(f"\t{cell}" for cell in row) for row in rows)
    if layout in ("pipe", "pipe-cells", "markdown"):
        return "\n".join(" | ".join(row) + " |" for row in rows)
    return "\n".join("\t".join(row) for row in rows)


@pytest.mark.parametrize("layout", gr.available_layouts())
@pytest.mark.parametrize(
    ("heading", "rows"),
    [
        (
            "二、主动公开情况",
            [["类别", "本年新公开数量"], ["规范性文件", "7"], ["行政许可", "999"]],
        ),
        ("第二部分 主动公开", [["公开渠道", "条数"], ["政府网站", "1830"], ["政务微信", "85"]]),
    ],
)
def test_a_sub_heading_of_the_overall_section_does_not_start_table_two(
    layout: str, heading: str, rows: list[list[str]]
) -> None:
    # 一、总体情况 / （一）主动公开政府信息情况 / a table of its own, then table 二 under a
    # heading not naming 主动公开政府信息: the sub-heading was taken for table 二's, and
    # the overall table's rows were read with table 二's (5, 1, 23 and 1204 dropped)
    overall = ["一、总体情况", "（一）主动公开政府信息情况", _table(layout, rows)]
    page = gr.render(_SAMPLE, layout)
    old = "二、主动公开政府信息情况"
    if layout == "html":
        at = page.rindex("<", 0, page.index(old))
        end = page.index(">", page.index(old)) + 1
        lines = [*(f"<p>{x}</p>" if "<" not in x else x for x in overall), f"<h2>{heading}</h2>"]
        page = page[:at] + "\n".join(lines) + page[end:]
    else:
        page = page.replace(old, "\n\n".join([*overall, heading]), 1)
    report = gr.parse(page)
    assert gr.to_dict(report) == gr.to_dict(gr.parse(gr.render(_SAMPLE, layout)))
    assert not [f for f in report.findings if f.severity != "info"]


# --- a table between table 三 and table 四 ---------------------------------------------


@pytest.mark.parametrize("layout", gr.available_layouts())
@pytest.mark.parametrize(
    "rows",
    [
        [
            [
                "部门",
                "自然人",
                "商业企业",
                "科研机构",
                "社会公益组织",
                "法律服务机构",
                "其他",
                "总计",
            ],
            ["县教育局", "5", "0", "0", "0", "0", "0", "5"],
            ["总计", "9", "0", "0", "0", "0", "0", "9"],
        ],
        [["部门", "本年新收", "予以公开"], ["县教育局", "5", "3"], ["县民政局", "4", "2"]],
    ],
)
def test_a_table_after_table_three_is_not_read_into_it(layout: str, rows: list[list[str]]) -> None:
    # a page's table of 依申请公开 by department after table 三: its 总计 row was read
    # with table 三's (七)总计 (row_width, the published total dropped) and its other
    # rows reported as unknown rows of table 三
    heading = "四、政府信息公开行政复议、行政诉讼情况"
    extra = ["各部门依申请公开情况如下：", _table(layout, rows)]
    page = _insert_before(gr.render(_SAMPLE, layout), layout, heading, extra)
    report = gr.parse(page)
    assert gr.to_dict(report) == gr.to_dict(gr.parse(gr.render(_SAMPLE, layout)))
    assert not [f for f in report.findings if f.severity != "info"]


def test_table_three_keeps_its_last_rows_values_after_a_wrapped_label() -> None:
    # a cell per line: the rest of the wrapped label (办理) prints words and no number,
    # yet the values follow it; only words after the values end table 三
    page = gr.render(_SAMPLE, "vertical")
    label = "\t四、结转下年度继续办理\n"
    assert label in page
    page = page.replace(label, "\t四、结转下年度继续\n\t办理\n\n", 1)
    heading = "四、政府信息公开行政复议、行政诉讼情况"
    page = page.replace(heading, f"各部门依申请公开情况如下：\n\n{heading}", 1)
    report = gr.parse(page)
    expected = gr.to_dict(_SAMPLE)["requests"]["carried_forward"]
    assert gr.to_dict(report)["requests"]["carried_forward"] == expected


# --- a table between table 二 and table 三 ---------------------------------------------


@pytest.mark.parametrize("layout", gr.available_layouts())
@pytest.mark.parametrize(
    ("intro", "rows"),
    [
        ("其中，各类信息公开情况：", [["类别", "数量"], ["行政许可", "999"], ["行政处罚", "55"]]),
        (
            "本年度主动公开情况统计如下：",
            [["公开渠道", "条数"], ["政府网站", "1830"], ["合计", "1915"]],
        ),
    ],
)
def test_a_table_after_table_two_is_not_read_into_it(
    layout: str, intro: str, rows: list[list[str]]
) -> None:
    # a table of the page's own after table 二's last block: its 行政许可 row was read
    # with table 二's (row_width, 1204 and 37 dropped) and its other rows reported as
    # unknown rows of table 二; table 二 now ends at the first row of words after its
    # last row's values
    extra = [intro, _table(layout, rows)]
    page = _insert_before(gr.render(_SAMPLE, layout), layout, _HEADING_3, extra)
    report = gr.parse(page)
    assert gr.to_dict(report) == gr.to_dict(gr.parse(gr.render(_SAMPLE, layout)))
    assert not [f for f in report.findings if f.severity != "info"]


# --- what still belongs to table 二 after its last row -----------------------------------

_VERTICAL_2019 = (Path(__file__).parent / "fixtures" / "text" / "vertical_2019.txt").read_text(
    "utf-8"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # 政府集中采购 split in two lines: 行政事业性收费 is the last row found, and the
        # (九) caption and header after it are still table 二's
        ("\t政府集中采购\n", "\t政府集中\n\t采购\n"),
        # the amount's unit printed alone on the line after it
        ("\t1520.5万元\n", "\t1520.5\n\t万元\n"),
    ],
)
def test_table_two_does_not_end_before_its_own_rows(old: str, new: str) -> None:
    assert old in _VERTICAL_2019
    damaged = gr.parse(_VERTICAL_2019.replace(old, new))
    active = gr.to_dict(damaged)["active_disclosure"]
    assert active == gr.to_dict(gr.parse(_VERTICAL_2019))["active_disclosure"]
    assert active["centralized_procurement"] == {
        "projects": 64,
        "amount": {"value": "1520.5", "unit": "万元"},
    }


_TAB_2019 = (Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt").read_text("utf-8")


def _a_character_a_line(text: str, layout: str) -> str:
    """``text`` printed a character a line (brackets kept with their neighbour), as a
    narrow first column prints a caption, in the layout's cells."""
    pieces = re.findall(r"[（(]?.[）)]?", text)
    return "".join(
        f"\t{piece}\n" if layout == "vertical" else f"{piece}\t\t\t\n" for piece in pieces
    )


@pytest.mark.parametrize("layout", ["tab", "vertical"])
def test_table_two_does_not_end_at_its_last_caption_broken_a_character_a_line(
    layout: str,
) -> None:
    # found by the thorough property run: the (九) caption printed a character a line,
    # the header's 采购 words and the 政府集中采购 label broken over lines, so no line
    # held 第二十条 or 采购 whole; table 二 ended at the header after the caption and
    # the procurement row was reported missing. Words of table 二 are now also looked
    # for across its lines read as one text
    caption = _a_character_a_line("第二十条第（九）项", layout)
    if layout == "tab":
        text, cells = _TAB_2019, ("57", "3518.2050 万元")
        old = (
            "第二十条第（九）项\t\t\t\n信息内容\t采购项目数量\t采购总金额\t\n"
            "政府集中采购\t57\t3518.2050 万元\t\n"
        )
        new = (
            f"{caption}信息内容\t采\t采\t\n\t购项目数量\t购总金额\t\n"
            "政府集中\t\t\t\n采\t\t\t\n购\t57\t3518.2050 万元\t\n"
        )
    else:
        text, cells = _VERTICAL_2019, ("64", "1520.5万元")
        old = "\t第二十条第（九）项\n\n\t信息内容\n\t采购项目数量\n\t采购总金额\n\n\t政府集中采购\n"
        new = (
            f"{caption}\n\t信息内容\n\t采\n\t购项目数量\n\t采\n\t购总金额\n\n"
            "\t政府集中\n\t采\n\t购\n"
        )
    assert old in text and all(cell in text for cell in cells)
    intact = gr.parse(text)
    damaged = gr.parse(text.replace(old, new))
    assert gr.to_dict(damaged)["active_disclosure"] == gr.to_dict(intact)["active_disclosure"]
    assert gr.to_dict(damaged)["active_disclosure"]["centralized_procurement"]["projects"] == int(
        cells[0]
    )
    assert not [f for f in damaged.findings if f.code == "missing_row"]


def test_a_table_after_template_2019s_last_row_is_not_read_into_table_two() -> None:
    row = "\t政府集中采购\n\t64\n\t1520.5万元\n"
    page = "\n\t类别\n\t数量\n\n\t行政许可\n\t999\n"
    report = gr.parse(_VERTICAL_2019.replace(row, row + "\n其中，各类信息公开情况：\n" + page))
    active = gr.to_dict(report)["active_disclosure"]
    assert active == gr.to_dict(gr.parse(_VERTICAL_2019))["active_disclosure"]
    assert not [f for f in report.findings if f.path.startswith("active_disclosure")]


@pytest.mark.parametrize("layout", ["vertical", "pipe-cells", "tab"])
def test_a_local_row_after_table_twos_last_row_is_still_reported(layout: str) -> None:
    # found by the thorough property run: with the end of table 二 found after its last
    # row, a local row printed after 行政事业性收费, its value on the next line (one cell
    # per line), ended the table there and its value was dropped with no finding
    page = gr.render(_SAMPLE, layout)
    report = gr.parse(
        _insert_before(page, layout, _HEADING_3, ["", _table(layout, [["行政确认", "5"]])])
    )
    assert gr.to_dict(report)["active_disclosure"] == gr.to_dict(_SAMPLE)["active_disclosure"]
    notes = [f for f in report.findings if f.code == "unknown_row"]
    assert [f.path for f in notes] == ["active_disclosure"] and "行政确认" in notes[0].message

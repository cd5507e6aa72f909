"""Text damage found by the ninth robustness hunt (eighth session, text layouts): each
test is a fictional reproducer (the bundled sample report, or made-up numbers) of a
misreading, kept so it stays fixed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import govinfo_reports as gr
from govinfo_reports.cells import Kind, read_value
from govinfo_reports.render import render
from govinfo_reports.sample import sample_text
from test_hunt8 import _reads_as_printed, _tables

#: A fictional template-2019 report, tab-delimited.
_TAB_2019 = Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt"


def _sample(layout: str = "tab") -> str:
    """The bundled (fictional) sample report printed in ``layout``."""
    return render(gr.parse(sample_text()), layout)


def _spaced(text: str) -> str:
    """A tab-layout text as PDF-to-text prints it: cells parted by runs of spaces, empty
    cells gone."""
    lines = []
    for line in text.split("\n"):
        cells = [cell.strip() for cell in line.split("\t")]
        lines.append("    ".join(cell for cell in cells if cell))
    return "\n".join(lines)


def _warnings(report: gr.Report) -> list[str]:
    return [f.code for f in gr.validate(report) if f.severity != "info"]


# --- 1. a group's label and its first item's wrapped label on one line ---------------


@pytest.mark.parametrize(
    ("group", "first"),
    [
        ("（三）不予公开", "1.属于国"),
        ("（四）无法提供", "1.本机关"),
        ("（五）不予处理", "1.信"),
        ("（六）其他处理", "1.申请人无正当理由"),
    ],
)
def test_a_group_label_before_its_first_items_wrapped_label_names_the_item(
    group: str, first: str
) -> None:
    # PDF text of a table whose cells are top-aligned: the group's cell and the first
    # item's cell print their first lines side by side, the item's label wrapped before
    # the words that name it (``（四）无法提供    1.本机关    2    0 …`` then
    # ``不掌握相关政府信息``). The spaces reader makes one label of the words before the
    # first number, which named the group only: the row's values stood under no row
    # label (ignored with warnings) and the item read as missing
    text = _spaced(_sample())
    start = text.index(group)
    end = text.index("\n", start)
    label, item, values = text[start:end].split("    ", 2)
    assert item.startswith(first)
    damaged = f"{text[:start]}{label}    {first}    {values}\n{item[len(first) :]}{text[end:]}"
    report = _reads_as_printed(damaged, text)
    assert _warnings(report) == _warnings(gr.parse(text))


def _wrapped(text: str, width: int, where: int) -> str:
    """A tab-layout text as PDF-to-text prints a table of narrow columns: each text cell
    wrapped every ``width`` characters, the wrapped cells of a row side by side, the
    row's values on the line ``where`` (0: the first, -1: the last) of its label's."""
    out = []
    for line in text.split("\n"):
        cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
        values = [cell for cell in cells if read_value(cell).kind is not Kind.TEXT]
        labels = [cell for cell in cells if cell not in values]
        if "\t" not in line or not values:
            out.append(line)
            continue
        pieces = [[label[k : k + width] for k in range(0, len(label), width)] for label in labels]
        height = max(map(len, pieces), default=1)
        printed = [
            "    ".join(p[k].ljust(2 * width) if k < len(p) else " " * 2 * width for p in pieces)
            for k in range(height)
        ]
        printed[where] += "    " + "    ".join(values)
        out += [piece.rstrip() for piece in printed]
    return "\n".join(out)


@pytest.mark.parametrize("width", [5, 6])
@pytest.mark.parametrize("where", [0, -1])
def test_labels_of_narrow_columns_wrapped_side_by_side_name_their_rows(
    width: int, where: int
) -> None:
    # every label cell of a narrow-column table wrapped, the pieces side by side: a line
    # ``三、本年度办    （一）予以公    8    9 …`` or ``（三）不予公    1.属于国家    22 …``
    # named the results group (or the group) only, from its cut first piece: the row's
    # values stood under no row label and the row read as missing
    text = _sample()
    damaged = _wrapped(text, width, where)
    report = _reads_as_printed(damaged, text)
    assert not [code for code in _warnings(report) if code == "missing_row"]


# --- 2. a signed change or a grouped count printed with its counting word --------------


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("+2项", 2),
        ("-4项", -4),
        ("－4件", -4),
        ("＋3个", 3),
        ("1,204件", 1204),
        ("-1,204项", -1204),
    ],
)
def test_a_signed_or_grouped_count_with_its_word_is_read(printed: str, number: int) -> None:
    # ``12件`` and ``减4项`` were read, ``-4项`` (a 本年增/减 printed with a sign and the
    # word for what it counts) and ``1,204件`` (grouped digits) were unreadable cells
    text = _TAB_2019.read_text(encoding="utf-8")
    damaged = text.replace("行政许可\t212\t+8\t", f"行政许可\t212\t{printed}\t", 1)
    assert damaged != text
    report = gr.parse(damaged)
    assert report.active_disclosure.administrative_licensing.change == number
    assert not [f for f in report.findings if f.severity != "info"]


# --- 3. a piece of a spanning label before an item's cut label ------------------------


def test_a_piece_of_a_spanning_label_before_an_items_cut_label_names_the_item() -> None:
    # PDF text of table 三 whose spanning labels wrap: the rest of a group's label stands
    # before the next item's label on its line (``开    2.其他法律行政法规    0 …``, the
    # item's words that name it, 禁止公开, wrapped to the next line; ``理结果    （二）部
    # 分公    1 …``). The label read ``开2.其他法律行政法规``, naming no row: its values
    # were an unknown row's, not read, and the item read as missing
    text = _spaced(_sample())
    lines = {
        "三、本年度办理结果    （一）予以公开": "三、本年度办    （一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "理结果    （二）部分公",
        "（三）不予公开    1.属于国家秘密": "（三）不予公    1.属于国家秘密",
        "2.其他法律行政法规禁止公开": "开    2.其他法律行政法规",
    }
    damaged = text
    for old, new in lines.items():
        assert old in damaged
        damaged = damaged.replace(old, new, 1)
    damaged = re.sub(r"(理结果    （二）部分公.*\n)", r"\1开（区分处理的）\n", damaged)
    damaged = re.sub(r"(开    2.其他法律行政法规.*\n)", r"\1禁止公开\n", damaged)
    report = _reads_as_printed(damaged, text)
    assert _warnings(report) == _warnings(gr.parse(text))


# --- 4. an item's label cut to its first words, its group's label printed below -------


@pytest.mark.parametrize(
    ("group", "first", "cut"),
    [
        ("（四）无法提供", "1.本机关不掌握相关政府信息", "1.本机关"),
        (
            "（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "1.申请人无正当",
        ),
        ("（三）不予公开", "1.属于国家秘密", "1.属于国"),
    ],
)
def test_an_items_first_words_name_it_before_its_groups_label(
    group: str, first: str, cut: str
) -> None:
    # PDF text of a table whose cells are centred vertically: a group's label stands on
    # the line of its second item, after its first item's line, whose label is cut to its
    # first words (``1.本机关    2    0 …``, then ``不掌握相关政府信息``). The first item
    # was read by its number in the group before (item 1 of 不予公开): its values were
    # another row's (``row_width``, left blank) and the item read as missing
    text = _spaced(_sample())
    start = text.index(group)
    end = text.index("\n", start)
    line = text[start:end]
    second = text.index("\n2.", end) + 1
    assert line.startswith(f"{group}    {first}    ")
    values = line[len(f"{group}    {first}    ") :]
    damaged = f"{text[:start]}{cut}    {values}\n{first[len(cut) :]}\n{group}    {text[second:]}"
    report = _reads_as_printed(damaged, text)
    assert _warnings(report) == _warnings(gr.parse(text))


# --- 5. the results' label at the middle of its rows ---------------------------------


def _results_label_moved(item: str, printed: str) -> tuple[str, str]:
    """The sample as PDF text, and the same with 三、本年度办理结果 moved off its first
    row to the row whose label matches ``item``, printed as ``printed`` (``{values}``: the
    row's values as they were)."""
    text = _spaced(_sample())
    damaged = text.replace("三、本年度办理结果    （一）予以公开", "（一）予以公开", 1)
    row = re.search(item + r"(    .*)\n", damaged)
    assert row is not None
    return text, damaged.replace(row.group(0), printed.format(values=row.group(1)))


def test_the_results_label_on_a_rows_values_line_among_its_groups_is_no_group() -> None:
    # PDF text prints 三、本年度办理结果, a label spanning every result row, on the line
    # at their middle: there, a row's label cut before its values (``6.属于四类过程性信``
    # then ``三、本年度办理结果    息    0    0 …``) lost them: the results' label closed
    # the row as a group's would, and the values stood under no row label (ignored)
    text, damaged = _results_label_moved(
        r"6\.属于四类过程性信息", "6.属于四类过程性信\n三、本年度办理结果    息{values}\n"
    )
    report = _reads_as_printed(damaged, text)
    assert _warnings(report) == _warnings(gr.parse(text))


def test_the_results_label_beside_an_items_cut_label_leaves_it_in_its_group() -> None:
    # the results' label centred on its rows, wrapped, beside an item whose words are
    # cut too (``三、本年度    8.属于行政    0 …`` then ``办理结果    查询事项``): the item's
    # number was looked for in the results' label, which has no items, and the row was
    # read as an unknown row (``unknown_row``), its values not read
    text, damaged = _results_label_moved(
        r"8\.属于行政查询事项", "三、本年度    8.属于行政{values}\n办理结果    查询事项\n"
    )
    report = _reads_as_printed(damaged, text)
    assert _warnings(report) == _warnings(gr.parse(text))


def test_a_cut_group_label_other_before_an_items_cut_label_names_the_group() -> None:
    # ``（六）其他处理`` wrapped after 其他, beside its second item's cut label (``（六）其他
    # 2.申请人逾期未按    0 …``): in the group 其他处理, ``（六）其他`` read as the item
    # 3.其他, not as the group, and the second item was missing (its values not read)
    text = _spaced(_sample())
    row = re.search(r"2\.申请人逾期未按收费通知要求缴纳费用[^ ]*(    .*)\n", text)
    assert row is not None
    damaged = text.replace(
        row.group(0), f"（六）其他    2.申请人逾期未按{row.group(1)}\n处理    收费通知要求\n"
    )
    damaged = damaged.replace("（六）其他处理    1.", "1.", 1)
    report = _reads_as_printed(damaged, text)
    assert _warnings(report) == _warnings(gr.parse(text))


# --- 6. a page's number alone on its line after a complete row -----------------------


@pytest.mark.parametrize("layout", ["tab", "pipe", "spaces"])
@pytest.mark.parametrize("label", ["行政处罚", "行政规范性文件", "行政事业性收费"])
def test_a_page_number_alone_after_a_complete_table_two_row_is_not_read(
    layout: str, label: str
) -> None:
    # PDF text: the page's number (a bare ``3``) on a line of its own after the last row
    # of a page. Taken for the row's next cell, it made the row a value too long: every
    # value of the row was left blank (a row_width warning), the printed ones lost
    text = _sample()
    if layout == "spaces":
        text = _spaced(text)
    elif layout == "pipe":
        text = _sample("pipe")
    start = text.index(f"\n{label}") + 1
    end = text.index("\n", start)
    damaged = f"{text[:end]}\n\n3\n{text[end:]}"
    report = _reads_as_printed(damaged, text)
    extra = [f for f in report.findings if f.severity != "info" and f.code == "row_width"]
    assert len(extra) == 1
    assert "'3'" in extra[0].message
    assert "page" in extra[0].message


# --- 7. a title printed in brackets or quotes -----------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"), [("【", "】"), ("〔", "〕"), ("[", "]"), ("“", "”"), ('"', '"')]
)
def test_a_title_printed_in_brackets_or_quotes_is_read(opening: str, closing: str) -> None:
    # a title printed in brackets or quotes (a WeChat article's heading, a text copied from
    # a list): it did not end with its 报告, so no title was found, and the report read
    # with no title, no organ and no year, with no finding (《…》 was read already)
    text = _sample()
    title = text.split("\n", 1)[0]
    damaged = text.replace(title, f"{opening}{title}{closing}", 1)
    report = gr.parse(damaged)
    assert report.title == f"{opening}{title}{closing}"
    assert (report.organ, report.year) == ("青禾县人民政府", 2023)


@pytest.mark.parametrize(
    "sentence",
    [
        "现将青禾县人民政府2023年政府信息公开工作年度报告公布如下。",
        "现发布青禾县人民政府2023年政府信息公开工作年度报告。",
        "特将青禾县人民政府2023年度政府信息公开工作年度报告予以公布。",
    ],
)
def test_the_organ_of_a_sentence_announcing_the_report_with_xianjiang_is_read(
    sentence: str,
) -> None:
    # no title line, a sentence announcing the report: only ``现公布<organ><year>年…``
    # was read, so ``现将<organ><year>年…报告公布如下`` (as common) gave no organ; and
    # ``现发布…2023年…报告`` gave no year either (发布 was read as 按时发布, naming
    # last year's report)
    text = _sample()
    damaged = sentence + "\n" + text.split("\n", 1)[1]
    report = gr.parse(damaged)
    assert (report.organ, report.year) == ("青禾县人民政府", 2023)


def test_an_item_numbered_in_brackets_after_its_groups_label_names_the_item() -> None:
    # items numbered ``（1）`` (as some sites print them), a group's label and its first
    # item's cut label on one line of PDF text (``（四）无法提供    （1）本机关    2 …``):
    # a numbering in brackets inside the label was not looked for, so the line named
    # the group only and its values were not read
    text = _spaced(_sample())
    damaged = re.sub(r"(?m)^(（[三四五六][^ ]*    )?(\d)\.", r"\1（\2）", text)
    line = re.search(r"（四）无法提供    （1）本机关不掌握相关政府信息(    .*)\n", damaged)
    assert line is not None
    damaged = damaged.replace(
        line.group(0), f"（四）无法提供    （1）本机关{line.group(1)}\n不掌握相关政府信息\n"
    )
    report = _reads_as_printed(damaged, text)
    assert _warnings(report) == _warnings(gr.parse(text))


def test_an_unnumbered_items_first_words_name_it() -> None:
    # items printed without their numbering (``属于国家秘密``), labels wrapped in narrow
    # columns: the item's first words, after a piece of the group's label (``开    其他法
    # 律行政法规禁    0 …``) or alone (``要求提供公开出    0 …``), named no row, the
    # words that do (禁止公开, 出版物) being on the next line: their values were an
    # unknown row's, not read, and the items missing
    text = _spaced(_sample())
    damaged = re.sub(r"(?m)^(（[三四五六][^ ]*    )?\d\.", r"\1", text)
    prohibited = re.search(r"\n其他法律行政法规禁止公开(    .*)\n", damaged)
    publications = re.search(r"\n要求提供公开出版物(    .*)\n", damaged)
    assert prohibited is not None and publications is not None
    damaged = damaged.replace("（三）不予公开    ", "（三）不予公    ", 1)
    damaged = damaged.replace(
        prohibited.group(0), f"\n开    其他法律行政法规禁{prohibited.group(1)}\n止公开\n"
    )
    damaged = damaged.replace(
        publications.group(0), f"\n要求提供公开出{publications.group(1)}\n版物\n"
    )
    report = _reads_as_printed(damaged, text)
    assert _warnings(report) == _warnings(gr.parse(text))


# --- 8. a label's numbering spaced as its characters are ------------------------------


def test_an_items_numbering_spaced_like_its_characters_stays_in_the_label() -> None:
    # PDF text of a table whose labels are spaced a character apart (``规 章``), their
    # numbering too (``3 . 其 他    0 …``): the spaces reader read the number as the row's
    # first value and ``.其他`` as its label, which named no row (3.其他 read as missing,
    # its values added to the row before, left blank with a row_width warning)
    text = _spaced(_sample())
    damaged = re.sub(
        r"(?m)^(\d)\.([^ ]+)(    .*)$", lambda m: " . ".join([m[1], " ".join(m[2])]) + m[3], text
    )
    assert "3 . 其 他    " in damaged
    report = _reads_as_printed(damaged, text)
    assert _warnings(report) == _warnings(gr.parse(text))


@pytest.mark.parametrize("label", ["名    称：", "标　　题：", "名 称:"])
def test_a_title_labelled_in_a_table_of_details_with_a_padded_label_is_read(label: str) -> None:
    # a page's table of details copied as text, its short labels padded to its long ones'
    # width (``索 引 号：…`` / ``名    称：<title>``), the report printing no title line
    # of its own: the padded label was not read as one, so the report had no title and
    # no year, with no finding
    text = _sample()
    title = text.split("\n", 1)[0]
    details = f"索 引 号：000000000/2024-00012\n发布机构：青禾县人民政府\n{label}{title}\n"
    report = gr.parse(details + text.split("\n", 1)[1])
    assert (report.title, report.organ, report.year) == (title, "青禾县人民政府", 2023)


@pytest.mark.parametrize("label", ["来    源：", "发 布 机 构：", "信 息 来 源 ："])
def test_an_issuer_label_padded_with_white_space_gives_the_organ(label: str) -> None:
    # a table of details' issuer label padded between its characters (``来    源：XX局``):
    # the line was split at its white space and the label not found, so a report whose
    # title names no organ had none
    text = _sample()
    body = text.split("\n", 1)[1]
    report = gr.parse(f"2023年政府信息公开工作年度报告\n{label}青禾县统计局\n{body}")
    assert report.organ == "青禾县统计局"


# --- 9. table 三's applicant header wrapped in narrow columns ---------------------------


def test_an_applicant_header_wrapped_in_narrow_columns_still_orders_the_columns() -> None:
    # PDF text of table 三 whose header cells wrap in narrow columns, a line of the header
    # each (``科研    商业    社会公益    法律服务    其他`` then ``机构    企业    组织
    # 机构``), the columns in another order than the template's: the names' halves named
    # no column, so the header was read as naming too few to tell, and every row's
    # 科研机构 and 商业企业 values were swapped, with no finding
    text = _spaced(_sample())
    swapped = []
    for line in text.split("\n"):
        cells = line.split("    ")
        if len(cells) == 8 or (len(cells) > 8 and not cells[0].isdigit()):  # (table 三's rows)
            cells[-6], cells[-5] = cells[-5], cells[-6]
        swapped.append("    ".join(cells))
    damaged = "\n".join(swapped).replace(
        "商业企业    科研机构    社会公益组织    法律服务机构    其他",
        "科研    商业    社会公益    法律服务    其他\n机构    企业    组织    机构",
    )
    assert damaged != text
    report = gr.parse(damaged)
    assert _tables(damaged) == _tables(text)
    assert "column_order" in [f.code for f in report.findings]


def test_a_plus_sign_printed_apart_from_its_change_is_joined_to_it() -> None:
    # PDF text of a 2019 table 二 whose 本年增/减 prints its sign apart (``212   + 8
    # 1530``): the sign was read as a word among the values, the row split in two and
    # every value of it lost (row_width warnings); 增 8 was joined already
    text = _TAB_2019.read_text(encoding="utf-8")
    spaced = _spaced(text)
    damaged = spaced.replace("行政许可    212    +8    1530", "行政许可    212    + 8    1530")
    assert damaged != spaced
    report = _reads_as_printed(damaged, spaced)
    assert report.active_disclosure.administrative_licensing.change == 8

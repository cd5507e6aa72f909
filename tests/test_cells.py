"""Cell normalisation: ``read_value``, ``normalize_label`` and ``as_money``.

Each case is one kind of text the seed reports print in a cell; the expected reading
was worked out from SPEC.md (blank is ``None``/not 0, 增44 → 44, 减73 → -73, money
keeps every printed digit and its unit).
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_reports import Money, cells
from govinfo_reports.cells import Kind, as_money, normalize_label, read_value

NBSP = "\u00a0"
IDEOGRAPHIC_SPACE = "\u3000"

# --- read_value: counts --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("0", 0),
        ("12", 12),
        ("70352", 70352),
        ("１２", 12),  # full-width digits
        ("２０２１", 2021),
        (f"{NBSP}148", 148),  # NBSP around the number (seed 001)
        (f"3{NBSP}{NBSP}", 3),
        (f"{NBSP}{NBSP}0", 0),
        ("   0", 0),
        (f"{IDEOGRAPHIC_SPACE}7{IDEOGRAPHIC_SPACE}", 7),
        ("1,830", 1830),  # thousands separator
        ("1,016,121", 1016121),
    ],
)
def test_read_value_reads_counts(text: str, number: int) -> None:
    value = read_value(text)
    assert value.kind is Kind.NUMBER
    assert value.number == number
    assert value.repaired is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1 02", 102),  # a stray space inside the number
        (f"1{NBSP}48", 148),  # an NBSP inside the number
        ("2 0", 20),
        (f"１{IDEOGRAPHIC_SPACE}５", 15),
    ],
)
def test_read_value_removes_spaces_inside_a_number_and_says_so(text: str, number: int) -> None:
    value = read_value(text)
    assert value.kind is Kind.NUMBER
    assert value.number == number
    assert value.repaired is not None  # the repair is reported, never silent
    assert value.raw == text  # the printed text is kept


@pytest.mark.parametrize(
    ("text", "number", "money"),
    [
        ("1 2件", 12, None),  # a count with its counting word
        ("增1 2", 12, None),  # a change written with a word
        ("1 ,204", 1204, None),  # grouped digits
        ("1, 204", 1204, None),
        (f"3{NBSP}.50万元", None, Money(Decimal("3.50"), "万元")),  # an amount
        ("1 2.50", None, Money(Decimal("12.50"), None)),
    ],
)
def test_read_value_says_so_when_it_joins_digits_of_any_number(
    text: str, number: int | None, money: Money | None
) -> None:
    # before, only a plain count's joined digits were reported: 1 2件 was 12 silently
    value = read_value(text)
    assert (value.number, value.money) == (number, money)
    assert value.repaired is not None
    assert value.repaired.startswith(cells.JOINED_DIGITS)


@pytest.mark.parametrize("text", ["12 件", "增 5", "12.5 万元", "1,204 ", " 3.50万元"])
def test_read_value_does_not_call_a_space_beside_a_number_a_repair(text: str) -> None:
    value = read_value(text)
    assert value.kind is not Kind.TEXT
    assert value.repaired is None


@pytest.mark.parametrize(
    ("text", "number"),
    [("12件", 12), ("0件", 0), ("3 条", 3), ("５个", 5), ("7项", 7), ("2次", 2), ("1份", 1)],
)
def test_read_value_reads_a_count_with_its_counting_word(text: str, number: int) -> None:
    value = read_value(text)
    assert value.kind is Kind.NUMBER
    assert value.number == number
    assert value.raw == text


@pytest.mark.parametrize("text", ["12件事", "件12", "12万人", "12%", "第3条", "3个工作日", "无"])
def test_read_value_keeps_other_words_after_a_number_unreadable(text: str) -> None:
    assert read_value(text).kind is Kind.TEXT


def test_zero_is_a_value_not_a_blank() -> None:
    value = read_value("0")
    assert value.number == 0
    assert value.number is not None
    assert value.is_value


# --- read_value: signed changes (本年增/减) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("增44", 44),
        ("减73", -73),
        ("减173", -173),
        ("+35", 35),
        ("-10", -10),
        ("+219", 219),
        ("−21", -21),  # U+2212 MINUS SIGN
        ("－11", -11),  # full-width hyphen-minus
        ("＋5", 5),  # full-width plus
        ("增 6", 6),
        ("增加12", 12),
        ("减少3", -3),
        ("减少3项", -3),
        ("新增2个", 2),
        ("未增未减", 0),
        ("无增减", 0),
        ("持平", 0),
        ("上升4", 4),
        ("下降2", -2),
        ("下降 2项", -2),
    ],
)
def test_read_value_reads_signed_changes(text: str, number: int) -> None:
    value = read_value(text)
    assert value.kind is Kind.NUMBER
    assert value.number == number


@pytest.mark.parametrize(
    ("text", "number"),
    [("减-32", -32), ("减少-41", -41), ("下降－2", -2), ("增+5", 5), ("增加＋3项", 3)],
)
def test_read_value_reads_a_word_and_a_sign_that_agree_as_one_sign(text: str, number: int) -> None:
    # 减-32 is a decrease of 32 (it was read as +32: the word's minus times the sign's)
    value = read_value(text)
    assert value.kind is Kind.NUMBER
    assert value.number == number
    assert value.repaired is not None  # reported: the cell is printed in an odd way


@pytest.mark.parametrize("text", ["增-3", "减+3", "减少＋4", "上升-1"])
def test_read_value_leaves_a_word_and_a_sign_that_disagree_unread(text: str) -> None:
    assert read_value(text).kind is Kind.TEXT


# --- read_value: blanks ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["/", "／", "—", "——", "-", "--", "－", "\\"])
def test_read_value_reads_blank_markers_as_blank(text: str) -> None:
    value = read_value(text)
    assert value.kind is Kind.BLANK
    assert value.number is None
    assert value.money is None
    assert value.is_value  # a blank fills a value position …
    assert value.raw == text  # … and the marker is kept


@pytest.mark.parametrize("text", ["", " ", "   ", NBSP, f"{NBSP}{NBSP}", IDEOGRAPHIC_SPACE, "\t"])
def test_read_value_reads_white_space_as_empty(text: str) -> None:
    value = read_value(text)
    assert value.kind is Kind.EMPTY
    assert value.number is None


# --- read_value: money ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "digits", "unit"),
    [
        ("27759.17695 万元", "27759.17695", "万元"),
        ("205304.6725万元", "205304.6725", "万元"),
        ("101647022.75 元", "101647022.75", "元"),
        ("6266.18", "6266.18", None),
        ("12.50", "12.50", None),  # the trailing zero is part of what was printed
        ("１５.８万元", "15.8", "万元"),
        ("3.2亿元", "3.2", "亿元"),
        ("960 万元", "960", "万元"),
        ("１５．８万元", "15.8", "万元"),  # full-width digits and full stop
        ("1,234.56 万元", "1234.56", "万元"),  # grouped digits
    ],
)
def test_read_value_reads_money_with_every_printed_digit(
    text: str, digits: str, unit: str | None
) -> None:
    value = read_value(text)
    assert value.kind is Kind.MONEY
    assert value.money == Money(Decimal(digits), unit)
    assert value.money is not None
    assert str(value.money.value) == digits
    assert value.number is None
    assert value.repaired is None  # a space before the unit is not inside the number


# --- read_value: text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["若干", "约3", "约3500万元", "规章", "信息内容", "本年增/减", "见附件"]
)
def test_read_value_leaves_text_as_text(text: str) -> None:
    value = read_value(text)
    assert value.kind is Kind.TEXT
    assert value.number is None
    assert value.money is None
    assert not value.is_value
    assert value.raw == text


# --- normalize_label --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaces and line breaks inside labels
        ("其他对外管 ", "其他对外管"),
        ("本年新\n制作数量", "本年新制作数量"),
        ("本年新制作 数量", "本年新制作数量"),
        ("行政事业性 收费", "行政事业性收费"),
        ("政府集中采 购", "政府集中采购"),
        ("3. 补正 后申 请内 容仍 不明 确", "3.补正后申请内容仍不明确"),
        ("本\n年\n度\n办\n理\n结\n果", "本年度办理结果"),
        ("三、\n\n本\n\n年\n\n度", "三、本年度"),
        (f"商业{NBSP}企业", "商业企业"),
        (f"尚{IDEOGRAPHIC_SPACE}未{IDEOGRAPHIC_SPACE}审{IDEOGRAPHIC_SPACE}结", "尚未审结"),
        ("结 果 维 持\t", "结果维持"),
        # half- and full-width brackets and digits
        ("（一）予以公开", "(一)予以公开"),
        ("(一) 予以公开", "(一)予以公开"),
        ("１．属于国家秘密", "1.属于国家秘密"),
        ("【三】不予公开", "(三)不予公开"),
        ("本年收费金额（单位：万元）", "本年收费金额(单位:万元)"),
        ("第二十条第（五）项", "第二十条第(五)项"),
        # quotes dropped
        ("3. 危及“三安全一稳定”", "3.危及三安全一稳定"),
        ('3.危及"三安全一稳定"', "3.危及三安全一稳定"),
        # markdown emphasis dropped
        ("**规章**", "规章"),
        # 只记 / 只计
        ("只记这一情形", "只计这一情形"),
    ],
)
def test_normalize_label(text: str, expected: str) -> None:
    assert normalize_label(text) == expected


def test_normalize_label_makes_both_partially_granted_labels_equal() -> None:
    full_width = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    half_width = "(二) 部分公开(区分处理的, 只记这一情形, 不计其他情形)"
    assert normalize_label(full_width) == normalize_label(half_width)


def test_normalize_label_is_idempotent() -> None:
    text = "（二）部分公开（区分处理的，只记这一情形，不计其他情形）"
    once = normalize_label(text)
    assert normalize_label(once) == once


# --- as_money ----------------------------------------------------------------------------------


def test_as_money_takes_the_unit_printed_in_the_cell() -> None:
    assert as_money(read_value("27759.17695 万元"), None) == Money(Decimal("27759.17695"), "万元")


def test_as_money_takes_the_header_unit_when_the_cell_has_none() -> None:
    money = as_money(read_value("12.50"), "万元")
    assert money == Money(Decimal("12.50"), "万元")
    assert money is not None
    assert str(money.value) == "12.50"


def test_as_money_prefers_the_unit_in_the_cell_over_the_header_unit() -> None:
    assert as_money(read_value("101647022.75 元"), "万元") == Money(Decimal("101647022.75"), "元")


def test_as_money_reads_a_whole_number_as_money() -> None:
    assert as_money(read_value("1204"), "万元") == Money(Decimal("1204"), "万元")
    assert as_money(read_value("0"), None) == Money(Decimal("0"), None)


def test_as_money_reads_full_width_and_grouped_digits() -> None:
    assert as_money(read_value("１２"), "元") == Money(Decimal("12"), "元")
    assert as_money(read_value("1,830"), "元") == Money(Decimal("1830"), "元")


@pytest.mark.parametrize("text", ["/", "—", "", "  ", "若干", "约3500万元"])
def test_as_money_gives_none_for_blanks_and_text_never_zero(text: str) -> None:
    assert as_money(read_value(text), "万元") is None


# --- the shortcuts agree with the full reading ------------------------------------------

#: Characters values are printed with (as printed: full-width, traditional, exotic
#: spaces), characters of blank markers and words, and characters of prose.
_VALUE_LIKE = (
    "0123456789０１２３４５６７８９+-,.＋－，．\u2212\u2013"
    "万亿千元萬億增减少新上下降減项件条個無无不变持平—一×/"
)
_SPACES = f" \t{NBSP}{IDEOGRAPHIC_SPACE}\u2002\u200b\ufeff"
_PROSE = "年度本机关公开。、；（）a²"
#: Every way a value cell is printed, as in the tests above.
_PRINTED_VALUES = (
    "12元",
    "38.35万元",
    "1.2亿元",
    "3千元",
    "１２萬元",
    "减3项",
    "減3項",
    "增加5个",
    "减少2件",
    "新增4项",
    "上升2",
    "下降3",
    "+5",
    "－3",
    "\u22124",
    "\u20136",
    "1,234",
    "无变化",
    "不变",
    "持平",
    "未增未减",
    "无增减",
    "无数据",
    "——",
    "一一",
    "×",
    "/",
    "\\",
    "3次",
    "2份",
    "1宗",
    "4起",
)
_cell_texts = st.one_of(
    st.text(alphabet="0123456789", min_size=1, max_size=40),  # plain counts, and too long
    st.text(alphabet=_VALUE_LIKE + _SPACES, min_size=1, max_size=12),
    st.text(alphabet=_VALUE_LIKE + _SPACES + _PROSE, min_size=1, max_size=12),
    # long cells (past the memo's length), where the character test applies
    st.builds(
        lambda pad, core, tail: pad + core + tail if len(pad) % 2 else tail + core + pad,
        st.text(alphabet=_SPACES, max_size=70),
        st.one_of(
            st.sampled_from(_PRINTED_VALUES),
            st.text(alphabet=_VALUE_LIKE + _PROSE, min_size=1, max_size=90),
        ),
        st.text(alphabet=_SPACES, min_size=65, max_size=70),
    ),
)


@given(_cell_texts)
def test_read_value_shortcuts_agree_with_the_full_reading(text: str) -> None:
    # read_value rules most text out from its first character or one scan (prose passes
    # through it); whatever the text, the reading must be the one the full path gives
    assert cells._read(text) == cells._read_in_full(text)


@pytest.mark.parametrize(
    "value",
    [
        *("0²", "12※", "3①", "7*", "人民币12.50万元", "RMB12.50", "12.50元整", "12.50（万元）"),
        *("5（件）", "5(件)", "∕", "⁄", "╱", "￥12.50", "↓4", "净增3", "保持不变", "3项次"),
        "1204。",
    ],
)
@pytest.mark.parametrize("pad", ["before", "after"])
def test_read_value_shortcuts_agree_on_value_forms_padded_past_the_memo(
    value: str, pad: str
) -> None:
    # a cell longer than the memo's length is ruled text by a scan for a character no
    # value holds: every way a value is printed must pass that scan
    text = NBSP * 70 + value if pad == "before" else value + NBSP * 70
    assert cells._read(text) == cells._read_in_full(text)
    assert cells._read(text).kind is not cells.Kind.TEXT


@pytest.mark.parametrize(
    "text",
    [
        "2023年，本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1830条，" * 2,
        "本机关全年主动公开政府信息1830条。" * 5,
        f"{NBSP * 70}3月",  # (年 is a value's character since hunt28: 较上年增加8)
    ],
)
def test_read_value_tells_prose_without_the_full_reading(text: str) -> None:
    assert cells._surely_text(text)
    assert read_value(text).kind is Kind.TEXT


@pytest.mark.parametrize(
    "text",
    [
        f"{' ' * 70}1,234{' ' * 70}",
        f"{NBSP * 80}减３项",
        f"{IDEOGRAPHIC_SPACE * 66}无数据",
        " " * 90,
    ],
)
def test_read_value_reads_long_padded_values_in_full(text: str) -> None:
    assert not cells._surely_text(text)
    assert read_value(text).kind is not Kind.TEXT


@given(
    st.text(alphabet="规章行政许可 \t“”*「」" + NBSP + IDEOGRAPHIC_SPACE, max_size=150),
    st.integers(0, 80),
)
def test_label_within_is_the_label_when_it_is_short_enough(text: str, limit: int) -> None:
    label = normalize_label(text)
    assert cells.label_within(text, limit) == (label if len(label) <= limit else None)


@pytest.mark.parametrize("printed", _PRINTED_VALUES)
def test_read_value_reads_every_printed_value_alike_however_long_its_padding(
    printed: str,
) -> None:
    short = read_value(printed)
    assert short.kind is not Kind.TEXT
    for text in (f"{NBSP * 70}{printed}", f"{printed}{IDEOGRAPHIC_SPACE * 70}"):
        assert read_value(text) == attrs.evolve(short, raw=text)


def test_a_count_longer_than_any_published_is_text_on_the_plain_path_too() -> None:
    assert read_value("9" * cells.MAX_DIGITS).number == int("9" * cells.MAX_DIGITS)
    assert read_value("8" * (cells.MAX_DIGITS + 1)).kind is Kind.TEXT

"""Cell text: normalising labels and reading values (counts, signed changes, money, blanks).

Everything here is a pure function of one cell's text, built on translation tables and
a few precompiled patterns, so it costs the same per character whatever the input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar

from attrs import frozen

from .model import Money

_T = TypeVar("_T")
_K = TypeVar("_K", bound=Hashable)

# Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic space to space, and the
# punctuation variants that reports mix freely.
_WIDTH_TABLE: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update(
    {
        0x3000: " ",
        0x00A0: " ",
        0x2002: " ",
        0x2003: " ",
        0x2009: " ",
        0x200B: "",
        0xFEFF: "",
        0x3001: "、",
        0xFF0E: ".",
        0x3002: "。",
        0x2212: "-",
        0x2013: "-",
        # a minus glyph printed by PDF-to-text tools as a hyphen, a non-breaking hyphen,
        # a figure dash or a small hyphen-minus (‐8, ‑8, ‒8, ﹣8)
        0x2010: "-",
        0x2011: "-",
        0x2012: "-",
        0xFE63: "-",
        # a slash printed as a division or fraction slash, or a table's diagonal rule
        # (∕, ⁄, ╱, ╲): a blank cell's mark, as PDF-to-text tools and drawn tables print it
        0x2215: "/",
        0x2044: "/",
        0x2571: "/",
        0x2572: "\\",
    }
)
#: Characters that print nothing (joiners, the word joiner, a soft hyphen, direction
#: marks): a cell or label copied from a page or PDF may hold them between its characters.
INVISIBLE_CHARS = (
    "\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
    "\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
#: White space besides ASCII's that reports print (every other kind ``str.isspace`` takes).
_OTHER_SPACES = "\x85\xa0\u1680\u2000\u2001\u2004\u2005\u2006\u2007\u2008\u200a\u202f\u205f"
_WIDTH_TABLE.update({ord(c): "" for c in INVISIBLE_CHARS})
_WIDTH_TABLE.update({ord(c): " " for c in _OTHER_SPACES})


def _stands_for_ideograph(code: int) -> str | None:
    """The unified ideograph a compatibility character stands for (its NFKC form), or
    ``None``."""
    form = unicodedata.normalize("NFKC", chr(code))
    return form if len(form) == 1 and "\u3400" <= form <= "\u9fff" else None


#: Simplified radicals that print as whole characters (长, 门, 见 …) and have no NFKC
#: form: CJK RADICAL C-SIMPLIFIED LONG is 长, and so on.
_SIMPLIFIED_RADICALS = (
    "⻅见⻆角⻉贝⻋车⻓长⻔门⻙韦⻚页⻛风⻜飞⻢马⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙"
)
#: Kangxi radicals, CJK radicals and compatibility ideographs to the ideographs they
#: stand for: PDF-to-text tools print some fonts' glyphs as these (⾏政, ⼈民政府, ⻓沙),
#: which look the same as the ideographs but match no word. Read as the ideographs, as
#: full-width digits are read as digits.
COMPATIBILITY_IDEOGRAPHS: dict[int, str] = {
    code: form
    for block in (range(0x2E80, 0x2FE0), range(0xF900, 0xFB00), range(0x2F800, 0x2FA20))
    for code in block
    if (form := _stands_for_ideograph(code)) is not None
}
COMPATIBILITY_IDEOGRAPHS.update(
    {
        ord(_SIMPLIFIED_RADICALS[i]): _SIMPLIFIED_RADICALS[i + 1]
        for i in range(0, len(_SIMPLIFIED_RADICALS), 2)
    }
)
_WIDTH_TABLE.update(COMPATIBILITY_IDEOGRAPHS)

# For labels: drop every kind of white space and quotes, unify brackets.
_LABEL_TABLE: dict[int, str] = dict(_WIDTH_TABLE)
_LABEL_TABLE.update({ord(c): "" for c in " \t\r\n\x0b\x0c\x1c\x1d\x1e\x1f\u2028\u2029"})
_LABEL_TABLE.update({c: "" for c, to in _WIDTH_TABLE.items() if to in ("", " ")})
_LABEL_TABLE.update({ord(c): "" for c in "\"'“”‘’「」『』*"})
_LABEL_TABLE.update({ord("【"): "(", ord("】"): ")", ord("〔"): "(", ord("〕"): ")"})
_LABEL_TABLE.update({ord("﹙"): "(", ord("﹚"): ")", ord("，"): ",", ord("："): ":"})
_LABEL_TABLE.update({ord("记"): "计"})  # 只记这一情形 / 只计这一情形
#: Traditional forms of the characters the tables' labels and headers use, as a site's
#: 繁體 version prints them (收到和處理政府信息公開申請情況): labels are matched in the
#: simplified forms, and so are the words the metadata reads (the last two lines: organ
#: names' endings, 總體情況, 發布機構, 聯繫, …). Only for matching; no text the report
#: returns is converted.
TRADITIONAL_PAIRS = (
    "萬万億亿業业舉举於于會会關关內内決决況况減减辦办務务動动單单發发後后處处複复復复"
    "審审對对屬属廢废開开強强當当總总執执護护報报數数無无機机權权條条構构現现類类"
    "穩稳糾纠約约納纳組组織织經经結结統统繼继續续維维繳缴罰罚範范獲获補补規规計计"
    "記计認认議议許许訟讼訪访訴诉詢询詳详請请購购費费轉转過过採采頁页項项額额製制"
    "係系個个沒没國国確确暫暂"
    "縣县區区鄉乡鎮镇員员廳厅隊队館馆據据將将為为來来實实驗验試试園园稅税佈布與与"
    "聯联繫系體体簡简稱称門门網网戶户"
)
_LABEL_TABLE.update(
    {
        ord(TRADITIONAL_PAIRS[i]): TRADITIONAL_PAIRS[i + 1]
        for i in range(0, len(TRADITIONAL_PAIRS), 2)
    }
)
#: The same for the words cells print beside their numbers (減3, 12.5萬元, 3項).
_TRADITIONAL_VALUE_WORDS = str.maketrans("萬億減項個條無", "万亿减项个条无")


#: Cell texts up to this long are memoised: labels, numbers and blanks recur in every
#: report, while long prose does not and must not be kept alive by a cache.
MEMO_MAX_CHARS = 64
#: Entries per memo; a full memo is emptied and refilled (bounded memory, no LRU cost).
MEMO_MAX_ENTRIES = 16384

_LABELS: dict[str, str] = {}


#: Entries per line memo of the text readers: the lines that recur from report to report
#: (``0 |``, ``||``, a label and zeros) are few, and a line keeps its row's tuple alive.
LINE_MEMO_ENTRIES = 4096


def memoised(memo: dict[_K, _T], key: _K, make: Callable[[], _T], entries: int) -> _T:
    """``make()``, kept in ``memo`` under ``key``; a memo holding ``entries`` is emptied
    before it takes another (bounded memory, no LRU cost)."""
    result = memo.get(key)
    if result is None:
        result = make()
        if len(memo) >= entries:
            memo.clear()
        memo[key] = result
    return result


def remember(
    memo: dict[str, _T],
    text: str,
    result: _T,
    entries: int = MEMO_MAX_ENTRIES,
    chars: int = MEMO_MAX_CHARS,
) -> None:
    """Keep ``result`` for ``text`` in ``memo`` when the text is short enough to recur
    (``chars``, :data:`MEMO_MAX_CHARS` unless given); a memo holding ``entries`` is
    emptied first."""
    if len(text) <= chars:
        if len(memo) >= entries:
            memo.clear()
        memo[text] = result


def normalize_label(text: str) -> str:
    """A label as the lexicon sees it: no spaces, half-width, unified punctuation."""
    label = _LABELS.get(text)
    if label is None:
        label = text.translate(_LABEL_TABLE)
        remember(_LABELS, text, label)
    return label


#: ``memo_label(text)``: the memoised :func:`normalize_label` of ``text``, or ``None``.
#: Hot loops try it before calling the function (a dict lookup, no Python frame).
memo_label = _LABELS.get

#: Characters :func:`normalize_label` deletes (every other character becomes one character).
_LABEL_DROPPED = re.compile(
    "[" + re.escape("".join(chr(c) for c, to in _LABEL_TABLE.items() if not to)) + "]"
)


def label_within(text: str, limit: int) -> str | None:
    """:func:`normalize_label` of ``text`` when that is at most ``limit`` characters long,
    else ``None``. Text longer than ``limit`` by more than the characters normalising
    deletes is ruled out without normalising it: a prose paragraph costs a pattern scan,
    not a translation (``str.translate`` costs tens of nanoseconds a character here)."""
    label = _LABELS.get(text)
    if label is None:
        if len(text) > limit and len(text) - len(_LABEL_DROPPED.findall(text)) > limit:
            return None
        label = normalize_label(text)
    return label if len(label) <= limit else None


def normalize_width(text: str) -> str:
    """Full-width digits and letters to half-width; exotic spaces to plain spaces."""
    return text.translate(_WIDTH_TABLE)


class Kind(Enum):
    """What a cell holds."""

    EMPTY = "empty"  # nothing printed (or only white space)
    BLANK = "blank"  # an explicit blank marker such as "/" or "—"
    NUMBER = "number"  # an integer, possibly signed
    MONEY = "money"  # a decimal or a number with a money unit
    TEXT = "text"  # anything else


#: The members of :class:`Kind` as module names. On Python 3.11 ``Kind.TEXT`` goes through
#: ``EnumType.__getattr__`` (about 77 ns, against 17 ns for a module name): code that tests
#: every cell uses these.
EMPTY_KIND, BLANK_KIND, NUMBER_KIND, MONEY_KIND, TEXT_KIND = (
    Kind.EMPTY,
    Kind.BLANK,
    Kind.NUMBER,
    Kind.MONEY,
    Kind.TEXT,
)


@frozen
class Value:
    """A cell's reading. ``repaired`` says what was done beyond trimming, if anything."""

    kind: Kind
    number: int | None = None
    money: Money | None = None
    raw: str = ""
    repaired: str | None = None

    @property
    def is_value(self) -> bool:
        """True for cells that fill a value position (numbers, money, blanks)."""
        return self.kind is not Kind.TEXT


_BLANK_MARKERS = frozenset(
    {"", "/", "\\", "-", "--", "—", "——", "－", "－－", "一一", "×", "无数据"}
    # runs of up to four dashes or two slashes (a rule line is longer)
    | {"---", "----", "———", "————", "―", "――", "―――", "――――", "//"}
)
#: What a value may be wrapped in: Markdown's emphasis (``**12**``, ``*12*``, ``__12__``),
#: a spreadsheet's quotes (``"12"``, as Excel saves tab-delimited text), and a currency
#: sign before an amount (``￥12.50``, ``¥12.50``).
_CURRENCY = "\uffe5\u00a5"
_WRAPPERS = '*_"' + _CURRENCY
_EMPHASIS = re.compile(r"(\*\*|\*|__|\")(.+?)\1")
#: What a value may start with besides a digit, once :func:`normalize_width` made it
#: half-width: a sign, or a change word's or a no-change word's first character.
_VALUE_START = "+-±增减新未无不持上下減無" + "↑↓▲▼△▽⬆⬇净没保同" + "较比零"
#: The currency's name before an amount (人民币12.50万元, RMB 12.50) or after it
#: (12.50万元人民币), and 整 ('exactly') after an amount in 元 (12.50元整).
_CURRENCY_BEFORE = ("人民币", "RMB")
_CURRENCY_AFTER = ("人民币", "整")
_CURRENCY_WORD_FIRST = "人R"
#: What a cell that is not text may start with besides a digit: a value's start or a
#: blank marker's.
_MAY_START = _VALUE_START + "/\\—―一×" + _WRAPPERS + _CURRENCY_WORD_FIRST
#: Every character a cell read as a value or a blank can hold, as printed (before
#: :func:`normalize_width` and the traditional forms' fold): digits, white space and what
#: normalising deletes, signs and separators, money units, change words, counted things,
#: no-change words and blank markers. Text with another character is text.
_VALUE_CHARS = (
    "+-,./\\＋－，．／＼\u2212\u2013\u2010\u2011\u2012\ufe63"
    "万亿千元萬億"
    "增加长减少新上升下降減"
    "项个件条次份宗起項個條"
    "未无不变化持平無±人↑↓▲▼△▽⬆⬇净没有保同比"
    # a change compared with the year before (较上年增加8, 增加了8, 零增长)
    "较去年了零"
    "—一×数据"
    + _WRAPPERS
    # a currency's word (人民币12.50万元, RMB, 元整), a unit or counted word in brackets
    # (12.50（万元）, 5（件）), slash glyphs printed for a blank (∕ ⁄ ╱)
    + "人民币RMBrmb整()（）∕⁄╱"
    # a note's mark after a number (_NOTE_MARK): superscript digits, ※, *, circled numbers
    + "¹²³⁰⁴⁵⁶⁷⁸⁹※*"
    + "".join(map(chr, range(0x2460, 0x2474)))
    # a sentence's full stop after a number (1204。, _stopped)
    + "。"
)
_OUTSIDE_VALUES = re.compile("[^" + r"\d\s" + re.escape(INVISIBLE_CHARS + _VALUE_CHARS) + "]")
_NO_CHANGE = frozenset(
    {"未增未减", "未增减", "无增减", "无增无减", "不变", "无变化", "未变化", "持平", "±0"}
    | {"未变", "没有变化", "保持不变", "同比持平", "同比不变", "无增减变化"}
    | {"不增不减", "没有增减", "零增长"}
)
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d")
#: More digits than any published count or amount has: such a cell is unreadable text
#: (and ``int()`` refuses strings of more than 4300 digits).
MAX_DIGITS = 30
_INT = re.compile(r"[+-]?\d+")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+")
_DECIMAL_WITH_UNIT = re.compile(r"([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(亿元|万元|千元|元)?")
#: An amount whose unit is printed short (``205.6725万``: 万 for 万元) or in brackets, as
#: a header prints it (``12.50（万元）``).
_SHORT_OR_BRACKETED_UNIT = re.compile(
    r"([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:(亿|万)|\((亿元|万元|千元|元)\))"
)
#: The words for what a count counts (件, 条, 项, 件次, …).
_COUNTED = "(?:件次|人次|项次|条次|件|条|个|项|次|份|宗|起)"
#: A change written with words (增5, 增长5, 减少3项, 下降2, 净增5), the counted thing's
#: word optional; maybe compared with the year before (同比增加5, 较上年减少3, 增加了5).
_CHANGE_WORD = re.compile(
    "(?:同比|[较比](?:上|去)年)?"
    rf"(增加|增长|增|减少|减|新增|净增加|净增|净减少|净减|上升|下降)了?([+-]?\d+){_COUNTED}?"
)
_FALLING = ("减", "下降", "净减")
#: A change whose direction an arrow before the number gives (↑3, ↓2, ▲3, ▼2), as pages
#: mark a rise or a fall; the counted thing's word optional.
_CHANGE_ARROW = re.compile(rf"([↑▲△⬆]|[↓▼▽⬇])(\d+){_COUNTED}?")
_RISING_ARROWS = "↑▲△⬆"
#: A value followed by a note's mark: superscript digits, ※, one * (two are Markdown's
#: emphasis left open) or a circled number.
_MARKS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"  # (superscript digits)
_NOTE_MARK = re.compile(f"(.*[^*※{_MARKS}\u2460-\u2473])([{_MARKS}]+|※+|\\*|[\u2460-\u2473])")
#: A count followed by the word for what is counted (12件, 3条, 5个, 3件次, 2人次; in
#: brackets as a header prints a unit, 5（件）; signed, -4项, or in grouped digits,
#: 1,204件): the word is part of how the count is printed, not a second value.
_COUNT_WITH_WORD = re.compile(
    rf"([+-]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+))(?:{_COUNTED}|\({_COUNTED}\))"
)

EMPTY = Value(Kind.EMPTY)


_VALUES: dict[str, Value] = {}

#: ``memo_value(text)``: the memoised :func:`read_value` of ``text``, or ``None``.
memo_value = _VALUES.get


def read_value(text: str) -> Value:
    """Read one cell. Never raises; unreadable text comes back as ``Kind.TEXT``."""
    value = _VALUES.get(text)
    if value is None:
        value = _read(text)
        remember(_VALUES, text, value)
    return value


def _read(text: str) -> Value:
    if not text:
        return EMPTY
    if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS:
        # a plain count (most cells): what the full reading gives, without its steps
        return Value(NUMBER_KIND, number=int(text), raw=text)
    if _surely_text(text):
        return Value(Kind.TEXT, raw=text)
    return _read_in_full(text)


def _surely_text(text: str) -> bool:
    """True for text that :func:`_read_in_full` surely reads as ``Kind.TEXT``, told
    without translating it (``str.translate`` costs tens of nanoseconds a character, and
    prose paragraphs pass through here): its first printed character starts no value, or
    it is long and holds a character no value holds."""
    head = text.lstrip()
    if head:
        first = _WIDTH_TABLE.get(ord(head[0]), head[0])
        if first and not (first.isdigit() or first in _MAY_START):
            return True
    return len(text) > MEMO_MAX_CHARS and _OUTSIDE_VALUES.search(text) is not None


#: White space inside a number's digits and separators (``1 2件``, ``1 ,204``,
#: ``3 .50万元``), not between a number and its sign, word or unit.
_PARTED_NUMBER = re.compile(r"[\d.,]\s+[\d.,]")
#: How a repair that joined digits parted by white space starts (``1 02`` read as 102):
#: two numbers in one cell (``6<br>1``, ``118 118``) read the same, so it is a warning.
JOINED_DIGITS = "spaces removed inside the number"
#: How a ``repaired`` note starts for a number printed in two pieces on two lines.
WRAPPED_NUMBER = "a number broken over two lines"


def _read_in_full(text: str) -> Value:
    """Read a non-empty cell (:func:`read_value` without the shortcuts)."""
    stripped = normalize_width(text).strip()
    if stripped in _BLANK_MARKERS:
        return EMPTY if not stripped else Value(Kind.BLANK, raw=text)
    first = stripped[0]
    if first in _WRAPPERS:
        return _unwrapped(text, stripped)
    if first in _CURRENCY_WORD_FIRST:
        return _after_currency(text, stripped)
    if not (first.isdigit() or first in _VALUE_START):
        return Value(Kind.TEXT, raw=text)  # (prose: most long cells end here)
    stripped = stripped.translate(_TRADITIONAL_VALUE_WORDS)
    compact = _SPACES.sub("", stripped)
    if len(compact) > MAX_DIGITS and len(_DIGITS.findall(compact)) > MAX_DIGITS:
        return Value(Kind.TEXT, raw=text)  # no count or amount is that long
    joined = None
    if compact != stripped and (_INT.fullmatch(compact) or _PARTED_NUMBER.search(stripped)):
        joined = f"{JOINED_DIGITS} {stripped!r} (or two numbers printed in one cell)"
    if _INT.fullmatch(compact):
        return Value(Kind.NUMBER, number=int(compact), raw=text, repaired=joined)
    if compact in _NO_CHANGE:
        return Value(Kind.NUMBER, number=0, raw=text)
    match = _CHANGE_WORD.fullmatch(compact)
    if match:
        falling = match.group(1).startswith(_FALLING)
        digits = match.group(2)
        if digits[0] not in "+-":
            number = -int(digits) if falling else int(digits)
            return Value(Kind.NUMBER, number=number, raw=text, repaired=joined)
        if (digits[0] == "-") != falling:
            return Value(Kind.TEXT, raw=text)  # 增-3, 减+3: the word and the sign disagree
        # 减-3: the word and the sign say the same once, not a decrease of a decrease
        both = f"both a word and a sign give the change's direction in {stripped!r}"
        return Value(
            Kind.NUMBER,
            number=int(digits),
            raw=text,
            repaired=f"{joined}; {both}" if joined else both,
        )
    match = _CHANGE_ARROW.fullmatch(compact)
    if match:
        return _arrowed(text, stripped, match, joined)
    match = _COUNT_WITH_WORD.fullmatch(compact)
    if match:
        number = int(match.group(1).replace(",", ""))
        return Value(Kind.NUMBER, number=number, raw=text, repaired=joined)
    if _THOUSANDS.fullmatch(compact):
        number = int(compact.replace(",", ""))
        return Value(Kind.NUMBER, number=number, raw=text, repaired=joined)
    match = _DECIMAL_WITH_UNIT.fullmatch(compact)
    if match:
        try:
            amount = Decimal(match.group(1).replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            return Value(Kind.TEXT, raw=text)
        money = Money(amount, match.group(2))
        return Value(Kind.MONEY, money=money, raw=text, repaired=joined)
    match = _SHORT_OR_BRACKETED_UNIT.fullmatch(compact)
    if match:
        return _amount_with_unit_as_printed(text, match, joined)
    match = _NOTE_MARK.fullmatch(compact)
    if match:
        return _marked(text, stripped, match.group(1), match.group(2), joined)
    if compact.endswith(_CURRENCY_AFTER):
        return _before_currency(text, compact)
    if compact[-1] == _FULL_STOP:
        return _stopped(text, stripped)
    if compact[-1] == ".":
        return _pointed(text, stripped)
    return Value(Kind.TEXT, raw=text)


#: A sentence's full stop after a value (``1204。``, a cell typed as a phrase). Not ``.``:
#: ``12.`` is also an amount cut after its decimal point (``12.`` / ``50`` in PDF text).
_FULL_STOP = "。"


def _stopped(text: str, stripped: str) -> Value:
    """A number or amount followed by a full stop: the number, the stop's removal noted;
    text when what stands before it is no number, or one digit (an item's numbering
    printed with a full stop, ``2。`` / ``重复申请``, as ``2.`` is)."""
    rest = stripped[:-1].rstrip()
    if not rest or rest[-1] == _FULL_STOP or (len(rest) == 1 and rest.isdigit()):
        return Value(Kind.TEXT, raw=text)
    return _noted(text, rest, f"the full stop after the number {stripped!r} left out")


#: How a ``repaired`` note starts for a whole number printed with a point after it.
POINT_AFTER = "a point after the number"


def _pointed(text: str, stripped: str) -> Value:
    """A whole number followed by a point (``1204.``): the number, with a note that
    warns, for ``12.`` is also an amount cut after its decimal point (``12.`` / ``50`` in
    PDF text); text when what stands before the point is no whole number, or one digit
    (an item's numbering, ``2.`` / ``重复申请``)."""
    rest = stripped[:-1].rstrip()
    if len(rest) < 2 or not rest[-1].isdigit():
        return Value(Kind.TEXT, raw=text)
    note = f"{POINT_AFTER} {stripped!r} left out (or an amount cut after its decimal point)"
    inner = _noted(text, rest, note)
    return inner if inner.kind is NUMBER_KIND else Value(Kind.TEXT, raw=text)


def _after_currency(text: str, stripped: str) -> Value:
    """An amount after the currency's name (``人民币12.50万元``, ``RMB 12.50``): the
    amount, the name's removal noted; anything else is text."""
    for name in _CURRENCY_BEFORE:
        if stripped.upper().startswith(name):
            rest = stripped[len(name) :].lstrip()
            if rest[:1].isdigit():
                note = f"the currency's name before the amount {stripped!r} left out"
                return _noted(text, rest, note)
    return Value(Kind.TEXT, raw=text)


def _before_currency(text: str, compact: str) -> Value:
    """An amount in 元 followed by the currency's name or 整 (``12.50万元人民币``,
    ``12.50元整``): the amount, the word's removal noted; anything else is text."""
    for word in _CURRENCY_AFTER:
        if compact.endswith(word):
            rest = compact[: -len(word)]
            if rest.endswith("元") and rest[:1].isdigit():
                note = f"the word {word!r} after the amount {compact!r} left out"
                return _noted(text, rest, note)
    return Value(Kind.TEXT, raw=text)


def _arrowed(text: str, stripped: str, match: re.Match[str], joined: str | None) -> Value:
    """A change printed with an arrow before it (``↓2``: a fall of 2, −2), the arrow's
    reading noted as a repair."""
    rising = match.group(1) in _RISING_ARROWS
    number = int(match.group(2)) if rising else -int(match.group(2))
    note = f"the arrow in {stripped!r} read as a {'rise' if rising else 'fall'}: {number}"
    repaired = f"{joined}; {note}" if joined else note
    return Value(Kind.NUMBER, number=number, raw=text, repaired=repaired)


def _amount_with_unit_as_printed(text: str, match: re.Match[str], joined: str | None) -> Value:
    """An amount whose unit is printed short or in brackets (``_SHORT_OR_BRACKETED_UNIT``):
    the amount with its unit, the unit's reading noted as a repair."""
    short, bracketed = match.group(2), match.group(3)
    unit = short + "元" if short else bracketed
    note = f"the unit of the amount {text.strip()!r} read as {unit}"
    repaired = f"{joined}; {note}" if joined else note
    money = Money(Decimal(match.group(1).replace(",", "")), unit)
    return Value(Kind.MONEY, money=money, raw=text, repaired=repaired)


def _marked(text: str, stripped: str, printed: str, mark: str, joined: str | None) -> Value:
    """A number followed by a note's mark (``1204¹``, ``1204※``, ``1204①``, ``1204*``):
    the number, with the mark's removal noted as a repair (after ``joined``, the note of
    digits parted by white space, which makes it a warning); text when what stands
    before the mark is no number."""
    note = f"the note mark {mark!r} after the number {stripped!r} left out"
    return _noted(text, printed, note, joined)


def _noted(text: str, inside: str, note: str, first: str | None = None) -> Value:
    """The cell ``text`` read as the number or amount ``inside`` it, its repairs noted:
    ``first``, the inner reading's own, then ``note``; text when ``inside`` is neither."""
    inner = _read_in_full(inside)
    if inner.kind is not NUMBER_KIND and inner.kind is not MONEY_KIND:
        return Value(Kind.TEXT, raw=text)
    repaired = "; ".join(part for part in (first, inner.repaired, note) if part)
    return Value(inner.kind, inner.number, inner.money, text, repaired)


def _unwrapped(text: str, stripped: str) -> Value:
    """Read a cell whose value is wrapped in emphasis marks (``**12**``: read as ``12``)
    or follows a currency sign (``￥12.50``: read as ``12.50``, noted as a repair);
    anything else starting with such a character is text."""
    if stripped[0] in _CURRENCY:
        rest = stripped[1:].lstrip()
        if not rest or rest[0] in _CURRENCY:  # (one sign: no recursion as deep as the text)
            return Value(Kind.TEXT, raw=text)
        return _noted(text, rest, f"the currency sign before the amount {stripped!r} left out")
    match = _EMPHASIS.fullmatch(stripped)
    if match is None or match.group(2)[0] in _WRAPPERS:
        return Value(Kind.TEXT, raw=text)
    inner = _read_in_full(match.group(2))
    if inner.kind is TEXT_KIND:
        return Value(Kind.TEXT, raw=text)
    return Value(inner.kind, inner.number, inner.money, text, inner.repaired)


def with_unit(value: Value, unit: str) -> Value | None:
    """``value`` read with the money ``unit`` printed apart after it (in the next cell,
    or on the next line), when ``value`` is a count or an amount printed without a unit
    and the two make an amount; else ``None``."""
    if value.kind is NUMBER_KIND or (
        value.kind is MONEY_KIND and value.money is not None and value.money.unit is None
    ):
        joined = read_value(value.raw.strip() + unit)
        if joined.kind is MONEY_KIND:
            return joined
    return None


def as_count(value: Value) -> Value | None:
    """A unitless decimal whose decimals are all zeros (``2.00``, ``1204.0``: a table
    formatted for its amounts prints every number so) as the count it is, the reading
    noted as a repair; ``None`` for any other value."""
    money = value.money
    if value.kind is not Kind.MONEY or money is None or money.unit is not None:
        return None
    amount = money.value
    if value.repaired or amount != amount.to_integral_value():
        return None
    number = int(amount)
    note = f"{value.raw.strip()!r} read as the count {number} (its decimals are zeros)"
    return Value(Kind.NUMBER, number=number, raw=value.raw, repaired=note)


def as_money(value: Value, default_unit: str | None) -> Money | None:
    """The money reading of a value cell (an integer is money too), header unit as default."""
    if value.kind is Kind.MONEY and value.money is not None:
        if value.money.unit is None and default_unit is not None:
            return Money(value.money.value, default_unit)
        return value.money
    if value.kind is Kind.NUMBER and value.number is not None:
        digits = _SPACES.sub("", normalize_width(value.raw).strip())
        if not _INT.fullmatch(digits):
            digits = str(value.number)
        return Money(Decimal(digits), default_unit)
    return None

"""Cleaning and folding the preamble's lines, and the words and patterns the title,
organ and year finders share."""

from __future__ import annotations

import re

from ..cells import TRADITIONAL_PAIRS, normalize_width

#: Traditional characters to their simplified forms, one for one (the fold the tables'
#: labels use): the preamble's words are matched in simplified form, and what is
#: returned is cut from the printed text at the same positions.
_FOLD = str.maketrans(TRADITIONAL_PAIRS[0::2], TRADITIONAL_PAIRS[1::2])


_TRADITIONAL = re.compile(f"[{TRADITIONAL_PAIRS[0::2]}]")


def _fold(text: str) -> str:
    """``text`` with traditional characters folded (the same string when it has none)."""
    return text.translate(_FOLD) if _TRADITIONAL.search(text) else text


def _either(word: str) -> str:
    """A pattern for ``word`` printed in simplified or traditional characters."""
    forms = {char: char for char in word}
    for index in range(0, len(TRADITIONAL_PAIRS), 2):
        if TRADITIONAL_PAIRS[index + 1] in forms:
            forms[TRADITIONAL_PAIRS[index + 1]] += TRADITIONAL_PAIRS[index]
    return "".join(f"[{forms[char]}]" if len(forms[char]) > 1 else char for char in word)


_SPACE_NEAR_CJK = re.compile(
    r"(?<=[\u3007\u3400-\u9fff\d])[ \t\u00a0\u3000]+(?=[\u3007\u3400-\u9fff\d])"
)


_WS = re.compile(r"[\s\u00a0\u3000]+")


#: A year written in Chinese numerals: 二〇二三 (〇, ○, 零, or 0 and O as typed, for the zero;
#: the numerals of accounts too, 贰零贰叁).
_CHINESE_NUMERAL_YEAR = r"[一二壹贰貳][〇○零0OＯ一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]{3}"


_CUT = re.compile(
    rf"(?:关于|(?:19|20)\d{{2}}|{_CHINESE_NUMERAL_YEAR}年|政府信息公开|信息公开|政务公开|年度)"
)


_ORGAN_SUFFIX = (
    "政府",
    "局",
    "委员会",
    "委",
    "办公室",
    "办事处",
    "厅",
    "院",
    "处",
    "中心",
    "所",
    "署",
    "部",
    "会",
    "队",
    "站",
    "馆",
    "社",
    "公司",
    "管委会",
    "管理委员会",
    "街道",
    # public institutions publishing the report (事业单位): schools, broadcasters, farms
    "大学",
    "学校",
    "中学",
    "小学",
    "幼儿园",
    "气象台",
    "电视台",
    "林场",
    "农场",
    # bodies of the state's vertical systems publishing their own reports
    "海关",
    "监狱",
    "地震台",
)


_ANY_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def clean_title(text: str) -> str:
    """Collapse white space; drop it entirely between Chinese characters and digits."""
    text = _WS.sub(" ", normalize_width(text)).strip()
    return _SPACE_NEAR_CJK.sub("", text)


_SENTENCE_MARK = re.compile(r"[。；;，,：:！？]")


_GENERIC = ("政府", "人民政府", "本机关", "我局", "本局", "本单位", "我单位")


#: The words introducing an interpretation of the report (一图读懂…报告, 【图解】…报告: a
#: 解读 printed before the report, or the page's title naming it): not the title's.
_INTERPRETATION = (
    r"[【\[〔]?\s*(?:一图(?:读懂|看懂|了解|速览|解读)|图解|图说|解读)\s*[】\]〕]?\s*[:：|｜丨]?\s*"
)


_INTERPRETING = re.compile(rf"^{_INTERPRETATION}(?=\S)")


def _interprets(text: str) -> bool:
    """A cheap test: may ``text`` start with the words introducing an interpretation?"""
    return "图" in text[:5] or "解读" in text[:4]


#: A label or mark printed before a title (附件：, 《, 【年报】, （修订）, [年报], a list's
#: bullet ★ ●, the opening bracket or quote of a title printed in brackets or quotes:
#: 【…报告】, “…报告”): not part of the name.
_LABEL = re.compile(
    r"^(?:附件\s*\d*\s*[:：]?|[【〔][^】〕]{0,10}[】〕]\s*|[(（\[][^()（）\[\]]{1,8}[)）\]]\s*"
    r"|[★☆●○■□◆◇▲△▶►•※◎]\s*|[《「『〈【〔\[“\"])+"
)


#: A name never starts with these (全县 'the whole county', 以来 'since', 我/本 'our',
#: 关于 'about': 关于某局2023年…报告 names 某局).
_NOT_NAME_START = ("以来", "来", "全", "我", "本", "各", "上半", "下半", "关于")


#: Site chrome is labelled (来源：, 发布机构：) or a breadcrumb (首页 > …): never a name.
_CHROME = re.compile(r"[:：>›»|｜]|\s")


class _Lines:
    """Preamble or contact lines as ``(text, line)``, cleaned (:func:`clean_title`) and
    folded on first use: most are prose that no question ever reaches."""

    def __init__(self) -> None:
        self.raw: list[tuple[str, int]] = []
        self._clean: list[tuple[str, str] | None] = []

    def add(self, text: str, line: int) -> None:
        self.raw.append((text, line))
        self._clean.append(None)

    def __len__(self) -> int:
        return len(self.raw)

    def trimmed(self, index: int, start: int, end: int) -> tuple[str, str]:
        """Keep only characters ``start`` to ``end`` of cleaned line ``index`` (a list's
        mark or a decoration dropped); its text as printed and cleaned and folded."""
        line = self.raw[index][1]
        printed, text = self._cleaned(index)
        printed, text = printed[start:end], text[start:end]
        self.raw[index] = (printed, line)
        self._clean[index] = (printed, text)
        return printed, text

    def text(self, index: int) -> str:
        """The line cleaned and folded to simplified characters: the text to match."""
        return self._cleaned(index)[1]

    def printed(self, index: int) -> str:
        """The line cleaned, in the characters it is printed in: the text to return."""
        return self._cleaned(index)[0]

    def _cleaned(self, index: int) -> tuple[str, str]:
        cleaned = self._clean[index]
        if cleaned is None:
            printed = clean_title(self.raw[index][0])
            cleaned = self._clean[index] = (printed, _fold(printed))
        return cleaned


#: The characters a name shortened to its own part starts with (县财政局, 区统计局: the
#: division left out, as a county's own pages print it).
_DIVISION_FIRST = frozenset("省市县区旗州盟乡镇縣區鄉鎮")


_CHINESE_DAY = "[一二三四五六七八九十〇○零]"


#: A line that is a date alone, as a report's signature prints it under the signing
#: body's name (cleaned, folded text): 2024年1月20日, 2024年1月, 二〇二四年一月二十日,
#: 2024-01-20, 2024.1.20, 2024/1/20.
_SIGNATURE_DATE = re.compile(
    r"(?:(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}[日号])?"
    rf"|{_CHINESE_NUMERAL_YEAR}年{_CHINESE_DAY}{{1,2}}月(?:{_CHINESE_DAY}{{1,3}}日)?"
    r"|(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}日?)"
)


#: A label before a signature's name or date (编制单位：某局, 日期：2024年1月20日) and the
#: seal's place after the name (某局（盖章）).
_SIGNATURE_LABEL = re.compile(
    r"(?:(?:编制|发布|报告|发文)(?:单位|机关|机构)|(?:成文|发布|印发|落款)?日期|时间)\s*[:：]\s*"
)


_SEAL = re.compile(r"\s*[(（](?:盖章|公章|章|印)[)）]$")


def _undecorated(text: str) -> tuple[int, int]:
    """Where a signature's line (cleaned, folded) prints its name or date without a
    label before it, the seal's place after it, or brackets around it (（2024年1月20日）)."""
    label = _SIGNATURE_LABEL.match(text)
    start = label.end() if label is not None else 0
    seal = _SEAL.search(text, start)
    end = seal.start() if seal is not None else len(text)
    if end - start > 2 and text[start] in "(（" and text[end - 1] in ")）":
        start, end = start + 1, end - 1
    return start, end


#: The longest line read as a signature's name or date, or both on one line.
_MAX_SIGNATURE = 50


#: A Markdown heading's or quote's mark starting a line (``# …``, ``### …``, ``> …``).
_MARKDOWN_LEAD = re.compile(r"\s*(?:#{1,6}(?=\s)|>)\s*")


#: A line wrapped in Markdown's emphasis (``**…**``, ``__…__``, ``*…*``).
_MARKDOWN_EMPHASIS = re.compile(r"\s*(\*\*|__|\*)(?=\S)(.*?\S)\1\s*")


def _without_markup(text: str) -> str:
    """A preamble line without the Markdown marks around it (``# 某局2023年…报告``,
    ``**某局2023年…报告**``, ``## 一、总体情况``): a converter's marks for a heading or
    bold type, no part of a title or a section's heading."""
    lead = _MARKDOWN_LEAD.match(text)
    if lead is not None:
        text = text[lead.end() :]
    emphasis = _MARKDOWN_EMPHASIS.fullmatch(text)
    return emphasis.group(2) if emphasis is not None else text


def _no_name(organ: str) -> bool:
    """Whether an organ read from a title names no body of its own: 我局, 本单位, 政府, a
    character left of a name (局, 县 completed to 县人民政府)."""
    folded = _fold(organ)
    if folded in _GENERIC:
        return True
    core = folded.removesuffix("人民政府").removesuffix("办事处")  # (a completion)
    return len(core) < 2 or core.startswith(("我", "本")) or core[0].isdigit()


def _spaced(word: str) -> str:
    """:func:`_either` for ``word`` printed with white space between its characters, as
    a table of details pads its short labels to its long ones' width (``名    称：``)."""
    return r"[ \t\u3000\u00a0]*".join(_either(char) for char in word)


#: The characters naming a division (县, 市, 镇, …): a place's name holds one.
_PLACE = re.compile(r"[省市县区旗州盟乡镇]")


#: The longest line read as a page's line of details.
_MAX_DETAILS = 80

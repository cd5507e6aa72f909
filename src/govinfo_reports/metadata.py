"""Title, organ and report year from the text before the tables."""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from .cells import normalize_width
from .grid import Row

_SPACE_NEAR_CJK = re.compile(r"(?<=[\u3400-\u9fff\d])[ \t\u00a0\u3000]+(?=[\u3400-\u9fff\d])")
_WS = re.compile(r"[\s\u00a0\u3000]+")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年")
#: A year after the title's words, in brackets: ``…年度报告(2023)``.
_YEAR_IN_BRACKETS = re.compile(r"[(（]((?:19|20)\d{2})(?:年度?)?[)）]")
#: A year written in Chinese numerals: 二〇二三年 (〇, ○ or 零 for the zero).
_CHINESE_YEAR = re.compile(r"([一二][〇○零一二三四五六七八九]{3})\s*年")
_CHINESE_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_YEAR_OF_REPORT = re.compile(r"((?:19|20)\d{2})\s*年度")
_CUT = re.compile(
    r"(?:关于|(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3}年|政府信息公开|信息公开|政务公开|年度)"
)
_DIVISION_SUFFIX = (
    "省",
    "市",
    "县",
    "区",
    "旗",
    "州",
    "盟",
    "乡",
    "镇",
    "自治区",
    "自治州",
    "自治县",
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
)
_TITLE_STARTS_NOT = (
    "根据",
    "依据",
    "按照",
    "本报告",
    "现将",
    "为",
    "当前",
    "来源",
    "发布",
    ">",
    "›",
    "»",
)
_ANY_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_NOT_GOVERNMENT = (
    "实验区",
    "试验区",
    "开发区",
    "新区",
    "园区",
    "示范区",
    "合作区",
    "保税区",
    "景区",
    "小区",
    "社区",
    "功能区",
    "管理区",
    "高新区",
    "片区",
)
_SENTENCE_ORGAN = (
    re.compile(
        r"(?:19|20)\d{2}\s*年度?([^，,。；;、“”《》()（）]{2,30}?)(?:政府信息公开|信息公开|政务公开)"
    ),
    re.compile(r"公布([^，,。；;、“”《》()（）\d]{2,30}?)(?:19|20)\d{2}\s*年"),
)
_CONTACT_ORGAN = re.compile(r"请(?:与|联系)([^，,。；;、“”《》()（）\d]{2,30}?)(?:办公室)?联系")
_MAX_TITLE = 70


@frozen
class Metadata:
    """What the preamble says about the report."""

    title: str | None
    organ: str | None
    year: int | None
    title_line: int | None


def clean_title(text: str) -> str:
    """Collapse white space; drop it entirely between Chinese characters and digits."""
    text = _WS.sub(" ", normalize_width(text)).strip()
    return _SPACE_NEAR_CJK.sub("", text)


def _is_title(text: str) -> bool:
    if len(text) > _MAX_TITLE or text.endswith(("。", ";", "；", ",", "，")):
        return False
    if text.startswith(_TITLE_STARTS_NOT):
        return False
    return ("信息公开" in text or "政务公开" in text) and "报告" in text


_GENERIC = ("政府", "人民政府", "本机关", "我局", "本局", "本单位", "我单位")


def _looks_like_organ(text: str) -> bool:
    if text in _GENERIC or not 3 <= len(text) <= 30:
        return False
    return text.endswith(_ORGAN_SUFFIX + _DIVISION_SUFFIX)


def organ_from_title(title: str) -> str | None:
    """The reporting body named at the start of a title, completed to its full form."""
    match = _CUT.search(title)
    prefix = title[: match.start()] if match else ""
    prefix = prefix.strip(" :：、,，")
    if not prefix:
        return None
    if prefix.endswith(_DIVISION_SUFFIX) and not prefix.endswith(_NOT_GOVERNMENT):
        return prefix + "人民政府"
    if prefix.endswith("街道"):
        return prefix + "办事处"
    return prefix


class _Lines:
    """Preamble or contact lines as ``(text, line)``, cleaned (:func:`clean_title`) on
    first use: most are prose that no question ever reaches."""

    def __init__(self) -> None:
        self.raw: list[tuple[str, int]] = []
        self._clean: list[str | None] = []

    def add(self, text: str, line: int) -> None:
        self.raw.append((text, line))
        self._clean.append(None)

    def __len__(self) -> int:
        return len(self.raw)

    def text(self, index: int) -> str:
        cleaned = self._clean[index]
        if cleaned is None:
            cleaned = self._clean[index] = clean_title(self.raw[index][0])
        return cleaned


def read_metadata(rows: Sequence[Row], end: int, title_hint: str | None = None) -> Metadata:
    """Scan the preamble (rows before the first table) for title, organ and year.

    The title is the first short line naming 信息公开 and 报告, preferring one with a
    year; the organ comes from the title, else from a sentence that announces the
    report (``现公布XX局2023年…年度报告``), else from the contact sentence
    (``请与XX办公室联系``); the year from the title, else the year the preamble names
    most often (the report year; the publication date is named once).
    """
    preamble = _Lines()
    contact = _Lines()
    for index, row in enumerate(rows):
        texts = row.texts
        if index >= end and "联系" not in (texts[0] if len(texts) == 1 else "\x1f".join(texts)):
            continue  # (most rows after the preamble: only a contact sentence is read there)
        for position, text in enumerate(texts):
            if text.strip():  # the row's first printed cell
                if index < end:
                    preamble.add(text, row.line_of(position))
                elif "联系" in text:
                    contact.add(text, row.line_of(position))
                break
    title, title_line, organ = _find_title(preamble)
    if title is None and title_hint and _is_title(clean_title(title_hint)):
        title = clean_title(title_hint)  # e.g. an HTML page's <title>
    year: int | None = None
    if title is not None:
        year = title_year(title)
        if organ is None:
            organ = organ_from_title(title)
    if organ is None:
        organ = (
            _organ_from_sentences(preamble)
            or _organ_from_contact(preamble)
            or _organ_from_contact(contact)
        )
    if year is None:
        year = _most_named_year(preamble)
    return Metadata(title, organ, year, title_line)


def _could_be_title(raw: str) -> bool:
    """A cheap test on the uncleaned text: can cleaning it make a title?"""
    if not ("报" in raw and "告" in raw and "公" in raw and "开" in raw):
        return False
    if len(raw) <= _MAX_TITLE:
        return True
    # cleaning only collapses or drops white space (and zero-width characters)
    printed = len("".join(raw.split())) - raw.count("\u200b") - raw.count("\ufeff")
    return printed <= _MAX_TITLE


def _find_title(preamble: _Lines) -> tuple[str | None, int | None, str | None]:
    fallback: tuple[str | None, int | None, str | None] = (None, None, None)
    for index, (raw, line) in enumerate(preamble.raw):
        if not _could_be_title(raw):
            continue
        text = preamble.text(index)
        if _is_title(text):
            organ = None
            previous = preamble.text(index - 1) if index else ""
            if text.startswith("关于") and _looks_like_organ(previous):
                organ = previous
                text = previous + text
            if title_year(text) is not None:
                return text, line, organ
            if fallback[0] is None:
                fallback = (text, line, organ)
    return fallback


def title_year(title: str) -> int | None:
    """The year a title names: ``2023年``, ``二〇二三年`` (or ``二○二三年``, ``二零二三年``),
    or a year in brackets after the words (``…年度报告(2023)``)."""
    match = _YEAR_IN_TITLE.search(title) or _YEAR_IN_BRACKETS.search(title)
    if match:
        return int(match.group(1))
    match = _CHINESE_YEAR.search(title)
    if match:
        year = int(match.group(1).translate(_CHINESE_DIGITS))
        if 1900 <= year <= 2099:
            return year
    return None


def _organ_from_sentences(preamble: _Lines) -> str | None:
    for index in range(min(12, len(preamble))):
        if "报" not in preamble.raw[index][0]:
            continue
        text = preamble.text(index)
        if "报告" not in text:
            continue
        for pattern in _SENTENCE_ORGAN:
            match = pattern.search(text)
            if match and _looks_like_organ(match.group(1)):
                return match.group(1)
    return None


def _organ_from_contact(lines: _Lines) -> str | None:
    for index, (raw, _) in enumerate(lines.raw):
        if "联" not in raw:
            continue
        text = lines.text(index)
        if "联系" not in text:
            continue
        match = _CONTACT_ORGAN.search(text)
        if match and _looks_like_organ(match.group(1)):
            return match.group(1)
    return None


def _most_named_year(preamble: _Lines) -> int | None:
    counts: dict[int, int] = {}
    for index, (raw, _) in enumerate(preamble.raw):
        if "年" not in raw:
            continue
        text = preamble.text(index)
        for match in _YEAR_OF_REPORT.finditer(text):
            counts[int(match.group(1))] = counts.get(int(match.group(1)), 0) + 2
        for match in _ANY_YEAR.finditer(text):
            counts[int(match.group(1))] = counts.get(int(match.group(1)), 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return next(year for year in counts if counts[year] == best)

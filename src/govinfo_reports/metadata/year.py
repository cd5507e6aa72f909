"""The report year: the years a title and the prose name, a statistics period, the page's dates."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from ..grid import Row
from ._text import (
    _ANY_YEAR,
    _CHINESE_NUMERAL_YEAR,
    _MAX_DETAILS,
    _MAX_SIGNATURE,
    _SIGNATURE_DATE,
    _fold,
    _Lines,
    _undecorated,
    clean_title,
)

#: A year, not the year of a date (2024年1月…: a publication date).
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")


#: A year after the title's words, in brackets: ``…年度报告(2023)``.
_YEAR_IN_BRACKETS = re.compile(r"[(（]((?:19|20)\d{2})(?:年度?)?[)）]")


_CHINESE_YEAR = re.compile(rf"({_CHINESE_NUMERAL_YEAR})\s*年")


_CHINESE_DIGITS = str.maketrans(
    "〇○零OＯ一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖", "00000123456789122334566789"
)


_DATE_AFTER = re.compile(r"\s*\d{1,2}\s*月")


#: The year a comparison is made with: 较2022年, 比2022年, 与2022年(同期)相比, 2022年同期,
#: 与2022年同比 (a year before 同比 without 与/同/和 is this one: 2023年同比增长).
_COMPARED_AFTER = frozenset("较比")


_COMPARED = re.compile(r"度?\s*(?:同期|相比|比较|对比|相较)")


_COMPARED_WITH = frozenset("与同和")


_SAME_TIME = re.compile(r"度?\s*同比")


#: After a year: the name of a report (…2022年度政府信息公开工作年度报告, 2022年报), in
#: one clause (2023年报送… names none).
_NAMES_REPORT = re.compile(r"报(?![\u4e00-\u9fff])|度?[^。；;，,、]{0,40}?(?:报告|年报)")


#: The year's period, from 1 January to 31 December (2023年1月1日至2023年12月31日), or from
#: month to month (2023年1月至12月, 2023年1-12月); from its first hour (1日0时至…), its
#: words parted by a comma (1日起，至…) or a long dash (1日——2023年…).
_PERIOD = re.compile(
    r"((?:19|20)\d{2})\s*年\s*0?1\s*(?:月\s*(?:0?1\s*日\s*)?)?(?:(?:0{1,2}|零)\s*[时点]\s*)?"
    r"(?:起\s*)?[，,]?\s*(?:至|到|[—–\-~]+)\s*"
    r"(?:(?:19|20)\d{2}\s*年\s*)?12\s*月(?:\s*31\s*日)?"
)


#: The same period printed in digits: 2023-01-01至2023-12-31, 2023.1.1—2023.12.31.
_PERIOD_IN_DIGITS = re.compile(
    r"((?:19|20)\d{2})\s*([-./])\s*0?1\s*\2\s*0?1\s*日?\s*(?:起\s*)?[，,]?\s*(?:至|到|[—–\-~]+)\s*"
    r"(?:(?:19|20)\d{2}\s*\2\s*)?12\s*\2\s*31(?!\d)"
)


#: The same period in Chinese numerals: 二〇二三年一月一日至二〇二三年十二月三十一日.
_PERIOD_IN_WORDS = re.compile(
    rf"({_CHINESE_NUMERAL_YEAR})年一月(?:一日)?(?:零时)?(?:起)?[，,]?(?:至|到|[—–\-~]+)"
    rf"(?:{_CHINESE_NUMERAL_YEAR}年)?十二月"
)


def _prints_year_end(raw: str) -> bool:
    """A cheap test on the uncleaned text: can it print a period in digits (12-31)?"""
    return "31" in raw and ("12-31" in raw or "12.31" in raw or "12/31" in raw)


def _period_year(preamble: _Lines) -> int | None:
    """The year of the first statistics period the preamble prints (see
    :func:`_period_year_at`), if any."""
    for index, (raw, _) in enumerate(preamble.raw):
        if "12" not in raw and "十二月" not in raw and "１２" not in raw:
            continue  # (a cheap test: a period's end, 12月, 12-31, 十二月)
        match = _period_near_twelve(raw)
        year = int(match.group(1)) if match else _period_year_at(preamble, index)
        if year is not None:
            return year
    return None


#: How far before its 12 (月) a period printed in digits starts, white space and all.
_PERIOD_REACH = 60


def _period_near_twelve(raw: str) -> re.Match[str] | None:
    """A statistics period (:data:`_PERIOD`) in a printed line, looked for only just
    before each ``12`` in it: a search through a whole paragraph costs more than
    cleaning it would save."""
    at = raw.find("12")
    while at >= 0:
        match = _PERIOD.search(raw, max(0, at - _PERIOD_REACH), at + 20)
        if match is not None:
            return match
        at = raw.find("12", at + 2)
    return None


def _dated_in(rows: Sequence[Row], body: int, year: int) -> bool:
    """Whether the page is dated in ``year`` (see :func:`_page_dates`)."""
    return any(dated == year for dated in _page_dates(rows, body))


#: A date's year and what follows it (2024-, 2024/1, 2024年1), uncleaned.
_DATE_START = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d")


def _details_dated_in(rows: Sequence[Row], body: int, year: int) -> bool:
    """Whether a page's details before ``body`` (a short line before the report's first
    section) print a date in ``year`` (see :func:`_page_dates`); only lines printing the
    start of a date (:data:`_DATE_START`), full-width digits or a Chinese zero and 月
    are read (a cheap test: the title names its year, not a date)."""
    for index in range(min(body, len(rows))):
        texts = rows[index].texts
        raw = texts[0] if len(texts) == 1 else " ".join(texts)
        if len(raw) > _MAX_DETAILS or not (
            _DATE_START.search(raw)
            or "２" in raw
            or (("〇" in raw or "○" in raw or "零" in raw) and "月" in raw)
        ):
            continue
        if any(dated == year for dated in _page_dates((rows[index],), 1)):
            return True
    return False


def _page_dates(rows: Sequence[Row], body: int) -> Iterator[int]:
    """The years of the page's dates, in order: a date (``2024-01-20``, ``2024年1月20日``,
    ``二〇二四年一月``) on a short line before ``body`` (the row the report's first
    section starts at: the page's details, the title's date), or a line after it that is
    only a date (the report's signature)."""
    for index, row in enumerate(rows):
        texts = row.texts
        raw = texts[0] if len(texts) == 1 else " ".join(texts)
        if len(raw) > (_MAX_SIGNATURE if index >= body else _MAX_DETAILS):
            continue  # (a page's details are short: a date in prose may be a plan's)
        text = _fold(clean_title(raw))
        if index >= body and text and (text[-1] in ")）" or ":" in text or "：" in text):
            text = text[slice(*_undecorated(text))]  # 日期：2024年1月20日, （2024年1月20日）
        for date in _SIGNATURE_DATE.finditer(text):
            if index >= body and (date.start() or date.end() != len(text)):
                continue  # (after the body, a signature's line is only a date)
            yield int(date.group()[:4].translate(_CHINESE_DIGITS))


#: A year printed without 年 (2023某局…, 某局2023政府…, …年度报告2023): not a date's.
_BARE_YEAR = re.compile(r"(?<![\d\-/.])((?:19|20)\d{2})(?![\d\-/.年月日号])")


def _bare_year(title: str) -> int | None:
    """The year a title prints without 年, read only where nothing else names one."""
    match = _BARE_YEAR.search(title)
    return int(match.group(1)) if match else None


#: The year just before the words naming the work reported on (2023年度政府信息公开).
_YEAR_OF_WORK = re.compile(r"((?:19|20)\d{2})\s*年度?的?(?:政府信息公开|政务公开|信息公开)")


def title_year(title: str) -> int | None:
    """The year a title names: ``2023年``, ``二〇二三年`` (or ``二○二三年``, ``二零二三年``),
    or a year in brackets after the words (``…年度报告(2023)``); of two, the one naming
    the work (``2024年…关于2023年度政府信息公开…``)."""
    match = _YEAR_IN_TITLE.search(title)
    if match and _YEAR_IN_TITLE.search(title, match.end()):
        # two years (2024年某局关于2023年度政府信息公开…): the publication's, the report's
        match = _YEAR_OF_WORK.search(title) or match
    match = match or _YEAR_IN_BRACKETS.search(title)
    if match:
        return int(match.group(1))
    match = _CHINESE_YEAR.search(title)
    if match:
        year = int(match.group(1).translate(_CHINESE_DIGITS))
        if 1900 <= year <= 2099:
            return year
    return None


_CLAUSE_END = re.compile(r"[。；;！？!?]")


#: A sentence announcing this report: 现公布…报告, 现将…报告予以公布, 现发布…报告,
#: …报告(以下简称年报), 现将…情况报告如下. (发布 alone is not: 按时发布2022年度…报告
#: names last year's.)
_ANNOUNCING = ("公布", "现发布", "以下简称", "本报告", "本年报", "如下")


class _Clauses:
    """A line's clauses (split at 。；！？), each asked once whether it announces this
    report: a line naming many reports costs one pass, not one per year it names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [match.end() for match in _CLAUSE_END.finditer(text)]
        self.verdicts: dict[int, bool] = {}

    def announces(self, position: int) -> bool:
        """Whether the clause holding ``position`` announces this report."""
        ends = self.ends
        at = bisect_right(ends, position)  # the clause after the marks up to position
        verdict = self.verdicts.get(at)
        if verdict is None:
            start = ends[at - 1] if at else 0
            end = ends[at] - 1 if at < len(ends) else len(self.text)
            clause = self.text[start:end]
            verdict = self.verdicts[at] = any(word in clause for word in _ANNOUNCING)
        return verdict


#: A line of years only, two or more (a site's menu of its yearly reports' pages).
_YEARS_MENU = re.compile(r"(?:(?:19|20)\d{2}\s*年度?[\s|｜/、,，]*){2,}")


_MAX_YEARS_MENU = 60


def _period_year_at(preamble: _Lines, index: int) -> int | None:
    """The year of the statistics period preamble line ``index`` prints, if it prints
    one (自2023年1月1日至2023年12月31日, 2023-01-01至2023-12-31, 二〇二三年一月一日至…)."""
    raw = preamble.raw[index][0]
    if "年" not in raw:
        if _prints_year_end(raw) and (period := _PERIOD_IN_DIGITS.search(raw)):
            return int(period.group(1))
        return None
    text = preamble.text(index)
    period = _PERIOD.search(text)
    if period is None and _prints_year_end(raw):
        period = _PERIOD_IN_DIGITS.search(text)
    if period:
        return int(period.group(1))
    if "十二月" in text and (period := _PERIOD_IN_WORDS.search(text)):
        year = int(period.group(1).translate(_CHINESE_DIGITS))
        if 1900 <= year <= 2099:
            return year
    return None


#: A year in digits or in Chinese numerals (二〇二三年), and a date's month after one
#: in Chinese numerals (二〇二四年一月).
_ANY_YEAR_IN_WORDS = re.compile(rf"((?:19|20)\d{{2}}|{_CHINESE_NUMERAL_YEAR})\s*年")


_DATE_IN_WORDS_AFTER = re.compile(r"\s*[一二三四五六七八九十]{1,2}\s*月")


def _most_named_year(preamble: _Lines) -> tuple[int | None, tuple[tuple[int, int], ...]]:
    """The year a statistics period names (自2023年1月1日至2023年12月31日, or in digits:
    2023-01-01至2023-12-31), else the year
    named most often, with how often each year was named (most first). Dates
    (2024年1月20日: publication) and years that name a report (按时发布2022年度…年度报告:
    last year's) are not counted; a year before 年度 counts three times."""
    counts: dict[int, int] = {}
    for index, (raw, _) in enumerate(preamble.raw):
        period_year = _period_year_at(preamble, index)
        if period_year is not None:
            return period_year, ()
        if "年" not in raw:
            continue
        text = preamble.text(index)
        if len(text) <= _MAX_YEARS_MENU and _YEARS_MENU.fullmatch(text):
            continue  # 2024年 2023年 2022年: a site's menu of years, no mention
        clauses: _Clauses | None = None  # (made for the first year naming a report)
        # (a year in Chinese numerals, 二〇二三年, holds a zero: a cheap test)
        in_words = "〇" in text or "○" in text or "零" in text
        for match in (_ANY_YEAR_IN_WORDS if in_words else _ANY_YEAR).finditer(text):
            if _DATE_AFTER.match(text, match.end()) or (
                in_words and _DATE_IN_WORDS_AFTER.match(text, match.end())
            ):
                continue  # 2024年1月20日: a date (publication, a meeting), not a report year
            before = text[match.start() - 1 : match.start()]
            if (
                before in _COMPARED_AFTER
                or _COMPARED.match(text, match.end())
                or (before in _COMPARED_WITH and _SAME_TIME.match(text, match.end()))
            ):
                continue  # 较2022年增加, 与2022年相比: the year compared with, not this one
            if _NAMES_REPORT.match(text, match.end()):
                if clauses is None:
                    clauses = _Clauses(text)
                if not clauses.announces(match.start()):
                    continue  # 按时发布2022年度…年度报告: another report, not this one
            weight = 3 if text.startswith("度", match.end()) else 1  # (2023年度)
            year = int(match.group(1).translate(_CHINESE_DIGITS))
            if 1900 <= year <= 2099:
                counts[year] = counts.get(year, 0) + weight
    if not counts:
        return None, ()
    ranked = sorted(counts.items(), key=lambda item: -item[1])  # stable: first named wins
    return ranked[0][0], tuple(ranked)

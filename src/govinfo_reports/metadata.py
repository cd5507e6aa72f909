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
_YEAR_OF_REPORT = re.compile(r"((?:19|20)\d{2})\s*年度")
_CUT = re.compile(r"(?:关于|(?:19|20)\d{2}|二〇|政府信息公开|信息公开|政务公开|年度)")
_DIVISION_SUFFIX = ("省", "市", "县", "区", "旗", "州", "盟", "乡", "镇", "自治区", "自治州", "自治县")
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
_TITLE_STARTS_NOT = ("根据", "依据", "按照", "本报告", "现将", "为", "当前", "来源", "发布")
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


def _looks_like_organ(text: str) -> bool:
    return 2 <= len(text) <= 30 and text.endswith(_ORGAN_SUFFIX + _DIVISION_SUFFIX)


def organ_from_title(title: str) -> str | None:
    """The reporting body named at the start of a title, completed to its full form."""
    match = _CUT.search(title)
    prefix = title[: match.start()] if match else ""
    prefix = prefix.strip(" :：、,，")
    if not prefix:
        return None
    if prefix.endswith(_DIVISION_SUFFIX) and not prefix.endswith(("小区", "社区", "园区")):
        return prefix + "人民政府"
    if prefix.endswith("街道"):
        return prefix + "办事处"
    return prefix


def read_metadata(rows: Sequence[Row], end: int) -> Metadata:
    """Scan the preamble (rows before the first table) for title, organ and year."""
    title: str | None = None
    title_line: int | None = None
    previous = ""
    organ: str | None = None
    for row in rows[:end]:
        first = next((c for c in row.cells if c.text.strip()), None)
        if first is None:
            continue
        text = clean_title(first.text)
        if _is_title(text):
            if text.startswith("关于") and _looks_like_organ(previous):
                organ = previous
                text = previous + text
            title, title_line = text, first.line
            break
        previous = text
    year: int | None = None
    if title is not None:
        match = _YEAR_IN_TITLE.search(title)
        if match:
            year = int(match.group(1))
        if organ is None:
            organ = organ_from_title(title)
    if year is None:
        for row in rows[:end]:
            for cell in row.cells:
                match = _YEAR_OF_REPORT.search(normalize_width(cell.text))
                if match:
                    year = int(match.group(1))
                    break
            if year is not None:
                break
    return Metadata(title, organ, year, title_line)

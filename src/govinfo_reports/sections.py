"""Finding the three statutory tables in a grid, and telling template 2019 from 2021."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from .cells import normalize_label
from .grid import Row
from .labels import TEMPLATE_HEADER_WORDS, TEMPLATE_ROW_WORDS
from .model import Template

#: Longest normalised text that can be a heading or an anchor cell (prose is longer).
_ANCHOR_MAX = 48

_ACTIVE_ANCHORS = ("第二十条",)
_ACTIVE_HEADINGS = ("主动公开政府信息情况", "主动公开政府信息")
_REQUEST_ANCHORS = (
    "收到和处理政府信息公开申请",
    "勾稽关系",
    "申请人情况",
    "本年新收政府信息公开申请",
)
_REVIEW_ANCHORS = ("行政复议",)


@frozen
class Regions:
    """Row ranges ``[start, end)`` of each table; ``None`` when the table is absent."""

    active: tuple[int, int] | None
    requests: tuple[int, int] | None
    review: tuple[int, int] | None
    preamble_end: int


def _anchor_texts(row: Row) -> list[str]:
    texts = []
    for cell in row.cells:
        if cell.text and len(cell.text) <= 4 * _ANCHOR_MAX:  # prose is never an anchor
            norm = normalize_label(cell.text)
            if norm and len(norm) <= _ANCHOR_MAX:
                texts.append(norm)
    return texts


def _contains(texts: list[str], words: Sequence[str]) -> bool:
    return any(word in text for text in texts for word in words)


def find_regions(rows: Sequence[Row]) -> Regions:
    """Locate the tables by their content: anchors are short cells, so prose never is one.

    Table 二 starts at its heading when one stands before its first ``第二十条`` caption
    (a caption can be damaged; the heading then still holds the table's first rows),
    else at that caption. Table 四 is looked for after the tables before it; only a
    report with neither of those takes its first 行政复议 anchor wherever it stands.
    """
    active_anchor: int | None = None
    active_heading: int | None = None
    requests_start: int | None = None
    review_start: int | None = None
    lone_review: int | None = None
    # A short preamble sentence can name table 三 (收到和处理政府信息公开申请…) before
    # table 二's caption: table 三 never starts before the first 第二十条 caption.
    first_caption = next(
        (i for i, row in enumerate(rows) if _contains(_anchor_texts(row), _ACTIVE_ANCHORS)),
        None,
    )
    for index, row in enumerate(rows):
        texts = _anchor_texts(row)
        if not texts:
            continue
        if requests_start is None and active_anchor is None:
            if _contains(texts, _ACTIVE_ANCHORS):
                active_anchor = index
            elif _contains(texts, _ACTIVE_HEADINGS):
                active_heading = index
        if requests_start is None and _contains(texts, _REQUEST_ANCHORS):
            after = active_anchor if active_anchor is not None else active_heading
            if (after is None or index > after) and (
                first_caption is None or index > first_caption
            ):
                requests_start = index
                continue
        if review_start is None and _contains(texts, _REVIEW_ANCHORS):
            floor = requests_start if requests_start is not None else active_anchor
            if floor is not None and index > floor:
                review_start = index
                break
            if lone_review is None:
                lone_review = index
    active_start = active_heading if active_heading is not None else active_anchor
    if active_start is None and requests_start is None:
        review_start = lone_review
    total = len(rows)
    active = None
    if active_start is not None:
        end = requests_start if requests_start is not None else review_start
        active = (active_start, end if end is not None else total)
    requests = None
    if requests_start is not None:
        requests = (requests_start, review_start if review_start is not None else total)
    review = (review_start, total) if review_start is not None else None
    starts = [r[0] for r in (active, requests, review) if r is not None]
    return Regions(active, requests, review, min(starts) if starts else total)


def detect_template(
    rows: Sequence[Row], regions: Regions, year: int | None
) -> tuple[Template | None, str]:
    """The template and how it was decided (``"content"``, ``"year"`` or ``"default"``)."""
    votes: dict[Template, int] = {"2019": 0, "2021": 0}
    for span in (regions.active, regions.requests):
        if span is None:
            continue
        for row in rows[span[0] : span[1]]:
            for text in _anchor_texts(row):
                for template in ("2019", "2021"):
                    words = TEMPLATE_HEADER_WORDS[template] + TEMPLATE_ROW_WORDS[template]
                    if any(word in text for word in words):
                        votes[template] += 1
                if "逾期不补正" in text or "缴纳费用" in text or "不补正" in text:
                    votes["2021"] += 2
    if votes["2019"] != votes["2021"]:
        return ("2019" if votes["2019"] > votes["2021"] else "2021"), "content"
    if year is not None:
        return ("2019" if year <= 2020 else "2021"), "year"
    return None, "default"

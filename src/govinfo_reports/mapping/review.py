"""Table 四 (行政复议、行政诉讼) → the model.

The table has no row labels: a header (复议 / 诉讼 groups, five result columns each)
and then fifteen values in the published order. Values are taken from the first
number after the header until the first text cell after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..cells import EMPTY_KIND, TEXT_KIND, Kind, Value, normalize_label, read_value
from ..findings import Finding
from ..grid import Row
from ..model import REVIEW_COLUMNS, REVIEW_GROUPS, ReviewLitigation, ReviewOutcome
from .collect import Located, RawRow, table_not_read
from .fit import as_int, fit_row

WIDTH = len(REVIEW_GROUPS) * len(REVIEW_COLUMNS)


def _collect(rows: Sequence[Row]) -> tuple[list[Located], bool]:
    """The values after the header, and whether text followed them (the table closed)."""
    values: list[Located] = []
    for row in rows:
        if row.aligned:
            ended = _aligned(row, values)
            if ended:
                return _trim(values), True
            continue
        interior_only = len(row.texts) > 1
        empties: list[Located] = []
        for text, line in zip(row.texts, row.lines, strict=True):
            value = read_value(text)
            if value.kind is TEXT_KIND:
                if values and not _is_header(text):
                    return _trim(values), True
                continue
            if value.kind is EMPTY_KIND:
                if values:
                    (empties if interior_only else values).append((value, line))
                continue
            values.extend(empties)
            empties = []
            values.append((value, line))
    return _trim(values), False


def _aligned(row: Row, values: list[Located]) -> bool:
    """Add an aligned (HTML) row's values: an empty cell there is a blank wherever it
    stands, so a row with a value keeps its empty cells, dropping edge ones only where
    they are more than the table has room for. True when text ends the table."""
    found: list[Located] = []
    ended = False
    for text, line in zip(row.texts, row.lines, strict=True):
        value = read_value(text)
        if value.kind is TEXT_KIND:
            if (values or _any_value(found)) and not _is_header(text):
                ended = True
                break
            continue
        found.append((value, line))
    if _any_value(found):
        room = WIDTH - len(values)
        start, end = 0, len(found)
        while end - start > room and found[start][0].kind is EMPTY_KIND:
            start += 1
        while end - start > room and found[end - 1][0].kind is EMPTY_KIND:
            end -= 1
        values.extend((_BLANK if v.kind is EMPTY_KIND else v, c) for v, c in found[start:end])
    return ended


def _any_value(found: list[Located]) -> bool:
    return any(v.kind is not EMPTY_KIND for v, _ in found)


#: An empty HTML cell among values: a published blank, kept where trailing empties of
#: text layouts are trimmed.
_BLANK = Value(Kind.BLANK, raw="")


_SECTION = re.compile(r"[一二三四五六七八九十]+、")
_HEADER_WORDS = ("复议", "诉讼", "起诉", "结果", "维持", "纠正", "审结", "总计", "其他", "合计")


def _is_header(text: str) -> bool:
    """Header words may stand between the groups' values (a table printed group by group)."""
    label = normalize_label(text)
    if len(label) > 12 or _SECTION.match(label):
        return False
    return any(word in label for word in _HEADER_WORDS)


def _trim(values: list[Located]) -> list[Located]:
    while values and values[-1][0].kind is EMPTY_KIND:
        values.pop()
    return values


def _check(values: Sequence[int]) -> bool:
    size = len(REVIEW_COLUMNS)
    for start in range(0, WIDTH, size):
        group = values[start : start + size]
        if sum(group[:-1]) != group[-1]:
            return False
    return True


def build_review(
    rows: Sequence[Row], findings: list[Finding], lines: dict[str, int], closed_at_end: bool = False
) -> ReviewLitigation | None:
    """Read table 四; ``None`` (with a ``missing_table`` finding) if it holds no values."""
    values, closed = _collect(rows)
    if not values:
        findings.append(
            table_not_read(
                "review_litigation", "the table's heading was found but no values after it", rows
            )
        )
        return None
    raw = RawRow(
        ("review_litigation",),
        values[0][1],
        WIDTH,
        [value for value, _ in values],
        [line for _, line in values],
        closed or closed_at_end,
    )
    lines["review_litigation"] = raw.line
    fitted = fit_row(raw, "review_litigation", _check, findings, counts_only=True)
    numbers = [as_int(v) for v in fitted.values]
    size = len(REVIEW_COLUMNS)
    groups = {
        name: ReviewOutcome(
            **dict(zip(REVIEW_COLUMNS, numbers[i * size : (i + 1) * size], strict=True))
        )
        for i, name in enumerate(REVIEW_GROUPS)
    }
    return ReviewLitigation(**groups)

"""Finding the three statutory tables in a grid, and telling template 2019 from 2021."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, compress, count, islice, repeat
from operator import contains, itemgetter
from typing import TypeVar

from attrs import frozen

from .cells import memo_label, normalize_label, remember
from .grid import Row
from .labels import TEMPLATE_HEADER_WORDS, TEMPLATE_ROW_WORDS
from .model import Template

_T = TypeVar("_T")

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
    #: The first row of a table 三 printed before table 二 and not read (table 三 was
    #: read after table 二: two reports in one text?), or ``None``.
    requests_before: int | None = None


#: Joins the short cells of a row in :func:`row_labels` (no label contains it).
SEPARATOR = "\x1f"


def row_labels(rows: Sequence[Row]) -> list[str]:
    """Per row, the normalised texts of its short cells joined by :data:`SEPARATOR`,
    bare numbers left out.

    Only short cells can be headings, anchors or header words (prose is longer) and no
    such word holds a digit; a row with none gives ``""``. Leaving the numbers out, a
    table row's label is its label cell's (shared) text, not a new string per row.
    """
    labels: list[str] = []
    append = labels.append
    memo = memo_label
    for row in rows:
        texts = row.texts
        if len(texts) == 1:
            norm = memo(texts[0])
            if norm is None:
                norm = _short(texts[0])
            append(norm if len(norm) <= _ANCHOR_MAX else "")
            continue
        # (a memoised label can be longer than an anchor: the memo keeps 64 characters)
        norms = [memo(text) or _short(text) for text in texts if text and not text.isdigit()]
        append(SEPARATOR.join([norm for norm in norms if norm and len(norm) <= _ANCHOR_MAX]))
    return labels


#: Characters normalising drops besides white space (quotes, zero-width marks).
_DROPPED = "\"'“”‘’「」『』*\u200b\ufeff"
_DROPPED_CHAR = re.compile(f"[{re.escape(_DROPPED)}]")


def _short(text: str) -> str:
    if not text or len(text) > 4 * _ANCHOR_MAX:
        return ""
    if len(text) > _ANCHOR_MAX:
        # most long cells are prose: rule them out without normalising them
        squeezed = "".join(text.split())
        excess = len(squeezed) - _ANCHOR_MAX
        if excess > 0 and excess > len(_DROPPED_CHAR.findall(squeezed)):
            return ""
    norm = normalize_label(text)
    return norm if len(norm) <= _ANCHOR_MAX else ""


_ANY_ANCHOR = re.compile(
    "|".join(
        re.escape(word)
        for word in (*_ACTIVE_ANCHORS, *_ACTIVE_HEADINGS, *_REQUEST_ANCHORS, *_REVIEW_ANCHORS)
    )
)


def _contains(label: str, words: Sequence[str]) -> bool:
    return any(word in label for word in words)


#: Sentence punctuation: a cell holding it is prose, not a caption.
_PROSE_MARK = re.compile(r"[，,。；;：:]")


def _is_caption(label: str) -> bool:
    """Whether a row label holds a 第二十条 caption: a cell starting with the words
    (第二十条第(一)项), not a line of prose naming the article (按照第二十条要求公开…)."""
    if "第二十条" not in label:
        return False
    return any(
        cell.startswith(_ACTIVE_ANCHORS) and _PROSE_MARK.search(cell) is None
        for cell in label.split(SEPARATOR)
    )


#: The anchors a row label holds, as bits (:func:`_anchors`).
_ACTIVE_ANCHOR, _ACTIVE_HEADING, _REQUEST_ANCHOR, _REVIEW_ANCHOR = 1, 2, 4, 8
_ANCHOR_BITS: dict[str, int] = {}
#: The longest row label whose anchors are kept: a header row's cells joined (15 short
#: cells for table 四's) recur in every report of a site, and searching one for every
#: anchor word costs as much as reading a row.
_ANCHOR_MEMO_CHARS = 256


def _anchors(label: str) -> int:
    """Which anchors ``label`` holds (bits), memoised: the tables' labels recur in every
    report, and a label is searched for every anchor word."""
    bits = _ANCHOR_BITS.get(label)
    if bits is None:
        bits = 0
        if _ANY_ANCHOR.search(label) is not None:
            bits = (
                _ACTIVE_ANCHOR * _is_caption(label)
                | _ACTIVE_HEADING * _contains(label, _ACTIVE_HEADINGS)
                | _REQUEST_ANCHOR * _contains(label, _REQUEST_ANCHORS)
                | _REVIEW_ANCHOR * _contains(label, _REVIEW_ANCHORS)
            )
        remember(_ANCHOR_BITS, label, bits, chars=_ANCHOR_MEMO_CHARS)
    return bits


def _each(memo: dict[str, _T], make: Callable[[str], _T], labels: Sequence[str]) -> list[_T]:
    """``make(label)`` for each label, where ``make`` keeps its results in ``memo``: all
    looked up in C first (a call per row costs more than a lookup; once a site's labels
    are known, every one is there)."""
    try:
        return list(map(memo.__getitem__, labels))
    except KeyError:  # a label seen for the first time (or one too long to be kept)
        get = memo.get
        return [found if (found := get(label)) is not None else make(label) for label in labels]


#: A numbered section heading (normalised): 二、 (二) 2. 第二部分.
_SECTION_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.．](?!\d)"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节))"
)
_VALUE = re.compile(r"\s*\d[\d,，.．]*\s*")


def _holds_value(row: Row) -> bool:
    """Whether a row has a cell that is a number (a table's value, not prose)."""
    return any(_VALUE.fullmatch(text) is not None for text in row.texts)


_WORDS = re.compile(r"[\u3400-\u9fff]{2}")


def _requests_end(rows: Sequence[Row], labels: Sequence[str], start: int, end: int) -> int:
    """Where table 三 ends: at the first row that prints words and no number after its
    last row (四、结转下年度继续办理) and that row's values (a note, another table's
    caption or header: a page's table of requests by department), else at ``end``.
    (A layout printing a cell per line puts the values, and the rest of a wrapped
    label, on the rows after the label's.)"""
    last = _first_holding(labels, _LAST_ROW, start, end)
    if last is None:
        return end
    for index in _word_rows_after_values(rows, last, end, _holds_value):
        # a second copy of the table (printed twice, a second report) stays in its
        # region: table 三's mapping says it was not read
        copied = _first_holding(labels, _FIRST_ROW, index, end) is not None
        if copied or _last_row_again(rows, labels, index, end):
            return end
        if (
            _running_head(rows, labels, index, end)
            or _values_follow(rows, index, end)
            or _last_row_goes_on(rows, last, index, end)
        ):
            continue
        return index
    return end


#: The values of a row of table 三 (six applicant columns and the total).
_ROW_VALUES = 7


def _last_row_goes_on(rows: Sequence[Row], last: int, index: int, end: int) -> bool:
    """Whether table 三's last row ``rows[last]``, short of its values before the row of
    words ``rows[index]`` (a page's footer or header: a page break inside the row), goes
    on with values on the row after it."""
    if index + 1 >= end or not _holds_value(rows[index + 1]):
        return False
    printed = sum(
        1 for row in islice(rows, last, index) for text in row.texts if _VALUE.fullmatch(text)
    )
    return printed < _ROW_VALUES


#: How many rows after a label printed alone must hold values for the label to be a
#: row's (a cell a line); a page's number after a note is one.
_VALUES_AFTER_LABEL = 2


def _values_follow(rows: Sequence[Row], index: int, end: int) -> bool:
    """Whether the row of words ``rows[index]`` is a row's label printed a cell a line,
    its values on the rows right after it (a local row after table 三's last row, which
    its mapping reports): a label alone on its line, then rows each holding a value."""
    after = index + 1 + _VALUES_AFTER_LABEL
    return (
        len(rows[index].texts) == 1
        and after <= end
        and all(map(_holds_value, rows[index + 1 : after]))
    )


def _running_head(rows: Sequence[Row], labels: Sequence[str], index: int, end: int) -> bool:
    """Whether the row of words ``rows[index]`` is a page's running head inside a row's
    values: a line printed before in the text (the title, the organ's name at each page's
    top) again, with a value right after it (the row going on on the next page). A
    table's caption or header after the table is neither."""
    label = labels[index]
    return (
        bool(label)
        and index + 1 < end
        and _holds_value(rows[index + 1])
        and label in islice(labels, index)
    )


def _word_rows_after_values(
    rows: Sequence[Row], last: int, end: int, holds: Callable[[Row], bool]
) -> Iterator[int]:
    """The rows of ``rows[last + 1:end]`` that print words and no value (``holds``: a
    row holds one) once a value has been printed on or after ``rows[last]``, a table's
    last row: where the table may end."""
    valued = _holds_value(rows[last])
    for index in range(last + 1, end):
        row = rows[index]
        if holds(row):
            valued = True
        elif valued and any(_WORDS.search(text) for text in row.texts):
            yield index


def _last_row_again(rows: Sequence[Row], labels: Sequence[str], start: int, end: int) -> bool:
    """Whether table 三's last row is printed again, with values, among ``rows[start:end]``
    (a page break repeating it after the page's running head and header): the copy stays
    in the table's region, where it is read once or reported (``collect``), not dropped."""
    again = _first_holding(labels, _LAST_ROW, start, end)
    if again is None:
        return False
    # (its values on its line, or, printed a cell per line, on the line after its label)
    if _holds_value(rows[again]):
        return True
    return len(rows[again].texts) == 1 and again + 1 < end and _holds_value(rows[again + 1])


def _first_holding(labels: Sequence[str], word: str, start: int, end: int) -> int | None:
    """The index of the first of ``labels[start:end]`` that holds ``word`` (searched in
    C), or ``None``."""
    holding = map(contains, islice(labels, start, end), repeat(word))
    return next(compress(count(start), holding), None)


#: Words of table 四's header, looked for just after a 行政复议 anchor found out of order.
_REVIEW_HEADER = ("结果维持", "结果纠正")
#: How many rows after a 行政复议 anchor its header's words may stand (a header printed a
#: cell a line: 行政复议, 行政诉讼, 结果维持 …).
_REVIEW_HEADER_ROWS = 12


def _found_elsewhere(
    rows: Sequence[Row],
    labels: Sequence[str],
    anchors: Sequence[int],
    active: tuple[int, int] | None,
    requests: tuple[int, int] | None,
    review: tuple[int, int] | None,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Table 三 or 四 not found in the template's order (二, 三, 四, or 二, 四, 三): looked
    for among the rows no table holds, before table 二 (a page printing 三 and 四 first).
    Table 三 counts only where its first and last rows follow its anchor, with values;
    table 四 only where its header's words follow its anchor. Each ends where the next
    table starts. ``(requests, review)``."""
    taken = [region for region in (active, requests, review) if region is not None]

    def free(index: int) -> bool:
        return not any(start <= index < end for start, end in taken)

    def next_start(index: int) -> int:
        return min((start for start, _ in taken if start > index), default=len(rows))

    if requests is None:
        for index in compress(range(len(anchors)), anchors):
            if anchors[index] & _REQUEST_ANCHOR and free(index):
                end = next_start(index)
                if _table_follows(rows, labels, index, end):
                    requests = (index, _requests_end(rows, labels, index, end))
                    taken.append(requests)
                    break
    if review is None:
        for index in compress(range(len(anchors)), anchors):
            if anchors[index] & _REVIEW_ANCHOR and free(index):
                end = next_start(index)
                window = min(index + _REVIEW_HEADER_ROWS, end)
                header = (_first_holding(labels, word, index, window) for word in _REVIEW_HEADER)
                if any(found is not None for found in header):
                    review = (index, end)
                    break
    return requests, review


def _review_header_follows(rows: Sequence[Row], labels: Sequence[str], index: int) -> bool:
    """Whether table 四's header words follow the 行政复议 anchor ``labels[index]``
    within :data:`_REVIEW_HEADER_ROWS` rows, at most one row between holding a value, a
    row of numbers only (a page's number; more, or a row labelled, are another table's
    rows)."""
    window = min(index + _REVIEW_HEADER_ROWS, len(labels))
    found = [_first_holding(labels, word, index, window) for word in _REVIEW_HEADER]
    header = min((at for at in found if at is not None), default=None)
    if header is None:
        return False
    valued = [at for at in range(index, header) if _holds_value(rows[at])]
    return len(valued) <= 1 and not any(labels[at] for at in valued)


#: Words only table 三's own header and first row hold.
_TABLE_THREE_OWN = ("勾稽关系", "申请人情况", "本年新收政府信息公开申请")


def _requests_headed(
    rows: Sequence[Row], labels: Sequence[str], anchors: Sequence[int], start: int
) -> int:
    """Where table 三 starts, its first anchor being ``labels[start]``: at the last of
    its anchors before its first row that no value follows up to that row, when values
    stand between ``start`` and that anchor (the anchor at ``start`` was another table's
    caption naming table 三's words: a table of requests by month); else at ``start``."""
    label = labels[start]
    if _SECTION_HEADING.match(label) or _contains(label, _TABLE_THREE_OWN):
        return start  # (table 三's numbered heading, its header or its first row)
    first = _first_holding(labels, _FIRST_ROW, start + 1, len(labels))
    if first is None:
        return start
    headed = start
    for index in range(first - 1, start, -1):
        if _holds_value(rows[index]):
            break
        if anchors[index] & _REQUEST_ANCHOR:
            headed = index
    if headed > start and any(map(_holds_value, rows[start:headed])):
        return headed
    return start


def _may_be_table_four(
    rows: Sequence[Row], labels: Sequence[str], anchors: Sequence[int], start: int
) -> bool:
    """Whether the 行政复议 anchor ``labels[start]`` (between tables 二 and 三, values
    after it) may be table 四 printed before table 三: it is table 四's heading or its
    header follows it, or no later anchor is either (before a next table 二). Else it is
    another table's header naming 行政复议 (a table by department), table 四 later."""
    if _names_table_four(labels[start]) or _review_header_follows(rows, labels, start):
        return True
    for index in compress(count(start + 1), islice(anchors, start + 1, None)):
        bits = anchors[index]
        if bits & _ACTIVE_ANCHOR:
            break
        if bits & _REVIEW_ANCHOR and (
            _names_table_four(labels[index]) or _review_header_follows(rows, labels, index)
        ):
            return False
    return True


def _names_table_four(label: str) -> bool:
    """Whether a cell of ``label`` names both 行政复议 and 行政诉讼 (table 四's heading)."""
    return "行政诉讼" in label and any(
        "行政复议" in cell and "行政诉讼" in cell for cell in label.split(SEPARATOR)
    )


def _review_headed(
    rows: Sequence[Row], labels: Sequence[str], anchors: Sequence[int], start: int
) -> int:
    """Where table 四 starts, its first 行政复议 anchor after table 三 being
    ``labels[start]``: there when it is table 四's heading (a cell naming 行政复议 and
    行政诉讼) or its header's words follow it (or no later anchor's do), else at the
    next anchor they follow: the first was another table's header naming 行政复议 (a
    table of requests by department with a column of reviews). Only anchors before the
    next table 二 or 三 anchor count (a second report's table 四 is not this report's)."""
    if _names_table_four(labels[start]) or _review_header_follows(rows, labels, start):
        return start
    for index in compress(count(start + 1), islice(anchors, start + 1, None)):
        bits = anchors[index]
        if bits & (_ACTIVE_ANCHOR | _REQUEST_ANCHOR):
            break
        if bits & _REVIEW_ANCHOR and _review_header_follows(rows, labels, index):
            return index
    return start


#: Table 二's last row: 政府集中采购 (template 2019's item 九), else 行政事业性收费.
_ACTIVE_LAST_ROWS = ("政府集中采购", "行政事业性收费")
#: Words of table 二 that may follow a damaged last row's label: a caption, procurement.
_ACTIVE_GOES_ON = ("第二十条", "采购")
_DIGIT = re.compile(r"\d")
#: A line that only names a unit (万元, 单位：元): an amount's unit printed alone.
_UNIT_LINE = re.compile(r"(?:单位[:：]?)?(?:人民币)?[万亿]?元")
#: A note naming the amounts' unit (注：金额单位为万元, 备注：采购总金额单位：元).
_UNIT_NOTE = re.compile(r"(?:金额|单位)[^\d]{0,6}?[千万亿]?元")


def _names_unit(texts: Sequence[str]) -> bool:
    """Whether a row of words after table 二's last row only names the amounts' unit:
    a unit printed alone, or a short note giving it (the table's header unit)."""
    if all(_UNIT_LINE.fullmatch(text.strip()) for text in texts if text.strip()):
        return True
    text = "".join(texts)
    return "元" in text and len(text) <= 30 and _UNIT_NOTE.search(text) is not None


def _active_end(rows: Sequence[Row], labels: Sequence[str], start: int, end: int) -> int:
    """Where table 二 ends: at the first row printing words and no number after its last
    row's values (a page's own table after it: its caption, header or intro line), else
    at ``end``. A unit printed alone after the amount stays in the table, and so do a
    label whose values follow it on the next line (a local row, reported as unknown) and
    everything up to the last caption or procurement word. So does a short note naming
    the amounts' unit (注：金额单位为万元): the table's header unit."""
    for word in _ACTIVE_LAST_ROWS:
        last = _first_holding(labels, word, start, end)
        if last is not None:
            break
    else:
        return end
    # a caption or a procurement word further on: table 二 goes on there (its last row's
    # label was damaged and 行政事业性收费 found instead), so it does not end before
    later = _last_row_ending(labels, _ACTIVE_GOES_ON, last + 1, end)
    if later is not None:
        last = later
    # (a value here: a digit, so an amount and its unit count too)
    for index in _word_rows_after_values(rows, last, end, _holds_digit):
        if _names_unit(rows[index].texts):
            continue
        if index + 1 < end and _holds_digit(rows[index + 1]) and _one_cell(rows[index]):
            continue  # a row's label, its values on the lines after it (a local row)
        return index
    return end


def _one_cell(row: Row) -> bool:
    """Whether ``row`` prints one cell (a label alone), not several (a table's header)."""
    return sum(1 for text in row.texts if text.strip()) <= 1


def _last_row_ending(
    labels: Sequence[str], words: Sequence[str], start: int, end: int
) -> int | None:
    """The last of ``labels[start:end]`` where one of ``words`` ends, the labels read as
    one text: a word is found on its line, and also broken over lines (a narrow column
    printing a caption a character a line, a label wrapped in two), where it is taken to
    end on the line printing its last character. ``None`` when no word is there."""
    pieces = labels[start:end]
    text = "".join(pieces)
    line_ends = list(accumulate(map(len, pieces)))  # (offset after each line's label)
    found = None
    for word in words:
        at = text.rfind(word)
        if at >= 0:
            line = bisect_right(line_ends, at + len(word) - 1)
            found = line if found is None else max(found, line)
    return None if found is None else start + found


def _holds_digit(row: Row) -> bool:
    return any(_DIGIT.search(text) for text in row.texts)


def _table_follows(
    rows: Sequence[Row], labels: Sequence[str], start: int, end: int | None = None
) -> bool:
    """Whether table 三's rows follow ``rows[start]`` before ``rows[end]`` (the end of
    the rows when ``None``): its first row label, and its last with a value on or after
    its line: the table itself, not a line naming it."""
    if end is None:
        end = len(labels)
    first = _first_holding(labels, _FIRST_ROW, start, end)
    if first is None:
        return False
    last = _first_holding(labels, _LAST_ROW, first, end)
    return last is not None and any(map(_holds_value, rows[last : min(last + 3, end)]))


#: Table 三's last row and its first (both templates).
_LAST_ROW = "结转下年度"
_FIRST_ROW = "本年新收政府信息公开申请"


#: The first cell of table 二's header and of its first row (a cell of its own).
_ACTIVE_FIRST_CELLS = ("信息内容", "规章")


def _first_active_row(labels: Sequence[str], end: int) -> int | None:
    """The first of ``labels[:end]`` whose first cell is table 二's header word 信息内容
    or its first row's label 规章 (no prose line is only that), or ``None``."""
    starting = map(str.startswith, islice(labels, end), repeat(_ACTIVE_FIRST_CELLS))
    for index in compress(count(), starting):  # (the labels starting so, found in C)
        if labels[index].split(SEPARATOR, 1)[0] in _ACTIVE_FIRST_CELLS:
            return index
    return None


def find_regions(rows: Sequence[Row], labels: Sequence[str] | None = None) -> Regions:
    """Locate the tables by their content: anchors are short cells, so prose never is one.

    Table 二 starts at its heading when one stands before its first ``第二十条`` caption
    (a caption can be damaged; the heading then still holds the table's first rows),
    else at that caption. Table 四 is looked for after the tables before it (after
    table 二's heading when its captions are all damaged); only a report with neither
    table takes its first 行政复议 anchor wherever it stands. Table 三 printed after
    table 四 is found there when its rows (first and last, with values) follow its anchor.
    Tables 三 and 四 printed before table 二 are looked for among the rows no table
    holds (:func:`_found_elsewhere`).
    A line naming 行政复议 under table 三's heading, before its first row with no value
    between, is prose or a note of table 三 (本年度未发生行政复议…), not table 四. With no
    caption and no heading, table 二 starts at its first header cell or row.
    Table 二 and table 三 end early at a row of words after their last row's values (a
    page's own table there is not theirs).
    ``labels`` are the rows' :func:`row_labels`, when already made.
    """
    if labels is None:
        labels = row_labels(rows)
    active_anchor: int | None = None
    active_heading: int | None = None
    requests_start: int | None = None
    review_start: int | None = None
    review_anchors: list[int] = []
    # A short preamble sentence can name table 三 (收到和处理政府信息公开申请…) before
    # table 二's caption: table 三 never starts before the first 第二十条 caption (with
    # none, before table 二's first header cell or row).
    anchors = _each(_ANCHOR_BITS, _anchors, labels)
    first_caption = next((i for i, bits in enumerate(anchors) if bits & _ACTIVE_ANCHOR), None)
    if first_caption is None:
        # no caption: table 二's first header or row stands for it (a short line of the
        # overview naming 收到和处理政府信息公开申请 before table 二 is no table 三)
        first_caption = _first_active_row(labels, len(labels))
    # A 行政复议 anchor after table 二 but before any of table 三's is table 四 only if
    # values follow it before table 三's anchor: else it is a line under table 二
    # (注：本年度无行政复议) and table 三 still follows.
    pending: int | None = None
    # whether table 三's first row (本年新收…, an anchor) was passed; if not, where it is
    # (looked for once: -1 not yet, None not found)
    first_row_passed = False
    first_row: int | None = -1
    for index in compress(range(len(anchors)), anchors):  # (rows holding an anchor)
        bits = anchors[index]
        if requests_start is None and active_anchor is None:
            if bits & _ACTIVE_ANCHOR:
                active_anchor = index
            elif bits & _ACTIVE_HEADING:
                active_heading = index
        if requests_start is None and bits & _REQUEST_ANCHOR:
            after = active_anchor if active_anchor is not None else active_heading
            if (after is None or index > after) and (
                first_caption is None or index > first_caption
            ):
                if pending is not None:
                    if any(map(_holds_value, rows[pending:index])) and _may_be_table_four(
                        rows, labels, anchors, pending
                    ):
                        review_start = pending  # table 四, then a line naming table 三
                        if _table_follows(rows, labels, index):
                            requests_start = index  # (the tables out of order)
                        break
                    pending = None
                requests_start = index
                first_row_passed = _FIRST_ROW in labels[index]
                continue
        elif bits & _REQUEST_ANCHOR and not first_row_passed and _FIRST_ROW in labels[index]:
            first_row_passed = True  # (table 三 has started: its first row is passed)
        if review_start is None and pending is None and bits & _REVIEW_ANCHOR:
            if requests_start is not None and index > requests_start:
                if first_row == -1 and not first_row_passed:
                    first_row = _first_holding(labels, _FIRST_ROW, requests_start, len(labels))
                if (
                    not first_row_passed
                    and first_row is not None
                    and index < first_row
                    and not any(map(_holds_value, rows[index:first_row]))
                ):
                    continue  # a line naming 行政复议 under table 三's heading, before its rows
                review_start = index
                break
            if active_anchor is not None and index > active_anchor:
                pending = index
                continue
            review_anchors.append(index)
    if pending is not None:
        review_start = pending
    if review_start is not None and requests_start is not None and review_start > requests_start:
        review_start = _review_headed(rows, labels, anchors, review_start)
    if requests_start is not None and (review_start is None or review_start > requests_start):
        requests_start = _requests_headed(rows, labels, anchors, requests_start)
    if active_heading is not None and active_anchor is not None:
        # a numbered section heading between the heading and the first caption (一、总体情况
        # / （一）主动公开政府信息情况 / its own table / 二、主动公开情况 / 第二十条…): the
        # heading was a sub-heading of an earlier section, table 二 starts at the last one
        for index in range(active_heading + 1, active_anchor):
            if labels[index] and _SECTION_HEADING.match(labels[index]):
                active_heading = index
    active_start = active_heading if active_heading is not None else active_anchor
    if active_start is None:
        # neither caption nor heading (二、主动公开情况 / 表一 / none, the captions left
        # out): table 二's first header (信息内容) or first row (规章) before the next table
        later = [start for start in (requests_start, review_start) if start is not None]
        active_start = _first_active_row(labels, min(later) if later else len(labels))
    if review_start is None and requests_start is None and active_anchor is None:
        # no table 三 and no intact 第二十条 caption: table 四 is the first anchor after
        # table 二's heading (an earlier one is a preamble sentence or a contents list)
        after = -1 if active_start is None else active_start
        review_start = next((i for i in review_anchors if i > after), None)
    total = len(rows)
    # each table ends where the next starts: 二, 三, 四, or 二, 四, 三 (out of order)
    active_to = requests_start if requests_start is not None else review_start
    requests_to, review_to = review_start, total
    if review_start is not None and requests_start is not None and review_start < requests_start:
        active_to, requests_to, review_to = review_start, None, requests_start
    active = None
    if active_start is not None:
        end = active_to if active_to is not None else total
        active = (active_start, _active_end(rows, labels, active_start, end))
    requests = None
    if requests_start is not None:
        end = requests_to if requests_to is not None else total
        requests = (requests_start, _requests_end(rows, labels, requests_start, end))
    review = (review_start, review_to) if review_start is not None else None
    if requests is None or review is None:
        requests, review = _found_elsewhere(rows, labels, anchors, active, requests, review)
    starts = [r[0] for r in (active, requests, review) if r is not None]
    before = None
    if active is not None and requests is not None and requests[0] > active[0]:
        before = _table_three_before(rows, labels, anchors, active[0], review)
    return Regions(active, requests, review, min(starts) if starts else total, before)


def _table_three_before(
    rows: Sequence[Row],
    labels: Sequence[str],
    anchors: Sequence[int],
    end: int,
    review: tuple[int, int] | None,
) -> int | None:
    """The first table-三 anchor of ``rows[:end]`` (before table 二, table 三 being read
    after it) that table 三's rows follow, its first and its last with values, before
    ``end``; not one inside table 四's region. ``None`` when there is none."""
    for index in compress(range(end), islice(anchors, end)):
        if not anchors[index] & _REQUEST_ANCHOR or (
            review is not None and review[0] <= index < review[1]
        ):
            continue
        if _table_follows(rows, labels, index, end):
            return index
        return None  # (a later anchor before table 二 finds the same rows)
    return None


def _any_of(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in words))


_WORDS_2019 = _any_of(*TEMPLATE_HEADER_WORDS["2019"], *TEMPLATE_ROW_WORDS["2019"])
_WORDS_2021 = _any_of(*TEMPLATE_HEADER_WORDS["2021"], *TEMPLATE_ROW_WORDS["2021"])
_WORDS_2021_ONLY = _any_of("逾期不补正", "缴纳费用", "不补正")
_ANY_TEMPLATE_WORD = _any_of(
    *TEMPLATE_HEADER_WORDS["2019"],
    *TEMPLATE_ROW_WORDS["2019"],
    *TEMPLATE_HEADER_WORDS["2021"],
    *TEMPLATE_ROW_WORDS["2021"],
    "逾期不补正",
    "缴纳费用",
    "不补正",
)


_VOTES: dict[str, tuple[int, int]] = {}
#: A label's votes (:func:`_votes`) for template 2019, for 2021.
_FOR_2019, _FOR_2021 = itemgetter(0), itemgetter(1)


def _votes(label: str) -> tuple[int, int]:
    """A row label's votes for template 2019 and for 2021 (see :func:`detect_template`),
    memoised as :func:`_anchors` is."""
    votes = _VOTES.get(label)
    if votes is None:
        for_2019 = for_2021 = 0
        if _ANY_TEMPLATE_WORD.search(label) is not None:
            for text in label.split(SEPARATOR):
                if _WORDS_2019.search(text):
                    for_2019 += 1
                if _WORDS_2021.search(text):
                    for_2021 += 1
                if _WORDS_2021_ONLY.search(text):
                    for_2021 += 2
        votes = (for_2019, for_2021)
        remember(_VOTES, label, votes)
    return votes


def _words_joined(labels: Sequence[str]) -> int:
    """How many more of template 2021's words than of 2019's the labels hold when they
    are read as one text: a header's cells wrapped a few characters a line (a narrow
    column in PDF text, a cell a line) print no word whole on a line, so they cast no
    vote; joined, each template's words are found again. Each word counts once."""
    text = "".join(labels).replace(SEPARATOR, "")
    found_2019 = {match.group() for match in _WORDS_2019.finditer(text)}
    found_2021 = {match.group() for match in _WORDS_2021.finditer(text)}
    found_2021.update(match.group() for match in _WORDS_2021_ONLY.finditer(text))
    return len(found_2021) - len(found_2019)


_OTHER_HANDLING = "其他处理"
_NAMED = re.compile(r"[\u3400-\u9fff]")
_OTHER_HANDLING_REACH = 20


def _other_handling_alone(labels: Sequence[str], start: int, end: int) -> bool:
    """Whether table 三 prints 其他处理 as the 2019 template does: one row, the next row
    named being 总计 (the 2021 template prints its three reasons under it)."""
    at = _first_holding(labels, _OTHER_HANDLING, start, end)
    if at is None or _WORDS_2021_ONLY.search(labels[at]):
        return False
    # (the next named row stands after one row's values: seven, blank lines between)
    for label in islice(labels, at + 1, min(end, at + _OTHER_HANDLING_REACH)):
        if label and not label.isdigit() and _NAMED.search(label):
            return "总计" in label
    return False


def detect_template(
    rows: Sequence[Row], regions: Regions, year: int | None, labels: Sequence[str] | None = None
) -> tuple[Template | None, str]:
    """The template and how it was decided (``"content"``, ``"year"`` or ``"default"``;
    ``"thin"`` when one word more decided it, and no report year agrees).

    Each short cell of tables 二 and 三 votes for every template whose header or row
    words it holds (a 2021-only 逾期不补正 / 缴纳费用 row counts twice, as does a
    2019-only 其他处理 printed as one row).
    """
    if labels is None:
        labels = row_labels(rows)
    in_tables: list[str] = []  # (the labels of tables 二 and 三)
    for span in (regions.active, regions.requests):
        if span is not None:
            in_tables += labels[span[0] : span[1]]
    voting = _each(_VOTES, _votes, in_tables)
    votes: dict[Template, int] = {
        "2019": sum(map(_FOR_2019, voting)),
        "2021": sum(map(_FOR_2021, voting)),
    }
    if (
        abs(votes["2019"] - votes["2021"]) <= 1  # (else it cannot change the choice)
        and regions.requests is not None
        and _other_handling_alone(labels, *regions.requests)
    ):
        votes["2019"] += 2
    if abs(votes["2019"] - votes["2021"]) <= 1 and in_tables:
        joined = _words_joined(in_tables)
        lead = votes["2021"] - votes["2019"]
        if abs(joined) >= 2 and lead * joined >= 0:
            return ("2021" if joined > 0 else "2019"), "content"
    if votes["2019"] != votes["2021"]:
        chosen: Template = "2019" if votes["2019"] > votes["2021"] else "2021"
        by_year = None if year is None else ("2019" if year <= 2020 else "2021")
        if abs(votes["2019"] - votes["2021"]) == 1 and by_year != chosen:
            return chosen, "thin"  # a single word (a stray label?), against or without the year
        return chosen, "content"
    if year is not None:
        return ("2019" if year <= 2020 else "2021"), "year"
    return None, "default"

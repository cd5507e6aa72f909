"""How one typed line splits into cells, as the text readers split it.

Shared by the text readers (``spaces``, ``tab``) and by the HTML reader, which splits a
page's short text blocks the same way when the page is a report typed in paragraphs.

* :func:`tab_or_pipe_cells`: a line split on tabs, or on pipes if it has no tab.
* :func:`spaced_cells`: a line whose cells are separated by spaces
  (``1. 属于国家秘密  0  0  0``): the words before the first number are the label, every
  number after it is a cell; a money unit, an 增/减 word or a plus sign printed apart
  from its number is joined back to it, a label's spaced numbering (``3 . 其 他``) to
  the label, a value glued to the label (``规章0``) is parted from it (see
  :func:`glued_finding`), and a page number between dashes (``— 2 —``) or of the page
  count (``3 / 8``) is one cell.
"""

from __future__ import annotations

import re

from ..cells import TEXT_KIND, read_value
from ..findings import Finding, make
from ..labels import MONEY_UNIT_WORDS
from .delimited import tab_cells
from .pipe import pipe_cells

__all__ = ["TOKENS", "VALUE_ENDS", "glued_finding", "is_value", "spaced_cells", "tab_or_pipe_cells"]

#: A line's words: what white space parts (``spaced_cells`` puts its cells together of
#: them).
TOKENS = re.compile(r"[^\s\u00a0\u3000]+")
#: The characters that end values that do not end in a digit: a count's word (11件)
#: or a money unit (74.45万元); see ``cells.read_value``.
VALUE_ENDS = "件条个项次份宗起元万亿千"
#: What a number cut at a line end leaves that is no value (``12.``, ``1,``, ``1,2``,
#: ``5,073,``).
_NUMBER_PIECE = re.compile(r"[+\-]?\d+(?:[,，]\d{3})*[.,，．]\d*")
#: A label word with the row's first value glued to it (``规章0``, ``1.属于国家秘密0``,
#: ``危及“三安全一稳定”0``), as PDF-to-text tools print a narrow gap: a Chinese character
#: or a closing quote or bracket, then digits.
_GLUED_NUMBER = re.compile(r"(.*[\u4e00-\u9fff”）)】])(\d+)")
#: A change's word or plus sign printed apart from its count (``增 44``, ``+ 8``); a minus
#: sign so printed (``- 4``) reads as a blank cell, and is left so.
_SIGN_WORDS = frozenset({"增", "减", "增加", "增长", "减少", "+", "＋"})
#: Words printed for a count (无 for none): one ending a line of values is the row's last
#: cell (unreadable, reported), not a word of prose.
_COUNT_WORDS = frozenset({"无", "無", "暂无", "没有", "空", "零", "〇"})
#: What follows a label's numbering (``2 .``, ``1 、``, ``（ 1 ）``), and what opens one.
_NUMBERING_ENDS = frozenset(".、．)）")
_NUMBERING_OPENS = frozenset("(（")
#: What a page number's dashes are made of (``— 2 —``, ``- 2 -``, ``－ ２ －``).
_DASHES = "-—–－―─\u2010\u2011\u2012\ufe63"
#: The most white space between a page number and its dashes, both sides together.
_PAGE_NUMBER_GAPS = 4


def tab_or_pipe_cells(line: str) -> tuple[str, ...]:
    """The cells of a line split on tabs, or on pipes if it holds a pipe and no tab."""
    if "|" in line and "\t" not in line:
        return pipe_cells(line)
    return tab_cells(line)


def spaced_cells(line: str) -> tuple[tuple[str, ...], str | None]:
    """The cells of a line whose cells are separated by spaces, and the label word a
    value was glued to (``规章0``), if any. A line that is no row (prose, a title, a
    header, a page number) is one cell, the line stripped."""
    tokens = TOKENS.findall(line)
    if (
        len(tokens) == 3
        and tokens[1].isdigit()
        and not tokens[0].strip(_DASHES)
        and not tokens[2].strip(_DASHES)
        and len(line.strip()) - len(tokens[0]) - len(tokens[1]) - len(tokens[2])
        <= _PAGE_NUMBER_GAPS
    ):
        return (line.strip(),), None  # a page number, — 2 —: its dashes are no blank cells
    if len(tokens) == 3 and tokens[1] in _PAGE_SLASHES and _page_of_pages(line, tokens):
        return (line.strip(),), None  # a page of the page count, 3 / 8: no blank cell
    cells: list[str] = []
    words: list[str] = []
    joined = None
    for token in tokens:
        if read_value(token).kind is TEXT_KIND:
            if token in MONEY_UNIT_WORDS and not words and cells and is_value(cells[-1]):
                cells[-1] = cells[-1] + token
            else:
                words.append(token)
            continue
        if words and words[-1] in _SIGN_WORDS and cells:
            token = words.pop() + token
        if words:
            # 规章0   0   2: the first value glued to the label (only before the first
            # value: 约2 among the values is an unreadable cell)
            glued = None if cells else _GLUED_NUMBER.fullmatch(words[-1])
            if glued is not None:
                joined, words[-1] = words[-1], glued.group(1)
            cells.append("".join(words))
            if glued is not None:
                cells.append(glued.group(2))
            words = []
        cells.append(token)
    if words and (cells or len(words) > 1) and _NUMBER_PIECE.fullmatch(words[-1]):
        # a number cut by a line wrap (``规章   3   12.`` / ``50``): its piece is a cell
        # (unreadable, reported), not a word of the label or of prose
        if len(words) > 1:
            cells.append("".join(words[:-1]))
        cells.append(words[-1])
        words = []
    if words and words[-1] in _COUNT_WORDS:
        if cells and len(words) == 1:
            # (行政事业性收费   9   无: a row's last cell printed as a word)
            cells.append(words.pop())
        elif not cells and len(words) > 1 and _apart(line, words[-1]):
            # (行政强制      无: a row of one value printed as a word, set apart as a cell)
            cells = ["".join(words[:-1]), words.pop()]
            words = []
    if not cells or words:
        return (line.strip(),), None  # prose, a title or a header: not a row
    if cells[0][:1] in _NUMBERING_OPENS or cells[0].isdigit():
        _spaced_numbering(cells)
    return tuple(cells), joined


def _apart(line: str, word: str) -> bool:
    """Whether ``word``, ending the right-stripped ``line``, stands two spaces or more
    after the words before it (a cell of its own, as a layout prints one; a space alone
    parts a label's or a sentence's words)."""
    before = line.rstrip()[: -len(word)]
    return before[-2:].isspace()


def _page_of_pages(line: str, tokens: list[str]) -> bool:
    """Whether a line of three words, the middle one a slash, is a page's number of the
    page count (``3 / 8``): two numbers, the first not above the second, a space at most
    on either side of the slash (a row's cells stand apart: ``3    /    8`` is a count,
    a blank and a count)."""
    first, _, last = tokens
    return (
        first.isdecimal()
        and last.isdecimal()
        and len(last) <= _PAGE_DIGITS
        and int(first) <= int(last)
        and len(line.strip()) - len(first) - len(last) <= _PAGE_SLASH_WIDTH
    )


#: The slashes between a page's number and the page count (``3 / 8``, ``3 ／ 8``).
_PAGE_SLASHES = frozenset("/／")
#: The most digits of a page count.
_PAGE_DIGITS = 4
#: The most characters between a page's number and the page count: a space, the slash,
#: a space.
_PAGE_SLASH_WIDTH = 3


def _spaced_numbering(cells: list[str]) -> None:
    """Join a label's numbering spaced as its characters are (``2 . 申 请 人 …``,
    ``（ 1 ） 本 机 关 …``), split off as a value, back to the label, in place."""
    at = 1 if cells[0] in _NUMBERING_OPENS else 0
    number = cells[at] if at < len(cells) else ""
    rest = cells[at + 1] if at + 1 < len(cells) else ""
    if (
        len(number) <= 2
        and number.isdigit()
        and rest[:1] in _NUMBERING_ENDS
        and rest[1:2]
        and not rest[1:2].isdigit()  # (3 .50: a number's pieces)
    ):
        cells[: at + 2] = ["".join(cells[: at + 2])]


def glued_finding(word: str, line: int) -> Finding:
    """The ``repaired_cell`` info for a row whose first value was glued to its label
    (``word``, as :func:`spaced_cells` returns it; ``line``, the row's line number)."""
    glued = _GLUED_NUMBER.fullmatch(word)
    label, value = glued.groups() if glued is not None else (word, "")
    return make(
        "repaired_cell",
        f"line {line}: {word!r} read as the label {label!r} and the row's first value "
        f"{value!r} (printed without a gap)",
        line=line,
        severity="info",
    )


def is_value(text: str) -> bool:
    """Whether ``text`` reads as a value (a number, a count, an amount), not as text."""
    return read_value(text).kind is not TEXT_KIND

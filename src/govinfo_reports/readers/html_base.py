"""What the HTML reader's modules share: the element type, tag sets, limits and finding
codes, cleaning a text and an element's line."""

from __future__ import annotations

import re

from lxml import etree

#: Tags read from one page at most (counted as ``<`` characters); the rest is cut off.
MAX_TAGS = 250_000

#: Largest ``colspan``/``rowspan`` honoured; larger values are clamped.
MAX_SPAN = 1000

#: Widest table read; cells starting further right are dropped.
MAX_COLUMNS = 1000

#: Grid positions (cells after span expansion) expanded per page at most.
MAX_CELLS = 200_000

#: Grid positions expanded per table at most, so one huge table leaves room for others.
MAX_TABLE_CELLS = 50_000

#: Finding code for input not read because a safety limit was hit.
LIMIT_CODE = "input_limit"

#: Finding code for a number that spans several rows (kept for the first row only).
MERGED_CODE = "merged_cell"

_INLINE_TAGS = frozenset(
    {"a", "b", "i", "u", "s", "em", "strong", "small", "big", "sup", "sub", "ins", "del", "font",
     "span", "o:p", "abbr", "label", "code", "mark", "q", "tt", "nobr", "wbr", "img"}
)  # fmt: skip

#: Verdicts on a style or class: shown, hidden, hidden if it holds no text with a size
#: (font size 0), a footnote mark or struck-through text (left out of the text, and
#: reported in a table cell), hidden if it holds no text with a colour (transparent).
_SHOWN, _HIDES, _NO_FONT, _MARK, _STRIKE, _CLEAR = 0, 1, 2, 3, 4, 5

_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00")

_INVISIBLE_CHAR = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00]")

_Element = etree._Element


def _line(element: _Element) -> int:
    # (lxml-stubs leave ``sourceline`` untyped; getattr with a default costs twice as much)
    line: int | None = element.sourceline  # type: ignore[assignment]
    return line or 0


def _clean(text: str) -> str:
    # Every white space character but " ", and every invisible one, is unprintable.
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    if _INVISIBLE_CHAR.search(text):
        text = text.translate(_INVISIBLE)
    return " ".join(text.split())  # runs of white space (NBSP, U+3000...) → one space


#: A cell as read: text, line, colspan, rowspan (plain tuples: tables have many).
_RawCell = tuple[str, int, int, int]

#: How a cell is hidden: not at all, taking no column (``display: none``), shown empty
#: (``visibility: hidden``); and a whole row hidden.
_SHOWN_CELL, _GONE, _BLANK, _ROW = 0, 1, 2, 3

#: The longest block of links read as a title printed as a link.
_MAX_LINK_TITLE = 120

#: How the CSS lays an element out, as far as its text is concerned: not a box of its own
#: (inline), a box (a block, an inline block, a table cell…), or a container whose
#: children are boxes (flex, grid).
_BOX_NONE, _BOX, _BOX_CONTAINER = 0, 1, 2

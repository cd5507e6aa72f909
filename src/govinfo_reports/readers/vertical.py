"""One cell per line (seed 001) or per paragraph, with optional ``|`` separator lines."""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat
from operator import contains

from ..grid import ReadResult
from .base import rows_of_lines, sniff_stripped, surely_absent

#: Each short line's cell (see :func:`.base.rows_of_lines`).
_LINE_CELLS: dict[str, tuple[str, ...]] = {}


def _line_cells(line: str) -> tuple[str, ...]:
    """A line's cell; ``()`` for an empty line or one of pipes only (a separator)."""
    if not line:
        return ()
    stripped = line.strip()  # (NBSP and the ideographic space too: white space)
    return () if stripped and not stripped.strip("|") else (stripped,)


#: The cells of short lines in a text whose white-space lines are separators.
_SPACER_LINE_CELLS: dict[str, tuple[str, ...]] = {}

_EMPTY_LINE = re.compile(r"\n\r?\n|\r\r|^\r?\n")
_SPACE_LINE = re.compile(r"^[^\S\r\n]+\r?$", re.M)
_TWO_SPACE_LINES = re.compile(r"^[^\S\r\n]+\r?\n(?=[^\S\r\n]+\r?$)", re.M)
#: A line of white space holding no NBSP nor ideographic space, and two such in a row.
_PLAIN_SPACE_LINE = re.compile(r"^[^\S\r\n\u00a0\u3000]+\r?$", re.M)
_TWO_PLAIN_SPACE_LINES = re.compile(
    r"^[^\S\r\n\u00a0\u3000]+\r?\n(?=[^\S\r\n\u00a0\u3000]+\r?$)", re.M
)


def _spacer_line_cells(line: str) -> tuple[str, ...]:
    """A line's cell; ``()`` for a line of white space only, as for an empty one."""
    stripped = line.strip()
    return () if not stripped.strip("|") else (stripped,)


#: The white space of a blank cell (``&nbsp;``, an ideographic space), not of padding.
_HARD_SPACES = ("\u00a0", "\u3000")
#: The cells of short lines in a text whose plain white-space lines are separators.
_HARD_SPACE_LINE_CELLS: dict[str, tuple[str, ...]] = {}


def _has_hard_space(line: str) -> bool:
    return any(space in line for space in _HARD_SPACES)


def _hard_spaces_are_cells(text: str) -> bool:
    """In a text whose white-space lines part its cells: whether the separators (the
    most common such line) hold no NBSP or ideographic space while some such lines do:
    those print a blank cell (``&nbsp;``), where an extractor pads with plain spaces."""
    counts = Counter(_SPACE_LINE.findall(text))
    if not counts:  # (a text of one line)
        return False
    ((separator, _),) = counts.most_common(1)
    return not _has_hard_space(separator) and any(map(_has_hard_space, counts))


def _hard_space_line_cells(line: str) -> tuple[str, ...]:
    """A line's cell; ``()`` for a line of plain white space, a blank cell for one
    holding an NBSP or an ideographic space."""
    if _has_hard_space(line):
        return _line_cells(line)
    return _spacer_line_cells(line)


def spaces_part_the_lines(text: str) -> bool:
    """True when lines of white space stand where empty lines would: the text has no
    empty line, and lines of white space only (an extractor padding every line, or
    ``<p>&nbsp;</p>`` between paragraphs) make a third of its lines or more, most
    of them alone between two lines of text (or, where blank cells print an NBSP or an
    ideographic space, most lines of plain spaces alone among the rest). Blank cells
    printed as white space are told apart: they stand in runs (a blank row, a blank
    column), and a text that parts its cells with empty lines keeps them as cells."""
    if _EMPTY_LINE.search(text):
        return False
    spaces = len(_SPACE_LINE.findall(text))
    lines = text.count("\n")
    if spaces * 3 < lines:
        return False
    if len(_TWO_SPACE_LINES.findall(text)) * 3 <= spaces:
        return True
    # (many blank cells printed as an NBSP or an ideographic space, each beside its
    # separator of plain spaces: among the plain ones alone, most stand alone)
    plain = len(_PLAIN_SPACE_LINE.findall(text))
    return plain * 3 >= lines and len(_TWO_PLAIN_SPACE_LINES.findall(text)) * 3 <= plain


def _score(content: int, multi: int, numeric: int) -> float:
    """The score of lines of which ``content`` hold text, ``multi`` of those several
    cells and ``numeric`` a bare number."""
    if content < 10:
        return 0.0
    if multi > content / 4:
        return 0.1
    return min(1.0, 0.3 + numeric / content * 2)


def _score_without_pipes(lines: list[str]) -> float:
    """:meth:`VerticalReader.sniff`'s score of stripped lines holding no pipe, counted
    in C: a line with a tab has several cells, one of digits only is a bare number."""
    content = len(lines) - lines.count("")
    multi = sum(map(contains, lines, repeat("\t")))
    numeric = len(list(filter(str.isdigit, lines)))
    return _score(content, multi, numeric)


class VerticalReader:
    """Every non-empty line is a one-cell row.

    A line holding only white space that is not empty (a tab, an NBSP) is a blank
    cell, unless such lines part the text's lines as empty lines do
    (:func:`spaces_part_the_lines`; then one holding an NBSP or an ideographic space,
    where the separators hold none, is still a blank cell); empty lines and lines of pipes only are
    separators. Leading tabs are indentation, not cells.
    """

    name = "vertical"

    def sniff(self, text: str) -> float:
        """High when most lines are short, one-cell and many are bare numbers."""
        lines = sniff_stripped(text)
        if surely_absent(text, "|"):
            return _score_without_pipes(lines)
        content = numeric = multi = 0
        # more multi-cell lines than this make the score 0.1 whatever the other lines
        # hold (a quarter of every line is at least a quarter of the lines with content)
        enough = max(len(lines) // 4 + 1, 10)
        for line in lines:
            inner = line.strip("|")
            if not inner:
                continue
            content += 1
            if "\t" in line or ("|" in inner and "|" in inner.strip()):
                multi += 1
                if multi >= enough:
                    return 0.1  # a table of rows (tab or pipe), not a cell a line
            elif line.strip("\u00a0 |").isdigit():
                numeric += 1
        return _score(content, multi, numeric)

    def read(self, text: str) -> ReadResult:
        """One row per non-separator line."""
        if "｜" in text or "│" in text or "┃" in text or "║" in text:
            text = text.translate(_BARS)
        if "|" in text:  # (one quick scan spares the bar layouts' tests most texts)
            text = _blank_cells_of_bars(text)
        if spaces_part_the_lines(text):
            if _hard_spaces_are_cells(text):
                return rows_of_lines(text, _HARD_SPACE_LINE_CELLS, _hard_space_line_cells)
            return rows_of_lines(text, _SPACER_LINE_CELLS, _spacer_line_cells)
        return rows_of_lines(text, _LINE_CELLS, _line_cells)


#: Bars printed instead of ``|`` (full-width, box drawing), as the pipe reader reads them.
_BARS = str.maketrans(dict.fromkeys("｜│┃║", "|"))


#: The fewest lines a bar's line stands for in either layout of bars (a cell and its bar
#: two lines, four a paragraph each; a text with fewer bars is neither).
_BAR_SHARE = 6
#: A line holding only ``|`` and white space around it (an extractor padding every line,
#: a tab before the bar), but not ``|`` alone: the bars of real report 001's layout.
_PADDED_BAR = re.compile(r"^[^\S\n]+\|[^\S\n]*$|^\|[^\S\n]+$", re.M)


def _blank_cells_of_bars(text: str) -> str:
    """``text`` with a blank cell for each blank cell printed as nothing, where every
    cell is followed by a line holding only ``|`` (:func:`_blanks_between_bars`: such
    bars are a third of the lines or more), or by such a line printed a paragraph
    (:func:`_blanks_between_barred_paragraphs`: a third of the lines holding text).
    Where bare bars are too few for either layout, bar lines padded with white space
    are read as bare bars first (as lines, bars they are already: no cell), and CRLF
    line ends as LF (the same lines)."""
    lines = text.count("\n")
    bars = text.count("\n|\n")
    if bars * _BAR_SHARE < lines:
        if text.count("|") * _BAR_SHARE < lines:
            return text  # (too few bars for either layout: most texts holding a '|')
        text = _PADDED_BAR.sub("|", text.replace("\r\n", "\n"))
        bars = text.count("\n|\n")
    blank_between = "\n|\n\n|\n" in text
    if bars * 3 >= lines:
        if blank_between or "\n|\n|\n" in text:
            return _blanks_between_bars(text)
        return text
    if (blank_between or "\n|\n\n\n\n|\n" in text) and bars * 3 >= lines - text.count("\n\n"):
        return _blanks_between_barred_paragraphs(text)
    return text


def _blanks_between_bars(text: str) -> str:
    """``text`` with a blank cell (a line of one space) for each blank cell a text
    printing every cell followed by a ``|`` line prints as nothing: an empty line between
    two bars (``0``, ``|``, empty, ``|``), or no line at all (two bars running). Both
    part cells in that layout too, so the blank was lost and its row came out short.
    Lines keep their numbers (the bar closing a blank printed as nothing becomes it)."""
    lines = text.split("\n")
    bar_before = False  # (whether the line before was a bar, or stood for a blank cell)
    last = len(lines) - 1
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped == "|":
            if bar_before:
                lines[index] = " "
            bar_before = True
        elif not stripped and bar_before and index < last and lines[index + 1].strip() == "|":
            lines[index] = " "
            bar_before = False
        else:
            bar_before = False
    return "\n".join(lines)


def _blanks_between_barred_paragraphs(text: str) -> str:
    """``text`` with a blank cell (a line of one space) for each bar that follows a bar
    with only empty lines between, in a text printing every cell, then a ``|`` line, a
    paragraph each: there a blank cell printed as nothing
    leaves its bar right after the one before (an empty line between, or an empty
    paragraph: both part cells in that layout too). As in
    :func:`_blanks_between_bars`, the bar closing the blank becomes it."""
    lines = text.split("\n")
    bar_before = False  # (whether the last line holding text was a bar)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped == "|":
            if bar_before:
                lines[index] = " "
            bar_before = True
        elif stripped:
            bar_before = False
    return "\n".join(lines)

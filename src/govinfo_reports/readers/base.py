"""The reader protocol and helpers shared by the built-in text readers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, runtime_checkable

from ..cells import LINE_MEMO_ENTRIES, remember
from ..grid import Grid, ReadResult, Row

#: How much of the input ``sniff`` implementations look at.
SNIFF_PREFIX = 64 * 1024


@runtime_checkable
class Reader(Protocol):
    """What a reader is: turns document text into rows of cells.

    Readers know layouts (tab-delimited, one cell per line, HTML, ...), never report
    content: finding the tables, mapping labels and validating happen after, on the
    :class:`~govinfo_reports.grid.Grid`, the same way for every reader. Any object with
    these three members is a reader; no base class is needed.

    ``name``
        The registry key and what ``parse(source, reader=name)`` and
        ``report.source.reader`` use. An entry-point reader's entry-point name must equal
        it.
    ``sniff(text)``
        How well the reader fits ``text``, a float in [0.0, 1.0]. It runs on nearly
        every input for every reader, so it must be cheap: look at a bounded part of
        it, :func:`sniff_window` (where the tables begin, at most :data:`SNIFF_PREFIX`
        characters) or a prefix, never at the whole text. 0.0 means "not my layout".
        Highest score is tried first; if that reader's grid holds no statutory table
        the next one is tried. An exception or a score outside [0, 1] counts as 0.0.
        1.0 means "surely mine": readers after the first one scoring 1.0 (in registry
        order) are sniffed only if its reading is not clean.
    ``read(text)``
        A :class:`~govinfo_reports.grid.ReadResult`: the grid (rows of ``Cell(text,
        line, column)`` in reading order, every cell's text as printed, 1-based source
        lines) and findings for anything the reader repaired or skipped. Keep headings
        and prose as one-cell rows: the library finds the tables and the title by them.

    Readers hold no per-call state, so one instance serves every call (and threads).
    """

    name: str

    def sniff(self, text: str) -> float:
        """Score in [0, 1]: how well this reader fits ``text``."""
        ...

    def read(self, text: str) -> ReadResult:
        """Read ``text`` into rows of cells."""
        ...


def unify_line_ends(text: str) -> str:
    """``\\r\\n`` and a lone ``\\r`` as ``\\n``, so every reader counts the same lines."""
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


#: What ends a line in plain text besides ``\n`` and ``\r``: a form feed (a PDF's page
#: break, printed before the next page's first line), NEL and the Unicode line and
#: paragraph separators. (Not in HTML, where they are white space.)
_LINE_ENDS = str.maketrans({"\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
#: Soft line ends: a vertical tab (Word's and PowerPoint's line break, Shift+Enter) and
#: the file, group and record separators (which ``str.splitlines`` parts lines at).
_SOFT_LINE_ENDS = str.maketrans(dict.fromkeys("\v\x1c\x1d\x1e", "\n"))


def _soft_breaks_parted(text: str) -> str:
    """``text`` with its soft line ends as ``\\n`` when they outnumber its ``\\n``: the
    text's lines are parted by them (a slide or a Word text copied with its line breaks),
    not a few cells' wrapped text (kept as white space in the cell, as before)."""
    soft = text.count("\v") + text.count("\x1e") + text.count("\x1c") + text.count("\x1d")
    if soft > text.count("\n"):
        return text.translate(_SOFT_LINE_ENDS)
    return text


#: A character reference (``&nbsp;``, ``&#12;``, ``&#x3000;``, ``&amp;``) in plain text.
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


def plain_text(text: str) -> str:
    """``text`` with every line end as ``\\n`` (:func:`unify_line_ends`, and the other
    line ends of :data:`_LINE_ENDS`), HTML character references decoded and ``<br>``
    tags made spaces: a page copied as its source prints ``&nbsp;`` for a blank cell,
    ``&amp;`` in a label and ``<br>`` where a cell's text wraps."""
    # (four scans for one character each cost less than one of a character class)
    if "\f" in text or "\u2028" in text or "\x85" in text or "\u2029" in text:
        text = unify_line_ends(text).translate(_LINE_ENDS)
    else:
        text = unify_line_ends(text)
    if "\v" in text or "\x1e" in text or "\x1c" in text or "\x1d" in text:
        text = _soft_breaks_parted(text)
    if "&" in text and _CHARACTER_REFERENCE.search(text) is not None:
        text = _CHARACTER_REFERENCE.sub(_decoded, text)
    if "<" in text:
        text = _LINE_BREAK_TAG.sub(" ", text)
    return text


def shown_markup_decoded(text: str) -> str:
    """``text`` with HTML character references decoded and ``<br>`` tags made spaces:
    markup printed as text (a page's source copied as text, or a page escaped twice,
    which shows ``&nbsp;`` in a cell); :func:`plain_text` does the same inline."""
    if "&" in text and _CHARACTER_REFERENCE.search(text) is not None:
        text = _CHARACTER_REFERENCE.sub(_decoded, text)
    if "<" in text:
        text = _LINE_BREAK_TAG.sub(" ", text)
    return text


#: A ``<br>`` tag left in plain text (a cell's markup copied with its text): white space
#: in the cell, so ``1204<br>`` reads as 1204 and a label broken by it as the label.
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


def _decoded(match: re.Match[str]) -> str:
    """The character a reference names (the reference itself when it names none); a
    line end as a space, so a reference inside a cell (``&#12;``) does not end its row."""
    from html import unescape  # (its table of names is large: imported when first needed)

    decoded = unescape(match.group())
    return " " if decoded in _REFERENCED_LINE_ENDS else decoded


_REFERENCED_LINE_ENDS = frozenset("\n\r\f\v\x85\u2028\u2029")


def split_lines(text: str) -> list[str]:
    """Lines without their terminators (``\\n``, ``\\r\\n``, a lone ``\\r``, and the
    others of :func:`plain_text`), character references decoded."""
    return plain_text(text).split("\n")


# The last text sniffed with its lines, and those lines stripped (made when first asked).
_NOTHING_SNIFFED: tuple[str, list[str], list[list[str]]] = ("", [""], [])
_last_sniffed = _NOTHING_SNIFFED


#: Captions that start the statutory tables, looked for to place the sniff window.
_TABLE_STARTS = ("第二十条", "主动公开政府信息情况", "收到和处理政府信息公开申请")
#: How much of the window stands before the first table caption.
_WINDOW_LEAD = 2048


def sniff_window(text: str) -> str:
    """At most :data:`SNIFF_PREFIX` characters of ``text`` to sniff: the whole text when
    it is short, else a window starting just before the first table caption.

    A long report can have more than the prefix of prose before its tables; a reader
    judged on that prose alone would score 0 on its own layout. Finding the caption
    is one scan in C per caption, and the window stays bounded.
    """
    if len(text) <= SNIFF_PREFIX:
        return text
    found = [at for at in (text.find(word) for word in _TABLE_STARTS) if at >= 0]
    first = min(found, default=0)
    if first <= SNIFF_PREFIX // 2:
        return text[:SNIFF_PREFIX]
    cut = first - _WINDOW_LEAD
    start = text.rfind("\n", 0, cut) + 1
    if not start:  # (no line end before: lines parted by others, a vertical tab's)
        start = max(cut, 0)
    return text[start : start + SNIFF_PREFIX]


def surely_absent(text: str, needle: str) -> bool:
    """True when ``needle`` is surely not in :func:`sniff_window` of ``text``: the text is
    no longer than the window and lacks it (one scan in C, before any line is split)."""
    return len(text) <= SNIFF_PREFIX and needle not in text


def sniff_lines(text: str) -> list[str]:
    """The lines of :func:`sniff_window`, shared by the readers sniffing one input.

    Every reader's ``sniff`` runs on the same text in turn; the split is made once.
    Treat the list as read-only.
    """
    global _last_sniffed
    last_text, lines, _ = _last_sniffed
    if text is not last_text:
        lines = split_lines(sniff_window(text))
        _last_sniffed = (text, lines, [])
    return lines


def text_lines(text: str) -> Iterable[str]:
    """All lines of ``text`` (for ``read``, to go through once): the sniffed lines when
    the text fits in the sniff prefix and was sniffed last; for a long text, lines made
    a batch at a time.

    Reading is the last use of what sniffing kept, so the kept lines are let go here:
    they would otherwise stay alive beside the rows made from them (and until the next
    input is sniffed). Treat what it gives as read-only.
    """
    global _last_sniffed
    last_text, lines, _ = _last_sniffed
    _last_sniffed = _NOTHING_SNIFFED
    if text is last_text and len(text) <= SNIFF_PREFIX:
        return lines
    if len(text) <= _BATCH_CHARS:
        return split_lines(text)
    return _lines_in_batches(plain_text(text))


#: A long text is split this many characters at a time (and at a line end), so a reader
#: holds one batch of lines beside its rows, not every line of the text.
_BATCH_CHARS = 1 << 16


def _lines_in_batches(text: str) -> Iterator[str]:
    """``text.split("\n")``, made one batch of lines at a time."""
    start = 0
    while True:
        end = text.find("\n", start + _BATCH_CHARS)
        if end < 0:
            yield from text[start:].split("\n")
            return
        yield from text[start:end].split("\n")
        start = end + 1


def sniff_stripped(text: str) -> list[str]:
    """:func:`sniff_lines` with white space stripped from each line, made once per text."""
    lines = sniff_lines(text)
    _, last_lines, stripped = _last_sniffed
    if last_lines is lines and stripped:
        return stripped[0]
    made = list(map(str.strip, lines))
    if last_lines is lines:
        stripped.append(made)
    return made


#: Every character ``str.isspace`` accepts: what ``str.strip()`` removes.
SPACE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
)
#: :data:`SPACE_CHARS`, and the zero-width space and BOM.
BLANK_CHARS = SPACE_CHARS + "\u200b\ufeff"


def is_blank(text: str) -> bool:
    """True when a string holds only white space (NBSP and full-width space included)."""
    return not text.strip(BLANK_CHARS)


def rows_of_lines(
    text: str,
    memo: dict[str, tuple[str, ...]],
    cells_of: Callable[[str], tuple[str, ...]],
    lines: Iterable[str] | None = None,
) -> ReadResult:
    """One row per line of ``text`` (``lines``, its :func:`text_lines` when the caller has
    them), its cells ``cells_of(line)`` (``()``: the line makes no row). A short line's
    cells are kept in ``memo`` (:data:`..cells.LINE_MEMO_ENTRIES` lines): the same few
    lines (``0 |``, ``||``, a label and zeros) recur hundreds of times in a table and from
    report to report, and the rows of one line share one tuple of texts."""
    rows: list[Row] = []
    append = rows.append
    of_texts = Row.of_texts
    known = memo.get
    for number, line in enumerate(text_lines(text) if lines is None else lines, start=1):
        cells = known(line)
        if cells is None:
            cells = cells_of(line)
            remember(memo, line, cells, LINE_MEMO_ENTRIES)
        if cells:
            append(of_texts(cells, number))
    return ReadResult(Grid(tuple(rows)))

"""HTML pages and fragments → rows: data tables with spans expanded, text blocks in order.

The page is parsed by lxml's HTML parser (no network, no DTD, entities never expanded)
and walked once, without recursion, in document order:

* A *data table* (at least two cells in some row, no table nested in it)
  becomes aligned rows. ``rowspan``/``colspan`` are expanded into a full grid: a cell
  spanning columns is emitted once per row, a text cell spanning rows (a group label)
  is repeated in every row it covers, and a number spanning rows stays in its first
  row only (the others get a blank and a ``merged_cell`` finding: a published number
  is never copied); so does a number spanning columns that the row above heads
  separately. A label whose rowspan outlasts its group ends above the row it would
  push past the table's width. Columns empty in every row of a run of equally wide
  tables (a table split over page breaks) are spacers and dropped, and so are rows
  with no text of their own (spacer rows).
* Any other table is layout: its cells are read like ``<div>`` blocks, so the data
  tables inside it are found wherever they are nested.
* Text outside data tables becomes one-cell rows, one per block (``<p>``, ``<div>``,
  headings, ``<br>``-separated lines), so the metadata and section finders see the
  title and headings. The page ``<title>`` (site name suffix removed) comes first.
  Scripts, styles and forms controls are skipped (a text box in a table cell shows its
  value, which is read); the text of navigation, hidden elements (anti-copy spans of
  font size 0 or of a class the page's style sheet hides too), struck-through text
  (``<del>``, ``<s>``, ``<strike>``: Word's tracked deletions; ``line-through`` in CSS),
  footnote marks (``<sup>``, ``<sub>``, ``vertical-align: super`` or ``sub``, Word's
  references) and blocks made only of links is dropped (tables inside them are kept;
  marks and struck text left out of a table cell are reported). The text after such an
  element is its parent's, and is read. A WeChat article's ``#js_content``, hidden until
  a script shows it, is read.
* A table cell hidden by ``display:none`` (style, ``hidden``, a class the style sheet
  hides) takes no column, one of ``visibility:hidden`` is read blank, a hidden row is
  not read; each is reported. Cells' styles are judged in each table's first rows only
  (``_STYLED_ROWS``), in every row once one is found hidden, and in a row coming out
  wider than the rows above.
* A table cell printing character references or ``<br>`` as text (``&nbsp;3``: a page
  escaped twice) is read decoded, as the text readers read a page's source, and reported.
* A table row whose every cell has the same number of lines (``<br>``, paragraphs), the
  first cell's labels and the others' numbers, is that many rows typed in one: it is
  read as them, and reported.
* A page whose tables name no statutory row has its short text blocks (and the lines
  of a ``<pre>`` or a block styled ``white-space: pre…``) split into cells as the text
  readers split lines (a report typed in paragraphs; a layout table around them, taken
  for data, is read again as layout), or is read from the page inside its
  ``<textarea>`` or ``<iframe srcdoc>``, or from the markup a block shows as text (a
  page escaped by its site: ``&lt;table&gt;`` in the source), and that is reported.

Work is bounded whatever the input (see the ``MAX_*`` limits); hitting a limit is
reported with an ``input_limit`` finding and the rest is read as far as it goes.

This module holds the reader and the walk; the style sheets' verdicts are in
:mod:`.html_css`, the page title's hints in :mod:`.html_title`, span expansion in
:mod:`.html_grid`, and what they share in :mod:`.html_base`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from copy import deepcopy
from itertools import islice

from lxml import etree

from ..findings import Finding, make
from ..grid import Grid, ReadResult, Row
from .base import SNIFF_PREFIX, shown_markup_decoded, unify_line_ends
from .html_base import (
    _BOX,
    _BOX_CONTAINER,
    _GONE,
    _INLINE_TAGS,
    _MARK,
    _MAX_LINK_TITLE,
    _ROW,
    _SHOWN_CELL,
    _STRIKE,
    LIMIT_CODE,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_SPAN,
    MAX_TABLE_CELLS,
    MAX_TAGS,
    MERGED_CODE,
    _clean,
    _Element,
    _line,
    _RawCell,
)
from .html_css import (
    _box,
    _cell_hiding,
    _class_box,
    _effect,
    _hidden,
    _hidden_finding,
    _hidden_style,
    _judged,
    _Sheets,
    _word_note_link,
)
from .html_grid import _Budget, _expand, _Grid, _grid_rows, _reads_as_number, _spacer_masks
from .html_title import (
    _content_source,
    _described_title,
    _names_report,
    _organ_before_title,
    _page_title,
)
from .line_cells import VALUE_ENDS, glued_finding, spaced_cells, tab_or_pipe_cells
from .pipe import pipe_cells, plain_bars

__all__ = [
    "LIMIT_CODE",
    "MAX_CELLS",
    "MAX_COLUMNS",
    "MAX_SPAN",
    "MAX_TABLE_CELLS",
    "MAX_TAGS",
    "MERGED_CODE",
    "HtmlReader",
]

#: Tags whose text is not the page's (only their tails are read); ``<rt>`` is a ruby
#: annotation (a reading printed above the text), ``<rp>`` its fallback parentheses;
#: ``<meter>`` and ``<progress>`` are drawn as bars (their text is a fallback).
_SKIP_TAGS = frozenset(
    {
        "head", "script", "style", "template", "select", "option", "optgroup", "button",
        "input", "textarea", "iframe", "object", "embed", "svg", "math", "canvas", "audio",
        "video", "map", "rt", "rp", "meter", "progress",
    }
)  # fmt: skip

# Struck-through text (Word's tracked deletions, <s>): shown struck out, so not read.
_STRUCK = frozenset({"del", "s", "strike"})

#: Superscripts and subscripts: footnote marks (in a table cell, and after a title's 报告).
_MARKS = frozenset({"sup", "sub"})

#: (and a closed ``<details>``: browsers show only its ``<summary>``, muted with it; a
#: closed ``<dialog>``, a pop-up shown only once a script opens it)
_MUTE = (
    frozenset({"nav", "aside", "footer", "noscript", "menu", "details", "dialog"})
    | _STRUCK
    | _MARKS
)

#: Muted only while closed (without the ``open`` attribute).
_OPENABLE = frozenset({"details", "dialog"})

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_BLOCKS = _HEADINGS | frozenset(
    {
        "html", "body", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article",
        "header", "footer", "main", "blockquote", "pre", "center", "form", "fieldset",
        "address", "figure", "figcaption", "hr", "table", "caption", "thead", "tbody",
        "tfoot", "tr", "td", "th", "legend", "details", "summary", "title", "nav", "aside",
    }
)  # fmt: skip

_CELLS = frozenset({"td", "th"})

#: A row, or a group of rows (hiding one hides its rows).
_ROWS = frozenset({"tr", "tbody", "thead", "tfoot"})

#: Where a table's row ends: a row, and the header and footer row groups (laid out
#: first and last, see ``_browser_order``).
_ROW_BOUNDS = frozenset({"tr", "thead", "tfoot"})

# What each tag is to the walker, in one look-up; any other tag is inline. Blocks and
# <br> start a new line (cells and tables are blocks too); in a cell, kinds above _SKIP
# are a cell or table inside it.
_INLINE, _BLOCK, _BR, _SKIP, _CELL, _TABLE = range(6)

_KIND: dict[str, int] = {
    **dict.fromkeys(_BLOCKS, _BLOCK),
    "br": _BR,
    **dict.fromkeys(_SKIP_TAGS, _SKIP),
    **dict.fromkeys(_CELLS, _CELL),
    "table": _TABLE,
}

_CHROME = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs",
        "crumb", "crumbs", "sidebar", "footer", "copyright", "toolbar", "share",
    }
)  # fmt: skip

_TOKEN_SPLIT = re.compile(r"[\s_\-]+")

_SPAN_DIGITS = re.compile(r"\s*\+?(\d{1,9})")

_PROLOG = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,500}\?>\s*)?(?:<!DOCTYPE[^>\[]{0,500}(?:\[[^\]]*\])?\s*>)?", re.I
)

# Any tag; no ``<`` inside, so a scan never runs past the next tag and stays linear.
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,40})[^<>]*>")

# Kept when a page nested too deep is read again flat; other block tags become <br>.
_FLAT_KEEP = (
    frozenset(
        {"html", "head", "body", "title", "meta", "script", "style", "br", "p", "li", "caption"}
    )
    | _HEADINGS
    | _CELLS
    | frozenset({"table", "tr", "thead", "tbody", "tfoot"})
)

_SNIFF_TABLE = re.compile(r"<(?:table|td|tr)\b", re.IGNORECASE)

_SNIFF_PAGE = re.compile(r"<(?:!doctype\s+html|html|body|head)\b", re.IGNORECASE)

# Every way a match of _SNIFF_TABLE can start (no other character matches t with re.I).
_SNIFF_TABLE_STARTS = ("<t", "<T")

# How a page's source starts: an XML declaration, a comment (a browser's "saved from
# url=…"), then the doctype or the <html> tag.
_PAGE_START = re.compile(
    r"(?:<\?xml[^<>]{0,500}>\s*)?(?:<!--[^<>]{0,500}-->\s*)?<(?:!doctype\s+html|html)\b",
    re.IGNORECASE,
)

_LEADING = " \t\r\n\f\v\ufeff"

_SNIFF_TAG = re.compile(r"<(?:p|div|br|span|h[1-6]|font|li)\b[^<>]*>", re.IGNORECASE)

#: What a line break or a block's boundary is in a table cell's text as read: white
#: space (made one space when the text is cleaned) that no page's text holds, so that a
#: cell's lines can be told (see ``_Page.lines``).
_BREAK = "\v"


class HtmlReader:
    """Reads a web page: its data tables (spans expanded) and its text blocks."""

    name = "html"

    def sniff(self, text: str) -> float:
        """1.0 for markup with tables or a text that starts as a page does, 0.9 for
        another page, 0.6 for text with several tags."""
        # Every pattern starts with "<": none matches before the first one (most text
        # layouts have none). Positions instead of a slice: slicing a long page copies it.
        first = text.find("<", 0, SNIFF_PREFIX)
        if first < 0:
            return 0.0
        if _found(_SNIFF_TABLE, text, first, _SNIFF_TABLE_STARTS):
            return 1.0
        if _PAGE_START.match(text, first) and not text[:first].strip(_LEADING):
            # a page's source (a report typed as text in its <pre> is read in the page: a
            # text reader would take its markup for text, its title for none)
            return 1.0
        if _SNIFF_PAGE.search(text, first, SNIFF_PREFIX):
            return 0.9
        for count, _ in enumerate(_SNIFF_TAG.finditer(text, first, SNIFF_PREFIX), start=1):
            if count >= 3:
                return 0.6
        return 0.0

    def read(self, text: str, *, utf8: bytes | None = None) -> ReadResult:
        """Parse the page (bounded work, no network) and return its rows in order.

        ``utf8``, if given, is ``text`` encoded as UTF-8 (the bytes it was decoded from),
        handed to lxml instead of encoding the text again.
        """
        return self._read(text, utf8, _MAX_EMBEDDED)

    def _read(self, text: str, utf8: bytes | None, embedded: int) -> ReadResult:
        """``read``; ``embedded``: how many levels of pages embedded in a page (in a
        ``<textarea>`` or an ``<iframe srcdoc>``) may still be read."""
        findings: list[Finding] = []
        root = _parse(text, findings, utf8)
        if root is None:
            return ReadResult(Grid(()), tuple(findings))
        rows: list[Row] = []
        title = _page_title(root)
        if title is not None:
            rows.append(Row((title,)))
        holders = _table_holders(root)
        sheets = _Sheets(root)
        walker = _Walker(holders, sheets)
        walker.walk(root)
        walker.flush()
        if shown := _shown_by_scripts(walker):
            # the page's report, hidden until a script shows it: its text read too
            walker = _Walker(holders, sheets, shown)
            walker.walk(root)
            walker.flush()
        if walker.page.trless and (opened := _rows_opened(text)) is not None:
            result = self._read(opened[0], None, embedded)
            note = make(
                "repaired_cell",
                f"{opened[1]} table row(s) from line {opened[2]} start with no <tr> after the "
                "row before ends (</tr>): read as rows, as browsers open one there",
                line=opened[2],
                severity="info",
            )
            return ReadResult(
                result.grid, (note, *result.findings), result.title_hint, result.issuer_hint
            )
        typed = False
        if text.find("<", 0, SNIFF_PREFIX) >= 0:  # (text with no tag is another reader's)
            found = _report_cells(walker.page.cleaned)
            typed = found != _LABELS or _typed_beside(walker.page.cleaned, walker.entries)
            if found == _IN_PROSE and (layout := _prose_tables(root, holders)):
                # paragraphs typed in a page's layout table: read it as layout
                walker = _Walker(holders | layout, sheets)
                walker.walk(root)
                walker.flush()
        findings.extend(
            make(
                "repaired_cell",
                f"struck-through text {mark!r} in a table cell left out of the cell's text "
                "(deleted text)"
                if tag in _STRUCK
                else f"superscript or subscript {mark!r} in a table cell left out of the "
                "cell's text (a footnote or comment mark)",
                line=line,
            )
            for mark, line, tag in walker.marks
        )
        findings.extend(_hidden_finding(*hidden) for hidden in walker.page.hidden)
        if walker.page.escaped:
            findings.append(_escaped_finding(walker.page.escaped))
        if walker.page.twice:
            findings.append(_twice_finding(walker.page.twice))
        entries = _without_hidden_copies(walker.entries, sheets, findings)
        if typed:
            inner = self._embedded(root, embedded)
            if inner is not None:
                return inner
            entries = _typed_rows(entries, walker.tabbed, walker.pre, findings)
        rows.extend(_materialize(entries, findings))
        hint = title.text if title else None
        if (hint is None or not _names_report(hint)) and len(walker.link_titles) == 1:
            hint = walker.link_titles[0]  # the page's title printed as a link
        if hint is None or not _names_report(hint):
            hint = _described_title(root) or hint
        return ReadResult(
            Grid(tuple(rows)),
            tuple(findings),
            title_hint=hint,
            issuer_hint=_content_source(root) or _organ_before_title(root),
        )

    def _embedded(self, root: _Element, embedded: int) -> ReadResult | None:
        """The reading of a page with tables embedded in the page (the markup in a
        ``<textarea>``, as a site's preview shows it, an ``<iframe srcdoc>``, or a
        template its scripts render), when the page itself holds no report table; its
        lines are the embedded page's."""
        if embedded <= 0:
            return None
        for element in root.iter("textarea", "iframe", "template", "script"):
            inner = _embedded_markup(element)
            if inner and _SNIFF_TABLE.search(inner):
                result = self._read(inner, None, embedded - 1)
                if any(len(row.texts) >= 3 for row in result.grid.rows):
                    return result
        shown = _markup_shown(root)
        if shown is not None:
            result = self._read(shown[0], None, embedded - 1)
            if any(len(row.texts) >= 3 for row in result.grid.rows):
                note = make(
                    "repaired_cell",
                    "the page shows its report's markup as text (escaped by the site: "
                    f"<table>, <td> … printed from line {shown[1]}); read as the page it shows",
                    line=shown[1],
                    severity="info",
                )
                return ReadResult(
                    result.grid, (note, *result.findings), result.title_hint, result.issuer_hint
                )
        return None


#: A row's end followed by a cell, with no ``<tr>`` between (browsers open a row there).
_STRAY_ROW_END = re.compile(r"(</tr\s*>)(\s*<t[dh][\s>/])", re.IGNORECASE)


def _rows_opened(text: str) -> tuple[str, int, int] | None:
    """``text`` with a ``<tr>`` opened after each row end that a cell follows (which the
    parser drops, running the cells after it into the row before), the number of rows
    opened and the line of the first; None if there is none."""
    first = _STRAY_ROW_END.search(text)
    if first is None:
        return None
    opened, count = _STRAY_ROW_END.subn(r"\1<tr>\2", text)
    return opened, count, text.count("\n", 0, first.start()) + 1


#: The ``<script type>``s holding markup that scripts render (template engines).
_TEMPLATE_TYPES = frozenset(
    {"text/html", "text/template", "text/x-template", "text/x-handlebars-template"}
)


def _embedded_markup(element: _Element) -> str | None:
    """The markup of a page embedded in ``element``: a text area's text, an iframe's
    ``srcdoc``, a ``<template>``'s content, a template script's text."""
    tag = element.tag
    if tag == "textarea":
        return element.text
    if tag == "iframe":
        return element.get("srcdoc")
    if tag == "template":
        inner = [etree.tostring(child, encoding="unicode", method="html") for child in element]
        return (element.text or "") + "".join(inner)
    kind = (element.get("type") or "").strip().lower()
    return element.text if kind in _TEMPLATE_TYPES else None


def _markup_shown(root: _Element) -> tuple[str, int] | None:
    """The text of the block that shows a table's markup as text (``&lt;td&gt;`` in the
    source: a page escaped by its site), whole or one paragraph per line, with its line;
    None if no text shows a table's tags (scripts, styles and form fields are not text)."""
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            continue
        parent = element.getparent()
        for text, holder in ((element.text, element), (element.tail, parent)):
            if text and "<" in text and _SNIFF_TABLE.search(text) and holder is not None:
                if holder is element and parent is not None and parent.tag != "html":
                    holder = parent  # (the markup's other lines are in the next paragraphs)
                shown = deepcopy(holder)  # (scripts and the like left out of its text)
                etree.strip_elements(shown, *_SKIP_TAGS, with_tail=False)
                return etree.tostring(shown, method="text", encoding="unicode"), _line(element)
    return None


def _shown_by_scripts(walker: _Walker) -> frozenset[_Element]:
    """The hidden blocks holding the statutory tables of a page that shows none (an
    article hidden by its style, class or the ``hidden`` attribute until a script shows
    it, a loading message shown meanwhile): read as shown, their text with their tables.
    Their text was dropped (the title, headings and prose: no title, organ or year).
    A ``<noscript>`` block is one too (the page its scripts do not write). Nothing if a
    shown table names a statutory row, or if the blocks are the page's chrome (``<nav>``,
    ``<aside>``…)."""
    hidden = [table for table in walker.hidden_tables if _statutory_tables(table)]
    if not hidden:
        return frozenset()
    tables = [entry for entry in walker.entries if isinstance(entry, _Table)]
    if any(not table.hidden and _statutory_tables(table) for table in tables):
        return frozenset()
    shown: set[_Element] = set()
    for table in hidden:
        element: _Element | None = table.element
        while element is not None:
            tag = element.tag
            if isinstance(tag, str) and walker.mutes(element, tag):
                if tag in _MUTE and tag != "noscript":
                    return frozenset()
                shown.add(element)
            element = element.getparent()
    return frozenset(shown)


#: Levels of pages embedded in a page that are read (a preview inside a preview).
_MAX_EMBEDDED = 2


def _without_hidden_copies(
    entries: list[Row | _Table], sheets: _Sheets, findings: list[Finding]
) -> list[Row | _Table]:
    """``entries`` without the hidden tables (``_Table.hidden``: hidden, or in the page's
    chrome) when the shown ones name every statutory table they name: a copy (a print or
    speech version, an old draft, another report in a sidebar) beside the report the
    page shows. Hidden tables naming one that no shown table names are read, all of
    them (a tab or the rest of the text that scripts show), and so are those of a page
    hiding no statutory table (a sidebar's table of details).

    A table inside a block that a class of the page's style sheets hides is hidden too,
    judged only on a page printing table 二 twice (finding it costs a look at the sheets
    and each table's ancestors)."""
    tables = [entry for entry in entries if isinstance(entry, _Table)]
    if sum(map(_prints_regulations, tables)) > 1:
        judged: dict[_Element, bool] = {}
        for table in tables:
            if not table.hidden and _hidden_by_class(table.element, sheets, judged):
                table.hidden = True
    named: set[int] = set()
    for table in tables:
        if table.hidden:
            named |= _statutory_tables(table)
    if not named:
        return entries  # (no copy of a statutory table hidden: the page as before)
    hidden = [table for table in tables if table.hidden]
    shown: set[int] = set()
    for table in tables:
        if not table.hidden:
            shown |= _statutory_tables(table)
    if not named <= shown:
        return entries
    lines = ", ".join(str(table.line) for table in hidden[:5]) + (" …" if len(hidden) > 5 else "")
    findings.append(
        make(
            "repaired_cell",
            f"{len(hidden)} table(s) hidden (their style, their class or the hidden "
            f"attribute) or in the page's chrome (<noscript>, a sidebar) (line {lines}) "
            "not read: the page shows the report's tables elsewhere, and a hidden copy of "
            "them is not what it shows",
            line=hidden[0].line,
            severity="info",
        )
    )
    return [entry for entry in entries if not (isinstance(entry, _Table) and entry.hidden)]


#: Row labels telling the statutory tables apart (either script): 二, 三, 四.
_REGULATIONS = ("规章", "規章")

_TABLE_WORDS = (
    (_REGULATIONS, 2),
    (("国家秘密", "國家秘密", "本年新收"), 3),
    (("直接起诉", "直接起訴"), 4),
)


def _prints_regulations(table: _Table) -> bool:
    """Whether a row of ``table`` starts with table 二's first label (规章)."""
    return any(row and row[0][0] in _REGULATIONS for row in table.rows)


#: Classes marking the tab or pane a page shows (``.tab-pane{display:none}`` then
#: ``.tab-pane.active{display:block}``): an element having one is not hidden by the
#: sheets' other classes (the rules that show it are not read).
_SHOWN_STATES = frozenset({"active", "show", "current", "cur", "on", "in", "selected", "open"})


def _hidden_by_class(element: _Element, sheets: _Sheets, judged: dict[_Element, bool]) -> bool:
    """Whether ``element`` or an element around it has a class the style sheets hide and
    none marking it shown (``_SHOWN_STATES``) (``judged``: the verdicts so far, per
    element, so each is judged once)."""
    path: list[_Element] = []
    verdict = False
    parent: _Element | None = element
    while parent is not None:
        known = judged.get(parent)
        if known is not None:
            verdict = known
            break
        path.append(parent)
        value = parent.get("class")
        if (
            value
            and sheets.cell_hiding(parent, value) != _SHOWN_CELL
            and _SHOWN_STATES.isdisjoint(value.lower().split())
        ):
            verdict = True
            break
        parent = parent.getparent()
    for passed in path:
        judged[passed] = verdict
    return verdict


def _browser_order(table: _Table) -> None:
    """Lay ``table``'s rows out as browsers do: its first ``<thead>``'s rows first and
    its first ``<tfoot>``'s last, wherever the source writes them (a header after the
    body, a footer before it, as HTML 4 wanted)."""
    groups = table.groups or []
    head = next(((start, end) for tag, start, end in groups if tag == "thead"), None)
    foot = next(((start, end) for tag, start, end in groups if tag == "tfoot"), None)
    rows = table.rows
    if (head is None or head[0] == 0 or head[1] < 0) and (
        foot is None or foot[1] == len(rows) or foot[1] < 0
    ):
        return
    placed: set[int] = set()
    first: list[list[_RawCell]] = []
    last: list[list[_RawCell]] = []
    if head is not None and head[1] >= 0:
        first = rows[head[0] : head[1]]
        placed.update(range(*head))
    if foot is not None and foot[1] >= 0:
        last = rows[foot[0] : foot[1]]
        placed.update(range(*foot))
    middle = [row for index, row in enumerate(rows) if index not in placed]
    table.rows = first + middle + last


def _statutory_tables(table: _Table) -> set[int]:
    """The statutory tables whose row labels ``table``'s cells name."""
    texts = "\x1f".join([cell[0] for row in table.rows for cell in row])  # (searched in C)
    return {number for words, number in _TABLE_WORDS if any(word in texts for word in words)}


def _halves(text: str) -> str | None:
    """The number ``text`` prints twice (``12041204``, ``1204 1204``), if it does."""
    half, space, rest = text.partition(" ")
    if space:
        return half if half == rest and half.isdigit() else None
    middle = len(text) // 2
    if len(text) % 2 or not text.isdigit() or text[:middle] != text[middle:]:
        return None
    return text[:middle]


def _copies(cell: _Element, number: str) -> tuple[str, str] | None:
    """The classes of two elements in ``cell`` each printing ``number`` alone, of
    different classes (a copy for wide screens and one for narrow ones), if there are."""
    found: list[tuple[_Element, str]] = []
    for element in cell.iterdescendants():
        value = element.get("class") if isinstance(element.tag, str) else None
        if value and "".join(str(part) for part in element.itertext()).strip() == number:
            if found and element in found[-1][0].iterdescendants():
                continue
            found.append((element, value))
            if len(found) > 2:
                return None
    if len(found) == 2 and found[0][1] != found[1][1]:
        return found[0][1], found[1][1]
    return None


def _twice_finding(twice: list[tuple[str, int, tuple[str, str]]]) -> Finding:
    """The warning for cells printing one number twice in elements of two classes."""
    shown = ", ".join(
        f"{text!r} (line {line}: classes {first!r} and {second!r})"
        for text, line, (first, second) in twice[:3]
    )
    more = f" and {len(twice) - 3} more" if len(twice) > 3 else ""
    return make(
        "repaired_cell",
        f"table cells show one number printed twice, in two elements of different classes: "
        f"{shown}{more}; read as printed (a copy for each screen size, one hidden by a style "
        "sheet not on the page? then each value is its first half)",
        line=twice[0][1],
        severity="warning",
    )


def _decoded_clean(text: str) -> str:
    """``text`` cleaned, with the markup it prints as text decoded (see ``_Page.decoded``)."""
    return _clean(shown_markup_decoded(text))


def _escaped_finding(escaped: list[tuple[str, int]]) -> Finding:
    """The ``repaired_cell`` info for table cells printing markup as text, decoded."""
    shown = ", ".join(f"{text!r} (line {line})" for text, line in escaped[:3])
    more = f" and {len(escaped) - 3} more" if len(escaped) > 3 else ""
    return make(
        "repaired_cell",
        f"table cells show character references or <br> tags as text (the page escaped "
        f"twice): {shown}{more}; read decoded",
        line=escaped[0][1],
        severity="info",
    )


#: Row labels found only in the statutory tables (either script): a data table holding
#: one is the report's, and the page's text blocks are not read as typed rows.
_REPORT_WORDS = tuple(word for words, _ in _TABLE_WORDS for word in words)

#: Where the data tables name statutory rows: nowhere, in cells of a row label's length
#: (a report's tables), only in long cells (prose typed in a layout table's cell).
_NOWHERE, _LABELS, _IN_PROSE = 0, 1, 2


def _report_cells(cleaned: dict[str, str]) -> int:
    """Where the data tables' cells (``cleaned``: every cell's text, in the order first
    read) name a statutory row (looked for in the order read: a label is found early)."""
    if "规章" in cleaned or "規章" in cleaned:  # (table 二's label cell, as printed: cheap)
        return _LABELS
    found = _NOWHERE
    for text in cleaned.values():
        for word in _REPORT_WORDS:
            if word in text:
                if len(text) <= _MAX_TYPED_ROW:
                    return _LABELS
                found = _IN_PROSE
                break
    return found


#: Row labels of tables 三 and 四 (either script).
_LATER_WORDS = tuple(word for words, number in _TABLE_WORDS if number > 2 for word in words)


def _names_later_rows(texts: Iterable[str]) -> bool:
    return any(word in text for text in texts for word in _LATER_WORDS)


def _typed_beside(cleaned: dict[str, str], entries: list[Row | _Table]) -> bool:
    """Whether the page's report is typed as text beside data tables naming only table
    二's rows (a site's table of its documents by kind: 规章 | 12): no data table's cell
    names a row of table 三 or 四, and a text block does."""
    if _names_later_rows(reversed(cleaned.values())):  # (table 四's header: read last)
        return False
    return _names_later_rows(entry.texts[0] for entry in entries if isinstance(entry, Row))


def _prose_tables(root: _Element, holders: set[_Element]) -> set[_Element]:
    """The tables read as data whose cells hold paragraphs (``<p>``, ``<div>``, ``<br>``)
    naming a statutory row: a page's layout table around a report typed as text (it
    holds no table, so it looked like data)."""
    found: set[_Element] = set()
    for table in root.iter("table"):
        if table in holders:
            continue
        for cell in table.iter("td", "th"):
            if all(cell.find(f".//{tag}") is None for tag in ("p", "div", "br")):
                continue
            text = "".join(str(part) for part in cell.itertext())
            if any(word in text for word in _REPORT_WORDS):
                found.add(table)
                break
    return found


#: The longest text block read as a typed row (table 三's longest is about 80).
_MAX_TYPED_ROW = 240


def _typed_rows(
    entries: list[Row | _Table],
    tabbed: dict[int, str],
    pre: dict[int, str],
    findings: list[Finding],
) -> list[Row | _Table]:
    """``entries`` with each text block that is a typed table row split into its cells,
    as the text readers split a line: a report typed in paragraphs (``<p>规章\t0\t0\t2``,
    ``<p>规章 | 0 | 0 | 2 |``, ``<p>1. 属于国家秘密  0  0 …``) on a page with no report
    table. A ``<pre>`` block (``pre``: its text as read, by index) is read line by line.
    """
    typed: list[Row | _Table] = []
    for index, entry in enumerate(entries):
        if isinstance(entry, _Table):
            typed.append(entry)
            continue
        block = pre.get(index)
        if block is not None:
            for offset, line in enumerate(block.strip("\n").split("\n")):
                text = _clean(line)
                if text:
                    row = Row.of_texts((text,), entry.line + offset)
                    _add_typed(typed, row, line if "\t" in line else None, findings)
            continue
        raw = tabbed.get(index)
        if raw is not None and "\n" in raw.strip():
            typed.append(entry)  # several lines of text in one block (a text file)
        else:
            _add_typed(typed, entry, raw, findings)
    return typed


def _add_typed(
    typed: list[Row | _Table], entry: Row, raw: str | None, findings: list[Finding]
) -> None:
    """Add the text row ``entry`` to ``typed``, split into cells if it is a typed row
    (``raw``: its text before white space was made one space, if it holds a tab). A line
    with a tab is split on tabs (on pipes if it has only those), one with a pipe on
    pipes, one ending in a value on white space; a rule or filler row is dropped."""
    text = entry.texts[0]
    joined = None
    if len(text) > _MAX_TYPED_ROW:  # prose
        typed.append(entry)
        return
    if raw is not None:
        cells = tab_or_pipe_cells(raw)
    elif "|" in text or "｜" in text or "│" in text:
        cells = pipe_cells(plain_bars(text))
    elif text[-1].isdigit() or text[-1] in VALUE_ENDS:
        cells, joined = spaced_cells(text)
    else:
        typed.append(entry)
        return
    if joined is not None:
        findings.append(glued_finding(joined, entry.line))
    if cells:
        typed.append(entry if cells == (text,) else Row.of_texts(cells, entry.line))


def _found(pattern: re.Pattern[str], text: str, first: int, starts: tuple[str, ...]) -> bool:
    """Whether ``pattern`` matches from ``first`` to character ``SNIFF_PREFIX``, trying it
    only where one of ``starts`` stands: a search would try it at every character,
    str.find goes from one to the next in C."""
    for start in starts:
        at = text.find(start, first, SNIFF_PREFIX)
        while at >= 0:
            if pattern.match(text, at, SNIFF_PREFIX):
                return True
            at = text.find(start, at + 1, SNIFF_PREFIX)
    return False


def _parse(text: str, findings: list[Finding], utf8: bytes | None = None) -> _Element | None:
    # As HTML's input stream does; libxml2 would not count a lone CR as a new line.
    unified = unify_line_ends(text)
    data = utf8 if utf8 is not None and unified is text else unified.encode("utf-8", "replace")
    text = unified
    start = 0
    prolog = _PROLOG.match(text, 0, 4096)
    if prolog is not None and prolog.end():
        start = prolog.end()
        # The bytes are cut, not the text: a slice of a wide str costs a pass over it.
        data = data[len(text[:start].encode("utf-8", "replace")) :]
    # NULs to drop (found faster in bytes than in a wide str), or too many tags (fewer
    # characters than MAX_TAGS cannot hold more: no need to count them)
    if b"\x00" in data or (len(text) - start > MAX_TAGS and text.count("<", start) > MAX_TAGS):
        text, data = _bounded(text[start:], findings)
        start = 0
    root, too_deep = _parse_bytes(data)
    if too_deep:
        # Unclosed <font>/<span> piling up, or deep <div> wrappers: read again with only
        # the tags that carry the report's structure (the rest becomes line breaks).
        flat = _ANY_TAG.sub(_flatten, text[start:])
        root, too_deep = _parse_bytes(flat.encode("utf-8", "replace"))
        findings.append(
            make(
                LIMIT_CODE,
                "elements are nested more than 2048 deep; the page was read again keeping "
                "only its tables, paragraphs and headings",
                severity="info",
            )
        )
        if too_deep:
            findings.append(
                make(
                    LIMIT_CODE,
                    "elements are nested more than 2048 deep; the page was read up to that "
                    "point only",
                )
            )
    return root


def _bounded(text: str, findings: list[Finding]) -> tuple[str, bytes]:
    """``text`` without NULs and cut before its tag number ``MAX_TAGS``, and its bytes."""
    text = text.replace("\x00", "")  # libxml2 would turn each into U+FFFD
    if len(text) > MAX_TAGS and text.count("<") > MAX_TAGS:
        cut = _nth_tag(text, MAX_TAGS)
        findings.append(
            make(
                LIMIT_CODE,
                f"the page has more than {MAX_TAGS} tags; only the part before character "
                f"{cut} (of {len(text)}) was read",
            )
        )
        text = text[:cut]
    return text, text.encode("utf-8", "replace")


def _flatten(match: re.Match[str]) -> str:
    tag = match.group(0)
    if match.group(2).lower() in _FLAT_KEEP:
        return tag
    lines = "\n" * tag.count("\n")  # keep source lines where they were
    return lines if match.group(2).lower() in _INLINE_TAGS else "<br>" + lines


def _nth_tag(text: str, count: int) -> int:
    position = -1
    for _ in range(count):
        position = text.find("<", position + 1)
    return position


def _parse_bytes(data: bytes) -> tuple[_Element | None, bool]:
    """Parse UTF-8 bytes, so a ``<meta charset>`` in the text cannot re-decode it."""
    parser = etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,  # depth limit 2048 instead of 256, which real pages can exceed
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False
    if root is None:
        return None, False
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    return root, too_deep


def _table_holders(root: _Element) -> set[_Element]:
    """Every element with a table somewhere below it (linear: each is added once)."""
    holders: set[_Element] = set()
    for table in root.iter("table"):
        parent = table.getparent()
        while parent is not None and parent not in holders:
            holders.add(parent)
            parent = parent.getparent()
    return holders


def _is_data_table(table: _Element, holders: set[_Element]) -> bool:
    """A table holds data: two cells in some row and no table inside.

    A heading inside does not make a table layout: a statutory table read as text
    blocks would lose its blank cells, a missed title in a layout cell costs less
    (the page ``<title>`` comes first anyway).
    """
    if table in holders:
        return False
    cells = 0
    for element in table.iterdescendants("tr", *_CELLS):
        if element.tag == "tr":
            cells = 0
        else:
            cells += 1
            if cells >= 2:
                return True
    return False


class _Page:
    """What the page's tables share: each cell text as read → cleaned, the verdicts on
    styles, the style sheets, and the cells and rows found hidden."""

    __slots__ = (
        "cleaned", "escaped", "hidden", "hiding_seen", "lines", "sheets", "styles", "trless",
        "twice",
    )  # fmt: skip

    def __init__(self, styles: dict[str, int], sheets: _Sheets) -> None:
        self.cleaned: dict[str, str] = {}
        self.styles = styles
        self.sheets = sheets
        #: Text left out of tables as hidden: text, line, what hid it (a ``_GONE`` cell, a
        #: ``_BLANK`` one, or a row: ``_ROW``).
        self.hidden: list[tuple[str, int, int]] = []
        #: Whether a cell was found hidden by its style or class (then every row's
        #: cells are judged, not only the first rows').
        self.hiding_seen = False
        #: Whether a table row starts with a cell outside any ``<tr>`` (see ``_rows_opened``).
        self.trless = False
        #: The lines of the cells of several lines (parted by ``<br>`` or blocks): the
        #: cleaned text → its lines (see ``_rows_typed_in_one``).
        self.lines: dict[str, list[str]] = {}
        #: Cell texts that are one number printed twice, in two elements of different
        #: classes (a copy per screen size?): text, line, the classes.
        self.twice: list[tuple[str, int, tuple[str, str]]] = []
        #: Cell texts that print markup as text (``&nbsp;``: a page escaped twice) and
        #: their lines, each text once.
        self.escaped: list[tuple[str, int]] = []

    def decoded(self, text: str, line: int) -> str:
        """A cell's ``text`` (cleaned) with the character references and ``<br>`` tags
        it prints as text decoded (noted in ``escaped``), as the text readers read them."""
        decoded = shown_markup_decoded(text)
        if decoded == text:
            return text
        self.escaped.append((text, line))
        return _clean(decoded)


#: Rows of each table whose cells' styles and classes are judged (all rows, once a
#: hidden cell is found, and in a row too wide: see ``_rejudged``): a hidden column is
#: hidden in its header rows too, and judging every cell's long style costs about 4 % on
#: Word's pages.
_STYLED_ROWS = 4


class _Table:
    __slots__ = (
        "clamped", "cleaned", "dropped", "element", "firsts", "groups", "hidden", "images",
        "judging", "line", "page", "row_open", "rows",
    )  # fmt: skip

    def __init__(self, element: _Element, page: _Page) -> None:
        self.element = element
        self.line = _line(element)
        self.page = page
        self.cleaned = page.cleaned  # (looked up once per cell)
        self.rows: list[list[_RawCell]] = []
        self.row_open = False
        self.clamped = 0
        self.dropped = 0
        self.images: list[int] = []  # the lines of cells showing only an image
        #: The ``<thead>`` and ``<tfoot>`` row groups: tag, first row, end (see
        #: ``_browser_order``); None while there is none.
        self.groups: list[tuple[str, int, int]] | None = None
        #: Whether the cells' styles and classes are judged (see ``_STYLED_ROWS``).
        self.judging = True
        #: The first cell of each row whose cells' styles were not judged, by the row's
        #: id: a row that comes out too wide is judged then (see ``_rejudged``).
        self.firsts: dict[int, _Element] = {}
        #: Whether the table is inside an element that ``mutes`` (hidden by its style or
        #: the ``hidden`` attribute, or the page's chrome: ``<noscript>``, a sidebar), or
        #: is one, or is hidden by a class (see ``_without_hidden_copies``): read only
        #: when the shown tables do not print what it prints.
        self.hidden = False

    def row(self) -> list[_RawCell]:
        """The row cells are added to: a new one once the last has ended."""
        if self.row_open:
            return self.rows[-1]
        row: list[_RawCell] = []
        self.rows.append(row)
        self.row_open = True
        if self.judging and len(self.rows) > _STYLED_ROWS and not self.page.hiding_seen:
            self.judging = False
        return row

    def add(self, row: list[_RawCell], text: str, element: _Element) -> None:
        """Add the cell ``element`` whose text is ``text`` to ``row``, the current row."""
        if len(row) >= MAX_COLUMNS:  # starts beyond the last column read
            self.dropped += 1
            return
        if not row:
            if not self.judging:
                self.firsts[id(row)] = element
            if (parent := element.getparent()) is not None and parent.tag != "tr":
                self.page.trless = True
        colspan = rowspan = 1
        names = element.keys()
        if (
            names
            and (self.judging or "hidden" in names or _styled_hidden(element, names))
            and (hiding := _cell_hiding(element, names, self.page))
        ):
            self.page.hiding_seen = self.judging = True
            shown = self.cleaned.get(text)
            if shown is None:
                shown = _clean(text)
            if shown:
                self.page.hidden.append((shown, _line(element), hiding))
            if hiding == _GONE:
                return
            text = ""
        if names and ("colspan" in names or "rowspan" in names):
            colspan = _span(element.get("colspan"), 1)
            rowspan = _span(element.get("rowspan"), MAX_SPAN)
            if colspan > MAX_SPAN or rowspan > MAX_SPAN:
                self.clamped += 1
                colspan = min(colspan, MAX_SPAN)
                rowspan = min(rowspan, MAX_SPAN)
        line: int | None = element.sourceline  # type: ignore[assignment]
        cleaned = self.cleaned.get(text)
        if cleaned is None:  # (tables repeat a few texts: 0, blanks, labels)
            cleaned = _clean(text)
            line_text: Callable[[str], str] = _clean
            if "&" in cleaned or "<" in cleaned:
                cleaned = self.page.decoded(cleaned, line or 0)
                line_text = _decoded_clean
            self.cleaned[text] = cleaned
            if _BREAK in text and " " in cleaned:
                lines = [part for part in map(line_text, text.split(_BREAK)) if part]
                if len(lines) > 1:
                    self.page.lines[cleaned] = lines
            if len(element) and cleaned[-1:].isdigit() and (half := _halves(cleaned)):
                classes = _copies(element, half)
                if classes is not None:
                    self.page.twice.append((cleaned, line or 0, classes))
        if not cleaned and len(element) and _shows_picture(element):
            self.images.append(line or 0)  # (a value printed as a picture: not read)
        row.append((cleaned, line or 0, colspan, rowspan))


#: What shows a picture in a cell: an image, a drawing, a formula, an embedded object.
_PICTURES = ("img", "svg", "math", "canvas", "object", "embed", "picture")


def _shows_picture(cell: _Element) -> bool:
    """Whether a cell whose text is blank shows a picture (its text, a drawing's or a
    formula's, is not read as the cell's: see ``_SKIP_TAGS``)."""
    return next(cell.iter(*_PICTURES), None) is not None


def _styled_hidden(element: _Element, names: Sequence[str | bytes]) -> bool:
    """Whether a cell's own style may hide it (``visibility:hidden``), in a row whose
    cells' styles are not all judged (a cheap look for ``idden`` in the style: Word gives
    every cell a long one)."""
    if "style" not in names:
        return False
    style = element.get("style")
    return style is not None and ("idden" in style or "IDDEN" in style)


#: The ``id`` of a WeChat article's text, hidden by its style until a script shows it.
_SHOWN_BY_SCRIPT = "js_content"


def _shown_by_script(element: _Element) -> bool:
    """Whether a hidden element is one a script shows once the page loads (a WeChat
    article's ``#js_content``): its text is the page's, and read."""
    return element.get("id") == _SHOWN_BY_SCRIPT


def _span(value: str | None, zero: int) -> int:
    """A span attribute as browsers read it: leading digits; 0 for rowspan = to the end."""
    if value is None:
        return 1
    if len(value) < 10 and value.isdecimal():
        number = int(value)
    else:
        match = _SPAN_DIGITS.match(value)
        if match is None:
            return 1
        number = int(match.group(1))
    return zero if number == 0 else number


class _Walker:
    """One pass over the tree in document order (an explicit stack: no recursion).

    What the page's text blocks and tables are follows from the start and the end of
    each element. Two kinds of subtree are common and their effect is known without
    visiting each element in them, so they are read whole: a data-table cell (its text,
    with a space at each block boundary) and muted chrome holding no table (its text is
    dropped; a block inside it ends the current block).
    """

    def __init__(
        self, holders: set[_Element], sheets: _Sheets, shown: frozenset[_Element] = frozenset()
    ) -> None:
        self.holders = holders
        self.sheets = sheets
        #: Hidden elements read as shown: blocks a script shows (see ``_shown_by_scripts``).
        self.shown = shown
        self.entries: list[Row | _Table] = []
        # the text block being read
        self.parts: list[str] = []
        self.line = 0
        self.chars = 0
        self.link_chars = 0
        self.heading = False
        self.names_report = False  # whether the heading being read names a report
        self.tables: list[_Table | None] = []  # None: a layout table
        self.cell: list[str] | None = None  # the text of the data-table cell being read
        self.links = 0
        self.muted = 0
        # The element started last, for line numbers; when ``last_below``, the last one
        # inside it in document order (a subtree read whole), found when needed.
        self.last: _Element | None = None
        self.last_below = False
        # verdicts per attribute value: pages repeat the same few classes and styles
        self.hidden_styles: dict[str, int] = {}
        self.box_styles: dict[str, int] = {}
        self.chrome_names: dict[str, int] = {}
        #: The texts of blocks made only of links that name a report (two at most): one
        #: alone is the page's title printed as a link; more are a list of reports.
        self.link_titles: list[str] = []
        self.page = _Page(self.hidden_styles, sheets)
        #: The text of blocks holding tabs, before white space was made one space: the
        #: index of their row in ``entries`` → text.
        self.tabbed: dict[int, str] = {}
        #: The same for ``<pre>`` blocks of several lines, and whether the block being
        #: read is one.
        self.pre: dict[int, str] = {}
        self.in_pre = False
        #: The last element whose style keeps its text's line breaks (``white-space:
        #: pre…``), found as ``mutes`` reads its style: a block read as a ``<pre>``.
        self.preformatted: _Element | None = None
        #: Footnote marks and struck text left out of table cells: text, line, tag.
        self.marks: list[tuple[str, int, str]] = []
        #: The open elements that ``mutes`` (hidden, or the page's chrome) that hold a
        #: table or are one (see ``_Table.hidden``).
        self.hiding: set[_Element] = set()
        #: The data tables found inside such an element.
        self.hidden_tables: list[_Table] = []
        #: Inline elements that the page's CSS lays out as boxes of their own (see
        #: ``boxed``) or as a gap (a PDF converter's spacer, see ``_Sheets.gap``): each is
        #: parted from the text before it by a space, as cells are.
        self.boxes: set[_Element] = set()
        #: The lone class rules of the sheets that make boxes (see ``_Sheets.box``).
        self.box_classes: dict[str, int] | None = None

    def boxed(self, element: _Element, tag: str, box: int) -> None:
        """Note ``element`` (``tag``), laid out by its style or class as ``box``: an
        inline one that is a box (a span shown as a table cell or an inline block), or
        an element whose children are (a flex or grid container, as a row of cells)."""
        if box == _BOX_CONTAINER:
            self.boxes.update(element)
        elif tag in _INLINE_TAGS and (len(element) or element.text):
            self.boxes.add(element)  # (one holding nothing is a spacer: see ``_Sheets.gap``)

    @staticmethod
    def spacer(element: _Element) -> bool:
        """Whether ``element`` holds nothing (a spacer ``<span>``)."""
        return not len(element) and not element.text

    def mutes(self, element: _Element, tag: str) -> bool:
        """Hidden elements and site chrome (by class or id): their text is not the report."""
        if tag in _MUTE:
            return tag not in _OPENABLE or element.get("open") is None
        names = element.keys()
        if not names:
            return False
        if "hidden" in names:
            return True
        if tag == "a" and _word_note_link(element):
            return True  # (a footnote mark: 报告[1])
        for name in names:
            if name == "style":
                style = element.get(name)
                verdict = _judged(self.hidden_styles, style, _hidden_style)
                if verdict and _effect(element, verdict) and not _shown_by_script(element):
                    return True
                if style and ("pace" in style or "PACE" in style) and _keeps_breaks(style):
                    self.preformatted = element
                if (
                    style
                    and ("isplay" in style or "ISPLAY" in style)
                    and (box := _judged(self.box_styles, style, _box))
                ):
                    self.boxed(element, tag, box)
            elif name == "class" or name == "id":
                value = element.get(name)
                if _judged(self.chrome_names, value, _chrome_name):
                    return True
                if name == "class" and value:
                    if tag in _INLINE_TAGS:
                        # (the sheets are read when an inline element has a class, as for
                        # its verdict below: a walk over the tree spared on most pages)
                        boxes = self.box_classes
                        if boxes is None:
                            boxes = self.box_classes = self.sheets.box_classes()
                        if boxes and _class_box(boxes, value, element):
                            self.boxed(element, tag, _BOX)
                        if value[0] == "_" and self.sheets.gap(value) and self.spacer(element):
                            self.boxes.add(element)  # (a PDF converter's gap: a space)
                        # (the sheets judge inline elements, and rows)
                        if self.sheets.verdict(element, value):
                            return True
                    elif tag in _ROWS and self.sheets.cell_hiding(element, value):
                        return True
        return False

    def walk(self, root: _Element) -> None:
        # Children are reached by index and getnext(): an lxml child iterator costs more.
        stack: list[tuple[_Element, str, int, bool]] = []  # the open elements
        tables = self.tables
        holders = self.holders
        mutes = self.mutes
        block_text = self.block_text
        boxes = self.boxes  # (filled in place by ``mutes``)
        element = root
        while True:
            tag = element.tag
            kind = _KIND.get(tag, _INLINE)
            cell = self.cell
            table = tables[-1] if tables and cell is None else None
            if kind == _SKIP or not isinstance(tag, str):  # only its tail is read
                tail = element.tail
                if tail:
                    self.tail_text(tail, cell)
            elif (
                kind == _CELL
                and table is not None
                and (text := _cell_text(element, self.marks, self.hidden_styles, self.sheets))
                is not None
            ):
                # (a cell holding a cell is read tag by tag, below)
                element = self.cells(element, text, table)
            else:
                mute = not self.muted and mutes(element, tag)
                if mute and self.shown and element in self.shown:
                    mute = False
                if mute and tag in _ROWS and table is not None and self.row_hidden(element, table):
                    tail = element.tail  # (not read: browsers lay the table out without it)
                    if tail:
                        self.tail_text(tail, cell)
                elif (
                    mute
                    and cell is None
                    and table is None
                    and kind != _TABLE
                    and element not in holders
                ):
                    # Its text is dropped; the block ends if it holds one. Its tail is
                    # the parent's text: 共<del>3</del>5件 reads 共5件.
                    if kind != _INLINE or _has_block(element):
                        self.flush()
                    self.last = element
                    self.last_below = True
                    tail = element.tail
                    if tail:
                        self.block_text(tail)
                else:
                    if mute and (kind == _TABLE or element in holders):
                        self.hiding.add(element)  # (a block holding tables, or a table)
                    self.muted += mute
                    # the element starts
                    self.last = element
                    self.last_below = False
                    if kind == _INLINE:
                        if tag == "a":
                            self.links += 1
                        if boxes and element in boxes and not self.heading:
                            self.tail_text(" ", cell)  # (a cell laid out as a box, or a gap)
                    elif cell is not None:
                        cell.append(_BREAK)
                    elif kind == _TABLE:
                        self.flush()
                        data = _is_data_table(element, holders)
                        new = _Table(element, self.page) if data else None
                        if new is not None and self.hiding:
                            new.hidden = True
                            self.hidden_tables.append(new)
                        tables.append(new)
                    elif kind == _CELL and table is not None:
                        cell = self.cell = []
                    elif table is not None and tag in _ROW_BOUNDS:
                        table.row_open = False
                        if tag != "tr":  # (a header or footer row group)
                            if table.groups is None:
                                table.groups = []
                            table.groups.append((tag, len(table.rows), -1))
                    elif kind != _BR or not self.wraps_title():
                        self.flush()
                        self.heading = tag in _HEADINGS
                        self.in_pre = tag == "pre" or element is self.preformatted
                        if self.heading:
                            self.names_report = _heading_names_report(element)
                    text = element.text
                    if text:
                        if cell is not None:
                            cell.append(text)
                        elif not self.muted:
                            block_text(text)
                    if len(element):
                        stack.append((element, tag, kind, mute))
                        element = element[0]
                        continue
                    self.end(element, tag, kind, mute)
            # on to the next element in document order, ending the elements left
            while True:
                if not stack:
                    return
                following = element.getnext()
                if following is not None:
                    element = following
                    break
                element, tag, kind, mute = stack.pop()
                self.end(element, tag, kind, mute)

    def row_hidden(self, row: _Element, table: _Table) -> bool:
        """Whether a data table's row (or group of rows) that ``mutes`` (hidden, or site
        chrome) is hidden (see ``_cell_hiding``): browsers lay the table out without it.
        Its text is noted, to be reported."""
        names = row.keys()
        if not names or not _cell_hiding(row, names, self.page):
            return False
        table.row_open = False
        text = _clean(" ".join(str(part) for part in row.itertext()))
        if text:
            self.page.hidden.append((text, _line(row), _ROW))
        return True

    def cells(self, cell: _Element, text: str, table: _Table) -> _Element:
        """Add ``cell`` (its text is ``text``) and the cells after it in its row that are
        read whole to ``table``; return the last cell read."""
        marks = self.marks
        styles = self.hidden_styles
        sheets = self.sheets
        row = table.row()
        while True:
            table.add(row, text, cell)
            tail = cell.tail
            if (
                tail
                and not self.muted
                and (self.chars or not tail.isspace())  # else no effect
                and not self.mutes(cell, "td")
            ):
                self.last = cell  # the block's line, if the tail starts one
                self.last_below = True
                self.block_text(tail)
            following = cell.getnext()
            # (two comparisons: a set look-up would hash the new tag string)
            if following is None or ((tag := following.tag) != "td" and tag != "th"):
                break
            if len(following):
                read = len(marks)
                found = _cell_text(following, marks, styles, sheets)
                if found is None:  # the walker reads it tag by tag: its marks again
                    del marks[read:]
                    break
                text = found
            else:
                text = following.text or ""
            cell = following
        self.last = cell
        self.last_below = True
        return cell

    def end(self, element: _Element, tag: str, kind: int, mute: bool) -> None:
        cell = self.cell
        if kind == _INLINE:
            if tag == "a":
                self.links -= 1
        elif cell is not None:
            if kind == _CELL:
                table = self.tables[-1]
                if table is not None:
                    table.add(table.row(), "".join(cell), element)
                cell = self.cell = None
            elif kind != _BR:
                cell.append(_BREAK)
        elif kind == _TABLE:
            table = self.tables.pop() if self.tables else None
            self.flush()
            if table is not None:
                if table.groups:
                    _browser_order(table)
                self.entries.append(table)
        elif tag in _ROW_BOUNDS and self.tables and (table := self.tables[-1]) is not None:
            table.row_open = False
            if tag != "tr" and table.groups:
                group, start, _ = table.groups[-1]
                table.groups[-1] = (group, start, len(table.rows))
        elif kind != _BR:
            self.flush()
        if mute:
            self.muted -= 1  # (before its tail: that is the parent's text)
            self.hiding.discard(element)
        tail = element.tail
        if tail:
            self.tail_text(tail, cell)

    def tail_text(self, tail: str, cell: list[str] | None) -> None:
        """An element's tail: into the open cell, else into the text block unless muted."""
        if cell is not None:
            cell.append(tail)
        elif not self.muted:
            self.block_text(tail)

    def block_text(self, text: str) -> None:
        size = len(text.strip())
        if not size:
            if self.chars:  # white space before the block's first text is stripped anyway
                self.parts.append(text)
            return
        if not self.chars:
            last = self.last
            if last is not None and self.last_below:
                last = self.last = _last_inside(last)
                self.last_below = False
            self.line = _line(last) if last is not None else 0
        self.parts.append(text)
        self.chars += size
        if self.links:
            self.link_chars += size

    def wraps_title(self) -> bool:
        """Whether a ``<br>`` here wraps a title: in a heading that names a report, before
        the report is named (``<h1>某某自然资源和规划<br>局2023年…报告</h1>``)."""
        return self.heading and self.names_report and not _names_report("".join(self.parts))

    def flush(self) -> None:
        parts = self.parts
        if parts:
            if self.link_chars < self.chars or self.heading:
                joined = "".join(parts)
                content = _clean(joined)
                if content:
                    if self.in_pre and "\n" in joined:  # (lines kept for _typed_rows)
                        self.pre[len(self.entries)] = joined
                    elif "\t" in joined:  # (cells typed with tabs: kept for _typed_rows)
                        self.tabbed[len(self.entries)] = joined
                    self.entries.append(Row.of_texts((content,), self.line))
            elif len(self.link_titles) < 2 and self.chars <= _MAX_LINK_TITLE:
                joined = "".join(parts)
                if _names_report(joined):
                    content = _clean(joined)
                    if content not in self.link_titles:
                        self.link_titles.append(content)
            self.parts = []
            self.chars = self.link_chars = 0
        self.heading = self.in_pre = False


_WHITE_SPACE_KEPT = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)")  # (lower-case)


def _keeps_breaks(style: str) -> bool:
    """Whether a style keeps its text's line breaks (``white-space: pre``, ``pre-wrap``,
    ``pre-line``, ``break-spaces``): a site printing typed text as it is, read line by
    line as a ``<pre>``."""
    return _WHITE_SPACE_KEPT.search(style.lower()) is not None


#: The longest heading whose ``<br>`` can wrap a title (characters), and the most
#: elements in it: a longer heading is no title, and its lines stay apart.
_MAX_TITLE_HEADING = 200

_MAX_TITLE_ELEMENTS = 64


def _heading_names_report(heading: _Element) -> bool:
    """Whether a heading is a title naming a report (looked at only when it is small,
    so the work per heading is bounded, nested headings included)."""
    if next(islice(heading.iter(), _MAX_TITLE_ELEMENTS, None), None) is not None:
        return False
    text = "".join(str(part) for part in heading.itertext())
    return len(text) <= _MAX_TITLE_HEADING and _names_report(text)


def _cell_text(
    cell: _Element,
    marks: list[tuple[str, int, str]],
    styles: dict[str, int],
    sheets: _Sheets,
) -> str | None:
    """The text of a data-table cell, a space at each block boundary; None if it holds a
    cell (then the walker reads it tag by tag, to keep what that does to the table).

    Hidden elements are left out, as browsers do, and so are superscripts and subscripts
    (footnote marks: ``37<sup>1</sup>`` is 37, not 371) and struck-through text (a
    deletion: ``<del>73</del>37`` is 37, not 7337); each of those is added to ``marks``
    with its line and tag, to be reported. ``styles`` keeps the verdict on each
    ``style`` value (Word pages give every ``<span>`` the same few long styles);
    ``sheets`` knows the classes the page's style sheets hide.
    """
    text = cell.text
    if not len(cell):
        return text or ""
    parts = [text] if text else []
    append = parts.append
    open_: list[tuple[_Element, int]] = []
    element = cell[0]
    while True:
        tag = element.tag
        kind = _KIND.get(tag, _INLINE)
        if (
            kind < _SKIP
            and isinstance(tag, str)
            and (names := element.keys())
            and (verdict := _hidden(element, names, styles, sheets))
        ):
            if verdict >= _MARK:  # (else its text is not shown; its tail is)
                _left_out(element, marks, "s" if verdict == _STRIKE else "sup")
        elif tag in _LEFT_OUT:
            _left_out(element, marks, tag)
        elif tag == "dialog" and element.get("open") is None:
            pass  # (a closed pop-up: not shown; its tail is)
        elif kind < _SKIP and isinstance(tag, str):
            if kind:
                append("\v")  # (_BREAK: a literal costs no look-up)
            text = element.text
            if text:
                append(text)
            if len(element):
                open_.append((element, kind))
                element = element[0]
                continue
            if kind == _BLOCK:
                append("\v")
        elif kind > _SKIP:
            return None
        elif tag == "input" or tag == "textarea" or tag == "select":
            shown = _field_text(element, styles, sheets)
            if shown:
                append(f" {shown} ")
        while True:
            tail = element.tail
            if tail:
                append(tail)
            following = element.getnext()
            if following is not None:
                element = following
                break
            if not open_:
                return "".join(parts)
            element, kind = open_.pop()
            if kind == _BLOCK:
                append("\v")


def _field_text(element: _Element, styles: dict[str, int], sheets: _Sheets) -> str:
    """What a form field in a table cell shows: a text box's ``value``, a text area's
    text, a drop-down list's option (pages made by a reporting system print each value
    in a read-only box or list)."""
    if _hidden(element, element.keys(), styles, sheets):
        return ""
    if element.tag == "textarea":
        return element.text or ""
    if element.tag == "select":
        return _option_shown(element)
    kind = (element.get("type") or "text").strip().lower()
    return (element.get("value") or "") if kind in _TEXT_BOXES else ""


def _option_shown(select: _Element) -> str:
    """The number a drop-down list shows: its option selected last, else its first. A
    list showing words (a choice of unit, a menu) is a control beside the cell's value,
    and one showing several options (``multiple``) shows no one value: not read."""
    if select.get("multiple") is not None:
        return ""
    shown = None
    for option in select.iter("option"):
        if shown is None or option.get("selected") is not None:
            shown = option
    if shown is None:
        return ""
    label = shown.get("label") or "".join(str(part) for part in shown.itertext())
    return label if _reads_as_number(label) else ""


#: ``<input type>``s that show their value as text (not buttons, boxes or hidden ones).
_TEXT_BOXES = frozenset({"text", "number", "search", "tel", "url", "email", ""})

#: What a table cell's text leaves out: footnote marks and struck text (reported), and
#: ``<noscript>`` fallbacks (not shown as scripts run, as the walker mutes them).
_LEFT_OUT = _MARKS | _STRUCK | {"noscript"}


def _left_out(element: _Element, marks: list[tuple[str, int, str]], tag: str) -> None:
    """Note the text of a footnote mark or struck text left out of a cell's text, as what
    ``tag`` (``sup``, ``s``…) leaves out. (A ``<noscript>`` fallback is not noted: it is
    not shown, as scripts run.)"""
    if tag == "noscript":
        return
    mark = "".join(str(part) for part in element.itertext()).strip()
    if mark:
        marks.append((mark, _line(element), tag))


def _has_block(element: _Element) -> bool:
    """Whether a block or ``<br>`` (not inside a skipped element) is below ``element``."""
    if not len(element):
        return False
    depth = 0
    child = element[0]
    while True:
        tag = child.tag
        kind = _KIND.get(tag, _INLINE)
        if kind != _SKIP and isinstance(tag, str):
            if kind != _INLINE:
                return True
            if len(child):
                depth += 1
                child = child[0]
                continue
        following = child.getnext()
        while following is None:
            if not depth:
                return False
            depth -= 1
            parent = child.getparent()
            assert parent is not None
            child = parent
            following = child.getnext()
        child = following


def _last_inside(element: _Element) -> _Element:
    """The element started last when the walker goes through ``element``'s subtree."""
    while len(element):
        child: _Element | None = element[-1]
        while child is not None and (not isinstance(child.tag, str) or child.tag in _SKIP_TAGS):
            child = child.getprevious()
        if child is None:
            break
        element = child
    return element


def _chrome_name(value: str) -> bool:
    return not _CHROME.isdisjoint(_TOKEN_SPLIT.split(value.lower()))


def _materialize(entries: list[Row | _Table], findings: list[Finding]) -> list[Row]:
    """Text rows as they are; tables expanded, spacer columns dropped per run of tables."""
    budget = _Budget()
    grids: dict[int, _Grid] = {}
    skipped = 0
    for index, entry in enumerate(entries):
        if isinstance(entry, _Table):
            if budget.spent:
                skipped += 1
                continue
            grids[index] = _expand(entry, budget, findings)
    if budget.spent:
        findings.append(
            make(
                LIMIT_CODE,
                f"the page's tables hold more than {MAX_CELLS} cells; {skipped} table(s) "
                "after the limit was reached were not read",
            )
        )
    keep = _spacer_masks(entries, grids)
    rows: list[Row] = []
    for index, entry in enumerate(entries):
        if isinstance(entry, Row):
            rows.append(entry)
        elif index in grids:
            rows.extend(_grid_rows(grids[index], keep[index], findings))
    return rows

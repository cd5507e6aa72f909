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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from copy import deepcopy
from itertools import accumulate, islice
from operator import itemgetter

from attrs import define
from lxml import etree

from ..cells import Kind, read_value
from ..findings import Finding, make
from ..grid import Cell, Grid, ReadResult, Row
from ..metadata import is_organ_name, organ_from_title
from .base import SNIFF_PREFIX, shown_markup_decoded, unify_line_ends
from .line_cells import VALUE_ENDS, glued_finding, spaced_cells, tab_or_pipe_cells
from .pipe import pipe_cells, plain_bars

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

#: Tags whose text is not the page's (only their tails are read); ``<rt>`` is a ruby
#: annotation (a reading printed above the text), ``<rp>`` its fallback parentheses.
_SKIP_TAGS = frozenset(
    {
        "head", "script", "style", "template", "select", "option", "optgroup", "button",
        "input", "textarea", "iframe", "object", "embed", "svg", "math", "canvas", "audio",
        "video", "map", "rt", "rp",
    }
)  # fmt: skip
# Struck-through text (Word's tracked deletions, <s>): shown struck out, so not read.
_STRUCK = frozenset({"del", "s", "strike"})
#: Superscripts and subscripts: footnote marks (in a table cell, and after a title's 报告).
_MARKS = frozenset({"sup", "sub"})
#: (and a closed ``<details>``: browsers show only its ``<summary>``, muted with it)
_MUTE = frozenset({"nav", "aside", "footer", "noscript", "menu", "details"}) | _STRUCK | _MARKS
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
_INLINE_TAGS = frozenset(
    {"a", "b", "i", "u", "s", "em", "strong", "small", "big", "sup", "sub", "ins", "del", "font",
     "span", "o:p", "abbr", "label", "code", "mark", "q", "tt", "nobr", "wbr", "img"}
)  # fmt: skip
_CHROME = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs",
        "crumb", "crumbs", "sidebar", "footer", "copyright", "toolbar", "share",
    }
)  # fmt: skip
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
# Matched on lower-case text, as browsers match CSS words (ASCII case-insensitively);
# each starts with a literal, which makes a search cheap.
_DISPLAY_NONE = re.compile(r"display\s*:\s*none")
# (collapse: a row or column browsers leave out; any other element is hidden)
_VISIBILITY_HIDDEN = re.compile(r"visibility\s*:\s*(?:hidden|collapse)")
# A font size of 0 in any unit (not mso-bidi-font-size and the like): anti-copy text.
_ZERO_FONT = re.compile(
    r"(?<![\w-])font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:[a-z%]{1,4})?\s*(?:!\s*important\s*)?(?:[;}]|\Z)"
)  # (on lower-case text)
# Raised or lowered text (a footnote mark made with CSS), Word's footnote reference.
_RAISED = re.compile(r"vertical-align\s*:\s*(?:super|sub)\b|mso-(?:foot|end)note-id")
# Word's footnote, endnote and review-comment references ([1], [i], [ZS1]).
_WORD_NOTE_CLASSES = frozenset(
    {"msofootnotereference", "msoendnotereference", "msocommentreference", "msocomanchor"}
)
_LINE_THROUGH = re.compile("line-through")
_ZERO_SIZE = re.compile(r"font-size\s*:\s*\.?0")  # (on lower-case text)
# Transparent text (anti-copy characters shown as nothing): no opacity, or a transparent
# colour (not a background's).
_TRANSPARENT = re.compile(
    r"(?<![\w-])(?:opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)%?\s*(?:!\s*important\s*)?(?:[;}]|\Z)"
    r"|color\s*:\s*transparent\b)"
)  # (on lower-case text)
#: Verdicts on a style or class: shown, hidden, hidden if it holds no text with a size
#: (font size 0), a footnote mark or struck-through text (left out of the text, and
#: reported in a table cell), hidden if it holds no text with a colour (transparent).
_SHOWN, _HIDES, _NO_FONT, _MARK, _STRIKE, _CLEAR = 0, 1, 2, 3, 4, 5
#: Most elements inside an inline element of font size 0 that can still hide its text.
_MAX_ZERO_FONT_INSIDE = 32
# In the page's style sheets: comments, a lone class selector, the words that start a
# hiding declaration (display:none, visibility:hidden, font-size:0).
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)  # (an unclosed one ends the sheet)
_CLASS_SELECTOR = re.compile(r"\s*\.(-?[a-z_][\w-]*)\s*")
_HIDING_WORDS = {
    "display": _DISPLAY_NONE,
    "visibility": _VISIBILITY_HIDDEN,
    "font-size": _ZERO_FONT,
    "vertical-align": _RAISED,
    "line-through": _LINE_THROUGH,
    "opacity": _TRANSPARENT,
    # (found by its value: "color" is in most rules, and each rule found is judged)
    "transparent": re.compile(r"(?:(?<=[^\w-]color:)|(?<=[^\w-]color: ))transparent\b"),
}
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00")
_INVISIBLE_CHAR = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00]")
_SPAN_DIGITS = re.compile(r"\s*\+?(\d{1,9})")
_TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜丨│]|--?|—+|－+|–)\s*")
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

_Element = etree._Element

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


def _hidden_finding(text: str, line: int, hiding: int) -> Finding:
    """The ``repaired_cell`` info for a table cell or row hidden by its style, its class
    or the ``hidden`` attribute, that held text."""
    if hiding == _ROW:
        what = (
            f"table row {text!r} is hidden (its style, class or hidden attribute, or its "
            "row group's: display: none, visibility: hidden or collapse); not read"
        )
    elif hiding == _GONE:
        what = (
            f"table cell {text!r} is hidden (display: none, by its style or class, or the "
            "hidden attribute); browsers lay its row out without it, and so was it read"
        )
    else:
        what = f"table cell {text!r} is invisible (visibility: hidden); read as blank"
    return make("repaired_cell", what, line=line, severity="info")


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


# --- parsing ---------------------------------------------------------------------------


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


def _page_title(root: _Element) -> Cell | None:
    """The ``<title>``, without the site name that pages append (``报告_栏目_网站``); when
    it names no report (only the site), the first title ``<meta>`` that names one
    (``ArticleTitle``, which government sites' article pages carry, ``og:title``,
    ``twitter:title``, ``DC.title``)."""
    element = root.find("head/title")
    if element is None:
        element = root.find(".//title")
    page_title: Cell | None = None
    if element is not None:
        text = _clean("".join(str(part) for part in element.itertext()))
        parts = _title_parts(text)
        chosen = _report_part(parts)
        if chosen is not None:
            return Cell(_with_organ_after(_without_site(chosen), parts, chosen), _line(element), 0)
        page_title = Cell(text, _line(element), 0) if text else None
    meta = _title_meta(root)
    if meta is not None:
        content = _clean(meta.get("content") or "")
        parts = _title_parts(content)  # (parted as a <title> is: 报告 :: 某局)
        chosen = _report_part(parts) or content
        return Cell(_with_organ_after(_without_site(chosen), parts, chosen), _line(meta), 0)
    return page_title


def _title_meta(root: _Element) -> _Element | None:
    """The page's first title ``<meta>`` (see :data:`_TITLE_METAS`) naming a report."""
    for meta in root.iterfind("head/meta"):
        name = meta.get("name") or meta.get("property")
        if name and name.lower() in _TITLE_METAS and _names_report(meta.get("content") or ""):
            return meta
    return None


def _title_parts(text: str) -> list[str]:
    """A page title's parts (the report's title, the site's columns and name, the
    organ's), parted by the marks sites print between them: ``_``, ``|``, dashes, and
    also ``::``, ``»``, ``›``, ``>``, ``‖``, and ``~``, ``/``, ``·`` with spaces
    around them (unspaced, they may be a name's or a year's: 第一师·阿拉尔市)."""
    if _MORE_TITLE_MARKS.search(text) is None:
        return [part for part in _TITLE_SEPARATORS.split(text) if part]
    return [part for part in _TITLE_PARTS.split(text) if part]


#: The marks parting a page title besides ``_TITLE_SEPARATORS`` (see :func:`_title_parts`).
_MORE_TITLE_MARKS = re.compile(r"::|[»›>‖]|\s[~/／·•・]\s")
_TITLE_PARTS = re.compile(r"\s*(?:[_|｜丨│‖»›>]|::|--?|—+|－+|–|(?<=\s)[~/／·•・](?=\s))\s*")


def _with_organ_after(title: str, parts: list[str], chosen: str) -> str:
    """A page title naming no organ with the name the site prints after it kept
    (``2023年…报告_某局``), where that is a department's: the metadata reads it as the
    organ only where the text names none (as it does a text's first line). A
    government's name there (``…_某县人民政府``) is left out: its portal hosts its
    departments' reports."""
    if parts[-1] is chosen or organ_from_title(title) is not None:
        return title
    at = next(index for index, part in enumerate(parts) if part is chosen)
    for after in parts[at + 1 :]:  # (a site's columns may stand between)
        organ = _department(after)
        if organ is not None:
            return f"{title}_{organ}"
        if _owns_a_portal(after):
            return title
    return title


def _department(name: str) -> str | None:
    """``name`` if it is a department's name, or the department whose site it names
    (``某局网站``, ``某局门户网站``); ``None`` for a government's or its portal's."""
    for word in _DEPARTMENT_SITE_WORDS:
        if name.endswith(word):
            name = name[: -len(word)]
            break
    if (name.endswith("政府") and not _TOWNSHIP.search(name)) or not is_organ_name(name):
        return None
    return name


#: A township's government (某镇人民政府, 某乡政府, 某苏木人民政府): the reporting body
#: where a page title names it, as no department's reports are hosted under its name.
_TOWNSHIP = re.compile(r"(?:镇|乡|苏木|鎮|鄉)(?:人民)?政府$")


#: How a department's site's name ends after the department's name.
_DEPARTMENT_SITE_WORDS = ("门户网站", "门户网", "官方网站", "网站", "官网", "網站", "門戶網站")


def _owns_a_portal(name: str) -> bool:
    """Whether ``name`` is a site's or a government's (a portal hosting its departments'
    reports), not a department's own name."""
    return _names_site(name) or name.endswith(("政府", "人民政府")) or _names_report(name)


def _organ_before_title(root: _Element) -> str | None:
    """The name printed before the report's words in the page's ``<title>``
    (``某局 | 2023年…报告``): the article's own body, as sites print their own name after
    the title. Not a site's name, nor a government's (人民政府: a portal's owner, hosting
    its departments' reports, may print its name first); the metadata reads it only if
    it is an organ's name, and only where the text names none."""
    element = root.find("head/title")
    text = "" if element is None else _clean("".join(str(part) for part in element.itertext()))
    parts = _title_parts(text)
    chosen = _report_part(parts)
    if chosen is None and (meta := _title_meta(root)) is not None:
        # a <title> naming no report (only the site): the title <meta> read instead
        parts = _title_parts(_clean(meta.get("content") or ""))
        chosen = _report_part(parts)
    if chosen is None or len(parts) < 2:
        return None
    at = next(index for index, part in enumerate(parts) if part is chosen)
    for before in reversed(parts[:at]):  # (a site's columns may stand between)
        organ = _department(before)
        if organ is not None:
            return organ
        if _owns_a_portal(before):
            return None
    return None


def _report_part(parts: list[str]) -> str | None:
    """The part of a page title that is the report's title: the longest naming a report
    (not a column such as 年度报告), else the first naming 报告."""
    named = [part for part in parts if _names_report(part)]
    if named:
        return max(named, key=len)
    return next((part for part in parts if "报告" in part or "報告" in part), None)


def _without_site(title: str) -> str:
    """A page title naming a report without the site's name beside it in brackets
    (``【…网站】``) or after a mark the title separators leave alone (·, •, /, ＿, », or
    white space), maybe with short parts (the site's columns) between: the other parts
    must be a site's name and such short parts, else the title is kept whole
    (第一师·阿拉尔市…, a year spaced out)."""
    bracketed = _BRACKETED.search(title)
    if bracketed is not None and _names_site(bracketed.group(1) or bracketed.group(2)):
        title = (title[: bracketed.start()] + title[bracketed.end() :]).strip()
    if not _SITE_MARK.search(title):
        return title
    parts = [part for part in _SITE_MARKS.split(title) if part]
    chosen = _report_part(parts)
    others = [part for part in parts if part is not chosen]
    if (
        chosen is not None
        and any(map(_names_site, others))
        and all(_names_site(part) or len(part) <= _MAX_COLUMN for part in others)
    ):
        return chosen
    return title


def _names_site(text: str) -> bool:
    """Whether ``text`` is a web site's name (…门户网站, …政府网, …平台), not an organ's
    (网信办 names an office)."""
    return text.endswith(_SITE_ENDS) or "门户" in text or "門戶" in text


#: Marks that part a page title from the site's name, besides ``_TITLE_SEPARATORS``.
_SITE_MARKS = re.compile(r"\s*[·•・／/＿»›]\s*|\s+")
_SITE_MARK = re.compile(r"[·•・／/＿»›\s]")
#: A bracketed part at the start or the end of a title (a site's name?): its text.
_BRACKETED = re.compile(
    r"\A\s*[【\[（(]([^】\]）)]{1,60})[】\]）)]|[【\[（(]([^】\]）)]{1,60})[】\]）)]\s*\Z"
)
#: Longest part between a page title and the site's name read as a column of the site.
_MAX_COLUMN = 8
#: How a web site's name ends.
_SITE_ENDS = ("网", "网站", "網", "網站", "平台")


def _described_title(root: _Element) -> str | None:
    """The page's ``<meta name="description">`` if it reads as a report's title (site
    systems fill it with the article's title, or its first words): it names a report,
    ends with its noun (报告, 年报) and holds no sentence or list punctuation. Only a
    hint, for a page whose body and ``<title>`` name no report."""
    text = _meta_content(root, "description")
    if (
        text is not None
        and len(text) <= _MAX_LINK_TITLE
        and text.endswith(_TITLE_ENDS)
        and _names_report(text)
        and not any(mark in text for mark in _PROSE_MARKS)
    ):
        return text
    return None


def _content_source(root: _Element) -> str | None:
    """The page's ``<meta name="ContentSource">`` (信息来源, the body that published the
    article, which government sites' article pages carry), if it prints anything. Only a
    hint: the text's issuer lines and title go before it."""
    return _meta_content(root, "contentsource") or None


def _meta_content(root: _Element, name: str) -> str | None:
    """The cleaned content of the page's first ``<meta>`` named ``name`` (lower case;
    names are matched case-blind), ``None`` if there is none."""
    for meta in root.iterfind("head/meta"):
        named = meta.get("name")
        if named and named.lower() == name:
            return _clean(meta.get("content") or "")
    return None


_TITLE_ENDS = ("报告", "年报", "報告", "年報")
_PROSE_MARKS = "，。；,;！？!?"


#: ``<meta>`` names (or ``property``) that carry an article's title: government sites'
#: ArticleTitle, share cards' (Open Graph, as WeChat's, and Twitter's), Dublin Core's.
_TITLE_METAS = frozenset({"articletitle", "og:title", "twitter:title", "dc.title"})


def _names_report(text: str) -> bool:
    """Whether ``text`` can be a report's title: it names 报 (报告, 年报) and 信息公开 or
    政务公开, in either script."""
    return ("报" in text or "報" in text) and any(word in text for word in _DISCLOSURE)


_DISCLOSURE = ("信息公开", "政务公开", "信息公開", "政務公開")


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


# --- walking the page --------------------------------------------------------------------


#: A cell as read: text, line, colspan, rowspan (plain tuples: tables have many).
_RawCell = tuple[str, int, int, int]


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


#: How a cell is hidden: not at all, taking no column (``display: none``), shown empty
#: (``visibility: hidden``); and a whole row hidden.
_SHOWN_CELL, _GONE, _BLANK, _ROW = 0, 1, 2, 3
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
            and (self.judging or "hidden" in names)
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
        if not cleaned and len(element) and element.find(".//img") is not None:
            self.images.append(line or 0)  # (a value printed as a picture: not read)
        row.append((cleaned, line or 0, colspan, rowspan))


#: The ``id`` of a WeChat article's text, hidden by its style until a script shows it.
_SHOWN_BY_SCRIPT = "js_content"


def _shown_by_script(element: _Element) -> bool:
    """Whether a hidden element is one a script shows once the page loads (a WeChat
    article's ``#js_content``): its text is the page's, and read."""
    return element.get("id") == _SHOWN_BY_SCRIPT


def _cell_hiding(element: _Element, names: Sequence[str | bytes], page: _Page) -> int:
    """How a table cell is hidden: ``_GONE`` (the ``hidden`` attribute, ``display:
    none`` in its style or a class of the page's style sheets), ``_BLANK`` (``visibility:
    hidden``) or ``_SHOWN_CELL``. Also used for rows (either hides a row)."""
    if "hidden" in names:
        return _GONE
    if "style" in names:
        style = element.get("style")
        # (Word gives cells long styles, a cost to judge: only one naming display or
        # visibility, in lower or upper case or capitalized, is; both hold a y, which
        # str's search for one character finds fastest, and cells' styles rarely do)
        if (
            style
            and ("y" in style or "Y" in style)
            and (
                "isplay" in style
                or "isibility" in style
                or "ISPLAY" in style
                or "ISIBILITY" in style
            )
            and _judged(page.styles, style, _hidden_style) == _HIDES
        ):
            return _GONE if _DISPLAY_NONE.search(style.lower()) else _BLANK
    if "class" in names:
        value = element.get("class")
        if value:
            return page.sheets.cell_hiding(element, value)
    return _SHOWN_CELL


def _judged(verdicts: dict[str, int], value: str | None, judge: Callable[[str], int]) -> int:
    """``judge(value)`` for a non-empty attribute value, remembered in ``verdicts``."""
    if not value:
        return _SHOWN
    verdict = verdicts.get(value)
    if verdict is None:
        verdict = verdicts[value] = judge(value)
    return verdict


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
            return tag != "details" or element.get("open") is None
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


#: The longest block of links read as a title printed as a link.
_MAX_LINK_TITLE = 120


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


def _hidden(
    element: _Element,
    names: Sequence[str | bytes],
    styles: dict[str, int],
    sheets: _Sheets | None = None,
) -> int:
    """Whether browsers do not show an element (``_HIDES``: the ``hidden`` attribute, a
    hiding style, a class the page's style sheets hide), show it as a footnote mark
    (``_MARK``: raised or lowered by CSS, Word's footnote reference, by its class or its
    link's name) or struck through
    (``_STRIKE``: ``text-decoration: line-through``, as editors strike text), or show
    it (``_SHOWN``, 0).

    ``names`` are its attributes' names (``keys()``): a look-up in them costs a small
    part of an lxml ``get``, which is made for the style only if there is one.
    """
    if "hidden" in names:
        return _HIDES
    if "style" in names:
        verdict = _judged(styles, element.get("style"), _hidden_style)
        if verdict and (verdict := _effect(element, verdict)):
            return verdict
    if ("name" in names or "href" in names) and element.tag == "a" and _word_note_link(element):
        return _MARK
    if sheets is not None and "class" in names:
        value = element.get("class")
        if value:
            return sheets.verdict(element, value)
    return _SHOWN


#: How Word names a footnote's or endnote's reference (``<a name="_ftnref1"
#: href="#_ftn1">``), kept by sites that drop the reference's class and style.
_NOTE_ANCHORS = ("_ftnref", "_ednref")
_NOTE_TARGETS = ("#_ftn", "#_edn")


def _word_note_link(link: _Element) -> bool:
    """Whether a link is Word's reference to a footnote or endnote (a footnote mark)."""
    name = link.get("name")
    if name is not None and name.startswith(_NOTE_ANCHORS):
        return True
    href = link.get("href")  # (most links name no anchor: one search tells)
    return (
        href is not None and "#_" in href and (_NOTE_TARGETS[0] in href or _NOTE_TARGETS[1] in href)
    )


def _effect(element: _Element, verdict: int) -> int:
    """What a style (or class) judged ``verdict`` does to ``element``.

    A font size of 0 hides the text of a small inline element (``<span>``, ``<font>``:
    anti-copy characters among the report's); a block of font size 0 is a layout trick
    (no gaps between inline blocks) whose children set their own size, and so is an
    element holding one that sizes its text. So for transparent text: a block made
    transparent is one that scripts fade in, and an element holding one that sets a
    colour shows it. Only inline text is a footnote mark.
    """
    if verdict in (_HIDES, _STRIKE):
        return verdict
    if element.tag not in _INLINE_TAGS:
        return _SHOWN
    if verdict == _MARK:
        return verdict
    resets = "color" if verdict == _CLEAR else "size"  # (a <font> attribute, a style's word)
    for count, inner in enumerate(element.iterdescendants()):
        if count >= _MAX_ZERO_FONT_INSIDE or (inner.tag == "font" and inner.get(resets)):
            return _SHOWN
        style = inner.get("style")
        if style and resets in style.lower():
            return _SHOWN
    return _HIDES


#: How the CSS lays an element out, as far as its text is concerned: not a box of its own
#: (inline), a box (a block, an inline block, a table cell…), or a container whose
#: children are boxes (flex, grid).
_BOX_NONE, _BOX, _BOX_CONTAINER = 0, 1, 2
_BOX_DISPLAY = re.compile(
    r"display\s*:\s*(inline-block|inline-flex|inline-grid|inline-table|table-cell|table-row|"
    r"table|flex|grid|block|list-item|flow-root)(?![\w-])"
)
#: A lone class's rule setting a box display (lower case).
_BOX_RULE = re.compile(r"\.(-?[a-z_][\w-]*)\s*\{[^{}]*?" + _BOX_DISPLAY.pattern)


def _box_of(display: str) -> int:
    """What a ``display`` value makes of an element (see ``_BOX``)."""
    return _BOX_CONTAINER if display in ("flex", "grid", "inline-flex", "inline-grid") else _BOX


def _box(style: str) -> int:
    """What an element's ``style`` makes of it (see ``_BOX``)."""
    match = _BOX_DISPLAY.search(style.lower())
    return _BOX_NONE if match is None else _box_of(match.group(1))


def _class_box(boxes: dict[str, int], value: str, element: _Element) -> bool:
    """Whether the inline ``element``, whose classes are ``value``, is a box by the sheets'
    ``boxes``: by a class of its own, or as a child of a flex or grid container."""
    if any(name in boxes for name in value.lower().split()):
        return True
    parent = element.getparent()
    around = parent.get("class") if parent is not None else None
    if not around:
        return False
    return any(boxes.get(name) == _BOX_CONTAINER for name in around.lower().split())


#: A PDF converter's spacer class and its width (pdf2htmlEX: ``._3{width:36.8px;}``).
_SPACER_RULE = re.compile(r"\.(_\w{1,8})\s*\{\s*(?:width|margin-left)\s*:\s*(\d{1,5}(?:\.\d*)?)px")
#: The least width in pixels of a spacer read as a gap between cells: kerning steps are a
#: pixel or two, the gaps between a table's columns tens.
_GAP_WIDTH = 10.0


class _Sheets:
    """The classes a page's ``<style>`` sheets hide or raise, found when first asked for."""

    __slots__ = ("classes", "gaps", "gone", "root", "scoped", "texts")

    def __init__(self, root: _Element) -> None:
        self.root = root
        self.texts: list[str] | None = None  # the sheets' texts, found when first asked for
        #: The classes of a PDF converter's spacer spans as wide as a gap (see ``gap``).
        self.gaps: set[str] | None = None
        self.classes: dict[str, int] | None = None  # lower-case class → verdict
        self.gone: set[str] = set()  # the classes hidden by display:none
        #: The other rules judged (see ``_ScopedRule``), by a class their element has.
        self.scoped: dict[str, list[_ScopedRule]] = {}

    def _classes(self) -> dict[str, int]:
        classes = self.classes
        if classes is None:
            classes = self.classes = {}
            for css in self._texts():
                _read_style_sheet(css, classes, self.gone, self.scoped)
        return classes

    def box_classes(self) -> dict[str, int]:
        """The classes that a lone class rule of the sheets lays out as boxes (see
        ``_box``): ``.td{display:table-cell}``, ``.tr{display:flex}``."""
        boxes: dict[str, int] = {}
        for css in self._texts():
            lowered = css.lower()
            if "display" in lowered:
                for name, display in _BOX_RULE.findall(lowered):
                    boxes[name] = _box_of(display)
        return boxes

    def _texts(self) -> list[str]:
        """The texts of the page's ``<style>`` sheets (one walk over the tree)."""
        texts = self.texts
        if texts is None:
            texts = self.texts = [style.text for style in self.root.iter("style") if style.text]
        return texts

    def gap(self, value: str) -> bool:
        """Whether an empty ``<span>`` of class ``value`` is a PDF converter's spacer as
        wide as a gap between two cells (pdf2htmlEX's ``_ _N``, given its width by the
        sheets: ``._N{width:36.8px}``), not a kerning step (``._0{margin-left:-1px}``)."""
        names = value.split()
        if len(names) < 2 or names[0] != "_":
            return False
        gaps = self.gaps
        if gaps is None:
            gaps = self.gaps = set()
            for css in self._texts():
                if "._" in css:
                    for name, width in _SPACER_RULE.findall(css):
                        if float(width) >= _GAP_WIDTH:
                            gaps.add(name)
        return any(name in gaps for name in names[1:])

    def _scoped_rule(self, element: _Element, names: list[str]) -> _ScopedRule | None:
        """The first scoped rule (one naming more than a class) that applies to
        ``element``, whose classes are ``names``."""
        scoped = self.scoped
        for name in names:
            for rule in scoped.get(name, ()):
                if rule.applies(element, names):
                    return rule
        return None

    def cell_hiding(self, element: _Element, value: str) -> int:
        """How the classes in ``value`` (``element``'s ``class``: a table cell's or row's)
        hide it (see ``_cell_hiding``)."""
        classes = self._classes()
        if not classes and not self.scoped:
            return _SHOWN_CELL
        names = value.lower().split()
        for name in names:
            if classes.get(name) == _HIDES:
                return _GONE if name in self.gone else _BLANK
        rule = self._scoped_rule(element, names) if self.scoped else None
        if rule is not None and rule.verdict == _HIDES:
            return _GONE if rule.removes else _BLANK
        return _SHOWN_CELL

    def verdict(self, element: _Element, value: str) -> int:
        """What the classes in ``value`` (the element's ``class``) do to the inline
        ``element`` (see ``_hidden``). Only inline elements: anti-copy characters are
        spans; a block hidden by a class is a menu or a tab that scripts show."""
        if element.tag not in _INLINE_TAGS:
            return _SHOWN
        names = value.lower().split()  # (matched as in quirks mode)
        if not _WORD_NOTE_CLASSES.isdisjoint(names):
            return _MARK
        classes = self._classes()
        for name in names:
            verdict = classes.get(name)
            if verdict and (verdict := _effect(element, verdict)):
                return verdict
        if self.scoped and (rule := self._scoped_rule(element, names)) is not None:
            return _effect(element, rule.verdict)
        return _SHOWN


def _read_style_sheet(
    css: str, found: dict[str, int], gone: set[str], scoped: dict[str, list[_ScopedRule]]
) -> None:
    """Add to ``found`` the classes that ``css`` hides with a top-level rule of their own
    (``.x{display:none}``, ``.x, .y{font-size:0}``; not inside another block, but for an
    ``@media`` block that a desktop browser applies, see ``_desktop_media``), and to
    ``gone`` those it hides by ``display: none``; to ``scoped`` the rules whose selector
    names more than a class (see ``_ScopedRule``). Each hiding word is found with
    ``str.find``; linear in the sheet's size."""
    lowered = css.lower()
    if "/*" in lowered:
        lowered = _CSS_COMMENT.sub(" ", lowered)
    starts = sorted(
        at
        for word, pattern in _HIDING_WORDS.items()
        for at in _occurrences(lowered, word)
        if pattern.match(lowered, at)
    )
    media = _desktop_media(lowered) if starts and "@media" in lowered else []
    block_index = 0
    rule = _Rule()
    last = 0
    for at in starts:
        rule.advance(lowered, last, at)
        last = at
        while block_index < len(media) and media[block_index][1] < at:
            block_index += 1
        depth = 1
        if block_index < len(media) and media[block_index][0] < at:
            depth = 2  # in an @media block a desktop browser applies
        if rule.opened < 0 or rule.depth != depth or rule.opened == rule.judged:
            continue  # not in a rule, in one inside another block, or judged
        rule.judged = opened = rule.opened
        start = rule.selector
        start = max(start, lowered.rfind(";", start, opened) + 1)  # (after @import …;)
        close = lowered.find("}", opened)
        block = lowered[opened + 1 : close if close >= 0 else len(lowered)]
        verdict = _hidden_style(block)
        removes = verdict == _HIDES and _DISPLAY_NONE.search(block) is not None
        if not verdict:
            continue
        for selector in lowered[start:opened].split(","):
            match = _CLASS_SELECTOR.fullmatch(selector)
            if match is not None:
                found[match.group(1)] = verdict
                if removes:
                    gone.add(match.group(1))
            elif len(scoped) < _MAX_SCOPED_CLASSES and (
                read := _ScopedRule.read(selector, verdict, removes)
            ):
                rules = scoped.setdefault(read.element[2][0], [])
                if len(rules) < _MAX_SCOPED_RULES:
                    rules.append(read)


#: Scoped hiding rules kept per page: classes, rules per class (each element of such a
#: class is matched against its rules; more would let a hostile sheet cost quadratic time).
_MAX_SCOPED_CLASSES = 256
_MAX_SCOPED_RULES = 16
#: A compound selector made of a tag (or ``*``), ids and classes, and nothing else.
_COMPOUND = re.compile(r"(?:([a-z][a-z0-9]*)|\*)?((?:[.#]-?[a-z_][\w-]*)*)")
_SIMPLE = re.compile(r"[.#]-?[a-z_][\w-]*")
#: What a compound selector asks of an element: its tag (or None), its id (or None),
#: classes it has (all lower-case).
_Compound = tuple[str | None, str | None, tuple[str, ...]]


def _compound(text: str) -> _Compound | None:
    """A compound selector read (see ``_COMPOUND``), or None for anything else."""
    match = _COMPOUND.fullmatch(text)
    if match is None or not text:
        return None
    ids: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    for simple in _SIMPLE.findall(match.group(2)):
        if simple[0] == "#":
            ids += (simple[1:],)
        else:
            classes += (simple[1:],)
    if len(ids) > 1:
        return None
    return match.group(1), ids[0] if ids else None, classes


def _compound_matches(element: _Element, compound: _Compound, names: list[str] | None) -> bool:
    """Whether ``element`` (whose lower-case classes are ``names``, if known) is what
    ``compound`` asks for (ids are compared as the sheets are read: in lower case)."""
    tag, id_, classes = compound
    if tag is not None and element.tag != tag:
        return False
    if id_ is not None and (element.get("id") or "").lower() != id_:
        return False
    if classes:
        if names is None:
            names = (element.get("class") or "").lower().split()
        return all(name in names for name in classes)
    return True


@define
class _ScopedRule:
    """A hiding rule whose selector names more than a class: the element's tag or other
    classes (``span.x``, ``.a.x``), or elements around it (``.TRS_Editor .x``,
    ``#zoom > p .x``: an article box scoping its rules). Only tags, ids and classes with
    descendant or child combinators are read (a child is taken for any descendant);
    the element's part must name a class."""

    element: _Compound
    around: tuple[_Compound, ...]  # outermost first
    verdict: int
    removes: bool  # display:none (the element takes no room)

    @classmethod
    def read(cls, selector: str, verdict: int, removes: bool) -> _ScopedRule | None:
        """The rule of one selector of a hiding rule's list, or None if it says more
        than tags, ids and classes or its element's part names no class."""
        parts = [_compound(part) for part in selector.replace(">", " ").split()]
        if not parts or any(part is None for part in parts):
            return None
        compounds = [part for part in parts if part is not None]
        if not compounds[-1][2]:
            return None
        return cls(compounds[-1], tuple(compounds[:-1]), verdict, removes)

    def applies(self, element: _Element, names: list[str]) -> bool:
        """Whether the rule applies to ``element`` (whose classes are ``names``): it
        matches, and so do elements around it, innermost first."""
        if not _compound_matches(element, self.element, names):
            return False
        waiting = len(self.around) - 1
        if waiting < 0:
            return True
        for outer in element.iterancestors():
            if _compound_matches(outer, self.around[waiting], None):
                waiting -= 1
                if waiting < 0:
                    return True
        return False


#: The viewport width (CSS pixels) of the desktop browser whose ``@media`` rules apply.
_DESKTOP_WIDTH = 1366
_MEDIA_WIDTH = re.compile(r"\(\s*(min|max)-width\s*:\s*(\d{1,5}(?:\.\d*)?)\s*(px|r?em)?\s*\)")


def _desktop_media(css: str) -> list[tuple[int, int]]:
    """The ``@media`` blocks (``{`` and ``}`` positions, in order) of the lower-case
    ``css`` that a desktop browser's screen applies: each query of its list made of
    ``screen``, ``all``, ``only``, ``and`` and ``min-width``/``max-width`` that a
    viewport ``_DESKTOP_WIDTH`` pixels wide meets (a responsive page hides its mobile
    copy with ``@media (min-width:768px){.wap{display:none}}``). Print, other features
    and ``not`` never apply; an ``@media`` nested in another is skipped. Linear: every
    search starts past the last."""
    blocks: list[tuple[int, int]] = []
    at = css.find("@media")
    while at >= 0:
        opening = css.find("{", at)
        if opening < 0:
            break
        # its closing brace: the next of each kind of brace is found once, moving on
        next_open, next_close = css.find("{", opening + 1), css.find("}", opening + 1)
        close, depth = len(css), 1
        while next_close >= 0:
            if 0 <= next_open < next_close:
                depth += 1
                next_open = css.find("{", next_open + 1)
                continue
            depth -= 1
            if not depth:
                close = next_close
                break
            next_close = css.find("}", next_close + 1)
        if _applies_on_desktop(css[at + len("@media") : opening]):
            blocks.append((opening, close))
        at = css.find("@media", close)
    return blocks


def _applies_on_desktop(queries: str) -> bool:
    """Whether a media query list applies on a desktop screen (see ``_desktop_media``)."""
    for query in queries.split(","):
        fits = True
        for kind, number, unit in _MEDIA_WIDTH.findall(query):
            width = float(number) * (16 if unit in ("em", "rem") else 1)
            if (width > _DESKTOP_WIDTH) if kind == "min" else (width < _DESKTOP_WIDTH):
                fits = False
        words = _MEDIA_WIDTH.sub(" ", query).split()
        if fits and all(word in ("screen", "all", "only", "and") for word in words):
            return True
    return False


class _Rule:
    """Where a style sheet's reading stands: braces open, the rule it is in (the ``{``
    and where its selector starts), the last brace, and the rule judged last. Moved on
    by ``advance``, which only looks between the last position and the next, so a sheet
    is read in linear time whatever its braces."""

    __slots__ = ("depth", "judged", "last_brace", "opened", "selector")

    def __init__(self) -> None:
        self.depth = 0
        self.opened = self.judged = self.last_brace = -1
        self.selector = 0

    def advance(self, css: str, start: int, end: int) -> None:
        """Take in the braces in ``css[start:end]``."""
        opening = css.rfind("{", start, end)
        closing = css.rfind("}", start, end)
        if opening < 0 and closing < 0:
            return
        self.depth += css.count("{", start, end) - css.count("}", start, end)
        if opening > closing:
            before = max(css.rfind("}", start, opening), css.rfind("{", start, opening))
            self.selector = (before if before >= 0 else self.last_brace) + 1
            self.opened = opening
        else:
            self.opened = -1
        self.last_brace = max(opening, closing)


def _occurrences(text: str, word: str) -> list[int]:
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word))
    return found


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


def _hidden_style(style: str) -> int:
    """The verdict on a style: ``_HIDES``, ``_NO_FONT`` (font size 0), ``_STRIKE``
    (struck through), ``_CLEAR`` (transparent), ``_MARK`` (raised or lowered text,
    Word's footnote reference) or ``_SHOWN``. Each pattern runs only on the styles
    holding its last word."""
    lowered = style.lower()
    if ("none" in lowered and _DISPLAY_NONE.search(lowered)) or (
        ("hidden" in lowered or "collapse" in lowered) and _VISIBILITY_HIDDEN.search(lowered)
    ):
        return _HIDES
    if "size" in lowered and _ZERO_SIZE.search(lowered) and _ZERO_FONT.search(lowered):
        return _NO_FONT
    if "line-through" in lowered:
        return _STRIKE
    if (
        ("opacity" in lowered or "transparent" in lowered)
        and _TRANSPARENT.search(lowered)
        and "clip" not in lowered
        and "shadow" not in lowered
    ):
        return _CLEAR  # (unless the text is painted otherwise: a gradient, a shadow)
    if ("sub" in lowered or "super" in lowered or "note-id" in lowered) and _RAISED.search(lowered):
        return _MARK
    return _SHOWN


def _chrome_name(value: str) -> bool:
    return not _CHROME.isdisjoint(_TOKEN_SPLIT.split(value.lower()))


# --- tables → rows --------------------------------------------------------------------


#: A cell placed on the grid: text, line, first column, columns spanned, and whether it
#: is carried down from a row above (then the same tuple stands in each row it covers).
_Placed = tuple[str, int, int, int, bool]
_text, _line_of, _column = itemgetter(0), itemgetter(1), itemgetter(2)
#: How a grid row is laid out (see :attr:`_Grid.plain`).
_MIXED, _PLAIN, _OWN_TEXT = 0, 1, 2


@define
class _Grid:
    rows: list[list[_Placed]]
    width: int
    used: bytearray  # per column: 1 if a cell with text starts in or spans over it
    #: Per row, bits: _PLAIN when each of its own cells is one column wide and no number
    #: is carried down into it from above (such a row is laid out as it stands), and
    #: _OWN_TEXT when one of its own cells holds text.
    plain: bytearray


@define
class _Budget:
    left: int = MAX_CELLS
    spent: bool = False


def _expand(table: _Table, budget: _Budget, findings: list[Finding]) -> _Grid:
    """Lay the cells out on a grid, linear in the positions covered (bounded by the budget)."""
    if table.page.lines:  # (a page with no cell of several lines has no such row)
        _rows_typed_in_one(table, findings)
    allowed = min(budget.left, MAX_TABLE_CELLS)
    left = allowed
    read = 0
    out: list[list[_Placed]] = []
    carry: dict[int, tuple[int, _Placed]] = {}  # column → (rows still covered, cell)
    width = 0
    used = bytearray(MAX_COLUMNS)
    dropped = table.dropped
    max_columns = MAX_COLUMNS
    overruns: list[tuple[_Placed, int]] = []  # rowspans cut short, and the row they stop at
    plains = bytearray()
    # The ids of the numbers carried down, for the rows' flags only: a row laid out again
    # (a rowspan cut) leaves the ids of its first layout's cells here, which new cells
    # may take; a cell taken for a number this way only sends its row the long way.
    numbers: set[int] = set()
    for raw_row in table.rows:
        at_row = (left, dropped)
        while True:
            row: list[_Placed] = []
            below: dict[int, tuple[int, _Placed]] = {}
            end = 0
            plain = _PLAIN
            if carry:
                shown: set[int] = set()
                for column, (rows_left, placed) in carry.items():
                    if id(placed) not in shown:
                        shown.add(id(placed))
                        row.append(placed)
                        if id(placed) in numbers:
                            plain = _MIXED  # (a number carried down is left blank)
                        if placed[2] + placed[3] > end:
                            end = placed[2] + placed[3]
                    if rows_left > 1:
                        below[column] = (rows_left - 1, placed)
                left -= len(carry)
            column = skipped = 0
            for text, line, colspan, rowspan in raw_row:
                while column in carry:
                    column += 1
                    skipped += 1
                span = colspan
                if column + span > max_columns:  # (small ints: no int object made per cell)
                    if column >= max_columns:
                        dropped += 1
                        continue
                    span = max_columns - column
                row.append((text, line, column, span, False))
                if span == 1:
                    if text:
                        used[column] = 1
                        plain |= _OWN_TEXT
                else:
                    plain = _MIXED
                    if text:
                        used[column : column + span] = b"\x01" * span
                if rowspan > 1:
                    carried = (text, line, column, span, True)
                    if text and _reads_as_number(text):
                        numbers.add(id(carried))
                    for covered in range(column, column + span):
                        below.setdefault(covered, (rowspan - 1, carried))
                column += span
            left -= column - skipped  # the columns the row's own cells cover
            if (
                column > width
                and read >= _SETTLED_ROWS
                and table.firsts
                and (first := table.firsts.pop(id(raw_row), None)) is not None
                and (judged := _rejudged(table, raw_row, first, findings)) is not None
            ):
                raw_row = judged  # a cell hidden by its style: lay the row out without it
                left, dropped = at_row
                continue
            if (
                column > width  # (wider than the rows above: rare, so checked here)
                and carry
                and read >= _SETTLED_ROWS
                and (cut := _cut_overrun(carry, raw_row, width, overruns, read)) is not carry
            ):
                carry = cut  # a rowspan too long: lay the row out again without it
                left, dropped = at_row
                # (the marks the first layout left in ``used`` stay: it can only keep a
                # spacer column, and recounting them for every such row is quadratic)
                continue
            break
        if left < 0:
            used = _used_columns(out)  # this row is not read: its marks go
            break
        read += 1
        if carry:
            row.sort(key=_column)  # stable: cells carried down come first in a tie
        if end > column:
            column = end
        if column > width:
            width = column
        out.append(row)
        plains.append(plain)
        carry = below
    budget.left -= allowed - max(left, 0)
    for placed, stop in overruns:
        findings.append(
            make(
                "repaired_cell",
                f"table at line {table.line}: the cell {placed[0]!r} spans more rows than "
                f"its group has (rowspan too long): carried into row {stop + 1} it would push "
                f"that row's cells past the table's {width} columns; read as ending above it",
                line=placed[1],
            )
        )
    if read < len(table.rows):
        if budget.left <= 0:
            budget.spent = True
        findings.append(
            make(
                LIMIT_CODE,
                f"table at line {table.line}: more than {allowed} cells after expanding its "
                f"spans; only its first {read} of {len(table.rows)} rows were read",
                line=table.line,
            )
        )
    if table.images:
        findings.append(_images_finding(table))
    if table.clamped:
        findings.append(
            make(
                LIMIT_CODE,
                f"table at line {table.line}: {table.clamped} cell(s) span more than "
                f"{MAX_SPAN} rows or columns; read as {MAX_SPAN}",
                line=table.line,
            )
        )
    if dropped:
        findings.append(
            make(
                LIMIT_CODE,
                f"table at line {table.line}: {dropped} cell(s) beyond column {MAX_COLUMNS} "
                "not read",
                line=table.line,
            )
        )
    del used[width:]  # pages can hold thousands of small tables
    return _Grid(out, width, used, plains)


def _rejudged(
    table: _Table, raw_row: list[_RawCell], first: _Element, findings: list[Finding]
) -> list[_RawCell] | None:
    """``raw_row`` with its cells' styles and classes judged (only a table's first rows'
    are, to spare Word's long styles: see ``_STYLED_ROWS``), when it comes out wider than
    the rows above: without the cells hidden by ``display: none`` and with those hidden by
    ``visibility: hidden`` blank, each reported; None if none is hidden, or if its cells
    are not the sibling cells from ``first`` on."""
    elements: list[_Element] = []
    element: _Element | None = first
    while element is not None:
        if element.tag == "td" or element.tag == "th":
            elements.append(element)
        element = element.getnext()
    if len(elements) != len(raw_row):
        return None
    page = table.page
    judged: list[_RawCell] = []
    for cell, element in zip(raw_row, elements, strict=True):
        names = element.keys()
        hiding = _cell_hiding(element, names, page) if names else _SHOWN_CELL
        if hiding == _SHOWN_CELL:
            judged.append(cell)
            continue
        if cell[0]:
            findings.append(_hidden_finding(cell[0], cell[1] or table.line, hiding))
        if hiding == _BLANK:
            judged.append(("", cell[1], cell[2], cell[3]))
    return judged if len(judged) < len(raw_row) or judged != raw_row else None


def _rows_typed_in_one(table: _Table, findings: list[Finding]) -> None:
    """Split the rows of ``table`` that print several rows in one (Enter pressed in each
    cell instead of adding rows): every cell of the row has the same number of lines, the
    first cell's lines are labels and the others' numbers, and no cell of it spans rows.
    Each such row becomes as many rows, reported; a cell above spanning down over it (a
    group's label) spans them all."""
    lines_of = table.page.lines
    splits: dict[int, list[list[_RawCell]]] = {}
    for index, row in enumerate(table.rows):
        if (
            len(row) >= 2
            and (first := lines_of.get(row[0][0])) is not None
            and (split := _rows_of_lines(row, first, lines_of)) is not None
        ):
            splits[index] = split
    if not splits:
        return
    rows: list[list[_RawCell]] = []
    # cells spanning rows: their row in ``rows``, their place in it, the last row of
    # ``table.rows`` they cover
    spanning: list[tuple[int, int, int]] = []
    for index, row in enumerate(table.rows):
        split = splits.get(index)
        if split is None:
            for place, cell in enumerate(row):
                if cell[3] > 1:
                    spanning.append((len(rows), place, index + cell[3] - 1))
            rows.append(row)
            continue
        spanning = [span for span in spanning if span[2] >= index]  # (still open)
        for at, place, _ in spanning:
            text, line, colspan, rowspan = rows[at][place]
            rows[at][place] = (text, line, colspan, rowspan + len(split) - 1)
        rows.extend(split)
        findings.append(
            make(
                "repaired_cell",
                f"table at line {table.line}: a row prints {len(split)} rows in one, each "
                f"cell's lines parted by line breaks or paragraphs ({row[0][0]!r}); read as "
                f"{len(split)} rows",
                line=row[0][1],
                severity="info",
            )
        )
    table.rows = rows


def _rows_of_lines(
    row: list[_RawCell], labels: list[str], lines_of: dict[str, list[str]]
) -> list[list[_RawCell]] | None:
    """The rows ``row`` prints, one per line of its first cell (``labels``), if every
    other cell has as many lines and each reads as a number; else None."""
    count = len(labels)
    if row[0][3] != 1 or any(map(_reads_as_number, labels)):
        return None
    columns = [labels]
    for text, _, _, rowspan in islice(row, 1, None):
        lines = lines_of.get(text)
        if lines is None or len(lines) != count or rowspan != 1:
            return None
        if not all(map(_reads_as_number, lines)):
            return None
        columns.append(lines)
    return [
        [
            (lines[at], line, colspan, 1)
            for lines, (_, line, colspan, _) in zip(columns, row, strict=True)
        ]
        for at in range(count)
    ]


#: Rows laid out before a table's width is trusted to tell a rowspan too long.
_SETTLED_ROWS = 3


def _cut_overrun(
    carry: dict[int, tuple[int, _Placed]],
    raw_row: list[_RawCell],
    width: int,
    overruns: list[tuple[_Placed, int]],
    index: int,
) -> dict[int, tuple[int, _Placed]]:
    """``carry`` without the text cells carried down that push the row's cells (up to its
    last with text) past the table's ``width``: a label whose rowspan outlasts its group
    (an editor deleted a row), which would stand between the next group's labels and
    values. Those ending soonest go first; if no cut makes the row fit, none is made.
    """
    own = end = 0
    for text, _, colspan, _ in raw_row:
        own += colspan
        if text:
            end = own
    covered = len(carry)
    if covered + end <= width:
        return carry
    cells = {id(placed): (rows_left, placed) for rows_left, placed in carry.values()}
    cut: list[_Placed] = []
    for _, placed in sorted(cells.values(), key=lambda item: (item[0], -item[1][2])):
        if not placed[0] or _reads_as_number(placed[0]):
            continue  # (a number carried down is left blank anyway)
        cut.append(placed)
        covered -= placed[3]
        if covered + end <= width:
            overruns.extend((placed, index) for placed in cut)
            return {column: value for column, value in carry.items() if value[1] not in cut}
    return carry


def _images_finding(table: _Table) -> Finding:
    """A cell showing only an image is read blank; what the picture prints is not read."""
    lines = ", ".join(map(str, table.images[:5])) + (" …" if len(table.images) > 5 else "")
    return make(
        "unreadable_cell",
        f"table at line {table.line}: {len(table.images)} cell(s) show only an image (line "
        f"{lines}); read as blank: a value or row printed as a picture is not read",
        line=table.images[0],
    )


def _reads_as_number(text: str) -> bool:
    """Whether a cell's text reads as a count or an amount (a number carried down a
    rowspan or spread over columns is read once, not copied)."""
    return read_value(text).kind in (Kind.NUMBER, Kind.MONEY)


def _parted(previous: list[_Placed], placed: _Placed) -> bool:
    """Whether a cell of the row above starts inside the columns ``placed`` spans (after
    its first) and the cell is a number: a number merged over several headed columns."""
    start, end = placed[2], placed[2] + placed[3]
    if not any(start < other[2] < end for other in previous):
        return False
    return _reads_as_number(placed[0])


def _used_columns(rows: list[list[_Placed]]) -> bytearray:
    used = bytearray(MAX_COLUMNS)
    for row in rows:
        for text, _, start, span, carried in row:
            if text and not carried:
                used[start : start + span] = b"\x01" * span
    return used


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


def _spacer_masks(entries: list[Row | _Table], grids: dict[int, _Grid]) -> dict[int, list[int]]:
    """Per table, the new index of each column (prefix sums over non-spacer columns).

    A spacer column is empty in every row of every table in a run of consecutive
    tables of the same width: the run is one table split over pages, so a column that
    is blank only in the continuation is not a spacer. A table whose width differs but
    whose columns from its first to its last holding text are as many as the run's
    first table's joins the run too, aligned on those (a continuation with an empty
    cell before or after each row: converted pages' grids). A table alone in its run
    with one row holding text gives no sign of a spacer between its cells: those are
    blank values (table 四's row of values cut off from its header, in a table of
    another width).
    """
    masks: dict[int, list[int]] = {}
    run: list[tuple[int, int]] = []  # the tables' indexes, and their columns' shift
    core = (0, 0)
    for index in [*sorted(grids), -1]:
        shift = 0
        if run and index != -1 and grids[index].width != grids[run[0][0]].width:
            lead, columns = _text_columns(grids[index])
            shift = lead - core[0] if columns and columns == core[1] else -1
        if run and (index == -1 or shift < 0):
            head = grids[run[0][0]]
            width = head.width
            used = head.used[:]
            if len(run) == 1 and _one_row_of_text(head):
                first, last = used.find(1), used.rfind(1)
                used[first:last] = b"\x01" * (last - first)
            for member, moved in run[1:]:
                other = grids[member].used
                for column in range(max(0, -moved), min(width, len(other) - moved)):
                    used[column] |= other[column + moved]
            prefix = list(accumulate(used, initial=0))
            for member, moved in run:
                if moved or grids[member].width != width:
                    keep = bytearray(grids[member].width)
                    for column in range(max(0, moved), min(len(keep), width + moved)):
                        keep[column] = used[column - moved]
                    masks[member] = list(accumulate(keep, initial=0))
                else:
                    masks[member] = prefix
            run = []
            shift = 0
        if index != -1:
            if not run:
                core = _text_columns(grids[index])
            run.append((index, shift))
    return masks


def _text_columns(grid: _Grid) -> tuple[int, int]:
    """The first column of ``grid`` holding text, and how many columns from it to the
    last holding text (0 if none does)."""
    first = grid.used.find(1)
    return (first, grid.used.rfind(1) - first + 1) if first >= 0 else (0, 0)


def _one_row_of_text(grid: _Grid) -> bool:
    """Whether one row of ``grid`` holds text of its own (cells carried down aside)."""
    found = 0
    for row in grid.rows:
        for text, _, _, _, carried in row:
            if text and not carried:
                found += 1
                if found > 1:
                    return False
                break
    return found == 1


def _grid_rows(grid: _Grid, prefix: list[int], findings: list[Finding]) -> list[Row]:
    rows: list[Row] = []
    merged: dict[int, tuple[_Placed, int]] = {}
    numbers: dict[int, bool] = {}  # per cell carried down: is it a number
    spread: list[_Placed] = []  # numbers spanning columns that the row above parts
    above: list[_Placed] = []
    # without spacer columns, a plain row's cells are its row's as they stand
    no_spacers = prefix[grid.width] == grid.width
    for row, plain in zip(grid.rows, grid.plain, strict=True):
        previous, above = above, row
        if plain & _PLAIN and no_spacers:
            if plain & _OWN_TEXT:  # (else a spacer row, or one of labels carried down)
                texts_of_row = tuple(map(_text, row))
                rows.append(
                    Row.of_columns(
                        texts_of_row, tuple(map(_line_of, row)), tuple(map(_column, row)), True
                    )
                )
            continue
        for placed in row:
            if placed[0] and not placed[4]:
                break
        else:
            continue  # a spacer row, or one holding only labels carried down from above
        texts: list[str] = []
        lines: list[int] = []
        columns: list[int] = []
        for placed in row:
            text, line, start, span, carried = placed
            if not text:
                if prefix[start + span] == prefix[start]:
                    continue  # an empty cell in spacer columns only
            elif carried:
                key = id(placed)
                number = numbers.get(key)
                if number is None:
                    number = numbers[key] = _reads_as_number(text)
                if number:
                    seen = merged.get(key)
                    merged[key] = (placed, (seen[1] if seen else 1) + 1)
                    text = ""
            elif span > 1 and (text[0].isdigit() or text[0] in "-+.") and _parted(previous, placed):
                # (rare: checked only for a cell spanning columns that starts like a number)
                spread.append(placed)
                texts.append(text)
                lines.append(line)
                columns.append(prefix[start])
                for column in range(start + 1, start + span):
                    if prefix[column + 1] != prefix[column]:  # (not a spacer column)
                        texts.append("")
                        lines.append(line)
                        columns.append(prefix[column])
                continue
            texts.append(text)
            lines.append(line)
            columns.append(prefix[start])
        rows.append(Row.of_columns(tuple(texts), tuple(lines), tuple(columns), aligned=True))
    for placed in spread:
        findings.append(
            make(
                MERGED_CODE,
                f"the number {placed[0]!r} spans {placed[3]} columns of a table that the row "
                "above heads separately; it is read for the first of them only and the others "
                "are left blank",
                line=placed[1],
                severity="info",
            )
        )
    for placed, count in merged.values():
        findings.append(
            make(
                MERGED_CODE,
                f"the number {placed[0]!r} spans {count} rows of a table; it is read for "
                f"the first row only and the {count - 1} row(s) below are left blank",
                line=placed[1],
                severity="info",
            )
        )
    return rows

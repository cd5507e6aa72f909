"""HTML pages and fragments → rows: data tables with spans expanded, text blocks in order.

The page is parsed by lxml's HTML parser (no network, no DTD, entities never expanded)
and walked once, without recursion, in document order:

* A *data table* (at least two cells in some row, no table nested in it)
  becomes aligned rows. ``rowspan``/``colspan`` are expanded into a full grid: a cell
  spanning columns is emitted once per row, a text cell spanning rows (a group label)
  is repeated in every row it covers, and a number spanning rows stays in its first
  row only (the others get a blank and a ``merged_cell`` finding: a published number
  is never copied). Columns empty in every row of a run of equally wide tables (a
  table split over page breaks) are spacers and dropped, and so are rows with no text
  of their own (spacer rows).
* Any other table is layout: its cells are read like ``<div>`` blocks, so the data
  tables inside it are found wherever they are nested.
* Text outside data tables becomes one-cell rows, one per block (``<p>``, ``<div>``,
  headings, ``<br>``-separated lines), so the metadata and section finders see the
  title and headings. The page ``<title>`` (site name suffix removed) comes first.
  Scripts, styles and forms controls are skipped; the text of navigation, hidden
  elements and blocks made only of links is dropped (tables inside them are kept).

Work is bounded whatever the input (see the ``MAX_*`` limits); hitting a limit is
reported with an ``input_limit`` finding and the rest is read as far as it goes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from attrs import define, field
from lxml import etree

from ..cells import Kind, read_value
from ..findings import Finding, make
from ..grid import Cell, Grid, ReadResult, Row
from .base import SNIFF_PREFIX

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

_SKIP = frozenset(
    {
        "head", "script", "style", "template", "select", "option", "optgroup", "button",
        "input", "textarea", "iframe", "object", "embed", "svg", "math", "canvas", "audio",
        "video", "map",
    }
)  # fmt: skip
_MUTE = frozenset({"nav", "aside", "footer", "noscript", "menu"})
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
_INLINE = frozenset(
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
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WS = re.compile(r"[\s\u00a0\u3000\u2002\u2003\u2009]+")
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00")
_SPAN_DIGITS = re.compile(r"\s*\+?(\d{1,9})")
_TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|--?|—+|－+|–)\s*")
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
_SNIFF_TAG = re.compile(r"<(?:p|div|br|span|h[1-6]|font|li)\b[^<>]*>", re.IGNORECASE)

_Element = etree._Element


class HtmlReader:
    """Reads a web page: its data tables (spans expanded) and its text blocks."""

    name = "html"

    def sniff(self, text: str) -> float:
        """1.0 for markup with tables, 0.9 for a page, 0.6 for text with several tags."""
        head = text[:SNIFF_PREFIX]
        if _SNIFF_TABLE.search(head):
            return 1.0
        if _SNIFF_PAGE.search(head):
            return 0.9
        for count, _ in enumerate(_SNIFF_TAG.finditer(head), start=1):
            if count >= 3:
                return 0.6
        return 0.0

    def read(self, text: str) -> ReadResult:
        """Parse the page (bounded work, no network) and return its rows in order."""
        findings: list[Finding] = []
        root = _parse(text, findings)
        if root is None:
            return ReadResult(Grid(()), tuple(findings))
        rows: list[Row] = []
        title = _page_title(root)
        if title is not None:
            rows.append(Row((title,)))
        walker = _Walker(_data_tables(root))
        walker.walk(root)
        walker.flush()
        rows.extend(_materialize(walker.entries, findings))
        return ReadResult(
            Grid(tuple(rows)), tuple(findings), title_hint=title.text if title else None
        )


# --- parsing ---------------------------------------------------------------------------


def _parse(text: str, findings: list[Finding]) -> _Element | None:
    text = _PROLOG.sub("", text[:4096], count=1) + text[4096:]
    if "\x00" in text:
        text = text.replace("\x00", "")  # libxml2 would turn each into U+FFFD
    if text.count("<") > MAX_TAGS:
        cut = _nth_tag(text, MAX_TAGS)
        findings.append(
            make(
                LIMIT_CODE,
                f"the page has more than {MAX_TAGS} tags; only the part before character "
                f"{cut} (of {len(text)}) was read",
            )
        )
        text = text[:cut]
    root, too_deep = _parse_bytes(text)
    if too_deep:
        # Unclosed <font>/<span> piling up, or deep <div> wrappers: read again with only
        # the tags that carry the report's structure (the rest becomes line breaks).
        root, too_deep = _parse_bytes(_ANY_TAG.sub(_flatten, text))
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


def _flatten(match: re.Match[str]) -> str:
    tag = match.group(0)
    if match.group(2).lower() in _FLAT_KEEP:
        return tag
    lines = "\n" * tag.count("\n")  # keep source lines where they were
    return lines if match.group(2).lower() in _INLINE else "<br>" + lines


def _nth_tag(text: str, count: int) -> int:
    position = -1
    for _ in range(count):
        position = text.find("<", position + 1)
    return position


def _parse_bytes(text: str) -> tuple[_Element | None, bool]:
    """Parse as UTF-8 bytes so a ``<meta charset>`` in the text cannot re-decode it."""
    parser = etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,  # depth limit 2048 instead of 256, which real pages can exceed
    )
    try:
        root = etree.fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False
    if root is None:
        return None, False
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    return root, too_deep


def _line(element: _Element) -> int:
    line = getattr(element, "sourceline", None)
    return line if isinstance(line, int) else 0


def _clean(text: str) -> str:
    return _WS.sub(" ", text.translate(_INVISIBLE)).strip()


def _page_title(root: _Element) -> Cell | None:
    """The ``<title>``, without the site name that pages append (``报告_栏目_网站``)."""
    element = root.find("head/title")
    if element is None:
        element = root.find(".//title")
    if element is None:
        return None
    text = _clean("".join(str(part) for part in element.itertext()))
    if not text:
        return None
    parts = [p for p in _TITLE_SEPARATORS.split(text) if p]
    chosen = next((p for p in parts if "报告" in p), text)
    return Cell(chosen, _line(element), 0)


def _data_tables(root: _Element) -> set[_Element]:
    """Tables that hold data: two cells in some row and no table inside.

    A heading inside does not make a table layout: a statutory table read as text
    blocks would lose its blank cells, a missed title in a layout cell costs less
    (the page ``<title>`` comes first anyway).
    """
    found: set[_Element] = set()
    stack: list[list[int]] = []  # per open table: [max cells in a row, cells in this row, layout]
    tables: list[_Element] = []
    for event, element in etree.iterwalk(
        root, events=("start", "end"), tag=("table", "tr", *_CELLS)
    ):
        tag = element.tag
        if event == "start":
            if tag == "table":
                if stack:
                    stack[-1][2] = 1
                stack.append([0, 0, 0])
                tables.append(element)
            elif not stack:
                continue
            elif tag == "tr":
                stack[-1][1] = 0
            else:
                probe = stack[-1]
                probe[1] += 1
                probe[0] = max(probe[0], probe[1])
        elif tag == "table":
            most, _, layout = stack.pop()
            table = tables.pop()
            if most >= 2 and not layout:
                found.add(table)
    return found


# --- walking the page --------------------------------------------------------------------


class _RawCell(NamedTuple):
    text: str
    line: int
    colspan: int
    rowspan: int


@define
class _Table:
    line: int
    rows: list[list[_RawCell]] = field(factory=list)
    row_open: bool = False
    clamped: int = 0
    dropped: int = 0

    def add(self, parts: list[str], element: _Element) -> None:
        """Add the cell ``element`` whose text is ``parts`` to the current row."""
        if not self.row_open:
            self.rows.append([])
            self.row_open = True
        if len(self.rows[-1]) >= MAX_COLUMNS:  # starts beyond the last column read
            self.dropped += 1
            return
        colspan = _span(element.get("colspan"), 1)
        rowspan = _span(element.get("rowspan"), MAX_SPAN)
        if colspan > MAX_SPAN or rowspan > MAX_SPAN:
            self.clamped += 1
        text = _clean("".join(parts))
        line = _line(element)
        self.rows[-1].append(_RawCell(text, line, min(colspan, MAX_SPAN), min(rowspan, MAX_SPAN)))


def _span(value: str | None, zero: int) -> int:
    """A span attribute as browsers read it: leading digits; 0 for rowspan = to the end."""
    match = _SPAN_DIGITS.match(value or "")
    if match is None:
        return 1
    number = int(match.group(1))
    return zero if number == 0 else number


@define
class _Block:
    parts: list[str] = field(factory=list)
    line: int = 0
    chars: int = 0
    link_chars: int = 0
    heading: bool = False


class _Walker:
    """One pass over the tree in document order (lxml's iterwalk: no recursion)."""

    def __init__(self, data_tables: set[_Element]) -> None:
        self.data_tables = data_tables
        self.entries: list[Row | _Table] = []
        self.block = _Block()
        self.tables: list[_Table | None] = []  # None: a layout table
        self.cell: list[str] | None = None  # the text of the data-table cell being read
        self.links = 0
        self.muted = 0
        self.last: _Element | None = None  # the element started last, for line numbers

    def walk(self, root: _Element) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        skipped: _Element | None = None
        muted: list[bool] = []
        for event, element in walker:
            if skipped is not None:  # the end of a skipped element: only its tail is read
                skipped = None
                self.text(element.tail)
                continue
            tag = element.tag
            if event == "start":
                if not isinstance(tag, str) or tag in _SKIP:
                    walker.skip_subtree()
                    skipped = element
                    continue
                mute = tag in _MUTE or _muted(element)
                muted.append(mute)
                self.muted += mute
                self.start(element, tag)
            else:
                self.end(element, str(tag))
                self.muted -= muted.pop()

    def start(self, element: _Element, tag: str) -> None:
        self.last = element
        if tag == "a":
            self.links += 1
        if self.cell is not None:
            if tag in _BLOCKS or tag == "br":
                self.cell.append(" ")
        elif tag == "table":
            self.flush()
            data = element in self.data_tables
            self.tables.append(_Table(_line(element)) if data else None)
        elif tag in _CELLS and self.tables and self.tables[-1] is not None:
            self.cell = []
        elif tag == "tr" and self.tables and self.tables[-1] is not None:
            self.tables[-1].row_open = False
        elif tag == "br" or tag in _BLOCKS:
            self.flush()
            self.block.heading = tag in _HEADINGS
        self.text(element.text)

    def end(self, element: _Element, tag: str) -> None:
        if tag == "a":
            self.links -= 1
        if self.cell is not None and tag in _CELLS:
            table = self.tables[-1]
            if table is not None:
                table.add(self.cell, element)
            self.cell = None
        elif self.cell is not None:
            if tag in _BLOCKS:
                self.cell.append(" ")
        elif tag == "table":
            table = self.tables.pop() if self.tables else None
            self.flush()
            if table is not None:
                self.entries.append(table)
        elif tag == "tr" and self.tables and self.tables[-1] is not None:
            self.tables[-1].row_open = False
        elif tag in _BLOCKS:
            self.flush()
        self.text(element.tail)

    def text(self, text: str | None) -> None:
        if not text:
            return
        if self.cell is not None:
            self.cell.append(text)
            return
        if self.muted:
            return
        block = self.block
        size = len(text.strip())
        if size and not block.chars:
            block.line = _line(self.last) if self.last is not None else 0
        block.parts.append(text)
        block.chars += size
        if self.links:
            block.link_chars += size

    def flush(self) -> None:
        block = self.block
        if block.parts and (block.link_chars < block.chars or block.heading):
            content = _clean("".join(block.parts))
            if content:
                self.entries.append(Row((Cell(content, block.line, 0),)))
        self.block = _Block()


def _muted(element: _Element) -> bool:
    """Hidden elements and site chrome (by class or id): their text is not the report."""
    attrib = element.attrib
    if not attrib:
        return False
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if "hidden" in attrib:
        return True
    for name in ("class", "id"):
        value = attrib.get(name)
        if value and not _CHROME.isdisjoint(_TOKEN_SPLIT.split(value.lower())):
            return True
    return False


# --- tables → rows --------------------------------------------------------------------


class _Placed(NamedTuple):
    text: str
    line: int
    column: int
    span: int


@define
class _Grid:
    rows: list[list[tuple[_Placed, bool]]]  # (cell, carried down from a row above)
    width: int


@define
class _Budget:
    left: int = MAX_CELLS
    spent: bool = False


def _expand(table: _Table, budget: _Budget, findings: list[Finding]) -> _Grid:
    """Lay the cells out on a grid, linear in the positions covered (bounded by the budget)."""
    allowed = min(budget.left, MAX_TABLE_CELLS)
    left = allowed
    read = 0
    out: list[list[tuple[_Placed, bool]]] = []
    carry: dict[int, tuple[int, _Placed]] = {}  # column → (rows still covered, cell)
    width = 0
    dropped = table.dropped
    for raw_row in table.rows:
        row: list[tuple[_Placed, bool]] = []
        below: dict[int, tuple[int, _Placed]] = {}
        shown: set[int] = set()
        for column, (rows_left, placed) in carry.items():
            if id(placed) not in shown:
                shown.add(id(placed))
                row.append((placed, True))
            if rows_left > 1:
                below[column] = (rows_left - 1, placed)
        left -= len(carry)
        column = 0
        for raw in raw_row:
            while column in carry:
                column += 1
            if column >= MAX_COLUMNS:
                dropped += 1
                continue
            span = min(raw.colspan, MAX_COLUMNS - column)
            placed = _Placed(raw.text, raw.line, column, span)
            row.append((placed, False))
            if raw.rowspan > 1:
                for covered in range(column, column + span):
                    below.setdefault(covered, (raw.rowspan - 1, placed))
            column += span
            left -= span
        if left < 0:
            break
        read += 1
        row.sort(key=lambda item: item[0].column)
        width = max(width, max((p.column + p.span for p, _ in row), default=0))
        out.append(row)
        carry = below
    budget.left -= allowed - max(left, 0)
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
    return _Grid(out, width)


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
    is blank only in the continuation is not a spacer.
    """
    masks: dict[int, list[int]] = {}
    run: list[int] = []
    for index in [*sorted(grids), -1]:
        if run and (index == -1 or grids[index].width != grids[run[0]].width):
            width = grids[run[0]].width
            used = bytearray(width)
            for member in run:
                for row in grids[member].rows:
                    for placed, carried in row:
                        if placed.text and not carried:
                            start, end = placed.column, placed.column + placed.span
                            used[start:end] = b"\x01" * placed.span
            prefix = [0] * (width + 1)
            for column in range(width):
                prefix[column + 1] = prefix[column] + used[column]
            for member in run:
                masks[member] = prefix
            run = []
        if index != -1:
            run.append(index)
    return masks


def _grid_rows(grid: _Grid, prefix: list[int], findings: list[Finding]) -> list[Row]:
    rows: list[Row] = []
    merged: dict[int, tuple[_Placed, int]] = {}
    for row in grid.rows:
        if not any(placed.text for placed, carried in row if not carried):
            continue  # a spacer row, or one holding only labels carried down from above
        cells: list[Cell] = []
        for placed, carried in row:
            start, end = placed.column, placed.column + placed.span
            if not placed.text and prefix[end] == prefix[start]:
                continue  # an empty cell in spacer columns only
            text = placed.text
            if carried and text and read_value(text).kind in (Kind.NUMBER, Kind.MONEY):
                seen = merged.get(id(placed))
                merged[id(placed)] = (placed, (seen[1] if seen else 1) + 1)
                text = ""
            cells.append(Cell(text, placed.line, prefix[start]))
        rows.append(Row(tuple(cells), aligned=True))
    for placed, count in merged.values():
        findings.append(
            make(
                MERGED_CODE,
                f"the number {placed.text!r} spans {count} rows of a table; it is read for "
                f"the first row only and the {count - 1} row(s) below are left blank",
                line=placed.line,
                severity="info",
            )
        )
    return rows

"""HTML pages and fragments → rows: data tables with spans expanded, text blocks in order.

The page is parsed by lxml's HTML parser (no network, no DTD, entities never expanded)
and walked once, without recursion, in document order:

* A *data table* (at least two cells in some row, no table or heading nested in it)
  becomes aligned rows. ``rowspan``/``colspan`` are expanded into a full grid: a cell
  spanning columns is emitted once per row, a text cell spanning rows (a group label)
  is repeated in every row it covers, and a number spanning rows stays in its first
  row only (the others get a blank and a ``merged_cell`` finding: a published number
  is never copied). Columns empty in every row of a run of equally wide tables (a
  table split over page breaks) are spacers and dropped; rows with no text of their own (spacer rows) are dropped.
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

from attrs import define, field
from lxml import etree
from lxml import html as lxml_html

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
# An inline tag (no ``<`` inside, so a scan never runs past the next tag: linear).
_INLINE_TAG = re.compile(
    r"</?(?:font|span|b|i|u|s|em|strong|small|big|sup|sub|ins|del|a|o:p|st1:[a-z]+)\b[^<>]*>",
    re.IGNORECASE,
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
        # Usually unclosed inline tags (<font>, <span>) piling up: read again without them.
        flat = _INLINE_TAG.sub(lambda m: "\n" * m.group().count("\n"), text)
        root, too_deep = _parse_bytes(flat)
        if too_deep:
            findings.append(
                make(
                    LIMIT_CODE,
                    "elements are nested more than 2048 deep; the page was read up to that "
                    "point only",
                )
            )
    return root


def _nth_tag(text: str, count: int) -> int:
    position = -1
    for _ in range(count):
        position = text.find("<", position + 1)
    return position


def _parse_bytes(text: str) -> tuple[_Element | None, bool]:
    """Parse as UTF-8 bytes so a ``<meta charset>`` in the text cannot re-decode it."""
    parser = lxml_html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,  # depth limit 2048 instead of 256, which real pages can exceed
    )
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
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
    """Tables that hold data: two cells in some row, no table or heading inside."""
    found: set[_Element] = set()
    stack: list[list[int]] = []  # per open table: [max cells in a row, cells in this row, layout]
    tables: list[_Element] = []
    tags = ("table", "tr", "td", "th", *sorted(_HEADINGS))
    for event, element in etree.iterwalk(root, events=("start", "end"), tag=tags):
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
            elif tag in _CELLS:
                probe = stack[-1]
                probe[1] += 1
                probe[0] = max(probe[0], probe[1])
            else:
                stack[-1][2] = 1
        elif tag == "table":
            most, _, layout = stack.pop()
            table = tables.pop()
            if most >= 2 and not layout:
                found.add(table)
    return found


# --- walking the page --------------------------------------------------------------------


@define
class _RawCell:
    parts: list[str]
    line: int
    colspan: int
    rowspan: int


@define
class _Table:
    line: int
    rows: list[list[_RawCell]] = field(factory=list)
    row_open: bool = False
    clamped: int = 0

    def cell(self, element: _Element) -> _RawCell:
        if not self.row_open:
            self.rows.append([])
            self.row_open = True
        colspan = _span(element.get("colspan"), 1)
        rowspan = _span(element.get("rowspan"), MAX_SPAN)
        if colspan > MAX_SPAN or rowspan > MAX_SPAN:
            self.clamped += 1
        cell = _RawCell([], _line(element), min(colspan, MAX_SPAN), min(rowspan, MAX_SPAN))
        self.rows[-1].append(cell)
        return cell


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
    """One pass over the tree with an explicit stack (no recursion, so depth is no risk)."""

    def __init__(self, data_tables: set[_Element]) -> None:
        self.data_tables = data_tables
        self.entries: list[Row | _Table] = []
        self.block = _Block()
        self.tables: list[_Table | None] = []  # None: a layout table
        self.cell: _RawCell | None = None
        self.links = 0
        self.muted = 0
        self.line = 0

    def walk(self, root: _Element) -> None:
        self.start(root)
        stack = [(root, iter(root))]
        while stack:
            element, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                self.end(element)
                continue
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                self.text(child.tail)
                continue
            self.start(child)
            stack.append((child, iter(child)))

    def start(self, element: _Element) -> None:
        tag = str(element.tag)
        self.line = _line(element) or self.line
        if tag == "a":
            self.links += 1
        if tag in _MUTE or _muted(element):
            self.muted += 1
        if self.cell is not None:
            if tag in _BLOCKS or tag == "br":
                self.cell.parts.append(" ")
        elif tag == "table":
            self.flush()
            self.tables.append(_Table(self.line) if element in self.data_tables else None)
        elif tag in _CELLS and self.tables and self.tables[-1] is not None:
            self.cell = self.tables[-1].cell(element)
        elif tag == "tr" and self.tables and self.tables[-1] is not None:
            self.tables[-1].row_open = False
        elif tag == "br" or tag in _BLOCKS:
            self.flush()
            self.block.heading = tag in _HEADINGS
        self.text(element.text)

    def end(self, element: _Element) -> None:
        tag = str(element.tag)
        if tag == "a":
            self.links -= 1
        if tag in _MUTE or _muted(element):
            self.muted -= 1
        if self.cell is not None and tag in _CELLS:
            self.cell = None
        elif self.cell is not None:
            if tag in _BLOCKS:
                self.cell.parts.append(" ")
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
            self.cell.parts.append(text)
            return
        if self.muted:
            return
        block = self.block
        if not block.parts:
            block.line = self.line
        block.parts.append(text)
        size = len(text.strip())
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


@define
class _Placed:
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
    out: list[list[tuple[_Placed, bool]]] = []
    carry: dict[int, tuple[int, _Placed]] = {}  # column → (rows still covered, cell)
    width = 0
    dropped = 0
    for raw_row in table.rows:
        row: list[tuple[_Placed, bool]] = []
        below: dict[int, tuple[int, _Placed]] = {}
        shown: set[int] = set()
        for column, (left, placed) in carry.items():
            if id(placed) not in shown:
                shown.add(id(placed))
                row.append((placed, True))
            if left > 1:
                below[column] = (left - 1, placed)
        budget.left -= len(carry)
        column = 0
        for raw in raw_row:
            while column in carry:
                column += 1
            if column >= MAX_COLUMNS:
                dropped += 1
                continue
            span = min(raw.colspan, MAX_COLUMNS - column)
            placed = _Placed(_clean("".join(raw.parts)), raw.line, column, span)
            row.append((placed, False))
            if raw.rowspan > 1:
                for covered in range(column, column + span):
                    below.setdefault(covered, (raw.rowspan - 1, placed))
            column += span
            budget.left -= span
        if budget.left < 0:
            budget.spent = True
            break
        row.sort(key=lambda item: item[0].column)
        width = max(width, max((p.column + p.span for p, _ in row), default=0))
        out.append(row)
        carry = below
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
                f"the page's tables hold more than {MAX_CELLS} cells; the table where the "
                f"limit was reached was read in part and {skipped} later table(s) not at all",
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

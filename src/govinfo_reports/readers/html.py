"""HTML pages and fragments: tables with rowspan/colspan expanded into aligned rows.

(Provisional version; see issue 3 for the full reader.)
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from ..grid import Cell, Grid, ReadResult, Row
from .base import SNIFF_PREFIX

_TAG = re.compile(r"<(?:table|html|body|div|p|tr|td)\b", re.IGNORECASE)
_WS = re.compile(r"[\s\u00a0\u3000]+")
_MAX_SPAN = 100


class HtmlReader:
    """Reads ``<table>`` elements (spans expanded) and the page's text blocks."""

    name = "html"

    def sniff(self, text: str) -> float:
        """1.0 for a page with tables, 0.6 for other markup, 0 for plain text."""
        head = text[:SNIFF_PREFIX]
        if not _TAG.search(head):
            return 0.0
        return 1.0 if "<table" in head.lower() or "<td" in head.lower() else 0.6

    def read(self, text: str) -> ReadResult:
        """Parse with lxml (no network, no entities) and walk the document in order."""
        parser = lxml_html.HTMLParser(no_network=True, remove_comments=True)
        try:
            root = lxml_html.document_fromstring(text, parser=parser)
        except (etree.ParserError, ValueError):
            return ReadResult(Grid(()))
        rows: list[Row] = []
        for element in root.iter("table", "p", "h1", "h2", "h3", "h4", "title", "div"):
            if element.tag == "table":
                rows.extend(_table_rows(element))
                continue
            if _inside(element, "table") or (element.tag == "div" and len(element)):
                continue
            content = _WS.sub(" ", _text(element)).strip()
            if content:
                rows.append(Row((Cell(content, _line(element), 0),)))
        return ReadResult(Grid(tuple(rows)))


def _text(element: object) -> str:
    return str(getattr(element, "text_content", lambda: "")())


def _line(element: object) -> int:
    line = getattr(element, "sourceline", None)
    return line if isinstance(line, int) else 0


def _inside(element: lxml_html.HtmlElement, tag: str) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def _span(value: str | None) -> int:
    try:
        return max(1, min(_MAX_SPAN, int(value or 1)))
    except ValueError:
        return 1


def _table_rows(table: lxml_html.HtmlElement) -> list[Row]:
    pending: dict[int, tuple[int, Cell]] = {}
    out: list[Row] = []
    for tr in table.iter("tr"):
        cells: list[Cell] = []
        column = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while column in pending:
                left, cell = pending.pop(column)
                cells.append(cell)
                if left > 1:
                    pending[column] = (left - 1, cell)
                column += 1
            content = _WS.sub(" ", _text(td)).strip()
            cell = Cell(content, _line(td), column)
            rowspan = _span(td.get("rowspan"))
            cells.append(cell)  # a cell spanning columns is one value, not several
            for _ in range(_span(td.get("colspan"))):
                if rowspan > 1:
                    pending[column] = (rowspan - 1, cell)
                column += 1
        while column in pending:
            left, cell = pending.pop(column)
            cells.append(cell)
            if left > 1:
                pending[column] = (left - 1, cell)
            column += 1
        if any(c.text for c in cells):
            out.append(Row(tuple(cells), aligned=True))
    return out

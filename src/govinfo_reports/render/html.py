"""The ``html`` layout: a page with ``<table>`` elements spanned like the official template."""

from __future__ import annotations

from html import escape

from .document import Cell, Document, Line

_TAGS = {"title": "h1", "heading": "h2", "prose": "p"}


def _cell(cell: Cell) -> str:
    spans = ""
    if cell.rowspan > 1:
        spans += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        spans += f' colspan="{cell.colspan}"'
    text = "<br>".join(escape(piece, quote=False) for piece in cell.text.split("\n"))
    return f"<td{spans}>{text}</td>"


def format_html(document: Document) -> str:
    """A complete UTF-8 page; line breaks inside a cell become ``<br>``."""
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"></head><body>',
    ]
    for block in document.blocks:
        if isinstance(block, Line):
            tag = _TAGS.get(block.role, "p")
            out.append(f"<{tag}>{escape(block.text, quote=False)}</{tag}>")
            continue
        out.append('<table border="1">')
        for row in block.rows:
            out.append("<tr>" + "".join(_cell(cell) for cell in row) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"

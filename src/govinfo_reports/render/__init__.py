"""Report → text in the layouts reports are published in (see ``docs/rendering.md``).

>>> import govinfo_reports as gr
>>> report = gr.parse(gr.sample_text())
>>> gr.available_layouts()
('tab', 'pipe', 'pipe-cells', 'vertical', 'markdown', 'html')
>>> all(gr.parse(gr.render(report, layout)) == report for layout in gr.available_layouts())
True
"""

from __future__ import annotations

from ..model import Report
from .build import build_document
from .document import Document
from .html import format_html
from .text import TABLE_LAYOUTS, format_text

__all__ = ["available_layouts", "format_document", "render"]

_LAYOUTS: tuple[str, ...] = ("tab", "pipe", "pipe-cells", "vertical", "markdown", "html")


def available_layouts() -> tuple[str, ...]:
    """The layout names :func:`render` accepts."""
    return _LAYOUTS


def format_document(document: Document, layout: str) -> str:
    """Print an already built :class:`~govinfo_reports.render.document.Document`."""
    if layout == "html":
        return format_html(document)
    if layout in TABLE_LAYOUTS:
        return format_text(document, layout)
    raise ValueError(f"unknown layout {layout!r}; available layouts: {', '.join(_LAYOUTS)}")


def render(report: Report, layout: str = "tab") -> str:
    """Print ``report`` in ``layout`` (one of :func:`available_layouts`).

    The output reads back: ``parse(render(report, layout)) == report`` for every
    layout, as long as the report's title, organ and year are ones the parser derives
    from each other (``docs/rendering.md`` says which). Blank cells print as ``/``.
    Raises :class:`ValueError` for an unknown layout and :class:`TypeError` for
    something that is not a :class:`~govinfo_reports.model.Report`.
    """
    if not isinstance(report, Report):
        raise TypeError(f"render() takes a Report, not {type(report).__name__}")
    if layout not in _LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; available layouts: {', '.join(_LAYOUTS)}")
    return format_document(build_document(report), layout)

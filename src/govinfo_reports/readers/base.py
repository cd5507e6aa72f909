"""The reader protocol and helpers shared by the built-in text readers."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..grid import ReadResult

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
        How well the reader fits ``text``, a float in [0.0, 1.0]. It runs on every
        input for every reader, so it must be cheap: look at a bounded prefix
        (:data:`SNIFF_PREFIX`) and never at the whole text. 0.0 means "not my layout".
        Highest score is tried first; if that reader's grid holds no statutory table
        the next one is tried. An exception or a score outside [0, 1] counts as 0.0.
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


def split_lines(text: str) -> list[str]:
    """Lines without their terminators (``\\n``, ``\\r\\n`` or a lone ``\\r``)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def is_blank(text: str) -> bool:
    """True when a string holds only white space (NBSP and full-width space included)."""
    return not text.replace("\ufeff", "").replace("\u200b", "").strip()

"""The reader protocol and helpers shared by the built-in text readers."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..grid import ReadResult

#: How much of the input ``sniff`` implementations look at.
SNIFF_PREFIX = 64 * 1024


@runtime_checkable
class Reader(Protocol):
    """Turns document text into a :class:`~govinfo_reports.grid.Grid`.

    ``name`` identifies the reader (``parse(src, reader=name)``). ``sniff`` returns how
    well the reader fits the text, from 0.0 to 1.0; it must be cheap and look at a
    bounded prefix (see :data:`SNIFF_PREFIX`). ``read`` returns the rows it found.
    Readers hold no per-call state, so one instance serves every call.
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
    return not text.strip() and not text.strip("\u00a0\u3000\ufeff\u200b")

"""Tab-delimited rows, as copied from Word or a web page (seeds 000, 002, 003)."""

from __future__ import annotations

from .delimited import DelimitedReader


class TabReader(DelimitedReader):
    """One row per line, cells separated by tabs."""

    name = "tab"
    delimiter = "\t"

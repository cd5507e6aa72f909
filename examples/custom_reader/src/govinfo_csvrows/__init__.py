"""A govinfo_reports reader plugin for reports saved as CSV, one record per report row.

Installing this package is enough: it publishes :class:`CsvRowsReader` under the
entry-point group ``govinfo_reports.readers``, so ``govinfo_reports.parse`` picks it
for CSV input without any import or registration in user code.
"""

from __future__ import annotations

from .reader import HEADER, CsvRowsReader

__all__ = ["HEADER", "CsvRowsReader"]

"""The ``csvrows`` reader: one CSV record per report row, after the header ``项目,数值``."""

from __future__ import annotations

import csv
import io

from govinfo_reports import Cell, Grid, ReadResult, Row

#: The first record of every csvrows file.
HEADER = ("项目", "数值")
_SNIFF_PREFIX = 16 * 1024


class CsvRowsReader:
    """Reads reports exported as CSV: every record is one row of the report as printed
    (titles, headings and prose are one-cell records), cells quoted where they hold a
    comma or a quote. Empty records are skipped; empty cells are kept, because the
    library tells layout from blanks by their position in the row.
    """

    name = "csvrows"

    def sniff(self, text: str) -> float:
        """1.0 after the csvrows header; otherwise at most 0.5, for comma-separated rows."""
        head = text[:_SNIFF_PREFIX].lstrip("\ufeff")
        lines = [line for line in head.splitlines() if line.strip()]
        if lines and tuple(cell.strip() for cell in lines[0].split(",")) == HEADER:
            return 1.0
        if len(lines) < 10 or "\t" in head:
            return 0.0
        rows = sum(1 for line in lines if line.count(",") >= 2)
        return 0.5 * rows / len(lines)

    def read(self, text: str) -> ReadResult:
        """Every non-empty record becomes a row; cells keep their line and column."""
        rows: list[Row] = []
        records = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
        next_line = 1
        for record in records:
            line, next_line = next_line, records.line_num + 1  # a quoted cell may span lines
            cells = [cell.strip() for cell in record]
            if not any(cells) or (line == 1 and tuple(cells) == HEADER):
                continue
            rows.append(Row(tuple(Cell(cell, line, i) for i, cell in enumerate(cells))))
        return ReadResult(Grid(tuple(rows)))

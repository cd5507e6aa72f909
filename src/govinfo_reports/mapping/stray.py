"""Findings for what stood in a table but under none of its rows."""

from __future__ import annotations

from ..cells import Kind
from ..findings import Finding, make
from ..labels import describe
from .collect import Collected
from .fit import raw_text, shown_text

_NO_DATA = (Kind.EMPTY, Kind.TEXT)


def stray_findings(collected: Collected, table: str) -> list[Finding]:
    """One finding per row the template does not have (if it holds a value), then one
    per value that stood before any row label; ``table`` is the table's key."""
    findings: list[Finding] = []
    for raw in collected.unknown:
        if all(value.kind in _NO_DATA for value in raw.values):
            continue  # a header or a note: nothing was left unread
        findings.append(
            make(
                "unknown_row",
                f"{describe(table)}: {shown_text(raw.label or '')} is not a row of this "
                f"table; its values {raw_text(raw)} were not read",
                path=table,
                line=raw.line,
            )
        )
    for raw, line in collected.repeated:
        path = f"{table}.{'.'.join(raw.key)}"
        findings.append(
            make(
                "row_width",
                f"{describe(path)}: the row is printed again at line {line} with the same "
                f"values {raw_text(raw)} (a page break repeating it?); read once",
                path=path,
                line=line,
                severity="info",
            )
        )
    for raw in collected.bar_filled:
        path = f"{table}.{'.'.join(raw.key)}"
        findings.append(
            make(
                "row_width",
                f"{describe(path)}: the row's last cell is blank only by an empty line after "
                f"its values {raw_text(raw)}, and the layout prints empty lines after its rows: "
                "if that line ends the row, a value is missing and the values are one column "
                "off",
                path=path,
                line=raw.lines[-1],
            )
        )
    for raw, text, page in collected.went_on:
        path = f"{table}.{'.'.join(raw.key)}"
        findings.append(
            make(
                "row_width",
                f"{describe(path)}: the row goes on after the text {shown_text(text.strip())} "
                f"and the number {page.raw.strip()!r} on its line (a page's running head and "
                "its page number?): the number is not read, the values after it are read "
                f"as the row's {raw_text(raw)}",
                path=path,
                line=raw.line,
            )
        )
    if collected.row_numbers:
        findings.append(_row_numbers_finding(collected, table))
    for value, line in collected.orphans:
        findings.append(
            make(
                "row_width",
                f"{describe(table)}: value {value.raw.strip()!r} stands under no row label; "
                "ignored",
                path=table,
                line=line,
            )
        )
    return findings


def _row_numbers_finding(collected: Collected, table: str) -> Finding:
    """One ``row_width`` info naming the row numbers (a 序号 column) left unread."""
    numbers = [value.raw.strip() for value, _ in collected.row_numbers]
    shown = ", ".join(numbers[:8]) + (", ..." if len(numbers) > 8 else "")
    return make(
        "row_width",
        f"{describe(table)}: {len(numbers)} number(s) printed before row labels on their "
        f"lines ({shown}) read as row numbers (a 序号 column), not as values",
        path=table,
        line=collected.row_numbers[0][1],
        severity="info",
    )

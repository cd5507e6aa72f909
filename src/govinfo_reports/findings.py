"""Findings: what the parser repaired, guessed or could not read, and what
``validate`` found wrong with the published arithmetic."""

from __future__ import annotations

from typing import Literal

from attrs import frozen

Severity = Literal["error", "warning", "info"]

#: Every finding code the library emits, with its default severity.
CODES: dict[str, Severity] = {
    # arithmetic rules (validate)
    "balance": "error",
    "row_total": "error",
    "results_total": "error",
    "review_total": "error",
    "subtotal": "error",
    "negative_count": "warning",
    "not_assessable": "info",
    # structural findings (parse)
    "missing_table": "warning",
    "missing_row": "warning",
    "unreadable_cell": "warning",
    "row_width": "warning",
    "unknown_row": "warning",
    "template_unknown": "warning",
    "repaired_cell": "info",
    "encoding": "info",
    "input_limit": "warning",
    "merged_cell": "info",
    "column_order": "warning",
}


@frozen
class Finding:
    """One thing worth telling the user about a report.

    ``path`` is a dotted path into the canonical form (``requests.results.total.total``);
    ``line`` the 1-based source line where known; ``expected``/``actual`` are set by the
    arithmetic rules.
    """

    code: str
    severity: Severity
    message: str
    path: str | None = None
    line: int | None = None
    expected: int | None = None
    actual: int | None = None


def make(
    code: str,
    message: str,
    *,
    path: str | None = None,
    line: int | None = None,
    expected: int | None = None,
    actual: int | None = None,
    severity: Severity | None = None,
) -> Finding:
    """Build a finding with the code's default severity unless one is given."""
    return Finding(
        code=code,
        severity=severity or CODES.get(code, "warning"),
        message=message,
        path=path,
        line=line,
        expected=expected,
        actual=actual,
    )

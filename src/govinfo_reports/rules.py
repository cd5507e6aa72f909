"""The arithmetic rules (勾稽关系) of SPEC.md, and the extension that no count is below
0, as a plain ordered list.

Each rule is a function ``Report -> (findings, skipped paths)``; ``validate`` runs them
in order, turns skipped paths into one ``not_assessable`` finding per rule, and adds the
parse findings. To add a rule, append ``(code, function)`` to :data:`RULES`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from itertools import chain
from operator import attrgetter

from attrs import fields

from .findings import Finding, make
from .labels import describe
from .model import (
    APPLICANT_COLUMNS,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
    ApplicantCounts,
    Money,
    Report,
    Requests,
)

RuleResult = tuple[list[Finding], list[str]]
Rule = Callable[[Report], RuleResult]


def request_rows(requests: Requests) -> Iterator[tuple[str, ApplicantCounts]]:
    """Every leaf row of table 三 with its dotted path, in printed order."""
    yield "requests.new_received", requests.new_received
    yield "requests.carried_over", requests.carried_over
    yield from result_items(requests)
    yield "requests.results.total", requests.results.total
    yield "requests.carried_forward", requests.carried_forward


def result_items(requests: Requests) -> Iterator[tuple[str, ApplicantCounts]]:
    """The rows that ``results.total`` sums: (一) … (六), sub-items expanded."""
    results = requests.results
    for name in _field_names(type(results)):
        if name == "total":
            continue
        value = getattr(results, name)
        if isinstance(value, ApplicantCounts):
            yield f"requests.results.{name}", value
        else:
            for item in _field_names(type(value)):
                yield f"requests.results.{name}.{item}", getattr(value, item)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(attribute.name for attribute in fields(cls))
    return names


#: The seven columns of an :class:`ApplicantCounts` row as a tuple, in APPLICANT_COLUMNS order.
_columns = attrgetter(*APPLICANT_COLUMNS)


def _line(report: Report, path: str) -> int | None:
    """The source line where the row at ``path`` was found, if known."""
    return report.source.lines.get(path)


Columns = tuple[int | None, ...]
#: The last table 三 the rules read and its rows' columns (see :func:`_rows_of`).
_last_rows: tuple[Requests, list[tuple[str, Columns]]] | None = None


def _rows_of(requests: Requests) -> list[tuple[str, Columns]]:
    """Every leaf row of table 三 as (path, its seven columns), in printed order.

    The rules of one ``validate`` call read the same table: the rows are made once and
    kept for the table last asked about (a frozen object, held so that its identity
    stays its own; two threads at most make them twice)."""
    global _last_rows
    last = _last_rows
    if last is not None and last[0] is requests:
        return last[1]
    rows = [(path, _columns(row)) for path, row in request_rows(requests)]
    _last_rows = (requests, rows)
    return rows


def row_total(report: Report) -> RuleResult:
    """In every table-三 row: 总计 = sum of the six applicant columns."""
    found: list[Finding] = []
    skipped: list[str] = []
    if report.requests is None:
        return found, skipped
    for path, columns in _rows_of(report.requests):
        if None in columns:
            if columns.count(None) < len(columns):
                skipped.append(f"{path}.total")
            continue
        expected = sum(columns[:6])  # type: ignore[arg-type]  # (no None: tested above)
        total = columns[6]
        if expected != total:
            found.append(
                make(
                    "row_total",
                    f"{describe(path + '.total')}: total {total} ≠ sum of the applicant "
                    f"columns {expected} (总计不等于各申请人之和)",
                    path=f"{path}.total",
                    line=_line(report, path),
                    expected=expected,
                    actual=total,
                )
            )
    return found, skipped


def results_total(report: Report) -> RuleResult:
    """Per column: (七) 总计 = sum of (一) … (六)."""
    found: list[Finding] = []
    skipped: list[str] = []
    if report.requests is None:
        return found, skipped
    # request_rows: new received, carried over, the result items, their total, carried forward
    rows = _rows_of(report.requests)
    by_column = list(zip(*[columns for _, columns in rows[2:-2]], strict=True))
    totals = rows[-2][1]
    for index, column in enumerate(APPLICANT_COLUMNS):
        path = f"requests.results.total.{column}"
        actual = totals[index]
        operands = by_column[index]
        if actual is None or None in operands:
            if actual is not None or operands.count(None) < len(operands):
                skipped.append(path)
            continue
        expected = sum(operands)
        if expected != actual:
            found.append(
                make(
                    "results_total",
                    f"{describe(path)}: {actual} ≠ sum of the results rows {expected} "
                    f"(办理结果总计不等于各项之和)",
                    path=path,
                    line=_line(report, "requests.results.total"),
                    expected=expected,
                    actual=actual,
                )
            )
    return found, skipped


def balance(report: Report) -> RuleResult:
    """Per column: 一 + 二 = 三(七) + 四 (第一项加第二项之和，等于第三项加第四项之和)."""
    found: list[Finding] = []
    skipped: list[str] = []
    requests = report.requests
    if requests is None:
        return found, skipped
    rows = zip(
        _columns(requests.new_received),
        _columns(requests.carried_over),
        _columns(requests.results.total),
        _columns(requests.carried_forward),
        strict=True,
    )
    for column, (new, carried, total, forward) in zip(APPLICANT_COLUMNS, rows, strict=True):
        path = f"requests.new_received.{column}"
        if new is None or carried is None or total is None or forward is None:
            if not (new is None and carried is None and total is None and forward is None):
                skipped.append(path)
            continue
        expected = total + forward
        actual = new + carried
        if expected != actual:
            found.append(
                make(
                    "balance",
                    f"{describe(path)}: new + carried over = {actual} but results total + "
                    f"carried forward = {expected} (第一项加第二项之和不等于第三项加第四项之和)",
                    path=path,
                    line=_line(report, "requests.new_received"),
                    expected=expected,
                    actual=actual,
                )
            )
    return found, skipped


def review_total(report: Report) -> RuleResult:
    """In each review/litigation group: 总计 = 维持 + 纠正 + 其他 + 尚未审结."""
    found: list[Finding] = []
    skipped: list[str] = []
    table = report.review_litigation
    if table is None:
        return found, skipped
    for group in REVIEW_GROUPS:
        outcome = getattr(table, group)
        path = f"review_litigation.{group}.total"
        parts = [outcome.upheld, outcome.corrected, outcome.other, outcome.pending]
        if outcome.total is None or None in parts:
            if outcome.total is not None or any(v is not None for v in parts):
                skipped.append(path)
            continue
        expected = sum(v for v in parts if v is not None)
        if expected != outcome.total:
            found.append(
                make(
                    "review_total",
                    f"{describe(path)}: total {outcome.total} ≠ sum of the results {expected} "
                    f"(总计不等于各项之和)",
                    path=path,
                    line=_line(report, "review_litigation"),
                    expected=expected,
                    actual=outcome.total,
                )
            )
    return found, skipped


def negative_count(report: Report) -> RuleResult:
    """No count below 0 in tables 三 and 四 (a request, a case) nor in table 二 outside
    its 本年增/减 column: a minus sign there is damage (a dash before the number) or a
    misprint, and the number is kept as printed."""
    found: list[Finding] = []
    for path, value in _negative_cells(report):
        found.append(
            make(
                "negative_count",
                f"{describe(path)}: {value} is below 0, which a count cannot be (a dash "
                "or a minus sign printed before the number?); kept as printed",
                path=path,
                line=_line(report, path.rpartition(".")[0]),
                actual=value if isinstance(value, int) else None,
            )
        )
    return found, []


_review_columns = attrgetter(*REVIEW_COLUMNS)
#: Table 二's columns whose values may be below 0 (a decrease).
_SIGNED_COLUMNS = frozenset({"change"})


def _negative_cells(report: Report) -> Iterator[tuple[str, Decimal | int]]:
    """Every count or amount of ``report`` below 0, with its path. Tables 三 and 四 are
    tested in C first: a report with none, the rule's common case, costs a pass."""
    rows: list[Columns] = []
    if report.requests is not None:
        rows.extend(columns for _, columns in _rows_of(report.requests))
    if report.review_litigation is not None:
        table = report.review_litigation
        rows.extend(_review_columns(getattr(table, group)) for group in REVIEW_GROUPS)
    # (filter(None) drops the blanks and the zeros: neither is below 0)
    if min(filter(None, chain.from_iterable(rows)), default=0) < 0:
        yield from _negative_in_tables(report)
    if report.active_disclosure is not None:
        active = report.active_disclosure
        for name in _field_names(type(active)):
            row = getattr(active, name)
            for column in _field_names(type(row)):
                cell = getattr(row, column)
                if cell is None or column in _SIGNED_COLUMNS:
                    continue
                amount = cell.value if isinstance(cell, Money) else cell
                if amount < 0:
                    yield f"active_disclosure.{name}.{column}", amount


def _negative_in_tables(report: Report) -> Iterator[tuple[str, int]]:
    """The cells below 0 in tables 三 and 四, with their paths."""
    rows: list[tuple[str, Columns, tuple[str, ...]]] = []
    if report.requests is not None:
        rows.extend(
            (path, columns, APPLICANT_COLUMNS) for path, columns in _rows_of(report.requests)
        )
    if report.review_litigation is not None:
        table = report.review_litigation
        rows.extend(
            (f"review_litigation.{group}", _review_columns(getattr(table, group)), REVIEW_COLUMNS)
            for group in REVIEW_GROUPS
        )
    for path, values, columns in rows:
        for column, value in zip(columns, values, strict=True):
            if value is not None and value < 0:
                yield f"{path}.{column}", value


#: The rules ``validate`` runs, in order.
RULES: list[tuple[str, Rule]] = [
    ("balance", balance),
    ("row_total", row_total),
    ("results_total", results_total),
    ("review_total", review_total),
    ("negative_count", negative_count),
]


def run_rules(report: Report) -> list[Finding]:
    """Apply every rule; blanks make a rule not assessable, said once per rule."""
    findings: list[Finding] = []
    for code, rule in RULES:
        found, skipped = rule(report)
        findings.extend(found)
        if skipped:
            shown = ", ".join(skipped[:8]) + (
                f", … ({len(skipped)} in all)" if len(skipped) > 8 else ""
            )
            findings.append(
                make(
                    "not_assessable",
                    f"rule {code!r} not checked where a blank cell is an operand "
                    f"(空白不等于0): {shown}",
                    path=skipped[0],
                )
            )
    return findings

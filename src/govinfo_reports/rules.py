"""The arithmetic rules (勾稽关系) of SPEC.md as a plain ordered list.

Each rule is a function ``Report -> (findings, skipped paths)``; ``validate`` runs them
in order, turns skipped paths into one ``not_assessable`` finding per rule, and adds the
parse findings. To add a rule, append ``(code, function)`` to :data:`RULES`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import attrgetter

from attrs import fields

from .findings import Finding, make
from .labels import describe
from .model import APPLICANT_COLUMNS, REVIEW_GROUPS, ApplicantCounts, Report, Requests

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


def row_total(report: Report) -> RuleResult:
    """In every table-三 row: 总计 = sum of the six applicant columns."""
    found: list[Finding] = []
    skipped: list[str] = []
    if report.requests is None:
        return found, skipped
    for path, row in request_rows(report.requests):
        columns = _columns(row)
        if None in columns:
            if columns.count(None) < len(columns):
                skipped.append(f"{path}.total")
            continue
        expected = sum(columns[:6])
        if expected != row.total:
            found.append(
                make(
                    "row_total",
                    f"{describe(path + '.total')}: total {row.total} ≠ sum of the applicant "
                    f"columns {expected} (总计不等于各申请人之和)",
                    path=f"{path}.total",
                    line=_line(report, path),
                    expected=expected,
                    actual=row.total,
                )
            )
    return found, skipped


def results_total(report: Report) -> RuleResult:
    """Per column: (七) 总计 = sum of (一) … (六)."""
    found: list[Finding] = []
    skipped: list[str] = []
    if report.requests is None:
        return found, skipped
    by_column = list(zip(*[_columns(row) for _, row in result_items(report.requests)], strict=True))
    totals = _columns(report.requests.results.total)
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


#: The rules ``validate`` runs, in order.
RULES: list[tuple[str, Rule]] = [
    ("balance", balance),
    ("row_total", row_total),
    ("results_total", results_total),
    ("review_total", review_total),
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

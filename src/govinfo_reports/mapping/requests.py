"""Table 三 (收到和处理政府信息公开申请情况) → the model."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..cells import NUMBER_KIND, TEXT_KIND, normalize_label, read_value
from ..findings import Finding, make
from ..grid import Row
from ..labels import (
    COMMERCIAL_HEAD,
    GROUP_ITEMS,
    SUBTOTAL_HEAD,
    SUBTOTAL_HEADER,
    classify_request_label,
    describe,
)
from ..model import (
    ApplicantCounts,
    NotProcessed,
    OtherHandling2021,
    Requests,
    Results,
    Template,
    Unavailable,
    Withheld,
)
from .collect import Key, collect_rows
from .fit import Fitted, fit_row
from .stray import stray_findings

Numbers = list[int | None]

_TOP_ROWS: tuple[Key, ...] = (("new_received",), ("carried_over",), ("carried_forward",))


def leaf_keys(template: Template) -> list[Key]:
    """Every row of table 三 that holds values, in printed order."""
    keys: list[Key] = [("new_received",), ("carried_over",)]
    keys += [("results", "granted"), ("results", "partially_granted")]
    for group in ("withheld", "unavailable", "not_processed"):
        keys += [("results", group, item) for item in GROUP_ITEMS[group]]
    if template == "2021":
        keys += [("results", "other", item) for item in GROUP_ITEMS["other"]]
    else:
        keys.append(("results", "other"))
    keys += [("results", "total"), ("carried_forward",)]
    return keys


class _Classifier:
    """Stateful label classifier: remembers the current group and whether data began."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.group: str | None = None
        self.in_data = False

    def __call__(self, label: str) -> Key | None:
        found = classify_request_label(label, self.group, self.in_data)
        if found is None:
            return None
        if found.path is None:
            if found.group == self.group and self.in_data:
                return None  # the group named again: the rest of a broken label, a rowspan
            self.group = found.group
            if found.group == "other" and self.template == "2019":
                self.in_data = True
                return ("results", "other")
            return ()
        self.in_data = True
        if found.group is not None:
            self.group = found.group
        elif found.path[0] != "results":
            self.group = None
        path = found.path
        if path[:2] == ("results", "other") and len(path) == 3 and self.template == "2019":
            return ("results", "other")
        return path


def _header_texts(rows: Sequence[Row]) -> Iterator[str]:
    """Table 三's short text cells above its first data row, normalised, in reading order."""
    for row in rows:
        for raw in row.texts:
            if read_value(raw).kind is not TEXT_KIND:
                continue
            text = normalize_label(raw)
            if "本年新收" in text or "予以公开" in text:  # the first data row
                return
            if len(text) <= 12:
                yield text


def _subtotal_position(rows: Sequence[Row]) -> int | None:
    """Where a 法人或其他组织小计 column stands among the values, if the header has one:
    6 when it follows the 商业企业 column, 1 when it comes before the organisations."""
    subtotal = commercial = None
    for seen, text in enumerate(_header_texts(rows)):
        if subtotal is None and (SUBTOTAL_HEADER in text or text.endswith(SUBTOTAL_HEAD)):
            subtotal = seen
        if commercial is None and COMMERCIAL_HEAD in text:
            commercial = seen
    if subtotal is None:
        return None
    return 6 if commercial is not None and commercial < subtotal else 1


def _row_check(subtotal_at: int | None):  # type: ignore[no-untyped-def]
    def check(values: Sequence[int]) -> bool:
        if subtotal_at is None:
            return sum(values[:6]) == values[6]
        applicants = list(values[:subtotal_at]) + list(values[subtotal_at + 1 :])
        organisations = applicants[1:6]
        return sum(applicants[:6]) == applicants[6] and sum(organisations) == values[subtotal_at]

    return check


def _dotted(key: Key) -> str:
    return "requests." + ".".join(key)


#: Per template, each leaf row's key with its dotted path (made once, not per report).
_LEAVES: dict[Template, list[tuple[Key, str]]] = {
    template: [(key, _dotted(key)) for key in leaf_keys(template)] for template in ("2019", "2021")
}


def _equations(template: Template) -> list[tuple[list[Key], list[Key]]]:
    """Column equations of the table: (left operands, right operands)."""
    items = [k for k in leaf_keys(template) if k[0] == "results" and k != ("results", "total")]
    return [
        ([("results", "total")], items),
        ([("new_received",), ("carried_over",)], [("results", "total"), ("carried_forward",)]),
    ]


def _holds(
    table: dict[Key, Numbers],
    equations: list[tuple[list[Key], list[Key]]],
    columns: Sequence[int],
) -> bool:
    for column in columns:
        for left, right in equations:
            operands = [table.get(k, [None] * 7)[column] for k in left + right]
            known = [v for v in operands if v is not None]
            if len(known) != len(operands):
                continue
            if sum(known[: len(left)]) != sum(known[len(left) :]):
                return False
    return True


def _resolve(
    table: dict[Key, Numbers],
    ambiguous: dict[Key, list[list[int]]],
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
) -> None:
    """Pick a row's placement when the table's column arithmetic allows just one."""
    equations = _equations(template)
    for key, options in ambiguous.items():
        disputed = [c for c in range(7) if len({o[c] for o in options}) > 1]
        valid = []
        for option in options:
            trial = dict(table)
            trial[key] = list(option)
            if _holds(trial, equations, disputed):
                valid.append(option)
        if len(valid) == 1:
            table[key] = list(valid[0])
            findings.append(
                make(
                    "row_width",
                    f"{describe(_dotted(key))}: placement {valid[0]} chosen because it is the "
                    f"only one of {len(options)} that keeps the table's column totals",
                    path=_dotted(key),
                    line=lines.get(_dotted(key)),
                    severity="info",
                )
            )


def _counts(values: Numbers) -> ApplicantCounts:
    # positional: ApplicantCounts' fields are APPLICANT_COLUMNS in order (a model test checks it)
    return ApplicantCounts(*values)


def build_requests(
    rows: Sequence[Row],
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    closed_at_end: bool = True,
) -> Requests:
    """Read table 三; rows not found stay blank with a ``missing_row`` finding."""
    subtotal_at = _subtotal_position(rows)
    width = 7 if subtotal_at is None else 8
    collected = collect_rows(rows, _Classifier(template), lambda key: width, closed_at_end)
    check = _row_check(subtotal_at)
    table: dict[Key, Numbers] = {}
    ambiguous: dict[Key, list[list[int]]] = {}
    for key, path in _LEAVES[template]:
        raw = collected.rows.get(key)
        if raw is None:
            findings.append(make("missing_row", f"{describe(path)}: row not found", path=path))
            continue
        lines[path] = raw.line
        fitted: Fitted = fit_row(raw, path, check, findings, counts_only=True)
        numbers: Numbers = [
            v.number if v is not None and v.kind is NUMBER_KIND else None for v in fitted.values
        ]
        candidates = fitted.candidates
        if subtotal_at is not None:
            numbers = _take_subtotal(numbers, subtotal_at, path, raw.line, findings)
            candidates = [o[:subtotal_at] + o[subtotal_at + 1 :] for o in candidates]
        table[key] = numbers
        if candidates:
            ambiguous[key] = candidates
    if ambiguous:
        _resolve(table, ambiguous, template, findings, lines)
    findings += stray_findings(collected, "requests")
    return _assemble(table, template)


def _take_subtotal(
    numbers: Numbers, at: int, path: str, line: int, findings: list[Finding]
) -> Numbers:
    subtotal = numbers[at]
    rest = numbers[:at] + numbers[at + 1 :]
    organisations = rest[1:6]
    if subtotal is not None and None not in organisations:
        expected = sum(v for v in organisations if v is not None)
        if expected != subtotal:
            findings.append(
                make(
                    "subtotal",
                    f"{describe(path)}: 法人或其他组织小计 (subtotal) {subtotal} ≠ "
                    f"sum of the five organisation columns {expected}",
                    path=path,
                    line=line,
                    expected=expected,
                    actual=subtotal,
                )
            )
    return rest


def _assemble(table: dict[Key, Numbers], template: Template) -> Requests:
    blank: Numbers = [None] * 7

    def row(*key: str) -> ApplicantCounts:
        return _counts(table.get(key, blank))

    withheld = Withheld(**{i: row("results", "withheld", i) for i in GROUP_ITEMS["withheld"]})
    unavailable = Unavailable(
        **{i: row("results", "unavailable", i) for i in GROUP_ITEMS["unavailable"]}
    )
    not_processed = NotProcessed(
        **{i: row("results", "not_processed", i) for i in GROUP_ITEMS["not_processed"]}
    )
    other: ApplicantCounts | OtherHandling2021
    if template == "2021":
        other = OtherHandling2021(**{i: row("results", "other", i) for i in GROUP_ITEMS["other"]})
    else:
        other = row("results", "other")
    results = Results(
        granted=row("results", "granted"),
        partially_granted=row("results", "partially_granted"),
        withheld=withheld,
        unavailable=unavailable,
        not_processed=not_processed,
        other=other,
        total=row("results", "total"),
    )
    requests = Requests(
        new_received=row("new_received"),
        carried_over=row("carried_over"),
        results=results,
        carried_forward=row("carried_forward"),
    )
    return requests

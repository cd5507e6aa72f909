"""The real reports of ``shared/real/``: hand-checked values, cell by cell.

Each folder holds one published report (``input.txt``: the start of a page as text,
cut off inside table 三 or before it; ``input.html``: a whole page) and an
``expected.json`` read by hand. See ``shared/real/README.md``. The files stay in
shared/ and are never copied here; point ``GOVINFO_SHARED`` at the shared/ folder when
it is not next to the repository.

What is judged:

* metadata (year, template, organ);
* table 二, every cell, money as ``{"value", "unit"}``;
* table 三, every cell of ``requests`` (complete) or of the rows in
  ``requests_partial`` (cut-off excerpts);
* table 四, the 15 cells, where the page has it;
* cut-off excerpts: the gaps are reported as findings and never filled in;
* ``validate()``: the arithmetic findings equal those computed here, independently,
  from expected.json's numbers.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports
from _real_keys import (
    ACTIVE_COLUMNS,
    ACTIVE_LAYOUT,
    ACTIVE_ROWS,
    APPLICANT_COLUMNS,
    MONEY_COLUMNS,
    PRINTED_NUMBERS,
    REQUEST_COLUMNS,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
    ROW_SNIPPETS,
    money,
    norm,
    request_row_path,
    request_rows,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVINFO_SHARED", REPO_ROOT.parent / "shared"))
REAL = SHARED / "real"

#: The codes of validate()'s arithmetic rules (SPEC.md), subtotal included.
ARITHMETIC_CODES = frozenset({"balance", "row_total", "results_total", "review_total", "subtotal"})

Cell = Any  # int | None | {"value": str, "unit": str | None}


# --- the cases -----------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    expected: dict[str, Any]

    @property
    def input(self) -> Path:
        found = sorted(self.folder.glob("input.*"))
        assert len(found) == 1, f"{self.name}: expected exactly one input.* file, found {found}"
        return found[0]

    @property
    def template(self) -> str:
        return str(self.expected["template"])

    @property
    def judged_requests(self) -> dict[str, list[int | None]]:
        """expected.json rows of table 三 that are judged (all, or the partial ones)."""
        rows = self.expected.get("requests") or self.expected.get("requests_partial") or {}
        return dict(rows)

    @property
    def complete(self) -> bool:
        """The whole report is in the input: table 三 complete and table 四 present."""
        return "requests" in self.expected and "review_litigation" in self.expected

    @property
    def cut_off(self) -> bool:
        return "requests_partial" in self.expected or "requests" not in self.expected


def _load_cases() -> list[Case]:
    if not REAL.is_dir():
        return []
    cases = []
    for folder in sorted(REAL.iterdir()):
        expected_file = folder / "expected.json"
        if folder.is_dir() and expected_file.is_file():
            expected = json.loads(expected_file.read_text(encoding="utf-8"))
            cases.append(Case(folder.name, folder, expected))
    return cases


CASES = _load_cases()
_SKIP_REASON = (
    f"no real cases: {REAL} does not exist or holds no */expected.json "
    "(set GOVINFO_SHARED to the shared/ folder)"
)


def cases_where(predicate: Callable[[Case], bool] | None = None) -> list[Any]:
    """pytest params over the cases (optionally filtered), or one skipped param."""
    if not CASES:
        return [pytest.param(None, id="no-real-cases", marks=pytest.mark.skip(reason=_SKIP_REASON))]
    chosen = [c for c in CASES if predicate is None or predicate(c)]
    return [pytest.param(c, id=c.name) for c in chosen]


@cache
def parsed(name: str) -> Any:
    """parse() once per case for the whole session (a Report is immutable)."""
    case = next(c for c in CASES if c.name == name)
    return govinfo_reports.parse(case.input)


@cache
def canonical(name: str) -> dict[str, Any]:
    return govinfo_reports.to_dict(parsed(name))


# --- helpers --------------------------------------------------------------------------


def dig(tree: Any, path: str) -> Any:
    """The value at a dotted path of the canonical form; None where any level is
    missing or null (a table that was not found counts as blank cells)."""
    node = tree
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def leaves(tree: Any, prefix: str) -> Iterator[tuple[str, Cell]]:
    """Every cell under a dotted path of the canonical form; money counts as one cell."""
    node = dig(tree, prefix)
    if isinstance(node, dict) and not ({"value", "unit"} >= node.keys() and "value" in node):
        for key in node:
            yield from leaves(tree, f"{prefix}.{key}")
    else:
        yield prefix, node


def mismatch_report(case: Case, what: str, diffs: list[str]) -> str:
    return f"{case.name}: {len(diffs)} {what} differ (expected vs actual):\n  " + "\n  ".join(diffs)


def compare(expected: dict[str, Cell], actual: dict[str, Any]) -> list[str]:
    """'path: expected X, got Y' for every differing cell (exact type: 0 is not None,
    True is not 1)."""
    diffs = []
    for path, want in expected.items():
        got = dig(actual, path)
        if got != want or type(got) is not type(want):
            diffs.append(f"{path}: expected {want!r}, got {got!r}")
    return diffs


def expected_requests(case: Case) -> dict[str, list[int | None]]:
    """Judged rows of table 三 by canonical row path."""
    rows: dict[str, list[int | None]] = {}
    for key, values in case.judged_requests.items():
        path = request_row_path(key, case.template)
        assert path not in rows, f"{case.name}: two expected rows map to {path} ({key!r})"
        assert len(values) == len(REQUEST_COLUMNS), f"{case.name}: {key!r} has {len(values)} values"
        rows[path] = list(values)
    return rows


def codes_and_paths(findings: Any) -> list[tuple[str, str | None]]:
    return [(f.code, f.path) for f in findings]


def describe(findings: Any) -> str:
    lines = [f"{f.code} {f.severity} {f.path} (line {f.line}): {f.message}" for f in findings]
    return "\n  ".join(lines) or "(none)"


# --- 1. metadata ----------------------------------------------------------------------


@pytest.mark.parametrize("case", cases_where())
def test_year_and_template(case: Case) -> None:
    report = parsed(case.name)
    got = {"year": report.year, "template": report.template}
    want = {"year": case.expected["year"], "template": case.expected["template"]}
    assert got == want, f"{case.name}: expected {want}, got {got}"
    data = canonical(case.name)
    assert (data["year"], data["template"]) == (want["year"], want["template"])


_ADMIN_QUALIFIER = re.compile(r"^\S*[省市区县旗州盟]$")


def printed_organ(expected: str, doubtful: list[str]) -> str | None:
    """Where the doubtful notes say the organ was partly inferred (from the site or
    another report), the part of ``expected`` that the page itself prints.

    The notes say it in one of two ways: '… the page says only 驼峰路街道办事处' (the
    printed form, given outright), or 'organ prefix 迁安市 inferred from the site' (the
    printed form is ``expected`` without that prefix). None when no note is about the
    organ.
    """
    for note in doubtful:
        if "organ" not in note:
            continue
        says = re.search(r"says only ([^\s,;()]+)", note)
        if says:
            return says.group(1)
        prefix = re.search(r"prefix ([^\s,;()]+)", note)
        if prefix and expected.startswith(prefix.group(1)):
            return expected[len(prefix.group(1)) :]
        raise AssertionError(f"doubtful note about the organ not understood: {note!r}")
    return None


@pytest.mark.parametrize("case", cases_where(lambda c: c.expected.get("organ") is not None))
def test_organ(case: Case) -> None:
    """The organ, judged as strictly as the page allows.

    * A prefix that the hand-checker inferred from the site (noted in "doubtful") cannot
      be read off the page, so there the parser is held only to what the page prints:
      the parsed organ must end with the printed part (驼峰路街道办事处 may come back as
      驼峰路街道办事处, 榆阳区驼峰路街道办事处 or the full 榆林市榆阳区驼峰路街道办事处, but not
      as 办事处). Suffix-compatible is the right test because Chinese organ names are
      qualified from the left (province, city, county, then the body).
    * Otherwise the organ must equal expected, or be expected qualified further to the
      left by administrative divisions only (河北省 + 沧州市气象局: the page's title says
      河北省沧州市气象局 and the body 沧州市气象局, both name the same body). No other
      variation is accepted.
    """
    expected = case.expected["organ"]
    got = parsed(case.name).organ
    assert got, f"{case.name}: organ not found (expected {expected!r})"
    assert canonical(case.name)["organ"] == got
    if got == expected:
        return
    printed = printed_organ(expected, list(case.expected.get("doubtful") or []))
    if printed is not None:
        assert got.endswith(printed), (
            f"{case.name}: organ {got!r} does not end with {printed!r}, the part of "
            f"{expected!r} that the page prints (the rest is inferred from the site)"
        )
        return
    extra = got[: -len(expected)] if got.endswith(expected) else None
    assert extra and _ADMIN_QUALIFIER.match(extra), (
        f"{case.name}: organ expected {expected!r} (or it with leading administrative "
        f"divisions), got {got!r}"
    )


# --- 2. table 二 ----------------------------------------------------------------------


def expected_active(case: Case) -> dict[str, Cell]:
    """expected.json's table 二 by canonical cell path, money in canonical form."""
    cells: dict[str, Cell] = {}
    for label, columns in case.expected["active"].items():
        row = ACTIVE_ROWS[norm(label)]
        for header, value in columns.items():
            column = ACTIVE_COLUMNS[norm(header)]
            assert column in ACTIVE_LAYOUT[case.template][row], (
                f"{case.name}: {label}/{header} → {row}.{column} is not a template "
                f"{case.template} cell"
            )
            if column in MONEY_COLUMNS and value is not None:
                value = money(str(value))
            cells[f"active_disclosure.{row}.{column}"] = value
    return cells


@pytest.mark.parametrize("case", cases_where(lambda c: "active" in c.expected))
def test_active_disclosure(case: Case) -> None:
    want = expected_active(case)
    data = canonical(case.name)
    diffs = compare(want, data)
    # every other cell of the table must be blank (the hand-checked tables are complete)
    for path, got in leaves(data, "active_disclosure"):
        if path not in want and got is not None:
            diffs.append(f"{path}: expected no value, got {got!r}")
    assert not diffs, mismatch_report(case, "table 二 cells", diffs)


# --- 3. table 三 ----------------------------------------------------------------------


@pytest.mark.parametrize("case", cases_where(lambda c: bool(c.judged_requests)))
def test_requests(case: Case) -> None:
    """Every cell of the judged rows (all of them for a complete table)."""
    want: dict[str, Cell] = {}
    for row, values in expected_requests(case).items():
        for column, value in zip(REQUEST_COLUMNS, values, strict=True):
            want[f"{row}.{column}"] = value
    data = canonical(case.name)
    diffs = compare(want, data)
    if "requests" in case.expected:  # complete: no cell beyond the template's
        rows = set(request_rows(case.template))
        for path, got in leaves(data, "requests"):
            row, column = path.rsplit(".", 1)
            if row not in rows or column not in REQUEST_COLUMNS:
                diffs.append(f"{path}: not a template {case.template} cell, got {got!r}")
    assert not diffs, mismatch_report(case, "table 三 cells", diffs)


# --- 4. table 四 ----------------------------------------------------------------------


@pytest.mark.parametrize("case", cases_where(lambda c: "review_litigation" in c.expected))
def test_review_litigation(case: Case) -> None:
    values = case.expected["review_litigation"]
    assert len(values) == len(REVIEW_GROUPS) * len(REVIEW_COLUMNS)
    paths = [f"review_litigation.{g}.{c}" for g in REVIEW_GROUPS for c in REVIEW_COLUMNS]
    diffs = compare(dict(zip(paths, values, strict=True)), canonical(case.name))
    assert not diffs, mismatch_report(case, "table 四 cells", diffs)


# --- 5. cut-off excerpts ----------------------------------------------------------------


@pytest.mark.parametrize("case", cases_where(lambda c: c.cut_off))
def test_cut_off_gaps_are_reported(case: Case) -> None:
    """An excerpt that ends inside or before table 三 says so with findings."""
    findings = parsed(case.name).findings
    pairs = codes_and_paths(findings)
    problems = []
    if ("missing_table", "review_litigation") not in pairs:
        problems.append("no missing_table finding with path 'review_litigation'")
    if "requests_partial" in case.expected:
        judged = set(expected_requests(case))
        unjudged = [
            path
            for code, path in pairs
            if code == "missing_row"
            and path
            and path.startswith("requests.")
            and not any(path == row or path.startswith(row + ".") for row in judged)
        ]
        if not unjudged:
            problems.append("no missing_row finding for a table 三 row beyond the judged ones")
    else:  # no row of table 三 could be judged: the table is missing or holes only
        if not any(
            code in ("missing_table", "missing_row")
            and path is not None
            and (path == "requests" or path.startswith("requests."))
            for code, path in pairs
        ):
            problems.append("no missing_table/missing_row finding under 'requests'")
    assert not problems, (
        f"{case.name}: " + "; ".join(problems) + ("\n  findings:\n  " + describe(findings))
    )


@pytest.mark.parametrize("case", cases_where(lambda c: c.cut_off))
def test_cut_off_gaps_are_not_filled_in(case: Case) -> None:
    """Nothing is invented where the page printed nothing.

    * A row whose label does not occur anywhere in the input (see ROW_SNIPPETS: the
      snippet is absent even from the prose) is not in the excerpt: all its cells blank.
    * A row printed with fewer numbers than columns (PRINTED_NUMBERS, read off the
      input by hand) holds at most that many non-blank cells.
    * Table 四 is in none of the excerpts: all its cells blank.
    """
    text = norm(case.input.read_text(encoding="utf-8")).replace("|", "")
    data = canonical(case.name)
    judged = set(expected_requests(case))
    diffs = []
    for row in request_rows(case.template):
        if row in judged or ROW_SNIPPETS[row] in text:
            continue
        for column in REQUEST_COLUMNS:
            got = dig(data, f"{row}.{column}")
            if got is not None:
                diffs.append(f"{row}.{column}: row absent from the input, got {got!r}")
    for row, printed in PRINTED_NUMBERS.get(case.name, {}).items():
        filled = {c: v for c in REQUEST_COLUMNS if (v := dig(data, f"{row}.{c}")) is not None}
        if len(filled) > printed:
            diffs.append(f"{row}: the page prints {printed} number(s), got {filled}")
    for path, got in leaves(data, "review_litigation"):
        if got is not None:
            diffs.append(f"{path}: table 四 is absent from the input, got {got!r}")
    assert not diffs, mismatch_report(case, "invented cells", diffs)


@pytest.mark.parametrize("case", cases_where(lambda c: c.complete))
def test_complete_report_has_no_gaps(case: Case) -> None:
    findings = [f for f in parsed(case.name).findings if f.code in ("missing_table", "missing_row")]
    assert not findings, f"{case.name}: the whole report is there, yet:\n  " + describe(findings)


# --- 6. arithmetic ----------------------------------------------------------------------


def _filled(values: list[int | None]) -> list[int] | None:
    """The values when none is blank, else None (a rule with a blank operand is skipped)."""
    ints = [v for v in values if v is not None]
    return ints if len(ints) == len(values) else None


def arithmetic_oracle(
    rows: dict[str, list[int | None]],
    review: list[int | None] | None,
    template: str,
) -> set[tuple[str, str]]:
    """The (code, path) of every arithmetic finding SPEC.md's rules give for these
    numbers. A row absent from ``rows`` is blank; a rule with a blank operand is not
    checked. Pure, and independent of the library."""

    def cell(row: str, column: str) -> int | None:
        values = rows.get(row)
        return None if values is None else values[REQUEST_COLUMNS.index(column)]

    found: set[tuple[str, str]] = set()
    all_rows = request_rows(template)
    for row in all_rows:  # row_total: total = sum of the six applicant columns
        operands = _filled([cell(row, c) for c in (*APPLICANT_COLUMNS, "total")])
        if operands is not None and sum(operands[:-1]) != operands[-1]:
            found.add(("row_total", f"{row}.total"))
    items = [r for r in all_rows if r.startswith("requests.results.")]
    items.remove("requests.results.total")
    for column in REQUEST_COLUMNS:
        # balance: 一 + 二 = 三(七)总计 + 四
        balance = _filled(
            [
                cell(r, column)
                for r in (
                    "requests.new_received",
                    "requests.carried_over",
                    "requests.results.total",
                    "requests.carried_forward",
                )
            ]
        )
        if balance is not None and balance[0] + balance[1] != balance[2] + balance[3]:
            found.add(("balance", f"requests.new_received.{column}"))
        # results_total: (七)总计 = sum of (一) … (六), every item row
        results = _filled([cell(r, column) for r in (*items, "requests.results.total")])
        if results is not None and sum(results[:-1]) != results[-1]:
            found.add(("results_total", f"requests.results.total.{column}"))
    if review is not None:  # review_total: total = upheld + corrected + other + pending
        width = len(REVIEW_COLUMNS)
        for index, group in enumerate(REVIEW_GROUPS):
            group_values = _filled(list(review[index * width : (index + 1) * width]))
            if group_values is not None and sum(group_values[:-1]) != group_values[-1]:
                found.add(("review_total", f"review_litigation.{group}.total"))
    return found


@pytest.mark.parametrize("case", cases_where(lambda c: c.complete))
def test_arithmetic_findings_of_a_complete_report(case: Case) -> None:
    """validate() reports exactly the arithmetic findings the numbers call for."""
    want = arithmetic_oracle(
        expected_requests(case), case.expected["review_litigation"], case.template
    )
    findings = govinfo_reports.validate(parsed(case.name))
    got = {(f.code, f.path) for f in findings if f.code in ARITHMETIC_CODES}
    assert got == want, (
        f"{case.name}: arithmetic findings differ\n  missing: {sorted(want - got)}"
        f"\n  unexpected: {sorted(got - want)}\n  all findings:\n  {describe(findings)}"
    )
    # no cell of tables 三 and 四 is blank here, so every rule could be checked
    skipped = [f for f in findings if f.code == "not_assessable"]
    assert not skipped, f"{case.name}: rules reported as not assessable:\n  " + describe(skipped)


@pytest.mark.parametrize("case", cases_where(lambda c: "requests_partial" in c.expected))
def test_row_totals_of_judged_rows(case: Case) -> None:
    """In a cut-off excerpt only row_total is fully determined by the judged rows."""
    rows = expected_requests(case)
    want = {
        finding
        for finding in arithmetic_oracle(rows, None, case.template)
        if finding[0] == "row_total"
    }
    judged_paths = {f"{row}.total" for row in rows}
    findings = govinfo_reports.validate(parsed(case.name))
    got = {(f.code, f.path) for f in findings if f.code == "row_total" and f.path in judged_paths}
    assert got == want, (
        f"{case.name}: row_total findings on the judged rows differ"
        f"\n  missing: {sorted(want - got)}\n  unexpected: {sorted(got - want)}"
    )


@pytest.mark.parametrize("case", cases_where())
def test_validate_keeps_parse_findings(case: Case) -> None:
    """validate() never raises on a parsed report and returns its parse findings too."""
    report = parsed(case.name)
    findings = govinfo_reports.validate(report)
    returned = codes_and_paths(findings)
    lost = [f for f in report.findings if (f.code, f.path) not in returned]
    assert not lost, f"{case.name}: parse findings missing from validate():\n  " + describe(lost)

"""Properties over generated reports (tests/strategies.py) printed in every layout with
drawn noise (tests/noise.py):

* ``parse(render(r, layout, noise)) == r`` — and ``to_dict`` equal too, so money keeps
  its printed digits — with no parse finding beyond the missing tables;
* a consistent report has no arithmetic finding; after one cell changes, ``validate``
  finds exactly the rules that cell takes part in;
* ``from_dict(to_dict(r)) == r``, through JSON too; parsing is deterministic;
* CRLF and CR line ends change nothing, finding lines included;
* the readers' grids: ``tab`` and ``markdown`` read to the same cells, and the HTML
  reader lays ``rowspan`` / ``colspan`` out as the renderer did;
* a row the template does not have, printed after a complete row of table 二, changes
  no cell and is reported once (``unknown_row``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pytest
from attrs import evolve
from hypothesis import assume, event, given, note
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports.model import APPLICANT_COLUMNS, REVIEW_GROUPS
from govinfo_reports.render import available_layouts, format_document
from govinfo_reports.render.build import build_document
from govinfo_reports.render.document import Cell, Document, Table, expand
from noise import noisy_texts
from strategies import TEMPLATES, expected_structural, report_dicts, reports, request_rows

LAYOUTS = available_layouts()
ARITHMETIC = frozenset({"balance", "row_total", "results_total", "review_total", "subtotal"})
TABLES = ("active_disclosure", "requests", "review_litigation")


def _structural(findings: Iterable[gr.Finding]) -> list[tuple[str, str | None]]:
    """Parse findings other than the expected ones, as (code, path)."""
    return [
        (f.code, f.path)
        for f in findings
        if not (f.code == "template_unknown" and f.severity == "info")
    ]


def _describe(report: gr.Report) -> None:
    """Events for ``--hypothesis-show-statistics``: what the strategies exercised."""
    data = gr.to_dict(report)
    missing = [key for key in TABLES if data[key] is None]
    event(f"missing tables: {', '.join(missing) or 'none'}")
    event(f"metadata: {'title' if report.title else 'sentence' if report.organ else 'none'}")
    blanks = sum(json.dumps(data[key]).count("null") for key in TABLES if key not in missing)
    event(f"blank cells: {'0' if blanks == 0 else '1-9' if blanks < 10 else '10+'}")


#: How the warning on a text ending right after a row's last value, with no line end,
#: starts its message's second part (the row may be an excerpt's, cut in that value).
_ENDS_ON_A_VALUE = "the input ends inside or right after this row's last value"


def _check_round_trip(report: gr.Report, text: str, ends_unterminated: bool = False) -> gr.Report:
    """``text`` parses back to ``report`` with the structural findings it should have.
    ``ends_unterminated``: the text was made to end without a line end, so a warning
    that its last row's last value may be cut short is expected where no arithmetic
    checks that value (a blank count in the row, or table 二's amount)."""
    _describe(report)
    note(f"text:\n{text}")
    parsed = gr.parse(text)
    note(f"reader: {parsed.source.reader}; findings: {[f.message for f in parsed.findings]}")
    assert gr.to_dict(parsed) == gr.to_dict(report)
    assert parsed == report
    findings = [
        f
        for f in parsed.findings
        if not (ends_unterminated and f.code == "row_width" and _ENDS_ON_A_VALUE in f.message)
    ]
    assert len(findings) >= len(parsed.findings) - 1  # (one such warning at most)
    assert sorted(_structural(findings), key=str) == sorted(expected_structural(report), key=str)
    return parsed


def test_available_layouts() -> None:
    assert LAYOUTS == ("tab", "pipe", "pipe-cells", "vertical", "markdown", "html")
    with pytest.raises(ValueError, match="unknown layout"):
        gr.render(gr.Report(), "csv")
    with pytest.raises(TypeError):
        gr.render({}, "tab")  # type: ignore[arg-type]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("layout", LAYOUTS)
@given(data=st.data())
def test_render_parses_back(layout: str, template: str, data: st.DataObject) -> None:
    report = data.draw(reports(template))
    _check_round_trip(report, gr.render(report, layout))


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("layout", LAYOUTS)
@given(data=st.data())
def test_noisy_render_parses_back(layout: str, template: str, data: st.DataObject) -> None:
    report = data.draw(reports(template))
    text, names = data.draw(noisy_texts(report, layout))
    note(f"noise: {names}")
    event(f"noise transforms: {len(names)}")
    for name in names:
        event(f"noise: {name}")
    _check_round_trip(report, text, "no_final_newline" in names and text[-1:].isdigit())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
@given(report=reports(), layout=st.sampled_from(LAYOUTS))
def test_encoded_render_parses_back(encoding: str, report: gr.Report, layout: str) -> None:
    text = gr.render(report, layout)
    if layout == "html" and encoding != "utf-8":
        text = text.replace('<meta charset="utf-8">', "")
    parsed = gr.parse(text.encode(encoding))
    assert parsed == report


# --- validate -----------------------------------------------------------------------


def _arithmetic(findings: list[gr.Finding]) -> set[tuple[str, str | None]]:
    return {(f.code, f.path) for f in findings if f.code in ARITHMETIC}


@given(report=reports(consistent=True), layout=st.sampled_from(LAYOUTS))
def test_consistent_report_has_no_arithmetic_finding(report: gr.Report, layout: str) -> None:
    assert _arithmetic(gr.validate(report)) == set()
    assert _arithmetic(gr.validate(gr.parse(gr.render(report, layout)))) == set()


def broken_rules(data: dict[str, Any], path: str) -> set[tuple[str, str]]:
    """The arithmetic findings a change of the cell at ``path`` must raise in a report
    that was consistent: every rule the cell is an operand of, where no operand is
    blank. Written from SPEC.md, independently of rules.py."""
    found: set[tuple[str, str]] = set()
    row_path, column = path.rsplit(".", 1)
    if path.startswith("review_litigation."):
        group = data["review_litigation"][row_path.split(".")[1]]
        if None not in group.values():
            found.add(("review_total", f"{row_path}.total"))
        return found
    rows = request_rows(data)
    if None not in rows[row_path].values():
        found.add(("row_total", f"{row_path}.total"))
    results = [p for p in rows if p.startswith("requests.results.")]
    if row_path in results and None not in (rows[p][column] for p in results):
        found.add(("results_total", f"requests.results.total.{column}"))
    balance_rows = [
        "requests.new_received",
        "requests.carried_over",
        "requests.results.total",
        "requests.carried_forward",
    ]
    if row_path in balance_rows and None not in (rows[p][column] for p in balance_rows):
        found.add(("balance", f"requests.new_received.{column}"))
    return found


@st.composite
def changed_reports(draw: Any) -> tuple[dict[str, Any], dict[str, Any], str]:
    """A consistent report (as a dict) with tables 三 and 四, and a copy with one
    published cell changed."""
    data = draw(
        report_dicts(consistent=True).filter(lambda d: d["requests"] and d["review_litigation"])
    )
    cells: list[tuple[str, dict[str, Any], str]] = []
    for row_path, row in request_rows(data).items():
        cells += [(f"{row_path}.{c}", row, c) for c in APPLICANT_COLUMNS if row[c] is not None]
    for group in REVIEW_GROUPS:
        row = data["review_litigation"][group]
        cells += [(f"review_litigation.{group}.{c}", row, c) for c in row if row[c] is not None]
    path, row, column = draw(st.sampled_from(cells))
    old = row[column]
    delta = draw(st.integers(-old, 1000).filter(lambda d: d != 0))
    changed = json.loads(json.dumps(data))
    target = changed
    for part in path.split(".")[:-1]:
        target = target[part]
    target[column] = old + delta
    return data, changed, path


@given(case=changed_reports(), layout=st.sampled_from(LAYOUTS))
def test_one_changed_cell_breaks_exactly_its_rules(
    case: tuple[dict[str, Any], dict[str, Any], str], layout: str
) -> None:
    original, changed, path = case
    note(f"changed {path}")
    expected = broken_rules(original, path)
    report = gr.from_dict(changed)
    assert _arithmetic(gr.validate(report)) == expected
    parsed = gr.parse(gr.render(report, layout))
    assert parsed == report
    assert _arithmetic(gr.validate(parsed)) == expected


# --- serialisation and determinism --------------------------------------------------


@given(report=reports())
def test_dict_round_trip(report: gr.Report) -> None:
    data = gr.to_dict(report)
    assert gr.from_dict(data) == report
    assert gr.to_dict(gr.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))) == data


@given(data=st.data(), layout=st.sampled_from(LAYOUTS))
def test_parsing_is_deterministic(data: st.DataObject, layout: str) -> None:
    report = data.draw(reports())
    text, _ = data.draw(noisy_texts(report, layout))
    first, second = gr.parse(text), gr.parse(text)
    assert gr.to_dict(first) == gr.to_dict(second)
    assert first.findings == second.findings
    assert gr.validate(first) == gr.validate(second)
    assert first.source == second.source


# --- readers: the grid a layout reads back -------------------------------------------


def _cell_texts(grid: gr.Grid) -> list[list[tuple[int, str]]]:
    """Each row as (column, text) pairs, white space removed."""
    return [[(c.column, "".join(c.text.split())) for c in row.cells] for row in grid.rows]


@given(report=reports())
def test_tab_and_markdown_read_to_the_same_cells(report: gr.Report) -> None:
    """The two layouts that keep spanned positions as empty cells differ only in their
    separators and markdown's rule line: their readers find the same cells."""
    document = build_document(report)
    tab = gr.get_reader("tab").read(format_document(document, "tab")).grid
    markdown = gr.get_reader("pipe").read(format_document(document, "markdown")).grid
    assert _cell_texts(markdown) == _cell_texts(tab)


def _html_rows(table: Table) -> list[list[tuple[int, str]]]:
    """A rendered table as the HTML reader documents its grid: a cell once per row it
    covers, at its first column (no number spans rows in a rendered table)."""
    rows: list[list[tuple[int, str]]] = []
    for line in expand(table):
        row: list[tuple[int, str]] = []
        for column, slot in enumerate(line):
            before = line[column - 1] if column else None
            if slot is None or (before is not None and before.cell is slot.cell):
                continue  # a hole, or the same cell again (colspan)
            row.append((column, "".join(slot.cell.text.split())))
        rows.append(row)
    return rows


@given(report=reports())
def test_html_reader_expands_spans_as_rendered(report: gr.Report) -> None:
    """``rowspan`` / ``colspan`` read back onto the grid the renderer laid out."""
    document = build_document(report)
    expected = [row for b in document.blocks if isinstance(b, Table) for row in _html_rows(b)]
    grid = gr.get_reader("html").read(format_document(document, "html")).grid
    aligned = gr.Grid(tuple(row for row in grid.rows if row.aligned))
    assert _cell_texts(aligned) == expected


@given(data=st.data(), layout=st.sampled_from(LAYOUTS))
def test_line_ends_change_nothing(data: st.DataObject, layout: str) -> None:
    """Windows (CRLF) and old Mac (CR) line ends read exactly as LF: the same report and
    the same findings, their line numbers included."""
    report = data.draw(reports())
    text, _ = data.draw(noisy_texts(report, layout))
    lf = text.replace("\r\n", "\n")
    first = gr.parse(lf)
    for end in ("\r\n", "\r"):
        other = gr.parse(lf.replace("\n", end))
        assert other == first
        assert other.findings == first.findings
        assert gr.validate(other) == gr.validate(first)


_LOCAL_ROWS = ("行政确认", "行政奖励", "行政检查", "行政给付")


def _with_local_row(document: Document, after: int, label: str, value: str) -> Document | None:
    """``document`` with a row ``label | value …`` after the ``after``-th complete row of
    table 二 (a labelled row whose every value cell prints digits); ``None`` if it has
    no complete row."""
    blocks = list(document.blocks)
    table_index = next(
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Table)
        and any((c.path or "").startswith("active_disclosure") for row in b.rows for c in row)
    )
    table = blocks[table_index]
    assert isinstance(table, Table)
    complete = [i for i, row in enumerate(table.rows) if _complete(row)]
    if not complete:
        return None
    at = complete[after % len(complete)]
    local = tuple(
        evolve(c, text=label if c.role == "label" else value, path=None) for c in table.rows[at]
    )
    rows = (*table.rows[: at + 1], local, *table.rows[at + 1 :])
    blocks[table_index] = Table(rows, table.width)
    return Document(tuple(blocks))


def _complete(row: tuple[Cell, ...]) -> bool:
    values = [c for c in row if c.role == "value"]
    labels = [c for c in row if c.role == "label"]
    return bool(values) and len(labels) == 1 and all(c.text.isdigit() for c in values)


@given(
    report=reports(),
    layout=st.sampled_from(LAYOUTS),
    after=st.integers(0, 10),
    label=st.sampled_from(_LOCAL_ROWS),
    value=st.integers(0, 99999).map(str),
)
def test_a_local_row_changes_no_cell_and_is_reported(
    report: gr.Report, layout: str, after: int, label: str, value: str
) -> None:
    assume(report.active_disclosure is not None)
    document = _with_local_row(build_document(report), after, label, value)
    assume(document is not None)
    assert document is not None
    text = format_document(document, layout)
    note(f"text:\n{text}")
    parsed = gr.parse(text)
    assert gr.to_dict(parsed) == gr.to_dict(report)
    unknown = [f for f in parsed.findings if f.code == "unknown_row"]
    assert len(unknown) == 1
    assert unknown[0].path == "active_disclosure" and label in unknown[0].message
    assert f"'{value}'" in unknown[0].message
    others = [f for f in parsed.findings if f.code != "unknown_row"]
    assert sorted(_structural(others), key=str) == sorted(expected_structural(report), key=str)

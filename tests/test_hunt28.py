"""The values of tables 二, 三 and 四 as the mapping reads them (the twenty-eighth hunt).
Every input is fictional (the bundled fixtures with organs and numbers invented here)."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr
from govinfo_reports.cells import Kind, read_value

FIXTURES = Path(__file__).parent / "fixtures" / "text"
_REPORT_2019 = (FIXTURES / "tab_2019.txt").read_text(encoding="utf-8")
#: The 2019 fixture as space-aligned text (pdftotext's layout): a tab is four spaces.
_SPACED_2019 = _REPORT_2019.replace("\t", "    ")
_PROCUREMENT = "政府集中采购    57    3518.2050 万元"


def _row(report: gr.Report, key: str) -> dict[str, object]:
    row: dict[str, object] = gr.to_dict(report)["active_disclosure"][key]
    return row


def _about(report: gr.Report, key: str) -> list[tuple[str, str]]:
    return [
        (f.code, f.severity)
        for f in report.findings
        if f.path and f.path.startswith(f"active_disclosure.{key}")
    ]


@pytest.mark.parametrize(
    ("printed", "value", "unit"),
    [
        ("1 234.56", "1234.56", None),
        ("3 518.205 万元", "3518.205", "万元"),
        ("12 345 678.9", "12345678.9", None),
    ],
)
def test_an_amount_grouped_by_spaces_in_space_aligned_text_is_one_amount(
    printed: str, value: str, unit: str | None
) -> None:
    """An amount printed with its thousands parted by spaces (``1 234.56``) in
    space-aligned text: the reader parts the row's cells at white space, so the row was a
    cell too wide and left blank with a ``row_width`` warning. Where the row is exactly
    as many cells too wide as the groups, and only one run of cells makes a grouped
    decimal, the run is the amount: read, with a warning that it was joined."""
    assert _PROCUREMENT in _SPACED_2019
    text = _SPACED_2019.replace(_PROCUREMENT, f"政府集中采购    57    {printed}")
    report = gr.parse(text)
    row = _row(report, "centralized_procurement")
    assert row == {"projects": 57, "amount": {"value": value, "unit": unit}}
    assert _about(report, "centralized_procurement") == [("repaired_cell", "warning")]


@pytest.mark.parametrize("printed", ["57    1 234.5 6", "57    1 234", "57    1 23.4"])
def test_cells_that_do_not_make_one_grouped_amount_stay_in_doubt(printed: str) -> None:
    """Where the extra cells are not one run of thousands' groups before a decimal
    (``1 23.4``, ``1 234`` with no decimals: a count and an amount as well), the row stays
    blank with its warning."""
    text = _SPACED_2019.replace(_PROCUREMENT, f"政府集中采购    {printed}")
    report = gr.parse(text)
    assert _row(report, "centralized_procurement") == {"projects": None, "amount": None}
    assert ("row_width", "warning") in _about(report, "centralized_procurement")


def test_a_count_and_an_amount_with_its_unit_in_a_cell_of_its_own_stay_apart() -> None:
    """``12 | 345.6 | 万元``: a row a cell too wide whose count and amount look like one
    grouped amount; the unit's cell is joined to the amount, not the count to it."""
    text = _REPORT_2019.replace("政府集中采购\t57\t3518.2050 万元", "政府集中采购\t12\t345.6\t万元")
    assert text != _REPORT_2019
    report = gr.parse(text)
    row = _row(report, "centralized_procurement")
    assert row == {"projects": 12, "amount": {"value": "345.6", "unit": "万元"}}
    assert _about(report, "centralized_procurement") == [("repaired_cell", "info")]


def test_a_count_printed_with_a_trailing_point_is_read_with_a_warning() -> None:
    """A count followed by a point (``1530.``, a cell typed as a phrase with a half-width
    stop): unreadable text before (blank, with a warning). ``12.`` may also be an amount
    cut after its decimal point, so it is read with a warning saying so, not an info
    as ``1530。`` is."""
    text = _REPORT_2019.replace("行政许可\t212\t+8\t1530", "行政许可\t212\t+8\t1530.")
    assert text != _REPORT_2019
    report = gr.parse(text)
    assert _row(report, "administrative_licensing") == {
        "previous_count": 212,
        "change": 8,
        "decisions": 1530,
    }
    assert _about(report, "administrative_licensing") == [("repaired_cell", "warning")]


def test_an_amount_printed_with_a_trailing_point_is_read_with_a_warning() -> None:
    """The same in an amount's cell (``3518.``): the amount as printed, with a warning
    that its decimals may be cut."""
    text = _REPORT_2019.replace("3518.2050 万元", "3518.")
    report = gr.parse(text)
    assert _row(report, "centralized_procurement") == {
        "projects": 57,
        "amount": {"value": "3518", "unit": None},
    }
    assert _about(report, "centralized_procurement") == [("repaired_cell", "warning")]


@pytest.mark.parametrize("printed", ["2.", "1.2.", "-.", "3.."])
def test_a_numbering_or_points_alone_stay_unreadable(printed: str) -> None:
    """One digit and a point is an item's numbering (``2.`` / ``重复申请``), and points
    with no number before them are no value: unreadable as before."""
    assert read_value(printed).kind is Kind.TEXT


_SAMPLE = gr.sample_text()
_FIRST_HEADER = "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"
_FIRST_ROWS = "规章\t0\t0\t2\n行政规范性文件\t5\t1\t23"


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        ("信息内容\t总件数\t本年新增\t本年废止", "规章\t2\t0\t0\n行政规范性文件\t23\t5\t1"),
        ("信息内容\t本年新增\t合计\t本年废止", "规章\t0\t2\t0\n行政规范性文件\t5\t23\t1"),
    ],
)
def test_a_column_named_where_the_template_has_another_is_not_read_by_position(
    header: str, rows: str
) -> None:
    """A header naming two of 规章's three columns by words the parser knows and one by a
    word it does not (``总件数 | 本年新增 | 本年废止``): the names came in the template's
    order, so the values were read by position, 本年制发件数 taking the 总件数 column's
    value, with no finding. Where a named column stands at another place than the
    template's, the named columns are read from their places and the unnamed one is
    left blank, with a ``column_order`` warning."""
    old = f"{_FIRST_HEADER}\n{_FIRST_ROWS}"
    assert old in _SAMPLE
    report = gr.parse(_SAMPLE.replace(old, f"{header}\n{rows}"))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["regulations"] == {"issued": 0, "repealed": 0, "in_force": None}
    assert active["normative_documents"] == {"issued": 5, "repealed": 1, "in_force": None}
    said = [(f.code, f.severity) for f in report.findings if _on_active(f)]
    assert said == [("column_order", "warning")]


def test_a_header_naming_its_columns_in_their_places_is_read_by_position() -> None:
    """An unnamed column where the template has its column (``本年新增 | 本年废止 |
    总件数``) is read by position, as before, with no finding."""
    header = "信息内容\t本年新增\t本年废止\t总件数"
    report = gr.parse(_SAMPLE.replace(_FIRST_HEADER, header))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["regulations"] == {"issued": 0, "repealed": 0, "in_force": 2}
    assert not [f for f in report.findings if _on_active(f)]


def _on_active(finding: gr.Finding) -> bool:
    return bool(finding.path and finding.path.startswith("active_disclosure"))


@pytest.mark.parametrize(
    ("printed", "change"),
    [
        ("同比增加8", 8),
        ("较上年增加8项", 8),
        ("比上年减少3", -3),
        ("较去年下降3个", -3),
        ("增加了8", 8),
        ("减少了3项", -3),
        ("净增加8", 8),
        ("不增不减", 0),
        ("没有增减", 0),
        ("零增长", 0),
    ],
)
def test_a_change_written_as_a_phrase_is_read(printed: str, change: int) -> None:
    """本年增/减 typed as a phrase comparing with the year before (``同比增加8``,
    ``较上年减少3``, ``增加了8``, ``不增不减``): unreadable before (blank, with an
    ``unreadable_cell`` warning). The words say the change as plainly as ``增8`` does:
    read, with no finding."""
    row = "其他对外管理服务事项\t97\t-4\t"
    assert row in _REPORT_2019
    report = gr.parse(_REPORT_2019.replace(row, f"其他对外管理服务事项\t97\t{printed}\t"))
    assert _row(report, "other_administrative_services")["change"] == change
    assert _about(report, "other_administrative_services") == []


@pytest.mark.parametrize("printed", ["同比8", "较上年8", "比上年增加", "增加了", "上年增加8"])
def test_a_comparison_without_a_direction_or_a_number_stays_unreadable(printed: str) -> None:
    assert read_value(printed).kind is Kind.TEXT


def _without_organisation_column(name: str, at: int) -> str:
    """The sample with table 三's organisation column ``name`` (the ``at``-th of the
    seven) not printed: left out of the header and of every row."""
    full = _SAMPLE.replace("重复申请\t1\t0\t0\t0\t0\t1", "重复申请\t1\t0\t0\t0\t0\t0\t1")
    assert full != _SAMPLE
    lines = []
    for line in full.split("\n"):
        cells = line.split("\t")
        if "商业" in line and "科研" in line:
            cells = [cell for cell in cells if cell.replace(" ", "") != name]
        elif (
            len(cells) > 7
            and all(cell.strip().isdigit() for cell in cells[-7:])
            and not cells[0].strip().isdigit()  # (not table 四's row)
        ):
            del cells[len(cells) - 7 + at]
        lines.append("\t".join(cells))
    return "\n".join(lines)


@pytest.mark.parametrize(("name", "at"), [("其他", 5), ("法律服务机构", 4), ("商业企业", 1)])
def test_a_requests_table_printing_no_column_for_one_organisation_reads_the_others(
    name: str, at: int
) -> None:
    """Table 三 printing one of the five organisation columns not at all (its header
    names the template's other six columns, each row six counts): every row was left
    blank with a ``row_width`` warning, or, where the row's arithmetic allowed, a 0
    inferred for a count never printed. The six columns are now read from their places
    and the missing one left blank, with one ``row_width`` warning naming it."""
    sample = gr.to_dict(gr.parse(_SAMPLE))["requests"]
    report = gr.parse(_without_organisation_column(name, at))
    requests = gr.to_dict(report)["requests"]
    expected = list(sample["new_received"].values())
    expected[at] = None
    assert list(requests["new_received"].values()) == expected
    total = list(sample["results"]["total"].values())
    total[at] = None
    assert list(requests["results"]["total"].values()) == total
    said = [
        f for f in report.findings if f.severity != "info" and str(f.path).startswith("requests")
    ]
    assert [(f.code, f.severity, f.path) for f in said] == [("row_width", "warning", "requests")]
    assert name in said[0].message
    assert (
        gr.to_dict(report)["review_litigation"]
        == gr.to_dict(gr.parse(_SAMPLE))["review_litigation"]
    )


@pytest.mark.parametrize("layout", ["vertical", "pipe-cells"])
def test_an_amount_wrapped_after_its_decimal_point_is_joined(layout: str) -> None:
    """An amount broken after its decimal point over two lines (``12.`` / ``50``, a
    narrow cell in a PDF) in a layout printing a cell a line: ``12.`` was unreadable and
    ``50`` a value too many, the fee blank with warnings. The rest is joined to the
    amount, as ``12`` / ``.50`` is, with a warning to check it is not two cells."""
    text = gr.render(gr.parse(_SAMPLE), layout)
    assert text.count("12.50") == 1
    report = gr.parse(text.replace("12.50", "12.\n50"))
    assert _row(report, "administrative_fees") == {"amount": {"value": "12.50", "unit": "万元"}}
    assert _about(report, "administrative_fees") == [("repaired_cell", "warning")]

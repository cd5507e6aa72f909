"""A header that prints a table's columns in another order than the template's.

The rule: a header that names the template's columns decides where each value goes
(every column placed, a ``column_order`` warning says so); a header that contradicts
the template but does not place every column leaves the columns in doubt blank (and
says so); a header in the template's order, or one that names too few columns to
tell, is read by position as before.

Reports are fictional: the bundled 2021 sample and ``tests/fixtures/text/tab_2019.txt``,
with every count made distinct so that a value in the wrong column shows.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, note
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports.model import APPLICANT_COLUMNS, REVIEW_GROUPS
from govinfo_reports.render import available_layouts, format_document
from govinfo_reports.render.build import build_document
from noise import permute_active, permute_requests, permute_review
from strategies import expected_structural, reports, request_rows

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"
LAYOUTS = available_layouts()
TABLES = ("active_disclosure", "requests", "review_litigation")
#: Layouts that print a cell per line: the header's cells keep neither columns nor rows.
CELL_PER_LINE = ("vertical", "pipe-cells")


def _distinct(report: gr.Report) -> gr.Report:
    """``report`` with every count replaced by a number no other cell holds."""
    counter = itertools.count(101)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if set(node) == {"value", "unit"}:
                return node  # money
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, int) and not isinstance(node, bool):
            return next(counter)
        return node

    data = gr.to_dict(report)
    for table in TABLES:
        data[table] = walk(data[table])
    return gr.from_dict(data)


def _report(template: str) -> gr.Report:
    if template == "2021":
        return _distinct(gr.parse(gr.sample_text()))
    return _distinct(gr.parse(FIXTURES / "tab_2019.txt"))


def _swap_words(text: str, first: str, second: str) -> str:
    return text.replace(first, "\0").replace(second, first).replace("\0", second)


def _order_findings(report: gr.Report) -> list[gr.Finding]:
    return [f for f in report.findings if f.code == "column_order"]


def _others(report: gr.Report) -> list[tuple[str, str | None]]:
    return [(f.code, f.path) for f in report.findings if f.code != "column_order"]


# --- table 三 ------------------------------------------------------------------------


@pytest.mark.parametrize("template", ["2019", "2021"])
@pytest.mark.parametrize("layout", ["tab", "html"])
def test_swapped_applicant_columns_are_placed_by_the_header(template: str, layout: str) -> None:
    # the header prints 科研机构 before 商业企业 and the values follow it
    report = _report(template)
    text = _swap_words(gr.render(report, layout), "商业企业", "科研机构")
    parsed = gr.parse(text)
    original, swapped = request_rows(gr.to_dict(report)), request_rows(gr.to_dict(parsed))
    assert swapped.keys() == original.keys()
    for path, row in original.items():
        assert swapped[path]["commercial_enterprise"] == row["research_institution"], path
        assert swapped[path]["research_institution"] == row["commercial_enterprise"], path
        for column in set(APPLICANT_COLUMNS) - {"commercial_enterprise", "research_institution"}:
            assert swapped[path][column] == row[column], (path, column)
    [finding] = _order_findings(parsed)
    assert (finding.path, finding.severity) == ("requests", "warning")
    assert "自然人, 科研机构, 商业企业, 社会公益组织, 法律服务机构, 其他, 总计" in finding.message
    assert "values were placed by the header" in finding.message
    assert finding in gr.validate(parsed)
    assert _others(parsed) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_permuted_applicant_header_reads_back_in_every_layout(layout: str) -> None:
    # 法人或其他组织 before 自然人, 总计 last; the organisations in another order
    report = _report("2021")
    document = permute_requests(build_document(report), (1, 0, 2), (4, 2, 0, 3, 1))
    parsed = gr.parse(format_document(document, layout))
    assert parsed == report
    [finding] = _order_findings(parsed)
    assert "其他, 社会公益组织, 商业企业, 法律服务机构, 科研机构, 自然人, 总计" in finding.message


@pytest.mark.parametrize("layout", ["tab", "vertical", "pipe"])
def test_partly_read_header_out_of_order_leaves_the_columns_in_doubt_blank(layout: str) -> None:
    # 科研机构 before 商业企业, and 社会公益组织 printed as a word the parser does not know:
    # where the three stand is not certain, the other columns keep their places
    report = _report("2021")
    text = _swap_words(gr.render(report, layout), "商业企业", "科研机构")
    text = text.replace("社会公益组织", "民间团体")
    parsed = gr.parse(text)
    doubtful = {"commercial_enterprise", "research_institution", "social_welfare_organization"}
    original, read = request_rows(gr.to_dict(report)), request_rows(gr.to_dict(parsed))
    for path, row in original.items():
        for column in APPLICANT_COLUMNS:
            expected = None if column in doubtful else row[column]
            assert read[path][column] == expected, (path, column)
    [finding] = _order_findings(parsed)
    assert finding.path == "requests"
    assert (
        "科研机构 (research_institution) before 商业企业 (commercial_enterprise)" in finding.message
    )
    assert "社会公益组织 (social_welfare_organization) not placed by it" in finding.message
    assert "left blank in every row" in finding.message


def test_subtotal_column_still_checked_when_the_organisations_are_swapped() -> None:
    text = (FIXTURES / "subtotal_2019.txt").read_text("utf-8")
    report = gr.parse(text)
    parsed = gr.parse(_swap_words(text, "商业企业", "科研机构"))
    original, swapped = request_rows(gr.to_dict(report)), request_rows(gr.to_dict(parsed))
    for path, row in original.items():
        assert swapped[path]["commercial_enterprise"] == row["research_institution"], path
        assert swapped[path]["research_institution"] == row["commercial_enterprise"], path
        assert swapped[path]["total"] == row["total"], path
    assert [(f.code, f.path) for f in parsed.findings] == [
        ("column_order", "requests"),
        ("subtotal", "requests.results.unavailable.not_held"),
    ]


@pytest.mark.parametrize("layout", CELL_PER_LINE)
def test_total_read_first_in_a_cell_per_line_header_is_read_by_the_template(layout: str) -> None:
    # seeds 000 and 002 print 总计 in the header's first row (a cell spanning its rows),
    # so a cell-per-line copy reads 总计 before 自然人 while the values keep the template's
    # order: reading order alone does not place 总计
    report = _report("2021")
    lines = gr.render(report, layout).split("\n")
    total = next(i for i, line in enumerate(lines) if line.strip(" \t|") == "总计")
    applicants = next(i for i, line in enumerate(lines) if line.strip(" \t|") == "申请人情况")
    lines.insert(applicants + 1, lines.pop(total))
    parsed = gr.parse("\n".join(lines))
    assert parsed == report
    assert _order_findings(parsed) == []


# --- table 四 ------------------------------------------------------------------------


@pytest.mark.parametrize("template", ["2019", "2021"])
@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical", "html"])
def test_swapped_litigation_groups_are_placed_by_the_header(template: str, layout: str) -> None:
    # 复议后起诉 printed before 未经复议直接起诉, the values following the header
    report = _report(template)
    text = _swap_words(gr.render(report, layout), "未经复议直接起诉", "复议后起诉")
    parsed = gr.parse(text)
    assert parsed.review_litigation is not None and report.review_litigation is not None
    got, before = parsed.review_litigation, report.review_litigation
    assert got.litigation_direct == before.litigation_after_review
    assert got.litigation_after_review == before.litigation_direct
    assert got.administrative_review == before.administrative_review
    [finding] = _order_findings(parsed)
    assert finding.path == "review_litigation"
    assert "the groups in the order 行政复议, 复议后起诉, 未经复议直接起诉" in finding.message
    assert _others(parsed) == []


@pytest.mark.parametrize("layout", ["tab", "vertical"])
@pytest.mark.parametrize(
    "swapped", [("未经复议直接起诉", "复议后起诉"), ("商业企业", "科研机构")], ids=["四", "三"]
)
def test_a_header_read_before_is_placed_alike_and_reported_at_its_own_line(
    layout: str, swapped: tuple[str, str]
) -> None:
    # headers are remembered once read (a site prints every report with one header): a
    # second report with the same header, lower on its page, gets the same placement and
    # its own finding, at its own line
    report = _report("2019")
    text = _swap_words(gr.render(report, layout), *swapped)
    first = gr.parse(text)
    second = gr.parse("本机关说明。\n" * 7 + text)
    [before], [after] = _order_findings(first), _order_findings(second)
    assert gr.to_dict(first) | {"findings": []} == gr.to_dict(second) | {"findings": []}
    assert after.message == before.message
    assert before.line is not None and after.line == before.line + 7


@pytest.mark.parametrize("layout", LAYOUTS)
def test_result_columns_of_one_group_are_placed_by_its_header(layout: str) -> None:
    # under 未经复议直接起诉 only: 结果纠正 before 结果维持
    report = _report("2019")
    identity = (0, 1, 2, 3, 4)
    document = permute_review(
        build_document(report), (0, 1), (0, 1), (identity, (1, 0, 2, 3, 4), identity)
    )
    parsed = gr.parse(format_document(document, layout))
    assert parsed == report
    [finding] = _order_findings(parsed)
    assert "the columns under 未经复议直接起诉 (litigation_direct) in the order " in finding.message
    assert "结果纠正, 结果维持, 其他结果, 尚未审结, 总计" in finding.message
    assert "groups" not in finding.message


@pytest.mark.parametrize("layout", ["tab", "vertical", "html"])
def test_review_results_out_of_order_with_one_not_read(layout: str) -> None:
    # under 行政复议: 结果维持, 其他结果, 结果纠正, 尚未审结 (printed 未办结, a word the parser
    # does not know), 总计: 其他结果 before 结果纠正 against the template, and where the
    # unread column stands is not certain: the three columns from 结果纠正 to 尚未审结 are
    # blank, 结果维持 and 总计 and the other groups keep their values
    report = _report("2021")
    document = permute_review(
        build_document(report), (0, 1), (0, 1), ((0, 2, 1, 3, 4), range(5), range(5))
    )
    text = format_document(document, layout).replace("尚未审结", "未办结", 1)
    assert text.count("尚未审结") == 2
    parsed = gr.parse(text)
    assert parsed.review_litigation is not None and report.review_litigation is not None
    got, before = parsed.review_litigation, report.review_litigation
    review, expected = got.administrative_review, before.administrative_review
    assert (review.upheld, review.total) == (expected.upheld, expected.total)
    assert (review.corrected, review.other, review.pending) == (None, None, None)
    assert got.litigation_direct == before.litigation_direct
    assert got.litigation_after_review == before.litigation_after_review
    [finding] = _order_findings(parsed)
    assert "其他结果 (other) before 结果纠正 (corrected) in the columns under 行政复议" in (
        finding.message
    )
    assert "结果纠正, 其他结果, 尚未审结 (corrected, other, pending) left blank" in finding.message


# --- table 二 ------------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_one_active_group_with_its_own_column_order(layout: str) -> None:
    # 第二十条第（五）项 prints 处理决定数量 | 本年增/减 | 上一年项目数量; the other items
    # keep the template's order
    report = _report("2019")
    orders = [(0, 1, 2), (2, 1, 0), (0, 1, 2), (0, 1), (0, 1)]
    parsed = gr.parse(format_document(permute_active(build_document(report), orders), layout))
    assert parsed == report
    [finding] = _order_findings(parsed)
    assert finding.path == "active_disclosure"
    assert "行政许可, 其他对外管理服务事项" in finding.message
    assert "处理决定数量, 本年增/减, 上一年项目数量 (decisions, change, previous_count)" in (
        finding.message
    )
    assert _others(parsed) == []


@pytest.mark.parametrize("layout", ["tab", "html", "vertical"])
def test_repealed_before_issued_2021(layout: str) -> None:
    report = _report("2021")
    orders = [(1, 0, 2), (0,), (0,), (0,)]
    parsed = gr.parse(format_document(permute_active(build_document(report), orders), layout))
    assert parsed == report
    [finding] = _order_findings(parsed)
    assert "本年废止件数, 本年制发件数, 现行有效件数" in finding.message


def test_active_header_out_of_order_with_a_column_not_read() -> None:
    # (五)'s header: 处理决定数量 | 本年变化 | 上一年项目数量: 本年变化 names no column, so
    # the header contradicts the template without placing every column
    report = _report("2019")
    text = gr.render(report, "tab")
    template_header = "信息内容\t上一年项目数量\t本年增/减\t处理决定数量"
    assert text.count(template_header) == 2
    text = text.replace(template_header, "信息内容\t处理决定数量\t本年变化\t上一年项目数量", 1)
    parsed = gr.parse(text)
    assert parsed.active_disclosure is not None and report.active_disclosure is not None
    for key in ("administrative_licensing", "other_administrative_services"):
        row = getattr(parsed.active_disclosure, key)
        assert (row.previous_count, row.change, row.decisions) == (None, None, None), key
    for key in ("administrative_penalty", "administrative_enforcement", "regulations"):
        assert getattr(parsed.active_disclosure, key) == getattr(report.active_disclosure, key)
    [finding] = _order_findings(parsed)
    assert "本年增/减 (change) not placed by it" in finding.message


# --- a pdftotext layout ----------------------------------------------------------------


def test_swapped_columns_in_a_pdftotext_layout() -> None:
    # cells apart by runs of spaces; a header line is one cell holding several names
    report = _report("2019")
    lines = gr.render(report, "tab").split("\n")
    text = "\n".join(re.sub(r"\t+", "   ", line).strip() for line in lines)
    text = _swap_words(text, "商业企业", "科研机构")
    text = _swap_words(text, "未经复议直接起诉", "复议后起诉")
    text = _swap_words(text, "本年新制作数量", "本年新公开数量")
    parsed = gr.parse(text)
    assert parsed.source.reader == "spaces"
    got, before = gr.to_dict(parsed), gr.to_dict(report)
    for path, row in request_rows(before).items():
        read = request_rows(got)[path]
        assert read["commercial_enterprise"] == row["research_institution"], path
        assert read["research_institution"] == row["commercial_enterprise"], path
    review, expected = got["review_litigation"], before["review_litigation"]
    assert review["litigation_direct"] == expected["litigation_after_review"]
    assert review["litigation_after_review"] == expected["litigation_direct"]
    for key in ("regulations", "normative_documents"):
        row, expected_row = got["active_disclosure"][key], before["active_disclosure"][key]
        assert row["new_made"] == expected_row["new_published"], key
        assert row["new_published"] == expected_row["new_made"], key
    assert {f.path for f in _order_findings(parsed)} == set(TABLES)


# --- headers in the template's order --------------------------------------------------


@pytest.mark.parametrize("template", ["2019", "2021"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_template_order_gives_no_finding(template: str, layout: str) -> None:
    report = _report(template)
    parsed = gr.parse(gr.render(report, layout))
    assert parsed == report
    assert _order_findings(parsed) == []


def test_header_order_semantics() -> None:
    from govinfo_reports.mapping.columns import HeaderOrder

    names = ("a", "b", "c", "d")
    assert HeaderOrder(names, [["a", "b", "c", "d"]]).placement() is None
    assert HeaderOrder(names, [["a", "c"]]).placement() is None  # too few to tell
    assert HeaderOrder(names, [["b", "a"], ["a", "b"]]).placement() is None  # contradictory
    assert HeaderOrder(names, [["a", "a", "b"]]).placement() is None  # a name twice
    full = HeaderOrder(names, [["b", "a"], ["a", "c", "d"]]).placement()
    assert full is not None and full.printed == ("b", "a", "c", "d")
    assert full.arrange(["B", "A", "C", "D"]) == ["A", "B", "C", "D"]
    partial = HeaderOrder(names, [["c", "b"], ["a", "b"]]).placement()
    assert partial is not None and partial.printed is None
    assert partial.blanked == ("b", "c", "d")  # d is named nowhere
    assert partial.arrange(["A", "B", "C", "D"]) == ["A", None, None, None]


# --- the property ---------------------------------------------------------------------


@st.composite
def permuted_documents(draw: Any, report: gr.Report, table: str, layout: str) -> tuple[Any, bool]:
    """``report``'s document with ``table``'s columns in a drawn order that its header
    prints (headers and values together); and whether the order is the template's."""
    document = build_document(report)
    if table == "requests":
        top = draw(st.permutations(range(3)))
        if layout in CELL_PER_LINE:
            # 总计 read first: what seeds 000/002 print for a 总计 spanning the header's rows
            # (see test_total_read_first_in_a_cell_per_line_header_is_read_by_the_template)
            assume(top[0] != 2)
        organisations = draw(st.permutations(range(5)))
        identity = top == [0, 1, 2] and organisations == list(range(5))
        return permute_requests(document, top, organisations), identity
    if table == "review_litigation":
        groups = draw(st.permutations(range(2)))
        litigation = draw(st.permutations(range(2)))
        results = [draw(st.permutations(range(5))) for _ in REVIEW_GROUPS]
        identity = groups == litigation == [0, 1] and all(r == list(range(5)) for r in results)
        return permute_review(document, groups, litigation, results), identity
    assert report.active_disclosure is not None
    widths = (3, 3, 3, 2, 2) if report.template == "2019" else (3, 1, 1, 1)
    orders = [draw(st.permutations(range(width))) for width in widths]
    identity = all(order == list(range(len(order))) for order in orders)
    return permute_active(document, orders), identity


@pytest.mark.parametrize("table", TABLES)
@given(data=st.data())
def test_permuted_columns_read_back_with_a_finding(table: str, data: st.DataObject) -> None:
    report = data.draw(reports().filter(lambda r: getattr(r, table) is not None))
    layout = data.draw(st.sampled_from(LAYOUTS))
    document, identity = data.draw(permuted_documents(report, table, layout))
    text = format_document(document, layout)
    note(f"layout {layout}; text:\n{text}")
    parsed = gr.parse(text)
    note(f"findings: {[f.message for f in parsed.findings]}")
    assert gr.to_dict(parsed) == gr.to_dict(report)
    order = _order_findings(parsed)
    if identity:
        assert order == []
    else:
        assert order and {f.path for f in order} == {table}
        assert all(f.severity == "warning" for f in order)
    others = [
        (f.code, f.path)
        for f in parsed.findings
        if f.code != "column_order" and not (f.code == "template_unknown" and f.severity == "info")
    ]
    assert sorted(others, key=str) == sorted(expected_structural(report), key=str)

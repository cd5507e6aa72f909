"""The arithmetic rules (勾稽关系) behind ``validate()``: a positive and a negative case
for each of balance, row_total, results_total and review_total, and ``not_assessable``
when a blank cell is an operand (a blank is never read as 0).

Most reports here are built straight from the model, so every number is in plain view;
the last tests run the rules over hand-written fixtures.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import govinfo_reports as gr
from govinfo_reports import Finding, Money, Report
from govinfo_reports.model import (
    ActiveDisclosure2019,
    ApplicantCounts,
    DocumentCounts2019,
    FeeCounts2019,
    ItemCounts2019,
    NotProcessed,
    OtherHandling2021,
    Procurement2019,
    Requests,
    Results,
    ReviewLitigation,
    ReviewOutcome,
    SourceInfo,
    Unavailable,
    Withheld,
)
from govinfo_reports.rules import RULES

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"
ARITHMETIC = ("balance", "row_total", "results_total", "review_total")


def counts(*values: int | None) -> ApplicantCounts:
    assert len(values) == 7
    return ApplicantCounts(*values)


ZERO = counts(0, 0, 0, 0, 0, 0, 0)


def zero_group(cls: type) -> object:
    return cls(**{a.name: ZERO for a in attrs.fields(cls)})


def consistent_requests(template: str = "2019") -> Requests:
    """A table 三 whose every equation holds.

    new [4,1,0,0,0,1,6] + carried over [1,0,0,0,0,0,1] = results [4,1,0,0,0,1,6]
    + carried forward [1,0,0,0,0,0,1]; results = granted 3 + partially 1
    + third_party_rights 1 + not_held 1 (the last in the 'other' applicant column).
    """
    withheld = attrs.evolve(zero_group(Withheld), third_party_rights=counts(1, 0, 0, 0, 0, 0, 1))
    unavailable = attrs.evolve(zero_group(Unavailable), not_held=counts(0, 0, 0, 0, 0, 1, 1))
    other: ApplicantCounts | OtherHandling2021 = (
        zero_group(OtherHandling2021) if template == "2021" else ZERO  # type: ignore[assignment]
    )
    results = Results(
        granted=counts(2, 1, 0, 0, 0, 0, 3),
        partially_granted=counts(1, 0, 0, 0, 0, 0, 1),
        withheld=withheld,  # type: ignore[arg-type]
        unavailable=unavailable,  # type: ignore[arg-type]
        not_processed=zero_group(NotProcessed),  # type: ignore[arg-type]
        other=other,
        total=counts(4, 1, 0, 0, 0, 1, 6),
    )
    return Requests(
        new_received=counts(4, 1, 0, 0, 0, 1, 6),
        carried_over=counts(1, 0, 0, 0, 0, 0, 1),
        results=results,
        carried_forward=counts(1, 0, 0, 0, 0, 0, 1),
    )


def consistent_review() -> ReviewLitigation:
    return ReviewLitigation(
        administrative_review=ReviewOutcome(1, 1, 0, 0, 2),
        litigation_direct=ReviewOutcome(0, 0, 1, 1, 2),
        litigation_after_review=ReviewOutcome(0, 0, 0, 0, 0),
    )


def report_with(
    requests: Requests | None = None,
    review: ReviewLitigation | None = None,
    template: str = "2019",
    lines: dict[str, int] | None = None,
) -> Report:
    return Report(
        title="测试报告",
        organ="测试机关",
        year=2020 if template == "2019" else 2022,
        template=template,  # type: ignore[arg-type]
        requests=requests,
        review_litigation=review,
        source=SourceInfo(lines=lines or {}),
    )


def consistent_report(template: str = "2019") -> Report:
    return report_with(consistent_requests(template), consistent_review(), template)


def with_results(requests: Requests, **changes: object) -> Requests:
    return attrs.evolve(requests, results=attrs.evolve(requests.results, **changes))


def pairs(findings: list[Finding]) -> set[tuple[str, str | None]]:
    return {(f.code, f.path) for f in findings}


def by_code(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


# --- the consistent report -----------------------------------------------------------------


@pytest.mark.parametrize("template", ["2019", "2021"])
def test_a_consistent_report_has_no_findings(template: str) -> None:
    assert gr.validate(consistent_report(template)) == []


def test_rules_run_in_the_documented_order() -> None:
    # the arithmetic rules of SPEC.md, then the extension that no count is below 0
    assert [code for code, _ in RULES] == [*ARITHMETIC, "negative_count"]


def test_a_report_without_tables_has_no_arithmetic_findings() -> None:
    assert gr.validate(Report()) == []


def test_validate_rejects_what_is_not_a_report() -> None:
    with pytest.raises(TypeError):
        gr.validate(gr.to_dict(consistent_report()))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        gr.validate(None)  # type: ignore[arg-type]


def test_validate_returns_the_parse_findings_first() -> None:
    parse_finding = Finding("missing_row", "warning", "a row was not found", "requests.x")
    requests = attrs.evolve(consistent_requests(), carried_forward=counts(2, 0, 0, 0, 0, 0, 2))
    report = attrs.evolve(report_with(requests, consistent_review()), findings=(parse_finding,))
    found = gr.validate(report)
    assert found[0] == parse_finding
    assert [f.code for f in found[1:]] == ["balance", "balance"]


# --- balance: new + carried over = results total + carried forward ---------------------------


def test_balance_holds() -> None:
    assert not by_code(gr.validate(consistent_report()), "balance")


def test_balance_broken() -> None:
    # carried forward natural_person 1 → 2 (and its total 1 → 2, so the row itself adds up)
    requests = attrs.evolve(consistent_requests(), carried_forward=counts(2, 0, 0, 0, 0, 0, 2))
    found = gr.validate(report_with(requests, consistent_review()))
    assert pairs(found) == {
        ("balance", "requests.new_received.natural_person"),
        ("balance", "requests.new_received.total"),
    }
    person, total = found
    assert (person.expected, person.actual) == (4 + 2, 4 + 1)
    assert (total.expected, total.actual) == (6 + 2, 6 + 1)
    assert {f.severity for f in found} == {"error"}


def test_balance_message_names_the_column_in_chinese_and_english() -> None:
    requests = attrs.evolve(consistent_requests(), carried_forward=counts(2, 0, 0, 0, 0, 0, 2))
    [person, _] = gr.validate(report_with(requests, consistent_review()))
    assert "自然人" in person.message
    assert "requests.new_received.natural_person" in person.message


# --- row_total: total = sum of the six applicant columns -------------------------------------


def test_row_total_holds() -> None:
    assert not by_code(gr.validate(consistent_report()), "row_total")


def test_row_total_broken() -> None:
    # 予以公开 prints total 4 but its applicant columns sum to 3; the same cell then
    # breaks (七) 总计's total column too
    requests = with_results(consistent_requests(), granted=counts(2, 1, 0, 0, 0, 0, 4))
    report = report_with(requests, consistent_review(), lines={"requests.results.granted": 42})
    found = gr.validate(report)
    assert pairs(found) == {
        ("row_total", "requests.results.granted.total"),
        ("results_total", "requests.results.total.total"),
    }
    [row] = by_code(found, "row_total")
    assert (row.expected, row.actual) == (3, 4)
    assert row.severity == "error"
    assert row.line == 42  # the row's source line
    assert "予以公开" in row.message
    assert "总计" in row.message
    assert "requests.results.granted.total" in row.message
    [column] = by_code(found, "results_total")
    assert (column.expected, column.actual) == (4 + 1 + 1 + 1, 6)


def test_row_total_checks_every_row_of_table_three() -> None:
    requests = attrs.evolve(
        consistent_requests(),
        carried_over=counts(1, 0, 0, 0, 0, 0, 2),
        carried_forward=counts(1, 0, 0, 0, 0, 0, 2),
    )
    requests = with_results(
        requests,
        not_processed=attrs.evolve(
            zero_group(NotProcessed),  # type: ignore[arg-type]
            publications=counts(0, 0, 0, 0, 0, 0, 1),
        ),
    )
    found = by_code(gr.validate(report_with(requests, consistent_review())), "row_total")
    assert {f.path for f in found} == {
        "requests.carried_over.total",
        "requests.carried_forward.total",
        "requests.results.not_processed.publications.total",
    }


# --- results_total: (七) 总计 = sum of (一) … (六) --------------------------------------------


def test_results_total_holds() -> None:
    assert not by_code(gr.validate(consistent_report()), "results_total")


def test_results_total_broken() -> None:
    # (六) 其他处理 prints natural_person 1 (total 1): the row adds up, (七) 总计 does not
    requests = with_results(consistent_requests(), other=counts(1, 0, 0, 0, 0, 0, 1))
    found = gr.validate(report_with(requests, consistent_review()))
    assert pairs(found) == {
        ("results_total", "requests.results.total.natural_person"),
        ("results_total", "requests.results.total.total"),
    }
    person, total = found
    assert (person.expected, person.actual) == (2 + 1 + 1 + 1, 4)
    assert (total.expected, total.actual) == (3 + 1 + 1 + 1 + 1, 6)
    assert {f.severity for f in found} == {"error"}


def test_results_total_sums_the_three_other_rows_of_template_2021() -> None:
    base = consistent_requests("2021")
    other = attrs.evolve(
        zero_group(OtherHandling2021),  # type: ignore[arg-type]
        unpaid_fee=counts(1, 0, 0, 0, 0, 0, 1),
    )
    unbalanced = with_results(base, other=other)
    found = gr.validate(report_with(unbalanced, consistent_review(), "2021"))
    assert pairs(found) == {
        ("results_total", "requests.results.total.natural_person"),
        ("results_total", "requests.results.total.total"),
    }
    # add the same request to (七) 总计, 新收 and the total: everything holds again
    balanced = attrs.evolve(
        with_results(unbalanced, total=counts(5, 1, 0, 0, 0, 1, 7)),
        new_received=counts(5, 1, 0, 0, 0, 1, 7),
    )
    assert gr.validate(report_with(balanced, consistent_review(), "2021")) == []


def test_validating_reports_in_turn_reads_each_reports_own_rows() -> None:
    # the rules share one reading of table 三 per validate call (rules._rows_of)
    broken = attrs.evolve(consistent_requests(), carried_forward=counts(2, 0, 0, 0, 0, 0, 2))
    good, bad = consistent_report(), report_with(broken, consistent_review())
    for _ in range(2):
        assert gr.validate(good) == []
        assert [f.code for f in gr.validate(bad)] == ["balance", "balance"]


# --- negative_count: no count below 0 (an extension) ------------------------------------------


def test_a_count_below_0_in_table_3_is_a_warning_and_kept() -> None:
    # before: -1 requests carried over passed validate() without a word (the rows still
    # balance here: the new requests are one more)
    requests = attrs.evolve(
        consistent_requests(),
        new_received=counts(6, 1, 0, 0, 0, 1, 8),
        carried_over=counts(-1, 0, 0, 0, 0, 0, -1),
    )
    report = report_with(requests, consistent_review(), lines={"requests.carried_over": 7})
    found = gr.validate(report)
    assert pairs(found) == {
        ("negative_count", "requests.carried_over.natural_person"),
        ("negative_count", "requests.carried_over.total"),
    }
    person = by_code(found, "negative_count")[0]
    assert (person.severity, person.actual, person.line) == ("warning", -1, 7)
    assert "上年结转" in person.message and "-1" in person.message
    assert report.requests is not None and report.requests.carried_over.natural_person == -1


def test_a_count_below_0_in_table_4_is_a_warning() -> None:
    review = attrs.evolve(consistent_review(), litigation_direct=ReviewOutcome(0, 0, 3, -1, 2))
    found = gr.validate(report_with(consistent_requests(), review))
    assert pairs(found) == {("negative_count", "review_litigation.litigation_direct.pending")}


def test_table_2_counts_below_0_are_warnings_but_a_decrease_is_not() -> None:
    active = ActiveDisclosure2019(
        regulations=DocumentCounts2019(new_made=-2, new_published=0, total_published=5),
        administrative_licensing=ItemCounts2019(previous_count=3, change=-3, decisions=0),
        administrative_fees=FeeCounts2019(previous_count=1, change=-1),
        centralized_procurement=Procurement2019(projects=2, amount=Money(Decimal("-5.5"), "万元")),
    )
    report = attrs.evolve(consistent_report(), active_disclosure=active)
    assert pairs(gr.validate(report)) == {
        ("negative_count", "active_disclosure.regulations.new_made"),
        ("negative_count", "active_disclosure.centralized_procurement.amount"),
    }


def test_a_parsed_count_printed_with_a_minus_sign_is_kept_with_a_warning() -> None:
    text = gr.sample_text()
    row = "二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1"
    assert row in text
    report = gr.parse(text.replace(row, row.replace("\t1\t0\t0", "\t-1\t0\t0", 1)))
    assert report.requests is not None
    assert report.requests.carried_over.natural_person == -1
    negative = by_code(gr.validate(report), "negative_count")
    assert [f.path for f in negative] == ["requests.carried_over.natural_person"]
    assert negative[0].line == text.splitlines().index(row) + 1


# --- review_total: 总计 = 维持 + 纠正 + 其他 + 尚未审结, per group ------------------------------


def test_review_total_holds() -> None:
    assert not by_code(gr.validate(consistent_report()), "review_total")


@pytest.mark.parametrize(
    "group", ["administrative_review", "litigation_direct", "litigation_after_review"]
)
def test_review_total_broken(group: str) -> None:
    outcome = getattr(consistent_review(), group)
    broken = attrs.evolve(consistent_review(), **{group: attrs.evolve(outcome, upheld=5)})
    found = gr.validate(report_with(consistent_requests(), broken))
    assert pairs(found) == {("review_total", f"review_litigation.{group}.total")}
    [finding] = found
    parts = (5, outcome.corrected, outcome.other, outcome.pending)
    assert (finding.expected, finding.actual) == (sum(parts), outcome.total)
    assert finding.severity == "error"


# --- not_assessable: a blank operand is never read as 0 --------------------------------------


def test_blank_total_is_not_read_as_zero() -> None:
    # 予以公开 total left blank: read as 0 it would break row_total (3 ≠ 0) and the
    # total column of (七) (6 ≠ 3+1+1+1 with 0 in place of 3)
    requests = with_results(consistent_requests(), granted=counts(2, 1, 0, 0, 0, 0, None))
    found = gr.validate(report_with(requests, consistent_review()))
    assert not [f for f in found if f.code in ARITHMETIC]
    assert pairs(found) == {
        ("not_assessable", "requests.results.granted.total"),
        ("not_assessable", "requests.results.total.total"),
    }
    row, column = found
    assert "row_total" in row.message
    assert "requests.results.granted.total" in row.message
    assert "results_total" in column.message
    assert "requests.results.total.total" in column.message
    assert {f.severity for f in found} == {"info"}


def test_blank_applicant_cell_makes_balance_not_assessable() -> None:
    requests = attrs.evolve(consistent_requests(), carried_over=counts(None, 0, 0, 0, 0, 0, 1))
    found = gr.validate(report_with(requests, consistent_review()))
    assert not [f for f in found if f.code in ARITHMETIC]
    assert [f.code for f in found] == ["not_assessable", "not_assessable"]
    balance, row = found
    assert "balance" in balance.message
    assert "requests.new_received.natural_person" in balance.message
    assert "row_total" in row.message
    assert "requests.carried_over.total" in row.message


def test_a_blank_does_not_hide_the_other_columns() -> None:
    # natural_person of 上年结转 is blank; commercial_enterprise is still checked
    requests = attrs.evolve(
        consistent_requests(),
        carried_over=counts(None, 0, 0, 0, 0, 0, 1),
        carried_forward=counts(1, 3, 0, 0, 0, 0, 4),
    )
    found = gr.validate(report_with(requests, consistent_review()))
    assert ("balance", "requests.new_received.commercial_enterprise") in pairs(found)
    assert ("balance", "requests.new_received.natural_person") not in pairs(found)


def test_blank_review_cell_makes_review_total_not_assessable() -> None:
    review = attrs.evolve(
        consistent_review(), administrative_review=ReviewOutcome(1, 1, 0, None, 5)
    )
    found = gr.validate(report_with(consistent_requests(), review))
    assert not by_code(found, "review_total")  # 1 + 1 + 0 + blank is not 2 ≠ 5
    [info] = found
    assert info.code == "not_assessable"
    assert info.path == "review_litigation.administrative_review.total"


def test_not_assessable_is_said_once_per_rule_and_lists_the_paths() -> None:
    withheld = Withheld(
        **{
            a.name: counts(0, 0, 0, 0, 0, 0, None)
            for a in attrs.fields(Withheld)
            if a.name != "third_party_rights"
        },
        third_party_rights=counts(1, 0, 0, 0, 0, 0, 1),
    )
    unavailable = Unavailable(
        not_held=counts(0, 0, 0, 0, 0, 1, None),
        needs_creation=ZERO,
        still_unclear=ZERO,
    )
    requests = with_results(consistent_requests(), withheld=withheld, unavailable=unavailable)
    found = gr.validate(report_with(requests, consistent_review()))
    assert not [f for f in found if f.code in ARITHMETIC]
    row_total = [f for f in found if "row_total" in f.message]
    results_total = [f for f in found if "results_total" in f.message]
    assert len(row_total) == 1
    assert len(results_total) == 1
    assert len(found) == 2
    assert "requests.results.withheld.state_secret.total" in row_total[0].message
    assert "requests.results.total.total" in results_total[0].message


def test_a_rule_with_every_operand_blank_says_nothing() -> None:
    report = report_with(Requests(results=Results()), ReviewLitigation())
    assert gr.validate(report) == []


# --- the rules over hand-written fixtures ----------------------------------------------------


def _line(name: str, needle: str) -> int:
    lines = (FIXTURES / name).read_text("utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_fixture_with_three_printed_errors() -> None:
    # arithmetic_errors_2019.txt prints 部分公开 natural_person 3 (total 2), 结转下年度
    # 3/3 instead of 2/2 and a 行政复议 total of 6 instead of 5
    name = "arithmetic_errors_2019.txt"
    report = gr.parse(FIXTURES / name)
    found = [f for f in gr.validate(report) if f.code in ARITHMETIC]
    got = {(f.code, f.path): (f.expected, f.actual, f.line) for f in found}
    partially = _line(name, "部分公开")
    assert got == {
        ("row_total", "requests.results.partially_granted.total"): (3, 2, partially),
        ("results_total", "requests.results.total.natural_person"): (
            14,
            13,
            _line(name, "(七) 总计"),
        ),
        ("balance", "requests.new_received.natural_person"): (
            16,
            15,
            _line(name, "一、本年新收"),
        ),
        ("balance", "requests.new_received.total"): (22, 21, _line(name, "一、本年新收")),
        ("review_total", "review_litigation.administrative_review.total"): (
            5,
            6,
            _line(name, "3\t1\t0\t1\t6"),
        ),
    }
    assert len(found) == len(got)
    assert not [f for f in gr.validate(report) if f.severity != "error"]


def test_fixture_with_blank_totals_is_not_assessable_not_wrong() -> None:
    report = gr.parse(FIXTURES / "blank_totals_2021.txt")
    found = gr.validate(report)
    assert not [f for f in found if f.code in ARITHMETIC]
    assert [f.code for f in found] == ["not_assessable"] * 3
    row, column, review = found
    assert "row_total" in row.message
    assert "requests.results.unavailable.not_held.total" not in column.message
    assert "results_total" in column.message
    assert "requests.results.total.research_institution" in column.message
    assert "requests.results.total.total" in column.message
    assert "requests.results.total.natural_person" not in column.message
    assert review.path == "review_litigation.administrative_review.total"


def test_the_clean_fixture_keeps_every_rule() -> None:
    report = gr.parse(FIXTURES / "tab_2019.txt")
    assert gr.validate(report) == []

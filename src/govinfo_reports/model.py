"""The typed domain model: frozen, slotted attrs classes mirroring SPEC.md.

Every cell is ``int | None`` (``None`` = published blank, never 0) except money,
which is :class:`Money` (a :class:`~decimal.Decimal` plus the unit as printed).
Every row of a template is always present; a row that was not found holds only
``None`` cells and the report carries a ``missing_row`` finding for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

from attrs import field, fields, frozen

from .findings import Finding

Template = Literal["2019", "2021"]
TEMPLATES: tuple[Template, ...] = ("2019", "2021")


@frozen
class Money:
    """An amount exactly as published: ``value`` keeps every printed digit."""

    value: Decimal
    unit: str | None = None

    def __str__(self) -> str:
        return f"{self.value}{self.unit or ''}"


# --- 二、主动公开政府信息情况 -------------------------------------------------


@frozen
class DocumentCounts2019:
    """规章 / 规范性文件 in template 2019."""

    new_made: int | None = None
    new_published: int | None = None
    total_published: int | None = None


@frozen
class ItemCounts2019:
    """行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 in template 2019."""

    previous_count: int | None = None
    change: int | None = None
    decisions: int | None = None


@frozen
class FeeCounts2019:
    """行政事业性收费 in template 2019."""

    previous_count: int | None = None
    change: int | None = None


@frozen
class Procurement2019:
    """政府集中采购 in template 2019."""

    projects: int | None = None
    amount: Money | None = None


@frozen
class ActiveDisclosure2019:
    """Table 二 of template 2019."""

    regulations: DocumentCounts2019 = field(factory=DocumentCounts2019)
    normative_documents: DocumentCounts2019 = field(factory=DocumentCounts2019)
    administrative_licensing: ItemCounts2019 = field(factory=ItemCounts2019)
    other_administrative_services: ItemCounts2019 = field(factory=ItemCounts2019)
    administrative_penalty: ItemCounts2019 = field(factory=ItemCounts2019)
    administrative_enforcement: ItemCounts2019 = field(factory=ItemCounts2019)
    administrative_fees: FeeCounts2019 = field(factory=FeeCounts2019)
    centralized_procurement: Procurement2019 = field(factory=Procurement2019)


@frozen
class DocumentCounts2021:
    """规章 / 行政规范性文件 in template 2021."""

    issued: int | None = None
    repealed: int | None = None
    in_force: int | None = None


@frozen
class Decisions2021:
    """行政许可 / 行政处罚 / 行政强制 in template 2021."""

    decisions: int | None = None


@frozen
class Fees2021:
    """行政事业性收费 in template 2021 (unit 万元 from the header unless printed)."""

    amount: Money | None = None


@frozen
class ActiveDisclosure2021:
    """Table 二 of template 2021."""

    regulations: DocumentCounts2021 = field(factory=DocumentCounts2021)
    normative_documents: DocumentCounts2021 = field(factory=DocumentCounts2021)
    administrative_licensing: Decisions2021 = field(factory=Decisions2021)
    administrative_penalty: Decisions2021 = field(factory=Decisions2021)
    administrative_enforcement: Decisions2021 = field(factory=Decisions2021)
    administrative_fees: Fees2021 = field(factory=Fees2021)


ActiveDisclosure = ActiveDisclosure2019 | ActiveDisclosure2021

# --- 三、收到和处理政府信息公开申请情况 ---------------------------------------


@frozen
class ApplicantCounts:
    """One row of table 三 over the seven applicant columns."""

    natural_person: int | None = None
    commercial_enterprise: int | None = None
    research_institution: int | None = None
    social_welfare_organization: int | None = None
    legal_service_agency: int | None = None
    other: int | None = None
    total: int | None = None


APPLICANT_COLUMNS: tuple[str, ...] = (
    "natural_person",
    "commercial_enterprise",
    "research_institution",
    "social_welfare_organization",
    "legal_service_agency",
    "other",
    "total",
)


@frozen
class Withheld:
    """(三) 不予公开, items 1.–8."""

    state_secret: ApplicantCounts = field(factory=ApplicantCounts)
    prohibited_by_law: ApplicantCounts = field(factory=ApplicantCounts)
    safety_stability: ApplicantCounts = field(factory=ApplicantCounts)
    third_party_rights: ApplicantCounts = field(factory=ApplicantCounts)
    internal_affairs: ApplicantCounts = field(factory=ApplicantCounts)
    process_information: ApplicantCounts = field(factory=ApplicantCounts)
    law_enforcement_files: ApplicantCounts = field(factory=ApplicantCounts)
    administrative_inquiry: ApplicantCounts = field(factory=ApplicantCounts)


@frozen
class Unavailable:
    """(四) 无法提供, items 1.–3."""

    not_held: ApplicantCounts = field(factory=ApplicantCounts)
    needs_creation: ApplicantCounts = field(factory=ApplicantCounts)
    still_unclear: ApplicantCounts = field(factory=ApplicantCounts)


@frozen
class NotProcessed:
    """(五) 不予处理, items 1.–5."""

    petition_complaint: ApplicantCounts = field(factory=ApplicantCounts)
    repeated_request: ApplicantCounts = field(factory=ApplicantCounts)
    publications: ApplicantCounts = field(factory=ApplicantCounts)
    excessive_requests: ApplicantCounts = field(factory=ApplicantCounts)
    confirmation_request: ApplicantCounts = field(factory=ApplicantCounts)


@frozen
class OtherHandling2021:
    """(六) 其他处理 in template 2021, items 1.–3."""

    overdue_correction: ApplicantCounts = field(factory=ApplicantCounts)
    unpaid_fee: ApplicantCounts = field(factory=ApplicantCounts)
    other: ApplicantCounts = field(factory=ApplicantCounts)


@frozen
class Results:
    """三、本年度办理结果. ``other`` is one row (2019) or three (2021)."""

    granted: ApplicantCounts = field(factory=ApplicantCounts)
    partially_granted: ApplicantCounts = field(factory=ApplicantCounts)
    withheld: Withheld = field(factory=Withheld)
    unavailable: Unavailable = field(factory=Unavailable)
    not_processed: NotProcessed = field(factory=NotProcessed)
    other: ApplicantCounts | OtherHandling2021 = field(factory=ApplicantCounts)
    total: ApplicantCounts = field(factory=ApplicantCounts)


@frozen
class Requests:
    """Table 三: requests received and how they were handled."""

    new_received: ApplicantCounts = field(factory=ApplicantCounts)
    carried_over: ApplicantCounts = field(factory=ApplicantCounts)
    results: Results = field(factory=Results)
    carried_forward: ApplicantCounts = field(factory=ApplicantCounts)


# --- 四、行政复议、行政诉讼 -----------------------------------------------------


@frozen
class ReviewOutcome:
    """One group of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计."""

    upheld: int | None = None
    corrected: int | None = None
    other: int | None = None
    pending: int | None = None
    total: int | None = None


REVIEW_COLUMNS: tuple[str, ...] = ("upheld", "corrected", "other", "pending", "total")


@frozen
class ReviewLitigation:
    """Table 四: administrative review and litigation."""

    administrative_review: ReviewOutcome = field(factory=ReviewOutcome)
    litigation_direct: ReviewOutcome = field(factory=ReviewOutcome)
    litigation_after_review: ReviewOutcome = field(factory=ReviewOutcome)


REVIEW_GROUPS: tuple[str, ...] = (
    "administrative_review",
    "litigation_direct",
    "litigation_after_review",
)

# --- the report -----------------------------------------------------------------


@frozen
class SourceInfo:
    """Where a report came from and how it was read (not part of ``to_dict``)."""

    path: str | None = None
    encoding: str | None = None
    encoding_method: str | None = None
    reader: str | None = None
    #: Source line of each row found, by dotted canonical path (``requests.carried_over``).
    lines: Mapping[str, int] = field(factory=dict)


@frozen
class Report:
    """One annual report. ``findings`` and ``source`` do not take part in equality:
    two reports are equal when they hold the same published data."""

    title: str | None = None
    organ: str | None = None
    year: int | None = None
    template: Template | None = None
    active_disclosure: ActiveDisclosure | None = None
    requests: Requests | None = None
    review_litigation: ReviewLitigation | None = None
    findings: tuple[Finding, ...] = field(default=(), eq=False, repr=False)
    source: SourceInfo = field(factory=SourceInfo, eq=False, repr=False)


def empty_requests(template: Template | None) -> Requests:
    """A table 三 of the given template with every cell blank."""
    other: ApplicantCounts | OtherHandling2021 = (
        OtherHandling2021() if template == "2021" else ApplicantCounts()
    )
    return Requests(results=Results(other=other))


def empty_active(template: Template | None) -> ActiveDisclosure:
    """A table 二 of the given template with every cell blank."""
    return ActiveDisclosure2021() if template == "2021" else ActiveDisclosure2019()


def field_names(cls: type) -> tuple[str, ...]:
    """The attribute names of an attrs class, in declaration order."""
    return tuple(a.name for a in fields(cls))


def misplaced_value(report: Report) -> tuple[str, object] | None:
    """The dotted path and value of the first cell of ``report``'s tables that is neither
    a whole number, :class:`Money` nor ``None`` (a hand-built report may hold ``"5"``),
    or ``None`` when every cell is of its kind."""
    for table in ("active_disclosure", "requests", "review_litigation"):
        found = _misplaced_in(getattr(report, table), table)
        if found is not None:
            return found
    return None


def _misplaced_in(value: object, path: str) -> tuple[str, object] | None:
    if value is None or (type(value) is int):
        return None
    if isinstance(value, Money):
        return None if isinstance(value.value, Decimal) else (f"{path}.value", value.value)
    if not hasattr(type(value), "__attrs_attrs__"):
        return (path, value)
    for name in field_names(type(value)):
        found = _misplaced_in(getattr(value, name), f"{path}.{name}")
        if found is not None:
            return found
    return None

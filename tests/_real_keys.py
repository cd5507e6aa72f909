"""How the hand-written ``expected.json`` files of the real cases map onto SPEC.md paths.

The real cases (``shared/real/<case>/expected.json``) are keyed by the Chinese labels a
person reads off the page; the library speaks canonical dotted paths. This module is
that dictionary, as data, and nothing else: it is the test suite's own, independent
reading of SPEC.md, so it must not import the library.

Labels are compared after :func:`norm` (NFKC, no whitespace), so ``（一）`` and ``(一)``,
``本年新 制作数量`` and ``本年新制作数量`` are the same key.
"""

from __future__ import annotations

import re
import unicodedata

# --- 二、主动公开政府信息情况 ----------------------------------------------------

#: Item label → canonical row key (both templates).
ACTIVE_ROWS: dict[str, str] = {
    "规章": "regulations",
    "规范性文件": "normative_documents",
    "行政规范性文件": "normative_documents",
    "行政许可": "administrative_licensing",
    "其他对外管理服务事项": "other_administrative_services",
    "行政处罚": "administrative_penalty",
    "行政强制": "administrative_enforcement",
    "行政事业性收费": "administrative_fees",
    "政府集中采购": "centralized_procurement",
}

#: Template column header → canonical column key (both templates).
ACTIVE_COLUMNS: dict[str, str] = {
    # template 2019
    "本年新制作数量": "new_made",
    "本年新公开数量": "new_published",
    "对外公开总数量": "total_published",
    "上一年项目数量": "previous_count",
    "本年增/减": "change",
    "处理决定数量": "decisions",
    "采购项目数量": "projects",
    "采购总金额": "amount",
    # template 2021
    "本年制发件数": "issued",
    "本年废止件数": "repealed",
    "现行有效件数": "in_force",
    "本年处理决定数量": "decisions",
    "本年收费金额(单位:万元)": "amount",
}

#: Columns whose cells are money ``{"value": str, "unit": str | None}``.
MONEY_COLUMNS: frozenset[str] = frozenset({"amount"})

#: Every canonical cell of table 二, per template: row → columns (SPEC.md).
ACTIVE_LAYOUT: dict[str, dict[str, tuple[str, ...]]] = {
    "2019": {
        "regulations": ("new_made", "new_published", "total_published"),
        "normative_documents": ("new_made", "new_published", "total_published"),
        "administrative_licensing": ("previous_count", "change", "decisions"),
        "other_administrative_services": ("previous_count", "change", "decisions"),
        "administrative_penalty": ("previous_count", "change", "decisions"),
        "administrative_enforcement": ("previous_count", "change", "decisions"),
        "administrative_fees": ("previous_count", "change"),
        "centralized_procurement": ("projects", "amount"),
    },
    "2021": {
        "regulations": ("issued", "repealed", "in_force"),
        "normative_documents": ("issued", "repealed", "in_force"),
        "administrative_licensing": ("decisions",),
        "administrative_penalty": ("decisions",),
        "administrative_enforcement": ("decisions",),
        "administrative_fees": ("amount",),
    },
}

# --- 三、收到和处理政府信息公开申请情况 ----------------------------------------

#: The seven applicant columns, in the published order of expected.json's lists.
REQUEST_COLUMNS: tuple[str, ...] = (
    "natural_person",
    "commercial_enterprise",
    "research_institution",
    "social_welfare_organization",
    "legal_service_agency",
    "other",
    "total",
)

#: The six columns that ``total`` sums (SPEC: row_total).
APPLICANT_COLUMNS: tuple[str, ...] = REQUEST_COLUMNS[:-1]

#: Top-level numbering of table 三 → canonical key ("三" is the results group).
REQUEST_TOP: dict[str, str] = {
    "一": "new_received",
    "二": "carried_over",
    "三": "results",
    "四": "carried_forward",
}

#: Numbering of the groups under 三、本年度办理结果 → canonical key.
RESULT_GROUPS: dict[str, str] = {
    "一": "granted",
    "二": "partially_granted",
    "三": "withheld",
    "四": "unavailable",
    "五": "not_processed",
    "六": "other",
    "七": "total",
}

#: Numbered items 1., 2., … inside a results group, in order (SPEC.md).
RESULT_ITEMS: dict[str, tuple[str, ...]] = {
    "withheld": (
        "state_secret",
        "prohibited_by_law",
        "safety_stability",
        "third_party_rights",
        "internal_affairs",
        "process_information",
        "law_enforcement_files",
        "administrative_inquiry",
    ),
    "unavailable": ("not_held", "needs_creation", "still_unclear"),
    "not_processed": (
        "petition_complaint",
        "repeated_request",
        "publications",
        "excessive_requests",
        "confirmation_request",
    ),
    # only template 2021 splits (六) 其他处理 into items
    "other": ("overdue_correction", "unpaid_fee", "other"),
}


def request_rows(template: str) -> tuple[str, ...]:
    """Every row path of table 三 for a template, in published order."""
    rows = ["requests.new_received", "requests.carried_over"]
    rows += ["requests.results.granted", "requests.results.partially_granted"]
    for group in ("withheld", "unavailable", "not_processed"):
        rows += [f"requests.results.{group}.{item}" for item in RESULT_ITEMS[group]]
    if template == "2021":
        rows += [f"requests.results.other.{item}" for item in RESULT_ITEMS["other"]]
    else:
        rows.append("requests.results.other")
    rows += ["requests.results.total", "requests.carried_forward"]
    return tuple(rows)


#: A piece of each row's label that a page must print for the row to be there at all.
#: Deliberately short (no item number, no quotes), so that a variant label still
#: contains it; used only one way: a snippet *absent* from the input proves the row
#: is absent. 2021's ``other.other`` (printed "3.其他") has no distinctive text of its
#: own and comes after the group label, so it borrows the group's "其他处理".
ROW_SNIPPETS: dict[str, str] = {
    "requests.new_received": "本年新收",
    "requests.carried_over": "上年结转",
    "requests.results.granted": "(一)予以公开",
    "requests.results.partially_granted": "(二)部分公开",
    "requests.results.withheld.state_secret": "国家秘密",
    "requests.results.withheld.prohibited_by_law": "禁止公开",
    "requests.results.withheld.safety_stability": "三安全一稳定",
    "requests.results.withheld.third_party_rights": "第三方合法权益",
    "requests.results.withheld.internal_affairs": "内部事务",
    "requests.results.withheld.process_information": "过程性信息",
    "requests.results.withheld.law_enforcement_files": "行政执法案卷",
    "requests.results.withheld.administrative_inquiry": "行政查询",
    "requests.results.unavailable.not_held": "不掌握",
    "requests.results.unavailable.needs_creation": "另行制作",
    "requests.results.unavailable.still_unclear": "仍不明确",
    "requests.results.not_processed.petition_complaint": "信访举报投诉",
    "requests.results.not_processed.repeated_request": "重复申请",
    "requests.results.not_processed.publications": "公开出版物",
    "requests.results.not_processed.excessive_requests": "大量反复申请",
    "requests.results.not_processed.confirmation_request": "重新出具",
    "requests.results.other": "其他处理",
    "requests.results.other.overdue_correction": "逾期不补正",
    "requests.results.other.unpaid_fee": "缴纳费用",
    "requests.results.other.other": "其他处理",
    "requests.results.total": "(七)总计",
    "requests.carried_forward": "结转下年度",
}

#: Rows whose label is printed in a cut-off excerpt but that carry fewer numbers than
#: the seven columns (read off each input.txt by hand). A parser may place these
#: numbers as it sees fit, but it can hold no more non-blank cells in the row than the
#: page printed: anything beyond would be invented.
PRINTED_NUMBERS: dict[str, dict[str, int]] = {
    # '7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 |' — the excerpt ends after six numbers
    "005_shenzhen-longgang-dept-2024-pipe-singlebar": {
        "requests.results.withheld.law_enforcement_files": 6,
    },
    # label, seven blank paragraphs, ' 0'; then '(一)予以公开' and the excerpt ends
    "004_shaanxi-yulin-yuyang-tuofenglu-jd-2020-blankline-2019tpl": {
        "requests.new_received": 1,
        "requests.carried_over": 1,
        "requests.results.granted": 0,
    },
    # '3 |', '3 |', '|||||||' — blank organisation columns merged into one filler
    "016_hunan-yueyang-nanhu-dept-2019-cellperline-rowbar": {
        "requests.new_received": 2,
        "requests.carried_over": 2,
        "requests.results.granted": 2,
        "requests.results.partially_granted": 1,
    },
    # '(二)部分公开(区分处理的,只计这一情' — the excerpt ends inside the label
    "018_guangdong-shixing-tyjrswj-2020-cellperline-text-change": {
        "requests.results.partially_granted": 0,
    },
    # '(一)予以公开 |' followed by bare '|' lines only, then '(二)部分公' (cut)
    "024_shaanxi-yangling-tjj-2023-cellperline-slash": {
        "requests.results.granted": 0,
    },
}

# --- 四、行政复议、行政诉讼 ------------------------------------------------------

REVIEW_GROUPS: tuple[str, ...] = (
    "administrative_review",
    "litigation_direct",
    "litigation_after_review",
)
REVIEW_COLUMNS: tuple[str, ...] = ("upheld", "corrected", "other", "pending", "total")

# --- label helpers --------------------------------------------------------------------

_NUMBER = re.compile(r"^\(?([一二三四五六七八九十]+|\d+)[)、.．]?")


def norm(text: str) -> str:
    """NFKC, every whitespace character removed (labels and input text alike)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def leading_number(segment: str) -> str | None:
    """The numbering a label starts with: '一、…' → '一', '(三)…' → '三', '7.…' → '7'."""
    match = _NUMBER.match(norm(segment))
    return match.group(1) if match else None


def request_row_path(key: str, template: str) -> str:
    """Map an expected.json row key of table 三 to its canonical row path.

    Matches by numbering and group only, never by label text (labels vary):
    ``一、本年新收…`` → ``requests.new_received``; ``三/(三)不予公开/7.属于行政执法案卷`` →
    ``requests.results.withheld.law_enforcement_files``; ``三/(六)其他处理`` →
    ``requests.results.other`` (2019) and ``三/(六)其他处理/3.其他`` →
    ``requests.results.other.other`` (2021).
    """
    segments = key.split("/")
    top = REQUEST_TOP.get(leading_number(segments[0]) or "")
    if top is None:
        raise KeyError(f"row key {key!r}: unknown top-level numbering")
    if top != "results":
        if len(segments) != 1:
            raise KeyError(f"row key {key!r}: {top} has no sub-rows")
        return f"requests.{top}"
    if len(segments) < 2:
        raise KeyError(f"row key {key!r}: results row without a group")
    group = RESULT_GROUPS.get(leading_number(segments[1]) or "")
    if group is None:
        raise KeyError(f"row key {key!r}: unknown results group")
    has_items = group in RESULT_ITEMS and (group != "other" or template == "2021")
    if not has_items:
        if len(segments) != 2:
            raise KeyError(f"row key {key!r}: group {group} has no items in {template}")
        return f"requests.results.{group}"
    if len(segments) != 3:
        raise KeyError(f"row key {key!r}: group {group} needs an item number")
    number = leading_number(segments[2]) or ""
    items = RESULT_ITEMS[group]
    if not number.isdigit() or not 1 <= int(number) <= len(items):
        raise KeyError(f"row key {key!r}: item number out of range for {group}")
    return f"requests.results.{group}.{items[int(number) - 1]}"


_MONEY = re.compile(r"^(-?\d+(?:\.\d+)?)(.*)$")


def money(text: str) -> dict[str, str | None]:
    """expected.json money → canonical money: '18.8710万元' → value '18.8710', unit '万元';
    a bare number ('0', '8040') has no unit (null)."""
    match = _MONEY.match(norm(text))
    if match is None:
        raise ValueError(f"not a money string: {text!r}")
    return {"value": match.group(1), "unit": match.group(2) or None}

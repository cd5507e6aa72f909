"""The label lexicon: the Chinese labels of the statutory tables, as data.

Labels are matched after :func:`~govinfo_reports.cells.normalize_label` (no spaces,
half-width, unified brackets), by keywords first and by their printed numbering
(``一、``, ``(三)``, ``7.``) when the words are cut off. Chinese lives here and in
``messages``; the rest of the code speaks in canonical keys.
"""

from __future__ import annotations

import re
from functools import lru_cache

from attrs import frozen

from .model import Template

# --- 二、主动公开政府信息情况 -------------------------------------------------

#: Row key → keywords (any one matches), checked in this order.
ACTIVE_ROW_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("other_administrative_services", ("其他对外", "对外管理服务", "其他对")),
    ("normative_documents", ("规范性文件", "规范文件")),
    ("regulations", ("规章",)),
    ("administrative_licensing", ("行政许可",)),
    ("administrative_penalty", ("行政处罚",)),
    ("administrative_enforcement", ("行政强制",)),
    ("administrative_fees", ("事业性收费", "行政收费", "事业收费")),
    ("centralized_procurement", ("集中采购", "政府采购")),
)

#: The row labels of table 二 as the templates print them, for labels cut off at a line
#: break: a head of at least :data:`LABEL_HEAD_MIN` characters that begins exactly one of
#: them names that row (行政事业 → 行政事业性收费, 政府集中采 → 政府集中采购).
ACTIVE_ROW_LABELS: tuple[tuple[str, str], ...] = (
    ("规章", "regulations"),
    ("规范性文件", "normative_documents"),
    ("行政规范性文件", "normative_documents"),
    ("行政许可", "administrative_licensing"),
    ("其他对外管理服务事项", "other_administrative_services"),
    ("行政处罚", "administrative_penalty"),
    ("行政强制", "administrative_enforcement"),
    ("行政事业性收费", "administrative_fees"),
    ("政府集中采购", "centralized_procurement"),
)
LABEL_HEAD_MIN = 4

#: Column keys of each row of table 二, per template.
ACTIVE_COLUMNS: dict[Template, dict[str, tuple[str, ...]]] = {
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

#: Header words that only one template prints (table 二).
TEMPLATE_HEADER_WORDS: dict[Template, tuple[str, ...]] = {
    "2019": ("新制作", "新公开", "对外公开总", "上一年项目", "本年增", "采购项目", "采购总金额"),
    "2021": ("制发", "发件", "废止", "现行有效", "本年处理决定", "收费金额"),
}

#: Row labels that only one template prints (table 二).
TEMPLATE_ROW_WORDS: dict[Template, tuple[str, ...]] = {
    "2019": ("其他对外", "集中采购"),
    "2021": ("行政规范性文件",),
}

MONEY_UNITS: tuple[str, ...] = ("亿元", "万元", "千元", "元")
#: The same units, for telling a cell that is only a unit (``万元`` printed apart).
MONEY_UNIT_WORDS = frozenset(MONEY_UNITS)

# --- 三、收到和处理政府信息公开申请情况 ---------------------------------------

RequestPath = tuple[str, ...]

#: Result groups by their printed number (一)…(七): a leaf path or a group name.
RESULT_GROUPS: tuple[str, ...] = (
    "granted",
    "partially_granted",
    "withheld",
    "unavailable",
    "not_processed",
    "other",
    "total",
)

#: Items of each group, in printed order 1., 2., …
GROUP_ITEMS: dict[str, tuple[str, ...]] = {
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
    "other": ("overdue_correction", "unpaid_fee", "other"),
}

#: Keyword → (group, item or None). Checked in order; the first hit wins.
REQUEST_KEYWORDS: tuple[tuple[str, str, str | None], ...] = (
    ("本年新收", "", "new_received"),
    ("新收", "", "new_received"),
    # (other organs' words: 本年度收到的…, 上年度结转 / 2022年结转…, 办理结果总计,
    # 部分予以公开, 不予以公开, 全部公开, and the words 三安全一稳定 stands for)
    ("本年收到", "", "new_received"),
    ("本年度收到", "", "new_received"),
    ("上年结转", "", "carried_over"),
    ("结转下年", "", "carried_forward"),
    ("继续办理", "", "carried_forward"),
    ("年结转", "", "carried_over"),
    ("年度结转", "", "carried_over"),
    ("结果总计", "results", "total"),
    ("结果合计", "results", "total"),
    ("办理结果", "results", None),
    ("部分公开", "results", "partially_granted"),
    ("部分予以公开", "results", "partially_granted"),
    ("不予公开", "withheld", None),
    ("不予以公开", "withheld", None),
    ("予以公开", "results", "granted"),
    ("全部公开", "results", "granted"),
    ("国家秘密", "withheld", "state_secret"),
    ("禁止公开", "withheld", "prohibited_by_law"),
    ("三安全", "withheld", "safety_stability"),
    ("一稳定", "withheld", "safety_stability"),
    ("国家安全", "withheld", "safety_stability"),
    ("社会稳定", "withheld", "safety_stability"),
    ("第三方", "withheld", "third_party_rights"),
    ("内部事务", "withheld", "internal_affairs"),
    ("过程性", "withheld", "process_information"),
    ("执法案卷", "withheld", "law_enforcement_files"),
    ("行政查询", "withheld", "administrative_inquiry"),
    ("查询事项", "withheld", "administrative_inquiry"),
    ("信息查询", "withheld", "administrative_inquiry"),
    ("无法提供", "unavailable", None),
    ("不掌握", "unavailable", "not_held"),
    ("另行制作", "unavailable", "needs_creation"),
    ("现成信息", "unavailable", "needs_creation"),
    ("仍不明确", "unavailable", "still_unclear"),
    ("补正后", "unavailable", "still_unclear"),
    ("内容不明确", "unavailable", "still_unclear"),
    ("逾期不补正", "other", "overdue_correction"),
    ("不补正", "other", "overdue_correction"),
    ("缴纳费用", "other", "unpaid_fee"),
    ("收费通知", "other", "unpaid_fee"),
    ("不予处理", "not_processed", None),
    ("信访", "not_processed", "petition_complaint"),
    ("举报投诉", "not_processed", "petition_complaint"),
    ("重复申请", "not_processed", "repeated_request"),
    ("重复提出", "not_processed", "repeated_request"),
    ("出版物", "not_processed", "publications"),
    ("大量反复", "not_processed", "excessive_requests"),
    ("重新出具", "not_processed", "confirmation_request"),
    ("确认或", "not_processed", "confirmation_request"),
    ("其他处理", "other", None),
)

#: The words of each table-三 item as the templates print them (normalised, after the
#: item's numbering), for labels cut off at a line break: words of at least
#: :data:`ITEM_HEAD_MIN` characters after an item's numbering (or
#: :data:`ITEM_HEAD_MIN_UNNUMBERED` without one) that begin exactly one of them name that
#: item (``1.属于国`` → 属于国家秘密), whatever the current group: PDF text prints a
#: group's label centred on its items' lines, below its first item's.
REQUEST_ITEM_LABELS: tuple[tuple[str, str, str], ...] = (
    ("属于国家秘密", "withheld", "state_secret"),
    ("其他法律行政法规禁止公开", "withheld", "prohibited_by_law"),
    ("危及三安全一稳定", "withheld", "safety_stability"),
    ("保护第三方合法权益", "withheld", "third_party_rights"),
    ("属于三类内部事务信息", "withheld", "internal_affairs"),
    ("属于四类过程性信息", "withheld", "process_information"),
    ("属于行政执法案卷", "withheld", "law_enforcement_files"),
    ("属于行政查询事项", "withheld", "administrative_inquiry"),
    ("本机关不掌握相关政府信息", "unavailable", "not_held"),
    ("没有现成信息需要另行制作", "unavailable", "needs_creation"),
    ("补正后申请内容仍不明确", "unavailable", "still_unclear"),
    ("信访举报投诉类申请", "not_processed", "petition_complaint"),
    ("重复申请", "not_processed", "repeated_request"),
    ("要求提供公开出版物", "not_processed", "publications"),
    ("无正当理由大量反复申请", "not_processed", "excessive_requests"),
    ("要求行政机关确认或重新出具已获取信息", "not_processed", "confirmation_request"),
    (
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "other",
        "overdue_correction",
    ),
    (
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "other",
        "unpaid_fee",
    ),
    ("其他", "other", "other"),
)
ITEM_HEAD_MIN = 3
#: The same for an item printed without its numbering: longer, as the piece of another
#: item's label on a line of its own may begin one (申请人 / 无正当理由逾期…). An item's
#: first words of that length name it anywhere in a label, as its keywords do (PDF text
#: glues a piece of a spanning label before an unnumbered item's: ``开其他法律行政法规``).
ITEM_HEAD_MIN_UNNUMBERED = 6
_ITEM_HEADS = tuple(
    (words[:ITEM_HEAD_MIN_UNNUMBERED], group, item)
    for words, group, item in REQUEST_ITEM_LABELS
    if len(words) >= ITEM_HEAD_MIN_UNNUMBERED
)

#: Table 三's applicant header: a ``小计`` column is the organisations' subtotal. It is the
#: only header word with ``小`` and 商业企业 the only one with ``商``, so a piece of either
#: word broken over lines or cells (``小`` / ``计``) is enough to place the column.
SUBTOTAL_HEADER = "小计"
SUBTOTAL_HEAD = "小"
COMMERCIAL_HEAD = "商"

_TOP_NUMERALS = "一二三四"
_GROUP_NUMERALS = "一二三四五六七"
_MARKERS = re.compile(
    r"^(?:([一二三四五六七八九十])[、.,])?"
    r"(?:\(([一二三四五六七八九])\)|([一二三四五六七])[、.])?"
    # an item: 1. 1、 (1) ① (the group's items, numbered as some sites print them)
    r"(?:(\d{1,2})(?:[.、,:)]|(?=\D)|$)|\((\d{1,2})\)|([\u2460-\u2473]))?"
)


#: A group's or an item's numbering inside a label (after other text): ``(一)``, ``1.``,
#: ``1、``, ``(1)``, ``①``; never a decimal's or a date's digits.
_INNER_NUMBERING = re.compile(
    r"\([一二三四五六七]\)|(?<![\d.])\d{1,2}[.、](?=\D)|\(\d{1,2}\)|[\u2460-\u2473]"
)


@frozen
class RequestLabel:
    """What a table-三 label names: a leaf row (``path``) or a group to enter."""

    path: RequestPath | None
    group: str | None


def _group_numeral(label: str) -> tuple[int | None, int | None, int | None, str]:
    """(top number, group number, item number, rest) from a label's printed numbering."""
    match = _MARKERS.match(label)
    if match is None or not match.group(0):
        return None, None, None, label
    top = _TOP_NUMERALS.find(match.group(1)) + 1 if match.group(1) else None
    group_char = match.group(2) or match.group(3)
    group = _GROUP_NUMERALS.find(group_char) + 1 if group_char else None
    digits = match.group(4) or match.group(5)
    circled = match.group(6)
    item = int(digits) if digits else (ord(circled) - 0x245F if circled else None)
    if top == 0:
        top = None
    if group == 0:
        group = None
    return top, group, item, label[match.end() :]


def _names_an_item(rest: str) -> bool:
    """True when what follows an item's number may be (the start of) its words: nothing
    (``3.``, the words on the next line) or text with a letter. A number followed by
    digits and signs only is no item label but a page number (``3/8``, ``3-8``)."""
    return not rest or any(char.isalpha() for char in rest)


def _leaf(group: str, item: str) -> RequestLabel:
    if group in ("", "results"):
        return RequestLabel(("results", item) if group else (item,), None)
    return RequestLabel(("results", group, item), group)


#: Longest normalised text a table's label classifier reads as a label; longer text is
#: prose. The collector rules such text out without normalising it.
LONGEST_LABEL = 64


# (pure, and the same short labels recur in every report: cached, the cache called
# directly, as it is for every label cell of every table 三)
@lru_cache(maxsize=8192)
def classify_request_label(label: str, group: str | None, in_data: bool) -> RequestLabel | None:
    """Map a normalised table-三 label to a row or group, given the current group.

    ``in_data`` is false while still in the header, where ``总计`` and ``其他`` are
    column names, not rows. Returns ``None`` for text that names no row.
    """
    if not label or len(label) > LONGEST_LABEL:
        return None
    top, number, item, rest = _group_numeral(label)
    group_hit: str | None = None
    group_word = ""
    for keyword, kw_group, kw_item in REQUEST_KEYWORDS:
        if keyword in label:
            if kw_item is not None:
                if keyword in group_word:
                    continue  # (予以公开 within 不予以公开: the group's words)
                return _leaf(kw_group, kw_item)
            if group_hit is None:
                group_hit, group_word = kw_group, keyword
    if len(rest) >= (ITEM_HEAD_MIN if item is not None else ITEM_HEAD_MIN_UNNUMBERED) and (
        item is not None or (top is None and number is None)
    ):
        heads = {(g, i) for words, g, i in REQUEST_ITEM_LABELS if words.startswith(rest)}
        if len(heads) == 1:
            return _leaf(*heads.pop())
    for first_words, words_group, words_item in _ITEM_HEADS:
        if first_words in label:
            return _leaf(words_group, words_item)
    inner = _INNER_NUMBERING.search(label, 1)
    if inner is not None:
        # PDF text prints the cells of a line side by side, the labels of the cells
        # that span rows among them: a group's label and its first item's, the item's
        # words cut (``(四)无法提供1.本机关`` then ``不掌握…``), both labels wrapped
        # (``三、本年度办(一)予以公``), or a piece of a spanning label before an item's
        # (``开2.其他法律行政法规``, ``果(二)部分公``). The numbering names the row:
        # within the group the text before it names (which it keeps, so that the rest
        # of the group's label, on the next line, is no group's label again), else
        # within the current group.
        head = classify_request_label(label[: inner.start()], group, in_data)
        if head is None:
            within = classify_request_label(label[inner.start() :], group, in_data)
            if within is not None:
                return within
        elif head.path is None:
            within = classify_request_label(label[inner.start() :], head.group, True)
            if within is None and head.group == "results":
                # (三、本年度 with an item's numbering: the results' label, centred on its
                # rows, beside one of them: the item is the current group's)
                within = classify_request_label(label[inner.start() :], group, True)
            if within is not None and within.path is not None and within.group is None:
                return RequestLabel(within.path, head.group)
            if within is not None:
                return within
    if group_hit is not None:
        return RequestLabel(None, group_hit)
    if in_data and rest in ("总计", "合计", "总数") and (number in (None, 7)):
        return RequestLabel(("results", "total"), None)
    if in_data and group == "other" and rest.startswith("其他") and len(rest) <= 4 and not number:
        return _leaf("other", "other")
    if number is not None and top is None and 1 <= number <= 7:
        name = RESULT_GROUPS[number - 1]
        if name in GROUP_ITEMS:
            return RequestLabel(None, name)
        return _leaf("results", name)
    if top is not None and number is None and item is None and len(rest) <= 12:
        if top == 1:
            return _leaf("", "new_received")
        if top == 2:
            return _leaf("", "carried_over")
        if top == 3:
            return RequestLabel(None, "results")
        if top == 4 and in_data:
            return _leaf("", "carried_forward")
    if item is not None and group in GROUP_ITEMS and len(rest) <= 24 and _names_an_item(rest):
        items = GROUP_ITEMS[group]
        if 1 <= item <= len(items):
            return _leaf(group, items[item - 1])
    return None


@lru_cache(maxsize=8192)  # (pure; called for every label cell of every table 二)
def classify_active_label(label: str) -> str | None:
    """The table-二 row a normalised label names, or ``None``."""
    if not label or len(label) > 24:
        return None
    for key, words in ACTIVE_ROW_KEYWORDS:
        for word in words:
            if word in label:
                return key
    if len(label) >= LABEL_HEAD_MIN:
        heads = {key for full, key in ACTIVE_ROW_LABELS if full.startswith(label)}
        if len(heads) == 1:
            return heads.pop()
    return None


# --- human-readable names for messages ------------------------------------------

CHINESE_NAMES: dict[str, str] = {
    "active_disclosure": "主动公开政府信息情况",
    "requests": "收到和处理政府信息公开申请情况",
    "review_litigation": "行政复议、行政诉讼情况",
    "regulations": "规章",
    "normative_documents": "规范性文件",
    "administrative_licensing": "行政许可",
    "other_administrative_services": "其他对外管理服务事项",
    "administrative_penalty": "行政处罚",
    "administrative_enforcement": "行政强制",
    "administrative_fees": "行政事业性收费",
    "centralized_procurement": "政府集中采购",
    "new_made": "本年新制作数量",
    "new_published": "本年新公开数量",
    "total_published": "对外公开总数量",
    "previous_count": "上一年项目数量",
    "change": "本年增/减",
    "decisions": "处理决定数量",
    "projects": "采购项目数量",
    "amount": "金额",
    "issued": "本年制发件数",
    "repealed": "本年废止件数",
    "in_force": "现行有效件数",
    "new_received": "本年新收政府信息公开申请数量",
    "carried_over": "上年结转政府信息公开申请数量",
    "results": "本年度办理结果",
    "granted": "予以公开",
    "partially_granted": "部分公开",
    "withheld": "不予公开",
    "state_secret": "属于国家秘密",
    "prohibited_by_law": "其他法律行政法规禁止公开",
    "safety_stability": "危及“三安全一稳定”",
    "third_party_rights": "保护第三方合法权益",
    "internal_affairs": "属于三类内部事务信息",
    "process_information": "属于四类过程性信息",
    "law_enforcement_files": "属于行政执法案卷",
    "administrative_inquiry": "属于行政查询事项",
    "unavailable": "无法提供",
    "not_held": "本机关不掌握相关政府信息",
    "needs_creation": "没有现成信息需要另行制作",
    "still_unclear": "补正后申请内容仍不明确",
    "not_processed": "不予处理",
    "petition_complaint": "信访举报投诉类申请",
    "repeated_request": "重复申请",
    "publications": "要求提供公开出版物",
    "excessive_requests": "无正当理由大量反复申请",
    "confirmation_request": "要求行政机关确认或重新出具已获取信息",
    "overdue_correction": "申请人逾期不补正",
    "unpaid_fee": "申请人逾期未缴费",
    "carried_forward": "结转下年度继续办理",
    "natural_person": "自然人",
    "commercial_enterprise": "商业企业",
    "research_institution": "科研机构",
    "social_welfare_organization": "社会公益组织",
    "legal_service_agency": "法律服务机构",
    "total": "总计",
    "administrative_review": "行政复议",
    "litigation_direct": "未经复议直接起诉",
    "litigation_after_review": "复议后起诉",
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "pending": "尚未审结",
}


_DESCRIBED: dict[str, str] = {}
#: Paths whose description is remembered (the model's paths are a few hundred).
_DESCRIBED_MAX = 4096


def describe(path: str) -> str:
    """``requests.results.total.total`` → ``本年度办理结果/总计/总计 (requests.results…)``."""
    described = _DESCRIBED.get(path)
    if described is None:
        described = _describe(path)
        if len(_DESCRIBED) < _DESCRIBED_MAX:
            _DESCRIBED[path] = described
    return described


def _describe(path: str) -> str:
    parts = path.split(".")
    names: list[str] = []
    for i, part in enumerate(parts):
        if part == "other":
            parent = parts[i - 1] if i else ""
            names.append("其他处理" if parent == "results" else "其他")
        else:
            names.append(CHINESE_NAMES.get(part, part))
    return f"{'/'.join(names)} ({path})"

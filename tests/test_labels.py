"""The label lexicon: ``classify_request_label`` (table 三) and ``classify_active_label``
(table 二), fed with labels as the seeds print them, after ``normalize_label``."""

from __future__ import annotations

import pytest

from govinfo_reports.cells import normalize_label
from govinfo_reports.labels import RequestLabel, classify_active_label, classify_request_label


def request(text: str, group: str | None = None, in_data: bool = True) -> RequestLabel | None:
    return classify_request_label(normalize_label(text), group, in_data)


def active(text: str) -> str | None:
    return classify_active_label(normalize_label(text))


# --- table 三: top rows and groups ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("一、本年新收政府信息公开申请数量", ("new_received",)),
        ("二、上年结转政府信息公开申请数量", ("carried_over",)),
        ("四、结转下年度继续办理", ("carried_forward",)),
        ("（一）予以公开", ("results", "granted")),
        ("(一) 予以公开", ("results", "granted")),
        (
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            ("results", "partially_granted"),
        ),
        ("(二) 部分公开(区分处理的, 只记这一情形, 不计其他情形)", ("results", "partially_granted")),
        ("(二) 部分公开", ("results", "partially_granted")),
    ],
)
def test_request_rows_outside_groups(text: str, path: tuple[str, ...]) -> None:
    assert request(text, None, in_data=False) == RequestLabel(path, None)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("三、本年度办理结果", "results"),
        ("（三）不予公开", "withheld"),
        ("(四) 无法提供", "unavailable"),
        ("(五) 不予处理", "not_processed"),
        ("（六）其他处理", "other"),
    ],
)
def test_request_group_headings(text: str, group: str) -> None:
    found = request(text, "results")
    assert found is not None
    assert found.path is None
    assert found.group == group


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("三、", "results"),  # 三、本年度办理结果 printed one character per line
        ("（三）不", "withheld"),  # （三）不\n予\n公\n开
        ("（四）无", "unavailable"),
        ("（五）不", "not_processed"),
    ],
)
def test_vertical_group_headings_are_recognised_from_their_first_line(
    text: str, group: str
) -> None:
    found = request(text, "results")
    assert found is not None
    assert found.path is None
    assert found.group == group


@pytest.mark.parametrize("text", ["本", "年", "度", "办", "理", "结", "果", "予", "公", "开"])
def test_single_characters_of_a_vertical_heading_name_no_row(text: str) -> None:
    assert request(text, "results") is None
    assert request(text, "withheld") is None


# --- table 三: items ------------------------------------------------------------------------

WITHHELD = [
    ("1. 属于国家秘密", "state_secret"),
    ("2. 其他法律行政法规禁止公开", "prohibited_by_law"),
    ("3. 危及“三安全一稳定”", "safety_stability"),
    ("4. 保护第三方合法权益", "third_party_rights"),
    ("5. 属于三类内部事务信息", "internal_affairs"),
    ("6. 属于四类过程性信息", "process_information"),
    ("7. 属于行政执法案卷", "law_enforcement_files"),
    ("8. 属于行政查询事项", "administrative_inquiry"),
]
UNAVAILABLE = [
    ("1. 本机关不掌握相关政府信息", "not_held"),
    ("2. 没有现成信息需要另行制作", "needs_creation"),
    ("3. 补正后申请内容仍不明确", "still_unclear"),
]
NOT_PROCESSED = [
    ("1. 信访举报投诉类申请", "petition_complaint"),
    ("2. 重复申请", "repeated_request"),
    ("3. 要求提供公开出版物", "publications"),
    ("4. 无正当理由大量反复申请", "excessive_requests"),
    ("5. 要求行政机关确认或重新出具已获取信息", "confirmation_request"),
]
OTHER_2021 = [
    (
        "1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "overdue_correction",
    ),
    ("2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "unpaid_fee"),
    ("3. 其他", "other"),
]


@pytest.mark.parametrize(
    ("group", "text", "item"),
    [("withheld", t, i) for t, i in WITHHELD]
    + [("unavailable", t, i) for t, i in UNAVAILABLE]
    + [("not_processed", t, i) for t, i in NOT_PROCESSED]
    + [("other", t, i) for t, i in OTHER_2021],
)
def test_request_items_inside_their_group(group: str, text: str, item: str) -> None:
    assert request(text, group) == RequestLabel(("results", group, item), group)


@pytest.mark.parametrize(
    ("group", "text", "item"),
    [("withheld", t, i) for t, i in WITHHELD]
    + [("unavailable", t, i) for t, i in UNAVAILABLE]
    + [("not_processed", t, i) for t, i in NOT_PROCESSED]
    + [("other", t, i) for t, i in OTHER_2021[:2]],
)
def test_request_items_are_known_by_their_words_even_outside_their_group(
    group: str, text: str, item: str
) -> None:
    # seed 000 prints "4. 无正当理由大量反复申请" in column 0, after the group cell was lost
    found = request(text, None)
    assert found is not None
    assert found.path == ("results", group, item)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("3. 危及 “三安 全一 稳定”", "safety_stability"),
        ("4. 保护 第三 方合 法权 益", "third_party_rights"),
        ("5. 属于 三类 内部 事务 信息", "internal_affairs"),
        ("8. 属于 行政 查询 事项", "administrative_inquiry"),
        ('3.危及"三安全一稳定"', "safety_stability"),
        ("１．属于国家秘密", "state_secret"),
    ],
)
def test_items_with_spaces_quotes_and_full_width_numbers(text: str, item: str) -> None:
    assert request(text, "withheld") == RequestLabel(("results", "withheld", item), "withheld")


# --- table 三: labels cut in two ------------------------------------------------------------


def test_label_cut_after_its_number_is_placed_by_the_number() -> None:
    # "4. 无正" + "当理由大量反复申请" (seed 003): both halves name the same row
    first = request("4. 无正", "not_processed")
    second = request("当理由大量反复申请", "not_processed")
    expected = RequestLabel(("results", "not_processed", "excessive_requests"), "not_processed")
    assert first == expected
    assert second == expected


def test_bare_item_number_is_placed_by_its_group() -> None:
    # "7." + "属于 行政 执法 案卷" (seed 003)
    expected = RequestLabel(("results", "withheld", "law_enforcement_files"), "withheld")
    assert request("7.", "withheld") == expected
    assert request("属于 行政 执法 案卷", "withheld") == expected


def test_item_number_depends_on_the_current_group() -> None:
    assert request("2.", "withheld") == RequestLabel(
        ("results", "withheld", "prohibited_by_law"), "withheld"
    )
    assert request("2.", "unavailable") == RequestLabel(
        ("results", "unavailable", "needs_creation"), "unavailable"
    )
    assert request("2.", "not_processed") == RequestLabel(
        ("results", "not_processed", "repeated_request"), "not_processed"
    )


def test_item_number_beyond_the_group_names_no_row() -> None:
    assert request("4.", "unavailable") is None
    assert request("9.", "withheld") is None


def test_the_rest_of_a_cut_label_without_key_words_names_no_row() -> None:
    assert request("公开", "withheld") is None  # "2. 其他法律行政法规禁止" + "公开"


# --- table 三: 总计 and 其他 are column names in the header, rows in the data ------------------


def test_total_is_a_column_in_the_header_and_a_row_in_the_data() -> None:
    assert request("总计", None, in_data=False) is None
    assert request("总 计", None, in_data=False) is None
    assert request("（七）总计", "other", in_data=True) == RequestLabel(("results", "total"), None)
    assert request("(七) 总计", "not_processed", in_data=True) == RequestLabel(
        ("results", "total"), None
    )


def test_other_is_a_column_in_the_header_and_an_item_in_group_six() -> None:
    assert request("其他", None, in_data=False) is None
    assert request("其 他", None, in_data=False) is None
    assert request("其他", "other", in_data=True) == RequestLabel(
        ("results", "other", "other"), "other"
    )


@pytest.mark.parametrize(
    "text",
    [
        "自然人",
        "自 然人",
        "商业企业",
        "商 业企",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "法人或其他组织",
        "申请人情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    ],
)
def test_header_cells_name_no_row(text: str) -> None:
    assert request(text, None, in_data=False) is None


def test_prose_names_no_row() -> None:
    prose = (
        "2020年，全区受理政府信息公开申请9件，办结及时率100%。从申请来源看，自然人申请7件、"
        "其他申请2件，予以公开6件，不属于本行政机关公开3件，无不予公开情形。"
    )
    assert request(prose, None, in_data=False) is None
    assert request(prose, "results", in_data=True) is None
    assert request("", None) is None


# --- table 二 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("规章", "regulations"),
        ("规范性文件", "normative_documents"),
        ("行政规范性文件", "normative_documents"),
        ("行政许可", "administrative_licensing"),
        ("其他对外管理服务事项", "other_administrative_services"),
        ("其他对外管", "other_administrative_services"),  # cut label (seed 003)
        ("其他对外管理", "other_administrative_services"),
        ("行政事业性", "administrative_fees"),  # 行政事业性 / 收费 over two lines
        ("政府集中", "centralized_procurement"),  # 政府集中 / 采购 over two lines
        ("行政处罚", "administrative_penalty"),
        ("行政强制", "administrative_enforcement"),
        ("行政事业性收费", "administrative_fees"),
        ("行政事业性 收费", "administrative_fees"),
        ("行政事业性\n收费", "administrative_fees"),
        ("政府集中采购", "centralized_procurement"),
        ("政府集中采 购", "centralized_procurement"),
        ("**规章**", "regulations"),
    ],
)
def test_active_rows(text: str, key: str) -> None:
    assert active(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "管理服务事项",  # the second half of 其他对外管 / 管理服务事项 opens no new row
        "信息内容",
        "本年新制作数量",
        "本年制发件数",
        "上一年项目数量",
        "本年增/减",
        "处理决定数量",
        "采购项目数量",
        "采购总金额",
        "本年收费金额（单位：万元）",
        "第二十条第（一）项",
        "第二十条第(五)项",
        "",
    ],
)
def test_active_header_cells_name_no_row(text: str) -> None:
    assert active(text) is None


def test_active_prose_names_no_row() -> None:
    prose = "本年度共办理行政许可事项2888件、行政处罚1100件，公开规范性文件4件。"
    assert active(prose) is None


# --- traditional characters (a site's 繁體 version) -----------------------------------------


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("收到和處理政府信息公開申請情況", "收到和处理政府信息公开申请情况"),
        ("本年新收政府信息公開申請數量", "本年新收政府信息公开申请数量"),
        ("屬於國家秘密", "属于国家秘密"),
        ("危及三安全一穩定", "危及三安全一稳定"),
        ("保護第三方合法權益", "保护第三方合法权益"),
        ("沒有現成信息需要另行製作", "没有现成信息需要另行制作"),
        ("申請人逾期未按收費通知要求繳納費用", "申请人逾期未按收费通知要求缴纳费用"),
        ("結轉下年度繼續辦理", "结转下年度继续办理"),
        ("行政複議", "行政复议"),
        ("行政復議", "行政复议"),
        ("未經複議直接起訴", "未经复议直接起诉"),
        ("結果糾正", "结果纠正"),
        ("尚未審結", "尚未审结"),
        ("政府集中採購", "政府集中采购"),
        ("本年製發件數", "本年制发件数"),
        ("行政事業性收費", "行政事业性收费"),
        ("規範性文件", "规范性文件"),
        ("社會公益組織", "社会公益组织"),
        ("法律服務機構", "法律服务机构"),
        ("勾稽關係", "勾稽关系"),
        ("只記這一情形", "只计這一情形"),  # 記 like 记; 這 is not in a label
    ],
)
def test_traditional_label_characters_are_matched_in_their_simplified_forms(
    traditional: str, simplified: str
) -> None:
    assert normalize_label(traditional) == simplified

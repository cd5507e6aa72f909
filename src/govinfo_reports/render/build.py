"""Report → :class:`~govinfo_reports.render.document.Document`, laid out like the official
templates (国办公开办函〔2019〕60号 and 〔2021〕30号).

What is printed, so that parsing the output gives the report back:

* the title line, when the report has a title; otherwise a sentence naming the organ
  and the year (``现公布…年度政府信息公开工作年度报告。``), or sentences naming the
  year or the organ alone;
* each table that is not ``None`` under its section heading (a missing table is left
  out with its heading);
* a blank cell as ``/``; a signed change as ``+5`` / ``-3`` / ``0``;
* money as its exact decimal digits; the unit in the cell (template 2019) or in the
  column header ``本年收费金额（单位：万元）`` (template 2021, whose fees the parser
  reads in the header's unit).
"""

from __future__ import annotations

from ..model import (
    ActiveDisclosure,
    ActiveDisclosure2019,
    ApplicantCounts,
    Money,
    OtherHandling2021,
    Report,
    Requests,
    ReviewLitigation,
    field_names,
)
from .document import Block, Cell, Document, Line, Table

BLANK = "/"

HEADINGS = {
    "active_disclosure": "二、主动公开政府信息情况",
    "requests": "三、收到和处理政府信息公开申请情况",
    "review_litigation": "四、政府信息公开行政复议、行政诉讼情况",
}

_COUNTS_2019 = ("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量")
_ITEMS_2019 = ("信息内容", "上一年项目数量", "本年增/减", "处理决定数量")
_DECISIONS_2021 = ("信息内容", "本年处理决定数量")

#: (section caption, column headers, ((row key, row label), ...)) per template.
_ACTIVE_SECTIONS = {
    "2019": (
        (
            "第二十条第（一）项",
            _COUNTS_2019,
            (("regulations", "规章"), ("normative_documents", "规范性文件")),
        ),
        (
            "第二十条第（五）项",
            _ITEMS_2019,
            (
                ("administrative_licensing", "行政许可"),
                ("other_administrative_services", "其他对外管理服务事项"),
            ),
        ),
        (
            "第二十条第（六）项",
            _ITEMS_2019,
            (("administrative_penalty", "行政处罚"), ("administrative_enforcement", "行政强制")),
        ),
        ("第二十条第（八）项", _ITEMS_2019[:3], (("administrative_fees", "行政事业性收费"),)),
        (
            "第二十条第（九）项",
            ("信息内容", "采购项目数量", "采购总金额"),
            (("centralized_procurement", "政府集中采购"),),
        ),
    ),
    "2021": (
        (
            "第二十条第（一）项",
            ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
            (("regulations", "规章"), ("normative_documents", "行政规范性文件")),
        ),
        ("第二十条第（五）项", _DECISIONS_2021, (("administrative_licensing", "行政许可"),)),
        (
            "第二十条第（六）项",
            _DECISIONS_2021,
            (("administrative_penalty", "行政处罚"), ("administrative_enforcement", "行政强制")),
        ),
        (
            "第二十条第（八）项",
            ("信息内容", "本年收费金额"),
            (("administrative_fees", "行政事业性收费"),),
        ),
    ),
}

_REQUEST_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
_APPLICANTS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")

#: Table 三's result groups: (key, label, ((item key, item label), ...) or None).
_GROUPS: tuple[tuple[str, str, tuple[tuple[str, str], ...] | None], ...] = (
    ("granted", "（一）予以公开", None),
    ("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    (
        "withheld",
        "（三）不予公开",
        (
            ("state_secret", "1.属于国家秘密"),
            ("prohibited_by_law", "2.其他法律行政法规禁止公开"),
            ("safety_stability", "3.危及“三安全一稳定”"),
            ("third_party_rights", "4.保护第三方合法权益"),
            ("internal_affairs", "5.属于三类内部事务信息"),
            ("process_information", "6.属于四类过程性信息"),
            ("law_enforcement_files", "7.属于行政执法案卷"),
            ("administrative_inquiry", "8.属于行政查询事项"),
        ),
    ),
    (
        "unavailable",
        "（四）无法提供",
        (
            ("not_held", "1.本机关不掌握相关政府信息"),
            ("needs_creation", "2.没有现成信息需要另行制作"),
            ("still_unclear", "3.补正后申请内容仍不明确"),
        ),
    ),
    (
        "not_processed",
        "（五）不予处理",
        (
            ("petition_complaint", "1.信访举报投诉类申请"),
            ("repeated_request", "2.重复申请"),
            ("publications", "3.要求提供公开出版物"),
            ("excessive_requests", "4.无正当理由大量反复申请"),
            ("confirmation_request", "5.要求行政机关确认或重新出具已获取信息"),
        ),
    ),
)
_OTHER_LABEL = "（六）其他处理"
_OTHER_ITEMS_2021 = (
    ("overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other", "3.其他"),
)
_REVIEW_COLUMNS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


def format_int(value: int | None, signed: bool = False) -> str:
    """A count as printed; ``signed`` prints ``+`` before a positive change."""
    if value is None:
        return BLANK
    return f"+{value}" if signed and value > 0 else str(value)


def format_money(money: Money | None, unit_in_cell: bool) -> str:
    """Money with every published digit (never in exponent form)."""
    if money is None:
        return BLANK
    return format(money.value, "f") + (money.unit or "" if unit_in_cell else "")


def title_lines(report: Report) -> list[Line]:
    """The lines that carry title, organ and year (see the module docs)."""
    if report.title:
        return [Line(report.title, "title")]
    if report.organ and report.year is not None:
        text = f"现公布{report.organ}{report.year}年度政府信息公开工作年度报告。"
        return [Line(text, "prose")]
    lines = []
    if report.year is not None:
        year = report.year
        lines.append(
            Line(f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。", "prose")
        )
    if report.organ:
        lines.append(Line(f"如对本报告有任何疑问，请与{report.organ}联系。", "prose"))
    return lines


def build_document(report: Report) -> Document:
    """The report as printed, before a layout is chosen."""
    blocks: list[Block] = list(title_lines(report))
    if report.active_disclosure is not None:
        blocks += [
            Line(HEADINGS["active_disclosure"], "heading"),
            active_table(report.active_disclosure),
        ]
    if report.requests is not None:
        blocks += [Line(HEADINGS["requests"], "heading"), requests_table(report.requests)]
    if report.review_litigation is not None:
        blocks += [
            Line(HEADINGS["review_litigation"], "heading"),
            review_table(report.review_litigation),
        ]
    return Document(tuple(blocks))


def active_table(table: ActiveDisclosure) -> Table:
    """Table 二: a caption row, a header row and the data rows of each 第二十条 item."""
    width = 4
    rows: list[tuple[Cell, ...]] = []
    signed = isinstance(table, ActiveDisclosure2019)
    template = "2019" if signed else "2021"
    for caption, headers, items in _ACTIVE_SECTIONS[template]:
        rows.append((Cell(caption, "header", colspan=width),))
        header_cells = []
        for i, text in enumerate(headers):
            span = width - i if i == len(headers) - 1 else 1
            path = None
            if text == "本年收费金额":
                money = getattr(table.administrative_fees, "amount", None)
                unit = (money.unit if money is not None else None) or "万元"
                text = f"{text}（单位：{unit}）"
                path = "active_disclosure.administrative_fees.amount"
            elif text == "采购总金额":
                path = "active_disclosure.centralized_procurement.amount"
            header_cells.append(Cell(text, "header", path=path, colspan=span))
        rows.append(tuple(header_cells))
        for key, label in items:
            row = getattr(table, key)
            names = field_names(type(row))
            cells = [Cell(label, "label")]
            for i, name in enumerate(names):
                value = getattr(row, name)
                if name == "amount":
                    text = format_money(value, unit_in_cell=template == "2019")
                else:
                    text = format_int(value, signed=signed and name == "change")
                span = width - 1 - i if i == len(names) - 1 else 1
                path = f"active_disclosure.{key}.{name}"
                cells.append(Cell(text, "value", path=path, colspan=span))
            rows.append(tuple(cells))
    return Table(tuple(rows), width)


def _values(counts: ApplicantCounts, path: str) -> list[Cell]:
    return [
        Cell(format_int(getattr(counts, name)), "value", path=f"{path}.{name}")
        for name in field_names(ApplicantCounts)
    ]


def requests_table(table: Requests) -> Table:
    """Table 三 with the template's three-row applicant header and nested row labels."""
    rows: list[tuple[Cell, ...]] = [
        (
            Cell(_REQUEST_CORNER, "header", rowspan=3, colspan=3),
            Cell("申请人情况", "header", colspan=7),
        ),
        (
            Cell("自然人", "header", rowspan=2),
            Cell("法人或其他组织", "header", colspan=5),
            Cell("总计", "header", rowspan=2),
        ),
        tuple(Cell(text, "header") for text in _APPLICANTS),
    ]
    rows.append(
        (
            Cell("一、本年新收政府信息公开申请数量", "label", colspan=3),
            *_values(table.new_received, "requests.new_received"),
        )
    )
    rows.append(
        (
            Cell("二、上年结转政府信息公开申请数量", "label", colspan=3),
            *_values(table.carried_over, "requests.carried_over"),
        )
    )
    results = table.results
    body: list[list[Cell]] = []
    for key, label, items in _GROUPS:
        if items is None:
            path = f"requests.results.{key}"
            body.append([Cell(label, "label", colspan=2), *_values(getattr(results, key), path)])
            continue
        group = getattr(results, key)
        for i, (item, item_label) in enumerate(items):
            lead = [Cell(label, "label", rowspan=len(items))] if i == 0 else []
            path = f"requests.results.{key}.{item}"
            body.append([*lead, Cell(item_label, "label"), *_values(getattr(group, item), path)])
    other = results.other
    if isinstance(other, OtherHandling2021):
        for i, (item, item_label) in enumerate(_OTHER_ITEMS_2021):
            lead = [Cell(_OTHER_LABEL, "label", rowspan=len(_OTHER_ITEMS_2021))] if i == 0 else []
            path = f"requests.results.other.{item}"
            body.append([*lead, Cell(item_label, "label"), *_values(getattr(other, item), path)])
    else:
        body.append(
            [Cell(_OTHER_LABEL, "label", colspan=2), *_values(other, "requests.results.other")]
        )
    body.append(
        [
            Cell("（七）总计", "label", colspan=2),
            *_values(results.total, "requests.results.total"),
        ]
    )
    body[0].insert(0, Cell("三、本年度办理结果", "label", rowspan=len(body)))
    rows += [tuple(row) for row in body]
    rows.append(
        (
            Cell("四、结转下年度继续办理", "label", colspan=3),
            *_values(table.carried_forward, "requests.carried_forward"),
        )
    )
    return Table(tuple(rows), 10)


def review_table(table: ReviewLitigation) -> Table:
    """Table 四: two header rows of groups, one of result columns, then the 15 values."""
    columns = field_names(type(table.administrative_review))
    values = tuple(
        Cell(
            format_int(getattr(getattr(table, group), name)),
            "value",
            path=f"review_litigation.{group}.{name}",
        )
        for group in field_names(ReviewLitigation)
        for name in columns
    )
    rows: tuple[tuple[Cell, ...], ...] = (
        (Cell("行政复议", "header", colspan=5), Cell("行政诉讼", "header", colspan=10)),
        (
            *(Cell(text, "header", rowspan=2) for text in _REVIEW_COLUMNS),
            Cell("未经复议直接起诉", "header", colspan=5),
            Cell("复议后起诉", "header", colspan=5),
        ),
        tuple(Cell(text, "header") for text in _REVIEW_COLUMNS * 2),
        values,
    )
    return Table(rows, 15)

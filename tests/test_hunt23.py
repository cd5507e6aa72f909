"""Misreadings of cell-per-line and cell-per-paragraph page texts (fictional inputs).

Page texts printing one cell a line or a paragraph, as other sites and copy tools print
the layouts of real reports 001, 004, 008, 016, 020 and 024.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_TITLE = "桐川乡2023年政府信息公开工作年度报告"
#: Table 二's first group and table 三's header, a cell each (2021 template).
_ACTIVE_HEAD = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
_REQUESTS_HEAD = [
    "申请人情况", "自然人", "法人或其他组织", "总计",
    "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
]  # fmt: skip


def _said(report: gr.Report, path: str) -> list[tuple[str, str]]:
    """The codes and severities of the findings on ``path``."""
    return [(f.code, f.severity) for f in report.findings if f.path == path]


# --- a cell a paragraph, a blank cell an empty paragraph --------------------------------


def test_blank_cells_printed_as_empty_paragraphs_keep_their_columns() -> None:
    # a copy tool joining the cells with an empty line prints a blank cell as an empty
    # paragraph: three empty lines between the cells around it (real report 004 prints
    # one more empty line only); the rule read each empty line too many as a blank, so
    # the rows came out too long and all their values were left blank (row_width)
    cells = [_TITLE, "二、主动公开政府信息情况", *_ACTIVE_HEAD, "规章", "4", "", "9"]
    cells += ["行政规范性文件", "2", "1", "7", "三、收到和处理政府信息公开申请情况"]
    cells += [*_REQUESTS_HEAD, "一、本年新收政府信息公开申请数量", "3", "", "1", "", "", "", "4"]
    cells += ["二、上年结转政府信息公开申请数量", *"0000000", "三、本年度办理结果"]
    report = gr.parse("\n\n".join([*cells, "（一）予以公开", "2"]))
    data = gr.to_dict(report)
    active = data["active_disclosure"]
    assert active["regulations"] == {"issued": 4, "repealed": None, "in_force": 9}
    assert active["normative_documents"] == {"issued": 2, "repealed": 1, "in_force": 7}
    new = data["requests"]["new_received"]
    assert list(new.values()) == [3, None, 1, None, None, None, 4]
    assert not _said(report, "active_disclosure.normative_documents")
    for path in ("active_disclosure.regulations", "requests.new_received"):
        assert _said(report, path) == [("row_width", "warning")]


#: Table 四's header, a cell each, as the template prints it.
_REVIEW_HEADER = [
    "行政复议", "行政诉讼",
    *["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    "未经复议直接起诉", "复议后起诉",
    *["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2,
]  # fmt: skip


def test_table_4s_blank_cells_printed_as_empty_paragraphs_keep_their_columns() -> None:
    # the same text's table 四: each blank cell three empty lines between its neighbours
    # (the first value's too); the row came out short with its values placed only where
    # arithmetic pinned them
    values = ["", "2", "0", "1", "3", "1", "", "0", "0", "1", "0", "0", "", "0", "0"]
    cells = [_TITLE, "二、主动公开政府信息情况", *_ACTIVE_HEAD, "规章", "0", "1", "6"]
    cells += ["四、政府信息公开行政复议、行政诉讼情况", *_REVIEW_HEADER, *values]
    report = gr.parse("\n\n".join([*cells, "五、存在的主要问题及改进情况", "无。"]))
    review = gr.to_dict(report)["review_litigation"]
    read = [review[group][result] for group in review for result in review[group]]
    assert read == [int(value) if value else None for value in values]
    assert _said(report, "review_litigation") == [("row_width", "warning")]


# --- page numbers between a row's values ------------------------------------------------


#: Page numbers as page footers print them (with ``- 7 -`` and ``第7页`` already read).
_PAGE_NUMBERS = ["· 7 ·", "•7•", "・7・", "―7―", "─ 7 ─", "～7～", "7/12页", "第7/12页"]


@pytest.mark.parametrize("mark", _PAGE_NUMBERS)
def test_page_numbers_printed_between_dots_or_bars_are_not_cells(mark: str) -> None:
    # a page break inside a row printed a cell a line leaves the page's number between
    # the values; printed between dots or long bars, or with its page count and 页, the
    # number was read as a cell (an unreadable one, or a count): the row had a cell too
    # many and all its values were left blank (row_width); as ``- 7 -`` and ``第7页`` are
    cells = [_TITLE, "二、主动公开政府信息情况", *_ACTIVE_HEAD, "规章", "4", "0", "9"]
    cells += ["行政规范性文件", "2", "1", "7", "三、收到和处理政府信息公开申请情况"]
    cells += [*_REQUESTS_HEAD, "一、本年新收政府信息公开申请数量", "3", "0", mark, "1", "0"]
    cells += ["0", "0", "4", "二、上年结转政府信息公开申请数量", *"0000000"]
    report = gr.parse("\n".join([*cells, "三、本年度办理结果", "（一）予以公开", "2"]))
    new = gr.to_dict(report)["requests"]["new_received"]
    assert list(new.values()) == [3, 0, 1, 0, 0, 0, 4]
    assert not _said(report, "requests.new_received")


# --- a one-cell row whose cell is a word ------------------------------------------------


@pytest.mark.parametrize("cell", ["无", "约40", "逾40", "零"])
def test_a_one_cell_rows_word_before_the_next_label_is_its_unreadable_cell(cell: str) -> None:
    # 2021's table 二 rows of one cell printed a cell a line, the cell a word (无, 约40):
    # a word right after a label is held as a piece of the label until a value follows,
    # and the next row's label or group heading followed, so the word was dropped and
    # the row read blank with only an info finding ("no value after the row label"),
    # as if the page printed it blank; it is the row's cell now, unreadable (a warning)
    cells = [_TITLE, "二、主动公开政府信息情况", *_ACTIVE_HEAD, "规章", "4", "0", "9"]
    cells += ["行政规范性文件", "2", "1", "7", "第二十条第（五）项", "信息内容", "本年处理决定数量"]
    cells += ["行政许可", cell, "第二十条第（六）项", "信息内容", "本年处理决定数量"]
    cells += ["行政处罚", "12", "行政强制", cell, "第二十条第（八）项", "信息内容"]
    cells += ["本年收费金额（单位：万元）", "行政事业性收费", cell]
    cells += ["三、收到和处理政府信息公开申请情况", *_REQUESTS_HEAD]
    report = gr.parse("\n".join([*cells, "一、本年新收政府信息公开申请数量", "1"]))
    active = gr.to_dict(report)["active_disclosure"]
    assert active["administrative_penalty"] == {"decisions": 12}
    for row in ("administrative_licensing", "administrative_enforcement", "administrative_fees"):
        assert active[row] == ({"amount": None} if row.endswith("fees") else {"decisions": None})
        said = _said(report, f"active_disclosure.{row}")
        assert said == [("unreadable_cell", "warning")], row


@pytest.mark.parametrize("cell", ["无", "约3"])
def test_a_rows_only_word_before_the_next_rows_label_is_its_unreadable_cell(cell: str) -> None:
    # a row of several cells printing one word for them all (无: a site writing it once
    # in a merged cell) before the next row's label: the word was dropped as a piece of
    # the label and the row read blank with only an info finding; it is the row's
    # cell now, and the row's width warns that the row was not read
    cells = [_TITLE, "二、主动公开政府信息情况", *_ACTIVE_HEAD, "规章", cell]
    cells += ["行政规范性文件", "2", "1", "7", "三、收到和处理政府信息公开申请情况"]
    cells += [*_REQUESTS_HEAD, "一、本年新收政府信息公开申请数量", "3", "0", "1", "0", "0", "0"]
    cells += ["4", "二、上年结转政府信息公开申请数量", cell, "三、本年度办理结果", "（一）予以公开"]
    report = gr.parse("\n".join([*cells, *"2000002"]))
    data = gr.to_dict(report)
    assert data["active_disclosure"]["regulations"] == dict.fromkeys(
        ("issued", "repealed", "in_force")
    )
    assert set(data["requests"]["carried_over"].values()) == {None}
    assert list(data["requests"]["results"]["granted"].values()) == [2, 0, 0, 0, 0, 0, 2]
    for path in ("active_disclosure.regulations", "requests.carried_over"):
        assert ("row_width", "warning") in _said(report, path), path

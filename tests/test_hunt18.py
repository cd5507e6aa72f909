"""Misreadings of cell-per-line and cell-per-paragraph page texts (fictional inputs).

Page texts printing one cell a line or a paragraph, as other sites and copy tools print
real reports 001, 004, 016 and 024: bars after the cells, blank cells printed as nothing,
empty lines where a layout prints none.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

#: Table 二's first group and table 三's header, a cell each (2021 template).
_ACTIVE_HEAD = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
_REQUESTS_HEAD = [
    "申请人情况", "自然人", "法人或其他组织", "总计",
    "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
]  # fmt: skip
#: Rows of fictional values, blank ("") where the page prints an empty cell.
_ACTIVE_ROWS = ["规章", "", "", "6", "行政规范性文件", "1", "", "3"]
_REQUEST_ROWS = [
    "一、本年新收政府信息公开申请数量", "4", "", "1", "", "", "", "5",
    "二、上年结转政府信息公开申请数量", "", "", "", "", "", "1", "1",
    "三、本年度办理结果", "（一）予以公开", "3", "", "1", "", "", "1", "",
]  # fmt: skip
_TITLE = "柳溪镇2023年政府信息公开工作年度报告"


def _assert_rows_read(
    report: gr.Report, repealed: int | None = None, granted: int | None = None
) -> None:
    """The rows of ``_ACTIVE_ROWS`` and ``_REQUEST_ROWS`` are read with their blanks
    (行政规范性文件's 本年废止件数 ``repealed``, 予以公开's 总计 ``granted``)."""
    data = gr.to_dict(report)
    active = data["active_disclosure"]
    assert active["regulations"] == {"issued": None, "repealed": None, "in_force": 6}
    assert active["normative_documents"] == {"issued": 1, "repealed": repealed, "in_force": 3}
    requests = data["requests"]
    assert list(requests["new_received"].values()) == [4, None, 1, None, None, None, 5]
    assert list(requests["carried_over"].values()) == [None] * 5 + [1, 1]
    assert list(requests["results"]["granted"].values()) == [3, None, 1, None, None, 1, granted]


# --- a cell a paragraph, each followed by a paragraph holding only '|' ----------------


def _barred_paragraphs(cells: list[str], blank: str) -> str:
    """Real report 001's layout (each cell, then a line holding only ``|``) printed a
    paragraph a line (an empty line after each); a blank cell printed as ``blank``."""
    return "".join(f"{cell}\n\n|\n\n" if cell else f"{blank}|\n\n" for cell in cells)


@pytest.mark.parametrize("blank", ["", "\n\n"])
def test_blank_cells_between_the_bars_of_a_cell_a_paragraph_text_keep_their_columns(
    blank: str,
) -> None:
    # a blank cell printed as nothing (its bar right after the bar before, an empty
    # line between) or as an empty paragraph: empty lines and bars both part the cells,
    # so the blank was lost and its row left blank with a row_width warning
    text = (
        f"{_TITLE}\n\n二、主动公开政府信息情况\n\n"
        + _barred_paragraphs(_ACTIVE_HEAD + _ACTIVE_ROWS, blank)
        + "三、收到和处理政府信息公开申请情况\n\n"
        + _barred_paragraphs(_REQUESTS_HEAD + _REQUEST_ROWS, blank)
        + "（二）部分公开"
    )
    report = gr.parse(text)
    assert report.source.reader == "vertical"
    _assert_rows_read(report)
    rows = ("active_disclosure.regulations", "requests.new_received", "requests.carried_over")
    assert not [f for f in report.findings if f.path in rows]


# --- a cell a line, a blank cell an empty line ------------------------------------------


def test_blank_cells_printed_as_empty_lines_in_a_cell_a_line_text_keep_their_columns() -> None:
    # a text printing a cell a line (no empty line between cells) prints a blank cell
    # as an empty line: the reader drops it as it drops every empty line, so the row was
    # short and left blank; the empty lines tell where its blanks stand, as a text
    # printing a cell a paragraph tells them by one empty line more
    # (the spacing of a table's values tells its layout: table 二's full row, 1 0 3)
    active = [*_ACTIVE_ROWS[:6], "0", *_ACTIVE_ROWS[7:]]
    cells = [_TITLE, "二、主动公开政府信息情况", *_ACTIVE_HEAD, *active]
    # (an empty line after a row's last value may part the rows: 予以公开's 总计 printed)
    cells += ["三、收到和处理政府信息公开申请情况", *_REQUESTS_HEAD, *_REQUEST_ROWS[:-1], "5"]
    cells += ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", *"0000000"]
    cells += ["（三）不予公开", "1.属于国家秘密", *"1000001", "2.其他法律行政法规禁止公开"]
    text = "\n".join([*cells, *"0000000"])
    report = gr.parse(text)
    assert report.source.reader == "vertical"
    _assert_rows_read(report, repealed=0, granted=5)
    said = {f.path: (f.code, f.severity) for f in report.findings if "cell a line" in f.message}
    assert said == dict.fromkeys(
        [
            "active_disclosure.regulations",
            "requests.new_received",
            "requests.carried_over",
            "requests.results.granted",
        ],
        ("row_width", "warning"),
    )


def test_a_blank_last_cell_printed_as_an_empty_line_in_a_cell_a_line_text_keeps_its_column() -> (
    None
):
    # the same text, a row's blank 总计 an empty line before the next row's label: where
    # the table's complete rows print none after their values, it is the row's last cell
    cells = [_TITLE, "二、主动公开政府信息情况", *_ACTIVE_HEAD, "规章", "0", "1", "6"]
    cells += ["行政规范性文件", "1", "0", "3"]
    cells += ["三、收到和处理政府信息公开申请情况", *_REQUESTS_HEAD, *_REQUEST_ROWS]
    cells += ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", *"0000000"]
    cells += ["（三）不予公开", "1.属于国家秘密", *"1000001", "2.其他法律行政法规禁止公开"]
    report = gr.parse("\n".join([*cells, *"0000000"]))
    granted = gr.to_dict(report)["requests"]["results"]["granted"]
    assert list(granted.values()) == [3, None, 1, None, None, 1, None]
    said = [(f.code, f.severity) for f in report.findings if f.path == "requests.results.granted"]
    assert said == [("row_width", "warning")]


#: Table 四's header, a cell each, as the template prints it.
_REVIEW_HEADER = [
    "行政复议", "行政诉讼",
    *["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    "未经复议直接起诉", "复议后起诉",
    *["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2,
]  # fmt: skip


def test_table_4s_blank_cells_printed_as_empty_lines_in_a_cell_a_line_text_keep_their_columns() -> (
    None
):
    # table 四's row of fifteen values a line each, a blank cell an empty line (the first
    # value's too): the row was short, its values placed only where arithmetic pins them
    values = ["", "1", "0", "2", "3", "0", "", "1", "0", "1", "0", "0", "", "0", "0"]
    cells = [_TITLE, "二、主动公开政府信息情况", *_ACTIVE_HEAD, "规章", "0", "1", "6"]
    cells += ["四、政府信息公开行政复议、行政诉讼情况", *_REVIEW_HEADER, *values]
    report = gr.parse("\n".join([*cells, "五、存在的主要问题及改进情况", "无。"]))
    review = gr.to_dict(report)["review_litigation"]
    read = [review[group][result] for group in review for result in review[group]]
    assert read == [int(value) if value else None for value in values]
    said = [(f.code, f.severity) for f in report.findings if f.path == "review_litigation"]
    assert said == [("row_width", "warning")]


@pytest.mark.parametrize("bar", [" | ", "| ", "\t|", "|\u3000"])
@pytest.mark.parametrize("paragraphs", [False, True])
def test_blank_cells_between_bars_padded_with_white_space_keep_their_columns(
    bar: str, paragraphs: bool
) -> None:
    # real report 001's layout with its bar lines padded (an extractor padding every
    # line, a tab before the bar): a blank cell printed as nothing (an empty line between
    # two bars) was lost, as only bare '|' lines were taken for that layout's bars
    text = _barred_paragraphs(_ACTIVE_HEAD + _ACTIVE_ROWS, "\n\n")
    text += "三、收到和处理政府信息公开申请情况\n\n"
    text += _barred_paragraphs(_REQUESTS_HEAD + _REQUEST_ROWS, "\n\n") + "（二）部分公开"
    if not paragraphs:
        text = text.replace("\n\n", "\n").replace("\n|\n|\n", "\n|\n\n|\n")
    text = f"{_TITLE}\n二、主动公开政府信息情况\n" + text.replace("\n|\n", f"\n{bar}\n")
    report = gr.parse(text)
    assert report.source.reader == "vertical"
    _assert_rows_read(report)
    rows = ("active_disclosure.regulations", "requests.new_received", "requests.carried_over")
    assert not [f for f in report.findings if f.path in rows]


@pytest.mark.parametrize("paragraphs", [False, True])
def test_blank_cells_between_the_bars_of_a_crlf_text_keep_their_columns(paragraphs: bool) -> None:
    # the same layout with Windows line ends: its bars ('|\r') and the empty line of a
    # blank printed as nothing ('\r') were no bare bars nor empty lines to that layout
    text = _barred_paragraphs(_ACTIVE_HEAD + _ACTIVE_ROWS, "\n\n")
    text += "三、收到和处理政府信息公开申请情况\n\n"
    text += _barred_paragraphs(_REQUESTS_HEAD + _REQUEST_ROWS, "\n\n") + "（二）部分公开"
    if not paragraphs:
        text = text.replace("\n\n", "\n")
    text = f"{_TITLE}\n二、主动公开政府信息情况\n{text}".replace("\n", "\r\n")
    report = gr.parse(text)
    assert report.source.reader == "vertical"
    _assert_rows_read(report)


def test_blank_cells_of_a_cell_a_paragraph_text_with_an_empty_line_more_after_each_row() -> None:
    # a cell a paragraph, a blank cell one more empty line, and every row followed by
    # one more empty line (a site parting its rows): each row with a blank cell had an
    # empty line too many for the paragraph rule and was left blank
    rows = [*_ACTIVE_ROWS[:6], "0", *_ACTIVE_ROWS[7:]]
    text = f"{_TITLE}\n\n二、主动公开政府信息情况\n\n" + _paragraphs(*_ACTIVE_HEAD) + "\n"
    text += _paragraphs(*rows[:4]) + "\n" + _paragraphs(*rows[4:]) + "\n"
    text += _paragraphs("第二十条第（六）项", "信息内容", "本年处理决定数量") + "\n"
    text += _paragraphs("行政处罚", "3") + "\n" + _paragraphs("行政强制", "0") + "\n"
    text += "三、收到和处理政府信息公开申请情况\n\n" + _paragraphs(*_REQUESTS_HEAD) + "\n"
    for at in range(0, len(_REQUEST_ROWS) - 9, 8):
        text += _paragraphs(*_REQUEST_ROWS[at : at + 8]) + "\n"
    text += _paragraphs(*_REQUEST_ROWS[-9:-1]) + "5\n\n\n"
    text += _paragraphs("（二）部分公开", *"1000001") + "\n"
    text += _paragraphs("（三）不予公开", "1.属于国家秘密", *"0000000") + "\n"
    report = gr.parse(text + "2.其他法律行政法规禁止公开\n")
    assert report.source.reader == "vertical"
    _assert_rows_read(report, repealed=0, granted=5)


def _paragraphs(*cells: str) -> str:
    """Each cell, then an empty line; a blank cell ("") one empty line more."""
    return "".join(f"{cell}\n\n" if cell else "\n" for cell in cells)


def test_many_blank_cells_as_nbsp_lines_between_padded_separator_lines_keep_their_columns() -> None:
    # cells parted by lines of plain spaces (an extractor padding every line), a blank
    # cell a line holding an NBSP (&nbsp;), then its separator: with many blank cells (a
    # table printing blanks for zeros) the white-space lines stood in runs, so the
    # separators were taken for blank cells too and every row came out too long
    blank_rows = [
        "一、本年新收政府信息公开申请数量", "", "", "", "", "", "", "2",
        "二、上年结转政府信息公开申请数量", "", "", "", "", "", "", "",
        "三、本年度办理结果", "（一）予以公开", "2", "", "", "", "", "", "2",
    ]  # fmt: skip
    cells = [_TITLE, "二、主动公开政府信息情况", *_ACTIVE_HEAD, *_ACTIVE_ROWS]
    cells += ["三、收到和处理政府信息公开申请情况", *_REQUESTS_HEAD, *blank_rows, "（二）部分公开"]
    text = "".join(f"{cell}\n \n" if cell else "\u00a0\n \n" for cell in cells)
    report = gr.parse(text)
    assert report.source.reader == "vertical"
    data = gr.to_dict(report)
    assert data["active_disclosure"]["regulations"] == {
        "issued": None,
        "repealed": None,
        "in_force": 6,
    }
    requests = data["requests"]
    assert list(requests["new_received"].values()) == [None] * 6 + [2]
    assert list(requests["carried_over"].values()) == [None] * 7
    assert list(requests["results"]["granted"].values()) == [2, *[None] * 5, 2]
    rows = ("active_disclosure.regulations", "requests.new_received", "requests.carried_over")
    assert not [f for f in report.findings if f.path in (*rows, "requests.results.granted")]

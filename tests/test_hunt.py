"""Page-text damage found by a robustness hunt: each test is a fictional reproducer of a
misreading the readers or the tables' mapping made, kept so it stays fixed.

The inputs are the bundled fictional sample printed the way real sites print page text
(runs of spaces as PDF-to-text tools print them, one cell per line, ...), then damaged
the way real pages are.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr

TABLES = ("active_disclosure", "requests", "review_litigation")
FIXTURE_2019 = Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt"


def spaced_sample() -> str:
    """The sample with its tabs as runs of spaces (the spaces reader's layout)."""
    return "\n".join(re.sub(r"\t+", "   ", line).rstrip() for line in gr.sample_text().splitlines())


def tables(report: gr.Report) -> dict[str, Any]:
    data = gr.to_dict(report)
    return {key: data[key] for key in TABLES}


def insert_after(text: str, start: str, new_line: str) -> str:
    """``text`` with ``new_line`` after the first line starting with ``start``."""
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.lstrip().startswith(start))
    return "\n".join([*lines[: index + 1], new_line, *lines[index + 1 :]]) + "\n"


@pytest.mark.parametrize("mark", ["— 2 —", "- 3 -", "– 14 –", "－ ５ －", "—— 7 ——"])
@pytest.mark.parametrize("after", ["规章", "一、本年新收", "2. 重复申请", "（七）总计"])
def test_a_page_number_between_dashes_is_not_read_as_values(mark: str, after: str) -> None:
    # PDF text of an official document prints its page numbers as — 2 — (GB/T 9704): a
    # page break inside a table puts that line among the rows. It is not a row of
    # three cells (blank, 2, blank) to add to the row before it.
    expected = tables(gr.parse(gr.sample_text()))
    text = insert_after(spaced_sample(), after, " " * 30 + mark)
    report = gr.parse(text)
    assert report.source.reader == "spaces"
    assert tables(report) == expected
    assert _warnings(report) == _warnings(gr.parse(spaced_sample()))


def _warnings(report: gr.Report) -> list[tuple[str, str | None]]:
    return [(f.code, f.path) for f in report.findings if f.severity != "info"]


def test_dashes_standing_apart_from_a_count_are_still_a_rows_blank_cells() -> None:
    # -      1      - : a blank, a count and a blank, their cells as far apart as a
    # table's (the label 规章 on the line before); only dashes close to the number are a
    # page number
    with open(FIXTURE_2019, encoding="utf-8") as file:
        spaced = "\n".join(
            re.sub(r"\t+", "   ", line).rstrip() for line in file.read().splitlines()
        )
    text = spaced.replace("规章   0   0   1\n", "规章\n-      1      -\n")
    assert text != spaced
    report = gr.parse(text)
    assert report.source.reader == "spaces"
    assert gr.to_dict(report)["active_disclosure"]["regulations"] == {
        "new_made": None,
        "new_published": 1,
        "total_published": None,
    }


def _with_line_after_table_four_heading(layout: str, line: str) -> str:
    text = gr.render(gr.parse(gr.sample_text()), layout)
    heading = "四、政府信息公开行政复议、行政诉讼情况"
    if layout == "html":
        start = text.index(heading)
        end = text.index("<", start + len(heading))
        end = text.index(">", end) + 1  # the heading's end tag
        return text[:end] + f"<p>{line}</p>" + text[end:]
    return insert_after(text, heading, line)


@pytest.mark.parametrize("layout", gr.available_layouts())
def test_a_page_number_above_table_four_header_is_not_a_value(layout: str) -> None:
    # A page break under the section heading: "2" stands above the header. Table 四's
    # values stand under its header, so the 2 is left out, with a warning at its line.
    expected = tables(gr.parse(gr.sample_text()))
    report = gr.parse(_with_line_after_table_four_heading(layout, "2"))
    assert tables(report) == expected
    dropped = [
        f for f in report.findings if f.code == "row_width" and f.path == "review_litigation"
    ]
    assert len(dropped) == 1 and "'2'" in dropped[0].message
    assert dropped[0].severity == "warning"


def test_a_page_number_above_table_four_header_does_not_shift_short_values() -> None:
    # The same page number with one blank cell of the table not printed (14 numbers):
    # before, the 2 became the first value and every value moved one place, silently
    # (the numbers below add up either way). Now the 14 values are too few to place.
    numbers = [0, 0, 0, 2, 2, 0, 0, 0, 2, 2, 0, 0, 0, 2]
    text = _with_line_after_table_four_heading("vertical", "2")
    head = text[: text.index("\t2\n\t1\n\t0\n\t1\n\t4\n")]  # table 四's values start there
    report = gr.parse(head + "".join(f"\t{n}\n" for n in numbers))
    review = gr.to_dict(report)["review_litigation"]
    assert all(v is None for group in review.values() for v in group.values())
    codes = [(f.code, f.severity) for f in report.findings if f.path == "review_litigation"]
    assert codes == [("row_width", "warning"), ("row_width", "warning")]


@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical"])
def test_table_four_without_header_words_still_reads_its_numbers(layout: str) -> None:
    # With no header word at all, the numbers after the heading are the values.
    text = gr.render(gr.parse(gr.sample_text()), layout)
    header_words = ("行政复议", "行政诉讼", "结果维持", "未经复议直接起诉")
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "四、政府信息公开行政复议" in line)
    kept = lines[: start + 1] + [
        line for line in lines[start + 1 :] if not any(w in line for w in header_words)
    ]
    assert len(kept) < len(lines)
    if layout == "vertical":  # the header's other words, one per line
        kept = lines[: start + 1] + [
            line
            for line in lines[start + 1 :]
            if not line.strip() or line.strip()[0].isdigit() or line.strip() == "/"
        ]
    report = gr.parse("\n".join(kept) + "\n")
    expected = gr.to_dict(gr.parse(gr.sample_text()))["review_litigation"]
    assert gr.to_dict(report)["review_litigation"] == expected


_SHORT_ROW = {
    # 行政规范性文件 with its middle cell (1) blank and not printed at all
    "tab": ("行政规范性文件\t5\t1\t23\n", "行政规范性文件\t5\t23\n"),
    "pipe": ("行政规范性文件 | 5 | 1 | 23 |\n", "行政规范性文件 | 5 | 23 |\n"),
    "vertical": ("\t行政规范性文件\n\t5\n\t1\n\t23\n", "\t行政规范性文件\n\t5\n\t23\n"),
}


@pytest.mark.parametrize("layout", sorted(_SHORT_ROW))
@pytest.mark.parametrize("skip", [0, 1], ids=["after-caption", "after-header"])
def test_a_page_number_after_the_next_caption_does_not_fill_a_short_row(
    layout: str, skip: int
) -> None:
    # A row short of a value, then the next group's caption (and its 信息内容 header) and
    # a page number on a line of its own: the caption ends the row, so the 2 is not the
    # row's third value (before: {issued 5, repealed 23, in_force 2} and no finding).
    full, short = _SHORT_ROW[layout]
    text = gr.render(gr.parse(gr.sample_text()), layout)
    assert text.count(full) == 1
    lines = text.replace(full, short).splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("第二十条第（五）项"))
    for _ in range(skip):  # on to the header's line
        at = next(i for i in range(at + 1, len(lines)) if lines[i].strip())
    assert skip == 0 or lines[at].strip().startswith("信息内容")
    report = gr.parse("\n".join([*lines[: at + 1], "2", *lines[at + 1 :]]) + "\n")
    row = gr.to_dict(report)["active_disclosure"]["normative_documents"]
    assert 2 not in row.values()
    warnings = [
        (f.code, f.path)
        for f in gr.validate(report)
        if f.severity == "warning" and f.path is not None and f.path.startswith("active")
    ]
    # the short row is reported (left blank: which cell is missing is not known), and
    # so is the 2, under the caption as a row the table does not have
    assert ("row_width", "active_disclosure.normative_documents") in warnings
    assert ("unknown_row", "active_disclosure") in warnings


_RUNNING_HEAD = "青禾县人民政府2023年政府信息公开工作年度报告"
_HEAD_CASES = {
    # layout: (the row as printed, the row with its last cell blank and not printed, the
    # running head and page number of a page break, on one line)
    "spaces": ("规章   0   0   2\n", "规章   0   0\n", f"{_RUNNING_HEAD}                    3\n"),
    "tab": ("规章\t0\t0\t2\n", "规章\t0\t0\n", f"{_RUNNING_HEAD}\t3\n"),
    "pipe": ("规章 | 0 | 0 | 2 |\n", "规章 | 0 | 0 |\n", f"{_RUNNING_HEAD} | 3 |\n"),
}


@pytest.mark.parametrize("layout", sorted(_HEAD_CASES))
def test_a_running_head_with_its_page_number_does_not_fill_a_short_row(layout: str) -> None:
    # Before, the 3 became 规章's third value with no finding (the same 3 alone on its
    # line already got a warning). Now the short row is left blank with row_width and
    # the head's line is a row the table does not have (unknown_row): both warnings.
    full, short, head = _HEAD_CASES[layout]
    text = spaced_sample() if layout == "spaces" else gr.render(gr.parse(gr.sample_text()), layout)
    assert text.count(full) == 1
    report = gr.parse(text.replace(full, short + head))
    assert report.source.reader == layout
    row = gr.to_dict(report)["active_disclosure"]["regulations"]
    assert row == {"issued": None, "repealed": None, "in_force": None}
    warnings = [(f.code, f.path) for f in gr.validate(report) if f.severity == "warning" and f.path]
    assert ("row_width", "active_disclosure.regulations") in warnings
    assert ("unknown_row", "active_disclosure") in warnings


def test_a_running_head_with_its_page_number_does_not_fill_a_short_row_of_table_three() -> None:
    # The same in table 三: （一）予以公开 with its 总计 not printed, then the head and 3.
    text = gr.render(gr.parse(gr.sample_text()), "tab")
    full = "（一）予以公开\t\t6\t1\t0\t0\t0\t0\t7\n"
    assert text.count(full) == 1
    text = text.replace(full, "（一）予以公开\t\t6\t1\t0\t0\t0\t0\n" + f"{_RUNNING_HEAD}\t3\n")
    report = gr.parse(text)
    granted = gr.to_dict(report)["requests"]["results"]["granted"]
    assert granted["total"] != 3
    warnings = [(f.code, f.path) for f in gr.validate(report) if f.severity == "warning"]
    assert ("unknown_row", "requests") in warnings


@pytest.mark.parametrize("marker", ["———", "————", "---", "－－－", "//", "／／", "―", "――"])
def test_a_blank_cell_printed_as_a_short_run_of_dashes_or_slashes_is_blank(marker: str) -> None:
    # One cell per line, a blank written as a run of dashes or two slashes: before, the
    # marker was text, the row had six values for seven columns and was left blank with
    # a row_width warning. Now the cell is blank in its place and the rest is read.
    text = gr.render(gr.parse(gr.sample_text()), "vertical")
    row = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\t1\n\t0\n\t0\n"
    assert text.count(row) == 1
    report = gr.parse(text.replace(row, row[: -len("\t0\n")] + f"\t{marker}\n"))
    partly = gr.to_dict(report)["requests"]["results"]["partially_granted"]
    assert partly == {
        "natural_person": 1,
        "commercial_enterprise": 0,
        "research_institution": None,
        "social_welfare_organization": 0,
        "legal_service_agency": 0,
        "other": 0,
        "total": 1,
    }
    assert not [f for f in report.findings if f.path == "requests.results.partially_granted"]


@pytest.mark.parametrize("rule", ["—————", "-----", "///", "————————————————"])
def test_a_longer_run_of_dashes_is_no_blank_cell(rule: str) -> None:
    # A rule line after table 四 (or anywhere) stays text: it adds no value.
    text = gr.render(gr.parse(gr.sample_text()), "vertical")
    expected = gr.to_dict(gr.parse(text))
    assert gr.to_dict(gr.parse(text.rstrip("\n") + f"\n{rule}\n")) == expected


@pytest.mark.parametrize("layout", ["tab", "pipe", "vertical", "html"])
@pytest.mark.parametrize("numbering", ["（3）", "(3)", "③"])
def test_items_numbered_in_brackets_or_circled(layout: str, numbering: str) -> None:
    # 2021's （六）其他处理 items as some sites number them: （3）其他 or ③其他 named no
    # row before (missing_row and unknown_row; found by the table-三 hunt).
    text = gr.render(gr.parse(gr.sample_text()), layout)
    assert text.count("3.其他") == 1
    report = gr.parse(text.replace("3.其他", f"{numbering}其他"))
    assert tables(report) == tables(gr.parse(gr.sample_text()))
    assert not [f for f in report.findings if f.code in ("missing_row", "unknown_row")]

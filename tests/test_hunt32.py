"""Misreadings found by the thirty-second robustness hunt (the text readers), each
pinned by a test that failed before its fix. Every report here is fictional (the
bundled sample report, changed)."""

from __future__ import annotations

from unicodedata import east_asian_width

import pytest

import govinfo_reports as gr


@pytest.mark.parametrize("soft", ["\v", "\x1e", "\x1c", "\x1d"])
def test_lines_parted_by_soft_line_ends_are_read_as_lines(soft: str) -> None:
    text = gr.sample_text()
    reference = gr.to_dict(gr.parse(text))
    report = gr.parse(text.replace("\n", soft))
    assert gr.to_dict(report) == reference
    review = report.review_litigation
    assert review is not None
    assert review.administrative_review.total == 4


def test_a_few_soft_line_ends_inside_cells_stay_white_space() -> None:
    text = gr.sample_text().replace("维持", "维\v持", 1)
    report = gr.parse(text)
    review = report.review_litigation
    assert review is not None
    assert review.administrative_review.upheld == 2
    assert review.administrative_review.total == 4


def _display(text: str) -> int:
    """How many columns ``text`` takes on a terminal (a CJK character two)."""
    return sum(2 if east_asian_width(char) in ("W", "F") else 1 for char in text)


def _padded(cell: str, width: int, align: str) -> str:
    """``cell`` padded to ``width`` display columns: left-aligned, centred or right."""
    room = width - _display(cell)
    if align == "left":
        return cell + " " * room
    if align == "right":
        return " " * room + cell
    return " " * (room // 2) + cell + " " * (room - room // 2)


def _laid_out(text: str, align: str = "left") -> str:
    """Tab text as ``pdftotext -layout`` prints it: each run of tab lines a block whose
    columns are padded to their widest cell (two spaces between columns)."""
    out: list[str] = []
    block: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        if "\t" in line:
            block.append(line.split("\t"))
            continue
        if block:
            widths = [0] * max(len(row) for row in block)
            for row in block:
                for at, cell in enumerate(row):
                    widths[at] = max(widths[at], _display(cell))
            for row in block:
                cells = [_padded(cell, widths[at], align) for at, cell in enumerate(row)]
                out.append("  ".join(cells).rstrip())
            block = []
        out.append(line)
    return "\n".join(out[:-1])


_REVIEW_ROW = "\n2\t1\t0\t1\t4\t1\t"


@pytest.mark.parametrize("align", ["left", "centre"])
def test_a_layout_review_row_with_a_blank_cell_is_read_by_position(align: str) -> None:
    text = gr.sample_text().replace(_REVIEW_ROW, "\n2\t\t0\t1\t4\t1\t")
    report = gr.parse(_laid_out(text, align))
    review = report.review_litigation
    assert review is not None
    assert review.administrative_review.upheld == 2
    assert review.administrative_review.corrected is None
    assert review.administrative_review.other == 0
    assert review.administrative_review.total == 4
    assert review.litigation_direct.upheld == 1
    assert review.litigation_after_review.total == 0
    placed = [f for f in report.findings if f.code == "row_width" and "header above" in f.message]
    assert len(placed) == 1
    assert placed[0].severity == "info"


def test_a_layout_review_row_under_a_cut_header_is_not_placed_by_it() -> None:
    # the header lost a column's name: the numbers cannot be placed by it
    text = gr.sample_text().replace(_REVIEW_ROW, "\n2\t\t0\t1\t4\t1\t")
    cut = "其他 结果  尚未 审结        未经"
    laid = _laid_out(text).replace("其他 结果  尚未 审结  总计  未经", cut)
    report = gr.parse(laid)
    assert not [f for f in report.findings if "header above" in f.message]
    assert any(f.code == "row_width" and f.severity == "warning" for f in report.findings)


def _names_wrapped(text: str) -> str:
    """``text`` with table 四's two-word column names wrapped onto two lines (each tab
    line of them printed as two lines, the first words on the first)."""
    out: list[str] = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if "\t" not in line or not any(" " in cell for cell in cells):
            out.append(line)
            continue
        out.append("\t".join(cell.split(" ")[0] for cell in cells))
        out.append("\t".join(cell.split(" ", 1)[1] if " " in cell else "" for cell in cells))
    return "\n".join(out)


def test_a_layout_review_row_with_a_blank_cell_under_wrapped_names_is_placed() -> None:
    section = gr.sample_text().split("四、政府信息公开行政复议")
    review_part = _names_wrapped(section[1]).replace(_REVIEW_ROW, "\n2\t\t0\t1\t4\t1\t")
    text = _laid_out(section[0] + "四、政府信息公开行政复议" + review_part)
    report = gr.parse(text)
    review = report.review_litigation
    assert review is not None
    assert review.administrative_review.upheld == 2
    assert review.administrative_review.corrected is None
    assert review.administrative_review.total == 4
    assert review.litigation_after_review.upheld == 0
    assert [f.severity for f in report.findings if "header above" in f.message] == ["info"]


def test_a_long_text_parted_by_vertical_tabs_is_sniffed_at_its_tables() -> None:
    # more prose before the tables than the sniffing window: the window is placed
    # before the first caption though no \n stands before it
    text = gr.sample_text()
    at = text.find("二、主动公开")
    paragraph = "段：本机关持续推进政务公开标准化规范化建设，成效明显。\n"
    prose = "".join(f"第{n}{paragraph}" for n in range(3000))
    long = text[:at] + prose + text[at:]
    reference = gr.to_dict(gr.parse(long))
    assert gr.to_dict(gr.parse(long.replace("\n", "\v"))) == reference


@pytest.mark.parametrize("misprint", ["l0", "1O", "I0"])
def test_a_layout_row_with_a_misprinted_number_is_not_read_as_a_blank_cell(
    misprint: str,
) -> None:
    # OCR printed a letter for a digit: the row prints all its values, one unreadable;
    # placing the others by position read that one as a blank cell, with an info only
    text = gr.sample_text().replace("\t10\t1\t0", f"\t{misprint}\t1\t0", 1)
    report = gr.parse(_laid_out(text))
    assert report.requests is not None
    assert report.requests.new_received.natural_person is None
    assert not [f for f in report.findings if f.line == 33 and "placed by" in f.message]
    assert any(
        f.severity == "warning" and f.path == "requests.new_received" for f in report.findings
    )


@pytest.mark.parametrize("misprint", ["l", "O", "o", "I"])
def test_a_layout_row_with_a_one_letter_misprint_is_not_read_as_a_blank_cell(
    misprint: str,
) -> None:
    carried = "二、上年结转政府信息公开申请数量\t\t1\t0"
    text = gr.sample_text().replace(carried, f"{carried[:-4]}\t{misprint}\t0", 1)
    report = gr.parse(_laid_out(text))
    assert report.requests is not None
    assert report.requests.carried_over.natural_person is None
    assert not [f for f in report.findings if f.line == 34 and "placed by" in f.message]
    assert any(
        f.severity == "warning" and f.path == "requests.carried_over" for f in report.findings
    )

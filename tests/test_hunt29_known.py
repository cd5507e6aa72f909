"""Known misreadings found by the twenty-ninth robustness hunt (the text readers), not
fixed yet: each test is a strict xfail that passes once the cause is fixed. Every report
here is fictional (the bundled sample report)."""

from __future__ import annotations

from unicodedata import east_asian_width

import pytest

import govinfo_reports as gr


def _display(text: str) -> int:
    """How many columns ``text`` takes on a terminal (a CJK character two)."""
    return sum(2 if east_asian_width(char) in ("W", "F") else 1 for char in text)


def _laid_out(text: str) -> str:
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
                cells = [cell + " " * (widths[at] - _display(cell)) for at, cell in enumerate(row)]
                out.append("  ".join(cells).rstrip())
            block = []
        out.append(line)
    return "\n".join(out[:-1])


@pytest.mark.xfail(
    strict=True,
    reason="spaces: table 四 prints one row of values, so a blank cell in it (printed as "
    "nothing) is not placed by the rows around it as table 三's are; placing it under "
    "the header's names (two lines of them) is not written",
)
def test_a_layout_review_row_with_a_blank_cell_is_read_by_position() -> None:
    text = gr.sample_text().replace("\n2\t1\t0\t1\t4\t1\t", "\n2\t\t0\t1\t4\t1\t")
    review = gr.parse(_laid_out(text)).review_litigation
    assert review is not None
    assert review.administrative_review.upheld == 2
    assert review.administrative_review.corrected is None
    assert review.administrative_review.total == 4

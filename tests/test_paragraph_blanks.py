"""A text printing a cell a paragraph (real cases 004, 013, 020, 022 are such page
texts) prints a blank cell as one more empty line. Blank cells at a row's end stand
between its last value and the next label (the next row's, or a group's): they are
read as blank cells there, with a ``row_width`` warning, as blank cells before or among
the values were. Before, the row was read a value short: its total inferred from the
arithmetic (0 for a published blank) or the whole row left blank.

Fictional input: the bundled sample (template 2021), its tab rows printed a cell a
paragraph.
"""

from __future__ import annotations

from typing import Any

import pytest

import govinfo_reports as gr


def _paragraphs(blanked: dict[str, list[int]]) -> str:
    """The sample a cell a paragraph; in the rows labelled as ``blanked``'s keys, the
    cells at those indexes (of the row's values) printed empty."""
    out: list[str] = []
    for line in gr.render(gr.parse(gr.sample_text()), "tab").splitlines():
        cells = [cell for cell in line.split("\t") if cell]
        if not cells:
            continue
        for label, indexes in blanked.items():
            if label in cells:
                first = cells.index(label) + 1
                for index in indexes:
                    cells[first + index] = ""
        for cell in cells:
            out.append(cell + "\n\n" if cell else "\n")
    return "".join(out)


def _unavailable(report: gr.Report) -> dict[str, Any]:
    results: dict[str, Any] = gr.to_dict(report)["requests"]["results"]
    return results["unavailable"]


_SAMPLE = gr.to_dict(gr.parse(gr.sample_text()))
_NOT_HELD = _SAMPLE["requests"]["results"]["unavailable"]["not_held"]


@pytest.mark.parametrize(
    ("blanked", "row"),
    [
        ([6], {**_NOT_HELD, "total": None}),  # the total, before a row's label
        ([1, 2, 3, 4, 5, 6], {**dict.fromkeys(_NOT_HELD), "natural_person": 2}),
        ([5, 6], {**_NOT_HELD, "other": None, "total": None}),
    ],
)
def test_blank_cells_at_a_rows_end_are_read_as_blanks(
    blanked: list[int], row: dict[str, int | None]
) -> None:
    text = _paragraphs({"1.本机关不掌握相关政府信息": blanked})
    report = gr.parse(text)
    assert _unavailable(report)["not_held"] == row
    got = gr.to_dict(report)
    assert got["active_disclosure"] == _SAMPLE["active_disclosure"]
    (warning,) = [f for f in report.findings if f.severity == "warning"]
    assert warning.code == "row_width"
    assert warning.path == "requests.results.unavailable.not_held"


def test_a_blank_total_before_a_groups_label_is_read_as_a_blank() -> None:
    # 8.属于行政查询事项 is followed by the label of group (四), not by a row's
    text = _paragraphs({"8.属于行政查询事项": [6]})
    report = gr.parse(text)
    withheld = gr.to_dict(report)["requests"]["results"]["withheld"]
    expected = _SAMPLE["requests"]["results"]["withheld"]["administrative_inquiry"]
    assert withheld["administrative_inquiry"] == {**expected, "total": None}
    assert [f.code for f in report.findings if f.severity == "warning"] == ["row_width"]


def test_the_paragraph_sample_reads_as_the_sample() -> None:
    report = gr.parse(_paragraphs({}))
    got = gr.to_dict(report)
    for key in ("active_disclosure", "requests", "review_litigation", "year", "template"):
        assert got[key] == _SAMPLE[key], key

"""Text-layout damage found by the seventh robustness hunt (fifth session): each test is
a fictional reproducer (the bundled sample report, or made-up numbers) of a misreading,
kept so it stays fixed; the damaged real cases are read at test time and skipped when
``shared/`` is absent."""

from __future__ import annotations

from typing import Any

import pytest

import govinfo_reports as gr
from govinfo_reports.render import render
from govinfo_reports.sample import sample_text

_TABLES = ("active_disclosure", "requests", "review_litigation")


def _sample(layout: str) -> str:
    """The bundled (fictional) sample report printed in ``layout``."""
    return render(gr.parse(sample_text()), layout)


def _tables(text: str) -> dict[str, Any]:
    data = gr.to_dict(gr.parse(text))
    return {key: data[key] for key in _TABLES}


# --- a table whose delimiter changes part-way -------------------------------------------


def _every_other_row(text: str, old: str, new: str) -> str:
    """Every second line holding ``old`` printed with ``new`` between its cells."""
    lines = text.split("\n")
    for at in range(1, len(lines), 2):
        if old in lines[at]:
            lines[at] = new.join(cell.strip() for cell in lines[at].split(old))
    return "\n".join(lines)


@pytest.mark.parametrize(("layout", "old", "new"), [("tab", "\t", " | "), ("pipe", "|", "\t")])
def test_rows_in_the_other_delimiter_are_split(layout: str, old: str, new: str) -> None:
    # a table copied in two goes (part from a page, part from a document), so half its
    # rows are tab-delimited and half pipe-delimited: the reader chosen read each row in
    # the other delimiter as one cell, the numbers were part of the row label and every
    # such row came back blank (unreadable_cell on each)
    text = _sample(layout)
    mixed = _every_other_row(text, old, new)
    assert mixed != text
    report = gr.parse(mixed)
    assert _tables(mixed) == _tables(text)
    assert not [f for f in report.findings if f.code in ("unreadable_cell", "row_width")]

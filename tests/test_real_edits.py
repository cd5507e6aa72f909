"""Edits of one cell, and cuts, in the seeds and the real page texts of ``../shared``:
the reading changes where the edit is, and nowhere else without a finding saying so.

* a count replaced by another (``9876``, ``1,204``) is read at the place of the count
  it replaced, and no other cell changes;
* a count printed blank instead (``/``) leaves that cell blank, and no other cell
  changes;
* a count deleted (with its separator, or its line when it stands alone) changes no
  other cell to a value without a warning or an error naming its row;
* a count in a table cell of the real HTML page replaced, or emptied, changes that
  cell only;
* the text cut at the end of any line (an excerpt of a longer page, as the real
  inputs are) reads every value it still gives as the whole text does, or names its
  row in a warning.

The property suite checks the same of generated reports; these are the real layouts,
read from ``../shared`` at run time (skipped when it is absent).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import govinfo_reports as gr

SHARED = Path(
    os.environ.get("GOVINFO_SHARED", Path(__file__).resolve().parent.parent.parent / "shared")
)
_INPUTS = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "real").glob("*/input.txt"))
_TABLES = ("active_disclosure", "requests", "review_litigation")

#: A count standing as a cell of its own: between tabs or bars, or alone on its line.
_COUNT_CELL = re.compile(r"(?:(?<=^)|(?<=[\t|]))[ \u3000\xa0]*(\d+)[ \u3000\xa0]*(?=$|[\t|])", re.M)


def _leaves(data: object, path: str = "") -> Iterator[tuple[str, object]]:
    if isinstance(data, dict):
        if set(data) == {"value", "unit"}:
            yield path, data["value"]
            return
        for key, value in data.items():
            yield from _leaves(value, f"{path}.{key}" if path else key)
    else:
        yield path, data


def _cells(report: gr.Report) -> dict[str, object]:
    data = gr.to_dict(report)
    return dict(_leaves({key: data[key] for key in _TABLES}))


@cache
def _whole(path: Path) -> tuple[str, dict[str, object]]:
    text = path.read_text(encoding="utf-8")
    return text, _cells(gr.parse(text))


def _count_cells(text: str) -> list[re.Match[str]]:
    """The count cells from the first table on (table 二 starts at 规章)."""
    start = text.find("规章")
    return list(_COUNT_CELL.finditer(text, max(start, 0)))


def _named(report: gr.Report, path: str) -> bool:
    """Whether a warning or an error of the reading (or of validate) names ``path``'s row
    or a table holding it."""
    row = path.rsplit(".", 1)[0]
    findings = [*report.findings, *gr.validate(report)]
    return any(
        finding.path
        and finding.severity != "info"
        and (path.startswith(finding.path) or finding.path.startswith(row))
        for finding in findings
    )


def _ids(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def test_there_are_inputs() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED} (set GOVINFO_SHARED)")
    assert len(_INPUTS) >= 17
    assert all(len(_count_cells(path.read_text(encoding="utf-8"))) >= 8 for path in _INPUTS)


@pytest.mark.parametrize(("new", "every"), [("9876", 1), ("1,204", 5)])
@pytest.mark.parametrize("path", _INPUTS, ids=_ids)
def test_a_count_replaced_is_read_in_its_place_only(path: Path, new: str, every: int) -> None:
    """(``every``: each count cell, or every fifth one)"""
    text, whole = _whole(path)
    read_at_least_once = False
    for match in _count_cells(text)[::every]:
        edited = text[: match.start(1)] + new + text[match.end(1) :]
        cells = _cells(gr.parse(edited))
        changed = {key: value for key, value in cells.items() if whole.get(key) != value}
        if not changed:
            continue  # not a cell the reading took (a value of a row left blank)
        where = f"{path.name} line {text.count(chr(10), 0, match.start()) + 1}"
        number = new.replace(",", "")
        placed = [key for key, value in changed.items() if str(value) == number]
        assert len(placed) <= 1, where
        # (a row a cell short, placed by its arithmetic, may no longer be placed: blank,
        # with a warning)
        report = gr.parse(edited)
        for key, value in changed.items():
            if key not in placed:
                assert value is None and _named(report, key), f"{where}: {key} -> {value}"
        read_at_least_once = read_at_least_once or bool(placed)
    assert read_at_least_once


@pytest.mark.parametrize("path", _INPUTS, ids=_ids)
def test_a_count_printed_blank_leaves_only_its_cell_blank(path: Path) -> None:
    text, whole = _whole(path)
    for match in _count_cells(text):
        edited = text[: match.start(1)] + "/" + text[match.end(1) :]
        report = gr.parse(edited)
        cells = _cells(report)
        changed = {key: value for key, value in cells.items() if whole.get(key) != value}
        where = f"{path.name} line {text.count(chr(10), 0, match.start()) + 1}"
        if len(changed) == 1:
            assert list(changed.values()) == [None], where
        else:  # a row whose reading needed its arithmetic: blank, with a warning
            assert all(value is None for value in changed.values()), where
            assert all(_named(report, key) for key in changed), where


def _without_cell(text: str, match: re.Match[str]) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    end = len(text) if end < 0 else end
    if text[start:end].strip(" |\t\u3000\xa0") == match.group(1):
        return text[:start] + text[end + 1 :]  # a cell alone on its line: the line goes
    after = match.end()
    if after < len(text) and text[after] in "\t|":
        after += 1
    return text[: match.start()] + text[after:]


@pytest.mark.parametrize("path", _INPUTS, ids=_ids)
def test_a_count_deleted_changes_no_value_without_a_finding(path: Path) -> None:
    text, whole = _whole(path)
    for match in _count_cells(text):
        report = gr.parse(_without_cell(text, match))
        for key, value in _cells(report).items():
            if value is not None and whole.get(key) != value:
                where = f"{path.name} line {text.count(chr(10), 0, match.start()) + 1}"
                assert _named(report, key), f"{where}: {key} {whole.get(key)} -> {value}"


@pytest.mark.parametrize("path", _INPUTS, ids=_ids)
def test_a_text_cut_at_a_line_end_reads_its_values_as_the_whole_text(path: Path) -> None:
    text, whole = _whole(path)
    cut = text.find("规章")
    read = 0
    while (cut := text.find("\n", cut + 1)) >= 0:
        try:
            report = gr.parse(text[: cut + 1])
        except gr.ParseError:
            continue
        read += 1
        for key, value in _cells(report).items():
            if value is not None and whole.get(key) != value:
                where = f"{path.name} cut after line {text.count(chr(10), 0, cut) + 1}"
                assert _named(report, key), f"{where}: {key}"
    assert read > 0


_PAGE = SHARED / "real" / "pingtan-2019-html" / "input.html"
#: A table cell printing a count (its markup may wrap it in paragraphs and spans).
_TD = re.compile(r"<td\b[^>]*>((?:(?!</td>).)*?)</td>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def _page_count_cells(page: str) -> list[tuple[re.Match[str], str]]:
    found = []
    for match in _TD.finditer(page):
        shown = _TAG.sub("", match.group(1)).replace("&nbsp;", " ").strip()
        if shown.isdigit():
            found.append((match, shown))
    return found


@pytest.mark.parametrize("new", ["9876", ""])
def test_a_count_of_the_real_page_edited_changes_its_cell_only(new: str) -> None:
    if not _PAGE.is_file():
        pytest.skip(f"{_PAGE} not found (set GOVINFO_SHARED)")
    page = _PAGE.read_text(encoding="utf-8")
    whole = _cells(gr.parse(page))
    cells = _page_count_cells(page)
    assert len(cells) >= 150
    for match, shown in cells:
        at = match.start(1) + match.group(1).rfind(shown)
        edited = page[:at] + new + page[at + len(shown) :]
        changed = {
            key: value for key, value in _cells(gr.parse(edited)).items() if whole.get(key) != value
        }
        where = f"line {page.count(chr(10), 0, match.start()) + 1}"
        assert list(changed.values()) == ([9876] if new else [None]), where

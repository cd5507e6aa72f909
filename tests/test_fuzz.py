"""Fuzzing: whatever the input, ``parse`` returns a Report or raises ParseError.

* arbitrary text, text made of report fragments, arbitrary bytes;
* rendered reports and the seeds, mutated: lines deleted, duplicated, swapped, cells
  dropped, the text cut off — the Report's findings flag every table and row that
  went missing (a row that had values and came back blank);
* one value cell printed as something odd (``3.5``, ``0万元``, ``约3``, ``（3）``, ``无`` …):
  it reads as a value or as blank with a finding, and no other cell changes unless a
  finding names it;
* megabytes of adversarial text (long digit runs, thousands of labels, no newlines):
  parse time stays within a generous multiple of a normal report's time per character
  on the same machine, far below what a quadratic step would take.
"""

from __future__ import annotations

import os
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given, note
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports.cells import Kind, read_value
from govinfo_reports.render import available_layouts, format_document
from govinfo_reports.render.build import build_document
from govinfo_reports.render.document import Cell
from noise import map_cells, noisy_texts
from strategies import reports

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("GOVINFO_SHARED", REPO_ROOT.parent / "shared")) / "seeds"
TABLES = ("active_disclosure", "requests", "review_litigation")

_FRAGMENTS = (
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "规章",
    "行政规范性文件",
    "行政许可",
    "本年增/减",
    "采购总金额",
    "三、收到和处理政府信息公开申请情况",
    "勾稽关系",
    "申请人情况",
    "一、本年新收政府信息公开申请数量",
    "（三）不予公开",
    "1.属于国家秘密",
    "（七）总计",
    "四、结转下年度继续办理",
    "行政复议",
    "结果维持",
    "总计",
    "2023年",
    "报告",
    "人民政府",
    "0",
    "7",
    "12345",
    "4" * 40,
    "9" * 5000,
    "+5",
    "减3",
    "未增未减",
    "12.50万元",
    "1,234",
    "/",
    "—",
    "１２",
    "\t",
    "\t",
    "|",
    " | ",
    "||",
    "\n",
    "\n",
    "\r\n",
    " ",
    "\u00a0",
    "\u3000",
    "<table>",
    "<tr>",
    "<td rowspan='3'>",
    "<td colspan='99999'>",
    "</td>",
    "</tr>",
    "&nbsp;",
)


def parse_or_error(source: Any, reader: str | None = None) -> gr.Report | None:
    """Parse; ``None`` for ParseError. Any other exception fails the test, and so does a
    built-in reader that fails (the registry would only warn and try the next)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", RuntimeWarning)
            report = gr.parse(source, reader=reader)
    except gr.ParseError:
        return None
    assert isinstance(report, gr.Report)
    gr.validate(report)
    assert gr.from_dict(gr.to_dict(report)) == report
    for table in TABLES:
        if getattr(report, table) is None:
            assert any(f.code == "missing_table" and f.path == table for f in report.findings)
    return report


@given(st.text())
def test_arbitrary_text(text: str) -> None:
    parse_or_error(text)


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=300).map("".join))
def test_report_fragments(text: str) -> None:
    report = parse_or_error(text)
    if report is not None:
        for layout in available_layouts():
            gr.render(report, layout)


@pytest.mark.parametrize("reader", ["tab", "pipe", "vertical", "html"])
@given(text=st.lists(st.sampled_from(_FRAGMENTS), max_size=200).map("".join))
def test_report_fragments_with_a_named_reader(reader: str, text: str) -> None:
    parse_or_error(text, reader=reader)


@given(st.binary())
def test_arbitrary_bytes(data: bytes) -> None:
    parse_or_error(data)


# --- mutations ----------------------------------------------------------------------


def _prints_blank(cell: str) -> bool:
    """A cell that reads as a published blank: white space, pipes or a blank marker."""
    return cell.strip(" \t\r\n\u00a0\u3000|") in ("", "/", "—", "&nbsp;")


@st.composite
def mutated(draw: Any, text: str) -> tuple[str, bool]:
    """``text`` with lines deleted, duplicated, swapped, cells dropped or replaced by a
    fragment (a 5000-digit number, markup, a label), or the text cut off; and whether a
    cell was replaced by a blank, or a blank cell's line moved (a row that then reads blank
    lost nothing silently)."""
    printed_blank = False
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        kind = draw(
            st.sampled_from(("delete", "duplicate", "swap", "drop_cell", "cut", "replace_cell"))
        )
        i = draw(st.integers(0, len(lines) - 1))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            # one cell per line: a blank cell's line moved into a value's place prints a
            # blank there (an empty line is no cell)
            printed_blank |= any(
                line != "" and _prints_blank(line) for line in (lines[i], lines[j])
            )
        elif kind in ("drop_cell", "replace_cell"):
            sep = "\t" if "\t" in lines[i] else "|"
            cells = lines[i].split(sep)
            k = draw(st.integers(0, len(cells) - 1))
            if kind == "replace_cell":
                cells[k] = draw(st.sampled_from(_FRAGMENTS))
                printed_blank |= _prints_blank(cells[k])
            elif len(cells) > 1:
                del cells[k]
            lines[i] = sep.join(cells)
            # a line of white space is a blank cell in the one-cell-per-line layout
            printed_blank |= lines[i] != "" and lines[i].isspace()
        else:
            lines = lines[:i]
    return "\n".join(lines), printed_blank


def _leaf_rows(data: Any, prefix: str) -> dict[str, dict[str, Any]]:
    """Dotted path → row dict for every row of cells in a table's canonical form."""
    rows: dict[str, dict[str, Any]] = {}
    if isinstance(data, dict):
        if data and all(
            not isinstance(v, dict) or set(v) == {"value", "unit"} for v in data.values()
        ):
            rows[prefix] = data
        else:
            for key, value in data.items():
                rows.update(_leaf_rows(value, f"{prefix}.{key}"))
    return rows


def assert_losses_flagged(original: gr.Report, parsed: gr.Report) -> None:
    """Every row that had values in ``original`` and is blank in ``parsed`` is named by a
    finding (on the row, one of its cells, or its whole table)."""
    if parsed.template != original.template:
        # the cues were damaged: the template itself is in doubt, and said to be
        assert any(f.code == "template_unknown" for f in parsed.findings)
        return
    before, after = gr.to_dict(original), gr.to_dict(parsed)
    for table in TABLES:
        if before[table] is None or after[table] is None:
            continue
        old_rows = _leaf_rows(before[table], table)
        for path, row in _leaf_rows(after[table], table).items():
            lost = all(v is None for v in row.values()) and any(
                v is not None for v in old_rows[path].values()
            )
            if lost:
                flagged = [
                    f
                    for f in parsed.findings
                    if f.path is not None
                    and (f.path == path or f.path.startswith(path + ".") or f.path == table)
                ]
                assert flagged, f"{path} lost its values without a finding"


@given(data=st.data(), layout=st.sampled_from(available_layouts()))
def test_mutated_renders(data: st.DataObject, layout: str) -> None:
    report = data.draw(reports())
    text, names = data.draw(noisy_texts(report, layout))
    damaged, printed_blank = data.draw(mutated(text))
    note(f"noise: {names}\ndamaged text:\n{damaged}")
    parsed = parse_or_error(damaged)
    if parsed is not None and not printed_blank:
        assert_losses_flagged(report, parsed)
    parse_or_error(damaged, reader=data.draw(st.sampled_from(["tab", "pipe", "vertical", "html"])))


_CELL_TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(_FRAGMENTS),
    st.integers(1, 6000).map(lambda n: "9" * n),
    st.from_regex(r"[+-]?[0-9,.，。 ]{1,40}(万元|元)?", fullmatch=True),
)


@given(data=st.data(), layout=st.sampled_from(available_layouts()))
def test_any_cell_text(data: st.DataObject, layout: str) -> None:
    """Cells of a rendered report replaced by anything: never another exception."""
    report = data.draw(reports())
    texts = data.draw(st.lists(_CELL_TEXT, min_size=1, max_size=8))
    picks = iter(texts)
    chance = data.draw(st.sampled_from((0.02, 0.1, 0.5)))
    rnd = data.draw(st.randoms(use_true_random=False))

    def replace(cell: Cell) -> Cell:
        if rnd.random() >= chance:
            return cell
        return evolve(cell, text=next(picks, cell.text))

    text = format_document(map_cells(build_document(report), replace), layout)
    note(f"text:\n{text}")
    parse_or_error(text)
    parse_or_error(text, reader=data.draw(st.sampled_from(["tab", "pipe", "vertical", "html"])))


def _seed_texts() -> list[str]:
    if not SEEDS.is_dir():
        return []
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed reports not found in {SEEDS}")
@given(data=st.data())
def test_mutated_seeds(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(_seed_texts()))
    damaged, printed_blank = data.draw(mutated(text))
    parsed = parse_or_error(damaged)
    if parsed is not None and not printed_blank:
        assert_losses_flagged(gr.parse(text), parsed)


# --- run time -----------------------------------------------------------------------

_MB = 1_000_000
#: Inputs that a backtracking pattern or a nested loop would turn quadratic.
ADVERSARIAL: dict[str, tuple[str, int]] = {
    "digit run": ("1", _MB),
    "full-width digits": ("１", _MB),
    "digit lines": ("1" * 999 + "\n", _MB),
    "thousands separators": ("1,", _MB),
    "decimal points": ("1.", _MB),
    "spaced digits": ("1 ", _MB),
    "years": ("2020年度", _MB),
    "pipes": ("|", _MB),
    "tabs": ("\t", _MB),
    "report words": ("政府信息公开工作年度报告", _MB),
    "labels, no newline": ("规章\t", _MB // 2),
    "anchors": ("第二十条\n收到和处理政府信息公开申请\n行政复议\n", _MB // 10),
    "label rows": ("规章\t1\t2\t3\n", _MB // 10),
    "request rows": ("一、本年新收政府信息公开申请数量\t1\t1\t1\t1\t1\t1\t6\n", _MB // 10),
    "pipe cells": ("规章 |\n", _MB // 10),
    "values, one per line": ("\t1\n", _MB // 10),
    "nested markup": ("<div><p>", _MB),
    "table cells": ("<tr><td>1</td><td>规章</td></tr>", _MB // 10),
    "huge spans": ("<td rowspan='100' colspan='100'>1</td>", _MB // 10),
    "short lines after a table row": ("说明文字。\n", _MB // 3),
    "a preamble line naming reports": ("2022年报告", _MB // 4),
    "issuer labels in a line": ("发布机构 ", _MB // 4),
    "issuer labels, one a cell": ("来源\t\t", _MB // 4),
    "traditional report words": ("政府信息公開工作年度報告", _MB // 4),
}
_PREFIX = {
    "label rows": "二、主动公开政府信息情况\n",
    "values, one per line": "行政复议\n",
    "short lines after a table row": (
        "二、主动公开政府信息情况\n规章\t1\t2\t3\n行政规范性文件\t4\t5\t6\n行政许可\t7\t\t\n"
    ),
}


_SUFFIX = {
    # the report year is counted (the title has none) over a line naming a report per
    # year: each such year asks whether its clause announces this report
    "a preamble line naming reports": "\n\n二、主动公开政府信息情况\n规章\t1\t2\t3\n",
    # the preamble's issuer line: each label asks for its value in what follows it
    "issuer labels in a line": "\n\n二、主动公开政府信息情况\n规章\t1\t2\t3\n",
    "issuer labels, one a cell": "\n\n二、主动公开政府信息情况\n规章\t1\t2\t3\n",
    "traditional report words": "\n\n二、主动公开政府信息情况\n规章\t1\t2\t3\n",
}


def _seconds_per_char() -> float:
    """A normal report's parse time per character, on this machine, now."""
    text = gr.render(gr.parse(gr.sample_text()), "tab")
    start = time.process_time()
    for _ in range(5):
        gr.parse(text)
    return (time.process_time() - start) / 5 / len(text)


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_parse_time_is_linear(name: str) -> None:
    unit, size = ADVERSARIAL[name]
    text = _PREFIX.get(name, "") + unit * (size // len(unit)) + _SUFFIX.get(name, "")
    per_char = _seconds_per_char()
    start = time.process_time()
    parse_or_error(text)
    elapsed = time.process_time() - start
    # Linear work costs about a normal report's time per character (measured: up to 2x);
    # a quadratic step on input this long would cost thousands of times more.
    bound = 20 * per_char * len(text) + 2.0
    assert elapsed < bound, (
        f"{name}: {elapsed:.1f}s for {len(text)} characters (bound {bound:.1f}s)"
    )


# --- one odd cell ----------------------------------------------------------------------

#: What a value cell may hold in a real report besides a clean number: decorated
#: numbers, decimals, units, words for "none" or "about", numerals, stray punctuation.
_ODD_VALUES = st.one_of(
    st.from_regex(
        r"[+\-−－]?[0-9０-９][0-9０-９,，.．]{0,6}(件|条|个|项|人|次|万元|元|%|％)?", fullmatch=True
    ),
    st.sampled_from(
        (
            "无", "若干", "约3", "3左右", "不详", "——", "/", "-", "", " ", "N/A", "null", "0.0",
            "3.5", "(3)", "（3）", "3)", "3。", "3、", "三", "十二", "1 2", "1\u00a02", "½",
            "²", "３", "3e2", "0x1F", "增", "减少", "未", "3 3", "3\u30003",
        )
    ),
)  # fmt: skip


def _leaf_cells(data: Any, prefix: str) -> dict[str, Any]:
    """Dotted path → value for every cell of a canonical table (money dicts are cells)."""
    return {
        f"{path}.{column}": value
        for path, row in _leaf_rows(data, prefix).items()
        for column, value in row.items()
    }


def _flagged(report: gr.Report, path: str) -> bool:
    """A finding names the cell, its row or its table."""
    table = path.split(".")[0]
    parts = path.split(".")
    owners = {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
    return any(f.path in owners or f.path == table for f in report.findings if f.path)


@given(
    report=reports(),
    layout=st.sampled_from(available_layouts()),
    pick=st.integers(0, 10_000),
    odd=_ODD_VALUES,
)
def test_one_odd_cell_changes_nothing_silently(
    report: gr.Report, layout: str, pick: int, odd: str
) -> None:
    """One value cell printed as something odd: that cell reads as some value or as blank
    with a finding (unless the text is itself a blank), and every other cell reads as
    before unless a finding names it, its row or its table."""
    document = build_document(report)
    paths = [c.path for b in document.blocks if hasattr(b, "rows") for r in b.rows for c in r]
    value_paths = [p for p in paths if p is not None and not p.endswith("_header")]
    if not value_paths:
        return
    target = value_paths[pick % len(value_paths)]

    def replace(cell: Cell) -> Cell:
        return evolve(cell, text=odd) if cell.path == target and cell.role == "value" else cell

    text = format_document(map_cells(document, replace), layout)
    note(f"cell {target} printed as {odd!r}; text:\n{text}")
    parsed = parse_or_error(text)
    if parsed is None or parsed.template != report.template:
        return
    before, after = gr.to_dict(report), gr.to_dict(parsed)
    for table in TABLES:
        if before[table] is None or after[table] is None:
            continue
        old, new = _leaf_cells(before[table], table), _leaf_cells(after[table], table)
        for path, value in new.items():
            if path == target:
                printed_blank = read_value(odd).kind in (Kind.EMPTY, Kind.BLANK)
                if value is None and old[path] is not None and not printed_blank:
                    assert _flagged(parsed, path), f"{path} ({odd!r}) blank without a finding"
            elif value != old[path]:
                assert _flagged(parsed, path), f"{path}: {old[path]!r} → {value!r} silently"

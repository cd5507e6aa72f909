"""Noise transforms modelled on the seeds, each drawn by hypothesis and composable.

Cell transforms act on the rendered :class:`Document` before a layout prints it;
text transforms act on the printed text. Each is a plain function; ``noisy_texts``
draws a subset, applies it in a fixed order (meaning, then typography, then line
breaks, then spacing) and returns the text with the names applied.

What the transforms keep, so that the report still reads back exactly (the parser's
documented contract, not its implementation):

* a label is broken after its printed numbering (``三、``, ``（三）``, ``7.``) or, when
  it has none, after its first four characters — the part a reader can name the row
  by — and a broken label's values may stand on its first or its last line;
* a label loses its numbering only when it is not broken and its words name the row
  (never ``3.其他`` or ``（七）总计``);
* a blank may print empty only where the layout makes an empty cell a blank: anywhere
  in HTML; anywhere in a labelled row of the cell-per-line layouts; between two
  values elsewhere;
* a piece of a broken cell holds a Chinese character (a lone ``/`` would be a blank);
* white-space-only lines are added only where they are not cells (never in
  ``vertical``, where a line of white space is an empty cell).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Any

from attrs import evolve
from hypothesis import strategies as st

from govinfo_reports.render import format_document
from govinfo_reports.render.build import BLANK, build_document
from govinfo_reports.render.document import Cell, Document, Line, Table

CellFn = Callable[[Cell, random.Random], Cell]
DocFn = Callable[[Document, random.Random, str], Document]
TextFn = Callable[[str, random.Random, str], str]

_NUMBERING = re.compile(r"^(?:[一二三四]、|（[一二三四五六七]）|\d+\.)")
_UNIT = re.compile(r"(万元|元)$")
_HEADER_UNIT = re.compile(r"（单位：(万元|元)）$")
_PLAIN_NUMBER = re.compile(r"^([+-]?)(\d+)(\.\d+)?(万元|元)?$")

_PROSE_BEFORE = (
    "一、总体情况",
    "本年度，本单位坚持以公开为常态、不公开为例外，认真落实各项工作要求。",
    "本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
    "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况等部分。",
    "（一）主动公开。围绕中心工作，及时发布政策文件和办事指南，方便群众查询。",
    "（二）依申请公开。严格按照法定程序和时限办理，做到依法答复、规范答复。",
)
_PROSE_AFTER = (
    "五、存在的主要问题及改进情况",
    "一是公开内容还不够全面，二是工作人员业务水平有待提高。下一步将加强培训。",
    "六、其他需要报告的事项",
    "无。",
    "本单位未收取信息处理费。",
)


# --- helpers ------------------------------------------------------------------------


def map_cells(document: Document, fn: Callable[[Cell], Cell]) -> Document:
    """Apply ``fn`` to every table cell."""
    blocks = []
    for block in document.blocks:
        if isinstance(block, Table):
            rows = tuple(tuple(fn(cell) for cell in row) for row in block.rows)
            block = Table(rows, block.width)
        blocks.append(block)
    return Document(tuple(blocks))


def _cells(role: str, fn: CellFn, share: float = 0.5) -> DocFn:
    """A transform that applies ``fn`` to a random share of the cells of one role."""

    def transform(document: Document, rnd: random.Random, layout: str) -> Document:
        def one(cell: Cell) -> Cell:
            if cell.role != role or rnd.random() >= share:
                return cell
            return fn(cell, rnd)

        return map_cells(document, one)

    return transform


def _with_text(cell: Cell, text: str) -> Cell:
    return evolve(cell, text=text)


# --- cell transforms: meaning -------------------------------------------------------


def sign_words(cell: Cell, rnd: random.Random) -> Cell:
    """本年增/减 as words: +5 → 增5 / 增加5 / 5, -3 → 减3 / 减少3, 0 → 未增未减 …"""
    if not (cell.path or "").endswith(".change") or cell.text == BLANK:
        return cell
    number = int(cell.text)
    if number > 0:
        text = rnd.choice((f"增{number}", f"增加{number}", f"上升{number}", str(number)))
    elif number < 0:
        text = rnd.choice((f"减{-number}", f"减少{-number}", f"下降{-number}"))
    else:
        text = rnd.choice(("0", "未增未减", "无增减", "持平"))
    return _with_text(cell, text)


def count_words(cell: Cell, rnd: random.Random) -> Cell:
    """A count printed with the word for what it counts: 12 → 12件 / 12条 / 12个 / 12项."""
    path = cell.path or ""
    if path.endswith((".amount", ".change")) or not cell.text.isdigit():
        return cell
    return _with_text(cell, cell.text + rnd.choice(("件", "条", "个", "项")))


def thousands(cell: Cell, rnd: random.Random) -> Cell:
    """Thousands separators in numbers of four digits or more (1,016,121)."""
    match = _PLAIN_NUMBER.match(cell.text)
    if match is None or len(match.group(2)) < 4:
        return cell
    sign, digits, decimals, unit = match.groups()
    grouped = f"{int(digits):,}"
    return _with_text(cell, f"{sign}{grouped}{decimals or ''}{unit or ''}")


def move_units(document: Document, rnd: random.Random, layout: str) -> Document:
    """Money units between cell and header: 2019's 123.4万元 → header 采购总金额（单位：万元）
    and 2021's header unit → the cell (or in both places)."""
    units: dict[str, str] = {}  # money path → its unit, where the value is printed
    for block in document.blocks:
        for row in block.rows if isinstance(block, Table) else ():
            for cell in row:
                found = _HEADER_UNIT.search(cell.text) or _UNIT.search(cell.text)
                if (cell.path or "").endswith(".amount") and found:
                    units[cell.path or ""] = found.group(1)
    printed = {
        cell.path
        for block in document.blocks
        for row in (block.rows if isinstance(block, Table) else ())
        for cell in row
        if cell.role == "value" and cell.text != BLANK
    }
    plans = {
        path: rnd.choice(((True, False), (False, True), (True, True)))  # (header, cell)
        for path in units
        if path in printed
    }

    def one(cell: Cell) -> Cell:
        path = cell.path or ""
        if path not in plans:
            return cell
        in_header, in_cell = plans[path]
        unit = units[path]
        if cell.role == "header":
            base = _HEADER_UNIT.sub("", cell.text)
            return _with_text(cell, f"{base}（单位：{unit}）" if in_header else base)
        base = _UNIT.sub("", cell.text)
        return _with_text(cell, f"{base}{unit}" if in_cell else base)

    return map_cells(document, one)


_ORGANISATIONS = "法人或其他组织"
#: The header cells over the organisation columns, one column wider with a 小计.
_OVER_ORGANISATIONS = ("申请人情况", _ORGANISATIONS)
_COUNT = re.compile(r"^\d+$")


def subtotal_column(document: Document, rnd: random.Random, layout: str) -> Document:
    """Table 三 with the 法人或其他组织小计 column some local templates print after the
    five organisation columns: their sum, or a blank when one of them is blank."""
    blocks = []
    for block in document.blocks:
        if isinstance(block, Table) and any(
            cell.text == _ORGANISATIONS for row in block.rows for cell in row
        ):
            block = Table(tuple(_with_subtotal(row) for row in block.rows), block.width + 1)
        blocks.append(block)
    return Document(tuple(blocks))


def _with_subtotal(row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    cells = list(row)
    values = [i for i, cell in enumerate(cells) if cell.role == "value"]
    if len(values) == 7:  # 自然人, the five organisations, 总计
        organisations = [cells[i].text for i in values[1:6]]
        printed = all(_COUNT.match(text) for text in organisations)
        text = str(sum(map(int, organisations))) if printed else BLANK
        cells.insert(values[6], Cell(text, "value"))
    elif any(cell.text in _OVER_ORGANISATIONS for cell in cells):
        cells = [
            evolve(cell, colspan=cell.colspan + 1) if cell.text in _OVER_ORGANISATIONS else cell
            for cell in cells
        ]
    elif cells and cells[-1].text == "其他" and cells[-1].role == "header":
        cells.append(Cell("小计", "header"))
    return tuple(cells)


def blank_markers(document: Document, rnd: random.Random, layout: str) -> Document:
    """Other blank markers (—, -, －, ／, ——) and, where unambiguous, an empty cell."""
    blocks = []
    for block in document.blocks:
        if isinstance(block, Table):
            block = Table(tuple(_blank_row(row, rnd, layout) for row in block.rows), block.width)
        blocks.append(block)
    return Document(tuple(blocks))


def _blank_row(row: tuple[Cell, ...], rnd: random.Random, layout: str) -> tuple[Cell, ...]:
    values = [i for i, cell in enumerate(row) if cell.role == "value"]
    printed = [i for i in values if row[i].text != BLANK]
    labelled = any(cell.role == "label" for cell in row)
    out = list(row)
    for i in values:
        if row[i].text != BLANK:
            continue
        interior = bool(printed) and printed[0] < i < printed[-1]
        empty_ok = (
            layout == "html" or (layout in ("vertical", "pipe-cells") and labelled) or interior
        )
        markers = ["—", "-", "－", "／", "——", "/"] + ([""] * 3 if empty_ok else [])
        out[i] = _with_text(row[i], rnd.choice(markers))
    return tuple(out)


# --- cell transforms: typography ----------------------------------------------------


def fullwidth(cell: Cell, rnd: random.Random) -> Cell:
    """Full-width digits and ASCII punctuation (３７, ＋５, １．属于…)."""
    text = "".join(
        chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" and rnd.random() < 0.8 else ch for ch in cell.text
    )
    return _with_text(cell, text)


def punctuation(cell: Cell, rnd: random.Random) -> Cell:
    """Numbering variants: （一）→ (一), 1. → 1． / 1、 / 1. (with a space)."""
    text = cell.text
    if text.startswith("（") and "）" in text[:4] and rnd.random() < 0.7:
        text = "(" + text[1:].replace("）", ")", 1)
    match = re.match(r"^(\d+)\.", text)
    if match:
        text = match.group(1) + rnd.choice(("．", "、", ". ", ".")) + text[match.end() :]
    return _with_text(cell, text)


# --- cell transforms: line breaks ---------------------------------------------------


def _break_points(text: str, head: int, rnd: random.Random) -> list[int]:
    """Where to break ``text``: once, or before every character (a vertical header)."""
    if len(text) - head < 1 or "\n" in text:
        return []
    if rnd.random() < 0.3:
        return list(range(max(head, 1), len(text)))
    return [rnd.randint(max(head, 1), len(text) - 1)]


_CJK = re.compile(r"[\u3400-\u9fff]")


def _broken(text: str, points: list[int]) -> str:
    """``text`` broken at ``points``; a piece with no Chinese character (a lone ``/`` of
    本年增/减, a bracket) stays with the piece before it, as no layout prints it alone."""
    pieces: list[str] = []
    last = 0
    for point in [*points, len(text)]:
        piece = text[last:point]
        last = point
        if pieces and not _CJK.search(piece):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return "\n".join(pieces)


def break_labels(document: Document, rnd: random.Random, layout: str) -> Document:
    """Labels broken over lines or cells (seed 001: （三）不/予/公/开; seed 003: 7./属于
    行政执法案卷), after the part that names the row; values on the first or last line."""
    blocks = []
    for block in document.blocks:
        if isinstance(block, Table):
            block = Table(tuple(_break_row(row, rnd) for row in block.rows), block.width)
        blocks.append(block)
    return Document(tuple(blocks))


def _break_row(row: tuple[Cell, ...], rnd: random.Random) -> tuple[Cell, ...]:
    out = list(row)
    labels = [i for i, cell in enumerate(row) if cell.role == "label"]
    for i in labels:
        if rnd.random() >= 0.4:
            continue
        text = row[i].text
        numbering = _NUMBERING.match(text)
        head = numbering.end() if numbering else 4
        points = _break_points(text, head, rnd)
        if not points:
            continue
        out[i] = _with_text(row[i], _broken(text, points))
        last_label = i == labels[-1] and row[i].rowspan == 1
        if last_label and rnd.random() < 0.5:
            push = "\n" * len(points)  # the values stand on the label's last line
            out = [_with_text(c, push + c.text) if c.role == "value" else c for c in out]
    return tuple(out)


#: Printed numbering in any of the variants ``fullwidth`` and ``punctuation`` produce.
_ANY_NUMBERING = re.compile(
    r"^(?:[一二三四]、|[（(][一二三四五六七][）)]|[0-9０-９]+(?:[.．、]|\. ))"
)
#: Labels whose words alone do not name a row: only their number does.
_NUMBER_ONLY = frozenset({"其他", "总计"})


def drop_numbering(cell: Cell, rnd: random.Random) -> Cell:
    """Labels printed without their numbering (属于国家秘密 for 1.属于国家秘密): the
    words name the row. Left alone: a broken label (its numbering is what names it)
    and the labels whose words name nothing on their own (3.其他, （七）总计)."""
    if "\n" in cell.text:
        return cell
    numbering = _ANY_NUMBERING.match(cell.text)
    if numbering is None or cell.text[numbering.end() :] in _NUMBER_ONLY:
        return cell
    return _with_text(cell, cell.text[numbering.end() :])


def break_header(cell: Cell, rnd: random.Random) -> Cell:
    """Header cells over lines (seed 001: 本年新/制作数量; seed 002: 结 果/维 持)."""
    return _with_text(cell, _broken(cell.text, _break_points(cell.text, 1, rnd)))


# --- cell transforms: spacing -------------------------------------------------------


#: White space printed inside words: plain, NBSP (``&nbsp;`` kept by an HTML-to-text
#: conversion) and the ideographic space.
_INNER_SPACES = (" ", " ", "\u00a0", "\u3000")


def inner_spaces(cell: Cell, rnd: random.Random) -> Cell:
    """Spaces inside labels and headers (seed 003: 本年新制作 数量, 结 果 维 持)."""
    space = rnd.choice(_INNER_SPACES)
    chars = cell.text[:-1]
    text = "".join(ch + (space if rnd.random() < 0.3 and ch != "\n" else "") for ch in chars)
    return _with_text(cell, text + cell.text[-1:])


_PADS = (" ", "  ", "\u00a0", "\u3000", " \u00a0")


def pad(cell: Cell, rnd: random.Random) -> Cell:
    """NBSP, ideographic and plain spaces around a cell's text."""
    return _with_text(cell, rnd.choice(("", *_PADS)) + cell.text + rnd.choice(("", *_PADS)))


# --- document transforms ------------------------------------------------------------


def prose(document: Document, rnd: random.Random, layout: str) -> Document:
    """Prose paragraphs before the first table and after the last."""
    blocks = list(document.blocks)
    first = next(i for i, b in enumerate(blocks) if isinstance(b, Line) and b.role == "heading")
    before = [Line(t, "prose") for t in rnd.sample(_PROSE_BEFORE, rnd.randint(1, 4))]
    after = [Line(t, "prose") for t in rnd.sample(_PROSE_AFTER, rnd.randint(1, 4))]
    return Document(tuple(blocks[:first] + before + blocks[first:] + after))


def title_spacing(document: Document, rnd: random.Random, layout: str) -> Document:
    """Spaces around the year (洛江区 2020 年…), full-width year digits, and the organ on
    a line of its own before a ``关于…的报告`` title (seed 000)."""
    blocks: list[Any] = []
    for block in document.blocks:
        if isinstance(block, Line) and block.role == "title":
            text = block.text
            if rnd.random() < 0.5:
                text = re.sub(r"(\d{4})", lambda m: f" {m.group(1)} ", text, count=1)
            if rnd.random() < 0.3:
                text = re.sub(r"\d", lambda m: chr(ord(m.group(0)) + 0xFEE0), text)
            if "关于" in text and rnd.random() < 0.7:
                organ, rest = text.split("关于", 1)
                blocks += [Line(organ, "title"), Line("关于" + rest, "title")]
                continue
            block = Line(text, "title")
        blocks.append(block)
    return Document(tuple(blocks))


# --- text transforms ----------------------------------------------------------------


def blank_lines(text: str, rnd: random.Random, layout: str) -> str:
    """Empty lines anywhere (white-space-only ones where they are not cells)."""
    fillers = ("",) if layout == "vertical" else ("", " ", "\u3000")
    out = []
    for line in text.split("\n"):
        out.append(line)
        if rnd.random() < 0.15:
            out.append(rnd.choice(fillers))
    return "\n".join(out)


def trailing(text: str, rnd: random.Random, layout: str) -> str:
    """Trailing tabs (seed 000) or pipes (``规章 | 0 | 0 | 0 | |``)."""
    out = []
    for line in text.split("\n"):
        if line.strip() and rnd.random() < 0.5:
            if layout in ("tab", "vertical"):
                line += "\t" * rnd.randint(1, 3)
            elif layout in ("pipe", "markdown") and "|" in line:
                line += rnd.choice((" |", "|", " | |"))
            elif layout == "pipe-cells" and line.strip() != "|":
                line += "|"
        out.append(line)
    return "\n".join(out)


def indent(text: str, rnd: random.Random, layout: str) -> str:
    """Leading tabs (tab), spaces (vertical) or a leading bar (pipe)."""
    lead = {"tab": "\t", "vertical": "  ", "pipe": "| "}[layout]
    return "\n".join(lead + line if line.strip() else line for line in text.split("\n"))


_TD = re.compile(r"<td([^>]*)>(.*?)</td>")


def markup(text: str, rnd: random.Random, layout: str) -> str:
    """HTML as editors write it: cell text in ``<p>``/``<span>``, styles, ``&nbsp;``."""

    def cell(match: re.Match[str]) -> str:
        attributes, content = match.groups()
        if rnd.random() < 0.3:
            attributes += ' style="text-align:center;width:40px"'
        if rnd.random() < 0.3:
            content = f'<p class="MsoNormal"><span lang="EN-US">{content}</span></p>'
        if rnd.random() < 0.2:
            content = f"&nbsp;{content}&nbsp;"
        return f"<td{attributes}>{content}</td>"

    return _TD.sub(cell, text)


def no_final_newline(text: str, rnd: random.Random, layout: str) -> str:
    """The text ends with its last cell: no line break (and no blank line) after it."""
    return text.rstrip("\r\n")


def crlf(text: str, rnd: random.Random, layout: str) -> str:
    """Windows line ends."""
    return text.replace("\n", "\r\n")


# --- column order (not noise: the parser reads these back with a column_order finding) ---


def _map_table(document: Document, prefix: str, fn: Callable[[Table], Table]) -> Document:
    """Apply ``fn`` to the table whose value cells' paths start with ``prefix``."""
    blocks = []
    for block in document.blocks:
        if isinstance(block, Table) and any(
            (cell.path or "").startswith(prefix) for row in block.rows for cell in row
        ):
            block = fn(block)
        blocks.append(block)
    return Document(tuple(blocks))


def _reorder_values(row: tuple[Cell, ...], order: Sequence[int]) -> tuple[Cell, ...]:
    """``row`` with its value cells in ``order`` (indexes into them); each position keeps
    its spans (a last cell spanning to the table's edge stays the last)."""
    cells = list(row)
    at = [i for i, cell in enumerate(cells) if cell.role == "value"]
    if len(at) != len(order):
        return row
    values = [cells[i] for i in at]
    for i, source in zip(at, order, strict=True):
        cells[i] = evolve(values[source], rowspan=cells[i].rowspan, colspan=cells[i].colspan)
    return tuple(cells)


def permute_requests(
    document: Document, top: Sequence[int], organisations: Sequence[int]
) -> Document:
    """Table 三 with its header's row 自然人 | 法人或其他组织 | 总计 in the order ``top``
    (indexes into those three), the five organisation columns under 法人或其他组织 in
    the order ``organisations``, and every row's values following the header."""
    order: list[int] = []  # indexes into the seven values
    for i in top:
        order += [0] if i == 0 else [1 + j for j in organisations] if i == 1 else [6]

    def table(block: Table) -> Table:
        rows = list(block.rows)
        rows[1] = tuple(rows[1][i] for i in top)
        rows[2] = tuple(rows[2][i] for i in organisations)
        rows[3:] = [_reorder_values(row, order) for row in rows[3:]]
        return Table(tuple(rows), block.width)

    return _map_table(document, "requests.", table)


def permute_review(
    document: Document,
    groups: Sequence[int],
    litigation: Sequence[int],
    results: Sequence[Sequence[int]],
) -> Document:
    """Table 四 with 行政复议 | 行政诉讼 in the order ``groups`` (0 and 1), 未经复议直接起诉 |
    复议后起诉 in the order ``litigation`` (0 and 1), the five result columns under the
    ``k``-th group (行政复议, 未经复议直接起诉, 复议后起诉) in the order ``results[k]``, and
    the fifteen values following the header."""

    def table(block: Table) -> Table:
        top, middle, bottom, values = block.rows
        subgroups = [tuple(bottom[5 * k + i] for i in results[k + 1]) for k in (0, 1)]
        review = tuple(middle[i] for i in results[0])
        printed = [0] if groups[0] == 0 else []
        printed += [1 + k for k in litigation]
        printed += [] if groups[0] == 0 else [0]
        new_middle: list[Cell] = []
        for g in groups:
            new_middle += review if g == 0 else [middle[5 + k] for k in litigation]
        rows = (
            tuple(top[g] for g in groups),
            tuple(new_middle),
            tuple(cell for k in litigation for cell in subgroups[k]),
            tuple(values[5 * g + i] for g in printed for i in results[g]),
        )
        return Table(rows, block.width)

    return _map_table(document, "review_litigation.", table)


def permute_active(document: Document, orders: Sequence[Sequence[int]]) -> Document:
    """Table 二 with the ``k``-th 第二十条 item's columns (its header row after 信息内容,
    and its rows' values) in the order ``orders[k]``."""

    def table(block: Table) -> Table:
        rows = []
        order: Sequence[int] = ()
        seen = 0
        for row in block.rows:
            if row[0].text == "信息内容":
                order = orders[seen]
                seen += 1
                heads = [evolve(cell, role="value") for cell in row[1:]]
                row = (row[0], *(evolve(c, role="header") for c in _reorder_values(heads, order)))
            elif row[0].role == "label":
                row = _reorder_values(row, order)
            rows.append(row)
        return Table(tuple(rows), block.width)

    return _map_table(document, "active_disclosure.", table)


def extra_column(
    document: Document, name: str, texts: dict[str, str], empty_first: frozenset[str] = frozenset()
) -> Document:
    """Table 三 with a column ``name`` (a 备注) after 总计, its header cell spanning the
    header's rows: the row ``path`` (``requests.new_received``) holds ``texts[path]``
    there (empty when missing); the rows in ``empty_first`` print their first value
    (自然人) as an empty cell."""

    def table(block: Table) -> Table:
        rows = [(*block.rows[0], Cell(name, "header", rowspan=3)), *block.rows[1:3]]
        for row in block.rows[3:]:
            cells = list(row)
            values = [i for i, cell in enumerate(cells) if cell.role == "value"]
            if values:
                path = (cells[values[0]].path or "").rsplit(".", 1)[0]
                if path in empty_first:
                    cells[values[0]] = _with_text(cells[values[0]], "")
                cells.append(Cell(texts.get(path, ""), "value"))
            rows.append(tuple(cells))
        return Table(tuple(rows), block.width + 1)

    return _map_table(document, "requests.", table)


# --- composition --------------------------------------------------------------------

#: (name, transform, layouts it applies to or ``None`` for all), in the order applied.
DOC_TRANSFORMS: tuple[tuple[str, DocFn, frozenset[str] | None], ...] = (
    ("subtotal_column", subtotal_column, None),
    ("sign_words", _cells("value", sign_words, 0.7), None),
    ("move_units", move_units, None),
    ("thousands", _cells("value", thousands, 0.7), None),
    ("count_words", _cells("value", count_words, 0.3), None),
    ("blank_markers", blank_markers, None),
    ("fullwidth", _cells("value", fullwidth, 0.3), None),
    ("fullwidth_labels", _cells("label", fullwidth, 0.5), None),
    ("punctuation", _cells("label", punctuation, 0.6), None),
    ("break_labels", break_labels, None),
    ("drop_numbering", _cells("label", drop_numbering, 0.5), None),
    ("break_headers", _cells("header", break_header, 0.4), None),
    ("label_spaces", _cells("label", inner_spaces, 0.3), None),
    ("header_spaces", _cells("header", inner_spaces, 0.5), None),
    ("pad_values", _cells("value", pad, 0.3), None),
    ("pad_labels", _cells("label", pad, 0.3), None),
    ("prose", prose, None),
    ("title_spacing", title_spacing, None),
)
_ROW_TEXT = frozenset({"tab", "pipe", "markdown", "pipe-cells", "vertical"})
TEXT_TRANSFORMS: tuple[tuple[str, TextFn, frozenset[str] | None], ...] = (
    ("blank_lines", blank_lines, None),
    ("trailing", trailing, _ROW_TEXT),
    ("indent", indent, frozenset({"tab", "vertical", "pipe"})),
    ("markup", markup, frozenset({"html"})),
    ("no_final_newline", no_final_newline, None),
    ("crlf", crlf, None),
)
NAMES = tuple(name for name, _, _ in DOC_TRANSFORMS + TEXT_TRANSFORMS)


def apply(document: Document, layout: str, names: frozenset[str], seed: int) -> str:
    """Print ``document`` in ``layout`` with the named transforms."""
    rnd = random.Random(seed)
    for name, doc_fn, layouts in DOC_TRANSFORMS:
        if name in names and (layouts is None or layout in layouts):
            document = doc_fn(document, rnd, layout)
    text = format_document(document, layout)
    for name, text_fn, layouts in TEXT_TRANSFORMS:
        if name in names and (layouts is None or layout in layouts):
            text = text_fn(text, rnd, layout)
    return text


@st.composite
def noisy_texts(draw: Any, report: Any, layout: str) -> tuple[str, list[str]]:
    """``report`` printed in ``layout`` with a drawn subset of the transforms."""
    names = draw(st.frozensets(st.sampled_from(NAMES)))
    seed = draw(st.integers(0, 2**32 - 1))
    return apply(build_document(report), layout, names, seed), sorted(names)

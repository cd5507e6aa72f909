"""The seeds, the real page texts and the real page of ``../shared`` read the same after
changes that do not change what a page prints: other line ends, other spaces,
full-width digits, compatibility characters from PDF-to-text tools, another encoding, a
byte-order mark, site navigation before the report; for the page, also markup that
renders the same (no white space between tags, upper-case tags, wrapper blocks).
Generated reports are checked this way by the property suite; these are the real
layouts (read from ``../shared`` at run time, never copied; skipped when it is
absent)."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

import govinfo_reports as gr

SHARED = Path(
    os.environ.get("GOVINFO_SHARED", Path(__file__).resolve().parent.parent.parent / "shared")
)
_INPUTS = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "real").glob("*/input.txt"))

_RADICAL_FOR: dict[str, str] = {}
for _code in range(0x2F00, 0x2FD6):  # Kangxi radicals: ⾏ for 行, ⼈ for 人 …
    _RADICAL_FOR.setdefault(unicodedata.normalize("NFKC", chr(_code)), chr(_code))
_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_NAVIGATION = "首页 > 政务公开 > 政府信息公开年报\n字号：大 中 小\n打印本页 关闭窗口\n\n"

_CHANGES: dict[str, Callable[[str], str | bytes]] = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "nbsp for spaces": lambda text: text.replace(" ", "\u00a0"),
    "full-width digits": lambda text: text.translate(_FULL_WIDTH_DIGITS),
    "trailing white space": lambda text: "\n".join(line + " \u3000" for line in text.split("\n")),
    "kangxi radicals": lambda text: "".join(_RADICAL_FOR.get(char, char) for char in text),
    "gb18030 bytes": lambda text: text.encode("gb18030"),
    "utf-8 with bom": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "navigation first": lambda text: _NAVIGATION + text,
}
_KEYS = ("title", "organ", "year", "template", "active_disclosure", "requests")


def _read(source: str | bytes) -> dict[str, object]:
    data = gr.to_dict(gr.parse(source))
    return {key: data[key] for key in (*_KEYS, "review_litigation")}


@cache
def _as_printed(path: Path) -> tuple[str, dict[str, object]]:
    text = path.read_text(encoding="utf-8")
    return text, _read(text)


def _pairs() -> list[tuple[Path, str]]:
    """Each input with each change that changes it (a text with no space has nothing for
    ``nbsp for spaces`` to change)."""
    return [
        (path, change)
        for path in _INPUTS
        for change in sorted(_CHANGES)
        if _CHANGES[change](path.read_text(encoding="utf-8")) != path.read_text(encoding="utf-8")
    ]


def test_there_are_inputs() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED} (set GOVINFO_SHARED)")
    assert len(_INPUTS) >= 17
    assert len(_pairs()) >= 17 * (len(_CHANGES) - 1)


@pytest.mark.parametrize(
    ("path", "change"),
    _pairs(),
    ids=lambda value: value if isinstance(value, str) else f"{value.parent.name}/{value.name}",
)
def test_a_change_that_prints_the_same_reads_the_same(path: Path, change: str) -> None:
    text, expected = _as_printed(path)
    assert _read(_CHANGES[change](text)) == expected


_PAGES = sorted((SHARED / "real").glob("*/input.html"))


def _as_gbk(page: str) -> bytes:
    declared = re.sub(r"charset=([\"']?)utf-8", r"charset=\1gbk", page, flags=re.I)
    assert declared != page
    return declared.encode("gbk", errors="xmlcharrefreplace")


_TAG = re.compile(r"<(/?)(table|tbody|tr|td|th|p|div|span)\b")
_PAGE_CHANGES: dict[str, Callable[[str], str | bytes]] = {
    "gbk with its meta charset": _as_gbk,
    "no white space between tags": lambda page: re.sub(r">\s+<", "><", page),
    "crlf": lambda page: page.replace("\n", "\r\n"),
    "upper-case tags": lambda page: _TAG.sub(lambda m: f"<{m[1]}{m[2].upper()}", page),
    "tables in wrapper blocks": lambda page: page.replace(
        "<table", '<div class="w"><div><table'
    ).replace("</table>", "</table></div></div>"),
    "utf-8 with bom": lambda page: b"\xef\xbb\xbf" + page.encode("utf-8"),
    "kangxi radicals": _CHANGES["kangxi radicals"],
}


@pytest.mark.parametrize("change", sorted(_PAGE_CHANGES))
@pytest.mark.parametrize("path", _PAGES, ids=lambda path: path.parent.name)
def test_a_page_that_renders_the_same_reads_the_same(path: Path, change: str) -> None:
    page = path.read_text(encoding="utf-8")
    changed = _PAGE_CHANGES[change](page)
    assert changed != page
    assert _read(changed) == _read(page)

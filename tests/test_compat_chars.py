"""Compatibility characters that PDF-to-text tools print for some fonts' glyphs: Kangxi
radicals (⾏ for 行, ⼈ for 人), simplified radicals (⻓ for 长) and CJK compatibility
ideographs. They look like the ideographs but are other code points, so no label,
header or title word matched them. Reports here are the fictional sample, rendered in
every layout with such characters put in."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govinfo_reports as gr

#: Each ideograph → a radical printed for it (the Kangxi block, and 长 / 门 / 见 …), the
#: characters a PDF's font maps its glyphs to. Built from the Unicode names and NFKC,
#: independently of the library's own table.
_RADICAL_FOR: dict[str, str] = {}
for _code in range(0x2F00, 0x2FD6):
    _RADICAL_FOR.setdefault(unicodedata.normalize("NFKC", chr(_code)), chr(_code))
_RADICAL_FOR.update(
    {"长": "\u2ed3", "门": "\u2ed4", "见": "\u2ec5", "页": "\u2eda", "马": "\u2ee2"}
)

_SAMPLE = gr.parse(gr.sample_text())


def _tables_and_title(report: gr.Report) -> dict[str, object]:
    data = gr.to_dict(report)
    keys = ("title", "organ", "year", "template", "active_disclosure", "requests")
    return {key: data[key] for key in (*keys, "review_litigation")}


def _with_radicals(text: str, chars: set[str] | None = None) -> str:
    return "".join(
        _RADICAL_FOR[c] if c in _RADICAL_FOR and (chars is None or c in chars) else c for c in text
    )


def test_the_radicals_put_in_are_other_code_points() -> None:
    damaged = _with_radicals(gr.sample_text())
    assert damaged != gr.sample_text()
    assert "\u2f8f" in damaged and "\u2f08" in damaged  # ⾏ (行), ⼈ (人)


@pytest.mark.parametrize("layout", gr.available_layouts())
def test_radicals_for_ideographs_read_as_the_ideographs(layout: str) -> None:
    page = gr.render(_SAMPLE, layout)
    report = gr.parse(_with_radicals(page))
    intact = gr.parse(page)
    assert _tables_and_title(report) == _tables_and_title(intact)
    assert sorted(f.code for f in report.findings) == sorted(f.code for f in intact.findings)
    assert report.organ == "青禾县人民政府"


def test_radicals_in_pdf_text_read_as_the_ideographs() -> None:
    # runs of spaces between cells, as pdftotext -layout prints a table
    spaced = "\n".join(
        re.sub(r"\t+", "   ", line).rstrip() for line in gr.sample_text().splitlines()
    )
    report = gr.parse(_with_radicals(spaced))
    intact = gr.parse(spaced)
    assert report.source.reader == intact.source.reader == "spaces"
    assert _tables_and_title(report) == _tables_and_title(intact)
    assert sorted(f.code for f in report.findings) == sorted(f.code for f in intact.findings)


def test_a_title_with_simplified_radicals_reads_as_printed_characters() -> None:
    text = gr.sample_text().replace("青禾县", "长门县", 1)
    report = gr.parse(_with_radicals(text, {"长", "门", "人"}))
    assert report.organ == "长门县人民政府"
    assert report.title is not None and report.title.startswith("长门县人民政府2023年")


@given(chars=st.sets(st.sampled_from(sorted(set(gr.sample_text()) & set(_RADICAL_FOR)))))
def test_any_characters_printed_as_radicals_read_the_same(chars: set[str]) -> None:
    report = gr.parse(_with_radicals(gr.sample_text(), chars))
    assert _tables_and_title(report) == _tables_and_title(_SAMPLE)

"""The public API: ``parse`` errors, ``to_dict`` / ``from_dict`` and ``SchemaError``."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr
from govinfo_reports import ParseError, ReaderError, Report, SchemaError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"
FIXTURE_NAMES = sorted(p.name for p in FIXTURES.glob("*.txt"))

TOP_KEYS = {
    "schema_version",
    "title",
    "organ",
    "year",
    "template",
    "active_disclosure",
    "requests",
    "review_litigation",
}


def fixture(name: str) -> Report:
    return gr.parse(FIXTURES / name)


def every_report() -> list[Any]:
    params = [pytest.param(gr.parse(gr.sample_text()), id="sample")]
    params += [pytest.param(fixture(name), id=name) for name in FIXTURE_NAMES]
    return params


# --- parse: sources that hold no report ------------------------------------------------


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("", "empty"),
        (b"", "empty"),
        ("   \n\t \n", "empty"),
        ("\u3000\u00a0\n\r\n  ", "empty"),
        (" \n".encode("gb18030"), "empty"),
    ],
    ids=["empty-str", "empty-bytes", "white-space", "exotic-white-space", "white-space-bytes"],
)
def test_parse_empty_input(source: str | bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        gr.parse(source)


def test_parse_binary_junk() -> None:
    junk = b"\x89PNG\r\n\x1a\n" + bytes(200) + bytes(range(256)) * 4
    with pytest.raises(ParseError) as caught:
        gr.parse(junk)
    assert "binary" in str(caught.value).lower()


def test_parse_text_without_tables() -> None:
    text = (
        "星渚县2020年政府信息公开工作年度报告\n\n一、总体情况\n\n"
        "2020年，星渚县政府信息公开工作平稳有序，全年主动公开政府信息120条。\n\n"
        "二、存在的主要问题及改进情况\n\n无。\n"
    )
    with pytest.raises(ParseError) as caught:
        gr.parse(text)
    message = str(caught.value)
    assert "table" in message.lower() or "表" in message
    assert message.strip()


def test_parse_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        gr.parse("")
    assert issubclass(ParseError, ValueError)


def test_a_str_is_never_taken_for_a_file_name() -> None:
    existing = str(FIXTURES / "tab_2019.txt")
    assert Path(existing).is_file()
    with pytest.raises(ParseError):
        gr.parse(existing)


@pytest.mark.parametrize("source", [3, 3.5, None, ["规章\t0\t0\t0"], {"text": "x"}, object()])
def test_parse_rejects_other_types(source: object) -> None:
    with pytest.raises(TypeError) as caught:
        gr.parse(source)  # type: ignore[arg-type]
    assert type(source).__name__ in str(caught.value)


def test_parse_with_a_named_reader() -> None:
    text = (FIXTURES / "tab_2019.txt").read_text("utf-8")
    report = gr.parse(text, reader="tab")
    assert report.source.reader == "tab"
    assert report == gr.parse(text)


def test_parse_with_an_unknown_reader_lists_the_readers() -> None:
    text = (FIXTURES / "tab_2019.txt").read_text("utf-8")
    with pytest.raises(ReaderError) as caught:
        gr.parse(text, reader="no-such-reader")
    assert isinstance(caught.value, ValueError)
    assert "tab" in str(caught.value)


def test_parse_with_an_explicit_encoding() -> None:
    text = (FIXTURES / "tab_2019.txt").read_text("utf-8")
    report = gr.parse(text.encode("gbk"), encoding="gbk")
    assert report == gr.parse(text)


# --- to_dict ------------------------------------------------------------------------------


def _walk(value: Any, path: str = "$") -> list[tuple[str, type]]:
    found = [(path, type(value))]
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str), f"{path}: key {key!r} is not a str"
            found += _walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _walk(item, f"{path}[{index}]")
    return found


@pytest.mark.parametrize("report", every_report())
def test_to_dict_gives_plain_json_types_only(report: Report) -> None:
    data = gr.to_dict(report)
    bad = [(p, t) for p, t in _walk(data) if t not in (dict, list, str, int, type(None))]
    assert not bad, bad  # no Decimal, no float, no bool, no attrs objects
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


@pytest.mark.parametrize("report", every_report())
def test_to_dict_has_the_documented_top_level(report: Report) -> None:
    data = gr.to_dict(report)
    assert set(data) == TOP_KEYS
    assert data["schema_version"] == 1
    assert data["template"] in ("2019", "2021")


def test_to_dict_money_is_a_decimal_string_with_its_unit() -> None:
    data = gr.to_dict(fixture("tab_2019.txt"))
    amount = data["active_disclosure"]["centralized_procurement"]["amount"]
    assert amount == {"value": "3518.2050", "unit": "万元"}


def test_to_dict_blank_is_null_not_zero() -> None:
    data = gr.to_dict(fixture("blank_totals_2021.txt"))
    assert data["requests"]["results"]["unavailable"]["not_held"]["total"] is None
    assert data["requests"]["results"]["partially_granted"]["research_institution"] is None
    assert data["requests"]["results"]["partially_granted"]["natural_person"] == 0
    assert data["review_litigation"]["administrative_review"]["total"] is None


def test_to_dict_leaves_out_findings_and_source() -> None:
    report = fixture("arithmetic_errors_2019.txt")
    assert report.findings or gr.validate(report)
    text = json.dumps(gr.to_dict(report), ensure_ascii=False)
    assert "findings" not in text
    assert "encoding" not in text


def test_to_dict_rejects_what_is_not_a_report() -> None:
    with pytest.raises(TypeError):
        gr.to_dict({"title": "x"})  # type: ignore[arg-type]


# --- from_dict: round trips ---------------------------------------------------------------


@pytest.mark.parametrize("report", every_report())
def test_round_trip(report: Report) -> None:
    data = gr.to_dict(report)
    back = gr.from_dict(data)
    assert back == report
    assert gr.to_dict(back) == data


@pytest.mark.parametrize("report", every_report())
def test_round_trip_through_json_text(report: Report) -> None:
    text = json.dumps(gr.to_dict(report), ensure_ascii=False)
    assert gr.from_dict(json.loads(text)) == report


def test_from_dict_does_not_change_its_argument() -> None:
    data = gr.to_dict(fixture("tab_2019.txt"))
    before = copy.deepcopy(data)
    gr.from_dict(data)
    assert data == before


def test_from_dict_then_validate_finds_the_same_arithmetic() -> None:
    report = fixture("arithmetic_errors_2019.txt")
    arithmetic = {"balance", "row_total", "results_total", "review_total"}

    def found(r: Report) -> set[tuple[str, str | None]]:
        return {(f.code, f.path) for f in gr.validate(r) if f.code in arithmetic}

    assert found(gr.from_dict(gr.to_dict(report))) == found(report)
    assert len(found(report)) == 5


# --- from_dict: SchemaError with the path --------------------------------------------------


def sample_dict() -> dict[str, Any]:
    return gr.to_dict(gr.parse(gr.sample_text()))


def dict_2019() -> dict[str, Any]:
    return gr.to_dict(fixture("tab_2019.txt"))


def schema_error(data: Any) -> SchemaError:
    with pytest.raises(SchemaError) as caught:
        gr.from_dict(data)
    assert isinstance(caught.value, ValueError)
    return caught.value


def test_string_where_a_count_belongs() -> None:
    data = sample_dict()
    data["requests"]["results"]["total"]["total"] = "12"
    error = schema_error(data)
    assert error.path == "$.requests.results.total.total"
    assert "$.requests.results.total.total" in str(error)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("requests.new_received.natural_person", 1.5),
        ("requests.new_received.natural_person", True),
        ("requests.results.withheld.state_secret.other", "0"),
        ("review_litigation.litigation_direct.pending", [1]),
        ("active_disclosure.regulations.issued", {"value": 1}),
        ("year", "2021"),
        ("title", 2021),
    ],
)
def test_wrong_types_are_reported_at_their_path(path: str, value: Any) -> None:
    data = sample_dict()
    *parents, leaf = path.split(".")
    node = data
    for key in parents:
        node = node[key]
    node[leaf] = value
    assert schema_error(data).path == f"$.{path}"


def test_money_value_must_be_a_decimal_string() -> None:
    data = dict_2019()
    data["active_disclosure"]["centralized_procurement"]["amount"]["value"] = 3518.205
    path = "$.active_disclosure.centralized_procurement.amount.value"
    assert schema_error(data).path == path
    data["active_disclosure"]["centralized_procurement"]["amount"]["value"] = "about 3500"
    assert schema_error(data).path == path


def test_null_where_an_object_is_required() -> None:
    data = sample_dict()
    data["requests"]["results"] = None
    assert schema_error(data).path == "$.requests.results"


def test_unknown_key_is_reported_with_its_path() -> None:
    data = sample_dict()
    data["requests"]["results"]["withheld"]["bogus_row"] = {}
    error = schema_error(data)
    assert error.path in ("$.requests.results.withheld", "$.requests.results.withheld.bogus_row")
    assert "bogus_row" in str(error)


def test_unknown_top_level_key() -> None:
    data = sample_dict()
    data["comment"] = "extra"
    error = schema_error(data)
    assert error.path in ("$", "$.comment")
    assert "comment" in str(error)


@pytest.mark.parametrize("version", [0, 2, "1", None, 1.0, True])
def test_wrong_schema_version(version: Any) -> None:
    data = sample_dict()
    data["schema_version"] = version
    assert schema_error(data).path == "$.schema_version"


def test_missing_schema_version() -> None:
    data = sample_dict()
    del data["schema_version"]
    assert schema_error(data).path == "$.schema_version"


def test_unknown_template() -> None:
    data = sample_dict()
    data["template"] = "2020"
    assert schema_error(data).path == "$.template"


def test_template_and_table_keys_must_agree() -> None:
    data = sample_dict()  # template 2021
    data["template"] = "2019"
    assert schema_error(data).path.startswith("$.")


@pytest.mark.parametrize("data", ["{}", [], None, 1])
def test_from_dict_needs_an_object(data: Any) -> None:
    schema_error(data)


@pytest.mark.parametrize("layout", ["tab", "pipe", "pipe-cells", "vertical"])
def test_a_preamble_longer_than_the_sniff_prefix_does_not_hide_the_layout(layout: str) -> None:
    # readers score the layout on a bounded window; with 100+ KB of prose before the
    # tables that window must start near the tables, or the prose decides the reader
    from govinfo_reports.readers.base import SNIFF_PREFIX

    sample = gr.parse(gr.sample_path())
    rendered = gr.render(sample, layout)
    paragraph = "本机关坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化建设。"
    prose = "\n".join([paragraph] * (3 * SNIFF_PREFIX // len(paragraph)))
    heading = "一、总体情况"
    assert rendered.count(heading) <= 1
    if heading in rendered:
        long_text = rendered.replace(heading, f"{heading}\n{prose}", 1)
    else:
        long_text = f"{prose}\n{rendered}"
    assert long_text.find("第二十条") > 2 * SNIFF_PREFIX
    report = gr.parse(long_text)
    assert report.source.reader == gr.parse(rendered).source.reader
    assert gr.to_dict(report)["requests"] == gr.to_dict(sample)["requests"]
    assert gr.to_dict(report)["active_disclosure"] == gr.to_dict(sample)["active_disclosure"]
    assert report.review_litigation == sample.review_litigation


def test_a_long_report_of_tables_peaks_under_ten_times_its_size() -> None:
    # issue 7's memory target for a large input: the sample's tables repeated to ~1 MB.
    # The rows themselves take ~7x the input; the lines of the whole text (held beside
    # them while reading) and a new label string per table row used to add ~3x more.
    import gc
    import tracemalloc

    lines = gr.sample_text().split("\n")
    start = lines.index("二、主动公开政府信息情况")
    end = lines.index("五、存在的主要问题及改进情况")
    block = "\n".join(lines[start:end]) + "\n"
    head = "\n".join(lines[:start]) + "\n"
    tail = "\n".join(lines[end:])
    text = head + block * (1_000_000 // len(block.encode("utf-8"))) + tail
    data = text.encode("utf-8")
    del text, lines
    report = gr.parse(data)
    assert report.requests is not None and report.review_litigation is not None
    del report
    gc.collect()
    tracemalloc.start()
    try:
        kept = gr.parse(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del kept
    assert peak < 10 * len(data), f"peak {peak / len(data):.1f}x the input"


_TABLES = ("active_disclosure", "requests", "review_litigation")


@pytest.mark.parametrize("layout", ["pipe", "pipe-cells", "markdown"])
@pytest.mark.parametrize("bar", ["｜", "│", "┃"])
def test_full_width_and_box_drawing_bars_separate_cells_like_pipes(layout: str, bar: str) -> None:
    # found by a robustness hunt: with ｜ (U+FF5C) or │ (U+2502) between the cells every
    # line was one cell, and the tables came back blank
    sample = gr.parse(gr.sample_text())
    report = gr.parse(gr.render(sample, layout).replace("|", bar))
    assert report.source is not None and report.source.reader == "pipe"
    assert [gr.to_dict(report)[t] for t in _TABLES] == [gr.to_dict(sample)[t] for t in _TABLES]
    assert report.findings == ()


def test_a_table_drawn_with_box_characters_reads_like_the_pipe_table() -> None:
    sample = gr.parse(gr.sample_text())
    lines: list[str] = []
    for line in gr.render(sample, "pipe").split("\n"):
        if "|" in line and not line.replace("|", "").strip("-: "):
            continue  # a markdown rule: box rules stand between the rows instead
        if "|" in line:
            cells = line.strip().strip("|").split("|")
            rule = "┼".join("─" * (2 * len(cell)) for cell in cells)
            lines += [f"├{rule}┤", "│" + "│".join(cells) + "│"]
        else:
            lines.append(line)
    report = gr.parse("\n".join(lines))
    assert [gr.to_dict(report)[t] for t in _TABLES] == [gr.to_dict(sample)[t] for t in _TABLES]

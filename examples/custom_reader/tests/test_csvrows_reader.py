"""The csvrows reader on its own, and through govinfo_reports once the plugin is installed
(``pip install ./examples/custom_reader``; the entry point is what these tests check)."""

from __future__ import annotations

from pathlib import Path

from govinfo_csvrows import CsvRowsReader

import govinfo_reports as gr

SAMPLE = Path(__file__).resolve().parent.parent / "sample_report.csv"
reader = CsvRowsReader()


def cells(result: gr.ReadResult) -> list[list[tuple[str, int, int]]]:
    return [[(c.text, c.line, c.column) for c in row.cells] for row in result.grid.rows]


def test_the_installed_plugin_is_found_through_its_entry_point() -> None:
    info = gr.available_readers()["csvrows"]
    assert info.origin == "entry_point"
    assert info.distribution == "govinfo-reports-csvrows"
    assert isinstance(info.reader, CsvRowsReader)


def test_sample_parses_by_detection_and_adds_up() -> None:
    report = gr.parse(SAMPLE)
    assert report.source is not None and report.source.reader == "csvrows"
    assert (report.organ, report.year, report.template) == ("雁川市交通运输局", 2022, "2021")
    assert gr.validate(report) == []
    data = gr.to_dict(report)
    assert data["active_disclosure"]["administrative_fees"]["amount"] == {
        "value": "3.20",
        "unit": "万元",
    }
    assert data["requests"]["results"]["total"]["total"] == 24
    assert data["requests"]["carried_forward"]["legal_service_agency"] == 1
    assert data["review_litigation"]["litigation_direct"] == {
        "upheld": 1,
        "corrected": 0,
        "other": 0,
        "pending": 1,
        "total": 2,
    }


def test_sample_wins_detection_and_other_layouts_do_not_pick_it() -> None:
    assert gr.reader_scores(SAMPLE)[0] == ("csvrows", 1.0)
    report = gr.parse(gr.sample_text())
    assert report.source is not None and report.source.reader == "tab"
    assert reader.sniff(gr.sample_text()) == 0.0


def test_sniff_without_the_header_is_at_most_a_half() -> None:
    body = "\n".join(SAMPLE.read_text("utf-8").splitlines()[1:])
    assert 0.0 < reader.sniff(body) <= 0.5
    assert reader.sniff("规章,0,0,0\n") == 0.0  # too short to say
    assert reader.sniff("\ufeff项目 , 数值\r\n规章,0,0,0") == 1.0


def test_read_unquotes_cells_and_keeps_lines_and_empty_cells() -> None:
    text = '项目,数值\r\n\r\n"总体,情况"\r\n,"说""明"",含\n换行",1,,2\r\n规章,0,0,0\r\n'
    assert cells(reader.read(text)) == [
        [("总体,情况", 3, 0)],
        [("", 4, 0), ('说"明",含\n换行', 4, 1), ("1", 4, 2), ("", 4, 3), ("2", 4, 4)],
        [("规章", 6, 0), ("0", 6, 1), ("0", 6, 2), ("0", 6, 3)],
    ]


def test_the_header_is_skipped_only_as_the_first_record() -> None:
    assert cells(reader.read("\ufeff项目,数值\n项目,数值\n")) == [[("项目", 2, 0), ("数值", 2, 1)]]

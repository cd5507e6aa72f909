"""What a user gets for a mistake: a clear error that names the problem, never a silent
wrong result or a traceback from deep inside (found by a fresh-eyes audit)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import govinfo_reports as gr
from govinfo_reports import cli

# --- encoding= ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["hex", "rot13", "zlib", "base64"])
def test_a_codec_that_is_not_a_text_encoding_is_an_unknown_encoding(name: str) -> None:
    # before: LookupError "'hex' is not a text encoding; use codecs.decode() ..." from
    # deep inside, although parse() documents ParseError for an unknown encoding
    data = gr.sample_text().encode("utf-8")
    with pytest.raises(gr.ParseError, match=f"unknown encoding '{name}'"):
        gr.parse(data, encoding=name)
    with pytest.raises(LookupError, match=f"unknown encoding '{name}'"):
        gr.parse_many([gr.sample_path()], jobs=1, encoding=name)


def test_the_command_line_rejects_a_codec_that_is_not_a_text_encoding(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # before: accepted, then every file became an error record
    assert cli.main(["parse", "--encoding", "hex", str(gr.sample_path())]) == 2
    assert "unknown encoding 'hex'" in capsys.readouterr().err


def test_an_encoding_that_is_not_a_str_is_a_type_error() -> None:
    # before: AttributeError: 'int' object has no attribute 'strip'
    with pytest.raises(TypeError, match="encoding must be a str"):
        gr.parse(gr.sample_text().encode("utf-8"), encoding=936)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="encoding must be a str"):
        gr.parse_many([gr.sample_path()], jobs=1, encoding=b"gbk")  # type: ignore[arg-type]


def test_an_unknown_encoding_is_an_error_for_text_too() -> None:
    # before: silently ignored for a str source
    with pytest.raises(gr.ParseError, match="unknown encoding 'utf-9'"):
        gr.parse(gr.sample_text(), encoding="utf-9")
    assert gr.parse(gr.sample_text(), encoding="gbk").organ == "青禾县人民政府"


# --- parse_many ----------------------------------------------------------------------


@pytest.mark.parametrize("single", ["reports/a.txt", b"reports/a.txt", Path("reports/a.txt")])
def test_parse_many_of_one_path_is_a_type_error(single: object) -> None:
    # before: a str was iterated character by character, one error record per letter
    with pytest.raises(TypeError, match=r"iterable of paths, not one path .*\[path\]"):
        gr.parse_many(single, jobs=1)  # type: ignore[arg-type]


# --- from_dict: a damaged dict -------------------------------------------------------


def _sample_dict() -> dict[str, Any]:
    return gr.to_dict(gr.parse(gr.sample_text()))


def _schema_error(data: Any) -> gr.SchemaError:
    with pytest.raises(gr.SchemaError) as caught:
        gr.from_dict(data)
    return caught.value


@pytest.mark.parametrize(
    ("parent", "key"),
    [
        ("", "organ"),
        ("", "requests"),
        ("requests.results.granted", "total"),
        ("requests.results.other", "unpaid_fee"),
        ("active_disclosure.administrative_fees.amount", "unit"),
        ("review_litigation", "litigation_direct"),
    ],
)
def test_a_missing_key_is_an_error_at_its_object_not_a_blank(parent: str, key: str) -> None:
    # before: a missing cell, row, table or money unit came back as None (blank), so a
    # truncated or hand-edited dict lost published numbers without a word
    data = _sample_dict()
    node = data
    for part in filter(None, parent.split(".")):
        node = node[part]
    del node[key]
    error = _schema_error(data)
    assert error.path == "$" + (f".{parent}" if parent else "")
    assert str(error).endswith(f"missing key: {key}")


def test_a_2019_report_missing_a_key_is_read_as_2019() -> None:
    data = gr.to_dict(gr.parse(Path(__file__).parent / "fixtures" / "text" / "tab_2019.txt"))
    assert gr.from_dict(data).template == "2019"  # its (六) row has a key "other" too
    del data["requests"]["results"]["other"]["total"]
    assert str(_schema_error(data)) == "$.requests.results.other: missing key: total"


def test_a_2021_table_missing_a_key_is_not_taken_for_a_2019_table() -> None:
    # before: "$.active_disclosure.regulations: extra fields found (in_force, repealed)"
    data = _sample_dict()
    del data["active_disclosure"]["regulations"]["issued"]
    assert str(_schema_error(data)) == "$.active_disclosure.regulations: missing key: issued"


@pytest.mark.parametrize(
    ("value", "kind"),
    [(None, "null"), ([1, 2], "an array"), ("7", "a string ('7')"), (7, "a number (7)")],
)
def test_a_value_where_an_object_belongs_names_what_it_got(value: object, kind: str) -> None:
    # before: "unknown error ('list' object has no attribute 'keys')",
    # "argument of type 'NoneType' is not iterable"
    data = _sample_dict()
    data["requests"]["results"]["granted"] = value
    error = _schema_error(data)
    assert str(error) == f"$.requests.results.granted: expected an object, got {kind}"


# --- files that are not text --------------------------------------------------------


def _zip(member: str) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "a Word .doc, Excel .xls or WPS"),
        (_zip("word/document.xml"), "a Word .docx document"),
        (_zip("xl/workbook.xml"), "an Excel .xlsx workbook"),
        (_zip("OFD.xml"), "an OFD document"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "a PNG image"),
    ],
)
def test_a_pdf_or_word_file_says_what_it_is(tmp_path: Path, data: bytes, kind: str) -> None:
    # before: "no statutory table ... found in the source by any reader (scores: ...)",
    # or the PDF was decoded as UTF-16 by chardet; reports are often published as PDF
    # or Word files, and the user needs to hear that the text must be extracted first
    with pytest.raises(gr.ParseError, match=f"the source is {kind}.*extract the report's text"):
        gr.parse(data)
    path = tmp_path / "report.bin"
    path.write_bytes(data)
    [result] = gr.parse_many([path], jobs=1)
    assert result.error is not None
    assert result.error.message.startswith(f"the source is {kind}")


def test_text_that_merely_mentions_a_format_is_read() -> None:
    text = "PDF 版本见附件\n" + gr.sample_text()
    assert gr.parse(text.encode("utf-8")).organ == "青禾县人民政府"


# --- a file name passed as text ------------------------------------------------------


@pytest.mark.parametrize("exists", [True, False])
def test_a_file_name_passed_as_text_says_to_pass_a_path(tmp_path: Path, exists: bool) -> None:
    # before: "no statutory table ... found in the source by any reader (scores: ...)",
    # which does not tell a user who passed a file name what went wrong
    path = tmp_path / ("report.txt" if exists else "missing.html")
    if exists:
        path.write_text(gr.sample_text(), encoding="utf-8")
    with pytest.raises(gr.ParseError, match=r"never as a file name.*pass pathlib\.Path\("):
        gr.parse(str(path))
    with pytest.raises(gr.ParseError, match=r"pass pathlib\.Path\("):
        gr.reader_scores(str(path))
    if exists:
        assert gr.parse(path).organ == "青禾县人民政府"


@pytest.mark.parametrize("text", ["会议纪要：本周无事。", "see report.txt for details"])
def test_other_short_text_is_still_just_text(text: str) -> None:
    with pytest.raises(gr.ParseError, match="no statutory table"):
        gr.parse(text)


# --- the command line's output and inputs ------------------------------------------


def test_output_onto_a_folder_fails_before_reading_and_names_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # before: every file was parsed, then "[Errno 21] Is a directory:
    # '/…/.out._7sots9q.tmp' -> 'out'", naming a temporary file the user never made
    (tmp_path / "out").mkdir()
    read: list[object] = []

    def parse_many(*args: object, **kwargs: object) -> Iterator[gr.BatchResult]:
        read.append(args)  # runs when the first result is asked for
        yield from ()

    monkeypatch.setattr(cli, "parse_many", parse_many)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["parse", "-q", "-j", "1", str(gr.sample_path()), "-o", "out"]) == 1
    err = capsys.readouterr().err
    assert err == "govinfo-reports: cannot write the output file 'out': it is a folder\n"
    assert not [p for p in tmp_path.iterdir() if p.name != "out"]  # no temp file left
    assert read == []  # failed before reading any file


@pytest.mark.parametrize("command", ["parse", "validate", "sample"])
def test_output_into_a_missing_folder_names_the_output_not_a_temp_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    target = str(tmp_path / "no" / "out.txt")
    argv = [command, "-q", "-o", target] + ([] if command == "sample" else ["x.txt"])
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    folder = str(tmp_path / "no")
    assert err == (
        f"govinfo-reports: cannot write the output file {target!r}: No such file or "
        f"directory (the folder {folder!r} does not exist)\n"
    )
    assert ".tmp" not in err


def test_a_dash_for_stdin_is_a_usage_error_that_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # before: an error record "[Errno 2] No such file or directory: '-'" and status 1
    monkeypatch.chdir(tmp_path)
    assert cli.main(["parse", "-"]) == 2
    err = capsys.readouterr().err
    assert "usage: govinfo-reports parse " in err  # the command's own usage
    assert "PATH '-': reports are not read from stdin" in err
    (tmp_path / "-").write_text(gr.sample_text(), encoding="utf-8")  # a file named '-'
    assert cli.main(["validate", "-q", "-"]) == 1
    assert "1 file: 0 without errors, 1 with errors" in capsys.readouterr().out


# --- to_dataframe ---------------------------------------------------------------------


def test_to_dataframe_of_one_item_is_a_type_error() -> None:
    pytest.importorskip("pandas")
    report = gr.parse(gr.sample_text())
    # before: a dict's keys were taken for items ("... not str"), a Report "is not iterable"
    for single in (report, gr.to_dict(report), gr.parse_to_dict(gr.sample_path())):
        with pytest.raises(TypeError, match=r"iterable of items .* pass \[item\]"):
            gr.to_dataframe(single)  # type: ignore[arg-type]


def test_to_dataframe_names_the_column_and_row_a_count_does_not_fit() -> None:
    pytest.importorskip("pandas")
    # a count too large for Int64 (the parser reads a 21-digit cell as one count)
    text = gr.sample_text()
    line = next(x for x in text.splitlines() if x.startswith("一、本年新收"))
    huge = gr.parse(text.replace(line, line[: -len("13")] + "123456789012345678901"))
    assert huge.requests is not None
    assert huge.requests.new_received.total == 123456789012345678901
    # before: OverflowError "Python int too large to convert to C long", no column named
    with pytest.raises(ValueError, match=r"column 'requests\.new_received\.total', row 1 "):
        gr.to_dataframe([gr.parse(text), huge])


# --- folders and patterns that hold no file ---------------------------------------


def test_an_empty_folder_is_a_record_not_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # before: no record at all and status 0 ("0 files: 0 reports, 0 unreadable"): a
    # wrong or empty folder looked like a successful run
    (tmp_path / "empty" / ".git").mkdir(parents=True)
    (tmp_path / "empty" / ".DS_Store").write_bytes(b"\0")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["parse", "-q", "-j", "1", "empty"]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {
        "source": "empty",
        "error": {
            "type": "ParseError",
            "message": "a folder without a file to read (names starting with '.' are skipped)",
        },
    }
    assert cli.main(["validate", "-q", "-j", "1", "empty"]) == 1
    assert "1 file: 0 without errors, 0 with errors, 1 unreadable" in capsys.readouterr().out


def test_a_pattern_that_matches_nothing_says_so(tmp_path: Path) -> None:
    # before: "[Errno 2] No such file or directory: 'reports/*.txt'"
    pattern = str(tmp_path / "reports" / "*.txt")
    [result] = gr.parse_many(gr.batch.expand_paths([pattern]), jobs=1)
    assert result.error == gr.BatchError(
        "FileNotFoundError", f"no such file, and no file matches the pattern {pattern!r}"
    )


def test_a_folder_given_to_parse_many_points_to_expand_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(gr.sample_text(), encoding="utf-8")
    [result] = gr.parse_many([tmp_path], jobs=1)
    assert result.error is not None
    assert result.error.message == "a folder, not a report: expand_paths() lists the files in it"


@pytest.mark.parametrize("name", ["reports.xlsx", "reports.XLS", "reports.parquet"])
def test_an_output_named_for_another_format_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # before: JSONL was written into reports.xlsx, which Excel then refuses to open
    out = tmp_path / name
    assert cli.main(["parse", "-q", "-j", "1", str(gr.sample_path()), "-o", str(out)]) == 2
    assert "this writes JSONL, JSON or CSV" in capsys.readouterr().err
    assert not out.exists()
    forced = ["parse", "-q", "-j", "1", str(gr.sample_path()), "-o", str(out), "-f", "csv"]
    assert cli.main(forced) == 0  # asked for by name: written
    assert out.read_text("utf-8").startswith("source,error_type,")


# --- file names that are not UTF-8 --------------------------------------------------


@pytest.fixture
def gbk_named(tmp_path: Path) -> Path:
    """A report whose file name is GBK bytes (a ZIP made on Chinese Windows)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    name = os.fsencode(folder) + b"/" + "报告2023.txt".encode("gbk")
    try:
        with open(name, "wb") as file:
            file.write(gr.sample_text().encode("utf-8"))
    except (OSError, UnicodeError):
        pytest.skip("the file system does not take a non-UTF-8 file name")
    return folder


@pytest.mark.parametrize("form", ["jsonl", "json", "csv"])
def test_a_file_name_that_is_not_utf8_does_not_stop_the_output(
    gbk_named: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    # before: UnicodeEncodeError "surrogates not allowed" with a traceback after the
    # whole batch was parsed, and no output file
    out = tmp_path / f"out.{form}"
    assert cli.main(["parse", "-q", "-j", "1", str(gbk_named), "-o", str(out)]) == 0
    written = out.read_bytes().decode("utf-8")  # valid UTF-8
    name = "reports/\\xb1\\xa8\\xb8\\xe62023.txt"  # the GBK bytes of 报告, as text
    assert (name if form == "csv" else json.dumps(name)[1:-1]) in written
    assert "青禾县人民政府" in written
    assert cli.main(["validate", "-q", str(gbk_named), "-o", str(out)]) == 1
    assert out.read_text("utf-8").startswith("1 file: 0 without errors, 1 with errors")


def test_the_record_of_a_non_utf8_file_name_is_valid_unicode(gbk_named: Path) -> None:
    [path] = list(gr.batch.expand_paths([gbk_named]))
    record = gr.parse_to_dict(path)
    assert record["source"].endswith("reports/\\xb1\\xa8\\xb8\\xe62023.txt")
    json.dumps(record, ensure_ascii=False).encode("utf-8")  # no surrogates left
    assert record["report"]["organ"] == "青禾县人民政府"
    [result] = gr.parse_many([path], jobs=1)
    assert result.source == path  # the path itself stays usable from Python


def test_a_broken_symlink_says_so(tmp_path: Path) -> None:
    # before: "[Errno 2] No such file or directory: '…/link.txt'" for a name that is
    # listed right there in the folder
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    [result] = gr.parse_many([link], jobs=1)
    target = str(tmp_path / "gone.txt")
    assert result.error == gr.BatchError(
        "FileNotFoundError", f"a broken symbolic link: its target {target!r} does not exist"
    )


@pytest.mark.parametrize("command", ["parse", "validate"])
def test_the_output_file_in_the_input_folder_is_not_read_as_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    # before: a second run read the first run's output as a report: one more record,
    # "no statutory table", and status 1
    (tmp_path / "a.txt").write_text(gr.sample_text(), encoding="utf-8")
    out = tmp_path / "out.txt"
    out.write_text("a previous run's output\n", encoding="utf-8")
    argv = [command, "-j", "1", str(tmp_path), "-o", str(out)]
    cli.main(argv)
    assert "1 file: " in (out.read_text("utf-8") + capsys.readouterr().err)


def test_a_url_passed_as_text_says_it_is_not_fetched() -> None:
    # before: "no statutory table ... (scores: ...)"
    url = "https://www.example.gov.cn/zwgk/2023/report.html"
    with pytest.raises(gr.ParseError, match=r"does not fetch URLs: download 'https://"):
        gr.parse(url)


def test_an_mhtml_archive_says_what_it_is() -> None:
    # Word's and browsers' "single file web page": the HTML is quoted-printable inside
    # a MIME archive. Before: "no statutory table ... (scores: html=1.00, ...)"
    import quopri

    page = gr.render(gr.parse(gr.sample_text()), "html")
    assert gr.parse(page).organ == "青禾县人民政府"  # the page itself reads
    data = (
        b"From: <Saved by Microsoft Word>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
        b"------=_NextPart_01\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        b'Content-Type: text/html; charset="gb2312"\r\n\r\n'
        + quopri.encodestring(page.encode("gb18030"))
        + b"\r\n------=_NextPart_01--\r\n"
    )
    with pytest.raises(gr.ParseError, match=r"an MHTML web archive .* save the page as \.html"):
        gr.parse(data)


@pytest.mark.parametrize("path", [None, 3])
def test_parse_to_dict_never_raises_even_for_something_that_is_not_a_path(path: object) -> None:
    # before: TypeError "expected str, bytes or os.PathLike object", although
    # parse_to_dict "never raises, so one bad file cannot fail a job"
    record = gr.parse_to_dict(path)  # type: ignore[arg-type]
    assert record["source"] == repr(path)
    assert record["error"]["type"] == "TypeError"
    # and a batch records it in its place instead of stopping half-way
    results = list(gr.parse_many([gr.sample_path(), path, gr.sample_path()], jobs=1))  # type: ignore[list-item]
    assert [r.ok for r in results] == [True, False, True]


def test_a_bytes_path_is_read() -> None:
    assert gr.parse_to_dict(os.fsencode(gr.sample_path()))["report"]["organ"] == "青禾县人民政府"  # type: ignore[arg-type]


def test_an_output_that_is_a_symlink_writes_its_target(tmp_path: Path) -> None:
    # before: the link was replaced by a regular file and its target kept the old data
    target = tmp_path / "runs" / "2023.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    assert cli.main(["parse", "-q", "-j", "1", str(gr.sample_path()), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert json.loads(target.read_text("utf-8"))["report"]["organ"] == "青禾县人民政府"
    assert sorted(p.name for p in target.parent.iterdir()) == ["2023.jsonl"]  # no temp left


# --- validate() of a hand-built report ----------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown"), [("5", "'5' (str)"), (b"5", "b'5' (bytes)"), ([5], "[5] (list)")]
)
def test_validate_names_a_hand_built_cell_of_the_wrong_kind(value: object, shown: str) -> None:
    # before: "can only concatenate str (not 'int') to str" from inside a rule
    report = gr.parse(gr.sample_text())
    requests = report.requests
    assert requests is not None
    broken = attrs.evolve(
        report,
        requests=attrs.evolve(
            requests, new_received=attrs.evolve(requests.new_received, natural_person=value)
        ),
    )
    with pytest.raises(TypeError, match=r"requests\.new_received\.natural_person holds ") as err:
        gr.validate(broken)
    assert shown in str(err.value)


def test_validate_of_a_hand_built_report_of_right_kinds_gives_findings() -> None:
    # the check that names a wrong cell does not stop a report of the right kinds
    report = gr.parse(gr.sample_text())
    requests = report.requests
    assert requests is not None
    total = requests.carried_forward.total
    assert total is not None
    changed = attrs.evolve(
        report,
        requests=attrs.evolve(
            requests, carried_forward=attrs.evolve(requests.carried_forward, total=total + 1)
        ),
    )
    before = {(f.code, f.path) for f in gr.validate(report)}
    after = {(f.code, f.path) for f in gr.validate(changed)}
    assert ("row_total", "requests.carried_forward.total") not in before
    assert ("row_total", "requests.carried_forward.total") in after

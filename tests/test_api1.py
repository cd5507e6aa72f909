"""The public surface as a careful user meets it: from_dict's contract, sources that
are paths to odd files, to_dataframe on a batch holding an odd report."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr
from govinfo_reports import ParseError, SchemaError, cli
from govinfo_reports import source as source_module


def _sample_dict() -> dict[str, Any]:
    return gr.to_dict(gr.parse(gr.sample_text()))


# --- from_dict: only the canonical form, and only SchemaError ------------------------


@pytest.mark.parametrize(
    "where",
    [
        (),
        ("requests",),
        ("requests", "new_received"),
        ("active_disclosure", "administrative_fees", "amount"),
    ],
)
@pytest.mark.parametrize("key", [7, None, ("a", "b")])
def test_a_key_that_is_not_a_string_is_a_schema_error_at_its_object(
    where: tuple[str, ...], key: Any
) -> None:
    # JSON objects have string keys only; a dict built in Python may not. Before, the
    # error path joined the keys as strings and a TypeError escaped from_dict.
    data = _sample_dict()
    node = data
    for name in where:
        node = node[name]
    node[key] = 1
    with pytest.raises(SchemaError) as caught:
        gr.from_dict(data)
    assert caught.value.path == "$" + "".join(f".{name}" for name in where)
    assert repr(key) in str(caught.value)


@pytest.mark.parametrize("value", [" 12.50", "12.50 ", "1_204.5", "12.50\n", "１２.５"])
def test_a_money_value_that_is_not_a_plain_decimal_string_is_a_schema_error(value: str) -> None:
    # Decimal() reads white space, underscores and full-width digits; to_dict never
    # writes them, and reading them changed the string published ('1_204.5' came back
    # from to_dict as '1204.5') with no error.
    data = _sample_dict()
    data["active_disclosure"]["administrative_fees"]["amount"]["value"] = value
    with pytest.raises(SchemaError) as caught:
        gr.from_dict(data)
    assert caught.value.path == "$.active_disclosure.administrative_fees.amount.value"


@pytest.mark.parametrize("value", ["12.50", "-3", "0", "0.000", "1E+3", "5E-7", "1204"])
def test_decimal_strings_as_to_dict_writes_them_read_back_exactly(value: str) -> None:
    data = _sample_dict()
    data["active_disclosure"]["administrative_fees"]["amount"]["value"] = value
    report = gr.from_dict(data)
    assert gr.to_dict(report)["active_disclosure"]["administrative_fees"]["amount"]["value"] == (
        value
    )


# --- parse(path): files that are not regular files ---------------------------------------


def test_a_path_to_a_device_that_never_ends_is_refused_at_the_size_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # /dev/zero (and a FIFO, a growing log) stat as 0 bytes: the size check passed and
    # read_bytes() read until memory ran out. Now at most MAX_BYTES + 1 bytes are read.
    monkeypatch.setattr(source_module, "MAX_BYTES", 4096)
    with pytest.raises(ParseError, match="more than the 4096"):
        gr.parse(Path("/dev/zero"))


def test_a_file_at_the_size_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = gr.sample_text().encode("utf-8")
    monkeypatch.setattr(source_module, "MAX_BYTES", len(data))
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    assert gr.parse(path).organ == "青禾县人民政府"
    monkeypatch.setattr(source_module, "MAX_BYTES", len(data) - 1)
    with pytest.raises(ParseError, match="more than the"):
        gr.parse(path)


class _BytesPath(os.PathLike[bytes]):
    def __init__(self, path: bytes) -> None:
        self.path = path

    def __fspath__(self) -> bytes:
        return self.path


def test_a_path_like_object_giving_bytes_is_read_like_its_str(tmp_path: Path) -> None:
    # os.PathLike may give bytes (os.DirEntry of a bytes scandir does); parse_many
    # read those, parse() raised pathlib's TypeError.
    path = tmp_path / "报告.txt"
    path.write_text(gr.sample_text(), encoding="utf-8")
    report = gr.parse(_BytesPath(os.fsencode(path)))
    assert report.organ == "青禾县人民政府"
    assert report.source.path == str(path)


# --- the command line: an --output that is one of the inputs named ----------------------


@pytest.mark.parametrize("command", ["parse", "validate"])
@pytest.mark.parametrize("spelled", ["same", "dotted", "link"])
def test_an_output_named_as_an_input_file_is_a_usage_error_and_the_file_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, spelled: str
) -> None:
    # `parse report.txt -o report.txt` (a slip for report.jsonl): the output was left
    # out of the inputs, as a previous run's output in a folder is, so the command read
    # nothing, wrote "0 files" over the report and exited 0. The report was lost.
    report = tmp_path / "report.txt"
    report.write_text(gr.sample_text(), encoding="utf-8")
    named = str(report)
    if spelled == "dotted":
        named = str(tmp_path / "." / "report.txt")
    elif spelled == "link":
        named = str(tmp_path / "link.txt")
        os.symlink(report, named)
    assert cli.main([command, "-q", "-j", "1", named, "-o", str(report)]) == 2
    assert "is also an input" in capsys.readouterr().err
    assert report.read_text("utf-8") == gr.sample_text()


def test_an_output_in_an_input_folder_is_still_left_out_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(gr.sample_text(), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("a previous run's output\n", encoding="utf-8")
    assert cli.main(["parse", "-q", "-j", "1", str(tmp_path), "-o", str(out)]) == 0
    assert len(out.read_text("utf-8").splitlines()) == 1


# --- parse(str): a file name passed where the text belongs --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("reports/2023.txt\n", "reports/2023.txt"),  # a line of a list of files
        ("reports/2023.htm\r\n", "reports/2023.htm"),
        ('"reports/2023.txt"', "reports/2023.txt"),  # copied with its quotes
        ("C:\\报告\\2023 年报.txt", "C:\\报告\\2023 年报.txt"),  # a name with a space
    ],
)
def test_a_file_name_with_a_line_end_quotes_or_a_space_is_named_as_one(
    text: str, name: str
) -> None:
    # before: "no statutory table ... found by any reader (scores: ...)", which says
    # nothing of the slip; now the message says to pass a Path, with the name cleaned
    with pytest.raises(ParseError, match="never as a file name") as caught:
        gr.parse(text)
    assert f"pathlib.Path({name!r})" in str(caught.value)


def test_an_existing_file_named_with_a_line_end_is_named_as_one(tmp_path: Path) -> None:
    path = tmp_path / "年报 2023.dat"
    path.write_text(gr.sample_text(), encoding="utf-8")
    with pytest.raises(ParseError, match="never as a file name"):
        gr.parse(f"{path}\n")


@pytest.mark.parametrize("text", ["会议纪要：本周无事。", "附件：2023年度报告\n正文见下"])
def test_one_line_of_prose_is_not_taken_for_a_file_name(text: str) -> None:
    with pytest.raises(ParseError, match="no statutory table"):
        gr.parse(text)


# --- parse(str): a page's bytes decoded as Latin-1 (requests' Response.text) --------------


def _html_page(charset: str) -> str:
    page = gr.render(gr.parse(gr.sample_text()), "html")
    return page.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')


@pytest.mark.parametrize(
    ("name", "encoding", "wrong"),
    [
        ("text", "utf-8", "latin-1"),
        ("text", "gb18030", "latin-1"),
        ("html", "utf-8", "latin-1"),
        ("html", "gb18030", "latin-1"),
    ],
)
def test_text_that_is_a_pages_bytes_decoded_as_latin1_is_read_as_those_bytes(
    name: str, encoding: str, wrong: str
) -> None:
    # requests gives Response.text decoded as ISO-8859-1 when the server names no
    # charset (many government sites); before, parse(r.text) raised "no statutory table"
    text = gr.sample_text() if name == "text" else _html_page(encoding)
    expected = gr.parse(text.encode(encoding))
    mangled = text.encode(encoding).decode(wrong)
    report = gr.parse(mangled)
    assert report == expected
    assert report.title == "青禾县人民政府2023年政府信息公开工作年度报告"
    assert report.source.encoding == expected.source.encoding
    [note] = [f for f in report.findings if f.code == "encoding"]
    assert note.severity == "warning"
    assert wrong in note.message and "Response.content" in note.message


def test_text_of_latin1_letters_without_a_report_is_still_no_report() -> None:
    with pytest.raises(ParseError, match="no statutory table"):
        gr.parse("Café crème, déjà vu: à bientôt. " * 20)


def test_a_chinese_text_is_not_taken_for_mangled_bytes() -> None:
    # a report typed with a Latin-1 letter or two (é, ×) is Chinese text as it is
    text = gr.sample_text().replace("青禾县", "青禾县（Café）", 1)
    report = gr.parse(text)
    assert report.source.encoding is None and report.source.encoding_method == "str"
    assert not [f for f in report.findings if f.code == "encoding"]


# --- bytes: a UTF-8 byte-order mark before bytes in another encoding -----------------------


def test_a_utf8_bom_before_gbk_bytes_is_set_aside_with_a_warning() -> None:
    # an editor told to save "UTF-8 with BOM" that wrote the BOM only: the BOM was
    # trusted, every Chinese character became U+FFFD and parse raised "no statutory
    # table". Now the bytes after it are detected as any other.
    text = gr.sample_text()
    expected = gr.parse(text)
    report = gr.parse(b"\xef\xbb\xbf" + text.encode("gb18030"))
    assert report == expected
    assert report.source.encoding == "gb18030"
    [note] = [f for f in report.findings if f.code == "encoding"]
    assert note.severity == "warning" and "byte-order mark" in note.message


def test_a_utf8_bom_before_utf8_with_a_damaged_byte_keeps_the_bom_reading() -> None:
    data = b"\xef\xbb\xbf" + gr.sample_text().encode("utf-8")
    cut = data.index("规章".encode()) + 1
    report = gr.parse(data[:cut] + b"\xff" + data[cut:])
    assert report.source.encoding == "utf-8"
    assert report.source.encoding_method == "bom+replace"


def test_a_batch_record_given_to_from_dict_says_to_pass_its_report() -> None:
    # before: "$.schema_version: unsupported schema_version None", which sends the
    # user looking for a version problem; a JSONL line of the command line or
    # parse_to_dict's record holds the canonical form under "report"
    record = gr.parse_to_dict(gr.sample_path())
    with pytest.raises(SchemaError, match=r"a batch record .* record\['report'\]") as caught:
        gr.from_dict(record)
    assert caught.value.path == "$"
    assert gr.from_dict(record["report"]) == gr.parse(gr.sample_path())
    failed = gr.parse_to_dict("no/such/report.txt")
    with pytest.raises(SchemaError, match="a batch record of a file that yielded no report"):
        gr.from_dict(failed)


@pytest.mark.parametrize("extra", ["\xa0", "\xa0\xa0", "©", "é"])
def test_a_page_spelling_its_chinese_in_entities_is_read_as_the_text_given(extra: str) -> None:
    # all its characters below U+0100, with Latin-1 ones (runs of NBSP) among them: not
    # bytes decoded as Latin-1 (decoded so, NBSP pairs read as GB18030 characters)
    page = gr.render(gr.parse(gr.sample_text()), "html")
    spelled = "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in page)
    if extra.isspace():  # NBSP in cells: a blank's padding
        spelled = spelled.replace("<td>", "<td>" + extra, 200)
    else:  # Latin-1 letters in a paragraph
        spelled = spelled.replace("</body>", f"<p>{extra * 100}</p></body>")
    report = gr.parse(spelled)
    assert report == gr.parse(page)
    assert report.source.encoding_method == "str"
    assert not [f for f in report.findings if f.code == "encoding"]


# --- folders: symlinks that lead back round ------------------------------------------------


def test_two_folders_linking_to_each_other_are_walked_once_each_way(tmp_path: Path) -> None:
    # A/toB -> B and B/toA -> A: neither link points to a folder above its own, so the
    # walk went A, A/toB, A/toB/toA, … until the path was too long (thousands of records
    # of the same two files). Now a link to a folder already on the walked path is not
    # followed, as a link to a folder above is not.
    from govinfo_reports.batch import expand_paths

    (tmp_path / "A").mkdir()
    (tmp_path / "B").mkdir()
    (tmp_path / "A" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "B" / "b.txt").write_text("b", encoding="utf-8")
    os.symlink(tmp_path / "B", tmp_path / "A" / "toB")
    os.symlink(tmp_path / "A", tmp_path / "B" / "toA")
    found = [os.path.relpath(p, tmp_path) for p in expand_paths([tmp_path])]
    assert found == [
        os.path.join("A", "a.txt"),
        os.path.join("A", "toB", "b.txt"),
        os.path.join("B", "b.txt"),
        os.path.join("B", "toA", "a.txt"),
    ]


@pytest.mark.parametrize("links", ["each_other", "above"])
def test_a_recursive_glob_does_not_go_round_folder_links(tmp_path: Path, links: str) -> None:
    # glob's ** follows links to folders: 'reports/**/*.txt' went round the same loops
    # until the system refused the path (40 links deep: 82 records of two files)
    from govinfo_reports.batch import expand_paths

    (tmp_path / "A").mkdir()
    (tmp_path / "B").mkdir()
    (tmp_path / "A" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "B" / "b.txt").write_text("b", encoding="utf-8")
    if links == "each_other":
        os.symlink(tmp_path / "B", tmp_path / "A" / "toB")
        os.symlink(tmp_path / "A", tmp_path / "B" / "toA")
        expected = ["A/a.txt", "A/toB/b.txt", "B/b.txt", "B/toA/a.txt"]
    else:
        os.symlink(tmp_path, tmp_path / "A" / "up")
        expected = ["A/a.txt", "B/b.txt"]
    found = [os.path.relpath(p, tmp_path) for p in expand_paths([f"{tmp_path}/**/*.txt"])]
    assert found == [os.path.join(*name.split("/")) for name in expected]
    assert sorted(found) == sorted(os.path.relpath(p, tmp_path) for p in expand_paths([tmp_path]))


@pytest.mark.parametrize("copies", [1, 20, 60, 200])
def test_a_utf8_bom_before_utf8_with_a_gbk_footer_keeps_the_bom_reading(copies: int) -> None:
    # a guard: the mark is set aside only for bytes another charset reads whole; a
    # UTF-8 page with a long footer included in GBK reads as UTF-8 after its mark
    footer = ("页脚：版权所有青禾县人民政府办公室主办" * copies).encode("gb18030")
    report = gr.parse(b"\xef\xbb\xbf" + gr.sample_text().encode("utf-8") + footer)
    assert report == gr.parse(gr.sample_text())
    assert report.source.encoding == "utf-8"
    assert report.source.encoding_method == "bom+replace"

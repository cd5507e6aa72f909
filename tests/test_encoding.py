"""Decoding bytes: BOM, strict UTF-8, the declared charset, GB18030, then chardet.

chardet is slow; the tests that must not reach it replace it with a function that fails.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

import chardet
import pytest

import govinfo_reports as gr
from govinfo_reports.errors import ParseError
from govinfo_reports.source import (
    CHARDET_SAMPLE,
    canonical_encoding,
    declared_encoding,
    decode_bytes,
    load,
)

TEXT = "鹤川市市场监督管理局2019年政府信息公开工作年度报告\n一、本年新收申请数量\t6\t1\t0\n"
GB18030_ONLY = "䶮川市𠀀局政府信息公开工作年度报告"  # neither character is in GBK
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "html" / "word_2021_split.html"


def page(charset: str | None, body: str = TEXT, title: str = "年度报告") -> str:
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        if charset
        else ""
    )
    return f"<html><head>{meta}<title>{title}</title></head><body><p>{body}</p></body></html>"


@pytest.fixture
def no_chardet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(data: bytes) -> dict[str, object]:
        raise AssertionError("chardet must not run on input the cheap steps decode")

    monkeypatch.setattr(chardet, "detect", refuse)
    yield


@pytest.fixture
def chardet_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = chardet.detect

    def counting(data: bytes) -> dict[str, object]:
        calls.append(len(data))
        return dict(real(data))

    monkeypatch.setattr(chardet, "detect", counting)
    return calls


@pytest.mark.usefixtures("no_chardet")
@pytest.mark.parametrize(
    ("data", "encoding", "method"),
    [
        (TEXT.encode("utf-8"), "utf-8", "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", "bom"),
        (TEXT.encode("utf-16"), "utf-16-le", "bom"),  # Python writes a little-endian BOM
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", "bom"),
        (TEXT.encode("utf-32"), "utf-32-le", "bom"),
        (page(None).encode("utf-16-le"), "utf-16-le", "nul-pattern"),
        (page(None).encode("utf-16-be"), "utf-16-be", "nul-pattern"),
        (TEXT.encode("gbk"), "gb18030", "gb18030"),
        (GB18030_ONLY.encode("gb18030"), "gb18030", "gb18030"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-bom", "utf-32-bom", "utf-16-le-html",
         "utf-16-be-html", "gbk", "gb18030"],
)  # fmt: skip
def test_clean_bytes_decode_without_chardet(data: bytes, encoding: str, method: str) -> None:
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.method) == (encoding, method)
    assert "\ufeff" not in decoded.text and "\ufffd" not in decoded.text
    assert "政府信息公开" in decoded.text
    assert decoded.findings == ()


def test_gb18030_only_characters_survive() -> None:
    assert decode_bytes(GB18030_ONLY.encode("gb18030")).text == GB18030_ONLY


@pytest.mark.usefixtures("no_chardet")
def test_declared_charset_honoured_when_right() -> None:
    decoded = decode_bytes(page("gb2312").encode("gbk"))
    assert (decoded.encoding, decoded.method, decoded.findings) == ("gb18030", "declared", ())
    big5 = page("big5", "臺灣省政府資訊公開年報", "年報").encode("big5")
    decoded = decode_bytes(big5)
    assert (decoded.encoding, decoded.method) == ("big5hkscs", "declared")
    assert "臺灣省政府資訊公開年報" in decoded.text


@pytest.mark.usefixtures("no_chardet")
@pytest.mark.parametrize(
    ("declared", "codec", "expected"),
    [
        ("gb2312", "utf-8", "utf-8"),  # the bytes are valid UTF-8: UTF-8 wins
        ("utf-8", "gbk", "gb18030"),  # not UTF-8 at all
        ("iso-8859-1", "gbk", "gb18030"),  # decodes anything, but not into Chinese
        ("windows-1252", "gbk", "gb18030"),
        ("utf-16", "gbk", "gb18030"),  # an ASCII-compatible page cannot be UTF-16
    ],
)
def test_wrong_declared_charset_is_overridden(declared: str, codec: str, expected: str) -> None:
    decoded = decode_bytes(page(declared).encode(codec))
    assert decoded.encoding == expected
    assert TEXT.strip() in decoded.text
    assert [f.code for f in decoded.findings] == ["encoding"]
    assert declared in decoded.findings[0].message


@pytest.mark.usefixtures("no_chardet")
def test_declared_charset_of_ascii_page_is_not_contradicted() -> None:
    decoded = decode_bytes(page("gb2312", "report", "report").encode("ascii"))
    assert (decoded.encoding, decoded.method, decoded.findings) == ("utf-8", "utf-8", ())


@pytest.mark.usefixtures("no_chardet")
@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_a_few_damaged_bytes_are_replaced_and_reported(codec: str) -> None:
    data = (TEXT * 50).encode(codec)
    at = data.index(b"\t6", 300)  # between two characters
    damaged = data[:at] + b"\xff" + data[at:] + "政".encode(codec)[:-1]  # + a cut-off char
    decoded = decode_bytes(damaged)
    assert (decoded.encoding, decoded.method) == (codec, f"{codec}+replace")
    assert decoded.text.count("\ufffd") == 2
    assert decoded.text.count("鹤川市市场监督管理局") == 50  # everything else intact
    assert [f.code for f in decoded.findings] == ["encoding"]


@pytest.mark.usefixtures("no_chardet")
@pytest.mark.parametrize("declared", ["utf-8", "UTF8", None, "gb2312"])
def test_a_utf8_page_with_a_part_in_gbk_is_read_as_utf8(declared: str | None) -> None:
    # a footer or a sidebar included in GBK (a server-side include saved in another
    # encoding): more damaged sequences than a few, but the page says UTF-8 and the rest
    # of it is UTF-8; read as UTF-8 with the GBK part replaced (it was chardet's guess,
    # a single-byte code page: no Chinese left and no table found)
    footer = "主办单位：青禾县人民政府办公室　地址：青禾县人民路1号　" * 5
    body = page(declared, TEXT * 8).encode("utf-8")
    data = body.replace(b"</body>", f"<p>{footer}</p>".encode("gbk") + b"</body>")
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.method) == ("utf-8", "utf-8+replace")
    assert decoded.text.count(TEXT.strip()) == 8
    codes = ["encoding"] if declared != "gb2312" else ["encoding", "encoding"]
    assert [f.code for f in decoded.findings] == codes  # (and one for the declared gb2312)
    assert "damaged" in decoded.findings[-1].message


@pytest.mark.usefixtures("no_chardet")
def test_a_gbk_page_declaring_utf8_with_a_few_utf8_characters_is_gbk() -> None:
    # the other way round: GBK bytes with UTF-8 declared fail as UTF-8 on nearly every
    # character, far more than the declared charset is given
    data = page("utf-8", TEXT * 8).encode("gbk") + "青禾".encode()
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert decoded.text.count(TEXT.strip()) == 8


def test_chardet_for_what_nothing_else_decodes(chardet_calls: list[int]) -> None:
    """GB18030 decodes most double-byte text, so chardet is left with other scripts."""
    russian = ("Годовой отчёт об открытости информации, таблица 3. " * 40).encode("cp1251")
    decoded = decode_bytes(russian)
    assert (decoded.encoding, decoded.method) == ("cp1251", "chardet")
    assert "Годовой отчёт" in decoded.text
    assert chardet_calls == [len(russian)]


def test_chardet_sees_a_bounded_sample(chardet_calls: list[int]) -> None:
    russian = ("Годовой отчёт об открытости информации. " * 5_000).encode("cp1251")
    assert len(russian) > CHARDET_SAMPLE
    assert decode_bytes(russian).method == "chardet"
    assert chardet_calls == [CHARDET_SAMPLE]


def test_undecodable_bytes_fall_back_with_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chardet, "detect", lambda data: {"encoding": None, "confidence": 0.0})
    noise = bytes(range(0x80, 0x100)) * 40
    decoded = decode_bytes(noise)
    assert (decoded.encoding, decoded.method) == ("gb18030", "gb18030+replace")
    assert [f.code for f in decoded.findings] == ["encoding"]
    assert "\ufffd" in decoded.text


def test_encoding_argument_overrides() -> None:
    data = TEXT.encode("gbk")
    decoded = decode_bytes(data, "GBK")
    assert (decoded.encoding, decoded.method, decoded.text) == ("gb18030", "argument", TEXT)
    latin = decode_bytes(data, "latin-1")  # the caller's word is taken, even when wrong
    assert (latin.encoding, latin.method) == ("iso8859-1", "argument")
    assert decode_bytes(codecs.BOM_UTF8 + b"abc", "utf-8").text == "abc"
    with pytest.raises(ParseError, match="not valid utf-8"):
        decode_bytes(data, "utf-8")
    with pytest.raises(ParseError, match="unknown encoding"):
        decode_bytes(data, "no-such-codec")


@pytest.mark.parametrize(
    ("label", "codec"),
    [("GB2312", "gb18030"), ("x-gbk", "gb18030"), ("cp936", "gb18030"), ("GBK", "gb18030"),
     ("UTF8", "utf-8"), ("big5", "big5hkscs"), ("Latin1", "iso8859-1"), ("bogus", None)],
)  # fmt: skip
def test_canonical_encoding(label: str, codec: str | None) -> None:
    assert canonical_encoding(label) == codec


def test_declared_encoding_forms() -> None:
    assert declared_encoding(b'<meta charset="GBK">') == ("GBK", "gb18030")
    assert declared_encoding(b"<meta charset=utf-8 />") == ("utf-8", "utf-8")
    xml = b'<?xml version="1.0" encoding="gb2312"?><html>'
    assert declared_encoding(xml) == ("gb2312", "gb18030")
    assert declared_encoding(b" " * 40_000 + b'<meta charset="gbk">') is None  # beyond the prefix
    assert declared_encoding(b'<meta charset="klingon">') is None


def test_load_sources(tmp_path: Path) -> None:
    assert load("文本").method == "str"
    path = tmp_path / "r.txt"
    path.write_bytes(TEXT.encode("gbk"))
    decoded = load(path)
    assert (decoded.path, decoded.encoding, decoded.text) == (str(path), "gb18030", TEXT)
    assert load(bytearray(TEXT.encode("utf-8"))).text == TEXT
    assert load(b"plain ASCII").method == "utf-8"
    with pytest.raises(TypeError):
        load(3)
    with pytest.raises(ParseError, match="directory"):
        load(tmp_path)


def test_parse_records_the_encoding() -> None:
    html = FIXTURE.read_text(encoding="utf-8")
    report = gr.parse(html.encode("gb18030"))
    assert (report.source.encoding, report.source.encoding_method) == ("gb18030", "declared")
    forced = gr.parse(html.encode("gbk"), encoding="gbk")
    assert (forced.source.encoding, forced.source.encoding_method) == ("gb18030", "argument")
    assert gr.to_dict(forced) == gr.to_dict(report) == gr.to_dict(gr.parse(html))

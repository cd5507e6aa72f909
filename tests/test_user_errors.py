"""What a user gets for a mistake: a clear error that names the problem, never a silent
wrong result or a traceback from deep inside (found by a fresh-eyes audit)."""

from __future__ import annotations

from pathlib import Path

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

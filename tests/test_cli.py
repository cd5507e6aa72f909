"""The command line, end to end through ``python -m govinfo_reports`` (and ``main()``)."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pty
import stat
import struct
import subprocess
import sys
import termios
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports as gr
from govinfo_reports import cli
from govinfo_reports.flatten import row_columns

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """``python -m govinfo_reports ARGS`` in ``cwd``; never raises on a failing status."""
    return subprocess.run(
        [sys.executable, "-m", "govinfo_reports", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        **kwargs,
    )


def _clean(text: str) -> str:
    """The sample with its deliberate arithmetic error fixed (总计 13 → 12)."""
    line = next(x for x in text.splitlines() if x.startswith("一、本年新收"))
    return text.replace(line, line[: -len("13")] + "12")


class Folder:
    """A folder of fictional inputs, one of each kind a batch meets."""

    def __init__(self, root: Path) -> None:
        self.root = root
        reports = root / "reports"
        (reports / "sub").mkdir(parents=True)
        text = gr.sample_text()
        cut = text[: text.index("三、收到")] + text[text.index("五、存在") :]
        (reports / "a_good.txt").write_text(text, encoding="utf-8")
        (reports / "b_clean.txt").write_text(_clean(text), encoding="utf-8")
        (reports / "c_partial.txt").write_text(cut, encoding="utf-8")
        (reports / "d_empty.txt").write_bytes(b"")
        (reports / "e_binary.bin").write_bytes(bytes(range(256)) * 64)
        (reports / "f_gb18030.txt").write_bytes(text.encode("gb18030"))
        # A real read error even as root: a symlink whose target does not exist.
        (reports / "g_broken_link.txt").symlink_to(reports / "does-not-exist.txt")
        # chmod 000 is a read error for a normal user; root reads it anyway, so the
        # expected outcome is measured here rather than assumed.
        locked = reports / "h_locked.txt"
        locked.write_text(text, encoding="utf-8")
        locked.chmod(0)
        try:
            locked.read_bytes()
            self.locked_error: str | None = None
        except PermissionError:
            self.locked_error = "PermissionError"
        (reports / "sub" / "i_nested.txt").write_text(text, encoding="utf-8")
        (reports / ".hidden.txt").write_text(text, encoding="utf-8")  # skipped in folders
        self.sources = [
            f"reports/{name}"
            for name in (
                "a_good.txt",
                "b_clean.txt",
                "c_partial.txt",
                "d_empty.txt",
                "e_binary.bin",
                "f_gb18030.txt",
                "g_broken_link.txt",
                "h_locked.txt",
                "sub/i_nested.txt",
            )
        ]
        self.errors: dict[str, str | None] = {
            "reports/d_empty.txt": "ParseError",
            "reports/e_binary.bin": "ParseError",
            "reports/g_broken_link.txt": "FileNotFoundError",
            "reports/h_locked.txt": self.locked_error,
        }


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Folder:
    return Folder(tmp_path_factory.mktemp("cli"))


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_parse_jsonl_has_one_record_per_file_in_order(folder: Folder) -> None:
    done = run("parse", "reports", "--jobs", "1", cwd=folder.root)
    assert done.returncode == 1  # some files could not be read
    records = _jsonl(done.stdout)
    assert [r["source"] for r in records] == folder.sources
    errors = {r["source"]: r["error"]["type"] if "error" in r else None for r in records}
    assert errors == {s: folder.errors.get(s) for s in folder.sources}
    good = records[0]
    assert good["report"] == gr.to_dict(gr.parse(gr.sample_text()))
    assert (good["reader"], good["encoding"]) == ("tab", "utf-8")
    assert [f["code"] for f in good["findings"]] == [
        "row_width",
        "row_width",
        "balance",
        "row_total",
    ]
    assert records[2]["report"]["requests"] is None  # partial: the table is missing, not zero
    assert records[5]["encoding"] == "gb18030"
    assert records[5]["report"] == good["report"]
    unreadable = sum(1 for error in folder.errors.values() if error)
    assert done.stderr.strip() == f"9 files: {9 - unreadable} reports, {unreadable} unreadable"


@pytest.mark.parametrize("form", ["jsonl", "json", "csv"])
def test_jobs_1_and_jobs_2_write_identical_output(folder: Folder, form: str) -> None:
    outputs = [
        run("parse", "reports", "-f", form, "-q", "--jobs", jobs, cwd=folder.root)
        for jobs in ("1", "2")
    ]
    assert [o.returncode for o in outputs] == [1, 1]
    assert outputs[0].stdout == outputs[1].stdout
    assert outputs[0].stdout.count("reports/") >= len(folder.sources)
    assert outputs[0].stderr == outputs[1].stderr == ""  # --quiet


def test_json_is_an_array_of_the_jsonl_records(folder: Folder) -> None:
    lines = run("parse", "reports", "-q", cwd=folder.root)
    array = run("parse", "reports", "-q", "--format", "json", cwd=folder.root)
    assert json.loads(array.stdout) == _jsonl(lines.stdout)
    empty = run("parse", "-q", "-f", "json", "reports/d_empty.txt", cwd=folder.root)
    assert json.loads(empty.stdout)[0]["error"]["type"] == "ParseError"


def test_csv_has_a_row_per_file_and_stable_columns(folder: Folder) -> None:
    out = folder.root / "table.csv"
    done = run("parse", "reports", "-o", str(out), "--bom", cwd=folder.root)  # csv by suffix
    assert done.returncode == 1
    assert f"→ {out}" in done.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfsource,error_type,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == [name for name, _ in row_columns()]
    assert [r["source"] for r in rows] == folder.sources
    good, clean, partial, empty = rows[:4]
    assert good["requests.new_received.total"] == "13"
    assert good["active_disclosure.administrative_fees.amount.value"] == "12.50"
    assert good["active_disclosure.administrative_fees.amount.unit"] == "万元"
    assert (good["n_errors"], clean["n_errors"]) == ("2", "0")
    assert partial["requests.new_received.total"] == ""  # blank, not 0
    assert partial["active_disclosure.regulations.in_force"] == "2"
    assert empty["error_type"] == "ParseError"
    assert empty["error_message"] == "the source is empty: no report to read"
    assert empty["template"] == "" and empty["n_errors"] == ""
    plain = run("parse", "reports", "-q", "-f", "csv", cwd=folder.root)
    assert plain.stdout.startswith("source,error_type,")  # no BOM unless asked


def test_output_file_replaces_the_old_one_whole(folder: Folder, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    out.chmod(0o640)
    done = run("parse", "reports", "-q", "-o", str(out), cwd=folder.root)
    assert done.returncode == 1
    assert [r["source"] for r in _jsonl(out.read_text("utf-8"))] == folder.sources
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # the old file's mode is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no temp file left


def test_a_failed_run_leaves_the_old_output_alone(
    folder: Folder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")

    def broken_writer(stream: io.TextIOBase, results: Any) -> None:
        stream.write("half a record")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(cli._WRITERS, "jsonl", broken_writer)
    monkeypatch.chdir(folder.root)
    with pytest.raises(RuntimeError, match="disk on fire"):
        cli.main(["parse", "reports", "-q", "-j", "1", "-o", str(out)])
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_output_into_a_missing_folder_is_a_clear_error(folder: Folder) -> None:
    done = run("parse", "reports/a_good.txt", "-o", "no/such/dir/out.jsonl", cwd=folder.root)
    assert done.returncode == 1
    assert "No such file or directory" in done.stderr
    assert "Traceback" not in done.stderr


def test_validate_groups_findings_by_file_and_sums_up(folder: Folder) -> None:
    done = run("validate", "reports", cwd=folder.root)
    assert done.returncode == 1
    out = done.stdout
    assert "reports/a_good.txt  青禾县人民政府 2023 (template 2021, reader tab)\n" in out
    assert "  error   balance          line 33   " in out
    assert "  unreadable: FileNotFoundError: a broken symbolic link: its target " in out
    assert "reports/d_empty.txt\n  unreadable: ParseError: the source is empty" in out
    # info findings and clean files only with --verbose
    assert "not_assessable" not in out and "  info " not in out
    unreadable = sum(1 for error in folder.errors.values() if error)
    with_errors = 3 if folder.locked_error else 4  # every copy of the sample has 2 errors
    assert out.splitlines()[-1] == (
        f"9 files: 2 without errors, {with_errors} with errors, {unreadable} unreadable; "
        f"findings: {2 * with_errors} errors, {with_errors + 1 + 2} warnings, "
        f"{with_errors + 1} info"
    )


def test_validate_exits_0_on_a_clean_report(folder: Folder) -> None:
    done = run("validate", "reports/b_clean.txt", cwd=folder.root)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1] == (
        "1 file: 1 without errors, 0 with errors, 0 unreadable; "
        "findings: 0 errors, 1 warning, 1 info"
    )
    quiet = run("validate", "-q", "reports/b_clean.txt", cwd=folder.root)
    assert quiet.stdout.splitlines() == done.stdout.splitlines()[-1:]
    verbose = run("validate", "-v", "reports/b_clean.txt", cwd=folder.root)
    assert "  info    row_width" in verbose.stdout


def test_globs_and_missing_paths_each_yield_a_record(folder: Folder) -> None:
    done = run("parse", "-q", "reports/**/*.txt", "reports/*.pdf", "missing.txt", cwd=folder.root)
    records = _jsonl(done.stdout)
    txt = [s for s in folder.sources if s.endswith(".txt")]
    assert [r["source"] for r in records] == [*txt, "reports/*.pdf", "missing.txt"]
    assert records[-2]["error"]["type"] == records[-1]["error"]["type"] == "FileNotFoundError"
    assert done.returncode == 1


def test_reader_and_encoding_options(folder: Folder) -> None:
    done = run(
        "parse",
        "-q",
        "--reader",
        "tab",
        "--encoding",
        "gbk",
        "reports/f_gb18030.txt",
        cwd=folder.root,
    )
    assert done.returncode == 0
    [record] = _jsonl(done.stdout)
    assert (record["reader"], record["encoding"]) == ("tab", "gb18030")
    wrong = run("parse", "-q", "--reader", "html", "reports/a_good.txt", cwd=folder.root)
    assert wrong.returncode == 1
    assert _jsonl(wrong.stdout)[0]["error"]["type"] == "ParseError"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse"],
        ["frobnicate", "x"],
        ["parse", "--jobs", "0", "x"],
        ["parse", "--jobs", "two", "x"],
        ["parse", "--reader", "no-such-reader", "x"],
        ["validate", "--encoding", "no-such-encoding", "x"],
        ["parse", "--bom", "--format", "jsonl", "x"],
        ["parse", "-q", "-v", "x"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage: govinfo-reports" in captured.err


def test_usage_error_status_reaches_the_shell(tmp_path: Path) -> None:
    done = run("parse", "--reader", "no-such-reader", "x", cwd=tmp_path)
    assert done.returncode == 2
    names = ", ".join(gr.available_readers())
    assert f"unknown reader 'no-such-reader' (available: {names})" in done.stderr
    assert run("--help", cwd=tmp_path).returncode == 0


def test_sample_prints_the_json_then_the_findings(tmp_path: Path) -> None:
    done = run("sample", cwd=tmp_path)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    start, end = lines.index("{"), lines.index("}")
    assert json.loads("\n".join(lines[start : end + 1])) == gr.to_dict(gr.parse(gr.sample_text()))
    assert "青禾县人民政府 2023, template 2021" in lines[0]
    assert lines[end + 2] == "validate(report): 4 findings (2 errors, 1 warning, 1 info)"
    codes = [line.split()[1] for line in lines[end + 3 :]]
    assert codes == [f.code for f in gr.validate(gr.parse(gr.sample_path()))]
    assert '    "regulations": {"issued": 0, "repealed": 0, "in_force": 2},' in lines


def test_console_script_is_installed(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("govinfo-reports")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, f"govinfo-reports {gr.__version__}")


@pytest.mark.parametrize("columns", [100, 0])  # 0: a terminal that does not say its size
def test_progress_bar_only_on_a_terminal(folder: Folder, columns: int) -> None:
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "govinfo_reports", "parse", "reports", "-o", "p.jsonl"],
            cwd=folder.root,
            stdout=subprocess.DEVNULL,
            stderr=terminal,
        )
        assert process.wait(timeout=120) == 1
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # EIO: the terminal's other end is closed
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    text = shown.decode("utf-8", "replace")
    assert "9/9" in text and "file" in text  # tqdm's bar (or the built-in line)
    assert "errors" in text  # tqdm: errors=3; built-in: 3 errors
    quiet = run("parse", "reports", "-o", "p.jsonl", cwd=folder.root)
    assert "9/9" not in quiet.stderr  # not a terminal: no bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_built_in_progress_line_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = _Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm → ImportError
    bar = cli._progress(3, quiet=False)
    assert isinstance(bar, cli._LineProgress)
    for ok in (True, False, True):
        bar.update(ok)
    bar.close()
    last = stream.getvalue().split("\r")[-1]
    assert last.startswith("3/3 files  ") and last.endswith(" files/s  1 errors\n")
    assert cli._progress(3, quiet=True) is None

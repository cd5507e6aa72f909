"""The ``govinfo-reports`` command line (also ``python -m govinfo_reports``).

``parse PATH...`` writes JSONL, JSON or CSV; ``validate PATH...`` prints the findings
by file; ``sample`` shows the bundled sample. Exit status: 0 all good, 1 a file could
not be read (or, for ``validate``, a report has errors), 2 usage error. See
``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import importlib
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from . import __version__
from ._api import parse, validate
from .batch import BatchResult, default_jobs, expand_paths, parse_many, printable
from .findings import Finding
from .flatten import record_row, row_columns
from .readers import available_readers
from .sample import sample_path
from .serialize import to_dict
from .source import canonical_encoding

FORMATS = ("jsonl", "json", "csv")
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}
#: Output suffixes of formats this does not write: JSONL under such a name would
#: surprise whoever opens it (Excel refuses a .xlsx that holds text).
_OTHER_SUFFIXES = (".xlsx", ".xls", ".xlsm", ".ods", ".tsv", ".parquet", ".feather", ".pkl")
EXIT_OK, EXIT_FOUND, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


# --- arguments --------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    talk = common.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    talk.add_argument("-v", "--verbose", action="store_true", help="say more (and log)")

    reading = argparse.ArgumentParser(add_help=False)
    reading.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs")
    reading.add_argument("--reader", help="use this reader, skip detection")
    reading.add_argument("--encoding", help="decode files with this encoding")
    reading.add_argument(
        "-j", "--jobs", type=_positive_int, metavar="N", help="worker processes (default: all CPUs)"
    )

    parser = argparse.ArgumentParser(
        prog="govinfo-reports",
        description="Parse and check 政府信息公开工作年度报告 (government information "
        "disclosure annual reports).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse_cmd = commands.add_parser(
        "parse", parents=[reading, common], help="reports → JSONL, JSON or CSV"
    )
    parse_cmd.add_argument(
        "-f", "--format", choices=FORMATS, help="default: from --output's suffix, else jsonl"
    )
    parse_cmd.add_argument(
        "--bom", action="store_true", help="CSV with a UTF-8 BOM, so Excel shows Chinese right"
    )
    validate_cmd = commands.add_parser(
        "validate", parents=[reading, common], help="print the findings of each report"
    )
    sample_cmd = commands.add_parser(
        "sample", parents=[common], help="parse and check the bundled sample"
    )
    for command in (parse_cmd, validate_cmd, sample_cmd):
        # so that a usage error found after parsing shows the command's own usage
        command.set_defaults(command_parser=command)
    return parser


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    parser = getattr(args, "command_parser", parser)
    reader = getattr(args, "reader", None)
    if reader is not None and reader not in available_readers():
        names = ", ".join(available_readers())
        parser.error(f"unknown reader {reader!r} (available: {names})")
    encoding = getattr(args, "encoding", None)
    if encoding is not None and canonical_encoding(encoding) is None:
        parser.error(f"unknown encoding {encoding!r} (not a text encoding Python knows)")
    if "-" in getattr(args, "paths", ()) and not os.path.lexists("-"):
        parser.error(
            "PATH '-': reports are not read from stdin; pass files, folders or globs "
            "(or /dev/stdin, a file that reads it)"
        )
    output = getattr(args, "output", None)
    named = next((p for p in getattr(args, "paths", ()) if _is_output(p, output)), None)
    if named is not None:
        # a folder's or a glob's file that is the output is left out (a previous run's
        # output); a file named as an input would be overwritten unread
        parser.error(
            f"--output {output!r} is also an input PATH ({named!r}): writing it would "
            "destroy that file; name another output file"
        )
    if args.command == "parse":
        if args.format is None:
            suffix = os.path.splitext(args.output or "")[1].lower()
            if suffix in _OTHER_SUFFIXES:
                parser.error(
                    f"--output {args.output!r}: this writes JSONL, JSON or CSV, not {suffix}; "
                    "for Excel use --format csv --bom with a .csv name (or pass --format "
                    "to write one of them under this name anyway)"
                )
            args.format = _SUFFIX_FORMATS.get(suffix, "jsonl")
        if args.bom and args.format != "csv":
            parser.error("--bom is for --format csv only (JSON must not start with a BOM)")


def _is_output(path: str, output: str | None) -> bool:
    """True when ``path``, a PATH argument, names the ``--output`` file itself (not a
    folder or a pattern holding it, nor a device such as ``/dev/stdin``): the same
    file, or the same name when neither exists yet."""
    if output is None or output == "-":
        return False
    try:
        if os.path.exists(path):
            return os.path.isfile(path) and os.path.samefile(path, output)
        return os.path.abspath(path) == os.path.abspath(output)
    except (OSError, ValueError):  # the output does not exist yet; a NUL in a name
        return False


# --- output -----------------------------------------------------------------------


def _utf8_stdout() -> TextIO:
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputError(Exception):
    """The ``--output`` file cannot be written; the message names it and says why."""

    def __init__(self, path: str, exc: OSError) -> None:
        reason = exc.strerror or str(exc)
        super().__init__(f"cannot write the output file {path!r}: {reason}")


@contextlib.contextmanager
def _output(path: str | None, *, bom: bool = False) -> Iterator[TextIO]:
    """stdout, or a file written atomically: a temp file beside it, then ``os.replace``,
    so readers never see half a file and a failed run leaves the old file alone.

    What makes the file unwritable (a missing folder, no permission, a folder in its
    place) is an :class:`OutputError` before anything is read, naming ``path``, not
    the temporary file."""
    if path is None or path == "-":
        stream = _utf8_stdout()
        if bom:
            stream.write("\ufeff")
        yield stream
        stream.flush()
        return
    if os.path.isdir(path):
        raise OutputError(path, IsADirectoryError(errno.EISDIR, "it is a folder"))
    shown, path = path, os.path.realpath(path)  # a symlink's target is written, not replaced
    folder = os.path.dirname(path)
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as exc:
        if not os.path.isdir(folder):
            what = "does not exist" if not os.path.lexists(folder) else "is not a folder"
            exc = OSError(exc.errno, f"{exc.strerror} (the folder {folder!r} {what})")
        raise OutputError(shown, exc) from None
    try:
        # backslashreplace: text that is not Unicode (a surrogate) must not lose the run
        encoding = "utf-8-sig" if bom else "utf-8"
        with open(fd, "w", encoding=encoding, errors="backslashreplace", newline="") as stream:
            yield stream
        mode = os.stat(path).st_mode if os.path.exists(path) else 0o666 & ~_umask()
        os.chmod(temp, mode & 0o7777)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise OutputError(shown, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _pretty_json(data: Any, indent: str = "") -> str:
    """Indented JSON with each table row (an object of plain values) on one line."""
    if isinstance(data, dict) and any(isinstance(v, (dict, list)) for v in data.values()):
        inner = indent + "  "
        items = (
            f"{inner}{json.dumps(k, ensure_ascii=False)}: {_pretty_json(v, inner)}"
            for k, v in data.items()
        )
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(data, list) and data:
        inner = indent + "  "
        items = (f"{inner}{_pretty_json(v, inner)}" for v in data)
        return "[\n" + ",\n".join(items) + f"\n{indent}]"
    return json.dumps(data, ensure_ascii=False)


def _write_jsonl(stream: TextIO, results: Iterable[BatchResult]) -> None:
    for result in results:
        stream.write(json.dumps(result.to_record(), ensure_ascii=False) + "\n")


def _write_json(stream: TextIO, results: Iterable[BatchResult]) -> None:
    # one JSON array, written record by record so memory stays flat
    separator = "[\n"
    for result in results:
        stream.write(separator + "  " + _pretty_json(result.to_record(), "  "))
        separator = ",\n"
    stream.write("[]\n" if separator == "[\n" else "\n]\n")


def _write_csv(stream: TextIO, results: Iterable[BatchResult]) -> None:
    names = [name for name, _ in row_columns()]
    writer = csv.DictWriter(stream, fieldnames=names, restval="", lineterminator="\r\n")
    writer.writeheader()
    for result in results:
        writer.writerow(record_row(result.to_record()))


_WRITERS: dict[str, Callable[[TextIO, Iterable[BatchResult]], None]] = {
    "jsonl": _write_jsonl,
    "json": _write_json,
    "csv": _write_csv,
}


# --- progress ---------------------------------------------------------------------


class _LineProgress:
    """A one-line progress display for terminals without tqdm."""

    def __init__(self, total: int, stream: TextIO, interval: float = 0.2) -> None:
        self.total, self.stream, self.interval = total, stream, interval
        self.done = self.errors = 0
        self.start = self.shown = time.monotonic()

    def update(self, ok: bool) -> None:
        self.done += 1
        self.errors += not ok
        now = time.monotonic()
        if now - self.shown >= self.interval or self.done == self.total:
            self.shown = now
            self._show(now)

    def _show(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        self.stream.write(
            f"\r{self.done}/{self.total} files  {rate:.0f} files/s  {self.errors} errors"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.done:
            self.stream.write("\n")
            self.stream.flush()


class _TqdmProgress:
    def __init__(self, total: int, stream: TextIO, tqdm: Any) -> None:
        try:
            known = os.get_terminal_size(stream.fileno()).columns > 0
        except (OSError, ValueError, AttributeError):
            known = False
        # a terminal that reports 0 columns (some containers) would get an empty bar
        width = {"dynamic_ncols": True} if known else {"ncols": 80}
        self.bar = tqdm(total=total, unit="file", file=stream, **width)
        self.errors = 0

    def update(self, ok: bool) -> None:
        if not ok:
            self.errors += 1
            self.bar.set_postfix(errors=self.errors, refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


def _progress(total: int, quiet: bool) -> _LineProgress | _TqdmProgress | None:
    stream = sys.stderr
    if quiet or not stream.isatty():
        return None
    try:
        tqdm = importlib.import_module("tqdm").tqdm
    except ImportError:
        return _LineProgress(total, stream)
    return _TqdmProgress(total, stream, tqdm)


def _tracked(
    results: Iterable[BatchResult], total: int, args: argparse.Namespace
) -> Iterator[BatchResult]:
    bar = _progress(total, args.quiet)
    try:
        for result in results:
            if bar is not None:
                bar.update(result.ok)
            if args.verbose and result.error is not None:
                print(
                    f"{printable(result.source)}: {result.error.type}: "
                    f"{printable(result.error.message)}",
                    file=sys.stderr,
                )
            yield result
    finally:
        if bar is not None:
            bar.close()


# --- commands ---------------------------------------------------------------------


def _not_output(output: str | None) -> Callable[[str], bool]:
    """A test that is False for the ``--output`` file (a previous run's output in a
    folder of reports is not a report). Only a path with the output's name is stat'ed."""
    if output is None or output == "-":
        return lambda path: True
    names = {os.path.basename(output), os.path.basename(os.path.realpath(output))}

    def test(path: str) -> bool:
        if os.path.basename(path) not in names:
            return True
        try:
            return not os.path.samefile(path, output)
        except OSError:  # one of them does not exist (yet)
            return os.path.abspath(path) != os.path.abspath(output)

    return test


def _results(args: argparse.Namespace) -> tuple[list[str], Iterator[BatchResult]]:
    paths = list(filter(_not_output(args.output), expand_paths(args.paths)))
    jobs = args.jobs or default_jobs()
    results = parse_many(paths, jobs=jobs, reader=args.reader, encoding=args.encoding)
    return paths, _tracked(results, len(paths), args)


def _cmd_parse(args: argparse.Namespace) -> int:
    paths, results = _results(args)
    failed = 0

    def counted() -> Iterator[BatchResult]:
        nonlocal failed
        for result in results:
            failed += not result.ok
            yield result

    with _output(args.output, bom=args.bom) as stream:
        _WRITERS[args.format](stream, counted())
    if not args.quiet:
        where = f" → {args.output}" if args.output else ""
        print(
            f"{_counted(len(paths), 'file')}: {_counted(len(paths) - failed, 'report')}, "
            f"{failed} unreadable{where}",
            file=sys.stderr,
        )
    return EXIT_FOUND if failed else EXIT_OK


def _finding_line(finding: Finding) -> str:
    where = f"line {finding.line}" if finding.line is not None else ""
    return f"  {finding.severity:<7} {finding.code:<16} {where:<9} {finding.message}"


def _heading(result: BatchResult) -> str:
    report = result.report
    source = printable(result.source)
    if report is None:
        return source
    about = " ".join(str(x) for x in (report.organ, report.year) if x is not None)
    how = f"template {report.template}, reader {report.source.reader}"
    return f"{source}  {about} ({how})" if about else f"{source}  ({how})"


def _cmd_validate(args: argparse.Namespace) -> int:
    paths, results = _results(args)
    counts = {"error": 0, "warning": 0, "info": 0}
    clean = with_errors = unreadable = 0
    with _output(args.output) as stream:
        for result in results:
            shown = [f for f in result.findings if args.verbose or f.severity != "info"]
            for finding in result.findings:
                counts[finding.severity] += 1
            if result.error is not None:
                unreadable += 1
            elif result.errors:
                with_errors += 1
            else:
                clean += 1
            if args.quiet or (result.ok and not shown and not args.verbose):
                continue
            stream.write(_heading(result) + "\n")
            if result.error is not None:
                error = result.error
                stream.write(f"  unreadable: {error.type}: {printable(error.message)}\n")
            elif not shown:
                stream.write("  ok\n")
            stream.writelines(_finding_line(f) + "\n" for f in shown)
            stream.write("\n")
        stream.write(
            f"{_counted(len(paths), 'file')}: {clean} without errors, {with_errors} with "
            f"errors, {unreadable} unreadable; findings: {_counted(counts['error'], 'error')}, "
            f"{_counted(counts['warning'], 'warning')}, {counts['info']} info\n"
        )
    return EXIT_FOUND if with_errors or unreadable else EXIT_OK


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 or noun == "info" else f"{number} {noun}s"


def _cmd_sample(args: argparse.Namespace) -> int:
    path = sample_path()
    report = parse(path)
    findings = validate(report)
    with _output(args.output) as stream:
        if not args.quiet:
            stream.write(
                f"Sample report {path.name} (fictional, bundled): {report.organ} {report.year}, "
                f"template {report.template}, read by the {report.source.reader!r} reader.\n"
                "to_dict(report):\n\n"
            )
        stream.write(_pretty_json(to_dict(report)) + "\n")
        severities = ("error", "warning", "info")
        summary = ", ".join(_counted(sum(f.severity == s for f in findings), s) for s in severities)
        stream.write(f"\nvalidate(report): {_counted(len(findings), 'finding')} ({summary})\n")
        stream.writelines(_finding_line(f) + "\n" for f in findings)
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "parse": _cmd_parse,
    "validate": _cmd_validate,
    "sample": _cmd_sample,
}


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit
    status instead of exiting, so tests and scripts can call it."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        _check(parser, args)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.verbose:
        logging.basicConfig(stream=sys.stderr, format="%(name)s: %(message)s")
        logging.getLogger("govinfo_reports").setLevel(logging.DEBUG)
    try:
        return _COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `| head` closed stdout: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FOUND
    except OutputError as exc:
        print(f"govinfo-reports: {exc}", file=sys.stderr)
        return EXIT_FOUND
    except OSError as exc:  # stdout cannot be written
        print(f"govinfo-reports: cannot write the output: {exc}", file=sys.stderr)
        return EXIT_FOUND

"""Many files: parse them in worker processes and stream the results back in order.

Every path yields exactly one :class:`BatchResult` — the report and its findings, or
the error that stopped it — so one bad file never stops a batch. The parser is a pure
function of a file, so the same :func:`parse_to_dict` runs on Dask or Spark workers
(see ``docs/batch.md``).

>>> from govinfo_reports import parse_many, sample_path
>>> [result] = parse_many([sample_path()], jobs=1)
>>> result.ok, result.report.organ, len(result.errors)
(True, '青禾县人民政府', 2)
>>> [missing] = parse_many(["no/such/file.txt"], jobs=1)
>>> missing.ok, missing.error.type
(False, 'FileNotFoundError')
"""

from __future__ import annotations

import glob
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from ._api import parse, validate
from .findings import Finding
from .model import Report
from .readers import get_reader
from .serialize import to_dict
from .source import check_encoding

__all__ = [
    "BatchError",
    "BatchResult",
    "default_jobs",
    "expand_paths",
    "parse_many",
    "parse_one",
    "parse_to_dict",
]

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

PathArg = str | os.PathLike[str]

#: Files handed to a worker at a time: enough to hide the cost of a round trip
#: (~0.2 ms) behind the parsing (~2.5 ms a report), few enough to keep workers even.
CHUNK_SIZE = 8
#: The ``multiprocessing`` context of the worker pool; ``None`` is Python's default
#: start method (``fork`` on Linux before 3.14, ``spawn`` on macOS and Windows).
MP_CONTEXT: BaseContext | None = None
#: Chunks in flight per worker; results wait in memory only inside this window.
WINDOW_PER_JOB = 3


@frozen
class BatchError:
    """Why a file yielded no report: the exception's class name and message."""

    type: str
    message: str


@frozen
class BatchResult:
    """One input file's outcome: ``report`` and its ``findings`` (from
    :func:`~govinfo_reports.validate`), or ``error``. ``source`` is the path as given."""

    source: str
    report: Report | None = None
    findings: tuple[Finding, ...] = ()
    error: BatchError | None = None

    @property
    def ok(self) -> bool:
        """True when the file yielded a report."""
        return self.report is not None

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity ``error``."""
        return tuple(f for f in self.findings if f.severity == "error")

    def to_record(self) -> dict[str, Any]:
        """The JSONL record: ``{"source", "reader", "encoding", "report", "findings"}``
        or ``{"source", "error": {"type", "message"}}``; plain JSON types only.

        Text that cannot be written as UTF-8 — a file name that is not UTF-8 (GBK names
        from a ZIP made on Windows) reaches Python with its bytes as surrogates — has
        those bytes as ``\\xNN`` in ``source`` and in the error message."""
        source = printable(self.source)
        if self.report is None:
            error = self.error or BatchError("Error", "no report")
            return {
                "source": source,
                "error": {"type": error.type, "message": printable(error.message)},
            }
        return {
            "source": source,
            "reader": self.report.source.reader,
            "encoding": self.report.source.encoding,
            "report": to_dict(self.report),
            "findings": [attrs.asdict(f) for f in self.findings],
        }


def printable(text: str) -> str:
    """``text`` as valid Unicode: bytes a file name smuggled in as surrogates (its
    bytes were not UTF-8) become ``\\xNN``; any other lone surrogate ``\\uNNNN``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return os.fsencode(text).decode("utf-8", "backslashreplace")
        except UnicodeError:
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def parse_one(
    path: PathArg, *, reader: str | None = None, encoding: str | None = None
) -> BatchResult:
    """Parse and validate one file; any exception becomes the result's ``error``, and
    so does something that is not a path (``None``: the record's source is its repr)."""
    try:
        source = os.fsdecode(path)
    except TypeError:
        message = f"not a path: {type(path).__name__} (a str or an os.PathLike is)"
        return BatchResult(repr(path), error=BatchError("TypeError", message))
    if os.path.isdir(source):
        # expand_paths() yields a folder only when it has no file to read
        message = (
            "a folder without a file to read (names starting with '.' are skipped)"
            if next(_walk(source), None) is None
            else "a folder, not a report: expand_paths() lists the files in it"
        )
        return BatchResult(source, error=BatchError("ParseError", message))
    if not os.path.lexists(source) and any(c in source for c in "*?["):
        message = f"no such file, and no file matches the pattern {source!r}"
        return BatchResult(source, error=BatchError("FileNotFoundError", message))
    if os.path.islink(source) and not os.path.exists(source):
        message = f"a broken symbolic link: its target {os.readlink(source)!r} does not exist"
        return BatchResult(source, error=BatchError("FileNotFoundError", message))
    try:
        report = parse(Path(source), reader=reader, encoding=encoding)
        findings = tuple(validate(report))
    except Exception as exc:  # one bad file must not stop a batch: record why instead
        return BatchResult(source, error=BatchError(type(exc).__name__, str(exc)))
    return BatchResult(source, report=report, findings=findings)


def parse_to_dict(
    path: PathArg, *, reader: str | None = None, encoding: str | None = None
) -> dict[str, Any]:
    """One file → its JSONL record (see :meth:`BatchResult.to_record`); never raises.

    A pure function of the file, picklable, for ``dask.bag.from_sequence(paths)
    .map(parse_to_dict)`` or Spark's ``mapPartitions``.
    """
    return parse_one(path, reader=reader, encoding=encoding).to_record()


def _parse_chunk(paths: list[str], reader: str | None, encoding: str | None) -> list[BatchResult]:
    return [parse_one(path, reader=reader, encoding=encoding) for path in paths]


def default_jobs() -> int:
    """The CPUs this process may use (affinity-aware where the OS tells)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def expand_paths(args: Iterable[PathArg]) -> Iterator[str]:
    """Files, folders (recursively, sorted, hidden entries skipped) and glob patterns
    (``**`` recursive) → file paths, in argument order.

    Nothing is dropped: a path that does not exist, a broken symlink, a pattern
    that matches nothing, or a folder without a file to read is yielded as it is, so
    parsing it records the error.
    """
    for arg in args:
        path = os.fspath(arg)
        if os.path.isdir(path):
            yield from _walk_or_self(path)
        elif not os.path.lexists(path) and any(c in path for c in "*?["):
            matches = sorted(glob.glob(path, recursive=True))
            if "**" in path:  # (** follows links to folders, round and round)
                matches = _without_loops(matches)
            if not matches:
                yield path
            for match in matches:
                yield from _walk_or_self(match) if os.path.isdir(match) else (match,)
        else:
            yield path


def _without_loops(paths: list[str]) -> list[str]:
    """``paths`` less those going through a folder twice: a link on the way leads to a
    folder the path came through (``A/toB/toA/…``, ``A/up/A/…``), as :func:`_walk`
    does not follow it."""
    real: dict[str, str] = {}  # (matches share their folders: each is resolved once)

    def resolved(folder: str) -> str:
        found = real.get(folder)
        if found is None:
            found = real[folder] = os.path.realpath(folder)
        return found

    kept = []
    for path in paths:
        seen: set[str] = set()
        folder, parent = os.path.dirname(path), None
        while folder and folder != parent:
            target = resolved(folder)
            if target in seen:
                break
            seen.add(target)
            folder, parent = os.path.dirname(folder), folder
        else:
            kept.append(path)
    return kept


def _walk_or_self(folder: str) -> Iterator[str]:
    """The files in ``folder``, or the folder itself when there are none."""
    empty = True
    for path in _walk(folder):
        empty = False
        yield path
    if empty:
        yield folder


def _walk(folder: str) -> Iterator[str]:
    # the real folders on the path walked to each folder: a symlink to one of them (or
    # to a folder above, or this one) would be walked forever, also round two links
    # (A/toB -> B, B/toA -> A), where neither points above its own folder
    walked: dict[str, frozenset[str]] = {}
    for root, dirs, files in os.walk(folder, followlinks=True):
        here = os.path.realpath(root)
        chain = walked.pop(root, frozenset()) | {here}
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            real = os.path.realpath(path)
            if real in chain or _contains(real, here):
                continue
            kept.append(name)
            walked[path] = chain
        dirs[:] = kept
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _contains(folder: str, path: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _source(path: Any) -> Any:
    """A path as a str (picklable for the workers); anything else as it is, for
    :func:`parse_one` to record as an error."""
    try:
        return os.fsdecode(path)
    except TypeError:
        return path


def _chunks(paths: Iterable[PathArg], size: int) -> Iterator[list[Any]]:
    iterator = (_source(p) for p in paths)
    while chunk := list(islice(iterator, size)):
        yield chunk


def parse_many(
    paths: Iterable[PathArg],
    *,
    jobs: int | None = None,
    reader: str | None = None,
    encoding: str | None = None,
) -> Iterator[BatchResult]:
    """Parse many files, yielding one :class:`BatchResult` per path, in input order.

    ``jobs`` worker processes (default: every CPU this process may use); ``jobs=1``
    runs in this process. Streams: ``paths`` is consumed lazily and at most
    ``jobs * WINDOW_PER_JOB`` chunks of ``CHUNK_SIZE`` files are in flight, so memory
    stays flat however many files there are. A batch that fits in one chunk runs in
    this process too (starting workers would cost more than it saves). If a worker
    process dies (killed, out of memory), its files are retried one by one in a new
    pool and the file that kills a worker when read alone yields a
    ``BrokenProcessPool`` error.

    Readers registered at run time with ``register_reader`` exist only in this
    process; workers started with ``spawn`` (macOS, Windows) see only built-in and
    entry-point readers.

    Raises :class:`TypeError` when ``paths`` is a single path (a ``str`` would be read
    character by character), :class:`ValueError` for a bad ``jobs``,
    :class:`~govinfo_reports.ReaderError` for an unknown ``reader`` and
    :class:`LookupError` for an unknown ``encoding`` (or a codec such as ``hex`` that
    is not a text encoding) before any file is read.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        # a str is iterable: each character would be read as a file name
        raise TypeError(
            f"parse_many() takes an iterable of paths, not one path ({paths!r}): "
            "pass a list such as [path]"
        )
    if jobs is None:
        jobs = default_jobs()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive integer, got {jobs!r}")
    if reader is not None:
        get_reader(reader)  # an unknown name is the caller's mistake: raise now, not per file
    if encoding is not None:
        check_encoding(encoding)
    return _generate(paths, jobs, reader, encoding)


def _generate(
    paths: Iterable[PathArg], jobs: int, reader: str | None, encoding: str | None
) -> Iterator[BatchResult]:
    chunks = _chunks(paths, CHUNK_SIZE)
    if jobs == 1:
        for chunk in chunks:
            yield from _parse_chunk(chunk, reader, encoding)
        return
    head = list(islice(chunks, 2))
    if len(head) < 2:
        for chunk in head:
            yield from _parse_chunk(chunk, reader, encoding)
        return
    yield from _in_pool(_prepend(head, chunks), jobs, reader, encoding)


def _prepend(head: list[list[str]], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield from head
    yield from rest


def _in_pool(
    chunks: Iterator[list[str]], jobs: int, reader: str | None, encoding: str | None
) -> Iterator[BatchResult]:
    # imported here: it costs ~20 ms
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window = jobs * WINDOW_PER_JOB
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=MP_CONTEXT)
    pending: deque[tuple[list[str], Future[list[BatchResult]]]] = deque()

    def submit(chunk: list[str]) -> tuple[list[str], Future[list[BatchResult]]]:
        try:
            return chunk, pool.submit(_parse_chunk, chunk, reader, encoding)
        except BrokenProcessPool as exc:
            # a worker died while chunks were being submitted: this chunk is retried
            # with the others in flight, as if it had failed in the pool
            failed: Future[list[BatchResult]] = Future()
            failed.set_exception(exc)
            return chunk, failed

    def alone(path: str) -> BatchResult:
        """Parse one file with nothing else in flight, so a crash points at it."""
        nonlocal pool
        try:
            return pool.submit(_parse_chunk, [path], reader, encoding).result()[0]
        except BrokenProcessPool:
            pool.shutdown(wait=True, cancel_futures=True)
            pool = ProcessPoolExecutor(max_workers=jobs, mp_context=MP_CONTEXT)
            return _died(path)

    try:
        for chunk in islice(chunks, window):
            pending.append(submit(chunk))
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # the culprit may be in this chunk or in another one in flight: retry
                # this chunk file by file, then resubmit the others to a new pool
                pool.shutdown(wait=True, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=jobs, mp_context=MP_CONTEXT)
                results = [alone(path) for path in chunk]
                pending = deque(submit(c) for c, _ in pending)
            yield from results
            for chunk in islice(chunks, max(0, window - len(pending))):
                pending.append(submit(chunk))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _died(path: str) -> BatchResult:
    return BatchResult(
        path,
        error=BatchError("BrokenProcessPool", "the worker process died while reading this file"),
    )

"""The reader registry: built-in readers, entry-point plugins and readers registered at
run time, all behind the same :class:`~govinfo_reports.readers.base.Reader` protocol.

Order. Readers are kept in this order, which breaks ties between equal scores: the
built-ins (``html``, ``tab``, ``pipe``, ``spaces``, ``vertical``), then entry-point
readers sorted by name, then readers registered at run time in the order they were
registered. Entry points (group ``govinfo_reports.readers``) are loaded once, on the
first call of any function here, so they always precede readers registered at run
time. ``parse`` tries readers in the order of :func:`reader_scores` but sniffs lazily:
once a reader scores 1.0, the readers after it are sniffed only if its reading is not
clean.

Names. A built-in name can never be taken or removed. An entry-point reader whose name
is taken already, or whose entry-point name differs from its ``name`` attribute, is
skipped with a ``RuntimeWarning``; of two plugins with the same name the one found first
on ``sys.path`` wins. :func:`register_reader` raises
:class:`~govinfo_reports.errors.ReaderError` on a taken name unless ``replace=True``,
which replaces a runtime or entry-point reader (never a built-in).

Broken plugins never break parsing: one that fails to load is skipped with a
``RuntimeWarning``; a ``sniff`` that raises or returns anything but a number in [0, 1]
(NaN included) scores 0.0, with a ``RuntimeWarning`` naming the reader.

Processes. Readers registered at run time live in this process only: worker processes
started with ``spawn`` (the default on macOS and Windows) and cluster workers do not see
them. Entry-point readers exist wherever the plugin is installed.

Tests that install fake plugins can call :func:`_reset_registry` to forget every
non-built-in reader and load the entry points again on next use.
"""

from __future__ import annotations

import logging
import math
import numbers
import threading
import warnings
from collections.abc import Iterator, Mapping
from importlib import metadata
from types import MappingProxyType
from typing import Literal, cast

from attrs import frozen

from ..errors import ReaderError
from ..source import Source, load
from .base import Reader
from .html import HtmlReader
from .pipe import PipeReader
from .spaces import SpacesReader
from .tab import TabReader
from .vertical import VerticalReader

__all__ = [
    "ENTRY_POINT_GROUP",
    "Reader",
    "ReaderInfo",
    "available_readers",
    "get_reader",
    "reader_scores",
    "register_reader",
    "unregister_reader",
]

#: The entry-point group third-party readers are published under.
ENTRY_POINT_GROUP = "govinfo_reports.readers"
logger = logging.getLogger("govinfo_reports")

Origin = Literal["builtin", "entry_point", "runtime"]


@frozen
class ReaderInfo:
    """A registered reader and where it came from.

    ``origin`` is ``"builtin"``, ``"entry_point"`` or ``"runtime"`` (registered with
    :func:`register_reader`); ``distribution`` names the installed package that
    published an entry-point reader.
    """

    name: str
    origin: Origin
    reader: Reader
    distribution: str | None = None


def _builtins() -> dict[str, ReaderInfo]:
    readers: tuple[Reader, ...] = (
        HtmlReader(),
        TabReader(),
        PipeReader(),
        SpacesReader(),
        VerticalReader(),
    )
    return {r.name: ReaderInfo(r.name, "builtin", r) for r in readers}


_registry: dict[str, ReaderInfo] = _builtins()
_loaded = False
_loading = False
# Re-entrant: a plugin that calls register_reader while being imported must not deadlock.
_lock = threading.RLock()


def _check_reader(reader: object) -> Reader:
    if isinstance(reader, type):
        raise TypeError(f"register an instance of {reader.__name__}, not the class itself")
    name = getattr(reader, "name", None)
    if not (
        isinstance(name, str)
        and callable(getattr(reader, "sniff", None))
        and callable(getattr(reader, "read", None))
    ):
        raise TypeError(
            "a reader needs a str attribute 'name' and methods sniff(text) and read(text); "
            f"got {reader!r}"
        )
    if not name or name != name.strip():
        raise ReaderError(f"a reader name must be non-empty, without outer spaces: {name!r}")
    return cast(Reader, reader)


def _warn(message: str) -> None:
    warnings.warn(f"govinfo_reports: {message}", RuntimeWarning, stacklevel=4)


def _load_entry_points() -> None:
    global _loaded, _loading
    if _loaded:
        return
    with _lock:  # other threads wait here until every plugin is in
        if _loaded or _loading:
            return
        _loading = True
        try:
            found = sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
            for ep in found:
                _load_one(ep)
        finally:
            _loaded, _loading = True, False


def _load_one(ep: metadata.EntryPoint) -> None:
    dist = ep.dist.name if ep.dist is not None else None
    where = f"reader plugin {ep.name!r} ({ep.value}" + (f", from {dist})" if dist else ")")
    try:
        loaded = ep.load()
        reader = _check_reader(loaded() if isinstance(loaded, type) else loaded)
    except Exception as exc:  # a broken plugin must not break parsing
        _warn(f"skipping {where}: {type(exc).__name__}: {exc}")
        return
    if reader.name != ep.name:
        _warn(f"skipping {where}: the entry point must carry the reader's name {reader.name!r}")
        return
    existing = _registry.get(reader.name)
    if existing is not None:
        _warn(f"skipping {where}: the name is taken by the {_describe(existing)} reader")
        return
    _registry[reader.name] = ReaderInfo(reader.name, "entry_point", reader, dist)
    logger.debug("loaded %s", where)


def _describe(info: ReaderInfo) -> str:
    if info.origin == "entry_point":
        return f"entry-point ({info.distribution or 'unknown distribution'})"
    return info.origin


def _names() -> str:
    return ", ".join(_registry)


def register_reader(reader: Reader, *, replace: bool = False) -> None:
    """Register ``reader`` (an instance) for this process under ``reader.name``.

    Raises :class:`~govinfo_reports.errors.ReaderError` when the name is taken, unless
    ``replace`` is true and the holder is not a built-in; :class:`TypeError` when
    ``reader`` does not have the :class:`Reader` shape. Worker processes started with
    ``spawn`` do not inherit the registration: publish an entry point for those.
    """
    reader = _check_reader(reader)
    _load_entry_points()
    with _lock:
        existing = _registry.get(reader.name)
        if existing is not None and (existing.origin == "builtin" or not replace):
            hint = "" if existing.origin == "builtin" else "; pass replace=True to replace it"
            raise ReaderError(
                f"a reader named {reader.name!r} is already registered "
                f"({_describe(existing)}){hint}; registered readers: {_names()}"
            )
        _registry.pop(reader.name, None)  # a replacement moves to the end of the order
        _registry[reader.name] = ReaderInfo(reader.name, "runtime", reader)


def unregister_reader(name: str) -> None:
    """Remove a runtime or entry-point reader; built-ins cannot be removed."""
    _load_entry_points()
    with _lock:
        info = _registry.get(name)
        if info is None:
            raise ReaderError(f"no reader named {name!r}; registered readers: {_names()}")
        if info.origin == "builtin":
            raise ReaderError(f"the built-in reader {name!r} cannot be removed")
        del _registry[name]


def available_readers() -> Mapping[str, ReaderInfo]:
    """Every registered reader by name, in tie-breaking order (a read-only snapshot).

    >>> [name for name, info in available_readers().items() if info.origin == "builtin"]
    ['html', 'tab', 'pipe', 'spaces', 'vertical']
    """
    _load_entry_points()
    with _lock:
        return MappingProxyType(dict(_registry))


def get_reader(name: str) -> Reader:
    """The reader registered under ``name``; :class:`ReaderError` lists the names if none,
    :class:`TypeError` when ``name`` is not a str (a reader object, say)."""
    if not isinstance(name, str):
        named = getattr(name, "name", None)
        hint = (
            f"; register it with register_reader() and pass its name, {named!r}"
            if isinstance(named, str)
            else ""
        )
        raise TypeError(
            f"a reader is chosen by its registered name (a str), not {type(name).__name__}{hint}"
        )
    _load_entry_points()
    info = _registry.get(name)
    if info is None:
        raise ReaderError(f"unknown reader {name!r}; available readers: {_names()}")
    return info.reader


def reader_scores(source: Source, *, encoding: str | None = None) -> list[tuple[str, float]]:
    """Every reader's score for ``source``, best first; ties keep the registry order.

    ``source`` is what :func:`govinfo_reports.parse` takes (text, bytes or a path), so
    this explains its choice: ``parse`` tries the readers in this order and keeps the
    first whose rows hold a statutory table (``report.source.reader`` names it).

    >>> import govinfo_reports as gr
    >>> reader_scores(gr.sample_path())[0][0]
    'tab'
    """
    return list(ranked_readers(load(source, encoding).text))


def ranked_readers(text: str) -> Iterator[tuple[str, float]]:
    """The pairs of :func:`reader_scores` for decoded ``text``, in the same order, made
    as they are consumed: a reader scoring 1.0 comes first among the readers after it,
    so when the first such reader is found, it is yielded before any reader after it is
    sniffed (an HTML page is read without sniffing it as text four times).
    """
    _load_entry_points()
    with _lock:
        infos = list(_registry.values())
    scored: list[tuple[str, float]] = []
    for index, info in enumerate(infos):
        score = _score(info, text)
        if score >= 1.0:
            yield info.name, score
            scored += [(later.name, _score(later, text)) for later in infos[index + 1 :]]
            break
        scored.append((info.name, score))
    scored.sort(key=lambda item: -item[1])
    yield from scored


def _score(info: ReaderInfo, text: str) -> float:
    try:
        score = info.reader.sniff(text)
    except Exception as exc:
        _warn(
            f"reader {info.name!r} failed to score the input ({type(exc).__name__}: {exc}); "
            "counted as 0"
        )
        return 0.0
    if isinstance(score, bool) or not isinstance(score, numbers.Real):
        _warn(f"reader {info.name!r} scored {score!r}, not a number; counted as 0")
        return 0.0
    value = float(score)
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        _warn(f"reader {info.name!r} scored {value!r}, outside [0, 1]; counted as 0")
        return 0.0
    return value


def _reset_registry() -> None:
    """Back to the built-ins only; entry points load again on next use (for tests)."""
    global _loaded, _loading
    with _lock:
        _registry.clear()
        _registry.update(_builtins())
        _loaded = _loading = False

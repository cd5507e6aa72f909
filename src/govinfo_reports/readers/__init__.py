"""Reader registry: built-ins, readers registered at run time, and entry-point plugins.

Name clashes: a built-in name can never be taken; an entry-point reader whose name is
already registered is skipped with a warning; ``register_reader`` raises
:class:`~govinfo_reports.errors.ReaderError` on a taken name unless ``replace=True``
(which is allowed only for readers registered at run time).

Readers registered at run time live in this process only: worker processes started
with ``spawn`` (the default on macOS and Windows) and cluster workers do not see them.
Publish the reader under the entry-point group ``govinfo_reports.readers`` instead.
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Mapping
from importlib import metadata
from types import MappingProxyType

from attrs import frozen

from ..errors import ReaderError
from .base import Reader
from .html import HtmlReader
from .pipe import PipeReader
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

ENTRY_POINT_GROUP = "govinfo_reports.readers"
logger = logging.getLogger("govinfo_reports")


@frozen
class ReaderInfo:
    """A registered reader and where it came from: ``"builtin"``, ``"runtime"`` or
    ``"entry point <distribution>"``."""

    name: str
    origin: str
    reader: Reader


_BUILTINS: tuple[Reader, ...] = (HtmlReader(), TabReader(), PipeReader(), VerticalReader())
_registry: dict[str, ReaderInfo] = {r.name: ReaderInfo(r.name, "builtin", r) for r in _BUILTINS}
_entry_points_loaded = False
_lock = threading.Lock()


def _check_reader(reader: object) -> Reader:
    if not isinstance(reader, Reader) or not isinstance(getattr(reader, "name", None), str):
        raise TypeError(
            f"a reader needs a str attribute 'name' and methods sniff(text) and read(text); "
            f"got {reader!r}"
        )
    return reader


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    with _lock:
        if _entry_points_loaded:
            return
        _entry_points_loaded = True
        for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
            dist = getattr(getattr(ep, "dist", None), "name", None) or ep.value
            try:
                loaded = ep.load()
                reader = loaded() if isinstance(loaded, type) else loaded
                reader = _check_reader(reader)
            except Exception as exc:  # a broken plugin must not break parsing
                warnings.warn(
                    f"govinfo_reports: skipping reader plugin {ep.name!r} from {dist}: "
                    f"{type(exc).__name__}: {exc}",
                    RuntimeWarning,
                    stacklevel=3,
                )
                continue
            if reader.name in _registry:
                warnings.warn(
                    f"govinfo_reports: reader plugin {ep.name!r} from {dist} is named "
                    f"{reader.name!r}, which is already registered "
                    f"({_registry[reader.name].origin}); skipped",
                    RuntimeWarning,
                    stacklevel=3,
                )
                continue
            _registry[reader.name] = ReaderInfo(reader.name, f"entry point {dist}", reader)
            logger.debug("loaded reader %r from entry point of %s", reader.name, dist)


def register_reader(reader: Reader, *, replace: bool = False) -> None:
    """Register a reader for this process (see the module docs for clashes)."""
    reader = _check_reader(reader)
    _load_entry_points()
    existing = _registry.get(reader.name)
    if existing is not None and (existing.origin == "builtin" or not replace):
        raise ReaderError(
            f"a reader named {reader.name!r} is already registered ({existing.origin}); "
            f"registered readers: {', '.join(_registry)}"
            + ("" if existing.origin == "builtin" else "; pass replace=True to replace it")
        )
    _registry[reader.name] = ReaderInfo(reader.name, "runtime", reader)


def unregister_reader(name: str) -> None:
    """Remove a reader registered at run time or through an entry point."""
    _load_entry_points()
    info = _registry.get(name)
    if info is None:
        raise ReaderError(f"no reader named {name!r}; registered: {', '.join(_registry)}")
    if info.origin == "builtin":
        raise ReaderError(f"the built-in reader {name!r} cannot be removed")
    del _registry[name]


def available_readers() -> Mapping[str, ReaderInfo]:
    """A read-only view of every registered reader, in registration order."""
    _load_entry_points()
    return MappingProxyType(_registry)


def get_reader(name: str) -> Reader:
    """The reader registered under ``name``; :class:`ReaderError` lists the names if none."""
    _load_entry_points()
    info = _registry.get(name)
    if info is None:
        raise ReaderError(f"unknown reader {name!r}; available readers: {', '.join(_registry)}")
    return info.reader


def reader_scores(text: str) -> list[tuple[str, float]]:
    """Every reader's score for ``text``, best first (ties keep registration order).

    A reader whose ``sniff`` raises or returns something outside [0, 1] scores 0.0 and
    a warning names it.
    """
    _load_entry_points()
    scores: list[tuple[str, float]] = []
    for name, info in list(_registry.items()):
        try:
            score = float(info.reader.sniff(text))
        except Exception as exc:
            warnings.warn(
                f"govinfo_reports: reader {name!r} failed to score the input "
                f"({type(exc).__name__}: {exc}); counted as 0",
                RuntimeWarning,
                stacklevel=2,
            )
            score = 0.0
        if not 0.0 <= score <= 1.0:  # also catches NaN
            score = 0.0
        scores.append((name, score))
    scores.sort(key=lambda item: -item[1])
    return scores

"""Exceptions raised by the library (findings are not exceptions)."""

from __future__ import annotations


class GovinfoError(Exception):
    """Base class of every exception this library raises on purpose."""


class ParseError(GovinfoError, ValueError):
    """The source holds no report; the message says why."""


class ReaderError(GovinfoError, ValueError):
    """Unknown reader name or a clashing registration."""


class SchemaError(GovinfoError, ValueError):
    """A dict given to ``from_dict`` does not fit the canonical form.

    ``path`` is a JSON path such as ``$.requests.results.total.total``.
    """

    def __init__(self, message: str, path: str = "$") -> None:
        super().__init__(f"{path}: {message}")
        self.path = path

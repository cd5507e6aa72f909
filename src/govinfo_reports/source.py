"""Sources → text: paths are read, bytes decoded (BOM → UTF-8 → GB18030 → chardet)."""

from __future__ import annotations

import codecs
import logging
import os
import re
from pathlib import Path

from attrs import frozen

from .errors import ParseError

logger = logging.getLogger("govinfo_reports")

Source = str | bytes | os.PathLike[str]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "hz-gb-2312": "gb18030"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
#: chardet looks at this many bytes at most (it costs milliseconds per report).
CHARDET_SAMPLE = 64 * 1024
#: Largest source read, so a wrong path to a huge file fails fast and clearly.
MAX_BYTES = 64 * 1024 * 1024


@frozen
class Decoded:
    """Text and how it was obtained."""

    text: str
    encoding: str | None
    method: str
    path: str | None = None


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position of ASCII text."""
    sample = data[:4096]
    if len(sample) < 16:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > len(sample) // 5 and even < odd // 8:
        return "utf-16-le"
    if even > len(sample) // 5 and odd < even // 8:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``; ``encoding`` overrides detection. Raises :class:`ParseError`."""
    if encoding is not None:
        name = _WIDEN.get(encoding.lower(), encoding)
        try:
            return Decoded(data.decode(name), name, "argument")
        except LookupError:
            raise ParseError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise ParseError(f"the bytes are not valid {encoding}: {exc}") from None
    found = _bom(data)
    if found is not None:
        name, size = found
        text = _strict(data[size:], name.replace("-sig", ""))
        if text is not None:
            return Decoded(text, name.replace("-sig", ""), "bom")
    wide = _utf16_without_bom(data)
    if wide is not None:
        text = _strict(data, wide)
        if text is not None:
            return Decoded(text, wide, "nul-pattern")
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "utf-8")
    declared = _META_CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = _WIDEN.get(name, name)
        text = _strict(data, name)
        if text is not None:
            return Decoded(text, name, "meta")
        logger.debug("declared charset %s does not fit the bytes; detecting", name)
    text = _strict(data, "gb18030")
    if text is not None:
        return Decoded(text, "gb18030", "gb18030")
    import chardet  # slow, so only for what the cheap checks could not decode

    guess = chardet.detect(data[:CHARDET_SAMPLE])
    name = (guess.get("encoding") or "").lower()
    name = _WIDEN.get(name, name)
    if name:
        text = _strict(data, name)
        if text is not None:
            return Decoded(text, name, "chardet")
    logger.debug("no encoding fits; decoding as gb18030 with replacement characters")
    return Decoded(data.decode("gb18030", errors="replace"), "gb18030", "replace")


def load(source: object, encoding: str | None = None) -> Decoded:
    """Turn any accepted source into text. ``str`` is always document text, never a path."""
    if isinstance(source, str):
        return Decoded(source, None, "str")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return decode_bytes(bytes(source), encoding)
    if isinstance(source, os.PathLike):
        path = Path(os.fspath(source))
        if path.is_dir():
            raise ParseError(f"{path} is a directory, not a report")
        size = path.stat().st_size  # OSError (missing file, no permission) propagates
        if size > MAX_BYTES:
            raise ParseError(f"{path}: {size} bytes is more than the {MAX_BYTES} this reads")
        data = path.read_bytes()
        decoded = decode_bytes(data, encoding)
        return Decoded(decoded.text, decoded.encoding, decoded.method, str(path))
    raise TypeError(
        "parse() takes document text (str), bytes or a path (os.PathLike), "
        f"not {type(source).__name__}"
    )

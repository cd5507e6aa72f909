"""Sources → text: paths are read, bytes decoded.

Bytes in a known binary format (PDF, Word, WPS, Excel, OFD, images, archives) are
refused with a :class:`ParseError` that names the format. Other bytes are decoded by
the first step that fits:

1. ``encoding=`` given by the caller (strict; a mismatch is a :class:`ParseError`);
2. a byte-order mark (UTF-8, UTF-16, UTF-32), or UTF-16 told by its NUL bytes (a
   UTF-8 mark before bytes that are not UTF-8 but read whole as GB18030 or the page's
   charset is set aside, with a warning);
3. strict UTF-8;
4. UTF-8 with a few damaged bytes (replaced by U+FFFD, with a finding), or with more
   when the page declares UTF-8 (a part of it saved in another encoding);
5. the charset the page declares (``<meta charset>``, ``<meta http-equiv>``, the XML
   declaration) when it decodes the bytes strictly into Chinese-looking text;
6. GB18030 (the superset of GB2312 and GBK), strictly or with a few damaged bytes,
   then UTF-8 with more damaged bytes (a part of the page in another encoding);
7. only then chardet, on a bounded sample (it is slow, so it never runs on input that
   one of the steps above decodes);
8. GB18030 with replacement characters, with a finding.

Declared GB2312/GBK are widened to GB18030. How the encoding was chosen is kept in
:attr:`Decoded.method`; anything guessed, overridden or replaced is a finding.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
from pathlib import Path

from attrs import evolve, field, frozen

from .errors import ParseError
from .findings import Finding, make

logger = logging.getLogger("govinfo_reports")

Source = str | bytes | os.PathLike[str]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels browsers read as GBK (WHATWG), all decoded as its superset GB18030, and Big5
# read as Big5-HKSCS, its superset.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "cp936": "gb18030",
    "hz": "gb18030",
    "x-gbk": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "csiso58gb231280": "gb18030",
    "iso-ir-58": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
}
_UNICODE = ("utf-8", "utf-16", "utf-32")
_DECLARED = (
    re.compile(rb"""<meta[^<>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I),
    re.compile(rb"""<\?xml[^<>]{0,200}?encoding\s*=\s*["']\s*([A-Za-z0-9_.:\-]{1,40})""", re.I),
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_REPLACEMENT = "\ufffd"
_REPLACEMENT_UTF8 = _REPLACEMENT.encode("utf-8")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")

#: The declared charset is looked for in this many leading bytes.
DECLARED_PREFIX = 32 * 1024
#: chardet looks at this many bytes at most (it costs milliseconds per report).
CHARDET_SAMPLE = 64 * 1024
#: Text read to judge whether a decoding looks like Chinese (characters).
PLAUSIBLE_SAMPLE = 64 * 1024
#: A decoding with at most one damaged byte sequence per this many non-ASCII bytes is
#: taken as the right one with a few damaged bytes (a wrong one fails far more often).
DAMAGE_RATIO = 200
#: The same for UTF-8 with a part of the page saved in another encoding (a footer
#: included in GBK), which damages more than a few sequences: tried first when the page
#: declares UTF-8, else after GB18030. GBK text fails as UTF-8 on two non-ASCII bytes in
#: three (0.66-0.76 on the seeds and the real texts), and so do other legacy charsets,
#: so a page read this way is mostly UTF-8.
MOSTLY_UTF8_RATIO = 4
#: Largest source read, so a wrong path to a huge file fails fast and clearly.
MAX_BYTES = 64 * 1024 * 1024


@frozen
class Decoded:
    """Text and how it was obtained: ``encoding`` (a Python codec name, ``None`` for a
    ``str`` source), ``method`` (``"str"``, ``"argument"``, ``"bom"``, ``"nul-pattern"``,
    ``"utf-8"``, ``"declared"``, ``"gb18030"``, ``"chardet"``, or one of them followed by
    ``"+replace"`` when damaged bytes were replaced) and the findings decoding made.

    ``utf8`` is the source bytes (not for a path) when ``text`` is exactly their strict
    UTF-8 decoding: the HTML reader gives lxml those instead of encoding the text again."""

    text: str
    encoding: str | None
    method: str
    path: str | None = None
    findings: tuple[Finding, ...] = ()
    utf8: bytes | None = field(default=None, eq=False, repr=False)


def canonical_encoding(name: str) -> str | None:
    """The codec to decode a declared or requested charset with; ``None`` if unknown
    or not a text encoding (``hex``, ``rot13``, ``zlib`` are codecs, not charsets)."""
    label = name.strip().lower()
    if label in _ALIASES:
        return _ALIASES[label]
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return _ALIASES.get(info.name, info.name)


def check_encoding(encoding: object) -> str:
    """The codec for an ``encoding=`` argument: :class:`TypeError` for a non-``str``,
    :class:`LookupError` for a name that is not a text encoding."""
    if not isinstance(encoding, str):
        raise TypeError(
            f"encoding must be a str such as 'gbk' or 'utf-8', not {type(encoding).__name__}"
        )
    name = canonical_encoding(encoding)
    if name is None:
        raise LookupError(f"unknown encoding {encoding!r} (not a text encoding Python knows)")
    return name


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


def _replaced(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded with replacement, and how many byte sequences were damaged."""
    text = data.decode(encoding, errors="replace")
    return text, text.count(_REPLACEMENT) - data.count(_REPLACEMENT_UTF8)


def _high_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


def _plausible(text: str) -> bool:
    """Chinese reports decode to CJK text; a wrong single-byte charset gives none."""
    sample = text[:PLAUSIBLE_SAMPLE]
    other = len(_NON_ASCII.findall(sample))
    return other == 0 or len(_CJK.findall(sample)) * 2 >= other


def declared_encoding(data: bytes) -> tuple[str, str] | None:
    """The charset a page declares in its first bytes: (as written, codec name)."""
    head = data[:DECLARED_PREFIX]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match is not None:
            label = match.group(1).decode("ascii", "replace")
            codec = canonical_encoding(label)
            if codec is not None:
                return label, codec
    return None


def _damage_finding(damaged: int, encoding: str) -> Finding:
    return make(
        "encoding",
        f"{damaged} damaged byte sequence(s) could not be decoded as {encoding} and were "
        "replaced by U+FFFD; the cells they stand in may read as unreadable",
    )


#: File formats that are not text, by their first bytes: a report saved as one of
#: them must be converted to text or HTML first.
_BINARY_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word .doc, Excel .xls or WPS document (OLE2)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)
#: What a ZIP archive holds, by a member name in its first bytes.
_ZIP_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "a Word .docx document"),
    (b"xl/", "an Excel .xlsx workbook"),
    (b"OFD.xml", "an OFD document"),
    (b"Doc_0/", "an OFD document"),
)


def binary_format(data: bytes) -> str | None:
    """What a known non-text file format ``data`` is in (``"a PDF document"``), or None."""
    for magic, name in _BINARY_FORMATS:
        if data.startswith(magic):
            if magic == b"PK\x03\x04":
                head = data[:65536]
                return next((kind for member, kind in _ZIP_FORMATS if member in head), name)
            return name
    return None


_MIME_HEADER = re.compile(
    rb"(?:from|mime-version|content-type|content-location|subject|date|message-id"
    rb"|snapshot-content-location|x-[a-z0-9-]+)[ \t]*:",
    re.I,
)


def _is_mhtml(data: bytes) -> bool:
    """True for a MIME archive of a web page: it starts with mail headers, one of them
    ``Content-Type: multipart/related``."""
    head = data[:4096].removeprefix(codecs.BOM_UTF8).lstrip()
    return _MIME_HEADER.match(head) is not None and b"multipart/related" in head.lower()


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``; ``encoding`` overrides detection. Raises :class:`ParseError`,
    also for bytes in a known binary format (PDF, Word, ZIP, images)."""
    if _is_mhtml(data):
        raise ParseError(
            "the source is an MHTML web archive (.mht, .mhtml: a page saved as a single "
            "file), its HTML encoded inside: save the page as .html, or extract its "
            "text/html part, first"
        )
    kind = binary_format(data)
    if kind is not None:
        raise ParseError(
            f"the source is {kind}, a binary file, not text or HTML: extract the "
            "report's text first (save it as .txt or .html)"
        )
    if encoding is not None:
        return _decode_as(data, encoding)
    found = _bom(data)
    if found is not None:
        name, size = found
        text = _strict(data[size:], name)
        if text is not None:
            return Decoded(text, name, "bom")
        text = data[size:].decode(name, errors="replace")
        damaged = text.count(_REPLACEMENT)
        if name == "utf-8" and damaged * DAMAGE_RATIO > _high_bytes(data):
            unmarked = _after_false_bom(data[size:], damaged)
            if unmarked is not None:
                return unmarked
        return Decoded(text, name, "bom+replace", findings=(_damage_finding(damaged, name),))
    wide = _utf16_without_bom(data)
    if wide is not None:
        text = _strict(data, wide)
        if text is not None:
            return Decoded(text, wide, "nul-pattern")
    return _detect(data)


def _after_false_bom(data: bytes, damaged: int) -> Decoded | None:
    """Bytes after a UTF-8 byte-order mark that are not UTF-8 (more damaged sequences
    than a few damaged bytes make: an editor wrote the mark before GBK text), read as
    bytes without a mark are, with a warning, when that reads them whole in the page's
    charset or GB18030; else ``None`` (UTF-8 with a part in another encoding, a
    footer included in GBK, is read after its mark, damaged bytes replaced)."""
    found = _detect(data)
    if found.method not in ("gb18030", "declared"):
        return None
    note = make(
        "encoding",
        f"the bytes start with a UTF-8 byte-order mark but are not UTF-8 ({damaged} "
        f"damaged byte sequences): the mark was set aside and the bytes read as "
        f"{found.encoding} ({found.method})",
        severity="warning",
    )
    return evolve(found, findings=(note, *found.findings))


def _decode_as(data: bytes, encoding: str) -> Decoded:
    try:
        name = check_encoding(encoding)
    except LookupError as exc:
        raise ParseError(str(exc)) from None
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise ParseError(f"the bytes are not valid {encoding}: {exc}") from None
    return Decoded(text.removeprefix("\ufeff"), name, "argument")


def _detect(data: bytes) -> Decoded:
    declared = declared_encoding(data)
    text = _strict(data, "utf-8")
    if text is not None:
        findings = _overridden(declared, "utf-8", data)
        return Decoded(text, "utf-8", "utf-8", findings=findings, utf8=data)
    # Damaged UTF-8 before the declared charset: GBK decodes UTF-8 bytes without error.
    says_utf8 = declared is not None and declared[1] == "utf-8"
    as_utf8 = _replaced(data, "utf-8")
    ratio = MOSTLY_UTF8_RATIO if says_utf8 else DAMAGE_RATIO
    found = _damaged(data, as_utf8, "utf-8", declared, ratio)
    if found is not None:
        return found
    if declared is not None and not declared[1].startswith(_UNICODE):
        text = _strict(data, declared[1])
        if text is not None and _plausible(text):
            return Decoded(text, declared[1], "declared")
    text = _strict(data, "gb18030")
    if text is not None and _plausible(text):
        return Decoded(text, "gb18030", "gb18030", findings=_overridden(declared, "gb18030", data))
    as_gb18030 = _replaced(data, "gb18030")
    found = _damaged(data, as_gb18030, "gb18030", declared)
    if found is None and not says_utf8:
        found = _damaged(data, as_utf8, "utf-8", declared, MOSTLY_UTF8_RATIO)
    if found is not None:
        return found
    # GB18030 fails on more than a few bytes: no GBK page, so chardet's guess is trusted.
    guessed = _chardet(data)
    if guessed is not None:
        text = _strict(data, guessed)
        if text is not None:
            return Decoded(text, guessed, "chardet", findings=_overridden(declared, guessed, data))
    logger.debug("no encoding fits; decoding as gb18030 with replacement characters")
    fallback, damaged = as_gb18030
    notes = (*_overridden(declared, "gb18030", data), _damage_finding(damaged, "gb18030"))
    return Decoded(fallback, "gb18030", "gb18030+replace", findings=notes)


def _damaged(
    data: bytes,
    replaced: tuple[str, int],
    name: str,
    declared: tuple[str, str] | None,
    ratio: int = DAMAGE_RATIO,
) -> Decoded | None:
    """``data`` as ``replaced``, its decoding as ``name`` with replacement, when only a
    few byte sequences are damaged (at most one per ``ratio`` non-ASCII bytes) and the
    text looks Chinese; else ``None``."""
    text, damaged = replaced
    if damaged <= 0 or damaged * ratio > _high_bytes(data) or not _plausible(text):
        return None
    notes = (*_overridden(declared, name, data), _damage_finding(damaged, name))
    return Decoded(text, name, f"{name}+replace", findings=notes)


def _chardet(data: bytes) -> str | None:
    import chardet  # slow, so only for what the cheap checks could not decode

    guess = chardet.detect(data[:CHARDET_SAMPLE])
    label = guess.get("encoding") or ""
    name = canonical_encoding(label) if label else None
    logger.debug("chardet guessed %r (%s)", label, name)
    return name


def _overridden(declared: tuple[str, str] | None, used: str, data: bytes) -> tuple[Finding, ...]:
    """A finding when the page declared a charset its bytes do not fit."""
    if declared is None or declared[1] == used:
        return ()
    if declared[1].startswith(_UNICODE) and used.startswith(_UNICODE):
        return ()
    if not _high_bytes(data):
        return ()  # ASCII only: every ASCII-compatible charset reads it the same
    return (
        make(
            "encoding",
            f"the page declares charset {declared[0]!r}, but its bytes fit {used} "
            "better and were read as that",
        ),
    )


_URL = re.compile(r"(?:https?|ftp|file)://\S+", re.I)
_FILE_NAME = re.compile(
    r"\S+(?: \S+)*\.(?:txt|html?|shtml|xhtml|pdf|docx?|wps|xlsx?|csv|ofd)", re.I
)


def _file_named(text: str) -> str | None:
    """The file name ``text`` is, when it is one short line that names a file (an
    existing one, or one with a report file's suffix; a line end or quotes around it,
    as a list of files or a copy gives it, left out): a file name passed where the
    text belongs. No such line can hold a report's tables. Else ``None``."""
    if len(text) > 1024 or "<" in text:
        return None
    name = text.strip().strip("\"'")
    if not name or "\n" in name or "\r" in name:
        return None
    if _FILE_NAME.fullmatch(name):
        return name
    try:
        return name if os.path.isfile(name) else None
    except (OSError, ValueError):
        return None


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, refused beyond :data:`MAX_BYTES`. The size is checked first,
    then at most one byte more is read: a device or a pipe (``/dev/zero``, a FIFO)
    stats as 0 bytes and would otherwise be read until memory runs out. OSError
    (missing file, no permission) propagates."""
    size = path.stat().st_size
    if size <= MAX_BYTES:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
        size = len(data)
    if size > MAX_BYTES:
        raise ParseError(f"{path}: {size} bytes is more than the {MAX_BYTES} this reads")
    return data


#: Characters of Latin-1's upper half a str must hold to be taken for bytes decoded as
#: Latin-1 (a report's labels alone are hundreds of bytes above 0x7f).
LATIN1_MIN = 64
_ABOVE_LATIN1 = re.compile(r"[^\x00-\xff]")


def _latin1_bytes(text: str) -> Decoded | None:
    """``text`` read as its bytes when it is a page's bytes decoded as Latin-1, as
    requests' ``Response.text`` is for a page whose server names no charset: every
    character below U+0100, many above U+007F, no Chinese one. Latin-1 maps each byte
    to one character, so encoding it again gives the page's bytes exactly; they are
    decoded as bytes are, with a warning. Else ``None``."""
    if text.isascii() or _ABOVE_LATIN1.search(text) is not None:  # (a report's first CJK)
        return None
    data = text.encode("latin-1")
    if _high_bytes(data) < LATIN1_MIN:
        return None
    decoded = decode_bytes(data)
    # (公开 is in every table's labels; a page spelling its Chinese in entities, with
    # runs of NBSP between them, decodes to other CJK characters, never to it)
    if "公开" not in decoded.text or not _plausible(decoded.text):
        return None
    note = make(
        "encoding",
        "the text given holds no Chinese character but characters of latin-1's upper "
        "half: it is a page's bytes decoded as latin-1 (requests' Response.text for a "
        f"page whose server names no charset), and was read as those bytes, decoded as "
        f"{decoded.encoding} ({decoded.method}); pass the bytes (Response.content) instead",
        severity="warning",
    )
    return evolve(decoded, findings=(note, *decoded.findings))


def load(source: object, encoding: str | None = None) -> Decoded:
    """Turn any accepted source into text. ``str`` is always document text, never a path.

    An ``encoding`` that is not a str raises :class:`TypeError` and an unknown one
    :class:`ParseError`, whatever the source (for a ``str`` it is otherwise unused)."""
    if encoding is not None:
        try:
            check_encoding(encoding)
        except LookupError as exc:
            raise ParseError(str(exc)) from None
    if isinstance(source, str):
        if _URL.fullmatch(source.strip()) and len(source) <= 4096:
            raise ParseError(
                f"parse() reads a str as the document's text and does not fetch URLs: "
                f"download {source.strip()!r} and pass its bytes (or a pathlib.Path to "
                "the saved file)"
            )
        name = _file_named(source)
        if name is not None:
            raise ParseError(
                f"parse() reads a str as the document's text, never as a file name, and "
                f"{name!r} is not a report: to read the file, pass pathlib.Path({name!r})"
            )
        return _latin1_bytes(source) or Decoded(source, None, "str")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return decode_bytes(bytes(source), encoding)
    if isinstance(source, os.PathLike):
        path = Path(os.fsdecode(source))  # (a bytes path too, as os.DirEntry gives them)
        if path.is_dir():
            raise ParseError(f"{path} is a directory, not a report")
        data = _read_bounded(path)
        decoded = decode_bytes(data, encoding)
        # utf8 is not kept: the bytes would stay alive through the whole parse (a bytes
        # source is held by the caller anyway)
        return evolve(decoded, path=str(path), utf8=None)
    raise TypeError(
        "parse() takes document text (str), bytes or a path (os.PathLike), "
        f"not {type(source).__name__}"
    )

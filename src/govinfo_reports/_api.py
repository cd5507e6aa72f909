"""The public functions: parse, validate (to_dict/from_dict live in ``serialize``)."""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

from ._gc import PAUSE_FROM_CHARS, collector_paused
from .cells import EMPTY_KIND, TEXT_KIND, read_value
from .errors import ParseError
from .findings import Finding, make
from .grid import ReadResult, Row
from .labels import describe
from .mapping.active import build_active
from .mapping.requests import build_requests
from .mapping.review import build_review
from .metadata import Metadata, read_metadata
from .model import (
    APPLICANT_COLUMNS,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
    ActiveDisclosure,
    Report,
    Requests,
    ReviewLitigation,
    SourceInfo,
    Template,
    misplaced_value,
)
from .readers import Reader, get_reader, ranked_readers
from .readers.html import HtmlReader
from .readers.table_width import rows_read_by_position
from .rules import run_rules
from .sections import SEPARATOR, Regions, detect_template, find_regions, row_labels
from .serialize import to_dict
from .source import Decoded, Source, load

logger = logging.getLogger("govinfo_reports")

_TABLE_NAMES = {
    "active_disclosure": "主动公开政府信息情况 (active_disclosure)",
    "requests": "收到和处理政府信息公开申请情况 (requests)",
    "review_litigation": "行政复议、行政诉讼情况 (review_litigation)",
}


def parse(source: Source, *, reader: str | None = None, encoding: str | None = None) -> Report:
    """Parse one report.

    ``source`` is document text (``str``: plain text or HTML), ``bytes`` (decoded by
    BOM, UTF-8, GB18030, then detection; ``encoding`` overrides) or a path
    (``os.PathLike``). A ``str`` is never taken for a file name; one that is a page's
    bytes decoded as Latin-1 (requests' ``Response.text`` when the server names no
    charset) is read as those bytes, with a warning. ``reader`` names a registered
    reader and skips detection.

    Returns a :class:`Report` whose ``findings`` say what was repaired, guessed or not
    found. Raises :class:`ParseError` when the source holds no report (also a file
    larger than ``source.MAX_BYTES``), :class:`OSError` (``FileNotFoundError``,
    ``PermissionError``) for a path that cannot be read, and :class:`TypeError` for a
    source of another type.
    """
    decoded = load(source, encoding)
    with collector_paused(len(decoded.text) >= PAUSE_FROM_CHARS):
        return _parse(decoded, reader)


def _parse(decoded: Decoded, reader: str | None) -> Report:
    text = decoded.text
    if not text or text.isspace():  # (text.strip() would copy the text)
        raise ParseError("the source is empty: no report to read")
    if "\x00" in text[:4096] and text[:4096].count("\x00") > 16:
        raise ParseError("the source looks binary (NUL bytes), not a report")
    if reader is not None:
        chosen = get_reader(reader)
        result = _read(chosen, decoded)
        if not isinstance(result, ReadResult):
            raise TypeError(
                f"reader {reader!r}: read() returned {type(result).__name__}, not ReadResult"
            )
        try:
            report = _build(result, decoded, reader)
        except _FormBefore2019 as exc:
            raise ParseError(str(exc)) from None
        if report is None:
            raise ParseError(f"reader {reader!r} found no statutory table in the source")
        return report
    scores: list[tuple[str, float]] = []  # as tried, for the message if none reads
    best: Report | None = None
    best_filled = -1  # counted only once a second reading competes with the first
    best_score = 0.0
    for name, score in ranked_readers(text):
        scores.append((name, score))
        logger.debug("reader %s scores %.2f", name, score)
        if best is not None and (score == 0.0 or score < best_score - _COMPETE_MARGIN):
            break
        try:
            result = _read(get_reader(name), decoded)
            if not isinstance(result, ReadResult):
                raise TypeError(f"read() returned {type(result).__name__}, not ReadResult")
            report = _build(result, decoded, name)
        except _FormBefore2019 as exc:  # (the labels tell it, whichever reader split the cells)
            raise ParseError(str(exc)) from None
        except Exception as exc:  # a broken plugin must not stop the built-ins
            warnings.warn(
                f"govinfo_reports: reader {name!r} failed: {type(exc).__name__}: {exc}",
                RuntimeWarning,
                stacklevel=3,  # the caller of parse()
            )
            continue
        if report is None:
            continue
        if _clean(report):
            return report
        # an imperfect reading: close runners-up may compete on the cells they found
        if best is None:
            best, best_score = report, score
            continue
        if best_filled < 0:
            best_filled = _filled_cells(best)
        filled = _filled_cells(report)
        if filled > best_filled:
            best, best_filled, best_score = report, filled, max(best_score, score)
    if best is not None:
        return best
    shown = ", ".join(f"{name}={score:.2f}" for name, score in scores)
    raise ParseError(
        "no statutory table (主动公开 / 依申请公开 / 行政复议诉讼) found in the source by any "
        f"reader (scores: {shown}){_documents_linked(text)}"
    )


#: A link to a document file (``href="…/年报.pdf"``, with a query after it or not): a
#: page publishing its report as an attachment.
_DOCUMENT_LINK = re.compile(
    r"""href\s*=\s*["']?([^"'\s>?#]{0,300}?\.(?:pdf|docx?|wps|xlsx?|et|ofd|zip|rar))"""
    r"""(?=["'\s>?#])""",
    re.IGNORECASE,
)


def _documents_linked(text: str) -> str:
    """For the error on a source with no table: the documents it links to, where its
    report may be (a page publishing the report as an attachment), or ""."""
    names = list(dict.fromkeys(match.group(1) for match in _DOCUMENT_LINK.finditer(text)))
    if not names:
        return ""
    shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
    plural = "s" if len(names) > 1 else ""
    return f"; it links to {len(names)} document{plural} ({shown}): the report may be in one"


def _read(reader: Reader, decoded: Decoded) -> ReadResult:
    if decoded.utf8 is not None and isinstance(reader, HtmlReader):
        return reader.read(decoded.text, utf8=decoded.utf8)  # (no need to encode it again)
    return reader.read(decoded.text)


#: Readers scoring within this of the one that read first compete with an imperfect reading.
_COMPETE_MARGIN = 0.3
_DOUBTFUL = frozenset({"row_width", "unreadable_cell", "missing_row", "missing_table"})


def _clean(report: Report) -> bool:
    """True when the reading needed no repair and found every table and row."""
    return not any(f.code in _DOUBTFUL for f in report.findings)


def _filled_cells(report: Report) -> int:
    """How many published cells a reading found (the measure readers compete on)."""

    def count(value: object) -> int:
        if isinstance(value, dict):
            if "value" in value and "unit" in value:
                return 1
            return sum(count(v) for v in value.values())
        return 0 if value is None else 1

    data = to_dict(report)
    return sum(count(data[key]) for key in ("active_disclosure", "requests", "review_litigation"))


def _year_findings(meta: Metadata) -> list[Finding]:
    """The findings saying the report year is a guess or in doubt."""
    findings: list[Finding] = []
    if meta.year_counts and meta.dated is None:
        named = ", ".join(f"{year}: {count}" for year, count in meta.year_counts[:4])
        counts = meta.year_counts
        tied = len(counts) > 1 and counts[0][1] == counts[1][1]
        findings.append(
            make(
                "year_guessed",
                f"the title gives no year and no statistics period is printed; the report "
                f"year {meta.year} is the year the preamble names most (weighted mentions: "
                f"{named})"
                + (
                    "; years named equally often: the first named is read, the year is in doubt"
                    if tied
                    else ""
                ),
                path="year",
                severity="warning" if tied else "info",
            )
        )
    if meta.other_years and meta.title is not None:
        named = ", ".join(str(year) for year in meta.other_years)
        year = (
            f"the year the preamble names most, {meta.year}, as the title gives none"
            if meta.year_counts and meta.dated is None
            else f"its year {meta.year}"
        )
        findings.append(
            make(
                "year_guessed",
                f"the page prints titles of reports for other years ({named}) before the "
                f"report: read the title nearest the report's body, {meta.title!r}, and "
                f"{year}; the year is in doubt",
                path="year",
                severity="warning",
            )
        )
    if meta.dated is not None:
        if meta.year_counts:
            named = ", ".join(f"{year}: {count}" for year, count in meta.year_counts[:4])
            why = f"the years the preamble names (weighted mentions: {named}) are not before"
        else:
            why = "no report year is named, and the page is dated"
        findings.append(
            make(
                "year_guessed",
                f"{why} the page's date ({meta.dated}); a report is published early in the "
                f"year after its own: read {meta.year}; the year is in doubt",
                path="year",
                severity="warning",
            )
        )
    if meta.title_and_period is not None:
        findings.append(_title_and_period(*meta.title_and_period, meta.year))
    if meta.titled_and_named is not None:
        titled, counts = meta.titled_and_named
        named = ", ".join(f"{year}: {count}" for year, count in counts[:4])
        findings.append(
            make(
                "year_guessed",
                f"the title names the year {titled}, the page is dated {titled} and no "
                f"statistics period is printed, while the preamble names {meta.year} most "
                f"(weighted mentions: {named}): the title names the year of publication; "
                f"read {meta.year}, the year is in doubt",
                path="year",
                severity="warning",
            )
        )
    return findings


def _title_and_period(titled: int, period: int, year: int | None) -> Finding:
    """The finding saying the title's year and the statistics period's differ."""
    if year == period:
        why = (
            f"the page is dated {titled}, so the title names the year of publication: read "
            f"the period's year {period}"
        )
    else:
        why = f"read the title's year {titled}"
    return make(
        "year_guessed",
        f"the title names the year {titled} but the statistics period printed is {period}'s; "
        f"{why}; the year is in doubt",
        path="year",
        severity="warning",
    )


#: The cells heading the one statistics table of reports before the regulation's 2019
#: revision (统计指标 | 单位 | 统计数), which neither template has.
_FORM_BEFORE_2019 = frozenset({"统计指标", "统计数"})
_BEFORE_2019 = (
    "the source prints the statistics table of the regulation before its 2019 revision "
    "(统计指标 | 单位 | 统计数), which reports for 2018 and earlier carry, and none of the "
    "2019 or 2021 templates' tables: govinfo_reports reads those templates only"
)


class _FormBefore2019(ParseError):
    """The source is a report in the form before 2019: raised by :func:`_build` past the
    readers' loop (which skips a reader raising anything else), as a ``ParseError``."""


def _prints_the_form_before_2019(labels: Sequence[str]) -> bool:
    """Whether the rows print the old form's header cells and no 第二十条 caption (a
    report printing table 三 is never asked: it has the templates' tables)."""
    cells = {cell for label in labels if "统计" in label for cell in label.split(SEPARATOR)}
    return cells >= _FORM_BEFORE_2019 and not any("第二十条" in label for label in labels)


def _build(result: ReadResult, decoded: Decoded, reader_name: str) -> Report | None:
    rows = result.grid.rows
    labels = row_labels(rows)
    regions = find_regions(rows, labels)
    if regions.active is None and regions.requests is None and regions.review is None:
        return None
    if regions.requests is None and _prints_the_form_before_2019(labels):
        raise _FormBefore2019(_BEFORE_2019)
    meta = read_metadata(rows, regions.preamble_end, result.title_hint, result.issuer_hint)
    findings: list[Finding] = [*decoded.findings, *result.findings]
    findings += _year_findings(meta)
    template, how = detect_template(rows, regions, meta.year, labels)
    del labels  # one string per row: not kept through the mapping (peak memory)
    if template is None:
        template = "2021"
        findings.append(
            make(
                "template_unknown",
                "neither the table headers nor a report year tell template 2019 from 2021; "
                "read as template 2021",
            )
        )
    elif how == "thin":
        year = "no report year" if meta.year is None else f"the report year {meta.year}"
        findings.append(
            make(
                "template_unknown",
                f"template {template} wins by one word in the tables' headers and labels, "
                f"against {year}; read as {template}: the template is in doubt",
            )
        )
    elif how == "year":
        findings.append(
            make(
                "template_unknown",
                f"the table headers do not tell the template; chose {template} from the "
                f"report year {meta.year}",
                severity="info",
            )
        )
    if regions.requests_before is not None:
        findings.append(_requests_before(rows, regions))
    lines: dict[str, int] = {}
    active, requests, review = _tables(rows, regions, template, findings, lines)
    if not lines:
        return None
    if decoded.text[-1:].isdigit():
        _cut_in_the_last_value(rows, lines, findings, requests, review)
    for key, table in (
        ("active_disclosure", active),
        ("requests", requests),
        ("review_litigation", review),
    ):
        if table is None and not any(f.code == "missing_table" and f.path == key for f in findings):
            findings.append(
                make("missing_table", f"{_TABLE_NAMES[key]}: table not found", path=key)
            )
    return Report(
        title=meta.title,
        organ=meta.organ,
        year=meta.year,
        template=template,
        active_disclosure=active,
        requests=requests,
        review_litigation=review,
        findings=tuple(findings),
        source=SourceInfo(
            path=decoded.path,
            encoding=decoded.encoding,
            encoding_method=decoded.method,
            reader=reader_name,
            lines=lines,
        ),
    )


def _requests_before(rows: Sequence[Row], regions: Regions) -> Finding:
    """The warning on a table 三 printed before table 二 and not read."""
    assert regions.requests_before is not None and regions.requests is not None
    line = rows[regions.requests_before].line
    read = rows[regions.requests[0]].line
    return make(
        "unknown_row",
        f"{_TABLE_NAMES['requests']}: a table 三 is printed before table 二, from line "
        f"{line}, and another after it, from line {read} (two reports in one text?); "
        "the tables after table 二 were read, those before it were not",
        path="requests",
        line=line,
    )


def _tables(
    rows: Sequence[Row],
    regions: Regions,
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
) -> tuple[ActiveDisclosure | None, Requests | None, ReviewLitigation | None]:
    active: ActiveDisclosure | None = None
    requests: Requests | None = None
    review: ReviewLitigation | None = None
    total = len(rows)
    if regions.active is not None:
        start, end = regions.active
        closed = end < total
        active = _built(
            lambda table_rows, found, at: build_active(table_rows, template, found, at, closed),
            rows[start:end],
            findings,
            lines,
        )
    if regions.requests is not None:
        start, end = regions.requests
        closed = end < total
        requests = _built(
            lambda table_rows, found, at: build_requests(table_rows, template, found, at, closed),
            rows[start:end],
            findings,
            lines,
        )
    if regions.review is not None:
        start, end = regions.review
        closed = end < total
        review = _built(
            lambda table_rows, found, at: build_review(table_rows, found, at, closed),
            rows[start:end],
            findings,
            lines,
        )
    return active, requests, review


_Table = TypeVar("_Table")


def _built(
    build: Callable[[Sequence[Row], list[Finding], dict[str, int]], _Table],
    table_rows: Sequence[Row],
    findings: list[Finding],
    lines: dict[str, int],
) -> _Table:
    """``build(table_rows, findings, lines)``, read again (:func:`_read_again`) where it
    added findings."""
    mark = len(findings)
    table = build(table_rows, findings, lines)
    if len(findings) > mark:
        table = _read_again(build, table, (table_rows, findings, mark, lines))
    return table


def _read_again(
    build: Callable[[Sequence[Row], list[Finding], dict[str, int]], _Table],
    table: _Table,
    read: tuple[Sequence[Row], list[Finding], int, dict[str, int]],
) -> _Table:
    """``table`` as ``build(rows, findings, lines)`` read it from ``read``'s rows (its
    findings from ``read``'s index on in ``read``'s findings, its rows' lines in its
    lines), or read again with the rows it found a value short read by position where
    the rows around them show them printed as wide as the table
    (:func:`.readers.table_width.rows_read_by_position`), when that reading has fewer
    warnings and none on those rows."""
    rows, findings, mark, lines = read
    wide = rows_read_by_position(rows, findings[mark:])
    if wide is None:
        return table
    again: list[Finding] = []
    again_lines: dict[str, int] = {}
    table_again = build(wide, again, again_lines)
    fixed = {row.line for row, before in zip(wide, rows, strict=True) if row is not before}
    if _warnings(again) >= _warnings(findings[mark:]) or any(
        f.code == "row_width" and f.line in fixed for f in again
    ):
        return table
    del findings[mark:]
    findings += again
    lines.update(again_lines)
    return table_again


def _warnings(findings: Sequence[Finding]) -> int:
    """How many of ``findings`` are not ``info``."""
    return len([f for f in findings if f.severity != "info"])


def _cut_in_the_last_value(
    rows: Sequence[Row],
    lines: dict[str, int],
    findings: list[Finding],
    requests: Requests | None,
    review: ReviewLitigation | None,
) -> None:
    """Warn on the last table row when the input ends inside its last value, for all
    one can tell: on a digit, no line end after it (an excerpt of a longer page cut at
    a character count: ``17`` printed, ``1`` kept). The row has all its values, so
    nothing else says so; rows after the label's line must print no text after their
    first value (prose after the table ending in a number is no cell of it). Not on a
    row of table 三 or 四 printing every count whose totals are the sums of its parts,
    nor on either table's last row printing every count: a whole text may end there,
    and ``validate()``'s arithmetic checks the totals. A row with a blank count is
    warned on (no arithmetic checks it), and so are table 二's last rows (the fee, the
    procurement amount): a whole report goes on after table 二."""
    path = max(lines, key=lines.__getitem__)
    at = lines[path]
    if any(f.path == path and f.severity != "info" for f in findings):
        return  # (a row short of values: the finding that says so is there)
    counts = _printed_counts(path, requests, review)
    if counts is not None and (
        path in _LAST_ROWS or all(sum(each[:-1]) == each[-1] for each in counts)
    ):
        return  # (a whole text may end on its last count; a number cut short breaks a sum)
    # (the last cell printing something: a reader pads a row cut after a bar with empty
    # cells, and a cut number stands before them)
    last = next((text.strip() for text in reversed(rows[-1].texts) if text.strip()), "")
    if not last[-1:].isdigit() or read_value(last).kind is TEXT_KIND:
        return
    labelled = False  # (walking back: a text cell seen, the row's label)
    for row in reversed(rows):
        if row.line < at:
            break
        for text in reversed(row.texts):
            kind = read_value(text).kind
            if kind is TEXT_KIND:
                labelled = True
            elif labelled and kind is not EMPTY_KIND:  # (not a label's indenting cells)
                return
    findings.append(
        make(
            "row_width",
            f"{describe(path)}: the input ends inside or right after this row's last value "
            f"{last!r}, with no line end after it: an excerpt cut there may have cut the "
            "number short (check the value against the page)",
            path=path,
            line=rows[-1].lines[-1],
        )
    )


#: The last row of tables 三 and 四: a text ending on its last value, with no line end
#: after it, is as likely a whole text as a cut one (``"\n".join(lines)``); printing
#: every count, it is checked by ``validate()``'s arithmetic.
_LAST_ROWS = frozenset(
    {
        "requests.carried_forward",
        "review_litigation",
    }
)


def _printed_counts(
    path: str, requests: Requests | None, review: ReviewLitigation | None
) -> list[list[int]] | None:
    """The counts of the table-三 row or of table 四 at ``path``, a list for each group
    that sums to its last count; ``None`` where one is blank, or for table 二 (no
    arithmetic)."""
    table, _, rest = path.partition(".")
    counts: list[list[int | None]]
    if table == "review_litigation" and review is not None:
        groups = [getattr(review, group) for group in REVIEW_GROUPS]
        counts = [[getattr(group, column) for column in REVIEW_COLUMNS] for group in groups]
    elif table == "requests" and requests is not None:
        row: object = requests
        for name in rest.split("."):
            row = getattr(row, name)
        counts = [[getattr(row, column, None) for column in APPLICANT_COLUMNS]]
    else:
        return None
    if any(None in each for each in counts):
        return None
    return cast("list[list[int]]", counts)


def validate(report: Report) -> list[Finding]:
    """Every finding on a report: the parse findings, then the arithmetic rules.

    Never raises on a :class:`Report` as :func:`parse` or ``from_dict`` make them; blank
    operands make a rule ``not_assessable`` (reported once per rule) instead of being
    read as 0. A hand-built report with a cell that is not a whole number, money or
    ``None`` (``"5"``) is a :class:`TypeError` naming the cell.
    """
    if not isinstance(report, Report):
        raise TypeError(f"validate() takes a Report, not {type(report).__name__}")
    try:
        return [*report.findings, *run_rules(report)]
    except TypeError:
        misplaced = misplaced_value(report)
        if misplaced is None:
            raise
        path, value = misplaced
        raise TypeError(
            f"validate(): {path} holds {value!r} ({type(value).__name__}); a cell holds an "
            "int, a Money or None"
        ) from None

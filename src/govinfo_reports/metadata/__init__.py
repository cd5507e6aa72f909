"""Title, organ and report year from the text before the tables.

:func:`read_metadata` reads them from a report's rows; the finders are in the package's
modules: :mod:`.title`, :mod:`.organ` and :mod:`.year`, on the cleaned lines of
:mod:`._text`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from ..grid import Row
from ._text import _DIVISION_FIRST, _either, _Lines, _no_name, _without_markup, clean_title
from .organ import (
    _dated_organ,
    _department_site,
    _in_full,
    _issuer,
    _issuer_named,
    _named_after_title,
    _organ_as_subject,
    _organ_from_contact,
    _organ_from_sentences,
    _signed_organ,
    _site_organ,
    is_organ_name,
    organ_from_title,
)
from .title import _find_title, _labelled_title, _title_in_cells, _title_of
from .year import (
    _bare_year,
    _dated_in,
    _details_dated_in,
    _most_named_year,
    _page_dates,
    _period_year,
    title_year,
)

#: The first section heading: the title stands before it, never in the body (一、…, or
#: 总体情况 numbered otherwise: （一）, 第一部分, 第一章, 1., 壹、, Ⅰ、).
_FIRST_SECTION = re.compile(
    r"^(?:一\s*[、.．]|(?:[(（]\s*一\s*[)）]|第一(?:部分|章|节)|[1壹Ⅰ]\s*[、.．]|一)?\s*"
    rf"{_either('总体情况')}|概述)"
)

__all__ = ["Metadata", "clean_title", "is_organ_name", "organ_from_title", "read_metadata"]


@frozen
class Metadata:
    """What the preamble says about the report."""

    title: str | None
    organ: str | None
    year: int | None
    title_line: int | None
    #: When the year is the one the preamble names most (no title year, no statistics
    #: period): how often each year was named, most first, for the finding saying so.
    year_counts: tuple[tuple[int, int], ...] = ()
    #: The years other titles in the preamble name (a list of links above the report):
    #: the title nearest the report's body was read, and its year is in doubt.
    other_years: tuple[int, ...] = ()
    #: The title's year and the statistics period's, when they differ (a title naming
    #: the year of publication, or a period copied from last year's report): ``year``
    #: is the one read, and it is in doubt.
    title_and_period: tuple[int, int] | None = None
    #: When no year is named, the year the page is dated in (its details, a signature):
    #: ``year`` is the year before it, a guess.
    dated: int | None = None
    #: The title's year and how often the preamble names each year (most first), when
    #: the title names the year the page is dated in and the prose names the year before
    #: most, no statistics period printed: ``year`` is the prose's, a guess.
    titled_and_named: tuple[int, tuple[tuple[int, int], ...]] | None = None


def read_metadata(
    rows: Sequence[Row], end: int, title_hint: str | None = None, issuer_hint: str | None = None
) -> Metadata:
    """Scan the preamble (rows before the first table) for title, organ and year.

    The title is the first short line naming 信息公开 and 报告, preferring one with a
    year (a name glued on after it by white space, as page titles do, is left out),
    before the report's first section (or, when none is before it, one naming its year
    or its organ before the next line starting a first section: a contents list or a
    menu before the title);
    the organ comes from the title, else from a sentence that announces the report
    (``现公布XX局2023年…年度报告``, ``现将XX局2023年…报告公布如下``), else from
    the page's issuer line before the report's first section (``发布机构：XX局``,
    else ``来源：XX局``, else ``issuer_hint``: an HTML page's ``<meta name="ContentSource">``),
    else from the contact sentence (``请与XX办公室联系``); an
    issuer that names the organ found in the title or sentence in a longer form
    (``区统计局`` / ``杨陵区统计局``) gives it in that form. The year comes from the
    title, else the year the preamble names most often (the report year; the
    publication date is named once). Traditional characters (a site's 繁體 version)
    are read in their simplified forms; the title and organ are returned as printed.
    """
    preamble = _Lines()
    contact = _Lines()
    # where the report's first section starts (一、总体情况): a row, and a preamble line
    body_row, body_line = end, None
    for index, row in enumerate(rows):
        texts = row.texts
        if index >= end:
            # most rows after the preamble: only a contact sentence is read there
            joined = texts[0] if len(texts) == 1 else "\x1f".join(texts)
            if "联系" not in joined and "聯繫" not in joined:
                continue  # (a contact sentence there names 联系: 致电, 咨询 are read above)
        for position, text in enumerate(texts):
            if text.strip():  # the row's first printed cell
                if index < end:
                    head = text.lstrip()[:1]
                    if head in _MARKUP_FIRST:
                        text = _without_markup(text)
                        head = text.lstrip()[:1]
                    if body_line is None and _FIRST_SECTION.match(text.strip()):
                        body_row, body_line = index, len(preamble)
                    line = row.line_of(position)
                    if head in _TITLE_LABEL_FIRST:
                        text, line = _labelled_title(row, position, text, line)
                    if position + 1 < len(texts) <= position + _MAX_TITLE_CELLS:
                        text = _title_in_cells(texts, position, text)
                    preamble.add(text, line)
                elif "联系" in text or "聯繫" in text:
                    contact.add(text, row.line_of(position))
                break
    body = len(preamble) if body_line is None else body_line
    title, title_line, organ, other_years = _find_title(preamble, body, title_hint)
    if title is None and body_line is not None:
        # a contents list or a site's menu before the title (一、总体情况 / 二、… /
        # 某局2023年…报告 / 一、总体情况): a title before the next first section
        again = next(
            (
                index
                for index in range(body + 1, len(preamble))
                if _FIRST_SECTION.match(preamble.raw[index][0].strip())
            ),
            None,
        )
        if again is not None:
            found = _find_title(preamble, again, title_hint, body + 1)
            if found[0] is not None and (
                title_year(found[0]) is not None
                or (found[2] or organ_from_title(found[0])) is not None
            ):
                # (a title naming its year, or its organ: 某街道办事处政府信息公开…报告)
                title, title_line, organ, other_years = found
    if title is None and title_hint:
        title = _title_of(title_hint)  # e.g. an HTML page's <title>
    year: int | None = None
    if title is not None:
        year = title_year(title)
        if organ is None:
            organ = organ_from_title(title)
        if organ is not None and _no_name(organ):
            organ = None  # 我局2023年…报告: the sentences may name it
    if organ is None:
        organ = _organ_from_sentences(preamble)
    issuer = _issuer(rows, body_row)
    if issuer is None and issuer_hint:
        issuer = _issuer_named(issuer_hint) or _department_site(issuer_hint)
    if organ is None:
        organ = (
            issuer
            or _dated_organ(rows, body_row)
            or _signed_organ(rows, body_row)
            or _organ_from_contact(preamble)
            or _organ_from_contact(contact)
            or _named_after_title(rows, body_row, title, title_line)
            or _organ_as_subject(preamble)
            or _site_organ(preamble, body)
        )
    elif issuer is not None and len(issuer) > len(organ) and issuer.endswith(organ):
        organ = issuer  # 区统计局 in the title, 发布机构：杨陵区统计局: the same body in full
    elif organ[0] in _DIVISION_FIRST:
        # 区统计局 in the title, 杨陵区统计局 signing, on the byline or to contact: the
        # same body in full
        organ = _in_full(
            organ,
            lambda: _signed_organ(rows, body_row),
            lambda: _dated_organ(rows, body_row),
            lambda: _organ_from_contact(preamble),
            lambda: _organ_from_contact(contact),
        )
    counts: tuple[tuple[int, int], ...] = ()
    differing: tuple[int, int] | None = None
    titled_and_named: tuple[int, tuple[tuple[int, int], ...]] | None = None
    dated: int | None = None
    if year is None:
        year, counts = _most_named_year(preamble)
        if counts and (dated := next(_page_dates(rows, body_row), None)) is not None:
            if year is not None and year < dated:
                dated = None  # (the year named most is before the page's date, as it must be)
            else:
                year = dated - 1  # 2024年，我局将… named most on a page dated 2024: plans
    elif (period := _period_year(preamble)) is not None and period != year:
        differing = (year, period)
        if period == year - 1 and _dated_in(rows, body_row, year):
            year = period  # 2024年…报告 dated 2024 about 2023: the title's is the publication's
    elif period is None and _details_dated_in(rows, body_row, year):
        # 2024年…报告 dated 2024, the prose naming 2023 most: the title's is the
        # publication's year (only the page's details are looked at: a signature's
        # date is found after every table)
        named, mentions = _most_named_year(preamble)
        if named == year - 1:
            titled_and_named = (year, mentions)
            year = named
    if year is None and title is not None:
        year = _bare_year(title)
    if year is None:
        # no year named but the page's date (发布时间：2024-01-20, a signature): a report
        # is published early in the year after its own
        dated = next(_page_dates(rows, body_row), None)
        year = None if dated is None else dated - 1
    return Metadata(
        title, organ, year, title_line, counts, other_years, differing, dated, titled_and_named
    )


#: The first characters of Markdown's marks around a line (a heading's ``#``, a quote's
#: ``>``, emphasis): a cheap test per line.
_MARKUP_FIRST = frozenset("#>*_")


_TITLE_LABEL_FIRST = frozenset("信文名标題题標")


#: The most cells a title printed across a row's cells is read from (a tab-separated
#: text's title row: 某局 / 2023年…报告).
_MAX_TITLE_CELLS = 3

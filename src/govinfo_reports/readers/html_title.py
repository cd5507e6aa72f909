"""The title and issuer hints an HTML page gives beside its text: its <title> without the
site's name, the organ before or after it, its meta tags."""

from __future__ import annotations

import re

from ..grid import Cell
from ..metadata import is_organ_name, organ_from_title
from .html_base import _MAX_LINK_TITLE, _clean, _Element, _line

_TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜丨│]|--?|—+|－+|–)\s*")


def _page_title(root: _Element) -> Cell | None:
    """The ``<title>``, without the site name that pages append (``报告_栏目_网站``); when
    it names no report (only the site), the first title ``<meta>`` that names one
    (``ArticleTitle``, which government sites' article pages carry, ``og:title``,
    ``twitter:title``, ``DC.title``)."""
    element = root.find("head/title")
    if element is None:
        element = root.find(".//title")
    page_title: Cell | None = None
    if element is not None:
        text = _clean("".join(str(part) for part in element.itertext()))
        parts = _title_parts(text)
        chosen = _report_part(parts)
        if chosen is not None:
            return Cell(_with_organ_after(_without_site(chosen), parts, chosen), _line(element), 0)
        page_title = Cell(text, _line(element), 0) if text else None
    meta = _title_meta(root)
    if meta is not None:
        content = _clean(meta.get("content") or "")
        parts = _title_parts(content)  # (parted as a <title> is: 报告 :: 某局)
        chosen = _report_part(parts) or content
        return Cell(_with_organ_after(_without_site(chosen), parts, chosen), _line(meta), 0)
    return page_title


def _title_meta(root: _Element) -> _Element | None:
    """The page's first title ``<meta>`` (see :data:`_TITLE_METAS`) naming a report."""
    for meta in root.iterfind("head/meta"):
        name = meta.get("name") or meta.get("property")
        if name and name.lower() in _TITLE_METAS and _names_report(meta.get("content") or ""):
            return meta
    return None


def _title_parts(text: str) -> list[str]:
    """A page title's parts (the report's title, the site's columns and name, the
    organ's), parted by the marks sites print between them: ``_``, ``|``, dashes, and
    also ``::``, ``»``, ``›``, ``>``, ``‖``, and ``~``, ``/``, ``·`` with spaces
    around them (unspaced, they may be a name's or a year's: 第一师·阿拉尔市)."""
    if _MORE_TITLE_MARKS.search(text) is None:
        return [part for part in _TITLE_SEPARATORS.split(text) if part]
    return [part for part in _TITLE_PARTS.split(text) if part]


#: The marks parting a page title besides ``_TITLE_SEPARATORS`` (see :func:`_title_parts`).
_MORE_TITLE_MARKS = re.compile(r"::|[»›>‖]|\s[~/／·•・]\s")

_TITLE_PARTS = re.compile(r"\s*(?:[_|｜丨│‖»›>]|::|--?|—+|－+|–|(?<=\s)[~/／·•・](?=\s))\s*")


def _with_organ_after(title: str, parts: list[str], chosen: str) -> str:
    """A page title naming no organ with the name the site prints after it kept
    (``2023年…报告_某局``), where that is a department's: the metadata reads it as the
    organ only where the text names none (as it does a text's first line). A
    government's name there (``…_某县人民政府``) is left out: its portal hosts its
    departments' reports."""
    if parts[-1] is chosen or organ_from_title(title) is not None:
        return title
    at = next(index for index, part in enumerate(parts) if part is chosen)
    for after in parts[at + 1 :]:  # (a site's columns may stand between)
        organ = _department(after)
        if organ is not None:
            return f"{title}_{organ}"
        if _owns_a_portal(after):
            return title
    return title


def _department(name: str) -> str | None:
    """``name`` if it is a department's name, or the department whose site it names
    (``某局网站``, ``某局门户网站``); ``None`` for a government's or its portal's."""
    for word in _DEPARTMENT_SITE_WORDS:
        if name.endswith(word):
            name = name[: -len(word)]
            break
    if (name.endswith("政府") and not _TOWNSHIP.search(name)) or not is_organ_name(name):
        return None
    return name


#: A township's government (某镇人民政府, 某乡政府, 某苏木人民政府): the reporting body
#: where a page title names it, as no department's reports are hosted under its name.
_TOWNSHIP = re.compile(r"(?:镇|乡|苏木|鎮|鄉)(?:人民)?政府$")

#: How a department's site's name ends after the department's name.
_DEPARTMENT_SITE_WORDS = ("门户网站", "门户网", "官方网站", "网站", "官网", "網站", "門戶網站")


def _owns_a_portal(name: str) -> bool:
    """Whether ``name`` is a site's or a government's (a portal hosting its departments'
    reports), not a department's own name."""
    return _names_site(name) or name.endswith(("政府", "人民政府")) or _names_report(name)


def _organ_before_title(root: _Element) -> str | None:
    """The name printed before the report's words in the page's ``<title>``
    (``某局 | 2023年…报告``): the article's own body, as sites print their own name after
    the title. Not a site's name, nor a government's (人民政府: a portal's owner, hosting
    its departments' reports, may print its name first); the metadata reads it only if
    it is an organ's name, and only where the text names none."""
    element = root.find("head/title")
    text = "" if element is None else _clean("".join(str(part) for part in element.itertext()))
    parts = _title_parts(text)
    chosen = _report_part(parts)
    if chosen is None and (meta := _title_meta(root)) is not None:
        # a <title> naming no report (only the site): the title <meta> read instead
        parts = _title_parts(_clean(meta.get("content") or ""))
        chosen = _report_part(parts)
    if chosen is None or len(parts) < 2:
        return None
    at = next(index for index, part in enumerate(parts) if part is chosen)
    for before in reversed(parts[:at]):  # (a site's columns may stand between)
        organ = _department(before)
        if organ is not None:
            return organ
        if _owns_a_portal(before):
            return None
    return None


def _report_part(parts: list[str]) -> str | None:
    """The part of a page title that is the report's title: the longest naming a report
    (not a column such as 年度报告), else the first naming 报告."""
    named = [part for part in parts if _names_report(part)]
    if named:
        return max(named, key=len)
    return next((part for part in parts if "报告" in part or "報告" in part), None)


def _without_site(title: str) -> str:
    """A page title naming a report without the site's name beside it in brackets
    (``【…网站】``) or after a mark the title separators leave alone (·, •, /, ＿, », or
    white space), maybe with short parts (the site's columns) between: the other parts
    must be a site's name and such short parts, else the title is kept whole
    (第一师·阿拉尔市…, a year spaced out)."""
    bracketed = _BRACKETED.search(title)
    if bracketed is not None and _names_site(bracketed.group(1) or bracketed.group(2)):
        title = (title[: bracketed.start()] + title[bracketed.end() :]).strip()
    if not _SITE_MARK.search(title):
        return title
    parts = [part for part in _SITE_MARKS.split(title) if part]
    chosen = _report_part(parts)
    others = [part for part in parts if part is not chosen]
    if (
        chosen is not None
        and any(map(_names_site, others))
        and all(_names_site(part) or len(part) <= _MAX_COLUMN for part in others)
    ):
        return chosen
    return title


def _names_site(text: str) -> bool:
    """Whether ``text`` is a web site's name (…门户网站, …政府网, …平台), not an organ's
    (网信办 names an office)."""
    return text.endswith(_SITE_ENDS) or "门户" in text or "門戶" in text


#: Marks that part a page title from the site's name, besides ``_TITLE_SEPARATORS``.
_SITE_MARKS = re.compile(r"\s*[·•・／/＿»›]\s*|\s+")

_SITE_MARK = re.compile(r"[·•・／/＿»›\s]")

#: A bracketed part at the start or the end of a title (a site's name?): its text.
_BRACKETED = re.compile(
    r"\A\s*[【\[（(]([^】\]）)]{1,60})[】\]）)]|[【\[（(]([^】\]）)]{1,60})[】\]）)]\s*\Z"
)

#: Longest part between a page title and the site's name read as a column of the site.
_MAX_COLUMN = 8

#: How a web site's name ends.
_SITE_ENDS = ("网", "网站", "網", "網站", "平台")


def _described_title(root: _Element) -> str | None:
    """The page's ``<meta name="description">`` if it reads as a report's title (site
    systems fill it with the article's title, or its first words): it names a report,
    ends with its noun (报告, 年报) and holds no sentence or list punctuation. Only a
    hint, for a page whose body and ``<title>`` name no report."""
    text = _meta_content(root, "description")
    if (
        text is not None
        and len(text) <= _MAX_LINK_TITLE
        and text.endswith(_TITLE_ENDS)
        and _names_report(text)
        and not any(mark in text for mark in _PROSE_MARKS)
    ):
        return text
    return None


def _content_source(root: _Element) -> str | None:
    """The page's ``<meta name="ContentSource">`` (信息来源, the body that published the
    article, which government sites' article pages carry), if it prints anything. Only a
    hint: the text's issuer lines and title go before it."""
    return _meta_content(root, "contentsource") or None


def _meta_content(root: _Element, name: str) -> str | None:
    """The cleaned content of the page's first ``<meta>`` named ``name`` (lower case;
    names are matched case-blind), ``None`` if there is none."""
    for meta in root.iterfind("head/meta"):
        named = meta.get("name")
        if named and named.lower() == name:
            return _clean(meta.get("content") or "")
    return None


_TITLE_ENDS = ("报告", "年报", "報告", "年報")

_PROSE_MARKS = "，。；,;！？!?"

#: ``<meta>`` names (or ``property``) that carry an article's title: government sites'
#: ArticleTitle, share cards' (Open Graph, as WeChat's, and Twitter's), Dublin Core's.
_TITLE_METAS = frozenset({"articletitle", "og:title", "twitter:title", "dc.title"})


def _names_report(text: str) -> bool:
    """Whether ``text`` can be a report's title: it names 报 (报告, 年报) and 信息公开 or
    政务公开, in either script."""
    return ("报" in text or "報" in text) and any(word in text for word in _DISCLOSURE)


_DISCLOSURE = ("信息公开", "政务公开", "信息公開", "政務公開")

"""The report's title among the preamble's lines (wrapped, in cells, on a cover, after a
breadcrumb)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..grid import Row
from ._text import (
    _ANY_YEAR,
    _CHINESE_NUMERAL_YEAR,
    _CHROME,
    _CUT,
    _INTERPRETING,
    _LABEL,
    _NOT_NAME_START,
    _ORGAN_SUFFIX,
    _PLACE,
    _SENTENCE_MARK,
    _either,
    _fold,
    _interprets,
    _Lines,
    _spaced,
    clean_title,
)
from .organ import (
    _completed_name,
    _looks_like_organ,
    _only_a_name,
    _organ_from_sentences,
    _site_owner,
    organ_from_title,
)
from .year import _most_named_year, title_year

_TITLE_STARTS_NOT = (
    "根据",
    "依据",
    "按照",
    "本报告",
    "现将",
    "为",
    "当前",
    "来源",
    "发布",
    ">",
    "›",
    "»",
)


_MAX_TITLE = 70


#: The longest line read for a title with a date, a label or a file type after it.
_MAX_TITLE_LINE = 120


#: A line ending in a year (平潭综合实验区2019年, a title's first line before its rest).
_YEAR_AT_END = re.compile(rf"(?:(?:19|20)\d{{2}}|{_CHINESE_NUMERAL_YEAR})\s*年度?$")


#: Navigation labels: another page's title follows them.
_NAVIGATION = ("上一篇", "下一篇", "上一条", "下一条", "相关")


#: The characters a title may be printed between, the same run on both sides (—— … ——,
#: ◆…◆, === … ===), white space included.
_DECORATION = "—–-=~*#◆◇■□●○★☆※◎ "


#: A list's mark before a line's text (cleaned): a bullet, or a number (1. 1、 (1)).
_LIST_MARK = re.compile(
    r"(?:[·•▪◆◇■□●○►▶★☆※◎*]|\d{1,2}\s*[.、)）]|[(（]\d{1,2}[)）])\s*(?=[\u3400-\u9fff])"
)


def _marked_title(preamble: _Lines, index: int, text: str) -> bool:
    """Whether the first title line (``index``), printed with a list's mark, is the
    page's own title (a heading styled as a list's item: ■ 某局2023年…报告): no line
    starting with a mark is next to it, and the prose names no year other than its
    (``text``, after the mark) year. Else it is an entry of a list of pages (another
    year's report: ● 某局2022年…报告 above a report on 2023)."""
    if _in_a_list(preamble, index):
        return False
    year = title_year(text)
    return year is None or _most_named_year(preamble)[0] in (None, year)


def _in_a_list(preamble: _Lines, index: int) -> bool:
    """Whether a preamble line next to ``index`` (before or after) starts with a list's
    mark too."""
    return any(
        0 <= near < len(preamble)
        and not "\u3400" <= preamble.raw[near][0].lstrip()[:1] <= "\u9fff"
        and _LIST_MARK.match(preamble.text(near)) is not None
        for near in (index - 1, index + 1)
    )


#: An entry of a list of pages (a bullet, or a date in brackets, before its title).
_LIST_ENTRY = re.compile(
    r"[·•▪◆◇■□●○►▶]"
    r"|[\[【(（]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\]】)）]"
)


#: What may follow a title's last word 报告: a bracketed note (全文, 2023年度, a date; in
#: 【】 one naming the text, its year or its organ, not a page's buttons: 【打印】),
#: a year printed without 年 (…报告2023), the words saying which text it is, unbracketed
#: (…报告全文, …报告 正文, …年报摘要), 书 (…报告书); a period in brackets.
_TITLE_TAIL = re.compile(
    r"(?:\s*[(（][^()（）]{0,30}[)）]|\s*【[^【】]{0,28}(?:全文|正文|摘要|年|年度|局|委员会|委|办公室|办|中心|政府|办事处|院)】"
    r"|\s*[》」』〉】〕\]”\"]|(?<=告)\s*(?:19|20)\d{2}"
    r"|(?<=[告报])\s*(?:全文|正文|摘要)|(?<=告)书)*$"
)


#: Verbs telling what was done with a report: before a title's year or words, the line
#: is prose (按时发布2022年度…报告, 完成2022年…报告), not the report's name (a body's
#: name may hold one: 机构编制委员会办公室, 新闻发布中心).
_PUBLISHING = re.compile(r"发布(?!中心)|公布|印发|编制(?!委员会|办)|报送|上报|完成")


def _is_title(text: str) -> bool:
    if len(text) > _MAX_TITLE or text.startswith(_TITLE_STARTS_NOT):
        return False
    if not ("信息公开" in text or "政务公开" in text):
        return False
    # a title is a name, not a piece of prose: it holds no sentence punctuation and
    # ends with its 报告 (e.g. a line cut out of a wrapped sentence does not), or with
    # 年报 and a year (政府信息公开年报 alone is a site's section, not a title; …年报
    # （2023年度） is one)
    # (a tail never ends in 报告 or 年报: most titles need no search for one)
    body = text if text.endswith(("报告", "年报")) else _TITLE_TAIL.sub("", text)
    if not (body.endswith("报告") or (body.endswith("年报") and title_year(text) is not None)):
        return False
    if _interprets(body):
        body = _INTERPRETING.sub("", body, count=1)
    body = _LABEL.sub("", body)
    cut = _CUT.search(body)
    if cut is not None and _PUBLISHING.search(body, 0, cut.start()):
        return False  # 按时发布2022年度…报告: a line of prose about another report
    mark = _SENTENCE_MARK.search(body)
    if mark is not None and mark.group() in ":：" and _looks_like_organ(body[: mark.start()]):
        mark = _SENTENCE_MARK.search(body, mark.end())  # 某局：2023年…报告: the organ's label
    return mark is None


#: A label naming a page's title in its table of details (名称：, 标题：, 信息名称：…).
_TITLE_LABEL = re.compile(
    rf"\s*(?:{_either('信息')}|{_either('文件')}|{_either('文章')})?"
    rf"(?:{_spaced('名称')}|{_spaced('标题')}|{_spaced('题名')})\s*(?P<colon>[:：])?\s*"
)


def _labelled_title(row: Row, position: int, text: str, line: int) -> tuple[str, int]:
    """A preamble row's first printed cell ``text`` (on ``line``) as a line to read: a
    title labelled in a page's table of details (``名称：…报告``, or ``名称：`` and the
    title in the row's next printed cell) is read without its label, else the cell is
    read as it is."""
    label = _TITLE_LABEL.match(text)
    if label is None:
        return text, line
    rest = text[label.end() :]
    if rest.strip():
        # (a label, its colon or white space after it: 标题 some words is a label too)
        spaced = label.end() > 0 and text[label.end() - 1].isspace()
        return (rest, line) if label.group("colon") or spaced else (text, line)
    texts = row.texts
    for following in range(position + 1, len(texts)):
        if texts[following].strip():
            return texts[following], row.line_of(following)
    return text, line


def _names_a_report(raw: str) -> bool:
    """A cheap test on the uncleaned text: does it hold 报告 or 年报 (in either script)?"""
    return ("报" in raw or "報" in raw) and ("告" in raw or "年报" in raw or "年報" in raw)


def _could_be_title(raw: str) -> bool:
    """A cheap test on the uncleaned text: can cleaning it make a title, or a title
    with a date or a label after it (:func:`_title_before_extra`)?"""
    if not (_names_a_report(raw) and "公" in raw and ("开" in raw or "開" in raw)):
        return False
    if len(raw) <= _MAX_TITLE_LINE:
        return True
    # cleaning only collapses or drops white space (and zero-width characters)
    printed = len("".join(raw.split())) - raw.count("\u200b") - raw.count("\ufeff")
    return printed <= _MAX_TITLE_LINE


def _title_in_cells(texts: tuple[str, ...], position: int, text: str) -> str:
    """A title printed across a row's cells from ``position`` on (a tab or a table cell
    between the organ and the year: ``某局\t2023年…报告``), joined, where the first cell
    alone (``text``, as read: a labelled title's is the title) names no report; else
    ``text``."""
    last = texts[-1]
    if not ("报" in last or "報" in last) or _names_a_report(text):
        return text  # (a cheap test: most rows' last cells name no report)
    joined = "".join(cell.strip() for cell in texts[position:])
    if _could_be_title(joined) and _is_title(_fold(clean_title(joined))):
        return joined
    return text


def _find_title(
    preamble: _Lines, body: int, title_hint: str | None = None, first: int = 0
) -> tuple[str | None, int | None, str | None, tuple[int, ...]]:
    """The first title naming a year among the preamble's lines from ``first`` to
    before ``body`` (the report's first section: a line in it naming a report names
    another one), else the first title. A title with a year naming
    no organ gives way to a later one that is the same title with the organ's name
    before it (a page's ``<title>`` ``2023年…报告_网站`` before its heading
    ``某局2023年…报告``): the same report, named in full. Titles naming a year beside
    one naming none, none naming the year the prose names most, are links to other
    reports: the last title naming none is read, the others' years returned.

    Titles naming different years name different reports (a list of links above the
    report, a breadcrumb to another page): only those naming the year of the page's own
    title (``title_hint``, an HTML page's ``<title>``) are considered, else those naming
    the year of the last one, the title nearest the report's body; the other years are
    returned (last), for the finding saying the year is in doubt.

    Titles of that year naming different organs name different reports too (a list of
    other offices' reports above the heading or below it): the one that is the page's
    own title is read, else the last one naming the organ a sentence announcing the
    report names (``现公布XX局2023年…报告``), else the one nearest the report's body."""
    titles = list(_titles(preamble, body, first))
    dated = [(entry, found) for entry in titles if (found := title_year(entry[0])) is not None]
    if dated and len(dated) < len(titles):
        # titles naming a year beside one naming none (links to other years' reports
        # around the page's own title printing none): the dated ones name other
        # reports when the prose names another year
        prose_year = _most_named_year(preamble)[0]
        if prose_year is not None and all(found != prose_year for _, found in dated):
            undated = [entry for entry in titles if title_year(entry[0]) is None]
            return (*undated[-1], tuple(sorted({found for _, found in dated})))
    others: tuple[int, ...] = ()
    if len({year for _, year in dated}) > 1:
        years = [year for _, year in dated]
        own = _title_of(title_hint) if title_hint else None
        year = title_year(own) if own is not None else None
        if year not in years:
            year = years[-1]
        others = tuple(sorted(set(years) - {year}))
        titles = [entry for entry in titles if title_year(entry[0]) in (None, year)]
        dated = [(entry, found) for entry, found in dated if found == year]
    if len({entry[0] for entry, _ in dated}) > 1:  # (the same title twice names one body)
        named = [
            (entry, organ)
            for entry, _ in dated
            if (organ := entry[2] or organ_from_title(entry[0])) is not None
        ]
        if any(not _same_body(named[0][1], organ) for _, organ in named[1:]):
            own = _title_of(title_hint) if title_hint else None
            mine = [entry for entry, _ in named if own is not None and entry[0] == own]
            if not mine and (announced := _organ_from_sentences(preamble)) is not None:
                # links to other offices' reports between the title and the body: the
                # sentence announcing the report names its organ
                mine = [entry for entry, organ in named if _same_body(organ, announced)][-1:]
            titles = [mine[0] if mine else named[-1][0]]
    return (*_first_title(titles), others)


def _same_body(organ: str, other: str) -> bool:
    """Whether two organs' names name the same body (区统计局, 杨陵区统计局)."""
    organ, other = _fold(organ), _fold(other)
    return organ.endswith(other) or other.endswith(organ)


def _first_title(
    titles: Sequence[tuple[str, int, str | None]],
) -> tuple[str | None, int | None, str | None]:
    """See :func:`_find_title`."""
    fallback: tuple[str | None, int | None, str | None] = (None, None, None)
    bare: tuple[str, int, str | None] | None = None
    for title, line, organ in titles:
        if bare is not None:
            if _fold(title).endswith(_fold(bare[0])) and (
                organ is not None or organ_from_title(title) is not None
            ):
                return title, line, organ
            continue
        if title_year(title) is not None:
            if organ is not None or organ_from_title(title) is not None:
                return title, line, organ
            bare = (title, line, organ)
            continue
        if fallback[0] is None:
            fallback = (title, line, organ)
    return bare or fallback


def _titles(preamble: _Lines, body: int, first: int = 0) -> Iterator[tuple[str, int, str | None]]:
    """The titles among the preamble's first ``body`` lines, in order, each with its
    line and the organ printed on the line before it (if so).

    A title that names no year or no organ on its line may be wrapped: its first words
    stand on the line or two before it (:func:`_unwrapped`)."""
    read = False
    for index in range(first, body):
        raw = preamble.raw[index][0]
        if "报" in raw or "告" in raw or "報" in raw:  # (a cheap test: see _could_be_title)
            for entry in _titles_on(preamble, index, read):
                read = True
                yield entry


def _titles_on(preamble: _Lines, index: int, read: bool) -> Iterator[tuple[str, int, str | None]]:
    """The title on preamble line ``index`` (see :func:`_titles`; ``read``: whether a
    title was read on a line before), if any."""
    raw, line = preamble.raw[index]
    if not _could_be_title(raw):
        if _ends_report(raw) and (wrapped := _unwrapped(preamble, index)) is not None:
            yield *wrapped, None
        return
    text = preamble.text(index)
    if text.startswith(_NAVIGATION):
        return
    if text[0] in _DECORATION and text[-1] in _DECORATION:
        # —— 某局2023年…报告 ——, ◆…◆: a title between the same decorations
        inner = text.strip(_DECORATION)
        if inner and text[: len(text) - len(text.lstrip(_DECORATION))].strip() == (
            text[len(text.rstrip(_DECORATION)) :].strip()
        ):
            start = text.index(inner)
            raw, text = preamble.trimmed(index, start, start + len(inner))
    if not "\u3400" <= text[0] <= "\u9fff":
        mark = _LIST_MARK.match(text)
        if mark is not None and not read and _marked_title(preamble, index, text[mark.end() :]):
            raw, text = preamble.trimmed(index, mark.end(), len(text))
        elif _LIST_ENTRY.match(text):
            return  # ● 某局2022年…报告, [2024-01-18]某局…: an entry of a list of pages
    crumb = _last_crumb(text)
    if crumb is not None:
        # a breadcrumb trail (首页>…>某局2023年…报告): its last item is a page's
        # title, the items before it are the site's sections, not the title's words
        if _is_title(crumb):
            yield (
                _after_section(raw, preamble.printed(index)[len(text) - len(crumb) :]),
                line,
                None,
            )
        return
    if not _is_title(text):
        title = _title_before_extra(raw)
    else:
        title = _before_bar(text, raw) or preamble.printed(index)
    if title is None and text[-1] in "。.":
        title = _stopped_title(preamble.printed(index), text)
    if title is not None and _interprets(title):
        title = _INTERPRETING.sub("", title, count=1)
    if title is not None and title[:1].isdigit():
        title = _LEADING_DATE.sub("", title, count=1)  # 2024-01-20 某局2023年…报告
    elif title is not None and "号" in title:
        title = _LEADING_NUMBER.sub("", title, count=1)  # 青政办〔2024〕3号 某局2023年…
    if title is None:
        notice = _title_in_notice(preamble.printed(index))
        if notice is not None:
            yield notice[0], line, notice[1]
        elif (wrapped := _unwrapped(preamble, index)) is not None:
            yield *wrapped, None
        return
    found = _with_line_before(preamble, index, title)
    if not _names_year_and_organ(*found) and (wrapped := _unwrapped(preamble, index)):
        found, line = (wrapped[0], None), wrapped[1]
    elif not _names_year_and_organ(*found):
        found = _on_cover(preamble, index, found)
    yield found[0], line, found[1]


#: How prose naming a report starts (以下是某局2023年…报告。, 详见…): words before a
#: name, never a name's.
_PROSE_BEFORE_NAME = re.compile(r"以下|下面|特此|此为|此是|这是|详见|参见|见")


def _stopped_title(printed: str, text: str) -> str | None:
    """A title typed with a full stop (``某局2023年…报告。``: a line ``printed``, cleaned,
    and ``text``, folded) without it, where the line is a title but for the stop and
    starts with its organ's name (prose naming a report with a stop starts otherwise:
    ``以下是某局2023年…报告。``); else ``None``."""
    bare = text[:-1].rstrip()
    if not _is_title(bare) or _PROSE_BEFORE_NAME.match(bare):
        return None
    organ = organ_from_title(bare)
    if organ is None or not _looks_like_organ(organ) or _PROSE_BEFORE_NAME.search(organ):
        return None
    return printed[: len(bare)]


#: The page's date (and time) before a title on its line (cleaned text).
_LEADING_DATE = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
)


#: A document number (发文字号) before or after a title on its line (cleaned text):
#: ``青政办〔2024〕3号``, ``青政办发[2024]12号``.
_DOC_NUMBER = (
    r"[\u3400-\u9fff]{1,12}[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*第?\s*\d{1,5}\s*号"
)


_LEADING_NUMBER = re.compile(rf"^{_DOC_NUMBER}\s*(?=\S)")


_NUMBER_AFTER_TITLE = re.compile(rf"(报告|年报)\s*{_DOC_NUMBER}\s*$")


def _after_section(raw: str, crumb: str) -> str:
    """The title ``crumb`` (a trail's last item, cleaned) without the name of the
    trail's last section before it on the line (``首页 > 年报 某局2023年…报告``): the
    words after the line's last white space, where they are a title naming its year
    and its organ."""
    pieces = raw.rsplit(maxsplit=1)
    if len(pieces) == 2:
        title = clean_title(pieces[1])
        if title != crumb and _is_title(_fold(title)) and title_year(title) is not None:
            organ = organ_from_title(title)
            if organ is not None and _looks_like_organ(organ):
                return title
    return crumb


def _with_line_before(preamble: _Lines, index: int, title: str) -> tuple[str, str | None]:
    """``title`` (line ``index``) completed by the line before it where that names its
    organ (萝北县人民政府 / 关于…) or starts it (平潭综合实验区2019年 / 政府…), and the
    organ that line names alone (if so)."""
    text = _fold(title)
    previous = preamble.text(index - 1) if index else ""
    starts_bare = _CUT.match(text) is not None and not text.startswith(
        ("政府信息公开", "信息公开", "政务公开")
    )
    if (text.startswith("关于") or starts_bare) and _looks_like_organ(previous):
        name = preamble.printed(index - 1)  # on two lines: 萝北县人民政府 / 关于…
        return name + title, _name_line_organ(name, title)
    if previous and not _CHROME.search(previous) and len(previous) <= 30:
        joined = preamble.printed(index - 1) + title  # 平潭综合实验区2019年 / 政府…
        head = _CUT.search(previous)
        if (
            head is not None
            and head.start() > 0
            and title_year(previous) is not None
            and title_year(text) is None
            and _YEAR_AT_END.search(previous)
            and _looks_like_organ(organ_from_title(joined) or "")
        ):
            return joined, None
        if _name_starts_before(previous, text) and _next_to(preamble, index - 1, index):
            # 青禾县人民 / 政府2023年…, 青禾县自然 / 资源局2023年…: the organ's name wrapped
            joined = preamble.printed(index - 1) + title
            folded = _fold(joined)
            if len(folded) <= _MAX_TITLE and _looks_like_organ(organ_from_title(folded) or ""):
                return joined, None
        if _names_parent(previous, text) and _next_to(preamble, index - 1, index):
            return preamble.printed(index - 1) + title, None
    return title, None


def _names_parent(previous: str, title: str) -> bool:
    """Whether the line before a title (``previous``; both cleaned and folded) is the
    name of the body whose part the title's organ is (某开发区管理委员会 / 规划建设局
    2023年…, 某市公安局 / 交通警察支队2023年…: the title broken after the parent's name):
    the title names its year and a body naming no place, the line a whole name, neither
    the same body (a site's banner: 中华人民共和国自然资源部 / 自然资源部2023年…) nor a
    government's (a county's departments are named with the county's name, not the
    government's: 某县人民政府 / 水利局2023年… is a banner)."""
    if (
        previous.endswith("政府")
        or not _looks_like_organ(previous)
        or title_year(previous) is not None
        or title_year(title) is None
    ):
        return False
    own = organ_from_title(title)
    return (
        own is not None
        and _looks_like_organ(own)
        and _PLACE.search(own) is None
        and not previous.endswith(own)
        and len(previous) + len(title) <= _MAX_TITLE
    )


def _name_starts_before(previous: str, title: str) -> bool:
    """Whether a title (folded) naming its year starts with the end of its organ's name,
    the name's first part on the line before (``previous``, cleaned and folded: a piece
    of a name, not a name of its own): the title's name is no name (``政府``,
    ``人民政府``, ``局``), or one naming no place (``资源局``) after a piece naming one
    (``青禾县自然``)."""
    if (
        previous.endswith(_ORGAN_SUFFIX)
        or previous.startswith(_NO_TITLE_PIECE)
        or _SENTENCE_MARK.search(previous)
        or title_year(previous) is not None
        or _site_owner(previous) != previous
        or title_year(title) is None
    ):
        return False
    own = organ_from_title(title)
    if own is None or own.startswith(_NOT_NAME_START):
        return False
    if not _looks_like_organ(own):
        return True
    return _PLACE.search(own) is None and _PLACE.search(previous) is not None


def _names_year_and_organ(title: str, organ: str | None) -> bool:
    return title_year(title) is not None and (
        organ is not None or organ_from_title(title) is not None
    )


#: A line that prints only a year: ``（2023年度）``, ``2023年度``, ``(二〇二三年)``.
_YEAR_LINE = re.compile(rf"[(（]?\s*(?:(?:19|20)\d{{2}}|{_CHINESE_NUMERAL_YEAR})\s*年?度?\s*[)）]?")


def _on_cover(
    preamble: _Lines, index: int, found: tuple[str, str | None]
) -> tuple[str, str | None]:
    """A title naming no year or no organ (``found``: title and organ, line ``index``)
    as a cover page prints it, with the organ and the year on lines of their own. A line
    that is only a year (``（2023年度）``) just after a title naming none is added to the
    title, else such a line just before it (``2023年度``, a bare year aside); a title
    naming no organ then takes the line just before it (and its year) when that line is
    only a name (``青禾县人民政府``, put before the title), else the line just after (a
    subtitle, perhaps in brackets). Each line must stand next to the one before (one
    blank line at most)."""
    title, organ = found
    after = index + 1
    if (
        title_year(title) is None
        and _next_to(preamble, index, after)
        and _YEAR_LINE.fullmatch(preamble.text(after))
    ):
        title += preamble.printed(after)
        after += 1
    before = index  # (the title's first line)
    if title_year(title) is None and index and _next_to(preamble, index - 1, index):
        above = preamble.text(index - 1)
        if _YEAR_LINE.fullmatch(above) and title_year(above) is not None:
            title = preamble.printed(index - 1) + title  # 2023年度 / 政府信息公开…报告
            before -= 1
    if organ is not None or organ_from_title(title) is not None:
        return title, organ
    if (
        before
        and _next_to(preamble, before - 1, before)
        and _only_a_name(preamble.text(before - 1))
    ):
        name = preamble.printed(before - 1)
        return name + title, _name_line_organ(name, title)
    if _next_to(preamble, after - 1, after):
        text = preamble.text(after)
        inside = _IN_BRACKETS.fullmatch(text)  # a subtitle may be bracketed: （某局）
        dash = len(text) - len(text.lstrip(_SUBTITLE_DASHES))  # or after a dash: ——某局
        if _only_a_name(inside.group(1) if inside else text[dash:]):
            printed = preamble.printed(after)
            return title, _name_line_organ(printed[1:-1] if inside else printed[dash:], title)
    return title, organ


def _name_line_organ(name: str, title: str) -> str:
    """The organ a line printing only a name (``name``, cleaned) gives a title it is
    read with (``title``): the name, completed as a title naming it is
    (``白银市`` / ``2020年…报告``: 白银市人民政府, as ``白银市2020年…报告`` gives), or cut
    where the line ends inside the title's words (``某街道办事处政府`` / ``信息公开…``,
    a title wrapped inside 政府信息公开: 某街道办事处)."""
    folded = _fold(name)
    if folded.endswith("政府") and _fold(title).startswith("信息公开"):
        # (a name line is a name: of the title's words only 政府信息公开 can start in it)
        organ = organ_from_title(name + title)
        if organ is not None and name.startswith(organ):
            return organ  # 某街道办事处政府 / 信息公开…; 某县人民政府 / 信息公开… stays whole
    return _completed_name(folded, name, folded != name)


_IN_BRACKETS = re.compile(r"[(（](.*)[)）]")


#: The dashes a subtitle starts with (——某局).
_SUBTITLE_DASHES = "—–-― "


def _next_to(preamble: _Lines, first: int, second: int) -> bool:
    """Whether preamble line ``second`` is printed within two lines after ``first``."""
    return second < len(preamble) and 0 < preamble.raw[second][1] - preamble.raw[first][1] <= 2


#: A notice publishing the report (``关于印发《星渚县2023年…报告》的通知``, ``…报告的
#: 公示``, ``…报告的说明``, also with no 关于: ``星渚县水利局2023年…报告的公告``): the
#: report's name is in it, the issuer may be before it (``星渚县水利局关于…``).
_NOTICE = re.compile(
    r"(?:(?P<issuer>[^，,。；;：:《》]{0,30}?)关于(?:印发|公布|发布|公开|报送|上报)?\s*)?[《〈“\"]?"
    r"(?P<title>[^《》〈〉“”\"]+?)[》〉”\"]?\s*(?:的\s*)?(?:通知|公告|通告|公示|说明|函)"
)


def _title_in_notice(printed: str) -> tuple[str, str | None] | None:
    """The report's name in a notice publishing it (a cleaned line), with the notice's
    issuer as the organ when the name gives none; ``None`` if ``printed`` is not one."""
    match = _NOTICE.fullmatch(_fold(printed))
    if match is None or not _is_title(match.group("title")):
        return None
    title = printed[match.start("title") : match.end("title")]
    issuer = printed[: match.end("issuer")] if match.group("issuer") else ""
    if issuer and organ_from_title(title) is None and _looks_like_organ(_fold(issuer)):
        return title, issuer
    return title, None


#: The longest line read as a piece of a wrapped title (a title line in a large font).
_MAX_TITLE_PIECE = 40


def _ends_report(raw: str) -> bool:
    """A cheap test on the uncleaned text: can it be a title's last line? (It names a
    report, or is the last character of 报告 alone: ``…年度报`` / ``告``.)"""
    if len(raw) < 8:
        return _names_a_report(raw) or raw.strip() == "告"
    return len(raw) <= _MAX_TITLE and _names_a_report(raw)


def _unwrapped(preamble: _Lines, index: int) -> tuple[str, int] | None:
    """A title wrapped over line ``index`` (its last) and the one or two lines before
    it (青禾县人民政府2023年政府信息公开 / 工作年度报告), with the line it starts on, if
    the joined lines make a title naming its year and organ (its organ is then the
    title's own: no line before names it).

    The lines before must be printed on the lines just before (at most one blank line
    between) and read as pieces of a name: short, no sentence punctuation, no labels
    or white space, not a title of their own nor a menu's entry (:func:`_menu_entry`).
    A join whose name is the end of one started on the line above
    (:func:`_name_starts_before`) takes that line too."""
    last = preamble.text(index)
    if len(last) > _MAX_TITLE or last.startswith(_NO_TITLE_PIECE):
        return None
    joined = preamble.printed(index)
    following = preamble.raw[index][1]
    found: tuple[str, int] | None = None
    for start in range(index - 1, max(index - 3, -1), -1):
        piece = preamble.text(start)
        line = preamble.raw[start][1]
        if (
            not 0 <= following - line <= 2
            or not piece
            or len(piece) > _MAX_TITLE_PIECE
            or piece.startswith(_NO_TITLE_PIECE)
            or _SENTENCE_MARK.search(piece)
            or _CHROME.search(piece)
            or _is_title(piece)
            or _site_owner(piece) != piece  # a site's banner (某县人民政府门户网站)
            or _menu_entry(piece)
        ):
            return found
        joined = preamble.printed(start) + joined
        folded = _fold(joined)
        if (
            len(folded) <= _MAX_TITLE
            and _is_title(folded)
            and (
                title_year(folded) is not None
                # a title wrapped inside its words on two lines, the last no title alone
                # (某街道办事处政府信息公开工作年度 / 报告), may name no year (the prose
                # does); lines broken after a name (某县人民政府 / 政府信息公开 / 年度报告:
                # a site's menu?) must name one
                or (start == index - 1 and not _looks_like_organ(piece) and not _is_title(last))
            )
            and _looks_like_organ(organ_from_title(joined) or "")
        ):
            if not start or not _name_starts_before(preamble.text(start - 1), folded):
                return joined, line
            # 青禾…规划 / 建设局2023年…工作 / 年度报告: the organ's name starts a line higher
            found = (joined, line)
        following = line
    return found


def _menu_entry(piece: str) -> bool:
    """Whether a line above a title is a site's menu rather than a piece of the title:
    it names a report of its own (``2022年度报告``, ``2022年报``) or several years
    (``2024年 2023年 2022年``)."""
    if piece.endswith(("报告", "年报")):
        return True
    first = _ANY_YEAR.search(piece)
    return first is not None and _ANY_YEAR.search(piece, first.end()) is not None


#: How no line of a wrapped title starts (prose, site chrome, navigation).
_NO_TITLE_PIECE = _TITLE_STARTS_NOT + _NAVIGATION


def _last_crumb(text: str) -> str | None:
    """The last item of a cleaned line that is a breadcrumb trail (its items separated
    by >, › or »; full-width ＞ is made > by cleaning), else ``None``.

    Trails separated by other marks (``首页/政务公开/…``, ``首页 → …``, ``首页-…``,
    ``首页·…``, ``首页》…``) count where their last item is a title and the items before
    it are a site's sections: short words, each holding a Chinese character, and at least
    two of them or a first one naming the home page (``首页``). A title with a date or a
    name after it (``…报告(2024-01-20)``, ``…报告-某局``) is left alone."""
    at = max(text.rfind(">"), text.rfind("›"), text.rfind("»"))
    if at >= 0:
        return text[at + 1 :].lstrip()
    marks = list(_CRUMB_MARK.finditer(text))
    if not marks:
        return None
    last = text[marks[-1].end() :]
    if not _is_title(last):
        return None
    items = [
        text[start:end]
        for start, end in zip(
            [0, *(mark.end() for mark in marks[:-1])],
            [mark.start() for mark in marks],
            strict=True,
        )
    ]
    if len(items) < 2 and not items[0].endswith(_HOME):
        return None
    for item in items:
        if len(item) > _MAX_CRUMB_ITEM or not _HAN.search(item) or _SENTENCE_MARK.search(item):
            return None
    return last


#: Marks between a breadcrumb trail's items other than > › » (in cleaned text, where
#: full-width ／ － ｜ ＜ are half-width): / \ | · • 》 < → ⇒ and dashes.
_CRUMB_MARK = re.compile(r"\s*(?:[/\\|·•》<→⇒]+|—+|-+|–+)\s*")


#: A trail's first item naming the home page (当前位置：首页 is labelled: not a title).
_HOME = ("首页", "主页")


_MAX_CRUMB_ITEM = 20


_HAN = re.compile(r"[\u3400-\u9fff]")


def _title_of(raw: str) -> str | None:
    """The title ``raw`` prints (cleaned), if it is one: see :func:`_title_before_extra`."""
    printed = clean_title(raw)
    folded = _fold(printed)
    if not _is_title(folded):
        return _title_before_extra(raw)
    return _before_bar(folded, raw) or printed


def _before_bar(folded: str, raw: str) -> str | None:
    """The title before a bar and a site's sections' names of a line (``folded``, as
    read: ``raw``) that reads as a title by its end (``…报告|通知公告|信息公开年报``),
    else ``None``."""
    if ("|" in folded or "_" in folded or "丨" in folded or "│" in folded) and (
        _BAR_AFTER_TITLE.search(folded)
    ):
        return _title_before_extra(raw)
    return None


#: A title's last word, and a tail in brackets after it (``…报告（全文）``,
#: ``…报告（2023年度）``), as a page's heading prints it before a bar.
_TITLE_END = r"(?:报告|年报)(?:\s*[(（][^()（）]{1,12}[)）])?"
#: A bar after a title's last word (``…报告|``, folded: ｜ is |).
_BAR_AFTER_TITLE = re.compile(_TITLE_END + r"\s*[_|丨│]")


def _title_before_extra(raw: str) -> str | None:
    """The title (cleaned) of a line that is one but for what pages print after it:
    a name after white space, as page titles print the site's (``…年度报告
    平潭综合实验区管理委员会``), or after a mark, sections' names at times before it
    (``…年度报告_某县人民政府门户网站``, ``…年度报告 - 通知公告 - 某局``), or the
    page's date or labelled details (``…年度报告 2024-01-20``, ``…年度报告来源：某局``,
    ``…年度报告 发布时间：…``), the file type of an attachment (``…年度报告.pdf``) or
    the notice's document number (``…年度报告 青政办〔2024〕3号``).

    The name must be an organ's or its site's (``…人民政府网``), and the details hold
    no sentence punctuation, else the line is left alone: ``关于印发…报告 的通知`` is
    not a title."""
    pieces = raw.rsplit(maxsplit=1)
    if len(pieces) == 2:
        head, name = pieces
        if _looks_like_organ(_site_owner(_fold(name))):
            title = clean_title(head)
            if _is_title(_fold(title)):
                return title
    printed = clean_title(raw)
    folded = _fold(printed)
    site = _SITE_AFTER_TITLE.search(folded)
    if site is not None:
        # …报告_某县人民政府门户网站 (a page's <title>; a section's name may come first)
        _, *sections, name = _SITE_MARK.split(folded[site.end(1) :])
        if (_looks_like_organ(_site_owner(name)) or _section_name(name)) and all(
            _HAN.search(item) and len(item) <= _MAX_CRUMB_ITEM and not _CHROME.search(item)
            for item in sections
        ):
            return printed[: site.end(1)] if _is_title(folded[: site.end(1)]) else None
    extra = _DETAILS_AFTER_TITLE.search(folded)
    if extra is None and "号" in folded:
        extra = _NUMBER_AFTER_TITLE.search(folded)  # …报告 青政办〔2024〕3号
    if extra is None or _SENTENCE_END.search(folded, extra.end(1)):
        return None
    title = printed[: extra.end(1)]
    return title if _is_title(folded[: extra.end(1)]) else None


def _section_name(name: str) -> bool:
    """Whether ``name``, printed after a bar after a title, is a site's section's (a
    short name: ``附件``, ``政务公开``, ``信息公开年报``), not words telling what the page
    is (``政策解读``, ``图解``) nor a sentence."""
    return (
        0 < len(name) <= _MAX_SECTION
        and _HAN.search(name) is not None
        and not _CHROME.search(name)
        and not _SENTENCE_MARK.search(name)
        and not _PAGE_KINDS.search(name)
    )


_MAX_SECTION = 12

#: Words naming what a page is, not a section of the site holding it (and the rest of a
#: sentence: ``关于印发…报告_的通知``).
_PAGE_KINDS = re.compile(r"^的|解读|图解|图说|一图|问答|说明|政策|摘要|全文|正文")


#: A title's last word and the mark parting the site's name from it in a page's <title>.
_SITE_AFTER_TITLE = re.compile(f"({_TITLE_END})" + r"(?:\s*[_|｜丨│—–-]|\s+[/／·•](?=\s))")


_SITE_MARK = re.compile(r"\s*[_|｜丨│—–-]+\s*|\s+[/／·•]\s+")


#: A page's details after a title's last word: a date, a label (or a button in
#: brackets: 【打印】【关闭】), an attachment's type.
_DETAILS_AFTER_TITLE = re.compile(
    r"(报告|年报)\s*(?:[|_丨│]\s*)?(?:"
    r"\.(?:pdf|docx?|wps|ofd)\s*$"
    r"|[【\[]?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?!\d)"
    r"|[【\[]?(?:发布|发文|信息来源|来源|日期|时间|浏览|点击|阅读|访问|作者|字号|字体|编辑"
    r"|分享|打印|关闭)"
    # a link to the file: …报告 PDF下载, 【下载】, [PDF], 附件下载, 预览
    r"|[【\[]?\s*(?:(?:pdf|word|docx?|wps|ofd)\s*)?(?:附件)?(?:下载|预览)"
    r"|[【\[]\s*(?:pdf|word|docx?|wps|ofd)\s*[】\]]|(?:pdf|word|docx?|wps|ofd)\s*$"
    r")",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[。；;，,！？!?]")

"""The reporting organ: names, issuer lines, signatures, contact sentences, a site's owner."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain

from ..cells import normalize_width
from ..grid import Row
from ._text import (
    _CHINESE_NUMERAL_YEAR,
    _CHROME,
    _CUT,
    _DIVISION_FIRST,
    _GENERIC,
    _INTERPRETING,
    _LABEL,
    _MAX_DETAILS,
    _MAX_SIGNATURE,
    _NOT_NAME_START,
    _ORGAN_SUFFIX,
    _PLACE,
    _SENTENCE_MARK,
    _SIGNATURE_DATE,
    _either,
    _fold,
    _interprets,
    _Lines,
    _spaced,
    _undecorated,
    clean_title,
)
from .year import title_year

_DIVISION_SUFFIX = (
    "省",
    "市",
    "县",
    "区",
    "旗",
    "州",
    "盟",
    "乡",
    "镇",
    "自治区",
    "自治州",
    "自治县",
    "苏木",  # (Inner Mongolia's township)
)


_NOT_GOVERNMENT = (
    "实验区",
    "试验区",
    "开发区",
    "新区",
    "园区",
    "示范区",
    "合作区",
    "保税区",
    "景区",
    "小区",
    "社区",
    "功能区",
    "管理区",
    "高新区",
    "片区",
)


#: A year in a sentence, in digits or Chinese numerals (二〇二三年).
_SENTENCE_YEAR = rf"(?:(?:19|20)\d{{2}}|{_CHINESE_NUMERAL_YEAR})\s*年"


_DISCLOSURE = "(?:政府信息公开|信息公开|政务公开)"


#: A clause's start: the line's, or after a mark.
_CLAUSE_START = "(?:^|[，,。；;：:])"


_SENTENCE_ORGAN = (
    re.compile(rf"{_SENTENCE_YEAR}度?([^，,。；;、“”《》()（）]{{2,30}}?){_DISCLOSURE}"),
    # 现公布…, 现发布…, 现将…报告公布如下 (or 予以公布), 现就…情况报告如下; the report's
    # name may be in quotes (现发布《某局2023年…报告》)
    re.compile(
        rf"(?:公布|现发布|特发布|现将|特将|现就|向社会公开)(?:关于)?[《“\"]?"
        rf"([^，,。；;、“”《》()（）\d]{{2,30}}?){_SENTENCE_YEAR}"
    ),
    # the report's name starting a clause that goes on (某局2023年政府信息公开工作年度报告
    # 由…组成; 现公布本局2023年… is the pattern above's; 结合某县2023年政务公开工作实际
    # names no report; a line that is only a name is a title's or a list's entry)
    re.compile(
        rf"{_CLAUSE_START}(?!现|特将)(?:关于)?[《“]?([\u4e00-\u9fff][^，,。；;：:、“”《》()（）\d]{{1,29}}?)"
        rf"{_SENTENCE_YEAR}度?{_DISCLOSURE}[^，,。；;]{{0,8}}?(?:报告|年报)[》”]?(?=[\u4e00-\u9fff(（])"
    ),
    # who compiled it (本报告由某局编制, 某局编制了…; by its 办公室: the body's)
    re.compile(r"由([^，,。；;：:、“”《》()（）\d]{2,30}?)(?:办公室)?(?:负责)?编制"),
    re.compile(rf"{_CLAUSE_START}([^，,。；;：:、“”《》()（）\d]{{2,30}}?)(?:办公室)?编制了"),
)


#: Who to contact about the report (请与某局联系, 请联系某局办公室，电话…, 可向某局咨询,
#: 如有疑问请致电某局办公室（…）, 联系单位：某局办公室), the body's office optional.
_CONTACT_ORGAN = (
    re.compile(
        r"(?:请|可)\s*(?:与|向|联系|致电|咨询)\s*[:：]?\s*([^，,。；;、“”《》()（）\d:：]{2,30}?)"
        r"(?:办公室)?(?:联系|咨询|(?=[，,。；;（(]|电话|$))"
    ),
    re.compile(
        r"联系(?:单位|部门|机构)\s*[:：]\s*([^，,。；;、“”《》()（）\d:：\s]{2,30}?)"
        r"(?:办公室)?(?=[\s，,。；;（(]|电话|$)"
    ),
)


#: The divisions above the last one (河北省沧州市…): what is left is that one's own name.
_OWN_NAME = re.compile(r"^.*?(?:省|自治区|市|自治州|州|盟|县|旗)(?=.)")


_BODY_WORD = rf"(?:{_either('机构')}|{_either('单位')}|{_either('机关')}|{_either('部门')})"


#: A label naming the page's issuer (发布机构, 发文单位, 信息发布单位, 发布者, 发布人,
#: 发布 alone; the body a catalogue of disclosed information names: 公开主体, 所属机构,
#: 生成机构, 责任单位, 提供单位, …; 来源, 文章来源, 来源单位 and 作者, weaker ones).
_ISSUER = re.compile(
    rf"(?:{_either('信息')})?(?:{_either('发布')}|{_either('发文')})(?:{_BODY_WORD}|者|人)?"
    rf"|(?:{_either('信息')})?{_either('公开')}(?:主体|{_BODY_WORD}|{_either('责任')}{_BODY_WORD})"
    rf"|(?:{_either('所属')}|生成|{_either('责任')}|(?:{_either('信息')})?提供|供稿|撰稿){_BODY_WORD}"
    rf"|(?P<source>(?:{_either('信息')}|文章)?{_either('来源')}{_BODY_WORD}?|作者)"
)


def _looks_like_organ(text: str) -> bool:
    if not 3 <= len(text) <= 30:
        return False
    text = _fold(text)
    if text in _GENERIC or text in _ORGAN_SUFFIX:
        return False  # (办公室, 委员会 alone: an ending, no name)
    if not "\u3400" <= text[0] <= "\u9fff":
        return False  # (——某局, a subtitle's dash; _某县人民政府, a page title's mark)
    if text.startswith(_NOT_NAME_START) or _CHROME.search(text) or _ISSUER.match(text):
        return False  # (发文机关 星渚县水利局, its space dropped: an issuer line, not a name)
    return text.endswith(_ORGAN_SUFFIX + _DIVISION_SUFFIX) and not text.endswith("网站")


def is_organ_name(text: str) -> bool:
    """Whether ``text`` (cleaned) is an organ's name: one of an organ's endings, no
    site's, no label or page chrome (for a reader's hints: a page title's parts)."""
    return _looks_like_organ(text)


_CLOSING = re.compile(r"[)）]")


#: A title's leading year or 关于 (the organ's name after it; a year printed without 年).
_LEADING = re.compile(
    rf"(?:关于|(?:(?:19|20)\d{{2}}|{_CHINESE_NUMERAL_YEAR})\s*年度?|(?:19|20)\d{{2}}(?=\D))+"
)


#: A name in the brackets a title's label is printed in (【某局】2023年…报告).
_BRACKETED_NAME = re.compile(r"[【\[〔(（]\s*([^】\]〕)）\s]{3,30})\s*[】\]〕)）]")


#: Marks printed between a title's organ and its year or words (某局：2023年…, 某局—2023年…).
_BETWEEN_NAME_AND_YEAR = " :：、,，—–-_·"


def organ_from_title(title: str) -> str | None:
    """The reporting body named at the start of a title, completed to its full form.

    A title in traditional characters is read in simplified form; the name is returned
    as printed (a completion is printed in the title's characters: 街道辦事處)."""
    folded = _fold(title)
    if _interprets(folded):
        folded = _INTERPRETING.sub("", folded, count=1)
        title = title[len(title) - len(folded) :]
    label = _LABEL.match(folded)
    start = label.end() if label else 0
    match = _CUT.search(folded, start)
    if match is None:
        return None
    cut = match.start()
    if cut == start and (lead := _LEADING.match(folded, start)) is not None:
        # 2023年某县财政局政府信息公开…, 关于某局2023年…: the name after the year
        after = _CUT.search(folded, lead.end())
        if after is not None and _looks_like_organ(folded[lead.end() : after.start()]):
            start, match, cut = lead.end(), after, after.start()
    opened = -1
    if "(" in folded or "（" in folded:  # (a cheap test: most titles hold no bracket)
        opened = max(folded.rfind("(", start, cut), folded.rfind("（", start, cut))
    if opened >= 0 and opened > max(folded.rfind(")", start, cut), folded.rfind("）", start, cut)):
        # the cut fell in a bracketed note after the name: a year there (某局（2023年度）
        # 政府信息公开…) ends the name before it; words (某办公室（县政务公开办）) are
        # the office's other name, part of its name
        closed = _CLOSING.search(folded, cut)
        if match.group(0)[0] in "关政信" and closed is not None:
            match = _CUT.search(folded, closed.end())
            if match is None:
                return None
            cut = match.start()
        else:
            cut = opened
    # (the fold leaves these marks, so the printed and folded names are the same span)
    prefix = folded[start:cut].strip(_BETWEEN_NAME_AND_YEAR)
    name = title[start:cut].strip(_BETWEEN_NAME_AND_YEAR)
    if not prefix or prefix[-1] in "】〕])）":
        # 【星渚县水利局】2023年…报告: the name in the brackets a label is printed in
        bracketed = _BRACKETED_NAME.match(folded)
        if bracketed is not None and _looks_like_organ(bracketed.group(1)):
            return _completed(title[bracketed.start(1) : bracketed.end(1)])
    if not prefix:
        # …年度报告（星渚县水利局）: the name in brackets after the words
        after = _ORGAN_AFTER.search(folded)
        group = 1 if after is None or after.group(1) is not None else 2
        if after is None or not _looks_like_organ(after.group(group)):
            return None
        return _completed(title[after.start(group) : after.end(group)])
    if prefix.endswith("人民") and folded.startswith("政府", cut):
        prefix += "政府"  # 白银市人民政府信息公开…: the cut fell inside 人民政府
        name += "政府"
    if _CHROME.search(prefix):
        return None  # a site name or breadcrumb glued to the title
    return _completed_name(prefix, name, folded is not title)


def _completed_name(folded: str, name: str, traditional: bool) -> str:
    """An organ's name (``name``, ``folded`` to simplified characters) completed to its
    full form: a division's name with 人民政府 (云栖镇 → 云栖镇人民政府), a street's with
    办事处; a functional area (旅游度假区, 开发区) is left as it is."""
    if folded.endswith(_DIVISION_SUFFIX) and not folded.endswith(_NOT_GOVERNMENT):
        if folded.endswith("区") and len(_OWN_NAME.sub("", folded)) > 4:
            return name  # 旅游度假区, 产业集聚区: a functional area, not a 区 government
        return name + "人民政府"
    if folded.endswith("街道"):
        return name + ("辦事處" if traditional else "办事处")
    return name


def _completed(name: str) -> str:
    """:func:`_completed_name` for a name read from a sentence or a page's label (现公布
    云栖镇2023年…: the same body as a title 云栖镇2023年… names, 云栖镇人民政府)."""
    folded = _fold(name)
    return _completed_name(folded, name, folded != name)


#: A name in brackets after a title's last words (``…年度报告（星渚县水利局）``).
_ORGAN_AFTER = re.compile(r"(?:报告|年报)\s*(?:[(（]([^()（）]{3,30})[)）]|【([^【】]{3,30})】)$")


def _in_full(organ: str, *sources: Callable[[], str | None]) -> str:
    """``organ`` (a name shortened to start with its division: 区统计局) as the first of
    ``sources`` names it in full (杨陵区统计局: a longer name ending with it)."""
    folded = _fold(organ)
    for source in sources:
        named = source()
        if named is not None and len(named) > len(organ) and _fold(named).endswith(folded):
            return named
    return organ


def _signed_organ(rows: Sequence[Row], body: int) -> str | None:
    """The body signing the report, after ``body`` (the row its first section starts
    at: the tables may follow the signature, as 附件): a line that is only an organ's
    name just before a line that is only a date (``青禾县水利局`` / ``2024年1月20日``), or
    the two on one line (``青禾县水利局  2024年1月20日``); of several such signatures, the
    last. The name is completed as a title's is (``青禾县云栖镇`` → …人民政府)."""
    found: str | None = None
    name: str | None = None  # the line before, when it is only a name
    for index in range(body, len(rows)):
        texts = rows[index].texts
        raw = texts[0] if len(texts) == 1 else " ".join(texts)
        stripped = raw.strip()
        if not stripped:
            continue
        if len(stripped) > _MAX_SIGNATURE or len(texts) > 3:
            name = None
            continue
        printed = clean_title(stripped)
        text = _fold(printed)
        if text and (text[-1] in ")）" or ":" in text or "：" in text):  # (a cheap test)
            start, end = _undecorated(text)
            printed, text = printed[start:end], text[start:end]
        date = _SIGNATURE_DATE.search(text)
        if date is not None and date.end() == len(text):
            before = text[: date.start()].rstrip(" ,，")
            if not before and name is not None:
                found = name
            elif before and _only_a_name(before):
                found = printed[: len(before)]
            name = None
            continue
        name = printed if _only_a_name(text) else None
    return _completed(found) if found is not None else None


#: An issuer label padded with white space between its characters, before its colon
#: (``来    源：``, ``发 布 机 构：``): read with the white space left out.
_PADDED_ISSUER = re.compile(
    "(?:"
    + "|".join(
        _spaced(first + second)
        for first in ("发布", "发文")
        for second in ("机构", "单位", "机关", "部门")
    )
    + rf"|(?:{_spaced('信息')})?{_spaced('来源')})[ \t\u3000\u00a0]*(?=[:：])"
)


def _only_a_name(text: str) -> bool:
    """Whether a cleaned, folded line is only an organ's name (no year, no words), or
    a name's short form (:func:`_short_form_name`)."""
    return title_year(text) is None and (_looks_like_organ(text) or _short_form_name(text))


#: The endings of bodies' short names (县扶贫办, 县残联, 县气象台, 某海关, 县国有林场):
#: read only where a line is a name alone (a sentence's words end so too: 举办).
_SHORT_FORM_SUFFIX = ("办", "联", "台", "关", "场")


def _short_form_name(text: str) -> bool:
    """Whether a cleaned, folded line is a body's short name: a short form's ending
    after a place named past its first character (青禾县扶贫办; not 县政府办, 举办)."""
    return (
        4 <= len(text) <= 30
        and text.endswith(_SHORT_FORM_SUFFIX)
        and "\u3400" <= text[0] <= "\u9fff"
        and text[0] not in _DIVISION_FIRST
        and _PLACE.search(text, 1) is not None
        and not text.startswith(_NOT_NAME_START)
        and _CHROME.search(text) is None
        and _SENTENCE_MARK.search(text) is None
    )


#: What a site's name adds to its owner's (某县人民政府门户网站, 某局网站, 某县政府网).
_SITE_WORDS = ("门户网站", "门户网", "政务网", "网站", "官网", "网")


#: The pieces of a page's line of details (white space or bars between them).
_DETAIL_PIECES = re.compile(r"[\s|｜【】]+")


#: A piece giving the page's date (``2024-01-20``, ``2024年1月20日``, ``发布时间：2024-01-20``).
_DATE_PIECE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,6}[:：])?(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)"
)


def _dated_organ(rows: Sequence[Row], body: int) -> str | None:
    """The organ a page's line of details before ``body`` (the row the report's first
    section starts at) names beside the page's date, with no label
    (``青禾县水利局 2024-01-20``, ``2024-01-20 | 青禾县水利局``,
    ``青禾县水利局 发布时间：2024-01-20``): a byline under the title."""
    for index in range(min(body, len(rows))):
        texts = rows[index].texts
        raw = texts[0] if len(texts) == 1 else " ".join(texts)
        if len(raw) > _MAX_DETAILS or not ("-" in raw or "年" in raw or "/" in raw):
            continue
        pieces = _DETAIL_PIECES.split(normalize_width(raw).strip())
        if len(pieces) < 2 or not any(_DATE_PIECE.fullmatch(piece) for piece in pieces):
            continue
        names = [piece for piece in pieces if _only_a_name(_fold(piece))]
        if len(names) == 1:
            return _completed(names[0])
    return None


#: The longest line read as a site's name alone (a page's banner).
_MAX_SITE_LINE = 40


def _site_organ(preamble: _Lines, body: int) -> str | None:
    """The body whose site the page is, named by a line before the report's body that
    is only the site's name (``青禾县水利局门户网站``, ``青禾县人民政府网``: a banner): the
    organ where nothing else names one."""
    for index in range(body):
        raw = preamble.raw[index][0]
        if ("网" not in raw and "網" not in raw) or len(raw) > _MAX_SITE_LINE:
            continue
        text = preamble.text(index)
        owner = _site_owner(text)
        if owner != text and _only_a_name(owner) and "公开" not in owner:
            return _completed(preamble.printed(index)[: len(owner)])
    return None


#: What parts a name printed after a title on its line from the title.
_AFTER_TITLE_MARKS = " _|｜—–-"


def _named_after_title(
    rows: Sequence[Row], body: int, title: str | None, line: int | None
) -> str | None:
    """The organ or site a page's title names after the report's (``…报告 某局``,
    ``…报告——某局``, ``…报告_某县人民政府门户网站``: read without it), on the title's line
    (a row before ``body``, the report's first section)."""
    if title is None or line is None:
        return None
    for index in range(min(body, len(rows))):
        row = rows[index]
        if row.line != line:
            continue
        printed = clean_title(" ".join(text for text in row.texts if text.strip()))
        if not printed.startswith(title):
            return None
        rest = printed[len(title) :].lstrip(_AFTER_TITLE_MARKS)
        owner = _site_owner(_fold(rest))
        return _completed(rest[: len(owner)]) if _only_a_name(owner) else None
    return None


def _site_owner(name: str) -> str:
    """The organ a site's name (folded) names: ``name`` without its words for a site."""
    for word in _SITE_WORDS:
        if name.endswith(word):
            return name[: -len(word)]
    return name


#: Words a sentence goes on with after its subject, the reporting body (某局根据《条例》
#: 要求编制本报告, 某局认真贯彻…, 本报告由某局根据…编制).
_SUBJECT_VERBS = (
    "(?:根据|按照|依据|依照|认真|深入|坚持|全面|严格|积极|始终|高度|持续|进一步|紧紧"
    # what it did with the report (某局现将2023年…报告公布如下, 某局发布2023年…, 某局编制本
    # 报告); 发布 and 公布 only before the report's year or 本 (某县人民政府发布《…》 names
    # another body's act)
    r"|现将|特将|向社会|编制(?:本|了)|(?:发布|公布)(?=本|\d|[一二][〇○零]))"
)


_SUBJECT_NAME = r"([\u4e00-\u9fff][^，,。；;：:、“”《》()（）\d\s]{2,29}?)"


_SUBJECT_ORGAN = (
    re.compile(rf"{_CLAUSE_START}{_SUBJECT_NAME}{_SUBJECT_VERBS}"),
    re.compile(rf"(?:由|是){_SUBJECT_NAME}{_SUBJECT_VERBS}"),
)


def _organ_as_subject(preamble: _Lines) -> str | None:
    """The body a sentence of the preamble's first lines starts with, as the subject
    of what it did (``青禾县水利局根据《条例》要求，编制本报告``, ``2023年，青禾县水利局认真
    贯彻…``, ``本报告由青禾县水利局根据《条例》编制``). The name must name its place
    after its first character (a division's short form, 县政府, 市委, is no name: 县政府
    高度重视… names the county's government in a department's report)."""
    for index in range(min(12, len(preamble))):
        text = preamble.text(index)
        for match in chain.from_iterable(pattern.finditer(text) for pattern in _SUBJECT_ORGAN):
            name = match.group(1)
            if name[0] in _DIVISION_FIRST or _PLACE.search(name, 1) is None:
                continue
            end = _name_end(text, match)
            if end is not None:
                return _completed(preamble.printed(index)[match.start(1) : end])
    return None


def _organ_from_sentences(preamble: _Lines) -> str | None:
    for index in range(min(12, len(preamble))):
        raw = preamble.raw[index][0]
        if "报" not in raw and "報" not in raw:
            continue
        text = preamble.text(index)
        if "报告" not in text:
            continue
        for pattern in _SENTENCE_ORGAN:
            match = pattern.search(text)
            if match and (end := _name_end(text, match)) is not None:
                return _completed(preamble.printed(index)[match.start(1) : end])
    return None


def _asks_to_call(text: str) -> bool:
    """Whether ``text`` holds 致电 or 咨询 (in either script): a contact sentence's
    other verbs."""
    return "致电" in text or "咨询" in text or "致電" in text or "諮詢" in text


def _organ_from_contact(lines: _Lines) -> str | None:
    for index, (raw, _) in enumerate(lines.raw):
        if "联" not in raw and "聯" not in raw and not _asks_to_call(raw):
            continue
        text = lines.text(index)
        for pattern in _CONTACT_ORGAN:
            match = pattern.search(text)
            if match and (end := _name_end(text, match)) is not None:
                return _completed(lines.printed(index)[match.start(1) : end])
    return None


_OFFICE = "办公室"


#: A body's own unit after its name (某局政策法规股, 某县人民政府办公室综合科).
_INTERNAL_UNIT = re.compile(r"(?<=[局会委院厅部府处心所署])[\u4e00-\u9fff]{1,8}?[股科室组]$")


def _name_end(text: str, match: re.Match[str]) -> int | None:
    """Where the organ's name ``match`` read (group 1, before an optional 办公室: 请与某局
    办公室联系, the body's office) ends in ``text``: with 政府 where the name was cut
    inside 人民政府 (某县人民 / 政府信息公开), with the 办公室 where only then it is
    a name (某县人民防空办公室; not an office handling disclosure, 某县政务公开办公室, the
    reporting body's); ``None`` when neither is."""
    if _looks_like_organ(match.group(1)):
        return match.end(1)
    if (
        match.group(1).endswith("人民")
        and text.startswith("政府", match.end(1))
        and _looks_like_organ(text[match.start(1) : match.end(1) + 2])
    ):
        return match.end(1) + 2  # 2023年某县人民政府信息公开…: 人民政府 whole
    unit = _INTERNAL_UNIT.search(match.group(1))
    if unit is not None and _looks_like_organ(match.group(1)[: unit.start()]):
        return match.start(1) + unit.start()  # 请与某局政策法规股联系: the body's unit
    end = match.end(1) + len(_OFFICE)
    if (
        text.startswith(_OFFICE, match.end(1))
        and "公开" not in match.group(1)  # 某县政务公开办公室: the office handling requests
        and _looks_like_organ(text[match.start(1) : end])
    ):
        return end
    return None


#: The first characters of the issuer labels, in either script: a cheap test per piece.
_ISSUER_FIRST = frozenset("发發来來信文公所生责責提供撰作")


#: Words every label holds one of (in either script): a cheap test per cell.
#: Words the other labels hold (公开主体, 所属机构, 责任单位, 作者, …), looked for in a
#: short line of details only: a search costs more than the four characters' tests.
_ISSUER_WORDS = re.compile("主体|主體|机构|機構|单位|單位|部门|作者")


#: Brackets a page prints a label in (【来源：某局】).
_LABEL_BRACKETS = "【[〔"


#: Where a label may start glued to the value before it (a number, a code, a date, a
#: bracket), and the label up to its colon.
_INNER_LABEL = re.compile(
    r"[0-9A-Za-z）)\]】日号][【\[〔]?(?=[发發来來信文公所生责責提供撰作][^：:]{0,6}[：:])"
)


#: What follows an issuer label (its colon, or its bracket's end).
_AFTER_LABEL = ("：", ":", "】", "]", "〕")


def _glued_label(piece: str) -> tuple[str, re.Match[str] | None]:
    """The piece of a line from an issuer label glued to the value before it
    (``索引号：001-2024-0001发布机构：某局``), and the label; the piece and ``None`` if
    none (a label must end at its colon: ``…0001发布机构改革`` is no label)."""
    for inner in _INNER_LABEL.finditer(piece):
        start = inner.end()
        label = _ISSUER.match(piece, start)
        if label is not None and piece[label.end() : label.end() + 1] in ("：", ":"):
            rest = piece[start:]
            return rest, _ISSUER.match(rest)
    return piece, None


#: A padded issuer label's first character and the white space after it.
_PADDING_AFTER_FIRST = re.compile(r"[发發来來信][ \t\u3000\u00a0]")


def _unpadded(label: re.Match[str]) -> str:
    return "".join(label.group(0).split())


def _issuer(rows: Sequence[Row], body: int) -> str | None:
    """The organ a labelled line before ``body`` (the row the report's first section
    starts at) names as the page's issuer: ``发布机构：XX局`` (or 发布单位, 发文机关, …),
    else ``来源：XX局``.

    A label counts at the start of a cell or after white space (not 数据来源); its value
    follows a colon or white space, or is the row's next cell when the label ends its
    own (a page's table of 索引号, 发布机构, …), and must be an organ's name (not
    来源：本网, nor a site: …门户网站); else a department's site named so
    (``来源：某局网站``: its owner)."""
    source: str | None = None
    site: str | None = None
    for index in range(min(body, len(rows))):
        texts = rows[index].texts
        for position, text in enumerate(texts):
            if not ("发" in text or "来" in text or "發" in text or "來" in text) and (
                len(text) > _MAX_DETAILS or _ISSUER_WORDS.search(text) is None
            ):
                continue  # (every label holds one of these: most lines are skipped here)
            if _PADDING_AFTER_FIRST.search(text):  # (a scan for the padded labels' start)
                text = _PADDED_ISSUER.sub(_unpadded, text)
            pieces = text.split()
            for at, piece in enumerate(pieces):
                if piece[0] in _LABEL_BRACKETS:
                    piece = piece[1:]  # 【来源：某局】
                label = _ISSUER.match(piece) if piece[:1] in _ISSUER_FIRST else None
                if (label is None or piece[label.end() : label.end() + 1] not in _AFTER_LABEL) and (
                    piece.count("：") + piece.count(":")
                ) > 1:
                    # 索引号：001-2024-0001发布机构：某局: a label glued to the value before
                    glued_piece, glued_label = _glued_label(piece)
                    if glued_label is not None:
                        piece, label = glued_piece, glued_label
                if label is None:
                    continue
                rest = piece[label.end() :]
                if rest[:1] in _LABEL_CLOSING:
                    rest = rest[1:]  # [发布机构]某局, 【来源】：某局: a label in brackets
                if rest[:1] in (":", "："):
                    rest = rest[1:]
                elif rest and piece[label.end()] not in _LABEL_CLOSING:
                    # 发布机构改革…: words of a sentence, not a label; but 发布机构某局发布时间
                    # 2024-01-20 is a page's labels and values printed with no marks
                    glued = _glued_value(rest)
                    if glued is None:
                        continue
                    if label.group("source") is None:
                        return glued
                    source = source or glued
                    continue
                following = at + 1
                if following < len(pieces) and pieces[following] in (":", "："):
                    following += 1  # 来源 : 某局 (the colon printed apart)
                if rest:
                    name = rest
                elif following < len(pieces):
                    name = pieces[following]
                    if name[0] in ":：":
                        name = name[1:]  # 发布机构 ：某局 (the colon printed with the name)
                else:
                    name = _next_printed(texts, position + 1)
                    if not name and index + 1 < min(body, len(rows)):
                        # 发布机构： / 某局: a table of details copied a cell a line
                        name = "".join(_next_printed(rows[index + 1].texts, 0).split()[:1])
                named = _issuer_named(name.rstrip(_LABEL_CLOSING)) or _issuer_cut(name)
                if named is None:
                    if "网" in name or "網" in name:
                        site = site or _department_site(name.rstrip(_LABEL_CLOSING))
                    continue
                if label.group("source") is None:
                    return named
                source = source or named
    return source or site


#: The closing brackets of a label printed in brackets (【来源：某局】, [发布机构]某局).
_LABEL_CLOSING = "】]〕"


#: What ends an issuer's name printed with more after it on its piece: a mark, a bracket,
#: or the next label glued on (某局，发布日期：…, 某局】【发布时间：…】, 某局发布日期：…).
_ISSUER_NAME_END = re.compile(
    r"[，,;；/|｜、】\]〕【\[〔]"
    r"|(?:(?:发布|发文|成文|生成|公开|印发|更新)?(?:日期|时间)|来源|作者|(?:浏览|点击|阅读)(?:次数|数|量)?|字号|索引号|文号)"
    r"\s*[:：】\]]"
)


#: A page's next label after a value printed with no mark between (…发布时间2024-01-20).
_NEXT_LABEL = re.compile(
    r"(?:(?:发布|发文|成文|生成|公开|印发|更新)?(?:日期|时间)|来源|作者|(?:浏览|点击|阅读)(?:次数|数|量)?|字号|索引号|文号)"
    r"\s*(?:\d|$)"
)


def _glued_value(rest: str) -> str | None:
    """The organ an issuer label's value names where the label, its value and the next
    label are printed with no mark between them (``发布机构某局发布时间2024-01-20``, as a
    page's inline labels copy): the words before the next label, if they are an organ's
    name (with no next label, the words may be a sentence's: 发布机构改革…的某县人民政府)."""
    following = _NEXT_LABEL.search(rest)
    if following is None or not following.start():
        return None
    return _issuer_named(rest[: following.start()])


def _department_site(name: str) -> str | None:
    """The owner of a site an issuer line names (``来源：某局网站``), completed, where it
    is a department's: a government's portal (``某县人民政府网站``) hosts its
    departments' reports, so its name is no organ's."""
    folded = _fold(name)
    owner = _site_owner(folded)
    if owner == folded or owner.endswith("政府") or not _looks_like_organ(owner):
        return None
    return _completed(name[: len(owner)])


def _issuer_cut(name: str) -> str | None:
    """The organ an issuer label's value names before what follows it on its piece (a
    mark, a bracket, the next label: ``某局，发布日期：…``), if that is an organ's name;
    read only when the whole value is none (a cheap path for most pages)."""
    end = _ISSUER_NAME_END.search(name)
    return _issuer_named(name[: end.start()]) if end is not None and end.start() else None


def _issuer_named(name: str) -> str | None:
    """``name``, an issuer line's or a publisher given apart from the text, completed,
    if it is an organ's name (not a site's, nor 本网 or a person's role)."""
    return _completed(name) if _looks_like_organ(name) else None


def _next_printed(texts: tuple[str, ...], start: int) -> str:
    """The first cell from ``start`` on that prints something, stripped ("" if none).
    (The search stops at a printed cell, so a row's searches take linear time.)"""
    for index in range(start, len(texts)):
        text = texts[index].strip()
        if text:
            return text
    return ""

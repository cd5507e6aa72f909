"""Title, organ and report year from the text before the tables."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import chain

from attrs import frozen

from .cells import TRADITIONAL_PAIRS, normalize_width
from .grid import Row

#: Traditional characters to their simplified forms, one for one (the fold the tables'
#: labels use): the preamble's words are matched in simplified form, and what is
#: returned is cut from the printed text at the same positions.
_FOLD = str.maketrans(TRADITIONAL_PAIRS[0::2], TRADITIONAL_PAIRS[1::2])
_TRADITIONAL = re.compile(f"[{TRADITIONAL_PAIRS[0::2]}]")


def _fold(text: str) -> str:
    """``text`` with traditional characters folded (the same string when it has none)."""
    return text.translate(_FOLD) if _TRADITIONAL.search(text) else text


def _either(word: str) -> str:
    """A pattern for ``word`` printed in simplified or traditional characters."""
    forms = {char: char for char in word}
    for index in range(0, len(TRADITIONAL_PAIRS), 2):
        if TRADITIONAL_PAIRS[index + 1] in forms:
            forms[TRADITIONAL_PAIRS[index + 1]] += TRADITIONAL_PAIRS[index]
    return "".join(f"[{forms[char]}]" if len(forms[char]) > 1 else char for char in word)


_SPACE_NEAR_CJK = re.compile(
    r"(?<=[\u3007\u3400-\u9fff\d])[ \t\u00a0\u3000]+(?=[\u3007\u3400-\u9fff\d])"
)
_WS = re.compile(r"[\s\u00a0\u3000]+")
#: A year, not the year of a date (2024年1月…: a publication date).
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
#: A year after the title's words, in brackets: ``…年度报告(2023)``.
_YEAR_IN_BRACKETS = re.compile(r"[(（]((?:19|20)\d{2})(?:年度?)?[)）]")
#: A year written in Chinese numerals: 二〇二三 (〇, ○, 零, or 0 and O as typed, for the zero;
#: the numerals of accounts too, 贰零贰叁).
_CHINESE_NUMERAL_YEAR = r"[一二壹贰貳][〇○零0OＯ一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]{3}"
_CHINESE_YEAR = re.compile(rf"({_CHINESE_NUMERAL_YEAR})\s*年")
_CHINESE_DIGITS = str.maketrans(
    "〇○零OＯ一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖", "00000123456789122334566789"
)
_CUT = re.compile(
    rf"(?:关于|(?:19|20)\d{{2}}|{_CHINESE_NUMERAL_YEAR}年|政府信息公开|信息公开|政务公开|年度)"
)
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
_ORGAN_SUFFIX = (
    "政府",
    "局",
    "委员会",
    "委",
    "办公室",
    "办事处",
    "厅",
    "院",
    "处",
    "中心",
    "所",
    "署",
    "部",
    "会",
    "队",
    "站",
    "馆",
    "社",
    "公司",
    "管委会",
    "管理委员会",
    "街道",
    # public institutions publishing the report (事业单位): schools, broadcasters, farms
    "大学",
    "学校",
    "中学",
    "小学",
    "幼儿园",
    "气象台",
    "电视台",
    "林场",
    "农场",
    # bodies of the state's vertical systems publishing their own reports
    "海关",
    "监狱",
    "地震台",
)
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
_ANY_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_DATE_AFTER = re.compile(r"\s*\d{1,2}\s*月")
#: The year a comparison is made with: 较2022年, 比2022年, 与2022年(同期)相比, 2022年同期,
#: 与2022年同比 (a year before 同比 without 与/同/和 is this one: 2023年同比增长).
_COMPARED_AFTER = frozenset("较比")
_COMPARED = re.compile(r"度?\s*(?:同期|相比|比较|对比|相较)")
_COMPARED_WITH = frozenset("与同和")
_SAME_TIME = re.compile(r"度?\s*同比")
#: After a year: the name of a report (…2022年度政府信息公开工作年度报告, 2022年报), in
#: one clause (2023年报送… names none).
_NAMES_REPORT = re.compile(r"报(?![\u4e00-\u9fff])|度?[^。；;，,、]{0,40}?(?:报告|年报)")
#: The year's period, from 1 January to 31 December (2023年1月1日至2023年12月31日), or from
#: month to month (2023年1月至12月, 2023年1-12月); from its first hour (1日0时至…), its
#: words parted by a comma (1日起，至…) or a long dash (1日——2023年…).
_PERIOD = re.compile(
    r"((?:19|20)\d{2})\s*年\s*0?1\s*(?:月\s*(?:0?1\s*日\s*)?)?(?:(?:0{1,2}|零)\s*[时点]\s*)?"
    r"(?:起\s*)?[，,]?\s*(?:至|到|[—–\-~]+)\s*"
    r"(?:(?:19|20)\d{2}\s*年\s*)?12\s*月(?:\s*31\s*日)?"
)
#: The same period printed in digits: 2023-01-01至2023-12-31, 2023.1.1—2023.12.31.
_PERIOD_IN_DIGITS = re.compile(
    r"((?:19|20)\d{2})\s*([-./])\s*0?1\s*\2\s*0?1\s*日?\s*(?:起\s*)?[，,]?\s*(?:至|到|[—–\-~]+)\s*"
    r"(?:(?:19|20)\d{2}\s*\2\s*)?12\s*\2\s*31(?!\d)"
)


#: The same period in Chinese numerals: 二〇二三年一月一日至二〇二三年十二月三十一日.
_PERIOD_IN_WORDS = re.compile(
    rf"({_CHINESE_NUMERAL_YEAR})年一月(?:一日)?(?:零时)?(?:起)?[，,]?(?:至|到|[—–\-~]+)"
    rf"(?:{_CHINESE_NUMERAL_YEAR}年)?十二月"
)


def _prints_year_end(raw: str) -> bool:
    """A cheap test on the uncleaned text: can it print a period in digits (12-31)?"""
    return "31" in raw and ("12-31" in raw or "12.31" in raw or "12/31" in raw)


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
_MAX_TITLE = 70
#: The longest line read for a title with a date, a label or a file type after it.
_MAX_TITLE_LINE = 120
#: The divisions above the last one (河北省沧州市…): what is left is that one's own name.
_OWN_NAME = re.compile(r"^.*?(?:省|自治区|市|自治州|州|盟|县|旗)(?=.)")
#: The first section heading: the title stands before it, never in the body (一、…, or
#: 总体情况 numbered otherwise: （一）, 第一部分, 第一章, 1., 壹、, Ⅰ、).
_FIRST_SECTION = re.compile(
    r"^(?:一\s*[、.．]|(?:[(（]\s*一\s*[)）]|第一(?:部分|章|节)|[1壹Ⅰ]\s*[、.．]|一)?\s*"
    rf"{_either('总体情况')}|概述)"
)
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


def clean_title(text: str) -> str:
    """Collapse white space; drop it entirely between Chinese characters and digits."""
    text = _WS.sub(" ", normalize_width(text)).strip()
    return _SPACE_NEAR_CJK.sub("", text)


#: What may follow a title's last word 报告: a bracketed note (全文, 2023年度, a date; in
#: 【】 one naming the text, its year or its organ, not a page's buttons: 【打印】),
#: a year printed without 年 (…报告2023), the words saying which text it is, unbracketed
#: (…报告全文, …报告 正文, …年报摘要), 书 (…报告书); a period in brackets.
_TITLE_TAIL = re.compile(
    r"(?:\s*[(（][^()（）]{0,30}[)）]|\s*【[^【】]{0,28}(?:全文|正文|摘要|年|年度|局|委员会|委|办公室|办|中心|政府|办事处|院)】"
    r"|\s*[》」』〉】〕\]”\"]|(?<=告)\s*(?:19|20)\d{2}"
    r"|(?<=[告报])\s*(?:全文|正文|摘要)|(?<=告)书)*$"
)
_SENTENCE_MARK = re.compile(r"[。；;，,：:！？]")


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


_GENERIC = ("政府", "人民政府", "本机关", "我局", "本局", "本单位", "我单位")
#: The words introducing an interpretation of the report (一图读懂…报告, 【图解】…报告: a
#: 解读 printed before the report, or the page's title naming it): not the title's.
_INTERPRETATION = (
    r"[【\[〔]?\s*(?:一图(?:读懂|看懂|了解|速览|解读)|图解|图说|解读)\s*[】\]〕]?\s*[:：|｜丨]?\s*"
)
_INTERPRETING = re.compile(rf"^{_INTERPRETATION}(?=\S)")


def _interprets(text: str) -> bool:
    """A cheap test: may ``text`` start with the words introducing an interpretation?"""
    return "图" in text[:5] or "解读" in text[:4]


#: A label or mark printed before a title (附件：, 《, 【年报】, （修订）, [年报], a list's
#: bullet ★ ●, the opening bracket or quote of a title printed in brackets or quotes:
#: 【…报告】, “…报告”): not part of the name.
_LABEL = re.compile(
    r"^(?:附件\s*\d*\s*[:：]?|[【〔][^】〕]{0,10}[】〕]\s*|[(（\[][^()（）\[\]]{1,8}[)）\]]\s*"
    r"|[★☆●○■□◆◇▲△▶►•※◎]\s*|[《「『〈【〔\[“\"])+"
)
#: A name never starts with these (全县 'the whole county', 以来 'since', 我/本 'our',
#: 关于 'about': 关于某局2023年…报告 names 某局).
_NOT_NAME_START = ("以来", "来", "全", "我", "本", "各", "上半", "下半", "关于")
#: Site chrome is labelled (来源：, 发布机构：) or a breadcrumb (首页 > …): never a name.
_CHROME = re.compile(r"[:：>›»|｜]|\s")
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


class _Lines:
    """Preamble or contact lines as ``(text, line)``, cleaned (:func:`clean_title`) and
    folded on first use: most are prose that no question ever reaches."""

    def __init__(self) -> None:
        self.raw: list[tuple[str, int]] = []
        self._clean: list[tuple[str, str] | None] = []

    def add(self, text: str, line: int) -> None:
        self.raw.append((text, line))
        self._clean.append(None)

    def __len__(self) -> int:
        return len(self.raw)

    def trimmed(self, index: int, start: int, end: int) -> tuple[str, str]:
        """Keep only characters ``start`` to ``end`` of cleaned line ``index`` (a list's
        mark or a decoration dropped); its text as printed and cleaned and folded."""
        line = self.raw[index][1]
        printed, text = self._cleaned(index)
        printed, text = printed[start:end], text[start:end]
        self.raw[index] = (printed, line)
        self._clean[index] = (printed, text)
        return printed, text

    def text(self, index: int) -> str:
        """The line cleaned and folded to simplified characters: the text to match."""
        return self._cleaned(index)[1]

    def printed(self, index: int) -> str:
        """The line cleaned, in the characters it is printed in: the text to return."""
        return self._cleaned(index)[0]

    def _cleaned(self, index: int) -> tuple[str, str]:
        cleaned = self._clean[index]
        if cleaned is None:
            printed = clean_title(self.raw[index][0])
            cleaned = self._clean[index] = (printed, _fold(printed))
        return cleaned


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


def _period_year(preamble: _Lines) -> int | None:
    """The year of the first statistics period the preamble prints (see
    :func:`_period_year_at`), if any."""
    for index, (raw, _) in enumerate(preamble.raw):
        if "12" not in raw and "十二月" not in raw and "１２" not in raw:
            continue  # (a cheap test: a period's end, 12月, 12-31, 十二月)
        match = _period_near_twelve(raw)
        year = int(match.group(1)) if match else _period_year_at(preamble, index)
        if year is not None:
            return year
    return None


#: How far before its 12 (月) a period printed in digits starts, white space and all.
_PERIOD_REACH = 60


def _period_near_twelve(raw: str) -> re.Match[str] | None:
    """A statistics period (:data:`_PERIOD`) in a printed line, looked for only just
    before each ``12`` in it: a search through a whole paragraph costs more than
    cleaning it would save."""
    at = raw.find("12")
    while at >= 0:
        match = _PERIOD.search(raw, max(0, at - _PERIOD_REACH), at + 20)
        if match is not None:
            return match
        at = raw.find("12", at + 2)
    return None


def _dated_in(rows: Sequence[Row], body: int, year: int) -> bool:
    """Whether the page is dated in ``year`` (see :func:`_page_dates`)."""
    return any(dated == year for dated in _page_dates(rows, body))


#: A date's year and what follows it (2024-, 2024/1, 2024年1), uncleaned.
_DATE_START = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d")


def _details_dated_in(rows: Sequence[Row], body: int, year: int) -> bool:
    """Whether a page's details before ``body`` (a short line before the report's first
    section) print a date in ``year`` (see :func:`_page_dates`); only lines printing the
    start of a date (:data:`_DATE_START`), full-width digits or a Chinese zero and 月
    are read (a cheap test: the title names its year, not a date)."""
    for index in range(min(body, len(rows))):
        texts = rows[index].texts
        raw = texts[0] if len(texts) == 1 else " ".join(texts)
        if len(raw) > _MAX_DETAILS or not (
            _DATE_START.search(raw)
            or "２" in raw
            or (("〇" in raw or "○" in raw or "零" in raw) and "月" in raw)
        ):
            continue
        if any(dated == year for dated in _page_dates((rows[index],), 1)):
            return True
    return False


def _page_dates(rows: Sequence[Row], body: int) -> Iterator[int]:
    """The years of the page's dates, in order: a date (``2024-01-20``, ``2024年1月20日``,
    ``二〇二四年一月``) on a short line before ``body`` (the row the report's first
    section starts at: the page's details, the title's date), or a line after it that is
    only a date (the report's signature)."""
    for index, row in enumerate(rows):
        texts = row.texts
        raw = texts[0] if len(texts) == 1 else " ".join(texts)
        if len(raw) > (_MAX_SIGNATURE if index >= body else _MAX_DETAILS):
            continue  # (a page's details are short: a date in prose may be a plan's)
        text = _fold(clean_title(raw))
        if index >= body and text and (text[-1] in ")）" or ":" in text or "：" in text):
            text = text[slice(*_undecorated(text))]  # 日期：2024年1月20日, （2024年1月20日）
        for date in _SIGNATURE_DATE.finditer(text):
            if index >= body and (date.start() or date.end() != len(text)):
                continue  # (after the body, a signature's line is only a date)
            yield int(date.group()[:4].translate(_CHINESE_DIGITS))


def _in_full(organ: str, *sources: Callable[[], str | None]) -> str:
    """``organ`` (a name shortened to start with its division: 区统计局) as the first of
    ``sources`` names it in full (杨陵区统计局: a longer name ending with it)."""
    folded = _fold(organ)
    for source in sources:
        named = source()
        if named is not None and len(named) > len(organ) and _fold(named).endswith(folded):
            return named
    return organ


#: The characters a name shortened to its own part starts with (县财政局, 区统计局: the
#: division left out, as a county's own pages print it).
_DIVISION_FIRST = frozenset("省市县区旗州盟乡镇縣區鄉鎮")
_CHINESE_DAY = "[一二三四五六七八九十〇○零]"
#: A line that is a date alone, as a report's signature prints it under the signing
#: body's name (cleaned, folded text): 2024年1月20日, 2024年1月, 二〇二四年一月二十日,
#: 2024-01-20, 2024.1.20, 2024/1/20.
_SIGNATURE_DATE = re.compile(
    r"(?:(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}[日号])?"
    rf"|{_CHINESE_NUMERAL_YEAR}年{_CHINESE_DAY}{{1,2}}月(?:{_CHINESE_DAY}{{1,3}}日)?"
    r"|(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}日?)"
)
#: A label before a signature's name or date (编制单位：某局, 日期：2024年1月20日) and the
#: seal's place after the name (某局（盖章）).
_SIGNATURE_LABEL = re.compile(
    r"(?:(?:编制|发布|报告|发文)(?:单位|机关|机构)|(?:成文|发布|印发|落款)?日期|时间)\s*[:：]\s*"
)
_SEAL = re.compile(r"\s*[(（](?:盖章|公章|章|印)[)）]$")


def _undecorated(text: str) -> tuple[int, int]:
    """Where a signature's line (cleaned, folded) prints its name or date without a
    label before it, the seal's place after it, or brackets around it (（2024年1月20日）)."""
    label = _SIGNATURE_LABEL.match(text)
    start = label.end() if label is not None else 0
    seal = _SEAL.search(text, start)
    end = seal.start() if seal is not None else len(text)
    if end - start > 2 and text[start] in "(（" and text[end - 1] in ")）":
        start, end = start + 1, end - 1
    return start, end


#: The longest line read as a signature's name or date, or both on one line.
_MAX_SIGNATURE = 50


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


#: The first characters of Markdown's marks around a line (a heading's ``#``, a quote's
#: ``>``, emphasis): a cheap test per line.
_MARKUP_FIRST = frozenset("#>*_")
#: A Markdown heading's or quote's mark starting a line (``# …``, ``### …``, ``> …``).
_MARKDOWN_LEAD = re.compile(r"\s*(?:#{1,6}(?=\s)|>)\s*")
#: A line wrapped in Markdown's emphasis (``**…**``, ``__…__``, ``*…*``).
_MARKDOWN_EMPHASIS = re.compile(r"\s*(\*\*|__|\*)(?=\S)(.*?\S)\1\s*")


def _without_markup(text: str) -> str:
    """A preamble line without the Markdown marks around it (``# 某局2023年…报告``,
    ``**某局2023年…报告**``, ``## 一、总体情况``): a converter's marks for a heading or
    bold type, no part of a title or a section's heading."""
    lead = _MARKDOWN_LEAD.match(text)
    if lead is not None:
        text = text[lead.end() :]
    emphasis = _MARKDOWN_EMPHASIS.fullmatch(text)
    return emphasis.group(2) if emphasis is not None else text


#: A year printed without 年 (2023某局…, 某局2023政府…, …年度报告2023): not a date's.
_BARE_YEAR = re.compile(r"(?<![\d\-/.])((?:19|20)\d{2})(?![\d\-/.年月日号])")


def _bare_year(title: str) -> int | None:
    """The year a title prints without 年, read only where nothing else names one."""
    match = _BARE_YEAR.search(title)
    return int(match.group(1)) if match else None


def _no_name(organ: str) -> bool:
    """Whether an organ read from a title names no body of its own: 我局, 本单位, 政府, a
    character left of a name (局, 县 completed to 县人民政府)."""
    folded = _fold(organ)
    if folded in _GENERIC:
        return True
    core = folded.removesuffix("人民政府").removesuffix("办事处")  # (a completion)
    return len(core) < 2 or core.startswith(("我", "本")) or core[0].isdigit()


def _spaced(word: str) -> str:
    """:func:`_either` for ``word`` printed with white space between its characters, as
    a table of details pads its short labels to its long ones' width (``名    称：``)."""
    return r"[ \t\u3000\u00a0]*".join(_either(char) for char in word)


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

#: A label naming a page's title in its table of details (名称：, 标题：, 信息名称：…).
_TITLE_LABEL = re.compile(
    rf"\s*(?:{_either('信息')}|{_either('文件')}|{_either('文章')})?"
    rf"(?:{_spaced('名称')}|{_spaced('标题')}|{_spaced('题名')})\s*(?P<colon>[:：])?\s*"
)
_TITLE_LABEL_FIRST = frozenset("信文名标題题標")


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


#: The most cells a title printed across a row's cells is read from (a tab-separated
#: text's title row: 某局 / 2023年…报告).
_MAX_TITLE_CELLS = 3


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
    title = preamble.printed(index) if _is_title(text) else _title_before_extra(raw)
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


#: The characters naming a division (县, 市, 镇, …): a place's name holds one.
_PLACE = re.compile(r"[省市县区旗州盟乡镇]")


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
    return printed if _is_title(_fold(printed)) else _title_before_extra(raw)


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
        if _looks_like_organ(_site_owner(name)) and all(
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


#: A title's last word and the mark parting the site's name from it in a page's <title>.
_SITE_AFTER_TITLE = re.compile(r"(报告|年报)\s*[_|｜—–-]")
_SITE_MARK = re.compile(r"\s*[_|｜—–-]+\s*")
#: What a site's name adds to its owner's (某县人民政府门户网站, 某局网站, 某县政府网).
_SITE_WORDS = ("门户网站", "门户网", "政务网", "网站", "官网", "网")


#: The pieces of a page's line of details (white space or bars between them).
_DETAIL_PIECES = re.compile(r"[\s|｜【】]+")
#: A piece giving the page's date (``2024-01-20``, ``2024年1月20日``, ``发布时间：2024-01-20``).
_DATE_PIECE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,6}[:：])?(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)"
)
#: The longest line read as a page's line of details.
_MAX_DETAILS = 80


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


#: A page's details after a title's last word: a date, a label (or a button in
#: brackets: 【打印】【关闭】), an attachment's type.
_DETAILS_AFTER_TITLE = re.compile(
    r"(报告|年报)\s*(?:"
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


#: The year just before the words naming the work reported on (2023年度政府信息公开).
_YEAR_OF_WORK = re.compile(r"((?:19|20)\d{2})\s*年度?的?(?:政府信息公开|政务公开|信息公开)")


def title_year(title: str) -> int | None:
    """The year a title names: ``2023年``, ``二〇二三年`` (or ``二○二三年``, ``二零二三年``),
    or a year in brackets after the words (``…年度报告(2023)``); of two, the one naming
    the work (``2024年…关于2023年度政府信息公开…``)."""
    match = _YEAR_IN_TITLE.search(title)
    if match and _YEAR_IN_TITLE.search(title, match.end()):
        # two years (2024年某局关于2023年度政府信息公开…): the publication's, the report's
        match = _YEAR_OF_WORK.search(title) or match
    match = match or _YEAR_IN_BRACKETS.search(title)
    if match:
        return int(match.group(1))
    match = _CHINESE_YEAR.search(title)
    if match:
        year = int(match.group(1).translate(_CHINESE_DIGITS))
        if 1900 <= year <= 2099:
            return year
    return None


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


_CLAUSE_END = re.compile(r"[。；;！？!?]")
#: A sentence announcing this report: 现公布…报告, 现将…报告予以公布, 现发布…报告,
#: …报告(以下简称年报), 现将…情况报告如下. (发布 alone is not: 按时发布2022年度…报告
#: names last year's.)
_ANNOUNCING = ("公布", "现发布", "以下简称", "本报告", "本年报", "如下")


class _Clauses:
    """A line's clauses (split at 。；！？), each asked once whether it announces this
    report: a line naming many reports costs one pass, not one per year it names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [match.end() for match in _CLAUSE_END.finditer(text)]
        self.verdicts: dict[int, bool] = {}

    def announces(self, position: int) -> bool:
        """Whether the clause holding ``position`` announces this report."""
        ends = self.ends
        at = bisect_right(ends, position)  # the clause after the marks up to position
        verdict = self.verdicts.get(at)
        if verdict is None:
            start = ends[at - 1] if at else 0
            end = ends[at] - 1 if at < len(ends) else len(self.text)
            clause = self.text[start:end]
            verdict = self.verdicts[at] = any(word in clause for word in _ANNOUNCING)
        return verdict


#: A line of years only, two or more (a site's menu of its yearly reports' pages).
_YEARS_MENU = re.compile(r"(?:(?:19|20)\d{2}\s*年度?[\s|｜/、,，]*){2,}")
_MAX_YEARS_MENU = 60


def _period_year_at(preamble: _Lines, index: int) -> int | None:
    """The year of the statistics period preamble line ``index`` prints, if it prints
    one (自2023年1月1日至2023年12月31日, 2023-01-01至2023-12-31, 二〇二三年一月一日至…)."""
    raw = preamble.raw[index][0]
    if "年" not in raw:
        if _prints_year_end(raw) and (period := _PERIOD_IN_DIGITS.search(raw)):
            return int(period.group(1))
        return None
    text = preamble.text(index)
    period = _PERIOD.search(text)
    if period is None and _prints_year_end(raw):
        period = _PERIOD_IN_DIGITS.search(text)
    if period:
        return int(period.group(1))
    if "十二月" in text and (period := _PERIOD_IN_WORDS.search(text)):
        year = int(period.group(1).translate(_CHINESE_DIGITS))
        if 1900 <= year <= 2099:
            return year
    return None


#: A year in digits or in Chinese numerals (二〇二三年), and a date's month after one
#: in Chinese numerals (二〇二四年一月).
_ANY_YEAR_IN_WORDS = re.compile(rf"((?:19|20)\d{{2}}|{_CHINESE_NUMERAL_YEAR})\s*年")
_DATE_IN_WORDS_AFTER = re.compile(r"\s*[一二三四五六七八九十]{1,2}\s*月")


def _most_named_year(preamble: _Lines) -> tuple[int | None, tuple[tuple[int, int], ...]]:
    """The year a statistics period names (自2023年1月1日至2023年12月31日, or in digits:
    2023-01-01至2023-12-31), else the year
    named most often, with how often each year was named (most first). Dates
    (2024年1月20日: publication) and years that name a report (按时发布2022年度…年度报告:
    last year's) are not counted; a year before 年度 counts three times."""
    counts: dict[int, int] = {}
    for index, (raw, _) in enumerate(preamble.raw):
        period_year = _period_year_at(preamble, index)
        if period_year is not None:
            return period_year, ()
        if "年" not in raw:
            continue
        text = preamble.text(index)
        if len(text) <= _MAX_YEARS_MENU and _YEARS_MENU.fullmatch(text):
            continue  # 2024年 2023年 2022年: a site's menu of years, no mention
        clauses: _Clauses | None = None  # (made for the first year naming a report)
        # (a year in Chinese numerals, 二〇二三年, holds a zero: a cheap test)
        in_words = "〇" in text or "○" in text or "零" in text
        for match in (_ANY_YEAR_IN_WORDS if in_words else _ANY_YEAR).finditer(text):
            if _DATE_AFTER.match(text, match.end()) or (
                in_words and _DATE_IN_WORDS_AFTER.match(text, match.end())
            ):
                continue  # 2024年1月20日: a date (publication, a meeting), not a report year
            before = text[match.start() - 1 : match.start()]
            if (
                before in _COMPARED_AFTER
                or _COMPARED.match(text, match.end())
                or (before in _COMPARED_WITH and _SAME_TIME.match(text, match.end()))
            ):
                continue  # 较2022年增加, 与2022年相比: the year compared with, not this one
            if _NAMES_REPORT.match(text, match.end()):
                if clauses is None:
                    clauses = _Clauses(text)
                if not clauses.announces(match.start()):
                    continue  # 按时发布2022年度…年度报告: another report, not this one
            weight = 3 if text.startswith("度", match.end()) else 1  # (2023年度)
            year = int(match.group(1).translate(_CHINESE_DIGITS))
            if 1900 <= year <= 2099:
                counts[year] = counts.get(year, 0) + weight
    if not counts:
        return None, ()
    ranked = sorted(counts.items(), key=lambda item: -item[1])  # stable: first named wins
    return ranked[0][0], tuple(ranked)

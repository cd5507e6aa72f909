"""Table 三 (收到和处理政府信息公开申请情况) → the model."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple, cast

from attrs import evolve

from ..cells import (
    EMPTY_KIND,
    MONEY_KIND,
    NUMBER_KIND,
    TEXT_KIND,
    Value,
    memo_label,
    memo_value,
    memoised,
    normalize_label,
    read_value,
)
from ..findings import Finding, make
from ..grid import Row
from ..labels import (
    CHINESE_NAMES,
    COMMERCIAL_HEAD,
    GROUP_ITEMS,
    SUBTOTAL_HEAD,
    SUBTOTAL_HEADER,
    classify_request_label,
    describe,
)
from ..model import (
    APPLICANT_COLUMNS,
    ApplicantCounts,
    NotProcessed,
    OtherHandling2021,
    Requests,
    Results,
    Template,
    Unavailable,
    Withheld,
)
from .collect import Collected, Key, Located, RawRow, collect_rows, read_first_copy
from .columns import (
    GAP,
    HEADERS_KEPT,
    Header,
    HeaderOrder,
    Placement,
    Shape,
    describe_placement,
    extra_column,
    names_by_column,
    one_piece_per_row,
    reading_names,
    row_names,
)
from .fit import Check, Fitted, fit_row, raw_text, shown_text, sum_may_hold
from .stray import stray_findings

Numbers = list[int | None]

_TOP_ROWS: tuple[Key, ...] = (("new_received",), ("carried_over",), ("carried_forward",))


def leaf_keys(template: Template) -> list[Key]:
    """Every row of table 三 that holds values, in printed order."""
    keys: list[Key] = [("new_received",), ("carried_over",)]
    keys += [("results", "granted"), ("results", "partially_granted")]
    for group in ("withheld", "unavailable", "not_processed"):
        keys += [("results", group, item) for item in GROUP_ITEMS[group]]
    if template == "2021":
        keys += [("results", "other", item) for item in GROUP_ITEMS["other"]]
    else:
        keys.append(("results", "other"))
    keys += [("results", "total"), ("carried_forward",)]
    return keys


#: The table's last row, and (七)总计 (see :class:`_Classifier`).
_FORWARD: Key = ("carried_forward",)
_RESULTS_TOTAL: Key = ("results", "total")

#: The applicant header's first words: printed among the rows, the header is printed
#: again (a table broken over pages, its header rows repeated on each).
_HEADER_AGAIN = frozenset({"申请人情况", "自然人"})

#: A numbering's open bracket, its numeral maybe, ending a piece of a label broken
#: inside the bracket (``(七`` / ``)总计``, ``(`` / ``七)总计``); normalised.
_OPEN_NUMBERING = re.compile(r"\((?:[一二三四五六七]|\d{1,2})?")


class _Classifier:
    """Stateful label classifier: remembers the current group and whether data began."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.group: str | None = None
        self.in_data = False
        #: Whether the table's last row (四、结转下年度继续办理) was named.
        self.ended = False
        #: The last label naming no row, when it is a numbering's open bracket (see
        #: :data:`_OPEN_NUMBERING`).
        self.opened = ""

    def __call__(self, label: str) -> Key | None:
        if label.startswith("其中"):
            return None  # (of which: a part of a row a page adds, not the row it names)
        found = classify_request_label(label, self.group, self.in_data)
        if found is None:
            if label in _HEADER_AGAIN:
                self.in_data = False  # 总计, 其他 below are its columns again
            if self.opened or label[:1] == "(":
                return self._broken(label)
            return None
        if found.path is None:
            if self.in_data and (
                found.group == self.group or (found.group == "results" and self.group is not None)
            ):
                # the group named again: the rest of a broken label, a rowspan; or the
                # results' label among its groups' rows (PDF text prints a label spanning
                # rows on the line at their middle, maybe a row's values' line)
                return None
            self.group = found.group
            if found.group == "other" and self.template == "2019":
                self.in_data = True
                return ("results", "other")
            return ()
        path = found.path
        if path == _FORWARD:
            self.ended = True
        elif self.ended and path == _RESULTS_TOTAL and "七" not in label:
            return None  # a sum row a page adds after the last row (合计), not (七)总计
        self.in_data = True
        if found.group is not None:
            self.group = found.group
        elif path[0] != "results":
            self.group = None
        if path[:2] == _OTHER and len(path) == 3 and self.template == "2019":
            # (2021's 其他处理 items in a 2019 table, named by their words: kept apart,
            # see _other_items_2019; a numbering alone goes on the 2019 row)
            return path if "逾期" in label or "其他" in label else _OTHER
        return path

    def _broken(self, label: str) -> Key | None:
        """A label naming no row read as the rest of one broken inside its numbering's
        bracket (``(七`` / ``)总计``), joined to the piece before it; ``None`` if it is
        not (a piece that is such an open bracket is kept for the next label)."""
        opened = self.opened
        self.opened = label if _OPEN_NUMBERING.fullmatch(label) else ""
        if opened and ")" in label[:2]:
            return self(opened + label)
        return None


def _header_texts(rows: Sequence[Row]) -> Iterator[str]:
    """Table 三's short text cells above its first data row, normalised, in reading order."""
    for row in rows:
        for raw in row.texts:
            if read_value(raw).kind is not TEXT_KIND:
                continue
            text = normalize_label(raw)
            if "本年新收" in text or "予以公开" in text:  # the first data row
                return
            if len(text) <= 12:
                yield text


def _subtotal_position(rows: Sequence[Row]) -> tuple[int | None, bool]:
    """Where a 法人或其他组织小计 column stands among the values, if the header has one:
    6 when it follows the 商业企业 column, 1 when it comes before the organisations; and
    whether the header showed it (``False``: no 商业企业 cell was seen, 1 is a guess)."""
    subtotal = commercial = None
    for seen, text in enumerate(_header_texts(rows)):
        if subtotal is None and (SUBTOTAL_HEADER in text or text.endswith(SUBTOTAL_HEAD)):
            subtotal = seen
        if commercial is None and COMMERCIAL_HEAD in text:
            commercial = seen
    if subtotal is None:
        return None, True
    return (6 if commercial is not None and commercial < subtotal else 1), commercial is not None


#: The applicant header's names: each alternative is a named group whose name is the
#: column's key; ``group`` is 法人或其他组织 (the header over the organisation columns)
#: and ``subtotal`` 小计. A 其他 inside 法人或其他组织 (a piece of it) is not the column 其他.
_APPLICANT_NAMES = re.compile(
    r"(?P<group>法人(?:或者|[或和及])?其[他它]组织)"
    r"|(?P<natural_person>自然人)"
    # (商业, 科研, 社会, 法律: the names' first words, a header cell wrapped in a narrow
    # column whose lines PDF text prints a line of the header each)
    r"|(?P<commercial_enterprise>商业(?:企业)?)"
    r"|(?P<research_institution>科研(?:机构)?)"
    r"|(?P<social_welfare_organization>社会(?:公益(?:组织)?)?|公益组织)"
    r"|(?P<legal_service_agency>法律(?:服务(?:机构)?)?)"
    r"|(?P<other>(?<!或)其[他它](?!组织))"
    r"|(?P<total>总计|合计)"
    r"|(?P<subtotal>小计)"
)
#: The columns printed under 法人或其他组织.
_ORGANISATIONS = frozenset(
    {
        "commercial_enterprise",
        "research_institution",
        "social_welfare_organization",
        "legal_service_agency",
        "other",
        "subtotal",
    }
)
_APPLICANT_CHINESE = {key: CHINESE_NAMES.get(key, "其他") for key in APPLICANT_COLUMNS}
_TOP_HEADER = "自然人法人或其他组织总计"
_ORGANISATION_HEADER = "商业企业科研机构社会公益组织法律服务机构其他"
#: Table 三's header as the template prints it, its cells joined in reading order: in the
#: text layouts, and in HTML, where 自然人 and 总计 (spanning two rows) are read twice.
#: A header read exactly so names the columns in the template's order (reading order
#: within a row is the columns' order): it is not read further.
_TEMPLATE_HEADERS = frozenset(
    {
        "申请人情况" + _TOP_HEADER + _ORGANISATION_HEADER,
        "申请人情况" + _TOP_HEADER + "自然人" + _ORGANISATION_HEADER + "总计",
    }
)


#: :data:`_TEMPLATE_HEADERS` with no 总计 column.
_UNTOTALLED_HEADERS = frozenset(header.replace("总计", "") for header in _TEMPLATE_HEADERS)


def _header_pieces(rows: Sequence[Row]) -> Header:
    """Table 三's short text cells before its first data row (the header), with their
    rows and columns; none when the header holds more than :data:`.columns.MAX_PIECES`."""
    pieces = Header()
    for index, row in enumerate(rows):
        for cell, raw in enumerate(row.texts):
            kind = (memo_value(raw) or read_value(raw)).kind
            if kind is NUMBER_KIND or kind is MONEY_KIND:
                return pieces  # a value: the data rows began
            if kind is not TEXT_KIND:
                continue
            text = memo_label(raw) or normalize_label(raw)
            if "本年新收" in text or "予以公开" in text:  # the first data row
                return pieces
            longest = _HEADER_CELL
            if (
                len(text) > longest
                and _NAMES_ONLY.fullmatch(text) is not None
                and GAP.search(raw) is None  # (else cells apart by spaces: add_cell parts them)
            ):
                longest = len(text)  # 法人或其他组织(商业企业、科研机构、…): one cell
            if not pieces.add_cell(raw, text, row, index, cell, longest):
                pieces.clear()
                return pieces
    return pieces


#: The longest header cell (longer text is prose) unless it holds only applicant names.
_HEADER_CELL = 12
#: A header cell holding only applicant names and the marks between them: 法人或其他组织
#: printed as one cell naming its five columns (in brackets, apart by 、), no band below;
#: or a cell naming its group and its column (法人或其他组织-社会公益组织: a merged header
#: flattened into one line, the parts joined by a dash or a colon).
_NAMES_ONLY = re.compile(r"(?:" + _APPLICANT_NAMES.pattern + r"|[、,，/()和及\s\-—－–·_:：])+")


def _applicant_chains(pieces: Header) -> tuple[list[list[str]], bool]:
    """Chains of applicant names in an order the header shows for certain (see
    :mod:`.columns`); ``subtotal`` stands for a 小计 column. And whether a 总计 read
    before every other name was left out (see below: its column may be the first).

    * Pieces that keep the table's columns: each column names at most one applicant
      column, and the columns' order is the printed order.
    * One piece per line: the names in reading order, the organisations (printed in the
      band under 法人或其他组织) standing where 法人或其他组织 stands. A 总计 read before
      every other name is left out: seeds 000 and 002 print a 总计 spanning the header's
      rows in its first row, before 自然人, so reading order says nothing of its column.
    * Rows of cells without columns (pipe rows omit spanned cells): each line's names are
      in printed order; the organisations of the first line of the band below
      法人或其他组织's line stand where it stands (with none below, those of the line
      above: the header's rows printed in another order, the band's first).
    """
    if len(pieces) < 2:
        return [], False
    by_column = names_by_column(pieces, _APPLICANT_NAMES)
    leaves = [[n for n in names if n != "group"] for names in by_column.values()]
    flat = [n for names in leaves for n in names]
    if all(len(names) <= 1 for names in leaves) and len(set(flat)) == len(flat) > 1:
        return [flat], False
    if one_piece_per_row(pieces):
        names = reading_names(pieces, _APPLICANT_NAMES)
        total_first = names[:1] == ["total"]
        if total_first:
            names = names[1:]
        return [_nest(names, [])], total_first
    rows = row_names(pieces, _APPLICANT_NAMES)
    chains: list[list[str]] = []
    nested = False
    for index, names in enumerate(rows):
        if "group" in names and not nested:
            # the organisations' band: the later line naming the most organisations (the
            # band's first line: the lines below a broken cell hold its later pieces)
            later = _most_organisations(rows[index + 1 :]) or _most_organisations(rows[:index])
            chains.append(_nest(names, later))
            nested = True
        else:
            chains.append([n for n in names if n != "group"])
    return chains, False


def _most_organisations(rows: list[list[str]]) -> list[str]:
    """The organisations of the line among ``rows`` naming the most of them."""
    return max(([n for n in row if n in _ORGANISATIONS] for row in rows), key=len, default=[])


def _nest(names: list[str], later: list[str]) -> list[str]:
    """One band's names with the organisations (those after 法人或其他组织 in the band,
    then ``later``) standing where 法人或其他组织 stands. With none after it, those
    before it do: the header's rows printed in another order, the organisations' band
    first (a cell a line, their names read before 法人或其他组织 and the names beside it).
    """
    if "group" not in names:
        return names
    at = names.index("group")
    head = names[:at]
    rest = [n for n in names[at + 1 :] if n != "group"]
    organisations = [n for n in rest if n in _ORGANISATIONS] + later
    if not organisations:
        organisations = [n for n in head if n in _ORGANISATIONS]
        head = [n for n in head if n not in _ORGANISATIONS]
    return head + organisations + [n for n in rest if n not in _ORGANISATIONS]


#: A header's reading: the 小计 column's place, the placement, the ``column_order``
#: finding's message (``None``: no finding), the name of a column printed after the
#: template's (:func:`.columns.extra_column`) and :attr:`_HeaderReading.total_first`.
_Read = tuple[int | None, Placement | None, str | None, str | None, bool]
#: Headers read, by their shape and the 小计 column found before the analysis (see
#: :data:`.columns.HEADERS_KEPT`).
_READ: dict[tuple[Shape, int | None], _Read] = {}


class _HeaderReading(NamedTuple):
    """What table 三's header says: where the 小计 column stands among the values
    (:func:`_subtotal_position`, or the header's order when it places every column),
    where it puts the seven applicant columns (``None``: by position), its
    ``column_order`` finding, and the name of a column printed after the template's
    (:func:`.columns.extra_column`), with the header's line."""

    subtotal_at: int | None
    placement: Placement | None
    finding: Finding | None
    extra: str | None = None
    line: int | None = None
    #: The 小计 column's place is a guess: the header names it but shows no 商业企业
    #: before or after it (a header wrapped into long lines of words).
    guessed: bool = False
    #: The header, read in the template's order, reads 总计 before every other name, a
    #: piece a line: a 总计 spanning the header's rows or a 总计 column printed first
    #: (:func:`_total_first_by_rows` tells them apart).
    total_first: bool = False
    #: The header prints 法人或其他组织 as one column, none of its five (see
    #: :func:`_one_organisations_column`).
    grouped: bool = False
    #: The header prints the six applicant columns and no 总计 (see
    #: :func:`_no_total_column`).
    untotalled: bool = False
    #: The header prints the template's columns but this one, an organisation's (see
    #: :data:`_WITHOUT_ONE_ORGANISATION`).
    unprinted: int | None = None
    #: The header prints the template's columns and one more of the page's own: its
    #: name, its place among a row's values and whether 总计 is printed (see
    #: :func:`_added_column`).
    added: tuple[str, int, bool] | None = None
    #: Under a header printing no 总计 (:attr:`untotalled`), where it puts the six
    #: applicant columns (``None``: in the template's order).
    six: Placement | None = None


def _read_header(rows: Sequence[Row]) -> _HeaderReading:
    """Table 三's header, read (see :class:`_HeaderReading`)."""
    subtotal_at, shown = _subtotal_position(rows)
    pieces = _header_pieces(rows)
    joined = "".join(pieces.texts)
    if joined in _TEMPLATE_HEADERS:
        return _HeaderReading(subtotal_at, None, None)
    if subtotal_at is None and _one_organisations_column(joined):
        return _HeaderReading(None, None, None, line=pieces.line, grouped=True)
    if subtotal_at is None:
        added = _added_column(pieces, joined)
        if added is not None:
            return _HeaderReading(None, None, None, line=pieces.line, added=added)
    if subtotal_at is None and _no_total_column(joined):
        six = _six_placement(pieces)
        if six is not None or _SIX_APPLICANT_COLUMNS.search(joined) is not None:
            return _HeaderReading(None, None, None, line=pieces.line, untotalled=True, six=six)
    unprinted = _WITHOUT_ONE_ORGANISATION.get(joined)
    if unprinted is not None:
        return _HeaderReading(None, None, None, line=pieces.line, unprinted=unprinted)
    found_at = subtotal_at
    subtotal_at, placement, message, extra, total_first = memoised(
        _READ,
        (pieces.shape(), found_at),
        lambda: _read_pieces(pieces, found_at),
        HEADERS_KEPT,
    )
    line = pieces.line
    finding = None
    if message is not None:
        finding = make("column_order", message, path="requests", line=line)
    guessed = not shown and subtotal_at == found_at and placement is None
    return _HeaderReading(subtotal_at, placement, finding, extra, line, guessed, total_first)


#: The organisation columns' names as the template prints them.
_ORGANISATION_NAMES = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
#: Table 三's header as the template prints it (:data:`_TEMPLATE_HEADERS`) but for one
#: organisation column, left out (a page not printing a kind of applicant it never has):
#: the place of that column among the seven.
_WITHOUT_ONE_ORGANISATION: dict[str, int] = {
    header[: header.rindex(name)] + header[header.rindex(name) + len(name) :]: at + 1
    for header in _TEMPLATE_HEADERS
    for at, name in enumerate(_ORGANISATION_NAMES)
}
#: A header cell naming no column of the template's (个体工商户, 律师事务所 beside
#: 法律服务机构): short words, no digits, no marks.
_OWN_COLUMN = re.compile(r"[\u4e00-\u9fff]{2,8}")
#: The columns a value stands in by the applicant name over it (法人或其他组织: where
#: the names beside it say, see :func:`_added_column`).
_VALUE_AT = {key: at for at, key in enumerate(APPLICANT_COLUMNS)}


def _added_column(pieces: Header, joined: str) -> tuple[str, int, bool] | None:
    """A column the header prints beside the template's, of the page's own (a local
    form's 个体工商户 under 法人或其他组织): the header as the template prints it (with or
    without 总计) but for one name naming no applicant column. Its name; its place among
    a row's values, by the names printed beside it (after an organisation's or 自然人's
    name, the column after that one; first in its line before an organisation's, that
    one's place; after 法人或其他组织's, before 总计); and whether the header prints 总计.
    ``None`` where no such name is found or its place is not shown."""
    if "自然人" not in joined or len(pieces) > 24:
        return None
    totalled = "总计" in joined
    headers = _TEMPLATE_HEADERS if totalled else _UNTOTALLED_HEADERS
    # (the name's characters, once or twice (HTML reads a cell spanning two rows twice),
    # are what the header has more than the template's: most headers have none)
    more = [len(joined) - len(header) for header in headers]
    if max(more) < 2:
        return None
    texts, rows = pieces.texts, pieces.rows
    spread = one_piece_per_row(pieces)
    for at, text in enumerate(texts):
        if (
            all(n % len(text) or n <= 0 for n in more)
            or _OWN_COLUMN.fullmatch(text) is None
            or _APPLICANT_NAMES.search(text) is not None
            or text == "申请人情况"
            or "".join(t for t in texts if t != text) not in headers
        ):
            continue
        before = at - 1 if at and (spread or rows[at - 1] == rows[at]) else None
        after = at + 1 if at + 1 < len(texts) and (spread or rows[at + 1] == rows[at]) else None
        place = _place_between(
            None if before is None else texts[before], None if after is None else texts[after]
        )
        return None if place is None else (text, place, totalled)
    return None


def _place_between(before: str | None, after: str | None) -> int | None:
    """:func:`_added_column`'s place of a column printed between header cells ``before``
    and ``after`` (``None``: nothing beside it in its line)."""
    named = _APPLICANT_NAMES.fullmatch(before) if before is not None else None
    key = named.lastgroup if named is not None else None
    if key in _ORGANISATIONS or key == "natural_person":
        return _VALUE_AT[key] + 1
    if key == "group":
        return 6
    following = _APPLICANT_NAMES.fullmatch(after) if after is not None else None
    if following is not None and following.lastgroup in _ORGANISATIONS:
        return _VALUE_AT[following.lastgroup]
    return None


#: The header's names of the five organisation columns (their first words).
_ORGANISATION_WORDS = ("商业", "科研", "公益", "法律")
#: 自然人, 法人或其他组织 and 总计 in this order, in a header's pieces joined.
_THREE_APPLICANT_COLUMNS = re.compile(r"自然人.*法人(?:或者|[或和及])?其[他它]组织")


def _one_organisations_column(joined: str) -> bool:
    """Whether a header (its pieces joined) prints the applicants in three columns,
    自然人, 法人或其他组织 and 总计 (printed first where it spans the header's rows), with
    none of the five organisation columns under 法人或其他组织 (a page's shorter form of
    the table)."""
    return (
        "法人" in joined
        and ("总计" in joined or "合计" in joined)
        and not any(word in joined for word in _ORGANISATION_WORDS)
        and _THREE_APPLICANT_COLUMNS.search(joined) is not None
    )


#: The six applicant columns in the template's order, in a header's pieces joined.
_SIX_APPLICANT_COLUMNS = re.compile(r"自然人.*商业.*科研.*(?:社会|公益).*法律.*其[他它]")


def _no_total_column(joined: str) -> bool:
    """Whether a header (its pieces joined) names the six applicant columns, in any
    order, and no 总计 (合计) column."""
    if "总计" in joined or "合计" in joined or "自然人" not in joined:
        return False
    rest = _GROUP_NAME.sub("", joined)  # (its 其他 is not the column 其他)
    return (
        all(word in rest for word in ("商业", "科研", "法律"))
        and ("社会" in rest or "公益" in rest)
        and ("其他" in rest or "其它" in rest)
    )


#: 法人或其他组织, the name over the organisation columns.
_GROUP_NAME = re.compile(r"法人(?:或者|[或和及])?其[他它]组织")


def _six_placement(pieces: Header) -> Placement | None:
    """Where a header printing no 总计 column puts the six applicant columns (``None``:
    in the template's order, or the header cannot tell)."""
    chains, _ = _applicant_chains(pieces)
    six = [[n for n in chain if n in _SIX_INDEX] for chain in chains]
    return HeaderOrder(APPLICANT_COLUMNS[:6], six).placement() if six else None


#: The six applicant columns (all but 总计).
_SIX_INDEX = frozenset(APPLICANT_COLUMNS[:6])


def _read_pieces(pieces: Header, subtotal_at: int | None) -> _Read:
    """:func:`_read_header` for the header's pieces (not in the template's order), the
    finding's message for its finding."""
    extra = extra_column(pieces)
    chains, total_first = _applicant_chains(pieces)
    if not chains:
        return subtotal_at, None, None, extra, False
    applicants = [[n for n in chain if n != "subtotal"] for chain in chains]
    placement = HeaderOrder(APPLICANT_COLUMNS, applicants).placement()
    if placement is None:
        return subtotal_at, None, None, extra, total_first
    if subtotal_at is not None and placement.printed is not None:
        full = HeaderOrder((*APPLICANT_COLUMNS, "subtotal"), chains).printed()
        if full is not None:
            subtotal_at = full.index("subtotal")
    action = describe_placement(placement, _APPLICANT_CHINESE)
    if placement.printed is None:
        action += " in every row"
    return subtotal_at, placement, f"{describe('requests')}: {action}", extra, False


#: Where a 小计 column can stand among a row's values: after 自然人, or after 其他.
_SUBTOTAL_PLACES = (1, 6)


def _subtotal_by_rows(
    collected: Collected, width: int, line: int | None, findings: list[Finding]
) -> int:
    """The 小计 column's place when the header does not show it: the place at which more
    of the table's rows add up (总计 = the applicant columns, 小计 = the organisations);
    a finding says which it is, and says the place is a guess when no row tells them
    apart. Before, 小计 was put after 自然人 with no finding, and a header wrapped into
    lines of words (PDF text) read every organisation one column off."""
    fits = {at: 0 for at in _SUBTOTAL_PLACES}
    for raw in collected.rows.values():
        if len(raw.values) != width or any(v.kind is not NUMBER_KIND for v in raw.values):
            continue
        numbers = [v.number for v in raw.values if v.number is not None]
        for at in _SUBTOTAL_PLACES:
            fits[at] += _row_check(at, None)(numbers)
    after_natural, after_other = fits[1], fits[6]
    if after_natural == after_other:
        findings.append(
            make(
                "column_order",
                f"{describe('requests')}: the header prints a 小计 column but does not show "
                "where it stands, and no row's arithmetic tells; read after 自然人 (the "
                "organisation columns may be one column off)",
                path="requests",
                line=line,
            )
        )
        return 1
    at = 1 if after_natural > after_other else 6
    findings.append(
        make(
            "column_order",
            f"{describe('requests')}: the header prints a 小计 column but does not show where "
            f"it stands; read {'after 自然人' if at == 1 else 'after 其他'}, where "
            f"{max(fits.values())} row(s) add up ({min(fits.values())} the other way)",
            path="requests",
            line=line,
            severity="info",
        )
    )
    return at


#: Rows that must add up in the template's order, and in none by the header's, before a
#: header moving 总计 is set aside: a few rows of small counts can add up by chance.
_REFUTING_ROWS = 3


def _refuted_by_rows(
    collected: Collected, placement: Placement, line: int | None
) -> Finding | None:
    """When the header puts 总计 elsewhere than last (two header lines extracted in
    drawing order print 自然人, 总计, 商业企业 …) but the rows add up only with their
    values in the template's order — at least :data:`_REFUTING_ROWS` of them and most
    rows that hold a count, none by the header's order — the ``column_order`` warning
    for reading them by position; else ``None`` (the header is followed)."""
    if placement.printed is None or placement.printed[-1] == "total":
        return None
    by_header = _row_check(None, placement)
    template_only = holding = 0
    for raw in collected.rows.values():
        values = raw.values
        if len(values) != 7 or any(v.kind is not NUMBER_KIND for v in values):
            continue
        numbers = [v.number for v in values if v.number is not None]
        if not any(numbers):
            continue
        holding += 1
        if by_header(numbers):
            return None
        template_only += _plain_check(numbers)
    if template_only < _REFUTING_ROWS or 2 * template_only <= holding:
        return None
    printed = ", ".join(_APPLICANT_CHINESE[name] for name in placement.printed)
    return make(
        "column_order",
        f"{describe('requests')}: the header prints the columns as {printed}, but "
        f"{template_only} of the {holding} rows holding counts add up only with their values "
        "in the template's order (none by the header's): read in the template's order (a "
        "header of two lines extracted in drawing order?)",
        path="requests",
        line=line,
    )


#: 总计 printed first, then the applicant columns in the template's order.
_TOTAL_FIRST = HeaderOrder(APPLICANT_COLUMNS, [["total", *APPLICANT_COLUMNS[:6]]]).placement()


def _total_first_by_rows(
    collected: Collected, line: int | None
) -> tuple[Placement, Finding] | None:
    """When a header read a piece a line reads 总计 first (left out of its order: a
    总计 spanning the header's rows is printed in its first line) and the rows add up
    only with their first value the 总计 — at least :data:`_REFUTING_ROWS` of them and
    most rows that hold a count, none with their last — the placement putting 总计
    first and its ``column_order`` warning; else ``None`` (read in the template's order).
    """
    first_only = holding = 0
    for raw in collected.rows.values():
        values = raw.values
        if len(values) != 7 or any(v.kind is not NUMBER_KIND for v in values):
            continue
        numbers = [v.number or 0 for v in values]
        if not any(numbers):
            continue
        holding += 1
        first, last = numbers[0] == sum(numbers[1:]), numbers[6] == sum(numbers[:6])
        if last and not first:
            return None
        first_only += first and not last
    if _TOTAL_FIRST is None or first_only < _REFUTING_ROWS or 2 * first_only <= holding:
        return None
    return _TOTAL_FIRST, make(
        "column_order",
        f"{describe('requests')}: the header reads 总计 first, before 自然人, and "
        f"{first_only} of the {holding} rows holding counts add up only with 总计 first "
        "(none with it last): values were placed so, 总计 first, the applicant columns "
        "after it in the template's order",
        path="requests",
        line=line,
    )


def _row_check(subtotal_at: int | None, placement: Placement | None):  # type: ignore[no-untyped-def]
    """The row's arithmetic on its printed values: 总计 = the six applicant columns,
    and a 小计 = the five organisation columns."""
    if subtotal_at is None and placement is None:
        return _plain_check  # (the common case, on every candidate of a row repair)

    def check(values: Sequence[int]) -> bool:
        if subtotal_at is None:
            applicants = list(values)
        else:
            applicants = list(values[:subtotal_at]) + list(values[subtotal_at + 1 :])
        if placement is not None:
            applicants = [v for v in placement.arrange(applicants) if v is not None]
        if sum(applicants[:6]) != applicants[6]:
            return False
        return subtotal_at is None or sum(applicants[1:6]) == values[subtotal_at]

    return check


def _plain_check(values: Sequence[int]) -> bool:
    return sum(values[:6]) == values[6]


def _dotted(key: Key) -> str:
    return "requests." + ".".join(key)


#: Per template, each leaf row's key with its dotted path (made once, not per report).
_LEAVES: dict[Template, list[tuple[Key, str]]] = {
    template: [(key, _dotted(key)) for key in leaf_keys(template)] for template in ("2019", "2021")
}


def _equations(template: Template) -> list[tuple[list[Key], list[Key]]]:
    """Column equations of the table: (left operands, right operands)."""
    items = [k for k in leaf_keys(template) if k[0] == "results" and k != ("results", "total")]
    return [
        ([("results", "total")], items),
        ([("new_received",), ("carried_over",)], [("results", "total"), ("carried_forward",)]),
    ]


#: Per template, each column equation as (its operands, how many stand on the left).
_EQUATIONS: dict[Template, list[tuple[list[Key], int]]] = {
    template: [(left + right, len(left)) for left, right in _equations(template)]
    for template in ("2019", "2021")
}
_BLANK_ROW: tuple[None, ...] = (None,) * 7


def _holds(
    table: dict[Key, Numbers],
    template: Template,
    columns: Sequence[int],
    key: Key,
    option: Numbers,
) -> bool:
    """Whether the table's column equations hold in ``columns`` (those with every operand
    known) with ``option`` as row ``key``'s values."""
    for column in columns:
        for operands, left in _EQUATIONS[template]:
            values = [(option if k == key else table.get(k, _BLANK_ROW))[column] for k in operands]
            if None in values:
                continue
            known = cast(list[int], values)
            if sum(known[:left]) != sum(known[left:]):
                return False
    return True


def _resolve(
    table: dict[Key, Numbers],
    ambiguous: dict[Key, list[Numbers]],
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
) -> None:
    """Pick a row's placement when the table's column arithmetic allows just one."""
    for key, options in ambiguous.items():
        disputed = [c for c in range(7) if len({o[c] for o in options}) > 1]
        valid = [option for option in options if _holds(table, template, disputed, key, option)]
        if len(valid) == 1:
            table[key] = list(valid[0])
            findings.append(
                make(
                    "row_width",
                    f"{describe(_dotted(key))}: placement {valid[0]} chosen because it is the "
                    f"only one of {len(options)} that keeps the table's column totals",
                    path=_dotted(key),
                    line=lines.get(_dotted(key)),
                    severity="info",
                )
            )


#: One ApplicantCounts per row of values: the model is frozen, and rows of zeros or of
#: blanks recur in every report (an attrs frozen object costs ~0.6 µs to make).
_COUNTS: dict[tuple[int | None, ...], ApplicantCounts] = {}
_COUNTS_MAX = 1024


def _counts(values: Numbers) -> ApplicantCounts:
    key = tuple(values)
    # positional: ApplicantCounts' fields are APPLICANT_COLUMNS in order (a model test
    # checks it)
    return memoised(_COUNTS, key, lambda: ApplicantCounts(*key), _COUNTS_MAX)


def build_requests(
    rows: Sequence[Row],
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    closed_at_end: bool = True,
) -> Requests:
    """Read table 三; rows not found stay blank with a ``missing_row`` finding.

    A header printing the applicant columns in another order than the template's
    places the values (see :func:`_read_header`), with a ``column_order`` finding. A
    column the header prints after 总计 (a 备注) is not read into the model; its values
    are named in a ``row_width`` finding (see :func:`_read_with_extra`). A second copy
    of the table after it (printed twice) is not read: an ``unknown_row`` finding says
    whether it reads the same.
    """
    return read_first_copy(_build, "requests", rows, template, findings, lines, closed_at_end)


def _build(
    rows: Sequence[Row],
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    closed_at_end: bool,
) -> tuple[Requests, int | None]:
    """Table 三 read from ``rows``, and the line where it starts over, if it does (see
    :attr:`.collect.Collected.restart`)."""
    header = _read_header(rows)
    if header.unprinted is not None:
        collected = collect_rows(rows, _Classifier(template), lambda key: 6, closed_at_end)
        if template == "2019":
            _other_items_unread(collected, findings)
        if _mostly_as_wide(collected.rows.values(), 6):
            narrowed = _read_without(
                header.unprinted, collected, template, findings, lines, header.line
            )
            return _assemble(narrowed, template), collected.restart
    if header.added is not None:
        wide = 8 if header.added[2] else 7
        collected = collect_rows(rows, _Classifier(template), lambda key: wide, closed_at_end)
        if template == "2019":
            _other_items_unread(collected, findings)
        if _mostly_as_wide(collected.rows.values(), wide):
            widened = _read_added(header.added, collected, template, findings, lines, header.line)
            return _assemble(widened, template), collected.restart
    if header.grouped or header.untotalled:
        narrow = 3 if header.grouped else 6
        collected = collect_rows(rows, _Classifier(template), lambda key: narrow, closed_at_end)
        if template == "2019":
            _other_items_unread(collected, findings)
        if _mostly_as_wide(collected.rows.values(), narrow):
            if header.grouped:
                narrowed = _read_grouped(collected, template, findings, lines, header.line)
            else:
                narrowed = _read_untotalled(
                    collected, template, findings, lines, header.line, header.six
                )
            return _assemble(narrowed, template), collected.restart
    subtotal_at, placement, extra = header.subtotal_at, header.placement, header.extra
    width = 7 if subtotal_at is None else 8
    if extra is not None:
        width += 1
    collected = collect_rows(rows, _Classifier(template), lambda key: width, closed_at_end)
    finding = header.finding
    if placement is not None and placement.printed is not None and width == 7:
        refuted = _refuted_by_rows(collected, placement, header.line)
        if refuted is not None:
            placement, finding = None, refuted
    if header.total_first and placement is None and width == 7:
        moved = _total_first_by_rows(collected, header.line)
        if moved is not None:
            placement, finding = moved
    if finding is not None:
        findings.append(finding)
    if header.guessed:
        subtotal_at = _subtotal_by_rows(collected, width, header.line, findings)
    # (the row arithmetic needs every column placed)
    check = None
    if placement is None or placement.printed is not None:
        check = _row_check(subtotal_at, placement)
    filled = extra is not None and _mostly_filled(collected.rows.values(), width)
    columns = _Columns(subtotal_at, placement, check, collected.rows)
    extras: list[tuple[str, Value, bool]] = []
    table: dict[Key, Numbers] = {}
    ambiguous: dict[Key, list[Numbers]] = {}
    single = (
        _single_other_row(rows, collected) if template == "2021" and collected.orphans else None
    )
    leaves = _LEAVES[template]
    split = template == "2019" and any(key in collected.rows for key in _OTHER_ITEMS)
    if split:
        leaves = _LEAVES_SPLIT
    for key, path in leaves:
        raw = collected.rows.get(key)
        if split and key == _OTHER and raw is not None and not raw.values:
            raw = None  # (the group's label alone, its items' rows after it)
        if raw is None:
            if split and (key in _OTHER_ITEMS or key == _OTHER):
                continue
            if single is None or key not in _OTHER_ITEMS:
                findings.append(make("missing_row", f"{describe(path)}: row not found", path=path))
            continue
        lines[path] = raw.line
        extra_value = subtotal = None
        if extra is None and subtotal_at is None and placement is None and _clean(raw, width):
            # most rows: _Columns.read's first case, without the call
            numbers: Numbers = [v.number for v in raw.values]
            candidates: list[Numbers] = []
        elif extra is None:
            numbers, subtotal, candidates = columns.read(raw, path, findings)
        else:
            numbers, subtotal, candidates, extra_value = _read_with_extra(
                raw, extra, filled, columns, path, findings
            )
        if subtotal_at is not None:
            _check_subtotal(subtotal, numbers, path, raw.line, findings)
        table[key] = numbers
        if candidates:
            ambiguous[key] = candidates
        if extra_value is not None and extra_value.kind is not EMPTY_KIND:
            extras.append((path, extra_value, _may_be_total(numbers, extra_value)))
    if extras and extra is not None:
        findings.append(_extra_finding(extra, extras, header.line))
    if ambiguous:
        _resolve(table, ambiguous, template, findings, lines)
    if single is not None:
        findings.append(_single_other_finding(single))
    if split:
        _other_items_2019(table, findings, lines)
    if collected.orphans and width == 7:
        _group_sums(rows, collected, table, template, findings)
    findings += stray_findings(collected, "requests")
    return _assemble(table, template), collected.restart


#: The 2019 form's 其他处理 row.
_OTHER = ("results", "other")
#: The 2021 form's 其他处理 items, in order.
_OTHER_KEYS = [("results", "other", item) for item in GROUP_ITEMS["other"]]
#: The 2019 form's rows with 2021's 其他处理 items after its own 其他处理 row.
_LEAVES_SPLIT = [
    pair
    for key, path in _LEAVES["2019"]
    for pair in ([(key, path)] + ([(k, _dotted(k)) for k in _OTHER_KEYS] if key == _OTHER else []))
]


def _other_items_2019(
    table: dict[Key, Numbers], findings: list[Finding], lines: dict[str, int]
) -> None:
    """A table 三 of the 2019 form printing the 2021 form's three 其他处理 rows
    (逾期不补正, 逾期未缴费, 其他): 其他处理's counts are their column sums (blank where
    an item's count is blank), with a ``row_width`` warning naming the rows; where the
    group's own row prints values too, those are kept and checked against the sums.
    The items are taken out of ``table`` (the 2019 model has no place for them)."""
    items = [(key, table.pop(key)) for key in _OTHER_KEYS if key in table]
    rows = [numbers for _, numbers in items]
    sums: Numbers = [
        None if None in column else sum(cast(list[int], column))
        for column in zip(*rows, strict=True)
    ]
    named = "; ".join(f"{key[-1]} {numbers}" for key, numbers in items)
    path = "requests.results.other"
    line = lines.get(_dotted(items[0][0])) if items else None
    for key, _ in items:
        lines.pop(_dotted(key), None)
    printed = table.get(_OTHER)
    if printed is None:
        table[_OTHER] = sums
        if line is not None:
            lines[path] = line
        if len(items) == 1:
            return  # (one row, its label naming an item's words: the 2019 row itself)
        message = (
            f"{describe(path)}: printed as the 2021 form's {len(items)} rows ({named}) in a "
            "table of the 2019 form: 其他处理 is read as their column sums (check them "
            "against the page)"
        )
    elif printed == sums:
        return
    else:
        message = (
            f"{describe(path)}: printed with its own values {printed} and the 2021 form's "
            f"{len(items)} rows ({named}) after it, whose sums differ: the row's own "
            "values are read"
        )
    findings.append(make("row_width", message, path=path, line=line))


def _other_items_unread(collected: Collected, findings: list[Finding]) -> None:
    """A 2019 table 三 read under a narrow header (three applicant columns, or no 总计)
    printing the 2021 form's 其他处理 items: each is named in a ``row_width`` warning and
    not read."""
    for key in _OTHER_KEYS:
        raw = collected.rows.pop(key, None)
        if raw is not None:
            findings.append(
                make(
                    "row_width",
                    f"{describe(_dotted(key))}: a row of the 2021 form in a table of the "
                    f"2019 form, under a header this reading does not split; its values "
                    f"{raw_text(raw)} are not read",
                    path="requests.results.other",
                    line=raw.line,
                )
            )


#: Each group of items of table 三's results and its label's words.
_GROUP_WORDS = (
    ("withheld", "不予公开"),
    ("unavailable", "无法提供"),
    ("not_processed", "不予处理"),
    ("other", "其他处理"),
)


def _group_sums(
    rows: Sequence[Row],
    collected: Collected,
    table: dict[Key, Numbers],
    template: Template,
    findings: list[Finding],
) -> None:
    """Take out of ``collected``'s orphans a row of seven values printed on a group's
    own line above its items (``（四）无法提供 | 2 | … | 3``, then ``1.本机关不掌握…``):
    the group's sums, which the model has no place for. They are checked against the
    sums of the items read (``table``), never stored: one ``row_width`` finding, an info
    where they agree, a warning naming the columns where they do not."""
    by_line: dict[int, list[Value]] = {}
    for value, line in collected.orphans:
        by_line.setdefault(line, []).append(value)
    for row in rows:
        values = by_line.get(row.line)
        if values is None or len(values) != 7:
            continue
        group = next((g for g, word in _GROUP_WORDS if any(word in t for t in row.texts)), None)
        if group is None or (group == "other" and template != "2021"):
            continue
        items = [table.get(("results", group, item)) for item in GROUP_ITEMS[group]]
        if any(item is None for item in items):
            continue
        collected.orphans[:] = [orphan for orphan in collected.orphans if orphan[1] != row.line]
        findings.append(_group_sums_finding(group, values, cast(list[Numbers], items), row.line))


def _group_sums_finding(
    group: str, values: list[Value], items: list[Numbers], line: int
) -> Finding:
    """The finding for a group's printed sums ``values`` checked against its ``items``."""
    path = f"requests.results.{group}"
    printed = [value.raw.strip() for value in values]
    unequal = []
    for column, value in enumerate(values):
        counts = [numbers[column] for numbers in items]
        if value.kind is not NUMBER_KIND or None in counts:
            continue
        if sum(cast(list[int], counts)) != value.number:
            unequal.append(str(column + 1))
    if not unequal:
        return make(
            "row_width",
            f"{describe(path)}: the group's sums are printed on its own line, {printed}, "
            "above its items; they agree with the items' sums and are not stored",
            path=path,
            line=line,
            severity="info",
        )
    return make(
        "row_width",
        f"{describe(path)}: the group's sums are printed on its own line, {printed}, "
        f"above its items; in column(s) {', '.join(unequal)} they differ from the sums "
        "of the items read (not stored: check the items against the page)",
        path=path,
        line=line,
    )


#: The rows of the 2021 form's 其他处理 group.
_OTHER_ITEMS = frozenset(("results", "other", item) for item in GROUP_ITEMS["other"])


def _single_other_row(rows: Sequence[Row], collected: Collected) -> list[Located] | None:
    """In a table 三 of the 2021 form printing 其他处理 as the 2019 form does (one row of
    values, none of its three items named), the values standing under no row label from
    its label's line to (七)总计's; ``None`` if there are none. They are taken out of
    ``collected``'s orphans, to be named in one finding (:func:`_single_other_finding`)."""
    if any(key in collected.rows for key in _OTHER_ITEMS):
        return None
    at = next((row.line for row in rows if any(_OTHER_WORDS in text for text in row.texts)), None)
    if at is None:
        return None
    total = collected.rows.get(_RESULTS_TOTAL)
    end = total.line if total is not None else None
    single = [
        (v, line) for v, line in collected.orphans if at <= line and (end is None or line < end)
    ]
    if not single:
        return None
    collected.orphans[:] = [orphan for orphan in collected.orphans if orphan not in single]
    return single


#: The 其他处理 group's label's words.
_OTHER_WORDS = "其他处理"


def _single_other_finding(single: list[Located]) -> Finding:
    """The warning for 其他处理 printed as one row in a table of the 2021 form."""
    printed = [value.raw.strip() for value, _ in single]
    return make(
        "row_width",
        f"{describe('requests.results.other')}: printed as one row, as the 2019 form prints "
        f"it, with the values {printed}: they are not split into the 2021 form's three rows "
        "(逾期不补正, 逾期未缴费, 其他), which are left blank",
        path="requests.results.other",
        line=single[0][1],
    )


def _mostly_as_wide(rows: Iterable[RawRow], width: int) -> bool:
    """Whether more of ``rows`` print ``width`` values than print another count."""
    counts = [len(raw.values) == width for raw in rows]
    return sum(counts) * 2 > len(counts)


def _read_grouped(
    collected: Collected,
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    line: int | None,
) -> dict[Key, Numbers]:
    """Table 三's rows under a header printing three applicant columns (自然人,
    法人或其他组织, 总计): 自然人 and 总计 read from their columns, the five organisation
    columns left blank (the printed sum is not split), its values named in one
    ``row_width`` warning."""
    table: dict[Key, Numbers] = {}
    grouped: list[str] = []
    unequal: list[str] = []
    for key, path, fitted, numbers in _narrow_rows(collected, template, findings, lines):
        table[key] = [numbers[0], None, None, None, None, None, numbers[2]]
        printed = fitted.values[1]
        shown = "blank" if printed is None else shown_text(printed.raw.strip())
        grouped.append(f"{path.removeprefix('requests.')} {shown}")
        if None not in numbers and cast(int, numbers[0]) + cast(int, numbers[1]) != numbers[2]:
            unequal.append(path.removeprefix("requests."))
    message = (
        f"{describe('requests')}: the header prints three applicant columns, 自然人, "
        "法人或其他组织 and 总计, not 法人或其他组织's five: 自然人 and 总计 were read "
        "from their columns, the five organisation columns left blank; "
        f"法人或其他组织's values are not read: {', '.join(grouped)}"
    )
    if unequal:
        message += f". 自然人 + 法人或其他组织 ≠ 总计 in {', '.join(unequal)}"
    findings.append(make("row_width", message, path="requests", line=line))
    findings += stray_findings(collected, "requests")
    return table


def _narrow_rows(
    collected: Collected,
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
) -> Iterator[tuple[Key, str, Fitted, Numbers]]:
    """Each leaf row of table 三 read under a header printing fewer columns than the
    template's seven: its key, path, fitted values and their counts (None where blank or
    unreadable); a ``missing_row`` finding for each row not found."""
    for key, path in _LEAVES[template]:
        raw = collected.rows.get(key)
        if raw is None:
            findings.append(make("missing_row", f"{describe(path)}: row not found", path=path))
            continue
        lines[path] = raw.line
        fitted = fit_row(raw, path, None, findings, counts_only=True, table=collected.rows)
        yield key, path, fitted, _fitted_counts(fitted)


def _fitted_counts(fitted: Fitted) -> Numbers:
    """A fitted row's counts: None where a cell is blank or no count."""
    return [v.number if v is not None and v.kind is NUMBER_KIND else None for v in fitted.values]


def _read_untotalled(
    collected: Collected,
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    line: int | None,
    six: Placement | None,
) -> dict[Key, Numbers]:
    """Table 三's rows under a header printing the six applicant columns and no 总计:
    the six read from their columns (placed by the header where it prints them in
    another order, ``six``, with a ``column_order`` warning), 总计 left blank (not
    printed; never summed), with one ``row_width`` warning."""
    table: dict[Key, Numbers] = {}
    for key, _, _, numbers in _narrow_rows(collected, template, findings, lines):
        table[key] = [*(numbers if six is None else six.arrange(numbers)), None]
    if six is not None:
        action = describe_placement(six, _APPLICANT_CHINESE)
        if six.printed is None:
            action += " in every row"
        message = f"{describe('requests')}: {action}"
        findings.append(make("column_order", message, path="requests", line=line))
    findings.append(
        make(
            "row_width",
            f"{describe('requests')}: the header prints the six applicant columns and no "
            "总计 column: the rows' six values were read from their columns, 总计 left "
            "blank (not printed)",
            path="requests",
            line=line,
        )
    )
    findings += stray_findings(collected, "requests")
    return table


def _read_without(
    unprinted: int,
    collected: Collected,
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    line: int | None,
) -> dict[Key, Numbers]:
    """Table 三's rows under a header printing the template's columns but the
    organisation column ``unprinted``: the six read from their columns, that one left
    blank (not printed; never inferred from 总计), with one ``row_width`` warning."""
    table: dict[Key, Numbers] = {}
    for key, _, _, numbers in _narrow_rows(collected, template, findings, lines):
        table[key] = [*numbers[:unprinted], None, *numbers[unprinted:]]
    name = _ORGANISATION_NAMES[unprinted - 1]
    findings.append(
        make(
            "row_width",
            f"{describe('requests')}: the header prints no {name} column: the rows' six "
            f"values were read from the other columns, {name} left blank (not printed)",
            path="requests",
            line=line,
        )
    )
    findings += stray_findings(collected, "requests")
    return table


def _read_added(
    added: tuple[str, int, bool],
    collected: Collected,
    template: Template,
    findings: list[Finding],
    lines: dict[str, int],
    line: int | None,
) -> dict[Key, Numbers]:
    """Table 三's rows under a header printing the template's columns (with or without
    总计) and one of the page's own (``added``, see :func:`_added_column`): the others
    read from their columns, 总计 as printed (blank where not printed), the added
    column's values named in one ``row_width`` warning (no field of the model holds
    them)."""
    name, place, totalled = added
    table: dict[Key, Numbers] = {}
    shown: list[str] = []
    for key, path, fitted, numbers in _narrow_rows(collected, template, findings, lines):
        table[key] = numbers[:place] + numbers[place + 1 :] + ([] if totalled else [None])
        printed = fitted.values[place]
        if printed is not None and printed.kind is not EMPTY_KIND:
            shown.append(f"{path.removeprefix('requests.')} {shown_text(printed.raw.strip())}")
    where = f"after {_APPLICANT_CHINESE[APPLICANT_COLUMNS[place - 1]]}" if place else "first"
    total = (
        f"总计 as printed (it may count {name}'s)"
        if totalled
        else "no 总计 column printed (总计 left blank)"
    )
    message = (
        f"{describe('requests')}: the header prints a column {name} ({where}) that the "
        "template does not have: the rows' other values were read from their columns, "
        f"{total}; {name}'s values are not read"
    )
    findings.append(
        make(
            "row_width",
            message + (f": {', '.join(shown)}" if shown else " (all blank)"),
            path="requests",
            line=line,
        )
    )
    findings += stray_findings(collected, "requests")
    return table


class _Columns(NamedTuple):
    """Where a row's printed values go: the 小计 column's place among them, the
    header's placement of the applicant columns, and the row's arithmetic."""

    subtotal_at: int | None
    placement: Placement | None
    check: Check | None
    #: The table's rows (for :func:`.fit.fit_row`'s spacing of blank cells).
    table: Mapping[Key, RawRow] | None = None

    def read(
        self, raw: RawRow, path: str, findings: list[Finding]
    ) -> tuple[Numbers, int | None, list[Numbers]]:
        """The seven applicant counts in the template's order (``None``: blank or
        unknown), the 小计, and the placements :func:`.fit.fit_row` left open."""
        candidates: list[Numbers] = []
        if _clean(raw, raw.width):  # (most rows: nothing for fit_row to place or report)
            numbers: Numbers = [v.number for v in raw.values]
        else:
            fitted: Fitted = fit_row(
                raw, path, self.check, findings, counts_only=True, table=self.table
            )
            numbers = _fitted_counts(fitted)
            candidates = [list(o) for o in fitted.candidates]
        subtotal = None
        subtotal_at, placement = self.subtotal_at, self.placement
        if subtotal_at is not None:
            subtotal = numbers[subtotal_at]
            numbers = numbers[:subtotal_at] + numbers[subtotal_at + 1 :]
            candidates = [o[:subtotal_at] + o[subtotal_at + 1 :] for o in candidates]
        if placement is not None:
            numbers = placement.arrange(numbers)
            candidates = (
                [placement.arrange(o) for o in candidates] if placement.printed is not None else []
            )
        return numbers, subtotal, candidates


#: A blank cell, put where a text layout dropped an empty one.
_EMPTY = read_value("")


def _mostly_filled(rows: Iterable[RawRow], width: int) -> bool:
    """Whether more rows print a value in the last of ``width`` columns (a column after
    the template's) than rows with one value fewer (where a text layout may have
    dropped that column's empty cell, or an empty first cell)."""
    filled = short = 0
    for raw in rows:
        count = len(raw.values)
        if count == width and raw.values[-1].kind is not EMPTY_KIND:
            filled += 1
        elif count == width - 1:
            short += 1
    return filled > short


def _read_with_extra(
    raw: RawRow,
    extra: str,
    filled: bool,
    columns: _Columns,
    path: str,
    findings: list[Finding],
) -> tuple[Numbers, int | None, list[Numbers], Value | None]:
    """:meth:`_Columns.read` for a row of a table whose header prints a column
    ``extra`` after the template's columns, and the value in that column.

    A row with a value in every column is read as printed. A text layout drops an empty
    cell at either end of a row, so a row one value short has its first cell blank
    (自然人) or its last (the extra column). Where the row's arithmetic rules one of the
    two out (a blank cell may hold any count), the other is read, the first cell blank
    with a ``row_width`` warning. Else, in a table whose rows mostly leave the extra
    column empty (``filled`` false, :func:`_mostly_filled`), the row is read as printed
    with the extra column blank, as a table without it would be; in one whose rows
    mostly fill it, the row is ambiguous: a ``row_width`` warning says so, the columns
    the two readings disagree on are left blank, and the table's column totals may
    pick one (:func:`_resolve`).
    """
    values, width = raw.values, raw.width
    count = len(values)
    if count == width:
        last = width - 1
        lone = [i for i in raw.lone if i < last] if raw.lone else None
        row = evolve(raw, width=last, values=values[:last], lines=raw.lines[:last], lone=lone)
        return *columns.read(row, path, findings), values[last]
    short = evolve(raw, width=width - 1)  # (the extra column blank)
    if count != width - 1:
        return *columns.read(short, path, findings), None
    shifted = evolve(
        raw,
        width=width - 1,
        values=[_EMPTY, *values[:-1]],
        lines=[raw.line, *raw.lines[:-1]],
        lone=[i + 1 for i in raw.lone if i + 1 < count] if raw.lone else None,
    )
    found_printed: list[Finding] = []
    found_shifted: list[Finding] = []
    printed = columns.read(short, path, found_printed)
    moved = columns.read(shifted, path, found_shifted)
    # (text in the last cell is the extra column's: a count column holds none)
    printed_fits = values[-1].kind is not TEXT_KIND and _fits(printed[0], printed[1])
    moved_fits = _fits(moved[0], moved[1])
    shown = f"{describe(path)}: {count} values for {width} columns {raw_text(raw)}"
    if moved_fits and not printed_fits:
        findings += found_shifted
        findings.append(
            make(
                "row_width",
                f"{shown}; the row's arithmetic rules out its last cell blank, so its first "
                "is (an empty cell the layout dropped): the values are read one column to "
                f"the right, the last in {extra}, the column the header prints after the "
                "template's",
                path=path,
                line=raw.line,
            )
        )
        return *moved, values[-1]
    findings += found_printed
    if (printed_fits and not moved_fits) or not filled:
        return *printed, None
    either = "holds either way" if printed_fits else "holds neither way"
    findings.append(
        make(
            "row_width",
            f"{shown}; the header prints a column {extra} after the template's and most "
            "rows fill it, so the missing cell is the first (an empty cell the layout "
            f"dropped) or the last ({extra}), and the row's arithmetic {either}: the columns "
            "the two readings disagree on are left blank",
            path=path,
            line=raw.line,
        )
    )
    numbers = [a if a == b else None for a, b in zip(printed[0], moved[0], strict=True)]
    subtotal = printed[1] if printed[1] == moved[1] else None
    placement = columns.placement
    candidates = [printed[0], moved[0]] if placement is None or placement.printed else []
    return numbers, subtotal, candidates, None


def _fits(applicants: Numbers, subtotal: int | None) -> bool:
    """Whether the row's arithmetic can hold: a blank cell may hold any count, so a
    total is at least the sum of its known parts, and equal to it when all are known."""
    if not sum_may_hold(applicants[:6], applicants[6]):
        return False
    return subtotal is None or sum_may_hold(applicants[1:6], subtotal)


def _may_be_total(numbers: Numbers, extra: Value) -> bool:
    """Whether the extra column's value, not the 总计 column's, is the sum of the six
    applicant columns (then it may be the row's real 总计)."""
    six = numbers[:6]
    if extra.kind is not NUMBER_KIND or None in six:
        return False
    total = sum(n for n in six if n is not None)
    return extra.number == total != numbers[6]


def _extra_finding(extra: str, extras: list[tuple[str, Value, bool]], line: int | None) -> Finding:
    """The ``row_width`` finding that names the values of a column printed after the
    template's columns (not read into the report); a warning where one of them, not
    the 总计 column's, is the sum of the row's six applicant columns."""
    shown = ", ".join(
        f"{path.removeprefix('requests.')} {shown_text(value.raw.strip())}"
        for path, value, _ in extras
    )
    message = (
        f"{describe('requests')}: the header prints a column {extra} after the template's "
        f"columns; its values are not read: {shown}"
    )
    totals = [path for path, _, total in extras if total]
    if totals:
        message += (
            f". In {', '.join(totals)} the {extra} value, not 总计's, is the sum of the six "
            "applicant columns: it may be the row's 总计"
        )
    return make(
        "row_width", message, path="requests", line=line, severity="warning" if totals else "info"
    )


def _clean(raw: RawRow, width: int) -> bool:
    """Whether a row is one value per column, each a count read as printed, with nothing
    to report: :func:`.fit.fit_row` would place its values as they stand."""
    return (
        len(raw.values) == width
        and raw.lone is None
        and raw.pieces is None
        and raw.above is None
        and all(v.kind is NUMBER_KIND and v.repaired is None for v in raw.values)
    )


def _check_subtotal(
    subtotal: int | None, applicants: Numbers, path: str, line: int, findings: list[Finding]
) -> None:
    """A ``subtotal`` finding when a 小计 differs from the organisation columns' sum."""
    organisations = applicants[1:6]
    if subtotal is not None and None not in organisations:
        expected = sum(v for v in organisations if v is not None)
        if expected != subtotal:
            findings.append(
                make(
                    "subtotal",
                    f"{describe(path)}: 法人或其他组织小计 (subtotal) {subtotal} ≠ "
                    f"sum of the five organisation columns {expected}",
                    path=path,
                    line=line,
                    expected=expected,
                    actual=subtotal,
                )
            )


def _assemble(table: dict[Key, Numbers], template: Template) -> Requests:
    blank: Numbers = [None] * 7

    def row(*key: str) -> ApplicantCounts:
        return _counts(table.get(key, blank))

    withheld = Withheld(**{i: row("results", "withheld", i) for i in GROUP_ITEMS["withheld"]})
    unavailable = Unavailable(
        **{i: row("results", "unavailable", i) for i in GROUP_ITEMS["unavailable"]}
    )
    not_processed = NotProcessed(
        **{i: row("results", "not_processed", i) for i in GROUP_ITEMS["not_processed"]}
    )
    other: ApplicantCounts | OtherHandling2021
    if template == "2021":
        other = OtherHandling2021(**{i: row("results", "other", i) for i in GROUP_ITEMS["other"]})
    else:
        other = row("results", "other")
    results = Results(
        granted=row("results", "granted"),
        partially_granted=row("results", "partially_granted"),
        withheld=withheld,
        unavailable=unavailable,
        not_processed=not_processed,
        other=other,
        total=row("results", "total"),
    )
    requests = Requests(
        new_received=row("new_received"),
        carried_over=row("carried_over"),
        results=results,
        carried_forward=row("carried_forward"),
    )
    return requests

"""Hypothesis strategies for whole reports of both templates.

What is generated, so that ``parse(render(report))`` gives the report back exactly:

* metadata in one of these forms: a title ``<organ><year>年政府信息公开工作年度报告``
  (or ``…年度…``, ``<organ>关于<year>年度…的报告``, ``…政务公开…``) with the organ
  and year it names; no metadata at all; or no title but organ and year, the year
  alone, or the organ alone (the renderer then prints sentences naming them; an organ
  read from ``请与<organ>联系`` never ends in 办公室). Organ names are fictional places
  plus an organ suffix (人民政府, …局, 办公室 …), never a bare 县/区 (the parser
  completes those to …人民政府). The year fits the template (2019–2020 / 2021–2025).
* a report without table 二 always names its year: table 三 and 四 look the same in
  both templates, so only the year can tell them apart (the parser says so with a
  ``template_unknown`` finding otherwise).
* counts from 0 to millions, skewed to small; signed changes (template 2019); money as
  a ``Decimal`` with 0–5 decimals, unit 元 / 万元 (or none in template 2019's
  procurement; template 2021 fees always carry one — the parser reads them in the
  header's unit, 万元 by default).
* blank cells (``None``) sparse, in whole rows, or in the 总计 column of every results
  row; tables missing (``None``), at least one present.
* tables 三 and 四 either consistent (every 勾稽关系 holds where no operand is blank)
  or drawn freely.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports.model import (
    APPLICANT_COLUMNS,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
    ActiveDisclosure2019,
    ActiveDisclosure2021,
    field_names,
)

Draw = Callable[[st.SearchStrategy[Any]], Any]

TEMPLATES = ("2019", "2021")
YEARS = {"2019": (2019, 2020), "2021": (2021, 2022, 2023, 2024, 2025)}

_PLACE_CHARS = "青禾云溪松岭白石清河东山南湖西林北川安宁长乐丰泽鹤鸣金沙玉泉"
_DIVISIONS = ("县", "市", "区")
_TOWNS = ("镇", "乡")
_DEPARTMENTS = (
    "人民政府",
    "人民政府办公室",
    "教育局",
    "农业农村局",
    "自然资源局",
    "统计局",
    "司法局",
    "卫生健康委员会",
    "市场监督管理局",
    "行政审批服务中心",
)
TITLE_FORMS = (
    "{organ}{year}年政府信息公开工作年度报告",
    "{organ}{year}年度政府信息公开工作年度报告",
    "{organ}关于{year}年度政府信息公开工作的报告",
    "{organ}{year}年政务公开工作年度报告",
)

REQUEST_APPLICANTS = APPLICANT_COLUMNS[:6]


def counts() -> st.SearchStrategy[int]:
    """0 to millions, most of them small."""
    return st.one_of(
        st.integers(0, 9), st.integers(0, 99), st.integers(0, 9_999), st.integers(0, 5_000_000)
    )


def changes() -> st.SearchStrategy[int]:
    """A signed 本年增/减."""
    return st.one_of(st.just(0), st.integers(-99, 99), st.integers(-1_000_000, 1_000_000))


def amounts() -> st.SearchStrategy[Decimal]:
    """A non-negative decimal with 0–5 printed decimals (trailing zeros kept)."""
    return st.builds(
        lambda mantissa, places: Decimal(mantissa).scaleb(-places),
        st.one_of(st.integers(0, 999), st.integers(0, 10**11)),
        st.integers(0, 5),
    )


@st.composite
def organs(draw: Draw) -> str:
    """A fictional organ name ending in an organ suffix."""
    place = draw(st.text(_PLACE_CHARS, min_size=2, max_size=3))
    name = place + draw(st.sampled_from(_DIVISIONS))
    if draw(st.booleans()):
        name += draw(st.text(_PLACE_CHARS, min_size=2, max_size=2)) + draw(st.sampled_from(_TOWNS))
        return name + "人民政府"
    return name + draw(st.sampled_from(_DEPARTMENTS))


@st.composite
def metadata(draw: Draw, template: str, need_year: bool) -> dict[str, Any]:
    """title / organ / year in one of the forms the module docs name."""
    forms = ["title", "title", "sentence", "year"]
    if not need_year:
        forms += ["none", "organ"]
    form = draw(st.sampled_from(forms))
    if form == "none":
        return {"title": None, "organ": None, "year": None}
    organ = draw(organs())
    year = draw(st.sampled_from(YEARS[template]))
    if form == "year":
        return {"title": None, "organ": None, "year": year}
    if form == "organ":
        # read from 请与<organ>联系, which names the organ without its 办公室
        return {"title": None, "organ": organ.removesuffix("办公室"), "year": None}
    title = None
    if form == "title":
        title = draw(st.sampled_from(TITLE_FORMS)).format(organ=organ, year=year)
    return {"title": title, "organ": organ, "year": year}


def _maybe_blank(draw: Draw, value: Any, percent: int) -> Any:
    if percent and draw(st.integers(0, 99)) < percent:
        return None
    return value


@st.composite
def active_tables(draw: Draw, template: str) -> dict[str, Any]:
    """Table 二 in canonical dict form."""
    cls = ActiveDisclosure2019 if template == "2019" else ActiveDisclosure2021
    blank = draw(st.sampled_from((0, 0, 10, 50)))
    table: dict[str, Any] = {}
    for key in field_names(cls):
        row_cls = type(getattr(cls(), key))
        row: dict[str, Any] = {}
        for name in field_names(row_cls):
            if name == "amount":
                units = (None, "元", "万元") if template == "2019" else ("元", "万元")
                money = {"value": str(draw(amounts())), "unit": draw(st.sampled_from(units))}
                row[name] = _maybe_blank(draw, money, blank)
            elif name == "change":
                row[name] = _maybe_blank(draw, draw(changes()), blank)
            else:
                row[name] = _maybe_blank(draw, draw(counts()), blank)
        table[key] = row
    return table


def request_paths(template: str) -> list[tuple[str, ...]]:
    """Every leaf row of table 三 as a key path, in printed order."""
    from govinfo_reports.mapping.requests import leaf_keys

    return list(leaf_keys(template))  # type: ignore[arg-type]


def _result_items(template: str) -> list[tuple[str, ...]]:
    return [p for p in request_paths(template) if p[0] == "results" and p[1] != "total"]


@st.composite
def request_tables(draw: Draw, template: str, consistent: bool) -> dict[tuple[str, ...], list[Any]]:
    """Table 三 as {row path: seven values}; consistent tables keep every 勾稽关系."""
    small = st.one_of(st.integers(0, 3), st.integers(0, 30), counts())
    rows: dict[tuple[str, ...], list[Any]] = {}
    if consistent:
        for path in _result_items(template):
            rows[path] = [draw(small) for _ in REQUEST_APPLICANTS]
        total = [sum(rows[p][c] for p in _result_items(template)) for c in range(6)]
        rows[("results", "total")] = total
        forward = [draw(small) for _ in REQUEST_APPLICANTS]
        over = [min(draw(small), total[c] + forward[c]) for c in range(6)]
        rows[("carried_forward",)] = forward
        rows[("carried_over",)] = over
        rows[("new_received",)] = [total[c] + forward[c] - over[c] for c in range(6)]
        for values in rows.values():
            values.append(sum(values))
    else:
        for path in request_paths(template):
            rows[path] = [draw(small) for _ in APPLICANT_COLUMNS]
    pattern = draw(st.sampled_from(("none", "none", "sparse", "rows", "total_column")))
    for path, values in rows.items():
        if pattern == "sparse":
            rows[path] = [_maybe_blank(draw, v, 5) for v in values]
        elif pattern == "rows" and draw(st.integers(0, 9)) == 0:
            rows[path] = [None] * 7
        elif pattern == "total_column" and path[0] == "results" and path[1] != "total":
            values[6] = None
    return {path: rows[path] for path in request_paths(template)}


@st.composite
def review_tables(draw: Draw, consistent: bool) -> dict[str, Any]:
    """Table 四 in canonical dict form."""
    blank = draw(st.sampled_from((0, 0, 0, 15)))
    table: dict[str, Any] = {}
    for group in REVIEW_GROUPS:
        parts = [draw(counts()) for _ in REVIEW_COLUMNS[:4]]
        total = sum(parts) if consistent else draw(counts())
        values = [_maybe_blank(draw, v, blank) for v in [*parts, total]]
        table[group] = dict(zip(REVIEW_COLUMNS, values, strict=True))
    return table


def nest(rows: dict[tuple[str, ...], list[Any]]) -> dict[str, Any]:
    """{("results", "withheld", "state_secret"): [...]} → the canonical nested dict."""
    out: dict[str, Any] = {}
    for path, values in rows.items():
        node = out
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = dict(zip(APPLICANT_COLUMNS, values, strict=True))
    return out


@st.composite
def report_dicts(
    draw: Draw, template: str | None = None, consistent: bool | None = None
) -> dict[str, Any]:
    """A report in canonical dict form (``to_dict`` shape)."""
    template = template or draw(st.sampled_from(TEMPLATES))
    if consistent is None:
        consistent = draw(st.booleans())
    table_present = st.sampled_from((True, True, True, True, True, False))
    present = draw(st.tuples(table_present, table_present, table_present).filter(any))
    active = draw(active_tables(template)) if present[0] else None
    requests = nest(draw(request_tables(template, consistent))) if present[1] else None
    review = draw(review_tables(consistent)) if present[2] else None
    meta = draw(metadata(template, need_year=active is None))
    return {
        "schema_version": 1,
        **meta,
        "template": template,
        "active_disclosure": active,
        "requests": requests,
        "review_litigation": review,
    }


def reports(
    template: str | None = None, consistent: bool | None = None
) -> st.SearchStrategy[gr.Report]:
    """Whole reports (see the module docs for what is generated)."""
    return report_dicts(template, consistent).map(gr.from_dict)


def expected_structural(report: gr.Report) -> list[tuple[str, str | None]]:
    """The findings (code, path) a faithful rendering of ``report`` parses back with."""
    expected: list[tuple[str, str | None]] = [
        ("missing_table", key)
        for key in ("active_disclosure", "requests", "review_litigation")
        if getattr(report, key) is None
    ]
    if report.title is None and report.organ and report.year is not None:
        # rendered as 现公布<organ><year>年度…报告。: a year counted, not printed as the title's
        expected.append(("year_guessed", "year"))
    return expected


def request_rows(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Dotted path → the seven-column row, for every leaf row of table 三."""
    rows: dict[str, dict[str, Any]] = {}

    def walk(node: dict[str, Any], prefix: str) -> None:
        if "natural_person" in node:
            rows[prefix] = node
            return
        for key, child in node.items():
            walk(child, f"{prefix}.{key}")

    walk(data["requests"], "requests")
    return rows

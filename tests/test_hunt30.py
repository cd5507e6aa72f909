"""Table 三 (收到和处理政府信息公开申请情况) as the mapping reads it, printed by other
sites and tools (the thirtieth hunt). Every input is fictional: the bundled fixtures with
columns, rows and numbers invented here."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

import govinfo_reports as gr

FIXTURES = Path(__file__).parent / "fixtures" / "text"
_PIPE_2021 = (FIXTURES / "pipe_rows_2021.txt").read_text(encoding="utf-8")
_SEVEN = re.compile(r"^(\|.*?\| )(\d+) \| (\d+) \| (.*\| \d+ \|)$")
_ORDER = (
    "natural_person",
    "commercial_enterprise",
    "research_institution",
    "social_welfare_organization",
    "legal_service_agency",
    "other",
    "total",
)


_ORGANISATIONS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")


def _requests(report: gr.Report) -> dict[str, object]:
    table: dict[str, object] = gr.to_dict(report)["requests"]
    return table


def _counts(report: gr.Report, *path: str) -> list[object]:
    node: object = _requests(report)
    for step in path:
        assert isinstance(node, dict)
        node = node[step]
    assert isinstance(node, dict)
    return [node[column] for column in _ORDER]


def _with_column(name: str, value: int, after: int) -> str:
    """The pipe fixture with a column ``name`` printed under 法人或其他组织 after its
    ``after``-th applicant column, each row printing ``value`` in it and counting it
    in its 总计."""
    out = []
    inside = False
    for line in _PIPE_2021.splitlines():
        if line.startswith(("三、", "四、")):
            inside = line.startswith("三、")
        if not inside:
            pass
        elif line.startswith("| | | | 商业企业 |"):
            before = _ORGANISATIONS[after - 2]
            line = line.replace(f"| {before} |", f"| {before} | {name} |")
        elif line.startswith("| | | 自然人 |"):
            line = line.replace("| 总计 |", "| | 总计 |")
        elif line.startswith("| （本列数据"):
            line += " |"
        elif line.startswith("|---|"):
            line += "---|"
        else:
            match = re.match(r"^(.*?)((?: \| \d+){7}) \|$", line)
            if match:
                numbers = match.group(2).split(" | ")[1:]
                numbers.insert(after, str(value))
                numbers[-1] = str(int(numbers[-1]) + value)
                line = match.group(1) + " | " + " | ".join(numbers) + " |"
        out.append(line)
    return "\n".join(out) + "\n"


def _tabbed(text: str) -> str:
    """A pipe text's rows as a tab text prints them (the rule lines left out)."""
    out = []
    for line in text.splitlines():
        if line.startswith("|---"):
            continue
        if line.startswith("|"):
            line = "\t".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        out.append(line)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("layout", [str, _tabbed])
@pytest.mark.parametrize(("name", "after", "place"), [("个体工商户", 2, 2), ("律师事务所", 6, 6)])
def test_a_column_the_template_does_not_print_is_left_out_of_the_applicants(
    layout: Callable[[str], str], name: str, after: int, place: int
) -> None:
    """A local form printing a column of its own under 法人或其他组织 (个体工商户 after
    商业企业): every row had eight values for seven columns, read with values shifted
    (个体工商户's count read as 科研机构's) or left blank, row by row. The header names the
    column: the template's seven are read from their places, the extra column's values
    named in one warning, 总计 as printed."""
    text = _with_column(name, 2, after)
    report = gr.parse(layout(text))
    assert _counts(report, "new_received") == [9, 2, 0, 0, 1, 0, 14]
    assert _counts(report, "results", "granted") == [4, 1, 0, 0, 0, 0, 7]
    assert _counts(report, "results", "unavailable", "not_held") == [2, 0, 0, 0, 1, 0, 5]
    assert _counts(report, "carried_forward") == [0, 1, 0, 0, 0, 0, 3]
    about = [(f.code, f.severity) for f in report.findings if (f.path or "").startswith("requests")]
    assert about == [("row_width", "warning")]
    (finding,) = [f for f in report.findings if f.code == "row_width"]
    assert f"{name} (after {_ORGANISATIONS[after - 2]})" in finding.message
    assert "new_received '2', carried_over '2', results.granted '2'" in finding.message


@pytest.mark.parametrize("mark", ["-", "—", "－", "·", "_", "："])
def test_a_flattened_header_naming_the_group_in_each_cell_places_every_column(mark: str) -> None:
    """A header flattened to one line, each organisation's cell naming its group
    (法人或其他组织-科研机构, as a spreadsheet's merged header is flattened), two columns
    in another order than the template's: the cells longer than twelve characters (社会
    公益组织's, 法律服务机构's) were not read as header cells, so the header placed too
    few columns and four columns were left blank in every row. A cell of names joined by
    a dash or a colon is read as its names, as one joined by 、 or / was."""
    names = ["科研机构", "商业企业", "社会公益组织", "法律服务机构", "其他"]
    header = "\t".join(["", "", "自然人", *(f"法人或其他组织{mark}{n}" for n in names), "总计"])
    lines = _tabbed(_PIPE_2021).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("（本列数据"))
    rows = []
    for line in lines[start + 3 :]:
        if not line:
            break
        cells = line.split("\t")
        at = len(cells) - 7
        cells[at + 1], cells[at + 2] = cells[at + 2], cells[at + 1]
        rows.append("\t".join(cells))
    text = "\n".join([*lines[:start], header, *rows, *lines[start + 3 + len(rows) :]])
    report = gr.parse(text)
    assert _counts(report, "new_received") == [9, 2, 0, 0, 1, 0, 12]
    assert _counts(report, "carried_over") == [0, 1, 0, 0, 0, 0, 1]
    assert _counts(report, "results", "unavailable", "not_held") == [2, 0, 0, 0, 1, 0, 3]
    about = [(f.code, f.severity) for f in report.findings if (f.path or "").startswith("requests")]
    assert about == [("column_order", "warning")]


def _retabled(header: list[str], values: Callable[[list[str]], list[str]]) -> str:
    """The fixture as a tab text, table 三's header replaced by ``header`` (its lines)
    and each row's seven values by ``values`` of them."""
    lines = _tabbed(_PIPE_2021).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("（本列数据"))
    rows = []
    for line in lines[start + 3 :]:
        if not line:
            break
        cells = line.split("\t")
        rows.append("\t".join([*cells[:-7], *values(cells[-7:])]))
    return "\n".join([*lines[:start], *header, *rows, *lines[start + 3 + len(rows) :]])


def test_a_header_with_no_total_column_printing_the_natural_persons_last_places_them() -> None:
    """A table-三 header with no 总计 column that prints 自然人 after the organisations
    (法人或其他组织 | 自然人 over 商业企业 … 其他): its six names joined in reading order
    look like the template's order, so each row's six values were read by position, the
    first organisation's count as 自然人's, with only the warning that 总计 is not
    printed. The header's order now places them, with a ``column_order`` warning."""
    header = [
        "\t\t申请人情况",
        "\t\t法人或其他组织\t\t\t\t\t自然人",
        "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
    ]
    report = gr.parse(_retabled(header, lambda v: [*v[1:6], v[0]]))
    assert _counts(report, "new_received") == [9, 2, 0, 0, 1, 0, None]
    assert _counts(report, "results", "granted") == [4, 1, 0, 0, 0, 0, None]
    assert _counts(report, "results", "unavailable", "not_held") == [2, 0, 0, 0, 1, 0, None]
    about = [(f.code, f.severity) for f in report.findings if (f.path or "").startswith("requests")]
    assert sorted(about) == [("column_order", "warning"), ("row_width", "warning")]


def test_a_header_with_no_total_column_and_two_organisations_swapped_places_them() -> None:
    """No 总计 column and 科研机构 printed before 商业企业: the header did not read as the
    six columns (their names out of the template's order), so every row of six values
    was left blank with a ``row_width`` warning. The six are read by the header's order."""
    header = [
        "\t\t申请人情况",
        "\t\t自然人\t法人或其他组织",
        "\t\t\t科研机构\t商业企业\t社会公益组织\t法律服务机构\t其他",
    ]
    report = gr.parse(_retabled(header, lambda v: [v[0], v[2], v[1], *v[3:6]]))
    assert _counts(report, "new_received") == [9, 2, 0, 0, 1, 0, None]
    assert _counts(report, "carried_over") == [0, 1, 0, 0, 0, 0, None]
    assert _counts(report, "results", "not_processed", "petition_complaint") == [
        0, 1, 0, 0, 0, 0, None,
    ]  # fmt: skip
    about = [(f.code, f.severity) for f in report.findings if (f.path or "").startswith("requests")]
    assert sorted(about) == [("column_order", "warning"), ("row_width", "warning")]


def test_a_column_of_the_pages_own_under_a_header_with_no_total_column() -> None:
    """A column of the page's own (个体工商户 after 商业企业) and no 总计 column: each row
    prints seven values, read with no finding as the template's seven, 个体工商户's count
    as 科研机构's and 其他's as 总计. The seven are read as six applicant columns and the
    added one, named in a warning; 总计 blank (not printed)."""
    header = [
        "\t\t申请人情况",
        "\t\t自然人\t法人或其他组织",
        "\t\t\t商业企业\t个体工商户\t科研机构\t社会公益组织\t法律服务机构\t其他",
    ]
    report = gr.parse(_retabled(header, lambda v: [*v[:2], "3", *v[2:6]]))
    assert _counts(report, "new_received") == [9, 2, 0, 0, 1, 0, None]
    assert _counts(report, "results", "unavailable", "not_held") == [2, 0, 0, 0, 1, 0, None]
    about = [(f.code, f.severity) for f in report.findings if (f.path or "").startswith("requests")]
    assert about == [("row_width", "warning")]
    (finding,) = [f for f in report.findings if f.code == "row_width"]
    assert "个体工商户 (after 商业企业)" in finding.message
    assert "no 总计" in finding.message


@pytest.mark.parametrize(
    ("after", "label"),
    [
        ("| | | 2.重复申请 |", "| | | 其中：重复申请 |"),
        ("| 三、本年度办理结果 | （一）予以公开 |", "| | 其中：予以公开 |"),
        ("| 二、上年结转政府信息公开申请数量 |", "| 其中：上年结转 | |"),
        ("| 四、结转下年度继续办理 |", "| 其中:结转下年度继续办理 | |"),
    ],
    ids=["repeated", "granted", "carried_over", "carried_forward"],
)
def test_an_of_which_row_naming_a_row_of_the_template_is_not_that_row(
    after: str, label: str
) -> None:
    """A row a page adds under a row of table 三 to count part of it (其中：重复申请 under
    5 rows of 不予处理, 其中：予以公开 under 予以公开): its label names a row of the
    template, so it was read as that row printed again, its values run into the row's
    (fourteen values for seven columns) and the row left blank with a ``row_width``
    warning. A label beginning 其中 (of which) is a part of a row, not the row: its values
    are named in an ``unknown_row`` warning, the row read."""
    lines = _PIPE_2021.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(after))
    lines.insert(at + 1, f"{label} 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
    report = gr.parse("\n".join(lines))
    requests = gr.to_dict(report)["requests"]
    assert requests["new_received"]["total"] == 12
    assert requests["carried_over"]["total"] == 1
    assert requests["results"]["granted"]["total"] == 5
    assert requests["results"]["not_processed"]["repeated_request"]["total"] == 0
    assert requests["carried_forward"]["total"] == 1
    about = [(f.code, f.severity) for f in report.findings if (f.path or "").startswith("requests")]
    assert about == [("unknown_row", "warning")]

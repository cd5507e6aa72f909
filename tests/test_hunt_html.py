"""Silent misreadings of web pages found by a robustness hunt (fictional pages).

Each test failed before its fix; see the docstrings for what used to be read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_PENALTY = '<tr><td>行政处罚</td><td colspan="3">37</td></tr>'
_TITLE = "<h1>青禾县人民政府2023年政府信息公开工作年度报告</h1>"


def _sample_page() -> str:
    return gr.render(gr.parse(gr.sample_text()), "html")


def _with_penalty_cell(cell_html: str) -> str:
    page = _sample_page()
    assert _PENALTY in page
    return page.replace(_PENALTY, _PENALTY.replace(">37<", f">{cell_html}<"))


# --- struck-through (deleted) text ------------------------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        "<del>73</del><ins>37</ins>",  # Word's tracked changes, saved as a web page
        "<s>73</s>37",
        "<strike>73</strike> 37",
        "<span><del datetime='2024-01-05'><span>7</span>3</del></span>37",
    ],
)
def test_struck_text_in_a_number_cell_is_left_out_and_reported(cell: str) -> None:
    """A page shows 73 struck through and 37: a reader reads 37. It used to read 7337,
    with no finding."""
    report = gr.parse(_with_penalty_cell(cell))
    assert report.active_disclosure is not None
    assert report.active_disclosure.administrative_penalty.decisions == 37
    [finding] = [f for f in report.findings if f.code == "repaired_cell"]
    assert "'73'" in finding.message and "struck" in finding.message


def test_struck_text_in_the_title_is_left_out() -> None:
    """The title used to read 青禾县人民政府20222023年…: the deleted year was kept."""
    page = _sample_page().replace(
        _TITLE, "<h1>青禾县人民政府<del>2022</del><ins>2023</ins>年政府信息公开工作年度报告</h1>"
    )
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (
        "青禾县人民政府2023年政府信息公开工作年度报告",
        "青禾县人民政府",
        2023,
    )


@pytest.mark.parametrize(
    "struck",
    ["<del>2022</del>", "<s>2022</s>", '<span style="display:none">2022</span>'],
)
def test_text_after_struck_or_hidden_text_is_read(struck: str) -> None:
    """The text after a struck or hidden element is the heading's own: it used to be
    dropped with the element (青禾县人民政府<del>2022</del>2023年… read 青禾县人民政府: the
    heading was no title, and the report had none)."""
    page = _sample_page().replace(
        _TITLE, f"<h1>青禾县人民政府{struck}2023年政府信息公开工作年度报告</h1>"
    )
    rows = gr.get_reader("html").read(page).grid.rows
    assert ("青禾县人民政府2023年政府信息公开工作年度报告",) in [row.texts for row in rows]


def test_text_after_a_muted_block_is_the_parents() -> None:
    """A navigation block's tail is text of the block around it, not of the navigation."""
    page = "<div>本页说明<nav>首页 | 政务公开</nav>全年共收到申请5件</div>"
    rows = gr.get_reader("html").read(page).grid.rows
    assert [row.texts for row in rows] == [("本页说明",), ("全年共收到申请5件",)]


# --- a page title naming no organ before the body's full title ---------------------------


@pytest.mark.parametrize(
    "site_title",
    ["2023年政府信息公开工作年度报告_青禾县政务网", "2023年政府信息公开工作年度报告"],
)
def test_a_page_title_without_the_organ_gives_way_to_the_bodys_full_title(
    site_title: str,
) -> None:
    """The <title> prints the report's title without its organ, the page's heading
    prints it whole: the report is the heading's. Before, the <title> row was taken
    (it comes first) and the organ was None, with no finding."""
    page = _sample_page().replace("<head>", f"<head><title>{site_title}</title>")
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (
        "青禾县人民政府2023年政府信息公开工作年度报告",
        "青禾县人民政府",
        2023,
    )


def test_a_later_title_of_another_report_does_not_replace_one_without_an_organ() -> None:
    # only the same title with the organ's name before it is the same report
    page = (
        _sample_page()
        .replace("<head>", "<head><title>2023年政府信息公开工作年度报告</title>")
        .replace(_TITLE, "<h1>青禾县人民政府2022年政府信息公开工作年度报告</h1>")
    )
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (
        "2023年政府信息公开工作年度报告",
        None,
        2023,
    )


# --- two numbers in one cell ----------------------------------------------------------------


def test_two_numbers_broken_into_one_cell_are_read_with_a_warning() -> None:
    """An editor typed the 商业企业 count into the 自然人 cell after a line break and left
    the 商业企业 cell empty (6<br>1 | empty): the cell reads 61, digits joined as in
    ``1 02``, which is a guess. It used to be an info finding only (found by the table-三
    hunt); it is a warning on the row now."""
    html = gr.render(gr.parse(gr.sample_text()), "html")
    row = "予以公开</td><td>6</td><td>1</td>"
    assert row in html
    report = gr.parse(html.replace(row, "予以公开</td><td>6<br>1</td><td></td>"))
    assert gr.to_dict(report)["requests"]["results"]["granted"]["natural_person"] == 61
    [joined] = [f for f in report.findings if f.code == "repaired_cell"]
    assert joined.severity == "warning" and joined.path == "requests.results.granted"
    assert "'6 1'" in joined.message and "two numbers" in joined.message


@pytest.mark.parametrize("mark", ["<sup>1</sup>", "<sup>[1]</sup>", "<sub>*</sub>"])
def test_a_footnote_mark_after_the_title_is_left_out(mark: str) -> None:
    """<h1>…年度报告<sup>1</sup></h1> read …报告1, no title: title, organ and year were
    all None with no finding (found by the HTML page hunt). Superscripts and subscripts
    outside table cells are footnote marks too, and are not read."""
    page = _sample_page().replace(_TITLE, _TITLE.replace("报告</h1>", f"报告{mark}</h1>"))
    report = gr.parse(page)
    assert (report.title, report.organ, report.year) == (
        "青禾县人民政府2023年政府信息公开工作年度报告",
        "青禾县人民政府",
        2023,
    )

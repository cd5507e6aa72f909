"""Fixes of the twelfth session found by the lead's probes (fictional reports)."""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from govinfo_reports.sample import sample_text


def _with_title(title: str) -> gr.Report:
    body = sample_text()
    return gr.parse(title + "\n" + body[body.index("二、主动公开政府信息情况") :])


@pytest.mark.parametrize(
    "title",
    [
        "【青禾县交通运输局】2023年政府信息公开工作年度报告",
        "[青禾县交通运输局]2023年政府信息公开工作年度报告",
        "〔青禾县交通运输局〕2023年度政府信息公开工作年度报告",
        "（青禾县交通运输局）2023年政府信息公开工作年度报告",
    ],
)
def test_an_organ_in_brackets_before_a_title_is_the_organ(title: str) -> None:
    report = _with_title(title)
    assert gr.to_dict(report)["organ"] == "青禾县交通运输局"
    longer = _with_title(title.replace("交通运输局", "自然资源和规划局"))
    assert gr.to_dict(longer)["organ"] == "青禾县自然资源和规划局"
    assert gr.to_dict(report)["year"] == 2023


def test_a_label_in_brackets_before_a_title_is_still_no_organ() -> None:
    report = _with_title("【年度报告】2023年政府信息公开工作年度报告")
    assert gr.to_dict(report)["organ"] is None


def test_a_name_after_a_bracketed_name_is_the_organ() -> None:
    # (a site's section printed as a label: the title's own name wins)
    report = _with_title("【青禾县人民政府】青禾县交通运输局2023年政府信息公开工作年度报告")
    assert gr.to_dict(report)["organ"] == "青禾县交通运输局"


@pytest.mark.parametrize(
    "preamble",
    [
        "按照《中华人民共和国政府信息公开条例》规定，现将我局2022年政府信息公开工作情况报告如下：",
        "现将青禾县水利局2022年度政府信息公开工作情况报告如下。",
    ],
)
def test_a_preamble_reporting_this_years_work_as_follows_names_the_year(preamble: str) -> None:
    report = _with_title(preamble)
    assert gr.to_dict(report)["year"] == 2022


def test_a_preamble_naming_last_years_report_does_not_name_the_year() -> None:
    report = _with_title("我局按时发布2021年度政府信息公开工作年度报告。")
    assert gr.to_dict(report)["year"] is None

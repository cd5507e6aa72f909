"""What is read around the tables (thirteenth hunt): title, organ and year, the template,
where the tables start and end, on fictional reports (青禾县, 云栖镇, numbers made up).
Each test failed on the code before its fix."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_TITLE = "青禾县人民政府2023年政府信息公开工作年度报告"
_ORGAN = "青禾县人民政府"
_ANNOUNCED = "现公布青禾县人民政府2023年度"


def _with_head(head: str, organ: str = _ORGAN) -> gr.Report:
    """The bundled sample with its title line replaced by ``head`` and the sentence
    announcing the report naming ``organ``."""
    text = gr.sample_text()
    assert text.startswith(_TITLE) and _ANNOUNCED in text
    text = head + text[len(_TITLE) :]
    return gr.parse(text.replace(_ANNOUNCED, f"现公布{organ}2023年度"))


def _tables(report: gr.Report) -> dict[str, object]:
    data = gr.to_dict(report)
    return {key: data[key] for key in ("active_disclosure", "requests", "review_litigation")}


_SAMPLE = gr.parse(gr.sample_text())


# --- a title wrapped inside its organ's name ------------------------------------------


@pytest.mark.parametrize(
    ("lines", "organ"),
    [
        (("青禾县", "人民政府2023年政府信息公开工作年度报告"), _ORGAN),
        (("青禾县人民", "政府2023年政府信息公开工作年度报告"), _ORGAN),
        (("青禾县人", "民政府2023年政府信息公开工作年度报告"), _ORGAN),
        (("青禾县自然资源", "局2023年政府信息公开工作年度报告"), "青禾县自然资源局"),
        (("青禾县自然", "资源局2023年政府信息公开工作年度报告"), "青禾县自然资源局"),
        (
            ("青禾市青禾经济技术开发区管理委员会规划建", "设局2023年度政府信息公开工作年度报告"),
            "青禾市青禾经济技术开发区管理委员会规划建设局",
        ),
        (("青禾县自然", "", "资源局2023年政府信息公开工作年度报告"), "青禾县自然资源局"),
    ],
)
def test_a_title_wrapped_inside_its_organs_name_is_read_whole(
    lines: tuple[str, ...], organ: str
) -> None:
    # a large font wraps a long title where the line ends, at times inside the organ's
    # name: the second line alone reads as a title naming 政府, 局 or 资源局
    report = _with_head("\n".join(lines), organ)
    assert report.title == "".join(lines)
    assert report.organ == organ
    assert report.year == 2023
    assert _tables(report) == _tables(_SAMPLE)


@pytest.mark.parametrize(
    "before",
    [
        "青禾县水利局",  # a name of its own: the title's is complete
        "青禾县人民政府门户网站",  # a site's name
        "青禾县2022年",  # a year: another line
        "当前位置：首页",  # chrome
        "现将有关情况报告如下",  # prose
    ],
)
def test_a_line_before_a_complete_title_is_not_joined_to_it(before: str) -> None:
    title = "青禾县自然资源局2023年政府信息公开工作年度报告"
    report = _with_head(f"{before}\n{title}", "青禾县自然资源局")
    assert report.title == title
    assert report.organ == "青禾县自然资源局"


def test_a_title_naming_a_body_without_a_place_keeps_a_name_line_before_it_apart() -> None:
    # 自然资源部 names no place, but the line before is a whole name: not a piece of it
    report = _with_head("青禾县人民政府\n自然资源部2023年政府信息公开工作年度报告", "自然资源部")
    assert report.title == "自然资源部2023年政府信息公开工作年度报告"
    assert report.organ == "自然资源部"


# --- a document number on the title's line ----------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        f"青政办〔2024〕3号 {_TITLE}",
        f"青政办〔2024〕3号{_TITLE}",
        f"青政办发〔2024〕12号\u3000{_TITLE}",
        f"青政办[2024]3号 {_TITLE}",
        f"青政办［2024］3号 {_TITLE}",
        f"{_TITLE} 青政办〔2024〕3号",
        f"{_TITLE}青政办〔2024〕3号",
        f"{_TITLE}  青政办(2024)第3号",
    ],
)
def test_a_document_number_on_the_titles_line_is_not_part_of_the_title(head: str) -> None:
    # the notice's document number (发文字号) printed before or after the title: it was
    # read into the title and the organ (青政办〔), or the line was no title at all
    report = _with_head(head)
    assert report.title == _TITLE
    assert report.organ == _ORGAN
    assert report.year == 2023

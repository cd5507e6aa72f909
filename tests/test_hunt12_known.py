"""Known misreadings found by the twelfth robustness hunt (ninth session, text from PDFs),
not fixed yet: each test is a strict xfail that passes once the cause is fixed. Every
report here is fictional."""

from __future__ import annotations

import pytest

import govinfo_reports as gr
from test_hunt12 import _laid_out, _row


@pytest.mark.xfail(
    strict=True,
    reason="mapping/collect: the values after a label are that label's row until the next "
    "label; a line of values standing above its row's wrapped label (the label centred in "
    "a row the values' top-aligned cells make taller) is read for the row before, and each "
    "row with a wrapped label takes the next one's values",
)
def test_values_printed_above_their_rows_wrapped_label_are_that_rows() -> None:
    # table 三 as PDF text, a row whose label wraps printing its numbers on a line of
    # their own above its label's first line (a label centred in a row taller than it,
    # the numbers top-aligned); a one-line label has them on its line. 2．其他法律行政法规
    # 禁止公开 took 3．危及“三安全一稳定”'s numbers, and so on down to 2．重复申请, with no
    # finding on those rows (only 1．属于国家秘密, which held two rows' numbers, was
    # reported)
    rows: list[tuple[str, list[int | None] | None]] = [
        (" 一、本年新收政府信息公开申请数量", [9, 1, 1, 1, 1, 1, 14]),
        (" 二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1]),
        ("                 （一）予以公开", [2, 0, 0, 0, 0, 0, 2]),
        ("                 （二）部分公开（区分处", None),
        ("                 理的，只计这一情形，不", None),
        ("                 计其他情形）", [1, 0, 0, 0, 0, 0, 1]),
        ("                            1．属于国家秘密", [1, 0, 0, 0, 0, 0, 1]),
        ("", [2, 1, 0, 0, 0, 0, 3]),
        ("                            2．其他法律行政", None),
        ("                            法规禁止公开", None),
        ("", [0, 0, 1, 0, 0, 0, 1]),
        ("                            3．危及“三安全一", None),
        ("                            稳定”", None),
        ("", [0, 0, 0, 1, 0, 0, 1]),
        ("                 （三）不予公开 4．保护第三方合", None),
        ("                            法权益", None),
        ("                 （五）不予处理 2．重复申请", [3, 0, 0, 0, 1, 1, 5]),
    ]
    report = gr.parse(_laid_out(rows))
    data = gr.to_dict(report)
    assert _row(data, "results", "withheld", "prohibited_by_law") == [2, 1, 0, 0, 0, 0, 3]
    assert _row(data, "results", "withheld", "safety_stability") == [0, 0, 1, 0, 0, 0, 1]
    assert _row(data, "results", "withheld", "third_party_rights") == [0, 0, 0, 1, 0, 0, 1]

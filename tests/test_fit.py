"""Row repairs in ``mapping.fit``: a row a value short or a value long is placed only
where its arithmetic allows, and the placements are the ones every insertion of a 0
(or every dropped value) gives, each once, in order.

The reference below tries every position naively and removes repeats afterwards; the
library skips the positions that repeat the one before (a 0 after a 0, a value after an
equal one). Rows drawn with many zeros and repeated values make repeats common.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from govinfo_reports.cells import NUMBER_KIND, read_value
from govinfo_reports.findings import Finding
from govinfo_reports.mapping.collect import RawRow
from govinfo_reports.mapping.fit import fit_row

WIDTH = 7


def _total_check(values: Sequence[int]) -> bool:
    return sum(values[:-1]) == values[-1]


def _placements(numbers: list[int]) -> list[list[int]]:
    if len(numbers) < WIDTH:
        tried = [[*numbers[:i], 0, *numbers[i:]] for i in range(WIDTH)]
    else:
        tried = [numbers[:i] + numbers[i + 1 :] for i in range(len(numbers))]
    kept: list[list[int]] = []
    for option in tried:
        if _total_check(option) and option not in kept:
            kept.append(option)
    return kept


_numbers = st.lists(
    st.sampled_from([0, 0, 0, 1, 1, 2, 3, 5]), min_size=WIDTH - 1, max_size=WIDTH - 1
)


@given(_numbers, st.booleans())
def test_a_row_a_value_off_is_placed_as_every_placement_says(drawn: list[int], extra: bool) -> None:
    # a whole row that adds up (its last value the sum of the others), then a value
    # more or a value fewer
    numbers = [*drawn, sum(drawn)]
    if extra:
        numbers.insert(len(numbers) // 2, drawn[0])
    else:
        numbers.pop(len(numbers) // 2)
    raw = RawRow(
        ("row",),
        1,
        WIDTH,
        [read_value(str(n)) for n in numbers],
        [1] * len(numbers),
        closed=True,
    )
    findings: list[Finding] = []
    fitted = fit_row(raw, "requests.results.granted", _total_check, findings)
    placements = _placements(numbers)
    got = [v.number if v is not None and v.kind is NUMBER_KIND else None for v in fitted.values]
    if not placements:
        assert got == [None] * WIDTH
    else:
        agreed = [
            column[0] if all(c == column[0] for c in column) else None
            for column in zip(*placements, strict=True)
        ]
        assert got == agreed
    assert fitted.candidates == (placements if len(placements) > 1 else [])
    assert [f.code for f in findings] == ["row_width"]

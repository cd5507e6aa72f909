"""Golden tests over the five seed reports.

The golden files in ``tests/golden/seeds/`` were written by hand from the seed text
(see ``tests/golden/seeds/README.md``). The seeds themselves are not part of the repo;
they live in the shared folder, found through ``GOVINFO_SHARED`` (default: the
``shared`` folder next to the repository root).
"""

from __future__ import annotations

import gc
import json
import os
import tracemalloc
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

import govinfo_reports

REPO_ROOT = Path(__file__).resolve().parents[1]
GOLDEN_DIR = Path(__file__).resolve().parent / "golden" / "seeds"
SHARED_DIR = Path(os.environ.get("GOVINFO_SHARED", REPO_ROOT.parent / "shared"))
SEEDS_DIR = SHARED_DIR / "seeds"

ARITHMETIC_CODES = frozenset({"balance", "row_total", "results_total", "review_total"})
GOLDEN_FILES = sorted(GOLDEN_DIR.glob("*.json"))

_MISSING = object()


def _load(golden_file: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(golden_file.read_text(encoding="utf-8"))
    return data


def _seed_path(golden: Mapping[str, Any]) -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(
            f"seed reports not found: {SEEDS_DIR} does not exist "
            "(set GOVINFO_SHARED to the folder that holds seeds/)"
        )
    path = SEEDS_DIR / str(golden["seed"])
    assert path.is_file(), f"golden file names seed {golden['seed']!r}, not found in {SEEDS_DIR}"
    return path


def _flatten(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Yield (dotted path, leaf value) pairs; empty dicts count as leaves."""
    if isinstance(value, Mapping) and value:
        for key, item in value.items():
            yield from _flatten(item, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list) and value:
        for index, item in enumerate(value):
            yield from _flatten(item, f"{prefix}[{index}]")
    else:
        yield prefix or "$", value


def dict_diff(actual: Any, expected: Any, limit: int = 60) -> str:
    """Readable list of the dotted paths where ``actual`` and ``expected`` differ."""
    got = dict(_flatten(actual))
    want = dict(_flatten(expected))
    lines: list[str] = []
    for path in sorted(set(got) | set(want)):
        g = got.get(path, _MISSING)
        w = want.get(path, _MISSING)
        if g is _MISSING:
            lines.append(f"  missing  {path}: expected {w!r}")
        elif w is _MISSING:
            lines.append(f"  extra    {path}: got {g!r}")
        elif g != w or type(g) is not type(w):
            lines.append(f"  differs  {path}: got {g!r}, expected {w!r}")
    if len(lines) > limit:
        lines = [*lines[:limit], f"  ... and {len(lines) - limit} more"]
    return "\n".join(lines)


def _attr(finding: Any, name: str) -> Any:
    if isinstance(finding, Mapping):
        return finding[name]
    return getattr(finding, name)


@pytest.fixture(params=GOLDEN_FILES, ids=[p.stem for p in GOLDEN_FILES])
def golden(request: pytest.FixtureRequest) -> dict[str, Any]:
    path: Path = request.param
    return _load(path)


def test_golden_files_present() -> None:
    assert [p.stem for p in GOLDEN_FILES] == ["000", "001", "002", "003", "004"]
    for path in GOLDEN_FILES:
        data = _load(path)
        assert str(data["seed"]).startswith(path.stem + "_")
        assert set(data) == {"seed", "to_dict", "findings"}
        codes = {item["code"] for item in data["findings"]["arithmetic"]}
        assert codes <= ARITHMETIC_CODES


def test_seed_to_dict(golden: dict[str, Any]) -> None:
    path = _seed_path(golden)
    actual = govinfo_reports.to_dict(govinfo_reports.parse(path))
    expected = golden["to_dict"]
    if actual != expected:
        pytest.fail(
            f"to_dict() of {path.name} differs from the golden file:\n"
            + dict_diff(actual, expected),
            pytrace=False,
        )


def test_seed_arithmetic_findings(golden: dict[str, Any]) -> None:
    path = _seed_path(golden)
    report = govinfo_reports.parse(path)
    actual = {
        (str(_attr(f, "code")), str(_attr(f, "path")))
        for f in govinfo_reports.validate(report)
        if _attr(f, "code") in ARITHMETIC_CODES
    }
    expected = {(item["code"], item["path"]) for item in golden["findings"]["arithmetic"]}
    assert actual == expected, (
        f"arithmetic findings of {path.name}:\n"
        f"  unexpected: {sorted(actual - expected)}\n"
        f"  missing:    {sorted(expected - actual)}"
    )


def test_seed_peak_memory_is_under_ten_times_its_size(golden: dict[str, Any]) -> None:
    # issue 7's memory target for a seed-sized report: the Python heap's peak while one
    # report is parsed, validated and turned into a dict, after a warm-up call (which
    # fills the cell memos, as a batch of reports does); libxml2 is not involved here
    data = _seed_path(golden).read_bytes()

    def once() -> object:
        report = govinfo_reports.parse(data)
        return govinfo_reports.validate(report), govinfo_reports.to_dict(report)

    once()
    gc.collect()
    tracemalloc.start()
    try:
        kept = once()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del kept
    assert peak < 10 * len(data), f"peak {peak} bytes for {len(data)} input bytes"

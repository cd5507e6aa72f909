"""parse_many, parse_to_dict, the flat columns, to_dataframe and the Dask recipe."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

import govinfo_reports as gr
from govinfo_reports import batch
from govinfo_reports.flatten import canonical_columns, flatten, record_row, row_columns
from govinfo_reports.model import (
    ActiveDisclosure2019,
    Money,
    Procurement2019,
    Report,
    ReviewLitigation,
    empty_requests,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _blank_cell(text: str) -> str:
    """The sample with the 商业企业 cell of 二、上年结转 left blank."""
    line = next(x for x in text.splitlines() if x.startswith("二、上年结转"))
    return text.replace(line, line.replace("\t1\t0\t0", "\t1\t\t0", 1))


def _mixed_folder(folder: Path) -> list[Path]:
    """Good, partial (two tables missing), empty, GB18030 and blank-cell files, sorted."""
    text = gr.sample_text()
    cut = text[: text.index("三、收到")] + text[text.index("五、存在") :]
    files = {
        "a_good.txt": text.encode("utf-8"),
        "b_partial.txt": cut.encode("utf-8"),
        "c_empty.txt": b"",
        "d_gb18030.txt": text.encode("gb18030"),
        "e_blank_cell.txt": _blank_cell(text).encode("utf-8"),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in sorted(files)]


def test_results_follow_input_order_and_record_every_file(tmp_path: Path) -> None:
    paths = _mixed_folder(tmp_path)
    paths.insert(2, tmp_path / "missing.txt")
    results = list(gr.parse_many(paths, jobs=1))
    assert [r.source for r in results] == [os.fspath(p) for p in paths]
    assert [r.ok for r in results] == [True, True, False, False, True, True]
    assert results[2].error == gr.BatchError(
        "FileNotFoundError", f"[Errno 2] No such file or directory: '{paths[2]}'"
    )
    assert results[3].error is not None and results[3].error.type == "ParseError"
    assert results[1].report is not None and results[1].report.requests is None
    assert {f.code for f in results[1].findings} == {"missing_table"}
    assert results[4].report is not None and results[4].report.source.encoding == "gb18030"
    # findings are validate()'s: the parse findings and the arithmetic rules
    assert results[0].report is not None
    assert results[0].findings == tuple(gr.validate(results[0].report))
    assert [f.code for f in results[0].errors] == ["balance", "row_total"]


def test_worker_processes_give_the_same_records_in_the_same_order(tmp_path: Path) -> None:
    good = _mixed_folder(tmp_path)
    # 40 paths = 5 chunks, so the pool path runs with several chunks in flight
    paths = [good[i % len(good)] for i in range(36)] + [tmp_path / f"no{i}" for i in range(4)]
    one = [r.to_record() for r in gr.parse_many(paths, jobs=1)]
    two = [r.to_record() for r in gr.parse_many(paths, jobs=2)]
    assert one == two
    assert len(two) == 40
    assert [r["source"] for r in two] == [os.fspath(p) for p in paths]


def _counting(paths: list[str], pulled: list[int]) -> Iterator[str]:
    for path in paths:
        pulled[0] += 1
        yield path


@pytest.mark.parametrize("jobs", [1, 2])
def test_paths_are_consumed_lazily_within_a_bounded_window(jobs: int) -> None:
    paths = [f"/nonexistent/{i}.txt" for i in range(2000)]
    pulled = [0]
    results = gr.parse_many(_counting(paths, pulled), jobs=jobs)
    first = next(results)
    assert first.source == paths[0]
    bound = batch.CHUNK_SIZE * (1 if jobs == 1 else jobs * batch.WINDOW_PER_JOB + 1)
    assert pulled[0] <= bound
    results.close()  # stopping early shuts the pool down
    assert pulled[0] <= bound


def test_a_batch_of_one_chunk_runs_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args: object, **kwargs: object) -> Iterator[gr.BatchResult]:
        raise AssertionError("a pool was started for a single chunk")

    monkeypatch.setattr(batch, "_in_pool", no_pool)
    paths = _mixed_folder(tmp_path)
    assert len(list(gr.parse_many(paths, jobs=2))) == len(paths)


def _crash_on_marker(path: str, **kwargs: object) -> gr.BatchResult:
    if path.endswith("crash.txt"):
        os._exit(3)  # what an out-of-memory kill looks like to the pool
    return batch.BatchResult(path, error=batch.BatchError("Test", "not parsed"))


def test_a_worker_that_dies_costs_one_record_not_the_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # fork, so the workers inherit the patched parse_one
    monkeypatch.setattr(batch, "MP_CONTEXT", multiprocessing.get_context("fork"))
    monkeypatch.setattr(batch, "parse_one", _crash_on_marker)
    paths = [f"f{i}.txt" for i in range(40)]
    paths[13] = paths[27] = "crash.txt"  # in different chunks, with others in flight
    results = list(gr.parse_many(paths, jobs=2))
    assert [r.source for r in results] == paths
    assert [r.error.type if r.error else None for r in results] == [
        "BrokenProcessPool" if p == "crash.txt" else "Test" for p in paths
    ]


def test_bad_arguments_raise_before_any_file_is_read() -> None:
    with pytest.raises(ValueError, match="jobs"):
        gr.parse_many([], jobs=0)
    with pytest.raises(gr.ReaderError, match="unknown reader"):
        gr.parse_many([], reader="no-such-reader")
    with pytest.raises(LookupError):
        gr.parse_many([], encoding="no-such-encoding")


def test_reader_and_encoding_reach_the_parser(tmp_path: Path) -> None:
    path = _mixed_folder(tmp_path)[3]  # GB18030
    [forced] = gr.parse_many([path], jobs=1, encoding="gb18030", reader="tab")
    assert forced.report is not None and forced.report.source.reader == "tab"
    [wrong] = gr.parse_many([path], jobs=1, reader="html")
    assert wrong.error is not None and wrong.error.type == "ParseError"


def test_expand_paths_walks_folders_sorted_and_keeps_what_it_cannot_find(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "b" / ".hidden").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("c")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "c.html").write_text("c")
    folder = os.fspath(tmp_path)
    expanded = list(
        batch.expand_paths([tmp_path, f"{folder}/**/*.txt", f"{folder}/*.pdf", "missing"])
    )
    assert expanded == [
        f"{folder}/a.txt",
        f"{folder}/c.html",
        f"{folder}/b/z.txt",
        f"{folder}/a.txt",
        f"{folder}/b/z.txt",
        f"{folder}/*.pdf",
        "missing",
    ]


def test_expand_paths_follows_folder_symlinks_but_not_loops(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "r.txt").write_text("r")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "loop").symlink_to(tmp_path)
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere")
    folder = os.fspath(tmp_path)
    assert list(batch.expand_paths([folder])) == [
        f"{folder}/broken.txt",  # kept: reading it records the error
        f"{folder}/link/r.txt",
        f"{folder}/real/r.txt",
    ]


def test_parse_to_dict_is_the_jsonl_record() -> None:
    record = gr.parse_to_dict(gr.sample_path())
    assert set(record) == {"source", "reader", "encoding", "report", "findings"}
    assert record["report"] == gr.to_dict(gr.parse(gr.sample_text()))
    assert record["findings"][0] == {
        "code": "row_width",
        "severity": "warning",
        "message": record["findings"][0]["message"],
        "path": "requests.results.not_processed.repeated_request",
        "line": 50,
        "expected": None,
        "actual": None,
    }
    json.dumps(record)  # plain JSON types only
    assert gr.parse_to_dict("nowhere.txt")["error"]["type"] == "FileNotFoundError"


def _report_2019() -> Report:
    active = ActiveDisclosure2019(
        centralized_procurement=Procurement2019(projects=3, amount=Money(Decimal("7.10"), "万元"))
    )
    return Report(
        title="虚构县2019年报告",
        year=2019,
        template="2019",
        active_disclosure=active,
        requests=empty_requests("2019"),
        review_litigation=ReviewLitigation(),
    )


def test_columns_cover_both_templates_exactly() -> None:
    sample = flatten(gr.to_dict(gr.parse(gr.sample_text())))
    old = flatten(gr.to_dict(_report_2019()))
    assert list(sample) == [name for name, _ in canonical_columns("2021")]
    assert list(old) == [name for name, _ in canonical_columns("2019")]
    merged = [name for name, _ in canonical_columns()]
    assert set(merged) == set(sample) | set(old)
    assert len(merged) == len(set(merged))
    # each template's columns keep their own order inside the merged list
    for own in (list(sample), list(old)):
        assert [name for name in merged if name in own] == own
    kinds = dict(canonical_columns())
    assert kinds["requests.results.total.total"] == "int"
    assert kinds["active_disclosure.centralized_procurement.amount.unit"] == "str"


def test_record_row_leaves_missing_tables_blank() -> None:
    text = gr.sample_text()
    cut = text[: text.index("三、收到")] + text[text.index("五、存在") :]
    report = gr.parse(cut)
    row = record_row(gr.BatchResult("x.txt", report, tuple(gr.validate(report))).to_record())
    assert set(row) <= {name for name, _ in row_columns()}
    assert "requests.new_received.total" not in row
    assert row["n_warnings"] == 2 and row["n_errors"] == 0
    assert row["active_disclosure.regulations.in_force"] == 2


def test_to_dataframe_keeps_blank_cells_blank_and_money_exact(tmp_path: Path) -> None:
    import pandas as pd  # the pandas extra is part of the test environment

    paths = _mixed_folder(tmp_path)
    results = list(gr.parse_many(paths, jobs=1))
    frame = gr.to_dataframe([*results, _report_2019(), gr.to_dict(gr.parse(gr.sample_text()))])
    assert list(frame.columns) == [name for name, _ in row_columns()]
    assert len(frame) == 7
    assert str(frame["requests.new_received.total"].dtype) == "Int64"
    total = frame["requests.new_received.total"].tolist()
    assert total[:5] == [13, pd.NA, pd.NA, 13, 13]
    assert frame["error_type"].tolist()[:3] == [pd.NA, pd.NA, "ParseError"]
    # blank in the source stays blank (<NA>), never 0, in an Int64 column
    blank = frame["requests.carried_over.commercial_enterprise"]
    assert blank.tolist()[:5] == [0, pd.NA, pd.NA, 0, pd.NA]
    assert frame["requests.carried_over.natural_person"].tolist()[4] == 1
    money = "active_disclosure.administrative_fees.amount"
    assert frame[f"{money}.value"].tolist()[0] == "12.50"
    assert frame[f"{money}.unit"].tolist()[0] == "万元"
    assert frame["active_disclosure.centralized_procurement.amount.value"].tolist()[5] == "7.10"
    assert frame["template"].tolist()[5:] == ["2019", "2021"]
    assert frame["source"].isna().tolist()[5:] == [True, True]  # no path for these
    assert frame["n_errors"].tolist()[:3] == [2, 0, pd.NA]


def test_to_dataframe_rejects_other_things() -> None:
    with pytest.raises(TypeError, match="to_dataframe"):
        gr.to_dataframe([{"unrelated": 1}])


def test_dask_bag_gives_the_records_of_parse_many(tmp_path: Path) -> None:
    import dask.bag  # the dask extra is part of the test environment

    paths = [*_mixed_folder(tmp_path), tmp_path / "missing.txt"]
    bag = dask.bag.from_sequence([os.fspath(p) for p in paths], npartitions=2)
    records = bag.map(gr.parse_to_dict).compute(scheduler="synchronous")
    assert records == [r.to_record() for r in gr.parse_many(paths, jobs=1)]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("dask_bag.py", "9 records (1 unreadable)"),
        ("batch_to_csv.py", "4 rows (1 unreadable), 241 columns"),
    ],
)
def test_examples_run(script: str, expected: str, tmp_path: Path) -> None:
    argv = [sys.executable, str(EXAMPLES / script)]
    if script == "dask_bag.py":
        argv += ["--scheduler", "synchronous"]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout


def test_benchmark_script_runs(tmp_path: Path) -> None:
    script = EXAMPLES.parent / "benchmarks" / "bench_batch.py"
    argv = [sys.executable, str(script), "--files", "12", "--jobs", "1", "2", "--no-tracemalloc"]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines()[2:]]
    assert [(row[0], row[1]) for row in rows] == [("12", "1"), ("12", "2")]
    assert all(float(row[2]) > 0 for row in rows)


class _FragilePool:
    """A stand-in for ProcessPoolExecutor, run in this process: reading a file named
    ``crash.txt`` breaks the pool, and a broken pool refuses new work at ``submit``, as
    a real one does when a worker dies while chunks are still being submitted."""

    def __init__(self, max_workers: int, mp_context: object = None) -> None:
        self.broken = False

    def submit(self, fn, *args):  # type: ignore[no-untyped-def]
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        if self.broken:
            raise BrokenProcessPool("a child process terminated abruptly")
        future: Future[object] = Future()
        paths = args[0]
        if "crash.txt" in paths:
            self.broken = True
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        else:
            future.set_result(fn(*args))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def test_a_pool_broken_while_chunks_are_resubmitted_still_costs_one_record_per_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the second crash breaks the new pool while the chunks in flight are being sent to
    # it: submit itself raises, and that must be retried like a failed chunk
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _FragilePool)
    monkeypatch.setattr(batch, "parse_one", _crash_on_marker)
    paths = [f"f{i}.txt" for i in range(40)]
    paths[5] = paths[20] = paths[31] = "crash.txt"
    results = list(gr.parse_many(paths, jobs=2))
    assert [r.source for r in results] == paths
    assert [r.error.type if r.error else None for r in results] == [
        "BrokenProcessPool" if p == "crash.txt" else "Test" for p in paths
    ]

"""Throughput and memory of ``parse_many`` over a folder of generated reports.

    python benchmarks/bench_batch.py                      # 2,000 and 10,000 files, jobs 1 and 2
    python benchmarks/bench_batch.py --files 500 --jobs 1 4

The reports are the bundled fictional sample with every number cell replaced by a
random one (seeded, so runs are comparable), written to a temporary folder. Each
measurement runs in a fresh child process, which parses the first N files and
writes every record as a JSON line to ``os.devnull`` (what ``govinfo-reports parse``
does), and reports:

- files/second (a run without tracemalloc), and the CPU time per file of the process
  and its workers together (on a busy machine this shows the work when the
  wall-clock rate cannot);
- ``ru_maxrss`` of that process and of its worker processes (the largest one);
- the tracemalloc peak of the process during a second, traced run (with jobs > 1
  that is the parent only: the results in flight, not the parsing).

Memory that stays flat from 2,000 to 10,000 files shows the batch streams.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

import govinfo_reports as gr

_NUMBER_CELL = re.compile(r"(?<=\t) *\d+ *(?=\t|$)", re.M)


def generate(folder: Path, count: int, seed: int = 2024) -> None:
    """Write ``count`` variants of the sample report into ``folder``."""
    text = gr.sample_text()
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        rng = random.Random(seed + number)
        variant = _NUMBER_CELL.sub(lambda _, rng=rng: str(rng.randint(0, 60)), text)
        (folder / f"report-{number:05d}.txt").write_text(variant, encoding="utf-8")


def _consume(paths: list[str], jobs: int) -> int:
    failed = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for result in gr.parse_many(paths, jobs=jobs):
            failed += not result.ok
            sink.write(json.dumps(result.to_record(), ensure_ascii=False) + "\n")
    return failed


def measure(folder: Path, count: int, jobs: int, traced: bool) -> dict[str, Any]:
    """One measurement, in this process (run it in a fresh one)."""
    paths = sorted(str(p) for p in folder.iterdir())[:count]
    start, cpu_start = time.perf_counter(), time.process_time()
    failed = _consume(paths, jobs)
    seconds = time.perf_counter() - start
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu_start + workers.ru_utime + workers.ru_stime
    result: dict[str, Any] = {
        "files": len(paths),
        "jobs": jobs,
        "failed": failed,
        "seconds": seconds,
        "files_per_second": len(paths) / seconds,
        "cpu_ms_per_file": 1000 * cpu / max(len(paths), 1),
        # kilobytes on Linux, bytes on macOS
        "maxrss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "maxrss_workers_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }
    if traced:
        tracemalloc.start()
        _consume(paths, jobs)
        result["tracemalloc_peak_kb"] = tracemalloc.get_traced_memory()[1] // 1024
        tracemalloc.stop()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the traced runs")
    parser.add_argument(
        "--measure", nargs=3, metavar=("FOLDER", "N", "JOBS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    traced = not args.no_tracemalloc
    if args.measure:
        folder, count, jobs = args.measure
        print(json.dumps(measure(Path(folder), int(count), int(jobs), traced)))
        return 0

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load}, "
        f"govinfo_reports {gr.__version__}"
    )
    print(
        f"{'files':>6} {'jobs':>4} {'files/s':>8} {'seconds':>8} {'cpu ms/file':>11} "
        f"{'rss main MB':>11} {'rss worker MB':>13} {'tracemalloc MB':>14}"
    )
    with tempfile.TemporaryDirectory(prefix="govinfo-bench-") as temp:
        folder = Path(temp)
        generate(folder, max(args.files))
        for count in args.files:
            for jobs in args.jobs:
                command = [sys.executable, __file__, "--measure", temp, str(count), str(jobs)]
                if not traced:
                    command.append("--no-tracemalloc")
                done = subprocess.run(command, capture_output=True, text=True, check=True)
                row = json.loads(done.stdout)
                peak = row.get("tracemalloc_peak_kb")
                print(
                    f"{row['files']:>6} {jobs:>4} {row['files_per_second']:>8.0f} "
                    f"{row['seconds']:>8.2f} {row['cpu_ms_per_file']:>11.2f} "
                    f"{row['maxrss_self_kb'] / 1024:>11.1f} "
                    f"{row['maxrss_workers_kb'] / 1024:>13.1f} "
                    f"{'-' if peak is None else f'{peak / 1024:.1f}':>14}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())

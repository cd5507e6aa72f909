"""Parse a folder of reports with Dask: the same pure function on every worker.

    python examples/dask_bag.py [FOLDER] [--scheduler processes|threads|synchronous]

``parse_to_dict(path)`` never raises (a bad file becomes an error record), so one
bad file cannot fail the job. On a cluster, point ``dask.distributed.Client`` at the
scheduler and pass paths every worker can read (a shared file system). Needs
``pip install 'govinfo-reports[dask]'``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import dask.bag as db

import govinfo_reports as gr
from govinfo_reports.batch import expand_paths


def demo_folder() -> Path:
    """A temporary folder of fictional reports (and one empty file)."""
    folder = Path(tempfile.mkdtemp(prefix="govinfo-dask-"))
    for number in range(8):
        (folder / f"report-{number}.txt").write_text(gr.sample_text(), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--scheduler", default="processes")
    args = parser.parse_args(argv)
    folder = args.folder or demo_folder()

    paths = list(expand_paths([folder]))
    bag = db.from_sequence(paths, npartitions=4).map(gr.parse_to_dict)
    records = bag.compute(scheduler=args.scheduler)  # a list, in the order of `paths`

    output = folder / "reports.jsonl"
    with output.open("w", encoding="utf-8") as stream:
        stream.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    failed = sum("error" in r for r in records)
    print(f"{len(records)} records ({failed} unreadable) → {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

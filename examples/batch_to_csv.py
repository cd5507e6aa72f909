"""A folder of reports → one CSV row per report, for Excel (UTF-8 with BOM).

    python examples/batch_to_csv.py [FOLDER] [OUTPUT.csv]

Without a folder it makes one with three copies of the bundled fictional sample and
one empty file, to show that a bad file becomes a row with ``error_type`` instead of
stopping the batch. Needs pandas: ``pip install 'govinfo-reports[pandas]'``.
The command line does the same without pandas:
``govinfo-reports parse FOLDER --format csv --bom -o OUTPUT.csv``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import govinfo_reports as gr
from govinfo_reports.batch import expand_paths


def demo_folder() -> Path:
    """A temporary folder of fictional reports (and one empty file)."""
    folder = Path(tempfile.mkdtemp(prefix="govinfo-demo-"))
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(gr.sample_text(), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else demo_folder()
    output = Path(argv[1]) if len(argv) > 1 else folder / "reports.csv"
    paths = [p for p in expand_paths([folder]) if Path(p) != output]
    frame = gr.to_dataframe(gr.parse_many(paths))
    frame.to_csv(output, index=False, encoding="utf-8-sig")
    failed = int(frame["error_type"].notna().sum())
    print(f"{len(frame)} rows ({failed} unreadable), {len(frame.columns)} columns → {output}")
    shown = ["source", "organ", "year", "requests.new_received.total", "n_errors"]
    print(frame[shown].to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

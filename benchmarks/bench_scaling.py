"""Does parse time grow linearly with the input? Inputs from 1 KB to 10 MB.

    python benchmarks/bench_scaling.py            # 1 KB … 10 MB (about five minutes)
    python benchmarks/bench_scaling.py --quick    # 1 KB … 1 MB

Three families of inputs, all generated from the bundled fictional sample (no files
needed):

* ``prose``: a small report (title and the first block of table 二) padded with prose
  paragraphs of ordinary length (300 bytes), half before the table (at most 16 KB:
  a long 总体情况) and the rest after it;
* ``long lines``: the same, but the padding is eight lines whatever the size, so the
  line length grows with the input (one line of up to 16 KB before the table, seven
  after it; ~1.4 MB per line at 10 MB);
* ``tables``: the sample's three tables repeated until the size is reached (the
  smallest size holds one copy), every count after the first copy drawn anew: the
  library memoises short lines, so verbatim copies would find every line already read
  (``--family "tables, same numbers"`` measures the verbatim copies).

For each size it prints the median ``parse`` time, the time per KB, the floor (decode
+ ``str.splitlines()`` + a regex scan for numbers over every line) and the ratio, and
the ``tracemalloc`` peak of one parse relative to the input. Then, per family, the
exponent ``b`` of ``time ~ size**b`` fitted by least squares on log-log axes, over
every size and over the sizes of 100 KB and more (where fixed costs no longer
dominate). Linear growth is ``b`` close to 1.0.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_parse as bp  # the sibling script (benchmarks/ is no package)

import govinfo_reports as gr

KB = 1000
SIZES = (1 * KB, 3 * KB, 10 * KB, 30 * KB, 100 * KB, 300 * KB, 1000 * KB, 3000 * KB, 10_000 * KB)
QUICK_LAST = 1000 * KB
#: Sizes at and above this are used for the "large inputs" exponent.
LARGE = 100 * KB
#: Most prose placed before the table (a long 总体情况); the rest of the padding follows
#: the table. Readers sniff a 64 KB prefix, so a longer preamble changes the reader.
PREAMBLE_MAX = 16 * KB
#: A family stops growing once one parse takes longer than this (seconds).
BUDGET = 60.0

_SENTENCES = (
    "2023年，本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1830条，",
    "其中通过门户网站发布各类信息1526条，通过政务新媒体发布304条，",
    "召开新闻发布会12场，解读政策文件37件，回应社会关切问题58个。",
    "全年共梳理规范性文件46件，对照第19条要求逐项更新公开目录，",
    "完成2022年度财政预决算公开，涉及部门预算单位23个、专项资金9项。",
    "下一步将继续完善工作机制，加强队伍建设，提升公开质量和实效。",
)


def prose_line(length: int, seed: int) -> str:
    """About ``length`` UTF-8 bytes of Chinese prose with numbers in it, as one line."""
    parts: list[str] = []
    size = 0
    i = seed
    while size < length:
        sentence = _SENTENCES[i % len(_SENTENCES)]
        parts.append(sentence)
        size += len(sentence.encode("utf-8"))
        i += 1
    return "".join(parts).encode("utf-8")[:length].decode("utf-8", "ignore")


def _sample_lines() -> list[str]:
    return gr.sample_text().splitlines()


def small_report() -> tuple[str, str, str]:
    """(head, table, tail) of a small valid report: title and table 二's first block."""
    lines = _sample_lines()
    start = lines.index("二、主动公开政府信息情况")
    head = lines[0] + "\n\n一、总体情况\n\n"
    table = "\n".join(lines[start : start + 6]) + "\n\n"
    tail = "五、存在的主要问题及改进情况\n\n"
    return head, table, tail


def padded(size: int, line_bytes: int | None) -> str:
    """The small report padded with prose to about ``size`` UTF-8 bytes.

    Half of the padding, at most :data:`PREAMBLE_MAX`, goes before the table, the rest
    after it. ``line_bytes`` is the length of a prose line; ``None`` means long lines:
    one line before the table and seven after it, whatever the size.
    """
    head, table, tail = small_report()
    room = size - len((head + table + tail).encode("utf-8"))
    if room <= 0:
        return head + table + tail
    first = min(room // 2, PREAMBLE_MAX)
    rest = room - first
    if line_bytes is None:
        before = [first - 2]
        after = [rest // 7 - 2] * 7
    else:
        before = [line_bytes - 2] * max(1, first // line_bytes)
        after = [line_bytes - 2] * max(1, rest // line_bytes)
    lines = [prose_line(n, i) for i, n in enumerate(before + after)]
    text_before = "".join(line + "\n\n" for line in lines[: len(before)])
    text_after = "".join(line + "\n\n" for line in lines[len(before) :])
    return head + text_before + table + tail + text_after


#: A count in the sample's tables: not a digit of a decimal, nor a label's numbering
#: (``1. 属于国家秘密``: a dot follows it).
_COUNT = re.compile(r"(?<![\d.])\d+(?![\d.])")


def many_tables(size: int, same_numbers: bool = False) -> str | None:
    """The sample with its tables (二, 三, 四) repeated to about ``size`` bytes, every
    count after the first copy drawn anew (seeded; half of them 0): the library
    memoises short lines, and copies of one table would find every line already read.
    ``same_numbers`` repeats the first copy verbatim (the family before 2026-11-24).
    ``None`` when one copy is already larger than ``size``."""
    lines = _sample_lines()
    start = lines.index("二、主动公开政府信息情况")
    end = lines.index("五、存在的主要问题及改进情况")
    head = "\n".join(lines[:start]) + "\n"
    block = "\n".join(lines[start:end]) + "\n"
    tail = "\n".join(lines[end:]) + "\n"
    fixed = len((head + tail).encode("utf-8"))
    copies = (size - fixed) // len(block.encode("utf-8"))
    if copies < 1:
        return None
    if same_numbers:
        return head + block * copies + tail
    rng = random.Random(size)

    def count(match: re.Match[str]) -> str:
        return "0" if rng.random() < 0.5 else str(rng.randrange(1, 5000))

    blocks = [block] + [_COUNT.sub(count, block) for _ in range(copies - 1)]
    return head + "".join(blocks) + tail


FAMILIES: dict[str, Callable[[int], str | None]] = {
    "prose": lambda size: padded(size, 300),
    "long lines": lambda size: padded(size, None),
    "tables": many_tables,
    "tables, same numbers": lambda size: many_tables(size, same_numbers=True),
}
#: Families measured unless ``--family`` names others.
DEFAULT_FAMILIES = ("prose", "long lines", "tables")


@dataclass
class Point:
    """One measured size."""

    size: int
    parse: float
    floor: float
    peak: int


def fit_exponent(points: list[Point]) -> float | None:
    """Least-squares slope of log(time) over log(size)."""
    if len(points) < 2:
        return None
    xs = [math.log(p.size) for p in points]
    ys = [math.log(p.parse) for p in points]
    mx = sum(xs) / len(xs)
    my = sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def settings_for(size: int, base: bp.Settings) -> bp.Settings:
    """Fewer, single-call batches for the large inputs (one parse is a batch)."""
    if size >= 1000 * KB:
        return replace(base, repeats=3, batch_seconds=0.0, warmup_seconds=0.0)
    return base


def run_family(
    name: str,
    make: Callable[[int], str | None],
    sizes: tuple[int, ...],
    base: bp.Settings,
    memory: bool,
) -> list[Point]:
    print(f"\n{name}")
    print(
        f"  {'bytes':>10} {'lines':>7} {'parse ms':>10} {'us/KB':>7} {'floor ms':>9} "
        f"{'p/floor':>8} {'peak/in':>8}  reader"
    )
    points: list[Point] = []
    for size in sizes:
        text = make(size)
        if text is None:
            print(f"  {size:>10,} (smaller than one copy of the tables: skipped)")
            continue
        data = text.encode("utf-8")
        settings = settings_for(len(data), base)
        start = time.perf_counter()
        reader = gr.parse(data).source.reader
        once = time.perf_counter() - start
        timed = bp.interleaved(
            {"parse": lambda data=data: gr.parse(data), "floor": lambda data=data: bp.floor(data)},
            settings,
        )
        parse, floor = timed["parse"], timed["floor"]
        peak = bp.peak_bytes(lambda data=data: gr.parse(data)) if memory else 0
        points.append(Point(len(data), parse, floor, peak))
        print(
            f"  {len(data):>10,} {text.count(chr(10)):>7,} {parse * 1000:>10.2f} "
            f"{parse * 1e6 / (len(data) / KB):>7.1f} {floor * 1000:>9.3f} {parse / floor:>8.1f} "
            + (f"{peak / len(data):>8.1f}" if memory else f"{'-':>8}")
            + f"  {reader}"
        )
        if once > BUDGET:
            print(f"  one parse took {once:.0f} s (> {BUDGET:g} s): larger sizes skipped")
            break
    return points


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 KB … 1 MB, fewer repeats")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc peaks")
    parser.add_argument(
        "--family", choices=sorted(FAMILIES), action="append", help="only these families"
    )
    parser.add_argument(
        "--clock", choices=sorted(bp.CLOCKS), default="cpu", help="process CPU time or wall time"
    )
    args = parser.parse_args(argv)
    base = replace(bp.QUICK if args.quick else bp.FULL, clock=args.clock)
    sizes = tuple(s for s in SIZES if not args.quick or s <= QUICK_LAST)
    print(bp.environment())
    print(
        f"median parse time per size ({base.clock} clock; bytes -> Report, reader detection "
        "included); "
        "floor = decode + splitlines + regex scan; peak/in = tracemalloc peak / input bytes"
    )
    results: dict[str, list[Point]] = {}
    for name in args.family or DEFAULT_FAMILIES:
        results[name] = run_family(name, FAMILIES[name], sizes, base, not args.no_memory)
    print("\nfitted exponent b in time ~ size**b (log-log least squares; 1.0 = linear):")
    for name, points in results.items():
        every = fit_exponent(points)
        large = fit_exponent([p for p in points if p.size >= LARGE])
        shown = [f"all sizes {every:.2f}" if every is not None else "all sizes -"]
        shown.append(f">= {LARGE // KB} KB {large:.2f}" if large is not None else "")
        print(f"  {name:<11} " + ", ".join(s for s in shown if s))
    print(f"at the end: {bp.load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

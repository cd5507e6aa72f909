"""Throughput and memory of govinfo_reports, against a floor measured in the same run.

    python benchmarks/bench_parse.py            # full run (about 40 s)
    python benchmarks/bench_parse.py --quick    # fewer repeats, shorter batches
    python benchmarks/bench_parse.py --profile  # add a cProfile of parse+validate

For every input (the bundled sample in each layout, the five seed reports, two HTML
pages) it prints reports/second for ``parse``, ``parse`` + ``validate`` and ``to_dict``,
the *floor* for the same bytes (decode + ``str.splitlines()`` + one compiled regex
scan for numbers over every line), the ratio to the floor and the peak memory of one
report (``tracemalloc``). Timings are medians of repeated batches after a warm-up, on
one core (the script starts no threads or processes for the timings).

Inputs:

* layouts: the bundled fictional sample (``govinfo_reports.sample_text()``) rendered
  with ``govinfo_reports.render(report, layout)`` when the library has it, otherwise
  converted from the sample's tab layout by the simple generators below;
* seeds: ``<shared>/seeds/*.txt``, where ``<shared>`` is ``$GOVINFO_SHARED`` or the
  ``shared`` folder next to the repository; skipped with a message when absent;
* HTML: a ~50 KB page (the sample as HTML inside a generated site shell) and the real
  ``<shared>/real/pingtan-2019-html/input.html`` (~225 KB), each also read with
  ``pandas.read_html`` when pandas is installed (it is not a dependency).

Targets (issue 7): text layouts parse+validate <= 3x the floor; HTML >= 500 reports/s
for a 50 KB page and faster than pandas.read_html; peak memory of one report < 10x
its input size. ``bench_scaling.py`` checks that time grows linearly with the input.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import html
import io
import os
import pstats
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import govinfo_reports as gr

REPO_ROOT = Path(__file__).resolve().parents[1]
NUMBER = re.compile(r"\d+")

#: Targets of issue 7.
FLOOR_RATIO_TARGET = 3.0
HTML_RATE_TARGET = 500.0
MEMORY_RATIO_TARGET = 10.0
HTML_PAGE_BYTES = 50_000


# --- timing -------------------------------------------------------------------------


#: The clocks: ``cpu`` is this process's CPU time (``time.process_time``), which equals
#: the wall time of a single-threaded run on an idle machine and is not inflated when
#: other processes compete for the cores; ``wall`` is ``time.perf_counter``.
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}


@dataclass(frozen=True)
class Settings:
    """How long to measure: ``repeats`` batches of at least ``batch_seconds`` each."""

    repeats: int = 7
    batch_seconds: float = 0.05
    warmup_seconds: float = 0.05
    clock: str = "cpu"


QUICK = Settings(repeats=3, batch_seconds=0.02, warmup_seconds=0.02)
FULL = Settings()


def seconds_per_call(fn: Callable[[], object], settings: Settings) -> float:
    """Median seconds per call of one function (see :func:`interleaved`)."""
    return interleaved({"fn": fn}, settings)["fn"]


def interleaved(fns: dict[str, Callable[[], object]], settings: Settings) -> dict[str, float]:
    """Median seconds per call of each function (see :func:`interleaved_samples`)."""
    samples = interleaved_samples(fns, settings)
    return {name: statistics.median(values) for name, values in samples.items()}


def interleaved_samples(
    fns: dict[str, Callable[[], object]], settings: Settings
) -> dict[str, list[float]]:
    """Seconds per call of each function, one sample per batch.

    Each function is warmed up and gets a batch size that makes a batch last at least
    ``batch_seconds``; then the batches run in turns (a, b, c, a, b, c, …) so that a
    change in machine load hits every function alike and their ratios stay fair.
    """
    numbers: dict[str, int] = {}
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for name, fn in fns.items():
        deadline = time.perf_counter() + settings.warmup_seconds
        fn()
        while time.perf_counter() < deadline:
            fn()
        number = 1
        while True:
            elapsed = _batch(fn, number, settings.clock)
            if elapsed >= settings.batch_seconds or number >= 1 << 20:
                break
            scale = settings.batch_seconds / elapsed * 1.2 if elapsed > 0 else 10
            number = max(number * 2, int(number * min(scale, 100)))
        numbers[name] = number
        samples[name].append(elapsed / number)
    for _ in range(settings.repeats - 1):
        for name, fn in fns.items():
            samples[name].append(_batch(fn, numbers[name], settings.clock) / numbers[name])
    return samples


def _batch(fn: Callable[[], object], number: int, clock: str) -> float:
    gc.collect()
    now = CLOCKS[clock]
    start = now()
    for _ in range(number):
        fn()
    return now() - start


def peak_bytes(fn: Callable[[], object]) -> int:
    """Peak Python heap (``tracemalloc``) while running ``fn`` once, after a warm-up call.

    Memory held by C libraries outside Python's allocator (libxml2's tree for HTML) is
    not traced; the result of ``fn`` is kept alive until the peak is read.
    """
    fn()
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return peak


def floor(data: bytes) -> int:
    """The floor: decode, split into lines, scan every line for numbers once."""
    text = data.decode("utf-8")
    found = 0
    for line in text.splitlines():
        found += len(NUMBER.findall(line))
    return found


# --- inputs ---------------------------------------------------------------------------


def shared_dir() -> Path:
    """``$GOVINFO_SHARED`` or the ``shared`` folder next to the repository."""
    return Path(os.environ.get("GOVINFO_SHARED", REPO_ROOT.parent / "shared"))


@dataclass
class Input:
    """One benchmark input, with where it came from."""

    name: str
    kind: str  # "text" or "html"
    data: bytes
    origin: str
    note: str = ""


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


def to_pipe(tab_text: str) -> str:
    """Tab rows → ``| a | b |`` rows; prose lines unchanged."""
    out = []
    for line in tab_text.splitlines():
        out.append("| " + " | ".join(_cells(line)) + " |" if "\t" in line else line)
    return "\n".join(out) + "\n"


_VALUE = re.compile(r"^[\s\d０-９.,+\-/—－]+$")


def to_cell_per_line(tab_text: str) -> str:
    """Tab rows → one cell per line. An empty cell between two values is a blank cell
    (a line of one space); empty cells next to a label or at a row's end are layout
    and are dropped, as a PDF or Word extraction drops them."""
    out = []
    for line in tab_text.splitlines():
        if "\t" not in line:
            out.append(line)
            continue
        cells = _cells(line)
        for i, cell in enumerate(cells):
            if cell:
                out.append(cell)
                continue
            before = next((c for c in reversed(cells[:i]) if c), "")
            after = next((c for c in cells[i + 1 :] if c), "")
            if _VALUE.match(before) and _VALUE.match(after):
                out.append(" ")
    return "\n".join(out) + "\n"


def to_html_fragment(tab_text: str) -> str:
    """Tab rows → ``<table>`` rows (consecutive rows share a table); prose → ``<p>``."""
    out: list[str] = []
    in_table = False
    for line in tab_text.splitlines():
        if "\t" in line:
            if not in_table:
                out.append('<table border="1" cellspacing="0">')
                in_table = True
            cells = "".join(f"<td>{html.escape(c)}</td>" for c in _cells(line))
            out.append(f"<tr>{cells}</tr>")
            continue
        if in_table:
            out.append("</table>")
            in_table = False
        if line.strip():
            out.append(f"<p>{html.escape(line.strip())}</p>")
    if in_table:
        out.append("</table>")
    return "\n".join(out)


_FALLBACK: dict[str, Callable[[str], str]] = {
    "tab": lambda text: text,
    "pipe": to_pipe,
    "vertical": to_cell_per_line,
    "html": to_html_fragment,
}
#: Layouts measured: (label in the table, name for ``govinfo_reports.render``).
LAYOUTS: tuple[tuple[str, str], ...] = (
    ("tab", "tab"),
    ("pipe", "pipe"),
    ("cell-per-line", "vertical"),
    ("html (fragment)", "html"),
)
#: Extra layouts measured only when the library can render them.
EXTRA_LAYOUTS: tuple[tuple[str, str], ...] = (
    ("pipe-cells", "pipe-cells"),
    ("markdown", "markdown"),
)


def render_layout(layout: str) -> tuple[str, str] | None:
    """(text, origin) of the sample in ``layout``: the library's renderer if it has one,
    else the fallback generator; ``None`` when neither can produce the layout."""
    render = getattr(gr, "render", None)
    if render is not None:
        try:
            text = render(gr.parse(gr.sample_text()), layout)
        except Exception as exc:  # a renderer still being written must not stop the run
            print(f"  note: render(sample, {layout!r}) failed ({type(exc).__name__}: {exc})")
        else:
            if isinstance(text, bytes):
                text = text.decode("utf-8")
            return str(text), "render()"
    fallback = _FALLBACK.get(layout)
    if fallback is None:
        return None
    return fallback(gr.sample_text()), "fallback"


def layout_inputs() -> list[Input]:
    """The bundled sample in every layout."""
    inputs = []
    extras = EXTRA_LAYOUTS if hasattr(gr, "render") else ()
    for label, layout in (*LAYOUTS, *extras):
        made = render_layout(layout)
        if made is None:
            continue
        text, origin = made
        kind = "html" if layout == "html" else "text"
        inputs.append(Input(f"sample {label}", kind, text.encode("utf-8"), origin))
    return inputs


def seed_inputs() -> list[Input]:
    """The five seed reports, as bytes (``parse`` decodes them)."""
    seeds = shared_dir() / "seeds"
    if not seeds.is_dir():
        print(f"seeds skipped: {seeds} not found (set GOVINFO_SHARED to the shared folder)")
        return []
    return [
        Input(f"seed {path.name[:3]}", "text", path.read_bytes(), str(path))
        for path in sorted(seeds.glob("*.txt"))
    ]


_MENU = (
    "首页",
    "政务公开",
    "政府信息公开指南",
    "政府信息公开制度",
    "法定主动公开内容",
    "政府信息公开年报",
    "机构职能",
    "政策文件",
    "规划计划",
    "财政预决算",
    "人事信息",
    "建议提案办理",
    "互动交流",
    "办事服务",
    "走进青禾",
)
_CSS = (
    ".nav{margin:0 auto;width:1200px}.nav li{float:left;padding:0 12px;line-height:48px}"
    ".crumb{color:#666;font-size:14px}.article{padding:30px 60px;background:#fff}"
    ".article table{border-collapse:collapse;margin:0 auto}.article td{border:1px solid #000;"
    "padding:4px 6px;font-size:14px}.side li{list-style:none;border-bottom:1px dashed #ccc}"
    ".footer{background:#1b5fae;color:#fff;text-align:center;padding:20px 0}\n"
)
_SCRIPT = (
    "(function(){var d=document,w=window;function q(s){return d.querySelectorAll(s)}"
    "w.addEventListener('load',function(){var n=q('.nav li');for(var i=0;i<n.length;i++)"
    "{n[i].onmouseover=function(){this.className='on'};n[i].onmouseout=function()"
    "{this.className=''}}});w._stat={site:'qinghe',page:'zfxxgknb',id:%d};})();\n"
)


def site_page(fragment: str, size: int = HTML_PAGE_BYTES) -> str:
    """``fragment`` inside a generated government-site shell (head, style, script,
    menus, breadcrumb, side lists, a footer link table), padded to about ``size`` bytes."""

    def page(menus: int) -> str:
        head = [
            "<!DOCTYPE html>",
            '<html lang="zh-CN"><head><meta charset="utf-8">',
            "<title>青禾县人民政府2023年政府信息公开工作年度报告_政府信息公开年报</title>",
            '<meta name="SiteName" content="青禾县人民政府">',
            "<style>" + _CSS * 6 + "</style>",
            "</head><body>",
        ]
        links = []
        for block in range(menus):
            items = "".join(
                f'<li><a href="/zwgk/{block}/{i}/index.html" target="_blank">{name}</a></li>'
                for i, name in enumerate(_MENU)
            )
            links.append(f'<div class="nav"><ul>{items}</ul></div>')
        body = [
            '<div class="header"><div class="logo"><a href="/">青禾县人民政府</a></div></div>',
            *links[: (menus + 1) // 2],
            '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开'
            '</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>',
            '<div class="article"><div class="content">',
            fragment,
            "</div></div>",
            '<div class="side">',
            *links[(menus + 1) // 2 :],
            "</div>",
            '<div class="footer"><table class="links"><tr>'
            + "".join(f'<td><a href="/l/{i}">{name}</a></td>' for i, name in enumerate(_MENU))
            + "</tr></table><p>主办：青禾县人民政府办公室（虚构示例）</p></div>",
            "<script>" + "".join(_SCRIPT % i for i in range(8)) + "</script>",
            "</body></html>",
        ]
        return "\n".join(head + body) + "\n"

    menus = 1
    while len(page(menus + 1).encode("utf-8")) <= size:
        menus += 1
    return page(menus)


def html_inputs() -> list[Input]:
    """A ~50 KB page built around the sample, and the real pingtan page when present."""
    made = render_layout("html")
    assert made is not None
    fragment, origin = made
    body = re.search(r"<body[^>]*>(.*)</body>", fragment, re.S | re.I)
    inputs = [
        Input(
            "html page ~50 KB",
            "html",
            site_page(body.group(1) if body else fragment).encode("utf-8"),
            f"sample via {origin} in a generated site shell",
        )
    ]
    pingtan = shared_dir() / "real" / "pingtan-2019-html" / "input.html"
    if pingtan.is_file():
        inputs.append(Input("html pingtan", "html", pingtan.read_bytes(), str(pingtan)))
    else:
        print(f"pingtan page skipped: {pingtan} not found")
    return inputs


# --- measuring --------------------------------------------------------------------------


@dataclass
class Row:
    """Measurements of one input."""

    item: Input
    reader: str = ""
    same_as_sample: str = ""
    parse: float = 0.0
    parse_validate: float = 0.0
    to_dict: float = 0.0
    floor: float = 0.0
    peak: int = 0
    #: The floor's own peak (the decoded text and its list of lines), for scale.
    floor_peak: int = 0
    #: Slowest over fastest batch of parse+validate: how steady the machine was.
    spread: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.parse / self.floor

    @property
    def ratio_validate(self) -> float:
        return self.parse_validate / self.floor

    @property
    def memory_ratio(self) -> float:
        return self.peak / len(self.item.data)

    @property
    def floor_memory_ratio(self) -> float:
        return self.floor_peak / len(self.item.data)


def measure(item: Input, settings: Settings, reference: dict[str, Any] | None) -> Row:
    """Every measurement of one input."""
    data = item.data
    report = gr.parse(data)
    row = Row(item, reader=report.source.reader)
    if reference is not None and item.name.startswith("sample"):
        row.same_as_sample = "yes" if gr.to_dict(report) == reference else "NO"
    samples = interleaved_samples(
        {
            "floor": lambda: floor(data),
            "parse": lambda: gr.parse(data),
            "parse_validate": lambda: gr.validate(gr.parse(data)),
            "to_dict": lambda: gr.to_dict(report),
        },
        settings,
    )
    timed = {name: statistics.median(values) for name, values in samples.items()}
    row.spread = max(samples["parse_validate"]) / min(samples["parse_validate"])
    row.floor = timed["floor"]
    row.parse = timed["parse"]
    row.parse_validate = timed["parse_validate"]
    row.to_dict = timed["to_dict"]

    def pipeline() -> object:
        parsed = gr.parse(data)
        return parsed, gr.validate(parsed), gr.to_dict(parsed)

    row.peak = peak_bytes(pipeline)
    row.floor_peak = peak_bytes(lambda: floor(data))
    return row


@dataclass
class SideBySide:
    """One HTML page read from the same ``str`` by both libraries (seconds per page)."""

    ours: float
    pandas: float
    tables: int


def side_by_side(item: Input, settings: Settings) -> SideBySide | None:
    """``govinfo_reports.parse`` and ``pandas.read_html`` on the same decoded page;
    ``None`` when pandas is not installed."""
    try:
        import pandas as pd
    except ImportError:
        return None
    text = item.data.decode("utf-8")

    def read() -> list[Any]:
        return pd.read_html(io.StringIO(text), flavor="lxml")

    tables = len(read())
    timed = interleaved({"ours": lambda: gr.parse(text), "pandas": read}, settings)
    return SideBySide(timed["ours"], timed["pandas"], tables)


def rate(seconds: float) -> str:
    return f"{1 / seconds:,.0f}" if seconds else "-"


def print_table(rows: Iterable[Row]) -> None:
    header = (
        f"{'input':<22}{'KB':>7} {'reader':<9}{'same':>5}{'parse/s':>9}{'p+val/s':>9}"
        f"{'to_dict/s':>10}{'floor/s':>9}{'p/floor':>8}{'p+v/fl':>8}{'peak KB':>9}{'peak/in':>8}"
        f"{'fl pk/in':>9}{'spread':>7}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r.item.name:<22}{len(r.item.data) / 1000:>7.1f} {r.reader:<9}{r.same_as_sample:>5}"
            f"{rate(r.parse):>9}{rate(r.parse_validate):>9}{rate(r.to_dict):>10}"
            f"{rate(r.floor):>9}{r.ratio:>8.1f}{r.ratio_validate:>8.1f}"
            f"{r.peak / 1000:>9.0f}{r.memory_ratio:>8.1f}{r.floor_memory_ratio:>9.1f}"
            f"{r.spread:>6.2f}x"
        )


def check_targets(rows: list[Row], pandas_rows: dict[str, SideBySide | None]) -> None:
    """One line per target of issue 7, with the worst case."""
    print("\nTargets (issue 7; medians, one core):")
    text_rows = [r for r in rows if r.item.kind == "text"]
    if text_rows:
        worst = max(text_rows, key=lambda r: r.ratio_validate)
        ok = worst.ratio_validate <= FLOOR_RATIO_TARGET
        print(
            f"  {'PASS' if ok else 'FAIL'}  text parse+validate <= {FLOOR_RATIO_TARGET:g}x floor: "
            f"worst {worst.ratio_validate:.1f}x ({worst.item.name}); "
            f"best {min(r.ratio_validate for r in text_rows):.1f}x"
        )
        seed_rows = [r for r in text_rows if r.item.name.startswith("seed")]
        if seed_rows:
            slowest = min(seed_rows, key=lambda r: 1 / r.parse_validate)
            ok = 1 / slowest.parse_validate >= 1000
            print(
                f"  {'PASS' if ok else 'FAIL'}  ~1,000+ reports/s parse+validate for a seed: "
                f"slowest {rate(slowest.parse_validate)}/s ({slowest.item.name})"
            )
    page = next((r for r in rows if r.item.name.startswith("html page")), None)
    if page is not None:
        ok = 1 / page.parse >= HTML_RATE_TARGET
        print(
            f"  {'PASS' if ok else 'FAIL'}  HTML >= {HTML_RATE_TARGET:g} reports/s for a "
            f"{len(page.item.data) / 1000:.0f} KB page: {rate(page.parse)}/s parse, "
            f"{rate(page.parse_validate)}/s parse+validate"
        )
    for name, found in pandas_rows.items():
        if found is None:
            print("  ----  faster than pandas.read_html: install pandas to see the comparison")
            break
        ok = found.ours < found.pandas
        print(
            f"  {'PASS' if ok else 'FAIL'}  faster than pandas.read_html on {name}: "
            f"parse {found.ours * 1000:.2f} ms vs read_html {found.pandas * 1000:.2f} ms "
            f"({found.pandas / found.ours:.1f}x)"
        )
    # Reported per kind of input: on a 3 KB input, the fixed cost of Python objects
    # dominates (the floor alone, its text and list of lines, is 4-9x such an input).
    groups = {
        "seeds": [r for r in rows if r.item.name.startswith("seed")],
        "HTML pages": [r for r in rows if r.item.kind == "html" and "fragment" not in r.item.name],
        "3-6 KB samples": [r for r in rows if r.item.name.startswith("sample")],
    }
    for label, members in groups.items():
        if not members:
            continue
        worst = max(members, key=lambda r: r.memory_ratio)
        ok = worst.memory_ratio < MEMORY_RATIO_TARGET
        print(
            f"  {'PASS' if ok else 'FAIL'}  peak memory of one report < {MEMORY_RATIO_TARGET:g}x "
            f"its input, {label}: worst {worst.memory_ratio:.1f}x ({worst.item.name}; "
            f"tracemalloc, Python heap only; the floor alone {worst.floor_memory_ratio:.1f}x)"
        )


def profile(inputs: list[Input], seconds: float = 2.0, top: int = 25) -> None:
    """cProfile of parse+validate over the text inputs, ``seconds`` long."""
    datas = [i.data for i in inputs if i.kind == "text"]
    if not datas:
        return
    for data in datas:
        gr.validate(gr.parse(data))
    profiler = cProfile.Profile()
    deadline = time.perf_counter() + seconds
    rounds = 0
    profiler.enable()
    while time.perf_counter() < deadline:
        for data in datas:
            gr.validate(gr.parse(data))
        rounds += 1
    profiler.disable()
    print(f"\ncProfile: parse+validate, {rounds} rounds over {len(datas)} text inputs")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


# --- distinct reports ------------------------------------------------------------------

#: Layouts of the distinct-reports measurement, and reports per batch.
DISTINCT_LAYOUTS = ("tab", "vertical", "pipe-cells", "html")
DISTINCT_BATCH = 60


def variants(count: int, seed: int) -> list[Any]:
    """``count`` reports like the sample, every number drawn anew (seeded): the labels
    and layout of a real corpus recur from report to report, its numbers do not."""
    import random

    rng = random.Random(seed)
    base = gr.to_dict(gr.parse(gr.sample_text()))

    def redraw(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: redraw(value) for key, value in node.items()}
        if isinstance(node, bool) or not isinstance(node, int):
            return node
        return rng.choice((0, 0, rng.randrange(1, 40), rng.randrange(40, 5000)))

    made = []
    for _ in range(count):
        data = dict(base)
        for table in ("active_disclosure", "requests", "review_litigation"):
            data[table] = redraw(base[table])
        made.append(gr.from_dict(data))
    return made


def distinct_reports(settings: Settings) -> None:
    """Reports/s over reports each parsed once: the library keeps bounded memos of cell
    texts and short lines, which a benchmark repeating one report keeps warm; here only
    the labels and layout recur, as in a corpus. Prints one line per layout."""
    render = getattr(gr, "render", None)
    if render is None:
        return
    print(
        f"\nDistinct reports (the sample with its numbers drawn anew: labels recur, numbers "
        f"do not; each parsed once, {DISTINCT_BATCH} per batch):"
    )
    reports = variants(DISTINCT_BATCH * (settings.repeats + 1), seed=7)
    for layout in DISTINCT_LAYOUTS:
        datas = [render(report, layout).encode("utf-8") for report in reports]
        repeated = datas[0]
        now = CLOCKS[settings.clock]
        for data in datas[:DISTINCT_BATCH]:  # warm-up: other reports in the same layout
            gr.validate(gr.parse(data))
        distinct: list[float] = []
        same: list[float] = []
        for batch in range(1, settings.repeats + 1):
            chunk = datas[batch * DISTINCT_BATCH : (batch + 1) * DISTINCT_BATCH]
            gc.collect()
            start = now()
            for data in chunk:
                gr.validate(gr.parse(data))
            distinct.append((now() - start) / len(chunk))
            gc.collect()
            start = now()
            for _ in chunk:
                gr.validate(gr.parse(repeated))
            same.append((now() - start) / len(chunk))
        first, again = statistics.median(distinct), statistics.median(same)
        print(
            f"  {layout:<12} parse+validate {rate(first):>6}/s distinct, "
            f"{rate(again):>6}/s repeating one report ({first / again:.2f}x the time)"
        )


def environment() -> str:
    """One line about the interpreter and the machine, with its current load."""
    import platform

    return (
        f"govinfo_reports {gr.__version__}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} logical CPUs; {load()}"
    )


def load() -> str:
    """The 1-minute load average, with a warning when other work competes for the CPUs."""
    if not hasattr(os, "getloadavg"):
        return "load average unknown"
    one = os.getloadavg()[0]
    busy = one > 0.5 * (os.cpu_count() or 1)
    return f"load average {one:.2f}" + (" (busy machine: expect noisy numbers)" if busy else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, shorter batches")
    parser.add_argument("--repeats", type=int, help="batches per measurement (median taken)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the hot path")
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="cpu", help="process CPU time or wall time"
    )
    args = parser.parse_args(argv)
    settings = replace(QUICK if args.quick else FULL, clock=args.clock)
    if args.repeats:
        settings = replace(settings, repeats=args.repeats)

    print(environment())
    print(
        f"timing: {settings.clock} clock, median of {settings.repeats} batches of "
        f">= {settings.batch_seconds * 1000:g} ms after {settings.warmup_seconds * 1000:g} ms "
        "warm-up; rates are reports/second; "
        "floor = decode + splitlines + regex scan"
    )
    inputs = layout_inputs() + seed_inputs() + html_inputs()
    for item in inputs:
        if item.origin not in ("fallback", "render()") and not item.origin.startswith("/"):
            print(f"  {item.name}: {item.origin}")
    reference = gr.to_dict(gr.parse(gr.sample_text()))
    rows = []
    for item in inputs:
        try:
            rows.append(measure(item, settings, reference))
        except gr.ParseError as exc:
            print(f"  {item.name}: not measured, ParseError: {exc}")
    origins = sorted({i.origin for i in inputs if i.name.startswith("sample")})
    print(f"sample layouts made by: {', '.join(origins)}\n")
    print_table(rows)
    print(
        "\nsame = the sample in this layout gives the same to_dict() as the sample text; "
        "peak = tracemalloc peak of parse+validate+to_dict of one report; fl pk/in = the "
        "floor's own peak (text and lines) / input;\n"
        "spread = slowest / fastest batch of parse+validate (above ~1.2x the machine was "
        "not steady: compare runs with care)"
    )
    if any(r.same_as_sample == "NO" and r.item.origin == "fallback" for r in rows):
        print(
            "      (a fallback html fragment keeps the sample's row with a missing cell as a "
            "short <tr>; HTML rows are aligned, so that row reads differently: expected)"
        )

    pandas_rows: dict[str, SideBySide | None] = {}
    print("\nHTML side by side (both read the same decoded str; pandas flavor lxml):")
    for r in rows:
        if r.item.kind != "html" or r.item.name.startswith("sample"):
            continue
        found = side_by_side(r.item, settings)
        pandas_rows[r.item.name] = found
        if found is None:
            print("  install pandas to see the comparison with pandas.read_html")
            break
        print(
            f"  {r.item.name:<18} {len(r.item.data) / 1000:6.1f} KB  govinfo_reports.parse "
            f"{rate(found.ours):>6}/s ({found.ours * 1000:6.2f} ms)   pandas.read_html "
            f"{rate(found.pandas):>6}/s ({found.pandas * 1000:6.2f} ms, {found.tables} tables)"
        )
    distinct_reports(settings)
    check_targets(rows, pandas_rows)
    print(f"\nat the end: {load()}")
    if args.profile:
        profile(inputs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

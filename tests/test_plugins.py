"""The reader registry: entry-point plugins, broken plugins, forcing, clashes, scores,
and the example plugin installed into a fresh virtual environment."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import subprocess
import sys
import textwrap
import time
import venv
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports import readers
from govinfo_reports.errors import ReaderError

BUILTINS = ["html", "tab", "pipe", "spaces", "vertical"]
REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "custom_reader"

# A reader for a layout no built-in reads: the sample report with ';' between cells.
# It follows the tab reader's rules, so it must produce the very same report.
SEMICOLON_READER = """
from govinfo_reports import Cell, Grid, ReadResult, Row

INSTANCES = []


class Reader:
    name = "{name}"

    def __init__(self):
        INSTANCES.append(self)

    def sniff(self, text):
        return {score}

    def read(self, text):
        rows = []
        for number, line in enumerate(text.splitlines(), start=1):
            cells = [c.strip() for c in line.split(";")]
            if any(cells):
                rows.append(Row(tuple(Cell(c, number, i) for i, c in enumerate(cells))))
        return ReadResult(Grid(tuple(rows)))
"""

BROKEN_READERS = """
from govinfo_reports import Grid, ReadResult


class _Base:
    def read(self, text):
        return ReadResult(Grid(()))


class Raises(_Base):
    name = "raises"

    def sniff(self, text):
        raise RuntimeError("sniff exploded")


class TooHigh(_Base):
    name = "too_high"

    def sniff(self, text):
        return 7.5


class Negative(_Base):
    name = "negative"

    def sniff(self, text):
        return -0.5


class NotANumber(_Base):
    name = "nan"

    def sniff(self, text):
        return float("nan")


class Wordy(_Base):
    name = "wordy"

    def sniff(self, text):
        return "very likely"


class FailsToStart(_Base):
    name = "fails_to_start"

    def __init__(self):
        raise OSError("no config file")

    def sniff(self, text):
        return 1.0


class Misnamed(_Base):
    name = "other_name"

    def sniff(self, text):
        return 1.0


NOT_A_READER = 42
"""

_counter = itertools.count()


@pytest.fixture(autouse=True)
def fresh_registry() -> Iterator[None]:
    readers._reset_registry()
    yield
    readers._reset_registry()


Installer = Callable[..., str]


@pytest.fixture
def install_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Installer]:
    """Put a fake installed distribution (a ``*.dist-info`` with ``entry_points.txt``) and
    its module on ``sys.path``; returns the module's (unique) name."""
    modules: list[str] = []

    def install(dist: str, source: str, entry_points: dict[str, str]) -> str:
        module = f"fake_reader_plugin_{next(_counter)}"
        root = tmp_path / module
        info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", "utf-8"
        )
        lines = [f"{name} = {value.format(module=module)}" for name, value in entry_points.items()]
        (info / "entry_points.txt").write_text(
            "[govinfo_reports.readers]\n" + "\n".join(lines) + "\n", "utf-8"
        )
        (root / f"{module}.py").write_text(textwrap.dedent(source), "utf-8")
        monkeypatch.syspath_prepend(str(root))
        modules.append(module)
        return module

    yield install
    for module in modules:
        sys.modules.pop(module, None)


def semicolon_text() -> str:
    return gr.sample_text().replace("\t", ";")


class StubReader:
    """A runtime reader that delegates reading to the fake semicolon layout rules."""

    def __init__(self, name: str, score: float) -> None:
        self.name = name
        self.score = score

    def sniff(self, text: str) -> float:
        return self.score

    def read(self, text: str) -> gr.ReadResult:
        rows = []
        for number, line in enumerate(text.splitlines(), start=1):
            cells = [c.strip() for c in line.split(";")]
            if any(cells):
                rows.append(gr.Row(tuple(gr.Cell(c, number, i) for i, c in enumerate(cells))))
        return gr.ReadResult(gr.Grid(tuple(rows)))


# --- entry points ---------------------------------------------------------------------


def test_entry_point_reader_is_found_loaded_once_and_used(install_plugin: Installer) -> None:
    module = install_plugin(
        "fake-semicolon",
        SEMICOLON_READER.format(name="semicolon", score=0.97),
        {"semicolon": "{module}:Reader"},
    )
    assert module not in sys.modules  # nothing is imported before the registry is used

    report = gr.parse(semicolon_text())

    assert report.source is not None and report.source.reader == "semicolon"
    assert gr.to_dict(report) == gr.to_dict(gr.parse(gr.sample_text()))
    info = gr.available_readers()["semicolon"]
    assert (info.origin, info.distribution) == ("entry_point", "fake-semicolon")
    gr.parse(semicolon_text())
    gr.get_reader("semicolon")
    assert len(sys.modules[module].INSTANCES) == 1


def test_without_the_plugin_the_layout_is_not_read_as_such() -> None:
    assert "semicolon" not in gr.available_readers()
    try:
        report = gr.parse(semicolon_text())
    except gr.ParseError:
        return
    assert report.source is not None and report.source.reader in BUILTINS
    assert gr.to_dict(report) != gr.to_dict(gr.parse(gr.sample_text()))


def test_entry_point_readers_follow_builtins_sorted_and_precede_runtime_ones(
    install_plugin: Installer,
) -> None:
    install_plugin(
        "fake-two",
        SEMICOLON_READER.format(name="zeta", score=0.0)
        + "\nclass Alpha(Reader):\n    name = 'alpha'\n",
        {"zeta": "{module}:Reader", "alpha": "{module}:Alpha"},
    )
    gr.register_reader(StubReader("runtime_one", 0.0))
    origins = {name: info.origin for name, info in gr.available_readers().items()}
    assert list(origins) == [*BUILTINS, "alpha", "zeta", "runtime_one"]
    assert origins["alpha"] == "entry_point" and origins["runtime_one"] == "runtime"


def test_entry_point_may_name_an_instance(install_plugin: Installer) -> None:
    install_plugin(
        "fake-instance",
        SEMICOLON_READER.format(name="semicolon", score=0.97) + "\nREADER = Reader()\n",
        {"semicolon": "{module}:READER"},
    )
    assert gr.get_reader("semicolon").name == "semicolon"


# --- broken plugins -------------------------------------------------------------------


def test_broken_plugins_are_skipped_with_warnings_and_builtins_still_parse(
    install_plugin: Installer,
) -> None:
    install_plugin(
        "fake-broken",
        BROKEN_READERS,
        {
            "missing": "no_such_module_for_govinfo_tests:Reader",
            "raises": "{module}:Raises",
            "too_high": "{module}:TooHigh",
            "negative": "{module}:Negative",
            "nan": "{module}:NotANumber",
            "wordy": "{module}:Wordy",
            "fails_to_start": "{module}:FailsToStart",
            "misnamed": "{module}:Misnamed",
            "not_a_reader": "{module}:NOT_A_READER",
        },
    )
    with pytest.warns(RuntimeWarning) as caught:
        report = gr.parse(gr.sample_text())
    messages = "\n".join(str(w.message) for w in caught)

    assert report.source is not None and report.source.reader == "tab"
    assert gr.to_dict(report)["requests"]["new_received"]["total"] == 13
    for skipped in ("missing", "fails_to_start", "misnamed", "not_a_reader"):
        assert f"skipping reader plugin {skipped!r}" in messages
    assert "ModuleNotFoundError" in messages and "no config file" in messages
    assert "sniff exploded" in messages
    for bad in ("too_high", "negative", "nan", "wordy"):
        assert f"reader {bad!r} scored" in messages
    names = set(gr.available_readers())
    assert names == {*BUILTINS, "raises", "too_high", "negative", "nan", "wordy"}
    with pytest.warns(RuntimeWarning, match="counted as 0"):
        scores = dict(gr.reader_scores(gr.sample_text()))
    assert all(scores[name] == 0.0 for name in ("raises", "too_high", "negative", "nan"))


def test_a_reader_whose_grid_holds_no_table_gives_way_to_the_next() -> None:
    class Greedy(StubReader):
        def read(self, text: str) -> gr.ReadResult:
            return gr.ReadResult(gr.Grid(()))

    gr.register_reader(Greedy("greedy", 1.0))
    assert gr.reader_scores(gr.sample_text())[0] == ("greedy", 1.0)
    report = gr.parse(gr.sample_text())
    assert report.source is not None and report.source.reader == "tab"


def test_a_reader_that_fails_to_read_gives_way_to_the_next() -> None:
    class Crashing(StubReader):
        def read(self, text: str) -> gr.ReadResult:
            raise RuntimeError("read exploded")

    gr.register_reader(Crashing("crashing", 1.0))
    with pytest.warns(RuntimeWarning, match="reader 'crashing' failed: RuntimeError") as caught:
        report = gr.parse(gr.sample_text())
    assert report.source is not None and report.source.reader == "tab"
    assert caught[0].filename == __file__  # the warning points at the caller of parse()


# --- forcing, unknown names -----------------------------------------------------------


def test_forcing_a_reader_by_name_skips_detection() -> None:
    gr.register_reader(StubReader("never_sniffed", 0.0))
    report = gr.parse(semicolon_text(), reader="never_sniffed")
    assert report.source is not None and report.source.reader == "never_sniffed"
    assert gr.to_dict(report) == gr.to_dict(gr.parse(gr.sample_text()))
    forced = gr.parse(gr.sample_text(), reader="vertical")
    assert forced.source is not None and forced.source.reader == "vertical"
    with pytest.raises(gr.ParseError, match="'html' found no statutory table"):
        gr.parse(gr.sample_text(), reader="html")


def test_unknown_reader_name_lists_the_names() -> None:
    gr.register_reader(StubReader("mine", 0.0))
    with pytest.raises(
        ReaderError, match="'nope'; available readers: html, tab, pipe, spaces, vertical, mine"
    ):
        gr.parse(gr.sample_text(), reader="nope")
    with pytest.raises(ValueError, match="available readers"):
        gr.get_reader("nope")


def test_a_forced_reader_returning_no_read_result_is_a_type_error_naming_it() -> None:
    # before: AttributeError ('dict' object has no attribute 'grid') from deep inside
    class WrongType(StubReader):
        def read(self, text: str) -> gr.ReadResult:
            return {"rows": []}  # type: ignore[return-value]

    gr.register_reader(WrongType("wrong_type", 0.0))
    with pytest.raises(TypeError, match="reader 'wrong_type': read\\(\\) returned dict, not"):
        gr.parse(gr.sample_text(), reader="wrong_type")


def test_a_reader_object_for_reader_is_a_type_error_saying_to_pass_its_name() -> None:
    # before: ReaderError "unknown reader <...TabReader object at 0x...>"
    tab = gr.get_reader("tab")
    with pytest.raises(TypeError, match=r"by its registered name .*not TabReader.*'tab'"):
        gr.parse(gr.sample_text(), reader=tab)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"not int$"):
        gr.get_reader(3)  # type: ignore[arg-type]


# --- clashes --------------------------------------------------------------------------


def test_builtin_names_can_never_be_taken_or_removed() -> None:
    for replace in (False, True):
        with pytest.raises(ReaderError, match="'tab' is already registered \\(builtin\\)"):
            gr.register_reader(StubReader("tab", 1.0), replace=replace)
    with pytest.raises(ReaderError, match="cannot be removed"):
        gr.unregister_reader("tab")
    assert type(gr.get_reader("tab")).__name__ == "TabReader"


def test_runtime_clash_needs_replace_and_replacing_moves_to_the_end() -> None:
    first, second = StubReader("mine", 0.2), StubReader("mine", 0.8)
    gr.register_reader(first)
    gr.register_reader(StubReader("later", 0.0))
    with pytest.raises(ReaderError, match="pass replace=True"):
        gr.register_reader(second)
    assert gr.get_reader("mine") is first
    gr.register_reader(second, replace=True)
    assert gr.get_reader("mine") is second
    assert list(gr.available_readers())[-2:] == ["later", "mine"]
    gr.unregister_reader("mine")
    assert "mine" not in gr.available_readers()
    with pytest.raises(ReaderError, match="no reader named 'mine'"):
        gr.unregister_reader("mine")


def test_entry_point_clashes(install_plugin: Installer) -> None:
    install_plugin(
        "fake-first",
        SEMICOLON_READER.format(name="semicolon", score=0.5)
        + "\nclass Tab(Reader):\n    name = 'tab'\n",
        {"semicolon": "{module}:Reader", "tab": "{module}:Tab"},
    )
    install_plugin(  # prepended to sys.path, so found before fake-first
        "fake-second",
        SEMICOLON_READER.format(name="semicolon", score=0.9),
        {"semicolon": "{module}:Reader"},
    )
    with pytest.warns(RuntimeWarning) as caught:
        infos = gr.available_readers()
    messages = "\n".join(str(w.message) for w in caught)

    assert infos["tab"].origin == "builtin"
    assert "'tab'" in messages and "taken by the builtin reader" in messages
    assert infos["semicolon"].distribution == "fake-second"
    assert "taken by the entry-point (fake-second) reader" in messages
    with pytest.raises(ReaderError, match="already registered \\(entry-point \\(fake-second\\)\\)"):
        gr.register_reader(StubReader("semicolon", 0.1))
    gr.register_reader(StubReader("semicolon", 0.1), replace=True)
    assert gr.available_readers()["semicolon"].origin == "runtime"


def test_registration_checks_the_reader_shape() -> None:
    with pytest.raises(TypeError, match="instance of StubReader, not the class"):
        gr.register_reader(StubReader)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="methods sniff"):
        gr.register_reader(object())  # type: ignore[arg-type]
    for bad in ("", " padded "):
        with pytest.raises(ReaderError, match="non-empty"):
            gr.register_reader(StubReader(bad, 0.0))
    assert list(gr.available_readers()) == BUILTINS


# --- scores ---------------------------------------------------------------------------


def test_highest_score_wins_and_ties_keep_registration_order() -> None:
    gr.register_reader(StubReader("low", 0.4))
    gr.register_reader(StubReader("high", 0.8))
    gr.register_reader(StubReader("high_too", 0.8))
    scores = gr.reader_scores(semicolon_text())
    assert [name for name, _ in scores][:3] == ["high", "high_too", "low"]
    report = gr.parse(semicolon_text())
    assert report.source is not None and report.source.reader == "high"


class CountingReader(StubReader):
    """A stub that counts how often it is sniffed."""

    def __init__(self, name: str, score: float) -> None:
        super().__init__(name, score)
        self.sniffed = 0

    def sniff(self, text: str) -> float:
        self.sniffed += 1
        return self.score


def test_readers_after_a_sure_reading_are_not_sniffed() -> None:
    # html scores 1.0 on markup with tables and comes first: a clean reading of the page
    # needs no other score, so later readers are not sniffed at all
    page = gr.render(gr.parse(gr.sample_text()), "html")
    counting = CountingReader("counting", 0.9)
    gr.register_reader(counting)
    report = gr.parse(page)
    assert report.source is not None and report.source.reader == "html"
    assert counting.sniffed == 0
    # ... but they are for text, where no reader is sure
    gr.parse(gr.sample_text())
    assert counting.sniffed == 1


def test_a_sure_reader_that_reads_nothing_still_lets_the_others_compete() -> None:
    class SureButEmpty(CountingReader):
        def read(self, text: str) -> gr.ReadResult:
            return gr.ReadResult(gr.Grid(()))

    gr.register_reader(SureButEmpty("sure", 1.0))
    after = CountingReader("after", 0.2)
    gr.register_reader(after)
    report = gr.parse(gr.sample_text())
    assert report.source is not None and report.source.reader == "tab"
    assert after.sniffed == 1


def test_readers_are_ranked_best_score_first_ties_in_registry_order() -> None:
    gr.register_reader(StubReader("sure", 1.0))
    gr.register_reader(StubReader("also_sure", 1.0))
    gr.register_reader(StubReader("middling", 0.7))
    texts = [gr.sample_text(), semicolon_text(), "<table><tr><td>1</td><td>2</td></tr></table>"]
    texts += [gr.render(gr.parse(gr.sample_text()), layout) for layout in gr.available_layouts()]
    for text in texts:
        # every reader sniffed, then a stable sort: what lazy ranking must give
        every = [(name, info.reader.sniff(text)) for name, info in gr.available_readers().items()]
        expected = sorted(every, key=lambda pair: -pair[1])
        assert list(readers.ranked_readers(text)) == expected
        assert gr.reader_scores(text) == expected


def test_reader_scores_takes_what_parse_takes(tmp_path: Path) -> None:
    text = gr.sample_text()
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("gb18030"))
    expected = gr.reader_scores(text)
    assert expected[0][0] == "tab" and expected[0][1] > 0.5
    assert gr.reader_scores(path) == expected
    assert gr.reader_scores(text.encode("utf-8")) == expected
    assert gr.reader_scores(text.encode("gb18030"), encoding="gb18030") == expected
    with pytest.raises(TypeError):
        gr.reader_scores(3)  # type: ignore[arg-type]


# --- processes ------------------------------------------------------------------------


def _reader_names() -> list[str]:
    return list(gr.available_readers())


def test_spawned_workers_see_entry_point_readers_but_not_runtime_ones(
    install_plugin: Installer,
) -> None:
    install_plugin(
        "fake-semicolon",
        SEMICOLON_READER.format(name="semicolon", score=0.97),
        {"semicolon": "{module}:Reader"},
    )
    gr.register_reader(StubReader("runtime_only", 0.0))
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        in_worker = pool.apply(_reader_names)
    assert "semicolon" in in_worker
    assert "runtime_only" not in in_worker
    assert "runtime_only" in gr.available_readers()


# --- the example plugin, installed for real -------------------------------------------

SNIPPET = """
import json, pathlib, sys
import govinfo_reports as gr
assert pathlib.Path(gr.__file__).is_relative_to(sys.prefix), gr.__file__
report = gr.parse(pathlib.Path(sys.argv[1]))
info = gr.available_readers()["csvrows"]
print(json.dumps({
    "reader": report.source.reader,
    "origin": info.origin,
    "distribution": info.distribution,
    "organ": report.organ,
    "findings": [f.code for f in gr.validate(report)],
    "licensing": gr.to_dict(report)["active_disclosure"]["administrative_licensing"],
}, ensure_ascii=False))
"""


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_example_plugin_installs_into_a_fresh_venv_and_parses_its_sample(tmp_path: Path) -> None:
    """The issue's done-when, end to end (about 10-15 s: two local builds plus attrs,
    cattrs, lxml, chardet and pytest from the package index).

    Skipped only when pip cannot reach a package index, checked first on its own so that
    a broken install of ours fails instead of skipping.
    """
    started = time.monotonic()
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / ("Scripts" if os.name == "nt" else "bin") / "python")
    probe = _run(
        [
            python,
            "-m",
            "pip",
            "download",
            "-q",
            "--no-deps",
            "-d",
            str(tmp_path / "probe"),
            "hatchling",
        ],
        tmp_path,
    )
    if probe.returncode != 0:
        pytest.skip(f"pip cannot reach a package index: {probe.stderr.strip()[-300:]}")

    install = _run(
        [python, "-m", "pip", "install", "-q", str(REPO), str(EXAMPLE), "pytest"], tmp_path
    )
    assert install.returncode == 0, install.stderr
    run = _run([python, "-c", SNIPPET, str(EXAMPLE / "sample_report.csv")], tmp_path)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        "reader": "csvrows",
        "origin": "entry_point",
        "distribution": "govinfo-reports-csvrows",
        "organ": "雁川市交通运输局",
        "findings": [],
        "licensing": {"decisions": 862},
    }
    tests = _run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE / "tests")], EXAMPLE
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    print(f"fresh venv + install + checks: {time.monotonic() - started:.1f} s")


@pytest.mark.parametrize(("reader", "layout"), [("tab", "pipe"), ("pipe", "tab")])
def test_a_delimiter_missing_from_a_short_text_scores_0_without_splitting_it(
    reader: str, layout: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = gr.render(gr.parse(gr.sample_text()), layout)
    assert ("\t" if reader == "tab" else "|") not in text

    def no_splitting(text: str) -> list[str]:
        raise AssertionError("the lines were split")

    monkeypatch.setattr(readers.base, "split_lines", no_splitting)
    readers.base._last_sniffed = readers.base._NOTHING_SNIFFED
    assert gr.get_reader(reader).sniff(text) == 0.0


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(["\t", "|", "第二十条", "文字", "\n", "12"]), max_size=40),
    st.integers(0, 3 * 64 * 1024),
    st.sampled_from(["\t", "|"]),
)
def test_surely_absent_is_never_wrong(pieces: list[str], padding: int, needle: str) -> None:
    from govinfo_reports.readers.base import sniff_window, surely_absent

    text = "序" * padding + "".join(pieces)
    if surely_absent(text, needle):
        assert needle not in sniff_window(text)
    if len(text) <= readers.base.SNIFF_PREFIX:
        assert surely_absent(text, needle) == (needle not in text)


@settings(max_examples=200)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["\n", "\n\n", "\r\n", "\r", "a", "表"]),
            st.integers(0, 3 * readers.base._BATCH_CHARS // 2).map(lambda n: "x" * n),
        ),
        max_size=10,
    )
)
def test_a_long_text_read_in_batches_has_the_lines_of_a_short_one(pieces: list[str]) -> None:
    text = "".join(pieces)
    readers.base._last_sniffed = readers.base._NOTHING_SNIFFED
    assert list(readers.base.text_lines(text)) == readers.base.split_lines(text)

"""The garbage-collector pause around large inputs keeps the program's own setting."""

from __future__ import annotations

import gc
import threading

import pytest

import govinfo_reports as gr
from govinfo_reports import _gc


@pytest.fixture(autouse=True)
def _restore_collector() -> object:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    gc.enable()
    with _gc.collector_paused(True):
        assert not gc.isenabled()
        with _gc.collector_paused(True):
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_a_collector_the_program_switched_off_stays_off() -> None:
    gc.disable()
    with _gc.collector_paused(True):
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_an_inactive_pause_changes_nothing_and_errors_restore_the_collector() -> None:
    gc.enable()
    with _gc.collector_paused(False):
        assert gc.isenabled()
    with pytest.raises(RuntimeError), _gc.collector_paused(True):
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_overlapping_pauses_in_threads_leave_the_collector_enabled() -> None:
    gc.enable()
    inside = threading.Barrier(3, timeout=10)  # the two threads and this one
    release = threading.Event()

    def hold() -> None:
        with _gc.collector_paused(True):
            inside.wait()
            release.wait(5)

    first = threading.Thread(target=hold)
    second = threading.Thread(target=hold)
    first.start()
    second.start()
    inside.wait()  # both threads hold the pause
    release.set()
    first.join()
    second.join()
    assert gc.isenabled()


def test_only_large_inputs_are_parsed_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    original = gr._api._parse

    def spy(*args: object, **kwargs: object) -> gr.Report:
        seen.append(gc.isenabled())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(gr._api, "_parse", spy)
    sample = gr.sample_path().read_text("utf-8")
    gc.enable()
    monkeypatch.setattr(gr._api, "PAUSE_FROM_CHARS", len(sample))
    gr.parse(sample)
    monkeypatch.setattr(gr._api, "PAUSE_FROM_CHARS", len(sample) + 1)
    gr.parse(sample)
    assert seen == [False, True]
    assert gc.isenabled()

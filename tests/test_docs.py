"""The docs' examples and the package docstrings run as doctests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import govinfo_reports

DOCS = Path(__file__).resolve().parent.parent / "docs"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("page", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_doc_page_examples(page: Path) -> None:
    result = doctest.testfile(str(page), module_relative=False, optionflags=FLAGS)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {page.name}"


def test_docs_have_examples() -> None:
    assert (DOCS / "usage.md").exists()
    text = (DOCS / "usage.md").read_text("utf-8")
    assert text.count(">>> ") >= 10


def _modules() -> list[str]:
    names = ["govinfo_reports"]
    for info in pkgutil.walk_packages(govinfo_reports.__path__, "govinfo_reports."):
        if not info.name.endswith("__main__"):  # importing it would run the command line
            names.append(info.name)
    return names


@pytest.mark.parametrize("name", _modules())
def test_module_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS)
    assert result.failed == 0


#: A strict xfail's decorator, then the test it marks (other decorators may stand between).
_XFAIL_TEST = re.compile(
    r"@pytest\.mark\.xfail\((?:(?!\ndef ).)*?strict=True.*?\ndef (test_\w+)", re.S
)


def _strict_xfail_tests() -> list[str]:
    tests = Path(__file__).resolve().parent
    return [
        f"{path.name}::{name}"
        for path in sorted(tests.glob("test_*.py"))
        for name in _XFAIL_TEST.findall(path.read_text("utf-8"))
    ]


def test_every_known_misreading_is_on_the_limits_page() -> None:
    # a strict xfail documents a misreading not fixed yet: docs/limits.md names each one
    # (and no test that is gone), so the page says what users may still meet
    limits = (DOCS / "limits.md").read_text("utf-8")
    known = _strict_xfail_tests()
    assert [name for name in known if name.split("::")[1] not in limits] == []
    named = set(re.findall(r"`(test_\w+)`", limits))
    assert named <= {name.split("::")[1] for name in known}

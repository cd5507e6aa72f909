"""The docs' examples and the package docstrings run as doctests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
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

"""The bundled sample report (fictional), for the README's first command and the docs."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_NAME = "sample_report.txt"


def sample_text() -> str:
    """The text of the bundled sample report (a fictional county office, template 2021)."""
    return resources.files("govinfo_reports").joinpath("data").joinpath(_NAME).read_text("utf-8")


def sample_path() -> Path:
    """The sample report's path inside the installed package."""
    return Path(str(resources.files("govinfo_reports").joinpath("data").joinpath(_NAME)))

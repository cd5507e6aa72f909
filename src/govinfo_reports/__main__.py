"""``python -m govinfo_reports``: the command line (see :mod:`govinfo_reports.cli`)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())

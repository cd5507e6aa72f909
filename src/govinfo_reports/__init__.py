"""govinfo_reports: Chinese government information-disclosure annual reports
(政府信息公开工作年度报告) as typed, validated data.

>>> import govinfo_reports as gr
>>> report = gr.parse(gr.sample_text())
>>> report.template, report.requests.new_received.total
('2021', 13)
>>> sorted({f.code for f in gr.validate(report)})
['balance', 'row_total', 'row_width']
"""

from __future__ import annotations

from ._api import parse, validate
from .batch import BatchError, BatchResult, parse_many, parse_to_dict
from .dataframe import to_dataframe
from .errors import GovinfoError, ParseError, ReaderError, SchemaError
from .findings import Finding
from .grid import Cell, Grid, ReadResult, Row
from .model import Money, Report
from .readers import (
    Reader,
    ReaderInfo,
    available_readers,
    get_reader,
    reader_scores,
    register_reader,
    unregister_reader,
)
from .render import available_layouts, render
from .sample import sample_path, sample_text
from .serialize import from_dict, to_dict

__version__ = "0.1.0"

__all__ = [
    "BatchError",
    "BatchResult",
    "Cell",
    "Finding",
    "GovinfoError",
    "Grid",
    "Money",
    "ParseError",
    "ReadResult",
    "Reader",
    "ReaderError",
    "ReaderInfo",
    "Report",
    "Row",
    "SchemaError",
    "__version__",
    "available_layouts",
    "available_readers",
    "from_dict",
    "get_reader",
    "parse",
    "parse_many",
    "parse_to_dict",
    "reader_scores",
    "register_reader",
    "render",
    "sample_path",
    "sample_text",
    "to_dataframe",
    "to_dict",
    "unregister_reader",
    "validate",
]

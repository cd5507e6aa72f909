"""Report ↔ plain JSON data (SPEC.md's canonical form), through one private cattrs converter."""

from __future__ import annotations

import re
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation
from types import UnionType
from typing import Any, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception

from .errors import SchemaError
from .model import (
    TEMPLATES,
    ActiveDisclosure,
    ActiveDisclosure2019,
    ActiveDisclosure2021,
    ApplicantCounts,
    DocumentCounts2019,
    DocumentCounts2021,
    Money,
    OtherHandling2021,
    Report,
)

SCHEMA_VERSION = 1
#: Report fields that are not part of the canonical form.
_NOT_IN_DICT = frozenset({"findings", "source"})

_converter = cattrs.Converter(forbid_extra_keys=True)


def _structure_int(value: Any, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer or null, got {value!r}")
    return value


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string or null, got {value!r}")
    return value


#: A decimal string as ``str(Decimal)`` writes one (``12.50``, ``-3``, ``1E+3``) or as
#: JSON numbers are written: ASCII digits, no white space, no ``_`` (``Decimal()`` reads
#: those, and the string written back would not be the one published).
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _structure_decimal(value: Any, _: type) -> Decimal:
    if not isinstance(value, str):
        raise TypeError(f"expected a decimal string, got {value!r}")
    if _DECIMAL.fullmatch(value) is None:
        raise ValueError(f"not a decimal number: {value!r}")
    try:  # (the pattern leaves out NaN and Infinity; an exponent may still overflow)
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None


#: The template of the dict being read, for a table whose keys do not tell its variant.
_TEMPLATE: ContextVar[str | None] = ContextVar("_TEMPLATE", default=None)


def _variant(keys: set[str], keys_2021: set[str], keys_2019: set[str]) -> str:
    """Which template's variant a table is: by its keys, else by the report's template
    (so a 2021 table missing a key is reported as that, not as a 2019 table)."""
    if keys & keys_2021:
        return "2021"
    if keys & keys_2019:
        return "2019"
    return "2019" if _TEMPLATE.get() == "2019" else "2021"


def _structure_other(value: Any, _: type) -> ApplicantCounts | OtherHandling2021:
    keys = set(value) if isinstance(value, dict) else set()
    if _variant(keys, _OTHER_2021, _APPLICANTS) == "2021":
        return _converter.structure(value, OtherHandling2021)
    return _converter.structure(value, ApplicantCounts)


def _structure_active(value: Any, _: type) -> ActiveDisclosure:
    regulations = value.get("regulations") if isinstance(value, dict) else None
    keys = set(regulations) if isinstance(regulations, dict) else set()
    if not keys and isinstance(value, dict):
        keys = set(value)  # the rows of table 二 differ between the templates too
    if _variant(keys, _ACTIVE_2021, _ACTIVE_2019) == "2021":
        return _converter.structure(value, ActiveDisclosure2021)
    return _converter.structure(value, ActiveDisclosure2019)


# (both have a key "other": only the keys of one tell)
_OTHER_2021 = {f.name for f in attrs.fields(OtherHandling2021)} - {
    f.name for f in attrs.fields(ApplicantCounts)
}
_APPLICANTS = {f.name for f in attrs.fields(ApplicantCounts)} - _OTHER_2021 - {"other"}
_ACTIVE_2021 = {f.name for f in attrs.fields(DocumentCounts2021)} | (
    {f.name for f in attrs.fields(ActiveDisclosure2021)}
    - {f.name for f in attrs.fields(ActiveDisclosure2019)}
)
_ACTIVE_2019 = {f.name for f in attrs.fields(DocumentCounts2019)} | (
    {f.name for f in attrs.fields(ActiveDisclosure2019)}
    - {f.name for f in attrs.fields(ActiveDisclosure2021)}
)


_converter.register_structure_hook(int, _structure_int)
_converter.register_structure_hook(str, _structure_str)
_converter.register_structure_hook(Decimal, _structure_decimal)
_converter.register_unstructure_hook(Decimal, str)


def _union_of(member: type) -> Any:
    def predicate(tp: Any) -> bool:
        return get_origin(tp) in (Union, UnionType) and member in get_args(tp)

    return predicate


def _optional(hook: Any) -> Any:
    def structure(value: Any, tp: Any) -> Any:
        if value is None:
            if type(None) in get_args(tp):
                return None
            raise TypeError("null is not allowed here")
        return hook(value, tp)

    return structure


def _kind(value: Any) -> str:
    """A JSON reader's name for a value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return f"a string ({value!r})"
    if isinstance(value, (list, tuple)):
        return "an array"
    return type(value).__name__


def _object_of(cls: type, inner: Any) -> Any:
    """``inner`` for a JSON object that has every key of ``cls``: another value, or a
    missing key, is an error at the object's path (cattrs would take a missing key as
    its default, a blank, and fail on a list with an error that names no type)."""
    names = [f.name for f in attrs.fields(cls) if f.name not in _NOT_IN_DICT or cls is not Report]

    def structure(value: Any, tp: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_kind(value)}")
        odd = [key for key in value if not isinstance(key, str)]
        if odd:  # (JSON keys are strings; cattrs's message on extra keys joins them)
            raise ValueError(f"a key that is not a string: {odd[0]!r}")
        missing = [name for name in names if name not in value]
        if missing:
            raise ValueError(f"missing key{'s' if len(missing) > 1 else ''}: {', '.join(missing)}")
        return inner(value, tp)

    return structure


def _table_hook(cls: type) -> Any:
    return _object_of(cls, make_dict_structure_fn(cls, _converter, _cattrs_forbid_extra_keys=True))


_converter.register_structure_hook_factory(
    lambda tp: attrs.has(tp) and tp is not Report, _table_hook
)
_converter.register_structure_hook_func(_union_of(OtherHandling2021), _optional(_structure_other))
_converter.register_structure_hook_func(
    _union_of(ActiveDisclosure2019), _optional(_structure_active)
)
_converter.register_unstructure_hook(
    Money, lambda money: {"value": str(money.value), "unit": money.unit}
)
_converter.register_unstructure_hook(
    Report,
    make_dict_unstructure_fn(
        Report, _converter, findings=override(omit=True), source=override(omit=True)
    ),
)
_converter.register_structure_hook(
    Report,
    _object_of(
        Report,
        make_dict_structure_fn(
            Report,
            _converter,
            _cattrs_forbid_extra_keys=True,
            findings=override(omit=True),
            source=override(omit=True),
        ),
    ),
)


def to_dict(report: Report) -> dict[str, Any]:
    """The canonical plain-JSON form of a report (SPEC.md); blanks are ``None``."""
    if not isinstance(report, Report):
        raise TypeError(f"to_dict() takes a Report, not {type(report).__name__}")
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(_converter.unstructure(report, Report))
    return data


def _describe_error(exc: BaseException, type_: Any) -> str:
    if (
        isinstance(exc, (TypeError, ValueError))
        and str(exc)
        and type(exc) in (TypeError, ValueError)
    ):
        return str(exc)
    return format_exception(exc, type_)


def from_dict(data: Any) -> Report:
    """Rebuild a report from :func:`to_dict` output; :class:`SchemaError` names the bad path."""
    if not isinstance(data, dict):
        raise SchemaError(f"expected an object, got {type(data).__name__}")
    if "schema_version" not in data and "source" in data and ("report" in data or "error" in data):
        raise SchemaError(_batch_record(data))
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise SchemaError(
            f"unsupported schema_version {version!r} (this library reads {SCHEMA_VERSION})",
            "$.schema_version",
        )
    template = data.get("template")
    if template is not None and template not in TEMPLATES:
        raise SchemaError(f"unknown template {template!r}", "$.template")
    body = {k: v for k, v in data.items() if k != "schema_version"}
    hint = _TEMPLATE.set(template)
    try:
        report = _converter.structure(body, Report)
    except Exception as exc:  # cattrs raises exception groups with the paths as notes
        messages = cattrs.transform_error(exc, path="$", format_exception=_describe_error)
        first = messages[0] if messages else str(exc)
        path = first.rsplit(" @ ", 1)[-1] if " @ " in first else "$"
        raise SchemaError(first.rsplit(" @ ", 1)[0], path) from None
    finally:
        _TEMPLATE.reset(hint)
    _check_template_shape(report)
    return report


def _batch_record(data: dict[Any, Any]) -> str:
    """What to say of a batch record (``parse_to_dict()``, a JSONL line of the command
    line) given where its canonical form belongs."""
    if data.get("report") is None:
        return (
            "a batch record of a file that yielded no report (its 'error' says why), "
            "not the canonical form"
        )
    return (
        "a batch record (parse_to_dict(), a JSONL line), not the canonical form: "
        "pass record['report']"
    )


def _check_template_shape(report: Report) -> None:
    active = report.active_disclosure
    if report.template == "2021" and isinstance(active, ActiveDisclosure2019):
        raise SchemaError("template 2021 needs the 2021 table 二 keys", "$.active_disclosure")
    if report.template == "2019" and isinstance(active, ActiveDisclosure2021):
        raise SchemaError("template 2019 needs the 2019 table 二 keys", "$.active_disclosure")
    if report.requests is not None:
        other = report.requests.results.other
        if report.template == "2021" and isinstance(other, ApplicantCounts):
            raise SchemaError("template 2021 has three (六) rows", "$.requests.results.other")
        if report.template == "2019" and isinstance(other, OtherHandling2021):
            raise SchemaError("template 2019 has one (六) row", "$.requests.results.other")

"""Hypothesis profiles: ``ci`` (few examples, selected when ``CI=true``), ``dev`` (the
default) and ``thorough`` (for a long local run). ``HYPOTHESIS_PROFILE=<name>``
overrides the choice. Show what the properties drew with
``pytest --hypothesis-show-statistics`` (see docs/rendering.md)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,  # a whole report per example; wall-clock limits would be flaky
    "print_blob": True,
    "suppress_health_check": (HealthCheck.too_slow, HealthCheck.data_too_large),
}

settings.register_profile("ci", max_examples=25, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("dev", max_examples=100, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("thorough", max_examples=2000, **_COMMON)  # type: ignore[arg-type]

_IN_CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if _IN_CI else "dev"))

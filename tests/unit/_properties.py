"""How hard the unit tier's property tests search: a few dozen examples per property on every run, keeping the tier
fast; ``LITELLM_SDK_DEEP_PROPERTIES=1`` searches ten times as hard (before a release, or after touching a parser)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

DEPTH = 10 if os.environ.get("LITELLM_SDK_DEEP_PROPERTIES") == "1" else 1


def searching(examples: int) -> settings:
    """Settings for a property test that tries ``examples`` inputs per run (times DEPTH), with no per-example
    deadline: a loaded machine must not turn a slow example into a failure."""
    return settings(max_examples=examples * DEPTH, deadline=None, suppress_health_check=[HealthCheck.too_slow])

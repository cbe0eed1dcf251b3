"""The response side of the SDK against the fixed spec of the pinned release (openapi/litellm-openapi.json).

The fields are not listed here: scripts/_regen/sdk_fields.py runs the SDK's own readers (litellm_sdk/_manage/records.py,
capabilities.py, errors.py) on recording mappings and collects what they ask for. A field the SDK reads that the
spec does not declare for that body fails, unless sdk_fields.KNOWN_ABSENT says why it is rightly absent.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from _regen import sdk_fields

from litellm_sdk._manage.records import key_info_from_record
from litellm_sdk.types import CAPABILITY_FEATURES

ROOT = Path(__file__).resolve().parents[2]

SPEC: dict[str, Any] = json.loads((ROOT / "openapi" / "litellm-openapi.json").read_text(encoding="utf-8"))
MODEL_GROUP = "GET /model_group/info 200 data[] (model group)"
GENERATE = "POST /key/generate 200 (key record)"


def test_every_field_the_sdk_reads_is_declared_by_the_pinned_spec() -> None:
    unexplained = [f"{surface}: {name}" for surface, name, why in sdk_fields.missing_fields(SPEC) if why is None]
    assert unexplained == [], (
        "the SDK reads fields the pinned spec does not declare: fix the reader, add a spec fix (with a reason) if"
        " LiteLLM really sends the field, or explain it in scripts/_regen/sdk_fields.py KNOWN_ABSENT"
    )


def test_every_known_absence_is_still_read_and_still_absent() -> None:
    missing = {(surface, name) for surface, name, _ in sdk_fields.missing_fields(SPEC)}
    stale = sorted(set(sdk_fields.KNOWN_ABSENT) - missing)
    assert stale == [], "KNOWN_ABSENT entries no longer needed (declared by the spec now, or no longer read)"


def test_every_surface_is_in_the_spec() -> None:
    assert [s.label for s in sdk_fields.SURFACES if sdk_fields.surface_schema(SPEC, s) is None] == []


def test_the_fields_come_from_the_readers() -> None:
    reads = sdk_fields.fields_read()
    assert set(CAPABILITY_FEATURES) <= set(reads[MODEL_GROUP])  # every supports_* flag the SDK maps to a feature
    assert reads["error body ErrorEnvelope.error"] == ("message", "type", "param")
    assert len(reads[GENERATE]) >= 15
    # injected fields are the SDK's own: /key/info's record gets `token` from find_key_record
    assert "token" in reads[GENERATE] and "token" not in reads["GET /key/info 200 info (key record)"]


def test_the_spy_sees_every_way_of_asking() -> None:
    spy = sdk_fields.Spy(present=1)
    spy.get("a")
    assert "b" not in spy
    assert spy["present"] == 1
    assert spy.asked == ["a", "b", "present"]


def test_a_field_removed_upstream_is_named() -> None:
    """What downgrading to 1.100.5 does (no supports_fast_mode in ModelGroupInfo): now it is noticed."""
    spec = copy.deepcopy(SPEC)
    del spec["components"]["schemas"]["ModelGroupInfoProxy"]["properties"]["supports_fast_mode"]
    assert (MODEL_GROUP, "supports_fast_mode", None) in sdk_fields.missing_fields(spec)


def test_without_its_explanation_budget_reset_at_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sdk_fields, "KNOWN_ABSENT", {})
    assert (GENERATE, "budget_reset_at", None) in sdk_fields.missing_fields(SPEC)


def test_per_model_limits_are_read_where_key_info_keeps_them() -> None:
    """/key/info keeps model_tpm_limit / model_rpm_limit in metadata (a known absence the check turned up)."""
    recorded = json.loads((ROOT / "openapi" / "recorded-examples.json").read_text(encoding="utf-8"))
    record = recorded["GET /key/info"]["200"]["default"]["info"]
    assert "model_tpm_limit" not in record
    info = key_info_from_record("sk-x", record, ())
    assert info.rate_limit.model_tpm == record["metadata"]["model_tpm_limit"]
    assert info.rate_limit.model_rpm == record["metadata"]["model_rpm_limit"]

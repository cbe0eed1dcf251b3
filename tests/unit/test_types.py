"""Public value types: JSON round trip, masking, budgets that mean what LiteLLM means."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from litellm_sdk import BudgetInfo, VirtualKeyInfo
from litellm_sdk._manage.records import budget_from_record, key_info_from_record
from litellm_sdk.capabilities import model_from_group

from ._fake_proxy import GROUPS

SECRET = "sk-test-secret-value-0123456789abcdef"


def make_info() -> VirtualKeyInfo:
    record = {
        "key": SECRET,
        "token_id": "abc",
        "models": ["gpt-4o-vision", "dall-e-3"],
        "max_budget": 10.0,
        "spend": 2.5,
        "expires": "2030-01-01T00:00:00",
        "tags": ["premium"],
        "metadata": {"plan": "pro"},
        "aliases": {"fast": "plain-chat"},
        "model_rpm_limit": {"gpt-4o-vision": 5},
        "model_max_budget": {"gpt-4o-vision": {"budget_limit": 1.0, "time_period": "1d"}},
        "tpm_limit": 1000,
        "user_id": "u1",
        "team_id": "t1",
        "future_field": [1, 2],
    }
    models = tuple(model_from_group(GROUPS[n]) for n in ("dall-e-3", "gpt-4o-vision"))
    return key_info_from_record(SECRET, record, models)


def test_round_trip_through_json() -> None:
    info = make_info()
    again = VirtualKeyInfo.from_dict(json.loads(json.dumps(info.to_dict())))
    assert again == info
    assert again.raw["future_field"] == [1, 2]


def test_fields_from_the_record() -> None:
    info = make_info()
    assert info.expires_at == datetime(2030, 1, 1, tzinfo=timezone.utc)
    assert info.budget is not None
    assert info.budget.remaining == 7.5
    assert info.budget.per_model["gpt-4o-vision"]["budget_limit"] == 1.0
    assert info.rate_limit is not None
    assert info.rate_limit.model_rpm == {"gpt-4o-vision": 5}
    assert info.rate_limit.tpm == 1000
    assert info.features.image_generation and info.features.vision and info.features.chat
    assert not info.features.audio_transcription
    assert info.tags == ("premium",)
    assert info.allowed_models == ("gpt-4o-vision", "dall-e-3")


def test_repr_and_str_never_show_the_key() -> None:
    info = make_info()
    for text in (repr(info), str(info), repr(info.to_dict()["features"])):
        assert SECRET not in text
    assert "...cdef" in repr(info)


def test_unlimited_budget_has_no_remaining() -> None:
    budget = budget_from_record({"max_budget": None, "spend": 0.0})
    assert budget.max is None
    assert budget.remaining is None
    assert not budget.exhausted
    assert BudgetInfo(max=1.0, spent=3.0).remaining == 0.0


def test_expiry_helper() -> None:
    info = make_info()
    assert not info.is_expired()
    soon = datetime(2029, 12, 31, 23, 59, tzinfo=timezone.utc)
    assert info.is_expired(at=soon, leeway=timedelta(minutes=5).total_seconds())


def test_tags_from_metadata_when_not_top_level() -> None:
    info = key_info_from_record(SECRET, {"metadata": {"tags": ["a", "b"]}}, ())
    assert info.tags == ("a", "b")
    assert info.budget is not None
    assert info.budget.max is None

"""The public value types: defaults, which mode or flag turns on which feature, budgets and expiry at their
edges, masking in repr/str, hashing with mapping fields, and the JSON round trip of every field."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
import pytest

from litellm_sdk import BudgetInfo, VirtualKeyInfo
from litellm_sdk._manage.records import budget_from_record, key_info_from_record
from litellm_sdk.capabilities import model_from_group
from litellm_sdk.types import CAPABILITY_FEATURES, MODE_FEATURES, Features, KeySummary, ModelInfo, RateLimitInfo

from .._fake_proxy import GROUPS

SECRET = "sk-test-secret-value-0123456789abcdef"
UTC = timezone.utc
FEATURE_NAMES = [f.name for f in attrs.fields(Features)]


# README "info is a frozen VirtualKeyInfo": the modes and the capabilities, in this order
README_MODES = [
    "chat", "completion", "embeddings", "image_generation", "image_edit", "audio_transcription", "audio_speech",
    "moderation", "rerank", "realtime", "responses", "ocr", "video_generation", "batch", "search",
]  # fmt: skip


README_CAPABILITIES = [
    "vision", "function_calling", "parallel_function_calling", "reasoning", "web_search", "url_context",
    "fast_mode", "background_chat", "continuation",
]  # fmt: skip


def full_model(**changes: Any) -> ModelInfo:
    values: dict[str, Any] = {
        "id": "gpt-4o",
        "name": "GPT 4o",
        "provider": "openai",
        "providers": ("openai", "azure"),
        "mode": "chat",
        "max_input_tokens": 128000,
        "max_output_tokens": 4096,
        "input_cost_per_token": 2.5e-06,
        "output_cost_per_token": 1e-05,
        "tpm": 1000,
        "rpm": 10,
        "supports_vision": True,
        "supports_function_calling": True,
        "supports_parallel_function_calling": True,
        "supports_reasoning": True,
        "supports_web_search": True,
        "supports_url_context": True,
        "supports_fast_mode": True,
        "supports_background_chat": True,
        "supports_continuation": True,
        "supported_endpoints": ("/v1/chat/completions",),
        "supported_openai_params": ("tools", "temperature"),
        "description": "d",
        "extra": {"future": [1]},
    }
    values.update(changes)
    return ModelInfo(**values)


def full_info() -> VirtualKeyInfo:
    return VirtualKeyInfo(
        key=SECRET,
        token_id="hash",
        key_alias="alias",
        models=(full_model(), full_model(id="e", name="e", mode="embedding", supports_vision=False)),
        features=Features(chat=True, vision=True),
        budget=BudgetInfo(
            max=10.0,
            spent=2.5,
            duration="30d",
            resets_at=datetime(2030, 1, 1, tzinfo=UTC),
            per_model={"gpt-4o": {"budget_limit": 1.0, "time_period": "1d"}},
        ),
        rate_limit=RateLimitInfo(tpm=1, rpm=2, max_parallel_requests=3, model_tpm={"a": 4}, model_rpm={"b": 5}),
        tags=("t1", "t2"),
        expires_at=datetime(2031, 2, 3, 4, 5, 6, tzinfo=UTC),
        user_id="u1",
        team_id="team",
        metadata={"plan": "pro"},
        aliases={"fast": "gpt-4o"},
        created_at=datetime(2029, 1, 1, tzinfo=UTC),
        blocked=True,
        allowed_models=("gpt-4o", "e", "x/*"),
        unavailable_models=("x/*",),
        raw={"key": SECRET, "future": True},
    )


# --- the feature tables ------------------------------------------------------------------------------------------


def test_features_are_the_readme_s_modes_then_capabilities() -> None:
    assert FEATURE_NAMES == README_MODES + README_CAPABILITIES
    assert sorted(set(MODE_FEATURES.values())) == sorted(README_MODES)
    assert list(CAPABILITY_FEATURES.values()) == README_CAPABILITIES
    assert list(CAPABILITY_FEATURES) == [f"supports_{c}" for c in README_CAPABILITIES]


@pytest.mark.parametrize(
    ("mode", "feature"),
    [
        *[(m, m) for m in README_MODES if m not in ("embeddings", "moderation")],
        ("embedding", "embeddings"),  # LiteLLM's mode names, singular and plural
        ("embeddings", "embeddings"),
        ("moderation", "moderation"),
        ("moderations", "moderation"),
        ("CHAT", "chat"),  # modes are read case-insensitively
        ("Image_Generation", "image_generation"),
    ],
)
def test_each_mode_turns_on_its_feature_only(mode: str, feature: str) -> None:
    features = Features.from_models([ModelInfo(id="m", name="m", mode=mode)])
    assert features.enabled() == (feature,)


@pytest.mark.parametrize("capability", README_CAPABILITIES)
def test_each_supports_flag_turns_on_its_capability_only(capability: str) -> None:
    model = ModelInfo(id="m", name="m", **{f"supports_{capability}": True})
    assert model.capabilities == frozenset({capability})
    assert Features.from_models([model]).enabled() == (capability,)


def test_a_model_without_flags_or_known_mode_turns_on_nothing() -> None:
    bare = ModelInfo(id="m", name="n")
    assert (bare.provider, bare.providers, bare.mode, bare.supported_endpoints, bare.description) == (
        "unknown",
        (),
        None,
        None,
        None,
    )
    assert bare.capabilities == frozenset()
    assert not bare.servable
    assert all(getattr(bare, flag) is False for flag in CAPABILITY_FEATURES)
    assert Features.from_models([bare, ModelInfo(id="x", name="x", mode="telepathy")]).enabled() == ()
    assert Features().enabled() == ()
    assert all(v is False for v in Features().to_dict().values())
    assert ModelInfo(id="m", name="n", providers=("openai",)).servable


def test_features_aggregate_over_models() -> None:
    a = ModelInfo(id="a", name="a", mode="chat", supports_vision=True)
    b = ModelInfo(id="b", name="b", mode="audio_transcription")
    assert Features.from_models([a, b]).enabled() == ("chat", "audio_transcription", "vision")


def test_features_from_dict_reads_truthiness_and_ignores_unknown_names() -> None:
    got = Features.from_dict({"chat": 1, "vision": "yes", "ocr": 0, "teleport": True})
    assert got.enabled() == ("chat", "vision")
    assert got.chat is True and got.vision is True and got.ocr is False
    assert Features.from_dict(got.to_dict()) == got
    assert got.to_dict() == {name: name in ("chat", "vision") for name in FEATURE_NAMES}


# --- ModelInfo JSON ----------------------------------------------------------------------------------------------


def test_model_to_dict_is_json_and_round_trips_every_field() -> None:
    model = full_model()
    data = model.to_dict()
    assert data["providers"] == ["openai", "azure"]
    assert data["supported_openai_params"] == ["tools", "temperature"]
    assert data["supported_endpoints"] == ["/v1/chat/completions"]
    assert data["extra"] == {"future": [1]}
    assert json.loads(json.dumps(data)) == data  # lists, not tuples
    assert set(data) == {f.name for f in attrs.fields(ModelInfo)}
    again = ModelInfo.from_dict(json.loads(json.dumps(data)))
    assert again == model
    assert isinstance(again.providers, tuple)
    assert again.supported_openai_params == ("tools", "temperature")
    assert again.supported_endpoints == ("/v1/chat/completions",)
    data["extra"]["added"] = True  # a copy: changing it leaves the model alone
    assert model.extra == {"future": [1]}


def test_model_none_lists_stay_none_and_unknown_keys_are_dropped() -> None:
    bare = ModelInfo(id="m", name="n")
    data = bare.to_dict()
    assert (data["supported_openai_params"], data["supported_endpoints"], data["providers"]) == (None, None, [])
    assert data["extra"] == {}
    again = ModelInfo.from_dict({**data, "new_in_a_later_sdk": 1})
    assert again == bare
    assert again.supported_openai_params is None and again.supported_endpoints is None
    minimal = ModelInfo.from_dict({"id": "m", "name": "n", "providers": None, "extra": None})
    assert minimal == bare
    assert ModelInfo.from_dict({"id": "m", "name": "n", "supported_endpoints": []}).supported_endpoints == ()


def test_model_extra_is_kept_out_of_repr_and_hash() -> None:
    model = full_model(extra={"secretish": "value-in-extra"})
    assert "value-in-extra" not in repr(model)
    assert hash(model) == hash(full_model(extra={"other": []}))  # dict fields are not hashed
    assert model != full_model(extra={"other": []})  # ... but compared


# --- budgets -----------------------------------------------------------------------------------------------------


def test_budget_remaining_and_exhausted_at_the_edges() -> None:
    assert BudgetInfo(max=10.0, spent=2.5).remaining == 7.5
    assert BudgetInfo(max=10.0, spent=10.0).remaining == 0.0
    assert BudgetInfo(max=10.0, spent=12.0).remaining == 0.0  # never negative
    assert not BudgetInfo(max=10.0, spent=9.99).exhausted
    assert BudgetInfo(max=10.0, spent=10.0).exhausted  # spending the whole budget exhausts it
    assert BudgetInfo(max=0.0).exhausted  # a zero budget is exhausted, unlimited is not
    assert not BudgetInfo(max=None, spent=1e9).exhausted
    assert BudgetInfo(max=None, spent=1e9).remaining is None
    assert BudgetInfo(max=1.0).spent == 0.0


def test_budget_to_dict_and_back() -> None:
    budget = BudgetInfo(
        max=10.0,
        spent=4.0,
        duration="30d",
        resets_at=datetime(2030, 1, 1, 12, tzinfo=UTC),
        per_model={"m": {"budget_limit": 1.0}},
    )
    data = budget.to_dict()
    assert data == {
        "max": 10.0,
        "spent": 4.0,
        "remaining": 6.0,
        "duration": "30d",
        "resets_at": "2030-01-01T12:00:00+00:00",
        "per_model": {"m": {"budget_limit": 1.0}},
    }
    assert BudgetInfo.from_dict(json.loads(json.dumps(data))) == budget
    empty = BudgetInfo.from_dict({})
    assert empty == BudgetInfo(max=None)
    assert empty.spent == 0.0 and isinstance(empty.spent, float)
    assert BudgetInfo.from_dict({"max": 1, "spent": None, "per_model": None}) == BudgetInfo(max=1)
    assert BudgetInfo.from_dict({"max": 1, "spent": 2}).spent == 2.0
    hash(budget)


def test_datetimes_from_json_are_aware_and_z_is_utc() -> None:
    def resets(value: Any) -> datetime | None:
        return BudgetInfo.from_dict({"max": None, "resets_at": value}).resets_at

    assert resets("2030-01-01T00:00:00Z") == datetime(2030, 1, 1, tzinfo=UTC)
    assert resets("2030-01-01T00:00:00") == datetime(2030, 1, 1, tzinfo=UTC)  # naive is UTC
    assert resets("2030-01-01T02:00:00+02:00") == datetime(2030, 1, 1, tzinfo=UTC)
    assert resets("2030-01-01T02:00:00+02:00").utcoffset() == timedelta(hours=2)  # type: ignore[union-attr]
    already = datetime(2030, 1, 1, tzinfo=UTC)
    assert resets(already) is already
    assert resets(None) is None


# --- rate limits -------------------------------------------------------------------------------------------------


def test_rate_limits_round_trip() -> None:
    limits = RateLimitInfo(tpm=1, rpm=2, max_parallel_requests=3, model_tpm={"a": 4}, model_rpm={"b": 5})
    data = limits.to_dict()
    assert data == {"tpm": 1, "rpm": 2, "max_parallel_requests": 3, "model_tpm": {"a": 4}, "model_rpm": {"b": 5}}
    assert RateLimitInfo.from_dict(json.loads(json.dumps(data))) == limits
    assert RateLimitInfo.from_dict({}) == RateLimitInfo()
    assert RateLimitInfo.from_dict({"model_tpm": None, "model_rpm": None}) == RateLimitInfo()
    assert RateLimitInfo() == RateLimitInfo(tpm=None, rpm=None, max_parallel_requests=None)
    hash(limits)


# --- VirtualKeyInfo ----------------------------------------------------------------------------------------------


def test_key_info_to_dict_has_every_field_and_round_trips() -> None:
    info = full_info()
    data = info.to_dict()
    assert set(data) == {f.name for f in attrs.fields(VirtualKeyInfo)}
    assert data["key"] == SECRET  # to_dict gives the secret on purpose (README)
    assert data["token_id"] == "hash" and data["key_alias"] == "alias"
    assert data["models"] == [m.to_dict() for m in info.models]
    assert data["features"] == Features(chat=True, vision=True).to_dict()
    assert data["budget"]["remaining"] == 7.5
    assert data["rate_limit"] == {
        "tpm": 1,
        "rpm": 2,
        "max_parallel_requests": 3,
        "model_tpm": {"a": 4},
        "model_rpm": {"b": 5},
    }
    assert data["tags"] == ["t1", "t2"]
    assert data["expires_at"] == "2031-02-03T04:05:06+00:00"
    assert data["created_at"] == "2029-01-01T00:00:00+00:00"
    assert (data["user_id"], data["team_id"], data["blocked"]) == ("u1", "team", True)
    assert data["metadata"] == {"plan": "pro"} and data["aliases"] == {"fast": "gpt-4o"}
    assert data["allowed_models"] == ["gpt-4o", "e", "x/*"]
    assert data["unavailable_models"] == ["x/*"]
    assert data["raw"] == {"key": SECRET, "future": True}
    again = VirtualKeyInfo.from_dict(json.loads(json.dumps(data)))
    assert again == info
    assert again.raw == info.raw  # raw is not compared by ==: check it on its own
    assert again.to_dict() == data


def test_an_empty_key_info_round_trips() -> None:
    info = VirtualKeyInfo(key=SECRET)
    data = info.to_dict()
    assert data["budget"] is None and data["rate_limit"] is None
    assert data["expires_at"] is None and data["created_at"] is None
    assert data["blocked"] is False
    again = VirtualKeyInfo.from_dict(data)
    assert again == info
    assert again.budget is None and again.rate_limit is None
    assert VirtualKeyInfo.from_dict({"key": SECRET}) == info
    nulls = {k: None for k in data if k != "key"}
    assert VirtualKeyInfo.from_dict({"key": SECRET, **nulls}) == info
    assert VirtualKeyInfo.from_dict({"key": SECRET, "blocked": 1}).blocked is True


def test_key_info_hashes_with_its_mappings_and_compares_without_raw() -> None:
    info = full_info()
    assert hash(info) == hash(attrs.evolve(info, metadata={"x": 1}, aliases={}, raw={"y": 2}))
    assert info == attrs.evolve(info, raw={"other": "record"})  # raw is the proxy's record, not the key's value
    assert info != attrs.evolve(info, metadata={"x": 1})
    assert len({info, attrs.evolve(info, raw={})}) == 1


def test_repr_and_str_mask_the_key_and_leave_out_raw_and_metadata() -> None:
    info = attrs.evolve(full_info(), metadata={"note": "meta-value"}, aliases={"al": "alias-value"})
    text = repr(info)
    assert SECRET not in text
    assert "key='sk-...cdef'" in text
    assert "meta-value" not in text and "alias-value" not in text and "future" not in text
    assert str(info) == (
        "VirtualKeyInfo(key=sk-...cdef, models=['gpt-4o', 'e'], features=['chat', 'vision'], "
        "user_id='u1', team_id='team')"
    )
    assert info.masked_key == "sk-...cdef"
    assert VirtualKeyInfo(key="short").masked_key == "***"


def test_model_lookup_and_ids() -> None:
    info = full_info()
    assert info.model_ids == ("gpt-4o", "e")
    assert info.model("e") is info.models[1]
    assert info.model("gpt-4o") is info.models[0]
    assert info.model("missing") is None


def test_is_expired_within_the_leeway() -> None:
    at = datetime(2030, 1, 1, tzinfo=UTC)
    info = VirtualKeyInfo(key=SECRET, expires_at=at + timedelta(seconds=60))
    assert not info.is_expired(at=at)
    assert not info.is_expired(at=at, leeway=59.9)
    assert info.is_expired(at=at, leeway=60)  # expiring exactly within the leeway counts
    assert info.is_expired(at=at + timedelta(seconds=60))  # at the expiry instant it is expired
    assert not info.is_expired(at=at + timedelta(seconds=59))
    assert info.is_expired(at=at + timedelta(seconds=61))
    assert not VirtualKeyInfo(key=SECRET).is_expired(at=at, leeway=1e9)
    # default "now": a key that expired a minute ago is expired, one that expires in a day is not
    now = datetime.now(UTC)
    assert VirtualKeyInfo(key=SECRET, expires_at=now - timedelta(minutes=1)).is_expired()
    assert not VirtualKeyInfo(key=SECRET, expires_at=now + timedelta(days=1)).is_expired()


# --- KeySummary --------------------------------------------------------------------------------------------------


def test_key_summary_to_dict() -> None:
    summary = KeySummary(
        token_id="hash",
        key_alias="a",
        key_name="sk-...wxyz",
        user_id="u",
        team_id="t",
        models=("m1", "m2"),
        spend=1.5,
        max_budget=3.0,
        expires_at=datetime(2030, 1, 1, tzinfo=UTC),
        created_at=datetime(2029, 1, 1, tzinfo=UTC),
        blocked=True,
        metadata={"k": "v"},
        raw={"token": "hash"},
    )
    data = summary.to_dict()
    assert data == {
        "token_id": "hash",
        "key_alias": "a",
        "key_name": "sk-...wxyz",
        "user_id": "u",
        "team_id": "t",
        "models": ["m1", "m2"],
        "spend": 1.5,
        "max_budget": 3.0,
        "expires_at": "2030-01-01T00:00:00+00:00",
        "created_at": "2029-01-01T00:00:00+00:00",
        "blocked": True,
        "metadata": {"k": "v"},
        "raw": {"token": "hash"},
    }
    assert json.loads(json.dumps(data)) == data
    data["metadata"]["added"] = data["raw"]["added"] = True  # copies: changing them leaves the summary alone
    assert summary.metadata == {"k": "v"} and summary.raw == {"token": "hash"}
    assert "'v'" not in repr(summary)
    assert hash(summary) == hash(attrs.evolve(summary, metadata={}, raw={}))
    assert summary == attrs.evolve(summary, raw={})
    bare = KeySummary(token_id="h")
    assert (bare.spend, bare.blocked, bare.models, bare.max_budget) == (0.0, False, (), None)
    assert bare.to_dict()["expires_at"] is None


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

"""Model-group records -> ModelInfo -> Features: every field read, odd types read as unknown, which groups are
servable, sentinels and wildcards, the sorted model list, and the features as the union over a key's models."""

from __future__ import annotations

import math
from typing import Any

import pytest

from litellm_sdk import Features, InvalidResponseError
from litellm_sdk.capabilities import (
    SENTINELS,
    aggregate_features,
    is_pattern,
    matching_groups,
    model_from_group,
    models_from_groups,
    only_sentinels,
    servable,
    unexpanded_patterns,
)
from litellm_sdk.types import CAPABILITY_FEATURES, ModelInfo

from .._fake_proxy import GROUPS


def test_vision_model_flags_and_numbers() -> None:
    model = model_from_group(GROUPS["gpt-4o-vision"])
    assert model.id == "gpt-4o-vision"
    assert model.provider == "openai"
    assert model.mode == "chat"
    assert model.max_input_tokens == 128000
    assert isinstance(model.max_input_tokens, int)
    assert model.supports_vision and model.supports_function_calling and model.supports_parallel_function_calling
    assert not model.supports_reasoning
    assert model.capabilities == {"vision", "function_calling", "parallel_function_calling"}
    assert model.supported_openai_params == ("tools", "temperature")


@pytest.mark.parametrize(
    ("names", "on"),
    [
        ([], set()),
        (["plain-chat"], {"chat"}),
        (["dall-e-3"], {"image_generation"}),
        (["plain-chat", "dall-e-3", "whisper-1"], {"chat", "image_generation", "audio_transcription"}),
        (["text-embedding-3-small"], {"embeddings"}),
        (
            list(GROUPS),
            {
                "chat",
                "image_generation",
                "audio_transcription",
                "embeddings",
                "vision",
                "function_calling",
                "parallel_function_calling",
            },
        ),
    ],
)
def test_features_are_the_union_over_models(names: list[str], on: set[str]) -> None:
    features = aggregate_features(model_from_group(GROUPS[n]) for n in names)
    assert set(features.enabled()) == on


@pytest.mark.parametrize(
    ("mode", "feature"),
    [
        ("completion", "completion"),
        ("audio_speech", "audio_speech"),
        ("moderations", "moderation"),
        ("rerank", "rerank"),
        ("realtime", "realtime"),
        ("responses", "responses"),
        ("ocr", "ocr"),
        ("video_generation", "video_generation"),
        ("image_edit", "image_edit"),
    ],
)
def test_every_mode_maps_to_a_feature(mode: str, feature: str) -> None:
    features = aggregate_features([model_from_group({"model_group": "m", "providers": [], "mode": mode})])
    assert features.enabled() == (feature,)


def test_odd_values_read_as_unknown_not_as_failures() -> None:
    model = model_from_group(
        {
            "model_group": "weird",
            "providers": "openai",
            "mode": None,
            "max_input_tokens": "lots",
            "supports_vision": "yes",
            "supported_openai_params": None,
            "brand_new": 1,
        }
    )
    assert model.provider == "unknown"
    assert model.mode is None
    assert model.max_input_tokens is None
    assert model.supports_vision is False
    assert model.supported_openai_params is None
    assert model.extra == {"brand_new": 1}
    assert aggregate_features([model]) == Features()


def test_groups_payload_shape_is_checked() -> None:
    with pytest.raises(InvalidResponseError):
        models_from_groups([{"model_group": "x"}])
    with pytest.raises(InvalidResponseError):
        models_from_groups({"data": [{"no": "name"}]})
    models = models_from_groups({"data": [GROUPS["plain-chat"], GROUPS["dall-e-3"]]})
    assert [m.id for m in models] == ["dall-e-3", "plain-chat"]


def test_a_wildcard_deployments_own_pattern_is_no_model() -> None:
    # what 1.90.7 answers a key with models=["anthropic/claude-haiku*"] (a wildcard deployment of that name)
    matched = {**GROUPS["plain-chat"], "model_group": "anthropic/claude-haiku-4-5-20251001", "providers": ["anthropic"]}
    pattern = {**GROUPS["plain-chat"], "model_group": "anthropic/claude-haiku*", "providers": ["anthropic"]}
    models = models_from_groups({"data": [pattern, matched]})
    assert [m.id for m in models] == ["anthropic/claude-haiku-4-5-20251001"]
    assert models_from_groups({"data": [pattern]}) == ()


def test_model_group_fields_of_litellm_1_110_surface_in_model_info_and_features() -> None:
    from litellm_sdk.capabilities import model_from_group
    from litellm_sdk.types import Features

    group = {
        "model_group": "gpt-5",
        "providers": ["openai"],
        "mode": "responses",
        "supported_endpoints": ["/v1/responses", "/v1/chat/completions"],
        "supports_background_chat": True,
        "supports_continuation": True,
    }
    model = model_from_group(group)
    assert model.supported_endpoints == ("/v1/responses", "/v1/chat/completions")
    assert model.supports_background_chat and model.supports_continuation
    assert {"background_chat", "continuation"} <= model.capabilities
    features = Features.from_models([model])
    assert features.background_chat and features.continuation and features.responses
    assert "supported_endpoints" not in model.extra
    older = model_from_group({"model_group": "old", "providers": ["openai"], "mode": "chat"})
    assert older.supported_endpoints is None and not older.supports_continuation
    assert type(model).from_dict(model.to_dict()) == model


def group(name: str = "m", **fields: Any) -> dict[str, Any]:
    return {"model_group": name, "providers": ["openai"], **fields}


def test_every_known_field_is_read_and_the_rest_kept_in_extra() -> None:
    record = {
        "model_group": "gpt-4o",
        "providers": ["azure", 5, "openai"],
        "mode": "chat",
        "max_input_tokens": 128000,
        "max_output_tokens": 4096.0,
        "input_cost_per_token": 2,
        "output_cost_per_token": 1e-05,
        "tpm": 100,
        "rpm": 7,
        "supported_openai_params": ["tools", None, "temperature"],
        "supported_endpoints": ["/v1/chat/completions", 3],
        "description": "a model",
        **dict.fromkeys(CAPABILITY_FEATURES, True),
        "model_info": {"future": 1},
        "configurable_clientside_auth_params": None,
    }
    model = model_from_group(record)
    assert model == ModelInfo(
        id="gpt-4o",
        name="gpt-4o",
        provider="azure",  # the first provider
        providers=("azure", "openai"),  # non-strings dropped
        mode="chat",
        max_input_tokens=128000,
        max_output_tokens=4096,
        input_cost_per_token=2.0,
        output_cost_per_token=1e-05,
        tpm=100,
        rpm=7,
        supported_openai_params=("tools", "temperature"),
        supported_endpoints=("/v1/chat/completions",),
        description="a model",
        extra={"model_info": {"future": 1}, "configurable_clientside_auth_params": None},
        **dict.fromkeys(CAPABILITY_FEATURES, True),
    )
    assert type(model.max_output_tokens) is int
    assert type(model.input_cost_per_token) is float
    assert model.extra == {"model_info": {"future": 1}, "configurable_clientside_auth_params": None}


@pytest.mark.parametrize("bad", [None, True, False, "5", [5], math.nan, math.inf, -math.inf])
def test_numbers_of_another_type_or_not_finite_read_as_unknown(bad: Any) -> None:
    model = model_from_group(
        group(
            max_input_tokens=bad,
            max_output_tokens=bad,
            input_cost_per_token=bad,
            output_cost_per_token=bad,
            tpm=bad,
            rpm=bad,
        )
    )
    assert (model.max_input_tokens, model.max_output_tokens, model.tpm, model.rpm) == (None, None, None, None)
    assert (model.input_cost_per_token, model.output_cost_per_token) == (None, None)


def test_zero_is_a_number_not_unknown() -> None:
    model = model_from_group(group(max_input_tokens=0, tpm=0.0, input_cost_per_token=0, output_cost_per_token=0.0))
    assert (model.max_input_tokens, model.tpm, model.input_cost_per_token, model.output_cost_per_token) == (
        0,
        0,
        0.0,
        0.0,
    )
    assert model_from_group(group(rpm=2.9)).rpm == 2  # a float count is truncated to int


def test_strings_lists_and_flags_of_another_type_read_as_unknown() -> None:
    model = model_from_group(
        {
            "model_group": "m",
            "providers": "openai",
            "mode": "",
            "description": 5,
            "supported_openai_params": "tools",
            "supported_endpoints": {"/v1": 1},
            "supports_vision": "true",
            "supports_reasoning": 1,
        }
    )
    assert model.providers == () and model.provider == "unknown"
    assert model.mode is None and model.description is None
    assert model.supported_openai_params is None and model.supported_endpoints is None
    assert model.supports_vision is False and model.supports_reasoning is False  # only a JSON true is true
    assert model.extra == {}
    empty = model_from_group({"model_group": "m", "providers": [], "supported_openai_params": []})
    assert empty.providers == () and empty.provider == "unknown"
    assert empty.supported_openai_params == ()


@pytest.mark.parametrize("record", [{"model_group": 5}, {}, ["model_group"], "m", None])
def test_a_record_without_a_name_is_an_invalid_response(record: Any) -> None:
    with pytest.raises(InvalidResponseError) as info:
        model_from_group(record)
    assert info.value.message == "A model group record has no model_group name"


def test_servable_is_false_only_for_an_empty_providers_list() -> None:
    assert servable(group())
    assert not servable({"model_group": "m", "providers": []})
    assert servable({"model_group": "m"})  # no providers field: not known to be unservable
    assert servable({"model_group": "m", "providers": None})
    assert servable({"model_group": "m", "providers": "openai"})
    assert servable(["not", "a", "mapping"])  # type: ignore[arg-type]


def test_sentinels_and_patterns() -> None:
    assert {"all-team-models", "all-proxy-models", "all-org-models"} == SENTINELS
    for name in ("openai/*", "*", "claude-*-haiku", *SENTINELS):
        assert is_pattern(name)
    for name in ("gpt-4o", "all-models", "openai/gpt-4o"):
        assert not is_pattern(name)


def test_only_sentinels() -> None:
    sentinel = {"model_group": "all-team-models", "providers": []}
    assert only_sentinels({"data": [sentinel]})
    assert only_sentinels({"data": [sentinel, {"model_group": "all-proxy-models", "providers": []}]})
    assert not only_sentinels({"data": []})
    assert not only_sentinels({"data": None})
    assert not only_sentinels(["data"])
    assert not only_sentinels({"data": [sentinel, {"model_group": "gpt-4o", "providers": []}]})
    assert not only_sentinels({"data": [{"model_group": "all-team-models", "providers": ["openai"]}]})
    assert not only_sentinels({"data": [sentinel, "all-team-models"]})


def test_unexpanded_patterns_are_unservable_wildcard_groups() -> None:
    payload = {
        "data": [
            {"model_group": "anthropic/*", "providers": []},
            {"model_group": "openai/*", "providers": ["openai"]},  # served: expanded by a deployment
            {"model_group": "gpt-4o", "providers": []},
            {"model_group": 5, "providers": []},
            "openai/*",
            {"model_group": "x/*-mini", "providers": []},
        ]
    }
    assert unexpanded_patterns(payload) == ("anthropic/*", "x/*-mini")
    assert unexpanded_patterns({"data": "x"}) == ()
    assert unexpanded_patterns(None) == ()


def test_matching_groups_are_servable_groups_matching_a_pattern() -> None:
    a = group("anthropic/claude-haiku-4-5")
    b = group("anthropic/claude-sonnet")
    unservable = {"model_group": "anthropic/claude-opus", "providers": []}
    payload = {"data": [a, b, unservable, group("openai/gpt-4o"), {"model_group": None}, "anthropic/x"]}
    assert matching_groups(payload, ["anthropic/*haiku*"]) == [a]
    assert matching_groups(payload, iter(["anthropic/*"])) == [a, b]  # any iterable, read once
    assert matching_groups(payload, ["Anthropic/*"]) == []  # case matters
    assert matching_groups(payload, []) == []
    assert matching_groups({"data": None}, ["*"]) == []
    assert matching_groups("x", ["*"]) == []


def test_models_from_groups_sorted_servable_and_one_per_name() -> None:
    payload = {
        "data": [
            group("zeta"),
            {"model_group": "unservable", "providers": []},
            group("alpha", mode="chat"),
            group("alpha", mode="embedding"),  # a repeated name: the last record wins
        ]
    }
    models = models_from_groups(payload)
    assert [m.id for m in models] == ["alpha", "zeta"]
    assert models[0].mode == "embedding"
    assert models_from_groups({"data": []}) == ()


@pytest.mark.parametrize("payload", [None, [], {"data": None}, {"data": {}}, {"models": []}])
def test_models_from_groups_needs_a_data_list(payload: Any) -> None:
    with pytest.raises(InvalidResponseError) as info:
        models_from_groups(payload)
    assert info.value.message == "GET /model_group/info did not return {'data': [...]}"
    assert info.value.body == payload


@pytest.mark.parametrize("entry", ["gpt-4o", 5, None, ["gpt-4o"]])
def test_a_data_entry_that_is_not_an_object_is_an_invalid_response(entry: Any) -> None:
    with pytest.raises(InvalidResponseError) as info:
        models_from_groups({"data": [group("fine"), entry]})
    assert info.value.message == "A model group record has no model_group name"

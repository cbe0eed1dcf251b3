"""Capability aggregation over model mixes: model-group records -> ModelInfo -> Features."""

from __future__ import annotations

import pytest

from litellm_sdk import Features, InvalidResponseError
from litellm_sdk.capabilities import aggregate_features, model_from_group, models_from_groups

from ._fake_proxy import GROUPS


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
